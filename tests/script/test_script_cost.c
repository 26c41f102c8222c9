/* test_script_cost.c — issue 12 finding 8: the sandbox bounds the work of every C call, not
 * only the number of instructions. Each hostile script below once ran for minutes (or for
 * ever) inside one library call or with the hook switched off; now each is refused quickly.
 * Every case runs in a child process with a deadline, so a regression fails instead of
 * hanging the suite.
 */
#include <setjmp.h>
#include <signal.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <cmocka.h>

#include "script/script.h"

#define CHILD_SECONDS 20

/* Loads `src` in a child; the child exits 0 when the load was refused with `expect` in the
 * message, 1 otherwise; the parent fails when the child overruns CHILD_SECONDS. */
static void refused_in_time(const char *src, const char *expect) {
  fflush(NULL);
  pid_t pid = fork();
  assert_true(pid >= 0);
  if (pid == 0) {
    alarm(CHILD_SECONDS);
    ScrReport report;
    SimScenario *s = scr_load_scenario_buffer("box/cost.lua", src, strlen(src), NULL, &report);
    int ok = s == NULL && report.count >= 1 && strstr(report.messages[0].text, expect) != NULL;
    if (!ok) fprintf(stderr, "got: %s\n", report.count ? report.messages[0].text : "(loaded)");
    sim_scenario_destroy(s);
    _exit(ok ? 0 : 1);
  }
  int status = 0;
  assert_int_equal(waitpid(pid, &status, 0), pid);
  if (WIFSIGNALED(status))
    fail_msg("still running after %d s (signal %d): %.60s", CHILD_SECONDS, WTERMSIG(status), src);
  if (WEXITSTATUS(status) != 0) fail_msg("not refused with '%s': %.60s", expect, src);
}

static void test_plain_find_costs_by_length(void **state) {
  (void)state;
  /* Plain find: memchr + memcmp at every start, 512 KiB x 512 KiB. */
  refused_in_time("local s = string.rep('a', 1 << 20)\n"
                  "local p = string.rep('a', 1 << 19) .. 'b'\n"
                  "return s:find(p, 1, true)", "too slow");
  /* No specials: find takes the same plain path without being asked. */
  refused_in_time("local s = string.rep('a', 1 << 20)\n"
                  "local p = string.rep('a', 1 << 19) .. 'b'\n"
                  "return s:find(p)", "too slow");
}

static void test_literal_pattern_costs_by_length(void **state) {
  (void)state;
  /* A literal pattern was counted as one step per position; it is m per position. */
  refused_in_time("local s = string.rep('a', 1 << 20)\n"
                  "local p = string.rep('a', 1 << 12) .. 'b'\n"
                  "return s:match(p)", "too slow");
  refused_in_time("local s = string.rep('a', 1 << 20)\n"
                  "return s:gsub(string.rep('a', 4000) .. 'b', '')", "too slow");
}

static void test_sort_long_strings(void **state) {
  (void)state;
  /* Each comparison walks 1 MiB (equal strings have no shortcut). */
  refused_in_time("local s = string.rep('a', 1 << 20)\n"
                  "local t = {} for i = 1, 20000 do t[i] = s end\n"
                  "table.sort(t)", "table.sort");
}

static void test_many_small_calls_spend_the_budget(void **state) {
  (void)state;
  /* Each call is allowed alone; together they spend the instruction budget. */
  refused_in_time("local s = string.rep('a', 1 << 16)\n"
                  "local p = string.rep('a', 300) .. 'b'\n"
                  "for i = 1, 100000 do s:find(p, 1, true) end", "ran too long");
}

static void test_close_handler_never_runs_unhooked(void **state) {
  (void)state;
  /* __close added to the metatable after setmetatable; coroutine.wrap would run it with the
   * hook off once the instruction limit kills the coroutine. */
  refused_in_time("local mt = {}\n"
                  "local obj = setmetatable({}, mt)\n"
                  "mt.__close = function() while true do end end\n"
                  "local co = coroutine.wrap(function() local x <close> = obj\n"
                  "  while true do end end)\n"
                  "co()", "__close metamethods are not allowed");
  /* The same through a table that is its own metatable. */
  refused_in_time("local t = {} setmetatable(t, t) t.__close = function() while true do end end\n"
                  "local co = coroutine.wrap(function() local x <close> = t while true do end end)\n"
                  "co()", "own metatable");
  /* Or through a metatable whose own metatable the script controls. */
  refused_in_time("local meta = setmetatable({}, {})\n"
                  "local obj = setmetatable({}, meta)\n"
                  "setmetatable(meta, nil) meta.__close = function() while true do end end\n"
                  "local co = coroutine.wrap(function() local x <close> = obj while true do end end)\n"
                  "co()", "metatable");
  /* __gc added later is refused as well, and a sealed metatable cannot be unsealed. */
  refused_in_time("local mt = {} setmetatable({}, mt) setmetatable(mt, nil)\n"
                  "mt.__gc = function() while true do end end", "protected metatable");
}

static void test_ordinary_use_still_works(void **state) {
  (void)state;
  const char *src =
      "local mt = {} mt.__index = mt function mt.hi() return 'hi' end\n"
      "local o = setmetatable({}, mt) mt.later = 1\n"
      "assert(o.hi() == 'hi' and o.later == 1)\n"
      "local t = {'pear', 'apple', 'fig'} table.sort(t) assert(t[1] == 'apple')\n"
      "assert(('hello world'):find('o w', 1, true) == 5)\n"
      "assert(('a,b,c'):gsub(',', ';') == 'a;b;c')\n"
      "error('reached the end')";
  refused_in_time(src, "reached the end");
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_plain_find_costs_by_length),
    cmocka_unit_test(test_literal_pattern_costs_by_length),
    cmocka_unit_test(test_sort_long_strings),
    cmocka_unit_test(test_many_small_calls_spend_the_budget),
    cmocka_unit_test(test_close_handler_never_runs_unhooked),
    cmocka_unit_test(test_ordinary_use_still_works),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
