/* fields.c — the converter's field readers: raw access (no metamethods run), type, range,
 * size and UTF-8 checks, copies into the scenario's arena, and messages that carry the line
 * of the table being read. Used by convert.c and dialogue.c. Depends on Lua 5.4.
 */
#include "script/convert.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include <lauxlib.h>

void scr_conv_error(Conv *c, const char *fmt, ...) {
  char msg[SCR_MESSAGE_MAX];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(msg, sizeof msg, fmt, ap);
  va_end(ap);
  if (c->where[0])
    scr_report_add(c->out, c->display, c->line, "%s: %s", c->where, msg);
  else
    scr_report_add(c->out, c->display, c->line, "%s", msg);
}

void scr_conv_where(Conv *c, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(c->where, sizeof c->where, fmt, ap);
  va_end(ap);
}

int scr_conv_field(Conv *c, int t, const char *key) {
  lua_pushstring(c->L, key);
  return lua_rawget(c->L, t);
}

size_t scr_conv_edit_distance(const char *a, const char *b) {
  size_t la = strlen(a), lb = strlen(b);
  if (la > 31 || lb > 31) return 99;
  size_t prev[32], cur[32];
  for (size_t j = 0; j <= lb; j++) prev[j] = j;
  for (size_t i = 1; i <= la; i++) {
    cur[0] = i;
    for (size_t j = 1; j <= lb; j++) {
      size_t best = prev[j - 1] + (a[i - 1] != b[j - 1]);
      if (prev[j] + 1 < best) best = prev[j] + 1;
      if (cur[j - 1] + 1 < best) best = cur[j - 1] + 1;
      cur[j] = best;
    }
    memcpy(prev, cur, sizeof cur);
  }
  return prev[lb];
}

static bool key_allowed(const char *key, const char *const *allowed) {
  for (int i = 0; allowed[i]; i++)
    if (strcmp(allowed[i], key) == 0) return true;
  return false;
}

void scr_conv_check_keys(Conv *c, int t, const char *const *allowed, int positional) {
  lua_State *L = c->L;
  int reported = 0;
  lua_pushnil(L);
  while (lua_next(L, t) != 0) {
    lua_pop(L, 1);
    int kt = lua_type(L, -1);
    if (kt == LUA_TSTRING) {
      size_t n;
      const char *key = lua_tolstring(L, -1, &n);
      if (!key_allowed(key, allowed) && reported++ < 4) {
        const char *best = NULL;
        size_t best_d = 3;
        for (int i = 0; allowed[i]; i++) {
          size_t d = scr_conv_edit_distance(key, allowed[i]);
          if (d < best_d) best_d = d, best = allowed[i];
        }
        if (best)
          scr_conv_error(c, "unknown field '%.40s' (did you mean '%s'?)", key, best);
        else
          scr_conv_error(c, "unknown field '%.40s'", key);
      }
    } else if (lua_isinteger(L, -1) && lua_tointeger(L, -1) >= 1 &&
               lua_tointeger(L, -1) <= positional) {
      /* a positional value */
    } else if (reported++ < 4) {
      if (kt == LUA_TNUMBER)
        scr_conv_error(c, "unexpected value at position %s", lua_isinteger(L, -1) ? "past the end" : "(not a whole number)");
      else
        scr_conv_error(c, "unexpected %s key", lua_typename(L, kt));
    }
  }
}

int scr_conv_list(Conv *c, int v, const char *what, int min, int max) {
  lua_State *L = c->L;
  if (lua_type(L, v) != LUA_TTABLE) {
    scr_conv_error(c, "%s must be a list { ... }, not a %s", what, luaL_typename(L, v));
    return -1;
  }
  lua_Integer count = 0;
  bool ok = true;
  lua_pushnil(L);
  while (lua_next(L, v) != 0) {
    lua_pop(L, 1);
    if (!lua_isinteger(L, -1) || lua_tointeger(L, -1) < 1) ok = false;
    if (++count > max + 1) {
      lua_pop(L, 1);
      break;
    }
  }
  if (!ok || (count <= max && (lua_Integer)lua_rawlen(L, v) != count)) {
    scr_conv_error(c, "%s must be a plain list { a, b, ... } without names or holes", what);
    return -1;
  }
  if (count > max || count < min) {
    if (count > max)
      scr_conv_error(c, "%s has more than %d entries", what, max);
    else
      scr_conv_error(c, "%s needs at least %d entr%s, has %d", what, min, min == 1 ? "y" : "ies",
                 (int)count);
    return -1;
  }
  return (int)count;
}

static bool placeholders_ok(Conv *c, const char *s, const char *what) {
  for (const char *p = strchr(s, '{'); p; p = strchr(p + 1, '{')) {
    if (strncmp(p, "{name}", 6) != 0) {
      const char *end = strchr(p, '}');
      int n = end ? (int)(end - p + 1) : 1;
      scr_conv_error(c, "%s: unknown placeholder '%.*s' (only {name} is replaced)", what,
                 n > 30 ? 30 : n, p);
      return false;
    }
  }
  return true;
}

const char *scr_conv_string_at(Conv *c, int v, const char *what, size_t max_chars) {
  lua_State *L = c->L;
  if (lua_type(L, v) != LUA_TSTRING) {
    scr_conv_error(c, "%s must be a string, not a %s", what, luaL_typename(L, v));
    return NULL;
  }
  size_t len;
  const char *s = lua_tolstring(L, v, &len);
  if (len == 0) {
    scr_conv_error(c, "%s is empty", what);
    return NULL;
  }
  if (len > c->max_text) {
    scr_conv_error(c, "%s is too long (%zu bytes, at most %zu)", what, len, c->max_text);
    return NULL;
  }
  if (strlen(s) != len || !scr_utf8_valid(s, len)) {
    scr_conv_error(c, "%s is not valid UTF-8 text (or holds control characters)", what);
    return NULL;
  }
  size_t chars = scr_utf8_length(s, len);
  if (max_chars && chars > max_chars) {
    scr_conv_error(c, "%s is too long for the screen (%zu characters, at most %zu)", what, chars,
               max_chars);
    return NULL;
  }
  if (!placeholders_ok(c, s, what)) return NULL;
  char *copy = sim_arena_strdup(c->s->arena, s);
  if (!copy) luaL_error(L, "out of memory");
  return copy;
}

const char *scr_conv_string(Conv *c, int t, const char *key, bool required, size_t max_chars) {
  int type = scr_conv_field(c, t, key);
  const char *r = NULL;
  if (type == LUA_TNIL) {
    if (required) scr_conv_error(c, "missing field '%s'", key);
  } else {
    r = scr_conv_string_at(c, lua_gettop(c->L), key, max_chars);
  }
  lua_pop(c->L, 1);
  return r;
}

bool scr_conv_number(Conv *c, int t, const char *key, double lo, double hi, bool required,
                 double def, double *out) {
  int type = scr_conv_field(c, t, key);
  bool ok = true;
  *out = def;
  if (type == LUA_TNIL) {
    if (required) scr_conv_error(c, "missing field '%s'", key), ok = false;
  } else if (type != LUA_TNUMBER) {
    scr_conv_error(c, "%s must be a number, not a %s", key, lua_typename(c->L, type));
    ok = false;
  } else {
    double v = (double)lua_tonumber(c->L, -1);
    if (!(v >= lo && v <= hi)) {
      scr_conv_error(c, "%s = %g is out of range (%g..%g)", key, v, lo, hi);
      ok = false;
    } else {
      *out = v;
    }
  }
  lua_pop(c->L, 1);
  return ok;
}

bool scr_conv_integer(Conv *c, int t, const char *key, long lo, long hi, bool required, long def,
                  long *out) {
  int type = scr_conv_field(c, t, key);
  bool ok = true;
  *out = def;
  if (type == LUA_TNIL) {
    if (required) scr_conv_error(c, "missing field '%s'", key), ok = false;
  } else if (!lua_isinteger(c->L, -1) &&
             !(type == LUA_TNUMBER && floor(lua_tonumber(c->L, -1)) == lua_tonumber(c->L, -1) &&
               fabs(lua_tonumber(c->L, -1)) < 1e15)) {
    scr_conv_error(c, "%s must be a whole number", key);
    ok = false;
  } else {
    double v = (double)lua_tonumber(c->L, -1);
    if (v < (double)lo || v > (double)hi) {
      scr_conv_error(c, "%s = %g is out of range (%ld..%ld)", key, v, lo, hi);
      ok = false;
    } else {
      *out = (long)v;
    }
  }
  lua_pop(c->L, 1);
  return ok;
}

bool scr_conv_boolean(Conv *c, int t, const char *key, bool def) {
  int type = scr_conv_field(c, t, key);
  bool v = def;
  if (type == LUA_TBOOLEAN)
    v = lua_toboolean(c->L, -1);
  else if (type != LUA_TNIL)
    scr_conv_error(c, "%s must be true or false, not a %s", key, lua_typename(c->L, type));
  lua_pop(c->L, 1);
  return v;
}

bool scr_conv_id_ok(const char *id) {
  if (!id || !(id[0] >= 'a' && id[0] <= 'z')) return false;
  size_t n = 0;
  for (const char *p = id; *p; p++, n++)
    if (!((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') || *p == '_')) return false;
  return n <= 48;
}

int scr_conv_fact_at(Conv *c, int v, const SimPerson *p, const char *what) {
  if (lua_type(c->L, v) != LUA_TSTRING) {
    scr_conv_error(c, "%s must be a fact id (a string), not a %s", what, luaL_typename(c->L, v));
    return -1;
  }
  const char *id = lua_tostring(c->L, v);
  int f = sim_person_find_fact(p, id);
  if (f < 0) scr_conv_error(c, "%s: unknown fact '%.60s'", what, id);
  return f;
}
