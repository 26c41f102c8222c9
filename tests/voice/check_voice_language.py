#!/usr/bin/env python3
"""The voice speaks the interface language: plays tests/voice/voice_language.replay headless
with espeak-ng on SDL's disk audio driver, once in English and once with --language es,
and checks from --voice-log that every utterance was said with audio by a voice of that
language (the language espeak-ng itself reports for the voice in use): English words by an
English voice, the Spanish interface's words ("Empezar, botón") by the Spanish one.

usage: check_voice_language.py RAPPORT REPLAY WORKDIR
"""
import os
import re
import shutil
import subprocess
import sys

rapport, replay, work = sys.argv[1], sys.argv[2], sys.argv[3]
shutil.rmtree(work, ignore_errors=True)
os.makedirs(work)

# language -> (a pattern the voice's language must match, the first thing said)
RUNS = {"en": (r"en(-[a-z]+)?", "Start, button"), "es": (r"es", "Empezar, botón")}
problems = []
for lang, (voice_re, first) in RUNS.items():
    env = dict(os.environ, SDL_VIDEODRIVER="dummy", SDL_AUDIODRIVER="disk",
               SDL_DISKAUDIOFILE=os.path.join(work, f"speech-{lang}.s16"))
    run = subprocess.run([rapport, "--headless", "--replay", replay, "--screenshot-dir", work,
                          "--save", os.path.join(work, f"voice-{lang}.db"), "--voice-backend", "espeak",
                          "--voice-log", "--language", lang], env=env, capture_output=True, text=True, timeout=600)
    log = run.stderr
    if run.returncode != 0:
        sys.exit(f"the {lang} replay failed (status {run.returncode}):\n{log}")
    # "voice: voice=es" names the voice's language when it changes; each utterance after it
    # was said with that voice.
    said, voice = [], None
    for m in re.finditer(r'^voice: (?:voice=(\S+)|said samples=(-?\d+)(?: cut)? text="(.*)")$', log, re.M):
        if m.group(1):
            voice = m.group(1)
        else:
            said.append((m.group(2), voice or "none", m.group(3)))
    if len(said) < 3:
        problems.append(f"{lang}: {len(said)} utterances logged with their voice, expected 3 (V, Down, Up)")
        continue
    if said[0][2] != first:
        problems.append(f"{lang}: the first thing said was \"{said[0][2]}\", expected \"{first}\"")
    for samples, voice, text in said:
        if not re.fullmatch(voice_re, voice):
            problems.append(f"{lang}: \"{text}\" was said by a {voice} voice")
        if int(samples) <= 0:
            problems.append(f"{lang}: \"{text}\" queued no audio (samples={samples})")
    if "has no voice" in log:
        problems.append(f"{lang}: espeak-ng fell back to English:\n{log}")
    print(f"{lang}: {len(said)} utterances, voice {said[0][1]}: " + "; ".join(t for _, _, t in said))
if problems:
    sys.exit("the voice did not speak the interface language:\n  " + "\n  ".join(problems))
