"""Alembic environment. At run time the app passes its own connection (see
usagebill_desktop/persistence/migrations_runner.py); no alembic.ini is read."""

from alembic import context
from sqlalchemy import create_engine

from usagebill_desktop.persistence.tables import Base
from usagebill_desktop.persistence.types import ScaledDecimal, UtcDateTime

config = context.config
target_metadata = Base.metadata


def render_item(kind, value, context):
    """Autogenerate writes our column types as what they store, so migrations
    never import app code that may change later."""
    if kind == "type" and isinstance(value, ScaledDecimal):
        return "sa.BigInteger()"
    if kind == "type" and isinstance(value, UtcDateTime):
        return "sa.DateTime()"
    return False


def run_with(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,  # SQLite alters tables by rebuilding them
        compare_type=True,
        render_item=render_item,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    run_with(connection)
else:  # developer use: `alembic -x url=sqlite:///x.db upgrade head`
    url = context.get_x_argument(as_dictionary=True).get("url", "sqlite:///usagebill-dev.db")
    with create_engine(url).begin() as conn:
        run_with(conn)
