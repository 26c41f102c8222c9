/* app.c — the main loop, replay driving and frame statistics (see app.h).
 * Owns the Gfx, the scene stack and the frame-time buffer; everything else hangs off
 * the scenes and GameState.
 */
#include "game/app.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

#include "game/scenes.h"
#include "game/state.h"
#include "gfx/replay.h"

#define STATS_CAP 200000

void game_path(const GameApp *app, char *out, size_t outlen, const char *relative) {
  snprintf(out, outlen, "%s/%s", app->root, relative);
}

static int compare_float(const void *a, const void *b) {
  float x = *(const float *)a, y = *(const float *)b;
  return (x > y) - (x < y);
}

static double mono_ms(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec * 1000.0 + (double)ts.tv_nsec / 1e6;
}

static void print_stats(float *costs, long n, double first_frame_ms) {
  struct rusage ru;
  getrusage(RUSAGE_SELF, &ru);
  double median = 0, p95 = 0;
  if (n > 0) {
    qsort(costs, (size_t)n, sizeof costs[0], compare_float);
    median = costs[n / 2];
    p95 = costs[(long)((double)(n - 1) * 0.95)];
  }
  fprintf(stderr,
          "stats: frames=%ld frame_ms_median=%.3f frame_ms_p95=%.3f first_frame_ms=%.1f peak_rss_kb=%ld\n",
          n, median, p95, first_frame_ms, ru.ru_maxrss);
}

/* One tick: update the top scene with this frame's input, then apply scene changes. */
static void tick(GameApp *app) {
  UiScene *top = ui_stack_top(&app->stack);
  if (top) top->ops->update(top, app, &app->input);
  ui_stack_apply(&app->stack, app);
  app->time += 1.0 / GFX_TICK_HZ;
  app->ui.time = app->time;
  /* Input is consumed by the first tick that sees it. */
  gfx_input_begin_frame(&app->input);
  if (!ui_stack_top(&app->stack)) app->quit = true;
}

static void draw(GameApp *app) {
  gfx_begin_frame(app->gfx, ui_color(&app->theme, UI_C_BACKGROUND));
  ui_stack_draw(&app->stack, app, app->gfx);
  gfx_end_frame(app->gfx);
}

static void find_root(GameApp *app) {
  const char *root = getenv("RAPPORT_ROOT");
  snprintf(app->root, sizeof app->root, "%s", root && *root ? root : RAPPORT_SOURCE_DIR);
}

int game_main(const GameOptions *opt) {
  GameApp *app = calloc(1, sizeof *app);
  if (!app) {
    fprintf(stderr, "rapport: out of memory\n");
    return 1;
  }
  app->options = opt;
  find_root(app);
  char err[1024];
  GfxReplay *replay = NULL;
  if (opt->replay) {
    replay = gfx_replay_load(opt->replay, err, sizeof err);
    if (!replay) {
      fprintf(stderr, "%s\n", err);
      free(app);
      return 2;
    }
  }
  char theme_path[1200];
  game_path(app, theme_path, sizeof theme_path, "assets/theme.ini");
  if (!ui_theme_load(&app->theme, theme_path, err, sizeof err)) {
    fprintf(stderr, "rapport: %s\n", err);
    gfx_replay_destroy(replay);
    free(app);
    return 1;
  }
  GfxConfig config = {.headless = opt->headless, .vsync = true, .title = "Rapport"};
  app->gfx = gfx_create(&config, err, sizeof err);
  if (!app->gfx) {
    fprintf(stderr, "rapport: %s\n", err);
    gfx_replay_destroy(replay);
    free(app);
    return 1;
  }
  app->ui = (UiCtx){app->gfx, &app->theme, 0.0};
  int status = 0;
  app->state = game_state_create(app, err, sizeof err);
  if (!app->state) {
    fprintf(stderr, "rapport: %s\n", err);
    gfx_destroy(app->gfx);
    gfx_replay_destroy(replay);
    free(app);
    return 1;
  }
  ui_stack_init(&app->stack);
  ui_stack_push(&app->stack, game_title_scene(app));
  ui_stack_apply(&app->stack, app);

  float *costs = opt->stats ? malloc(sizeof(float) * STATS_CAP) : NULL;
  long cost_count = 0;
  double first_frame_ms = -1;
  bool stepped = opt->headless || replay; /* one tick per frame: deterministic */
  double accumulator = 0, last = gfx_now_ms(app->gfx);
  long frame = 0;

  while (!app->quit) {
    if (replay) {
      GfxReplayStep step = gfx_replay_next(replay, app->gfx, ui_stack_top_name(&app->stack),
                                           opt->shot_dir, err, sizeof err);
      if (step == GFX_REPLAY_DONE) break;
      if (step == GFX_REPLAY_FAILED) {
        fprintf(stderr, "%s\n", err);
        status = 1;
        break;
      }
    } else if (opt->headless && frame >= opt->frames) {
      break;
    }
    double t0 = gfx_now_ms(app->gfx);
    if (!gfx_poll_input(app->gfx, &app->input)) {
      app->quit = true;
      break;
    }
    if (stepped) {
      tick(app);
    } else {
      double now = gfx_now_ms(app->gfx);
      accumulator += now - last;
      last = now;
      if (accumulator > 250) accumulator = 250; /* after a stall, do not spiral */
      int ticks = 0;
      while (accumulator >= 1000.0 / GFX_TICK_HZ && !app->quit) {
        tick(app);
        accumulator -= 1000.0 / GFX_TICK_HZ;
        ticks++;
      }
      (void)ticks;
    }
    if (app->quit) break;
    draw(app);
    double t1 = gfx_now_ms(app->gfx);
    if (first_frame_ms < 0) first_frame_ms = mono_ms() - opt->start_ms;
    if (costs && cost_count < STATS_CAP) costs[cost_count++] = (float)(t1 - t0);
    frame++;
  }
  if (costs) print_stats(costs, cost_count, first_frame_ms);
  free(costs);
  ui_stack_clear(&app->stack);
  game_state_destroy(app->state);
  gfx_destroy(app->gfx);
  gfx_replay_destroy(replay);
  free(app);
  return status;
}
