/* state_save.c — the session's life in the save: starting it (seed, day, relations seeded
 * from the roster), and the save points, which hand the session to the one recorder
 * (save/save_record.h). Each write is one engine/save transaction; a failure sets
 * state->save_notice, play goes on, and the next save point tries again.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "game/difficulty.h"
#include "game/state.h"
#include "save/save_record.h"
#include "save/save_sim.h"
#include "sim/workshop.h"

#include <stdarg.h>
#include "i18n/i18n.h"

/* ---- Time and identity ---- */

/* Sets the notice the player sees next (truncated to fit). */
static void set_notice(GameState *s, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(s->save_notice, sizeof s->save_notice, fmt, ap);
  va_end(ap);
}

static void iso_now(char *out, size_t outlen) {
  time_t now = time(NULL);
  struct tm tm;
  gmtime_r(&now, &tm);
  strftime(out, outlen, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

/* Days since 2000-01-01 of today (UTC). */
static int32_t today_day(void) {
  return (int32_t)((time(NULL) - (time_t)946684800) / 86400);
}

static uint64_t fnv1a(uint64_t h, const char *text) {
  for (const unsigned char *p = (const unsigned char *)text; *p; p++) {
    h ^= *p;
    h *= 1099511628211ull;
  }
  return h;
}

/* A guid for the session row; a deterministic one under replays when urandom fails. */
static void new_guid(GameState *s, char *out, size_t outlen) {
  char msg[128];
  if (save_guid_new(out, outlen, msg, sizeof msg) == SAVE_OK) return;
  snprintf(out, outlen, "%016llx%016llx", (unsigned long long)s->seed,
           (unsigned long long)time(NULL));
}

static void note_failure(GameState *s, SaveStatus st, const char *msg) {
  if (st == SAVE_DISK_FULL)
    set_notice(s,
             TR("state_save.the_disk_is_full_so", "The disk is full, so your progress wasn't saved just now. You can keep playing."));
  else if (st == SAVE_READ_ONLY)
    set_notice(s,
             TR("state_save.your_save_cant_be_written", "Your save can't be written, so your progress wasn't saved just now. You can keep playing."));
  else
    set_notice(s, TR("state_save.something_went_wrong_while_saving", "Something went wrong while saving, so your progress wasn't saved just now. "
                  "You can keep playing."));
  (void)msg; /* the technical message is for logs, not for the player */
}

static bool can_write(const GameState *s) {
  return s->db && !save_is_read_only(s->db) && s->record.row.id != 0 && s->session && s->scenario;
}

/* ---- Starting a session ---- */

bool game_state_start_session(GameState *s, SimIntention intention) {
  if (!s->scenario) return false;
  game_state_end_session(s);
  s->settings = sim_player_settings_default();
  s->settings.introvert_practice = s->profile.introvert_practice;
  s->settings.clock_on = s->profile.clock_on;
  s->settings.hints_on = s->profile.hints_on;
  s->settings.intention = intention;
  s->settings.difficulty = game_difficulty_to_sim(s->profile.difficulty);
  const char *who = s->has_profile ? s->profile.name : TR("state_save.player", "Player");
  if (s->db && s->profile.id != 0) {
    int total = 0;
    char msg[256];
    if (save_profile_sessions(s->db, s->profile.id, NULL, 0, &total, msg, sizeof msg) == SAVE_OK)
      s->prior_sessions = total;
  }
  if (s->deterministic) {
    uint64_t h = fnv1a(1469598103934665603ull, who);
    h = fnv1a(h, "|");
    h = fnv1a(h, s->scenario_id);
    h ^= (uint64_t)(s->prior_sessions + 1) * 0x9E3779B97F4A7C15ull;
    s->seed = h;
  } else {
    s->seed = fnv1a((uint64_t)time(NULL) * 0x9E3779B97F4A7C15ull, who);
  }
  /* Classroom: under a workshop code for this scenario, everyone shares its seed and settings. */
  SimWorkshop ws;
  bool workshop = s->workshop[0] &&
                  sim_workshop_decode(s->workshop, &ws, NULL, 0, NULL, 0) == SIM_WORKSHOP_OK &&
                  ws.scenario_hash == sim_workshop_scenario_hash(s->scenario_id);
  if (workshop) {
    s->seed = ws.seed;
    s->settings.introvert_practice = ws.introvert_practice;
    s->settings.clock_on = ws.clock_on;
    s->settings.hints_on = ws.hints_on;
    /* The teacher's difficulty, carried in the code (codes made before it existed read as
     * standard); a student may still change it during the event. */
    s->settings.difficulty = ws.difficulty < SIM_DIFFICULTY_COUNT ? (SimDifficulty)ws.difficulty : SIM_DIFFICULTY_STANDARD;
  }
  s->session = sim_session_create(s->scenario, s->seed, &s->settings);
  if (!s->session) {
    snprintf(s->script_error, sizeof s->script_error, TR("state_save.out_of_memory_starting_the", "out of memory starting the session"));
    return false;
  }
  sim_session_set_day(s->session, s->today_set >= 0 ? s->today_set
                                  : s->deterministic ? s->prior_sessions * 7 : today_day());
  memset(&s->record, 0, sizeof s->record);
  s->event_ended = false;
  s->totals_due = false;
  s->reflection[0] = '\0';
  s->difficulty_started = game_state_difficulty(s);

  if (s->db && s->profile.id != 0) {
    char msg[512];
    for (int i = 0; i < s->scenario->person_count; i++) {
      const SimPerson *p = &s->scenario->people[i];
      SaveRelation r;
      if (!p->id || save_relation_get(s->db, s->profile.id, p->id, &r, msg, sizeof msg) != SAVE_OK)
        continue;
      SimRelation rel = save_relation_to_sim(p, &r);
      sim_session_set_relation(s->session, i, &rel);
    }
    if (!save_is_read_only(s->db)) {
      SaveSession *rec = &s->record.row;
      new_guid(s, rec->guid, sizeof rec->guid);
      rec->profile_id = s->profile.id;
      snprintf(rec->scenario, sizeof rec->scenario, "%s", s->scenario_id);
      rec->seed = s->seed;
      if (workshop) snprintf(rec->workshop, sizeof rec->workshop, "%s", s->workshop);
      iso_now(rec->started, sizeof rec->started);
      const char *iname = sim_intention_name(intention);
      snprintf(rec->intention, sizeof rec->intention, "%s", iname ? iname : "none");
      rec->difficulty = game_state_difficulty(s);
      rec->day = sim_session_day(s->session);
      SaveStatus st = save_record_begin(s->db, &s->record, msg, sizeof msg);
      if (st != SAVE_OK) {
        note_failure(s, st, msg);
        memset(&s->record, 0, sizeof s->record);
      }
    }
  }
  return true;
}

void game_state_played_difficulty(const GameState *s, char *out, size_t outlen) {
  if (!out || outlen == 0) return;
  out[0] = '\0';
  if (!s->session) return;
  int now = game_difficulty_from_sim(sim_session_difficulty(s->session));
  if (!sim_session_difficulty_mixed(s->session))
    snprintf(out, outlen, TR("state_save.played_on", "Played on %s."), game_difficulty_label(now));
  else
    snprintf(out, outlen, TR("state_save.played_on_changed_from_during", "Played on %s, changed from %s during the event."), game_difficulty_label(now),
             game_difficulty_label(s->difficulty_started));
}

int game_state_difficulty(const GameState *s) {
  return s->session ? game_difficulty_from_sim(sim_session_difficulty(s->session)) : s->profile.difficulty;
}

void game_state_set_difficulty(GameState *s, int difficulty) {
  if (!save_difficulty_name(difficulty)) return;
  game_state_set_pref(s, GAME_PREF_DIFFICULTY, difficulty);
  /* The people change from the next action on; the recorder stores the session's
   * difficulty with its totals at the next save point that writes them. */
  if (!s->session) return;
  sim_session_set_difficulty(s->session, game_difficulty_to_sim(difficulty));
  /* Before anything happened it is as if the session had begun at it. */
  if (!sim_session_difficulty_mixed(s->session)) s->difficulty_started = difficulty;
}

/* ---- Save points ---- */

/* Whether the event's rows (totals, skills, relations) still wait to be stored. */
static bool totals_pending(const GameState *s) {
  return s->event_ended && s->totals_due;
}

bool game_state_save_pending(const GameState *s) {
  if (!s || !can_write(s)) return false;
  SimTalkView view;
  sim_talk_view(s->session, &view);
  int ended = sim_session_talk_count(s->session) - (view.active ? 1 : 0);
  return totals_pending(s) || s->reflection[0] || s->record.talks_saved < ended;
}

/* The session so far: new conversations, and the totals once the event has ended. */
static bool store_session(GameState *s) {
  char msg[512], ended[SAVE_TIME_MAX];
  SaveStatus st;
  if (totals_pending(s)) {
    snprintf(ended, sizeof ended, "%s", s->record.row.ended);
    if (!ended[0]) iso_now(ended, sizeof ended);
    st = save_record_session(s->db, &s->record, s->session, SAVE_SESSION_COMPLETED, ended, msg,
                             sizeof msg);
    if (st == SAVE_OK) s->totals_due = false;
  } else {
    st = save_record_talks(s->db, &s->record, s->session, msg, sizeof msg);
  }
  if (st != SAVE_OK) note_failure(s, st, msg);
  return st == SAVE_OK;
}

/* A reflection that could not be stored is tried again with every later save point. */
static bool store_reflection(GameState *s) {
  if (!s->reflection[0]) return true;
  char msg[256];
  SaveStatus st = save_reflection_set(s->db, s->record.row.id, s->reflection, msg, sizeof msg);
  if (st != SAVE_OK) {
    note_failure(s, st, msg);
    return false;
  }
  s->reflection[0] = '\0';
  return true;
}

void game_state_save_conversation(GameState *s) {
  if (!can_write(s)) return;
  if (store_session(s)) store_reflection(s);
}

void game_state_save_event_end(GameState *s) {
  if (!s->session) return;
  s->event_ended = true;
  s->totals_due = true;
  game_state_save_conversation(s);
}

void game_state_save_follow_up(GameState *s) {
  if (!can_write(s)) return;
  /* What the follow-ups changed, and late guesses: the totals are written again. */
  s->totals_due = s->event_ended;
  game_state_save_conversation(s);
}

void game_state_save_reflection(GameState *s, const char *text) {
  if (!s->session) return;
  if (!can_write(s)) {
    if (text && text[0])
      set_notice(s, TR("state_save.saving_is_unavailable_so_your", "Saving is unavailable, so your reflection lives only in this session."));
    return;
  }
  snprintf(s->reflection, sizeof s->reflection, "%s", text ? text : "");
  game_state_save_conversation(s);
}

void game_state_save_week(GameState *s, const SaveMaintenance *acts, int count) {
  if (!can_write(s)) return;
  if (!store_session(s)) return; /* rows missed at an earlier save point first */
  store_reflection(s);
  enum { ACTS_MAX = 16 };
  SaveMaintenance copy[ACTS_MAX];
  if (count < 0) count = 0;
  if (count > ACTS_MAX) count = ACTS_MAX;
  /* An absolute week number (calendar day / 7) so later sessions never overwrite it. */
  int week = sim_session_day(s->session) / 7;
  for (int i = 0; i < count; i++) {
    copy[i] = acts[i];
    copy[i].profile_id = s->profile.id;
    copy[i].week = week;
  }
  SaveRelation rels[SIM_MAX_PEOPLE];
  int n = save_record_relations(s->session, s->profile.id, rels, SIM_MAX_PEOPLE);
  char msg[512];
  SaveStatus st = save_week(s->db, s->profile.id, week, copy, count, rels, n, msg, sizeof msg);
  if (st != SAVE_OK) note_failure(s, st, msg);
}

void game_state_end_session(GameState *s) {
  if (!s) return;
  if (can_write(s)) {
    /* Whatever is still pending gets one last try; an event left before its end (reload,
     * quit) is closed as abandoned, never resumed. */
    if ((s->record.row.state == SAVE_SESSION_IN_PROGRESS || game_state_save_pending(s)) &&
        store_session(s))
      store_reflection(s);
    if (!s->event_ended && s->record.row.state == SAVE_SESSION_IN_PROGRESS) {
      char msg[256], ended[SAVE_TIME_MAX];
      iso_now(ended, sizeof ended);
      SaveStatus st = save_session_close(s->db, s->record.row.id, SAVE_SESSION_ABANDONED, ended,
                                         msg, sizeof msg);
      if (st != SAVE_OK) note_failure(s, st, msg);
    }
  }
  memset(&s->record, 0, sizeof s->record);
  s->event_ended = false;
  s->totals_due = false;
  s->reflection[0] = '\0';
  sim_session_destroy(s->session);
  s->session = NULL;
}
