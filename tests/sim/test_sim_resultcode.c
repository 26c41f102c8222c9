/* test_sim_resultcode.c — results codes (engine/sim/resultcode.c): every field survives a
 * round trip (clamped and rounded as documented), typing is forgiven (case, dashes,
 * spaces, O/I/L), every single mistyped character at every position is refused (and
 * pointed at), every swap of two different neighbours is refused, and a code checked
 * against another workshop's code is refused: always for workshop codes differing in up
 * to four characters, and for every one of 2,000 other workshops tried.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sim/resultcode.h"
#include "sim/workshop.h"

static const char ALPHA[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

static void make_workshop(uint32_t seed, unsigned flags, char *out) {
  SimWorkshop w = {sim_workshop_scenario_hash("career_fair"), seed, flags & 4, flags & 2, flags & 1, 0};
  assert_int_equal(sim_workshop_encode(&w, out, SIM_WORKSHOP_CODE_MAX), SIM_WORKSHOP_OK);
}

static SimResultSummary sample(unsigned i) {
  SimResultSummary r;
  memset(&r, 0, sizeof r);
  r.nonce = (i * 2654435761u) & 0xFFFFu;
  r.day = SIM_RESULT_DAY_BASE + (int)(i * 37 % 4096);
  r.intention = (int)(i % 5);
  r.depth_gain = (double)((int)(i * 7 % 400) - 120) / 2.0;
  r.callable = (int)(i % 32);
  r.cards = (int)(i * 3 % 32);
  r.conversations = (int)(i % 16);
  r.followups = (int)(i * 5 % 16);
  r.left_early = i % 2;
  r.rests = (int)(i % 4);
  r.energy_left = 0;                  /* exact at 0 and 100 */
  for (int k = 0; k < 6; k++) {   /* a value on the code's 31 steps: exact after a round trip */
    int q = (int)(((i + (unsigned)k) * 31) % 32);
    r.skills[k] = (q * 200 + 31) / 62;
  }
  return r;
}

static void test_round_trip(void **unused) {
  (void)unused;
  char ws[SIM_WORKSHOP_CODE_MAX];
  make_workshop(4242, 2, ws);
  for (unsigned i = 0; i < 200; i++) {
    SimResultSummary r = sample(i), back;
    r.energy_left = i % 2 ? 100 : 0;
    char code[SIM_RESULT_CODE_MAX], canon[SIM_RESULT_CODE_MAX], err[160];
    assert_int_equal(sim_result_code_encode(&r, ws, code, sizeof code), SIM_RESULT_OK);
    assert_int_equal(strlen(code), 29);
    assert_int_equal(sim_result_code_decode(code, ws, &back, canon, sizeof canon, err, sizeof err),
                     SIM_RESULT_OK);
    assert_string_equal(canon, code);
    assert_int_equal(back.nonce, r.nonce);
    assert_int_equal(back.day, r.day);
    assert_int_equal(back.intention, r.intention);
    assert_true(back.depth_gain == r.depth_gain);
    assert_int_equal(back.callable, r.callable);
    assert_int_equal(back.cards, r.cards);
    assert_int_equal(back.conversations, r.conversations);
    assert_int_equal(back.followups, r.followups);
    assert_int_equal(back.left_early, r.left_early);
    assert_int_equal(back.rests, r.rests);
    assert_int_equal(back.energy_left, r.energy_left);
    for (int k = 0; k < 6; k++) assert_int_equal(back.skills[k], r.skills[k]);
  }
}

/* Out-of-range values are clamped, skills rounded to the nearest 100/31 step. */
static void test_clamps(void **unused) {
  (void)unused;
  char ws[SIM_WORKSHOP_CODE_MAX], code[SIM_RESULT_CODE_MAX];
  make_workshop(1, 0, ws);
  SimResultSummary r = sample(3), back;
  r.depth_gain = 5000.3;
  r.callable = 99;
  r.cards = -4;
  r.rests = 12;
  r.skills[0] = 50;
  r.day = 100;
  assert_int_equal(sim_result_code_encode(&r, ws, code, sizeof code), SIM_RESULT_OK);
  assert_int_equal(sim_result_code_decode(code, ws, &back, NULL, 0, NULL, 0), SIM_RESULT_OK);
  assert_true(back.depth_gain == 511.5);
  assert_int_equal(back.callable, 31);
  assert_int_equal(back.cards, 0);
  assert_int_equal(back.rests, 3);
  assert_int_equal(back.skills[0], 52);   /* 50 -> 15.5 steps -> 16 -> 51.6 */
  assert_int_equal(back.day, SIM_RESULT_DAY_BASE);
}

static void test_typing_forgiven(void **unused) {
  (void)unused;
  char ws[SIM_WORKSHOP_CODE_MAX], code[SIM_RESULT_CODE_MAX], typed[64];
  make_workshop(77, 1, ws);
  SimResultSummary r = sample(11), back;
  assert_int_equal(sim_result_code_encode(&r, ws, code, sizeof code), SIM_RESULT_OK);
  /* lower case, no dashes, spaces, 0 typed as o and 1 as l */
  size_t n = 0;
  for (const char *c = code; *c; c++) {
    if (*c == '-') { typed[n++] = ' '; continue; }
    char ch = *c == '0' ? 'o' : *c == '1' ? 'l' : (char)(*c >= 'A' && *c <= 'Z' ? *c + 32 : *c);
    typed[n++] = ch;
  }
  typed[n] = '\0';
  /* the workshop code as a student types it, too */
  char ws_typed[SIM_WORKSHOP_CODE_MAX];
  snprintf(ws_typed, sizeof ws_typed, "%.4s%s", ws, ws + 5);
  assert_int_equal(sim_result_code_decode(typed, ws_typed, &back, NULL, 0, NULL, 0), SIM_RESULT_OK);
  assert_int_equal(back.nonce, r.nonce);
}

/* Every position, every other character: refused, and named as a typo at that position. */
static void test_every_single_typo(void **unused) {
  (void)unused;
  char ws[SIM_WORKSHOP_CODE_MAX];
  make_workshop(4242, 0, ws);
  for (unsigned s = 0; s < 5; s++) {
    SimResultSummary r = sample(s * 13 + 1), back;
    char code[SIM_RESULT_CODE_MAX], bad[SIM_RESULT_CODE_MAX], err[160], want[64];
    assert_int_equal(sim_result_code_encode(&r, ws, code, sizeof code), SIM_RESULT_OK);
    int pos = 0;
    for (size_t i = 0; code[i]; i++) {
      if (code[i] == '-') continue;
      pos++;
      for (const char *a = ALPHA; *a; a++) {
        if (*a == code[i]) continue;
        memcpy(bad, code, sizeof bad);
        bad[i] = *a;
        SimResultStatus st = sim_result_code_decode(bad, ws, &back, NULL, 0, err, sizeof err);
        assert_int_equal(st, SIM_RESULT_TYPO);
        snprintf(want, sizeof want, "character %d ", pos);
        assert_non_null(strstr(err, want));
        assert_int_equal(back.nonce, 0);
      }
    }
  }
}

static void test_every_neighbour_swap(void **unused) {
  (void)unused;
  char ws[SIM_WORKSHOP_CODE_MAX];
  make_workshop(9, 4, ws);
  for (unsigned s = 0; s < 50; s++) {
    SimResultSummary r = sample(s), back;
    char code[SIM_RESULT_CODE_MAX], raw[32], bad[32];
    assert_int_equal(sim_result_code_encode(&r, ws, code, sizeof code), SIM_RESULT_OK);
    size_t n = 0;
    for (const char *c = code; *c; c++) if (*c != '-') raw[n++] = *c;
    raw[n] = '\0';
    for (size_t i = 0; i + 1 < n; i++) {
      if (raw[i] == raw[i + 1]) continue;
      memcpy(bad, raw, n + 1);
      bad[i] = raw[i + 1];
      bad[i + 1] = raw[i];
      SimResultStatus st = sim_result_code_decode(bad, ws, &back, NULL, 0, NULL, 0);
      assert_true(st == SIM_RESULT_TYPO || st == SIM_RESULT_WRONG_WORKSHOP);
    }
  }
}

static void test_wrong_workshop(void **unused) {
  (void)unused;
  char ws[SIM_WORKSHOP_CODE_MAX], other[SIM_WORKSHOP_CODE_MAX], code[SIM_RESULT_CODE_MAX],
       err[160];
  make_workshop(4242, 2, ws);
  SimResultSummary r = sample(5), back;
  assert_int_equal(sim_result_code_encode(&r, ws, code, sizeof code), SIM_RESULT_OK);
  /* Neighbouring seeds and other settings: the codes differ in a few characters. */
  int refused = 0;
  for (uint32_t seed = 0; seed < 2000; seed++) {
    for (unsigned flags = 0; flags < 8; flags += 7) {
      make_workshop(seed, flags, other);
      if (strcmp(other, ws) == 0) continue;
      SimResultStatus st = sim_result_code_decode(code, other, &back, NULL, 0, err, sizeof err);
      assert_int_not_equal(st, SIM_RESULT_OK);
      refused++;
    }
  }
  assert_true(refused >= 3999);
  assert_int_equal(sim_result_code_decode(code, "not a code", &back, NULL, 0, err, sizeof err),
                   SIM_RESULT_BAD_ARG);
}

/* A results code made at one difficulty is refused under the same evening's code at
 * another: the difficulty travels in the workshop code the results code is bound to. */
static void test_difficulty_binds_results(void **unused) {
  (void)unused;
  char codes[3][SIM_WORKSHOP_CODE_MAX];
  for (uint8_t d = 0; d < 3; d++) {
    SimWorkshop w = {sim_workshop_scenario_hash("career_fair"), 4242, false, true, false, d};
    assert_int_equal(sim_workshop_encode(&w, codes[d], sizeof codes[d]), SIM_WORKSHOP_OK);
  }
  for (int made = 0; made < 3; made++) {
    SimResultSummary r = sample(11), back;
    char code[SIM_RESULT_CODE_MAX], err[160];
    assert_int_equal(sim_result_code_encode(&r, codes[made], code, sizeof code), SIM_RESULT_OK);
    for (int checked = 0; checked < 3; checked++) {
      SimResultStatus st = sim_result_code_decode(code, codes[checked], &back, NULL, 0, err, sizeof err);
      if (checked == made) assert_int_equal(st, SIM_RESULT_OK);
      else assert_int_equal(st, SIM_RESULT_WRONG_WORKSHOP);
    }
  }
}

static void test_bad_input(void **unused) {
  (void)unused;
  char ws[SIM_WORKSHOP_CODE_MAX], err[160];
  make_workshop(3, 0, ws);
  SimResultSummary back;
  assert_int_equal(sim_result_code_decode("ABCD", ws, &back, NULL, 0, err, sizeof err),
                   SIM_RESULT_BAD_LENGTH);
  assert_non_null(strstr(err, "24"));
  assert_int_equal(sim_result_code_decode("ABCD-EFGH-JKMN-PQRS-TVWX-YZU0", ws, &back, NULL, 0,
                                          err, sizeof err), SIM_RESULT_BAD_CHAR);
  assert_non_null(strstr(err, "'U'"));
  char small[8];
  SimResultSummary r = sample(1);
  assert_int_equal(sim_result_code_encode(&r, ws, small, sizeof small), SIM_RESULT_BAD_ARG);
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_round_trip),
    cmocka_unit_test(test_clamps),
    cmocka_unit_test(test_typing_forgiven),
    cmocka_unit_test(test_every_single_typo),
    cmocka_unit_test(test_every_neighbour_swap),
    cmocka_unit_test(test_wrong_workshop),
    cmocka_unit_test(test_difficulty_binds_results),
    cmocka_unit_test(test_bad_input),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
