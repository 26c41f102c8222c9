/* save_merge.c — `import`: bringing students' sessions from other machines' save files
 * into a teacher's save. The source is opened read-only (never changed); everything taken
 * from one file is written in one batch (one transaction), idempotently by session guid.
 * Depends on the store's public API (save.h), the C library and POSIX stat/unlink.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include "save/save_class.h"
#include "save/save_internal.h"
#include "save/save_match.h"
#include "sim/scenario.h"
#include "sim/sim.h"

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

/* ---- A student's file is untrusted: every value is checked against the model ---- */

/* Text a save may hold: valid UTF-8 without control characters (newlines and tabs only
 * where `lines`), so nothing from the file can drive a terminal or a screen. */
static bool text_ok(const char *t, bool lines) {
  const unsigned char *p = (const unsigned char *)t;
  while (*p) {
    unsigned char c = *p;
    if (c < 0x20 || c == 0x7F) {
      if (!lines || (c != '\n' && c != '\t')) return false;
      p++;
      continue;
    }
    int len = c < 0x80 ? 1 : c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3
            : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
    if (len == 0) return false;
    for (int i = 1; i < len; i++)
      if ((p[i] & 0xC0) != 0x80) return false;
    if (len == 2 && p[1] >= 0x80 && p[1] <= 0x9F && c == 0xC2) return false;  /* C1 controls */
    p += len;
  }
  return true;
}

static bool num_ok(double x, double lo, double hi) { return isfinite(x) && x >= lo && x <= hi; }
static bool int_ok(long long x, long long lo, long long hi) { return x >= lo && x <= hi; }

/* The most network strength a roster can plausibly hold: every person of 64 scenarios an
 * ally. Depth gain is a difference of two such strengths. */
#define STRENGTH_MAX ((double)SIM_MAX_PEOPLE * 64.0 * 35.0)
#define COUNT_MAX 1000000
/* Cards, callable and online counts: everyone of 64 scenarios (the roster carries over). */
#define PEOPLE_MAX (SIM_MAX_PEOPLE * 64)

static const char *session_problem(const SaveSession *s) {
  if (!guid_ok(s->guid)) return "a malformed session id";
  if (!text_ok(s->scenario, false) || !text_ok(s->workshop, false) || !text_ok(s->started, false)
      || !text_ok(s->ended, false) || !text_ok(s->intention, false))
    return "control characters in a session's text";
  if (!num_ok(s->depth_gain, -STRENGTH_MAX, STRENGTH_MAX) ||
      !num_ok(s->network_strength, 0, STRENGTH_MAX))
    return "a depth gain or network strength out of range";
  if (!int_ok(s->cards, 0, PEOPLE_MAX) || !int_ok(s->callable, 0, PEOPLE_MAX) ||
      !int_ok(s->online_connections, 0, PEOPLE_MAX))
    return "a card, callable or online count out of range";
  if (!int_ok(s->conversations, 0, SIM_MAX_TALKS) || !num_ok(s->energy_left, 0, SIM_ENERGY_MAX))
    return "a conversation count or energy out of range";
  return NULL;
}

static const char *skills_problem(const SaveSkills *k) {
  for (int i = 0; i < SAVE_SKILL_COUNT; i++)
    if (!int_ok(k->value[i], 0, 100)) return "a skill outside 0..100";
  return NULL;
}

static const char *choice_problem(const SaveChoice *c) {
  if (!int_ok(c->seq, 1, SIM_MAX_LOG) || !int_ok(c->talk, 1, SIM_MAX_TALKS))
    return "a choice numbered out of range";
  if (!text_ok(c->person, false) || !text_ok(c->node, false) || !text_ok(c->choice, false) ||
      !text_ok(c->style, false) || !text_ok(c->reasons, false))
    return "control characters in a choice";
  if (!num_ok(c->d_interest, -1000, 1000) || !num_ok(c->d_trust, -1000, 1000) ||
      !num_ok(c->d_progress, -1000, 1000) || !num_ok(c->energy_cost, -1000, 1000))
    return "a choice's effect out of range";
  return NULL;
}

static const char *guess_problem(const SaveGuess *g) {
  if (!int_ok(g->talk, 1, SIM_MAX_TALKS) || !int_ok(g->guess, 1, 5) || !int_ok(g->actual, 1, 5))
    return "a guess out of range";
  return text_ok(g->person, false) ? NULL : "control characters in a guess";
}

static const char *relation_problem(const SaveRelation *r) {
  if (!int_ok(r->tier, 0, SIM_MAX_TIER)) return "a relation tier outside 0..5";
  if (!num_ok(r->progress, -1000, 1000) || !num_ok(r->trust, -1000, 1000))
    return "a relation's progress or trust out of range";
  if (!int_ok(r->facts_shared, 0, COUNT_MAX) || !int_ok(r->maintained, 0, COUNT_MAX) ||
      !int_ok(r->last_day, 0, COUNT_MAX) || !int_ok(r->conversations, 0, COUNT_MAX))
    return "a relation's count out of range";
  if (!text_ok(r->person, false) || !text_ok(r->name, false) || !text_ok(r->org, false) ||
      !text_ok(r->facts, false) || !text_ok(r->last_date, false))
    return "control characters in a relation";
  return NULL;
}

/* SAVE_DAMAGED with a message naming the problem, or SAVE_OK when `problem` is NULL. */
static SaveStatus refuse_value(const char *problem, const char *who, char *msg, size_t msglen) {
  if (problem == NULL) return SAVE_OK;
  save_msgf(msg, msglen, "the file holds %s (student \"%.40s\"), which Rapport never writes",
            problem, who);
  return SAVE_DAMAGED;
}

static void free_sessions(MergeSession *ms, int n) {
  for (int i = 0; ms != NULL && i < n; i++) {
    free(ms[i].choices);
    free(ms[i].guesses);
  }
  free(ms);
}

/* Reads the completed and abandoned sessions of source profile `sp`, every value checked. */
static SaveStatus read_sessions(SaveDb *src, const SaveProfile *sp, unsigned flags,
                                MergeSession **out, int *count, int *unfinished, char *msg,
                                size_t msglen) {
  *out = NULL;
  *count = 0;
  int total = 0, nrefl = 0;
  void *rows_buf = NULL, *refl_buf = NULL;
  SaveStatus st = save_list_all(src, SAVE_LIST_PROFILE_SESSIONS, sp->id, &rows_buf, &total, msg,
                                msglen);
  /* Reflections are the student's own words and no screen of the teacher's shows them:
   * they stay on the student's machine unless the teacher asks for them. */
  if (st == SAVE_OK && (flags & SAVE_IMPORT_REFLECTIONS))
    st = save_list_all(src, SAVE_LIST_REFLECTIONS, sp->id, &refl_buf, &nrefl, msg, msglen);
  SaveSessionRow *rows = rows_buf;
  SaveReflection *refl = refl_buf;
  MergeSession *ms = NULL;
  if (st == SAVE_OK && total > 0) {
    ms = calloc((size_t)total, sizeof *ms);
    if (ms == NULL) st = SAVE_NO_MEMORY;
  }
  int n = 0;
  for (int i = 0; st == SAVE_OK && i < total; i++) {
    if (rows[i].session.state == SAVE_SESSION_IN_PROGRESS) { (*unfinished)++; continue; }
    MergeSession *m = &ms[n++];
    m->s = rows[i].session;
    m->has_skills = rows[i].has_skills;
    m->skills = rows[i].skills;
    st = refuse_value(session_problem(&m->s), sp->name, msg, msglen);
    if (st == SAVE_OK && m->has_skills)
      st = refuse_value(skills_problem(&m->skills), sp->name, msg, msglen);
    void *buf = NULL;
    if (st == SAVE_OK) st = save_list_all(src, SAVE_LIST_CHOICES, m->s.id, &buf, &m->nchoices,
                                          msg, msglen);
    m->choices = buf;
    for (int c = 0; st == SAVE_OK && c < m->nchoices; c++)
      st = refuse_value(choice_problem(&m->choices[c]), sp->name, msg, msglen);
    buf = NULL;
    if (st == SAVE_OK) st = save_list_all(src, SAVE_LIST_GUESSES, m->s.id, &buf, &m->nguesses,
                                          msg, msglen);
    m->guesses = buf;
    for (int g = 0; st == SAVE_OK && g < m->nguesses; g++)
      st = refuse_value(guess_problem(&m->guesses[g]), sp->name, msg, msglen);
    for (int r = 0; st == SAVE_OK && r < nrefl; r++) {
      if (refl[r].session_id != m->s.id) continue;
      st = refuse_value(text_ok(refl[r].text, true) ? NULL : "control characters in a reflection",
                        sp->name, msg, msglen);
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
static SaveStatus merge_roster(SaveDb *src, const SaveProfile *sp, SaveDb *dst, int64_t pid,
                               int *changed, char *msg, size_t msglen) {
  int64_t src_pid = sp->id;
  int n = 0;
  void *buf = NULL;
  SaveStatus st = save_list_all(src, SAVE_LIST_ROSTER, src_pid, &buf, &n, msg, msglen);
  SaveRelation *rels = buf;
  for (int i = 0; st == SAVE_OK && i < n; i++)
    st = refuse_value(relation_problem(&rels[i]), sp->name, msg, msglen);
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

static void sidecar_path(const char *source, const char *suffix, char *out, size_t outlen);

/* Refuses files that cannot be a student's save before SQLite sees them. */
/* A -wal beside the file holds changes SQLite reads together with it. One that is not a
 * whole write-ahead log for this file (cut short by a copy, a different page size, not a
 * log at all) would be skipped without a word and its sessions lost: refuse it instead.
 * Only the log's shape can be checked; SQLite checks each frame's checksums. */
static SaveStatus check_wal(const char *source, char *msg, size_t msglen) {
  char wal[SAVE_PATH_MAX + 8];
  sidecar_path(source, "-wal", wal, sizeof wal);
  struct stat sb;
  if (stat(wal, &sb) != 0 || sb.st_size == 0) return SAVE_OK;
  unsigned char head[32], db[18];
  bool ok = S_ISREG(sb.st_mode) && sb.st_size >= 32;
  FILE *f = ok ? fopen(wal, "rb") : NULL;
  ok = f != NULL && fread(head, 1, sizeof head, f) == sizeof head;
  if (f) fclose(f);
  f = ok ? fopen(source, "rb") : NULL;
  ok = f != NULL && fread(db, 1, sizeof db, f) == sizeof db;
  if (f) fclose(f);
  if (ok) {
    unsigned long magic = (unsigned long)head[0] << 24 | (unsigned long)head[1] << 16 |
                          (unsigned long)head[2] << 8 | head[3];
    unsigned long wal_page = (unsigned long)head[8] << 24 | (unsigned long)head[9] << 16 |
                             (unsigned long)head[10] << 8 | head[11];
    unsigned long db_page = (unsigned long)db[16] << 8 | db[17];
    if (db_page == 1) db_page = 65536;
    ok = (magic == 0x377f0682ul || magic == 0x377f0683ul) && wal_page == db_page &&
         ((unsigned long long)sb.st_size - 32) % (24 + wal_page) == 0;
  }
  if (ok) return SAVE_OK;
  save_msgf(msg, msglen, "%s has a %s-wal file beside it that is not a complete record of "
            "its changes (copied only in part, or from another file), so sessions in it would "
            "be lost. Copy the save again while the game is closed, or hand in a fresh copy "
            "of both files", source, source);
  return SAVE_DAMAGED;
}

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
    save_msgf(msg, msglen, "%s is empty (0 bytes), so it holds no results; copy the "
              "student's save again", source);
    return SAVE_FOREIGN;
  }
  struct stat mine;
  if (stat(save_path(teacher), &mine) == 0 && mine.st_dev == sb.st_dev &&
      mine.st_ino == sb.st_ino) {
    save_msgf(msg, msglen, "%s is the teacher's own save; import the students' files", source);
    return SAVE_MISUSE;
  }
  return check_wal(source, msg, msglen);
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

static void note_held(SaveImportResult *r, const SaveNameSuggestion *s) {
  r->held++;
  if (r->held_listed < SAVE_IMPORT_MAX_STUDENTS) r->held_list[r->held_listed++] = *s;
}

/* Imports one source student (inside the batch). */
static SaveStatus import_student(SaveDb *src, const SaveProfile *sp, SaveDb *dst,
                                 const SaveClass *cls, const SaveImportOptions *opts,
                                 SaveImportResult *r, char *msg, size_t msglen) {
  unsigned flags = opts->flags;
  if (!text_ok(sp->name, false) || sp->name[0] == '\0') {
    save_msgf(msg, msglen, "a student's name is empty or holds control characters, which "
              "Rapport never writes");
    return SAVE_DAMAGED;
  }
  if (sp->student_no[0] != '\0' && !save_student_no_valid(sp->student_no))
    return refuse_value("a malformed student number", sp->name, msg, msglen);
  MergeSession *ms = NULL;
  int n = 0;
  SaveStatus st = read_sessions(src, sp, flags, &ms, &n, &r->unfinished, msg, msglen);
  if (st != SAVE_OK) return st;
  /* In a hand-in, a profile without a class (a laptop's, or a sibling's on the family
   * computer) speaks for the class only through sessions played under a workshop code. */
  if (sp->class_id == 0 && r->handin) {
    int kept = 0;
    for (int i = 0; i < n; i++) {
      if (ms[i].s.workshop[0] == '\0') {
        free(ms[i].choices);
        free(ms[i].guesses);
        continue;
      }
      ms[kept++] = ms[i];
    }
    n = kept;
    if (n == 0) {
      r->unclassed++;
      free_sessions(ms, n);
      return SAVE_OK;
    }
  }
  SaveProfile tp;
  /* "liam murphy", "Liam  Murphy " and a decomposed "Zoë" are the members already there. */
  char name[SAVE_NAME_MAX];
  if (!save_name_normalise(sp->name, name, sizeof name) || name[0] == '\0')
    save_copy_text(name, sizeof name, (const unsigned char *)sp->name);
  SaveMatch how = SAVE_MATCH_HELD;
  SaveNameSuggestion held;
  char why[256] = "";
  st = save_match_student(dst, cls, name, sp->student_no, sp, opts, &tp, &how, &held, why,
                          sizeof why);
  if (st != SAVE_OK) save_msgf(msg, msglen, "%s", why);
  if (st == SAVE_OK && how == SAVE_MATCH_HELD) {
    note_held(r, &held);
    free_sessions(ms, n);
    return SAVE_OK;
  }
  bool created = how == SAVE_MATCH_CREATED;
  SaveImportStudent *e = st == SAVE_OK ? note_student(r, tp.name, created) : NULL;
  for (int i = 0; st == SAVE_OK && i < n; i++) {
    SaveSession have;
    SaveStatus found = save_session_find_guid(dst, ms[i].s.guid, &have, msg, msglen);
    if (found == SAVE_OK && have.profile_id != tp.id) {
      /* The same session under another student: one file must never speak for another. */
      SaveProfile owner;
      bool named = save_profile_get(dst, have.profile_id, &owner, NULL, 0) == SAVE_OK;
      save_msgf(msg, msglen, "session %s of \"%s\" is already in your save as %s's; a file "
                "may only bring its own student's sessions", ms[i].s.guid, sp->name,
                named ? owner.name : "another student");
      st = SAVE_CONFLICT;
      break;
    }
    if (found == SAVE_OK) {
      r->present++;
      if (e) e->present++;
      continue;
    }
    if (found != SAVE_NOT_FOUND) { st = found; break; }
    /* The same session typed in earlier as a results code: the file's full record
     * replaces the code's summary. */
    st = save_codes_forget(dst, tp.id, &ms[i].s, msg, msglen);
    if (st == SAVE_OK) st = put_session(dst, tp.id, &ms[i], msg, msglen);
    if (st == SAVE_OK) {
      r->added++;
      if (e) e->added++;
    }
  }
  if (st == SAVE_OK) st = merge_roster(src, sp, dst, tp.id, &r->relations, msg, msglen);
  free_sessions(ms, n);
  return st;
}

/* Which of the file's profiles speak for students of the class: the members of the file's
 * class of the same name when it has one; else, from a laptop's file (exactly one profile,
 * without a class), that one. A file with several class-less profiles cannot say whose
 * they are, so none of them is taken (and they are counted in `unclassed`). */
static bool wanted(const SaveProfile *p, int64_t want, int total, SaveImportResult *r) {
  if (want != 0) {
    if (p->class_id == want) return true;
    if (p->class_id == 0) r->unclassed++;
    else r->other_classes++;
    return false;
  }
  if (p->class_id == 0 && total == 1) return true;
  if (p->class_id == 0) r->unclassed++;
  else r->other_classes++;
  return false;
}

/* A hand-in file (meta 'handin') is held to the strict rule: exactly one profile, of a class
 * of this name or of none; anything else was not written by save_handin_write. */
static SaveStatus check_handin(SaveDb *src, const char *source, const SaveProfile *profiles,
                               int total, int64_t want, SaveImportResult *r, char *msg,
                               size_t msglen) {
  sqlite3_stmt *st = NULL;
  bool handin = false;
  if (sqlite3_prepare_v2(save_sqlite(src), "SELECT 1 FROM meta WHERE key = 'handin'", -1, &st,
                         NULL) == SQLITE_OK)
    handin = sqlite3_step(st) == SQLITE_ROW;
  sqlite3_finalize(st);
  r->handin = handin;
  if (!handin) return SAVE_OK;
  if (total != 1) {
    save_msgf(msg, msglen, "%s says it is a hand-in file but holds %d students; a hand-in "
              "holds exactly one", source, total);
    return SAVE_FOREIGN;
  }
  if (profiles[0].class_id != 0 && profiles[0].class_id != want) {
    save_msgf(msg, msglen, "%s is a hand-in for another class, not this one", source);
    return SAVE_FOREIGN;
  }
  return SAVE_OK;
}

SaveStatus save_import_file(SaveDb *teacher, const char *source, const char *class_name,
                            SaveImportResult *out, char *msg, size_t msglen) {
  return save_import_file_with(teacher, source, class_name, 0, out, msg, msglen);
}

SaveStatus save_import_file_with(SaveDb *teacher, const char *source, const char *class_name,
                                 unsigned flags, SaveImportResult *out, char *msg,
                                 size_t msglen) {
  SaveImportOptions o;
  memset(&o, 0, sizeof o);
  o.flags = flags;
  o.near = SAVE_NEAR_HOLD;
  return save_import_file_opt(teacher, source, class_name, &o, out, msg, msglen);
}

SaveStatus save_import_file_opt(SaveDb *teacher, const char *source, const char *class_name,
                                const SaveImportOptions *opts, SaveImportResult *out,
                                char *msg, size_t msglen) {
  SaveImportOptions hold;
  if (opts == NULL) {
    memset(&hold, 0, sizeof hold);
    opts = &hold;
  }
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
  st = save_open(source, SAVE_OPEN_READ_ONLY | SAVE_OPEN_UNTRUSTED, &src, NULL, inner,
                 sizeof inner);
  if (st != SAVE_OK) {
    save_msgf(msg, msglen, "%s", inner);
    save_close(src);
    sidecars_tidy(source, before);
    return st;
  }
  /* Everything is read from one snapshot of the file. */
  bool began = save_read_begin(src);
  SaveClass theirs;
  int64_t want = 0;
  if (save_class_find(src, class_name, &theirs, NULL, 0) == SAVE_OK) want = theirs.id;
  int total = 0;
  void *buf = NULL;
  st = save_list_all(src, SAVE_LIST_PROFILES, SAVE_ANY_CLASS, &buf, &total, msg, msglen);
  SaveProfile *profiles = buf;
  if (st == SAVE_OK && total == 0) {
    /* A 4 KB rapport.db copied while the game was open: its sessions are still in the
     * -wal that was left behind. */
    save_msgf(msg, msglen, "%s holds no students at all. If it was copied while the game was "
              "running, its results may still be in a \"-wal\" file next to the original: "
              "close the game on that machine and copy the save again", source);
    st = SAVE_NOT_FOUND;
  }
  if (st == SAVE_OK) st = check_handin(src, source, profiles, total, want, out, msg, msglen);
  if (st == SAVE_OK) st = save_batch_begin(teacher, msg, msglen);
  if (st == SAVE_OK) {
    for (int i = 0; st == SAVE_OK && i < total; i++) {
      if (!wanted(&profiles[i], want, out->handin ? 1 : total, out)) continue;
      st = import_student(src, &profiles[i], teacher, &cls, opts, out, msg, msglen);
    }
    if (st == SAVE_OK && (opts->flags & SAVE_IMPORT_DRY_RUN)) save_batch_rollback(teacher);
    else if (st == SAVE_OK) st = save_batch_commit(teacher, msg, msglen);
    if (st != SAVE_OK) save_batch_rollback(teacher);
  }
  if (st == SAVE_NO_MEMORY) save_msgf(msg, msglen, "importing %s: out of memory", source);
  if (st == SAVE_IO && sqlite3_errcode(save_sqlite(src)) == SQLITE_INTERRUPT)
    save_msgf(msg, msglen, "reading %s took longer than %.0f s, which a Rapport save never "
              "needs; nothing was imported from it", source, SAVE_UNTRUSTED_SECONDS);
  free(profiles);
  save_read_end(src, began);
  save_close(src);
  sidecars_tidy(source, before);
  if (st != SAVE_OK) {
    SaveImportResult empty;
    memset(&empty, 0, sizeof empty);
    *out = empty;
  }
  return st;
}
