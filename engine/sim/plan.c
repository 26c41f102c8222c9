/* plan.c — the practice plan: from a learner's past sessions, the weakest skill that has
 * evidence from several sessions, a short drill (or event) for it, and when it is due on a
 * spaced schedule (1, 3, 7, 21 days). Pure: the caller passes the days; no clock here.
 * The rules are written down in docs/model.md ("Practice plan"). C library only.
 */
#include "sim/sim.h"
#include "sim/text.h"

#include <stdio.h>
#include <string.h>

static const char *const DRILL_IDS[SIM_DRILL_COUNT] = {"opener", "join_group", "graceful_exit", "follow_up", "event"};
static const SimText DRILL_LABELS[SIM_DRILL_COUNT] = {
  SIM_TR_ENTRY("sim.drill.opener", "the opener"),
  SIM_TR_ENTRY("sim.drill.join_group", "joining a group"),
  SIM_TR_ENTRY("sim.drill.graceful_exit", "the graceful exit"),
  SIM_TR_ENTRY("sim.drill.follow_up", "the follow-up message"),
  SIM_TR_ENTRY("sim.drill.event", "a short event"),
};

const char *sim_drill_id(SimDrill d) { return (d >= 0 && d < SIM_DRILL_COUNT) ? DRILL_IDS[d] : NULL; }
const char *sim_drill_label(SimDrill d) {
  return (d >= 0 && d < SIM_DRILL_COUNT) ? sim_text_entry(&DRILL_LABELS[d]) : NULL;
}
int sim_drill_minutes(SimDrill d) { return d == SIM_DRILL_EVENT ? 20 : 5; }

int sim_plan_interval(int step) {
  static const int DAYS[4] = {1, 3, 7, 21};
  return DAYS[step < 0 ? 0 : (step > 3 ? 3 : step)];
}

/* The drill for a skill. Timing is practised at both ends of a conversation, so its drill
 * alternates with the step: leaving well, then stepping into a circle at a pause. */
static SimDrill drill_for(SimSkill skill, int step) {
  switch (skill) {
  case SIM_SKILL_INTRODUCTIONS: return SIM_DRILL_OPENER;
  case SIM_SKILL_TIMING: return (step % 2) ? SIM_DRILL_JOIN_GROUP : SIM_DRILL_GRACEFUL_EXIT;
  case SIM_SKILL_FOLLOW_THROUGH: return SIM_DRILL_FOLLOW_UP;
  default: return SIM_DRILL_EVENT; /* curiosity, generosity, energy: a whole conversation */
  }
}

/* Indices of the sessions with evidence on `skill`, oldest first (stable on equal days). */
static int sessions_on(const SimPlanSession *h, int count, SimSkill skill, int *idx, int max) {
  int n = 0;
  for (int i = 0; i < count; i++) {
    if (h[i].evidence[skill] <= 0) continue;
    if (n == max) { /* keep the latest `max` */
      memmove(idx, idx + 1, (size_t)(max - 1) * sizeof *idx);
      n--;
    }
    int at = n++;
    while (at > 0 && h[idx[at - 1]].day > h[i].day) {
      idx[at] = idx[at - 1];
      at--;
    }
    idx[at] = i;
  }
  return n;
}

bool sim_practice_plan(const SimPlanSession *history, int count, int32_t today, SimPlan *out) {
  if (!out) return false;
  memset(out, 0, sizeof *out);
  if (!history || count <= 0) return false;
  enum { KEEP = 64 };
  double best = 1e9;
  for (int k = 0; k < SIM_SKILL_COUNT; k++) {
    int idx[KEEP];
    int n = sessions_on(history, count, (SimSkill)k, idx, KEEP);
    if (n < SIM_PLAN_MIN_SESSIONS) continue;
    int from = n > 3 ? n - 3 : 0;
    double sum = 0;
    for (int i = from; i < n; i++) sum += history[idx[i]].skills[k];
    double mean = sum / (double)(n - from);
    if (mean >= best) continue;
    best = mean;
    /* The step: sessions in a row (latest backwards) that did not lower the score. */
    int step = 0;
    for (int i = n - 1; i > 0 && step < 3; i--) {
      if (history[idx[i]].skills[k] < history[idx[i - 1]].skills[k]) break;
      step++;
    }
    out->found = true;
    out->skill = (SimSkill)k;
    out->sessions = n;
    out->step = step;
    out->last_day = history[idx[n - 1]].day;
  }
  if (!out->found) return false;
  out->drill = drill_for(out->skill, out->step);
  out->due_day = out->last_day + sim_plan_interval(out->step);
  out->due = today >= out->due_day;
  /* An event names what to practise in it; a drill is named by itself. */
  static const SimText FOCUS[SIM_SKILL_COUNT] = {
    SIM_TR_ENTRY("sim.plan.focus.introductions", "introductions"),
    SIM_TR_ENTRY("sim.plan.focus.curiosity", "curiosity and listening"),
    SIM_TR_ENTRY("sim.plan.focus.generosity", "generosity"),
    SIM_TR_ENTRY("sim.plan.focus.timing", "timing"),
    SIM_TR_ENTRY("sim.plan.focus.follow_through", "follow-through"),
    SIM_TR_ENTRY("sim.plan.focus.energy", "pacing your energy"),
  };
  char what[80];
  if (out->drill == SIM_DRILL_EVENT)
    snprintf(what, sizeof what, SIM_TR("sim.plan.at_a_short_event", "%s at a short event"), sim_text_entry(&FOCUS[out->skill]));
  else
    snprintf(what, sizeof what, "%s", sim_drill_label(out->drill));
  int minutes = sim_drill_minutes(out->drill);
  if (out->due)
    snprintf(out->text, sizeof out->text,
             SIM_TRN("sim.plan.today", "Today: practise %s (%d minute)", "Today: practise %s (%d minutes)", (unsigned long)minutes),
             what, minutes);
  else
    snprintf(out->text, sizeof out->text, SIM_TR("sim.plan.next", "Next: %s on day %ld"), what, (long)out->due_day);
  return true;
}
