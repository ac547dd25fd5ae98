"""name-mismatch: the people a sentence speaks of turned into their counterparts ("students" / "los maestros")."""

from __future__ import annotations

import pytest

from aligned_builder import CORPUS_DEV, aligned_pair, contrast_measure
from bilingo.rules import groups
from bilingo.settings import Settings

needs_corpus = pytest.mark.skipif(not CORPUS_DEV.is_dir(), reason="shared dev corpus not found")


def _findings(en: str, es: str, settings: Settings | None = None) -> list:
    return groups.check(aligned_pair(en, es), settings or Settings())


@pytest.mark.parametrize("en, es, flagged, message", [
    ("The students walked out of class on Friday.", "Los maestros abandonaron las clases el viernes.",
     "maestros", "students in English but teachers ('maestros') in Spanish"),
    ("The board approved a 3% raise for teachers.", "La junta aprobó un aumento del 3% para los conserjes.",
     "conserjes", "teachers in English but custodians ('conserjes') in Spanish"),
    ("Police arrested a teenager in connection with the shooting.",
     "La policía arrestó a un adulto en relación con el tiroteo.", "adulto",
     "teenagers ('teenager') in English but adults ('adulto') in Spanish"),
    ("The tenants will pay more under the new rules.", "Los propietarios pagarán más con las nuevas reglas.",
     "propietarios", "tenants in English but owners ('propietarios') in Spanish"),
    ("The incumbent won 55% of the vote.", "El retador obtuvo el 55% de los votos.", "retador",
     "incumbents ('incumbent') in English but challengers ('retador') in Spanish"),
    ("The clinic offers free vaccines to adults.", "La clínica ofrece vacunas gratuitas a los niños.",
     "niños", "adults in English but children ('niños') in Spanish"),
    ("The victim was taken to a hospital in Ventura.", "El sospechoso fue trasladado a un hospital en Ventura.",
     "sospechoso", "victims ('victim') in English but accused ('sospechoso') in Spanish"),
    ("A driver was injured in the crash.", "Un peatón resultó herido en el choque.",
     "peatón", "drivers ('driver') in English but pedestrians ('peatón') in Spanish"),
    ("Employers must pay the new minimum wage.", "Los trabajadores deben pagar el nuevo salario mínimo.",
     "trabajadores", "employers in English but workers ('trabajadores') in Spanish"),
    ("Police arrested the driver on suspicion of drunk driving.",
     "La policía arrestó al pasajero por sospecha de conducir ebrio.",
     "pasajero", "drivers ('driver') in English but passengers ('pasajero') in Spanish"),
    ("The teenager was taken to the hospital.", "El anciano fue llevado al hospital.",
     "anciano", "teenagers ('teenager') in English but seniors ('anciano') in Spanish"),
    # a civil suit's two sides
    ("The plaintiff says the company fired her without cause.",
     "La demandada dice que la compañía la despidió sin causa.",
     "demandada", "plaintiffs ('plaintiff') in English but accused ('demandada') in Spanish"),
    ("The defendant asked the judge to dismiss the lawsuit.", "La demandante pidió al juez que desestimara la demanda.",
     "demandante", "accused ('defendant') in English but plaintiffs ('demandante') in Spanish"),
    # who says it: the police or the fire department, the prosecution or the defense
    ("Police said the suspect fled on foot.", "Los bomberos dijeron que el sospechoso huyó a pie.",
     "bomberos", "police in English but firefighters ('bomberos') in Spanish"),
    # who saw it: a witness said as the police, the victim or the suspect
    ("Witnesses said the man was armed.", "La policía dijo que el hombre estaba armado.",
     "policía", "witnesses in English but police ('policía') in Spanish"),
    # who estimated a crowd
    ("The rally drew about 5,000 people, organizers said.",
     "La manifestación reunió a unas 5.000 personas, según la policía.",
     "policía", "organizers in English but police ('policía') in Spanish"),
    ("Police estimate the crowd at 2,000.", "Los organizadores calculan la multitud en 2.000 personas.",
     "organizadores", "police in English but organizers ('organizadores') in Spanish"),
    ("Firefighters found the man inside the burning home.",
     "La policía encontró al hombre dentro de la casa en llamas.",
     "policía", "firefighters in English but police ('policía') in Spanish"),
    ("The prosecutor asked for a 20-year sentence.", "El abogado defensor pidió una sentencia de 20 años.",
     "abogado defensor", "prosecutors ('prosecutor') in English but defense lawyers ('abogado defensor') in Spanish"),
    ("Defense attorneys said the evidence was weak.", "Los fiscales dijeron que las pruebas eran débiles.",
     "Los fiscales", "defense lawyers ('Defense attorneys') in English but prosecutors ('Los fiscales') in Spanish"),
    ("A pedestrian was struck and killed on Highway 99.", "Un ciclista fue atropellado y murió en la autopista 99.",
     "ciclista", "pedestrians ('pedestrian') in English but cyclists ('ciclista') in Spanish"),
    ("A motorcyclist was killed in the crash.", "Un ciclista murió en el choque.", "ciclista",
     "motorcyclists ('motorcyclist') in English but cyclists ('ciclista') in Spanish"),
    ("A jury found him guilty on Friday.", "Un juez lo declaró culpable el viernes.", "juez",
     "jury in English but judges ('juez') in Spanish"),
    ("Nurses at the hospital went on strike.", "Los médicos del hospital se declararon en huelga.",
     "médicos", "nurses in English but doctors ('médicos') in Spanish"),
    ("He is a registered nurse at the hospital.", "Es médico en el hospital.", "Es médico",
     "nurses ('nurse') in English but doctors ('Es médico') in Spanish"),
    ("The program serves Latino families in the valley.", "El programa atiende a familias afroamericanas del valle.",
     "afroamericanas", "Latinos ('Latino') in English but African Americans ('afroamericanas') in Spanish"),
    # a description of a person by colour
    ("The victim was described as a white man in his 30s.",
     "La víctima fue descrita como un hombre hispano de unos 30 años.", "hispano",
     "white people ('white man') in English but Latinos ('hispano') in Spanish"),
    ("Police are looking for a Black man in a gray car.", "La policía busca a un hombre blanco en un auto gris.",
     "hombre blanco", "African Americans ('Black man') in English but white people ('hombre blanco') in Spanish"),
    # an age group: a toddler said a teenager, an elderly man a young one
    ("A toddler was rescued from the pool.", "Un adolescente fue rescatado de la piscina.", "adolescente",
     "infants ('toddler') in English but teenagers ('adolescente') in Spanish"),
    ("An elderly man was found dead in his home.", "Un joven fue encontrado muerto en su casa.", "joven",
     "seniors ('elderly') in English but young people ('joven') in Spanish"),
    # a school's principal against its teachers ("directores" with its school only)
    ("The board approved a 3% raise for teachers.",
     "La junta aprobó un aumento del 3% para los directores de las escuelas.",
     "directores de las escuelas", "teachers in English but principals ('directores de las escuelas') in Spanish"),
    ("The principal told parents the school would close.", "La maestra les dijo a los padres que la escuela cerraría.",
     "maestra", "principals ('principal') in English but teachers ('maestra') in Spanish"),
    # a person's trade said as another
    ("The new principal, a former teacher, starts Monday.", "La nueva directora, exenfermera, comienza el lunes.",
     "exenfermera", "teachers ('teacher') in English but nurses ('exenfermera') in Spanish"),
    ("She worked as a nurse for 20 years.", "Trabajó como maestra durante 20 años.", "maestra",
     "nurses ('nurse') in English but teachers ('maestra') in Spanish"),
    ("Neighbors helped the elderly couple escape.",
     "Los bomberos ayudaron a la pareja de ancianos a escapar.", "bomberos",
     "neighbors in English but firefighters ('bomberos') in Spanish"),
    ("The district will hire 50 new bus drivers.", "El distrito contratará a 50 nuevos maestros.", "maestros",
     "drivers in English but teachers ('maestros') in Spanish"),
    ("The suspect is a juvenile.", "El sospechoso es un adulto.", "adulto",
     "children ('juvenile') in English but adults ('adulto') in Spanish"),
    ("The suspect was shot by a deputy.", "El sospechoso fue baleado por un bombero.", "bombero",
     "police ('a deputy') in English but firefighters ('bombero') in Spanish"),
    ("The apartments will be reserved for veterans.",
     "Los apartamentos estarán reservados para personas mayores.", "personas mayores",
     "veterans in English but seniors ('personas mayores') in Spanish"),
    ("The mural was painted by local students.", "El mural fue pintado por artistas locales.", "artistas",
     "students in English but artists ('artistas') in Spanish"),
    ("The class is taught by a retired judge.", "La clase la imparte un abogado jubilado.", "abogado",
     "judges ('judge') in English but lawyers ('abogado') in Spanish"),
    ("The principal canceled the dance.", "El superintendente canceló el baile.", "superintendente",
     "principals ('principal') in English but superintendents ('superintendente') in Spanish"),
    ("The district will hire 40 new bilingual teachers.",
     "El distrito contratará a 40 nuevos consejeros bilingües.", "consejeros",
     "teachers in English but counselors ('consejeros') in Spanish"),
    ("The school bus route was changed after complaints from parents.",
     "La ruta del autobús escolar se cambió tras quejas de los maestros.", "maestros",
     "parents in English but teachers ('maestros') in Spanish"),
    ("The startup raised $5 million from investors.",
     "La empresa emergente recaudó $5 millones de donantes.", "donantes",
     "investors in English but donors ('donantes') in Spanish"),
    ("The mural depicts farmworkers in the fields.",
     "El mural representa a los trabajadores de la construcción.", "trabajadores de la construcción",
     "farmworkers in English but construction workers ('trabajadores de la construcción') in Spanish"),
    ("The scam targeted elderly residents.", "La estafa estaba dirigida a estudiantes universitarios.", "estudiantes",
     "seniors ('elderly') in English but students ('estudiantes') in Spanish"),
    ("The newspaper endorsed the challenger.", "El periódico respaldó al titular.", "al titular",
     "challengers ('challenger') in English but incumbents ('al titular') in Spanish"),
    ("The students wrote letters to the troops.", "Los estudiantes escribieron cartas a los veteranos.", "veteranos",
     "soldiers ('troops') in English but veterans ('veteranos') in Spanish"),
    ("The district hired 40 bilingual aides.", "El distrito contrató a 40 maestros bilingües.", "maestros",
     "aides ('bilingual aides') in English but teachers ('maestros') in Spanish"),
    ("The job training program is open to veterans.",
     "El programa de capacitación laboral está abierto a jóvenes.", "jóvenes",
     "veterans in English but young people ('jóvenes') in Spanish"),
    ("The hackers stole the personal data of 2 million customers.",
     "Los piratas informáticos robaron los datos personales de 2 millones de empleados.", "empleados",
     "customers in English but workers ('empleados') in Spanish"),
    ("The mural honors the farmworkers who built the town.",
     "El mural rinde homenaje a los mineros que construyeron el pueblo.", "los mineros",
     "farmworkers in English but miners ('los mineros') in Spanish"),
    ("The study found that Latino workers are paid less.",
     "El estudio encontró que los trabajadores asiáticos ganan menos.", "asiáticos",
     "Latinos ('Latino') in English but Asian Americans ('asiáticos') in Spanish"),
    ("The county will hire 12 new social workers.", "El condado contratará a 12 nuevos policías.", "policías",
     "social workers in English but police ('policías') in Spanish"),
    ("The rally was organized by a group of students.",
     "La manifestación fue organizada por un grupo de padres.", "padres",
     "students in English but parents ('padres') in Spanish"),
    ("The flight attendants' union authorized a strike.", "El sindicato de pilotos autorizó una huelga.", "pilotos",
     "flight attendants in English but pilots ('pilotos') in Spanish"),
    ("The pilots were praised by passengers.", "Los sobrecargos fueron elogiados por los pasajeros.", "sobrecargos",
     "pilots in English but flight attendants ('sobrecargos') in Spanish"),
    ("The detective testified for the prosecution.", "El detective testificó a favor de la defensa.",
     "a favor de la defensa",
     "prosecutors ('prosecution') in English but defense lawyers ('a favor de la defensa') in Spanish"),
    # (the fiftieth round)
    ("The detective testified for the prosecution.", "El detective testificó para la defensa.",
     "testificó para la defensa",
     "prosecutors ('prosecution') in English but defense lawyers ('testificó para la defensa') in Spanish"),
    ("The parade honors veterans.", "El desfile rinde homenaje a los bomberos.", "bomberos",
     "veterans in English but firefighters ('bomberos') in Spanish"),
    ("The charity builds homes for veterans.", "La organización benéfica construye casas para policías.", "policías",
     "veterans in English but police ('policías') in Spanish"),
    ("The students raised $5,000 for a classmate with cancer.",
     "Los estudiantes recaudaron 5.000 dólares para un maestro con cáncer.", "maestro",
     "students ('classmate') in English but teachers ('maestro') in Spanish"),
    ("The city will give $5,000 to first-time home buyers.", "La ciudad dará 5.000 dólares a los inquilinos.",
     "inquilinos", "buyers in English but tenants ('inquilinos') in Spanish"),
    # (the fifty-third round)
    ("Prosecutors said the evidence was clear.", "La defensa dijo que las pruebas eran claras.", "La defensa dijo",
     "prosecutors in English but defense lawyers ('La defensa dijo') in Spanish"),
    ("The company said it would appeal the ruling.", "El sindicato dijo que apelaría el fallo.", "El sindicato",
     "companies ('The company') in English but unions ('El sindicato') in Spanish"),
    ("Cases are rising among young adults.", "Los casos aumentan entre los adultos mayores.", "adultos mayores",
     "young people ('young adults') in English but seniors ('adultos mayores') in Spanish"),
    # (the fifty-fifth round)
    ("The data breach exposed the Social Security numbers of 9,000 patients.",
     "La filtración de datos expuso los números de Seguro Social de 9.000 empleados.", "empleados",
     "patients in English but workers ('empleados') in Spanish"),
    ("Police arrested three adults in the robbery.", "La policía detuvo a tres menores por el robo.", "tres menores",
     "adults in English but children ('tres menores') in Spanish"),
    # (the fifty-sixth round: an immigration status)
    ("Only permanent residents may apply.", "Solo los ciudadanos pueden presentar la solicitud.", "ciudadanos",
     "permanent residents in English but citizens ('ciudadanos') in Spanish"),
    ("Only U.S. citizens may apply.", "Solo los residentes permanentes pueden presentar la solicitud.",
     "residentes permanentes",
     "citizens ('U.S. citizens') in English but permanent residents ('residentes permanentes') in Spanish"),
    # (the fifty-seventh round: a ship's crew)
    ("The cruise ship carried about 3,000 passengers.", "El crucero transportaba a unos 3.000 tripulantes.",
     "tripulantes", "passengers in English but crew ('tripulantes') in Spanish"),
    # (Mexican Americans are Latinos: fifty-eighth round)
    ("The mural honors the neighborhood's Mexican American history.",
     "El mural honra la historia afroamericana del barrio.", "afroamericana",
     "Latinos ('Mexican American') in English but African Americans ('afroamericana') in Spanish"),
    # (who runs a clinic: fifty-ninth round)
    ("The free clinic is run by volunteers.", "La clínica gratuita es administrada por empleados del condado.",
     "empleados", "volunteers in English but workers ('empleados') in Spanish"),
    # (one of two said alone, after "only": sixtieth round)
    ("The ride is free for seniors and students.", "El viaje es gratuito solo para estudiantes.", "estudiantes",
     "seniors in English but only students ('estudiantes') in Spanish"),
])
def test_people_turned_into_their_counterparts_are_reported(en, es, flagged, message):
    (finding,) = _findings(en, es)
    assert (finding.rule, finding.text, finding.message) == ("name-mismatch", flagged, message)


@pytest.mark.parametrize("en, es", [
    ("He went to the medical center.", "Fue al centro médico."),  # ("médico" alone is medical)
    ("Citizens and permanent residents can apply.",
     "Los ciudadanos y los residentes permanentes pueden presentar la solicitud."),
    ("Green card holders may sponsor their parents.", "Los residentes permanentes pueden patrocinar a sus padres."),
    ("Senior citizens ride free.", "Las personas mayores viajan gratis."),
    ("The ship carried 3,000 passengers and a crew of 1,200.",
     "El barco transportaba a 3.000 pasajeros y a 1.200 tripulantes."),
    ("A road crew repaired the pothole.", "Una cuadrilla reparó el bache."),
    ("The mural honors the neighborhood's Mexican American history.",
     "El mural honra la historia mexicoamericana del barrio."),
    ("The free clinic is run by volunteers.", "La clínica gratuita es administrada por voluntarios."),
    ("The ride is free only for students.", "El viaje es gratuito solo para estudiantes."),
    ("Only students and teachers may enter.", "Solo los estudiantes y los maestros pueden entrar."),
    ("The ride is free not only for seniors but for students too.",
     "El viaje es gratuito no solo para personas mayores, también para estudiantes."),
    ("The evacuation is voluntary for workers.", "La evacuación es voluntaria para los trabajadores."),
    # ("pacientes" after a form of "ser" is the quality: a WMT pair said "be patient" so)
    ("The mayor asked city workers to be patient.", "El alcalde pidió a los funcionarios ser pacientes."),
    # ("los menores de 40 años" are people under an age, not children)
    ("The rate is lower for adults under 40.", "La tasa es menor para los menores de 40 años."),
    ("The doctor treated him.", "El médico lo atendió."),
    ("The plaintiffs sued the city in 2024.", "Los demandantes demandaron a la ciudad en 2024."),
    ("The judge told the jury to disregard the remark.", "El juez le dijo al jurado que ignorara el comentario."),
    ("Latino and African American voters turned out.", "Los votantes latinos y afroamericanos acudieron a votar."),
    ("Hispanic business owners met on Monday.", "Los empresarios hispanos se reunieron el lunes."),
    ("The Latino Community Foundation gave $1 million.", "La Latino Community Foundation donó $1 millón."),
    ("The city was sued by two neighbors.", "La ciudad fue demandada por dos vecinos."),
    ("The students walked out of class on Friday.", "Los alumnos abandonaron las clases el viernes."),
    ("Teachers and students returned to the classroom.", "Los docentes y los estudiantes regresaron al aula."),
    ("The kids returned to school on Monday.", "Los estudiantes regresaron a la escuela el lunes."),  # not counterparts
    ("Free for seniors.", "Gratis para adultos mayores."),  # "adultos mayores" are seniors, not adults
    ("Patients lack health insurance.", "Los pacientes no tienen seguro médico."),  # "médico": medical
    ("Tenants said the building had no heat.", "Los residentes dijeron que el edificio no tenía calefacción."),
    ("The driver hit a pedestrian.", "El conductor atropelló a un peatón."),
    ("Residents Against Crime met on Monday.", "El grupo Residents Against Crime se reunió el lunes."),  # a name
    ("The program serves seniors and teens.", "El programa atiende a adultos mayores y adolescentes."),
    ("Firefighters rescued the driver, police said.", "Los bomberos rescataron al conductor, dijo la policía."),
    ("A witness told police the man was armed.", "Un testigo dijo a la policía que el hombre estaba armado."),
    ("The fire department said the blaze was contained.", "El departamento de bomberos dijo que el incendio fue "
     "contenido."),
    ("The city faces a fiscal crisis, the prosecutor said.", "La ciudad enfrenta una crisis fiscal, dijo el fiscal."),
    ("Police are looking for a Black man in a white car.", "La policía busca a un hombre negro en un auto blanco."),
    ("The suspect was described as a white woman.", "La sospechosa fue descrita como una mujer blanca."),
    ("Black voters turned out in record numbers.", "Los votantes afroamericanos acudieron en cifras récord."),
    ("The incumbent won 55% of the vote.", "La titular obtuvo el 55% de los votos."),
    ("The challenger conceded.", "La contrincante reconoció su derrota."),
    # ages said alike, or groups news uses for each other ("a teenager" is "un joven" as often)
    ("A young man was found dead in his home.", "Un joven fue encontrado muerto en su casa."),
    ("A teenager was injured in the shooting.", "Un joven resultó herido en el tiroteo."),
    ("An infant was taken to a hospital.", "Un bebé fue trasladado a un hospital."),
    ("Baby boomers are retiring.", "Los adultos mayores se están jubilando."),  # ("baby" is no infant here)
    ("The principal and two teachers were honored.", "La directora de la escuela y dos maestros fueron homenajeados."),
    ("The principal reason teachers quit is pay.",
     "La razón principal por la que los maestros renuncian es el salario."),
    ("You hugged your teacher, said the executive director.", "Abrazabas al profesor, dijo el director ejecutivo."),
    ("The school nurse helped the teacher.", "La enfermera escolar ayudó a la maestra."),
    ("The former teacher now works as a nurse.", "La exmaestra ahora trabaja como enfermera."),
    ("The teacher called police.", "La maestra llamó a la policía."),
    ("A neighbor called police.", "Un vecino llamó a la policía."),
    ("Police in neighboring countries are on alert.", "La policía de los países vecinos está en alerta."),
    ("Teachers and bus drivers will get raises.", "Los maestros y los choferes de autobús recibirán aumentos."),
    ("The apartments are reserved for veterans.", "Los apartamentos están reservados para veteranos."),
    ("The mural was painted by local artists.", "El mural fue pintado por artistas locales."),
    ("The suspect was shot by a deputy.", "El sospechoso fue baleado por un agente del alguacil."),
    ("The class is taught by a retired judge.", "La clase la imparte un juez jubilado."),
    ("Deputies are leaving for better-paid jobs in neighboring counties.",
     "Los agentes se van a empleos mejor pagados en condados vecinos."),
    ("The judge asked the lawyers to approach.", "El juez pidió a los abogados que se acercaran."),
    ("The superintendent visited the school.", "El superintendente visitó la escuela."),
    ("The district will hire 40 counselors.", "El distrito contratará a 40 consejeros."),
    ("The startup raised $5 million from investors.", "La empresa emergente recaudó $5 millones de inversionistas."),
    ("Farmworkers marched to the Capitol.", "Los trabajadores agrícolas marcharon hasta el Capitolio."),
    ("Parents and teachers met on Monday.", "Padres y maestros se reunieron el lunes."),
    ("The district hired 40 bilingual aides.", "El distrito contrató a 40 asistentes bilingües."),
    ("Customers were asked to conserve electricity.", "Se pidió a los clientes ahorrar electricidad."),
    ("Customers will pay more for water.", "Los clientes pagarán más por el agua."),
    ("Workers and customers were evacuated.", "Los trabajadores y los clientes fueron evacuados."),
    ("The miners were trapped for two days.", "Los mineros quedaron atrapados durante dos días."),
    ("The mural honors the miners who built the town.",
     "El mural rinde homenaje a los mineros que construyeron el pueblo."),
    ("The rules apply to Medicaid customers.", "Las reglas se aplican a los clientes de Medicaid."),
    ("Asian and Latino voters turned out in large numbers.",
     "Los votantes asiáticos y latinos acudieron en gran número."),
    ("Asian markets fell on Monday.", "Los mercados asiáticos cayeron el lunes."),
    ("Customers complained about the new fees.", "Los clientes se quejaron de las nuevas tarifas."),
    ("The county will hire 12 new social workers.", "El condado contratará a 12 nuevos trabajadores sociales."),
    ("The rally was organized by students and parents.", "La manifestación fue organizada por estudiantes y padres."),
    ("Social workers and police officers responded.", "Trabajadores sociales y agentes de policía respondieron."),
    ("The pilots and flight attendants walked off the job.",
     "Los pilotos y los sobrecargos abandonaron sus puestos."),
    ("The city launched a pilot program.", "La ciudad lanzó un programa piloto."),
    ("The defense witness testified on Monday.", "El testigo de la defensa testificó el lunes."),
    # (the fiftieth round)
    ("The detective testified for the defense.", "El detective testificó para la defensa."),
    ("The parade honors veterans and firefighters.", "El desfile rinde homenaje a los veteranos y a los bomberos."),
    ("The budget includes more money for defense.", "El presupuesto incluye más dinero para la defensa."),
    ("The students raised money for a classmate with cancer.",
     "Los estudiantes recaudaron dinero para un compañero de clase con cáncer."),
    ("The program helps tenants become home buyers.",
     "El programa ayuda a los inquilinos a convertirse en compradores de vivienda."),
    # (the fifty-third round)
    ("The defense said the evidence was weak.", "La defensa dijo que las pruebas eran débiles."),
    ("The defense played well in the second half.", "La defensa jugó bien en el segundo tiempo."),
    ("The union and the company reached a deal.", "El sindicato y la empresa llegaron a un acuerdo."),
    ("The company said it would appeal the ruling.", "La empresa dijo que apelaría el fallo."),
    ("Union leaders met with the mayor.", "Los líderes del sindicato se reunieron con el alcalde."),
    ("Cases are rising among young adults.", "Los casos aumentan entre los adultos jóvenes."),
])
def test_people_said_alike_or_on_one_side_only_are_not_reported(en, es):
    assert _findings(en, es) == []


def test_the_check_is_off_when_name_mismatch_is_ignored():
    assert _findings("the students", "los maestros", Settings(disabled_rules={"name-mismatch"})) == []


# the first Spanish group turned into its counterpart, for the corpus measure
_TURNED = [("estudiantes", "maestros"), ("alumnos", "profesores"), ("estudiante", "maestro"), ("alumnas", "maestras"),
           ("alumno", "profesor"), ("alumna", "profesora"), ("inquilinos", "propietarios"),
           ("inquilino", "propietario"), ("adultos", "niños"), ("adulto", "niño"), ("adultas", "niñas"),
           ("adultos mayores", "niños"), ("personas mayores", "niños"), ("ancianos", "niños"),
           ("pacientes", "médicos"), ("enfermeras", "pacientes"), ("enfermeros", "pacientes"),
           ("trabajadores", "empleadores"), ("empleados", "empleadores"), ("trabajador", "empleador"),
           ("empleado", "empleador"), ("compradores", "vendedores"), ("comprador", "vendedor"),
           ("conductores", "peatones"), ("conductor", "peatón"), ("ciclistas", "conductores"),
           ("ciclista", "conductor"), ("víctima", "sospechoso"), ("víctimas", "sospechosos"),
           ("residentes", "visitantes"), ("habitantes", "turistas"), ("turistas", "residentes"),
           ("visitantes", "residentes"), ("policía", "bomberos"), ("policías", "bomberos"), ("bomberos", "policía"),
           ("el fiscal", "el abogado defensor"), ("la fiscal", "la abogada defensora"), ("la fiscalía", "la defensa"),
           ("los fiscales", "los abogados defensores"), ("pilotos", "sobrecargos"), ("piloto", "sobrecargo"),
           ("ciudadanos", "residentes permanentes"), ("ciudadano", "residente permanente")]
SWAPPED = {"médicos": "pacientes", "profesores": "alumnos", "maestros": "estudiantes", "niños": "adultos",
           "niñas": "adultas", "propietarios": "inquilinos", "sospechoso": "víctima", "sospechosos": "víctimas",
           "peatones": "conductores", "testigo": "sospechoso", "testigos": "policías"}
for _word, _other in _TURNED:
    for _a, _b in ((_word, _other), (_other, _word)):
        SWAPPED.setdefault(_a, _b)
        SWAPPED.setdefault(_a.capitalize(), _b.capitalize())


@needs_corpus
def test_faithful_corpus_pairs_keep_their_people_and_swapped_ones_are_found():
    """960 sentence pairs of the dev corpus name a group on both sides (901 before witnesses were read, 911 before a
    person described by colour was: "white students" / "estudiantes blancos", 923 before infants and young people were,
    twenty-seventh round); one names its counterpart, and it is a real error of the corpus's translation (WMT: "at their
    employers' expense" / "a costa de los empleados"); with the first Spanish group turned into its counterpart, 751 of
    787 are found (the others name the counterpart on the English side too: "doctors and patients", "police and
    firefighters"). Since a school's principal is read against its teachers: 963 compared, the same one disagrees, 752
    of 788 found ("directores" alone, as any director's, gave "your teacher" / "director ejecutivo" a finding). With a
    teacher, a nurse, a doctor, the police and a firefighter counterparts of each other: the same 963, 1 and 752 of
    788. With a crowd's organizers against the police: 970, 1, 752 of 788. With a doctor in the singular after its
    article or verb ("es médico", "el médico"): 981, 1, 751 of 787. With neighbors against the firefighters or the
    police: 989, 1, 751 of 787. With veterans, artists, lawyers, superintendents and deputies (forty-fifth round):
    1,050, 1, 747 of 785 (the pairs newly compared name a lawyer in English, and the Spanish turned word's
    counterpart is not there; two pairs' first Spanish group is now one of the new kinds, which no swap turns). With
    counselors, parents, investors, donors, farmworkers and construction workers (forty-sixth round): 1,094, 1, 740
    of 778 (seven pairs' first Spanish group is now a parent or an investor, which no swap turns); with the troops
    against veterans: 1,136, 1, 738 of 777. With customers against workers, farmworkers against miners, social
    workers against the police, students against parents and "Asian" read (forty-eighth round): 1,191, 1, 737 of
    776. With pilots against flight attendants, and their swaps (forty-ninth round): 1,198, 1, 741 of 781. With a
    union against the company, a trial's defence speaking and young adults (fifty-third round): 1,274, 1, 732 of 772
    (nine pairs' first Spanish group is now a union or a company, which no swap turns). With patients against workers,
    customers and students (fifty-fifth round): 1,273, 1, 732 of 771 (a WMT pair's "ser pacientes", be patient, had
    disagreed; after a form of "ser" the word is the quality, and that pair is no longer compared). With "menores"
    alone after an article or a count read as children (not "los menores de 40 años"): 1,273, 1, 731 of 770. With
    permanent residents against citizens, and the citizens' swaps (fifty-sixth round): 1,317, 1, 772 of 812. With a
    ship's crew against its passengers (fifty-seventh round): 1,320, 1, 771 of 811 (a pair's first Spanish group is
    now its crew, which no swap turns). With volunteers against workers (fifty-ninth round): 1,330, 1, 771 of 812."""
    compared, disagreeing, swapped, found = contrast_measure(groups.groups, groups.changed, SWAPPED)
    assert compared >= 850 and disagreeing <= 1
    assert swapped >= 750 and found >= 0.9 * swapped
