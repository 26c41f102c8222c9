/* class_form.c — the classroom screens' form kit (see class_form.h): items re-added each
 * frame by the screen's layout, one keyboard focus kept by id, typing into the focused box,
 * a click or Enter activating. Multi-line boxes take Enter as a new line.
 */
#include "game/class_form.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n/i18n.h"

void game_form_begin(ClassForm *f) { f->count = 0; }

ClassFormItem *game_form_add(ClassForm *f, ClassFormKind kind, int id, GfxRect r, const char *label) {
  if (f->count >= CLASS_FORM_MAX) return NULL;
  ClassFormItem *it = &f->items[f->count++];
  memset(it, 0, sizeof *it);
  it->kind = kind;
  it->id = id;
  it->r = r;
  snprintf(it->label, sizeof it->label, "%s", label ? label : "");
  return it;
}

void game_form_end(ClassForm *f) {
  f->focus = 0;
  for (int i = 0; i < f->count; i++)
    if (f->items[i].id == f->focus_id) f->focus = i;
  if (f->count > 0) f->focus_id = f->items[f->focus].id;
}

void game_form_focus(ClassForm *f, int id) {
  for (int i = 0; i < f->count; i++)
    if (f->items[i].id == id) {
      f->focus = i;
      f->focus_id = id;
      return;
    }
  f->focus_id = id; /* laid out next frame */
}

int game_form_focused_id(const ClassForm *f) {
  return f->count > 0 ? f->items[f->focus].id : f->focus_id;
}

static bool is_box(const ClassFormItem *it) { return it->kind == CF_FIELD || it->kind == CF_AREA; }

bool game_form_typing(const ClassForm *f) { return f->count > 0 && is_box(&f->items[f->focus]); }

bool game_area_paste(ClassArea *a) {
  char *clip = malloc(CLASS_AREA_MAX);
  size_t need = clip ? gfx_clipboard_read(clip, CLASS_AREA_MAX, true) : 0;
  size_t have = strlen(a->text);
  bool gap = have > 0 && a->text[have - 1] != '\n'; /* the paste starts a line of its own */
  a->notice_error = true;
  if (!clip || need == 0) {
    snprintf(a->notice, sizeof a->notice, "%s", TR("form.paste_nothing", "There is no text to paste: copy the codes first."));
  } else if (have + (gap ? 1 : 0) + need + 1 > sizeof a->text) {
    snprintf(a->notice, sizeof a->notice,
             TR("form.paste_too_long", "Nothing pasted: that is %zu KB and the box holds %zu KB. Paste and import it in parts."),
             (need + 1023) / 1024, sizeof a->text / 1024);
  } else {
    int lines = 0;
    for (size_t i = 0; i < need; i++) lines += clip[i] == '\n';
    if (need > 0 && clip[need - 1] != '\n') lines++;
    if (gap) a->text[have++] = '\n';
    memcpy(a->text + have, clip, need + 1);
    snprintf(a->notice, sizeof a->notice, TRN("form.pasted", "Pasted %d line.", "Pasted %d lines.", (unsigned long)lines), lines);
    a->notice_error = false;
  }
  free(clip);
  return !a->notice_error;
}

/* Appends typed text to a multi-line box; Backspace erases one character. */
static bool area_update(ClassArea *a, const GfxInput *in) {
  bool changed = false;
  if (in->pressed[GFX_ACT_PASTE]) changed = game_area_paste(a);
  if (in->text[0]) {
    size_t have = strlen(a->text), add = strlen(in->text);
    if (have + add < sizeof a->text) {
      memcpy(a->text + have, in->text, add + 1);
      changed = true;
    }
  }
  if (in->pressed[GFX_ACT_CONFIRM]) {
    size_t have = strlen(a->text);
    if (have + 1 < sizeof a->text) {
      a->text[have] = '\n';
      a->text[have + 1] = '\0';
      changed = true;
    }
  }
  if (in->pressed[GFX_ACT_ERASE]) {
    size_t n = strlen(a->text);
    while (n > 0 && ((unsigned char)a->text[n - 1] & 0xC0) == 0x80) n--;
    if (n > 0) n--;
    if (n != strlen(a->text)) changed = true;
    a->text[n] = '\0';
  }
  return changed;
}

/* The next item in reading order from `from` in direction dir (Left/Right: same row only). */
static int step_row(const ClassForm *f, int from, int dir) {
  const ClassFormItem *a = &f->items[from];
  int best = -1, best_dx = 0;
  for (int i = 0; i < f->count; i++) {
    const ClassFormItem *b = &f->items[i];
    if (i == from || b->r.y + b->r.h <= a->r.y || b->r.y >= a->r.y + a->r.h) continue;
    int dx = (b->r.x - a->r.x) * dir;
    if (dx > 0 && (best < 0 || dx < best_dx)) {
      best = i;
      best_dx = dx;
    }
  }
  return best;
}

int game_form_update(ClassForm *f, GfxInput *in, bool *changed) {
  if (changed) *changed = false;
  if (f->count == 0) return -1;
  ClassFormItem *cur = &f->items[f->focus];
  bool typing = is_box(cur);
  bool area = cur->kind == CF_AREA;
  if (cur->kind == CF_FIELD && cur->field && ui_text_field_update(cur->field, in) && changed) *changed = true;
  if (area && cur->area && area_update(cur->area, in) && changed) *changed = true;
  int n = f->count, next = f->focus;
  /* In a multi-line box Up/Down would be expected to move the caret: only Tab leaves it. */
  if (in->pressed[GFX_ACT_NEXT] || (!area && in->pressed[GFX_ACT_DOWN])) next = (f->focus + 1) % n;
  if (in->pressed[GFX_ACT_PREV] || (!area && in->pressed[GFX_ACT_UP])) next = (f->focus + n - 1) % n;
  if (!typing && (in->pressed[GFX_ACT_LEFT] || in->pressed[GFX_ACT_RIGHT])) {
    int k = step_row(f, f->focus, in->pressed[GFX_ACT_RIGHT] ? 1 : -1);
    if (k >= 0) next = k;
  }
  int activated = -1;
  if (in->mouse_moved)
    for (int i = 0; i < n; i++)
      if (!is_box(&f->items[i]) && ui_hit(f->items[i].r, in->mouse_x, in->mouse_y)) next = i;
  if (in->clicked)
    for (int i = 0; i < n; i++)
      if (ui_hit(f->items[i].r, in->click_x, in->click_y)) {
        next = i;
        if (!is_box(&f->items[i])) activated = f->items[i].id;
      }
  if (activated < 0 && next == f->focus && !area && in->pressed[GFX_ACT_CONFIRM]) activated = cur->id;
  f->focus = next;
  f->focus_id = f->items[next].id;
  in->text_active = is_box(&f->items[next]);
  return activated;
}

int game_form_area_height(UiCtx *ui, int lines) {
  int lh = gfx_line_height(ui->gfx, GFX_FONT_REGULAR, ui_size(ui->theme, UI_T_BODY));
  return lh * lines + ui->theme->unit * 3;
}

/* The last lines of a multi-line box that fit, with a caret after the text. */
static void draw_area(UiCtx *ui, const ClassFormItem *it, bool focused) {
  const UiTheme *t = ui->theme;
  GfxRect r = it->r;
  gfx_fill_round_rect(ui->gfx, r, t->radius / 2, ui_color(t, UI_C_SURFACE));
  gfx_outline_round_rect(ui->gfx, r, t->radius / 2, focused ? 2 : 1, ui_color(t, focused ? UI_C_ACCENT : UI_C_LINE));
  int size = ui_size(t, UI_T_BODY);
  int lh = gfx_line_height(ui->gfx, GFX_FONT_REGULAR, size);
  int fit = (r.h - t->unit * 2) / lh;
  const char *text = it->area ? it->area->text : "";
  if (!text[0]) {
    ui_text(ui, GFX_FONT_REGULAR, UI_T_BODY, UI_C_INK_SOFT, r.x + 14, r.y + t->unit, r.w - 28, it->label);
    if (focused) gfx_fill_rect(ui->gfx, (GfxRect){r.x + 15, r.y + t->unit + 2, 2, lh - 4}, ui_color(t, UI_C_ACCENT));
    return;
  }
  /* Count the lines, then draw the last `fit` of them. */
  int lines = 1;
  for (const char *p = text; *p; p++) lines += *p == '\n';
  int skip = lines > fit ? lines - fit : 0;
  const char *p = text;
  for (int k = 0; k < skip; k++) p = strchr(p, '\n') + 1;
  int y = r.y + t->unit, w = 0;
  gfx_set_clip(ui->gfx, &r);
  while (p) {
    const char *e = strchr(p, '\n');
    char line[256];
    size_t len = e ? (size_t)(e - p) : strlen(p);
    if (len >= sizeof line) len = sizeof line - 1;
    memcpy(line, p, len);
    line[len] = '\0';
    for (char *c = line; *c; c++)
      if (*c == '\t') *c = ' '; /* a spreadsheet's column break, shown as a space */
    w = line[0] ? gfx_text(ui->gfx, GFX_FONT_REGULAR, size, ui_color(t, UI_C_INK), r.x + 14, y, GFX_ALIGN_LEFT, line) : 0;
    if (!e) break;
    p = e + 1;
    y += lh;
  }
  if (focused) gfx_fill_rect(ui->gfx, (GfxRect){r.x + 15 + w, y + 2, 2, lh - 4}, ui_color(t, UI_C_ACCENT));
  gfx_set_clip(ui->gfx, NULL);
}

void game_form_draw(UiCtx *ui, const ClassForm *f) {
  for (int i = 0; i < f->count; i++) {
    const ClassFormItem *it = &f->items[i];
    bool focused = i == f->focus;
    /* A safety net: a label the layout could not give room is cut with an ellipsis, never
     * drawn over the button's edge (the screens measure their labels to avoid it). */
    char label[160];
    ui_fit(ui, GFX_FONT_BOLD, UI_T_BODY, it->label, it->r.w - ui->theme->unit * 3, label, sizeof label);
    switch (it->kind) {
      case CF_FIELD:
        if (it->field && it->masked) {
          UiTextField dots = {.text = "", .max_chars = 0};
          size_t n = strlen(it->field->text);
          for (size_t k = 0; k < n && k * 3 + 3 < sizeof dots.text; k++) memcpy(dots.text + k * 3, "\u2022", 4);
          ui_text_field_draw(ui, it->r, &dots, it->label, focused);
        } else if (it->field) {
          ui_text_field_draw(ui, it->r, it->field, it->label, focused);
        }
        break;
      case CF_AREA: draw_area(ui, it, focused); break;
      case CF_PRIMARY: ui_button(ui, it->r, label, UI_BUTTON_PRIMARY, focused, false); break;
      case CF_CHOICE: {
        /* On or off in words as well as colour (nothing by colour alone). */
        char marked[176];
        snprintf(marked, sizeof marked, "%s%s", it->selected ? "\u2713 " : "", label);
        ui_button(ui, it->r, marked, it->selected ? UI_BUTTON_PRIMARY : UI_BUTTON_SECONDARY, focused, false);
        break;
      }
      default: ui_button(ui, it->r, label, UI_BUTTON_SECONDARY, focused, false); break;
    }
  }
}
