/* state_class.c — GameState's classroom and history: classes and their students, playing
 * as a student, the dashboard's class summary and its strategy-bot comparison (computed
 * once per setup and kept, never on the frame path), and the progress screen's reads.
 * Scenes reach the save only through these (see state.h).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "game/state.h"
#include "script/script.h"
#include "i18n/i18n.h"

int game_state_classes(GameState *s, SaveClass *out, int max) {
  int total = 0;
  char msg[256];
  if (!s->db || max <= 0 || save_class_list(s->db, out, max, &total, msg, sizeof msg) != SAVE_OK)
    return 0;
  return total < max ? total : max;
}

int game_state_class_students(GameState *s, int64_t class_id, SaveProfile *out, int *sessions,
                              int max) {
  int total = 0;
  char msg[256];
  if (!s->db || max <= 0 ||
      save_profile_list(s->db, class_id, out, max, &total, msg, sizeof msg) != SAVE_OK)
    return 0;
  if (total > max) total = max;
  for (int i = 0; sessions && i < total; i++) {
    sessions[i] = 0;
    (void)save_profile_sessions(s->db, out[i].id, NULL, 0, &sessions[i], msg, sizeof msg);
  }
  return total;
}

SaveClass *game_state_classes_all(GameState *s, int *count) {
  void *rows = NULL;
  char msg[256];
  *count = 0;
  if (!s->db || save_list_all(s->db, SAVE_LIST_CLASSES, 0, &rows, count, msg, sizeof msg) != SAVE_OK) {
    *count = 0;
    free(rows);
    return NULL;
  }
  return rows;
}

SaveProfile *game_state_class_students_all(GameState *s, int64_t class_id, int **sessions, int *count) {
  void *rows = NULL;
  char msg[256];
  *count = 0;
  *sessions = NULL;
  if (!s->db || class_id <= 0 ||
      save_list_all(s->db, SAVE_LIST_PROFILES, class_id, &rows, count, msg, sizeof msg) != SAVE_OK) {
    *count = 0;
    free(rows);
    return NULL;
  }
  SaveProfile *out = rows;
  *sessions = calloc((size_t)(*count > 0 ? *count : 1), sizeof **sessions);
  if (!*sessions) {
    free(out);
    *count = 0;
    return NULL;
  }
  for (int i = 0; i < *count; i++)
    (void)save_profile_sessions(s->db, out[i].id, NULL, 0, &(*sessions)[i], msg, sizeof msg);
  return out;
}

/* Why a class change cannot be written, or NULL when it can. */
static const char *cannot_write(const GameState *s) {
  return !s->db || save_is_read_only(s->db)
             ? TR("state_class.saving_is_unavailable_so_classes", "Saving is unavailable, so classes can't be changed on this computer.") : NULL;
}

bool game_state_class_create(GameState *s, const char *name, char *err, size_t errlen) {
  const char *why = cannot_write(s);
  if (why) {
    snprintf(err, errlen, "%s", why);
    return false;
  }
  int64_t id = 0;
  return save_class_create(s->db, name, &id, err, errlen) == SAVE_OK;
}

bool game_state_student_create(GameState *s, int64_t class_id, const char *name, SaveProfile *out,
                               char *err, size_t errlen) {
  const char *why = cannot_write(s);
  if (why) {
    snprintf(err, errlen, "%s", why);
    return false;
  }
  memset(out, 0, sizeof *out);
  snprintf(out->name, sizeof out->name, "%s", name);
  out->class_id = class_id;
  out->clock_on = true;
  return save_profile_create(s->db, out, err, errlen) == SAVE_OK;
}

int64_t game_state_profile_class(GameState *s) {
  SaveProfile p;
  if (!s->has_profile || s->profile.class_id == 0 || !s->db ||
      save_profile_get(s->db, s->profile.id, &p, NULL, 0) != SAVE_OK)
    return 0;
  return p.class_id;
}

SaveStudentSummary *game_state_class_summary(GameState *s, int64_t class_id, const char *workshop,
                                             int *count) {
  *count = 0;
  SaveStudentSummary *rows = NULL;
  char msg[256];
  /* One safe read: counted and fetched in one transaction, so an import writing the save
   * at the same time can never make the count exceed the rows allocated. */
  if (!s->db || save_class_summary_all(s->db, class_id, workshop, &rows, count, msg, sizeof msg) != SAVE_OK) {
    *count = 0;
    return NULL;
  }
  return rows;
}

bool game_state_class_name(GameState *s, int64_t class_id, char *out, size_t outlen) {
  SaveClass list[64];
  int n = game_state_classes(s, list, 64);
  for (int i = 0; i < n; i++)
    if (list[i].id == class_id) {
      snprintf(out, outlen, "%s", list[i].name);
      return true;
    }
  return false;
}

bool game_state_bot_scores(GameState *s, const char *scenario_id, uint64_t seed,
                           const SimPlayerSettings *set, const SimStrategy *kinds, int count,
                           SimScores *out, char *err, size_t errlen) {
  GameBotCache *c = &s->bots;
  if (count < 0 || count > GAME_BOTS_MAX) count = GAME_BOTS_MAX;
  bool same = c->valid && strcmp(c->scenario, scenario_id) == 0 && c->seed == seed &&
              c->count == count && memcmp(&c->settings, set, sizeof *set) == 0 &&
              memcmp(c->kinds, kinds, sizeof *kinds * (size_t)count) == 0;
  if (!same) {
    /* Lua and three headless sessions: once per setup, never again on a resume. */
    char path[1024], why[320] = "";
    SimScenario *scn = scr_find_scenario(scenario_id, path, sizeof path) == 0
                           ? scr_load_scenario(path, NULL, why, sizeof why) : NULL;
    if (!scn) {
      snprintf(err, errlen, TR("state_class.the_scenario_could_not_be", "The scenario %s could not be loaded, so the bots could not play."),
               scenario_id);
      return false;
    }
    SimSession *ss = sim_session_create(scn, seed, set);
    for (int b = 0; ss && b < count; b++) {
      sim_session_reset(ss, seed, set);
      sim_bot_play_session(ss, kinds[b], 1, NULL);
      sim_scores(ss, &c->scores[b]);
    }
    c->valid = ss != NULL;
    sim_session_destroy(ss);
    sim_scenario_destroy(scn);
    if (!c->valid) {
      snprintf(err, errlen, TR("state_class.out_of_memory", "out of memory"));
      return false;
    }
    snprintf(c->scenario, sizeof c->scenario, "%s", scenario_id);
    c->seed = seed;
    c->settings = *set;
    c->count = count;
    memcpy(c->kinds, kinds, sizeof *kinds * (size_t)count);
    c->runs++;
  }
  memcpy(out, c->scores, sizeof *out * (size_t)count);
  return true;
}

int game_state_roster(GameState *s, SaveRelation *out, int max) {
  int total = 0;
  char msg[256];
  if (!s->db || s->profile.id == 0 || max <= 0 ||
      save_roster(s->db, s->profile.id, out, max, &total, msg, sizeof msg) != SAVE_OK)
    return 0;
  return total < max ? total : max;
}

int game_state_sessions(GameState *s, SaveSessionRow *out, int max) {
  int total = 0;
  char msg[256];
  if (!s->db || s->profile.id == 0 || max <= 0 ||
      save_profile_sessions(s->db, s->profile.id, out, max, &total, msg, sizeof msg) != SAVE_OK)
    return 0;
  return total < max ? total : max;
}

int game_state_reflections(GameState *s, SaveReflection *out, int max) {
  int total = 0;
  char msg[256];
  if (!s->db || s->profile.id == 0 || max <= 0 ||
      save_reflections(s->db, s->profile.id, out, max, &total, msg, sizeof msg) != SAVE_OK)
    return 0;
  return total < max ? total : max;
}
