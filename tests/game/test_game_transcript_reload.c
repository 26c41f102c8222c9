/* test_game_transcript_reload.c — the transcript survives a save and reload (issue 15):
 * a whole career-fair session (the shipped scenario, played by bots, every conversation
 * guessed) is recorded through the one recorder, the save is closed and opened again, and
 * the transcript rebuilt from its stored rows equals the one built live, line by line. The
 * expert's playback has a note on every line the connector says, for every person of every
 * shipped scenario.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "save/save_record.h"
#include "save/save_transcript.h"
#include "script/script.h"
#include "sim/learn.h"

#define MAX_LINES 1500

static SimLine live[MAX_LINES], stored[MAX_LINES];
static SimStep steps[SIM_MAX_LOG];

static SimScenario *load(const char *id) {
  char path[1024], err[512] = "";
  snprintf(path, sizeof path, "%s/scripts/scenarios/%s.lua", RAPPORT_SOURCE_DIR, id);
  SimScenario *sc = scr_load_scenario(path, NULL, err, sizeof err);
  if (!sc) fail_msg("%s: %s", id, err);
  return sc;
}

static int build_live(const SimScenario *sc, const SimSession *s, SimLine *out) {
  int n = sim_transcript_steps(s, steps, SIM_MAX_LOG);
  SimTalkGuess g[SIM_MAX_TALKS];
  int ng = sim_transcript_guesses(s, g, SIM_MAX_TALKS);
  return sim_transcript_build(sc, steps, n, g, ng, out, MAX_LINES);
}

static void assert_same(const SimLine *a, const SimLine *b, int n) {
  for (int i = 0; i < n; i++) {
    assert_int_equal(a[i].kind, b[i].kind);
    assert_int_equal(a[i].person, b[i].person);
    assert_int_equal(a[i].talk, b[i].talk);
    assert_int_equal(a[i].node, b[i].node);
    assert_int_equal(a[i].choice, b[i].choice);
    assert_ptr_equal(a[i].text, b[i].text);
    assert_int_equal(a[i].reaction, b[i].reaction);
    assert_int_equal(a[i].reason, b[i].reason);
    assert_int_equal(a[i].guess, b[i].guess);
    assert_int_equal(a[i].actual, b[i].actual);
    assert_string_equal(a[i].note, b[i].note);
  }
}

static void transcript_is_the_same_after_reload(void **state) {
  (void)state;
  SimScenario *sc = load("career_fair");
  static const SimStrategy BOTS[] = {SIM_BOT_CONNECTOR, SIM_BOT_COLLECTOR, SIM_BOT_RANDOM};
  for (size_t b = 0; b < sizeof BOTS / sizeof BOTS[0]; b++) {
    char dir[] = "/tmp/rapport-transcript-XXXXXX";
    assert_non_null(mkdtemp(dir));
    char path[256];
    snprintf(path, sizeof path, "%s/save.db", dir);
    char msg[512] = "";
    SaveDb *db = NULL;
    assert_int_equal(save_open(path, SAVE_OPEN_DEFAULT, &db, NULL, msg, sizeof msg), SAVE_OK);
    SaveProfile prof;
    memset(&prof, 0, sizeof prof);
    snprintf(prof.name, sizeof prof.name, "Ana");
    assert_int_equal(save_profile_create(db, &prof, msg, sizeof msg), SAVE_OK);

    SimSession *s = sim_session_create(sc, 1234 + b, NULL);
    sim_bot_play_session(s, BOTS[b], 9, NULL);
    for (int t = 0; t < sim_session_talk_count(s); t++) sim_talk_set_guess(s, t, 1 + (t * 2) % 5);
    SaveRecorder rec;
    memset(&rec, 0, sizeof rec);
    assert_int_equal(save_guid_new(rec.row.guid, sizeof rec.row.guid, msg, sizeof msg), SAVE_OK);
    rec.row.profile_id = prof.id;
    snprintf(rec.row.scenario, sizeof rec.row.scenario, "career_fair");
    rec.row.seed = 1234 + b;
    snprintf(rec.row.started, sizeof rec.row.started, "2026-12-04T21:00:00Z");
    assert_int_equal(save_record_begin(db, &rec, msg, sizeof msg), SAVE_OK);
    assert_int_equal(save_record_session(db, &rec, s, SAVE_SESSION_COMPLETED, "2026-12-04T22:00:00Z", msg, sizeof msg),
                     SAVE_OK);
    int64_t id = rec.row.id;
    save_close(db);

    int n_live = build_live(sc, s, live);
    assert_true(n_live > 20);
    sim_session_destroy(s);

    db = NULL;
    assert_int_equal(save_open(path, SAVE_OPEN_DEFAULT, &db, NULL, msg, sizeof msg), SAVE_OK);
    int n_steps = 0, n_guess = 0;
    SimTalkGuess g[SIM_MAX_TALKS];
    assert_int_equal(save_transcript_steps(db, sc, id, steps, SIM_MAX_LOG, &n_steps, g, SIM_MAX_TALKS, &n_guess, msg,
                                           sizeof msg),
                     SAVE_OK);
    int n_stored = sim_transcript_build(sc, steps, n_steps, g, n_guess, stored, MAX_LINES);
    print_message("  %s: %d lines live, %d after reload (%d choices, %d guesses)\n",
                  sim_strategy_name(BOTS[b]), n_live, n_stored, n_steps, n_guess);
    assert_int_equal(n_stored, n_live);
    assert_same(live, stored, n_live);
    save_close(db);
    unlink(path);
    char wal[300];
    snprintf(wal, sizeof wal, "%s-wal", path);
    unlink(wal);
    snprintf(wal, sizeof wal, "%s-shm", path);
    unlink(wal);
    rmdir(dir);
  }
  sim_scenario_destroy(sc);
}

/* Every line the connector says, for every person of every shipped scenario, has a note;
 * and the connector's first line says who it is and why it came over, or greets. */
static void expert_notes_for_every_shipped_line(void **state) {
  (void)state;
  static const char *const IDS[] = {"career_fair", "alumni_mixer", "industry_meetup"};
  for (size_t i = 0; i < sizeof IDS / sizeof IDS[0]; i++) {
    SimScenario *sc = load(IDS[i]);
    int lines = 0;
    SimSession *evening = sim_session_create(sc, 77, NULL);
    assert_non_null(evening);
    for (int p = 0; p < sc->person_count; p++) {
      SimPlayback pb;
      if (!sim_session_person_present(evening, p)) { /* the seed's layout left them out */
        assert_int_equal(sim_expert_play(sc, 77, NULL, p, &pb), SIM_ERR_UNAVAILABLE);
        continue;
      }
      assert_int_equal(sim_expert_play(sc, 77, NULL, p, &pb), SIM_OK);
      assert_true(pb.count >= 2);
      for (int k = 0; k < pb.count; k++) {
        const SimLine *l = &pb.lines[k];
        assert_non_null(l->text);
        if (l->kind != SIM_LINE_PLAYER) continue;
        lines++;
        if (strlen(l->note) < 12) fail_msg("%s/%s: line \"%s\" has no note", IDS[i], sc->people[p].id, l->text);
        if (strchr(l->note, '{') || strchr(l->note, '_'))
          fail_msg("%s: note \"%s\" is not plain words", IDS[i], l->note);
      }
    }
    int pick = sim_expert_pick_person(sc, 77, NULL);
    assert_true(pick >= 0 && pick < sc->person_count);
    assert_true(sim_session_person_present(evening, pick));
    sim_session_destroy(evening);
    print_message("  %s: %d expert lines, each with a note; the briefing shows %s\n", IDS[i], lines,
                  sc->people[pick].name);
    sim_scenario_destroy(sc);
  }
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(transcript_is_the_same_after_reload),
    cmocka_unit_test(expert_notes_for_every_shipped_line),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
