"""The rules bilingo applies, each with a code, a kebab-case name and a short doc.

The docs here are the single source reused by ``bilingo rules``, ``--help``, the HTML
report and SARIF (as ruff does). Each rule's checking code lives in its own module of
this package and is listed in ``bilingo.check.CHECK_MODULES``; a check is a function
``check(aligned: AlignedDocument, settings: Settings) -> list[Finding]``.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Rule:
    code: str
    name: str
    severity: str  # default severity; config may override
    summary: str  # one line of at most 80 characters: what it finds (the rule list, tooltips, SARIF's short text)
    why: str  # why it matters to an editor
    example: str  # a short example of what triggers it
    covers: str = ""  # in full, what the rule reads beyond its summary (`bilingo rules NAME`, the HTML report, SARIF)

    def doc(self) -> str:
        covers = f"\n\n{self.covers}" if self.covers else ""
        return f"{self.summary}{covers}\n\nWhy it matters: {self.why}\n\nExample: {self.example}"

    def tooltip(self) -> str:
        """The summary and why it matters: short enough to repeat on every finding of an HTML report."""
        return f"{self.summary} Why it matters: {self.why}"


RULES: dict[str, Rule] = {
    rule.name: rule
    for rule in (
        Rule(
            "BL101",
            "only-in-en",
            "error",
            "Content of the English version with no counterpart in the Spanish version.",
            "A paragraph added after publication, or a sentence the translator skipped, leaves Spanish readers with less (or different) news.",
            "EN: 'The mayor resigned on Friday.' has no Spanish sentence that translates it.",
        ),
        Rule(
            "BL102",
            "only-in-es",
            "error",
            "Content of the Spanish version with no counterpart in the English version.",
            "Text added only to the Spanish edition (a correction, a quote) is invisible to English readers and editors.",
            "ES: 'El alcalde renunció el viernes.' has no English sentence that it translates.",
        ),
        Rule(
            "BL103",
            "low-similarity",
            "warning",
            "Aligned sentences whose machine translations are too unlike to be faithful.",
            "The sentences sit in the same place but may say different things: a rewrite, a wrong fact, a mistranslation."
            " chrF means little on a few words, and newsrooms write headlines afresh for each edition: pairs of 3 words"
            " or fewer are not judged, and pairs under 10 words and headlines are held to 0.6 times"
            " low-similarity-threshold (0.15 by default).",
            "EN: 'Most of the growth came from grain exports to Asia.' aligned with ES: 'Los pescadores protestaron"
            " contra el ruido de las obras nocturnas.' (chrF 0.21)",
            covers="An aligned pair whose machine-translation similarity (chrF) is under low-similarity-threshold, and "
                   "that no other rule reports for what it says: a pair whose number, name, decision or negation "
                   "changed gets that finding alone.",
        ),
        Rule(
            "BL104",
            "moved",
            "info",
            "A passage present in both versions, but in another place in each.",
            "Editors reorder paragraphs when they translate: nothing is missing, but it is not where a reader of the"
            " other version finds it. The moved passage is still compared with its counterpart (numbers, names,"
            " quotes, clauses, pronouns).",
            "EN: paragraph 3 'Council member Ana Ruiz voted against it...' is paragraph 2 in Spanish ('La concejala"
            " Ana Ruiz votó en contra...').",
        ),
        Rule(
            "BL201",
            "number-mismatch",
            "error",
            "A number, amount, date or time missing, changed or said as another quantity.",
            "Numbers are facts: '300,000 reservists' that became '30.000 reservistas' is a correction waiting to happen.",
            "EN: '300,000 reservists' / ES: '30.000 reservistas'; 'Three people died on Tuesday' / 'Cuatro"
            " personas murieron el miércoles'; 'down 12 cents' / '12 centavos más'; 'more than 300' / 'menos de 300';"
            " 'two people were killed' / 'dos personas resultaron heridas'; 'last week' / 'la próxima semana';"
            " 'next week' / 'el próximo mes'; 'two and a half years' / 'tres años y medio'; 'closed for Memorial Day' / 'cerrado por el Día del Trabajo';"
            " '2 percentage points' / '2 %'; '9 p.m. ET' / '9 p.m. hora del Pacífico'; 'the lowest on record' /"
            " 'la más alta registrada'; '6 months or older' / '6 años o más'; 'more than double' / 'casi el triple';"
            " 'cut 200 jobs' / 'creará 200 empleos'; 'the third straight month' / 'cuarto mes consecutivo'; 'on"
            " weekdays' / 'los fines de semana'; 'in early March' / 'a finales de marzo'; 'within hours' / 'en"
            " días'; 'last week' / 'hace dos semanas'; 'All residents were evacuated' / 'Ninguno de los residentes fue"
            " evacuado'; 'No one was injured' / 'Varias personas resultaron heridas'; 'set for 12/3/2026' / 'fijada"
            " para el 12/3/2026' (12 March in Spanish).",
            covers="A number, amount, date or time present on one side and missing or different on the other, or the "
                   "same number said as another quantity (a change reversed or said steady, a bound turned (also "
                   "of one unit: less than an hour against más de una hora; of a count in words: more than four "
                   "against menos de cuatro), a superlative turned or its "
                   "rank dropped, more said as less with no number ('more help' / 'menos ayuda'), the dead "
                   "counted as injured, a time moved, points said as percent, another time "
                   "zone, another unit of time, another multiple (double against half), a count of one in "
                   "English against another ('one bathroom' / 'dos baños'), a score or a vote's tally reversed, "
                   "a span's ends "
                   "swapped, another holiday, weekday, season, part of the week or of the day (night against day), of"
                   " a month or a year (early against late), a span no number counts in another unit (within hours "
                   "against days), how long ago said as one unit against several (last week against 'hace dos "
                   "semanas'), a code's number (EF-2 against EF-3) or a letter grade (an A rating against B), a "
                   "rate by another period (every other Tuesday against every Tuesday, daily against on Saturdays) or"
                   " by another unit (per child against por familia, per violation against por día), a date in digits"
                   " kept in the US order where Spanish writes the day first, a temperature's scale renamed with its "
                   "number kept, a clock time with a leading zero read on the 24-hour clock ('01:14' against '1:14 "
                   "p.m.'), a measure said with an article in another unit: 'a mile' against 'un kilómetro', 'a "
                   "foot of snow' against 'un metro'; 'a foot' against '30 centímetros' is one measure, and so is '40 tons' "
                   "against '40.000 kilos'; '20 tons' against '20 libras' is a unit renamed), or an amount said in words turned (all against none, no one or nothing against "
                   "several, most against a minority, few against many, both against one of them, one of them against"
                   " none, dozens against hundreds, a handful against dozens, a dozen against dozens, also said "
                   "alone: 'left thousands "
                   "without power' / 'dejó a cientos sin servicio', and after a small number: 'drew thousands' / "
                   "'unas decenas de', 'several hundred' / 'miles de'; once against several times: 'shot several "
                   "times' "
                   "/ 'un solo disparo', and none against either: 'No shots were fired' / 'varios disparos'), or a "
                   "count in words said once ('two suspects' / 'un sospechoso', 'Both "
                   "lanes' / 'Un carril'), or a dozen said as twelve thousand ('a dozen' / 'doce mil'; 'several "
                   "dozen' against 'miles de'), or a scale said alone as another ('a million times' / 'mil veces', "
                   "'a billion' / 'un billón'), or in broad daylight against at night, or the same number counting "
                   "another kind of thing ('200 apartments' / '200 residentes', '500 passengers' / '500 "
                   "vehículos', '300 rooms' / '300 empleados', '500 toys' / '500 libros', '20 ambulances' / '20 "
                   "camiones', '5,000 trees' / '5,000 arbustos').",
        ),
        Rule(
            "BL202",
            "name-mismatch",
            "warning",
            "A name missing or changed, or what is said of a person or a place changed.",
            "A changed or dropped name changes who did what; a changed office puts the words in another official's mouth;"
            " a suspect convicted in one version only is a legal risk; a flipped direction sends readers to the wrong side of"
            " town.",
            "EN: 'Karine Jean-Pierre said' / ES: 'dijo Jen Psaki'; EN: 'Mayor Ana Ruiz' / ES: 'la gobernadora Ana Ruiz';"
            " EN: 'on the West Side' / ES: 'en el lado este'; EN: 'Ruiz, a Republican' / ES: 'Ruiz, demócrata';"
            " EN: 'former Mayor Ivy Taylor' / ES: 'la alcaldesa Ivy Taylor';"
            " EN: 'was charged with murder' / ES: 'fue condenado por asesinato'; EN: 'her grandson' / ES: 'su sobrino';"
            " EN: 'agents from ICE' / ES: 'agentes de la Patrulla Fronteriza'; EN: 'The students walked out' / ES: 'Los"
            " maestros abandonaron'; EN: 'a Mexican citizen' / ES: 'un ciudadano guatemalteco'; EN: 'Arizona State"
            " University' / ES: 'la Universidad de Arizona'; EN: 'a new elementary school' / ES: 'una nueva escuela"
            " secundaria'; EN: 'a master's degree' / ES: 'una licenciatura'.",
            covers="A person, place or organisation named on one side and absent or different on the other, or what the"
                   " text says of a person changed (office, former office, role, beat, party, standing before the law, "
                   "charge or offence, family relation, or sons and daughters counted the other way round: 'two sons "
                   "and a daughter' / 'dos hijas y un hijo'), an office said of no one named put for another ('the "
                   "president' / 'el vicepresidente', 'the deputy mayor' / 'el alcalde'), the people a sentence speaks "
                   "of turned into their counterparts"
                   " (students and teachers, teachers and a school's principals, tenants and owners, the victim and "
                   "the suspect, the police and the "
                   "firefighters, neighbors and the firefighters or the police, the prosecution and the defense, a "
                   "civil suit's plaintiff and defendant, pedestrians "
                   "and cyclists, the jury and the judge, the incumbent and the challenger, an infant and a teenager, an "
                   "elderly man and a young one, one community and another, a teacher, a nurse, a doctor, the police "
                   "or a firefighter said as another of them, bus drivers said as teachers, a juvenile said as an "
                   "adult, veterans said as seniors, students as artists, a judge as a lawyer, a principal as the "
                   "superintendent, a deputy among the police, teachers as counselors, parents as teachers, "
                   "investors as donors, farmworkers as construction workers, the troops as veterans, child neglect "
                   "as child abuse, aides as teachers, veterans as young people, wire fraud as money laundering, "
                   "animal cruelty as child abuse, bribery as harassment, the Maya as the Aztecs, customers as "
                   "employees, farmworkers as miners, flight attendants as pilots, veterans as firefighters or the "
                   "police, home buyers as tenants, "
                   "a person described by another colour), a nationality or a faith changed ('emigrated from "
                   "Vietnam' / 'de Camboya', 'Catholic' / 'la Primera Iglesia Bautista', 'Mass in Spanish' / 'misa "
                   "en latín'), a country or a city put for another ('Germany' / 'Austria', 'Paris' / 'Lima', "
                   "'Geneva' / 'Viena') or a country for a US state ('Mexico' / 'Texas'), a mountain range for "
                   "another ('the Andes' / 'los Alpes'), a former office "
                   "glued to 'ex' ('a former governor' / 'un exsenador', 'a former judge' / 'un exfiscal'), a "
                   "sheriff, a judge or an auditor as the "
                   "prosecutor ('el fiscal'), a witness for the prosecution as one for the defense (or prosecutors "
                   "said the defence: 'La defensa dijo'), a company said its workers' union ('El sindicato dijo'), "
                   "young adults said seniors, human trafficking "
                   "as a drug crime, a compass direction "
                   "changed ('the Midwest' / 'el sur'), a route turned around ('from Houston to Dallas' / 'de "
                   "Dallas a Houston'), a university put"
                   " for another of its state, a school said as another level, a government department put for another "
                   "('the Department of Transportation' / 'el Departamento de Seguridad Pública') or an armed service "
                   "for another ('the Army' / 'la Marina'), a charity or a veteran's medal put for another ('the Red "
                   "Cross' / 'el Ejército de Salvación', 'the Purple Heart' / 'la Estrella de Bronce', the Rotary "
                   "Club / 'el Club de Leones', the National Weather Service / 'el Servicio Geológico'), a place named "
                   "after another saint ('St. Luke's Hospital' / 'el Hospital San Juan'), a city named with its "
                   "'Ciudad' put for another ('Tijuana' / 'Ciudad Juárez'), a bio's fact changed (a "
                   "degree, a student's year, where the"
                   " person was born, a prize won or only a finalist's), or a name misspelt where its version spells it"
                   " right elsewhere ('Abbot' / 'Abbott').",
        ),
        Rule(
            "BL203",
            "quote-mismatch",
            "warning",
            "Quoted speech missing or truncated on one side, or given to another speaker.",
            "Quotes are attributed words; a truncated quote misrepresents the speaker, and words put in another "
            "person's mouth misquote both.",
            "EN: '\u201cWe welcome any folks who are seeking asylum, and they should do that\u201d' / ES quote ends after "
            "'asilo'; EN: 'Mayor Ana Smith said the city would rebuild, as Governor Luis Jones watched.' / ES: 'El "
            "gobernador Luis Jones dijo que la ciudad reconstruiría, mientras la alcaldesa Ana Smith observaba.'",
            covers="Quoted speech present on one side and missing or truncated on the other, or words given to another "
                   "of the people the sentence names.",
        ),
        Rule(
            "BL204",
            "partial-only-in-en",
            "warning",
            "Words, a clause or a list's last item of an English sentence missing in Spanish.",
            "A dropped clause is an omission inside an otherwise matching sentence, invisible to sentence-level checks.",
            "EN: 'The law, passed in 2019 despite protests, took effect.' / ES: 'La ley entr\u00f3 en vigor.'; EN: 'open at the school, the library and the fairgrounds' / ES: 'abiertos en la escuela y la biblioteca'",
            covers="Words or a clause of an English sentence, the last item of a list in it, a son or a "
                   "daughter dropped from a list of kin, or a person's death, with no counterpart in its Spanish "
                   "translation (a named item too, where the Spanish version never names it: where it does, "
                   "name-mismatch reports the name missing).",
        ),
        Rule(
            "BL205",
            "partial-only-in-es",
            "warning",
            "Words, a clause or a list's last item of a Spanish sentence missing in English.",
            "An added qualifier changes the meaning for one audience only.",
            "ES: 'La ley, aprobada en 2019 pese a las protestas, entr\u00f3 en vigor.' / EN: 'The law took effect.'",
            covers="Words or a clause of a Spanish sentence, the last item of a list in it, a son or a "
                   "daughter dropped from a list of kin, or a person's death, with no counterpart in its English "
                   "translation (a named item too, where the English version never names it: where it does, "
                   "name-mismatch reports the name missing).",
        ),
        Rule(
            "BL206",
            "untranslated",
            "error",
            "A sentence or run of words in the wrong language for its side.",
            "English left in the Spanish edition (or the reverse) is a visible publishing error.",
            "ES version: 'Trump said he would appeal the ruling.'",
        ),
        Rule(
            "BL207",
            "pronoun-mismatch",
            "warning",
            "A gendered pronoun or word for a person that contradicts the other side.",
            "Misgendering a named person is an error readers notice and sources complain about, and a victim or a "
            "suspect of the wrong gender is another person.",
            "Source: 'she added' / rewrite: 'he added', about press secretary Karine Jean-Pierre; EN: 'Maria Lopez, a "
            "spokeswoman, said ... he added' / ES: '... añadió'; EN: 'a 34-year-old man' / ES: 'una mujer de 34 años'; "
            "EN: 'She was informed' / ES: 'Fue informado'; EN: 'a doctor was infected although she wore a mask' / "
            "ES: 'un médico se infectó'; EN: 'Frank Gardner said ... she said' / ES: '... dijo'; EN: 'He worked on "
            "Taxi ... In 1989 she helped create The Simpsons' / ES: '... ayudó a crear', in a story with no woman.",
            covers="A gendered pronoun, or a word for a person (man, daughter, Mrs., councilwoman against 'el "
                   "concejal', two brothers against 'dos hermanas'), that contradicts the other side or the same "
                   "person elsewhere; where Spanish drops the "
                   "pronoun, its participle's ending, the article of the one person its sentence names by a noun (un "
                   "médico, la cliente), or the given name of the person it stands right after (the speaker of 'she "
                   "said', the name its sentence or the one before opens on); or the one pronoun of a sex nothing else "
                   "in either version gives anyone. A word of no gender said in a gendered one ('the child' / 'el "
                   "niño') balances no person beside it: 'The child's father' / 'La madre del niño' is reported. An "
                   "office or a trade is read by its Spanish article against an English word that gives a gender: "
                   "'The actress' / 'El actor', 'the first Latina mayor' / 'el primer alcalde'.",
        ),
        Rule(
            "BL208",
            "decision-mismatch",
            "warning",
            "A decision, result, event or condition said the other way on each side.",
            "A vote, a ruling, a game, an event or a notice reversed in translation reverses the story (a bridge "
            "reopened that stays closed, masks required that become optional), while every name and number still "
            "matches.",
            "EN: 'The council approved the budget' / ES: 'El concejo rechazó el presupuesto'; EN: 'The Spurs beat the "
            "Lakers' / ES: 'Los Spurs perdieron ante los Lakers'; EN: 'The bridge will reopen Friday' / ES: 'El puente "
            "permanecerá cerrado el viernes'; EN: 'The evacuation order was lifted' / ES: 'La orden de evacuación se"
            " emitió'; EN: 'The driver was killed' / ES: 'El conductor resultó herido'; EN: 'closed because of the"
            " storm' / ES: 'cerró a pesar de la tormenta'.",
            covers="A decision, a result, an event or a condition said the other way on each side: approved against "
                   "rejected (a motion denied against 'aceptó la moción'), signed (or 'promulgó') against vetoed, "
                   "passed against "
                   "failed, proposed against decided, a vote postponed "
                   "against taken ('postponed a vote' / 'aprobó'), upheld against overturned, won against lost (a "
                   "concession against a victory declared; the winner changed: 'beat the Celtics' / 'Los Celtics "
                   "vencieron'; a case in court: 'won their case' / 'perdieron el juicio'), reopened against "
                   "closed, destroyed against damaged, an order issued against lifted, "
                   "resumed against suspended or ended, began against ended, hired against laid off, rose against "
                   "fell (a "
                   "market's close), improved against worsened, alive against dead, killed against injured or badly "
                   "hurt, landed "
                   "safely against crashed, an injury or a death denied ('no resultó herido'), supports against opposes"
                   " (a vote to approve against one to reject), a vote along party lines (or by one party's votes "
                   "only) against a bipartisan one, mild"
                   " against severe, affordable against market-rate, a shortage against a surplus, expired against "
                   "extended, with against without prejudice, appointed against fired, a runoff against the general "
                   "election or a recount, a mail ballot against a provisional one, detained against deported, an "
                   "outpatient against hospitalized, over against under budget, a bankruptcy filed against emerged "
                   "from, a flight diverted against cancelled, a train against a bus, limited against ample, larger "
                   "against smaller, unresponsive against dead, missing against found, a ruling appealed against "
                   "complied with, a mistrial against a verdict, a race unopposed against contested, a merger against a"
                   " split, likely against unlikely, paid against unpaid leave, a county jail against a federal prison,"
                   " rush hour against off-peak, overtime against regulation, a passive result ('was defeated' is a "
                   "loss), a retirement against a reelection bid, an endorsement against opposition "
                   "or criticism, speeding against "
                   "slow, a rise sharp against slight ('rose sharply' / 'subieron ligeramente'), quickly against "
                   "slowly, a landfall against out to sea, a race tied against led, a family reunited against "
                   "separated ('was returned to her mother' / 'fue separada'), new against existing buildings, below "
                   "against above freezing, a race conceded against defeat not admitted, a short against a long "
                   "debate, random against targeted, as a precaution against a confirmed threat, support from one "
                   "party only ('apoyo solo de los demócratas') against bipartisan, rare against common, understaffed "
                   "against fully staffed, allowed to enter against denied entry, held in jail against released, heavy "
                   "rain against little, easier against harder, an apology against remarks defended, unharmed against "
                   "lightly hurt, a fire's accidental cause against set on purpose, state money against federal, "
                   "speeding against within the speed limit, a law in effect at once against later, reassigned "
                   "against "
                   "fired, over the counter against by prescription, a deal "
                   "blocked by "
                   "regulators against approved ('fue bloqueada por los reguladores'), adults only against all ages, "
                   "a pardon against clemency denied, installed against removed, a game "
                   "rained out against played, a lawsuit settled against lost or dismissed against allowed to "
                   "proceed, flights added against cancelled, moved indoors against cancelled, found against still not "
                   "found, fees waived against charged, closed to dogs against open to them, a plan scrapped against "
                   "approved, an offer accepted against rejected, an agreement reached against talks broken off, low "
                   "against high turnout, hosting against visiting, an order lifted against expanded, evacuated safely "
                   "against injured, a rise against no change ('se mantendrá igual'), walk-ins against by appointment "
                   "only, profitable against losing money, renewed against cancelled, 'must' against voluntary, "
                   "demolished against restored, on time against delayed, expiring against made permanent, postponed "
                   "against held, released from the hospital against still in it ('sigue en el hospital'), "
                   "witnesses sought against found ('ya encontró a los testigos'), accepting new patients against no "
                   "longer ('dejó de aceptar'), a hiring freeze against new hires, a sentence commuted against upheld,"
                   " a contract awarded against rescinded, a name kept against changed, tenants evicted against "
                   "allowed to stay, breathing unassisted against on a ventilator, a new car against a used one, a "
                   "bill that "
                   "died in committee against passed, good against poor air quality, solar against natural gas or "
                   "another energy, a route eliminated against expanded, promoted against demoted, fireworks against "
                   "lightning (or a cigarette, a candle, an electrical fault, a space heater: each cause of a fire "
                   "against the others), a head-on against a rear-end crash, a red light run against speeding, "
                   "self-defense "
                   "against murder, allowed to return home against kept out, inspected and found safe against unsafe, "
                   "a person found against still missing, a water emergency declared against lifted, revenue above "
                   "projections against below, a suspect taken into custody against shot dead ('fue abatido'), a "
                   "flight diverted against landed as planned, a measure defeated at the polls against approved, "
                   "residents or seats gained against lost ('lost seats' / 'ganó escaños'), approval against "
                   "disapproval ('approve of the change' / 'desaprueba'), talks that succeeded against broke down "
                   "('fracasaron'), a candidate who entered the race against dropped out ('se unió a la contienda'), "
                   "a retirement against a candidacy for reelection, a merger completed against cancelled, inflation "
                   "slowing against speeding up ('se está acelerando'), enrollment up against down ('is up this "
                   "year' / 'bajó'), the home team against the visitors ('equipo visitante'), a flight early against "
                   "delayed ('con retraso'), a game played in the rain against in the sun ('bajo el sol'), who "
                   "did it to whom turned around ('The boy was bitten by a dog' / 'El niño mordió a un perro', 'was "
                   "shot by a deputy' / 'disparó contra un agente', 'A police officer shot the man' / 'El policía "
                   "recibió un disparo del hombre'; the sentence turned around, 'Un perro mordió al niño', says the "
                   "same), a "
                   "game won in "
                   "overtime or by three goals against lost, days added against abolished, a rent freeze against "
                   "a rent increase, a recount that confirmed the result against changed it, 'none seriously' "
                   "against 'heridas de gravedad', workers who walked off the job against back at work, a census "
                   "that undercounted against overcounted, a project under budget against over it, a bear "
                   "relocated against put down, a home sold against rented, a coma against conscious, a passenger "
                   "ejected against trapped, a fire inspection failed against passed, an election certified "
                   "against challenged, the finish line against the starting line, "
                   "unanimous against a narrow margin, an aggravated against a "
                   "simple assault, failed against succeeded, sold out against available, clinched against eliminated, "
                   "arrested against released, cited against arrested, postponed against cancelled, required against "
                   "optional, allowed against banned, safe against dangerous, vacant against occupied, inside against "
                   "outside, unharmed against injured, ahead of against behind schedule, contained against out of "
                   "control, badly hurt against lightly hurt, online against in person, free against paid, public "
                   "against private, a misdemeanor against a felony, a weather warning against a watch, heavy against "
                   "light rain, because against despite, life in prison against the death penalty, both directions "
                   "against one, before against after (a moment or an event by another: 'before the election' / "
                   "'después de las elecciones'), without against with parole, a two-thirds against a simple majority, "
                   "a wide margin against a narrow one, heat against cold, a sunny against a cloudy sky, a team's first"
                   " win against its first loss, confirmed against denied, except against including, positive against "
                   "negative (a test), confirmed against suspected cases, at home against away, above against below "
                   "normal, surrendered against escaped, "
                   "unchanged against risen or fallen, higher than against lower than, expired against renewed, on "
                   "leave against fired, hospitalized or dead against discharged, vaccinated against unvaccinated, "
                   "strengthened against weakened, in custody against on the run, restored against cut off or "
                   "suspended, "
                   "voluntary "
                   "against mandatory, federal against state, prison against probation, freelance against staff, "
                   "shelter in place (a school on lockdown) against evacuate, undocumented against documented, expanded"
                   " against restricted (access, a program), a citizen against a permanent resident, an asylum seeker "
                   "against a refugee, deported against extradited, a court's level (supreme, appeals, trial), a "
                   "wildfire against a house fire, the county against the city, rural against urban, a pace slowed "
                   "against quickened, charges dropped against filed (released without charges against 'con cargos'), "
                   "an inspection or a test passed against failed, a driver who fled the scene against one who stayed, "
                   "the weather (rain, snow, lightning, hail or fog against the others), an earthquake, a hurricane, a "
                   "tropical storm or a tornado against the others, raised against lowered (taxes), low-income against "
                   "high-income, required against recommended, complete against partial, an entrance against an exit, "
                   "imports against exports, a men's team against a women's, early against late, high against low tide,"
                   " suspended against expelled, suicide against homicide, accidental against intentional, married "
                   "against divorced, interim against permanent, a car, a motorcycle, a bicycle or a bus, a plane "
                   "against a helicopter, with against without a permit, resigned against fired or retired, the first "
                   "against the last, a primary against the general election, early voting against election day, "
                   "intensive care against the emergency room, bought against sold, graduated against dropped out, one "
                   "disease against another, predeceased against survived by, a nonprofit against for-profit, a "
                   "tournament's round or a medal against another, praised against criticized (thanked "
                   "and defended too), sunset against sunrise, "
                   "free against low cost, at large against captured, expanded against cut, extended against shortened,"
                   " an outbreak ended against ongoing, a target missed against beaten, a small against a large crowd, "
                   "frozen against raised, declared against lifted, 'must' against 'no tienen que', bail set against "
                   "denied or a release on one's own recognizance, closed for good against temporarily, hours late "
                   "against early, urged against ordered, kept against abolished (a board's "
                   "decision: 'voted to keep the mask mandate' / 'votó para eliminar'), closed until a date against "
                   "open until it, found safe against found dead, surrendered against captured, cancelled against held "
                   "('went ahead', 'se llevó a cabo'), in effect against lifted ('remains in effect', 'sigue vigente'),"
                   " and a condition with its negative prefix or denied: unarmed against armed, unlicensed against "
                   "authorized, unidentified against identified, unconfirmed against confirmed, unconscious against "
                   "conscious, unsuccessful against successful, unconstitutional, ineligible, unaccompanied, peaceful "
                   "against violent, not unanimous, nonbinding; charged as an adult against as a juvenile; a strike "
                   "begun against ended ('pusieron fin a la huelga'), a job lost against found, cheered against "
                   "booed, held against out on bail, unofficial results against official, in-state against "
                   "out-of-state, born abroad against at home, one cause of death against another ('pneumonia' / "
                   "'un derrame cerebral'), above against below forecasts, without a win against without a loss, a "
                   "game or a final won against lost (not where the rival is named after it), a refusal to comment "
                   "against answered questions, a ruling appealed against accepted ('aceptó el fallo'), fired against "
                   "promoted, a patient admitted to a named hospital against discharged, charges dropped against kept "
                   "('se mantuvieron los cargos'), a date as the last day against the first ('due Friday' against "
                   "'a partir del viernes'), closed indefinitely against for a set time or until a day, a trial "
                   "against a settlement or a plea deal, a body joined against left ('dejó el concejo'), arrived "
                   "against departed ('salió de Miami'), an arrest without incident against after a struggle, a "
                   "veteran against on active duty, full against reduced capacity, asylum sought, granted or denied,"
                   " out of intensive care against admitted to it, through to the finals against eliminated, "
                   "contained against still spreading, a refusal to comment against a confirmation, a cause "
                   "unknown against named, one language against both ('only in English' / 'en inglés y español'), a "
                   "family business against a chain, the oldest against the newest, strangers against neighbours, "
                   "the wrong way against the right one, a longtime resident against a newcomer, an animal put down "
                   "against returned to its owner, a confession against a denial, ahead of schedule against late, "
                   "released without charges against on bail, required against abolished, a program to end against "
                   "extended, a higher against a lower risk, by phone against in person, a preliminary report "
                   "against a final one, a suicide against a murder or a police shooting, released from jail against "
                   "sent to it, deported against released, promoted against demoted to a rank, a record set "
                   "against tied, at home against at work, confirmed against ruled out, out for the season against "
                   "returning, innocent against guilty (a person's own claim), a program ended against expanded, a "
                   "hospital running out of beds against beds to spare, on duty against off duty, suing against an "
                   "agreement reached, must against need not ('no necesitan vacunarse'), safe against "
                   "contaminated, not badly hurt against badly hurt, required against banned, cash against cards, an "
                   "order lifted against expanded, resigned against appointed, shut down against expanded, troops "
                   "withdrawn against sent, a truce that held against broken, a strike called against called off, by "
                   "mail against by email, by phone or by mail against online ('por correo' alone is either mail or "
                   "email), a ruling confirmed in the passive ('fue confirmada'), a service stopped against started "
                   "('will stop delivering babies' / 'comenzará a'), a cancer by where it is ('breast cancer' / "
                   "'cáncer de pulmón'), easing against worsening, alcohol ruled out against drunk ('was not "
                   "impaired' / 'ebrio'), a program expanded against eliminated, a route shortened against expanded, "
                   "an order in place against lifted, tickets on sale against sold out, a search for a second suspect"
                   " against an arrest, federal against state money, the youngest against the eldest of a family's "
                   "children, random against 'parece ser dirigido', a dam expected "
                   "to hold against collapsing, fees waived against charged, a requirement dropped against "
                   "reinstated, behind schedule against 'va adelantado', a criminal record against none, until a "
                   "time against from it ('a partir de las 6 p.m.'), a vacant building against 'un edificio "
                   "ocupado', a dissenting vote against one in favour, a body recovered against rescued alive, a "
                   "great day against a sad one, a tragedy against a victory, proud against disappointed, a warning "
                   "expiring against beginning, a jury unable to reach a verdict against one reached, preserved "
                   "against demolished, a name changed against kept, on time against 'fuera de plazo', sentences run "
                   "concurrently against consecutively, a player's line in a win against a loss ('in the win' / 'en "
                   "la derrota'), an entrance fee against free, resigned against re-elected, happy against "
                   "disappointed, an accident against a crime, officers who followed policy against violated it, the "
                   "tallest against the lowest, the fastest-growing against the slowest, placed on leave against "
                   "arrested, a ship docked against sailed, homes to sell against rented, a statue removed against "
                   "installed, high winds against fog as a cause, a program expanded against eliminated; a bill to be "
                   "signed against vetoed in the Spanish subjunctive ('que el gobernador vete el proyecto'), entered "
                   "the country legally against 'Entró al país ilegalmente', a dog adopted against euthanized, won by "
                   "knockout against by decision, wet conditions against dry, a retirement announced against a "
                   "comeback, a baby born premature against full-term, an icy road against a dry one, a fire started "
                   "with matches against a short circuit, insurance had against none; on the way to a place against "
                   "back from it, drunk driving against speeding ('acusado de exceso de velocidad'), an employee "
                   "suspended or on leave against fired, a change measured against a year earlier against a month "
                   "earlier, sold out in minutes against in hours, broken for weeks against days, a vote against "
                   "against an abstention, built against demolished, single against married, a former employee "
                   "against a current one, less carbon than against more, faster than against slower, less effective "
                   "against more, less likely against more, declined to comment against a statement made ('hizo "
                   "declaraciones'), electric buses against diesel, with food against on an empty stomach, an "
                   "outbreak that sickened people against one that killed them; a nonstop flight against one with "
                   "a stop, downtown against the outskirts, dementia or West Nile against another disease, a "
                   "retirement against a run for office, a building demolished against restored, skies that will "
                   "clear against cloudy, a gas leak against a bomb, allegations denied against acknowledged, an "
                   "agreement reached against rejected; full-day against half-day, short-term against long-term, on a "
                   "leash against off it, indicted against not, stepping down against taking office, low-income "
                   "against middle-income, a night shift against a day shift, listed against sold, a dry season "
                   "against a wet one, recreational marijuana against medical, the heat against the rain, a wildfire "
                   "against a flood, a campfire against a power line, an overdose against a heart attack, unhealthy "
                   "air against moderate, a strike called against called off, the youngest against the oldest ("
                   "'the youngest mayor' / 'de mayor edad'), built against restored; an order that took effect "
                   "against ended, a disease found early against advanced, overpaid against underpaid, wrong answers "
                   "against correct ones, disappointing against encouraging, ballots counted by hand against by "
                   "machine, a friendly against an official match, a cause under investigation against named ('fue "
                   "un cortocircuito'); weak evidence against strong, a bridge in poor condition against good, bird "
                   "flu against swine flu, a nonpartisan race against 'partidista', a failing grade against "
                   "'aprobatoria', nationwide against 'en todo el estado', an account banned against restored, a "
                   "state ranked last against first, lucky against 'mala suerte', a success against a failure, money "
                   "wasted against saved, a gift against a sale, calm waters against rough, a fire against a flood, "
                   "a lump sum against annual payments, deaf against blind, an endorsement won against lost, an "
                   "election boycotted against taken part in, a nasal spray against an injection, an endangered "
                   "species against an invasive one, a cancer in remission against spread; a lawsuit settled "
                   "against dismissed, a building damaged against 'intacta', sanctions lifted against tightened, "
                   "extradition waived against fought, a majority lost against widened, a tall man against 'un "
                   "hombre bajo', a reef recovering against dying, a prisoner cleared against 'lo incriminaron', "
                   "a currency that gained against one that lost, earlier than usual against later, records sealed "
                   "against made public, a suspended license against a valid one, a penalty against a free kick, "
                   "artificial turf against natural grass; a pilot program against a permanent one, advice against "
                   "'desaconsejan', migrants detained against rescued, a launch that went well against 'explotó', "
                   "a website that crashed against one that worked, a concert cancelled against added, a species "
                   "extinct against endangered, a lawsuit filed for a group against one filed against it, a report "
                   "released against leaked, a sentence commuted against increased, a fountain turned off against "
                   "on, a law struck down against upheld ('La ley fue confirmada'), office taken against left, a "
                   "runoff against a first round, broad daylight against the middle of the night.",
        ),
        Rule(
            "BL209",
            "negation-mismatch",
            "warning",
            "A statement negated on one side and said without the negation on the other.",
            "A negation lost in translation says the opposite ('did not attend' becomes 'attended'), while every "
            "name, number and nearly every word still match, so neither readers nor chrF notice.",
            "EN: 'The mayor did not attend the meeting.' / ES: 'La alcaldesa asistió a la reunión.'; EN: 'Police "
            "have identified the victim.' / ES: 'La policía no ha identificado a la víctima.'",
            covers="A statement negated on one side and said without a negation on the other: a 'not', 'never' or 'no' "
                   "dropped or added in translation, or an English refusal or failure to act said as the act ('declined"
                   " to comment' / 'comentó', 'was unable to attend' / 'asistió', 'unclear' / 'está claro', 'lack' / "
                   "'tienen'), also where only its trace is left ('did attend' for 'no asistió', a Spanish 'ni' or "
                   "'sino' with no negation before it, a 'ningún' after a verb with none), a verb's object denied "
                   "('found no evidence' / 'encontraron evidencia'), an infinitive denied ('were told not to drink the "
                   "water' / 'que bebieran el agua'), an order's 'until further notice' included ('should not drink the"
                   " water until further notice' / 'pueden beber el agua hasta nuevo aviso'). A negative word that is "
                   "the very verb denied is no negation said otherwise ('lost their home' / 'no perdió su casa', 'The "
                   "talks did not fail' / 'fracasaron'), 'has yet to decide' is a negation ('ya decidió'; not against "
                   "'queda por decidir'), Apertium's word for the verb is brought to the English one "
                   "('no llevaba puesto': 'did not spend put', wearing; 'no se detuvo': 'did not detain', stopped; "
                   "'no buscará': 'will not look for', seek), an "
                   "English phrasal verb is also the words a translation says it with ('will not give up' / "
                   "'Nos rendiremos', 'have not ruled out' / 'descartó'), a "
                   "verb Apertium leaves as it is after the same 'no' is a negation kept ('no fumigará'), and 'se "
                   "niega a cooperar' is a refusal.",
        ),
        Rule(
            "BL210",
            "tense-mismatch",
            "warning",
            "An event still to come on one side and already done on the other.",
            "A preview translated as a report tells readers that a vote was taken, a school closed or a road opened "
            "that has not (or the reverse), while every name and number still match.",
            "EN: 'The council will vote on the budget Tuesday.' / ES: 'El concejo votó el presupuesto el martes.'; "
            "EN: 'The library reopened on Monday.' / ES: 'La biblioteca reabrirá el lunes.'",
            covers="A future verb against a past one. A plan or a schedule said in the present is a future: 'is set to "
                   "vote', 'are scheduled to reopen', 'plans to sue', 'reopens Monday', 'opens June 1'; in Spanish "
                   "'planea demandar', 'prevé construir', 'tiene previsto abrir'. An event of decision-mismatch's is "
                   "the same verb in any of its words ('will lay off' / 'despidió', 'will be held' / 'se realizó'), "
                   "and an event scheduled is one to be held ('is scheduled for Tuesday' / 'se realizó el martes', "
                   "'está programada para' / 'was held').",
        ),
        Rule(
            "BL211",
            "certainty-mismatch",
            "warning",
            "A claim hedged on one side and stated as a fact on the other.",
            "A possibility reported as a certainty turns a rumour into a fact or a suspect's guilt into a finding (and "
            "the reverse weakens what the newsroom stands behind), while every name and number still match.",
            "EN: 'The plant may close next year.' / ES: 'La planta cerrará el próximo año.'; EN: 'The storm "
            "damaged the bridge.' / ES: 'La tormenta pudo haber dañado el puente.'; EN: 'The man allegedly stole "
            "$3,000.' / ES: 'El hombre robó $3,000.'",
            covers="A hedge against a plain statement: 'may close' against 'cerrará', 'allegedly stole' against 'robó',"
                   " 'police believe' against 'la policía confirmó', 'appears to', 'is thought to', 'is suspected "
                   "to', 'apparently' or 'likely' against a plain verb; "
                   "an event of decision-mismatch's is the same verb in any of its words ('may raise fees' / "
                   "'subirá las tarifas'); a charge against a finding ('is accused of killing' / 'mató'); a claim "
                   "said as a source's against one stated as a fact ('Police say the woman stole' / 'La mujer "
                   "robó', 'según la policía'); a person or an act of a crime said as a claim against one named "
                   "plainly ('the alleged gunman' / 'el pistolero', 'el presunto asesino' / 'the killer').",
        ),
        Rule(
            "BL212",
            "description-mismatch",
            "warning",
            "A colour, wound, weapon, place or garment that each side describes differently.",
            "Police ask readers to look for a suspect or a car by its description: a colour turned in translation "
            "sends one audience looking for the wrong one, and a wound moved tells them another story, while every "
            "name and number still match.",
            "EN: 'The suspect fled in a gray pickup truck.' / ES: 'El sospechoso huyó en una camioneta blanca.'; EN: "
            "'a black hoodie and blue jeans' / ES: 'una sudadera negra y jeans negros'; EN: 'shot in the leg' / ES: "
            "'un disparo en la cabeza'",
            covers="A colour said of a person, a vehicle or a thing that each side gives differently: 'a gray pickup "
                   "truck' against 'una camioneta blanca', or colours swapped between two things: 'a red jacket and "
                   "blue jeans' against 'una chaqueta azul y jeans rojos'; the place on the body of a wound: 'shot in "
                   "the leg' against 'un disparo en la cabeza', 'tore his ACL' against 'se lesionó el tobillo'; how "
                   "a person was hurt: 'stabbed' against 'disparos'; "
                   "the room a fire or a crime was in: 'in the kitchen' against 'en el dormitorio'; the weapon: 'armed "
                   "with a knife' against 'armado con una pistola', 'used a stun gun' against 'un arma de fuego', "
                   "'tear gas' against 'balas de goma'; left "
                   "or right: 'the left leg' against 'la pierna "
                   "derecha'; the front or the back: 'the front yard' against 'el patio trasero'; the animal: 'a pit "
                   "bull' against 'un gato', 'a baby giraffe' against 'un bebé elefante', 'a rabid raccoon' against "
                   "'un zorro rabioso', '500 head of cattle' against 'cabezas de ovejas'; the kind of place: 'near the school' against 'cerca del hospital', "
                   "'the mosque' against 'la sinagoga', 'the food pantry' against 'el refugio', "
                   "'libraries' against 'librerías' (bookshops), an institution's name too ('Pueblo Library' against "
                   "'Museo de Pueblo'; a charity: 'the Austin Food Bank' against 'la Sociedad Protectora de "
                   "Animales'; 'colegio de abogados' is the bar and 'colegio electoral' a polling place, "
                   "no school); what a driver ran: 'a red light' against 'una señal de alto'; how a suspect "
                   "fled or people travelled: 'on foot' against 'en un vehículo', 'by bus' against 'en avión', "
                   "'airlifted' against 'en ambulancia' or 'trasladado por tierra', 'riding his bike' against 'iba "
                   "caminando'; the service an outage is of: "
                   "'without water' against 'sin "
                   "luz'; what a person wore: 'a mask' against 'una gorra'; the kind of money: 'a federal grant' "
                   "against 'un préstamo federal', 'funeral costs' against 'gastos médicos', the sales tax against "
                   "'el impuesto sobre la propiedad'; the document asked for: 'a"
                   " birth certificate' against 'un pasaporte'; the symptoms listed: 'fever and cough' against 'fiebre "
                   "y dolor de cabeza'; the water a body was found in: 'the river' against 'el lago', 'a "
                   "backyard pool' against 'un lago'; the crop or the produce: 'corn' against 'trigo', 'lettuce' "
                   "against 'espinacas', a food's price: 'beef' against 'pollo'; a station: 'the airport' against 'la estación de tren'; what an exhibit "
                   "shows: 'paintings' against 'esculturas'; a planet or the moon: 'landed on Mars' against 'en la "
                   "Luna'; a reporter's beat in a bio: 'covering education' against 'reportera de salud'; the drug: "
                   "'fentanyl' against 'heroína'; a team's sport: 'the football team' against 'el equipo de "
                   "béisbol'; the field of a prize or a degree: 'a Nobel Prize in chemistry' against 'de física'; "
                   "an immigrant's status: 'temporary protected status' against 'residencia permanente'; a trade: "
                   "'worked as a cashier' against 'trabajaba como gerente'; the meal: 'breakfast and lunch' against "
                   "'cenas'; the clergy: 'the rabbi' against 'el sacerdote'; the kind of gun: 'a rifle' against "
                   "'una pistola'; the organ of a transplant or a tumor: 'a tumor from her lung' against 'del "
                   "hígado'; what an official declared: 'a state of emergency' against 'toque de queda', 'a burn "
                   "ban' against 'una alerta de calor'; an athlete's record: 'a personal record' against 'un récord "
                   "mundial'; a recall's hazard: 'a choking hazard' against 'riesgo de incendio'; an injury: "
                   "'treated for burns' against 'por fracturas'; how a disease spreads: 'through mosquito bites' "
                   "against 'por el aire'; an award's category: 'best director' against 'mejor actriz'; the phones "
                   "an app runs on: 'only on iPhones' against 'teléfonos Android'; a relative's trade: 'Her husband "
                   "is a doctor' against 'Su esposo es abogado'; a field beside test scores or students: 'scores "
                   "in math' against "
                   "'resultados en lectura'; what a thief took or the police found: 'stole jewelry' against "
                   "'robaron dinero en efectivo', 'the stolen truck' against 'la motocicleta robada'; the land a "
                   "body was found on: 'in a wooded area' against 'en una zona residencial', 'off the coast' against "
                   "'en el río'; who investigates: 'the sheriff's office' against 'el departamento de policía'; a "
                   "court's level: 'the county judge' against 'el juez federal'; a game: 'three touchdown passes' "
                   "against 'tres intercepciones', 'The pitcher' against 'El receptor', 'the marathon' against 'el "
                   "medio maratón'; what a car hit: 'a utility pole' against 'un árbol'; what played a part in a "
                   "crash: 'alcohol' against 'la velocidad'; the driver: 'a drunk driver' against 'un conductor "
                   "distraído'; a camera: 'a dashcam' against 'una cámara de seguridad'; what spilled: 'chemical' "
                   "against 'de petróleo'; a hospital's unit or a screening: 'an emergency room' against 'una sala "
                   "de maternidad', 'mammograms' against 'colonoscopias'; a park's or a drive's: 'a skate park' "
                   "against 'un parque para perros', 'a blood drive' against 'una colecta de juguetes'; a law "
                   "school's name: 'Harvard Law School' against 'la Facultad de Medicina'; a water main against "
                   "'la línea de gas'; the backyard against 'el garaje'; a state's health department against "
                   "'del condado'; what is banned: 'smoking' against 'el alcohol', 'closed to bikes' against 'a los "
                   "caballos'; a material: 'plastic bags' against 'bolsas de papel', 'lead pipes' against 'tuberías "
                   "de cobre'; a price: 'gas prices' against 'los precios de la electricidad'; a dish: 'mole' against "
                   "'tamales'; what a person was doing: 'while swimming' against 'mientras pescaba'; a gathering: 'a "
                   "vigil' against 'una misa', 'a town hall meeting' against 'una conferencia de prensa'; what is "
                   "made, carried, sold or collected: 'makes tortillas' against 'fabrica tamales', 'carrying lumber' "
                   "against 'gasolina'; messages: 'emails' against 'llamadas'; the way in: 'through a back window' "
                   "against 'por una puerta trasera'; a reason: 'because of illness' against 'por problemas de "
                   "agenda'; a traffic offence: 'speeding' against 'no respetar un alto'; what a person pushed or "
                   "rode: 'a stroller' against 'una silla de ruedas'; a service: 'mental health counseling' against "
                   "'asesoría legal'; a motive: 'gang-related' against 'relacionado con drogas'; how a body was "
                   "identified: 'dental records' against 'huellas dactilares'; waste: 'garbage' against 'reciclaje'; "
                   "a dog's breed, an aircraft, a medium ('on radio' against 'en televisión'), what an attacker "
                   "swung ('a crowbar' against 'un martillo'), bail or a settlement against 'una multa', a visa, a "
                   "swimming stroke, a school subject taken, a hearing ('the sentencing' against 'la audiencia "
                   "preliminar'), a medicine ('amoxicillin' against 'ibuprofeno'), a discount against a refund, a "
                   "news conference against 'un comunicado', a raft against 'a nado'; a payment ('in gift cards' "
                   "against 'en criptomonedas'), a benefit program ('Medicaid' against 'Medicare'), a prize or a "
                   "film festival ('the National Book Award' against 'el Premio Pulitzer'), a tenant's complaint "
                   "('mold' against 'plagas'), a discrimination's ground, a requirement ('requires masks' against "
                   "'exige vacunas'), what a scholarship covers, a contaminant ('for lead' against 'arsénico'), a "
                   "metal, a streaming service ('on Netflix' against 'en HBO'), a diet ('vegetarian' against 'sin "
                   "gluten'), a road's state ('the icy road' against 'la carretera mojada'), a reason ('rip "
                   "currents' against 'tiburones', 'a medical emergency' against 'una amenaza de bomba', 'for the "
                   "marathon' against 'por la construcción'), a building's fire safety ('smoke detectors' against "
                   "'extintores'), an allergen, a claim ('wrongful death' against 'negligencia médica'), an "
                   "election's kind ('a special election' against 'una elección primaria'), a genre ('a comedy' "
                   "against 'un drama'), a delivery ('by cesarean section' against 'por parto natural'), a blood "
                   "type, a school's security ('a metal detector' against 'un guardia de seguridad'), a vacant "
                   "lot, a bus stop or a dumpster among the places; a farm's kind ('a dairy farm' against 'una "
                   "granja avícola'), what residents report ('potholes' against 'grafitis'), a hospital by whom it "
                   "treats, a reason ('a computer outage' against 'una huelga de pilotos'), a car's part recalled "
                   "('airbags' against 'frenos defectuosos'), a TV network ('ESPN' against 'Fox'), a number given "
                   "away ('Social Security number' against 'número de cuenta bancaria'); what struck a pedestrian "
                   "('struck by a car' against 'atropellado por un camión de carga'), an illness against an injury "
                   "('a throat infection' against 'una lesión en la rodilla'), a surgery ('the appendix' against 'la "
                   "vesícula'), a family's party ('a birthday party' against 'una boda'), a dog's bite against a "
                   "snake's, a farm's birds ('goats and chickens' against 'cabras y patos'), a church against a "
                   "cemetery, a clothing drive against a food drive, women discriminated against said older people, "
                   "'by boat' against 'por avión'; "
                   "or home or the "
                   "scene against the hospital: 'died at home' against 'murió en el hospital'.",
        ),
        Rule(
            "BL213",
            "false-friend",
            "warning",
            "A word rendered by its false cognate: 'actually' against 'actualmente'.",
            "A false friend looks like a translation and says something else ('actualmente' is 'currently', "
            "'embarazada' 'pregnant', 'parientes' 'relatives'); every name and number still match, and the shared "
            "letters even raise chrF, so no other check sees it.",
            "EN: 'She was actually at the meeting.' / ES: 'Actualmente estaba en la reunión.'; EN: 'the new policy' "
            "/ ES: 'la nueva policía'; EN: 'her parents' / ES: 'sus parientes'",
            covers="Each false friend is read as two meanings, each with its words in both languages, and reported "
                   "only where one side says the look-alike in surplus and the other its false cognate: 'currently' "
                   "against 'actualmente', or 'Actually, it is currently closed' against 'En realidad, actualmente "
                   "está cerrado', stays quiet. Read: actually or actual / actualmente or actual, embarrassed / "
                   "embarazada, policy / policía, parents / parientes, success / suceso, exit / éxito, casualties / "
                   "casualidades, sensible / sensible, fabric / fábrica, carpet / carpeta, lecture / lectura, "
                   "constipated / constipado, sympathetic / simpático, preservative / preservativo, molest / "
                   "molestar, advertise / advertir, injury / injuria, rope / ropa. Left out, because translators "
                   "write them for their look-alikes: eventualmente, asistir, realizar, aplicar, introducir, "
                   "soportar, colegio, compromiso. 'Librerías' for 'libraries' is description-mismatch's.",
        ),
        Rule(
            "BL214",
            "contact-mismatch",
            "warning",
            "A web address, e-mail address, handle or link that differs between the versions.",
            "A story's contact details are where a reader acts on it: the form to fill in, the address to write to, "
            "the account to follow. One changed in translation sends one audience somewhere else while the sentence "
            "around it still matches.",
            "EN: 'For more information, visit austintexas.gov/library.' / ES: 'Para más información, visite "
            "austintexas.gov/parks.'; EN: 'Email help@eastside.org' / ES: 'Escriba a info@eastside.org'",
            covers="Web addresses (with a scheme, 'www.' or a domain of the common endings and its path), e-mail "
                   "addresses and @handles, each compared with one of its kind on the other side, as written: the "
                   "case of a host, the scheme, 'www.', a trailing slash and a language's mark ('espanol.cdc.gov', "
                   "'irs.gov/es/payments', '?lang=es', '@CDCespanol' against '@CDCgov'), and a US agency's Spanish "
                   "site is its English one ('CuidadoDeSalud.gov' / 'HealthCare.gov'). An address "
                   "one side leaves out, and a hashtag, are not compared. A Spanish page's own slug "
                   "('/library' against '/biblioteca') is reported, for the editor to check the page. The links of "
                   "HTML, Markdown and Word files (where a reader who clicks goes) are compared by site ('cdc.gov' / "
                   "'who.int'; a subdomain, a path and 'x.com' for 'twitter.com' are no change), e-mail address, "
                   "telephone, and a document's year or number ('plan-2026.pdf' / 'plan-2025.pdf'); a link within "
                   "the page's own site (a relative address), a shortened one and an archived copy are not; a redirect "
                   "(Outlook's safe links) is the address it wraps.",
        ),
        Rule(
            "BL301",
            "monolingual",
            "info",
            "A part of a bilingual file that is in one language only and was not compared.",
            "A page that is mostly English with a short paired section is not a translation to check line by line.",
            "An English article whose author bio alone is written 'English // Espa\u00f1ol'.",
        ),
        Rule(
            "BL901",
            "document-error",
            "error",
            "A document that could not be checked at all.",
            "In a batch, one broken document must be visible without stopping the others.",
            "content/story.es.md: not valid UTF-8 and no fallback encoding fits.",
            covers="Unreadable, empty or binary, not in the languages expected, or the translator failed on it.",
        ),
    )
}

RULES_BY_CODE: dict[str, Rule] = {rule.code: rule for rule in RULES.values()}


def get_rule(name_or_code: str) -> Rule:
    """Look a rule up by kebab-case name or code; raises KeyError if unknown."""
    if name_or_code in RULES:
        return RULES[name_or_code]
    return RULES_BY_CODE[name_or_code.upper()]
