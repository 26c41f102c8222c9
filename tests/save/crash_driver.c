/* crash_driver.c — the store's crash test. A child process plays sessions headless through
 * the save API (a conversation saved at each talk's end, totals at the event's end, a week
 * between events) and reports on a pipe each save after its commit returned; the parent
 * SIGKILLs it at random moments, then checks that the database passes integrity_check,
 * opens without being moved aside, holds every reported conversation and no duplicate
 * session. The next child resumes the unfinished session by its guid.
 * Usage: save_crash [--kills N] [--seed S] --db PATH   (exit 0 on success)
 */
#include <errno.h>
#include <stdbool.h>
#include <inttypes.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "save/save_internal.h"

enum { TALKS_PER_SESSION = 6, CHOICES_PER_TALK = 3, MAX_REPORTS = 1 << 16 };

static const char *const PEOPLE[] = {"maya_okafor", "sam_lee", "priya_nair", "tom_berg"};

static uint64_t rng_next(uint64_t *s) {  /* splitmix64 */
  uint64_t z = (*s += 0x9e3779b97f4a7c15ULL);
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
  return z ^ (z >> 31);
}

/* ---- the child: plays and saves until killed ---- */

static void report(int fd, const char *fmt, const char *guid, int n) {
  char line[96];
  int len = snprintf(line, sizeof line, fmt, guid, n);
  if (write(fd, line, (size_t)len) != len) _exit(3);  /* < PIPE_BUF: one atomic write */
}

static void die(const char *what, const char *msg) {
  fprintf(stderr, "crash child: %s: %s\n", what, msg);
  _exit(2);
}

static int max_talk(SaveDb *db, int64_t session_id) {
  sqlite3_stmt *st = NULL;
  int talk = 0;
  if (sqlite3_prepare_v2(save_sqlite(db), "SELECT COALESCE(max(talk), 0) FROM choices WHERE "
                         "session_id = ?1", -1, &st, NULL) == SQLITE_OK) {
    sqlite3_bind_int64(st, 1, session_id);
    if (sqlite3_step(st) == SQLITE_ROW) talk = sqlite3_column_int(st, 0);
  }
  sqlite3_finalize(st);
  return talk;
}

static void child(const char *path, int fd, uint64_t seed) {
  char msg[512];
  SaveDb *db = NULL;
  SaveOpenInfo info;
  if (save_open(path, SAVE_OPEN_DEFAULT, &db, &info, msg, sizeof msg) != SAVE_OK) die("open", msg);
  if (info.moved_aside) die("open", "the save was moved aside");
  SaveProfile p;
  SaveStatus st = save_profile_find(db, "Crash Tester", 0, &p, msg, sizeof msg);
  if (st == SAVE_NOT_FOUND) {
    memset(&p, 0, sizeof p);
    snprintf(p.name, sizeof p.name, "Crash Tester");
    st = save_profile_create(db, &p, msg, sizeof msg);
  }
  if (st != SAVE_OK) die("profile", msg);
  for (int week = 1;; week++) {
    SaveSession s;
    int talk = 1;
    if (save_session_find_in_progress(db, p.id, &s, msg, sizeof msg) == SAVE_OK) {
      talk = max_talk(db, s.id) + 1;  /* resume after the last saved conversation */
    } else {
      memset(&s, 0, sizeof s);
      if (save_guid_new(s.guid, sizeof s.guid, msg, sizeof msg) != SAVE_OK) die("guid", msg);
      s.profile_id = p.id;
      snprintf(s.scenario, sizeof s.scenario, "career_fair");
      s.seed = rng_next(&seed);
      snprintf(s.started, sizeof s.started, "2026-11-%02dT18:00:00Z", 1 + week % 28);
    }
    SaveSession again = s;
    if (save_session_begin(db, &again, msg, sizeof msg) != SAVE_OK) die("begin", msg);
    if (again.id != s.id && s.id != 0) die("begin", "resuming gave a different session");
    s = again;
    report(fd, "B %s %d\n", s.guid, 0);
    for (; talk <= TALKS_PER_SESSION; talk++) {
      const char *person = PEOPLE[talk % 4];
      SaveChoice c[CHOICES_PER_TALK];
      memset(c, 0, sizeof c);
      for (int i = 0; i < CHOICES_PER_TALK; i++) {
        c[i].seq = (talk - 1) * CHOICES_PER_TALK + i + 1;
        c[i].talk = talk;
        snprintf(c[i].person, sizeof c[i].person, "%s", person);
        snprintf(c[i].node, sizeof c[i].node, "n%d", i);
        snprintf(c[i].choice, sizeof c[i].choice, "c%d", (int)(rng_next(&seed) % 4));
        snprintf(c[i].style, sizeof c[i].style, "ask_open");
        c[i].d_trust = (double)(rng_next(&seed) % 100) / 100.0;
        snprintf(c[i].reasons, sizeof c[i].reasons, "asked_open_question");
      }
      SaveRelation r;
      memset(&r, 0, sizeof r);
      r.profile_id = p.id;
      snprintf(r.person, sizeof r.person, "%s", person);
      snprintf(r.name, sizeof r.name, "Person %s", person);
      r.tier = (int)(rng_next(&seed) % 6);
      r.conversations = talk;
      SaveGuess g;
      memset(&g, 0, sizeof g);
      g.talk = talk;
      snprintf(g.person, sizeof g.person, "%s", person);
      g.guess = 1 + (int)(rng_next(&seed) % 5);
      g.actual = 1 + (int)(rng_next(&seed) % 5);
      if (save_conversation(db, s.id, c, CHOICES_PER_TALK, &r, 1, &g, msg, sizeof msg) != SAVE_OK)
        die("conversation", msg);
      report(fd, "C %s %d\n", s.guid, talk);
    }
    s.state = SAVE_SESSION_COMPLETED;
    snprintf(s.ended, sizeof s.ended, "2026-11-%02dT18:45:00Z", 1 + week % 28);
    s.conversations = TALKS_PER_SESSION;
    SaveSkills k;
    memset(&k, 0, sizeof k);
    for (int i = 0; i < SAVE_SKILL_COUNT; i++) k.value[i] = (int)(rng_next(&seed) % 101);
    if (save_session_update(db, &s, &k, NULL, 0, msg, sizeof msg) != SAVE_OK) die("end", msg);
    report(fd, "E %s %d\n", s.guid, 0);
    SaveMaintenance m;
    memset(&m, 0, sizeof m);
    snprintf(m.person, sizeof m.person, "maya_okafor");
    snprintf(m.kind, sizeof m.kind, "coffee");
    if (save_week(db, p.id, week, &m, 1, NULL, 0, msg, sizeof msg) != SAVE_OK) die("week", msg);
  }
}

/* ---- the parent: kills and checks ---- */

typedef struct Report { char kind; char guid[SAVE_GUID_MAX]; int n; } Report;

static Report reports[MAX_REPORTS];
static int nreports, nconversations;

static void parse(char *buf, size_t *len) {
  size_t start = 0;
  for (size_t i = 0; i < *len; i++) {
    if (buf[i] != '\n') continue;
    buf[i] = '\0';
    Report r;
    memset(&r, 0, sizeof r);
    if (sscanf(buf + start, "%c %32s %d", &r.kind, r.guid, &r.n) == 3 && nreports < MAX_REPORTS) {
      reports[nreports++] = r;
      nconversations += r.kind == 'C';
    }
    start = i + 1;
  }
  memmove(buf, buf + start, *len - start);  /* keep a partial line for the next read */
  *len -= start;
}

static int int_query(sqlite3 *h, const char *sql, const char *guid, int n, int *out) {
  sqlite3_stmt *st = NULL;
  int rc = sqlite3_prepare_v2(h, sql, -1, &st, NULL);
  if (rc == SQLITE_OK) {
    if (guid) sqlite3_bind_text(st, 1, guid, -1, SQLITE_STATIC);
    if (sqlite3_bind_parameter_count(st) >= 2) sqlite3_bind_int(st, 2, n);
    rc = sqlite3_step(st);
    if (rc == SQLITE_ROW) { *out = sqlite3_column_int(st, 0); rc = SQLITE_OK; }
  }
  sqlite3_finalize(st);
  return rc;
}

#define CHECK(cond, ...) do { if (!(cond)) { fprintf(stderr, "save_crash: kill %d: ", kill_no); \
  fprintf(stderr, __VA_ARGS__); fputc('\n', stderr); return 1; } } while (0)

static int verify(const char *path, int kill_no, int *checked) {
  if (access(path, F_OK) != 0) {  /* killed before it made the file */
    CHECK(nreports == 0, "the save is gone after %d reports", nreports);
    *checked = 0;
    return 0;
  }
  sqlite3 *h = NULL;
  if (sqlite3_open_v2(path, &h, SQLITE_OPEN_READWRITE, NULL) != SQLITE_OK) {
    sqlite3_close(h);
    CHECK(0, "cannot open the save");
  }
  sqlite3_stmt *st = NULL;
  int ok = sqlite3_prepare_v2(h, "PRAGMA integrity_check", -1, &st, NULL) == SQLITE_OK &&
           sqlite3_step(st) == SQLITE_ROW &&
           strcmp((const char *)sqlite3_column_text(st, 0), "ok") == 0;
  sqlite3_finalize(st);
  if (!ok) { sqlite3_close(h); CHECK(0, "integrity_check failed"); }
  int tables = 0;
  int rc = int_query(h, "SELECT count(*) FROM sqlite_schema WHERE name = 'sessions'", NULL, 0,
                     &tables);
  int failed = 0;
  *checked = 0;
  if (rc == SQLITE_OK && tables == 1) {
    int sessions = 0, began = 0;
    (void)int_query(h, "SELECT count(*) FROM sessions", NULL, 0, &sessions);
    for (int i = 0; i < nreports && !failed; i++) {
      const Report *r = &reports[i];
      int n = -1;
      if (r->kind == 'C') {
        rc = int_query(h, "SELECT count(*) FROM choices c JOIN sessions s ON s.id = c.session_id "
                       "WHERE s.guid = ?1 AND c.talk = ?2", r->guid, r->n, &n);
        failed = rc != SQLITE_OK || n != CHOICES_PER_TALK;
        int g = 0;
        rc = int_query(h, "SELECT count(*) FROM guesses g JOIN sessions s ON s.id = g.session_id "
                       "WHERE s.guid = ?1 AND g.talk = ?2", r->guid, r->n, &g);
        failed |= rc != SQLITE_OK || g != 1;
        (*checked)++;
      } else if (r->kind == 'E') {
        rc = int_query(h, "SELECT count(*) FROM sessions s JOIN skills k ON k.session_id = s.id "
                       "WHERE s.guid = ?1 AND s.status = 'completed'", r->guid, 0, &n);
        failed = rc != SQLITE_OK || n != 1;
      } else if (r->kind == 'B') {
        rc = int_query(h, "SELECT count(*) FROM sessions WHERE guid = ?1", r->guid, 0, &n);
        failed = rc != SQLITE_OK || n != 1;
        int first = 1;
        for (int j = 0; j < i; j++)
          if (reports[j].kind == 'B' && strcmp(reports[j].guid, r->guid) == 0) { first = 0; break; }
        began += first;
      }
      if (failed) {
        sqlite3_close(h);
        CHECK(0, "reported save '%c %s %d' is missing (found %d)", r->kind, r->guid, r->n, n);
      }
    }
    sqlite3_close(h);
    /* At most one session began without its report getting out before the kill. */
    CHECK(sessions >= began && sessions <= began + 1, "%d sessions for %d begun", sessions, began);
  } else {
    sqlite3_close(h);
    CHECK(nreports == 0, "the schema is missing after %d reports", nreports);
  }
  SaveDb *db = NULL;
  SaveOpenInfo info;
  char msg[512];
  SaveStatus s = save_open(path, SAVE_OPEN_DEFAULT, &db, &info, msg, sizeof msg);
  save_close(db);
  CHECK(s == SAVE_OK && !info.moved_aside, "save_open after the kill: %s", msg);
  return 0;
}

int main(int argc, char **argv) {
  int kills = 60;
  uint64_t seed = (uint64_t)time(NULL);
  const char *path = NULL;
  for (int i = 1; i < argc; i++) {
    if (strcmp(argv[i], "--kills") == 0 && i + 1 < argc) kills = atoi(argv[++i]);
    else if (strcmp(argv[i], "--seed") == 0 && i + 1 < argc) seed = strtoull(argv[++i], NULL, 0);
    else if (strcmp(argv[i], "--db") == 0 && i + 1 < argc) path = argv[++i];
    else { fprintf(stderr, "usage: save_crash [--kills N] [--seed S] --db PATH\n"); return 2; }
  }
  if (path == NULL || kills < 1) { fprintf(stderr, "usage: save_crash [--kills N] --db PATH\n"); return 2; }
  printf("save_crash: %d kills, seed %" PRIu64 ", database %s\n", kills, seed, path);
  char side[SAVE_PATH_MAX + 16];
  unlink(path);
  snprintf(side, sizeof side, "%s-wal", path);
  unlink(side);
  snprintf(side, sizeof side, "%s-shm", path);
  unlink(side);
  uint64_t rng = seed;
  int total_checked = 0;
  for (int kill_no = 1; kill_no <= kills; kill_no++) {
    int fds[2];
    if (pipe(fds) != 0) { perror("pipe"); return 1; }
    uint64_t child_seed = rng_next(&rng);
    fflush(NULL);
    pid_t pid = fork();
    if (pid < 0) { perror("fork"); return 1; }
    if (pid == 0) {
      close(fds[0]);
      child(path, fds[1], child_seed);
      _exit(0);
    }
    close(fds[1]);
    /* Half the kills come 0..60 ms after the start (often during open); the other half
     * 0..3 ms after the child has reported 1..5 more conversations, so that the test makes progress
     * (and lands inside later transactions) even on a slow, busy disk. */
    bool after_reports = rng_next(&rng) % 2;
    int want = after_reports ? 1 + (int)(rng_next(&rng) % 5) : 0;
    int delay_ms = after_reports ? (int)(rng_next(&rng) % 4) : (int)(rng_next(&rng) % 61);
    int before = nconversations;
    struct timespec t0, armed;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    armed = t0;
    bool waiting = after_reports;
    char buf[8192];
    size_t len = 0;
    for (;;) {
      struct timespec now;
      clock_gettime(CLOCK_MONOTONIC, &now);
      if (waiting && nconversations - before >= want) { waiting = false; armed = now; }
      long total_ms = (now.tv_sec - t0.tv_sec) * 1000 + (now.tv_nsec - t0.tv_nsec) / 1000000;
      long elapsed = (now.tv_sec - armed.tv_sec) * 1000 + (now.tv_nsec - armed.tv_nsec) / 1000000;
      if ((!waiting && elapsed >= delay_ms) || total_ms > 5000) break;
      struct pollfd pfd = {fds[0], POLLIN, 0};
      if (poll(&pfd, 1, waiting ? 50 : (int)(delay_ms - elapsed)) > 0) {
        ssize_t n = read(fds[0], buf + len, sizeof buf - len);
        if (n <= 0) break;  /* the child died on its own */
        len += (size_t)n;
        parse(buf, &len);
      }
    }
    kill(pid, SIGKILL);
    int status = 0;
    waitpid(pid, &status, 0);
    ssize_t n;
    while ((n = read(fds[0], buf + len, sizeof buf - len)) > 0) {
      len += (size_t)n;
      parse(buf, &len);
    }
    close(fds[0]);
    if (!(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL)) {
      fprintf(stderr, "save_crash: kill %d: the child ended by itself (status %d)\n", kill_no,
              status);
      return 1;
    }
    int checked = 0;
    if (verify(path, kill_no, &checked) != 0) {
      fprintf(stderr, "save_crash: rerun with --seed %" PRIu64 "\n", seed);
      return 1;
    }
    total_checked = checked;
  }
  int sessions = 0;
  for (int i = 0; i < nreports; i++) sessions += reports[i].kind == 'E';
  /* Not hollow: the kills must have interrupted real work. */
  if (total_checked < kills / 2 || sessions < 1) {
    fprintf(stderr, "save_crash: too little was saved to prove anything (%d conversations, %d "
            "sessions)\n", total_checked, sessions);
    return 1;
  }
  printf("save_crash: ok: %d kills, %d reported conversations all present, %d sessions "
         "completed, integrity_check ok after every kill\n", kills, total_checked, sessions);
  return 0;
}
