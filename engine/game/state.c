/* state.c — GameState: opening the save, profiles and their prefs, the scenario catalogue,
 * loading and reloading a scenario, and the player's name in scenario text (see state.h).
 * Sessions and save points are in state_save.c. Depends on save, script, sim and the
 * app's theme (for display prefs); never draws.
 */
#include "game/state.h"

#include <stdarg.h>

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "game/app.h"
#include "game/roster_acquaintance.h"
#include "script/script.h"
#include "i18n/i18n.h"

/* Sets the notice the player sees next (truncated to fit). */
static void set_notice(GameState *s, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(s->save_notice, sizeof s->save_notice, fmt, ap);
  va_end(ap);
}

/* Makes the folder that holds `path` (one level, like saves/) when it is missing. */
static void make_parent_dir(const char *path) {
  char dir[1024];
  snprintf(dir, sizeof dir, "%s", path);
  char *slash = strrchr(dir, '/');
  if (!slash || slash == dir) return;
  *slash = '\0';
  struct stat st;
  if (stat(dir, &st) == 0) return;
  if (mkdir(dir, 0755) != 0 && errno != EEXIST) return; /* save_open reports the failure */
}

/* The notice for a save that could not be opened for writing: one or two plain sentences,
 * never the save module's technical message (it may end in "(...)." and read awkwardly). */
static void open_notice(GameState *s, SaveStatus st) {
  const char *path = s->save_path;
  struct stat sb;
  switch (st) {
  case SAVE_READ_ONLY:
    set_notice(s, TR("state.rapport_cant_write_to_your", "Rapport can't write to your save at %s, so your progress can't be saved this "
                  "time. You can still play."), path);
    return;
  case SAVE_NEWER:
    set_notice(s, TR("state.your_save_at_was_made", "Your save at %s was made by a newer version of Rapport, so it was left "
                  "untouched. You can still play, but nothing will be saved."), path);
    return;
  case SAVE_FOREIGN:
    set_notice(s, TR("state.the_file_at_is_not", "The file at %s is not a Rapport save, so it was left untouched. You can "
                  "still play, but nothing will be saved."), path);
    return;
  case SAVE_DAMAGED:
    set_notice(s, TR("state.your_save_at_is_damaged", "Your save at %s is damaged and could not be moved aside, so it was left "
                  "untouched. You can still play, but nothing will be saved."), path);
    return;
  case SAVE_DISK_FULL:
    set_notice(s, TR("state.the_disk_is_full_so", "The disk is full, so your progress can't be saved this time. You can still "
                  "play."));
    return;
  case SAVE_BUSY:
    set_notice(s, TR("state.another_program_is_using_your", "Another program is using your save at %s, so your progress can't be saved "
                  "this time. You can still play."), path);
    return;
  default:
    if (stat(path, &sb) == 0 && S_ISDIR(sb.st_mode))
      set_notice(s, TR("state.the_save_path_is_a", "The save path %s is a folder, not a file, so your progress can't be "
                    "saved this time. You can still play."), path);
    else
      set_notice(s, TR("state.rapport_could_not_open_or", "Rapport could not open or create a save at %s, so your progress can't be "
                    "saved this time. You can still play."), path);
    return;
  }
}

static void open_save(GameState *s) {
  if (!s->save_path[0] && save_default_path(s->save_path, sizeof s->save_path) != SAVE_OK) {
    set_notice(s,
             TR("state.your_progress_cant_be_saved", "Your progress can't be saved this time: the save folder's path is too long."));
    return;
  }
  make_parent_dir(s->save_path);
  SaveOpenInfo info;
  memset(&info, 0, sizeof info);
  char msg[512] = "";
  SaveStatus st = save_open(s->save_path, SAVE_OPEN_DEFAULT, &s->db, &info, msg, sizeof msg);
  char value[32], meta_msg[256];
  GfxRendererChoice renderer = GFX_RENDERER_AUTO;
  if (s->db && save_meta_get(s->db, "renderer", value, sizeof value, meta_msg, sizeof meta_msg) == SAVE_OK &&
      gfx_parse_renderer(value, &renderer))
    s->renderer = (int)renderer;
  if (st == SAVE_OK && info.moved_aside) {
    set_notice(s,
             TR("state.your_old_save_was_damaged", "Your old save was damaged, so it was moved to %s and a fresh one was started. "
             "Nothing was deleted."), info.moved_to);
  } else if (st != SAVE_OK) {
    if (st != SAVE_READ_ONLY && s->db) save_close(s->db);
    if (st != SAVE_READ_ONLY) s->db = NULL;
    open_notice(s, st);
  }
}

static GameState *create(GameApp *app, bool defer_new_save, char *err, size_t errlen) {
  GameState *s = calloc(1, sizeof *s);
  if (!s) {
    snprintf(err, errlen, TR("state.out_of_memory", "out of memory"));
    return NULL;
  }
  if (app->options->save_path)
    snprintf(s->save_path, sizeof s->save_path, "%s", app->options->save_path);
  s->deterministic = app->options->headless || app->options->replay;
  s->profile.clock_on = true;
  s->today_set = -1;
  s->settings = sim_player_settings_default();
  struct stat sb;
  if (!defer_new_save) {
    open_save(s);
    return s;
  }
  if (s->save_path[0] || save_default_path(s->save_path, sizeof s->save_path) == SAVE_OK)
    s->save_pending = stat(s->save_path, &sb) != 0 && errno == ENOENT;
  else
    s->save_path[0] = '\0'; /* open_save reports the path as too long */
  if (!s->save_pending) open_save(s);
  return s;
}

GameState *game_state_create(GameApp *app, char *err, size_t errlen) {
  return create(app, false, err, errlen);
}

GameState *game_state_create_deferring(GameApp *app, char *err, size_t errlen) {
  return create(app, true, err, errlen);
}

void game_state_open_pending_save(GameState *s) {
  if (!s || !s->save_pending) return;
  s->save_pending = false;
  open_save(s);
}

void game_state_destroy(GameState *s) {
  if (!s) return;
  game_state_end_session(s);
  sim_scenario_destroy(s->scenario);
  save_close(s->db);
  free(s);
}

void game_state_apply_prefs(GameState *s, GameApp *app) {
  UiTheme *t = &app->theme;
  int step = s->profile.text_size;
  if (step < 0) step = 0;
  if (step >= t->scale_count) step = t->scale_count - 1;
  s->profile.text_size = step;
  t->scale_step = step;
  t->high_contrast = s->profile.high_contrast;
  t->reduced_motion = s->profile.reduced_motion;
}

/* A failed write: tell the player once per kind of failure, never stop play. */
static void note_save_failure(GameState *s, SaveStatus st, const char *msg) {
  (void)msg; /* the technical message is for logs, not for the player */
  if (st == SAVE_DISK_FULL)
    set_notice(s, TR("state.the_disk_is_full_so_2", "The disk is full, so your progress wasn't saved just now. You can keep "
                  "playing."));
  else if (st == SAVE_READ_ONLY)
    set_notice(s, TR("state.your_save_cant_be_written", "Your save can't be written, so your progress wasn't saved just now. You can "
                  "keep playing."));
  else
    set_notice(s, TR("state.something_went_wrong_while_saving", "Something went wrong while saving, so your progress wasn't saved just now. "
                  "You can keep playing."));
}

/* Sessions left in progress by a crash are closed as abandoned, so none is resumed twice. */
static void close_stale_sessions(GameState *s) {
  if (!s->db || save_is_read_only(s->db) || s->profile.id == 0) return;
  for (int guard = 0; guard < 32; guard++) {
    SaveSession old;
    char msg[256];
    if (save_session_find_in_progress(s->db, s->profile.id, &old, msg, sizeof msg) != SAVE_OK) return;
    if (save_session_close(s->db, old.id, SAVE_SESSION_ABANDONED, "", msg, sizeof msg) != SAVE_OK)
      return;
  }
}

static int count_sessions(GameState *s, int64_t profile_id) {
  int total = 0;
  if (!s->db || profile_id == 0) return 0;
  char msg[256];
  if (save_profile_sessions(s->db, profile_id, NULL, 0, &total, msg, sizeof msg) != SAVE_OK) return 0;
  return total;
}

bool game_state_use_profile(GameState *s, const char *name, char *err, size_t errlen) {
  char clean[SAVE_NAME_MAX];
  while (name && (*name == ' ' || *name == '\t')) name++;
  snprintf(clean, sizeof clean, "%s", name ? name : "");
  size_t n = strlen(clean);
  while (n > 0 && (clean[n - 1] == ' ' || clean[n - 1] == '\t')) clean[--n] = '\0';
  if (n == 0) {
    snprintf(err, errlen, TR("state.type_a_name_first", "Type a name first."));
    return false;
  }
  /* Display prefs chosen before a profile existed carry over to a new one. */
  SaveProfile p = s->profile;
  p.id = 0;
  p.class_id = 0;
  p.class_number = 0;
  snprintf(p.name, sizeof p.name, "%s", clean);
  if (s->db) {
    char msg[512] = "";
    SaveProfile found;
    SaveStatus st = save_profile_find(s->db, clean, 0, &found, msg, sizeof msg);
    if (st == SAVE_OK) {
      p = found;
    } else if (st == SAVE_NOT_FOUND && !save_is_read_only(s->db)) {
      st = save_profile_create(s->db, &p, msg, sizeof msg);
      if (st != SAVE_OK) {
        snprintf(err, errlen, TR("state.that_profile_couldnt_be_created", "That profile couldn't be created: %s"), msg);
        return false;
      }
    } else if (st != SAVE_NOT_FOUND) {
      snprintf(err, errlen, TR("state.that_profile_couldnt_be_opened", "That profile couldn't be opened: %s"), msg);
      return false;
    }
  }
  s->profile = p;
  s->has_profile = true;
  s->prior_sessions = count_sessions(s, p.id);
  close_stale_sessions(s);
  return true;
}

bool game_state_use_profile_id(GameState *s, const SaveProfile *p, char *err, size_t errlen) {
  /* By row, never by name: a class's "Ana Lima" found by name would be missed (names are
   * looked up among class-less profiles) and a second, class-less Ana made in her place. */
  if (!s->db || p->id == 0) return game_state_use_profile(s, p->name, err, errlen);
  SaveProfile found;
  char msg[256] = "";
  SaveStatus st = save_profile_get(s->db, p->id, &found, msg, sizeof msg);
  if (st != SAVE_OK) {
    snprintf(err, errlen, TR("state.that_profile_couldnt_be_opened", "That profile couldn't be opened: %s"),
             st == SAVE_NOT_FOUND ? TR("state.it_is_no_longer_in", "it is no longer in the save") : msg);
    return false;
  }
  if (s->has_profile && s->profile.id == found.id) {
    /* Already playing as them: keep any unsaved prefs, only recount. */
    s->prior_sessions = count_sessions(s, found.id);
    close_stale_sessions(s);
    return true;
  }
  s->profile = found;
  s->has_profile = true;
  s->prior_sessions = count_sessions(s, found.id);
  close_stale_sessions(s);
  return true;
}

static const char *const RENDERER_NAMES[] = {"auto", "software", "accelerated"};

/* The renderer is the machine's (every profile plays on the same screen), so it lives in
 * the save's meta table; app.c reads it before the window opens: it takes effect at the
 * next start. Kept in s->renderer so drawing the Settings screen queries nothing. */
static void set_renderer_pref(GameState *s, int value) {
  if (value < GFX_RENDERER_AUTO || value > GFX_RENDERER_ACCELERATED) return;
  s->renderer = value;
  if (!s->db || save_is_read_only(s->db)) return;
  char msg[512];
  SaveStatus st = save_meta_set(s->db, "renderer", RENDERER_NAMES[value], msg, sizeof msg);
  if (st != SAVE_OK) note_save_failure(s, st, msg);
}

/* The language is the machine's too (a classroom's computer is set up once), kept in the
 * save's meta table as a code ("es"); --language on the command line wins over it. */
bool game_state_language(GameState *s, char *out, size_t outlen) {
  if (!out || outlen == 0) return false;
  out[0] = '\0';
  char msg[256];
  return s->db && save_meta_get(s->db, "language", out, outlen, msg, sizeof msg) == SAVE_OK && out[0];
}

void game_state_set_language(GameState *s, const char *code) {
  if (!code || !s->db || save_is_read_only(s->db)) return;
  char msg[512];
  SaveStatus st = save_meta_set(s->db, "language", code, msg, sizeof msg);
  if (st != SAVE_OK) note_save_failure(s, st, msg);
}

int game_state_pref(const GameState *s, GamePref pref) {
  const SaveProfile *p = &s->profile;
  switch (pref) {
    case GAME_PREF_TEXT_SIZE: return p->text_size;
    case GAME_PREF_HIGH_CONTRAST: return p->high_contrast;
    case GAME_PREF_REDUCED_MOTION: return p->reduced_motion;
    case GAME_PREF_INTROVERT: return p->introvert_practice;
    case GAME_PREF_CLOCK: return p->clock_on;
    case GAME_PREF_HINTS: return p->hints_on;
    case GAME_PREF_RENDERER: return s->renderer;
    case GAME_PREF_VOICE: return p->voice_on;
    case GAME_PREF_VOICE_RATE: return p->voice_rate ? p->voice_rate : 100;
    case GAME_PREF_VOICE_VOLUME: return p->voice_volume ? p->voice_volume : 100;
    case GAME_PREF_DIFFICULTY: return p->difficulty;
  }
  return 0;
}

void game_state_set_pref(GameState *s, GamePref pref, int value) {
  SaveProfile *p = &s->profile;
  switch (pref) {
    case GAME_PREF_TEXT_SIZE: p->text_size = value; break;
    case GAME_PREF_HIGH_CONTRAST: p->high_contrast = value != 0; break;
    case GAME_PREF_REDUCED_MOTION: p->reduced_motion = value != 0; break;
    case GAME_PREF_INTROVERT: p->introvert_practice = value != 0; break;
    case GAME_PREF_CLOCK: p->clock_on = value != 0; break;
    case GAME_PREF_HINTS: p->hints_on = value != 0; break;
    case GAME_PREF_RENDERER: set_renderer_pref(s, value); return;
    case GAME_PREF_VOICE: p->voice_on = value != 0; break;
    case GAME_PREF_VOICE_RATE: p->voice_rate = value < 50 ? 50 : value > 250 ? 250 : value; break;
    case GAME_PREF_VOICE_VOLUME: p->voice_volume = value < 1 ? 1 : value > 100 ? 100 : value; break;
    case GAME_PREF_DIFFICULTY:
      if (!save_difficulty_name(value)) return;
      p->difficulty = value;
      break;
  }
  game_state_save_prefs(s);
}

void game_state_set_workshop(GameState *s, const char *code) {
  snprintf(s->workshop, sizeof s->workshop, "%s", code ? code : "");
}

void game_state_set_opener(GameState *s, const char *opener) {
  snprintf(s->opener, sizeof s->opener, "%s", opener ? opener : "");
  s->opener_typed = false;
}

void game_state_play_as(GameState *s, const SaveProfile *p) {
  game_state_end_session(s);
  s->profile = *p;
  s->has_profile = true;
  s->prior_sessions = count_sessions(s, p->id);
  close_stale_sessions(s);
}

void game_state_preview_profile(GameState *s, const SaveProfile *p) {
  if (s->has_profile || !p) return;
  s->profile = *p;
}

void game_state_save_prefs(GameState *s) {
  if (!s->db || s->profile.id == 0 || save_is_read_only(s->db)) return;
  char msg[512];
  SaveStatus st = save_profile_update(s->db, &s->profile, msg, sizeof msg);
  if (st != SAVE_OK) note_save_failure(s, st, msg);
}

#define LIST_MAX 64

int game_state_list_profiles(GameState *s, SaveProfile *out, int max) {
  if (!s->db || max <= 0) return 0;
  int total = 0;
  char msg[256];
  if (save_profile_list(s->db, 0, out, max, &total, msg, sizeof msg) != SAVE_OK) return 0;
  return total < max ? total : max;
}

bool game_state_last_profile(GameState *s, SaveProfile *out, int *sessions) {
  if (s->has_profile && s->profile.id != 0) { /* chosen in this run */
    *out = s->profile;
    if (sessions) *sessions = count_sessions(s, s->profile.id);
    return true;
  }
  SaveProfile *list = calloc(LIST_MAX, sizeof *list);
  if (!list) return false;
  int n = game_state_list_profiles(s, list, LIST_MAX);
  int best = -1, best_count = 0;
  char best_started[SAVE_TIME_MAX] = "";
  SaveSessionRow row;
  for (int i = 0; i < n; i++) {
    int total = count_sessions(s, list[i].id);
    char latest[SAVE_TIME_MAX] = "";
    if (total > 0) {
      /* Rows come oldest first: the last one is the latest. */
      SaveSessionRow *rows = calloc((size_t)total, sizeof *rows);
      char msg[256];
      int got = 0;
      if (rows && save_profile_sessions(s->db, list[i].id, rows, total, &got, msg, sizeof msg) == SAVE_OK
          && got > 0) {
        row = rows[(got < total ? got : total) - 1];
        snprintf(latest, sizeof latest, "%s", row.session.started);
      }
      free(rows);
    }
    bool newer = best < 0 || strcmp(latest, best_started) > 0 ||
                 (strcmp(latest, best_started) == 0 && list[i].id > list[best].id);
    if (newer) {
      best = i;
      best_count = total;
      snprintf(best_started, sizeof best_started, "%s", latest);
    }
  }
  if (best >= 0) {
    *out = list[best];
    if (sessions) *sessions = best_count;
  }
  free(list);
  return best >= 0;
}

int game_state_today(const GameState *s, int sessions) {
  if (s->today_set >= 0) return s->today_set;
  if (s->deterministic) return sessions * 7;
  return (int)((time(NULL) - (time_t)946684800) / 86400); /* days since 2000-01-01, UTC */
}

void game_state_set_today(GameState *s, int day) {
  s->today_set = day < 0 ? -1 : day;
  s->calendar_serial++;
}

/* ---- Scenarios ---- */

static bool is_path(const char *id) {
  size_t n = strlen(id);
  return strchr(id, '/') || (n > 4 && strcmp(id + n - 4, ".lua") == 0);
}

const char *game_state_scenario_title(GameState *s, const char *id) {
  if (s->scenario_count == 0) game_state_scan_scenarios(s);
  for (int i = 0; i < s->scenario_count; i++)
    if (!s->scenarios[i].broken && strcmp(s->scenarios[i].id, id) == 0 && s->scenarios[i].title[0])
      return s->scenarios[i].title;
  return id;
}

void game_state_scan_scenarios(GameState *s) {
  char (*ids)[64] = calloc(RAPPORT_MAX_SCENARIOS, sizeof *ids);
  SimScenario **loaded = calloc(RAPPORT_MAX_SCENARIOS, sizeof *loaded);
  GameScenarioInfo *infos = calloc(RAPPORT_MAX_SCENARIOS, sizeof *infos);
  s->scenario_count = 0;
  if (!ids || !loaded || !infos) {
    free(ids);
    free(loaded);
    free(infos);
    return;
  }
  int n = scr_list_scenarios(ids, RAPPORT_MAX_SCENARIOS);
  for (int i = 0; i < n; i++) {
    GameScenarioInfo *info = &infos[i];
    snprintf(info->id, sizeof info->id, "%s", ids[i]);
    snprintf(info->title, sizeof info->title, "%s", ids[i]);
    char path[1024], err[SCR_MESSAGE_MAX] = "";
    SimScenario *sc = NULL;
    if (scr_find_scenario(ids[i], path, sizeof path) == 0)
      sc = scr_load_scenario(path, NULL, err, sizeof err);
    else
      snprintf(err, sizeof err, TR("state.the_file_cant_be_found", "%s: the file can't be found"), ids[i]);
    if (!sc) {
      info->broken = true;
      snprintf(info->error, sizeof info->error, "%s", err);
      continue;
    }
    if (sc->title) snprintf(info->title, sizeof info->title, "%s", sc->title);
    if (sc->summary) snprintf(info->summary, sizeof info->summary, "%s", sc->summary);
    if (sc->teaches) snprintf(info->teaches, sizeof info->teaches, "%s", sc->teaches);
    info->minutes = sc->minutes;
    info->people = sc->person_count;
    loaded[i] = sc;
  }
  /* The list's order is the scenarios' own (recommended first, then `order`, then by id:
   * sim_scenario_order_compare); broken ones follow, as listed, so each still shows its
   * error. */
  SimScenario **sorted = calloc((size_t)(n > 0 ? n : 1), sizeof *sorted);
  int ok = 0;
  for (int i = 0; sorted && i < n; i++)
    if (loaded[i]) sorted[ok++] = loaded[i];
  if (sorted) qsort(sorted, (size_t)ok, sizeof *sorted, sim_scenario_order_compare);
  for (int k = 0; k < ok; k++)
    for (int i = 0; i < n; i++)
      if (loaded[i] == sorted[k]) s->scenarios[s->scenario_count++] = infos[i];
  for (int i = 0; i < n; i++)
    if (!loaded[i] || !sorted) s->scenarios[s->scenario_count++] = infos[i];
  for (int i = 0; i < n; i++) sim_scenario_destroy(loaded[i]);
  free(sorted);
  free(infos);
  free(loaded);
  free(ids);
}

/* "There is no scenario called "x". The scenarios you can play are: a, b, c." */
static void unknown_scenario_error(GameState *s, const char *wanted) {
  char ids[RAPPORT_MAX_SCENARIOS][64];
  int n = scr_list_scenarios(ids, RAPPORT_MAX_SCENARIOS);
  size_t len = sizeof s->script_error;
  int at = snprintf(s->script_error, len, TR("state.there_is_no_scenario_called", "There is no scenario called \"%s\"."), wanted);
  if (n <= 0) {
    if (at > 0 && (size_t)at < len)
      snprintf(s->script_error + at, len - (size_t)at, TR("state.no_scenarios_were_found_in", " No scenarios were found in scripts/scenarios."));
    return;
  }
  for (int i = 0; i < n && at > 0 && (size_t)at < len; i++) {
    int k = snprintf(s->script_error + at, len - (size_t)at, "%s%s%s",
                     i == 0 ? TR("state.the_scenarios_you_can_play", " The scenarios you can play are: ") : ", ", ids[i], i == n - 1 ? "." : "");
    if (k < 0) break;
    at += k;
  }
}

bool game_state_load_scenario(GameState *s, const char *id) {
  char wanted[64];
  char path[1024];
  snprintf(wanted, sizeof wanted, "%s", id ? id : "");
  game_state_end_session(s);
  sim_scenario_destroy(s->scenario);
  s->scenario = NULL;
  s->script_error[0] = '\0';
  if (id && is_path(id)) {
    snprintf(path, sizeof path, "%s", id);
    const char *base = strrchr(id, '/');
    snprintf(wanted, sizeof wanted, "%s", base ? base + 1 : id);
    char *dot = strrchr(wanted, '.');
    if (dot) *dot = '\0';
  } else if (scr_find_scenario(wanted, path, sizeof path) != 0) {
    snprintf(s->scenario_id, sizeof s->scenario_id, "%s", wanted);
    s->scenario_path[0] = '\0';
    unknown_scenario_error(s, wanted);
    return false;
  }
  snprintf(s->scenario_id, sizeof s->scenario_id, "%s", wanted);
  snprintf(s->scenario_path, sizeof s->scenario_path, "%s", path);
  char err[SCR_MESSAGE_MAX] = "";
  /* A scenario that plays a later meeting gets someone from the roster, when there is one. */
  GameAcquaintance *known = game_scenario_asks_roster(path) ? calloc(1, sizeof *known) : NULL;
  ScrGiven given;
  bool have = known && game_roster_acquaintance(s, wanted, known);
  if (have) game_acquaintance_given(known, &given);
  s->scenario = scr_load_scenario_given(path, NULL, have ? &given : NULL, err, sizeof err);
  free(known);
  if (!s->scenario) {
    snprintf(s->script_error, sizeof s->script_error, "%s", err[0] ? err : TR("state.the_scenario_failed_to_load", "the scenario failed to load"));
    return false;
  }
  if (s->scenario->id && s->scenario->id[0])
    snprintf(s->scenario_id, sizeof s->scenario_id, "%s", s->scenario->id);
  return true;
}

bool game_state_reload_scenario(GameState *s) {
  char again[1024];
  /* A path given on the command line reloads from that path; a shipped one by its id. */
  snprintf(again, sizeof again, "%s", s->scenario_path[0] && is_path(s->scenario_path) &&
                                          strstr(s->scenario_path, "/scripts/scenarios/") == NULL
                                      ? s->scenario_path : s->scenario_id);
  return game_state_load_scenario(s, again);
}

void game_state_personalise(const GameState *s, const char *text, char *out, size_t outlen) {
  if (!out || outlen == 0) return;
  out[0] = '\0';
  if (!text) return;
  const char *name = s && s->has_profile && s->profile.name[0] ? s->profile.name : TR("state.player", "Player");
  size_t used = 0;
  while (*text && used + 1 < outlen) {
    if (strncmp(text, "{name}", 6) == 0) {
      int n = snprintf(out + used, outlen - used, "%s", name);
      if (n < 0) break;
      used += (size_t)n < outlen - used ? (size_t)n : outlen - used - 1;
      text += 6;
    } else {
      out[used++] = *text++;
    }
  }
  out[used] = '\0';
}
