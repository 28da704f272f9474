"""Entry point of the bundled app (PyInstaller runs this file as `__main__`)."""

import multiprocessing
import sys

from shopinbox.cli import main

if __name__ == "__main__":
    # A frozen app that uses a process pool must let the child processes through here first.
    multiprocessing.freeze_support()
    sys.exit(main())
