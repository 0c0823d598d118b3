"""`python -m summarize` runs the `brief` command."""

from summarize.cli import entry_point

entry_point()
