/* speech.h — text to speech for self-voicing: the speech-dispatcher client library when a
 * speech daemon is running (the user's own voice and rate apply), else espeak-ng
 * synthesised into SDL audio; neither when there is no sound device (the game goes on).
 * Knows nothing of the game: it says strings, interrupts and reports what it queued.
 */
#ifndef RAPPORT_GFX_SPEECH_H
#define RAPPORT_GFX_SPEECH_H

#include <stdbool.h>
#include <stddef.h>

typedef enum GfxSpeechBackend {
  GFX_SPEECH_NONE,        /* nothing can be spoken (no daemon, no sound device) */
  GFX_SPEECH_DISPATCHER,  /* speech-dispatcher (libspeechd) */
  GFX_SPEECH_ESPEAK,      /* espeak-ng into an SDL audio device */
} GfxSpeechBackend;

/* Which backends may be tried: AUTO tries speech-dispatcher, then espeak-ng. */
typedef enum GfxSpeechChoice { GFX_SPEECH_AUTO, GFX_SPEECH_ONLY_ESPEAK, GFX_SPEECH_ONLY_DISPATCHER } GfxSpeechChoice;

/* "auto", "espeak" or "speechd" -> *out; false for anything else. */
bool gfx_speech_parse_choice(const char *text, GfxSpeechChoice *out);

typedef struct GfxSpeech GfxSpeech;

/* Opens the first backend that works. Never fails for want of a voice: the result's
 * backend is then GFX_SPEECH_NONE. `log` gets one line saying which backend was chosen
 * and why (or why none could be). NULL only when out of memory. */
GfxSpeech *gfx_speech_open(GfxSpeechChoice choice, char *log, size_t loglen);
/* Stops speaking and closes the backend; safe on NULL. */
void gfx_speech_close(GfxSpeech *sp);

GfxSpeechBackend gfx_speech_backend(const GfxSpeech *sp);
/* "speech-dispatcher", "espeak-ng" or "none". */
const char *gfx_speech_backend_name(GfxSpeechBackend backend);

/* Rate in percent of the voice's normal rate (50..250), volume in percent (0..100).
 * With speech-dispatcher 100% rate and volume leave the user's own settings. */
void gfx_speech_set_rate(GfxSpeech *sp, int percent);
void gfx_speech_set_volume(GfxSpeech *sp, int percent);

/* Stops what is being said and drops what is queued. */
void gfx_speech_stop(GfxSpeech *sp);
/* Queues `text` after what is being said. Returns the number of audio samples queued
 * (espeak-ng), 0 when the daemon took it (speech-dispatcher speaks on its own), -1 when
 * nothing could be said (no backend, a synthesis or queue failure). */
long gfx_speech_say(GfxSpeech *sp, const char *text);

#endif
