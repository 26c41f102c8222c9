/* test_ui_say.c — what self-voicing says about the focused element (engine/ui/widgets_say.c):
 * label, kind and state as one string; each widget drawn focused announces itself (button,
 * switch with its state, option, text field with its text or "empty"); drawn unfocused it
 * does not; the last focused element of a frame wins and a new frame starts empty.
 * Headless gfx (SDL's dummy driver).
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

static void format_label_kind_state(void **state) {
  (void)state;
  char out[UI_SAY_MAX];
  ui_announce_format(out, sizeof out, "Send the message", UI_KIND_BUTTON, NULL);
  assert_string_equal(out, "Send the message, button");
  ui_announce_format(out, sizeof out, "Offer something of value", UI_KIND_SWITCH, "on");
  assert_string_equal(out, "Offer something of value, switch, on");
  ui_announce_format(out, sizeof out, "Speed", UI_KIND_SETTING, "");
  assert_string_equal(out, "Speed, setting"); /* an empty state is left out */
  ui_announce_format(out, sizeof out, "", UI_KIND_CHOICE, "2 of 4");
  assert_string_equal(out, "Unlabelled, choice, 2 of 4"); /* never a bare comma */
  ui_announce_format(out, 12, "Send the message", UI_KIND_BUTTON, NULL);
  assert_string_equal(out, "Send the me"); /* truncated, still terminated */
  assert_string_equal(ui_kind_name(UI_KIND_TEXT_FIELD), "text field");
  assert_string_equal(ui_kind_name((UiKind)99), "");
}

static void widgets_announce_when_focused(void **state) {
  Fixture *f = *state;
  GfxRect r = {100, 100, 400, 60};
  gfx_begin_frame(f->gfx, (GfxColor){0, 0, 0, 255});
  ui_announce_begin(&f->ui);
  ui_button(&f->ui, r, "Back", UI_BUTTON_SECONDARY, false, true); /* hovered, not focused */
  assert_string_equal(ui_announce_text(&f->ui), "");
  ui_button(&f->ui, r, "Back", UI_BUTTON_SECONDARY, true, false);
  assert_string_equal(ui_announce_text(&f->ui), "Back, button");
  ui_toggle(&f->ui, r, "High contrast", "White text on black.", true, true, false);
  assert_string_equal(ui_announce_text(&f->ui), "High contrast, switch, on");
  ui_toggle(&f->ui, r, "Reduced motion", "No sliding.", false, true, false);
  assert_string_equal(ui_announce_text(&f->ui), "Reduced motion, switch, off");
  ui_chip(&f->ui, r, "Leave with one real conversation", true, true);
  assert_string_equal(ui_announce_text(&f->ui), "Leave with one real conversation, option, selected");
  ui_chip(&f->ui, r, "Meet five people", false, true);
  assert_string_equal(ui_announce_text(&f->ui), "Meet five people, option, not selected");
  UiTextField field = {.text = ""};
  ui_text_field_draw(&f->ui, r, &field, "Type your name", true);
  assert_string_equal(ui_announce_text(&f->ui), "Type your name, text field, empty");
  snprintf(field.text, sizeof field.text, "%s", "Ana");
  ui_text_field_draw(&f->ui, r, &field, "Type your name", true);
  assert_string_equal(ui_announce_text(&f->ui), "Type your name, text field, Ana");
  /* Drawn unfocused afterwards, nothing changes: the focused one stays this frame's. */
  ui_chip(&f->ui, r, "Meet five people", false, false);
  assert_string_equal(ui_announce_text(&f->ui), "Type your name, text field, Ana");
  gfx_end_frame(f->gfx);
  ui_announce_begin(&f->ui); /* the next frame starts with nothing focused */
  assert_string_equal(ui_announce_text(&f->ui), "");
}

static void button_row_announces_its_focused_button(void **state) {
  Fixture *f = *state;
  UiButtonRow row;
  const char *labels[] = {"Continue", "Back"};
  ui_buttons_init(&row, 2, labels);
  ui_buttons_layout(&f->ui, &row);
  gfx_begin_frame(f->gfx, (GfxColor){0, 0, 0, 255});
  ui_announce_begin(&f->ui);
  ui_buttons_draw(&f->ui, &row, true);
  assert_string_equal(ui_announce_text(&f->ui), "Continue, button");
  row.list.focus = 1;
  ui_announce_begin(&f->ui);
  ui_buttons_draw(&f->ui, &row, true);
  assert_string_equal(ui_announce_text(&f->ui), "Back, button");
  ui_announce_begin(&f->ui);
  ui_buttons_draw(&f->ui, &row, false); /* focus not shown: nothing has focus */
  assert_string_equal(ui_announce_text(&f->ui), "");
  gfx_end_frame(f->gfx);
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(format_label_kind_state),
    cmocka_unit_test(widgets_announce_when_focused),
    cmocka_unit_test(button_row_announces_its_focused_button),
  };
  return cmocka_run_group_tests(tests, setup, teardown);
}
