"""Published pages as inputs: ``bilingo check https://site/story`` reads the page over HTTP(S).

An editor checks what readers see: the two published versions, by their addresses. Given
one page, its other-language version is the one it links to for search engines
(``<link rel="alternate" hreflang="es" href="...">``, as a batch pairs HTML files); given
two, they are the two versions. A page is fetched once per run (``fetch`` remembers it),
at most ``MAX_BYTES`` of it, within ``TIMEOUT_S``; a failure is one line naming the address
and what went wrong (``InputError``, exit code 2). Nothing is written to disk, and the
result cache does not keep pages, whose content changes without a file to compare.
"""

from __future__ import annotations

import threading
import urllib.parse

from bilingo import __version__
from bilingo.errors import InputError

TIMEOUT_S = 30.0
USER_AGENT = f"bilingo/{__version__} (EN/ES translation consistency checker)"
SCHEMES = ("http://", "https://")
ACCEPT = "text/html, text/plain;q=0.9, */*;q=0.1"

_fetched: dict[str, tuple[bytes, str]] = {}
_lock = threading.Lock()


def is_url(path: str) -> bool:
    return path.lower().startswith(SCHEMES)


def fetch(url: str) -> tuple[bytes, str]:
    """The page's body and its media type ("text/html"...), fetched once per run."""
    import urllib.error
    import urllib.request  # (here: with http.client and ssl it is a third of the CLI's imports)

    from bilingo.read import MAX_BYTES

    with _lock:
        if url in _fetched:
            return _fetched[url]
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept": ACCEPT})
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT_S) as response:  # noqa: S310 - http(s) only (is_url)
            if not is_url(response.geturl()):  # a redirect elsewhere than http(s) (ftp://) is not followed
                raise InputError(f"{url}: redirected to {response.geturl()}, which is not an http(s) page")
            body = response.read(MAX_BYTES + 1)
            media_type = response.headers.get_content_type()
    except InputError:
        raise
    except urllib.error.HTTPError as error:
        raise InputError(f"{url}: the server answered {error.code} {error.reason}") from None
    except urllib.error.URLError as error:
        raise InputError(f"{url}: cannot fetch: {getattr(error.reason, 'strerror', None) or error.reason}") from None
    except (TimeoutError, OSError, ValueError) as error:
        raise InputError(f"{url}: cannot fetch: {error}") from None
    if len(body) > MAX_BYTES:
        raise InputError(f"{url}: the page is over bilingo's limit of {MAX_BYTES // 2**20} MB")
    with _lock:
        _fetched[url] = (body, media_type)
    return body, media_type


def format_of(url: str, media_type: str) -> str:
    """How to read a fetched page: by its media type, else by the address's extension, else as HTML."""
    if media_type == "text/html" or media_type == "application/xhtml+xml":
        return "html"
    if media_type == "text/markdown":
        return "markdown"
    if media_type in ("application/json", "application/ninjs+json") or media_type.endswith("+json"):
        return "ninjs"  # a news agency's API item (``bilingo.ninjs``)
    if media_type in ("application/xml", "text/xml") or media_type.endswith("+xml"):
        return "newsml"  # a news agency's XML item, NewsML-G2 or NITF (``bilingo.newsml``)
    if media_type == "text/plain":
        path = urllib.parse.urlsplit(url).path.lower()
        return "markdown" if path.endswith((".md", ".markdown")) else "text"
    raise InputError(f"{url}: the page is {media_type}, not text, HTML or a news item (ninjs, NewsML-G2, NITF)")


def other_language_page(url: str) -> str | None:
    """The address of the page's English or Spanish version that it links to (hreflang), resolved from the
    page's address; None when it names none but itself."""
    from bilingo.batch import HEAD_BYTES, alternate_links_in

    body, media_type = fetch(url)
    if format_of(url, media_type) != "html":
        return None
    head = body[:HEAD_BYTES].decode("utf-8", errors="replace")
    own = urllib.parse.urldefrag(url)[0]
    for _, href in alternate_links_in(head):
        linked = urllib.parse.urldefrag(urllib.parse.urljoin(url, href))[0]
        if is_url(linked) and linked != own:
            return linked
    return None
