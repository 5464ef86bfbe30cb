"""`python -m inventory.cli`: the `datamap` command."""
from inventory.cli import main

if __name__ == "__main__":  # worker processes (spawn) import this module without running it
    main()
