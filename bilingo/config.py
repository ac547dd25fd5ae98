"""Read bilingo's settings from ``bilingo.toml`` or ``[tool.bilingo]`` in ``pyproject.toml``.

The search goes upward from the working directory, as ruff and black do: in each folder
a ``bilingo.toml`` wins, and a ``pyproject.toml`` counts only when it has a
``[tool.bilingo]`` table. Keys are kebab-case in TOML and map one to one onto
``Settings`` fields; per-rule settings live in a ``rules`` sub-table::

    [tool.bilingo]
    translator = "apertium"
    fail-on = "warning"
    exclude = ["drafts/**"]
    pairs = [["home.md", "inicio.md"]]

    [tool.bilingo.rules]
    number-mismatch = "warning"        # a severity, or "off"
    low-similarity = { enabled = false }
    BL202 = { severity = "info" }      # codes work too

A wrong key or value raises ``ConfigError`` whose message names the file, the table and
the key (with a "did you mean" for typos), so a CI log says exactly what to fix.
Command-line flags are applied last with ``apply_overrides``.
"""

from __future__ import annotations

import dataclasses
import difflib
import math
import os
import re
import tomllib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bilingo.errors import ConfigError
from bilingo.model import SEVERITIES
from bilingo.rules import RULES, RULES_BY_CODE
from bilingo.settings import Settings

CONFIG_FILE_NAMES = ("bilingo.toml", "pyproject.toml")
TRANSLATORS = ("auto", "apertium", "marian", "identity")
LANGUAGES = ("en", "es")
FAIL_ON_VALUES = (*SEVERITIES, "never")
RULE_OFF = "off"


@dataclasses.dataclass(frozen=True)
class ConfigSource:
    """Where a table of settings was read from, for error messages and relative paths."""

    path: Path
    table: str  # "[tool.bilingo]", or "" for the top level of bilingo.toml

    @property
    def directory(self) -> Path:
        return self.path.parent

    def error(self, message: str) -> ConfigError:
        where = f"{self.table} " if self.table else ""
        return ConfigError(f"{display_path(self.path)}: {where}{message}")


# --- finding the file ----------------------------------------------------------------


def find_config(start: Path) -> Path | None:
    """The nearest config file at or above ``start``, or ``None``.

    ``bilingo.toml`` wins over ``pyproject.toml`` in the same folder; a ``pyproject.toml``
    without a ``[tool.bilingo]`` table is passed over (most projects have one for other
    tools). An unreadable ``pyproject.toml`` is passed over too: it is not ours to judge.
    """
    start = Path(start).resolve()
    for folder in (start, *start.parents):
        candidate = folder / "bilingo.toml"
        if candidate.is_file():
            return candidate
        candidate = folder / "pyproject.toml"
        if candidate.is_file() and _pyproject_has_bilingo_table(candidate):
            return candidate
    return None


def _pyproject_has_bilingo_table(path: Path) -> bool:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return False
    return isinstance(data.get("tool"), dict) and "bilingo" in data["tool"]


# --- reading it ----------------------------------------------------------------------


def load_config(path: str | os.PathLike | None = None, start: Path | None = None) -> Settings:
    """Settings from ``path``, or from the config file found upward from ``start`` (default: cwd).

    No config file anywhere means the defaults. A ``path`` that does not exist is an error:
    the user asked for it by name.
    """
    if path is not None:
        if not Path(path).is_file():
            raise ConfigError(f"{path}: no such config file")
        return load_settings(Path(path))
    found = find_config(start if start is not None else Path.cwd())
    return load_settings(found) if found is not None else Settings()


def load_settings(path: Path) -> Settings:
    """Parse one config file into ``Settings`` (defaults for whatever it does not set)."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        raise ConfigError(f"{path}: cannot read config file: {error.strerror or error}") from None
    except UnicodeDecodeError:
        raise ConfigError(f"{path}: config file is not valid UTF-8") from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"{path}: invalid TOML: {error}") from None

    tool_table = data.get("tool", {}).get("bilingo") if isinstance(data.get("tool"), dict) else None
    if path.name == "pyproject.toml" or (tool_table is not None and set(data) == {"tool"}):
        # pyproject.toml, or a bilingo.toml written with the pyproject table header
        if tool_table is None:
            raise ConfigError(f"{path}: no [tool.bilingo] table")
        source = ConfigSource(path, "[tool.bilingo]")
        table = tool_table
    else:
        source = ConfigSource(path, "")
        table = data
    if not isinstance(table, dict):
        raise source.error("must be a table")
    return settings_from_table(table, source)


def settings_from_table(table: dict[str, Any], source: ConfigSource) -> Settings:
    """Validate every key of a ``[tool.bilingo]`` table and build ``Settings`` from it."""
    values: dict[str, Any] = {"config_path": str(source.path)}
    for key, value in table.items():
        if key == "rules":
            disabled, severities = parse_rules_table(value, source)
            values["disabled_rules"] = disabled
            values["severities"] = severities
            continue
        option = OPTIONS.get(key)
        if option is None:
            raise source.error(f"unknown key {key!r}{did_you_mean(key, [*OPTIONS, 'rules'])}")
        field_name, parse = option
        values[field_name] = parse(value, key, source)
    settings = Settings(**values)
    check_thresholds(settings, source)
    return settings


def did_you_mean(word: str, choices: list[str]) -> str:
    close = difflib.get_close_matches(word, choices, n=1, cutoff=0.6)
    return f" (did you mean {close[0]!r}?)" if close else ""


# --- value parsers: (value, key, source) -> the Settings field's value -----------------------


def _choice(choices: tuple[str, ...]) -> Callable[[Any, str, ConfigSource], str]:
    def parse(value: Any, key: str, source: ConfigSource) -> str:
        if value not in choices:
            raise source.error(f"{key} = {value!r}: expected one of {', '.join(choices)}")
        return value

    return parse


def _string(value: Any, key: str, source: ConfigSource) -> str:
    if not isinstance(value, str) or not value:
        raise source.error(f"{key} = {value!r}: expected a non-empty string")
    return value


def _boolean(value: Any, key: str, source: ConfigSource) -> bool:
    if not isinstance(value, bool):
        raise source.error(f"{key} = {value!r}: expected true or false")
    return value


def _fraction(value: Any, key: str, source: ConfigSource) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or math.isnan(value) or not 0 <= value <= 1:
        raise source.error(f"{key} = {value!r}: expected a number between 0 and 1")
    return float(value)


def _positive_seconds(value: Any, key: str, source: ConfigSource) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value) or value <= 0:
        raise source.error(f"{key} = {value!r}: expected a number of seconds above 0")
    return float(value)


def _positive_integer(value: Any, key: str, source: ConfigSource) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise source.error(f"{key} = {value!r}: expected a whole number of at least 1")
    return value


def _directory(value: Any, key: str, source: ConfigSource) -> str:
    """A folder path; relative paths are relative to the config file, not the working directory."""
    text = os.path.expanduser(_string(value, key, source))
    return str(source.directory / text) if not os.path.isabs(text) else text


def _string_list(value: Any, key: str, source: ConfigSource) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(item, str) and item for item in value):
        raise source.error(f"{key} = {value!r}: expected a list of strings")
    return list(value)


def _regex_list(value: Any, key: str, source: ConfigSource) -> list[str]:
    patterns = _string_list(value, key, source)
    for pattern in patterns:
        try:
            re.compile(pattern)
        except re.error as error:
            raise source.error(f"{key}: {pattern!r} is not a valid regular expression ({error})") from None
    return patterns


def _string_pairs(value: Any, key: str, source: ConfigSource) -> list[tuple[str, str]]:
    if not isinstance(value, list) or not all(
        isinstance(item, list) and len(item) == 2 and all(isinstance(part, str) and part for part in item)
        for item in value
    ):
        raise source.error(f"{key} = {value!r}: expected a list of [english, spanish] pairs of strings")
    return [(english, spanish) for english, spanish in value]


def _file_pairs(value: Any, key: str, source: ConfigSource) -> list[tuple[str, str]]:
    """Explicit (en, es) file pairs, relative to the config file's folder."""
    return [
        (display_path(source.directory / english), display_path(source.directory / spanish))
        for english, spanish in _string_pairs(value, key, source)
    ]


def _pair_patterns(value: Any, key: str, source: ConfigSource) -> list[tuple[str, str]]:
    from bilingo.batch import PairPattern

    patterns = _string_pairs(value, key, source)
    for english, spanish in patterns:
        try:
            PairPattern(english, spanish)
        except ValueError as error:
            raise source.error(f"{key}: {error}") from None
    return patterns


def display_path(path: Path) -> str:
    """A path as a user would type it: relative to the working directory when inside it."""
    absolute = Path(os.path.abspath(path))
    try:
        return absolute.relative_to(Path.cwd()).as_posix()
    except ValueError:
        return str(absolute)


# TOML key -> (Settings field, parser)
OPTIONS: dict[str, tuple[str, Callable[[Any, str, ConfigSource], Any]]] = {
    "translator": ("translator", _choice(TRANSLATORS)),
    "model": ("model", _string),
    "translate-to": ("translate_to", _choice(LANGUAGES)),
    "cache": ("cache", _boolean),
    "cache-dir": ("cache_dir", _directory),
    "device": ("device", _choice(("cpu", "cuda"))),
    "fail-on": ("fail_on", _choice(FAIL_ON_VALUES)),
    "match-threshold": ("match_threshold", _fraction),
    "low-similarity-threshold": ("low_similarity_threshold", _fraction),
    "skip-score": ("skip_score", _fraction),
    "include": ("include", _string_list),
    "exclude": ("exclude", _string_list),
    "pairs": ("pairs", _file_pairs),
    "pair-patterns": ("pair_patterns", _pair_patterns),
    "chrome-patterns": ("chrome_patterns", _regex_list),
    "translator-timeout": ("translator_timeout", _positive_seconds),
    "marian-batch-size": ("marian_batch_size", _positive_integer),
    "marian-num-beams": ("marian_num_beams", _positive_integer),
}


def parse_rules_table(table: Any, source: ConfigSource) -> tuple[set[str], dict[str, str]]:
    """``[tool.bilingo.rules]``: per rule, a severity or "off", or ``{enabled, severity}``.

    Rules may be named by kebab-case name or by code; both are stored by name.
    """
    rules_table = f"{source.table[:-1]}.rules]" if source.table else "[rules]"
    rules_source = dataclasses.replace(source, table=rules_table)
    if not isinstance(table, dict):
        raise source.error(f"rules = {table!r}: expected a table of rule settings")
    disabled: set[str] = set()
    severities: dict[str, str] = {}
    for key, value in table.items():
        rule = RULES.get(key) or RULES_BY_CODE.get(key.upper())
        if rule is None:
            raise rules_source.error(f"unknown rule {key!r}{did_you_mean(key, list(RULES))}")
        if isinstance(value, str):
            value = {"enabled": False} if value == RULE_OFF else {"severity": value}
        if not isinstance(value, dict):
            raise rules_source.error(f"{key} = {value!r}: expected a severity, \"off\", or a table")
        for setting, setting_value in value.items():
            if setting == "enabled":
                if not _boolean(setting_value, f"{key}.enabled", rules_source):
                    disabled.add(rule.name)
            elif setting == "severity":
                if setting_value not in SEVERITIES:
                    raise rules_source.error(
                        f"{key} = {setting_value!r}: expected one of {', '.join(SEVERITIES)} or \"{RULE_OFF}\""
                    )
                severities[rule.name] = setting_value
            else:
                raise rules_source.error(
                    f"{key}: unknown setting {setting!r}{did_you_mean(setting, ['enabled', 'severity'])}"
                )
    return disabled, severities


def check_thresholds(settings: Settings, source: ConfigSource) -> None:
    if settings.low_similarity_threshold < settings.match_threshold:
        raise source.error(
            f"low-similarity-threshold ({settings.low_similarity_threshold:g}) must not be below "
            f"match-threshold ({settings.match_threshold:g})"
        )


# --- command-line overrides ----------------------------------------------------------


def apply_overrides(settings: Settings, **cli_values: Any) -> Settings:
    """A copy of ``settings`` with every command-line value that was given (not ``None``).

    Flags win over the config file. Keyword names are ``Settings`` field names.
    """
    fields = {field.name for field in dataclasses.fields(Settings)}
    unknown = set(cli_values) - fields
    if unknown:
        raise TypeError(f"apply_overrides: not Settings fields: {', '.join(sorted(unknown))}")
    given = {name: value for name, value in cli_values.items() if value is not None}
    return dataclasses.replace(settings, **given)
