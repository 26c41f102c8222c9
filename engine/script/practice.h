/* practice.h — the practice data the Lua host reads: the own-words checklist's rules
 * (scripts/lib/checklist.lua) into sim's SimCheckRules, and the practice menu's drills
 * (scripts/lib/drills.lua). Both files are plain data run in the scenario sandbox.
 * Their words have line ids for translation (practice_texts.c). Errors are values ("FILE:
 * where: message"); nothing prints. Depends on Lua 5.4, sim and i18n.
 */
#ifndef RAPPORT_SCRIPT_PRACTICE_H
#define RAPPORT_SCRIPT_PRACTICE_H

#include <stdbool.h>
#include <stddef.h>

#include "i18n/i18n.h"
#include "sim/practice.h"

#define SCR_DRILLS_MAX 8
#define SCR_DRILL_STEPS 8

typedef enum ScrDrillKind {
  SCR_DRILL_TALK,     /* a choice in the conversation */
  SCR_DRILL_JOIN,     /* how to join the person's group */
  SCR_DRILL_MESSAGE,  /* the follow-up's personal line, typed and checked */
  SCR_DRILL_KIND_COUNT
} ScrDrillKind;

typedef struct ScrDrill {
  char id[32];
  char title[80];
  char setup[480];             /* the situation, shown before the first try */
  char scenario[64];           /* a scenario id (scr_find_scenario) */
  char person[64];             /* a person id in it */
  ScrDrillKind kind;
  int step_count;
  char steps[SCR_DRILL_STEPS][48]; /* node ids from the person's first node to the moment */
  int focus;                   /* a SimStyle the hint explains, -1 none */
  char polite[240], barge[240];/* SCR_DRILL_JOIN: the two ways to join */
  char walk_off[240];          /* SCR_DRILL_TALK: an extra "walk away" option, "" none */
  char hint[320];              /* the first try's hint, when the style's own is not right ("" none) */
} ScrDrill;

/* Reads the checklist rules at `path` into *out (phrases folded with sim_check_fold).
 * false + "PATH: where: message" in err when the file is missing, not valid Lua or does
 * not have the expected shape. */
bool scr_load_checklist(const char *path, SimCheckRules *out, char *err, size_t errlen);
/* `<data>/scripts/lib/checklist.lua` and `<data>/scripts/lib/drills.lua` into out. */
int scr_checklist_path(char *out, size_t outlen);
int scr_drills_path(char *out, size_t outlen);
/* Reads up to `max` drills from `path`; returns how many, or -1 + err. Scenario and person
 * ids are checked for shape only (the game resolves them when a drill starts). */
int scr_load_drills(const char *path, ScrDrill *out, int max, char *err, size_t errlen);

/* One player-facing string of the practice data: its stable id ("drill.opener.title",
 * "checklist.name.label"), its text in a field of `size` bytes (a translation may replace
 * it in place) and a note for translators. */
typedef void (*ScrFieldVisitor)(void *ctx, const char *id, char *text, size_t size, const char *note);

/* Calls `visit` for every player-facing string of the drills (title, setup, polite, barge,
 * walk_off, hint; empty ones skipped), in order (practice_texts.c). */
void scr_drill_texts(ScrDrill *drills, int count, ScrFieldVisitor visit, void *ctx);
/* The same for the checklist: each item's label and missing advice, the empty and the
 * keyword-list notes. Phrases are matched, not shown, and are not visited. */
void scr_checklist_texts(SimCheckRules *rules, ScrFieldVisitor visit, void *ctx);
/* Replace every string that has a current translation in `catalog` with it, in place; a
 * translation too long for its field leaves the English. Return how many were
 * translated (0 for a NULL catalog). */
int scr_drills_translate(ScrDrill *drills, int count, const I18nCatalog *catalog);
int scr_checklist_translate(SimCheckRules *rules, const I18nCatalog *catalog);

#endif
