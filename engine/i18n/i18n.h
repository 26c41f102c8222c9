/* i18n.h — translations by stable line id, read from gettext PO files.
 *
 * Every player-facing string has an id (the PO entry's msgctxt) and its English source
 * text (the msgid). A translation is used only when its entry is not fuzzy and its msgid
 * is still the current English text: a changed source line falls back to English until a
 * translator reviews it. Plural forms follow the PO header's Plural-Forms expression.
 * Depends on the C library only.
 */
#ifndef RAPPORT_I18N_H
#define RAPPORT_I18N_H

#include <stdbool.h>
#include <stddef.h>

typedef struct I18nCatalog I18nCatalog;

typedef enum I18nStatus { I18N_OK = 0, I18N_ERR_IO, I18N_ERR_SYNTAX, I18N_ERR_NOMEM } I18nStatus;

/* The most plural forms a language may declare (Arabic has six). */
#define I18N_MAX_PLURALS 6

/* Reads a PO file. On success *out owns the catalogue (free with i18n_catalog_free). On
 * failure *out is NULL and msg names the file and line ("es.po:12: unterminated string"). */
I18nStatus i18n_catalog_load(const char *path, I18nCatalog **out, char *msg, size_t msglen);

/* The same from text in memory; `name` is used in messages in place of a file name. */
I18nStatus i18n_catalog_parse(const char *text, size_t len, const char *name, I18nCatalog **out,
                              char *msg, size_t msglen);

void i18n_catalog_free(I18nCatalog *catalog);

/* The catalogue's language from its header ("es"), or "" when the header has none. */
const char *i18n_catalog_language(const I18nCatalog *catalog);

/* How many entries are never used because a form's printf conversions do not fit the
 * English's (a wrong "%s" would read the wrong argument); the first's line into *line. */
size_t i18n_catalog_unsafe(const I18nCatalog *catalog, int *first_line /* out, opt */);

/* How many entries the catalogue holds (0 for NULL). */
size_t i18n_catalog_count(const I18nCatalog *catalog);

/* The id of entry `index` (entries in id order) and its line in the file, or NULL past the
 * end: for tools that hold a translation against the source (`rapport i18n stats`). */
const char *i18n_catalog_id_at(const I18nCatalog *catalog, size_t index, int *line /* out, opt */);

/* The text to show for `id` whose English is `source`: the translation when there is a
 * current one, else `source` itself. Never NULL when source is not NULL. The returned
 * string lives as long as the catalogue (or is `source`). catalog may be NULL. */
const char *i18n_lookup(const I18nCatalog *catalog, const char *id, const char *source)
    __attribute__((format_arg(3)));

/* True when `id` has a current translation for `source` (what i18n_lookup would use). */
bool i18n_has_current(const I18nCatalog *catalog, const char *id, const char *source);

/* The plural form for n: the translation's form chosen by the header's plural expression,
 * or English's rule (one when n == 1, else other). */
const char *i18n_lookup_plural(const I18nCatalog *catalog, const char *id, const char *one,
                               const char *other, unsigned long n)
    __attribute__((format_arg(3))) __attribute__((format_arg(4)));

/* For a string from a static table marked TR_NOOP("id", "text"), where the id is not at
 * hand: the current translation whose English is `source` (the first by id when the same
 * English has several), else `source`. */
const char *i18n_lookup_static(const I18nCatalog *catalog, const char *source)
    __attribute__((format_arg(2)));

/* Plural-Forms expressions ("nplurals=3; plural=(n==1 ? 0 : n%10>=2 && ...);"). */
typedef struct I18nPlural I18nPlural;

/* Parses a Plural-Forms header value. On failure returns NULL and describes why in msg. */
I18nPlural *i18n_plural_parse(const char *header_value, char *msg, size_t msglen);
void i18n_plural_free(I18nPlural *plural);
int i18n_plural_count(const I18nPlural *plural);
/* The form index for n; always in [0, count). An index the expression puts out of range
 * (a translator's mistake) is reported as -1 so the caller falls back to English. */
int i18n_plural_index(const I18nPlural *plural, unsigned long n);

/* The catalogue the interface reads through TR()/TRN(). Set once by the game when the
 * language setting changes (the one process-wide setter of this module, like
 * scr_set_dirs): drawing code is called from everywhere and must not thread it through.
 * NULL means English. The caller keeps the catalogue alive while it is in use. */
void i18n_use(const I18nCatalog *catalog);
const I18nCatalog *i18n_current(void);

const char *i18n_text(const char *id, const char *source) __attribute__((format_arg(2)));
const char *i18n_text_static(const char *source) __attribute__((format_arg(1)));
const char *i18n_text_plural(const char *id, const char *one, const char *other, unsigned long n)
    __attribute__((format_arg(2))) __attribute__((format_arg(3)));

/* TR("title.play", "Play") marks a player-facing string with its stable id; `rapport i18n
 * extract` finds every use. TR_NOOP marks a string in a static table, which a function call
 * cannot initialise; where it is shown, i18n_text_static(text) translates it. The id and
 * the text must be string literals. */
#define TR(id, source) i18n_text(id, source)
#define TRN(id, one, other, n) i18n_text_plural(id, one, other, n)
#define TR_NOOP(id, source) (source)

#endif
