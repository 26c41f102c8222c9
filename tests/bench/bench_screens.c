/* bench_screens.c — what four screens cost, headless on SDL's software renderer: the mixer
 * floor (with cached layers and shape masks, and drawn directly for comparison), a
 * conversation, the teacher's dashboard with 300 and with 2,000 students, and the idle title screen.
 * For each: CPU per drawn frame (update + draw + present) and per idle tick (update + a
 * probe of the unchanged frame: what the window loop does while nothing changes), and that
 * idle cost as a share of one core at 60 ticks a second. A benchmark, not a test: it fails
 * only when a screen cannot be set up. usage: bench_screens [DIR for the saves]
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "game/app.h"
#include "game/dashboard_internal.h"
#include "game/scenes.h"
#include "game/state.h"
#include "save/save_class.h"
#include "script/script.h"

#define STUDENTS 300
#define YEAR_GROUP 2000
#define FRAMES 300
#define WARMUP 30

static double cpu_ms(void) {
  struct timespec ts;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return (double)ts.tv_sec * 1000.0 + (double)ts.tv_nsec / 1e6;
}

static int cmp_double(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return (x > y) - (x < y);
}

static void must(SaveStatus st, const char *msg, const char *what) {
  if (st == SAVE_OK) return;
  fprintf(stderr, "bench_screens: %s: %s\n", what, msg);
  exit(1);
}

/* A class of `students` in the teacher's save, one finished evening each, written straight
 * into it (the dashboard reads the same rows an import writes). */
static int64_t make_class(SaveDb *db, const char *name, int students) {
  char msg[512];
  int64_t cls = 0;
  must(save_class_create(db, name, &cls, msg, sizeof msg), msg, "class");
  for (int who = 0; who < students; who++) {
    SaveProfile p = {.clock_on = true, .class_id = cls};
    snprintf(p.name, sizeof p.name, "Student %04d", who + 1);
    must(save_profile_create(db, &p, msg, sizeof msg), msg, "profile");
    SaveSession s = {.profile_id = p.id, .seed = (uint64_t)who};
    must(save_guid_new(s.guid, sizeof s.guid, msg, sizeof msg), msg, "guid");
    snprintf(s.scenario, sizeof s.scenario, "career_fair");
    snprintf(s.started, sizeof s.started, "2026-11-04T09:%02d:00Z", who % 60);
    must(save_session_begin(db, &s, msg, sizeof msg), msg, "session");
    s.state = SAVE_SESSION_COMPLETED;
    s.depth_gain = (double)(who % 17);
    s.cards = who % 9;
    s.callable = who % 4;
    snprintf(s.ended, sizeof s.ended, "2026-11-04T10:%02d:00Z", who % 60);
    SaveSkills sk = {.session_id = s.id, .value = {who * 5 % 100, 40, 50, 60, 70, who % 100}};
    must(save_session_update(db, &s, &sk, NULL, 0, msg, sizeof msg), msg, "update");
  }
  return cls;
}

static void tick(GameApp *app) {
  UiScene *top = ui_stack_top(&app->stack);
  if (top) top->ops->update(top, app, &app->input);
  ui_stack_apply(&app->stack, app);
  app->time += 1.0 / GFX_TICK_HZ;
  app->ui.time = app->time;
  gfx_input_begin_frame(&app->input);
}

static void draw(GameApp *app) {
  gfx_begin_frame(app->gfx, ui_color(&app->theme, UI_C_BACKGROUND));
  ui_stack_draw(&app->stack, app, app->gfx);
  gfx_end_frame(app->gfx);
}

static double median(double *v, int n) {
  qsort(v, (size_t)n, sizeof v[0], cmp_double);
  return v[n / 2];
}

/* Drawn frames, then idle ticks, of whatever is on top now. */
static void measure(GameApp *app, const char *label) {
  static double drawn[FRAMES], idle[FRAMES];
  for (int f = 0; f < WARMUP; f++) {
    tick(app);
    draw(app);
  }
  for (int f = 0; f < FRAMES; f++) {
    double c0 = cpu_ms();
    tick(app);
    draw(app);
    drawn[f] = cpu_ms() - c0;
  }
  int changed = 0;
  uint64_t last = 0;
  for (int f = 0; f < FRAMES; f++) {
    double c0 = cpu_ms();
    tick(app);
    gfx_begin_probe(app->gfx);
    ui_stack_draw(&app->stack, app, app->gfx);
    uint64_t h = gfx_end_probe(app->gfx);
    idle[f] = cpu_ms() - c0;
    changed += f > 0 && h != last;
    last = h;
  }
  double d = median(drawn, FRAMES), i = median(idle, FRAMES);
  printf("  %-34s drawn frame %6.3f ms CPU   idle tick %6.3f ms (%4.1f%% of a core at 60 Hz; %d of %d ticks changed the picture)\n",
         label, d, i, i * GFX_TICK_HZ / 10.0, changed, FRAMES - 1);
  fflush(stdout);
}

int main(int argc, char **argv) {
  /* In memory when it can be: 2,300 students are 7,000 synced writes, minutes on a disk. */
  struct stat shm;
  const char *dir = argc > 1 ? argv[1]
                    : stat("/dev/shm", &shm) == 0 && S_ISDIR(shm.st_mode) ? "/dev/shm/rapport-bench-screens"
                                                                           : "/tmp/rapport-bench-screens";
  mkdir(dir, 0777);
  char teacher[1024], err[1024];
  snprintf(teacher, sizeof teacher, "%s/teacher.db", dir);
  char msg[512];
  remove(teacher);
  SaveDb *db = NULL;
  must(save_open(teacher, 0, &db, NULL, msg, sizeof msg), msg, "teacher");
  int64_t cls = make_class(db, "Year 11 networking", STUDENTS);
  int64_t year = make_class(db, "Year group", YEAR_GROUP);
  save_close(db);

  GameOptions opt = {.headless = true, .shot_dir = ".", .save_path = teacher};
  GameApp *app = calloc(1, sizeof *app);
  if (!app) return 1;
  app->options = &opt;
  snprintf(app->root, sizeof app->root, "%s", scr_root());
  ui_theme_defaults(&app->theme);
  GfxConfig config = {.headless = true, .title = "bench_screens"};
  app->gfx = gfx_create(&config, err, sizeof err);
  if (!app->gfx) {
    fprintf(stderr, "bench_screens: %s\n", err);
    return 1;
  }
  app->ui = (UiCtx){app->gfx, &app->theme, 0.0};
  app->state = game_state_create(app, err, sizeof err);
  if (!app->state) {
    fprintf(stderr, "bench_screens: %s\n", err);
    return 1;
  }
  ui_stack_init(&app->stack);
  printf("bench_screens: %d drawn frames and %d idle ticks per screen, headless, software renderer\n", FRAMES, FRAMES);

  ui_stack_push(&app->stack, game_title_scene(app));
  ui_stack_apply(&app->stack, app);
  measure(app, "title screen");
  app->theme.reduced_motion = true;
  measure(app, "title screen, reduced motion");
  app->theme.reduced_motion = false;

  if (!game_state_use_profile(app->state, "Bench", err, sizeof err) ||
      !game_state_load_scenario(app->state, "career_fair") ||
      !game_state_start_session(app->state, SIM_INTENT_ONE_REAL_CONVERSATION)) {
    fprintf(stderr, "bench_screens: cannot start the career fair: %s\n", err);
    return 1;
  }
  ui_stack_reset(&app->stack, game_floor_scene(app));
  ui_stack_apply(&app->stack, app);
  measure(app, "mixer floor (cached layers)");
  gfx_set_caching(app->gfx, false);
  measure(app, "mixer floor (drawn directly)");
  gfx_set_caching(app->gfx, true);

  game_talk_open(app, 0, SIM_JOIN_POLITE);
  ui_stack_apply(&app->stack, app);
  const char *top = ui_stack_top_name(&app->stack);
  char label[64];
  snprintf(label, sizeof label, "conversation (%s)", top ? top : "none");
  measure(app, label);

  ui_stack_reset(&app->stack, game_dashboard_scene(app, cls, NULL));
  ui_stack_apply(&app->stack, app);
  snprintf(label, sizeof label, "dashboard, %d students", STUDENTS);
  measure(app, label);
  ui_stack_reset(&app->stack, game_dashboard_scene(app, year, NULL));
  ui_stack_apply(&app->stack, app);
  snprintf(label, sizeof label, "dashboard, %d students", YEAR_GROUP);
  measure(app, label);
  /* Each layout (table alone, chart alone) at the largest text, as on a projector. */
  app->theme.scale_step = app->theme.scale_count - 1;
  DashScene *dash = (DashScene *)ui_stack_top(&app->stack);
  for (int l = 0; l < 2; l++) {
    tick(app);
    draw(app);
    snprintf(label, sizeof label, "dashboard, %d, 140%%, %s", YEAR_GROUP, dash->layout == L_CHART ? "chart" : "table");
    measure(app, label);
    app->input.clicked = true; /* the layout button: the next layout */
    app->input.click_x = app->input.mouse_x = dash->btn[B_LAYOUT].x + 4;
    app->input.click_y = app->input.mouse_y = dash->btn[B_LAYOUT].y + 4;
  }
  app->theme.scale_step = 0;

  struct rusage ru;
  getrusage(RUSAGE_SELF, &ru);
  printf("  peak RSS %ld KiB (headless: no window, no GL)\n", ru.ru_maxrss);
  ui_stack_clear(&app->stack);
  game_state_destroy(app->state);
  gfx_destroy(app->gfx);
  free(app);
  remove(teacher);
  char side[1100];
  snprintf(side, sizeof side, "%s-wal", teacher);
  remove(side);
  snprintf(side, sizeof side, "%s-shm", teacher);
  remove(side);
  rmdir(dir);
  return 0;
}
