/* after.c — text helpers of the after-event screens (see after.h): people's looks and
 * names, "you" phrasing, day spans, event phrases, tier labels. The widgets these screens
 * use are the kit in engine/ui (widgets.h).
 */
#include "game/after.h"

#include <stdio.h>
#include <string.h>
#include "i18n/i18n.h"
#include "sim/you.h"

/* ---- Text ---- */

GameLook game_after_look(const SimPerson *p) {
  return game_look_from_seed(p->look ? p->look : game_seed_from_text(p->id ? p->id : "?"));
}

const char *game_after_name(const SimPerson *p) { return p && p->name ? p->name : TR("after.someone", "Someone"); }

/* The English rewrite is sim_fact_to_you (sim/you.h), shared with the later meeting's
 * fact_you. In another language the fact is already the translator's phrase; English's
 * pronoun rewrite would mangle it ("you está…"), so it is kept as written
 * (docs/translating.md). */
void game_after_fact_to_you(const char *fact, char *out, size_t outlen) {
  if (!outlen) return;
  out[0] = '\0';
  if (!fact) return;
  if (i18n_current()) {
    snprintf(out, outlen, "%s", fact);
    return;
  }
  sim_fact_to_you(fact, out, outlen);
}

void game_after_days_words(int days, char *out, size_t outlen) {
  if (days <= 0) snprintf(out, outlen, "%s", TR("after.today", "today"));
  else if (days == 1) snprintf(out, outlen, TR("after.a_day", "a day"));
  else if (days < 7) snprintf(out, outlen, TRN("after.day_count", "%d day", "%d days", (unsigned long)days), days);
  else if (days < 14) snprintf(out, outlen, TR("after.a_week", "a week"));
  else if (days < 21) snprintf(out, outlen, "%s", TR("after.two_weeks", "two weeks"));
  else if (days < 28) snprintf(out, outlen, "%s", TR("after.three_weeks", "three weeks"));
  else if (days < 30) snprintf(out, outlen, "%s", TR("after.four_weeks", "four weeks"));
  else if (days < 60) snprintf(out, outlen, TR("after.a_month", "a month"));
  else snprintf(out, outlen, TRN("after.month_count", "%d month", "%d months", (unsigned long)(days / 30)), days / 30);
}

/* Does `s` (n bytes) end with a word naming a kind of event? */
static bool names_event(const char *s, size_t n) {
  const char *const KINDS[] = {TR("after.fair", "Fair"),  TR("after.evening", "Evening"), TR("after.meetup", "Meetup"),  TR("after.mixer", "Mixer"), TR("after.night", "Night"),
                                      TR("after.party", "Party"), TR("after.dinner", "Dinner"),  TR("after.reception", "Reception"), TR("after.conference", "Conference"), TR("after.event", "Event")};
  for (size_t k = 0; k < sizeof KINDS / sizeof KINDS[0]; k++) {
    size_t kl = strlen(KINDS[k]);
    if (n >= kl && strncmp(s + n - kl, KINDS[k], kl) == 0 && (n == kl || s[n - kl - 1] == ' ')) return true;
  }
  return false;
}

void game_after_event_phrase(const char *title, char *out, size_t outlen) {
  if (!out || outlen == 0) return;
  if (!title || !title[0]) {
    snprintf(out, outlen, TR("after.the_event", "the event"));
    return;
  }
  /* Of the parts between ": ", the last one that names a kind of event; else the whole. */
  const char *name = title;
  size_t len = strlen(title);
  for (const char *part = title; part;) {
    const char *colon = strstr(part, ": ");
    size_t n = colon ? (size_t)(colon - part) : strlen(part);
    if (names_event(part, n)) {
      name = part;
      len = n;
    }
    part = colon ? colon + 2 : NULL;
  }
  bool has_the = len >= 4 && strncmp(name, "The ", 4) == 0;
  if (has_the)
    snprintf(out, outlen, "%.*s", (int)len, name);
  else /* TRANSLATORS: the event's name with its article, as in "at the Campus Careers Fair" */
    snprintf(out, outlen, TR("after.the_event_name", "the %.*s"), (int)len, name);
}

const char *game_after_tier_label(int tier) {
  const char *const labels[] = {TR("after.stranger", "Stranger"), TR("after.met", "Met"), TR("after.acquainted", "Acquainted"), TR("after.rapport", "Rapport"), TR("after.trust", "Trust"), TR("after.ally", "Ally")};
  if (tier < 0) tier = 0;
  if (tier > 5) tier = 5;
  return labels[tier];
}
