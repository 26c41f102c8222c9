/* speech.h — text to speech for self-voicing: the speech-dispatcher client library when a
 * speech daemon is running (the user's own voice and rate apply), else espeak-ng
 * synthesised on a worker thread into SDL audio; neither when there is no sound device (the
 * game goes on). Knows nothing of the game: it says strings, interrupts and reports what
 * each utterance queued.
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
 * and why (or why none could be). NULL only when out of memory (or no thread could be
 * started for espeak-ng). */
GfxSpeech *gfx_speech_open(GfxSpeechChoice choice, char *log, size_t loglen);
/* Stops speaking, stops the worker thread (joined) and closes the backend; safe on NULL. */
void gfx_speech_close(GfxSpeech *sp);

GfxSpeechBackend gfx_speech_backend(const GfxSpeech *sp);
/* "speech-dispatcher", "espeak-ng" or "none". */
const char *gfx_speech_backend_name(GfxSpeechBackend backend);

/* Rate in percent of the voice's normal rate (50..250), volume in percent (0..100).
 * With speech-dispatcher 100% rate and volume leave the user's own settings. With
 * espeak-ng they apply from the next utterance the worker starts. */
void gfx_speech_set_rate(GfxSpeech *sp, int percent);
void gfx_speech_set_volume(GfxSpeech *sp, int percent);

/* The voice's language: the interface's code ("es"; NULL or "en" for English). With
 * espeak-ng the worker selects that language's voice before its next utterance (English,
 * with a note for gfx_speech_take_note, when there is none); with speech-dispatcher the
 * daemon is told (SSIP SET SELF LANGUAGE) and picks its own voice for it. */
void gfx_speech_set_language(GfxSpeech *sp, const char *code);
/* A note the backend has for the log since the last call (espeak-ng had no voice for the
 * language asked), copied to out; false when there is none. Each note is given once. */
bool gfx_speech_take_note(GfxSpeech *sp, char *out, size_t outlen);

/* Stops what is being said and drops what is queued: the utterance being synthesised is
 * abandoned within one audio chunk (about 60 ms of speech, a millisecond or so of work),
 * the queued ones are reported as cancelled, and the audio not yet played is dropped. */
void gfx_speech_stop(GfxSpeech *sp);
/* Queues `text` after what is being said and returns at once (the synthesis runs on the
 * worker thread). Returns the utterance's id (>= 1), whose outcome gfx_speech_poll
 * reports later, or -1 when nothing can be said (no backend, empty text, out of memory,
 * the daemon refused it). */
long gfx_speech_say(GfxSpeech *sp, const char *text);

/* What became of one utterance. */
typedef struct GfxSpeechDone {
  long id;          /* as gfx_speech_say returned it */
  long samples;     /* audio samples queued (espeak-ng); 0 with speech-dispatcher */
  bool cancelled;   /* stopped before all of it was synthesised (or never started) */
  char voice[16];   /* the language of the voice it was said with ("es", "en"); "" if never started */
} GfxSpeechDone;
/* Takes the oldest outcome not yet taken: true and *out filled, false when there is none.
 * Outcomes are kept for the last 64 utterances; older ones not taken are dropped. */
bool gfx_speech_poll(GfxSpeech *sp, GfxSpeechDone *out /* out */);
/* Blocks until every utterance queued so far has been synthesised or cancelled (its audio
 * may still be playing). Headless replays use it so that what is said is deterministic. */
void gfx_speech_wait(GfxSpeech *sp);

#endif
