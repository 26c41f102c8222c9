/* i18n_scan.c — reads C source the way `rapport i18n` needs it: every TR("id", "text"),
 * TRN("id", "one", "other", n) and TR_NOOP("id", "text") (or TR_PAIR) — and engine/sim's
 * SIM_TR, SIM_TRN and SIM_TR_ENTRY (sim/text.h) — with its line and the TRANSLATORS: comment
 * before it, and every other string literal that reads like words a player would see (for
 * `rapport i18n check`). A small lexer, not a C parser: it skips comments, character
 * constants and preprocessor lines, and joins adjacent literals. Depends on the C library.
 */
#include "cli/i18n_scan.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct Lexer {
  const char *p, *end;
  int line;
  char note[CLI_I18N_TEXT_MAX]; /* the last TRANSLATORS: comment, until a literal is used */
  int note_line;
} Lexer;

static void skip_space_and_comments(Lexer *lx) {
  for (;;) {
    while (lx->p < lx->end && (isspace((unsigned char)*lx->p) ||
                               (*lx->p == '\\' && lx->p + 1 < lx->end && lx->p[1] == '\n'))) {
      if (*lx->p == '\n') lx->line++;
      lx->p++;
    }
    if (lx->p + 1 < lx->end && lx->p[0] == '/' && (lx->p[1] == '*' || lx->p[1] == '/')) {
      bool block = lx->p[1] == '*';
      const char *start = lx->p + 2;
      int start_line = lx->line;
      lx->p += 2;
      while (lx->p < lx->end) {
        if (block && lx->p + 1 < lx->end && lx->p[0] == '*' && lx->p[1] == '/') break;
        if (!block && *lx->p == '\n') break;
        if (*lx->p == '\n') lx->line++;
        lx->p++;
      }
      const char *stop = lx->p;
      if (block && lx->p < lx->end) lx->p += 2;
      const char *tag = NULL;
      for (const char *q = start; q + 12 <= stop; q++)
        if (memcmp(q, "TRANSLATORS:", 12) == 0) {
          tag = q + 12;
          break;
        }
      if (tag) {
        /* Keep the words, folding the comment's line breaks and leading stars into spaces. */
        size_t n = 0;
        bool space = true;
        for (const char *q = tag; q < stop && n + 1 < sizeof lx->note; q++) {
          char c = *q;
          if (c == '\n' || c == '\r' || c == '\t' || c == '*' || c == ' ') {
            if (!space) lx->note[n++] = ' ';
            space = true;
            if (c == '\n') while (q + 1 < stop && (q[1] == ' ' || q[1] == '*')) q++;
            continue;
          }
          lx->note[n++] = c;
          space = false;
        }
        while (n > 0 && lx->note[n - 1] == ' ') n--;
        lx->note[n] = '\0';
        lx->note_line = start_line;
      }
      continue;
    }
    return;
  }
}

/* Decodes one C string literal at lx->p (which is at the opening quote) into out. */
static bool read_literal(Lexer *lx, char *out, size_t outlen, size_t *used) {
  lx->p++;
  while (lx->p < lx->end && *lx->p != '"') {
    char c = *lx->p++;
    if (c == '\n') return false;
    if (c == '\\' && lx->p < lx->end) {
      char e = *lx->p++;
      switch (e) {
      case 'n': c = '\n'; break;
      case 't': c = '\t'; break;
      case 'r': c = '\r'; break;
      case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
        int v = e - '0';
        for (int k = 0; k < 2 && lx->p < lx->end && *lx->p >= '0' && *lx->p <= '7'; k++)
          v = v * 8 + (*lx->p++ - '0');
        c = (char)v;
        break;
      }
      case 'x': {
        int v = 0;
        while (lx->p < lx->end && isxdigit((unsigned char)*lx->p)) {
          char h = *lx->p++;
          v = v * 16 + (isdigit((unsigned char)h) ? h - '0' : (tolower((unsigned char)h) - 'a' + 10));
        }
        c = (char)v;
        break;
      }
      case 'u': case 'U': { /* a universal character name: the code point in UTF-8 */
        unsigned long cp = 0;
        for (int k = 0; k < (e == 'u' ? 4 : 8) && lx->p < lx->end && isxdigit((unsigned char)*lx->p); k++) {
          char h = *lx->p++;
          cp = cp * 16 + (unsigned long)(isdigit((unsigned char)h) ? h - '0' : (tolower((unsigned char)h) - 'a' + 10));
        }
        char utf8[4];
        int n = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
        if (n == 1) utf8[0] = (char)cp;
        else {
          for (int k = n - 1; k > 0; k--, cp >>= 6) utf8[k] = (char)(0x80 | (cp & 0x3F));
          utf8[0] = (char)((n == 2 ? 0xC0 : n == 3 ? 0xE0 : 0xF0) | cp);
        }
        for (int k = 0; k < n; k++)
          if (*used + 1 < outlen) out[(*used)++] = utf8[k];
        continue;
      }
      case '\n': lx->line++; continue;
      default: c = e; break; /* \" \\ \' \? */
      }
    }
    if (*used + 1 < outlen) out[(*used)++] = c;
  }
  if (lx->p >= lx->end) return false;
  lx->p++;
  out[*used] = '\0';
  return true;
}

/* Reads adjacent string literals ("a" "b") as one. False when the next token is not one. */
static bool read_string(Lexer *lx, char *out, size_t outlen) {
  skip_space_and_comments(lx);
  if (lx->p >= lx->end || *lx->p != '"') return false;
  size_t used = 0;
  out[0] = '\0';
  while (lx->p < lx->end && *lx->p == '"') {
    if (!read_literal(lx, out, outlen, &used)) return false;
    skip_space_and_comments(lx);
  }
  return true;
}

static bool expect(Lexer *lx, char c) {
  skip_space_and_comments(lx);
  if (lx->p < lx->end && *lx->p == c) {
    lx->p++;
    return true;
  }
  return false;
}

static void skip_preprocessor_line(Lexer *lx) {
  while (lx->p < lx->end && *lx->p != '\n') {
    if (*lx->p == '\\' && lx->p + 1 < lx->end && lx->p[1] == '\n') {
      lx->line++;
      lx->p++;
    }
    lx->p++;
  }
}

/* True when the literal reads like words a player would see: a capitalised word or two
 * words with a space, and not a key, a path, a format alone or an SQL statement. */
bool cli_i18n_looks_visible(const char *s) {
  int letters = 0;
  bool word_space_word = false, capital_word = false;
  for (const char *p = s; *p; p++) {
    if (isalpha((unsigned char)*p)) letters++;
    if (p > s && *p == ' ' && isalpha((unsigned char)p[-1]) && isalpha((unsigned char)p[1]))
      word_space_word = true;
    if ((p == s || !isalpha((unsigned char)p[-1])) && isupper((unsigned char)p[0]) &&
        islower((unsigned char)p[1]))
      capital_word = true;
  }
  if (letters < 2) return false;
  if (strchr(s, '/') && !strchr(s, ' ')) return false; /* a path */
  static const char *const SQL[] = {"SELECT ", "INSERT ", "UPDATE ", "DELETE ", "CREATE ", "PRAGMA "};
  for (size_t i = 0; i < sizeof SQL / sizeof SQL[0]; i++)
    if (strncmp(s, SQL[i], strlen(SQL[i])) == 0) return false;
  return word_space_word || capital_word;
}

/* Calls whose string arguments never reach the player: logs, messages for engineers,
 * comparisons and lookups by key. */
static bool exempt_call(const char *name) {
  static const char *const EXEMPT[] = {
    "SDL_Log", "SDL_LogError", "SDL_LogWarn", "SDL_LogInfo", "SDL_LogDebug", "SDL_SetError",
    "fprintf", "printf", "fputs", "puts", "perror", "strcmp", "strncmp", "strstr", "strcasecmp",
    "sqlite3_exec", "sqlite3_prepare_v2", "save_msgf", "game_log", "assert", "static_assert",
    "_Static_assert", "ui_color", "ui_size", "SDL_GetHint", "SDL_SetHint",
  };
  for (size_t i = 0; i < sizeof EXEMPT / sizeof EXEMPT[0]; i++)
    if (strcmp(name, EXEMPT[i]) == 0) return true;
  return false;
}

/* True when the source line holding `at` contains `word` (an i18n-exempt marker comment). */
static bool line_has(const char *text, const char *end, const char *at, const char *word) {
  const char *begin = at, *stop = at;
  while (begin > text && begin[-1] != '\n') begin--;
  while (stop < end && *stop != '\n') stop++;
  size_t n = strlen(word);
  for (const char *p = begin; p + n <= stop; p++)
    if (memcmp(p, word, n) == 0) return true;
  return false;
}

static bool at_line_start(const char *text, const char *p) {
  while (p > text && (p[-1] == ' ' || p[-1] == '\t')) p--;
  return p == text || p[-1] == '\n';
}

int cli_i18n_scan(const char *file, const char *text, size_t len, CliI18nVisit visit, void *ctx) {
  Lexer lx = {.p = text, .end = text + len, .line = 1};
  char ident[64] = "", call[64] = ""; /* the last identifier, and the function being called */
  int depth = 0, call_depth = -1;
  int found = 0;
  bool defining = false; /* the next identifier is the name a #define defines */
  while (lx.p < lx.end) {
    skip_space_and_comments(&lx);
    if (lx.p >= lx.end) break;
    char c = *lx.p;
    if (c == '#' && at_line_start(text, lx.p)) {
      /* A #define's body is code like any other (HELP TR("...", "...")); other directives
       * (#include "x.h") are skipped. */
      const char *d = lx.p + 1;
      while (d < lx.end && (*d == ' ' || *d == '\t')) d++;
      if ((size_t)(lx.end - d) > 6 && memcmp(d, "define", 6) == 0) {
        /* A module that cannot use the catalogue defines its own TR_PAIR (gfx/input.c). */
        const char *name = d + 6;
        while (name < lx.end && (*name == ' ' || *name == '\t')) name++;
        if ((size_t)(lx.end - name) > 8 && memcmp(name, "TR_PAIR(", 8) == 0) {
          skip_preprocessor_line(&lx);
          continue;
        }
        lx.p = d + 6;
        defining = true;
        continue;
      }
      skip_preprocessor_line(&lx);
      continue;
    }
    if (isalpha((unsigned char)c) || c == '_') {
      size_t n = 0;
      while (lx.p < lx.end && (isalnum((unsigned char)*lx.p) || *lx.p == '_')) {
        if (n + 1 < sizeof ident) ident[n++] = *lx.p;
        lx.p++;
      }
      ident[n] = '\0';
      /* A marker's own definition (#define SIM_TR(id, english) ...) is not a use. */
      bool defined_here = defining;
      defining = false;
      bool tr = strcmp(ident, "TR") == 0 || strcmp(ident, "SIM_TR") == 0,
           trn = strcmp(ident, "TRN") == 0 || strcmp(ident, "SIM_TRN") == 0,
           noop = strcmp(ident, "TR_NOOP") == 0 || strcmp(ident, "SIM_TR_ENTRY") == 0 ||
                  strcmp(ident, "TR_PAIR") == 0;
      if ((tr || trn || noop) && !defined_here) {
        CliI18nString s = {.file = file, .line = lx.line, .kind = trn ? CLI_I18N_PLURAL : CLI_I18N_MARKED};
        const char *back = lx.p;
        int back_line = lx.line;
        bool ok = expect(&lx, '(') && read_string(&lx, s.id, sizeof s.id) && expect(&lx, ',') &&
                  read_string(&lx, s.text, sizeof s.text);
        if (ok && trn) ok = expect(&lx, ',') && read_string(&lx, s.plural, sizeof s.plural);
        if (ok) {
          if (lx.note[0] && s.line - lx.note_line <= 3) snprintf(s.note, sizeof s.note, "%s", lx.note);
          lx.note[0] = '\0';
          visit(ctx, &s);
          found++;
        } else {
          /* Not literals (the macro's own definition, or a mistake): report it as such. */
          lx.p = back;
          lx.line = back_line;
          CliI18nString bad = {.file = file, .line = lx.line, .kind = CLI_I18N_NOT_LITERAL};
          snprintf(bad.text, sizeof bad.text, "%s(...) without string literals", ident);
          visit(ctx, &bad);
        }
      }
      continue;
    }
    if (c == '"') {
      const char *start = lx.p;
      CliI18nString s = {.file = file, .line = lx.line, .kind = CLI_I18N_BARE};
      if (!read_string(&lx, s.text, sizeof s.text)) break;
      bool exempt = (call_depth >= 0 && call_depth <= depth && exempt_call(call)) ||
                    line_has(text, lx.end, start, "i18n-exempt");
      if (!exempt && cli_i18n_looks_visible(s.text)) visit(ctx, &s);
      continue;
    }
    if (c == '\'') { /* a character constant: skip it so '"' is not a string */
      lx.p++;
      if (lx.p < lx.end && *lx.p == '\\') lx.p++;
      if (lx.p < lx.end) lx.p++;
      if (lx.p < lx.end && *lx.p == '\'') lx.p++;
      continue;
    }
    if (c == '(') {
      depth++;
      if (ident[0] && (call_depth < 0 || !exempt_call(call))) {
        snprintf(call, sizeof call, "%s", ident);
        call_depth = depth;
      }
    } else if (c == ')') {
      if (depth == call_depth) {
        call_depth = -1;
        call[0] = '\0';
      }
      if (depth > 0) depth--;
    } else if (c == ';' || c == '{' || c == '}') {
      call_depth = -1;
      call[0] = '\0';
      depth = 0;
    }
    ident[0] = '\0';
    lx.p++;
  }
  return found;
}
