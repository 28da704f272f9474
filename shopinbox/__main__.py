"""`python -m shopinbox` runs the same command line as the `shopinbox` script."""

import sys

from shopinbox.cli import main

if __name__ == "__main__":
    sys.exit(main())
