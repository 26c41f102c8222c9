/* openers.h — the briefing's opener parts ("Hi, I'm NAME — <why>. <question>"): a
 * scenario's own `openers` table, else the fallback in assets/openers.ini, read once at
 * start. Words live in data, never in C. Depends on the sim's scenario type.
 */
#ifndef RAPPORT_GAME_OPENERS_H
#define RAPPORT_GAME_OPENERS_H

#include <stdbool.h>
#include <stddef.h>

#include "sim/scenario.h"

#define GAME_OPENER_BYTES 512   /* one part, with its NUL (120 characters of any script) */

typedef struct GameOpeners {
  int why_count, question_count;                       /* 1..SIM_MAX_OPENERS once loaded */
  char why[SIM_MAX_OPENERS][GAME_OPENER_BYTES];        /* follows "Hi, I'm NAME — " */
  char question[SIM_MAX_OPENERS][GAME_OPENER_BYTES];   /* a genuine question */
} GameOpeners;

/* Reads an openers file: `[why]` and `[questions]` sections, one part a line, 1 to
 * SIM_MAX_OPENERS of each; `#` starts a comment line. Returns false with
 * "PATH:LINE: message" (or "PATH: message") in err; `out` is then left empty. */
bool game_openers_load(GameOpeners *out, const char *path, char *err, size_t errlen);

/* The parts for a scenario: its own when it gives both kinds, else a copy of `fallback`. */
void game_openers_for(const SimScenario *scenario, const GameOpeners *fallback, GameOpeners *out);

#endif
