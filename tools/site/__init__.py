"""The site build's glue, one module per job; ``tools/hooks.py`` calls them in order.

Each module is plain Python with no MkDocs state of its own beyond what its functions take,
so each has fast unit tests under ``tests/tools/`` that run without building the site.
"""
