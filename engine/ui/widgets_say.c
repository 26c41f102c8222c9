/* widgets_say.c — what self-voicing says about the focused element: its label, its kind
 * and its state in one string ("Offer something of value, switch, on"), in the order the
 * Game Accessibility Guidelines ask for. The widgets drawn focused note it on the UiCtx;
 * the frame loop speaks it when it changes (game/voice.c). Nothing here makes a sound.
 */
#include "ui/widgets.h"

#include <stdio.h>
#include "i18n/i18n.h"

static const char *const KIND_NAMES[] = {
  [UI_KIND_BUTTON] = TR_NOOP("say.button", "button"),         [UI_KIND_SWITCH] = TR_NOOP("say.switch", "switch"), [UI_KIND_OPTION] = TR_NOOP("say.option", "option"),
  [UI_KIND_CHOICE] = TR_NOOP("say.choice", "choice"),         [UI_KIND_TEXT_FIELD] = TR_NOOP("say.text_field", "text field"),
  [UI_KIND_SETTING] = TR_NOOP("say.setting", "setting"),       [UI_KIND_TAB] = TR_NOOP("say.tab", "tab"),       [UI_KIND_LIST] = TR_NOOP("say.list", "list"),
  [UI_KIND_CARD] = TR_NOOP("say.card", "card"),
  [UI_KIND_ROW] = TR_NOOP("say.row", "row"),                 [UI_KIND_COLUMN] = TR_NOOP("say.column", "column"),
};

const char *ui_kind_name(UiKind kind) {
  return (unsigned)kind < sizeof KIND_NAMES / sizeof KIND_NAMES[0] ? i18n_text_static(KIND_NAMES[kind]) : "";
}

void ui_announce_format(char *out, size_t outlen, const char *label, UiKind kind, const char *state) {
  if (!out || outlen == 0) return;
  const char *l = label && *label ? label : TR("say.unlabelled", "Unlabelled");
  if (state && *state) snprintf(out, outlen, "%s, %s, %s", l, ui_kind_name(kind), state);
  else snprintf(out, outlen, "%s, %s", l, ui_kind_name(kind));
}

/* One screen, one frame being drawn at a time: the announcement is kept here rather than
 * in UiCtx, which code and tests build field by field. */
static char focus_said[UI_SAY_MAX];

void ui_announce_focus(UiCtx *ui, const char *label, UiKind kind, const char *state) {
  (void)ui;
  ui_announce_format(focus_said, sizeof focus_said, label, kind, state);
}

void ui_announce_begin(UiCtx *ui) {
  (void)ui;
  focus_said[0] = '\0';
}

const char *ui_announce_text(const UiCtx *ui) {
  (void)ui;
  return focus_said;
}
