/* roster_words.c — the Students screen's words and search (roster_internal.h): what the
 * panel says for each step (who, what is saved about them, what a merge or an erasure
 * takes away) and which rows the search box lets through.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "game/roster_internal.h"
#include "i18n/i18n.h"

const GameRosterStudent *game_roster_find(const RosterScene *s, int64_t id) {
  for (int i = 0; i < s->count; i++)
    if (s->students[i].p.id == id) return &s->students[i];
  return NULL;
}

/* ASCII letters folded to lower case; other bytes compared as they are. */
static bool contains_folded(const char *hay, const char *needle) {
  size_t n = strlen(needle);
  if (n == 0) return true;
  for (const char *h = hay; *h; h++) {
    size_t k = 0;
    while (k < n && h[k]) {
      unsigned char a = (unsigned char)h[k], b = (unsigned char)needle[k];
      if (a >= 'A' && a <= 'Z') a = (unsigned char)(a + 32);
      if (b >= 'A' && b <= 'Z') b = (unsigned char)(b + 32);
      if (a != b) break;
      k++;
    }
    if (k == n) return true;
  }
  return false;
}

void game_roster_refilter(RosterScene *s) {
  const char *q = s->search.text;
  while (*q == ' ') q++;
  char query[sizeof s->search.text];
  snprintf(query, sizeof query, "%s", q);
  size_t n = strlen(query);
  while (n > 0 && query[n - 1] == ' ') query[--n] = '\0';
  bool digits = n > 0 && strspn(query, "0123456789") == n;
  int number = digits && n < 7 ? atoi(query) : -1;
  s->shown_count = 0;
  for (int i = 0; i < s->count; i++)
    if ((digits && s->students[i].p.class_number == number) || contains_folded(s->students[i].p.name, query))
      s->shown[s->shown_count++] = i;
  if (s->row >= s->shown_count) s->row = s->shown_count > 0 ? s->shown_count - 1 : 0;
  s->scroll.target = s->scroll.offset = 0;
}

/* "Liam Murphy (number 12)" */
static void who(const GameRosterStudent *g, char *out, size_t outlen) {
  snprintf(out, outlen, TR("roster.who", "%s (number %d)"), g ? g->p.name : "?", g ? g->p.class_number : 0);
}

/* "3 sessions, 2 reflections and 5 people met" */
static void holdings(const GameRosterStudent *g, char *out, size_t outlen) {
  char a[64], b[64], c[64];
  snprintf(a, sizeof a, TRN("roster.n_sessions", "%d session", "%d sessions", (unsigned long)g->sessions), g->sessions);
  snprintf(b, sizeof b, TRN("roster.n_reflections", "%d reflection", "%d reflections", (unsigned long)g->reflections),
           g->reflections);
  snprintf(c, sizeof c, TRN("roster.n_people", "%d person met", "%d people met", (unsigned long)g->people), g->people);
  snprintf(out, outlen, TR("roster.holdings", "%s, %s and %s"), a, b, c);
}

/* The panel's words for its mode (what the layout measures and the draw shows). */
void game_roster_panel_words(const RosterScene *s, char *head, size_t headlen, char *body, size_t bodylen) {
  const GameRosterStudent *a = game_roster_find(s, s->picked), *b = game_roster_find(s, s->other);
  char wa[120], wb[120], held[200];
  who(a, wa, sizeof wa);
  who(b, wb, sizeof wb);
  head[0] = body[0] = '\0';
  switch (s->panel) {
    case P_NONE:
      snprintf(head, headlen, "%s", TR("roster.pick_head", "Pick a student"));
      snprintf(body, bodylen, "%s", TR("roster.pick_body", "Choose a name in the list to rename that student, merge them with "
                                       "another, or erase them."));
      break;
    case P_STUDENT:
    case P_RENAME:
      if (!a) break;
      snprintf(head, headlen, "%s", wa);
      holdings(a, held, sizeof held);
      snprintf(body, bodylen, TR("roster.saved_about", "Saved about them: %s."), held);
      break;
    case P_MERGE_PICK:
      snprintf(head, headlen, TR("roster.merge_head", "Merge %s"), wa);
      snprintf(body, bodylen, "%s", TR("roster.merge_pick", "Now pick the other student in the list: the same person, "
                                       "saved under two names. You choose next which name stays."));
      break;
    case P_MERGE_KEEP: {
      if (!a || !b) break;
      const GameRosterStudent *gone = s->keep_other ? a : b, *kept = s->keep_other ? b : a;
      snprintf(head, headlen, "%s", TR("roster.which_stays", "Which one stays?"));
      snprintf(body, bodylen,
               TRN("roster.merge_says", "%d session of %s moves to %s, with its reflection and the people met; then %s "
                   "is no longer on the list.", "%d sessions of %s move to %s, with their reflections and the people met; "
                   "then %s is no longer on the list.", (unsigned long)gone->sessions),
               gone->sessions, gone->p.name, kept->p.name, gone->p.name);
      break;
    }
    case P_ERASE:
      if (!a) break;
      holdings(a, held, sizeof held);
      snprintf(head, headlen, TR("roster.erase_head", "Erase %s?"), wa);
      snprintf(body, bodylen, TR("roster.erase_says", "This erases, for good: %s, and their practice. It cannot be undone."),
               held);
      break;
    case P_ERASE_CLASS: {
      int sessions = 0, reflections = 0;
      for (int i = 0; i < s->count; i++) {
        sessions += s->students[i].sessions;
        reflections += s->students[i].reflections;
      }
      char st[64], se[64], re[64];
      snprintf(st, sizeof st, TRN("roster.n_students", "%d student", "%d students", (unsigned long)s->count), s->count);
      snprintf(se, sizeof se, TRN("roster.n_sessions", "%d session", "%d sessions", (unsigned long)sessions), sessions);
      snprintf(re, sizeof re, TRN("roster.n_reflections", "%d reflection", "%d reflections", (unsigned long)reflections),
               reflections);
      snprintf(head, headlen, TR("roster.erase_class_head", "Erase the class %s?"), s->class_name);
      snprintf(body, bodylen, TR("roster.erase_class_says", "This erases, for good, its %s with %s and %s. Type the class's "
               "name below to confirm."), st, se, re);
      break;
    }
  }
}
