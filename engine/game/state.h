/* state.h — what the game keeps between scenes: the save, the chosen profile and its
 * practice settings, the loaded scenario, the session being played and its save record.
 *
 * Scenes read these fields directly and change them only through the functions below,
 * which keep the save in step (each save point is one transaction in engine/save).
 */
#ifndef RAPPORT_GAME_STATE_H
#define RAPPORT_GAME_STATE_H

#include <stdbool.h>
#include <stddef.h>

#include "config.h"
#include "save/save.h"
#include "save/save_class.h"
#include "save/save_record.h"
#include "sim/sim.h"

struct GameApp;


typedef struct GameScenarioInfo {
  char id[64];
  char title[128];
  char summary[512];
  char teaches[256];
  int minutes;
  int people;
  bool broken;                 /* failed to load: `error` says why */
  char error[320];
} GameScenarioInfo;

#define GAME_BOTS_MAX 4

/* The dashboard's strategy bots on one workshop setup, played once and kept. */
typedef struct GameBotCache {
  bool valid;
  char scenario[64];
  uint64_t seed;
  SimPlayerSettings settings;
  SimStrategy kinds[GAME_BOTS_MAX];
  int count;
  SimScores scores[GAME_BOTS_MAX];
  int runs;                    /* how many times the bots were played (tests read it) */
} GameBotCache;

typedef struct GameState {
  /* The save. db is NULL when saving is unavailable; play goes on and `save_notice`
   * tells the player why (read-only folder, disk full, damaged file moved aside...). */
  char save_path[1024];
  SaveDb *db;
  char save_notice[640];       /* shown once on the title/profile screen, then cleared */

  /* The player. */
  bool has_profile;
  SaveProfile profile;         /* prefs live here: introvert practice, clock, hints,
                                  text size, high contrast, reduced motion */

  /* Scenario catalogue for the select screen (filled by game_state_scan_scenarios). */
  GameScenarioInfo scenarios[RAPPORT_MAX_SCENARIOS];
  int scenario_count;

  /* The event being played. */
  char scenario_id[64];
  char scenario_path[1024];
  SimScenario *scenario;       /* owned; NULL when none loaded */
  SimSession *session;         /* owned; NULL before the briefing ends */
  SimPlayerSettings settings;
  uint64_t seed;
  char workshop[SAVE_CODE_MAX]; /* classroom: workshop code to play under ("" none); its seed and
                                  practice settings apply when it names the loaded scenario */
  char opener[512];            /* the opener rehearsed in the briefing */
  bool opener_typed;           /* ...typed in the learner's own words: the avatar says it first */
  SaveRecorder record;         /* the session's recording; record.row.id 0 when unsaved,
                                  record.row.state COMPLETED only once the rows are stored */
  bool event_ended;            /* the event-end save point was reached (its rows may still
                                  be waiting for a retry: see game_state_save_pending) */
  bool totals_due;             /* the session's totals changed since they were stored */
  char reflection[SAVE_REFLECTION_MAX]; /* a reflection not yet stored ("" none) */
  char script_error[640];      /* last scenario error, "FILE:LINE: message" */

  /* Kept by state.c (read-only for scenes). */
  bool deterministic;          /* headless/replay: fixed seeds and days, so runs repeat */
  int renderer;                /* GAME_PREF_RENDERER, read from the save when it opens */
  bool save_pending;           /* no save file yet: created by game_state_open_pending_save */
  int prior_sessions;          /* the profile's sessions before this one */
  double notice_since;         /* app time the current save_notice was first shown, 0 */
  GameBotCache bots;           /* see game_state_bot_scores */
  int difficulty_started;      /* the session's difficulty when it began (SaveDifficulty) */
  int today_set;               /* the calendar day set by a replay's `today` (-1: none) */
  int calendar_serial;         /* bumped when today_set changes: screens showing the plan
                                  rebuild it */
  int64_t teacher_class;       /* the class whose teacher's tools the PIN opened on this
                                  visit (0: locked); class_roster.h */
} GameState;

/* Creates the state and opens the save (app->options->save_path, else the default path).
 * A damaged save is moved aside and a notice set; a save that cannot be opened at all
 * leaves db NULL with a notice — neither is an error. NULL + err only when out of memory. */
GameState *game_state_create(struct GameApp *app, char *err, size_t errlen);
/* The same for the window's frame loop: when the save file does not exist yet there is
 * nothing in it to show, so creating it (its schema, several synced writes, tens of ms) is
 * left until after the first frame. Only save_pending is noted; the loop calls
 * game_state_open_pending_save after the first present or before the first input that
 * could use the save, whichever comes first (it does nothing when nothing is pending). */
GameState *game_state_create_deferring(struct GameApp *app, char *err, size_t errlen);
void game_state_open_pending_save(GameState *state);
void game_state_destroy(GameState *state);

/* Applies the profile's display prefs (text size, contrast, motion) to the app's theme. */
void game_state_apply_prefs(GameState *state, struct GameApp *app);
/* Selects (creating if needed) the profile named `name` (trimmed; false + err when empty
 * or the save refuses it). A new profile takes the prefs currently in `profile`. Sessions
 * a crash left in progress are closed as abandoned. Without a save the profile lives in
 * memory only (id 0). */
bool game_state_use_profile(GameState *state, const char *name, char *err, size_t errlen);
/* Selects the stored profile `p` by its row id (Continue and Progress on the title), so a
 * class profile stays in its class; falls back to the name without a save or an id. false +
 * err when the row has gone. */
bool game_state_use_profile_id(GameState *state, const SaveProfile *p, char *err, size_t errlen);
/* Plays as the stored profile `p` (a student picked in a class): as game_state_use_profile
 * but by row, without a name lookup — any session in play ends first, sessions a crash
 * left in progress are closed as abandoned. */
void game_state_play_as(GameState *state, const SaveProfile *p);
/* Before anyone picks a profile: show `p`'s display prefs (text size, contrast) on the
 * title. No-op once a profile is chosen. */
void game_state_preview_profile(GameState *state, const SaveProfile *p);
/* Writes the current profile's prefs to the save (no-op without a save). */
void game_state_save_prefs(GameState *state);

/* The profile's preferences, one at a time. */
typedef enum GamePref {
  GAME_PREF_TEXT_SIZE,       /* 0..2 */
  GAME_PREF_HIGH_CONTRAST,
  GAME_PREF_REDUCED_MOTION,
  GAME_PREF_INTROVERT,       /* introvert practice */
  GAME_PREF_CLOCK,
  GAME_PREF_HINTS,
  GAME_PREF_RENDERER,        /* a GfxRendererChoice; this machine's, not the profile's */
  GAME_PREF_VOICE,           /* self-voicing on (game/voice.c) */
  GAME_PREF_VOICE_RATE,      /* percent of the normal rate, 50..250 */
  GAME_PREF_VOICE_VOLUME,    /* percent, 1..100 */
  GAME_PREF_DIFFICULTY,      /* a SaveDifficulty (0 gentle, the default for a new profile) */
} GamePref;
int game_state_pref(const GameState *state, GamePref pref);
/* Sets one preference and writes the prefs to the save (game_state_apply_prefs shows the
 * display ones). */
void game_state_set_pref(GameState *state, GamePref pref, int value);
/* The language chosen in Settings ("es"), from the save's meta table: false when none. */
bool game_state_language(GameState *state, char *out, size_t outlen);
/* Remembers the language chosen in Settings (a failure becomes the save notice). */
void game_state_set_language(GameState *state, const char *code);
/* The difficulty in play (the session's while one is played, else the profile's). */
int game_state_difficulty(const GameState *state);
/* Sets the profile's difficulty (kept in the save) and, when an event is being played,
 * changes it there at once (sim_session_set_difficulty): the people change from now on. */
void game_state_set_difficulty(GameState *state, int difficulty);
/* The workshop code to play under (canonical spelling; "" none). */
void game_state_set_workshop(GameState *state, const char *code);
/* The opener rehearsed in the briefing. */
void game_state_set_opener(GameState *state, const char *opener);

/* Fills `scenarios` from scripts/scenarios (loading each to read its title and summary),
 * in the scenarios' own list order (recommended first, then `order`, then by id); broken
 * ones last. */
void game_state_scan_scenarios(GameState *state);

/* The title players see for scenario `id` ("Campus Careers Fair"), scanning the scenarios
 * first if that has not happened; `id` itself when no loaded scenario has it. */
const char *game_state_scenario_title(GameState *state, const char *id);

/* "Played on Challenging." (and ", changed from Gentle during the event" when it changed)
 * for the session being played; "" without one. */
void game_state_played_difficulty(const GameState *state, char *out, size_t outlen);
/* Today on the save's calendar (days since 2000-01-01): the day set by game_state_set_today,
 * else under --headless/replays 7 x `sessions` (the profile's sessions so far; the day the
 * next session will be played), else the clock's. */
int game_state_today(const GameState *state, int sessions);
/* Makes the save's calendar read `day` from now on (replays: `today DAY`), for the practice
 * plan and the sessions started after it. */
void game_state_set_today(GameState *state, int day);

/* Loads scenario `id` (replacing any loaded one, ending any session). `id` may also be a
 * path to a .lua file (--scenario PATH, for scenario authors). false + script_error
 * ("FILE:LINE: message") when the file is broken; the previous state is then cleared. */
bool game_state_load_scenario(GameState *state, const char *id);
/* Reloads the current scenario from disk (F5 / the error screen's reload key). */
bool game_state_reload_scenario(GameState *state);

/* Starts a session on the loaded scenario with the profile's practice prefs and the
 * intention chosen in the briefing: seeds relations from the profile's roster in the save
 * (people met before greet the player by name), begins the session row. Seed and calendar
 * day come from the clock in real play; under --headless/replays the seed is a hash of
 * profile, scenario and session count and the day is 7 x previous sessions, so replays
 * repeat. false only when no scenario is loaded or out of memory. */
bool game_state_start_session(GameState *state, SimIntention intention);

/* Save points, called by the flow (game/flow.c) only. Each write is one transaction in the
 * session recorder (save/save_record.h); a failure sets save_notice, never stops play, and
 * what was not stored is tried again at the next save point: the session is marked
 * completed in the save only after its rows are written. */
void game_state_save_conversation(GameState *state);  /* after each conversation ends */
void game_state_save_event_end(GameState *state);     /* totals, skills, guesses */
void game_state_save_follow_up(GameState *state);     /* relations after the follow-up */
/* The journal entry written after the debrief (`text` "" keeps nothing). */
void game_state_save_reflection(GameState *state, const char *text);
void game_state_save_week(GameState *state, const SaveMaintenance *acts, int count);
/* True while something reached its save point but is not stored yet (a full disk). */
bool game_state_save_pending(const GameState *state);

/* Ends the session and frees it (the scenario stays loaded). Anything still pending is
 * tried once more; a session whose event did not end is closed in the save as abandoned. */
void game_state_end_session(GameState *state);

/* The profile played most recently (the one chosen in this run, else the one with the
 * latest session, else the newest profile) and how many sessions it has. false when the save holds no profile (or there is no save). */
bool game_state_last_profile(GameState *state, SaveProfile *out, int *sessions /* opt */);
/* The profiles in the save, by name (at most max); returns the count written. */
int game_state_list_profiles(GameState *state, SaveProfile *out, int max);

/* ---- Classroom and history (state_class.c); reads return the count written ---- */

int game_state_classes(GameState *state, SaveClass *out, int max);
/* The students of a class by name, each one's session count into sessions[i] (opt). */
int game_state_class_students(GameState *state, int64_t class_id, SaveProfile *out,
                              int *sessions /* opt */, int max);
/* Every class / every student of class `class_id` (by name, each one's session count into
 * (*sessions)[i]), however many: arrays it allocates (free() each; NULL when none). */
SaveClass *game_state_classes_all(GameState *state, int *count);
SaveProfile *game_state_class_students_all(GameState *state, int64_t class_id, int **sessions, int *count);
/* Creates class `name` / student `name` in class `class_id` (filled into *out); false +
 * err (plain words) when the save refuses or cannot be written. */
bool game_state_class_create(GameState *state, const char *name, char *err, size_t errlen);
bool game_state_student_create(GameState *state, int64_t class_id, const char *name,
                               SaveProfile *out, char *err, size_t errlen);
/* The class of the current profile as stored (0 none). */
int64_t game_state_profile_class(GameState *state);
/* The class's students with their completed sessions (see save_class_summary): a malloc'd
 * array the caller frees, NULL (count 0) when there is none. */
SaveStudentSummary *game_state_class_summary(GameState *state, int64_t class_id,
                                             const char *workshop, int *count);
bool game_state_class_name(GameState *state, int64_t class_id, char *out, size_t outlen);
/* The scores of `count` strategy bots playing scenario `scenario_id` on `seed` with `set`:
 * played once per setup and kept in state->bots, so a screen may ask on every resume.
 * false + err when the scenario cannot be loaded. */
bool game_state_bot_scores(GameState *state, const char *scenario_id, uint64_t seed,
                           const SimPlayerSettings *set, const SimStrategy *kinds, int count,
                           SimScores *out, char *err, size_t errlen);
/* The current profile's roster, sessions (oldest first) and reflections. */
int game_state_roster(GameState *state, SaveRelation *out, int max);
int game_state_sessions(GameState *state, SaveSessionRow *out, int max);
int game_state_reflections(GameState *state, SaveReflection *out, int max);

/* `text` with every "{name}" replaced by the player's name, into out. */
void game_state_personalise(const GameState *state, const char *text, char *out, size_t outlen);

#endif
