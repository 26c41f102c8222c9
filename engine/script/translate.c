/* translate.c — walks a scenario's player-facing strings with their stable line ids, for
 * `rapport i18n extract` and for showing a scenario in the learner's language. The ids
 * come from the scenario's ids (people, nodes, choices, facts, zones), so they survive
 * edits to the English text; see docs/translating.md.
 * Depends on engine/sim and engine/i18n.
 */
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "script/translate.h"

typedef struct Walk {
  SimScenario *sc;
  ScrTextVisitor visit;
  void *ctx;
} Walk;

static void emit(Walk *w, const char **text, const char *note, int line, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));

static void emit(Walk *w, const char **text, const char *note, int line, const char *fmt, ...) {
  if (!*text || !**text) return;
  char id[256];
  va_list ap;
  va_start(ap, fmt);
  int n = vsnprintf(id, sizeof id, fmt, ap);
  va_end(ap);
  if (n < 0 || (size_t)n >= sizeof id) return; /* ids are short; a longer one cannot be stable */
  w->visit(w->ctx, id, text, note, line);
}

static void walk_person(Walk *w, SimPerson *p) {
  const char *sc = w->sc->id;
  char note[160];
  snprintf(note, sizeof note, "%s (%s at %s)", p->name ? p->name : p->id, p->role ? p->role : "",
           p->org ? p->org : "");
  emit(w, &p->role, "A person's job title, shown under their name.", p->line, "%s.%s.role", sc, p->id);
  emit(w, &p->need, "What this person wants from the evening, in a few words.", p->line,
       "%s.%s.need", sc, p->id);
  for (int i = 0; i < p->interest_count; i++)
    emit(w, &p->interests[i], "One of the person's interests (a few words).", p->line,
         "%s.%s.interest.%d", sc, p->id, i + 1);
  for (int i = 0; i < p->fact_count; i++)
    emit(w, &p->facts[i].text, "Something the person tells the player; follows their name "
         "(\"Maya ...\").", p->line, "%s.%s.fact.%s", sc, p->id, p->facts[i].id);
  for (int n = 0; n < p->node_count; n++) {
    SimNode *node = &p->nodes[n];
    emit(w, &node->line, note, node->line_no, "%s.%s.%s", sc, p->id, node->id);
    /* The seed's alternatives for the same moment (docs/scenarios.md, "Variants"). */
    for (int a = 0; a < node->alt_count; a++)
      emit(w, &node->alt[a], "Another way this person may say the line above on another evening.",
           node->line_no, "%s.%s.%s.alt%d", sc, p->id, node->id, a + 1);
    for (int c = 0; c < node->choice_count; c++) {
      SimChoice *ch = &node->choices[c];
      /* A choice without its own id is numbered within its node ("hello.2"). */
      size_t nlen = strlen(node->id);
      bool numbered = strncmp(ch->id, node->id, nlen) == 0 && ch->id[nlen] == '.';
      if (numbered)
        emit(w, &ch->text, "What the player says. {name} is the player's name.",
             ch->line ? ch->line : node->line_no, "%s.%s.%s", sc, p->id, ch->id);
      else
        emit(w, &ch->text, "What the player says. {name} is the player's name.",
             ch->line ? ch->line : node->line_no, "%s.%s.%s.%s", sc, p->id, node->id, ch->id);
    }
  }
  for (int v = 0; v < p->variant_count; v++) {
    SimPersonVariant *var = &p->variants[v];
    emit(w, &var->need, "This person's need on an evening when they are different (a variant).",
         var->line, "%s.%s.variant.%s.need", sc, p->id, var->id);
    for (int f = 0; f < p->fact_count && f < SIM_MAX_FACTS; f++)
      emit(w, &var->facts[f], "A fact as this variant of the person tells it; follows their name.",
           var->line, "%s.%s.variant.%s.fact.%s", sc, p->id, var->id, p->facts[f].id);
    for (int l = 0; l < var->line_count; l++) {
      int node = var->lines[l].node;
      if (node < 0 || node >= p->node_count) continue;
      emit(w, &var->lines[l].line, note, var->line, "%s.%s.variant.%s.%s", sc, p->id, var->id,
           p->nodes[node].id);
    }
  }
  SimFollowUp *f = &p->followup;
  emit(w, &f->reference, "A phrase the follow-up message can mention.", p->line,
       "%s.%s.followup.reference", sc, p->id);
  emit(w, &f->offer, "An offer of help the player can make in a message.", p->line,
       "%s.%s.followup.offer", sc, p->id);
  emit(w, &f->request, "A request the player can make in a message.", p->line,
       "%s.%s.followup.request", sc, p->id);
  emit(w, &f->reply_personal, "Their reply to a personal, timely message.", p->line,
       "%s.%s.followup.reply_personal", sc, p->id);
  emit(w, &f->reply_generic, "Their reply to a generic message.", p->line,
       "%s.%s.followup.reply_generic", sc, p->id);
  emit(w, &f->reply_late, "Their reply to a message sent weeks late.", p->line,
       "%s.%s.followup.reply_late", sc, p->id);
  for (int i = 0; i < p->maintenance_count; i++) {
    SimMaintenance *m = &p->maintenance[i];
    emit(w, &m->text, "A way to keep in touch in the weeks after.", p->line,
         "%s.%s.keep_in_touch.%d", sc, p->id, i + 1);
    emit(w, &m->reply, "Their answer to it.", p->line, "%s.%s.keep_in_touch.%d.reply", sc, p->id,
         i + 1);
  }
}

void scr_scenario_texts(SimScenario *sc, ScrTextVisitor visit, void *ctx) {
  if (!sc || !sc->id || !visit) return;
  Walk w = {sc, visit, ctx};
  emit(&w, &sc->title, "The scenario's name in the list.", 0, "%s.title", sc->id);
  emit(&w, &sc->summary, "The scenario's description in the list and the briefing.", 0,
       "%s.summary", sc->id);
  emit(&w, &sc->teaches, "What the scenario practises, in the briefing.", 0, "%s.teaches", sc->id);
  for (int i = 0; i < sc->zone_count; i++)
    emit(&w, &sc->zones[i].label, "A part of the room, labelled on the floor.", 0, "%s.zone.%s",
         sc->id, sc->zones[i].id);
  for (int i = 0; i < sc->openers.why_count; i++)
    emit(&w, &sc->openers.why[i], "Why the player came; follows \"Hi, I'm NAME — \".", 0,
         "%s.openers.why.%d", sc->id, i + 1);
  for (int i = 0; i < sc->openers.question_count; i++)
    emit(&w, &sc->openers.question[i], "A genuine question the player's opener can end with.", 0,
         "%s.openers.question.%d", sc->id, i + 1);
  for (int i = 0; i < sc->person_count; i++) walk_person(&w, &sc->people[i]);
}

typedef struct Translation {
  SimScenario *sc;
  const I18nCatalog *catalog;
  int translated;
  bool failed;
} Translation;

static void translate_one(void *ctx, const char *id, const char **text, const char *note, int line) {
  (void)note;
  (void)line;
  Translation *t = ctx;
  if (t->failed || !i18n_has_current(t->catalog, id, *text)) return;
  char *copy = sim_arena_strdup(t->sc->arena, i18n_lookup(t->catalog, id, *text));
  if (!copy) {
    t->failed = true;
    return;
  }
  *text = copy;
  t->translated++;
}

int scr_scenario_translate(SimScenario *sc, const I18nCatalog *catalog) {
  if (!sc || !catalog) return 0;
  Translation t = {sc, catalog, 0, false};
  scr_scenario_texts(sc, translate_one, &t);
  return t.failed ? -1 : t.translated;
}
