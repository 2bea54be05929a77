"""``python -m summons_kit.cli``."""

import sys

from summons_kit.cli.main import main

sys.exit(main())
