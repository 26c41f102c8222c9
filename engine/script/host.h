/* host.h — internals shared by the files of engine/script; no other module includes it.
 * The sandboxed Lua state (ScrHost), its one protected-call helper, message formatting,
 * and the pieces of the loader (conversion and structural checks).
 */
#ifndef RAPPORT_SCRIPT_HOST_H
#define RAPPORT_SCRIPT_HOST_H

#include <stdarg.h>
#include <stdbool.h>

#include <lua.h>

#include "script/script.h"

/* Chunk name of the scenario inside Lua; replaced by the display path in every message. */
#define SCR_CHUNK_TAG "<scenario>"
/* Registry keys of the weak tables where the helpers record lines and node ids. */
#define SCR_LINES_KEY "rapport.lines"
#define SCR_IDS_KEY "rapport.ids"
/* Instructions between two calls of the count hook. */
#define SCR_HOOK_STEP 1000
/* Most bytes string.rep may build, and most elements the table functions may touch. */
#define SCR_MAX_BUILD (1u << 20)
#define SCR_MAX_ELEMENTS (1 << 20)
/* Worst-case matcher steps a string pattern may need on its subject (see strguard.c). */
#define SCR_MAX_PATTERN_COST 5.0e7
/* The most work (byte comparisons, matcher steps) one library call may do; each call's
 * work is also charged to the instruction budget, this many steps per instruction. */
#define SCR_MAX_CALL_COST SCR_MAX_PATTERN_COST
#define SCR_STEPS_PER_INSTRUCTION 16.0
/* Registry key of the metatable that seals every metatable a scenario sets. */
#define SCR_SEAL_KEY "rapport.seal"

typedef enum ScrTrip {
  SCR_TRIP_NONE,
  SCR_TRIP_INSTRUCTIONS,
  SCR_TRIP_TIME,
  SCR_TRIP_MEMORY,
} ScrTrip;

typedef struct ScrHost {
  lua_State *L;
  ScrLimits limits;
  const char *display;   /* the scenario's path as the user named it (not owned) */
  size_t mem_used;
  uint64_t instructions; /* used by the current call */
  double deadline;       /* monotonic seconds */
  ScrTrip tripped;       /* once set, the state is dead: every hook call raises again */
  int trip_line;
  uint64_t rng;          /* splitmix64 state of math.random */
} ScrHost;

/* A sandboxed state: allow-listed libraries, protected library tables and string
 * metatable, guarded string/table functions, seeded math.random. NULL + message on failure. */
ScrHost *scr_host_create(const char *display, const ScrLimits *limits, char *err, size_t errlen);
/* Closes the state and frees the host; safe on NULL. */
void scr_host_destroy(ScrHost *host);

/* Compiles `source` (text only, never bytecode) and pushes the chunk. `chunkname` is
 * "=" SCR_CHUNK_TAG for the scenario or "@path" for the helpers. 0, or -1 + message
 * ("FILE:LINE: ..." with the line in *line when known). */
int scr_host_compile(ScrHost *host, const char *source, size_t len, const char *chunkname,
                     char *err, size_t errlen, int *line /* opt */);

/* The one protected-call helper: calls the function below `nargs` arguments with a fresh
 * instruction budget and deadline, a message handler that adds FILE:LINE, and turns any
 * failure (error, exhausted limit, dead state) into "FILE:LINE: message" in `err`.
 * On failure the stack is left as before the function was pushed; *line gets the line
 * (0 unknown) when `line` is not NULL. 0 on success (results pushed), -1 on failure. */
int scr_host_pcall(ScrHost *host, int nargs, int nresults, char *err, size_t errlen, int *line);

/* Pushes the helpers' private table { line = fn, mark = fn } (see scripts/lib/rapport.lua). */
void scr_host_push_helpers(ScrHost *host);

/* The line the helpers stamped on the table at `idx` (0 when none) and the node id they
 * recorded for it (NULL when none; valid while the table lives). Raw lookups only. */
int scr_host_line_of(lua_State *L, int idx);
const char *scr_host_id_of(lua_State *L, int idx);

/* Charges `steps` of C work to the running call's budget: a Lua error naming `what` when one
 * call would do more than SCR_MAX_CALL_COST, the instruction limit's error (which kills the
 * state, as the hook does) when the budget is spent. */
void scr_host_charge(lua_State *L, double steps, const char *what);

/* Installs the guarded string and table functions into the real library tables. */
void scr_install_guards(lua_State *L);

/* Copies `in` (`len` bytes) into `out` as one line of valid UTF-8: invalid bytes become
 * U+FFFD, control characters a space, and an over-long text ends in "…". Replaces every
 * SCR_CHUNK_TAG with `display`. */
void scr_sanitize(char *out, size_t outlen, const char *in, size_t len, const char *display);

/* True when `s` (`len` bytes) is valid UTF-8 without control characters other than none. */
bool scr_utf8_valid(const char *s, size_t len);
/* Code points in valid UTF-8 `s`. */
size_t scr_utf8_length(const char *s, size_t len);

/* Adds "display:LINE: message" (LINE omitted when 0) to the report. */
void scr_report_add(ScrReport *out, const char *display, int line, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 4, 5)))
#endif
    ;
/* Adds an already formatted "FILE:LINE: message". */
void scr_report_add_text(ScrReport *out, int line, const char *text);

/* Converts the table on the top of the stack into `scn` (which the caller owns and frees),
 * adding every problem to `out`. Runs inside scr_host_pcall (a memory error may unwind it).
 * Uses raw access only, so no script code runs during conversion. `fallback_line` is used
 * for the scenario table when the helper could not stamp it (a tail call: return scenario{}). */
void scr_convert(lua_State *L, SimScenario *scn, const char *display, ScrReport *out,
                 size_t max_text, int fallback_line);

/* Structural checks over a converted scenario: reachability, dead ends, conditions that
 * can never hold. Adds problems to `out`. */
void scr_check(const SimScenario *scn, const char *display, ScrReport *out);

#endif
