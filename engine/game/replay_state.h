/* replay_state.h — the game's side of the replay language: `expect-state`, `expect-save`
 * and `bot` lines, which gfx/replay.c parses and hands over (gfx knows no game rules).
 */
#ifndef RAPPORT_GAME_REPLAY_STATE_H
#define RAPPORT_GAME_REPLAY_STATE_H

#include <stdbool.h>
#include <stddef.h>

/* Evaluates one line against the running game `app` (a GameApp *): a GfxReplayGameFn.
 *   expect-state scene NAME            the top screen
 *   expect-state session STATE         the session row: none, in_progress, completed, abandoned
 *   expect-state event on|over         whether the event has ended
 *   expect-state talks N               conversations begun this session
 *   expect-state saved-talks N         conversations written to the save
 *   expect-state pending yes|no        something reached its save point but is not stored
 *   expect-state depth X               depth gain, to as many decimals as X has
 *   expect-state tier PERSON N         the relationship tier with person id PERSON
 *   expect-state difficulty NAME       gentle, standard, challenging, or mixed when it was
 *                                      changed during the event (sim_session_difficulty_played)
 *   expect-state hash HEX              the session's state hash (sim_session_hash)
 *   expect-save SQL => RESULT          the first column of every row, joined with ","
 *   bot STRATEGY                       the strategy bot plays the rest of the event (its
 *                                      seed is the player's name, as in `workshop play`)
 *   scenario ID                        on the select screen: choose scenario ID (as Enter)
 *   today DAY                          the save's calendar reads DAY (days since 2000-01-01)
 *                                      from now on: the practice plan, new sessions
 * false + `why` when the expectation fails or the line cannot run. */
bool game_replay_command(void *app, const char *line, char *why, size_t whylen);

#endif
