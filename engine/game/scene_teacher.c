/* scene_teacher.c — the teacher's screen for one class ("teacher"), opened from the
 * Classroom screen after the PIN: the dashboard, making the workshop code, importing a folder of hand-in files or
 * pasted results codes (names that look like a member already there are shown with Accept
 * and Refuse before anything of theirs comes in), exporting the class as CSV, and writing
 * printable pages (class summary, a student's page, the student handout). Every file goes
 * to a folder chosen from a short list or typed, and the screen says where it went. No
 * terminal needed. Depends on class_teacher.h, class_folders.h, class_form.h.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "game/class_folders.h"
#include "game/class_form.h"
#include "game/class_roster.h"
#include "game/class_teacher.h"
#include "game/scenes.h"
#include "script/script.h"
#include "game/difficulty.h"
#include "sim/workshop.h"
#include "i18n/i18n.h"

typedef enum Tool { T_MAKE, T_IMPORT, T_CODES, T_EXPORT, T_PRINT, TOOLS } Tool;
static const char *const TOOL_LABEL[TOOLS] = {TR_NOOP("teacher.make_a_workshop_code", "Make a workshop code"), TR_NOOP("teacher.import_a_folder", "Import a folder"), TR_NOOP("teacher.type_results_codes", "Type results codes"),
                                              TR_NOOP("teacher.export_csv", "Export CSV"), TR_NOOP("teacher.print_pages", "Print pages")};

/* Form ids; the fixed ones must stay below I_SCENARIO (a static assert checks it). */
enum {
  I_DASH = 1, I_TOOL = 10, I_FOLDER = 20, I_FIELD = 40, I_AREA, I_GO, I_BACK, I_NAMES, I_ANON,
  I_PR_SUMMARY, I_PR_STUDENT, I_PR_HANDOUT, I_STUDENT, I_ACCEPT_ALL, I_IMPORT_NOW, I_CANCEL,
  I_NEW_EVENING, I_INTROVERT, I_CLOCK, I_HINTS, I_USE_CODE, I_PASTE, I_STUDENTS, I_DIFFICULTY,
  I_SCENARIO = 70,
  I_ACCEPT = 100, I_REFUSE = 200
};
_Static_assert(I_DIFFICULTY < I_SCENARIO, "teacher form ids overlap the scenario buttons' range");
enum { SUGGEST_SHOWN = 4 };

typedef struct TeacherScene {
  UiScene base;
  ClassForm form;
  int64_t class_id;
  char class_name[SAVE_NAME_MAX];
  Tool tool;
  ClassFolder folders[CLASS_FOLDERS_MAX];
  int folder_count;
  UiTextField in_folder;     /* the folder to import from, typed or chosen */
  UiTextField out_folder;    /* the folder exports and pages go to */
  ClassArea codes;           /* pasted results codes */
  UiTextField student;       /* a student's number, for their page */
  bool names;                /* export with names (anonymous by default) */
  GamePrintKind print;
  /* Making a code: the scenario, the evening and the practice settings. */
  int scenario;              /* index into state->scenarios */
  SimWorkshop make;
  int evenings;              /* "A new evening" presses, for the next evening's number */
  char made[SIM_WORKSHOP_CODE_MAX];
  GameSuggestion *suggest;   /* names to answer before the import (NULL: none asked) */
  int suggest_count;
  char message[1700];
  bool message_error;
  GfxRect panel;
  GameState *state;          /* to lock the tools when the screen goes */
} TeacherScene;

static void say(TeacherScene *s, bool error, const char *text) {
  snprintf(s->message, sizeof s->message, "%s", text);
  s->message_error = error;
}

static void drop_suggestions(TeacherScene *s) {
  free(s->suggest);
  s->suggest = NULL;
  s->suggest_count = 0;
}

/* The folder box of the tool shown: one for bringing results in, one for writing out. */
static UiTextField *typed(TeacherScene *s) { return s->tool == T_IMPORT ? &s->in_folder : &s->out_folder; }

#define SUBTITLE TR("teacher.bring_results_in_export_them", "Bring results in, export them, or print pages. Files go where you choose.")

/* The folder box with the panel's button beside it (their places never depend on how many
 * folders this computer offers), then the likely folders under them: one fills the box. */
static int add_folders(TeacherScene *s, GameApp *app, int x, int y, int w, const char *typed_hint, const char *go) {
  const UiTheme *t = &app->theme;
  int u = t->unit, bh = ui_button_height(&app->ui);
  int small_lh = gfx_line_height(app->gfx, GFX_FONT_BOLD, ui_size(t, UI_T_SMALL));
  int gw = 0, gh = 0;
  gfx_measure(app->gfx, GFX_FONT_BOLD, ui_size(t, UI_T_BODY), go, &gw, &gh);
  gw += u * 6;
  ClassFormItem *f = game_form_add(&s->form, CF_FIELD, I_FIELD, (GfxRect){x, y, w - gw - u * 2, bh}, typed_hint);
  if (f) f->field = typed(s);
  game_form_add(&s->form, CF_PRIMARY, I_GO, (GfxRect){x + w - gw, y, gw, bh}, go);
  y += bh + u * 2 + small_lh + u;
  /* Two a row when the names fit, else one; as many as the panel has room for. */
  int half = (w - u * 2) / 2, cols = 2;
  for (int i = 0; i < s->folder_count; i++) {
    int lw = 0, lh = 0;
    gfx_measure(app->gfx, GFX_FONT_BOLD, ui_size(t, UI_T_BODY), s->folders[i].label, &lw, &lh);
    if (lw + u * 4 > half) cols = 1;
  }
  int cw = cols == 2 ? half : w, rows_fit = (s->panel.y + s->panel.h - u * 2 - y + u) / (bh + u);
  int shown = s->folder_count < rows_fit * cols ? s->folder_count : rows_fit * cols;
  if (shown > 4) shown = 4;
  for (int i = 0; i < shown; i++) {
    ClassFormItem *it = game_form_add(&s->form, CF_CHOICE, I_FOLDER + i,
                                       (GfxRect){x + (i % cols) * (half + u * 2), y + (i / cols) * (bh + u), cw, bh},
                                       s->folders[i].label);
    if (it) it->selected = strcmp(typed(s)->text, s->folders[i].path) == 0;
  }
  return y + (shown + cols - 1) / cols * (bh + u);
}

static void layout(TeacherScene *s, GameApp *app) {
  const UiTheme *t = &app->theme;
  int u = t->unit, bh = ui_button_height(&app->ui);
  int top = ui_header_bottom(&app->ui, SUBTITLE) + u * 2;
  /* The tools' column as wide as its longest label at this text size. */
  int lw = u * 36;
  for (int k = 0; k < TOOLS; k++) {
    int tw = 0, th = 0;
    gfx_measure(app->gfx, GFX_FONT_BOLD, ui_size(t, UI_T_BODY), i18n_text_static(TOOL_LABEL[k]), &tw, &th);
    if (tw + u * 6 > lw) lw = tw + u * 6;
  }
  if (lw > u * 52) lw = u * 52;
  game_form_begin(&s->form);
  game_form_add(&s->form, CF_PRIMARY, I_DASH, (GfxRect){t->margin, top, lw, bh}, TR("teacher.open_the_dashboard", "Open the dashboard"));
  int y = top + bh + u * 4;
  for (int k = 0; k < TOOLS; k++) {
    ClassFormItem *it = game_form_add(&s->form, CF_CHOICE, I_TOOL + k, (GfxRect){t->margin, y, lw, bh}, i18n_text_static(TOOL_LABEL[k]));
    if (it) it->selected = s->tool == (Tool)k;
    y += bh + u;
  }
  int px = t->margin + lw + u * 4, pw = GFX_WIDTH - t->margin - px;
  int bottom = ui_footer_top(&app->ui) - u * 4 - bh;
  s->panel = (GfxRect){px, top, pw, bottom - top};
  int x = px + u * 3, w = pw - u * 6;
  int body_lh = gfx_line_height(app->gfx, GFX_FONT_BOLD, ui_size(t, UI_T_BODY));
  y = top + u * 3 + body_lh + u;
  if (s->suggest) {
    /* The names to answer: "liam murphy" looks like student 12, Liam Murphy. */
    int small_lh = gfx_line_height(app->gfx, GFX_FONT_REGULAR, ui_size(t, UI_T_SMALL));
    y += small_lh * 2 + u;
    int bw = u * 14;
    for (int i = 0; i < s->suggest_count && i < SUGGEST_SHOWN; i++) {
      ClassFormItem *a = game_form_add(&s->form, CF_CHOICE, I_ACCEPT + i, (GfxRect){x + w - bw * 2 - u, y, bw, bh}, TR("teacher.accept", "Accept"));
      if (a) a->selected = s->suggest[i].answer == GAME_ANSWER_ACCEPT;
      ClassFormItem *r = game_form_add(&s->form, CF_CHOICE, I_REFUSE + i, (GfxRect){x + w - bw, y, bw, bh}, TR("teacher.refuse", "Refuse"));
      if (r) r->selected = s->suggest[i].answer == GAME_ANSWER_REFUSE;
      y += bh + u;
    }
    y += u * 2;
    int third = (w - u * 4) / 3;
    game_form_add(&s->form, CF_BUTTON, I_ACCEPT_ALL, (GfxRect){x, y, third, bh}, TR("teacher.accept_all", "Accept all"));
    game_form_add(&s->form, CF_PRIMARY, I_IMPORT_NOW, (GfxRect){x + third + u * 2, y, third, bh}, TR("teacher.import_now", "Import now"));
    game_form_add(&s->form, CF_BUTTON, I_CANCEL, (GfxRect){x + (third + u * 2) * 2, y, third, bh}, TR("teacher.cancel", "Cancel"));
  } else if (s->tool == T_MAKE) {
    /* One button that steps through the mixers: any number of scenarios fits. */
    const GameState *st = app->state;
    int half = (w - u * 2) / 2;
    char label[200], fitted[200];
    snprintf(label, sizeof label, TR("teacher.mixer", "Mixer: %s  \u25b8"), s->scenario < st->scenario_count ? st->scenarios[s->scenario].title : "none");
    ui_fit(&app->ui, GFX_FONT_BOLD, UI_T_BODY, label, w - u * 4, fitted, sizeof fitted);
    game_form_add(&s->form, CF_BUTTON, I_SCENARIO, (GfxRect){x, y, w, bh}, fitted);
    y += bh + u * 2;
    /* Two rows, each a wide button and a narrow toggle: the difficulty (the class plays at
     * the one the code carries; the button steps through them) with the clock, then
     * introvert practice with hints. The wide labels fit there even at 140%. */
    int narrow = (w - u * 4) / 3, wide = w - narrow - u * 2;
    snprintf(label, sizeof label, TR("teacher.difficulty", "Difficulty: %s  \u25b8"),
             game_difficulty_label(game_difficulty_from_sim((SimDifficulty)s->make.difficulty)));
    ui_fit(&app->ui, GFX_FONT_BOLD, UI_T_BODY, label, wide - u * 2, fitted, sizeof fitted);
    game_form_add(&s->form, CF_BUTTON, I_DIFFICULTY, (GfxRect){x, y, wide, bh}, fitted);
    ClassFormItem *c = game_form_add(&s->form, CF_CHOICE, I_CLOCK, (GfxRect){x + wide + u * 2, y, narrow, bh}, TR("teacher.clock", "Clock"));
    if (c) c->selected = s->make.clock_on;
    y += bh + u;
    c = game_form_add(&s->form, CF_CHOICE, I_INTROVERT, (GfxRect){x, y, wide, bh}, TR("teacher.introvert_practice_2", "Introvert practice"));
    if (c) c->selected = s->make.introvert_practice;
    c = game_form_add(&s->form, CF_CHOICE, I_HINTS, (GfxRect){x + wide + u * 2, y, narrow, bh}, TR("teacher.hints", "Hints"));
    if (c) c->selected = s->make.hints_on;
    y += bh + u * 2;
    int code_h = gfx_line_height(app->gfx, GFX_FONT_BOLD, ui_size(t, UI_T_HEADING)) + u * 2;
    y += code_h;
    game_form_add(&s->form, CF_BUTTON, I_NEW_EVENING, (GfxRect){x, y, half, bh}, TR("teacher.another_evening", "Another evening"));
    game_form_add(&s->form, CF_PRIMARY, I_USE_CODE, (GfxRect){x + half + u * 2, y, half, bh}, TR("teacher.use_this_code_here", "Use this code here"));
  } else if (s->tool == T_CODES) {
    int h = game_form_area_height(&app->ui, 6);
    ClassFormItem *a = game_form_add(&s->form, CF_AREA, I_AREA, (GfxRect){x, y, w, h},
                                      TR("teacher.one_student_a_line_their", "One student a line: their name, a comma, then their code. Enter: new line."));
    if (a) a->area = &s->codes;
    y += h + u * 2;
    game_form_add(&s->form, CF_PRIMARY, I_GO, (GfxRect){x, y, u * 40, bh}, TR("teacher.check_and_import", "Check and import"));
    /* For mouse users: what Ctrl+V does in the box. */
    game_form_add(&s->form, CF_BUTTON, I_PASTE, (GfxRect){x + u * 42, y, u * 30, bh}, TR("teacher.paste", "Paste"));
  } else {
    if (s->tool == T_PRINT) {
      /* The class's pages on one row; a student's page with the number box beside it. */
      int half = (w - u * 2) / 2;
      const char *const what[3] = {TR("teacher.class_summary", "Class summary"), TR("teacher.student_handout", "Student handout"), TR("teacher.a_students_page", "A student's page")};
      static const int ids[3] = {I_PR_SUMMARY, I_PR_HANDOUT, I_PR_STUDENT};
      static const GamePrintKind kinds[3] = {GAME_PRINT_SUMMARY, GAME_PRINT_HANDOUT, GAME_PRINT_STUDENT};
      for (int k = 0; k < 3; k++) {
        ClassFormItem *c = game_form_add(&s->form, CF_CHOICE, ids[k],
                                          (GfxRect){x + (k % 2) * (half + u * 2), y + (k / 2) * (bh + u), half, bh}, what[k]);
        if (c) c->selected = s->print == kinds[k];
      }
      if (s->print == GAME_PRINT_STUDENT) {
        ClassFormItem *f = game_form_add(&s->form, CF_FIELD, I_STUDENT, (GfxRect){x + half + u * 2, y + bh + u, half, bh},
                                          TR("teacher.their_number", "Their number"));
        if (f) f->field = &s->student;
      }
      y += bh * 2 + u * 3;
    } else if (s->tool == T_EXPORT) {
      int half = (w - u * 2) / 2;
      ClassFormItem *c = game_form_add(&s->form, CF_CHOICE, I_ANON, (GfxRect){x, y, half, bh}, TR("teacher.anonymous_numbers", "Anonymous (numbers)"));
      if (c) c->selected = !s->names;
      c = game_form_add(&s->form, CF_CHOICE, I_NAMES, (GfxRect){x + half + u * 2, y, half, bh}, TR("teacher.with_names", "With names"));
      if (c) c->selected = s->names;
      y += bh + u * 2;
    }
    y += body_lh + u;
    const char *const go[TOOLS] = {"", TR("teacher.check_and_import", "Check and import"), "", TR("teacher.export", "Export"), TR("teacher.write_the_page", "Write the page")};
    y = add_folders(s, app, x, y, w, TR("teacher.type_a_folder", "Type a folder"),
                    go[s->tool]);
  }
  GfxRect back = ui_back_button_rect(&app->ui);
  game_form_add(&s->form, CF_BUTTON, I_BACK, back, TR("teacher.back", "Back"));
  /* The roster beside Back, as wide as its label (last in the order: the tools come first). */
  const char *students = TR("teacher.students", "Students: rename, merge, erase");
  int sw = 0, sh = 0;
  gfx_measure(app->gfx, GFX_FONT_BOLD, ui_size(t, UI_T_BODY), students, &sw, &sh);
  game_form_add(&s->form, CF_BUTTON, I_STUDENTS, (GfxRect){back.x + back.w + u * 2, back.y, sw + u * 6, back.h}, students);
  game_form_end(&s->form);
}

/* The code for the chosen scenario, evening and settings (into s->made). */
static void make_code(TeacherScene *s, GameApp *app) {
  const GameState *st = app->state;
  s->made[0] = '\0';
  if (s->scenario < 0 || s->scenario >= st->scenario_count) return;
  s->make.scenario_hash = sim_workshop_scenario_hash(st->scenarios[s->scenario].id);
  if (sim_workshop_encode(&s->make, s->made, sizeof s->made) != SIM_WORKSHOP_OK) s->made[0] = '\0';
}

/* A new evening: the same room and people, met differently. Replays (deterministic) count
 * up from 4242 so their screenshots repeat; real play draws from the clock. */
static void new_evening(TeacherScene *s, GameApp *app) {
  uint32_t base = app->state->deterministic ? 4242u : (uint32_t)time(NULL);
  s->make.seed = (base + (uint32_t)s->evenings * 7919u) % (SIM_WORKSHOP_SEED_MAX + 1u);
  s->evenings++;
  make_code(s, app);
}

/* Runs the import with the answers given so far (open ones are held back). */
static void import_now(TeacherScene *s, GameApp *app) {
  char summary[900];
  bool ok = s->tool == T_CODES
                ? game_teacher_import_codes(app->state, s->class_id, app->state->workshop, s->codes.text, s->suggest,
                                            s->suggest_count, summary, sizeof summary)
                : game_teacher_import_folder(app->state, s->class_id, typed(s)->text, s->suggest, s->suggest_count,
                                             summary, sizeof summary);
  drop_suggestions(s);
  say(s, !ok, summary);
  if (ok && s->tool == T_CODES) s->codes.text[0] = '\0';
}

/* Checks the folder or the codes for names to answer first; imports at once when none. */
static void check_import(TeacherScene *s, GameApp *app) {
  char msg[512];
  drop_suggestions(s);
  bool ok;
  if (s->tool == T_CODES) {
    if (!s->codes.text[0]) {
      say(s, true, TR("teacher.type_or_paste_the_codes", "Type or paste the codes first: one student a line, their name then their code."));
      return;
    }
    ok = game_teacher_suggest_codes(app->state, s->class_id, app->state->workshop, s->codes.text, &s->suggest, &s->suggest_count, msg, sizeof msg);
  } else {
    char folder[512], why[512];
    if (!game_folder_check(typed(s)->text, folder, sizeof folder, why, sizeof why)) {
      say(s, true, why);
      return;
    }
    ok = game_teacher_suggest_folder(app->state, s->class_id, folder, &s->suggest, &s->suggest_count, msg, sizeof msg);
  }
  if (!ok) {
    say(s, true, msg);
    return;
  }
  if (s->suggest) {
    say(s, false, "");
    game_form_focus(&s->form, I_ACCEPT);
    return;
  }
  import_now(s, app);
}

static void write_file(TeacherScene *s, GameApp *app) {
  char folder[512], why[512], path[1024];
  if (!game_folder_check(typed(s)->text, folder, sizeof folder, why, sizeof why)) {
    say(s, true, why);
    return;
  }
  bool ok;
  int64_t student = 0;
  if (s->tool == T_PRINT && s->print == GAME_PRINT_STUDENT) {
    int n = 0;
    int *sessions = NULL;
    SaveProfile *list = game_state_class_students_all(app->state, s->class_id, &sessions, &n);
    int number = atoi(s->student.text);
    for (int i = 0; i < n; i++)
      if (list[i].class_number == number) student = list[i].id;
    free(list);
    free(sessions);
    if (student == 0) {
      say(s, true, TR("teacher.type_the_number_of_a", "Type the number of a student in this class (it is beside their name on the Classroom screen)."));
      game_form_focus(&s->form, I_STUDENT);
      return;
    }
  }
  if (s->tool == T_EXPORT)
    ok = game_teacher_export_csv(app->state, s->class_id, s->names, folder, path, sizeof path, why, sizeof why);
  else
    ok = game_teacher_print(app->state, s->class_id, s->print, student, app->state->workshop, folder, path, sizeof path,
                            why, sizeof why);
  char text[1700];
  if (ok) snprintf(text, sizeof text, TR("teacher.written", "Written: %s\n%s"), path, why);
  else snprintf(text, sizeof text, TR("teacher.not_written", "Not written: %s"), why);
  say(s, !ok, text);
}

static void activate(TeacherScene *s, GameApp *app, int id) {
  if (id == I_DASH) {
    ui_stack_push(&app->stack, game_dashboard_scene(app, s->class_id, app->state->workshop));
  } else if (id >= I_TOOL && id < I_TOOL + TOOLS) {
    s->tool = (Tool)(id - I_TOOL);
    drop_suggestions(s);
    s->message[0] = '\0';
  } else if (id == I_SCENARIO) {
    const GameState *st = app->state;
    for (int k = 0; k < st->scenario_count; k++) { /* the next one that loads */
      s->scenario = (s->scenario + 1) % st->scenario_count;
      if (!st->scenarios[s->scenario].broken) break;
    }
    make_code(s, app);
  } else if (id >= I_FOLDER && id < I_FOLDER + s->folder_count) {
    /* The box holds 63 bytes: a longer folder is refused rather than cut to another one. */
    const char *path = s->folders[id - I_FOLDER].path;
    size_t n = strlen(path);
    if (n < sizeof typed(s)->text) {
      memcpy(typed(s)->text, path, n + 1);
      s->message[0] = '\0';
    } else {
      say(s, true, TR("teacher.that_folders_name_is_too", "That folder's name is too long for this box: type a shorter path to it."));
    }
  } else if (id >= I_ACCEPT && id < I_ACCEPT + SUGGEST_SHOWN && id - I_ACCEPT < s->suggest_count) {
    s->suggest[id - I_ACCEPT].answer = GAME_ANSWER_ACCEPT;
  } else if (id >= I_REFUSE && id < I_REFUSE + SUGGEST_SHOWN && id - I_REFUSE < s->suggest_count) {
    s->suggest[id - I_REFUSE].answer = GAME_ANSWER_REFUSE;
  } else {
    switch (id) {
      case I_ACCEPT_ALL:
        for (int i = 0; i < s->suggest_count; i++) s->suggest[i].answer = GAME_ANSWER_ACCEPT;
        break;
      case I_IMPORT_NOW: import_now(s, app); break;
      case I_CANCEL:
        drop_suggestions(s);
        say(s, false, TR("teacher.nothing_was_imported", "Nothing was imported."));
        break;
      case I_INTROVERT: s->make.introvert_practice = !s->make.introvert_practice; make_code(s, app); break;
      case I_CLOCK: s->make.clock_on = !s->make.clock_on; make_code(s, app); break;
      case I_HINTS: s->make.hints_on = !s->make.hints_on; make_code(s, app); break;
      case I_DIFFICULTY: {
        /* gentle -> standard -> challenging -> gentle, as the profile's chips read */
        int next = (game_difficulty_from_sim((SimDifficulty)s->make.difficulty) + 1) % GAME_DIFFICULTIES;
        s->make.difficulty = (uint8_t)game_difficulty_to_sim(next);
        make_code(s, app);
        break;
      }
      case I_NEW_EVENING: new_evening(s, app); break;
      case I_USE_CODE:
        if (s->made[0]) {
          game_state_set_workshop(app->state, s->made);
          char text[200];
          snprintf(text, sizeof text, TR("teacher.workshop_code_set_on_this", "Workshop code %s set on this computer. Write it on the board: students type it "
                   "on their own laptops too."), s->made);
          say(s, false, text);
        }
        break;
      case I_NAMES: s->names = true; break;
      case I_ANON: s->names = false; break;
      case I_PR_SUMMARY: s->print = GAME_PRINT_SUMMARY; break;
      case I_PR_HANDOUT: s->print = GAME_PRINT_HANDOUT; break;
      case I_PR_STUDENT:
        s->print = GAME_PRINT_STUDENT;
        game_form_focus(&s->form, I_STUDENT);
        break;
      case I_FIELD:
      case I_STUDENT:
      case I_GO:
        if (s->tool == T_IMPORT || s->tool == T_CODES) check_import(s, app);
        else write_file(s, app);
        break;
      case I_BACK: ui_stack_pop(&app->stack); break;
      case I_PASTE:
        game_area_paste(&s->codes);
        game_form_focus(&s->form, I_AREA);
        break;
      case I_STUDENTS: {
        UiScene *roster = game_roster_scene(app, s->class_id);
        if (roster) ui_stack_push(&app->stack, roster);
        else say(s, true, TR("teacher.students_locked", "The Students screen opens only after the teacher's PIN: go back and open the tools again."));
        break;
      }
      default: break;
    }
  }
}

static void teacher_update(UiScene *self, void *app_ptr, GfxInput *in) {
  TeacherScene *s = (TeacherScene *)self;
  GameApp *app = app_ptr;
  layout(s, app);
  if (in->pressed[GFX_ACT_BACK]) {
    in->text_active = false;
    if (s->suggest) {
      drop_suggestions(s);
      return;
    }
    ui_stack_pop(&app->stack);
    return;
  }
  bool changed = false;
  int id = game_form_update(&s->form, in, &changed);
  if (changed) s->message[0] = '\0';
  if (id >= 0) activate(s, app, id);
  if (s->codes.notice[0]) { /* what a paste did, or why it was refused */
    say(s, s->codes.notice_error, s->codes.notice);
    s->codes.notice[0] = '\0';
  }
  if (app->stack.pending_count > 0) in->text_active = false;
}

static void draw_suggestions(TeacherScene *s, GameApp *app, int x, int y, int w) {
  const UiTheme *t = &app->theme;
  int u = t->unit, bh = ui_button_height(&app->ui);
  char line[300];
  snprintf(line, sizeof line, TRN("teacher.names_look_like_students", "%d name looks like students already in the class. Accept: the same student. "
           "Refuse: a new student. Names you don't answer are left out for now.", "%d names look like students already in the class. "
           "Accept: the same student. Refuse: a new student. Names you don't answer are left out for now.",
           (unsigned long)s->suggest_count), s->suggest_count);
  ui_text(&app->ui, GFX_FONT_REGULAR, UI_T_SMALL, UI_C_INK_SOFT, x, y, w, line);
  y += gfx_line_height(app->gfx, GFX_FONT_REGULAR, ui_size(t, UI_T_SMALL)) * 2 + u;
  int bw = u * 14;
  for (int i = 0; i < s->suggest_count && i < SUGGEST_SHOWN; i++) {
    const SaveNameSuggestion *g = &s->suggest[i].s;
    char text[300], fitted[300];
    snprintf(text, sizeof text, "\u201c%s\u201d \u2192 %d %s?", g->incoming, g->member_number, g->member);
    ui_fit(&app->ui, GFX_FONT_REGULAR, UI_T_BODY, text, w - bw * 2 - u * 3, fitted, sizeof fitted);
    int lh = gfx_line_height(app->gfx, GFX_FONT_REGULAR, ui_size(t, UI_T_BODY));
    gfx_text(app->gfx, GFX_FONT_REGULAR, ui_size(t, UI_T_BODY), ui_color(t, UI_C_INK), x, y + (bh - lh) / 2,
             GFX_ALIGN_LEFT, fitted);
    y += bh + u;
  }
  if (s->suggest_count > SUGGEST_SHOWN) {
    snprintf(line, sizeof line, TR("teacher.and_more_accept_all_answers", "and %d more: \u201cAccept all\u201d answers them too."), s->suggest_count - SUGGEST_SHOWN);
    ui_text(&app->ui, GFX_FONT_REGULAR, UI_T_SMALL, UI_C_INK_SOFT, x, y - u / 2, w, line);
  }
}

static void teacher_draw(UiScene *self, void *app_ptr, Gfx *g) {
  TeacherScene *s = (TeacherScene *)self;
  GameApp *app = app_ptr;
  const UiTheme *t = &app->theme;
  int u = t->unit;
  (void)g;
  layout(s, app);
  char title[128];
  snprintf(title, sizeof title, TR("teacher.teacher", "Teacher: %s"), s->class_name);
  ui_page_header(&app->ui, title, SUBTITLE);
  ui_panel(&app->ui, s->panel, UI_C_SURFACE);
  int x = s->panel.x + u * 3, w = s->panel.w - u * 6, y = s->panel.y + u * 3;
  int body = ui_size(t, UI_T_BODY), lh = gfx_line_height(app->gfx, GFX_FONT_BOLD, body);
  GfxColor ink = ui_color(t, UI_C_INK);
  const char *const heads[TOOLS] = {TR("teacher.make_the_code_everyone_types", "Make the code everyone types"), TR("teacher.import_the_hand_in_files", "Import the hand-in files in a folder"), TR("teacher.type_in_the_results_codes", "Type in the results codes students got"),
                                           TR("teacher.export_the_class_as_a", "Export the class as a spreadsheet (CSV)"), TR("teacher.print_a_page", "Print a page")};
  gfx_text(app->gfx, GFX_FONT_BOLD, body, ink, x, y, GFX_ALIGN_LEFT, s->suggest ? TR("teacher.check_these_names", "Check these names") : heads[s->tool]);
  y += lh + u;
  if (s->suggest) draw_suggestions(s, app, x, y, w);
  int small = ui_size(t, UI_T_SMALL), slh = gfx_line_height(app->gfx, GFX_FONT_BOLD, small);
  for (int i = 0; i < s->form.count; i++) {
    const ClassFormItem *it = &s->form.items[i];
    if (it->id == I_FIELD)
      gfx_text(app->gfx, GFX_FONT_BOLD, small, ui_color(t, UI_C_INK_SOFT), x, it->r.y - slh - u / 2, GFX_ALIGN_LEFT,
               s->tool == T_IMPORT ? TR("teacher.the_folder_with_the_hand", "The folder with the hand-in files") : TR("teacher.write_it_to_this_folder", "Write it to this folder"));
    if (it->id == I_FOLDER)
      gfx_text(app->gfx, GFX_FONT_BOLD, small, ui_color(t, UI_C_INK_SOFT), x, it->r.y - slh - u / 2, GFX_ALIGN_LEFT,
               TR("teacher.or_choose_one_of_these", "Or choose one of these, then the button above"));
  }
  if (s->tool == T_CODES && !s->suggest && !app->state->workshop[0])
    ui_text(&app->ui, GFX_FONT_REGULAR, UI_T_SMALL, UI_C_DANGER, x, y - u / 2, w,
            TR("teacher.set_the_workshop_code_on", "Set the workshop code on the Classroom screen first: codes are checked against it."));
  if (s->tool == T_MAKE && !s->suggest)
    for (int i = 0; i < s->form.count; i++)
      if (s->form.items[i].id == I_NEW_EVENING) {
        int code_h = gfx_line_height(app->gfx, GFX_FONT_BOLD, ui_size(t, UI_T_HEADING)) + u * 2;
        gfx_text(app->gfx, GFX_FONT_BOLD, ui_size(t, UI_T_HEADING), ui_color(t, UI_C_ACCENT), x,
                 s->form.items[i].r.y - code_h + u / 2, GFX_ALIGN_LEFT, s->made[0] ? s->made : "-");
      }
  game_form_draw(&app->ui, &s->form);
  if (s->message[0]) {
    /* Under the panel's lowest item. */
    int my = y;
    for (int i = 0; i < s->form.count; i++) {
      const ClassFormItem *it = &s->form.items[i];
      if (it->r.x >= s->panel.x && it->r.y + it->r.h + u * 2 > my) my = it->r.y + it->r.h + u * 2;
    }
    ui_text(&app->ui, GFX_FONT_REGULAR, UI_T_SMALL, s->message_error ? UI_C_DANGER : UI_C_GOOD, x, my, w, s->message);
  }
  bool in_area = game_form_focused_id(&s->form) == I_AREA;
  ui_footer_hint(&app->ui, in_area ? TR("teacher.type_paste_tab_move", "Type   Ctrl+V: paste   Tab: move   Esc: back")
                           : game_form_typing(&s->form) ? TR("teacher.type_tab_move_esc_back", "Type   Tab: move   Esc: back")
                                                       : TR("teacher.up_down_or_tab_move", "Up/Down or Tab: move   Enter: choose   Esc: back"));
}

static void teacher_resume(UiScene *self, void *app_ptr) {
  TeacherScene *s = (TeacherScene *)self;
  game_state_class_name(((GameApp *)app_ptr)->state, s->class_id, s->class_name, sizeof s->class_name);
}

static void teacher_destroy(UiScene *self) {
  TeacherScene *s = (TeacherScene *)self;
  /* Leaving the tools locks them: the PIN is asked again next time. */
  if (s->state) game_teacher_lock(s->state);
  free(s->suggest);
  free(s);
}

static const UiSceneOps TEACHER_OPS = {
  .name = "teacher", .update = teacher_update, .draw = teacher_draw, .destroy = teacher_destroy,
  .resume = teacher_resume,
};

UiScene *game_teacher_scene(GameApp *app, int64_t class_id) {
  TeacherScene *s = calloc(1, sizeof *s);
  if (!s) return NULL;
  s->base.ops = &TEACHER_OPS;
  s->class_id = class_id;
  s->state = app->state;
  s->in_folder.max_chars = s->out_folder.max_chars = 63;
  s->student.max_chars = 6;
  game_state_class_name(app->state, class_id, s->class_name, sizeof s->class_name);
  s->folder_count = game_folders_find(app->state->save_path, s->folders, CLASS_FOLDERS_MAX);
  if (app->state->scenario_count == 0) game_state_scan_scenarios(app->state);
  /* Start from the code in use, else the first scenario with the clock on. */
  s->make.clock_on = true;
  SimWorkshop w;
  char id[64];
  if (app->state->workshop[0] &&
      scr_workshop_scenario(app->state->workshop, &w, NULL, id, sizeof id, NULL, 0) == SCR_WORKSHOP_OK) {
    s->make = w;
    for (int i = 0; i < app->state->scenario_count; i++)
      if (strcmp(app->state->scenarios[i].id, id) == 0) s->scenario = i;
    make_code(s, app);
  } else {
    for (int i = 0; i < app->state->scenario_count; i++) /* the mixer the guide starts with */
      if (strcmp(app->state->scenarios[i].id, "career_fair") == 0) s->scenario = i;
    new_evening(s, app);
  }
  layout(s, app);
  game_form_focus(&s->form, I_DASH);
  return &s->base;
}
