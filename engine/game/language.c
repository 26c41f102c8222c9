/* language.c — finding and switching the learner's language. A translation file that is
 * missing or broken never stops the game: it says so and stays in English.
 * The simulation's words (debrief cards, coach notes, skill names) follow the same choice
 * through sim/text.h's hook. Depends on engine/i18n, engine/sim and the C library.
 */
#include "game/language.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include "i18n/i18n.h"
#include "sim/text.h"

bool game_language_from_locale(const char *locale, char *out, size_t outlen) {
  snprintf(out, outlen, "en");
  if (!locale || !*locale) return false;
  if (strcmp(locale, "C") == 0 || strncmp(locale, "C.", 2) == 0 || strcmp(locale, "POSIX") == 0)
    return true;
  /* LANGUAGE may list several ("es:en"); the first is the learner's. */
  size_t n = 0;
  char code[8];
  while (locale[n] && isalpha((unsigned char)locale[n]) && n < sizeof code - 1) {
    code[n] = (char)tolower((unsigned char)locale[n]);
    n++;
  }
  code[n] = '\0';
  if (n < 2 || n > 3 || (locale[n] && !strchr("_.@:", locale[n]))) return false;
  snprintf(out, outlen, "%s", code);
  return true;
}

static bool plain_code(const char *code) {
  size_t n = strlen(code);
  if (n < 2 || n > 3) return false;
  for (size_t i = 0; i < n; i++)
    if (!islower((unsigned char)code[i])) return false;
  return true;
}

bool game_language_use(const char *data_dir, const char *code, I18nCatalog **current, char *msg,
                       size_t msglen) {
  msg[0] = '\0';
  /* engine/sim cannot read the catalogue itself (it stays pure): hand it the lookups. */
  sim_text_use(i18n_text, i18n_text_plural);
  if (!code || !*code || strcmp(code, "en") == 0) {
    i18n_use(NULL);
    i18n_catalog_free(*current);
    *current = NULL;
    return true;
  }
  if (!plain_code(code)) {
    snprintf(msg, msglen, TR("language.there_is_no_language_called", "There is no language called \"%.20s\"; Rapport stays in English."), code);
    return false;
  }
  char path[1200];
  snprintf(path, sizeof path, "%s/assets/i18n/%s.po", data_dir ? data_dir : ".", code);
  I18nCatalog *catalog = NULL;
  char why[512];
  if (i18n_catalog_load(path, &catalog, why, sizeof why) != I18N_OK) {
    snprintf(msg, msglen, TR("language.rapport_has_no_translation_it", "Rapport has no %s translation it can read (%s), so it stays in English."),
             code, why);
    return false;
  }
  i18n_use(catalog);
  i18n_catalog_free(*current);
  *current = catalog;
  return true;
}
