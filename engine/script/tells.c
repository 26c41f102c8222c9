/* tells.c — warnings about dialogue that gives the answer away ("tells"), for `rapport
 * validate`: the best-scoring option is usually the longest line, an answered question is
 * offered again, a loop that goes nowhere. Warnings, not errors: the scenario still loads.
 * Reads a converted scenario; asks engine/sim's own hint (the connector) what scores best.
 */
#include "script/host.h"

#include <string.h>

#include "sim/sim.h"

typedef uint32_t NodeSet; /* SIM_MAX_NODES == 32 */

static uint16_t needs(const SimChoice *ch) { return (uint16_t)(ch->requires.facts | ch->uses_facts); }

static const char *fact_name(const SimPerson *p, uint16_t mask) {
  for (int f = 0; f < p->fact_count; f++)
    if (mask & (1u << f)) return p->facts[f].id;
  return "?";
}

/* Everything the player can learn from this person in any conversation, and the nodes any
 * conversation can reach with that knowledge (as check.c computes them). */
static NodeSet reachable(const SimPerson *p, uint16_t *known_out) {
  NodeSet seen = 1u;
  if (p->return_node >= 0) seen |= 1u << p->return_node;
  uint16_t known = p->prior_tier >= 1 ? p->prior_facts : 0;
  for (bool grew = true; grew;) {
    grew = false;
    for (int i = 0; i < p->node_count; i++)
      if (seen & (1u << i)) known |= p->nodes[i].reveals;
    for (int i = 0; i < p->node_count; i++) {
      if (!(seen & (1u << i))) continue;
      for (int k = 0; k < p->nodes[i].choice_count; k++) {
        const SimChoice *ch = &p->nodes[i].choices[k];
        if (ch->next >= 0 && !(seen & (1u << ch->next)) && (needs(ch) & ~known) == 0) {
          seen |= 1u << ch->next;
          grew = true;
        }
      }
    }
  }
  *known_out = known;
  return seen;
}

/* ---- (a) the longest line wins ------------------------------------------------------ */

typedef struct PathStep {
  int8_t parent;  /* node before this one on the path, -1 at an entry */
  int8_t choice;  /* choice taken at the parent */
  int8_t entry;   /* the node this path starts at */
  uint16_t facts; /* facts heard along the path, this node's included */
} PathStep;

/* Breadth-first: the shortest path of choices to each node whose conditions on facts hold
 * along the path itself. Unreached nodes have entry -1. */
static void shortest_paths(const SimPerson *p, PathStep *path) {
  int queue[SIM_MAX_NODES], head = 0, tail = 0;
  for (int i = 0; i < SIM_MAX_NODES; i++) path[i] = (PathStep){-1, -1, -1, 0};
  int entries[2] = {0, p->return_node};
  for (int e = 0; e < 2; e++) {
    int n = entries[e];
    if (n < 0 || n >= p->node_count || path[n].entry >= 0) continue;
    path[n] = (PathStep){-1, -1, (int8_t)n, (uint16_t)(p->nodes[n].reveals | (p->prior_tier >= 1 ? p->prior_facts : 0))};
    queue[tail++] = n;
  }
  while (head < tail) {
    int n = queue[head++];
    const SimNode *node = &p->nodes[n];
    for (int k = 0; k < node->choice_count; k++) {
      const SimChoice *ch = &node->choices[k];
      int m = ch->next;
      if (m < 0 || m >= p->node_count || path[m].entry >= 0) continue;
      if ((needs(ch) & ~path[n].facts) != 0) continue;
      path[m] = (PathStep){(int8_t)n, (int8_t)k, path[n].entry,
                           (uint16_t)(path[n].facts | p->nodes[m].reveals)};
      queue[tail++] = m;
    }
  }
}

/* Length of a line as the player reads it, in characters. */
static size_t line_length(const char *text) { return text ? scr_utf8_length(text, strlen(text)) : 0; }

/* What one node says about line lengths: the choice the hint takes there, and whether it
 * is strictly longer (shorter) than every other choice offered there. */
typedef struct NodeLengths {
  int best;
  bool longest, shortest;
} NodeLengths;

/* Plays the path to `target` in `s` and asks the simulation which offered choice the
 * connector (the hint) takes there. false when the node cannot be measured (fewer than two
 * choices offered, or the path cannot be played). */
static bool measure_node(SimSession *s, const SimScenario *scn, int person, const PathStep *path,
                         int target, NodeLengths *out) {
  const SimPerson *p = &scn->people[person];
  int steps[SIM_MAX_NODES], count = 0;
  for (int n = target; path[n].parent >= 0 && count < SIM_MAX_NODES; n = path[n].parent)
    steps[count++] = path[n].choice;
  sim_session_reset(s, 1, NULL);
  /* A returning path needs someone already met; a first one, a stranger. */
  /* Someone met before (met_before) is never a stranger, whichever node the talk starts at. */
  int tier = p->prior_tier >= 1 ? p->prior_tier : (path[target].entry == 0 ? 0 : 1);
  SimRelation rel = sim_relation_initial(tier);
  if (tier >= 1 && p->prior_tier >= 1) rel.facts_known = p->prior_facts;
  if (sim_session_set_relation(s, person, &rel) != SIM_OK) return false;
  if (sim_talk_begin(s, person, p->group >= 0 ? SIM_JOIN_POLITE : SIM_JOIN_DIRECT, NULL) != SIM_OK)
    return false;
  SimTalkView view;
  sim_talk_view(s, &view);
  if (view.node != path[target].entry) return false;
  for (int i = count - 1; i >= 0; i--)
    if (sim_talk_choose(s, steps[i], NULL) != SIM_OK) return false;
  sim_talk_view(s, &view);
  if (!view.active || view.node != target) return false;
  int offered[SIM_MAX_CHOICES];
  int n = sim_talk_choices(s, offered, SIM_MAX_CHOICES);
  int best = sim_hint_choice(s);
  if (n < 2 || best < 0) return false;
  const SimNode *node = &p->nodes[target];
  size_t best_len = line_length(node->choices[best].text);
  *out = (NodeLengths){best, true, true};
  for (int i = 0; i < n; i++) {
    if (offered[i] == best) continue;
    size_t len = line_length(node->choices[offered[i]].text);
    if (len >= best_len) out->longest = false;
    if (len <= best_len) out->shortest = false;
  }
  return true;
}

static void longest_line(const SimScenario *scn, const char *display, ScrReport *out,
                         ScrTellStats *st) {
  SimSession *s = sim_session_create(scn, 1, NULL);
  if (!s) return;
  int first_line = 0;
  const char *first_person = NULL, *first_node = NULL;
  for (int pi = 0; pi < scn->person_count; pi++) {
    const SimPerson *p = &scn->people[pi];
    if (!p->nodes || p->node_count == 0) continue;
    PathStep path[SIM_MAX_NODES];
    shortest_paths(p, path);
    for (int n = 0; n < p->node_count && n < SIM_MAX_NODES; n++) {
      if (path[n].entry < 0) continue;
      NodeLengths m;
      if (!measure_node(s, scn, pi, path, n, &m)) continue;
      st->nodes_measured++;
      if (m.shortest) st->best_shortest++;
      if (!m.longest && !m.shortest) continue;
      if (m.longest) st->best_longest++;
      if (st->listed < SCR_TELL_LIST_MAX) {
        st->longest[st->listed].shortest = m.shortest;
        st->longest[st->listed].line = p->nodes[n].line_no;
        st->longest[st->listed].choice = m.best + 1;
        st->longest[st->listed].person = p->id;
        st->longest[st->listed].node = p->nodes[n].id;
        st->listed++;
      }
      if (!first_person && m.longest) {
        first_person = p->id, first_node = p->nodes[n].id;
        first_line = p->nodes[n].line_no;
      }
    }
  }
  sim_session_destroy(s);
  if (st->nodes_measured == 0 || st->best_longest * 100 <= SCR_TELL_LONGEST_PERCENT * st->nodes_measured)
    return;
  scr_report_add(out, display, first_line,
                 "warning: the best-scoring option is also the longest line at %d of %d nodes "
                 "(%d%%, more than %d%%): picking the longest line wins; first at person '%s', "
                 "node '%s'",
                 st->best_longest, st->nodes_measured, st->best_longest * 100 / st->nodes_measured,
                 SCR_TELL_LONGEST_PERCENT, first_person ? first_person : "?",
                 first_node ? first_node : "?");
}

/* ---- (b) an answered question offered again ----------------------------------------- */

/* The conversation as the player can live it: states (node, facts heard so far in this
 * talk), from the first node and the returning node with nothing heard, through choices
 * whose facts are known on the way (a `uses`/`requires` fact counts as heard). A choice is
 * "asked again" when, in some state, the node it leads to reveals nothing the player has
 * not heard. States are capped per node (SCR_TELL_STATES); past the cap a node's further
 * states are not explored, which can only miss a tell, never invent one. */
#define SCR_TELL_STATES 64

typedef struct TalkStates {
  uint16_t facts[SIM_MAX_NODES][SCR_TELL_STATES];
  uint8_t count[SIM_MAX_NODES];
  struct {
    int8_t node;
    uint16_t facts;
  } stack[SIM_MAX_NODES * SCR_TELL_STATES];
  int top;
} TalkStates;

static void push_state(TalkStates *ts, int node, uint16_t facts) {
  for (int i = 0; i < ts->count[node]; i++)
    if (ts->facts[node][i] == facts) return;
  if (ts->count[node] >= SCR_TELL_STATES) return;
  ts->facts[node][ts->count[node]++] = facts;
  ts->stack[ts->top].node = (int8_t)node;
  ts->stack[ts->top].facts = facts;
  ts->top++;
}

static void answered_again(const SimPerson *p, const char *display, ScrReport *out,
                           ScrTellStats *st) {
  TalkStates ts; /* about 12 KiB */
  memset(ts.count, 0, sizeof ts.count);
  ts.top = 0;
  uint8_t flagged[SIM_MAX_NODES] = {0}; /* choice bits already reported */
  uint16_t before = p->prior_tier >= 1 ? p->prior_facts : 0; /* known from an earlier meeting */
  push_state(&ts, 0, (uint16_t)(p->nodes[0].reveals | before));
  if (p->return_node >= 0 && p->return_node < p->node_count)
    push_state(&ts, p->return_node, (uint16_t)(p->nodes[p->return_node].reveals | before));
  while (ts.top > 0) {
    ts.top--;
    int i = ts.stack[ts.top].node;
    uint16_t heard = ts.stack[ts.top].facts;
    const SimNode *n = &p->nodes[i];
    for (int k = 0; k < n->choice_count; k++) {
      const SimChoice *ch = &n->choices[k];
      if (ch->next < 0 || ch->next >= p->node_count || (needs(ch) & ~heard) != 0) continue;
      uint16_t again = p->nodes[ch->next].reveals;
      if (again != 0 && (again & (uint16_t)~heard) == 0 && !(flagged[i] & (1u << k))) {
        flagged[i] |= (uint8_t)(1u << k);
        st->answered_again++;
        scr_report_add(out, display, ch->line,
                       "warning: person '%s', node '%s', choice %d asks again: it leads to node "
                       "'%s', whose line repeats what the player may already have heard in this "
                       "conversation (fact '%s'); drop it, or make it a follow_up that leads "
                       "somewhere new",
                       p->id, n->id, k + 1, p->nodes[ch->next].id, fact_name(p, again));
      }
      push_state(&ts, ch->next, (uint16_t)(heard | again));
    }
  }
}

/* ---- (c) a loop that goes nowhere ---------------------------------------------------- */

static void dead_loops(const SimPerson *p, NodeSet seen, uint16_t known, const char *display,
                       ScrReport *out, ScrTellStats *st) {
  NodeSet step[SIM_MAX_NODES] = {0}, reach[SIM_MAX_NODES];
  for (int i = 0; i < p->node_count; i++) {
    if (!(seen & (1u << i))) continue;
    for (int k = 0; k < p->nodes[i].choice_count; k++) {
      const SimChoice *ch = &p->nodes[i].choices[k];
      if (ch->next >= 0 && ch->next < p->node_count && (needs(ch) & ~known) == 0)
        step[i] |= 1u << ch->next;
    }
    reach[i] = step[i];
  }
  for (bool grew = true; grew;) {
    grew = false;
    for (int i = 0; i < p->node_count; i++) {
      if (!(seen & (1u << i))) continue;
      NodeSet r = reach[i];
      for (int j = 0; j < p->node_count; j++)
        if (reach[i] & (1u << j)) r |= reach[j];
      if (r != reach[i]) {
        reach[i] = r;
        grew = true;
      }
    }
  }
  NodeSet done = 0;
  for (int i = 0; i < p->node_count; i++) {
    if (!(seen & (1u << i)) || (done & (1u << i)) || !(reach[i] & (1u << i))) continue;
    NodeSet loop = 0; /* the nodes that reach i and that i reaches: its cycle */
    for (int j = 0; j < p->node_count; j++)
      if ((seen & (1u << j)) && (reach[i] & (1u << j)) && (reach[j] & (1u << i))) loop |= 1u << j;
    done |= loop;
    bool progress = false;
    for (int j = 0; j < p->node_count && !progress; j++) {
      if (!(loop & (1u << j))) continue;
      const SimNode *n = &p->nodes[j];
      if (n->reveals || n->shows_need || n->common_ground || (step[j] & ~loop)) progress = true;
    }
    if (progress) continue;
    st->dead_loops++;
    int size = 0;
    for (NodeSet v = loop; v; v &= v - 1) size++;
    scr_report_add(out, display, p->nodes[i].line_no,
                   "warning: person '%s', node '%s' is in a dead loop of %d node%s: going round "
                   "it teaches nothing (no fact, need or common ground) and the only way out is "
                   "to end the conversation",
                   p->id, p->nodes[i].id, size, size == 1 ? "" : "s");
  }
}

int scr_find_tells(const SimScenario *scn, const char *display, ScrReport *out,
                   ScrTellStats *stats) {
  ScrTellStats st;
  memset(&st, 0, sizeof st);
  if (out) memset(out, 0, sizeof *out);
  if (!scn || !out) return 0;
  if (!display) display = scn->source ? scn->source : "scenario";
  longest_line(scn, display, out, &st);
  for (int pi = 0; pi < scn->person_count; pi++) {
    const SimPerson *p = &scn->people[pi];
    if (!p->nodes || p->node_count == 0 || p->node_count > SIM_MAX_NODES) continue;
    uint16_t known = 0;
    NodeSet seen = reachable(p, &known);
    answered_again(p, display, out, &st);
    dead_loops(p, seen, known, display, out, &st);
  }
  if (stats) *stats = st;
  return out->errors;
}
