/* test_ui_widgets.c — the widget kit (engine/ui/widgets*.c) on its own, with only gfx
 * beneath it: the button row sits right-aligned above the footer, primary button on the
 * right, and reacts to Tab, clicks and Enter; tabs switch with Left/Right and clicks;
 * text is fitted with an ellipsis on a character boundary; scroll state follows focus and
 * clamps; the page measures grow with the text size. Headless gfx (SDL's dummy driver).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "ui/widgets.h"

typedef struct Fixture {
  Gfx *gfx;
  UiTheme theme;
  UiCtx ui;
} Fixture;

static int setup(void **state) {
  static Fixture f;
  char err[256] = "";
  GfxConfig cfg = {.headless = true, .text_cache_capacity = 64};
  f.gfx = gfx_create(&cfg, err, sizeof err);
  if (!f.gfx) {
    fprintf(stderr, "gfx_create: %s\n", err);
    return -1;
  }
  ui_theme_defaults(&f.theme);
  f.ui = (UiCtx){.gfx = f.gfx, .theme = &f.theme, .time = 0};
  *state = &f;
  return 0;
}

static int teardown(void **state) {
  Fixture *f = *state;
  gfx_destroy(f->gfx);
  return 0;
}

static GfxInput no_input(void) {
  GfxInput in;
  memset(&in, 0, sizeof in);
  in.mouse_x = in.mouse_y = -1;
  return in;
}

static void button_row_sits_above_the_footer(void **state) {
  Fixture *f = *state;
  static const char *const labels[] = {"Continue", "Back"};
  UiButtonRow row;
  ui_buttons_init(&row, 2, labels);
  int top = ui_buttons_layout(&f->ui, &row);
  int u = f->theme.unit;
  assert_int_equal(top, row.rects[0].y);
  assert_int_equal(row.rects[0].y + row.rects[0].h, ui_footer_top(&f->ui) - u * 2);
  assert_int_equal(row.rects[0].x + row.rects[0].w, GFX_WIDTH - f->theme.margin); /* primary on the right */
  assert_true(row.rects[1].x + row.rects[1].w < row.rects[0].x);                 /* Back to its left */
  GfxInput in = no_input();
  in.pressed[GFX_ACT_NEXT] = true;                                               /* Tab moves focus */
  assert_int_equal(ui_buttons_update(&row, &in, true), -1);
  assert_int_equal(row.list.focus, 1);
  in = no_input();
  in.pressed[GFX_ACT_CONFIRM] = true;
  assert_int_equal(ui_buttons_update(&row, &in, false), -1);                      /* Enter left to the caller */
  assert_int_equal(ui_buttons_update(&row, &in, true), 1);
  in = no_input();
  in.clicked = true;
  in.click_x = row.rects[0].x + 3;
  in.click_y = row.rects[0].y + 3;
  assert_int_equal(ui_buttons_update(&row, &in, true), 0);
  assert_int_equal(row.list.focus, 0);
}

static void tabs_switch_by_keys_and_clicks(void **state) {
  Fixture *f = *state;
  UiTabs tabs = {.count = 3, .active = 0, .labels = {"History", "Skills", "People"}};
  int h = ui_tabs_layout(&f->ui, &tabs, f->theme.margin, 100);
  assert_true(h > tabs.rects[0].h);
  for (int i = 1; i < 3; i++) assert_true(tabs.rects[i].x >= tabs.rects[i - 1].x + tabs.rects[i - 1].w);
  GfxInput in = no_input();
  in.pressed[GFX_ACT_LEFT] = true; /* wraps to the last */
  assert_true(ui_tabs_update(&tabs, &in));
  assert_int_equal(tabs.active, 2);
  in = no_input();
  in.clicked = true;
  in.click_x = tabs.rects[1].x + 1;
  in.click_y = tabs.rects[1].y + 1;
  assert_true(ui_tabs_update(&tabs, &in));
  assert_int_equal(tabs.active, 1);
  in = no_input();
  assert_false(ui_tabs_update(&tabs, &in));
}

static void fit_cuts_on_a_character_boundary(void **state) {
  Fixture *f = *state;
  char out[64];
  ui_fit(&f->ui, GFX_FONT_REGULAR, UI_T_BODY, "short", 1000, out, sizeof out);
  assert_string_equal(out, "short");
  ui_fit(&f->ui, GFX_FONT_REGULAR, UI_T_BODY, "Zoë Ng, Zoë Ng, Zoë Ng, Zoë Ng", 80, out, sizeof out);
  size_t n = strlen(out);
  assert_true(n >= 3 && n < strlen("Zoë Ng, Zoë Ng, Zoë Ng, Zoë Ng"));
  assert_string_equal(out + n - 3, "\u2026");
  int w, h;
  gfx_measure(f->gfx, GFX_FONT_REGULAR, ui_size(&f->theme, UI_T_BODY), out, &w, &h);
  assert_true(w <= 80);
  for (size_t i = 0; i + 3 < n; i++) assert_true((unsigned char)out[i] != 0xC3 || ((unsigned char)out[i + 1] & 0xC0) == 0x80);
}

static void scroll_follows_focus_and_clamps(void **state) {
  Fixture *f = *state;
  f->theme.reduced_motion = true; /* jumps, so one update settles */
  UiScroll s = {.content_h = 1000, .view_h = 200};
  GfxRect view = {0, 0, 400, 200};
  ui_scroll_follow(&s, 500, 40);
  GfxInput in = no_input();
  ui_scroll_update(&s, &in, view, &f->theme);
  assert_true(s.offset <= 500.0f && s.offset + 200.0f >= 540.0f); /* the row is in view */
  ui_scroll_follow(&s, 5000, 40);                                  /* past the end: clamped */
  ui_scroll_update(&s, &in, view, &f->theme);
  assert_true(s.offset == 800.0f);
  in.wheel = 100;
  in.mouse_x = in.mouse_y = 10;
  ui_scroll_update(&s, &in, view, &f->theme);
  assert_true(s.offset == 0.0f);
  f->theme.reduced_motion = false;
}

static void page_measures_grow_with_text_size(void **state) {
  Fixture *f = *state;
  int step = f->theme.scale_step;
  f->theme.scale_step = 0;
  int bh = ui_button_height(&f->ui), foot = ui_footer_top(&f->ui);
  int text = ui_text_height(&f->ui, GFX_FONT_REGULAR, UI_T_BODY, 300, "A sentence long enough to wrap onto a second line at this width.");
  f->theme.scale_step = f->theme.scale_count - 1;
  assert_true(ui_button_height(&f->ui) > bh);
  assert_true(ui_footer_top(&f->ui) < foot);
  assert_true(ui_text_height(&f->ui, GFX_FONT_REGULAR, UI_T_BODY, 300,
                             "A sentence long enough to wrap onto a second line at this width.") > text);
  GfxRect back = ui_back_button_rect(&f->ui);
  assert_int_equal(back.y + back.h, ui_footer_top(&f->ui) - f->theme.unit * 2);
  assert_int_equal(ui_text_height(&f->ui, GFX_FONT_REGULAR, UI_T_BODY, 300, ""), 0);
  f->theme.scale_step = step;
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(button_row_sits_above_the_footer),
    cmocka_unit_test(tabs_switch_by_keys_and_clicks),
    cmocka_unit_test(fit_cuts_on_a_character_boundary),
    cmocka_unit_test(scroll_follows_focus_and_clamps),
    cmocka_unit_test(page_measures_grow_with_text_size),
  };
  return cmocka_run_group_tests(tests, setup, teardown);
}
