"""``python -m neaspec_planner`` runs the headless command line."""
import os
import sys

from neaspec_planner.cli import main

code = main()
sys.stdout.flush()
sys.stderr.flush()
# Every output is written (atomically) and closed by now. Python's final clean-up of QGIS's objects (layers,
# providers, the application) can crash QGIS 3.22 at exit — a segmentation fault after "Done", seen in about one
# headless run in three — so the process leaves at once with the run's exit code.
os._exit(code)
