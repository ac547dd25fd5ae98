"""US places with Spanish names, which a machine translation from Spanish renders word by word.

Apertium's spa-eng turns "El Paso" into "The Step", "Amarillo" into "Yellow", "Santa Fe" into "Saint Faith": US local
news names these places in every story, and a translation that loses them hides a changed place from the name rule and
lowers the chrF that pairs the sentence. ``bilingo.translate.apertium`` passes them through untranslated, and
``bilingo.rules.names`` takes them for names whatever a translator made of them. Only places spa-eng mangles are here
(measured: "San Diego", "Laredo", "Los Angeles" come through as they are); words as common as "Mesa", "Pueblo" or
"Corona" are left out.
"""

from __future__ import annotations

US_PLACES_WITH_SPANISH_NAMES: tuple[str, ...] = tuple(place.strip() for place in """
    El Paso|Amarillo|Las Vegas|Las Cruces|San Antonio|Santa Fe|Boca Raton|Los Alamos|Palo Alto|Sierra Vista|Del Rio|
    Sacramento|Fresno|Salinas|Escondido|Nogales|San Jose|Los Gatos|El Centro|San Marcos|Chula Vista|El Cajon|
    San Bernardino|San Luis Obispo|La Jolla|Los Banos|Val Verde|El Cenizo|Los Fresnos|La Feria|Rio Hondo|
    San Benito|San Angelo|Las Animas|Mesa Verde|Sangre de Cristo|Santa Clarita|San Clemente|San Fernando|San Gabriel|
    El Monte|La Puente|Los Lunas|Rio Rancho|Boca Chica|La Mesa|Costa Mesa|Buena Park|Bella Vista|Los Ranchos|
    Cerro Gordo|Agua Dulce|Arroyo Grande|Paso Robles|La Quinta|Rancho Mirage|Sierra Madre|Los Altos|Boca Grande
    """.split("|"))
