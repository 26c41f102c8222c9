/* floor_draw.c — the mixer floor drawn by the engine: the room mapped from metres to the
 * space left of the HUD, zones furnished to look like what they are (booths with banners,
 * a counter with stools, round tables, a sofa and plants, a door mat, a stage), people
 * with name tags placed so they do not overlap, the calm HUD and the floor's small menus.
 * Reads FloorScene (floor_internal.h) and the session; changes nothing in the sim.
 */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "game/floor_internal.h"
#include "game/state.h"

static const uint32_t BANNERS[] = {0x3D6E9E, 0xB85C5C, 0x2F7D6D, 0xD08A3C, 0x5C5A8E, 0x4E7F3A, 0x9C4F6B, 0x2E4057};

/* `b` laid over `a` at `alpha`, as one opaque colour. */
static GfxColor mix(GfxColor a, GfxColor b, int alpha) {
  return (GfxColor){(uint8_t)((a.r * (255 - alpha) + b.r * alpha) / 255), (uint8_t)((a.g * (255 - alpha) + b.g * alpha) / 255),
                    (uint8_t)((a.b * (255 - alpha) + b.b * alpha) / 255), 255};
}

static GfxColor rgb(uint32_t v, int a) { return (GfxColor){(uint8_t)(v >> 16), (uint8_t)(v >> 8), (uint8_t)v, (uint8_t)a}; }

int floor_to_px_x(const FloorScene *s, float mx) { return s->room_px.x + (int)lroundf(mx * s->ppm); }
int floor_to_px_y(const FloorScene *s, float my) { return s->room_px.y + (int)lroundf(my * s->ppm); }
static int m2px(const FloorScene *s, float m) { return (int)lroundf(m * s->ppm); }
static GfxRect mrect(const FloorScene *s, float x, float y, float w, float h) {
  return (GfxRect){floor_to_px_x(s, x), floor_to_px_y(s, y), m2px(s, w), m2px(s, h)};
}

const char *floor_intention_label(SimIntention it) {
  switch (it) {
    case SIM_INTENT_ONE_REAL_CONVERSATION: return "Leave with one real conversation";
    case SIM_INTENT_MEET_THREE: return "Meet three new people properly";
    case SIM_INTENT_HELP_SOMEONE: return "Help someone with what they need";
    case SIM_INTENT_RECONNECT: return "Reconnect with someone you know";
    default: return "See how the evening goes";
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
    GfxRect zr = mrect(s, z->x, z->y, z->w, z->h);
    int w, h;
    gfx_measure(g, GFX_FONT_BOLD, ts, z->label ? z->label : z->id, &w, &h);
    int pw = w + 40, ph = lh + 6;
    /* In the aisle just outside the zone, on the side facing the middle of the room. */
    int lx = zr.x + 4, ly = top ? zr.y + zr.h + 4 : zr.y - ph - 4;
    if (z->kind == SIM_ZONE_ENTRANCE || ly < s->room_px.y + 2 || ly + ph > s->room_px.y + s->room_px.h - 2)
      ly = zr.y + 4;
    if (lx + pw > s->room_px.x + s->room_px.w - 4) lx = s->room_px.x + s->room_px.w - 4 - pw;
    s->zone_labels[i] = (GfxRect){lx, ly, pw, ph};
  }
}

static void place_tags(FloorScene *s, GameApp *app, const SimScenario *sc) {
  Gfx *g = app->gfx;
  int ts = ui_size(&app->theme, UI_T_TAG);
  int lb = gfx_line_height(g, GFX_FONT_BOLD, ts), lr = gfx_line_height(g, GFX_FONT_REGULAR, ts);
  int r = figure_r(s);
  for (int i = 0; i < sc->person_count; i++) {
    const SimPerson *p = &sc->people[i];
    int wn, wo, h;
    gfx_measure(g, GFX_FONT_BOLD, ts, p->name ? p->name : "", &wn, &h);
    gfx_measure(g, GFX_FONT_REGULAR, ts, p->org ? p->org : "", &wo, &h);
    int w = (wn > wo ? wn : wo) + 14, th = lb + lr + 6;
    int cx = floor_to_px_x(s, p->x), cy = floor_to_px_y(s, p->y);
    enum { CANDIDATES = 12 };
    GfxRect c[CANDIDATES] = {
      {cx - w / 2, cy + r + 5, w, th},          {cx - w / 2, cy - r - 5 - th, w, th},
      {cx + r + 6, cy - th / 2, w, th},         {cx - r - 6 - w, cy - th / 2, w, th},
      {cx - w / 4, cy + r + 5, w, th},          {cx - 3 * w / 4, cy + r + 5, w, th},
      {cx - w / 4, cy - r - 5 - th, w, th},     {cx - 3 * w / 4, cy - r - 5 - th, w, th},
      {cx + r + 6, cy + r, w, th},              {cx - r - 6 - w, cy + r, w, th},
      {cx - w / 2, cy + r + 9 + th, w, th},     {cx - w / 2, cy - r - 9 - 2 * th, w, th},
    };
    /* The first candidate that covers nothing, else the one that covers least. */
    int pick = 0;
    long best = -1;
    for (int k = 0; k < CANDIDATES; k++) {
      GfxRect t = c[k];
      if (t.x < s->room_px.x + 2) t.x = s->room_px.x + 2;
      if (t.x + t.w > s->room_px.x + s->room_px.w - 2) t.x = s->room_px.x + s->room_px.w - 2 - t.w;
      c[k] = t;
      long cost = (t.y >= s->room_px.y + 2 && t.y + t.h <= s->room_px.y + s->room_px.h - 2) ? 0 : 1000000;
      for (int j = 0; j < i; j++) cost += 4 * overlap_area(t, s->tags[j].rect);
      for (int j = 0; j < sc->zone_count; j++) cost += 3 * overlap_area(t, s->zone_labels[j]);
      for (int j = 0; j < sc->person_count; j++) { /* nor cover anyone's face */
        int px = floor_to_px_x(s, sc->people[j].x), py = floor_to_px_y(s, sc->people[j].y);
        cost += 8 * overlap_area(t, (GfxRect){px - r, py - r, 2 * r, 2 * r});
      }
      if (best < 0 || cost < best) {
        best = cost;
        pick = k;
      }
      if (cost == 0) break;
    }
    s->tags[i].rect = c[pick];
  }
}

void floor_layout(FloorScene *s, GameApp *app) {
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
  gfx_measure(app->gfx, GFX_FONT_BOLD, bs, "Leave the event", &lw, &lh);
  s->leave_label = lw + 24 <= hw ? "Leave the event" : "Leave";
  gfx_measure(app->gfx, GFX_FONT_BOLD, bs, "Take a break", &lw, &lh);
  s->rest_label = lw + 24 <= hw ? "Take a break" : "Rest";
  int bottom = GFX_HEIGHT - footer_h(app) - 20;
  s->hud_leave = (GfxRect){hx, bottom - bh, hw, bh};
  s->hud_rest = (GfxRect){hx, bottom - 2 * bh - 12, hw, bh};
}

/* ---- The room ---------------------------------------------------------------------- */

static void noise_marks(Gfx *g, const UiTheme *t, int x, int y, int h, float noise) {
  int level = (int)lroundf(noise * 3.0f);
  for (int i = 0; i < 3; i++) {
    int bh = h * (i + 1) / 3;
    GfxColor c = i < level ? ui_color(t, UI_C_INK_SOFT) : ui_color_a(t, UI_C_LINE, 200);
    gfx_fill_round_rect(g, (GfxRect){x + i * 6, y + h - bh, 4, bh}, 2, c);
  }
}

static void draw_booths(FloorScene *s, GameApp *app, const SimScenario *sc, int zi) {
  Gfx *g = app->gfx;
  const UiTheme *t = &app->theme;
  const SimZone *z = &sc->zones[zi];
  bool top = z->y + z->h / 2 < sc->room_h / 2;
  float banner_y = top ? z->y + 0.15f : z->y + z->h - 0.5f;
  float table_y = top ? z->y + 0.85f : z->y + z->h - 1.55f;
  /* A booth behind everyone who stands here (one per group), others spaced along the row. */
  float xs[SIM_MAX_PEOPLE + 8];
  uint32_t seeds[SIM_MAX_PEOPLE + 8];
  int n = 0;
  for (int i = 0; i < sc->person_count && n < SIM_MAX_PEOPLE; i++) {
    const SimPerson *p = &sc->people[i];
    if (p->zone != zi) continue;
    bool merged = false;
    for (int k = 0; k < n; k++)
      if (fabsf(xs[k] - p->x) < 2.6f) merged = true;
    if (merged) continue;
    float x = p->x;
    for (int j = i + 1; j < sc->person_count; j++)
      if (p->group >= 0 && sc->people[j].group == p->group) x = (x + sc->people[j].x) / 2;
    xs[n] = x;
    seeds[n++] = game_seed_from_text(p->org ? p->org : p->id);
  }
  for (float x = z->x + 1.6f; x < z->x + z->w - 1.4f && n < SIM_MAX_PEOPLE + 8; x += 3.4f) {
    bool free_spot = true;
    for (int k = 0; k < n; k++)
      if (fabsf(xs[k] - x) < 3.0f) free_spot = false;
    if (free_spot) {
      xs[n] = x;
      seeds[n++] = (uint32_t)(x * 977.0f);
    }
  }
  for (int k = 0; k < n; k++) {
    GfxColor banner = rgb(BANNERS[seeds[k] % (sizeof BANNERS / sizeof BANNERS[0])], 255);
    GfxRect b = mrect(s, xs[k] - 1.3f, banner_y, 2.6f, 0.35f);
    gfx_fill_round_rect(g, b, 3, banner);
    gfx_fill_circle(g, b.x + b.w / 2, b.y + b.h / 2, b.h / 3 + 1, rgb(0xFFFFFF, 200));
    GfxRect tb = mrect(s, xs[k] - 1.1f, table_y, 2.2f, 0.7f);
    gfx_fill_round_rect(g, tb, 4, ui_color(t, UI_C_SURFACE));
    gfx_outline_round_rect(g, tb, 4, 1, ui_color(t, UI_C_LINE));
    gfx_fill_rect(g, (GfxRect){tb.x + 4, top ? tb.y + tb.h - 4 : tb.y + 1, tb.w - 8, 3}, banner);
  }
}

static void draw_bar(FloorScene *s, GameApp *app, const SimZone *z, bool top) {
  Gfx *g = app->gfx;
  GfxColor wood = app->theme.high_contrast ? rgb(0x8A6A4A, 255) : rgb(0xA47148, 255);
  float cw = z->w * 0.8f, cx = z->x + z->w * 0.1f;
  float cy = top ? z->y + 0.35f : z->y + z->h - 1.15f;
  GfxRect counter = mrect(s, cx, cy, cw, 0.8f);
  gfx_fill_round_rect(g, counter, 6, wood);
  gfx_fill_round_rect(g, (GfxRect){counter.x + 4, counter.y + 4, counter.w - 8, counter.h - 8}, 4, rgb(0xC8946A, 255));
  gfx_fill_round_rect(g, mrect(s, cx + 0.4f, cy + 0.15f, 0.6f, 0.5f), 3, rgb(0x3A3A3A, 255));
  for (float x = cx + 1.6f; x < cx + cw - 0.2f; x += 0.9f)
    gfx_fill_circle(g, floor_to_px_x(s, x), floor_to_px_y(s, top ? cy + 1.15f : cy - 0.35f), m2px(s, 0.16f), wood);
  for (float x = cx + 1.5f; x < cx + cw - 0.4f; x += 1.4f)
    gfx_fill_circle(g, floor_to_px_x(s, x), floor_to_px_y(s, cy + 0.4f), m2px(s, 0.1f), rgb(0xFFFFFF, 230));
}

static void draw_tables(FloorScene *s, GameApp *app, const SimZone *z) {
  Gfx *g = app->gfx;
  const UiTheme *t = &app->theme;
  int cols = (int)(z->w / 4.0f), rows = (int)(z->h / 4.0f);
  if (cols < 1) cols = 1;
  if (rows < 1) rows = 1;
  for (int r = 0; r < rows; r++)
    for (int c = 0; c < cols; c++) {
      float x = z->x + z->w * ((float)c + 0.5f) / (float)cols, y = z->y + z->h * ((float)r + 0.5f) / (float)rows;
      int px = floor_to_px_x(s, x), py = floor_to_px_y(s, y);
      for (int k = 0; k < 5; k++) {
        float a = (float)k * 1.2566f + 0.3f;
        gfx_fill_circle(g, px + (int)(cosf(a) * s->ppm * 0.95f), py + (int)(sinf(a) * s->ppm * 0.95f), m2px(s, 0.2f),
                        ui_color(t, UI_C_LINE));
      }
      gfx_fill_circle(g, px, py, m2px(s, 0.7f), ui_color(t, UI_C_SURFACE));
      gfx_fill_circle(g, px, py, m2px(s, 0.15f), ui_color_a(t, UI_C_GOLD, 200));
    }
}

static void plant(Gfx *g, int x, int y, int r) {
  gfx_fill_circle(g, x, y, r, rgb(0x4E7F3A, 255));
  for (int k = 0; k < 5; k++) {
    float a = (float)k * 1.2566f;
    gfx_fill_circle(g, x + (int)(cosf(a) * (float)r * 0.6f), y + (int)(sinf(a) * (float)r * 0.6f), r / 2, rgb(0x6FA34F, 255));
  }
}

static void draw_quiet(FloorScene *s, GameApp *app, const SimZone *z, bool top) {
  Gfx *g = app->gfx;
  const UiTheme *t = &app->theme;
  gfx_fill_round_rect(g, mrect(s, z->x + 0.6f, z->y + 0.6f, z->w - 1.2f, z->h - 1.2f), 10, ui_color_a(t, UI_C_GOOD, 40));
  float sw = fminf(z->w * 0.55f, 3.6f), sx = z->x + (z->w - sw) / 2;
  float sy = top ? z->y + 0.3f : z->y + z->h - 1.3f;
  GfxColor sofa = rgb(0x5C7A8E, 255), cushion = rgb(0x7C9AAE, 255);
  gfx_fill_round_rect(g, mrect(s, sx, sy, sw, 1.0f), 8, sofa);
  gfx_fill_round_rect(g, mrect(s, sx + 0.35f, top ? sy + 0.3f : sy + 0.05f, sw - 0.7f, 0.65f), 6, cushion);
  gfx_fill_round_rect(g, mrect(s, sx + sw / 2 - 0.5f, top ? sy + 1.5f : sy - 1.2f, 1.0f, 0.6f), 6, ui_color(t, UI_C_SURFACE));
  int pr = m2px(s, 0.45f);
  plant(g, floor_to_px_x(s, z->x + 0.7f), floor_to_px_y(s, z->y + 0.7f), pr);
  plant(g, floor_to_px_x(s, z->x + z->w - 0.7f), floor_to_px_y(s, z->y + 0.7f), pr);
  plant(g, floor_to_px_x(s, z->x + z->w - 0.7f), floor_to_px_y(s, z->y + z->h - 0.7f), pr);
}

static void draw_entrance(FloorScene *s, GameApp *app, const SimScenario *sc, const SimZone *z) {
  Gfx *g = app->gfx;
  const UiTheme *t = &app->theme;
  gfx_fill_round_rect(g, mrect(s, z->x + z->w * 0.2f, z->y + z->h * 0.3f, z->w * 0.6f, z->h * 0.4f), 6,
                      ui_color_a(t, UI_C_INK_SOFT, 70));
  /* The door, in whichever wall the zone touches. */
  float cy = z->y + z->h / 2, cx = z->x + z->w / 2;
  GfxRect door;
  if (z->x <= 0.5f) door = mrect(s, -0.15f, cy - 1.0f, 0.3f, 2.0f);
  else if (z->x + z->w >= sc->room_w - 0.5f) door = mrect(s, sc->room_w - 0.15f, cy - 1.0f, 0.3f, 2.0f);
  else if (z->y <= 0.5f) door = mrect(s, cx - 1.0f, -0.15f, 2.0f, 0.3f);
  else door = mrect(s, cx - 1.0f, sc->room_h - 0.15f, 2.0f, 0.3f);
  gfx_fill_rect(g, door, ui_color(t, UI_C_ACCENT));
}

static void draw_stage(FloorScene *s, GameApp *app, const SimZone *z, bool top) {
  Gfx *g = app->gfx;
  const UiTheme *t = &app->theme;
  float depth = fminf(z->h * 0.45f, 2.5f);
  float y = top ? z->y + 0.2f : z->y + z->h - depth - 0.2f;
  gfx_fill_round_rect(g, mrect(s, z->x + 0.4f, y, z->w - 0.8f, depth), 6, rgb(0x6B4F3A, 255));
  int mx = floor_to_px_x(s, z->x + z->w / 2), my = floor_to_px_y(s, y + depth / 2);
  gfx_fill_circle(g, mx, my, m2px(s, 0.18f), rgb(0x222222, 255));
  float ry = top ? y + depth + 0.7f : y - 0.7f;
  for (int row = 0; row < 2; row++, ry += top ? 0.8f : -0.8f)
    for (float x = z->x + 1.0f; x < z->x + z->w - 0.8f; x += 0.8f)
      gfx_fill_round_rect(g, mrect(s, x, ry, 0.5f, 0.45f), 3, ui_color(t, UI_C_LINE));
}

void floor_draw_room(FloorScene *s, GameApp *app) {
  Gfx *g = app->gfx;
  const UiTheme *t = &app->theme;
  const SimScenario *sc = sim_session_scenario(s->session);
  GfxRect room = s->room_px;
  /* Large fills are the software renderer's main cost: the floor once, zones opaque on it,
   * no full-size translucent layers. */
  gfx_fill_rect(g, room, ui_color(t, UI_C_FLOOR));
  for (float x = 2; x < sc->room_w; x += 2) gfx_fill_rect(g, (GfxRect){floor_to_px_x(s, x), room.y, 1, room.h}, ui_color_a(t, UI_C_LINE, 90));
  for (float y = 2; y < sc->room_h; y += 2) gfx_fill_rect(g, (GfxRect){room.x, floor_to_px_y(s, y), room.w, 1}, ui_color_a(t, UI_C_LINE, 90));
  int ts = ui_size(t, UI_T_TAG);
  for (int i = 0; i < sc->zone_count; i++) {
    const SimZone *z = &sc->zones[i];
    bool top = z->y + z->h / 2 < sc->room_h / 2;
    GfxRect zr = mrect(s, z->x, z->y, z->w, z->h);
    gfx_fill_rect(g, zr, mix(ui_color(t, UI_C_FLOOR), ui_color(t, UI_C_SURFACE_ALT), i == s->zone ? 200 : 140));
    switch (z->kind) {
      case SIM_ZONE_BOOTHS: draw_booths(s, app, sc, i); break;
      case SIM_ZONE_BAR: draw_bar(s, app, z, top); break;
      case SIM_ZONE_TABLES: draw_tables(s, app, z); break;
      case SIM_ZONE_QUIET: draw_quiet(s, app, z, top); break;
      case SIM_ZONE_ENTRANCE: draw_entrance(s, app, sc, z); break;
      case SIM_ZONE_STAGE: draw_stage(s, app, z, top); break;
      default: break;
    }
    gfx_outline_rect(g, zr, 1, ui_color_a(t, UI_C_LINE, 220));
  }
  /* Labels and noise after every zone, so no furniture covers them. */
  for (int i = 0; i < sc->zone_count; i++) {
    const SimZone *z = &sc->zones[i];
    GfxRect lr = s->zone_labels[i];
    gfx_fill_round_rect(g, lr, 6, ui_color_a(t, UI_C_SURFACE, 230));
    gfx_text(g, GFX_FONT_BOLD, ts, ui_color(t, UI_C_INK_SOFT), lr.x + 6, lr.y + 3, GFX_ALIGN_LEFT, z->label ? z->label : z->id);
    noise_marks(g, t, lr.x + lr.w - 24, lr.y + 5, lr.h - 10, z->noise);
  }
  gfx_outline_rect(g, (GfxRect){room.x - 5, room.y - 5, room.w + 10, room.h + 10}, 5, ui_color(t, UI_C_INK_SOFT));
  /* Groups stand on a shared patch of floor. */
  for (int i = 0; i < sc->person_count; i++) {
    int gr = sc->people[i].group;
    if (gr < 0) continue;
    bool first = true;
    for (int j = 0; j < i; j++) first = first && sc->people[j].group != gr;
    if (!first) continue;
    float sx = 0, sy = 0;
    int n = 0;
    for (int j = 0; j < sc->person_count; j++)
      if (sc->people[j].group == gr) sx += sc->people[j].x, sy += sc->people[j].y, n++;
    sx /= (float)n;
    sy /= (float)n;
    float rad = 0.9f;
    for (int j = 0; j < sc->person_count; j++)
      if (sc->people[j].group == gr) rad = fmaxf(rad, hypotf(sc->people[j].x - sx, sc->people[j].y - sy) + 0.8f);
    gfx_fill_ellipse(g, floor_to_px_x(s, sx), floor_to_px_y(s, sy), m2px(s, rad), m2px(s, rad * 0.8f), ui_color_a(t, UI_C_ACCENT, 38));
  }
}

/* ---- People ------------------------------------------------------------------------ */

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

void floor_draw_people(FloorScene *s, GameApp *app) {
  Gfx *g = app->gfx;
  const UiTheme *t = &app->theme;
  const SimScenario *sc = sim_session_scenario(s->session);
  int r = figure_r(s);
  if (s->walking && s->walk_person < 0) {
    int x = floor_to_px_x(s, s->tx), y = floor_to_px_y(s, s->ty);
    gfx_outline_round_rect(g, (GfxRect){x - 8, y - 8, 16, 16}, 8, 2, ui_color_a(t, UI_C_WARM, 200));
  }
  for (int i = 0; i < sc->person_count; i++) {
    const SimPerson *p = &sc->people[i];
    bool hl = i == s->reach;
    GfxColor ring = ui_color_a(t, UI_C_ACCENT, 110 + (int)(120.0f * s->pulse));
    game_draw_floor_figure(g, floor_to_px_x(s, p->x), floor_to_px_y(s, p->y), r, s->looks[i], hl, ring);
  }
  for (int i = 0; i < sc->person_count; i++)
    if (i != s->reach) draw_tag(app, s->tags[i].rect, sc->people[i].name, sc->people[i].org, false);
  int px = floor_to_px_x(s, s->px), py = floor_to_px_y(s, s->py);
  game_draw_floor_figure(g, px, py, r, s->player_look, true, ui_color(t, UI_C_WARM));
  /* The player's own tag, then the one in reach last so it reads over everything. */
  int ts = ui_size(t, UI_T_TAG);
  int w, h;
  gfx_measure(g, GFX_FONT_BOLD, ts, "You", &w, &h);
  GfxRect you = {px - (w + 14) / 2, py - r - 8 - h, w + 14, h + 4};
  gfx_fill_round_rect(g, you, 5, ui_color(t, UI_C_WARM));
  gfx_text(g, GFX_FONT_BOLD, ts, rgb(0xFFFFFF, 255), px, you.y + 2, GFX_ALIGN_CENTER, "You");
  if (s->reach >= 0) draw_tag(app, s->tags[s->reach].rect, sc->people[s->reach].name, sc->people[s->reach].org, true);
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
          snprintf(s->clock_text, sizeof s->clock_text, "%d of %d minutes", minute, total);
        }
      }
      y += caption(h, y, "Event clock", draw);
      if (draw) gfx_text(g, GFX_FONT_BOLD, ui_size(t, UI_T_BODY), ui_color(t, UI_C_INK), h->x, y, GFX_ALIGN_LEFT, s->clock_text);
      y += line_h(h, GFX_FONT_BOLD, UI_T_BODY) + 4;
      if (draw) ui_meter(ui, (GfxRect){h->x, y, h->w, 8}, h->v.minutes > 0 ? h->v.clock / h->v.minutes : 0, UI_C_ACCENT);
      return y + 8 + 14 - y0;
    case HUD_ENERGY: {
      y += caption(h, y, "Energy", draw) + 2;
      int eh = h->set.introvert_practice ? 18 : 12;
      float ef = h->v.energy / SIM_ENERGY_MAX;
      if (draw) ui_meter(ui, (GfxRect){h->x, y, h->w, eh}, ef, ef < SIM_LOW_ENERGY / SIM_ENERGY_MAX ? UI_C_DANGER : UI_C_GOLD);
      return y + eh + 12 - y0;
    }
    case HUD_ENERGY_NOTE: /* explained in introvert practice */
      if (!h->set.introvert_practice) return 0;
      y += wrap(h, GFX_FONT_REGULAR, UI_T_SMALL, UI_C_INK_SOFT, h->x, y - 4, h->w,
                h->v.energy < 30.0f ? "Running low: deep talk needs energy. Quiet places restore it."
                                    : "Talk and noise use energy; quiet places restore it.", draw);
      return y - y0 + 8;
    case HUD_INTENTION:
      y += caption(h, y, "Your intention", draw);
      y += wrap(h, GFX_FONT_REGULAR, UI_T_BODY, UI_C_INK, h->x, y, h->w, floor_intention_label(h->set.intention), draw);
      return y - y0 + 10;
    case HUD_PLACE:
      if (s->reach >= 0) {
        const SimPerson *p = &h->sc->people[s->reach];
        y += caption(h, y, "In reach", draw);
        y += wrap(h, GFX_FONT_BOLD, UI_T_BODY, UI_C_INK, h->x, y, h->w, p->name, draw);
        y += wrap(h, GFX_FONT_REGULAR, UI_T_SMALL, UI_C_INK_SOFT, h->x, y, h->w, p->role, draw);
        y += wrap(h, GFX_FONT_REGULAR, UI_T_SMALL, UI_C_ACCENT, h->x, y + 2, h->w, "Enter or click them: talk", draw) + 2;
        return y - y0 + 12;
      }
      if (s->zone < 0 || s->zone >= h->sc->zone_count) return 0;
      y += caption(h, y, "You are at", draw);
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

void floor_draw_hud(FloorScene *s, GameApp *app) {
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
  int top = 18, limit = s->hud_rest.y - 12;
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
  ui_button(ui, s->hud_rest, s->rest_label, UI_BUTTON_SECONDARY, false, s->hud_focus == 1);
  ui_button(ui, s->hud_leave, s->leave_label, UI_BUTTON_QUIET, false, s->hud_focus == 2);
  ui_footer_hint(ui, s->mode == FLOOR_WALK ? "Arrows/WASD or click: walk   Enter: talk   Esc: menu   F5: reload"
                                           : "Up/Down or a number: choose   Enter: confirm   Esc: back");
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

void floor_draw_overlay(FloorScene *s, GameApp *app) {
  if (s->mode == FLOOR_WALK) return;
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
    title = "A conversation in progress";
    snprintf(body_buf, sizeof body_buf, "%s is talking with %s.", p->name, other ? other : "someone");
    body = body_buf;
    labels[0] = "1  Join politely (wait for a pause)";
    labels[1] = "2  Barge in";
    labels[2] = "3  Not now";
    n = 3;
    rects = s->join_rects;
    list = &s->join_list;
  } else if (s->mode == FLOOR_MENU) {
    title = "Paused";
    for (int i = 0; i < s->menu_count; i++) {
      switch (s->menu_items[i]) {
        case FLOOR_ITEM_RESUME: labels[i] = i == 0 ? "1  Back to the room" : "Back to the room"; break;
        case FLOOR_ITEM_QUIET: labels[i] = i == 1 ? "2  Rest in the quiet corner" : "Rest in the quiet corner"; break;
        case FLOOR_ITEM_REST: labels[i] = i == 1 ? "2  Take a short break here" : "3  Take a short break here"; break;
        case FLOOR_ITEM_LEAVE: labels[i] = i == 2 ? "3  Leave the event" : "4  Leave the event"; break;
      }
    }
    body = "Leaving early is fine: the follow-up is where networking continues.";
    n = s->menu_count;
    rects = s->menu_rects;
    list = &s->menu_list;
  } else {
    title = "The event is winding down";
    body = "The organisers are stacking chairs. Time to head out and follow up with the people you met.";
    labels[0] = "Continue to the follow-up";
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
  for (int i = 0; i < n; i++)
    ui_button(ui, rects[i], labels[i], i == 0 ? UI_BUTTON_PRIMARY : UI_BUTTON_SECONDARY, i == list->focus, false);
}
