#!/usr/bin/env python
"""Repository shortcut for `arabic-ie evaluate` (src/arabic_ie/commands/evaluate.py); same arguments."""

import sys

from arabic_ie.commands.evaluate import main

if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
