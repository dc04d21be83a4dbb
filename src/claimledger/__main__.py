"""``python -m claimledger``: the same CLI as the ``claimledger`` command."""

from claimledger.cli import main

if __name__ == "__main__":
    main()
