/* bots.c — strategy bots that play a whole session headless through the public API a
 * player uses (sim.h only: no peeking at the session's insides), the hint a connector
 * would give, and node/choice coverage across runs for the explorer.
 * The lesson must emerge from the rules: no bot is special-cased anywhere else.
 * Owns nothing. C library only.
 */
#include "sim/sim_internal.h"

#include <math.h>
#include <string.h>

static int popcount16(uint16_t v) {
  int n = 0;
  for (; v; v &= (uint16_t)(v - 1)) n++;
  return n;
}

static bool is_exit(SimStyle st) { return st == SIM_STYLE_EXIT_GRACEFUL || st == SIM_STYLE_EXIT_ABRUPT; }

static float connector_score(const SimSession *s, const SimRelation *r, const SimChoice *c,
                             const SimTalkView *tv, uint32_t visited, bool helps) {
  const SimNorms *norms = &sim_session_scenario(s)->norms;
  SimPlayerView pv;
  sim_session_player(s, &pv);
  float v = 0.0f;
  switch (c->style) {
  case SIM_STYLE_INTRODUCE_WHY: v = !r->why_stated ? 100.0f : 5.0f; break;
  case SIM_STYLE_INTRODUCE: v = !r->names_exchanged ? 80.0f : 3.0f; break;
  case SIM_STYLE_GREET: v = !r->names_exchanged ? 30.0f : 2.0f; break;
  case SIM_STYLE_FOLLOW_UP: v = c->uses_facts ? 90.0f : 70.0f; break;
  case SIM_STYLE_OFFER_HELP: v = (r->need_understood && !r->help_offered) ? 85.0f : 20.0f; break;
  case SIM_STYLE_COMMON_GROUND: v = !r->common_ground ? 75.0f : 40.0f; break;
  case SIM_STYLE_SHARE: v = (r->facts_known && r->shared_count <= popcount16(r->facts_known)) ? 72.0f : 25.0f; break;
  case SIM_STYLE_ASK_OPEN: v = 65.0f; break;
  case SIM_STYLE_ASK_ADVICE: v = r->tier >= 3 ? 60.0f : (r->tier == 2 ? 30.0f : 0.0f); break;
  case SIM_STYLE_EXCHANGE_CONTACT:
    v = (!r->contact && r->names_exchanged && (r->tier >= 2 || (norms->contact_expected && r->why_stated)))
            ? (tv->choices_made >= 3 ? 58.0f : 45.0f)
            : 1.0f;
    break;
  case SIM_STYLE_SMALL_TALK: v = 30.0f; break;
  case SIM_STYLE_EXIT_GRACEFUL: v = 8.0f; break;
  case SIM_STYLE_PITCH:
  case SIM_STYLE_ASK_JOB: v = r->tier >= 3 ? 10.0f : -100.0f; break;
  case SIM_STYLE_CARD_GRAB: v = (r->names_exchanged && r->tier >= 2 && !r->card) ? 5.0f : -100.0f; break;
  case SIM_STYLE_EXIT_ABRUPT: v = -80.0f; break;
  default: break;
  }
  if (c->next >= 0 && c->next < 32) v += ((visited >> c->next) & 1u) ? -70.0f : 15.0f;
  else if (!is_exit(c->style)) v -= 5.0f;
  /* Wrap up when it has gone as far as one evening takes it (rapport, a way to write,
   * help offered), when they grow restless or cool, or when the tank is empty. */
  bool done = r->tier >= 3 && (r->card || r->contact) && (r->help_offered || !helps);
  if (c->style == SIM_STYLE_EXIT_GRACEFUL &&
      (done || tv->restless || tv->mood == SIM_MOOD_UNCOMFORTABLE || tv->choices_made >= 12 || pv.energy < 10.0f))
    v += 200.0f;
  return v;
}

static float collector_score(const SimRelation *r, const SimChoice *c, const SimTalkView *tv) {
  float v = 0.0f;
  bool early = tv->choices_made < 2;
  switch (c->style) {
  case SIM_STYLE_CARD_GRAB: v = !r->card ? 100.0f : -50.0f; break;
  case SIM_STYLE_EXCHANGE_CONTACT: v = !r->card ? 90.0f : -50.0f; break;
  case SIM_STYLE_PITCH: v = early ? 70.0f : 20.0f; break;
  case SIM_STYLE_ASK_JOB: v = early ? 60.0f : 15.0f; break;
  case SIM_STYLE_GREET: v = tv->choices_made == 0 ? 40.0f : 5.0f; break;
  case SIM_STYLE_EXIT_ABRUPT: v = r->card ? 95.0f : 20.0f; break;
  case SIM_STYLE_EXIT_GRACEFUL: v = r->card ? 80.0f : 15.0f; break;
  case SIM_STYLE_SMALL_TALK: v = 10.0f; break;
  default: v = 0.0f; break;
  }
  if (is_exit(c->style) && tv->choices_made >= 3) v += 200.0f;
  return v;
}

/* Times each choice of `person` was made, across runs (cov) and in this session. */
static void taken_counts(const SimSession *s, const SimCoverage *cov, int person,
                         int out[SIM_MAX_NODES][SIM_MAX_CHOICES]) {
  for (int n = 0; n < SIM_MAX_NODES; n++)
    for (int c = 0; c < SIM_MAX_CHOICES; c++) out[n][c] = cov ? cov->taken[person][n][c] : 0;
  for (int i = 0; i < sim_log_count(s); i++) {
    const SimLogEntry *e = sim_log_entry(s, i);
    if (e->kind == SIM_LOG_CHOICE && e->person == person && e->node >= 0 && e->node < SIM_MAX_NODES &&
        e->choice >= 0 && e->choice < SIM_MAX_CHOICES)
      out[e->node][e->choice]++;
  }
}

/* dist[n]: choices from node n to the nearest frontier node (never reached, or with a
 * branch never taken), conditions ignored; SIM_MAX_NODES when none is reachable.
 * A breadth-first search over reversed edges. */
static void frontier_distances(const SimPerson *p, uint32_t frontier, int dist[SIM_MAX_NODES]) {
  int queue[SIM_MAX_NODES], head = 0, tail = 0;
  int count = p->node_count < SIM_MAX_NODES ? p->node_count : SIM_MAX_NODES;
  for (int n = 0; n < SIM_MAX_NODES; n++) dist[n] = SIM_MAX_NODES;
  for (int n = 0; n < count; n++)
    if ((frontier >> n) & 1u) {
      dist[n] = 0;
      queue[tail++] = n;
    }
  while (head < tail) {
    int to = queue[head++];
    for (int n = 0; n < count; n++) {
      if (dist[n] <= dist[to] + 1) continue;
      const SimNode *node = &p->nodes[n];
      for (int c = 0; c < node->choice_count && c < SIM_MAX_CHOICES; c++)
        if (node->choices[c].next == to) {
          dist[n] = dist[to] + 1;
          queue[tail++] = n;
          break;
        }
    }
  }
}

static bool is_transactional(SimStyle st) {
  return st == SIM_STYLE_PITCH || st == SIM_STYLE_ASK_JOB || st == SIM_STYLE_CARD_GRAB;
}

/* Has the player already made a transactional move on `person` in this session? */
static bool pounced_on(const SimSession *s, int person) {
  for (int i = 0; i < sim_log_count(s); i++) {
    const SimLogEntry *e = sim_log_entry(s, i);
    if (e->kind == SIM_LOG_CHOICE && e->person == person && e->style >= 0 && is_transactional((SimStyle)e->style))
      return true;
  }
  return false;
}

/* The gaming strategies: each a sharp student's shortcut, scored over the offered choices.
 * Returns true when `v` was set (else the connector's score is used). */
static bool gamer_score(const SimSession *s, SimStrategy st, const SimChoice *c, const SimTalkView *tv,
                        int taken_here, float *v) {
  switch (st) {
  case SIM_BOT_LONGEST:
    *v = c->text ? (float)strlen(c->text) : 0.0f;
    return true;
  case SIM_BOT_GHOST:
    if (is_exit(c->style)) *v = (tv->choices_made >= 1 && c->style == SIM_STYLE_EXIT_GRACEFUL) ? 500.0f : -50.0f;
    else if (c->style == SIM_STYLE_GREET) *v = 100.0f;
    else if (c->style == SIM_STYLE_SMALL_TALK) *v = 90.0f;
    else if (c->style == SIM_STYLE_INTRODUCE) *v = 80.0f;
    else *v = is_transactional(c->style) ? -100.0f : 10.0f;
    return true;
  case SIM_BOT_REPEAT: {
    /* The broken record: lines it has said before, then lines that loop back to where it
     * has been, else the first line offered. Never leaves of its own accord. */
    uint32_t seen = sim_session_nodes_visited(s, tv->person);
    bool loops = c->next >= 0 && c->next < SIM_MAX_NODES && ((seen >> c->next) & 1u);
    if (is_exit(c->style) || is_transactional(c->style)) *v = -100.0f;
    else *v = (taken_here > 0 ? 200.0f + 10.0f * (float)taken_here : 0.0f) + (loops ? 100.0f : 0.0f);
    return true;
  }
  case SIM_BOT_LISTENER:
    if (c->style == SIM_STYLE_SHARE || c->style == SIM_STYLE_COMMON_GROUND || c->style == SIM_STYLE_OFFER_HELP ||
        c->style == SIM_STYLE_ASK_ADVICE || is_transactional(c->style)) {
      *v = -1000.0f;
      return true;
    }
    return false;
  case SIM_BOT_NOHELP:
    if (c->style == SIM_STYLE_OFFER_HELP) {
      *v = -1000.0f;
      return true;
    }
    return false;
  case SIM_BOT_APOLOGISER:
    if (is_transactional(c->style) && !pounced_on(s, tv->person)) {
      *v = 1000.0f + (c->style == SIM_STYLE_PITCH ? 20.0f : 0.0f);
      return true;
    }
    return false;
  default: return false;
  }
}

int sim_bot_pick_choice(const SimSession *s, SimStrategy strategy, SimRng *rng, const SimCoverage *cov) {
  SimTalkView tv;
  sim_talk_view(s, &tv);
  if (!tv.active) return -1;
  int idx[SIM_MAX_CHOICES];
  int n = sim_talk_choices(s, idx, SIM_MAX_CHOICES);
  if (n == 0) return -1;
  if (strategy == SIM_BOT_RANDOM) return idx[rng ? sim_rng_below(rng, (uint32_t)n) : 0];
  const SimNode *node = sim_talk_node(s);
  const SimRelation *r = sim_session_relation(s, tv.person);
  uint32_t visited = sim_session_nodes_visited(s, tv.person);
  int near[SIM_MAX_NODES], far[SIM_MAX_NODES];
  int taken[SIM_MAX_NODES][SIM_MAX_CHOICES];
  if (strategy == SIM_BOT_REPEAT) taken_counts(s, NULL, tv.person, taken);
  if (strategy == SIM_BOT_EXPLORER) {
    /* Near frontier: nodes never reached, or with an untried branch whose tier condition
     * already holds. Far frontier: any untried branch (it may need a deeper relation). */
    const SimPerson *p = &sim_session_scenario(s)->people[tv.person];
    uint32_t seen = visited | (cov ? cov->nodes[tv.person] : 0), near_set = 0, far_set = 0;
    taken_counts(s, cov, tv.person, taken);
    const SimVariety *vr = sim_session_variety(s);
    for (int n = 0; n < p->node_count && n < SIM_MAX_NODES; n++) {
      if (!((seen >> n) & 1u)) near_set |= 1u << n;
      /* A node whose line tonight is one the explorer has not yet heard counts as new. */
      uint8_t k = vr->line[tv.person][n];
      if (cov && p->nodes[n].alt_count && k < 8 && !((cov->lines[tv.person][n] >> k) & 1u) &&
          !((visited >> n) & 1u))
        near_set |= 1u << n;
      for (int c = 0; c < p->nodes[n].choice_count && c < SIM_MAX_CHOICES; c++) {
        if (taken[n][c]) continue;
        far_set |= 1u << n;
        if (p->nodes[n].choices[c].requires.min_tier <= r->tier) near_set |= 1u << n;
      }
    }
    frontier_distances(p, near_set, near);
    frontier_distances(p, far_set, far);
  }
  int best = -1;
  float best_v = -1e9f;
  for (int k = 0; k < n; k++) {
    const SimChoice *c = &node->choices[idx[k]];
    float v;
    int here = (strategy == SIM_BOT_REPEAT && tv.node < SIM_MAX_NODES) ? taken[tv.node][idx[k]] : 0;
    if (strategy == SIM_BOT_COLLECTOR) {
      v = collector_score(r, c, &tv);
    } else if (gamer_score(s, strategy, c, &tv, here, &v)) {
      /* scored above */
    } else {
      v = connector_score(s, r, c, &tv, visited, strategy != SIM_BOT_NOHELP && strategy != SIM_BOT_LISTENER);
      if (strategy == SIM_BOT_EXPLORER) {
        /* An untried branch here first; else head for the nearest node never reached or
         * with a branch never taken. */
        if (c->next >= 0 && c->next < SIM_MAX_NODES && near[c->next] < SIM_MAX_NODES)
          v += 4000.0f - 100.0f * (float)near[c->next];
        else if (c->next >= 0 && c->next < SIM_MAX_NODES && far[c->next] < SIM_MAX_NODES)
          v += 2000.0f - 100.0f * (float)far[c->next];
        if (tv.node < SIM_MAX_NODES && taken[tv.node][idx[k]] == 0) v += 5000.0f;
      }
    }
    if (rng && strategy != SIM_BOT_COLLECTOR && strategy != SIM_BOT_LONGEST) v += (float)sim_rng_unit(rng) * 3.0f;
    if (v > best_v) {
      best_v = v;
      best = idx[k];
    }
  }
  return best;
}

int sim_hint_choice(const SimSession *s) {
  if (!s) return -1;
  return sim_bot_pick_choice(s, SIM_BOT_CONNECTOR, NULL, NULL);
}

/* ---- coverage ---- */

void sim_coverage_add(SimCoverage *cov, const SimSession *s) {
  if (!cov || !s) return;
  const SimScenario *sc = sim_session_scenario(s);
  for (int p = 0; p < sc->person_count; p++) cov->nodes[p] |= sim_session_nodes_visited(s, p);
  for (int i = 0; i < sim_log_count(s); i++) {
    const SimLogEntry *e = sim_log_entry(s, i);
    if (e->kind != SIM_LOG_CHOICE || e->person < 0 || e->person >= SIM_MAX_PEOPLE || e->node < 0 ||
        e->node >= SIM_MAX_NODES || e->choice < 0 || e->choice >= SIM_MAX_CHOICES)
      continue;
    uint16_t *t = &cov->taken[e->person][e->node][e->choice];
    if (*t < UINT16_MAX) (*t)++;
  }
  sim_variety_coverage_add(cov, s);
  cov->runs++;
}

int sim_coverage_missing(const SimCoverage *cov, const SimScenario *sc, int *out_person, int *out_node, int max) {
  if (!cov || !sc) return 0;
  int count = 0;
  for (int p = 0; p < sc->person_count; p++)
    for (int n = 0; n < sc->people[p].node_count && n < SIM_MAX_NODES; n++)
      if (!((cov->nodes[p] >> n) & 1u)) {
        if (out_person && out_node && count < max) {
          out_person[count] = p;
          out_node[count] = n;
        }
        count++;
      }
  return count;
}

int sim_coverage_untried(const SimCoverage *cov, const SimScenario *sc) {
  if (!cov || !sc) return 0;
  int count = 0;
  for (int p = 0; p < sc->person_count; p++)
    for (int n = 0; n < sc->people[p].node_count && n < SIM_MAX_NODES; n++)
      for (int c = 0; c < sc->people[p].nodes[n].choice_count && c < SIM_MAX_CHOICES; c++)
        count += cov->taken[p][n][c] == 0;
  return count;
}

/* ---- whole sessions ---- */

static int quietest_zone(const SimScenario *sc) {
  int best = 0;
  for (int z = 1; z < sc->zone_count; z++)
    if (sc->zones[z].noise < sc->zones[best].noise) best = z;
  return best;
}

/* Rests (in the quietest zone when `move`) until energy reaches `target` or time runs short. */
static void recharge(SimSession *s, bool move, float target, float keep_minutes) {
  const SimScenario *sc = sim_session_scenario(s);
  if (sc->zone_count == 0) return;
  if (move) sim_move_to_zone(s, quietest_zone(sc));
  SimPlayerView pv;
  sim_session_player(s, &pv);
  float noise = sc->zones[pv.zone].noise;
  float rate = 8.0f * (1.0f - noise) * (sim_session_settings(s).introvert_practice ? 1.5f : 1.0f);
  if (rate < 0.5f) return;
  float minutes = ceilf((target - pv.energy) / rate);
  float spare = pv.minutes - pv.clock - keep_minutes;
  if (sim_session_settings(s).clock_on && minutes > spare) minutes = floorf(spare);
  if (minutes > 15.0f) minutes = 15.0f;
  if (minutes >= 1.0f) sim_rest(s, minutes, NULL);
}

static void follow_ups(SimSession *s, SimStrategy st, SimRng *rng) {
  const SimScenario *sc = sim_session_scenario(s);
  for (int p = 0; p < sc->person_count; p++) {
    SimFollowUpOptions o;
    sim_follow_up_options(s, p, &o);
    if (!o.can_message) continue;
    SimMessage m = {0, SIM_TIMING_WITHIN_3_DAYS};
    if (st == SIM_BOT_NOFOLLOWUP) return;
    if (st == SIM_BOT_LONGEST) {
      /* The longest message: every part there is. */
      m.parts = SIM_PART_OFFER | SIM_PART_REQUEST | (o.can_reference ? SIM_PART_PERSONAL : SIM_PART_GENERIC);
    } else if (st == SIM_BOT_LISTENER || st == SIM_BOT_NOHELP) {
      m.parts = o.can_reference ? SIM_PART_PERSONAL : SIM_PART_GENERIC;
    } else if (st == SIM_BOT_COLLECTOR) {
      m.parts = SIM_PART_GENERIC | SIM_PART_REQUEST;
      m.timing = SIM_TIMING_WEEK;
    } else if (st == SIM_BOT_RANDOM) {
      if (sim_rng_unit(rng) < 0.5) continue;
      m.parts = (uint8_t)(1u + sim_rng_below(rng, 15));
      if (!o.can_reference) m.parts &= (uint8_t)~SIM_PART_PERSONAL;
      if (!m.parts) m.parts = SIM_PART_GENERIC;
      m.timing = (SimTiming)sim_rng_below(rng, SIM_TIMING_COUNT);
    } else {
      m.parts = SIM_PART_OFFER | (o.can_reference ? SIM_PART_PERSONAL : SIM_PART_GENERIC);
    }
    sim_follow_up(s, p, &m, NULL);
  }
  if (st == SIM_BOT_COLLECTOR || (st == SIM_BOT_RANDOM && sim_rng_unit(rng) < 0.3)) sim_connect_everyone_online(s);
}

void sim_bot_play_session(SimSession *s, SimStrategy st, uint64_t bot_seed, SimCoverage *cov) {
  if (!s || st < 0 || st >= SIM_STRATEGY_COUNT) return;
  const SimScenario *sc = sim_session_scenario(s);
  SimRng rng;
  sim_rng_seed(&rng, bot_seed ^ 0xB07B07B07ull ^ ((uint64_t)st << 56));
  int n = sc->person_count, order[SIM_MAX_PEOPLE];
  for (int i = 0; i < n; i++) order[i] = i;
  for (int i = n - 1; i > 0; i--) {
    int j = (int)sim_rng_below(&rng, (uint32_t)(i + 1));
    int t = order[i];
    order[i] = order[j];
    order[j] = t;
  }
  /* Only the people at this evening (a layout may leave some out). */
  int present = 0;
  for (int i = 0; i < n; i++)
    if (sim_session_person_present(s, order[i])) order[present++] = order[i];
  n = present;
  if (n == 0) {
    sim_end_event(s);
    if (cov) sim_coverage_add(cov, s);
    return;
  }
  /* Choices per talk before walking off, and minutes kept in hand before leaving. */
  static const int CAP[SIM_STRATEGY_COUNT] = {4, 14, 12, 16, 14, 24, 2, 14, 14, 14, 14};
  static const float KEEP[SIM_STRATEGY_COUNT] = {1.0f, 6.0f, 1.0f, 4.0f, 6.0f, 1.0f, 1.0f, 6.0f, 6.0f, 6.0f, 6.0f};
  /* The explorer talks to each person twice in a row, so that the second talk starts
   * where a returning visitor starts (return_node). The repeat bot goes back and forth
   * between the same two people for as long as the evening lasts. */
  int repeats = st == SIM_BOT_EXPLORER ? 2 : 1;
  int visits = st == SIM_BOT_REPEAT ? 40 : n * repeats;
  bool leave = false;
  for (int k = 0; k < visits && !leave; k++) {
    int p = st == SIM_BOT_REPEAT ? order[k % (n < 2 ? n : 2)] : order[(k / repeats + (cov ? cov->runs : 0)) % n];
    SimPlayerView pv;
    sim_session_player(s, &pv);
    if (pv.event_over) break;
    if (sim_session_settings(s).clock_on && pv.minutes - pv.clock < KEEP[st]) break;
    if (st == SIM_BOT_RANDOM) {
      if (sim_rng_unit(&rng) < 0.03) leave = true;
      if (leave || sim_rng_unit(&rng) < 0.1) continue;
      if (pv.energy < 25.0f && sim_rng_unit(&rng) < 0.5) recharge(s, false, pv.energy + 20.0f, 1.0f);
    } else if (st == SIM_BOT_COLLECTOR) {
      if (pv.energy < 8.0f) recharge(s, false, 30.0f, 1.0f);
    } else if (pv.energy < 40.0f) {
      recharge(s, true, 85.0f, KEEP[st]);
    }
    SimJoin join = SIM_JOIN_POLITE;
    if (st == SIM_BOT_COLLECTOR) join = SIM_JOIN_BARGE;
    else if (st == SIM_BOT_RANDOM) join = sim_rng_unit(&rng) < 0.5 ? SIM_JOIN_POLITE : SIM_JOIN_BARGE;
    int rc = sim_talk_begin(s, p, join, NULL);
    if (rc == SIM_ERR_OVER || rc == SIM_ERR_FULL) break;
    if (rc != SIM_OK) continue;
    SimTalkView tv;
    for (sim_talk_view(s, &tv); tv.active; sim_talk_view(s, &tv)) {
      int pick = tv.choices_made < CAP[st] ? sim_bot_pick_choice(s, st, &rng, cov) : -1;
      if (pick < 0 || sim_talk_choose(s, pick, NULL) != SIM_OK) {
        sim_talk_end(s, st != SIM_BOT_COLLECTOR, NULL);
        break;
      }
    }
  }
  sim_end_event(s);
  follow_ups(s, st, &rng);
  if (cov) sim_coverage_add(cov, s);
}
