#!/usr/bin/env python3
"""Self-voicing through a live speech-dispatcher (issue 17). Starts a private daemon
(speech-dispatcher -s, its own socket, config and log under WORKDIR; audio to ALSA's
"null" device, so no sound card is needed), points the game at it with SPEECHD_ADDRESS,
plays the floor replay with --voice-backend speechd --voice-log, then reads the daemon's
log (level 5) and checks: the game chose speech-dispatcher; it set its rate and volume;
every utterance the game logged reached the daemon as an SSIP SPEAK, in order; its
interrupts arrived as CANCEL; and the daemon's espeak-ng module spoke at least one of
them to its end (702 END). Then a second game, in Spanish (--language es, the title menu of
tests/voice/voice_language.replay), must tell the daemon SET SELF LANGUAGE es, where the
first said en. The daemon is stopped by its pid at the end.

usage: check_speechd.py RAPPORT REPLAY WORKDIR
"""
import os
import re
import shutil
import subprocess
import sys
import time

rapport, replay, work = sys.argv[1], sys.argv[2], sys.argv[3]
daemon_bin = shutil.which("speech-dispatcher")
module = "/usr/lib/speech-dispatcher-modules/sd_espeak-ng"
if not daemon_bin or not os.path.exists(module):
    sys.exit("speech-dispatcher or its espeak-ng module is missing: run tools/ensure-deps.sh "
             "(apt-get install speech-dispatcher speech-dispatcher-espeak-ng)")

shutil.rmtree(work, ignore_errors=True)
conf, run, logs = (os.path.join(work, d) for d in ("conf", "run", "log"))
for d in (os.path.join(conf, "modules"), run, logs):
    os.makedirs(d)
# The module's own settings are its defaults; the server's: ALSA's null device (accepts
# and drops audio, needs no card), espeak-ng as the only module, everything logged.
open(os.path.join(conf, "modules", "espeak-ng.conf"), "w").close()
with open(os.path.join(conf, "speechd.conf"), "w") as f:
    f.write('LogLevel 5\nAudioOutputMethod "alsa"\nAudioALSADevice "null"\n'
            'AddModule "espeak-ng" "sd_espeak-ng" "espeak-ng.conf"\nDefaultModule espeak-ng\n'
            'DefaultLanguage "en"\n')
sock = os.path.join(run, "speechd.sock")
env = dict(os.environ, XDG_RUNTIME_DIR=run, HOME=work)
daemon = subprocess.Popen([daemon_bin, "-s", "-t", "60", "-c", "unix_socket", "-S", sock, "-C", conf,
                           "-L", logs, "-l", "5"], env=env, cwd=work,
                          stdout=subprocess.DEVNULL, stderr=open(os.path.join(work, "daemon.err"), "w"))
server_log = os.path.join(logs, "speech-dispatcher.log")
try:
    for _ in range(100):
        if os.path.exists(sock) or daemon.poll() is not None:
            break
        time.sleep(0.1)
    if not os.path.exists(sock):
        sys.exit("the speech-dispatcher daemon did not open its socket:\n" +
                 open(os.path.join(work, "daemon.err")).read()[-2000:])
    genv = dict(os.environ, SDL_VIDEODRIVER="dummy", SDL_AUDIODRIVER="dummy",
                SPEECHD_ADDRESS="unix_socket:" + sock)
    game = subprocess.run([rapport, "--headless", "--replay", replay, "--screenshot-dir", work,
                           "--save", os.path.join(work, "voice.db"), "--voice-backend", "speechd",
                           "--voice-log"], env=genv, capture_output=True, text=True, timeout=600)
    log = game.stderr
    if game.returncode != 0:
        sys.exit(f"the replay failed (status {game.returncode}):\n{log}")
    if "speech: speech-dispatcher" not in log:
        sys.exit(f"the game did not choose speech-dispatcher:\n{log}")
    said = [t for _, t in re.findall(r'^voice: (said|repeat) samples=0 text="(.*)"$', log, re.M)]
    if len(said) < 10:
        sys.exit(f"only {len(said)} utterances logged with speech-dispatcher:\n{log}")
    # The daemon writes its log as it goes; give it a moment to finish the last lines.
    for _ in range(50):
        server = open(server_log, errors="replace").read()
        if server.count('Command caught: "speak"') >= len(said):
            break
        time.sleep(0.1)
    english_end = len(server)
    # The same daemon, a Spanish interface: the voice's language follows it.
    es_replay = os.path.join(os.path.dirname(replay), "voice_language.replay")
    game_es = subprocess.run([rapport, "--headless", "--replay", es_replay, "--screenshot-dir", work,
                              "--save", os.path.join(work, "voice-es.db"), "--voice-backend", "speechd",
                              "--voice-log", "--language", "es"], env=genv, capture_output=True, text=True, timeout=600)
    log_es = game_es.stderr
    if game_es.returncode != 0:
        sys.exit(f"the Spanish replay failed (status {game_es.returncode}):\n{log_es}")
    said_es = re.findall(r'^voice: said samples=0 text="(.*)"$', log_es, re.M)
    if len(said_es) < 3 or "voice: voice=es" not in log_es:
        sys.exit(f"{len(said_es)} utterances logged through speech-dispatcher, or no \"voice: voice=es\" line:\n{log_es}")
    for _ in range(50):
        server = open(server_log, errors="replace").read()
        if server.count('Command caught: "speak"') >= len(said) + len(said_es):
            break
        time.sleep(0.1)
finally:
    daemon.terminate()
    try:
        daemon.wait(timeout=10)
    except subprocess.TimeoutExpired:
        daemon.kill()
        daemon.wait()

whole = open(server_log, errors="replace").read()
server, server_es = whole[:english_end], whole[english_end:]
data = re.findall(r"\d+:DATA:\|(.*)$", server, re.M)
data_es = re.findall(r"\d+:DATA:\|(.*)$", server_es, re.M)
problems = []
if "SET SELF LANGUAGE en" not in data:
    problems.append("the English game never sent SET SELF LANGUAGE en")
if "SET SELF LANGUAGE es" not in data_es:
    problems.append("the Spanish game never sent SET SELF LANGUAGE es")
spoken_es = [data_es[i + 1] for i, d in enumerate(data_es) if d.lower() == "speak" and i + 1 < len(data_es)]
if spoken_es != said_es:
    problems.append(f"the daemon received {spoken_es!r} from the Spanish game, which said {said_es!r}")
if not any(d.startswith('SET SELF CLIENT_NAME') and "rapport" in d for d in data):
    problems.append("no SET SELF CLIENT_NAME naming rapport")
if "SET SELF RATE 0" not in data or "SET SELF VOLUME 0" not in data:
    problems.append("the rate and volume (Normal, Full: 0 and 0) were not set")
# Each SPEAK is followed by its text and a lone "." (SSIP's end of data).
spoken = [data[i + 1] for i, d in enumerate(data) if d.lower() == "speak" and i + 1 < len(data)]
if spoken != said:
    problems.append(f"the daemon received {len(spoken)} texts, the game said {len(said)}; first difference: " +
                    next((f"#{i + 1}: got {a!r}, said {b!r}" for i, (a, b) in enumerate(zip(spoken, said)) if a != b),
                         "(one list is a prefix of the other)"))
cancels = data.count("CANCEL SELF")
if cancels == 0:
    problems.append("no CANCEL SELF: the game's interrupts never reached the daemon")
ends = server.count("702 END")
if ends == 0:
    problems.append("the espeak-ng module never finished speaking anything (no 702 END)")
if problems:
    sys.exit("speech-dispatcher did not get what the game said:\n  " + "\n  ".join(problems) +
             f"\n\ngame log:\n{log}\nserver log: {server_log}")
print(f"{len(said)} utterances sent over SSIP and received by a live speech-dispatcher, "
      f"{cancels} CANCELs (interrupts), {ends} spoken to their end by its espeak-ng module; "
      f"SET SELF LANGUAGE en, then es for the Spanish game's {len(said_es)} utterances")
