/* i18n_scan.h — finding translatable strings in C source for `rapport i18n`: the marked
 * ones (TR, TRN, TR_NOOP, with their ids) and the bare literals that look player-facing.
 * Depends on the C library.
 */
#ifndef RAPPORT_CLI_I18N_SCAN_H
#define RAPPORT_CLI_I18N_SCAN_H

#include <stdbool.h>
#include <stddef.h>

#define CLI_I18N_TEXT_MAX 1024

typedef enum CliI18nKind {
  CLI_I18N_MARKED,       /* TR("id", "text"), TR_NOOP("id", "text") or TR_PAIR("id", "text") */
  CLI_I18N_PLURAL,       /* TRN("id", "one", "other", n) */
  CLI_I18N_BARE,         /* a literal outside TR that reads like words a player sees */
  CLI_I18N_NOT_LITERAL,  /* TR(...) whose arguments are not string literals */
} CliI18nKind;

typedef struct CliI18nString {
  const char *file;
  int line;
  CliI18nKind kind;
  char id[128];
  char text[CLI_I18N_TEXT_MAX];
  char plural[CLI_I18N_TEXT_MAX];
  char note[CLI_I18N_TEXT_MAX];  /* the TRANSLATORS: comment just before, or "" */
} CliI18nString;

typedef void (*CliI18nVisit)(void *ctx, const CliI18nString *s);

/* Calls `visit` for each marked string and each bare player-facing literal of the C source
 * `text` (named `file` in what it reports). Returns how many marked strings it found. */
int cli_i18n_scan(const char *file, const char *text, size_t len, CliI18nVisit visit, void *ctx);

/* The heuristic for a bare literal: words a player would read ("Play", "Talk to Maya"),
 * not keys ("title"), paths, SQL or lone formats. */
bool cli_i18n_looks_visible(const char *s);

#endif
