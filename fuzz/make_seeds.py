"""Build the fuzz seed corpus (fuzz/seeds/) from the test fixtures."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    out = ROOT / "fuzz" / "seeds"
    out.mkdir(exist_ok=True)
    n = 0
    for path in sorted((ROOT / "tests" / "fixtures").rglob("*")):
        if path.is_file() and path.suffix in (".txt", ".html", ".htm"):
            data = path.read_bytes()
            # each mode byte (0-3) in front of a prefix of the fixture
            for mode in range(4):
                (out / f"{path.stem}-{mode}").write_bytes(bytes([mode]) + data[:4000])
                n += 1
    print(f"{n} seeds in {out}")


if __name__ == "__main__":
    main()
