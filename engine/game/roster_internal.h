/* roster_internal.h — the Students screen's state (scene_roster.c), shared with its words
 * and search filter (roster_words.c). Nothing outside those two files includes it.
 */
#ifndef RAPPORT_GAME_ROSTER_INTERNAL_H
#define RAPPORT_GAME_ROSTER_INTERNAL_H

#include <stddef.h>

#include "game/class_form.h"
#include "game/class_roster.h"
#include "game/scenes.h"

typedef enum Zone { Z_SEARCH, Z_LIST, Z_PANEL } Zone;
typedef enum Panel { P_NONE, P_STUDENT, P_RENAME, P_MERGE_PICK, P_MERGE_KEEP, P_ERASE, P_ERASE_CLASS } Panel;
enum {
  B_RENAME = 1, B_MERGE, B_ERASE, B_ERASE_CLASS, B_NAME, B_SAVE_NAME, B_CANCEL, B_KEEP_A, B_KEEP_B,
  B_MERGE_NOW, B_ERASE_NOW, B_CLASS_NAME, B_ERASE_CLASS_NOW, B_BACK
};

typedef struct RosterScene {
  UiScene base;
  int64_t class_id;
  char class_name[SAVE_NAME_MAX];
  GameRosterStudent *students;
  int count;
  int *shown;                /* the students the search matches, as indexes */
  int shown_count;
  UiTextField search;
  UiTextField name;          /* the new name */
  UiTextField typed_class;   /* the class's name typed to erase it */
  Zone zone;
  int row;                   /* the focused row, an index into shown */
  int64_t picked;            /* the student the panel is about (0: none) */
  int64_t other;             /* merging: the second student */
  bool keep_other;           /* merging: the second one stays (else the first) */
  Panel panel;
  ClassForm form;            /* the panel's buttons and boxes, and Back */
  UiScroll scroll;
  GfxRect search_rect, view, panel_rect;
  GfxRect *rows;             /* scroll-content coordinates, one per shown row */
  int panel_text_h;          /* the panel's words above its items */
  char message[600];
  bool message_error;
} RosterScene;

/* The student with row id `id` among those read (NULL when gone). */
const GameRosterStudent *game_roster_find(const RosterScene *s, int64_t id);
/* The rows the search box lets through: names holding the typed text (any case), or the
 * student with that number when only digits are typed. */
void game_roster_refilter(RosterScene *s);
/* The panel's heading and words for the mode it is in. */
void game_roster_panel_words(const RosterScene *s, char *head, size_t headlen, char *body, size_t bodylen);

#endif
