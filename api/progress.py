"""Progress for the long CLI commands (export, import, backup, restore): a tqdm bar on a terminal, nothing
otherwise, and a one-line summary at the end either way.

The services report progress through a plain callable, `progress(done, total)` (total may be None when it
is not known), so they never depend on how it is shown.
"""
import sys
import time

from tqdm import tqdm


class Progress:
    """A context manager giving the services their `progress(done, total)` callable."""

    def __init__(self, description, unit="rows", stream=None):
        self.stream = stream or sys.stderr
        self.started = time.monotonic()
        # Quiet when the output is not a terminal (a pipe, a file, a test): a bar there is only noise.
        self.bar = tqdm(desc=description, unit=unit, unit_scale=unit == "B", file=self.stream, leave=False,
                        disable=not self.stream.isatty())

    def __call__(self, done, total=None):
        if total is not None and self.bar.total != total:
            self.bar.reset(total=total)
        self.bar.n = done
        self.bar.refresh()

    def elapsed(self):
        return time.monotonic() - self.started

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.bar.close()
        return False
