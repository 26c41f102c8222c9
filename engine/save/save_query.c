/* save_query.c — one read-only SQL question to the save (see save_query.h). */
#include "save/save_query.h"

#include <string.h>

#include "save/save_internal.h"

SaveStatus save_query_column(SaveDb *db, const char *sql, char *out, size_t outlen, char *msg,
                             size_t msglen) {
  if (!db || !sql || !out || outlen == 0) {
    save_msgf(msg, msglen, "save_query_column: missing argument");
    return SAVE_MISUSE;
  }
  out[0] = '\0';
  sqlite3_stmt *st = NULL;
  const char *tail = NULL;
  int rc = sqlite3_prepare_v2(save_sqlite(db), sql, -1, &st, &tail);
  if (rc != SQLITE_OK) return save_sql_fail(save_sqlite(db), rc, "query", msg, msglen);
  while (tail && (*tail == ' ' || *tail == ';' || *tail == '\n' || *tail == '\t')) tail++;
  if (!st || !sqlite3_stmt_readonly(st) || (tail && *tail)) {
    sqlite3_finalize(st);
    save_msgf(msg, msglen, "query: only one statement that reads is allowed");
    return SAVE_MISUSE;
  }
  size_t used = 0;
  SaveStatus status = SAVE_OK;
  while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
    const unsigned char *v = sqlite3_column_text(st, 0);
    const char *text = v ? (const char *)v : "NULL";
    size_t need = strlen(text) + (used ? 1 : 0);
    if (used + need >= outlen) {
      save_msgf(msg, msglen, "query: the answer is longer than %zu bytes", outlen - 1);
      status = SAVE_NO_MEMORY;
      break;
    }
    if (used) out[used++] = ',';
    memcpy(out + used, text, strlen(text) + 1);
    used += strlen(text);
  }
  if (status == SAVE_OK && rc != SQLITE_DONE) status = save_sql_fail(save_sqlite(db), rc, "query", msg, msglen);
  sqlite3_finalize(st);
  return status;
}
