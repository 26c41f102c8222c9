/* script.h — the Lua scenario host: load a scenario file in a sandbox, convert it once into
 * the simulation's C structures (sim/scenario.h), and check it without playing it.
 *
 * Owns the Lua state of each load (closed before returning). Depends on Lua 5.4 and
 * engine/sim; never on gfx, ui or game. Errors are values: every function fills a message
 * or a report and never prints.
 */
#ifndef RAPPORT_SCRIPT_H
#define RAPPORT_SCRIPT_H

#include <stdbool.h>
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

/* What the host knows and a scenario may use: a table of text fields set as the global
 * `name` before the scenario runs (e.g. `roster_acquaintance`, someone from the player's
 * roster: reconnect_coffee reads `roster_acquaintance or { ...its own... }`). A scenario
 * that does not read it is unaffected; without one the global is nil. */
#define SCR_GIVEN_MAX 16
typedef struct ScrGiven {
  const char *name;                 /* the global's name */
  int count;
  const char *keys[SCR_GIVEN_MAX];
  const char *values[SCR_GIVEN_MAX];
} ScrGiven;

/* As scr_load_scenario, with `given` (NULL: none) set before the scenario runs. */
SimScenario *scr_load_scenario_given(const char *path, const ScrLimits *limits, const ScrGiven *given,
                                     char *err, size_t errlen);

/* The global a later meeting reads, and its fields (all text; "" when unknown):
 *   id, name, first_name, org, role   the person, as their own scenario has them
 *   met_at                            the event, read after "at" ("the Campus Careers Fair")
 *   weeks_ago                         "three weeks ago", "recently"
 *   tier                              "1".."5"
 *   followed_up                       "yes" when the player wrote after that event, else "no"
 *   fact_id, fact                     the one thing they told the player best to ask about
 *                                     (its id and text as written: "is training for her ...")
 *   fact_you                          the same said to them ("you're training for your ...")
 *   known_ids, known_texts            every fact the player knows of them: ids comma-separated,
 *                                     texts one a line, in the same order
 * A scenario declares the known facts under the same ids (so the save keeps them) and
 * `remembers` them. Samples for `validate`: scr_acquaintance_sample. */
#define SCR_ACQUAINTANCE_GLOBAL "roster_acquaintance"
#define SCR_ACQUAINTANCE_FIELDS 14
extern const char *const scr_acquaintance_keys[SCR_ACQUAINTANCE_FIELDS];
/* Sample acquaintance `i` (0..SCR_ACQUAINTANCE_SAMPLES-1) as a given, and a few words
 * naming it ("one fact learned", "nothing learned"); false when out of range. Static data. */
#define SCR_ACQUAINTANCE_SAMPLES 3
bool scr_acquaintance_sample(int i, ScrGiven *out, const char **label);
/* Whether the scenario file at `path` reads the global `name` (mentions it at all). */
bool scr_scenario_reads_given(const char *path, const char *name);
/* As scr_load_scenario_report, with `given` (NULL: none). */
SimScenario *scr_load_scenario_report_given(const char *path, const ScrLimits *limits, const ScrGiven *given,
                                            ScrReport *out);

/* As scr_load_scenario, but every problem goes into `out` (cleared first). NULL on any. */
SimScenario *scr_load_scenario_report(const char *path, const ScrLimits *limits,
                                      ScrReport *out);

/* As scr_load_scenario_report, from a source held in memory; `display` names it. */
SimScenario *scr_load_scenario_buffer(const char *display, const char *source, size_t len,
                                      const ScrLimits *limits, ScrReport *out);

/* Checks the file without keeping anything: fills `out` and returns its error count
 * (0 = the file is a valid scenario). */
int scr_validate_file(const char *path, ScrReport *out);

/* Tells: patterns in a valid scenario that give the answer away (docs/scenarios.md,
 * "Tells"). Warnings only: a scenario with tells still loads and plays. */
#define SCR_TELL_LONGEST_PERCENT 40 /* most nodes (%) where the best option may be the longest */
#define SCR_TELL_LIST_MAX 160       /* nodes listed in ScrTellStats.longest */

typedef struct ScrTellStats {
  int nodes_measured;  /* nodes with two or more choices offered in their context */
  int best_longest;    /* of those, nodes where the best-scoring choice is the longest line */
  int best_shortest;   /* of those, nodes where it is the shortest (the opposite tell) */
  int answered_again;  /* choices that lead to a node repeating facts already heard */
  int dead_loops;      /* loops that teach nothing and can only be left by ending the talk */
  int listed;          /* entries in `longest`: nodes where the best is the longest or shortest */
  struct {
    int line;          /* the node's line in the file */
    int choice;        /* the best choice, 1-based */
    bool shortest;     /* the best is the shortest line here (else the longest) */
    const char *person, *node; /* ids, owned by the scenario */
  } longest[SCR_TELL_LIST_MAX];
} ScrTellStats;

/* Looks for tells in `scn` (converted and valid): adds one "FILE:LINE: warning: ..." per
 * tell to `out` (cleared first) and returns how many. `display` names the file in the
 * messages (NULL: scn->source). `stats` (opt) receives the counts behind the warnings.
 * "Best-scoring" is the choice engine/sim's hint (sim_hint_choice, the connector) takes
 * at the node after the shortest path of choices to it. Allocates one session; never prints. */
int scr_find_tells(const SimScenario *scn, const char *display, ScrReport *out,
                   ScrTellStats *stats /* opt */);

/* Where the data and the player's own scenarios are: set once at start-up by main (which
 * resolves them, docs/install.md) before any other scr_ call, and read-only afterwards.
 * `data_dir` holds scripts/ (and assets/); `user_scenarios` (NULL or "": none) holds the
 * player's own *.lua scenarios. Returns false, and keeps the defaults, when either path
 * does not fit in 1023 bytes. */
bool scr_set_dirs(const char *data_dir, const char *user_scenarios);

/* The data folder set by scr_set_dirs, else the source directory the build was configured
 * from (tests and a build tree run without main's resolution). Never NULL. */
const char *scr_root(void);

/* The player's scenario folder set by scr_set_dirs ("" when none). Never NULL. */
const char *scr_user_scenario_dir(void);

/* `<root>/scripts/scenarios` (the shipped scenarios) into `out`. 0 on success, -1 when it
 * does not fit. */
int scr_scenario_dir(char *out, size_t outlen);

/* The path of scenario `id` into `out`: the shipped `<dir>/<id>.lua`, else the player's
 * `<user_scenarios>/<id>.lua` (a shipped id always wins). 0 when the file exists, -1 when
 * the id is not a plain snake_case name, does not fit, or has no file. */
int scr_find_scenario(const char *id, char *out, size_t outlen);

/* The ids of the shipped and the player's scenarios (file names without .lua), sorted,
 * each once, at most `max`. The player's folder may be missing. Returns how many were
 * written, or -1 when the shipped folder cannot be read. */
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
