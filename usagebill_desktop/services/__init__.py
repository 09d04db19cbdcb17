"""Use cases: one function per user action, shared by the GUI and the CLI.

Each takes `open_uow` (how to open a unit of work) and keyword-only arguments,
and returns plain data. No Qt, no SQL here.
"""
