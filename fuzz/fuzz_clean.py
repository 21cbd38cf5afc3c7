"""Coverage-guided fuzz target for textclean.clean() and textclean.clean_html() (atheris).

    make fuzz                                   # 1,000,000 executions
    .venv/bin/python fuzz/fuzz_clean.py -runs=100000 fuzz/seeds
    .venv/bin/python fuzz/fuzz_clean.py -max_total_time=60 fuzz/seeds

Any exception other than a clean return is a crash; every crash found is kept as a
regression test.  An input that costs more than ``TEXTCLEAN_FUZZ_MAX_CPU`` seconds of CPU
(default 2; inputs are at most a few kB, which normally take milliseconds), twice in a row (a
first run may fill a cache), is a crash too:
the linear-time guarantee, measured in CPU time so that a busy machine does not trigger it
(libFuzzer's own ``-timeout`` is wall-clock).  With TEXTCLEAN_FUZZ_IDEMPOTENCE=1 the target also checks that cleaning
the output again changes nothing (the Hypothesis suite checks this on every CI run).  The seed corpus is built from the
test fixtures by ``fuzz/make_seeds.py``.
"""

from __future__ import annotations

import os
import sys
import time

import atheris

with atheris.instrument_imports():
    import textclean
    import textclean.cleaners
    import textclean.html
    import textclean.metadata


#: Also check idempotence of every output (TEXTCLEAN_FUZZ_IDEMPOTENCE=1); by default a "crash"
#: is an exception, a non-Document result or output that cannot be serialised.
CHECK_IDEMPOTENCE = os.environ.get("TEXTCLEAN_FUZZ_IDEMPOTENCE") == "1"
#: CPU seconds one input may take before it counts as a (linear-time) crash.
MAX_CPU = float(os.environ.get("TEXTCLEAN_FUZZ_MAX_CPU", "2"))


class TooSlow(AssertionError):
    """An input took more CPU time than ``MAX_CPU`` (super-linear behaviour)."""


def check(doc: textclean.Document) -> None:
    assert isinstance(doc, textclean.Document)
    doc.to_json()
    assert isinstance(doc.text, str)
    if CHECK_IDEMPOTENCE:
        again = textclean.clean(doc.text, html=False)
        assert again.paragraphs == textclean.clean(again.text, html=False).paragraphs


def test_one_input(data: bytes) -> None:
    t0 = time.process_time()
    run_one(data)
    spent = time.process_time() - t0
    if spent > MAX_CPU:
        # A first use can fill a cache (htmldate's date parser compiles its regexes per locale
        # on first need, ~1.5 s): only an input that is slow again is super-linear.
        t0 = time.process_time()
        run_one(data)
        again = time.process_time() - t0
        if again > MAX_CPU:
            raise TooSlow(f"{len(data)} bytes took {spent:.2f} s, then {again:.2f} s of CPU (limit {MAX_CPU:g} s)")


def run_one(data: bytes) -> None:
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
