/* floor_draw.c — the mixer floor drawn by the engine: the room mapped from metres to the
 * space left of the HUD, zones furnished to look like what they are (booths with banners,
 * a counter with stools, round tables, a sofa and plants, a door mat, a stage), people
 * with name tags placed so they do not overlap, the calm HUD and the floor's small menus.
 * The room itself (zones and furniture) is drawn by floor_room.c.
 * Reads FloorScene (floor_internal.h) and the session; changes nothing in the sim.
 */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "game/floor_internal.h"
#include "game/state.h"
#include "i18n/i18n.h"

static GfxColor rgb(uint32_t v, int a) { return (GfxColor){(uint8_t)(v >> 16), (uint8_t)(v >> 8), (uint8_t)v, (uint8_t)a}; }

int game_floor_to_px_x(const FloorScene *s, float mx) { return s->room_px.x + (int)lroundf(mx * s->ppm); }
int game_floor_to_px_y(const FloorScene *s, float my) { return s->room_px.y + (int)lroundf(my * s->ppm); }

const char *game_floor_intention_label(SimIntention it) {
  switch (it) {
    case SIM_INTENT_ONE_REAL_CONVERSATION: return TR("floor_draw.leave_with_one_real_conversation", "Leave with one real conversation");
    case SIM_INTENT_MEET_THREE: return TR("floor_draw.meet_three_new_people_properly", "Meet three new people properly");
    case SIM_INTENT_HELP_SOMEONE: return TR("floor_draw.help_someone_with_what_they", "Help someone with what they need");
    case SIM_INTENT_RECONNECT: return TR("floor_draw.reconnect_with_someone_you_know", "Reconnect with someone you know");
    default: return TR("floor_draw.see_how_the_evening_goes", "See how the evening goes");
  }
}

static int footer_h(GameApp *app) {
  return gfx_line_height(app->gfx, GFX_FONT_REGULAR, ui_size(&app->theme, UI_T_SMALL)) + 20;
}

static int figure_r(const FloorScene *s) {
  int r = (int)(s->ppm * 0.48f);
  return r < 9 ? 9 : r > 18 ? 18 : r;
}

static long overlap_area(GfxRect a, GfxRect b) {
  int x0 = a.x > b.x ? a.x : b.x, y0 = a.y > b.y ? a.y : b.y;
  int x1 = a.x + a.w < b.x + b.w ? a.x + a.w : b.x + b.w, y1 = a.y + a.h < b.y + b.h ? a.y + a.h : b.y + b.h;
  return (x1 > x0 && y1 > y0) ? (long)(x1 - x0) * (y1 - y0) : 0;
}

/* Name tags: first of below / above / further below / further above / right / left that
 * overlaps no earlier tag and stays in the room. */
static void place_zone_labels(FloorScene *s, GameApp *app, const SimScenario *sc) {
  Gfx *g = app->gfx;
  int ts = ui_size(&app->theme, UI_T_TAG);
  int lh = gfx_line_height(g, GFX_FONT_BOLD, ts);
  for (int i = 0; i < sc->zone_count; i++) {
    const SimZone *z = &sc->zones[i];
    bool top = z->y + z->h / 2 < sc->room_h / 2;
    GfxRect zr = floor_mrect(s, z->x, z->y, z->w, z->h);
    int w, h;
    gfx_measure(g, GFX_FONT_BOLD, ts, z->label ? z->label : z->id, &w, &h);
    int pw = w + 40, ph = lh + 6;
    /* In the aisle just outside the zone, on the side facing the middle of the room. */
    int lx = zr.x + 4, ly = top ? zr.y + zr.h + 4 : zr.y - ph - 4;
    if (lx + pw > s->room_px.x + s->room_px.w - 4) lx = s->room_px.x + s->room_px.w - 4 - pw;
    /* Outside is only an aisle when no other zone starts there: where zones share an edge
     * (a bar beside the hall, a terrace under the library) the label would name the wrong
     * room, so it goes inside its own zone instead. */
    bool in_other = false;
    for (int j = 0; j < sc->zone_count && !in_other; j++)
      if (j != i && overlap_area((GfxRect){lx, ly, pw, ph},
                                 floor_mrect(s, sc->zones[j].x, sc->zones[j].y, sc->zones[j].w, sc->zones[j].h)) > 0)
        in_other = true;
    if (z->kind == SIM_ZONE_ENTRANCE || in_other || ly < s->room_px.y + 2 || ly + ph > s->room_px.y + s->room_px.h - 2)
      ly = zr.y + 4;
    s->zone_labels[i] = (GfxRect){lx, ly, pw, ph};
  }
}

/* The best place for a w x th tag around person i: the first candidate that covers
 * nothing, else the one that covers least (other tags, zone labels, faces). */
static GfxRect best_tag_place(FloorScene *s, const SimScenario *sc, int i, int w, int th, bool all, long *cost_out) {
  int r = figure_r(s);
  int cx = game_floor_to_px_x(s, sc->people[i].x), cy = game_floor_to_px_y(s, sc->people[i].y);
  enum { CANDIDATES = 12 };
  GfxRect c[CANDIDATES] = {
    {cx - w / 2, cy + r + 5, w, th},          {cx - w / 2, cy - r - 5 - th, w, th},
    {cx + r + 6, cy - th / 2, w, th},         {cx - r - 6 - w, cy - th / 2, w, th},
    {cx - w / 4, cy + r + 5, w, th},          {cx - 3 * w / 4, cy + r + 5, w, th},
    {cx - w / 4, cy - r - 5 - th, w, th},     {cx - 3 * w / 4, cy - r - 5 - th, w, th},
    {cx + r + 6, cy + r, w, th},              {cx - r - 6 - w, cy + r, w, th},
    {cx - w / 2, cy + r + 9 + th, w, th},     {cx - w / 2, cy - r - 9 - 2 * th, w, th},
  };
  int pick = 0;
  long best = -1;
  for (int k = 0; k < CANDIDATES; k++) {
    GfxRect t = c[k];
    if (t.x < s->room_px.x + 2) t.x = s->room_px.x + 2;
    if (t.x + t.w > s->room_px.x + s->room_px.w - 2) t.x = s->room_px.x + s->room_px.w - 2 - t.w;
    c[k] = t;
    long cost = (t.y >= s->room_px.y + 2 && t.y + t.h <= s->room_px.y + s->room_px.h - 2) ? 0 : 1000000;
    for (int j = 0; j < (all ? sc->person_count : i); j++)
      if (j != i && !sc->people[j].absent) cost += 4 * overlap_area(t, s->tags[j].rect);
    for (int j = 0; j < sc->zone_count; j++) cost += 3 * overlap_area(t, s->zone_labels[j]);
    for (int j = 0; j < sc->person_count; j++) { /* nor cover anyone's face */
      if (sc->people[j].absent) continue; /* not at this evening (a scenario layout) */
      int px = game_floor_to_px_x(s, sc->people[j].x), py = game_floor_to_px_y(s, sc->people[j].y);
      cost += 8 * overlap_area(t, (GfxRect){px - r, py - r, 2 * r, 2 * r});
    }
    if (best < 0 || cost < best) {
      best = cost;
      pick = k;
    }
    if (cost == 0) break;
  }
  *cost_out = best;
  return c[pick];
}

/* Name tags: name and organisation; where the room is too crowded for that (large text),
 * the name alone, and the full tag comes back on top when the person is in reach. */
static void place_tag(FloorScene *s, GameApp *app, const SimScenario *sc, int i, bool all);

/* Greedy in the scenario's order, then up to three passes that move a tag still covering
 * another one to its best place against all the others: a crowded corner (Inês beside
 * Kwame at 140% text) otherwise kept the overlap a later tag had to accept. */
static void place_tags(FloorScene *s, GameApp *app, const SimScenario *sc) {
  for (int i = 0; i < sc->person_count; i++)
    if (!sc->people[i].absent) place_tag(s, app, sc, i, false);
  for (int pass = 0; pass < 3; pass++) {
    bool moved = false;
    for (int i = 0; i < sc->person_count; i++) {
      if (sc->people[i].absent) continue;
      bool covers = false;
      for (int j = 0; j < sc->person_count && !covers; j++)
        covers = j != i && !sc->people[j].absent && overlap_area(s->tags[i].rect, s->tags[j].rect) > 0;
      if (!covers) continue;
      GfxRect was = s->tags[i].rect;
      place_tag(s, app, sc, i, true);
      moved = moved || memcmp(&was, &s->tags[i].rect, sizeof was) != 0;
    }
    if (!moved) break;
  }
}

static void place_tag(FloorScene *s, GameApp *app, const SimScenario *sc, int i, bool all) {
  Gfx *g = app->gfx;
  int ts = ui_size(&app->theme, UI_T_TAG);
  int lb = gfx_line_height(g, GFX_FONT_BOLD, ts), lr = gfx_line_height(g, GFX_FONT_REGULAR, ts);
  {
    const SimPerson *p = &sc->people[i];
    int wn, wo, h;
    gfx_measure(g, GFX_FONT_BOLD, ts, p->name ? p->name : "", &wn, &h);
    gfx_measure(g, GFX_FONT_REGULAR, ts, p->org ? p->org : "", &wo, &h);
    long full_cost, short_cost;
    GfxRect full = best_tag_place(s, sc, i, (wn > wo ? wn : wo) + 14, lb + lr + 6, all, &full_cost);
    s->tags[i].full = full;
    s->tags[i].rect = full;
    s->tags[i].compact = false;
    if (full_cost > 0) {
      GfxRect brief = best_tag_place(s, sc, i, wn + 14, lb + 6, all, &short_cost);
      if (short_cost < full_cost) {
        s->tags[i].rect = brief;
        s->tags[i].compact = true;
      }
    }
  }
}

void game_floor_layout(FloorScene *s, GameApp *app) {
  const SimScenario *sc = s->session ? sim_session_scenario(s->session) : NULL;
  const UiTheme *t = &app->theme;
  int scale = ui_scale_percent(t);
  if (!sc || s->layout_scale == scale) return;
  s->layout_scale = scale;
  s->hud_w = FLOOR_HUD_W + (scale - 100) * 2; /* a wider panel for larger text */
  GfxRect area = {16, 16, GFX_WIDTH - s->hud_w - 32, GFX_HEIGHT - footer_h(app) - 32};
  float rw = sc->room_w > 1 ? sc->room_w : 1, rh = sc->room_h > 1 ? sc->room_h : 1;
  s->ppm = fminf((float)area.w / rw, (float)area.h / rh);
  int w = (int)(rw * s->ppm), h = (int)(rh * s->ppm);
  s->room_px = (GfxRect){area.x + (area.w - w) / 2, area.y + (area.h - h) / 2, w, h};
  place_zone_labels(s, app, sc);
  place_tags(s, app, sc);
  /* HUD buttons at the bottom of the panel, with labels that fit them. */
  int bs = ui_size(t, UI_T_BODY);
  int bh = gfx_line_height(app->gfx, GFX_FONT_BOLD, bs) + 16;
  int hx = GFX_WIDTH - s->hud_w + 20, hw = s->hud_w - 40;
  int lw, lh;
  gfx_measure(app->gfx, GFX_FONT_BOLD, bs, TR("floor_draw.leave_the_event", "Leave the event"), &lw, &lh);
  s->leave_label = lw + 24 <= hw ? TR("floor_draw.leave_the_event", "Leave the event") : TR("floor_draw.leave", "Leave");
  gfx_measure(app->gfx, GFX_FONT_BOLD, bs, TR("floor_draw.take_a_break", "Take a break"), &lw, &lh);
  s->rest_label = lw + 24 <= hw ? TR("floor_draw.take_a_break", "Take a break") : TR("floor_draw.rest", "Rest");
  int bottom = GFX_HEIGHT - footer_h(app) - 20;
  s->hud_leave = (GfxRect){hx, bottom - bh, hw, bh};
  s->hud_rest = (GfxRect){hx, bottom - 2 * bh - 12, hw, bh};
  s->hud_difficulty = (GfxRect){hx, bottom - 3 * bh - 24, hw, bh};
}

/* ---- People ------------------------------------------------------------------------ */

bool game_floor_tag_leader(const FloorScene *s, int person, GfxRect tag, int *x0, int *y0, int *x1, int *y1) {
  const SimScenario *sc = s->session ? sim_session_scenario(s->session) : NULL;
  if (!sc || person < 0 || person >= sc->person_count) return false;
  int r = figure_r(s);
  int cx = game_floor_to_px_x(s, sc->people[person].x), cy = game_floor_to_px_y(s, sc->people[person].y);
  /* The point of the plate nearest the person, and how far it is beyond the figure. */
  int nx = cx < tag.x ? tag.x : cx > tag.x + tag.w ? tag.x + tag.w : cx;
  int ny = cy < tag.y ? tag.y : cy > tag.y + tag.h ? tag.y + tag.h : cy;
  float dx = (float)(nx - cx), dy = (float)(ny - cy), d = sqrtf(dx * dx + dy * dy);
  bool displaced = d - (float)r > (float)FLOOR_LEADER_MIN;
  if (!displaced && d > (float)r) {
    /* Close by, but is the name (the plate's centre) well off where a tag right above or
     * below would put it, and nearer someone else? Then it reads as theirs. */
    float mx = (float)tag.x + (float)tag.w / 2.0f, my = (float)tag.y + (float)tag.h / 2.0f;
    float own = hypotf(mx - (float)cx, my - (float)cy);
    if (own - (float)(r + 5) - (float)tag.h / 2.0f > (float)FLOOR_LEADER_MIN) {
      for (int j = 0; j < sc->person_count && !displaced; j++) {
        if (j == person || sc->people[j].absent) continue;
        float ox = (float)game_floor_to_px_x(s, sc->people[j].x), oy = (float)game_floor_to_px_y(s, sc->people[j].y);
        displaced = hypotf(mx - ox, my - oy) < own;
      }
    }
  }
  if (!displaced) return false;
  *x0 = cx + (int)lroundf(dx / d * (float)(r + 2));
  *y0 = cy + (int)lroundf(dy / d * (float)(r + 2));
  *x1 = nx, *y1 = ny;
  return true;
}

/* A thin line from a displaced tag to its person, ending in a small wedge on the plate's
 * edge (visible even when the plate is close but its name reads as someone else's). */
static void draw_leader(FloorScene *s, GameApp *app, int person, GfxRect tag, bool focused) {
  int x0, y0, x1, y1;
  if (!game_floor_tag_leader(s, person, tag, &x0, &y0, &x1, &y1)) return;
  const UiTheme *t = &app->theme;
  GfxColor c = ui_color(t, focused ? UI_C_ACCENT : UI_C_INK_SOFT);
  /* The wedge's base sits on the plate edge the line meets, kept off the rounded corners. */
  bool horizontal = y1 == tag.y || y1 == tag.y + tag.h;
  int lo = horizontal ? tag.x + 8 : tag.y + 8, hi = horizontal ? tag.x + tag.w - 8 : tag.y + tag.h - 8;
  int along = horizontal ? x1 : y1;
  along = hi < lo ? (lo + hi) / 2 : along < lo ? lo : along > hi ? hi : along;
  int bx = horizontal ? along : x1, by = horizontal ? y1 : along;
  float dx = (float)(x0 - bx), dy = (float)(y0 - by), d = sqrtf(dx * dx + dy * dy);
  if (d < 1.0f) return;
  float k = d < 24.0f ? 1.0f : 10.0f / d; /* a short leader is all wedge, like a bubble's tail */
  int ax = bx + (int)lroundf(dx * k), ay = by + (int)lroundf(dy * k);
  gfx_line(app->gfx, x0, y0, bx, by, 2, c);
  if (horizontal)
    gfx_fill_triangle(app->gfx, bx - 8, by, bx + 8, by, ax, ay, c);
  else
    gfx_fill_triangle(app->gfx, bx, by - 8, bx, by + 8, ax, ay, c);
  gfx_fill_circle(app->gfx, x0, y0, 3, c);
}

static void draw_tag(GameApp *app, GfxRect r, const char *name, const char *org, bool focused) {
  Gfx *g = app->gfx;
  const UiTheme *t = &app->theme;
  int ts = ui_size(t, UI_T_TAG);
  gfx_fill_round_rect(g, r, 5, ui_color_a(t, UI_C_SURFACE, 240));
  gfx_outline_round_rect(g, r, 5, focused ? 2 : 1, ui_color(t, focused ? UI_C_ACCENT : UI_C_LINE));
  gfx_text(g, GFX_FONT_BOLD, ts, ui_color(t, UI_C_INK), r.x + r.w / 2, r.y + 3, GFX_ALIGN_CENTER, name);
  if (org)
    gfx_text(g, GFX_FONT_REGULAR, ts, ui_color(t, UI_C_INK_SOFT), r.x + r.w / 2, r.y + 3 + gfx_line_height(g, GFX_FONT_BOLD, ts),
             GFX_ALIGN_CENTER, org);
}

void game_floor_draw_people(FloorScene *s, GameApp *app) {
  Gfx *g = app->gfx;
  const UiTheme *t = &app->theme;
  const SimScenario *sc = sim_session_scenario(s->session);
  int r = figure_r(s);
  if (s->walking && s->walk_person < 0) {
    int x = game_floor_to_px_x(s, s->tx), y = game_floor_to_px_y(s, s->ty);
    gfx_outline_round_rect(g, (GfxRect){x - 8, y - 8, 16, 16}, 8, 2, ui_color_a(t, UI_C_WARM, 200));
  }
  for (int i = 0; i < sc->person_count; i++) {
    const SimPerson *p = &sc->people[i];
    if (p->absent) continue;
    bool hl = i == s->reach;
    GfxColor ring = ui_color_a(t, UI_C_ACCENT, 110 + (int)(120.0f * s->pulse));
    game_draw_floor_figure(g, game_floor_to_px_x(s, p->x), game_floor_to_px_y(s, p->y), r, s->looks[i], hl, ring);
  }
  for (int i = 0; i < sc->person_count; i++) /* leaders first, so plates read over them */
    if (i != s->reach && !sc->people[i].absent) draw_leader(s, app, i, s->tags[i].rect, false);
  for (int i = 0; i < sc->person_count; i++)
    if (i != s->reach && !sc->people[i].absent)
      draw_tag(app, s->tags[i].rect, sc->people[i].name, s->tags[i].compact ? NULL : sc->people[i].org, false);
  int px = game_floor_to_px_x(s, s->px), py = game_floor_to_px_y(s, s->py);
  game_draw_floor_figure(g, px, py, r, s->player_look, true, ui_color(t, UI_C_WARM));
  /* The player's own tag, then the one in reach last so it reads over everything. */
  int ts = ui_size(t, UI_T_TAG);
  int w, h;
  gfx_measure(g, GFX_FONT_BOLD, ts, TR("floor_draw.you", "You"), &w, &h);
  GfxRect you = {px - (w + 14) / 2, py - r - 8 - h, w + 14, h + 4};
  gfx_fill_round_rect(g, you, 5, ui_color(t, UI_C_WARM));
  gfx_text(g, GFX_FONT_BOLD, ts, rgb(0xFFFFFF, 255), px, you.y + 2, GFX_ALIGN_CENTER, TR("floor_draw.you", "You"));
  if (s->reach >= 0) {
    draw_leader(s, app, s->reach, s->tags[s->reach].full, true);
    draw_tag(app, s->tags[s->reach].full, sc->people[s->reach].name, sc->people[s->reach].org, true);
  }
}

/* ---- HUD --------------------------------------------------------------------------- */

/* The HUD is a column of blocks. Each is measured first; when they do not all fit above
 * the buttons (large text), the least needed give way: hint, title, the energy note,
 * the intention, the note, the place. The clock, energy bar and who is in reach stay. */
typedef enum HudBlock { HUD_TITLE, HUD_CLOCK, HUD_ENERGY, HUD_ENERGY_NOTE, HUD_INTENTION, HUD_PLACE, HUD_NOTE, HUD_HINT, HUD_COUNT } HudBlock;
static const HudBlock HUD_DROP_ORDER[] = {HUD_HINT, HUD_TITLE, HUD_ENERGY_NOTE, HUD_INTENTION, HUD_NOTE, HUD_PLACE};

typedef struct HudCtx {
  FloorScene *s;
  GameApp *app;
  const SimScenario *sc;
  SimPlayerView v;
  SimPlayerSettings set;
  int x, w;
} HudCtx;

static int wrap(HudCtx *h, GfxFont font, UiType type, UiColor color, int x, int y, int w, const char *text, bool draw) {
  return gfx_text_wrapped(h->app->gfx, font, ui_size(&h->app->theme, type), ui_color(&h->app->theme, color),
                          (GfxRect){x, y, w, 0}, GFX_ALIGN_LEFT, text ? text : "", draw);
}

static int line_h(HudCtx *h, GfxFont font, UiType type) { return gfx_line_height(h->app->gfx, font, ui_size(&h->app->theme, type)); }

static int caption(HudCtx *h, int y, const char *text, bool draw) {
  if (draw)
    gfx_text(h->app->gfx, GFX_FONT_REGULAR, ui_size(&h->app->theme, UI_T_SMALL), ui_color(&h->app->theme, UI_C_INK_SOFT), h->x, y,
             GFX_ALIGN_LEFT, text);
  return line_h(h, GFX_FONT_REGULAR, UI_T_SMALL);
}

/* Draws (or only measures) one block at y; returns its height including the gap below. */
static int hud_block(HudCtx *h, HudBlock b, int y, bool draw) {
  FloorScene *s = h->s;
  Gfx *g = h->app->gfx;
  UiCtx *ui = &h->app->ui;
  const UiTheme *t = &h->app->theme;
  int y0 = y;
  switch (b) {
    case HUD_TITLE:
      y += wrap(h, GFX_FONT_BOLD, UI_T_SUBHEADING, UI_C_INK, h->x, y, h->w, h->sc->title ? h->sc->title : h->sc->id, draw);
      return y - y0 + 10;
    case HUD_CLOCK:
      if (!h->set.clock_on) return 0;
      if (draw) {
        int minute = (int)h->v.clock, total = (int)lroundf(h->v.minutes);
        if (minute > total) minute = total;
        if (minute != s->clock_minute) {
          s->clock_minute = minute;
          snprintf(s->clock_text, sizeof s->clock_text, TRN("floor_draw.of_minutes_total", "%d of %d minute", "%d of %d minutes", (unsigned long)total),
                   minute, total);
        }
      }
      y += caption(h, y, TR("floor_draw.event_clock", "Event clock"), draw);
      if (draw) gfx_text(g, GFX_FONT_BOLD, ui_size(t, UI_T_BODY), ui_color(t, UI_C_INK), h->x, y, GFX_ALIGN_LEFT, s->clock_text);
      y += line_h(h, GFX_FONT_BOLD, UI_T_BODY) + 4;
      if (draw) ui_meter(ui, (GfxRect){h->x, y, h->w, 8}, h->v.minutes > 0 ? h->v.clock / h->v.minutes : 0, UI_C_ACCENT);
      return y + 8 + 14 - y0;
    case HUD_ENERGY: {
      int eh = h->set.introvert_practice ? 18 : 12;
      float ef = h->v.energy / SIM_ENERGY_MAX;
      bool low = ef < SIM_LOW_ENERGY / SIM_ENERGY_MAX;
      if (draw) { /* the level in words too: the bar's colour alone must not say "low" */
        char level[32];
        snprintf(level, sizeof level, "%s%d%%", low ? TR("floor_draw.low", "Low \u00b7 ") : "", (int)lroundf(ef * 100.0f));
        gfx_text(g, low ? GFX_FONT_BOLD : GFX_FONT_REGULAR, ui_size(t, UI_T_SMALL),
                 ui_color(t, low ? UI_C_INK : UI_C_INK_SOFT), h->x + h->w, y, GFX_ALIGN_RIGHT, level);
      }
      y += caption(h, y, TR("floor_draw.energy", "Energy"), draw) + 2;
      if (draw) ui_meter(ui, (GfxRect){h->x, y, h->w, eh}, ef, low ? UI_C_DANGER : UI_C_GOLD);
      return y + eh + 12 - y0;
    }
    case HUD_ENERGY_NOTE: /* explained in introvert practice */
      if (!h->set.introvert_practice) return 0;
      y += wrap(h, GFX_FONT_REGULAR, UI_T_SMALL, UI_C_INK_SOFT, h->x, y - 4, h->w,
                h->v.energy < 30.0f ? TR("floor_draw.running_low_deep_talk_needs", "Running low: deep talk needs energy. Quiet places restore it.")
                                    : TR("floor_draw.talk_and_noise_use_energy", "Talk and noise use energy; quiet places restore it."), draw);
      return y - y0 + 8;
    case HUD_INTENTION:
      y += caption(h, y, TR("floor_draw.your_intention", "Your intention"), draw);
      y += wrap(h, GFX_FONT_REGULAR, UI_T_BODY, UI_C_INK, h->x, y, h->w, game_floor_intention_label(h->set.intention), draw);
      return y - y0 + 10;
    case HUD_PLACE:
      if (s->reach >= 0) {
        const SimPerson *p = &h->sc->people[s->reach];
        y += caption(h, y, TR("floor_draw.in_reach", "In reach"), draw);
        y += wrap(h, GFX_FONT_BOLD, UI_T_BODY, UI_C_INK, h->x, y, h->w, p->name, draw);
        y += wrap(h, GFX_FONT_REGULAR, UI_T_SMALL, UI_C_INK_SOFT, h->x, y, h->w, p->role, draw);
        y += wrap(h, GFX_FONT_REGULAR, UI_T_SMALL, UI_C_ACCENT, h->x, y + 2, h->w,
                  s->reach_group ? TR("floor_draw.in_a_group_1_join", "In a group: 1 join politely (wait for a pause), 2 barge in")
                                 : TR("floor_draw.enter_or_click_them_talk", "Enter or click them: talk"), draw) + 2;
        return y - y0 + 12;
      }
      if (s->zone < 0 || s->zone >= h->sc->zone_count) return 0;
      y += caption(h, y, TR("floor_draw.you_are_at", "You are at"), draw);
      y += wrap(h, GFX_FONT_REGULAR, UI_T_BODY, UI_C_INK, h->x, y, h->w,
                h->sc->zones[s->zone].label ? h->sc->zones[s->zone].label : h->sc->zones[s->zone].id, draw);
      return y - y0 + 12;
    case HUD_NOTE:
    case HUD_HINT: {
      const char *text = b == HUD_NOTE ? (s->note_time > 0 && s->note[0] ? s->note : NULL) : s->hint;
      if (!text) return 0;
      int th = wrap(h, GFX_FONT_REGULAR, UI_T_SMALL, UI_C_INK, h->x + 10, y + 6, h->w - 20, text, false);
      if (draw) {
        gfx_fill_round_rect(g, (GfxRect){h->x, y, h->w, th + 12}, 8, ui_color_a(t, b == HUD_NOTE ? UI_C_GOOD : UI_C_GOLD, 70));
        wrap(h, GFX_FONT_REGULAR, UI_T_SMALL, UI_C_INK, h->x + 10, y + 6, h->w - 20, text, true);
      }
      return th + 12 + 10;
    }
    default: return 0;
  }
}

void game_floor_draw_hud(FloorScene *s, GameApp *app) {
  Gfx *g = app->gfx;
  const UiTheme *t = &app->theme;
  UiCtx *ui = &app->ui;
  HudCtx h = {.s = s, .app = app, .sc = sim_session_scenario(s->session)};
  sim_session_player(s->session, &h.v);
  h.set = sim_session_settings(s->session);
  int fh = footer_h(app);
  GfxRect panel = {GFX_WIDTH - s->hud_w, 0, s->hud_w, GFX_HEIGHT - fh};
  gfx_fill_rect(g, panel, ui_color(t, UI_C_SURFACE));
  gfx_fill_rect(g, (GfxRect){panel.x, 0, 1, panel.h}, ui_color(t, UI_C_LINE));
  h.x = panel.x + 20;
  h.w = panel.w - 40;
  int top = 18, limit = s->hud_difficulty.y - 12;
  int heights[HUD_COUNT], total = 0;
  bool shown[HUD_COUNT];
  for (int b = 0; b < HUD_COUNT; b++) {
    heights[b] = hud_block(&h, (HudBlock)b, top, false);
    shown[b] = heights[b] > 0;
    total += heights[b];
  }
  for (size_t k = 0; k < sizeof HUD_DROP_ORDER / sizeof HUD_DROP_ORDER[0] && top + total > limit; k++) {
    HudBlock b = HUD_DROP_ORDER[k];
    if (!shown[b]) continue;
    shown[b] = false;
    total -= heights[b];
  }
  gfx_set_clip(g, &(GfxRect){panel.x, 0, panel.w, limit});
  int y = top;
  for (int b = 0; b < HUD_COUNT; b++)
    if (shown[b]) y += hud_block(&h, (HudBlock)b, y, true);
  gfx_set_clip(g, NULL);
  game_floor_difficulty_label(s, app, s->hud_difficulty.w);
  ui_button(ui, s->hud_difficulty, s->difficulty_label, UI_BUTTON_QUIET, false, s->hud_focus == 3);
  ui_button(ui, s->hud_rest, s->rest_label, UI_BUTTON_SECONDARY, false, s->hud_focus == 1);
  ui_button(ui, s->hud_leave, s->leave_label, UI_BUTTON_QUIET, false, s->hud_focus == 2);
  ui_footer_hint(ui, s->mode == FLOOR_WALK ? TR("floor_draw.arrows_wasd_or_click_walk", "Arrows/WASD, Tab or click: walk   Enter: talk   Esc: menu   F2: difficulty   F5: reload")
                                           : TR("floor_draw.up_down_or_a_number", "Up/Down or a number: choose   Enter: confirm   Esc: back"));
}

/* ---- Overlays: join a group, the menu, closing time -------------------------------- */

static GfxRect overlay_box(FloorScene *s, GameApp *app, const char *const *labels, int n, int extra_h, GfxRect *rects) {
  Gfx *g = app->gfx;
  const UiTheme *t = &app->theme;
  int bs = ui_size(t, UI_T_BODY);
  int bh = gfx_line_height(g, GFX_FONT_BOLD, bs) + 18;
  int widest = 360;
  for (int i = 0; i < n; i++) {
    int w, h;
    gfx_measure(g, GFX_FONT_BOLD, bs, labels[i], &w, &h);
    if (w + 48 > widest) widest = w + 48;
  }
  int bw = widest > s->room_px.w - 80 ? s->room_px.w - 80 : widest;
  int pw = bw + 64;
  int ph = extra_h + n * (bh + 12) + 40;
  GfxRect box = {s->room_px.x + (s->room_px.w - pw) / 2, s->room_px.y + (s->room_px.h - ph) / 2, pw, ph};
  if (box.y < 8) box.y = 8;
  int y = box.y + 28 + extra_h;
  for (int i = 0; i < n; i++, y += bh + 12) rects[i] = (GfxRect){box.x + 32, y, bw, bh};
  return box;
}

void game_floor_draw_overlay(FloorScene *s, GameApp *app) {
  if (s->mode == FLOOR_WALK) return;
  if (s->mode == FLOOR_DIFFICULTY) {
    game_floor_difficulty_draw(s, app);
    return;
  }
  Gfx *g = app->gfx;
  const UiTheme *t = &app->theme;
  UiCtx *ui = &app->ui;
  const SimScenario *sc = sim_session_scenario(s->session);
  gfx_fill_rect(g, s->room_px, ui_color_a(t, UI_C_BACKGROUND, 150));
  const char *labels[FLOOR_MENU_MAX];
  const char *title = "", *body = NULL;
  char body_buf[256];
  int n = 0;
  GfxRect *rects = NULL;
  UiList *list = NULL;
  if (s->mode == FLOOR_JOIN) {
    const SimPerson *p = &sc->people[s->join_person];
    const char *other = NULL;
    for (int i = 0; i < sc->person_count; i++)
      if (i != s->join_person && sc->people[i].group == p->group) other = sc->people[i].name;
    title = TR("floor_draw.a_conversation_in_progress", "A conversation in progress");
    snprintf(body_buf, sizeof body_buf, TR("floor_draw.is_talking_with", "%s is talking with %s."), p->name, other ? other : "someone");
    body = body_buf;
    labels[0] = TR("floor_draw.1_join_politely_wait_for", "1  Join politely (wait for a pause)");
    labels[1] = TR("floor_draw.2_barge_in", "2  Barge in");
    labels[2] = TR("floor_draw.3_not_now", "3  Not now");
    n = 3;
    rects = s->join_rects;
    list = &s->join_list;
  } else if (s->mode == FLOOR_MENU) {
    title = TR("floor_draw.paused", "Paused");
    for (int i = 0; i < s->menu_count; i++) {
      switch (s->menu_items[i]) {
        case FLOOR_ITEM_RESUME: labels[i] = i == 0 ? TR("floor_draw.1_back_to_the_room", "1  Back to the room") : TR("floor_draw.back_to_the_room", "Back to the room"); break;
        case FLOOR_ITEM_QUIET: labels[i] = i == 1 ? TR("floor_draw.2_rest_in_the_quiet", "2  Rest in the quiet corner") : TR("floor_draw.rest_in_the_quiet_corner", "Rest in the quiet corner"); break;
        case FLOOR_ITEM_REST: labels[i] = i == 1 ? TR("floor_draw.2_take_a_short_break", "2  Take a short break here") : TR("floor_draw.3_take_a_short_break", "3  Take a short break here"); break;
        case FLOOR_ITEM_LEAVE: labels[i] = i == 2 ? TR("floor_draw.3_leave_the_event", "3  Leave the event") : TR("floor_draw.4_leave_the_event", "4  Leave the event"); break;
      }
    }
    body = TR("floor_draw.leaving_early_is_fine_the", "Leaving early is fine: the follow-up is where networking continues.");
    n = s->menu_count;
    rects = s->menu_rects;
    list = &s->menu_list;
  } else {
    title = TR("floor_draw.the_event_is_winding_down", "The event is winding down");
    body = TR("floor_draw.the_organisers_are_stacking_chairs", "The organisers are stacking chairs. Time to head out and follow up with the people you met.");
    labels[0] = TR("floor_draw.continue_to_the_follow_up", "Continue to the follow-up");
    n = 1;
    rects = s->close_rects;
    list = &s->close_list;
  }
  int hs = ui_size(t, UI_T_SUBHEADING), bs = ui_size(t, UI_T_BODY);
  GfxRect probe[FLOOR_MENU_MAX];
  GfxRect box0 = overlay_box(s, app, labels, n, 0, probe);
  int tw = box0.w - 64;
  int extra = gfx_text_wrapped(g, GFX_FONT_BOLD, hs, ui_color(t, UI_C_INK), (GfxRect){0, 0, tw, 400}, GFX_ALIGN_LEFT, title, false) + 8;
  if (body) extra += gfx_text_wrapped(g, GFX_FONT_REGULAR, bs, ui_color(t, UI_C_INK_SOFT), (GfxRect){0, 0, tw, 400}, GFX_ALIGN_LEFT, body, false) + 16;
  GfxRect box = overlay_box(s, app, labels, n, extra, rects);
  ui_panel(ui, box, UI_C_SURFACE);
  int y = box.y + 24;
  y += gfx_text_wrapped(g, GFX_FONT_BOLD, hs, ui_color(t, UI_C_INK), (GfxRect){box.x + 32, y, tw, 400}, GFX_ALIGN_LEFT, title, true) + 8;
  if (body) gfx_text_wrapped(g, GFX_FONT_REGULAR, bs, ui_color(t, UI_C_INK_SOFT), (GfxRect){box.x + 32, y, tw, 400}, GFX_ALIGN_LEFT, body, true);
  /* The pause menu's items are equals: one style, and the focus ring shows the selection
   * (a filled first item read as a second selection). */
  for (int i = 0; i < n; i++)
    ui_button(ui, rects[i], labels[i], i == 0 && s->mode != FLOOR_MENU ? UI_BUTTON_PRIMARY : UI_BUTTON_SECONDARY,
              i == list->focus, false);
}
