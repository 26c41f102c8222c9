/* debrief_transcript.h — the debrief's "Transcript" tab: every line of every conversation,
 * and beside each of the player's lines how the other person took it (a shape and a word,
 * never colour alone) with the reason in their words, and each guess against how it went.
 */
#ifndef RAPPORT_GAME_DEBRIEF_TRANSCRIPT_H
#define RAPPORT_GAME_DEBRIEF_TRANSCRIPT_H

#include <stdbool.h>

#include "game/app.h"
#include "sim/learn.h"

typedef struct GameTranscript {
  SimLine *lines;            /* owned */
  char (*texts)[400];        /* each line's text, personalised ({name}) */
  int *heights;              /* measured height of each line at `measured_w` / `measured_size` */
  int count;
  int measured_w, measured_size;
  bool from_save;            /* rebuilt from the session's stored rows (else from the live log) */
} GameTranscript;

/* Builds the transcript of the session being played (app->state->session): from its stored
 * choice and guess rows when they are all written (as a reload would), else from the live
 * log; both give the same lines (tests/game/test_game_transcript_reload.c). Returns false
 * when out of memory (the tab then says so); an empty session gives count 0. */
bool game_transcript_build(GameApp *app, GameTranscript *tr);
/* Draws (draw = false: only measures) the transcript from (x, y) in width w; lines wholly
 * outside [clip_top, clip_bottom) are skipped when drawing. Returns the height. */
int game_transcript_draw(GameApp *app, GameTranscript *tr, int x, int y, int w, int clip_top, int clip_bottom,
                         bool draw);
void game_transcript_free(GameTranscript *tr);

/* The person the player talked to least well (the lowest "how it really went"; the first
 * on a tie), or -1 when there was no conversation. */
int game_transcript_least_well(const SimSession *ss);

#endif
