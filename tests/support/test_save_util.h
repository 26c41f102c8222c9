/* test_save_util.h — helpers shared by the store's tests (tests/save/test_save_*.c, tests/cli/test_cli_report.c):
 * temporary folders, whole-file reads for byte-for-byte comparisons, and filled records.
 * Header-only (static functions) so each test executable stays self-contained.
 */
#ifndef RAPPORT_TEST_SAVE_UTIL_H
#define RAPPORT_TEST_SAVE_UTIL_H

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "save/save.h"

/* A fresh folder under /tmp (or $TMPDIR) written to out[size]; aborts on failure. */
static inline void tsu_tmpdir(char *out, size_t size) {
  const char *base = getenv("TMPDIR");
  snprintf(out, size, "%s/rapport-save-XXXXXX", base && base[0] ? base : "/tmp");
  if (mkdtemp(out) == NULL) { perror("mkdtemp"); abort(); }
}

/* Removes a folder and everything in it (files and folders, not following links). */
static inline void tsu_rmtree(const char *path) {
  struct stat sb;
  if (lstat(path, &sb) != 0) return;
  if (S_ISDIR(sb.st_mode)) {
    chmod(path, 0700);
    DIR *d = opendir(path);
    if (d != NULL) {
      struct dirent *e;
      while ((e = readdir(d)) != NULL) {
        if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0) continue;
        char child[2048];
        int n = snprintf(child, sizeof child, "%s/%s", path, e->d_name);
        if (n > 0 && (size_t)n < sizeof child) tsu_rmtree(child);
      }
      closedir(d);
    }
    rmdir(path);
  } else {
    unlink(path);
  }
}

/* The whole file in a malloc'd buffer (NULL if unreadable); *len gets its size. */
static unsigned char *tsu_read(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  if (f == NULL) return NULL;
  size_t cap = 4096, n = 0;
  unsigned char *buf = malloc(cap);
  for (;;) {
    if (n == cap) buf = realloc(buf, cap *= 2);
    size_t got = fread(buf + n, 1, cap - n, f);
    if (got == 0) break;
    n += got;
  }
  fclose(f);
  *len = n;
  return buf;
}

static inline void tsu_write(const char *path, const void *bytes, size_t len) {
  FILE *f = fopen(path, "wb");
  if (f == NULL) { perror(path); abort(); }
  if (len > 0 && fwrite(bytes, 1, len, f) != len) abort();
  fclose(f);
}

/* True when the file at `path` holds exactly bytes[len]. */
static inline int tsu_same(const char *path, const unsigned char *bytes, size_t len) {
  size_t n = 0;
  unsigned char *now = tsu_read(path, &n);
  int same = now != NULL && n == len && memcmp(now, bytes, len) == 0;
  free(now);
  return same;
}

static inline int tsu_exists(const char *path) { return access(path, F_OK) == 0; }

static inline SaveProfile tsu_profile(const char *name) {
  SaveProfile p;
  memset(&p, 0, sizeof p);
  snprintf(p.name, sizeof p.name, "%s", name);
  p.clock_on = true;
  p.hints_on = true;
  return p;
}

static inline SaveSession tsu_session(int64_t profile_id, const char *guid, const char *started) {
  SaveSession s;
  memset(&s, 0, sizeof s);
  snprintf(s.guid, sizeof s.guid, "%s", guid);
  s.profile_id = profile_id;
  snprintf(s.scenario, sizeof s.scenario, "career_fair");
  s.seed = 0xfeedfacecafebeefULL;
  snprintf(s.started, sizeof s.started, "%s", started);
  snprintf(s.intention, sizeof s.intention, "leave with one real conversation");
  return s;
}

static inline SaveChoice tsu_choice(int64_t session_id, int seq, int talk, const char *person) {
  SaveChoice c;
  memset(&c, 0, sizeof c);
  c.session_id = session_id;
  c.seq = seq;
  c.talk = talk;
  snprintf(c.person, sizeof c.person, "%s", person);
  snprintf(c.node, sizeof c.node, "node%d", seq);
  snprintf(c.choice, sizeof c.choice, "choice%d", seq % 3);
  snprintf(c.style, sizeof c.style, "%s", seq % 2 ? "introduce_why" : "ask_open");
  c.d_interest = 0.25 * seq;
  c.d_trust = -0.5 + seq;
  c.d_progress = 0.125;
  c.energy_cost = 3.5;
  snprintf(c.reasons, sizeof c.reasons, "stated_why,asked_open_question");
  return c;
}

static inline SaveRelation tsu_relation(int64_t profile_id, const char *person, const char *name, int tier) {
  SaveRelation r;
  memset(&r, 0, sizeof r);
  r.profile_id = profile_id;
  snprintf(r.person, sizeof r.person, "%s", person);
  snprintf(r.name, sizeof r.name, "%s", name);
  snprintf(r.org, sizeof r.org, "Pulse Health");
  r.tier = tier;
  r.progress = 0.4;
  r.trust = 0.6;
  snprintf(r.facts, sizeof r.facts, "user_study,half_marathon");
  r.facts_shared = 2;
  r.names_exchanged = true;
  r.card = tier < 2;
  r.contact = tier >= 2;
  r.followed_up = tier >= 3;
  r.maintained = tier >= 4 ? 2 : 0;
  r.last_day = 7 * tier;
  snprintf(r.last_date, sizeof r.last_date, "2026-11-%02dT10:00:00Z", 1 + tier);
  r.conversations = 1 + tier;
  return r;
}

#endif
