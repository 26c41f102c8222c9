/* dialogue.c — converting a person's dialogue graph (nodes and choices) into SimNode and
 * SimChoice: node ids from the `node "id"` helper, styles from the closed vocabulary,
 * `next` resolved to indices, conditions to fact bitmasks. Raw access only.
 * Depends on Lua 5.4 and sim/scenario.h.
 */
#include "script/convert.h"

#include <stdio.h>
#include <string.h>

#include <lauxlib.h>

int scr_conv_node_index(const SimPerson *p, const char *id) {
  for (int i = 0; id && i < p->node_count; i++)
    if (p->nodes[i].id && strcmp(p->nodes[i].id, id) == 0) return i;
  return -1;
}

static void unknown_style(Conv *c, const char *name) {
  const char *best = NULL;
  size_t best_d = 4;
  for (int i = 0; i < SIM_STYLE_COUNT; i++) {
    size_t d = scr_conv_edit_distance(name, sim_style_name((SimStyle)i));
    if (d < best_d) best_d = d, best = sim_style_name((SimStyle)i);
  }
  if (best)
    scr_conv_error(c, "unknown style '%.40s' (did you mean '%s'?)", name, best);
  else
    scr_conv_error(c, "unknown style '%.40s' (see the list of styles in docs/scenarios.md)", name);
}

static void conv_requires(Conv *c, int t, SimChoice *ch, const SimPerson *p) {
  lua_State *L = c->L;
  static const char *const keys[] = {"fact", "facts", "tier", "energy", NULL};
  scr_conv_check_keys(c, t, keys, 0);
  if (scr_conv_field(c, t, "fact") != LUA_TNIL) {
    int f = scr_conv_fact_at(c, lua_gettop(L), p, "requires.fact");
    if (f >= 0) ch->requires.facts |= (uint16_t)(1u << f);
  }
  lua_pop(L, 1);
  if (scr_conv_field(c, t, "facts") != LUA_TNIL) {
    int list = lua_gettop(L);
    int n = scr_conv_list(c, list, "requires.facts", 1, SIM_MAX_FACTS);
    for (int i = 0; i < n; i++) {
      lua_rawgeti(L, list, i + 1);
      int f = scr_conv_fact_at(c, lua_gettop(L), p, "requires.facts");
      if (f >= 0) ch->requires.facts |= (uint16_t)(1u << f);
      lua_pop(L, 1);
    }
  }
  lua_pop(L, 1);
  long v;
  if (scr_conv_field(c, t, "tier") == LUA_TNUMBER && lua_tonumber(L, -1) > 5)
    scr_conv_error(c, "requires tier %g can never hold (tiers go 0..5)", lua_tonumber(L, -1));
  else if (scr_conv_integer(c, t, "tier", 0, 5, false, 0, &v))
    ch->requires.min_tier = (int8_t)v;
  lua_pop(L, 1);
  if (scr_conv_field(c, t, "energy") == LUA_TNUMBER && lua_tonumber(L, -1) > 100)
    scr_conv_error(c, "requires energy %g can never hold (energy goes 0..100)", lua_tonumber(L, -1));
  else if (scr_conv_integer(c, t, "energy", 0, 100, false, 0, &v))
    ch->requires.min_energy = (int8_t)v;
  lua_pop(L, 1);
}

static void conv_choice(Conv *c, int t, SimNode *node, int index, const SimPerson *p) {
  lua_State *L = c->L;
  SimChoice *ch = &node->choices[index];
  ch->line = node->line_no;
  ch->next = -1;
  ch->weight = 1.0f;
  static const char *const keys[] = {"next", "requires", "uses", "shares", "weight", "id", NULL};
  scr_conv_check_keys(c, t, keys, 2);
  lua_rawgeti(L, t, 1);
  ch->text = lua_isnil(L, -1) ? (scr_conv_error(c, "missing text: { \"what you say\", \"style\", ... }"), NULL)
                              : scr_conv_string_at(c, lua_gettop(L), "text", 140);
  lua_pop(L, 1);
  lua_rawgeti(L, t, 2);
  if (lua_type(L, -1) != LUA_TSTRING) {
    scr_conv_error(c, "missing style: { \"what you say\", \"style\", ... }");
  } else {
    int style = sim_style_from_name(lua_tostring(L, -1));
    if (style < 0)
      unknown_style(c, lua_tostring(L, -1));
    else
      ch->style = (SimStyle)style;
  }
  lua_pop(L, 1);
  int nt = scr_conv_field(c, t, "next");
  if (nt == LUA_TSTRING) {
    ch->next = (int16_t)scr_conv_node_index(p, lua_tostring(L, -1));
    if (ch->next < 0)
      scr_conv_error(c, "next = '%.40s' is not a node of this person", lua_tostring(L, -1));
  } else if (nt != LUA_TNIL) {
    scr_conv_error(c, "next must be a node id (a string)");
  }
  lua_pop(L, 1);
  int rt = scr_conv_field(c, t, "requires");
  if (rt == LUA_TTABLE)
    conv_requires(c, lua_gettop(L), ch, p);
  else if (rt != LUA_TNIL)
    scr_conv_error(c, "requires must be a table { fact = ..., tier = ..., energy = ... }");
  lua_pop(L, 1);
  if (scr_conv_field(c, t, "uses") != LUA_TNIL) {
    int f = scr_conv_fact_at(c, lua_gettop(L), p, "uses");
    if (f >= 0) {
      ch->uses_facts = (uint16_t)(1u << f);
      ch->requires.facts |= ch->uses_facts; /* a line that mentions a fact needs it known */
    }
  } else if (ch->style == SIM_STYLE_FOLLOW_UP && ch->text) {
    scr_conv_error(c, "a follow_up choice must name the fact it remembers (uses = \"fact_id\")");
  }
  lua_pop(L, 1);
  ch->shares_self = scr_conv_boolean(c, t, "shares", false);
  double w;
  scr_conv_number(c, t, "weight", 0.5, 2, false, 1, &w);
  ch->weight = (float)w;
  if (scr_conv_field(c, t, "id") != LUA_TNIL) {
    if (lua_type(L, -1) != LUA_TSTRING || !scr_conv_id_ok(lua_tostring(L, -1)))
      scr_conv_error(c, "a choice id must be snake_case");
    else
      ch->id = sim_arena_strdup(c->s->arena, lua_tostring(L, -1));
  }
  lua_pop(L, 1);
  if (!ch->id) {
    char buf[64];
    snprintf(buf, sizeof buf, "%s.%d", node->id ? node->id : "node", index + 1);
    ch->id = sim_arena_strdup(c->s->arena, buf);
  }
  if (!ch->id) luaL_error(L, "out of memory");
  for (int j = 0; j < index; j++)
    if (node->choices[j].id && strcmp(node->choices[j].id, ch->id) == 0)
      scr_conv_error(c, "duplicate choice id '%s'", ch->id);
}

static void conv_node(Conv *c, int t, SimNode *node, const SimPerson *p) {
  lua_State *L = c->L;
  static const char *const keys[] = {"id", "says", "alt", "reveals", "need", "common_ground", "choices",
                                     NULL};
  scr_conv_check_keys(c, t, keys, 0);
  node->line = scr_conv_string(c, t, "says", true, 220);
  scr_conv_node_alts(c, t, node);
  if (scr_conv_field(c, t, "reveals") != LUA_TNIL) {
    int list = lua_gettop(L);
    int n = scr_conv_list(c, list, "reveals", 1, SIM_MAX_FACTS);
    for (int i = 0; i < n; i++) {
      lua_rawgeti(L, list, i + 1);
      int f = scr_conv_fact_at(c, lua_gettop(L), p, "reveals");
      if (f >= 0) node->reveals |= (uint16_t)(1u << f);
      lua_pop(L, 1);
    }
  }
  lua_pop(L, 1);
  node->shows_need = scr_conv_boolean(c, t, "need", false);
  node->common_ground = scr_conv_boolean(c, t, "common_ground", false);
  scr_conv_field(c, t, "choices");
  int list = lua_gettop(L);
  int n = lua_isnil(L, list) ? (scr_conv_error(c, "missing list 'choices' (2-5 choices)"), -1)
                             : scr_conv_list(c, list, "choices", 2, SIM_MAX_CHOICES);
  char node_where[sizeof c->where];
  snprintf(node_where, sizeof node_where, "%s", c->where);
  for (int i = 0; i < n; i++) {
    lua_rawgeti(L, list, i + 1);
    scr_conv_where(c, "%s, choice %d", node_where, i + 1);
    if (lua_type(L, -1) != LUA_TTABLE)
      scr_conv_error(c, "must be a table { \"what you say\", \"style\", next = ... }");
    else
      conv_choice(c, lua_gettop(L), node, node->choice_count, p);
    if (lua_type(L, -1) == LUA_TTABLE) node->choice_count++;
    lua_pop(L, 1);
  }
  scr_conv_where(c, "%s", node_where);
  lua_settop(L, list - 1);
}

void scr_conv_nodes(Conv *c, int v, SimPerson *p, int person_line) {
  lua_State *L = c->L;
  char saved_where[sizeof c->where];
  snprintf(saved_where, sizeof saved_where, "%s", c->where);
  if (lua_isnil(L, v)) {
    scr_conv_error(c, "missing list 'nodes' (the dialogue: node \"id\" { says = ..., choices = ... })");
    return;
  }
  int n = scr_conv_list(c, v, "nodes", 1, SIM_MAX_NODES);
  if (n <= 0) return;
  p->nodes = sim_arena_alloc(c->s->arena, (size_t)n * sizeof *p->nodes);
  if (!p->nodes) luaL_error(L, "out of memory");
  p->node_count = (uint8_t)n;
  /* First the ids, so that `next` can name a node written later. */
  for (int i = 0; i < n; i++) {
    SimNode *node = &p->nodes[i];
    lua_rawgeti(L, v, i + 1);
    int t = lua_gettop(L);
    node->line_no = scr_host_line_of(L, t);
    if (node->line_no == 0) node->line_no = person_line;
    c->line = node->line_no;
    if (lua_type(L, t) == LUA_TTABLE) {
      const char *id = scr_host_id_of(L, t);
      if (!id && scr_conv_field(c, t, "id") == LUA_TSTRING) id = lua_tostring(L, -1);
      if (!id)
        scr_conv_error(c, "node %d has no id: write node \"id\" { says = ..., choices = ... }", i + 1);
      else if (!scr_conv_id_ok(id))
        scr_conv_error(c, "node id '%.60s' must be snake_case (a-z, 0-9, _; at most 48)", id);
      else if (scr_conv_node_index(p, id) >= 0)
        scr_conv_error(c, "duplicate node id '%s'", id);
      else
        node->id = sim_arena_strdup(c->s->arena, id);
      if (id && !node->id && scr_conv_id_ok(id) && scr_conv_node_index(p, id) < 0) luaL_error(L, "out of memory");
    } else {
      scr_conv_error(c, "node %d must be a table: node \"id\" { ... }", i + 1);
    }
    lua_settop(L, t - 1);
  }
  for (int i = 0; i < n; i++) {
    SimNode *node = &p->nodes[i];
    lua_rawgeti(L, v, i + 1);
    c->line = node->line_no;
    scr_conv_where(c, "%s, node '%s'", saved_where, node->id ? node->id : "?");
    if (lua_type(L, -1) == LUA_TTABLE) conv_node(c, lua_gettop(L), node, p);
    lua_pop(L, 1);
  }
  scr_conv_where(c, "%s", saved_where);
  c->line = person_line;
}
