/* dashboard_internal.h — the teacher's dashboard's state, shared by its three files:
 * scene_dashboard.c (loading, sorting, layout, input), dashboard_table.c (the table) and
 * dashboard_chart.c (the chart, skill averages and strategies). Not for other screens.
 */
#ifndef RAPPORT_GAME_DASHBOARD_INTERNAL_H
#define RAPPORT_GAME_DASHBOARD_INTERNAL_H

#include "game/scenes.h"
#include "game/state.h"
#include "save/save_class.h"

enum { BOTS = 3 };
enum { B_ANON, B_PANEL, B_SORT, B_TOP, B_PREV, B_NEXT, B_BACK, BUTTONS };
/* The table's order: by number (or name, when names show), else the best first. */
enum { S_WHO, S_DEPTH, S_CALL, S_CARDS, SORTS };
/* Large text: the right column shows one panel at a time. */
enum { P_CHART, P_SKILLS, P_STRATEGIES, PANELS };
enum { DASH_TOP = 5 };       /* the "top five" view for class discussion */

extern const char *const game_dash_bot_label[BOTS];

/* A student's dot: its cell on the chart's grid (to count students on one spot). */
typedef struct Dot { int cx, cy, px, py, number; } Dot;

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
  char played_at[120];        /* "played at gentle 12, standard 3" (the sessions shown), or "" */
  char bot_note[200];         /* why the bots could not run, when they could not */
  bool anonymous;
  int sort;                   /* S_* */
  bool top;                   /* the top-five view (by the sorted figure; depth when by student) */
  bool sort_button;           /* the Sort button fits in the row (else: the headings only) */
  bool top_button;            /* the Top five button fits in the row */
  int64_t *off_code;          /* students who finished a session, none under this code: sorted ids */
  int off_count;
  GfxRect head[SORTS];        /* the table's column headings: click to sort */
  bool compact;               /* large text: one right-hand panel at a time (s->panel) */
  int panel;
  int page, per_page, pages;
  int focus;
  GfxRect btn[BUTTONS];
  GfxRect table, scatter, skills, strategies;
  int row_h;
  /* The chart's dots, placed and grouped once per class view and layout (not per frame:
   * a year group is hundreds of students, and the frame probe runs the drawing each tick). */
  struct Dot *dots;
  int dot_count;
  bool dots_valid;
  GfxRect dots_plot;
  int dots_cell;
  bool dots_anonymous;
} DashScene;

/* Where the table's columns are (measured at the current text size). */
typedef struct Cols { int name_x, name_w, depth, call, cards, skill; } Cols;

/* The number a student is shown by (scene_dashboard.c). */
int game_dash_shown_number(const DashScene *s, const SaveProfile *p);
bool game_dash_played_off_code(const DashScene *s, int64_t id);
/* dashboard_table.c */
int game_dash_rows_fitting(DashScene *s, GameApp *app, GfxRect r, bool with_bots);
Cols game_dash_table_cols(GameApp *app, GfxRect r);
void game_dash_draw_table(DashScene *s, GameApp *app);
/* dashboard_chart.c */
void game_dash_diamond(Gfx *g, int cx, int cy, int r, GfxColor c);
void game_dash_draw_scatter(DashScene *s, GameApp *app);
void game_dash_draw_skills(DashScene *s, GameApp *app);
void game_dash_draw_strategies(DashScene *s, GameApp *app);

#endif
