#!/usr/bin/env python
"""Repository shortcut for `arabic-ie cross-validate` (src/arabic_ie/commands/cross_validate.py); same arguments."""

import sys

from arabic_ie.commands.cross_validate import main

if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
