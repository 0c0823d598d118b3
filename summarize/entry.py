"""The `brief` console script: an unchanged rerun is replayed from the cache without loading the
command-line parser (see `replay`); everything else goes to the typer app in `cli`, whose command
group turns every error into one line and an exit code."""

from __future__ import annotations

import sys

from summarize.errors import ExitCode


def entry_point() -> None:
    from summarize.replay import invocation_key, replay

    try:
        try:
            key = invocation_key(sys.argv[1:])
            code = replay(key) if key else None
        except Exception:  # the shortcut only ever saves time; the full command reports any problem
            key, code = None, None
        if code is not None:
            sys.exit(code)
        from summarize.cli import app

        app(obj=key)  # the run command records what this command line meant under `key`
    except KeyboardInterrupt:
        sys.stderr.write("brief: interrupted\n")
        sys.exit(ExitCode.INTERRUPTED)
