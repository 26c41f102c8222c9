/* difficulty.c — the difficulties' words and the picker (see difficulty.h). Difficulty
 * changes the people, not the rules, and the lines say so in the player's terms.
 * Depends on ui only.
 */
#include "game/difficulty.h"

#include <stdio.h>

#include "save/save.h"
#include "i18n/i18n.h"

static const char *const LABELS[GAME_DIFFICULTIES] = {TR_NOOP("difficulty.gentle", "Gentle"), TR_NOOP("difficulty.standard", "Standard"), TR_NOOP("difficulty.challenging", "Challenging")};
static const char *const HELP[GAME_DIFFICULTIES] = {
  TR_NOOP("difficulty.people_are_open_and_patient", "People are open and patient, booths are calm and talking costs little energy. A good start."),
  TR_NOOP("difficulty.an_ordinary_evening_some_people", "An ordinary evening: some people are busy, some groups are closed, some are hard to read."),
  TR_NOOP("difficulty.busy_booths_closed_groups_people", "Busy booths, closed groups, people who talk over you or give little away, and talking tires you sooner."),
};

const char *game_difficulty_label(int d) { return d >= 0 && d < GAME_DIFFICULTIES ? i18n_text_static(LABELS[d]) : i18n_text_static(LABELS[1]); }
const char *game_difficulty_help(int d) { return d >= 0 && d < GAME_DIFFICULTIES ? i18n_text_static(HELP[d]) : i18n_text_static(HELP[1]); }

SimDifficulty game_difficulty_to_sim(int d) {
  int sim = sim_difficulty_from_name(save_difficulty_name(d));
  return sim < 0 ? SIM_DIFFICULTY_STANDARD : (SimDifficulty)sim;
}

int game_difficulty_from_sim(SimDifficulty d) {
  int save = save_difficulty_from_name(sim_difficulty_name(d));
  return save < 0 ? SAVE_DIFFICULTY_STANDARD : save;
}

int game_difficulty_picker_layout(GameDifficultyPicker *p, UiCtx *ui, int x, int y, int w) {
  const UiTheme *t = ui->theme;
  int u = t->unit, pad = u * 2, inner = w - 2 * pad;
  int head = ui_text_height(ui, GFX_FONT_BOLD, UI_T_BODY, inner, TR("difficulty.difficulty", "Difficulty"));
  int help = 0;
  for (int d = 0; d < GAME_DIFFICULTIES; d++) {
    int h = ui_text_height(ui, GFX_FONT_REGULAR, UI_T_SMALL, inner, i18n_text_static(HELP[d]));
    if (h > help) help = h;
  }
  /* Chips as wide as their labels plus an equal share of the row; stacked when too wide. */
  int cw[GAME_DIFFICULTIES], sum = 0, ch = 0;
  for (int d = 0; d < GAME_DIFFICULTIES; d++) {
    cw[d] = ui_chip_width(ui, i18n_text_static(LABELS[d]), inner);
    sum += cw[d];
    int h = ui_chip_height(ui, i18n_text_static(LABELS[d]), cw[d], true);
    if (h > ch) ch = h;
  }
  bool row = sum + u * (GAME_DIFFICULTIES - 1) <= inner;
  int cy = y + pad + head + u;
  int cx = x + pad, spare = row ? (inner - sum - u * (GAME_DIFFICULTIES - 1)) / GAME_DIFFICULTIES : 0;
  for (int d = 0; d < GAME_DIFFICULTIES; d++) {
    if (row) {
      int wd = d == GAME_DIFFICULTIES - 1 ? x + pad + inner - cx : cw[d] + spare;
      p->chips[d] = (GfxRect){cx, cy, wd, ch};
      cx += wd + u;
    } else {
      p->chips[d] = (GfxRect){x + pad, cy, inner, ch};
      cy += ch + u;
    }
  }
  int chips_bottom = row ? cy + ch : cy - u;
  p->help_y = chips_bottom + u;
  p->help_h = help;
  int h = p->help_y + help + pad - y;
  p->panel = (GfxRect){x, y, w, h};
  return h;
}

void game_difficulty_picker_draw(const GameDifficultyPicker *p, UiCtx *ui, int current, bool focused) {
  const UiTheme *t = ui->theme;
  int u = t->unit, pad = u * 2;
  GfxRect r = p->panel;
  ui_panel(ui, r, UI_C_SURFACE);
  ui_text(ui, GFX_FONT_BOLD, UI_T_BODY, UI_C_INK, r.x + pad, r.y + pad, r.w - 2 * pad, TR("difficulty.difficulty", "Difficulty"));
  for (int d = 0; d < GAME_DIFFICULTIES; d++) ui_chip(ui, p->chips[d], i18n_text_static(LABELS[d]), d == current, false);
  ui_text(ui, GFX_FONT_REGULAR, UI_T_SMALL, UI_C_INK_SOFT, r.x + pad, p->help_y, r.w - 2 * pad,
          game_difficulty_help(current));
  if (focused) ui_focus_ring(ui, r);
}

int game_difficulty_picker_clicked(const GameDifficultyPicker *p, const GfxInput *in) {
  if (!in->clicked) return -1;
  for (int d = 0; d < GAME_DIFFICULTIES; d++)
    if (ui_clicked(in, p->chips[d])) return d;
  return -1;
}
