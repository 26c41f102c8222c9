/* openers.c — the briefing's opener parts from a scenario or from assets/openers.ini (see
 * openers.h). The file is read with stdio once at start; errors name the file and line.
 */
#include "game/openers.h"

#include <stdio.h>
#include <string.h>

#include "script/host.h"
#include "i18n/i18n.h"

static bool fail(GameOpeners *out, char *err, size_t errlen, const char *path, int line, const char *msg) {
  memset(out, 0, sizeof *out);
  if (line > 0) snprintf(err, errlen, "%s:%d: %s", path, line, msg);
  else snprintf(err, errlen, "%s: %s", path, msg);
  return false;
}

bool game_openers_load(GameOpeners *out, const char *path, char *err, size_t errlen) {
  memset(out, 0, sizeof *out);
  FILE *f = fopen(path, "r");
  if (!f) return fail(out, err, errlen, path, 0, TR("openers.cannot_open_the_briefings_opener", "cannot open the briefing's opener parts (is the assets folder there?)"));
  char buf[1024];
  int line = 0;
  enum { NONE, WHY, QUESTIONS } section = NONE;
  bool ok = true;
  char msg[160] = "";
  while (ok && fgets(buf, sizeof buf, f)) {
    line++;
    size_t n = strlen(buf);
    if (n == sizeof buf - 1 && buf[n - 1] != '\n') {
      snprintf(msg, sizeof msg, TR("openers.line_too_long_at_most", "line too long (at most %d bytes a part)"), GAME_OPENER_BYTES - 1);
      ok = false;
      break;
    }
    while (n > 0 && (buf[n - 1] == '\n' || buf[n - 1] == '\r' || buf[n - 1] == ' ' || buf[n - 1] == '\t')) buf[--n] = '\0';
    char *text = buf;
    while (*text == ' ' || *text == '\t') text++;
    n = strlen(text);
    if (n == 0 || text[0] == '#') continue;
    if (strcmp(text, "[why]") == 0) {
      section = WHY;
      continue;
    }
    if (strcmp(text, "[questions]") == 0) {
      section = QUESTIONS;
      continue;
    }
    if (text[0] == '[') {
      snprintf(msg, sizeof msg, TR("openers.unknown_section_expected_why_or", "unknown section %.60s (expected [why] or [questions])"), text);
      ok = false;
    } else if (section == NONE) {
      snprintf(msg, sizeof msg, TR("openers.a_part_before_any_section", "a part before any section: start with [why] or [questions]"));
      ok = false;
    } else if (n >= GAME_OPENER_BYTES) {
      snprintf(msg, sizeof msg, TR("openers.part_too_long_u_bytes", "part too long (%zu bytes, at most %d)"), n, GAME_OPENER_BYTES - 1);
      ok = false;
    } else if (!scr_utf8_valid(text, n)) {
      snprintf(msg, sizeof msg, TR("openers.not_valid_utf_8_text", "not valid UTF-8 text"));
      ok = false;
    } else {
      int *count = section == WHY ? &out->why_count : &out->question_count;
      char (*parts)[GAME_OPENER_BYTES] = section == WHY ? out->why : out->question;
      if (*count >= SIM_MAX_OPENERS) {
        snprintf(msg, sizeof msg, TR("openers.more_than_parts_in", "more than %d parts in [%s]"), SIM_MAX_OPENERS, section == WHY ? "why" : "questions");
        ok = false;
      } else {
        memcpy(parts[*count], text, n + 1);
        (*count)++;
      }
    }
  }
  bool read_error = ferror(f) != 0;
  fclose(f);
  if (!ok) return fail(out, err, errlen, path, line, msg);
  if (read_error) return fail(out, err, errlen, path, 0, TR("openers.could_not_be_read", "could not be read"));
  if (out->why_count == 0 || out->question_count == 0)
    return fail(out, err, errlen, path, 0, TR("openers.needs_at_least_one_part", "needs at least one part under [why] and one under [questions]"));
  return true;
}

void game_openers_for(const SimScenario *sc, const GameOpeners *fallback, GameOpeners *out) {
  if (!sc || sc->openers.why_count == 0 || sc->openers.question_count == 0) {
    *out = *fallback;
    return;
  }
  memset(out, 0, sizeof *out);
  for (int i = 0; i < sc->openers.why_count && i < SIM_MAX_OPENERS; i++)
    snprintf(out->why[out->why_count++], GAME_OPENER_BYTES, "%s", sc->openers.why[i]);
  for (int i = 0; i < sc->openers.question_count && i < SIM_MAX_OPENERS; i++)
    snprintf(out->question[out->question_count++], GAME_OPENER_BYTES, "%s", sc->openers.question[i]);
}
