/* replay.h — plain-text input scripts that drive the game like a player.
 *
 * One command a line, '#' starts a comment:
 *   wait N | key NAME | type TEXT | click X Y | move X Y | shot NAME |
 *   expect-scene NAME | expect-text TEXT | expect-no-text TEXT | clipboard TEXT |
 *   clipboard+ TEXT | quit
 * and commands the game evaluates (gfx knows no game rules: it checks their shape and
 * hands the whole line to the handler set with gfx_replay_set_game):
 *   expect-state KEY VALUE... | expect-save SQL => RESULT | bot STRATEGY | scenario ID |
 *   today DAY
 * The whole file is parsed before the run, so a typo fails at once with FILE:LINE.
 */
#ifndef RAPPORT_GFX_REPLAY_H
#define RAPPORT_GFX_REPLAY_H

#include <stdbool.h>
#include <stddef.h>

#include "gfx/gfx.h"

typedef enum GfxReplayKind {
  GFX_REPLAY_WAIT, GFX_REPLAY_KEY, GFX_REPLAY_TYPE, GFX_REPLAY_CLICK, GFX_REPLAY_MOVE,
  GFX_REPLAY_SHOT, GFX_REPLAY_EXPECT_SCENE, GFX_REPLAY_EXPECT_TEXT, GFX_REPLAY_EXPECT_NO_TEXT, GFX_REPLAY_QUIT,
  GFX_REPLAY_GAME,   /* expect-state, expect-save, bot, scenario, today: the whole line */
  GFX_REPLAY_CLIPBOARD /* clipboard (a = 0: set) and clipboard+ (a = 1: append) */
} GfxReplayKind;

typedef struct GfxReplayCommand {
  GfxReplayKind kind;
  int line;
  int a, b;          /* frames, key code, or x/y */
  bool shift;        /* key with Shift held (e.g. "key Shift+Tab") */
  bool ctrl;         /* key with Ctrl held ("key Ctrl+v") */
  char text[512];    /* text to type, screenshot name, scene, expected text or game line */
} GfxReplayCommand;

typedef struct GfxReplay GfxReplay;

typedef enum GfxReplayStep { GFX_REPLAY_RUN_FRAME, GFX_REPLAY_DONE, GFX_REPLAY_FAILED } GfxReplayStep;

/* Parses a replay from text. `name` is used in messages. Returns NULL and fills `err` with
 * "NAME:LINE: message" on the first bad line. */
GfxReplay *gfx_replay_parse(const char *name, const char *text, char *err, size_t errlen);
/* Reads and parses the file at `path` (same contract as gfx_replay_parse). */
GfxReplay *gfx_replay_load(const char *path, char *err, size_t errlen);
void gfx_replay_destroy(GfxReplay *replay);

int gfx_replay_count(const GfxReplay *replay);
const GfxReplayCommand *gfx_replay_command(const GfxReplay *replay, int index);

/* Evaluates one game command line (e.g. "expect-state depth 2.5"); false + `why` (plain
 * words, no FILE:LINE) when the expectation fails or the command cannot run. */
typedef bool (*GfxReplayGameFn)(void *ctx, const char *line, char *why, size_t whylen);
/* Sets the handler for game commands; without one they fail the run. */
void gfx_replay_set_game(GfxReplay *replay, GfxReplayGameFn fn, void *ctx);

/* Advances the replay by one frame: executes commands until one needs a frame to run.
 * `scene` is the name of the top scene now. On GFX_REPLAY_FAILED `err` says which line and
 * why (a failed expectation). Screenshots go to `shot_dir`/NAME.bmp; a missing `shot_dir`
 * (and the folders above it) is created at the first `shot`. */
GfxReplayStep gfx_replay_next(GfxReplay *replay, Gfx *gfx, const char *scene, const char *shot_dir,
                              char *err, size_t errlen);

#endif
