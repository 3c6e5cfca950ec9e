"""``python -m neaspec_planner`` runs the headless command line."""
import sys

from neaspec_planner.cli import main

sys.exit(main())
