/* workshop_code.c — a workshop code to the shipped scenario it names (see script.h,
 * scr_workshop_scenario): the one resolver the game's classroom, the dashboard and the
 * `workshop` command share, under the one cap RAPPORT_MAX_SCENARIOS.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "config.h"
#include "script/script.h"
#include "sim/workshop.h"

ScrWorkshopStatus scr_workshop_scenario(const char *code, SimWorkshop *w, char *canon, char *id,
                                        size_t idlen, char *err, size_t errlen) {
  SimWorkshop local;
  SimWorkshop *ws = w ? w : &local;
  char spelled[SIM_WORKSHOP_CODE_MAX];
  char why[160] = "";
  if (id && idlen) id[0] = '\0';
  if (sim_workshop_decode(code ? code : "", ws, spelled, sizeof spelled, why, sizeof why) !=
      SIM_WORKSHOP_OK) {
    if (err && errlen) snprintf(err, errlen, "%s", why);
    return SCR_WORKSHOP_BAD_CODE;
  }
  if (canon) snprintf(canon, SIM_WORKSHOP_CODE_MAX, "%s", spelled);
  char (*ids)[64] = calloc(RAPPORT_MAX_SCENARIOS, sizeof *ids);
  const char **ptrs = calloc(RAPPORT_MAX_SCENARIOS, sizeof *ptrs);
  int k = -1, n = 0;
  if (ids && ptrs) {
    n = scr_list_scenarios(ids, RAPPORT_MAX_SCENARIOS);
    for (int i = 0; i < n; i++) ptrs[i] = ids[i];
    k = sim_workshop_find_scenario(ws, ptrs, n < 0 ? 0 : n);
  }
  if (k >= 0 && id && idlen) snprintf(id, idlen, "%s", ids[k]);
  free(ptrs);
  free(ids);
  if (k < 0) {
    if (err && errlen)
      snprintf(err, errlen, "Code %s is for a scenario this installation doesn't have.", spelled);
    return SCR_WORKSHOP_NO_SCENARIO;
  }
  return SCR_WORKSHOP_OK;
}
