/* save_record.c — the one session recorder (see save_record.h): maps a SimSession to
 * session, choice, relation, guess and skill rows through save_sim.c's row builders, and
 * writes them with the store's transactions. No SQLite calls here.
 */
#include "save/save_record.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "save/save_sim.h"
#include "sim/practice.h"

bool save_record_keeps(const SimRelation *r) {
  return r && (r->tier > 0 || r->conversations > 0 || r->card || r->contact || r->followed_up ||
               r->maintained > 0);
}

void save_record_day_iso(int32_t day, char *out, size_t outlen) {
  if (!out || outlen == 0) return;
  out[0] = '\0';
  if (day < 0) return;
  time_t t = (time_t)946684800 + (time_t)day * 86400; /* 2000-01-01 */
  struct tm tm;
  if (gmtime_r(&t, &tm) == NULL || strftime(out, outlen, "%Y-%m-%dT00:00:00Z", &tm) == 0)
    out[0] = '\0';
}

void save_record_relation(const SimSession *ss, int person, int64_t profile_id, SaveRelation *out) {
  const SimScenario *scn = sim_session_scenario(ss);
  const SimRelation *r = sim_session_relation(ss, person);
  save_relation_from_sim(&scn->people[person], r, profile_id, out);
  if (r) save_record_day_iso(r->last_contact_day, out->last_date, sizeof out->last_date);
}

int save_record_relations(const SimSession *ss, int64_t profile_id, SaveRelation *out, int max) {
  const SimScenario *scn = sim_session_scenario(ss);
  int n = 0;
  for (int i = 0; i < scn->person_count && i < SIM_MAX_PEOPLE && n < max; i++)
    if (save_record_keeps(sim_session_relation(ss, i)))
      save_record_relation(ss, i, profile_id, &out[n++]);
  return n;
}

void save_record_totals(const SimSession *ss, SaveSession *r, SaveSkills *skills) {
  SimScores sc;
  sim_scores(ss, &sc);
  r->depth_gain = sc.depth_gain;
  r->network_strength = sc.network_strength;
  r->callable = sc.callable;
  r->cards = sc.cards;
  r->online_connections = sc.online_connections;
  r->energy_left = sc.energy_left;
  r->conversations = sc.conversations;
  /* What the dashboard and results codes show beyond the totals (schema v5). */
  SimPlayerView pv;
  sim_session_player(ss, &pv);
  r->left_early = pv.left_early;
  r->rests = r->followups = 0;   /* from this session's log: the roster carries older ones */
  for (int i = 0; i < sim_log_count(ss); i++) {
    const SimLogEntry *e = sim_log_entry(ss, i);
    if (e && e->kind == SIM_LOG_REST) r->rests++;
    if (e && e->kind == SIM_LOG_FOLLOW_UP) r->followups++;
  }
  int difficulty = save_difficulty_from_name(sim_difficulty_name(sim_session_difficulty(ss)));
  r->difficulty = difficulty < 0 ? SAVE_DIFFICULTY_STANDARD : difficulty;
  r->day = sim_session_day(ss);
  memset(skills, 0, sizeof *skills);
  skills->session_id = r->id;
  /* The store takes 0..100; the model's scores may stray a little outside. */
  for (int i = 0; i < SAVE_SKILL_COUNT && i < SIM_SKILL_COUNT; i++) {
    int v = sc.skills[i];
    skills->value[i] = v < 0 ? 0 : v > 100 ? 100 : v;
    skills->evidence[i] = sc.skill_evidence[i] < 0 ? 0 : sc.skill_evidence[i];
  }
}

SaveStatus save_record_begin(SaveDb *db, SaveRecorder *rec, char *msg, size_t msglen) {
  SaveSession row = rec->row;
  row.state = SAVE_SESSION_IN_PROGRESS;
  SaveStatus st = save_session_begin(db, &row, msg, msglen);
  if (st == SAVE_OK) rec->row = row;
  return st;
}

/* Conversations that have ended (the active one, if any, is the last and is not). */
static int finished_talks(const SimSession *ss) {
  int count = sim_session_talk_count(ss);
  SimTalkView view;
  sim_talk_view(ss, &view);
  if (view.active && view.talk >= 0 && view.talk < count) count = view.talk;
  return count;
}

/* Writes conversation `talk` (0-based): its choices (numbered across the session), the
 * person's relation and the player's guess when there is one. */
static SaveStatus write_talk(SaveDb *db, SaveRecorder *rec, const SimSession *ss, int talk,
                             char *msg, size_t msglen) {
  const SimScenario *scn = sim_session_scenario(ss);
  const SimTalkRecord *t = sim_session_talk(ss, talk);
  if (!t || t->person < 0 || t->person >= scn->person_count) return SAVE_OK;
  const SimPerson *p = &scn->people[t->person];
  int logs = sim_log_count(ss), wanted = 0;
  for (int i = 0; i < logs; i++) {
    const SimLogEntry *e = sim_log_entry(ss, i);
    if (e && e->kind == SIM_LOG_CHOICE && e->talk == talk) wanted++;
  }
  SaveChoice *choices = calloc(wanted > 0 ? (size_t)wanted : 1, sizeof *choices);
  if (!choices) {
    if (msg && msglen) snprintf(msg, msglen, "out of memory");
    return SAVE_NO_MEMORY;
  }
  int n = 0, seq = 0;
  for (int i = 0; i < logs; i++) {
    const SimLogEntry *e = sim_log_entry(ss, i);
    if (!e || e->kind != SIM_LOG_CHOICE) continue;
    seq++;
    if (e->talk != talk || n >= wanted) continue;
    save_choice_from_log(p, e, rec->row.id, seq, talk + 1, &choices[n++]);
  }
  SaveRelation rel;
  save_record_relation(ss, t->person, rec->row.profile_id, &rel);
  SaveGuess guess, *gp = NULL;
  if (t->guess >= 1 && t->guess <= 5) {
    memset(&guess, 0, sizeof guess);
    guess.session_id = rec->row.id;
    guess.talk = talk + 1;
    snprintf(guess.person, sizeof guess.person, "%s", p->id ? p->id : "");
    guess.guess = t->guess;
    guess.actual = sim_talk_rating(ss, talk);
    if (guess.actual < 1) guess.actual = 1;
    gp = &guess;
  }
  SaveStatus st = save_conversation(db, rec->row.id, choices, n, &rel, 1, gp, msg, msglen);
  free(choices);
  if (st == SAVE_OK && talk < SIM_MAX_TALKS) rec->guesses_saved[talk] = t->guess;
  return st;
}

SaveStatus save_record_talks(SaveDb *db, SaveRecorder *rec, const SimSession *ss, char *msg,
                             size_t msglen) {
  if (!db || !rec || !ss || rec->row.id == 0) return SAVE_MISUSE;
  /* A guess given after its conversation was written goes in with the next call. */
  for (int i = 0; i < rec->talks_saved && i < SIM_MAX_TALKS; i++) {
    const SimTalkRecord *t = sim_session_talk(ss, i);
    if (t && t->guess != rec->guesses_saved[i]) {
      SaveStatus st = write_talk(db, rec, ss, i, msg, msglen);
      if (st != SAVE_OK) return st;
    }
  }
  int done = finished_talks(ss);
  while (rec->talks_saved < done) {
    SaveStatus st = write_talk(db, rec, ss, rec->talks_saved, msg, msglen);
    if (st != SAVE_OK) return st;
    rec->talks_saved++;
  }
  return SAVE_OK;
}

SaveStatus save_record_session(SaveDb *db, SaveRecorder *rec, const SimSession *ss,
                               SaveSessionState state, const char *ended, char *msg, size_t msglen) {
  SaveStatus st = save_record_talks(db, rec, ss, msg, msglen);
  if (st != SAVE_OK) return st;
  SaveSession row = rec->row;
  SaveSkills skills;
  save_record_totals(ss, &row, &skills);
  row.state = state;
  snprintf(row.ended, sizeof row.ended, "%s", ended ? ended : "");
  SaveRelation rels[SIM_MAX_PEOPLE];
  int n = save_record_relations(ss, row.profile_id, rels, SIM_MAX_PEOPLE);
  st = save_session_update(db, &row, &skills, rels, n, msg, msglen);
  if (st == SAVE_OK) rec->row = row; /* the state changes only once it is stored */
  return st;
}

/* ---- Rehearsals ---- */

SaveStatus save_record_rehearsal(SaveDb *db, int64_t profile_id, int64_t session_id, const char *drill,
                                 const SimSession *rs, int log_index, bool with_hint, char *msg, size_t msglen) {
  const SimLogEntry *e = sim_log_entry(rs, log_index);
  const SimScenario *sc = sim_session_scenario(rs);
  if (!e || !sc || e->person < 0 || e->person >= sc->person_count ||
      (e->kind != SIM_LOG_CHOICE && e->kind != SIM_LOG_TALK_BEGIN && e->kind != SIM_LOG_TALK_END)) {
    if (msg && msglen) snprintf(msg, msglen, "saving a rehearsal: entry %d is not a choice, a join or a walk-off", log_index);
    return SAVE_MISUSE;
  }
  const SimPerson *p = &sc->people[e->person];
  SaveRehearsal r;
  memset(&r, 0, sizeof r);
  r.profile_id = profile_id;
  r.session_id = session_id;
  snprintf(r.drill, sizeof r.drill, "%s", drill ? drill : "");
  snprintf(r.scenario, sizeof r.scenario, "%s", sc->id ? sc->id : "");
  snprintf(r.person, sizeof r.person, "%s", p->id ? p->id : "");
  if (e->kind == SIM_LOG_CHOICE && e->node >= 0 && e->node < p->node_count && e->choice >= 0 &&
      e->choice < p->nodes[e->node].choice_count) {
    const SimChoice *c = &p->nodes[e->node].choices[e->choice];
    snprintf(r.node, sizeof r.node, "%s", p->nodes[e->node].id ? p->nodes[e->node].id : "");
    snprintf(r.choice, sizeof r.choice, "%s", c->id ? c->id : "");
    snprintf(r.style, sizeof r.style, "%s", sim_style_name(c->style) ? sim_style_name(c->style) : "");
  } else if (e->kind == SIM_LOG_TALK_END) { /* walking off without a closing line */
    snprintf(r.node, sizeof r.node, "%s", e->node >= 0 && e->node < p->node_count && p->nodes[e->node].id
                                             ? p->nodes[e->node].id : "talk");
    snprintf(r.choice, sizeof r.choice, "walk_off");
    snprintf(r.style, sizeof r.style, "%s", sim_style_name(e->choice ? SIM_STYLE_EXIT_GRACEFUL : SIM_STYLE_EXIT_ABRUPT));
  } else {
    snprintf(r.node, sizeof r.node, "join");
    snprintf(r.choice, sizeof r.choice, "%s", e->choice == SIM_JOIN_BARGE ? "barge" : "polite");
  }
  r.with_hint = with_hint;
  r.went_well = sim_rehearse_went_well(&e->effects);
  r.d_interest = e->effects.interest;
  return save_rehearsal_add(db, &r, msg, msglen);
}

SaveStatus save_record_rehearsal_typed(SaveDb *db, int64_t profile_id, const char *drill, const char *scenario,
                                       const char *person, const char *node, int found, int items,
                                       bool with_hint, char *msg, size_t msglen) {
  SaveRehearsal r;
  memset(&r, 0, sizeof r);
  r.profile_id = profile_id;
  snprintf(r.drill, sizeof r.drill, "%s", drill ? drill : "");
  snprintf(r.scenario, sizeof r.scenario, "%s", scenario ? scenario : "");
  snprintf(r.person, sizeof r.person, "%s", person ? person : "");
  snprintf(r.node, sizeof r.node, "%s", node ? node : "");
  snprintf(r.choice, sizeof r.choice, "typed");
  r.with_hint = with_hint;
  r.went_well = items > 0 && found == items;
  return save_rehearsal_add(db, &r, msg, msglen);
}
