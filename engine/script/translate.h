/* translate.h — a scenario's player-facing text, each string with a stable line id built
 * from the scenario's own ids ("career_fair.maya_okafor.hello" is what Maya says at her
 * node "hello"; "career_fair.maya_okafor.hello.ask_study" is the player's choice
 * "ask_study" there). One walk serves both the extractor and the translation at load.
 * Depends on engine/sim and engine/i18n.
 */
#ifndef RAPPORT_SCRIPT_TRANSLATE_H
#define RAPPORT_SCRIPT_TRANSLATE_H

#include "i18n/i18n.h"
#include "sim/scenario.h"

/* One translatable string: its id, where its pointer lives (so a translation can replace
 * it), a note for translators and its line in the scenario file (0 when unknown). */
typedef void (*ScrTextVisitor)(void *ctx, const char *id, const char **text, const char *note,
                               int line);

/* Calls `visit` for every translatable string of the scenario, in a fixed order. Names of
 * people and organisations are not translated and not visited. */
void scr_scenario_texts(SimScenario *scenario, ScrTextVisitor visit, void *ctx);

/* Replaces every string that has a current translation in `catalog` with it (copied into
 * the scenario's arena). Returns how many were translated, or -1 when out of memory (the
 * scenario then keeps its English). A NULL catalog translates nothing. */
int scr_scenario_translate(SimScenario *scenario, const I18nCatalog *catalog);

#endif
