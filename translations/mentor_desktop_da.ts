<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da" sourcelanguage="en">
<context>
    <name>Cli</name>
    <message>
        <source>{target} is not a valid database address.</source>
        <translation>{target} er ikke en gyldig databaseadresse.</translation>
    </message>
    <message>
        <source>The database server for {target} cannot be reached.</source>
        <translation>Der er ikke forbindelse til databaseserveren for {target}.</translation>
    </message>
    <message>
        <source>The database file {target} cannot be opened.</source>
        <translation>Databasefilen {target} kan ikke åbnes.</translation>
    </message>
    <message>
        <source>The database {target} is read-only: the file or its folder cannot be written.</source>
        <translation>Databasen {target} er skrivebeskyttet: Der kan ikke skrives i filen eller dens mappe.</translation>
    </message>
    <message>
        <source>The database {target} is locked by another program; try again when it is done.</source>
        <translation>Databasen {target} er låst af et andet program; prøv igen, når det er færdigt.</translation>
    </message>
    <message>
        <source>The database {target} is damaged; restore it from a backup.</source>
        <translation>Databasen {target} er beskadiget; genskab den fra en sikkerhedskopi.</translation>
    </message>
    <message>
        <source>{target} is not a database file.</source>
        <translation>{target} er ikke en databasefil.</translation>
    </message>
    <message>
        <source>The database {target} was made by a newer version of Mentor Desktop; install that version to open it.</source>
        <translation>Databasen {target} er lavet af en nyere version af Mentor Desktop; installér den version for at åbne den.</translation>
    </message>
    <message>
        <source>The database {target} holds another program&apos;s tables; choose another database.</source>
        <translation>Databasen {target} indeholder et andet programs tabeller; vælg en anden database.</translation>
    </message>
    <message>
        <source>Upgrading the database {target} failed; it has been left as it was.</source>
        <translation>Opgraderingen af databasen {target} mislykkedes; den er efterladt, som den var.</translation>
    </message>
    <message>
        <source>There is not enough free disk space to write {target}; nothing was written.</source>
        <translation>Der er ikke nok ledig diskplads til at skrive {target}; intet er skrevet.</translation>
    </message>
    <message>
        <source>The backup {target} could not be written; nothing was written.</source>
        <translation>Sikkerhedskopien {target} kunne ikke skrives; intet er skrevet.</translation>
    </message>
    <message>
        <source>Backing up {target} needs the PostgreSQL tool pg_dump, which is not installed.</source>
        <translation>Sikkerhedskopiering af {target} kræver PostgreSQL-værktøjet pg_dump, som ikke er installeret.</translation>
    </message>
    <message>
        <source>{target} is a kind of database Mentor Desktop does not work with.</source>
        <translation>{target} er en type database, som Mentor Desktop ikke kan arbejde med.</translation>
    </message>
    <message>
        <source>The database {target} cannot be used.</source>
        <translation>Databasen {target} kan ikke bruges.</translation>
    </message>
    <message>
        <source>Created the database {target} (schema version {revision}).</source>
        <translation>Databasen {target} er oprettet (skemaversion {revision}).</translation>
    </message>
    <message>
        <source>Upgraded the database {target} from schema version {old} to {revision}; the previous version is saved as {backup}.</source>
        <translation>Databasen {target} er opgraderet fra skemaversion {old} til {revision}; den tidligere version er gemt som {backup}.</translation>
    </message>
    <message>
        <source>Upgraded the database {target} from schema version {old} to {revision}; no backup was made before the upgrade.</source>
        <translation>Databasen {target} er opgraderet fra skemaversion {old} til {revision}; der blev ikke taget en sikkerhedskopi før opgraderingen.</translation>
    </message>
    <message>
        <source>The database {target} is up to date (schema version {revision}).</source>
        <translation>Databasen {target} er opdateret (skemaversion {revision}).</translation>
    </message>
    <message>
        <source>The database {target} is not empty; a demo centre goes only into an empty database.</source>
        <translation>Databasen {target} er ikke tom; et demosprogcenter kan kun lægges i en tom database.</translation>
    </message>
    <message>
        <source>Filled {target} with a demo centre: {employers} employers, {learners} learners, {sessions} sessions.</source>
        <translation>{target} er fyldt med et demosprogcenter: {employers} virksomheder, {learners} kursister, {sessions} besøg.</translation>
    </message>
    <message>
        <source>Database: {target}</source>
        <translation>Database: {target}</translation>
    </message>
    <message>
        <source>Integrity: damaged ({problem})</source>
        <translation>Integritet: beskadiget ({problem})</translation>
    </message>
    <message>
        <source>Integrity: ok</source>
        <translation>Integritet: i orden</translation>
    </message>
    <message>
        <source>References: rows point to missing records in {tables}</source>
        <translation>Referencer: rækker peger på manglende poster i {tables}</translation>
    </message>
    <message>
        <source>References: ok</source>
        <translation>Referencer: i orden</translation>
    </message>
    <message>
        <source>Connection: ok</source>
        <translation>Forbindelse: i orden</translation>
    </message>
    <message>
        <source>Schema version: none (empty database)</source>
        <translation>Skemaversion: ingen (tom database)</translation>
    </message>
    <message>
        <source>Schema version: {revision} (current)</source>
        <translation>Skemaversion: {revision} (nyeste)</translation>
    </message>
    <message>
        <source>Schema version: {revision} (this program uses {head})</source>
        <translation>Skemaversion: {revision} (dette program bruger {head})</translation>
    </message>
    <message>
        <source>Schema: differs from the program&apos;s ({first})</source>
        <translation>Skema: afviger fra programmets ({first})</translation>
    </message>
    <message>
        <source>Schema: matches the program</source>
        <translation>Skema: svarer til programmets</translation>
    </message>
    <message>
        <source>The schema of the database {target} differs from the program&apos;s.</source>
        <translation>Skemaet i databasen {target} afviger fra programmets.</translation>
    </message>
    <message>
        <source>The database {target} is not at this program&apos;s schema version; run &apos;mentor-cli init&apos; to create or upgrade it.</source>
        <translation>Databasen {target} har ikke dette programs skemaversion; kør &apos;mentor-cli init&apos; for at oprette eller opgradere den.</translation>
    </message>
    <message>
        <source>Backed up {target} to {file} ({size} kB, schema version {revision}).</source>
        <translation>Sikkerhedskopi af {target} skrevet til {file} ({size} kB, skemaversion {revision}).</translation>
    </message>
    <message>
        <source>Mentor Desktop without a window: create, fill, check and back up a database.</source>
        <translation>Mentor Desktop uden vindue: opret, fyld, kontrollér og sikkerhedskopiér en database.</translation>
    </message>
    <message>
        <source>a SQLite file or a postgresql:// address (default: {env}, else the file in the data folder)</source>
        <translation>en SQLite-fil eller en postgresql://-adresse (standard: {env}, ellers filen i datamappen)</translation>
    </message>
    <message>
        <source>folder for the database, backups and logs (default: {env}, else the profile)</source>
        <translation>mappe til databasen, sikkerhedskopier og logfiler (standard: {env}, ellers profilen)</translation>
    </message>
    <message>
        <source>language of the messages</source>
        <translation>meddelelsernes sprog</translation>
    </message>
    <message>
        <source>create the database or upgrade it</source>
        <translation>opret databasen eller opgradér den</translation>
    </message>
    <message>
        <source>fill an empty database with a demo centre</source>
        <translation>fyld en tom database med et demosprogcenter</translation>
    </message>
    <message>
        <source>small: 40 learners; large: a ten-year centre for the benchmark</source>
        <translation>small: 40 kursister; large: et sprogcenter med ti års data til ydelsesmålingen</translation>
    </message>
    <message>
        <source>the same seed gives the same centre</source>
        <translation>samme startværdi giver samme sprogcenter</translation>
    </message>
    <message>
        <source>check the database&apos;s integrity and schema version</source>
        <translation>kontrollér databasens integritet og skemaversion</translation>
    </message>
    <message>
        <source>write a checked copy of the database</source>
        <translation>skriv en kontrolleret kopi af databasen</translation>
    </message>
    <message>
        <source>The command failed: {error}</source>
        <translation>Kommandoen mislykkedes: {error}</translation>
    </message>
    <message>
        <source>The command failed unexpectedly ({error}); see the log in {folder}.</source>
        <translation>Kommandoen mislykkedes uventet ({error}); se loggen i {folder}.</translation>
    </message>
    <message>
        <source>Details: {detail}</source>
        <translation>Detaljer: {detail}</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Someone else changed this record</source>
        <translation>En anden har ændret oplysningerne</translation>
    </message>
    <message>
        <source>While you were editing, someone else saved changes to this record. The fields in bold differ: choose for each whether to keep your value or the saved one, then save.</source>
        <translation>Mens du redigerede, har en anden gemt ændringer. Felterne med fed skrift er forskellige: Vælg for hvert felt, om du vil beholde din værdi eller den gemte, og gem så.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Felt</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>Din udgave</translation>
    </message>
    <message>
        <source>Saved meanwhile</source>
        <translation>Gemt imens</translation>
    </message>
    <message>
        <source>All &amp;mine</source>
        <translation>Alle &amp;mine</translation>
    </message>
    <message>
        <source>All &amp;theirs</source>
        <translation>Alle de &amp;gemte</translation>
    </message>
    <message>
        <source>&amp;Save chosen values</source>
        <translation>&amp;Gem de valgte værdier</translation>
    </message>
    <message>
        <source>{field}: your version</source>
        <translation>{field}: din udgave</translation>
    </message>
    <message>
        <source>{field}: saved meanwhile</source>
        <translation>{field}: gemt imens</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(tom)</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Known</source>
        <translation>Kendt</translation>
    </message>
    <message>
        <source>Tick to enter a date</source>
        <translation>Sæt kryds for at skrive en dato</translation>
    </message>
    <message>
        <source>{field} known</source>
        <translation>{field} kendt</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>ikke registreret</translation>
    </message>
</context>
<context>
    <name>EmployerDetailPane</name>
    <message>
        <source>Employer details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an employer in the list to see the details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CVR:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sector:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation type="unfinished">Telefon:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation type="unfinished">E-mail:</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sites yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add site…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit site…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contact persons yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnership agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No partnership agreements yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add agreement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit agreement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open placements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Enter to open the placement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open placements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished">ikke registreret</translation>
    </message>
    <message>
        <source>Archived on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n open placement(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{name} — {address}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}, {role}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. {action}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. {action}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs {start} to {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs from {start}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by the steering group on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet approved by the steering group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no tutor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{learner} — {site} · {tutor} · {status}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmployerTableModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished">Navn</translation>
    </message>
    <message>
        <source>CVR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open placements</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmployersScreen</name>
    <message>
        <source>Employers</source>
        <translation type="unfinished">Virksomheder</translation>
    </message>
    <message>
        <source>Search by name or CVR number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search employers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name or CVR number (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation type="unfinished">Vis arkiverede</translation>
    </message>
    <message>
        <source>Press Enter to edit the chosen employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New employer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an employer (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n employer(s) found</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n employer(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No employer matches “{query}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no employers yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive {name}? The employer leaves the lists but keeps its placements and history, and can be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore {name} to the lists?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive this site? Placements at it keep their history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive this contact person?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive this partnership agreement?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Form</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field}: {problem}</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Save your changes before closing?</source>
        <translation>Vil du gemme dine ændringer, før du lukker?</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>På pause</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Afsluttet</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>Henvist</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>I gang</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Sat i bero</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Gennemført</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Afbrudt</translation>
    </message>
    <message>
        <source>Public task (GDPR art. 6(1)(e))</source>
        <translation>Myndighedsopgave (GDPR art. 6, stk. 1, litra e)</translation>
    </message>
    <message>
        <source>Contract (GDPR art. 6(1)(b))</source>
        <translation>Aftale (GDPR art. 6, stk. 1, litra b)</translation>
    </message>
    <message>
        <source>Consent (GDPR art. 6(1)(a))</source>
        <translation>Samtykke (GDPR art. 6, stk. 1, litra a)</translation>
    </message>
    <message>
        <source>Listening</source>
        <translation>Lytte</translation>
    </message>
    <message>
        <source>Speaking</source>
        <translation>Tale</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Læse</translation>
    </message>
    <message>
        <source>Writing</source>
        <translation>Skrive</translation>
    </message>
    <message>
        <source>Cleaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kitchen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Construction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-A1</source>
        <translation>Før A1</translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <source>Danish</source>
        <translation>dansk</translation>
    </message>
    <message>
        <source>English</source>
        <translation>engelsk</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>arabisk</translation>
    </message>
    <message>
        <source>Persian (Farsi)</source>
        <translation>persisk (farsi)</translation>
    </message>
    <message>
        <source>Dari</source>
        <translation>dari</translation>
    </message>
    <message>
        <source>Pashto</source>
        <translation>pashto</translation>
    </message>
    <message>
        <source>Urdu</source>
        <translation>urdu</translation>
    </message>
    <message>
        <source>Kurdish (Kurmanji)</source>
        <translation>kurdisk (kurmanji)</translation>
    </message>
    <message>
        <source>Kurdish (Sorani)</source>
        <translation>kurdisk (sorani)</translation>
    </message>
    <message>
        <source>Tigrinya</source>
        <translation>tigrinya</translation>
    </message>
    <message>
        <source>Amharic</source>
        <translation>amharisk</translation>
    </message>
    <message>
        <source>Somali</source>
        <translation>somali</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>ukrainsk</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>russisk</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>polsk</translation>
    </message>
    <message>
        <source>Romanian</source>
        <translation>rumænsk</translation>
    </message>
    <message>
        <source>Lithuanian</source>
        <translation>litauisk</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>tyrkisk</translation>
    </message>
    <message>
        <source>German</source>
        <translation>tysk</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>spansk</translation>
    </message>
    <message>
        <source>French</source>
        <translation>fransk</translation>
    </message>
    <message>
        <source>Thai</source>
        <translation>thai</translation>
    </message>
    <message>
        <source>Tagalog</source>
        <translation>tagalog</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation>vietnamesisk</translation>
    </message>
    <message>
        <source>{name} ({endonym})</source>
        <translation>{name} ({endonym})</translation>
    </message>
</context>
<context>
    <name>LearnerDetailPane</name>
    <message>
        <source>Learner details</source>
        <translation>Oplysninger om kursisten</translation>
    </message>
    <message>
        <source>Choose a learner in the list to see the details.</source>
        <translation>Vælg en kursist på listen for at se oplysningerne.</translation>
    </message>
    <message>
        <source>Personal details</source>
        <translation>Personlige oplysninger</translation>
    </message>
    <message>
        <source>Date of birth:</source>
        <translation>Fødselsdato:</translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation>Sprog:</translation>
    </message>
    <message>
        <source>Case reference:</source>
        <translation>Sagsnummer:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefon:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>Danish at start (indicative)</source>
        <translation>Dansk ved start (vejledende)</translation>
    </message>
    <message>
        <source>An indicative assessment of Danish for communication at work, not the result of a test.</source>
        <translation>En vejledende vurdering af dansk til kommunikation på arbejdspladsen, ikke resultatet af en prøve.</translation>
    </message>
    <message>
        <source>{skill}:</source>
        <translation>{skill}:</translation>
    </message>
    <message>
        <source>Assessed on:</source>
        <translation>Vurderet den:</translation>
    </message>
    <message>
        <source>Teaching</source>
        <translation>Undervisning</translation>
    </message>
    <message>
        <source>Sessions held:</source>
        <translation>Gennemførte besøg:</translation>
    </message>
    <message>
        <source>Hours:</source>
        <translation>Timer:</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>Forløb</translation>
    </message>
    <message>
        <source>No placements yet.</source>
        <translation>Ingen forløb endnu.</translation>
    </message>
    <message>
        <source>Data protection</source>
        <translation>Databeskyttelse</translation>
    </message>
    <message>
        <source>Legal basis:</source>
        <translation>Behandlingsgrundlag:</translation>
    </message>
    <message>
        <source>Consent given:</source>
        <translation>Samtykke givet:</translation>
    </message>
    <message>
        <source>Consent withdrawn:</source>
        <translation>Samtykke tilbagekaldt:</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>ikke registreret</translation>
    </message>
    <message>
        <source>{status} · archived</source>
        <translation>{status} · arkiveret</translation>
    </message>
    <message>
        <source>{hours} ({lessons} lessons of 45 min)</source>
        <translation>{hours} ({lessons} lektioner à 45 min.)</translation>
    </message>
    <message>
        <source>Placement at {employer}</source>
        <translation>Forløb hos {employer}</translation>
    </message>
    <message>
        <source>Job: {title}</source>
        <translation>Job: {title}</translation>
    </message>
    <message>
        <source>Tutor: {tutor}</source>
        <translation>Sprogmentor: {tutor}</translation>
    </message>
    <message>
        <source>not assigned</source>
        <translation>ikke tildelt</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} til {end}</translation>
    </message>
    <message>
        <source>from {start}</source>
        <translation>fra {start}</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>ikke startet</translation>
    </message>
    <message>
        <source>{period} · {status}</source>
        <translation>{period} · {status}</translation>
    </message>
</context>
<context>
    <name>LearnerTableModel</name>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Case reference</source>
        <translation>Sagsnummer</translation>
    </message>
    <message>
        <source>First language</source>
        <translation>Førstesprog</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Virksomhed</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>{text} (archived)</source>
        <translation>{text} (arkiveret)</translation>
    </message>
    <message>
        <source>{last_name}, {first_name}</source>
        <translation>{last_name}, {first_name}</translation>
    </message>
</context>
<context>
    <name>LearnersScreen</name>
    <message>
        <source>Learners</source>
        <translation>Kursister</translation>
    </message>
    <message>
        <source>Search by name or case reference</source>
        <translation>Søg på navn eller sagsnummer</translation>
    </message>
    <message>
        <source>Search learners</source>
        <translation>Søg efter kursister</translation>
    </message>
    <message>
        <source>Search by name or case reference (Ctrl+F)</source>
        <translation>Søg på navn eller sagsnummer (Ctrl+F)</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>Vis arkiverede</translation>
    </message>
    <message numerus="yes">
        <source>%n learner(s) found</source>
        <translation>
            <numerusform>%n kursist fundet</numerusform>
            <numerusform>%n kursister fundet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n learner(s)</source>
        <translation>
            <numerusform>%n kursist</numerusform>
            <numerusform>%n kursister</numerusform>
        </translation>
    </message>
    <message>
        <source>No learner matches “{query}”.</source>
        <translation>Ingen kursister passer på “{query}”.</translation>
    </message>
    <message>
        <source>There are no learners yet.</source>
        <translation>Der er ingen kursister endnu.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Kursister</translation>
    </message>
    <message>
        <source>Employers</source>
        <translation>Virksomheder</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>Forløb</translation>
    </message>
    <message>
        <source>Vocabulary</source>
        <translation>Ordforråd</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Kursusbeviser</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapporter</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Indstillinger</translation>
    </message>
    <message>
        <source>Mentor Desktop</source>
        <translation>Mentor Desktop</translation>
    </message>
    <message>
        <source>{section} is not available yet</source>
        <translation>{section} findes ikke endnu</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Go to a part of the program (Ctrl+1)</source>
        <translation>Gå til en del af programmet (Ctrl+1)</translation>
    </message>
    <message>
        <source>Database: {database}</source>
        <translation>Database: {database}</translation>
    </message>
    <message>
        <source>Database in use</source>
        <translation>Database i brug</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Filer</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>R&amp;ediger</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Søg…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjælp</translation>
    </message>
    <message>
        <source>&amp;About Mentor Desktop</source>
        <translation>&amp;Om Mentor Desktop</translation>
    </message>
    <message>
        <source>About Mentor Desktop</source>
        <translation>Om Mentor Desktop</translation>
    </message>
    <message>
        <source>Mentor Desktop {version}

For the tutors of a language centre who teach Danish at the workplace.</source>
        <translation>Mentor Desktop {version}

Til sprogcentrets sprogmentorer, der underviser i dansk på arbejdspladsen.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>The database address is not valid. Check the --database option or the MENTOR_DATABASE_URL environment variable.</source>
        <translation>Databasens adresse er ikke gyldig. Kontrollér tilvalget --database eller miljøvariablen MENTOR_DATABASE_URL.</translation>
    </message>
    <message>
        <source>The database cannot be reached. Check the network connection, the server&apos;s address and that the server is running, or that the database file and its folder exist.</source>
        <translation>Der er ikke forbindelse til databasen. Kontrollér netværksforbindelsen, serverens adresse og at serveren kører – eller at databasefilen og dens mappe findes.</translation>
    </message>
    <message>
        <source>The database can be read but not written. Check that you may write to the database file and to the folder it is in.</source>
        <translation>Databasen kan læses, men der kan ikke skrives i den. Kontrollér, at du har skriveadgang til databasefilen og til mappen, den ligger i.</translation>
    </message>
    <message>
        <source>The database is locked by another program. Close other copies of Mentor Desktop that use it and try again.</source>
        <translation>Databasen er låst af et andet program. Luk andre kopier af Mentor Desktop, der bruger den, og prøv igen.</translation>
    </message>
    <message>
        <source>The database file is damaged. Restore it from a backup.</source>
        <translation>Databasefilen er beskadiget. Genskab den fra en sikkerhedskopi.</translation>
    </message>
    <message>
        <source>The file is not a database, or it is encrypted. Check that you chose the right file.</source>
        <translation>Filen er ikke en database, eller den er krypteret. Kontrollér, at du har valgt den rigtige fil.</translation>
    </message>
    <message>
        <source>The database was created by a newer version of Mentor Desktop. Install that version to open it.</source>
        <translation>Databasen er lavet af en nyere version af Mentor Desktop. Installér den version for at åbne den.</translation>
    </message>
    <message>
        <source>The database holds tables that Mentor Desktop does not know. It may belong to another program.</source>
        <translation>Databasen indeholder tabeller, som Mentor Desktop ikke kender. Den tilhører måske et andet program.</translation>
    </message>
    <message>
        <source>The database could not be upgraded to this version of Mentor Desktop.</source>
        <translation>Databasen kunne ikke opgraderes til denne version af Mentor Desktop.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space and try again.</source>
        <translation>Disken er fuld. Frigør noget plads, og prøv igen.</translation>
    </message>
    <message>
        <source>The database could not be backed up before the upgrade, so it was not upgraded.</source>
        <translation>Der kunne ikke tages en sikkerhedskopi af databasen før opgraderingen, så den er ikke blevet opgraderet.</translation>
    </message>
    <message>
        <source>This kind of database is not supported. Use a SQLite file or a PostgreSQL server.</source>
        <translation>Denne type database understøttes ikke. Brug en SQLite-fil eller en PostgreSQL-server.</translation>
    </message>
    <message>
        <source>The database could not be used.</source>
        <translation>Databasen kunne ikke bruges.</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Fornavn</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Efternavn</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fødselsdato</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Case reference</source>
        <translation>Sagsnummer</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Sprog</translation>
    </message>
    <message>
        <source>Gloss language</source>
        <translation>Oversættelsessprog</translation>
    </message>
    <message>
        <source>Listening level</source>
        <translation>Niveau i lytning</translation>
    </message>
    <message>
        <source>Speaking level</source>
        <translation>Niveau i tale</translation>
    </message>
    <message>
        <source>Reading level</source>
        <translation>Niveau i læsning</translation>
    </message>
    <message>
        <source>Writing level</source>
        <translation>Niveau i skrivning</translation>
    </message>
    <message>
        <source>Level assessed on</source>
        <translation>Niveau vurderet den</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Behandlingsgrundlag</translation>
    </message>
    <message>
        <source>Consent given on</source>
        <translation>Samtykke givet den</translation>
    </message>
    <message>
        <source>Consent withdrawn on</source>
        <translation>Samtykke tilbagekaldt den</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Database: {database}</source>
        <translation>Database: {database}</translation>
    </message>
    <message>
        <source>Nothing has been changed.</source>
        <translation>Intet er blevet ændret.</translation>
    </message>
    <message>
        <source>This field must be filled in.</source>
        <translation>Feltet skal udfyldes.</translation>
    </message>
    <message>
        <source>At most {max} characters (now {length}).</source>
        <translation>Højst {max} tegn (nu {length}).</translation>
    </message>
    <message>
        <source>Use the digits 0–9 only.</source>
        <translation>Brug kun cifrene 0–9.</translation>
    </message>
    <message>
        <source>{value} is not a valid CVR number.</source>
        <translation>{value} er ikke et gyldigt CVR-nummer.</translation>
    </message>
    <message>
        <source>{value} is not a valid email address.</source>
        <translation>{value} er ikke en gyldig e-mailadresse.</translation>
    </message>
    <message>
        <source>{value} is not a valid phone number.</source>
        <translation>{value} er ikke et gyldigt telefonnummer.</translation>
    </message>
    <message>
        <source>{value} is not a Danish postcode.</source>
        <translation>{value} er ikke et dansk postnummer.</translation>
    </message>
    <message>
        <source>{value} is not one of the choices.</source>
        <translation>{value} er ikke blandt valgmulighederne.</translation>
    </message>
    <message>
        <source>Must be more than 0.</source>
        <translation>Skal være større end 0.</translation>
    </message>
    <message>
        <source>Must be at most {max}.</source>
        <translation>Må højst være {max}.</translation>
    </message>
    <message>
        <source>The date lies in the future.</source>
        <translation>Datoen ligger i fremtiden.</translation>
    </message>
    <message>
        <source>A session in the future cannot have been attended.</source>
        <translation>Et besøg i fremtiden kan ikke være gennemført.</translation>
    </message>
    <message>
        <source>Must not be earlier than {other}.</source>
        <translation>Må ikke ligge før {other}.</translation>
    </message>
    <message>
        <source>The chosen record no longer exists.</source>
        <translation>Det valgte findes ikke længere.</translation>
    </message>
    <message>
        <source>{value} is already in use.</source>
        <translation>{value} er allerede i brug.</translation>
    </message>
    <message>
        <source>The chosen record is archived.</source>
        <translation>Det valgte er arkiveret.</translation>
    </message>
    <message>
        <source>The chosen person is no longer active.</source>
        <translation>Den valgte person er ikke længere aktiv.</translation>
    </message>
    <message>
        <source>The status cannot change this way.</source>
        <translation>Status kan ikke ændres på den måde.</translation>
    </message>
    <message>
        <source>Can only be filled in once the placement has ended.</source>
        <translation>Kan først udfyldes, når forløbet er afsluttet.</translation>
    </message>
    <message>
        <source>{value} is not in the expected format.</source>
        <translation>{value} har ikke det forventede format.</translation>
    </message>
    <message>
        <source>The file is not a usable PNG image.</source>
        <translation>Filen er ikke et brugbart PNG-billede.</translation>
    </message>
    <message>
        <source>At least one active administrator must remain.</source>
        <translation>Der skal være mindst én aktiv administrator tilbage.</translation>
    </message>
    <message>
        <source>The value is not valid.</source>
        <translation>Værdien er ikke gyldig.</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field}: {problem}</translation>
    </message>
    <message>
        <source>The database is not empty; a demo centre can only go into an empty database.</source>
        <translation>Databasen er ikke tom; et demosprogcenter kan kun lægges i en tom database.</translation>
    </message>
    <message>
        <source>The demo centre was cancelled; nothing was saved.</source>
        <translation>Demosprogcentret blev annulleret; intet er gemt.</translation>
    </message>
    <message>
        <source>Someone else changed this record after you opened it. Open it again to see their changes.</source>
        <translation>En anden har ændret oplysningerne, efter du åbnede dem. Åbn dem igen for at se ændringerne.</translation>
    </message>
    <message>
        <source>The record no longer exists. Someone may have deleted it.</source>
        <translation>Oplysningerne findes ikke længere. En anden har måske slettet dem.</translation>
    </message>
    <message>
        <source>The action could not be completed.</source>
        <translation>Handlingen kunne ikke gennemføres.</translation>
    </message>
</context>
<context>
    <name>PagedTableModel</name>
    <message>
        <source>{text} (archived)</source>
        <extracomment>The context in which the header names are translated.</extracomment>
        <translation type="unfinished">{text} (arkiveret)</translation>
    </message>
</context>
<context>
    <name>PlacementDetailPane</name>
    <message>
        <source>planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>learner absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placement details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a placement in the list to see the details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tutor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language buddy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First session:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the end:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At follow-up:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of sessions and status changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished">ikke registreret</translation>
    </message>
    <message>
        <source>{status} · archived</source>
        <translation type="unfinished">{status} · arkiveret</translation>
    </message>
    <message>
        <source>{employer} — {site}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not assigned</source>
        <translation type="unfinished">ikke tildelt</translation>
    </message>
    <message>
        <source>{name}, {phone}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{hours} hours ({lessons} lessons of 45 min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{hours} hours ({lessons} lessons of 45 min) in %n session(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>none held yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{date} (%n day(s) after the referral)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{outcome} (recorded {date})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has happened yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{date} · session, %n min, {attendance}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{date} · created as {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date} · status {old} → {new}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlacementTableModel</name>
    <message>
        <source>Learner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employer and site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tutor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{employer} — {site}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{held} of {planned}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Program</name>
    <message>
        <source>Cannot open the database</source>
        <translation>Databasen kan ikke åbnes</translation>
    </message>
    <message>
        <source>Mentor Desktop will now close.</source>
        <translation>Mentor Desktop lukker nu.</translation>
    </message>
    <message>
        <source>Demo centre</source>
        <translation>Demosprogcenter</translation>
    </message>
    <message>
        <source>The database is empty. Fill in a demo centre with made-up tutors, employers, learners and sessions, to try the program out?</source>
        <translation>Databasen er tom. Vil du lægge et demosprogcenter ind med opdigtede sprogmentorer, virksomheder, kursister og besøg, så du kan prøve programmet?</translation>
    </message>
    <message>
        <source>Filling in the demo centre…</source>
        <translation>Lægger demosprogcentret ind…</translation>
    </message>
</context>
<context>
    <name>Prompter</name>
    <message>
        <source>Unexpected error</source>
        <translation>Uventet fejl</translation>
    </message>
    <message>
        <source>Something went wrong that the program did not expect. Your saved data is safe. The details below are also written to the log file; please pass them on to whoever supports the program.</source>
        <translation>Der skete en fejl, som programmet ikke havde forventet. Dine gemte data er i behold. Detaljerne nedenfor er også skrevet i logfilen; giv dem gerne videre til den, der yder support på programmet.</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <source>Cancelling…</source>
        <translation>Annullerer…</translation>
    </message>
</context>
</TS>
