/* convert.h — the converter's shared state and field readers (convert.c, dialogue.c only).
 * Every reader uses raw access (no metamethods run), checks type, range and size, copies
 * strings into the scenario's arena, and reports problems with the enclosing table's line.
 */
#ifndef RAPPORT_SCRIPT_CONVERT_H
#define RAPPORT_SCRIPT_CONVERT_H

#include "script/host.h"

typedef struct Conv {
  lua_State *L;
  SimScenario *s;
  const char *display;
  ScrReport *out;
  size_t max_text;
  int line;          /* line of the table being read (0: unknown) */
  char where[160];   /* "person 'maya', node 'hello'": prefix of messages, may be empty */
} Conv;

void scr_conv_error(Conv *c, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;

/* Sets the prefix of messages (printf-style, truncated to fit). */
void scr_conv_where(Conv *c, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;
/* Pushes t[key] (raw) and returns its type. */
int scr_conv_field(Conv *c, int t, const char *key);
/* Reports every key of table t that is not in `allowed` (NULL-terminated). Integer keys
 * 1..positional are allowed too. */
void scr_conv_check_keys(Conv *c, int t, const char *const *allowed, int positional);
/* Number of elements of the list at index v (a table with keys 1..n only), or -1 after
 * reporting a problem. `what` names it; more than `max` elements is an error. */
int scr_conv_list(Conv *c, int v, const char *what, int min, int max);

/* The string at t[key] copied into the arena; NULL when absent (reported when required)
 * or invalid (reported). `max_chars` bounds the code points (0: only max_text bytes). */
const char *scr_conv_string(Conv *c, int t, const char *key, bool required, size_t max_chars);
/* The string at stack index v, checked the same way; `what` names it in messages. */
const char *scr_conv_string_at(Conv *c, int v, const char *what, size_t max_chars);
/* A number in [lo, hi]; `def` when absent and not required. False after a report. */
bool scr_conv_number(Conv *c, int t, const char *key, double lo, double hi, bool required,
                 double def, double *out);
/* An integer in [lo, hi]; as scr_conv_number. */
bool scr_conv_integer(Conv *c, int t, const char *key, long lo, long hi, bool required, long def,
                  long *out);
/* A boolean; `def` when absent. */
bool scr_conv_boolean(Conv *c, int t, const char *key, bool def);
/* Levenshtein distance between two short names (99 when either exceeds 31 bytes). */
size_t scr_conv_edit_distance(const char *a, const char *b);
/* True when `id` is snake_case (a letter, then letters, digits, '_'), at most 48 bytes. */
bool scr_conv_id_ok(const char *id);

/* Converts the list of nodes at index v for person p (facts already read). */
void scr_conv_nodes(Conv *c, int v, SimPerson *p, int person_line);
/* Index of node `id` of person p, or -1. */
int scr_conv_node_index(const SimPerson *p, const char *id);
/* Resolves the fact id at stack index v for person p: its index, or -1 after a report. */
int scr_conv_fact_at(Conv *c, int v, const SimPerson *p, const char *what);

/* variants.c: a node's `alt` lines; a person's `variants` and `moods` (after facts and
 * nodes); the scenario's `layouts` (after people; `groups` are the group names so far);
 * the list order (`order`, `recommended_first`). */
void scr_conv_node_alts(Conv *c, int t, SimNode *node);
void scr_conv_person_variants(Conv *c, int t, SimPerson *p);
void scr_conv_layouts(Conv *c, int t, const char **groups, int *group_count);
void scr_conv_order(Conv *c, int t);

#endif
