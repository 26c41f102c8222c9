/* save_record.h — the one session recorder: a simulation session (finished or in progress)
 * to store rows. The game (at each save point) and `workshop play` (in one batch) both
 * record through it, so a session is stored the same way wherever it was played: one rule
 * for which relations are kept, one clamp for skills, one calendar for dates.
 */
#ifndef RAPPORT_SAVE_RECORD_H
#define RAPPORT_SAVE_RECORD_H

#include <stdbool.h>

#include "save/save.h"
#include "save/save_rehearsal.h"
#include "sim/sim.h"

/* How far a session's recording has got. Zero it, fill `row`'s identity (guid, profile_id,
 * scenario, seed, workshop, intention, started), then call save_record_begin. Fields other
 * than `row` change only after the rows they describe are written, so a failed write is
 * simply tried again by the next call. */
typedef struct SaveRecorder {
  SaveSession row;                  /* the session row; row.id 0 until begun */
  int talks_saved;                  /* conversations written, in order */
  int8_t guesses_saved[SIM_MAX_TALKS]; /* guess written for talk i (0 none) */
} SaveRecorder;

/* Whether a relation belongs in the roster: the player met, talked to or kept the person
 * (tier, a conversation, a card, contact, a follow-up or maintenance). */
bool save_record_keeps(const SimRelation *r);
/* ISO-8601 date of calendar day `day` (days since 2000-01-01; "" when negative). */
void save_record_day_iso(int32_t day, char *out, size_t outlen);
/* The roster row of person `person` in session `ss`, its last contact dated from the
 * session's calendar. */
void save_record_relation(const SimSession *ss, int person, int64_t profile_id, SaveRelation *out);
/* Every relation save_record_keeps into out[max]; returns the count written. */
int save_record_relations(const SimSession *ss, int64_t profile_id, SaveRelation *out, int max);
/* The session's totals into rec (depth, network, callable, cards, online, energy,
 * conversations, follow-ups sent, left early, rests, the difficulty now and the calendar day) and its
 * skills, each clamped to 0..100, into *skills. */
void save_record_totals(const SimSession *ss, SaveSession *rec, SaveSkills *skills);

/* Starts (or, by guid, finds again) the session row: rec->row.id is set on SAVE_OK. */
SaveStatus save_record_begin(SaveDb *db, SaveRecorder *rec, char *msg, size_t msglen);
/* Writes every conversation that ended since the last call (choices, the person's relation,
 * the player's guess) and any guess given after its conversation was written. Each
 * conversation is one transaction; stops at the first failure (the rest are tried next
 * time). */
SaveStatus save_record_talks(SaveDb *db, SaveRecorder *rec, const SimSession *ss,
                             char *msg, size_t msglen);
/* The conversations (as save_record_talks), then the totals, skills and kept relations with
 * state `state` (`ended`, ISO-8601, when completed). rec->row.state changes only once the
 * rows are written. */
SaveStatus save_record_session(SaveDb *db, SaveRecorder *rec, const SimSession *ss,
                               SaveSessionState state, const char *ended, char *msg, size_t msglen);

/* One rehearsal try (a row of its own; the session played is never touched): the action at
 * log entry `log_index` of rehearsal session `rs` — a choice (person, node, choice id,
 * style), joining a group (node "join", choice "polite" / "barge") or walking off (choice
 * "walk_off", style exit_abrupt) — with how it went
 * (sim_rehearse_went_well). `session_id` names the session the moment came from (0 for a
 * drill), `drill` the drill ("" or NULL for a debrief moment). */
SaveStatus save_record_rehearsal(SaveDb *db, int64_t profile_id, int64_t session_id, const char *drill,
                                 const SimSession *rs, int log_index, bool with_hint, char *msg, size_t msglen);
/* A line the learner typed for a drill (choice "typed"), at node `node` of `person` in
 * `scenario`: it went well when the checklist found every item. */
SaveStatus save_record_rehearsal_typed(SaveDb *db, int64_t profile_id, const char *drill, const char *scenario,
                                       const char *person, const char *node, int found, int items,
                                       bool with_hint, char *msg, size_t msglen);

#endif
