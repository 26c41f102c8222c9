/* state_save.c — the session's life in the save: starting it (seed, day, relations seeded
 * from the roster), and the save points that map SimSession data to save rows (choices,
 * relations, guesses, totals, skills, weeks). Each save point is one engine/save
 * transaction; a failure sets state->save_notice and play goes on.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "game/state.h"
#include "save/save_sim.h"
#include "sim/workshop.h"

#include <stdarg.h>

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

/* ISO date of a game day (days since 2000-01-01). */
static void day_to_iso(int32_t day, char *out, size_t outlen) {
  time_t t = (time_t)946684800 + (time_t)day * 86400;
  struct tm tm;
  gmtime_r(&t, &tm);
  strftime(out, outlen, "%Y-%m-%dT00:00:00Z", &tm);
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
             "The disk is full, so your progress wasn't saved just now. You can keep playing.");
  else if (st == SAVE_READ_ONLY)
    set_notice(s,
             "Your save can't be written, so your progress wasn't saved just now. You can keep playing.");
  else
    set_notice(s, "Something went wrong while saving, so your progress wasn't saved just now. "
                  "You can keep playing.");
  (void)msg; /* the technical message is for logs, not for the player */
}

static bool can_write(const GameState *s) {
  return s->db && !save_is_read_only(s->db) && s->record.id != 0 && s->session && s->scenario;
}

/* ---- Relations: save rows <-> simulation ---- */

static SimRelation relation_from_save(const SimPerson *p, const SaveRelation *r) {
  return save_relation_to_sim(p, r);
}

static void relation_to_save(const GameState *s, int person, SaveRelation *out) {
  const SimRelation *r = sim_session_relation(s->session, person);
  save_relation_from_sim(&s->scenario->people[person], r, s->profile.id, out);
  if (r && r->last_contact_day >= 0) day_to_iso(r->last_contact_day, out->last_date, sizeof out->last_date);
}

/* Whether the roster should hold this relation: the player met, talked to or kept them. */
static bool worth_keeping(const SimRelation *r) {
  return r && (r->tier > 0 || r->conversations > 0 || r->card || r->contact || r->followed_up ||
               r->maintained > 0);
}

/* Every relation worth keeping into rels (SIM_MAX_PEOPLE rows); returns the count. */
static int collect_relations(const GameState *s, SaveRelation *rels) {
  int n = 0;
  for (int i = 0; i < s->scenario->person_count && i < SIM_MAX_PEOPLE; i++)
    if (worth_keeping(sim_session_relation(s->session, i))) relation_to_save(s, i, &rels[n++]);
  return n;
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
  const char *who = s->has_profile ? s->profile.name : "Player";
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
  }
  s->session = sim_session_create(s->scenario, s->seed, &s->settings);
  if (!s->session) {
    snprintf(s->script_error, sizeof s->script_error, "out of memory starting the session");
    return false;
  }
  sim_session_set_day(s->session, s->deterministic ? s->prior_sessions * 7 : today_day());
  memset(s->saved_guess, 0, sizeof s->saved_guess);
  s->saved_talks = 0;
  memset(&s->record, 0, sizeof s->record);

  if (s->db && s->profile.id != 0) {
    char msg[512];
    for (int i = 0; i < s->scenario->person_count; i++) {
      const SimPerson *p = &s->scenario->people[i];
      SaveRelation r;
      if (!p->id || save_relation_get(s->db, s->profile.id, p->id, &r, msg, sizeof msg) != SAVE_OK)
        continue;
      SimRelation rel = relation_from_save(p, &r);
      sim_session_set_relation(s->session, i, &rel);
    }
    if (!save_is_read_only(s->db)) {
      SaveSession *rec = &s->record;
      new_guid(s, rec->guid, sizeof rec->guid);
      rec->profile_id = s->profile.id;
      snprintf(rec->scenario, sizeof rec->scenario, "%s", s->scenario_id);
      rec->seed = s->seed;
      if (workshop) snprintf(rec->workshop, sizeof rec->workshop, "%s", s->workshop);
      iso_now(rec->started, sizeof rec->started);
      const char *iname = sim_intention_name(intention);
      snprintf(rec->intention, sizeof rec->intention, "%s", iname ? iname : "none");
      rec->state = SAVE_SESSION_IN_PROGRESS;
      SaveStatus st = save_session_begin(s->db, rec, msg, sizeof msg);
      if (st != SAVE_OK) {
        note_failure(s, st, msg);
        memset(rec, 0, sizeof *rec);
      }
    }
  }
  return true;
}

void game_state_end_session(GameState *s) {
  if (!s) return;
  /* An event left before its end (reload, quit) is closed as abandoned, never resumed. */
  if (s->session && s->db && s->record.id != 0 && s->record.state == SAVE_SESSION_IN_PROGRESS &&
      !save_is_read_only(s->db)) {
    char msg[256], ended[SAVE_TIME_MAX];
    iso_now(ended, sizeof ended);
    game_state_save_conversation(s);
    save_session_close(s->db, s->record.id, SAVE_SESSION_ABANDONED, ended, msg, sizeof msg);
  }
  memset(&s->record, 0, sizeof s->record);
  sim_session_destroy(s->session);
  s->session = NULL;
  s->saved_talks = 0;
}

/* ---- Save points ---- */

/* Writes conversation `talk` (0-based): its choices, the person's relation and the
 * player's guess when there is one. */
static bool save_talk(GameState *s, int talk) {
  const SimTalkRecord *rec = sim_session_talk(s->session, talk);
  if (!rec || rec->person < 0 || rec->person >= s->scenario->person_count) return true;
  const SimPerson *p = &s->scenario->people[rec->person];
  int logs = sim_log_count(s->session), wanted = 0;
  for (int i = 0; i < logs; i++) {
    const SimLogEntry *e = sim_log_entry(s->session, i);
    if (e && e->kind == SIM_LOG_CHOICE && e->talk == talk) wanted++;
  }
  SaveChoice *choices = calloc(wanted > 0 ? (size_t)wanted : 1, sizeof *choices);
  if (!choices) return false;
  int n = 0, seq = 0;
  for (int i = 0; i < logs; i++) {
    const SimLogEntry *e = sim_log_entry(s->session, i);
    if (!e || e->kind != SIM_LOG_CHOICE) continue;
    seq++;
    if (e->talk != talk || n >= wanted) continue;
    save_choice_from_log(p, e, s->record.id, seq, talk + 1, &choices[n++]);
  }
  SaveRelation rel;
  relation_to_save(s, rec->person, &rel);
  SaveGuess guess, *gp = NULL;
  if (rec->guess >= 1 && rec->guess <= 5) {
    memset(&guess, 0, sizeof guess);
    guess.session_id = s->record.id;
    guess.talk = talk + 1;
    snprintf(guess.person, sizeof guess.person, "%s", p->id ? p->id : "");
    guess.guess = rec->guess;
    guess.actual = sim_talk_rating(s->session, talk);
    if (guess.actual < 1) guess.actual = 1;
    gp = &guess;
  }
  char msg[512];
  SaveStatus st = save_conversation(s->db, s->record.id, choices, n, &rel, 1, gp, msg, sizeof msg);
  free(choices);
  if (st != SAVE_OK) {
    note_failure(s, st, msg);
    return false;
  }
  if (talk < SIM_MAX_TALKS) s->saved_guess[talk] = rec->guess;
  return true;
}

/* The number of conversations that have ended (the active one, if any, is the last). */
static int finished_talks(const GameState *s) {
  int count = sim_session_talk_count(s->session);
  SimTalkView view;
  sim_talk_view(s->session, &view);
  if (view.active && view.talk >= 0 && view.talk < count) count = view.talk;
  return count;
}

void game_state_save_conversation(GameState *s) {
  if (!can_write(s)) return;
  int done = finished_talks(s);
  /* A guess given after the conversation was saved is written with the next save point. */
  for (int i = 0; i < s->saved_talks && i < SIM_MAX_TALKS; i++) {
    const SimTalkRecord *rec = sim_session_talk(s->session, i);
    if (rec && rec->guess != s->saved_guess[i]) save_talk(s, i);
  }
  while (s->saved_talks < done) {
    if (!save_talk(s, s->saved_talks)) return;
    s->saved_talks++;
  }
}

/* Fills the session row's totals from the simulation's scores; skills into *skills. */
static void fill_totals(GameState *s, SaveSkills *skills) {
  SimScores sc;
  sim_scores(s->session, &sc);
  SaveSession *r = &s->record;
  r->depth_gain = sc.depth_gain;
  r->network_strength = sc.network_strength;
  r->callable = sc.callable;
  r->cards = sc.cards;
  r->online_connections = sc.online_connections;
  r->energy_left = sc.energy_left;
  r->conversations = sc.conversations;
  const char *iname = sim_intention_name(s->settings.intention);
  snprintf(r->intention, sizeof r->intention, "%s", iname ? iname : "none");
  memset(skills, 0, sizeof *skills);
  skills->session_id = r->id;
  for (int i = 0; i < SAVE_SKILL_COUNT && i < SIM_SKILL_COUNT; i++) {
    int v = sc.skills[i];
    skills->value[i] = v < 0 ? 0 : v > 100 ? 100 : v;
  }
}

static void save_totals(GameState *s, SaveSessionState state) {
  SaveSkills skills;
  fill_totals(s, &skills);
  s->record.state = state;
  if (state == SAVE_SESSION_COMPLETED && !s->record.ended[0])
    iso_now(s->record.ended, sizeof s->record.ended);
  SaveRelation rels[SIM_MAX_PEOPLE];
  int n = collect_relations(s, rels);
  char msg[512];
  SaveStatus st = save_session_update(s->db, &s->record, &skills, rels, n, msg, sizeof msg);
  if (st != SAVE_OK) note_failure(s, st, msg);
}

void game_state_save_event_end(GameState *s) {
  if (!can_write(s)) return;
  game_state_save_conversation(s);
  save_totals(s, SAVE_SESSION_COMPLETED);
}

void game_state_save_follow_up(GameState *s) {
  if (!can_write(s)) return;
  game_state_save_conversation(s); /* late guesses */
  save_totals(s, SAVE_SESSION_COMPLETED);
}

void game_state_save_week(GameState *s, const SaveMaintenance *acts, int count) {
  if (!can_write(s)) return;
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
  int n = collect_relations(s, rels);
  char msg[512];
  SaveStatus st = save_week(s->db, s->profile.id, week, copy, count, rels, n, msg, sizeof msg);
  if (st != SAVE_OK) note_failure(s, st, msg);
}
