/* bench_save.c — what saving costs: one conversation's save (6 choices, 2 relations, a
 * guess; one transaction, synchronous=FULL, WAL) timed 1,000 times on a file under /tmp,
 * median and 99th percentile; and the database's size after 100 full sessions.
 * Not a test: prints the figures (docs/saves.md quotes them).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "save/save_internal.h"

enum { RUNS = 1000, SESSIONS = 100, TALKS = 8, CHOICES = 6 };

static double now_us(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec * 1e6 + (double)ts.tv_nsec / 1e3;
}

static int cmp_double(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return (x > y) - (x < y);
}

static void fail(const char *what, const char *msg) {
  fprintf(stderr, "bench_save: %s: %s\n", what, msg);
  exit(1);
}

static void fill_talk(int64_t pid, int talk, SaveChoice *c, SaveRelation *r, SaveGuess *g) {
  static const char *const people[] = {"maya_okafor", "sam_lee", "priya_nair", "tom_berg",
                                       "lena_fischer", "omar_haddad", "jo_kim", "ravi_shah"};
  const char *person = people[talk % 8];
  memset(c, 0, sizeof *c * CHOICES);
  for (int i = 0; i < CHOICES; i++) {
    c[i].seq = (talk - 1) * CHOICES + i + 1;
    c[i].talk = talk;
    snprintf(c[i].person, sizeof c[i].person, "%s", person);
    snprintf(c[i].node, sizeof c[i].node, "node_%d", i);
    snprintf(c[i].choice, sizeof c[i].choice, "choice_%d", i % 3);
    snprintf(c[i].style, sizeof c[i].style, "ask_open");
    c[i].d_interest = 0.1 * i;
    c[i].d_trust = 0.05 * i;
    c[i].d_progress = 0.2;
    c[i].energy_cost = 4;
    snprintf(c[i].reasons, sizeof c[i].reasons, "asked_open_question,shared_in_turn");
  }
  for (int k = 0; k < 2; k++) {
    memset(&r[k], 0, sizeof r[k]);
    r[k].profile_id = pid;
    snprintf(r[k].person, sizeof r[k].person, "%s", people[(talk + k) % 8]);
    snprintf(r[k].name, sizeof r[k].name, "Person %d", (talk + k) % 8);
    snprintf(r[k].org, sizeof r[k].org, "Pulse Health");
    r[k].tier = 2;
    snprintf(r[k].facts, sizeof r[k].facts, "user_study,half_marathon");
    r[k].conversations = talk;
    snprintf(r[k].last_date, sizeof r[k].last_date, "2026-11-26T18:30:00Z");
  }
  memset(g, 0, sizeof *g);
  g->talk = talk;
  snprintf(g->person, sizeof g->person, "%s", person);
  g->guess = 3;
  g->actual = 4;
}

static SaveDb *fresh(const char *path, SaveProfile *p) {
  char msg[512], side[600];
  unlink(path);
  snprintf(side, sizeof side, "%s-wal", path);
  unlink(side);
  snprintf(side, sizeof side, "%s-shm", path);
  unlink(side);
  SaveDb *db = NULL;
  SaveOpenInfo info;
  if (save_open(path, SAVE_OPEN_DEFAULT, &db, &info, msg, sizeof msg) != SAVE_OK) fail("open", msg);
  printf("bench_save: fresh save %s (journal: %s)\n", path, info.wal ? "WAL" : "rollback");
  memset(p, 0, sizeof *p);
  snprintf(p->name, sizeof p->name, "Bench");
  if (save_profile_create(db, p, msg, sizeof msg) != SAVE_OK) fail("profile", msg);
  return db;
}

static SaveSession begin(SaveDb *db, int64_t pid, int n) {
  char msg[512];
  SaveSession s;
  memset(&s, 0, sizeof s);
  if (save_guid_new(s.guid, sizeof s.guid, msg, sizeof msg) != SAVE_OK) fail("guid", msg);
  s.profile_id = pid;
  snprintf(s.scenario, sizeof s.scenario, "career_fair");
  s.seed = (uint64_t)n;
  snprintf(s.started, sizeof s.started, "2026-%02d-%02dT18:00:00Z", 1 + n / 28 % 12, 1 + n % 28);
  snprintf(s.intention, sizeof s.intention, "leave with one real conversation");
  if (save_session_begin(db, &s, msg, sizeof msg) != SAVE_OK) fail("begin", msg);
  return s;
}

int main(void) {
  const char *dir = getenv("TMPDIR");
  char path[512];
  snprintf(path, sizeof path, "%s/rapport-bench-save-%d.db", dir && dir[0] ? dir : "/tmp",
           (int)getpid());
  char msg[512];
  SaveProfile p;
  SaveChoice c[CHOICES];
  SaveRelation r[2];
  SaveGuess g;

  /* 1. One conversation's save, 1,000 times: as the game does it (synchronous=FULL), then
   * without waiting for the disk (synchronous=OFF) to show what is CPU and what is fsync. */
  static double t[RUNS];
  for (int pass = 0; pass < 2; pass++) {
    SaveDb *db = fresh(path, &p);
    if (pass == 1) sqlite3_exec(save_sqlite(db), "PRAGMA synchronous = OFF", NULL, NULL, NULL);
    SaveSession s = begin(db, p.id, 0);
    for (int i = 0; i < RUNS; i++) {
      fill_talk(p.id, i + 1, c, r, &g);
      double t0 = now_us();
      if (save_conversation(db, s.id, c, CHOICES, r, 2, &g, msg, sizeof msg) != SAVE_OK)
        fail("conversation", msg);
      t[i] = now_us() - t0;
    }
    save_close(db);
    qsort(t, RUNS, sizeof t[0], cmp_double);
    double sum = 0;
    for (int i = 0; i < RUNS; i++) sum += t[i];
    printf("bench_save: one conversation's save (%d choices + 2 relations + 1 guess), %d runs, "
           "synchronous=%s: median %.0f us, p99 %.0f us, mean %.0f us, max %.0f us\n", CHOICES,
           RUNS, pass ? "OFF (CPU only)" : "FULL (as played)", t[RUNS / 2], t[RUNS * 99 / 100],
           sum / RUNS, t[RUNS - 1]);
  }

  /* 2. Size after 100 sessions of 8 conversations, with totals, skills, a reflection and a
   * week of maintenance each. */
  SaveDb *db = fresh(path, &p);
  double t0 = now_us();
  for (int n = 0; n < SESSIONS; n++) {
    SaveSession s = begin(db, p.id, n + 1);
    for (int talk = 1; talk <= TALKS; talk++) {
      fill_talk(p.id, talk, c, r, &g);
      if (save_conversation(db, s.id, c, CHOICES, r, 2, &g, msg, sizeof msg) != SAVE_OK)
        fail("conversation", msg);
    }
    s.state = SAVE_SESSION_COMPLETED;
    snprintf(s.ended, sizeof s.ended, "%.10sT18:45:00Z", s.started);
    s.conversations = TALKS;
    SaveSkills k;
    memset(&k, 0, sizeof k);
    for (int i = 0; i < SAVE_SKILL_COUNT; i++) k.value[i] = (n * 7 + i * 13) % 101;
    if (save_session_update(db, &s, &k, r, 2, msg, sizeof msg) != SAVE_OK) fail("update", msg);
    if (save_reflection_set(db, s.id, "I asked about her study before asking for anything; "
                            "next time I will follow up within three days.", msg,
                            sizeof msg) != SAVE_OK)
      fail("reflection", msg);
    SaveMaintenance m;
    memset(&m, 0, sizeof m);
    snprintf(m.person, sizeof m.person, "maya_okafor");
    snprintf(m.kind, sizeof m.kind, "coffee");
    if (save_week(db, p.id, n + 1, &m, 1, r, 2, msg, sizeof msg) != SAVE_OK) fail("week", msg);
  }
  double elapsed = now_us() - t0;
  save_close(db);  /* checkpoints the WAL into the file */
  struct stat sb;
  if (stat(path, &sb) != 0) fail("stat", path);
  printf("bench_save: %d sessions (%d conversations, %d choices): %lld bytes (%.1f KiB), "
         "%.0f ms to write\n", SESSIONS, SESSIONS * TALKS, SESSIONS * TALKS * CHOICES,
         (long long)sb.st_size, (double)sb.st_size / 1024.0, elapsed / 1000.0);
  unlink(path);
  return 0;
}
