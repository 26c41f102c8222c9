/* test_game_save_full.c — a full disk at a save point (issue 12 item 9): the session is
 * marked completed in the save only after its rows are written, a failed save point is
 * tried again at the next one, and the player is told. The disk is "full" through a VFS
 * whose writes fail with SQLITE_FULL while `disk_full` is set.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "game/app.h"
#include "game/state.h"

/* ---- a disk that fills up on demand ---- */

static bool disk_full;
static sqlite3_vfs *real_vfs;
static sqlite3_vfs full_vfs;
static struct { const sqlite3_io_methods *real; sqlite3_io_methods full; } patched[8];

static int full_write(sqlite3_file *f, const void *buf, int n, sqlite3_int64 at) {
  for (int i = 0; i < 8; i++)
    if (&patched[i].full == f->pMethods) {
      if (disk_full) return SQLITE_FULL;
      return patched[i].real->xWrite(f, buf, n, at);
    }
  return SQLITE_IOERR_WRITE;
}

static int full_open(sqlite3_vfs *vfs, const char *name, sqlite3_file *file, int flags, int *out) {
  (void)vfs;
  int rc = real_vfs->xOpen(real_vfs, name, file, flags, out);
  if (rc != SQLITE_OK || file->pMethods == NULL) return rc;
  for (int i = 0; i < 8; i++) {
    if (patched[i].real == NULL) {
      patched[i].real = file->pMethods;
      patched[i].full = *file->pMethods;
      patched[i].full.xWrite = full_write;
    }
    if (patched[i].real == file->pMethods) {
      file->pMethods = &patched[i].full;
      break;
    }
  }
  return rc;
}

static int install(void **state) {
  (void)state;
  if (sqlite3_initialize() != SQLITE_OK) return -1;
  real_vfs = sqlite3_vfs_find(NULL);
  full_vfs = *real_vfs;
  full_vfs.zName = "rapport-test-full";
  full_vfs.xOpen = full_open;
  return sqlite3_vfs_register(&full_vfs, 1) == SQLITE_OK ? 0 : -1;
}

static int uninstall(void **state) {
  (void)state;
  sqlite3_vfs_unregister(&full_vfs);
  return 0;
}

/* ---- a game state on a fresh save ---- */

typedef struct Fixture {
  char dir[256];
  char save[512];
  GameOptions options;
  GameApp app;
  GameState *s;
} Fixture;

static void fixture_init(Fixture *f) {
  memset(f, 0, sizeof *f);
  disk_full = false;
  const char *base = getenv("TMPDIR");
  snprintf(f->dir, sizeof f->dir, "%s/rapport-full-XXXXXX", base && base[0] ? base : "/tmp");
  assert_non_null(mkdtemp(f->dir));
  snprintf(f->save, sizeof f->save, "%s/rapport.db", f->dir);
  f->options.headless = true;
  f->options.save_path = f->save;
  f->app.options = &f->options;
  ui_theme_defaults(&f->app.theme);
  char err[256];
  f->s = game_state_create(&f->app, err, sizeof err);
  assert_non_null(f->s);
  assert_non_null(f->s->db);
  assert_true(game_state_use_profile(f->s, "Ana", err, sizeof err));
  assert_true(game_state_load_scenario(f->s, "career_fair"));
  assert_true(game_state_start_session(f->s, SIM_INTENT_NONE));
}

static void fixture_done(Fixture *f) {
  disk_full = false;
  game_state_destroy(f->s);
  char cmd[600];
  snprintf(cmd, sizeof cmd, "rm -rf '%s'", f->dir);
  assert_int_equal(system(cmd), 0);
}

/* One conversation with the first person, choosing the first line each time. */
static void one_talk(SimSession *ss) {
  assert_int_equal(sim_talk_begin(ss, 0, SIM_JOIN_DIRECT, NULL), SIM_OK);
  SimTalkView v;
  sim_talk_view(ss, &v);
  for (int made = 0; v.active && made < 40; made++) {
    int idx[SIM_MAX_CHOICES];
    if (sim_talk_choices(ss, idx, SIM_MAX_CHOICES) == 0) {
      assert_int_equal(sim_talk_end(ss, true, NULL), SIM_OK);
      break;
    }
    assert_int_equal(sim_talk_choose(ss, idx[0], NULL), SIM_OK);
    sim_talk_view(ss, &v);
  }
}

/* The profile's only session as stored. */
static SaveSessionRow stored(GameState *s) {
  SaveSessionRow rows[4];
  int total = 0;
  char msg[256];
  assert_int_equal(save_profile_sessions(s->db, s->profile.id, rows, 4, &total, msg, sizeof msg), SAVE_OK);
  assert_int_equal(total, 1);
  return rows[0];
}

/* The disk is full at the event's end and at the follow-up; space comes back before the
 * week. The week's save point must store the session as completed, with its totals. */
static void test_event_end_retried_at_the_week(void **unused) {
  (void)unused;
  Fixture f;
  fixture_init(&f);
  GameState *s = f.s;
  one_talk(s->session);
  game_state_save_conversation(s);
  assert_string_equal(s->save_notice, "");

  disk_full = true;
  sim_end_event(s->session);
  game_state_save_event_end(s);
  assert_non_null(strstr(s->save_notice, "disk is full")); /* the player is told */
  assert_int_equal(stored(s).session.state, SAVE_SESSION_IN_PROGRESS);
  game_state_save_follow_up(s);
  assert_int_equal(stored(s).session.state, SAVE_SESSION_IN_PROGRESS);

  disk_full = false;
  s->save_notice[0] = '\0';
  game_state_save_week(s, NULL, 0);
  SaveSessionRow row = stored(s);
  assert_int_equal(row.session.state, SAVE_SESSION_COMPLETED);
  assert_true(row.session.conversations >= 1);
  assert_true(row.has_skills);
  assert_true(row.session.ended[0] != '\0');
  assert_string_equal(s->save_notice, "");
  fixture_done(&f);
}

/* The disk is full at the event's end; the player quits during the follow-up after space
 * came back. Ending the session must store it as completed, never leave it in progress
 * (to be closed as abandoned and skipped by `import`). */
static void test_event_end_retried_when_the_session_ends(void **unused) {
  (void)unused;
  Fixture f;
  fixture_init(&f);
  GameState *s = f.s;
  one_talk(s->session);
  disk_full = true;
  game_state_save_conversation(s); /* this one fails too: the talk is written later */
  sim_end_event(s->session);
  game_state_save_event_end(s);
  assert_true(s->save_notice[0] != '\0');
  disk_full = false;
  game_state_end_session(s);
  SaveSessionRow row = stored(s);
  assert_int_equal(row.session.state, SAVE_SESSION_COMPLETED);
  assert_true(row.session.conversations >= 1);
  SaveChoice choices[64];
  int total = 0;
  char msg[256];
  assert_int_equal(save_choices(s->db, row.session.id, choices, 64, &total, msg, sizeof msg), SAVE_OK);
  assert_true(total > 0);
  fixture_done(&f);
}

/* A reflection that met a full disk is stored by the next save point (the week). */
static void test_reflection_retried_at_the_week(void **unused) {
  (void)unused;
  Fixture f;
  fixture_init(&f);
  GameState *s = f.s;
  one_talk(s->session);
  sim_end_event(s->session);
  game_state_save_event_end(s);
  int64_t id = stored(s).session.id;
  disk_full = true;
  game_state_save_reflection(s, "I asked better questions.");
  assert_true(s->save_notice[0] != '\0');
  disk_full = false;
  game_state_save_week(s, NULL, 0);
  SaveReflection refl[2];
  int total = 0;
  char msg[256];
  assert_int_equal(save_reflections(s->db, s->profile.id, refl, 2, &total, msg, sizeof msg), SAVE_OK);
  assert_int_equal(total, 1);
  assert_true(refl[0].session_id == id);
  assert_string_equal(refl[0].text, "I asked better questions.");
  fixture_done(&f);
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_event_end_retried_at_the_week),
    cmocka_unit_test(test_event_end_retried_when_the_session_ends),
    cmocka_unit_test(test_reflection_retried_at_the_week),
  };
  return cmocka_run_group_tests(tests, install, uninstall);
}
