/* sim.h — the simulation core's public contract: a session at one mixer, its
 * relationships, conversations, the floor (zones, clock, energy, reputation), the
 * after-event phase (follow-ups, online connections, weeks of maintenance and decay),
 * scores and skills, debrief feedback, determinism (seeded RNG, state hash, replay) and
 * the strategy bots. Pure C17: includes only the C library and sim/scenario.h.
 * The rules themselves are written down in docs/model.md.
 */
#ifndef RAPPORT_SIM_SIM_H
#define RAPPORT_SIM_SIM_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "sim/scenario.h"

/* ---- Limits and constants ---------------------------------------------------------- */

#define SIM_MAX_TIER 5         /* tiers 0 stranger .. 5 ally */
#define SIM_ENERGY_MAX 100.0f  /* player energy is 0..SIM_ENERGY_MAX */
#define SIM_LOW_ENERGY 20.0f   /* below this, deep styles are not offered */
#define SIM_MAX_REASONS 4      /* reason codes one effect can carry */
#define SIM_MAX_LOG 1024       /* log entries per session; a full log refuses actions */
#define SIM_MAX_TALKS 128      /* conversations per session */
#define SIM_WEEKLY_BUDGET 4    /* maintenance units per week (a coffee costs 2, others 1) */
#define SIM_MOMENT_TEXT 224    /* bytes of one debrief moment, NUL included */
#define SIM_WALK_M_PER_MIN 40.0f /* walking pace on the floor, metres per event minute */

/* ---- Status ------------------------------------------------------------------------ */

typedef enum SimStatus {
  SIM_OK = 0,
  SIM_ERR_ARG = -1,         /* an index or pointer argument is out of range / NULL */
  SIM_ERR_STATE = -2,       /* not allowed now (no talk active, talk already active, ...) */
  SIM_ERR_UNAVAILABLE = -3, /* the choice / message / action is not offered right now */
  SIM_ERR_OVER = -4,        /* the event is over: no new talks */
  SIM_ERR_BUDGET = -5,      /* this week's maintenance budget is spent */
  SIM_ERR_FULL = -6,        /* the session log (or talk list) is full */
} SimStatus;

/* A short English phrase for a status ("ok", "the event is over", ...); never NULL. */
const char *sim_status_text(int status);

/* ---- Deterministic random numbers (xoshiro256**, seeded by splitmix64) --------------- */

typedef struct SimRng {
  uint64_t s[4];
} SimRng;

void sim_rng_seed(SimRng *rng, uint64_t seed);
uint64_t sim_rng_next(SimRng *rng);
/* Uniform in [0, 1). */
double sim_rng_unit(SimRng *rng);
/* Uniform in [0, n); 0 when n == 0. */
uint32_t sim_rng_below(SimRng *rng, uint32_t n);

/* ---- Player settings and intention -------------------------------------------------- */

typedef enum SimIntention {
  SIM_INTENT_NONE,
  SIM_INTENT_ONE_REAL_CONVERSATION, /* a talk rated >= 4 that reached tier >= 2 */
  SIM_INTENT_MEET_THREE,            /* three people newly at tier >= 1 */
  SIM_INTENT_HELP_SOMEONE,          /* help offered to someone this event */
  SIM_INTENT_RECONNECT,             /* a talk with someone known before the event */
  SIM_INTENT_COUNT
} SimIntention;

/* "none", "one_real_conversation", "meet_three", "help_someone", "reconnect"; NULL out of range. */
const char *sim_intention_name(SimIntention intention);
/* The intention named `name`, or -1. */
int sim_intention_from_name(const char *name);

/* How demanding the people are (docs/model.md, "Difficulty"). It changes the people, never
 * the rules: openness and patience, how busy the booths are, how many groups are closed,
 * whether someone talks too much or is hard to read, what a conversation costs in energy.
 * STANDARD is 0 so that zeroed settings keep the model as it was before difficulty. */
typedef enum SimDifficulty {
  SIM_DIFFICULTY_STANDARD = 0,
  SIM_DIFFICULTY_GENTLE = 1,
  SIM_DIFFICULTY_CHALLENGING = 2,
  SIM_DIFFICULTY_COUNT
} SimDifficulty;

/* "gentle", "standard", "challenging"; NULL out of range. */
const char *sim_difficulty_name(SimDifficulty d);
/* "Gentle", "Standard", "Challenging" for screens; NULL out of range. */
const char *sim_difficulty_label(SimDifficulty d);
/* The difficulty named `name`, or -1. */
int sim_difficulty_from_name(const char *name);
/* The three in the order a screen lists them: gentle, standard, challenging (i = 0..2). */
SimDifficulty sim_difficulty_at(int i);

typedef struct SimPlayerSettings {
  bool introvert_practice; /* gentler pacing: energy costs x0.75, rests x1.5, event x1.25 long */
  bool clock_on;           /* false: the event ends only when the player leaves */
  bool hints_on;           /* for the game; the sim offers sim_hint_choice either way */
  SimIntention intention;
  SimDifficulty difficulty; /* at the start; sim_session_set_difficulty changes it later */
} SimPlayerSettings;

/* Defaults: no introvert practice, clock on, hints off, no intention, standard difficulty.
 * (The game offers gentle by default for introvert practice; that is its choice.) */
SimPlayerSettings sim_player_settings_default(void);

/* The difficulty for a learner who chose introvert practice or not: gentle for introvert
 * practice, standard otherwise (the game's default on a new profile). */
SimDifficulty sim_difficulty_default(bool introvert_practice);

/* ---- Relationships ------------------------------------------------------------------ */

/* What the person knows of the player (SimRelation.known_of_player bits). */
enum {
  SIM_KNOWS_NAME = 1u << 0,     /* the player said their name */
  SIM_KNOWS_WHY = 1u << 1,      /* the player said why they came over */
  SIM_KNOWS_SHARED = 1u << 2,   /* the player disclosed something of their own */
  SIM_KNOWS_GOALS = 1u << 3,    /* the player offered help with their goals */
};

/* One relationship between the player and one person. Persistent fields (the save keeps
 * them per profile and person id) and event fields live together; `interest` is the
 * person's mood in the current/last conversation (0 cold .. 1 delighted). */
typedef struct SimRelation {
  int8_t tier;              /* 0 stranger, 1 met, 2 acquainted, 3 rapport, 4 trust, 5 ally */
  float progress;           /* 0..1 inside the tier; the next tier needs its gate AND enough progress */
  float trust;              /* -1..1 */
  float interest;           /* 0..1 */
  uint16_t facts_known;     /* bitmask over the person's facts the player learned */
  uint8_t known_of_player;  /* SIM_KNOWS_* bits */
  uint8_t shared_count;     /* times the player disclosed something to them */
  bool names_exchanged;
  bool why_stated;
  bool common_ground;
  bool mutual_disclosure;   /* they revealed a fact and the player shared in turn */
  bool help_offered;
  bool need_understood;     /* the player heard what they need */
  bool card;                /* the player holds their card */
  bool contact;             /* contact details exchanged both ways */
  bool online;              /* connected on the online network (vanity) */
  bool followed_up;         /* a follow-up message after an event was sent */
  bool guarded;             /* they saw or heard of a transactional move: start cooler */
  uint16_t maintained;      /* maintenance actions received, ever */
  int32_t last_contact_day; /* calendar day (see sim_session_set_day); -1 never */
  uint16_t conversations;   /* conversations held, ever */
  /* This event only (not saved; a new session starts them from the roster): */
  bool met_before;          /* an earlier encounter: they knew the player when the event began */
  bool talked;              /* a real exchange happened (a question, a share, help), not a name only */
  bool pounced;             /* a transactional move on them before rapport, this event */
} SimRelation;

/* The relation of someone the player has never met, or met before at `prior_tier`
 * (scenario field): flags consistent with the tier, progress 0. */
SimRelation sim_relation_initial(int prior_tier);

/* Convex weight of a tier in network strength: 0, 1, 3, 8, 18, 35. 0 when out of range. */
float sim_tier_weight(int tier);
/* "stranger", "met", "acquainted", "rapport", "trust", "ally"; NULL out of range. */
const char *sim_tier_name(int tier);

/* ---- Reasons: the lessons behind every effect --------------------------------------- */

typedef enum SimReason {
  SIM_REASON_NONE,
  SIM_REASON_STATED_WHY,
  SIM_REASON_INTRODUCED_SELF,          /* a name, but no reason for coming over */
  SIM_REASON_GREETED_ANONYMOUSLY,      /* a hello with no name */
  SIM_REASON_SMALL_TALK_WARMUP,
  SIM_REASON_SMALL_TALK_STALLED,       /* small talk that goes nowhere */
  SIM_REASON_ASKED_OPEN_QUESTION,
  SIM_REASON_ASKED_FOLLOW_UP,          /* picked up what they just said */
  SIM_REASON_USED_REMEMBERED_FACT,
  SIM_REASON_INTERROGATED,             /* question after question, nothing shared */
  SIM_REASON_SHARED_IN_TURN,
  SIM_REASON_OVERSHARED,
  SIM_REASON_FOUND_COMMON_GROUND,
  SIM_REASON_UNDERSTOOD_NEED,
  SIM_REASON_OFFERED_HELP,
  SIM_REASON_OFFERED_HELP_BLIND,       /* help offered without knowing what they need */
  SIM_REASON_ASKED_ADVICE_AFTER_RAPPORT,
  SIM_REASON_ASKED_ADVICE_TOO_EARLY,
  SIM_REASON_PITCHED_BEFORE_RAPPORT,
  SIM_REASON_PITCHED_AFTER_RAPPORT,
  SIM_REASON_ASKED_JOB_BEFORE_RAPPORT,
  SIM_REASON_ASKED_JOB_AFTER_RAPPORT,
  SIM_REASON_GRABBED_CARD_BEFORE_NAME,
  SIM_REASON_GRABBED_CARD_EARLY,       /* names known, but no real exchange yet */
  SIM_REASON_EXCHANGED_CONTACT_NATURALLY,
  SIM_REASON_EXCHANGED_CONTACT_TOO_EARLY,
  SIM_REASON_LEFT_GRACEFULLY,
  SIM_REASON_LEFT_ABRUPTLY,
  SIM_REASON_OVERSTAYED,               /* kept a busy person talking too long */
  SIM_REASON_DRAINED_ENERGY,           /* talked on an empty tank */
  SIM_REASON_RECHARGED_IN_QUIET,
  SIM_REASON_TOOK_BREAK,
  SIM_REASON_JOINED_GROUP_POLITELY,
  SIM_REASON_BARGED_INTO_GROUP,
  SIM_REASON_MET_GUARDED,              /* they had seen or heard of a transactional move */
  SIM_REASON_WITNESSED,                /* a transactional move others saw */
  SIM_REASON_INTRODUCED_TWO_PEOPLE,
  SIM_REASON_LEFT_EARLY,               /* never penalised; recorded for the debrief */
  SIM_REASON_FOLLOWED_UP_PERSONAL,
  SIM_REASON_FOLLOWED_UP_GENERIC,
  SIM_REASON_FOLLOWED_UP_LATE,
  SIM_REASON_FOLLOW_UP_OFFERED_VALUE,
  SIM_REASON_FOLLOW_UP_ASKED_TOO_SOON, /* a request in a message to someone barely known */
  SIM_REASON_RECONNECTED,              /* a late message to someone who knows you well */
  SIM_REASON_CONNECTED_ONLINE_ONLY,
  SIM_REASON_MAINTAINED,
  SIM_REASON_DRIFTED,                  /* a relationship lost ground over a week */
  SIM_REASON_LIKED_MORE_THAN_GUESSED,  /* the liking gap: it went better than the guess */
  SIM_REASON_THEY_CLOSED,              /* their patience ran out: they ended the talk */
  SIM_REASON_REPEATED,                 /* a line, question or topic already covered */
  SIM_REASON_ASKED_ABOUT_VACANCIES,    /* a job question where the venue expects one */
  SIM_REASON_LEFT_AFTER_ONE_LINE,      /* a polite goodbye before any real exchange */
  SIM_REASON_NO_FOLLOW_UP,             /* cards held, nobody written to */
  SIM_REASON_SHARED_NOTHING,           /* questions only: they never got to know the player */
  SIM_REASON_COUNT
} SimReason;

/* "stated_why", "pitched_before_rapport", ...; NULL out of range. */
const char *sim_reason_name(SimReason reason);
/* The reason named `name`, or -1. */
int sim_reason_from_name(const char *name);
/* true for reasons that mark a mistake worth a gentle note (pitched_before_rapport, ...). */
bool sim_reason_is_misstep(SimReason reason);

/* ---- Effects: what one action did --------------------------------------------------- */

typedef struct SimEffects {
  float interest;           /* delta on the person's interest */
  float trust;              /* delta on trust */
  float progress;           /* delta on progress inside the tier (before tier changes) */
  float energy_cost;        /* energy spent (negative: restored) */
  float clock_cost;         /* event minutes spent */
  float reputation;         /* delta on the room's view of the player (<= 0 hurts) */
  uint16_t facts_learned;   /* facts newly known (revealed by the node reached) */
  int16_t next_node;        /* node reached, -1 when the talk ended */
  int8_t tier_before, tier_after;
  bool names_exchanged, why_stated, player_shared, common_ground;
  bool need_understood, help_offered, card, contact;
  bool ends_talk;
  bool witnessed;           /* a transactional move others saw */
  bool they_closed;         /* the person ended the talk (patience or interest ran out) */
  bool exchange;            /* a real exchange: a question, share, common ground or help, not a repeat */
  uint8_t reason_count;
  uint8_t reasons[SIM_MAX_REASONS]; /* SimReason values, most important first */
} SimEffects;

/* ---- The session ------------------------------------------------------------------- */

typedef struct SimSession SimSession;

/* A new session at `scenario` (borrowed: it must outlive the session), seeded with `seed`.
 * `settings` may be NULL (defaults). Relations start from each person's prior_tier; the
 * player starts at the entrance zone with full energy, clock 0, calendar day 0.
 * Returns NULL when out of memory or `scenario` is NULL. One allocation; no more later. */
SimSession *sim_session_create(const SimScenario *scenario, uint64_t seed,
                               const SimPlayerSettings *settings);
/* Frees the session; safe on NULL. */
void sim_session_destroy(SimSession *s);
/* Restarts `s` as if freshly created with the same scenario (no allocation). */
void sim_session_reset(SimSession *s, uint64_t seed, const SimPlayerSettings *settings);

/* The scenario as played this evening: the session's own copy of the one it was created
 * with, with the seed's variants applied (lines, needs, facts, moods, layout) and the
 * difficulty's effect on the people. Person and node indices are those of the original,
 * so either can be indexed by the same numbers; names and ids never vary. Valid while the
 * session lives; its people change (openness, busyness) when the difficulty changes. */
const SimScenario *sim_session_scenario(const SimSession *s);
/* The scenario the session was created with (borrowed; no variants applied). */
const SimScenario *sim_session_base_scenario(const SimSession *s);
/* Re-reads the borrowed scenario after it was changed in place (a test, a live editor):
 * rebuilds the evening's copy with the same picks; the session's state is kept. The
 * number of people and nodes must not change. */
void sim_session_scenario_changed(SimSession *s);
SimPlayerSettings sim_session_settings(const SimSession *s);
uint64_t sim_session_seed(const SimSession *s);
/* The session's generator (for the script host's math.random and the bots). */
SimRng *sim_session_rng(SimSession *s);

/* Seeds person `person`'s relation from the roster before play. While nothing has been
 * logged yet it also moves the depth-gain baseline. SIM_ERR_ARG on a bad index/NULL. */
int sim_session_set_relation(SimSession *s, int person, const SimRelation *rel);
/* The relation with person `person`, or NULL on a bad index. Valid until the next call
 * that changes the session. */
const SimRelation *sim_session_relation(const SimSession *s, int person);
/* Sets the calendar day of the event (e.g. days since 2000-01-01, chosen by the caller);
 * last_contact_day values are on this scale. Default 0. */
void sim_session_set_day(SimSession *s, int32_t day);
int32_t sim_session_day(const SimSession *s);

/* Changes the difficulty at any moment, even mid-event or mid-conversation: the people's
 * openness and patience, closed groups, who talks too much or is hard to read, and energy
 * costs follow from the next action on. Once the event is under way the change is logged
 * (SIM_LOG_DIFFICULTY) so that a replay makes it at the same point. SIM_ERR_ARG on a bad
 * value; SIM_ERR_FULL when the log is full. Setting the current difficulty is a no-op. */
int sim_session_set_difficulty(SimSession *s, SimDifficulty d);
/* The difficulty now. */
SimDifficulty sim_session_difficulty(const SimSession *s);
/* True when the difficulty changed after the event began (the evening was "mixed"). */
bool sim_session_difficulty_mixed(const SimSession *s);
/* What the debrief names as the difficulty played: "gentle", "standard", "challenging",
 * or "mixed" when it changed during the event (then sim_session_difficulty is the last). */
const char *sim_session_difficulty_played(const SimSession *s);

/* True when person `person` is at this evening (a layout may leave people out). Absent
 * people cannot be talked to (sim_talk_begin: SIM_ERR_UNAVAILABLE); the floor hides them. */
bool sim_session_person_present(const SimSession *s, int person);

/* The seed's picks for this evening (for the debrief, tests and coverage). */
typedef struct SimVariety {
  int layout;                        /* -1: as written */
  int8_t variant[SIM_MAX_PEOPLE];    /* person variant, -1 as written */
  uint8_t mood[SIM_MAX_PEOPLE];      /* SimPersonMood */
  uint8_t line[SIM_MAX_PEOPLE][SIM_MAX_NODES]; /* 0: the node's own line, k: alt[k-1] */
  uint16_t closed_groups;            /* bit g: group g is a closed circle (challenging) */
  int talker, unreadable;            /* who talks too much / is hard to read (challenging), -1 */
} SimVariety;
const SimVariety *sim_session_variety(const SimSession *s);

/* The player as the floor and HUD see them. */
typedef struct SimPlayerView {
  float energy;             /* 0..SIM_ENERGY_MAX */
  float clock;              /* event minutes elapsed */
  float minutes;            /* event length (scenario minutes, x1.25 in introvert practice) */
  int zone;                 /* current zone index */
  int group;                /* group joined in this zone, -1 none */
  float reputation;         /* -1..0: the room's view (0 unblemished) */
  int online_connections;
  int maintenance_left;     /* units left this week */
  int week;                 /* weeks passed since the event */
  bool event_over;
  bool left_early;
} SimPlayerView;

void sim_session_player(const SimSession *s, SimPlayerView *out);

/* ---- The floor ---------------------------------------------------------------------- */

/* Moves to zone `zone`: costs walking minutes (distance between zone centres /
 * SIM_WALK_M_PER_MIN, at least 0.25) and leaves any group. SIM_ERR_STATE during a talk. */
int sim_move_to_zone(SimSession *s, int zone);
/* Rests for `minutes` (> 0) where the player stands: restores energy at a rate that is
 * highest in quiet zones (noise 0) and lowest at noisy ones. SIM_ERR_STATE during a talk. */
int sim_rest(SimSession *s, float minutes, SimEffects *out /* opt */);
/* Lets floor time pass (walking, watching) without resting. Consecutive calls share one
 * log entry, so small steps do not fill the log. SIM_ERR_STATE during a talk. */
int sim_advance_clock(SimSession *s, float minutes);
/* The player leaves / the event closes: no new talks; an active talk ends gracefully.
 * Leaving early is never penalised. Idempotent. */
void sim_end_event(SimSession *s);
/* True when the player left, or the clock is on and the event time has run out. */
bool sim_session_event_over(const SimSession *s);

/* ---- Conversations ------------------------------------------------------------------ */

typedef enum SimJoin {
  SIM_JOIN_DIRECT,  /* someone standing alone (for a group member: counts as polite) */
  SIM_JOIN_POLITE,  /* wait for a pause and be welcomed into their group */
  SIM_JOIN_BARGE,   /* cut into the group's conversation */
} SimJoin;

typedef enum SimMood { SIM_MOOD_UNCOMFORTABLE, SIM_MOOD_NEUTRAL, SIM_MOOD_INTERESTED } SimMood;

/* Interest -> face: < 0.35 uncomfortable, >= 0.6 interested, neutral between. */
SimMood sim_mood_from_interest(float interest);
const char *sim_mood_name(SimMood mood); /* "uncomfortable", "neutral", "interested" */

/* Starts a talk with person `person`: at return_node when they already know the player
 * (tier >= 1 and return_node >= 0), else node 0. Moves the player to the person's zone
 * (walking minutes) if needed. People who saw or heard of a transactional move start
 * guarded. Errors: SIM_ERR_ARG, SIM_ERR_STATE (a talk is active), SIM_ERR_OVER, SIM_ERR_FULL. */
int sim_talk_begin(SimSession *s, int person, SimJoin join, SimEffects *out /* opt */);

typedef struct SimTalkView {
  bool active;
  int person;               /* -1 when no talk */
  int node;                 /* current node, -1 when no talk */
  int talk;                 /* index of this conversation (sim_session_talk), -1 */
  int choices_made;
  float interest;
  SimMood mood;
  bool in_group;
  bool restless;            /* their patience is nearly used up: a good moment to wrap up */
} SimTalkView;

void sim_talk_view(const SimSession *s, SimTalkView *out);
/* The node the active talk is on, or NULL. */
const SimNode *sim_talk_node(const SimSession *s);

/* Indices (into the current node's choices) offered now, in node order; returns the
 * count (0 when no talk). A choice is offered when its conditions hold (facts known,
 * tier, min energy) and, for deep styles (follow_up, share, common_ground, offer_help,
 * ask_advice), the player's energy is at least SIM_LOW_ENERGY. */
int sim_talk_choices(const SimSession *s, int *out_indices, int max);
/* True when choice `index` of the current node is offered now. */
bool sim_talk_choice_offered(const SimSession *s, int index);

/* The pure resolver: the effects choice `choice` would have if made now with `person`
 * (in the talk in progress when there is one). Changes nothing; no allocation. */
SimEffects sim_resolve_choice(const SimSession *s, int person, const SimChoice *choice);
/* Applies effects from sim_resolve_choice to `person`'s relation, the player and the
 * room (does not move the talk or write the log; sim_talk_choose does both). */
void sim_apply_effects(SimSession *s, int person, const SimEffects *fx);

/* Makes choice `index` of the current node: resolves, applies, logs, moves to the next
 * node (revealing its facts) or ends the talk. `out` receives the effects.
 * Errors: SIM_ERR_STATE (no talk), SIM_ERR_UNAVAILABLE (not offered), SIM_ERR_FULL. */
int sim_talk_choose(SimSession *s, int index, SimEffects *out /* opt */);
/* Ends the active talk without a closing line (the player walks off): resolved as
 * exit_graceful when `graceful`, else exit_abrupt. SIM_ERR_STATE when no talk. */
int sim_talk_end(SimSession *s, bool graceful, SimEffects *out /* opt */);

/* Introduces two people the player knows (both tier >= 2) to each other during the
 * event: generosity that builds trust with both. SIM_ERR_UNAVAILABLE otherwise. */
int sim_introduce_people(SimSession *s, int a, int b, SimEffects *out /* opt */);

/* The choice a connector would make now (hints), or -1 when no talk. */
int sim_hint_choice(const SimSession *s);

/* ---- Conversations held ------------------------------------------------------------- */

typedef struct SimTalkRecord {
  int person;
  int first_log, last_log;  /* log range of this talk (inclusive) */
  int8_t tier_start, tier_end;
  float interest_end;
  int choices;
  int8_t guess;             /* the player's "how do you think it went" 1..5, 0 none */
  bool guarded;
} SimTalkRecord;

int sim_session_talk_count(const SimSession *s);
/* Conversation `i` (0-based, in order), or NULL. */
const SimTalkRecord *sim_session_talk(const SimSession *s, int i);
/* How it really went, 1..5, from the person's interest at the end and the tiers gained;
 * 0 on a bad index. */
int sim_talk_rating(const SimSession *s, int i);
/* Records the player's guess (1..5) for conversation i. SIM_ERR_ARG otherwise. */
int sim_talk_set_guess(SimSession *s, int i, int guess);

/* ---- After the event: follow-ups and the online network ----------------------------- */

typedef enum SimTiming {
  SIM_TIMING_SAME_DAY,
  SIM_TIMING_WITHIN_3_DAYS,
  SIM_TIMING_WEEK,
  SIM_TIMING_MONTH,
  SIM_TIMING_COUNT
} SimTiming;

const char *sim_timing_name(SimTiming timing); /* "same_day", "within_3_days", "week", "month" */
int sim_timing_from_name(const char *name);
int sim_timing_days(SimTiming timing);         /* 0, 2, 7, 30 */

/* Parts of a follow-up message (SimMessage.parts bits). */
enum {
  SIM_PART_PERSONAL = 1u << 0, /* mentions the fact followup.reference_fact (must be known) */
  SIM_PART_OFFER = 1u << 1,    /* offers something of value (followup.offer) */
  SIM_PART_REQUEST = 1u << 2,  /* makes a request (followup.request) */
  SIM_PART_GENERIC = 1u << 3,  /* the generic template ("Nice to meet you, here's my CV") */
};

typedef struct SimMessage {
  uint8_t parts;               /* SIM_PART_* bits; at least one */
  SimTiming timing;
} SimMessage;

typedef enum SimReplyKind { SIM_REPLY_PERSONAL, SIM_REPLY_GENERIC, SIM_REPLY_LATE } SimReplyKind;

typedef struct SimFollowUpResult {
  SimEffects effects;
  SimReplyKind reply;
  const char *reply_text;      /* the scenario's reply_personal / _generic / _late (may be NULL) */
} SimFollowUpResult;

/* What the composer may offer for person `person`. */
typedef struct SimFollowUpOptions {
  bool can_message;            /* the player holds their card or contact, not yet followed up */
  bool can_reference;          /* the player knows the fact a personal message needs */
} SimFollowUpOptions;

void sim_follow_up_options(const SimSession *s, int person, SimFollowUpOptions *out);
/* Sends a follow-up after the event (sim_end_event first; else SIM_ERR_STATE). Once per
 * person per session. SIM_ERR_UNAVAILABLE when !can_message, or PERSONAL without the
 * fact, or no parts. Moves last_contact_day to day + timing days. */
int sim_follow_up(SimSession *s, int person, const SimMessage *msg,
                  SimFollowUpResult *out /* opt */);
/* "Connect with everyone online": every person of the scenario becomes an online
 * connection. Adds no depth. Returns how many were newly connected (>= 0), or SIM_ERR_*. */
int sim_connect_everyone_online(SimSession *s);

/* ---- Between events: maintenance and decay ------------------------------------------ */

/* Budget units maintenance kind `kind` costs (coffee 2, others 1). */
int sim_maintenance_cost(SimMaintenanceKind kind);
/* Performs maintenance action `action` (index into the person's maintenance list) this
 * week. Needs the event over, tier >= 1 and a way to reach them (card, contact or tier
 * >= 3). SIM_ERR_BUDGET when the week's units are spent, SIM_ERR_UNAVAILABLE otherwise. */
int sim_maintain(SimSession *s, int person, int action, SimEffects *out /* opt */);
/* Ends the week: relationships not contacted this week drift (faster at lower tiers),
 * the calendar moves 7 days, the budget refills. Returns how many relations dropped a tier. */
int sim_week_end(SimSession *s);

typedef struct SimWeekPlan {
  int count;
  struct { int person, action; } items[SIM_WEEKLY_BUDGET];
} SimWeekPlan;

/* sim_maintain for each item (stopping at the first error, which is returned), then
 * sim_week_end. SIM_OK when every item was performed. */
int sim_week_pass(SimSession *s, const SimWeekPlan *plan /* opt */);

/* ---- Scores and skills -------------------------------------------------------------- */

typedef enum SimSkill {
  SIM_SKILL_INTRODUCTIONS,
  SIM_SKILL_CURIOSITY,       /* curiosity and listening */
  SIM_SKILL_GENEROSITY,
  SIM_SKILL_TIMING,
  SIM_SKILL_FOLLOW_THROUGH,
  SIM_SKILL_ENERGY,          /* energy management */
  SIM_SKILL_COUNT
} SimSkill;

/* "introductions", "curiosity", "generosity", "timing", "follow_through", "energy". */
const char *sim_skill_name(SimSkill skill);
/* "Introductions", "Curiosity & listening", ... for screens. */
const char *sim_skill_label(SimSkill skill);

typedef struct SimScores {
  float network_strength;    /* sum of sim_tier_weight over every relation */
  float depth_gain;          /* network_strength - strength at session start */
  int callable;              /* relations at tier >= 3 ("people you could call tomorrow") */
  int cards;                 /* people whose card or contact the player holds */
  int online_connections;
  float energy_left;
  int conversations;
  int people_met;            /* relations at tier >= 1 */
  int skills[SIM_SKILL_COUNT]; /* 0..100, derived from the log only */
  int skill_evidence[SIM_SKILL_COUNT]; /* observations behind each skill (0: not shown yet) */
  bool intention_met;
} SimScores;

void sim_scores(const SimSession *s, SimScores *out);
float sim_network_strength(const SimSession *s);

/* ---- Debrief ------------------------------------------------------------------------ */

typedef struct SimMoment {
  int person;                /* -1 for moments not about one person (a rest) */
  SimReason reason;
  int log_index;
  bool misstep;              /* a gentle note rather than praise ("Try it differently") */
  bool neutral;              /* neither praise nor a note ("Worth knowing") */
  char text[SIM_MOMENT_TEXT];
} SimMoment;

/* Up to `max` (3..6 when the log allows) concrete moments from the log, in the order they
 * happened, each naming the person, what the player did, what it did and the lesson.
 * A conversation whose guess (sim_talk_set_guess) was below how it really went can be a
 * moment too (liked_more_than_guessed). Returns the count written. */
int sim_debrief_moments(const SimSession *s, SimMoment *out, int max);
/* One "try next time" line into buf (always NUL-terminated when size > 0). Returns the
 * length it needed (snprintf-style). */
int sim_debrief_next_step(const SimSession *s, char *buf, size_t size);

/* ---- The log, determinism and replay ------------------------------------------------ */

typedef enum SimLogKind {
  SIM_LOG_TALK_BEGIN,   /* person, choice = SimJoin */
  SIM_LOG_CHOICE,       /* person, node, choice, style */
  SIM_LOG_TALK_END,     /* person, choice = 1 graceful / 0 abrupt */
  SIM_LOG_MOVE,         /* choice = zone */
  SIM_LOG_REST,         /* amount = minutes */
  SIM_LOG_WAIT,         /* amount = minutes */
  SIM_LOG_EVENT_END,
  SIM_LOG_INTRODUCE,    /* person, other */
  SIM_LOG_FOLLOW_UP,    /* person, parts, timing */
  SIM_LOG_CONNECT_ALL,
  SIM_LOG_MAINTAIN,     /* person, choice = action */
  SIM_LOG_WEEK_END,
  SIM_LOG_DIFFICULTY,   /* choice = the new SimDifficulty */
  SIM_LOG_KIND_COUNT
} SimLogKind;

const char *sim_log_kind_name(SimLogKind kind);

typedef struct SimLogEntry {
  uint8_t kind;         /* SimLogKind */
  int8_t style;         /* SimStyle for CHOICE, -1 otherwise */
  int16_t person;       /* -1 when none */
  int16_t node;         /* node the choice was made on, -1 */
  int16_t choice;       /* see SimLogKind */
  int16_t other;        /* second person (INTRODUCE), -1 */
  int16_t talk;         /* conversation index, -1 outside talks */
  uint8_t parts;        /* FOLLOW_UP message parts */
  uint8_t timing;       /* FOLLOW_UP SimTiming */
  float amount;         /* REST / WAIT minutes */
  float clock;          /* event clock after the action */
  float energy;         /* player energy after the action */
  SimEffects effects;
} SimLogEntry;

int sim_log_count(const SimSession *s);
/* Entry i, or NULL. */
const SimLogEntry *sim_log_entry(const SimSession *s, int i);

/* Re-executes `count` actions recorded in another session's log (same scenario) on `s`,
 * normally a fresh session with the same seed and settings. Returns SIM_OK or the first
 * failing action's status. */
int sim_session_replay(SimSession *s, const SimLogEntry *log, int count);
/* 64-bit FNV-1a hash over relations, player, clock, rumours and the log (field by field,
 * never padding). Equal sessions give equal hashes in any process on this build. */
uint64_t sim_session_hash(const SimSession *s);

/* ---- Strategy bots and coverage ------------------------------------------------------ */

typedef enum SimStrategy {
  SIM_BOT_COLLECTOR,  /* greets, grabs cards, pitches, moves on fast */
  SIM_BOT_CONNECTOR,  /* introduces with why, asks, follows up, offers help, follows up after */
  SIM_BOT_RANDOM,     /* uniform among what is offered */
  SIM_BOT_EXPLORER,   /* tries untried branches first (with a SimCoverage across runs) */
  SIM_BOT_LONGEST,    /* always says the longest line offered */
  SIM_BOT_REPEAT,     /* loops the same few lines, revisits the same two people */
  SIM_BOT_GHOST,      /* greets everyone and leaves after one line */
  SIM_BOT_LISTENER,   /* questions only: never shares, finds common ground or helps */
  SIM_BOT_APOLOGISER, /* pounces first (pitch, job, card), then plays like the connector */
  SIM_BOT_NOHELP,     /* the connector, but never offers help (in talk or message) */
  SIM_BOT_NOFOLLOWUP, /* the connector, but sends no follow-up after the event */
  SIM_STRATEGY_COUNT
} SimStrategy;

const char *sim_strategy_name(SimStrategy strategy); /* "collector", "connector", ... */
int sim_strategy_from_name(const char *name);
/* What the bot does, in one line for --help ("any line offered"); NULL when out of range. */
const char *sim_strategy_summary(SimStrategy strategy);

/* Node visits and choices made, accumulated over runs. Zero it to start. */
typedef struct SimCoverage {
  uint32_t nodes[SIM_MAX_PEOPLE];  /* bit n: node n of person p was reached */
  uint16_t taken[SIM_MAX_PEOPLE][SIM_MAX_NODES][SIM_MAX_CHOICES];
  int runs;
  /* Variants played: a node line counts once the node was reached showing it; a person
   * variant or mood once the player talked to them in it; a layout once played. */
  uint8_t lines[SIM_MAX_PEOPLE][SIM_MAX_NODES]; /* bit k: line k (0 own, k alt k-1) shown */
  uint8_t variants[SIM_MAX_PEOPLE];             /* bit v: variant v met (bit 7: as written) */
  uint8_t moods[SIM_MAX_PEOPLE];                /* bit m: mood m met */
  uint8_t layouts;                              /* bit l: layout l played */
} SimCoverage;

/* Bit n set when node n of `person` was reached in this session. */
uint32_t sim_session_nodes_visited(const SimSession *s, int person);
/* Adds the session's node visits and choices to `cov` (runs + 1). */
void sim_coverage_add(SimCoverage *cov, const SimSession *s);
/* Nodes of the scenario never reached in `cov`; fills up to `max` (person, node) pairs
 * when the arrays are non-NULL. Returns the total count of unreached nodes. */
int sim_coverage_missing(const SimCoverage *cov, const SimScenario *scenario,
                         int *out_person, int *out_node, int max);

/* Variants of the scenario (alternative lines of reachable nodes, person variants, moods,
 * layouts) never played in `cov`. `total` (opt) receives how many there are. */
int sim_coverage_variants_missing(const SimCoverage *cov, const SimScenario *scenario, int *total /* opt */);

/* Choices of the scenario never taken in `cov` (branches the explorer has yet to try;
 * a choice whose conditions can never hold stays here). */
int sim_coverage_untried(const SimCoverage *cov, const SimScenario *scenario);

/* Plays the whole session headless through the public API: visits people, talks,
 * rests, ends the event, follows up (and, for the collector, connects with everyone
 * online). `bot_seed` drives the bot's own choices (the session keeps its own RNG).
 * `cov` (may be NULL) guides the explorer and receives this session (sim_coverage_add). */
void sim_bot_play_session(SimSession *s, SimStrategy strategy, uint64_t bot_seed,
                          SimCoverage *cov /* opt */);
/* The choice index strategy `strategy` would pick in the current talk, or -1. */
int sim_bot_pick_choice(const SimSession *s, SimStrategy strategy, SimRng *rng,
                        const SimCoverage *cov /* opt */);

/* ---- Practice plan (spaced practice; docs/model.md, "Practice plan") ----------------------
 * Pure: no clock. Days are whole numbers on the caller's calendar (the save's day numbers). */

#define SIM_PLAN_MIN_SESSIONS 2 /* a skill counts only with evidence from this many sessions */

typedef enum SimDrill {
  SIM_DRILL_OPENER,        /* "opener": the introduction with a reason and a question */
  SIM_DRILL_JOIN_GROUP,    /* "join_group": stepping into a circle at a pause */
  SIM_DRILL_GRACEFUL_EXIT, /* "graceful_exit": leaving well */
  SIM_DRILL_FOLLOW_UP,     /* "follow_up": the message after the event */
  SIM_DRILL_EVENT,         /* "event": a short event (curiosity, generosity, energy) */
  SIM_DRILL_COUNT
} SimDrill;

/* "opener", "join_group", "graceful_exit", "follow_up", "event"; NULL out of range. */
const char *sim_drill_id(SimDrill drill);
/* "the opener", "joining a group", "the graceful exit", "the follow-up message", "a short event". */
const char *sim_drill_label(SimDrill drill);
/* Minutes the drill takes (5 for a drill, 20 for an event). */
int sim_drill_minutes(SimDrill drill);

/* One past session as the plan sees it. */
typedef struct SimPlanSession {
  int32_t day;                         /* calendar day it was played */
  int skills[SIM_SKILL_COUNT];         /* SimScores.skills */
  int evidence[SIM_SKILL_COUNT];       /* SimScores.skill_evidence (0: no evidence) */
} SimPlanSession;

typedef struct SimPlan {
  bool found;          /* a skill has evidence from SIM_PLAN_MIN_SESSIONS sessions */
  SimSkill skill;      /* the weakest such skill */
  SimDrill drill;      /* what to practise for it */
  int sessions;        /* sessions with evidence on the skill */
  int step;            /* 0..3: the interval in use, 1, 3, 7 or 21 days */
  int32_t last_day;    /* the last session with evidence on the skill */
  int32_t due_day;     /* last_day + the interval */
  bool due;            /* today >= due_day: suggest it today */
  char text[128];      /* "Today: practise the graceful exit (5 minutes)" when due, else
                        * "Next: the graceful exit on day 512"; "" when !found */
} SimPlan;

/* The interval, in days, of step 0..3: 1, 3, 7, 21 (clamped). */
int sim_plan_interval(int step);

/* The practice plan from `history` (any order; count <= 0 gives none) on day `today`.
 * The weakest skill is the lowest mean over its last three sessions with evidence, among
 * skills with evidence from SIM_PLAN_MIN_SESSIONS sessions (ties: the SimSkill order).
 * The interval grows with each session in a row that did not lower the skill's score
 * (1, 3, 7, then 21 days after the last session on it) and falls back to 1 day after a
 * drop. Fills *out (found = false when no skill qualifies); returns out->found. */
bool sim_practice_plan(const SimPlanSession *history, int count, int32_t today, SimPlan *out);

#endif
