# Absolute import: PyInstaller runs this file as a script, outside its package.
from usagebill_desktop.cli import main

raise SystemExit(main())
