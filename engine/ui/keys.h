/* keys.h — the key table's words in the learner's language. gfx names each action and key
 * cap in English with a catalogue id (gfx/input.h) and does not translate; these look the
 * ids up in the current catalogue, for the settings screen and for self-voicing.
 * Depends on gfx and i18n.
 */
#ifndef RAPPORT_UI_KEYS_H
#define RAPPORT_UI_KEYS_H

#include <stddef.h>

#include "gfx/input.h"

/* What the action does ("Confirm / talk"; Spanish "Confirmar / hablar"). Never NULL. */
const char *ui_action_name(GfxAction action);
/* A key cap's name ("Enter"; Spanish "Intro"). Never NULL. */
const char *ui_key_name(GfxKey key);
/* The keys bound to the action, named and joined ("Up, W"; Spanish "Flecha arriba, W"),
 * into out (truncated to fit). Returns out. */
char *ui_action_keys(GfxAction action, char *out, size_t outlen);
/* The whole table as one sentence to be read aloud ("Confirm / talk: Enter, Space. Back:
 * Escape. ..."), into out (truncated to fit). Returns out. */
char *ui_keys_said(char *out, size_t outlen);

#endif
