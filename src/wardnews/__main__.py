"""``python -m wardnews`` is the ``wardnews`` command."""
import sys

from .cli import main

sys.exit(main())
