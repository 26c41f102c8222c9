/* scenario.c — names of the closed vocabularies, the arena, and scenario lifetime.
 * Owns nothing beyond the scenario it creates. C library only.
 */
#include "sim/scenario.h"

#include <stdlib.h>
#include <string.h>

static const char *const STYLE_NAMES[SIM_STYLE_COUNT] = {
  "greet", "introduce", "introduce_why", "small_talk", "ask_open", "follow_up", "share",
  "common_ground", "offer_help", "ask_advice", "pitch", "ask_job", "card_grab",
  "exchange_contact", "exit_graceful", "exit_abrupt",
};

static const char *const ZONE_NAMES[SIM_ZONE_KIND_COUNT] = {
  "entrance", "booths", "bar", "tables", "quiet", "stage",
};

static const char *const PMOOD_NAMES[SIM_PMOOD_COUNT] = {"none", "tired", "rushed", "chatty"};

static const char *const MAINT_NAMES[SIM_MAINT_KIND_COUNT] = {
  "coffee", "congratulate", "share_useful", "check_in",
};

static int find_name(const char *const *names, int count, const char *name) {
  if (!name) return -1;
  for (int i = 0; i < count; i++)
    if (strcmp(names[i], name) == 0) return i;
  return -1;
}

const char *sim_style_name(SimStyle style) {
  return (style >= 0 && style < SIM_STYLE_COUNT) ? STYLE_NAMES[style] : NULL;
}
int sim_style_from_name(const char *name) { return find_name(STYLE_NAMES, SIM_STYLE_COUNT, name); }

const char *sim_zone_kind_name(SimZoneKind kind) {
  return (kind >= 0 && kind < SIM_ZONE_KIND_COUNT) ? ZONE_NAMES[kind] : NULL;
}
int sim_zone_kind_from_name(const char *name) { return find_name(ZONE_NAMES, SIM_ZONE_KIND_COUNT, name); }

const char *sim_maintenance_kind_name(SimMaintenanceKind kind) {
  return (kind >= 0 && kind < SIM_MAINT_KIND_COUNT) ? MAINT_NAMES[kind] : NULL;
}
int sim_maintenance_kind_from_name(const char *name) {
  return find_name(MAINT_NAMES, SIM_MAINT_KIND_COUNT, name);
}

const char *sim_person_mood_name(SimPersonMood mood) {
  return (mood >= 0 && mood < SIM_PMOOD_COUNT) ? PMOOD_NAMES[mood] : NULL;
}
int sim_person_mood_from_name(const char *name) { return find_name(PMOOD_NAMES, SIM_PMOOD_COUNT, name); }

int sim_scenario_order_compare(const void *a, const void *b) {
  const SimScenario *x = *(const SimScenario *const *)a, *y = *(const SimScenario *const *)b;
  if (x->recommended_first != y->recommended_first) return x->recommended_first ? -1 : 1;
  if (x->order != y->order) return x->order < y->order ? -1 : 1;
  return strcmp(x->id ? x->id : "", y->id ? y->id : "");
}

/* ---- Arena: a chain of blocks; big requests get a block of their own. ---- */

enum { ARENA_BLOCK = 16 * 1024 };

typedef struct ArenaBlock {
  struct ArenaBlock *next;
  size_t size, used;
  max_align_t data[]; /* aligned storage */
} ArenaBlock;

struct SimArena {
  ArenaBlock *head;
  size_t total;
};

SimArena *sim_arena_create(void) { return calloc(1, sizeof(SimArena)); }

void sim_arena_destroy(SimArena *arena) {
  if (!arena) return;
  ArenaBlock *b = arena->head;
  while (b) {
    ArenaBlock *next = b->next;
    free(b);
    b = next;
  }
  free(arena);
}

void *sim_arena_alloc(SimArena *arena, size_t size) {
  if (!arena) return NULL;
  const size_t align = sizeof(max_align_t);
  size_t rounded = (size + align - 1) / align * align;
  if (rounded < size) return NULL; /* overflow */
  ArenaBlock *b = arena->head;
  if (!b || b->size - b->used < rounded) {
    size_t cap = rounded > ARENA_BLOCK ? rounded : ARENA_BLOCK;
    b = malloc(sizeof(ArenaBlock) + cap);
    if (!b) return NULL;
    b->size = cap;
    b->used = 0;
    /* Keep the partly used block at the head only when the new one is the small default. */
    if (arena->head && cap > ARENA_BLOCK) {
      b->next = arena->head->next;
      arena->head->next = b;
    } else {
      b->next = arena->head;
      arena->head = b;
    }
  }
  void *p = (char *)b->data + b->used;
  b->used += rounded;
  arena->total += rounded;
  memset(p, 0, rounded);
  return p;
}

char *sim_arena_strdup(SimArena *arena, const char *s) {
  if (!s) return NULL;
  size_t n = strlen(s) + 1;
  char *p = sim_arena_alloc(arena, n);
  if (p) memcpy(p, s, n);
  return p;
}

size_t sim_arena_used(const SimArena *arena) { return arena ? arena->total : 0; }

SimScenario *sim_scenario_create(void) {
  SimScenario *s = calloc(1, sizeof *s);
  if (!s) return NULL;
  s->arena = sim_arena_create();
  if (!s->arena) {
    free(s);
    return NULL;
  }
  s->tuning.energy_cost = 1.0f;
  s->tuning.reputation_spread = 1.0f;
  s->norms.pace = 0.5f;
  s->minutes = 60;
  s->layout = -1;
  s->order = SIM_ORDER_NONE;
  for (int i = 0; i < SIM_MAX_PEOPLE; i++) s->people[i].variant = -1;
  s->room_w = 24.0f;
  s->room_h = 14.0f;
  return s;
}

void sim_scenario_destroy(SimScenario *scenario) {
  if (!scenario) return;
  sim_arena_destroy(scenario->arena);
  free(scenario);
}

int sim_scenario_find_person(const SimScenario *scenario, const char *id) {
  if (!scenario || !id) return -1;
  for (int i = 0; i < scenario->person_count; i++)
    if (scenario->people[i].id && strcmp(scenario->people[i].id, id) == 0) return i;
  return -1;
}

int sim_person_find_fact(const SimPerson *person, const char *id) {
  if (!person || !id) return -1;
  for (int i = 0; i < person->fact_count; i++)
    if (person->facts[i].id && strcmp(person->facts[i].id, id) == 0) return i;
  return -1;
}
