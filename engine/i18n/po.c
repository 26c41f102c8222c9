/* po.c — reads a gettext PO file into a catalogue: entries keyed by msgctxt (Rapport's
 * stable line id), each with its English msgid, plural msgid, msgstr forms and the fuzzy
 * flag. Obsolete (#~) entries and comments are skipped. A translation file is untrusted:
 * every string must be valid UTF-8 and every error names the file and line.
 * Depends on the C library only.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n/i18n_internal.h"

/* A PO file larger than this is not a translation of Rapport. */
#define PO_MAX_BYTES (16u * 1024u * 1024u)

typedef enum Field { F_NONE, F_CTXT, F_ID, F_PLURAL, F_STR } Field;

typedef struct Builder {
  const char *name;
  int line;
  char *msg;
  size_t msglen;
  I18nCatalog *cat;
  /* The entry being read. */
  I18nBuf ctxt, id, plural, str[I18N_MAX_PLURALS];
  bool has_id, fuzzy, any;
  int str_count;
  Field field;
  int str_index;
  int entry_line;
} Builder;

static I18nStatus failf(Builder *b, const char *fmt, ...) {
  char what[256];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(what, sizeof what, fmt, ap);
  va_end(ap);
  snprintf(b->msg, b->msglen, "%s:%d: %s", b->name, b->line, what);
  return I18N_ERR_SYNTAX;
}

static bool buf_append(I18nBuf *buf, const char *s, size_t n) {
  if (buf->len + n + 1 > buf->cap) {
    size_t cap = buf->cap ? buf->cap * 2 : 64;
    while (cap < buf->len + n + 1) cap *= 2;
    char *grown = realloc(buf->text, cap);
    if (!grown) return false;
    buf->text = grown;
    buf->cap = cap;
  }
  memcpy(buf->text + buf->len, s, n);
  buf->len += n;
  buf->text[buf->len] = '\0';
  return true;
}

static void buf_reset(I18nBuf *buf) {
  buf->len = 0;
  if (buf->text) buf->text[0] = '\0';
}

static void reset_entry(Builder *b) {
  buf_reset(&b->ctxt);
  buf_reset(&b->id);
  buf_reset(&b->plural);
  for (int i = 0; i < I18N_MAX_PLURALS; i++) buf_reset(&b->str[i]);
  b->has_id = b->fuzzy = b->any = false;
  b->str_count = 0;
  b->field = F_NONE;
}

static I18nStatus finish_entry(Builder *b) {
  if (!b->any) return I18N_OK;
  if (!b->has_id) return failf(b, "an entry without msgid (entry from line %d)", b->entry_line);
  if (b->str_count == 0) return failf(b, "msgid without msgstr (entry from line %d)", b->entry_line);
  const char *ctxt = b->ctxt.text ? b->ctxt.text : "";
  const char *id = b->id.text ? b->id.text : "";
  I18nStatus st = I18N_OK;
  if (!*ctxt && !*id) {
    st = i18n_catalog_set_header(b->cat, b->str[0].text ? b->str[0].text : "", b->msg, b->msglen);
    if (st != I18N_OK) {
      char why[200];
      snprintf(why, sizeof why, "%s", b->msg);
      st = failf(b, "the header: %s", why);
    }
  } else if (!*ctxt) {
    /* Rapport looks translations up by id; an entry without one could never be used. */
    st = failf(b, "the entry for \"%.40s\" has no msgctxt (its line id)", id);
  } else {
    const char *forms[I18N_MAX_PLURALS];
    for (int i = 0; i < b->str_count; i++) forms[i] = b->str[i].text ? b->str[i].text : "";
    int added = i18n_catalog_add(b->cat, ctxt, id, b->plural.len ? b->plural.text : NULL, forms,
                                 b->str_count, b->fuzzy, b->entry_line);
    if (added < 0) st = failf(b, "out of memory");
  }
  reset_entry(b);
  return st;
}

/* Appends the decoded contents of the quoted string at *p to buf. */
static I18nStatus read_quoted(Builder *b, const char *p, const char *end, I18nBuf *buf) {
  while (p < end && (*p == ' ' || *p == '\t')) p++;
  if (p >= end || *p != '"') return failf(b, "expected a quoted string");
  p++;
  while (p < end && *p != '"') {
    char c = *p++;
    if (c == '\\') {
      if (p >= end) break;
      char e = *p++;
      switch (e) {
      case 'n': c = '\n'; break;
      case 't': c = '\t'; break;
      case 'r': c = '\r'; break;
      case '"': c = '"'; break;
      case '\\': c = '\\'; break;
      default: return failf(b, "unknown escape \\%c in a string", e);
      }
    }
    if (!buf_append(buf, &c, 1)) return failf(b, "out of memory");
  }
  if (p >= end) return failf(b, "unterminated string");
  p++;
  while (p < end && (*p == ' ' || *p == '\t' || *p == '\r')) p++;
  if (p < end) return failf(b, "unexpected text after a string");
  if (!buf->text && !buf_append(buf, "", 0)) return failf(b, "out of memory");
  return I18N_OK;
}

static bool starts(const char *p, const char *end, const char *word) {
  size_t n = strlen(word);
  return (size_t)(end - p) >= n && memcmp(p, word, n) == 0 &&
         ((size_t)(end - p) == n || p[n] == ' ' || p[n] == '\t' || p[n] == '[');
}

static I18nBuf *field_buf(Builder *b) {
  switch (b->field) {
  case F_CTXT: return &b->ctxt;
  case F_ID: return &b->id;
  case F_PLURAL: return &b->plural;
  case F_STR: return &b->str[b->str_index];
  case F_NONE: break;
  }
  return NULL;
}

static I18nStatus read_line(Builder *b, const char *p, const char *end) {
  while (p < end && (*p == ' ' || *p == '\t')) p++;
  if (p == end || *p == '\r') return I18N_OK;
  if (*p == '#') {
    if (end - p >= 2 && p[1] == '~') return I18N_OK; /* obsolete entry */
    if (end - p >= 2 && p[1] == ',') {
      /* Flags belong to the entry that follows; they start a new one. */
      if (b->has_id && b->str_count) {
        I18nStatus st = finish_entry(b);
        if (st != I18N_OK) return st;
      }
      const char *flag = p + 2;
      size_t n = (size_t)(end - flag);
      for (const char *f = flag; f + 5 <= flag + n; f++)
        if (memcmp(f, "fuzzy", 5) == 0) b->fuzzy = true;
      if (!b->any) b->entry_line = b->line;
      b->any = true;
    }
    return I18N_OK;
  }
  if (*p == '"') {
    I18nBuf *buf = field_buf(b);
    if (!buf) return failf(b, "a string that continues nothing");
    return read_quoted(b, p, end, buf);
  }
  /* A keyword after a complete entry starts the next one. */
  bool starts_entry = starts(p, end, "msgctxt") || (starts(p, end, "msgid") && b->field != F_CTXT);
  if (starts_entry && b->has_id) {
    I18nStatus st = finish_entry(b);
    if (st != I18N_OK) return st;
  }
  if (!b->any) b->entry_line = b->line;
  b->any = true;
  if (starts(p, end, "msgctxt")) {
    b->field = F_CTXT;
    return read_quoted(b, p + 7, end, &b->ctxt);
  }
  if (starts(p, end, "msgid_plural")) {
    if (!b->has_id) return failf(b, "msgid_plural before msgid");
    b->field = F_PLURAL;
    return read_quoted(b, p + 12, end, &b->plural);
  }
  if (starts(p, end, "msgid")) {
    b->field = F_ID;
    b->has_id = true;
    return read_quoted(b, p + 5, end, &b->id);
  }
  if (starts(p, end, "msgstr")) {
    if (!b->has_id) return failf(b, "msgstr before msgid");
    int index = 0;
    const char *q = p + 6;
    if (q < end && *q == '[') {
      char *stop = NULL;
      long v = strtol(q + 1, &stop, 10);
      if (stop == q + 1 || stop >= end || *stop != ']' || v < 0 || v >= I18N_MAX_PLURALS)
        return failf(b, "msgstr[N] needs N from 0 to %d", I18N_MAX_PLURALS - 1);
      index = (int)v;
      q = stop + 1;
    }
    if (index != b->str_count) return failf(b, "msgstr[%d] out of order", index);
    b->field = F_STR;
    b->str_index = index;
    b->str_count++;
    return read_quoted(b, q, end, &b->str[index]);
  }
  return failf(b, "unknown keyword (expected msgctxt, msgid, msgid_plural or msgstr)");
}

I18nStatus i18n_catalog_parse(const char *text, size_t len, const char *name, I18nCatalog **out,
                              char *msg, size_t msglen) {
  *out = NULL;
  Builder b = {.name = name, .msg = msg, .msglen = msglen};
  b.cat = i18n_catalog_new();
  if (!b.cat) {
    snprintf(msg, msglen, "%s: out of memory", name);
    return I18N_ERR_NOMEM;
  }
  I18nStatus st = I18N_OK;
  const char *p = text, *end = text + len;
  if (len >= 3 && memcmp(p, "\xEF\xBB\xBF", 3) == 0) p += 3; /* a BOM some editors add */
  while (p < end && st == I18N_OK) {
    const char *eol = memchr(p, '\n', (size_t)(end - p));
    const char *line_end = eol ? eol : end;
    b.line++;
    if (memchr(p, '\0', (size_t)(line_end - p))) st = failf(&b, "a NUL byte in the file");
    else st = read_line(&b, p, line_end);
    p = eol ? eol + 1 : end;
  }
  if (st == I18N_OK) st = finish_entry(&b);
  if (st == I18N_OK) st = i18n_catalog_seal(b.cat, b.name, msg, msglen);
  free(b.ctxt.text);
  free(b.id.text);
  free(b.plural.text);
  for (int i = 0; i < I18N_MAX_PLURALS; i++) free(b.str[i].text);
  if (st != I18N_OK) {
    i18n_catalog_free(b.cat);
    return st;
  }
  *out = b.cat;
  return I18N_OK;
}

I18nStatus i18n_catalog_load(const char *path, I18nCatalog **out, char *msg, size_t msglen) {
  *out = NULL;
  FILE *f = fopen(path, "rb");
  if (!f) {
    snprintf(msg, msglen, "%s: cannot open (%s)", path, strerror(errno));
    return I18N_ERR_IO;
  }
  char *text = NULL;
  size_t len = 0, cap = 0;
  I18nStatus st = I18N_OK;
  for (;;) {
    if (len + 4096 > cap) {
      cap = cap ? cap * 2 : 65536;
      if (cap > PO_MAX_BYTES + 4096) {
        snprintf(msg, msglen, "%s: larger than %u MB, not a translation file", path,
                 PO_MAX_BYTES / (1024u * 1024u));
        st = I18N_ERR_IO;
        break;
      }
      char *grown = realloc(text, cap);
      if (!grown) {
        snprintf(msg, msglen, "%s: out of memory", path);
        st = I18N_ERR_NOMEM;
        break;
      }
      text = grown;
    }
    size_t got = fread(text + len, 1, cap - len, f);
    len += got;
    if (got == 0) break;
  }
  if (st == I18N_OK && ferror(f)) {
    snprintf(msg, msglen, "%s: read error", path);
    st = I18N_ERR_IO;
  }
  fclose(f);
  if (st == I18N_OK) st = i18n_catalog_parse(text ? text : "", len, path, out, msg, msglen);
  free(text);
  return st;
}
