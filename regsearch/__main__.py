"""`python -m regsearch …` runs the CLI (same as the `regsearch` command)."""

from .cli import main

main()
