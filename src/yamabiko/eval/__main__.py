"""``python -m yamabiko.eval pairs FILE ...``: the ``yamabiko eval`` command stand-alone."""

import sys

from .commands import main_eval

sys.exit(main_eval())
