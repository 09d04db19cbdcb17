#!/usr/bin/env bash
# Qt's wheels link against a handful of system libraries that a minimal Debian lacks.
# As root we install what is missing; otherwise we print the exact command and go on
# (the app then fails at start with Qt's own message, which names the library).
set -u
PKGS="libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 \
libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-randr0 \
libxcb-render-util0 libxcb-shape0 libxcb-xkb1 libxcb-xfixes0"
# Extra packages asked for by the caller (e.g. xvfb for screenshots).
PKGS="$PKGS ${EXTRA_SYSTEM_PACKAGES:-}"

command -v dpkg-query >/dev/null 2>&1 || exit 0   # not Debian: nothing we can check

missing=""
for p in $PKGS; do
  status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
  case "$status" in *"install ok installed"*) ;; *) missing="$missing $p" ;; esac
done
[ -z "$missing" ] && exit 0

if [ "$(id -u)" = "0" ]; then
  echo "Installing system libraries Qt needs:$missing"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q >/dev/null && apt-get install -y -q --no-install-recommends $missing >/dev/null \
    || { echo "apt-get failed; run: apt-get install -y$missing" >&2; exit 1; }
else
  echo "Qt needs system libraries that are missing. Run:"
  echo "  sudo apt-get install -y$missing"
fi
