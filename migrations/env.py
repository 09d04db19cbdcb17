"""Alembic environment. At run time the app passes its own connection (see
usagebill_desktop/persistence/migrations_runner.py); no alembic.ini is read."""

from alembic import context
from sqlalchemy import create_engine

from usagebill_desktop.persistence.tables import Base

config = context.config
target_metadata = Base.metadata


def run_with(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,  # SQLite alters tables by rebuilding them
        compare_type=True,
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
