/* save_names.c — students' names as a teacher means them: trimmed, inner spaces collapsed,
 * decomposed Latin letters composed (a small NFC: "Zoe" + U+0308 becomes "Zoë"), and a
 * matching key that ignores case and accents on Latin letters ("zoe" matches "Zoë").
 * Only Latin letters (U+00C0..U+024F) are composed and folded; other scripts pass through.
 * Depends on the C library.
 */
#include <stdint.h>
#include <string.h>

#include "save/save_internal.h"

/* A precomposed Latin letter, its ASCII base and the combining mark (generated from
 * Python's unicodedata: every letter of U+00C0..U+024F that is base + one mark). */
typedef struct Composed { uint16_t cp; char base; uint16_t mark; } Composed;

static const Composed COMPOSED[] = {
  {0x00C0, 'A', 0x300}, {0x00C1, 'A', 0x301}, {0x00C2, 'A', 0x302}, {0x00C3, 'A', 0x303},
  {0x00C4, 'A', 0x308}, {0x00C5, 'A', 0x30A}, {0x00C7, 'C', 0x327}, {0x00C8, 'E', 0x300},
  {0x00C9, 'E', 0x301}, {0x00CA, 'E', 0x302}, {0x00CB, 'E', 0x308}, {0x00CC, 'I', 0x300},
  {0x00CD, 'I', 0x301}, {0x00CE, 'I', 0x302}, {0x00CF, 'I', 0x308}, {0x00D1, 'N', 0x303},
  {0x00D2, 'O', 0x300}, {0x00D3, 'O', 0x301}, {0x00D4, 'O', 0x302}, {0x00D5, 'O', 0x303},
  {0x00D6, 'O', 0x308}, {0x00D9, 'U', 0x300}, {0x00DA, 'U', 0x301}, {0x00DB, 'U', 0x302},
  {0x00DC, 'U', 0x308}, {0x00DD, 'Y', 0x301}, {0x00E0, 'a', 0x300}, {0x00E1, 'a', 0x301},
  {0x00E2, 'a', 0x302}, {0x00E3, 'a', 0x303}, {0x00E4, 'a', 0x308}, {0x00E5, 'a', 0x30A},
  {0x00E7, 'c', 0x327}, {0x00E8, 'e', 0x300}, {0x00E9, 'e', 0x301}, {0x00EA, 'e', 0x302},
  {0x00EB, 'e', 0x308}, {0x00EC, 'i', 0x300}, {0x00ED, 'i', 0x301}, {0x00EE, 'i', 0x302},
  {0x00EF, 'i', 0x308}, {0x00F1, 'n', 0x303}, {0x00F2, 'o', 0x300}, {0x00F3, 'o', 0x301},
  {0x00F4, 'o', 0x302}, {0x00F5, 'o', 0x303}, {0x00F6, 'o', 0x308}, {0x00F9, 'u', 0x300},
  {0x00FA, 'u', 0x301}, {0x00FB, 'u', 0x302}, {0x00FC, 'u', 0x308}, {0x00FD, 'y', 0x301},
  {0x00FF, 'y', 0x308}, {0x0100, 'A', 0x304}, {0x0101, 'a', 0x304}, {0x0102, 'A', 0x306},
  {0x0103, 'a', 0x306}, {0x0104, 'A', 0x328}, {0x0105, 'a', 0x328}, {0x0106, 'C', 0x301},
  {0x0107, 'c', 0x301}, {0x0108, 'C', 0x302}, {0x0109, 'c', 0x302}, {0x010A, 'C', 0x307},
  {0x010B, 'c', 0x307}, {0x010C, 'C', 0x30C}, {0x010D, 'c', 0x30C}, {0x010E, 'D', 0x30C},
  {0x010F, 'd', 0x30C}, {0x0112, 'E', 0x304}, {0x0113, 'e', 0x304}, {0x0114, 'E', 0x306},
  {0x0115, 'e', 0x306}, {0x0116, 'E', 0x307}, {0x0117, 'e', 0x307}, {0x0118, 'E', 0x328},
  {0x0119, 'e', 0x328}, {0x011A, 'E', 0x30C}, {0x011B, 'e', 0x30C}, {0x011C, 'G', 0x302},
  {0x011D, 'g', 0x302}, {0x011E, 'G', 0x306}, {0x011F, 'g', 0x306}, {0x0120, 'G', 0x307},
  {0x0121, 'g', 0x307}, {0x0122, 'G', 0x327}, {0x0123, 'g', 0x327}, {0x0124, 'H', 0x302},
  {0x0125, 'h', 0x302}, {0x0128, 'I', 0x303}, {0x0129, 'i', 0x303}, {0x012A, 'I', 0x304},
  {0x012B, 'i', 0x304}, {0x012C, 'I', 0x306}, {0x012D, 'i', 0x306}, {0x012E, 'I', 0x328},
  {0x012F, 'i', 0x328}, {0x0130, 'I', 0x307}, {0x0134, 'J', 0x302}, {0x0135, 'j', 0x302},
  {0x0136, 'K', 0x327}, {0x0137, 'k', 0x327}, {0x0139, 'L', 0x301}, {0x013A, 'l', 0x301},
  {0x013B, 'L', 0x327}, {0x013C, 'l', 0x327}, {0x013D, 'L', 0x30C}, {0x013E, 'l', 0x30C},
  {0x0143, 'N', 0x301}, {0x0144, 'n', 0x301}, {0x0145, 'N', 0x327}, {0x0146, 'n', 0x327},
  {0x0147, 'N', 0x30C}, {0x0148, 'n', 0x30C}, {0x014C, 'O', 0x304}, {0x014D, 'o', 0x304},
  {0x014E, 'O', 0x306}, {0x014F, 'o', 0x306}, {0x0150, 'O', 0x30B}, {0x0151, 'o', 0x30B},
  {0x0154, 'R', 0x301}, {0x0155, 'r', 0x301}, {0x0156, 'R', 0x327}, {0x0157, 'r', 0x327},
  {0x0158, 'R', 0x30C}, {0x0159, 'r', 0x30C}, {0x015A, 'S', 0x301}, {0x015B, 's', 0x301},
  {0x015C, 'S', 0x302}, {0x015D, 's', 0x302}, {0x015E, 'S', 0x327}, {0x015F, 's', 0x327},
  {0x0160, 'S', 0x30C}, {0x0161, 's', 0x30C}, {0x0162, 'T', 0x327}, {0x0163, 't', 0x327},
  {0x0164, 'T', 0x30C}, {0x0165, 't', 0x30C}, {0x0168, 'U', 0x303}, {0x0169, 'u', 0x303},
  {0x016A, 'U', 0x304}, {0x016B, 'u', 0x304}, {0x016C, 'U', 0x306}, {0x016D, 'u', 0x306},
  {0x016E, 'U', 0x30A}, {0x016F, 'u', 0x30A}, {0x0170, 'U', 0x30B}, {0x0171, 'u', 0x30B},
  {0x0172, 'U', 0x328}, {0x0173, 'u', 0x328}, {0x0174, 'W', 0x302}, {0x0175, 'w', 0x302},
  {0x0176, 'Y', 0x302}, {0x0177, 'y', 0x302}, {0x0178, 'Y', 0x308}, {0x0179, 'Z', 0x301},
  {0x017A, 'z', 0x301}, {0x017B, 'Z', 0x307}, {0x017C, 'z', 0x307}, {0x017D, 'Z', 0x30C},
  {0x017E, 'z', 0x30C}, {0x01A0, 'O', 0x31B}, {0x01A1, 'o', 0x31B}, {0x01AF, 'U', 0x31B},
  {0x01B0, 'u', 0x31B}, {0x01CD, 'A', 0x30C}, {0x01CE, 'a', 0x30C}, {0x01CF, 'I', 0x30C},
  {0x01D0, 'i', 0x30C}, {0x01D1, 'O', 0x30C}, {0x01D2, 'o', 0x30C}, {0x01D3, 'U', 0x30C},
  {0x01D4, 'u', 0x30C}, {0x01E6, 'G', 0x30C}, {0x01E7, 'g', 0x30C}, {0x01E8, 'K', 0x30C},
  {0x01E9, 'k', 0x30C}, {0x01EA, 'O', 0x328}, {0x01EB, 'o', 0x328}, {0x01F0, 'j', 0x30C},
  {0x01F4, 'G', 0x301}, {0x01F5, 'g', 0x301}, {0x01F8, 'N', 0x300}, {0x01F9, 'n', 0x300},
  {0x0200, 'A', 0x30F}, {0x0201, 'a', 0x30F}, {0x0202, 'A', 0x311}, {0x0203, 'a', 0x311},
  {0x0204, 'E', 0x30F}, {0x0205, 'e', 0x30F}, {0x0206, 'E', 0x311}, {0x0207, 'e', 0x311},
  {0x0208, 'I', 0x30F}, {0x0209, 'i', 0x30F}, {0x020A, 'I', 0x311}, {0x020B, 'i', 0x311},
  {0x020C, 'O', 0x30F}, {0x020D, 'o', 0x30F}, {0x020E, 'O', 0x311}, {0x020F, 'o', 0x311},
  {0x0210, 'R', 0x30F}, {0x0211, 'r', 0x30F}, {0x0212, 'R', 0x311}, {0x0213, 'r', 0x311},
  {0x0214, 'U', 0x30F}, {0x0215, 'u', 0x30F}, {0x0216, 'U', 0x311}, {0x0217, 'u', 0x311},
  {0x0218, 'S', 0x326}, {0x0219, 's', 0x326}, {0x021A, 'T', 0x326}, {0x021B, 't', 0x326},
  {0x021E, 'H', 0x30C}, {0x021F, 'h', 0x30C}, {0x0226, 'A', 0x307}, {0x0227, 'a', 0x307},
  {0x0228, 'E', 0x327}, {0x0229, 'e', 0x327}, {0x022E, 'O', 0x307}, {0x022F, 'o', 0x307},
  {0x0232, 'Y', 0x304}, {0x0233, 'y', 0x304},
};
enum { NCOMPOSED = sizeof COMPOSED / sizeof COMPOSED[0] };

/* Decodes one UTF-8 character at s; a byte that does not start a well-formed character
 * (stray, overlong, a surrogate, cut short) becomes U+FFFD, so what is written back is
 * always valid UTF-8 and never a C1 control. */
static uint32_t decode(const unsigned char *s, int *len) {
  unsigned char c = s[0];
  *len = 1;
  if (c < 0x80) return c;
  int n = (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 0;
  if (n == 0) return 0xFFFD;
  uint32_t cp = n == 2 ? c & 0x1Fu : n == 3 ? c & 0x0Fu : c & 0x07u;
  for (int i = 1; i < n; i++) {
    if ((s[i] & 0xC0) != 0x80) return 0xFFFD;
    cp = cp << 6 | (s[i] & 0x3Fu);
  }
  static const uint32_t least[5] = {0, 0, 0x80, 0x800, 0x10000};
  if (cp < least[n] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0xFFFD;
  *len = n;
  return cp;
}

/* Appends cp as UTF-8 to out (at *at, room for the NUL kept); false when it does not fit. */
static bool encode(uint32_t cp, char *out, size_t outlen, size_t *at) {
  unsigned char b[4];
  int n = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
  if (n == 1) b[0] = (unsigned char)cp;
  else if (n == 2) { b[0] = (unsigned char)(0xC0 | cp >> 6); b[1] = (unsigned char)(0x80 | (cp & 0x3F)); }
  else if (n == 3) {
    b[0] = (unsigned char)(0xE0 | cp >> 12);
    b[1] = (unsigned char)(0x80 | (cp >> 6 & 0x3F));
    b[2] = (unsigned char)(0x80 | (cp & 0x3F));
  } else {
    b[0] = (unsigned char)(0xF0 | cp >> 18);
    b[1] = (unsigned char)(0x80 | (cp >> 12 & 0x3F));
    b[2] = (unsigned char)(0x80 | (cp >> 6 & 0x3F));
    b[3] = (unsigned char)(0x80 | (cp & 0x3F));
  }
  if (*at + (size_t)n >= outlen) return false;
  memcpy(out + *at, b, (size_t)n);
  *at += (size_t)n;
  return true;
}

static bool is_space(uint32_t cp) {
  return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\v' || cp == '\f' ||
         cp == 0xA0 || cp == 0x2007 || cp == 0x202F || cp == 0x3000 ||
         (cp >= 0x2000 && cp <= 0x200A);
}

static bool is_mark(uint32_t cp) { return cp >= 0x300 && cp <= 0x36F; }

/* The precomposed letter for base + mark, or 0. */
static uint32_t compose(uint32_t base, uint32_t mark) {
  if (base >= 0x80) return 0;
  for (int i = 0; i < NCOMPOSED; i++)
    if (COMPOSED[i].base == (char)base && COMPOSED[i].mark == mark) return COMPOSED[i].cp;
  return 0;
}

bool save_name_normalise(const char *in, char *out, size_t outlen) {
  if (out == NULL || outlen == 0) return false;
  out[0] = '\0';
  if (in == NULL) return true;
  const unsigned char *p = (const unsigned char *)in;
  size_t at = 0, last_at = 0;
  uint32_t last = 0;   /* the previous character written (0 at the start or after a space) */
  bool pending_space = false, ok = true;
  while (*p && ok) {
    int len = 1;
    uint32_t cp = decode(p, &len);
    p += len;
    if (is_space(cp)) { pending_space = at > 0; last = 0; continue; }
    if (is_mark(cp) && last != 0) {
      uint32_t c = compose(last, cp);
      if (c != 0) {      /* replace the base letter just written by the composed one */
        at = last_at;
        ok = encode(c, out, outlen, &at);
        last = 0;
        continue;
      }
    }
    if (pending_space) ok = encode(' ', out, outlen, &at);
    pending_space = false;
    last_at = at;
    if (ok) ok = encode(cp, out, outlen, &at);
    last = cp;
  }
  out[at] = '\0';
  return ok;
}

/* The base letter of a Latin letter, lower case, as ASCII text (or NULL to keep it). */
static const char *fold_latin(uint32_t cp) {
  static const struct { uint16_t cp; const char *to; } special[] = {
    {0x00C6, "ae"}, {0x00E6, "ae"}, {0x00D8, "o"}, {0x00F8, "o"}, {0x00DF, "ss"},
    {0x00D0, "d"}, {0x00F0, "d"}, {0x00DE, "th"}, {0x00FE, "th"}, {0x0110, "d"},
    {0x0111, "d"}, {0x0141, "l"}, {0x0142, "l"}, {0x0152, "oe"}, {0x0153, "oe"},
    {0x0131, "i"}, {0x0126, "h"}, {0x0127, "h"}, {0x0166, "t"}, {0x0167, "t"},
  };
  static char one[2];
  if (cp < 0xC0 || cp > 0x24F) return NULL;
  for (size_t i = 0; i < sizeof special / sizeof special[0]; i++)
    if (special[i].cp == cp) return special[i].to;
  for (int i = 0; i < NCOMPOSED; i++)
    if (COMPOSED[i].cp == cp) {
      char b = COMPOSED[i].base;
      one[0] = (char)(b >= 'A' && b <= 'Z' ? b - 'A' + 'a' : b);
      one[1] = '\0';
      return one;
    }
  return NULL;
}

bool save_name_key(const char *in, char *out, size_t outlen) {
  char norm[4 * SAVE_NAME_MAX];
  if (out == NULL || outlen == 0) return false;
  bool ok = save_name_normalise(in, norm, sizeof norm);
  const unsigned char *p = (const unsigned char *)norm;
  size_t at = 0;
  while (*p && ok) {
    int len = 1;
    uint32_t cp = decode(p, &len);
    p += len;
    if (is_mark(cp)) continue;             /* a mark no letter here composes with */
    const char *f = fold_latin(cp);
    if (f != NULL) {
      for (; *f && ok; f++) ok = encode((unsigned char)*f, out, outlen, &at);
      continue;
    }
    if (cp >= 'A' && cp <= 'Z') cp += 'a' - 'A';
    ok = encode(cp, out, outlen, &at);
  }
  out[at] = '\0';
  return ok;
}
