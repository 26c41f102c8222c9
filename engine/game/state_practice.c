/* state_practice.c — GameState's practice rows (game/practice.h): one try of a rehearsed
 * moment or a drill handed to the recorder (save/save_record.h) as its own row, and the
 * count the Progress screen shows. The session being played is never changed here.
 */
#include <stdio.h>
#include <string.h>

#include "game/practice.h"
#include "save/save_record.h"
#include "i18n/i18n.h"

void game_state_save_rehearsal(GameState *s, const GameRehearsal *r) {
  if (!s || !r || !s->db || save_is_read_only(s->db) || s->profile.id == 0) return;
  char msg[320] = "";
  SaveStatus st;
  if (r->session)
    st = save_record_rehearsal(s->db, s->profile.id, r->drill && r->drill[0] ? 0 : s->record.row.id, r->drill,
                               r->session, r->log_index, r->with_hint, msg, sizeof msg);
  else
    st = save_record_rehearsal_typed(s->db, s->profile.id, r->drill, r->scenario, r->person, r->node, r->found,
                                     r->items, r->with_hint, msg, sizeof msg);
  if (st != SAVE_OK)
    snprintf(s->save_notice, sizeof s->save_notice, TR("state_practice.this_practice_try_could_not", "This practice try could not be saved (%s). Practice "
             "goes on; your sessions are not affected."), msg);
}

int game_state_rehearsals_recent(GameState *s, int days) {
  if (!s || !s->db || s->profile.id == 0) return 0;
  int n = 0;
  char msg[200];
  if (save_rehearsal_count(s->db, s->profile.id, days, &n, msg, sizeof msg) != SAVE_OK) return 0;
  return n;
}

void game_state_set_own_opener(GameState *s, const char *text) {
  if (!s) return;
  game_state_set_opener(s, text);
  s->opener_typed = text && text[0];
}
