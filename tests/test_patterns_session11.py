"""The session-11 rules (a syndication credit or a source credit alone on a line) in every
language they were added to: each rule matches its line, removes it from a document of the
language with its reason, and keeps a real sentence with the same words
(:mod:`tests.session11_cases`); no new rule fires on the other languages' prose."""

from __future__ import annotations

from .pattern_table_checks import case_tests
from .session11_cases import CASES
from .test_patterns_dump9 import PROSE, TITLE

TestCases = case_tests(CASES, TITLE, PROSE)
