/* save_sim.h — store rows built from the simulation's state, and back.
 *
 * The one place that says how a relationship or a logged choice becomes a row; the session
 * recorder (save_record.h), which the game and `workshop play` both record through, builds
 * every row with these. Facts are kept by their stable ids, never by bit position, so a
 * person shared by two scenarios remembers the same things in both.
 */
#ifndef RAPPORT_SAVE_SIM_H
#define RAPPORT_SAVE_SIM_H

#include <stdint.h>

#include "save/save.h"
#include "sim/sim.h"

/* The roster row for person `p` in relation `r` (NULL: identity only). `last_date` is left
 * empty: the caller knows the calendar. */
void save_relation_from_sim(const SimPerson *p, const SimRelation *r, int64_t profile_id,
                            SaveRelation *out);
/* The relation a roster row describes, for seeding a session (unknown fact ids are dropped;
 * the tier is clamped to 0..5). */
SimRelation save_relation_to_sim(const SimPerson *p, const SaveRelation *r);
/* The choice row for log entry `e` (a SIM_LOG_CHOICE of person `p`): node and choice by
 * stable id, style and reason codes by name, effects. `seq` numbers choices across the
 * session from 1; `talk_number` numbers conversations from 1. */
void save_choice_from_log(const SimPerson *p, const SimLogEntry *e, int64_t session_id, int seq,
                          int talk_number, SaveChoice *out);

#endif
