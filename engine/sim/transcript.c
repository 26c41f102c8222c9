/* transcript.c — a session seen from the other side: every line of every conversation in
 * order, and beside each of the player's lines how the person took it (warmer, cooler, no
 * change) with the reason in their own words. Built from steps, which come from the live
 * log or from stored choice rows alike, so a reloaded session shows the same transcript.
 * Owns nothing. C library only.
 */
#include "sim/learn.h"
#include "sim/text.h"

#include <stdio.h>
#include <string.h>

/* Their side of each reason, in their voice, to the player. NULL: no words of its own
 * (the reaction's direction speaks for it). Reasons that never arise in a conversation
 * (follow-ups, weeks) have none. */
static const SimText THEIR_VIEW[SIM_REASON_COUNT] = {
  [SIM_REASON_STATED_WHY] = SIM_TR_ENTRY("sim.their_view.stated_why", "you told me who you are and why you came over"),
  [SIM_REASON_INTRODUCED_SELF] = SIM_TR_ENTRY("sim.their_view.introduced_self", "I know your name, but not why you came over"),
  [SIM_REASON_GREETED_ANONYMOUSLY] = SIM_TR_ENTRY("sim.their_view.greeted_anonymously", "a friendly hello, but I still don't know who you are"),
  [SIM_REASON_SMALL_TALK_WARMUP] = SIM_TR_ENTRY("sim.their_view.small_talk_warmup", "a bit of small talk, easy enough"),
  [SIM_REASON_SMALL_TALK_STALLED] = SIM_TR_ENTRY("sim.their_view.small_talk_stalled", "more small talk; I was waiting for a real question"),
  [SIM_REASON_ASKED_OPEN_QUESTION] = SIM_TR_ENTRY("sim.their_view.asked_open_question", "you asked about me and let me answer"),
  [SIM_REASON_ASKED_FOLLOW_UP] = SIM_TR_ENTRY("sim.their_view.asked_follow_up", "you picked up what I'd just said"),
  [SIM_REASON_USED_REMEMBERED_FACT] = SIM_TR_ENTRY("sim.their_view.used_remembered_fact", "you remembered something I'd told you"),
  [SIM_REASON_INTERROGATED] = SIM_TR_ENTRY("sim.their_view.interrogated", "question after question, and I still know nothing about you"),
  [SIM_REASON_SHARED_IN_TURN] = SIM_TR_ENTRY("sim.their_view.shared_in_turn", "you told me something about yourself, too"),
  [SIM_REASON_OVERSHARED] = SIM_TR_ENTRY("sim.their_view.overshared", "that was more than I expected to hear so soon"),
  [SIM_REASON_FOUND_COMMON_GROUND] = SIM_TR_ENTRY("sim.their_view.found_common_ground", "we found something we both care about"),
  [SIM_REASON_UNDERSTOOD_NEED] = SIM_TR_ENTRY("sim.their_view.understood_need", "you understood what I need"),
  [SIM_REASON_OFFERED_HELP] = SIM_TR_ENTRY("sim.their_view.offered_help", "you offered to help with exactly what I need"),
  [SIM_REASON_OFFERED_HELP_BLIND] = SIM_TR_ENTRY("sim.their_view.offered_help_blind", "kind of you, but it isn't what I need"),
  [SIM_REASON_ASKED_ADVICE_AFTER_RAPPORT] = SIM_TR_ENTRY("sim.their_view.asked_advice_after_rapport", "I'm happy to give advice to someone I've got to know"),
  [SIM_REASON_ASKED_ADVICE_TOO_EARLY] = SIM_TR_ENTRY("sim.their_view.asked_advice_too_early", "you asked a favour before we'd really talked"),
  [SIM_REASON_PITCHED_BEFORE_RAPPORT] = SIM_TR_ENTRY("sim.their_view.pitched_before_rapport", "you pitched at me before we'd really talked"),
  [SIM_REASON_PITCHED_AFTER_RAPPORT] = SIM_TR_ENTRY("sim.their_view.pitched_after_rapport", "I was glad to hear about your plans"),
  [SIM_REASON_ASKED_JOB_BEFORE_RAPPORT] = SIM_TR_ENTRY("sim.their_view.asked_job_before_rapport", "you asked me for a job before we'd really talked"),
  [SIM_REASON_ASKED_JOB_AFTER_RAPPORT] = SIM_TR_ENTRY("sim.their_view.asked_job_after_rapport", "a fair question, now that I know you"),
  [SIM_REASON_GRABBED_CARD_BEFORE_NAME] = SIM_TR_ENTRY("sim.their_view.grabbed_card_before_name", "you asked for my card before I knew your name"),
  [SIM_REASON_GRABBED_CARD_EARLY] = SIM_TR_ENTRY("sim.their_view.grabbed_card_early", "you asked for my card before we'd really talked"),
  [SIM_REASON_EXCHANGED_CONTACT_NATURALLY] = SIM_TR_ENTRY("sim.their_view.exchanged_contact_naturally", "swapping details felt natural after that"),
  [SIM_REASON_EXCHANGED_CONTACT_TOO_EARLY] = SIM_TR_ENTRY("sim.their_view.exchanged_contact_too_early", "swapping details already? We'd barely started"),
  [SIM_REASON_LEFT_GRACEFULLY] = SIM_TR_ENTRY("sim.their_view.left_gracefully", "you said a kind goodbye"),
  [SIM_REASON_LEFT_ABRUPTLY] = SIM_TR_ENTRY("sim.their_view.left_abruptly", "you walked off mid-conversation"),
  [SIM_REASON_OVERSTAYED] = SIM_TR_ENTRY("sim.their_view.overstayed", "I had people waiting, and you kept me talking"),
  [SIM_REASON_DRAINED_ENERGY] = SIM_TR_ENTRY("sim.their_view.drained_energy", "you seemed worn out"),
  [SIM_REASON_JOINED_GROUP_POLITELY] = SIM_TR_ENTRY("sim.their_view.joined_group_politely", "you waited for a pause before joining us"),
  [SIM_REASON_BARGED_INTO_GROUP] = SIM_TR_ENTRY("sim.their_view.barged_into_group", "you cut into our conversation"),
  [SIM_REASON_MET_GUARDED] = SIM_TR_ENTRY("sim.their_view.met_guarded", "I'd heard how you treated someone else"),
  [SIM_REASON_WITNESSED] = SIM_TR_ENTRY("sim.their_view.witnessed", "people nearby saw that"),
  [SIM_REASON_INTRODUCED_TWO_PEOPLE] = SIM_TR_ENTRY("sim.their_view.introduced_two_people", "you introduced me to someone worth knowing"),
  [SIM_REASON_THEY_CLOSED] = SIM_TR_ENTRY("sim.their_view.they_closed", "I had to get back to what I was doing"),
  [SIM_REASON_REPEATED] = SIM_TR_ENTRY("sim.their_view.repeated", "we'd already covered that"),
  [SIM_REASON_ASKED_ABOUT_VACANCIES] = SIM_TR_ENTRY("sim.their_view.asked_about_vacancies", "a fair question here, once I knew who you were"),
  [SIM_REASON_LEFT_AFTER_ONE_LINE] = SIM_TR_ENTRY("sim.their_view.left_after_one_line", "you left almost as soon as you'd said hello"),
  [SIM_REASON_SHARED_NOTHING] = SIM_TR_ENTRY("sim.their_view.shared_nothing", "I never really got to know you"),
};

const char *sim_reason_their_view(SimReason reason) {
  return (reason > SIM_REASON_NONE && reason < SIM_REASON_COUNT && THEIR_VIEW[reason].english)
             ? sim_text_entry(&THEIR_VIEW[reason])
             : NULL;
}

/* "Maya" from "Maya Okafor" into buf. */
static void first_name(const SimPerson *p, char *buf, size_t size) {
  const char *n = (p && p->name && p->name[0]) ? p->name : SIM_TR("sim.they", "They");
  size_t len = strcspn(n, " ");
  if (len >= size) len = size - 1;
  memcpy(buf, n, len);
  buf[len] = '\0';
}

/* Changes smaller than this are "no change": the sim's tiny drifts are not a reaction. */
#define REACTION_EPSILON 0.005f

static int8_t reaction_of(float interest) {
  return interest > REACTION_EPSILON ? 1 : (interest < -REACTION_EPSILON ? -1 : 0);
}

/* The reason shown: the first with words of its own (reasons come most important first). */
static SimReason main_reason(const uint8_t *reasons, int n) {
  for (int i = 0; i < n && i < SIM_MAX_REASONS; i++)
    if (sim_reason_their_view((SimReason)reasons[i])) return (SimReason)reasons[i];
  return SIM_REASON_NONE;
}

static void their_side(const SimPerson *p, const SimStep *st, int8_t reaction, char *out, size_t size) {
  char n[48];
  first_name(p, n, sizeof n);
  const char *view = sim_reason_their_view(main_reason(st->reasons, st->reason_count));
  if (!view)
    view = reaction > 0   ? SIM_TR("sim.their_view.warmer", "that went down well")
           : reaction < 0 ? SIM_TR("sim.their_view.cooler", "that didn't land")
                          : SIM_TR("sim.their_view.no_change", "nothing much changed");
  snprintf(out, size, "%s: %s.", n, view);
}

static SimLine *push(SimLine *out, int max, int *count, SimLineKind kind, int person, int talk) {
  if (*count >= max) return NULL;
  SimLine *l = &out[(*count)++];
  memset(l, 0, sizeof *l);
  l->kind = kind;
  l->person = person;
  l->talk = talk;
  l->node = l->choice = -1;
  l->reason = SIM_REASON_NONE;
  return l;
}

static const SimTalkGuess *guess_of(const SimTalkGuess *g, int n, int talk) {
  for (int i = 0; g && i < n; i++)
    if (g[i].talk == talk && g[i].guess >= 1) return &g[i];
  return NULL;
}

static bool said_them(const SimScenario *sc, int person, int node, SimLine *out, int max, int *count, int talk) {
  const SimPerson *p = &sc->people[person];
  if (node < 0 || node >= p->node_count || !p->nodes[node].line) return true;
  SimLine *l = push(out, max, count, SIM_LINE_THEM, person, talk);
  if (!l) return false;
  l->node = node;
  l->text = p->nodes[node].line;
  return true;
}

int sim_transcript_build(const SimScenario *sc, const SimStep *steps, int step_count,
                         const SimTalkGuess *guesses, int guess_count, SimLine *out, int max) {
  if (!sc || !out || max <= 0 || (!steps && step_count > 0)) return 0;
  int count = 0;
  for (int i = 0; i < step_count; i++) {
    const SimStep *st = &steps[i];
    if (st->person < 0 || st->person >= sc->person_count) continue;
    const SimPerson *p = &sc->people[st->person];
    if (st->node < 0 || st->node >= p->node_count) continue;
    const SimNode *node = &p->nodes[st->node];
    bool first = i == 0 || steps[i - 1].talk != st->talk;
    bool last = i + 1 == step_count || steps[i + 1].talk != st->talk;
    if (first) {
      if (!push(out, max, &count, SIM_LINE_TALK, st->person, st->talk)) break;
      if (!said_them(sc, st->person, st->node, out, max, &count, st->talk)) break;
    }
    SimLine *l = push(out, max, &count, SIM_LINE_PLAYER, st->person, st->talk);
    if (!l) break;
    l->node = st->node;
    l->choice = st->choice;
    l->text = (st->choice >= 0 && st->choice < node->choice_count) ? node->choices[st->choice].text : NULL;
    l->reaction = reaction_of(st->interest);
    l->reason = main_reason(st->reasons, st->reason_count);
    their_side(p, st, l->reaction, l->note, sizeof l->note);
    /* Their answer: the node the next choice was made on; after the last choice, where the
     * line led unless they closed the talk themselves. */
    int next = -1;
    if (!last) {
      next = steps[i + 1].node;
    } else if (st->choice >= 0 && st->choice < node->choice_count) {
      bool closed = false;
      for (int r = 0; r < st->reason_count && r < SIM_MAX_REASONS; r++)
        closed |= st->reasons[r] == SIM_REASON_THEY_CLOSED;
      next = closed ? -1 : node->choices[st->choice].next;
    }
    if (next >= 0 && !said_them(sc, st->person, next, out, max, &count, st->talk)) break;
    if (last) {
      const SimTalkGuess *g = guess_of(guesses, guess_count, st->talk);
      if (g) {
        SimLine *gl = push(out, max, &count, SIM_LINE_GUESS, st->person, st->talk);
        if (!gl) break;
        gl->guess = (int8_t)g->guess;
        gl->actual = (int8_t)g->actual;
      }
    }
  }
  return count;
}

int sim_transcript_steps(const SimSession *s, SimStep *out, int max) {
  int n = 0;
  for (int i = 0; s && out && i < sim_log_count(s) && n < max; i++) {
    const SimLogEntry *e = sim_log_entry(s, i);
    if (e->kind != SIM_LOG_CHOICE) continue;
    SimStep *st = &out[n++];
    memset(st, 0, sizeof *st);
    st->talk = e->talk;
    st->person = e->person;
    st->node = e->node;
    st->choice = e->choice;
    st->interest = e->effects.interest;
    st->reason_count = e->effects.reason_count;
    memcpy(st->reasons, e->effects.reasons, sizeof st->reasons);
  }
  return n;
}

int sim_transcript_guesses(const SimSession *s, SimTalkGuess *out, int max) {
  int n = 0;
  for (int i = 0; s && out && i < sim_session_talk_count(s) && n < max; i++) {
    const SimTalkRecord *t = sim_session_talk(s, i);
    if (!t || t->guess < 1) continue;
    out[n++] = (SimTalkGuess){.talk = i, .guess = t->guess, .actual = sim_talk_rating(s, i)};
  }
  return n;
}
