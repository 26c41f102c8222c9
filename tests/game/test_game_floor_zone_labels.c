/* test_game_floor_zone_labels.c — the mixer floor's layout (engine/game/floor_draw.c):
 * in every shipped scenario and at every text size, a zone's label never starts inside
 * another zone (at the alumni evening "Terrace" used to be drawn in the reading room and
 * "Bar" in the Great Hall, because labels went "just outside" zones that share an edge).
 * Needs SDL's dummy driver (headless gfx, for measuring text) and RAPPORT_ROOT.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "game/floor_internal.h"
#include "script/script.h"

static const char *const SCENARIOS[] = {"career_fair", "alumni_mixer", "industry_meetup",
                                         "school_careers_evening", "conference_break", "reconnect_coffee"};

static long overlap(GfxRect a, GfxRect b) {
  int x0 = a.x > b.x ? a.x : b.x, y0 = a.y > b.y ? a.y : b.y;
  int x1 = a.x + a.w < b.x + b.w ? a.x + a.w : b.x + b.w;
  int y1 = a.y + a.h < b.y + b.h ? a.y + a.h : b.y + b.h;
  return (x1 > x0 && y1 > y0) ? (long)(x1 - x0) * (y1 - y0) : 0;
}

static void zone_labels_stay_out_of_other_zones(void **state) {
  (void)state;
  char err[512];
  GfxConfig cfg = {.headless = true, .text_cache_capacity = 256};
  Gfx *g = gfx_create(&cfg, err, sizeof err);
  if (!g) fail_msg("gfx_create: %s", err);
  const char *root = getenv("RAPPORT_ROOT");
  assert_non_null(root);
  for (size_t k = 0; k < sizeof SCENARIOS / sizeof SCENARIOS[0]; k++) {
    char path[1024];
    snprintf(path, sizeof path, "%s/scripts/scenarios/%s.lua", root, SCENARIOS[k]);
    SimScenario *sc = scr_load_scenario(path, NULL, err, sizeof err);
    if (!sc) fail_msg("%s", err);
    SimSession *ss = sim_session_create(sc, 7, NULL);
    assert_non_null(ss);
    GameApp app;
    memset(&app, 0, sizeof app);
    app.gfx = g;
    ui_theme_defaults(&app.theme);
    for (int m = 0; m < app.theme.scale_count; m++) {
      app.theme.scale_step = m;
      FloorScene *s = calloc(1, sizeof *s);
      assert_non_null(s);
      s->session = ss;
      s->layout_scale = -1;
      game_floor_layout(s, &app);
      for (int i = 0; i < sc->zone_count; i++) {
        for (int j = 0; j < sc->zone_count; j++) {
          if (i == j) continue;
          const SimZone *z = &sc->zones[j];
          GfxRect zr = floor_mrect(s, z->x, z->y, z->w, z->h);
          /* Where the label starts over its own zone's columns (a long label may run on
           * past a narrow zone, or be pulled left to stay inside the room). */
          GfxRect own = floor_mrect(s, sc->zones[i].x, sc->zones[i].y, sc->zones[i].w, sc->zones[i].h);
          GfxRect lab = s->zone_labels[i];
          GfxRect anchor = {lab.x > own.x ? lab.x : own.x, lab.y, 12, lab.h};
          if (overlap(anchor, zr) > 0)
            fail_msg("%s at %d%%: the label of zone '%s' lies inside zone '%s'", SCENARIOS[k],
                     ui_scale_percent(&app.theme), sc->zones[i].id, z->id);
        }
      }
      free(s);
    }
    sim_session_destroy(ss);
    sim_scenario_destroy(sc);
  }
  gfx_destroy(g);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(zone_labels_stay_out_of_other_zones),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
