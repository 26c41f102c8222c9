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

#include "game/replay_state.h"
#include "game/scenes.h"
#include "game/language.h"
#include "game/state.h"
#include "game/voice.h"
#include "gfx/replay.h"
#include "script/script.h"
#include "i18n/i18n.h"

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
  game_voice_input(app); /* V and R work on every screen (not while typing: input.c) */
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
  ui_announce_begin(&app->ui);
  gfx_begin_frame(app->gfx, ui_color(&app->theme, UI_C_BACKGROUND));
  ui_stack_draw(&app->stack, app, app->gfx);
  draw_notice(app);
  gfx_end_frame(app->gfx);
}

/* The frame loop's clock. Headless runs and replays are stepped: one tick per loop, so a
 * replay gives the same state on any machine. A real window ticks at 60 Hz by the clock
 * (a replay in a window too, one tick per 1/60 s), sleeps in between on the event queue,
 * and draws a frame only when what it would show changed (frame_changed). */
typedef struct FrameLoop {
  bool stepped, windowed;
  double next_tick;          /* gfx_now_ms at which the next tick is due */
  long ticks, drawn;
  long still;                /* ticks since the picture last changed */
  uint64_t shown;            /* probe hash of the frame on screen */
  bool any_shown;
  bool every_frame;          /* $RAPPORT_DRAW_EVERY_FRAME: measure drawing itself */
} FrameLoop;

#define TICK_MS (1000.0 / GFX_TICK_HZ)
#define IDLE_AFTER_TICKS 30  /* half a second without change: the screen is idle */

/* Sleeps until the next tick is due, waking early for input (live play only). An idle
 * screen (nothing changed for a while, no input) sleeps longer and catches the ticks up
 * afterwards; with reduced motion nothing animates by itself, so it sleeps longer still. */
static void wait_for_tick(GameApp *app, FrameLoop *loop) {
  if (!loop->windowed) return;
  double now = gfx_now_ms(app->gfx);
  if (loop->stepped) { /* a replay in a window: real time, events are the replay's own */
    if (loop->next_tick > now) gfx_sleep_ms((int)(loop->next_tick - now));
    return;
  }
  double wait = loop->next_tick - now;
  /* (Under the 250 ms stall limit of run_ticks, so no game time is dropped.) */
  if (loop->still >= IDLE_AFTER_TICKS) wait += app->theme.reduced_motion ? 200.0 : 50.0;
  if (wait >= 1.0) gfx_wait_events(app->gfx, (int)wait);
}

static void run_ticks(GameApp *app, FrameLoop *loop) {
  if (loop->stepped) {
    tick(app);
    loop->ticks++;
    loop->next_tick += TICK_MS;
    return;
  }
  double now = gfx_now_ms(app->gfx);
  if (now - loop->next_tick > 250.0) loop->next_tick = now - 250.0; /* after a stall, do not spiral */
  while (now >= loop->next_tick && !app->quit) {
    tick(app);
    loop->ticks++;
    loop->next_tick += TICK_MS;
  }
}

/* Whether a frame must be drawn: always headless (every frame is a replay's frame); in a
 * window when the probe of this frame's drawing differs from the frame on screen, or the
 * window asks for it (exposed, resized) or a screenshot is due. */
static bool frame_changed(GameApp *app, FrameLoop *loop) {
  if (!loop->windowed || loop->every_frame) return true;
  bool forced = gfx_take_redraw_request(app->gfx);
  gfx_begin_probe(app->gfx);
  ui_announce_begin(&app->ui);
  ui_stack_draw(&app->stack, app, app->gfx);
  draw_notice(app);
  uint64_t h = gfx_end_probe(app->gfx);
  if (!forced && loop->any_shown && h == loop->shown) {
    loop->still++;
    return false;
  }
  loop->shown = h;
  loop->any_shown = true;
  loop->still = 0;
  return true;
}

/* --scenario ID [--profile NAME]: straight to that scenario's briefing (above the title),
 * or to the script error screen when the scenario is broken. */
static void start_at_scenario(GameApp *app) {
  const GameOptions *opt = app->options;
  char err[256];
  game_state_open_pending_save(app->state);
  if (!game_state_use_profile(app->state, opt->profile && *opt->profile ? opt->profile : TR("app.player", "Player"), err,
                              sizeof err))
    snprintf(app->state->save_notice, sizeof app->state->save_notice, "%s", err);
  game_state_apply_prefs(app->state, app);
  if (game_state_load_scenario(app->state, opt->scenario))
    ui_stack_push(&app->stack, game_briefing_scene(app));
  else
    ui_stack_push(&app->stack, game_script_error_scene(app, app->state->script_error));
}

/* Whether this frame's input could act on the save (anything but a bare mouse move). */
static bool acts(const GfxInput *in) {
  for (int i = 0; i < GFX_ACT_COUNT; i++)
    if (in->pressed[i]) return true;
  return in->number || in->text[0] || in->clicked || in->wheel;
}

static void find_root(GameApp *app) {
  const char *root = app->options->data_dir;
  snprintf(app->root, sizeof app->root, "%s", root && *root ? root : scr_root());
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
    gfx_replay_set_game(replay, game_replay_command, app); /* expect-state, expect-save, bot */
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
  /* The save first: it holds the renderer chosen in Settings (--renderer and
   * $RAPPORT_RENDERER win over it). */
  app->state = game_state_create_deferring(app, err, sizeof err);
  if (!app->state) {
    fprintf(stderr, "rapport: %s\n", err);
    gfx_replay_destroy(replay);
    free(app);
    return 1;
  }
  GfxConfig config = {.headless = opt->headless, .vsync = true, .title = TR("app.rapport", "Rapport"),
                      .font_dir = opt->font_dir, .renderer = opt->renderer,
                      .renderer_from_env = opt->renderer_from_env,
                      .gl_forced_software = opt->gl_forced_software};
  if (!opt->renderer_given) {
    config.renderer = (GfxRendererChoice)game_state_pref(app->state, GAME_PREF_RENDERER);
    config.renderer_from_setting = config.renderer != GFX_RENDERER_AUTO;
  }
  app->gfx = gfx_create(&config, err, sizeof err);
  if (!app->gfx) {
    fprintf(stderr, "rapport: %s\n", err);
    game_state_destroy(app->state);
    gfx_replay_destroy(replay);
    free(app);
    return 1;
  }
  /* Before the first scene is made, so every label is in the learner's language. */
  /* --language, else the language chosen in Settings, else the desktop's locale. */
  char language_notice[600], saved_language[16];
  const char *language = opt->language;
  if ((!language || opt->language_from_locale) &&
      game_state_language(app->state, saved_language, sizeof saved_language))
    language = saved_language;
  if (language && !game_language_use(app->root, language, &app->catalog,
                                      language_notice, sizeof language_notice)) {
    fprintf(stderr, "rapport: %s\n", language_notice);
    if (!app->state->save_notice[0])
      snprintf(app->state->save_notice, sizeof app->state->save_notice, "%s", language_notice);
  }
  app->ui = (UiCtx){app->gfx, &app->theme, 0.0};
  app->voice = game_voice_create(); /* NULL (out of memory): the game runs without it */
  int status = 0;
  ui_stack_init(&app->stack);
  ui_stack_push(&app->stack, game_title_scene(app));
  if (opt->scenario) start_at_scenario(app);
  ui_stack_apply(&app->stack, app);

  float *costs = opt->stats ? malloc(sizeof(float) * STATS_CAP * 2) : NULL;
  if (opt->stats) fprintf(stderr, "stats: renderer=%s\n", gfx_renderer_summary(app->gfx));
  FrameLoop loop = {.stepped = opt->headless || replay, .windowed = !opt->headless,
                    .next_tick = gfx_now_ms(app->gfx)};
  loop.every_frame = opt->draw_every_frame;
  long cost_count = 0;
  double first_frame_ms = -1, cpu_start = cpu_ms();

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
    } else if (opt->headless && loop.ticks >= opt->frames) {
      break;
    }
    wait_for_tick(app, &loop);
    double t0 = gfx_now_ms(app->gfx), c0 = costs ? cpu_ms() : 0;
    if (!gfx_poll_input(app->gfx, &app->input)) {
      app->quit = true;
      break;
    }
    /* A save that does not exist yet is created once the first frame is up, or before
     * the first input that could use it (game_state_open_pending_save). */
    if (app->state->save_pending && (loop.drawn > 0 || acts(&app->input)))
      game_state_open_pending_save(app->state);
    run_ticks(app, &loop);
    if (app->quit) break;
    if (!frame_changed(app, &loop)) {
      game_voice_frame(app); /* the probe drew it: its focus is this frame's */
      continue;
    }
    draw(app);
    game_voice_frame(app);
    loop.drawn++;
    double t1 = gfx_now_ms(app->gfx);
    if (first_frame_ms < 0) {
      first_frame_ms = mono_ms() - opt->start_ms;
      if (costs) { /* CPU to the first frame: what a busy machine's scheduling does not inflate */
        struct rusage ru;
        getrusage(RUSAGE_SELF, &ru);
        fprintf(stderr, "stats: first_frame_cpu_ms=%.1f\n",
                (double)(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) * 1000.0 +
                    (double)(ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1000.0);
      }
    }
    if (costs && cost_count < STATS_CAP) {
      costs[STATS_CAP + cost_count] = (float)(cpu_ms() - c0);
      costs[cost_count++] = (float)(t1 - t0);
    }
  }
  if (costs) {
    fprintf(stderr, "stats: ticks=%ld drawn=%ld cpu_ms_per_tick=%.3f (all work, drawn or not)\n", loop.ticks, loop.drawn,
            loop.ticks ? (cpu_ms() - cpu_start) / (double)loop.ticks : 0.0);
  }
  if (costs) print_stats(costs, cost_count, first_frame_ms);
  free(costs);
  ui_stack_clear(&app->stack);
  game_voice_destroy(app->voice); /* before SDL closes: it may hold an audio device */
  game_state_destroy(app->state);
  i18n_use(NULL);
  i18n_catalog_free(app->catalog);
  gfx_destroy(app->gfx);
  gfx_replay_destroy(replay);
  free(app);
  return status;
}
