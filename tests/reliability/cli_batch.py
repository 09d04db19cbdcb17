"""Commands one after another in one process, each through the CLI's own `main`, as a
script would run them but without a Python start per command:
`python -m tests.reliability.cli_batch FILE`, FILE holding one JSON list of words a line.

After each command it prints one JSON line, `{"n": line, "code": exit code, "said": what
the command wrote to stderr}`, and flushes, so whoever kills the batch knows which
commands had finished. An exception `main` lets through is caught and reported with
`"code": "traceback"` and the batch goes on.
"""

import contextlib
import io
import json
import sys
import traceback

from usagebill_desktop.cli import main as usagebill


def run(path: str) -> None:
    with open(path, encoding="utf-8") as commands:
        for n, line in enumerate(commands):
            said = io.StringIO()
            with contextlib.redirect_stderr(said), contextlib.redirect_stdout(io.StringIO()):
                try:
                    code: object = usagebill(json.loads(line))
                except Exception:
                    traceback.print_exc()
                    code = "traceback"
            print(json.dumps({"n": n, "code": code, "said": said.getvalue()}), flush=True)


if __name__ == "__main__":
    run(sys.argv[1])
