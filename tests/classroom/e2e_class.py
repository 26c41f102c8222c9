#!/usr/bin/env python3
"""tests/classroom/e2e_class.py — issue 7's end-to-end workshop, through the real binary.

A teacher creates a class and a workshop code; three students play headless under that
code on their own save files (a connector, a collector and a random player in between);
the teacher imports the files twice (the second import adds nothing, the students' files
stay byte for byte), exports CSV and reads it back with Python's csv module; every damaged,
foreign, newer or empty file is refused with exit 1 and the teacher's save unchanged byte
for byte; the dashboard replay writes its named and anonymous screenshots.

usage: e2e_class.py RAPPORT WORKDIR [DASHBOARD_REPLAY]
"""
import csv
import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys

RAPPORT, WORK = sys.argv[1], sys.argv[2]
REPLAY = sys.argv[3] if len(sys.argv) > 3 else None
CLASS = "Year 10, Careers"
TEACHER = os.path.join(WORK, "teacher.db")
STUDENTS = [  # name, strategy, file
    ("Ana Lima", "connector", "ana.db"),
    ("Ben \"Benny\" Okoro, Jr.", "collector", "ben.db"),
    ("Zoë Ng", "random", "zoe.db"),
]
failures = []


def run(*args, expect=0):
    p = subprocess.run([RAPPORT, *args], capture_output=True, text=True)
    if p.returncode != expect:
        failures.append(f"rapport {' '.join(args)}: exit {p.returncode}, wanted {expect}\n"
                        f"stdout: {p.stdout}\nstderr: {p.stderr}")
    return p


def check(cond, what):
    if not cond:
        failures.append(what)


def digest(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


shutil.rmtree(WORK, ignore_errors=True)
os.makedirs(WORK)

# The teacher: a class (one student added by hand, the others arrive with the import).
run("class", "create", CLASS, "--save", TEACHER)
run("class", "add", CLASS, "Ana Lima", "--save", TEACHER)
code = run("workshop", "--scenario", "career_fair", "--seed", "4242").stdout.strip()
check(len(code) == 9 and code[4] == "-", f"workshop code looks wrong: {code!r}")
meaning = run("workshop", "check", code.lower().replace("-", "")).stdout
check("career_fair" in meaning and "seed 4242" in meaning, f"check says {meaning!r}")

# The students, each on their own machine.
for name, bot, file in STUDENTS:
    out = run("workshop", "play", code, "--student", name, "--strategy", bot,
              "--save", os.path.join(WORK, file)).stdout
    check(code in out, f"play output lacks the code: {out!r}")
files = [os.path.join(WORK, f) for _, _, f in STUDENTS]
before = {f: digest(f) for f in files}

first = run("import", *files, "--class", CLASS, "--save", TEACHER).stdout
check("ana.db: 1 session added for Ana Lima, 0 already present" in first, first)
check("zoe.db: 1 session added for Zoë Ng (new), 0 already present" in first, first)
check("(3 sessions added)" in first, first)
second = run("import", *files, "--class", CLASS, "--save", TEACHER).stdout
check("(0 sessions added)" in second and second.count("1 already present") == 3, second)
check(before == {f: digest(f) for f in files}, "a student's file changed during import")
check(not any(os.path.exists(f + x) for f in files for x in ("-wal", "-shm")),
      "journal files were left beside a student's file")

# CSV, read back by a real parser.
sessions_csv = os.path.join(WORK, "class.csv")
run("export", "--class", CLASS, "--csv", sessions_csv, "--save", TEACHER)
with open(sessions_csv, newline="", encoding="utf-8") as f:
    raw = f.read()
check(raw.count("\r\n") == 4 and "\n" not in raw.replace("\r\n", ""), "CSV lines must end CRLF")
with open(sessions_csv, newline="", encoding="utf-8") as f:
    rows = list(csv.DictReader(f, strict=True))
check(len(rows) == 3, f"{len(rows)} session rows, wanted 3")
by = {r["student"]: r for r in rows}
check(set(by) == {n for n, _, _ in STUDENTS}, f"students in CSV: {sorted(by)}")
for r in rows:
    check(r["workshop"] == code and r["scenario"] == "career_fair" and r["status"] == "completed",
          f"row {r}")
    for skill in ("introductions", "curiosity", "generosity", "timing", "follow_through", "energy"):
        check(0 <= int(r[skill]) <= 100, f"{skill} out of range in {r}")
conn, coll, mid = (by[n] for n, _, _ in STUDENTS)
depth = {k: float(v["depth_gain"]) for k, v in (("conn", conn), ("coll", coll), ("mid", mid))}
cards = {k: int(v["cards"]) for k, v in (("conn", conn), ("coll", coll), ("mid", mid))}
check(depth["conn"] > depth["mid"] >= depth["coll"], f"depth gains {depth}")
check(cards["coll"] > cards["conn"], f"cards {cards}")
check(int(conn["people_you_could_call"]) > int(coll["people_you_could_call"]), "callable")

anon_csv = os.path.join(WORK, "anonymous.csv")
run("export", "--class", CLASS, "--csv", anon_csv, "--anonymous", "--save", TEACHER)
with open(anon_csv, newline="", encoding="utf-8") as f:
    anon = list(csv.DictReader(f, strict=True))
check(sorted(r["student"] for r in anon) == ["Student 1", "Student 2", "Student 3"],
      f"anonymous students: {[r['student'] for r in anon]}")
with open(anon_csv, encoding="utf-8") as f:
    text = f.read()
check(all(n.split()[0] not in text for n, _, _ in STUDENTS), "a name leaked into --anonymous")

per_csv = os.path.join(WORK, "students.csv")
run("export", "--class", CLASS, "--csv", per_csv, "--per-student", "--save", TEACHER)
with open(per_csv, newline="", encoding="utf-8") as f:
    per = list(csv.DictReader(f, strict=True))
check(len(per) == 3 and all(r["sessions"] == "1" for r in per), f"per-student rows {per}")
check("depth_trend" in per[0] and "curiosity_trend" in per[0], "per-student trend columns")

# A student plays through the game's screens under the code (tests/e2e/class_solo.replay):
# the session row records the code, its seed, and comes into the class with the others.
SOLO = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "e2e", "class_solo.replay")
cleo = os.path.join(WORK, "cleo.db")
run("--headless", "--replay", SOLO, "--screenshot-dir", WORK, "--save", cleo)
db = sqlite3.connect(cleo)
played = db.execute("SELECT p.name, s.scenario, s.seed, s.workshop FROM sessions s "
                    "JOIN profiles p ON p.id = s.profile_id").fetchall()
db.close()
check(played == [("Cleo", "career_fair", 4242, code)], f"GUI session row: {played}")
p = run("import", cleo, "--class", CLASS, "--save", TEACHER)
check("cleo.db: 1 session added for Cleo (new), 0 already present" in p.stdout, p.stdout)

# Damaged files: refused, exit 1, the teacher's save byte for byte unchanged.
def bad(name, data):
    path = os.path.join(WORK, name)
    with open(path, "wb") as f:
        f.write(data)
    return path

with open(files[0], "rb") as f:
    good = f.read()
cases = {
    "empty": bad("empty.db", b""),
    "text": bad("notes.db", "Ana's notes, not a save\n".encode()),
    "truncated": bad("truncated.db", good[:4096]),
    "noise": bad("noise.db", good[:4096] + bytes((i * 37 + 11) % 256 for i in range(len(good) - 4096))),
}
foreign = os.path.join(WORK, "foreign.db")
db = sqlite3.connect(foreign)
db.execute("CREATE TABLE songs(title TEXT)")
db.commit()
db.close()
cases["foreign"] = foreign
newer = os.path.join(WORK, "newer.db")
shutil.copy(files[1], newer)
db = sqlite3.connect(newer)
db.execute("PRAGMA user_version = 99")
db.commit()
db.close()
cases["newer"] = newer
cases["missing"] = os.path.join(WORK, "missing.db")
for what, path in cases.items():
    was = digest(TEACHER)
    p = run("import", path, "--class", CLASS, "--save", TEACHER, expect=1)
    check("refused" in p.stderr, f"{what}: no refusal message: {p.stderr!r}")
    check(digest(TEACHER) == was, f"{what}: the teacher's save changed")
    check(not os.path.exists(TEACHER + "-wal"), f"{what}: a -wal file was left")
# A good file next to a bad one: the good one is imported, the exit status says 1.
p = run("import", files[0], cases["text"], "--class", CLASS, "--save", TEACHER, expect=1)
check("0 sessions added for Ana Lima" in p.stdout, p.stdout)

# Usage errors.
run("import", "--class", CLASS, expect=2)
run("import", files[0], expect=2)
run("import", files[0], "--class", CLASS, "--bogus", expect=2)
run("export", "--class", CLASS, expect=2)
run("export", "--csv", "x.csv", "--class", CLASS, "--frobnicate", expect=2)
run("class", "frobnicate", expect=2)
run("workshop", "--scenario", "career_fair", "--seed", "99999999", expect=2)
run("workshop", "check", code[:3] + ("X" if code[3] != "X" else "Y") + code[4:], expect=1)
for cmd in ("import", "export", "class", "workshop"):
    check("usage: rapport " + cmd in run(cmd, "--help").stdout, f"{cmd} --help")

# The dashboard, named and anonymous, drawn from the teacher's save.
if REPLAY:
    shots = os.path.join(WORK, "screenshots")
    os.makedirs(shots, exist_ok=True)
    run("--headless", "--replay", REPLAY, "--screenshot-dir", shots, "--save", TEACHER)
    for shot in ("dashboard_named", "dashboard_anonymous"):
        path = os.path.join(shots, shot + ".bmp")
        check(os.path.exists(path) and os.path.getsize(path) >= 3686400, f"missing {path}")

if failures:
    print("\n".join(failures))
    sys.exit(1)
print(f"classroom end-to-end: ok (code {code}, depth {depth}, cards {cards})")
