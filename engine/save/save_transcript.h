/* save_transcript.h — a stored session's transcript steps: its choice and guess rows turned
 * back into the steps the simulation's transcript is built from (sim/learn.h), so the
 * transcript of a reloaded session is the one the player saw live. Rows name people, nodes
 * and choices by stable id; the scenario maps them back to indices.
 */
#ifndef RAPPORT_SAVE_TRANSCRIPT_H
#define RAPPORT_SAVE_TRANSCRIPT_H

#include "save/save.h"
#include "sim/learn.h"

/* Reads session `session_id`'s choices (in order) into steps[max_steps] and its guesses into
 * guesses[max_guesses] (talk numbers from 0, as the live session counts them), with
 * *step_count / *guess_count set. A row whose person, node or choice id the scenario no
 * longer has is skipped (the scenario was edited since). Errors as save_choices. */
SaveStatus save_transcript_steps(SaveDb *db, const SimScenario *scenario, int64_t session_id,
                                 SimStep *steps, int max_steps, int *step_count,
                                 SimTalkGuess *guesses, int max_guesses, int *guess_count,
                                 char *msg, size_t msglen);

#endif
