/* practice.h — rehearsal and the own-words checklist (the learning loop's practice half).
 * Rehearsal: a fresh session positioned just before a choice the player made (or at a
 * drill's set-up), so one moment can be tried again without touching the session played.
 * Checklist: a transparent judge of a line the learner typed (an opener, a follow-up's
 * personal line) against rules that are data (scripts/lib/checklist.lua, loaded by
 * engine/script). Pure C17: the C library and sim.h only.
 */
#ifndef RAPPORT_SIM_PRACTICE_H
#define RAPPORT_SIM_PRACTICE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "sim/sim.h"

/* ---- Rehearsal ----------------------------------------------------------------------- */

/* A new session (free with sim_session_destroy) in the state `played` was in just before
 * log entry `log_index`, which must be a choice in a conversation: the same scenario, seed,
 * settings, calendar day and starting relations, with the entries before it played again.
 * The talk is active with the same person at the same node. `played` is not changed.
 * NULL with *status (opt) SIM_ERR_ARG (not a choice / bad index), SIM_ERR_STATE (the log
 * does not re-play to that point) or SIM_ERR_FULL (out of memory). */
SimSession *sim_rehearse_at(const SimSession *played, int log_index, int *status /* opt */);

/* A drill's set-up: a fresh session on `scenario` seeded `seed` that begins a talk with
 * `person` (joining as `join`, unless `join_open` leaves the talk unbegun so the drill's
 * question is how to join), then walks `step_count` steps: at each, the first offered
 * choice whose next node has id steps[i]. NULL with *status (opt) on a bad person or step. */
SimSession *sim_rehearse_drill(const SimScenario *scenario, uint64_t seed, int person, SimJoin join,
                               bool join_open, const char *const *steps, int step_count,
                               int *status /* opt */);

/* "Introduce yourself and say why you came over: ..." — which style would help now and why,
 * in plain words, for choice `choice` of the current node (the connector's, sim_hint_choice,
 * when -1). Writes "" when there is no talk. Returns the length needed (snprintf-style). */
int sim_rehearse_hint(const SimSession *s, int choice, char *buf, size_t size);

/* A one-line note on what a rehearsed choice did, from its effects' reasons ("She warmed to
 * that: you said who you are and why you came over."). `person` names them. */
int sim_rehearse_note(const SimSession *s, int person, const SimEffects *fx, char *buf, size_t size);

/* Whether effects read as a good move: no misstep (nor a goodbye before anything real) among
 * their reasons, and either a reason named or interest not down. */
bool sim_rehearse_went_well(const SimEffects *fx);

/* ---- The own-words checklist --------------------------------------------------------- */

#define SIM_CHECK_PHRASES 64        /* phrases one list may hold */
#define SIM_CHECK_PHRASE_BYTES 48   /* one phrase, NUL included */
#define SIM_CHECK_TEXT_BYTES 200    /* a label or a note, NUL included */
#define SIM_CHECK_MAX_CHARS 2000    /* characters of a text judged; the rest is ignored */
#define SIM_CHECK_EVIDENCE 64       /* bytes of the words that matched an item */

typedef enum SimCheckItem {
  SIM_CHECK_NAME,          /* they said who they are */
  SIM_CHECK_WHY,           /* why they are here / writing */
  SIM_CHECK_QUESTION,      /* a genuine question (not a request dressed as one) */
  SIM_CHECK_DETAIL,        /* something specific the person told them */
  SIM_CHECK_NO_EARLY_ASK,  /* no request before any value offered */
  SIM_CHECK_ITEM_COUNT
} SimCheckItem;

/* "name", "why", "question", "detail", "no_request_first"; NULL out of range. */
const char *sim_check_item_name(SimCheckItem item);
int sim_check_item_from_name(const char *name);

typedef enum SimCheckContext { SIM_CHECK_OPENER, SIM_CHECK_FOLLOW_UP, SIM_CHECK_CONTEXT_COUNT } SimCheckContext;
/* "opener", "follow_up"; NULL out of range. */
const char *sim_check_context_name(SimCheckContext context);
int sim_check_context_from_name(const char *name);

typedef struct SimCheckPhrases {
  int count;
  char text[SIM_CHECK_PHRASES][SIM_CHECK_PHRASE_BYTES]; /* folded as sim_check_fold folds */
} SimCheckPhrases;

/* The rules (scripts/lib/checklist.lua). Phrases per item: NAME phrases may contain
 * "{name}" (the player's name); QUESTION phrases count as a question without a "?";
 * NO_EARLY_ASK phrases are requests, `value` phrases offers that may come before one. */
typedef struct SimCheckRules {
  char label[SIM_CHECK_ITEM_COUNT][SIM_CHECK_TEXT_BYTES];   /* "Your name" */
  char missing[SIM_CHECK_ITEM_COUNT][SIM_CHECK_TEXT_BYTES]; /* what to try when not found */
  SimCheckPhrases phrases[SIM_CHECK_ITEM_COUNT];
  SimCheckPhrases value;
  SimCheckPhrases stopwords;      /* words of a fact too common to count as a detail */
  SimCheckPhrases function_words; /* a Latin-script text (5+ words, one sentence) with none is a keyword list */
  bool applies[SIM_CHECK_CONTEXT_COUNT][SIM_CHECK_ITEM_COUNT];
  int list_min_parts;             /* a keyword list: at least this many comma-separated parts */
  float list_max_words;           /* ... averaging at most this many words each */
  int min_question_words;         /* a "?" sentence needs this many words to be a question */
  int detail_min_letters;         /* fact words shorter than this never count as a detail */
  char list_note[SIM_CHECK_TEXT_BYTES];  /* "This reads like a list of keywords — ..." */
  char empty_note[SIM_CHECK_TEXT_BYTES];
} SimCheckRules;

typedef struct SimCheckResult {
  int count;                      /* items that apply in this context, in item order */
  struct {
    SimCheckItem item;
    bool found;
    char evidence[SIM_CHECK_EVIDENCE]; /* the folded words that matched (or, for a request
                                          made too soon, the request), "" none */
  } items[SIM_CHECK_ITEM_COUNT];
  int found;                      /* how many of them were found */
  int words;                      /* words counted (a CJK character counts half) */
  bool empty;                     /* nothing but spaces */
  bool keyword_list;              /* a list of keywords, not sentences: no item is credited */
  bool truncated;                 /* longer than SIM_CHECK_MAX_CHARS: the rest was ignored */
} SimCheckResult;

/* Folds UTF-8 `in` for matching: lower case (Latin, Greek, Cyrillic), accents removed
 * (é -> e, ß -> ss), curly quotes and full-width punctuation made plain, invalid bytes and
 * control characters a space. Stops after SIM_CHECK_MAX_CHARS characters (*truncated).
 * Returns the length written (out is always NUL-terminated when outlen > 0). */
size_t sim_check_fold(const char *in, char *out, size_t outlen, bool *truncated /* opt */);

/* Judges `text` in `context`. `player_name` (opt) fills "{name}"; `facts` (opt, `fact_count`
 * texts) are what the person told the player, for SIM_CHECK_DETAIL. Never fails: any text
 * (empty, huge, any script, emoji, invalid UTF-8) gives a result. */
void sim_check_text(const SimCheckRules *rules, SimCheckContext context, const char *text,
                    const char *player_name /* opt */, const char *const *facts /* opt */,
                    int fact_count, SimCheckResult *out);

#endif
