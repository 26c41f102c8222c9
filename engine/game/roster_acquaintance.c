/* roster_acquaintance.c — the roster side of a later meeting (see roster_acquaintance.h):
 * which person from the save, and their details in the words a scenario can put into its
 * lines. The scenario decides how to use them; C never edits its text.
 * Depends on state, save (through game_state_roster), script (loading scenarios), after.h.
 */
#include "game/roster_acquaintance.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "game/after.h"
#include "i18n/i18n.h"

#define ROSTER_MAX 64

/* Role, event phrase and the first known fact's text from the shipped scenario that has
 * person `r->person` (the first one found, in list order). */
static void describe(GameState *st, const SaveRelation *r, GameAcquaintance *a) {
  if (st->scenario_count == 0) game_state_scan_scenarios(st);
  for (int i = 0; i < st->scenario_count; i++) {
    if (st->scenarios[i].broken) continue;
    char path[1024], err[SCR_MESSAGE_MAX];
    if (scr_find_scenario(st->scenarios[i].id, path, sizeof path) != 0) continue;
    SimScenario *sc = scr_load_scenario(path, NULL, err, sizeof err);
    if (!sc) continue;
    int p = sim_scenario_find_person(sc, r->person);
    if (p >= 0) {
      const SimPerson *who = &sc->people[p];
      snprintf(a->role, sizeof a->role, "%s", who->role ? who->role : "");
      game_after_event_phrase(sc->title, a->met_at, sizeof a->met_at);
      char ids[SAVE_FACTS_MAX];
      snprintf(ids, sizeof ids, "%s", r->facts);
      char *save_ptr = NULL;
      for (char *id = strtok_r(ids, ",", &save_ptr); id && !a->last_time[0]; id = strtok_r(NULL, ",", &save_ptr)) {
        int f = sim_person_find_fact(who, id);
        if (f >= 0 && who->facts[f].text) snprintf(a->last_time, sizeof a->last_time, "how %s %s", a->first_name,
                                                   who->facts[f].text);
      }
      sim_scenario_destroy(sc);
      return;
    }
    sim_scenario_destroy(sc);
  }
}

bool game_roster_acquaintance(GameState *st, GameAcquaintance *a) {
  memset(a, 0, sizeof *a);
  if (!st || !st->has_profile) return false;
  SaveRelation *rows = calloc(ROSTER_MAX, sizeof *rows);
  if (!rows) return false;
  int n = game_state_roster(st, rows, ROSTER_MAX), best = -1;
  for (int i = 0; i < n; i++) {
    const SaveRelation *r = &rows[i];
    if (!r->names_exchanged || r->tier < 1 || !r->name[0]) continue;
    if (best < 0 || r->tier > rows[best].tier || (r->tier == rows[best].tier && r->last_day > rows[best].last_day))
      best = i;
  }
  if (best < 0) {
    free(rows);
    return false;
  }
  const SaveRelation *r = &rows[best];
  snprintf(a->id, sizeof a->id, "%s", r->person);
  snprintf(a->name, sizeof a->name, "%s", r->name);
  snprintf(a->first_name, sizeof a->first_name, "%s", r->name);
  char *space = strchr(a->first_name, ' ');
  if (space) *space = '\0';
  snprintf(a->org, sizeof a->org, "%s", r->org);
  snprintf(a->tier, sizeof a->tier, "%d", r->tier);
  int days = game_state_today(st, st->prior_sessions) - r->last_day;
  char span[32];
  game_after_days_words(days, span, sizeof span);
  if (days <= 0) snprintf(a->weeks_ago, sizeof a->weeks_ago, "recently");
  else snprintf(a->weeks_ago, sizeof a->weeks_ago, TR("roster_acquaintance.ago", "%s ago"), span);
  describe(st, r, a);
  if (!a->met_at[0]) snprintf(a->met_at, sizeof a->met_at, TR("roster_acquaintance.an_earlier_event", "an earlier event"));
  if (!a->last_time[0]) snprintf(a->last_time, sizeof a->last_time, TR("roster_acquaintance.what_brought_you_both_there", "what brought you both there"));
  free(rows);
  return true;
}

void game_acquaintance_given(const GameAcquaintance *a, ScrGiven *g) {
  memset(g, 0, sizeof *g);
  g->name = "roster_acquaintance";
  const char *keys[] = {"id", "name", "first_name", "org", "role", "met_at", "weeks_ago", "last_time", "tier"};
  const char *values[] = {a->id, a->name, a->first_name, a->org, a->role, a->met_at, a->weeks_ago, a->last_time, a->tier};
  for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++) {
    g->keys[g->count] = keys[i];
    g->values[g->count++] = values[i];
  }
}

bool game_scenario_asks_roster(const char *path) {
  FILE *f = fopen(path, "rb");
  if (!f) return false;
  enum { MAX = 512 * 1024 };
  char *buf = malloc(MAX + 1);
  size_t n = buf ? fread(buf, 1, MAX, f) : 0;
  fclose(f);
  if (!buf) return false;
  buf[n] = '\0';
  bool asks = strstr(buf, "roster_acquaintance") != NULL;
  free(buf);
  return asks;
}
