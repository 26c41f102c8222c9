/* text.h — the simulation's player-facing words (debrief cards, coach notes, skill names,
 * hints) go through one translation hook, so that engine/sim stays pure C and still speaks
 * the learner's language. The game installs a translator at start-up (it wraps
 * engine/i18n); until then, and in every sim-only test or tool, the English is returned.
 * Ids are stable line ids like the interface's (docs/translating.md).
 */
#ifndef RAPPORT_SIM_TEXT_H
#define RAPPORT_SIM_TEXT_H

#include <stddef.h>

/* A translator: the text to show for `id` whose English is `english`; must return
 * `english` itself when it has nothing better, never NULL. A returned translation used as
 * a printf format must take the same conversions as the English (engine/i18n refuses
 * any that does not). */
typedef const char *(*SimTextFn)(const char *id, const char *english);
/* The plural form for n (English: `one` when n == 1, else `other`). */
typedef const char *(*SimTextPluralFn)(const char *id, const char *one, const char *other, unsigned long n);

/* Installs the translator (NULL restores English). The one process-wide setting of the
 * simulation, like i18n_use: the words are presentation only and never change an outcome,
 * the log or the state hash. Set it before sessions run, from one thread. */
void sim_text_use(SimTextFn text, SimTextPluralFn plural);

/* The current translator's text for id (English when none is installed). */
const char *sim_text(const char *id, const char *english) __attribute__((format_arg(2)));
const char *sim_text_plural(const char *id, const char *one, const char *other, unsigned long n)
    __attribute__((format_arg(2))) __attribute__((format_arg(3)));

/* One entry of a static table of words: its id and its English. */
typedef struct SimText {
  const char *id;
  const char *english;
} SimText;

/* The entry's text now ("" for an empty slot of the table). */
const char *sim_text_entry(const SimText *t);

/* SIM_TR("sim.debrief.x", "English") marks a player-facing string in engine/sim with its
 * stable id; SIM_TRN is the plural form; SIM_TR_ENTRY initialises a SimText in a static
 * table. `rapport i18n extract` finds every use, and `rapport i18n check` fails on a
 * player-facing literal in engine/sim without one. Id and text must be string literals. */
#define SIM_TR(id, english) sim_text(id, english)
#define SIM_TRN(id, one, other, n) sim_text_plural(id, one, other, n)
#define SIM_TR_ENTRY(id, english) {id, english}

#endif
