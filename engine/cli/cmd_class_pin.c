/* cmd_class_pin.c — the teacher's PIN and student numbers from the command line:
 * `rapport class pin set|clear|check|status`, `rapport class number CLASS STUDENT NUMBER`
 * and `rapport class add CLASS STUDENT --number N` (see cmd_class_pin.h).
 * Depends on engine/save and the C library.
 */
#include "cli/cmd_class_pin.h"
#include "cli/cli_echo.h"

#include <stdio.h>
#include <string.h>

#include "save/save_pin.h"

/* The PIN from argv, else one line of standard input. */
static bool get_pin(int argc, char **argv, int at, char *out, size_t outlen) {
  if (at < argc) {
    snprintf(out, outlen, "%s", argv[at]);
    return true;
  }
  if (fgets(out, (int)outlen, stdin) == NULL) return false;
  out[strcspn(out, "\r\n")] = '\0';
  return true;
}

int cli_class_pin(SaveDb *db, int argc, char **argv) {
  char pin[64] = "", msg[256];
  const char *verb = argc > 0 ? argv[0] : "";
  if (strcmp(verb, "status") == 0) {
    printf("%s\n", save_pin_is_set(db) ? "A teacher's PIN is set." : "No teacher's PIN is set.");
    return 0;
  }
  bool set = strcmp(verb, "set") == 0, clear = strcmp(verb, "clear") == 0;
  bool check = strcmp(verb, "check") == 0;
  if (!set && !clear && !check) {
    fprintf(stderr, "rapport class: pin takes set, clear, check or status\n");
    return 2;
  }
  if (argc > 2) {
    fprintf(stderr, "rapport class: pin %s takes at most one PIN\n", verb);
    return 2;
  }
  if (!get_pin(argc, argv, 1, pin, sizeof pin)) {
    fprintf(stderr, "rapport class: no PIN given (as an argument, or one line on standard input)\n");
    return 2;
  }
  SaveStatus st = set ? save_pin_set(db, pin, msg, sizeof msg)
                : clear ? save_pin_clear(db, pin, msg, sizeof msg)
                : save_pin_check(db, pin, msg, sizeof msg);
  memset(pin, 0, sizeof pin);
  if (st != SAVE_OK) {
    fprintf(stderr, "rapport class: %s\n", msg);
    return 1;
  }
  printf("%s\n", set ? "The teacher's PIN is set: the dashboard, roster editing and export ask for it."
                : clear ? "The teacher's PIN is cleared." : "That PIN is right.");
  return 0;
}

int cli_class_number(SaveDb *db, const char *class_name, const char *student, const char *number) {
  char msg[512];
  SaveClass c;
  SaveProfile p;
  if (save_class_find(db, class_name, &c, msg, sizeof msg) != SAVE_OK ||
      save_profile_find_similar(db, student, c.id, &p, msg, sizeof msg) != SAVE_OK) {
    fprintf(stderr, "rapport class: %s\n", CLI_ECHO(msg));
    return 1;
  }
  if (save_profile_set_student_no(db, p.id, number, msg, sizeof msg) != SAVE_OK) {
    fprintf(stderr, "rapport class: %s\n", CLI_ECHO(msg));
    return 1;
  }
  if (number[0]) printf("%s has student number %s\n", CLI_ECHO(p.name), CLI_ECHO(number));
  else printf("%s has no student number now\n", CLI_ECHO(p.name));
  return 0;
}

int cli_class_add_numbered(SaveDb *db, const char *class_name, const char *student,
                           const char *number) {
  char msg[512], name[SAVE_NAME_MAX];
  SaveClass c;
  if (save_class_find(db, class_name, &c, msg, sizeof msg) != SAVE_OK) {
    fprintf(stderr, "rapport class: %s\n", CLI_ECHO(msg));
    return 1;
  }
  if (!save_name_normalise(student, name, sizeof name) || name[0] == '\0') {
    fprintf(stderr, "rapport class: the name \"%s\" is empty or too long\n", CLI_ECHO(student));
    return 1;
  }
  SaveProfile p;
  if (save_profile_find_student_no(db, c.id, number, &p, NULL, 0) == SAVE_OK) {
    printf("%s is already in \"%s\" with number %s\n", CLI_ECHO(p.name), CLI_ECHO(c.name),
           CLI_ECHO(number));
    return 0;
  }
  if (save_profile_find_similar(db, name, c.id, &p, NULL, 0) == SAVE_OK && p.student_no[0] == '\0') {
    fprintf(stderr, "rapport class: %s is already in \"%s\" without a number; give them theirs "
            "first (rapport class number \"%s\" \"%s\" NUMBER), then add the other %s\n",
            CLI_ECHO(p.name), CLI_ECHO(c.name), CLI_ECHO(c.name), CLI_ECHO(p.name), CLI_ECHO(name));
    return 1;
  }
  memset(&p, 0, sizeof p);
  snprintf(p.name, sizeof p.name, "%s", name);
  snprintf(p.student_no, sizeof p.student_no, "%s", number);
  p.class_id = c.id;
  p.clock_on = true;
  if (save_profile_create(db, &p, msg, sizeof msg) != SAVE_OK) {
    fprintf(stderr, "rapport class: adding %s: %s\n", CLI_ECHO(name), CLI_ECHO(msg));
    return 1;
  }
  printf("Added %s (number %s) to \"%s\" as student %d\n", CLI_ECHO(p.name), CLI_ECHO(number),
         CLI_ECHO(c.name), p.class_number);
  return 0;
}
