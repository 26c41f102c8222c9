/* names.c — the session's random generator and the names of the sim's closed
 * vocabularies (statuses, intentions, tiers, reasons, moods, timings, skills, log kinds,
 * strategies). Owns nothing. C library only.
 */
#include "sim/sim_internal.h"
#include "sim/text.h"

#include <string.h>

/* ---- xoshiro256** seeded by splitmix64 ---- */

static uint64_t splitmix64(uint64_t *x) {
  uint64_t z = (*x += 0x9E3779B97F4A7C15ull);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
  return z ^ (z >> 31);
}

void sim_rng_seed(SimRng *rng, uint64_t seed) {
  if (!rng) return;
  uint64_t x = seed;
  for (int i = 0; i < 4; i++) rng->s[i] = splitmix64(&x);
}

static uint64_t rotl(uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }

uint64_t sim_rng_next(SimRng *rng) {
  uint64_t *s = rng->s;
  const uint64_t result = rotl(s[1] * 5, 7) * 9;
  const uint64_t t = s[1] << 17;
  s[2] ^= s[0];
  s[3] ^= s[1];
  s[1] ^= s[2];
  s[0] ^= s[3];
  s[2] ^= t;
  s[3] = rotl(s[3], 45);
  return result;
}

double sim_rng_unit(SimRng *rng) { return (double)(sim_rng_next(rng) >> 11) * 0x1.0p-53; }

uint32_t sim_rng_below(SimRng *rng, uint32_t n) {
  if (n == 0) return 0;
  return (uint32_t)(((sim_rng_next(rng) >> 32) * (uint64_t)n) >> 32);
}

/* ---- names ---- */

static int find(const char *const *names, int count, const char *name) {
  if (!name) return -1;
  for (int i = 0; i < count; i++)
    if (names[i] && strcmp(names[i], name) == 0) return i;
  return -1;
}

const char *sim_status_text(int status) {
  switch (status) {
  case SIM_OK: return SIM_TR("sim.status.ok", "ok");
  case SIM_ERR_ARG: return SIM_TR("sim.status.invalid_argument", "invalid argument");
  case SIM_ERR_STATE: return SIM_TR("sim.status.not_now", "not possible right now");
  case SIM_ERR_UNAVAILABLE: return SIM_TR("sim.status.not_offered", "not offered right now");
  case SIM_ERR_OVER: return SIM_TR("sim.status.event_over", "the event is over");
  case SIM_ERR_BUDGET: return SIM_TR("sim.status.budget", "this week's time is used up");
  case SIM_ERR_FULL: return SIM_TR("sim.status.log_full", "the session log is full");
  default: return SIM_TR("sim.status.unknown", "unknown status");
  }
}

static const char *const INTENT_NAMES[SIM_INTENT_COUNT] = {
  "none", "one_real_conversation", "meet_three", "help_someone", "reconnect",
};
const char *sim_intention_name(SimIntention i) {
  return (i >= 0 && i < SIM_INTENT_COUNT) ? INTENT_NAMES[i] : NULL;
}
int sim_intention_from_name(const char *name) { return find(INTENT_NAMES, SIM_INTENT_COUNT, name); }

static const char *const TIER_NAMES[SIM_MAX_TIER + 1] = {
  "stranger", "met", "acquainted", "rapport", "trust", "ally",
};
const char *sim_tier_name(int tier) {
  return (tier >= 0 && tier <= SIM_MAX_TIER) ? TIER_NAMES[tier] : NULL;
}

static const char *const REASON_NAMES[SIM_REASON_COUNT] = {
  "none", "stated_why", "introduced_self", "greeted_anonymously", "small_talk_warmup",
  "small_talk_stalled", "asked_open_question", "asked_follow_up", "used_remembered_fact",
  "interrogated", "shared_in_turn", "overshared", "found_common_ground", "understood_need",
  "offered_help", "offered_help_blind", "asked_advice_after_rapport",
  "asked_advice_too_early", "pitched_before_rapport", "pitched_after_rapport",
  "asked_job_before_rapport", "asked_job_after_rapport", "grabbed_card_before_name",
  "grabbed_card_early", "exchanged_contact_naturally", "exchanged_contact_too_early",
  "left_gracefully", "left_abruptly", "overstayed", "drained_energy", "recharged_in_quiet",
  "took_break", "joined_group_politely", "barged_into_group", "met_guarded", "witnessed",
  "introduced_two_people", "left_early", "followed_up_personal", "followed_up_generic",
  "followed_up_late", "follow_up_offered_value", "follow_up_asked_too_soon", "reconnected",
  "connected_online_only", "maintained", "drifted", "liked_more_than_guessed",
  "they_closed", "repeated", "asked_about_vacancies", "left_after_one_line", "no_follow_up",
  "shared_nothing",
};
const char *sim_reason_name(SimReason r) {
  return (r >= 0 && r < SIM_REASON_COUNT) ? REASON_NAMES[r] : NULL;
}
int sim_reason_from_name(const char *name) { return find(REASON_NAMES, SIM_REASON_COUNT, name); }

bool sim_reason_is_misstep(SimReason r) {
  switch (r) {
  case SIM_REASON_GREETED_ANONYMOUSLY:
  case SIM_REASON_SMALL_TALK_STALLED:
  case SIM_REASON_INTERROGATED:
  case SIM_REASON_OVERSHARED:
  case SIM_REASON_OFFERED_HELP_BLIND:
  case SIM_REASON_ASKED_ADVICE_TOO_EARLY:
  case SIM_REASON_PITCHED_BEFORE_RAPPORT:
  case SIM_REASON_ASKED_JOB_BEFORE_RAPPORT:
  case SIM_REASON_GRABBED_CARD_BEFORE_NAME:
  case SIM_REASON_GRABBED_CARD_EARLY:
  case SIM_REASON_EXCHANGED_CONTACT_TOO_EARLY:
  case SIM_REASON_LEFT_ABRUPTLY:
  case SIM_REASON_OVERSTAYED:
  case SIM_REASON_DRAINED_ENERGY:
  case SIM_REASON_BARGED_INTO_GROUP:
  case SIM_REASON_MET_GUARDED:
  case SIM_REASON_WITNESSED:
  case SIM_REASON_FOLLOWED_UP_GENERIC:
  case SIM_REASON_FOLLOWED_UP_LATE:
  case SIM_REASON_FOLLOW_UP_ASKED_TOO_SOON:
  case SIM_REASON_CONNECTED_ONLINE_ONLY:
  case SIM_REASON_DRIFTED:
  case SIM_REASON_THEY_CLOSED:
  case SIM_REASON_REPEATED:
  case SIM_REASON_NO_FOLLOW_UP:
  case SIM_REASON_SHARED_NOTHING: return true;
  default: return false;
  }
}

static const char *const MOOD_NAMES[] = {"uncomfortable", "neutral", "interested"};
SimMood sim_mood_from_interest(float interest) {
  if (interest < 0.35f) return SIM_MOOD_UNCOMFORTABLE;
  if (interest >= 0.6f) return SIM_MOOD_INTERESTED;
  return SIM_MOOD_NEUTRAL;
}
const char *sim_mood_name(SimMood m) {
  return (m >= SIM_MOOD_UNCOMFORTABLE && m <= SIM_MOOD_INTERESTED) ? MOOD_NAMES[m] : NULL;
}

static const char *const TIMING_NAMES[SIM_TIMING_COUNT] = {
  "same_day", "within_3_days", "week", "month",
};
static const int TIMING_DAYS[SIM_TIMING_COUNT] = {0, 2, 7, 30};
const char *sim_timing_name(SimTiming t) {
  return (t >= 0 && t < SIM_TIMING_COUNT) ? TIMING_NAMES[t] : NULL;
}
int sim_timing_from_name(const char *name) { return find(TIMING_NAMES, SIM_TIMING_COUNT, name); }
int sim_timing_days(SimTiming t) { return (t >= 0 && t < SIM_TIMING_COUNT) ? TIMING_DAYS[t] : 0; }

static const char *const SKILL_NAMES[SIM_SKILL_COUNT] = {
  "introductions", "curiosity", "generosity", "timing", "follow_through", "energy",
};
static const SimText SKILL_LABELS[SIM_SKILL_COUNT] = {
  SIM_TR_ENTRY("sim.skill.introductions", "Introductions"),
  SIM_TR_ENTRY("sim.skill.curiosity", "Curiosity & listening"),
  SIM_TR_ENTRY("sim.skill.generosity", "Generosity"),
  SIM_TR_ENTRY("sim.skill.timing", "Timing"),
  SIM_TR_ENTRY("sim.skill.follow_through", "Follow-through"),
  SIM_TR_ENTRY("sim.skill.energy", "Energy management"),
};
const char *sim_skill_name(SimSkill k) { return (k >= 0 && k < SIM_SKILL_COUNT) ? SKILL_NAMES[k] : NULL; }
const char *sim_skill_label(SimSkill k) {
  return (k >= 0 && k < SIM_SKILL_COUNT) ? sim_text_entry(&SKILL_LABELS[k]) : NULL;
}

static const char *const LOG_NAMES[SIM_LOG_KIND_COUNT] = {
  "talk_begin", "choice", "talk_end", "move", "rest", "wait", "event_end",
  "introduce", "follow_up", "connect_all", "maintain", "week_end", "difficulty",
};
const char *sim_log_kind_name(SimLogKind k) {
  return (k >= 0 && k < SIM_LOG_KIND_COUNT) ? LOG_NAMES[k] : NULL;
}

static const char *const JOB_NORM_NAMES[SIM_JOBQ_COUNT] = {"after_rapport", "after_introduction"};
const char *sim_job_norm_name(SimJobNorm n) { return (n >= 0 && n < SIM_JOBQ_COUNT) ? JOB_NORM_NAMES[n] : NULL; }
int sim_job_norm_from_name(const char *name) { return find(JOB_NORM_NAMES, SIM_JOBQ_COUNT, name); }

static const char *const STRATEGY_NAMES[SIM_STRATEGY_COUNT] = {
  "collector", "connector", "random",   "explorer",   "longest",
  "repeat",    "ghost",     "listener", "apologiser", "nohelp",  "nofollowup",
};
const char *sim_strategy_name(SimStrategy st) {
  return (st >= 0 && st < SIM_STRATEGY_COUNT) ? STRATEGY_NAMES[st] : NULL;
}
int sim_strategy_from_name(const char *name) { return find(STRATEGY_NAMES, SIM_STRATEGY_COUNT, name); }

/* One line per bot for every command's --help (simulate, workshop play), so the lists
 * cannot drift apart. Printed in this order: the connector first, as the yardstick.
 * Command-line help is English like the rest of engine/cli: not for translation. */
static const char *const STRATEGY_SUMMARIES[SIM_STRATEGY_COUNT] = {
  [SIM_BOT_COLLECTOR] = "grabs cards, pitches, moves on fast", /* i18n-exempt */
  [SIM_BOT_CONNECTOR] = "introduces with why, asks, shares in turn, helps, follows up", /* i18n-exempt */
  [SIM_BOT_RANDOM] = "any line offered", /* i18n-exempt */
  [SIM_BOT_EXPLORER] = "tries untried branches first (coverage)", /* i18n-exempt */
  [SIM_BOT_LONGEST] = "always the longest line (and the longest message)", /* i18n-exempt */
  [SIM_BOT_REPEAT] = "loops the same lines with the same two people", /* i18n-exempt */
  [SIM_BOT_GHOST] = "greets everyone and leaves after one line", /* i18n-exempt */
  [SIM_BOT_LISTENER] = "questions only; never shares or helps", /* i18n-exempt */
  [SIM_BOT_APOLOGISER] = "pounces first, then plays like the connector", /* i18n-exempt */
  [SIM_BOT_NOHELP] = "the connector, never offering help", /* i18n-exempt */
  [SIM_BOT_NOFOLLOWUP] = "the connector, without a follow-up", /* i18n-exempt */
};
const char *sim_strategy_summary(SimStrategy st) {
  return (st >= 0 && st < SIM_STRATEGY_COUNT) ? STRATEGY_SUMMARIES[st] : NULL;
}

static const float TIER_WEIGHTS[SIM_MAX_TIER + 1] = {0.0f, 1.0f, 3.0f, 8.0f, 18.0f, 35.0f};
float sim_tier_weight(int tier) { return (tier >= 0 && tier <= SIM_MAX_TIER) ? TIER_WEIGHTS[tier] : 0.0f; }
