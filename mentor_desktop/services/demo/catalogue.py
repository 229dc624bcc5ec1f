"""Texts of the demo centre: the starter can-do catalogue per sector, the work situations
each sector practises most, session notes and next steps, partnership agreements."""

from __future__ import annotations

from mentor_desktop.domain.enums import CefrLevel, Sector

# (sector, Danish, English, indicative CEFR level): a starter catalogue the centre can edit.
CAN_DO: tuple[tuple[Sector, str, str, CefrLevel], ...] = (
    (Sector.CLEANING, "Kan forstå og bruge navnene på de vigtigste rengøringsredskaber.",
     "Can understand and use the names of the main cleaning tools.", CefrLevel.A1),
    (Sector.CLEANING, "Kan læse en rengøringsplan og sige, hvad der er gjort.",
     "Can read a cleaning schedule and say what has been done.", CefrLevel.A2),
    (Sector.CLEANING, "Kan forstå faresymboler og advarsler på rengøringsmidler.",
     "Can understand hazard symbols and warnings on cleaning products.", CefrLevel.A2),
    (Sector.CLEANING, "Kan sige til lederen, at noget er gået i stykker eller mangler.",
     "Can tell the supervisor that something is broken or missing.", CefrLevel.A2),
    (Sector.CLEANING, "Kan forklare en ny kollega, hvordan et rum gøres rent.",
     "Can explain to a new colleague how a room is cleaned.", CefrLevel.B1),
    (Sector.KITCHEN, "Kan forstå korte mundtlige beskeder om, hvad der skal laves.",
     "Can understand short spoken instructions about what to prepare.", CefrLevel.A1),
    (Sector.KITCHEN, "Kan læse en enkel opskrift og følge den trin for trin.",
     "Can read a simple recipe and follow it step by step.", CefrLevel.A2),
    (Sector.KITCHEN, "Kan udfylde egenkontrollen med temperaturer og dato.",
     "Can fill in the food safety self-check with temperatures and dates.", CefrLevel.A2),
    (Sector.KITCHEN, "Kan sige til køkkenchefen, hvilke varer der er ved at slippe op.",
     "Can tell the head chef which supplies are running out.", CefrLevel.A2),
    (Sector.KITCHEN, "Kan svare en gæst på, hvilke allergener en ret indeholder.",
     "Can tell a guest which allergens a dish contains.", CefrLevel.B1),
    (Sector.CONSTRUCTION, "Kan forstå og reagere på korte advarsler på byggepladsen.",
     "Can understand and react to short warnings on the building site.", CefrLevel.A1),
    (Sector.CONSTRUCTION, "Kan bede om værktøj og materialer med de rigtige ord.",
     "Can ask for tools and materials using the right words.", CefrLevel.A2),
    (Sector.CONSTRUCTION, "Kan forstå en sikkerhedsinstruktion og stille spørgsmål til den.",
     "Can understand a safety briefing and ask questions about it.", CefrLevel.A2),
    (Sector.CONSTRUCTION, "Kan melde en fejl eller en farlig situation til formanden.",
     "Can report a fault or a dangerous situation to the foreman.", CefrLevel.B1),
    (Sector.CONSTRUCTION, "Kan fortælle, hvad der er lavet i dag, og hvad der mangler.",
     "Can say what was done today and what remains.", CefrLevel.B1),
    (Sector.WAREHOUSE, "Kan læse varenumre, lokationer og antal på en plukliste.",
     "Can read item numbers, locations and quantities on a pick list.", CefrLevel.A1),
    (Sector.WAREHOUSE, "Kan forstå beskeder fra holdlederen over radio eller telefon.",
     "Can understand messages from the team leader over radio or phone.", CefrLevel.A2),
    (Sector.WAREHOUSE, "Kan melde en skadet eller manglende vare.",
     "Can report a damaged or missing item.", CefrLevel.A2),
    (Sector.WAREHOUSE, "Kan forstå skilte og sikkerhedsregler på lageret.",
     "Can understand signs and safety rules in the warehouse.", CefrLevel.A2),
    (Sector.WAREHOUSE, "Kan give en kollega en kort overlevering ved vagtskifte.",
     "Can give a colleague a short handover at the change of shift.", CefrLevel.B1),
    (Sector.CARE, "Kan hilse på en borger og sige, hvad man skal hjælpe med.",
     "Can greet a resident and say what one is going to help with.", CefrLevel.A2),
    (Sector.CARE, "Kan forstå en kort mundtlig rapport ved vagtskifte.",
     "Can understand a short spoken report at the change of shift.", CefrLevel.A2),
    (Sector.CARE, "Kan skrive et kort og korrekt notat i journalen.",
     "Can write a short, correct note in the care record.", CefrLevel.B1),
    (Sector.CARE, "Kan ringe til en sygeplejerske og beskrive, hvad der er sket.",
     "Can phone a nurse and describe what has happened.", CefrLevel.B1),
    (Sector.CARE, "Kan tale med pårørende om borgerens dag i enkle vendinger.",
     "Can talk with relatives about the resident's day in simple terms.", CefrLevel.B1),
)  # fmt: skip

# Work situations each sector practises most often (codes of the reference catalogue);
# any other active situation in the catalogue comes up now and then.
SECTOR_SITUATIONS: dict[Sector, tuple[str, ...]] = {
    Sector.CLEANING: ("taking_instructions", "safety_briefing", "reporting_fault",
                      "reading_work_texts", "hygiene_rules"),
    Sector.KITCHEN: ("taking_instructions", "hygiene_rules", "reading_work_texts",
                     "customer_contact", "shift_handover"),
    Sector.CONSTRUCTION: ("safety_briefing", "taking_instructions", "reporting_fault",
                          "asking_for_help", "talking_with_colleagues"),
    Sector.WAREHOUSE: ("safety_briefing", "taking_instructions", "reading_work_texts",
                       "shift_handover", "reporting_fault"),
    Sector.CARE: ("shift_handover", "customer_contact", "writing_short_messages",
                  "phone_messages", "hygiene_rules"),
}  # fmt: skip

# Notes of attended sessions; {a} and {b} are Danish terms from the learner's list.
ATTENDED_NOTES: tuple[str, ...] = (
    "Gennemgik {a} og {b} på stedet. Gik godt.",
    "Øvede ordene {a} og {b} i rollespil med holdlederen.",
    "Udtalen af {a} skal øves mere. Forstår instruktionerne bedre end sidst.",
    "Kort besøg – travlt i afdelingen. Repeterede ord fra sidste gang.",
    "Læste sikkerhedsskiltene sammen. Forstod det meste uden hjælp.",
    "Sprogmakkeren var med. God snak om dagens opgaver.",
    "Lavede ordkort med {a} og {b}. Kursisten tog billeder med telefonen.",
    "Øvede at ringe og melde en fejl. Brugte selv ordet {a}.",
    "Gik runden med lederen og navngav redskaber. Sikker på {a}.",
    "Arbejdede med vagtplanen og klokkeslæt. Mangler stadig {b}.",
    "Talte om pausen og småsnak med kolleger. Kursisten var mere åben i dag.",
    "Gennemgik egen tjekliste. Ordene {a} og {b} sidder nu.",
)
REMOTE_NOTES: tuple[str, ...] = (
    "Videomøde: repeterede {a} og {b}.",
    "Telefonopkald: øvede at melde sig syg.",
    "Kort opkald om næste uges vagter og ordet {a}.",
)
ABSENT_NOTES: tuple[str, ...] = (
    "Kursisten var syg og havde givet besked om morgenen.",
    "Kursisten var ikke mødt. Lederen er orienteret.",
    "Kursisten var flyttet til en anden vagt i dag.",
)
CANCELLED_NOTES: tuple[str, ...] = (
    "Aflyst af virksomheden på grund af travlhed.",
    "Aflyst – vejlederen var syg.",
    "Aflyst på grund af personalemøde på arbejdspladsen.",
)
NEXT_STEPS: tuple[str, ...] = (
    "Bruge {a} i praksis til næste gang.",
    "Næste gang: {a}, {b} og en kort samtale med lederen.",
    "Lave ordkort til resten af listen.",
    "Tale med lederen om en sprogmakker.",
    "Repetere ugens ord og øve udtalen af {a}.",
    "Øve en telefonbesked til holdlederen.",
    "Læse sikkerhedsinstruktionen sammen.",
    "Skrive tre sætninger med {b}.",
)
PLANNED_NOTES: tuple[str, ...] = (
    "Planlagt: {a} og {b}.",
    "Planlagt: gennemgang af sikkerhedsregler.",
    "Planlagt: opfølgning med lederen.",
)

AGREEMENT_ACTIONS: tuple[tuple[str, str | None], ...] = (
    ("Sprogmentorforløb på ti timer for alle nye medarbejdere med dansk som andetsprog.",
     "To medarbejdere uddannes som sprogmakkere."),
    ("Ordlister og sikkerhedsskilte på dansk med billeder i alle afdelinger.", None),
    ("Fast ugentligt besøg af sprogmentor i de første tre måneder af en ansættelse.",
     "Lederne deltager i et kursus om klart sprog på arbejdspladsen."),
    ("Virksomhedsrettet danskundervisning for et hold på op til ti medarbejdere.", None),
)  # fmt: skip
