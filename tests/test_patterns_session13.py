"""The session-13 rows (a social post's and a job board's buttons and counters, a help page's
vote, an RFC's page furniture, an official gazette's page head): each rule matches its line,
removes it from a document of the language with its reason, and keeps a real sentence with the
same words (:mod:`tests.session13_cases`); no new rule fires on the other languages' prose."""

from __future__ import annotations

from .pattern_table_checks import case_tests
from .session13_cases import CASES
from .test_patterns_dump9 import PROSE, TITLE

TestCases = case_tests(CASES, TITLE, PROSE)
