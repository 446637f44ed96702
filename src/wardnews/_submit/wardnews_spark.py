"""``spark-submit [--master …] wardnews_spark.py INPUT... -o OUT_DIR``: the ``wardnews spark`` command.

Find this file with ``python -c "import wardnews.spark as s; print(s.SUBMIT_SCRIPT)"``.
"""
import sys

from wardnews.spark import main

if __name__ == "__main__":
    sys.exit(main())
