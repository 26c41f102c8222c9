/* voice.h — self-voicing: reads out the focused element on every focus change, each line
 * a person says (with their name), notices and the debrief cards; V turns it on and off,
 * R says the last thing again, anything new interrupts. On/off, rate and volume are the
 * profile's prefs (GAME_PREF_VOICE*). Speech itself is gfx/speech.h (synthesis off the
 * main thread).
 */
#ifndef RAPPORT_GAME_VOICE_H
#define RAPPORT_GAME_VOICE_H

#include <stdbool.h>

#include "gfx/speech.h"

struct GameApp;
typedef struct GameVoice GameVoice;

GameVoice *game_voice_create(void);
void game_voice_destroy(GameVoice *voice);

/* Queues something to say this frame, before the focused element (a person's line, a
 * card). Ignored while self-voicing is off. */
void game_voice_say(struct GameApp *app, const char *text);

/* The scene's own focused thing this frame, said in full as given (the person in reach on
 * the floor), when no widget is drawn focused. Like a focus move, a change interrupts what
 * is being said. Call it while drawing, every frame it applies. */
void game_voice_focus(struct GameApp *app, const char *text);

/* V and R, from this tick's input (the frame loop, before the scene sees it). */
void game_voice_input(struct GameApp *app);
/* After each frame is drawn (or probed): follows the prefs, speaks what was queued and the
 * focused element when it changed, and a new notice. */
void game_voice_frame(struct GameApp *app);

/* Settings > Voice (scene_voice.c): on/off, speed, volume. */
struct UiScene *game_voice_scene(struct GameApp *app);

/* The backend in use (GFX_SPEECH_NONE before self-voicing was first turned on). */
GfxSpeechBackend game_voice_backend(const GameVoice *voice);
/* Whether a backend was tried (self-voicing has been on at least once). */
bool game_voice_started(const GameVoice *voice);

#endif
