/* dashboard_internal.h — the teacher's dashboard's state, shared by its files:
 * scene_dashboard.c (loading, layout, input), dashboard_focus.c (sorting, keyboard focus and
 * what self-voicing says), dashboard_table.c (the table and its two views), dashboard_chart.c
 * (the chart, skill averages and strategies) and dashboard_labels.c (where the chart's words
 * go so that none overprints another). Not for other screens.
 */
#ifndef RAPPORT_GAME_DASHBOARD_INTERNAL_H
#define RAPPORT_GAME_DASHBOARD_INTERNAL_H

#include "game/scenes.h"
#include "game/state.h"
#include "save/save_class.h"

enum { BOTS = 3 };
enum { B_ANON, B_LAYOUT, B_PANEL, B_TOP, B_PREV, B_NEXT, B_BACK, BUTTONS };
/* What the screen shows: the table with the chart beside it, the table alone across the
 * whole width (the most rows a page: for large text and a projector), or the chart alone
 * (its panels one at a time, as large as the screen allows). */
enum { L_BOTH, L_TABLE, L_CHART, LAYOUTS };
/* What the table can be sorted by: the student (number, or name when names show), or one
 * figure of the latest session. */
enum { S_WHO, S_DEPTH, S_CALL, S_CARDS, S_SENT, S_EARLY, S_RESTS, S_LEVEL, SORTS };
/* Two views over the same rows, each with its own sortable columns: what the evening built
 * (depth, people to call, cards, skills) and how the student went about it (follow-ups
 * sent, left early, rests, the difficulty played). One table of either fits at 140% text. */
enum { V_CONNECT, V_HABITS, VIEWS };
enum { COLS_MAX = 5 };        /* a view's columns, the student's included */
/* Where the keyboard focus is: the view tabs, the column headings, a row of the page, or
 * the buttons. Up/Down move between them (row by row in the table), Left/Right within. */
enum { F_TABS, F_HEADS, F_ROWS, F_BUTTONS, FAREAS };
/* Large text: the right column shows one panel at a time. */
enum { P_CHART, P_SKILLS, P_STRATEGIES, PANELS };
enum { DASH_TOP = 5 };       /* the "top five" view for class discussion */

extern const char *const game_dash_bot_label[BOTS];

/* A student's dot: its cell on the chart's grid (to count students on one spot). */
typedef struct Dot { int cx, cy, px, py, number; } Dot;

/* The chart's marks and words, placed once per class view and layout: a mark is a dot, a
 * counted dot or a bot's diamond; a label is a student's number or a bot's name, put only
 * where it overprints no other word and no mark (a bot's name always finds a place, with a
 * leader line when it had to move away). */
typedef struct ChartMark { int x, y, r, count, number; bool bot; int bot_index; GfxRect text; } ChartMark;
typedef struct ChartLabel { GfxRect box; int mark; bool bot; bool leader; char text[48]; } ChartLabel;

typedef struct DashScene {
  UiScene base;
  int64_t class_id;
  char class_name[SAVE_NAME_MAX];
  char workshop[SAVE_CODE_MAX];
  SaveStudentSummary *rows;
  int count, played;
  double skill_avg[SAVE_SKILL_COUNT];
  bool has_skills;
  bool bots_ok;
  SimScores bots[BOTS];
  char setup[200];            /* the subtitle: what was played */
  char played_at[160];        /* "Played at: Gentle 12, Standard 3." (the sessions shown), or "" */
  char played_brief[160];     /* "Levels: Gentle 12, Standard 3", beside the tabs when the other is too long */
  char bot_note[200];         /* why the bots could not run, when they could not */
  bool anonymous;
  int sort;                   /* S_* */
  bool ascending;             /* the sort's direction (by student: ascending; figures: most first) */
  int view;                   /* V_* */
  bool top;                   /* the top-five view (by the sorted figure; depth when by student) */
  bool top_button;            /* the Top five button fits in the row */
  int farea;                  /* F_*: where the keyboard focus is */
  int fidx[FAREAS];           /* the focused item in each area (a row: on the page) */
  int64_t *off_code;          /* students who finished a session, none under this code: sorted ids */
  int off_count;
  GfxRect head[COLS_MAX];     /* the view's column headings: click (or Enter) to sort */
  int head_count;
  GfxRect tab[VIEWS];         /* the view switch over the table */
  bool compact;               /* large text: one right-hand panel at a time (s->panel) */
  int panel;
  int layout;                 /* L_* */
  bool layout_chosen;         /* the teacher chose it (else: by the text size) */
  bool cramped;               /* side by side would leave too little room (large text): no L_BOTH */
  bool tabs_up;               /* the view tabs are on the title's line (table alone) */
  int page, per_page, pages;
  int focus;
  GfxRect btn[BUTTONS];
  GfxRect table, scatter, skills, strategies;
  int row_h;
  int rows_y;                 /* where the table's first row is drawn */
  int foot_scale, foot_h;     /* the footer's height, kept for the text size it was measured at */
  bool played_chip;           /* the difficulties played fit beside the view tabs */
  const char *chip_text;      /* which of played_at, played_brief is there */
  /* The chart's dots, placed and grouped once per class view and layout (not per frame:
   * a year group is hundreds of students, and the frame probe runs the drawing each tick). */
  struct Dot *dots;
  int dot_count;
  bool dots_valid;
  GfxRect dots_plot;
  int dots_cell, dots_base;   /* the cells used; the narrowest asked for */
  bool dots_anonymous;
  ChartMark *marks;
  int mark_count;
  ChartLabel *labels;
  int label_count;
  GfxRect chart_words[8];     /* the axis words and numbers, placed with the marks */
  int chart_word_count;
} DashScene;

/* Where a view's columns are (measured at the current text size): the student's name from
 * name_x, name_w wide, then each figure right-aligned at right[c]; skill bars (the
 * connections view) from skill. `brief` when the short headings had to be used. */
typedef struct Cols {
  int view, count;             /* columns, the student's (0) included */
  int key[COLS_MAX];           /* S_* of each column */
  int left[COLS_MAX], right[COLS_MAX];
  int name_x, name_w, skill;
  bool brief;
} Cols;

/* The number a student is shown by (scene_dashboard.c). */
int game_dash_shown_number(const DashScene *s, const SaveProfile *p);
bool game_dash_played_off_code(const DashScene *s, int64_t id);
/* dashboard_focus.c */
void game_dash_sort_rows(DashScene *s);
/* Sorts by `key`: a new key in its natural direction, the same key the other way. */
void game_dash_sort_by(DashScene *s, int key);
/* The rows drawn on this page: [*first, *end). */
void game_dash_page_rows(const DashScene *s, int *first, int *end);
/* Moves the focus for this frame's arrow and Tab keys (`shown`: the buttons drawn; `rows`:
 * the rows on the page). Left/Right on a row switch the view over the same rows. */
void game_dash_focus_keys(DashScene *s, const GfxInput *in, const bool shown[BUTTONS], int rows);
/* Clamps the focus after the page, the view or the rows changed. */
void game_dash_focus_clamp(DashScene *s, const bool shown[BUTTONS], int rows);
/* A figure's name as a heading (`brief`: the short one) and as self-voicing says it. */
const char *game_dash_key_heading(int key, bool brief);
const char *game_dash_key_name(int key);
/* What self-voicing says about a row ("depth 54, 2 you could call, 5 cards, Gentle, 3 of
 * 30") into out; the label ("Student 12") is the row's own. */
void game_dash_row_state(const DashScene *s, const SaveStudentSummary *u, int index, char *out, size_t outlen);
/* dashboard_table.c */
int game_dash_rows_fitting(DashScene *s, GameApp *app, GfxRect r, bool with_bots);
Cols game_dash_table_cols(DashScene *s, GameApp *app, GfxRect r, int view);
/* The view tabs' width side by side. */
int game_dash_tabs_width(GameApp *app);
/* Sets the view tabs' (in s->table, or on the title's line when s->tabs_up), the headings'
 * and the rows' places. */
void game_dash_table_layout(DashScene *s, GameApp *app);
/* The table's width that fits both views' columns at the current text size. */
int game_dash_table_width(DashScene *s, GameApp *app);
void game_dash_row_label(const DashScene *s, const SaveStudentSummary *u, char *out, size_t outlen);
void game_dash_draw_table(DashScene *s, GameApp *app);
/* dashboard_chart.c */
void game_dash_diamond(Gfx *g, int cx, int cy, int r, GfxColor c);
void game_dash_draw_scatter(DashScene *s, GameApp *app);
void game_dash_draw_skills(DashScene *s, GameApp *app);
void game_dash_draw_strategies(DashScene *s, GameApp *app);
/* dashboard_labels.c: places the chart's labels (s->labels) around its marks (s->marks),
 * clear of each other, of the marks and of `words` (the axis words), inside `area`. */
void game_dash_place_labels(DashScene *s, GameApp *app, GfxRect area, const GfxRect *words, int word_count);
/* True when the i-th mark's count is clear of every diamond and other dot, and its dot
 * covers no other count. */
bool game_dash_count_clear(const DashScene *s, int i);
/* True when no two of the chart's words (labels, counts, axis words) overlap (for tests). */
bool game_dash_chart_words_clear(const DashScene *s, char *why, size_t whylen);

#endif
