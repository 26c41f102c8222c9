/* script.h — the Lua scenario host: load a scenario file in a sandbox, convert it once into
 * the simulation's C structures (sim/scenario.h), and check it without playing it.
 *
 * Owns the Lua state of each load (closed before returning). Depends on Lua 5.4 and
 * engine/sim; never on gfx, ui or game. Errors are values: every function fills a message
 * or a report and never prints.
 */
#ifndef RAPPORT_SCRIPT_H
#define RAPPORT_SCRIPT_H

#include <stddef.h>
#include <stdint.h>

#include "sim/scenario.h"

/* What one call into a scenario script may use. Every limit is enforced by the host and
 * cannot be escaped by the script (pcall, coroutines, error handlers or finalizers). */
typedef struct ScrLimits {
  uint64_t instructions;  /* Lua VM instructions per call into the script */
  double seconds;         /* wall-clock deadline per call */
  size_t memory;          /* bytes the Lua state may hold at once */
  size_t max_source;      /* bytes of a scenario file */
  size_t max_text;        /* bytes of one string converted into the scenario */
  uint64_t seed;          /* seed of math.random inside the sandbox */
} ScrLimits;

/* The defaults: 10 M instructions, 0.25 s, 16 MiB, 1 MiB of source, 4 KiB per string. */
ScrLimits scr_default_limits(void);

#define SCR_MESSAGE_MAX 320   /* bytes of one message, NUL included; always valid UTF-8 */
#define SCR_REPORT_MAX 48     /* messages one report keeps; the rest are counted */

typedef struct ScrMessage {
  int line;                   /* line in the scenario file, 0 when unknown */
  char text[SCR_MESSAGE_MAX]; /* "path/file.lua:LINE: message" (or "path/file.lua: message") */
} ScrMessage;

/* Everything a load or a validation found. Messages are in source order of discovery. */
typedef struct ScrReport {
  int errors;                 /* total problems found (may exceed count) */
  int count;                  /* messages stored in `messages` */
  int people;                 /* people in the scenario when it converted, else 0 */
  int nodes;                  /* dialogue nodes over all people, else 0 */
  ScrMessage messages[SCR_REPORT_MAX];
} ScrReport;

/* Loads the scenario file `path` (named in messages exactly as given) with `limits` (NULL:
 * defaults), converts it and checks it as `validate` does. Returns the scenario (free with
 * sim_scenario_destroy), or NULL with the first problem in `err` ("FILE:LINE: message").
 * A failed load leaks nothing. */
SimScenario *scr_load_scenario(const char *path, const ScrLimits *limits, char *err, size_t errlen);

/* As scr_load_scenario, but every problem goes into `out` (cleared first). NULL on any. */
SimScenario *scr_load_scenario_report(const char *path, const ScrLimits *limits,
                                      ScrReport *out);

/* As scr_load_scenario_report, from a source held in memory; `display` names it. */
SimScenario *scr_load_scenario_buffer(const char *display, const char *source, size_t len,
                                      const ScrLimits *limits, ScrReport *out);

/* Checks the file without keeping anything: fills `out` and returns its error count
 * (0 = the file is a valid scenario). */
int scr_validate_file(const char *path, ScrReport *out);

/* The project root: $RAPPORT_ROOT when set and non-empty, else the source directory the
 * build was configured from. Never NULL. */
const char *scr_root(void);

/* `<root>/scripts/scenarios` into `out`. 0 on success, -1 when it does not fit. */
int scr_scenario_dir(char *out, size_t outlen);

/* The path of the shipped scenario `id` (`<dir>/<id>.lua`) into `out`. 0 when the file
 * exists, -1 when the id is not a plain snake_case name, does not fit, or has no file. */
int scr_find_scenario(const char *id, char *out, size_t outlen);

/* The ids of the shipped scenarios (file names without .lua), sorted, at most `max`.
 * Returns how many were written, or -1 when the folder cannot be read. */
int scr_list_scenarios(char ids[][64], int max);

/* What a workshop code resolves to. */
typedef enum ScrWorkshopStatus {
  SCR_WORKSHOP_OK,
  SCR_WORKSHOP_BAD_CODE,        /* not a valid code: `err` says why (a typo, a checksum) */
  SCR_WORKSHOP_NO_SCENARIO,     /* valid, but for a scenario this installation does not have */
} ScrWorkshopStatus;

/* The one place a workshop code becomes a shipped scenario: decodes `code` into *w (opt),
 * its canonical spelling into canon[SIM_WORKSHOP_CODE_MAX] (opt) and the id of the shipped
 * scenario it names into id[idlen] (among at most RAPPORT_MAX_SCENARIOS). `err` (opt)
 * gets plain words when the status is not SCR_WORKSHOP_OK. */
struct SimWorkshop;
ScrWorkshopStatus scr_workshop_scenario(const char *code, struct SimWorkshop *w /* opt */,
                                        char *canon /* opt */, char *id, size_t idlen,
                                        char *err /* opt */, size_t errlen);

#endif
