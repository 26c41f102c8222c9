/* learn.h — the simulation's half of the learning loop: an expert's annotated playback of
 * one conversation (expert.c) and the transcript of a session with the other person's side
 * of each line (transcript.c). Notes and reactions are data tables in plain words
 * (shared/CONTENT.md); they never name internal terms. Pure C17: C library and sim.h only.
 */
#ifndef RAPPORT_SIM_LEARN_H
#define RAPPORT_SIM_LEARN_H

#include "sim/sim.h"

#define SIM_NOTE_TEXT 224        /* bytes of one coach's note or reaction, NUL included */
#define SIM_PLAYBACK_LINES 48    /* lines one expert playback keeps */

typedef enum SimLineKind {
  SIM_LINE_THEM,    /* the person speaks: `text` is their node's line */
  SIM_LINE_PLAYER,  /* the player (or the expert) speaks: `text` is the choice */
  SIM_LINE_TALK,    /* a conversation starts (transcript only): `person`, no text */
  SIM_LINE_GUESS,   /* the player's guess against how it went (transcript only) */
} SimLineKind;

/* One line of a playback or a transcript. Texts are borrowed from the scenario. */
typedef struct SimLine {
  SimLineKind kind;
  int person, talk;          /* talk: conversation number from 0 */
  int node, choice;          /* the node spoken on; choice index for PLAYER lines, else -1 */
  const char *text;          /* NULL for TALK and GUESS */
  int8_t reaction;           /* PLAYER: +1 they warmed, -1 they cooled, 0 no change */
  int8_t guess, actual;      /* GUESS: 1..5 each */
  SimReason reason;          /* PLAYER: the main reason behind the reaction, NONE */
  char note[SIM_NOTE_TEXT];  /* playback: the coach's note ("" none); transcript PLAYER:
                                their side in plain words ("Maya: you asked for ...") */
} SimLine;

typedef struct SimPlayback {
  int person;
  int count;
  SimLine lines[SIM_PLAYBACK_LINES];
} SimPlayback;

/* Plays one conversation with `person` as the connector bot would (joining politely, the
 * hint's choice each time, at most 14 lines, then a graceful goodbye) in a fresh session
 * of `scenario` on `seed` and `settings` (NULL: defaults), and fills `out` with every line
 * and a coach's note on each of the expert's lines (and on theirs when they reveal
 * something worth remembering). Deterministic. SIM_ERR_ARG on a bad person or NULL,
 * SIM_ERR_FULL when out of memory, SIM_ERR_UNAVAILABLE when the seed's evening leaves
 * `person` out (a scenario layout). Their lines are worded as on that evening. */
int sim_expert_play(const SimScenario *scenario, uint64_t seed, const SimPlayerSettings *settings,
                    int person, SimPlayback *out);
/* The person whose expert playback shows the most (the longest conversation; the first
 * such person on a tie), or -1 when the scenario has nobody to talk to. */
int sim_expert_pick_person(const SimScenario *scenario, uint64_t seed,
                           const SimPlayerSettings *settings);
/* The coach's note for a line of style `style` whose main reasons are reasons[0..n):
 * a plain-words sentence about person `p` (facts used by the line in `uses_facts`).
 * Always writes a non-empty note when size > 1. */
void sim_coach_note(const SimPerson *p, SimStyle style, const uint8_t *reasons, int n,
                    uint16_t uses_facts, char *out, size_t size);

/* One choice as the transcript needs it: from the live log (sim_transcript_steps) or from
 * the stored choice rows (save_transcript_steps), so both give the same transcript. */
typedef struct SimStep {
  int talk, person, node, choice;
  float interest;            /* change in their interest */
  uint8_t reason_count;
  uint8_t reasons[SIM_MAX_REASONS];
} SimStep;

/* A conversation's guess against how it really went (guess 0: none given). */
typedef struct SimTalkGuess {
  int talk, guess, actual;
} SimTalkGuess;

/* The choices of `s`'s log, in order, into out[max]; returns the count written. */
int sim_transcript_steps(const SimSession *s, SimStep *out, int max);
/* The guesses of `s`'s conversations (those with one), in order; returns the count. */
int sim_transcript_guesses(const SimSession *s, SimTalkGuess *out, int max);
/* The transcript: for each conversation a TALK line, their line, the player's line with
 * their reaction and reason in their words, ... and the GUESS line after its last choice.
 * Returns the lines written to out[max]. */
int sim_transcript_build(const SimScenario *scenario, const SimStep *steps, int step_count,
                         const SimTalkGuess *guesses, int guess_count, SimLine *out, int max);
/* Their side of a reason, in their voice ("you asked for my card before I knew your
 * name"); NULL when the reason has none. */
const char *sim_reason_their_view(SimReason reason);

#endif
