/* checklist.c — the own-words checklist (practice.h): folds a typed line for matching
 * (case and accents, any script), then finds each item by the rules' phrases — the name,
 * why they came, a genuine question, a detail the person told them, no request before
 * value — and spots a list of keywords posing as a message. Pure C: the C library only.
 * The words themselves are data (scripts/lib/checklist.lua); only the method lives here.
 */
#include "sim/practice.h"

#include <stdio.h>
#include <string.h>

static const char *const ITEM_NAMES[SIM_CHECK_ITEM_COUNT] = {"name", "why", "question", "detail",
                                                             "no_request_first"};
static const char *const CONTEXT_NAMES[SIM_CHECK_CONTEXT_COUNT] = {"opener", "follow_up"};

const char *sim_check_item_name(SimCheckItem item) {
  return (int)item >= 0 && item < SIM_CHECK_ITEM_COUNT ? ITEM_NAMES[item] : NULL;
}
int sim_check_item_from_name(const char *name) {
  for (int i = 0; name && i < SIM_CHECK_ITEM_COUNT; i++)
    if (strcmp(name, ITEM_NAMES[i]) == 0) return i;
  return -1;
}
const char *sim_check_context_name(SimCheckContext c) {
  return (int)c >= 0 && c < SIM_CHECK_CONTEXT_COUNT ? CONTEXT_NAMES[c] : NULL;
}
int sim_check_context_from_name(const char *name) {
  for (int i = 0; name && i < SIM_CHECK_CONTEXT_COUNT; i++)
    if (strcmp(name, CONTEXT_NAMES[i]) == 0) return i;
  return -1;
}

/* ---- Folding ---- */

/* U+00C0..U+017F without their accents; '*' marks the few that become two letters. */
static const char LATIN_BASE[] =
  "aaaaaa*ceeeeiiiidnooooo ouuuuy**aaaaaa*ceeeeiiiidnooooo ouuuuy*y" /* i18n-exempt: letters */
  "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii**jjkkklllllll"
  "lllnnnnnnnnnoooooo**rrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";

/* Decodes one UTF-8 character at s (n bytes left): its code point and length, or -1 with
 * length 1 for an invalid byte. */
static long decode(const unsigned char *s, size_t n, int *len) {
  unsigned char c = s[0];
  *len = 1;
  if (c < 0x80) return c;
  int need = c >= 0xF0 && c <= 0xF4 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 && c < 0xE0 ? 2 : 0;
  if (need == 0 || (size_t)need > n) return -1;
  long cp = c & (need == 2 ? 0x1F : need == 3 ? 0x0F : 0x07);
  for (int i = 1; i < need; i++) {
    if ((s[i] & 0xC0) != 0x80) return -1;
    cp = (cp << 6) | (s[i] & 0x3F);
  }
  if ((need == 3 && cp < 0x800) || (need == 4 && (cp < 0x10000 || cp > 0x10FFFF)) ||
      (cp >= 0xD800 && cp <= 0xDFFF))
    return -1;
  *len = need;
  return cp;
}

static size_t encode(long cp, char *out) {
  if (cp < 0x80) { out[0] = (char)cp; return 1; }
  if (cp < 0x800) { out[0] = (char)(0xC0 | (cp >> 6)); out[1] = (char)(0x80 | (cp & 0x3F)); return 2; }
  if (cp < 0x10000) {
    out[0] = (char)(0xE0 | (cp >> 12));
    out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
    out[2] = (char)(0x80 | (cp & 0x3F));
    return 3;
  }
  out[0] = (char)(0xF0 | (cp >> 18));
  out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
  out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
  out[3] = (char)(0x80 | (cp & 0x3F));
  return 4;
}

/* The folded spelling of one code point into buf (at most 4 bytes); its length. */
static size_t fold_one(long cp, char *buf) {
  if (cp < 0) { buf[0] = ' '; return 1; }
  if (cp < 0x80) {
    if (cp < 0x20 && cp != '\n') cp = cp == '\t' ? '\t' : ' ';
    if (cp == 0x7F) cp = ' ';
    buf[0] = (char)(cp >= 'A' && cp <= 'Z' ? cp + 32 : cp);
    return 1;
  }
  if (cp >= 0x80 && cp < 0xA0) { buf[0] = ' '; return 1; }           /* C1 controls */
  if (cp == 0xA0 || cp == 0x3000 || cp == 0x2009 || cp == 0x202F) { buf[0] = ' '; return 1; }
  if (cp == 0xB7 || cp == 0x2022 || cp == 0x3001 || cp == 0xFF0C || cp == 0x060C) { buf[0] = ','; return 1; }
  if (cp >= 0xC0 && cp < 0x180) {
    char c = LATIN_BASE[cp - 0xC0];
    if (c != '*') { buf[0] = c; return 1; }
    const char *two = cp == 0xDF ? "ss" : (cp == 0xDE || cp == 0xFE) ? "th" : (cp == 0x132 || cp == 0x133) ? "ij"
                    : (cp == 0x152 || cp == 0x153) ? "oe" : "ae";
    memcpy(buf, two, 2);
    return 2;
  }
  if (cp >= 0x391 && cp <= 0x3A9) cp += 0x20;                          /* Greek capitals */
  else if (cp >= 0x410 && cp <= 0x42F) cp += 0x20;                     /* Cyrillic capitals */
  else if (cp >= 0x400 && cp <= 0x40F) cp += 0x50;
  else if (cp == 0x2018 || cp == 0x2019 || cp == 0x201B || cp == 0x2032 || cp == 0x02BC) cp = '\'';
  else if (cp == 0x201C || cp == 0x201D || cp == 0x201E || cp == 0xAB || cp == 0xBB) cp = '"';
  else if (cp == 0xFF1F || cp == 0x061F || cp == 0xBF) cp = cp == 0xBF ? ' ' : '?';
  else if (cp == 0xFF01 || cp == 0xA1) cp = cp == 0xA1 ? ' ' : '!';
  else if (cp == 0x3002 || cp == 0xFF0E || cp == 0x2026 || cp == 0x0964) cp = '.';
  else if (cp == 0xFF1B) cp = ';';
  else if (cp >= 0x2010 && cp <= 0x2015) cp = '-';
  else if (cp == 0x2028 || cp == 0x2029) cp = '\n';
  return encode(cp, buf);
}

size_t sim_check_fold(const char *in, char *out, size_t outlen, bool *truncated) {
  if (truncated) *truncated = false;
  if (!out || outlen == 0) return 0;
  size_t w = 0;
  out[0] = '\0';
  if (!in) return 0;
  const unsigned char *s = (const unsigned char *)in;
  size_t n = strlen(in);
  int chars = 0;
  for (size_t i = 0; i < n;) {
    if (chars >= SIM_CHECK_MAX_CHARS) {
      if (truncated) *truncated = true;
      break;
    }
    int len;
    long cp = decode(s + i, n - i, &len);
    char buf[4];
    size_t k = fold_one(cp, buf);
    if (w + k >= outlen) {
      if (truncated) *truncated = true;
      break;
    }
    memcpy(out + w, buf, k);
    w += k;
    i += (size_t)len;
    chars++;
  }
  out[w] = '\0';
  return w;
}

/* ---- Words and phrases in folded text ---- */

static bool ascii_word(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '\'';
}
static bool word_byte(unsigned char c) { return ascii_word(c) || c >= 0x80; }

/* CJK, kana and Hangul: written without spaces, so a character counts as half a word. */
static bool spaceless(long cp) {
  return (cp >= 0x2E80 && cp <= 0x9FFF) || (cp >= 0xAC00 && cp <= 0xD7AF) || (cp >= 0xF900 && cp <= 0xFAFF);
}

/* Words in [s, e): runs of word bytes; a run of spaceless characters counts half a word
 * per character (at least one). */
static float count_words(const char *s, const char *e) {
  float words = 0;
  const unsigned char *p = (const unsigned char *)s, *end = (const unsigned char *)e;
  while (p < end) {
    while (p < end && !word_byte(*p)) p++;
    if (p >= end) break;
    int cjk = 0, other = 0;
    while (p < end && word_byte(*p)) {
      int len;
      long cp = decode(p, (size_t)(end - p), &len);
      if (spaceless(cp)) cjk++;
      else other++;
      p += len;
    }
    float w = (float)cjk / 2.0f + (other > 0 ? 1.0f : 0.0f);
    words += w < 1.0f ? 1.0f : w;
  }
  return words;
}

/* The first occurrence of `phrase` in [text, end) at or after `from` whose ASCII edges are
 * not glued to other ASCII letters ("soy" is not in "soybean"), or NULL. */
static const char *find_phrase(const char *text, const char *end, const char *phrase) {
  size_t pl = strlen(phrase);
  if (pl == 0) return NULL;
  bool edge_a = ascii_word((unsigned char)phrase[0]) && phrase[0] != '\'';
  bool edge_b = ascii_word((unsigned char)phrase[pl - 1]) && phrase[pl - 1] != '\'';
  for (const char *p = text; p && p + pl <= end; p++) {
    p = strstr(p, phrase);
    if (!p || p + pl > end) return NULL;
    bool ok = true;
    if (edge_a && p > text && ascii_word((unsigned char)p[-1])) ok = false;
    if (edge_b && p + pl < end && ascii_word((unsigned char)p[pl])) ok = false;
    if (ok) return p;
  }
  return NULL;
}

/* The earliest phrase of `list` in [text, end): its position (NULL none) and index. */
static const char *first_of(const SimCheckPhrases *list, const char *text, const char *end, int *which) {
  const char *best = NULL;
  for (int i = 0; i < list->count; i++) {
    const char *p = find_phrase(text, end, list->text[i]);
    if (p && (!best || p < best)) {
      best = p;
      if (which) *which = i;
    }
  }
  return best;
}

static void evidence(char *out, const char *s, size_t len) {
  if (len >= SIM_CHECK_EVIDENCE) {
    len = SIM_CHECK_EVIDENCE - 1;
    while (len > 0 && ((unsigned char)s[len] & 0xC0) == 0x80) len--; /* whole characters only */
  }
  memcpy(out, s, len);
  out[len] = '\0';
}

/* ---- The items ---- */

static bool find_name(const SimCheckRules *r, const char *text, const char *end, const char *name,
                      char *ev) {
  char first[SIM_CHECK_PHRASE_BYTES] = "";
  if (name && name[0]) {
    char folded[256];
    sim_check_fold(name, folded, sizeof folded, NULL);
    const char *a = folded;
    while (*a == ' ') a++;
    size_t k = 0;
    while (a[k] && a[k] != ' ' && k + 1 < sizeof first) k++;
    memcpy(first, a, k);
    first[k] = '\0';
  }
  const SimCheckPhrases *ph = &r->phrases[SIM_CHECK_NAME];
  for (int i = 0; i < ph->count; i++) {
    char phrase[SIM_CHECK_PHRASE_BYTES * 2];
    const char *at = strstr(ph->text[i], "{name}");
    if (at) {
      if (!first[0]) continue;
      int n = snprintf(phrase, sizeof phrase, "%.*s%s%s", (int)(at - ph->text[i]), ph->text[i], first, at + 6);
      if (n < 0 || (size_t)n >= sizeof phrase) continue;
    } else {
      snprintf(phrase, sizeof phrase, "%s", ph->text[i]);
    }
    const char *p = find_phrase(text, end, phrase);
    if (p) {
      evidence(ev, p, strlen(phrase));
      return true;
    }
  }
  return false;
}

/* A sentence ending in "?" with enough words and no request in it, or a question phrase. */
static bool find_question(const SimCheckRules *r, const char *text, const char *end, char *ev) {
  const char *start = text;
  for (const char *p = text; p < end; p++) {
    if (*p != '.' && *p != '!' && *p != '?' && *p != '\n') continue;
    if (*p == '?') {
      while (start < p && (*start == ' ' || *start == ',')) start++;
      if (count_words(start, p) >= (float)r->min_question_words &&
          !first_of(&r->phrases[SIM_CHECK_NO_EARLY_ASK], start, p, NULL)) {
        evidence(ev, start, (size_t)(p + 1 - start));
        return true;
      }
    }
    start = p + 1;
  }
  int which = 0;
  const char *q = first_of(&r->phrases[SIM_CHECK_QUESTION], text, end, &which);
  if (q) evidence(ev, q, strlen(r->phrases[SIM_CHECK_QUESTION].text[which]));
  return q != NULL;
}

static size_t letters(const char *s, size_t len) {
  size_t n = 0;
  for (size_t i = 0; i < len; i++)
    if (((unsigned char)s[i] & 0xC0) != 0x80 && s[i] != '\'') n++;
  return n;
}

static bool is_stopword(const SimCheckRules *r, const char *w, size_t len) {
  for (int i = 0; i < r->stopwords.count; i++)
    if (strlen(r->stopwords.text[i]) == len && memcmp(r->stopwords.text[i], w, len) == 0) return true;
  return false;
}

/* A word of the text that is a word of one of the facts, or shares its stem: at least
 * five bytes in common and differing only in an ending ("marathon", "marathons"). */
static bool find_detail(const SimCheckRules *r, const char *text, const char *end, const char *const *facts,
                        int fact_count, char *ev) {
  size_t min = r->detail_min_letters > 0 ? (size_t)r->detail_min_letters : 5;
  for (int f = 0; facts && f < fact_count; f++) {
    if (!facts[f]) continue;
    char fold[1024];
    size_t fl = sim_check_fold(facts[f], fold, sizeof fold, NULL);
    for (size_t i = 0; i < fl;) {
      while (i < fl && !word_byte((unsigned char)fold[i])) i++;
      size_t a = i;
      while (i < fl && word_byte((unsigned char)fold[i])) i++;
      size_t wl = i - a;
      if (wl == 0 || letters(fold + a, wl) < min || is_stopword(r, fold + a, wl)) continue;
      for (const char *p = text; p < end;) {
        while (p < end && !word_byte((unsigned char)*p)) p++;
        const char *b = p;
        while (p < end && word_byte((unsigned char)*p)) p++;
        size_t tl = (size_t)(p - b);
        if (tl < min) continue;
        size_t common = 0;
        while (common < tl && common < wl && b[common] == fold[a + common]) common++;
        size_t shorter = tl < wl ? tl : wl;
        bool match = (common == tl && common == wl) || (common >= 5 && common + 2 >= shorter && tl + 3 >= wl && wl + 3 >= tl);
        if (match) {
          evidence(ev, b, tl);
          return true;
        }
      }
    }
  }
  return false;
}

/* A keyword list: many short comma-separated parts, or a Latin-script run of words without
 * any of the little words every sentence has. */
static bool keyword_list(const SimCheckRules *r, const char *text, const char *end, float words) {
  int parts = 0;
  const char *start = text;
  for (const char *p = text;; p++) {
    bool sep = p >= end || *p == ',' || *p == ';' || *p == '/' || *p == '|' || *p == '\n' || *p == '\t' ||
               (*p == '-' && p > text && p[-1] == ' ' && p + 1 < end && p[1] == ' ') || *p == '#' || *p == '+';
    if (!sep) continue;
    if (count_words(start, p) > 0) parts++;
    if (p >= end) break;
    start = p + 1;
  }
  if (r->list_min_parts > 0 && parts >= r->list_min_parts && words / (float)parts <= r->list_max_words) return true;
  size_t ascii = 0, other = 0;
  int sentences = 0;
  for (const char *p = text; p < end; p++) {
    unsigned char c = (unsigned char)*p;
    if (c >= 'a' && c <= 'z') ascii++;
    else if (c >= 0xC0) other++; /* one per non-ASCII character (its lead byte) */
    if ((c == '.' || c == '!' || c == '?') && (p + 1 >= end || p[1] == ' ' || p[1] == '\n')) sentences++;
  }
  /* Written sentences ("Hey there! Nice booth.") are never a list, however plain; the rule
   * is for Latin script, where the little words are in the rules. */
  if (words >= 5 && sentences < 2 && ascii >= 4 * other && r->function_words.count > 0 &&
      !first_of(&r->function_words, text, end, NULL))
    return true;
  return false;
}

void sim_check_text(const SimCheckRules *r, SimCheckContext context, const char *text, const char *player_name,
                    const char *const *facts, int fact_count, SimCheckResult *out) {
  if (!out) return;
  memset(out, 0, sizeof *out);
  if (!r || (int)context < 0 || context >= SIM_CHECK_CONTEXT_COUNT) return;
  for (int i = 0; i < SIM_CHECK_ITEM_COUNT; i++)
    if (r->applies[context][i]) out->items[out->count++].item = (SimCheckItem)i;
  char fold[SIM_CHECK_MAX_CHARS * 4 + 8];
  size_t n = sim_check_fold(text, fold, sizeof fold, &out->truncated);
  const char *end = fold + n;
  float words = count_words(fold, end);
  out->words = (int)(words + 0.5f);
  if (words <= 0) {
    out->empty = true;
    return;
  }
  out->keyword_list = keyword_list(r, fold, end, words);
  if (out->keyword_list) return;
  for (int k = 0; k < out->count; k++) {
    bool found = false;
    char *ev = out->items[k].evidence;
    switch (out->items[k].item) {
      case SIM_CHECK_NAME: found = find_name(r, fold, end, player_name, ev); break;
      case SIM_CHECK_WHY: {
        int which = 0;
        const char *p = first_of(&r->phrases[SIM_CHECK_WHY], fold, end, &which);
        if (p) evidence(ev, p, strlen(r->phrases[SIM_CHECK_WHY].text[which]));
        found = p != NULL;
        break;
      }
      case SIM_CHECK_QUESTION: found = find_question(r, fold, end, ev); break;
      case SIM_CHECK_DETAIL: found = find_detail(r, fold, end, facts, fact_count, ev); break;
      case SIM_CHECK_NO_EARLY_ASK: {
        int req = 0, val = 0;
        const char *ask = first_of(&r->phrases[SIM_CHECK_NO_EARLY_ASK], fold, end, &req);
        const char *offer = first_of(&r->value, fold, end, &val);
        found = !ask || (offer && offer < ask);
        if (ask && !found) evidence(ev, ask, strlen(r->phrases[SIM_CHECK_NO_EARLY_ASK].text[req]));
        else if (offer) evidence(ev, offer, strlen(r->value.text[val]));
        break;
      }
      default: break;
    }
    out->items[k].found = found;
    if (found) out->found++;
  }
}
