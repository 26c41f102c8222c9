/* variety.c — what makes one evening differ from another: the seed's picks among a
 * scenario's variants (node lines, person variants, moods, layouts), and the difficulty's
 * effect on the people. Builds the session's own copy of the scenario (sim_session_scenario)
 * so that the rest of the sim and every screen read the evening as played. The rules are
 * in docs/model.md ("Difficulty", "Moods") and docs/scenarios.md ("Variants"). C library only.
 */
#include "sim/sim_internal.h"
#include "sim/text.h"

#include <string.h>

/* ---- names ---- */

static const char *const DIFF_NAMES[SIM_DIFFICULTY_COUNT] = {"standard", "gentle", "challenging"};
static const SimText DIFF_LABELS[SIM_DIFFICULTY_COUNT] = {
  SIM_TR_ENTRY("sim.difficulty.standard", "Standard"),
  SIM_TR_ENTRY("sim.difficulty.gentle", "Gentle"),
  SIM_TR_ENTRY("sim.difficulty.challenging", "Challenging"),
};

const char *sim_difficulty_name(SimDifficulty d) {
  return (d >= 0 && d < SIM_DIFFICULTY_COUNT) ? DIFF_NAMES[d] : NULL;
}
const char *sim_difficulty_label(SimDifficulty d) {
  return (d >= 0 && d < SIM_DIFFICULTY_COUNT) ? sim_text_entry(&DIFF_LABELS[d]) : NULL;
}
int sim_difficulty_from_name(const char *name) {
  for (int i = 0; name && i < SIM_DIFFICULTY_COUNT; i++)
    if (strcmp(DIFF_NAMES[i], name) == 0) return i;
  return -1;
}
SimDifficulty sim_difficulty_at(int i) {
  static const SimDifficulty ORDER[3] = {SIM_DIFFICULTY_GENTLE, SIM_DIFFICULTY_STANDARD, SIM_DIFFICULTY_CHALLENGING};
  return ORDER[i < 0 ? 0 : (i > 2 ? 2 : i)];
}
SimDifficulty sim_difficulty_default(bool introvert_practice) {
  return introvert_practice ? SIM_DIFFICULTY_GENTLE : SIM_DIFFICULTY_STANDARD;
}

/* ---- the parameters (docs/model.md keeps this table) ---- */

typedef struct PeopleShift {
  float openness, busyness; /* added to each person's, then clamped to 0..1 */
  float energy;             /* multiplier on the player's energy costs */
} PeopleShift;

static PeopleShift difficulty_shift(SimDifficulty d) {
  switch (d) {
  case SIM_DIFFICULTY_GENTLE: return (PeopleShift){+0.15f, -0.25f, 0.80f};
  case SIM_DIFFICULTY_CHALLENGING: return (PeopleShift){-0.06f, +0.20f, 1.20f};
  default: return (PeopleShift){0.0f, 0.0f, 1.0f};
  }
}

static PeopleShift mood_shift(SimPersonMood m) {
  switch (m) {
  case SIM_PMOOD_TIRED: return (PeopleShift){-0.10f, +0.15f, 1.10f};
  case SIM_PMOOD_RUSHED: return (PeopleShift){0.0f, +0.30f, 1.0f};
  case SIM_PMOOD_CHATTY: return (PeopleShift){+0.10f, -0.20f, 1.0f};
  default: return (PeopleShift){0.0f, 0.0f, 1.0f};
  }
}

float sim_difficulty_energy_factor(const SimSession *s) {
  float f = difficulty_shift(s->difficulty).energy;
  if (s->talk.active && s->talk.person >= 0) f *= mood_shift((SimPersonMood)s->sc->people[s->talk.person].mood).energy;
  return f;
}

float sim_line_minutes_factor(const SimSession *s, int person) {
  const SimPerson *p = &s->sc->people[person];
  float f = 1.0f;
  if (p->mood == SIM_PMOOD_CHATTY) f *= 1.3f;
  if (p->talks_a_lot) f *= 1.5f;
  return f;
}

bool sim_group_closed(const SimSession *s, int group) {
  return s->difficulty == SIM_DIFFICULTY_CHALLENGING && group >= 0 && group < 16 &&
         ((s->variety.closed_groups >> group) & 1u);
}

/* ---- the seed's picks: a pure function of the seed and the unit, independent of the
 * session's RNG so that a scenario without variants plays exactly as before. ---- */

enum { K_LAYOUT = 1, K_VARIANT, K_MOOD, K_LINE, K_CLOSED, K_TALKER, K_UNREADABLE };

static uint32_t pick(uint64_t seed, uint32_t kind, uint32_t person, uint32_t item, uint32_t n) {
  if (n <= 1) return 0;
  uint64_t z = seed ^ (((uint64_t)kind << 48) | ((uint64_t)person << 24) | item);
  z += 0x9E3779B97F4A7C15ull;
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
  z ^= z >> 31;
  return (uint32_t)(((z >> 32) * (uint64_t)n) >> 32);
}

/* Openness, busyness and the challenging roles from the original, the mood and the
 * difficulty. Called at reset and whenever the difficulty changes. */
void sim_variety_apply(SimSession *s) {
  const SimScenario *base = s->base;
  SimScenario *v = &s->view;
  PeopleShift d = difficulty_shift(s->difficulty);
  bool hard = s->difficulty == SIM_DIFFICULTY_CHALLENGING;
  for (int p = 0; p < base->person_count; p++) {
    SimPerson *vp = &v->people[p];
    PeopleShift m = mood_shift((SimPersonMood)vp->mood);
    vp->openness = sim_clamp(base->people[p].openness + d.openness + m.openness, 0.0f, 1.0f);
    vp->busyness = sim_clamp(base->people[p].busyness + d.busyness + m.busyness, 0.0f, 1.0f);
    vp->talks_a_lot = hard && p == s->variety.talker;
    vp->hard_to_read = hard && p == s->variety.unreadable;
  }
}

void sim_variety_build(SimSession *s) {
  const SimScenario *base = s->base;
  SimVariety *vr = &s->variety;
  uint64_t seed = s->seed;
  SimScenario *v = &s->view;
  *v = *base;
  memset(vr, 0, sizeof *vr);
  vr->layout = base->layout_count > 0 ? (int)pick(seed, K_LAYOUT, 0, 0, base->layout_count) : -1;
  v->layout = (int8_t)vr->layout;
  vr->talker = vr->unreadable = -1;
  for (int p = 0; p < base->person_count; p++) {
    const SimPerson *bp = &base->people[p];
    SimPerson *vp = &v->people[p];
    /* More nodes than the validator allows: the person is played as written (the view
     * keeps pointing at the original nodes), so no read goes past the session's copy. */
    int nn = (bp->nodes && bp->node_count <= SIM_MAX_NODES) ? bp->node_count : 0;
    if (nn > 0) {
      memcpy(s->nodes[p], bp->nodes, (size_t)nn * sizeof(SimNode));
      vp->nodes = s->nodes[p];
    }
    for (int n = 0; n < nn; n++) {
      SimNode *node = &s->nodes[p][n];
      uint32_t k = node->alt_count ? pick(seed, K_LINE, (uint32_t)p, (uint32_t)n, node->alt_count + 1u) : 0;
      if (k > 0 && node->alt[k - 1]) node->line = node->alt[k - 1];
      vr->line[p][n] = (uint8_t)k;
    }
    vp->variant = -1;
    if (bp->variant_count > 0 && bp->variants) {
      int pickv = (int)pick(seed, K_VARIANT, (uint32_t)p, 0, bp->variant_count + 1u) - 1;
      vp->variant = (int8_t)pickv;
      if (pickv >= 0) {
        const SimPersonVariant *var = &bp->variants[pickv];
        if (var->need) vp->need = var->need;
        for (int f = 0; f < bp->fact_count && f < SIM_MAX_FACTS; f++)
          if (var->facts[f]) vp->facts[f].text = var->facts[f];
        for (int i = 0; i < var->line_count; i++) {
          int n = var->lines[i].node;
          if (n < 0 || n >= nn || !var->lines[i].line) continue;
          s->nodes[p][n].line = var->lines[i].line;
          vr->line[p][n] = 0xFF; /* the variant's own wording, not one of the node's lines */
        }
      }
    }
    vr->variant[p] = vp->variant;
    if (vp->followup.reference_fact >= 0 && vp->followup.reference_fact < vp->fact_count)
      vp->followup.reference = vp->facts[vp->followup.reference_fact].text;
    vp->mood = bp->mood_count ? bp->moods[pick(seed, K_MOOD, (uint32_t)p, 0, bp->mood_count)] : SIM_PMOOD_NONE;
    if (vp->mood >= SIM_PMOOD_COUNT) vp->mood = SIM_PMOOD_NONE;
    vr->mood[p] = vp->mood;
    vp->absent = false;
  }
  if (vr->layout >= 0 && base->layouts) {
    const SimLayout *l = &base->layouts[vr->layout];
    for (int p = 0; p < base->person_count; p++) {
      v->people[p].absent = (l->absent >> p) & 1u;
      if (v->people[p].absent) v->people[p].group = -1; /* nobody stands with someone not there */
    }
    for (int i = 0; i < l->place_count; i++) {
      const SimPlacement *pl = &l->places[i];
      if (pl->person < 0 || pl->person >= base->person_count) continue;
      SimPerson *vp = &v->people[pl->person];
      vp->zone = pl->zone, vp->x = pl->x, vp->y = pl->y, vp->group = pl->group;
    }
  }
  /* Closed circles (challenging): each group closed or not by the seed, at least one when
   * there are groups, so that "challenging" always has a circle to find a way into. */
  uint16_t groups = 0;
  int present[SIM_MAX_PEOPLE], np = 0;
  for (int p = 0; p < base->person_count; p++) {
    if (v->people[p].absent) continue;
    present[np++] = p;
    if (v->people[p].group >= 0 && v->people[p].group < 16) groups |= (uint16_t)(1u << v->people[p].group);
  }
  for (int g = 0; g < 16; g++)
    if (((groups >> g) & 1u) && pick(seed, K_CLOSED, 0, (uint32_t)g, 2) == 0) vr->closed_groups |= (uint16_t)(1u << g);
  if (groups && !vr->closed_groups) {
    int first = 0;
    while (!((groups >> first) & 1u)) first++;
    vr->closed_groups = (uint16_t)(1u << first);
  }
  if (np > 0) vr->talker = present[pick(seed, K_TALKER, 0, 0, (uint32_t)np)];
  if (np > 1) {
    int k = (int)pick(seed, K_UNREADABLE, 0, 0, (uint32_t)(np - 1));
    int who = present[k];
    if (who == vr->talker) who = present[np - 1];
    vr->unreadable = who;
  }
  sim_variety_apply(s);
}

void sim_session_scenario_changed(SimSession *s) {
  if (s) sim_variety_build(s);
}

/* ---- the session's difficulty ---- */

int sim_session_set_difficulty(SimSession *s, SimDifficulty d) {
  if (!s || d < 0 || d >= SIM_DIFFICULTY_COUNT) return SIM_ERR_ARG;
  if (d == s->difficulty) return SIM_OK;
  if (s->log_count > 0) {
    SimLogEntry *e = sim_log_push(s, SIM_LOG_DIFFICULTY, -1);
    if (!e) return SIM_ERR_FULL;
    e->choice = (int16_t)d;
    if (!s->event_over) s->difficulty_mixed = true;
    s->difficulty = d;
    sim_variety_apply(s);
    sim_log_commit(s, e);
    return SIM_OK;
  }
  /* Before anything happened: as if the session had started at this difficulty. */
  s->difficulty = d;
  s->settings.difficulty = d;
  sim_variety_apply(s);
  return SIM_OK;
}

SimDifficulty sim_session_difficulty(const SimSession *s) { return s ? s->difficulty : SIM_DIFFICULTY_STANDARD; }
bool sim_session_difficulty_mixed(const SimSession *s) { return s && s->difficulty_mixed; }
const char *sim_session_difficulty_played(const SimSession *s) {
  if (!s) return sim_difficulty_name(SIM_DIFFICULTY_STANDARD);
  return s->difficulty_mixed ? "mixed" : sim_difficulty_name(s->difficulty);
}

bool sim_session_person_present(const SimSession *s, int person) {
  return s && person >= 0 && person < s->sc->person_count && !s->sc->people[person].absent;
}

const SimVariety *sim_session_variety(const SimSession *s) { return s ? &s->variety : NULL; }

/* ---- coverage of variants ---- */

void sim_variety_coverage_add(SimCoverage *cov, const SimSession *s) {
  const SimScenario *sc = s->sc;
  const SimVariety *vr = &s->variety;
  if (vr->layout >= 0 && vr->layout < 8) cov->layouts |= (uint8_t)(1u << vr->layout);
  for (int p = 0; p < sc->person_count; p++) {
    uint32_t seen = s->visited[p];
    if (!seen) continue;
    for (int n = 0; n < sc->people[p].node_count && n < SIM_MAX_NODES; n++)
      if (((seen >> n) & 1u) && vr->line[p][n] != 0xFF && vr->line[p][n] < 8)
        cov->lines[p][n] |= (uint8_t)(1u << vr->line[p][n]);
    cov->variants[p] |= (uint8_t)(vr->variant[p] < 0 ? 0x80u : (1u << vr->variant[p]));
    if (vr->mood[p] < 8) cov->moods[p] |= (uint8_t)(1u << vr->mood[p]);
  }
}

int sim_coverage_variants_missing(const SimCoverage *cov, const SimScenario *sc, int *total) {
  int missing = 0, all = 0;
  if (!cov || !sc) {
    if (total) *total = 0;
    return 0;
  }
  for (int l = 0; l < sc->layout_count && l < 8; l++) all++, missing += !((cov->layouts >> l) & 1u);
  for (int p = 0; p < sc->person_count; p++) {
    const SimPerson *pp = &sc->people[p];
    for (int n = 0; n < pp->node_count && n < SIM_MAX_NODES; n++) {
      if (!pp->nodes[n].alt_count) continue;
      for (int k = 0; k <= pp->nodes[n].alt_count; k++) all++, missing += !((cov->lines[p][n] >> k) & 1u);
    }
    if (pp->variant_count) {
      all++, missing += !(cov->variants[p] & 0x80u);
      for (int k = 0; k < pp->variant_count && k < 7; k++) all++, missing += !((cov->variants[p] >> k) & 1u);
    }
    for (int k = 0; k < pp->mood_count; k++) {
      int m = pp->moods[k];
      bool dup = false;
      for (int j = 0; j < k; j++) dup = dup || pp->moods[j] == m;
      if (!dup) all++, missing += !((cov->moods[p] >> m) & 1u);
    }
  }
  if (total) *total = all;
  return missing;
}
