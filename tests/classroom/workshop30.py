#!/usr/bin/env python3
"""workshop30.py — issue 14's 30-student workshop, end to end through the real binary.

A class of 30 with diverse names and two students called Ana Lima (numbers 1001, 1002).
Sessions are played headless (`rapport workshop play` with strategy bots) on:
  - a shared laptop holding the class roster, used by three students (one of them plays
    without the code);
  - 18 students' own laptops (class-less profiles), one a family laptop where a sibling
    also has a profile (played at home, no code), one typed "liam murphy", one
    "Sofia Hernandes", one "Zoe Ng";
  - 7 students who hand in results codes through a learning platform list (one with the
    student number that tells the second Ana Lima apart, one line mistyped);
two students are absent. Hand-in files go to one folder, imported with `rapport import DIR`.
Asserts: every session lands with the right student; nothing from the sibling; the roster
is still 30 after accepting the suggestion; `report --summary` separates played / played
without the code / nothing handed in and is anonymous unless --named; the CSV export is
anonymous by default; importing again adds nothing; erasing a student or the class leaves
PRAGMA foreign_key_check clean and no row behind, and re-import after erasure works as a
fresh import. Also renders the three printable pages to PDF (weasyprint), checks each is one
page (pdfinfo) and writes PNGs (pdftoppm) to WORK/pages to look at, and prints the hand-in +
import-folder time for 30 files (a figure, never asserted).

usage: workshop30.py RAPPORT WORKDIR
"""
import csv
import io
import os
import shutil
import sqlite3
import subprocess
import sys
import time

RAPPORT, WORK = sys.argv[1], sys.argv[2]
CLASS = "Year 10 Careers"
FAILS = []


def run(*args, want=0, stdin=None):
    p = subprocess.run([RAPPORT, *args], capture_output=True, text=True, input=stdin)
    if want is not None and p.returncode != want:
        print(f"FAIL: rapport {' '.join(args)} exit {p.returncode}, wanted {want}\n"
              f"{p.stdout}\n{p.stderr}")
        sys.exit(1)
    return p


def check(cond, what):
    if not cond:
        FAILS.append(what)
        print("FAIL:", what)


ROSTER = ["Liam Murphy", "Sofía Hernández", "Zoë Ng", "Ben Okoro", "Aiyana Redcloud",
          "Chidi Okafor", "Mei Chen", "Arjun Patel", "Fatima Al-Sayed", "Jakub Nowak",
          "Siobhán O'Brien", "Kwame Mensah", "Yuki Tanaka", "Olga Ivanova", "Mateo Rossi",
          "Leila Haddad", "Noah Brown", "Priya Sharma", "Tomás Silva", "Emma Schmidt",
          "Hana Kim", "Lucas Dubois", "Amara Diallo", "Ingrid Larsen", "Omar Farouk",
          "Nguyen Van An", "Isabella García", "Dmitri Volkov"]   # + two Ana Limas = 30
SHARED = ["Ana Lima", "Ben Okoro", "Mei Chen"]          # Mei plays without the code
OWN = {  # typed on the laptop -> the member it is
    "liam murphy": "Liam Murphy", "Sofia Hernandes": "Sofía Hernández", "Zoe Ng": "Zoë Ng",
    "Chidi Okafor": "Chidi Okafor", "Arjun Patel": "Arjun Patel",
    "Fatima Al-Sayed": "Fatima Al-Sayed", "Jakub Nowak": "Jakub Nowak",
    "Siobhán O'Brien": "Siobhán O'Brien", "Kwame Mensah": "Kwame Mensah",
    "Yuki Tanaka": "Yuki Tanaka", "Olga Ivanova": "Olga Ivanova", "Mateo Rossi": "Mateo Rossi",
    "Leila Haddad": "Leila Haddad", "Noah Brown": "Noah Brown", "Priya Sharma": "Priya Sharma",
    "Tomás Silva": "Tomás Silva", "Emma Schmidt": "Emma Schmidt", "Hana Kim": "Hana Kim"}
CODES = {"Ana Lima": "1002", "Lucas Dubois": "", "Amara Diallo": "", "Ingrid Larsen": "",
         "Omar Farouk": "", "Nguyen Van An": "", "Isabella García": ""}
ABSENT = ["Aiyana Redcloud", "Dmitri Volkov"]
BOTS = ["connector", "collector", "random", "explorer"]


def main():
    shutil.rmtree(WORK, ignore_errors=True)
    os.makedirs(WORK)
    teacher = os.path.join(WORK, "teacher.db")
    hand = os.path.join(WORK, "handin")
    os.makedirs(hand)
    code = run("workshop", "--scenario", "career_fair", "--seed", "4242").stdout.split()[0]
    check(len(code) == 9 and code[4] == "-", f"workshop code {code!r}")

    # The teacher's class: 28 names and the two Ana Limas told apart by number.
    run("class", "create", CLASS, "--save", teacher)
    run("class", "add", CLASS, *ROSTER, "--save", teacher)
    run("class", "add", CLASS, "Ana Lima", "--number", "1001", "--save", teacher)
    run("class", "add", CLASS, "Ana Lima", "--number", "1002", "--save", teacher)
    listed = run("class", "list", CLASS, "--save", teacher).stdout
    check(f'"{CLASS}": 30 students' in listed, "roster of 30 before the lesson")

    # The shared laptop: the class roster (with Ana's number), three students.
    shared = os.path.join(WORK, "shared.db")
    run("class", "create", CLASS, "--save", shared)
    run("class", "add", CLASS, "Ben Okoro", "Mei Chen", "--save", shared)
    run("class", "add", CLASS, "Ana Lima", "--number", "1001", "--save", shared)
    t0 = time.monotonic()
    for i, name in enumerate(SHARED):
        extra = ["--off-code"] if name == "Mei Chen" else []
        run("workshop", "play", code, "--student", name, "--strategy", BOTS[i % 4], *extra,
            "--save", shared)
        run("handin", "--to", hand, "--profile", name, "--class", CLASS, "--save", shared,
            "--date", "2026-12-04")
    # Own laptops (a family laptop has the sibling too).
    for i, typed in enumerate(OWN):
        laptop = os.path.join(WORK, f"laptop{i:02d}.db")
        run("workshop", "play", code, "--student", typed, "--strategy", BOTS[i % 4],
            "--save", laptop)
        if typed == "Noah Brown":
            # The sibling plays at home without the code: a session that is not the class's.
            run("workshop", "play", code, "--student", "Mia Brown", "--strategy", "random",
                "--off-code", "--save", laptop)
            p = run("handin", "--to", hand, "--profile", "Mia Brown", "--save", laptop, want=1)
            check("workshop code" in p.stderr, "the sibling has nothing to hand in")
            shutil.copy(laptop, os.path.join(WORK, "brown-family.db"))
        run("handin", "--to", hand, "--profile", typed, "--save", laptop, "--date", "2026-12-04")
    handin_s = time.monotonic() - t0
    files = sorted(os.listdir(hand))
    check(len(files) == 21, f"21 hand-in files, got {len(files)}: {files}")
    check(not any(f.endswith(("-wal", "-shm", ".tmp")) for f in files), "no -wal/-shm/tmp files")
    check("Year_10_Careers-Ana_Lima-2026-12-04.rapport" in files, f"file names: {files[:3]}")

    # Results codes, as a learning platform exports them (one line mistyped).
    lines = ["Full name\tResults code"]
    for i, (name, number) in enumerate(CODES.items()):
        laptop = os.path.join(WORK, f"codes{i:02d}.db")
        run("workshop", "play", code, "--student", name, "--strategy", BOTS[i % 4], "--save", laptop)
        out = run("handin", "--code", "--save", laptop).stdout.split()
        rcode = out[2]
        lines.append(f"{name}\t{rcode}" + (f"\t{number}" if number else ""))
    typo = lines[3].split("\t")
    bad = typo[1][:5] + ("B" if typo[1][5] != "B" else "C") + typo[1][6:]
    lines.insert(4, f"{typo[0]}\t{bad}")           # line 5: a mistyped copy
    codes_file = os.path.join(WORK, "lms.tsv")
    with open(codes_file, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n\n")

    # Import the folder: Sofia Hernandes is held until the teacher chooses.
    t0 = time.monotonic()
    p = run("import", hand, "--class", CLASS, "--save", teacher, want=1)
    import_s = time.monotonic() - t0
    check('"Sofia Hernandes" is not in the class; is it Sofía Hernández' in p.stdout,
          "suggestion printed: " + p.stdout[-600:])
    check("--accept-all" in p.stdout, "says what to run")
    check("Imported 20 of 21 files" in p.stdout, "20 files imported, Sofia's held: " + p.stdout[-300:])
    check(count(teacher, "SELECT count(*) FROM class_members") == 30, "no near-duplicate member made")
    p = run("import", hand, "--class", CLASS, "--save", teacher, "--accept-all")
    check("Imported 21 of 21 files" in p.stdout and "1 session added" in p.stdout,
          "accepted: " + p.stdout[-300:])
    # The family laptop's own save: two profiles without a class, nothing imported.
    p = run("import", os.path.join(WORK, "brown-family.db"), "--class", CLASS, "--save", teacher, want=1)
    check("left out" in p.stdout, "family save: " + p.stdout)
    # The codes: the mistyped line is reported by number, the others land.
    p = run("import", "--codes", codes_file, "--workshop", code, "--class", CLASS,
            "--save", teacher, want=1)
    check("line 5: refused" in p.stderr and "typo" in p.stderr, "typo line: " + p.stderr)
    check("7 sessions added" in p.stdout, "codes added: " + p.stdout)
    # Again, everything: nothing new.
    p = run("import", hand, "--class", CLASS, "--save", teacher, "--accept-all")
    check("(0 sessions added, 21 already present" in p.stdout, "folder again: " + p.stdout[-200:])
    p = run("import", "--codes", codes_file, "--workshop", code, "--class", CLASS,
            "--save", teacher, want=1)
    check("0 sessions added, 7 already present" in p.stdout, "codes again: " + p.stdout)

    # Every session with the right student; nothing from the sibling; roster 30.
    check(count(teacher, "SELECT count(*) FROM class_members") == 30, "roster still 30")
    check(count(teacher, "SELECT count(*) FROM profiles WHERE name LIKE 'Mia%'") == 0, "no sibling")
    owners = rows(teacher, "SELECT p.name, COALESCE(m.student_no, ''), count(s.id), "
                  "sum(s.workshop <> '') FROM profiles p JOIN class_members m ON m.profile_id = p.id "
                  "LEFT JOIN sessions s ON s.profile_id = p.id GROUP BY p.id")
    got = {(n, no): (c, w) for n, no, c, w in owners}
    for member in OWN.values():
        check(got.get((member, "")) == (1, 1), f"{member}: {got.get((member, ''))}")
    for name in ["Ben Okoro", "Lucas Dubois", "Amara Diallo", "Ingrid Larsen", "Omar Farouk",
                 "Nguyen Van An", "Isabella García"]:
        check(got.get((name, "")) == (1, 1), f"{name}: {got.get((name, ''))}")
    check(got.get(("Ana Lima", "1001")) == (1, 1), f"Ana 1001: {got.get(('Ana Lima', '1001'))}")
    check(got.get(("Ana Lima", "1002")) == (1, 1), f"Ana 1002: {got.get(('Ana Lima', '1002'))}")
    check(got.get(("Mei Chen", "")) == (1, 0), f"Mei without the code: {got.get(('Mei Chen', ''))}")
    for name in ABSENT:
        check(got.get((name, "")) == (0, None), f"{name} absent: {got.get((name, ''))}")
    check(count(teacher, "SELECT count(*) FROM sessions") == 28, "28 sessions in all")
    check(count(teacher, "SELECT count(*) FROM reflections") == 0, "no reflections by default")

    # The class summary: four groups, anonymous unless --named.
    p = run("report", "--summary", "--class", CLASS, "--workshop", code, "--save", teacher)
    check("\nplayed: 27\n" in p.stdout, "27 played: " + p.stdout[:300])
    check("\nplayed without the code: 1\n" in p.stdout, "1 without the code")
    check("\nnothing handed in: 2\n" in p.stdout, "2 nothing handed in")
    check(not any(n.split()[0] in p.stdout for n in ROSTER + ["Ana"]), "summary anonymous by default")
    p = run("report", "--summary", "--class", CLASS, "--workshop", code, "--named", "--save", teacher)
    section = p.stdout.split("played without the code: 1\n")[1].split("\n\n")[0]
    check("Mei Chen" in section, "Mei under played without the code: " + section)
    nothing = p.stdout.split("nothing handed in: 2\n")[1]
    check("Aiyana Redcloud" in nothing and "Dmitri Volkov" in nothing, "absentees: " + nothing)
    # The CSV export is anonymous by default.
    out_csv = os.path.join(WORK, "class.csv")
    run("export", "--class", CLASS, "--csv", out_csv, "--save", teacher)
    with open(out_csv, encoding="utf-8", newline="") as f:
        text = f.read()
    rows_csv = list(csv.reader(io.StringIO(text)))
    check(len(rows_csv) == 29, f"CSV: header + 28 sessions, got {len(rows_csv)}")
    check(not any(n.split()[0] in text for n in ROSTER + ["Ana"]), "CSV anonymous by default")

    # Printable pages: one A4 page each, rendered to PNG to look at.
    pages = os.path.join(WORK, "pages")
    os.makedirs(pages)
    for kind, extra in [("class", []), ("handout", []),
                        ("student", ["--student", "Sofía Hernández", "--named"])]:
        html = os.path.join(pages, f"{kind}.html")
        run("report", "--print", kind, "--class", CLASS, "--workshop", code, *extra, "--out", html,
            "--save", teacher)
        pdf = html[:-5] + ".pdf"
        subprocess.run(["weasyprint", html, pdf], check=True, capture_output=True)
        info = subprocess.run(["pdfinfo", pdf], check=True, capture_output=True, text=True).stdout
        check("Pages:           1\n" in info, f"{kind} page is one A4 page: {info}")
        check("595.276 x 841.89" in info or "595.28 x 841.89" in info, f"{kind} is A4: {info}")
        subprocess.run(["pdftoppm", "-png", "-r", "60", pdf, html[:-5]], check=True)

    # Erasure: a student, then the class; nothing left behind; re-import is fresh.
    run("class", "remove", CLASS, "Noah Brown", "--yes", "--save", teacher)
    check(fk_clean(teacher), "foreign keys clean after removing a student")
    check(count(teacher, "SELECT count(*) FROM profiles WHERE name = 'Noah Brown'") == 0, "Noah gone")
    check(count(teacher, "SELECT count(*) FROM sessions WHERE profile_id NOT IN (SELECT id FROM profiles)") == 0,
          "no orphan sessions")
    p = run("import", hand, "--class", CLASS, "--save", teacher, "--accept-all")
    check("1 session added for Noah Brown (new)" in p.stdout, "Noah re-imported fresh: " + p.stdout[-400:])
    run("class", "delete", CLASS, "--yes", "--save", teacher)
    check(fk_clean(teacher), "foreign keys clean after deleting the class")
    for table in ["profiles", "sessions", "choices", "skills", "guesses", "relations",
                  "class_members", "classes", "reflections", "maintenance"]:
        check(count(teacher, f"SELECT count(*) FROM {table}") == 0, f"{table} empty after delete")
    run("class", "create", CLASS, "--save", teacher)
    p = run("import", hand, "--class", CLASS, "--save", teacher)
    check("Imported 21 of 21 files" in p.stdout and "(21 sessions added" in p.stdout,
          "fresh import after erasure: " + p.stdout[-200:])

    print(f"hand-in of 21 files (with the headless play): {handin_s:.2f} s; "
          f"import of the folder (21 files): {import_s:.2f} s")
    if FAILS:
        print(f"{len(FAILS)} check(s) failed")
        sys.exit(1)
    print("30-student workshop: all checks passed; pages in", pages)


def count(db, sql):
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return con.execute(sql).fetchone()[0]
    finally:
        con.close()


def rows(db, sql):
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def fk_clean(db):
    return rows(db, "PRAGMA foreign_key_check") == []


if __name__ == "__main__":
    main()
