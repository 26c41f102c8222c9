/* save_query.h — one read-only SQL question to the save, for tests that assert what was
 * stored (the replay command `expect-save`). Never used by play itself.
 */
#ifndef RAPPORT_SAVE_QUERY_H
#define RAPPORT_SAVE_QUERY_H

#include <stddef.h>

#include "save/save.h"

/* Runs `sql` (one statement that only reads) and writes the first column of every row,
 * joined with ",", into out[outlen] (NULL as "NULL", no rows as ""). SAVE_MISUSE for a
 * statement that would write or for more than one statement; SAVE_NO_MEMORY when the
 * answer does not fit in `out`. */
SaveStatus save_query_column(SaveDb *db, const char *sql, char *out, size_t outlen, char *msg,
                             size_t msglen);

#endif
