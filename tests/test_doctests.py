"""The before/after examples in the modules' docstrings run as doctests (docs/cleaners.md says
they do): an example that no longer holds fails here."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import textclean

# (``__main__`` runs the command when imported)
MODULES = sorted(m.name for m in pkgutil.walk_packages(textclean.__path__, "textclean.") if m.name != "textclean.__main__")


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name: str) -> None:
    try:
        module = importlib.import_module(name)
    except ImportError as exc:  # an optional extra (Ray, Scrapy, pyarrow) that is not installed
        pytest.skip(f"{name}: {exc}")
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE, report=True)
    assert result.failed == 0, f"{result.failed} of {result.attempted} examples failed in {name}"
