#!/usr/bin/env python3
"""tests/classroom/e2e_class.py — issue 7's end-to-end workshop, through the real binary.

A teacher creates a class and a workshop code; three students play it through the game's
screens on their own save files (tests/replay/class/play_{connector,collector,between}.replay:
a connector-like, a collector-like and an in-between student), three more are played by
the strategy bots (`rapport workshop play`), and one leaves mid-event; the teacher imports
every file twice (the second import adds nothing, the students' files stay byte for byte),
exports CSV and reads it back with Python's csv module; every damaged, foreign, newer or
empty file is refused with exit 1 and the teacher's save unchanged byte for byte; the
dashboard replay writes its named and anonymous screenshots.

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
E2E = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "replay", "class")
PLAYED = [  # name, replay, file: played through the game's screens
    ("Ana Lima", "play_connector.replay", "ana.db"),
    ("Ben \"Benny\" Okoro, Jr.", "play_collector.replay", "ben.db"),
    ("Zoë Ng", "play_between.replay", "zoe.db"),
]
BOTS = [  # name, strategy, file: played by the sim's strategy bots
    ("Dev Patel", "connector", "dev.db"),
    ("Eli Cohen", "collector", "eli.db"),
    ("Fay Li", "random", "fay.db"),
]
failures = []


def run(*args, expect=0):
    p = subprocess.run([RAPPORT, *args], capture_output=True, text=True, encoding="utf-8")
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

# The students, each on their own machine: three through the game's screens, three bots.
for name, replay, file in PLAYED:
    run("--headless", "--replay", os.path.join(E2E, replay), "--screenshot-dir", WORK,
        "--save", os.path.join(WORK, file))
for name, bot, file in BOTS:
    out = run("workshop", "play", code, "--student", name, "--strategy", bot,
              "--save", os.path.join(WORK, file)).stdout
    check(code in out, f"play output lacks the code: {out!r}")
files = [os.path.join(WORK, f) for _, _, f in PLAYED + BOTS]
before = {f: digest(f) for f in files}

first = run("import", *files, "--class", CLASS, "--save", TEACHER).stdout
check("ana.db: 1 session added for Ana Lima, 0 already present" in first, first)
check("ben.db: 1 session added for Ben \"Benny\" Okoro, Jr. (new), 0 already present" in first, first)
check("zoe.db: 1 session added for Zoë Ng (new), 0 already present" in first, first)
check("(6 sessions added)" in first, first)
second = run("import", *files, "--class", CLASS, "--save", TEACHER).stdout
check("(0 sessions added)" in second and second.count("1 already present") == 6, second)
check(before == {f: digest(f) for f in files}, "a student's file changed during import")
check(not any(os.path.exists(f + x) for f in files for x in ("-wal", "-shm")),
      "journal files were left beside a student's file")

# A student who leaves mid-event (tests/replay/class/solo.replay): the row records the code
# and its seed; the unfinished session comes in as abandoned.
cleo = os.path.join(WORK, "cleo.db")
run("--headless", "--replay", os.path.join(E2E, "solo.replay"), "--screenshot-dir", WORK,
    "--save", cleo)
db = sqlite3.connect(cleo)
played = db.execute("SELECT p.name, s.scenario, s.seed, s.workshop FROM sessions s "
                    "JOIN profiles p ON p.id = s.profile_id").fetchall()
db.close()
check(played == [("Cleo", "career_fair", 4242, code)], f"GUI session row: {played}")
p = run("import", cleo, "--class", CLASS, "--save", TEACHER)
check("cleo.db: 1 session added for Cleo (new), 0 already present" in p.stdout, p.stdout)

# CSV, read back by a real parser.
sessions_csv = os.path.join(WORK, "class.csv")
run("export", "--class", CLASS, "--csv", sessions_csv, "--names", "--save", TEACHER)
with open(sessions_csv, newline="", encoding="utf-8") as f:
    raw = f.read()
check(raw.count("\r\n") == 8 and "\n" not in raw.replace("\r\n", ""), "CSV lines must end CRLF")
with open(sessions_csv, newline="", encoding="utf-8") as f:
    rows = list(csv.DictReader(f, strict=True))
check(len(rows) == 7, f"{len(rows)} session rows, wanted 7")
by = {r["student"]: r for r in rows}
names = [n for n, _, _ in PLAYED + BOTS] + ["Cleo"]
check(set(by) == set(names), f"students in CSV: {sorted(by)}")
for r in rows:
    check(r["workshop"] == code and r["scenario"] == "career_fair", f"row {r}")
    check(r["status"] == ("abandoned" if r["student"] == "Cleo" else "completed"), f"status {r}")
    for skill in ("introductions", "curiosity", "generosity", "timing", "follow_through", "energy"):
        check(r[skill] == "" or 0 <= int(r[skill]) <= 100, f"{skill} out of range in {r}")


def figures(group):
    return ({n: float(by[n]["depth_gain"]) for n, _, _ in group},
            {n: int(by[n]["cards"]) for n, _, _ in group})


depth, cards = figures(PLAYED)
(conn, _, _), (coll, _, _), (mid, _, _) = PLAYED
check(depth[conn] > depth[mid] >= depth[coll], f"played depth gains {depth}")
check(int(by[conn]["people_you_could_call"]) > int(by[coll]["people_you_could_call"]), "callable")
bdepth, bcards = figures(BOTS)
(bconn, _, _), (bcoll, _, _), (bmid, _, _) = BOTS
check(bdepth[bconn] > bdepth[bmid] >= bdepth[bcoll], f"bot depth gains {bdepth}")
check(bcards[bcoll] > bcards[bconn], f"bot cards {bcards}")

anon_csv = os.path.join(WORK, "anonymous.csv")
run("export", "--class", CLASS, "--csv", anon_csv, "--anonymous", "--save", TEACHER)
with open(anon_csv, newline="", encoding="utf-8") as f:
    anon = list(csv.DictReader(f, strict=True))
# Anonymous numbers are random per class (issue 14): distinct, and the rows go by number.
numbers = [int(r["student"].removeprefix("Student ")) for r in anon]
check(len(set(numbers)) == 7 and min(numbers) >= 1 and numbers == sorted(numbers),
      f"anonymous students: {[r['student'] for r in anon]}")
default_csv = os.path.join(WORK, "default.csv")
run("export", "--class", CLASS, "--csv", default_csv, "--save", TEACHER)
with open(default_csv, "rb") as f, open(anon_csv, "rb") as g:
    check(f.read() == g.read(), "export without --names must be the anonymous export")
with open(anon_csv, encoding="utf-8") as f:
    text = f.read()
check(all(n.split()[0] not in text for n in names), "a name leaked into --anonymous")

per_csv = os.path.join(WORK, "students.csv")
run("export", "--class", CLASS, "--csv", per_csv, "--per-student", "--names", "--save", TEACHER)
with open(per_csv, newline="", encoding="utf-8") as f:
    per = {r["student"]: r for r in csv.DictReader(f, strict=True)}
check(len(per) == 7 and per["Cleo"]["sessions"] == "0" and per["Ana Lima"]["sessions"] == "1",
      f"per-student rows {per}")
check("depth_trend" in per["Ana Lima"] and "curiosity_trend" in per["Ana Lima"], "trend columns")

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
