"""name-mismatch: the people a sentence speaks of turned into their counterparts ("Students walked out of class" /
"Los maestros abandonaron las clases", "the victim" / "el sospechoso", "tenants will pay more" / "los propietarios
pagarán más"), and who says a thing ("Police said" / "Los bomberos dijeron", "the prosecutor" / "el abogado
defensor").

Local news is about groups of people on two sides of something: students and teachers, tenants and owners, the victim
and the suspect, drivers and pedestrians or passengers, a ship's passengers and its crew. One word turned into the other
in translation tells Spanish readers that the other party acted or pays, while every name and number still matches and
chrF barely moves.

Each side of an aligned pair is read in its own language (the originals: Apertium renders "maestros" as "masters"),
in lower case or capitalised before a word in lower case (a sentence opening on it: "Students walked out"; a
capitalised "Residents" before a capital is a name). A group is one of a few kinds, each with its words in both
languages, singular and plural, every gender; each kind contradicts only its counterparts (``OPPOSITE``: students
and teachers, teachers and a school's principals, "directores" with its school only, not students and children, which
news uses for each other). When one side says a kind more often than
the other and the other says one of its counterparts more often, the people changed: one finding on the translated
side, at the word that changed, naming both. A group one side names and the other leaves out says nothing.

Who saw or says a thing: the witnesses against the police, the victims or the suspects ("Witnesses said" / "La
policía dijo"), and who estimated a crowd, its organizers against the police ("about 5,000 people, organizers said" /
"según la policía"). The police and the firefighters, neighbors and either ("Neighbors helped the couple escape" /
"Los bomberos"), the prosecution and the defense lawyers, a civil suit's
plaintiff and defendant ("the plaintiff" / "la demandada") are counterparts too: a police report attributed to the
fire department, or the prosecution's demand to the defense, misleads as much. The Spanish "fiscal"
is a prosecutor only after an article ("el fiscal", "los fiscales"; "crisis fiscal" is fiscal), and a defense is one
of lawyers ("defense attorneys", "abogado defensor"; "the defense budget" is not). So are pedestrians,
cyclists and motorcyclists, doctors and nurses, a person's trade said as another (teachers, nurses, doctors, the police,
firefighters: "a former teacher" / "exenfermera"; "exmaestra", "exenfermera" are read as their trade; and teachers
and drivers: "will hire 50 bus drivers" / "maestros"), the jury and
the judge, an election's incumbent and challenger
("The incumbent won" / "El retador obtuvo"), an age group ("A toddler was rescued" / "Un adolescente", a juvenile
among the children: "The suspect is a juvenile" / "un adulto"; "An elderly
man" / "Un joven"; not a teenager and a child or a young man, which news uses for each other, nor "baby", whose
"baby boomers" are seniors), and the communities a local story is about:
Latinos, African Americans, Asian Americans ("Latino families" / "familias afroamericanas"), and white people, read
as a colour said of a person: a suspect's or a victim's description ("a white man" / "un hombre hispano", "a Black
man" / "un hombre blanco"; "Black", "white" and "negro" alone are a colour as often). And, since the forty-fifth
round, who a program is for and who made a thing ("reserved for veterans" / "para personas mayores", "painted by
local students" / "por artistas locales"), a judge against a lawyer, a principal against the superintendent, and a
sheriff's deputy among the police ("shot by a deputy" / "por un bombero"); "vecinos" said of a place ("condados
vecinos", neighboring counties) is no group. The forty-sixth round: a counselor against the teachers ("will hire 40
teachers" / "consejeros"), the parents against the teachers, seniors against students, investors against donors,
farmworkers against construction workers, soldiers serving against veterans ("letters to the troops" / "a los
veteranos"), and "al titular" among the incumbents. The forty-seventh round: a classroom's aides against the
teachers ("hired 40 bilingual aides" / "40 maestros bilingües"; not "teaching assistants", a university's as often),
and veterans against young people ("open to veterans" / "abierto a jóvenes"). The forty-eighth round: customers
against workers ("the data of 2 million customers" / "de empleados"; the plural only: "el cliente" is any customer),
farmworkers against miners ("los mineros", after an article or before "atrapados", "que", "de": "minero" alone is an
industry's adjective), and "Asian" and "asiáticos" among the Asian Americans ("Latino workers" / "trabajadores
asiáticos"), social workers against the police, and students against their parents ("organized by a group of
students" / "de padres"). The forty-ninth round: pilots against flight attendants ("The flight attendants' union" /
"El sindicato de pilotos"; "piloto" is also a pilot program's, said on both sides), and a witness for the
prosecution said for the defense ("a favor de la defensa"). The fiftieth round: veterans against firefighters and the
police ("The parade honors veterans" / "a los bomberos"), and a witness who "testificó para la defensa" ("para la
defensa" alone is a country's defence: after a verb of testifying only); a classmate among the students ("un
compañero de clase"), and home buyers against tenants ("to first-time home buyers" / "a los inquilinos"). The
fifty-third round: a union against the company its members work for ("The company said" / "El sindicato dijo"; each
with its article, "the union" or "unions", "la empresa"), a trial's defence speaking ("La defensa dijo", against
prosecutors), and young adults among young people ("young adults" / "los adultos mayores"). The fifty-sixth round:
permanent residents against citizens, an immigration status ("Only permanent residents may apply" / "Solo los
ciudadanos"; "ciudadana" alone is also the adjective, "seguridad ciudadana", and is read after an article or before
"estadounidense"); citizens are compared with permanent residents only ("American citizens" / "un visitante
norteamericano" is a loose translation's). The fifty-seventh to sixtieth: a ship's crew against its passengers,
volunteers against workers, Mexican Americans and Chicanos among the Latinos, and a group said after "only" in its
clause is also that group alone ("free for seniors and students" / "solo para estudiantes";
``findings.said_alone``, as the opposites read it).

Left out, being as often something else: "médico" and "menor" (adjectives: "seguro médico", "un costo menor"; "médico"
is read after an article or a verb: "el médico", "es médico"),
"agentes" and "officers" (agents of anything; a company's officers), "staff" and "personal", "hijos" (a relation,
``bilingo.rules.relations``). Measured on the faithful sentence pairs of the dev corpus (tests/test_rule_groups.py).
"""

from __future__ import annotations

import re
from functools import lru_cache

from bilingo.findings import contrast_findings, opposite_said_more, prepare_sentences, said_alone, with_kinds_alone
from bilingo.model import AlignedDocument, Finding, Version
from bilingo.rules.legal import RULE
from bilingo.rules.opposites import expand
from bilingo.rules.words import alternation, fold, gate_words
from bilingo.settings import Settings

TEXT_MEMO_SIZE = 1 << 14
# the words for a person that a description by colour goes with ("a white man", "un hombre blanco")
_PERSON = {"en": "{man,men,woman,women,male,female,person,people,boy,girl,teen,teenager,driver,suspect,officer,"
                 "residents,voters,students,families}",
           "es": "{hombre,hombres,mujer,mujeres,varón,persona,personas,niño,niña,adolescente,joven,conductor,"
                 "conductora,sospechoso,sospechosa,agente,residentes,votantes,estudiantes,familias}"}
# each group and its words ("{a,b}" expands as in ``opposites.expand``), longest first where one holds another
GROUPS = {
    "students": {"en": "student{,s}|pupil{,s}|classmate{,s}", "es": "estudiante{,s}|alumn{o,a,os,as}|"
                                                              "compañer{o,a,os,as} de clase"},
    "teachers": {"en": "teacher{,s}|educator{,s}",
                 "es": "{,ex}maestr{o,a,os,as}|{,ex}profesor{,a,es,as}|docente{,s}"},
    # (a classroom's aide, against the teacher: "hired 40 bilingual aides" / "40 maestros bilingües")
    "aides": {"en": "{teacher's,teacher,classroom,bilingual,instructional,special education} aide{,s}|"
                    "paraprofessional{,s}|paraeducator{,s}",
              "es": "{asistente,asistentes,auxiliar,auxiliares} {de maestro,de maestros,de aula,docente,docentes,"
                    "educativo,educativos,bilingüe,bilingües}|paraprofesional{,es}|paraeducador{,a,es,as}"},
    "counselors": {"en": "counselor{,s}|counsellor{,s}|school counselor{,s}",
                   "es": "consejer{o,a,os,as}|orientador{,a,es,as}|consejer{o,a,os,as} escolar{,es}"},
    # (only in the plural: "padre" alone is also a priest, "padres" a father's plural as often)
    "parents": {"en": "parents", "es": "padres|padres de familia|madres y padres"},
    "custodians": {"en": "custodian{,s}|janitor{,s}", "es": "conserje{,s}|intendente{,s} de limpieza"},
    # a school's head ("directores" alone is any director's: "director ejecutivo"; read with its school only)
    "principals": {"en": "principal{,s}",
                   "es": "director{,a,es,as} {de la escuela,de las escuelas,de escuela,de escuelas,del plantel,"
                         "de la preparatoria,de la secundaria,de la primaria,escolar,escolares}"},
    "superintendents": {"en": "superintendent{,s}", "es": "superintendente{,s}"},
    "tenants": {"en": "tenant{,s}|renter{,s}", "es": "inquilin{o,a,os,as}|arrendatari{o,a,os,as}"},
    "owners": {"en": "landlord{,s}|homeowner{,s}|property owner{,s}",
               "es": "propietari{o,a,os,as}|caser{o,a,os,as}|arrendador{,a,es,as}"},
    "adults": {"en": "adult{,s}", "es": "adult{o,a,os,as}"},
    "seniors": {"en": "senior citizen{,s}|seniors|older adults|elderly",
                "es": "adultos mayores|personas mayores|ancian{o,a,os,as}|tercera edad"},
    # ("menores" alone after an article or a count: "tres menores", "los menores"; "menores de 18" is read by number)
    "children": {"en": "child|children|kid{,s}|minors|juvenile{,s}",
                 "es": "niñ{o,a,os,as}|menores de edad|{los,las,dos,tres,cuatro,cinco,seis,siete,ocho,nueve,diez,"
                       "varios,varias,unos,unas} menores"},
    "teenagers": {"en": "teen{,s}|teenager{,s}|adolescent{,s}", "es": "adolescente{,s}"},
    # (not "baby": "baby boomers", who are seniors)
    "infants": {"en": "infant{,s}|toddler{,s}|newborn{,s}", "es": "bebé{,s}|lactante{,s}|recién nacid{o,a,os,as}"},
    "young people": {"en": "young {man,men,woman,women,people,person,adult,adults}|youth{,s}",
                     "es": "joven|jóvenes|adultos jóvenes"},
    "patients": {"en": "patients", "es": "pacientes"},
    # (a doctor in the singular after its article or verb: "médico" alone is also medical, "centro médico")
    "doctors": {"en": "doctor{,s}|physician{,s}",
                "es": "médic{os,as}|doctor{,a,es,as}|{es,era,fue,será,un,una,el,la,como,su} {médico,médica}"},
    "nurses": {"en": "nurse{,s}", "es": "{,ex}enfermer{o,a,os,as}"},
    "pilots": {"en": "pilot{,s}", "es": "pilot{o,a,os,as}"},
    "flight attendants": {"en": "flight attendant{,s}", "es": "{asistente,asistentes,auxiliar,auxiliares} de vuelo|"
                                                          "sobrecargo{,s}|azafat{a,as}"},
    "workers": {"en": "employee{,s}|worker{,s}", "es": "emplead{o,a,os,as}|trabajador{,a,es,as}"},
    # (the plural only: "el cliente" is any customer, "al igual que el cliente" for "alongside consumers")
    "customers": {"en": "customers|clients", "es": "clientes|clientas"},
    # (before the workers: "social workers" / "trabajadores sociales" starts where they do and is longer)
    "social workers": {"en": "social worker{,s}", "es": "trabajador{,a,es,as} social{,es}"},
    "employers": {"en": "employer{,s}", "es": "empleador{,a,es,as}|patr{ón,ones}"},
    # who runs a clinic or a food bank, unpaid ("is run by volunteers" / "por empleados del condado"; "voluntario"
    # alone is also voluntary: the plural, or after an article)
    "volunteers": {"en": "volunteers|{a,the} volunteer", "es": "voluntari{os,as}|{un,una,el,la} voluntari{o,a}"},
    # a union against the company its workers work for ("The company said it would appeal" / "El sindicato dijo"),
    # each with its article ("union" is also a country's, "company" a theatre's)
    "unions": {"en": "the union|unions|labor union|trade union|{union,union's} {leaders,officials,president}",
               "es": "{el,los,un} sindicato{,s}"},
    "companies": {"en": "the company|the companies|the firm", "es": "{la,las} {empresa,empresas,compañía,compañías}"},
    "investors": {"en": "investor{,s}", "es": "inversionista{,s}|inversor{,a,es,as}"},
    "donors": {"en": "donor{,s}", "es": "donante{,s}|donador{,a,es,as}"},
    "farmworkers": {"en": "farmworker{,s}|farm worker{,s}|agricultural worker{,s}|field worker{,s}",
                    "es": "{trabajador,trabajadora,trabajadores,trabajadoras} {agrícola,agrícolas,del campo}|"
                          "jornaler{o,a,os,as} agrícola{,s}|campesin{o,a,os,as}"},
    # (not "minero"/"minera" alone: the adjective of an industry, "la empresa minera")
    "miners": {"en": "miner{,s}|coal miner{,s}", "es": "{los,unos,varios,un,el,dos,tres,cuatro,cinco,seis,siete,ocho,"
                                                   "nueve,diez,33} mineros|{el,un} minero|mineros {atrapados,que,de}"},
    "construction workers": {"en": "construction worker{,s}",
                             "es": "{trabajador,trabajadora,trabajadores,trabajadoras,obrero,obreros} de la "
                                   "construcción|albañil{,es}"},
    "buyers": {"en": "buyer{,s}", "es": "comprador{,a,es,as}"},
    "sellers": {"en": "seller{,s}|vendor{,s}", "es": "vendedor{,a,es,as}"},
    "drivers": {"en": "driver{,s}|motorist{,s}", "es": "conductor{,a,es,as}|automovilista{,s}|chofer{,es}"},
    "pedestrians": {"en": "pedestrian{,s}", "es": "peat{ón,ona,ones}|transeúnte{,s}"},
    "passengers": {"en": "passenger{,s}", "es": "pasajer{o,a,os,as}"},
    # a ship's or a plane's crew, against its passengers ("carried 3,000 passengers" / "3.000 tripulantes"; "a road
    # crew", "news crews" are workers, not read)
    "crew": {"en": "crew member{,s}|crewmember{,s}|crewman|crewmen|{the,its,a,his,her} crew|crew of",
             "es": "tripulante{,s}|tripulación|tripulaciones|miembros de la tripulación"},
    "cyclists": {"en": "cyclist{,s}|bicyclist{,s}", "es": "ciclista{,s}"},
    "motorcyclists": {"en": "motorcyclist{,s}|biker{,s}", "es": "motociclista{,s}|motorista{,s}"},
    "victims": {"en": "victim{,s}", "es": "víctima{,s}"},
    "accused": {  # suspects and defendants ("la demandada": a civil suit's)
        "en": "suspect{,s}|gunman|gunmen|shooter{,s}|attacker{,s}|assailant{,s}|defendant{,s}|accused",
        "es": "sospechos{o,a,os,as}|atacante{,s}|agresor{,a,es,as}|tirador{,a,es,as}|pistoler{o,os}|"
              "acusad{o,a,os,as}|demandad{o,a,os,as}",
    },
    "plaintiffs": {"en": "plaintiff{,s}", "es": "demandante{,s}|querellante{,s}"},
    "jury": {"en": "jury|juries|jurors", "es": "jurado|jurados|miembros del jurado"},
    "judges": {"en": "judge{,s}", "es": "juez|jueza|jueces|juezas"},
    # (a defense lawyer and a district attorney are kinds of their own, read first)
    "lawyers": {"en": "lawyer{,s}|attorney{,s}", "es": "abogad{o,a,os,as}"},
    "police": {"en": "police|police officer{,s}|policem{an,en}|policewom{an,en}|state trooper{,s}|{a,the} deputy|"
                     "deputies|sheriff's {deputy,deputies}",
               "es": "policía{,s}|agente{,s} de policía|oficial{,es} de policía|patrullero{,s}|"
                     "{agente,agentes,ayudante,ayudantes} del {sheriff,alguacil}"},
    "firefighters": {"en": "firefighter{,s}|fire crew{,s}|fire officials|fire department",
                     "es": "bomber{o,a,os,as}"},
    "prosecutors": {"en": "prosecutor{,s}|prosecution|district attorney{,s}",
                    "es": "{el,la,los,las,un,una} fiscal{,es}|fiscalía|ministerio público"},
    "defense lawyers": {"en": "defen{s,c}e {attorney,lawyer}{,s}|defen{s,c}e team|for the defen{s,c}e|"
                               "defen{s,c}e witness{,es}|"
                               "the defen{s,c}e {said,says,argued,argues,contended,contends,claimed,claims,asked,asks}",
                        "es": "abogad{o,a,os,as} defensor{,a,es,as}|abogad{o,a,os,as} de la defensa|"
                              "equipo de la defensa|a favor de la defensa|testigo{,s} de la defensa|"
                              "{testificó,testificaron,testifica,declaró,declararon} {para,por} la defensa|"
                              # (a trial's defence speaking: "la defensa" alone is also a country's, a team's)
                              "la defensa {dijo,dice,argumentó,argumenta,sostuvo,sostiene,alegó,alega,afirmó,afirma,"
                              "pidió,pide}"},
    "witnesses": {"en": "witness{,es}|eyewitness{,es}|bystander{,s}", "es": "testigo{,s}"},
    # who estimated a crowd ("about 5,000 people, organizers said" / "según la policía")
    "organizers": {"en": "organizer{,s}|organiser{,s}", "es": "organizador{,a,es,as}"},
    # who holds the seat and who wants it ("el titular" alone: "la titular del cargo", not a headline's "titular de")
    "incumbents": {"en": "incumbent{,s}",
                   "es": "{el,la,al,del} titular|titular del cargo|{el,la} mandatari{o,a} en funciones"},
    "challengers": {"en": "challenger{,s}", "es": "retador{,a,es,as}|contrincante{,s}"},
    "residents": {"en": "resident{,s}|locals", "es": "residente{,s}|habitante{,s}"},
    # who may apply, vote or sponsor a relative: an immigration status ("Only permanent residents may apply" / "Solo
    # los ciudadanos"; "ciudadana" alone is also the adjective, "seguridad ciudadana")
    "permanent residents": {"en": "{lawful ,legal ,}permanent resident{,s}|green card holder{,s}",
                            "es": "residente{,s} permanente{,s}|residente{,s} legal{,es} permanente{,s}|"
                                  "titular{,es} de {la,una} {tarjeta verde,green card}"},
    "citizens": {"en": "citizen{,s}|U.S. citizen{,s}|US citizen{,s}",
                 "es": "ciudadan{o,os,as}|ciudadana estadounidense|{una,la} ciudadana"},
    # (who helped or called for help: "Neighbors helped the couple escape" / "Los bomberos")
    "neighbors": {"en": "neighbor{,s}|neighbour{,s}", "es": "vecin{o,a,os,as}"},
    # (no group: "vecinos" said of a place is "neighboring", "condados vecinos")
    "not a group": {"en": "neighboring|neighbouring",
                    "es": "{condados,países,estados,ciudades,pueblos,municipios,distritos,comunidades,barrios,"
                          "colonias} {vecinos,vecinas}|{condado,país,estado,municipio,distrito,barrio,pueblo} vecino|"
                          "{ciudad,comunidad,colonia} vecina|"
                          # (patient, the quality: "debemos ser pacientes")
                          "{ser,sean,son,seamos,somos,fueron,fuimos,sé,sea,estar} {,muy ,más ,tan ,bastante }pacientes|"
                          # (people under an age, no children: "los menores de 40 años")
                          "{los,las} menores de " + "{" + ",".join(map(str, range(1, 100))) + "}"},
    "visitors": {"en": "visitor{,s}|tourist{,s}", "es": "visitante{,s}|turista{,s}"},
    # who a program or a home is for ("reserved for veterans" / "para personas mayores"), who made a mural
    "veterans": {"en": "veteran{,s}|vets", "es": "veterano{,s}|veterana{,s}|exmilitar{,es}|ex militar{,es}"},
    # (those serving now: "letters to the troops" / "a los veteranos")
    "soldiers": {"en": "soldier{,s}|troops|service members|servicemembers", "es": "soldado{,s}|tropas|efectivos"},
    "artists": {"en": "artist{,s}", "es": "artista{,s}"},
    # the people a story about a community is about (not "Black" / "negro": a colour as often)
    # (a colour said of a person: "a white man", "una mujer negra"; "Black" and "negro" alone are a colour as often)
    "white people": {"en": f"white {_PERSON['en']}", "es": f"{_PERSON['es']} blanc{{o,a,os,as}}"},
    # (Mexican Americans too: "the neighborhood's Mexican American history" / "la historia afroamericana")
    "Latinos": {"en": "Latino{,s}|Latina{,s}|Hispanic{,s}|Latinx|Mexican American{,s}|Mexican-American{,s}|"
                      "Chicano{,s}|Chicana{,s}",
                "es": "latin{o,a,os,as}|hispan{o,a,os,as}|mexicoamerican{o,a,os,as}|méxico-american{o,a,os,as}|"
                      "mexicano-estadounidense{,s}|chican{o,a,os,as}"},
    "African Americans": {"en": f"African American{{,s}}|African-American{{,s}}|{{Black,black}} {_PERSON['en']}",
                          "es": "afroamerican{o,a,os,as}|afroestadounidense{,s}|afrodescendiente{,s}|"
                                f"{_PERSON['es']} negr{{o,a,os,as}}"},
    "Asian Americans": {"en": "Asian American{,s}|Asian-American{,s}|Asian{,s}",
                        "es": "asiático-estadounidense{,s}|asiaticoamerican{o,a,os,as}|asiátic{o,a,os,as}|"
                              "estadounidense{,s} de origen asiático"},
}
# the kinds each kind contradicts
_COUNTERPARTS = [("students", "teachers"), ("teachers", "custodians"), ("teachers", "principals"),
                 ("principals", "superintendents"),
                 ("tenants", "owners"), ("adults", "children"),
                 ("adults", "teenagers"), ("seniors", "children"), ("seniors", "teenagers"),
                 ("infants", "teenagers"), ("infants", "adults"), ("infants", "seniors"), ("young people", "seniors"),
                 ("patients", "doctors"), ("patients", "nurses"), ("workers", "employers"), ("buyers", "sellers"),
                 # (whose records a breach exposed, whom a clinic serves: "9,000 patients" / "9.000 empleados")
                 ("patients", "workers"), ("patients", "customers"), ("patients", "students"),
                 ("unions", "companies"), ("unions", "employers"),
                 ("drivers", "pedestrians"), ("drivers", "cyclists"), ("drivers", "passengers"),
                 ("victims", "accused"), ("residents", "visitors"), ("permanent residents", "citizens"),
                 ("police", "firefighters"),
                 ("neighbors", "firefighters"), ("neighbors", "police"),
                 ("witnesses", "police"), ("witnesses", "victims"), ("witnesses", "accused"), ("organizers", "police"),
                 ("prosecutors", "defense lawyers"), ("plaintiffs", "accused"), ("pedestrians", "cyclists"),
                 ("motorcyclists", "cyclists"), ("motorcyclists", "pedestrians"), ("pedestrians", "passengers"),
                 ("passengers", "crew"), ("volunteers", "workers"),
                 ("doctors", "nurses"), ("jury", "judges"), ("judges", "lawyers"), ("incumbents", "challengers"),
                 ("Latinos", "African Americans"), ("veterans", "seniors"), ("veterans", "students"),
                 ("veterans", "young people"), ("veterans", "firefighters"), ("veterans", "police"),
                 ("tenants", "buyers"),
                 ("students", "artists"), ("teachers", "counselors"), ("teachers", "aides"), ("parents", "teachers"),
                 ("seniors", "students"), ("investors", "donors"), ("soldiers", "veterans"),
                 ("farmworkers", "construction workers"), ("customers", "workers"), ("farmworkers", "miners"),
                 ("social workers", "police"), ("students", "parents"), ("pilots", "flight attendants"),
                 ("Latinos", "Asian Americans"), ("African Americans", "Asian Americans"),
                 ("white people", "Latinos"), ("white people", "African Americans"),
                 ("white people", "Asian Americans"),
                 # a person's trade said as another ("a former teacher" / "exenfermera", "a nurse" / "maestra"; "will
                 # hire 50 bus drivers" / "maestros")
                 ("teachers", "nurses"), ("teachers", "doctors"), ("teachers", "police"), ("teachers", "firefighters"),
                 ("teachers", "drivers"),
                 ("nurses", "police"), ("nurses", "firefighters"), ("doctors", "police"), ("doctors", "firefighters")]
# (each group said after "only" in its clause is also that group alone: "free for seniors and students" / "solo para
# estudiantes", ``findings.said_alone``)
OPPOSITE = with_kinds_alone({kind: {b if a == kind else a for a, b in _COUNTERPARTS if kind in (a, b)}
                             for kind in GROUPS})
_KIND_OF = {lang: {phrase: kind for kind, words in GROUPS.items() for phrase in expand(words[lang])}
            for lang in ("en", "es")}
# by the phrase in lower case ("Latinos" is written capitalised in English)
_KIND_OF_LOWERED = {lang: {phrase.lower(): kind for phrase, kind in kinds.items()} for lang, kinds in _KIND_OF.items()}
# (no IGNORECASE: a capitalised word before a capital is part of a name, "Residents Against Crime"; one before a
# word in lower case opens a sentence)
_SPACE = r"\s+"
_WORDS = {lang: re.compile(rf"(?<![\w-])(?:{alternation(phrases, space=_SPACE)})(?![\w-])"
                           rf"|(?<![\w-])(?:{alternation({p.capitalize() for p in phrases}, space=_SPACE)})"
                           rf"(?=\s+[a-záéíóúñü])")
          for lang, phrases in _KIND_OF.items()}
# the longest word of each phrase, folded: a sentence holding none of them (most) names no group
_GATE = {lang: frozenset(max(fold(phrase).split(), key=len) for phrase in phrases)
         for lang, phrases in _KIND_OF.items()}


@lru_cache(maxsize=TEXT_MEMO_SIZE)
def groups(text: str, lang: str) -> tuple[tuple[str, int, int], ...]:
    """The groups of people ``text`` names: (kind, start, end) of each word, in text order."""
    lang = "es" if lang == "es" else "en"
    if _GATE[lang].isdisjoint(gate_words(text)):
        return ()  # (most sentences)
    said = ((_KIND_OF_LOWERED[lang][" ".join(match.group().split()).lower()], match.start(), match.end())
            for match in _WORDS[lang].finditer(text))
    return tuple(said_alone(text, lang, [group for group in said if group[0] != "not a group"], OPPOSITE))


def prepare(version: Version, settings: Settings) -> None:
    """The groups of every sentence, read while the translator works."""
    prepare_sentences(version, settings, RULE, groups)


def check(aligned: AlignedDocument, settings: Settings) -> list[Finding]:
    return contrast_findings(aligned, settings, RULE, groups, changed, evidence_key="groups", confidence=0.6,
                             opposites=OPPOSITE)


# whether one side says a group more often than the other and the other side one of its counterparts
changed = opposite_said_more(OPPOSITE)
