"""`python -m vnie`: the same command line as `vnie`."""

from vnie.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
