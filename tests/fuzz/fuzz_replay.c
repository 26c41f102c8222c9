/* fuzz_replay.c — libFuzzer target: the replay parser (gfx_replay_parse) on any bytes.
 * Built with clang by `make fuzz`; replayed over tests/fuzz/corpus/replay by `make test`
 * through replay_driver.c. Depends on engine/gfx.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "gfx/replay.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  char *text = malloc(size + 1);
  if (text == NULL) return 0;
  memcpy(text, data, size);
  text[size] = '\0';
  char err[512];
  GfxReplay *r = gfx_replay_parse("fuzz.replay", text, err, sizeof err);
  for (int i = 0; r != NULL && i < gfx_replay_count(r); i++) (void)gfx_replay_command(r, i);
  gfx_replay_destroy(r);
  free(text);
  return 0;
}
