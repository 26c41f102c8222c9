/* i18n_internal.h — the catalogue's layout and the builder calls po.c uses to fill it.
 * Private to engine/i18n.
 */
#ifndef RAPPORT_I18N_INTERNAL_H
#define RAPPORT_I18N_INTERNAL_H

#include "i18n/i18n.h"

typedef struct I18nBuf {
  char *text;
  size_t len, cap;
} I18nBuf;

typedef struct I18nEntry {
  char *id;                         /* msgctxt: the stable line id */
  char *source;                     /* msgid: the English it translates */
  char *source_plural;              /* msgid_plural, or NULL */
  char *forms[I18N_MAX_PLURALS];    /* msgstr / msgstr[i] */
  int form_count;
  bool fuzzy;
  bool unsafe;                      /* a form's printf conversions do not fit the English's */
  int line;                         /* where the entry starts, for messages */
} I18nEntry;

struct I18nCatalog {
  I18nEntry *entries;               /* sorted by id once sealed */
  size_t count, cap;
  size_t *by_source;                /* entry indices sorted by English text, for tables */
  I18nPlural *plural;               /* NULL: English's rule */
  char language[32];
};

I18nCatalog *i18n_catalog_new(void);

/* Adds an entry, copying every string. Returns 1 when added, -1 when out of memory.
 * Duplicate ids are found when the catalogue is sealed. */
int i18n_catalog_add(I18nCatalog *cat, const char *id, const char *source, const char *plural,
                     const char *const *forms, int form_count, bool fuzzy, int line);

/* Reads the header entry's msgstr ("Language: es\nPlural-Forms: ...\n"). */
I18nStatus i18n_catalog_set_header(I18nCatalog *cat, const char *header, char *msg, size_t msglen);

/* Sorts the entries for lookup and refuses duplicate ids and invalid UTF-8, naming the
 * line (messages start with `name`). */
I18nStatus i18n_catalog_seal(I18nCatalog *cat, const char *name, char *msg, size_t msglen);

/* True when `translation` may be used as a printf format in place of `source`: its
 * conversions, in order, take the same kinds of argument as the source's first ones (it may
 * use fewer). A mismatch ("%s" where the English has "%d") would read the wrong argument. */
bool i18n_format_fits(const char *source, const char *translation);

/* True when s is well-formed UTF-8 (no overlongs, surrogates or code points past U+10FFFF). */
bool i18n_utf8_valid(const char *s);

#endif
