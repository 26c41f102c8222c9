/* scene_language.c — Settings > Language: English and every translation found in
 * assets/i18n, each named in its own language. Choosing one switches the interface at once
 * and remembers it for this computer (the save's meta table, through game state); a
 * scenario already loaded keeps its language until the next one starts.
 * Depends on the ui kit, game/language.h and game state.
 */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "game/app.h"
#include "game/language.h"
#include "game/scenes.h"
#include "game/state.h"
#include "i18n/i18n.h"
#include "ui/widgets.h"

#define LANGUAGES_MAX 12

typedef struct LanguageScene {
  UiScene base;
  char codes[LANGUAGES_MAX][8];
  int count;
  UiList list;
  GfxRect rects[LANGUAGES_MAX];
  GfxRect back;
  bool on_back;
  char notice[640];
} LanguageScene;

/* Each language named in its own words, so a learner finds theirs whatever is on screen. */
static const char *native_name(const char *code) {
  static const struct { const char *code, *name; } NAMES[] = { /* never translated: */
    {"en", "English"}, {"es", "Español"}, {"fr", "Français"}, {"de", "Deutsch"}, /* i18n-exempt */
    {"pt", "Português"}, {"it", "Italiano"}, {"pl", "Polski"},                  /* i18n-exempt */
    {"nl", "Nederlands"}, {"ar", "العربية"}, {"uk", "Українська"},              /* i18n-exempt */
  };
  for (size_t i = 0; i < sizeof NAMES / sizeof NAMES[0]; i++)
    if (strcmp(NAMES[i].code, code) == 0) return NAMES[i].name;
  return code;
}

static int by_code(const void *a, const void *b) { return strcmp((const char *)a, (const char *)b); }

/* English first, then assets/i18n/<code>.po for plain two- or three-letter codes, sorted. */
static void find_languages(LanguageScene *s, GameApp *app) {
  snprintf(s->codes[0], sizeof s->codes[0], "en");
  s->count = 1;
  char dir[1200];
  game_path(app, dir, sizeof dir, "assets/i18n");
  DIR *d = opendir(dir);
  if (!d) return;
  struct dirent *e;
  while ((e = readdir(d)) && s->count < LANGUAGES_MAX) {
    size_t n = strlen(e->d_name);
    if (n < 5 || n > 6 || strcmp(e->d_name + n - 3, ".po") != 0) continue;
    char code[8];
    snprintf(code, sizeof code, "%.*s", (int)(n - 3), e->d_name);
    bool plain = true;
    for (size_t i = 0; code[i]; i++) plain = plain && code[i] >= 'a' && code[i] <= 'z';
    if (plain && strcmp(code, "en") != 0) snprintf(s->codes[s->count++], sizeof s->codes[0], "%s", code);
  }
  closedir(d);
  qsort(s->codes + 1, (size_t)(s->count - 1), sizeof s->codes[0], by_code);
}

static const char *current_code(void) {
  const char *lang = i18n_catalog_language(i18n_current());
  return lang && lang[0] ? lang : "en";
}

static void layout(LanguageScene *s, GameApp *app) {
  const UiTheme *t = &app->theme;
  int y = ui_header_bottom(&app->ui, TR("language.subtitle", "The language of every screen, and of the mixers that have a translation."));
  int h = ui_button_height(&app->ui), w = GFX_WIDTH / 3;
  for (int i = 0; i < s->count; i++) s->rects[i] = (GfxRect){t->margin, y + i * (h + t->unit * 2), w, h};
  s->back = ui_back_button_rect(&app->ui);
}

static void choose(LanguageScene *s, GameApp *app, int i) {
  char msg[600];
  if (game_language_use(app->root, s->codes[i], &app->catalog, msg, sizeof msg)) {
    game_state_set_language(app->state, s->codes[i]);
    snprintf(s->notice, sizeof s->notice, "%s",
             TR("language.changed", "Done. A mixer already started keeps its language until the next one."));
  } else {
    snprintf(s->notice, sizeof s->notice, "%s", msg);
  }
}

static void language_update(UiScene *self, void *app_ptr, GfxInput *in) {
  LanguageScene *s = (LanguageScene *)self;
  GameApp *app = app_ptr;
  in->text_active = false;
  layout(s, app);
  if (in->pressed[GFX_ACT_BACK] || ui_clicked(in, s->back)) {
    ui_stack_pop(&app->stack);
    return;
  }
  if (in->pressed[GFX_ACT_NEXT] || in->pressed[GFX_ACT_PREV]) s->on_back = !s->on_back;
  if (in->mouse_moved && ui_hit(s->back, in->mouse_x, in->mouse_y)) s->on_back = true;
  if (s->on_back) {
    if (in->pressed[GFX_ACT_CONFIRM]) ui_stack_pop(&app->stack);
    else if (in->pressed[GFX_ACT_UP]) s->on_back = false;
    return;
  }
  if (in->mouse_moved) s->on_back = false;
  int chosen = ui_list_update(&s->list, in, s->rects);
  if (chosen >= 0) choose(s, app, chosen);
}

static void language_draw(UiScene *self, void *app_ptr, Gfx *g) {
  (void)g;
  LanguageScene *s = (LanguageScene *)self;
  GameApp *app = app_ptr;
  const UiTheme *t = &app->theme;
  ui_page_header(&app->ui, TR("language.title", "Language"),
                 TR("language.subtitle", "The language of every screen, and of the mixers that have a translation."));
  layout(s, app);
  const char *current = current_code();
  for (int i = 0; i < s->count; i++) {
    bool on = strcmp(s->codes[i], current) == 0;
    char label[64];
    /* The language in use is marked by a tick as well as by colour. */
    snprintf(label, sizeof label, "%s%s", on ? "\u2713 " : "", native_name(s->codes[i]));
    bool focused = !s->on_back && s->list.focus == i;
    ui_button(&app->ui, s->rects[i], label, on ? UI_BUTTON_PRIMARY : UI_BUTTON_SECONDARY, focused, false);
    if (focused) ui_announce_focus(&app->ui, native_name(s->codes[i]), UI_KIND_OPTION, on ? TR("language.in_use", "in use") : "");
  }
  if (s->notice[0]) {
    GfxRect last = s->rects[s->count - 1];
    ui_text(&app->ui, GFX_FONT_REGULAR, UI_T_BODY, UI_C_INK, t->margin, last.y + last.h + t->unit * 3,
            GFX_WIDTH - 2 * t->margin, s->notice);
  }
  ui_button(&app->ui, s->back, TR("language.back", "Back"), UI_BUTTON_SECONDARY, s->on_back, false);
  ui_footer_hint(&app->ui, TR("language.keys", "Up/Down: move   Enter or 1-9: choose   Tab: Back   Esc: back"));
}

static void language_destroy(UiScene *self) { free(self); }

static const UiSceneOps LANGUAGE_OPS = {
  .name = "language", .update = language_update, .draw = language_draw, .destroy = language_destroy,
};

UiScene *game_language_scene(GameApp *app) {
  LanguageScene *s = calloc(1, sizeof *s);
  if (!s) return NULL;
  s->base.ops = &LANGUAGE_OPS;
  find_languages(s, app);
  s->list = (UiList){.focus = 0, .count = s->count, .numbers = true};
  const char *current = current_code();
  for (int i = 0; i < s->count; i++)
    if (strcmp(s->codes[i], current) == 0) s->list.focus = i;
  return &s->base;
}
