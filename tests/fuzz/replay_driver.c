/* replay_driver.c — runs a fuzz target's LLVMFuzzerTestOneInput once on every file of the
 * folders (or files) named on the command line, the way SQLite's fuzzcheck replays its
 * corpora: `make test` builds it with the normal compiler (no clang, no fuzzing) so every
 * kept input and every crash ever found is a regression test. Exit 0 when every input ran.
 */
#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int run_file(const char *path) {
  FILE *f = fopen(path, "rb");
  if (f == NULL) {
    perror(path);
    return 1;
  }
  size_t cap = 1 << 16, n = 0;
  uint8_t *buf = malloc(cap);
  for (;;) {
    if (buf == NULL) { fclose(f); return 1; }
    if (n == cap) {
      uint8_t *grown = realloc(buf, cap *= 2);
      if (grown == NULL) { free(buf); fclose(f); return 1; }
      buf = grown;
    }
    size_t got = fread(buf + n, 1, cap - n, f);
    if (got == 0) break;
    n += got;
  }
  fclose(f);
  LLVMFuzzerTestOneInput(buf, n);
  free(buf);
  return 0;
}

static int compare(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

int main(int argc, char **argv) {
  int inputs = 0, bad = 0;
  for (int i = 1; i < argc; i++) {
    struct stat sb;
    if (stat(argv[i], &sb) != 0) { perror(argv[i]); return 1; }
    if (!S_ISDIR(sb.st_mode)) { bad += run_file(argv[i]); inputs++; continue; }
    DIR *d = opendir(argv[i]);
    if (d == NULL) { perror(argv[i]); return 1; }
    char **names = NULL;
    size_t count = 0;
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
      if (e->d_name[0] == '.') continue;
      char **grown = realloc(names, (count + 1) * sizeof *names);
      if (grown == NULL) break;
      names = grown;
      size_t len = strlen(argv[i]) + strlen(e->d_name) + 2;
      names[count] = malloc(len);
      if (names[count] == NULL) break;
      snprintf(names[count++], len, "%s/%s", argv[i], e->d_name);
    }
    closedir(d);
    qsort(names, count, sizeof *names, compare);  /* the same order on every machine */
    for (size_t k = 0; k < count; k++) {
      bad += run_file(names[k]);
      inputs++;
      free(names[k]);
    }
    free(names);
  }
  printf("%d input%s replayed\n", inputs, inputs == 1 ? "" : "s");
  return bad == 0 && inputs > 0 ? 0 : 1;
}
