/* plural.c — the Plural-Forms header of a PO file: "nplurals=N; plural=EXPR;" where EXPR is
 * the C subset gettext allows (n, integers, ! * / % + - < <= > >= == != && || ?: and
 * parentheses). Parsed once into a small tree of nodes and evaluated per lookup; a
 * translator's file is untrusted input, so depth, size and division by zero are bounded.
 * Depends on the C library only.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n/i18n.h"

#define PLURAL_MAX_NODES 128
#define PLURAL_MAX_DEPTH 32

typedef enum NodeKind { N_NUM, N_VAR, N_NOT, N_BIN, N_COND } NodeKind;

typedef struct Node {
  NodeKind kind;
  char op[3];           /* for N_BIN: "*", "==", "&&", ... */
  unsigned long value;  /* for N_NUM */
  int a, b, c;          /* children, as node indices */
} Node;

struct I18nPlural {
  int count;
  int root;
  int used;
  Node nodes[PLURAL_MAX_NODES];
};

typedef struct Parser {
  const char *p;
  I18nPlural *out;
  int depth;
  char *msg;
  size_t msglen;
  bool failed;
} Parser;

static void fail(Parser *ps, const char *why) {
  if (!ps->failed) snprintf(ps->msg, ps->msglen, "Plural-Forms: %s near \"%.12s\"", why, ps->p);
  ps->failed = true;
}

static void skip_space(Parser *ps) {
  while (*ps->p && isspace((unsigned char)*ps->p)) ps->p++;
}

static int new_node(Parser *ps, NodeKind kind) {
  if (ps->out->used >= PLURAL_MAX_NODES) {
    fail(ps, "the expression is too long");
    return -1;
  }
  Node *n = &ps->out->nodes[ps->out->used];
  memset(n, 0, sizeof *n);
  n->kind = kind;
  n->a = n->b = n->c = -1;
  return ps->out->used++;
}

static bool accept(Parser *ps, const char *token) {
  skip_space(ps);
  size_t len = strlen(token);
  if (strncmp(ps->p, token, len) != 0) return false;
  /* "<" must not take the first half of "<=", nor "!" of "!=", nor "=" of "==". */
  if (len == 1 && strchr("<>!=", token[0]) && ps->p[1] == '=') return false;
  if (len == 1 && (token[0] == '&' || token[0] == '|')) return false;
  ps->p += len;
  return true;
}

static int parse_cond(Parser *ps);

static int parse_primary(Parser *ps) {
  skip_space(ps);
  if (++ps->depth > PLURAL_MAX_DEPTH) {
    fail(ps, "the expression nests too deeply");
    return -1;
  }
  int result = -1;
  if (accept(ps, "(")) {
    result = parse_cond(ps);
    if (!ps->failed && !accept(ps, ")")) fail(ps, "a \")\" is missing");
  } else if (accept(ps, "!")) {
    result = new_node(ps, N_NOT);
    if (result >= 0) {
      int child = parse_primary(ps);
      ps->out->nodes[result].a = child;
    }
  } else if (*ps->p == 'n' && !isalnum((unsigned char)ps->p[1]) && ps->p[1] != '_') {
    ps->p++;
    result = new_node(ps, N_VAR);
  } else if (isdigit((unsigned char)*ps->p)) {
    char *end = NULL;
    unsigned long v = strtoul(ps->p, &end, 10);
    ps->p = end;
    result = new_node(ps, N_NUM);
    if (result >= 0) ps->out->nodes[result].value = v;
  } else {
    fail(ps, "expected n, a number or \"(\"");
  }
  ps->depth--;
  return ps->failed ? -1 : result;
}

/* One level of left-associative binary operators, lowest precedence last in the table. */
static const char *const LEVELS[][5] = {
  {"||", NULL}, {"&&", NULL}, {"==", "!=", NULL}, {"<=", ">=", "<", ">", NULL},
  {"+", "-", NULL}, {"*", "/", "%", NULL},
};
enum { LEVEL_COUNT = sizeof LEVELS / sizeof LEVELS[0] };

static int parse_level(Parser *ps, int level) {
  if (level == LEVEL_COUNT) return parse_primary(ps);
  int left = parse_level(ps, level + 1);
  while (!ps->failed) {
    const char *op = NULL;
    for (int i = 0; LEVELS[level][i]; i++)
      if (accept(ps, LEVELS[level][i])) {
        op = LEVELS[level][i];
        break;
      }
    if (!op) break;
    int right = parse_level(ps, level + 1);
    int node = new_node(ps, N_BIN);
    if (node < 0 || ps->failed) return -1;
    Node *n = &ps->out->nodes[node];
    snprintf(n->op, sizeof n->op, "%s", op);
    n->a = left;
    n->b = right;
    left = node;
  }
  return ps->failed ? -1 : left;
}

static int parse_cond(Parser *ps) {
  if (++ps->depth > PLURAL_MAX_DEPTH) {
    fail(ps, "the expression nests too deeply");
    return -1;
  }
  int test = parse_level(ps, 0);
  if (!ps->failed && accept(ps, "?")) {
    int yes = parse_cond(ps);
    if (!ps->failed && !accept(ps, ":")) fail(ps, "a \":\" is missing after \"?\"");
    int no = ps->failed ? -1 : parse_cond(ps);
    int node = ps->failed ? -1 : new_node(ps, N_COND);
    if (node >= 0) {
      ps->out->nodes[node].a = test;
      ps->out->nodes[node].b = yes;
      ps->out->nodes[node].c = no;
    }
    test = node;
  }
  ps->depth--;
  return ps->failed ? -1 : test;
}

I18nPlural *i18n_plural_parse(const char *value, char *msg, size_t msglen) {
  I18nPlural *pl = calloc(1, sizeof *pl);
  if (!pl) {
    snprintf(msg, msglen, "Plural-Forms: out of memory");
    return NULL;
  }
  Parser ps = {.p = value, .out = pl, .msg = msg, .msglen = msglen};
  if (!accept(&ps, "nplurals") || !accept(&ps, "=")) {
    fail(&ps, "it must start with \"nplurals=\"");
  } else {
    skip_space(&ps);
    char *end = NULL;
    long count = strtol(ps.p, &end, 10);
    if (end == ps.p || count < 1 || count > I18N_MAX_PLURALS) {
      fail(&ps, "nplurals must be a number from 1 to 6");
    } else {
      pl->count = (int)count;
      ps.p = end;
      if (!accept(&ps, ";") || !accept(&ps, "plural") || !accept(&ps, "="))
        fail(&ps, "expected \"; plural=\" after nplurals");
      else
        pl->root = parse_cond(&ps);
      if (!ps.failed) {
        accept(&ps, ";");
        skip_space(&ps);
        if (*ps.p) fail(&ps, "unexpected text after the expression");
      }
    }
  }
  if (ps.failed) {
    free(pl);
    return NULL;
  }
  return pl;
}

void i18n_plural_free(I18nPlural *plural) { free(plural); }

int i18n_plural_count(const I18nPlural *plural) { return plural ? plural->count : 2; }

static unsigned long eval(const I18nPlural *pl, int index, unsigned long n) {
  if (index < 0 || index >= pl->used) return 0;
  const Node *node = &pl->nodes[index];
  switch (node->kind) {
  case N_NUM: return node->value;
  case N_VAR: return n;
  case N_NOT: return !eval(pl, node->a, n);
  case N_COND: return eval(pl, node->a, n) ? eval(pl, node->b, n) : eval(pl, node->c, n);
  case N_BIN: break;
  }
  unsigned long a = eval(pl, node->a, n);
  /* && and || short-circuit as in C, so "n != 0 && 10 / n" never divides by zero. */
  if (strcmp(node->op, "&&") == 0) return a && eval(pl, node->b, n);
  if (strcmp(node->op, "||") == 0) return a || eval(pl, node->b, n);
  unsigned long b = eval(pl, node->b, n);
  switch (node->op[0]) {
  case '*': return a * b;
  case '/': return b ? a / b : 0;
  case '%': return b ? a % b : 0;
  case '+': return a + b;
  case '-': return a - b;
  case '=': return a == b;
  case '!': return a != b;
  case '<': return node->op[1] == '=' ? a <= b : a < b;
  case '>': return node->op[1] == '=' ? a >= b : a > b;
  default: return 0;
  }
}

int i18n_plural_index(const I18nPlural *plural, unsigned long n) {
  if (!plural) return n == 1 ? 0 : 1;
  unsigned long form = eval(plural, plural->root, n);
  return form < (unsigned long)plural->count ? (int)form : -1;
}
