/* text.c — the translation hook of engine/sim (text.h): English until the game installs
 * a translator. Owns two function pointers. C library only.
 */
#include "sim/text.h"

static SimTextFn current_text;
static SimTextPluralFn current_plural;

void sim_text_use(SimTextFn text, SimTextPluralFn plural) {
  current_text = text;
  current_plural = plural;
}

const char *sim_text(const char *id, const char *english) {
  if (!current_text || !english) return english;
  const char *t = current_text(id, english);
  return t ? t : english;
}

const char *sim_text_plural(const char *id, const char *one, const char *other, unsigned long n) {
  if (current_plural) {
    const char *t = current_plural(id, one, other, n);
    if (t) return t;
  }
  return n == 1 ? one : other;
}

const char *sim_text_entry(const SimText *t) {
  if (!t || !t->english) return "";
  return t->id ? sim_text(t->id, t->english) : t->english;
}
