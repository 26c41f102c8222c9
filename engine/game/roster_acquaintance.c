/* roster_acquaintance.c — the roster side of a later meeting (see roster_acquaintance.h):
 * which person from the save, and their details in the words a scenario can put into its
 * lines: what they told the player, said back to them. The scenario decides how to use
 * them; C never edits its text.
 * Depends on state, save (through game_state_roster), script (loading scenarios), after.h,
 * sim/you.h (the fact said back).
 */
#include "game/roster_acquaintance.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "game/after.h"
#include "i18n/i18n.h"
#include "sim/you.h"

#define ROSTER_MAX 64

bool game_acquaintance_fact_you(const char *fact, char *out, size_t outlen) {
  if (!out || outlen == 0) return false;
  out[0] = '\0';
  if (!fact || !fact[0]) return false;
  if (i18n_current()) {
    snprintf(out, outlen, "%s", fact);
    return strlen(out) > 0;
  }
  /* Only a fact that starts with something they do can be said back as "you ...": one that
   * starts with a pronoun or a possessive ("her brother ...") is not. */
  if (!sim_fact_to_you(fact, out, outlen)) {
    out[0] = '\0';
    return false;
  }
  size_t chars = 0;
  for (const unsigned char *p = (const unsigned char *)out; *p; p++) chars += (*p & 0xC0) != 0x80;
  return chars > 0 && chars <= GAME_ACQ_FACT_YOU_CHARS;
}

/* Appends `text` to the list `buf` with separator `sep` when it fits whole; false if not. */
static bool append(char *buf, size_t size, const char *sep, const char *text) {
  size_t used = strlen(buf);
  int k = snprintf(buf + used, size - used, "%s%s", used ? sep : "", text);
  if (k < 0 || (size_t)k >= size - used) {
    buf[used] = '\0';
    return false;
  }
  return true;
}

/* The person's details from `sc` (their own scenario): role, event, and what the player
 * knows of them — the follow-up's reference first when it can be asked about, else the
 * first known fact that can. */
static void describe(const SimScenario *sc, const SimPerson *who, const SaveRelation *r, GameAcquaintance *a) {
  snprintf(a->role, sizeof a->role, "%s", who->role ? who->role : "");
  game_after_event_phrase(sc->title, a->met_at, sizeof a->met_at);
  char ids[SAVE_FACTS_MAX];
  snprintf(ids, sizeof ids, "%s", r->facts);
  uint16_t known = 0;
  char *save_ptr = NULL;
  for (char *id = strtok_r(ids, ",", &save_ptr); id; id = strtok_r(NULL, ",", &save_ptr)) {
    int f = sim_person_find_fact(who, id);
    if (f < 0 || !who->facts[f].text || (known & (1u << f))) continue;
    /* A fact's text holds no line break, so one a line reads back exactly. */
    if (strchr(who->facts[f].text, '\n')) continue;
    char ids_try[SAVE_FACTS_MAX];
    snprintf(ids_try, sizeof ids_try, "%s", a->known_ids);
    if (!append(a->known_ids, sizeof a->known_ids, ",", id)) break;
    if (!append(a->known_texts, sizeof a->known_texts, "\n", who->facts[f].text)) {
      snprintf(a->known_ids, sizeof a->known_ids, "%s", ids_try);
      break;
    }
    known |= (uint16_t)(1u << f);
  }
  int order[SIM_MAX_FACTS + 1], n = 0;
  int ref = who->followup.reference_fact;
  if (ref >= 0 && ref < SIM_MAX_FACTS && (known & (1u << ref))) order[n++] = ref;
  for (int f = 0; f < who->fact_count && f < SIM_MAX_FACTS; f++)
    if ((known & (1u << f)) && f != ref) order[n++] = f;
  for (int i = 0; i < n; i++) {
    const SimFact *fact = &who->facts[order[i]];
    if (!game_acquaintance_fact_you(fact->text, a->fact_you, sizeof a->fact_you)) continue;
    snprintf(a->fact_id, sizeof a->fact_id, "%s", fact->id);
    snprintf(a->fact, sizeof a->fact, "%s", fact->text);
    return;
  }
  a->fact_you[0] = '\0';
}

/* The shipped scenarios other than `asking`, loaded (NULL where one fails); returns how many slots. */
static int load_others(GameState *st, const char *asking, SimScenario **out, int max) {
  if (st->scenario_count == 0) game_state_scan_scenarios(st);
  int n = 0;
  for (int i = 0; i < st->scenario_count && n < max; i++) {
    if (st->scenarios[i].broken || (asking && strcmp(st->scenarios[i].id, asking) == 0)) continue;
    char path[1024], err[SCR_MESSAGE_MAX];
    if (scr_find_scenario(st->scenarios[i].id, path, sizeof path) != 0) continue;
    out[n++] = scr_load_scenario(path, NULL, err, sizeof err);
  }
  return n;
}

bool game_roster_acquaintance(GameState *st, const char *asking, GameAcquaintance *a) {
  memset(a, 0, sizeof *a);
  if (!st || !st->has_profile) return false;
  SaveRelation *rows = calloc(ROSTER_MAX, sizeof *rows);
  SimScenario **others = calloc(RAPPORT_MAX_SCENARIOS, sizeof *others);
  if (!rows || !others) {
    free(rows);
    free(others);
    return false;
  }
  int n = game_state_roster(st, rows, ROSTER_MAX);
  int count = load_others(st, asking, others, RAPPORT_MAX_SCENARIOS);
  int best = -1, best_sc = -1, best_p = -1;
  for (int i = 0; i < n; i++) {
    const SaveRelation *r = &rows[i];
    if (!r->names_exchanged || r->tier < 1 || !r->name[0]) continue;
    if (best >= 0 && (r->tier < rows[best].tier || (r->tier == rows[best].tier && r->last_day <= rows[best].last_day)))
      continue;
    /* Someone met at the asking scenario itself is already one of its people. */
    for (int k = 0; k < count; k++) {
      int p = others[k] ? sim_scenario_find_person(others[k], r->person) : -1;
      if (p >= 0) {
        best = i, best_sc = k, best_p = p;
        break;
      }
    }
  }
  bool found = best >= 0;
  if (found) {
    const SaveRelation *r = &rows[best];
    snprintf(a->id, sizeof a->id, "%s", r->person);
    snprintf(a->name, sizeof a->name, "%s", r->name);
    snprintf(a->first_name, sizeof a->first_name, "%s", r->name);
    char *space = strchr(a->first_name, ' ');
    if (space) *space = '\0';
    snprintf(a->org, sizeof a->org, "%s", r->org);
    snprintf(a->tier, sizeof a->tier, "%d", r->tier);
    snprintf(a->followed_up, sizeof a->followed_up, "%s", r->followed_up ? "yes" : "no");
    int days = game_state_today(st, st->prior_sessions) - r->last_day;
    char span[32];
    game_after_days_words(days, span, sizeof span);
    if (days <= 0) snprintf(a->weeks_ago, sizeof a->weeks_ago, TR("roster_acquaintance.recently", "recently"));
    else snprintf(a->weeks_ago, sizeof a->weeks_ago, TR("roster_acquaintance.ago", "%s ago"), span);
    describe(others[best_sc], &others[best_sc]->people[best_p], r, a);
    if (!a->met_at[0]) snprintf(a->met_at, sizeof a->met_at, TR("roster_acquaintance.an_earlier_event", "an earlier event"));
  }
  for (int k = 0; k < count; k++) sim_scenario_destroy(others[k]);
  free(others);
  free(rows);
  return found;
}

void game_acquaintance_given(const GameAcquaintance *a, ScrGiven *g) {
  memset(g, 0, sizeof *g);
  g->name = SCR_ACQUAINTANCE_GLOBAL;
  const char *values[SCR_ACQUAINTANCE_FIELDS] = {
    a->id, a->name, a->first_name, a->org, a->role, a->met_at, a->weeks_ago, a->tier, a->followed_up,
    a->fact_id, a->fact, a->fact_you, a->known_ids, a->known_texts,
  };
  for (int i = 0; i < SCR_ACQUAINTANCE_FIELDS && i < SCR_GIVEN_MAX; i++) {
    g->keys[g->count] = scr_acquaintance_keys[i];
    g->values[g->count++] = values[i];
  }
}

bool game_scenario_asks_roster(const char *path) { return scr_scenario_reads_given(path, SCR_ACQUAINTANCE_GLOBAL); }
