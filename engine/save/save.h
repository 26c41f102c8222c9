/* save.h — the progress store: one SQLite database of profiles, sessions, choices, the
 * relationship roster, skills, guesses, reflections, maintenance and classes.
 *
 * Owns the database handle (SaveDb, opaque) and nothing else: every record below is a
 * plain struct with fixed-size text fields that the caller fills from the simulation.
 * Depends on SQLite, the C library and POSIX file calls only (never gfx, ui or game).
 * Every function returns a SaveStatus and, when `msg` is not NULL, writes a plain-words
 * message into msg[msglen] (empty on SAVE_OK). None prints or exits.
 */
#ifndef RAPPORT_SAVE_H
#define RAPPORT_SAVE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "config.h"           /* SAVE_BUSY_TIMEOUT_MS */

#define SAVE_SCHEMA_VERSION 8       /* PRAGMA user_version written by the newest migration */
#define SAVE_APPLICATION_ID 0x52505054 /* PRAGMA application_id: "RPPT" */

#define SAVE_PATH_MAX 1024
#define SAVE_NAME_MAX 64            /* profile, class, person and scenario names */
#define SAVE_ID_MAX 64              /* scenario, person, node and choice ids */
#define SAVE_GUID_MAX 33            /* 32 hex digits + NUL */
#define SAVE_TIME_MAX 32            /* ISO-8601 text, e.g. 2026-11-26T01:02:03Z */
#define SAVE_CODE_MAX 16            /* workshop code */
#define SAVE_TEXT_MAX 256           /* intention, reason lists, org */
#define SAVE_FACTS_MAX 512          /* comma-separated fact ids */
#define SAVE_REFLECTION_MAX 2048    /* a reflection's text, UTF-8 */
#define SAVE_SKILL_COUNT 6
#define SAVE_STUDENT_NO_MAX 24      /* a school's student number, e.g. "10437" */

typedef enum SaveStatus {
  SAVE_OK = 0,
  SAVE_NOT_FOUND,   /* no such file, profile, session or class */
  SAVE_DAMAGED,     /* not a database, malformed, or failing the integrity check */
  SAVE_NEWER,       /* written by a newer Rapport: refused, left untouched */
  SAVE_FOREIGN,     /* an SQLite file that is not a Rapport save: refused, left untouched */
  SAVE_READ_ONLY,   /* the file or its folder cannot be written: play on without saving */
  SAVE_DISK_FULL,   /* the disk (or the database's size cap) is full: nothing was written */
  SAVE_IO,          /* the operating system failed a read or write */
  SAVE_BUSY,        /* another program holds the database longer than the busy timeout */
  SAVE_CONFLICT,    /* a duplicate name, or a guid that belongs to another profile */
  SAVE_MISUSE,      /* a bad argument (NULL, out of range, too long) */
  SAVE_NO_MEMORY,
  SAVE_STATUS_COUNT
} SaveStatus;

/* "ok", "not found", "damaged", ...; "unknown" when out of range. */
const char *save_status_name(SaveStatus status);

typedef enum SaveSessionState {
  SAVE_SESSION_IN_PROGRESS,
  SAVE_SESSION_COMPLETED,
  SAVE_SESSION_ABANDONED      /* closed after a crash without finishing */
} SaveSessionState;

/* The six skills, in this order in SaveSkills.value. */
typedef enum SaveSkill {
  SAVE_SKILL_INTRODUCTIONS,
  SAVE_SKILL_CURIOSITY,       /* curiosity and listening */
  SAVE_SKILL_GENEROSITY,
  SAVE_SKILL_TIMING,
  SAVE_SKILL_FOLLOW_THROUGH,
  SAVE_SKILL_ENERGY           /* energy management */
} SaveSkill;

/* "introductions", "curiosity", ... (column and CSV names); NULL when out of range. */
const char *save_skill_name(int skill);
/* "Introductions", "Curiosity & listening", ... for tables and screens; NULL out of range. */
const char *save_skill_label(int skill);

/* How open and patient the people are (the rules stay the same). Stored as its name; 0 is
 * gentle, the default for a new profile. */
typedef enum SaveDifficulty {
  SAVE_DIFFICULTY_GENTLE,
  SAVE_DIFFICULTY_STANDARD,
  SAVE_DIFFICULTY_CHALLENGING,
  SAVE_DIFFICULTY_COUNT
} SaveDifficulty;

/* "gentle", "standard", "challenging" (the stored words); NULL when out of range. */
const char *save_difficulty_name(int difficulty);
/* The SaveDifficulty called `name`, or -1. */
int save_difficulty_from_name(const char *name);

typedef struct SaveProfile {
  int64_t id;                 /* 0 until created */
  char name[SAVE_NAME_MAX];
  int64_t class_id;           /* 0: plays without a class */
  int class_number;           /* student number within the class (join order), 0 if none */
  int anon_number;            /* the anonymous view's number: random per class, stable, 0 if none */
  char student_no[SAVE_STUDENT_NO_MAX]; /* the school's student number ("" if none): tells
                               * students of the same name apart (class members only) */
  bool introvert_practice;
  bool clock_on;
  bool hints_on;
  int text_size;              /* 0..2 */
  bool high_contrast;
  bool reduced_motion;
  bool voice_on;              /* self-voicing (issue 17) */
  int voice_rate;             /* percent of the voice's normal rate, 50..250 (0: 100) */
  int voice_volume;           /* percent, 1..100 (0: 100) */
  int difficulty;             /* a SaveDifficulty: what this profile chose to play at */
} SaveProfile;

typedef struct SaveSession {
  int64_t id;                 /* local row id, filled by save_session_begin */
  char guid[SAVE_GUID_MAX];   /* globally unique (save_guid_new); identity across machines */
  int64_t profile_id;
  char scenario[SAVE_ID_MAX];
  uint64_t seed;
  char workshop[SAVE_CODE_MAX];     /* "" when not played under a workshop code */
  char started[SAVE_TIME_MAX];      /* ISO-8601, supplied by the caller */
  char ended[SAVE_TIME_MAX];        /* "" while in progress */
  double depth_gain;
  double network_strength;
  int callable;
  int cards;
  int online_connections;
  double energy_left;
  int conversations;
  char intention[SAVE_TEXT_MAX];
  SaveSessionState state;
  int followups;              /* follow-up messages sent after the event */
  bool left_early;            /* left before the event's end */
  int rests;                  /* times the player rested */
  int difficulty;             /* a SaveDifficulty: the one in play when last saved */
  int32_t day;                /* calendar day played (days since 2000-01-01); -1 unknown */
} SaveSession;

typedef struct SaveChoice {
  int64_t session_id;
  int seq;                    /* 1, 2, ... across the whole session */
  int talk;                   /* conversation number within the session, 1-based */
  char person[SAVE_ID_MAX];   /* the scenario's stable person id */
  char node[SAVE_ID_MAX];
  char choice[SAVE_ID_MAX];
  char style[24];             /* sim_style_name() */
  double d_interest, d_trust, d_progress;
  double energy_cost;
  char reasons[SAVE_TEXT_MAX];/* comma-separated reason codes */
} SaveChoice;

typedef struct SaveRelation {
  int64_t profile_id;
  char person[SAVE_ID_MAX];   /* stable id: survives edits to a scenario's text */
  char name[SAVE_NAME_MAX];
  char org[SAVE_TEXT_MAX];
  int tier;                   /* 0..5 */
  double progress;
  double trust;
  char facts[SAVE_FACTS_MAX]; /* comma-separated ids of facts the player knows */
  int facts_shared;           /* what they know of the player */
  bool names_exchanged, card, contact, followed_up;
  int maintained;
  int last_day;               /* game day of the last contact */
  char last_date[SAVE_TIME_MAX]; /* ISO-8601 of the last contact, "" if never */
  int conversations;
} SaveRelation;

typedef struct SaveSkills {
  int64_t session_id;
  int value[SAVE_SKILL_COUNT];/* 0..100 each, in SaveSkill order */
  int evidence[SAVE_SKILL_COUNT]; /* observations behind each value (0: not shown that
                               session); -1 unknown (sessions stored before v5) */
} SaveSkills;

typedef struct SaveGuess {
  int64_t session_id;
  int talk;                   /* the conversation it is about */
  char person[SAVE_ID_MAX];
  int guess;                  /* 1..5: how the player thinks it went */
  int actual;                 /* 1..5: how it really went */
} SaveGuess;

typedef struct SaveReflection {
  int64_t session_id;
  char started[SAVE_TIME_MAX];/* filled on reading: the session's start, for ordering */
  char text[SAVE_REFLECTION_MAX];
} SaveReflection;

typedef struct SaveMaintenance {
  int64_t profile_id;
  int week;
  char person[SAVE_ID_MAX];
  char kind[24];              /* sim_maintenance_kind_name() */
} SaveMaintenance;

/* A session as the progress screen and `report` list it. */
typedef struct SaveSessionRow {
  SaveSession session;
  bool has_skills;
  SaveSkills skills;
  char profile_name[SAVE_NAME_MAX];
  int class_number;
  int anon_number;            /* as SaveProfile.anon_number */
} SaveSessionRow;

typedef struct SaveClass {
  int64_t id;
  char name[SAVE_NAME_MAX];
} SaveClass;

/* ---- Opening ---- */

typedef struct SaveDb SaveDb;

enum {
  SAVE_OPEN_DEFAULT = 0,      /* create, migrate, move a damaged file aside */
  SAVE_OPEN_READ_ONLY = 1,    /* commands and imports: never change any file */
  SAVE_OPEN_UNTRUSTED = 2     /* with READ_ONLY: a file from someone else (import). Schema
                               * code is not trusted, views/triggers/generated columns are
                               * refused, values are capped in length and every statement
                               * runs under a time budget; never creates -wal/-shm files
                               * unless the file's own -wal must be read. */
};

/* What save_open found and did; everything here is for telling the player. */
typedef struct SaveOpenInfo {
  bool created;               /* a new, empty save was started */
  bool moved_aside;           /* a damaged file was renamed to moved_to */
  char moved_to[SAVE_PATH_MAX];
  int from_version;           /* user_version found (0 for a new file) */
  int to_version;             /* user_version after migrations */
  bool wal;                   /* journal is WAL (false: rollback journal or memory) */
  bool read_only;             /* writes will return SAVE_READ_ONLY */
} SaveOpenInfo;

/* Sets the save used when no --save is given: main resolves it once at start-up
 * (docs/install.md) and calls this before any other save_ call; read-only afterwards.
 * NULL forgets it. SAVE_MISUSE (and nothing set) when it does not fit SAVE_PATH_MAX. */
SaveStatus save_set_default_path(const char *path);

/* The save path set by save_set_default_path, else <source>/saves/rapport.db for the
 * source directory this was built from (tests, tools without main). SAVE_MISUSE if it
 * does not fit `outlen`. */
SaveStatus save_default_path(char *out, size_t outlen);

/* Opens (creating if needed) the save at `path` (":memory:" for a private in-memory one).
 * On SAVE_OK *out is a usable handle. With SAVE_OPEN_DEFAULT a damaged file is moved aside
 * to "<path>.damaged-YYYYMMDD-HHMMSS" (never overwriting anything), a fresh save is made,
 * SAVE_OK is returned and info->moved_aside / msg say where the old file went.
 * SAVE_READ_ONLY: the location cannot be written; *out is a read-only handle when a save
 * exists there (reads work, writes return SAVE_READ_ONLY), else NULL. SAVE_NEWER,
 * SAVE_FOREIGN, SAVE_DAMAGED (read-only mode, or when moving aside failed), SAVE_NOT_FOUND
 * (read-only mode, no file): *out is NULL and the file is untouched. `info` may be NULL. */
SaveStatus save_open(const char *path, unsigned flags, SaveDb **out, SaveOpenInfo *info,
                     char *msg, size_t msglen);
/* Closes the handle; safe on NULL. */
void save_close(SaveDb *db);
/* The path it was opened with. */
const char *save_path(const SaveDb *db);
/* True when writes are refused (read-only mode or location). */
bool save_is_read_only(const SaveDb *db);

/* A setting of this machine, not of a player, in the save's meta table (save_meta.c).
 * The only key is "renderer". get: SAVE_NOT_FOUND (out "") when never set. set: at most
 * 64 bytes. SAVE_MISUSE for any other key. */
SaveStatus save_meta_get(SaveDb *db, const char *key, char *out, size_t outlen, char *msg,
                         size_t msglen);
SaveStatus save_meta_set(SaveDb *db, const char *key, const char *value, char *msg,
                         size_t msglen);

/* 32 lowercase hex digits from 128 bits of /dev/urandom into out[SAVE_GUID_MAX]. */
SaveStatus save_guid_new(char *out, size_t outlen, char *msg, size_t msglen);

/* ---- Profiles and classes ---- */

#define SAVE_ANY_CLASS (-1)

/* Inserts `p` (name, prefs, class_id) and fills p->id and p->class_number. A name must
 * be unique among the profiles of the same class (or among those without one):
 * SAVE_CONFLICT otherwise. SAVE_NOT_FOUND for an unknown class_id. */
SaveStatus save_profile_create(SaveDb *db, SaveProfile *p, char *msg, size_t msglen);
/* Rewrites the name and preferences of profile p->id (not its class). */
SaveStatus save_profile_update(SaveDb *db, const SaveProfile *p, char *msg, size_t msglen);
SaveStatus save_profile_get(SaveDb *db, int64_t id, SaveProfile *out, char *msg, size_t msglen);
/* The profile called `name` in class `class_id` (0: without a class; SAVE_ANY_CLASS: any).
 * SAVE_NOT_FOUND if none, SAVE_CONFLICT if SAVE_ANY_CLASS matches several. */
SaveStatus save_profile_find(SaveDb *db, const char *name, int64_t class_id,
                             SaveProfile *out, char *msg, size_t msglen);
/* Profiles ordered by name; class_id filters as in save_profile_find. Writes at most `max`
 * rows into out and the number there are into *total (may exceed max). */
SaveStatus save_profile_list(SaveDb *db, int64_t class_id, SaveProfile *out, int max,
                             int *total, char *msg, size_t msglen);

/* Creates class `name` (SAVE_CONFLICT if it exists) and fills *id. */
SaveStatus save_class_create(SaveDb *db, const char *name, int64_t *id, char *msg, size_t msglen);
SaveStatus save_class_find(SaveDb *db, const char *name, SaveClass *out, char *msg, size_t msglen);
SaveStatus save_class_list(SaveDb *db, SaveClass *out, int max, int *total, char *msg, size_t msglen);
/* Sets (or, with "", clears) class member `profile_id`'s student number: at most
 * SAVE_STUDENT_NO_MAX - 1 bytes of letters, digits, '-' and '/'. SAVE_CONFLICT when another
 * member of the class has it, SAVE_MISUSE for a profile without a class or a bad number. */
SaveStatus save_profile_set_student_no(SaveDb *db, int64_t profile_id, const char *number,
                                       char *msg, size_t msglen);
/* The member of class `class_id` with student number `number`; SAVE_NOT_FOUND if none. */
SaveStatus save_profile_find_student_no(SaveDb *db, int64_t class_id, const char *number,
                                        SaveProfile *out, char *msg, size_t msglen);
/* Moves profile into class (0 removes it from any class); SAVE_CONFLICT on a name clash. */
SaveStatus save_class_set_member(SaveDb *db, int64_t class_id, int64_t profile_id,
                                 char *msg, size_t msglen);

/* ---- Roster hygiene and erasure (save_roster.c, save_names.c) ---- */

/* `in` as a name is meant: trimmed, runs of spaces made one, decomposed Latin letters
 * composed (a small NFC for U+00C0..U+024F). False when it does not fit out[outlen]. */
bool save_name_normalise(const char *in, char *out, size_t outlen);
/* The matching key of a name: normalised, then case and accents on Latin letters folded
 * ("  ZOE\u0308 ng" and "Zoë Ng" both give "zoe ng"). */
bool save_name_key(const char *in, char *out, size_t outlen);
/* The member of class `class_id` whose name matches `name` by key (an exact name first,
 * else the earliest member). SAVE_NOT_FOUND if none. */
SaveStatus save_profile_find_similar(SaveDb *db, const char *name, int64_t class_id,
                                     SaveProfile *out, char *msg, size_t msglen);
/* Erases profile `id` and every row that references it (sessions, choices, skills,
 * guesses, reflections, roster, maintenance, membership), in one transaction. */
SaveStatus save_profile_delete(SaveDb *db, int64_t id, char *msg, size_t msglen);
/* Erases class `class_id`, its members' profiles and every row that references them, in
 * one transaction; *students (may be NULL) gets the number of profiles erased. */
SaveStatus save_class_delete(SaveDb *db, int64_t class_id, int *students, char *msg,
                             size_t msglen);
/* Merges profile `from` into `into` (same class): sessions and weekly maintenance move,
 * the roster keeps the more recent entry per person, then `from` is erased. One
 * transaction. SAVE_MISUSE when they are the same or in different classes. */
SaveStatus save_profile_merge(SaveDb *db, int64_t from, int64_t into, char *msg,
                              size_t msglen);

/* ---- Saving at the meaningful moments (each one transaction) ---- */

/* Starts session `s` (guid, profile_id, scenario, seed, workshop, started, intention) or,
 * if its guid is already stored for the same profile, finds it: idempotent, so a game
 * resuming after a crash never duplicates a session. Fills s->id (and, when found, every
 * stored field). SAVE_CONFLICT if the guid belongs to another profile. */
SaveStatus save_session_begin(SaveDb *db, SaveSession *s, char *msg, size_t msglen);
/* The end of one conversation: its choices, the relations it changed and (optional, may be
 * NULL) the player's guess, in one transaction. Rows are upserted by (session, seq),
 * (profile, person) and (session, talk), so saving the same conversation twice is harmless. */
SaveStatus save_conversation(SaveDb *db, int64_t session_id, const SaveChoice *choices,
                             int nchoices, const SaveRelation *rels, int nrels,
                             const SaveGuess *guess, char *msg, size_t msglen);
/* The event's end and after the follow-up: the session's totals, state and ended time
 * (from s, by s->id), its skills (may be NULL) and changed relations, in one transaction. */
SaveStatus save_session_update(SaveDb *db, const SaveSession *s, const SaveSkills *skills,
                               const SaveRelation *rels, int nrels, char *msg, size_t msglen);
/* Marks a session completed or abandoned without other changes. */
SaveStatus save_session_close(SaveDb *db, int64_t session_id, SaveSessionState state,
                              const char *ended, char *msg, size_t msglen);
/* A between-events week: replaces the week's maintenance rows of the profile and stores
 * the relations after decay, in one transaction. */
SaveStatus save_week(SaveDb *db, int64_t profile_id, int week, const SaveMaintenance *acts,
                     int nacts, const SaveRelation *rels, int nrels, char *msg, size_t msglen);
/* Sets (or replaces) the reflection written after a session's debrief. */
SaveStatus save_reflection_set(SaveDb *db, int64_t session_id, const char *text,
                               char *msg, size_t msglen);

/* Groups the saves that follow into one transaction (an imported file, a merge): each save
 * inside stays all-or-nothing on its own (a failed one is undone alone), and nothing is
 * kept until save_batch_commit succeeds. One batch at a time: SAVE_MISUSE if one is open.
 * If an error made SQLite undo the whole transaction (disk full, I/O), later saves and the
 * commit fail; call save_batch_rollback. */
SaveStatus save_batch_begin(SaveDb *db, char *msg, size_t msglen);
SaveStatus save_batch_commit(SaveDb *db, char *msg, size_t msglen);
/* Undoes everything since save_batch_begin; safe when no batch is open. */
void save_batch_rollback(SaveDb *db);

/* ---- Reading ---- */

SaveStatus save_session_get(SaveDb *db, int64_t session_id, SaveSession *out,
                            char *msg, size_t msglen);
/* The session with this guid (SAVE_NOT_FOUND if none): for merges and resuming. */
SaveStatus save_session_find_guid(SaveDb *db, const char *guid, SaveSession *out,
                                  char *msg, size_t msglen);
/* The profile's most recent in-progress session (SAVE_NOT_FOUND if none): resume or close. */
SaveStatus save_session_find_in_progress(SaveDb *db, int64_t profile_id, SaveSession *out,
                                         char *msg, size_t msglen);
/* The profile's sessions, oldest first, each with its skills when saved. */
SaveStatus save_profile_sessions(SaveDb *db, int64_t profile_id, SaveSessionRow *out, int max,
                                 int *total, char *msg, size_t msglen);
/* Sessions of every member of a class, by student name then start. */
SaveStatus save_class_sessions(SaveDb *db, int64_t class_id, SaveSessionRow *out, int max,
                               int *total, char *msg, size_t msglen);
SaveStatus save_skills_get(SaveDb *db, int64_t session_id, SaveSkills *out,
                           char *msg, size_t msglen);
/* A session's choices in seq order. */
SaveStatus save_choices(SaveDb *db, int64_t session_id, SaveChoice *out, int max, int *total,
                        char *msg, size_t msglen);
/* The profile's roster, highest tier first, then by name; last_day/last_date say when. */
SaveStatus save_roster(SaveDb *db, int64_t profile_id, SaveRelation *out, int max, int *total,
                       char *msg, size_t msglen);
/* One relation by person id; SAVE_NOT_FOUND if the player never met them. */
SaveStatus save_relation_get(SaveDb *db, int64_t profile_id, const char *person,
                             SaveRelation *out, char *msg, size_t msglen);
/* A session's guesses against how the talks really went, in talk order. */
SaveStatus save_guesses(SaveDb *db, int64_t session_id, SaveGuess *out, int max, int *total,
                        char *msg, size_t msglen);
/* The profile's reflections, oldest session first. */
SaveStatus save_reflections(SaveDb *db, int64_t profile_id, SaveReflection *out, int max,
                            int *total, char *msg, size_t msglen);
/* The profile's maintenance actions, by week. */
SaveStatus save_maintenance_list(SaveDb *db, int64_t profile_id, SaveMaintenance *out, int max,
                                 int *total, char *msg, size_t msglen);

/* ---- Reading a whole list safely ---- */

/* Every list read above, for save_list_all. */
typedef enum SaveListKind {
  SAVE_LIST_PROFILES,         /* SaveProfile; key = class id as in save_profile_list */
  SAVE_LIST_PROFILE_SESSIONS, /* SaveSessionRow; key = profile id */
  SAVE_LIST_CLASS_SESSIONS,   /* SaveSessionRow; key = class id */
  SAVE_LIST_CHOICES,          /* SaveChoice; key = session id */
  SAVE_LIST_GUESSES,          /* SaveGuess; key = session id */
  SAVE_LIST_ROSTER,           /* SaveRelation; key = profile id */
  SAVE_LIST_REFLECTIONS,      /* SaveReflection; key = profile id */
  SAVE_LIST_MAINTENANCE,      /* SaveMaintenance; key = profile id */
  SAVE_LIST_CLASSES           /* SaveClass; key unused */
} SaveListKind;

#define SAVE_LIST_ROWS_MAX 100000   /* more rows in one list: not a save Rapport wrote */

/* Reads every row of list `kind` into an array it allocates (*out, freed by the caller with
 * free(); NULL when there are none) and its length into *count. The count and the fetch
 * run inside one read transaction and *count never exceeds what was allocated, so a list
 * that changes meanwhile cannot overflow anything. SAVE_DAMAGED beyond SAVE_LIST_ROWS_MAX. */
SaveStatus save_list_all(SaveDb *db, SaveListKind kind, int64_t key, void **out, int *count,
                         char *msg, size_t msglen);

#endif
