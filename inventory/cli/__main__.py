"""`python -m inventory.cli`: the `datamap` command."""
from inventory.cli import main

main()
