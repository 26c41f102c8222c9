/* scene_class.c — the classroom screen ("class"): pick a class (or make one), then its
 * student list — a student picks their name to play (switching student ends any session
 * first, so two students' sessions never mix) — set the workshop code everyone types, or
 * open the teacher's dashboard. Without a class, a student can play on their own machine
 * with a code and their name. Depends on game state, the save, sim/workshop and front.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "game/scenes.h"
#include "game/state.h"
#include "script/script.h"
#include "sim/workshop.h"
#include "i18n/i18n.h"

typedef enum ClassMode { M_HOME, M_STUDENTS, M_CODE } ClassMode;
/* The items after the list rows, per mode. */
typedef enum ClassItem { I_FIELD, I_FIELD2, I_CODE, I_DASHBOARD, I_BACK, I_NEXT, I_SEARCH, I_NONE } ClassItem;

typedef struct ClassScene {
  UiScene base;
  ClassMode mode;
  bool solo;                 /* code entry without a class: asks for a name too */
  /* Every class and every student, however many (a year group has hundreds): malloc'd. */
  SaveClass *classes;
  int class_count;
  SaveClass cls;             /* the chosen class */
  SaveProfile *students;
  int *sessions;
  int student_count;
  int *shown;                /* the students the search matches, as indexes into students */
  int shown_count;
  UiTextField field, field2; /* new class / new student / code; the solo name */
  UiTextField search;        /* "find your name": filters the student list as one types */
  char message[320];
  bool message_is_error;
  char code_line[160];       /* what the current workshop code means */
  int focus;
  UiScroll scroll;
  /* Layout: rows in scroll-content coordinates, everything else on screen. */
  GfxRect view, field_rect, field2_rect, search_rect, code_btn, dash_btn, back, next;
  GfxRect *rows;             /* one per list row, as many as the longer list */
  int rows_cap;
  ClassItem extras[7];
  int extra_count;
  int list_head_y, field_head_y, field2_head_y, side_y;
} ClassScene;

static int row_count(const ClassScene *s) {
  return s->mode == M_HOME ? s->class_count : s->mode == M_STUDENTS ? s->shown_count : 0;
}
static int item_count(const ClassScene *s) { return row_count(s) + s->extra_count; }
static ClassItem extra_at(const ClassScene *s, int i) {
  i -= row_count(s);
  return i >= 0 && i < s->extra_count ? s->extras[i] : I_NONE;
}
static int index_of(const ClassScene *s, ClassItem it) {
  for (int k = 0; k < s->extra_count; k++)
    if (s->extras[k] == it) return row_count(s) + k;
  return -1;
}

static void say(ClassScene *s, bool error, const char *text) {
  snprintf(s->message, sizeof s->message, "%s", text);
  s->message_is_error = error;
}

/* Resolves a code to a shipped scenario id (id[64]); false + message when it does not. */
static bool code_scenario(ClassScene *s, const char *code, char *canon, char *id) {
  char err[160];
  ScrWorkshopStatus st = scr_workshop_scenario(code, NULL, canon, id, 64, err, sizeof err);
  if (st == SCR_WORKSHOP_NO_SCENARIO)
    say(s, true, TR("class.that_code_is_for_a", "That code is for a scenario this computer doesn't have. Ask your teacher."));
  else if (st != SCR_WORKSHOP_OK)
    say(s, true, err);
  return st == SCR_WORKSHOP_OK;
}

static void describe_code(ClassScene *s, GameApp *app) {
  const char *code = app->state->workshop;
  s->code_line[0] = '\0';
  if (!code[0]) return;
  SimWorkshop w;
  char id[64];
  ScrWorkshopStatus st = scr_workshop_scenario(code, &w, NULL, id, sizeof id, NULL, 0);
  if (st == SCR_WORKSHOP_BAD_CODE) return;
  const char *level = w.difficulty == SIM_DIFFICULTY_GENTLE ? TR("class.gentle", ", gentle")
                      : w.difficulty == SIM_DIFFICULTY_CHALLENGING ? TR("class.challenging", ", challenging") : "";
  /* TRANSLATORS: the class's workshop: its scenario's title, the evening's number, then the
   * settings that differ from the usual (", gentle", ", no clock", ...). */
  snprintf(s->code_line, sizeof s->code_line, TR("class.workshop_line", "%s, evening %u%s%s%s%s"),
           st == SCR_WORKSHOP_OK ? game_state_scenario_title(app->state, id) : "?",
           (unsigned)w.seed, level, w.introvert_practice ? TR("class.introvert_practice", ", introvert practice") : "",
           w.clock_on ? "" : TR("class.no_clock", ", no clock"), w.hints_on ? TR("class.hints", ", hints") : "");
}

/* ASCII letters folded to lower case; other bytes (accented letters' UTF-8) compared as they are. */
static bool contains_folded(const char *hay, const char *needle) {
  size_t n = strlen(needle);
  if (n == 0) return true;
  for (const char *h = hay; *h; h++) {
    size_t k = 0;
    while (k < n && h[k]) {
      unsigned char a = (unsigned char)h[k], b = (unsigned char)needle[k];
      if (a < 0x80) a = (unsigned char)(a >= 'A' && a <= 'Z' ? a + 32 : a);
      if (b < 0x80) b = (unsigned char)(b >= 'A' && b <= 'Z' ? b + 32 : b);
      if (a != b) break;
      k++;
    }
    if (k == n) return true;
  }
  return false;
}

/* The rows the search shows: names holding the typed text (any case, leading and trailing
 * spaces ignored), or the student with that number when only digits are typed. */
static void refilter(ClassScene *s) {
  char q[sizeof s->search.text];
  const char *p = s->search.text;
  while (*p == ' ') p++;
  snprintf(q, sizeof q, "%s", p);
  size_t n = strlen(q);
  while (n > 0 && q[n - 1] == ' ') q[--n] = '\0';
  bool digits = n > 0 && strspn(q, "0123456789") == n;
  int number = digits && n < 7 ? atoi(q) : -1;
  s->shown_count = 0;
  for (int i = 0; i < s->student_count; i++)
    if ((digits && s->students[i].class_number == number) || contains_folded(s->students[i].name, q))
      s->shown[s->shown_count++] = i;
  s->scroll = (UiScroll){0};
}

/* Frees the lists and reads the one `mode` shows, with a row rectangle for each. */
static void load_lists(ClassScene *s, GameApp *app, ClassMode mode) {
  free(s->classes);
  free(s->students);
  free(s->sessions);
  free(s->shown);
  s->classes = NULL;
  s->students = NULL;
  s->sessions = s->shown = NULL;
  s->class_count = s->student_count = s->shown_count = 0;
  if (mode == M_HOME) s->classes = game_state_classes_all(app->state, &s->class_count);
  if (mode == M_STUDENTS) {
    s->students = game_state_class_students_all(app->state, s->cls.id, &s->sessions, &s->student_count);
    s->shown = calloc((size_t)(s->student_count > 0 ? s->student_count : 1), sizeof *s->shown);
    if (!s->shown) s->student_count = 0;
    refilter(s);
  }
  int need = s->class_count > s->student_count ? s->class_count : s->student_count;
  if (need > s->rows_cap) {
    GfxRect *r = realloc(s->rows, sizeof *r * (size_t)need);
    if (!r) { /* out of memory: show none rather than write past the end */
      s->class_count = s->shown_count = 0;
      return;
    }
    memset(r, 0, sizeof *r * (size_t)need);
    s->rows = r;
    s->rows_cap = need;
  }
}

static void set_mode(ClassScene *s, GameApp *app, ClassMode mode) {
  s->mode = mode;
  s->extra_count = 0;
  s->field.text[0] = s->field2.text[0] = s->search.text[0] = '\0';
  s->scroll = (UiScroll){0};
  load_lists(s, app, mode);
  if (mode == M_HOME) {
    s->extras[s->extra_count++] = I_FIELD;
    s->extras[s->extra_count++] = I_BACK;
    s->extras[s->extra_count++] = I_NEXT;
  } else if (mode == M_STUDENTS) {
    /* Reading order: the names, then the right-hand column top to bottom, then Back. */
    s->extras[s->extra_count++] = I_CODE;
    s->extras[s->extra_count++] = I_DASHBOARD;
    s->extras[s->extra_count++] = I_FIELD;
    s->extras[s->extra_count++] = I_BACK;
    /* Last, so Up from the first name reaches the search box drawn just above the list. */
    if (s->student_count > 0) s->extras[s->extra_count++] = I_SEARCH;
  } else {
    s->extras[s->extra_count++] = I_FIELD;
    if (s->solo) s->extras[s->extra_count++] = I_FIELD2;
    s->extras[s->extra_count++] = I_BACK;
    s->extras[s->extra_count++] = I_NEXT;
    if (s->solo && app->state->has_profile && app->state->profile.class_id == 0)
      snprintf(s->field2.text, sizeof s->field2.text, "%s", app->state->profile.name);
  }
  describe_code(s, app);
  s->focus = row_count(s) > 0 ? 0 : index_of(s, I_FIELD);
}

static const char *subtitle(const ClassScene *s) {
  if (s->mode == M_HOME) return TR("class.choose_your_class_or_play", "Choose your class, or play on your own with a workshop code.");
  if (s->mode == M_STUDENTS) return TR("class.each_student_picks_their_own", "Each student picks their own name; their sessions stay their own.");
  return s->solo ? TR("class.everyone_with_this_code_meets", "Everyone with this code meets the same room and the same people.")
                 : TR("class.students_on_this_computer_will", "Students on this computer will all play this evening.");
}

static void layout(ClassScene *s, GameApp *app) {
  const UiTheme *t = &app->theme;
  int top = ui_header_bottom(&app->ui, subtitle(s)) + t->unit;
  int bh = ui_button_height(&app->ui);
  int u = t->unit;
  int by = ui_footer_top(&app->ui) - u * 2 - bh;
  s->back = ui_back_button_rect(&app->ui);
  s->next = (GfxRect){GFX_WIDTH - t->margin - u * 105 / 2, by, u * 105 / 2, bh};
  int left_w = u * 70;       /* the list column; the workshop code takes the rest */
  int prompt_w = u * 225 / 2; /* the code screen's prompt and messages */
  int body_lh = gfx_line_height(app->gfx, GFX_FONT_BOLD, ui_size(t, UI_T_BODY));
  int field_h = body_lh + t->unit * 3;
  int msg_h = ui_text_height(&app->ui, GFX_FONT_REGULAR, UI_T_SMALL, left_w,
                                TR("class.that_code_has_a_typo", "That code has a typo somewhere: check each character.")) + t->unit;
  if (s->mode == M_CODE) {
    int y = top + ui_text_height(&app->ui, GFX_FONT_REGULAR, UI_T_BODY, prompt_w,
                                    TR("class.type_the_code_your_teacher", "Type the code your teacher wrote on the board.")) + t->unit * 3;
    s->field_head_y = y;
    s->field_rect = (GfxRect){t->margin, y + body_lh + u, u * 45, field_h}; /* a code is short */
    y = s->field_rect.y + field_h + t->unit * 3;
    s->field2_head_y = y;
    s->field2_rect = (GfxRect){t->margin, y + body_lh + t->unit, left_w, field_h};
    s->side_y = (s->solo ? s->field2_rect.y + field_h : s->field_rect.y + field_h) + t->unit * 2;
    return;
  }
  int rx = t->margin + left_w + t->unit * 6, rw = GFX_WIDTH - t->margin - rx;
  s->side_y = top;
  int sy = top + body_lh + t->unit;
  sy += ui_text_height(&app->ui, GFX_FONT_BOLD, UI_T_HEADING, rw, "XXXX-XXXX") + t->unit;
  sy += ui_text_height(&app->ui, GFX_FONT_REGULAR, UI_T_SMALL, rw - u * 5 / 2,
                          s->code_line[0] ? s->code_line : TR("class.no_workshop_code_yet", "No workshop code yet.")) + t->unit * 2;
  s->code_btn = (GfxRect){rx, sy, rw, bh};
  s->dash_btn = (GfxRect){rx, sy + bh + t->unit * 2, rw, bh};
  int list_bottom;
  if (s->mode == M_STUDENTS) {
    /* "Add a student" sits in the right-hand column, so the names get the whole left
     * column down to Back: several rows even at the largest text size. */
    s->field_head_y = s->dash_btn.y + bh + u * 4;
    s->field_rect = (GfxRect){rx, s->field_head_y + body_lh + u, rw, field_h};
    list_bottom = by - u * 2;
  } else {
    s->field_rect = (GfxRect){t->margin, by - t->unit * 3 - msg_h - field_h, left_w, field_h};
    s->field_head_y = s->field_rect.y - body_lh - t->unit;
    list_bottom = s->field_head_y - u * 2;
  }
  s->list_head_y = top;
  int list_top = top + body_lh + t->unit;
  if (index_of(s, I_SEARCH) >= 0) {
    s->search_rect = (GfxRect){t->margin, list_top, left_w, field_h};
    list_top += field_h + t->unit;
  }
  /* The list keeps a unit around its rows for the focus ring, and room for its scroll bar. */
  s->view = (GfxRect){t->margin - u, list_top, left_w + u * 2, list_bottom - list_top};
  int y = u;
  for (int i = 0; i < row_count(s); i++) {
    s->rows[i] = (GfxRect){u, y, left_w - u * 7 / 4, bh};
    y += bh + t->unit;
  }
  s->scroll.content_h = y;
  s->scroll.view_h = s->view.h;
}

static GfxRect row_on_screen(const ClassScene *s, int i) {
  GfxRect r = s->rows[i];
  return (GfxRect){s->view.x + r.x, s->view.y + r.y - (int)s->scroll.offset, r.w, r.h};
}

static GfxRect extra_rect(const ClassScene *s, ClassItem it) {
  switch (it) {
    case I_FIELD: return s->field_rect;
    case I_FIELD2: return s->field2_rect;
    case I_CODE: return s->code_btn;
    case I_DASHBOARD: return s->dash_btn;
    case I_BACK: return s->back;
    case I_NEXT: return s->next;
    case I_SEARCH: return s->search_rect;
    default: return (GfxRect){0, 0, 0, 0};
  }
}

static int item_at(const ClassScene *s, int x, int y) {
  if (s->mode != M_CODE && ui_hit(s->view, x, y))
    for (int i = 0; i < row_count(s); i++)
      if (ui_hit(row_on_screen(s, i), x, y)) return i;
  for (int k = 0; k < s->extra_count; k++)
    if (ui_hit(extra_rect(s, s->extras[k]), x, y)) return row_count(s) + k;
  return -1;
}

/* The student at row i plays next: any session in play ends first (it is closed in the
 * save as abandoned if unfinished), sessions a crash left open are closed, then the profile
 * switches — so one student's session is never continued under another's name. */
static void play_as(ClassScene *s, GameApp *app, const SaveProfile *p) {
  GameState *st = app->state;
  game_state_play_as(st, p);
  game_state_apply_prefs(st, app);
  if (!st->workshop[0]) {
    ui_stack_push(&app->stack, game_select_scene(app));
    return;
  }
  char canon[SIM_WORKSHOP_CODE_MAX], id[64];
  if (!code_scenario(s, st->workshop, canon, id)) return;
  if (!game_state_load_scenario(st, id)) {
    ui_stack_push(&app->stack, game_script_error_scene(app, st->script_error));
    return;
  }
  ui_stack_push(&app->stack, game_briefing_scene(app));
}

static void submit_field(ClassScene *s, GameApp *app) {
  GameState *st = app->state;
  char msg[256];
  if (s->mode == M_HOME) {
    if (!game_state_class_create(st, s->field.text, msg, sizeof msg)) { say(s, true, msg); return; }
    say(s, false, TR("class.class_created", "Class created."));
    set_mode(s, app, M_HOME);
    return;
  }
  SaveProfile p;
  if (!game_state_student_create(st, s->cls.id, s->field.text, &p, msg, sizeof msg)) {
    /* Already in the class: show them in the list rather than only saying no. */
    for (int i = 0; i < s->student_count; i++)
      if (strcmp(s->students[i].name, s->field.text) == 0) {
        snprintf(s->search.text, sizeof s->search.text, "%s", s->field.text);
        refilter(s);
        snprintf(msg, sizeof msg, TR("class.is_already_in_this_class", "%s is already in this class: pick the name in the list."), s->field.text);
        s->field.text[0] = '\0';
        s->focus = 0;
        break;
      }
    say(s, true, msg);
    return;
  }
  char done[160];
  snprintf(done, sizeof done, TR("class.joined_the_class_as_student", "%s joined the class as student %d."), p.name, p.class_number);
  set_mode(s, app, M_STUDENTS);
  s->focus = index_of(s, I_FIELD); /* ready for the next name */
  say(s, false, done);
}

static void submit_code(ClassScene *s, GameApp *app) {
  GameState *st = app->state;
  if (!s->solo && s->field.text[0] == '\0') {  /* an empty code plays without one */
    game_state_set_workshop(st, "");
    set_mode(s, app, M_STUDENTS);
    say(s, false, TR("class.no_workshop_code_each_student", "No workshop code: each student chooses a scenario."));
    return;
  }
  char canon[SIM_WORKSHOP_CODE_MAX], id[64];
  if (!code_scenario(s, s->field.text, canon, id)) { s->focus = index_of(s, I_FIELD); return; }
  if (!s->solo) {
    game_state_set_workshop(st, canon);
    set_mode(s, app, M_STUDENTS);
    say(s, false, TR("class.workshop_code_set_every_student", "Workshop code set: every student here plays this evening."));
    return;
  }
  char err[256];
  if (!game_state_use_profile(st, s->field2.text, err, sizeof err)) {
    say(s, true, err);
    s->focus = index_of(s, I_FIELD2);
    return;
  }
  game_state_apply_prefs(st, app);
  game_state_set_workshop(st, canon);
  if (!game_state_load_scenario(st, id)) {
    ui_stack_push(&app->stack, game_script_error_scene(app, st->script_error));
    return;
  }
  ui_stack_push(&app->stack, game_briefing_scene(app));
}

static void go_back(ClassScene *s, GameApp *app) {
  s->message[0] = '\0';
  if (s->mode == M_HOME) ui_stack_pop(&app->stack);
  else if (s->mode == M_CODE && !s->solo) set_mode(s, app, M_STUDENTS);
  else set_mode(s, app, M_HOME);
}

static void activate(ClassScene *s, GameApp *app, int item, bool by_key) {
  if (item < row_count(s)) {
    s->message[0] = '\0';
    if (s->mode == M_HOME) {
      s->cls = s->classes[item];
      set_mode(s, app, M_STUDENTS);
    } else {
      play_as(s, app, &s->students[s->shown[item]]);
    }
    return;
  }
  switch (extra_at(s, item)) {
    case I_FIELD:
      if (s->mode == M_CODE) submit_code(s, app);
      else if (s->field.text[0]) submit_field(s, app);
      break;
    case I_FIELD2: submit_code(s, app); break;
    case I_SEARCH: /* Enter (a click only focuses the box): on to the first name found */
      if (!by_key) break;
      if (s->shown_count > 0) s->focus = 0;
      break;
    case I_CODE:
      s->solo = false;
      set_mode(s, app, M_CODE);
      s->message[0] = '\0';
      break;
    case I_DASHBOARD:
      /* The teacher's PIN first: a student on a shared machine never reaches the results. */
      ui_stack_push(&app->stack, game_pin_scene(app, s->cls.id));
      break;
    case I_BACK: go_back(s, app); break;
    case I_NEXT:
      if (s->mode == M_CODE) {
        submit_code(s, app);
      } else {
        s->solo = true;
        set_mode(s, app, M_CODE);
        s->message[0] = '\0';
      }
      break;
    default: break;
  }
}

static bool is_field(const ClassScene *s, int item) {
  ClassItem it = extra_at(s, item);
  return it == I_FIELD || it == I_FIELD2 || it == I_SEARCH;
}

static void class_update(UiScene *self, void *app_ptr, GfxInput *in) {
  ClassScene *s = (ClassScene *)self;
  GameApp *app = app_ptr;
  layout(s, app);
  int n = item_count(s);
  bool typing = is_field(s, s->focus);
  if (typing) {
    ClassItem it = extra_at(s, s->focus);
    UiTextField *f = it == I_FIELD2 ? &s->field2 : it == I_SEARCH ? &s->search : &s->field;
    if (ui_text_field_update(f, in)) {
      s->message[0] = '\0';
      if (it == I_SEARCH) { /* the rows change under the box: keep the focus in it */
        refilter(s);
        s->focus = index_of(s, I_SEARCH);
        n = item_count(s);
      }
    }
  }
  if (in->pressed[GFX_ACT_BACK]) {
    in->text_active = false;
    go_back(s, app);
    return;
  }
  if (in->pressed[GFX_ACT_UP] || in->pressed[GFX_ACT_PREV]) s->focus = (s->focus + n - 1) % n;
  if (in->pressed[GFX_ACT_DOWN] || in->pressed[GFX_ACT_NEXT]) s->focus = (s->focus + 1) % n;
  if (!typing && in->pressed[GFX_ACT_LEFT] && extra_at(s, s->focus) == I_NEXT) s->focus = index_of(s, I_BACK);
  if (!typing && in->pressed[GFX_ACT_RIGHT] && extra_at(s, s->focus) == I_BACK && index_of(s, I_NEXT) >= 0)
    s->focus = index_of(s, I_NEXT);
  if (in->mouse_moved) {
    int i = item_at(s, in->mouse_x, in->mouse_y);
    if (i >= 0) s->focus = i;
  }
  int chosen = -1;
  if (in->clicked) chosen = item_at(s, in->click_x, in->click_y);
  if (chosen < 0 && !typing && in->number >= 1 && in->number <= row_count(s) && in->number <= 9)
    chosen = in->number - 1;
  if (chosen < 0 && in->pressed[GFX_ACT_CONFIRM]) chosen = s->focus;
  if (chosen >= 0) {
    s->focus = chosen;
    activate(s, app, chosen, !in->clicked);
  }
  if (s->focus >= item_count(s)) s->focus = 0;
  /* Typing mode must not follow the player into the next screen (digits answer there). */
  in->text_active = app->stack.pending_count == 0 && is_field(s, s->focus);
  layout(s, app); /* the lists may have been reread or filtered above: rows where they are now */
  if (s->focus < row_count(s) && !in->mouse_moved)
    ui_scroll_follow(&s->scroll, s->rows[s->focus].y, s->rows[s->focus].h);
  ui_scroll_update(&s->scroll, in, s->view, &app->theme);
}

static void draw_list(ClassScene *s, GameApp *app) {
  const UiTheme *t = &app->theme;
  Gfx *g = app->gfx;
  int body = ui_size(t, UI_T_BODY);
  gfx_text(g, GFX_FONT_BOLD, body, ui_color(t, UI_C_INK), t->margin, s->list_head_y, GFX_ALIGN_LEFT,
           s->mode == M_HOME ? TR("class.classes", "Classes") : TR("class.students_pick_your_name_to", "Students: pick your name to play"));
  if (index_of(s, I_SEARCH) >= 0)
    ui_text_field_draw(&app->ui, s->search_rect, &s->search, TR("class.find_your_name_type_to", "Find your name: type to search"),
                       extra_at(s, s->focus) == I_SEARCH);
  gfx_set_clip(g, &s->view);
  if (s->mode == M_STUDENTS && s->student_count > 0 && s->shown_count == 0) {
    char none[160];
    snprintf(none, sizeof none, TR("class.no_name_here_matches_check", "No name here matches \u201c%s\u201d. Check the spelling, or add your name below."),
             s->search.text);
    ui_text(&app->ui, GFX_FONT_REGULAR, UI_T_BODY, UI_C_INK_SOFT, s->view.x + t->unit, s->view.y + t->unit,
            s->view.w - t->unit * 2, none);
  } else if (row_count(s) == 0)
    ui_text(&app->ui, GFX_FONT_REGULAR, UI_T_BODY, UI_C_INK_SOFT, s->view.x + t->unit, s->view.y + t->unit,
            s->view.w - t->unit * 2,
               s->mode == M_HOME ? TR("class.no_classes_yet_type_a", "No classes yet. Type a class name below to make one.")
                                 : TR("class.no_students_yet_type_a", "No students yet. Type a student's name below to add them."));
  for (int i = 0; i < row_count(s); i++) {
    GfxRect r = row_on_screen(s, i);
    if (r.y + r.h <= s->view.y || r.y >= s->view.y + s->view.h) continue; /* a year group: draw what shows */
    char name[96], label[160];
    bool current = false;
    if (s->mode == M_HOME) {
      ui_fit(&app->ui, GFX_FONT_BOLD, UI_T_BODY, s->classes[i].name, r.w - t->unit * 6, name, sizeof name);
      snprintf(label, sizeof label, "%s", name);
    } else {
      const SaveProfile *p = &s->students[s->shown[i]];
      int sessions = s->sessions[s->shown[i]];
      current = app->state->has_profile && app->state->profile.id == p->id;
      char tail[48];
      snprintf(tail, sizeof tail, TRN("class.sessions", "  \u00b7  %d session%s", "  \u00b7  %d sessions%s", (unsigned long)sessions),
               sessions, current ? "  \u2713" : "");
      int tw = 0, th = 0;
      gfx_measure(g, GFX_FONT_BOLD, body, tail, &tw, &th);
      char num[8];
      snprintf(num, sizeof num, "%d  ", p->class_number);
      int nw = 0;
      gfx_measure(g, GFX_FONT_BOLD, body, num, &nw, &th);
      ui_fit(&app->ui, GFX_FONT_BOLD, UI_T_BODY, p->name, r.w - t->unit * 6 - tw - nw, name, sizeof name);
      snprintf(label, sizeof label, "%s%s%s", num, name, tail);
    }
    ui_button(&app->ui, r, label, current ? UI_BUTTON_PRIMARY : UI_BUTTON_SECONDARY, s->focus == i, false);
  }
  gfx_set_clip(g, NULL);
  ui_scroll_bar(&app->ui, &s->scroll, s->view);
  gfx_text(g, GFX_FONT_BOLD, body, ui_color(t, UI_C_INK), s->field_rect.x, s->field_head_y, GFX_ALIGN_LEFT,
           s->mode == M_HOME ? TR("class.new_class", "New class") : TR("class.add_a_student", "Add a student"));
  ui_text_field_draw(&app->ui, s->field_rect, &s->field,
                     s->mode == M_HOME ? TR("class.type_a_class_name_then", "Type a class name, then Enter") : TR("class.type_a_name_then_enter", "Type a name, then Enter"),
                     extra_at(s, s->focus) == I_FIELD);
}

static void draw_side(ClassScene *s, GameApp *app) {
  const UiTheme *t = &app->theme;
  Gfx *g = app->gfx;
  int rx = s->code_btn.x, rw = s->code_btn.w;
  int y = s->side_y;
  gfx_text(g, GFX_FONT_BOLD, ui_size(t, UI_T_BODY), ui_color(t, UI_C_INK), rx, y, GFX_ALIGN_LEFT,
           TR("class.workshop_code", "Workshop code"));
  y += gfx_line_height(g, GFX_FONT_BOLD, ui_size(t, UI_T_BODY)) + t->unit;
  const char *code = app->state->workshop;
  y += ui_text(&app->ui, GFX_FONT_BOLD, UI_T_HEADING, code[0] ? UI_C_ACCENT : UI_C_INK_SOFT, rx, y, rw,
                  code[0] ? code : TR("class.none", "None")) + t->unit;
  ui_text(&app->ui, GFX_FONT_REGULAR, UI_T_SMALL, UI_C_INK_SOFT, rx, y, rw - t->unit * 5 / 2,
             s->code_line[0] ? s->code_line : TR("class.no_workshop_code_yet", "No workshop code yet."));
  ui_button(&app->ui, s->code_btn, code[0] ? TR("class.change_the_workshop_code", "Change the workshop code") : TR("class.set_the_workshop_code", "Set the workshop code"),
            UI_BUTTON_SECONDARY, extra_at(s, s->focus) == I_CODE, false);
  ui_button(&app->ui, s->dash_btn, TR("class.teacher_results_and_tools", "Teacher: results and tools"), UI_BUTTON_PRIMARY,
            extra_at(s, s->focus) == I_DASHBOARD, false);
}

static void class_draw(UiScene *self, void *app_ptr, Gfx *g) {
  ClassScene *s = (ClassScene *)self;
  GameApp *app = app_ptr;
  const UiTheme *t = &app->theme;
  layout(s, app);
  (void)g;
  char title[128];
  if (s->mode == M_STUDENTS) snprintf(title, sizeof title, TR("class.class", "Class: %s"), s->cls.name);
  else snprintf(title, sizeof title, "%s", s->mode == M_HOME ? TR("class.classroom", "Classroom") : TR("class.workshop_code", "Workshop code"));
  ui_page_header(&app->ui, title, subtitle(s));
  if (s->mode == M_CODE) {
    int body = ui_size(t, UI_T_BODY);
    int prompt_w = t->unit * 225 / 2;
    ui_text(&app->ui, GFX_FONT_REGULAR, UI_T_BODY, UI_C_INK_SOFT, t->margin, ui_header_bottom(&app->ui, subtitle(s)) + t->unit,
            prompt_w, TR("class.type_the_code_your_teacher", "Type the code your teacher wrote on the board."));
    gfx_text(app->gfx, GFX_FONT_BOLD, body, ui_color(t, UI_C_INK), t->margin, s->field_head_y, GFX_ALIGN_LEFT,
             TR("class.code", "Code"));
    ui_text_field_draw(&app->ui, s->field_rect, &s->field, TR("class.example_code", "e.g. 9D01-14JN"), extra_at(s, s->focus) == I_FIELD);
    if (s->solo) {
      gfx_text(app->gfx, GFX_FONT_BOLD, body, ui_color(t, UI_C_INK), t->margin, s->field2_head_y, GFX_ALIGN_LEFT,
               TR("class.your_name", "Your name"));
      ui_text_field_draw(&app->ui, s->field2_rect, &s->field2, TR("class.type_your_name", "Type your name"),
                         extra_at(s, s->focus) == I_FIELD2);
    }
    if (s->message[0])
      ui_text(&app->ui, GFX_FONT_REGULAR, UI_T_SMALL, s->message_is_error ? UI_C_DANGER : UI_C_GOOD, t->margin,
                 s->side_y, prompt_w, s->message);
  } else {
    draw_list(s, app);
    if (s->mode == M_STUDENTS) draw_side(s, app);
    if (s->message[0])
      ui_text(&app->ui, GFX_FONT_REGULAR, UI_T_SMALL, s->message_is_error ? UI_C_DANGER : UI_C_GOOD, s->field_rect.x,
                 s->field_rect.y + s->field_rect.h + t->unit, s->field_rect.w, s->message);
  }
  ui_button(&app->ui, s->back, TR("class.back", "Back"), UI_BUTTON_SECONDARY, extra_at(s, s->focus) == I_BACK, false);
  if (index_of(s, I_NEXT) >= 0)
    ui_button(&app->ui, s->next, s->mode == M_HOME ? TR("class.play_on_my_own_with", "Play on my own with a code") : TR("class.continue", "Continue"),
              UI_BUTTON_PRIMARY, extra_at(s, s->focus) == I_NEXT, false);
  ui_footer_hint(&app->ui, is_field(s, s->focus)
                               ? TR("class.type_enter_done_tab_arrows", "Type   Enter: done   Tab/arrows: move   Esc: back")
                               : TR("class.up_down_or_tab_move", "Up/Down or Tab: move   Enter: choose   1-9: pick   Esc: back"));
}

static void class_resume(UiScene *self, void *app_ptr) {
  ClassScene *s = (ClassScene *)self;
  if (s->mode == M_CODE) s->mode = s->solo ? M_HOME : M_STUDENTS;
  char name[SAVE_NAME_MAX];
  if (s->mode == M_STUDENTS && !game_state_class_name(((GameApp *)app_ptr)->state, s->cls.id, name, sizeof name))
    s->mode = M_HOME; /* the teacher erased the class meanwhile */
  int focus = s->focus;
  set_mode(s, app_ptr, s->mode);  /* sessions may have been played meanwhile */
  if (focus < item_count(s)) s->focus = focus;
}

static void class_destroy(UiScene *self) {
  ClassScene *s = (ClassScene *)self;
  free(s->classes);
  free(s->students);
  free(s->sessions);
  free(s->shown);
  free(s->rows);
  free(s);
}

static const UiSceneOps CLASS_OPS = {
  .name = "class", .update = class_update, .draw = class_draw, .destroy = class_destroy,
  .resume = class_resume,
};

UiScene *game_class_scene(GameApp *app) {
  ClassScene *s = calloc(1, sizeof *s);
  if (!s) return NULL;
  s->base.ops = &CLASS_OPS;
  s->field.max_chars = 40;
  s->field2.max_chars = 24;
  s->search.max_chars = 40;
  /* A shared machine comes back to the class of whoever played last. */
  int64_t class_id = game_state_profile_class(app->state);
  if (class_id != 0) {
    set_mode(s, app, M_HOME);
    for (int i = 0; i < s->class_count; i++)
      if (s->classes[i].id == class_id) {
        s->cls = s->classes[i];
        set_mode(s, app, M_STUDENTS);
      }
  } else {
    set_mode(s, app, M_HOME);
  }
  return &s->base;
}
