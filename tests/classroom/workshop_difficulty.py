#!/usr/bin/env python3
"""workshop_difficulty.py — the workshop code carries the teacher's difficulty, through the
real binary: `rapport workshop --difficulty D` makes a code `workshop check` reads back, each
difficulty gives its own code, a code made before difficulty existed still reads (standard),
a typo or an unknown difficulty is refused, and `workshop play` stores the session at the
code's difficulty. Usage: workshop_difficulty.py RAPPORT WORKDIR
"""
import os
import shutil
import sqlite3
import subprocess
import sys

rapport, work = sys.argv[1], sys.argv[2]
shutil.rmtree(work, ignore_errors=True)
os.makedirs(work)
failures = []


def run(*args):
    return subprocess.run([rapport, *args], capture_output=True, text=True)


def check(cond, what):
    if not cond:
        failures.append(what)


codes = {}
for level in ("gentle", "standard", "challenging"):
    r = run("workshop", "--scenario", "career_fair", "--seed", "4242", "--hints", "--difficulty", level)
    check(r.returncode == 0, f"make {level}: exit {r.returncode} {r.stderr}")
    codes[level] = r.stdout.strip()
    r = run("workshop", "check", codes[level])
    check(r.returncode == 0 and f"difficulty {level}," in r.stdout and "seed 4242" in r.stdout,
          f"check {level}: {r.stdout!r} {r.stderr!r}")
check(len(set(codes.values())) == 3, f"one code per difficulty: {codes}")

# Made by Rapport before codes carried a difficulty (same scenario, seed and settings).
check(codes["standard"] == "9D01-14KK", f"a standard code is the old code: {codes['standard']}")
r = run("workshop", "check", "9D01-14KK")
check(r.returncode == 0 and "difficulty standard," in r.stdout, f"old code: {r.stdout!r}")
r = run("workshop", "--scenario", "career_fair", "--seed", "4242", "--hints")
check(r.stdout.strip() == "9D01-14KK", f"no --difficulty is standard: {r.stdout!r}")

# One character off in a gentle code: refused, in words.
g = codes["gentle"]
typo = g[:2] + ("Z" if g[2] != "Z" else "Y") + g[3:]
r = run("workshop", "check", typo)
check(r.returncode == 1 and "typo" in r.stderr, f"typo {typo}: {r.returncode} {r.stderr!r}")
r = run("workshop", "--scenario", "career_fair", "--seed", "1", "--difficulty", "hard")
check(r.returncode == 2 and "gentle, standard or challenging" in r.stderr, f"bad difficulty: {r.stderr!r}")
r = run("workshop", "--scenario", "career_fair", "--seed", "1", "--difficulty")
check(r.returncode == 2, f"--difficulty without a value: {r.returncode}")

# A session played under each code is stored at the code's difficulty.
db = os.path.join(work, "class.db")
for level, code in codes.items():
    r = run("workshop", "play", code, "--student", f"Student {level}", "--strategy", "connector", "--save", db)
    check(r.returncode == 0, f"play {level}: {r.stderr}")
con = sqlite3.connect(db)
rows = dict(con.execute("SELECT p.name, s.difficulty FROM sessions s JOIN profiles p ON p.id = s.profile_id"))
for level in codes:
    check(rows.get(f"Student {level}") == level, f"stored difficulty for {level}: {rows}")

for f in failures:
    print("FAIL:", f)
print(f"{len(failures)} failure(s); codes {codes}")
sys.exit(1 if failures else 0)
