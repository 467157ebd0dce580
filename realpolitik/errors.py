"""The project's exceptions. Each carries a message a user can act on."""

from __future__ import annotations


class RealpolitikError(Exception):
    """Base class for every error realpolitik raises on purpose."""


class InputError(RealpolitikError):
    """One input (a file, or a line of a JSONL file) could not be read as a document."""

    def __init__(self, source: str, message: str, line: int | None = None):
        self.source = source
        self.line = line
        self.message = message
        where = f"{source}:{line}" if line is not None else source
        super().__init__(f"{where}: {message}")


class UsageError(RealpolitikError):
    """The command was called wrongly (bad option value, missing path)."""


class StoreError(RealpolitikError):
    """The store could not be opened or written."""


class StoreLockedError(StoreError):
    """Another process holds the store's write lock."""

    def __init__(self, path: str, pid: int | None):
        self.path = path
        self.pid = pid
        who = f"pid {pid}" if pid is not None else "pid unknown"
        super().__init__(
            f"store {path} is in use by another process ({who}); "
            "wait for it to finish or use another --db"
        )
