/* scores.c — the figures a session ends with: network strength and depth gain, people
 * you could call, vanity counts, whether the intention was met, and six skills derived
 * from the choice log only (never from anything a scenario types in).
 * Owns nothing. C library only.
 */
#include "sim/sim_internal.h"

#include <string.h>

typedef struct SkillTally {
  float intro[SIM_MAX_TALKS];   /* -1 undecided, else 0..100, for first meetings */
  bool first[SIM_MAX_TALKS];
  float curious[SIM_MAX_TALKS];
  float generous[SIM_MAX_TALKS];
  float generous_extra;
  int good, bad;                /* well- and ill-timed moves */
  int talk_lines[SIM_MAX_TALKS];
  float talk_energy[SIM_MAX_TALKS]; /* the player's energy when the talk began */
  bool talk_drained[SIM_MAX_TALKS];
  float energy_sum, energy_n;   /* energy-management observations (see skills()) */
  float spent;                  /* energy spent on the floor */
  int rests, long_talks;
  uint16_t held;                /* people whose card/contact was gained this session */
  float followed[SIM_MAX_PEOPLE];
} SkillTally;

static bool good_timing(SimReason r) {
  return r == SIM_REASON_EXCHANGED_CONTACT_NATURALLY || r == SIM_REASON_ASKED_ADVICE_AFTER_RAPPORT ||
         r == SIM_REASON_LEFT_GRACEFULLY || r == SIM_REASON_PITCHED_AFTER_RAPPORT ||
         r == SIM_REASON_ASKED_JOB_AFTER_RAPPORT || r == SIM_REASON_JOINED_GROUP_POLITELY ||
         r == SIM_REASON_SHARED_IN_TURN;
}

static bool bad_timing(SimReason r) {
  return r == SIM_REASON_PITCHED_BEFORE_RAPPORT || r == SIM_REASON_ASKED_JOB_BEFORE_RAPPORT ||
         r == SIM_REASON_GRABBED_CARD_BEFORE_NAME || r == SIM_REASON_GRABBED_CARD_EARLY ||
         r == SIM_REASON_EXCHANGED_CONTACT_TOO_EARLY || r == SIM_REASON_ASKED_ADVICE_TOO_EARLY ||
         r == SIM_REASON_LEFT_ABRUPTLY || r == SIM_REASON_OVERSHARED || r == SIM_REASON_BARGED_INTO_GROUP ||
         r == SIM_REASON_OVERSTAYED || r == SIM_REASON_THEY_CLOSED;
}

static void tally_talk_reason(SkillTally *t, int talk, SimReason r) {
  if (talk >= 0 && talk < SIM_MAX_TALKS && t->first[talk] && t->intro[talk] < 0.0f) {
    if (r == SIM_REASON_STATED_WHY) t->intro[talk] = 100.0f;
    else if (r == SIM_REASON_INTRODUCED_SELF) t->intro[talk] = 65.0f;
    else if (r == SIM_REASON_GRABBED_CARD_BEFORE_NAME || r == SIM_REASON_PITCHED_BEFORE_RAPPORT ||
             r == SIM_REASON_ASKED_JOB_BEFORE_RAPPORT || r == SIM_REASON_EXCHANGED_CONTACT_TOO_EARLY ||
             r == SIM_REASON_LEFT_ABRUPTLY || r == SIM_REASON_LEFT_GRACEFULLY ||
             r == SIM_REASON_LEFT_AFTER_ONE_LINE)
      t->intro[talk] = 0.0f;
  }
  if (talk >= 0 && talk < SIM_MAX_TALKS) {
    switch (r) {
    case SIM_REASON_ASKED_OPEN_QUESTION: t->curious[talk] += 1.0f; break;
    case SIM_REASON_ASKED_FOLLOW_UP: t->curious[talk] += 1.5f; break;
    case SIM_REASON_USED_REMEMBERED_FACT: t->curious[talk] += 2.0f; break;
    case SIM_REASON_INTERROGATED: t->curious[talk] -= 1.0f; break;
    case SIM_REASON_REPEATED: t->curious[talk] -= 1.0f; break;
    case SIM_REASON_OFFERED_HELP: t->generous[talk] += 1.0f; break;
    case SIM_REASON_SHARED_IN_TURN: t->generous[talk] += 0.4f; break;
    case SIM_REASON_FOUND_COMMON_GROUND: t->generous[talk] += 0.3f; break;
    case SIM_REASON_OFFERED_HELP_BLIND: t->generous[talk] += 0.3f; break;
    default: break;
    }
  }
  if (good_timing(r)) t->good++;
  if (bad_timing(r)) t->bad++;
}

static float follow_value(const SimLogEntry *e) {
  bool week = e->timing == SIM_TIMING_WEEK;
  for (int i = 0; i < e->effects.reason_count; i++) switch (e->effects.reasons[i]) {
    case SIM_REASON_FOLLOWED_UP_PERSONAL: return week ? 0.7f : 1.0f;
    case SIM_REASON_FOLLOWED_UP_GENERIC: return week ? 0.35f : 0.5f;
    case SIM_REASON_RECONNECTED: return 0.6f;
    case SIM_REASON_FOLLOWED_UP_LATE: return 0.2f;
    default: break;
    }
  return 0.0f;
}

static int pct(float v) {
  int p = (int)(v * 100.0f + 0.5f);
  return p < 0 ? 0 : (p > 100 ? 100 : p);
}

/* Pseudo-observations at 0 ("not yet shown") every skill estimate starts from. */
#define SKILL_PRIOR 1.0f

/* The evidence-weighted estimate of a skill: `sum` of `n` observations in 0..1, shrunk
 * toward 0 by the prior. One perfect observation gives 50, three 75, nine 90. */
static int estimate(float sum, float n) { return n > 0.0f ? pct(sum / (n + SKILL_PRIOR)) : 0; }

static void skills(const SimSession *s, int out[SIM_SKILL_COUNT], int seen[SIM_SKILL_COUNT]) {
  SkillTally t;
  memset(&t, 0, sizeof t);
  for (int i = 0; i < s->log_count; i++) {
    const SimLogEntry *e = &s->log[i];
    const SimEffects *fx = &e->effects;
    int talk = e->talk;
    switch ((SimLogKind)e->kind) {
    case SIM_LOG_TALK_BEGIN:
      if (talk >= 0 && talk < SIM_MAX_TALKS) {
        t.first[talk] = fx->tier_before == 0;
        t.talk_energy[talk] = e->energy + fx->energy_cost;
        t.intro[talk] = -1.0f;
      }
      for (int k = 0; k < fx->reason_count; k++) tally_talk_reason(&t, talk, fx->reasons[k]);
      break;
    case SIM_LOG_CHOICE:
    case SIM_LOG_TALK_END:
      if (talk >= 0 && talk < SIM_MAX_TALKS && ++t.talk_lines[talk] == 3) t.long_talks++;
      if (fx->energy_cost > 0.0f) t.spent += fx->energy_cost;
      for (int k = 0; k < fx->reason_count; k++) {
        if (fx->reasons[k] == SIM_REASON_DRAINED_ENERGY && talk >= 0 && talk < SIM_MAX_TALKS)
          t.talk_drained[talk] = true;
        tally_talk_reason(&t, talk, fx->reasons[k]);
      }
      if ((fx->card || fx->contact) && e->person >= 0) t.held |= (uint16_t)(1u << e->person);
      break;
    case SIM_LOG_INTRODUCE: t.generous_extra += 1.0f; break;
    case SIM_LOG_REST:
      /* A rest before the tank was empty is pacing; a rest after it, recovery. */
      if (t.rests++ < 3) {
        float before = e->energy + fx->energy_cost;
        t.energy_sum += before >= SIM_LOW_ENERGY ? 1.0f : 0.5f;
        t.energy_n += 1.0f;
      }
      break;
    case SIM_LOG_EVENT_END:
      /* Pacing the evening: having spent real energy, still something left at the end. */
      if (t.spent >= 30.0f && t.long_talks > 0) {
        t.energy_sum += e->energy >= 10.0f ? 1.0f : 0.0f;
        t.energy_n += 1.0f;
      }
      break;
    case SIM_LOG_FOLLOW_UP:
      if (e->person >= 0 && e->person < SIM_MAX_PEOPLE) {
        float v = follow_value(e);
        if (v > t.followed[e->person]) t.followed[e->person] = v;
      }
      if (sim_fx_has(fx, SIM_REASON_FOLLOW_UP_OFFERED_VALUE)) t.generous_extra += 0.5f;
      break;
    default: break;
    }
  }
  int talks = s->talk_count < SIM_MAX_TALKS ? s->talk_count : SIM_MAX_TALKS;
  float intro = 0, intro_n = 0, cur = 0, gen = 0;
  for (int k = 0; k < talks; k++) {
    if (t.first[k]) {
      intro += t.intro[k] > 0.0f ? t.intro[k] : 0.0f;
      intro_n += 1.0f;
    }
    cur += sim_clamp(t.curious[k] / 3.0f, 0.0f, 1.0f);
    gen += sim_clamp(t.generous[k], 0.0f, 1.0f);
  }
  /* Each talk is an observation of curiosity and generosity. A talk begun once energy
   * mattered (below half), or one that ran on an empty tank, is one of pacing. */
  for (int k = 0; k < talks; k++)
    if (t.talk_drained[k] || (t.talk_lines[k] >= 3 && t.talk_energy[k] < 50.0f)) {
      t.energy_sum += t.talk_drained[k] ? 0.0f : 1.0f;
      t.energy_n += 1.0f;
    }
  out[SIM_SKILL_INTRODUCTIONS] = estimate(intro / 100.0f, intro_n);
  out[SIM_SKILL_CURIOSITY] = estimate(cur, (float)talks);
  out[SIM_SKILL_GENEROSITY] = talks ? pct(sim_clamp((gen + t.generous_extra) / ((float)talks + SKILL_PRIOR), 0.0f, 1.0f)) : 0;
  out[SIM_SKILL_TIMING] = estimate((float)t.good, (float)(t.good + t.bad));
  int held = 0;
  float followed = 0;
  for (int p = 0; p < s->sc->person_count; p++)
    if ((t.held >> p) & 1u) {
      held++;
      followed += t.followed[p];
    }
  out[SIM_SKILL_FOLLOW_THROUGH] = estimate(followed, (float)held);
  out[SIM_SKILL_ENERGY] = estimate(t.energy_sum, t.energy_n);
  /* How many observations stand behind each score: a screen shows "not shown yet" rather
   * than a zero that reads as a failure when there was nothing to judge. */
  seen[SIM_SKILL_INTRODUCTIONS] = (int)intro_n;
  seen[SIM_SKILL_CURIOSITY] = talks;
  seen[SIM_SKILL_GENEROSITY] = talks;
  seen[SIM_SKILL_TIMING] = t.good + t.bad;
  seen[SIM_SKILL_FOLLOW_THROUGH] = held;
  seen[SIM_SKILL_ENERGY] = (int)t.energy_n;
}

static bool intention_met(const SimSession *s) {
  int newly_met = 0;
  switch (s->settings.intention) {
  case SIM_INTENT_ONE_REAL_CONVERSATION:
    for (int i = 0; i < s->talk_count; i++)
      if (sim_talk_rating(s, i) >= 4 && s->talks[i].tier_end >= 2) return true;
    return false;
  case SIM_INTENT_MEET_THREE:
    for (int i = 0; i < s->sc->person_count; i++)
      newly_met += s->tier_start[i] == 0 && s->rel[i].tier >= 1;
    return newly_met >= 3;
  case SIM_INTENT_HELP_SOMEONE:
    for (int i = 0; i < s->log_count; i++)
      if (sim_fx_has(&s->log[i].effects, SIM_REASON_OFFERED_HELP) ||
          sim_fx_has(&s->log[i].effects, SIM_REASON_FOLLOW_UP_OFFERED_VALUE))
        return true;
    return false;
  case SIM_INTENT_RECONNECT:
    for (int i = 0; i < s->talk_count; i++)
      if (s->talks[i].tier_start >= 1) return true;
    return false;
  default: return false;
  }
}

void sim_scores(const SimSession *s, SimScores *out) {
  if (!out) return;
  memset(out, 0, sizeof *out);
  if (!s) return;
  out->network_strength = sim_network_strength(s);
  out->depth_gain = out->network_strength - s->baseline_strength;
  for (int i = 0; i < s->sc->person_count; i++) {
    const SimRelation *r = &s->rel[i];
    out->callable += r->tier >= 3;
    out->cards += r->card || r->contact;
    out->online_connections += r->online;
    out->people_met += r->tier >= 1;
  }
  out->energy_left = s->energy;
  out->conversations = s->talk_count;
  skills(s, out->skills, out->skill_evidence);
  out->intention_met = intention_met(s);
}
