/* bench_class_import.c — how long a teacher waits: 30 students' save files of 20
 * completed sessions each (12 choices, skills, a reflection, a roster) imported into one
 * class, then the same 30 files again (nothing added), a class summary for the dashboard,
 * and (issue 14) up to 30 hand-in files written and their folder imported into a new class.
 * Prints the figures; fails only if an import fails.
 * usage: bench_class_import DIR [STUDENTS SESSIONS]   (issue 14's figure: 2000 5)
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "save/save_class.h"
#include "save/save_handin.h"

static int STUDENTS = 30, SESSIONS = 20;

static double now_ms(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static void must(SaveStatus st, const char *msg, const char *what) {
  if (st == SAVE_OK) return;
  fprintf(stderr, "%s: %s\n", what, msg);
  exit(1);
}

static void make_student(const char *path, int who) {
  char msg[512];
  remove(path);
  SaveDb *db = NULL;
  must(save_open(path, 0, &db, NULL, msg, sizeof msg), msg, "open");
  SaveProfile p = {.clock_on = true};
  snprintf(p.name, sizeof p.name, "Student %04d", who);
  must(save_profile_create(db, &p, msg, sizeof msg), msg, "profile");
  must(save_batch_begin(db, msg, sizeof msg), msg, "batch");
  for (int i = 0; i < SESSIONS; i++) {
    SaveSession s = {.profile_id = p.id, .seed = (uint64_t)i};
    must(save_guid_new(s.guid, sizeof s.guid, msg, sizeof msg), msg, "guid");
    snprintf(s.scenario, sizeof s.scenario, "career_fair");
    snprintf(s.workshop, sizeof s.workshop, "9D01-14JN");
    snprintf(s.started, sizeof s.started, "2026-11-%02dT09:%02d:00Z", 1 + i, who % 60);
    must(save_session_begin(db, &s, msg, sizeof msg), msg, "session");
    SaveChoice c[12];
    memset(c, 0, sizeof c);
    for (int k = 0; k < 12; k++) {
      c[k].seq = k + 1;
      c[k].talk = 1 + k / 4;
      snprintf(c[k].person, sizeof c[k].person, "person%d", k / 4);
      snprintf(c[k].node, sizeof c[k].node, "n%d", k);
      snprintf(c[k].choice, sizeof c[k].choice, "c%d", k);
      snprintf(c[k].style, sizeof c[k].style, "ask_open");
    }
    SaveRelation r = {.profile_id = p.id, .tier = i % 5, .last_day = i * 7};
    snprintf(r.person, sizeof r.person, "person%d", i % 3);
    snprintf(r.name, sizeof r.name, "Person %d", i % 3);
    must(save_conversation(db, s.id, c, 12, &r, 1, NULL, msg, sizeof msg), msg, "talk");
    s.state = SAVE_SESSION_COMPLETED;
    s.depth_gain = 3.0 * (i % 7) + who % 5;
    s.cards = (who * 7 + i) % 9;
    snprintf(s.ended, sizeof s.ended, "2026-11-%02dT10:00:00Z", 1 + i);
    SaveSkills sk = {.session_id = s.id, .value = {i * 5 % 100, 40, 50, 60, 70, who % 100}};
    must(save_session_update(db, &s, &sk, NULL, 0, msg, sizeof msg), msg, "update");
    must(save_reflection_set(db, s.id, "I listened more than I talked.", msg, sizeof msg), msg,
         "reflection");
  }
  must(save_batch_commit(db, msg, sizeof msg), msg, "commit");
  save_close(db);
}

int main(int argc, char **argv) {
  const char *dir = argc > 1 ? argv[1] : "/tmp/rapport-class-bench";
  if (argc > 3) {
    STUDENTS = atoi(argv[2]);
    SESSIONS = atoi(argv[3]);
    if (STUDENTS < 1 || SESSIONS < 1 || SESSIONS > 28) {
      fprintf(stderr, "usage: bench_class_import DIR [STUDENTS SESSIONS<=28]\n");
      return 2;
    }
  }
  mkdir(dir, 0777);
  char teacher[1024], msg[512];
  char (*files)[1024] = calloc((size_t)STUDENTS, sizeof *files);
  if (files == NULL) return 1;
  for (int i = 0; i < STUDENTS; i++) {
    snprintf(files[i], sizeof files[i], "%s/student%04d.db", dir, i + 1);
    make_student(files[i], i + 1);
  }
  snprintf(teacher, sizeof teacher, "%s/teacher.db", dir);
  remove(teacher);
  SaveDb *db = NULL;
  must(save_open(teacher, 0, &db, NULL, msg, sizeof msg), msg, "teacher");
  int64_t cls = 0;
  must(save_class_create(db, "Bench class", &cls, msg, sizeof msg), msg, "class");
  SaveImportResult r;
  int added = 0, present = 0;
  double t0 = now_ms();
  for (int i = 0; i < STUDENTS; i++) {
    must(save_import_file(db, files[i], "Bench class", &r, msg, sizeof msg), msg, files[i]);
    added += r.added;
  }
  double t1 = now_ms();
  for (int i = 0; i < STUDENTS; i++) {
    must(save_import_file(db, files[i], "Bench class", &r, msg, sizeof msg), msg, files[i]);
    present += r.present;
  }
  double t2 = now_ms();
  SaveStudentSummary *sum = calloc(STUDENTS, sizeof *sum);
  int total = 0;
  must(save_class_summary(db, cls, NULL, sum, STUDENTS, &total, msg, sizeof msg), msg, "summary");
  double t3 = now_ms();
  printf("import %d files x %d sessions: %d added in %.0f ms (%.1f ms per file)\n", STUDENTS,
         SESSIONS, added, t1 - t0, (t1 - t0) / STUDENTS);
  printf("import again: %d already present, 0 added, in %.0f ms\n", present, t2 - t1);
  printf("class summary for the dashboard (%d students): %.1f ms\n", total, t3 - t2);
  /* Issue 14's hand-in: up to 30 students write their hand-in files into one folder, then
   * the teacher imports the folder into a new class. */
  int hands = STUDENTS < 30 ? STUDENTS : 30;
  char hand[1100];
  snprintf(hand, sizeof hand, "%s/handin", dir);
  mkdir(hand, 0777);
  double t4 = now_ms();
  for (int i = 0; i < hands; i++) {
    SaveDb *s = NULL;
    must(save_open(files[i], SAVE_OPEN_READ_ONLY, &s, NULL, msg, sizeof msg), msg, files[i]);
    SaveProfile p;
    int n = 0;
    must(save_profile_list(s, 0, &p, 1, &n, msg, sizeof msg), msg, "profile");
    must(save_handin_write(s, p.id, hand, "2026-12-04", NULL, msg, sizeof msg), msg, "hand-in");
    save_close(s);
  }
  double t5 = now_ms();
  /* A second teacher's save: the first already holds these sessions (as other students'
   * of "Bench class", which a hand-in may not speak for). */
  char teacher2[1100];
  snprintf(teacher2, sizeof teacher2, "%s/teacher2.db", dir);
  remove(teacher2);
  SaveDb *db2 = NULL;
  must(save_open(teacher2, 0, &db2, NULL, msg, sizeof msg), msg, "teacher2");
  must(save_class_create(db2, "Hand-in class", &cls, msg, sizeof msg), msg, "class");
  SaveFolderResult fr;
  double t5b = now_ms();
  must(save_import_folder(db2, hand, "Hand-in class", NULL, &fr, msg, sizeof msg), msg, "folder");
  double t6 = now_ms();
  save_close(db2);
  printf("hand-in of %d files: %.0f ms; import of the folder: %d of %d files, %d sessions "
         "added, in %.0f ms\n", hands, t5 - t4, fr.imported, fr.files, fr.added, t6 - t5b);
  int folder_ok = fr.imported == hands && fr.added == hands * SESSIONS;
  save_folder_free(&fr);
  free(sum);
  free(files);
  save_close(db);
  return added == STUDENTS * SESSIONS && present == STUDENTS * SESSIONS && folder_ok ? 0 : 1;
}
