/* check.c — structural checks over a converted scenario, the ones a type check cannot
 * see: nodes nobody can reach, dead ends, conditions that can never hold, follow-up content
 * that refers to something never said. Pure C over sim/scenario.h; reports, never fixes.
 */
#include "script/host.h"

#include <stdio.h>
#include <string.h>

typedef uint32_t NodeSet; /* SIM_MAX_NODES == 32 */

/* Styles the simulation hides when the player's energy is low (sim.h, SIM_LOW_ENERGY). */
static bool deep_style(SimStyle style) {
  return style == SIM_STYLE_FOLLOW_UP || style == SIM_STYLE_SHARE ||
         style == SIM_STYLE_COMMON_GROUND || style == SIM_STYLE_OFFER_HELP ||
         style == SIM_STYLE_ASK_ADVICE;
}

static bool enabled(const SimChoice *ch, uint16_t known) {
  return (ch->requires.facts & (uint16_t)~known) == 0;
}

static const char *fact_name(const SimPerson *p, uint16_t mask) {
  for (int f = 0; f < p->fact_count; f++)
    if (mask & (1u << f)) return p->facts[f].id;
  return "?";
}

/* The nodes a conversation can reach from the first node or the returning node, and the
 * facts those nodes reveal: a choice counts only once the facts it needs can be known. */
static NodeSet reachable(const SimPerson *p, uint16_t *facts_out) {
  NodeSet seen = 1u;
  if (p->return_node >= 0) seen |= 1u << p->return_node;
  uint16_t known = p->prior_tier >= 1 ? p->prior_facts : 0;
  bool grew = true;
  while (grew) {
    grew = false;
    for (int i = 0; i < p->node_count; i++)
      if (seen & (1u << i)) known |= p->nodes[i].reveals;
    for (int i = 0; i < p->node_count; i++) {
      if (!(seen & (1u << i))) continue;
      const SimNode *n = &p->nodes[i];
      for (int k = 0; k < n->choice_count; k++) {
        int next = n->choices[k].next;
        if (next >= 0 && !(seen & (1u << next)) && enabled(&n->choices[k], known)) {
          seen |= 1u << next;
          grew = true;
        }
      }
    }
  }
  *facts_out = known;
  return seen;
}

/* The nodes from which some path of offerable choices ends the conversation. */
static NodeSet can_finish(const SimPerson *p, uint16_t known) {
  NodeSet done = 0;
  bool grew = true;
  while (grew) {
    grew = false;
    for (int i = 0; i < p->node_count; i++) {
      if (done & (1u << i)) continue;
      const SimNode *n = &p->nodes[i];
      for (int k = 0; k < n->choice_count; k++) {
        const SimChoice *ch = &n->choices[k];
        if (!enabled(ch, known)) continue;
        if (ch->next < 0 || (done & (1u << ch->next))) {
          done |= 1u << i;
          grew = true;
          break;
        }
      }
    }
  }
  return done;
}

static void check_person(const SimPerson *p, const char *display, ScrReport *out) {
  const char *pid = p->id ? p->id : "?";
  if (p->node_count == 0) return;
  uint16_t known = 0;
  NodeSet seen = reachable(p, &known);
  NodeSet finish = can_finish(p, known);
  for (int i = 0; i < p->node_count; i++) {
    const SimNode *n = &p->nodes[i];
    const char *nid = n->id ? n->id : "?";
    if (!(seen & (1u << i))) {
      scr_report_add(out, display, n->line_no,
                     "person '%s', node '%s' is unreachable: no choice leads to it from the "
                     "first node%s",
                     pid, nid, p->return_node >= 0 ? " or the returning node" : "");
      continue;
    }
    bool free_choice = false, light_choice = false;
    for (int k = 0; k < n->choice_count; k++) {
      const SimChoice *ch = &n->choices[k];
      if (!enabled(ch, known))
        scr_report_add(out, display, ch->line,
                       "person '%s', node '%s', choice %d needs fact '%s', which no reachable "
                       "node reveals: it can never be offered",
                       pid, nid, k + 1, fact_name(p, ch->requires.facts & (uint16_t)~known));
      if (ch->requires.facts == 0 && ch->requires.min_tier == 0 && ch->requires.min_energy == 0) {
        free_choice = true;
        if (!deep_style(ch->style)) light_choice = true;
      }
    }
    if (free_choice && !light_choice)
      scr_report_add(out, display, n->line_no,
                     "person '%s', node '%s': every choice without a condition is a deep one "
                     "(follow_up, share, common_ground, offer_help, ask_advice), which a tired "
                     "player is not offered; add a lighter one (an exit will do)",
                     pid, nid);
    if (!free_choice)
      scr_report_add(out, display, n->line_no,
                     "person '%s', node '%s': every choice has a condition; add one the player "
                     "can always take",
                     pid, nid);
    if (!(finish & (1u << i)))
      scr_report_add(out, display, n->line_no,
                     "person '%s', node '%s' is a dead end: no path from it reaches a choice "
                     "that ends the conversation",
                     pid, nid);
  }
  int f = p->followup.reference_fact;
  if (f >= 0 && !(known & (1u << f)))
    scr_report_add(out, display, p->line,
                   "person '%s': followup.reference '%s' is never revealed in conversation, so "
                   "a personal follow-up can never mention it",
                   pid, p->facts[f].id);
  for (int m = 0; m < p->maintenance_count; m++) {
    int u = p->maintenance[m].uses_fact;
    if (u >= 0 && !(known & (1u << u)))
      scr_report_add(out, display, p->line,
                     "person '%s': maintenance %d uses fact '%s', which is never revealed in "
                     "conversation",
                     pid, m + 1, p->facts[u].id);
  }
}

void scr_check(const SimScenario *scn, const char *display, ScrReport *out) {
  for (int i = 0; i < scn->person_count; i++) check_person(&scn->people[i], display, out);
}
