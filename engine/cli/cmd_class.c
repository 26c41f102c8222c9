/* cmd_class.c — a classroom without the game's screens: `rapport class create|add|list|
 * rename|merge|remove|delete`,
 * `rapport workshop --scenario ID --seed S [...]` (prints the code students type),
 * `workshop check CODE`, and `workshop play CODE --student NAME --strategy BOT`, which
 * plays one session headless with a strategy bot under a code and records it as the
 * student's (rehearsals, tests). Depends on engine/save, engine/script and engine/sim.
 */
#include "cli/cli.h"
#include "cli/cli_echo.h"
#include "cli/cmd_class_pin.h"
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "save/save.h"
#include "save/save_record.h"
#include "script/script.h"
#include "sim/sim.h"
#include "sim/workshop.h"


static void class_usage(FILE *out) {
  fprintf(out,
          "usage: rapport class create NAME [--save PATH]\n"
          "       rapport class add NAME STUDENT... [--save PATH]\n"
          "       rapport class list [NAME] [--save PATH]\n"
          "       rapport class rename NAME OLD NEW [--save PATH]\n"
          "       rapport class merge NAME FROM INTO [--save PATH]\n"
          "       rapport class remove NAME STUDENT --yes [--save PATH]\n"
          "       rapport class delete NAME --yes [--save PATH]\n"
          "       rapport class add NAME STUDENT --number N [--save PATH]\n"
          "       rapport class number NAME STUDENT NUMBER [--save PATH]\n"
          "       rapport class pin set|clear|check|status [PIN] [--save PATH]\n"
          "\n"
          "Sets up a class for a workshop: create it, add students (a student already in the\n"
          "save without a class joins it; a new name becomes a new profile), list the classes\n"
          "or one class's students with their numbers and anonymous numbers.\n"
          "Names are tidied (spaces trimmed and collapsed) and found whatever their case or\n"
          "accents: \"liam murphy\" is Liam Murphy, \"Zoe\" is Zoë.\n"
          "  rename   corrects a student's name (their sessions stay theirs)\n"
          "  merge    moves FROM's sessions to INTO (one student with two profiles), then\n"
          "           erases FROM\n"
          "  remove   erases a student and everything saved about them\n"
          "  delete   erases a class, its students and everything saved about them\n"
          "remove and delete cannot be undone and need --yes. Names after -- are names even\n"
          "when they start with a dash.\n"
          "  --number N  the school's student number: two students of the same name are told\n"
          "           apart by it at import and on the dashboard\n"
          "  number   sets (\"\" clears) a student's number\n"
          "  pin      the teacher's PIN (4 to 12 digits; stored only hashed) guards the\n"
          "           dashboard, roster editing and export in the game; set it once, clear it\n"
          "           with the old PIN. Without PIN on the line it is read from standard input.\n"
          "\n"
          "  --save PATH   the teacher's save (default: $RAPPORT_SAVE, else as `rapport --paths` shows)\n"
          "  --yes         confirm an erasure\n"
          "  --help        this text\n"
          "\n"
          "Exit status: 0 done, 1 the save refused (name taken, no such class or student, no\n"
          "--yes), 2 wrong options.\n");
}

static void workshop_usage(FILE *out) {
  fprintf(out,
          "usage: rapport workshop --scenario ID --seed S [--difficulty D] [--introvert] [--no-clock]\n"
          "                        [--hints]\n"
          "       rapport workshop check CODE\n"
          "       rapport workshop play CODE --student NAME --strategy BOT [--intention I]\n"
          "                             [--off-code]\n"
          "                             [--save PATH]\n"
          "\n"
          "Prints the workshop code for a scenario, a seed (0 to %u) and the practice\n"
          "settings: every student who types it faces the same room and the same people, and\n"
          "their sessions record the code. `check` says what a code means (and catches typos).\n"
          "`play` plays one session headless with a strategy bot under the code and saves it as\n"
          "STUDENT's, e.g. to rehearse a debrief, stored exactly as the game stores the same\n"
          "session (--intention: one_real_conversation, meet_three, help_someone, reconnect;\n"
          "default none).\n"
          "\n"
          "  --scenario ID   a shipped scenario (career_fair, alumni_mixer, industry_meetup, ...)\n"
          "  --seed S        the evening to share, 0 to %u\n"
          "  --difficulty D  gentle, standard (default) or challenging: the class plays at\n"
          "                  it (codes made before difficulty existed play standard)\n"
          "  --introvert     introvert practice (gentler pacing)\n"
          "  --no-clock      no event clock: the event ends when the student leaves\n"
          "  --hints         hints on\n"
          "  --off-code      for play: store the session as played without the code\n"
          "  --strategy BOT  for play, one of:\n",
          SIM_WORKSHOP_SEED_MAX, SIM_WORKSHOP_SEED_MAX);
  cli_print_strategies(out, 18);
  fprintf(out,
          "  --help          this text\n"
          "\n"
          "Exit status: 0 done, 1 unknown scenario or bad code, 2 wrong options.\n");
}

static int usage_error(const char *cmd, void (*usage)(FILE *), const char *what,
                       const char *arg) {
  fprintf(stderr, "rapport %s: %s%s%s\n\n", cmd, CLI_ECHO(what), arg ? " " : "", arg ? CLI_ECHO(arg) : "");
  usage(stderr);
  return 2;
}

/* Removes "--save PATH" from argv (in place); -1 when it lacks its value. */
static int take_save(int *argc, char **argv, const char **save) {
  int n = 0;
  for (int i = 0; i < *argc; i++) {
    if (strcmp(argv[i], "--save") == 0) {
      if (i + 1 >= *argc || argv[i + 1][0] == '\0') return -1;
      *save = argv[++i];
      continue;
    }
    argv[n++] = argv[i];
  }
  *argc = n;
  return 0;
}

static SaveDb *open_save(const char *cmd, const char *save, unsigned flags, char *path,
                         size_t pathlen) {
  char msg[1024];
  if (save != NULL) snprintf(path, pathlen, "%s", save);
  else if (save_default_path(path, pathlen) != SAVE_OK) {
    fprintf(stderr, "rapport %s: the default save path is too long; use --save PATH\n", cmd);
    return NULL;
  }
  SaveDb *db = NULL;
  SaveOpenInfo info;
  SaveStatus st = save_open(path, flags, &db, &info, msg, sizeof msg);
  if (st == SAVE_OK && !(flags & SAVE_OPEN_READ_ONLY) && save_is_read_only(db)) {
    st = SAVE_READ_ONLY;
    snprintf(msg, sizeof msg, "the save %s cannot be written", path);
  }
  if (st != SAVE_OK) {
    fprintf(stderr, "rapport %s: %s\n", cmd, CLI_ECHO(msg));
    save_close(db);
    return NULL;
  }
  if (info.moved_aside) fprintf(stderr, "rapport %s: %s\n", cmd, CLI_ECHO(msg));
  return db;
}

static int class_list(SaveDb *db, const char *name, const char *path) {
  char msg[512];
  if (name == NULL) {
    SaveClass cls[64];
    int total = 0;
    if (save_class_list(db, cls, 64, &total, msg, sizeof msg) != SAVE_OK) {
      fprintf(stderr, "rapport class: %s\n", msg);
      return 1;
    }
    if (total == 0) printf("No classes in %s yet (rapport class create NAME).\n", path);
    for (int i = 0; i < total && i < 64; i++) {
      int members = 0;
      (void)save_profile_list(db, cls[i].id, NULL, 0, &members, msg, sizeof msg);
      printf("%s (%d student%s)\n", cls[i].name, members, members == 1 ? "" : "s");
    }
    return 0;
  }
  SaveClass c;
  if (save_class_find(db, name, &c, msg, sizeof msg) != SAVE_OK) {
    fprintf(stderr, "rapport class: %s\n", msg);
    return 1;
  }
  int total = 0;
  void *buf = NULL;
  SaveStatus st = save_list_all(db, SAVE_LIST_PROFILES, c.id, &buf, &total, msg, sizeof msg);
  SaveProfile *p = buf;
  if (st != SAVE_OK) {
    fprintf(stderr, "rapport class: %s\n", st == SAVE_NO_MEMORY ? "out of memory" : msg);
    free(p);
    return 1;
  }
  printf("Class \"%s\": %d student%s\n", c.name, total, total == 1 ? "" : "s");
  for (int i = 0; i < total; i++) {
    int sessions = 0;
    (void)save_profile_sessions(db, p[i].id, NULL, 0, &sessions, msg, sizeof msg);
    printf("%4d  %s%s%s%s  (%d session%s; anonymous: Student %d)\n", p[i].class_number,
           CLI_ECHO(p[i].name), p[i].student_no[0] ? " (number " : "",
           p[i].student_no[0] ? CLI_ECHO(p[i].student_no) : "", p[i].student_no[0] ? ")" : "",
           sessions, sessions == 1 ? "" : "s", p[i].anon_number);
  }
  free(p);
  return 0;
}

static int class_add(SaveDb *db, const char *name, char **students, int n) {
  char msg[512];
  SaveClass c;
  if (save_class_find(db, name, &c, msg, sizeof msg) != SAVE_OK) {
    fprintf(stderr, "rapport class: %s Create it first: rapport class create \"%s\"\n", CLI_ECHO(msg),
            CLI_ECHO(name));
    return 1;
  }
  int rc = 0;
  for (int i = 0; i < n; i++) {
    SaveProfile p;
    char name[SAVE_NAME_MAX];
    if (!save_name_normalise(students[i], name, sizeof name) || name[0] == '\0') {
      fprintf(stderr, "rapport class: the name \"%s\" is %s\n", CLI_ECHO(students[i]),
              name[0] ? "too long" : "empty");
      rc = 1;
      continue;
    }
    SaveStatus st = save_profile_find_similar(db, name, c.id, &p, msg, sizeof msg);
    if (st == SAVE_OK) {
      printf("%s is already in \"%s\" (student %d)\n", CLI_ECHO(p.name), CLI_ECHO(c.name),
             p.class_number);
      continue;
    }
    st = save_profile_find(db, name, 0, &p, msg, sizeof msg);
    if (st == SAVE_OK) {
      st = save_class_set_member(db, c.id, p.id, msg, sizeof msg);
      if (st == SAVE_OK) st = save_profile_get(db, p.id, &p, msg, sizeof msg);
    } else if (st == SAVE_NOT_FOUND) {
      memset(&p, 0, sizeof p);
      if (strlen(name) >= sizeof p.name) {
        fprintf(stderr, "rapport class: the name \"%s\" is too long\n", CLI_ECHO(name));
        rc = 1;
        continue;
      }
      snprintf(p.name, sizeof p.name, "%s", name);
      p.class_id = c.id;
      p.clock_on = true;
      st = save_profile_create(db, &p, msg, sizeof msg);
    }
    if (st != SAVE_OK) {
      fprintf(stderr, "rapport class: adding %s: %s\n", CLI_ECHO(name), CLI_ECHO(msg));
      rc = 1;
      continue;
    }
    printf("Added %s to \"%s\" as student %d\n", p.name, c.name, p.class_number);
  }
  return rc;
}

/* The member of class `cls` called (about) `name`; prints why not. */
static bool find_member_quiet(SaveDb *db, const SaveClass *cls, const char *name,
                              SaveProfile *p) {
  return save_profile_find_similar(db, name, cls->id, p, NULL, 0) == SAVE_OK;
}

static bool find_member(SaveDb *db, const SaveClass *cls, const char *name, SaveProfile *p) {
  char msg[512];
  SaveStatus st = save_profile_find_similar(db, name, cls->id, p, msg, sizeof msg);
  if (st == SAVE_NOT_FOUND)
    fprintf(stderr, "rapport class: there is no student called \"%s\" in \"%s\" "
            "(rapport class list \"%s\" shows them)\n", CLI_ECHO(name), CLI_ECHO(cls->name),
            CLI_ECHO(cls->name));
  else if (st != SAVE_OK)
    fprintf(stderr, "rapport class: %s\n", CLI_ECHO(msg));
  return st == SAVE_OK;
}

/* rename, merge, remove and delete on class `cls`; args are what follows the class name. */
static int class_edit(SaveDb *db, const char *verb, const SaveClass *cls, char **args) {
  char msg[512];
  SaveStatus st = SAVE_OK;
  SaveProfile a, b;
  if (strcmp(verb, "delete") == 0) {
    int erased = 0;
    st = save_class_delete(db, cls->id, &erased, msg, sizeof msg);
    if (st == SAVE_OK)
      printf("Erased class \"%s\" and its %d student%s, with everything saved about them\n",
             CLI_ECHO(cls->name), erased, erased == 1 ? "" : "s");
  } else if (strcmp(verb, "remove") == 0) {
    if (!find_member(db, cls, args[0], &a)) return 1;
    st = save_profile_delete(db, a.id, msg, sizeof msg);
    if (st == SAVE_OK)
      printf("Erased %s from \"%s\", with everything saved about them\n", CLI_ECHO(a.name),
             CLI_ECHO(cls->name));
  } else if (strcmp(verb, "rename") == 0) {
    if (!find_member(db, cls, args[0], &a)) return 1;
    char name[SAVE_NAME_MAX];
    if (!save_name_normalise(args[1], name, sizeof name) || name[0] == '\0') {
      fprintf(stderr, "rapport class: the new name \"%s\" is empty or too long\n",
              CLI_ECHO(args[1]));
      return 1;
    }
    if (find_member_quiet(db, cls, name, &b) && b.id != a.id) {
      fprintf(stderr, "rapport class: \"%s\" already has a student called %s; to make them "
              "one, use: rapport class merge \"%s\" \"%s\" \"%s\"\n", CLI_ECHO(cls->name),
              CLI_ECHO(b.name), CLI_ECHO(cls->name), CLI_ECHO(a.name), CLI_ECHO(b.name));
      return 1;
    }
    char old[SAVE_NAME_MAX];
    memcpy(old, a.name, sizeof old);
    memcpy(a.name, name, sizeof a.name);
    st = save_profile_update(db, &a, msg, sizeof msg);
    if (st == SAVE_OK) printf("Renamed %s to %s in \"%s\"\n", CLI_ECHO(old), CLI_ECHO(name),
                              CLI_ECHO(cls->name));
  } else {  /* merge */
    if (!find_member(db, cls, args[0], &a) || !find_member(db, cls, args[1], &b)) return 1;
    if (a.id == b.id) {
      fprintf(stderr, "rapport class: \"%s\" and \"%s\" are the same student\n",
              CLI_ECHO(args[0]), CLI_ECHO(args[1]));
      return 1;
    }
    st = save_profile_merge(db, a.id, b.id, msg, sizeof msg);
    if (st == SAVE_OK) printf("Merged %s into %s in \"%s\"\n", CLI_ECHO(a.name),
                              CLI_ECHO(b.name), CLI_ECHO(cls->name));
  }
  if (st != SAVE_OK) fprintf(stderr, "rapport class: %s\n", CLI_ECHO(msg));
  return st == SAVE_OK ? 0 : 1;
}

int cli_class(int argc, char **argv) {
  const char *save = NULL;
  for (int i = 1; i < argc; i++)
    if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0) {
      class_usage(stdout);
      return 0;
    }
  if (take_save(&argc, argv, &save) != 0)
    return usage_error("class", class_usage, "--save needs a value", NULL);
  bool yes = false;
  const char *number = NULL;
  int kept = 0;
  for (int i = 0; i < argc; i++) {
    if (strcmp(argv[i], "--yes") == 0) { yes = true; continue; }
    if (strcmp(argv[i], "--number") == 0) {
      if (i + 1 >= argc || argv[i + 1][0] == '\0')
        return usage_error("class", class_usage, "--number needs a value", NULL);
      number = argv[++i];
      continue;
    }
    argv[kept++] = argv[i];
  }
  argc = kept;
  if (argc >= 2 && (strcmp(argv[1], "pin") == 0 || strcmp(argv[1], "number") == 0)) {
    bool pin = argv[1][0] == 'p';
    if (!pin && argc != 5)
      return usage_error("class", class_usage, "number takes a class NAME, a STUDENT and a NUMBER", NULL);
    char path[SAVE_PATH_MAX];
    SaveDb *db = open_save("class", save, SAVE_OPEN_DEFAULT, path, sizeof path);
    if (db == NULL) return 1;
    int rc = pin ? cli_class_pin(db, argc - 2, argv + 2)
                 : cli_class_number(db, argv[2], argv[3], argv[4]);
    save_close(db);
    return rc;
  }
  /* After "--" every word is a name, so a student called "-2" can be added. */
  int names_from = argc;
  for (int i = 1; i < argc; i++)
    if (strcmp(argv[i], "--") == 0) {
      names_from = i;
      memmove(argv + i, argv + i + 1, (size_t)(argc - i - 1) * sizeof *argv);
      argc--;
      break;
    }
  for (int i = 1; i < argc && i < names_from; i++)
    if (argv[i][0] == '-') return usage_error("class", class_usage, "unknown option", argv[i]);
  if (argc < 2) return usage_error("class", class_usage, "say what to do: create, add or list", NULL);
  const char *verb = argv[1];
  bool create = strcmp(verb, "create") == 0, add = strcmp(verb, "add") == 0;
  bool list = strcmp(verb, "list") == 0;
  static const struct { const char *verb; int args; const char *usage; } EDITS[] = {
    {"rename", 5, "rename takes a class NAME, the OLD and the NEW name"},
    {"merge", 5, "merge takes a class NAME, FROM and INTO"},
    {"remove", 4, "remove takes a class NAME and one STUDENT"},
    {"delete", 3, "delete takes one class NAME"},
  };
  for (size_t e = 0; e < sizeof EDITS / sizeof EDITS[0]; e++) {
    if (strcmp(verb, EDITS[e].verb) != 0) continue;
    if (argc != EDITS[e].args) return usage_error("class", class_usage, EDITS[e].usage, NULL);
    bool erase = verb[0] == 'r' ? verb[2] == 'm' : verb[0] == 'd';
    if (erase && !yes) {
      fprintf(stderr, "rapport class: %s erases %s and every session saved about %s, and cannot "
              "be undone; add --yes to go ahead\n", verb,
              verb[0] == 'd' ? "the class, its students" : "the student",
              verb[0] == 'd' ? "them" : "them");
      return 1;
    }
    char path[SAVE_PATH_MAX], msg[512];
    SaveDb *db = open_save("class", save, SAVE_OPEN_DEFAULT, path, sizeof path);
    if (db == NULL) return 1;
    SaveClass c;
    int rc = 1;
    if (save_class_find(db, argv[2], &c, msg, sizeof msg) != SAVE_OK)
      fprintf(stderr, "rapport class: %s\n", CLI_ECHO(msg));
    else
      rc = class_edit(db, verb, &c, argv + 3);
    save_close(db);
    return rc;
  }
  if (yes) return usage_error("class", class_usage, "--yes is only for remove and delete", NULL);
  if (number != NULL && !add) return usage_error("class", class_usage, "--number is only for add", NULL);
  if (!create && !add && !list) return usage_error("class", class_usage, "unknown action", verb);
  if ((create && argc != 3) || (add && argc < 4) || (list && argc > 3))
    return usage_error("class", class_usage, create ? "create takes one NAME"
                       : add ? "add takes a class NAME and at least one STUDENT"
                             : "list takes at most one class NAME", NULL);
  char path[SAVE_PATH_MAX], msg[512];
  SaveDb *db = open_save("class", save, list ? SAVE_OPEN_READ_ONLY : SAVE_OPEN_DEFAULT, path,
                         sizeof path);
  if (db == NULL) return 1;
  int rc = 0;
  if (create) {
    int64_t id = 0;
    if (save_class_create(db, argv[2], &id, msg, sizeof msg) != SAVE_OK) {
      fprintf(stderr, "rapport class: %s\n", msg);
      rc = 1;
    } else {
      printf("Created class \"%s\" in %s\n", CLI_ECHO(argv[2]), CLI_ECHO(path));
    }
  } else if (add && number == NULL) {
    rc = class_add(db, argv[2], argv + 3, argc - 3);
  } else if (add) {
    rc = argc == 4 ? cli_class_add_numbered(db, argv[2], argv[3], number)
                   : usage_error("class", class_usage, "--number goes with one STUDENT", NULL);
  } else {
    rc = class_list(db, argc == 3 ? argv[2] : NULL, path);
  }
  save_close(db);
  return rc;
}

/* ---- workshop ---- */

static int shipped_ids(char ids[][64], const char **ptrs) {
  int n = scr_list_scenarios(ids, RAPPORT_MAX_SCENARIOS);
  for (int i = 0; i < n; i++) ptrs[i] = ids[i];
  return n;
}

/* The shipped scenario a code names, into id[64]; prints why not and returns false. */
static bool code_scenario(const char *code, SimWorkshop *w, char *canon, char *id) {
  char err[160];
  ScrWorkshopStatus st = scr_workshop_scenario(code, w, canon, id, 64, err, sizeof err);
  if (st == SCR_WORKSHOP_BAD_CODE) fprintf(stderr, "rapport workshop: %s\n", err);
  if (st == SCR_WORKSHOP_NO_SCENARIO)
    fprintf(stderr, "rapport workshop: code %s names a scenario this installation does not "
            "have; ask for a new code\n", CLI_ECHO(canon));
  return st == SCR_WORKSHOP_OK;
}

static bool parse_seed(const char *s, uint32_t *out) {
  if (s == NULL || *s < '0' || *s > '9') return false;
  char *end;
  errno = 0;
  unsigned long v = strtoul(s, &end, 10);
  if (*end || errno || v > SIM_WORKSHOP_SEED_MAX) return false;
  *out = (uint32_t)v;
  return true;
}

static int workshop_make(int argc, char **argv) {
  const char *scenario = NULL, *seed_text = NULL;
  SimWorkshop w = {.clock_on = true};
  for (int i = 1; i < argc; i++) {
    const char *a = argv[i];
    if (strcmp(a, "--difficulty") == 0) {
      if (i + 1 >= argc || argv[i + 1][0] == '\0')
        return usage_error("workshop", workshop_usage, a, "needs a value");
      int d = sim_difficulty_from_name(argv[++i]);
      if (d < 0)
        return usage_error("workshop", workshop_usage,
                           "--difficulty must be gentle, standard or challenging, not", argv[i]);
      w.difficulty = (uint8_t)d;
    } else if (strcmp(a, "--introvert") == 0) w.introvert_practice = true;
    else if (strcmp(a, "--no-clock") == 0) w.clock_on = false;
    else if (strcmp(a, "--hints") == 0) w.hints_on = true;
    else if (strcmp(a, "--scenario") == 0 || strcmp(a, "--seed") == 0) {
      if (i + 1 >= argc || argv[i + 1][0] == '\0')
        return usage_error("workshop", workshop_usage, a, "needs a value");
      if (a[3] == 'c') scenario = argv[++i];
      else seed_text = argv[++i];
    } else {
      return usage_error("workshop", workshop_usage, "unknown option", a);
    }
  }
  if (scenario == NULL) return usage_error("workshop", workshop_usage, "say which --scenario ID", NULL);
  if (seed_text == NULL) return usage_error("workshop", workshop_usage, "say which --seed S", NULL);
  if (!parse_seed(seed_text, &w.seed))
    return usage_error("workshop", workshop_usage, "--seed must be a number from 0 to 1048575, not",
                       seed_text);
  static char ids[RAPPORT_MAX_SCENARIOS][64];
  const char *ptrs[RAPPORT_MAX_SCENARIOS];
  int n = shipped_ids(ids, ptrs);
  bool known = false;
  for (int i = 0; i < n; i++) known |= strcmp(ids[i], scenario) == 0;
  if (!known) {
    fprintf(stderr, "rapport workshop: there is no shipped scenario '%s'. Scenarios:", CLI_ECHO(scenario));
    for (int i = 0; i < n; i++) fprintf(stderr, " %s", ids[i]);
    fputc('\n', stderr);
    return 1;
  }
  w.scenario_hash = sim_workshop_scenario_hash(scenario);
  if (sim_workshop_find_scenario(&w, ptrs, n) < 0) {
    fprintf(stderr, "rapport workshop: '%s' shares its short code with another scenario; "
            "rename one of them to make a code for it\n", CLI_ECHO(scenario));
    return 1;
  }
  char code[SIM_WORKSHOP_CODE_MAX];
  if (sim_workshop_encode(&w, code, sizeof code) != SIM_WORKSHOP_OK) {
    fprintf(stderr, "rapport workshop: could not make a code\n");
    return 1;
  }
  printf("%s\n", code);
  return 0;
}

static int workshop_check(const char *code) {
  SimWorkshop w;
  char canon[SIM_WORKSHOP_CODE_MAX], id[64];
  if (!code_scenario(code, &w, canon, id)) return 1;
  const char *level = sim_difficulty_name((SimDifficulty)w.difficulty);
  printf("%s: scenario %s, seed %u, difficulty %s, introvert practice %s, clock %s, hints %s\n", canon,
         id, (unsigned)w.seed, level ? level : "standard", w.introvert_practice ? "on" : "off",
         w.clock_on ? "on" : "off", w.hints_on ? "on" : "off");
  return 0;
}

static int workshop_play(const char *code, const char *student, SimStrategy strategy,
                         SimIntention intention, const char *save);
/* play --off-code: the same evening, stored as played without the code (a student who
 * skipped typing it), for rehearsing and testing the dashboard's "played without the code". */
static bool play_off_code;

int cli_workshop(int argc, char **argv) {
  for (int i = 1; i < argc; i++)
    if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0) {
      workshop_usage(stdout);
      return 0;
    }
  if (argc >= 2 && strcmp(argv[1], "check") == 0) {
    if (argc != 3) return usage_error("workshop", workshop_usage, "check takes one CODE", NULL);
    return workshop_check(argv[2]);
  }
  if (argc >= 2 && strcmp(argv[1], "play") == 0) {
    const char *student = NULL, *bot = NULL, *save = NULL, *code = NULL, *intent = NULL;
    for (int i = 2; i < argc; i++) {
      const char *a = argv[i];
      if (strcmp(a, "--off-code") == 0) { play_off_code = true; continue; }
      const char **slot = strcmp(a, "--student") == 0 ? &student
                          : strcmp(a, "--strategy") == 0 ? &bot
                          : strcmp(a, "--save") == 0 ? &save
                          : strcmp(a, "--intention") == 0 ? &intent : NULL;
      if (slot == NULL && a[0] != '-' && code == NULL) { code = a; continue; }
      if (slot == NULL) return usage_error("workshop", workshop_usage, "unknown option", a);
      if (i + 1 >= argc || argv[i + 1][0] == '\0')
        return usage_error("workshop", workshop_usage, a, "needs a value");
      *slot = argv[++i];
    }
    if (code == NULL || student == NULL || bot == NULL)
      return usage_error("workshop", workshop_usage, "play needs CODE, --student and --strategy",
                         NULL);
    int strategy = sim_strategy_from_name(bot);
    if (strategy < 0) return usage_error("workshop", workshop_usage, "unknown strategy", bot);
    int intention = intent ? sim_intention_from_name(intent) : SIM_INTENT_NONE;
    if (intention < 0) return usage_error("workshop", workshop_usage, "unknown intention", intent);
    return workshop_play(code, student, (SimStrategy)strategy, (SimIntention)intention, save);
  }
  return workshop_make(argc, argv);
}

/* ---- workshop play: a bot's session recorded as the student's ---- */

static void iso_now(char *out, size_t outlen) {
  time_t now = time(NULL);
  struct tm tm;
  if (gmtime_r(&now, &tm) == NULL || strftime(out, outlen, "%Y-%m-%dT%H:%M:%SZ", &tm) == 0)
    snprintf(out, outlen, "1970-01-01T00:00:00Z");
}

/* Saves the played session `ss` as profile `pid`'s, in one batch, through the one session
 * recorder (save/save_record.h) the game uses too. */
static SaveStatus record(SaveDb *db, const SimSession *ss, int64_t pid, const char *scenario_id,
                         const char *canon, char *msg, size_t msglen) {
  SaveRecorder rec;
  memset(&rec, 0, sizeof rec);
  rec.row.profile_id = pid;
  rec.row.seed = sim_session_seed(ss);
  SaveStatus st = save_guid_new(rec.row.guid, sizeof rec.row.guid, msg, msglen);
  snprintf(rec.row.scenario, sizeof rec.row.scenario, "%s", scenario_id);
  snprintf(rec.row.workshop, sizeof rec.row.workshop, "%s", canon);
  const char *iname = sim_intention_name(sim_session_settings(ss).intention);
  snprintf(rec.row.intention, sizeof rec.row.intention, "%s", iname ? iname : "none");
  iso_now(rec.row.started, sizeof rec.row.started);
  if (st == SAVE_OK) st = save_batch_begin(db, msg, msglen);
  if (st != SAVE_OK) return st;
  st = save_record_begin(db, &rec, msg, msglen);
  char ended[SAVE_TIME_MAX];
  iso_now(ended, sizeof ended);
  if (st == SAVE_OK)
    st = save_record_session(db, &rec, ss, SAVE_SESSION_COMPLETED, ended, msg, msglen);
  if (st == SAVE_OK) st = save_batch_commit(db, msg, msglen);
  if (st != SAVE_OK) save_batch_rollback(db);
  return st;
}

static int workshop_play(const char *code, const char *student, SimStrategy strategy,
                         SimIntention intention, const char *save) {
  SimWorkshop w;
  char canon[SIM_WORKSHOP_CODE_MAX], id[64], path[SAVE_PATH_MAX], err[512];
  /* The same limit `class add` enforces: a name is refused, never silently cut. */
  if (student[0] == '\0' || strlen(student) >= SAVE_NAME_MAX) {
    fprintf(stderr, "rapport workshop: the student name \"%s\" is %s (at most %d bytes)\n",
            CLI_ECHO(student), student[0] ? "too long" : "empty", SAVE_NAME_MAX - 1);
    return 1;
  }
  if (!code_scenario(code, &w, canon, id)) return 1;
  char file[1024];
  if (scr_find_scenario(id, file, sizeof file) != 0) {
    fprintf(stderr, "rapport workshop: scenario %s cannot be found\n", CLI_ECHO(id));
    return 1;
  }
  SimScenario *scn = scr_load_scenario(file, NULL, err, sizeof err);
  if (scn == NULL) {
    fprintf(stderr, "rapport workshop: %s\n", err);
    return 1;
  }
  SimPlayerSettings settings = sim_player_settings_default();
  settings.introvert_practice = w.introvert_practice;
  settings.clock_on = w.clock_on;
  settings.hints_on = w.hints_on;
  settings.difficulty = w.difficulty < SIM_DIFFICULTY_COUNT ? (SimDifficulty)w.difficulty : SIM_DIFFICULTY_STANDARD;
  settings.intention = intention;
  SimSession *ss = sim_session_create(scn, w.seed, &settings);
  SaveDb *db = ss ? open_save("workshop", save, SAVE_OPEN_DEFAULT, path, sizeof path) : NULL;
  int rc = 1;
  if (db != NULL) {
    uint64_t bot_seed = 1469598103934665603ull;
    for (const unsigned char *p = (const unsigned char *)student; *p; p++)
      bot_seed = (bot_seed ^ *p) * 1099511628211ull;
    SaveProfile prof;
    SaveStatus st = save_profile_find(db, student, SAVE_ANY_CLASS, &prof, err, sizeof err);
    if (st == SAVE_NOT_FOUND) {
      memset(&prof, 0, sizeof prof);
      snprintf(prof.name, sizeof prof.name, "%s", student);
      prof.clock_on = true;
      st = save_profile_create(db, &prof, err, sizeof err);
    }
    /* The calendar of the game's headless runs (a week per earlier session), so a bot's
     * session repeats exactly and is stored like the same session played in the game. */
    int prior = 0;
    if (st == SAVE_OK &&
        save_profile_sessions(db, prof.id, NULL, 0, &prior, err, sizeof err) == SAVE_OK)
      sim_session_set_day(ss, prior * 7);
    sim_bot_play_session(ss, strategy, bot_seed, NULL);
    if (st == SAVE_OK) st = record(db, ss, prof.id, id, play_off_code ? "" : canon, err, sizeof err);
    if (st == SAVE_OK) {
      SimScores sc;
      sim_scores(ss, &sc);
      printf("%s played %s under %s as the %s bot: depth gain %.1f, %d you could call, "
             "%d cards (saved in %s)\n", prof.name, id, canon, sim_strategy_name(strategy),
             sc.depth_gain, sc.callable, sc.cards, path);
      rc = 0;
    } else {
      fprintf(stderr, "rapport workshop: %s\n", err);
    }
  } else if (ss == NULL) {
    fprintf(stderr, "rapport workshop: out of memory\n");
  }
  save_close(db);
  sim_session_destroy(ss);
  sim_scenario_destroy(scn);
  return rc;
}
