# package.sh BUILD SOURCE VERSION — CPack builds rapport_<version>_<arch>.deb; dpkg -I
# shows its runtime dependencies; extracted with dpkg -x into a temporary root, its
# binary validates the shipped scenarios and plays a headless replay from there.
source "$(dirname "$0")/common.sh"
BUILD=$1 SOURCE=$2 VERSION=$3
need dpkg-deb dpkg
need python3 python3
arch=$(dpkg --print-architecture)
cpack --config "$BUILD/CPackConfig.cmake" -B "$TMP/pkg" >"$TMP/cpack.log" 2>&1 \
  || { cat "$TMP/cpack.log" >&2; fail "cpack could not build the package"; }
deb=$TMP/pkg/rapport_${VERSION}_${arch}.deb
[[ -f $deb ]] || fail "no $deb (cpack wrote: $(ls "$TMP/pkg"))"
dpkg -I "$deb" >"$TMP/info.txt"
cat "$TMP/info.txt"
depends=$(sed -n 's/^ Depends: //p' "$TMP/info.txt")
for p in libsdl2-2.0-0 libsdl2-ttf-2.0-0 liblua5.4-0 libsqlite3-0 libspeechd2 libespeak-ng1 libcrypt1 fonts-dejavu-core; do
  grep -qE "(^|, )$p( |,|$)" <<<"$depends" || fail "Depends lacks $p: $depends"
done
grep -q "^ Package: rapport$" "$TMP/info.txt" || fail "the package is not called rapport"
grep -q "^ Version: $VERSION$" "$TMP/info.txt" || fail "the package's version is not $VERSION"
# Every shared library the binary needs is one of the declared packages' (or libc's).
dpkg-deb -x "$deb" "$TMP/root"
R=$TMP/root
for lib in $(objdump -p "$R/usr/bin/rapport" | awk '/NEEDED/ {print $2}'); do
  case $lib in
    libSDL2-2.0.so.*|libSDL2_ttf-2.0.so.*|liblua5.4.so.*|libsqlite3.so.*|libcrypt.so.*) ;;
    libspeechd.so.*|libespeak-ng.so.*) ;; # self-voicing (libespeak-ng1 brings espeak-ng-data)
    libc.so.*|libm.so.*|ld-linux*|libpthread.so.*|libdl.so.*) ;;
    *) fail "the binary needs $lib, which no declared dependency provides" ;;
  esac
done
for f in usr/bin/rapport usr/share/rapport/assets/theme.ini usr/share/man/man1/rapport.1 \
         usr/share/applications/*.desktop usr/share/metainfo/*.metainfo.xml \
         usr/share/icons/hicolor/scalable/apps/*.svg usr/share/doc/rapport/README.md; do
  compgen -G "$R/$f" >/dev/null || fail "the package has no $f"
done
"$R/usr/bin/rapport" --version | grep -qx "rapport $VERSION" || fail "--version is not $VERSION"
(cd "$TMP" && "$R/usr/bin/rapport" validate "$R"/usr/share/rapport/scripts/scenarios/*.lua) \
  || fail "validate failed on the packaged scenarios"
mkdir -p "$TMP/xdg"
(cd "$TMP" && XDG_DATA_HOME=$TMP/xdg "$R/usr/bin/rapport" --headless \
   --replay "$SOURCE/tests/replay/front/flow.replay" --screenshot-dir "$TMP/shots") \
  || fail "the replay failed from the extracted package"
[[ -f $TMP/xdg/rapport/rapport.db ]] || fail "the packaged game did not save into XDG_DATA_HOME"
echo "package $(basename "$deb") ok"
