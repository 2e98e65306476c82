"""``python -m bilateral.cli``: the same as the ``bilateral`` script."""

from bilateral.cli import main

main()
