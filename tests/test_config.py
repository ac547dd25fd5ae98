"""Settings come from bilingo.toml or [tool.bilingo], found upward; bad keys name file and key."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from bilingo.config import apply_overrides, find_config, load_config, load_settings
from bilingo.errors import ConfigError
from bilingo.settings import Settings

NEWSROOM_PYPROJECT = """\
[project]
name = "newsroom-site"

[tool.black]
line-length = 100

[tool.bilingo]
translator = "apertium"
translate-to = "es"
cache-dir = ".bilingo-cache"
fail-on = "warning"
match-threshold = 0.25
low-similarity-threshold = 0.35
skip-score = 0.2
include = ["content/**"]
exclude = ["content/drafts/**"]
pairs = [["content/home.md", "content/inicio.md"]]
pair-patterns = [["{name}.eng.{ext}", "{name}.spa.{ext}"]]
chrome-patterns = ["^Leer en (?:Español|English)$"]

[tool.bilingo.rules]
number-mismatch = "warning"
low-similarity = "off"
BL202 = { severity = "info" }
quote-mismatch = { enabled = false }
"""


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_pyproject_table_is_read_into_settings(tmp_path):
    config = write(tmp_path / "pyproject.toml", NEWSROOM_PYPROJECT)
    settings = load_settings(config)
    assert settings.translator == "apertium"
    assert settings.translate_to == "es"
    assert settings.fail_on == "warning"
    assert (settings.match_threshold, settings.low_similarity_threshold, settings.skip_score) == (0.25, 0.35, 0.2)
    assert settings.include == ["content/**"] and settings.exclude == ["content/drafts/**"]
    assert settings.pair_patterns == [("{name}.eng.{ext}", "{name}.spa.{ext}")]
    assert settings.chrome_patterns == ["^Leer en (?:Español|English)$"]
    # relative paths in the config are relative to the config file, wherever bilingo runs from
    assert Path(settings.cache_dir) == tmp_path / ".bilingo-cache"
    english, spanish = settings.pairs[0]
    assert Path(english).resolve() == (tmp_path / "content/home.md").resolve()
    assert Path(spanish).resolve() == (tmp_path / "content/inicio.md").resolve()
    # per-rule settings: by name or by code, a severity or "off" or a table
    assert settings.severities == {"number-mismatch": "warning", "name-mismatch": "info"}
    assert settings.disabled_rules == {"low-similarity", "quote-mismatch"}
    assert settings.config_path == str(config)


def test_bilingo_toml_uses_top_level_keys(tmp_path):
    config = write(tmp_path / "bilingo.toml", 'translator = "marian"\nmodel = "models/opus"\nmarian-batch-size = 8\n'
                   'marian-num-beams = 4\ntranslator-timeout = 300\n[rules]\nuntranslated = "warning"\n')
    settings = load_settings(config)
    assert settings.translator == "marian" and settings.model == "models/opus"
    assert (settings.marian_batch_size, settings.marian_num_beams, settings.translator_timeout) == (8, 4, 300.0)
    assert settings.severities == {"untranslated": "warning"}
    # everything not set keeps the defaults
    assert settings.match_threshold == Settings().match_threshold


def test_config_is_found_upward_and_bilingo_toml_wins(tmp_path):
    nested = tmp_path / "site/content/2024"
    nested.mkdir(parents=True)
    assert find_config(nested) is None
    # a pyproject.toml without [tool.bilingo] belongs to other tools and is passed over
    write(tmp_path / "site/pyproject.toml", '[project]\nname = "site"\n')
    assert find_config(nested) is None
    write(tmp_path / "pyproject.toml", NEWSROOM_PYPROJECT)
    assert find_config(nested) == tmp_path / "pyproject.toml"
    write(tmp_path / "site/bilingo.toml", 'fail-on = "info"\n')
    assert find_config(nested) == tmp_path / "site/bilingo.toml"
    assert load_config(start=nested).fail_on == "info"


def test_no_config_anywhere_means_defaults(tmp_path):
    assert load_config(start=tmp_path) == Settings()


def test_explicit_config_path_that_does_not_exist_is_an_error(tmp_path):
    with pytest.raises(ConfigError, match="no such config file"):
        load_config(tmp_path / "missing.toml")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('trasnlator = "apertium"\n', "unknown key 'trasnlator' (did you mean 'translator'?)"),
        ('fail-on = "sometimes"\n', "fail-on = 'sometimes': expected one of info, warning, error, never"),
        ("match-threshold = 2\n", "match-threshold = 2: expected a number between 0 and 1"),
        ('skip-score = "high"\n', "skip-score = 'high': expected a number between 0 and 1"),
        ('include = "content/**"\n', "include = 'content/**': expected a list of strings"),
        ('pairs = [["a.md"]]\n', "expected a list of [english, spanish] pairs"),
        ('pair-patterns = [["{stem}.en.md", "{stem}.es.md"]]\n', "unknown placeholder {stem}"),
        ('chrome-patterns = ["(unclosed"]\n', "'(unclosed' is not a valid regular expression"),
        ("translator-timeout = 0\n", "translator-timeout = 0: expected a number of seconds above 0"),
        ('translator-timeout = "1m"\n', "translator-timeout = '1m': expected a number of seconds above 0"),
        ("marian-batch-size = 2.5\n", "marian-batch-size = 2.5: expected a whole number of at least 1"),
        ("marian-num-beams = 0\n", "marian-num-beams = 0: expected a whole number of at least 1"),
        ("low-similarity-threshold = 0.1\nmatch-threshold = 0.3\n", "must not be below match-threshold"),
        ('[rules]\nnumber-mismach = "off"\n', "[rules] unknown rule 'number-mismach' (did you mean 'number-mismatch'?)"),
        ('[rules]\nnumber-mismatch = "fatal"\n', "number-mismatch = 'fatal': expected one of info, warning, error or \"off\""),
        ("[rules]\nBL201 = { enable = false }\n", "unknown setting 'enable' (did you mean 'enabled'?)"),
    ],
)
def test_bad_keys_and_values_name_the_file_and_the_key(tmp_path, monkeypatch, text, expected):
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "bilingo.toml", text)
    with pytest.raises(ConfigError) as raised:
        load_config()
    message = str(raised.value)
    assert message.startswith("bilingo.toml: ")
    assert expected in message


def test_pyproject_errors_name_the_tool_table(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "pyproject.toml", '[tool.bilingo]\ntrasnlator = "apertium"\n')
    with pytest.raises(ConfigError, match=r"^pyproject.toml: \[tool.bilingo\] unknown key 'trasnlator'"):
        load_config()
    write(tmp_path / "pyproject.toml", '[tool.bilingo.rules]\npronoun-mismatches = "off"\n')
    with pytest.raises(ConfigError, match=r"\[tool.bilingo.rules\] unknown rule 'pronoun-mismatches' \(did you mean 'pronoun-mismatch'\?\)"):
        load_config()


def test_invalid_toml_is_a_config_error_not_a_traceback(tmp_path):
    config = write(tmp_path / "bilingo.toml", "translator = apertium\n")
    with pytest.raises(ConfigError, match="invalid TOML"):
        load_settings(config)


def test_command_line_values_override_the_file_and_none_means_not_given(tmp_path):
    settings = load_settings(write(tmp_path / "pyproject.toml", NEWSROOM_PYPROJECT))
    overridden = apply_overrides(settings, translator="marian", fail_on=None, cache_dir=None, langs=("es", "en"))
    assert overridden.translator == "marian"
    assert overridden.fail_on == "warning"  # not given on the command line: the file's value stays
    assert overridden.cache_dir == settings.cache_dir
    assert overridden.langs == ("es", "en")
    assert settings.translator == "apertium"  # the loaded settings are not mutated
    with pytest.raises(TypeError):
        apply_overrides(settings, translater="marian")


def run_bilingo(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "NO_COLOR": "1"}
    return subprocess.run([sys.executable, "-m", "bilingo", *args], capture_output=True, text=True, cwd=cwd,
                          env=environment, timeout=120)


def test_the_command_line_reports_a_config_error_in_one_line_with_exit_code_2(tmp_path):
    write(tmp_path / "bilingo.toml", 'trasnlator = "apertium"\n')
    write(tmp_path / "content/story.en.md", "The mayor resigned on Friday.\n")
    result = run_bilingo("check", "content/story.en.md", cwd=tmp_path / "content")  # found upward
    assert result.returncode == 2
    assert "bilingo.toml: unknown key 'trasnlator' (did you mean 'translator'?)" in result.stderr
    assert "Traceback" not in result.stderr
    # a bad option is a usage error too (click's own default would be 1, which CI reads as findings)
    result = run_bilingo("check", "story.en.md", "--fail-on", "sometimes", cwd=tmp_path)
    assert result.returncode == 2 and "Traceback" not in result.stderr
