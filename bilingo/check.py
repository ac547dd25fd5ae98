"""The pipeline, end to end: read → segment → identify language → pair → translate → align → check.

Each stage is a function of its own module; this one only wires them together, times
them, and turns one or two input paths into a ``DocumentReport``. Batch runs call
``check_documents``, which never lets one broken document stop the others.
"""

from __future__ import annotations

import gc
import os
import queue
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import replace
from importlib import import_module
from typing import TYPE_CHECKING

from bilingo import __version__, interrupt
from bilingo.errors import DEBUG_VARIABLE, BilingoError, InputError, InternalError
from bilingo.model import (
    AlignedDocument,
    AlignedPair,
    DocumentReport,
    Finding,
    Signature,
    SourceDocument,
    Version,
)
from bilingo.settings import Settings
from bilingo.translate import Translator

if TYPE_CHECKING:
    from bilingo.result_cache import ResultCache

LANGUAGE_NAMES = {"en": "English", "es": "Spanish", "other": "another language", "und": "no detectable language"}

# Rule modules, run in this order on every aligned document.
CHECK_MODULES = (
    "bilingo.rules.coverage",
    "bilingo.rules.numbers",
    "bilingo.rules.quantities",
    "bilingo.rules.quantifiers",
    "bilingo.rules.holidays",
    "bilingo.rules.time_phrases",
    "bilingo.rules.codes",
    "bilingo.rules.contacts",
    "bilingo.rules.multipliers",
    "bilingo.rules.names",
    "bilingo.rules.titles",
    "bilingo.rules.directions",
    "bilingo.rules.routes",
    "bilingo.rules.parties",
    "bilingo.rules.legal",
    "bilingo.rules.relations",
    "bilingo.rules.groups",
    "bilingo.rules.nationalities",
    "bilingo.rules.universities",
    "bilingo.rules.schools",
    "bilingo.rules.agencies",
    "bilingo.rules.credentials",
    "bilingo.rules.decisions",
    "bilingo.rules.negations",
    "bilingo.rules.tenses",
    "bilingo.rules.certainty",
    "bilingo.rules.descriptions",
    "bilingo.rules.false_friends",
    "bilingo.rules.outcomes",
    "bilingo.rules.roles",
    "bilingo.rules.opposites",
    "bilingo.rules.quotes",
    "bilingo.rules.partial",
    "bilingo.rules.untranslated",
    "bilingo.rules.pronouns",
    "bilingo.rules.persons",
)


class StageTimer:
    """Accumulates wall time per pipeline stage, for reports and benchmarks."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}

    @contextmanager
    def stage(self, name: str) -> Iterator[None]:
        began = time.perf_counter()
        try:
            yield
        finally:
            self.seconds[name] = self.seconds.get(name, 0.0) + time.perf_counter() - began


class _CollectorPause:
    """Python's cyclic garbage collector switched off while any check runs (``paused`` is a context manager).

    A check allocates hundreds of thousands of small objects (tokens, tuples, memo entries) and
    frees them by reference counting: a check makes no reference cycle (tests keep it so). The
    collector would only walk them over and over, about 15% of bilingo's own CPU on a long
    article. Checks run in threads in a batch (``-j``), so the pause is counted: the collector
    comes back, if it was on, when the last running check ends.

    Coming back, it would first walk everything the checks left alive (the reports, the memos)
    once more: 70 ms after a 1,000-sentence article. With ``freeze_survivors`` those objects
    are moved to its permanent generation instead (``gc.freeze``) and never walked. That
    suits a process that is bilingo's own (the CLI sets it): in a host program, cyclic garbage
    of its own that was waiting for a collection would be frozen with them and never freed.
    bilingo's own code makes no cyclic garbage; transformers' ``generate`` leaves about 280
    small objects per check with Marian, which stay frozen (tens of kilobytes per document).
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._running = 0
        self._was_enabled = False
        self.freeze_survivors = False

    @contextmanager
    def paused(self) -> Iterator[None]:
        with self._lock:
            if self._running == 0:
                self._was_enabled = gc.isenabled()
                gc.disable()
            self._running += 1
        try:
            yield
        finally:
            with self._lock:
                self._running -= 1
                if self._running == 0 and self._was_enabled:
                    if self.freeze_survivors:
                        gc.freeze()
                    gc.enable()


garbage_collector = _CollectorPause()


def signature(settings: Settings, translator: Translator | None) -> Signature:
    return Signature(
        version=__version__,
        translator=getattr(translator, "name", settings.translator),
        model=getattr(translator, "model", settings.model or "default"),
        thresholds=settings.thresholds(),
    )


# --- stages ---------------------------------------------------------------------------


def read_and_segment(path: str, timer: StageTimer) -> tuple[SourceDocument, list]:
    """Read a file, split it into sentences and label each sentence's language."""
    from bilingo.langid import identify_many
    from bilingo.read import read_document
    from bilingo.segment import segment_document

    with timer.stage("read"):
        source = read_document(path)
    with timer.stage("segment"):
        segments = segment_document(source)
    with timer.stage("language"):
        for segment, lang in zip(segments, identify_many([s.text for s in segments])):
            segment.lang = lang
    if not segments:
        raise InputError(f"{path}: no text content found")
    return source, segments


# A document shorter than this that fastText takes for a third language is read as the one of English and Spanish it
# leans to: names stripped from a short sentence can leave words another Romance language shares ("La ruta va de
# Austin a San Antonio." reads as Catalan), while a real article in French or German is long enough to be refused.
SHORT_DOCUMENT_WORDS = 20


def document_language(path: str, segments: list, forced: str | None) -> str:
    from bilingo.langid import dominant_language, lean

    lang = forced or dominant_language(segments)
    if lang == "other" and sum(len(segment.text.split()) for segment in segments) < SHORT_DOCUMENT_WORDS:
        lang = lean(" ".join(segment.text for segment in segments)) or lang
    if not forced and lang in ("en", "es"):
        lang = _named_language_if_unsure(path, segments, lang)
    if lang not in ("en", "es"):
        raise InputError(
            f"{path}: the text is in {LANGUAGE_NAMES.get(lang, lang)}; bilingo checks English and Spanish"
            " (use --langs to override)"
        )
    return lang


# How close fastText's English and Spanish scores of a short document are when its call is no better than its name's
UNSURE_MARGIN = 0.3


def _named_language_if_unsure(path: str, segments: list, lang: str) -> str:
    """The language a short document's name says (``notice.es.txt``, ``es/notice.txt``), where that is the other of
    English and Spanish and fastText scores the two close: a sentence of cognates is a coin toss for it ("Los
    residentes permanentes no son elegibles." scores English 0.44, Spanish 0.32), its name is not. A clear call
    stands: an English text in a file named Spanish is English (the version left untranslated)."""
    from bilingo.batch import path_language
    from bilingo.langid import candidate_scores, words

    named = path_language(path)
    text = " ".join(segment.text for segment in segments)
    if named is None or named == lang or len(text.split()) >= SHORT_DOCUMENT_WORDS:
        return lang
    _, _, english, spanish = candidate_scores(" ".join(words(text)))
    return named if abs(english - spanish) < UNSURE_MARGIN else lang


def translate_and_align(
    left: Version,
    right: Version,
    settings: Settings,
    translator: Translator,
    timer: StageTimer,
) -> AlignedDocument:
    """Translate one side into the other's language, then align the two versions.

    While the translator works, another thread runs the rules' translation-independent
    analyses of both versions (``prepare_checks``) and the aligner's share of the
    untranslated side (``prepare_alignment``): the translator (Apertium's processes, or
    torch) mostly runs outside Python's lock, so that work costs less wall time there.
    Both only fill memos, so results are the same whether they ran or not. The
    translation stays in this thread, so Ctrl-C still stops Apertium at once.
    """
    from bilingo.align import align, prepare_alignment

    background = ThreadPoolExecutor(max_workers=1, thread_name_prefix="bilingo-prepare")
    try:
        preparing = background.submit(prepare_checks, [left, right], settings)
        preparing_alignment = None
        translated_side = translated_side_of(left, right, settings)
        if translated_side is None:
            translations: list[str] = []
            translated_texts = [segment.text for segment in right.segments]
        else:
            texts, source_lang, target_lang = translation_request(left, right, translated_side)
            other_texts = [segment.text for segment in (right if translated_side == "left" else left).segments]
            preparing_alignment = background.submit(prepare_alignment, other_texts)
            with timer.stage("translate"):
                translations = translator.translate(texts, source_lang, target_lang)
            translated_texts = translations
        with timer.stage("prepare"):  # what of the prepare work outlasted the translation
            preparing.result()
            prepared = preparing_alignment.result() if preparing_alignment is not None else None
    finally:
        # On an error or Ctrl-C, work not yet started is dropped and nothing waits here (the
        # step under way, pure Python, ends on its own within a fraction of a second).
        background.shutdown(wait=False, cancel_futures=True)

    other = right if translated_side == "left" else left  # same language: right is "translated" as is
    with timer.stage("align"):
        translated_version = left if translated_side == "left" else right
        paragraphs = ([segment.block for segment in translated_version.segments],
                      [segment.block for segment in other.segments])
        beads = align(translated_texts, [segment.text for segment in other.segments], settings, prepared=prepared,
                      paragraphs=paragraphs)

    pairs = []
    for translated_indices, other_indices, score in beads:
        if translated_side == "left":
            left_indices, right_indices = tuple(translated_indices), tuple(other_indices)
        else:
            left_indices, right_indices = tuple(other_indices), tuple(translated_indices)
        translation = " ".join(translated_texts[i] for i in translated_indices) if translated_side else ""
        pairs.append(AlignedPair(left_indices, right_indices, score, translation))
    scorer = translator if translated_side is not None and hasattr(translator, "score") else None
    return AlignedDocument(left, right, pairs, translated_side, translations, scorer=scorer)


def translated_side_of(left: Version, right: Version, settings: Settings) -> str | None:
    """Which version ``translate_and_align`` translates: "left" or "right", the one not in ``translate_to``
    (English on the left); None for two versions in one language, compared as they are."""
    if left.lang == right.lang:
        return None
    return "left" if left.lang != settings.translate_to else "right"


def translation_request(left: Version, right: Version, translated_side: str) -> tuple[list[str], str, str]:
    """The translator's arguments for the ``translated_side`` of a pair of versions: every sentence of that
    version (whatever language each sentence is in), its language, the other version's language."""
    source, other = (left, right) if translated_side == "left" else (right, left)
    return [segment.text for segment in source.segments], source.lang, other.lang


def translation_requests(paths: list[str], settings: Settings) -> list[tuple[list[str], str, str]]:
    """What ``check_paths(paths, ...)`` will ask its translator, found by the same steps (read, segment, identify,
    pair sections): the batch's look-ahead (``check_documents``) translates many documents' sentences in one call.
    Raises what those steps raise on a document that cannot be checked."""
    timer = StageTimer()
    if len(paths) == 2:
        pairs = [two_file_versions(paths, settings, timer)[:2]]
    else:
        from bilingo.sections import find_sections

        source, segments = read_and_segment(paths[0], timer)
        pairs = find_sections(source, segments, settings).pairs
    requests = []
    for left, right in pairs:
        side = translated_side_of(left, right, settings)
        if side is not None:
            requests.append(translation_request(left, right, side))
    return requests


def prepare_checks(versions: list[Version], settings: Settings) -> None:
    """Run each rule module's ``prepare(version, settings)``, where it has one: the per-sentence analyses
    that need no translation (numbers, names, words), memoised per text so that ``check`` finds them done."""
    for module_name in CHECK_MODULES:
        prepare = getattr(import_module(module_name), "prepare", None)
        if prepare is not None:
            for version in versions:
                prepare(version, settings)


# Rule modules that compare the two sides of an aligned pair: they also compare the passages an editor moved and
# the short sentences facing each other unpaired (``moved_document``), which the monotone aligner does not pair.
PAIR_CHECK_MODULES = (
    "bilingo.rules.numbers",
    "bilingo.rules.quantities",
    "bilingo.rules.quantifiers",
    "bilingo.rules.holidays",
    "bilingo.rules.time_phrases",
    "bilingo.rules.codes",
    "bilingo.rules.multipliers",
    "bilingo.rules.names",
    "bilingo.rules.titles",
    "bilingo.rules.directions",
    "bilingo.rules.routes",
    "bilingo.rules.parties",
    "bilingo.rules.legal",
    "bilingo.rules.relations",
    "bilingo.rules.groups",
    "bilingo.rules.nationalities",
    "bilingo.rules.universities",
    "bilingo.rules.schools",
    "bilingo.rules.agencies",
    "bilingo.rules.credentials",
    "bilingo.rules.decisions",
    "bilingo.rules.negations",
    "bilingo.rules.tenses",
    "bilingo.rules.certainty",
    "bilingo.rules.descriptions",
    "bilingo.rules.false_friends",
    "bilingo.rules.outcomes",
    "bilingo.rules.roles",
    "bilingo.rules.opposites",
    "bilingo.rules.quotes",
    "bilingo.rules.partial",
    "bilingo.rules.pronouns",
    "bilingo.rules.persons",
)


def run_checks(aligned: AlignedDocument, settings: Settings, timer: StageTimer) -> list[Finding]:
    findings: list[Finding] = []
    with timer.stage("check"):
        for module_name in CHECK_MODULES:
            findings.extend(import_module(module_name).check(aligned, settings))
        moved = moved_document(aligned, settings)
        if moved is not None:
            seen = {(finding.rule, finding.path, finding.start, finding.end) for finding in findings}
            for module_name in PAIR_CHECK_MODULES:
                for finding in import_module(module_name).check(moved, settings):
                    if (finding.rule, finding.path, finding.start, finding.end) not in seen:
                        findings.append(finding)
    return without_repeats(explained_low_similarity_dropped(
        [finding for finding in findings if finding.rule not in settings.disabled_rules]))


def _pair_cells(finding: Finding) -> set[tuple[str, int]]:
    """The sentences of the aligned pair a finding is about, both sides, as (side, segment index)."""
    evidence = finding.evidence
    side = evidence.get("side")
    if side not in ("left", "right"):
        return set()
    other = "right" if side == "left" else "left"
    return ({(side, index) for index in evidence.get("segments") or ()}
            | {(other, index) for index in evidence.get("counterpart_segments") or ()})


def explained_low_similarity_dropped(findings: list[Finding]) -> list[Finding]:
    """``findings`` less each low-similarity finding whose pair another rule already reports for what it says
    ("charged with burglary" / "acusado de asesinato" is a charge changed, and a low chrF besides): the editor is sent
    to that sentence once, by the finding that names what changed."""
    if not any(finding.rule == "low-similarity" for finding in findings):
        return findings  # (most documents)
    explained: set[tuple[str, int]] = set()
    for finding in findings:
        if finding.rule not in _NOT_EXPLAINING:
            explained |= _pair_cells(finding)
    return [finding for finding in findings
            if finding.rule != "low-similarity" or _pair_cells(finding).isdisjoint(explained)]


# the rules whose findings say nothing of what a pair's sentences say (where a passage is, or whether it was checked)
_NOT_EXPLAINING = frozenset({"low-similarity", "only-in-en", "only-in-es", "moved", "monolingual", "document-error"})


def without_repeats(findings: list[Finding]) -> list[Finding]:
    """``findings`` less each one whose text an earlier finding of the same rule already covers in part: two readings
    of one slip ("twice as long" / "tres veces más larga" is a count and a multiple changed) are one finding for the
    editor, the first module's (``CHECK_MODULES`` order)."""
    kept: list[Finding] = []
    spans: dict[tuple[str, str], list[tuple[int, int]]] = {}
    for finding in findings:
        taken = spans.setdefault((finding.rule, finding.path), [])
        if finding.end > finding.start and any(start < finding.end and finding.start < end for start, end in taken):
            continue
        if finding.end > finding.start:
            taken.append((finding.start, finding.end))
        kept.append(finding)
    return kept


def moved_document(aligned: AlignedDocument, settings: Settings) -> AlignedDocument | None:
    """The passages the aligner left unpaired that are each other's counterparts, each paired with it, as a
    document of their own: the passages the ``moved`` rule reports (a paragraph moved in translation may have had
    a number or a name changed too), and the single sentences that face each other in the same place, too short
    or too loosely translated for the aligner to pair ("She was 91." / "Tenía 81 años.": ``facing_orphans``),
    compared whatever their chrF (``score`` None). None when there are none."""
    from bilingo.rules.coverage import facing_orphans, moved_passages

    passages = moved_passages(aligned, settings)
    passages += [(left, right, None) for left, right in facing_orphans(aligned, settings)]
    if not passages:
        return None
    side = aligned.translated_side
    pairs = []
    for left, right, score in sorted(passages, key=lambda passage: passage[:2]):
        translation = aligned.translation_of(side, left if side == "left" else right) if side else ""
        pairs.append(AlignedPair(left, right, score, translation))
    return AlignedDocument(aligned.left, aligned.right, pairs, aligned.translated_side, aligned.translations,
                           scorer=aligned.scorer)


def pair_records(aligned: AlignedDocument) -> list[dict]:
    """The JSON contract's ``pairs``: file spans of each bead's two sides, score, translation."""
    left_key, right_key = (
        (aligned.left.lang, aligned.right.lang) if aligned.left.lang != aligned.right.lang else ("left", "right")
    )
    records = []
    for pair in aligned.pairs:
        record: dict = {}
        for key, version, indices in (
            (left_key, aligned.left, pair.left),
            (right_key, aligned.right, pair.right),
        ):
            if indices:
                record[key] = [version.segments[indices[0]].start, version.segments[indices[-1]].end]
            else:
                record[key] = None
        record["score"] = None if pair.score is None else round(pair.score, 4)
        record["translation"] = pair.translation
        if aligned.left.path != aligned.right.path:
            record["paths"] = {left_key: aligned.left.path, right_key: aligned.right.path}
        records.append(record)
    return records


# --- documents ------------------------------------------------------------------------


def check_two_files(paths: list[str], settings: Settings, translator: Translator) -> DocumentReport:
    """Two versions of one article, one per file; which is English is detected, not assumed."""
    if len({os.path.realpath(path) for path in paths}) == 1:  # "a.md ./a.md", or a link to it
        raise InputError(f"{paths[1]}: the same file as {paths[0]}; give the English and the Spanish version")
    timer = StageTimer()
    left, right, chrome = two_file_versions(paths, settings, timer)
    if left.lang == right.lang:
        from bilingo.translate.identity import IdentityTranslator

        translator = IdentityTranslator()
    aligned = translate_and_align(left, right, settings, translator, timer)
    findings = run_checks(aligned, settings, timer)
    return finish_report(
        inputs=list(paths),
        languages={left.path: left.lang, right.path: right.lang},
        aligned=[aligned],
        findings=findings,
        sources=[left.source, right.source],
        timer=timer,
        ignored=chrome + dropped_by_reader(left.source) + dropped_by_reader(right.source),
    )


def two_file_versions(paths: list[str], settings: Settings, timer: StageTimer) -> tuple[Version, Version, list[dict]]:
    """The two files read, segmented and identified: English on the left whatever the argument order;
    same-language inputs keep their order. Page chrome copied with the text ("Skip to content", "Leer en
    Español", the URL slug) is left out, as in a bilingual file; the third item lists it for the report."""
    from bilingo.chrome import split_chrome

    versions = []
    chrome: list[dict] = []
    for index, path in enumerate(paths):
        source, segments = read_and_segment(path, timer)
        content, ignored = split_chrome(segments, settings.chrome_patterns, source.table_cells())
        if not content:
            raise InputError(f"{path}: no text content found besides page chrome")
        chrome.extend({"path": path, "start": s.start, "end": s.end, "text": s.text, "reason": "chrome"}
                      for s in ignored)
        forced = settings.langs[index] if settings.langs else None
        versions.append(Version(source, document_language(path, content, forced), content))
    if not settings.langs:
        versions = _named_languages_if_one_language(versions)
    if versions[0].lang == "es" and versions[1].lang == "en":
        versions.reverse()
    return versions[0], versions[1], chrome


def _named_languages_if_one_language(versions: list[Version]) -> list[Version]:
    """The two versions in the languages their names say (``story.en.md`` and ``story.es.md``, ``en/`` and ``es/``)
    where both are written in one language: the file named for the other language holds the version left
    untranslated, which the untranslated rule reports sentence by sentence, not a rewrite of the first compared as
    it is. Unnamed files, or files named for one language, keep what was detected."""
    from bilingo.batch import path_language

    named = [path_language(version.path) for version in versions]
    if versions[0].lang != versions[1].lang or sorted(map(str, named)) != ["en", "es"]:
        return versions
    return [replace(version, lang=lang) for version, lang in zip(versions, named)]


def check_single_file(path: str, settings: Settings, translator: Translator) -> DocumentReport:
    """One file holding both languages: find its paired sections, then check each pair."""
    from bilingo.sections import find_sections

    timer = StageTimer()
    source, segments = read_and_segment(path, timer)
    with timer.stage("pair"):
        plan = find_sections(source, segments, settings)
    aligned_documents = [
        translate_and_align(english, spanish, settings, translator, timer) for english, spanish in plan.pairs
    ]
    islands = unpaired_islands(plan, aligned_documents)
    if islands:  # sentences left in the other version's paragraph: align again with each in its paragraph's version
        from bilingo.sections import with_islands_moved

        plan = with_islands_moved(plan, islands)
        translator = RememberingTranslator(translator, aligned_documents)
        aligned_documents = [
            translate_and_align(english, spanish, settings, translator, timer) for english, spanish in plan.pairs
        ]
    findings = [finding for aligned in aligned_documents for finding in run_checks(aligned, settings, timer)]
    findings.extend(plan.findings(settings))
    return finish_report(
        inputs=[path],
        languages={path: "en+es"},
        aligned=aligned_documents,
        findings=findings,
        sources=[source],
        timer=timer,
        sections=plan.sections,
        ignored=[{"path": path, "start": s.start, "end": s.end, "text": s.text, "reason": "chrome"} for s in plan.ignored]
        + dropped_by_reader(source),
    )


def unpaired_islands(plan, aligned_documents: list[AlignedDocument]) -> set[int]:
    """The starts of the island candidates (``sections.island_candidates``: a sentence sitting in a paragraph of
    the other version) that the alignment left without a counterpart: not the half of a pair written in one
    paragraph, then, but a sentence of its paragraph's version in the wrong language ("El presupuesto incluye
    fondos para tres parques. The mayor said the library will open next spring.")."""
    from bilingo.sections import island_candidates

    candidates = island_candidates(plan)
    if not candidates:
        return set()
    (aligned,) = aligned_documents
    unpaired = set()
    for pair in aligned.pairs:
        for side in ("left", "right"):
            if getattr(pair, side) and not getattr(pair, aligned.other(side)):
                version = aligned.version(side)
                unpaired.update(version.segments[index].start for index in getattr(pair, side))
    moving = unpaired & set(candidates)
    if any(all(segment.start in moving for segment in version.segments) for version in plan.pairs[0]):
        return set()  # (a version would be left empty: nothing to compare the moved sentences with)
    return moving


class RememberingTranslator:
    """A translator that answers the texts of earlier alignments from their translations, and asks ``translator``
    for the rest only: a second alignment of a document (``unpaired_islands`` moved) translates only what moved."""

    def __init__(self, translator: Translator, aligned_documents: list[AlignedDocument]):
        self._translator = translator
        self._known: dict[tuple[str, str, str], str] = {}
        for aligned in aligned_documents:
            if aligned.translated_side is None:
                continue
            source = aligned.version(aligned.translated_side)
            target = aligned.version(aligned.other(aligned.translated_side)).lang
            for segment, translation in zip(source.segments, aligned.translations):
                self._known[(segment.text, source.lang, target)] = translation

    def __getattr__(self, name):  # name, model, score, warm_up...: the translator's own
        return getattr(self._translator, name)

    def translate(self, texts: list[str], src: str, tgt: str) -> list[str]:
        missing = list(dict.fromkeys(text for text in texts if (text, src, tgt) not in self._known))
        if missing:
            translated = self._translator.translate(missing, src, tgt)
            self._known.update(zip(((text, src, tgt) for text in missing), translated))
        return [self._known[(text, src, tgt)] for text in texts]


def dropped_by_reader(source: SourceDocument) -> list[dict]:
    """Navigation, footers and other page chrome, and embedded social media posts, that the HTML reader left out
    of the content."""
    return [
        {"path": source.path, "start": b.start, "end": b.end, "text": b.text,
         "reason": "embedded social media post" if b.kind == "embed" else "page chrome"}
        for b in source.ignored
    ]


def finish_report(*, inputs, languages, aligned, findings, sources, timer, sections=(), ignored=()) -> DocumentReport:
    from bilingo.suppress import apply_suppressions

    findings, suppressed = apply_suppressions(findings, sources)
    findings.sort(key=lambda f: (inputs.index(f.path) if f.path in inputs else len(inputs), f.start, f.rule))
    return DocumentReport(
        inputs=inputs,
        languages=languages,
        pairs=[record for document in aligned for record in pair_records(document)],
        findings=findings,
        sections=list(sections),
        ignored=list(ignored),
        aligned=aligned,
        timings={name: round(seconds, 4) for name, seconds in timer.seconds.items()},
        suppressed=suppressed,
        warnings=[warning for source in sources for warning in source.warnings],
    )


def check_paths(paths: list[str], settings: Settings, translator: Translator) -> DocumentReport:
    """Check one document: a bilingual file, or two files holding one language each."""
    if len(paths) in (1, 2):
        warm_up_translator(translator, settings)
    if len(paths) == 1:
        with garbage_collector.paused():
            return check_single_file(paths[0], settings, translator)
    if len(paths) == 2:
        with garbage_collector.paused():
            return check_two_files(paths, settings, translator)
    raise InputError(f"a document is one or two files, got {len(paths)}: {' '.join(paths)}")


def warm_up_translator(translator: Translator, settings: Settings) -> None:
    """Let the translator start ahead on the direction a check translates, where it can (``warm_up``: Apertium
    loads its dictionaries while the document is read, segmented and identified). bilingo checks English and
    Spanish, so that direction is known before the document is read: into ``translate_to`` from the other one."""
    warm_up = getattr(translator, "warm_up", None)
    if warm_up is not None:
        warm_up("es" if settings.translate_to == "en" else "en", settings.translate_to)


def check_or_reuse(
    paths: list[str], settings: Settings, translator: Translator, results: ResultCache | None, key=None
) -> DocumentReport:
    """``check_paths``, answered from the result cache when it holds this exact document and settings.

    A fresh result is stored unless the document ended in an error (which raises here). ``key``: the document's
    key in ``results`` where the caller has made it already.
    """
    if results is None:
        return check_paths(paths, settings, translator)
    if key is None:
        key = results.key_for(paths, settings, signature(settings, translator), translator)
    if key is None:  # a file cannot be read: the check below says why
        return check_paths(paths, settings, translator)
    reused = results.lookup(key)
    if reused is not None:
        return reused
    report = check_paths(paths, settings, translator)
    results.store(key, report)
    return report


def error_report(paths: list[str], error: BilingoError) -> DocumentReport:
    """A document that could not be checked, as a report holding one document-error finding."""
    from bilingo.rules import RULES

    message = str(error)
    # The finding goes on the file the message names ("b.es.md: the file is empty").
    path = next((p for p in paths if message.startswith(f"{p}: ")), paths[0])
    finding = Finding(
        rule="document-error",
        severity=RULES["document-error"].severity,
        lang="und",
        path=path,
        start=0,
        end=0,
        line=1,
        column=1,
        end_line=1,
        end_column=1,
        text="",
        message=message,
    )
    from bilingo.findings import fingerprint

    finding.fingerprint = fingerprint(path, "document-error", message)
    return DocumentReport(
        inputs=list(paths),
        languages={},
        pairs=[],
        findings=[finding],
        error=message,
        error_exit_code=error.exit_code,
    )


def check_documents(
    documents: list[list[str]],
    settings: Settings,
    translator: Translator,
    *,
    jobs: int = 1,
    on_done: Callable[[DocumentReport], None] | None = None,
    results: ResultCache | None = None,
) -> list[DocumentReport]:
    """Check many documents; a broken one becomes a ``document-error`` report, the rest go on.

    Documents run in ``jobs`` threads: the translators do their work in subprocesses
    (Apertium) or in torch (which releases the GIL), so threads are enough and the
    translator and its cache are loaded once. With ``results``, a document whose files
    and settings are unchanged since it was last checked is answered from that cache.
    With a translator whose every call starts afresh (``costly_calls``: Apertium), the
    documents go in groups whose sentences are translated in one call (``look_ahead_groups``).
    """

    def one(paths: list[str], key=None) -> DocumentReport:
        try:
            report = check_or_reuse(paths, settings, translator, results, key)
        except BilingoError as error:
            interrupt.raise_if_received()  # (a translator killed by Ctrl-C says it failed: the batch stops)
            report = error_report(paths, error)
        except Exception as error:  # a bug must not stop a newsroom's whole batch
            interrupt.raise_if_received()
            if os.environ.get(DEBUG_VARIABLE):
                raise
            report = error_report(paths, InternalError.from_exception(error, " + ".join(paths)))
        if on_done is not None:
            on_done(report)
        return report

    if len(documents) <= 1 or not getattr(translator, "costly_calls", False):
        if jobs <= 1 or len(documents) <= 1:
            return [one(paths) for paths in documents]
        with ThreadPoolExecutor(max_workers=jobs) as pool:
            return list(pool.map(one, documents))
    from bilingo.translate.ahead import TranslationsAhead

    translator = ahead = TranslationsAhead(translator)  # (``one`` checks through it from here on)
    reports: list[DocumentReport] = []
    pool = ThreadPoolExecutor(max_workers=jobs) if jobs > 1 else None
    stopped = threading.Event()
    groups = GroupsAhead(look_ahead_groups(documents, settings, ahead, results, stopped), stopped)
    try:
        for group in groups:
            paths, keys = zip(*group)
            reports.extend(pool.map(one, paths, keys) if pool is not None else map(one, paths, keys))
    except BaseException:  # Ctrl-C or a bug: the next group's translation is not waited for
        groups.stop()
        interrupt_translator(ahead)
        raise
    finally:
        if pool is not None:
            pool.shutdown(cancel_futures=True)
    return reports


def interrupt_translator(translator) -> None:
    """Kill the translator's work under way (``interrupt``: Apertium's processes), through its wrappers."""
    while translator is not None:
        interrupt = getattr(translator, "interrupt", None)
        if interrupt is not None:
            interrupt()
            return
        translator = getattr(translator, "inner", None)


class GroupsAhead:
    """The groups of ``look_ahead_groups``, each made in a background thread while the one before is checked.

    Making a group is mostly the translator's work (Apertium's processes, on both cores), and checking one is
    Python's, so the two overlap: on 100 articles a cold batch takes about 10% less. One group is made ahead at
    most, so at most two groups' translations are held (``TranslationsAhead``). ``stop`` ends the thread after
    the group under way, whose translator process the caller kills (``interrupt_translator``) for a prompt
    Ctrl-C. The groups and their order are those of the generator: results are the same.
    """

    _END = object()

    def __init__(self, groups: Iterator, stopped: threading.Event) -> None:
        self._queue: queue.Queue = queue.Queue(maxsize=1)
        self._stopped = stopped  # (the generator stops reading and translating once it is set, too)
        self._thread = threading.Thread(target=self._make, args=(groups,), name="bilingo-look-ahead", daemon=True)
        self._thread.start()

    def _make(self, groups: Iterator) -> None:
        try:
            while not self._stopped.is_set():
                group = next(groups, self._END)
                self._queue.put((group, None))
                if group is self._END:
                    return
        except BaseException as error:  # (raised in the checking thread, where it would have been)
            self._queue.put((None, error))

    def __iter__(self) -> Iterator:
        while True:
            group, error = self._queue.get()
            if error is not None:
                raise error
            if group is self._END:
                return
            yield group

    def stop(self) -> None:
        self._stopped.set()
        try:  # make room, so that a thread waiting to hand over a group sees the stop
            self._queue.get_nowait()
        except queue.Empty:  # nothing was waiting
            pass


AHEAD_TEXTS = 3000  # sentences translated in one call at most, for a group of documents looked ahead at
AHEAD_DOCUMENTS = 50  # documents per group at most (their reports wait for the group's translation)


def look_ahead_groups(
    documents: list[list[str]], settings: Settings, ahead, results: ResultCache | None,
    stopped: threading.Event | None = None,
) -> Iterator[list[tuple[list[str], object]]]:
    """``documents`` in groups, in order, each with its key in ``results`` (None without); before a group is
    yielded, the sentences its checks will translate are translated in one call per direction
    (``TranslationsAhead``), which saves each document the start of a translator process. Documents the result
    cache will answer are not looked at; one that cannot be read or paired is left to its check, which reports
    it; a translator that fails here is asked again by each check. Once ``stopped`` is set, nothing more is
    read or translated."""
    group: list[tuple[list[str], object]] = []
    requests: list[tuple[list[str], str, str]] = []
    texts = 0
    for paths in documents:
        if stopped is not None and stopped.is_set():
            return
        key = results.key_for(paths, settings, signature(settings, ahead), ahead) if results is not None else None
        group.append((paths, key))
        if key is None or not results.holds(key):
            for request in _requests_of(paths, settings):
                requests.append(request)
                texts += len(request[0])
        if texts >= AHEAD_TEXTS or len(group) >= AHEAD_DOCUMENTS:
            if stopped is not None and stopped.is_set():
                return
            _translate_ahead(ahead, requests)
            yield group
            group, requests, texts = [], [], 0
    if group and not (stopped is not None and stopped.is_set()):
        _translate_ahead(ahead, requests)
        yield group


def _requests_of(paths: list[str], settings: Settings) -> list:
    try:
        with garbage_collector.paused():
            return translation_requests(paths, settings)
    except Exception:  # (a bug included) the document's own check runs the same steps and reports it
        return []


def _translate_ahead(ahead, requests: list) -> None:
    from bilingo.translate import TranslatorError

    try:
        ahead.translate_ahead(requests)
    except TranslatorError:
        ahead.translate_ahead([])
