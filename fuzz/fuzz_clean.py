"""Coverage-guided fuzz target for textclean.clean() and textclean.clean_html() (atheris).

    make fuzz                                   # 1,000,000 executions
    .venv/bin/python fuzz/fuzz_clean.py -runs=100000 fuzz/seeds
    .venv/bin/python fuzz/fuzz_clean.py -max_total_time=60 fuzz/seeds

Any exception other than a clean return is a crash; every crash found is kept as a
regression test.  With TEXTCLEAN_FUZZ_IDEMPOTENCE=1 the target also checks that cleaning
the output again changes nothing (the Hypothesis suite checks this on every CI run).  The seed corpus is built from the
test fixtures by ``fuzz/make_seeds.py``.
"""

from __future__ import annotations

import os
import sys

import atheris

with atheris.instrument_imports():
    import textclean
    import textclean.cleaners
    import textclean.html
    import textclean.metadata


#: Also check idempotence of every output (TEXTCLEAN_FUZZ_IDEMPOTENCE=1); by default a "crash"
#: is an exception, a non-Document result or output that cannot be serialised.
CHECK_IDEMPOTENCE = os.environ.get("TEXTCLEAN_FUZZ_IDEMPOTENCE") == "1"


def check(doc: textclean.Document) -> None:
    assert isinstance(doc, textclean.Document)
    doc.to_json()
    assert isinstance(doc.text, str)
    if CHECK_IDEMPOTENCE:
        again = textclean.clean(doc.text, html=False)
        assert again.paragraphs == textclean.clean(again.text, html=False).paragraphs


def test_one_input(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    mode = fdp.ConsumeIntInRange(0, 3)
    if mode == 0:
        check(textclean.clean(fdp.ConsumeUnicodeNoSurrogates(len(data))))
    elif mode == 1:
        check(textclean.clean(fdp.ConsumeBytes(len(data))))
    elif mode == 2:
        check(textclean.clean(fdp.ConsumeUnicode(len(data)), html=False))
    else:
        check(textclean.clean_html(fdp.ConsumeBytes(len(data))))


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
