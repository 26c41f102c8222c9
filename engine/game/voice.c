/* voice.c — self-voicing for the whole game (see voice.h). Scenes queue what people say
 * with game_voice_say; the widget kit notes the focused element while drawing
 * (ui_announce_focus); once per frame this speaks the frame's lines, then the focused
 * element if it changed, interrupting whatever was still being said. The speech backend
 * is opened the first time self-voicing is on, and its choice goes to the log.
 */
#include "game/voice.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "game/app.h"
#include "game/state.h"
#include "i18n/i18n.h"

#define VOICE_QUEUE_MAX 24
#define VOICE_BATCH_MAX (UI_SAY_MAX * (VOICE_QUEUE_MAX + 1))
#define VOICE_PENDING_MAX 64 /* utterances whose outcome --voice-log is waiting for */

/* One utterance handed to the backend, kept until its outcome comes back (for the log). */
typedef struct VoicePending {
  long id;                    /* 0: free */
  const char *what;           /* "said" or "repeat" */
  char text[UI_SAY_MAX];
} VoicePending;

struct GameVoice {
  GfxSpeech *speech;          /* NULL until self-voicing is first on */
  bool on;
  int rate, volume;           /* as applied to the backend */
  char language[16];          /* the interface language the backend was last given */
  char logged_voice[16];      /* the voice's language --voice-log last named */
  char queue[VOICE_QUEUE_MAX][UI_SAY_MAX];
  int queued;
  bool repeat;                /* R this tick */
  bool keyed;                 /* a key or a click since the last frame: stop talking */
  bool moved;                 /* the mouse moved: a hover may move focus */
  bool refocus;               /* say the focused element even if unchanged (just turned on) */
  char focus[UI_SAY_MAX];     /* the focused element last said */
  char batch[VOICE_BATCH_MAX]; /* this frame's utterances, '\n'-separated */
  char last[VOICE_BATCH_MAX]; /* what R says again: the last frame's utterances */
  int last_count;
  char notice[640];           /* the notice last said */
  char scene_focus[UI_SAY_MAX]; /* this frame's game_voice_focus text, "" none */
  VoicePending pending[VOICE_PENDING_MAX];
};

GameVoice *game_voice_create(void) { return calloc(1, sizeof(GameVoice)); }

void game_voice_destroy(GameVoice *v) {
  if (!v) return;
  gfx_speech_close(v->speech);
  free(v);
}

GfxSpeechBackend game_voice_backend(const GameVoice *v) { return v ? gfx_speech_backend(v->speech) : GFX_SPEECH_NONE; }
bool game_voice_started(const GameVoice *v) { return v && v->speech; }

static void enqueue(GameVoice *v, const char *text) {
  if (!text || !*text) return;
  if (v->queued == VOICE_QUEUE_MAX) { /* keep the newest: drop the oldest */
    memmove(v->queue[0], v->queue[1], sizeof v->queue[0] * (VOICE_QUEUE_MAX - 1));
    v->queued--;
  }
  snprintf(v->queue[v->queued++], UI_SAY_MAX, "%s", text);
}

void game_voice_say(GameApp *app, const char *text) {
  GameVoice *v = app ? app->voice : NULL;
  if (!v || !v->on) return;
  enqueue(v, text);
}

/* Hands one utterance to the backend, remembering it for the log when --voice-log is on. */
static void say_one(GameApp *app, GameVoice *v, const char *text, const char *what) {
  long id = gfx_speech_say(v->speech, text);
  if (!app->options->voice_log) return;
  if (id < 0) {
    fprintf(stderr, "voice: %s samples=-1 text=\"%s\"\n", what, text);
    return;
  }
  VoicePending *p = &v->pending[id % VOICE_PENDING_MAX];
  p->id = id;
  p->what = what;
  snprintf(p->text, sizeof p->text, "%s", text);
}

/* Logs the outcomes the backend has reported since the last call (--voice-log): one line
 * per utterance, "cut" when it was interrupted before all of it was made. */
static void drain(GameApp *app, GameVoice *v) {
  GfxSpeechDone d;
  char note[256];
  if (gfx_speech_take_note(v->speech, note, sizeof note)) fprintf(stderr, "rapport: %s\n", note);
  while (gfx_speech_poll(v->speech, &d)) {
    VoicePending *p = &v->pending[d.id % VOICE_PENDING_MAX];
    if (!app->options->voice_log || p->id != d.id) continue;
    /* The voice's language on a line of its own when it changes, so the utterance lines keep
     * the format other tests read. */
    if (d.voice[0] && strcmp(d.voice, v->logged_voice) != 0) {
      snprintf(v->logged_voice, sizeof v->logged_voice, "%s", d.voice);
      fprintf(stderr, "voice: voice=%s\n", d.voice);
    }
    fprintf(stderr, "voice: %s samples=%ld%s text=\"%s\"\n", p->what, d.samples, d.cancelled ? " cut" : "", p->text);
    p->id = 0;
  }
}

/* A headless run or a replay waits for the synthesis of what it just queued: the log
 * then comes out in order and whole, and the run says the same things every time. A
 * player's game never waits (the synthesis runs on the worker). */
static void settle(GameApp *app, GameVoice *v) {
  if (app->options->headless || app->options->replay) gfx_speech_wait(v->speech);
  drain(app, v);
}

void game_voice_focus(GameApp *app, const char *text) {
  GameVoice *v = app ? app->voice : NULL;
  if (!v || !text) return;
  snprintf(v->scene_focus, sizeof v->scene_focus, "%s", text);
}

void game_voice_input(GameApp *app) {
  GameVoice *v = app->voice;
  const GfxInput *in = &app->input;
  if (!v) return;
  if (in->pressed[GFX_ACT_VOICE]) {
    bool on = !game_state_pref(app->state, GAME_PREF_VOICE);
    game_state_set_pref(app->state, GAME_PREF_VOICE, on);
    if (!on && v->speech) { /* the last thing it says: that it stopped */
      gfx_speech_stop(v->speech);
      say_one(app, v, TR("voice.self_voicing_off", "Self-voicing off"), "said");
      settle(app, v);
    }
  }
  if (in->pressed[GFX_ACT_REPEAT] && v->on) v->repeat = true;
  for (int i = 0; i < GFX_ACT_COUNT; i++) v->keyed |= in->pressed[i];
  v->keyed |= in->number || in->text[0] || in->clicked || in->wheel;
  v->moved |= in->mouse_moved;
}

/* Opens the backend on first use; says once, on screen and in the log, when none works. */
static void start(GameApp *app, GameVoice *v) {
  char log[600] = "";
  v->speech = gfx_speech_open(app->options->voice_backend, log, sizeof log);
  fprintf(stderr, "rapport: %s\n", log);
  v->rate = v->volume = -1;
  v->language[0] = '\0'; /* given to the backend by follow_prefs */
  if (v->speech && gfx_speech_backend(v->speech) == GFX_SPEECH_NONE)
    snprintf(app->state->save_notice, sizeof app->state->save_notice,
             TR("voice.self_voicing_is_on_but", "Self-voicing is on, but no voice could be started (no speech service and no sound "
             "device), so nothing will be read aloud. Everything else works as usual."));
}

/* Says each '\n'-separated utterance of `batch`, logging it with its samples. */
static void speak(GameApp *app, GameVoice *v, const char *batch, const char *what) {
  const char *p = batch;
  while (*p) {
    const char *end = strchr(p, '\n');
    size_t n = end ? (size_t)(end - p) : strlen(p);
    char one[UI_SAY_MAX];
    snprintf(one, sizeof one, "%.*s", (int)(n < sizeof one ? n : sizeof one - 1), p);
    say_one(app, v, one, what);
    p += n;
    if (*p == '\n') p++;
  }
}

static void follow_prefs(GameApp *app, GameVoice *v) {
  bool on = game_state_pref(app->state, GAME_PREF_VOICE) != 0;
  if (on && !v->on) {
    v->refocus = true;
    v->focus[0] = '\0';
    if (!v->speech) start(app, v);
    if (app->state->save_notice[0]) snprintf(v->notice, sizeof v->notice, "%s", "");
  }
  if (!on) v->queued = 0;
  v->on = on;
  if (!v->speech) return;
  int rate = game_state_pref(app->state, GAME_PREF_VOICE_RATE);
  int volume = game_state_pref(app->state, GAME_PREF_VOICE_VOLUME);
  if (rate != v->rate) gfx_speech_set_rate(v->speech, v->rate = rate);
  if (volume != v->volume) gfx_speech_set_volume(v->speech, v->volume = volume);
  /* The voice speaks the interface's language, from start-up and after Settings > Language. */
  const char *code = i18n_current() ? i18n_catalog_language(i18n_current()) : "en";
  if (!code || !*code) code = "en";
  if (strcmp(code, v->language) != 0) {
    snprintf(v->language, sizeof v->language, "%s", code);
    gfx_speech_set_language(v->speech, code);
  }
}

void game_voice_frame(GameApp *app) {
  GameVoice *v = app->voice;
  if (!v) return;
  follow_prefs(app, v);
  if (!v->on) {
    v->scene_focus[0] = '\0';
    if (v->speech) drain(app, v);
    return;
  }
  char *batch = v->batch;
  const size_t cap = sizeof v->batch;
  batch[0] = '\0';
  size_t len = 0;
  int count = 0;
  /* Notices first: they are why the player should stop and listen. */
  const char *notice = app->state->save_notice;
  if (notice[0] && strcmp(notice, v->notice) != 0) {
    snprintf(v->notice, sizeof v->notice, "%s", notice);
    len += (size_t)snprintf(batch + len, cap - len, TR("voice.notice", "Notice: %s\n"), notice);
    count++;
  }
  if (!notice[0]) v->notice[0] = '\0';
  for (int i = 0; i < v->queued && len < cap; i++, count++)
    len += (size_t)snprintf(batch + len, cap - len, "%s\n", v->queue[i]);
  v->queued = 0;
  /* A frame that draws nothing focused (a transition) keeps the last focus: coming back to
   * the same element is not a change. */
  /* A widget drawn focused wins over the scene's own focus (a person in reach on the
   * floor): the player moved to it on purpose. */
  const char *focus = ui_announce_text(&app->ui);
  bool from_scene = !focus[0] && v->scene_focus[0];
  if (from_scene) focus = v->scene_focus;
  bool scene_moved = false;
  if (focus[0] && (v->refocus || strcmp(focus, v->focus) != 0) && len < cap) {
    snprintf(v->focus, sizeof v->focus, "%s", focus);
    len += (size_t)snprintf(batch + len, cap - len, "%s\n", focus);
    count++;
    scene_moved = from_scene;
  }
  v->scene_focus[0] = '\0';
  /* What the player does interrupts: a key or a click stops the speech, and what their
   * move brought (a new focus, or walking up to someone) is said at once. What the game
   * brings by itself (a line, the first choice under it) waits for what is being said. */
  if (v->keyed || ((v->moved || scene_moved) && count > 0)) gfx_speech_stop(v->speech);
  v->keyed = v->moved = false;
  if (count > 0) {
    v->refocus = false;
    if (len >= cap) len = cap - 1;
    batch[len] = '\0';
    speak(app, v, batch, "said");
    snprintf(v->last, sizeof v->last, "%s", batch);
    v->last_count = count;
  } else if (v->repeat && v->last[0]) {
    speak(app, v, v->last, "repeat");
  }
  v->repeat = false;
  settle(app, v);
}
