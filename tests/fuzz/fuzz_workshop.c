/* fuzz_workshop.c — libFuzzer target: the workshop-code decoder on any text, and the
 * round trip: a code that decodes must encode back to its canonical form.
 * Depends on engine/sim only.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "sim/workshop.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size > 4096) return 0;
  char code[4097];
  memcpy(code, data, size);
  code[size] = '\0';
  SimWorkshop w;
  char canon[16], err[256], again[16];
  if (sim_workshop_decode(code, &w, canon, sizeof canon, err, sizeof err) == SIM_WORKSHOP_OK) {
    if (sim_workshop_encode(&w, again, sizeof again) != SIM_WORKSHOP_OK) abort();
    if (strcmp(again, canon) != 0) abort();  /* decode and encode must agree */
  }
  return 0;
}
