"""Reading inputs, running stages, writing tables, and the `vnie` command line."""

__version__ = "0.1.0"
