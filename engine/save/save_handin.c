/* save_handin.c — the student's hand-in file and the teacher's folder import (see
 * save_handin.h). A hand-in is the student's save copied into memory with the backup API,
 * cut down to one profile and its class sessions, then written with VACUUM INTO to a
 * temporary file (a fresh file: nothing deleted survives in free pages) in rollback-journal
 * mode, synced and renamed into place. Depends on SQLite, the store's API and POSIX calls.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "save/save_handin.h"
#include "save/save_internal.h"

const char *save_handin_contents(void) {
  return "Your hand-in file holds your name, your class and student number, and for each "
         "session you played for the class: its date and workshop code, your scores (depth "
         "gained, people you could call, cards, follow-ups sent), your six skills, the "
         "choices you made and the people you met. It does not hold your written "
         "reflections, anyone else's profile, or games played at home without a code.";
}

/* Appends `text` to out (at *at) with unsafe file-name characters made '_', at most `max`
 * bytes, never cutting a UTF-8 character. */
static void put_safe(char *out, size_t outlen, size_t *at, const char *text, size_t max) {
  size_t start = *at;
  const unsigned char *p = (const unsigned char *)text;
  while (*p) {
    size_t len = *p < 0x80 ? 1 : (*p & 0xE0) == 0xC0 ? 2 : (*p & 0xF0) == 0xE0 ? 3 : 4;
    for (size_t i = 1; i < len; i++)
      if ((p[i] & 0xC0) != 0x80) len = 1;
    if (*at - start + len > max || *at + len >= outlen) break;
    if (len == 1) {
      char c = (char)*p;
      bool ok = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                c == '_' || c == '-' || c == '.' || c == '(' || c == ')';
      if (c == '.' && *at == start) ok = false;   /* never a hidden file or ".." */
      out[(*at)++] = ok && *p >= 0x20 ? c : '_';
    } else if (*p >= 0xC2) {
      memcpy(out + *at, p, len);
      *at += len;
    } else {
      out[(*at)++] = '_';
    }
    p += len;
  }
  out[*at] = '\0';
}

bool save_handin_file_name(const char *class_name, const char *student, const char *date,
                           char *out, size_t outlen) {
  if (!out || outlen < 32 || !student || !date || strlen(date) != 10) return false;
  size_t at = 0;
  out[0] = '\0';
  put_safe(out, outlen, &at, class_name && class_name[0] ? class_name : "code", 48);
  out[at++] = '-';
  put_safe(out, outlen, &at, student, 48);
  out[at++] = '-';
  put_safe(out, outlen, &at, date, 10);
  return at + sizeof SAVE_HANDIN_EXT <= outlen &&
         snprintf(out + at, outlen - at, "%s", SAVE_HANDIN_EXT) < (int)(outlen - at);
}

static int exec_bind(sqlite3 *h, const char *sql, int64_t a) {
  sqlite3_stmt *st = NULL;
  int rc = sqlite3_prepare_v2(h, sql, -1, &st, NULL);
  if (rc == SQLITE_OK) {
    if (sqlite3_bind_parameter_count(st) >= 1) sqlite3_bind_int64(st, 1, a);
    rc = sqlite3_step(st);
    rc = rc == SQLITE_DONE || rc == SQLITE_ROW ? SQLITE_OK : sqlite3_errcode(h);
  }
  sqlite3_finalize(st);
  return rc;
}

static int count_of(sqlite3 *h, const char *sql) {
  sqlite3_stmt *st = NULL;
  int n = -1;
  if (sqlite3_prepare_v2(h, sql, -1, &st, NULL) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
    n = sqlite3_column_int(st, 0);
  sqlite3_finalize(st);
  return n;
}

/* The student's save cut down to profile `pid` and its class sessions, in memory. */
static SaveStatus build_copy(SaveDb *db, int64_t pid, bool member, sqlite3 **out, int *sessions,
                             char *msg, size_t msglen) {
  sqlite3 *mem = NULL;
  int rc = sqlite3_open_v2(":memory:", &mem, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL);
  if (rc == SQLITE_OK) {
    sqlite3_backup *b = sqlite3_backup_init(mem, "main", save_sqlite(db), "main");
    if (b == NULL) rc = sqlite3_errcode(mem);
    else {
      rc = sqlite3_backup_step(b, -1);
      rc = sqlite3_backup_finish(b) == SQLITE_OK && rc == SQLITE_DONE ? SQLITE_OK : rc;
    }
  }
  if (rc == SQLITE_OK) rc = save_sql_exec(mem, "PRAGMA foreign_keys = ON; BEGIN");
  /* Everything else goes: other profiles (cascading to their rows), unfinished sessions,
   * home play without a code for a profile without a class, reflections, weekly
   * maintenance, other classes, and every machine setting (the teacher's PIN among them). */
  if (rc == SQLITE_OK) rc = exec_bind(mem, "DELETE FROM profiles WHERE id <> ?1", pid);
  if (rc == SQLITE_OK)
    rc = exec_bind(mem, member ? "DELETE FROM sessions WHERE status = 'in_progress'"
                               : "DELETE FROM sessions WHERE status = 'in_progress' OR workshop = ''",
                   0);
  if (rc == SQLITE_OK) rc = save_sql_exec(mem, "DELETE FROM reflections; DELETE FROM maintenance;"
      "DELETE FROM classes WHERE id NOT IN (SELECT class_id FROM class_members);"
      "DELETE FROM meta WHERE key <> 'application';"
      "INSERT INTO meta(key, value) VALUES('handin', '1')");
  if (rc == SQLITE_OK) rc = save_sql_exec(mem, "COMMIT");
  if (rc != SQLITE_OK) {
    SaveStatus st = save_sql_fail(mem ? mem : save_sqlite(db), rc, "making the hand-in", msg, msglen);
    sqlite3_close(mem);
    return st;
  }
  *sessions = count_of(mem, "SELECT count(*) FROM sessions");
  *out = mem;
  return SAVE_OK;
}

/* VACUUM INTO `tmp`, then the file switched to a rollback journal so it stands alone. */
static int write_file(sqlite3 *mem, const char *tmp) {
  sqlite3_stmt *st = NULL;
  int rc = sqlite3_prepare_v2(mem, "VACUUM INTO ?1", -1, &st, NULL);
  if (rc == SQLITE_OK) {
    sqlite3_bind_text(st, 1, tmp, -1, SQLITE_STATIC);
    rc = sqlite3_step(st) == SQLITE_DONE ? SQLITE_OK : sqlite3_errcode(mem);
  }
  sqlite3_finalize(st);
  if (rc != SQLITE_OK) return rc;
  sqlite3 *f = NULL;
  rc = sqlite3_open_v2(tmp, &f, SQLITE_OPEN_READWRITE, NULL);
  if (rc == SQLITE_OK) rc = save_sql_exec(f, "PRAGMA journal_mode = DELETE");
  sqlite3_close(f);
  return rc;
}

static bool sync_path(const char *path, bool dir) {
  int fd = open(path, dir ? O_RDONLY : O_RDWR);
  if (fd < 0) return false;
  bool ok = fsync(fd) == 0 || (dir && (errno == EINVAL || errno == EBADF));
  close(fd);
  return ok;
}

SaveStatus save_handin_write(SaveDb *db, int64_t profile_id, const char *dir, const char *date,
                             SaveHandinInfo *info, char *msg, size_t msglen) {
  if (info) memset(info, 0, sizeof *info);
  if (db == NULL || dir == NULL || dir[0] == '\0') {
    save_msgf(msg, msglen, "handing in: bad arguments");
    return SAVE_MISUSE;
  }
  SaveProfile p;
  SaveStatus st = save_profile_get(db, profile_id, &p, msg, msglen);
  if (st != SAVE_OK) return st;
  struct stat sb;
  if (stat(dir, &sb) != 0 || !S_ISDIR(sb.st_mode)) {
    save_msgf(msg, msglen, "there is no folder %s to hand in to", dir);
    return SAVE_NOT_FOUND;
  }
  char today[16];
  if (date == NULL) {
    time_t now = time(NULL);
    struct tm tm;
    gmtime_r(&now, &tm);
    strftime(today, sizeof today, "%Y-%m-%d", &tm);
    date = today;
  }
  char class_name[SAVE_NAME_MAX] = "";
  if (p.class_id != 0) {
    sqlite3_stmt *q = NULL;
    if (sqlite3_prepare_v2(save_sqlite(db), "SELECT name FROM classes WHERE id = ?1", -1, &q,
                           NULL) == SQLITE_OK) {
      sqlite3_bind_int64(q, 1, p.class_id);
      if (sqlite3_step(q) == SQLITE_ROW) save_copy_text(class_name, sizeof class_name,
                                                        sqlite3_column_text(q, 0));
    }
    sqlite3_finalize(q);
  }
  char name[SAVE_HANDIN_NAME_MAX], path[SAVE_PATH_MAX], tmp[SAVE_PATH_MAX];
  if (!save_handin_file_name(class_name, p.name, date, name, sizeof name) ||
      snprintf(path, sizeof path, "%s/%s", dir, name) >= (int)sizeof path ||
      snprintf(tmp, sizeof tmp, "%s/.%s.tmp", dir, name) >= (int)sizeof tmp) {
    save_msgf(msg, msglen, "the folder's path %s is too long", dir);
    return SAVE_MISUSE;
  }
  sqlite3 *mem = NULL;
  int sessions = 0;
  bool began = save_read_begin(db);
  st = build_copy(db, profile_id, p.class_id != 0, &mem, &sessions, msg, msglen);
  save_read_end(db, began);
  if (st != SAVE_OK) return st;
  if (sessions <= 0) {
    sqlite3_close(mem);
    save_msgf(msg, msglen, "%s has no finished session %s to hand in yet", p.name,
              p.class_id ? "" : "played with a workshop code");
    return SAVE_NOT_FOUND;
  }
  unlink(tmp);
  int rc = write_file(mem, tmp);
  if (rc != SQLITE_OK) {
    st = save_sql_fail(mem, rc, "writing the hand-in file", msg, msglen);
    if (st == SAVE_DAMAGED || st == SAVE_MISUSE) st = SAVE_IO;
    sqlite3_close(mem);
    unlink(tmp);
    if (access(dir, W_OK) != 0) {
      save_msgf(msg, msglen, "the folder %s cannot be written (read-only, or full)", dir);
      return SAVE_READ_ONLY;
    }
    return st;
  }
  sqlite3_close(mem);
  bool existed = stat(path, &sb) == 0;
  if (!sync_path(tmp, false) || rename(tmp, path) != 0) {
    int e = errno;
    unlink(tmp);
    save_msgf(msg, msglen, "writing %s: %s", path, strerror(e));
    return e == ENOSPC ? SAVE_DISK_FULL : e == EROFS || e == EACCES ? SAVE_READ_ONLY : SAVE_IO;
  }
  (void)sync_path(dir, true);
  if (info) {
    save_copy_text(info->path, sizeof info->path, (const unsigned char *)path);
    info->sessions = sessions;
    info->replaced = existed;
  }
  return SAVE_OK;
}

/* ---- Suggestions and the folder ---- */

static SaveStatus add_suggestions(const SaveImportResult *r, SaveNameSuggestion **list, int *count) {
  for (int i = 0; i < r->held_listed; i++) {
    bool seen = false;
    for (int k = 0; k < *count && !seen; k++)
      seen = strcmp((*list)[k].incoming, r->held_list[i].incoming) == 0 &&
             strcmp((*list)[k].incoming_no, r->held_list[i].incoming_no) == 0;
    if (seen) continue;
    SaveNameSuggestion *grown = realloc(*list, sizeof **list * (size_t)(*count + 1));
    if (grown == NULL) return SAVE_NO_MEMORY;
    *list = grown;
    (*list)[(*count)++] = r->held_list[i];
  }
  return SAVE_OK;
}

SaveStatus save_import_suggest_file(SaveDb *teacher, const char *source, const char *class_name,
                                    SaveNameSuggestion **out, int *count, char *msg,
                                    size_t msglen) {
  *out = NULL;
  *count = 0;
  SaveImportOptions o;
  memset(&o, 0, sizeof o);
  o.flags = SAVE_IMPORT_DRY_RUN;
  SaveImportResult *r = malloc(sizeof *r);
  if (r == NULL) return SAVE_NO_MEMORY;
  SaveStatus st = save_import_file_opt(teacher, source, class_name, &o, r, msg, msglen);
  if (st == SAVE_OK) st = add_suggestions(r, out, count);
  free(r);
  return st;
}

static bool ends_with(const char *s, const char *suffix) {
  size_t n = strlen(s), m = strlen(suffix);
  return n > m && strcmp(s + n - m, suffix) == 0;
}

static int by_name(const void *a, const void *b) {
  return strcmp(((const SaveFolderFile *)a)->name, ((const SaveFolderFile *)b)->name);
}

/* The folder's hand-in and save files, by name, into out->list. */
static SaveStatus list_folder(const char *dir, SaveFolderResult *out, char *msg, size_t msglen) {
  DIR *d = opendir(dir);
  if (d == NULL) {
    save_msgf(msg, msglen, "there is no folder %s (%s)", dir, strerror(errno));
    return errno == ENOENT || errno == ENOTDIR ? SAVE_NOT_FOUND : SAVE_IO;
  }
  struct dirent *e;
  int cap = 0;
  SaveStatus st = SAVE_OK;
  while (st == SAVE_OK && (e = readdir(d)) != NULL) {
    if (e->d_name[0] == '.') continue;     /* hidden, and hand-ins still being written */
    if (!ends_with(e->d_name, SAVE_HANDIN_EXT) && !ends_with(e->d_name, ".db")) continue;
    if (strlen(e->d_name) >= sizeof out->list[0].name) continue;
    if (out->files == cap) {
      cap = cap ? cap * 2 : 32;
      SaveFolderFile *grown = realloc(out->list, sizeof *grown * (size_t)cap);
      if (grown == NULL) { st = SAVE_NO_MEMORY; break; }
      out->list = grown;
    }
    SaveFolderFile *f = &out->list[out->files++];
    memset(f, 0, sizeof *f);
    snprintf(f->name, sizeof f->name, "%s", e->d_name);
  }
  closedir(d);
  if (out->files > 1) qsort(out->list, (size_t)out->files, sizeof *out->list, by_name);
  return st;
}

/* Why the teacher must look at this file before anything is read: an empty file, or a
 * hand-in with a -wal beside it (hand-ins never have one; a .db's complete -wal is read
 * but still flagged). */
static bool file_warning(const char *path, bool *refuse, char *why, size_t whylen) {
  struct stat sb;
  char wal[SAVE_PATH_MAX + 8];
  *refuse = false;
  if (stat(path, &sb) == 0 && sb.st_size == 0) {
    snprintf(why, whylen, "the file is empty (0 bytes): hand in again");
    *refuse = true;
    return true;
  }
  snprintf(wal, sizeof wal, "%s-wal", path);
  if (stat(wal, &sb) == 0 && sb.st_size > 0) {
    *refuse = ends_with(path, SAVE_HANDIN_EXT);
    snprintf(why, whylen, *refuse ? "a \"-wal\" file lies beside it, which a hand-in never "
             "has: it was opened by another program since; hand in again"
             : "a \"-wal\" file lies beside it: the game may still be running on that "
             "machine; close it and copy the save again to be sure");
    return true;
  }
  return false;
}

SaveStatus save_import_folder(SaveDb *teacher, const char *dir, const char *class_name,
                              const SaveImportOptions *opts, SaveFolderResult *out,
                              char *msg, size_t msglen) {
  memset(out, 0, sizeof *out);
  SaveClass cls;
  SaveStatus st = save_class_find(teacher, class_name, &cls, msg, msglen);
  if (st == SAVE_OK) st = list_folder(dir, out, msg, msglen);
  if (st != SAVE_OK) {
    save_folder_free(out);
    return st;
  }
  for (int i = 0; i < out->files; i++) {
    SaveFolderFile *f = &out->list[i];
    char path[SAVE_PATH_MAX];
    snprintf(path, sizeof path, "%s/%s", dir, f->name);
    bool refuse = false;
    f->warning = file_warning(path, &refuse, f->msg, sizeof f->msg);
    if (refuse) {
      f->status = SAVE_FOREIGN;
      out->refused++;
      continue;
    }
    char inner[512] = "";
    f->status = save_import_file_opt(teacher, path, class_name, opts, &f->result, inner,
                                     sizeof inner);
    if (f->status != SAVE_OK) {
      snprintf(f->msg, sizeof f->msg, "%s", inner);
      out->refused++;
      continue;
    }
    if (f->result.students == 0 && f->result.held == 0) {
      f->warning = true;
      snprintf(f->msg, sizeof f->msg, "it holds no student of this class%s",
               f->result.unclassed ? " (only a profile without a class or without sessions "
               "played under a workshop code)" : "");
      out->refused++;
      continue;
    }
    if (f->result.students > 0) out->imported++;
    out->added += f->result.added;
    out->present += f->result.present;
    out->held += f->result.held;
  }
  return SAVE_OK;
}

SaveStatus save_import_suggest_folder(SaveDb *teacher, const char *dir, const char *class_name,
                                      SaveNameSuggestion **out, int *count, char *msg,
                                      size_t msglen) {
  *out = NULL;
  *count = 0;
  SaveImportOptions o;
  memset(&o, 0, sizeof o);
  o.flags = SAVE_IMPORT_DRY_RUN;
  SaveFolderResult r;
  SaveStatus st = save_import_folder(teacher, dir, class_name, &o, &r, msg, msglen);
  for (int i = 0; st == SAVE_OK && i < r.files; i++)
    if (r.list[i].status == SAVE_OK) st = add_suggestions(&r.list[i].result, out, count);
  save_folder_free(&r);
  if (st != SAVE_OK) { free(*out); *out = NULL; *count = 0; }
  return st;
}

void save_folder_free(SaveFolderResult *r) {
  if (r == NULL) return;
  free(r->list);
  r->list = NULL;
  r->files = 0;
}
