"""``python -m yamabiko.cli``."""

import sys

from .main import main

sys.exit(main())
