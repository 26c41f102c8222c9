/* after.h — text helpers shared by the after-event screens (follow-up, online network,
 * debrief, reflection, a week passes, progress): people's looks, "you" phrasing, day spans.
 * Private to engine/game. Their widgets (tabs, button rows, scroll views) are the kit in
 * engine/ui/widgets.h. Depends on the sim's data types and game/figures.h.
 */
#ifndef RAPPORT_GAME_AFTER_H
#define RAPPORT_GAME_AFTER_H

#include <stdbool.h>
#include <stddef.h>

#include "game/app.h"
#include "game/figures.h"
#include "sim/sim.h"

/* A stable look for a scenario person. */
GameLook game_after_look(const SimPerson *p);
/* A person's name, never NULL. */
const char *game_after_name(const SimPerson *p);
/* A fact written about someone ("is running a study and needs volunteers") turned toward
 * them ("you're running a study and need volunteers"), for a message to them. */
void game_after_fact_to_you(const char *fact, char *out, size_t outlen);
/* "today", "yesterday", "4 days", "a week", "three weeks", "2 months"... for a day span. */
void game_after_days_words(int days, char *out, size_t outlen);
/* An event's title as it reads after "at" in a sentence: "the Campus Careers Fair". With
 * a subtitle ("Second Thursday: Design & Dev Meetup") the part naming the kind of event
 * is used ("the Design & Dev Meetup"); "the" is not doubled ("The Hub" stays "The Hub").
 * NULL or empty gives "the event". */
void game_after_event_phrase(const char *title, char *out, size_t outlen);
/* A title-case tier name ("Rapport"). */
const char *game_after_tier_label(int tier);

#endif
