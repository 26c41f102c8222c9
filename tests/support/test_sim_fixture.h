/* test_sim_fixture.h — scenarios built in C for the sim tests and benchmark: a
 * ten-person career fair with zones of different noise, a group of three at the bar, and
 * per person a dialogue graph with a genuine path (introduce_why, ask_open, follow_up,
 * share, common ground, offer_help, exchange_contact, ask_advice) and transactional
 * paths (card_grab, pitch, ask_job) that lead to cooling nodes. Header-only (static inline).
 */
#ifndef RAPPORT_TEST_SIM_FIXTURE_H
#define RAPPORT_TEST_SIM_FIXTURE_H

#include <stdio.h>
#include <string.h>

#include "sim/sim.h"

enum { FX_ENTRANCE, FX_BOOTHS, FX_BAR, FX_QUIET, FX_ZONES };

/* Node indices of the fixture graph. */
enum {
  N_HELLO, N_WHY, N_OPEN, N_FOLLOW, N_HELP, N_SHARED, N_CARD, N_COOL, N_CONTACT, N_ADVICE, N_AGAIN,
  N_COUNT
};

static inline void fx_choice(SimNode *n, const char *text, SimStyle st, int next) {
  SimChoice *c = &n->choices[n->choice_count++];
  memset(c, 0, sizeof *c);
  c->id = text;
  c->text = text;
  c->style = st;
  c->next = (int16_t)next;
  c->weight = 1.0f;
  c->shares_self = st == SIM_STYLE_SHARE;
}

static inline SimNode *fx_node(SimPerson *p, int i, const char *id, const char *line) {
  SimNode *n = &p->nodes[i];
  n->id = id;
  n->line = line;
  return n;
}

/* Builds person i's graph (facts: 0 work, 1 hobby, 2 need). */
static inline void fx_person(SimScenario *sc, int i, const char *name, int zone, float x, float y, int group,
                             float openness, float busyness) {
  SimPerson *p = &sc->people[i];
  char buf[64];
  snprintf(buf, sizeof buf, "person_%d", i);
  p->id = sim_arena_strdup(sc->arena, buf);
  p->name = name;
  p->org = "Fixture Org";
  p->role = "Host";
  p->openness = openness;
  p->introversion = 0.5f;
  p->busyness = busyness;
  p->need = "volunteers for a user study";
  p->zone = (int16_t)zone;
  p->x = x, p->y = y;
  p->group = (int16_t)group;
  p->fact_count = 3;
  p->facts[0] = (SimFact){"work", "is leading a research project this term"};
  p->facts[1] = (SimFact){"hobby", "is training for a half-marathon in May"};
  p->facts[2] = (SimFact){"need", "needs volunteers for a user study"};
  p->node_count = N_COUNT;
  p->nodes = sim_arena_alloc(sc->arena, sizeof(SimNode) * N_COUNT);
  p->return_node = N_AGAIN;
  SimNode *n;
  n = fx_node(p, N_HELLO, "hello", "Hi there! Looking around?");
  fx_choice(n, "Hi, I'm {name}, and I came over because...", SIM_STYLE_INTRODUCE_WHY, N_WHY);
  fx_choice(n, "Can I grab your card?", SIM_STYLE_CARD_GRAB, N_CARD);
  fx_choice(n, "Let me tell you what I do.", SIM_STYLE_PITCH, N_COOL);
  fx_choice(n, "Hello!", SIM_STYLE_GREET, N_CARD);
  fx_choice(n, "I'll come back later.", SIM_STYLE_EXIT_GRACEFUL, -1);
  n = fx_node(p, N_WHY, "why", "Nice! I'm leading a research project this term.");
  n->reveals = 1u << 0;
  fx_choice(n, "What is the project about?", SIM_STYLE_ASK_OPEN, N_OPEN);
  fx_choice(n, "Are you hiring?", SIM_STYLE_ASK_JOB, N_COOL);
  fx_choice(n, "Great to meet you.", SIM_STYLE_EXIT_GRACEFUL, -1);
  n = fx_node(p, N_OPEN, "open", "Honestly, we need volunteers. And I'm training for a half-marathon.");
  n->reveals = (1u << 1) | (1u << 2);
  n->shows_need = true;
  fx_choice(n, "How is the training going?", SIM_STYLE_FOLLOW_UP, N_FOLLOW);
  n->choices[0].uses_facts = 1u << 1;
  n->choices[0].requires.facts = 1u << 1;
  fx_choice(n, "I could share your study call with my cohort.", SIM_STYLE_OFFER_HELP, N_HELP);
  n->choices[1].requires.facts = 1u << 2;
  fx_choice(n, "Nice weather today.", SIM_STYLE_SMALL_TALK, N_COOL);
  fx_choice(n, "Good luck with it!", SIM_STYLE_EXIT_GRACEFUL, -1);
  n = fx_node(p, N_FOLLOW, "follow", "Week six is brutal! Do you run?");
  n->common_ground = true;
  fx_choice(n, "I ran my first 10k last year, I loved it.", SIM_STYLE_SHARE, N_SHARED);
  fx_choice(n, "What else do you do?", SIM_STYLE_ASK_OPEN, N_SHARED);
  fx_choice(n, "See you.", SIM_STYLE_EXIT_ABRUPT, -1);
  n = fx_node(p, N_HELP, "help", "That would be wonderful, thank you!");
  fx_choice(n, "Could I get your email to send it?", SIM_STYLE_EXCHANGE_CONTACT, N_CONTACT);
  fx_choice(n, "We both love research, it seems.", SIM_STYLE_COMMON_GROUND, N_SHARED);
  fx_choice(n, "Talk soon.", SIM_STYLE_EXIT_GRACEFUL, -1);
  n = fx_node(p, N_SHARED, "shared", "We should compare notes sometime.");
  fx_choice(n, "Would it help if I shared your study call?", SIM_STYLE_OFFER_HELP, N_HELP);
  n->choices[0].requires.facts = 1u << 2;
  fx_choice(n, "Could we swap emails?", SIM_STYLE_EXCHANGE_CONTACT, N_CONTACT);
  fx_choice(n, "I'll let you get back to it.", SIM_STYLE_EXIT_GRACEFUL, -1);
  n = fx_node(p, N_CARD, "card", "Sure, here you go.");
  fx_choice(n, "Sorry, I'm {name}, I came over because...", SIM_STYLE_INTRODUCE, N_WHY);
  fx_choice(n, "Are you hiring?", SIM_STYLE_ASK_JOB, N_COOL);
  fx_choice(n, "Thanks, bye.", SIM_STYLE_EXIT_ABRUPT, -1);
  n = fx_node(p, N_COOL, "cool", "I see. Well, the details are on our website.");
  fx_choice(n, "Thanks for your time.", SIM_STYLE_EXIT_GRACEFUL, -1);
  fx_choice(n, "Right.", SIM_STYLE_EXIT_ABRUPT, -1);
  n = fx_node(p, N_CONTACT, "contact", "Here's my email.");
  fx_choice(n, "What would you advise someone starting out?", SIM_STYLE_ASK_ADVICE, N_ADVICE);
  n->choices[0].requires.min_tier = 3;
  fx_choice(n, "Thanks, I'll send it tomorrow.", SIM_STYLE_EXIT_GRACEFUL, -1);
  n = fx_node(p, N_ADVICE, "advice", "Talk to people, like you're doing.");
  fx_choice(n, "Thank you, that helps.", SIM_STYLE_EXIT_GRACEFUL, -1);
  fx_choice(n, "Lovely weather.", SIM_STYLE_SMALL_TALK, -1);
  n = fx_node(p, N_AGAIN, "again", "Oh hi {name}, good to see you again!");
  fx_choice(n, "How's the marathon training?", SIM_STYLE_FOLLOW_UP, N_FOLLOW);
  n->choices[0].uses_facts = 1u << 1;
  n->choices[0].requires.facts = 1u << 1;
  fx_choice(n, "What are you working on now?", SIM_STYLE_ASK_OPEN, N_OPEN);
  fx_choice(n, "Just saying hello!", SIM_STYLE_EXIT_GRACEFUL, -1);
  p->followup = (SimFollowUp){1, "the half-marathon", "share the study call", "ask about internships",
                              "Thank you so much!", "Thanks for stopping by.", "Sorry, who is this again?"};
  p->maintenance_count = 3;
  p->maintenance[0] = (SimMaintenance){SIM_MAINT_COFFEE, "Coffee", "Lovely!", -1};
  p->maintenance[1] = (SimMaintenance){SIM_MAINT_SHARE_USEFUL, "Send a training plan", "Ha, thanks!", 1};
  p->maintenance[2] = (SimMaintenance){SIM_MAINT_CHECK_IN, "Check in", "All good here.", -1};
}

/* The ten-person career fair. Destroy with sim_scenario_destroy. */
static inline SimScenario *fx_career_fair(void) {
  static const char *const NAMES[10] = {"Maya Okafor", "Sam Lee",      "Priya Nair", "Tomás Ruiz",
                                        "Aiko Tanaka", "Bilal Haddad", "Chen Wei",   "Dana Levi",
                                        "Emeka Obi",   "Fatima Zahra"};
  SimScenario *sc = sim_scenario_create();
  if (!sc) return NULL;
  sc->id = "fixture_fair";
  sc->title = "Fixture Fair";
  sc->minutes = 60;
  sc->norms.contact_expected = true;
  sc->norms.groups_common = true;
  sc->norms.pace = 0.7f;
  sc->zone_count = FX_ZONES;
  sc->zones[FX_ENTRANCE] = (SimZone){"door", "Entrance", SIM_ZONE_ENTRANCE, 0, 5, 3, 4, 0.3f};
  sc->zones[FX_BOOTHS] = (SimZone){"booths", "Booths", SIM_ZONE_BOOTHS, 3, 0, 12, 9, 0.6f};
  sc->zones[FX_BAR] = (SimZone){"bar", "Bar", SIM_ZONE_BAR, 15, 0, 9, 7, 0.85f};
  sc->zones[FX_QUIET] = (SimZone){"corner", "Quiet corner", SIM_ZONE_QUIET, 19, 9, 5, 5, 0.1f};
  sc->entrance_zone = FX_ENTRANCE;
  sc->person_count = 10;
  for (int i = 0; i < 10; i++) {
    int zone = i < 6 ? FX_BOOTHS : (i < 9 ? FX_BAR : FX_QUIET);
    int group = (i >= 6 && i < 9) ? 0 : -1;
    float x = zone == FX_BOOTHS ? 4.0f + 2.0f * (float)i : (zone == FX_BAR ? 16.0f + 1.2f * (float)(i - 6) : 21.0f);
    float y = zone == FX_BOOTHS ? 3.0f : (zone == FX_BAR ? 3.0f : 11.0f);
    fx_person(sc, i, NAMES[i], zone, x, y, group, 0.4f + 0.05f * (float)i, i % 3 == 0 ? 0.8f : 0.4f);
  }
  return sc;
}

/* A choice made up for the resolver, outside any graph. */
static inline SimChoice fx_loose_choice(SimStyle st) {
  SimChoice c;
  memset(&c, 0, sizeof c);
  c.style = st;
  c.next = -1;
  c.weight = 1.0f;
  return c;
}

/* Index of the first offered choice of style `st` in the current node, or -1. */
static inline int fx_find(const SimSession *s, SimStyle st) {
  const SimNode *n = sim_talk_node(s);
  if (!n) return -1;
  for (int i = 0; i < n->choice_count; i++)
    if (n->choices[i].style == st && sim_talk_choice_offered(s, i)) return i;
  return -1;
}

#endif
