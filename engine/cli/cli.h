/* cli.h — the headless commands (validate, simulate, report, import, export).
 * Owned by the script/cli engineer; main.c only calls cli_dispatch.
 */
#ifndef RAPPORT_CLI_H
#define RAPPORT_CLI_H

#include <stdbool.h>

/* When argv[1] names a command, runs it and returns its exit status with *handled = true;
 * otherwise sets *handled = false and returns 0 (the game starts). */
int cli_dispatch(int argc, char **argv, bool *handled);

#endif
