/* speech.c — self-voicing's speech output (see speech.h): speech-dispatcher through
 * libspeechd when a daemon answers (never spawned: only a running one, so a desktop's
 * screen-reader setup is used as it is), else espeak-ng synthesising synchronously into
 * a buffer that is queued on an SDL audio device. espeak-ng is a process-wide singleton,
 * so at most one GfxSpeech uses it at a time.
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

struct GfxSpeech {
  GfxSpeechBackend backend;
  SPDConnection *spd;
  SDL_AudioDeviceID device;
  bool audio_started;    /* SDL's audio subsystem was initialised by us */
  bool espeak_started;
  int rate, volume;      /* percent */
};

/* The synthesis callback's destination: espeak-ng calls back with no context pointer of
 * ours, and it is a singleton, so one collector for the process. */
typedef struct SampleBuf {
  short *data;
  size_t count, cap;
  bool failed;
} SampleBuf;
static SampleBuf *collecting;

static int collect(short *wav, int numsamples, espeak_EVENT *events) {
  (void)events;
  SampleBuf *b = collecting;
  if (!b || !wav || numsamples <= 0) return 0;
  if (b->count + (size_t)numsamples > b->cap) {
    size_t cap = b->cap ? b->cap * 2 : 16384;
    while (cap < b->count + (size_t)numsamples) cap *= 2;
    short *grown = realloc(b->data, cap * sizeof *grown);
    if (!grown) {
      b->failed = true;
      return 1; /* abort the synthesis */
    }
    b->data = grown;
    b->cap = cap;
  }
  memcpy(b->data + b->count, wav, (size_t)numsamples * sizeof *wav);
  b->count += (size_t)numsamples;
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
  SDL_PauseAudioDevice(sp->device, 0);
  sp->backend = GFX_SPEECH_ESPEAK;
  snprintf(why, whylen, "espeak-ng at %d Hz on SDL audio driver %s", want.freq,
           SDL_GetCurrentAudioDriver() ? SDL_GetCurrentAudioDriver() : "?");
  return true;
}

static void close_espeak(GfxSpeech *sp) {
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

static int clampi(int v, int lo, int hi) { return v < lo ? lo : v > hi ? hi : v; }

void gfx_speech_set_rate(GfxSpeech *sp, int percent) {
  if (!sp) return;
  sp->rate = clampi(percent, 50, 250);
  if (sp->backend == GFX_SPEECH_DISPATCHER)
    spd_set_voice_rate(sp->spd, clampi(sp->rate - 100, -100, 100)); /* 0: the user's own rate */
  else if (sp->backend == GFX_SPEECH_ESPEAK)
    espeak_ng_SetParameter(espeakRATE, clampi(espeakRATE_NORMAL * sp->rate / 100, espeakRATE_MINIMUM, espeakRATE_MAXIMUM), 0);
}

void gfx_speech_set_volume(GfxSpeech *sp, int percent) {
  if (!sp) return;
  sp->volume = clampi(percent, 0, 100);
  if (sp->backend == GFX_SPEECH_DISPATCHER)
    spd_set_volume(sp->spd, sp->volume - 100); /* -100..0: never louder than the user's own */
  else if (sp->backend == GFX_SPEECH_ESPEAK)
    espeak_ng_SetParameter(espeakVOLUME, sp->volume, 0); /* espeak-ng's 100 is its normal */
}

void gfx_speech_stop(GfxSpeech *sp) {
  if (!sp) return;
  if (sp->backend == GFX_SPEECH_DISPATCHER) spd_cancel(sp->spd);
  else if (sp->backend == GFX_SPEECH_ESPEAK) SDL_ClearQueuedAudio(sp->device);
}

long gfx_speech_say(GfxSpeech *sp, const char *text) {
  if (!sp || !text || !*text) return -1;
  if (sp->backend == GFX_SPEECH_DISPATCHER) return spd_say(sp->spd, SPD_TEXT, text) >= 0 ? 0 : -1;
  if (sp->backend != GFX_SPEECH_ESPEAK) return -1;
  SampleBuf buf = {0};
  collecting = &buf;
  espeak_ERROR e = espeak_Synth(text, strlen(text) + 1, 0, POS_CHARACTER, 0, espeakCHARS_UTF8, NULL, NULL);
  collecting = NULL;
  long queued = -1;
  if (e == EE_OK && !buf.failed && buf.count > 0 &&
      SDL_QueueAudio(sp->device, buf.data, (Uint32)(buf.count * sizeof *buf.data)) == 0)
    queued = (long)buf.count;
  free(buf.data);
  return queued;
}
