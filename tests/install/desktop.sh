# desktop.sh BUILD SOURCE APP_ID — the menu entry and the software-centre entry validate
# (desktop-file-validate, appstreamcli validate --no-net); the entry's icon and the
# metainfo's launchable name files that exist; every PNG icon is the size its folder says.
source "$(dirname "$0")/common.sh"
BUILD=$1 SOURCE=$2 ID=$3
need desktop-file-validate desktop-file-utils
need appstreamcli appstream
need python3 python3
desktop=$BUILD/dist/$ID.desktop
metainfo=$BUILD/dist/$ID.metainfo.xml
desktop-file-validate "$desktop" >"$TMP/d.txt" 2>&1 || { cat "$TMP/d.txt" >&2; fail "desktop-file-validate"; }
cat "$TMP/d.txt"
grep -qE ': (error|warning):' "$TMP/d.txt" && fail "desktop-file-validate warns"
appstreamcli validate --no-net "$metainfo" >"$TMP/a.txt" 2>&1 || { cat "$TMP/a.txt" >&2; fail "appstreamcli validate"; }
cat "$TMP/a.txt"
grep -qE '^[EW]: ' "$TMP/a.txt" && fail "appstreamcli reports errors or warnings"
grep -qx "Icon=$ID" "$desktop" || fail "the entry's Icon is not $ID"
grep -qx "Exec=rapport" "$desktop" || fail "the entry does not run rapport"
grep -q "<launchable type=\"desktop-id\">$ID.desktop</launchable>" "$metainfo" || fail "launchable"
grep -q "<screenshot type=\"default\">" "$metainfo" || fail "the metainfo has no default screenshot"
[[ -f $SOURCE/dist/icons/rapport.svg ]] || fail "no SVG icon"
python3 - "$SOURCE/dist/icons" <<'PY'
import struct, sys, os
d = sys.argv[1]
for size in (16, 32, 48, 64, 128, 256):
    with open(os.path.join(d, f"rapport-{size}.png"), "rb") as f:
        head = f.read(24)
    assert head[:8] == b"\x89PNG\r\n\x1a\n", f"rapport-{size}.png is not a PNG"
    w, h = struct.unpack(">II", head[16:24])
    assert (w, h) == (size, size), f"rapport-{size}.png is {w}x{h}"
print("icons: 16..256 px PNGs of the right sizes")
PY
echo "desktop entry, metainfo and icons ok"
