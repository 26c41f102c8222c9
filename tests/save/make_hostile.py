#!/usr/bin/env python3
"""make_hostile.py — the hostile-file campaign (issue 12): crafts students' save files that
attack `import`, `report`, `class list`, `export` and the class summary the dashboard reads
(`export --per-student` runs the same save_class_summary_all), and checks that every command
ends in time, without a signal or a sanitizer report, with no raw control character on the
terminal, leaves the student's file as it was (no -wal/-shm beside it), and that a refused
import changes nothing in the teacher's save. Also: FIFOs passed where files are expected,
an over-long `workshop play --student` name, and `import` exiting 1 when it read nothing.

usage: make_hostile.py RAPPORT WORKDIR     (the files stay in WORKDIR/files for inspection)
Prints one line per file and command; exits 1 when any check fails.
"""
import hashlib
import os
import shutil
import sqlite3
import stat
import subprocess
import sys

RAPPORT, WORK = sys.argv[1], sys.argv[2]
FILES = os.path.join(WORK, "files")
CLASS = "10B"
TIMEOUT = 60
failures = []
ENV = dict(os.environ, RAPPORT_ROOT=os.environ.get("RAPPORT_ROOT", os.getcwd()))


def run(*args, timeout=TIMEOUT, expect=None):
    """Runs rapport; returns (exit code or 'timeout', stdout bytes, stderr bytes)."""
    try:
        p = subprocess.run([RAPPORT, *args], capture_output=True, timeout=timeout, env=ENV)
    except subprocess.TimeoutExpired:
        return "timeout", b"", b""
    return p.returncode, p.stdout, p.stderr


def digest(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def check(ok, what):
    if not ok:
        failures.append(what)
    return ok


def clean_output(name, cmd, rc, out, err):
    """No signal, no timeout, no sanitizer report, no raw control bytes on the terminal."""
    text = out + err
    check(rc != "timeout", f"{name}: {cmd} did not finish in {TIMEOUT} s")
    check(isinstance(rc, str) or rc >= 0, f"{name}: {cmd} died of signal {-rc if rc != 'timeout' else ''}")
    check(b"Sanitizer" not in text and b"runtime error" not in text,
          f"{name}: {cmd} sanitizer report: {err[-400:]!r}")
    raw = [c for c in text if (c < 0x20 and c not in (0x0a, 0x09, 0x0d)) or c == 0x7f]
    check(not raw, f"{name}: {cmd} printed raw control bytes {sorted(set(raw))}")
    check(b"\xc2\x9b" not in text and b"\xc2\x9d" not in text, f"{name}: {cmd} printed a C1 control")


# ---- The base files: one laptop (a class-less student), one shared machine (the class) ----

def base_files():
    laptop, shared = os.path.join(WORK, "base_laptop.db"), os.path.join(WORK, "base_shared.db")
    if not os.path.exists(laptop):
        code = run("workshop", "--scenario", "career_fair", "--seed", "4242")[1].decode().strip()
        rc, _, err = run("workshop", "play", code, "--student", "Ana", "--strategy", "connector",
                         "--save", laptop)
        assert rc == 0, err
        run("class", "create", CLASS, "--save", shared)
        run("class", "add", CLASS, "Cleo", "Dev", "--save", shared)
        for who, bot in (("Cleo", "collector"), ("Dev", "connector")):
            rc, _, err = run("workshop", "play", code, "--student", who, "--strategy", bot,
                             "--save", shared)
            assert rc == 0, err
        for p in (laptop, shared):  # a plain rollback-journal file, no WAL beside it
            db = sqlite3.connect(p)
            db.execute("PRAGMA journal_mode=DELETE")
            db.close()
    return laptop, shared


def sql(*statements, base="laptop"):
    """A builder: the base file with `statements` run on it (CHECKs and FKs off)."""
    def build(path, bases):
        shutil.copy(bases[base], path)
        db = sqlite3.connect(path)
        db.execute("PRAGMA ignore_check_constraints = ON")
        db.execute("PRAGMA foreign_keys = OFF")
        for s in statements:
            db.executescript(s) if ";" in s.strip()[:-1] else db.execute(s)
        db.commit()
        db.close()
    return build


def raw(mutate, base="laptop"):
    """A builder: the base file's bytes changed by mutate(bytes) -> bytes."""
    def build(path, bases):
        with open(bases[base], "rb") as f:
            data = f.read()
        with open(path, "wb") as f:
            f.write(mutate(data))
    return build


def many_choices(path, bases):
    shutil.copy(bases["laptop"], path)
    db = sqlite3.connect(path)
    sid = db.execute("SELECT id FROM sessions LIMIT 1").fetchone()[0]
    db.executemany("INSERT OR IGNORE INTO choices(session_id, seq, talk, person, node, choice, "
                   "style) VALUES(?, ?, 1, 'p', 'n', 'c', 's')",
                   ((sid, 1000 + i) for i in range(100_001)))
    db.commit()
    db.close()


def hot_journal_garbage(path, bases):
    shutil.copy(bases["laptop"], path)
    with open(path + "-journal", "wb") as f:
        f.write(b"\xd9\xd5\x05\xf9\x20\xa1\x63\xd7" + os.urandom(4000))


def classmate_guid(path, bases):
    """Ana's file carries Cleo's session (already imported into the teacher's save)."""
    db = sqlite3.connect(bases["shared"])
    guid = db.execute("SELECT s.guid FROM sessions s JOIN profiles p ON p.id = s.profile_id "
                      "WHERE p.name = 'Cleo'").fetchone()[0]
    db.close()
    sql(f"UPDATE sessions SET guid = '{guid}'")(path, bases)


def two_classes(path, bases):
    sql("INSERT INTO classes(id, name) VALUES(77, 'Other')",
        "UPDATE class_members SET class_id = 77", base="shared")(path, bases)


ESC_NAME = "Eve\x1b]0;pwned\x07\x1b[2J"

# (name, builder, import must be refused?)  — refused: exit 1 and the teacher's save unchanged.
CASES = [
    ("name_osc_escape", sql(f"UPDATE profiles SET name = '{ESC_NAME}'"), True),
    ("name_c1_csi", sql("UPDATE profiles SET name = 'Eve' || char(155) || '2J'"), True),
    ("name_invalid_utf8", sql("UPDATE profiles SET name = CAST(x'41fffe42' AS TEXT)"), True),
    ("name_empty", sql("UPDATE profiles SET name = ''"), True),
    ("name_one_megabyte", sql("UPDATE profiles SET name = printf('%.*c', 1048576, 'x')"), True),
    ("scenario_escape", sql("UPDATE sessions SET scenario = 'career' || char(27) || '[31m'"), True),
    ("workshop_escape", sql("UPDATE sessions SET workshop = char(27) || ']0;x' || char(7)"), True),
    ("intention_newline", sql("UPDATE sessions SET intention = 'a' || char(10) || 'b'"), True),
    ("relation_name_escape", sql("UPDATE relations SET name = 'Maya' || char(27) || '[8m'"), True),
    ("reflection_escape", sql("INSERT OR REPLACE INTO reflections SELECT id, 'ok' || char(27) || "
                              "'c' FROM sessions"), True),
    ("reflection_100k", sql("INSERT OR REPLACE INTO reflections SELECT id, printf('%.*c', 100000, "
                            "'r') FROM sessions"), True),
    ("trigger_on_sessions", sql("CREATE TRIGGER t AFTER INSERT ON sessions BEGIN "
                                "SELECT 1; END;"), True),
    ("view_elsewhere", sql("CREATE VIEW extra AS SELECT 1"), True),
    ("generated_column", sql("ALTER TABLE profiles ADD COLUMN g INTEGER AS (id * 2) VIRTUAL"), True),
    ("virtual_table", sql("CREATE VIRTUAL TABLE notes USING fts5(body)"), True),
    ("view_replaces_profiles", sql("ALTER TABLE profiles RENAME TO p0",
                                   "CREATE VIEW profiles AS SELECT * FROM p0"), True),
    ("user_version_max", sql("PRAGMA user_version = 2147483647"), True),
    ("user_version_min", sql("PRAGMA user_version = -2147483648"), True),
    ("user_version_zero_tables", sql("PRAGMA user_version = 0"), True),
    ("foreign_application_id", sql("PRAGMA application_id = 7", "DELETE FROM meta"), True),
    ("depth_infinite", sql("UPDATE sessions SET depth_gain = 1e309"), True),
    ("network_negative", sql("UPDATE sessions SET network_strength = -3"), True),
    ("online_huge", sql("UPDATE sessions SET online_connections = 2000000000"), True),
    ("conversations_negative", sql("UPDATE sessions SET conversations = -1"), True),
    ("skill_negative", sql("UPDATE skills SET energy = -1"), True),
    ("guess_zero", sql("INSERT OR REPLACE INTO guesses SELECT id, 1, 'maya', 0, 9 FROM sessions"), True),
    ("choice_seq_zero", sql("UPDATE choices SET seq = 0 WHERE seq = (SELECT min(seq) FROM choices)"), True),
    ("choice_effect_huge", sql("UPDATE choices SET d_trust = 1e200"), True),
    ("relation_last_day_negative", sql("UPDATE relations SET last_day = -5"), True),
    ("relation_trust_nan_like", sql("UPDATE relations SET trust = -1e308 * 10"), True),
    ("guid_uppercase", sql("UPDATE sessions SET guid = upper(guid) || ''"), True),
    ("guid_of_a_classmate", classmate_guid, True),
    ("choices_100001_rows", many_choices, True),
    ("hot_journal_garbage", hot_journal_garbage, True),
    ("truncated_half", raw(lambda b: b[: len(b) // 2]), True),
    ("page_zeroed", raw(lambda b: b[:4096] + bytes(4096) + b[8192:]), True),
    ("header_garbage", raw(lambda b: b[:16] + os.urandom(84) + b[100:]), True),
    ("two_classless_profiles", sql("INSERT INTO profiles(name) VALUES('Ben')"), True),
    ("only_other_class", two_classes, True),
    # Accepted, with the odd value made harmless.
    ("text_size_99", sql("UPDATE profiles SET text_size = 99"), False),
    ("status_unknown", sql("UPDATE sessions SET status = 'hacked'"), False),
]


def command_runs(name, student, teacher, out_dir):
    """report / class list / export / per-student summary pointed straight at the file."""
    cmds = [
        ("report", ["report", "--profile", "Ana", "--save", student]),
        ("report-csv", ["report", "--profile", "Ana", "--csv", os.path.join(out_dir, "r.csv"),
                        "--save", student]),
        ("class-list", ["class", "list", "--save", student]),
        ("class-list-10B", ["class", "list", CLASS, "--save", student]),
        ("export", ["export", "--class", CLASS, "--csv", os.path.join(out_dir, "e.csv"),
                    "--save", student]),
        ("export-per-student", ["export", "--class", CLASS, "--per-student", "--csv", "-",
                                "--save", student]),
    ]
    for label, args in cmds:
        before = digest(student)
        rc, out, err = run(*args)
        clean_output(name, label, rc, out, err)
        check(digest(student) == before, f"{name}: {label} changed the file")
    # The teacher's side after an import: the class list and the dashboard's summary.
    for label, args in (("teacher-class-list", ["class", "list", CLASS, "--save", teacher]),
                        ("teacher-summary", ["export", "--class", CLASS, "--per-student",
                                             "--csv", "-", "--save", teacher])):
        rc, out, err = run(*args)
        clean_output(name, label, rc, out, err)
        check(rc == 0, f"{name}: {label} failed on the teacher's save: {err[-300:]!r}")


def campaign():
    os.makedirs(FILES, exist_ok=True)
    laptop, shared = base_files()
    bases = {"laptop": laptop, "shared": shared}
    teacher = os.path.join(WORK, "teacher.db")
    for p in (teacher, teacher + "-wal", teacher + "-shm"):
        if os.path.exists(p):
            os.unlink(p)
    rc, _, err = run("class", "create", CLASS, "--save", teacher)
    assert rc == 0, err
    rc, _, err = run("import", shared, "--class", CLASS, "--save", teacher)
    assert rc == 0, err
    results = {"refused": 0, "accepted": 0}
    for name, build, refuse in CASES:
        path = os.path.join(FILES, name + ".db")
        for suffix in ("", "-wal", "-shm", "-journal"):
            if os.path.exists(path + suffix):
                os.unlink(path + suffix)
        build(path, bases)
        before_student = digest(path)
        before_teacher = digest(teacher)
        # --with-reflections: the students' reflections are read (and checked) too.
        rc, out, err = run("import", path, "--class", CLASS, "--with-reflections", "--save",
                           teacher)
        clean_output(name, "import", rc, out, err)
        if refuse:
            check(rc == 1, f"{name}: import exit {rc}, wanted 1 (refused): {out[-200:]!r}")
            check(digest(teacher) == before_teacher, f"{name}: a refused import changed the teacher's save")
        else:
            check(rc == 0, f"{name}: import exit {rc}, wanted 0: {err[-300:]!r}")
        check(digest(path) == before_student, f"{name}: import changed the student's file")
        left = [s for s in ("-wal", "-shm") if os.path.exists(path + s)]
        check(not left, f"{name}: import left {left} beside the student's file")
        results["refused" if rc == 1 else "accepted"] += 1
        why = (err.decode("utf-8", "replace").strip().splitlines() or [""])[-1][:150]
        print(f"{name:30} import exit {rc}  {why}")
        command_runs(name, path, teacher, WORK)
    return results


def fifo_and_names():
    """Findings 10b/10c: FIFOs where files are expected; an over-long student name."""
    fifo = os.path.join(WORK, "fifo")
    if os.path.exists(fifo):
        os.unlink(fifo)
    os.mkfifo(fifo)
    for label, args in (("validate", ["validate", fifo]),
                        ("simulate --scenario", ["simulate", "--scenario", fifo, "--strategy", "connector",
                                                 "--runs", "1"]),
                        ("--replay", ["--headless", "--replay", fifo, "--save",
                                      os.path.join(WORK, "fifo-game.db")]),
                        ("--scenario", ["--headless", "--scenario", fifo, "--replay",
                                        os.path.join(os.path.dirname(__file__), "..", "e2e",
                                                     "title.replay"),
                                        "--save", os.path.join(WORK, "fifo-game.db")]),
                        ("import", ["import", fifo, "--class", CLASS, "--save",
                                    os.path.join(WORK, "teacher.db")])):
        rc, out, err = run(*args, timeout=20)
        clean_output("fifo", label, rc, out, err)
        check(rc not in (0, "timeout"), f"fifo: {label} exit {rc}, wanted a refusal")
        print(f"{'fifo ' + label:30} exit {rc}  {(err.decode('utf-8', 'replace').strip().splitlines() or [''])[-1][:120]}")
    long_name = "N" * 64
    save = os.path.join(WORK, "long.db")
    rc, out, err = run("workshop", "play", "9D01-14JN", "--student", long_name, "--strategy",
                       "connector", "--save", save)
    check(rc == 1 and b"too long" in err, f"long name: workshop play exit {rc}: {err!r}")
    rc2, _, err2 = run("class", "add", CLASS, long_name, "--save", os.path.join(WORK, "teacher.db"))
    check(rc2 != 0, "long name: class add accepted it")
    print(f"{'workshop play 64-byte name':30} exit {rc}  {err.decode().strip()[:120]}")
    # import exits 1 when it read nothing (no student of the class in the file).
    other = os.path.join(WORK, "other_class.db")
    if os.path.exists(other):
        os.unlink(other)
    run("class", "create", "Other", "--save", other)
    run("class", "add", "Other", "Zed", "Yan", "--save", other)
    rc, out, err = run("import", other, "--class", CLASS, "--save", os.path.join(WORK, "teacher.db"))
    check(rc == 1, f"nothing read: import exit {rc}")
    print(f"{'import, no student of class':30} exit {rc}  {err.decode().strip()[:120]}")


if __name__ == "__main__":
    os.makedirs(WORK, exist_ok=True)
    r = campaign()
    fifo_and_names()
    print(f"{len(CASES)} crafted files: {r['refused']} refused, {r['accepted']} accepted")
    for f in failures:
        print("FAIL:", f)
    sys.exit(1 if failures else 0)
