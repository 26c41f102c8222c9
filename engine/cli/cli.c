/* cli.c — the command dispatcher: a name-keyed table of the headless commands and `help`.
 * To add a command, declare it in cli.h and add one line to COMMANDS.
 * May depend on script, save and sim; never on gfx, ui or game.
 */
#include "cli/cli.h"
#include "cli/cli_echo.h"
#include "sim/sim.h"

#include <stdio.h>
#include <string.h>

typedef struct CliEntry {
  const char *name;
  int (*run)(int argc, char **argv);
  const char *summary;
} CliEntry;

static int cli_help(int argc, char **argv);

static const CliEntry COMMANDS[] = {
  {"validate", cli_validate, "check scenario files without playing them"},
  {"simulate", cli_simulate, "play sessions headless with strategy bots and print the means"},
  {"report", cli_report, "print a profile's sessions and skills as a table, or write CSV"},
  {"class", cli_class, "create a class, add students, list classes and students"},
  {"workshop", cli_workshop, "make a workshop code (scenario, seed, settings) for a class"},
  {"handin", cli_handin, "write a student's hand-in file to a folder, or print results codes"},
  {"import", cli_import, "bring hand-in files, a folder of them, save files or results codes into a class"},
  {"export", cli_export, "write a class's results as CSV (one row per session or student)"},
  {"i18n", cli_i18n, "extract translatable text (.pot), check for strings without ids"},
  {"help", cli_help, "list the commands, or `help COMMAND` for one"},
};
enum { COMMAND_COUNT = sizeof COMMANDS / sizeof COMMANDS[0] };

static const CliEntry *find_command(const char *name) {
  for (int i = 0; i < COMMAND_COUNT; i++)
    if (strcmp(COMMANDS[i].name, name) == 0) return &COMMANDS[i];
  return NULL;
}

static int cli_help(int argc, char **argv) {
  if (argc >= 2) {
    const CliEntry *c = find_command(argv[1]);
    if (!c || c->run == cli_help) {
      fprintf(stderr, "rapport help: unknown command '%s' (try: rapport help)\n", argv[1]);
      return 2;
    }
    char *args[] = {argv[1], "--help", NULL};
    return c->run(2, args);
  }
  printf("usage: rapport COMMAND [options]   (without a command, the game starts)\n\n"
         "commands:\n");
  for (int i = 0; i < COMMAND_COUNT; i++) printf("  %-10s %s\n", COMMANDS[i].name, COMMANDS[i].summary);
  printf("\nEvery command takes --help.\n");
  return 0;
}

bool cli_is_command(const char *name) { return name && find_command(name) != NULL; }

int cli_dispatch(int argc, char **argv, bool *handled) {
  *handled = false;
  if (argc < 2 || !argv[1]) return 0;
  const CliEntry *c = find_command(argv[1]);
  if (!c) return 0;
  *handled = true;
  cli_filter_output();  /* text from files reaches the terminal only escaped */
  return c->run(argc - 1, argv + 1);
}

void cli_print_strategies(FILE *out, int indent) {
  /* The connector first: the other bots are measured against it. */
  static const SimStrategy order[] = {SIM_BOT_CONNECTOR, SIM_BOT_COLLECTOR, SIM_BOT_RANDOM, SIM_BOT_EXPLORER,
                                      SIM_BOT_LONGEST,   SIM_BOT_REPEAT,    SIM_BOT_GHOST,  SIM_BOT_LISTENER,
                                      SIM_BOT_APOLOGISER, SIM_BOT_NOHELP,   SIM_BOT_NOFOLLOWUP};
  _Static_assert(sizeof order / sizeof order[0] == SIM_STRATEGY_COUNT, "every strategy listed once");
  for (size_t i = 0; i < sizeof order / sizeof order[0]; i++)
    fprintf(out, "%*s%-11s %s\n", indent, "", sim_strategy_name(order[i]), sim_strategy_summary(order[i]));
}
