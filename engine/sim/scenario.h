/* scenario.h — the static description of one mixer, as the simulation sees it.
 *
 * A scenario is loaded once (by engine/script from a Lua file, or built directly in C by
 * tests) and is read-only during play. All strings and arrays are owned by the scenario's
 * arena and freed with it in one step (sim_scenario_destroy). Pure C: the C library only.
 *
 * Indices, not pointers, connect the pieces (a choice names its next node by index, a
 * person names their zone by index) so that the structure can be copied and hashed.
 */
#ifndef RAPPORT_SIM_SCENARIO_H
#define RAPPORT_SIM_SCENARIO_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define SIM_MAX_PEOPLE 16      /* people in one scenario */
#define SIM_MAX_ZONES 8        /* zones in one room */
#define SIM_MAX_FACTS 16       /* facts one person can reveal (a bitmask of uint16_t) */
#define SIM_MAX_CHOICES 5      /* choices on one node (2..5) */
#define SIM_MAX_NODES 32       /* nodes in one person's dialogue graph */
#define SIM_MAX_INTERESTS 4
#define SIM_MAX_MAINTENANCE 4  /* maintenance actions a scenario writes per person */
#define SIM_MAX_OPENERS 4      /* opener parts of each kind a scenario offers */
#define SIM_MAX_ALT_LINES 3    /* alternative lines one node may carry (besides its own) */
#define SIM_MAX_VARIANTS 4     /* variants of one person (alternative needs, facts, lines) */
#define SIM_MAX_MOODS 4        /* moods one person may be in (the seed picks one) */
#define SIM_MAX_LAYOUTS 4      /* layouts of the room (who attends, who stands where) */

/* The closed vocabulary of choice styles (DESIGN.md §3). The validator rejects others. */
typedef enum SimStyle {
  SIM_STYLE_GREET,
  SIM_STYLE_INTRODUCE,
  SIM_STYLE_INTRODUCE_WHY,
  SIM_STYLE_SMALL_TALK,
  SIM_STYLE_ASK_OPEN,
  SIM_STYLE_FOLLOW_UP,
  SIM_STYLE_SHARE,
  SIM_STYLE_COMMON_GROUND,
  SIM_STYLE_OFFER_HELP,
  SIM_STYLE_ASK_ADVICE,
  SIM_STYLE_PITCH,
  SIM_STYLE_ASK_JOB,
  SIM_STYLE_CARD_GRAB,
  SIM_STYLE_EXCHANGE_CONTACT,
  SIM_STYLE_EXIT_GRACEFUL,
  SIM_STYLE_EXIT_ABRUPT,
  SIM_STYLE_COUNT
} SimStyle;

/* "greet", "introduce_why", ...; NULL for an out-of-range value. */
const char *sim_style_name(SimStyle style);
/* The style named `name`, or -1 when the name is not in the vocabulary. */
int sim_style_from_name(const char *name);

typedef enum SimZoneKind {
  SIM_ZONE_ENTRANCE,
  SIM_ZONE_BOOTHS,
  SIM_ZONE_BAR,
  SIM_ZONE_TABLES,
  SIM_ZONE_QUIET,
  SIM_ZONE_STAGE,
  SIM_ZONE_KIND_COUNT
} SimZoneKind;

/* "entrance", "booths", "bar", "tables", "quiet", "stage"; NULL when out of range. */
const char *sim_zone_kind_name(SimZoneKind kind);
/* The kind named `name`, or -1. */
int sim_zone_kind_from_name(const char *name);

/* Room coordinates are in metres; the floor scene maps them to pixels. */
typedef struct SimZone {
  const char *id;
  const char *label;      /* shown on the floor, e.g. "Quiet corner" */
  SimZoneKind kind;
  float x, y, w, h;       /* rectangle in the room, metres */
  float noise;            /* 0 silent .. 1 very loud; drives energy cost */
} SimZone;

typedef struct SimFact {
  const char *id;         /* stable, e.g. "half_marathon" */
  const char *text;       /* "training for her first half-marathon in May" */
} SimFact;

/* What a choice needs before the game offers it. Zero/-1 fields mean "no condition". */
typedef struct SimCondition {
  uint16_t facts;         /* bitmask over the person's facts the player must know */
  int8_t min_tier;        /* 0 = none */
  int8_t min_energy;      /* 0 = none; energy is 0..100 */
} SimCondition;

typedef struct SimChoice {
  const char *id;         /* stable within the node, e.g. "ask_study" (may be generated) */
  const char *text;       /* what the player says */
  SimStyle style;
  int16_t next;           /* node index in the same person's graph; -1 ends the talk */
  SimCondition requires;
  uint16_t uses_facts;    /* facts this line refers to (follow_up); subset of requires */
  bool shares_self;       /* the player discloses something of their own */
  float weight;           /* scenario tuning of this choice's effect, 0.5..2, default 1 */
  int line;               /* source line in the scenario file, 0 when unknown */
} SimChoice;

typedef struct SimNode {
  const char *id;         /* stable within the person */
  const char *line;       /* what the person says on reaching this node */
  uint16_t reveals;       /* facts revealed by this line (bitmask) */
  bool shows_need;        /* this line tells the player what the person needs */
  bool common_ground;     /* reaching this node means common ground was found */
  uint8_t choice_count;   /* 2..SIM_MAX_CHOICES */
  SimChoice choices[SIM_MAX_CHOICES];
  int line_no;            /* source line, 0 when unknown */
  /* Variation (docs/scenarios.md, "Variants"): the seed picks `line` or one of these. In a
   * session's scenario (sim_session_scenario) `line` is already the one picked. */
  uint8_t alt_count;
  const char *alt[SIM_MAX_ALT_LINES];
} SimNode;

typedef enum SimMaintenanceKind {
  SIM_MAINT_COFFEE,
  SIM_MAINT_CONGRATULATE,
  SIM_MAINT_SHARE_USEFUL,
  SIM_MAINT_CHECK_IN,
  SIM_MAINT_KIND_COUNT
} SimMaintenanceKind;

const char *sim_maintenance_kind_name(SimMaintenanceKind kind);
int sim_maintenance_kind_from_name(const char *name);

typedef struct SimMaintenance {
  SimMaintenanceKind kind;
  const char *text;       /* "Send Maya the article on remote user testing" */
  const char *reply;      /* how they answer */
  int16_t uses_fact;      /* fact index it refers to, -1 when generic */
} SimMaintenance;

/* What a personal follow-up after the event can reference, and how the person answers. */
typedef struct SimFollowUp {
  int16_t reference_fact; /* the fact a personal message should mention (-1: none) */
  const char *reference;  /* the phrase the composer offers, e.g. "the user study" */
  const char *offer;      /* an offer of value the player can make */
  const char *request;    /* a reasonable request */
  const char *reply_personal; /* their answer to a personal, timely message */
  const char *reply_generic;  /* their answer to a generic template */
  const char *reply_late;     /* their answer when the message comes weeks later */
} SimFollowUp;

/* A mood the seed can put a person in for one evening: each changes their parameters
 * (docs/model.md, "Moods"); none changes a rule. */
typedef enum SimPersonMood {
  SIM_PMOOD_NONE,
  SIM_PMOOD_TIRED,        /* less open, less patient */
  SIM_PMOOD_RUSHED,       /* much less patient */
  SIM_PMOOD_CHATTY,       /* more open and patient, but each line takes longer */
  SIM_PMOOD_COUNT
} SimPersonMood;

/* "none", "tired", "rushed", "chatty"; NULL out of range. */
const char *sim_person_mood_name(SimPersonMood mood);
/* The mood named `name`, or -1. */
int sim_person_mood_from_name(const char *name);

/* One node line a person variant replaces. */
typedef struct SimLineOverride {
  int16_t node;           /* node index of the same person */
  const char *line;
} SimLineOverride;

/* One version of a person for an evening: a different need, different wording of some
 * facts (same ids, so conditions keep their meaning) and the lines that go with them. */
typedef struct SimPersonVariant {
  const char *id;         /* stable within the person, e.g. "marathon_done" */
  const char *need;       /* NULL: the person's own */
  const char *facts[SIM_MAX_FACTS]; /* replacement text by fact index; NULL: unchanged */
  uint8_t line_count;
  SimLineOverride *lines; /* line_count entries in the scenario's arena */
  int line;               /* source line, 0 when unknown */
} SimPersonVariant;

typedef struct SimPerson {
  const char *id;         /* stable across scenarios: the same id is the same person */
  const char *name;
  const char *org;
  const char *role;
  float openness;         /* 0..1: how readily they open up */
  float introversion;     /* 0..1: how much groups and noise tire them */
  float busyness;         /* 0..1: how little time they have (recruiters at a fair: high) */
  uint8_t interest_count;
  const char *interests[SIM_MAX_INTERESTS];
  const char *need;       /* what they want from the evening, in words */
  int16_t zone;           /* zone index */
  float x, y;             /* where they stand, metres */
  int16_t group;          /* group number shared by people standing together, -1 alone */
  int8_t prior_tier;      /* tier when the player's roster has no record (met before) */
  uint16_t prior_facts;   /* facts the player knows from that earlier meeting (bitmask) */
  uint8_t fact_count;
  SimFact facts[SIM_MAX_FACTS];
  uint8_t node_count;
  SimNode *nodes;         /* node_count nodes; nodes[0] is where a first talk starts */
  int16_t return_node;    /* where a talk starts when the player already knows them, -1 */
  SimFollowUp followup;
  uint8_t maintenance_count;
  SimMaintenance maintenance[SIM_MAX_MAINTENANCE];
  uint32_t look;          /* appearance seed for the floor (skin, hair, clothes) */
  int line;               /* source line, 0 when unknown */
  /* Variation the seed picks from (docs/scenarios.md, "Variants"). */
  uint8_t variant_count;  /* 0: always the person as written */
  SimPersonVariant *variants;
  uint8_t mood_count;     /* 0: no mood */
  uint8_t moods[SIM_MAX_MOODS]; /* SimPersonMood values to pick from ("none" allowed) */
  /* What was picked: set only in a session's scenario (sim_session_scenario). */
  int8_t variant;         /* index into variants, -1 as written */
  uint8_t mood;           /* SimPersonMood */
  bool absent;            /* not at this evening (a layout left them out): nobody to talk to */
  bool talks_a_lot;       /* challenging: this person holds the floor (lines take longer) */
  bool hard_to_read;      /* challenging: their face gives little away (no mood/restless cue) */
} SimPerson;

/* When asking about vacancies is a normal question at this venue. */
typedef enum SimJobNorm {
  SIM_JOBQ_AFTER_RAPPORT,      /* default: only once you have rapport (a dinner, a meetup) */
  SIM_JOBQ_AFTER_INTRODUCTION, /* once you said who you are and why (a careers fair) */
  SIM_JOBQ_COUNT
} SimJobNorm;

/* "after_rapport", "after_introduction"; NULL out of range. */
const char *sim_job_norm_name(SimJobNorm norm);
/* The norm named `name`, or -1. */
int sim_job_norm_from_name(const char *name);

/* Norms of the venue: what is expected here changes what a move means. */
typedef struct SimNorms {
  bool contact_expected;  /* exchanging contact after an introduction is normal (fair) */
  bool groups_common;     /* people stand in groups; joining politely matters */
  float pace;             /* 0 relaxed .. 1 brisk; brisk venues reward brevity */
  SimJobNorm job_questions; /* when a question about vacancies is normal here */
} SimNorms;

/* The briefing's opener parts for this venue: "Hi, I'm NAME — <why>. <question>". Counts
 * are 0 when the scenario gives none (the game then uses its own fallback). */
typedef struct SimOpeners {
  uint8_t why_count, question_count;
  const char *why[SIM_MAX_OPENERS];      /* why the player is here; follows "Hi, I'm NAME — " */
  const char *question[SIM_MAX_OPENERS]; /* a genuine question to ask */
} SimOpeners;

typedef struct SimTuning {
  float energy_cost;      /* multiplier on every energy cost, default 1 */
  float reputation_spread;/* multiplier on how far word travels, default 1 */
} SimTuning;

/* Where one person stands in a layout. */
typedef struct SimPlacement {
  int16_t person;
  int16_t zone;
  float x, y;
  int16_t group;          /* group number, -1 alone */
} SimPlacement;

/* One arrangement of the evening: who is not there, who stands where and with whom. */
typedef struct SimLayout {
  const char *id;
  uint16_t absent;        /* bit p: person p is not at the event */
  uint8_t place_count;
  SimPlacement *places;   /* place_count entries in the scenario's arena */
  int line;
} SimLayout;

typedef struct SimScenario {
  const char *id;         /* "career_fair" */
  const char *title;
  const char *summary;
  const char *teaches;
  const char *source;     /* file it came from, for messages */
  int minutes;            /* event length on the in-game clock */
  SimNorms norms;
  SimTuning tuning;
  float room_w, room_h;   /* metres */
  uint8_t zone_count;
  SimZone zones[SIM_MAX_ZONES];
  uint8_t person_count;
  SimPerson people[SIM_MAX_PEOPLE];
  int16_t entrance_zone;  /* where the player starts */
  SimOpeners openers;     /* optional: the briefing's opener parts */
  uint8_t layout_count;   /* 0: everyone attends as written */
  SimLayout *layouts;
  int8_t layout;          /* in a session's scenario: the layout picked, -1 as written */
  int order;              /* list order, lower first; SIM_ORDER_NONE when not given */
  bool recommended_first; /* shown first in the list (before any order) */
  struct SimArena *arena; /* owns every string and node array */
} SimScenario;

#define SIM_ORDER_NONE 1000000 /* SimScenario.order when the scenario gives none */

/* Sorts scenarios for the list: recommended_first, then by order (lower first), then those
 * without an order, each group alphabetically by id. A qsort comparator over
 * `const SimScenario *` elements (an array of pointers). */
int sim_scenario_order_compare(const void *a, const void *b);

/* ---- Arena: one allocation region freed in one step. ---- */
typedef struct SimArena SimArena;

/* A new empty arena, or NULL when out of memory. */
SimArena *sim_arena_create(void);
/* Frees every allocation made from the arena; safe on NULL. */
void sim_arena_destroy(SimArena *arena);
/* `size` zeroed bytes aligned for any type, or NULL when out of memory (or over cap). */
void *sim_arena_alloc(SimArena *arena, size_t size);
/* A copy of `s` (NUL-terminated) in the arena, or NULL. A NULL `s` gives NULL. */
char *sim_arena_strdup(SimArena *arena, const char *s);
/* Bytes handed out so far (for caps on loaded data). */
size_t sim_arena_used(const SimArena *arena);

/* A zeroed scenario with its own arena and defaults (weights 1, no groups), or NULL. */
SimScenario *sim_scenario_create(void);
/* Frees the scenario and its arena; safe on NULL. */
void sim_scenario_destroy(SimScenario *scenario);
/* Index of the person with stable id `id`, or -1. */
int sim_scenario_find_person(const SimScenario *scenario, const char *id);
/* Index of the fact `id` of person `person`, or -1. */
int sim_person_find_fact(const SimPerson *person, const char *id);

#endif
