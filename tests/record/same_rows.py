#!/usr/bin/env python3
"""One session, one way of storing it (issue 11 item 1).

Plays the same seeded session twice -- through the game (tests/record/same_session.replay:
Ana Lima under workshop code 9D01-14JN, the connector bot playing the event) and through
`rapport workshop play` -- each on its own save, then compares the stored rows table by
table with sqlite3 queries. They must be identical apart from ids and times.

usage: same_rows.py RAPPORT WORKDIR REPLAY
"""
import os
import sqlite3
import subprocess
import sys

# Ids and times differ by nature; everything else must match.
IGNORED = {"id", "guid", "session_id", "profile_id", "started", "ended", "class_id"}
TABLES = ["sessions", "choices", "relations", "skills", "guesses", "reflections", "maintenance"]


def run(cmd):
    done = subprocess.run(cmd, capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit(f"FAIL: {' '.join(cmd)} exited {done.returncode}\n{done.stdout}{done.stderr}")


def rows(path, table):
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    cols = [r[1] for r in db.execute(f"PRAGMA table_info({table})") if r[1] not in IGNORED]
    order = ", ".join(cols)
    got = db.execute(f"SELECT {order} FROM {table} ORDER BY {order}").fetchall()
    db.close()
    return cols, got


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    rapport, work, replay = sys.argv[1:]
    os.makedirs(work, exist_ok=True)
    game, cli = os.path.join(work, "game.db"), os.path.join(work, "cli.db")
    for base in (game, cli):
        for suffix in ("", "-wal", "-shm", "-journal"):
            if os.path.exists(base + suffix):
                os.remove(base + suffix)
    run([rapport, "--headless", "--replay", replay, "--screenshot-dir",
         os.path.join(work, "shots"), "--save", game])
    run([rapport, "workshop", "play", "9D01-14JN", "--student", "Ana Lima", "--strategy",
         "connector", "--intention", "one_real_conversation", "--save", cli])
    failures = []
    for table in TABLES:
        cols, a = rows(game, table)
        _, b = rows(cli, table)
        if a != b:
            only_game = [r for r in a if r not in b][:3]
            only_cli = [r for r in b if r not in a][:3]
            failures.append(f"{table} ({', '.join(cols)}): {len(a)} rows from the game, "
                            f"{len(b)} from workshop play\n  game only: {only_game}\n"
                            f"  workshop play only: {only_cli}")
    # Not vacuous: the session was really played and stored.
    _, sessions = rows(game, "sessions")
    _, choices = rows(game, "choices")
    _, relations = rows(game, "relations")
    if len(sessions) != 1 or not choices or not relations:
        failures.append(f"expected one stored session with choices and relations, got "
                        f"{len(sessions)} sessions, {len(choices)} choices, "
                        f"{len(relations)} relations")
    if failures:
        sys.exit("FAIL: the game and workshop play stored the session differently:\n" +
                 "\n".join(failures))
    print(f"ok: {len(sessions)} session, {len(choices)} choices, {len(relations)} relations "
          f"stored identically by the game and by workshop play")


if __name__ == "__main__":
    main()
