/* test_game_dashboard_scale.c — the teacher's dashboard at class scale (issues 14, 16, 17):
 * drawn headless from a teacher's save of 30 and of 300 students (some under the workshop
 * code, some without it, some not at all): it opens anonymous; "played without the code" is
 * told apart from "no finished session yet"; students on one spot are one dot with their
 * count; the skill bars have a legend; the table sorts by keyboard (a focused heading and
 * Enter, again for the other direction) and by mouse (the headings); the habits view shows
 * follow-ups sent, leaving early, rests and each student's difficulty, sortable, at 100% and
 * 140% text; no word on the chart overprints another; focused headings and rows say what
 * they are; the layouts (table and chart, table alone, chart alone) give the table alone at
 * least 10 rows a page at 100% and 8 at 140%, say the page, and Down runs on across pages. Screenshots dashboard_scale_*.bmp are left in the working directory to be
 * looked at. Needs SDL's dummy driver and RAPPORT_ROOT.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "test_game_app.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <sqlite3.h>

#include "game/app.h"
#include "game/dashboard_internal.h"
#include "game/scenes.h"
#include "game/state.h"
#include "save/save_class.h"
#include "script/script.h"
#include "sim/workshop.h"

static void must(SaveStatus st, const char *msg) {
  if (st != SAVE_OK) fail_msg("%s", msg);
}

/* Student k of n: every 10th has not played, every 7th played without the code; the rest
 * played under it, many on the same spot (no cards, no depth) and the others spread out. */
enum { ANON_OFFSET = 100 }; /* see make_class */

static void make_class(const char *path, int n, const char *code, int64_t *cls) {
  char msg[512];
  remove(path);
  SaveDb *db = NULL;
  must(save_open(path, 0, &db, NULL, msg, sizeof msg), msg);
  must(save_class_create(db, "Year 11", cls, msg, sizeof msg), msg);
  for (int k = 1; k <= n; k++) {
    SaveProfile p = {.class_id = *cls, .clock_on = true};
    snprintf(p.name, sizeof p.name, "Pupil %03d Longname-Hyphenated", k);
    must(save_profile_create(db, &p, msg, sizeof msg), msg);
    if (k % 10 == 0) continue;
    SaveSession s = {.profile_id = p.id, .seed = 4242};
    must(save_guid_new(s.guid, sizeof s.guid, msg, sizeof msg), msg);
    snprintf(s.scenario, sizeof s.scenario, "career_fair");
    snprintf(s.workshop, sizeof s.workshop, "%s", k % 7 == 0 ? "" : code);
    snprintf(s.started, sizeof s.started, "2026-11-04T09:%02d:00Z", k % 60);
    must(save_session_begin(db, &s, msg, sizeof msg), msg);
    s.state = SAVE_SESSION_COMPLETED;
    bool spot = k % 3 == 0;
    s.depth_gain = spot ? 0.0 : (double)(k * 37 % 80);
    s.cards = spot ? 0 : k * 5 % 12;
    s.callable = spot ? 0 : k % 5;
    snprintf(s.ended, sizeof s.ended, "2026-11-04T10:%02d:00Z", k % 60);
    /* Habits: follow-ups k % 4 (student 3 sends the most among the first ones), leaving
     * early every 5th, rests k % 3, difficulty k % 3 (gentle, standard, challenging). */
    s.followups = k % 4;
    s.left_early = k % 5 == 1;
    s.rests = k % 3;
    s.difficulty = k % 3;
    SaveSkills sk = {.session_id = s.id, .value = {k * 5 % 100, 40, 50, 60, 70, k % 100}};
    must(save_session_update(db, &s, &sk, NULL, 0, msg, sizeof msg), msg);
  }
  save_close(db);
  /* Anonymous numbers are random per class (tested in the store's tests); here each is its
   * class number + ANON_OFFSET, so the test knows them and can tell them from class numbers. */
  sqlite3 *raw = NULL;
  assert_int_equal(sqlite3_open(path, &raw), SQLITE_OK);
  char sql[160]; /* in two steps: anon is unique per class, and random values lie in between */
  snprintf(sql, sizeof sql, "UPDATE class_members SET anon = -number; UPDATE class_members SET anon = %d - anon",
           ANON_OFFSET);
  assert_int_equal(sqlite3_exec(raw, sql, NULL, NULL, NULL), SQLITE_OK);
  sqlite3_close(raw);
}

typedef struct Fixture {
  char dir[256], save[512];
  GameOptions options;
  GameApp *app;
} Fixture;

static void tick(GameApp *app) {
  UiScene *top = ui_stack_top(&app->stack);
  if (top) top->ops->update(top, app, &app->input);
  ui_stack_apply(&app->stack, app);
  gfx_input_begin_frame(&app->input);
}

static const char *draw(GameApp *app, const char *shot) {
  ui_announce_begin(&app->ui);
  gfx_begin_frame(app->gfx, ui_color(&app->theme, UI_C_BACKGROUND));
  ui_stack_draw(&app->stack, app, app->gfx);
  if (shot) gfx_request_screenshot(app->gfx, shot);
  gfx_end_frame(app->gfx);
  return gfx_drawn_text(app->gfx);
}

/* The first table row drawn ("Student N", one line of the frame's text), into out. */
static void first_row(const char *text, char *out, size_t outlen) {
  out[0] = '\0';
  for (const char *p = strstr(text, "\nStudent "); p; p = strstr(p + 1, "\nStudent "))
    if (p[9] >= '0' && p[9] <= '9') {
      const char *end = strchr(p + 1, '\n');
      snprintf(out, outlen, "%.*s", (int)(end ? end - p - 1 : (long)strlen(p + 1)), p + 1);
      return;
    }
}

static void open_dashboard(Fixture *f, int n) {
  memset(f, 0, sizeof *f);
  const char *base = getenv("TMPDIR");
  snprintf(f->dir, sizeof f->dir, "%s/rapport-dash-XXXXXX", base && base[0] ? base : "/tmp");
  assert_non_null(mkdtemp(f->dir));
  snprintf(f->save, sizeof f->save, "%s/teacher.db", f->dir);
  SimWorkshop w = {.scenario_hash = sim_workshop_scenario_hash("career_fair"), .seed = 4242, .clock_on = true};
  char code[SIM_WORKSHOP_CODE_MAX];
  assert_int_equal(sim_workshop_encode(&w, code, sizeof code), SIM_WORKSHOP_OK);
  int64_t cls = 0;
  /* Each class size is written once (thousands of small transactions) and copied after. */
  static char made[2][600];
  static int64_t made_cls[2];
  int slot = n == 30 ? 0 : 1;
  if (!made[slot][0]) {
    snprintf(made[slot], sizeof made[slot], "%s/rapport-dash-class-%d-%ld.db", base && base[0] ? base : "/tmp", n, (long)getpid());
    make_class(made[slot], n, code, &made_cls[slot]);
  }
  char cmd[1400];
  snprintf(cmd, sizeof cmd, "cp '%s' '%s'", made[slot], f->save);
  assert_int_equal(system(cmd), 0);
  cls = made_cls[slot];
  f->options = (GameOptions){.headless = true, .save_path = f->save};
  f->app = tga_open(&f->options, "test_game_dashboard_scale");
  GameApp *app = f->app;
  ui_stack_push(&app->stack, game_dashboard_scene(app, cls, code));
  ui_stack_apply(&app->stack, app);
  tick(app);
}

static void close_dashboard(Fixture *f) {
  tga_close(f->app);
  char cmd[600];
  snprintf(cmd, sizeof cmd, "rm -rf '%s'", f->dir);
  assert_int_equal(system(cmd), 0);
}

static void press(GameApp *app, GfxAction a) {
  app->input.pressed[a] = true;
  tick(app);
}

static void click(GameApp *app, int x, int y) {
  app->input.clicked = true;
  app->input.click_x = app->input.mouse_x = x;
  app->input.click_y = app->input.mouse_y = y;
  tick(app);
}

/* Clicks the layout button until the dashboard shows `layout` (L_*). */
static void show_layout(GameApp *app, int layout) {
  for (int guard = 0; guard < LAYOUTS; guard++) {
    DashScene *ds = (DashScene *)ui_stack_top(&app->stack);
    if (ds->layout == layout) return;
    click(app, ds->btn[B_LAYOUT].x + 4, ds->btn[B_LAYOUT].y + 4);
  }
  fail_msg("the layout button never showed layout %d", layout);
}

/* No word on the chart overprints another (labels, counts, axis words, the diamonds). */
static void check_chart(GameApp *app, const char *where) {
  int was = ((const DashScene *)ui_stack_top(&app->stack))->layout;
  if (was == L_TABLE) show_layout(app, L_CHART); /* the table alone has no chart */
  draw(app, "dashboard_chart_checked.bmp"); /* the last one checked, to look at on failure */
  const DashScene *ds = (const DashScene *)ui_stack_top(&app->stack);
  char why[256];
  if (!game_dash_chart_words_clear(ds, why, sizeof why)) fail_msg("%s: %s", where, why);
  assert_true(ds->mark_count > 0);
  int bots = 0;
  for (int i = 0; i < ds->label_count; i++) bots += ds->labels[i].bot;
  assert_int_equal(bots, BOTS); /* every bot's name found a place */
  show_layout(app, was);
}

static void check_class(int n) {
  Fixture f;
  open_dashboard(&f, n);
  GameApp *app = f.app;
  char shot[64], want[160];
  snprintf(shot, sizeof shot, "dashboard_scale_%d.bmp", n);
  const char *text = draw(app, shot);
  /* Anonymous first: numbers, never names. */
  assert_non_null(strstr(text, "Student "));
  assert_null(strstr(text, "Pupil"));
  assert_false(game_dashboard_names_shown(ui_stack_top(&app->stack)));
  /* The four states: played under the code, without it, started nothing (student 10). */
  int off = 0, none = 0;
  for (int k = 1; k <= n; k++) {
    if (k % 10 == 0) none++;
    else if (k % 7 == 0) off++;
  }
  snprintf(want, sizeof want, "%d of %d students have played; %d played without the code.", n - off - none, n, off);
  assert_non_null(strstr(text, want));
  /* Students on one spot (every third: no cards, no depth) are one dot with their count. */
  int spot = 0;
  for (int k = 1; k <= n; k++) spot += k % 3 == 0 && k % 10 != 0 && k % 7 != 0;
  snprintf(want, sizeof want, "\n%d\n", spot);
  assert_non_null(strstr(text, "count on a dot"));
  assert_non_null(strstr(text, want));
  /* ...and not as their own numbers (with 30, 3 and 6 are no other figure on this page; with
   * 300 they are also the counts of smaller groups). */
  if (n == 30) {
    /* (Only the class's part: the bots' own figures for the evening may be any number.) */
    const char *bots = strstr(text, "What the strategies do");
    size_t len = bots ? (size_t)(bots - text) : strlen(text);
    char *cls = malloc(len + 1);
    assert_non_null(cls);
    memcpy(cls, text, len);
    cls[len] = '\0';
    assert_null(strstr(cls, "\n3\n"));
    assert_null(strstr(cls, "\n6\n"));
    free(cls);
  }
  assert_non_null(strstr(text, "Class skill averages, in the order of the table's bars"));
  /* Keyboard: Down from the buttons wraps to the view tabs, Down again to the headings;
   * Right to "Depth+", Enter sorts by it, the deepest first. */
  press(app, GFX_ACT_DOWN);
  press(app, GFX_ACT_DOWN);
  press(app, GFX_ACT_RIGHT);
  text = draw(app, NULL);
  assert_string_equal(ui_announce_text(&app->ui), "Sort by depth gained, column, not sorted");
  press(app, GFX_ACT_CONFIRM);
  text = draw(app, NULL);
  assert_non_null(strstr(text, "\u25beDepth+"));
  assert_string_equal(ui_announce_text(&app->ui), "Sort by depth gained, column, sorted descending");
  int best = 0;
  double top = -1;
  for (int k = 1; k <= n; k++) {
    if (k % 10 == 0 || k % 7 == 0) continue;
    double d = k % 3 == 0 ? 0.0 : (double)(k * 37 % 80);
    if (d > top) top = d, best = k;
  }
  char row[64];
  snprintf(want, sizeof want, "Student %d", best + ANON_OFFSET);
  first_row(text, row, sizeof row);
  assert_string_equal(row, want); /* the first row drawn is the deepest */
  snprintf(shot, sizeof shot, "dashboard_scale_%d_sorted.bmp", n);
  draw(app, shot);
  /* Enter again: the other way (students with no session stay last). */
  press(app, GFX_ACT_CONFIRM);
  text = draw(app, NULL);
  assert_non_null(strstr(text, "\u25b4Depth+"));
  assert_string_equal(ui_announce_text(&app->ui), "Sort by depth gained, column, sorted ascending");
  first_row(text, row, sizeof row);
  assert_string_equal(row, "Student 103"); /* no depth: the first by number among the shallowest */
  /* Down onto the first row: self-voicing says the student, the figures, the difficulty,
   * the place. */
  press(app, GFX_ACT_DOWN);
  draw(app, NULL);
  snprintf(want, sizeof want, "Student 103, row, depth 0, 0 you could call, 0 cards, Gentle, 1 of %d", n);
  assert_string_equal(ui_announce_text(&app->ui), want);
  /* Mouse: clicking the "Student" heading goes back to order by number. */
  DashScene *ds = (DashScene *)ui_stack_top(&app->stack);
  click(app, ds->head[0].x + 4, ds->head[0].y + 4);
  text = draw(app, NULL);
  first_row(text, row, sizeof row);
  assert_string_equal(row, "Student 101");
  assert_non_null(strstr(text, "Student \u25b4"));
  /* Next page (Up from the headings to the tabs, Up again to the buttons, Right four
   * times: Layout, Top five, Previous, Next): a student who played without the code (7 or 14,
   * whichever the page holds) and student 10, who did not play, each said in their row. */
  press(app, GFX_ACT_UP);
  press(app, GFX_ACT_UP);
  for (int k = 0; k < 4; k++) press(app, GFX_ACT_RIGHT);
  draw(app, NULL);
  assert_string_equal(ui_announce_text(&app->ui), "Next, button");
  press(app, GFX_ACT_CONFIRM);
  text = draw(app, NULL);
  first_row(text, row, sizeof row);
  assert_string_not_equal(row, "Student 101");
  assert_non_null(strstr(text, "Student 110\nno finished session yet\n"));
  assert_true(strstr(text, "Student 107\nplayed without the code\n") ||
              strstr(text, "Student 114\nplayed without the code\n"));
  check_chart(app, "100%");
  close_dashboard(&f);
}

/* The largest text in high contrast with pages (30 students): the table alone across the
 * width (the view tabs on the title's line), paged, still anonymous; then the chart alone,
 * one panel at a time (dashboard_scale_30_largest*.bmp are looked at for the button row:
 * Top five gives way when it would run under Back). */
static void test_dashboard_largest_text(void **unused) {
  (void)unused;
  Fixture f;
  open_dashboard(&f, 30);
  GameApp *app = f.app;
  app->theme.scale_step = app->theme.scale_count - 1;
  app->theme.high_contrast = true;
  tick(app);
  const char *text = draw(app, "dashboard_scale_30_largest.bmp");
  assert_non_null(strstr(text, "Layout: table"));
  assert_non_null(strstr(text, "Next"));
  assert_non_null(strstr(text, "Previous"));
  assert_non_null(strstr(text, "Student 101\n"));
  assert_null(strstr(text, "Show: skills")); /* no chart, so no chart panels */
  assert_null(strstr(text, "What the strategies do"));
  assert_null(strstr(text, "Pupil"));
  show_layout(app, L_CHART);
  text = draw(app, "dashboard_scale_30_largest_chart.bmp");
  assert_non_null(strstr(text, "Layout: chart"));
  assert_non_null(strstr(text, "Show: skills"));
  assert_non_null(strstr(text, "Cards collected against depth gained"));
  assert_null(strstr(text, "Student 101\n")); /* no table */
  assert_null(strstr(text, "Next")); /* nothing to page */
  close_dashboard(&f);
}

/* Rows a page (issue 14, a projector at 140%): the table alone shows at least 8 rows at
 * 140% text and 10 at 100%, says the page, and pages to the end; the layout button cycles
 * table and chart, table alone, chart alone, by keyboard too. Before this layout, the
 * dashboard showed 5 rows at 100% and 4 at 140%. */
static void check_rows(int n, bool largest) {
  Fixture f;
  open_dashboard(&f, n);
  GameApp *app = f.app;
  if (largest) app->theme.scale_step = app->theme.scale_count - 1;
  tick(app);
  DashScene *ds = (DashScene *)ui_stack_top(&app->stack);
  /* Large text starts with the table alone; 100% with the chart beside the table. */
  assert_int_equal(ds->layout, largest ? L_TABLE : L_BOTH);
  char shot[80], want[160];
  int beside = 4; /* at 140%, side by side, before the layouts (one panel beside the table) */
  if (!largest) {
    show_layout(app, L_BOTH);
    snprintf(shot, sizeof shot, "dashboard_both_%d.bmp", n);
    draw(app, shot);
    beside = ds->per_page;
  } else { /* side by side is not offered at 140%: table, chart, table again */
    click(app, ds->btn[B_LAYOUT].x + 4, ds->btn[B_LAYOUT].y + 4);
    draw(app, NULL);
    assert_int_equal(ds->layout, L_CHART);
    click(app, ds->btn[B_LAYOUT].x + 4, ds->btn[B_LAYOUT].y + 4);
    draw(app, NULL);
    assert_int_equal(ds->layout, L_TABLE);
  }
  show_layout(app, L_TABLE);
  snprintf(shot, sizeof shot, "dashboard_rows_%d%s.bmp", n, largest ? "_largest" : "");
  const char *text = draw(app, shot);
  int per = ds->per_page, pages = (n + per - 1) / per;
  print_message("%d students at %s: %d rows a page beside the chart (140%%: before the layouts), %d alone (%d pages)\n", n,
                largest ? "140%" : "100%", beside, per, pages);
  assert_true(per >= (largest ? 8 : 10));
  assert_true(per > beside);
  /* Every row of the page is drawn, and said: the first and the last. */
  snprintf(want, sizeof want, "Students 1-%d of %d, page 1 of %d", per, n, pages);
  assert_non_null(strstr(text, want));
  snprintf(want, sizeof want, "\nStudent %d\n", ANON_OFFSET + per);
  assert_non_null(strstr(text, want));
  snprintf(want, sizeof want, "\nStudent %d\n", ANON_OFFSET + per + 1);
  assert_null(strstr(text, want));
  assert_null(strstr(text, "What the strategies do"));
  /* Down from the page's last row: the next page's first row; Up: back again. */
  ds->farea = F_ROWS;
  ds->fidx[F_ROWS] = per - 1;
  press(app, GFX_ACT_DOWN);
  text = draw(app, NULL);
  snprintf(want, sizeof want, "Student %d, row, ", ANON_OFFSET + per + 1);
  assert_int_equal(strncmp(ui_announce_text(&app->ui), want, strlen(want)), 0);
  snprintf(want, sizeof want, "Students %d-%d of %d, page 2 of %d", per + 1, 2 * per < n ? 2 * per : n, n, pages);
  assert_non_null(strstr(text, want));
  press(app, GFX_ACT_UP);
  draw(app, NULL);
  snprintf(want, sizeof want, "Student %d, row, ", ANON_OFFSET + per);
  assert_int_equal(strncmp(ui_announce_text(&app->ui), want, strlen(want)), 0);
  assert_int_equal(ds->page, 0);
  /* Page Down, End, Home, Page Up: the pages, wherever the focus is. */
  press(app, GFX_ACT_PAGE_NEXT);
  assert_int_equal(ds->page, 1);
  press(app, GFX_ACT_PAGE_LAST);
  assert_int_equal(ds->page, pages - 1);
  press(app, GFX_ACT_PAGE_NEXT); /* no further than the last */
  assert_int_equal(ds->page, pages - 1);
  press(app, GFX_ACT_PAGE_FIRST);
  assert_int_equal(ds->page, 0);
  press(app, GFX_ACT_PAGE_NEXT);
  press(app, GFX_ACT_PAGE_PREV);
  assert_int_equal(ds->page, 0);
  text = draw(app, NULL);
  assert_non_null(strstr(text, "Page Up/Down, Home, End: pages"));
  /* The last page by the Previous button (it wraps round from the first). */
  click(app, ds->btn[B_PREV].x + 4, ds->btn[B_PREV].y + 4);
  text = draw(app, NULL);
  snprintf(want, sizeof want, "Students %d-%d of %d, page %d of %d", (pages - 1) * per + 1, n, n, pages, pages);
  assert_non_null(strstr(text, want));
  /* Keyboard: the layout button (Right from Anonymous), Enter: the chart alone. */
  ds->farea = F_BUTTONS;
  ds->fidx[F_BUTTONS] = B_ANON;
  press(app, GFX_ACT_RIGHT);
  draw(app, NULL);
  assert_string_equal(ui_announce_text(&app->ui), "Layout: table, button");
  press(app, GFX_ACT_CONFIRM);
  assert_int_equal(ds->layout, L_CHART);
  snprintf(shot, sizeof shot, "dashboard_chart_%d%s.bmp", n, largest ? "_largest" : "");
  text = draw(app, shot);
  assert_string_equal(ui_announce_text(&app->ui), "Layout: chart, button");
  assert_null(strstr(text, "\nStudent 10"));
  close_dashboard(&f);
}

static void test_rows_30(void **unused) { (void)unused; check_rows(30, false); }
static void test_rows_30_largest(void **unused) { (void)unused; check_rows(30, true); }
static void test_rows_300(void **unused) { (void)unused; check_rows(300, false); }
static void test_rows_300_largest(void **unused) { (void)unused; check_rows(300, true); }

/* The habits view at 100% or 140% text: follow-ups, leaving early, rests and each student's
 * difficulty in its own sortable columns, said when focused; then the chart's words. */
static void check_habits(int n, bool largest) {
  Fixture f;
  open_dashboard(&f, n);
  GameApp *app = f.app;
  const char *size = largest ? "140%" : "100%";
  if (largest) app->theme.scale_step = app->theme.scale_count - 1;
  tick(app);
  check_chart(app, size);
  press(app, GFX_ACT_DOWN); /* from the buttons round to the view tabs */
  press(app, GFX_ACT_RIGHT);
  const char *text = draw(app, NULL);
  assert_string_equal(ui_announce_text(&app->ui), "Habits, tab, shown, 2 of 2");
  /* Student 1: one follow-up, left early, rested once, standard. */
  assert_non_null(strstr(text, "Student 101\n1\nyes\n1\nStandard\n"));
  assert_non_null(strstr(text, "Student 102\n2\nno\n2\nChallenging\n"));
  assert_non_null(strstr(text, "Student 103\n3\nno\n0\nGentle\n"));
  if (largest) { /* the table alone: the full headings fit */
    assert_non_null(strstr(text, "\nFollow-ups\n"));
  } else {
    assert_non_null(strstr(text, "\nSent\n")); /* short headings, explained under the table */
    assert_non_null(strstr(text, "Sent: follow-ups. Early: left before the end."));
  }
  if (!strstr(text, "Played at:")) { draw(app, "dashboard_habits_failed.bmp"); fail_msg("no Played at in: %s", text); }
  /* Down to the headings, Right to follow-ups, Enter: the most first. */
  press(app, GFX_ACT_DOWN);
  press(app, GFX_ACT_RIGHT);
  press(app, GFX_ACT_CONFIRM);
  text = draw(app, NULL);
  assert_string_equal(ui_announce_text(&app->ui), "Sort by follow-ups sent, column, sorted descending");
  char row[64], want[200], shot[64];
  first_row(text, row, sizeof row);
  assert_string_equal(row, "Student 103");
  snprintf(shot, sizeof shot, "dashboard_scale_%d_habits%s.bmp", n, largest ? "_largest" : "");
  draw(app, shot);
  press(app, GFX_ACT_DOWN);
  draw(app, NULL);
  snprintf(want, sizeof want, "Student 103, row, 3 follow-ups sent, stayed to the end, rested 0 times, Gentle, 1 of %d", n);
  assert_string_equal(ui_announce_text(&app->ui), want);
  /* Left on a row: the other view over the same row. */
  press(app, GFX_ACT_LEFT);
  draw(app, NULL);
  snprintf(want, sizeof want, "Student 103, row, depth 0, 0 you could call, 0 cards, Gentle, 1 of %d", n);
  assert_string_equal(ui_announce_text(&app->ui), want);
  press(app, GFX_ACT_RIGHT);
  /* The difficulty heading (Up to the headings, Right three times), Enter: hardest first. */
  press(app, GFX_ACT_UP);
  for (int k = 0; k < 3; k++) press(app, GFX_ACT_RIGHT);
  press(app, GFX_ACT_CONFIRM);
  text = draw(app, NULL);
  assert_string_equal(ui_announce_text(&app->ui), "Sort by difficulty, column, sorted descending");
  assert_non_null(strstr(text, largest ? "\u25beDifficulty" : "\u25beLevel"));
  first_row(text, row, sizeof row);
  assert_string_equal(row, "Student 102");
  check_chart(app, size);
  close_dashboard(&f);
}

static void test_habits_30(void **unused) {
  (void)unused;
  check_habits(30, false);
}

static void test_habits_30_largest(void **unused) {
  (void)unused;
  check_habits(30, true);
}

static void test_habits_300_largest(void **unused) {
  (void)unused;
  check_habits(300, true);
}

static void test_dashboard_30(void **unused) {
  (void)unused;
  check_class(30);
}

static void test_dashboard_300(void **unused) {
  (void)unused;
  check_class(300);
}

static int remove_made(void **unused) {
  (void)unused;
  char cmd[700];
  const char *base = getenv("TMPDIR");
  snprintf(cmd, sizeof cmd, "rm -f '%s'/rapport-dash-class-*-%ld.db*", base && base[0] ? base : "/tmp", (long)getpid());
  return system(cmd) == 0 ? 0 : -1;
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_dashboard_30),
    cmocka_unit_test(test_dashboard_300),
    cmocka_unit_test(test_dashboard_largest_text),
    cmocka_unit_test(test_habits_30),
    cmocka_unit_test(test_habits_30_largest),
    cmocka_unit_test(test_habits_300_largest),
    cmocka_unit_test(test_rows_30),
    cmocka_unit_test(test_rows_30_largest),
    cmocka_unit_test(test_rows_300),
    cmocka_unit_test(test_rows_300_largest),
  };
  return cmocka_run_group_tests(tests, NULL, remove_made);
}
