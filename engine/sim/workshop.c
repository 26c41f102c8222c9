/* workshop.c — encoding and decoding workshop codes (see workshop.h).
 * 35 bits travel in seven base-32 characters: format (2), scenario hash (10), seed (20),
 * introvert / clock / hints (3); an eighth character is the Luhn mod 32 check. The format
 * field carries the difficulty: 1 standard (every code made before difficulty existed was
 * format 1, so old codes read as standard and a standard code is unchanged), 2 gentle,
 * 3 challenging; 0 is kept for a future, longer code.
 * Pure C17: the C library only.
 */
#include "sim/workshop.h"

#include <stdio.h>
#include <string.h>
/* i18n-exempt-file: its messages reach people through engine/cli, which speaks English. */

#define WS_FORMAT_STANDARD 1u /* the format field of a standard code; + difficulty otherwise */
#define WS_DIFFICULTIES 3u    /* standard, gentle, challenging (SimDifficulty order) */
#define WS_DIGITS 7
#define WS_BASE 32u

static const char ALPHABET[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

static void set_err(char *err, size_t errlen, const char *text) {
  if (err != NULL && errlen > 0) snprintf(err, errlen, "%s", text);
}

/* The value of one typed character, or -1. */
static int char_value(char c) {
  if (c >= 'a' && c <= 'z') c = (char)(c - 'a' + 'A');
  if (c == 'O') c = '0';
  if (c == 'I' || c == 'L') c = '1';
  const char *p = c != '\0' ? strchr(ALPHABET, c) : NULL;
  return p != NULL ? (int)(p - ALPHABET) : -1;
}

/* Luhn mod N over values[0..n): the check value to append. */
static unsigned luhn_check(const unsigned *values, int n) {
  unsigned factor = 2, sum = 0;
  for (int i = n - 1; i >= 0; i--) {
    unsigned addend = factor * values[i];
    factor = factor == 2 ? 1 : 2;
    sum += addend / WS_BASE + addend % WS_BASE;
  }
  return (WS_BASE - sum % WS_BASE) % WS_BASE;
}

uint32_t sim_workshop_scenario_hash(const char *scenario_id) {
  uint32_t h = 2166136261u;
  for (const unsigned char *p = (const unsigned char *)(scenario_id ? scenario_id : ""); *p; p++) {
    h ^= *p;
    h *= 16777619u;
  }
  return (h ^ (h >> 10) ^ (h >> 20)) & ((1u << SIM_WORKSHOP_HASH_BITS) - 1u);
}

static void format_code(const unsigned *v, char *out) {
  for (int i = 0, k = 0; i <= WS_DIGITS; i++) {
    if (i == 4) out[k++] = '-';
    out[k++] = ALPHABET[v[i]];
    out[k] = '\0';
  }
}

SimWorkshopStatus sim_workshop_encode(const SimWorkshop *w, char *out, size_t outlen) {
  if (w == NULL || out == NULL || outlen < 10 || w->seed > SIM_WORKSHOP_SEED_MAX ||
      w->scenario_hash >= (1u << SIM_WORKSHOP_HASH_BITS) || w->difficulty >= WS_DIFFICULTIES)
    return SIM_WORKSHOP_BAD_ARG;
  uint64_t bits = (uint64_t)(WS_FORMAT_STANDARD + w->difficulty);
  bits = (bits << SIM_WORKSHOP_HASH_BITS) | w->scenario_hash;
  bits = (bits << 20) | w->seed;
  bits = (bits << 3) | (uint64_t)((w->introvert_practice ? 4u : 0u) | (w->clock_on ? 2u : 0u) |
                                  (w->hints_on ? 1u : 0u));
  unsigned v[WS_DIGITS + 1];
  for (int i = WS_DIGITS - 1; i >= 0; i--) {
    v[i] = (unsigned)(bits % WS_BASE);
    bits /= WS_BASE;
  }
  v[WS_DIGITS] = luhn_check(v, WS_DIGITS);
  format_code(v, out);
  return SIM_WORKSHOP_OK;
}

SimWorkshopStatus sim_workshop_decode(const char *code, SimWorkshop *out, char *canon,
                                      size_t canonlen, char *err, size_t errlen) {
  if (out != NULL) memset(out, 0, sizeof *out);
  if (canon != NULL && canonlen > 0) canon[0] = '\0';
  if (code == NULL || out == NULL || (canon != NULL && canonlen < 10)) {
    set_err(err, errlen, "No code was given.");
    return SIM_WORKSHOP_BAD_ARG;
  }
  unsigned v[WS_DIGITS + 1];
  int n = 0;
  for (const char *p = code; *p; p++) {
    if (*p == '-' || *p == ' ' || *p == '\t') continue;
    int value = char_value(*p);
    if (value < 0) {
      char text[96];
      snprintf(text, sizeof text, "'%c' is not used in workshop codes: check the code on the "
               "board.", (*p > 32 && *p < 127) ? *p : '?');
      set_err(err, errlen, text);
      return SIM_WORKSHOP_BAD_CHAR;
    }
    if (n == WS_DIGITS + 1) {
      set_err(err, errlen, "That code is too long: a workshop code has 8 letters and digits.");
      return SIM_WORKSHOP_BAD_LENGTH;
    }
    v[n++] = (unsigned)value;
  }
  if (n != WS_DIGITS + 1) {
    set_err(err, errlen, "That code is too short: a workshop code has 8 letters and digits.");
    return SIM_WORKSHOP_BAD_LENGTH;
  }
  if (luhn_check(v, WS_DIGITS) != v[WS_DIGITS]) {
    set_err(err, errlen, "That code has a typo somewhere: check each character against the "
            "board.");
    return SIM_WORKSHOP_BAD_CHECK;
  }
  uint64_t bits = 0;
  for (int i = 0; i < WS_DIGITS; i++) bits = bits * WS_BASE + v[i];
  unsigned flags = (unsigned)(bits & 7u);
  uint32_t seed = (uint32_t)((bits >> 3) & SIM_WORKSHOP_SEED_MAX);
  uint32_t hash = (uint32_t)((bits >> 23) & ((1u << SIM_WORKSHOP_HASH_BITS) - 1u));
  unsigned format = (unsigned)(bits >> 33);
  if (format < WS_FORMAT_STANDARD || format - WS_FORMAT_STANDARD >= WS_DIFFICULTIES) {
    set_err(err, errlen, "That code was made by a different version of Rapport: ask for a new "
            "code.");
    return SIM_WORKSHOP_BAD_VERSION;
  }
  out->scenario_hash = hash;
  out->seed = seed;
  out->introvert_practice = (flags & 4u) != 0;
  out->clock_on = (flags & 2u) != 0;
  out->hints_on = (flags & 1u) != 0;
  out->difficulty = (uint8_t)(format - WS_FORMAT_STANDARD);
  if (canon != NULL) format_code(v, canon);
  set_err(err, errlen, "");
  return SIM_WORKSHOP_OK;
}

int sim_workshop_find_scenario(const SimWorkshop *w, const char *const *ids, int count) {
  if (w == NULL || ids == NULL) return -1;
  int found = -1;
  for (int i = 0; i < count; i++) {
    if (ids[i] == NULL || sim_workshop_scenario_hash(ids[i]) != w->scenario_hash) continue;
    if (found >= 0) return -2;
    found = i;
  }
  return found;
}
