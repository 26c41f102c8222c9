/* language.h — the learner's language: which translation the interface and the scenarios
 * are shown in (assets/i18n/<code>.po), chosen by --language, else the desktop's locale
 * (headless runs stay English so replays repeat). English needs no file.
 * Depends on engine/i18n.
 */
#ifndef RAPPORT_GAME_LANGUAGE_H
#define RAPPORT_GAME_LANGUAGE_H

#include <stdbool.h>
#include <stddef.h>

#include "i18n/i18n.h"

/* The language code of a locale value ("es_ES.UTF-8" -> "es", "C" -> "en"), into out.
 * False when the value is not a locale name (then out is "en"). */
bool game_language_from_locale(const char *locale, char *out, size_t outlen);

/* Loads <data_dir>/assets/i18n/<code>.po and makes it the interface's catalogue, freeing
 * *current. "en" (or "") uses English. On failure English stays in use, *current is
 * unchanged, and msg says why in words for the player. */
bool game_language_use(const char *data_dir, const char *code, I18nCatalog **current, char *msg,
                       size_t msglen);

#endif
