/* test_script_sandbox.c — the sandbox holds: escapes are refused, every exhaustion stops
 * within its limit whatever the script does to swallow it, messages are bounded UTF-8 with
 * FILE:LINE, math.random follows the seed, ordinary string use still works, and a load that
 * fails at any allocation or instruction count leaks nothing (run under ASan).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <cmocka.h>

#include "script/host.h"
#include "script/script.h"

#define FIXTURE RAPPORT_SOURCE_DIR "/tests/scenarios/good/mini_mixer.lua"

static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* Loads `src` as "box/hostile.lua"; asserts it is refused in time with a message that names
 * the file, contains `expect`, is valid UTF-8 and fits. */
static void refused(const char *src, const char *expect) {
  ScrReport report;
  double t0 = now();
  SimScenario *s = scr_load_scenario_buffer("box/hostile.lua", src, strlen(src), NULL, &report);
  double dt = now() - t0;
  assert_null(s);
  assert_true(report.errors >= 1);
  assert_true(report.count >= 1);
  const char *msg = report.messages[0].text;
  if (!strstr(msg, expect)) fail_msg("expected '%s' in: %s", expect, msg);
  assert_int_equal(strncmp(msg, "box/hostile.lua:", 16), 0);
  assert_true(strlen(msg) < SCR_MESSAGE_MAX);
  assert_true(scr_utf8_valid(msg, strlen(msg)));
  if (dt > 1.0) fail_msg("took %.2f s: %s", dt, msg);
}

static void test_escapes(void **state) {
  (void)state;
  refused("io.write('x')", "global 'io'");
  refused("os.exit(1)", "global 'os'");
  refused("require('os')", "global 'require'");
  refused("return load('return 1')", "global 'load'");
  refused("dofile('/etc/passwd')", "global 'dofile'");
  refused("loadfile('/etc/passwd')", "global 'loadfile'");
  refused("debug.getinfo(1)", "global 'debug'");
  refused("print('hi')", "global 'print'");
  refused("collectgarbage('stop')", "global 'collectgarbage'");
  refused("string.dump(print)", "field 'dump'");
  refused("math.randomseed(1)", "field 'randomseed'");
  refused("string.rep = nil", "read-only");
  refused("table.insert = nil", "read-only");
  refused("getmetatable('').__index = {}", "boolean");
  refused("setmetatable(string, {})", "protected metatable");
  refused("setmetatable({}, { __gc = function() end })", "__gc");
  refused("rawset(string, 'x', 1)", "global 'rawset'");
  refused("\x1bLua\x54\x00", "binary chunk");
}

static void test_exhaustion(void **state) {
  (void)state;
  refused("while true do end", "ran too long");
  refused("local function f() while true do end end\nwhile true do pcall(f) end", "ran too long");
  refused("xpcall(function() while true do end end, function() while true do end end)\n"
          "while true do end",
          "ran too long");
  refused("local co = coroutine.wrap(function() while true do coroutine.yield() end end)\n"
          "while true do pcall(co) end",
          "ran too long");
  /* Memory bombs trip the memory cap or, on a slow (sanitizer) build, the deadline first;
   * test_memory_cap checks the cap alone. */
  refused("local t = {} local i = 0 while true do i = i + 1 t[i] = ('x'):rep(4096) .. i end",
          "the script");
  refused("local s = 'x' while true do pcall(function() s = s .. s end) end", "the script");
  refused("local function r() return 1 + r() end return r()", "");
  refused("return string.rep('x', 1 << 40)", "string.rep would build");
  refused("return string.find(string.rep('a', 3000), '.-.-.-b')", "too slow");
  refused("return (string.rep('a', 3000)):match('(a-)(a-)(a-)b')", "too slow");
  refused("for w in string.rep('^', 300):gmatch('^.-.-.-b') do end", "too slow");
  refused("local t = setmetatable({}, {__len = function() return 1 << 40 end})\n"
          "table.remove(t, 1)",
          "table.remove");
  refused("table.move({}, 1, 1 << 50, 2)", "table.move");
  refused("local x <close> = setmetatable({}, {__close = function() while true do end end})\n"
          "error('boom')",
          "__close metamethods are not allowed");
  /* Adding the finalizer after setmetatable is refused too (the metatable is sealed). */
  refused("local mt = {} local t = setmetatable({}, mt) mt.__gc = function() while true do end end\n"
          "local f = coroutine.wrap(function() while true do end end) f()",
          "__gc metamethods are not allowed");
}

/* The budget error keeps its line: the loop's line, not the pcall's. */
static void test_line_of_trip(void **state) {
  (void)state;
  ScrReport report;
  const char *src = "local n = 0\n\nwhile true do\n  n = n + 1\nend\n";
  assert_null(scr_load_scenario_buffer("loop.lua", src, strlen(src), NULL, &report));
  assert_true(report.messages[0].line == 3 || report.messages[0].line == 4);
  assert_non_null(strstr(report.messages[0].text, "loop.lua:"));
  const char *syntax = "local a = 1\nlocal b = = 2\n";
  assert_null(scr_load_scenario_buffer("syn.lua", syntax, strlen(syntax), NULL, &report));
  assert_int_equal(report.messages[0].line, 2);
  assert_int_equal(strncmp(report.messages[0].text, "syn.lua:2: ", 11), 0);
  const char *runtime = "local t = nil\n\nreturn t.x\n";
  assert_null(scr_load_scenario_buffer("run.lua", runtime, strlen(runtime), NULL, &report));
  assert_int_equal(report.messages[0].line, 3);
  assert_int_equal(strncmp(report.messages[0].text, "run.lua:3: ", 11), 0);
}

static void test_custom_limits(void **state) {
  (void)state;
  ScrLimits lim = scr_default_limits();
  lim.instructions = 50000;
  ScrReport report;
  const char *src = "for i = 1, 1000000 do end return {}";
  double t0 = now();
  assert_null(scr_load_scenario_buffer("budget.lua", src, strlen(src), &lim, &report));
  assert_true(now() - t0 < 0.2);
  assert_non_null(strstr(report.messages[0].text, "50000 instructions"));
  lim = scr_default_limits();
  lim.max_source = 16;
  assert_null(scr_load_scenario_buffer("big.lua", src, strlen(src), &lim, &report));
  assert_non_null(strstr(report.messages[0].text, "too large"));
}

/* With time to spare, memory bombs meet the memory cap, and pcall cannot swallow it. */
static void test_memory_cap(void **state) {
  (void)state;
  ScrLimits lim = scr_default_limits();
  lim.seconds = 10;
  lim.instructions = 1000u * 1000u * 1000u;
  lim.memory = 4u << 20;
  const char *bombs[] = {
    "local t = {} local i = 0 while true do i = i + 1 t[i] = ('x'):rep(4096) .. i end",
    "local s = 'x' while true do pcall(function() s = s .. s end) end",
    "local t = {} while true do pcall(function() t[#t + 1] = { {}, {}, {} } end) end",
  };
  for (size_t i = 0; i < sizeof bombs / sizeof bombs[0]; i++) {
    ScrReport report;
    double t0 = now();
    assert_null(scr_load_scenario_buffer("mem.lua", bombs[i], strlen(bombs[i]), &lim, &report));
    if (!strstr(report.messages[0].text, "too much memory (limit 4096 KiB)"))
      fail_msg("bomb %zu: %s", i, report.messages[0].text);
    assert_true(now() - t0 < 5.0);
  }
}

static void test_messages_bounded(void **state) {
  (void)state;
  refused("error('bad \\xff\\xfe\\n\\27[31m ' .. string.rep('z', 5000))", "bad");
  refused("error(setmetatable({}, {__tostring = function() while true do end end}))",
          "error object is a table");
  refused("error('no position', 0)", "no position");
  char out[16];
  scr_sanitize(out, sizeof out, "abc\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9", 13, NULL);
  assert_true(scr_utf8_valid(out, strlen(out)));
  assert_true(strlen(out) < sizeof out);
  assert_non_null(strstr(out, "\xE2\x80\xA6")); /* truncated with an ellipsis */
  scr_sanitize(out, sizeof out, "a\xff" "b\tc", 5, NULL);
  assert_string_equal(out, "a\xEF\xBF\xBD" "b c");
  char tag[64];
  const char *with_tag = SCR_CHUNK_TAG ":3: x";
  scr_sanitize(tag, sizeof tag, with_tag, strlen(with_tag), "dir/f.lua");
  assert_string_equal(tag, "dir/f.lua:3: x");
}

/* A scenario built by a script: math.random follows the seed; ordinary string use works. */
static const char *const RANDOM_SRC =
  "local words = { 'Harbour', 'Lantern', 'Meadow', 'Copper', 'Willow', 'Summit' }\n"
  "local title = words[math.random(#words)] .. ' ' .. words[math.random(1, #words)]\n"
  "local greeting = ('Hi, I am %s.'):format('{name}'):gsub('%s+', ' ')\n"
  "assert(('a,b,c'):find(',', 1, true) == 2 and ('x'):rep(3, '-') == 'x-x-x')\n"
  "local parts = {} for w in ('one two three'):gmatch('%a+') do parts[#parts + 1] = w end\n"
  "assert(table.concat(parts, '+') == 'one+two+three' and math.random() < 1)\n"
  "return scenario { id = 'random_room', title = title, summary = 's', teaches = 't', minutes = 30,\n"
  "  norms = {}, room = { width = 10, height = 10, zones = {\n"
  "    { id = 'door', kind = 'entrance', label = 'Door', x = 0, y = 0, w = 10, h = 10, noise = 0.2 } } },\n"
  "  people = { person { id = 'p', name = 'P', org = 'O', role = 'R', need = 'n', zone = 'door',\n"
  "    at = { 5, 5 }, traits = { openness = 0.5, introversion = 0.5, busy = 0.5 },\n"
  "    facts = { f = 'a fact' },\n"
  "    nodes = { node 'a' { says = 'Hello.', reveals = { 'f' }, choices = {\n"
  "      { greeting, 'introduce', next = 'b' }, { 'Bye.', 'exit_graceful' } } },\n"
  "      node 'b' { says = 'Nice.', choices = { { 'Bye.', 'exit_graceful' }, { 'Later.', 'exit_abrupt' } } } },\n"
  "    followup = { reference = 'f', offer = 'o', request = 'r', reply_personal = 'p',\n"
  "      reply_generic = 'g', reply_late = 'l' },\n"
  "    maintenance = { { kind = 'coffee', text = 't', reply = 'r' } } } } }\n";

static char *title_for_seed(uint64_t seed) {
  ScrLimits lim = scr_default_limits();
  lim.seed = seed;
  ScrReport report;
  SimScenario *s = scr_load_scenario_buffer("random_room.lua", RANDOM_SRC, strlen(RANDOM_SRC),
                                            &lim, &report);
  if (!s) fail_msg("%s", report.messages[0].text);
  char *title = strdup(s->title);
  assert_string_equal(s->people[0].nodes[0].choices[0].text, "Hi, I am {name}.");
  sim_scenario_destroy(s);
  return title;
}

static void test_seeded_random(void **state) {
  (void)state;
  char *a = title_for_seed(7), *b = title_for_seed(7);
  assert_string_equal(a, b);
  int differs = 0;
  for (uint64_t seed = 1; seed <= 8; seed++) {
    char *c = title_for_seed(seed);
    differs += strcmp(a, c) != 0;
    free(c);
  }
  assert_true(differs > 0);
  free(a);
  free(b);
}

/* Fault injection: the fixture loaded under every memory cap from tiny to enough, and under
 * tiny instruction budgets, either loads or fails cleanly (ASan checks for leaks). */
static void test_fault_sweep(void **state) {
  (void)state;
  ScrReport report;
  int loaded = 0, failed = 0;
  for (size_t cap = 4096; cap <= (size_t)2 << 20; cap = cap * 5 / 4) {
    ScrLimits lim = scr_default_limits();
    lim.memory = cap;
    SimScenario *s = scr_load_scenario_report(FIXTURE, &lim, &report);
    if (s) {
      loaded++;
      assert_int_equal(s->person_count, 2);
    } else {
      failed++;
      assert_true(report.count >= 1);
      assert_true(scr_utf8_valid(report.messages[0].text, strlen(report.messages[0].text)));
    }
    sim_scenario_destroy(s);
  }
  assert_true(loaded > 0 && failed > 0);
  for (uint64_t budget = 1000; budget <= 64000; budget *= 2) {
    ScrLimits lim = scr_default_limits();
    lim.instructions = budget;
    SimScenario *s = scr_load_scenario_report(FIXTURE, &lim, &report);
    sim_scenario_destroy(s);
  }
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_escapes),          cmocka_unit_test(test_exhaustion),
    cmocka_unit_test(test_line_of_trip),     cmocka_unit_test(test_custom_limits),
    cmocka_unit_test(test_messages_bounded), cmocka_unit_test(test_seeded_random),
    cmocka_unit_test(test_fault_sweep),      cmocka_unit_test(test_memory_cap),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
