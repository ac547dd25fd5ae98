"""name-mismatch: a government department put for another ("the Texas Department of Transportation" / "el
Departamento de Seguridad Pública de Texas", "the Justice Department" / "el Departamento de Estado", "the Health
Ministry" / "el Ministerio de Educación").

Road closures, recalls, investigations and case counts come from a department; a translation that names another one
sends readers to the wrong office, while the other names of the sentence (Texas, Monday) still match. The name rule
does not see it: each side names a department, and Apertium translates the words of either name.

Each side of an aligned pair is read in its own language, the name as it is written: "Department of X", "X
Department", "Ministry of X", "Secretaría de X", "Ministro de X" and the like, in capitals, and the acronyms Texas and
federal copy uses in both languages (TxDOT, DPS, DHS, DOJ, HHS, USDA). A department is one of a few kinds, each with
its names in both languages ("Health", "Salud", "Sanidad" are one). A department joined to another ("the Economy and
Transport Ministry" / "el Ministerio de Economía y Transporte") is not read: the two languages name such a ministry by
either of its halves. "Secretary of State" and "Secretario de Estado" are not read either (a state's elections officer,
a US diplomat, Spain's junior ministers). When each side names a kind more often than the other, the department
changed: one finding on the translated side, at the name that changed, naming both. A side that names none where the
other does ("the agency" / "el Departamento de Salud") says nothing.

The armed services are read the same way (``BRANCHES``): the Army, the Navy, the Marines, the Air Force, the Coast
Guard, the National Guard ("served in the Army" / "sirvió en la Marina", "The Coast Guard rescued" / "La Guardia
Nacional rescató").

Measured on the faithful sentence pairs of the dev corpus (European ministries, mostly): 40 name a department on both
sides, none another (two did before joined ministries and "Secretario de Estado" were left out); with the first Spanish
department put for another, 20 of 20 are found. With the armed services, 66 name one or the other on both sides, none
another, and 40 of 40 turned are found (tests/test_rule_agencies.py).
"""

from __future__ import annotations

import re
from functools import lru_cache

from bilingo.findings import contrast_findings, each_says_more, prepare_sentences
from bilingo.model import AlignedDocument, Finding, Version
from bilingo.rules.legal import RULE
from bilingo.rules.opposites import phrase_readers
from bilingo.settings import Settings

TEXT_MEMO_SIZE = 1 << 14
CONFIDENCE = 0.7

_BEFORE_EN = "{Department,Dept.,Ministry,Minister} of{, the} "
_AFTER_EN = " {Department,Ministry,Minister,Secretary}"
_BEFORE_ES = "{Departamento,Ministerio,Secretaría,Secretario,Secretaria,Ministro,Ministra} de{, la, el} "


def _department(english: str, spanish: str, *, acronyms: str = "", more_en: str = "", more_es: str = "") -> dict:
    """A kind's phrases: the ``english`` subjects ("Transportation,Transport") before "Department" or after
    "Department of", the ``spanish`` ones after "Departamento de", the ``acronyms`` on both sides."""
    en = f"{_BEFORE_EN}{{{english}}}|{{{english}}}{_AFTER_EN}"
    es = f"{_BEFORE_ES}{{{spanish}}}"
    extra_en = "|".join(part for part in (acronyms, more_en) if part)
    extra_es = "|".join(part for part in (acronyms, more_es) if part)
    return {"en": en + (f"|{extra_en}" if extra_en else ""), "es": es + (f"|{extra_es}" if extra_es else "")}


# each kind of department and its names ("{a,b}" expands as in ``opposites.expand``), written as they are written
AGENCIES = {
    "transportation": _department("Transportation,Transport", "Transporte,Transportes,Comunicaciones y Transportes",
                                  acronyms="TxDOT"),
    "public safety": _department("Public Safety", "Seguridad Pública", acronyms="DPS"),
    "health": _department("Health,Health and Human Services,State Health Services,Public Health",
                          "Salud,Sanidad,Salud Pública,Salud y Servicios Humanos,Servicios de Salud del Estado",
                          acronyms="HHS|DSHS"),
    "education": _department("Education", "Educación,Educación Pública"),
    "justice": _department("Justice", "Justicia", acronyms="DOJ"),
    "homeland security": _department("Homeland Security", "Seguridad Nacional", acronyms="DHS"),
    "defense": _department("Defense,Defence", "Defensa,Defensa Nacional", acronyms="Pentagon|Pentágono"),
    "foreign affairs": {"en": "{Department,Dept.} of State|State Department|Foreign {Ministry,Minister,Office}|"
                              "{Ministry,Minister} of{, the} Foreign Affairs",
                        "es": "Departamento de Estado|{Ministerio,Ministro,Ministra,Secretaría} de{,l} "
                              "{Asuntos Exteriores,Relaciones Exteriores}|Cancillería"},
    "agriculture": _department("Agriculture", "Agricultura", acronyms="USDA"),
    "labor": _department("Labor,Labour,Employment", "Trabajo,Empleo"),
    "treasury": _department("Treasury,Finance,Economy", "Hacienda,Finanzas,Economía,Tesoro"),
    "energy": _department("Energy", "Energía"),
    "interior": _department("Interior,Home Affairs", "Interior,Gobernación"),
    "commerce": _department("Commerce,Trade,Industry", "Comercio,Industria"),
    "housing": _department("Housing,Housing and Urban Development", "Vivienda,Vivienda y Desarrollo Urbano",
                           acronyms="HUD"),
    "veterans affairs": _department("Veterans Affairs", "Asuntos de Veteranos"),
    "environment": _department("Environment,Environmental Quality,Environmental Protection",
                               "Medio Ambiente,Calidad Ambiental,Protección Ambiental"),
    "corrections": _department("Corrections,Criminal Justice", "Correccionales,Justicia Penal"),
    "culture": _department("Culture", "Cultura"),
}
# the armed services, which a veteran's obituary, a deployment or a rescue names: a branch said as another ("served
# in the Army" / "sirvió en la Marina") enlists the person elsewhere. The Spanish "armada" is read only as a name
# ("la Armada"; "a mano armada" is armed), "marina" after its article only ("energía marina" is marine), and "de
# marina" after a noun not at all ("oficial de marina" is the Navy's, "soldado de marina" the Marines')
BRANCHES = {
    "army": {"en": "Army|army", "es": "Ejército|ejército"},
    "navy": {"en": "Navy|navy", "es": "{la,La} {Marina,marina,Armada}|Armada|Marina de Guerra"},
    "marines": {"en": "Marine Corps|Marines|Marine|marines",
                "es": "Infantería de Marina|infantería de marina|{infante,infantes} de {marina,Marina}|"
                      "Cuerpo de Marines|marines|Marines"},
    "air force": {"en": "Air Force|USAF|RAF",
                  "es": "{Fuerza,Fuerzas,fuerza,fuerzas} {Aérea,Aéreas,aérea,aéreas}|USAF|RAF"},
    "coast guard": {"en": "Coast Guard", "es": "Guardia Costera|{Servicio,servicio} de Guardacostas|"
                                               "{Guardacostas,guardacostas}"},
    "national guard": {"en": "National Guard|{Air,Army} National Guard", "es": "Guardia Nacional"},
    "space force": {"en": "Space Force", "es": "Fuerza Espacial"},
}
(_names,) = phrase_readers({**AGENCIES, **BRANCHES})
# a department joined to another: "the Economy and Transport Ministry", "el Ministerio de Economía y Transporte"
_JOINED_AFTER = re.compile(r",?\s+(?:and|y|e)\s+[A-ZÁÉÍÓÚÑ]")
_JOINED_BEFORE = re.compile(r"[A-Z][\w-]*,?\s+and\s+$")


@lru_cache(maxsize=TEXT_MEMO_SIZE)
def departments(text: str, lang: str) -> tuple[tuple[str, int, int], ...]:
    """The departments ``text`` names: (kind, start, end) of each name, in text order."""
    return tuple((kind, start, end) for kind, start, end in _names(text, lang)
                 if not _JOINED_AFTER.match(text, end) and not _JOINED_BEFORE.search(text[max(0, start - 40):start]))


def prepare(version: Version, settings: Settings) -> None:
    """The departments every sentence names, read while the translator works."""
    prepare_sentences(version, settings, RULE, departments)


def check(aligned: AlignedDocument, settings: Settings) -> list[Finding]:
    return contrast_findings(aligned, settings, RULE, departments, changed, evidence_key="departments",
                             confidence=CONFIDENCE)


# whether each side names a kind of department more often than the other
changed = each_says_more
