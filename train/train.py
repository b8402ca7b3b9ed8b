#!/usr/bin/env python
"""Repository shortcut for `arabic-ie train` (src/arabic_ie/commands/train.py); same arguments."""

import sys

from arabic_ie.commands.train import main

if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
