/* save_sim.c — simulation state <-> store rows (see save_sim.h). No SQLite calls here. */
#include "save/save_sim.h"

#include <stdio.h>
#include <string.h>

void save_relation_from_sim(const SimPerson *p, const SimRelation *r, int64_t profile_id,
                            SaveRelation *out) {
  memset(out, 0, sizeof *out);
  out->profile_id = profile_id;
  snprintf(out->person, sizeof out->person, "%s", p->id ? p->id : "");
  snprintf(out->name, sizeof out->name, "%s", p->name ? p->name : "");
  snprintf(out->org, sizeof out->org, "%s", p->org ? p->org : "");
  if (!r) return;
  out->tier = r->tier;
  out->progress = r->progress;
  out->trust = r->trust;
  size_t used = 0;
  for (int f = 0; f < p->fact_count && f < SIM_MAX_FACTS; f++) {
    if (!(r->facts_known & (1u << f)) || !p->facts[f].id) continue;
    int n = snprintf(out->facts + used, sizeof out->facts - used, "%s%s", used ? "," : "", p->facts[f].id);
    if (n < 0 || (size_t)n >= sizeof out->facts - used) {
      out->facts[used] = '\0'; /* keep whole ids only */
      break;
    }
    used += (size_t)n;
  }
  out->facts_shared = r->known_of_player;
  out->names_exchanged = r->names_exchanged;
  out->card = r->card;
  out->contact = r->contact;
  out->followed_up = r->followed_up;
  out->maintained = r->maintained;
  out->last_day = r->last_contact_day;
  out->conversations = r->conversations;
}

SimRelation save_relation_to_sim(const SimPerson *p, const SaveRelation *r) {
  int tier = r->tier < 0 ? 0 : r->tier > SIM_MAX_TIER ? SIM_MAX_TIER : r->tier;
  SimRelation rel = sim_relation_initial(tier);
  rel.tier = (int8_t)tier;
  rel.progress = (float)r->progress;
  rel.trust = (float)r->trust;
  rel.known_of_player = (uint8_t)(r->facts_shared & 0xff);
  rel.names_exchanged = r->names_exchanged || rel.names_exchanged;
  rel.card = r->card;
  rel.contact = r->contact;
  rel.followed_up = r->followed_up;
  rel.maintained = (uint16_t)(r->maintained < 0 ? 0 : r->maintained);
  rel.last_contact_day = r->last_day;
  rel.conversations = (uint16_t)(r->conversations < 0 ? 0 : r->conversations);
  rel.facts_known = 0;
  const char *id = r->facts;
  while (*id) {
    const char *comma = strchr(id, ',');
    size_t len = comma ? (size_t)(comma - id) : strlen(id);
    char one[SAVE_FACTS_MAX];
    if (len < sizeof one) {
      memcpy(one, id, len);
      one[len] = '\0';
      int f = sim_person_find_fact(p, one);
      if (f >= 0 && f < SIM_MAX_FACTS) rel.facts_known |= (uint16_t)(1u << f);
    }
    if (!comma) break;
    id = comma + 1;
  }
  return rel;
}

void save_choice_from_log(const SimPerson *p, const SimLogEntry *e, int64_t session_id, int seq,
                          int talk_number, SaveChoice *c) {
  memset(c, 0, sizeof *c);
  c->session_id = session_id;
  c->seq = seq;
  c->talk = talk_number;
  snprintf(c->person, sizeof c->person, "%s", p->id ? p->id : "");
  const SimNode *node = e->node >= 0 && e->node < p->node_count ? &p->nodes[e->node] : NULL;
  snprintf(c->node, sizeof c->node, "%s", node && node->id ? node->id : "");
  const SimChoice *ch = node && e->choice >= 0 && e->choice < node->choice_count ? &node->choices[e->choice] : NULL;
  if (ch && ch->id) snprintf(c->choice, sizeof c->choice, "%s", ch->id);
  else snprintf(c->choice, sizeof c->choice, "%d", e->choice);
  const char *style = sim_style_name((SimStyle)e->style);
  snprintf(c->style, sizeof c->style, "%s", style ? style : "");
  c->d_interest = e->effects.interest;
  c->d_trust = e->effects.trust;
  c->d_progress = e->effects.progress;
  c->energy_cost = e->effects.energy_cost;
  size_t used = 0;
  for (int r = 0; r < e->effects.reason_count && r < SIM_MAX_REASONS; r++) {
    const char *name = sim_reason_name((SimReason)e->effects.reasons[r]);
    if (!name) continue;
    int k = snprintf(c->reasons + used, sizeof c->reasons - used, "%s%s", used ? "," : "", name);
    if (k < 0 || (size_t)k >= sizeof c->reasons - used) {
      c->reasons[used] = '\0';
      break;
    }
    used += (size_t)k;
  }
}
