"""Page chrome: navigation and UI strings that are not part of the article.

A page scraped from a bilingual outlet carries lines such as "Skip to content",
"Leer en Español", "EN | ES", "This article is also available in Spanish", "Leave a Reply", share
buttons ("Share this: Facebook | X | Email"), the URL slug ("asilo - rusos"), bylines and dates. They are not content to compare: reporting them as
``only-in-en`` would bury the real findings. This module recognises them so that
single-file mode (``sections``) can keep them out of the findings and list them as
ignored instead.

What counts as chrome (``is_chrome``), in this order:

1. the newsroom's own patterns (``Settings.chrome_patterns``): Python regexes, matched
   case-insensitively against the whole line (``re.fullmatch``), whitespace collapsed;
2. ``BUILTIN_PATTERNS`` below, English and Spanish, also whole-line and case-insensitive;
3. bylines ("By Jane Doe", "Por Juan Pérez", both on one line: "*By Jane Doe / Por Jane Doe*"), translators'
   credits ("Traducción de María López para Eastside Gazette.", "Translated by Ana Gil"), which only the translated
   version has, and photo credits ("(Photo: Ana Gil/Eastside Gazette)", "Foto de Ana Gil"), matched
   case-sensitively so that a short sentence starting with "by" is not taken for one;
4. heuristics for short lines with no sentence punctuation: a line of separators only
   ("---", "* * *"); a URL, e-mail address, @handle or #hashtag alone; a lowercase slug
   ("asilo - rusos", "us-offers-asylum"); a row of UI words ("Facebook Twitter Email").

Only short lines are considered (built-ins and heuristics look at lines of at most
``MAX_CHROME_CHARS`` characters); a newsroom pattern may match any length.
``split_chrome`` applies this to segments, and only where the segment is its block's
whole text (or every segment of its block is chrome): a sentence inside a paragraph is
never dropped as chrome.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Sequence
from functools import lru_cache

from bilingo.errors import ConfigError
from bilingo.model import Segment

MAX_CHROME_CHARS = 100

_MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|"
    "enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|"
    "ene|abr|ago|dic"
)
_WEEKDAYS = (
    "monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    "lunes|martes|miércoles|miercoles|jueves|viernes|sábado|sabado|domingo"
)
_TIME = r"(?:\s*[,|·-]?\s*(?:a\s+las\s+)?\d{1,2}[:.]\d{2}(?:\s*(?:a\.?\s?m\.?|p\.?\s?m\.?|h|hrs?))?(?:\s+[A-Z]{2,4})?)?"
_DATE = (
    rf"(?:(?:{_WEEKDAYS}),?\s+)?"
    rf"(?:(?:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"  # September 27, 2022
    rf"|\d{{1,2}}\s+(?:de\s+)?(?:{_MONTHS})\.?,?\s+(?:de\s+|del\s+)?\d{{4}}"  # 27 de septiembre de 2022
    r"|\d{4}-\d{2}-\d{2}"  # 2022-09-27
    r"|\d{1,2}/\d{1,2}/\d{2,4})"  # 27/09/2022
    + _TIME
)

_SOCIAL = (r"(?:facebook|twitter|x|instagram|linkedin|whatsapp|telegram|youtube|tiktok|pinterest|reddit|threads|"
           r"bluesky|e-?mail|correo(?: electrónico)?|print|imprimir|copy link|copiar enlace)")
_UI_ROW = rf"{_SOCIAL}(?:\s*[|/·•,]?\s*{_SOCIAL})*"

#: Whole-line, case-insensitive patterns for navigation and UI strings (English and Spanish).
BUILTIN_PATTERNS: tuple[str, ...] = (
    # skip links and language switchers
    r"skip to (?:main )?content|skip navigation|saltar al contenido(?: principal)?|ir al contenido(?: principal)?",
    r"(?:read|view|see) (?:this |the )?(?:article |story |page )?in (?:english|spanish)",
    r"(?:leer|lee|léelo|leerlo|ver|lea|léalo) (?:este artículo |la nota |la noticia )?en (?:español|espanol|inglés|ingles)",
    r"(?:english|spanish) (?:version|translation)|versi[oó]n en (?:español|espanol|inglés|ingles)|"
    r"traducci[oó]n al (?:español|espanol|inglés|ingles)|en (?:español|inglés)|in (?:english|spanish)"
    # ... saying where the other version is: "Versión en español abajo", "English version below"
    r"|(?:(?:english|spanish) (?:version|translation)|versi[oó]n en (?:español|espanol|inglés|ingles)|"
    r"traducci[oó]n al (?:español|espanol|inglés|ingles)|en (?:español|inglés)|in (?:english|spanish)|"
    r"english|spanish|español|espanol|inglés|ingles)"
    r"\s*(?:below|above|follows|further down|at the end|abajo|más abajo|debajo|arriba|a continuación|al final)",
    r"(?:scroll down for|see below for|(?:desplácese|desplázate|baje|baja) (?:hacia abajo )?para(?: leer)?(?: la versión)?"
    r"(?: en)?) (?:the )?(?:english|spanish|español|espanol|inglés|ingles)(?: version| translation)?",
    r"english|español|espanol|inglés|ingles|en|es",
    # a switcher between the two: "EN | ES", "English / Español"
    r"(?:english|spanish|español|espanol|inglés|ingles|en|es)(?:\s*[|/·•]\s*(?:english|spanish|español|espanol|inglés|ingles|en|es))+",
    # that the other version exists: "This article is also available in Spanish.", "También disponible en inglés"
    r"(?:(?:this|the) (?:article|story|page|piece|report|newsletter) is )?(?:also )?available in (?:english|spanish)"
    r"(?: (?:here|below|above))?\.?",
    r"(?:(?:este|esta|el|la) (?:artículo|articulo|nota|historia|página|pagina|noticia|reportaje|boletín|boletin)"
    r" (?:también |tambien )?(?:está|esta) )?(?:también |tambien )?disponible en (?:inglés|ingles|español|espanol)"
    r"(?: (?:aquí|aqui|abajo|arriba))?\.?",
    # where the article first ran: a note of the translated version only
    r"(?:this|the|esta|este|la|el) (?:story|article|piece|report|nota|historia|artículo|articulo|noticia|reportaje)"
    r" (?:was|fue|se) (?:originally |first |originalmente |primero )?(?:published|publicad[oa]|publicó|publico)"
    r"(?: originally| originalmente)? (?:in|en) (?:english|spanish|inglés|ingles|español|espanol)"
    r"(?:(?: by| por| in| en| on) .{1,60})?\.?",
    r"(?:read|lea|lee|leer|ver|vea) (?:this |the |la |esta |este )?(?:story |article |versión |version |nota |"
    r"historia |artículo )?(?:in|en) (?:english|spanish|inglés|ingles|español|espanol)(?: (?:here|aquí|aqui))?\.?",
    # comments
    r"(?:leave|post|add|write) a (?:reply|comment)|reply|cancel reply|\d+\s+(?:comments?|replies)|comments?(?:\s*\(\d+\))?",
    r"(?:deja|dejar|deje|escribe|escribir|añade) (?:un|una) (?:respuesta|comentario)|responder|cancelar respuesta|"
    r"\d+\s+comentarios?|comentarios?(?:\s*\(\d+\))?",
    # share and follow buttons
    r"(?:share|compartir|comparte)(?: (?:this|esta|este)(?: (?:article|story|post|page|nota|noticia|artículo|publicación))?)?"
    r"(?: (?:on|via|en|por) (?:facebook|twitter|x|linkedin|whatsapp|telegram|e-?mail|correo))?",
    r"(?:follow us|síguenos|siguenos)(?: on| en)?(?: (?:facebook|twitter|x|instagram|telegram|youtube))?",
    # ... and a labelled row of them: "Share this: Facebook | X | Email", "Compartir: WhatsApp, correo"
    r"(?:share|compartir|comparte|follow us|síguenos|siguenos)(?: (?:this|esta|este)(?: (?:article|story|post|page|"
    r"nota|noticia|artículo|publicación))?)?(?: (?:on|en))?\s*:\s*" + _UI_ROW,
    r"(?:copy|copiar) (?:link|enlace)|(?:print|imprimir)(?: (?:this )?(?:article|artículo|página|page))?",
    # subscriptions, accounts, navigation
    r"(?:subscribe|sign up|suscríbete|suscribete|suscribirse|regístrate|registrate)(?: (?:to|for|a|al|en) .{0,40})?",
    r"(?:log ?in|log ?out|sign in|sign out|iniciar sesión|cerrar sesión|mi cuenta|my account)",
    r"(?:menu|menú|search|buscar|home|inicio|portada|back to top|volver arriba|ir arriba|close|cerrar|more|más)",
    r"(?:next|previous|siguiente|anterior)(?: (?:article|story|post|artículo|nota|noticia|entrada))?",
    r"(?:related|relacionad[oa]s?|lee también|lea también|te puede interesar|también te puede interesar|"
    r"you may also like|recommended|recomendados?|most read|lo más leído|más leídas?|trending)(?: (?:articles|stories|posts|news|noticias|artículos|notas))?:?",
    # ... and such a label with the headline it links to: "Related: Route 7 to get new electric buses"
    r"(?:related|relacionad[oa]|read also|read more|see also|lee también|lea también|ver también|más información|"
    r"more on this|más sobre esto)(?: (?:articles?|stories|story|posts?|news|noticias?|artículos?|notas?))?\s*:\s*[^.!?]{1,100}",
    r"(?:read more|continue reading|keep reading|leer más|seguir leyendo|sigue leyendo|ver más|see more|load more|cargar más)",
    r"(?:advertisement|advertising|publicidad|anuncio|sponsored|patrocinado)",
    # audio players, galleries, appeals and footers
    r"(?:listen to|escucha|escuche|escuchar) (?:this|the|este|esta|el|la) (?:article|story|artículo|articulo|nota|noticia)"
    r"(?:\s*[·|,-]?\s*\d+\s*(?:min(?:utes?|utos?)?|s))?",
    r"(?:view|see|ver|mira|mire) (?:the |la )?(?:photo |video )?(?:gallery|galería|galeria)|(?:photo|video) gallery|"
    r"galería (?:de fotos|fotográfica)|(?:photo gallery|galería de fotos)\s*:\s*\d+\s*(?:photos|fotos|images|imágenes)",
    r"(?:donate|dona|donar)(?: (?:now|today|hoy|ahora|here|aquí|aqui))?[.!]?",
    r"(?:support (?:our|local|independent|nonprofit) (?:journalism|news)|apoya (?:nuestro|el) periodismo"
    r"(?: independiente| local)?)(?:\s*[:!.-]\s*.{0,40})?",
    r"(?:copyright|©|\(c\))\s*(?:©\s*)?\d{4}\b.{0,100}|"
    r".{0,100}\b(?:all rights reserved|todos los derechos reservados|derechos reservados)\b.{0,100}",
    r"(?:corrections? policy|política de correcciones|ethics policy|política de ética|contact (?:us|the reporter|the author)|"
    r"contáctanos|contacta(?:r)? (?:a )?(?:la reportera|el reportero|el autor|la autora))",
    r"(?:have a (?:news )?tip|got a tip|send us a tip|¿tienes un (?:dato|tip|dato noticioso)\?|envíanos (?:un|tu) (?:dato|tip))"
    r".{0,80}",
    # kickers: a label over the headline, said in each language its own way ("Breaking news" / "Última hora")
    r"(?:breaking(?: news)?|just in|developing(?: story)?|live(?: updates| coverage| blog)?|exclusive|"
    r"última hora|noticia de última hora|(?:noticia )?en desarrollo|en vivo|en directo|exclusiva)",
    r"(?:tags?|etiquetas?|filed under|archivado en|categor(?:y|ies|ía|ías)|topics?|temas?)\s*:.{0,80}",
    # dates and update stamps
    rf"(?:(?:published|posted|updated|last updated|publicado|actualizado|última actualización)(?: on| el)?:?\s*)?{_DATE}",
    r"(?:published|posted|updated|publicado|actualizado)(?: on| el)?:?\s*(?=[^.!?]*\d)[^!?]{0,40}",
    r"\d+\s+(?:min(?:ute)?s?|minutos?)\s+(?:read|de lectura)|(?:reading time|tiempo de lectura):?\s*\d+\s*\w*",
)

# Bylines are names, so they are matched case-sensitively: "By Jane Doe", "Por Juan Pérez y Ana Gil", and a desk's
# ("By The Associated Press", "Por la Redacción").
_NAME = r"[A-ZÁÉÍÓÚÑÜ][\w'’.-]*"
_BYLINE = re.compile(
    rf"(?:By|BY|Por|POR|Written by|Escrito por)\s+(?:"
    rf"{_NAME}(?:\s+(?:(?:de|del|la|los|y|and|van|von)\s+)?{_NAME}){{0,5}}"
    rf"(?:\s*(?:,|and|y|&)\s*{_NAME}(?:\s+{_NAME}){{0,4}})*"
    # (then a site's name, or the byline again in the other language: "By Ana Gil / Por Ana Gil")
    rf"(?:\s*[|·,/-]\s*.{{0,60}})?"
    # a desk's ("Por la Redacción", "By The Associated Press"), followed by nothing but a site's name
    rf"|(?:the|The|la|La|el|El|los|Los|las|Las)\s+{_NAME}(?:\s+(?:de\s+)?{_NAME}){{0,3}}(?:\s*[|·-]\s*.{{0,60}})?)"
)

# A photo or video credit, or a following line: "(Photo: Ana Gil/Eastside Gazette)", "Foto de Ana Gil", "Photo courtesy
# of the city", "Follow Ana Gil on X: @anagil". Names, so case-sensitive ("Foto de la protesta" is a caption).
_CREDIT = re.compile(
    r"\(?(?:(?:Photo|Photos|Foto|Fotos|Photograph|Fotografía|Image|Imagen|Video|Illustration|Ilustración|"
    r"Photo illustration|Ilustración fotográfica|Graphic|Gráfico)(?:\s+(?:by|de|por))?\s*:?"
    rf"\s+{_NAME}(?:\s+(?:(?:de|del|la|los|y|and|van|von)\s+)?{_NAME}){{0,5}}(?:\s*[/|·,-]\s*[^.!?()]{{1,60}})?"
    r"|(?:Photo|Photos|Foto|Fotos) (?:courtesy of|cortesía de|cortesia de)\s+[^.!?()]{1,60}"
    r"|(?:Photo illustration|Ilustración fotográfica|Ilustración|Illustration)"
    rf"|(?:Follow|Sigue a|Siga a)\s+{_NAME}(?:\s+{_NAME}){{0,3}}\s+(?:on|en)\s+(?:X|Twitter|Instagram|Bluesky|Threads|"
    r"Facebook|LinkedIn|TikTok)\s*:?\s*(?:@[\w.]+)?"
    r")\)?\.?"
)

# A translator's credit, in the version it was translated into only: "Traducción de María López para Eastside
# Gazette.", "Translated by Ana Gil", "Esta nota fue traducida al inglés por Juan Pérez". Names, so case-sensitive.
_TRANSLATOR_CREDIT = re.compile(
    r"(?:(?:This|Esta|Este) (?:article|story|piece|report|nota|historia|artículo|noticia|reportaje) (?:was|fue) )?"
    r"(?:[Tt]ranslated|[Tt]raducid[oa]|[Tt]ranslation|[Tt]raducción)"
    r"(?: (?:from|into|to|del|al) (?:English|Spanish|español|inglés))?(?: (?:by|por|de))?:?"
    rf"\s+{_NAME}(?:\s+(?:(?:de|del|la|los|y|and|van|von)\s+)?{_NAME}){{0,5}}"
    rf"(?:\s*(?:,|and|y|&)\s*{_NAME}(?:\s+{_NAME}){{0,4}})*"
    r"(?:\s+(?:para|for)\s+[^.!?]{1,60})?(?:\s*[|·,-]\s*[^.!?]{0,60})?\.?"
)

# Words that make up rows of buttons and menus; a short line of these only is chrome.
UI_WORDS = frozenset(
    "facebook twitter x instagram linkedin whatsapp telegram youtube tiktok pinterest reddit email e-mail correo "
    "print imprimir share compartir tweet tuitear comment comments comentar comentarios reply responder link "
    "enlace copy copiar menu menú search buscar home inicio subscribe suscríbete login logout newsletter rss "
    "more más next previous siguiente anterior".split()
)

_WRAPPING = " ()[]{}*_|·•»›>→←«‹<-–—:"  # around a built-in phrase on its line: brackets, emphasis, arrows
_SEPARATOR_ONLY = re.compile(r"[\W_]+")
_URL_ONLY = re.compile(r"(?:https?://|www\.)\S+|\S+@\S+\.\w+|[@#][\w.]+(?:\s+[@#][\w.]+)*", re.IGNORECASE)
_SLUG = re.compile(r"[a-z0-9áéíóúñü]+(?:\s*[-_/]\s*[a-z0-9áéíóúñü]+)+")
_SENTENCE_PUNCTUATION = re.compile(r"[.!?¿¡;:,\"“”«»]")


@lru_cache(maxsize=64)
def _compile(patterns: tuple[str, ...]) -> tuple[re.Pattern, ...]:
    compiled = []
    for pattern in patterns:
        try:
            compiled.append(re.compile(pattern, re.IGNORECASE))
        except re.error as error:
            raise ConfigError(f"chrome_patterns: {pattern!r} is not a valid regular expression ({error})") from error
    return tuple(compiled)


_BUILTIN = _compile(BUILTIN_PATTERNS)


def is_chrome(text: str, patterns: Iterable[str] = ()) -> bool:
    """Whether ``text`` (one line or block) is navigation/UI chrome rather than content.

    ``patterns`` are the newsroom's extra regexes (``Settings.chrome_patterns``), tried
    first against the whole line, case-insensitively. Raises ``ConfigError`` for a
    pattern that does not compile.
    """
    line = " ".join(text.split())
    if not line:
        return True
    if any(pattern.fullmatch(line) for pattern in _compile(tuple(patterns))):
        return True
    if len(line) > MAX_CHROME_CHARS:
        return False
    bare = _without_symbols(line).strip(_WRAPPING)  # "(English below)", "[Leer en español]", "🔥 Breaking news 🔥"
    if any(pattern.fullmatch(line) or pattern.fullmatch(bare) for pattern in _BUILTIN):
        return True
    emphasised = line.strip("*_ ")  # (Markdown's emphasis: "*By Ana Gil*"; not a colon, "POR LA PRESENTE ... QUE:")
    if any(pattern.fullmatch(line) or pattern.fullmatch(emphasised)
           for pattern in (_BYLINE, _TRANSLATOR_CREDIT, _CREDIT)):
        return True
    return _looks_like_ui(line)


def _without_symbols(line: str) -> str:
    """``line`` without the symbols at either end: emoji and dingbats (Unicode category So), with the variation
    selectors and joiners that go with them (Mn, Cf)."""
    start, end = 0, len(line)
    while start < end and (line[start].isspace() or unicodedata.category(line[start]) in ("So", "Mn", "Cf")):
        start += 1
    while end > start and (line[end - 1].isspace() or unicodedata.category(line[end - 1]) in ("So", "Mn", "Cf")):
        end -= 1
    return line[start:end]


def _looks_like_ui(line: str) -> bool:
    """Heuristics for short lines that no pattern names but no article sentence looks like."""
    if _SEPARATOR_ONLY.fullmatch(line):
        return True  # "---", "* * *", "//"
    if _URL_ONLY.fullmatch(line):
        return True
    words = line.split()
    if len(words) <= 8 and _SLUG.fullmatch(line) and line == line.lower() and any(c in line for c in "-_/"):
        return True  # the URL slug printed on the page: "asilo - rusos", "us-offers-asylum"
    if len(words) <= 8 and not _SENTENCE_PUNCTUATION.search(line.rstrip(".")):
        cleaned = [word.strip("|·•»›>-").lower() for word in words]
        cleaned = [word for word in cleaned if word]
        if cleaned and all(word in UI_WORDS for word in cleaned):
            return True  # a row of buttons: "Facebook Twitter WhatsApp Email"
    return False


def split_chrome(segments: Sequence[Segment], patterns: Iterable[str] = (),
                 table_cells: frozenset[int] = frozenset()) -> tuple[list[Segment], list[Segment]]:
    """Separate content from chrome: ``(content, ignored)``, both in the input order.

    A segment is chrome when ``is_chrome`` says so and it is not part of a paragraph
    with real content: either it is alone in its block, or every segment of its block
    is chrome (a byline line "By Jane Doe. Sept. 27, 2022" split in two). A table cell
    (``table_cells``: the indices of such blocks) holding one button word is not: "Share",
    "Email" or "Next" heads a column there ("Candidate | Votes | Share"); a language label
    ("English | Español") still is.
    """
    patterns = tuple(patterns)
    by_block: dict[int, list[int]] = defaultdict(list)
    for index, segment in enumerate(segments):
        by_block[segment.block].append(index)
    looks_like = [is_chrome(segment.text, patterns) and not (segment.block in table_cells
                                                             and segment.text.strip(_WRAPPING + ".").lower() in UI_WORDS)
                  for segment in segments]
    content: list[Segment] = []
    ignored: list[Segment] = []
    for index, segment in enumerate(segments):
        if looks_like[index] and all(looks_like[other] for other in by_block[segment.block]):
            ignored.append(segment)
        else:
            content.append(segment)
    return content, ignored
