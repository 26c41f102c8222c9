/* catalog.c — the catalogue of one language: entries sorted by line id, the rule that a
 * translation is used only while it is current (not fuzzy, and written for today's English
 * text), plural lookup, and the one catalogue the interface reads through TR().
 * Depends on the C library only.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n/i18n_internal.h"

I18nCatalog *i18n_catalog_new(void) { return calloc(1, sizeof(I18nCatalog)); }

static char *dup_or_null(const char *s) {
  if (!s) return NULL;
  size_t n = strlen(s) + 1;
  char *copy = malloc(n);
  if (copy) memcpy(copy, s, n);
  return copy;
}

static void entry_free(I18nEntry *e) {
  free(e->id);
  free(e->source);
  free(e->source_plural);
  for (int i = 0; i < e->form_count; i++) free(e->forms[i]);
}

int i18n_catalog_add(I18nCatalog *cat, const char *id, const char *source, const char *plural,
                     const char *const *forms, int form_count, bool fuzzy, int line) {
  if (cat->count == cat->cap) {
    size_t cap = cat->cap ? cat->cap * 2 : 64;
    I18nEntry *grown = realloc(cat->entries, cap * sizeof *grown);
    if (!grown) return -1;
    cat->entries = grown;
    cat->cap = cap;
  }
  I18nEntry *e = &cat->entries[cat->count];
  memset(e, 0, sizeof *e);
  e->id = dup_or_null(id);
  e->source = dup_or_null(source);
  e->source_plural = dup_or_null(plural);
  e->fuzzy = fuzzy;
  e->line = line;
  bool ok = e->id && e->source && (!plural || e->source_plural);
  for (int i = 0; ok && i < form_count && i < I18N_MAX_PLURALS; i++) {
    e->forms[i] = dup_or_null(forms[i]);
    e->form_count = i + 1;
    ok = e->forms[i] != NULL;
  }
  if (!ok) {
    entry_free(e);
    return -1;
  }
  cat->count++;
  return 1;
}

static const char *header_field(const char *header, const char *key, char *out, size_t outlen) {
  size_t klen = strlen(key);
  for (const char *line = header; line && *line;) {
    const char *eol = strchr(line, '\n');
    size_t len = eol ? (size_t)(eol - line) : strlen(line);
    if (len > klen && strncmp(line, key, klen) == 0 && line[klen] == ':') {
      const char *v = line + klen + 1;
      while (*v == ' ') v++;
      size_t vlen = len - (size_t)(v - line);
      snprintf(out, outlen, "%.*s", (int)vlen, v);
      return out;
    }
    line = eol ? eol + 1 : NULL;
  }
  return NULL;
}

I18nStatus i18n_catalog_set_header(I18nCatalog *cat, const char *header, char *msg, size_t msglen) {
  char value[512];
  if (header_field(header, "Content-Type", value, sizeof value) && !strstr(value, "UTF-8") &&
      !strstr(value, "utf-8")) {
    snprintf(msg, msglen, "the file must be UTF-8 (Content-Type says \"%s\")", value);
    return I18N_ERR_SYNTAX;
  }
  if (header_field(header, "Language", value, sizeof value))
    snprintf(cat->language, sizeof cat->language, "%.31s", value);
  if (header_field(header, "Plural-Forms", value, sizeof value)) {
    I18nPlural *plural = i18n_plural_parse(value, msg, msglen);
    if (!plural) return I18N_ERR_SYNTAX;
    i18n_plural_free(cat->plural);
    cat->plural = plural;
  }
  return I18N_OK;
}

bool i18n_utf8_valid(const char *s) {
  const unsigned char *p = (const unsigned char *)s;
  while (*p) {
    uint32_t cp;
    int extra;
    if (*p < 0x80) { p++; continue; }
    if ((*p & 0xE0) == 0xC0) { cp = *p & 0x1F; extra = 1; }
    else if ((*p & 0xF0) == 0xE0) { cp = *p & 0x0F; extra = 2; }
    else if ((*p & 0xF8) == 0xF0) { cp = *p & 0x07; extra = 3; }
    else return false;
    p++;
    for (int i = 0; i < extra; i++, p++) {
      if ((*p & 0xC0) != 0x80) return false;
      cp = (cp << 6) | (*p & 0x3F);
    }
    static const uint32_t MIN[4] = {0, 0x80, 0x800, 0x10000};
    if (cp < MIN[extra] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return false;
  }
  return true;
}

/* The kinds of argument a printf format reads, in order, one letter each: 'i' int (also a
 * '*' width or precision), 'l'/'L'/'z'/'j'/'t' the long, long long and size types; 'u',
 * 'm'/'M'/'Z'/'J'/'T' their unsigned forms; 'f' double, 's' string, 'c' char, 'p' pointer.
 * %n is refused.
 * Returns the count, or -1 for a format the game never writes. */
static int format_args(const char *f, char *kinds, int max) {
  int n = 0;
  for (const char *p = f; *p; p++) {
    if (*p != '%') continue;
    p++;
    if (*p == '%') continue;
    while (*p && strchr("-+ #0'", *p)) p++;
    if (*p == '*') { if (n < max) kinds[n] = 'i'; n++; p++; }
    while (*p >= '0' && *p <= '9') p++;
    if (*p == '.') {
      p++;
      if (*p == '*') { if (n < max) kinds[n] = 'i'; n++; p++; }
      while (*p >= '0' && *p <= '9') p++;
    }
    char size = 0;
    if (*p == 'l' && p[1] == 'l') { size = 'L'; p += 2; }
    else if (*p && strchr("lzjt", *p)) size = *p++;
    else if (*p == 'h') { p++; if (*p == 'h') p++; }
    char conv = *p, kind;
    if (!conv) return -1;
    if (strchr("di", conv)) kind = size ? size : 'i';
    else if (strchr("uxXo", conv)) kind = size == 'l' ? 'm' : size == 'L' ? 'M' : size ? (char)(size - 32) : 'u';
    else if (strchr("fFeEgGaA", conv)) kind = 'f';
    else if (conv == 's') kind = 's';
    else if (conv == 'c') kind = 'c';
    else if (conv == 'p') kind = 'p';
    else return -1; /* %n and anything unknown */
    if (n < max) kinds[n] = kind;
    n++;
  }
  return n;
}

bool i18n_format_fits(const char *source, const char *translation) {
  char a[32], b[32];
  int na = format_args(source, a, 32), nb = format_args(translation, b, 32);
  if (nb < 0 || nb > 32) return false;
  if (nb == 0) return true;
  if (na < 0 || na > 32 || nb > na) return false;
  return memcmp(a, b, (size_t)nb) == 0;
}

static int by_id(const void *a, const void *b) {
  return strcmp(((const I18nEntry *)a)->id, ((const I18nEntry *)b)->id);
}

/* qsort has no context argument in C17; sealing happens on one thread at load. */
static const I18nCatalog *sort_catalog;

static int by_source_text(const void *a, const void *b) {
  const I18nEntry *x = &sort_catalog->entries[*(const size_t *)a];
  const I18nEntry *y = &sort_catalog->entries[*(const size_t *)b];
  int c = strcmp(x->source, y->source);
  if (c) return c;
  return strcmp(x->id, y->id); /* the same English under two ids: the first id wins */
}

I18nStatus i18n_catalog_seal(I18nCatalog *cat, const char *name, char *msg, size_t msglen) {
  for (size_t i = 0; i < cat->count; i++) {
    const I18nEntry *e = &cat->entries[i];
    bool valid = i18n_utf8_valid(e->id) && i18n_utf8_valid(e->source);
    for (int f = 0; valid && f < e->form_count; f++) valid = i18n_utf8_valid(e->forms[f]);
    if (!valid) {
      snprintf(msg, msglen, "%s:%d: the entry is not valid UTF-8", name, e->line);
      return I18N_ERR_SYNTAX;
    }
    /* A translation that would read the wrong arguments is never used (English instead). */
    I18nEntry *w = &cat->entries[i];
    for (int f = 0; f < w->form_count && !w->unsafe; f++)
      w->unsafe = !i18n_format_fits(w->source_plural && f > 0 ? w->source_plural : w->source, w->forms[f]) &&
                  !(w->source_plural && i18n_format_fits(w->source_plural, w->forms[f]));
  }
  if (cat->count > 1) qsort(cat->entries, cat->count, sizeof *cat->entries, by_id);
  if (cat->count) {
    cat->by_source = malloc(cat->count * sizeof *cat->by_source);
    if (!cat->by_source) {
      snprintf(msg, msglen, "%s: out of memory", name);
      return I18N_ERR_NOMEM;
    }
    for (size_t i = 0; i < cat->count; i++) cat->by_source[i] = i;
    sort_catalog = cat;
    qsort(cat->by_source, cat->count, sizeof *cat->by_source, by_source_text);
    sort_catalog = NULL;
  }
  for (size_t i = 1; i < cat->count; i++) {
    if (strcmp(cat->entries[i - 1].id, cat->entries[i].id) == 0) {
      int first = cat->entries[i - 1].line, second = cat->entries[i].line;
      snprintf(msg, msglen, "%s:%d: the id \"%.60s\" is already used at line %d", name,
               first > second ? first : second, cat->entries[i].id, first < second ? first : second);
      return I18N_ERR_SYNTAX;
    }
  }
  return I18N_OK;
}

void i18n_catalog_free(I18nCatalog *cat) {
  if (!cat) return;
  for (size_t i = 0; i < cat->count; i++) entry_free(&cat->entries[i]);
  free(cat->entries);
  free(cat->by_source);
  i18n_plural_free(cat->plural);
  free(cat);
}

const char *i18n_catalog_language(const I18nCatalog *cat) { return cat ? cat->language : ""; }

size_t i18n_catalog_count(const I18nCatalog *cat) { return cat ? cat->count : 0; }

const char *i18n_catalog_id_at(const I18nCatalog *cat, size_t index, int *line) {
  if (!cat || index >= cat->count) return NULL;
  if (line) *line = cat->entries[index].line;
  return cat->entries[index].id;
}

size_t i18n_catalog_unsafe(const I18nCatalog *cat, int *first_line) {
  size_t n = 0;
  int first = 0;
  for (size_t i = 0; cat && i < cat->count; i++)
    if (cat->entries[i].unsafe) {
      if (!first || cat->entries[i].line < first) first = cat->entries[i].line;
      n++;
    }
  if (first_line) *first_line = first;
  return n;
}

static const I18nEntry *find(const I18nCatalog *cat, const char *id) {
  if (!cat || !id || cat->count == 0) return NULL;
  I18nEntry key = {.id = (char *)id};
  return bsearch(&key, cat->entries, cat->count, sizeof *cat->entries, by_id);
}

/* A translation is current when a translator wrote it for today's English: not fuzzy, the
 * msgid still equal to the source, and not left empty. */
static const I18nEntry *current(const I18nCatalog *cat, const char *id, const char *source,
                                const char *source_plural) {
  const I18nEntry *e = find(cat, id);
  if (!e || e->fuzzy || e->unsafe || !source || strcmp(e->source, source) != 0) return NULL;
  if (source_plural && (!e->source_plural || strcmp(e->source_plural, source_plural) != 0))
    return NULL;
  if (e->form_count == 0 || e->forms[0][0] == '\0') return NULL;
  return e;
}

bool i18n_has_current(const I18nCatalog *cat, const char *id, const char *source) {
  return current(cat, id, source, NULL) != NULL;
}

const char *i18n_lookup(const I18nCatalog *cat, const char *id, const char *source) {
  const I18nEntry *e = current(cat, id, source, NULL);
  return e ? e->forms[0] : source;
}

const char *i18n_lookup_plural(const I18nCatalog *cat, const char *id, const char *one,
                               const char *other, unsigned long n) {
  const char *english = n == 1 ? one : other;
  const I18nEntry *e = current(cat, id, one, other);
  if (!e) return english;
  int form = i18n_plural_index(cat->plural, n);
  if (form < 0 || form >= e->form_count || e->forms[form][0] == '\0') return english;
  return e->forms[form];
}

const char *i18n_lookup_static(const I18nCatalog *cat, const char *source) {
  if (!cat || !cat->by_source || !source) return source;
  size_t lo = 0, hi = cat->count;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (strcmp(cat->entries[cat->by_source[mid]].source, source) < 0) lo = mid + 1;
    else hi = mid;
  }
  for (; lo < cat->count; lo++) {
    const I18nEntry *e = &cat->entries[cat->by_source[lo]];
    if (strcmp(e->source, source) != 0) break;
    if (!e->fuzzy && !e->unsafe && !e->source_plural && e->form_count > 0 && e->forms[0][0]) return e->forms[0];
  }
  return source;
}

/* The interface's catalogue: see i18n.h for why this one setter exists. */
static const I18nCatalog *active_catalog;

void i18n_use(const I18nCatalog *catalog) { active_catalog = catalog; }

const I18nCatalog *i18n_current(void) { return active_catalog; }

const char *i18n_text(const char *id, const char *source) {
  return i18n_lookup(active_catalog, id, source);
}

const char *i18n_text_static(const char *source) {
  return i18n_lookup_static(active_catalog, source);
}

const char *i18n_text_plural(const char *id, const char *one, const char *other, unsigned long n) {
  return i18n_lookup_plural(active_catalog, id, one, other, n);
}
