/* figures.h — people drawn by the engine (portraits, floor figures, the title vignette). */
#ifndef RAPPORT_GAME_FIGURES_H
#define RAPPORT_GAME_FIGURES_H

#include <stdbool.h>
#include <stdint.h>

#include "gfx/gfx.h"
#include "ui/widgets.h"

typedef enum GameMood { GAME_MOOD_UNCOMFORTABLE = -1, GAME_MOOD_NEUTRAL = 0, GAME_MOOD_INTERESTED = 1 } GameMood;

typedef struct GameLook {
  GfxColor skin, hair, top;
  int hair_style;  /* 0 short, 1 curly, 2 long, 3 cropped */
  bool glasses;
} GameLook;

/* A stable appearance from a seed (e.g. game_seed_from_text(person id)). */
GameLook game_look_from_seed(uint32_t seed);
uint32_t game_seed_from_text(const char *text);

/* Head and shoulders centred on cx; `size` is the figure's height in pixels. */
void game_draw_portrait(Gfx *gfx, int cx, int top, int size, GameLook look, GameMood mood);
/* A top-down figure of radius r for the floor; highlighted draws a ring in `ring`. */
void game_draw_floor_figure(Gfx *gfx, int cx, int cy, int r, GameLook look, bool highlighted, GfxColor ring);
/* The title screen's illustration inside `area`. */
void game_draw_title_vignette(UiCtx *ui, GfxRect area);

#endif
