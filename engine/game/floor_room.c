/* floor_room.c — the room of the mixer floor, drawn by the engine from the scenario's
 * zones: the floor, each zone furnished to look like what it is (booths with coloured
 * banners and tables, a counter with stools, round tables, a sofa and plants, a door mat,
 * a stage), zone labels with their noise (0-3 marks) and the patches where groups stand.
 * Reads FloorScene and the scenario; draws only.
 */
#include <math.h>

#include "game/floor_internal.h"

static const uint32_t BANNERS[] = {0x3D6E9E, 0xB85C5C, 0x2F7D6D, 0xD08A3C, 0x5C5A8E, 0x4E7F3A, 0x9C4F6B, 0x2E4057};

static GfxColor rgb(uint32_t v, int a) { return (GfxColor){(uint8_t)(v >> 16), (uint8_t)(v >> 8), (uint8_t)v, (uint8_t)a}; }

/* `b` laid over `a` at `alpha`, as one opaque colour. */
static GfxColor mix(GfxColor a, GfxColor b, int alpha) {
  return (GfxColor){(uint8_t)((a.r * (255 - alpha) + b.r * alpha) / 255), (uint8_t)((a.g * (255 - alpha) + b.g * alpha) / 255),
                    (uint8_t)((a.b * (255 - alpha) + b.b * alpha) / 255), 255};
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
    GfxRect b = floor_mrect(s, xs[k] - 1.3f, banner_y, 2.6f, 0.35f);
    gfx_fill_round_rect(g, b, 3, banner);
    gfx_fill_circle(g, b.x + b.w / 2, b.y + b.h / 2, b.h / 3 + 1, rgb(0xFFFFFF, 200));
    GfxRect tb = floor_mrect(s, xs[k] - 1.1f, table_y, 2.2f, 0.7f);
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
  GfxRect counter = floor_mrect(s, cx, cy, cw, 0.8f);
  gfx_fill_round_rect(g, counter, 6, wood);
  gfx_fill_round_rect(g, (GfxRect){counter.x + 4, counter.y + 4, counter.w - 8, counter.h - 8}, 4, rgb(0xC8946A, 255));
  gfx_fill_round_rect(g, floor_mrect(s, cx + 0.4f, cy + 0.15f, 0.6f, 0.5f), 3, rgb(0x3A3A3A, 255));
  for (float x = cx + 1.6f; x < cx + cw - 0.2f; x += 0.9f)
    gfx_fill_circle(g, game_floor_to_px_x(s, x), game_floor_to_px_y(s, top ? cy + 1.15f : cy - 0.35f), floor_m2px(s, 0.16f), wood);
  for (float x = cx + 1.5f; x < cx + cw - 0.4f; x += 1.4f)
    gfx_fill_circle(g, game_floor_to_px_x(s, x), game_floor_to_px_y(s, cy + 0.4f), floor_m2px(s, 0.1f), rgb(0xFFFFFF, 230));
}

/* Whether someone stands within `d` metres of (x, y): furniture keeps clear of people. */
static bool near_person(const SimScenario *sc, float x, float y, float d) {
  for (int i = 0; i < sc->person_count; i++) {
    if (sc->people[i].absent) continue;
    float dx = sc->people[i].x - x, dy = sc->people[i].y - y;
    if (dx * dx + dy * dy < d * d) return true;
  }
  return false;
}

static void round_table(FloorScene *s, GameApp *app, float x, float y, float radius, int chairs) {
  Gfx *g = app->gfx;
  const UiTheme *t = &app->theme;
  int px = game_floor_to_px_x(s, x), py = game_floor_to_px_y(s, y);
  for (int k = 0; k < chairs; k++) {
    float a = (float)k * 6.2832f / (float)chairs + 0.3f;
    gfx_fill_circle(g, px + (int)(cosf(a) * s->ppm * (radius + 0.25f)), py + (int)(sinf(a) * s->ppm * (radius + 0.25f)),
                    floor_m2px(s, 0.2f), ui_color(t, UI_C_LINE));
  }
  gfx_fill_circle(g, px, py, floor_m2px(s, radius), ui_color(t, UI_C_SURFACE));
  gfx_fill_circle(g, px, py, floor_m2px(s, 0.15f), ui_color(t, UI_C_GOLD));
}

static void draw_tables(FloorScene *s, GameApp *app, const SimScenario *sc, int zi) {
  const SimZone *z = &sc->zones[zi];
  int cols = (int)(z->w / 4.0f), rows = (int)(z->h / 4.0f);
  if (cols < 1) cols = 1;
  if (rows < 1) rows = 1;
  for (int r = 0; r < rows; r++)
    for (int c = 0; c < cols; c++) {
      float x = z->x + z->w * ((float)c + 0.5f) / (float)cols, y = z->y + z->h * ((float)r + 0.5f) / (float)rows;
      if (!near_person(sc, x, y, 1.6f)) round_table(s, app, x, y, 0.7f, 5);
    }
  /* A group here gathers round a small standing table. */
  for (int i = 0; i < sc->person_count; i++) {
    const SimPerson *p = &sc->people[i];
    if (p->zone != zi || p->group < 0) continue;
    bool first = true;
    for (int j = 0; j < i; j++) first = first && sc->people[j].group != p->group;
    if (!first) continue;
    float gx = 0, gy = 0;
    int n = 0;
    for (int j = 0; j < sc->person_count; j++)
      if (sc->people[j].group == p->group) gx += sc->people[j].x, gy += sc->people[j].y, n++;
    gx /= (float)n;
    gy /= (float)n;
    if (!near_person(sc, gx, gy, 0.55f)) round_table(s, app, gx, gy, 0.3f, 0);
  }
}

static void plant(Gfx *g, int x, int y, int r) {
  gfx_fill_circle(g, x, y, r, rgb(0x4E7F3A, 255));
  for (int k = 0; k < 5; k++) {
    float a = (float)k * 1.2566f;
    gfx_fill_circle(g, x + (int)(cosf(a) * (float)r * 0.6f), y + (int)(sinf(a) * (float)r * 0.6f), r / 2, rgb(0x6FA34F, 255));
  }
}

static void draw_quiet(FloorScene *s, GameApp *app, const SimScenario *sc, const SimZone *z, bool top) {
  Gfx *g = app->gfx;
  const UiTheme *t = &app->theme;
  gfx_fill_round_rect(g, floor_mrect(s, z->x + 0.6f, z->y + 0.6f, z->w - 1.2f, z->h - 1.2f), 10,
                      mix(ui_color(t, UI_C_SURFACE_ALT), ui_color(t, UI_C_GOOD), 50));
  float sw = fminf(z->w * 0.55f, 3.6f), sx = z->x + (z->w - sw) / 2;
  float sy = top ? z->y + 0.3f : z->y + z->h - 1.3f;
  GfxColor sofa = rgb(0x5C7A8E, 255), cushion = rgb(0x7C9AAE, 255);
  gfx_fill_round_rect(g, floor_mrect(s, sx, sy, sw, 1.0f), 8, sofa);
  gfx_fill_round_rect(g, floor_mrect(s, sx + 0.35f, top ? sy + 0.3f : sy + 0.05f, sw - 0.7f, 0.65f), 6, cushion);
  float ty = top ? sy + 1.5f : sy - 1.2f;
  if (!near_person(sc, sx + sw / 2, ty + 0.3f, 0.9f))
    gfx_fill_round_rect(g, floor_mrect(s, sx + sw / 2 - 0.5f, ty, 1.0f, 0.6f), 6, ui_color(t, UI_C_SURFACE));
  int pr = floor_m2px(s, 0.45f);
  plant(g, game_floor_to_px_x(s, z->x + 0.7f), game_floor_to_px_y(s, z->y + 0.7f), pr);
  plant(g, game_floor_to_px_x(s, z->x + z->w - 0.7f), game_floor_to_px_y(s, z->y + 0.7f), pr);
  plant(g, game_floor_to_px_x(s, z->x + z->w - 0.7f), game_floor_to_px_y(s, z->y + z->h - 0.7f), pr);
}

static void draw_entrance(FloorScene *s, GameApp *app, const SimScenario *sc, const SimZone *z) {
  Gfx *g = app->gfx;
  const UiTheme *t = &app->theme;
  gfx_fill_round_rect(g, floor_mrect(s, z->x + z->w * 0.2f, z->y + z->h * 0.3f, z->w * 0.6f, z->h * 0.4f), 6,
                      ui_color_a(t, UI_C_INK_SOFT, 70));
  /* The door, in whichever wall the zone touches. */
  float cy = z->y + z->h / 2, cx = z->x + z->w / 2;
  GfxRect door;
  if (z->x <= 0.5f) door = floor_mrect(s, -0.15f, cy - 1.0f, 0.3f, 2.0f);
  else if (z->x + z->w >= sc->room_w - 0.5f) door = floor_mrect(s, sc->room_w - 0.15f, cy - 1.0f, 0.3f, 2.0f);
  else if (z->y <= 0.5f) door = floor_mrect(s, cx - 1.0f, -0.15f, 2.0f, 0.3f);
  else door = floor_mrect(s, cx - 1.0f, sc->room_h - 0.15f, 2.0f, 0.3f);
  gfx_fill_rect(g, door, ui_color(t, UI_C_ACCENT));
}

static void draw_stage(FloorScene *s, GameApp *app, const SimScenario *sc, const SimZone *z, bool top) {
  Gfx *g = app->gfx;
  const UiTheme *t = &app->theme;
  float depth = fminf(z->h * 0.3f, 1.8f);
  float y = top ? z->y + 0.2f : z->y + z->h - depth - 0.2f;
  gfx_fill_round_rect(g, floor_mrect(s, z->x + z->w * 0.2f, y, z->w * 0.6f, depth), 6, rgb(0x6B4F3A, 255));
  int mx = game_floor_to_px_x(s, z->x + z->w / 2), my = game_floor_to_px_y(s, y + depth / 2);
  gfx_fill_circle(g, mx, my, floor_m2px(s, 0.18f), rgb(0x222222, 255));
  float ry = top ? y + depth + 0.7f : y - 0.7f;
  for (int row = 0; row < 2; row++, ry += top ? 0.8f : -0.8f)
    for (float x = z->x + 1.0f; x < z->x + z->w - 0.8f; x += 0.8f)
      if (!near_person(sc, x + 0.25f, ry + 0.22f, 0.7f))
        gfx_fill_round_rect(g, floor_mrect(s, x, ry, 0.5f, 0.45f), 3, ui_color(t, UI_C_LINE));
}

typedef struct RoomCtx {
  FloorScene *s;
  GameApp *app;
} RoomCtx;

static void draw_room_content(void *ctx) {
  FloorScene *s = ((RoomCtx *)ctx)->s;
  GameApp *app = ((RoomCtx *)ctx)->app;
  Gfx *g = app->gfx;
  const UiTheme *t = &app->theme;
  const SimScenario *sc = sim_session_scenario(s->session);
  GfxRect room = s->room_px;
  /* Large fills are the software renderer's main cost: the floor once, zones opaque on it,
   * no full-size translucent layers. */
  gfx_fill_rect(g, room, ui_color(t, UI_C_FLOOR));
  for (float x = 2; x < sc->room_w; x += 2) gfx_fill_rect(g, (GfxRect){game_floor_to_px_x(s, x), room.y, 1, room.h}, ui_color_a(t, UI_C_LINE, 90));
  for (float y = 2; y < sc->room_h; y += 2) gfx_fill_rect(g, (GfxRect){room.x, game_floor_to_px_y(s, y), room.w, 1}, ui_color_a(t, UI_C_LINE, 90));
  int ts = ui_size(t, UI_T_TAG);
  for (int i = 0; i < sc->zone_count; i++) {
    const SimZone *z = &sc->zones[i];
    bool top = z->y + z->h / 2 < sc->room_h / 2;
    GfxRect zr = floor_mrect(s, z->x, z->y, z->w, z->h);
    gfx_fill_rect(g, zr, mix(ui_color(t, UI_C_FLOOR), ui_color(t, UI_C_SURFACE_ALT), i == s->zone ? 200 : 140));
    switch (z->kind) {
      case SIM_ZONE_BOOTHS: draw_booths(s, app, sc, i); break;
      case SIM_ZONE_BAR: draw_bar(s, app, z, top); break;
      case SIM_ZONE_TABLES: draw_tables(s, app, sc, i); break;
      case SIM_ZONE_QUIET: draw_quiet(s, app, sc, z, top); break;
      case SIM_ZONE_ENTRANCE: draw_entrance(s, app, sc, z); break;
      case SIM_ZONE_STAGE: draw_stage(s, app, sc, z, top); break;
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
    gfx_fill_ellipse(g, game_floor_to_px_x(s, sx), game_floor_to_px_y(s, sy), floor_m2px(s, rad), floor_m2px(s, rad * 0.8f), ui_color_a(t, UI_C_ACCENT, 38));
  }
}

/* The room changes only with the layout, the text size, the theme or the zone the player
 * stands in, so it is kept in a cached layer; gfx repaints it when its drawing differs. */
void game_floor_draw_room(FloorScene *s, GameApp *app) {
  if (!s->room_layer) s->room_layer = gfx_layer_create();
  enum { MARGIN = 16 }; /* the frame around the room and group patches spilling over it */
  GfxRect area = {s->room_px.x - MARGIN, s->room_px.y - MARGIN, s->room_px.w + 2 * MARGIN, s->room_px.h + 2 * MARGIN};
  if (area.x < 0) area.w += area.x, area.x = 0;
  if (area.y < 0) area.h += area.y, area.y = 0;
  if (area.x + area.w > GFX_WIDTH) area.w = GFX_WIDTH - area.x;
  if (area.y + area.h > GFX_HEIGHT) area.h = GFX_HEIGHT - area.y;
  RoomCtx ctx = {s, app};
  gfx_layer_draw(app->gfx, s->room_layer, area, ui_color(&app->theme, UI_C_BACKGROUND), draw_room_content, &ctx);
}
