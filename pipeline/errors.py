"""Exit codes of the `vnie` command and the errors that carry them.

A leaf module (like `version.py`): every layer may raise these, and
`vnie.cli.main` turns each into one line on stderr and its exit code, never a
traceback. The table is in the README ("Exit codes"); a test keeps them equal.
"""

from __future__ import annotations

# fmt: off
OK = 0
FAILED = 1              # the command ran and says no: SQL error, article not found, F1 below a floor
USAGE = 2               # a bad argument, a missing input or output folder, a bad --config
EXTRACTOR_ERRORS = 3    # the run landed, but some articles hit extractor errors (see rejects)
LOCKED = 4              # another run is writing the output folder
UNREACHABLE = 5         # the Dask scheduler cannot be reached
INTERRUPTED = 130       # Ctrl-C (128 + SIGINT); the output folder is as it was before the run
BROKEN_PIPE = 141       # stdout closed early, as in `vnie schema | head` (128 + SIGPIPE)
# fmt: on


class VnieError(Exception):
    """An error the user can fix; its message says what is wrong and what to do."""

    exit_code = FAILED


class Interrupted(VnieError):
    """Ctrl-C: the run stopped cleanly (its staged files removed, the lock released)."""

    exit_code = INTERRUPTED


class UsageError(VnieError, ValueError):
    """A bad argument, setting or path."""

    exit_code = USAGE


class LockedError(VnieError, RuntimeError):
    """Another run holds the output folder."""

    exit_code = LOCKED


class ClusterError(VnieError, ConnectionError):
    """The Dask scheduler cannot be reached."""

    exit_code = UNREACHABLE
