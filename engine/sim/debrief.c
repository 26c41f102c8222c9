/* debrief.c — feedback in plain words from the log: a few concrete moments, each with
 * the person's name, what the player did, what it did and the lesson, and one thing to
 * try next time. Warm, specific and short (shared/CONTENT.md "Writing feedback").
 * Owns nothing. C library only.
 */
#include "sim/sim_internal.h"
#include "sim/text.h"

#include <stdio.h>
#include <string.h>

/* How much a moment teaches; 0 = never a moment of its own. */
static int priority(SimReason r) {
  switch (r) {
  case SIM_REASON_GRABBED_CARD_BEFORE_NAME: return 95;
  case SIM_REASON_PITCHED_BEFORE_RAPPORT: return 92;
  case SIM_REASON_STATED_WHY: return 90;
  case SIM_REASON_ASKED_JOB_BEFORE_RAPPORT: return 90;
  case SIM_REASON_OFFERED_HELP: return 88;
  case SIM_REASON_USED_REMEMBERED_FACT: return 85;
  case SIM_REASON_BARGED_INTO_GROUP: return 80;
  case SIM_REASON_FOLLOWED_UP_PERSONAL: return 80;
  case SIM_REASON_MET_GUARDED: return 78;
  case SIM_REASON_LEFT_ABRUPTLY: return 75;
  case SIM_REASON_INTRODUCED_TWO_PEOPLE: return 75;
  case SIM_REASON_SHARED_IN_TURN: return 70;
  case SIM_REASON_OVERSHARED: return 70;
  case SIM_REASON_ASKED_ADVICE_AFTER_RAPPORT: return 68;
  case SIM_REASON_FOUND_COMMON_GROUND: return 65;
  case SIM_REASON_INTERROGATED: return 65;
  case SIM_REASON_FOLLOW_UP_OFFERED_VALUE: return 64;
  case SIM_REASON_EXCHANGED_CONTACT_NATURALLY: return 62;
  case SIM_REASON_ASKED_FOLLOW_UP: return 60;
  case SIM_REASON_EXCHANGED_CONTACT_TOO_EARLY: return 60;
  case SIM_REASON_RECONNECTED: return 60;
  case SIM_REASON_JOINED_GROUP_POLITELY: return 58;
  case SIM_REASON_FOLLOWED_UP_LATE: return 58;
  case SIM_REASON_ASKED_OPEN_QUESTION: return 55;
  case SIM_REASON_ASKED_ADVICE_TOO_EARLY: return 55;
  case SIM_REASON_GRABBED_CARD_EARLY: return 55;
  case SIM_REASON_FOLLOWED_UP_GENERIC: return 55;
  case SIM_REASON_FOLLOW_UP_ASKED_TOO_SOON: return 52;
  case SIM_REASON_DRAINED_ENERGY: return 50;
  case SIM_REASON_OVERSTAYED: return 50;
  case SIM_REASON_CONNECTED_ONLINE_ONLY: return 50;
  case SIM_REASON_RECHARGED_IN_QUIET: return 45;
  case SIM_REASON_OFFERED_HELP_BLIND: return 45;
  case SIM_REASON_LEFT_GRACEFULLY: return 40;
  case SIM_REASON_SMALL_TALK_STALLED: return 40;
  case SIM_REASON_MAINTAINED: return 40;
  case SIM_REASON_INTRODUCED_SELF: return 35;
  case SIM_REASON_TOOK_BREAK: return 30;
  case SIM_REASON_LEFT_EARLY: return 30;
  case SIM_REASON_LIKED_MORE_THAN_GUESSED: return 72;
  case SIM_REASON_NO_FOLLOW_UP: return 86;
  case SIM_REASON_SHARED_NOTHING: return 84;
  case SIM_REASON_REPEATED: return 66;
  case SIM_REASON_THEY_CLOSED: return 74;
  case SIM_REASON_LEFT_AFTER_ONE_LINE: return 48;
  case SIM_REASON_ASKED_ABOUT_VACANCIES: return 50;
  default: return 0;
  }
}

/* "Maya" from "Maya Okafor". */
static void first_name(const SimPerson *p, char *buf, size_t size) {
  const char *n = (p && p->name) ? p->name : SIM_TR("sim.debrief.them", "them");
  size_t len = strcspn(n, " ");
  if (len >= size) len = size - 1;
  memcpy(buf, n, len);
  buf[len] = '\0';
}

static const char *fact_text(const SimPerson *p, uint16_t mask) {
  for (int f = 0; f < p->fact_count && f < SIM_MAX_FACTS; f++)
    if (((mask >> f) & 1u) && p->facts[f].text && strlen(p->facts[f].text) <= 90) return p->facts[f].text;
  return NULL;
}

/* Facts learned in the same conversation at or after log entry i. */
static uint16_t facts_after(const SimSession *s, int i) {
  const SimLogEntry *e = &s->log[i];
  uint16_t mask = 0;
  for (int k = i; k < s->log_count && s->log[k].talk == e->talk && e->talk >= 0; k++)
    mask |= s->log[k].effects.facts_learned;
  return mask;
}

/* Copies `text` into `out`, cutting at a word boundary with "..." when it does not fit. */
static void fit(char *out, size_t size, const char *text) {
  size_t len = strlen(text);
  if (len < size) {
    memcpy(out, text, len + 1);
    return;
  }
  size_t cut = size - 4;
  while (cut > 0 && text[cut] != ' ') cut--;
  if (cut == 0) cut = size - 4;
  while (cut > 0 && ((unsigned char)text[cut] & 0xC0) == 0x80) cut--; /* never split UTF-8 */
  memcpy(out, text, cut);
  memcpy(out + cut, "...", 4);
}

/* Did the talk of log entry i have a real exchange after entry i (the player won them back)? */
static bool recovered_after(const SimSession *s, int i) {
  int talk = s->log[i].talk;
  for (int k = i + 1; k < s->log_count && talk >= 0 && s->log[k].talk == talk; k++)
    if (s->log[k].effects.exchange) return true;
  return false;
}

/* Talks with at least one real exchange (a question, a share, common ground, help). */
static int real_talks(const SimSession *s) {
  int n = 0, last = -1;
  for (int i = 0; i < s->log_count; i++)
    if (s->log[i].effects.exchange && s->log[i].talk >= 0 && s->log[i].talk != last) {
      last = s->log[i].talk;
      n++;
    }
  return n;
}

/* Did the player have a real exchange with `person` in any talk? */
static bool talked_with(const SimSession *s, int person) {
  for (int i = 0; i < s->log_count; i++)
    if (s->log[i].person == person && s->log[i].effects.exchange) return true;
  return false;
}

/* Questions that were real exchanges (open questions and follow-ups). */
static int questions_asked(const SimSession *s) {
  int n = 0;
  for (int i = 0; i < s->log_count; i++)
    n += s->log[i].effects.exchange && (s->log[i].style == SIM_STYLE_ASK_OPEN || s->log[i].style == SIM_STYLE_FOLLOW_UP);
  return n;
}

/* Did the player ever give something of their own: a share, common ground they raised, help? */
static bool shared_something(const SimSession *s) {
  for (int i = 0; i < s->log_count; i++) {
    const SimLogEntry *e = &s->log[i];
    if (e->effects.player_shared || e->effects.help_offered || e->style == SIM_STYLE_COMMON_GROUND) return true;
  }
  return false;
}

/* What a pounce went on to cost when the rest of the talk went well: politeness came
 * back, the rest did not. */
static void pounce_cost(const SimSession *s, int i, const char *n, char *out, size_t size, const char *what) {
  /* `what` is a whole clause ("You asked Maya for a card ..."), so each language orders its own. */
  snprintf(out, size,
           SIM_TR("sim.debrief.pounce_cost", "%s. The rest went well, but that first move still cost you: %s won't "
                                             "count you as someone to call yet, and people nearby noticed."),
           what, n);
  (void)s, (void)i;
}

static void render_raw(const SimSession *s, int i, SimReason r, char *out, size_t size) {
  const SimLogEntry *e = &s->log[i];
  const SimScenario *sc = s->sc;
  const SimPerson *p = (e->person >= 0 && e->person < sc->person_count) ? &sc->people[e->person] : NULL;
  char n[48];
  first_name(p, n, sizeof n);
  const char *fact = NULL;
  switch (r) {
  case SIM_REASON_STATED_WHY:
    /* What they told you in answer, else the first thing learned later in the talk. */
    fact = p ? fact_text(p, e->effects.facts_learned) : NULL;
    if (!fact && p) fact = fact_text(p, facts_after(s, i));
    if (fact)
      snprintf(out, size, SIM_TR("sim.debrief.stated_why_fact", "You told %s who you were and why you came over, and %s opened up: you learned that %s %s."),
               n, n, n, fact);
    else
      snprintf(out, size, SIM_TR("sim.debrief.stated_why", "You told %s who you were and why you came over. That gave %s something to hold on to."), n, n);
    break;
  case SIM_REASON_INTRODUCED_SELF:
    snprintf(out, size, SIM_TR("sim.debrief.introduced_self", "You gave %s your name. Next time add why you came over: a reason lets people help you."), n);
    break;
  case SIM_REASON_GRABBED_CARD_BEFORE_NAME:
    if (recovered_after(s, i)) {
      char what[160];
      snprintf(what, sizeof what, SIM_TR("sim.debrief.grabbed_card_before_name_recovered", "You asked %s for a card before saying your name"), n);
      pounce_cost(s, i, n, out, size, what);
    } else {
      snprintf(out, size, SIM_TR("sim.debrief.grabbed_card_before_name", "You asked %s for a card before saying your name. %s gave it, but won't remember you. Next time, lead with who you are and why."), n, n);
    }
    break;
  case SIM_REASON_GRABBED_CARD_EARLY:
    snprintf(out, size, SIM_TR("sim.debrief.grabbed_card_early", "You took %s's card before a real exchange. Let the conversation come first; the card means more after it."), n);
    break;
  case SIM_REASON_PITCHED_BEFORE_RAPPORT:
    if (recovered_after(s, i)) {
      char what[160];
      snprintf(what, sizeof what, SIM_TR("sim.debrief.pitched_before_rapport_recovered", "You pitched to %s before you had anything in common"), n);
      pounce_cost(s, i, n, out, size, what);
    } else {
      snprintf(out, size, SIM_TR("sim.debrief.pitched_before_rapport", "You pitched to %s before finding anything in common. %s cooled, and people nearby noticed. Ask about their work first."), n, n);
    }
    break;
  case SIM_REASON_ASKED_JOB_BEFORE_RAPPORT:
    if (recovered_after(s, i)) {
      char what[160];
      snprintf(what, sizeof what, SIM_TR("sim.debrief.asked_job_before_rapport_recovered", "You asked %s about jobs before getting to know each other"), n);
      pounce_cost(s, i, n, out, size, what);
    } else {
      snprintf(out, size, SIM_TR("sim.debrief.asked_job_before_rapport", "You asked %s about jobs before getting to know each other. It sounded like you only wanted something; a question about their work opens more doors."), n);
    }
    break;
  case SIM_REASON_ASKED_ABOUT_VACANCIES:
    snprintf(out, size, SIM_TR("sim.debrief.asked_about_vacancies", "You asked %s about vacancies once you had said who you are. At a careers fair that's a normal question."), n);
    break;
  case SIM_REASON_USED_REMEMBERED_FACT: {
    const SimChoice *c = NULL;
    if (e->kind == SIM_LOG_CHOICE && p && p->nodes && e->node >= 0 && e->node < p->node_count &&
        e->choice >= 0 && e->choice < p->nodes[e->node].choice_count)
      c = &p->nodes[e->node].choices[e->choice];
    fact = (p && c) ? fact_text(p, c->uses_facts) : NULL;
    if (fact)
      snprintf(out, size, SIM_TR("sim.debrief.used_remembered_fact_named", "You remembered that %s %s, and asked about it. Details like that are what people remember you for."), n, fact);
    else
      snprintf(out, size, SIM_TR("sim.debrief.used_remembered_fact", "You came back to something %s had told you. Remembering details is what people remember you for."), n);
    break;
  }
  case SIM_REASON_ASKED_FOLLOW_UP:
    snprintf(out, size, SIM_TR("sim.debrief.asked_follow_up", "You followed up on what %s had just said. People like those who ask follow-up questions more than anyone expects."), n);
    break;
  case SIM_REASON_ASKED_OPEN_QUESTION:
    fact = p ? fact_text(p, e->effects.facts_learned) : NULL;
    if (fact)
      snprintf(out, size, SIM_TR("sim.debrief.asked_open_question_fact", "You asked %s an open question and listened: that is how you learned that %s %s."), n, n, fact);
    else
      snprintf(out, size, SIM_TR("sim.debrief.asked_open_question", "You asked %s an open question and let %s talk. Curiosity is the easiest way in."), n, n);
    break;
  case SIM_REASON_INTERROGATED:
    snprintf(out, size, SIM_TR("sim.debrief.interrogated", "You asked %s question after question without sharing anything yourself. Mix in something of your own so it feels like a conversation."), n);
    break;
  case SIM_REASON_SHARED_IN_TURN:
    snprintf(out, size, SIM_TR("sim.debrief.shared_in_turn", "You shared something of your own after %s opened up. Taking turns like that is how people get closer."), n);
    break;
  case SIM_REASON_OVERSHARED:
    snprintf(out, size, SIM_TR("sim.debrief.overshared", "You told %s a lot about yourself before %s had shared much. Match their depth, one step at a time."), n, n);
    break;
  case SIM_REASON_FOUND_COMMON_GROUND:
    snprintf(out, size, SIM_TR("sim.debrief.found_common_ground", "You found common ground with %s. Shared ground is what turns a chat into rapport."), n);
    break;
  case SIM_REASON_OFFERED_HELP:
    if (p && p->need && strlen(p->need) <= 80)
      snprintf(out, size, SIM_TR("sim.debrief.offered_help_need", "You offered to help %s with %s. Caring about someone's goals is what builds trust."), n, p->need);
    else
      snprintf(out, size, SIM_TR("sim.debrief.offered_help", "You offered to help %s with what %s needed. Caring about someone's goals is what builds trust."), n, n);
    break;
  case SIM_REASON_OFFERED_HELP_BLIND:
    snprintf(out, size, SIM_TR("sim.debrief.offered_help_blind", "You offered %s help before knowing what %s needed. Ask first; a specific offer means more."), n, n);
    break;
  case SIM_REASON_ASKED_ADVICE_AFTER_RAPPORT:
    snprintf(out, size, SIM_TR("sim.debrief.asked_advice_after_rapport", "You asked %s for advice once you had real rapport. People like being asked, and it deepened the connection."), n);
    break;
  case SIM_REASON_ASKED_ADVICE_TOO_EARLY:
    snprintf(out, size, SIM_TR("sim.debrief.asked_advice_too_early", "You asked %s for advice before you really knew each other. Build a little rapport first, then ask."), n);
    break;
  case SIM_REASON_EXCHANGED_CONTACT_NATURALLY:
    snprintf(out, size, SIM_TR("sim.debrief.exchanged_contact_naturally", "You swapped contact details with %s after a real conversation: good timing. Now the follow-up is yours to send."), n);
    break;
  case SIM_REASON_EXCHANGED_CONTACT_TOO_EARLY:
    snprintf(out, size, SIM_TR("sim.debrief.exchanged_contact_too_early", "You asked %s for contact details before a real exchange. It comes more naturally once you have talked."), n);
    break;
  case SIM_REASON_LEFT_GRACEFULLY:
    snprintf(out, size, SIM_TR("sim.debrief.left_gracefully", "You wrapped up with %s gracefully after a real conversation. A good exit is part of a good impression."), n);
    break;
  case SIM_REASON_LEFT_AFTER_ONE_LINE: {
    /* One card for all of them: name who else got a one-line goodbye. */
    char who[160];
    int others = 0, other = -1;
    for (int k = 0; k < s->log_count; k++)
      if (s->log[k].person != e->person && sim_fx_has(&s->log[k].effects, SIM_REASON_LEFT_AFTER_ONE_LINE)) {
        bool seen = false;
        for (int j = 0; j < k && !seen; j++)
          seen = s->log[j].person == s->log[k].person && sim_fx_has(&s->log[j].effects, SIM_REASON_LEFT_AFTER_ONE_LINE);
        if (!seen) others++, other = s->log[k].person;
      }
    if (others == 1) {
      char m[48];
      first_name(&sc->people[other], m, sizeof m);
      snprintf(who, sizeof who, SIM_TR("sim.debrief.two_names", "%s and %s"), n, m);
    } else if (others > 1) {
      snprintf(who, sizeof who, SIM_TRN("sim.debrief.name_and_others", "%s and %d other", "%s and %d others", (unsigned long)others), n, others);
    } else {
      snprintf(who, sizeof who, "%s", n);
    }
    snprintf(out, size, SIM_TR("sim.debrief.left_after_one_line", "You said a polite goodbye to %s after one line. Polite is good; one more exchange would have given you a chance to get to know each other."), who);
    break;
  }
  case SIM_REASON_REPEATED:
    snprintf(out, size, SIM_TR("sim.debrief.repeated", "You asked %s something you had already talked about. It added nothing new and used up %s's patience. Once you have the answer, move on to something new, or wrap up."), n, n);
    break;
  case SIM_REASON_THEY_CLOSED:
    snprintf(out, size, SIM_TR("sim.debrief.they_closed", "%s wrapped up the conversation before you did. When someone stops looking interested, thank them and move on; you can follow up later."), n);
    break;
  case SIM_REASON_NO_FOLLOW_UP:
    if (!talked_with(s, e->person)) {
      snprintf(out, size, SIM_TR("sim.debrief.no_follow_up_no_talk", "You have %s's card, but you didn't really talk, so a message would have little to mention. Have the conversation first; then a short note within three days is where the connection grows."), n);
      break;
    }
    snprintf(out, size, SIM_TR("sim.debrief.no_follow_up", "You have %s's details but haven't written to anyone yet. A short message within three days that mentions what you talked about is where the connection grows."), n);
    break;
  case SIM_REASON_SHARED_NOTHING:
    if (questions_asked(s) > 1)
      snprintf(out, size, SIM_TR("sim.debrief.shared_nothing_many", "You asked %s good questions, but never said anything about yourself, so %s couldn't get to know you. Next time, add one thing of your own after they answer."), n, n);
    else
      snprintf(out, size, SIM_TR("sim.debrief.shared_nothing", "You asked %s a good question, but never said anything about yourself, so %s couldn't get to know you. Next time, add one thing of your own after they answer."), n, n);
    break;
  case SIM_REASON_LEFT_ABRUPTLY:
    snprintf(out, size, SIM_TR("sim.debrief.left_abruptly", "You walked away from %s mid-conversation. A one-line goodbye keeps the impression you built."), n);
    break;
  case SIM_REASON_OVERSTAYED:
    snprintf(out, size, SIM_TR("sim.debrief.overstayed", "You kept %s talking for a long time at a busy moment. With busy people, a shorter talk and a follow-up work better."), n);
    break;
  case SIM_REASON_DRAINED_ENERGY:
    snprintf(out, size, SIM_TR("sim.debrief.drained_energy", "You kept talking with %s on an empty tank. A few minutes somewhere quiet first would have helped you both."), n);
    break;
  case SIM_REASON_RECHARGED_IN_QUIET:
    snprintf(out, size, SIM_TR("sim.debrief.recharged_in_quiet", "You took a break in a quiet spot to recharge. Pacing yourself is a real skill, not a retreat."));
    break;
  case SIM_REASON_TOOK_BREAK:
    snprintf(out, size, SIM_TR("sim.debrief.took_break", "You took a short break to recharge. Pacing yourself is a real skill."));
    break;
  case SIM_REASON_JOINED_GROUP_POLITELY:
    snprintf(out, size, SIM_TR("sim.debrief.joined_group_politely", "You waited for a pause before joining %s's group, and they made room for you."), n);
    break;
  case SIM_REASON_BARGED_INTO_GROUP:
    snprintf(out, size, SIM_TR("sim.debrief.barged_into_group", "You cut into %s's group mid-conversation. Waiting for a pause gets you welcomed in instead."), n);
    break;
  case SIM_REASON_MET_GUARDED:
    snprintf(out, size, SIM_TR("sim.debrief.met_guarded", "%s had heard about an earlier move of yours and was guarded from the start. Word travels fast in a room."), n);
    break;
  case SIM_REASON_INTRODUCED_TWO_PEOPLE: {
    char m[48];
    first_name((e->other >= 0 && e->other < sc->person_count) ? &sc->people[e->other] : NULL, m, sizeof m);
    snprintf(out, size, SIM_TR("sim.debrief.introduced_two_people", "You introduced %s to %s. Connecting people is one of the most generous things you can do."), n, m);
    break;
  }
  case SIM_REASON_LEFT_EARLY: {
    int real = real_talks(s);
    if (real >= 2)
      snprintf(out, size, SIM_TRN("sim.debrief.left_early_many", "You left before the end after %d real conversation. That's fine: a couple of real conversations make a good evening.", "You left before the end after %d real conversations. That's fine: a couple of real conversations make a good evening.", (unsigned long)real), real);
    else if (real == 1)
      snprintf(out, size, SIM_TR("sim.debrief.left_early_one", "You left before the end after one real conversation. That's fine: going home when you are ready is allowed."));
    else
      snprintf(out, size, SIM_TR("sim.debrief.left_early_none", "You left early, before any real exchange. That's allowed: it takes practice, and every evening you walk in counts."));
    break;
  }
  case SIM_REASON_FOLLOWED_UP_PERSONAL:
    fact = (p && p->followup.reference_fact >= 0 && p->followup.reference_fact < SIM_MAX_FACTS)
               ? fact_text(p, (uint16_t)(1u << p->followup.reference_fact))
               : NULL;
    if (fact)
      snprintf(out, size, SIM_TR("sim.debrief.followed_up_personal_fact", "Your follow-up showed %s you remembered that %s %s. A specific message soon after the event is where networking really happens."), n, n, fact);
    else
      snprintf(out, size, SIM_TR("sim.debrief.followed_up_personal", "Your follow-up to %s mentioned something you had talked about. That is where networking really happens."), n);
    break;
  case SIM_REASON_FOLLOWED_UP_GENERIC:
    snprintf(out, size, SIM_TR("sim.debrief.followed_up_generic", "Your message to %s was a generic template. Mention something from your conversation so it lands."), n);
    break;
  case SIM_REASON_FOLLOWED_UP_LATE:
    snprintf(out, size, SIM_TR("sim.debrief.followed_up_late", "Your message reached %s weeks later, and the moment had passed. Within a few days works best."), n);
    break;
  case SIM_REASON_FOLLOW_UP_OFFERED_VALUE:
    snprintf(out, size, SIM_TR("sim.debrief.follow_up_offered_value", "Your follow-up offered %s something of value. Giving before asking keeps doors open."), n);
    break;
  case SIM_REASON_FOLLOW_UP_ASKED_TOO_SOON:
    snprintf(out, size, SIM_TR("sim.debrief.follow_up_asked_too_soon", "Your message asked %s for a favour before you knew each other well. Offer something first."), n);
    break;
  case SIM_REASON_RECONNECTED:
    snprintf(out, size, SIM_TR("sim.debrief.reconnected", "You got back in touch with %s after a while. Old contacts are worth reconnecting with."), n);
    break;
  case SIM_REASON_CONNECTED_ONLINE_ONLY:
    snprintf(out, size, SIM_TRN("sim.debrief.connected_online_only", "You connected with everyone online in one click: %d new connection, but nobody knows you any better.", "You connected with everyone online in one click: %d new connections, but nobody knows you any better.", (unsigned long)e->choice), e->choice);
    break;
  case SIM_REASON_MAINTAINED:
    snprintf(out, size, SIM_TR("sim.debrief.maintained", "You kept in touch with %s. Relationships grow with time spent together."), n);
    break;
  case SIM_REASON_LIKED_MORE_THAN_GUESSED:
    if (e->talk >= 0 && e->talk < s->talk_count)
      snprintf(out, size, SIM_TR("sim.debrief.liked_more_than_guessed", "You guessed your talk with %s went a %d out of 5. From %s's side it was a %d: people often like us more than we think."),
               n, s->talks[e->talk].guess, n, sim_talk_rating(s, e->talk));
    break;
  case SIM_REASON_SMALL_TALK_STALLED:
    snprintf(out, size, SIM_TR("sim.debrief.small_talk_stalled", "The small talk with %s went round in circles. An open question about their work moves things along."), n);
    break;
  default: snprintf(out, size, "%s", sim_reason_name(r) ? sim_reason_name(r) : ""); break;
  }
}

static void render(const SimSession *s, int i, SimReason r, char *out, size_t size) {
  char tmp[640];
  render_raw(s, i, r, tmp, sizeof tmp);
  fit(out, size, tmp);
}

/* Moments that are neither praise nor a note: shown as "Worth knowing". */
static bool moment_neutral(SimReason r, const SimSession *s) {
  (void)s;
  return r == SIM_REASON_LEFT_EARLY || r == SIM_REASON_TOOK_BREAK || r == SIM_REASON_RECHARGED_IN_QUIET ||
         r == SIM_REASON_LEFT_AFTER_ONE_LINE || r == SIM_REASON_LIKED_MORE_THAN_GUESSED ||
         r == SIM_REASON_ASKED_ABOUT_VACANCIES;
}

typedef struct Candidate {
  int log, person, prio;
  SimReason reason;
} Candidate;

int sim_debrief_moments(const SimSession *s, SimMoment *out, int max) {
  if (!s || !out || max <= 0) return 0;
  enum { CAP = 64 };
  Candidate cand[CAP];
  int n = 0;
  /* The first instance of each (reason, person) pair, best first later. */
  for (int i = 0; i < s->log_count && n < CAP; i++) {
    const SimEffects *fx = &s->log[i].effects;
    for (int k = 0; k < fx->reason_count && n < CAP; k++) {
      SimReason r = fx->reasons[k];
      int prio = priority(r);
      if (!prio) continue;
      bool seen = false;
      for (int c = 0; c < n && !seen; c++) seen = cand[c].reason == r && cand[c].person == s->log[i].person;
      if (!seen) cand[n++] = (Candidate){i, s->log[i].person, prio, r};
    }
  }
  /* The liking gap: conversations that really went well (rated 4 or 5, with a real
   * exchange) and better than the player guessed. Never after a one-line exit. */
  for (int t = 0; t < s->talk_count && n < CAP; t++) {
    const SimTalkRecord *rec = &s->talks[t];
    bool real = false;
    for (int k = rec->first_log; k <= rec->last_log && k < s->log_count && !real; k++) real = s->log[k].effects.exchange;
    int rating = sim_talk_rating(s, t);
    if (rec->guess > 0 && real && rating >= 4 && rating > rec->guess)
      cand[n++] = (Candidate){rec->first_log, rec->person, priority(SIM_REASON_LIKED_MORE_THAN_GUESSED),
                              SIM_REASON_LIKED_MORE_THAN_GUESSED};
  }
  /* Details held, nobody written to (once the event is over), and a listener who never
   * said anything of their own: two notes the log cannot hold as one line. */
  if (sim_session_event_over(s) && n < CAP) {
    int holder = -1, holder_log = -1;
    bool wrote = false;
    for (int i = 0; i < s->log_count; i++) {
      const SimLogEntry *e = &s->log[i];
      if (e->kind == SIM_LOG_FOLLOW_UP) wrote = true;
      if (holder < 0 && e->kind == SIM_LOG_CHOICE && (e->effects.card || e->effects.contact)) holder = e->person, holder_log = i;
    }
    if (holder >= 0 && !wrote)
      cand[n++] = (Candidate){holder_log, holder, priority(SIM_REASON_NO_FOLLOW_UP), SIM_REASON_NO_FOLLOW_UP};
  }
  {
    int asked = -1;
    for (int i = 0; i < s->log_count && asked < 0; i++) {
      const SimLogEntry *e = &s->log[i];
      if (e->effects.exchange && (e->style == SIM_STYLE_ASK_OPEN || e->style == SIM_STYLE_FOLLOW_UP)) asked = i;
    }
    if (!shared_something(s) && asked >= 0 && n < CAP)
      cand[n++] = (Candidate){asked, s->log[asked].person, priority(SIM_REASON_SHARED_NOTHING), SIM_REASON_SHARED_NOTHING};
  }
  if (max > 6) max = 6;
  int chosen[6], count = 0;
  int per_person[SIM_MAX_PEOPLE + 1];
  memset(per_person, 0, sizeof per_person);
  bool reason_used[SIM_REASON_COUNT];
  memset(reason_used, 0, sizeof reason_used);
  /* Pass 0: the best praise; pass 1: the best gentle note; pass 2: the rest by priority,
   * at most two per person; pass 3 (few people met): up to four per person. */
  for (int pass = 0; pass < 4 && count < max; pass++) {
    if (pass == 3 && count >= 4) break;
    int cap = pass == 3 ? 4 : 2;
    for (;;) {
      int best = -1;
      for (int c = 0; c < n; c++) {
        int who = cand[c].person < 0 ? SIM_MAX_PEOPLE : cand[c].person;
        bool miss = sim_reason_is_misstep(cand[c].reason);
        if (reason_used[cand[c].reason] || per_person[who] >= cap) continue;
        if ((pass == 0 && (miss || moment_neutral(cand[c].reason, s))) || (pass == 1 && !miss)) continue;
        if (best < 0 || cand[c].prio > cand[best].prio) best = c;
      }
      if (best < 0) break;
      int who = cand[best].person < 0 ? SIM_MAX_PEOPLE : cand[best].person;
      reason_used[cand[best].reason] = true;
      per_person[who]++;
      chosen[count++] = best;
      if (pass < 2 || count >= max) break;
    }
  }
  /* In the order they happened. */
  for (int a = 1; a < count; a++)
    for (int b = a; b > 0 && cand[chosen[b]].log < cand[chosen[b - 1]].log; b--) {
      int t = chosen[b];
      chosen[b] = chosen[b - 1];
      chosen[b - 1] = t;
    }
  for (int k = 0; k < count; k++) {
    const Candidate *c = &cand[chosen[k]];
    SimMoment *m = &out[k];
    memset(m, 0, sizeof *m);
    m->person = c->person;
    m->reason = c->reason;
    m->log_index = c->log;
    m->misstep = sim_reason_is_misstep(c->reason);
    m->neutral = !m->misstep && moment_neutral(c->reason, s);
    render(s, c->log, c->reason, m->text, sizeof m->text);
  }
  return count;
}

/* The event is over, the player holds someone's details and has written to nobody. */
static bool holds_unwritten(const SimSession *s) {
  if (!sim_session_event_over(s)) return false;
  bool holds = false;
  for (int i = 0; i < s->sc->person_count; i++) {
    if (s->rel[i].followed_up) return false;
    holds |= s->rel[i].card || s->rel[i].contact;
  }
  return holds;
}

static bool log_has(const SimSession *s, SimReason r) {
  for (int i = 0; i < s->log_count; i++)
    if (sim_fx_has(&s->log[i].effects, r)) return true;
  return false;
}

int sim_debrief_next_step(const SimSession *s, char *buf, size_t size) {
  const char *line;
  if (!s) {
    line = "";
  } else if (s->talk_count == 0) {
    line = SIM_TR("sim.next_step.no_talk", "Next time, find one person standing alone and tell them who you are and why you came over.");
  } else if (log_has(s, SIM_REASON_GRABBED_CARD_BEFORE_NAME) || log_has(s, SIM_REASON_PITCHED_BEFORE_RAPPORT) ||
             log_has(s, SIM_REASON_ASKED_JOB_BEFORE_RAPPORT)) {
    line = SIM_TR("sim.next_step.pounced", "Next time, lead with your name and why you came over, and save any ask until you have found something in common.");
  } else if (real_talks(s) == 0) {
    line = SIM_TR("sim.next_step.no_real_talk", "Next time, stay with one person for one more exchange: ask one question, then share one thing about yourself.");
  } else if (!shared_something(s)) {
    line = SIM_TR("sim.next_step.share_in_turn", "Next time, when someone answers your question, add one thing of your own that connects to what they said.");
  } else if (holds_unwritten(s)) {
    line = SIM_TR("sim.next_step.follow_up", "Next time, send a follow-up within three days that mentions something they told you.");
  } else if (log_has(s, SIM_REASON_BARGED_INTO_GROUP)) {
    line = SIM_TR("sim.next_step.join_group", "Next time, stand at the edge of a group and wait for a pause before you speak.");
  } else if (log_has(s, SIM_REASON_LEFT_ABRUPTLY)) {
    line = SIM_TR("sim.next_step.exit_well", "Next time, close each conversation with a line that thanks them and mentions what you talked about.");
  } else if (log_has(s, SIM_REASON_INTERROGATED) || log_has(s, SIM_REASON_OVERSHARED)) {
    line = SIM_TR("sim.next_step.take_turns", "Next time, take turns: ask, listen, then share something of your own at the same depth.");
  } else if (log_has(s, SIM_REASON_REPEATED) || log_has(s, SIM_REASON_THEY_CLOSED)) {
    line = SIM_TR("sim.next_step.move_on", "Next time, once you have heard someone's answer, move on to something new, or wrap up while they still look interested.");
  } else if (log_has(s, SIM_REASON_DRAINED_ENERGY)) {
    line = SIM_TR("sim.next_step.recharge", "Next time, step into the quiet corner before your energy runs low.");
  } else {
    bool holds = false, followed = false;
    for (int i = 0; i < s->sc->person_count; i++) {
      holds |= s->rel[i].card || s->rel[i].contact;
      followed |= s->rel[i].followed_up;
    }
    if (holds && !followed)
      line = SIM_TR("sim.next_step.follow_up", "Next time, send a follow-up within three days that mentions something they told you.");
    else if (!log_has(s, SIM_REASON_OFFERED_HELP) && !log_has(s, SIM_REASON_FOLLOW_UP_OFFERED_VALUE))
      line = SIM_TR("sim.next_step.offer_help", "Next time, listen for what someone needs this evening and offer one small, specific bit of help.");
    else if (!log_has(s, SIM_REASON_USED_REMEMBERED_FACT))
      line = SIM_TR("sim.next_step.remember", "Next time, bring back something a person told you earlier: it shows you were listening.");
    else
      line = SIM_TR("sim.next_step.keep_going", "Next time, keep doing what worked, and keep in touch with the people you met over the coming weeks.");
  }
  int need = snprintf(buf, size, "%s", line);
  return need;
}
