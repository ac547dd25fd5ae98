"""US places with Spanish names, which a machine translation from Spanish renders word by word.

Apertium's spa-eng turns "El Paso" into "The Step", "Amarillo" into "Yellow", "Santa Fe" into "Saint Faith": US local
news names these places in every story, and a translation that loses them hides a changed place from the name rule and
lowers the chrF that pairs the sentence. ``bilingo.translate.apertium`` passes them through untranslated, and
``bilingo.rules.names`` takes them for names whatever a translator made of them. Only places spa-eng mangles are here
(measured: "San Diego", "Laredo", "Los Angeles" come through as they are); words as common as "Mesa", "Pueblo" or
"Corona" are left out.

It also lists the countries and the cities abroad whose names are spelt alike in both languages
(``COUNTRIES_NAMED_ALIKE``, ``CITIES_ABROAD_NAMED_ALIKE``): the name rule takes one of them put for a country or a
city of its table for a changed place.
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

# Places abroad whose names are Spanish words that spa-eng renders word by word ("El Salvador" is "The Saviour",
# "Santo Domingo" "Saint Sunday", "La Paz" "The Peace", "Ensenada" "Inlet", "Puebla" "Populates"; measured, as the
# forty-seventh round added the cities of Mexico, Central and South America and two of Spain's; "Antigua", "Colón"
# and "Manta" are left out, words or an English name as often): ``bilingo.rules.names`` takes them for names whatever
# a translator made of them, as the US ones above (the translator is left alone: its cached translations stay valid)
PLACES_ABROAD_WITH_SPANISH_WORDS: tuple[str, ...] = tuple(place.strip() for place in """
    El Salvador|San Salvador|Santo Domingo|La Habana|La Paz|Los Cabos|Ciudad Juárez|Puerto Vallarta|Mar del Plata|
    Ensenada|León|Puebla|Piedras Negras|Agua Prieta|Los Mochis|Playa del Carmen|La Ceiba|Puerto Cortés|Valencia|
    Las Palmas|Rosario|Concepción|Asunción|Quito|El Alto|Punta Arenas|Viña del Mar
    """.split("|"))

# Countries and cities abroad whose English and Spanish names are spelt alike (up to an accent) and that
# ``bilingo.rules.names.EQUIVALENTS`` does not hold: one of them against a country or a city of that table is a
# changed place ("Germany" / "Austria", "Paris" / "Lima"), as two countries of the table are. The countries of
# ``bilingo.rules.nationalities.COUNTRIES`` are left out: that reading compares them with the table's ("Mexico" /
# "Guatemala"), and a change is reported once
COUNTRIES_NAMED_ALIKE: tuple[str, ...] = tuple(place.strip() for place in """
    Austria|Jamaica|Australia|India|Uganda|Sudan|Yemen|Bangladesh|Sri Lanka|Senegal|Angola|Zimbabwe|Kuwait|Laos|
    Bulgaria|Serbia|Albania|Estonia|Guyana|Bahamas|Barbados|Indonesia
    """.split("|"))
CITIES_ABROAD_NAMED_ALIKE: tuple[str, ...] = tuple(place.strip() for place in """
    Lima|Bogota|Buenos Aires|Caracas|Quito|Managua|Tegucigalpa|San Salvador|Santo Domingo|Madrid|Barcelona|Berlin|
    Montevideo|Toronto|Montreal|Vancouver|Ottawa|Seoul|Guadalajara|Monterrey|Tijuana|Cancun|Acapulco|Oaxaca|
    Mexicali|Medellin|Cali|Cartagena|Oslo|Helsinki|Budapest|Dubai|Delhi|Bangkok|Manila|Melbourne|Sao Paulo|
    Rio de Janeiro
    """.split("|"))

# US cities a local or regional newsroom names, whose spellings may resemble each other as a translated name resembles
# its original ("Pasadena" / "Pearland", "Galveston" / "Garland", "Killeen" / "Kyle"): two of them that differ are two
# places, never one name spelt two ways. The largest cities of the country, and those of the states with the largest
# Spanish-speaking audiences (Texas, California, Florida, Arizona, New Mexico, Colorado, Nevada, Illinois, New York).
US_CITIES: tuple[str, ...] = tuple(dict.fromkeys(place.strip() for place in """
    New York|Los Angeles|Chicago|Houston|Phoenix|Philadelphia|San Antonio|San Diego|Dallas|San Jose|Austin|
    Jacksonville|Fort Worth|Columbus|Charlotte|Indianapolis|San Francisco|Seattle|Denver|Oklahoma City|Nashville|
    Washington|El Paso|Las Vegas|Boston|Detroit|Portland|Louisville|Memphis|Baltimore|Milwaukee|Albuquerque|Tucson|
    Fresno|Sacramento|Mesa|Kansas City|Atlanta|Omaha|Colorado Springs|Raleigh|Long Beach|Virginia Beach|Miami|
    Oakland|Minneapolis|Tulsa|Bakersfield|Wichita|Arlington|Aurora|Tampa|New Orleans|Cleveland|Honolulu|Anaheim|
    Lexington|Stockton|Corpus Christi|Henderson|Riverside|Newark|Saint Paul|Santa Ana|Cincinnati|Irvine|Orlando|
    Pittsburgh|St. Louis|Greensboro|Jersey City|Anchorage|Lincoln|Plano|Durham|Buffalo|Chandler|Chula Vista|Toledo|
    Madison|Gilbert|Reno|Fort Wayne|North Las Vegas|St. Petersburg|Lubbock|Irving|Laredo|Winston-Salem|Chesapeake|
    Glendale|Garland|Scottsdale|Norfolk|Boise|Fremont|Spokane|Santa Clarita|Baton Rouge|Richmond|Hialeah|
    San Bernardino|Tacoma|Modesto|Huntsville|Des Moines|Yonkers|Rochester|Moreno Valley|Fontana|Fayetteville|
    Columbus|Worcester|Port St. Lucie|Little Rock|Augusta|Oxnard|Birmingham|Montgomery|Frisco|Amarillo|Salt Lake City|
    Grand Rapids|Huntington Beach|Overland Park|Glendale|Tallahassee|Grand Prairie|McKinney|Cape Coral|Sioux Falls|
    Peoria|Providence|Vancouver|Knoxville|Akron|Shreveport|Mobile|Brownsville|Newport News|Fort Lauderdale|
    Chattanooga|Tempe|Ontario|Elk Grove|Salem|Pembroke Pines|Eugene|Santa Rosa|Rancho Cucamonga|Killeen|Pasadena|
    Garden Grove|Oceanside|Fort Collins|Springfield|Murfreesboro|Surprise|Lancaster|Denton|Roseville|Palmdale|
    Corona|Salinas|Hayward|Paterson|Macon|Lakewood|Alexandria|Hollywood|Sunnyvale|Escondido|Pomona|Joliet|
    Naperville|Bridgeport|Mesquite|Savannah|Syracuse|Torrance|McAllen|Orange|Fullerton|Miramar|Thornton|Waco|
    West Valley City|Olathe|Carrollton|Midland|Charleston|Visalia|Gainesville|Elizabeth|Cedar Rapids|Round Rock|
    Stamford|Victorville|Coral Springs|Hartford|Abilene|Lafayette|Odessa|Beaumont|Pearland|College Station|Tyler|
    Richardson|League City|Allen|Sugar Land|Edinburg|Mission|Pharr|Harlingen|San Marcos|New Braunfels|Georgetown|
    Pflugerville|Kyle|Temple|Bryan|Conroe|Baytown|Galveston|Texas City|Lewisville|Flower Mound|Wichita Falls|
    San Angelo|Longview|Port Arthur|Victoria|Del Rio|Eagle Pass|Weslaco|Seguin|Cedar Park|Leander|Schertz|
    Converse|Universal City|Boerne|Kerrville|Uvalde|Rio Grande City|Roma|Alice|Kingsville|Portland|Rockport|
    Nacogdoches|Lufkin|Huntsville|Sherman|Denison|Texarkana|Greenville|Rowlett|Wylie|Mansfield|Euless|Bedford|
    Grapevine|Keller|Burleson|Cleburne|Weatherford|Katy|Spring|Humble|Kingwood|Cypress|Tomball|Friendswood|
    Missouri City|Stafford|Rosenberg|Richmond|Deer Park|La Porte|Channelview|Brenham|Bastrop|Lockhart|Marble Falls|
    Las Cruces|Santa Fe|Rio Rancho|Roswell|Farmington|Hobbs|Carlsbad|Yuma|Nogales|Flagstaff|Prescott|Goodyear|
    Buckeye|Avondale|Casa Grande|Sierra Vista|Pueblo|Greeley|Boulder|Westminster|Longmont|Loveland|Sparks|
    Carson City|Oxnard|Ventura|Santa Barbara|Santa Maria|San Luis Obispo|Bakersfield|Delano|Merced|Madera|Hanford|
    Tulare|Porterville|El Centro|Calexico|Indio|Palm Springs|Coachella|Hemet|Temecula|Murrieta|Perris|Menifee|
    Downey|Norwalk|Whittier|Compton|Inglewood|Santa Monica|Burbank|El Monte|West Covina|Montebello|Salinas|
    Watsonville|Santa Cruz|San Mateo|Daly City|Berkeley|Richmond|Vallejo|Concord|Antioch|Modesto|Turlock|
    Hialeah|Kissimmee|Doral|Homestead|Miami Beach|Boca Raton|West Palm Beach|Fort Myers|Naples|Sarasota|Lakeland|
    Clearwater|Daytona Beach|Palm Bay|Melbourne|Ocala|Pensacola|Cicero|Elgin|Waukegan|Evanston|Paterson|Passaic|
    Union City|Elizabeth|Camden|Trenton|Allentown|Reading|Lawrence|Lowell|Hartford|New Haven|Providence
    """.split("|")))

US_STATES: tuple[str, ...] = (
    "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "Florida",
    "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine",
    "Maryland", "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada",
    "New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota", "Ohio", "Oklahoma",
    "Oregon", "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas", "Utah",
    "Vermont", "Virginia", "Washington", "West Virginia", "Wisconsin", "Wyoming", "Puerto Rico",
)
# The Spanish names of the states (folded) that differ from the English ones, and the English name each stands for
SPANISH_STATE_NAMES: dict[str, str] = {
    "pensilvania": "pennsylvania", "nuevo mexico": "new mexico", "nueva york": "new york", "nueva jersey": "new jersey",
    "nuevo hampshire": "new hampshire", "carolina del norte": "north carolina", "carolina del sur": "south carolina",
    "dakota del norte": "north dakota", "dakota del sur": "south dakota", "virginia occidental": "west virginia",
    "luisiana": "louisiana", "misisipi": "mississippi", "misuri": "missouri",
    "hawai": "hawaii", "oregon": "oregon", "michigan": "michigan", "tennesi": "tennessee", "kentuki": "kentucky",
}
ES_STATE_NAMES: tuple[str, ...] = (
    "Pensilvania", "Nuevo México", "Nueva York", "Nueva Jersey", "Nuevo Hampshire", "Carolina del Norte",
    "Carolina del Sur", "Dakota del Norte", "Dakota del Sur", "Virginia Occidental", "Luisiana", "Misisipi", "Misuri",
    "Hawái", "Oregón", "Míchigan")
