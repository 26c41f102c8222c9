/* save_transcript.c — stored choice and guess rows back into transcript steps (see
 * save_transcript.h). Reads through save_choices/save_guesses; maps stable ids to the
 * scenario's indices and reason names to codes. Depends on save.h and the sim headers.
 */
#include "save/save_transcript.h"

#include "save/save_internal.h"

#include <stdlib.h>
#include <string.h>

static int person_index(const SimScenario *sc, const char *id) {
  for (int i = 0; i < sc->person_count; i++)
    if (sc->people[i].id && strcmp(sc->people[i].id, id) == 0) return i;
  return -1;
}

static int node_index(const SimPerson *p, const char *id) {
  for (int i = 0; i < p->node_count; i++)
    if (p->nodes[i].id && strcmp(p->nodes[i].id, id) == 0) return i;
  return -1;
}

/* save_choice_from_log writes the choice's id, or its index when it has none. */
static int choice_index(const SimNode *n, const char *id) {
  for (int i = 0; i < n->choice_count; i++)
    if (n->choices[i].id && strcmp(n->choices[i].id, id) == 0) return i;
  char *end = NULL;
  long v = strtol(id, &end, 10);
  return (end && end != id && *end == '\0' && v >= 0 && v < n->choice_count) ? (int)v : -1;
}

static void parse_reasons(const char *list, SimStep *st) {
  st->reason_count = 0;
  const char *c = list;
  while (*c && st->reason_count < SIM_MAX_REASONS) {
    size_t len = strcspn(c, ",");
    char name[64];
    if (len < sizeof name) {
      memcpy(name, c, len);
      name[len] = '\0';
      int r = sim_reason_from_name(name);
      if (r > SIM_REASON_NONE) st->reasons[st->reason_count++] = (uint8_t)r;
    }
    c += len;
    if (*c == ',') c++;
  }
}

SaveStatus save_transcript_steps(SaveDb *db, const SimScenario *sc, int64_t session_id, SimStep *steps,
                                 int max_steps, int *step_count, SimTalkGuess *guesses, int max_guesses,
                                 int *guess_count, char *msg, size_t msglen) {
  *step_count = *guess_count = 0;
  if (!sc || !steps || !guesses || max_steps < 0 || max_guesses < 0) {
    save_msgf(msg, msglen, "reading a transcript: no scenario or nowhere to put it");
    return SAVE_MISUSE;
  }
  SaveChoice *rows = max_steps > 0 ? calloc((size_t)max_steps, sizeof *rows) : NULL;
  if (max_steps > 0 && !rows) {
    save_msgf(msg, msglen, "reading a transcript: out of memory");
    return SAVE_NO_MEMORY;
  }
  int total = 0;
  SaveStatus st = save_choices(db, session_id, rows, max_steps, &total, msg, msglen);
  int n = total < max_steps ? total : max_steps;
  for (int i = 0; st == SAVE_OK && i < n; i++) {
    const SaveChoice *c = &rows[i];
    int p = person_index(sc, c->person);
    if (p < 0) continue;
    int node = node_index(&sc->people[p], c->node);
    if (node < 0) continue;
    int choice = choice_index(&sc->people[p].nodes[node], c->choice);
    if (choice < 0) continue;
    SimStep *s = &steps[(*step_count)++];
    memset(s, 0, sizeof *s);
    s->talk = c->talk - 1;
    s->person = p;
    s->node = node;
    s->choice = choice;
    s->interest = (float)c->d_interest;
    parse_reasons(c->reasons, s);
  }
  free(rows);
  if (st != SAVE_OK) return st;
  SaveGuess g[SIM_MAX_TALKS];
  st = save_guesses(db, session_id, g, SIM_MAX_TALKS, &total, msg, msglen);
  n = total < SIM_MAX_TALKS ? total : SIM_MAX_TALKS;
  for (int i = 0; st == SAVE_OK && i < n && *guess_count < max_guesses; i++)
    guesses[(*guess_count)++] = (SimTalkGuess){.talk = g[i].talk - 1, .guess = g[i].guess, .actual = g[i].actual};
  return st;
}
