/* you.c — a fact about someone said back to them, in English (see you.h). Word by word:
 * the person's verbs lose their third-person form, their pronouns become the player's.
 * English grammar, not text to translate (i18n-exempt): a translated fact is kept as its
 * translator wrote it by the callers. Depends on the C library only.
 */
#include "sim/you.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>

typedef struct Out {
  char *buf;
  size_t len, cap;
} Out;

static void put(Out *o, const char *s, size_t n) {
  while (n-- && o->len + 1 < o->cap) o->buf[o->len++] = *s++;
  o->buf[o->len] = '\0';
}

static void put_str(Out *o, const char *s) { put(o, s, strlen(s)); }

static bool word_is(const char *w, size_t n, const char *word) { return strlen(word) == n && strncmp(w, word, n) == 0; }

static bool word_in(const char *w, size_t n, const char *const *list) {
  for (; *list; list++)
    if (word_is(w, n, *list)) return true;
  return false;
}

/* Words between a subject and its verb that the verb rewrite steps over ("still grows"). */
static const char *const ADVERBS[] = {"still", "just", "also", "always", "never", "once", "nearly", "often",
                                      "now", "quietly", "only", "really", "usually", "sometimes", "already", NULL};
/* After "her", these mean "her" is the object ("tell her honestly"), not a possessive. */
static const char *const AFTER_OBJECT[] = {"honestly", "to", "for", "about", "with", "and", "in", "on", "at", "from",
                                           "that", "what", "how", "when", "if", "back", "again", "up", "off", NULL};
/* Before "you", these make it the player as an object ("sat next to you"): said back, "me". */
static const char *const BEFORE_ME[] = {"to", "with", "for", "from", "beside", "behind", "about", NULL};
/* Lead verbs that report what someone said: later verbs belong to what was said. */
static const char *const REPORTING[] = {"says", "thinks", "said", "thought", "believes", NULL};
static const char *const NOT_VERBS[] = {"the", "a", "an", "she", "he", "they", "it", "we", "my", "our", "its", NULL};

void sim_verb_base(const char *w, size_t n, char *out, size_t outlen) {
  static const struct {
    const char *from, *to;
  } own[] = {
    {"is", "are"},       {"was", "were"},     {"has", "have"},       {"does", "do"},       {"goes", "go"},
    {"isn't", "aren't"}, {"wasn't", "weren't"}, {"hasn't", "haven't"}, {"doesn't", "don't"},
  };
  if (!outlen) return;
  for (size_t i = 0; i < sizeof own / sizeof own[0]; i++)
    if (word_is(w, n, own[i].from)) {
      snprintf(out, outlen, "%s", own[i].to);
      return;
    }
  size_t cut = n;
  if (n >= 4 && strncmp(w + n - 3, "ies", 3) == 0) {
    snprintf(out, outlen, "%.*sy", (int)(n - 3), w); /* studies, carries */
    return;
  }
  if (n >= 4 && w[n - 1] == 's' && w[n - 2] == 'e' &&
      (w[n - 3] == 'x' || w[n - 3] == 'o' || (w[n - 3] == 's' && w[n - 4] == 's') || (w[n - 3] == 'z' && w[n - 4] == 'z') ||
       (w[n - 3] == 'h' && (w[n - 4] == 'c' || w[n - 4] == 's'))))
    cut = n - 2; /* teaches, fixes, misses, pushes, buzzes (but loses, freezes) */
  else if (n >= 3 && w[n - 1] == 's' && w[n - 2] != 's' && w[n - 2] != 'u' && w[n - 2] != 'i' && w[n - 2] != '\'')
    cut = n - 1; /* runs, swims, cycles (not "ss", "us", "is", "'s") */
  snprintf(out, outlen, "%.*s", (int)cut, w);
}

/* Is the byte part of a word (letters, digits, and any byte of a UTF-8 letter)? */
static bool wordish(unsigned char c) { return isalnum(c) || c >= 0x80; }

typedef struct Token {
  const char *pre, *core, *suf; /* "(", "her", ")," */
  size_t pre_n, core_n, suf_n;
} Token;

/* Splits the space-separated word at *p into its leading marks, word and trailing marks. */
static bool next_token(const char **p, Token *t) {
  while (**p == ' ') (*p)++;
  if (!**p) return false;
  const char *start = *p, *end = start + strcspn(start, " ");
  const char *a = start, *b = end;
  while (a < end && !wordish((unsigned char)*a)) a++;
  while (b > a && !wordish((unsigned char)b[-1])) b--;
  *t = (Token){start, a, b, (size_t)(a - start), (size_t)(b - a), (size_t)(end - b)};
  *p = end;
  return true;
}

/* The person's pronoun rewritten for the player; false when the word is not one. Sets
 * *subject when the pronoun is the subject of the verb that follows ("she was"). */
static bool pronoun(const Token *t, const Token *prev, const char *rest, Out *o, bool *subject) {
  const char *w = t->core;
  size_t n = t->core_n;
  static const struct {
    const char *from, *to;
  } simple[] = {
    {"his", "your"},          {"hers", "yours"},  {"him", "you"},     {"himself", "yourself"}, {"herself", "yourself"},
    {"he's", "you're"},       {"she's", "you're"}, {"your", "my"},     {"yourself", "myself"},  {"he'd", "you'd"},
    {"she'd", "you'd"},       {"he'll", "you'll"}, {"she'll", "you'll"},
  };
  *subject = false;
  for (size_t i = 0; i < sizeof simple / sizeof simple[0]; i++)
    if (word_is(w, n, simple[i].from)) {
      put_str(o, simple[i].to);
      return true;
    }
  if (word_is(w, n, "he") || word_is(w, n, "she")) {
    put_str(o, "you");
    *subject = true;
    return true;
  }
  if (word_is(w, n, "her")) {
    Token next;
    const char *q = rest;
    bool object = t->suf_n > 0 || !next_token(&q, &next) || next.pre_n > 0 || word_in(next.core, next.core_n, AFTER_OBJECT);
    put_str(o, object ? "you" : "your");
    return true;
  }
  if (word_is(w, n, "you")) {
    put_str(o, prev && prev->suf_n == 0 && word_in(prev->core, prev->core_n, BEFORE_ME) ? "me" : "you");
    return true;
  }
  return false;
}

/* A word whose base form only drops a regular ending ("travels" -> "travel"). */
static bool is_regular_verb(const char *w, size_t n) {
  char base[64];
  if (n >= sizeof base) return false;
  sim_verb_base(w, n, base, sizeof base);
  size_t b = strlen(base);
  return b < n && strncmp(base, w, b) == 0;
}

/* Prepositions that follow an intransitive word: "freezes at" reads as a noun. */
static const char *const NO_OBJECT[] = {"at", "to", "in", "on", "of", "for", "from", "with", "by", "and", "or", NULL};

/* Does the word t (the rest of the fact after it at rest) take an object, as a verb would? */
static bool has_object(const Token *t, const char *rest) {
  Token next;
  if (t->suf_n > 0 || !next_token(&rest, &next)) return false;
  return !word_in(next.core, next.core_n, NO_OBJECT);
}

bool sim_fact_to_you(const char *fact, char *out_buf, size_t outlen) {
  if (!out_buf || !outlen) return false;
  Out o = {out_buf, 0, outlen};
  out_buf[0] = '\0';
  if (!fact) return false;
  const char *p = fact;
  Token t, prev = {0}, before_prev = {0};
  bool first = true, has_prev = false;
  bool lead = false;      /* "you" still to write, in front of the first verb */
  bool verb_next = false; /* the next word (after adverbs) is the person's verb */
  bool after_and = false; /* ...reached through "and"/"but": maybe a noun ("floods and freezes") */
  bool reported = false;  /* after "says": later verbs are someone else's */
  bool led_by_verb = false;
  bool comma_list = false, plural_before = false; /* around "and": a list of nouns? */
  const bool series = strstr(fact, ", and ") != NULL;
  while (next_token(&p, &t)) {
    const char *w = t.core;
    size_t n = t.core_n;
    if (first) {
      bool possessive = word_is(w, n, "her") || word_is(w, n, "his") || word_is(w, n, "their");
      if (possessive || word_in(w, n, NOT_VERBS) || !n || !islower((unsigned char)w[0])) {
        reported = true; /* someone else is the subject: keep the verbs */
      } else {
        lead = verb_next = led_by_verb = true;
      }
    } else {
      put_str(&o, " ");
    }
    put(&o, t.pre, t.pre_n);
    bool subject = false;
    if (lead && word_in(w, n, ADVERBS)) {
      put_str(&o, "you ");
      lead = false;
      put(&o, w, n);
    } else if (first && !lead && word_is(w, n, "her")) {
      put_str(&o, "your"); /* "her son Thabo ..." */
    } else if (!lead && pronoun(&t, has_prev ? &prev : NULL, p, &o, &subject)) {
      verb_next = subject;
      after_and = false;
      if (subject) reported = false; /* "thinks he might ... but doesn't": his verbs again */
    } else if (verb_next && word_in(w, n, ADVERBS)) {
      put(&o, w, n);
    } else if (verb_next) {
      char base[64];
      if (lead && word_is(w, n, "is")) {
        snprintf(base, sizeof base, "you're");
      } else if (lead && word_is(w, n, "says")) {
        snprintf(base, sizeof base, "you said"); /* i18n-exempt */
      } else {
        sim_verb_base(w, n < 63 ? n : 63, base, sizeof base);
        /* "floods and freezes", "geography and languages": a list of nouns, not a verb.
         * An irregular verb ("and is") is always the person's. */
        bool regular = strlen(base) < n && strncmp(base, w, strlen(base)) == 0;
        if (after_and && regular && (comma_list || (plural_before && !has_object(&t, p))))
          snprintf(base, sizeof base, "%.*s", (int)(n < 63 ? n : 63), w);
        if (lead) put_str(&o, "you ");
      }
      if (lead && word_in(w, n, REPORTING)) reported = true;
      put_str(&o, base);
      lead = verb_next = after_and = false;
    } else if (series && !reported && has_prev && prev.suf_n > 0 && prev.suf[0] == ',' && is_regular_verb(w, n)) {
      /* "is partially sighted, travels with a guide dog, and works": a series of the
       * person's verbs, the last after ", and". */
      char base[64];
      sim_verb_base(w, n < 63 ? n : 63, base, sizeof base);
      put_str(&o, base);
    } else if (!reported && t.suf_n == 0 && (word_is(w, n, "and") || word_is(w, n, "but"))) {
      put(&o, w, n);
      verb_next = after_and = true;
      /* "history, geography and languages": the tail of a list of nouns. "floods and
       * freezes at": plurals on both sides and no object, nouns too ("nights and needs
       * student volunteers" is a verb with its object). */
      comma_list = has_prev && prev.suf_n == 0 && before_prev.suf_n > 0 && before_prev.suf[0] == ',';
      plural_before = has_prev && prev.core_n > 2 && prev.core[prev.core_n - 1] == 's' && prev.core[prev.core_n - 2] != 's';
    } else {
      put(&o, w, n);
      verb_next = after_and = false;
    }
    put(&o, t.suf, t.suf_n);
    before_prev = prev;
    prev = t;
    has_prev = true;
    first = false;
  }
  return led_by_verb;
}
