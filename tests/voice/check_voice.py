#!/usr/bin/env python3
"""Self-voicing end to end (issue 17): plays a replay of tests/voice headless with SDL's
disk audio driver and espeak-ng, then checks that every focus change and every line was
said in order with audio samples queued (--voice-log), that R said the last thing again,
and that the audio SDL wrote out is speech, not silence. The expected utterances are the
set named after the replay: voice_talk (title menu, a conversation) or voice_floor (the
mixer floor).

usage: check_voice.py RAPPORT REPLAY WORKDIR
"""
import array
import os
import re
import shutil
import subprocess
import sys

rapport, replay, work = sys.argv[1], sys.argv[2], sys.argv[3]
shutil.rmtree(work, ignore_errors=True)
os.makedirs(work)
audio = os.path.join(work, "speech.s16")
env = dict(os.environ, SDL_VIDEODRIVER="dummy", SDL_AUDIODRIVER="disk", SDL_DISKAUDIOFILE=audio)
run = subprocess.run([rapport, "--headless", "--replay", replay, "--screenshot-dir", work,
                      "--save", os.path.join(work, "voice.db"), "--voice-backend", "espeak",
                      "--voice-log"], env=env, capture_output=True, text=True, timeout=600)
log = run.stderr
if run.returncode != 0:
    sys.exit(f"the replay failed (status {run.returncode}):\n{log}")
if "speech: espeak-ng" not in log or "audio driver disk" not in log:
    sys.exit(f"the log does not say espeak-ng on the disk audio driver was chosen:\n{log}")

said = re.findall(r'^voice: (said|repeat) samples=(-?\d+) text="(.*)"$', log, re.M)
# The floor, once arrived: the event, energy and clock, then the place as the focus.
ARRIVE = [
    ("said", r"You arrive: Campus Careers Fair\. Energy 100%, high\. 0 of 45 minutes"),
    ("said", r"Main doors, place, calm"),
]
# Through the title, a new profile and the briefing to the floor (both replays start so).
TO_FLOOR = [
    ("said", r"Type your name, then Enter, text field, empty"),
    ("said", r"Type your name, then Enter, text field, Ana"),
    ("said", r"Continue, button"),
    ("said", r".*, option, 1 of \d+"),                # the mixers: the first has focus
    ("said", r"Leave with one real conversation, option, selected"),
    ("said", r".*, option, selected"),
    ("said", r".*, option, selected"),
    ("said", r"Start the event, button"),
] + ARRIVE

KARIM = (r"Karim Haddad, talent partner at Greenridge Renewables, in a group of 2 with Aroha Ngata, "
         r"not met yet, 1: join politely, 2: barge in")
# One entry per focus change and per line, in order; R repeats the entry before it.
EXPECTED = {
    "voice_talk": [
        ("said", r"Start, button"),                      # V at the title: the focused item
        ("said", r"Settings, button"),                   # Down
        ("said", r"Start, button"),                      # Up
        ("repeat", r"Start, button"),                    # R
    ] + TO_FLOOR + [
        # A click on Maya: she is the focus from the first step, the booths are said on the way.
        ("said", r"Maya Okafor, UX research lead at Pulse Health, alone, not met yet, Enter: talk"),
        ("said", r"Booths, north row, place, lively"),
        ("said", r"Maya Okafor(, looking \w+)?: Hi! Welcome to Pulse Health.*"),  # her line, with her name
        ("said", r".*, choice, 1 of 4"),                 # then the focused choice under it
        ("said", r".*, choice, 2 of 4"),                 # Down
        ("said", r".*, choice, 3 of 4"),                 # Down
        ("repeat", r".*, choice, 3 of 4"),               # R
        ("said", r"Maya Okafor(, looking \w+)?: Sideways, usually!.*"),
        ("said", r".*, choice, 1 of 4"),
        ("said", r"Maya Okafor .*"),                     # the closing narration (Escape)
        ("said", r"How do you think that went\?"),
        ("said", r"3 Okay, button"),
        ("said", r"Maya Okafor, UX research lead at Pulse Health, alone, not met yet, Enter: talk"),  # tier 0 still (expect-state tier: 0)
    ],
    "voice_floor": [("said", r"Start, button")] + TO_FLOOR + [
        ("said", KARIM),                                 # a click on a group: who, with whom, the keys
        ("said", r"Booths, north row, place, lively"),   # on the way
        ("said", r"A conversation in progress\. Karim Haddad is talking with Aroha Ngata\."),  # Enter: the overlay
        ("said", r"1  Join politely \(wait for a pause\), button"),
        ("said", KARIM),                                 # Escape: back, the focus is theirs again
        ("said", r"Paused\. Leaving early is fine: .*"),   # Escape: the pause menu
        ("said", r"1  Back to the room, button"),
        ("said", r"You sit somewhere quiet for a while\. Your energy comes back\."),  # 2: rest there
        ("said", r"Careers seating area, place, quiet"),
        ("said", r"Maya Okafor, UX research lead at Pulse Health, alone, not met yet, Enter: talk"),  # Tab: the first
        ("said", r"Booths, north row, place, lively"),
        ("said", r"Sipho Dlamini, final-year student at Chemistry department, alone, not met yet, Enter: talk"),  # Shift+Tab: the last
    ],
}
name = os.path.splitext(os.path.basename(replay))[0]
if name not in EXPECTED:
    sys.exit(f"no expected utterances for {name} (check_voice.py knows {', '.join(EXPECTED)})")
expected = EXPECTED[name]
problems = []
if len(said) != len(expected):
    problems.append(f"{len(said)} utterances, expected {len(expected)}")
for i, (want_kind, want_text) in enumerate(expected):
    if i >= len(said):
        problems.append(f"missing #{i + 1}: {want_kind} {want_text}")
        continue
    kind, samples, text = said[i]
    if kind != want_kind or not re.fullmatch(want_text, text):
        problems.append(f"#{i + 1}: got {kind} \"{text}\", expected {want_kind} /{want_text}/")
    if int(samples) <= 0:
        problems.append(f"#{i + 1}: \"{text}\" queued no audio (samples={samples})")
if problems:
    sys.exit("self-voicing did not say what it should:\n  " + "\n  ".join(problems) + "\n\nlog:\n" + log)

# The disk driver writes what the device plays (16-bit mono, as opened), in real time:
# at least a tenth of a second of it must be speech (well above espeak-ng's silence, 0).
data = open(audio, "rb").read()
samples = array.array("h", data[: len(data) // 2 * 2])
loud = sum(1 for s in samples if abs(s) > 256)
if loud < 2205:
    sys.exit(f"{audio}: {len(samples)} samples, only {loud} above silence: no speech was played")
print(f"{len(said)} utterances said with audio; {audio}: {len(samples)} samples, {loud} of them speech")
