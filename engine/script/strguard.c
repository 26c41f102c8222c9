/* strguard.c — guards on the library functions whose C loops the count hook cannot see:
 * string.rep, the pattern functions (find, match, gmatch, gsub) and the table functions
 * that walk a length (insert, remove, move, concat, sort). Each guard estimates the work
 * of the call from the lengths involved (plain and literal searches cost subject x needle,
 * a sort n·log n comparisons of its longest string), refuses a call that would do too much
 * and charges the rest to the script's instruction budget, then calls the original
 * function kept as an upvalue. Depends on Lua 5.4 only.
 */
#include "script/host.h"

#include <lauxlib.h>
#include <lualib.h>
#include <string.h>

static int call_original(lua_State *L) {
  int n = lua_gettop(L);
  lua_pushvalue(L, lua_upvalueindex(1));
  lua_insert(L, 1);
  lua_call(L, n, LUA_MULTRET);
  return lua_gettop(L);
}

static int guard_rep(lua_State *L) {
  size_t len, sep = 0;
  luaL_checklstring(L, 1, &len);
  lua_Integer n = luaL_checkinteger(L, 2);
  luaL_optlstring(L, 3, "", &sep);
  if (n <= 0 || len + sep == 0) {
    lua_pushliteral(L, "");
    return 1;
  }
  if ((double)(len + sep) * (double)n > (double)SCR_MAX_BUILD)
    return luaL_error(L, "string.rep would build more than %d bytes", (int)SCR_MAX_BUILD);
  return call_original(L);
}

/* Index just past the single-character class at p[i] (a char, %x or [set]). */
static size_t class_end(const char *p, size_t lp, size_t i) {
  if (p[i] == '%') return i + 2 <= lp ? i + 2 : lp;
  if (p[i] != '[') return i + 1;
  i++;
  if (i < lp && p[i] == '^') i++;
  do { /* the first ']' is a literal */
    if (i >= lp) return lp;
    if (p[i] == '%') i++;
    i++;
  } while (i < lp && p[i] != ']');
  return i < lp ? i + 1 : lp;
}

/* An upper bound on the matcher's steps for pattern p on a subject of n bytes: every
 * repeated item (*, +, -), balance (%b) or back-reference may try each position, an
 * optional item (?) doubles the work, each attempt may compare every item (so a literal
 * of m characters costs m per position), and an unanchored search starts at every
 * position. */
static double pattern_cost(const char *p, size_t lp, size_t n, bool can_anchor) {
  double positions = (double)n + 1.0; /* each repeated item may try every position */
  double cost = 1.0, items = 0.0;
  size_t i = 0;
  bool anchored = can_anchor && lp > 0 && p[0] == '^';
  if (anchored) i = 1;
  while (i < lp) {
    char c = p[i];
    if (c == '(' || c == ')') {
      i++;
      continue;
    }
    if (c == '%' && i + 1 < lp && p[i + 1] == 'b') {
      cost *= positions;
      i += 4;
      continue;
    }
    if (c == '%' && i + 1 < lp && p[i + 1] == 'f') {
      i = class_end(p, lp, i + 2);
      continue;
    }
    if (c == '%' && i + 1 < lp && p[i + 1] >= '0' && p[i + 1] <= '9') cost *= positions;
    items += 1.0;
    size_t end = class_end(p, lp, i);
    if (end < lp) {
      char q = p[end];
      if (q == '*' || q == '+' || q == '-') {
        cost *= positions;
        end++;
      } else if (q == '?') {
        cost *= 2.0;
        end++;
      }
    }
    i = end;
  }
  if (items > 1.0) cost *= items;
  return anchored ? cost : cost * positions;
}

static bool has_specials(const char *p, size_t lp) {
  for (size_t i = 0; i < lp; i++)
    if (strchr("^$*+?.([%-", p[i])) return true;
  return false;
}

static int check_pattern(lua_State *L, const char *fname, bool maybe_plain) {
  size_t n, lp;
  luaL_checklstring(L, 1, &n);
  const char *p = luaL_checklstring(L, 2, &lp);
  if (maybe_plain && (lua_toboolean(L, 4) || !has_specials(p, lp))) {
    /* A plain search compares the needle at every start: memchr then memcmp, n x m. */
    double starts = lp <= n ? (double)(n - lp) + 1.0 : 0.0;
    double cost = starts * (lp > 0 ? (double)lp : 1.0);
    if (cost > SCR_MAX_PATTERN_COST)
      return luaL_error(L, "string.%s: searching a %d-byte text for %d bytes is too slow; use "
                        "shorter strings", fname, (int)n, (int)lp);
    scr_host_charge(L, cost, "string.find");
    return 0;
  }
  /* gmatch takes a leading '^' literally and tries every position. */
  double cost = pattern_cost(p, lp, n, strcmp(fname, "gmatch") != 0);
  if (cost > SCR_MAX_PATTERN_COST)
    return luaL_error(L, "string.%s: pattern '%s' is too slow on a %d-byte string; simplify it",
                      fname, lp > 40 ? "(long pattern)" : p, (int)n);
  scr_host_charge(L, cost, "a string pattern");
  return 0;
}

static int guard_find(lua_State *L) {
  check_pattern(L, "find", true);
  return call_original(L);
}
static int guard_match(lua_State *L) {
  check_pattern(L, "match", false);
  return call_original(L);
}
static int guard_gmatch(lua_State *L) {
  check_pattern(L, "gmatch", false);
  return call_original(L);
}
static int guard_gsub(lua_State *L) {
  check_pattern(L, "gsub", false);
  return call_original(L);
}

/* The table functions loop in C over a length a script controls (a __len metamethod or a
 * sparse table's border can claim 2^40 elements): bound the span they may walk. */
static void check_span(lua_State *L, lua_Integer first, lua_Integer last, const char *fname) {
  if (last >= first && (double)last - (double)first >= (double)SCR_MAX_ELEMENTS)
    luaL_error(L, "table.%s: more than %d elements", fname, SCR_MAX_ELEMENTS);
}

static lua_Integer length_of(lua_State *L, int idx) {
  luaL_checktype(L, idx, LUA_TTABLE);
  return luaL_len(L, idx);
}

static int guard_insert(lua_State *L) {
  lua_Integer n = length_of(L, 1);
  lua_Integer pos = lua_gettop(L) >= 3 ? luaL_checkinteger(L, 2) : n + 1;
  check_span(L, pos, n + 1, "insert");
  return call_original(L);
}
static int guard_remove(lua_State *L) {
  lua_Integer n = length_of(L, 1);
  lua_Integer pos = luaL_optinteger(L, 2, n);
  check_span(L, pos, n, "remove");
  return call_original(L);
}
static int guard_move(lua_State *L) {
  lua_Integer f = luaL_checkinteger(L, 2);
  lua_Integer e = luaL_checkinteger(L, 3);
  check_span(L, f, e, "move");
  return call_original(L);
}
static int guard_concat(lua_State *L) {
  lua_Integer n = length_of(L, 1);
  lua_Integer i = luaL_optinteger(L, 3, 1);
  lua_Integer j = luaL_optinteger(L, 4, n);
  check_span(L, i, j, "concat");
  return call_original(L);
}
/* Each of a sort's ~n·log2 n comparisons may walk a whole string (strcoll has no shortcut
 * for equal strings), so the longest string sets the price of every comparison. */
static int guard_sort(lua_State *L) {
  lua_Integer n = length_of(L, 1);
  check_span(L, 1, n, "sort");
  size_t longest = 0;
  for (lua_Integer i = 1; i <= n; i++) {
    if (lua_geti(L, 1, i) == LUA_TSTRING) {
      size_t len = lua_rawlen(L, -1);
      if (len > longest) longest = len;
    }
    lua_pop(L, 1);
  }
  double logn = 1.0;
  for (lua_Integer k = n; k > 1; k /= 2) logn += 1.0;
  double per = 1.0 + (double)longest;
  double cost = (double)n * logn * per;
  if (cost > SCR_MAX_CALL_COST)
    return luaL_error(L, "table.sort: %d elements with strings of up to %d bytes are too slow "
                      "to sort; use shorter strings or fewer elements", (int)n, (int)longest);
  scr_host_charge(L, cost, "table.sort");
  return call_original(L);
}

static void wrap(lua_State *L, const char *name, lua_CFunction guard) {
  lua_getfield(L, -1, name);
  lua_pushcclosure(L, guard, 1);
  lua_setfield(L, -2, name);
}

void scr_install_guards(lua_State *L) {
  lua_getglobal(L, LUA_STRLIBNAME);
  wrap(L, "rep", guard_rep);
  wrap(L, "find", guard_find);
  wrap(L, "match", guard_match);
  wrap(L, "gmatch", guard_gmatch);
  wrap(L, "gsub", guard_gsub);
  lua_pop(L, 1);
  lua_getglobal(L, LUA_TABLIBNAME);
  wrap(L, "insert", guard_insert);
  wrap(L, "remove", guard_remove);
  wrap(L, "move", guard_move);
  wrap(L, "concat", guard_concat);
  wrap(L, "sort", guard_sort);
  lua_pop(L, 1);
}
