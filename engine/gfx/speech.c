/* speech.c — self-voicing's speech output (see speech.h): speech-dispatcher through
 * libspeechd when a daemon answers (never spawned: only a running one, so a desktop's
 * screen-reader setup is used as it is), else espeak-ng, which a worker thread runs
 * synchronously, each 60 ms chunk going straight onto an SDL audio device as it is made.
 * espeak-ng is a process-wide singleton, so at most one GfxSpeech uses it at a time, and
 * only its worker calls it once it runs. Locks: sp->lock guards the queue and outcomes;
 * SDL's device lock orders a chunk's queueing against a stop's clearing; a stop takes
 * sp->lock then the device's, and nothing takes them the other way round.
 */
#include "gfx/speech.h"

#include <SDL.h>
#include <espeak-ng/espeak_ng.h>
#include <espeak-ng/speak_lib.h>
#include <libspeechd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define SPEECH_QUEUE_MAX 32  /* texts waiting for the worker; the oldest is dropped beyond */
#define SPEECH_DONE_MAX 64   /* outcomes kept for gfx_speech_poll */

typedef struct SpeechJob {
  char *text;
  long id;
} SpeechJob;

struct GfxSpeech {
  GfxSpeechBackend backend;
  SPDConnection *spd;
  SDL_AudioDeviceID device;
  bool audio_started;    /* SDL's audio subsystem was initialised by us */
  bool espeak_started;
  int rate, volume;      /* percent */
  long next_id;
  /* Shared with the worker, under `lock`. */
  SDL_mutex *lock;
  SDL_cond *wake;        /* a job was queued, or quit */
  SDL_cond *idle;        /* the queue ran empty and the worker is between jobs */
  SDL_Thread *worker;
  SpeechJob queue[SPEECH_QUEUE_MAX];
  int qhead, qcount;
  bool busy;             /* the worker is synthesising a job */
  bool quit;
  bool params_dirty;     /* rate or volume changed: the worker applies them before the next job */
  char language[16];     /* the voice's language asked for ("es"), "" for English */
  bool language_dirty;   /* the worker selects that voice before the next job */
  char voice[16];        /* the language of the voice in use, as espeak-ng reports it */
  char note[200];        /* a one-time note for the log (a language with no voice), "" when none */
  GfxSpeechDone done[SPEECH_DONE_MAX];
  int dhead, dcount;
  /* Bumped by every stop: a chunk made for an older generation is not queued, and the
   * synthesis it belongs to is aborted (the callback reads it without the lock). */
  SDL_atomic_t generation;
  /* The worker's own: the job being synthesised. */
  int job_generation;
  long job_samples;
};

/* The synthesis callback's context: espeak-ng calls back with no pointer of ours that is
 * always there, and it is a singleton, so one for the process, touched by the worker only. */
static GfxSpeech *synthesising;

static void push_done(GfxSpeech *sp, long id, long samples, bool cancelled, const char *voice) {
  if (sp->dcount == SPEECH_DONE_MAX) { /* nobody polls: forget the oldest */
    sp->dhead = (sp->dhead + 1) % SPEECH_DONE_MAX;
    sp->dcount--;
  }
  GfxSpeechDone *d = &sp->done[(sp->dhead + sp->dcount) % SPEECH_DONE_MAX];
  *d = (GfxSpeechDone){id, samples, cancelled, ""};
  snprintf(d->voice, sizeof d->voice, "%s", voice ? voice : "");
  sp->dcount++;
}

static int collect(short *wav, int numsamples, espeak_EVENT *events) {
  (void)events;
  GfxSpeech *sp = synthesising;
  if (!sp) return 1;
  if (SDL_AtomicGet(&sp->generation) != sp->job_generation) return 1; /* stopped: abort */
  if (!wav || numsamples <= 0) return 0;
  int status = 0;
  /* The device's own lock (SDL's are recursive), not ours: gfx_speech_say never waits on
   * a chunk being queued. Checked again under it: a stop that bumped the generation before
   * this check is obeyed here; one that bumps it after clears the device's queue after
   * this chunk is on it (SDL_ClearQueuedAudio takes the same lock). */
  SDL_LockAudioDevice(sp->device);
  if (SDL_AtomicGet(&sp->generation) != sp->job_generation) status = 1;
  else if (SDL_QueueAudio(sp->device, wav, (Uint32)numsamples * (Uint32)sizeof *wav) != 0) status = 1;
  else sp->job_samples += numsamples;
  SDL_UnlockAudioDevice(sp->device);
  return status;
}

static int clampi(int v, int lo, int hi) { return v < lo ? lo : v > hi ? hi : v; }

static void apply_espeak_params(int rate, int volume) {
  espeak_ng_SetParameter(espeakRATE, clampi(espeakRATE_NORMAL * rate / 100, espeakRATE_MINIMUM, espeakRATE_MAXIMUM), 0);
  espeak_ng_SetParameter(espeakVOLUME, volume, 0); /* espeak-ng's 100 is its normal */
}

/* The language of the voice espeak-ng now uses ("es", "en-gb"), or `asked` when it says none. */
static void current_voice(char *voice, size_t voicelen, const char *asked) {
  const espeak_VOICE *now = espeak_GetCurrentVoice();
  /* `languages` is a priority byte then the name. */
  const char *lang = now && now->languages ? now->languages : "";
  if (lang[0] && (unsigned char)lang[0] < ' ') lang++;
  snprintf(voice, voicelen, "%s", lang[0] ? lang : asked);
}

/* Selects the espeak-ng voice for `code` (worker only): the first voice of that language,
 * else English with a note for the log, which the caller hands over under the lock. The
 * language espeak-ng reports for the voice it now uses goes to `voice`. A new voice starts
 * from its own rate and volume, so the caller applies them again after this. */
static void select_espeak_voice(const char *code, char *voice, size_t voicelen, char *note, size_t notelen) {
  /* espeak-ng keeps the selector's `languages` pointer (it copies the struct, not the string)
   * and reads it again while it speaks: it must outlive this call, so it is static (the
   * worker is the only caller). A pointer into the worker's stack crashed a later
   * espeak_Synth in utf8_in. */
  static char wanted[16];
  snprintf(wanted, sizeof wanted, "%s", code[0] ? code : "en");
  const char *want = wanted;
  espeak_VOICE props = {0};
  props.languages = want;
  note[0] = '\0';
  if (espeak_SetVoiceByProperties(&props) != EE_OK) {
    snprintf(note, notelen, "speech: espeak-ng has no voice for \"%s\"; speaking with the English voice", want);
    espeak_ng_SetVoiceByName("en");
  }
  current_voice(voice, voicelen, note[0] ? "en" : want);
}

/* The worker: takes the oldest job, synthesises it chunk by chunk onto the device, reports
 * it; waits when there is nothing to do; leaves when told to quit. */
static int worker_main(void *arg) {
  GfxSpeech *sp = arg;
  synthesising = sp;
  SDL_LockMutex(sp->lock);
  for (;;) {
    while (!sp->quit && sp->qcount == 0) {
      SDL_CondBroadcast(sp->idle);
      SDL_CondWait(sp->wake, sp->lock);
    }
    if (sp->quit) break;
    SpeechJob job = sp->queue[sp->qhead];
    sp->qhead = (sp->qhead + 1) % SPEECH_QUEUE_MAX;
    sp->qcount--;
    sp->busy = true;
    sp->job_generation = SDL_AtomicGet(&sp->generation);
    sp->job_samples = 0;
    bool params = sp->params_dirty, language = sp->language_dirty;
    int rate = sp->rate, volume = sp->volume;
    char code[sizeof sp->language];
    snprintf(code, sizeof code, "%s", sp->language);
    sp->params_dirty = sp->language_dirty = false;
    SDL_UnlockMutex(sp->lock);
    if (language) {
      char voice[sizeof sp->voice], note[sizeof sp->note];
      select_espeak_voice(code, voice, sizeof voice, note, sizeof note);
      SDL_LockMutex(sp->lock);
      snprintf(sp->voice, sizeof sp->voice, "%s", voice);
      if (note[0]) snprintf(sp->note, sizeof sp->note, "%s", note);
      SDL_UnlockMutex(sp->lock);
    }
    if (params || language) apply_espeak_params(rate, volume);
    espeak_ERROR e = espeak_Synth(job.text, strlen(job.text) + 1, 0, POS_CHARACTER, 0, espeakCHARS_UTF8, NULL, NULL);
    free(job.text);
    SDL_LockMutex(sp->lock);
    bool cut = SDL_AtomicGet(&sp->generation) != sp->job_generation;
    push_done(sp, job.id, e == EE_OK || cut ? sp->job_samples : -1, cut, sp->voice);
    sp->busy = false;
  }
  SDL_UnlockMutex(sp->lock);
  synthesising = NULL;
  return 0;
}

bool gfx_speech_parse_choice(const char *text, GfxSpeechChoice *out) {
  if (!text) return false;
  if (strcmp(text, "auto") == 0) *out = GFX_SPEECH_AUTO;
  else if (strcmp(text, "espeak") == 0) *out = GFX_SPEECH_ONLY_ESPEAK;
  else if (strcmp(text, "speechd") == 0) *out = GFX_SPEECH_ONLY_DISPATCHER;
  else return false;
  return true;
}

const char *gfx_speech_backend_name(GfxSpeechBackend b) {
  return b == GFX_SPEECH_DISPATCHER ? "speech-dispatcher" : b == GFX_SPEECH_ESPEAK ? "espeak-ng" : "none";
}

/* A running daemon only (autospawn 0): starting one behind the player's back could pick a
 * voice they never chose, and takes seconds when none is installed. */
static bool open_dispatcher(GfxSpeech *sp, char *why, size_t whylen) {
  char *error = NULL;
  /* The address is ours to free: given NULL, libspeechd makes one and leaks it when the
   * connection fails. */
  SPDConnectionAddress *address = spd_get_default_address(&error);
  if (!address) {
    snprintf(why, whylen, "no speech-dispatcher address (%s)", error ? error : "unknown");
    free(error);
    return false;
  }
  /* No socket, no daemon: spd_open2 would only fail (and leaks a string inside libspeechd
   * when it does). */
  if (address->method == SPD_METHOD_UNIX_SOCKET &&
      (!address->unix_socket_name || access(address->unix_socket_name, F_OK) != 0)) {
    snprintf(why, whylen, "no speech-dispatcher daemon (no socket at %s)",
             address->unix_socket_name ? address->unix_socket_name : "its usual place");
    SPDConnectionAddress__free(address);
    free(error);
    return false;
  }
  sp->spd = spd_open2("rapport", "self-voicing", NULL, SPD_MODE_SINGLE, address, 0, &error);
  SPDConnectionAddress__free(address);
  if (!sp->spd) {
    snprintf(why, whylen, "no speech-dispatcher daemon (%s)", error ? error : "no answer");
    free(error);
    return false;
  }
  free(error);
  sp->backend = GFX_SPEECH_DISPATCHER;
  return true;
}

static bool open_espeak(GfxSpeech *sp, char *why, size_t whylen) {
  espeak_ng_InitializePath(NULL);
  espeak_ng_ERROR_CONTEXT context = NULL;
  espeak_ng_STATUS st = espeak_ng_Initialize(&context);
  /* Synchronous: the synthesis runs in the calling thread (our worker), and hands over
   * 60 ms chunks (buffer length 0: espeak-ng's default), so speech starts after the first. */
  if (st == ENS_OK) st = espeak_ng_InitializeOutput(ENOUTPUT_MODE_SYNCHRONOUS, 0, NULL);
  if (st == ENS_OK) st = espeak_ng_SetVoiceByName("en");
  espeak_ng_ClearErrorContext(&context);
  if (st != ENS_OK) {
    char msg[160];
    espeak_ng_GetStatusCodeMessage(st, msg, sizeof msg);
    snprintf(why, whylen, "espeak-ng could not start (%s; is espeak-ng-data installed?)", msg);
    espeak_ng_Terminate();
    return false;
  }
  sp->espeak_started = true;
  espeak_SetSynthCallback(collect);
  if (SDL_InitSubSystem(SDL_INIT_AUDIO) != 0) {
    snprintf(why, whylen, "no sound device (%s)", SDL_GetError());
    return false;
  }
  sp->audio_started = true;
  SDL_AudioSpec want = {0}, have;
  want.freq = espeak_ng_GetSampleRate();
  want.format = AUDIO_S16SYS;
  want.channels = 1;
  want.samples = 1024;
  /* No allowed changes: SDL converts from espeak-ng's rate and format to the device's. */
  sp->device = SDL_OpenAudioDevice(NULL, 0, &want, &have, 0);
  if (sp->device == 0) {
    snprintf(why, whylen, "no sound device (%s)", SDL_GetError());
    return false;
  }
  sp->lock = SDL_CreateMutex();
  sp->wake = SDL_CreateCond();
  sp->idle = SDL_CreateCond();
  sp->params_dirty = true;
  current_voice(sp->voice, sizeof sp->voice, "en"); /* espeak-ng started with "en" above */
  if (sp->lock && sp->wake && sp->idle) sp->worker = SDL_CreateThread(worker_main, "rapport-speech", sp);
  if (!sp->worker) {
    snprintf(why, whylen, "espeak-ng could not start its thread (%s)", SDL_GetError());
    return false;
  }
  SDL_PauseAudioDevice(sp->device, 0);
  sp->backend = GFX_SPEECH_ESPEAK;
  snprintf(why, whylen, "espeak-ng at %d Hz on SDL audio driver %s (synthesised on a worker thread)", want.freq,
           SDL_GetCurrentAudioDriver() ? SDL_GetCurrentAudioDriver() : "?");
  return true;
}

/* Drops every queued job, each reported cancelled. Under sp->lock. */
static void drop_queue(GfxSpeech *sp) {
  while (sp->qcount > 0) {
    SpeechJob *job = &sp->queue[sp->qhead];
    push_done(sp, job->id, 0, true, "");
    free(job->text);
    job->text = NULL;
    sp->qhead = (sp->qhead + 1) % SPEECH_QUEUE_MAX;
    sp->qcount--;
  }
}

/* Teardown mirrors open_espeak: the worker first (it may be inside espeak-ng or queueing
 * on the device), then the device, SDL audio, espeak-ng. */
static void close_espeak(GfxSpeech *sp) {
  if (sp->worker) {
    SDL_LockMutex(sp->lock);
    sp->quit = true;
    SDL_AtomicIncRef(&sp->generation); /* abandons the utterance in progress */
    drop_queue(sp);
    SDL_CondSignal(sp->wake);
    SDL_UnlockMutex(sp->lock);
    SDL_WaitThread(sp->worker, NULL);
    sp->worker = NULL;
  }
  if (sp->idle) SDL_DestroyCond(sp->idle);
  if (sp->wake) SDL_DestroyCond(sp->wake);
  if (sp->lock) SDL_DestroyMutex(sp->lock);
  sp->idle = sp->wake = NULL;
  sp->lock = NULL;
  if (sp->device) SDL_CloseAudioDevice(sp->device);
  sp->device = 0;
  if (sp->audio_started) SDL_QuitSubSystem(SDL_INIT_AUDIO);
  sp->audio_started = false;
  if (sp->espeak_started) espeak_ng_Terminate();
  sp->espeak_started = false;
}

GfxSpeech *gfx_speech_open(GfxSpeechChoice choice, char *log, size_t loglen) {
  GfxSpeech *sp = calloc(1, sizeof *sp);
  if (!sp) return NULL;
  sp->rate = sp->volume = 100;
  char spd_why[256] = "", esp_why[256] = "";
  if (choice != GFX_SPEECH_ONLY_ESPEAK && open_dispatcher(sp, spd_why, sizeof spd_why)) {
    snprintf(log, loglen, "speech: speech-dispatcher (a speech daemon is running: its voice and rate apply)");
    return sp;
  }
  if (choice != GFX_SPEECH_ONLY_DISPATCHER && open_espeak(sp, esp_why, sizeof esp_why)) {
    snprintf(log, loglen, "speech: %s%s%s", esp_why, spd_why[0] ? "; " : "", spd_why);
    return sp;
  }
  close_espeak(sp);
  sp->backend = GFX_SPEECH_NONE;
  snprintf(log, loglen, "speech: none: %s%s%s", spd_why, spd_why[0] && esp_why[0] ? "; " : "", esp_why);
  return sp;
}

void gfx_speech_close(GfxSpeech *sp) {
  if (!sp) return;
  if (sp->spd) {
    spd_cancel(sp->spd);
    spd_close(sp->spd);
  }
  close_espeak(sp);
  free(sp);
}

GfxSpeechBackend gfx_speech_backend(const GfxSpeech *sp) { return sp ? sp->backend : GFX_SPEECH_NONE; }

/* espeak-ng is the worker's once it runs: a change is noted under the lock and applied
 * there, before its next utterance. */
void gfx_speech_set_rate(GfxSpeech *sp, int percent) {
  if (!sp) return;
  int rate = clampi(percent, 50, 250);
  if (sp->backend == GFX_SPEECH_DISPATCHER) {
    sp->rate = rate;
    spd_set_voice_rate(sp->spd, clampi(sp->rate - 100, -100, 100)); /* 0: the user's own rate */
  } else if (sp->backend == GFX_SPEECH_ESPEAK) {
    SDL_LockMutex(sp->lock);
    sp->rate = rate;
    sp->params_dirty = true;
    SDL_UnlockMutex(sp->lock);
  } else {
    sp->rate = rate;
  }
}

void gfx_speech_set_volume(GfxSpeech *sp, int percent) {
  if (!sp) return;
  int volume = clampi(percent, 0, 100);
  if (sp->backend == GFX_SPEECH_DISPATCHER) {
    sp->volume = volume;
    spd_set_volume(sp->spd, sp->volume - 100); /* -100..0: never louder than the user's own */
  } else if (sp->backend == GFX_SPEECH_ESPEAK) {
    SDL_LockMutex(sp->lock);
    sp->volume = volume;
    sp->params_dirty = true;
    SDL_UnlockMutex(sp->lock);
  } else {
    sp->volume = volume;
  }
}

void gfx_speech_set_language(GfxSpeech *sp, const char *code) {
  if (!sp) return;
  char lang[sizeof sp->language];
  snprintf(lang, sizeof lang, "%s", code && strcmp(code, "en") != 0 ? code : "");
  if (sp->backend == GFX_SPEECH_DISPATCHER) {
    snprintf(sp->language, sizeof sp->language, "%s", lang);
    spd_set_language(sp->spd, lang[0] ? lang : "en"); /* SET SELF LANGUAGE: the daemon's voice for it */
  } else if (sp->backend == GFX_SPEECH_ESPEAK) {
    SDL_LockMutex(sp->lock);
    if (strcmp(sp->language, lang) != 0 || !sp->voice[0]) {
      snprintf(sp->language, sizeof sp->language, "%s", lang);
      sp->language_dirty = true;
    }
    SDL_UnlockMutex(sp->lock);
  } else {
    snprintf(sp->language, sizeof sp->language, "%s", lang);
  }
}

bool gfx_speech_take_note(GfxSpeech *sp, char *out, size_t outlen) {
  if (!sp || sp->backend != GFX_SPEECH_ESPEAK || !outlen) return false;
  SDL_LockMutex(sp->lock);
  bool any = sp->note[0] != '\0';
  if (any) snprintf(out, outlen, "%s", sp->note);
  sp->note[0] = '\0';
  SDL_UnlockMutex(sp->lock);
  return any;
}

void gfx_speech_stop(GfxSpeech *sp) {
  if (!sp) return;
  if (sp->backend == GFX_SPEECH_DISPATCHER) {
    spd_cancel(sp->spd);
  } else if (sp->backend == GFX_SPEECH_ESPEAK) {
    SDL_LockMutex(sp->lock);
    SDL_AtomicIncRef(&sp->generation);
    drop_queue(sp);
    SDL_UnlockMutex(sp->lock);
    SDL_ClearQueuedAudio(sp->device); /* after the bump: no chunk of what stopped follows */
  }
}

long gfx_speech_say(GfxSpeech *sp, const char *text) {
  if (!sp || !text || !*text) return -1;
  if (sp->backend == GFX_SPEECH_DISPATCHER) {
    if (spd_say(sp->spd, SPD_TEXT, text) < 0) return -1;
    long id = ++sp->next_id;
    push_done(sp, id, 0, false, sp->language[0] ? sp->language : "en"); /* the daemon has it: its audio is its own business */
    return id;
  }
  if (sp->backend != GFX_SPEECH_ESPEAK) return -1;
  char *copy = malloc(strlen(text) + 1);
  if (!copy) return -1;
  memcpy(copy, text, strlen(text) + 1);
  SDL_LockMutex(sp->lock);
  if (sp->qcount == SPEECH_QUEUE_MAX) { /* keep the newest: drop the oldest */
    SpeechJob *old = &sp->queue[sp->qhead];
    push_done(sp, old->id, 0, true, "");
    free(old->text);
    sp->qhead = (sp->qhead + 1) % SPEECH_QUEUE_MAX;
    sp->qcount--;
  }
  long id = ++sp->next_id;
  sp->queue[(sp->qhead + sp->qcount) % SPEECH_QUEUE_MAX] = (SpeechJob){copy, id};
  sp->qcount++;
  SDL_CondSignal(sp->wake);
  SDL_UnlockMutex(sp->lock);
  return id;
}

bool gfx_speech_poll(GfxSpeech *sp, GfxSpeechDone *out) {
  if (!sp || sp->backend == GFX_SPEECH_NONE) return false;
  bool threaded = sp->backend == GFX_SPEECH_ESPEAK;
  if (threaded) SDL_LockMutex(sp->lock);
  bool any = sp->dcount > 0;
  if (any) {
    *out = sp->done[sp->dhead];
    sp->dhead = (sp->dhead + 1) % SPEECH_DONE_MAX;
    sp->dcount--;
  }
  if (threaded) SDL_UnlockMutex(sp->lock);
  return any;
}

void gfx_speech_wait(GfxSpeech *sp) {
  if (!sp || sp->backend != GFX_SPEECH_ESPEAK) return;
  SDL_LockMutex(sp->lock);
  while (sp->qcount > 0 || sp->busy) SDL_CondWait(sp->idle, sp->lock);
  SDL_UnlockMutex(sp->lock);
}
