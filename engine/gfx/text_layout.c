/* text_layout.c — UTF-8 repair and word wrapping (see text_layout.h). No SDL. */
#include "gfx/text_layout.h"

#include <string.h>

int gfx_utf8_char_len(const char *s) {
  const unsigned char *u = (const unsigned char *)s;
  if (u[0] < 0x80) return 1;
  int n;
  unsigned min;
  unsigned cp;
  if ((u[0] & 0xE0) == 0xC0) { n = 2; min = 0x80; cp = u[0] & 0x1F; }
  else if ((u[0] & 0xF0) == 0xE0) { n = 3; min = 0x800; cp = u[0] & 0x0F; }
  else if ((u[0] & 0xF8) == 0xF0) { n = 4; min = 0x10000; cp = u[0] & 0x07; }
  else return 0;
  for (int i = 1; i < n; i++) {
    if ((u[i] & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (u[i] & 0x3F);
  }
  /* Overlong forms, surrogates and values past U+10FFFF are invalid. */
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
  return n;
}

bool gfx_utf8_valid(const char *s) {
  while (*s) {
    int n = gfx_utf8_char_len(s);
    if (n == 0) return false;
    s += n;
  }
  return true;
}

size_t gfx_utf8_sanitize(const char *src, char *dst, size_t cap) {
  static const char REPLACEMENT[] = "\xEF\xBF\xBD";
  size_t out = 0;
  if (cap == 0) return 0;
  while (*src) {
    int n = gfx_utf8_char_len(src);
    const char *piece = n ? src : REPLACEMENT;
    size_t plen = n ? (size_t)n : 3;
    if (out + plen + 1 > cap) break;
    memcpy(dst + out, piece, plen);
    out += plen;
    src += n ? n : 1;
  }
  dst[out] = '\0';
  return out;
}

static size_t next_char(const char *text, size_t i) {
  int n = gfx_utf8_char_len(text + i);
  return i + (n ? (size_t)n : 1);
}

int gfx_wrap(const char *text, int width, GfxMeasureFn measure, void *ctx, GfxLineSpan *lines,
             int max_lines) {
  int count = 0;
  size_t i = 0;
  size_t total = strlen(text);
  if (width < 1) width = 1;
  while (i <= total) {
    size_t line_start = i;
    size_t best_end = 0;      /* end of the last word that fit */
    size_t best_next = 0;     /* where the next line starts after it */
    bool have_break = false;
    size_t j = i;
    for (;;) {
      /* Extend to the end of the next word. */
      while (j < total && text[j] == ' ') j++;
      size_t word_end = j;
      while (word_end < total && text[word_end] != ' ' && text[word_end] != '\n')
        word_end = next_char(text, word_end);
      if (measure(ctx, text + line_start, word_end - line_start) <= width) {
        best_end = word_end;
        best_next = word_end;
        have_break = true;
        j = word_end;
        if (j >= total || text[j] == '\n') break;
        continue;
      }
      break;
    }
    size_t end, next;
    if (have_break && best_end > line_start) {
      end = best_end;
      next = best_next;
    } else {
      /* One word wider than the line: cut it on a character boundary. */
      size_t k = line_start;
      while (k < total && text[k] == ' ') k++;
      if (k >= total || text[k] == '\n') {
        end = next = k; /* an empty line */
        goto emit;
      }
      size_t cut = next_char(text, k); /* at least one character per line */
      while (cut < total && text[cut] != ' ' && text[cut] != '\n') {
        size_t nxt = next_char(text, cut);
        if (measure(ctx, text + line_start, nxt - line_start) > width) break;
        cut = nxt;
      }
      if (cut > total) cut = total;
      end = cut;
      next = cut;
    }
  emit:;
    /* Trim trailing spaces from the span. */
    size_t span_end = end;
    while (span_end > line_start && text[span_end - 1] == ' ') span_end--;
    if (count < max_lines) {
      lines[count].start = line_start;
      lines[count].len = span_end - line_start;
    }
    count++;
    i = next;
    while (i < total && text[i] == ' ') i++;
    if (i < total && text[i] == '\n') {
      i++;
      if (i == total) break; /* a trailing newline adds no empty line */
      continue;
    }
    if (i >= total) break;
  }
  return count;
}
