/* floor_say.c — self-voicing on the mixer floor: the person in reach is the floor's focus
 * ("Maya Okafor, UX research lead at Pulse Health, alone, met before, connection:
 * Acquainted, Enter: talk") or the one being walked up to (Tab walks to the next person),
 * the place when nobody is ("Coffee stand, place, lively");
 * on arrival the event, energy and clock; energy again when it changes band; a new zone
 * while someone is in reach; the floor's notes (a rest, a reload) and its overlays (join a
 * group, the pause menu, closing time). Reads FloorScene and the session; changes nothing
 * in the sim. Speaks through game/voice.h, which ignores all of it while voicing is off.
 */
#include <stdio.h>
#include <string.h>

#include "game/floor_internal.h"
#include "game/after.h"
#include "game/voice.h"
#include "i18n/i18n.h"

#define SAY_MAX 700

/* Energy bands, said when the level crosses into another: the HUD's bar and "Low · 8%"
 * show it to the eye. Low is the sim's own line (deeper choices are not offered below). */
static int energy_band(float energy) {
  if (energy < SIM_LOW_ENERGY) return 0;
  if (energy < 40.0f) return 1;
  if (energy < 70.0f) return 2;
  return 3;
}

static void energy_text(char *out, size_t len, float energy) {
  int pct = (int)(energy / SIM_ENERGY_MAX * 100.0f + 0.5f);
  switch (energy_band(energy)) {
    case 0: snprintf(out, len, TR("floor_say.energy_low", "Energy %d%%, low: the deeper choices wait until you rest"), pct); break;
    case 1: snprintf(out, len, TR("floor_say.energy_running_low", "Energy %d%%, running low"), pct); break;
    case 2: snprintf(out, len, TR("floor_say.energy_medium", "Energy %d%%, medium"), pct); break;
    default: snprintf(out, len, TR("floor_say.energy_high", "Energy %d%%, high"), pct); break;
  }
}

/* How loud a place is, in words (the floor shows it as the height of a bars icon). */
static const char *noise_word(float noise) {
  if (noise < 0.25f) return TR("floor_say.quiet", "quiet");
  if (noise < 0.45f) return TR("floor_say.calm", "calm");
  if (noise < 0.7f) return TR("floor_say.lively", "lively");
  return TR("floor_say.loud", "loud");
}

static void zone_text(char *out, size_t len, const SimScenario *sc, int zone) {
  const SimZone *z = &sc->zones[zone];
  snprintf(out, len, TR("floor_say.zone", "%s, place, %s"), z->label ? z->label : z->id, noise_word(z->noise));
}

/* "Maya Okafor, UX research lead at Pulse Health, alone, not met yet, Enter: talk" — who,
 * whether they stand in a group (and with whom), whether the player knows them, and what
 * the keys do, as the HUD's "In reach" block shows it. */
void game_floor_say_person(char *out, size_t len, SimSession *ss, int person) {
  const SimScenario *sc = sim_session_scenario(ss);
  const SimPerson *p = &sc->people[person];
  char who[300];
  if (p->role && *p->role && p->org && *p->org)
    snprintf(who, sizeof who, TR("floor_say.role_at_org", "%s at %s"), p->role, p->org);
  else
    snprintf(who, sizeof who, "%s", p->role && *p->role ? p->role : p->org ? p->org : "");
  char group[300] = "";
  bool joining = false;
  int members = 0;
  char others[240] = "";
  size_t olen = 0;
  if (p->group >= 0)
    for (int i = 0; i < sc->person_count; i++) {
      if (sc->people[i].group != p->group || sc->people[i].absent) continue;
      members++;
      if (i == person || olen >= sizeof others) continue;
      olen += (size_t)snprintf(others + olen, sizeof others - olen, "%s%s", olen ? TR("floor_say.and", " and ") : "",
                               sc->people[i].name);
    }
  SimPlayerView v;
  sim_session_player(ss, &v);
  if (members < 2) {
    snprintf(group, sizeof group, "%s", TR("floor_say.alone", "alone"));
  } else if (v.group == p->group) {
    snprintf(group, sizeof group, "%s", TR("floor_say.in_your_group", "in your group"));
  } else {
    joining = true;
    snprintf(group, sizeof group, TRN("floor_say.in_a_group_of", "in a group of %d with %s", "in a group of %d with %s", (unsigned long)members),
             members, others);
  }
  const SimRelation *r = sim_session_relation(ss, person);
  char known[120];
  if (r && r->tier >= 1)
    snprintf(known, sizeof known, TR("floor_say.met_before", "met before, connection: %s"), game_after_tier_label(r->tier));
  else
    snprintf(known, sizeof known, "%s", TR("floor_say.not_met_yet", "not met yet"));
  const char *keys = joining ? TR("floor_say.keys_group", "1: join politely, 2: barge in")
                             : TR("floor_say.keys_talk", "Enter: talk");
  if (who[0])
    snprintf(out, len, TR("floor_say.person", "%s, %s, %s, %s, %s"), p->name, who, group, known, keys);
  else
    snprintf(out, len, TR("floor_say.person_no_role", "%s, %s, %s, %s"), p->name, group, known, keys);
}

void game_floor_walk_to_next(FloorScene *s, const SimScenario *sc, int step) {
  int n = sc->person_count;
  if (n <= 0) return;
  int from = s->walk_person >= 0 ? s->walk_person : s->reach >= 0 ? s->reach : (step > 0 ? -1 : n);
  for (int k = 1; k <= n; k++) {
    int i = ((from + step * k) % n + n) % n;
    if (sc->people[i].absent || i == s->reach) continue;
    s->walking = true;
    s->walk_person = s->prefer = i;
    s->tx = sc->people[i].x;
    s->ty = sc->people[i].y;
    return;
  }
}

/* The overlay's heading and body, said once when it opens (its buttons speak for
 * themselves when focused). The same words floor_draw.c shows. */
static void overlay_text(char *out, size_t len, const FloorScene *s, const SimScenario *sc) {
  if (s->mode == FLOOR_JOIN) {
    const SimPerson *p = &sc->people[s->join_person];
    const char *other = NULL;
    for (int i = 0; i < sc->person_count; i++)
      if (i != s->join_person && sc->people[i].group == p->group) other = sc->people[i].name;
    char body[256];
    snprintf(body, sizeof body, TR("floor_draw.is_talking_with", "%s is talking with %s."), p->name, other ? other : "someone");
    snprintf(out, len, "%s. %s", TR("floor_draw.a_conversation_in_progress", "A conversation in progress"), body);
  } else if (s->mode == FLOOR_MENU) {
    snprintf(out, len, "%s. %s", TR("floor_draw.paused", "Paused"),
             TR("floor_draw.leaving_early_is_fine_the", "Leaving early is fine: the follow-up is where networking continues."));
  } else if (s->mode == FLOOR_CLOSING) {
    snprintf(out, len, "%s. %s", TR("floor_draw.the_event_is_winding_down", "The event is winding down"),
             TR("floor_draw.the_organisers_are_stacking_chairs", "The organisers are stacking chairs. Time to head out and follow up with the people you met."));
  } else {
    out[0] = '\0';
  }
}

void game_floor_say(FloorScene *s, GameApp *app) {
  SimSession *ss = s->session;
  if (!ss) return;
  const SimScenario *sc = sim_session_scenario(ss);
  FloorSay *say = &s->say;
  SimPlayerView v;
  sim_session_player(ss, &v);
  char text[SAY_MAX];
  if (say->session != ss) { /* arriving: where, how much energy, how much time */
    say->session = ss;
    say->zone = s->zone;
    say->band = energy_band(v.energy);
    say->mode = s->mode;
    say->note[0] = '\0';
    char energy[160], clock[96] = "";
    energy_text(energy, sizeof energy, v.energy);
    if (sim_session_settings(ss).clock_on)
      snprintf(clock, sizeof clock, TR("floor_draw.of_minutes", "%d of %d minutes"), (int)v.clock, (int)(v.minutes + 0.5f));
    snprintf(text, sizeof text, TR("floor_say.arrive", "You arrive: %s. %s. %s"), sc->title ? sc->title : sc->id, energy, clock);
    game_voice_say(app, text);
  }
  int band = energy_band(v.energy);
  if (band != say->band) {
    say->band = band;
    energy_text(text, sizeof text, v.energy);
    game_voice_say(app, text);
  }
  if (s->note_time > 0 && s->note[0]) {
    if (strcmp(s->note, say->note) != 0) {
      snprintf(say->note, sizeof say->note, "%s", s->note);
      game_voice_say(app, s->note);
    }
  } else {
    say->note[0] = '\0'; /* the same note later (a second rest) is news again */
  }
  if (s->mode != say->mode) {
    say->mode = s->mode;
    overlay_text(text, sizeof text, s, sc);
    if (text[0]) game_voice_say(app, text);
  }
  if (s->mode != FLOOR_WALK) return; /* the overlay's buttons are the focus */
  bool zone_changed = s->zone != say->zone && s->zone >= 0 && s->zone < sc->zone_count;
  if (s->walking && s->walk_person >= 0 && s->walk_person != s->reach) {
    /* Walking up to someone (Tab or a click): they are the focus from the first step, so
     * arriving is not news; the places on the way are said after them. */
    if (zone_changed) {
      zone_text(text, sizeof text, sc, s->zone);
      game_voice_say(app, text);
    }
    game_floor_say_person(text, sizeof text, ss, s->walk_person);
    game_voice_focus(app, text);
  } else if (s->reach >= 0) {
    if (zone_changed) { /* said before the person: where they are */
      zone_text(text, sizeof text, sc, s->zone);
      game_voice_say(app, text);
    }
    game_floor_say_person(text, sizeof text, ss, s->reach);
    game_voice_focus(app, text);
  } else if (s->zone >= 0 && s->zone < sc->zone_count) {
    zone_text(text, sizeof text, sc, s->zone);
    game_voice_focus(app, text);
  }
  say->zone = s->zone;
}
