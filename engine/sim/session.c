/* session.c — a session's lifetime, its relations and player, the floor (zones, clock,
 * rests, leaving), the log, the state hash and replay.
 * Owns the one SimSession allocation; borrows the scenario. C library only.
 */
#include "sim/sim_internal.h"

#include <math.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

SimPlayerSettings sim_player_settings_default(void) {
  SimPlayerSettings st = {.introvert_practice = false, .clock_on = true, .hints_on = false,
                          .intention = SIM_INTENT_NONE, .difficulty = SIM_DIFFICULTY_STANDARD};
  return st;
}

SimRelation sim_relation_initial(int prior_tier) {
  SimRelation r;
  memset(&r, 0, sizeof r);
  int t = prior_tier < 0 ? 0 : (prior_tier > SIM_MAX_TIER ? SIM_MAX_TIER : prior_tier);
  r.tier = (int8_t)t;
  r.interest = 0.5f;
  r.trust = 0.1f * (float)t;
  r.last_contact_day = -1;
  if (t >= 1) {
    r.met_before = r.talked = true;
    r.names_exchanged = true;
    r.known_of_player |= SIM_KNOWS_NAME;
    r.conversations = 1;
  }
  if (t >= 2) {
    r.why_stated = true;
    r.known_of_player |= SIM_KNOWS_WHY;
    r.card = r.contact = true;
  }
  if (t >= 3) {
    r.common_ground = r.mutual_disclosure = true;
    r.known_of_player |= SIM_KNOWS_SHARED;
    r.shared_count = 1;
  }
  if (t >= 4) {
    r.help_offered = r.need_understood = true;
    r.known_of_player |= SIM_KNOWS_GOALS;
  }
  if (t >= 5) {
    r.followed_up = true;
    r.maintained = 1;
  }
  return r;
}

float sim_network_strength(const SimSession *s) {
  if (!s) return 0.0f;
  float sum = 0.0f;
  for (int i = 0; i < s->sc->person_count; i++) sum += sim_tier_weight(s->rel[i].tier);
  return sum;
}

void sim_session_reset(SimSession *s, uint64_t seed, const SimPlayerSettings *settings) {
  if (!s) return;
  const SimScenario *base = s->base;
  /* talks[] and log[] are written before they are read: only their counts are reset. */
  memset(s, 0, offsetof(SimSession, talks));
  s->base = base;
  s->seed = seed;
  s->settings = settings ? *settings : sim_player_settings_default();
  if (s->settings.difficulty < 0 || s->settings.difficulty >= SIM_DIFFICULTY_COUNT)
    s->settings.difficulty = SIM_DIFFICULTY_STANDARD;
  s->difficulty = s->settings.difficulty;
  sim_rng_seed(&s->rng, seed);
  sim_variety_build(s);
  s->sc = &s->view;
  const SimScenario *sc = s->sc;
  s->energy = SIM_ENERGY_MAX;
  s->minutes = (float)(sc->minutes > 0 ? sc->minutes : 60) * (s->settings.introvert_practice ? 1.25f : 1.0f);
  s->zone = (sc->entrance_zone >= 0 && sc->entrance_zone < sc->zone_count) ? sc->entrance_zone : 0;
  s->group = -1;
  s->maint_left = SIM_WEEKLY_BUDGET;
  s->talk.person = s->talk.node = s->talk.talk = -1;
  for (int i = 0; i < sc->person_count && i < SIM_MAX_PEOPLE; i++) {
    s->rel[i] = sim_relation_initial(sc->people[i].prior_tier);
    if (s->rel[i].tier >= 1) s->rel[i].facts_known = sc->people[i].prior_facts;
    s->rel_start[i] = s->rel[i];
    s->tier_start[i] = s->rel[i].tier;
  }
  s->baseline_strength = sim_network_strength(s);
  s->talk_count = 0;
  s->log_count = 0;
}

SimSession *sim_session_create(const SimScenario *scenario, uint64_t seed, const SimPlayerSettings *settings) {
  if (!scenario || scenario->person_count > SIM_MAX_PEOPLE) return NULL;
  SimSession *s = malloc(sizeof *s);
  if (!s) return NULL;
  s->base = scenario;
  sim_session_reset(s, seed, settings);
  return s;
}

void sim_session_destroy(SimSession *s) { free(s); }

const SimScenario *sim_session_scenario(const SimSession *s) { return s ? s->sc : NULL; }
const SimScenario *sim_session_base_scenario(const SimSession *s) { return s ? s->base : NULL; }
SimPlayerSettings sim_session_settings(const SimSession *s) {
  return s ? s->settings : sim_player_settings_default();
}
uint64_t sim_session_seed(const SimSession *s) { return s ? s->seed : 0; }
SimRng *sim_session_rng(SimSession *s) { return s ? &s->rng : NULL; }

int sim_session_set_relation(SimSession *s, int person, const SimRelation *rel) {
  if (!s || !rel || person < 0 || person >= s->sc->person_count) return SIM_ERR_ARG;
  SimRelation r = *rel;
  r.tier = (int8_t)(r.tier < 0 ? 0 : (r.tier > SIM_MAX_TIER ? SIM_MAX_TIER : r.tier));
  if (s->log_count == 0) {
    /* A new event: what was true only of the last one is not carried over. */
    r.met_before = r.tier >= 1 || r.conversations > 0;
    r.pounced = false;
  }
  r.progress = sim_clamp(r.progress, 0.0f, 1.0f);
  r.trust = sim_clamp(r.trust, -1.0f, 1.0f);
  r.interest = sim_clamp(r.interest, 0.0f, 1.0f);
  s->rel[person] = r;
  if (s->log_count == 0) {
    s->rel_start[person] = r;
    s->tier_start[person] = r.tier;
    s->baseline_strength = sim_network_strength(s);
  }
  return SIM_OK;
}

const SimRelation *sim_session_relation(const SimSession *s, int person) {
  if (!s || person < 0 || person >= s->sc->person_count) return NULL;
  return &s->rel[person];
}

void sim_session_set_day(SimSession *s, int32_t day) {
  if (!s) return;
  s->day = day;
  if (s->log_count == 0) s->day_start = day;
}
int32_t sim_session_day(const SimSession *s) { return s ? s->day : 0; }

void sim_session_player(const SimSession *s, SimPlayerView *out) {
  if (!out) return;
  memset(out, 0, sizeof *out);
  if (!s) return;
  out->energy = s->energy;
  out->clock = s->clock;
  out->minutes = s->minutes;
  out->zone = s->zone;
  out->group = s->group;
  out->reputation = s->reputation;
  for (int i = 0; i < s->sc->person_count; i++) out->online_connections += s->rel[i].online;
  out->maintenance_left = s->maint_left;
  out->week = s->week;
  out->event_over = sim_session_event_over(s);
  out->left_early = s->left_early;
}

/* ---- shared helpers ---- */

void sim_spend(SimSession *s, float energy, float minutes) {
  s->energy = sim_clamp(s->energy - energy, 0.0f, SIM_ENERGY_MAX);
  s->clock += minutes;
}

bool sim_log_full(const SimSession *s) { return s->log_count >= SIM_MAX_LOG; }

SimLogEntry *sim_log_push(SimSession *s, SimLogKind kind, int person) {
  if (sim_log_full(s)) return NULL;
  SimLogEntry *e = &s->log[s->log_count++];
  memset(e, 0, sizeof *e);
  e->kind = (uint8_t)kind;
  e->style = -1;
  e->person = (int16_t)person;
  e->node = e->choice = e->other = -1;
  e->talk = s->talk.active ? s->talk.talk : -1;
  sim_fx_init(&e->effects, NULL);
  return e;
}

void sim_log_commit(SimSession *s, SimLogEntry *e) {
  e->clock = s->clock;
  e->energy = s->energy;
}

float sim_zone_distance(const SimScenario *sc, int from, int to) {
  if (from < 0 || to < 0 || from >= sc->zone_count || to >= sc->zone_count) return 0.0f;
  const SimZone *a = &sc->zones[from], *b = &sc->zones[to];
  float dx = (a->x + a->w * 0.5f) - (b->x + b->w * 0.5f);
  float dy = (a->y + a->h * 0.5f) - (b->y + b->h * 0.5f);
  return sqrtf(dx * dx + dy * dy);
}

/* ---- the floor ---- */

int sim_move_to_zone(SimSession *s, int zone) {
  if (!s || zone < 0 || zone >= s->sc->zone_count) return SIM_ERR_ARG;
  if (s->talk.active) return SIM_ERR_STATE;
  if (zone == s->zone) return SIM_OK;
  SimLogEntry *e = sim_log_push(s, SIM_LOG_MOVE, -1);
  if (!e) return SIM_ERR_FULL;
  float minutes = fmaxf(0.25f, sim_zone_distance(s->sc, s->zone, zone) / SIM_WALK_M_PER_MIN);
  s->zone = zone;
  s->group = -1;
  sim_spend(s, 0.0f, minutes);
  e->choice = (int16_t)zone;
  e->effects.clock_cost = minutes;
  sim_log_commit(s, e);
  return SIM_OK;
}

int sim_rest(SimSession *s, float minutes, SimEffects *out) {
  if (!s || !(minutes > 0.0f) || minutes > 1000.0f) return SIM_ERR_ARG;
  if (s->talk.active) return SIM_ERR_STATE;
  SimLogEntry *e = sim_log_push(s, SIM_LOG_REST, -1);
  if (!e) return SIM_ERR_FULL;
  const SimZone *z = (s->zone >= 0 && s->zone < s->sc->zone_count) ? &s->sc->zones[s->zone] : NULL;
  float noise = z ? sim_clamp(z->noise, 0.0f, 1.0f) : 0.5f;
  float rate = 8.0f * (1.0f - noise) * (s->settings.introvert_practice ? 1.5f : 1.0f);
  float before = s->energy;
  sim_spend(s, -rate * minutes, minutes);
  e->amount = minutes;
  e->effects.energy_cost = before - s->energy;
  e->effects.clock_cost = minutes;
  sim_fx_reason(&e->effects, (z && z->kind == SIM_ZONE_QUIET) ? SIM_REASON_RECHARGED_IN_QUIET
                                                             : SIM_REASON_TOOK_BREAK);
  sim_log_commit(s, e);
  if (out) *out = e->effects;
  return SIM_OK;
}

int sim_advance_clock(SimSession *s, float minutes) {
  if (!s || !(minutes >= 0.0f) || minutes > 1000.0f) return SIM_ERR_ARG;
  if (s->talk.active) return SIM_ERR_STATE;
  if (minutes == 0.0f) return SIM_OK;
  /* Waits in a row (the floor puts walking on the clock in small steps) share one entry;
   * the clock is recomputed from the total so that a replay of it lands on the same bits. */
  SimLogEntry *e = s->log_count > 0 ? &s->log[s->log_count - 1] : NULL;
  if (!e || e->kind != SIM_LOG_WAIT) {
    e = sim_log_push(s, SIM_LOG_WAIT, -1);
    if (!e) return SIM_ERR_FULL;
    s->wait_base = s->clock;
  }
  e->amount += minutes;
  e->effects.clock_cost = e->amount;
  s->clock = s->wait_base + e->amount;
  sim_log_commit(s, e);
  return SIM_OK;
}

bool sim_session_event_over(const SimSession *s) {
  if (!s) return true;
  return s->event_over || (s->settings.clock_on && s->clock >= s->minutes);
}

void sim_end_event(SimSession *s) {
  if (!s) return;
  if (s->talk.active) sim_talk_end(s, true, NULL);
  if (s->event_over) return;
  s->talk.active = false; /* even if the log was full */
  s->event_over = true;
  s->left_early = s->clock < s->minutes;
  SimLogEntry *e = sim_log_push(s, SIM_LOG_EVENT_END, -1);
  if (!e) return;
  if (s->left_early) sim_fx_reason(&e->effects, SIM_REASON_LEFT_EARLY);
  sim_log_commit(s, e);
}

/* ---- log access, hash, replay ---- */

uint32_t sim_session_nodes_visited(const SimSession *s, int person) {
  return (s && person >= 0 && person < s->sc->person_count) ? s->visited[person] : 0;
}

int sim_log_count(const SimSession *s) { return s ? s->log_count : 0; }
const SimLogEntry *sim_log_entry(const SimSession *s, int i) {
  return (s && i >= 0 && i < s->log_count) ? &s->log[i] : NULL;
}

typedef struct Hash {
  uint64_t h;
} Hash;

static void h_bytes(Hash *h, const void *p, size_t n) {
  const unsigned char *b = p;
  for (size_t i = 0; i < n; i++) {
    h->h ^= b[i];
    h->h *= 0x100000001B3ull;
  }
}
static void h_u64(Hash *h, uint64_t v) { h_bytes(h, &v, sizeof v); }
static void h_int(Hash *h, long long v) { h_u64(h, (uint64_t)v); }
static void h_f(Hash *h, float f) {
  uint32_t u;
  memcpy(&u, &f, sizeof u);
  h_u64(h, u);
}

static void h_fx(Hash *h, const SimEffects *fx) {
  h_f(h, fx->interest), h_f(h, fx->trust), h_f(h, fx->progress), h_f(h, fx->energy_cost);
  h_f(h, fx->clock_cost), h_f(h, fx->reputation);
  h_int(h, fx->facts_learned), h_int(h, fx->next_node), h_int(h, fx->tier_before), h_int(h, fx->tier_after);
  unsigned flags = (unsigned)fx->names_exchanged | (unsigned)fx->why_stated << 1 |
                   (unsigned)fx->player_shared << 2 | (unsigned)fx->common_ground << 3 |
                   (unsigned)fx->need_understood << 4 | (unsigned)fx->help_offered << 5 |
                   (unsigned)fx->card << 6 | (unsigned)fx->contact << 7 | (unsigned)fx->ends_talk << 8 |
                   (unsigned)fx->witnessed << 9 | (unsigned)fx->they_closed << 10 |
                   (unsigned)fx->exchange << 11;
  h_int(h, flags);
  h_int(h, fx->reason_count);
  for (int i = 0; i < fx->reason_count; i++) h_int(h, fx->reasons[i]);
}

static void h_rel(Hash *h, const SimRelation *r) {
  h_int(h, r->tier), h_f(h, r->progress), h_f(h, r->trust), h_f(h, r->interest);
  h_int(h, r->facts_known), h_int(h, r->known_of_player), h_int(h, r->shared_count);
  unsigned flags = (unsigned)r->names_exchanged | (unsigned)r->why_stated << 1 |
                   (unsigned)r->common_ground << 2 | (unsigned)r->mutual_disclosure << 3 |
                   (unsigned)r->help_offered << 4 | (unsigned)r->need_understood << 5 |
                   (unsigned)r->card << 6 | (unsigned)r->contact << 7 | (unsigned)r->online << 8 |
                   (unsigned)r->followed_up << 9 | (unsigned)r->guarded << 10 |
                   (unsigned)r->met_before << 11 | (unsigned)r->pounced << 12 | (unsigned)r->talked << 13;
  h_int(h, flags);
  h_int(h, r->maintained), h_int(h, r->last_contact_day), h_int(h, r->conversations);
}

uint64_t sim_session_hash(const SimSession *s) {
  Hash h = {0xCBF29CE484222325ull};
  if (!s) return h.h;
  h_u64(&h, s->seed);
  h_int(&h, s->settings.introvert_practice), h_int(&h, s->settings.clock_on);
  h_int(&h, s->settings.intention);
  h_int(&h, s->settings.difficulty), h_int(&h, s->difficulty), h_int(&h, s->difficulty_mixed);
  {
    const SimVariety *v = &s->variety;
    h_int(&h, v->layout), h_int(&h, v->closed_groups), h_int(&h, v->talker), h_int(&h, v->unreadable);
    for (int i = 0; i < s->sc->person_count; i++) {
      h_int(&h, v->variant[i]), h_int(&h, v->mood[i]);
      h_bytes(&h, v->line[i], sizeof v->line[i]);
    }
  }
  for (int i = 0; i < 4; i++) h_u64(&h, s->rng.s[i]);
  h_int(&h, s->day), h_f(&h, s->baseline_strength);
  h_f(&h, s->energy), h_f(&h, s->clock), h_f(&h, s->minutes), h_f(&h, s->reputation);
  h_int(&h, s->zone), h_int(&h, s->group), h_int(&h, s->event_over), h_int(&h, s->left_early);
  h_int(&h, s->maint_left), h_int(&h, s->week), h_int(&h, s->contacted_week);
  for (int i = 0; i < s->sc->person_count; i++) {
    h_rel(&h, &s->rel[i]);
    h_int(&h, s->tier_start[i]), h_int(&h, s->visited[i]);
    h_bytes(&h, s->said[i], sizeof s->said[i]);
  }
  const SimTalkState *t = &s->talk;
  h_int(&h, t->active), h_int(&h, t->in_group), h_int(&h, t->person), h_int(&h, t->node);
  h_int(&h, t->talk), h_int(&h, t->choices), h_int(&h, t->questions_in_row);
  h_int(&h, t->small_in_row), h_int(&h, t->shares), h_int(&h, t->reveals), h_int(&h, t->visited);
  h_int(&h, t->exchanges), h_f(&h, t->patience);
  for (int i = 0; i < s->rumour_count; i++) {
    const SimRumour *r = &s->rumours[i];
    h_int(&h, r->origin), h_int(&h, r->zone), h_f(&h, r->clock), h_int(&h, r->reached);
    h_int(&h, r->checked);
  }
  for (int i = 0; i < s->talk_count; i++) {
    const SimTalkRecord *r = &s->talks[i];
    h_int(&h, r->person), h_int(&h, r->first_log), h_int(&h, r->last_log);
    h_int(&h, r->tier_start), h_int(&h, r->tier_end), h_f(&h, r->interest_end), h_int(&h, r->choices);
  }
  for (int i = 0; i < s->log_count; i++) {
    const SimLogEntry *e = &s->log[i];
    h_int(&h, e->kind), h_int(&h, e->style), h_int(&h, e->person), h_int(&h, e->node);
    h_int(&h, e->choice), h_int(&h, e->other), h_int(&h, e->talk), h_int(&h, e->parts);
    h_int(&h, e->timing), h_f(&h, e->amount), h_f(&h, e->clock), h_f(&h, e->energy);
    h_fx(&h, &e->effects);
  }
  return h.h;
}

static int replay_one(SimSession *s, const SimLogEntry *e) {
  switch ((SimLogKind)e->kind) {
  case SIM_LOG_TALK_BEGIN: return sim_talk_begin(s, e->person, (SimJoin)e->choice, NULL);
  case SIM_LOG_CHOICE:
    if (!s->talk.active || s->talk.person != e->person || s->talk.node != e->node) return SIM_ERR_STATE;
    return sim_talk_choose(s, e->choice, NULL);
  case SIM_LOG_TALK_END: return sim_talk_end(s, e->choice != 0, NULL);
  case SIM_LOG_MOVE: return sim_move_to_zone(s, e->choice);
  case SIM_LOG_REST: return sim_rest(s, e->amount, NULL);
  case SIM_LOG_WAIT: return sim_advance_clock(s, e->amount);
  case SIM_LOG_EVENT_END: sim_end_event(s); return SIM_OK;
  case SIM_LOG_INTRODUCE: return sim_introduce_people(s, e->person, e->other, NULL);
  case SIM_LOG_FOLLOW_UP: {
    SimMessage m = {.parts = e->parts, .timing = (SimTiming)e->timing};
    return sim_follow_up(s, e->person, &m, NULL);
  }
  case SIM_LOG_CONNECT_ALL: {
    int n = sim_connect_everyone_online(s);
    return n < 0 ? n : SIM_OK;
  }
  case SIM_LOG_MAINTAIN: return sim_maintain(s, e->person, e->choice, NULL);
  case SIM_LOG_WEEK_END: sim_week_end(s); return SIM_OK;
  case SIM_LOG_DIFFICULTY: return sim_session_set_difficulty(s, (SimDifficulty)e->choice);
  default: return SIM_ERR_ARG;
  }
}

int sim_session_replay(SimSession *s, const SimLogEntry *log, int count) {
  if (!s || (!log && count > 0) || count < 0) return SIM_ERR_ARG;
  for (int i = 0; i < count; i++) {
    int rc = replay_one(s, &log[i]);
    if (rc != SIM_OK) return rc;
  }
  return SIM_OK;
}
