/* cli_echo.c — cli_echo(): a printable, valid-UTF-8 copy of a command-line value for error
 * messages (invalid bytes -> U+FFFD, control characters -> '?', long values cut with "...").
 * Owns nothing; depends on the C library only.
 */
#include "cli/cli_echo.h"

#include <stdbool.h>
#include <string.h>

/* Length of the valid UTF-8 sequence at s (1..4), or 0 when the bytes there are invalid. */
static size_t utf8_valid_len(const unsigned char *s) {
  unsigned char c = s[0];
  if (c < 0x80) return 1;
  size_t len;
  unsigned long cp;
  if (c >= 0xC2 && c <= 0xDF) len = 2, cp = c & 0x1Fu;
  else if (c >= 0xE0 && c <= 0xEF) len = 3, cp = c & 0x0Fu;
  else if (c >= 0xF0 && c <= 0xF4) len = 4, cp = c & 0x07u;
  else return 0;
  for (size_t i = 1; i < len; i++) {
    if ((s[i] & 0xC0u) != 0x80u) return 0; /* also stops at the terminating NUL */
    cp = (cp << 6) | (s[i] & 0x3Fu);
  }
  if ((len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000)) return 0; /* overlong */
  if (cp >= 0xD800 && cp <= 0xDFFF) return 0;                          /* surrogate */
  if (cp > 0x10FFFF) return 0;
  return len;
}

/* Writes the echo of s into buf without exceeding limit bytes (no terminator); returns the
 * number of bytes the whole echo needs, so the caller can tell whether it was cut. */
static size_t echo_into(const unsigned char *p, char *buf, size_t limit, size_t *written) {
  static const char REPLACEMENT[] = "\xEF\xBF\xBD"; /* U+FFFD */
  size_t need = 0;
  bool full = false;
  *written = 0;
  while (*p) {
    size_t len = utf8_valid_len(p);
    const char *piece = (const char *)p;
    size_t piece_len = len, advance = len;
    if (len == 0) {
      piece = REPLACEMENT, piece_len = 3, advance = 1;
    } else if (len == 1 && (*p < 0x20 || *p == 0x7F)) {
      piece = "?";
    }
    if (!full && *written + piece_len <= limit) {
      memcpy(buf + *written, piece, piece_len);
      *written += piece_len;
    } else {
      full = true; /* never resume after a piece that did not fit */
    }
    need += piece_len;
    p += advance;
  }
  return need;
}

const char *cli_echo(const char *s, char *buf, size_t n) {
  if (!buf || n == 0) return buf;
  buf[0] = '\0';
  if (!s) return buf;
  size_t written;
  size_t need = echo_into((const unsigned char *)s, buf, n - 1, &written);
  if (need > n - 1 && n >= 4) {
    echo_into((const unsigned char *)s, buf, n - 4, &written);
    memcpy(buf + written, "...", 3);
    written += 3;
  }
  buf[written] = '\0';
  return buf;
}
