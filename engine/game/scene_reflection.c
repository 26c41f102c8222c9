/* scene_reflection.c — after the debrief: an optional short journal entry (a multi-line
 * text box that wraps as you type), saved with save_reflection_set and shown again on the
 * progress screen; Skip leaves it. Then "a week passes" (game_week_scene).
 * Depends on state (the session's save row), the save and after.h.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "game/after.h"
#include "game/flow.h"
#include "game/scenes.h"
#include "game/state.h"
#include "gfx/text_layout.h"
#include "i18n/i18n.h"

#define REFLECTION_CHARS 500

typedef struct ReflectionScene {
  UiScene base;
  char text[REFLECTION_CHARS * 4 + 1];
  bool typing;                /* the box has focus (typed keys go into it) */
  UiButtonRow buttons;       /* 0 Save and continue, 1 Skip */
  GfxRect box;
  char note[300];
} ReflectionScene;

#define PROMPT TR("reflection.what_will_you_remember_from", "What will you remember from this event? One conversation, one thing you'd do again, or one " \
  "thing you'd change. It is kept with your progress.")

static int chars(const char *s) {
  int n = 0;
  for (; *s; s++) n += ((unsigned char)*s & 0xC0) != 0x80;
  return n;
}

static void type_text(ReflectionScene *s, const GfxInput *in) {
  if (in->text[0]) {
    char clean[GFX_TEXT_MAX * 2];
    gfx_utf8_sanitize(in->text, clean, sizeof clean);
    for (const char *p = clean; *p;) {
      int len = gfx_utf8_char_len(p);
      if (len <= 0) len = 1;
      size_t have = strlen(s->text);
      if ((unsigned char)*p >= 0x20 && chars(s->text) < REFLECTION_CHARS && have + (size_t)len < sizeof s->text) {
        memcpy(s->text + have, p, (size_t)len);
        s->text[have + (size_t)len] = '\0';
      }
      p += len;
    }
  }
  if (in->pressed[GFX_ACT_ERASE]) {
    size_t n = strlen(s->text);
    while (n > 0 && ((unsigned char)s->text[n - 1] & 0xC0) == 0x80) n--;
    if (n > 0) n--;
    s->text[n] = '\0';
  }
}

static void finish(ReflectionScene *s, GameApp *app, bool save) {
  GameStepData d = {.text = save ? s->text : ""};
  game_flow_step_done(app, GAME_STEP_REFLECTED, &d);
}

static void layout(ReflectionScene *s, GameApp *app) {
  const UiTheme *t = &app->theme;
  int y = ui_header_bottom(&app->ui, PROMPT);
  int bottom = ui_buttons_layout(&app->ui, &s->buttons) - t->unit * 3;
  s->box = (GfxRect){t->margin, y, GFX_WIDTH - 2 * t->margin, bottom - y};
}

static void reflection_update(UiScene *self, void *app_ptr, GfxInput *in) {
  ReflectionScene *s = (ReflectionScene *)self;
  GameApp *app = app_ptr;
  layout(s, app);
  if (ui_clicked(in, s->box)) s->typing = true;
  if (s->typing) {
    type_text(s, in);
    if (in->pressed[GFX_ACT_NEXT] || in->pressed[GFX_ACT_PREV] || in->pressed[GFX_ACT_BACK]) {
      s->typing = false;
      s->buttons.list.focus = 0;
    } else if (in->pressed[GFX_ACT_CONFIRM]) {
      finish(s, app, true);
    }
    int b = -1;
    for (int i = 0; i < s->buttons.count; i++)
      if (ui_clicked(in, s->buttons.rects[i])) b = i;
    if (b >= 0) finish(s, app, b == 0);
  } else {
    bool back_to_box = in->pressed[GFX_ACT_UP];
    int b = ui_buttons_update(&s->buttons, in, true);
    if (in->pressed[GFX_ACT_BACK]) b = 1;
    if (b >= 0) finish(s, app, b == 0);
    else if (back_to_box) s->typing = true;
  }
  in->text_active = s->typing;
}

static void reflection_draw(UiScene *self, void *app_ptr, Gfx *g) {
  ReflectionScene *s = (ReflectionScene *)self;
  GameApp *app = app_ptr;
  const UiTheme *t = &app->theme;
  ui_page_header(&app->ui, TR("reflection.a_moment_to_reflect", "A moment to reflect"), PROMPT);
  layout(s, app);
  GfxRect r = s->box;
  gfx_fill_round_rect(g, r, t->radius, ui_color(t, UI_C_SURFACE));
  gfx_outline_round_rect(g, r, t->radius, s->typing ? 2 : 1, ui_color(t, s->typing ? UI_C_ACCENT : UI_C_LINE));
  int pad = t->unit * 2;
  GfxRect inner = {r.x + pad, r.y + pad, r.w - 2 * pad, r.h - 2 * pad};
  int size = ui_size(t, UI_T_BODY);
  int lh = gfx_line_height(g, GFX_FONT_REGULAR, size);
  gfx_set_clip(g, &r);
  if (s->text[0]) {
    /* A steady caret at the end; keep the end of the text (where you type) in view. */
    char shown[sizeof s->text + 4];
    snprintf(shown, sizeof shown, "%s%s", s->text, s->typing ? "|" : "");
    int h = gfx_text_wrapped(g, GFX_FONT_REGULAR, size, ui_color(t, UI_C_INK), (GfxRect){0, 0, inner.w, 100000},
                             GFX_ALIGN_LEFT, shown, false);
    int y = inner.y;
    if (h > inner.h) y -= h - inner.h;
    gfx_text_wrapped(g, GFX_FONT_REGULAR, size, ui_color(t, UI_C_INK), (GfxRect){inner.x, y, inner.w, 100000},
                     GFX_ALIGN_LEFT, shown, true);
  } else {
    gfx_text_wrapped(g, GFX_FONT_REGULAR, size, ui_color(t, UI_C_INK_SOFT),
                     (GfxRect){inner.x + 8, inner.y, inner.w - 8, inner.h}, GFX_ALIGN_LEFT,
                     s->typing ? TR("reflection.type_here_enter_saves_it", "Type here. Enter saves it.") : TR("reflection.click_here_or_press_up", "Click here or press Up to write."), true);
    if (s->typing && (t->reduced_motion || fmod(app->ui.time, 1.0) < 0.6))
      gfx_fill_rect(g, (GfxRect){inner.x, inner.y + 2, 2, lh - 4}, ui_color(t, UI_C_ACCENT));
  }
  gfx_set_clip(g, NULL);
  if (s->typing) {
    ui_focus_ring(&app->ui, r);
    ui_announce_focus(&app->ui, TR("reflection.your_reflection", "Your reflection"), UI_KIND_TEXT_FIELD, s->text[0] ? s->text : "empty");
  }
  char count[64];
  snprintf(count, sizeof count, TR("reflection.of_characters", "%d of %d characters"), chars(s->text), REFLECTION_CHARS);
  int small = ui_size(t, UI_T_SMALL);
  gfx_text(g, GFX_FONT_REGULAR, small, ui_color(t, UI_C_INK_SOFT), r.x, r.y + r.h + t->unit / 2, GFX_ALIGN_LEFT, count);
  ui_buttons_draw(&app->ui, &s->buttons, !s->typing);
  ui_footer_hint(&app->ui, s->typing ? TR("reflection.type_your_note_enter_save", "Type your note   Enter: save and continue   Tab or Esc: to the buttons")
                                     : TR("reflection.tab_move_enter_or_click", "Tab: move   Enter or click: choose   Up: back to the note   Esc: skip"));
}

static void reflection_destroy(UiScene *self) { free(self); }

static const UiSceneOps REFLECTION_OPS = {
  .name = "reflection", .update = reflection_update, .draw = reflection_draw, .destroy = reflection_destroy,
};

UiScene *game_reflection_scene(GameApp *app) {
  (void)app;
  ReflectionScene *s = calloc(1, sizeof *s);
  if (!s) return NULL;
  s->base.ops = &REFLECTION_OPS;
  s->typing = true;
  const char *labels[] = {TR("reflection.save_and_continue", "Save and continue"), TR("reflection.skip", "Skip")};
  ui_buttons_init(&s->buttons, 2, labels);
  return &s->base;
}
