/* practice.c — loads the practice data (practice.h): the checklist rules and the drills,
 * each a Lua file returning a plain table, run in the same sandbox and limits as a scenario
 * and read with raw access only (no script code runs while C reads it). Depends on Lua 5.4,
 * the host (host.h) and sim/practice.h.
 */
#include "script/practice.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <lauxlib.h>

#include "script/host.h"

int scr_checklist_path(char *out, size_t outlen) {
  int n = snprintf(out, outlen, "%s/scripts/lib/checklist.lua", scr_root());
  return n > 0 && (size_t)n < outlen ? 0 : -1;
}

int scr_drills_path(char *out, size_t outlen) {
  int n = snprintf(out, outlen, "%s/scripts/lib/drills.lua", scr_root());
  return n > 0 && (size_t)n < outlen ? 0 : -1;
}

/* The reading job: where we are in the table for messages, and the first problem. */
typedef struct Reader {
  lua_State *L;
  const char *path;
  char where[96];
  char err[SCR_MESSAGE_MAX];
  bool failed;
} Reader;

static void problem(Reader *r, const char *what) {
  if (r->failed) return;
  r->failed = true;
  snprintf(r->err, sizeof r->err, "%s: %s: %s", r->path, r->where, what);
}

/* Pushes t[key] (raw); returns its type. */
static int field(lua_State *L, int t, const char *key) {
  t = lua_absindex(L, t);
  lua_pushstring(L, key);
  return lua_rawget(L, t);
}

/* Copies the string at the top (popped) into out; "" for nil unless required. */
static void take_string(Reader *r, const char *key, char *out, size_t size, bool required) {
  lua_State *L = r->L;
  out[0] = '\0';
  int type = lua_type(L, -1);
  if (type == LUA_TNIL) {
    if (required) {
      snprintf(r->where + strlen(r->where), sizeof r->where - strlen(r->where), ".%s", key);
      problem(r, "is missing (a string)");
    }
  } else if (type != LUA_TSTRING) {
    snprintf(r->where + strlen(r->where), sizeof r->where - strlen(r->where), ".%s", key);
    problem(r, "must be a string");
  } else {
    size_t len;
    const char *s = lua_tolstring(L, -1, &len);
    if (len >= size || !scr_utf8_valid(s, len)) {
      snprintf(r->where + strlen(r->where), sizeof r->where - strlen(r->where), ".%s", key);
      problem(r, len >= size ? "is too long" : "is not valid UTF-8 text");
    } else {
      memcpy(out, s, len + 1);
    }
  }
  lua_pop(L, 1);
}

static void string_field(Reader *r, int t, const char *key, char *out, size_t size, bool required) {
  size_t keep = strlen(r->where);
  field(r->L, t, key);
  take_string(r, key, out, size, required);
  r->where[keep] = '\0';
}

static double number_field(Reader *r, int t, const char *key, double lo, double hi, double def) {
  lua_State *L = r->L;
  double v = def;
  int type = field(L, t, key);
  if (type == LUA_TNUMBER) v = lua_tonumber(L, -1);
  if ((type != LUA_TNIL && type != LUA_TNUMBER) || v < lo || v > hi) {
    char msg[96];
    snprintf(msg, sizeof msg, "%s must be a number from %g to %g", key, lo, hi);
    problem(r, msg);
  }
  lua_pop(L, 1);
  return v;
}

/* The list of strings t[key] (nil: empty), each folded, into *out. */
static void phrase_list(Reader *r, int t, const char *key, SimCheckPhrases *out) {
  lua_State *L = r->L;
  out->count = 0;
  int type = field(L, t, key);
  if (type == LUA_TTABLE) {
    lua_Integer n = (lua_Integer)lua_rawlen(L, -1);
    if (n > SIM_CHECK_PHRASES) {
      char msg[96];
      snprintf(msg, sizeof msg, "%s has %lld phrases (at most %d)", key, (long long)n, SIM_CHECK_PHRASES);
      problem(r, msg);
      n = SIM_CHECK_PHRASES;
    }
    for (lua_Integer i = 1; i <= n; i++) {
      lua_rawgeti(L, -1, i);
      size_t len = 0;
      const char *s = lua_type(L, -1) == LUA_TSTRING ? lua_tolstring(L, -1, &len) : NULL;
      if (!s || len == 0 || len >= SIM_CHECK_PHRASE_BYTES || !scr_utf8_valid(s, len)) {
        char msg[128];
        snprintf(msg, sizeof msg, "%s[%lld] must be a phrase of 1 to %d bytes of text", key, (long long)i,
                 SIM_CHECK_PHRASE_BYTES - 1);
        problem(r, msg);
      } else {
        sim_check_fold(s, out->text[out->count], SIM_CHECK_PHRASE_BYTES, NULL);
        if (out->text[out->count][0]) out->count++;
      }
      lua_pop(L, 1);
    }
  } else if (type != LUA_TNIL) {
    char msg[96];
    snprintf(msg, sizeof msg, "%s must be a list of phrases", key);
    problem(r, msg);
  }
  lua_pop(L, 1);
}

/* ---- The checklist ---- */

typedef struct ChecklistJob {
  Reader r;
  SimCheckRules *rules;
} ChecklistJob;

static int checklist_entry(lua_State *L) {
  ChecklistJob *job = lua_touserdata(L, 1);
  Reader *r = &job->r;
  SimCheckRules *out = job->rules;
  r->L = L;
  luaL_checkstack(L, 16, "reading the checklist");
  if (!lua_istable(L, 2)) {
    snprintf(r->where, sizeof r->where, "the file");
    problem(r, "must return a table");
    return 0;
  }
  snprintf(r->where, sizeof r->where, "items");
  if (field(L, 2, "items") != LUA_TTABLE) problem(r, "is missing (a table of the five items)");
  for (int i = 0; i < SIM_CHECK_ITEM_COUNT && !r->failed; i++) {
    const char *name = sim_check_item_name((SimCheckItem)i);
    snprintf(r->where, sizeof r->where, "items.%s", name);
    if (field(L, -1, name) != LUA_TTABLE) {
      problem(r, "is missing (a table with label, missing and phrases)");
      lua_pop(L, 1);
      break;
    }
    int t = lua_gettop(L);
    string_field(r, t, "label", out->label[i], sizeof out->label[i], true);
    string_field(r, t, "missing", out->missing[i], sizeof out->missing[i], true);
    phrase_list(r, t, "phrases", &out->phrases[i]);
    lua_pop(L, 1);
  }
  lua_pop(L, 1);
  snprintf(r->where, sizeof r->where, "the rules");
  phrase_list(r, 2, "value", &out->value);
  phrase_list(r, 2, "stopwords", &out->stopwords);
  phrase_list(r, 2, "function_words", &out->function_words);
  out->min_question_words = (int)number_field(r, 2, "min_question_words", 1, 20, 3);
  out->detail_min_letters = (int)number_field(r, 2, "detail_min_letters", 3, 20, 5);
  string_field(r, 2, "empty_note", out->empty_note, sizeof out->empty_note, true);
  snprintf(r->where, sizeof r->where, "keyword_list");
  if (field(L, 2, "keyword_list") == LUA_TTABLE) {
    int t = lua_gettop(L);
    out->list_min_parts = (int)number_field(r, t, "min_parts", 2, 100, 4);
    out->list_max_words = (float)number_field(r, t, "max_words", 1, 20, 2.5);
    string_field(r, t, "note", out->list_note, sizeof out->list_note, true);
  } else {
    problem(r, "is missing (min_parts, max_words, note)");
  }
  lua_pop(L, 1);
  snprintf(r->where, sizeof r->where, "contexts");
  if (field(L, 2, "contexts") != LUA_TTABLE) problem(r, "is missing (opener = {...}, follow_up = {...})");
  for (int c = 0; c < SIM_CHECK_CONTEXT_COUNT && !r->failed; c++) {
    const char *cname = sim_check_context_name((SimCheckContext)c);
    snprintf(r->where, sizeof r->where, "contexts.%s", cname);
    if (field(L, -1, cname) != LUA_TTABLE) {
      problem(r, "is missing (a list of item names)");
    } else {
      lua_Integer n = (lua_Integer)lua_rawlen(L, -1);
      for (lua_Integer i = 1; i <= n && i <= 16; i++) {
        lua_rawgeti(L, -1, i);
        int item = lua_type(L, -1) == LUA_TSTRING ? sim_check_item_from_name(lua_tostring(L, -1)) : -1;
        if (item < 0) problem(r, "names an unknown item (name, why, question, detail, no_request_first)");
        else out->applies[c][item] = true;
        lua_pop(L, 1);
      }
    }
    lua_pop(L, 1);
  }
  lua_pop(L, 1);
  return 0;
}

/* Runs the data file at `path` in a fresh sandbox and calls `entry(job, result)`. */
static bool run_data(const char *path, lua_CFunction entry, void *job, Reader *r, char *err, size_t errlen) {
  FILE *f = fopen(path, "rb");
  if (!f) {
    snprintf(err, errlen, "%s: cannot open (is the scripts folder there?)", path);
    return false;
  }
  size_t max = 256u << 10;
  char *src = malloc(max + 1);
  size_t len = src ? fread(src, 1, max + 1, f) : 0;
  bool bad = !src || ferror(f) || len > max;
  fclose(f);
  if (bad) {
    free(src);
    snprintf(err, errlen, "%s: cannot read (or larger than 256 KiB)", path);
    return false;
  }
  ScrLimits lim = scr_default_limits();
  ScrHost *h = scr_host_create(path, &lim, err, errlen);
  if (!h) {
    free(src);
    return false;
  }
  char chunk[1100];
  snprintf(chunk, sizeof chunk, "@%s", path);
  bool ok = scr_host_compile(h, src, len, chunk, err, errlen, NULL) == 0 &&
            scr_host_pcall(h, 0, 1, err, errlen, NULL) == 0;
  free(src);
  if (ok) {
    lua_State *L = h->L;
    lua_pushcfunction(L, entry);
    lua_pushlightuserdata(L, job);
    lua_pushvalue(L, -3);
    ok = scr_host_pcall(h, 2, 0, err, errlen, NULL) == 0;
    if (ok && r->failed) {
      snprintf(err, errlen, "%s", r->err);
      ok = false;
    }
  }
  scr_host_destroy(h);
  return ok;
}

bool scr_load_checklist(const char *path, SimCheckRules *out, char *err, size_t errlen) {
  ChecklistJob *job = calloc(1, sizeof *job);
  SimCheckRules *rules = calloc(1, sizeof *rules);
  if (!job || !rules) {
    free(job);
    free(rules);
    snprintf(err, errlen, "%s: out of memory", path);
    return false;
  }
  job->r.path = path;
  job->rules = rules;
  bool ok = run_data(path, checklist_entry, job, &job->r, err, errlen);
  if (ok) *out = *rules;
  free(rules);
  free(job);
  return ok;
}

/* ---- The drills ---- */

typedef struct DrillsJob {
  Reader r;
  ScrDrill *out;
  int max, count;
} DrillsJob;

static const char *const KIND_NAMES[SCR_DRILL_KIND_COUNT] = {"talk", "join", "message"};

static bool plain_id(const char *s) {
  if (!s[0]) return false;
  for (const char *p = s; *p; p++)
    if (!((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') || *p == '_')) return false;
  return true;
}

static int drills_entry(lua_State *L) {
  DrillsJob *job = lua_touserdata(L, 1);
  Reader *r = &job->r;
  r->L = L;
  luaL_checkstack(L, 16, "reading the drills");
  if (!lua_istable(L, 2)) {
    snprintf(r->where, sizeof r->where, "the file");
    problem(r, "must return a list of drills");
    return 0;
  }
  lua_Integer n = (lua_Integer)lua_rawlen(L, 2);
  for (lua_Integer i = 1; i <= n && !r->failed && job->count < job->max; i++) {
    snprintf(r->where, sizeof r->where, "drill %lld", (long long)i);
    if (lua_rawgeti(L, 2, i) != LUA_TTABLE) {
      problem(r, "must be a table");
      lua_pop(L, 1);
      break;
    }
    int t = lua_gettop(L);
    ScrDrill *d = &job->out[job->count];
    memset(d, 0, sizeof *d);
    string_field(r, t, "id", d->id, sizeof d->id, true);
    string_field(r, t, "title", d->title, sizeof d->title, true);
    string_field(r, t, "setup", d->setup, sizeof d->setup, true);
    string_field(r, t, "scenario", d->scenario, sizeof d->scenario, true);
    string_field(r, t, "person", d->person, sizeof d->person, true);
    char kind[16], focus[32];
    string_field(r, t, "kind", kind, sizeof kind, true);
    string_field(r, t, "focus", focus, sizeof focus, false);
    string_field(r, t, "polite", d->polite, sizeof d->polite, false);
    string_field(r, t, "barge", d->barge, sizeof d->barge, false);
    string_field(r, t, "walk_off", d->walk_off, sizeof d->walk_off, false);
    string_field(r, t, "hint", d->hint, sizeof d->hint, false);
    if (r->failed) {
      lua_pop(L, 1);
      break;
    }
    d->kind = SCR_DRILL_KIND_COUNT;
    for (int k = 0; k < SCR_DRILL_KIND_COUNT; k++)
      if (strcmp(kind, KIND_NAMES[k]) == 0) d->kind = (ScrDrillKind)k;
    d->focus = focus[0] ? sim_style_from_name(focus) : -1;
    if (!plain_id(d->id) || !plain_id(d->scenario) || !plain_id(d->person)) problem(r, "id, scenario and person must be snake_case ids");
    else if (d->kind == SCR_DRILL_KIND_COUNT) problem(r, "kind must be talk, join or message");
    else if (focus[0] && d->focus < 0) problem(r, "focus must be a choice style (e.g. introduce_why)");
    else if (d->kind == SCR_DRILL_JOIN && (!d->polite[0] || !d->barge[0])) problem(r, "a join drill needs polite and barge lines");
    int type = field(L, t, "steps");
    if (type == LUA_TTABLE) {
      lua_Integer k = (lua_Integer)lua_rawlen(L, -1);
      if (k > SCR_DRILL_STEPS) problem(r, "has too many steps (at most 8)");
      for (lua_Integer s = 1; s <= k && s <= SCR_DRILL_STEPS; s++) {
        lua_rawgeti(L, -1, s);
        size_t len = 0;
        const char *v = lua_type(L, -1) == LUA_TSTRING ? lua_tolstring(L, -1, &len) : NULL;
        if (!v || len == 0 || len >= sizeof d->steps[0]) problem(r, "steps must be node ids");
        else memcpy(d->steps[d->step_count++], v, len + 1);
        lua_pop(L, 1);
      }
    } else if (type != LUA_TNIL) {
      problem(r, "steps must be a list of node ids");
    }
    lua_pop(L, 2);
    if (!r->failed) job->count++;
  }
  return 0;
}

int scr_load_drills(const char *path, ScrDrill *out, int max, char *err, size_t errlen) {
  DrillsJob job = {.out = out, .max = max};
  job.r.path = path;
  if (!run_data(path, drills_entry, &job, &job.r, err, errlen)) return -1;
  return job.count;
}
