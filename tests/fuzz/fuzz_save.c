/* fuzz_save.c — libFuzzer target: a save file from bytes, the way a student's file reaches
 * the teacher. The bytes are written to a private temporary file, opened as an untrusted
 * save (every list read, the class summary and CSV export on it), then imported into an
 * in-memory teacher's class, whose CSV is exported too. Depends on engine/save.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "save/save_class.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static char path[256];

static void remove_all(void) {
  static const char *const suffixes[] = {"", "-wal", "-shm", "-journal"};
  for (size_t i = 0; i < sizeof suffixes / sizeof suffixes[0]; i++) {
    char p[300];
    snprintf(p, sizeof p, "%s%s", path, suffixes[i]);
    unlink(p);
  }
}

/* Every list the screens and commands read, on every profile and session found. */
static void read_everything(SaveDb *db, FILE *sink) {
  void *buf = NULL;
  int n = 0;
  if (save_list_all(db, SAVE_LIST_PROFILES, SAVE_ANY_CLASS, &buf, &n, NULL, 0) == SAVE_OK) {
    SaveProfile *p = buf;
    for (int i = 0; i < n && i < 8; i++) {
      void *rows = NULL, *more = NULL;
      int k = 0, m = 0;
      if (save_list_all(db, SAVE_LIST_PROFILE_SESSIONS, p[i].id, &rows, &k, NULL, 0) == SAVE_OK) {
        SaveSessionRow *r = rows;
        for (int j = 0; j < k && j < 8; j++) {
          if (save_list_all(db, SAVE_LIST_CHOICES, r[j].session.id, &more, &m, NULL, 0) == SAVE_OK)
            free(more);
          more = NULL;
          if (save_list_all(db, SAVE_LIST_GUESSES, r[j].session.id, &more, &m, NULL, 0) == SAVE_OK)
            free(more);
          more = NULL;
        }
      }
      free(rows);
      static const SaveListKind per_profile[] = {SAVE_LIST_ROSTER, SAVE_LIST_REFLECTIONS,
                                                 SAVE_LIST_MAINTENANCE};
      for (size_t j = 0; j < sizeof per_profile / sizeof per_profile[0]; j++) {
        more = NULL;
        if (save_list_all(db, per_profile[j], p[i].id, &more, &m, NULL, 0) == SAVE_OK) free(more);
      }
    }
    free(buf);
  }
  buf = NULL;
  if (save_list_all(db, SAVE_LIST_CLASSES, 0, &buf, &n, NULL, 0) == SAVE_OK) {
    SaveClass *c = buf;
    for (int i = 0; i < n && i < 4; i++) {
      SaveStudentSummary *sum = NULL;
      int k = 0;
      if (save_class_summary_all(db, c[i].id, NULL, &sum, &k, NULL, 0) == SAVE_OK) free(sum);
      (void)save_export_class_csv(db, c[i].id, 0, sink, NULL, NULL, 0);
      (void)save_export_class_csv(db, c[i].id, SAVE_EXPORT_PER_STUDENT | SAVE_EXPORT_ANONYMOUS,
                                  sink, NULL, NULL, 0);
    }
    free(buf);
  }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (path[0] == '\0') {
    const char *tmp = getenv("TMPDIR");
    snprintf(path, sizeof path, "%s/rapport-fuzz-save-%ld.db", tmp && tmp[0] ? tmp : "/tmp",
             (long)getpid());
  }
  remove_all();
  FILE *f = fopen(path, "wb");
  if (f == NULL) return 0;
  size_t wrote = size > 0 ? fwrite(data, 1, size, f) : 0;
  fclose(f);
  if (wrote != size) { remove_all(); return 0; }
  FILE *sink = fopen("/dev/null", "w");
  if (sink == NULL) { remove_all(); return 0; }

  SaveDb *src = NULL;
  char msg[512];
  if (save_open(path, SAVE_OPEN_READ_ONLY | SAVE_OPEN_UNTRUSTED, &src, NULL, msg, sizeof msg) ==
      SAVE_OK)
    read_everything(src, sink);
  save_close(src);

  SaveDb *teacher = NULL;
  if (save_open(":memory:", SAVE_OPEN_DEFAULT, &teacher, NULL, NULL, 0) == SAVE_OK) {
    int64_t cls = 0;
    if (save_class_create(teacher, "10B", &cls, NULL, 0) == SAVE_OK) {
      SaveImportResult *r = malloc(sizeof *r);
      if (r != NULL && save_import_file(teacher, path, "10B", r, msg, sizeof msg) == SAVE_OK) {
        (void)save_export_class_csv(teacher, cls, 0, sink, NULL, NULL, 0);
        (void)save_export_class_csv(teacher, cls, SAVE_EXPORT_PER_STUDENT, sink, NULL, NULL, 0);
      }
      free(r);
    }
  }
  save_close(teacher);
  fclose(sink);
  remove_all();
  return 0;
}
