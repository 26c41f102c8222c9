/* variants.c — converting a scenario's variation (docs/scenarios.md, "Variants"): a node's
 * alternative lines (`alt`), a person's `variants` (need, fact wording, lines) and `moods`,
 * and the scenario's `layouts` (who is absent, who stands where and with whom), plus the
 * list order (`order`, `recommended_first`). Every variant is checked here, each problem
 * named with the file, line and the variant's id. Raw access only. Depends on Lua 5.4.
 */
#include "script/convert.h"

#include <stdio.h>
#include <string.h>

#include <lauxlib.h>

/* `alt = { "another way to say the line", ... }` on a node. */
void scr_conv_node_alts(Conv *c, int t, SimNode *node) {
  lua_State *L = c->L;
  int type = scr_conv_field(c, t, "alt");
  if (type == LUA_TNIL) {
    lua_pop(L, 1);
    return;
  }
  int list = lua_gettop(L);
  if (type == LUA_TSTRING) {
    scr_conv_error(c, "alt must be a list of lines: alt = { \"...\" } (1 to %d)", SIM_MAX_ALT_LINES);
  } else {
    int n = scr_conv_list(c, list, "alt", 1, SIM_MAX_ALT_LINES);
    for (int i = 0; i < n; i++) {
      lua_rawgeti(L, list, i + 1);
      char what[32];
      snprintf(what, sizeof what, "alt[%d]", i + 1);
      const char *line = scr_conv_string_at(c, lua_gettop(L), what, 220);
      if (line) {
        for (int k = 0; k < node->alt_count; k++)
          if (strcmp(node->alt[k], line) == 0) scr_conv_error(c, "%s repeats alt[%d]", what, k + 1);
        if (node->line && strcmp(node->line, line) == 0) scr_conv_error(c, "%s repeats the node's own line", what);
        node->alt[node->alt_count++] = line;
      }
      lua_pop(L, 1);
    }
  }
  lua_settop(L, list - 1);
}

static void unknown_mood(Conv *c, const char *name) {
  scr_conv_error(c, "unknown mood '%.40s' (none, tired, rushed, chatty)", name);
}

/* `moods = { "tired", "none" }`: the seed picks one each evening. */
static void conv_moods(Conv *c, int t, SimPerson *p) {
  lua_State *L = c->L;
  if (scr_conv_field(c, t, "moods") == LUA_TNIL) {
    lua_pop(L, 1);
    return;
  }
  int list = lua_gettop(L);
  int n = scr_conv_list(c, list, "moods", 1, SIM_MAX_MOODS);
  for (int i = 0; i < n; i++) {
    lua_rawgeti(L, list, i + 1);
    if (lua_type(L, -1) != LUA_TSTRING) {
      scr_conv_error(c, "moods[%d] must be a mood name (none, tired, rushed, chatty)", i + 1);
    } else {
      int m = sim_person_mood_from_name(lua_tostring(L, -1));
      if (m < 0)
        unknown_mood(c, lua_tostring(L, -1));
      else
        p->moods[p->mood_count++] = (uint8_t)m;
    }
    lua_pop(L, 1);
  }
  lua_settop(L, list - 1);
}

static void conv_variant(Conv *c, int vt, SimPerson *p, SimPersonVariant *v, int index) {
  lua_State *L = c->L;
  static const char *const keys[] = {"id", "need", "facts", "says", NULL};
  scr_conv_check_keys(c, vt, keys, 0);
  v->line = c->line;
  v->id = scr_conv_string(c, vt, "id", true, 0);
  if (v->id && !scr_conv_id_ok(v->id)) {
    scr_conv_error(c, "variant %d: id '%.60s' must be snake_case", index + 1, v->id);
    v->id = NULL;
  }
  char saved[sizeof c->where];
  snprintf(saved, sizeof saved, "%s", c->where);
  scr_conv_where(c, "%s, variant '%s'", saved, v->id ? v->id : "?");
  v->need = scr_conv_string(c, vt, "need", false, 140);
  int ft = scr_conv_field(c, vt, "facts");
  if (ft == LUA_TTABLE) {
    int facts = lua_gettop(L);
    lua_pushnil(L);
    while (lua_next(L, facts) != 0) {
      const char *key = lua_type(L, -2) == LUA_TSTRING ? lua_tostring(L, -2) : NULL;
      int f = key ? sim_person_find_fact(p, key) : -1;
      if (f < 0) {
        scr_conv_error(c, "facts: '%.40s' is not a fact of this person (a variant rewords the "
                          "person's facts; it cannot add new ones)", key ? key : "?");
      } else {
        char what[80];
        snprintf(what, sizeof what, "fact '%s'", key);
        v->facts[f] = scr_conv_string_at(c, lua_gettop(L), what, 200);
      }
      lua_pop(L, 1);
    }
  } else if (ft != LUA_TNIL) {
    scr_conv_error(c, "facts must be a table { fact_id = \"new wording\", ... }");
  }
  lua_pop(L, 1);
  int st = scr_conv_field(c, vt, "says");
  if (st == LUA_TTABLE) {
    int says = lua_gettop(L);
    int n = 0;
    lua_pushnil(L);
    while (lua_next(L, says) != 0) n++, lua_pop(L, 1);
    if (n > 0) {
      v->lines = sim_arena_alloc(c->s->arena, (size_t)n * sizeof *v->lines);
      if (!v->lines) luaL_error(L, "out of memory");
    }
    lua_pushnil(L);
    while (lua_next(L, says) != 0) {
      const char *key = lua_type(L, -2) == LUA_TSTRING ? lua_tostring(L, -2) : NULL;
      int node = key ? scr_conv_node_index(p, key) : -1;
      if (node < 0) {
        scr_conv_error(c, "says: '%.40s' is not a node of this person", key ? key : "?");
      } else if (v->line_count < n) {
        char what[80];
        snprintf(what, sizeof what, "says.%s", key);
        const char *line = scr_conv_string_at(c, lua_gettop(L), what, 220);
        if (line) {
          v->lines[v->line_count].node = (int16_t)node;
          v->lines[v->line_count++].line = line;
        }
      }
      lua_pop(L, 1);
    }
  } else if (st != LUA_TNIL) {
    scr_conv_error(c, "says must be a table { node_id = \"the line in this variant\", ... }");
  }
  lua_pop(L, 1);
  bool any = v->need || v->line_count > 0;
  for (int f = 0; f < SIM_MAX_FACTS; f++) any = any || v->facts[f];
  if (!any) scr_conv_error(c, "changes nothing: give a need, facts or says");
  snprintf(c->where, sizeof c->where, "%s", saved);
}

/* `variants = { { id = ..., need = ..., facts = { ... }, says = { ... } }, ... }` and
 * `moods`, after the person's facts and nodes are known. */
void scr_conv_person_variants(Conv *c, int t, SimPerson *p) {
  lua_State *L = c->L;
  conv_moods(c, t, p);
  if (scr_conv_field(c, t, "variants") == LUA_TNIL) {
    lua_pop(L, 1);
    return;
  }
  int list = lua_gettop(L);
  int n = scr_conv_list(c, list, "variants", 1, SIM_MAX_VARIANTS);
  if (n > 0) {
    p->variants = sim_arena_alloc(c->s->arena, (size_t)n * sizeof *p->variants);
    if (!p->variants) luaL_error(L, "out of memory");
  }
  for (int i = 0; i < n; i++) {
    lua_rawgeti(L, list, i + 1);
    if (lua_type(L, -1) != LUA_TTABLE) {
      scr_conv_error(c, "variants[%d] must be a table { id = ..., need = ..., facts = ..., says = ... }", i + 1);
    } else {
      SimPersonVariant *v = &p->variants[p->variant_count++];
      conv_variant(c, lua_gettop(L), p, v, i);
      for (int j = 0; v->id && j < p->variant_count - 1; j++)
        if (p->variants[j].id && strcmp(p->variants[j].id, v->id) == 0)
          scr_conv_error(c, "duplicate variant id '%s'", v->id);
    }
    lua_pop(L, 1);
  }
  lua_settop(L, list - 1);
}

/* ---- layouts ---- */

static int person_named(Conv *c, int v, const char *what) {
  if (lua_type(c->L, v) != LUA_TSTRING) {
    scr_conv_error(c, "%s must be a person id (a string)", what);
    return -1;
  }
  int p = sim_scenario_find_person(c->s, lua_tostring(c->L, v));
  if (p < 0) scr_conv_error(c, "%s: '%.40s' is not a person of this scenario", what, lua_tostring(c->L, v));
  return p;
}

static void conv_place(Conv *c, int pt, SimPlacement *pl, const char **groups, int *group_count) {
  lua_State *L = c->L;
  SimScenario *s = c->s;
  static const char *const keys[] = {"zone", "at", "group", NULL};
  scr_conv_check_keys(c, pt, keys, 0);
  const SimPerson *p = &s->people[pl->person];
  pl->zone = p->zone, pl->x = p->x, pl->y = p->y, pl->group = -1;
  if (scr_conv_field(c, pt, "zone") == LUA_TSTRING) {
    pl->zone = -1;
    for (int i = 0; i < s->zone_count; i++)
      if (s->zones[i].id && strcmp(s->zones[i].id, lua_tostring(L, -1)) == 0) pl->zone = (int16_t)i;
    if (pl->zone < 0) scr_conv_error(c, "zone '%.40s' is not a zone of the room", lua_tostring(L, -1));
  } else if (!lua_isnil(L, -1)) {
    scr_conv_error(c, "zone must be a zone id (a string)");
  }
  lua_pop(L, 1);
  scr_conv_field(c, pt, "at");
  int at = lua_gettop(L);
  if (lua_isnil(L, at)) {
    scr_conv_error(c, "give at = { x, y }: where they stand in this layout");
  } else if (scr_conv_list(c, at, "at", 2, 2) == 2) {
    lua_rawgeti(L, at, 1);
    lua_rawgeti(L, at, 2);
    if (lua_type(L, -2) != LUA_TNUMBER || lua_type(L, -1) != LUA_TNUMBER) {
      scr_conv_error(c, "at must be two numbers { x, y }");
    } else {
      pl->x = (float)lua_tonumber(L, -2), pl->y = (float)lua_tonumber(L, -1);
      const SimZone *z = pl->zone >= 0 ? &s->zones[pl->zone] : NULL;
      if (z && !(pl->x >= z->x && pl->x <= z->x + z->w && pl->y >= z->y && pl->y <= z->y + z->h))
        scr_conv_error(c, "at {%g, %g} is outside zone '%s' (%g..%g, %g..%g)", pl->x, pl->y, z->id, z->x,
                       z->x + z->w, z->y, z->y + z->h);
    }
    lua_pop(L, 2);
  }
  lua_pop(L, 1);
  int gt = scr_conv_field(c, pt, "group");
  if (gt == LUA_TSTRING) {
    const char *g = lua_tostring(L, -1);
    for (int i = 0; i < *group_count; i++)
      if (strcmp(groups[i], g) == 0) pl->group = (int16_t)i;
    if (pl->group < 0 && *group_count < SIM_MAX_PEOPLE) {
      const char *copy = sim_arena_strdup(s->arena, g);
      if (!copy) luaL_error(L, "out of memory");
      pl->group = (int16_t)*group_count;
      groups[(*group_count)++] = copy;
    } else if (pl->group < 0) {
      scr_conv_error(c, "too many groups (at most %d)", SIM_MAX_PEOPLE);
    }
  } else if (gt != LUA_TNIL) {
    scr_conv_error(c, "group must be a name (a string) shared by people standing together");
  }
  lua_pop(L, 1);
}

/* Checks one layout as the evening would be: somebody there, groups in one zone. */
static void check_layout(Conv *c, const SimLayout *l) {
  const SimScenario *s = c->s;
  int16_t zone[SIM_MAX_PEOPLE], group[SIM_MAX_PEOPLE];
  int present = 0;
  for (int p = 0; p < s->person_count; p++) zone[p] = s->people[p].zone, group[p] = s->people[p].group;
  for (int i = 0; i < l->place_count; i++) zone[l->places[i].person] = l->places[i].zone, group[l->places[i].person] = l->places[i].group;
  for (int p = 0; p < s->person_count; p++) present += !((l->absent >> p) & 1u);
  if (present == 0) scr_conv_error(c, "leaves nobody at the event");
  for (int i = 0; i < s->person_count; i++)
    for (int j = 0; j < i; j++)
      if (group[i] >= 0 && group[i] == group[j] && zone[i] != zone[j] && !((l->absent >> i) & 1u) &&
          !((l->absent >> j) & 1u)) {
        scr_conv_error(c, "'%s' stands in a group with '%s' but in another zone", s->people[i].id, s->people[j].id);
        return;
      }
}

static void conv_layout(Conv *c, int lt, SimLayout *l, const char **groups, int *group_count) {
  lua_State *L = c->L;
  SimScenario *s = c->s;
  static const char *const keys[] = {"id", "absent", "place", NULL};
  scr_conv_check_keys(c, lt, keys, 0);
  l->line = c->line;
  l->id = scr_conv_string(c, lt, "id", true, 0);
  if (l->id && !scr_conv_id_ok(l->id)) {
    scr_conv_error(c, "id '%.60s' must be snake_case", l->id);
    l->id = NULL;
  }
  char saved[sizeof c->where];
  snprintf(saved, sizeof saved, "%s", c->where);
  scr_conv_where(c, "layout '%s'", l->id ? l->id : "?");
  if (scr_conv_field(c, lt, "absent") != LUA_TNIL) {
    int list = lua_gettop(L);
    int n = scr_conv_list(c, list, "absent", 1, SIM_MAX_PEOPLE);
    for (int i = 0; i < n; i++) {
      lua_rawgeti(L, list, i + 1);
      int p = person_named(c, lua_gettop(L), "absent");
      if (p >= 0) {
        if (s->people[p].prior_tier > 0)
          scr_conv_error(c, "absent: '%s' is someone the player met before (met_before); keep them there",
                         s->people[p].id);
        l->absent |= (uint16_t)(1u << p);
      }
      lua_pop(L, 1);
    }
  }
  lua_pop(L, 1);
  int pt = scr_conv_field(c, lt, "place");
  if (pt == LUA_TTABLE) {
    int places = lua_gettop(L);
    int n = 0;
    lua_pushnil(L);
    while (lua_next(L, places) != 0) n++, lua_pop(L, 1);
    if (n > 0) {
      l->places = sim_arena_alloc(s->arena, (size_t)n * sizeof *l->places);
      if (!l->places) luaL_error(L, "out of memory");
    }
    lua_pushnil(L);
    while (lua_next(L, places) != 0) {
      int p = person_named(c, lua_gettop(L) - 1, "place");
      if (p >= 0 && ((l->absent >> p) & 1u)) {
        scr_conv_error(c, "place: '%s' is absent in this layout", s->people[p].id);
      } else if (p >= 0 && lua_type(L, -1) != LUA_TTABLE) {
        scr_conv_error(c, "place.%s must be a table { zone = ..., at = { x, y }, group = ... }", s->people[p].id);
      } else if (p >= 0 && l->place_count < n) {
        SimPlacement *pl = &l->places[l->place_count++];
        pl->person = (int16_t)p;
        char inner[sizeof c->where];
        snprintf(inner, sizeof inner, "%s", c->where);
        scr_conv_where(c, "%s, place '%s'", inner, s->people[p].id);
        conv_place(c, lua_gettop(L), pl, groups, group_count);
        snprintf(c->where, sizeof c->where, "%s", inner);
      }
      lua_pop(L, 1);
    }
  } else if (pt != LUA_TNIL) {
    scr_conv_error(c, "place must be a table { person_id = { zone = ..., at = { x, y }, group = ... } }");
  }
  lua_pop(L, 1);
  check_layout(c, l);
  snprintf(c->where, sizeof c->where, "%s", saved);
}

void scr_conv_layouts(Conv *c, int t, const char **groups, int *group_count) {
  lua_State *L = c->L;
  SimScenario *s = c->s;
  if (scr_conv_field(c, t, "layouts") == LUA_TNIL) {
    lua_pop(L, 1);
    return;
  }
  int list = lua_gettop(L);
  int n = scr_conv_list(c, list, "layouts", 1, SIM_MAX_LAYOUTS);
  if (n > 0) {
    s->layouts = sim_arena_alloc(s->arena, (size_t)n * sizeof *s->layouts);
    if (!s->layouts) luaL_error(L, "out of memory");
  }
  for (int i = 0; i < n; i++) {
    lua_rawgeti(L, list, i + 1);
    if (lua_type(L, -1) != LUA_TTABLE) {
      scr_conv_error(c, "layouts[%d] must be a table { id = ..., absent = { ... }, place = { ... } }", i + 1);
    } else {
      SimLayout *l = &s->layouts[s->layout_count++];
      conv_layout(c, lua_gettop(L), l, groups, group_count);
      for (int j = 0; l->id && j < s->layout_count - 1; j++)
        if (s->layouts[j].id && strcmp(s->layouts[j].id, l->id) == 0) scr_conv_error(c, "duplicate layout id '%s'", l->id);
    }
    lua_pop(L, 1);
  }
  lua_settop(L, list - 1);
}

/* `order = 1` (lower first) and `recommended_first = true`: where the list shows it. */
void scr_conv_order(Conv *c, int t) {
  long order;
  if (scr_conv_integer(c, t, "order", 0, 9999, false, SIM_ORDER_NONE, &order)) c->s->order = (int)order;
  c->s->recommended_first = scr_conv_boolean(c, t, "recommended_first", false);
}
