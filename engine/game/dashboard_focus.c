/* dashboard_focus.c — the dashboard's order and keyboard: sorting the rows by any column of
 * either view in either direction, the names of the figures (as headings and as spoken),
 * what self-voicing says about a row, and where the arrow and Tab keys move the focus (view
 * tabs, column headings, the page's rows, the buttons). See dashboard_internal.h.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "game/dashboard_internal.h"
#include "game/difficulty.h"
#include "i18n/i18n.h"

/* Headings: the full one, and a short one (explained under the table) for large text. */
static const char *const HEAD_FULL[SORTS] = {
  TR_NOOP("dashboard.head_student", "Student"),  TR_NOOP("dashboard_table.depth", "Depth+"),
  TR_NOOP("dashboard_table.call", "Call"),        TR_NOOP("dashboard_table.cards", "Cards"),
  TR_NOOP("dashboard.head_followups", "Follow-ups"), TR_NOOP("dashboard.head_left_early", "Left early"),
  TR_NOOP("dashboard.head_rests", "Rests"),       TR_NOOP("dashboard.head_difficulty", "Difficulty"),
};
static const char *const HEAD_BRIEF[SORTS] = {
  TR_NOOP("dashboard.head_student", "Student"),  TR_NOOP("dashboard_table.depth", "Depth+"),
  TR_NOOP("dashboard_table.call", "Call"),        TR_NOOP("dashboard_table.cards", "Cards"),
  TR_NOOP("dashboard.head_sent", "Sent"),         TR_NOOP("dashboard.head_early", "Early"),
  TR_NOOP("dashboard.head_rests", "Rests"),       TR_NOOP("dashboard.head_level", "Level"),
};
/* As self-voicing and the footer name them. */
static const char *const KEY_NAME[SORTS] = {
  TR_NOOP("dashboard.key_student", "student"),          TR_NOOP("dashboard_table.depth_gained", "depth gained"),
  TR_NOOP("dashboard_table.people_to_call", "people to call"), TR_NOOP("dashboard_table.cards_figure", "cards"),
  TR_NOOP("dashboard.key_followups", "follow-ups sent"), TR_NOOP("dashboard.key_left_early", "left early"),
  TR_NOOP("dashboard.key_rests", "rests"),              TR_NOOP("dashboard.key_difficulty", "difficulty"),
};

const char *game_dash_key_heading(int key, bool brief) {
  if (key < 0 || key >= SORTS) return "";
  return i18n_text_static(brief ? HEAD_BRIEF[key] : HEAD_FULL[key]);
}

const char *game_dash_key_name(int key) {
  return key >= 0 && key < SORTS ? i18n_text_static(KEY_NAME[key]) : "";
}

/* ---- Sorting ---- */

/* By the anonymous number (random per class, so this order says nothing about names or
 * joining order), then the class number for saves made before anonymous numbers existed. */
static int by_number(const void *a, const void *b) {
  const SaveStudentSummary *x = a, *y = b;
  if (x->profile.anon_number != y->profile.anon_number)
    return (x->profile.anon_number > y->profile.anon_number) - (x->profile.anon_number < y->profile.anon_number);
  return (x->profile.class_number > y->profile.class_number) - (x->profile.class_number < y->profile.class_number);
}

static int by_name(const void *a, const void *b) {
  const SaveStudentSummary *x = a, *y = b;
  int c = strcmp(x->profile.name, y->profile.name);
  return c != 0 ? c : by_number(a, b);
}

static double figure(const SaveSession *p, int key) {
  switch (key) {
    case S_DEPTH: return p->depth_gain;
    case S_CALL: return p->callable;
    case S_CARDS: return p->cards;
    case S_SENT: return p->followups;
    case S_EARLY: return p->left_early ? 1 : 0;
    case S_RESTS: return p->rests;
    case S_LEVEL: return p->difficulty;
    default: return 0;
  }
}

/* qsort has no context argument: the key and direction of the sort under way. */
static int sort_key;
static bool sort_anonymous, sort_ascending;

/* Who has no session goes last either way; ties by number (never by name, which would hint
 * at who is who in the anonymous view). */
static int by_key(const void *a, const void *b) {
  const SaveStudentSummary *x = a, *y = b;
  int flip = sort_ascending ? 1 : -1;
  if (sort_key == S_WHO) return flip * (sort_anonymous ? by_number(a, b) : by_name(a, b));
  if (x->has_latest != y->has_latest) return x->has_latest ? -1 : 1;
  if (x->has_latest) {
    double u = figure(&x->latest.session, sort_key), v = figure(&y->latest.session, sort_key);
    if (u != v) return flip * (u < v ? -1 : 1);
  }
  return by_number(a, b);
}

void game_dash_sort_rows(DashScene *s) {
  if (s->count <= 0) return;
  /* Anonymous rows go by number: alphabetical order would hint at who is who. */
  sort_key = s->sort;
  sort_anonymous = s->anonymous;
  sort_ascending = s->ascending;
  qsort(s->rows, (size_t)s->count, sizeof *s->rows, by_key);
}

void game_dash_sort_by(DashScene *s, int key) {
  if (s->top && key == S_WHO) key = S_DEPTH; /* a top five is of a figure */
  if (key == s->sort) s->ascending = !s->ascending;
  else s->ascending = key == S_WHO; /* students by number; figures the most first */
  s->sort = key;
  s->page = 0;
  game_dash_sort_rows(s);
}

void game_dash_page_rows(const DashScene *s, int *first, int *end) {
  if (s->layout == L_CHART) { /* the chart alone: no rows drawn */
    *first = *end = 0;
    return;
  }
  *first = s->top ? 0 : s->page * s->per_page;
  *end = *first + s->per_page;
  if (s->top) { /* the five best on the sorted figure: only students who played */
    *end = 0;
    while (*end < s->count && *end < DASH_TOP && s->rows[*end].has_latest) (*end)++;
  }
  if (*end > s->count) *end = s->count;
}

/* ---- What self-voicing says about a row ---- */

void game_dash_row_state(const DashScene *s, const SaveStudentSummary *u, int index, char *out, size_t outlen) {
  char where[64];
  snprintf(where, sizeof where, TR("dashboard.row_of", "%d of %d"), index + 1, s->count);
  if (!u->has_latest) {
    snprintf(out, outlen, "%s, %s",
             game_dash_played_off_code(s, u->profile.id) ? TR("dashboard_table.played_without_the_code", "played without the code")
                                                          : TR("dashboard_table.no_finished_session_yet", "no finished session yet"),
             where);
    return;
  }
  const SaveSession *p = &u->latest.session;
  char a[96], b[96], c[96];
  if (s->view == V_CONNECT) {
    snprintf(a, sizeof a, TR("dashboard.say_depth", "depth %.0f"), p->depth_gain);
    snprintf(b, sizeof b, TRN("dashboard.say_call", "%d you could call", "%d you could call", (unsigned long)p->callable), p->callable);
    snprintf(c, sizeof c, TRN("dashboard.say_cards", "%d card", "%d cards", (unsigned long)p->cards), p->cards);
  } else {
    snprintf(a, sizeof a, TRN("dashboard.say_followups", "%d follow-up sent", "%d follow-ups sent", (unsigned long)p->followups),
             p->followups);
    snprintf(b, sizeof b, "%s", p->left_early ? TR("dashboard.say_left_early", "left early") : TR("dashboard.say_stayed", "stayed to the end"));
    snprintf(c, sizeof c, TRN("dashboard.say_rests", "rested %d time", "rested %d times", (unsigned long)p->rests), p->rests);
  }
  snprintf(out, outlen, "%s, %s, %s, %s, %s", a, b, c, game_difficulty_label(p->difficulty), where);
}

/* ---- Keyboard focus ---- */

static int area_count(const DashScene *s, int area, const bool shown[BUTTONS], int rows) {
  if (area == F_TABS) return s->layout == L_CHART ? 0 : VIEWS;
  if (area == F_HEADS) return s->head_count;
  if (area == F_ROWS) return rows;
  int n = 0;
  for (int b = 0; b < BUTTONS; b++) n += shown[b];
  return n;
}

/* The next shown button after `b` in direction `dir` (wrapping). */
static int next_button(int b, int dir, const bool shown[BUTTONS]) {
  for (int guard = 0; guard < BUTTONS; guard++) {
    b = (b + dir + BUTTONS) % BUTTONS;
    if (shown[b]) return b;
  }
  return B_BACK;
}

void game_dash_focus_clamp(DashScene *s, const bool shown[BUTTONS], int rows) {
  if (s->fidx[F_TABS] != s->view) s->fidx[F_TABS] = s->view;
  if (s->fidx[F_HEADS] >= s->head_count) s->fidx[F_HEADS] = s->head_count > 0 ? s->head_count - 1 : 0;
  if (s->fidx[F_ROWS] >= rows) s->fidx[F_ROWS] = rows > 0 ? rows - 1 : 0;
  if (!shown[s->fidx[F_BUTTONS]]) s->fidx[F_BUTTONS] = B_ANON;
  if (area_count(s, s->farea, shown, rows) == 0) s->farea = F_BUTTONS;
}

/* Up/Down: tabs, headings, each row of the page, buttons, round again. Down from a page's
 * last row goes on to the next page's first (Up from the first, back to the previous page's
 * last), so the keyboard reads the whole class as one list; Tab leaves the rows. */
static void move_vertical(DashScene *s, int dir, const bool shown[BUTTONS], int rows) {
  if (s->farea == F_ROWS) {
    int i = s->fidx[F_ROWS] + dir;
    if (i >= 0 && i < rows) {
      s->fidx[F_ROWS] = i;
      return;
    }
    if (!s->top && i >= rows && s->page + 1 < s->pages) {
      s->page++;
      s->fidx[F_ROWS] = 0;
      return;
    }
    if (!s->top && i < 0 && s->page > 0) {
      s->page--;
      s->fidx[F_ROWS] = s->per_page - 1; /* a full page: every page before the last is */
      return;
    }
  }
  for (int guard = 0; guard < FAREAS; guard++) {
    s->farea = (s->farea + dir + FAREAS) % FAREAS;
    if (area_count(s, s->farea, shown, rows) > 0) break;
  }
  if (s->farea == F_ROWS) s->fidx[F_ROWS] = dir > 0 ? 0 : rows - 1;
}

/* Tab/Shift+Tab: every focusable element in reading order. */
static void move_linear(DashScene *s, int dir, const bool shown[BUTTONS], int rows) {
  int a = s->farea, i = a == F_BUTTONS ? -1 : s->fidx[a];
  if (a == F_BUTTONS) { /* within the buttons, in their left-to-right order */
    int b = s->fidx[F_BUTTONS], n = next_button(b, dir, shown);
    if ((dir > 0 && n > b) || (dir < 0 && n < b)) {
      s->fidx[F_BUTTONS] = n;
      return;
    }
  } else if (i + dir >= 0 && i + dir < area_count(s, a, shown, rows)) {
    s->fidx[a] = i + dir;
    if (a == F_TABS) s->view = s->fidx[a];
    return;
  }
  for (int guard = 0; guard < FAREAS; guard++) {
    s->farea = (s->farea + dir + FAREAS) % FAREAS;
    if (area_count(s, s->farea, shown, rows) > 0) break;
  }
  int n = area_count(s, s->farea, shown, rows);
  if (s->farea == F_BUTTONS) {
    int first = B_ANON, last = B_BACK;
    while (!shown[first] && first < B_BACK) first++;
    s->fidx[F_BUTTONS] = dir > 0 ? first : last;
  } else {
    s->fidx[s->farea] = dir > 0 ? 0 : n - 1;
    if (s->farea == F_TABS) s->fidx[F_TABS] = s->view; /* the tab shown, not a switch */
  }
}

/* Page Up/Down, Home/End: the table's previous, next, first or last page, wherever the
 * focus is (a focused row stays the same place on the new page). */
static bool page_keys(DashScene *s, const GfxInput *in) {
  if (s->top || s->pages <= 1) return false;
  int page = s->page;
  if (in->pressed[GFX_ACT_PAGE_PREV] && page > 0) page--;
  if (in->pressed[GFX_ACT_PAGE_NEXT] && page + 1 < s->pages) page++;
  if (in->pressed[GFX_ACT_PAGE_FIRST]) page = 0;
  if (in->pressed[GFX_ACT_PAGE_LAST]) page = s->pages - 1;
  if (page == s->page) return false;
  s->page = page;
  return true;
}

void game_dash_focus_keys(DashScene *s, const GfxInput *in, const bool shown[BUTTONS], int rows) {
  game_dash_focus_clamp(s, shown, rows);
  if (page_keys(s, in)) return; /* the rows changed: the caller clamps the focus to them */
  int h = in->pressed[GFX_ACT_RIGHT] ? 1 : in->pressed[GFX_ACT_LEFT] ? -1 : 0;
  int v = in->pressed[GFX_ACT_DOWN] ? 1 : in->pressed[GFX_ACT_UP] ? -1 : 0;
  int t = in->pressed[GFX_ACT_NEXT] ? 1 : in->pressed[GFX_ACT_PREV] ? -1 : 0;
  if (t) move_linear(s, t, shown, rows);
  else if (v) move_vertical(s, v, shown, rows);
  else if (h) {
    switch (s->farea) {
      case F_TABS:
      case F_ROWS: /* the other view over the same rows (the tabs follow) */
        s->view = (s->view + h + VIEWS) % VIEWS;
        s->fidx[F_TABS] = s->view;
        break;
      case F_HEADS:
        if (s->head_count > 0) s->fidx[F_HEADS] = (s->fidx[F_HEADS] + h + s->head_count) % s->head_count;
        break;
      default: s->fidx[F_BUTTONS] = next_button(s->fidx[F_BUTTONS], h, shown); break;
    }
  }
}
