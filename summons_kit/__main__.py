"""``python -m summons_kit``: the ``summons-kit`` command."""

import sys

from summons_kit.cli.main import main

sys.exit(main())
