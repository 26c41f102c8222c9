/* host.c — the sandboxed Lua state: counting allocator with a cap, instruction and
 * wall-clock budget in a count hook, allow-listed libraries, protected library tables,
 * seeded math.random, and the one protected-call helper every call into a script uses.
 * Depends on Lua 5.4 and the C library (POSIX clock_gettime).
 */
#include "script/host.h"

#include <lauxlib.h>
#include <lualib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static double now_seconds(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static ScrHost *host_of(lua_State *L) {
  void *ud = NULL;
  lua_getallocf(L, &ud);
  return ud;
}

/* ---- Limits ---- */

static void *host_alloc(void *ud, void *ptr, size_t osize, size_t nsize) {
  ScrHost *h = ud;
  if (!ptr) osize = 0; /* osize then encodes the object type */
  if (nsize == 0) {
    free(ptr);
    h->mem_used -= osize;
    return NULL;
  }
  if (nsize > osize && h->mem_used - osize + nsize > h->limits.memory) {
    if (h->tripped == SCR_TRIP_NONE) h->tripped = SCR_TRIP_MEMORY;
    return NULL;
  }
  void *p = realloc(ptr, nsize);
  if (!p) return NULL;
  h->mem_used = h->mem_used - osize + nsize;
  return p;
}

/* The line of the innermost Lua function of the scenario that is running, or 0. */
static int scenario_line(lua_State *L, int level) {
  lua_Debug ar;
  for (; lua_getstack(L, level, &ar); level++) {
    if (!lua_getinfo(L, "Sl", &ar)) break;
    if (ar.currentline > 0 && strcmp(ar.source, "=" SCR_CHUNK_TAG) == 0) return ar.currentline;
  }
  return 0;
}

static const char *trip_text(const ScrHost *h, char *buf, size_t n) {
  switch (h->tripped) {
  case SCR_TRIP_INSTRUCTIONS:
    snprintf(buf, n, "the script ran too long (more than %llu instructions): is there an endless loop?",
             (unsigned long long)h->limits.instructions);
    break;
  case SCR_TRIP_TIME:
    snprintf(buf, n, "the script ran too long (more than %.2f s): is there an endless loop?",
             h->limits.seconds);
    break;
  case SCR_TRIP_MEMORY:
    snprintf(buf, n, "the script used too much memory (limit %zu KiB)", h->limits.memory / 1024);
    break;
  default:
    snprintf(buf, n, "the script was stopped");
    break;
  }
  return buf;
}

static void host_hook(lua_State *L, lua_Debug *ar);

/* Raises the tripped limit's error and keeps the state dead: every later hook call (count
 * 1) raises again, so neither pcall, an error handler nor a coroutine can go on. */
static int raise_trip(lua_State *L, ScrHost *h) {
  if (h->trip_line == 0) h->trip_line = scenario_line(L, 0);
  lua_sethook(L, host_hook, LUA_MASKCOUNT, 1);
  lua_sethook(h->L, host_hook, LUA_MASKCOUNT, 1);
  char buf[160];
  lua_pushstring(L, trip_text(h, buf, sizeof buf));
  return lua_error(L);
}

static void host_hook(lua_State *L, lua_Debug *ar) {
  (void)ar;
  ScrHost *h = host_of(L);
  if (h->tripped == SCR_TRIP_NONE) {
    h->instructions += SCR_HOOK_STEP;
    if (h->instructions > h->limits.instructions)
      h->tripped = SCR_TRIP_INSTRUCTIONS;
    else if (now_seconds() > h->deadline)
      h->tripped = SCR_TRIP_TIME;
    else
      return;
  }
  raise_trip(L, h);
}

void scr_host_charge(lua_State *L, double steps, const char *what) {
  ScrHost *h = host_of(L);
  if (steps > SCR_MAX_CALL_COST)
    luaL_error(L, "%s would take too long on values this large (about %.0f steps, limit %.0f); "
               "use shorter strings or fewer elements", what, steps, SCR_MAX_CALL_COST);
  double add = steps / SCR_STEPS_PER_INSTRUCTION;
  if (h->tripped == SCR_TRIP_NONE) {
    if ((double)h->instructions + add > (double)h->limits.instructions)
      h->tripped = SCR_TRIP_INSTRUCTIONS;
    else if (now_seconds() > h->deadline)
      h->tripped = SCR_TRIP_TIME;
    else {
      h->instructions += (uint64_t)add;
      return;
    }
  }
  raise_trip(L, h);
}

/* ---- Sandbox ---- */

static int readonly_newindex(lua_State *L) {
  return luaL_error(L, "library tables are read-only in a scenario");
}

/* Replaces global `name` by an empty proxy that reads through to the real table. */
static void protect_library(lua_State *L, const char *name) {
  lua_getglobal(L, name);
  lua_newtable(L);
  lua_newtable(L);
  lua_pushvalue(L, -3);
  lua_setfield(L, -2, "__index");
  lua_pushcfunction(L, readonly_newindex);
  lua_setfield(L, -2, "__newindex");
  lua_pushboolean(L, 0);
  lua_setfield(L, -2, "__metatable");
  lua_setmetatable(L, -2);
  lua_setglobal(L, name);
  lua_pop(L, 1);
}

static const char *const BANNED_META[] = {"__gc", "__close", NULL};

/* __newindex of a sealed metatable: any key but a finalizer or a to-be-closed handler. */
static int sealed_newindex(lua_State *L) {
  if (lua_type(L, 2) == LUA_TSTRING)
    for (int i = 0; BANNED_META[i]; i++)
      if (strcmp(lua_tostring(L, 2), BANNED_META[i]) == 0)
        return luaL_error(L, "%s metamethods are not allowed in scenarios", BANNED_META[i]);
  lua_settop(L, 3);
  lua_rawset(L, 1);
  return 0;
}

/* A table about to become a metatable gets the shared sealing metatable, so __gc or
 * __close can never be added to it later (a new key in it goes through sealed_newindex, and
 * its own metatable cannot be changed or removed). One that already has another metatable
 * could be written past the seal, so it is refused. */
static void seal(lua_State *L, int idx) {
  idx = lua_absindex(L, idx);
  lua_getfield(L, LUA_REGISTRYINDEX, SCR_SEAL_KEY);
  if (lua_getmetatable(L, idx)) {
    bool sealed = lua_rawequal(L, -1, -2);
    lua_pop(L, 2);
    if (!sealed)
      luaL_error(L, "a table with a metatable of its own cannot be a metatable in scenarios");
    return;
  }
  lua_setmetatable(L, idx);
}

static int guarded_setmetatable(lua_State *L) {
  int t = lua_type(L, 2);
  luaL_checktype(L, 1, LUA_TTABLE);
  luaL_argexpected(L, t == LUA_TNIL || t == LUA_TTABLE, 2, "nil or table");
  /* Finalizers and to-be-closed handlers can run where hooks are off (lua_close, and
   * coroutine.wrap closing a coroutine a hook error killed), so no budget could stop them. */
  for (int i = 0; t == LUA_TTABLE && BANNED_META[i]; i++) {
    lua_pushstring(L, BANNED_META[i]);
    if (lua_rawget(L, 2) != LUA_TNIL)
      return luaL_error(L, "%s metamethods are not allowed in scenarios", BANNED_META[i]);
    lua_pop(L, 1);
  }
  if (luaL_getmetafield(L, 1, "__metatable") != LUA_TNIL)
    return luaL_error(L, "cannot change a protected metatable");
  if (t == LUA_TTABLE && lua_rawequal(L, 1, 2))
    return luaL_error(L, "a table cannot be its own metatable in scenarios");
  if (t == LUA_TTABLE) seal(L, 2);
  lua_settop(L, 2);
  lua_setmetatable(L, 1);
  return 1;
}

/* A hook error runs the error handler with hooks off (luaD_hook never re-enables them when
 * the hook raises), so a script's xpcall handler must never run once a limit tripped: this
 * C handler stands in front of it and passes the message through instead. */
static int guarded_handler(lua_State *L) {
  if (host_of(L)->tripped != SCR_TRIP_NONE) return 1;
  lua_pushvalue(L, lua_upvalueindex(1));
  lua_insert(L, 1);
  lua_call(L, lua_gettop(L) - 1, 1);
  return 1;
}

static int finish_xpcall(lua_State *L, int status, lua_KContext extra) {
  if (status != LUA_OK && status != LUA_YIELD) {
    lua_pushboolean(L, 0);
    lua_pushvalue(L, -2);
    return 2;
  }
  return lua_gettop(L) - (int)extra;
}

/* xpcall as in lbaselib.c, with the handler wrapped by guarded_handler. */
static int guarded_xpcall(lua_State *L) {
  int n = lua_gettop(L);
  luaL_checktype(L, 2, LUA_TFUNCTION);
  lua_pushvalue(L, 2);
  lua_pushcclosure(L, guarded_handler, 1);
  lua_replace(L, 2);
  lua_pushboolean(L, 1);
  lua_pushvalue(L, 1);
  lua_rotate(L, 3, 2);
  int status = lua_pcallk(L, n - 2, LUA_MULTRET, 2, 2, finish_xpcall);
  return finish_xpcall(L, status, 2);
}

static uint64_t splitmix64(uint64_t *state) {
  uint64_t z = (*state += 0x9E3779B97F4A7C15ull);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
  return z ^ (z >> 31);
}

/* math.random with Lua's interface, drawing from the host's seeded generator. */
static int seeded_random(lua_State *L) {
  ScrHost *h = host_of(L);
  uint64_t r = splitmix64(&h->rng);
  lua_Integer low, up;
  switch (lua_gettop(L)) {
  case 0:
    lua_pushnumber(L, (lua_Number)(r >> 11) * 0x1.0p-53);
    return 1;
  case 1:
    low = 1;
    up = luaL_checkinteger(L, 1);
    break;
  case 2:
    low = luaL_checkinteger(L, 1);
    up = luaL_checkinteger(L, 2);
    break;
  default:
    return luaL_error(L, "wrong number of arguments");
  }
  luaL_argcheck(L, low <= up, lua_gettop(L), "interval is empty");
  uint64_t span = (uint64_t)up - (uint64_t)low;
  uint64_t v = span == UINT64_MAX ? r : r % (span + 1);
  lua_pushinteger(L, (lua_Integer)((uint64_t)low + v));
  return 1;
}

static const char *const BASE_REMOVED[] = {
  "dofile", "loadfile", "load", "print", "warn", "collectgarbage", "rawset", NULL,
};

static int open_sandbox(lua_State *L) {
  static const luaL_Reg libs[] = {
    {LUA_GNAME, luaopen_base},       {LUA_STRLIBNAME, luaopen_string},
    {LUA_TABLIBNAME, luaopen_table}, {LUA_MATHLIBNAME, luaopen_math},
    {LUA_UTF8LIBNAME, luaopen_utf8}, {LUA_COLIBNAME, luaopen_coroutine},
    {NULL, NULL},
  };
  for (const luaL_Reg *lib = libs; lib->func; lib++) {
    luaL_requiref(L, lib->name, lib->func, 1);
    lua_pop(L, 1);
  }
  for (int i = 0; BASE_REMOVED[i]; i++) {
    lua_pushnil(L);
    lua_setglobal(L, BASE_REMOVED[i]);
  }
  /* The sealing metatable every scenario metatable gets (see seal). */
  lua_createtable(L, 0, 2);
  lua_pushcfunction(L, sealed_newindex);
  lua_setfield(L, -2, "__newindex");
  lua_pushboolean(L, 0);
  lua_setfield(L, -2, "__metatable");
  lua_setfield(L, LUA_REGISTRYINDEX, SCR_SEAL_KEY);
  lua_pushcfunction(L, guarded_setmetatable);
  lua_setglobal(L, "setmetatable");
  lua_pushcfunction(L, guarded_xpcall);
  lua_setglobal(L, "xpcall");

  lua_getglobal(L, LUA_STRLIBNAME);
  lua_pushnil(L);
  lua_setfield(L, -2, "dump");
  lua_pop(L, 1);
  lua_getglobal(L, LUA_MATHLIBNAME);
  lua_pushcfunction(L, seeded_random);
  lua_setfield(L, -2, "random");
  lua_pushnil(L);
  lua_setfield(L, -2, "randomseed");
  lua_pop(L, 1);
  scr_install_guards(L);

  /* The string metatable: reads go to the real (guarded) library, nothing can change it. */
  lua_pushliteral(L, "");
  if (lua_getmetatable(L, -1)) {
    lua_pushboolean(L, 0);
    lua_setfield(L, -2, "__metatable");
    lua_pop(L, 1);
  }
  lua_pop(L, 1);

  static const char *const protected[] = {
    LUA_STRLIBNAME, LUA_TABLIBNAME, LUA_MATHLIBNAME, LUA_UTF8LIBNAME, LUA_COLIBNAME, NULL,
  };
  for (int i = 0; protected[i]; i++) protect_library(L, protected[i]);

  /* Weak tables where the helpers record each stamped table's line and node id. */
  static const char *const marks[] = {SCR_LINES_KEY, SCR_IDS_KEY, NULL};
  for (int i = 0; marks[i]; i++) {
    lua_newtable(L);
    lua_newtable(L);
    lua_pushliteral(L, "k");
    lua_setfield(L, -2, "__mode");
    lua_setmetatable(L, -2);
    lua_setfield(L, LUA_REGISTRYINDEX, marks[i]);
  }
  return 0;
}

ScrHost *scr_host_create(const char *display, const ScrLimits *limits, char *err, size_t errlen) {
  ScrHost *h = calloc(1, sizeof *h);
  if (!h) {
    snprintf(err, errlen, "%s: out of memory", display);
    return NULL;
  }
  h->limits = limits ? *limits : scr_default_limits();
  h->display = display;
  h->rng = h->limits.seed;
  h->L = lua_newstate(host_alloc, h);
  if (!h->L) {
    snprintf(err, errlen, "%s: cannot create a Lua state (out of memory)", display);
    free(h);
    return NULL;
  }
  lua_pushcfunction(h->L, open_sandbox);
  if (scr_host_pcall(h, 0, 0, err, errlen, NULL) != 0) {
    scr_host_destroy(h);
    return NULL;
  }
  return h;
}

void scr_host_destroy(ScrHost *host) {
  if (!host) return;
  if (host->L) lua_close(host->L);
  free(host);
}

/* ---- Calls ---- */

static int leading_line(const char *msg, const char *display);

int scr_host_compile(ScrHost *host, const char *source, size_t len, const char *chunkname,
                     char *err, size_t errlen, int *line) {
  if (line) *line = 0;
  int status = luaL_loadbufferx(host->L, source, len, chunkname, "t");
  if (status == LUA_OK) return 0;
  char buf[SCR_MESSAGE_MAX];
  size_t n = 0;
  const char *msg = status == LUA_ERRMEM ? NULL : lua_tolstring(host->L, -1, &n);
  if (!msg) msg = "out of memory while compiling", n = strlen(msg);
  scr_sanitize(buf, sizeof buf, msg, n, host->display);
  lua_pop(host->L, 1);
  if (strncmp(buf, host->display, strlen(host->display)) == 0)
    snprintf(err, errlen, "%s", buf);
  else
    snprintf(err, errlen, "%s: %s", host->display, buf);
  if (line) *line = leading_line(buf, host->display);
  return -1;
}

/* Adds the scenario's FILE:LINE to a message that has none, like lua.c's msghandler. */
static int message_handler(lua_State *L) {
  int t = lua_type(L, 1);
  const char *msg = t == LUA_TSTRING || t == LUA_TNUMBER ? lua_tostring(L, 1) : NULL;
  if (!msg) msg = lua_pushfstring(L, "(error object is a %s value)", luaL_typename(L, 1));
  if (strncmp(msg, SCR_CHUNK_TAG ":", strlen(SCR_CHUNK_TAG ":")) == 0) return 1;
  int line = scenario_line(L, 1);
  if (line > 0)
    lua_pushfstring(L, SCR_CHUNK_TAG ":%d: %s", line, msg);
  else
    lua_pushstring(L, msg);
  return 1;
}

static int leading_line(const char *msg, const char *display) {
  size_t n = strlen(display);
  if (strncmp(msg, display, n) != 0 || msg[n] != ':') return 0;
  return atoi(msg + n + 1);
}

int scr_host_pcall(ScrHost *host, int nargs, int nresults, char *err, size_t errlen, int *line) {
  lua_State *L = host->L;
  int base = lua_gettop(L) - nargs;
  char buf[SCR_MESSAGE_MAX];
  if (line) *line = 0;
  if (host->tripped != SCR_TRIP_NONE) {
    lua_settop(L, base - 1);
    snprintf(err, errlen, "%s: %s", host->display, trip_text(host, buf, sizeof buf));
    return -1;
  }
  host->instructions = 0;
  host->deadline = now_seconds() + host->limits.seconds;
  lua_sethook(L, host_hook, LUA_MASKCOUNT, SCR_HOOK_STEP);
  lua_pushcfunction(L, message_handler);
  lua_insert(L, base);
  int status = lua_pcall(L, nargs, nresults, base);
  lua_remove(L, base);
  if (status == LUA_OK && host->tripped == SCR_TRIP_NONE) return 0;

  if (host->tripped != SCR_TRIP_NONE) {
    char why[160];
    trip_text(host, why, sizeof why);
    if (host->trip_line > 0)
      snprintf(buf, sizeof buf, "%s:%d: %s", host->display, host->trip_line, why);
    else
      snprintf(buf, sizeof buf, "%s: %s", host->display, why);
    scr_sanitize(err, errlen, buf, strlen(buf), host->display);
    if (line) *line = host->trip_line;
  } else {
    size_t n = 0;
    const char *msg = status == LUA_ERRMEM ? NULL : lua_tolstring(L, -1, &n);
    if (!msg) msg = "out of memory", n = strlen(msg);
    scr_sanitize(buf, sizeof buf, msg, n, host->display);
    int at = leading_line(buf, host->display);
    if (at > 0 || strncmp(buf, host->display, strlen(host->display)) == 0)
      snprintf(err, errlen, "%s", buf);
    else
      snprintf(err, errlen, "%s: %s", host->display, buf);
    if (line) *line = at;
  }
  lua_settop(L, base - 1);
  return -1;
}

/* ---- The helpers' private functions ---- */

/* line(level): the current line of the function `level` levels up (1 = the caller). */
static int helper_line(lua_State *L) {
  lua_Integer level = luaL_checkinteger(L, 1);
  lua_Debug ar;
  if (level < 0 || level > 100 || !lua_getstack(L, (int)level, &ar) || !lua_getinfo(L, "l", &ar))
    lua_pushinteger(L, 0);
  else
    lua_pushinteger(L, ar.currentline > 0 ? ar.currentline : 0);
  return 1;
}

/* mark(t, line [, id]): records the table's line (and node id) for the converter. */
static int helper_mark(lua_State *L) {
  luaL_checktype(L, 1, LUA_TTABLE);
  lua_Integer line = luaL_checkinteger(L, 2);
  lua_getfield(L, LUA_REGISTRYINDEX, SCR_LINES_KEY);
  lua_pushvalue(L, 1);
  lua_pushinteger(L, line);
  lua_rawset(L, -3);
  lua_pop(L, 1);
  if (lua_type(L, 3) == LUA_TSTRING) {
    lua_getfield(L, LUA_REGISTRYINDEX, SCR_IDS_KEY);
    lua_pushvalue(L, 1);
    lua_pushvalue(L, 3);
    lua_rawset(L, -3);
    lua_pop(L, 1);
  }
  return 0;
}

void scr_host_push_helpers(ScrHost *host) {
  lua_State *L = host->L;
  lua_createtable(L, 0, 2);
  lua_pushcfunction(L, helper_line);
  lua_setfield(L, -2, "line");
  lua_pushcfunction(L, helper_mark);
  lua_setfield(L, -2, "mark");
}

static int registry_lookup(lua_State *L, int idx, const char *key) {
  idx = lua_absindex(L, idx);
  lua_getfield(L, LUA_REGISTRYINDEX, key);
  if (lua_type(L, -1) != LUA_TTABLE) {
    lua_pop(L, 1);
    lua_pushnil(L);
    return LUA_TNIL;
  }
  lua_pushvalue(L, idx);
  int t = lua_rawget(L, -2);
  lua_remove(L, -2);
  return t;
}

int scr_host_line_of(lua_State *L, int idx) {
  if (lua_type(L, idx) != LUA_TTABLE) return 0;
  int line = 0;
  if (registry_lookup(L, idx, SCR_LINES_KEY) == LUA_TNUMBER) line = (int)lua_tointeger(L, -1);
  lua_pop(L, 1);
  return line > 0 ? line : 0;
}

const char *scr_host_id_of(lua_State *L, int idx) {
  if (lua_type(L, idx) != LUA_TTABLE) return NULL;
  const char *id = NULL;
  /* The string stays alive: the ids table holds it while the table lives. */
  if (registry_lookup(L, idx, SCR_IDS_KEY) == LUA_TSTRING) id = lua_tostring(L, -1);
  lua_pop(L, 1);
  return id;
}
