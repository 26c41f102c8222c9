/* replay_state.c — evaluates the replay lines that ask about the game's state and its save
 * (see replay_state.h), so end-to-end tests assert what happened, not only what was drawn.
 */
#include "game/replay_state.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "game/app.h"
#include "game/scenes.h"
#include "game/state.h"
#include "save/save_query.h"
#include "i18n/i18n.h"

static const char *session_state_name(const GameState *st) {
  if (!st->session || st->record.row.id == 0) return "none";
  switch (st->record.row.state) {
    case SAVE_SESSION_IN_PROGRESS: return "in_progress";
    case SAVE_SESSION_COMPLETED: return "completed";
    case SAVE_SESSION_ABANDONED: return "abandoned";
  }
  return "none";
}

/* `value` formatted to as many decimals as `expected` shows. */
static void format_like(double value, const char *expected, char *out, size_t outlen) {
  const char *dot = strchr(expected, '.');
  int decimals = dot ? (int)strlen(dot + 1) : 0;
  snprintf(out, outlen, "%.*f", decimals, value);
}

static bool state_value(GameApp *app, const char *key, const char *args, char *got, size_t gotlen,
                        const char **expected, char *why, size_t whylen) {
  GameState *st = app->state;
  SimSession *ss = st ? st->session : NULL;
  *expected = args;
  if (strcmp(key, "scene") == 0) {
    const char *top = ui_stack_top_name(&app->stack);
    snprintf(got, gotlen, "%s", top ? top : "(none)");
    return true;
  }
  if (strcmp(key, "session") == 0) {
    snprintf(got, gotlen, "%s", session_state_name(st));
    return true;
  }
  if (strcmp(key, "names") == 0) { /* are students' names on screen (the dashboard)? */
    snprintf(got, gotlen, "%s", game_dashboard_names_shown(ui_stack_top(&app->stack)) ? "shown" : "hidden");
    return true;
  }
  if (strcmp(key, "pending") == 0) {
    snprintf(got, gotlen, "%s", game_state_save_pending(st) ? "yes" : "no");
    return true;
  }
  if (!ss) {
    snprintf(why, whylen, TR("replay_state.expect_state_no_session_is", "expect-state %s: no session is being played"), key);
    return false;
  }
  if (strcmp(key, "event") == 0) {
    snprintf(got, gotlen, "%s", sim_session_event_over(ss) ? "over" : "on");
  } else if (strcmp(key, "talks") == 0) {
    snprintf(got, gotlen, "%d", sim_session_talk_count(ss));
  } else if (strcmp(key, "saved-talks") == 0) {
    snprintf(got, gotlen, "%d", st->record.talks_saved);
  } else if (strcmp(key, "depth") == 0) {
    SimScores sc;
    sim_scores(ss, &sc);
    format_like(sc.depth_gain, args, got, gotlen);
  } else if (strcmp(key, "difficulty") == 0) {
    snprintf(got, gotlen, "%s", sim_session_difficulty_played(ss));
  } else if (strcmp(key, "hash") == 0) {
    snprintf(got, gotlen, "%016llx", (unsigned long long)sim_session_hash(ss));
  } else if (strcmp(key, "tier") == 0) {
    char person[64];
    const char *space = strchr(args, ' ');
    if (!space || (size_t)(space - args) >= sizeof person) {
      snprintf(why, whylen, TR("replay_state.expect_state_tier_needs_person", "expect-state tier needs PERSON N"));
      return false;
    }
    memcpy(person, args, (size_t)(space - args));
    person[space - args] = '\0';
    *expected = space + 1;
    const SimScenario *sc = sim_session_scenario(ss);
    int index = -1;
    for (int i = 0; i < sc->person_count; i++)
      if (sc->people[i].id && strcmp(sc->people[i].id, person) == 0) index = i;
    const SimRelation *r = index >= 0 ? sim_session_relation(ss, index) : NULL;
    if (!r) {
      snprintf(why, whylen, TR("replay_state.expect_state_tier_no_person", "expect-state tier: no person '%s' in %s"), person, st->scenario_id);
      return false;
    }
    snprintf(got, gotlen, "%d", r->tier);
  } else {
    snprintf(why, whylen, TR("replay_state.expect_state_unknown_key_scene", "expect-state: unknown key '%s' (scene, session, event, talks, "
             "saved-talks, pending, names, depth, tier, difficulty, hash)"), key);
    return false;
  }
  return true;
}

static bool expect_state(GameApp *app, const char *args, char *why, size_t whylen) {
  char key[32];
  const char *space = strchr(args, ' ');
  size_t klen = space ? (size_t)(space - args) : strlen(args);
  if (!space || klen >= sizeof key) {
    snprintf(why, whylen, TR("replay_state.expect_state_needs_key_value", "expect-state needs KEY VALUE"));
    return false;
  }
  memcpy(key, args, klen);
  key[klen] = '\0';
  char got[128];
  const char *expected = NULL;
  if (!state_value(app, key, space + 1, got, sizeof got, &expected, why, whylen)) return false;
  if (strcmp(got, expected) != 0) {
    snprintf(why, whylen, TR("replay_state.expected_state_to_be_but", "expected state %s to be '%s' but it is '%s'"), key, expected, got);
    return false;
  }
  return true;
}

static bool expect_save(GameApp *app, const char *args, char *why, size_t whylen) {
  GameState *st = app->state;
  const char *arrow = strstr(args, "=>");
  if (!arrow) {
    snprintf(why, whylen, TR("replay_state.expect_save_needs_sql_result", "expect-save needs SQL => RESULT"));
    return false;
  }
  char sql[512];
  size_t n = (size_t)(arrow - args);
  while (n > 0 && args[n - 1] == ' ') n--;
  if (n >= sizeof sql) n = sizeof sql - 1;
  memcpy(sql, args, n);
  sql[n] = '\0';
  const char *expected = arrow + 2;
  while (*expected == ' ') expected++;
  if (!st || !st->db) {
    snprintf(why, whylen, TR("replay_state.expect_save_there_is_no", "expect-save: there is no save open"));
    return false;
  }
  char got[1024], msg[256];
  SaveStatus rc = save_query_column(st->db, sql, got, sizeof got, msg, sizeof msg);
  if (rc != SAVE_OK) {
    snprintf(why, whylen, "expect-save: %s", msg);
    return false;
  }
  if (strcmp(got, expected) != 0) {
    snprintf(why, whylen, TR("replay_state.expected_the_save_to_answer", "expected the save to answer '%s' but it answered '%s' (%s)"), expected,
             got, sql);
    return false;
  }
  return true;
}

static bool bot(GameApp *app, const char *args, char *why, size_t whylen) {
  GameState *st = app->state;
  int strategy = sim_strategy_from_name(args);
  if (strategy < 0) {
    snprintf(why, whylen, TR("replay_state.bot_unknown_strategy", "bot: unknown strategy '%s'"), args);
    return false;
  }
  if (!st || !st->session) {
    snprintf(why, whylen, TR("replay_state.bot_no_session_is_being", "bot: no session is being played"));
    return false;
  }
  /* The bot's own seed comes from the player's name, as `workshop play --student` does. */
  uint64_t seed = 1469598103934665603ull;
  for (const unsigned char *p = (const unsigned char *)st->profile.name; *p; p++)
    seed = (seed ^ *p) * 1099511628211ull;
  sim_bot_play_session(st->session, (SimStrategy)strategy, seed, NULL);
  return true;
}

bool game_replay_command(void *app_ptr, const char *line, char *why, size_t whylen) {
  GameApp *app = app_ptr;
  const char *space = strchr(line, ' ');
  const char *args = space ? space + 1 : "";
  while (*args == ' ') args++;
  size_t wlen = space ? (size_t)(space - line) : strlen(line);
  game_state_open_pending_save(app->state); /* these commands read the save or play on it */
  if (wlen == 12 && strncmp(line, "expect-state", 12) == 0) return expect_state(app, args, why, whylen);
  if (wlen == 11 && strncmp(line, "expect-save", 11) == 0) return expect_save(app, args, why, whylen);
  if (wlen == 3 && strncmp(line, "bot", 3) == 0) return bot(app, args, why, whylen);
  if (wlen == 8 && strncmp(line, "scenario", 8) == 0)
    return game_select_choose_id(ui_stack_top(&app->stack), app, args, why, whylen);
  if (wlen == 5 && strncmp(line, "today", 5) == 0) {
    game_state_set_today(app->state, atoi(args));
    return true;
  }
  snprintf(why, whylen, TR("replay_state.unknown_game_command_s", "unknown game command '%.*s'"), (int)(wlen > 40 ? 40 : wlen), line);
  return false;
}
