/* convert.c — the scenario table returned by a script, converted once into a SimScenario:
 * the scenario's own fields, the venue, the people, their facts, follow-up and maintenance
 * (field readers are in fields.c, dialogue graphs in dialogue.c). Raw access only, so no
 * script code runs here. Depends on Lua 5.4 and sim/scenario.h.
 */
#include "script/convert.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <lauxlib.h>

static const char *conv_id(Conv *c, int t, const char *key, const char *what) {
  const char *id = scr_conv_string(c, t, key, true, 0);
  if (id && !scr_conv_id_ok(id)) {
    scr_conv_error(c, "%s id '%.60s' must be snake_case (a-z, 0-9, _; at most 48)", what, id);
    return NULL;
  }
  return id;
}

/* ---- The venue ---- */

static void conv_zone(Conv *c, int t, SimZone *z, float room_w, float room_h) {
  static const char *const keys[] = {"id", "kind", "label", "x", "y", "w", "h", "noise", NULL};
  scr_conv_check_keys(c, t, keys, 0);
  z->id = conv_id(c, t, "id", "zone");
  z->label = scr_conv_string(c, t, "label", true, 40);
  if (scr_conv_field(c, t, "kind") == LUA_TSTRING) {
    int k = sim_zone_kind_from_name(lua_tostring(c->L, -1));
    if (k < 0)
      scr_conv_error(c, "unknown zone kind '%.40s' (entrance, booths, bar, tables, quiet, stage)",
                 lua_tostring(c->L, -1));
    else
      z->kind = (SimZoneKind)k;
  } else {
    scr_conv_error(c, "zone needs kind = \"entrance\" | \"booths\" | \"bar\" | \"tables\" | \"quiet\" | \"stage\"");
  }
  lua_pop(c->L, 1);
  double x, y, w, h, noise;
  bool ok = scr_conv_number(c, t, "x", 0, room_w, true, 0, &x);
  ok &= scr_conv_number(c, t, "y", 0, room_h, true, 0, &y);
  ok &= scr_conv_number(c, t, "w", 0.5, room_w, true, 1, &w);
  ok &= scr_conv_number(c, t, "h", 0.5, room_h, true, 1, &h);
  scr_conv_number(c, t, "noise", 0, 1, true, 0.5, &noise);
  if (ok && (x + w > room_w + 1e-3 || y + h > room_h + 1e-3))
    scr_conv_error(c, "zone '%s' reaches outside the %gx%g m room", z->id ? z->id : "?", room_w, room_h);
  z->x = (float)x, z->y = (float)y, z->w = (float)w, z->h = (float)h, z->noise = (float)noise;
}

/* Optional `openers = { why = { ... }, questions = { ... } }`: the briefing's opener parts,
 * 1..SIM_MAX_OPENERS of each, short enough for a chip. */
static void conv_opener_list(Conv *c, int ot, const char *key, const char **out, uint8_t *count) {
  lua_State *L = c->L;
  const char *what = key; /* messages already start "openers: " */
  if (scr_conv_field(c, ot, key) == LUA_TNIL) {
    scr_conv_error(c, "%s is missing: give 1 to %d short lines", what, SIM_MAX_OPENERS);
  } else {
    int v = lua_gettop(L);
    int n = scr_conv_list(c, v, what, 1, SIM_MAX_OPENERS);
    for (int i = 0; i < n; i++) {
      lua_rawgeti(L, v, i + 1);
      char item[64];
      snprintf(item, sizeof item, "%s[%d]", what, i + 1);
      const char *text = scr_conv_string_at(c, lua_gettop(L), item, 120);
      if (text) out[(*count)++] = text;
      lua_pop(L, 1);
    }
  }
  lua_pop(L, 1);
}

static void conv_openers(Conv *c, int t) {
  int ft = scr_conv_field(c, t, "openers");
  if (ft == LUA_TTABLE) {
    int ot = lua_gettop(c->L);
    static const char *const okeys[] = {"why", "questions", NULL};
    scr_conv_where(c, "openers");
    scr_conv_check_keys(c, ot, okeys, 0);
    SimOpeners *o = &c->s->openers;
    conv_opener_list(c, ot, "why", o->why, &o->why_count);
    conv_opener_list(c, ot, "questions", o->question, &o->question_count);
    c->where[0] = '\0';
  } else if (ft != LUA_TNIL) {
    scr_conv_error(c, "openers must be a table { why = { ... }, questions = { ... } }");
  }
  lua_pop(c->L, 1);
}

static void conv_room(Conv *c, int t) {
  lua_State *L = c->L;
  SimScenario *s = c->s;
  if (scr_conv_field(c, t, "room") != LUA_TTABLE) {
    scr_conv_error(c, "missing table 'room' { width, height, zones }");
    lua_pop(L, 1);
    return;
  }
  int room = lua_gettop(L);
  static const char *const keys[] = {"width", "height", "zones", NULL};
  scr_conv_where(c, "room");
  scr_conv_check_keys(c, room, keys, 0);
  double w, h;
  scr_conv_number(c, room, "width", 4, 200, true, 24, &w);
  scr_conv_number(c, room, "height", 4, 200, true, 14, &h);
  s->room_w = (float)w, s->room_h = (float)h;
  scr_conv_field(c, room, "zones");
  int zones = lua_gettop(L);
  int n = scr_conv_list(c, zones, "room.zones", 1, SIM_MAX_ZONES);
  s->entrance_zone = -1;
  for (int i = 0; i < n; i++) {
    lua_rawgeti(L, zones, i + 1);
    scr_conv_where(c, "room, zone %d", i + 1);
    if (lua_type(L, -1) != LUA_TTABLE) {
      scr_conv_error(c, "a zone must be a table { id, kind, label, x, y, w, h, noise }");
    } else {
      SimZone *z = &s->zones[s->zone_count++];
      conv_zone(c, lua_gettop(L), z, s->room_w, s->room_h);
      for (int j = 0; z->id && j < s->zone_count - 1; j++)
        if (s->zones[j].id && strcmp(s->zones[j].id, z->id) == 0)
          scr_conv_error(c, "duplicate zone id '%s'", z->id);
      if (z->kind == SIM_ZONE_ENTRANCE && s->entrance_zone < 0)
        s->entrance_zone = (int16_t)(s->zone_count - 1);
    }
    lua_pop(L, 1);
  }
  c->where[0] = '\0';
  if (n > 0 && s->entrance_zone < 0)
    scr_conv_error(c, "the room needs a zone of kind \"entrance\": the player starts there");
  lua_settop(L, room - 1);
}

/* ---- People ---- */

static void conv_facts(Conv *c, int t, SimPerson *p) {
  lua_State *L = c->L;
  int type = scr_conv_field(c, t, "facts");
  int facts = lua_gettop(L);
  if (type == LUA_TNIL) {
    scr_conv_error(c, "missing table 'facts' { id = \"what they can tell you\", ... }");
  } else if (type != LUA_TTABLE) {
    scr_conv_error(c, "facts must be a table { id = \"text\", ... }, not a %s", lua_typename(L, type));
  } else {
    /* Bits are assigned in id order so that saves do not depend on Lua's hash order; past
     * the limit, the alphabetically first SIM_MAX_FACTS are kept so messages are stable. */
    int n = 0, total = 0;
    lua_pushnil(L);
    while (lua_next(L, facts) != 0) {
      if (lua_type(L, -2) != LUA_TSTRING || !scr_conv_id_ok(lua_tostring(L, -2))) {
        scr_conv_error(c, "facts: every key must be a snake_case fact id");
      } else if (++total <= 4 * SIM_MAX_FACTS) {
        char what[80];
        snprintf(what, sizeof what, "fact '%s'", lua_tostring(L, -2));
        const char *text = scr_conv_string_at(c, lua_gettop(L), what, 200);
        const char *key = lua_tostring(L, -2);
        if (text && (n < SIM_MAX_FACTS || strcmp(p->facts[n - 1].id, key) > 0)) {
          const char *id = sim_arena_strdup(c->s->arena, key);
          if (!id) luaL_error(L, "out of memory");
          int at = n < SIM_MAX_FACTS ? n++ : n - 1;
          while (at > 0 && strcmp(p->facts[at - 1].id, id) > 0) {
            p->facts[at] = p->facts[at - 1];
            at--;
          }
          p->facts[at].id = id;
          p->facts[at].text = text;
        }
      }
      lua_pop(L, 1);
    }
    if (total > SIM_MAX_FACTS)
      scr_conv_error(c, "too many facts (%d, at most %d)", total, SIM_MAX_FACTS);
    p->fact_count = (uint8_t)n;
  }
  lua_settop(L, facts - 1);
}

static void conv_followup(Conv *c, int t, SimPerson *p) {
  lua_State *L = c->L;
  SimFollowUp *f = &p->followup;
  f->reference_fact = -1;
  if (scr_conv_field(c, t, "followup") != LUA_TTABLE) {
    scr_conv_error(c, "missing follow-up content: followup = { reference, offer, request, "
                  "reply_personal, reply_generic, reply_late }");
    lua_pop(L, 1);
    return;
  }
  int ft = lua_gettop(L);
  static const char *const keys[] = {"reference", "offer", "request", "reply_personal",
                                     "reply_generic", "reply_late", NULL};
  scr_conv_check_keys(c, ft, keys, 0);
  if (scr_conv_field(c, ft, "reference") == LUA_TNIL)
    scr_conv_error(c, "followup: missing 'reference' (the fact a personal message can mention)");
  else
    f->reference_fact = (int16_t)scr_conv_fact_at(c, lua_gettop(L), p, "followup.reference");
  lua_pop(L, 1);
  if (f->reference_fact >= 0) f->reference = p->facts[f->reference_fact].text;
  f->offer = scr_conv_string(c, ft, "offer", true, 140);
  f->request = scr_conv_string(c, ft, "request", true, 140);
  f->reply_personal = scr_conv_string(c, ft, "reply_personal", true, 220);
  f->reply_generic = scr_conv_string(c, ft, "reply_generic", true, 220);
  f->reply_late = scr_conv_string(c, ft, "reply_late", true, 220);
  lua_settop(L, ft - 1);
}

static void conv_maintenance(Conv *c, int t, SimPerson *p) {
  lua_State *L = c->L;
  scr_conv_field(c, t, "maintenance");
  int list = lua_gettop(L);
  if (lua_isnil(L, list)) {
    scr_conv_error(c, "missing 'maintenance' (1-%d things to do in the weeks after the event)",
               SIM_MAX_MAINTENANCE);
    lua_pop(L, 1);
    return;
  }
  int n = scr_conv_list(c, list, "maintenance", 1, SIM_MAX_MAINTENANCE);
  static const char *const keys[] = {"kind", "text", "reply", "uses", NULL};
  for (int i = 0; i < n; i++) {
    lua_rawgeti(L, list, i + 1);
    int mt = lua_gettop(L);
    if (lua_type(L, mt) != LUA_TTABLE) {
      scr_conv_error(c, "maintenance %d must be a table { kind, text, reply }", i + 1);
    } else {
      SimMaintenance *m = &p->maintenance[p->maintenance_count++];
      scr_conv_check_keys(c, mt, keys, 0);
      if (scr_conv_field(c, mt, "kind") == LUA_TSTRING &&
          sim_maintenance_kind_from_name(lua_tostring(L, -1)) >= 0)
        m->kind = (SimMaintenanceKind)sim_maintenance_kind_from_name(lua_tostring(L, -1));
      else
        scr_conv_error(c, "maintenance %d: kind must be coffee, congratulate, share_useful or check_in",
                   i + 1);
      lua_pop(L, 1);
      m->text = scr_conv_string(c, mt, "text", true, 140);
      m->reply = scr_conv_string(c, mt, "reply", true, 220);
      m->uses_fact = -1;
      if (scr_conv_field(c, mt, "uses") != LUA_TNIL)
        m->uses_fact = (int16_t)scr_conv_fact_at(c, lua_gettop(L), p, "maintenance.uses");
      lua_pop(L, 1);
    }
    lua_settop(L, mt - 1);
  }
  lua_settop(L, list - 1);
}

static uint32_t fnv1a(const char *s) {
  uint32_t h = 2166136261u;
  for (; s && *s; s++) h = (h ^ (unsigned char)*s) * 16777619u;
  return h;
}

static void conv_traits(Conv *c, int t, SimPerson *p) {
  if (scr_conv_field(c, t, "traits") != LUA_TTABLE) {
    scr_conv_error(c, "missing table 'traits' { openness, introversion, busy } (each 0..1)");
    lua_pop(c->L, 1);
    return;
  }
  int tt = lua_gettop(c->L);
  static const char *const keys[] = {"openness", "introversion", "busy", NULL};
  scr_conv_check_keys(c, tt, keys, 0);
  double v;
  scr_conv_number(c, tt, "openness", 0, 1, true, 0.5, &v), p->openness = (float)v;
  scr_conv_number(c, tt, "introversion", 0, 1, true, 0.5, &v), p->introversion = (float)v;
  scr_conv_number(c, tt, "busy", 0, 1, true, 0.5, &v), p->busyness = (float)v;
  lua_settop(c->L, tt - 1);
}

static void conv_place(Conv *c, int t, SimPerson *p, const char **groups, int *group_count) {
  lua_State *L = c->L;
  SimScenario *s = c->s;
  p->zone = -1;
  if (scr_conv_field(c, t, "zone") == LUA_TSTRING) {
    for (int i = 0; i < s->zone_count; i++)
      if (s->zones[i].id && strcmp(s->zones[i].id, lua_tostring(L, -1)) == 0) p->zone = (int16_t)i;
    if (p->zone < 0) scr_conv_error(c, "zone '%.40s' is not a zone of the room", lua_tostring(L, -1));
  } else {
    scr_conv_error(c, "missing field 'zone' (the id of the zone where they stand)");
  }
  lua_pop(L, 1);
  scr_conv_field(c, t, "at");
  int at = lua_gettop(L);
  if (lua_isnil(L, at)) {
    scr_conv_error(c, "missing field 'at' = { x, y } (where they stand, in metres)");
  } else if (scr_conv_list(c, at, "at", 2, 2) == 2) {
    lua_rawgeti(L, at, 1);
    lua_rawgeti(L, at, 2);
    if (lua_type(L, -2) != LUA_TNUMBER || lua_type(L, -1) != LUA_TNUMBER) {
      scr_conv_error(c, "at must be two numbers { x, y }");
    } else {
      p->x = (float)lua_tonumber(L, -2), p->y = (float)lua_tonumber(L, -1);
      const SimZone *z = p->zone >= 0 ? &s->zones[p->zone] : NULL;
      if (!(p->x >= 0 && p->y >= 0 && p->x <= s->room_w && p->y <= s->room_h))
        scr_conv_error(c, "at {%g, %g} is outside the %gx%g m room", p->x, p->y, s->room_w, s->room_h);
      else if (z && !(p->x >= z->x && p->x <= z->x + z->w && p->y >= z->y && p->y <= z->y + z->h))
        scr_conv_error(c, "at {%g, %g} is outside zone '%s' (%g..%g, %g..%g)", p->x, p->y, z->id,
                   z->x, z->x + z->w, z->y, z->y + z->h);
    }
    lua_pop(L, 2);
  }
  lua_pop(L, 1);
  p->group = -1;
  int gt = scr_conv_field(c, t, "group");
  if (gt == LUA_TSTRING) {
    const char *g = lua_tostring(L, -1);
    for (int i = 0; i < *group_count; i++)
      if (strcmp(groups[i], g) == 0) p->group = (int16_t)i;
    if (p->group < 0) {
      p->group = (int16_t)*group_count;
      groups[(*group_count)++] = lua_tostring(L, -1);
    }
  } else if (gt != LUA_TNIL) {
    scr_conv_error(c, "group must be a name (a string) shared by people standing together");
  }
  lua_pop(L, 1);
}

static void conv_person(Conv *c, int t, SimPerson *p, const char **groups, int *group_count) {
  lua_State *L = c->L;
  static const char *const keys[] = {"id", "name", "org", "role", "traits", "interests", "need",
                                     "zone", "at", "group", "met_before", "facts", "nodes",
                                     "returning", "followup", "maintenance", "look", "variants",
                                     "moods", "remembers", NULL};
  scr_conv_check_keys(c, t, keys, 0);
  p->id = conv_id(c, t, "id", "person");
  if (p->id) scr_conv_where(c, "person '%s'", p->id);
  p->name = scr_conv_string(c, t, "name", true, 40);
  p->org = scr_conv_string(c, t, "org", true, 60);
  p->role = scr_conv_string(c, t, "role", true, 60);
  p->need = scr_conv_string(c, t, "need", true, 140);
  conv_traits(c, t, p);
  if (scr_conv_field(c, t, "interests") != LUA_TNIL) {
    int it = lua_gettop(L);
    int n = scr_conv_list(c, it, "interests", 0, SIM_MAX_INTERESTS);
    for (int i = 0; i < n; i++) {
      lua_rawgeti(L, it, i + 1);
      const char *s = scr_conv_string_at(c, lua_gettop(L), "an interest", 40);
      if (s) p->interests[p->interest_count++] = s;
      lua_pop(L, 1);
    }
  }
  lua_pop(L, 1);
  conv_place(c, t, p, groups, group_count);
  long prior;
  scr_conv_integer(c, t, "met_before", 0, 5, false, 0, &prior);
  p->prior_tier = (int8_t)prior;
  long look;
  if (scr_conv_integer(c, t, "look", 0, 0xFFFFFFFFL, false, -1, &look) && look >= 0)
    p->look = (uint32_t)look;
  else
    p->look = fnv1a(p->id);
  conv_facts(c, t, p);
  /* What the player already knows of someone met before (a later meeting's "last time"). */
  if (scr_conv_field(c, t, "remembers") != LUA_TNIL) {
    int rt = lua_gettop(L);
    int n = scr_conv_list(c, rt, "remembers", 1, SIM_MAX_FACTS);
    if (n > 0 && p->prior_tier < 1)
      scr_conv_error(c, "remembers needs met_before = 1 or more: a stranger has told the player nothing yet");
    for (int i = 0; i < n; i++) {
      lua_rawgeti(L, rt, i + 1);
      int f = scr_conv_fact_at(c, lua_gettop(L), p, "remembers");
      if (f >= 0) p->prior_facts |= (uint16_t)(1u << f);
      lua_pop(L, 1);
    }
  }
  lua_pop(L, 1);
  scr_conv_field(c, t, "nodes");
  scr_conv_nodes(c, lua_gettop(L), p, c->line);
  lua_pop(L, 1);
  p->return_node = -1;
  if (scr_conv_field(c, t, "returning") != LUA_TNIL) {
    if (lua_type(L, -1) != LUA_TSTRING)
      scr_conv_error(c, "returning must be a node id (a string)");
    else if ((p->return_node = (int16_t)scr_conv_node_index(p, lua_tostring(L, -1))) < 0)
      scr_conv_error(c, "returning = '%.40s' is not a node of this person", lua_tostring(L, -1));
  }
  lua_pop(L, 1);
  conv_followup(c, t, p);
  conv_maintenance(c, t, p);
  scr_conv_person_variants(c, t, p);
}

static void conv_people(Conv *c, int t) {
  lua_State *L = c->L;
  SimScenario *s = c->s;
  scr_conv_field(c, t, "people");
  int list = lua_gettop(L);
  const char *groups[SIM_MAX_PEOPLE];
  int group_count = 0;
  int scenario_line = c->line;
  int n = lua_isnil(L, list) ? (scr_conv_error(c, "missing list 'people'"), -1)
                             : scr_conv_list(c, list, "people", 1, SIM_MAX_PEOPLE);
  for (int i = 0; i < n; i++) {
    lua_rawgeti(L, list, i + 1);
    int pt = lua_gettop(L);
    c->line = scr_host_line_of(L, pt);
    if (c->line == 0) c->line = scenario_line;
    scr_conv_where(c, "person %d", i + 1);
    if (lua_type(L, pt) != LUA_TTABLE) {
      scr_conv_error(c, "must be a table: person { id = ..., ... }");
    } else {
      SimPerson *p = &s->people[s->person_count++];
      p->line = c->line;
      conv_person(c, pt, p, groups, &group_count);
      for (int j = 0; p->id && j < s->person_count - 1; j++)
        if (s->people[j].id && strcmp(s->people[j].id, p->id) == 0)
          scr_conv_error(c, "duplicate person id '%s' (first on line %d)", p->id, s->people[j].line);
    }
    lua_settop(L, pt - 1);
  }
  c->where[0] = '\0';
  c->line = scenario_line;
  /* People standing together stand in the same zone. */
  for (int i = 0; i < s->person_count; i++)
    for (int j = 0; j < i; j++)
      if (s->people[i].group >= 0 && s->people[i].group == s->people[j].group &&
          s->people[i].zone != s->people[j].zone) {
        c->line = s->people[i].line;
        scr_conv_error(c, "person '%s' is in a group with '%s' but in another zone",
                   s->people[i].id ? s->people[i].id : "?", s->people[j].id ? s->people[j].id : "?");
        c->line = scenario_line;
        break;
      }
  lua_settop(L, list - 1);
  scr_conv_layouts(c, t, groups, &group_count);
}

void scr_convert(lua_State *L, SimScenario *scn, const char *display, ScrReport *out,
                 size_t max_text, int fallback_line) {
  Conv conv = {L, scn, display, out, max_text, 0, ""};
  Conv *c = &conv;
  int t = lua_gettop(L);
  if (lua_type(L, t) != LUA_TTABLE) {
    scr_conv_error(c, "the file must return a scenario table (return scenario { ... }), not %s",
               lua_isnil(L, t) ? "nothing" : luaL_typename(L, t));
    return;
  }
  c->line = scr_host_line_of(L, t);
  if (c->line == 0) c->line = fallback_line;
  static const char *const keys[] = {"id", "title", "summary", "teaches", "minutes", "norms",
                                     "tuning", "room", "people", "openers", "layouts", "order",
                                     "recommended_first", NULL};
  scr_conv_check_keys(c, t, keys, 0);
  scn->id = conv_id(c, t, "id", "scenario");
  scn->title = scr_conv_string(c, t, "title", true, 60);
  scn->summary = scr_conv_string(c, t, "summary", true, 600);
  scn->teaches = scr_conv_string(c, t, "teaches", true, 300);
  long minutes;
  scr_conv_integer(c, t, "minutes", 5, 240, true, 60, &minutes);
  scn->minutes = (int)minutes;
  if (scr_conv_field(c, t, "norms") == LUA_TTABLE) {
    int nt = lua_gettop(L);
    static const char *const nkeys[] = {"contact_expected", "groups_common", "pace", "job_questions", NULL};
    scr_conv_where(c, "norms");
    scr_conv_check_keys(c, nt, nkeys, 0);
    scn->norms.contact_expected = scr_conv_boolean(c, nt, "contact_expected", false);
    scn->norms.groups_common = scr_conv_boolean(c, nt, "groups_common", false);
    double pace;
    scr_conv_number(c, nt, "pace", 0, 1, false, 0.5, &pace);
    scn->norms.pace = (float)pace;
    /* When a question about vacancies is normal here (default: only after rapport). */
    const char *jq = scr_conv_string(c, nt, "job_questions", false, 40);
    if (jq) {
      int norm = sim_job_norm_from_name(jq);
      if (norm < 0)
        scr_conv_error(c, "job_questions must be \"after_introduction\" or \"after_rapport\", not \"%s\"", jq);
      else
        scn->norms.job_questions = (SimJobNorm)norm;
    }
    c->where[0] = '\0';
  } else {
    scr_conv_error(c, "missing table 'norms' { contact_expected, groups_common, pace }");
  }
  lua_pop(L, 1);
  int tt = scr_conv_field(c, t, "tuning");
  if (tt == LUA_TTABLE) {
    int tu = lua_gettop(L);
    static const char *const tkeys[] = {"energy_cost", "reputation_spread", NULL};
    scr_conv_where(c, "tuning");
    scr_conv_check_keys(c, tu, tkeys, 0);
    double v;
    scr_conv_number(c, tu, "energy_cost", 0.25, 4, false, 1, &v), scn->tuning.energy_cost = (float)v;
    scr_conv_number(c, tu, "reputation_spread", 0, 4, false, 1, &v);
    scn->tuning.reputation_spread = (float)v;
    c->where[0] = '\0';
  } else if (tt != LUA_TNIL) {
    scr_conv_error(c, "tuning must be a table { energy_cost, reputation_spread }");
  }
  lua_pop(L, 1);
  conv_room(c, t);
  conv_people(c, t);
  conv_openers(c, t);
  scr_conv_order(c, t);
  lua_settop(L, t);
}
