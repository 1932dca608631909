"""Reading inputs, running stages, writing tables, and the `vnie` command line."""

from vnie.version import __version__

__all__ = ["__version__", "connect", "read_tables"]


def connect(out="outputs", tables=None):
    """An in-memory DuckDB connection with one view per output table (see `vnie.query.connect`)."""
    from vnie.views.query import TABLES, connect as _connect

    return _connect(out, TABLES if tables is None else tables)


def read_tables(out="outputs", tables=None):
    """Every output table as a pandas frame, keyed by name (see `vnie.query.read_tables`)."""
    from vnie.views.query import TABLES, read_tables as _read_tables

    return _read_tables(out, TABLES if tables is None else tables)
