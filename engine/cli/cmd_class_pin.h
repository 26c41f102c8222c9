/* cmd_class_pin.h — (cli-internal) `rapport class pin ...` and `rapport class number ...`,
 * kept out of cmd_class.c to keep that file small. Depends on engine/save.
 */
#ifndef RAPPORT_CMD_CLASS_PIN_H
#define RAPPORT_CMD_CLASS_PIN_H

#include "save/save.h"

/* `class pin set [PIN] | clear [OLD] | check [PIN] | status` on an open save; args after "pin".
 * A PIN not given is read from standard input (one line), so it stays out of `ps`. */
int cli_class_pin(SaveDb *db, int argc, char **argv);
/* `class number CLASS STUDENT NUMBER` ("" clears it). */
int cli_class_number(SaveDb *db, const char *class_name, const char *student, const char *number);
/* `class add CLASS STUDENT --number N`: one student with a student number; a second student
 * of the same name joins when the numbers differ. */
int cli_class_add_numbered(SaveDb *db, const char *class_name, const char *student,
                           const char *number);

#endif
