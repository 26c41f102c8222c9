/* progress_plan.c — the practice plan for the screens (see progress_plan.h): a profile's
 * finished sessions (their calendar day, skills and the evidence behind each) handed to
 * sim_practice_plan, and its answer put in plain words. Sessions stored before skills kept
 * their evidence count every skill as shown. Depends on state, save, sim and ui.
 */
#include "game/progress_plan.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "i18n/i18n.h"

#define PLAN_SESSIONS 128

/* "the graceful exit" / "curiosity and listening at a short event" for the heading. */
static void what_words(const SimPlan *p, char *out, size_t outlen) {
  if (p->drill == SIM_DRILL_EVENT) {
    snprintf(out, outlen, TR("progress_plan.at_a_short_event", "%s at a short event"), sim_skill_label(p->skill));
    if (out[0] >= 'A' && out[0] <= 'Z') out[0] = (char)(out[0] - 'A' + 'a'); /* mid-sentence */
  } else
    snprintf(out, outlen, "%s", sim_drill_label(p->drill));
}

bool game_plan_build(GameState *st, int64_t profile_id, GamePlan *out) {
  memset(out, 0, sizeof *out);
  if (!st || !st->db || profile_id == 0) return false;
  SaveSessionRow *rows = calloc(PLAN_SESSIONS, sizeof *rows);
  SimPlanSession *hist = calloc(PLAN_SESSIONS, sizeof *hist);
  int total = 0;
  char msg[256];
  if (!rows || !hist ||
      save_profile_sessions(st->db, profile_id, rows, PLAN_SESSIONS, &total, msg, sizeof msg) != SAVE_OK) {
    free(rows);
    free(hist);
    return false;
  }
  int got = total < PLAN_SESSIONS ? total : PLAN_SESSIONS, n = 0;
  for (int i = 0; i < got; i++) {
    const SaveSessionRow *r = &rows[i];
    if (r->session.state != SAVE_SESSION_COMPLETED || !r->has_skills || r->session.day < 0) continue;
    SimPlanSession *h = &hist[n++];
    h->day = r->session.day;
    for (int k = 0; k < SIM_SKILL_COUNT && k < SAVE_SKILL_COUNT; k++) {
      h->skills[k] = r->skills.value[k];
      h->evidence[k] = r->skills.evidence[k] < 0 ? 1 : r->skills.evidence[k];
    }
  }
  out->sessions = n;
  out->today = game_state_today(st, total);
  sim_practice_plan(hist, n, out->today, &out->plan);
  free(rows);
  free(hist);
  const SimPlan *p = &out->plan;
  out->found = p->found;
  if (!p->found) return false;
  out->due = p->due;
  char what[128];
  what_words(p, what, sizeof what);
  snprintf(out->heading, sizeof out->heading, TR("progress_plan.practise", "Practise %s"), what);
  if (p->due) snprintf(out->today_line, sizeof out->today_line, "%s", p->text);
  int recent = p->sessions < 3 ? p->sessions : 3;
  snprintf(out->why, sizeof out->why,
           TRN("progress_plan.skill_that_needs_you_most", "%s is the skill that needs you most over your last %d event with it. A short, focused "
           "practice helps more than another long evening.", "%s is the skill that needs you most over your last %d events with it. A short, "
           "focused practice helps more than another long evening.", (unsigned long)recent),
           sim_skill_label(p->skill), recent);
  int left = p->due_day - out->today;
  if (p->due)
    snprintf(out->when, sizeof out->when, TRN("progress_plan.due_today_minutes", "Due today: about %d minute. Spaced practice: the gaps grow from 1 to "
             "3, 7 and 21 days while the skill holds up.", "Due today: about %d minutes. Spaced practice: the gaps grow from 1 to 3, 7 and 21 "
             "days while the skill holds up.", (unsigned long)sim_drill_minutes(p->drill)), sim_drill_minutes(p->drill));
  else
    snprintf(out->when, sizeof out->when, TRN("progress_plan.next_in_days", "Next: in %d day. Spaced practice: the gaps grow from 1 to 3, 7 and "
             "21 days while the skill holds up.", "Next: in %d days. Spaced practice: the gaps grow from 1 to 3, 7 and 21 days while the "
             "skill holds up.", (unsigned long)(left > 0 ? left : 0)), left);
  return true;
}

int game_plan_panel(UiCtx *ui, const GamePlan *plan, int x, int y, int w, bool draw) {
  const UiTheme *t = ui->theme;
  int u = t->unit, pad = u * 2, bar = u * 3 / 4, iw = w - 2 * pad - bar;
  int tx = x + pad + bar;
  const char *head = plan->found ? plan->heading : TR("progress_plan.your_practice_plan", "Your practice plan");
  const char *body = plan->found ? plan->why
                                 : TR("progress_plan.after_two_events_with_a", "After two events with a skill in play, your practice plan appears here: the skill "
                                   "that needs you most, a short drill for it, and when to do it, spaced over days.");
  int h = pad + ui_text_height(ui, GFX_FONT_BOLD, UI_T_SMALL, iw, TR("progress_plan.practice_plan", "Practice plan")) +
          ui_text_height(ui, GFX_FONT_BOLD, UI_T_SUBHEADING, iw, head) + u / 2 +
          ui_text_height(ui, GFX_FONT_REGULAR, UI_T_BODY, iw, body) + pad;
  if (plan->found) h += u + ui_text_height(ui, GFX_FONT_BOLD, UI_T_BODY, iw, plan->when);
  if (!draw) return h;
  ui_panel(ui, (GfxRect){x, y, w, h}, UI_C_SURFACE);
  gfx_fill_round_rect(ui->gfx, (GfxRect){x, y, bar, h}, 3,
                      ui_color(t, plan->due ? UI_C_GOLD : plan->found ? UI_C_ACCENT : UI_C_LINE));
  int yy = y + pad;
  yy += ui_text(ui, GFX_FONT_BOLD, UI_T_SMALL, UI_C_INK_SOFT, tx, yy, iw, TR("progress_plan.practice_plan", "Practice plan"));
  yy += ui_text(ui, GFX_FONT_BOLD, UI_T_SUBHEADING, UI_C_INK, tx, yy, iw, head) + u / 2;
  yy += ui_text(ui, GFX_FONT_REGULAR, UI_T_BODY, plan->found ? UI_C_INK : UI_C_INK_SOFT, tx, yy, iw, body);
  if (plan->found) ui_text(ui, GFX_FONT_BOLD, UI_T_BODY, UI_C_INK, tx, yy + u, iw, plan->when);
  return h;
}
