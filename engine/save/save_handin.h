/* save_handin.h — results handed in in one step, and taken in by the teacher: the
 * student's hand-in file (one self-contained SQLite file of just their class sessions),
 * importing a whole folder of them, results codes (sim/resultcode.h) typed into a learning
 * platform and read back in a list, and the near-duplicate name suggestions every import
 * makes before it would add a member ("Liam Murhpy" → Liam Murphy?).
 * Depends on SQLite, the store's API (save.h, save_class.h), sim/resultcode.h and POSIX
 * file calls. Every function returns a SaveStatus and fills msg[msglen]; none prints.
 */
#ifndef RAPPORT_SAVE_HANDIN_H
#define RAPPORT_SAVE_HANDIN_H

#include "save/save.h"
#include "save/save_class.h"

#define SAVE_HANDIN_EXT ".rapport"
#define SAVE_HANDIN_NAME_MAX 160       /* "<class>-<student>-<date>.rapport" */

/* What a hand-in file holds, in words for the student's debrief (one paragraph, no
 * newline): their name, class and student number, and for each class session its date,
 * workshop code and the figures and skills the dashboard shows, the choices and the people
 * met; never their written reflections, other players' profiles, or sessions of home play
 * without a code. */
const char *save_handin_contents(void);

/* The file name for a hand-in: "<class>-<student>-<date>.rapport" with every character
 * that is not safe in a file name on Windows, macOS or Linux (and spaces) made "_",
 * letters kept (UTF-8 too), each part cut to fit. `date` is "YYYY-MM-DD". class_name ""
 * (a student playing on their own with a code) gives "code-<student>-<date>.rapport". */
bool save_handin_file_name(const char *class_name, const char *student, const char *date,
                           char *out, size_t outlen);

typedef struct SaveHandinInfo {
  char path[SAVE_PATH_MAX];    /* the file written */
  int sessions;                /* sessions in it */
  bool replaced;               /* a hand-in of the same name was there and was replaced */
} SaveHandinInfo;

/* Writes profile `profile_id`'s hand-in file into folder `dir` (which must exist): a
 * complete SQLite file (no -wal or -shm beside it), built in a temporary file in `dir` and
 * renamed into place, so a stick pulled out half way never leaves a half file under the
 * final name. It holds the profile (name, class, student number), and its finished
 * sessions — for a class member every one (so the dashboard can tell "played without the
 * code"), for a profile without a class only those played under a workshop code — with
 * their skills, choices and guesses and the profile's roster; no reflections, no other
 * profile. `date` "YYYY-MM-DD" names the file (NULL: today, UTC). Handing in again
 * replaces the file; importing it again adds nothing (sessions keep their ids).
 * SAVE_NOT_FOUND: no such profile, or nothing to hand in (msg says why); SAVE_READ_ONLY /
 * SAVE_IO / SAVE_DISK_FULL: `dir` cannot be written. `info` may be NULL. */
SaveStatus save_handin_write(SaveDb *db, int64_t profile_id, const char *dir, const char *date,
                             SaveHandinInfo *info, char *msg, size_t msglen);

/* ---- Near-duplicate names ---- */

#define SAVE_SUGGEST_MAX_DISTANCE 2    /* edits between normalised names, at most */

/* SaveNameSuggestion is in save_class.h (an import result lists the names it held). */

/* The closest member of class `class_id` to `name` when `name` matches none by key: one
 * with at most SAVE_SUGGEST_MAX_DISTANCE insertions, deletions, substitutions or swaps of
 * neighbours between the keys, and fewer than a third of the key's length (so "Al" never
 * suggests "Ali"). SAVE_NOT_FOUND when there is none (or `name` matches a member exactly by
 * key: that is no suggestion, the import joins them). */
SaveStatus save_name_suggest(SaveDb *db, int64_t class_id, const char *name,
                             SaveNameSuggestion *out, char *msg, size_t msglen);

/* How an import treats an incoming name with a suggestion. */
typedef enum SaveNearPolicy {
  SAVE_NEAR_HOLD = 0,   /* leave that student out (counted in `held`); add nothing */
  SAVE_NEAR_ACCEPT,     /* join the suggested member */
  SAVE_NEAR_REFUSE      /* a new member under the incoming name */
} SaveNearPolicy;

/* The teacher's answer for one incoming name: member_id > 0 joins that member (any member
 * of the class, not only the suggested one), 0 makes a new member. */
typedef struct SaveNameChoice {
  char incoming[SAVE_NAME_MAX];
  int64_t member_id;
} SaveNameChoice;

typedef struct SaveImportOptions {
  unsigned flags;                /* SAVE_IMPORT_REFLECTIONS */
  SaveNearPolicy near;           /* for names with a suggestion and no choice below */
  const SaveNameChoice *choices; /* matched to incoming names by key; may be NULL */
  int nchoices;
} SaveImportOptions;

/* The suggestions an import of `source` (a file) into class `class_name` would meet, in
 * an array it allocates (*out, free(); NULL when none). Reads the file as the import does
 * (untrusted, read-only) and changes nothing. */
SaveStatus save_import_suggest_file(SaveDb *teacher, const char *source, const char *class_name,
                                    SaveNameSuggestion **out, int *count, char *msg,
                                    size_t msglen);

/* save_import_file_with, plus `opts` for near-duplicate names (NULL: hold them) and student
 * numbers: a student whose name several members share is matched by student number, and
 * held (out->held) when the number does not say which. Hand-in files are held to the
 * strict rule: exactly one profile, of a class of this name, or without a class with only
 * workshop-code sessions; anything else is refused (SAVE_FOREIGN). */
SaveStatus save_import_file_opt(SaveDb *teacher, const char *source, const char *class_name,
                                const SaveImportOptions *opts, SaveImportResult *out,
                                char *msg, size_t msglen);

/* ---- A folder of hand-ins ---- */

typedef struct SaveFolderFile {
  char name[256];                /* the file's name within the folder */
  SaveStatus status;             /* SAVE_OK imported (see result), else why it was refused */
  bool warning;                  /* refused for something the teacher must fix: an empty
                                    file, a -wal beside it, nothing of the class */
  char msg[512];
  SaveImportResult result;
} SaveFolderFile;

typedef struct SaveFolderResult {
  int files;                     /* .rapport and .db files found */
  int imported;                  /* of those, imported (with status SAVE_OK and a student) */
  int refused;
  int added, present, held;      /* sessions added, already present; students held back */
  SaveFolderFile *list;          /* one per file, by name (malloc'd; save_folder_free) */
} SaveFolderResult;

/* Imports every "*.rapport" and "*.db" file of folder `dir` (not its sub-folders, not
 * "-wal"/"-shm"/"-journal" files) into class `class_name`, by name, each in its own
 * transaction (save_import_file_opt). Returns SAVE_OK when the folder could be read (each
 * file's outcome is in out->list), SAVE_NOT_FOUND for no such folder or class. */
SaveStatus save_import_folder(SaveDb *teacher, const char *dir, const char *class_name,
                              const SaveImportOptions *opts, SaveFolderResult *out,
                              char *msg, size_t msglen);
/* The suggestions over every file of the folder (as save_import_suggest_file), each
 * incoming name once. */
SaveStatus save_import_suggest_folder(SaveDb *teacher, const char *dir, const char *class_name,
                                      SaveNameSuggestion **out, int *count, char *msg,
                                      size_t msglen);
void save_folder_free(SaveFolderResult *r);

/* ---- Results codes ---- */

/* The results code of session `session_id` under its workshop code (the debrief shows it).
 * SAVE_NOT_FOUND: no such session, or it was played without a code; SAVE_MISUSE: not
 * finished. out[outlen] >= SIM_RESULT_CODE_MAX (sim/resultcode.h). */
SaveStatus save_result_code(SaveDb *db, int64_t session_id, char *out, size_t outlen,
                            char *msg, size_t msglen);

/* The workshop a list of codes was made under: the code, and the scenario and seed it
 * names (the caller resolves them with the script module; they are stored with each
 * session). */
typedef struct SaveCodesWorkshop {
  const char *code;              /* as typed, e.g. "9D01-14JN" */
  const char *scenario;          /* its scenario id */
  uint64_t seed;
} SaveCodesWorkshop;

#define SAVE_CODES_MAX_LINES 100000

typedef struct SaveCodesLine {
  int line;                      /* 1-based line number in the text */
  char name[SAVE_NAME_MAX];      /* the name on it (normalised), "" if none could be read */
  char member[SAVE_NAME_MAX];    /* the member it went to ("" when refused or held) */
  SaveStatus status;             /* SAVE_OK added or already there; else why not */
  bool added;                    /* a session was added (false: already present / held) */
  bool held;                     /* a near-duplicate name with no choice: nothing added */
  bool created;                  /* a new member was made */
  char msg[256];                 /* for a refused line: what is wrong, in plain words */
} SaveCodesLine;

typedef struct SaveCodesResult {
  int lines;                     /* non-blank lines read (a header line is skipped) */
  int added, present, held, bad; /* lines whose session was added / already there / held /
                                    refused */
  int new_students;
  SaveCodesLine *list;           /* one per non-blank line (malloc'd; save_codes_free) */
} SaveCodesResult;

/* Reads `text` (what a learning platform exports, or the game's paste box): one line per
 * student, "Name<TAB>CODE" or "Name,CODE" (a quoted CSV name too), optionally a third field
 * with the student number; a header line ("name", "student", ...) and blank lines are
 * skipped. Each good line's session goes to the member of class `class_name` of that name
 * (near-duplicates as `opts`; a new member otherwise), in one transaction for the whole
 * text (the bad lines are reported, the good ones kept). Idempotent: a code imported twice,
 * or a session already handed in as a file, adds nothing. SAVE_OK when the text could be
 * read (out->bad says how many lines were refused), SAVE_NOT_FOUND no such class,
 * SAVE_MISUSE a workshop code that is not one. */
SaveStatus save_import_codes(SaveDb *teacher, const char *class_name,
                             const SaveCodesWorkshop *workshop, const char *text,
                             const SaveImportOptions *opts, SaveCodesResult *out, char *msg,
                             size_t msglen);
/* The suggestions save_import_codes would meet for `text` (changes nothing), as an array it
 * allocates (*out, free()); a name several members share comes with member_id 0. */
SaveStatus save_import_suggest_codes(SaveDb *teacher, const char *class_name,
                                     const SaveCodesWorkshop *workshop, const char *text,
                                     SaveNameSuggestion **out, int *count, char *msg,
                                     size_t msglen);
void save_codes_free(SaveCodesResult *r);

#endif
