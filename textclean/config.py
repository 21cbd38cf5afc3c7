"""Settings of the ``textclean`` command: config files, pattern files, sizes.

Settings come from, in increasing priority: built-in defaults, a config file
(``textclean.toml``, or the ``[tool.textclean]`` table of ``pyproject.toml``,
found in the current directory or its parents, or given with ``--config``), and
command-line options.

>>> parse_size("10M"), parse_size("512k"), parse_size("1000"), parse_size("0")
(10485760, 524288, 1000, 0)
>>> parse_patterns("# comment\\nhouse-ad   ^download our app\\n")
[('house-ad', '^download our app')]
>>> normalize_config({"max-size": "1M", "disable": "dedupe"}, "x")["max_size"]
1048576
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .pipeline import Pipeline

__all__ = [
    "ConfigError",
    "Settings",
    "build_pipeline",
    "find_config",
    "load_config",
    "normalize_config",
    "parse_patterns",
    "parse_size",
    "read_patterns",
]

#: Default ``--max-size``: larger single documents are reported as failed.
DEFAULT_MAX_SIZE = 64 * 1024 * 1024


class ConfigError(ValueError):
    """A bad config file, pattern file or option value (a usage error: exit status 2)."""


@dataclass
class Settings:
    """Everything that configures the pipeline and the input selection."""

    quotes: str = "straight"
    language: str = "auto"
    disable: list[str] = field(default_factory=list)
    enable: list[str] = field(default_factory=list)
    patterns: list[tuple[str, str]] = field(default_factory=list)
    max_size: int = DEFAULT_MAX_SIZE
    workers: int | None = None
    glob: list[str] = field(default_factory=list)
    exclude: list[str] = field(default_factory=list)
    text_field: str = "text"
    html_field: str | None = None
    url_field: str | None = None


_SIZE_UNITS = {"": 1, "b": 1, "k": 1024, "kb": 1024, "m": 1024**2, "mb": 1024**2, "g": 1024**3, "gb": 1024**3}


def parse_size(value: str | int) -> int:
    """``"10M"`` -> bytes (``k``, ``M``, ``G`` are powers of 1024); ``0`` means no limit."""
    if isinstance(value, int):
        if value < 0:
            raise ConfigError(f"invalid size: {value}")
        return value
    text = value.strip().lower()
    num = text.rstrip("kmgb")
    unit = text[len(num):]
    try:
        n = float(num)
    except ValueError:
        raise ConfigError(f"invalid size {value!r} (use e.g. 500k, 10M, 1G)") from None
    if unit not in _SIZE_UNITS or n < 0:
        raise ConfigError(f"invalid size {value!r} (use e.g. 500k, 10M, 1G)")
    return int(n * _SIZE_UNITS[unit])


def parse_patterns(text: str, origin: str = "<patterns>") -> list[tuple[str, str]]:
    """Parse a pattern file: one ``reason  regex`` per line; ``#`` comments and blank lines skipped."""
    import regex

    out: list[tuple[str, str]] = []
    for lineno, line in enumerate(text.splitlines(), start=1):
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        parts = stripped.split(None, 1)
        if len(parts) != 2:
            raise ConfigError(f"{origin}:{lineno}: expected 'reason regex', got {stripped!r}")
        reason, pattern = parts
        try:
            regex.compile(pattern)
        except regex.error as exc:
            raise ConfigError(f"{origin}:{lineno}: invalid regex {pattern!r}: {exc}") from None
        out.append((reason, pattern))
    return out


def read_patterns(path: str | Path) -> list[tuple[str, str]]:
    """Read a pattern file (see :func:`parse_patterns`)."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read pattern file {path}: {exc}") from None
    return parse_patterns(text, str(path))


def find_config(start: Path | None = None) -> Path | None:
    """The nearest ``textclean.toml``, or ``pyproject.toml`` with a ``[tool.textclean]`` table."""
    here = (start or Path.cwd()).resolve()
    for d in (here, *here.parents):
        candidate = d / "textclean.toml"
        if candidate.is_file():
            return candidate
        pyproject = d / "pyproject.toml"
        if pyproject.is_file():
            try:
                data = tomllib.loads(pyproject.read_text(encoding="utf-8"))
            except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
                continue
            if isinstance(data.get("tool"), dict) and "textclean" in data["tool"]:
                return pyproject
    return None


_LIST_KEYS = ("disable", "enable", "glob", "exclude")
_STR_KEYS = ("quotes", "language", "text_field", "html_field", "url_field")
_QUOTE_STYLES = ("straight", "curly", "keep")
_KNOWN = {*_LIST_KEYS, *_STR_KEYS, "patterns", "extra_patterns", "max_size", "workers"}


def normalize_config(raw: dict[str, Any], origin: str, base: Path | None = None) -> dict[str, Any]:
    """Validate a config table; keys may use ``-`` or ``_``; ``patterns`` is a file (relative to ``base``)."""
    out: dict[str, Any] = {}
    for key, value in raw.items():
        k = key.replace("-", "_")
        if k not in _KNOWN:
            known = ", ".join(sorted(n.replace("_", "-") for n in _KNOWN if n != "extra_patterns"))
            raise ConfigError(f"{origin}: unknown setting {key!r} (known: {known}, extra-patterns)")
        if k in _LIST_KEYS:
            if isinstance(value, str):
                value = [value]
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise ConfigError(f"{origin}: {key} must be a string or a list of strings")
            out[k] = list(value)
        elif k in _STR_KEYS:
            if not isinstance(value, str):
                raise ConfigError(f"{origin}: {key} must be a string")
            if k == "quotes" and value not in _QUOTE_STYLES:
                # (checked here, where the file is known: the pipeline's own error names no file)
                raise ConfigError(f"{origin}: quotes must be 'straight', 'curly' or 'keep', not {value!r}")
            out[k] = value
        elif k == "max_size":
            out[k] = parse_size(value)
        elif k == "workers":
            if not isinstance(value, int) or value < 1:
                raise ConfigError(f"{origin}: workers must be a positive integer")
            out[k] = value
        elif k == "patterns":
            if not isinstance(value, str):
                raise ConfigError(f"{origin}: patterns must be the path of a pattern file")
            path = Path(value)
            if base is not None and not path.is_absolute():
                path = base / path
            out.setdefault("extra_patterns", [])
            out["extra_patterns"] = read_patterns(path) + out["extra_patterns"]
        else:  # extra_patterns: {reason = regex} or [[reason, regex], ...]
            pairs: list[tuple[str, str]] = []
            if isinstance(value, dict):
                pairs = [(str(r), str(p)) for r, p in value.items()]
            elif isinstance(value, list) and all(
                isinstance(v, list) and len(v) == 2 and all(isinstance(x, str) for x in v) for v in value
            ):
                pairs = [(v[0], v[1]) for v in value]
            else:
                raise ConfigError(f"{origin}: extra-patterns must be a table reason = regex")
            text = "\n".join(f"{r} {p}" for r, p in pairs)
            out["extra_patterns"] = [*out.get("extra_patterns", []), *parse_patterns(text, origin)]
    return out


def load_config(path: str | Path) -> dict[str, Any]:
    """Read and validate a config file (``textclean.toml`` or ``pyproject.toml``)."""
    p = Path(path)
    try:
        data = tomllib.loads(p.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read config file {p}: {exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{p}: invalid TOML: {exc}") from None
    if p.name == "pyproject.toml":
        tool = data.get("tool", {})
        data = tool.get("textclean", {}) if isinstance(tool, dict) else {}
        if not isinstance(data, dict):
            raise ConfigError(f"{p}: [tool.textclean] must be a table")
    return normalize_config(data, str(p), p.parent)


def build_pipeline(settings: Settings) -> Pipeline:
    """The pipeline for ``settings`` (``KeyError`` for unknown cleaner names)."""
    from .cleaners import OPTIONAL_CLEANERS

    optional = [n for n in settings.enable if n in OPTIONAL_CLEANERS]
    try:
        pipeline = Pipeline.default(
            quotes=settings.quotes, language=settings.language, extra_patterns=settings.patterns,
            enable=optional,
        )
    except ValueError as exc:  # (an unknown language or quote style)
        raise ConfigError(str(exc)) from None
    known = set(pipeline.names)
    for name in settings.enable:
        if name not in known:
            raise KeyError(f"no cleaner named {name!r}; the pipeline has {pipeline.names}")
    disabled = [n for n in dict.fromkeys(settings.disable) if n not in settings.enable]
    return pipeline.without(*disabled) if disabled else pipeline
