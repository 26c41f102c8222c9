/* talk.c — conversations as the player lives them: approaching someone (alone or in a
 * group, politely or not), hearing the room's gossip, making choices, leaving, introducing
 * two people, and the record of each conversation with its "how it really went" rating.
 * Owns nothing beyond the session's talk state. C library only.
 */
#include "sim/sim_internal.h"

#include <math.h>
#include <string.h>

/* Visit bit of node n; nodes past SIM_MAX_NODES (the validator forbids them) have none. */
static uint32_t node_bit(int n) { return (n >= 0 && n < SIM_MAX_NODES) ? 1u << n : 0u; }

static int popcount16(uint16_t v) {
  int n = 0;
  for (; v; v &= (uint16_t)(v - 1)) n++;
  return n;
}

/* Has person j heard of earlier moves by now? Each rumour is decided once per person,
 * after it had time to travel from where it happened. */
static void hear_rumours(SimSession *s, int j) {
  const SimScenario *sc = s->sc;
  float spread = sc->tuning.reputation_spread > 0.0f ? sc->tuning.reputation_spread : 1.0f;
  uint16_t bit = (uint16_t)(1u << j);
  for (int i = 0; i < s->rumour_count; i++) {
    SimRumour *ru = &s->rumours[i];
    if (ru->checked & bit) continue;
    float dx = sc->people[j].x - ru->x, dy = sc->people[j].y - ru->y;
    float delay = (4.0f + sqrtf(dx * dx + dy * dy) / 2.5f) / spread;
    if (s->clock - ru->clock < delay) continue;
    ru->checked |= bit;
    if (sim_rng_unit(&s->rng) < 0.8) {
      ru->reached |= bit;
      if (s->rel[j].tier < 3) s->rel[j].guarded = true;
    }
  }
}

int sim_talk_begin(SimSession *s, int person, SimJoin join, SimEffects *out) {
  if (!s || person < 0 || person >= s->sc->person_count) return SIM_ERR_ARG;
  const SimScenario *sc = s->sc;
  const SimPerson *p = &sc->people[person];
  if (!p->nodes || p->node_count == 0 || join < SIM_JOIN_DIRECT || join > SIM_JOIN_BARGE) return SIM_ERR_ARG;
  if (s->talk.active) return SIM_ERR_STATE;
  if (sim_session_event_over(s)) return SIM_ERR_OVER;
  if (s->talk_count >= SIM_MAX_TALKS) return SIM_ERR_FULL;
  if (p->absent) return SIM_ERR_UNAVAILABLE; /* not at this evening */
  SimLogEntry *e = sim_log_push(s, SIM_LOG_TALK_BEGIN, person);
  if (!e) return SIM_ERR_FULL;

  SimRelation *r = &s->rel[person];
  SimEffects fx;
  sim_fx_init(&fx, r);
  float minutes = 0.25f;
  if (p->zone >= 0 && p->zone < sc->zone_count && p->zone != s->zone) {
    minutes += fmaxf(0.25f, sim_zone_distance(sc, s->zone, p->zone) / SIM_WALK_M_PER_MIN);
    s->zone = p->zone;
    s->group = -1;
  }
  hear_rumours(s, person);

  float join_mod = 0.0f;
  bool in_group = p->group >= 0;
  if (in_group && s->group != p->group) {
    bool barge = join == SIM_JOIN_BARGE;
    /* A closed circle (challenging): even a polite join is harder going and slower. */
    bool closed = sim_group_closed(s, p->group);
    float dtrust = barge ? -0.05f : 0.02f;
    for (int j = 0; j < sc->person_count; j++)
      if (sc->people[j].group == p->group) s->rel[j].trust = sim_clamp(s->rel[j].trust + dtrust, -1.0f, 1.0f);
    fx.trust = dtrust;
    if (barge) {
      join_mod = closed ? -0.2f : -0.15f;
      fx.reputation = -0.03f;
      sim_fx_reason(&fx, SIM_REASON_BARGED_INTO_GROUP);
    } else {
      join_mod = closed ? -0.03f : 0.05f;
      minutes += closed ? 1.0f : 0.5f; /* waiting for a pause */
      sim_fx_reason(&fx, SIM_REASON_JOINED_GROUP_POLITELY);
    }
    s->group = p->group;
  }
  if (r->guarded) sim_fx_reason(&fx, SIM_REASON_MET_GUARDED);

  float start = 0.45f + 0.2f * (p->openness - 0.5f) + 0.05f * (float)r->tier + 0.15f * r->trust +
                join_mod - 0.05f * p->busyness * sc->norms.pace - (r->guarded ? 0.15f : 0.0f);
  start = sim_clamp(start, 0.05f, 0.95f);
  fx.interest = start - r->interest;
  r->interest = start;

  int node = (r->tier >= 1 && p->return_node >= 0 && p->return_node < p->node_count) ? p->return_node : 0;
  const SimNode *n = &p->nodes[node];
  fx.next_node = (int16_t)node;
  fx.facts_learned = (uint16_t)(n->reveals & ~r->facts_known);
  if (n->shows_need && !r->need_understood) {
    fx.need_understood = true;
    sim_fx_reason(&fx, SIM_REASON_UNDERSTOOD_NEED);
  }
  if (n->common_ground) fx.common_ground = true;

  memset(&s->talk, 0, sizeof s->talk);
  s->talk.active = true;
  s->talk.in_group = in_group;
  s->talk.person = (int16_t)person;
  s->talk.node = (int16_t)node;
  s->talk.talk = (int16_t)s->talk_count;
  s->talk.reveals = (int16_t)popcount16(fx.facts_learned);
  s->talk.visited = node_bit(node);
  s->visited[person] |= node_bit(node);

  fx.energy_cost = 1.5f * sim_energy_factor(s);
  fx.clock_cost = minutes;
  SimEffects step = fx;
  step.interest = 0.0f; /* already set */
  step.trust = 0.0f;    /* already applied to the whole group */
  sim_relation_step(r, &step);
  fx.tier_after = r->tier;
  if (r->conversations < UINT16_MAX) r->conversations++;
  r->last_contact_day = s->day;
  s->contacted_week |= (uint16_t)(1u << person);
  sim_spend(s, fx.energy_cost, fx.clock_cost);
  s->reputation = sim_clamp(s->reputation + fx.reputation, -1.0f, 0.0f);

  SimTalkRecord *rec = &s->talks[s->talk_count++];
  memset(rec, 0, sizeof *rec);
  rec->person = person;
  rec->first_log = rec->last_log = s->log_count - 1;
  rec->tier_start = fx.tier_before;
  rec->tier_end = r->tier;
  rec->interest_end = r->interest;
  rec->guarded = r->guarded;

  e->talk = s->talk.talk;
  e->choice = (int16_t)join;
  e->node = (int16_t)node;
  e->effects = fx;
  sim_log_commit(s, e);
  if (out) *out = fx;
  return SIM_OK;
}

void sim_talk_close(SimSession *s) {
  if (!s->talk.active) return;
  SimTalkRecord *rec = &s->talks[s->talk.talk];
  const SimRelation *r = &s->rel[s->talk.person];
  rec->tier_end = r->tier;
  rec->interest_end = r->interest;
  rec->choices = s->talk.choices;
  rec->last_log = s->log_count - 1;
  int group = s->group;
  memset(&s->talk, 0, sizeof s->talk);
  s->talk.person = s->talk.node = s->talk.talk = -1;
  s->group = group;
}

static bool is_question(SimStyle st) { return st == SIM_STYLE_ASK_OPEN; }



int sim_talk_choose(SimSession *s, int index, SimEffects *out) {
  if (!s) return SIM_ERR_ARG;
  if (!s->talk.active) return SIM_ERR_STATE;
  if (!sim_talk_choice_offered(s, index)) return SIM_ERR_UNAVAILABLE;
  if (sim_log_full(s)) return SIM_ERR_FULL;
  int person = s->talk.person;
  const SimNode *node = sim_talk_node(s);
  const SimChoice *c = &node->choices[index];
  SimEffects fx = sim_resolve_choice(s, person, c);
  SimLogEntry *e = sim_log_push(s, SIM_LOG_CHOICE, person);
  e->node = s->talk.node;
  e->choice = (int16_t)index;
  e->style = (int8_t)c->style;
  e->effects = fx;
  sim_apply_effects(s, person, &fx);

  SimTalkState *t = &s->talk;
  bool repeat = sim_fx_has(&fx, SIM_REASON_REPEATED);
  if (t->node >= 0 && t->node < SIM_MAX_NODES && index < 8) s->said[person][t->node] |= (uint8_t)(1u << index);
  t->patience += repeat ? 3.0f : 1.0f;
  if (fx.exchange) t->exchanges++;
  t->choices++;
  t->questions_in_row = is_question(c->style) ? (int16_t)(t->questions_in_row + 1)
                        : (c->style == SIM_STYLE_SHARE || c->style == SIM_STYLE_FOLLOW_UP) ? 0
                                                                                           : t->questions_in_row;
  t->small_in_row = c->style == SIM_STYLE_SMALL_TALK ? (int16_t)(t->small_in_row + 1) : 0;
  if (fx.player_shared) t->shares++;
  t->reveals = (int16_t)(t->reveals + popcount16(fx.facts_learned));
  if (c->style == SIM_STYLE_PITCH || c->style == SIM_STYLE_ASK_JOB || c->style == SIM_STYLE_CARD_GRAB)
    t->transactional++;
  s->talks[t->talk].last_log = s->log_count - 1;
  if (fx.ends_talk) {
    sim_talk_close(s);
  } else {
    t->node = fx.next_node;
    t->visited |= node_bit(fx.next_node);
    s->visited[person] |= node_bit(fx.next_node);
  }
  sim_log_commit(s, e);
  if (out) *out = fx;
  return SIM_OK;
}

int sim_talk_end(SimSession *s, bool graceful, SimEffects *out) {
  if (!s) return SIM_ERR_ARG;
  if (!s->talk.active) return SIM_ERR_STATE;
  if (sim_log_full(s)) return SIM_ERR_FULL;
  SimChoice c;
  memset(&c, 0, sizeof c);
  c.style = graceful ? SIM_STYLE_EXIT_GRACEFUL : SIM_STYLE_EXIT_ABRUPT;
  c.next = -1;
  c.weight = 1.0f;
  int person = s->talk.person;
  SimEffects fx = sim_resolve_choice(s, person, &c);
  SimLogEntry *e = sim_log_push(s, SIM_LOG_TALK_END, person);
  e->node = s->talk.node;
  e->choice = graceful ? 1 : 0;
  e->style = (int8_t)c.style;
  e->effects = fx;
  sim_apply_effects(s, person, &fx);
  s->talk.choices++;
  sim_talk_close(s);
  sim_log_commit(s, e);
  if (out) *out = fx;
  return SIM_OK;
}

int sim_introduce_people(SimSession *s, int a, int b, SimEffects *out) {
  if (!s || a < 0 || b < 0 || a >= s->sc->person_count || b >= s->sc->person_count || a == b)
    return SIM_ERR_ARG;
  if (s->talk.active) return SIM_ERR_STATE;
  if (sim_session_event_over(s)) return SIM_ERR_OVER;
  if (s->rel[a].tier < 2 || s->rel[b].tier < 2 || (s->introduced[a] & (1u << b))) return SIM_ERR_UNAVAILABLE;
  SimLogEntry *e = sim_log_push(s, SIM_LOG_INTRODUCE, a);
  if (!e) return SIM_ERR_FULL;
  e->other = (int16_t)b;
  s->introduced[a] |= (uint16_t)(1u << b);
  s->introduced[b] |= (uint16_t)(1u << a);
  SimEffects fx;
  sim_fx_init(&fx, &s->rel[a]);
  fx.interest = 0.05f, fx.trust = 0.10f, fx.progress = 0.20f;
  sim_fx_reason(&fx, SIM_REASON_INTRODUCED_TWO_PEOPLE);
  sim_relation_step(&s->rel[b], &fx);
  s->contacted_week |= (uint16_t)(1u << b);
  fx.energy_cost = 2.0f * sim_energy_factor(s);
  fx.clock_cost = 1.0f;
  SimRelation after = s->rel[a];
  sim_relation_step(&after, &fx);
  fx.tier_after = after.tier;
  sim_apply_effects(s, a, &fx);
  e->effects = fx;
  sim_log_commit(s, e);
  if (out) *out = fx;
  return SIM_OK;
}

void sim_talk_view(const SimSession *s, SimTalkView *out) {
  if (!out) return;
  memset(out, 0, sizeof *out);
  out->person = out->node = out->talk = -1;
  if (!s || !s->talk.active) return;
  out->active = true;
  out->person = s->talk.person;
  out->node = s->talk.node;
  out->talk = s->talk.talk;
  out->choices_made = s->talk.choices;
  out->interest = s->rel[s->talk.person].interest;
  out->mood = sim_mood_from_interest(out->interest);
  out->in_group = s->talk.in_group;
  /* Gentle: the cue comes a line earlier. Hard to read (challenging): only the extremes
   * show on their face, and restlessness not at all. */
  float early = s->difficulty == SIM_DIFFICULTY_GENTLE ? 2.0f : 1.0f;
  out->restless = s->talk.patience + early > sim_talk_patience(s, s->talk.person);
  if (s->sc->people[s->talk.person].hard_to_read) {
    if (out->interest > 0.25f && out->interest < 0.8f) out->mood = SIM_MOOD_NEUTRAL;
    out->restless = false;
  }
}

int sim_session_talk_count(const SimSession *s) { return s ? s->talk_count : 0; }

const SimTalkRecord *sim_session_talk(const SimSession *s, int i) {
  return (s && i >= 0 && i < s->talk_count) ? &s->talks[i] : NULL;
}

int sim_talk_rating(const SimSession *s, int i) {
  const SimTalkRecord *rec = sim_session_talk(s, i);
  if (!rec) return 0;
  bool live = s->talk.active && s->talk.talk == i;
  float interest = live ? s->rel[rec->person].interest : rec->interest_end;
  int tier_end = live ? s->rel[rec->person].tier : rec->tier_end;
  float gain = sim_clamp((float)(tier_end - rec->tier_start) / 2.0f, 0.0f, 1.0f);
  int rating = 1 + (int)((0.65f * interest + 0.35f * gain) * 5.0f);
  return rating < 1 ? 1 : (rating > 5 ? 5 : rating);
}

int sim_talk_set_guess(SimSession *s, int i, int guess) {
  if (!s || i < 0 || i >= s->talk_count || guess < 1 || guess > 5) return SIM_ERR_ARG;
  s->talks[i].guess = (int8_t)guess;
  return SIM_OK;
}
