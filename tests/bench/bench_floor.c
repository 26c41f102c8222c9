/* bench_floor.c — the mixer floor's frame cost: 2,000 headless frames (update + draw +
 * present on the software renderer) of the career fair padded to 14 people, with the
 * player walking laps. Prints the median and 95th-percentile frame cost, peak RSS
 * (getrusage), text-cache rasterisations after warm-up, and heap growth in the steady state.
 * A benchmark, not a test: it fails only when the floor cannot be set up.
 */
#include <malloc.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

#include "game/app.h"
#include "game/scenes.h"
#include "game/state.h"
#include "script/script.h"

#define FRAMES 2000
#define WARMUP 100
#define PEOPLE 14

static double clock_ms(clockid_t id) {
  struct timespec ts;
  clock_gettime(id, &ts);
  return (double)ts.tv_sec * 1000.0 + (double)ts.tv_nsec / 1e6;
}

static int cmp_double(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return (x > y) - (x < y);
}

/* Pads the scenario to PEOPLE by copying people into free spots of other zones. */
static void pad_people(SimScenario *sc) {
  static const float SPOTS[][2] = {{13, 9}, {17, 8}, {9, 10}, {25.5f, 14}, {27.5f, 3.5f}, {19, 10}, {6, 9.5f}};
  int base = sc->person_count;
  for (int k = 0; sc->person_count < PEOPLE && k < (int)(sizeof SPOTS / sizeof SPOTS[0]); k++) {
    SimPerson *p = &sc->people[sc->person_count];
    *p = sc->people[k % base];
    char id[32];
    snprintf(id, sizeof id, "bench_guest_%d", k);
    p->id = sim_arena_strdup(sc->arena, id);
    p->x = SPOTS[k][0] < sc->room_w ? SPOTS[k][0] : sc->room_w / 2;
    p->y = SPOTS[k][1] < sc->room_h ? SPOTS[k][1] : sc->room_h / 2;
    p->group = -1;
    p->look = (uint32_t)(k * 7919 + 13);
    sc->person_count++;
  }
}

int main(void) {
  char err[512], path[1024];
  if (scr_find_scenario("career_fair", path, sizeof path) != 0) {
    fprintf(stderr, "bench_floor: scripts/scenarios/career_fair.lua not found\n");
    return 1;
  }
  SimScenario *sc = scr_load_scenario(path, NULL, err, sizeof err);
  if (!sc) {
    fprintf(stderr, "bench_floor: %s\n", err);
    return 1;
  }
  pad_people(sc);
  GameOptions opt = {.headless = true, .shot_dir = "."};
  GameApp *app = calloc(1, sizeof *app);
  GameState *st = calloc(1, sizeof *st);
  if (!app || !st) return 1;
  app->options = &opt;
  snprintf(app->root, sizeof app->root, "%s", scr_root());
  ui_theme_defaults(&app->theme);
  GfxConfig config = {.headless = true, .title = "bench_floor"};
  app->gfx = gfx_create(&config, err, sizeof err);
  if (!app->gfx) {
    fprintf(stderr, "bench_floor: %s\n", err);
    return 1;
  }
  app->ui = (UiCtx){app->gfx, &app->theme, 0.0};
  SimPlayerSettings settings = sim_player_settings_default();
  settings.hints_on = true;
  settings.introvert_practice = true;
  settings.intention = SIM_INTENT_ONE_REAL_CONVERSATION;
  st->scenario = sc;
  st->settings = settings;
  st->session = sim_session_create(sc, 42, &settings);
  app->state = st;
  ui_stack_init(&app->stack);
  ui_stack_push(&app->stack, game_floor_scene(app));
  ui_stack_apply(&app->stack, app);
  if (!st->session || !ui_stack_top(&app->stack)) {
    fprintf(stderr, "bench_floor: could not set up the floor\n");
    return 1;
  }

  static double cost[FRAMES], cpu[FRAMES];
  static const GfxAction LAP[4] = {GFX_ACT_RIGHT, GFX_ACT_DOWN, GFX_ACT_LEFT, GFX_ACT_UP};
  GfxTextStats warm = {0};
  size_t heap_warm = 0;
  for (int f = 0; f < FRAMES; f++) {
    if (f == WARMUP) {
      warm = gfx_text_stats(app->gfx);
      heap_warm = mallinfo2().uordblks;
    }
    double t0 = clock_ms(CLOCK_MONOTONIC), c0 = clock_ms(CLOCK_THREAD_CPUTIME_ID);
    gfx_poll_input(app->gfx, &app->input);
    /* Walk laps: each side of the lap is held for 90 frames. */
    for (int a = 0; a < 4; a++) app->input.held[LAP[a]] = false;
    app->input.held[LAP[(f / 90) % 4]] = true;
    UiScene *top = ui_stack_top(&app->stack);
    top->ops->update(top, app, &app->input);
    ui_stack_apply(&app->stack, app);
    app->time += 1.0 / GFX_TICK_HZ;
    app->ui.time = app->time;
    gfx_input_begin_frame(&app->input);
    gfx_begin_frame(app->gfx, ui_color(&app->theme, UI_C_BACKGROUND));
    ui_stack_draw(&app->stack, app, app->gfx);
    gfx_end_frame(app->gfx);
    cost[f] = clock_ms(CLOCK_MONOTONIC) - t0;
    cpu[f] = clock_ms(CLOCK_THREAD_CPUTIME_ID) - c0;
  }
  GfxTextStats end = gfx_text_stats(app->gfx);
  size_t heap_end = mallinfo2().uordblks;
  struct rusage ru;
  getrusage(RUSAGE_SELF, &ru);
  SimPlayerView view;
  sim_session_player(st->session, &view);
  qsort(cost, FRAMES, sizeof cost[0], cmp_double);
  qsort(cpu, FRAMES, sizeof cpu[0], cmp_double);
  printf("bench_floor: %d frames, %d people, software renderer (headless)\n", FRAMES, sc->person_count);
  printf("  frame wall time median %.3f ms, p95 %.3f ms, max %.3f ms\n", cost[FRAMES / 2], cost[FRAMES * 95 / 100],
         cost[FRAMES - 1]);
  printf("  frame CPU time (this thread; steady under machine load) median %.3f ms, p95 %.3f ms\n", cpu[FRAMES / 2],
         cpu[FRAMES * 95 / 100]);
  printf("  peak RSS %ld KiB\n", ru.ru_maxrss);
  printf("  text rasterisations after warm-up: %llu (hits %llu)\n",
         (unsigned long long)(end.misses - warm.misses), (unsigned long long)(end.hits - warm.hits));
  printf("  heap in use after warm-up %zu B, at the end %zu B (growth %lld B)\n", heap_warm, heap_end,
         (long long)heap_end - (long long)heap_warm);
  printf("  event clock after the walk: %.2f minutes\n", (double)view.clock);
  ui_stack_clear(&app->stack);
  game_state_destroy(st);
  gfx_destroy(app->gfx);
  free(app);
  return 0;
}
