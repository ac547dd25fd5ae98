"""The front matter of a Markdown article: the fields a reader sees, as text to compare.

Static-site generators (Hugo, Jekyll, Eleventy, Astro) keep an article's headline and
standfirst in a metadata block at the top of the file and render them above the body:

    ---
    title: "City council approves $3 million budget"
    description: "The vote was 5 to 2 after a long debate."
    date: 2026-11-24
    tags: [budget, council]
    ---

The body then has no headline of its own: without its front matter, a headline that says
"300,000" in one language and "30,000" in the other would never be compared. YAML (between
``---`` lines) and TOML (between ``+++`` lines) are read. A field is text when the last word
of its key is one of ``TEXT_KEYS`` (``title``, ``seo_title``, ``image_caption``, ``alt``…),
at any depth (``cover: {caption: …}``); dates, slugs, tags, paths and layout settings are
metadata. Front matter that does not parse is left out as a whole, as before this module:
a site generator would refuse it, and its lines are markup either way.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass

# The last word of a key that names text a reader sees (a headline, a standfirst, a caption, alt text).
TEXT_KEYS = frozenset({
    "title", "headline", "subtitle", "subheadline", "description", "summary", "excerpt", "abstract", "teaser",
    "dek", "deck", "lede", "standfirst", "kicker", "caption", "alt",
})
HEADING_KEYS = frozenset({"title", "headline"})  # read as headings: a sentence of its own, never run into the next
_KEY_WORDS = re.compile(r"[a-z0-9]+|[A-Z][a-z0-9]*")  # "seo_title", "image-caption", "linkTitle"
_YAML_FENCE = re.compile(r"^(?:---|\.\.\.)[ \t\r]*$", re.MULTILINE)
_TOML_FENCE = re.compile(r"^\+\+\+[ \t\r]*$", re.MULTILINE)
ESCAPE_WINDOW = 12  # how far ahead a character of a value may sit in its source (after "\u00e9", a line fold)


@dataclass(frozen=True)
class FrontMatterField:
    """A text field of the front matter: its value and, for each character, its index in the file."""

    key: str
    text: str
    offsets: list[int]

    @property
    def is_heading(self) -> bool:
        return key_word(self.key) in HEADING_KEYS


def key_word(key: str) -> str:
    """The last word of a key, lower case: what it names ("seo_title" and "ogTitle" name a title)."""
    words = _KEY_WORDS.findall(key)
    return words[-1].lower() if words else ""


def is_text_key(key: object) -> bool:
    return isinstance(key, str) and key_word(key) in TEXT_KEYS


def front_matter_span(text: str) -> tuple[str, int, int, int] | None:
    """``(syntax, start, end, body start)`` of the front matter: "yaml" or "toml", the span of its contents
    between the fences, and where the body starts after the closing fence. None without front matter."""
    for syntax, opening, fence in (("yaml", "---", _YAML_FENCE), ("toml", "+++", _TOML_FENCE)):
        if not text.startswith(opening) or text[3:4] not in ("\n", "\r", " ", "\t"):
            continue
        first_line_end = text.find("\n")
        if first_line_end < 0 or text[3:first_line_end].strip():
            return None
        closing = fence.search(text, first_line_end + 1)
        if closing is None:
            return None
        return syntax, first_line_end + 1, closing.start(), closing.end()
    return None


def split_front_matter(text: str) -> tuple[int, list[FrontMatterField]]:
    """Where the body starts (0 when the file has no front matter) and the front matter's text fields, in the
    order they are written."""
    span = front_matter_span(text)
    if span is None:
        return 0, []
    syntax, start, end, body_start = span
    try:
        fields = (yaml_fields if syntax == "yaml" else toml_fields)(text, start, end)
    except Exception:  # noqa: BLE001 - any parse failure (syntax, nesting too deep) leaves the block out
        fields = []
    return body_start, in_file_order(fields)


def front_matter_data(text: str) -> dict:
    """The front matter as a mapping (``{}`` without one, or when it does not parse), for the keys a batch
    pairs files by (Hugo's ``translationKey``)."""
    span = front_matter_span(text)
    if span is None:
        return {}
    syntax, start, end, _ = span
    try:
        if syntax == "toml":
            data = tomllib.loads(text[start:end])
        else:
            import yaml

            data = yaml.safe_load(text[start:end])
    except Exception:  # noqa: BLE001 - as a broken front matter is left out of the content
        return {}
    return data if isinstance(data, dict) else {}


def in_file_order(fields: list[FrontMatterField]) -> list[FrontMatterField]:
    """The fields in the order they are written, none overlapping another (blocks of a file never do: a TOML
    key found inside another field's text is dropped)."""
    ordered: list[FrontMatterField] = []
    for field in sorted(fields, key=lambda field: field.offsets[0]):
        if not ordered or field.offsets[0] > ordered[-1].offsets[-1]:
            ordered.append(field)
    return ordered


def yaml_fields(text: str, start: int, end: int) -> list[FrontMatterField]:
    """The text fields of the YAML in ``text[start:end]``, located by the parser's own marks."""
    import yaml  # only files with front matter pay for it

    # The pure-Python loader's marks count characters (libyaml's count bytes); a node is composed, never
    # constructed, so no tag can build an object.
    root = yaml.compose(text[start:end], Loader=yaml.SafeLoader)
    fields: list[FrontMatterField] = []
    seen: set[int] = set()  # an alias is the node it names: each node is read once (no "billion laughs")

    def walk(node) -> None:
        if id(node) in seen:
            return
        seen.add(id(node))
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                if isinstance(value, yaml.ScalarNode):
                    if isinstance(key, yaml.ScalarNode) and is_text_key(key.value) and value.tag.endswith(":str"):
                        fields.append(located_field(key.value, value.value, text, start + value.start_mark.index,
                                                    start + value.end_mark.index))
                else:
                    walk(value)
        elif isinstance(node, yaml.SequenceNode):
            for item in node.value:
                walk(item)

    if root is not None:
        walk(root)
    return [field for field in fields if field.text.strip()]


def toml_fields(text: str, start: int, end: int) -> list[FrontMatterField]:
    """The text fields of the TOML in ``text[start:end]``. ``tomllib`` gives no positions: each value is looked for
    after its key's n-th assignment (``key =``) in the source."""
    table = tomllib.loads(text[start:end])
    fields: list[FrontMatterField] = []
    occurrences: dict[str, int] = {}

    def walk(value) -> None:
        if isinstance(value, dict):
            for key, item in value.items():
                if isinstance(item, str) and is_text_key(key):
                    seen = occurrences.get(key, 0)
                    occurrences[key] = seen + 1
                    assignments = list(re.finditer(rf"""(?<![\w-])["']?{re.escape(key)}["']?[ \t]*=[ \t]*""",
                                                   text[start:end]))
                    if seen < len(assignments):
                        value_start = start + assignments[seen].end()
                        fields.append(located_field(key, item, text, value_start, end))
                else:
                    walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    walk(table)
    return [field for field in fields if field.text.strip()]


def located_field(key: str, value: str, text: str, start: int, end: int) -> FrontMatterField:
    """``value`` with each character's index in ``text[start:end]``, where its written form (quoted, escaped,
    folded over lines) lies. A character that is not written as itself (an escape) points where it stands."""
    quote = text[start:start + 1]
    inner = start + 1 if quote in ('"', "'") else start
    if text.startswith(value, inner):
        return FrontMatterField(key, value, list(range(inner, inner + len(value))))
    offsets = []
    cursor = inner
    for char in value:
        found = text.find(char, cursor, min(end, cursor + ESCAPE_WINDOW)) if not char.isspace() else -1
        if found < 0:
            offsets.append(min(cursor, max(end - 1, start)))
        else:
            offsets.append(found)
            cursor = found + 1
    return FrontMatterField(key, value, offsets)
