# Absolute import: PyInstaller runs this file as a script, outside its package.
from multiprocessing import freeze_support

from usagebill_desktop.cli import main

# A frozen build starts its PDF worker processes through this same executable.
freeze_support()
raise SystemExit(main())
