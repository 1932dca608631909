"""A wall-clock limit per input, so one pathological input cannot stall a run.

`time_limit(seconds)` arms a SIGALRM timer around reading one input or
extracting one article; when it fires, `InputTimeout` is raised in the code
that is running and the caller turns it into a `rejects` row (`timeout`).

`InputTimeout` derives from `BaseException` so that the `except Exception`
blocks that wrap extractor bugs do not turn it into an `extractor_error`.
Python code is interrupted at once, and so is C code that checks for signals
(the `regex` module does); C code that does not (an HTML parser) is stopped
as soon as it returns. The limit needs the main thread of a process on a
POSIX system (the serial run and `--workers` processes); elsewhere (Dask
worker threads, Windows) it is not armed.
"""

from __future__ import annotations

import signal
import threading
from _signal import signal as _set_handler  # `signal.signal` without its enum conversions (see below)
from types import FrameType
from typing import Any

__all__ = ["InputTimeout", "disarm", "time_limit"]


class InputTimeout(BaseException):
    """An input took longer than its time limit."""

    def __init__(self, seconds: float):
        super().__init__(f"took longer than the {seconds:g} s limit per input (setting input_timeout)")
        self.seconds = seconds


# When the exception is lost (raised inside a finaliser, which Python reports
# and ignores), the alarm comes again after this many seconds until the block ends.
RETRY_SECONDS = 0.05

_ARMED: list[float] = []  # the limit of the block in progress, if any
_PREVIOUS: list[Any] = []  # the SIGALRM handler to put back

# The handler is set and put back twice per article, so through the C function that
# `signal.signal` wraps: the wrapper turns the old handler into a `Handlers` member, and for a
# Python function that lookup fails with a ValueError first (7.5 µs a call against 0.6 µs;
# a `time_limit` block 16.7 -> 7 µs, two blocks an article).


def _on_alarm(signum: int, frame: FrameType | None) -> None:
    if _ARMED:
        signal.setitimer(signal.ITIMER_REAL, RETRY_SECONDS)
        raise InputTimeout(_ARMED[-1])


def _can_arm() -> bool:
    return (hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
            and not _ARMED and signal.getitimer(signal.ITIMER_REAL)[0] == 0)


def disarm() -> None:
    """End the armed limit, if any (idempotent).

    `time_limit` does this on leaving its block; code that catches
    `InputTimeout` calls it too, in case the alarm cut that cleanup short.
    """
    if _ARMED:
        _ARMED.clear()
        signal.setitimer(signal.ITIMER_REAL, 0)
        _set_handler(signal.SIGALRM, _PREVIOUS.pop() if _PREVIOUS else signal.SIG_DFL)


class time_limit:  # noqa: N801 - used as a function: `with time_limit(30): ...`
    """Raise `InputTimeout` in the block if it runs longer than `seconds` (0: no limit).

    Not armed outside the main thread, without `setitimer`, or when another
    ITIMER_REAL timer is already running (which it leaves alone). A class, not
    a generator: it runs twice per article, so its overhead counts.

    Raises:
        InputTimeout: when the time is up.
    """

    __slots__ = ("seconds",)

    def __init__(self, seconds: float):
        self.seconds = seconds

    def __enter__(self) -> None:
        if self.seconds <= 0 or not _can_arm():
            self.seconds = 0
            return
        _PREVIOUS.append(_set_handler(signal.SIGALRM, _on_alarm))
        _ARMED.append(self.seconds)
        signal.setitimer(signal.ITIMER_REAL, self.seconds)

    def __exit__(self, *exc: object) -> None:
        if self.seconds > 0:
            disarm()
