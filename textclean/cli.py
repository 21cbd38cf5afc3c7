"""The ``textclean`` command."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from . import __version__
from .pipeline import Pipeline


def _read(path: str) -> bytes:
    if path == "-":
        return sys.stdin.buffer.read()
    return Path(path).read_bytes()


def cmd_clean_files(args: argparse.Namespace) -> int:
    pipeline = Pipeline.default(quotes=args.quotes, language=args.language)
    if args.disable:
        pipeline = pipeline.without(*args.disable)
    failed = 0
    out = sys.stdout
    for path in args.paths:
        try:
            data = _read(path)
        except OSError as exc:
            print(f"textclean: {path}: {exc.strerror or exc}", file=sys.stderr)
            failed += 1
            continue
        doc = pipeline.clean(data)
        if args.format == "jsonl":
            out.write(json.dumps({"source": path, **doc.to_dict()}, ensure_ascii=False) + "\n")
        elif args.format == "json":
            out.write(json.dumps({"source": path, **doc.to_dict()}, ensure_ascii=False, indent=2) + "\n")
        else:
            out.write(f"==> {path} <==\n")
            if doc.title:
                out.write(f"# {doc.title}\n")
            meta = []
            if doc.authors:
                meta.append("by " + ", ".join(doc.authors))
            if doc.date:
                meta.append(doc.date.isoformat())
            if doc.url:
                meta.append(doc.url)
            if meta:
                out.write("(" + " | ".join(meta) + ")\n")
            out.write("\n" + doc.text + "\n")
            if doc.removed:
                counts = ", ".join(f"{k} {v}" for k, v in doc.removed_by_reason().items())
                out.write(f"\n[removed: {counts}]\n")
            out.write("\n")
    return 1 if failed else 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="textclean", description="Clean messy scraped documents.")
    parser.add_argument("--version", action="version", version=f"textclean {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("clean-files", help="clean text files", description="Clean text files.")
    p.add_argument("paths", nargs="+", metavar="PATH", help="files to clean ('-' for standard input)")
    p.add_argument("--format", choices=["jsonl", "json", "txt"], default="jsonl")
    p.add_argument("--quotes", choices=["straight", "curly", "keep"], default="straight")
    p.add_argument("--language", default="en")
    p.add_argument("--disable", action="append", default=[], metavar="CLEANER")
    p.set_defaults(func=cmd_clean_files)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.func(args))
    except KeyError as exc:
        print(f"textclean: {exc.args[0]}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
