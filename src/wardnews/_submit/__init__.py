"""Launcher files for cluster tools that run a Python *file* rather than a module (``spark-submit``).

They live in their own folder: a script's folder goes first on ``sys.path``, and next to the
package's modules ``wardnews/dask.py`` would shadow the real ``dask``.
"""
