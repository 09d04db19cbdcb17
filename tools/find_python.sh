#!/bin/sh
# Print the path of a Python 3.12 or newer to build the virtual environment with.
# Why not 3.11: PySide6 6.12 under Python 3.11 gives back a reference to None (or True,
# False) it never took on each call of a method returning nothing; after some thousands
# of Qt calls Python aborts with "deallocating None". From 3.12 those objects are immortal.
# Looks at $PYTHON, python3.12, pyenv's installed versions (oldest first), python3.13, python3.
ok() { "$1" -c 'import sys; raise SystemExit(sys.version_info < (3, 12))' 2>/dev/null; }
pyenv_root=${PYENV_ROOT:-$HOME/.pyenv}
for candidate in "${PYTHON:-}" python3.12 \
    $(ls -d "$pyenv_root"/versions/3.1[2-9]*/bin/python3 2>/dev/null | sort -V) python3.13 python3; do
    [ -n "$candidate" ] || continue
    if ok "$candidate"; then
        "$candidate" -c 'import sys; print(sys.executable)'
        exit 0
    fi
done
echo "usagebill: Python 3.12 or newer is needed (apt-get install python3.12, or pyenv install 3.12)" >&2
exit 1
