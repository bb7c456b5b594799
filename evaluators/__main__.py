"""`python -m evaluators ...`: entry point of the scoring CLI (see evaluators/cli.py)."""

from evaluators.cli import main

raise SystemExit(main())
