/* cli_echo.c — cli_echo(): a printable, valid-UTF-8 copy of a command-line value for error
 * messages (invalid bytes -> U+FFFD, control characters -> '?', long values cut with "..."),
 * and cli_filter_output(): the one place every command's output is made safe for a terminal.
 * Depends on the C library and POSIX (write, isatty; glibc's fopencookie).
 */
#define _GNU_SOURCE /* fopencookie */
#include "cli/cli_echo.h"

#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

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

/* ---- Every byte a command prints goes through one filter ---- */

/* A text stream over file descriptor `fd` that shows control characters escaped (ESC as
 * "\x1b"), keeps newlines, tabs and CRLF line ends, and shows bytes that are not UTF-8 as
 * "\xNN": names, ids and messages that came from someone else's file can never retitle,
 * clear or recolour the terminal. A character cut between two writes is carried over. */
typedef struct CliFilter {
  int fd;
  unsigned char carry[4]; /* an unfinished UTF-8 sequence, or a CR waiting for its LF */
  size_t ncarry;
} CliFilter;

static bool put_all(int fd, const char *p, size_t n) {
  while (n > 0) {
    ssize_t w = write(fd, p, n);
    if (w < 0 && errno == EINTR) continue;
    if (w <= 0) return false;
    p += w;
    n -= (size_t)w;
  }
  return true;
}

/* Escapes `in` into out (at least 4*n+8 bytes); returns bytes written. `final`: the input
 * ends here, so an unfinished sequence is escaped rather than carried. */
size_t cli_escape_bytes(const unsigned char *in, size_t n, char *out, bool final, size_t *used) {
  static const char hex[] = "0123456789abcdef";
  size_t o = 0, i = 0;
  while (i < n) {
    unsigned char c = in[i];
    if (c == '\r' && i + 1 == n && !final) break;  /* wait: CRLF is a line end */
    if (c == '\n' || c == '\t' || (c == '\r' && i + 1 < n && in[i + 1] == '\n')) {
      out[o++] = (char)c;
      i++;
      continue;
    }
    size_t need = c < 0x80 ? 1 : c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3
                : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
    if (need > 1 && i + need > n && !final) {
      bool prefix_ok = true;  /* a sequence that may still be completed by the next write */
      for (size_t k = i + 1; k < n; k++) prefix_ok &= (in[k] & 0xC0) == 0x80;
      if (prefix_ok) break;
    }
    size_t len = need > 0 && i + need <= n ? utf8_valid_len(in + i) : 0;
    if (len > 1 && len == need && !(c == 0xC2 && in[i + 1] <= 0x9F)) {  /* not a C1 control */
      memcpy(out + o, in + i, len);
      o += len;
      i += len;
      continue;
    }
    if (len == 1 && c >= 0x20 && c != 0x7F) {
      out[o++] = (char)c;
      i++;
      continue;
    }
    out[o++] = '\\';
    out[o++] = 'x';
    out[o++] = hex[c >> 4];
    out[o++] = hex[c & 15];
    i++;
  }
  *used = i;
  return o;
}

static bool filter_out(CliFilter *f, const unsigned char *in, size_t n, bool final) {
  char out[4 * 512 + 16];
  while (n > 0 || (final && f->ncarry > 0)) {
    unsigned char chunk[512 + 4];
    size_t take = n < 512 ? n : 512;
    memcpy(chunk, f->carry, f->ncarry);
    memcpy(chunk + f->ncarry, in, take);
    size_t total = f->ncarry + take, used = 0;
    bool last = final && take == n;
    size_t o = cli_escape_bytes(chunk, total, out, last, &used);
    f->ncarry = total - used;  /* at most 3 bytes: an unfinished character or a lone CR */
    memcpy(f->carry, chunk + used, f->ncarry);
    in += take;
    n -= take;
    if (!put_all(f->fd, out, o)) return false;
    if (last) break;
  }
  return true;
}

static ssize_t filter_write(void *cookie, const char *buf, size_t size) {
  return filter_out(cookie, (const unsigned char *)buf, size, false) ? (ssize_t)size : -1;
}

static int filter_close(void *cookie) {
  CliFilter *f = cookie;
  bool ok = filter_out(f, (const unsigned char *)"", 0, true);
  free(f);
  return ok ? 0 : -1;
}

static FILE *filtered(FILE *orig, int mode) {
  CliFilter *f = calloc(1, sizeof *f);
  if (f == NULL) return orig;
  fflush(orig);
  f->fd = fileno(orig);
  cookie_io_functions_t io = {.write = filter_write, .close = filter_close};
  FILE *s = fopencookie(f, "w", io);
  if (s == NULL) {
    free(f);
    return orig;
  }
  setvbuf(s, NULL, mode, 0);
  return s;
}

/* The streams the filter replaced, put back at exit once the filtered ones are flushed and
 * closed (their state freed), so nothing printed later is lost. */
static FILE *original_out, *original_err;

static void unfilter(void) {
  if (original_out != NULL && stdout != original_out) {
    FILE *f = stdout;
    stdout = original_out;
    fclose(f);
  }
  if (original_err != NULL && stderr != original_err) {
    FILE *f = stderr;
    stderr = original_err;
    fclose(f);
  }
}

void cli_filter_output(void) {
  if (original_out != NULL) return;  /* once per process */
  original_out = stdout;
  original_err = stderr;
  stdout = filtered(stdout, isatty(STDOUT_FILENO) ? _IOLBF : _IOFBF);
  stderr = filtered(stderr, _IOLBF);
  atexit(unfilter);
}
