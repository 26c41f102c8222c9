/* clipboard.c — the system clipboard for text boxes (gfx.h): SDL's clipboard read and made
 * safe to put in a box — invalid UTF-8 shown as U+FFFD, control characters dropped, line
 * breaks kept only where the box has lines. SDL's dummy video driver keeps a clipboard of
 * its own, so headless tests and replays (`clipboard TEXT`) paste too.
 */
#include "gfx/gfx_internal.h"
#include "gfx/text_layout.h"

#include <string.h>

size_t gfx_paste_clean(const char *src, char *dst, size_t cap, bool multiline) {
  static const char REPLACEMENT[] = "\xEF\xBF\xBD";
  size_t need = 0, out = 0;
  bool fits = cap > 0;
  if (!src) src = "";
  while (*src) {
    const char *piece = src;
    size_t plen;
    int n = gfx_utf8_char_len(src);
    unsigned char c = (unsigned char)*src;
    if (n == 0) { /* a broken byte: shown, so the teacher sees where the text was damaged */
      piece = REPLACEMENT;
      plen = 3;
      src++;
    } else if (c == '\r' || c == '\n') { /* CR LF, CR and LF are one line break */
      src += (c == '\r' && src[1] == '\n') ? 2 : 1;
      piece = multiline ? "\n" : " ";
      plen = 1;
    } else if (c == '\t') { /* a spreadsheet's column break: the codes reader splits on it */
      src++;
      piece = multiline ? "\t" : " ";
      plen = 1;
    } else if (c < 0x20 || c == 0x7F) {
      src++;
      continue;
    } else {
      plen = (size_t)n;
      src += n;
    }
    if (fits && out + plen + 1 <= cap) {
      memcpy(dst + out, piece, plen);
      out += plen;
    } else {
      fits = false; /* never a character cut in two, nor one after a gap */
    }
    need += plen;
  }
  /* One line copied from a table cell often ends in a line break: not part of a name. */
  if (!multiline)
    while (need > 0 && out == need && dst[out - 1] == ' ') out--, need--;
  if (cap > 0) dst[out] = '\0';
  return need;
}

size_t gfx_clipboard_read(char *out, size_t outlen, bool multiline) {
  if (outlen > 0) out[0] = '\0';
  if (!SDL_HasClipboardText()) return 0;
  char *raw = SDL_GetClipboardText(); /* "" (never NULL in SDL 2) on failure */
  if (!raw) return 0;
  size_t need = gfx_paste_clean(raw, out, outlen, multiline);
  SDL_free(raw);
  return need;
}

bool gfx_clipboard_set(const char *text) { return SDL_SetClipboardText(text ? text : "") == 0; }
