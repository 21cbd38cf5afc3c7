"""Adapters for data engines and crawlers.

Each submodule imports its engine lazily and only when imported itself:
``import textclean`` never imports Ray or Scrapy.

- :mod:`textclean.integrations.ray`: Ray Data helpers and the ``--engine ray``
  implementation of ``textclean clean-files`` (``pip install 'textclean[ray]'``).
- :mod:`textclean.integrations.scrapy`: the ``TextCleanPipeline`` item pipeline
  (``pip install 'textclean[scrapy]'``).
"""
