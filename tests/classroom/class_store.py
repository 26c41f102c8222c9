#!/usr/bin/env python3
"""tests/classroom/class_store.py — issue 14's store and command line, through the real binary.

Spreadsheet-safe CSV (hostile names neutralised, numbers numeric, --excel BOM), private by
default (anonymous export sorted by a random stable number, --names to opt in), import
refusing an empty save and a -wal it cannot account for, roster hygiene ("liam murphy ",
a decomposed "Zoë" join the members already there; rename, merge), and erasure of a
student and a class (no row left referencing them, foreign_key_check clean, re-import
afterwards works as a fresh import).

usage: class_store.py RAPPORT WORKDIR
"""
import csv
import os
import shutil
import sqlite3
import subprocess
import sys

RAPPORT, WORK = sys.argv[1], sys.argv[2]
CLASS = "10B"
TEACHER = os.path.join(WORK, "teacher.db")
failures = []
HOSTILE = ["=cmd|'/C calc'!A0", '=HYPERLINK("http://x")', "@SUM(1+1)", "+1", "-2",
           "Zo\u00eb"]   # a tab or CR in a name: see test_save_handin.c (import refuses them)


def run(*args, expect=0):
    p = subprocess.run([RAPPORT, *args], capture_output=True, text=True, encoding="utf-8")
    if expect is not None and p.returncode != expect:
        failures.append(f"rapport {' '.join(args)}: exit {p.returncode}, wanted {expect}\n"
                        f"stdout: {p.stdout}\nstderr: {p.stderr}")
    return p


def check(cond, what):
    if not cond:
        failures.append(what)


def student_file(name, strategies, fname):
    path = os.path.join(WORK, fname)
    for strategy in strategies.split():
        run("workshop", "play", CODE, "--student", name, "--strategy", strategy, "--save", path)
    return path


def read_csv(path, bom=False):
    with open(path, "rb") as f:
        raw = f.read()
    check(raw.startswith(b"\xef\xbb\xbf") == bom, f"{path}: BOM {'missing' if bom else 'unwanted'}")
    with open(path, newline="", encoding="utf-8-sig") as f:
        return list(csv.reader(f, strict=True))


def scalar(sql, *params):
    db = sqlite3.connect(TEACHER)
    try:
        return db.execute(sql, params).fetchone()[0]
    finally:
        db.close()


shutil.rmtree(WORK, ignore_errors=True)
os.makedirs(WORK)
CODE = run("workshop", "--scenario", "career_fair", "--seed", "77").stdout.strip()
run("class", "create", CLASS, "--save", TEACHER)
run("class", "add", CLASS, "--save", TEACHER, "--", "Liam Murphy", *HOSTILE, "\tTab  Name\r")
check(scalar("SELECT count(*) FROM profiles WHERE name = 'Tab Name'") == 1, "a name not tidied")

# ---- 1. Spreadsheet-safe CSV ----
# Connector then collector: the depth trend goes down, written as a plain negative number.
files = {n: student_file(n, "connector collector" if i % 2 else "collector connector", f"h{i}.db")
         for i, n in enumerate(HOSTILE)}
for path in files.values():
    run("import", path, "--class", CLASS, "--save", TEACHER)
TEXT_COLS = {"student", "date", "scenario", "workshop", "status", "first_date", "latest_date"}
for per in (False, True):
    out = os.path.join(WORK, f"named{int(per)}.csv")
    run("export", "--class", CLASS, "--csv", out, "--names", *(["--per-student"] if per else []),
        "--save", TEACHER)
    rows = read_csv(out)
    head, body = rows[0], rows[1:]
    check(len(body) == (8 if per else 12), f"{out}: {len(body)} rows")
    negatives = 0
    for row in body:
        for col, cell in zip(head, row):
            if col in TEXT_COLS:
                check(not cell or cell[0] not in "=+-@\t\r", f"{out}: text cell {cell!r} in {col}")
            elif cell:
                try:
                    float(cell)
                except ValueError:
                    failures.append(f"{out}: {col} = {cell!r} is not a number")
                check(not cell.startswith("+"), f"{out}: {col} = {cell!r} has a plus sign")
                negatives += cell.startswith("-")
    students = {r[0] for r in body}
    for name in HOSTILE:
        want = "'" + name if name[0] in "=+-@\t\r" else name
        check(want in students, f"{out}: {want!r} not among {sorted(students)}")
    if per:
        check(negatives > 0, f"{out}: no negative trend written as a plain number")
report = run("report", "--profile", HOSTILE[0], "--class", CLASS, "--csv", "-", "--save", TEACHER)
rrows = list(csv.reader(report.stdout.splitlines(), strict=True))
check(len(rrows) == 3 and rrows[1][0] == "'" + HOSTILE[0], f"report CSV: {rrows[:2]}")
check(all(float(c) >= 0 for c in rrows[1][7:10]), f"report numbers: {rrows[1]}")
excel = os.path.join(WORK, "excel.csv")
run("export", "--class", CLASS, "--csv", excel, "--names", "--excel", "--save", TEACHER)
check(any(r[0] == "Zo\u00eb" for r in read_csv(excel, bom=True)), "Zoë lost in the --excel CSV")

# ---- 4. Private by default ----
anon_path, again_path = os.path.join(WORK, "anon.csv"), os.path.join(WORK, "anon2.csv")
p = run("export", "--class", CLASS, "--csv", anon_path, "--per-student", "--save", TEACHER)
check("(anonymous)" in p.stdout, p.stdout)
run("export", "--class", CLASS, "--csv", again_path, "--per-student", "--anonymous", "--save", TEACHER)
anon = read_csv(anon_path)[1:]
nums = [int(r[0].removeprefix("Student ")) for r in anon]
check(nums == sorted(nums) and len(set(nums)) == 8, f"anonymous numbers {nums}")
check(nums != list(range(1, 9)), f"anonymous numbers are the join order: {nums}")
check(read_csv(again_path)[1:] == anon, "the anonymous numbering changed between exports")
with open(anon_path, encoding="utf-8") as f:
    text = f.read()
check("Liam" not in text and "HYPERLINK" not in text, "a name leaked into the default export")
stored = scalar("SELECT group_concat(anon) FROM (SELECT anon FROM class_members ORDER BY anon)")
check(stored == ",".join(map(str, nums)), f"stored numbers {stored} vs CSV {nums}")
run("export", "--class", CLASS, "--csv", "-", "--names", "--anonymous", "--save", TEACHER, expect=2)
# Reflections stay on the student's machine unless asked for.
refl = student_file("Refl Student", "connector", "refl.db")
db = sqlite3.connect(refl)
db.execute("INSERT INTO reflections SELECT id, 'my private words' FROM sessions")
db.commit()
db.close()
run("import", refl, "--class", CLASS, "--save", TEACHER)
check(scalar("SELECT count(*) FROM reflections") == 0, "reflections imported by default")
refl2 = student_file("Refl Two", "connector", "refl2.db")
db = sqlite3.connect(refl2)
db.execute("INSERT INTO reflections SELECT id, 'shared on purpose' FROM sessions")
db.commit()
db.close()
run("import", refl2, "--class", CLASS, "--with-reflections", "--save", TEACHER)
check(scalar("SELECT count(*) FROM reflections") == 1, "--with-reflections took no reflection")

# ---- 5. Roster hygiene ----
members = scalar("SELECT count(*) FROM class_members")
for i, typed in enumerate(["liam murphy", "Liam  Murphy ", "Zoe\u0308", "ZOË"]):
    path = student_file(typed, "random", f"typo{i}.db")
    p = run("import", path, "--class", CLASS, "--save", TEACHER)
    check("(new)" not in p.stdout, f"{typed!r} became a new student: {p.stdout}")
check(scalar("SELECT count(*) FROM class_members") == members, "typed names added members")
check(scalar("SELECT count(*) FROM sessions s JOIN profiles p ON p.id = s.profile_id "
             "WHERE p.name = 'Liam Murphy'") == 2, "Liam's typo sessions not his")
run("class", "rename", CLASS, "liam murphy", "Liam O'Murphy", "--save", TEACHER)
check(scalar("SELECT count(*) FROM profiles WHERE name = 'Liam O''Murphy'") == 1, "rename")
run("class", "rename", CLASS, "Liam O'Murphy", "zoë", "--save", TEACHER, expect=1)
run("class", "merge", CLASS, "Refl Two", "Refl Student", "--save", TEACHER)
check(scalar("SELECT count(*) FROM profiles WHERE name = 'Refl Two'") == 0, "merge kept FROM")
check(scalar("SELECT count(*) FROM sessions s JOIN profiles p ON p.id = s.profile_id "
             "WHERE p.name = 'Refl Student'") == 2, "merge lost sessions")

# ---- 3. Erasure ----
def references(pid):
    return {t: scalar(sql, pid) for t, sql in {
        "profiles": "SELECT count(*) FROM profiles WHERE id = ?",
        "sessions": "SELECT count(*) FROM sessions WHERE profile_id = ?",
        "choices": "SELECT count(*) FROM choices WHERE session_id NOT IN (SELECT id FROM sessions)"
                   " AND ? IS NOT NULL",
        "skills": "SELECT count(*) FROM skills WHERE session_id NOT IN (SELECT id FROM sessions)"
                  " AND ? IS NOT NULL",
        "relations": "SELECT count(*) FROM relations WHERE profile_id = ?",
        "maintenance": "SELECT count(*) FROM maintenance WHERE profile_id = ?",
        "class_members": "SELECT count(*) FROM class_members WHERE profile_id = ?",
    }.items()}


zoe = scalar("SELECT id FROM profiles WHERE name = 'Zoë'")
check(scalar("SELECT count(*) FROM sessions WHERE profile_id = ?", zoe) > 0, "Zoë has no sessions")
check(scalar("SELECT count(*) FROM relations WHERE profile_id = ?", zoe) > 0, "Zoë has no roster")
run("class", "remove", CLASS, "zoe", "--save", TEACHER, expect=1)          # no --yes
check(scalar("SELECT count(*) FROM profiles WHERE id = ?", zoe) == 1, "removed without --yes")
run("class", "remove", CLASS, "zoe", "--yes", "--save", TEACHER)
left = {t: n for t, n in references(zoe).items() if n}
check(not left, f"rows still reference the erased student: {left}")
db = sqlite3.connect(TEACHER)
check(db.execute("PRAGMA foreign_key_check").fetchall() == [], "foreign_key_check after remove")
db.close()
p = run("import", files["Zo\u00eb"], "--class", CLASS, "--save", TEACHER)
check("2 sessions added for Zoë (new), 0 already present" in p.stdout, f"re-import: {p.stdout}")
run("class", "delete", CLASS, "--save", TEACHER, expect=1)                 # no --yes
check(scalar("SELECT count(*) FROM classes") == 1, "class deleted without --yes")
run("class", "delete", CLASS, "--yes", "--save", TEACHER)
for table in ("classes", "class_members", "profiles", "sessions", "choices", "skills",
              "relations", "guesses", "reflections", "maintenance"):
    check(scalar(f"SELECT count(*) FROM {table}") == 0, f"{table} not empty after class delete")
db = sqlite3.connect(TEACHER)
check(db.execute("PRAGMA foreign_key_check").fetchall() == [], "foreign_key_check after delete")
db.close()
run("class", "create", CLASS, "--save", TEACHER)
p = run("import", files["Zo\u00eb"], "--class", CLASS, "--save", TEACHER)
check("2 sessions added for Zoë (new), 0 already present" in p.stdout, f"fresh import: {p.stdout}")

# ---- 2. Files for hand-in: an empty save, a -wal that is not the file's ----
empty = os.path.join(WORK, "empty.db")
run("class", "create", "Other", "--save", empty)
p = run("import", empty, "--class", CLASS, "--save", TEACHER, expect=1)
check("holds no students at all" in p.stderr and "-wal" in p.stderr, f"empty save: {p.stderr}")
torn = os.path.join(WORK, "torn.db")
shutil.copy(files["+1"], torn)
with open(torn + "-wal", "wb") as f:
    f.write(b"\x37\x7f\x06\x82" + b"\0" * 100)      # a log header, then a torn frame
p = run("import", torn, "--class", CLASS, "--save", TEACHER, expect=1)
check("-wal file beside it" in p.stderr, f"torn -wal: {p.stderr}")

if failures:
    print("\n".join(failures))
    sys.exit(1)
print("class store: CSV safety, privacy, roster hygiene, erasure and hand-in checks passed")
