"""MarianMT (OPUS-MT) through transformers: the neural backend, optional.

Needs the ``marian`` extra (torch, transformers, sentencepiece); they are imported
inside methods only, so importing this module (and ``--translator auto``) stays cheap.

Which model translates a direction (``settings.model``, the CLI's ``--model``):

* not given: ``Helsinki-NLP/opus-mt-es-en`` for es->en, ``Helsinki-NLP/opus-mt-en-es``
  for en->es (``DEFAULT_MODEL``);
* a hub id or a local directory: that model, for whichever direction is translated
  (a run translates one direction, the other side into ``--translate-to``);
* a template with ``{src}`` and ``{tgt}``: ``/models/opus-mt-{src}-{tgt}``;
* a mapping by direction: ``es-en=/models/a,en-es=/models/b``.

A spec is a local directory when that path exists or looks like a path (starts with
``/``, ``.``, ``~``, or has more than one ``/``); anything else is a hub id.

Downloads: hub models load from the Hugging Face cache only (``local_files_only``),
unless downloading is allowed: ``--translator marian`` named explicitly, or
``BILINGO_ALLOW_DOWNLOAD=1``, and not ``HF_HUB_OFFLINE=1``. Even then a 3-second
connection probe runs first, so an unreachable hub fails at once instead of after
transformers' retries (about 25 s).

Decoding: batches sorted by length (order restored), ``torch.inference_mode``, beam
search with ``num_beams`` (default 2 on CPU to keep it affordable, 4 on CUDA), and at
most ``1.5 × input tokens + 10`` new tokens.

Scoring (``score``): the model's mean log-probability per token of a given target
sentence given its source, by teacher forcing (one forward pass, no generation); used by
contrastive conditioning (``bilingo.rules.contrastive``). A direction is scored only by a
model made for it: with one plain ``--model`` (no template, no mapping) that is the run's
direction alone, since scoring the reverse direction with it would measure nothing.
"""

from __future__ import annotations

import os
import socket
import threading
import warnings
from importlib.util import find_spec
from pathlib import Path
from urllib.parse import urlparse

from bilingo.translate import TranslatorError

DEFAULT_MODEL = "Helsinki-NLP/opus-mt-{src}-{tgt}"
DEFAULT_BATCH_SIZE = 16
MAX_INPUT_TOKENS = 512
REQUIRED_MODULES = ("torch", "transformers", "sentencepiece")
INSTALL_HINT = "pip install 'bilingo[marian]'"
WEIGHT_FILES = ("model.safetensors", "pytorch_model.bin")


# --- which model, where -----------------------------------------------------------------


def model_for_direction(spec: str | None, src: str, tgt: str) -> str:
    """The hub id or directory that translates ``src`` -> ``tgt`` under ``spec`` (see module doc)."""
    if spec is None or not spec.strip():
        spec = DEFAULT_MODEL
    spec = spec.strip()
    if "{src}" in spec or "{tgt}" in spec:
        return spec.format(src=src, tgt=tgt)
    if is_direction_mapping(spec):
        mapping = parse_direction_mapping(spec)
        try:
            return mapping[f"{src}-{tgt}"]
        except KeyError:
            raise TranslatorError(
                f"--model {spec!r} names no Marian model for {src}-{tgt}; add {src}-{tgt}=PATH_OR_HUB_ID"
            ) from None
    return spec


def is_direction_mapping(spec: str) -> bool:
    first = spec.split(",")[0]
    key = first.split("=", 1)[0].strip()
    return "=" in first and len(key.split("-")) == 2 and all(part.isalpha() for part in key.split("-"))


def parse_direction_mapping(spec: str) -> dict[str, str]:
    """``"es-en=/a,en-es=/b"`` -> ``{"es-en": "/a", "en-es": "/b"}``."""
    mapping = {}
    for entry in spec.split(","):
        if not entry.strip():
            continue
        direction, separator, model = entry.partition("=")
        if not separator or not model.strip():
            raise TranslatorError(f"--model {spec!r}: expected DIRECTION=MODEL entries like es-en=/path, got {entry!r}")
        mapping[direction.strip()] = model.strip()
    return mapping


def local_model_path(spec: str) -> Path | None:
    """The directory ``spec`` names, or None when ``spec`` is a hub id."""
    path = Path(spec).expanduser()
    if path.exists() or spec.startswith(("/", ".", "~")) or spec.count("/") > 1 or "\\" in spec:
        return path
    return None


def primary_direction(settings) -> tuple[str, str]:
    """The direction a run translates: the other language into ``settings.translate_to``."""
    target = getattr(settings, "translate_to", "en") or "en"
    return ("en" if target == "es" else "es", target)


def hub_offline() -> bool:
    return any(os.environ.get(name, "").lower() in ("1", "true", "yes", "on") for name in ("HF_HUB_OFFLINE", "TRANSFORMERS_OFFLINE"))


def downloads_allowed(settings=None) -> bool:
    """Downloading from the hub is opt-in: an explicit ``--translator marian`` or BILINGO_ALLOW_DOWNLOAD=1."""
    if hub_offline():
        return False
    explicit = getattr(settings, "translator", None) == "marian"
    return explicit or os.environ.get("BILINGO_ALLOW_DOWNLOAD") == "1"


def hub_reachable(timeout_s: float = 3.0) -> bool:
    """A TCP connection to the hub (``HF_ENDPOINT`` or huggingface.co) opens within ``timeout_s``."""
    endpoint = urlparse(os.environ.get("HF_ENDPOINT") or "https://huggingface.co")
    host = endpoint.hostname or "huggingface.co"
    port = endpoint.port or (80 if endpoint.scheme == "http" else 443)
    try:
        with socket.create_connection((host, port), timeout=timeout_s):
            return True
    except OSError:
        return False


def hub_model_cached(repo_id: str) -> bool:
    """The hub cache holds ``repo_id``'s config, weights and tokenizer (no network)."""
    try:
        from huggingface_hub import constants
    except ImportError:
        return False
    folder = constants.REPO_ID_SEPARATOR.join(["models", *repo_id.split("/")])
    if not os.path.isdir(os.path.join(constants.HF_HUB_CACHE, folder)):
        return False  # (never downloaded: no need for the hub's client, a tenth of a second of imports)
    from huggingface_hub import try_to_load_from_cache

    def cached(filename: str) -> bool:
        try:
            return isinstance(try_to_load_from_cache(repo_id, filename), str)
        except Exception:  # an id that is not a valid repo id, an unreadable cache
            return False

    return cached("config.json") and cached("source.spm") and any(cached(name) for name in WEIGHT_FILES)


def marian_available(settings) -> bool:
    """Whether ``auto`` should pick Marian: the extra is installed and the model is already here.

    "Here" means a local directory with ``config.json``, or the Hugging Face cache holds
    the model, for the direction this run translates (``primary_direction``). No network:
    with BILINGO_ALLOW_DOWNLOAD=1 (and not HF_HUB_OFFLINE) a hub model counts as available
    and is downloaded when loaded. Takes milliseconds; never imports torch.
    """
    if not all(find_spec(module) for module in REQUIRED_MODULES):
        return False
    try:
        spec = model_for_direction(getattr(settings, "model", None), *primary_direction(settings))
    except TranslatorError:
        return False
    local = local_model_path(spec)
    if local is not None:
        return (local / "config.json").is_file()
    if os.environ.get("BILINGO_ALLOW_DOWNLOAD") == "1" and not hub_offline():
        return True
    return hub_model_cached(spec)


def output_limit(input_tokens: int, max_tokens: int) -> int:
    """At most this many new tokens for an input of ``input_tokens``: a runaway decode stops early."""
    return min(max_tokens, int(input_tokens * 1.5) + 10)


def offline_message(repo_id: str) -> str:
    return (
        f"Marian model {repo_id!r} is not available offline: download it once with network access "
        "(it is cached in ~/.cache/huggingface) or pass --model /path/to/dir"
    )


def first_line(error: BaseException) -> str:
    text = str(error).strip()
    return (text.splitlines()[0] if text else type(error).__name__)[:300]


# --- the backend --------------------------------------------------------------------------


class MarianTranslator:
    """Translate batches with MarianMT models, one loaded per direction on first use."""

    name = "marian"

    def __init__(
        self,
        model: str | None = None,
        *,
        device: str | None = None,
        batch_size: int = DEFAULT_BATCH_SIZE,
        num_beams: int | None = None,
        allow_download: bool = False,
        primary: tuple[str, str] = ("es", "en"),
    ) -> None:
        if batch_size < 1:
            raise TranslatorError(f"Marian batch size must be at least 1, not {batch_size}")
        self.model_spec = model
        self.device = device
        self.batch_size = batch_size
        self.num_beams = num_beams
        self.allow_download = allow_download
        # What reports and the cache key show: the model of the run's direction.
        self.model = model_for_direction(model, *primary)
        local = local_model_path(self.model)
        if local is not None:
            self.model = str(local.resolve())
        self.primary = primary
        self._loaded: dict[tuple[str, str], tuple[object, object, str]] = {}
        self._unscorable: dict[tuple[str, str], TranslatorError] = {}  # directions that failed once
        self._unloadable: dict[tuple[str, str], TranslatorError] = {}  # models that failed to load
        self._lock = threading.Lock()

    def translate(self, texts: list[str], src: str, tgt: str) -> list[str]:
        """Translate ``texts`` from ``src`` to ``tgt``; always ``len(texts)`` results, "" for blank texts."""
        if not texts:
            return []
        if src == tgt:
            return list(texts)
        with self._lock:  # one generate at a time: torch already uses every core
            tokenizer, model, device = self._load(src, tgt)
            return self._generate(tokenizer, model, device, texts)

    def score(self, sources: list[str], targets: list[str], src: str, tgt: str) -> list[float]:
        """How likely the model finds each ``targets[i]`` as the translation of ``sources[i]``.

        The mean log-probability per target token (the end-of-sentence token included),
        by teacher forcing: a negative float, higher is more likely; one per pair, whatever
        the batching. Raises ``TranslatorError`` when no model for ``src`` -> ``tgt`` can be
        loaded (see the module doc); a direction that failed once fails at once after that.
        """
        if len(sources) != len(targets):
            raise ValueError(f"score needs one target per source, got {len(sources)} and {len(targets)}")
        if not sources:
            return []
        if (src, tgt) in self._unscorable:
            raise self._unscorable[(src, tgt)]
        with self._lock:  # one forward pass at a time, as in translate
            try:
                self._check_scoring_direction(src, tgt)
                tokenizer, model, device = self._load(src, tgt)
            except TranslatorError as error:
                self._unscorable[(src, tgt)] = error
                raise
            return self._score(tokenizer, model, device, sources, targets)

    def _check_scoring_direction(self, src: str, tgt: str) -> None:
        """A single plain model spec is the model of the run's direction only (see the module doc)."""
        spec = (self.model_spec or DEFAULT_MODEL).strip()
        templated = "{src}" in spec or "{tgt}" in spec or is_direction_mapping(spec)
        if not templated and (src, tgt) != tuple(self.primary):
            raise TranslatorError(
                f"Marian model {spec!r} translates {self.primary[0]}-{self.primary[1]}; "
                f"it cannot score {src}-{tgt} (pass a mapping such as {src}-{tgt}=PATH)"
            )

    def _score(self, tokenizer, model, device: str, sources: list[str], targets: list[str]) -> list[float]:
        import torch

        prepared = [(" ".join(source.split()), " ".join(target.split())) for source, target in zip(sources, targets)]
        # Longest first, as in _generate: little padding per batch.
        order = sorted(range(len(prepared)), key=lambda i: len(prepared[i][0]) + len(prepared[i][1]), reverse=True)
        results = [0.0] * len(prepared)
        max_input = min(MAX_INPUT_TOKENS, getattr(model.config, "max_position_embeddings", MAX_INPUT_TOKENS))
        pad_id = model.config.pad_token_id
        start_id = model.config.decoder_start_token_id
        start_id = pad_id if start_id is None else start_id
        try:
            with torch.inference_mode():
                for first in range(0, len(order), self.batch_size):
                    indices = order[first : first + self.batch_size]
                    batch = tokenizer(
                        [prepared[i][0] for i in indices],
                        text_target=[prepared[i][1] for i in indices],
                        return_tensors="pt",
                        padding=True,
                        truncation=True,
                        max_length=max_input,
                    ).to(device)
                    labels = batch.pop("labels")
                    # Teacher forcing: the decoder sees the start token and then the target shifted by one.
                    decoder_input_ids = torch.cat(
                        [torch.full_like(labels[:, :1], start_id), labels[:, :-1]], dim=1
                    )
                    logits = model(**batch, decoder_input_ids=decoder_input_ids).logits
                    token_log_probs = logits.float().log_softmax(dim=-1).gather(-1, labels.unsqueeze(-1)).squeeze(-1)
                    real_tokens = (labels != pad_id).float()
                    means = (token_log_probs * real_tokens).sum(dim=1) / real_tokens.sum(dim=1).clamp(min=1.0)
                    for i, value in zip(indices, means.tolist(), strict=True):
                        results[i] = value
        except torch.cuda.OutOfMemoryError as error:
            raise TranslatorError(
                f"Marian ran out of memory on {device} while scoring (batch size {self.batch_size}); "
                "use a smaller batch size or --device cpu"
            ) from error
        except RuntimeError as error:
            raise TranslatorError(f"Marian failed while scoring: {first_line(error)}") from error
        return results

    def load(self, src: str, tgt: str) -> None:
        """Load the model for ``src`` -> ``tgt`` now, so errors surface before any work."""
        with self._lock:
            self._load(src, tgt)

    def _generate(self, tokenizer, model, device: str, texts: list[str]) -> list[str]:
        import torch

        prepared = [" ".join(text.split()) for text in texts]  # newlines and runs of spaces -> one space
        # Longest first: similar lengths share a batch (little padding), and an
        # out-of-memory error shows up on the first batch rather than the last.
        order = sorted((i for i, text in enumerate(prepared) if text), key=lambda i: len(prepared[i]), reverse=True)
        results = [""] * len(texts)
        max_input = min(MAX_INPUT_TOKENS, getattr(model.config, "max_position_embeddings", MAX_INPUT_TOKENS))
        num_beams = self.num_beams or (4 if device.startswith("cuda") else 2)
        try:
            with torch.inference_mode():
                for start in range(0, len(order), self.batch_size):
                    indices = order[start : start + self.batch_size]
                    batch = tokenizer(
                        [prepared[i] for i in indices],
                        return_tensors="pt",
                        padding=True,
                        truncation=True,
                        max_length=max_input,
                    ).to(device)
                    limits = [output_limit(int(n), max_input) for n in batch["attention_mask"].sum(dim=1)]
                    generated = model.generate(
                        **batch, num_beams=num_beams, do_sample=False, max_new_tokens=max(limits)
                    )
                    # Each row keeps at most its own limit (+1 for the decoder start token), so a
                    # sentence's translation does not depend on which sentences share its batch.
                    decoded = tokenizer.batch_decode(
                        [row[: limit + 1] for row, limit in zip(generated, limits)], skip_special_tokens=True
                    )
                    for i, translation in zip(indices, decoded, strict=True):
                        results[i] = translation.strip()
        except torch.cuda.OutOfMemoryError as error:
            raise TranslatorError(
                f"Marian ran out of memory on {device} (batch size {self.batch_size}); "
                "use a smaller batch size or --device cpu"
            ) from error
        except MemoryError as error:
            raise TranslatorError(out_of_memory_message(self.batch_size)) from error
        except RuntimeError as error:
            if "can't allocate memory" in str(error):  # torch's CPU allocator says so in a RuntimeError
                raise TranslatorError(out_of_memory_message(self.batch_size)) from error
            raise TranslatorError(f"Marian failed while translating: {first_line(error)}") from error
        return results

    def locate(self, src: str, tgt: str) -> tuple[str, bool]:
        """Where the model for ``src`` -> ``tgt`` loads from (a directory or a hub id) and whether
        only local files may be used; a ``TranslatorError`` when it is not there.

        Cheap (no torch): ``create`` calls it so that a missing model is reported before any
        work, while the weights load only when a first text is translated, so a run whose
        documents all come from the result cache never pays for torch and the model.
        """
        spec = model_for_direction(self.model_spec, src, tgt)
        local = local_model_path(spec)
        if local is not None:
            if not (local / "config.json").is_file():
                reason = "does not exist" if not local.exists() else "has no config.json"
                raise TranslatorError(f"Marian model directory {local} {reason}")
            return str(local), True
        local_only = not (self.allow_download and not hub_offline() and hub_reachable())
        if local_only and not hub_model_cached(spec):
            raise TranslatorError(offline_message(spec))
        return spec, local_only

    def _load(self, src: str, tgt: str) -> tuple[object, object, str]:
        if (src, tgt) in self._loaded:
            return self._loaded[(src, tgt)]
        if (src, tgt) in self._unloadable:  # a batch does not retry a broken model for every document
            raise self._unloadable[(src, tgt)]
        try:
            self._loaded[(src, tgt)] = self._load_model(src, tgt)
        except TranslatorError as error:
            self._unloadable[(src, tgt)] = error
            raise
        return self._loaded[(src, tgt)]

    def _load_model(self, src: str, tgt: str) -> tuple[object, object, str]:
        spec = model_for_direction(self.model_spec, src, tgt)
        source, local_only = self.locate(src, tgt)
        local = local_model_path(spec)
        try:
            import torch
            from transformers import MarianMTModel, MarianTokenizer
            from transformers.utils import logging as transformers_logging
        except ImportError as error:
            raise TranslatorError(
                f"the Marian backend needs torch, transformers and sentencepiece ({error.name} is missing): "
                f"{INSTALL_HINT}"
            ) from error

        requested = None if self.device in (None, "", "auto") else self.device
        device = requested or ("cuda" if torch.cuda.is_available() else "cpu")
        if device.startswith("cuda") and not torch.cuda.is_available():
            raise TranslatorError(f"device {device!r} requested but CUDA is not available; use --device cpu")
        transformers_logging.disable_progress_bar()  # no "Loading weights" bars in a CLI's output
        try:
            with warnings.catch_warnings():
                warnings.filterwarnings("ignore", message=".*sacremoses.*")
                tokenizer = MarianTokenizer.from_pretrained(source, local_files_only=local_only)
                model = MarianMTModel.from_pretrained(source, local_files_only=local_only)
            model.to(device).eval()
        except torch.cuda.OutOfMemoryError as error:
            raise TranslatorError(f"not enough memory on {device} to load Marian model {spec!r}") from error
        except OSError as error:
            if local is None and not hub_model_cached(source):
                raise TranslatorError(offline_message(source)) from error
            raise TranslatorError(f"cannot load Marian model {spec!r}: {first_line(error)}") from error
        except Exception as error:  # corrupt weights, bad config: many exception types, one meaning
            raise TranslatorError(f"cannot load Marian model {spec!r}: {type(error).__name__}: {first_line(error)}") from error
        return tokenizer, model, device


def out_of_memory_message(batch_size: int) -> str:
    return (
        f"Marian ran out of memory on the CPU (batch size {batch_size}); "
        "set a smaller marian-batch-size in the config, or free memory"
    )


def create(settings) -> MarianTranslator:
    """The Marian backend for ``settings``; a missing model for the run's direction is an error here,
    the weights themselves load on first use.

    Optional knobs read when present: ``marian_batch_size``, ``marian_num_beams``.
    """
    if not all(find_spec(module) for module in REQUIRED_MODULES):
        missing = [module for module in REQUIRED_MODULES if not find_spec(module)]
        raise TranslatorError(f"the Marian backend needs {', '.join(missing)}: {INSTALL_HINT}")
    primary = primary_direction(settings)
    translator = MarianTranslator(
        getattr(settings, "model", None),
        device=getattr(settings, "device", None),
        batch_size=int(getattr(settings, "marian_batch_size", None) or DEFAULT_BATCH_SIZE),
        num_beams=getattr(settings, "marian_num_beams", None),
        allow_download=downloads_allowed(settings),
        primary=primary,
    )
    translator.locate(*primary)
    return translator
