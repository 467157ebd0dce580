"""`python -m realpolitik` runs the CLI."""

from realpolitik.cli import app

app(prog_name="realpolitik")
