/* scene_roster.c — the teacher's Students screen ("roster"), opened from the teacher's
 * screen after the PIN: the class's students in a searchable scrolling list (a year group
 * has hundreds), and for the one picked: rename, merge with another (the teacher picks the
 * one kept; sessions move), erase (the confirmation names what goes); and erasing the whole
 * class after its name is typed. Changes go through class_roster.h, never save_*.
 * Keys: Up/Down in the list, Tab between the search, the list and the panel; Esc backs out.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "game/roster_internal.h"
#include "i18n/i18n.h"

static void say(RosterScene *s, bool error, const char *text) {
  snprintf(s->message, sizeof s->message, "%s", text);
  s->message_error = error;
}

/* Reads the class again (after a change), keeping the search and what is picked if still there. */
static void reload(RosterScene *s, GameApp *app) {
  free(s->students);
  free(s->shown);
  free(s->rows);
  s->students = game_roster_students(app->state, s->class_id, &s->count);
  int cap = s->count > 0 ? s->count : 1;
  s->shown = calloc((size_t)cap, sizeof *s->shown);
  s->rows = calloc((size_t)cap, sizeof *s->rows);
  if (!s->shown || !s->rows) s->count = 0;
  if (s->picked && !game_roster_find(s, s->picked)) s->picked = 0;
  if (s->other && !game_roster_find(s, s->other)) s->other = 0;
  game_roster_refilter(s);
}

static const char *subtitle(void) {
  return TR("roster.subtitle", "Rename, merge or erase a student, or erase the whole class. Each change is saved at once.");
}

/* Two buttons side by side when both labels fit half the width, else one under the other;
 * returns the y under them. */
static int add_pair(RosterScene *s, GameApp *app, int x, int y, int w, int id1, ClassFormKind kind1, const char *label1,
                    int id2, const char *label2) {
  const UiTheme *t = &app->theme;
  int u = t->unit, bh = ui_button_height(&app->ui), half = (w - u * 2) / 2, w1 = 0, w2 = 0, h = 0;
  gfx_measure(app->gfx, GFX_FONT_BOLD, ui_size(t, UI_T_BODY), label1, &w1, &h);
  gfx_measure(app->gfx, GFX_FONT_BOLD, ui_size(t, UI_T_BODY), label2, &w2, &h);
  if ((w1 > w2 ? w1 : w2) + u * 4 <= half) {
    game_form_add(&s->form, kind1, id1, (GfxRect){x, y, half, bh}, label1);
    game_form_add(&s->form, CF_BUTTON, id2, (GfxRect){x + half + u * 2, y, half, bh}, label2);
    return y + bh + u;
  }
  game_form_add(&s->form, kind1, id1, (GfxRect){x, y, w, bh}, label1);
  game_form_add(&s->form, CF_BUTTON, id2, (GfxRect){x, y + bh + u, w, bh}, label2);
  return y + (bh + u) * 2;
}

static void layout(RosterScene *s, GameApp *app) {
  const UiTheme *t = &app->theme;
  int u = t->unit, bh = ui_button_height(&app->ui);
  int body_lh = gfx_line_height(app->gfx, GFX_FONT_BOLD, ui_size(t, UI_T_BODY));
  int top = ui_header_bottom(&app->ui, subtitle()) + u;
  GfxRect back = ui_back_button_rect(&app->ui);
  int left_w = u * 62;
  /* The list: a heading, the search box, then the names down to Back. */
  s->search_rect = (GfxRect){t->margin, top + body_lh + u, left_w, body_lh + u * 3};
  int list_top = s->search_rect.y + s->search_rect.h + u;
  s->view = (GfxRect){t->margin - u, list_top, left_w + u * 2, back.y - u * 2 - list_top};
  int y = u;
  for (int i = 0; i < s->shown_count; i++) {
    s->rows[i] = (GfxRect){u, y, left_w - u * 7 / 4, bh};
    y += bh + u;
  }
  s->scroll.content_h = y;
  s->scroll.view_h = s->view.h;
  /* The panel on the right. */
  int px = t->margin + left_w + u * 5, pw = GFX_WIDTH - t->margin - px;
  s->panel_rect = (GfxRect){px, top, pw, back.y - u * 2 - top};
  int x = px + u * 3, w = pw - u * 6;
  char head[300], body[700];
  game_roster_panel_words(s, head, sizeof head, body, sizeof body);
  int hy = s->panel_rect.y + u * 3;
  s->panel_text_h = ui_text_height(&app->ui, GFX_FONT_BOLD, UI_T_BODY, w, head) + u +
                    ui_text_height(&app->ui, GFX_FONT_REGULAR, UI_T_SMALL, w, body) + u * 3;
  y = hy + s->panel_text_h;
  int half = (w - u * 2) / 2;
  game_form_begin(&s->form);
  const GameRosterStudent *a = game_roster_find(s, s->picked), *b = game_roster_find(s, s->other);
  ClassFormItem *it;
  switch (s->panel) {
    case P_NONE: break;
    case P_STUDENT: {
      /* One row of three when the labels fit a third, else one under another. */
      const char *labels[3] = {TR("roster.rename", "Rename"), TR("roster.merge", "Merge\u2026"), TR("roster.erase", "Erase\u2026")};
      static const int ids[3] = {B_RENAME, B_MERGE, B_ERASE};
      int third = (w - u * 4) / 3, widest = 0;
      for (int k = 0; k < 3; k++) {
        int lw = 0, lh = 0;
        gfx_measure(app->gfx, GFX_FONT_BOLD, ui_size(t, UI_T_BODY), labels[k], &lw, &lh);
        if (lw > widest) widest = lw;
      }
      bool row = widest + u * 4 <= third;
      for (int k = 0; k < 3; k++) {
        GfxRect r = row ? (GfxRect){x + k * (third + u * 2), y, third, bh} : (GfxRect){x, y + k * (bh + u), w, bh};
        game_form_add(&s->form, CF_BUTTON, ids[k], r, labels[k]);
      }
      y += row ? bh + u : (bh + u) * 3;
      break;
    }
    case P_RENAME:
      y += body_lh + u; /* "New name" above the box */
      it = game_form_add(&s->form, CF_FIELD, B_NAME, (GfxRect){x, y, w, body_lh + u * 3}, TR("roster.new_name", "Type the new name"));
      if (it) it->field = &s->name;
      y += body_lh + u * 5;
      y = add_pair(s, app, x, y, w, B_SAVE_NAME, CF_PRIMARY, TR("roster.save_name", "Save the name"), B_CANCEL,
                   TR("roster.cancel", "Cancel"));
      break;
    case P_MERGE_PICK:
      game_form_add(&s->form, CF_BUTTON, B_CANCEL, (GfxRect){x, y, half, bh}, TR("roster.cancel", "Cancel"));
      y += bh + u;
      break;
    case P_MERGE_KEEP: {
      char label[200], fitted[200];
      for (int k = 0; k < 2 && a && b; k++) {
        const GameRosterStudent *g = k ? b : a;
        snprintf(label, sizeof label, TR("roster.keep", "Keep %s (number %d)"), g->p.name, g->p.class_number);
        ui_fit(&app->ui, GFX_FONT_BOLD, UI_T_BODY, label, w - u * 6, fitted, sizeof fitted);
        it = game_form_add(&s->form, CF_CHOICE, k ? B_KEEP_B : B_KEEP_A, (GfxRect){x, y, w, bh}, fitted);
        if (it) it->selected = s->keep_other == (k == 1);
        y += bh + u;
      }
      y += u;
      y = add_pair(s, app, x, y, w, B_MERGE_NOW, CF_PRIMARY, TR("roster.merge_now", "Merge them"), B_CANCEL,
                   TR("roster.cancel", "Cancel"));
      break;
    }
    case P_ERASE: {
      char label[200], fitted[200];
      snprintf(label, sizeof label, TR("roster.erase_now", "Erase %s"), a ? a->p.name : "");
      ui_fit(&app->ui, GFX_FONT_BOLD, UI_T_BODY, label, w - u * 4, fitted, sizeof fitted);
      y = add_pair(s, app, x, y, w, B_ERASE_NOW, CF_PRIMARY, fitted, B_CANCEL, TR("roster.keep_them", "Cancel: keep them"));
      break;
    }
    case P_ERASE_CLASS: {
      char hint[200];
      snprintf(hint, sizeof hint, TR("roster.type_the_name", "Type %s"), s->class_name);
      it = game_form_add(&s->form, CF_FIELD, B_CLASS_NAME, (GfxRect){x, y, w, body_lh + u * 3}, hint);
      if (it) it->field = &s->typed_class;
      y += body_lh + u * 5;
      y = add_pair(s, app, x, y, w, B_ERASE_CLASS_NOW, CF_PRIMARY, TR("roster.erase_class_now", "Erase the class"), B_CANCEL,
                   TR("roster.cancel", "Cancel"));
      break;
    }
  }
  game_form_add(&s->form, CF_BUTTON, B_BACK, back, TR("roster.back", "Back"));
  /* Erasing the class sits apart, at the page's foot on the right, far from a student's
   * buttons (last in the order). */
  if (s->panel != P_ERASE_CLASS) {
    const char *label = TR("roster.erase_class", "Erase the whole class\u2026");
    int lw = 0, lh = 0;
    gfx_measure(app->gfx, GFX_FONT_BOLD, ui_size(t, UI_T_BODY), label, &lw, &lh);
    lw += u * 6;
    game_form_add(&s->form, CF_BUTTON, B_ERASE_CLASS, (GfxRect){GFX_WIDTH - t->margin - lw, back.y, lw, back.h}, label);
  }
  game_form_end(&s->form);
}

static GfxRect row_on_screen(const RosterScene *s, int i) {
  GfxRect r = s->rows[i];
  return (GfxRect){s->view.x + r.x, s->view.y + r.y - (int)s->scroll.offset, r.w, r.h};
}

static int row_at(const RosterScene *s, int x, int y) {
  if (!ui_hit(s->view, x, y)) return -1;
  for (int i = 0; i < s->shown_count; i++)
    if (ui_hit(row_on_screen(s, i), x, y)) return i;
  return -1;
}

/* The panel changes to `p` with the focus on item `focus` (0: its first). */
static void open_panel(RosterScene *s, GameApp *app, Panel p, int focus) {
  s->panel = p;
  s->zone = Z_PANEL;
  layout(s, app);
  game_form_focus(&s->form, focus ? focus : (s->form.count > 0 ? s->form.items[0].id : B_BACK));
}

/* A row chosen (Enter or a click): the student to work on, or the second one of a merge. */
static void choose_row(RosterScene *s, GameApp *app, int row) {
  if (row < 0 || row >= s->shown_count) return;
  s->row = row;
  int64_t id = s->students[s->shown[row]].p.id;
  s->message[0] = '\0';
  if (s->panel == P_MERGE_PICK) {
    if (id == s->picked) {
      say(s, true, TR("roster.merge_pick_other", "That is the same student: pick the other one."));
      return;
    }
    s->other = id;
    s->keep_other = false;
    open_panel(s, app, P_MERGE_KEEP, B_KEEP_A);
    return;
  }
  s->picked = id;
  s->other = 0;
  open_panel(s, app, P_STUDENT, B_RENAME);
}

/* Back to the student (or nothing) after a sub-panel, the focus in the list. */
static void settle(RosterScene *s, GameApp *app) {
  s->panel = s->picked ? P_STUDENT : P_NONE;
  s->other = 0;
  s->zone = s->shown_count > 0 ? Z_LIST : Z_SEARCH;
  layout(s, app);
}

static void activate(RosterScene *s, GameApp *app, int id) {
  char msg[600];
  const GameRosterStudent *a = game_roster_find(s, s->picked);
  switch (id) {
    case B_RENAME:
      if (!a) break;
      snprintf(s->name.text, sizeof s->name.text, "%s", a->p.name);
      open_panel(s, app, P_RENAME, B_NAME);
      break;
    case B_MERGE:
      s->other = 0;
      s->panel = P_MERGE_PICK;
      s->zone = s->shown_count > 0 ? Z_LIST : Z_PANEL;
      say(s, false, "");
      break;
    case B_ERASE: open_panel(s, app, P_ERASE, B_CANCEL); break;
    case B_ERASE_CLASS:
      s->typed_class.text[0] = '\0';
      open_panel(s, app, P_ERASE_CLASS, B_CLASS_NAME);
      break;
    case B_KEEP_A: s->keep_other = false; break;
    case B_KEEP_B: s->keep_other = true; break;
    case B_CANCEL: settle(s, app); break;
    case B_NAME:
    case B_SAVE_NAME: {
      bool ok = a && game_roster_rename(app->state, s->class_id, a->p.id, s->name.text, msg, sizeof msg);
      say(s, !ok, a ? msg : "");
      if (!ok) break;
      reload(s, app);
      settle(s, app);
      break;
    }
    case B_MERGE_NOW: {
      int64_t from = s->keep_other ? s->picked : s->other, into = s->keep_other ? s->other : s->picked;
      bool ok = game_roster_merge(app->state, s->class_id, from, into, msg, sizeof msg);
      say(s, !ok, msg);
      if (!ok) break;
      s->picked = into;
      reload(s, app);
      settle(s, app);
      break;
    }
    case B_ERASE_NOW: {
      bool ok = a && game_roster_erase(app->state, s->class_id, a->p.id, msg, sizeof msg);
      say(s, !ok, a ? msg : "");
      if (!ok) break;
      s->picked = 0;
      reload(s, app);
      settle(s, app);
      break;
    }
    case B_CLASS_NAME:
    case B_ERASE_CLASS_NOW:
      if (!game_roster_erase_class(app->state, s->class_id, s->typed_class.text, msg, sizeof msg)) {
        say(s, true, msg);
        game_form_focus(&s->form, B_CLASS_NAME);
        break;
      }
      /* The class is gone: this screen and the teacher's with it, back to the classes. */
      ui_stack_pop(&app->stack);
      ui_stack_pop(&app->stack);
      break;
    case B_BACK: ui_stack_pop(&app->stack); break;
    default: break;
  }
}

/* Keys in the search box and the list; the panel's own are the form's. */
static void list_keys(RosterScene *s, GameApp *app, GfxInput *in) {
  if (s->zone == Z_SEARCH) {
    if (ui_text_field_update(&s->search, in)) {
      game_roster_refilter(s);
      s->row = 0;
    }
    if (in->pressed[GFX_ACT_DOWN] || in->pressed[GFX_ACT_NEXT] || in->pressed[GFX_ACT_CONFIRM]) {
      if (s->shown_count > 0) s->zone = Z_LIST;
      else open_panel(s, app, s->panel, 0);
    } else if (in->pressed[GFX_ACT_UP] || in->pressed[GFX_ACT_PREV]) {
      open_panel(s, app, s->panel, B_BACK);
    }
    return;
  }
  if (in->pressed[GFX_ACT_UP]) {
    if (s->row > 0) s->row--;
    else s->zone = Z_SEARCH;
  } else if (in->pressed[GFX_ACT_DOWN]) {
    if (s->row + 1 < s->shown_count) s->row++;
    else open_panel(s, app, s->panel, 0);
  } else if (in->pressed[GFX_ACT_NEXT]) {
    open_panel(s, app, s->panel, 0);
  } else if (in->pressed[GFX_ACT_PREV]) {
    s->zone = Z_SEARCH;
  } else if (in->pressed[GFX_ACT_CONFIRM]) {
    choose_row(s, app, s->row);
  }
}

static void roster_update(UiScene *self, void *app_ptr, GfxInput *in) {
  RosterScene *s = (RosterScene *)self;
  GameApp *app = app_ptr;
  layout(s, app);
  if (in->pressed[GFX_ACT_BACK]) {
    in->text_active = false;
    if (s->panel != P_NONE && s->panel != P_STUDENT) {
      settle(s, app);
      return;
    }
    ui_stack_pop(&app->stack);
    return;
  }
  /* The mouse first: a row, the search box, or the panel's items. */
  if (in->mouse_moved) {
    int r = row_at(s, in->mouse_x, in->mouse_y);
    if (r >= 0) {
      s->zone = Z_LIST;
      s->row = r;
    }
  }
  if (in->clicked) {
    int r = row_at(s, in->click_x, in->click_y);
    if (r >= 0) {
      s->zone = Z_LIST;
      choose_row(s, app, r);
      in->clicked = false;
    } else if (ui_hit(s->search_rect, in->click_x, in->click_y)) {
      s->zone = Z_SEARCH;
      in->clicked = false;
    }
  }
  int n = s->form.count, at = s->form.focus;
  if (s->zone == Z_PANEL) {
    /* Leaving the panel's ends: before its first item is the list, after Back the search. */
    if (n > 0 && at == 0 && (in->pressed[GFX_ACT_PREV] || in->pressed[GFX_ACT_UP])) {
      s->zone = s->shown_count > 0 ? Z_LIST : Z_SEARCH;
      in->pressed[GFX_ACT_PREV] = in->pressed[GFX_ACT_UP] = false;
    } else if (n > 0 && at == n - 1 && (in->pressed[GFX_ACT_NEXT] || in->pressed[GFX_ACT_DOWN])) {
      s->zone = Z_SEARCH;
      in->pressed[GFX_ACT_NEXT] = in->pressed[GFX_ACT_DOWN] = false;
    }
  }
  if (s->zone == Z_PANEL) {
    bool changed = false;
    int id = game_form_update(&s->form, in, &changed);
    if (changed) s->message[0] = '\0';
    if (id >= 0) activate(s, app, id);
  } else {
    /* Keys go to the list; the panel still answers the mouse. */
    GfxInput mouse = {0};
    mouse.mouse_x = in->mouse_x;
    mouse.mouse_y = in->mouse_y;
    mouse.click_x = in->click_x;
    mouse.click_y = in->click_y;
    mouse.clicked = in->clicked;
    bool over = false;
    for (int i = 0; i < s->form.count && in->mouse_moved; i++)
      over |= ui_hit(s->form.items[i].r, in->mouse_x, in->mouse_y);
    for (int i = 0; i < s->form.count && in->clicked; i++)
      over |= ui_hit(s->form.items[i].r, in->click_x, in->click_y);
    mouse.mouse_moved = in->mouse_moved && over;
    list_keys(s, app, in);
    if (over) {
      int id = game_form_update(&s->form, &mouse, NULL);
      s->zone = Z_PANEL;
      if (id >= 0) activate(s, app, id);
    }
  }
  in->text_active = app->stack.pending_count == 0 &&
                    (s->zone == Z_SEARCH || (s->zone == Z_PANEL && game_form_typing(&s->form)));
  layout(s, app);
  if (s->zone == Z_LIST && s->row < s->shown_count && !in->mouse_moved)
    ui_scroll_follow(&s->scroll, s->rows[s->row].y, s->rows[s->row].h);
  ui_scroll_update(&s->scroll, in, s->view, &app->theme);
}

static void draw_list(RosterScene *s, GameApp *app) {
  const UiTheme *t = &app->theme;
  Gfx *g = app->gfx;
  int body = ui_size(t, UI_T_BODY), u = t->unit;
  char head[96];
  snprintf(head, sizeof head, TRN("roster.list_head", "%d student", "%d students", (unsigned long)s->count), s->count);
  int head_y = s->search_rect.y - gfx_line_height(g, GFX_FONT_BOLD, body) - u;
  gfx_text(g, GFX_FONT_BOLD, body, ui_color(t, UI_C_INK), t->margin, head_y, GFX_ALIGN_LEFT, head);
  /* The heading of the rows' right-hand column. */
  int small = ui_size(t, UI_T_SMALL);
  int col_right = s->view.x + u + (s->view.w - u * 2) - u * 7 / 4 - u * 2; /* the rows' counts end here */
  gfx_text(g, GFX_FONT_BOLD, small, ui_color(t, UI_C_INK_SOFT), col_right,
           head_y + gfx_line_height(g, GFX_FONT_BOLD, body) - gfx_line_height(g, GFX_FONT_BOLD, small), GFX_ALIGN_RIGHT,
           TR("roster.sessions_column", "sessions"));
  ui_text_field_draw(&app->ui, s->search_rect, &s->search, TR("roster.search", "Find a student: a name or a number"),
                     s->zone == Z_SEARCH);
  gfx_set_clip(g, &s->view);
  if (s->shown_count == 0)
    ui_text(&app->ui, GFX_FONT_REGULAR, UI_T_BODY, UI_C_INK_SOFT, s->view.x + u, s->view.y + u, s->view.w - u * 2,
            s->count == 0 ? TR("roster.empty", "This class has no students.")
                          : TR("roster.no_match", "No student matches that. Check the spelling, or type their number."));
  for (int i = 0; i < s->shown_count; i++) {
    GfxRect r = row_on_screen(s, i);
    if (r.y + r.h <= s->view.y || r.y >= s->view.y + s->view.h) continue; /* draw what shows */
    const GameRosterStudent *st = &s->students[s->shown[i]];
    /* "12  Liam Murphy" on the left, the sessions on the right (the column's heading says so). */
    char count[16], left[160], fitted[160], said[240];
    snprintf(count, sizeof count, "%d", st->sessions);
    snprintf(left, sizeof left, "%d  %s", st->p.class_number, st->p.name);
    int cw = 0, th = 0;
    gfx_measure(g, GFX_FONT_BOLD, body, count, &cw, &th);
    ui_fit(&app->ui, GFX_FONT_BOLD, UI_T_BODY, left, r.w - u * 8 - cw, fitted, sizeof fitted);
    bool marked = st->p.id == s->picked || st->p.id == s->other, focused = s->zone == Z_LIST && s->row == i;
    ui_button(&app->ui, r, "", marked ? UI_BUTTON_PRIMARY : UI_BUTTON_SECONDARY, focused, false);
    GfxColor ink = ui_color(t, marked ? UI_C_ACCENT_INK : UI_C_INK);
    int ty = r.y + (r.h - gfx_line_height(g, GFX_FONT_BOLD, body)) / 2;
    gfx_text(g, GFX_FONT_BOLD, body, ink, r.x + u * 2, ty, GFX_ALIGN_LEFT, fitted);
    gfx_text(g, GFX_FONT_BOLD, body, ink, r.x + r.w - u * 2, ty, GFX_ALIGN_RIGHT, count);
    if (focused) {
      snprintf(said, sizeof said, TRN("roster.row_said", "%s, %d session", "%s, %d sessions", (unsigned long)st->sessions),
               left, st->sessions);
      ui_announce_focus(&app->ui, said, UI_KIND_BUTTON, NULL);
    }
  }
  gfx_set_clip(g, NULL);
  ui_scroll_bar(&app->ui, &s->scroll, s->view);
}

static void roster_draw(UiScene *self, void *app_ptr, Gfx *g) {
  RosterScene *s = (RosterScene *)self;
  GameApp *app = app_ptr;
  const UiTheme *t = &app->theme;
  int u = t->unit;
  (void)g;
  layout(s, app);
  char title[160];
  snprintf(title, sizeof title, TR("roster.title", "Students: %s"), s->class_name);
  ui_page_header(&app->ui, title, subtitle());
  draw_list(s, app);
  ui_panel(&app->ui, s->panel_rect, UI_C_SURFACE);
  int x = s->panel_rect.x + u * 3, w = s->panel_rect.w - u * 6, y = s->panel_rect.y + u * 3;
  char head[300], body[700];
  game_roster_panel_words(s, head, sizeof head, body, sizeof body);
  y += ui_text(&app->ui, GFX_FONT_BOLD, UI_T_BODY, UI_C_INK, x, y, w, head) + u;
  ui_text(&app->ui, GFX_FONT_REGULAR, UI_T_SMALL, s->panel == P_ERASE || s->panel == P_ERASE_CLASS ? UI_C_DANGER : UI_C_INK_SOFT,
          x, y, w, body);
  int slh = gfx_line_height(app->gfx, GFX_FONT_BOLD, ui_size(t, UI_T_BODY));
  int low = s->panel_rect.y + u * 3 + s->panel_text_h; /* under the lowest item in the panel */
  for (int i = 0; i < s->form.count; i++) {
    const ClassFormItem *it = &s->form.items[i];
    if (it->id == B_NAME)
      gfx_text(app->gfx, GFX_FONT_BOLD, ui_size(t, UI_T_BODY), ui_color(t, UI_C_INK), x, it->r.y - slh - u, GFX_ALIGN_LEFT,
               TR("roster.new_name_head", "New name"));
    if (it->r.x >= s->panel_rect.x && it->r.y < s->panel_rect.y + s->panel_rect.h && it->r.y + it->r.h + u * 2 > low)
      low = it->r.y + it->r.h + u * 2;
  }
  /* One focus ring on the page: the panel's only while the focus is in it. */
  int focus = s->form.focus;
  if (s->zone != Z_PANEL) s->form.focus = -1;
  game_form_draw(&app->ui, &s->form);
  s->form.focus = focus;
  if (s->message[0])
    ui_text(&app->ui, GFX_FONT_REGULAR, UI_T_SMALL, s->message_error ? UI_C_DANGER : UI_C_GOOD, x, low, w, s->message);
  const char *hint = s->zone == Z_SEARCH || (s->zone == Z_PANEL && game_form_typing(&s->form))
                         ? TR("roster.hint_typing", "Type   Enter: done   Tab: move   Esc: back")
                         : TR("roster.hint", "Up/Down: move   Enter: choose   Tab: list, panel, search   Esc: back");
  ui_footer_hint(&app->ui, hint);
}

static void roster_destroy(UiScene *self) {
  RosterScene *s = (RosterScene *)self;
  free(s->students);
  free(s->shown);
  free(s->rows);
  free(s);
}

static const UiSceneOps ROSTER_OPS = {
  .name = "roster", .update = roster_update, .draw = roster_draw, .destroy = roster_destroy,
};

UiScene *game_roster_scene(GameApp *app, int64_t class_id) {
  /* Only behind the PIN: the teacher's screen opens it once the PIN unlocked this class. */
  if (!game_teacher_unlocked(app->state, class_id)) return NULL;
  RosterScene *s = calloc(1, sizeof *s);
  if (!s) return NULL;
  s->base.ops = &ROSTER_OPS;
  s->class_id = class_id;
  s->search.max_chars = 40;
  s->name.max_chars = 40;
  s->typed_class.max_chars = 40;
  game_state_class_name(app->state, class_id, s->class_name, sizeof s->class_name);
  reload(s, app);
  s->zone = s->shown_count > 0 ? Z_LIST : Z_SEARCH;
  layout(s, app);
  return &s->base;
}
