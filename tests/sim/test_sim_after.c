/* test_sim_after.c — after the event and across weeks: follow-ups by parts and timing,
 * "connect with everyone online", maintenance within the weekly budget, drift, the ally
 * tier; then scores, the six skills derived from the log, and the debrief's words.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "test_sim_fixture.h"

typedef struct Ctx {
  SimScenario *sc;
  SimSession *s;
} Ctx;

static int setup(void **state) {
  Ctx *c = test_calloc(1, sizeof *c);
  c->sc = fx_career_fair();
  c->s = sim_session_create(c->sc, 7, NULL);
  *state = c;
  return 0;
}

static int teardown(void **state) {
  Ctx *c = *state;
  sim_session_destroy(c->s);
  sim_scenario_destroy(c->sc);
  test_free(c);
  return 0;
}

static void choose(SimSession *s, SimStyle st) {
  int i = fx_find(s, st);
  if (i < 0) fail_msg("no offered %s", sim_style_name(st));
  assert_int_equal(sim_talk_choose(s, i, NULL), SIM_OK);
}

/* The genuine path of the fixture graph. */
static void genuine_talk(SimSession *s, int person) {
  assert_int_equal(sim_talk_begin(s, person, SIM_JOIN_POLITE, NULL), SIM_OK);
  choose(s, SIM_STYLE_INTRODUCE_WHY);
  choose(s, SIM_STYLE_ASK_OPEN);
  choose(s, SIM_STYLE_FOLLOW_UP);
  choose(s, SIM_STYLE_SHARE);
  choose(s, SIM_STYLE_OFFER_HELP);
  choose(s, SIM_STYLE_EXCHANGE_CONTACT);
  choose(s, SIM_STYLE_EXIT_GRACEFUL);
  SimTalkView tv;
  sim_talk_view(s, &tv);
  assert_false(tv.active);
}

static void collector_talk(SimSession *s, int person) {
  assert_int_equal(sim_talk_begin(s, person, SIM_JOIN_BARGE, NULL), SIM_OK);
  choose(s, SIM_STYLE_CARD_GRAB);
  /* Model v2: a bored person may close the conversation themselves at any point. */
  SimTalkView tv;
  sim_talk_view(s, &tv);
  if (tv.active) choose(s, SIM_STYLE_ASK_JOB);
  sim_talk_view(s, &tv);
  if (tv.active) choose(s, SIM_STYLE_EXIT_ABRUPT);
}

static bool has_reason(const SimEffects *fx, SimReason r) {
  for (int i = 0; i < fx->reason_count; i++)
    if (fx->reasons[i] == r) return true;
  return false;
}

/* ---- follow-ups ---- */

static void test_follow_up_rules(void **state) {
  Ctx *c = *state;
  genuine_talk(c->s, 1);
  collector_talk(c->s, 2);
  SimMessage personal = {SIM_PART_PERSONAL | SIM_PART_OFFER, SIM_TIMING_WITHIN_3_DAYS};
  SimFollowUpResult res;
  assert_int_equal(sim_follow_up(c->s, 1, &personal, &res), SIM_ERR_STATE); /* event not over */
  sim_end_event(c->s);
  SimFollowUpOptions o;
  sim_follow_up_options(c->s, 3, &o);
  assert_false(o.can_message); /* never met */
  assert_int_equal(sim_follow_up(c->s, 3, &personal, &res), SIM_ERR_UNAVAILABLE);
  sim_follow_up_options(c->s, 2, &o);
  assert_true(o.can_message && !o.can_reference); /* a card, but nothing learned */
  assert_int_equal(sim_follow_up(c->s, 2, &personal, &res), SIM_ERR_UNAVAILABLE);
  SimMessage empty = {0, SIM_TIMING_SAME_DAY};
  assert_int_equal(sim_follow_up(c->s, 1, &empty, &res), SIM_ERR_UNAVAILABLE);

  int tier_before = sim_session_relation(c->s, 1)->tier;
  float progress_before = sim_session_relation(c->s, 1)->progress;
  assert_int_equal(tier_before, 3);
  assert_int_equal(sim_follow_up(c->s, 1, &personal, &res), SIM_OK);
  assert_int_equal(res.reply, SIM_REPLY_PERSONAL);
  assert_string_equal(res.reply_text, c->sc->people[1].followup.reply_personal);
  assert_true(has_reason(&res.effects, SIM_REASON_FOLLOWED_UP_PERSONAL));
  assert_true(has_reason(&res.effects, SIM_REASON_FOLLOW_UP_OFFERED_VALUE));
  const SimRelation *r = sim_session_relation(c->s, 1);
  assert_true(r->followed_up);
  /* A personal, timely follow-up with an offer moves a rapport well on towards trust
   * (Sam is reserved; the open Fatima reaches tier 4 in the ally test). */
  assert_true(r->progress > progress_before + 0.5f);
  assert_true(res.effects.trust > 0.2f);
  assert_int_equal(r->last_contact_day, sim_session_day(c->s) + 2);
  assert_int_equal(sim_follow_up(c->s, 1, &personal, &res), SIM_ERR_UNAVAILABLE); /* once */

  SimMessage generic = {SIM_PART_GENERIC | SIM_PART_REQUEST, SIM_TIMING_WEEK};
  assert_int_equal(sim_follow_up(c->s, 2, &generic, &res), SIM_OK);
  assert_int_equal(res.reply, SIM_REPLY_GENERIC);
  assert_true(has_reason(&res.effects, SIM_REASON_FOLLOWED_UP_GENERIC));
  assert_true(has_reason(&res.effects, SIM_REASON_FOLLOW_UP_ASKED_TOO_SOON));
  assert_true(res.effects.trust < 0.0f);
}

static void test_follow_up_timing(void **state) {
  Ctx *c = *state;
  genuine_talk(c->s, 1);
  genuine_talk(c->s, 4);
  collector_talk(c->s, 5);
  sim_end_event(c->s);
  SimFollowUpResult late_stranger, late_friend, soon;
  SimMessage month = {SIM_PART_GENERIC, SIM_TIMING_MONTH};
  assert_int_equal(sim_follow_up(c->s, 5, &month, &late_stranger), SIM_OK);
  assert_int_equal(late_stranger.reply, SIM_REPLY_LATE);
  assert_string_equal(late_stranger.reply_text, "Sorry, who is this again?");
  SimMessage month_personal = {SIM_PART_PERSONAL, SIM_TIMING_MONTH};
  assert_int_equal(sim_follow_up(c->s, 4, &month_personal, &late_friend), SIM_OK);
  assert_int_equal(late_friend.reply, SIM_REPLY_PERSONAL); /* rapport survives a month */
  assert_true(has_reason(&late_friend.effects, SIM_REASON_RECONNECTED));
  SimMessage same_day = {SIM_PART_PERSONAL, SIM_TIMING_SAME_DAY};
  assert_int_equal(sim_follow_up(c->s, 1, &same_day, &soon), SIM_OK);
  assert_true(soon.effects.progress > late_friend.effects.progress);
}

static void test_connect_everyone_online(void **state) {
  Ctx *c = *state;
  genuine_talk(c->s, 1);
  sim_end_event(c->s);
  SimScores before, after;
  sim_scores(c->s, &before);
  assert_int_equal(sim_connect_everyone_online(c->s), 10);
  sim_scores(c->s, &after);
  assert_int_equal(after.online_connections, 10);
  assert_float_equal(after.depth_gain, before.depth_gain, 0);
  assert_int_equal(after.callable, before.callable);
  assert_int_equal(sim_connect_everyone_online(c->s), 0);
}

/* ---- between events ---- */

static void test_maintenance_budget(void **state) {
  Ctx *c = *state;
  genuine_talk(c->s, 1);
  genuine_talk(c->s, 4);
  assert_int_equal(sim_maintain(c->s, 1, 0, NULL), SIM_ERR_STATE); /* event still on */
  sim_end_event(c->s);
  assert_int_equal(sim_maintain(c->s, 3, 0, NULL), SIM_ERR_UNAVAILABLE); /* a stranger */
  assert_int_equal(sim_maintain(c->s, 1, 9, NULL), SIM_ERR_ARG);
  SimEffects fx;
  assert_int_equal(sim_maintain(c->s, 1, 0, &fx), SIM_OK); /* coffee: 2 units */
  assert_true(has_reason(&fx, SIM_REASON_MAINTAINED));
  assert_int_equal(sim_maintain(c->s, 4, 1, &fx), SIM_OK); /* share_useful about a known fact */
  assert_true(has_reason(&fx, SIM_REASON_USED_REMEMBERED_FACT));
  assert_int_equal(sim_maintain(c->s, 4, 2, NULL), SIM_OK);
  SimPlayerView pv;
  sim_session_player(c->s, &pv);
  assert_int_equal(pv.maintenance_left, 0);
  assert_int_equal(sim_maintain(c->s, 1, 2, NULL), SIM_ERR_BUDGET);
  int day = sim_session_day(c->s);
  sim_week_end(c->s);
  sim_session_player(c->s, &pv);
  assert_int_equal(pv.maintenance_left, SIM_WEEKLY_BUDGET);
  assert_int_equal(pv.week, 1);
  assert_int_equal(sim_session_day(c->s), day + 7);
  assert_int_equal(sim_maintain(c->s, 1, 2, NULL), SIM_OK);
  assert_int_equal(sim_session_relation(c->s, 1)->maintained, 2);
}

static int weeks_to_drop(SimSession *s, int tier) {
  SimRelation r = sim_relation_initial(tier);
  r.progress = 0.5f;
  assert_int_equal(sim_session_set_relation(s, 0, &r), SIM_OK);
  for (int w = 1; w <= 20; w++) {
    sim_week_end(s);
    if (sim_session_relation(s, 0)->tier < tier) return w;
  }
  return 99;
}

static void test_decay_faster_at_lower_tiers(void **state) {
  Ctx *c = *state;
  sim_end_event(c->s);
  sim_week_end(c->s); /* the event week counts as contact */
  int w[SIM_MAX_TIER + 1];
  for (int t = 1; t <= SIM_MAX_TIER; t++) w[t] = weeks_to_drop(c->s, t);
  for (int t = 1; t < SIM_MAX_TIER; t++) assert_true(w[t] <= w[t + 1]);
  assert_true(w[1] < w[5]);
  assert_int_equal(w[1], 2); /* met: progress 0.5 - 0.45 = 0.05, then below zero */
  /* A maintained relation does not drift that week. */
  SimRelation r = sim_relation_initial(3);
  r.progress = 0.1f;
  r.card = true;
  assert_int_equal(sim_session_set_relation(c->s, 1, &r), SIM_OK);
  assert_int_equal(sim_session_set_relation(c->s, 2, &r), SIM_OK);
  SimWeekPlan plan = {1, {{1, 2}}};
  assert_int_equal(sim_week_pass(c->s, &plan), SIM_OK);
  assert_int_equal(sim_session_relation(c->s, 1)->tier, 3);
  assert_int_equal(sim_session_relation(c->s, 2)->tier, 2);
  const SimLogEntry *e = sim_log_entry(c->s, sim_log_count(c->s) - 1);
  assert_int_equal(e->kind, SIM_LOG_WEEK_END);
  assert_true(has_reason(&e->effects, SIM_REASON_DRIFTED));
}

static void test_ally_needs_follow_up_and_maintenance(void **state) {
  Ctx *c = *state;
  genuine_talk(c->s, 9);
  sim_end_event(c->s);
  SimMessage m = {SIM_PART_PERSONAL | SIM_PART_OFFER, SIM_TIMING_WITHIN_3_DAYS};
  assert_int_equal(sim_follow_up(c->s, 9, &m, NULL), SIM_OK);
  assert_int_equal(sim_session_relation(c->s, 9)->tier, 4);
  int weeks = 0;
  while (sim_session_relation(c->s, 9)->tier < 5 && weeks < 6) {
    SimWeekPlan plan = {1, {{9, 0}}};
    assert_int_equal(sim_week_pass(c->s, &plan), SIM_OK);
    weeks++;
  }
  assert_int_equal(sim_session_relation(c->s, 9)->tier, 5);
  assert_true(weeks >= 1 && weeks <= 3);

  /* Without the follow-up, no amount of maintenance makes an ally. */
  sim_session_reset(c->s, 7, NULL);
  genuine_talk(c->s, 9);
  sim_end_event(c->s);
  for (int w = 0; w < 6; w++) {
    SimWeekPlan plan = {2, {{9, 0}, {9, 1}}};
    assert_int_equal(sim_week_pass(c->s, &plan), SIM_OK);
  }
  assert_true(sim_session_relation(c->s, 9)->tier <= 4);
  assert_false(sim_session_relation(c->s, 9)->followed_up);
}

/* ---- scores and skills ---- */

static void test_scores(void **state) {
  Ctx *c = *state;
  SimRelation r4 = sim_relation_initial(4);
  assert_int_equal(sim_session_set_relation(c->s, 0, &r4), SIM_OK);
  SimScores sc;
  sim_scores(c->s, &sc);
  assert_float_equal(sc.network_strength, sim_tier_weight(4), 0);
  assert_float_equal(sc.depth_gain, 0.0f, 0);
  /* Convex: one trusted relationship outweighs five people merely met. */
  assert_true(sim_tier_weight(4) > 5.0f * sim_tier_weight(1));
  for (int t = 1; t < SIM_MAX_TIER; t++)
    assert_true(sim_tier_weight(t + 1) - sim_tier_weight(t) > sim_tier_weight(t) - sim_tier_weight(t - 1));
  genuine_talk(c->s, 1);
  collector_talk(c->s, 2);
  sim_scores(c->s, &sc);
  assert_int_equal(sc.callable, 2);
  assert_int_equal(sc.cards, 3);
  assert_int_equal(sc.conversations, 2);
  assert_int_equal(sc.people_met, 2);
  assert_float_equal(sc.depth_gain, sim_tier_weight(3), 0);
}

static void test_skills_from_the_log(void **state) {
  Ctx *c = *state;
  genuine_talk(c->s, 1);
  sim_end_event(c->s);
  SimMessage m = {SIM_PART_PERSONAL | SIM_PART_OFFER, SIM_TIMING_WITHIN_3_DAYS};
  assert_int_equal(sim_follow_up(c->s, 1, &m, NULL), SIM_OK);
  SimScores good;
  sim_scores(c->s, &good);
  /* Model v2: one good conversation is evidence, not proof. Each estimate is shrunk toward
   * "not yet shown" by one pseudo-observation at 0, so a perfect single observation is 50. */
  assert_int_equal(good.skills[SIM_SKILL_INTRODUCTIONS], 50);
  assert_int_equal(good.skills[SIM_SKILL_CURIOSITY], 50); /* a question and a remembered fact */
  assert_int_equal(good.skills[SIM_SKILL_GENEROSITY], 75); /* help in the talk + value in the message */
  assert_int_equal(good.skills[SIM_SKILL_TIMING], 75);     /* three well-timed moves */
  assert_int_equal(good.skills[SIM_SKILL_FOLLOW_THROUGH], 50);
  assert_int_equal(good.skills[SIM_SKILL_ENERGY], 0);      /* a fresh tank shows no pacing yet */
  /* Skills come from the log, not from relations. */
  SimRelation r5 = sim_relation_initial(5);
  assert_int_equal(sim_session_set_relation(c->s, 3, &r5), SIM_OK);
  SimScores again;
  sim_scores(c->s, &again);
  assert_memory_equal(good.skills, again.skills, sizeof good.skills);
  assert_true(again.network_strength > good.network_strength);

  sim_session_reset(c->s, 7, NULL);
  collector_talk(c->s, 1);
  collector_talk(c->s, 2);
  sim_end_event(c->s);
  SimMessage generic = {SIM_PART_GENERIC, SIM_TIMING_WITHIN_3_DAYS};
  assert_int_equal(sim_follow_up(c->s, 1, &generic, NULL), SIM_OK);
  SimScores bad;
  sim_scores(c->s, &bad);
  assert_int_equal(bad.skills[SIM_SKILL_INTRODUCTIONS], 0);
  assert_int_equal(bad.skills[SIM_SKILL_CURIOSITY], 0);
  assert_int_equal(bad.skills[SIM_SKILL_GENEROSITY], 0);
  assert_int_equal(bad.skills[SIM_SKILL_TIMING], 0);
  assert_int_equal(bad.skills[SIM_SKILL_FOLLOW_THROUGH], 17); /* one generic of two cards, shrunk */
  assert_int_equal(bad.skills[SIM_SKILL_ENERGY], 0);          /* not playing is not pacing */

  /* Energy management: talking on an empty tank shows. */
  c->sc->tuning.energy_cost = 12.0f;
  sim_session_scenario_changed(c->s);
  sim_session_reset(c->s, 7, NULL);
  assert_int_equal(sim_talk_begin(c->s, 1, SIM_JOIN_DIRECT, NULL), SIM_OK);
  choose(c->s, SIM_STYLE_INTRODUCE_WHY);
  choose(c->s, SIM_STYLE_ASK_OPEN);
  choose(c->s, SIM_STYLE_SMALL_TALK);
  choose(c->s, SIM_STYLE_EXIT_GRACEFUL);
  SimScores tired;
  sim_scores(c->s, &tired);
  assert_int_equal(tired.skills[SIM_SKILL_ENERGY], 0);
}

static void test_intention_and_rating(void **state) {
  Ctx *c = *state;
  SimPlayerSettings st = sim_player_settings_default();
  st.intention = SIM_INTENT_ONE_REAL_CONVERSATION;
  sim_session_reset(c->s, 7, &st);
  collector_talk(c->s, 2);
  SimScores sc;
  sim_scores(c->s, &sc);
  assert_false(sc.intention_met);
  assert_true(sim_talk_rating(c->s, 0) <= 2);
  genuine_talk(c->s, 1);
  sim_scores(c->s, &sc);
  assert_true(sc.intention_met);
  assert_true(sim_talk_rating(c->s, 1) >= 4);
  assert_int_equal(sim_talk_rating(c->s, 5), 0);
  assert_int_equal(sim_talk_set_guess(c->s, 1, 2), SIM_OK);
  assert_int_equal(sim_session_talk(c->s, 1)->guess, 2);
  assert_int_equal(sim_talk_set_guess(c->s, 1, 6), SIM_ERR_ARG);
}

/* ---- debrief ---- */

static const SimMoment *find_moment(const SimMoment *m, int n, SimReason r) {
  for (int i = 0; i < n; i++)
    if (m[i].reason == r) return &m[i];
  fail_msg("no moment with reason %s", sim_reason_name(r));
  return &m[0];
}

static void test_debrief_words(void **state) {
  Ctx *c = *state;
  collector_talk(c->s, 1); /* Sam */
  genuine_talk(c->s, 2);   /* Priya */
  sim_end_event(c->s);
  SimMoment m[6];
  int n = sim_debrief_moments(c->s, m, 6);
  assert_true(n >= 3 && n <= 6);
  const SimMoment *card = find_moment(m, n, SIM_REASON_GRABBED_CARD_BEFORE_NAME);
  assert_int_equal(card->person, 1);
  assert_true(card->misstep);
  assert_non_null(strstr(card->text, "Sam"));
  assert_non_null(strstr(card->text, "card before"));
  const SimMoment *why = find_moment(m, n, SIM_REASON_STATED_WHY);
  assert_non_null(strstr(why->text, "Priya"));
  assert_false(why->misstep);
  for (int i = 1; i < n; i++) assert_true(m[i].log_index >= m[i - 1].log_index);
  for (int i = 0; i < n; i++) assert_true(strlen(m[i].text) > 20 && strlen(m[i].text) < SIM_MOMENT_TEXT);
  char line[256];
  int len = sim_debrief_next_step(c->s, line, sizeof line);
  assert_true(len > 0 && (size_t)len < sizeof line);
  assert_non_null(strstr(line, "Next time"));
  assert_non_null(strstr(line, "name")); /* the card grab is what to change first */
  /* Truncation is safe. */
  char tiny[8];
  assert_int_equal(sim_debrief_next_step(c->s, tiny, sizeof tiny), len);
  assert_int_equal(strlen(tiny), 7);

  /* The liking gap: a modest guess for a conversation that went well. */
  sim_session_reset(c->s, 7, NULL);
  genuine_talk(c->s, 2);
  int real = sim_talk_rating(c->s, 0);
  assert_true(real >= 4); /* v2: the note comes only after a talk that really went well */
  assert_int_equal(sim_talk_set_guess(c->s, 0, real - 2), SIM_OK);
  n = sim_debrief_moments(c->s, m, 6);
  const SimMoment *gap = find_moment(m, n, SIM_REASON_LIKED_MORE_THAN_GUESSED);
  char expect[64];
  snprintf(expect, sizeof expect, "a %d out of 5. From Priya's side it was a %d", real - 2, real);
  assert_non_null(strstr(gap->text, expect));
  assert_false(gap->misstep);
  assert_true(gap->neutral); /* shown as "Worth knowing", not as praise */

  sim_session_reset(c->s, 7, NULL);
  assert_int_equal(sim_debrief_moments(c->s, m, 6), 0);
  assert_true(sim_debrief_next_step(c->s, line, sizeof line) > 0);
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test_setup_teardown(test_follow_up_rules, setup, teardown),
    cmocka_unit_test_setup_teardown(test_follow_up_timing, setup, teardown),
    cmocka_unit_test_setup_teardown(test_connect_everyone_online, setup, teardown),
    cmocka_unit_test_setup_teardown(test_maintenance_budget, setup, teardown),
    cmocka_unit_test_setup_teardown(test_decay_faster_at_lower_tiers, setup, teardown),
    cmocka_unit_test_setup_teardown(test_ally_needs_follow_up_and_maintenance, setup, teardown),
    cmocka_unit_test_setup_teardown(test_scores, setup, teardown),
    cmocka_unit_test_setup_teardown(test_skills_from_the_log, setup, teardown),
    cmocka_unit_test_setup_teardown(test_intention_and_rating, setup, teardown),
    cmocka_unit_test_setup_teardown(test_debrief_words, setup, teardown),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
