/* save_merge.c — `import`: bringing students' sessions from other machines' save files
 * into a teacher's save. The source is opened read-only (never changed); everything taken
 * from one file is written in one batch (one transaction), idempotently by session guid.
 * Depends on the store's public API (save.h), the C library and POSIX stat/unlink.
 */
#include <stdlib.h>
#include <string.h>
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include "save/save_class.h"
#include "save/save_internal.h"

/* A source session with everything that travels with it. */
typedef struct MergeSession {
  SaveSession s;
  bool has_skills;
  SaveSkills skills;
  SaveChoice *choices;
  int nchoices;
  SaveGuess *guesses;
  int nguesses;
  bool has_reflection;
  char reflection[SAVE_REFLECTION_MAX];
} MergeSession;

static bool guid_ok(const char *g) {
  if (strlen(g) != 32) return false;
  for (const char *p = g; *p; p++)
    if (!((*p >= '0' && *p <= '9') || (*p >= 'a' && *p <= 'f'))) return false;
  return true;
}

static void free_sessions(MergeSession *ms, int n) {
  for (int i = 0; ms != NULL && i < n; i++) {
    free(ms[i].choices);
    free(ms[i].guesses);
  }
  free(ms);
}

/* Reads the completed and abandoned sessions of source profile `pid`. */
static SaveStatus read_sessions(SaveDb *src, int64_t pid, MergeSession **out, int *count,
                                int *unfinished, char *msg, size_t msglen) {
  *out = NULL;
  *count = 0;
  int total = 0;
  SaveStatus st = save_profile_sessions(src, pid, NULL, 0, &total, msg, msglen);
  if (st != SAVE_OK || total == 0) return st;
  SaveSessionRow *rows = calloc((size_t)total, sizeof *rows);
  MergeSession *ms = calloc((size_t)total, sizeof *ms);
  SaveReflection *refl = NULL;
  int nrefl = 0;
  if (rows == NULL || ms == NULL) st = SAVE_NO_MEMORY;
  if (st == SAVE_OK) st = save_profile_sessions(src, pid, rows, total, &total, msg, msglen);
  if (st == SAVE_OK) st = save_reflections(src, pid, NULL, 0, &nrefl, msg, msglen);
  if (st == SAVE_OK && nrefl > 0) {
    refl = calloc((size_t)nrefl, sizeof *refl);
    st = refl ? save_reflections(src, pid, refl, nrefl, &nrefl, msg, msglen) : SAVE_NO_MEMORY;
  }
  int n = 0;
  for (int i = 0; st == SAVE_OK && i < total; i++) {
    if (rows[i].session.state == SAVE_SESSION_IN_PROGRESS) { (*unfinished)++; continue; }
    MergeSession *m = &ms[n++];
    m->s = rows[i].session;
    m->has_skills = rows[i].has_skills;
    m->skills = rows[i].skills;
    if (!guid_ok(m->s.guid)) {
      save_msgf(msg, msglen, "a session has a malformed id (\"%s\")", m->s.guid);
      st = SAVE_DAMAGED;
      break;
    }
    int k = 0;
    st = save_choices(src, m->s.id, NULL, 0, &k, msg, msglen);
    if (st == SAVE_OK && k > 0) {
      m->choices = calloc((size_t)k, sizeof *m->choices);
      st = m->choices ? save_choices(src, m->s.id, m->choices, k, &k, msg, msglen)
                      : SAVE_NO_MEMORY;
      m->nchoices = k;
    }
    if (st == SAVE_OK) st = save_guesses(src, m->s.id, NULL, 0, &k, msg, msglen);
    if (st == SAVE_OK && k > 0) {
      m->guesses = calloc((size_t)k, sizeof *m->guesses);
      st = m->guesses ? save_guesses(src, m->s.id, m->guesses, k, &k, msg, msglen)
                      : SAVE_NO_MEMORY;
      m->nguesses = k;
    }
    for (int r = 0; r < nrefl; r++) {
      if (refl[r].session_id != m->s.id) continue;
      m->has_reflection = true;
      memcpy(m->reflection, refl[r].text, sizeof m->reflection);
    }
  }
  free(rows);
  free(refl);
  if (st == SAVE_NO_MEMORY) save_msgf(msg, msglen, "reading the file: out of memory");
  if (st != SAVE_OK) { free_sessions(ms, n); return st; }
  *out = ms;
  *count = n;
  return SAVE_OK;
}

/* Writes one source session under teacher profile `pid` (inside the batch). */
static SaveStatus put_session(SaveDb *dst, int64_t pid, MergeSession *m, char *msg, size_t msglen) {
  SaveSession s = m->s;
  s.id = 0;
  s.profile_id = pid;
  SaveStatus st = save_session_begin(dst, &s, msg, msglen);
  /* Choices and guesses go in conversation by conversation, as the game saved them. */
  int c = 0;
  while (st == SAVE_OK && c < m->nchoices) {
    int talk = m->choices[c].talk, end = c;
    while (end < m->nchoices && m->choices[end].talk == talk) end++;
    const SaveGuess *g = NULL;
    for (int i = 0; i < m->nguesses; i++)
      if (m->guesses[i].talk == talk) g = &m->guesses[i];
    SaveGuess copy;
    if (g != NULL) { copy = *g; copy.session_id = s.id; g = &copy; }
    st = save_conversation(dst, s.id, &m->choices[c], end - c, NULL, 0, g, msg, msglen);
    c = end;
  }
  /* Guesses about talks without recorded choices. */
  for (int i = 0; st == SAVE_OK && i < m->nguesses; i++) {
    bool done = false;
    for (int k = 0; k < m->nchoices && !done; k++) done = m->choices[k].talk == m->guesses[i].talk;
    if (done) continue;
    SaveGuess copy = m->guesses[i];
    copy.session_id = s.id;
    st = save_conversation(dst, s.id, NULL, 0, NULL, 0, &copy, msg, msglen);
  }
  if (st == SAVE_OK) {
    SaveSession totals = m->s;
    totals.id = s.id;
    totals.profile_id = pid;
    st = save_session_update(dst, &totals, m->has_skills ? &m->skills : NULL, NULL, 0, msg,
                             msglen);
  }
  if (st == SAVE_OK && m->has_reflection)
    st = save_reflection_set(dst, s.id, m->reflection, msg, msglen);
  return st;
}

/* Brings the teacher's roster of `pid` up to date with the source's (newer contact wins). */
static SaveStatus merge_roster(SaveDb *src, int64_t src_pid, SaveDb *dst, int64_t pid,
                               int *changed, char *msg, size_t msglen) {
  int n = 0;
  SaveStatus st = save_roster(src, src_pid, NULL, 0, &n, msg, msglen);
  if (st != SAVE_OK || n == 0) return st;
  SaveRelation *rels = calloc((size_t)n, sizeof *rels);
  if (rels == NULL) return SAVE_NO_MEMORY;
  st = save_roster(src, src_pid, rels, n, &n, msg, msglen);
  for (int i = 0; st == SAVE_OK && i < n; i++) {
    SaveRelation mine;
    SaveStatus got = save_relation_get(dst, pid, rels[i].person, &mine, msg, msglen);
    if (got != SAVE_OK && got != SAVE_NOT_FOUND) { st = got; break; }
    bool newer = got == SAVE_NOT_FOUND || rels[i].last_day > mine.last_day ||
                 (rels[i].last_day == mine.last_day &&
                  (rels[i].tier > mine.tier || rels[i].conversations > mine.conversations));
    if (!newer) continue;
    rels[i].profile_id = pid;
    st = save_conversation(dst, 0, NULL, 0, &rels[i], 1, NULL, msg, msglen);
    if (st == SAVE_OK) (*changed)++;
  }
  free(rels);
  return st;
}

/* Refuses files that cannot be a student's save before SQLite sees them. */
static SaveStatus check_source(SaveDb *teacher, const char *source, char *msg, size_t msglen) {
  struct stat sb;
  if (stat(source, &sb) != 0) {
    save_msgf(msg, msglen, "there is no file %s", source);
    return SAVE_NOT_FOUND;
  }
  if (!S_ISREG(sb.st_mode)) {
    save_msgf(msg, msglen, "%s is not a file", source);
    return SAVE_FOREIGN;
  }
  if (sb.st_size == 0) {
    save_msgf(msg, msglen, "%s is empty, so it is not a Rapport save", source);
    return SAVE_FOREIGN;
  }
  struct stat mine;
  if (stat(save_path(teacher), &mine) == 0 && mine.st_dev == sb.st_dev &&
      mine.st_ino == sb.st_ino) {
    save_msgf(msg, msglen, "%s is the teacher's own save; import the students' files", source);
    return SAVE_MISUSE;
  }
  return SAVE_OK;
}

/* Reading a WAL save read-only makes SQLite create empty "-wal" and "-shm" files beside it
 * (it cannot remove them on close). Those we created, with nothing in the -wal, are removed
 * so the student's folder is left as it was. */
typedef struct Sidecars { bool had_wal, had_shm; } Sidecars;

static void sidecar_path(const char *source, const char *suffix, char *out, size_t outlen) {
  snprintf(out, outlen, "%s%s", source, suffix);
}

static Sidecars sidecars_before(const char *source) {
  char p[SAVE_PATH_MAX + 8];
  struct stat sb;
  Sidecars s;
  sidecar_path(source, "-wal", p, sizeof p);
  s.had_wal = stat(p, &sb) == 0;
  sidecar_path(source, "-shm", p, sizeof p);
  s.had_shm = stat(p, &sb) == 0;
  return s;
}

static void sidecars_tidy(const char *source, Sidecars before) {
  char wal[SAVE_PATH_MAX + 8], shm[SAVE_PATH_MAX + 8];
  struct stat sb;
  sidecar_path(source, "-wal", wal, sizeof wal);
  sidecar_path(source, "-shm", shm, sizeof shm);
  if (before.had_wal || stat(wal, &sb) != 0 || sb.st_size != 0) return;
  unlink(wal);
  if (!before.had_shm) unlink(shm);
}

static SaveImportStudent *note_student(SaveImportResult *r, const char *name, bool created) {
  r->students++;
  if (created) r->new_students++;
  if (r->listed >= SAVE_IMPORT_MAX_STUDENTS) return NULL;
  SaveImportStudent *e = &r->list[r->listed++];
  save_copy_text(e->name, sizeof e->name, (const unsigned char *)name);
  e->created = created;
  return e;
}

/* Imports one source student (inside the batch). */
static SaveStatus import_student(SaveDb *src, const SaveProfile *sp, SaveDb *dst,
                                 const SaveClass *cls, SaveImportResult *r, char *msg,
                                 size_t msglen) {
  MergeSession *ms = NULL;
  int n = 0;
  SaveStatus st = read_sessions(src, sp->id, &ms, &n, &r->unfinished, msg, msglen);
  if (st != SAVE_OK) return st;
  SaveProfile tp;
  bool created = false;
  st = save_profile_find(dst, sp->name, cls->id, &tp, msg, msglen);
  if (st == SAVE_NOT_FOUND) {
    tp = *sp;
    tp.id = 0;
    tp.class_id = cls->id;
    tp.class_number = 0;
    st = save_profile_create(dst, &tp, msg, msglen);
    created = st == SAVE_OK;
  }
  SaveImportStudent *e = st == SAVE_OK ? note_student(r, sp->name, created) : NULL;
  for (int i = 0; st == SAVE_OK && i < n; i++) {
    SaveSession have;
    SaveStatus found = save_session_find_guid(dst, ms[i].s.guid, &have, msg, msglen);
    if (found == SAVE_OK) {
      r->present++;
      if (e) e->present++;
      continue;
    }
    if (found != SAVE_NOT_FOUND) { st = found; break; }
    st = put_session(dst, tp.id, &ms[i], msg, msglen);
    if (st == SAVE_OK) {
      r->added++;
      if (e) e->added++;
    }
  }
  if (st == SAVE_OK) st = merge_roster(src, sp->id, dst, tp.id, &r->relations, msg, msglen);
  free_sessions(ms, n);
  return st;
}

SaveStatus save_import_file(SaveDb *teacher, const char *source, const char *class_name,
                            SaveImportResult *out, char *msg, size_t msglen) {
  if (out != NULL) memset(out, 0, sizeof *out);
  if (teacher == NULL || source == NULL || class_name == NULL || out == NULL) {
    save_msgf(msg, msglen, "importing: bad arguments");
    return SAVE_MISUSE;
  }
  SaveClass cls;
  SaveStatus st = save_class_find(teacher, class_name, &cls, msg, msglen);
  if (st != SAVE_OK) return st;
  st = check_source(teacher, source, msg, msglen);
  if (st != SAVE_OK) return st;
  SaveDb *src = NULL;
  char inner[512] = "";
  Sidecars before = sidecars_before(source);
  st = save_open(source, SAVE_OPEN_READ_ONLY, &src, NULL, inner, sizeof inner);
  if (st != SAVE_OK) {
    save_msgf(msg, msglen, "%s", inner);
    save_close(src);
    sidecars_tidy(source, before);
    return st;
  }
  /* Which students: the file's class of the same name, else those without a class. */
  SaveClass theirs;
  int64_t want = 0;
  if (save_class_find(src, class_name, &theirs, NULL, 0) == SAVE_OK) want = theirs.id;
  int total = 0;
  SaveProfile *profiles = NULL;
  st = save_profile_list(src, SAVE_ANY_CLASS, NULL, 0, &total, msg, msglen);
  if (st == SAVE_OK && total > 0) {
    profiles = calloc((size_t)total, sizeof *profiles);
    st = profiles ? save_profile_list(src, SAVE_ANY_CLASS, profiles, total, &total, msg, msglen)
                  : SAVE_NO_MEMORY;
  }
  if (st == SAVE_OK) st = save_batch_begin(teacher, msg, msglen);
  if (st == SAVE_OK) {
    for (int i = 0; st == SAVE_OK && i < total; i++) {
      if (profiles[i].class_id != want) { out->other_classes++; continue; }
      st = import_student(src, &profiles[i], teacher, &cls, out, msg, msglen);
    }
    if (st == SAVE_OK) st = save_batch_commit(teacher, msg, msglen);
    if (st != SAVE_OK) save_batch_rollback(teacher);
  }
  if (st == SAVE_NO_MEMORY) save_msgf(msg, msglen, "importing %s: out of memory", source);
  free(profiles);
  save_close(src);
  sidecars_tidy(source, before);
  if (st != SAVE_OK) {
    SaveImportResult empty;
    memset(&empty, 0, sizeof empty);
    *out = empty;
  }
  return st;
}
