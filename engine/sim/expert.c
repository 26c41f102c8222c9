/* expert.c — modelling: the connector bot plays one conversation on the player's seed, and
 * a coach's note in plain words explains each of its lines from the simulation's reasons
 * ("You learned that Maya is running a user study. Asking about it shows you were listening"). The notes
 * are data tables below, written to shared/CONTENT.md's "Writing feedback".
 * Owns one temporary session per call. C library only.
 */
#include "sim/learn.h"
#include "sim/sim_internal.h"
#include "sim/text.h"

#include <stdio.h>
#include <string.h>

/* The coach's note for each reason, about the expert's line. {name} is the person's first
 * name, {fact} what they told the player that the line uses. NULL: the style speaks. */
static const SimText REASON_NOTE[SIM_REASON_COUNT] = {
  [SIM_REASON_STATED_WHY] = SIM_TR_ENTRY("sim.coach.reason.stated_why", "A name and a reason together: now {name} knows who you are and how to help."),
  [SIM_REASON_INTRODUCED_SELF] = SIM_TR_ENTRY("sim.coach.reason.introduced_self", "A name is a start; adding why you came over gives {name} something to work with."),
  [SIM_REASON_GREETED_ANONYMOUSLY] = SIM_TR_ENTRY("sim.coach.reason.greeted_anonymously", "A friendly hello, but no name yet: say who you are next."),
  [SIM_REASON_SMALL_TALK_WARMUP] = SIM_TR_ENTRY("sim.coach.reason.small_talk_warmup", "A little small talk to warm up. Fine, as long as a real question follows."),
  [SIM_REASON_SMALL_TALK_STALLED] = SIM_TR_ENTRY("sim.coach.reason.small_talk_stalled", "More small talk: it is going nowhere, so a real question would help."),
  [SIM_REASON_ASKED_OPEN_QUESTION] = SIM_TR_ENTRY("sim.coach.reason.asked_open_question", "An open question invites a real answer, not a yes or no. Then listen."),
  [SIM_REASON_ASKED_FOLLOW_UP] = SIM_TR_ENTRY("sim.coach.reason.asked_follow_up", "This picks up what {name} just said. Follow-up questions are what make people feel heard."),
  [SIM_REASON_USED_REMEMBERED_FACT] = SIM_TR_ENTRY("sim.coach.reason.used_remembered_fact", "You learned that {name} {fact}. Asking about it shows you were listening."),
  [SIM_REASON_INTERROGATED] = SIM_TR_ENTRY("sim.coach.reason.interrogated", "Question after question, nothing of your own: it starts to feel like an interview."),
  [SIM_REASON_SHARED_IN_TURN] = SIM_TR_ENTRY("sim.coach.reason.shared_in_turn", "Something of your own, at the same depth as what {name} shared. That is how closeness grows."),
  [SIM_REASON_OVERSHARED] = SIM_TR_ENTRY("sim.coach.reason.overshared", "Too much, too soon: match how much {name} has shared."),
  [SIM_REASON_FOUND_COMMON_GROUND] = SIM_TR_ENTRY("sim.coach.reason.found_common_ground", "Common ground: something you both care about. Conversations deepen from here."),
  [SIM_REASON_UNDERSTOOD_NEED] = SIM_TR_ENTRY("sim.coach.reason.understood_need", "Now you know what {name} needs from the evening. That is where you might help."),
  [SIM_REASON_OFFERED_HELP] = SIM_TR_ENTRY("sim.coach.reason.offered_help", "An offer that fits what {name} needs, before asking for anything. This is what builds trust."),
  [SIM_REASON_OFFERED_HELP_BLIND] = SIM_TR_ENTRY("sim.coach.reason.offered_help_blind", "Help is kind, but it lands better once you know what {name} needs."),
  [SIM_REASON_ASKED_ADVICE_AFTER_RAPPORT] = SIM_TR_ENTRY("sim.coach.reason.asked_advice_after_rapport", "A small, specific request after a real exchange: people are glad to help."),
  [SIM_REASON_ASKED_ADVICE_TOO_EARLY] = SIM_TR_ENTRY("sim.coach.reason.asked_advice_too_early", "Asking a favour before a real exchange feels like asking a stranger."),
  [SIM_REASON_PITCHED_BEFORE_RAPPORT] = SIM_TR_ENTRY("sim.coach.reason.pitched_before_rapport", "A pitch before any common ground: {name} has nothing to hold on to yet."),
  [SIM_REASON_PITCHED_AFTER_RAPPORT] = SIM_TR_ENTRY("sim.coach.reason.pitched_after_rapport", "Talking about your plans now is fine: {name} knows you and is interested."),
  [SIM_REASON_ASKED_JOB_BEFORE_RAPPORT] = SIM_TR_ENTRY("sim.coach.reason.asked_job_before_rapport", "Asking for a job this early turns a conversation into a transaction."),
  [SIM_REASON_ASKED_JOB_AFTER_RAPPORT] = SIM_TR_ENTRY("sim.coach.reason.asked_job_after_rapport", "Now that you know each other, a question about work is welcome."),
  [SIM_REASON_GRABBED_CARD_BEFORE_NAME] = SIM_TR_ENTRY("sim.coach.reason.grabbed_card_before_name", "A card before a name: {name} will give it, and won't remember you."),
  [SIM_REASON_GRABBED_CARD_EARLY] = SIM_TR_ENTRY("sim.coach.reason.grabbed_card_early", "A card before a real exchange means little. The conversation comes first."),
  [SIM_REASON_EXCHANGED_CONTACT_NATURALLY] = SIM_TR_ENTRY("sim.coach.reason.exchanged_contact_naturally", "Swapping details after a real conversation is natural, and gives you a reason to write."),
  [SIM_REASON_EXCHANGED_CONTACT_TOO_EARLY] = SIM_TR_ENTRY("sim.coach.reason.exchanged_contact_too_early", "Swapping details before a real exchange is early; let the talk come first."),
  [SIM_REASON_LEFT_GRACEFULLY] = SIM_TR_ENTRY("sim.coach.reason.left_gracefully", "A warm goodbye that lets {name} get back to the evening. Leaving well is part of the impression."),
  [SIM_REASON_LEFT_ABRUPTLY] = SIM_TR_ENTRY("sim.coach.reason.left_abruptly", "Walking off mid-conversation undoes a good start."),
  [SIM_REASON_OVERSTAYED] = SIM_TR_ENTRY("sim.coach.reason.overstayed", "{name} is busy: wrapping up a little sooner leaves a better impression."),
  [SIM_REASON_DRAINED_ENERGY] = SIM_TR_ENTRY("sim.coach.reason.drained_energy", "Running on empty shows; a break in a quiet spot helps."),
  [SIM_REASON_JOINED_GROUP_POLITELY] = SIM_TR_ENTRY("sim.coach.reason.joined_group_politely", "Waiting for a pause before joining the group, so they welcome you in."),
  [SIM_REASON_BARGED_INTO_GROUP] = SIM_TR_ENTRY("sim.coach.reason.barged_into_group", "Cutting into a group's conversation costs goodwill with all of them."),
  [SIM_REASON_MET_GUARDED] = SIM_TR_ENTRY("sim.coach.reason.met_guarded", "{name} had heard about an earlier pushy move and started wary."),
  [SIM_REASON_THEY_CLOSED] = SIM_TR_ENTRY("sim.coach.reason.they_closed", "{name} had to get back to work. A busy person's time is short; wrap up before it runs out."),
  [SIM_REASON_REPEATED] = SIM_TR_ENTRY("sim.coach.reason.repeated", "This covers ground already covered, so it adds little."),
  [SIM_REASON_ASKED_ABOUT_VACANCIES] = SIM_TR_ENTRY("sim.coach.reason.asked_about_vacancies", "At a careers fair, asking about openings once you have introduced yourself is what recruiters expect."),
  [SIM_REASON_LEFT_AFTER_ONE_LINE] = SIM_TR_ENTRY("sim.coach.reason.left_after_one_line", "A polite goodbye, but before any real exchange."),
};

/* When no reason has a note: what the line's style is for. Every style has one, so every
 * line the expert says gets a note. */
static const SimText STYLE_NOTE[SIM_STYLE_COUNT] = {
  [SIM_STYLE_GREET] = SIM_TR_ENTRY("sim.coach.style.greet", "A friendly hello opens the door; your name and reason come next."),
  [SIM_STYLE_INTRODUCE] = SIM_TR_ENTRY("sim.coach.style.introduce", "Your name first, so {name} can place you."),
  [SIM_STYLE_INTRODUCE_WHY] = SIM_TR_ENTRY("sim.coach.style.introduce_why", "Who you are and why you came over, in one breath."),
  [SIM_STYLE_SMALL_TALK] = SIM_TR_ENTRY("sim.coach.style.small_talk", "Light talk keeps things easy while you find a real topic."),
  [SIM_STYLE_ASK_OPEN] = SIM_TR_ENTRY("sim.coach.style.ask_open", "An open question about {name}: let them talk, and listen for details."),
  [SIM_STYLE_FOLLOW_UP] = SIM_TR_ENTRY("sim.coach.style.follow_up", "Picking up what {name} said shows you were listening."),
  [SIM_STYLE_SHARE] = SIM_TR_ENTRY("sim.coach.style.share", "Giving something of your own, so it is a conversation and not an interview."),
  [SIM_STYLE_COMMON_GROUND] = SIM_TR_ENTRY("sim.coach.style.common_ground", "Pointing out what you have in common gives you both something to build on."),
  [SIM_STYLE_OFFER_HELP] = SIM_TR_ENTRY("sim.coach.style.offer_help", "Offering help before asking for anything."),
  [SIM_STYLE_ASK_ADVICE] = SIM_TR_ENTRY("sim.coach.style.ask_advice", "A small, specific request, once there is something between you."),
  [SIM_STYLE_PITCH] = SIM_TR_ENTRY("sim.coach.style.pitch", "Talking about your own plans."),
  [SIM_STYLE_ASK_JOB] = SIM_TR_ENTRY("sim.coach.style.ask_job", "A question about work; its timing decides how it lands."),
  [SIM_STYLE_CARD_GRAB] = SIM_TR_ENTRY("sim.coach.style.card_grab", "Asking for a card; after a real talk it means more."),
  [SIM_STYLE_EXCHANGE_CONTACT] = SIM_TR_ENTRY("sim.coach.style.exchange_contact", "Swapping details, so you can follow up after the event."),
  [SIM_STYLE_EXIT_GRACEFUL] = SIM_TR_ENTRY("sim.coach.style.exit_graceful", "A warm goodbye that lets {name} get back to the evening."),
  [SIM_STYLE_EXIT_ABRUPT] = SIM_TR_ENTRY("sim.coach.style.exit_abrupt", "A quick exit."),
};

/* Writes `tmpl` into out with {name} and {fact} filled in. */
static void fill(const char *tmpl, const char *name, const char *fact, char *out, size_t size) {
  size_t used = 0;
  if (size == 0) return;
  for (const char *c = tmpl; *c && used + 1 < size;) {
    const char *sub = NULL;
    size_t skip = 0;
    if (strncmp(c, "{name}", 6) == 0) sub = name, skip = 6;
    else if (strncmp(c, "{fact}", 6) == 0) sub = fact, skip = 6;
    if (sub) {
      size_t len = strlen(sub);
      if (len > size - 1 - used) len = size - 1 - used;
      memcpy(out + used, sub, len);
      used += len;
      c += skip;
    } else {
      out[used++] = *c++;
    }
  }
  /* A cut must not split a UTF-8 sequence. */
  while (used > 0 && used + 1 >= size && ((unsigned char)out[used - 1] & 0x80)) used--;
  out[used] = '\0';
}

static void first_name(const SimPerson *p, char *buf, size_t size) {
  const char *n = (p && p->name && p->name[0]) ? p->name : SIM_TR("sim.they", "They");
  size_t len = strcspn(n, " ");
  if (len >= size) len = size - 1;
  memcpy(buf, n, len);
  buf[len] = '\0';
}

static const char *fact_of(const SimPerson *p, uint16_t mask) {
  for (int f = 0; p && f < p->fact_count && f < SIM_MAX_FACTS; f++)
    if (((mask >> f) & 1u) && p->facts[f].text && p->facts[f].text[0]) return p->facts[f].text;
  return NULL;
}

void sim_coach_note(const SimPerson *p, SimStyle style, const uint8_t *reasons, int n, uint16_t uses_facts,
                    char *out, size_t size) {
  if (!out || size == 0) return;
  char name[48];
  first_name(p, name, sizeof name);
  const char *fact = fact_of(p, uses_facts);
  const char *tmpl = NULL;
  for (int i = 0; reasons && i < n && i < SIM_MAX_REASONS && !tmpl; i++) {
    SimReason r = (SimReason)reasons[i];
    if (r <= SIM_REASON_NONE || r >= SIM_REASON_COUNT || !REASON_NOTE[r].english) continue;
    if (r == SIM_REASON_USED_REMEMBERED_FACT && !fact) continue; /* no fact to name: the style says it */
    tmpl = sim_text_entry(&REASON_NOTE[r]);
  }
  if (!tmpl && style >= 0 && style < SIM_STYLE_COUNT && STYLE_NOTE[style].english) tmpl = sim_text_entry(&STYLE_NOTE[style]);
  if (!tmpl) tmpl = SIM_TR("sim.coach.watch", "Watch how {name} takes it.");
  fill(tmpl, name, fact ? fact : "", out, size);
}

static SimLine *add(SimPlayback *pb, SimLineKind kind, int person) {
  if (pb->count >= SIM_PLAYBACK_LINES) return NULL;
  SimLine *l = &pb->lines[pb->count++];
  memset(l, 0, sizeof *l);
  l->kind = kind;
  l->person = person;
  l->node = l->choice = -1;
  l->reason = SIM_REASON_NONE;
  return l;
}

/* Their line at `node`; a note when it tells the player something worth remembering. */
static void add_them(SimPlayback *pb, const SimPerson *p, int person, int node, const SimEffects *fx) {
  if (node < 0 || node >= p->node_count) return;
  SimLine *l = add(pb, SIM_LINE_THEM, person);
  if (!l) return;
  l->node = node;
  l->text = p->nodes[node].line;
  char name[48];
  first_name(p, name, sizeof name);
  const char *fact = fact_of(p, fx->facts_learned);
  if (fx->need_understood)
    fill(SIM_TR("sim.coach.need", "That is what {name} needs from the evening. Keep it in mind: it is where you can help."), name, "",
         l->note, sizeof l->note);
  else if (fact)
    fill(SIM_TR("sim.coach.fact", "Worth remembering: {name} {fact}."), name, fact, l->note, sizeof l->note);
}

int sim_expert_play(const SimScenario *sc, uint64_t seed, const SimPlayerSettings *settings, int person,
                    SimPlayback *out) {
  if (!sc || !out || person < 0 || person >= sc->person_count || !sc->people[person].nodes ||
      sc->people[person].node_count == 0)
    return SIM_ERR_ARG;
  memset(out, 0, sizeof *out);
  out->person = person;
  SimSession *s = sim_session_create(sc, seed, settings);
  if (!s) return SIM_ERR_FULL;
  /* A clock that runs out mid-talk would cut the example short: the expert has all evening. */
  SimPlayerSettings st = sim_session_settings(s);
  st.clock_on = false;
  sim_session_reset(s, seed, &st);
  /* The evening as the seed made it: tonight's wording of their lines (scenario variants).
   * Someone the seed's layout leaves out cannot be talked to: SIM_ERR_UNAVAILABLE. */
  const SimPerson *p = &sim_session_scenario(s)->people[person];
  SimEffects fx;
  int rc = sim_talk_begin(s, person, SIM_JOIN_POLITE, &fx);
  if (rc != SIM_OK) {
    sim_session_destroy(s);
    return rc;
  }
  add_them(out, p, person, fx.next_node, &fx);
  if (out->count > 0 && sim_fx_has(&fx, SIM_REASON_JOINED_GROUP_POLITELY) && !out->lines[0].note[0])
    sim_coach_note(p, SIM_STYLE_GREET, (const uint8_t[]){SIM_REASON_JOINED_GROUP_POLITELY}, 1, 0,
                   out->lines[0].note, sizeof out->lines[0].note);
  SimTalkView tv;
  for (sim_talk_view(s, &tv); tv.active && out->count + 2 <= SIM_PLAYBACK_LINES; sim_talk_view(s, &tv)) {
    int pick = tv.choices_made < 14 ? sim_hint_choice(s) : -1;
    if (pick < 0) break;
    const SimChoice *c = &sim_talk_node(s)->choices[pick];
    int node = tv.node;
    if (sim_talk_choose(s, pick, &fx) != SIM_OK) break;
    SimLine *l = add(out, SIM_LINE_PLAYER, person);
    l->node = node;
    l->choice = pick;
    l->text = c->text;
    l->reaction = (int8_t)(fx.interest > 0.005f ? 1 : fx.interest < -0.005f ? -1 : 0);
    l->reason = fx.reason_count ? (SimReason)fx.reasons[0] : SIM_REASON_NONE;
    sim_coach_note(p, c->style, fx.reasons, fx.reason_count, c->uses_facts, l->note, sizeof l->note);
    if (!fx.ends_talk) add_them(out, p, person, fx.next_node, &fx);
  }
  if (tv.active) sim_talk_end(s, true, NULL);
  sim_session_destroy(s);
  return SIM_OK;
}

int sim_expert_pick_person(const SimScenario *sc, uint64_t seed, const SimPlayerSettings *settings) {
  if (!sc) return -1;
  int best = -1, best_lines = 0;
  for (int i = 0; i < sc->person_count; i++) {
    SimPlayback try;
    if (sim_expert_play(sc, seed, settings, i, &try) != SIM_OK) continue;
    if (try.count > best_lines) best = i, best_lines = try.count;
  }
  return best;
}
