/* resolve.c — the rules of one exchange: which choices are offered, what a choice does
 * in context (the pure resolver), how effects change a relationship, and the tier gates.
 * Every number here is written down, with the lesson it serves, in docs/model.md.
 * Owns nothing; reads the session. C library only.
 */
#include "sim/sim_internal.h"

#include <math.h>
#include <string.h>

/* Energy (before the venue factor) and event minutes of each style. */
static const float STYLE_ENERGY[SIM_STYLE_COUNT] = {
  1.0f, 1.5f, 2.0f, 1.5f, 2.5f, 2.5f, 3.5f, 3.0f, 3.0f, 2.5f, 3.0f, 2.5f, 1.0f, 1.0f, 0.5f, 0.5f,
};
static const float STYLE_MINUTES[SIM_STYLE_COUNT] = {
  0.5f, 0.75f, 1.0f, 1.0f, 1.5f, 1.5f, 1.5f, 1.5f, 1.5f, 1.5f, 1.0f, 1.0f, 0.5f, 0.75f, 0.5f, 0.25f,
};
/* Progress a tier needs (index = the tier being reached). */
static const float TIER_NEED[SIM_MAX_TIER + 1] = {0.0f, 0.2f, 0.6f, 0.8f, 0.9f, 1.0f};

float sim_clamp(float v, float lo, float hi) { return v < lo ? lo : (v > hi ? hi : v); }

void sim_fx_init(SimEffects *fx, const SimRelation *r) {
  memset(fx, 0, sizeof *fx);
  fx->next_node = -1;
  fx->tier_before = fx->tier_after = r ? r->tier : 0;
}

void sim_fx_reason(SimEffects *fx, SimReason reason) {
  if (reason == SIM_REASON_NONE || sim_fx_has(fx, reason)) return;
  if (fx->reason_count < SIM_MAX_REASONS) fx->reasons[fx->reason_count++] = (uint8_t)reason;
}

bool sim_fx_has(const SimEffects *fx, SimReason reason) {
  for (int i = 0; i < fx->reason_count; i++)
    if (fx->reasons[i] == reason) return true;
  return false;
}

/* Trust within a first encounter: only when everything came together (rare). */
static bool trust_well_earned(const SimRelation *r) {
  return r->help_offered && r->need_understood && r->common_ground && r->shared_count >= 2 && r->trust >= 0.9f;
}

/* The qualitative gate of tier `tier` (DESIGN.md §3, docs/model.md part 2).
 * Engagement: no tier above met is reached while they are not interested.
 * Pacing: trust needs a later contact (met before, a follow-up, keeping in touch) unless
 * it was well earned; a pounce this event puts rapport off to another day. */
static bool gate(const SimRelation *r, int tier) {
  if (tier >= 2 && r->interest < SIM_ENGAGED) return false;
  switch (tier) {
  case 1: return r->names_exchanged && (r->talked || r->met_before);
  case 2: return r->facts_known != 0 && (r->known_of_player & (SIM_KNOWS_WHY | SIM_KNOWS_SHARED));
  case 3: return r->common_ground && r->mutual_disclosure && !r->pounced;
  case 4:
    return r->help_offered && r->trust >= 0.3f && !r->pounced &&
           (r->met_before || r->followed_up || r->maintained >= 1 || trust_well_earned(r));
  case 5: return r->followed_up && r->maintained >= 1;
  default: return false;
  }
}

void sim_relation_settle(SimRelation *r) {
  while (r->tier < SIM_MAX_TIER) {
    int next = r->tier + 1;
    if (!gate(r, next) || r->progress < TIER_NEED[next]) break;
    r->progress -= TIER_NEED[next];
    r->tier = (int8_t)next;
  }
  r->progress = sim_clamp(r->progress, 0.0f, 1.0f);
}

void sim_relation_step(SimRelation *r, const SimEffects *fx) {
  r->interest = sim_clamp(r->interest + fx->interest, 0.0f, 1.0f);
  r->trust = sim_clamp(r->trust + fx->trust, -1.0f, 1.0f);
  r->progress = fmaxf(0.0f, r->progress + fx->progress);
  r->facts_known |= fx->facts_learned;
  if (fx->names_exchanged) {
    r->names_exchanged = true;
    r->known_of_player |= SIM_KNOWS_NAME;
  }
  if (fx->why_stated) {
    r->why_stated = true;
    r->known_of_player |= SIM_KNOWS_WHY;
  }
  if (fx->player_shared) {
    if (r->shared_count < UINT8_MAX) r->shared_count++;
    r->known_of_player |= SIM_KNOWS_SHARED;
  }
  if (fx->common_ground) r->common_ground = true;
  if (fx->need_understood) r->need_understood = true;
  if (fx->help_offered) {
    r->help_offered = true;
    r->known_of_player |= SIM_KNOWS_GOALS;
  }
  if (fx->witnessed) r->pounced = true;
  if (fx->exchange) r->talked = true;
  if (fx->card) r->card = true;
  if (fx->contact) r->contact = r->card = true;
  if (r->facts_known && r->shared_count > 0) r->mutual_disclosure = true;
  sim_relation_settle(r);
}

float sim_energy_factor(const SimSession *s) {
  const SimScenario *sc = s->sc;
  float noise = (s->zone >= 0 && s->zone < sc->zone_count) ? sc->zones[s->zone].noise : 0.5f;
  float f = 0.6f + 1.2f * sim_clamp(noise, 0.0f, 1.0f);
  if (s->talk.active && s->talk.in_group) f *= 1.25f;
  if (sc->tuning.energy_cost > 0.0f) f *= sc->tuning.energy_cost;
  if (s->settings.introvert_practice) f *= 0.75f;
  f *= sim_difficulty_energy_factor(s);
  return f;
}

static bool deep_style(SimStyle st) {
  return st == SIM_STYLE_FOLLOW_UP || st == SIM_STYLE_SHARE || st == SIM_STYLE_COMMON_GROUND ||
         st == SIM_STYLE_OFFER_HELP || st == SIM_STYLE_ASK_ADVICE;
}

static bool offered(const SimSession *s, const SimRelation *r, const SimChoice *c) {
  uint16_t need = c->requires.facts | c->uses_facts;
  if ((r->facts_known & need) != need) return false;
  if (c->requires.min_tier > 0 && r->tier < c->requires.min_tier) return false;
  if (c->requires.min_energy > 0 && s->energy < (float)c->requires.min_energy) return false;
  if (deep_style(c->style) && s->energy < SIM_LOW_ENERGY) return false;
  return c->style >= 0 && c->style < SIM_STYLE_COUNT;
}

const SimNode *sim_talk_node(const SimSession *s) {
  if (!s || !s->talk.active) return NULL;
  const SimPerson *p = &s->sc->people[s->talk.person];
  if (s->talk.node < 0 || s->talk.node >= p->node_count || !p->nodes) return NULL;
  return &p->nodes[s->talk.node];
}

bool sim_talk_choice_offered(const SimSession *s, int index) {
  const SimNode *n = sim_talk_node(s);
  if (!n || index < 0 || index >= n->choice_count || index >= SIM_MAX_CHOICES) return false;
  return offered(s, &s->rel[s->talk.person], &n->choices[index]);
}

int sim_talk_choices(const SimSession *s, int *out, int max) {
  const SimNode *n = sim_talk_node(s);
  if (!n) return 0;
  int count = 0;
  for (int i = 0; i < n->choice_count && i < SIM_MAX_CHOICES; i++)
    if (offered(s, &s->rel[s->talk.person], &n->choices[i])) {
      if (out && count < max) out[count] = i;
      count++;
    }
  return (out && count > max) ? max : count;
}

/* A deterministic jitter in [0.9, 1.1) from the seed and the moment: pure, no RNG state. */
static float jitter(const SimSession *s, int person, int style) {
  uint64_t z = s->seed ^ ((uint64_t)(unsigned)s->log_count << 20) ^ ((uint64_t)(unsigned)person << 8) ^
               (uint64_t)(unsigned)style;
  z += 0x9E3779B97F4A7C15ull;
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
  z ^= z >> 31;
  return 0.9f + 0.2f * (float)((double)(z >> 11) * 0x1.0p-53);
}

float sim_talk_patience(const SimSession *s, int person) {
  return 14.0f - 8.0f * sim_clamp(s->sc->people[person].busyness, 0.0f, 1.0f);
}

int sim_choice_index(const SimSession *s, const SimChoice *c) {
  const SimNode *n = sim_talk_node(s);
  if (!n || !c) return -1;
  for (int i = 0; i < n->choice_count && i < SIM_MAX_CHOICES; i++)
    if (&n->choices[i] == c) return i;
  return -1;
}

/* Lines that make a real exchange (the player asked, shared, found ground or helped). */
static bool real_exchange_style(SimStyle st) {
  return st == SIM_STYLE_ASK_OPEN || st == SIM_STYLE_FOLLOW_UP || st == SIM_STYLE_SHARE ||
         st == SIM_STYLE_COMMON_GROUND || st == SIM_STYLE_OFFER_HELP || st == SIM_STYLE_ASK_ADVICE;
}

static bool is_exit_style(SimStyle st) { return st == SIM_STYLE_EXIT_GRACEFUL || st == SIM_STYLE_EXIT_ABRUPT; }

/* A line already said to them this event, or a question / topic whose answer the player
 * already has: the node it leads to was reached before and has nothing new to tell. */
static bool repeats(const SimSession *s, int person, const SimChoice *c) {
  if (is_exit_style(c->style)) return false;
  int idx = (s->talk.active && s->talk.person == person) ? sim_choice_index(s, c) : -1;
  int node = s->talk.node;
  if (idx >= 0 && node >= 0 && node < SIM_MAX_NODES && ((s->said[person][node] >> idx) & 1u)) return true;
  bool asks = c->style == SIM_STYLE_ASK_OPEN || c->style == SIM_STYLE_FOLLOW_UP ||
              c->style == SIM_STYLE_SMALL_TALK || c->style == SIM_STYLE_COMMON_GROUND;
  const SimPerson *p = &s->sc->people[person];
  if (!asks || c->next < 0 || c->next >= p->node_count || c->next >= SIM_MAX_NODES || !p->nodes) return false;
  const SimNode *to = &p->nodes[c->next];
  const SimRelation *r = &s->rel[person];
  bool content = to->reveals || to->shows_need || to->common_ground;
  bool news = (to->reveals & ~r->facts_known) || (to->shows_need && !r->need_understood) ||
              (to->common_ground && !r->common_ground);
  return content && !news && ((s->visited[person] >> c->next) & 1u);
}

/* Would anyone but `person` see a move made now? (same zone, or same group) */
static bool someone_sees(const SimSession *s, int person) {
  const SimScenario *sc = s->sc;
  int16_t group = sc->people[person].group;
  for (int j = 0; j < sc->person_count; j++) {
    if (j == person) continue;
    if (sc->people[j].zone == s->zone || (group >= 0 && sc->people[j].group == group)) return true;
  }
  return false;
}

SimEffects sim_resolve_choice(const SimSession *s, int person, const SimChoice *c) {
  SimEffects fx;
  if (!s || !c || person < 0 || person >= s->sc->person_count || c->style < 0 ||
      c->style >= SIM_STYLE_COUNT) {
    sim_fx_init(&fx, NULL);
    return fx;
  }
  const SimRelation *r = &s->rel[person];
  const SimPerson *p = &s->sc->people[person];
  const SimNorms *norms = &s->sc->norms;
  static const SimTalkState no_talk;
  const SimTalkState *t = (s->talk.active && s->talk.person == person) ? &s->talk : &no_talk;
  sim_fx_init(&fx, r);
  fx.next_node = c->next;

  const bool names = r->names_exchanged;
  const bool rapport = r->tier >= 3;
  const bool disclosed = r->facts_known != 0 || t->reveals > 0;
  float di = 0, dt = 0, dp = 0;    /* gains: scaled by openness, guard, energy */
  float ni = 0, nt = 0, np = 0;    /* losses: scaled by the choice's weight only */
  float rep = 0;
  const bool repeat = repeats(s, person, c);
  const bool live = s->talk.active && s->talk.person == person;

  fx.exchange = !repeat && real_exchange_style(c->style);
  if (repeat) {
    /* Heard it already: nothing gained, a little patience and interest lost. */
    ni = -0.05f;
    sim_fx_reason(&fx, SIM_REASON_REPEATED);
  } else switch (c->style) {
  case SIM_STYLE_GREET:
    di = 0.03f, dp = names ? 0.05f : 0.03f;
    break;
  case SIM_STYLE_INTRODUCE:
    if (!names) {
      fx.names_exchanged = true;
      di = 0.05f, dt = 0.03f, dp = 0.25f;
      sim_fx_reason(&fx, SIM_REASON_INTRODUCED_SELF);
    } else {
      di = 0.02f, dp = 0.05f;
    }
    break;
  case SIM_STYLE_INTRODUCE_WHY:
    fx.names_exchanged = true;
    if (!r->why_stated) {
      fx.why_stated = true;
      di = 0.10f, dt = 0.10f, dp = names ? 0.25f : 0.35f;
      sim_fx_reason(&fx, SIM_REASON_STATED_WHY);
    } else {
      di = 0.02f, dp = 0.05f;
    }
    break;
  case SIM_STYLE_SMALL_TALK:
    if (t->small_in_row >= 2) {
      ni = -0.04f;
      sim_fx_reason(&fx, SIM_REASON_SMALL_TALK_STALLED);
    } else {
      di = 0.04f, dp = 0.10f;
      sim_fx_reason(&fx, SIM_REASON_SMALL_TALK_WARMUP);
    }
    if (t->small_in_row >= 1) ni -= 0.03f * p->busyness * norms->pace;
    break;
  case SIM_STYLE_ASK_OPEN:
    if (t->questions_in_row >= 3) {
      ni = -0.05f, dp = 0.05f;
      sim_fx_reason(&fx, SIM_REASON_INTERROGATED);
    } else {
      float k = names ? 1.0f : 0.5f; /* an anonymous question gives them less to hold */
      di = 0.08f * k, dt = 0.02f * k, dp = 0.20f * k;
      sim_fx_reason(&fx, SIM_REASON_ASKED_OPEN_QUESTION);
    }
    break;
  case SIM_STYLE_FOLLOW_UP:
    if (c->uses_facts && (r->facts_known & c->uses_facts) == c->uses_facts) {
      di = 0.15f, dt = 0.08f, dp = 0.30f;
      sim_fx_reason(&fx, SIM_REASON_USED_REMEMBERED_FACT);
    } else {
      di = 0.10f, dt = 0.04f, dp = 0.22f;
      sim_fx_reason(&fx, SIM_REASON_ASKED_FOLLOW_UP);
    }
    break;
  case SIM_STYLE_SHARE:
    fx.player_shared = true;
    /* In turn: each of their disclosures in this talk (or what they told before) earns one. */
    if (disclosed && t->shares < (t->reveals > 1 ? t->reveals : 1)) {
      di = 0.10f, dt = 0.10f, dp = 0.30f;
      sim_fx_reason(&fx, SIM_REASON_SHARED_IN_TURN);
    } else {
      ni = -0.06f, dp = 0.05f;
      sim_fx_reason(&fx, SIM_REASON_OVERSHARED);
    }
    break;
  case SIM_STYLE_COMMON_GROUND:
    if (names || disclosed) {
      fx.common_ground = true;
      di = 0.12f, dt = 0.06f, dp = 0.30f;
      sim_fx_reason(&fx, SIM_REASON_FOUND_COMMON_GROUND);
    } else {
      di = 0.04f, dp = 0.08f; /* a stranger's "me too" */
    }
    break;
  case SIM_STYLE_OFFER_HELP:
    if (r->need_understood) {
      fx.help_offered = true;
      di = 0.12f, dt = 0.20f, dp = 0.35f;
      sim_fx_reason(&fx, SIM_REASON_OFFERED_HELP);
    } else {
      di = 0.03f, dt = 0.03f, dp = 0.05f;
      sim_fx_reason(&fx, SIM_REASON_OFFERED_HELP_BLIND);
    }
    break;
  case SIM_STYLE_ASK_ADVICE:
    if (rapport) {
      di = 0.08f, dt = 0.08f, dp = 0.25f;
      sim_fx_reason(&fx, SIM_REASON_ASKED_ADVICE_AFTER_RAPPORT);
    } else if (r->tier == 2) {
      di = 0.04f, dp = 0.10f;
    } else {
      ni = -0.05f, np = -0.05f;
      sim_fx_reason(&fx, SIM_REASON_ASKED_ADVICE_TOO_EARLY);
    }
    break;
  case SIM_STYLE_PITCH:
    if (rapport) {
      ni = -0.02f;
      sim_fx_reason(&fx, SIM_REASON_PITCHED_AFTER_RAPPORT);
    } else {
      ni = -0.15f, nt = -0.10f, np = -0.20f, rep = -0.10f;
      fx.witnessed = true;
      sim_fx_reason(&fx, SIM_REASON_PITCHED_BEFORE_RAPPORT);
    }
    break;
  case SIM_STYLE_ASK_JOB:
    if (rapport) {
      dt = 0.02f;
      sim_fx_reason(&fx, SIM_REASON_ASKED_JOB_AFTER_RAPPORT);
    } else if (norms->job_questions == SIM_JOBQ_AFTER_INTRODUCTION && names && r->why_stated) {
      /* At a careers fair, asking about vacancies once they know who you are is normal:
       * a little interest, not much depth. */
      di = 0.03f, dt = 0.02f, dp = 0.08f;
      sim_fx_reason(&fx, SIM_REASON_ASKED_ABOUT_VACANCIES);
    } else {
      ni = -0.12f, nt = -0.08f, np = -0.15f;
      rep = norms->contact_expected ? -0.04f : -0.08f;
      fx.witnessed = true;
      sim_fx_reason(&fx, SIM_REASON_ASKED_JOB_BEFORE_RAPPORT);
    }
    break;
  case SIM_STYLE_CARD_GRAB:
    fx.card = true;
    if (!names) {
      ni = -0.12f, nt = -0.05f, np = -0.10f, rep = -0.08f;
      fx.witnessed = true;
      sim_fx_reason(&fx, SIM_REASON_GRABBED_CARD_BEFORE_NAME);
    } else if (r->tier < 2 && !norms->contact_expected) {
      ni = -0.05f, rep = -0.04f;
      fx.witnessed = true;
      sim_fx_reason(&fx, SIM_REASON_GRABBED_CARD_EARLY);
    }
    break;
  case SIM_STYLE_EXCHANGE_CONTACT:
    fx.contact = fx.card = true;
    if (names && (r->tier >= 2 || (norms->contact_expected && r->why_stated))) {
      di = 0.03f, dp = 0.10f;
      sim_fx_reason(&fx, SIM_REASON_EXCHANGED_CONTACT_NATURALLY);
    } else {
      ni = -0.06f;
      sim_fx_reason(&fx, SIM_REASON_EXCHANGED_CONTACT_TOO_EARLY);
    }
    break;
  case SIM_STYLE_EXIT_GRACEFUL:
    if (live && t->exchanges == 0) {
      /* A polite goodbye after one line: fine, but nothing to praise yet. */
      di = 0.02f;
      sim_fx_reason(&fx, SIM_REASON_LEFT_AFTER_ONE_LINE);
    } else {
      di = 0.04f, dt = 0.02f, dp = 0.05f;
      sim_fx_reason(&fx, SIM_REASON_LEFT_GRACEFULLY);
    }
    break;
  case SIM_STYLE_EXIT_ABRUPT:
    ni = -0.10f, nt = -0.05f, np = -0.10f;
    sim_fx_reason(&fx, SIM_REASON_LEFT_ABRUPTLY);
    break;
  default: break;
  }

  bool exit_style = is_exit_style(c->style);
  /* Patience: every line uses one, a repeat three. Past it they lose interest; well past
   * it (or bored) they close the conversation themselves. */
  float used = live ? t->patience + (repeat ? 3.0f : 1.0f) : 0.0f;
  float limit = sim_talk_patience(s, person);
  if (!exit_style && live && used > limit) {
    ni -= 0.06f;
    sim_fx_reason(&fx, SIM_REASON_OVERSTAYED);
  }
  float w = (c->weight > 0.0f) ? c->weight : 1.0f;
  float gain = (0.6f + 0.8f * p->openness) * w * jitter(s, person, c->style);
  if (r->guarded) gain *= 0.6f;
  if (r->pounced || fx.witnessed) dt *= 0.5f; /* politeness comes back sooner than trust */
  if (s->energy < SIM_LOW_ENERGY && !exit_style) {
    gain *= 0.75f;
    sim_fx_reason(&fx, SIM_REASON_DRAINED_ENERGY);
  }
  fx.interest = di * gain + ni * w;
  fx.trust = dt * gain + nt * w;
  fx.progress = dp * gain + np * w;
  fx.reputation = rep * w;
  if (fx.witnessed && someone_sees(s, person)) sim_fx_reason(&fx, SIM_REASON_WITNESSED);

  if (c->next >= 0 && c->next < p->node_count && p->nodes) {
    const SimNode *n = &p->nodes[c->next];
    fx.facts_learned = (uint16_t)(n->reveals & ~r->facts_known);
    if (p->fact_count < SIM_MAX_FACTS) fx.facts_learned &= (uint16_t)((1u << p->fact_count) - 1u);
    if (n->shows_need && !r->need_understood) {
      fx.need_understood = true;
      sim_fx_reason(&fx, SIM_REASON_UNDERSTOOD_NEED);
    }
    if (n->common_ground && !r->common_ground && !fx.common_ground) {
      fx.common_ground = true;
      sim_fx_reason(&fx, SIM_REASON_FOUND_COMMON_GROUND);
    }
  } else {
    fx.next_node = -1;
  }
  if (!exit_style && live && fx.next_node >= 0 &&
      (used >= limit + 3.0f || (t->choices >= 2 && r->interest + fx.interest < SIM_BORED))) {
    fx.next_node = -1;
    fx.they_closed = true;
    sim_fx_reason(&fx, SIM_REASON_THEY_CLOSED);
  }
  fx.ends_talk = fx.next_node < 0;
  fx.energy_cost = STYLE_ENERGY[c->style] * sim_energy_factor(s);
  fx.clock_cost = STYLE_MINUTES[c->style] * sim_line_minutes_factor(s, person);

  SimRelation after = *r;
  sim_relation_step(&after, &fx);
  fx.tier_after = after.tier;
  return fx;
}

/* Word of a transactional move: the person and everyone in the zone or group saw it. */
static void spread_rumour(SimSession *s, int person) {
  const SimScenario *sc = s->sc;
  if (s->rumour_count >= SIM_MAX_RUMOURS) return;
  SimRumour *ru = &s->rumours[s->rumour_count++];
  memset(ru, 0, sizeof *ru);
  ru->origin = (int16_t)person;
  ru->zone = (int16_t)s->zone;
  ru->x = sc->people[person].x;
  ru->y = sc->people[person].y;
  ru->clock = s->clock;
  int16_t group = sc->people[person].group;
  for (int j = 0; j < sc->person_count; j++) {
    bool saw = j == person || sc->people[j].zone == s->zone || (group >= 0 && sc->people[j].group == group);
    if (!saw) continue;
    ru->reached |= (uint16_t)(1u << j);
    ru->checked |= (uint16_t)(1u << j);
    if (s->rel[j].tier < 3) s->rel[j].guarded = true;
  }
}

void sim_apply_effects(SimSession *s, int person, const SimEffects *fx) {
  if (!s || !fx) return;
  if (person >= 0 && person < s->sc->person_count) {
    sim_relation_step(&s->rel[person], fx);
    s->contacted_week |= (uint16_t)(1u << person);
    if (fx->witnessed) spread_rumour(s, person);
  }
  sim_spend(s, fx->energy_cost, fx->clock_cost);
  s->reputation = sim_clamp(s->reputation + fx->reputation, -1.0f, 0.0f);
}
