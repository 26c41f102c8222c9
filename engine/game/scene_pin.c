/* scene_pin.c — the teacher's PIN ("pin"), asked before the teacher's tools (dashboard,
 * roster, imports, export): set once on this computer (typed twice), then asked each time.
 * A wrong PIN says so; after three wrong tries the screen waits a little before the next.
 * On the right PIN it gives way to the teacher's screen for the class. The PIN is kept
 * hashed by the store (class_teacher.h).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "game/class_form.h"
#include "game/class_roster.h"
#include "game/class_teacher.h"
#include "game/scenes.h"
#include "i18n/i18n.h"

enum { P_PIN = 1, P_AGAIN, P_OK, P_BACK };
#define PIN_WAIT_SECONDS 20.0

/* Wrong tries in a row and the wait they earned, for the whole run: leaving the screen and
 * opening it again must not start the count afresh. */
static int pin_wrong;
static double pin_wait_until;

typedef struct PinScene {
  UiScene base;
  ClassForm form;
  int64_t class_id;
  bool setting;              /* no PIN yet: choose one */
  UiTextField pin, again;
  char message[256];
  bool message_error;
} PinScene;

static const char *subtitle(const PinScene *s) {
  return s->setting ? TR("pin.choose_a_pin_only_you", "Choose a PIN only you know: students on this computer can't open your tools without it.")
                    : TR("pin.type_your_teacher_pin_to", "Type your teacher PIN to open the class's results and tools.");
}

static void layout(PinScene *s, GameApp *app) {
  const UiTheme *t = &app->theme;
  int u = t->unit;
  int body_lh = gfx_line_height(app->gfx, GFX_FONT_BOLD, ui_size(t, UI_T_BODY));
  int fh = body_lh + u * 3, w = u * 45;
  int y = ui_header_bottom(&app->ui, subtitle(s)) + u * 3 + body_lh + u;
  game_form_begin(&s->form);
  ClassFormItem *it = game_form_add(&s->form, CF_FIELD, P_PIN, (GfxRect){t->margin, y, w, fh}, TR("pin.digits_only", "Digits only"));
  if (it) {
    it->field = &s->pin;
    it->masked = true;
  }
  y += fh + u * 3;
  if (s->setting) {
    y += body_lh + u;
    it = game_form_add(&s->form, CF_FIELD, P_AGAIN, (GfxRect){t->margin, y, w, fh}, TR("pin.the_same_digits_again", "The same digits again"));
    if (it) {
      it->field = &s->again;
      it->masked = true;
    }
    y += fh + u * 3;
  }
  game_form_add(&s->form, CF_PRIMARY, P_OK, (GfxRect){t->margin, y, w, ui_button_height(&app->ui)},
                 s->setting ? TR("pin.set_the_pin", "Set the PIN") : TR("pin.open", "Open"));
  game_form_add(&s->form, CF_BUTTON, P_BACK, ui_back_button_rect(&app->ui), TR("pin.back", "Back"));
  game_form_end(&s->form);
}

static void say(PinScene *s, bool error, const char *text) {
  snprintf(s->message, sizeof s->message, "%s", text);
  s->message_error = error;
}

static void submit(PinScene *s, GameApp *app) {
  GameState *st = app->state;
  if (s->setting) {
    char msg[256];
    if (strcmp(s->pin.text, s->again.text) != 0) {
      say(s, true, TR("pin.the_two_pins_are_not", "The two PINs are not the same. Type them again."));
      s->pin.text[0] = s->again.text[0] = '\0';
      game_form_focus(&s->form, P_PIN);
      return;
    }
    if (!game_teacher_pin_create(st, s->pin.text, msg, sizeof msg)) {
      say(s, true, msg);
      game_form_focus(&s->form, P_PIN);
      return;
    }
  } else {
    if (app->time < pin_wait_until) return;
    if (!game_teacher_unlock(st, s->class_id, s->pin.text)) {
      s->pin.text[0] = '\0';
      pin_wrong++;
      if (pin_wrong >= 3) {
        pin_wait_until = app->time + PIN_WAIT_SECONDS;
        pin_wrong = 0;
      } else {
        say(s, true, TR("pin.that_pin_is_not_right", "That PIN is not right. Try again."));
      }
      game_form_focus(&s->form, P_PIN);
      return;
    }
  }
  pin_wrong = 0;
  /* The PIN just set or checked unlocks this class's tools (the Students screen asks). */
  if (s->setting) game_teacher_unlock(st, s->class_id, s->pin.text);
  ui_stack_replace(&app->stack, game_teacher_scene(app, s->class_id));
}

static void pin_update(UiScene *self, void *app_ptr, GfxInput *in) {
  PinScene *s = (PinScene *)self;
  GameApp *app = app_ptr;
  layout(s, app);
  if (in->pressed[GFX_ACT_BACK]) {
    in->text_active = false;
    ui_stack_pop(&app->stack);
    return;
  }
  bool waiting = app->time < pin_wait_until;
  if (waiting) in->text[0] = '\0'; /* no typing while the screen waits */
  bool changed = false;
  int id = game_form_update(&s->form, in, &changed);
  if (changed) s->message[0] = '\0';
  if (id == P_PIN && s->setting) game_form_focus(&s->form, P_AGAIN);
  else if (id == P_PIN || id == P_AGAIN || id == P_OK) submit(s, app);
  else if (id == P_BACK) ui_stack_pop(&app->stack);
  if (app->stack.pending_count > 0) in->text_active = false;
}

static void pin_draw(UiScene *self, void *app_ptr, Gfx *g) {
  PinScene *s = (PinScene *)self;
  GameApp *app = app_ptr;
  const UiTheme *t = &app->theme;
  (void)g;
  layout(s, app);
  ui_page_header(&app->ui, s->setting ? TR("pin.set_a_teacher_pin", "Set a teacher PIN") : TR("pin.teacher_pin", "Teacher PIN"), subtitle(s));
  int body = ui_size(t, UI_T_BODY), lh = gfx_line_height(app->gfx, GFX_FONT_BOLD, body);
  GfxColor ink = ui_color(t, UI_C_INK);
  const ClassFormItem *ok = NULL;
  for (int i = 0; i < s->form.count; i++) {
    const ClassFormItem *it = &s->form.items[i];
    if (it->id == P_PIN)
      gfx_text(app->gfx, GFX_FONT_BOLD, body, ink, it->r.x, it->r.y - lh - t->unit, GFX_ALIGN_LEFT,
               s->setting ? TR("pin.new_pin_4_to_12", "New PIN (4 to 12 digits)") : "PIN");
    if (it->id == P_AGAIN)
      gfx_text(app->gfx, GFX_FONT_BOLD, body, ink, it->r.x, it->r.y - lh - t->unit, GFX_ALIGN_LEFT, TR("pin.the_pin_again", "The PIN again"));
    if (it->id == P_OK) ok = it;
  }
  game_form_draw(&app->ui, &s->form);
  char wait[160];
  const char *text = s->message;
  bool error = s->message_error;
  if (app->time < pin_wait_until) {
    int seconds = (int)(pin_wait_until - app->time) + 1;
    snprintf(wait, sizeof wait, TRN("pin.three_wrong_tries_wait", "Three wrong tries. Wait %d second, then try again.",
             "Three wrong tries. Wait %d seconds, then try again.", (unsigned long)seconds), seconds);
    text = wait;
    error = true;
  }
  if (ok && text[0])
    ui_text(&app->ui, GFX_FONT_REGULAR, UI_T_BODY, error ? UI_C_DANGER : UI_C_GOOD, ok->r.x,
            ok->r.y + ok->r.h + t->unit * 2, t->unit * 90, text);
  ui_footer_hint(&app->ui, TR("pin.type_the_digits_enter_done", "Type the digits   Enter: done   Tab: move   Esc: back"));
}

static void pin_destroy(UiScene *self) { free(self); }

static const UiSceneOps PIN_OPS = {
  .name = "pin", .update = pin_update, .draw = pin_draw, .destroy = pin_destroy,
};

UiScene *game_pin_scene(GameApp *app, int64_t class_id) {
  PinScene *s = calloc(1, sizeof *s);
  if (!s) return NULL;
  s->base.ops = &PIN_OPS;
  s->class_id = class_id;
  s->pin.max_chars = s->again.max_chars = 12;
  s->setting = !game_teacher_pin_set(app->state);
  layout(s, app);
  game_form_focus(&s->form, P_PIN);
  return &s->base;
}
