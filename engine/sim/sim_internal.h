/* sim_internal.h — the layout of SimSession and helpers shared by the sim .c files.
 * Nobody outside engine/sim includes this; the public contract is sim/sim.h.
 * Owns the session layout (one allocation: relations, talk state, rumours, talks, log).
 * C library only.
 */
#ifndef RAPPORT_SIM_INTERNAL_H
#define RAPPORT_SIM_INTERNAL_H

#include "sim/sim.h"

#define SIM_MAX_RUMOURS 32

/* A transactional move before rapport: who saw it, who has heard of it since. */
typedef struct SimRumour {
  int16_t origin;     /* person it was done to */
  int16_t zone;       /* where the player stood */
  float x, y;         /* where it happened, metres */
  float clock;        /* when */
  uint16_t reached;   /* people who saw or heard it */
  uint16_t checked;   /* people for whom hearing was already decided */
} SimRumour;

/* The conversation in progress: what the resolver needs to judge context. */
typedef struct SimTalkState {
  bool active;
  bool in_group;
  bool drained_noted;
  int16_t person;
  int16_t node;
  int16_t talk;            /* index into talks[] */
  int16_t choices;         /* choices made in this talk */
  int16_t questions_in_row;/* ask_open without sharing or following up in between */
  int16_t small_in_row;    /* consecutive small talk */
  int16_t shares;          /* player disclosures in this talk */
  int16_t reveals;         /* facts the person revealed in this talk */
  int16_t transactional;   /* pitch / ask_job / card_grab in this talk */
  int16_t exchanges;       /* real exchanges: questions, shares, common ground, help (not repeats) */
  float patience;          /* patience used: 1 a line, more for repeats (see sim_talk_patience) */
  uint32_t visited;        /* nodes reached in this talk */
} SimTalkState;

/* Interest below which a person is not engaged: no tier is reached (the engagement gate). */
#define SIM_ENGAGED 0.35f
/* Interest below which a person, bored, closes the conversation themselves. */
#define SIM_BORED 0.2f

struct SimSession {
  const SimScenario *sc;     /* == &view: the evening as played (variety.c) */
  const SimScenario *base;   /* the scenario the session was created with (borrowed) */
  uint64_t seed;
  SimPlayerSettings settings;
  SimRng rng;
  int32_t day;
  float baseline_strength;

  float energy, clock, minutes, reputation;
  float wait_base;           /* clock before the last WAIT entry (merged waits) */
  int zone, group;
  bool event_over, left_early;
  int maint_left, week;
  uint16_t contacted_week;   /* people contacted since the last week end */
  uint16_t introduced[SIM_MAX_PEOPLE]; /* pairs already introduced to each other */

  SimRelation rel[SIM_MAX_PEOPLE];
  SimRelation rel_start[SIM_MAX_PEOPLE]; /* relations as the event began (rehearse.c re-plays from them) */
  int32_t day_start;                     /* calendar day as the event began */
  int8_t tier_start[SIM_MAX_PEOPLE];
  uint32_t visited[SIM_MAX_PEOPLE];
  uint8_t said[SIM_MAX_PEOPLE][SIM_MAX_NODES]; /* bit c: choice c of that node said this event */

  SimDifficulty difficulty; /* now (settings.difficulty is the one it started with) */
  bool difficulty_mixed;     /* changed while the event was under way */
  SimVariety variety;        /* the seed's picks (variety.c) */

  SimTalkState talk;
  int rumour_count;
  SimRumour rumours[SIM_MAX_RUMOURS];
  int talk_count;
  SimTalkRecord talks[SIM_MAX_TALKS];
  int log_count;
  SimLogEntry log[SIM_MAX_LOG];
  /* The evening as played: a copy of the base scenario with the picks applied, and the
   * node arrays its people point at (rebuilt by every reset). */
  SimScenario view;
  SimNode nodes[SIM_MAX_PEOPLE][SIM_MAX_NODES];
};

/* Effects helpers. */
void sim_fx_init(SimEffects *fx, const SimRelation *r);
void sim_fx_reason(SimEffects *fx, SimReason reason);
bool sim_fx_has(const SimEffects *fx, SimReason reason);

/* Applies relation-level effects and re-evaluates tier gates (used by resolver on a copy
 * and by apply on the real relation, so both agree). */
void sim_relation_step(SimRelation *r, const SimEffects *fx);
/* The tier a relation qualifies for after gates and progress, applied in place. */
void sim_relation_settle(SimRelation *r);

/* The patience (in lines) person `person` has for one conversation: 14 - 8 x busyness. */
float sim_talk_patience(const SimSession *s, int person);
/* Index of `c` in the current node of the active talk, or -1 (a choice from elsewhere). */
int sim_choice_index(const SimSession *s, const SimChoice *c);

/* Energy multiplier for an exchange where the player stands now. */
float sim_energy_factor(const SimSession *s);
float sim_clamp(float v, float lo, float hi);

/* Appends a log entry; NULL when the log is full. Fills clock/energy at commit time. */
SimLogEntry *sim_log_push(SimSession *s, SimLogKind kind, int person);
void sim_log_commit(SimSession *s, SimLogEntry *e);
bool sim_log_full(const SimSession *s);

/* Player state changes shared by talk, floor and after-event code. */
void sim_spend(SimSession *s, float energy, float minutes);
void sim_talk_close(SimSession *s);
float sim_zone_distance(const SimScenario *sc, int from, int to);

/* variety.c: the seed's picks and the difficulty's effect on the people. */
void sim_variety_build(SimSession *s);   /* picks + the view; calls sim_variety_apply */
void sim_variety_apply(SimSession *s);   /* people's parameters for the current difficulty */
float sim_difficulty_energy_factor(const SimSession *s);
float sim_line_minutes_factor(const SimSession *s, int person);
bool sim_group_closed(const SimSession *s, int group);
void sim_variety_coverage_add(SimCoverage *cov, const SimSession *s);

#endif
