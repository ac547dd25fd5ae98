"""The Apertium backend: real Apertium on real sentences, and faults from fake executables."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from bilingo.settings import Settings
from bilingo.translate import TranslatorError
from bilingo.translate.apertium import ApertiumTranslator, apertium_available, create, flatten


def fake_apertium(directory: Path, body: str) -> str:
    """An executable shell script standing in for ``apertium``; returns its path."""
    script = directory / "fake-apertium"
    script.write_text("#!/bin/sh\n" + body + "\n", encoding="utf-8")
    script.chmod(script.stat().st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
    return str(script)


@pytest.fixture(scope="module")
def apertium() -> ApertiumTranslator:
    return create(Settings(translator="apertium"))


@pytest.fixture(scope="module")
def flores_es_en(flores_documents) -> tuple[list[str], list[str]]:
    documents = flores_documents
    spanish = [sentence for document in documents for sentence in document["es"]]
    english = [sentence for document in documents for sentence in document["en"]]
    return spanish[:50], english[:50]


def test_spanish_news_sentence_translates_to_english(apertium):
    [translation] = apertium.translate(["El presidente firmó la ley el martes."], "es", "en")
    assert "president" in translation.lower()
    assert "law" in translation.lower()


def test_english_sentence_translates_to_spanish(apertium):
    [translation] = apertium.translate(["The president signed the law on Tuesday."], "en", "es")
    assert "presidente" in translation.lower()


def test_model_names_the_language_package(apertium):
    assert apertium.name == "apertium"
    assert apertium.model.startswith("apertium-eng-spa")


def test_flores_batch_gives_one_translation_per_sentence_in_order(apertium, flores_es_en):
    spanish, _ = flores_es_en
    translations = apertium.translate(spanish, "es", "en")
    assert len(translations) == len(spanish) == 50
    assert all(translation.strip() for translation in translations)
    # Line i is sentence i: chunks of 7 lines in separate processes give the same lines.
    chunked = ApertiumTranslator(chunk_size=7).translate(spanish, "es", "en")
    assert chunked == translations
    assert apertium.translate(spanish[10:11], "es", "en") == translations[10:11]


def test_english_flores_batch_translates_to_spanish(apertium, flores_es_en):
    _, english = flores_es_en
    translations = apertium.translate(english, "en", "es")
    assert len(translations) == 50
    assert all(translation.strip() for translation in translations)


def test_text_with_newlines_stays_one_translation(apertium):
    texts = ["El gobierno anunció\nnuevas medidas.\r\nAyer.", "La ley entra en vigor\u2028en enero.", "Gracias."]
    translations = apertium.translate(texts, "es", "en")
    assert len(translations) == 3
    assert "government" in translations[0].lower() and "yesterday" in translations[0].lower()
    assert "january" in translations[1].lower()
    assert "thanks" in translations[2].lower() or "thank" in translations[2].lower()
    assert all("\n" not in translation for translation in translations)


def test_flatten_leaves_one_line():
    assert flatten(" a\nb\r\nc\x0bd\x0ce\u2028f\x00g ") == "a b  c d e f g"


def test_empty_inputs(apertium, tmp_path):
    assert apertium.translate([], "es", "en") == []
    translations = apertium.translate(["", "El perro come.", "   ", "\n"], "es", "en")
    assert translations[0] == translations[2] == translations[3] == ""
    assert "dog" in translations[1].lower()
    # Blank texts never start a process: a translator that always fails still answers them.
    failing = ApertiumTranslator(executable=fake_apertium(tmp_path, "exit 1"))
    assert failing.translate(["", " "], "es", "en") == ["", ""]
    assert failing.translate([], "es", "en") == []


def test_same_language_is_returned_unchanged(apertium):
    assert apertium.translate(["Hola."], "es", "es") == ["Hola."]


def test_unsupported_language_pair_is_an_error(apertium):
    with pytest.raises(TranslatorError, match="cannot translate 'fr'"):
        apertium.translate(["Bonjour."], "fr", "en")


def test_missing_executable_says_how_to_install():
    with pytest.raises(TranslatorError, match=r"apt-get install apertium apertium-eng-spa"):
        ApertiumTranslator(executable="/nonexistent/bin/apertium")


def test_missing_language_mode_says_how_to_install(tmp_path):
    script = fake_apertium(
        tmp_path, 'echo "Error: Mode $2 does not exist. Try one of:" >&2; echo "  eng-cat" >&2; exit 1'
    )
    with pytest.raises(TranslatorError, match=r"no spa-eng mode.*apt-get install apertium apertium-eng-spa"):
        ApertiumTranslator(executable=script).translate(["Hola."], "es", "en")


def test_crash_reports_the_last_line_of_stderr(tmp_path):
    script = fake_apertium(tmp_path, 'cat >/dev/null; echo "loading" >&2; echo "lt-proc: corrupt transducer" >&2; exit 3')
    with pytest.raises(TranslatorError, match=r"exit status 3: lt-proc: corrupt transducer") as raised:
        ApertiumTranslator(executable=script).translate(["Hola.", "Adiós."], "es", "en")
    assert "\n" not in str(raised.value)


def test_hanging_process_times_out(tmp_path):
    # The child ``sleep`` keeps stdout open after the shell dies: the whole group must be killed.
    script = fake_apertium(tmp_path, "sleep 600")
    translator = ApertiumTranslator(executable=script, timeout_s=0.5)
    with pytest.raises(TranslatorError, match=r"apertium timed out after 0\.5 s"):
        translator.translate(["Hola."], "es", "en")


def test_too_few_output_lines_is_an_error(tmp_path):
    script = fake_apertium(tmp_path, "cat >/dev/null")  # answers nothing at all
    with pytest.raises(TranslatorError, match=r"returned 0 lines for 1 input line"):
        ApertiumTranslator(executable=script).translate(["Uno.", "Dos.", "Tres."], "es", "en")


def test_split_line_is_an_error(tmp_path):
    script = fake_apertium(tmp_path, "sed 's/@@/\\n/'")  # splits lines at "@@"
    translator = ApertiumTranslator(executable=script)
    assert translator.translate(["Uno.", "Dos."], "es", "en") == ["Uno.", "Dos."]
    with pytest.raises(TranslatorError, match=r"returned 2 lines for 1 input line \(text 2: 'Tres @@ cuatro.'\)"):
        translator.translate(["Uno.", "", "Tres @@ cuatro.", "Cinco."], "es", "en")


def test_line_count_mismatch_recovers_by_bisecting(tmp_path):
    # Echoes its input, but drops the last line of batches longer than 3 lines.
    script = fake_apertium(tmp_path, 'input=$(cat); n=$(printf "%s\\n" "$input" | wc -l); '
                                     'if [ "$n" -gt 3 ]; then printf "%s\\n" "$input" | head -n -1; '
                                     'else printf "%s\\n" "$input"; fi')
    texts = [f"Frase número {i}." for i in range(10)]
    assert ApertiumTranslator(executable=script).translate(texts, "es", "en") == texts


def test_availability_check(tmp_path):
    assert apertium_available()
    assert not apertium_available("/nonexistent/bin/apertium")
    assert not apertium_available(fake_apertium(tmp_path, 'echo "  eng-cat"'))


# --- warm_up: the next batch's process started ahead ----------------------------------------


def counting_starts(translator: ApertiumTranslator, monkeypatch) -> list[str]:
    """The modes of the Apertium processes ``translator`` starts from now on."""
    started: list[str] = []
    real_start = translator._start

    def start(mode):
        started.append(mode)
        return real_start(mode)

    monkeypatch.setattr(translator, "_start", start)
    return started


def test_warm_up_starts_the_process_the_next_batch_uses(apertium, monkeypatch):
    translator = ApertiumTranslator()
    started = counting_starts(translator, monkeypatch)
    translator.warm_up("es", "en")
    translator.warm_up("es", "en")  # one started process waits per direction
    assert started == ["spa-eng"]
    sentences = ["El perro come pan en la cocina.", "La ciudad aprobó el presupuesto el lunes."]
    assert translator.translate(sentences, "es", "en") == apertium.translate(sentences, "es", "en")
    assert started == ["spa-eng"]
    assert translator.translate(sentences, "es", "en") == apertium.translate(sentences, "es", "en")
    assert started == ["spa-eng", "spa-eng"]  # used once: the next batch starts its own


def test_a_warmed_up_process_that_ended_is_replaced(apertium):
    translator = ApertiumTranslator()
    translator.warm_up("en", "es")
    waiting = translator._waiting["eng-spa"]
    waiting.kill()
    waiting.wait()
    assert translator.translate(["The dog eats bread."], "en", "es") == apertium.translate(
        ["The dog eats bread."], "en", "es"
    )


def test_close_stops_the_waiting_process():
    translator = ApertiumTranslator()
    translator.warm_up("es", "en")
    waiting = translator._waiting["spa-eng"]
    translator.close()
    assert waiting.poll() is not None
    assert translator._waiting == {}


def test_warm_up_of_a_broken_install_leaves_the_error_to_translate(tmp_path):
    script = fake_apertium(
        tmp_path, 'echo "Error: Mode $2 does not exist. Try one of:" >&2; echo "  eng-cat" >&2; exit 1'
    )
    translator = ApertiumTranslator(executable=script)
    translator.warm_up("es", "en")
    with pytest.raises(TranslatorError, match=r"no spa-eng mode.*apt-get install apertium apertium-eng-spa"):
        translator.translate(["Hola."], "es", "en")


def test_a_check_warms_up_the_process_it_translates_with(monkeypatch):
    from bilingo.check import check_paths

    root = Path(__file__).resolve().parents[1] / "corpus/demo"
    translator = ApertiumTranslator()
    started = counting_starts(translator, monkeypatch)
    check_paths([str(root / "asylum-russians.en.md"), str(root / "asylum-russians.es.md")],
                Settings(translator="apertium", cache=False), translator)
    assert started == ["spa-eng"]
    assert translator._waiting == {}


def test_each_line_translates_as_it_does_alone_whatever_comes_before_it(apertium):
    """Apertium's tagger reads across line ends: after a headline with no final period, "Se acerca la Navidad"
    lost its subject ("approaches the Christmas"). A sentence break between lines makes every translation the
    one of the line alone, which the translation cache (one entry per sentence) depends on."""
    sentence = "Se acerca la Navidad y nunca está de más repasar los looks de las estrellas."
    question = "¿Puede el Islam ser francés?"
    alone = [apertium.translate([text], "es", "en")[0] for text in (sentence, question)]
    in_batch = apertium.translate(["Los famosos en la alfombra roja", sentence, "Francia y el velo", question],
                                  "es", "en")
    assert [in_batch[1], in_batch[3]] == alone
    assert alone[0].startswith("It approaches the Christmas")


def test_us_places_with_spanish_names_pass_through_untranslated(apertium):
    """spa-eng translates "El Paso" as "The Step" and "Santa Fe" as "Saint Faith": a US newsroom's places are
    kept as written, in any position and beside each other, and a text that already holds the stand-in token is
    translated as it is."""
    translated = apertium.translate(["Vive en El Paso desde 2010.", "De Santa Fe a Las Cruces hay 280 millas.",
                                     "Los Spurs de San Antonio vencieron a los Suns.", "Dijo Zxplace0 que sí."],
                                    "es", "en")
    assert translated[0] == "It lives in El Paso from 2010."
    assert "Santa Fe" in translated[1] and "Las Cruces" in translated[1] and "Saint" not in translated[1]
    assert "San Antonio" in translated[2]
    assert "Zxplace0" in translated[3]
    # a place opening the line: Apertium capitalised the word after the stand-in token ("El Paso Is a border city")
    assert apertium.translate(["El Paso es una ciudad fronteriza.", "San Antonio FC ganó el sábado."], "es", "en") == [
        "El Paso is a border city.", "San Antonio FC won the Saturday."]
    # the English direction needs nothing: eng-spa keeps them
    assert apertium.translate(["She lives in El Paso."], "en", "es") == ["Vive en El Paso."]


def test_the_package_version_read_from_dpkgs_status_file_is_dpkg_querys(tmp_path):
    """Every run, a warm one included, needs the language package's version for its signature: it is read from
    dpkg's status file (a millisecond) and must be what ``dpkg-query`` says (10 ms)."""
    import shutil
    import subprocess

    from bilingo.translate.apertium import DPKG_STATUS, installed_version_in_status, package_version

    if shutil.which("dpkg-query") is None or not Path(DPKG_STATUS).is_file():
        pytest.skip("not a dpkg system")
    for package in ("apertium-eng-spa", "apertium", "bash", "no-such-package-here"):
        asked = subprocess.run(["dpkg-query", "-W", "-f=${Version}", package], capture_output=True, text=True)
        expected = asked.stdout.strip() if asked.returncode == 0 and asked.stdout.strip() else None
        assert installed_version_in_status(package, DPKG_STATUS) == expected, package
    assert package_version() == installed_version_in_status("apertium-eng-spa", DPKG_STATUS)

    removed = tmp_path / "status"
    removed.write_text("Package: apertium-eng-spa\nStatus: deinstall ok config-files\nVersion: 0.8.1-2\n\n"
                       "Package: other\nStatus: install ok installed\nVersion: 1\n", encoding="utf-8")
    assert installed_version_in_status("apertium-eng-spa", str(removed)) is None  # dpkg-query decides then
    assert installed_version_in_status("other", str(removed)) == "1"
    assert installed_version_in_status("apertium-eng-spa", str(tmp_path / "absent")) is None


# --- temporary files: a killed process leaves none ------------------------------------------


def test_a_check_that_fails_before_translating_leaves_nothing_in_the_temporary_directory(tmp_path):
    """The check starts Apertium ahead, then finds it has nothing to translate (the same file twice) and kills
    the waiting process, whose own clean-up never runs: it left an empty ``apertium.*`` file in ``$TMPDIR``
    on every such run."""
    temporary = tmp_path / "tmp"
    temporary.mkdir()
    demo = Path(__file__).resolve().parents[1] / "corpus/demo/asylum-russians.en.md"
    result = subprocess.run(
        [sys.executable, "-m", "bilingo", "check", str(demo), str(demo), "--no-cache"],
        capture_output=True, text=True, env={**os.environ, "TMPDIR": str(temporary)}, timeout=120,
    )
    assert result.returncode == 2, result.stderr
    assert "the same file" in result.stderr
    assert list(temporary.iterdir()) == []


def test_a_timed_out_process_leaves_nothing_once_the_translator_is_closed(tmp_path, monkeypatch):
    temporary = tmp_path / "tmp"
    temporary.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temporary))
    script = fake_apertium(tmp_path, 'touch "$TMPDIR/apertium.left"; exec sleep 30')
    translator = ApertiumTranslator(executable=script, timeout_s=0.5)
    with pytest.raises(TranslatorError, match="timed out"):
        translator.translate(["Hola."], "es", "en")
    translator.warm_up("es", "en")
    assert [path.name for path in temporary.iterdir()][0].startswith("bilingo-apertium-")
    translator.close()
    assert list(temporary.iterdir()) == []


def test_a_translator_used_again_after_close_still_translates(apertium):
    translator = ApertiumTranslator()
    translator.warm_up("es", "en")
    translator.close()
    assert translator.translate(["El perro come pan."], "es", "en") == apertium.translate(
        ["El perro come pan."], "es", "en")
