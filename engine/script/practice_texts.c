/* practice_texts.c — the practice data's player-facing words with stable line ids
 * (practice.h): each drill's title, set-up, join lines, walk-off line and hint
 * ("drill.opener.title"), and each checklist item's label and advice
 * ("checklist.name.label"). One walk serves `rapport i18n extract` and the translation at
 * load, as translate.c does for scenarios. Depends on sim/practice.h and engine/i18n.
 */
#include "script/practice.h"

#include <stdio.h>
#include <string.h>

/* Visits one field as "<group>.<name>.<part>" (or "<group>.<name>" without a part). */
static void field(char *text, size_t size, const char *note, ScrFieldVisitor visit, void *ctx,
                  const char *group, const char *name, const char *part) {
  if (!text[0]) return;
  char id[128];
  int n = part ? snprintf(id, sizeof id, "%s.%s.%s", group, name, part) : snprintf(id, sizeof id, "%s.%s", group, name);
  if (n < 0 || (size_t)n >= sizeof id) return; /* ids are short; a longer one cannot be stable */
  visit(ctx, id, text, size, note);
}

void scr_drill_texts(ScrDrill *drills, int count, ScrFieldVisitor visit, void *ctx) {
  if (!drills || !visit) return;
  for (int i = 0; i < count; i++) {
    ScrDrill *d = &drills[i];
    field(d->title, sizeof d->title, "A drill's name in the practice menu.", visit, ctx, "drill",
          d->id, "title");
    field(d->setup, sizeof d->setup, "The situation the drill sets up, shown before the first try.", visit,
          ctx, "drill", d->id, "setup");
    field(d->polite, sizeof d->polite, "What the player may do to join the group: the polite way.", visit,
          ctx, "drill", d->id, "polite");
    field(d->barge, sizeof d->barge, "What the player may do to join the group: cutting in.", visit, ctx,
          "drill", d->id, "barge");
    field(d->walk_off, sizeof d->walk_off, "An extra option: walking away without a word.", visit, ctx,
          "drill", d->id, "walk_off");
    field(d->hint, sizeof d->hint, "The hint shown with the first try.", visit, ctx, "drill", d->id,
          "hint");
  }
}

void scr_checklist_texts(SimCheckRules *rules, ScrFieldVisitor visit, void *ctx) {
  if (!rules || !visit) return;
  for (int i = 0; i < SIM_CHECK_ITEM_COUNT; i++) {
    const char *item = sim_check_item_name((SimCheckItem)i);
    field(rules->label[i], sizeof rules->label[i], "An item of the checklist for the player's own words "
          "(a few words, shown with a mark).", visit, ctx, "checklist", item, "label");
    field(rules->missing[i], sizeof rules->missing[i], "The checklist's advice when this item is missing from "
          "what the player wrote.", visit, ctx, "checklist", item, "missing");
  }
  field(rules->empty_note, sizeof rules->empty_note, "Shown while the player has written nothing yet.", visit,
        ctx, "checklist", "empty_note", NULL);
  field(rules->list_note, sizeof rules->list_note, "Shown when the player wrote a list of keywords, not "
        "sentences.", visit, ctx, "checklist", "keyword_list", "note");
}

typedef struct Translation {
  const I18nCatalog *catalog;
  int translated;
} Translation;

static void translate_one(void *ctx, const char *id, char *text, size_t size, const char *note) {
  (void)note;
  Translation *t = ctx;
  if (!i18n_has_current(t->catalog, id, text)) return;
  const char *to = i18n_lookup(t->catalog, id, text);
  if (strlen(to) >= size) return; /* too long for its field: the English stays, whole */
  memmove(text, to, strlen(to) + 1);
  t->translated++;
}

int scr_drills_translate(ScrDrill *drills, int count, const I18nCatalog *catalog) {
  if (!catalog) return 0;
  Translation t = {catalog, 0};
  scr_drill_texts(drills, count, translate_one, &t);
  return t.translated;
}

int scr_checklist_translate(SimCheckRules *rules, const I18nCatalog *catalog) {
  if (!catalog) return 0;
  Translation t = {catalog, 0};
  scr_checklist_texts(rules, translate_one, &t);
  return t.translated;
}
