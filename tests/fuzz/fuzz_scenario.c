/* fuzz_scenario.c — libFuzzer target: the scenario loader (sandboxed Lua, conversion and
 * checks) on any source text, with the default limits. Depends on engine/script.
 */
#include <stddef.h>
#include <stdint.h>

#include "script/script.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  ScrReport report;
  SimScenario *s = scr_load_scenario_buffer("fuzz.lua", (const char *)data, size, NULL, &report);
  sim_scenario_destroy(s);
  return 0;
}
