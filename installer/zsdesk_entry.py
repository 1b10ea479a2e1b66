"""Entry script of the frozen bundle (build_installer.spec): the same `main` as the `zsdesk` command."""

import sys

from zsdesk.cli import main

if __name__ == "__main__":
    sys.exit(main())
