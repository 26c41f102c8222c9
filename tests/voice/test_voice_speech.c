/* test_voice_speech.c — espeak-ng off the main thread (engine/gfx/speech.c), on SDL's disk
 * audio driver: gfx_speech_say returns at once and the worker reports the samples later;
 * a stop cancels the utterance in progress and everything queued; rate changes reach the
 * worker; closing while it synthesises (the group's teardown) joins it cleanly (ASan/TSan: no leak, no race).
 * Prints the time the calling thread spends in gfx_speech_say on a long line, the
 * synthesis time and the stop-to-idle time (figures for the report; nothing asserts them).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <string.h>
#include <time.h>

#include "gfx/speech.h"

static const char LONG_LINE[] =
  "Maya Okafor, looking interested: Hi! Welcome to Pulse Health. We build tools that help nurses spend "
  "less time on paperwork and more time with their patients, and this term we are running a user study "
  "on the night-shift handover. Are you here for the design roles, or just curious about what we do?";

static double now_ms(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return (double)t.tv_sec * 1e3 + (double)t.tv_nsec / 1e6;
}

/* One GfxSpeech for the whole run: espeak-ng 1.51 hangs in espeak_ng_Terminate when it is
 * initialised a second time in one process (with or without our worker; the game opens it
 * once), so the tests share it and the teardown closes it mid-synthesis. */
static GfxSpeech *shared;

static int open_espeak(void **state) {
  (void)state;
  char log[600] = "";
  shared = gfx_speech_open(GFX_SPEECH_ONLY_ESPEAK, log, sizeof log);
  if (!shared || gfx_speech_backend(shared) != GFX_SPEECH_ESPEAK) {
    fprintf(stderr, "espeak-ng did not open: %s\n", log);
    return -1;
  }
  return 0;
}

/* Before each test: nothing being said, no outcome left over. */
static int quiet(void **state) {
  (void)state;
  gfx_speech_stop(shared);
  gfx_speech_wait(shared);
  GfxSpeechDone d;
  while (gfx_speech_poll(shared, &d)) {}
  gfx_speech_set_rate(shared, 100);
  gfx_speech_set_language(shared, "en");
  return 0;
}

/* Closes while the worker synthesises five long lines: it is joined, nothing leaks
 * (LSan), nothing races (TSan, by hand). */
static int close_while_synthesising(void **state) {
  (void)state;
  for (int k = 0; k < 5; k++) gfx_speech_say(shared, LONG_LINE);
  double t0 = now_ms();
  gfx_speech_close(shared);
  printf("close with five long lines queued: %.2f ms\n", now_ms() - t0);
  shared = NULL;
  return 0;
}

/* The outcome of utterance `id` (every other outcome is skipped). */
static GfxSpeechDone outcome(GfxSpeech *sp, long id) {
  GfxSpeechDone d = {0};
  while (gfx_speech_poll(sp, &d))
    if (d.id == id) return d;
  fail_msg("no outcome for utterance %ld", id);
  return d;
}

static void say_returns_before_the_synthesis(void **state) {
  (void)state;
  GfxSpeech *sp = shared;
  gfx_speech_say(sp, "warm up"); /* the first synthesis loads the voice's data */
  gfx_speech_wait(sp);
  for (int i = 0; i < 3; i++) {
    double t0 = now_ms();
    long id = gfx_speech_say(sp, LONG_LINE);
    double t1 = now_ms();
    assert_true(id > 0);
    gfx_speech_wait(sp);
    double t2 = now_ms();
    GfxSpeechDone d = outcome(sp, id);
    assert_false(d.cancelled);
    assert_true(d.samples > 22050 * 5); /* a long line: well over five seconds of speech */
    printf("long line (%zu bytes): gfx_speech_say on the calling thread %.3f ms; synthesis on the worker %.1f ms; "
           "%ld samples (%.1f s of speech)\n",
           strlen(LONG_LINE), t1 - t0, t2 - t0, d.samples, (double)d.samples / 22050.0);
    gfx_speech_stop(sp);
  }
}

static void stop_cancels_the_current_and_the_queued(void **state) {
  (void)state;
  GfxSpeech *sp = shared;
  /* The first text is long enough (50 lines, over half a second of work) that its
   * synthesis is still running when the stop comes. */
  static char huge[sizeof LONG_LINE * 50];
  huge[0] = '\0';
  for (int i = 0; i < 50; i++) strcat(huge, LONG_LINE);
  long ids[10];
  ids[0] = gfx_speech_say(sp, huge);
  for (int i = 1; i < 10; i++) ids[i] = gfx_speech_say(sp, LONG_LINE);
  /* Give the worker time to be well into the first (it takes far longer than this). */
  nanosleep(&(struct timespec){0, 40 * 1000 * 1000}, NULL);
  double t0 = now_ms();
  gfx_speech_stop(sp);
  gfx_speech_wait(sp);
  double t1 = now_ms();
  printf("stop with one long utterance being synthesised and nine queued: idle after %.2f ms\n", t1 - t0);
  GfxSpeechDone d[10];
  int n = 0;
  while (n < 10 && gfx_speech_poll(sp, &d[n])) n++;
  assert_int_equal(n, 10);
  int cancelled = 0;
  for (int i = 0; i < 10; i++) {
    bool found = false;
    for (int k = 0; k < 10; k++)
      if (d[k].id == ids[i]) {
        found = true;
        cancelled += d[k].cancelled;
        if (i > 0 && d[k].cancelled) assert_int_equal(d[k].samples, 0); /* never started */
        if (i == 0) {
          printf("the interrupted utterance had queued %ld samples (%.2f s) when it stopped\n", d[k].samples,
                 (double)d[k].samples / 22050.0);
          assert_true(d[k].cancelled);
        }
      }
    assert_true(found);
  }
  assert_true(cancelled >= 9);
  /* And it speaks again afterwards. */
  long again = gfx_speech_say(sp, "Start, button");
  gfx_speech_wait(sp);
  GfxSpeechDone after = outcome(sp, again);
  assert_false(after.cancelled);
  assert_true(after.samples > 0);
}

static void rate_reaches_the_worker(void **state) {
  (void)state;
  GfxSpeech *sp = shared;
  gfx_speech_set_rate(sp, 100);
  long a = gfx_speech_say(sp, LONG_LINE);
  gfx_speech_wait(sp);
  gfx_speech_set_rate(sp, 200);
  long b = gfx_speech_say(sp, LONG_LINE);
  gfx_speech_wait(sp);
  GfxSpeechDone da = outcome(sp, a), db = outcome(sp, b);
  printf("rate 100%%: %ld samples, rate 200%%: %ld samples\n", da.samples, db.samples);
  assert_true(db.samples > 0);
  assert_true(db.samples * 10 < da.samples * 7); /* twice the rate: well under 70% as long */
}

/* The interface's language reaches the worker: its voice speaks the next utterance, the
 * outcome names it; a language espeak-ng has no voice for falls back to English, noted once. */
static void language_reaches_the_worker(void **state) {
  (void)state;
  GfxSpeech *sp = shared;
  const char *text = "Empezar, botón. Ajustes, botón. Buenos días, ¿qué tal?";
  gfx_speech_set_language(sp, "es");
  long es = gfx_speech_say(sp, text);
  gfx_speech_wait(sp);
  gfx_speech_set_language(sp, "en");
  long en = gfx_speech_say(sp, text);
  gfx_speech_wait(sp);
  GfxSpeechDone des = outcome(sp, es), den = outcome(sp, en);
  printf("\"%s\": voice %s %ld samples, voice %s %ld samples\n", text, des.voice, des.samples, den.voice, den.samples);
  assert_string_equal(des.voice, "es");
  assert_int_equal(strncmp(den.voice, "en", 2), 0); /* espeak-ng's English: "en", "en-gb" */
  assert_true(des.samples > 0 && den.samples > 0);
  assert_true(des.samples != den.samples); /* other phonetics, other audio */
  char note[256];
  assert_false(gfx_speech_take_note(sp, note, sizeof note));
  gfx_speech_set_language(sp, "zz");
  long zz = gfx_speech_say(sp, "Start, button");
  gfx_speech_wait(sp);
  GfxSpeechDone dzz = outcome(sp, zz);
  printf("\"zz\": voice %s, %ld samples\n", dzz.voice, dzz.samples);
  assert_int_equal(strncmp(dzz.voice, "en", 2), 0);
  assert_true(dzz.samples > 0);
  assert_true(gfx_speech_take_note(sp, note, sizeof note));
  assert_non_null(strstr(note, "\"zz\""));
  assert_false(gfx_speech_take_note(sp, note, sizeof note)); /* once */
}

static void nothing_to_say(void **state) {
  (void)state;
  GfxSpeech *sp = shared;
  assert_int_equal(gfx_speech_say(sp, ""), -1);
  assert_int_equal(gfx_speech_say(sp, NULL), -1);
  GfxSpeechDone d;
  assert_false(gfx_speech_poll(sp, &d));
  gfx_speech_wait(sp); /* idle: returns at once */
  gfx_speech_close(NULL);
  assert_int_equal(gfx_speech_say(NULL, "x"), -1);
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test_setup(say_returns_before_the_synthesis, quiet),
    cmocka_unit_test_setup(stop_cancels_the_current_and_the_queued, quiet),
    cmocka_unit_test_setup(rate_reaches_the_worker, quiet),
    cmocka_unit_test_setup(language_reaches_the_worker, quiet),
    cmocka_unit_test_setup(nothing_to_say, quiet),
  };
  return cmocka_run_group_tests(tests, open_espeak, close_while_synthesising);
}
