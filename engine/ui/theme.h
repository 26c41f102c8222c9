/* theme.h — palette, type sizes and spacing, loaded from assets/theme.ini.
 *
 * Every colour and size on screen comes from here, so high contrast and larger text are
 * one switch each. Depends on gfx for the colour type only.
 */
#ifndef RAPPORT_UI_THEME_H
#define RAPPORT_UI_THEME_H

#include <stdbool.h>
#include <stddef.h>

#include "gfx/gfx.h"

typedef enum UiColor {
  UI_C_BACKGROUND, UI_C_SURFACE, UI_C_SURFACE_ALT, UI_C_INK, UI_C_INK_SOFT, UI_C_ACCENT,
  UI_C_ACCENT_INK, UI_C_WARM, UI_C_GOLD, UI_C_DANGER, UI_C_GOOD, UI_C_LINE, UI_C_FLOOR,
  UI_C_SHADOW, UI_C_COUNT
} UiColor;

typedef enum UiType {
  UI_T_TITLE, UI_T_HEADING, UI_T_SUBHEADING, UI_T_BODY, UI_T_SMALL, UI_T_TAG, UI_T_COUNT
} UiType;

#define UI_MAX_SCALES 4

typedef struct UiTheme {
  GfxColor normal[UI_C_COUNT];
  GfxColor contrast[UI_C_COUNT];
  int type[UI_T_COUNT];
  int unit, radius, margin, focus;
  int scales[UI_MAX_SCALES]; /* text sizes offered, percent */
  const char *scale_names[UI_MAX_SCALES];
  int scale_count;
  /* Current settings. */
  bool high_contrast;
  int scale_step;            /* index into scales */
  bool reduced_motion;
} UiTheme;

/* Loads `path`. Returns false with "PATH:LINE: message" in err on a bad line or a missing
 * key; the theme is then left with built-in defaults so the error can still be shown. */
bool ui_theme_load(UiTheme *theme, const char *path, char *err, size_t errlen);
/* Built-in defaults matching assets/theme.ini (used before loading and in tests). */
void ui_theme_defaults(UiTheme *theme);

GfxColor ui_color(const UiTheme *theme, UiColor c);
/* Colour with a different alpha. */
GfxColor ui_color_a(const UiTheme *theme, UiColor c, int alpha);
/* Font size for a type role at the current text scale. */
int ui_size(const UiTheme *theme, UiType t);
/* Percentage of the current text scale (100 = normal). */
int ui_scale_percent(const UiTheme *theme);

#endif
