# no_getenv.sh SOURCE — paths are resolved once, in engine/main.c: no other engine file
# reads the environment (getenv, secure_getenv, SDL_getenv, environ).
set -euo pipefail
cd "$1"
found=$(grep -rnE 'getenv|\benviron\b' engine --include='*.c' --include='*.h' | grep -v '^engine/main\.c:' || true)
if [[ -n "$found" ]]; then
  echo "FAIL: the environment is read outside engine/main.c (pass the resolved path instead):" >&2
  echo "$found" >&2
  exit 1
fi
grep -q 'getenv("RAPPORT_ROOT")' engine/main.c || { echo "FAIL: main.c no longer reads RAPPORT_ROOT" >&2; exit 1; }
echo "no getenv outside engine/main.c"
