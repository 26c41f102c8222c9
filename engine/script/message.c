/* message.c — turning whatever a script produced into a message a person can read:
 * valid UTF-8 on one line, bounded in length, naming the file as the user named it.
 * Also the report that collects a validation's messages. C library only.
 */
#include "script/host.h"

#include <stdio.h>
#include <string.h>

/* Length of the valid UTF-8 sequence at s (n bytes left), or 0 when invalid. */
static size_t utf8_sequence(const unsigned char *s, size_t n) {
  unsigned c = s[0];
  if (c < 0x80) return 1;
  size_t len;
  unsigned cp;
  if (c >= 0xC2 && c <= 0xDF) len = 2, cp = c & 0x1F;
  else if (c >= 0xE0 && c <= 0xEF) len = 3, cp = c & 0x0F;
  else if (c >= 0xF0 && c <= 0xF4) len = 4, cp = c & 0x07;
  else return 0;
  if (n < len) return 0;
  for (size_t i = 1; i < len; i++) {
    if ((s[i] & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (s[i] & 0x3F);
  }
  if ((len == 3 && cp < 0x800) || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF))) return 0;
  if (cp >= 0xD800 && cp <= 0xDFFF) return 0;
  return len;
}

bool scr_utf8_valid(const char *s, size_t len) {
  const unsigned char *p = (const unsigned char *)s;
  size_t i = 0;
  while (i < len) {
    size_t k = utf8_sequence(p + i, len - i);
    if (k == 0 || (k == 1 && (p[i] < 0x20 || p[i] == 0x7F))) return false;
    i += k;
  }
  return true;
}

size_t scr_utf8_length(const char *s, size_t len) {
  size_t count = 0;
  for (size_t i = 0; i < len; i++)
    if (((unsigned char)s[i] & 0xC0) != 0x80) count++;
  return count;
}

typedef struct Writer {
  char *out;
  size_t cap, len; /* cap excludes the NUL */
  bool full;
} Writer;

static const char ELLIPSIS[] = "\xE2\x80\xA6";

static void put(Writer *w, const char *bytes, size_t n) {
  if (w->full) return;
  if (w->len + n + (sizeof ELLIPSIS - 1) > w->cap) {
    if (w->len + (sizeof ELLIPSIS - 1) <= w->cap) {
      memcpy(w->out + w->len, ELLIPSIS, sizeof ELLIPSIS - 1);
      w->len += sizeof ELLIPSIS - 1;
    }
    w->full = true;
    return;
  }
  memcpy(w->out + w->len, bytes, n);
  w->len += n;
}

/* Writes `in` as clean UTF-8; replaces SCR_CHUNK_TAG by `display` when display != NULL. */
static void put_clean(Writer *w, const char *in, size_t len, const char *display) {
  const unsigned char *p = (const unsigned char *)in;
  size_t tag = strlen(SCR_CHUNK_TAG);
  size_t i = 0;
  while (i < len && !w->full) {
    if (display && len - i >= tag && memcmp(in + i, SCR_CHUNK_TAG, tag) == 0) {
      put_clean(w, display, strlen(display), NULL);
      i += tag;
      continue;
    }
    size_t k = utf8_sequence(p + i, len - i);
    if (k == 0) {
      put(w, "\xEF\xBF\xBD", 3); /* U+FFFD */
      i++;
    } else if (k == 1 && (p[i] < 0x20 || p[i] == 0x7F)) {
      if (w->len == 0 || w->out[w->len - 1] != ' ') put(w, " ", 1);
      i++;
    } else {
      put(w, in + i, k);
      i += k;
    }
  }
}

void scr_sanitize(char *out, size_t outlen, const char *in, size_t len, const char *display) {
  if (!out || outlen == 0) return;
  Writer w = {out, outlen - 1, 0, false};
  if (in) put_clean(&w, in, len, display);
  while (w.len > 0 && out[w.len - 1] == ' ') w.len--;
  out[w.len] = '\0';
}

void scr_report_add_text(ScrReport *out, int line, const char *text) {
  if (!out) return;
  out->errors++;
  if (out->count >= SCR_REPORT_MAX) return;
  ScrMessage *m = &out->messages[out->count++];
  m->line = line;
  scr_sanitize(m->text, sizeof m->text, text, strlen(text), NULL);
}

void scr_report_add(ScrReport *out, const char *display, int line, const char *fmt, ...) {
  char msg[SCR_MESSAGE_MAX * 2];
  char full[SCR_MESSAGE_MAX * 3];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(msg, sizeof msg, fmt, ap);
  va_end(ap);
  if (line > 0)
    snprintf(full, sizeof full, "%s:%d: %s", display, line, msg);
  else
    snprintf(full, sizeof full, "%s: %s", display, msg);
  scr_report_add_text(out, line, full);
}
