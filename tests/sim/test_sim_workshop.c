/* test_sim_workshop.c — workshop codes (engine/sim/workshop.c): every field survives a
 * round trip, typing is forgiven (case, dashes, O/I/L), every single mistyped character
 * and every swap of two different neighbours in the tested codes is caught or named,
 * and scenario lookup by hash refuses unknown and ambiguous ids. The difficulty travels in
 * the code; codes made before it existed still read, as standard.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <string.h>

#include "sim/workshop.h"

static const char ALPHA[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

static void test_round_trip(void **unused) {
  (void)unused;
  const char *ids[] = {"career_fair", "alumni_mixer", "industry_meetup"};
  uint32_t seeds[] = {0, 1, 4242, 99999, SIM_WORKSHOP_SEED_MAX};
  for (size_t i = 0; i < 3; i++)
    for (size_t k = 0; k < sizeof seeds / sizeof seeds[0]; k++)
      for (unsigned flags = 0; flags < 8; flags++) {
        SimWorkshop w = {sim_workshop_scenario_hash(ids[i]), seeds[k], flags & 4, flags & 2,
                         flags & 1, 0};
        char code[SIM_WORKSHOP_CODE_MAX], canon[SIM_WORKSHOP_CODE_MAX], err[128];
        assert_int_equal(sim_workshop_encode(&w, code, sizeof code), SIM_WORKSHOP_OK);
        assert_int_equal(strlen(code), 9);
        assert_int_equal(code[4], '-');
        SimWorkshop back;
        assert_int_equal(sim_workshop_decode(code, &back, canon, sizeof canon, err, sizeof err),
                         SIM_WORKSHOP_OK);
        assert_string_equal(canon, code);
        assert_int_equal(back.scenario_hash, w.scenario_hash);
        assert_int_equal(back.seed, w.seed);
        assert_int_equal(back.introvert_practice, w.introvert_practice);
        assert_int_equal(back.clock_on, w.clock_on);
        assert_int_equal(back.hints_on, w.hints_on);
        assert_int_equal(sim_workshop_find_scenario(&back, ids, 3), (int)i);
      }
}

static void test_typing_is_forgiven(void **unused) {
  (void)unused;
  SimWorkshop w = {sim_workshop_scenario_hash("career_fair"), 1000, false, true, true, 0};
  char code[SIM_WORKSHOP_CODE_MAX], typed[32], canon[SIM_WORKSHOP_CODE_MAX];
  assert_int_equal(sim_workshop_encode(&w, code, sizeof code), SIM_WORKSHOP_OK);
  /* lower case, no dash, spaces, and O / I / L where 0 / 1 are */
  size_t n = 0;
  for (const char *p = code; *p; p++) {
    if (*p == '-') { typed[n++] = ' '; continue; }
    char c = *p == '0' ? 'o' : *p == '1' ? 'l' : (char)(*p >= 'A' && *p <= 'Z' ? *p + 32 : *p);
    typed[n++] = c;
  }
  typed[n] = '\0';
  SimWorkshop back;
  assert_int_equal(sim_workshop_decode(typed, &back, canon, sizeof canon, NULL, 0),
                   SIM_WORKSHOP_OK);
  assert_string_equal(canon, code);
  assert_int_equal(back.seed, 1000);
}

/* Every code for a spread of seeds: every one-character change is refused. */
static void test_single_typos_are_caught(void **unused) {
  (void)unused;
  int tried = 0;
  for (uint32_t seed = 0; seed < SIM_WORKSHOP_SEED_MAX; seed += 7919) {
    SimWorkshop w = {sim_workshop_scenario_hash("alumni_mixer"), seed, seed & 1, true, false, 0};
    char code[SIM_WORKSHOP_CODE_MAX];
    assert_int_equal(sim_workshop_encode(&w, code, sizeof code), SIM_WORKSHOP_OK);
    for (int pos = 0; pos < 9; pos++) {
      if (code[pos] == '-') continue;
      for (int a = 0; a < 32; a++) {
        if (ALPHA[a] == code[pos]) continue;
        char typo[SIM_WORKSHOP_CODE_MAX];
        memcpy(typo, code, sizeof typo);
        typo[pos] = ALPHA[a];
        SimWorkshop back;
        char err[128] = "";
        SimWorkshopStatus st = sim_workshop_decode(typo, &back, NULL, 0, err, sizeof err);
        assert_true(st == SIM_WORKSHOP_BAD_CHECK || st == SIM_WORKSHOP_BAD_VERSION);
        assert_true(strlen(err) > 10);
        tried++;
      }
    }
  }
  assert_true(tried > 10000);
}

static void test_neighbour_swaps_are_caught(void **unused) {
  (void)unused;
  int swaps = 0, caught = 0;
  for (uint32_t seed = 3; seed < SIM_WORKSHOP_SEED_MAX; seed += 4099) {
    SimWorkshop w = {sim_workshop_scenario_hash("industry_meetup"), seed, false, seed & 2, true, 0};
    char code[SIM_WORKSHOP_CODE_MAX], plain[9];
    assert_int_equal(sim_workshop_encode(&w, code, sizeof code), SIM_WORKSHOP_OK);
    for (int i = 0, k = 0; code[i]; i++) if (code[i] != '-') plain[k++] = code[i];
    for (int pos = 0; pos + 1 < 8; pos++) {
      if (plain[pos] == plain[pos + 1]) continue;
      char swapped[10];
      memcpy(swapped, plain, 8);
      swapped[pos] = plain[pos + 1];
      swapped[pos + 1] = plain[pos];
      swapped[8] = '\0';
      SimWorkshop back;
      swaps++;
      caught += sim_workshop_decode(swapped, &back, NULL, 0, NULL, 0) != SIM_WORKSHOP_OK;
    }
  }
  /* Luhn mod 32 misses only swaps of two characters 31 apart ("0" and "Z"). */
  assert_true(swaps > 1000);
  assert_true(caught >= swaps * 99 / 100);
}

/* Every difficulty survives the round trip, and each gives a different code for the same
 * evening (so a results code made at one difficulty is refused under another's code). */
static void test_difficulty_round_trip(void **unused) {
  (void)unused;
  for (uint32_t seed = 0; seed <= SIM_WORKSHOP_SEED_MAX; seed += 104729) {
    char codes[3][SIM_WORKSHOP_CODE_MAX];
    for (uint8_t d = 0; d < 3; d++) {
      SimWorkshop w = {sim_workshop_scenario_hash("school_careers_evening"), seed, d == 1, true, false, d};
      assert_int_equal(sim_workshop_encode(&w, codes[d], sizeof codes[d]), SIM_WORKSHOP_OK);
      SimWorkshop back;
      assert_int_equal(sim_workshop_decode(codes[d], &back, NULL, 0, NULL, 0), SIM_WORKSHOP_OK);
      assert_int_equal(back.difficulty, d);
      assert_int_equal(back.seed, seed);
      assert_int_equal(back.introvert_practice, d == 1);
      assert_int_equal(back.scenario_hash, w.scenario_hash);
    }
    assert_string_not_equal(codes[0], codes[1]);
    assert_string_not_equal(codes[0], codes[2]);
    assert_string_not_equal(codes[1], codes[2]);
  }
  SimWorkshop bad = {sim_workshop_scenario_hash("career_fair"), 1, false, true, false, 3};
  char code[SIM_WORKSHOP_CODE_MAX];
  assert_int_equal(sim_workshop_encode(&bad, code, sizeof code), SIM_WORKSHOP_BAD_ARG);
}

/* Codes printed by Rapport before difficulty existed (rapport workshop --scenario
 * career_fair --seed 4242 --hints; --scenario school_careers_evening --seed 7 --introvert
 * --no-clock) read as standard, and a standard code today is the same eight characters. */
static void test_old_codes_play_standard(void **unused) {
  (void)unused;
  SimWorkshop back;
  assert_int_equal(sim_workshop_decode("9D01-14KK", &back, NULL, 0, NULL, 0), SIM_WORKSHOP_OK);
  assert_int_equal(back.difficulty, 0);
  assert_int_equal(back.seed, 4242);
  assert_true(back.hints_on && back.clock_on && !back.introvert_practice);
  assert_int_equal(back.scenario_hash, sim_workshop_scenario_hash("career_fair"));
  assert_int_equal(sim_workshop_decode("AT80-01W8", &back, NULL, 0, NULL, 0), SIM_WORKSHOP_OK);
  assert_int_equal(back.difficulty, 0);
  assert_int_equal(back.seed, 7);
  assert_true(back.introvert_practice && !back.clock_on && !back.hints_on);
  SimWorkshop w = {sim_workshop_scenario_hash("career_fair"), 4242, false, true, true, 0};
  char code[SIM_WORKSHOP_CODE_MAX];
  assert_int_equal(sim_workshop_encode(&w, code, sizeof code), SIM_WORKSHOP_OK);
  assert_string_equal(code, "9D01-14KK");
}

/* A typo in a gentle or challenging code is caught as in any other; so is a code whose
 * format field is 0 (reserved), made here with a correct check character. */
static void test_difficulty_typos_are_caught(void **unused) {
  (void)unused;
  int tried = 0;
  for (uint8_t d = 1; d < 3; d++) {
    SimWorkshop w = {sim_workshop_scenario_hash("conference_break"), 31337u * d, false, true, d == 2, d};
    char code[SIM_WORKSHOP_CODE_MAX];
    assert_int_equal(sim_workshop_encode(&w, code, sizeof code), SIM_WORKSHOP_OK);
    for (int pos = 0; pos < 9; pos++) {
      if (code[pos] == '-') continue;
      for (int a = 0; a < 32; a++) {
        if (ALPHA[a] == code[pos]) continue;
        char typo[SIM_WORKSHOP_CODE_MAX];
        memcpy(typo, code, sizeof typo);
        typo[pos] = ALPHA[a];
        SimWorkshop back;
        assert_int_not_equal(sim_workshop_decode(typo, &back, NULL, 0, NULL, 0), SIM_WORKSHOP_OK);
        assert_int_equal(back.difficulty, 0); /* zeroed on failure */
        tried++;
      }
    }
  }
  assert_int_equal(tried, 2 * 8 * 31);
  /* Format 0: the first character carries the format's 2 bits and 3 of the hash. Keep the
   * same code but clear the format, then fix the check character by trying all 32. */
  SimWorkshop w = {sim_workshop_scenario_hash("career_fair"), 4242, false, true, true, 0};
  char code[SIM_WORKSHOP_CODE_MAX];
  assert_int_equal(sim_workshop_encode(&w, code, sizeof code), SIM_WORKSHOP_OK);
  int first = (int)(strchr(ALPHA, code[0]) - ALPHA);
  code[0] = ALPHA[first & 7]; /* format bits (the top two of five) cleared */
  int refused = 0;
  for (int a = 0; a < 32; a++) {
    code[8] = ALPHA[a];
    SimWorkshop back;
    char err[160] = "";
    SimWorkshopStatus st = sim_workshop_decode(code, &back, NULL, 0, err, sizeof err);
    assert_int_not_equal(st, SIM_WORKSHOP_OK);
    if (st == SIM_WORKSHOP_BAD_VERSION) {
      assert_non_null(strstr(err, "different version"));
      refused++;
    }
  }
  assert_int_equal(refused, 1); /* exactly one check character is right, and it is refused */
}

static void test_bad_input(void **unused) {
  (void)unused;
  SimWorkshop back;
  char err[128];
  assert_int_equal(sim_workshop_decode("", &back, NULL, 0, err, sizeof err), SIM_WORKSHOP_BAD_LENGTH);
  assert_int_equal(sim_workshop_decode("ABC-DEF", &back, NULL, 0, err, sizeof err),
                   SIM_WORKSHOP_BAD_LENGTH);
  assert_int_equal(sim_workshop_decode("ABCD-EFGHJ", &back, NULL, 0, err, sizeof err),
                   SIM_WORKSHOP_BAD_LENGTH);
  assert_int_equal(sim_workshop_decode("ABCD-EFGU", &back, NULL, 0, err, sizeof err),
                   SIM_WORKSHOP_BAD_CHAR);
  assert_non_null(strstr(err, "'U'"));
  assert_int_equal(sim_workshop_decode(NULL, &back, NULL, 0, err, sizeof err), SIM_WORKSHOP_BAD_ARG);
  SimWorkshop w = {0, SIM_WORKSHOP_SEED_MAX + 1, false, false, false, 0};
  char code[SIM_WORKSHOP_CODE_MAX];
  assert_int_equal(sim_workshop_encode(&w, code, sizeof code), SIM_WORKSHOP_BAD_ARG);
  w.seed = 1;
  assert_int_equal(sim_workshop_encode(&w, code, 5), SIM_WORKSHOP_BAD_ARG);
}

static void test_scenario_lookup(void **unused) {
  (void)unused;
  SimWorkshop w = {sim_workshop_scenario_hash("career_fair"), 1, false, true, false, 0};
  const char *none[] = {"alumni_mixer", "industry_meetup"};
  assert_int_equal(sim_workshop_find_scenario(&w, none, 2), -1);
  const char *twice[] = {"career_fair", "alumni_mixer", "career_fair"};
  assert_int_equal(sim_workshop_find_scenario(&w, twice, 3), -2);
  /* The hash is a fixed function of the id: codes stay valid across machines. */
  assert_int_equal(sim_workshop_scenario_hash("career_fair"), sim_workshop_scenario_hash("career_fair"));
  assert_true(sim_workshop_scenario_hash("career_fair") < 1024);
  assert_int_not_equal(sim_workshop_scenario_hash("career_fair"),
                       sim_workshop_scenario_hash("alumni_mixer"));
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_round_trip),
    cmocka_unit_test(test_typing_is_forgiven),
    cmocka_unit_test(test_single_typos_are_caught),
    cmocka_unit_test(test_neighbour_swaps_are_caught),
    cmocka_unit_test(test_difficulty_round_trip),
    cmocka_unit_test(test_old_codes_play_standard),
    cmocka_unit_test(test_difficulty_typos_are_caught),
    cmocka_unit_test(test_bad_input),
    cmocka_unit_test(test_scenario_lookup),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
