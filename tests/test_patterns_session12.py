"""The session-12 rules (a site's footer links and an article's tools alone on a line) in every
language they were added to: each rule matches its line, removes it from a document of the
language with its reason, and keeps a real sentence with the same words
(:mod:`tests.session12_cases`); no new rule fires on the other languages' prose."""

from __future__ import annotations

from .pattern_table_checks import case_tests
from .session12_cases import CASES
from .test_patterns_dump9 import PROSE, TITLE

TestCases = case_tests(CASES, TITLE, PROSE)
