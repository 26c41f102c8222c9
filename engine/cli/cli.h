/* cli.h — the headless commands (validate, simulate, report, import, export).
 * Owned by the script/cli engineer; main.c only calls cli_dispatch. Each command is one
 * function taking the arguments after `rapport` (argv[0] is the command's name), printing
 * its own output, and returning the exit status (0 ok, 1 failure, 2 usage).
 */
#ifndef RAPPORT_CLI_H
#define RAPPORT_CLI_H

#include <stdbool.h>
#include <stdio.h>

/* When argv[1] names a command, runs it and returns its exit status with *handled = true;
 * otherwise sets *handled = false and returns 0 (the game starts). */
int cli_dispatch(int argc, char **argv, bool *handled);

/* True when `name` is one of the commands (so main resolves paths before dispatching). */
bool cli_is_command(const char *name);

/* The commands (cli.c's table lists them with a one-line summary). */
int cli_validate(int argc, char **argv);
int cli_simulate(int argc, char **argv);
int cli_report(int argc, char **argv);   /* cmd_report.c (save engineer) */
int cli_class(int argc, char **argv);    /* cmd_class.c (classroom) */
int cli_workshop(int argc, char **argv); /* cmd_class.c (classroom) */
int cli_import(int argc, char **argv);   /* cmd_import.c (classroom) */
int cli_handin(int argc, char **argv);   /* cmd_handin.c (classroom) */
/* `report --summary` and `report --print` (cmd_print.c; cli_report hands over to it). */
int cli_report_print(int argc, char **argv);
int cli_export(int argc, char **argv);   /* cmd_export.c (classroom) */
int cli_i18n(int argc, char **argv);     /* cmd_i18n.c (translations) */

/* Every strategy bot, one "name  summary" line each, indented by `indent` spaces, the
 * connector first (cli.c). The one list that `simulate --help` and `workshop --help` print. */
void cli_print_strategies(FILE *out, int indent);

#endif
