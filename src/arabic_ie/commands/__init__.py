"""The commands behind ``arabic-ie train | evaluate | cross-validate`` (also runnable as ``python -m``).

Each module has ``main(argv) -> exit status``; heavy libraries are imported inside ``main`` so that the CLI's
``--help`` stays fast.
"""
