/* difficulty.h — the three difficulties as the player sees them (a name and one line of what
 * changes) and the picker that shows them: a panel with a heading, the chosen one's line and
 * one chip per difficulty, drawn on the profile screen and in the floor's chooser.
 * Values are SaveDifficulty (0 gentle, 1 standard, 2 challenging). Depends on ui and save.h.
 */
#ifndef RAPPORT_GAME_DIFFICULTY_H
#define RAPPORT_GAME_DIFFICULTY_H

#include <stdbool.h>

#include "gfx/input.h"
#include "sim/sim.h"
#include "ui/widgets.h"

enum { GAME_DIFFICULTIES = 3 };

/* "Gentle", "Standard", "Challenging"; "Standard" when out of range. */
const char *game_difficulty_label(int difficulty);
/* One line of what the difficulty changes in the people (never the rules). */
const char *game_difficulty_help(int difficulty);

/* The simulation's difficulty for a SaveDifficulty and back (their numbering differs: the
 * save counts from gentle, the default; the sim from standard, the model as it was). */
SimDifficulty game_difficulty_to_sim(int difficulty);
int game_difficulty_from_sim(SimDifficulty difficulty);

/* The picker's rectangles, set by game_difficulty_picker_layout. */
typedef struct GameDifficultyPicker {
  GfxRect panel;
  GfxRect chips[GAME_DIFFICULTIES];
  int help_y;                  /* where the chosen difficulty's line goes */
  int help_h;                  /* room kept for the longest line */
} GameDifficultyPicker;

/* Lays the picker out at (x, y), `w` wide; returns its height. Chips share one row when they
 * fit, else stack. */
int game_difficulty_picker_layout(GameDifficultyPicker *p, UiCtx *ui, int x, int y, int w);
void game_difficulty_picker_draw(const GameDifficultyPicker *p, UiCtx *ui, int current, bool focused);
/* The difficulty clicked this frame, else -1. */
int game_difficulty_picker_clicked(const GameDifficultyPicker *p, const GfxInput *in);

#endif
