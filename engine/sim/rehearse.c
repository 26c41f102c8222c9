/* rehearse.c — trying one moment again (practice.h): a fresh session re-played from the
 * event's start to just before a choice, or set up for a drill; the hint that says which
 * style would help and why; the one-line note on what a rehearsed choice did.
 * Never touches the session played. Pure C: the C library and the sim's internals.
 */
#include "sim/practice.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sim/sim_internal.h"
#include "sim/text.h"

/* A session like `played` as its event began: same scenario, seed, settings, day and
 * starting relations (the roster it was seeded with), nothing logged. */
static SimSession *fresh_like(const SimSession *played) {
  SimSession *s = sim_session_create(played->sc, played->seed, &played->settings);
  if (!s) return NULL;
  for (int p = 0; p < played->sc->person_count; p++) sim_session_set_relation(s, p, &played->rel_start[p]);
  sim_session_set_day(s, played->day_start);
  return s;
}

static SimSession *fail(SimSession *s, int *status, int code) {
  sim_session_destroy(s);
  if (status) *status = code;
  return NULL;
}

SimSession *sim_rehearse_at(const SimSession *played, int log_index, int *status) {
  if (status) *status = SIM_OK;
  if (!played || log_index < 0 || log_index >= played->log_count) return fail(NULL, status, SIM_ERR_ARG);
  const SimLogEntry *at = &played->log[log_index];
  if (at->kind != SIM_LOG_CHOICE || at->person < 0 || at->node < 0) return fail(NULL, status, SIM_ERR_ARG);
  SimSession *s = fresh_like(played);
  if (!s) return fail(NULL, status, SIM_ERR_FULL);
  int rc = sim_session_replay(s, played->log, log_index);
  if (rc != SIM_OK || !s->talk.active || s->talk.person != at->person || s->talk.node != at->node)
    return fail(s, status, SIM_ERR_STATE);
  return s;
}

SimSession *sim_rehearse_drill(const SimScenario *sc, uint64_t seed, int person, SimJoin join, bool join_open,
                               const char *const *steps, int step_count, int *status) {
  if (status) *status = SIM_OK;
  if (!sc || person < 0 || person >= sc->person_count || step_count < 0 || (step_count > 0 && !steps))
    return fail(NULL, status, SIM_ERR_ARG);
  SimSession *s = sim_session_create(sc, seed, NULL);
  if (!s) return fail(NULL, status, SIM_ERR_FULL);
  if (join_open) return step_count == 0 ? s : fail(s, status, SIM_ERR_ARG);
  int rc = sim_talk_begin(s, person, join, NULL);
  if (rc != SIM_OK) return fail(s, status, rc);
  const SimPerson *p = &sc->people[person];
  for (int i = 0; i < step_count; i++) {
    const SimNode *node = sim_talk_node(s);
    int target = -1;
    for (int n = 0; n < p->node_count && steps[i]; n++)
      if (p->nodes[n].id && strcmp(p->nodes[n].id, steps[i]) == 0) target = n;
    int pick = -1;
    for (int c = 0; node && c < node->choice_count && pick < 0 && target >= 0; c++)
      if (node->choices[c].next == target && sim_talk_choice_offered(s, c)) pick = c;
    if (pick < 0) return fail(s, status, SIM_ERR_UNAVAILABLE);
    rc = sim_talk_choose(s, pick, NULL);
    if (rc != SIM_OK || !s->talk.active) return fail(s, status, rc != SIM_OK ? rc : SIM_ERR_STATE);
  }
  return s;
}

/* ---- Words ---- */

/* What each style does for the other person, said as advice. */
static const SimText STYLE_HINT[SIM_STYLE_COUNT] = {
  [SIM_STYLE_GREET] = SIM_TR_ENTRY("sim.hint.greet", "A friendly hello is a start, but add who you are so there is something to remember."),
  [SIM_STYLE_INTRODUCE] = SIM_TR_ENTRY("sim.hint.introduce", "Say your name: it turns you from a face in the queue into a person."),
  [SIM_STYLE_INTRODUCE_WHY] = SIM_TR_ENTRY("sim.hint.introduce_why", "Introduce yourself and say why you came over: a reason lets them help you and opens trust."),
  [SIM_STYLE_SMALL_TALK] = SIM_TR_ENTRY("sim.hint.small_talk", "A little light talk can ease things in, as long as it leads somewhere."),
  [SIM_STYLE_ASK_OPEN] = SIM_TR_ENTRY("sim.hint.ask_open", "Ask an open question about their work: people open up when someone is curious about them."),
  [SIM_STYLE_FOLLOW_UP] = SIM_TR_ENTRY("sim.hint.follow_up", "Pick up on something they just told you: it shows you were listening."),
  [SIM_STYLE_SHARE] = SIM_TR_ENTRY("sim.hint.share", "Share something of your own in return: a conversation needs both sides."),
  [SIM_STYLE_COMMON_GROUND] = SIM_TR_ENTRY("sim.hint.common_ground", "Name what you have in common: shared ground is where rapport grows."),
  [SIM_STYLE_OFFER_HELP] = SIM_TR_ENTRY("sim.hint.offer_help", "Offer help with what they need: generosity is what builds trust."),
  [SIM_STYLE_ASK_ADVICE] = SIM_TR_ENTRY("sim.hint.ask_advice", "Ask their advice now that you have rapport: people like helping someone they know."),
  [SIM_STYLE_PITCH] = SIM_TR_ENTRY("sim.hint.pitch", "Talk about what you offer only once they know you and want to hear it."),
  [SIM_STYLE_ASK_JOB] = SIM_TR_ENTRY("sim.hint.ask_job", "Ask about jobs once you have said who you are and why: then it is a fair question."),
  [SIM_STYLE_CARD_GRAB] = SIM_TR_ENTRY("sim.hint.card_grab", "A card means little before a real exchange; earn it first."),
  [SIM_STYLE_EXCHANGE_CONTACT] = SIM_TR_ENTRY("sim.hint.exchange_contact", "Swap details now: after a real exchange it is the natural next step."),
  [SIM_STYLE_EXIT_GRACEFUL] = SIM_TR_ENTRY("sim.hint.exit_graceful", "Leave gracefully: thank them and mention what you talked about, so they remember you well."),
  [SIM_STYLE_EXIT_ABRUPT] = SIM_TR_ENTRY("sim.hint.exit_abrupt", "Walking off without a word undoes a good impression; a thank-you takes a second."),
};

static void first_name(const SimPerson *p, char *buf, size_t size) {
  const char *n = (p && p->name) ? p->name : SIM_TR("sim.they", "They");
  size_t len = strcspn(n, " ");
  if (len >= size) len = size - 1;
  memcpy(buf, n, len);
  buf[len] = '\0';
}

int sim_rehearse_hint(const SimSession *s, int choice, char *buf, size_t size) {
  if (buf && size) buf[0] = '\0';
  const SimNode *node = sim_talk_node(s);
  if (!node) return 0;
  if (choice < 0) choice = sim_hint_choice(s);
  if (choice < 0 || choice >= node->choice_count) return 0;
  SimStyle st = node->choices[choice].style;
  const char *why = (int)st >= 0 && st < SIM_STYLE_COUNT && STYLE_HINT[st].english ? sim_text_entry(&STYLE_HINT[st]) : NULL;
  return snprintf(buf, size, "%s", why ? why : "");
}

/* A note per reason: what the person felt, in a few words. {who} is their first name. */
static const struct {
  SimReason reason;
  SimText note;
} NOTES[] = {
  {SIM_REASON_STATED_WHY, SIM_TR_ENTRY("sim.rehearse.stated_why", "{who} warmed to that: you said who you are and why you came over.")},
  {SIM_REASON_INTRODUCED_SELF, SIM_TR_ENTRY("sim.rehearse.introduced_self", "{who} knows your name now; saying why you came would give them a reason to help.")},
  {SIM_REASON_GREETED_ANONYMOUSLY, SIM_TR_ENTRY("sim.rehearse.greeted_anonymously", "A hello with no name: {who} is polite, but has nothing to remember you by.")},
  {SIM_REASON_ASKED_OPEN_QUESTION, SIM_TR_ENTRY("sim.rehearse.asked_open_question", "{who} opened up: an open question about their work invites a real answer.")},
  {SIM_REASON_ASKED_FOLLOW_UP, SIM_TR_ENTRY("sim.rehearse.asked_follow_up", "{who} noticed you were listening: you picked up on what they just said.")},
  {SIM_REASON_USED_REMEMBERED_FACT, SIM_TR_ENTRY("sim.rehearse.used_remembered_fact", "{who} lit up: you remembered something they told you.")},
  {SIM_REASON_SHARED_IN_TURN, SIM_TR_ENTRY("sim.rehearse.shared_in_turn", "{who} leaned in: you gave something of your own in return.")},
  {SIM_REASON_FOUND_COMMON_GROUND, SIM_TR_ENTRY("sim.rehearse.found_common_ground", "That was common ground, and {who} felt it.")},
  {SIM_REASON_OFFERED_HELP, SIM_TR_ENTRY("sim.rehearse.offered_help", "{who} was touched: you offered help with exactly what they need.")},
  {SIM_REASON_OFFERED_HELP_BLIND, SIM_TR_ENTRY("sim.rehearse.offered_help_blind", "Kind, but {who} hadn't said what they need yet; ask first, then offer.")},
  {SIM_REASON_ASKED_ADVICE_AFTER_RAPPORT, SIM_TR_ENTRY("sim.rehearse.asked_advice_after_rapport", "{who} was glad to help: advice is easy to give someone you know.")},
  {SIM_REASON_ASKED_ADVICE_TOO_EARLY, SIM_TR_ENTRY("sim.rehearse.asked_advice_too_early", "Too soon for advice: {who} barely knows you yet.")},
  {SIM_REASON_PITCHED_BEFORE_RAPPORT, SIM_TR_ENTRY("sim.rehearse.pitched_before_rapport", "{who} cooled: a pitch before any rapport feels like a sales call.")},
  {SIM_REASON_ASKED_JOB_BEFORE_RAPPORT, SIM_TR_ENTRY("sim.rehearse.asked_job_before_rapport", "{who} cooled: you asked for a job before saying who you are.")},
  {SIM_REASON_ASKED_ABOUT_VACANCIES, SIM_TR_ENTRY("sim.rehearse.asked_about_vacancies", "A fair question here, asked at the right time.")},
  {SIM_REASON_GRABBED_CARD_BEFORE_NAME, SIM_TR_ENTRY("sim.rehearse.grabbed_card_before_name", "{who} handed over a card, but won't remember who took it.")},
  {SIM_REASON_GRABBED_CARD_EARLY, SIM_TR_ENTRY("sim.rehearse.grabbed_card_early", "A card this early means little to {who}: there was no real exchange yet.")},
  {SIM_REASON_EXCHANGED_CONTACT_NATURALLY, SIM_TR_ENTRY("sim.rehearse.exchanged_contact_naturally", "Swapping details felt natural to {who} after a real exchange.")},
  {SIM_REASON_EXCHANGED_CONTACT_TOO_EARLY, SIM_TR_ENTRY("sim.rehearse.exchanged_contact_too_early", "{who} hesitated: details swapped before a real exchange mean little.")},
  {SIM_REASON_LEFT_GRACEFULLY, SIM_TR_ENTRY("sim.rehearse.left_gracefully", "A warm goodbye: {who} will remember the conversation kindly.")},
  {SIM_REASON_LEFT_ABRUPTLY, SIM_TR_ENTRY("sim.rehearse.left_abruptly", "{who} was left mid-thought: an abrupt exit undoes a good start.")},
  {SIM_REASON_LEFT_AFTER_ONE_LINE, SIM_TR_ENTRY("sim.rehearse.left_after_one_line", "Polite, but you left before anything real was said.")},
  {SIM_REASON_JOINED_GROUP_POLITELY, SIM_TR_ENTRY("sim.rehearse.joined_group_politely", "You waited for a pause and {who} made room for you.")},
  {SIM_REASON_BARGED_INTO_GROUP, SIM_TR_ENTRY("sim.rehearse.barged_into_group", "Cutting in put the group off; wait for a pause and a welcome.")},
  {SIM_REASON_INTERROGATED, SIM_TR_ENTRY("sim.rehearse.interrogated", "Question after question: {who} would like to know something about you too.")},
  {SIM_REASON_SMALL_TALK_STALLED, SIM_TR_ENTRY("sim.rehearse.small_talk_stalled", "The small talk went nowhere; a real question would move it on.")},
  {SIM_REASON_SMALL_TALK_WARMUP, SIM_TR_ENTRY("sim.rehearse.small_talk_warmup", "A light start that put {who} at ease.")},
  {SIM_REASON_REPEATED, SIM_TR_ENTRY("sim.rehearse.repeated", "{who} had heard that already; try something new.")},
  {SIM_REASON_OVERSTAYED, SIM_TR_ENTRY("sim.rehearse.overstayed", "{who} has a queue: keeping them long costs goodwill.")},
  {SIM_REASON_MET_GUARDED, SIM_TR_ENTRY("sim.rehearse.met_guarded", "{who} had heard about an earlier pounce and started guarded.")},
};

int sim_rehearse_note(const SimSession *s, int person, const SimEffects *fx, char *buf, size_t size) {
  if (buf && size) buf[0] = '\0';
  if (!fx) return 0;
  const SimScenario *sc = sim_session_scenario(s);
  char who[64];
  first_name(sc && person >= 0 && person < sc->person_count ? &sc->people[person] : NULL, who, sizeof who);
  const char *note = NULL;
  for (int i = 0; i < fx->reason_count && !note; i++)
    for (size_t k = 0; k < sizeof NOTES / sizeof NOTES[0] && !note; k++)
      if (NOTES[k].reason == fx->reasons[i]) note = sim_text_entry(&NOTES[k].note);
  if (!note)
    note = fx->interest > 0.01f    ? SIM_TR("sim.rehearse.warmer", "{who} seemed glad of that.")
           : fx->interest < -0.01f ? SIM_TR("sim.rehearse.cooler", "{who} cooled a little.")
                                   : SIM_TR("sim.rehearse.no_change", "{who} took that in their stride.");
  const char *at = strstr(note, "{who}");
  if (!at) return snprintf(buf, size, "%s", note);
  return snprintf(buf, size, "%.*s%s%s", (int)(at - note), note, who, at + 5);
}

bool sim_rehearse_went_well(const SimEffects *fx) {
  if (!fx) return false;
  for (int i = 0; i < fx->reason_count; i++) {
    SimReason r = (SimReason)fx->reasons[i];
    /* A misstep, or a polite move that still left nothing real said, is worth another try. */
    if (sim_reason_is_misstep(r) || r == SIM_REASON_LEFT_AFTER_ONE_LINE || r == SIM_REASON_SHARED_NOTHING) return false;
  }
  /* A named good move counts even when a busy person's interest dipped a little. */
  return fx->reason_count > 0 || fx->interest >= -0.001f;
}
