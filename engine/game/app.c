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

/* CPU time of this thread: a frame's cost that a busy machine does not inflate. */
static double cpu_ms(void) {
  struct timespec ts;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return (double)ts.tv_sec * 1000.0 + (double)ts.tv_nsec / 1e6;
}

static void percentiles(float *v, long n, double *median, double *p95) {
  *median = *p95 = 0;
  if (n <= 0) return;
  qsort(v, (size_t)n, sizeof v[0], compare_float);
  *median = v[n / 2];
  *p95 = v[(long)((double)(n - 1) * 0.95)];
}

/* `costs` holds n wall-clock frame costs followed by n CPU-time frame costs. */
static void print_stats(float *costs, long n, double first_frame_ms) {
  struct rusage ru;
  getrusage(RUSAGE_SELF, &ru);
  double median, p95, cpu_median, cpu_p95;
  percentiles(costs, n, &median, &p95);
  percentiles(costs + STATS_CAP, n, &cpu_median, &cpu_p95);
  fprintf(stderr,
          "stats: frames=%ld frame_ms_median=%.3f frame_ms_p95=%.3f cpu_ms_median=%.3f cpu_ms_p95=%.3f "
          "first_frame_ms=%.1f peak_rss_kb=%ld\n",
          n, median, p95, cpu_median, cpu_p95, first_frame_ms, ru.ru_maxrss);
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

#define NOTICE_SECONDS 8.0

/* The save's notice (a write failed, ...) as a calm banner over any scene but the title,
 * which shows it in its own panel; it fades out by itself after a few seconds. */
static void draw_notice(GameApp *app) {
  GameState *st = app->state;
  const char *top = ui_stack_top_name(&app->stack);
  if (!st->save_notice[0] || !top || strcmp(top, "title") == 0) return;
  if (st->notice_since <= 0) st->notice_since = app->time > 0 ? app->time : 0.001;
  if (app->time - st->notice_since > NOTICE_SECONDS) {
    st->save_notice[0] = '\0';
    st->notice_since = 0;
    return;
  }
  const UiTheme *t = &app->theme;
  int size = ui_size(t, UI_T_SMALL);
  int w = 760;
  int h = gfx_text_wrapped(app->gfx, GFX_FONT_REGULAR, size, ui_color(t, UI_C_INK),
                           (GfxRect){0, 0, w - 40, 400}, GFX_ALIGN_LEFT, st->save_notice, false);
  GfxRect r = {(GFX_WIDTH - w) / 2, t->unit * 2, w, h + t->unit * 3};
  ui_panel(&app->ui, r, UI_C_SURFACE);
  gfx_fill_round_rect(app->gfx, (GfxRect){r.x, r.y, 6, r.h}, 3, ui_color(t, UI_C_GOLD));
  gfx_text_wrapped(app->gfx, GFX_FONT_REGULAR, size, ui_color(t, UI_C_INK),
                   (GfxRect){r.x + 24, r.y + t->unit + t->unit / 2, w - 40, h}, GFX_ALIGN_LEFT, st->save_notice, true);
}

static void draw(GameApp *app) {
  gfx_begin_frame(app->gfx, ui_color(&app->theme, UI_C_BACKGROUND));
  ui_stack_draw(&app->stack, app, app->gfx);
  draw_notice(app);
  gfx_end_frame(app->gfx);
}

/* --scenario ID [--profile NAME]: straight to that scenario's briefing (above the title),
 * or to the script error screen when the scenario is broken. */
static void start_at_scenario(GameApp *app) {
  const GameOptions *opt = app->options;
  char err[256];
  if (!game_state_use_profile(app->state, opt->profile && *opt->profile ? opt->profile : "Player", err,
                              sizeof err))
    snprintf(app->state->save_notice, sizeof app->state->save_notice, "%s", err);
  game_state_apply_prefs(app->state, app);
  if (game_state_load_scenario(app->state, opt->scenario))
    ui_stack_push(&app->stack, game_briefing_scene(app));
  else
    ui_stack_push(&app->stack, game_script_error_scene(app, app->state->script_error));
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
  char openers_path[1200];
  game_path(app, openers_path, sizeof openers_path, "assets/openers.ini");
  if (!game_openers_load(&app->openers, openers_path, err, sizeof err)) {
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
  if (opt->scenario) start_at_scenario(app);
  ui_stack_apply(&app->stack, app);

  float *costs = opt->stats ? malloc(sizeof(float) * STATS_CAP * 2) : NULL;
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
    double t0 = gfx_now_ms(app->gfx), c0 = costs ? cpu_ms() : 0;
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
    if (costs && cost_count < STATS_CAP) {
      costs[STATS_CAP + cost_count] = (float)(cpu_ms() - c0);
      costs[cost_count++] = (float)(t1 - t0);
    }
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
