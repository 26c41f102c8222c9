/* text_layout.h — UTF-8 repair and word wrapping, independent of any font library.
 *
 * Wrapping takes a measuring callback so that it can be tested without SDL_ttf and
 * reused by any renderer. Pure C; no allocation.
 */
#ifndef RAPPORT_GFX_TEXT_LAYOUT_H
#define RAPPORT_GFX_TEXT_LAYOUT_H

#include <stdbool.h>
#include <stddef.h>

/* Copies `src` to `dst` (capacity `cap` ≥ 4), replacing each invalid UTF-8 sequence with
 * U+FFFD and truncating on a character boundary. Always NUL-terminates. Returns bytes
 * written (excluding the NUL). */
size_t gfx_utf8_sanitize(const char *src, char *dst, size_t cap);
/* True when `s` is entirely valid UTF-8. */
bool gfx_utf8_valid(const char *s);
/* Length in bytes of the valid UTF-8 character starting at s (1..4), or 0 if invalid. */
int gfx_utf8_char_len(const char *s);

/* Width in pixels of `len` bytes of `text`. */
typedef int (*GfxMeasureFn)(void *ctx, const char *text, size_t len);

typedef struct GfxLineSpan {
  size_t start, len; /* byte range in the source, trailing spaces excluded */
} GfxLineSpan;

/* Breaks `text` into lines no wider than `width`: at spaces where possible, inside a word
 * (on a character boundary) when one word alone is too wide, and at '\n'. Writes at most
 * `max_lines` spans and returns the number of lines the whole text needs. */
int gfx_wrap(const char *text, int width, GfxMeasureFn measure, void *ctx, GfxLineSpan *lines,
             int max_lines);

#endif
