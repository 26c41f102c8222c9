/* test_sim_rules.c — the rules of one exchange: every style in context, the tier gates,
 * energy (noise, groups, practice, low energy, rests, leaving early) and reputation
 * (who saw, who heard, who stays trusting). Scenarios are built in C (test_sim_fixture.h).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>
#include <math.h>

#include "test_sim_fixture.h"

typedef struct Ctx {
  SimScenario *sc;
  SimSession *s;
} Ctx;

static int setup(void **state) {
  Ctx *c = test_calloc(1, sizeof *c);
  c->sc = fx_career_fair();
  c->s = sim_session_create(c->sc, 42, NULL);
  assert_non_null(c->s);
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

static void set_rel(SimSession *s, int person, SimRelation r) { assert_int_equal(sim_session_set_relation(s, person, &r), SIM_OK); }

static SimEffects resolve(SimSession *s, int person, SimStyle st) {
  SimChoice ch = fx_loose_choice(st);
  return sim_resolve_choice(s, person, &ch);
}

static SimRelation met_with_facts(int tier) {
  SimRelation r = sim_relation_initial(tier);
  r.facts_known = 1u << 0;
  return r;
}

/* ---- every style in context ---- */

static void test_introductions(void **state) {
  Ctx *c = *state;
  SimEffects greet = resolve(c->s, 1, SIM_STYLE_GREET);
  SimEffects intro = resolve(c->s, 1, SIM_STYLE_INTRODUCE);
  SimEffects why = resolve(c->s, 1, SIM_STYLE_INTRODUCE_WHY);
  assert_false(greet.names_exchanged);
  assert_int_equal(greet.tier_after, 0);
  assert_true(greet.interest > 0.0f);
  assert_true(intro.names_exchanged);
  assert_int_equal(intro.reasons[0], SIM_REASON_INTRODUCED_SELF);
  /* Model v2: "met" needs a real exchange too; a name (even with a reason) and goodbye
   * is not yet met. */
  assert_int_equal(intro.tier_after, 0);
  assert_true(why.names_exchanged && why.why_stated);
  assert_int_equal(why.reasons[0], SIM_REASON_STATED_WHY);
  assert_int_equal(why.tier_after, 0);
  /* Saying why opens trust; a bare name much less so. */
  assert_true(why.trust > 2.0f * intro.trust);
  assert_true(why.progress > intro.progress);
}

static void test_pitch_ask_job_card_by_timing(void **state) {
  Ctx *c = *state;
  SimEffects pitch0 = resolve(c->s, 1, SIM_STYLE_PITCH);
  assert_int_equal(pitch0.reasons[0], SIM_REASON_PITCHED_BEFORE_RAPPORT);
  assert_true(pitch0.interest < 0.0f && pitch0.trust < 0.0f && pitch0.reputation < 0.0f);
  assert_true(pitch0.witnessed);
  SimEffects job0 = resolve(c->s, 1, SIM_STYLE_ASK_JOB);
  assert_int_equal(job0.reasons[0], SIM_REASON_ASKED_JOB_BEFORE_RAPPORT);
  assert_true(job0.interest < 0.0f && job0.reputation < 0.0f);
  SimEffects card0 = resolve(c->s, 1, SIM_STYLE_CARD_GRAB);
  assert_int_equal(card0.reasons[0], SIM_REASON_GRABBED_CARD_BEFORE_NAME);
  assert_true(card0.card); /* they give it... */
  assert_int_equal(card0.tier_after, 0); /* ...but won't remember you */
  assert_true(card0.interest < 0.0f);

  set_rel(c->s, 1, sim_relation_initial(3));
  SimEffects pitch3 = resolve(c->s, 1, SIM_STYLE_PITCH);
  assert_int_equal(pitch3.reasons[0], SIM_REASON_PITCHED_AFTER_RAPPORT);
  assert_true(pitch3.reputation == 0.0f && !pitch3.witnessed);
  assert_true(pitch3.interest > pitch0.interest);
  SimEffects job3 = resolve(c->s, 1, SIM_STYLE_ASK_JOB);
  assert_int_equal(job3.reasons[0], SIM_REASON_ASKED_JOB_AFTER_RAPPORT);
  assert_true(job3.trust > 0.0f && job3.reputation == 0.0f);

  /* Names known at a career fair: taking a card is normal; elsewhere it is early. */
  set_rel(c->s, 2, sim_relation_initial(1));
  SimEffects card_fair = resolve(c->s, 2, SIM_STYLE_CARD_GRAB);
  assert_int_equal(card_fair.reason_count, 0);
  assert_true(card_fair.card && card_fair.reputation == 0.0f);
  c->sc->norms.contact_expected = false;
  sim_session_scenario_changed(c->s);
  SimEffects card_meetup = resolve(c->s, 2, SIM_STYLE_CARD_GRAB);
  assert_int_equal(card_meetup.reasons[0], SIM_REASON_GRABBED_CARD_EARLY);
  SimEffects job_meetup = resolve(c->s, 2, SIM_STYLE_ASK_JOB);
  c->sc->norms.contact_expected = true;
  sim_session_scenario_changed(c->s);
  SimEffects job_fair = resolve(c->s, 2, SIM_STYLE_ASK_JOB);
  assert_true(job_meetup.reputation < job_fair.reputation); /* recruiters expect the question */
}

static void test_exchange_contact_by_venue(void **state) {
  Ctx *c = *state;
  SimEffects stranger = resolve(c->s, 1, SIM_STYLE_EXCHANGE_CONTACT);
  assert_int_equal(stranger.reasons[0], SIM_REASON_EXCHANGED_CONTACT_TOO_EARLY);
  assert_true(stranger.contact && stranger.interest < 0.0f);
  SimRelation r = sim_relation_initial(1);
  r.why_stated = true;
  set_rel(c->s, 1, r);
  SimEffects fair = resolve(c->s, 1, SIM_STYLE_EXCHANGE_CONTACT);
  assert_int_equal(fair.reasons[0], SIM_REASON_EXCHANGED_CONTACT_NATURALLY);
  /* Normal, but adds little depth by itself. */
  assert_true(fair.progress > 0.0f && fair.progress < 0.2f);
  c->sc->norms.contact_expected = false;
  sim_session_scenario_changed(c->s);
  SimEffects meetup = resolve(c->s, 1, SIM_STYLE_EXCHANGE_CONTACT);
  assert_int_equal(meetup.reasons[0], SIM_REASON_EXCHANGED_CONTACT_TOO_EARLY);
  set_rel(c->s, 1, sim_relation_initial(2));
  SimEffects later = resolve(c->s, 1, SIM_STYLE_EXCHANGE_CONTACT);
  assert_int_equal(later.reasons[0], SIM_REASON_EXCHANGED_CONTACT_NATURALLY);
}

static void test_curiosity_styles(void **state) {
  Ctx *c = *state;
  SimEffects anon = resolve(c->s, 1, SIM_STYLE_ASK_OPEN);
  assert_int_equal(anon.reasons[0], SIM_REASON_ASKED_OPEN_QUESTION);
  set_rel(c->s, 1, met_with_facts(1));
  SimEffects named = resolve(c->s, 1, SIM_STYLE_ASK_OPEN);
  assert_true(named.interest > anon.interest * 1.5f);
  SimChoice fu = fx_loose_choice(SIM_STYLE_FOLLOW_UP);
  fu.uses_facts = 1u << 0;
  SimEffects remembered = sim_resolve_choice(c->s, 1, &fu);
  assert_int_equal(remembered.reasons[0], SIM_REASON_USED_REMEMBERED_FACT);
  SimEffects plain = resolve(c->s, 1, SIM_STYLE_FOLLOW_UP);
  assert_int_equal(plain.reasons[0], SIM_REASON_ASKED_FOLLOW_UP);
  assert_true(remembered.interest > plain.interest && plain.interest > 0.0f);
  assert_true(plain.interest > named.interest); /* follow-ups are liked more than questions */
}

static void test_share_common_ground_help_advice(void **state) {
  Ctx *c = *state;
  SimEffects over = resolve(c->s, 1, SIM_STYLE_SHARE);
  assert_int_equal(over.reasons[0], SIM_REASON_OVERSHARED);
  assert_true(over.player_shared && over.interest < 0.0f);
  set_rel(c->s, 1, met_with_facts(1));
  SimEffects turn = resolve(c->s, 1, SIM_STYLE_SHARE);
  assert_int_equal(turn.reasons[0], SIM_REASON_SHARED_IN_TURN);
  assert_true(turn.interest > 0.0f && turn.trust > 0.0f);

  SimEffects cg = resolve(c->s, 1, SIM_STYLE_COMMON_GROUND);
  assert_int_equal(cg.reasons[0], SIM_REASON_FOUND_COMMON_GROUND);
  assert_true(cg.common_ground);
  SimEffects cg0 = resolve(c->s, 2, SIM_STYLE_COMMON_GROUND); /* a stranger's "me too" */
  assert_false(cg0.common_ground);

  SimEffects blind = resolve(c->s, 1, SIM_STYLE_OFFER_HELP);
  assert_int_equal(blind.reasons[0], SIM_REASON_OFFERED_HELP_BLIND);
  assert_false(blind.help_offered);
  SimRelation r = met_with_facts(1);
  r.need_understood = true;
  set_rel(c->s, 1, r);
  SimEffects help = resolve(c->s, 1, SIM_STYLE_OFFER_HELP);
  assert_int_equal(help.reasons[0], SIM_REASON_OFFERED_HELP);
  assert_true(help.help_offered && help.trust > 3.0f * blind.trust);

  SimEffects early = resolve(c->s, 1, SIM_STYLE_ASK_ADVICE);
  assert_int_equal(early.reasons[0], SIM_REASON_ASKED_ADVICE_TOO_EARLY);
  assert_true(early.interest < 0.0f);
  set_rel(c->s, 1, sim_relation_initial(3));
  SimEffects advice = resolve(c->s, 1, SIM_STYLE_ASK_ADVICE);
  assert_int_equal(advice.reasons[0], SIM_REASON_ASKED_ADVICE_AFTER_RAPPORT);
  assert_true(advice.interest > 0.0f && advice.trust > 0.0f);
}

static void test_exits(void **state) {
  Ctx *c = *state;
  SimEffects g = resolve(c->s, 1, SIM_STYLE_EXIT_GRACEFUL);
  SimEffects a = resolve(c->s, 1, SIM_STYLE_EXIT_ABRUPT);
  assert_true(g.ends_talk && a.ends_talk);
  assert_int_equal(g.reasons[0], SIM_REASON_LEFT_GRACEFULLY);
  assert_int_equal(a.reasons[0], SIM_REASON_LEFT_ABRUPTLY);
  assert_true(g.interest > 0.0f && a.interest < 0.0f);
}

/* Small talk that stalls, questions that become an interrogation: a person whose lines run
 * on (a chain of nodes, so that no line is said twice: model v2 treats a line said again as
 * a repeat, tested in test_sim_model_v2.c). */
static void test_talk_context(void **state) {
  (void)state;
  SimScenario *sc = sim_scenario_create();
  sc->zone_count = 1;
  sc->zones[0] = (SimZone){"room", "Room", SIM_ZONE_TABLES, 0, 0, 10, 10, 0.3f};
  sc->person_count = 1;
  SimPerson *p = &sc->people[0];
  p->id = "loop", p->name = "Lou Loop", p->openness = 0.5f, p->group = -1, p->return_node = -1;
  p->fact_count = 1, p->facts[0] = (SimFact){"f", "likes loops"};
  enum { CHAIN = 14 };
  p->node_count = CHAIN;
  p->nodes = sim_arena_alloc(sc->arena, sizeof(SimNode) * CHAIN);
  p->nodes[0].reveals = 1;
  for (int i = 0; i < CHAIN; i++) {
    int next = i + 1 < CHAIN ? i + 1 : -1;
    fx_choice(&p->nodes[i], "q", SIM_STYLE_ASK_OPEN, next);
    fx_choice(&p->nodes[i], "weather", SIM_STYLE_SMALL_TALK, next);
    fx_choice(&p->nodes[i], "me", SIM_STYLE_SHARE, next);
    fx_choice(&p->nodes[i], "bye", SIM_STYLE_EXIT_GRACEFUL, -1);
  }
  SimSession *s = sim_session_create(sc, 1, NULL);
  SimEffects fx;
  assert_int_equal(sim_talk_begin(s, 0, SIM_JOIN_DIRECT, NULL), SIM_OK);
  assert_int_equal(sim_talk_choose(s, 1, &fx), SIM_OK);
  assert_int_equal(fx.reasons[0], SIM_REASON_SMALL_TALK_WARMUP);
  assert_int_equal(sim_talk_choose(s, 1, &fx), SIM_OK);
  assert_int_equal(sim_talk_choose(s, 1, &fx), SIM_OK);
  assert_int_equal(fx.reasons[0], SIM_REASON_SMALL_TALK_STALLED);
  assert_true(fx.interest < 0.0f);
  for (int i = 0; i < 3; i++) {
    assert_int_equal(sim_talk_choose(s, 0, &fx), SIM_OK);
    assert_int_equal(fx.reasons[0], SIM_REASON_ASKED_OPEN_QUESTION);
  }
  assert_int_equal(sim_talk_choose(s, 0, &fx), SIM_OK);
  assert_int_equal(fx.reasons[0], SIM_REASON_INTERROGATED);
  /* Sharing in turn (they revealed a fact on the first line) resets the run. */
  assert_int_equal(sim_talk_choose(s, 2, &fx), SIM_OK);
  assert_int_equal(fx.reasons[0], SIM_REASON_SHARED_IN_TURN);
  assert_int_equal(sim_talk_choose(s, 0, &fx), SIM_OK);
  assert_int_equal(fx.reasons[0], SIM_REASON_ASKED_OPEN_QUESTION);
  /* A second disclosure in one talk outruns theirs (they revealed one fact). */
  assert_int_equal(sim_talk_choose(s, 2, &fx), SIM_OK);
  assert_int_equal(fx.reasons[0], SIM_REASON_OVERSHARED);
  sim_session_destroy(s);
  sim_scenario_destroy(sc);
}

static void test_traits_weight_guard(void **state) {
  Ctx *c = *state;
  /* person 9 is the most open in the fixture, person 0 the least */
  SimEffects open9 = resolve(c->s, 9, SIM_STYLE_INTRODUCE_WHY);
  SimEffects open0 = resolve(c->s, 0, SIM_STYLE_INTRODUCE_WHY);
  assert_true(open9.trust / (0.6f + 0.8f * c->sc->people[9].openness) > 0.0f);
  assert_true(open9.progress / open0.progress > 1.1f);
  SimChoice heavy = fx_loose_choice(SIM_STYLE_INTRODUCE_WHY);
  heavy.weight = 2.0f;
  SimEffects h = sim_resolve_choice(c->s, 0, &heavy);
  assert_float_equal(h.progress, 2.0f * open0.progress, 1e-5);
  SimRelation g = sim_relation_initial(0);
  g.guarded = true;
  set_rel(c->s, 0, g);
  SimEffects guarded = resolve(c->s, 0, SIM_STYLE_INTRODUCE_WHY);
  assert_float_equal(guarded.progress, 0.6f * open0.progress, 1e-5);
}

static void test_resolver_is_pure(void **state) {
  Ctx *c = *state;
  uint64_t before = sim_session_hash(c->s);
  for (int st = 0; st < SIM_STYLE_COUNT; st++) (void)resolve(c->s, 3, (SimStyle)st);
  assert_true(before == sim_session_hash(c->s));
  SimChoice bad = fx_loose_choice(SIM_STYLE_GREET);
  SimEffects none = sim_resolve_choice(c->s, 99, &bad);
  assert_int_equal(none.reason_count, 0);
  assert_true(none.ends_talk == false && none.next_node == -1);
}

/* ---- tier gates ---- */

static void settle(SimSession *s, int person, SimEffects fx) { sim_apply_effects(s, person, &fx); }

static SimEffects nothing(void) {
  SimEffects fx;
  memset(&fx, 0, sizeof fx);
  fx.next_node = -1;
  return fx;
}

static void test_gate_met_and_acquainted(void **state) {
  Ctx *c = *state;
  SimRelation r = sim_relation_initial(0);
  r.progress = 1.0f;
  set_rel(c->s, 1, r);
  settle(c->s, 1, nothing());
  assert_int_equal(sim_session_relation(c->s, 1)->tier, 0); /* progress alone is not enough */
  SimEffects names = nothing();
  names.names_exchanged = true;
  settle(c->s, 1, names);
  assert_int_equal(sim_session_relation(c->s, 1)->tier, 0); /* v2: a name alone is not met */
  SimEffects exchange = nothing();
  exchange.exchange = true;
  settle(c->s, 1, exchange);
  assert_int_equal(sim_session_relation(c->s, 1)->tier, 1);

  r = sim_relation_initial(1);
  r.progress = 1.0f;
  r.facts_known = 1; /* they told something... */
  set_rel(c->s, 2, r);
  settle(c->s, 2, nothing());
  assert_int_equal(sim_session_relation(c->s, 2)->tier, 1); /* ...but the player did not */
  SimEffects why = nothing();
  why.why_stated = true;
  settle(c->s, 2, why);
  assert_int_equal(sim_session_relation(c->s, 2)->tier, 2);

  r = sim_relation_initial(1);
  r.progress = 0.3f; /* gate met, progress short of 0.6 */
  r.facts_known = 1;
  r.why_stated = true, r.known_of_player |= SIM_KNOWS_WHY;
  set_rel(c->s, 3, r);
  settle(c->s, 3, nothing());
  assert_int_equal(sim_session_relation(c->s, 3)->tier, 1);
}

static void test_gate_rapport_and_trust(void **state) {
  Ctx *c = *state;
  SimRelation r = sim_relation_initial(2);
  r.progress = 1.0f;
  r.facts_known = 1;
  set_rel(c->s, 1, r);
  SimEffects cg = nothing();
  cg.common_ground = true;
  settle(c->s, 1, cg);
  assert_int_equal(sim_session_relation(c->s, 1)->tier, 2); /* no disclosure from the player yet */
  SimEffects share = nothing();
  share.player_shared = true;
  settle(c->s, 1, share);
  assert_true(sim_session_relation(c->s, 1)->mutual_disclosure);
  assert_int_equal(sim_session_relation(c->s, 1)->tier, 3);

  r = sim_relation_initial(3);
  r.progress = 1.0f;
  r.trust = 0.1f;
  set_rel(c->s, 2, r);
  SimEffects need = nothing();
  need.need_understood = true;
  need.help_offered = true; /* v2: understanding alone is not enough; an offer is */
  settle(c->s, 2, need);
  assert_int_equal(sim_session_relation(c->s, 2)->tier, 3); /* trust too low */
  SimEffects trust = nothing();
  trust.trust = 0.25f;
  settle(c->s, 2, trust);
  assert_int_equal(sim_session_relation(c->s, 2)->tier, 4);

  r = sim_relation_initial(3);
  r.progress = 1.0f;
  r.trust = 0.5f;
  set_rel(c->s, 3, r);
  settle(c->s, 3, nothing());
  assert_int_equal(sim_session_relation(c->s, 3)->tier, 3); /* trust without interest in their goals */
  SimEffects help = nothing();
  help.help_offered = true;
  settle(c->s, 3, help);
  assert_int_equal(sim_session_relation(c->s, 3)->tier, 4);
  /* Ally needs follow-up and maintenance: never reached during the event. */
  SimEffects more = nothing();
  more.progress = 1.0f;
  settle(c->s, 3, more);
  assert_int_equal(sim_session_relation(c->s, 3)->tier, 4);
}

/* ---- energy ---- */

static void test_energy_noise_group_practice(void **state) {
  Ctx *c = *state;
  SimChoice q = fx_loose_choice(SIM_STYLE_ASK_OPEN);
  assert_int_equal(sim_move_to_zone(c->s, FX_QUIET), SIM_OK);
  float quiet = sim_resolve_choice(c->s, 9, &q).energy_cost;
  assert_int_equal(sim_move_to_zone(c->s, FX_BAR), SIM_OK);
  float bar = sim_resolve_choice(c->s, 6, &q).energy_cost;
  assert_float_equal(bar / quiet, (0.6f + 1.2f * 0.85f) / (0.6f + 1.2f * 0.1f), 1e-4);
  assert_int_equal(sim_talk_begin(c->s, 6, SIM_JOIN_POLITE, NULL), SIM_OK);
  float group = sim_resolve_choice(c->s, 6, &q).energy_cost;
  assert_float_equal(group / bar, 1.25f, 1e-4);
  assert_int_equal(sim_talk_end(c->s, true, NULL), SIM_OK);

  SimPlayerSettings intro = sim_player_settings_default();
  intro.introvert_practice = true;
  SimSession *s2 = sim_session_create(c->sc, 42, &intro);
  assert_int_equal(sim_move_to_zone(s2, FX_QUIET), SIM_OK);
  assert_float_equal(sim_resolve_choice(s2, 9, &q).energy_cost / quiet, 0.75f, 1e-4);
  SimPlayerView pv;
  sim_session_player(s2, &pv);
  assert_float_equal(pv.minutes, 75.0f, 1e-4);
  sim_session_destroy(s2);
}

static void test_low_energy_hides_deep_styles(void **state) {
  Ctx *c = *state;
  c->sc->tuning.energy_cost = 12.0f;
  sim_session_scenario_changed(c->s);
  sim_session_reset(c->s, 42, NULL);
  assert_int_equal(sim_talk_begin(c->s, 1, SIM_JOIN_DIRECT, NULL), SIM_OK);
  assert_int_equal(sim_talk_choose(c->s, fx_find(c->s, SIM_STYLE_INTRODUCE_WHY), NULL), SIM_OK);
  assert_int_equal(sim_talk_choose(c->s, fx_find(c->s, SIM_STYLE_ASK_OPEN), NULL), SIM_OK);
  SimPlayerView pv;
  sim_session_player(c->s, &pv);
  assert_true(pv.energy < SIM_LOW_ENERGY);
  /* At node "open": follow_up and offer_help (deep) are gone; small talk and exit remain. */
  assert_int_equal(fx_find(c->s, SIM_STYLE_FOLLOW_UP), -1);
  assert_int_equal(fx_find(c->s, SIM_STYLE_OFFER_HELP), -1);
  int idx[SIM_MAX_CHOICES];
  assert_int_equal(sim_talk_choices(c->s, idx, SIM_MAX_CHOICES), 2);
  assert_int_equal(sim_talk_choose(c->s, fx_find(c->s, SIM_STYLE_SMALL_TALK), NULL), SIM_OK);
  const SimLogEntry *e = sim_log_entry(c->s, sim_log_count(c->s) - 1);
  bool drained = false;
  for (int i = 0; i < e->effects.reason_count; i++) drained |= e->effects.reasons[i] == SIM_REASON_DRAINED_ENERGY;
  assert_true(drained);
  assert_int_equal(sim_talk_end(c->s, true, NULL), SIM_OK);
  /* Resting in the quiet corner brings the deep styles back. */
  SimEffects rest;
  assert_int_equal(sim_move_to_zone(c->s, FX_QUIET), SIM_OK);
  assert_int_equal(sim_rest(c->s, 10.0f, &rest), SIM_OK);
  assert_int_equal(rest.reasons[0], SIM_REASON_RECHARGED_IN_QUIET);
  sim_session_player(c->s, &pv);
  assert_true(pv.energy > 60.0f);
}

static void test_rest_and_clock(void **state) {
  Ctx *c = *state;
  SimEffects quiet, bar;
  SimPlayerView before, after;
  assert_int_equal(sim_talk_begin(c->s, 9, SIM_JOIN_DIRECT, NULL), SIM_OK);
  assert_int_equal(sim_rest(c->s, 5.0f, NULL), SIM_ERR_STATE); /* not during a talk */
  assert_int_equal(sim_talk_end(c->s, true, NULL), SIM_OK);
  /* Drain a little so that rests have room to work. */
  c->sc->tuning.energy_cost = 10.0f;
  sim_session_scenario_changed(c->s);
  sim_session_reset(c->s, 1, NULL);
  assert_int_equal(sim_talk_begin(c->s, 1, SIM_JOIN_DIRECT, NULL), SIM_OK);
  assert_int_equal(sim_talk_choose(c->s, fx_find(c->s, SIM_STYLE_INTRODUCE_WHY), NULL), SIM_OK);
  assert_int_equal(sim_talk_end(c->s, true, NULL), SIM_OK);
  assert_int_equal(sim_move_to_zone(c->s, FX_BAR), SIM_OK);
  sim_session_player(c->s, &before);
  assert_int_equal(sim_rest(c->s, 2.0f, &bar), SIM_OK);
  assert_int_equal(bar.reasons[0], SIM_REASON_TOOK_BREAK);
  assert_int_equal(sim_move_to_zone(c->s, FX_QUIET), SIM_OK);
  assert_int_equal(sim_rest(c->s, 2.0f, &quiet), SIM_OK);
  assert_int_equal(quiet.reasons[0], SIM_REASON_RECHARGED_IN_QUIET);
  assert_true(-quiet.energy_cost > 3.0f * -bar.energy_cost);
  assert_true(-bar.energy_cost > 0.0f);
  sim_session_player(c->s, &after);
  assert_true(after.clock >= before.clock + 4.0f);
  assert_int_equal(sim_rest(c->s, -1.0f, NULL), SIM_ERR_ARG);
}

static void test_leaving_early_is_never_penalised(void **state) {
  Ctx *c = *state;
  assert_int_equal(sim_talk_begin(c->s, 1, SIM_JOIN_DIRECT, NULL), SIM_OK);
  assert_int_equal(sim_talk_choose(c->s, fx_find(c->s, SIM_STYLE_INTRODUCE_WHY), NULL), SIM_OK);
  assert_int_equal(sim_talk_choose(c->s, fx_find(c->s, SIM_STYLE_EXIT_GRACEFUL), NULL), SIM_OK);
  SimScores a, b;
  sim_scores(c->s, &a);
  sim_end_event(c->s);
  sim_scores(c->s, &b);
  assert_true(sim_session_event_over(c->s));
  SimPlayerView pv;
  sim_session_player(c->s, &pv);
  assert_true(pv.left_early);
  assert_float_equal(a.depth_gain, b.depth_gain, 0);
  assert_memory_equal(a.skills, b.skills, sizeof a.skills);
  const SimLogEntry *e = sim_log_entry(c->s, sim_log_count(c->s) - 1);
  assert_int_equal(e->kind, SIM_LOG_EVENT_END);
  assert_int_equal(e->effects.reasons[0], SIM_REASON_LEFT_EARLY);
  assert_false(sim_reason_is_misstep(SIM_REASON_LEFT_EARLY));
  assert_int_equal(sim_talk_begin(c->s, 2, SIM_JOIN_DIRECT, NULL), SIM_ERR_OVER);
}

static void test_clock_off(void **state) {
  Ctx *c = *state;
  SimPlayerSettings st = sim_player_settings_default();
  assert_int_equal(sim_advance_clock(c->s, 61.0f), SIM_OK);
  assert_true(sim_session_event_over(c->s));
  st.clock_on = false;
  sim_session_reset(c->s, 42, &st);
  assert_int_equal(sim_advance_clock(c->s, 120.0f), SIM_OK);
  assert_false(sim_session_event_over(c->s));
  sim_end_event(c->s);
  assert_true(sim_session_event_over(c->s));
}

/* ---- reputation ---- */

static void pitch_at(SimSession *s, int person) {
  assert_int_equal(sim_talk_begin(s, person, SIM_JOIN_DIRECT, NULL), SIM_OK);
  assert_int_equal(sim_talk_choose(s, fx_find(s, SIM_STYLE_PITCH), NULL), SIM_OK);
  assert_int_equal(sim_talk_choose(s, fx_find(s, SIM_STYLE_EXIT_GRACEFUL), NULL), SIM_OK);
}

static void test_reputation_seen(void **state) {
  Ctx *c = *state;
  set_rel(c->s, 2, sim_relation_initial(3)); /* someone who knows the player well */
  pitch_at(c->s, 0);
  SimPlayerView pv;
  sim_session_player(c->s, &pv);
  assert_true(pv.reputation < 0.0f);
  for (int j = 0; j < 10; j++) {
    bool booth = c->sc->people[j].zone == FX_BOOTHS;
    bool expect = booth && j != 2;
    assert_int_equal(sim_session_relation(c->s, j)->guarded, expect);
  }
  const SimLogEntry *e = sim_log_entry(c->s, 1);
  assert_int_equal(e->effects.reasons[0], SIM_REASON_PITCHED_BEFORE_RAPPORT);
  assert_int_equal(e->effects.reasons[1], SIM_REASON_WITNESSED);
  /* A guarded person starts cooler than they would have. */
  SimEffects begin;
  assert_int_equal(sim_talk_begin(c->s, 3, SIM_JOIN_DIRECT, &begin), SIM_OK);
  assert_int_equal(begin.reasons[0], SIM_REASON_MET_GUARDED);
  float guarded_interest = sim_session_relation(c->s, 3)->interest;
  SimSession *fresh = sim_session_create(c->sc, 42, NULL);
  assert_int_equal(sim_talk_begin(fresh, 3, SIM_JOIN_DIRECT, NULL), SIM_OK);
  assert_float_equal(sim_session_relation(fresh, 3)->interest - guarded_interest, 0.15f, 1e-4);
  sim_session_destroy(fresh);
}

static void test_reputation_heard_over_time(void **state) {
  Ctx *c = *state;
  int heard_late = 0, heard_soon = 0, seeds = 60;
  for (int seed = 0; seed < seeds; seed++) {
    sim_session_reset(c->s, (uint64_t)seed, NULL);
    pitch_at(c->s, 0);
    assert_false(sim_session_relation(c->s, 9)->guarded); /* far away, did not see it */
    SimSession *soon = sim_session_create(c->sc, (uint64_t)seed, NULL);
    pitch_at(soon, 0);
    assert_int_equal(sim_talk_begin(soon, 9, SIM_JOIN_DIRECT, NULL), SIM_OK);
    heard_soon += sim_session_relation(soon, 9)->guarded;
    sim_session_destroy(soon);
    assert_int_equal(sim_advance_clock(c->s, 20.0f), SIM_OK);
    assert_int_equal(sim_talk_begin(c->s, 9, SIM_JOIN_DIRECT, NULL), SIM_OK);
    heard_late += sim_session_relation(c->s, 9)->guarded;
  }
  assert_int_equal(heard_soon, 0);
  assert_true(heard_late > seeds / 2 && heard_late < seeds); /* most, not all, have heard */

  /* Word travels twice as fast with reputation_spread 2: after 7 minutes it has reached
   * the far corner (delay (4 + 18.8 m / 2.5) / 2 = 5.8 min), which it had not at 1x. */
  int slow = 0, fast = 0;
  for (int spread = 1; spread <= 2; spread++) {
    c->sc->tuning.reputation_spread = (float)spread;
    sim_session_scenario_changed(c->s);
    for (int seed = 0; seed < seeds; seed++) {
      sim_session_reset(c->s, (uint64_t)seed, NULL);
      pitch_at(c->s, 0);
      assert_int_equal(sim_advance_clock(c->s, 7.0f), SIM_OK);
      assert_int_equal(sim_talk_begin(c->s, 9, SIM_JOIN_DIRECT, NULL), SIM_OK);
      *(spread == 1 ? &slow : &fast) += sim_session_relation(c->s, 9)->guarded;
    }
  }
  assert_int_equal(slow, 0);
  assert_true(fast > seeds / 2);
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test_setup_teardown(test_introductions, setup, teardown),
    cmocka_unit_test_setup_teardown(test_pitch_ask_job_card_by_timing, setup, teardown),
    cmocka_unit_test_setup_teardown(test_exchange_contact_by_venue, setup, teardown),
    cmocka_unit_test_setup_teardown(test_curiosity_styles, setup, teardown),
    cmocka_unit_test_setup_teardown(test_share_common_ground_help_advice, setup, teardown),
    cmocka_unit_test_setup_teardown(test_exits, setup, teardown),
    cmocka_unit_test(test_talk_context),
    cmocka_unit_test_setup_teardown(test_traits_weight_guard, setup, teardown),
    cmocka_unit_test_setup_teardown(test_resolver_is_pure, setup, teardown),
    cmocka_unit_test_setup_teardown(test_gate_met_and_acquainted, setup, teardown),
    cmocka_unit_test_setup_teardown(test_gate_rapport_and_trust, setup, teardown),
    cmocka_unit_test_setup_teardown(test_energy_noise_group_practice, setup, teardown),
    cmocka_unit_test_setup_teardown(test_low_energy_hides_deep_styles, setup, teardown),
    cmocka_unit_test_setup_teardown(test_rest_and_clock, setup, teardown),
    cmocka_unit_test_setup_teardown(test_leaving_early_is_never_penalised, setup, teardown),
    cmocka_unit_test_setup_teardown(test_clock_off, setup, teardown),
    cmocka_unit_test_setup_teardown(test_reputation_seen, setup, teardown),
    cmocka_unit_test_setup_teardown(test_reputation_heard_over_time, setup, teardown),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
