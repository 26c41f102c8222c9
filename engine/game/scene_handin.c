/* scene_handin.c — "Hand in my results" ("handin"), opened from the debrief: the results
 * code to type into the class page, what the hand-in holds, and the hand-in file written
 * to a folder the student picks (the Desktop, a USB drive, the saves folder, or a typed
 * folder), saying exactly where it went. Writing again replaces the same file, so handing
 * in twice never counts twice. Depends on class_teacher.h (the store's hand-in) and
 * class_folders.h.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "game/class_folders.h"
#include "game/class_form.h"
#include "game/class_teacher.h"
#include "game/scenes.h"
#include "i18n/i18n.h"

enum { H_FIELD = 1, H_SAVE, H_BACK, H_FOLDER = 100 };

typedef struct HandinScene {
  UiScene base;
  ClassForm form;
  ClassFolder folders[CLASS_FOLDERS_MAX];
  int folder_count;
  UiTextField path;
  char code[64];
  char code_note[256];
  char message[2400];
  bool message_error;
} HandinScene;

#define SUBTITLE TR("handin.give_your_teacher_this_evenings", "Give your teacher this evening's results: a short code, or a file.")

static void write_to(HandinScene *s, GameApp *app, const char *typed) {
  char folder[512], why[512], path[1024];
  if (!game_folder_check(typed, folder, sizeof folder, why, sizeof why)) {
    snprintf(s->message, sizeof s->message, "%s", why);
    s->message_error = true;
    return;
  }
  if (!game_handin_write(app->state, folder, path, sizeof path, why, sizeof why)) {
    snprintf(s->message, sizeof s->message, TR("handin.not_saved", "Not saved: %s"), why);
    s->message_error = true;
    return;
  }
  snprintf(s->message, sizeof s->message, TR("handin.saved_your_results_are_in", "Saved: %s Your results are in the file %s"), why, path);
  s->message_error = false;
}

/* Left: the code and what is handed in. Right: where the file goes. */
static void layout(HandinScene *s, GameApp *app) {
  const UiTheme *t = &app->theme;
  int u = t->unit;
  int top = ui_header_bottom(&app->ui, SUBTITLE) + u * 2;
  int rx = t->margin + u * 66, rw = GFX_WIDTH - t->margin - rx;
  int bh = ui_button_height(&app->ui);
  int body_lh = gfx_line_height(app->gfx, GFX_FONT_BOLD, ui_size(t, UI_T_BODY));
  game_form_begin(&s->form);
  int y = top + body_lh + u;
  for (int i = 0; i < s->folder_count; i++) {
    game_form_add(&s->form, CF_BUTTON, H_FOLDER + i, (GfxRect){rx, y, rw, bh}, s->folders[i].label);
    y += bh + u;
  }
  y += u * 2 + body_lh + u;
  ClassFormItem *f = game_form_add(&s->form, CF_FIELD, H_FIELD, (GfxRect){rx, y, rw, body_lh + u * 3},
                                    TR("handin.or_type_a_folder_e", "Or type a folder, e.g. /media/you/USB"));
  if (f) f->field = &s->path;
  y += body_lh + u * 4;
  game_form_add(&s->form, CF_PRIMARY, H_SAVE, (GfxRect){rx, y, rw, bh}, TR("handin.save_to_the_folder_typed", "Save to the folder typed above"));
  GfxRect back = ui_back_button_rect(&app->ui);
  int lw = 0, lh = 0;
  gfx_measure(app->gfx, GFX_FONT_BOLD, ui_size(t, UI_T_BODY), TR("handin.back_to_the_debrief", "Back to the debrief"), &lw, &lh);
  back.w = lw + u * 6;
  game_form_add(&s->form, CF_BUTTON, H_BACK, back, TR("handin.back_to_the_debrief", "Back to the debrief"));
  game_form_end(&s->form);
}

static void handin_update(UiScene *self, void *app_ptr, GfxInput *in) {
  HandinScene *s = (HandinScene *)self;
  GameApp *app = app_ptr;
  layout(s, app);
  if (in->pressed[GFX_ACT_BACK]) {
    in->text_active = false;
    ui_stack_pop(&app->stack);
    return;
  }
  bool changed = false;
  int id = game_form_update(&s->form, in, &changed);
  if (changed) s->message[0] = '\0';
  if (id >= H_FOLDER && id < H_FOLDER + s->folder_count) {
    /* Shown in the box when it fits (the file goes to the folder chosen either way). */
    const char *path = s->folders[id - H_FOLDER].path;
    size_t n = strlen(path);
    if (n < sizeof s->path.text) memcpy(s->path.text, path, n + 1);
    else s->path.text[0] = '\0';
    write_to(s, app, s->folders[id - H_FOLDER].path);
  } else if (id == H_FIELD || id == H_SAVE) {
    write_to(s, app, s->path.text);
  } else if (id == H_BACK) {
    in->text_active = false;
    ui_stack_pop(&app->stack);
  }
  if (app->stack.pending_count > 0) in->text_active = false;
}

static void handin_draw(UiScene *self, void *app_ptr, Gfx *g) {
  HandinScene *s = (HandinScene *)self;
  GameApp *app = app_ptr;
  const UiTheme *t = &app->theme;
  int u = t->unit;
  (void)g;
  layout(s, app);
  ui_page_header(&app->ui, TR("handin.hand_in_my_results", "Hand in my results"), SUBTITLE);
  int top = ui_header_bottom(&app->ui, SUBTITLE) + u * 2;
  int x = t->margin, w = u * 62;
  int body = ui_size(t, UI_T_BODY);
  GfxColor ink = ui_color(t, UI_C_INK);
  int y = top;
  gfx_text(app->gfx, GFX_FONT_BOLD, body, ink, x, y, GFX_ALIGN_LEFT, TR("handin.your_results_code", "Your results code"));
  y += gfx_line_height(app->gfx, GFX_FONT_BOLD, body) + u;
  /* The code on one line (a break inside it would be typed as part of it): the largest
   * type it fits in. */
  if (s->code[0]) {
    UiType type = UI_T_HEADING;
    static const UiType sizes[3] = {UI_T_HEADING, UI_T_SUBHEADING, UI_T_BODY};
    for (int k = 0; k < 3; k++) {
      int cw = 0, ch = 0;
      type = sizes[k];
      gfx_measure(app->gfx, GFX_FONT_BOLD, ui_size(t, type), s->code, &cw, &ch);
      if (cw <= w) break;
    }
    y += ui_text(&app->ui, GFX_FONT_BOLD, type, UI_C_ACCENT, x, y, w, s->code) + u;
  }
  /* The two paragraphs in the largest type that keeps them above Back (the largest text
   * sizes would otherwise run under it). */
  int bottom = ui_back_button_rect(&app->ui).y - u * 2;
  int head_h = gfx_line_height(app->gfx, GFX_FONT_BOLD, body) + u;
  static const UiType para[3] = {UI_T_BODY, UI_T_SMALL, UI_T_TAG};
  UiType pt = UI_T_TAG;
  for (int k = 0; k < 3; k++) {
    pt = para[k];
    int h = ui_text_height(&app->ui, GFX_FONT_REGULAR, pt, w, s->code_note) + u * 3 + head_h +
            ui_text_height(&app->ui, GFX_FONT_REGULAR, pt, w, game_handin_contents());
    if (y + h <= bottom) break;
  }
  y += ui_text(&app->ui, GFX_FONT_REGULAR, pt, UI_C_INK, x, y, w, s->code_note) + u * 3;
  gfx_text(app->gfx, GFX_FONT_BOLD, body, ink, x, y, GFX_ALIGN_LEFT, TR("handin.what_you_hand_in", "What you hand in"));
  y += head_h;
  ui_text(&app->ui, GFX_FONT_REGULAR, pt, UI_C_INK, x, y, w, game_handin_contents());
  /* The right column's headings, above the items the form placed. */
  int rx = s->form.items[0].r.x;
  gfx_text(app->gfx, GFX_FONT_BOLD, body, ink, rx, top, GFX_ALIGN_LEFT, TR("handin.or_save_a_file_to", "Or save a file to"));
  for (int i = 0; i < s->form.count; i++)
    if (s->form.items[i].id == H_FIELD)
      gfx_text(app->gfx, GFX_FONT_BOLD, body, ink, rx, s->form.items[i].r.y - gfx_line_height(app->gfx, GFX_FONT_BOLD, body) - u,
               GFX_ALIGN_LEFT, TR("handin.another_folder", "Another folder"));
  game_form_draw(&app->ui, &s->form);
  if (s->message[0]) {
    const ClassFormItem *save = NULL;
    for (int i = 0; i < s->form.count; i++)
      if (s->form.items[i].id == H_SAVE) save = &s->form.items[i];
    if (save)
      ui_text(&app->ui, GFX_FONT_REGULAR, UI_T_SMALL, s->message_error ? UI_C_DANGER : UI_C_GOOD, save->r.x,
              save->r.y + save->r.h + u * 2, save->r.w, s->message);
  }
  ui_footer_hint(&app->ui, game_form_typing(&s->form) ? TR("handin.type_a_folder_enter_save", "Type a folder   Enter: save   Tab: move   Esc: back")
                                                    : TR("handin.up_down_or_tab_move", "Up/Down or Tab: move   Enter: choose   Esc: back"));
}

static void handin_destroy(UiScene *self) { free(self); }

static const UiSceneOps HANDIN_OPS = {
  .name = "handin", .update = handin_update, .draw = handin_draw, .destroy = handin_destroy,
};

UiScene *game_handin_scene(GameApp *app) {
  HandinScene *s = calloc(1, sizeof *s);
  if (!s) return NULL;
  s->base.ops = &HANDIN_OPS;
  s->path.max_chars = 60;
  char why[256] = "";
  if (game_handin_code(app->state, s->code, sizeof s->code, why, sizeof why))
    snprintf(s->code_note, sizeof s->code_note, TR("handin.type_this_into_your_class", "Type this into your class page if your teacher asks."));
  else
    snprintf(s->code_note, sizeof s->code_note, "%s", why);
  s->folder_count = game_folders_find(app->state->save_path, s->folders, CLASS_FOLDERS_MAX);
  layout(s, app);
  game_form_focus(&s->form, s->folder_count > 0 ? H_FOLDER : H_FIELD);
  return &s->base;
}
