/* test_sim_model_v2.c — the rules that keep the model from being gamed, one test each:
 * the engagement gate and patience, repetition, trust needing an offer, pacing across
 * encounters (and the two-event arc), recovery that is not free, venue norms for job
 * questions, and skills that need evidence. Scenarios are built in C (test_sim_fixture.h).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "test_sim_fixture.h"

static void set_rel(SimSession *s, int person, SimRelation r) { assert_int_equal(sim_session_set_relation(s, person, &r), SIM_OK); }

static SimEffects resolve(SimSession *s, int person, SimStyle st) {
  SimChoice ch = fx_loose_choice(st);
  return sim_resolve_choice(s, person, &ch);
}

static bool has(const SimEffects *fx, SimReason r) {
  for (int i = 0; i < fx->reason_count; i++)
    if (fx->reasons[i] == r) return true;
  return false;
}

static void choose(SimSession *s, SimStyle st, SimEffects *out) {
  int i = fx_find(s, st);
  if (i < 0) fail_msg("no offered choice of style %s", sim_style_name(st));
  assert_int_equal(sim_talk_choose(s, i, out), SIM_OK);
}

/* The genuine path through the fixture graph: why, question, remembered fact, share,
 * offer help (reaching common ground and the need on the way). */
static void genuine_talk(SimSession *s, int person) {
  assert_int_equal(sim_talk_begin(s, person, SIM_JOIN_POLITE, NULL), SIM_OK);
  static const SimStyle path[] = {SIM_STYLE_INTRODUCE_WHY, SIM_STYLE_ASK_OPEN, SIM_STYLE_FOLLOW_UP,
                                  SIM_STYLE_SHARE, SIM_STYLE_OFFER_HELP, SIM_STYLE_EXCHANGE_CONTACT};
  SimTalkView tv;
  /* Deep lines are not offered on an empty tank: the talk then ends politely. */
  for (size_t k = 0; k < sizeof path / sizeof path[0]; k++) {
    sim_talk_view(s, &tv);
    int i = tv.active ? fx_find(s, path[k]) : -1;
    if (i < 0) break;
    assert_int_equal(sim_talk_choose(s, i, NULL), SIM_OK);
  }
  sim_talk_view(s, &tv);
  if (tv.active) assert_int_equal(sim_talk_end(s, true, NULL), SIM_OK);
}

/* ---- engagement ---- */

static void test_engagement_gates_tiers(void **state) {
  (void)state;
  SimScenario *sc = fx_career_fair();
  SimSession *s = sim_session_create(sc, 1, NULL);
  /* Met, they told something and know why the player came: acquainted is one good
   * question away -- unless they are not interested. */
  SimRelation r = sim_relation_initial(1);
  r.facts_known = 1u << 0;
  r.why_stated = true;
  r.known_of_player |= SIM_KNOWS_WHY;
  r.progress = 0.55f;
  r.interest = 0.10f;
  set_rel(s, 1, r);
  SimEffects cold = resolve(s, 1, SIM_STYLE_ASK_OPEN);
  assert_int_equal(cold.tier_after, 1);
  r.interest = 0.55f;
  set_rel(s, 1, r);
  SimEffects warm = resolve(s, 1, SIM_STYLE_ASK_OPEN);
  assert_int_equal(warm.tier_after, 2);
  sim_session_destroy(s);
  sim_scenario_destroy(sc);
}

/* A busy person does not stay in a conversation that goes round in circles: they close it. */
static void test_patience_runs_out(void **state) {
  (void)state;
  SimScenario *sc = fx_career_fair();
  SimSession *s = sim_session_create(sc, 1, NULL);
  int busy = 3; /* busyness 0.8 */
  assert_true(sc->people[busy].busyness >= 0.6f);
  assert_int_equal(sim_talk_begin(s, busy, SIM_JOIN_POLITE, NULL), SIM_OK);
  SimEffects fx = {0};
  SimTalkView tv;
  int made = 0;
  for (sim_talk_view(s, &tv); tv.active && made < 40; sim_talk_view(s, &tv), made++) {
    /* Never an exit: the first offered line that keeps talking. */
    const SimNode *n = sim_talk_node(s);
    int pick = -1;
    for (int i = 0; i < n->choice_count && pick < 0; i++)
      if (sim_talk_choice_offered(s, i) && n->choices[i].next >= 0 &&
          n->choices[i].style != SIM_STYLE_EXCHANGE_CONTACT)
        pick = i;
    if (pick < 0) break;
    assert_int_equal(sim_talk_choose(s, pick, &fx), SIM_OK);
  }
  sim_talk_view(s, &tv);
  assert_false(tv.active);
  assert_true(fx.they_closed);
  assert_true(has(&fx, SIM_REASON_THEY_CLOSED));
  assert_true(made < 20);
  sim_session_destroy(s);
  sim_scenario_destroy(sc);
}

/* ---- repetition ---- */

static void test_repeats_add_nothing(void **state) {
  (void)state;
  SimScenario *sc = fx_career_fair();
  SimSession *s = sim_session_create(sc, 1, NULL);
  int p = 1;
  assert_int_equal(sim_talk_begin(s, p, SIM_JOIN_POLITE, NULL), SIM_OK);
  choose(s, SIM_STYLE_INTRODUCE_WHY, NULL);
  choose(s, SIM_STYLE_ASK_OPEN, NULL);       /* -> open: work, hobby, need */
  choose(s, SIM_STYLE_OFFER_HELP, NULL);     /* -> help */
  SimEffects first, again;
  choose(s, SIM_STYLE_COMMON_GROUND, &first); /* help -> shared */
  assert_true(first.progress > 0.0f);
  choose(s, SIM_STYLE_OFFER_HELP, NULL);     /* shared -> help */
  choose(s, SIM_STYLE_COMMON_GROUND, &again); /* the same line, the same topic */
  assert_true(has(&again, SIM_REASON_REPEATED));
  assert_true(again.progress <= 0.0f);
  assert_true(again.trust <= 0.0f);
  assert_true(again.interest < 0.0f);
  assert_int_equal(sim_talk_end(s, true, NULL), SIM_OK);
  /* A second visit: "What are you working on now?" was answered in the first talk. */
  assert_int_equal(sim_talk_begin(s, p, SIM_JOIN_POLITE, NULL), SIM_OK);
  SimEffects answered;
  choose(s, SIM_STYLE_ASK_OPEN, &answered);
  assert_true(has(&answered, SIM_REASON_REPEATED));
  assert_true(answered.progress <= 0.0f);
  sim_session_destroy(s);
  sim_scenario_destroy(sc);
}

/* ---- trust needs an offer ---- */

static void test_trust_needs_an_offer(void **state) {
  (void)state;
  SimScenario *sc = fx_career_fair();
  SimSession *s = sim_session_create(sc, 1, NULL);
  SimRelation r = sim_relation_initial(3); /* met before: pacing is not the question here */
  r.facts_known = 0x7;
  r.need_understood = true;
  r.trust = 0.6f;
  r.progress = 0.85f;
  r.interest = 0.6f;
  set_rel(s, 1, r);
  /* They told you what they need, you understood -- and offered nothing. */
  SimEffects q = resolve(s, 1, SIM_STYLE_ASK_OPEN);
  assert_int_equal(q.tier_after, 3);
  SimEffects help = resolve(s, 1, SIM_STYLE_OFFER_HELP);
  assert_int_equal(help.tier_after, 4);
  /* Asking for their advice is welcome once rapport is there, but it is not an offer. */
  SimEffects advice = resolve(s, 1, SIM_STYLE_ASK_ADVICE);
  assert_true(advice.progress > 0.0f);
  assert_int_equal(advice.tier_after, 3);
  sim_session_destroy(s);
  sim_scenario_destroy(sc);
}

/* ---- pacing across encounters ---- */

static void test_trust_waits_for_a_later_contact(void **state) {
  (void)state;
  SimScenario *sc = fx_career_fair();
  SimSession *s = sim_session_create(sc, 1, NULL);
  int p = 4;
  genuine_talk(s, p);
  const SimRelation *r = sim_session_relation(s, p);
  assert_true(r->help_offered && r->need_understood);
  /* One good conversation earns rapport, not trust. */
  assert_int_equal(r->tier, 3);
  sim_end_event(s);
  SimMessage m = {SIM_PART_PERSONAL | SIM_PART_OFFER, SIM_TIMING_WITHIN_3_DAYS};
  assert_int_equal(sim_follow_up(s, p, &m, NULL), SIM_OK);
  /* The follow-up is the later contact that lets it grow. */
  assert_int_equal(sim_session_relation(s, p)->tier, 4);
  sim_session_destroy(s);
  sim_scenario_destroy(sc);
}

/* Depth at the moment the event ended (the log replayed up to EVENT_END). */
static float depth_at_event_end(const SimScenario *sc, const SimSession *s, uint64_t seed) {
  int n = sim_log_count(s), end = n;
  for (int i = 0; i < n; i++)
    if (sim_log_entry(s, i)->kind == SIM_LOG_EVENT_END) {
      end = i + 1;
      break;
    }
  SimLogEntry *log = test_malloc(sizeof(SimLogEntry) * (size_t)n);
  for (int i = 0; i < n; i++) log[i] = *sim_log_entry(s, i);
  SimSession *t = sim_session_create(sc, seed, NULL);
  for (int p = 0; p < sc->person_count; p++) {
    /* the same starting relations */
    SimRelation r = sim_relation_initial(sc->people[p].prior_tier);
    sim_session_set_relation(t, p, &r);
  }
  assert_int_equal(sim_session_replay(t, log, end), SIM_OK);
  SimScores out;
  sim_scores(t, &out);
  sim_session_destroy(t);
  test_free(log);
  return out.network_strength;
}

/* Two events with the weeks between: the follow-up and the weeks carry >= 40% of the
 * connector's depth. */
static void test_two_event_arc(void **state) {
  (void)state;
  SimScenario *sc = fx_career_fair();
  float event_part = 0, after_part = 0, total = 0;
  for (uint64_t seed = 1; seed <= 20; seed++) {
    SimSession *a = sim_session_create(sc, seed, NULL);
    float base = sim_network_strength(a);
    sim_bot_play_session(a, SIM_BOT_CONNECTOR, seed, NULL);
    float e1 = depth_at_event_end(sc, a, seed);
    /* Three weeks of keeping in touch with the two closest people. */
    for (int w = 0; w < 3; w++) {
      int best[2] = {-1, -1};
      for (int p = 0; p < sc->person_count; p++) {
        int t = sim_session_relation(a, p)->tier;
        if (best[0] < 0 || t > sim_session_relation(a, best[0])->tier) best[1] = best[0], best[0] = p;
        else if (best[1] < 0 || t > sim_session_relation(a, best[1])->tier) best[1] = p;
      }
      SimWeekPlan plan = {0};
      for (int k = 0; k < 2; k++)
        if (best[k] >= 0 && sim_session_relation(a, best[k])->tier >= 1)
          plan.items[plan.count].person = best[k], plan.items[plan.count++].action = w == 0 ? 0 : 1;
      sim_week_pass(a, &plan);
    }
    float after1 = sim_network_strength(a);
    /* The second event: the same people, the relations as they are now. */
    SimSession *b = sim_session_create(sc, seed + 1000, NULL);
    for (int p = 0; p < sc->person_count; p++) sim_session_set_relation(b, p, sim_session_relation(a, p));
    sim_bot_play_session(b, SIM_BOT_CONNECTOR, seed + 1000, NULL);
    float end = sim_network_strength(b);
    SimScores sb;
    sim_scores(b, &sb);
    float in_event2 = sb.depth_gain; /* b's own follow-ups count as "event" here: conservative */
    event_part += (e1 - base) + in_event2;
    after_part += after1 - e1;
    total += end - base;
    sim_session_destroy(a);
    sim_session_destroy(b);
  }
  print_message("two-event arc: in events %.1f, follow-up and weeks %.1f, total %.1f\n", event_part, after_part,
                total);
  assert_true(total > 0.0f);
  assert_true(after_part >= 0.4f * total);
  sim_scenario_destroy(sc);
}

/* ---- recovery is not free ---- */

static void test_apology_restores_politeness_not_trust(void **state) {
  (void)state;
  SimScenario *sc = fx_career_fair();
  SimSession *good = sim_session_create(sc, 1, NULL);
  SimSession *pounce = sim_session_create(sc, 1, NULL);
  int p = 4, witness = 5; /* both at the booths */
  sc->people[p].openness = 1.0f; /* the most forgiving person there is */
  sim_session_scenario_changed(good);
  sim_session_scenario_changed(pounce);
  genuine_talk(good, p);
  /* Grab the card first, then "sorry, I'm ..." and the genuine path. */
  assert_int_equal(sim_talk_begin(pounce, p, SIM_JOIN_POLITE, NULL), SIM_OK);
  choose(pounce, SIM_STYLE_CARD_GRAB, NULL);
  choose(pounce, SIM_STYLE_INTRODUCE, NULL);
  choose(pounce, SIM_STYLE_ASK_OPEN, NULL);
  choose(pounce, SIM_STYLE_FOLLOW_UP, NULL);
  choose(pounce, SIM_STYLE_SHARE, NULL);
  choose(pounce, SIM_STYLE_OFFER_HELP, NULL);
  choose(pounce, SIM_STYLE_COMMON_GROUND, NULL);
  choose(pounce, SIM_STYLE_EXCHANGE_CONTACT, NULL);
  SimTalkView tv;
  sim_talk_view(pounce, &tv);
  if (tv.active) sim_talk_end(pounce, true, NULL);
  const SimRelation *g = sim_session_relation(good, p), *q = sim_session_relation(pounce, p);
  print_message("pounce: tier %d trust %.2f interest %.2f; genuine: tier %d trust %.2f\n", q->tier, q->trust, q->interest, g->tier, g->trust);
  /* Politeness came back (they are not uncomfortable), the lost ground did not. */
  assert_true(q->interest >= 0.35f);
  assert_true(q->trust < g->trust);
  assert_int_equal(g->tier, 3);
  assert_true(q->tier < 3);
  /* However well it goes on from here, rapport waits for another day. */
  SimRelation more = *q;
  more.progress = 0.79f;
  assert_true(more.common_ground && more.mutual_disclosure);
  set_rel(pounce, p, more);
  SimEffects later = resolve(pounce, p, SIM_STYLE_ASK_OPEN);
  assert_true(later.progress > 0.0f);
  assert_int_equal(later.tier_after, 2);
  /* The people who saw it still remember. */
  assert_true(sim_session_relation(pounce, witness)->guarded);
  sim_session_destroy(good);
  sim_session_destroy(pounce);
  sim_scenario_destroy(sc);
}

/* ---- venue norms ---- */

static void test_job_questions_follow_the_venue(void **state) {
  (void)state;
  SimScenario *sc = fx_career_fair();
  SimSession *s = sim_session_create(sc, 1, NULL);
  SimRelation r = sim_relation_initial(1);
  r.why_stated = true;
  r.known_of_player |= SIM_KNOWS_WHY;
  set_rel(s, 1, r);
  /* Default norm: after rapport. Asking about vacancies after an introduction is early. */
  assert_int_equal(sc->norms.job_questions, SIM_JOBQ_AFTER_RAPPORT);
  SimEffects dinner = resolve(s, 1, SIM_STYLE_ASK_JOB);
  assert_true(has(&dinner, SIM_REASON_ASKED_JOB_BEFORE_RAPPORT));
  assert_true(dinner.reputation < 0.0f);
  /* A careers fair: normal once you said who you are and why. */
  sc->norms.job_questions = SIM_JOBQ_AFTER_INTRODUCTION;
  sim_session_scenario_changed(s);
  SimEffects fair = resolve(s, 1, SIM_STYLE_ASK_JOB);
  assert_true(has(&fair, SIM_REASON_ASKED_ABOUT_VACANCIES));
  assert_false(has(&fair, SIM_REASON_ASKED_JOB_BEFORE_RAPPORT));
  assert_false(fair.witnessed);
  assert_true(fair.reputation == 0.0f);
  assert_true(fair.interest >= 0.0f);
  /* Still premature before saying who you are. */
  SimEffects stranger = resolve(s, 2, SIM_STYLE_ASK_JOB);
  assert_true(has(&stranger, SIM_REASON_ASKED_JOB_BEFORE_RAPPORT));
  sim_session_destroy(s);
  sim_scenario_destroy(sc);
}

/* ---- skills need evidence ---- */

static void test_skills_need_evidence(void **state) {
  (void)state;
  SimScenario *sc = fx_career_fair();
  SimSession *s = sim_session_create(sc, 1, NULL);
  genuine_talk(s, 4);
  sim_end_event(s);
  SimMessage m = {SIM_PART_PERSONAL | SIM_PART_OFFER, SIM_TIMING_WITHIN_3_DAYS};
  assert_int_equal(sim_follow_up(s, 4, &m, NULL), SIM_OK);
  SimScores one;
  sim_scores(s, &one);
  for (int k = 0; k < SIM_SKILL_COUNT; k++)
    if (one.skills[k] >= 100) fail_msg("one conversation gave %s %d", sim_skill_name((SimSkill)k), one.skills[k]);
  assert_true(one.skills[SIM_SKILL_INTRODUCTIONS] > 0);
  /* More of the same evidence, higher estimates. */
  sim_session_reset(s, 1, NULL);
  for (int p = 1; p <= 5; p++) genuine_talk(s, p);
  sim_end_event(s);
  for (int p = 1; p <= 5; p++) sim_follow_up(s, p, &m, NULL);
  SimScores five;
  sim_scores(s, &five);
  assert_true(five.skills[SIM_SKILL_INTRODUCTIONS] > one.skills[SIM_SKILL_INTRODUCTIONS]);
  assert_true(five.skills[SIM_SKILL_FOLLOW_THROUGH] > one.skills[SIM_SKILL_FOLLOW_THROUGH]);
  /* Saying each person's exit line shows no timing and no energy management. */
  sim_session_reset(s, 1, NULL);
  for (int p = 0; p < sc->person_count; p++) {
    assert_int_equal(sim_talk_begin(s, p, SIM_JOIN_POLITE, NULL), SIM_OK);
    choose(s, SIM_STYLE_EXIT_GRACEFUL, NULL);
  }
  sim_end_event(s);
  SimScores ghost;
  sim_scores(s, &ghost);
  assert_true(ghost.skills[SIM_SKILL_TIMING] <= 50); /* one polite join is all it showed */
  assert_true(ghost.skills[SIM_SKILL_ENERGY] < 50);
  /* The evidence behind each score is counted, so a screen can say "not shown yet" for a
   * skill with nothing to judge instead of a zero that reads as a failure. */
  assert_int_equal(one.skill_evidence[SIM_SKILL_INTRODUCTIONS], 1);
  assert_int_equal(five.skill_evidence[SIM_SKILL_INTRODUCTIONS], 5);
  assert_int_equal(five.skill_evidence[SIM_SKILL_CURIOSITY], 5);
  assert_true(five.skill_evidence[SIM_SKILL_FOLLOW_THROUGH] >= 1);
  assert_int_equal(ghost.skill_evidence[SIM_SKILL_ENERGY], 0);
  assert_int_equal(ghost.skills[SIM_SKILL_ENERGY], 0);
  sim_session_destroy(s);
  sim_scenario_destroy(sc);
}

/* Energy management rewards resting before the tank is empty over burning out. */
static void test_energy_skill_measures_choices(void **state) {
  (void)state;
  SimScenario *sc = fx_career_fair();
  sc->tuning.energy_cost = 4.0f; /* a draining room */
  SimPlayerSettings off = sim_player_settings_default();
  off.clock_on = false;
  SimSession *burn = sim_session_create(sc, 1, &off);
  SimSession *pace = sim_session_create(sc, 1, &off);
  for (int p = 0; p < 8; p++) {
    genuine_talk(burn, p);
    SimPlayerView pv;
    sim_session_player(pace, &pv);
    if (pv.energy < 45.0f) {
      assert_int_equal(sim_move_to_zone(pace, FX_QUIET), SIM_OK);
      assert_int_equal(sim_rest(pace, 10.0f, NULL), SIM_OK);
    }
    genuine_talk(pace, p);
  }
  sim_end_event(burn);
  sim_end_event(pace);
  SimScores b, q;
  sim_scores(burn, &b);
  sim_scores(pace, &q);
  assert_true(q.skills[SIM_SKILL_ENERGY] > b.skills[SIM_SKILL_ENERGY] + 20);
  sim_session_destroy(burn);
  sim_session_destroy(pace);
  sim_scenario_destroy(sc);
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_engagement_gates_tiers),
    cmocka_unit_test(test_patience_runs_out),
    cmocka_unit_test(test_repeats_add_nothing),
    cmocka_unit_test(test_trust_needs_an_offer),
    cmocka_unit_test(test_trust_waits_for_a_later_contact),
    cmocka_unit_test(test_two_event_arc),
    cmocka_unit_test(test_apology_restores_politeness_not_trust),
    cmocka_unit_test(test_job_questions_follow_the_venue),
    cmocka_unit_test(test_skills_need_evidence),
    cmocka_unit_test(test_energy_skill_measures_choices),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
