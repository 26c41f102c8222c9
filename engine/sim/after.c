/* after.c — what happens after the event: follow-up messages built from parts and sent
 * with a timing, "connect with everyone online", and the weeks between events
 * (maintenance within a weekly budget, and drift for the relationships left alone).
 * Owns nothing beyond the session. C library only.
 */
#include "sim/sim_internal.h"

#include <string.h>

/* Weekly drift of progress for a relation not contacted that week, by tier. */
static const float DRIFT[SIM_MAX_TIER + 1] = {0.0f, 0.45f, 0.30f, 0.20f, 0.12f, 0.08f};

static bool knows_reference(const SimSession *s, int person) {
  const SimPerson *p = &s->sc->people[person];
  uint16_t known = s->rel[person].facts_known;
  int f = p->followup.reference_fact;
  if (f >= 0 && f < SIM_MAX_FACTS) return (known >> f) & 1u;
  return known != 0;
}

void sim_follow_up_options(const SimSession *s, int person, SimFollowUpOptions *out) {
  if (!out) return;
  memset(out, 0, sizeof *out);
  if (!s || person < 0 || person >= s->sc->person_count) return;
  const SimRelation *r = &s->rel[person];
  out->can_message = (r->card || r->contact) && !r->followed_up;
  out->can_reference = knows_reference(s, person);
}

int sim_follow_up(SimSession *s, int person, const SimMessage *msg, SimFollowUpResult *out) {
  if (!s || !msg || person < 0 || person >= s->sc->person_count || msg->timing < 0 ||
      msg->timing >= SIM_TIMING_COUNT)
    return SIM_ERR_ARG;
  if (!sim_session_event_over(s) || s->talk.active) return SIM_ERR_STATE;
  SimFollowUpOptions opt;
  sim_follow_up_options(s, person, &opt);
  uint8_t parts = msg->parts & (SIM_PART_PERSONAL | SIM_PART_OFFER | SIM_PART_REQUEST | SIM_PART_GENERIC);
  if (!opt.can_message || !parts) return SIM_ERR_UNAVAILABLE;
  bool personal = parts & SIM_PART_PERSONAL;
  if (personal && !opt.can_reference) return SIM_ERR_UNAVAILABLE;
  SimLogEntry *e = sim_log_push(s, SIM_LOG_FOLLOW_UP, person);
  if (!e) return SIM_ERR_FULL;

  const SimPerson *p = &s->sc->people[person];
  SimRelation *r = &s->rel[person];
  SimEffects fx;
  sim_fx_init(&fx, r);
  SimReplyKind reply;
  float open = 0.6f + 0.8f * p->openness;
  if (msg->timing == SIM_TIMING_MONTH) {
    if (r->tier >= 3) { /* an old contact gone quiet is still worth a message */
      fx.progress = 0.30f * open, fx.trust = 0.05f;
      reply = personal ? SIM_REPLY_PERSONAL : SIM_REPLY_GENERIC;
      sim_fx_reason(&fx, SIM_REASON_RECONNECTED);
    } else {
      fx.progress = 0.05f;
      reply = SIM_REPLY_LATE;
      sim_fx_reason(&fx, SIM_REASON_FOLLOWED_UP_LATE);
    }
  } else {
    float k = msg->timing == SIM_TIMING_WEEK ? 0.6f : 1.0f;
    if (personal) {
      fx.progress = 0.60f * open * k, fx.trust = 0.12f * k, fx.interest = 0.10f * k;
      reply = SIM_REPLY_PERSONAL;
      sim_fx_reason(&fx, SIM_REASON_FOLLOWED_UP_PERSONAL);
    } else {
      fx.progress = 0.10f * k;
      reply = SIM_REPLY_GENERIC;
      sim_fx_reason(&fx, SIM_REASON_FOLLOWED_UP_GENERIC);
    }
  }
  if (parts & SIM_PART_OFFER) {
    /* An offer is help (the trust gate's offer) only when the player knows what they
     * need; otherwise it is a kind gesture that adds a little. */
    bool late = msg->timing == SIM_TIMING_MONTH && r->tier < 3;
    bool informed = r->need_understood;
    fx.help_offered = informed;
    fx.trust += late || !informed ? 0.03f : 0.10f;
    fx.progress += late || !informed ? 0.05f : 0.25f;
    sim_fx_reason(&fx, SIM_REASON_FOLLOW_UP_OFFERED_VALUE);
  }
  if (parts & SIM_PART_REQUEST) {
    if (r->tier >= 3 || personal) {
      fx.progress += 0.05f; /* a small, specific ask of someone who knows you */
    } else {
      fx.trust -= 0.05f, fx.progress -= 0.05f;
      sim_fx_reason(&fx, SIM_REASON_FOLLOW_UP_ASKED_TOO_SOON);
    }
  }
  SimRelation after = *r;
  after.followed_up = true;
  sim_relation_step(&after, &fx);
  fx.tier_after = after.tier;
  *r = after;
  r->last_contact_day = s->day + sim_timing_days(msg->timing);
  s->contacted_week |= (uint16_t)(1u << person);

  e->parts = parts;
  e->timing = (uint8_t)msg->timing;
  e->effects = fx;
  sim_log_commit(s, e);
  if (out) {
    out->effects = fx;
    out->reply = reply;
    out->reply_text = reply == SIM_REPLY_PERSONAL  ? p->followup.reply_personal
                      : reply == SIM_REPLY_GENERIC ? p->followup.reply_generic
                                                   : p->followup.reply_late;
  }
  return SIM_OK;
}

int sim_connect_everyone_online(SimSession *s) {
  if (!s) return SIM_ERR_ARG;
  if (s->talk.active) return SIM_ERR_STATE;
  SimLogEntry *e = sim_log_push(s, SIM_LOG_CONNECT_ALL, -1);
  if (!e) return SIM_ERR_FULL;
  int added = 0;
  for (int i = 0; i < s->sc->person_count; i++)
    if (!s->rel[i].online) {
      s->rel[i].online = true;
      added++;
    }
  e->choice = (int16_t)added;
  sim_fx_reason(&e->effects, SIM_REASON_CONNECTED_ONLINE_ONLY);
  sim_log_commit(s, e);
  return added;
}

int sim_maintenance_cost(SimMaintenanceKind kind) { return kind == SIM_MAINT_COFFEE ? 2 : 1; }

int sim_maintain(SimSession *s, int person, int action, SimEffects *out) {
  if (!s || person < 0 || person >= s->sc->person_count) return SIM_ERR_ARG;
  const SimPerson *p = &s->sc->people[person];
  if (action < 0 || action >= p->maintenance_count || action >= SIM_MAX_MAINTENANCE) return SIM_ERR_ARG;
  if (!sim_session_event_over(s) || s->talk.active) return SIM_ERR_STATE;
  SimRelation *r = &s->rel[person];
  if (r->tier < 1 || !(r->card || r->contact || r->tier >= 3)) return SIM_ERR_UNAVAILABLE;
  const SimMaintenance *m = &p->maintenance[action];
  int cost = sim_maintenance_cost(m->kind);
  if (cost > s->maint_left) return SIM_ERR_BUDGET;
  SimLogEntry *e = sim_log_push(s, SIM_LOG_MAINTAIN, person);
  if (!e) return SIM_ERR_FULL;

  SimEffects fx;
  sim_fx_init(&fx, r);
  float open = 0.6f + 0.8f * p->openness;
  switch (m->kind) {
  case SIM_MAINT_COFFEE: fx.progress = 0.50f, fx.trust = 0.10f, fx.interest = 0.10f; break;
  case SIM_MAINT_CONGRATULATE: fx.progress = 0.25f, fx.trust = 0.05f, fx.interest = 0.05f; break;
  case SIM_MAINT_SHARE_USEFUL: fx.progress = 0.30f, fx.trust = 0.05f, fx.interest = 0.05f; break;
  default: fx.progress = 0.15f, fx.interest = 0.05f; break;
  }
  sim_fx_reason(&fx, SIM_REASON_MAINTAINED);
  if (m->uses_fact >= 0 && m->uses_fact < SIM_MAX_FACTS && ((r->facts_known >> m->uses_fact) & 1u)) {
    fx.progress += 0.15f;
    sim_fx_reason(&fx, SIM_REASON_USED_REMEMBERED_FACT);
  }
  fx.progress *= open;
  SimRelation after = *r;
  if (after.maintained < UINT16_MAX) after.maintained++;
  sim_relation_step(&after, &fx);
  fx.tier_after = after.tier;
  *r = after;
  r->last_contact_day = s->day;
  s->contacted_week |= (uint16_t)(1u << person);
  s->maint_left -= cost;

  e->choice = (int16_t)action;
  e->effects = fx;
  sim_log_commit(s, e);
  if (out) *out = fx;
  return SIM_OK;
}

int sim_week_end(SimSession *s) {
  if (!s || s->talk.active) return 0;
  SimLogEntry *e = sim_log_push(s, SIM_LOG_WEEK_END, -1);
  int dropped = 0;
  for (int i = 0; i < s->sc->person_count; i++) {
    SimRelation *r = &s->rel[i];
    r->guarded = false; /* memories of one evening's gossip fade */
    if ((s->contacted_week >> i) & 1u) continue;
    if (r->tier == 0) {
      r->progress = 0.0f;
      continue;
    }
    r->progress -= DRIFT[r->tier];
    if (r->progress < 0.0f) {
      r->tier--;
      r->progress = sim_clamp(r->progress + 1.0f, 0.0f, 1.0f);
      dropped++;
    }
  }
  if (e && dropped) sim_fx_reason(&e->effects, SIM_REASON_DRIFTED);
  s->week++;
  s->day += 7;
  s->contacted_week = 0;
  s->maint_left = SIM_WEEKLY_BUDGET;
  if (e) {
    e->choice = (int16_t)dropped;
    sim_log_commit(s, e);
  }
  return dropped;
}

int sim_week_pass(SimSession *s, const SimWeekPlan *plan) {
  if (!s) return SIM_ERR_ARG;
  int rc = SIM_OK;
  if (plan)
    for (int i = 0; i < plan->count && i < SIM_WEEKLY_BUDGET && rc == SIM_OK; i++)
      rc = sim_maintain(s, plan->items[i].person, plan->items[i].action, NULL);
  sim_week_end(s);
  return rc;
}
