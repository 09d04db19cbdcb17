"""Errors that break a business rule.

Each error keeps its parts apart (a field, a reason template, its values) so the
GUI can say it in the user's language; `str(error)` is the English sentence the
CLI prints.
"""


class DomainError(Exception):
    code = "invalid"


class InvalidValue(DomainError):
    """A field holds a value the rules do not allow; `reason` says which rule."""

    code = "invalid_value"

    def __init__(self, *, field: str, reason: str, **values: object) -> None:
        self.field, self.reason, self.values = field, reason, values
        super().__init__(f"{field}: {reason.format(**values)}")


class AlreadyExists(DomainError):
    code = "already_exists"

    def __init__(self, *, what: str, key: str) -> None:
        self.what, self.key = what, key
        super().__init__(f"{what} {key} already exists")


class NotFound(DomainError):
    code = "not_found"

    def __init__(self, *, what: str, key: str) -> None:
        self.what, self.key = what, key
        super().__init__(f"no {what} {key}")


class StorageError(DomainError):
    """The data file cannot be used (damaged, locked by another program, …); `reason` says
    what is wrong with it in a sentence, without the database driver's words (`values` fill
    its placeholders, such as the file's `path`)."""

    code = "storage"

    def __init__(self, *, reason: str, **values: object) -> None:
        self.reason, self.values = reason, values
        super().__init__(reason.format(**values))
