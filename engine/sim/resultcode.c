/* resultcode.c — results codes (resultcode.h): a session summary packed into 20 Crockford
 * base-32 characters, then 4 Reed-Solomon check characters over GF(32) computed over the
 * workshop code's 7 data characters, the 20 summary characters and the checks (31 symbols,
 * the longest RS code GF(32) allows; minimum distance 5). Why Reed-Solomon rather than a
 * sum: any 4 differing symbols — typos in the code, or differences in the workshop code —
 * are always caught, and a single typo can be pointed at from the syndromes.
 * Pure C17 (the C library only).
 */
#include "sim/resultcode.h"

#include <math.h>
#include <stdio.h>
#include <string.h>
/* i18n-exempt-file: its messages reach people through engine/cli and engine/save (English). */

#include "sim/workshop.h"

static const char ALPHABET[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

enum { W_SYMS = 7, P_SYMS = 20, C_SYMS = 4, N_SYMS = W_SYMS + P_SYMS + C_SYMS,
       P_BITS = P_SYMS * 5, VERSION = 1 };

/* ---- GF(32), primitive polynomial x^5 + x^2 + 1 ---- */

typedef struct Gf { unsigned char exp[62]; unsigned char log[32]; } Gf;

static void gf_init(Gf *g) {
  unsigned x = 1;
  for (int i = 0; i < 31; i++) {
    g->exp[i] = g->exp[i + 31] = (unsigned char)x;
    g->log[x] = (unsigned char)i;
    x <<= 1;
    if (x & 32u) x ^= 0x25u;
  }
  g->log[0] = 0;
}

static unsigned gf_mul(const Gf *g, unsigned a, unsigned b) {
  if (a == 0 || b == 0) return 0;
  return g->exp[g->log[a] + g->log[b]];
}

/* a / b, b != 0 */
static unsigned gf_div(const Gf *g, unsigned a, unsigned b) {
  if (a == 0) return 0;
  return g->exp[(g->log[a] + 31 - g->log[b]) % 31];
}

/* The check symbols for msg[0..W_SYMS+P_SYMS) (highest degree first): the remainder of
 * msg(x)·x^4 divided by g(x) = (x+α)(x+α²)(x+α³)(x+α⁴). */
static void rs_checks(const Gf *g, const unsigned char *msg, unsigned char check[C_SYMS]) {
  unsigned gen[C_SYMS + 1] = {1, 0, 0, 0, 0};   /* gen[0] is x^4's coefficient */
  for (int i = 1; i <= C_SYMS; i++) {
    unsigned a = g->exp[i];
    for (int k = i; k >= 1; k--) gen[k] = gen[k] ^ gf_mul(g, gen[k - 1], a);
  }
  unsigned rem[C_SYMS] = {0, 0, 0, 0};
  for (int i = 0; i < W_SYMS + P_SYMS; i++) {
    unsigned f = msg[i] ^ rem[0];
    for (int k = 0; k < C_SYMS - 1; k++) rem[k] = rem[k + 1] ^ gf_mul(g, f, gen[k + 1]);
    rem[C_SYMS - 1] = gf_mul(g, f, gen[C_SYMS]);
  }
  for (int k = 0; k < C_SYMS; k++) check[k] = (unsigned char)rem[k];
}

/* S_j = c(α^j), j = 1..4, for codeword c[0..N_SYMS) (c[0] the coefficient of x^30). */
static void rs_syndromes(const Gf *g, const unsigned char *c, unsigned s[C_SYMS]) {
  for (int j = 1; j <= C_SYMS; j++) {
    unsigned acc = 0, a = g->exp[j];
    for (int i = 0; i < N_SYMS; i++) acc = gf_mul(g, acc, a) ^ c[i];
    s[j - 1] = acc;
  }
}

/* ---- Bits ---- */

typedef struct Bits { unsigned char b[P_BITS]; int at; } Bits;

static void put(Bits *w, unsigned long v, int n) {
  for (int i = n - 1; i >= 0; i--) w->b[w->at++] = (unsigned char)((v >> i) & 1u);
}

static unsigned long get(Bits *r, int n) {
  unsigned long v = 0;
  for (int i = 0; i < n; i++) v = v << 1 | r->b[r->at++];
  return v;
}

static long clampl(long v, long lo, long hi) { return v < lo ? lo : v > hi ? hi : v; }

/* 0..100 in 31 steps and back. */
static unsigned long to31(int v) { return (unsigned long)clampl(lround(v * 31.0 / 100.0), 0, 31); }
static int from31(unsigned long q) { return (int)lround((double)q * 100.0 / 31.0); }

/* The value of one typed character, or -1. */
static int sym_value(char c) {
  if (c >= 'a' && c <= 'z') c = (char)(c - 'a' + 'A');
  if (c == 'O') c = '0';
  if (c == 'I' || c == 'L') c = '1';
  const char *p = c ? strchr(ALPHABET, c) : NULL;
  return p ? (int)(p - ALPHABET) : -1;
}

static void say(char *err, size_t errlen, const char *text) {
  if (err && errlen) snprintf(err, errlen, "%s", text);
}

/* The workshop code's 7 data symbols; false when it is not a workshop code. */
static bool workshop_syms(const char *workshop, unsigned char out[W_SYMS]) {
  SimWorkshop w;
  char canon[SIM_WORKSHOP_CODE_MAX];
  if (!workshop || sim_workshop_decode(workshop, &w, canon, sizeof canon, NULL, 0) != SIM_WORKSHOP_OK)
    return false;
  int n = 0;
  for (const char *c = canon; *c && n < W_SYMS; c++) {
    if (*c == '-') continue;
    int v = sym_value(*c);
    if (v < 0) return false;
    out[n++] = (unsigned char)v;
  }
  return n == W_SYMS;
}

static void format(const unsigned char *code, char *out) {
  int at = 0;
  for (int i = 0; i < P_SYMS + C_SYMS; i++) {
    if (i > 0 && i % 4 == 0) out[at++] = '-';
    out[at++] = ALPHABET[code[i]];
  }
  out[at] = '\0';
}

SimResultStatus sim_result_code_encode(const SimResultSummary *r, const char *workshop,
                                       char *out, size_t outlen) {
  unsigned char c[N_SYMS];
  if (!r || !out || outlen < SIM_RESULT_CODE_MAX || !workshop_syms(workshop, c))
    return SIM_RESULT_BAD_ARG;
  Bits w = {{0}, 0};
  put(&w, VERSION, 2);
  put(&w, r->nonce & 0xFFFFu, 16);
  put(&w, (unsigned long)clampl(r->day - SIM_RESULT_DAY_BASE, 0, 4095), 12);
  put(&w, (unsigned long)clampl(r->intention, 0, 7), 3);
  put(&w, (unsigned long)(clampl(lround(r->depth_gain * 2.0), -1024, 1023) + 1024), 11);
  put(&w, (unsigned long)clampl(r->callable, 0, 31), 5);
  put(&w, (unsigned long)clampl(r->cards, 0, 31), 5);
  put(&w, (unsigned long)clampl(r->conversations, 0, 15), 4);
  put(&w, (unsigned long)clampl(r->followups, 0, 15), 4);
  put(&w, r->left_early ? 1u : 0u, 1);
  put(&w, (unsigned long)clampl(r->rests, 0, 3), 2);
  put(&w, to31(r->energy_left), 5);
  for (int k = 0; k < 6; k++) put(&w, to31(r->skills[k]), 5);
  for (int i = 0; i < P_SYMS; i++) {
    unsigned v = 0;
    for (int b = 0; b < 5; b++) v = v << 1 | w.b[i * 5 + b];
    c[W_SYMS + i] = (unsigned char)v;
  }
  Gf g;
  gf_init(&g);
  rs_checks(&g, c, &c[W_SYMS + P_SYMS]);
  format(&c[W_SYMS], out);
  return SIM_RESULT_OK;
}

SimResultStatus sim_result_code_decode(const char *code, const char *workshop,
                                       SimResultSummary *out, char *canon, size_t canonlen,
                                       char *err, size_t errlen) {
  if (out) memset(out, 0, sizeof *out);
  if (canon && canonlen) canon[0] = '\0';
  say(err, errlen, "");
  unsigned char c[N_SYMS];
  if (!code || !out || (canon && canonlen < SIM_RESULT_CODE_MAX)) {
    say(err, errlen, "no code to read");
    return SIM_RESULT_BAD_ARG;
  }
  if (!workshop_syms(workshop, c)) {
    say(err, errlen, "the workshop code to check against is not a workshop code");
    return SIM_RESULT_BAD_ARG;
  }
  int n = 0;
  for (const char *p = code; *p; p++) {
    if (*p == '-' || *p == ' ' || *p == '\t') continue;
    int v = sym_value(*p);
    if (v < 0) {
      if (err && errlen)
        snprintf(err, errlen, "'%c' is not used in results codes (they have digits and the "
                 "letters A-Z without I, L, O and U)", (*p > 0x20 && *p < 0x7F) ? *p : '?');
      return SIM_RESULT_BAD_CHAR;
    }
    if (n < P_SYMS + C_SYMS) c[W_SYMS + n] = (unsigned char)v;
    n++;
  }
  if (n != P_SYMS + C_SYMS) {
    if (err && errlen)
      snprintf(err, errlen, "a results code has %d letters and digits; this one has %d",
               P_SYMS + C_SYMS, n);
    return SIM_RESULT_BAD_LENGTH;
  }
  Gf g;
  gf_init(&g);
  unsigned s[C_SYMS];
  rs_syndromes(&g, c, s);
  if (s[0] | s[1] | s[2] | s[3]) {
    /* One wrong symbol at degree k with value e gives S_j = e·α^(jk): equal ratios. */
    int typo = -1;
    if (s[0] && s[1] && s[2] && s[3]) {
      unsigned q = gf_div(&g, s[1], s[0]);
      if (gf_div(&g, s[2], s[1]) == q && gf_div(&g, s[3], s[2]) == q) {
        int degree = g.log[q];
        int index = N_SYMS - 1 - degree;
        if (index >= W_SYMS) typo = index - W_SYMS;
      }
    }
    if (typo >= 0) {
      if (err && errlen)
        snprintf(err, errlen, "the code has a typo: look again at character %d (in group %d)",
                 typo + 1, typo / 4 + 1);
      return SIM_RESULT_TYPO;
    }
    say(err, errlen, "the code does not belong to this workshop's code (or has several typos)");
    return SIM_RESULT_WRONG_WORKSHOP;
  }
  Bits r = {{0}, 0};
  for (int i = 0; i < P_SYMS; i++)
    for (int b = 4; b >= 0; b--) r.b[i * 5 + (4 - b)] = (unsigned char)((c[W_SYMS + i] >> b) & 1u);
  if (get(&r, 2) != VERSION) {
    say(err, errlen, "the code was made by a newer Rapport; update Rapport to read it");
    return SIM_RESULT_BAD_VERSION;
  }
  SimResultSummary v;
  memset(&v, 0, sizeof v);
  v.nonce = (uint32_t)get(&r, 16);
  v.day = (int)get(&r, 12) + SIM_RESULT_DAY_BASE;
  v.intention = (int)get(&r, 3);
  v.depth_gain = ((double)get(&r, 11) - 1024.0) / 2.0;
  v.callable = (int)get(&r, 5);
  v.cards = (int)get(&r, 5);
  v.conversations = (int)get(&r, 4);
  v.followups = (int)get(&r, 4);
  v.left_early = get(&r, 1) != 0;
  v.rests = (int)get(&r, 2);
  v.energy_left = from31(get(&r, 5));
  for (int k = 0; k < 6; k++) v.skills[k] = from31(get(&r, 5));
  *out = v;
  if (canon) format(&c[W_SYMS], canon);
  return SIM_RESULT_OK;
}
