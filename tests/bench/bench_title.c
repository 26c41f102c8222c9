/* bench_title.c — per-frame cost of the title screen headless (update + draw + present),
 * median over 2,000 frames, and the process's peak memory. Not a test: prints figures. */
#include <stdio.h>
#include <time.h>

#include "game/app.h"

int main(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  GameOptions opt = {.headless = true, .frames = 2000, .stats = true, .shot_dir = ".",
                     .save_path = "/tmp/rapport-bench-title.db",
                     .start_ms = (double)ts.tv_sec * 1000.0 + (double)ts.tv_nsec / 1e6};
  printf("bench_title: 2000 headless frames of the title screen (figures on the stats line)\n");
  fflush(stdout);
  return game_main(&opt);
}
