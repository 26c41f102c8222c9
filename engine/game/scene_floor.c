/* scene_floor.c — the mixer floor: the player walks the room (keys held or tapped, or a
 * click on a spot or a person), the person in reach is highlighted, Enter/click opens the
 * conversation (or, at a group, the choice to join politely or barge in), Escape opens a
 * small menu (resume, rest, leave). Walking moves the event clock by distance.
 * Owns the FloorScene; drawing is in floor_draw.c. Depends on game state, sim and ui.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "game/floor_internal.h"
#include "game/flow.h"
#include "game/scenes.h"
#include "game/state.h"
#include "i18n/i18n.h"

#define REST_MINUTES 5.0f
#define QUIET_REST_MINUTES 8.0f
#define CLOCK_STEP_M 2.0f   /* walked metres put on the clock in steps of this */
#define BODY_M 0.55f        /* the player stops this close to someone */

static SimSession *session_of(GameApp *app) { return app->state ? app->state->session : NULL; }

static const SimScenario *scenario_of(GameApp *app) {
  SimSession *ss = session_of(app);
  return ss ? sim_session_scenario(ss) : NULL;
}

static void set_note(FloorScene *s, const char *text) {
  snprintf(s->note, sizeof s->note, "%s", text);
  s->note_time = 4.0f;
}

static int zone_at(const SimScenario *sc, float x, float y) {
  for (int i = 0; i < sc->zone_count; i++) {
    const SimZone *z = &sc->zones[i];
    if (x >= z->x && y >= z->y && x <= z->x + z->w && y <= z->y + z->h) return i;
  }
  return -1;
}

/* Puts the player at the centre of `zone`, nudged off anyone standing there. */
static void place_in_zone(FloorScene *s, const SimScenario *sc, int zone) {
  if (zone < 0 || zone >= sc->zone_count) {
    s->px = sc->room_w / 2;
    s->py = sc->room_h / 2;
  } else {
    const SimZone *z = &sc->zones[zone];
    s->px = z->x + z->w / 2;
    s->py = z->y + z->h / 2;
  }
  for (int tries = 0; tries < 8; tries++) {
    bool clear = true;
    for (int i = 0; i < sc->person_count; i++) {
      if (sc->people[i].absent) continue;
      float dx = sc->people[i].x - s->px, dy = sc->people[i].y - s->py;
      if (dx * dx + dy * dy < 1.0f) clear = false;
    }
    if (clear) break;
    s->py += (s->py < sc->room_h / 2) ? 0.8f : -0.8f;
  }
  s->tx = s->px;
  s->ty = s->py;
  s->walking = false;
  s->walk_person = -1;
  s->prefer = -1;
  s->reach = -1; /* whoever was in reach is not any more (the next update finds who is) */
}

/* (Re)starts the floor on the current session: the player at the zone the sim says. */
static void reset_for_session(FloorScene *s, GameApp *app) {
  SimSession *ss = session_of(app);
  s->session = ss;
  s->mode = FLOOR_WALK;
  s->reach = -1;
  s->clock_minute = -1;
  s->reach_text_person = -2;
  s->layout_scale = -1;
  s->quiet_zone = -1;
  if (!ss) return;
  const SimScenario *sc = sim_session_scenario(ss);
  SimPlayerView v;
  sim_session_player(ss, &v);
  s->zone = v.zone;
  place_in_zone(s, sc, v.zone);
  for (int i = 0; i < sc->zone_count; i++)
    if (sc->zones[i].kind == SIM_ZONE_QUIET) {
      s->quiet_zone = i;
      break;
    }
  for (int i = 0; i < sc->person_count; i++) {
    const SimPerson *p = &sc->people[i];
    s->looks[i] = game_look_from_seed(p->look ? p->look : game_seed_from_text(p->id));
  }
  s->player_look = game_look_from_seed(game_seed_from_text(TR("floor.the_player", "the player")));
}

/* A step into someone's body is blocked; a step that moves away from a body the player
 * already overlaps is not (the entrance can put the player right beside a greeter, as at
 * the meetup's registration desk, and every way out would otherwise be blocked). */
static bool blocked(const SimScenario *sc, float ox, float oy, float x, float y) {
  for (int i = 0; i < sc->person_count; i++) {
    if (sc->people[i].absent) continue;
    float dx = sc->people[i].x - x, dy = sc->people[i].y - y;
    float odx = sc->people[i].x - ox, ody = sc->people[i].y - oy;
    float d2 = dx * dx + dy * dy;
    if (d2 < BODY_M * BODY_M && d2 <= odx * odx + ody * ody) return true;
  }
  return false;
}

/* Moves the player by (dx, dy) metres, sliding along people and the walls. Returns the
 * distance actually walked. */
static float step_player(FloorScene *s, const SimScenario *sc, float dx, float dy) {
  float ox = s->px, oy = s->py;
  float nx = s->px + dx, ny = s->py + dy;
  const float pad = 0.35f;
  if (nx < pad) nx = pad;
  if (ny < pad) ny = pad;
  if (nx > sc->room_w - pad) nx = sc->room_w - pad;
  if (ny > sc->room_h - pad) ny = sc->room_h - pad;
  if (!blocked(sc, ox, oy, nx, ny)) {
    s->px = nx;
    s->py = ny;
  } else if (!blocked(sc, ox, oy, nx, s->py)) {
    s->px = nx;
  } else if (!blocked(sc, ox, oy, s->px, ny)) {
    s->py = ny;
  }
  return hypotf(s->px - ox, s->py - oy);
}

/* Walking puts time on the event clock: a new zone through the sim's zone move, steps
 * inside a zone as floor time (40 m a minute, the sim's walking pace). */
static void account_walk(FloorScene *s, SimSession *ss, const SimScenario *sc, float metres) {
  int z = zone_at(sc, s->px, s->py);
  if (z >= 0 && z != s->zone) {
    if (sim_move_to_zone(ss, z) == SIM_OK) s->zone = z;
    s->walked_m = 0;
    return;
  }
  s->walked_m += metres;
  if (s->walked_m >= CLOCK_STEP_M) {
    sim_advance_clock(ss, s->walked_m / 40.0f);
    s->walked_m = 0;
  }
}

static int nearest_in_reach(const FloorScene *s, const SimScenario *sc) {
  if (s->prefer >= 0) { /* the person the player walked up to, while still in reach */
    float dx = sc->people[s->prefer].x - s->px, dy = sc->people[s->prefer].y - s->py;
    if (dx * dx + dy * dy <= FLOOR_REACH_M * FLOOR_REACH_M) return s->prefer;
  }
  int best = -1;
  float best_d = FLOOR_REACH_M * FLOOR_REACH_M;
  for (int i = 0; i < sc->person_count; i++) {
    if (sc->people[i].absent) continue;
    float dx = sc->people[i].x - s->px, dy = sc->people[i].y - s->py;
    float d = dx * dx + dy * dy;
    if (d <= best_d) {
      best_d = d;
      best = i;
    }
  }
  return best;
}

/* Whether talking to `person` means joining a group the player is not part of yet. */
static bool needs_join(SimSession *ss, const SimScenario *sc, int person) {
  int g = sc->people[person].group;
  if (g < 0) return false;
  int members = 0;
  for (int i = 0; i < sc->person_count; i++) members += sc->people[i].group == g;
  if (members < 2) return false;
  SimPlayerView v;
  sim_session_player(ss, &v);
  return v.group != g;
}

static void open_talk(FloorScene *s, GameApp *app, int person) {
  SimSession *ss = session_of(app);
  const SimScenario *sc = scenario_of(app);
  if (!ss || person < 0) return;
  s->walking = false;
  s->walk_person = -1;
  if (needs_join(ss, sc, person)) {
    s->mode = FLOOR_JOIN;
    s->join_person = person;
    s->join_list = (UiList){.focus = 0, .count = 3, .numbers = true};
    return;
  }
  game_talk_open(app, person, SIM_JOIN_DIRECT);
}

static void leave_event(FloorScene *s, GameApp *app) {
  if (s->left) return;
  s->left = true;
  game_flow_step_done(app, GAME_STEP_EVENT_LEFT, NULL);
}

static void open_menu(FloorScene *s) {
  s->menu_count = 0;
  s->menu_items[s->menu_count++] = FLOOR_ITEM_RESUME;
  if (s->quiet_zone >= 0 && s->zone != s->quiet_zone) s->menu_items[s->menu_count++] = FLOOR_ITEM_QUIET;
  s->menu_items[s->menu_count++] = FLOOR_ITEM_REST;
  s->menu_items[s->menu_count++] = FLOOR_ITEM_LEAVE;
  s->menu_list = (UiList){.focus = 0, .count = s->menu_count, .numbers = true};
  s->mode = FLOOR_MENU;
}

static void rest(FloorScene *s, GameApp *app, bool in_quiet) {
  SimSession *ss = session_of(app);
  const SimScenario *sc = scenario_of(app);
  if (!ss) return;
  if (in_quiet && s->quiet_zone >= 0) {
    if (sim_move_to_zone(ss, s->quiet_zone) == SIM_OK) {
      s->zone = s->quiet_zone;
      place_in_zone(s, sc, s->quiet_zone);
    }
  }
  float minutes = in_quiet ? QUIET_REST_MINUTES : REST_MINUTES;
  if (sim_rest(ss, minutes, NULL) == SIM_OK)
    set_note(s, in_quiet ? TR("floor.you_sit_somewhere_quiet_for", "You sit somewhere quiet for a while. Your energy comes back.")
                         : TR("floor.you_take_five_minutes_to", "You take five minutes to yourself. A little energy back."));
  s->clock_minute = -1;
}

static void menu_choose(FloorScene *s, GameApp *app, FloorMenuItem item) {
  s->mode = FLOOR_WALK;
  switch (item) {
    case FLOOR_ITEM_RESUME: break;
    case FLOOR_ITEM_REST: rest(s, app, false); break;
    case FLOOR_ITEM_QUIET: rest(s, app, true); break;
    case FLOOR_ITEM_LEAVE: leave_event(s, app); break;
  }
}

static void reload(FloorScene *s, GameApp *app) {
  GameState *st = app->state;
  if (!st) return;
  GameStepData d = {.intention = st->session ? sim_session_settings(st->session).intention
                                             : st->settings.intention};
  game_flow_step_done(app, GAME_STEP_RELOADED, &d);
  if (!st->session) {  /* the scenario is broken: the error screen is on its way */
    s->session = NULL;
    return;
  }
  reset_for_session(s, app);
  set_note(s, TR("floor.scenario_reloaded_from_disk", "Scenario reloaded from disk."));
}

static const char *pick_hint(const FloorScene *s, SimSession *ss, const SimScenario *sc) {
  SimPlayerView v;
  sim_session_player(ss, &v);
  if (v.energy < 30.0f)
    return s->quiet_zone >= 0 && s->zone != s->quiet_zone ? TR("floor.running_low_a_few_minutes", "Running low? A few minutes in the quiet corner restores energy.")
                                                          : TR("floor.running_low_take_a_short", "Running low? Take a short break (Esc) before the next talk.");
  if (s->reach >= 0) {
    if (needs_join(ss, sc, s->reach)) return TR("floor.they_are_mid_conversation_waiting", "They are mid-conversation: waiting for a pause is the polite way in.");
    const SimRelation *r = sim_session_relation(ss, s->reach);
    if (r && r->tier >= 1) return TR("floor.you_have_met_before_pick", "You have met before: pick up where you left off.");
    return TR("floor.say_who_you_are_and", "Say who you are and why you came over.");
  }
  if (sim_session_talk_count(ss) == 0) return TR("floor.walk_up_to_someone_and", "Walk up to someone and press Enter to say hello.");
  return TR("floor.one_good_conversation_beats_five", "One good conversation beats five quick ones. Rest when you need to.");
}

/* Mouse on the floor: a person in reach opens the talk, another person or a spot is
 * walked to. */
static void floor_click(FloorScene *s, GameApp *app, int x, int y) {
  const SimScenario *sc = scenario_of(app);
  if (!ui_hit(s->room_px, x, y)) return;
  int r = s->ppm * 0.6f > 14 ? (int)(s->ppm * 0.6f) : 14;
  int hit = -1;
  for (int i = 0; i < sc->person_count && hit < 0; i++) { /* a figure first, then a name tag */
    if (sc->people[i].absent) continue;
    int cx = game_floor_to_px_x(s, sc->people[i].x), cy = game_floor_to_px_y(s, sc->people[i].y);
    if ((x - cx) * (x - cx) + (y - cy) * (y - cy) <= r * r) hit = i;
  }
  for (int i = 0; i < sc->person_count && hit < 0; i++)
    if (!sc->people[i].absent && ui_hit(s->tags[i].rect, x, y)) hit = i;
  if (hit >= 0 && hit == s->reach) {
    open_talk(s, app, hit);
    return;
  }
  s->walking = true;
  s->walk_person = hit;
  s->prefer = hit;
  if (hit >= 0) {
    s->tx = sc->people[hit].x;
    s->ty = sc->people[hit].y;
  } else {
    s->tx = ((float)(x - s->room_px.x)) / s->ppm;
    s->ty = ((float)(y - s->room_px.y)) / s->ppm;
  }
}

static void update_walk(FloorScene *s, GameApp *app, GfxInput *in) {
  SimSession *ss = session_of(app);
  const SimScenario *sc = sim_session_scenario(ss);
  float step = FLOOR_SPEED_MPS / (float)GFX_TICK_HZ;
  float dx = 0, dy = 0;
  bool held = false;
  if (in->held[GFX_ACT_LEFT]) dx -= 1, held = true;
  if (in->held[GFX_ACT_RIGHT]) dx += 1, held = true;
  if (in->held[GFX_ACT_UP]) dy -= 1, held = true;
  if (in->held[GFX_ACT_DOWN]) dy += 1, held = true;
  float walked = 0;
  if (held) {
    s->walking = false;
    s->walk_person = -1;
    s->prefer = -1;
    float len = hypotf(dx, dy);
    if (len > 0) walked = step_player(s, sc, dx / len * step, dy / len * step);
  } else {
    float tap_x = (float)(in->pressed[GFX_ACT_RIGHT] - in->pressed[GFX_ACT_LEFT]);
    float tap_y = (float)(in->pressed[GFX_ACT_DOWN] - in->pressed[GFX_ACT_UP]);
    if (tap_x != 0 || tap_y != 0) { /* a tap without a held key (replays, quick presses) */
      s->walking = true;
      s->walk_person = -1;
      s->prefer = -1;
      s->tx = s->px + tap_x * FLOOR_TAP_M;
      s->ty = s->py + tap_y * FLOOR_TAP_M;
    }
    if (s->walking) {
      float ddx = s->tx - s->px, ddy = s->ty - s->py;
      float d = hypotf(ddx, ddy);
      float stop = s->walk_person >= 0 ? FLOOR_REACH_M * 0.8f : 0.02f;
      if (d <= stop) {
        s->walking = false;
      } else {
        float k = (d - stop) < step ? (d - stop) / d : step / d;
        walked = step_player(s, sc, ddx * k, ddy * k);
        /* Someone in the way: step around them (turning a little more each try). */
        static const float TURNS[] = {0.5f, -0.5f, 1.0f, -1.0f, 1.5f, -1.5f};
        for (int i = 0; i < 6 && walked < step * 0.3f; i++) {
          float c = cosf(TURNS[i]), sn = sinf(TURNS[i]);
          walked = step_player(s, sc, (ddx * c - ddy * sn) * k, (ddx * sn + ddy * c) * k);
        }
        if (walked < step * 0.05f) s->walking = false; /* boxed in: stop rather than push */
      }
    }
  }
  if (walked > 0) account_walk(s, ss, sc, walked);
}

static void floor_update(UiScene *self, void *app_ptr, GfxInput *in) {
  FloorScene *s = (FloorScene *)self;
  GameApp *app = app_ptr;
  SimSession *ss = session_of(app);
  if (ss != s->session) reset_for_session(s, app);
  game_floor_layout(s, app);
  if (s->note_time > 0) s->note_time -= 1.0f / GFX_TICK_HZ;
  if (!ss) { /* nothing to play: any key goes back */
    if (in->pressed[GFX_ACT_BACK] || in->pressed[GFX_ACT_CONFIRM] || in->clicked) ui_stack_pop(&app->stack);
    return;
  }
  if (s->left) return;
  if (in->pressed[GFX_ACT_RELOAD]) {
    reload(s, app);
    return;
  }
  const SimScenario *sc = sim_session_scenario(ss);
  if (s->mode != FLOOR_CLOSING && sim_session_event_over(ss)) {
    s->mode = FLOOR_CLOSING;
    s->close_list = (UiList){.focus = 0, .count = 1};
  }
  switch (s->mode) {
    case FLOOR_CLOSING:
      if (ui_list_update(&s->close_list, in, s->close_rects) == 0) leave_event(s, app);
      return;
    case FLOOR_JOIN: {
      if (in->pressed[GFX_ACT_BACK]) {
        s->mode = FLOOR_WALK;
        return;
      }
      int c = ui_list_update(&s->join_list, in, s->join_rects);
      if (c == 0 || c == 1) {
        s->mode = FLOOR_WALK;
        game_talk_open(app, s->join_person, c == 0 ? SIM_JOIN_POLITE : SIM_JOIN_BARGE);
      } else if (c == 2) {
        s->mode = FLOOR_WALK;
      }
      return;
    }
    case FLOOR_MENU: {
      if (in->pressed[GFX_ACT_BACK]) {
        s->mode = FLOOR_WALK;
        return;
      }
      int c = ui_list_update(&s->menu_list, in, s->menu_rects);
      if (c >= 0) menu_choose(s, app, s->menu_items[c]);
      return;
    }
    case FLOOR_DIFFICULTY: game_floor_difficulty_update(s, app, in); return;
    case FLOOR_WALK: break;
  }
  if (in->pressed[GFX_ACT_BACK]) {
    open_menu(s);
    return;
  }
  if (in->pressed[GFX_ACT_DIFFICULTY]) {
    game_floor_difficulty_open(s, app);
    return;
  }
  /* HUD buttons: hover shows focus, click acts. */
  s->hud_focus = ui_hit(s->hud_rest, in->mouse_x, in->mouse_y) ? 1 : ui_hit(s->hud_leave, in->mouse_x, in->mouse_y) ? 2
                 : ui_hit(s->hud_difficulty, in->mouse_x, in->mouse_y) ? 3 : 0;
  if (in->clicked) {
    if (ui_hit(s->hud_difficulty, in->click_x, in->click_y)) {
      game_floor_difficulty_open(s, app);
      return;
    }
    if (ui_hit(s->hud_rest, in->click_x, in->click_y)) {
      rest(s, app, s->quiet_zone >= 0 && s->zone != s->quiet_zone);
      return;
    }
    if (ui_hit(s->hud_leave, in->click_x, in->click_y)) {
      open_menu(s);
      s->menu_list.focus = s->menu_count - 1;
      return;
    }
    floor_click(s, app, in->click_x, in->click_y);
    if (s->mode != FLOOR_WALK || ui_stack_top(&app->stack) != self) return;
  }
  if (in->pressed[GFX_ACT_NEXT] || in->pressed[GFX_ACT_PREV]) /* Tab: walk up to the next person */
    game_floor_walk_to_next(s, sc, in->pressed[GFX_ACT_NEXT] ? 1 : -1);
  update_walk(s, app, in);
  s->reach = nearest_in_reach(s, sc);
  s->pulse = ui_tween(&app->theme, s->pulse, s->reach >= 0 ? 1.0f : 0.0f, 0.2f);
  bool hints = sim_session_settings(ss).hints_on;
  s->hint = hints ? pick_hint(s, ss, sc) : NULL;
  s->reach_group = s->reach >= 0 && needs_join(ss, sc, s->reach);
  if (s->reach_group && (in->number == 1 || in->number == 2)) { /* the offer shown in the HUD */
    game_talk_open(app, s->reach, in->number == 1 ? SIM_JOIN_POLITE : SIM_JOIN_BARGE);
    return;
  }
  if (in->pressed[GFX_ACT_CONFIRM] && s->reach >= 0) open_talk(s, app, s->reach);
}

static void floor_draw(UiScene *self, void *app_ptr, Gfx *g) {
  FloorScene *s = (FloorScene *)self;
  GameApp *app = app_ptr;
  (void)g;
  game_floor_layout(s, app);
  if (!session_of(app)) {
    UiCtx *ui = &app->ui;
    ui_page_header(ui, TR("floor.no_event_in_progress", "No event in progress"), TR("floor.choose_a_scenario_and_an", "Choose a scenario and an intention first."));
    ui_footer_hint(ui, TR("floor.enter_or_esc_back", "Enter or Esc: back"));
    return;
  }
  game_floor_draw_room(s, app);
  game_floor_draw_people(s, app);
  game_floor_draw_hud(s, app);
  game_floor_draw_overlay(s, app);
  game_floor_say(s, app);
}

static void floor_resume(UiScene *self, void *app_ptr) {
  FloorScene *s = (FloorScene *)self;
  GameApp *app = app_ptr;
  if (session_of(app) != s->session) {
    reset_for_session(s, app);
    return;
  }
  s->mode = FLOOR_WALK;
  s->clock_minute = -1;
  s->reach_text_person = -2;
  SimSession *ss = session_of(app);
  if (ss) { /* a talk may have walked the player to another zone */
    SimPlayerView v;
    sim_session_player(ss, &v);
    s->zone = v.zone;
  }
}

static void floor_destroy(UiScene *self) {
  gfx_layer_destroy(((FloorScene *)self)->room_layer);
  free(self);
}

static const UiSceneOps FLOOR_OPS = {
  .name = "floor", .update = floor_update, .draw = floor_draw, .destroy = floor_destroy,
  .resume = floor_resume,
};

UiScene *game_floor_scene(GameApp *app) {
  FloorScene *s = calloc(1, sizeof *s);
  if (!s) return NULL;
  s->base.ops = &FLOOR_OPS;
  reset_for_session(s, app);
  game_floor_layout(s, app);
  return &s->base;
}
