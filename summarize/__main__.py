"""`python -m summarize` runs the `brief` command."""

from summarize.entry import entry_point

entry_point()
