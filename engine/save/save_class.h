/* save_class.h — the classroom side of the store: merging students' save files into a
 * teacher's save (import), a class's per-student summary for the dashboard, and CSV export.
 * Built on save.h's public API (one batch = one transaction per imported file).
 * Depends on SQLite, the C library and POSIX file calls (never gfx, ui or game).
 * Every function returns a SaveStatus and fills msg[msglen] in plain words; none prints.
 */
#ifndef RAPPORT_SAVE_CLASS_H
#define RAPPORT_SAVE_CLASS_H

#include <stdio.h>

#include "save/save.h"

#define SAVE_IMPORT_MAX_STUDENTS 64   /* students reported per file (counts stay exact) */

/* An incoming name that is not a member of the class by name (case, accents and spaces
 * aside) but is close to one (save_handin.h: save_name_suggest); or, with distance 0 and
 * member_id 0, a name several members share that the incoming student number (if any)
 * does not tell apart. */
typedef struct SaveNameSuggestion {
  char incoming[SAVE_NAME_MAX];   /* as it arrives (normalised) */
  char incoming_no[SAVE_STUDENT_NO_MAX]; /* its student number, "" if none */
  int64_t member_id;              /* the member it is probably (0: several, see above) */
  char member[SAVE_NAME_MAX];
  char member_no[SAVE_STUDENT_NO_MAX];
  int member_number;              /* the member's number in the class */
  int distance;                   /* edits between the two names' keys, 1..2 (0: see above) */
} SaveNameSuggestion;

typedef struct SaveImportStudent {
  char name[SAVE_NAME_MAX];
  bool created;                /* a new member of the class */
  int added;                   /* sessions added */
  int present;                 /* sessions already in the teacher's save */
} SaveImportStudent;

typedef struct SaveImportResult {
  int students;                /* students in the file that were imported */
  int new_students;
  int added, present;          /* sessions, over every student */
  int unfinished;              /* sessions still in progress in the file: not imported */
  int other_classes;           /* students of other classes in the file: not imported */
  int unclassed;               /* class-less profiles in a file with several: not imported */
  int relations;               /* roster entries added or brought up to date */
  SaveImportStudent list[SAVE_IMPORT_MAX_STUDENTS];
  int listed;                  /* entries used in list (<= students) */
  int held;                    /* students held back: a near-duplicate name without the
                                  teacher's choice, or a shared name no number tells apart */
  SaveNameSuggestion held_list[SAVE_IMPORT_MAX_STUDENTS];
  int held_listed;             /* entries used in held_list (<= held) */
  bool handin;                 /* the file is a hand-in file (save_handin_write) */
} SaveImportResult;

/* Imports the students of file `source` into class `class_name` of `teacher`.
 * The file is untrusted: opened read-only (SAVE_OPEN_UNTRUSTED) and never changed, read
 * from one snapshot, every value range-checked (SAVE_DAMAGED otherwise). Which students:
 * the members of the file's class of the same name if it has one, else — a laptop's file
 * holding exactly one profile, without a class — that one; never class-less profiles of a
 * file that holds several. A session already in `teacher` under another student is
 * SAVE_CONFLICT.
 * Students are matched by name within the class, case, accents and spaces aside
 * (missing ones become new members);
 * sessions are matched by guid, so importing a file twice adds nothing. Completed and
 * abandoned sessions come with their choices, skills and guesses (reflections only with
 * save_import_file_with's SAVE_IMPORT_REFLECTIONS); a roster
 * entry is taken when it is newer (later last contact) than the teacher's copy.
 * Everything from one file is one transaction: on any failure nothing is kept and the
 * teacher's save is unchanged. SAVE_NOT_FOUND (no file / no such class in `teacher`),
 * SAVE_DAMAGED, SAVE_FOREIGN (also an empty file), SAVE_NEWER, SAVE_MISUSE (the teacher's
 * own file), or the status of the failed write. `out` is filled on SAVE_OK. */
SaveStatus save_import_file(SaveDb *teacher, const char *source, const char *class_name,
                            SaveImportResult *out, char *msg, size_t msglen);

enum {
  SAVE_IMPORT_REFLECTIONS = 1, /* also the students' reflections (left out by default) */
  SAVE_IMPORT_DRY_RUN = 2      /* do everything, then undo it: what an import would do */
};

/* save_import_file with options. save_import_file is this with flags 0: sessions (totals,
 * skills, choices, guesses) and the roster, but not the students' reflections. Names are
 * normalised (save_name_normalise) and matched by key (save_profile_find_similar), so a
 * differently typed name joins the member already there. A file without any profile is
 * SAVE_NOT_FOUND, one with a -wal beside it that is not a whole log of it SAVE_DAMAGED. */
SaveStatus save_import_file_with(SaveDb *teacher, const char *source, const char *class_name,
                                 unsigned flags, SaveImportResult *out, char *msg,
                                 size_t msglen);
/* A near-duplicate name (save_handin.h) is held back by both: see save_import_file_opt. */

/* One student of a class, for the dashboard and the per-student export. */
typedef struct SaveStudentSummary {
  SaveProfile profile;
  int sessions;                /* sessions counted (see save_class_summary) */
  bool has_latest;             /* false: no session counted yet */
  SaveSessionRow first;        /* the earliest counted session */
  SaveSessionRow latest;       /* the most recent counted session */
  double mean_depth_gain;
  int off_code;                /* completed sessions not under the workshop code asked for */
  int unfinished;              /* sessions abandoned or still in progress */
} SaveStudentSummary;

/* Where a student stands for a workshop, as the dashboard and printed summary separate them. */
typedef enum SaveStudentState {
  SAVE_STUDENT_PLAYED,         /* a completed session (under the workshop code, if one) */
  SAVE_STUDENT_OFF_CODE,       /* completed sessions, none under the workshop code */
  SAVE_STUDENT_UNFINISHED,     /* started, never finished */
  SAVE_STUDENT_NOTHING         /* nothing handed in: absent, or not handed in yet */
} SaveStudentState;

SaveStudentState save_student_state(const SaveStudentSummary *s);
/* "played", "played without the code", "started, not finished", "nothing handed in". */
const char *save_student_state_text(SaveStudentState state);

/* Every member of class `class_id`, by name, with their completed sessions — only those
 * played under `workshop` when it is neither NULL nor "". Writes at most `max` rows,
 * *total gets the number of members. */
SaveStatus save_class_summary(SaveDb *db, int64_t class_id, const char *workshop,
                              SaveStudentSummary *out, int max, int *total,
                              char *msg, size_t msglen);

/* Every member's summary (as save_class_summary) in an array it allocates (*out, free()),
 * counted and read in one read transaction: *count never exceeds the array. */
SaveStatus save_class_summary_all(SaveDb *db, int64_t class_id, const char *workshop,
                                  SaveStudentSummary **out, int *count, char *msg, size_t msglen);

enum {
  SAVE_EXPORT_ANONYMOUS = 1,   /* "Student 37" (the member's random anonymous number) instead
                                  of names, rows sorted by that number */
  SAVE_EXPORT_PER_STUDENT = 2, /* one row per student with their trend */
  SAVE_EXPORT_EXCEL = 4        /* a UTF-8 byte order mark first, for Excel */
};

/* Writes class `class_id` as CSV (RFC 4180: CRLF, fields quoted when needed, UTF-8, a
 * header row) to `out`: one row per session (every state), or one per student. Text cells
 * that a spreadsheet would run as a formula are neutralised (save_csv_field); numbers,
 * signed ones too, are written plainly so they stay numbers. *rows (may be NULL) gets the
 * data rows written. SAVE_IO when writing fails. */
SaveStatus save_export_class_csv(SaveDb *db, int64_t class_id, unsigned flags, FILE *out,
                                 int *rows, char *msg, size_t msglen);

/* Writes `text` as one RFC 4180 text field (quoted when it holds a comma, quote, tab, CR
 * or LF, or starts or ends with a space). A cell starting with = + - @, a tab or a CR is
 * neutralised as OWASP recommends: quoted, with a single quote before it ("'=1+1").
 * Returns false when the stream fails. */
bool save_csv_field(FILE *out, const char *text);
/* Writes `number` (already formatted, e.g. "-54" or "3.25") as it is, so it stays a
 * number in a spreadsheet. */
bool save_csv_number(FILE *out, const char *number);

#endif
