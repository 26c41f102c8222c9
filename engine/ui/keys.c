/* keys.c — the key table's words in the learner's language (keys.h): gfx's English names
 * with their catalogue ids, looked up in the catalogue TR() reads. Depends on gfx and i18n.
 */
#include "ui/keys.h"

#include <stdio.h>
#include <string.h>

#include "i18n/i18n.h"

static const char *word(GfxWord w) { return w.id ? i18n_text(w.id, w.english) : w.english; }

const char *ui_action_name(GfxAction action) { return word(gfx_action_name(action)); }

const char *ui_key_name(GfxKey key) { return word(gfx_key_name(key)); }

char *ui_action_keys(GfxAction action, char *out, size_t outlen) {
  if (!out || outlen == 0) return out;
  out[0] = '\0';
  GfxKey keys[GFX_ACTION_KEYS_MAX];
  int n = gfx_action_key_list(action, keys);
  size_t used = 0;
  for (int i = 0; i < n && used < outlen; i++) {
    int w = snprintf(out + used, outlen - used, "%s%s", i ? ", " : "", ui_key_name(keys[i]));
    if (w < 0) break;
    used += (size_t)w;
  }
  return out;
}

char *ui_keys_said(char *out, size_t outlen) {
  if (!out || outlen == 0) return out;
  out[0] = '\0';
  size_t used = 0;
  for (int a = 0; a < GFX_ACT_COUNT && used < outlen; a++) {
    char keys[128];
    ui_action_keys((GfxAction)a, keys, sizeof keys);
    /* TRANSLATORS: one row of the key table read aloud: what it does, then its keys. */
    int w = snprintf(out + used, outlen - used, TR("keys.said_row", "%s: %s."), ui_action_name((GfxAction)a), keys);
    if (w < 0) break;
    used += (size_t)w;
    if (a + 1 < GFX_ACT_COUNT && used + 1 < outlen) out[used++] = ' ', out[used] = '\0';
  }
  return out;
}
