/* theme.c — parse assets/theme.ini into a UiTheme (see theme.h). */
#include "ui/theme.h"

#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "i18n/i18n.h"

static const char *const COLOR_KEYS[UI_C_COUNT] = {
  "background", "surface", "surface_alt", "ink", "ink_soft", "accent", "accent_ink", "warm",
  "gold", "danger", "good", "line", "floor", "shadow",
};
static const char *const TYPE_KEYS[UI_T_COUNT] = {"title", "heading", "subheading", "body", "small", "tag"};

static GfxColor hex(unsigned v) { return (GfxColor){(uint8_t)(v >> 16), (uint8_t)(v >> 8), (uint8_t)v, 255}; }

void ui_theme_defaults(UiTheme *t) {
  static const unsigned normal[UI_C_COUNT] = {0xF4EFE6, 0xFFFDF8, 0xEAE3D6, 0x22303C, 0x5B6770, 0x2F7D6D,
                                              0xFFFFFF, 0xE07A5F, 0xE9B44C, 0xB23A48, 0x3C8D5A, 0xCFC6B6,
                                              0xE9E1D3, 0x000000};
  static const unsigned contrast[UI_C_COUNT] = {0x000000, 0x0A0A0A, 0x1E1E1E, 0xFFFFFF, 0xE6E6E6, 0xFFD400,
                                                0x000000, 0xFF8A65, 0xFFD400, 0xFF6B6B, 0x7CFC8A, 0xFFFFFF,
                                                0x141414, 0x000000};
  static const int types[UI_T_COUNT] = {76, 34, 26, 21, 18, 15};
  memset(t, 0, sizeof *t);
  for (int i = 0; i < UI_C_COUNT; i++) {
    t->normal[i] = hex(normal[i]);
    t->contrast[i] = hex(contrast[i]);
  }
  memcpy(t->type, types, sizeof types);
  t->unit = 8;
  t->radius = 12;
  t->margin = 48;
  t->focus = 3;
  const char *const names[] = {TR("theme.normal", "Normal"), TR("theme.large", "Large"), TR("theme.larger", "Larger")};
  static const int scales[] = {100, 120, 140};
  t->scale_count = 3;
  for (int i = 0; i < 3; i++) {
    t->scales[i] = scales[i];
    t->scale_names[i] = names[i];
  }
}

static char *trim(char *s) {
  while (isspace((unsigned char)*s)) s++;
  size_t n = strlen(s);
  while (n && isspace((unsigned char)s[n - 1])) s[--n] = '\0';
  return s;
}

static int find_key(const char *const *keys, int n, const char *k) {
  for (int i = 0; i < n; i++)
    if (strcmp(keys[i], k) == 0) return i;
  return -1;
}

static bool parse_color(const char *v, GfxColor *out) {
  if (v[0] != '#' || strlen(v) != 7) return false;
  for (int i = 1; i < 7; i++)
    if (!isxdigit((unsigned char)v[i])) return false;
  *out = hex((unsigned)strtoul(v + 1, NULL, 16));
  return true;
}

static bool parse_number(const char *v, int lo, int hi, int *out) {
  char *end;
  errno = 0;
  long n = strtol(v, &end, 10);
  if (end == v || *end || errno || n < lo || n > hi) return false;
  *out = (int)n;
  return true;
}

bool ui_theme_load(UiTheme *t, const char *path, char *err, size_t errlen) {
  ui_theme_defaults(t);
  UiTheme loaded;
  ui_theme_defaults(&loaded);
  loaded.scale_count = 0;
  FILE *f = fopen(path, "r");
  if (!f) {
    snprintf(err, errlen, TR("theme.cannot_open", "%s: cannot open: %s"), path, strerror(errno));
    return false;
  }
  char section[32] = "";
  char buf[256];
  int line = 0;
  bool seen_color[UI_C_COUNT] = {0}, seen_type[UI_T_COUNT] = {0};
  static const char *const scale_names[] = {"normal", "large", "larger", "largest"};
  const char *const scale_labels[] = {TR("theme.normal", "Normal"), TR("theme.large", "Large"), TR("theme.larger", "Larger"), TR("theme.largest", "Largest")};
  bool ok = true;
  while (ok && fgets(buf, sizeof buf, f)) {
    line++;
    /* Comments: a line starting with '#', or anything after a value's first blank. */
    char *s = trim(buf);
    if (!*s || *s == '#') continue;
    if (*s == '[') {
      char *blank = strpbrk(s, " \t");
      if (blank) *blank = '\0';
      char *close = strchr(s, ']');
      if (!close || close[1]) {
        snprintf(err, errlen, TR("theme.a_section_header_looks_like", "%s:%d: a section header looks like [name]"), path, line);
        ok = false;
        break;
      }
      *close = '\0';
      snprintf(section, sizeof section, "%s", s + 1);
      continue;
    }
    char *eq = strchr(s, '=');
    if (!eq) {
      snprintf(err, errlen, TR("theme.expected_key_value", "%s:%d: expected key = value"), path, line);
      ok = false;
      break;
    }
    *eq = '\0';
    char *key = trim(s), *val = trim(eq + 1);
    char *space = strpbrk(val, " \t");
    if (space) *space = '\0'; /* value ends at the first blank (inline comments) */
    int i;
    if (strcmp(section, "palette") == 0 || strcmp(section, "high_contrast") == 0) {
      bool hc = section[0] == 'h';
      if ((i = find_key(COLOR_KEYS, UI_C_COUNT, key)) < 0 ||
          !parse_color(val, hc ? &loaded.contrast[i] : &loaded.normal[i])) {
        snprintf(err, errlen, TR("theme.must_be_a_known_colour", "%s:%d: '%s' must be a known colour name with a #RRGGBB value"), path, line, key);
        ok = false;
      } else if (!hc) {
        seen_color[i] = true;
      }
    } else if (strcmp(section, "type") == 0) {
      if ((i = find_key(TYPE_KEYS, UI_T_COUNT, key)) < 0 || !parse_number(val, 8, 160, &loaded.type[i])) {
        snprintf(err, errlen, TR("theme.must_be_a_known_type", "%s:%d: '%s' must be a known type role with a size of 8 to 160"), path, line, key);
        ok = false;
      } else {
        seen_type[i] = true;
      }
    } else if (strcmp(section, "spacing") == 0) {
      int *dst = strcmp(key, "unit") == 0 ? &loaded.unit : strcmp(key, "radius") == 0 ? &loaded.radius
               : strcmp(key, "margin") == 0 ? &loaded.margin : strcmp(key, "focus") == 0 ? &loaded.focus : NULL;
      if (!dst || !parse_number(val, 0, 200, dst)) {
        snprintf(err, errlen, TR("theme.unknown_spacing_or_bad_number", "%s:%d: unknown spacing '%s' or bad number"), path, line, key);
        ok = false;
      }
    } else if (strcmp(section, "text_scale") == 0) {
      i = find_key(scale_names, 4, key);
      if (i < 0 || loaded.scale_count >= UI_MAX_SCALES ||
          !parse_number(val, 80, 200, &loaded.scales[loaded.scale_count])) {
        snprintf(err, errlen, TR("theme.text_scale_entries_are_normal", "%s:%d: text_scale entries are normal/large/larger/largest = percent"), path, line);
        ok = false;
      } else {
        loaded.scale_names[loaded.scale_count++] = scale_labels[i];
      }
    } else {
      snprintf(err, errlen, TR("theme.is_outside_a_known_section", "%s:%d: '%s' is outside a known section"), path, line, key);
      ok = false;
    }
  }
  fclose(f);
  if (!ok) return false;
  for (int i = 0; i < UI_C_COUNT; i++)
    if (!seen_color[i]) {
      snprintf(err, errlen, "%s: [palette] lacks '%s'", path, COLOR_KEYS[i]);
      return false;
    }
  for (int i = 0; i < UI_T_COUNT; i++)
    if (!seen_type[i]) {
      snprintf(err, errlen, "%s: [type] lacks '%s'", path, TYPE_KEYS[i]);
      return false;
    }
  if (loaded.scale_count == 0) {
    snprintf(err, errlen, TR("theme.text_scale_needs_at_least", "%s: [text_scale] needs at least one entry"), path);
    return false;
  }
  *t = loaded;
  return true;
}

GfxColor ui_color(const UiTheme *t, UiColor c) { return t->high_contrast ? t->contrast[c] : t->normal[c]; }

GfxColor ui_color_a(const UiTheme *t, UiColor c, int alpha) {
  GfxColor k = ui_color(t, c);
  k.a = (uint8_t)(alpha < 0 ? 0 : alpha > 255 ? 255 : alpha);
  return k;
}

int ui_scale_percent(const UiTheme *t) {
  int step = t->scale_step < 0 ? 0 : t->scale_step >= t->scale_count ? t->scale_count - 1 : t->scale_step;
  return t->scale_count ? t->scales[step] : 100;
}

int ui_size(const UiTheme *t, UiType type) { return (t->type[type] * ui_scale_percent(t) + 50) / 100; }
