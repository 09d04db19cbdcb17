"""The database: tables, repositories, unit of work, migrations and backups.

The only package that imports SQLAlchemy; ORM rows never leave it.
"""
