/* you.h — English grammar that turns a fact written about someone ("runs a ceramics class
 * and is training for her first half-marathon") toward them ("you run a ceramics class and
 * are training for your first half-marathon"), for the player's message to that person.
 * One implementation for the follow-up (engine/game/after.c) and the later meeting's
 * `fact_you` (engine/game/roster_acquaintance.c). Pure C, English only: a translated fact
 * is the translator's phrase and the callers keep it as written.
 */
#ifndef RAPPORT_SIM_YOU_H
#define RAPPORT_SIM_YOU_H

#include <stdbool.h>
#include <stddef.h>

/* Writes `fact` turned toward its person into out (always terminated, cut to outlen).
 * A fact that starts with a verb gets "you" in front and that verb, and each verb of the
 * same person after it ("and needs" -> "and need", "she was" -> "you were"), loses its
 * third-person form; "is" first reads "you're" and "says" first "you said". Pronouns of the
 * person become the player's ("her first" -> "your first", "tell her" -> "tell you");
 * a fact's own "your" and "next to you" become "my" and "me". A fact that starts with a
 * possessive ("her son Thabo has ...") is about someone else: no "you" is added and its
 * verbs are kept. Returns false when the fact starts with neither a verb nor a possessive
 * (an article, a name: nothing to say back), with out holding the fact's pronouns rewritten;
 * NULL fact gives "" and false. */
bool sim_fact_to_you(const char *fact, char *out, size_t outlen);

/* A present-tense third-person verb's base form ("runs" -> "run", "teaches" -> "teach",
 * "studies" -> "study", "goes" -> "go", "has" -> "have", "is" -> "are", "does" -> "do",
 * "doesn't" -> "don't"); any other word as it is. n bytes of w; written to out. */
void sim_verb_base(const char *w, size_t n, char *out, size_t outlen);

#endif
