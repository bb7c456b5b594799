"""`python -m simulator ...`: the research command line (same as `peer-practice`)."""

from simulator.cli import main

raise SystemExit(main())
