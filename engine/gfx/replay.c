/* replay.c — parsing and running replay scripts (see replay.h). Input is injected as SDL
 * events, so a replay goes through exactly the code a player's keys and mouse reach.
 */
#include "gfx/replay.h"
#include "gfx/gfx_internal.h"

#include <ctype.h>
#include <errno.h>
#include <unistd.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

struct GfxReplay {
  char name[512];
  GfxReplayCommand *cmds;
  int count;
  int pc;
  int wait_left;
  bool checking_shot;
  char last_shot[1024];
  int shot_line;
  bool dir_made;     /* the screenshot folder was created (or found) once */
  GfxReplayGameFn game;
  void *game_ctx;
};

/* Creates `dir` and any missing folders above it, as `mkdir -p` would. Failure is left to
 * the screenshot itself, which then reports the path and the reason. */
static void make_dirs(const char *dir) {
  char path[1024];
  int n = snprintf(path, sizeof path, "%s", dir);
  if (n <= 0 || (size_t)n >= sizeof path) return;
  for (char *p = path + 1; *p; p++) {
    if (*p != '/') continue;
    *p = '\0';
    (void)mkdir(path, 0777);
    *p = '/';
  }
  (void)mkdir(path, 0777);
}

static const struct {
  const char *word;
  GfxReplayKind kind;
} WORDS[] = {
  {"wait", GFX_REPLAY_WAIT}, {"key", GFX_REPLAY_KEY}, {"type", GFX_REPLAY_TYPE},
  {"click", GFX_REPLAY_CLICK}, {"move", GFX_REPLAY_MOVE}, {"shot", GFX_REPLAY_SHOT},
  {"expect-scene", GFX_REPLAY_EXPECT_SCENE}, {"expect-text", GFX_REPLAY_EXPECT_TEXT},
  {"expect-no-text", GFX_REPLAY_EXPECT_NO_TEXT},
  {"quit", GFX_REPLAY_QUIT}, {"expect-state", GFX_REPLAY_GAME}, {"expect-save", GFX_REPLAY_GAME},
  {"bot", GFX_REPLAY_GAME}, {"scenario", GFX_REPLAY_GAME}, {"today", GFX_REPLAY_GAME},
  {"clipboard", GFX_REPLAY_CLIPBOARD}, {"clipboard+", GFX_REPLAY_CLIPBOARD},
};

/* A clipboard argument unescaped: \n a line break, \r a carriage return, \t a tab, \\ a backslash, \xHH a byte
 * (not 00), so a replay can paste many lines and damaged text. false + why when malformed. */
static bool unescape(const char *in, char *out, size_t outlen, char *why, size_t whylen) {
  size_t n = 0;
  for (const char *p = in; *p; p++) {
    char c = *p;
    if (c == '\\') {
      p++;
      if (*p == 'n') c = '\n';
      else if (*p == 't') c = '\t';
      else if (*p == 'r') c = '\r';
      else if (*p == '\\') c = '\\';
      else if (*p == 'x' && isxdigit((unsigned char)p[1]) && isxdigit((unsigned char)p[2])) {
        char hex[3] = {p[1], p[2], '\0'};
        c = (char)strtol(hex, NULL, 16);
        p += 2;
        if (c == '\0') {
          snprintf(why, whylen, "clipboard text cannot hold \\x00");
          return false;
        }
      } else {
        snprintf(why, whylen, "clipboard: unknown escape (use \\n, \\r, \\t, \\\\ or \\xHH)");
        return false;
      }
    }
    if (n + 1 >= outlen) {
      snprintf(why, whylen, "clipboard text longer than %zu bytes", outlen - 1);
      return false;
    }
    out[n++] = c;
  }
  out[n] = '\0';
  return true;
}

static bool parse_int(const char *s, int lo, int hi, int *out, const char **rest) {
  char *end;
  errno = 0;
  long v = strtol(s, &end, 10);
  if (end == s || errno || v < lo || v > hi) return false;
  *out = (int)v;
  *rest = end;
  return true;
}

static const char *skip_space(const char *s) {
  while (*s == ' ' || *s == '\t') s++;
  return s;
}

/* Parses one non-empty, non-comment line into `c`; on error fills `why`. */
static bool parse_line(char *line, GfxReplayCommand *c, char *why, size_t whylen) {
  char *p = line;
  while (*p && !isspace((unsigned char)*p)) p++;
  size_t wlen = (size_t)(p - line);
  const char *arg = skip_space(p);
  int kind = -1;
  for (size_t i = 0; i < sizeof WORDS / sizeof WORDS[0]; i++)
    if (strlen(WORDS[i].word) == wlen && strncmp(WORDS[i].word, line, wlen) == 0) kind = (int)WORDS[i].kind;
  if (kind < 0) {
    snprintf(why, whylen, "unknown command '%.*s' (expected wait, key, type, click, move, shot, "
             "expect-scene, expect-text, expect-no-text, expect-state, expect-save, bot, scenario, today, "
             "clipboard, clipboard+ or quit)", (int)(wlen > 40 ? 40 : wlen), line);
    return false;
  }
  c->kind = (GfxReplayKind)kind;
  const char *rest = arg;
  switch (c->kind) {
    case GFX_REPLAY_WAIT:
      if (!parse_int(arg, 0, 1000000, &c->a, &rest) || *skip_space(rest)) {
        snprintf(why, whylen, "wait needs a number of frames (0 to 1000000)");
        return false;
      }
      return true;
    case GFX_REPLAY_CLICK:
    case GFX_REPLAY_MOVE: {
      const char *r2;
      if (!parse_int(arg, 0, GFX_WIDTH - 1, &c->a, &r2) || !parse_int(r2, 0, GFX_HEIGHT - 1, &c->b, &rest) ||
          *skip_space(rest)) {
        snprintf(why, whylen, "%s needs X Y inside the 1280x720 layout", c->kind == GFX_REPLAY_CLICK ? "click" : "move");
        return false;
      }
      return true;
    }
    case GFX_REPLAY_KEY: {
      const char *name = arg;
      for (bool more = true; more;) { /* modifiers, in any order: Ctrl+Shift+Tab */
        more = false;
        if (strncmp(name, "Shift+", 6) == 0) {
          c->shift = more = true;
          name += 6;
        } else if (strncmp(name, "Ctrl+", 5) == 0) {
          c->ctrl = more = true;
          name += 5;
        }
      }
      SDL_Keycode k = *name ? SDL_GetKeyFromName(name) : SDLK_UNKNOWN;
      if (k == SDLK_UNKNOWN) {
        snprintf(why, whylen, "unknown key '%.40s' (use SDL key names: Return, Escape, Up, Tab, 1, a, F5; "
                 "Shift+ and Ctrl+ before them)", arg);
        return false;
      }
      c->a = (int)k;
      snprintf(c->text, sizeof c->text, "%s", name);
      return true;
    }
    case GFX_REPLAY_TYPE:
    case GFX_REPLAY_SHOT:
    case GFX_REPLAY_EXPECT_SCENE:
    case GFX_REPLAY_EXPECT_TEXT:
    case GFX_REPLAY_EXPECT_NO_TEXT:
      if (!*arg) {
        snprintf(why, whylen, "%.*s needs an argument", (int)wlen, line);
        return false;
      }
      if (strlen(arg) >= sizeof c->text) {
        snprintf(why, whylen, "argument longer than %zu bytes", sizeof c->text - 1);
        return false;
      }
      if (c->kind == GFX_REPLAY_SHOT && (strchr(arg, '/') || strchr(arg, '\\') || arg[0] == '.')) {
        snprintf(why, whylen, "shot takes a plain name, not a path: '%.40s'", arg);
        return false;
      }
      snprintf(c->text, sizeof c->text, "%s", arg);
      return true;
    case GFX_REPLAY_CLIPBOARD:
      c->a = line[wlen - 1] == '+';
      return unescape(arg, c->text, sizeof c->text, why, whylen);
    case GFX_REPLAY_QUIT:
      if (*arg) {
        snprintf(why, whylen, "quit takes no argument");
        return false;
      }
      return true;
    case GFX_REPLAY_GAME: {
      /* Only the shape is checked here; the game says what the words mean. */
      const char *space = strpbrk(arg, " \t");
      bool one_word = (wlen == 3 && strncmp(line, "bot", 3) == 0) || (wlen == 8 && strncmp(line, "scenario", 8) == 0);
      bool today = wlen == 5 && strncmp(line, "today", 5) == 0;
      int day = 0;
      const char *after = NULL;
      bool ok = one_word ? *arg && !space
                : today ? parse_int(arg, 0, 1000000, &day, &after) && !*skip_space(after)
                : strncmp(line, "expect-save", wlen) == 0 ? strstr(arg, "=>") != NULL && arg[0] != '='
                : *arg && space && *skip_space(space);
      if (!ok) {
        snprintf(why, whylen, "%.*s needs %s", (int)wlen, line,
                 line[0] == 'b' ? "a strategy (bot connector)"
                 : line[0] == 's' ? "a scenario id (scenario career_fair)"
                 : today ? "a calendar day, 0 to 1000000 (today 21)"
                 : wlen == 11 ? "SQL => RESULT (expect-save SELECT state FROM sessions => completed)"
                              : "KEY VALUE (expect-state depth 2.5)");
        return false;
      }
      if (strlen(line) >= sizeof c->text) {
        snprintf(why, whylen, "line longer than %zu bytes", sizeof c->text - 1);
        return false;
      }
      snprintf(c->text, sizeof c->text, "%s", line);
      return true;
    }
  }
  return false;
}

GfxReplay *gfx_replay_parse(const char *name, const char *text, char *err, size_t errlen) {
  GfxReplay *r = calloc(1, sizeof *r);
  if (!r) {
    snprintf(err, errlen, "%s: out of memory", name);
    return NULL;
  }
  snprintf(r->name, sizeof r->name, "%s", name);
  int cap = 0, line_no = 0;
  const char *p = text;
  while (*p) {
    line_no++;
    const char *eol = strchr(p, '\n');
    size_t len = eol ? (size_t)(eol - p) : strlen(p);
    char line[1024];
    if (len >= sizeof line) {
      snprintf(err, errlen, "%s:%d: line too long", name, line_no);
      gfx_replay_destroy(r);
      return NULL;
    }
    memcpy(line, p, len);
    line[len] = '\0';
    p = eol ? eol + 1 : p + len;
    /* Strip comments, then surrounding space and a CR from Windows line ends. */
    char *hash = strchr(line, '#');
    GfxReplayCommand probe = {0};
    bool is_text_cmd = strncmp(skip_space(line), "type", 4) == 0 || strncmp(skip_space(line), "expect-text", 11) == 0 ||
                       strncmp(skip_space(line), "expect-no-text", 14) == 0 ||
                       strncmp(skip_space(line), "clipboard", 9) == 0;
    if (hash && !(is_text_cmd && hash > line + 5)) *hash = '\0';
    size_t n = strlen(line);
    while (n && isspace((unsigned char)line[n - 1])) line[--n] = '\0';
    char *start = (char *)skip_space(line);
    if (!*start) continue;
    char why[256];
    if (!parse_line(start, &probe, why, sizeof why)) {
      snprintf(err, errlen, "%s:%d: %s", name, line_no, why);
      gfx_replay_destroy(r);
      return NULL;
    }
    probe.line = line_no;
    if (r->count == cap) {
      cap = cap ? cap * 2 : 32;
      GfxReplayCommand *grown = realloc(r->cmds, sizeof *grown * (size_t)cap);
      if (!grown) {
        snprintf(err, errlen, "%s: out of memory", name);
        gfx_replay_destroy(r);
        return NULL;
      }
      r->cmds = grown;
    }
    r->cmds[r->count++] = probe;
  }
  return r;
}

void gfx_replay_set_game(GfxReplay *r, GfxReplayGameFn fn, void *ctx) {
  if (!r) return;
  r->game = fn;
  r->game_ctx = ctx;
}

GfxReplay *gfx_replay_load(const char *path, char *err, size_t errlen) {
  /* O_NONBLOCK + fstat: a FIFO or device named as a replay is refused, not waited on. */
  int fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
  struct stat sb;
  if (fd >= 0 && (fstat(fd, &sb) != 0 || (!S_ISREG(sb.st_mode) && !S_ISDIR(sb.st_mode)))) {
    close(fd);
    snprintf(err, errlen, "%s: cannot read: it is not a regular file", path);
    return NULL;
  }
  FILE *f = fd >= 0 ? fdopen(fd, "rb") : NULL;
  if (!f) {
    snprintf(err, errlen, "%s: cannot open: %s", path, strerror(errno));
    if (fd >= 0) close(fd);
    return NULL;
  }
  enum { MAX_REPLAY = 1 << 20 };
  char *buf = malloc(MAX_REPLAY + 1);
  size_t n = buf ? fread(buf, 1, MAX_REPLAY + 1, f) : 0;
  int read_errno = ferror(f) ? errno : 0; /* a folder opens, then fails to read (EISDIR) */
  fclose(f);
  if (!buf) {
    snprintf(err, errlen, "%s: out of memory", path);
    return NULL;
  }
  if (read_errno) {
    free(buf);
    snprintf(err, errlen, "%s: cannot read: %s", path, strerror(read_errno));
    return NULL;
  }
  if (n > MAX_REPLAY) {
    free(buf);
    snprintf(err, errlen, "%s: larger than 1 MiB", path);
    return NULL;
  }
  buf[n] = '\0';
  if (memchr(buf, '\0', n)) {
    free(buf);
    snprintf(err, errlen, "%s:1: not a text file", path);
    return NULL;
  }
  GfxReplay *r = gfx_replay_parse(path, buf, err, errlen);
  free(buf);
  return r;
}

void gfx_replay_destroy(GfxReplay *r) {
  if (!r) return;
  free(r->cmds);
  free(r);
}

int gfx_replay_count(const GfxReplay *r) { return r->count; }
const GfxReplayCommand *gfx_replay_command(const GfxReplay *r, int i) {
  return (i >= 0 && i < r->count) ? &r->cmds[i] : NULL;
}

static void push_key(SDL_Keycode k, bool shift, bool ctrl) {
  SDL_Event e = {0};
  e.type = SDL_KEYDOWN;
  e.key.state = SDL_PRESSED;
  e.key.keysym.sym = k;
  e.key.keysym.scancode = SDL_GetScancodeFromKey(k);
  e.key.keysym.mod = (Uint16)((shift ? KMOD_LSHIFT : 0) | (ctrl ? KMOD_LCTRL : 0));
  SDL_PushEvent(&e);
  e.type = SDL_KEYUP;
  e.key.state = SDL_RELEASED;
  SDL_PushEvent(&e);
}

static void push_text(const char *text) {
  /* SDL text events hold up to 31 bytes; split on character boundaries. */
  size_t len = strlen(text), i = 0;
  while (i < len) {
    SDL_Event e = {0};
    e.type = SDL_TEXTINPUT;
    size_t take = 0;
    while (i + take < len) {
      unsigned char ch = (unsigned char)text[i + take];
      size_t clen = ch < 0x80 ? 1 : (ch >> 5) == 6 ? 2 : (ch >> 4) == 14 ? 3 : 4;
      if (take + clen > sizeof e.text.text - 1) break;
      take += clen;
    }
    if (take == 0) break;
    if (i + take > len) take = len - i;
    memcpy(e.text.text, text + i, take);
    e.text.text[take] = '\0';
    SDL_PushEvent(&e);
    i += take;
  }
}

static void push_mouse(int x, int y, bool click) {
  SDL_Event e = {0};
  e.type = SDL_MOUSEMOTION;
  e.motion.x = x;
  e.motion.y = y;
  SDL_PushEvent(&e);
  if (!click) return;
  SDL_Event b = {0};
  b.type = SDL_MOUSEBUTTONDOWN;
  b.button.button = SDL_BUTTON_LEFT;
  b.button.state = SDL_PRESSED;
  b.button.clicks = 1;
  b.button.x = x;
  b.button.y = y;
  SDL_PushEvent(&b);
  b.type = SDL_MOUSEBUTTONUP;
  b.button.state = SDL_RELEASED;
  SDL_PushEvent(&b);
}

GfxReplayStep gfx_replay_next(GfxReplay *r, Gfx *g, const char *scene, const char *shot_dir,
                              char *err, size_t errlen) {
  if (r->checking_shot) {
    r->checking_shot = false;
    const char *why;
    if (!gfx_screenshot_result(g, &why)) {
      snprintf(err, errlen, "%s:%d: screenshot %s failed: %s", r->name, r->shot_line, r->last_shot, why);
      return GFX_REPLAY_FAILED;
    }
  }
  if (r->wait_left > 0) {
    r->wait_left--;
    return GFX_REPLAY_RUN_FRAME;
  }
  while (r->pc < r->count) {
    const GfxReplayCommand *c = &r->cmds[r->pc++];
    switch (c->kind) {
      case GFX_REPLAY_WAIT:
        if (c->a == 0) continue;
        r->wait_left = c->a - 1;
        return GFX_REPLAY_RUN_FRAME;
      case GFX_REPLAY_KEY:
        push_key((SDL_Keycode)c->a, c->shift, c->ctrl);
        return GFX_REPLAY_RUN_FRAME;
      case GFX_REPLAY_TYPE:
        push_text(c->text);
        return GFX_REPLAY_RUN_FRAME;
      case GFX_REPLAY_CLICK:
      case GFX_REPLAY_MOVE:
        push_mouse(c->a, c->b, c->kind == GFX_REPLAY_CLICK);
        return GFX_REPLAY_RUN_FRAME;
      case GFX_REPLAY_SHOT:
        if (!r->dir_made && shot_dir) make_dirs(shot_dir);
        r->dir_made = true;
        snprintf(r->last_shot, sizeof r->last_shot, "%s/%s.bmp", shot_dir ? shot_dir : ".", c->text);
        r->shot_line = c->line;
        gfx_request_screenshot(g, r->last_shot);
        r->checking_shot = true;
        return GFX_REPLAY_RUN_FRAME;
      case GFX_REPLAY_EXPECT_SCENE:
        if (!scene || strcmp(scene, c->text) != 0) {
          snprintf(err, errlen, "%s:%d: expected scene '%s' but the scene is '%s'", r->name, c->line,
                   c->text, scene ? scene : "(none)");
          return GFX_REPLAY_FAILED;
        }
        continue;
      case GFX_REPLAY_EXPECT_TEXT:
        if (!strstr(gfx_drawn_text(g), c->text)) {
          snprintf(err, errlen, "%s:%d: expected text '%s' was not on screen", r->name, c->line, c->text);
          return GFX_REPLAY_FAILED;
        }
        continue;
      case GFX_REPLAY_EXPECT_NO_TEXT: /* e.g. no praise card where none is earned */
        if (strstr(gfx_drawn_text(g), c->text)) {
          snprintf(err, errlen, "%s:%d: text '%s' was on screen but should not be", r->name, c->line, c->text);
          return GFX_REPLAY_FAILED;
        }
        continue;
      case GFX_REPLAY_CLIPBOARD: {
        /* Appending reads what is there (the dummy driver's own clipboard) and adds to it. */
        char *now = c->a ? SDL_GetClipboardText() : NULL;
        size_t have = now ? strlen(now) : 0, add = strlen(c->text);
        char *text = malloc(have + add + 1);
        bool ok = text != NULL;
        if (ok) {
          if (have) memcpy(text, now, have);
          memcpy(text + have, c->text, add + 1);
          ok = gfx_clipboard_set(text);
        }
        free(text);
        SDL_free(now);
        if (!ok) {
          snprintf(err, errlen, "%s:%d: the clipboard could not be set: %s", r->name, c->line, SDL_GetError());
          return GFX_REPLAY_FAILED;
        }
        continue;
      }
      case GFX_REPLAY_QUIT:
        return GFX_REPLAY_DONE;
      case GFX_REPLAY_GAME: {
        char why[600] = "no game is attached to evaluate it";
        if (!r->game || !r->game(r->game_ctx, c->text, why, sizeof why)) {
          snprintf(err, errlen, "%s:%d: %s", r->name, c->line, why);
          return GFX_REPLAY_FAILED;
        }
        continue;
      }
    }
  }
  return GFX_REPLAY_DONE;
}
