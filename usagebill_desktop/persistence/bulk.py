"""Many rows into one table at the driver's own speed.

SQLAlchemy's executemany builds a parameter dictionary per row and runs every value
through its type machinery: for a billing run's 150,000 rows that was most of the run.
Here the statement is compiled once, each column's own bind processor (the same one
SQLAlchemy would use: scaled decimals, dates) is applied in a tight loop, and the rows
go to the driver in one executemany, on any dialect.
"""

from collections.abc import Callable, Iterable, Sequence
from itertools import islice
from typing import Any, cast

from sqlalchemy import Connection, Table, func, insert, select

type Processor = Callable[[Any], Any] | None


def insert_many(connection: Connection, mapped: type[Any], rows: Sequence[dict[str, Any]]) -> None:
    """Insert these rows (all with the same keys, each a column of the mapped class's
    table); a column left out takes its default, as with SQLAlchemy's own insert."""
    if not rows:
        return
    table = cast(Table, mapped.__table__)
    dialect = connection.dialect
    # for_executemany: no RETURNING of the new ids (PostgreSQL would add one per row).
    compiled = insert(table).compile(
        dialect=dialect, column_keys=list(rows[0]), for_executemany=True
    )
    order = list(compiled.positiontup or ()) if dialect.positional else list(compiled.params)
    columns = [
        _stored(_values(rows, table, key), _processor(table, key, connection)) for key in order
    ]
    if dialect.positional:
        connection.exec_driver_sql(str(compiled), list(zip(*columns, strict=True)))
    else:
        named = [dict(zip(order, row, strict=True)) for row in zip(*columns, strict=True)]
        connection.exec_driver_sql(str(compiled), named)


def insert_stored(
    connection: Connection, mapped: type[Any], keys: Sequence[str], rows: Iterable[tuple[Any, ...]]
) -> int:
    """Insert rows whose values are already as the driver takes them (each a tuple in the
    order of `keys`), in batches; how many."""
    table = cast(Table, mapped.__table__)
    dialect = connection.dialect
    compiled = insert(table).compile(dialect=dialect, column_keys=list(keys), for_executemany=True)
    order = list(compiled.positiontup or ()) if dialect.positional else list(compiled.params)
    picks = [keys.index(key) for key in order]
    written, statement, remaining = 0, str(compiled), iter(rows)
    while batch := list(islice(remaining, 10_000)):
        if dialect.positional:
            connection.exec_driver_sql(statement, [tuple(row[i] for i in picks) for row in batch])
        else:
            named = [dict(zip(order, (row[i] for i in picks), strict=True)) for row in batch]
            connection.exec_driver_sql(statement, named)
        written += len(batch)
    return written


def insert_many_returning_ids(
    connection: Connection, mapped: type[Any], rows: Sequence[dict[str, Any]]
) -> list[int]:
    """Insert these rows and give their new ids, in the order of `rows`.

    On SQLite the writer holds the file's lock: ids grow with every insert, so the rows
    above the highest id before are ours, in order (and the count is checked all the
    same). A server has other desks writing meanwhile: there SQLAlchemy's INSERT …
    RETURNING, which it batches and puts in order itself."""
    key = mapped.id
    if connection.dialect.name != "sqlite":
        returning = insert(mapped).returning(key, sort_by_parameter_order=True)
        return list(connection.execute(returning, rows).scalars())
    before = connection.scalar(select(func.coalesce(func.max(key), 0)))
    insert_many(connection, mapped, rows)
    ids = list(connection.scalars(select(key).where(key > before).order_by(key)))
    if len(ids) != len(rows):
        added = len(ids) - len(rows)
        raise RuntimeError(
            f"{mapped.__tablename__}: {added} rows added meanwhile by another writer"
        )
    return ids


def _values(rows: Sequence[dict[str, Any]], table: Table, key: str) -> list[Any]:
    if key in rows[0]:
        return [row[key] for row in rows]
    default = table.c[key].default
    if default is None or not default.is_scalar:
        raise ValueError(f"{table.name}.{key}: no value given and no fixed default")
    return [default.arg] * len(rows)  # type: ignore[attr-defined]


def _processor(table: Table, key: str, connection: Connection) -> Processor:
    column_type = table.c[key].type
    return column_type.dialect_impl(connection.dialect).bind_processor(connection.dialect)


def _stored(values: list[Any], process: Processor) -> list[Any]:
    """A column's values as the driver takes them (a column at a time: one test per value)."""
    if process is None:
        return values
    return [None if value is None else process(value) for value in values]
