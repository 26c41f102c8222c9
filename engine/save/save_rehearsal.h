/* save_rehearsal.h — rehearsal rows: one row per try of a rehearsed moment or a drill
 * (scenario, person, node, choice, with or without the hint, how it went). Kept apart from
 * the session rows, which a rehearsal never changes. Depends on save.h.
 */
#ifndef RAPPORT_SAVE_REHEARSAL_H
#define RAPPORT_SAVE_REHEARSAL_H

#include <stdbool.h>
#include <stdint.h>

#include "save/save.h"

typedef struct SaveRehearsal {
  int64_t id;
  int64_t profile_id;
  int64_t session_id;          /* the session the moment came from; 0 for a drill */
  char drill[32];              /* the drill's id, "" for a debrief moment */
  char scenario[64];
  char person[64];             /* person id */
  char node[64];               /* node id */
  char choice[64];             /* choice id, or "typed" for a line the learner wrote */
  char style[32];              /* the choice's style ("" for a typed line) */
  bool with_hint;
  bool went_well;              /* result 'well' (else 'again') */
  float d_interest;
  char created[32];            /* ISO-8601 UTC; filled by save_rehearsal_add when "" */
} SaveRehearsal;

/* Adds one row (one transaction); r->id is set on SAVE_OK. SAVE_MISUSE without a profile,
 * scenario, person, node or choice. */
SaveStatus save_rehearsal_add(SaveDb *db, SaveRehearsal *r, char *msg, size_t msglen);
/* How many rows profile `profile_id` has from the last `days` days (by `created`; days <= 0:
 * all of them). */
SaveStatus save_rehearsal_count(SaveDb *db, int64_t profile_id, int days, int *count, char *msg,
                                size_t msglen);

#endif
