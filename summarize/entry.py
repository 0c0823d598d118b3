"""The `brief` console script: an unchanged rerun is replayed from the cache without loading the
command-line parser (see `replay`); everything else goes to the typer app in `cli`."""

from __future__ import annotations

import sys

from summarize.errors import EXIT_INTERRUPTED


def entry_point() -> None:
    from summarize.replay import invocation_key, replay

    key = invocation_key(sys.argv[1:])
    try:
        code = replay(key) if key else None
        if code is not None:
            sys.exit(code)
        from summarize.cli import app

        app(obj=key)  # the run command records what this command line meant under `key`
    except KeyboardInterrupt:
        sys.stderr.write("brief: interrupted\n")
        sys.exit(EXIT_INTERRUPTED)
