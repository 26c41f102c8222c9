/* app.h — the game application: options from the command line, the main loop, and the
 * state every scene shares (gfx, theme, scene stack, input).
 *
 * The loop reads top to bottom: replay step or real events -> update the top scene at a
 * fixed 60 Hz -> apply scene changes -> draw -> present.
 */
#ifndef RAPPORT_GAME_APP_H
#define RAPPORT_GAME_APP_H

#include <stdbool.h>

#include "game/openers.h"
#include "gfx/gfx.h"
#include "gfx/speech.h"
#include "ui/scene.h"
#include "ui/theme.h"
#include "ui/widgets.h"

typedef struct GameOptions {
  bool headless;
  const char *replay;        /* replay script, or NULL */
  const char *shot_dir;      /* where replay screenshots go (default ".") */
  const char *save_path;     /* database file (NULL: default) */
  const char *data_dir;      /* assets/ and scripts/, resolved by main (NULL: the script module's root) */
  const char *font_dir;      /* the DejaVu fonts, resolved by main (NULL: the system's) */
  long frames;               /* headless without replay: frames to run */
  bool stats;                /* print frame statistics at exit */
  GfxRendererChoice renderer; /* real window: auto, software or accelerated */
  bool renderer_from_env;    /* the renderer came from $RAPPORT_RENDERER (for --stats) */
  bool renderer_given;       /* --renderer or $RAPPORT_RENDERER chose (even "auto"): the
                              * Settings screen's choice is not used */
  bool gl_forced_software;   /* $LIBGL_ALWAYS_SOFTWARE: OpenGL can only be a software rasteriser */
  bool draw_every_frame;     /* $RAPPORT_DRAW_EVERY_FRAME: benchmarks draw every tick */
  const char *scenario;      /* start at this scenario's briefing (scenario authors, tests) */
  const char *profile;       /* with --scenario: the profile to play as (default "Player") */
  const char *language;      /* "es", "en"; NULL: English (main resolves the locale) */
  bool language_from_locale; /* `language` came from the desktop's locale: Settings' choice wins */
  double start_ms;           /* process start, CLOCK_MONOTONIC ms, for time-to-first-frame */
  GfxSpeechChoice voice_backend; /* --voice-backend / $RAPPORT_VOICE_BACKEND (game/voice.c) */
  bool voice_log;            /* --voice-log: print each utterance and its audio samples */
} GameOptions;

typedef struct GameApp GameApp;

struct GameApp {
  const GameOptions *options;
  Gfx *gfx;
  UiTheme theme;
  UiStack stack;
  GfxInput input;
  UiCtx ui;
  double time;               /* seconds of game time (ticks / 60) */
  bool quit;
  char root[1024];           /* the data folder: assets/, scripts/ (options->data_dir) */
  GameOpeners openers;       /* the briefing's fallback opener parts (assets/openers.ini) */
  struct GameState *state;   /* the player's session, profile and save (game/state.h) */
  struct I18nCatalog *catalog; /* the translation in use (game/language.h), NULL: English */
  struct GameVoice *voice;   /* self-voicing (game/voice.h) */
};

/* Runs the game until the player quits or the replay ends. Returns the process exit
 * status: 0 ok, 1 a failed replay expectation or runtime failure, 2 a bad replay file. */
int game_main(const GameOptions *options);

/* Path of a file under the data folder (resolved once by main, docs/install.md). */
void game_path(const GameApp *app, char *out, size_t outlen, const char *relative);

/* Scene constructors are in game/scenes.h. */

#endif
