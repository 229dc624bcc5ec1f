<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da" sourcelanguage="en">
<context>
    <name>AgreementDialog</name>
    <message>
        <source>New partnership agreement</source>
        <translation>Ny partnerskabsaftale</translation>
    </message>
    <message>
        <source>Edit partnership agreement</source>
        <translation>Redigér partnerskabsaftale</translation>
    </message>
    <message>
        <source>&amp;First agreed action:</source>
        <translation>&amp;Første aftalte indsats:</translation>
    </message>
    <message>
        <source>&amp;Second agreed action:</source>
        <translation>&amp;Anden aftalte indsats:</translation>
    </message>
    <message>
        <source>&amp;Approved by the steering group:</source>
        <translation>&amp;Godkendt af styregruppen:</translation>
    </message>
    <message>
        <source>S&amp;tarts:</source>
        <translation>&amp;Starter:</translation>
    </message>
    <message>
        <source>E&amp;nds:</source>
        <translation>S&amp;lutter:</translation>
    </message>
</context>
<context>
    <name>AttentionTableModel</name>
    <message>
        <source>No first visit yet</source>
        <translation>Intet første besøg endnu</translation>
    </message>
    <message numerus="yes">
        <source>No first visit yet, referred %n day(s) ago</source>
        <translation>
            <numerusform>Intet første besøg endnu, henvist for %n dag siden</numerusform>
            <numerusform>Intet første besøg endnu, henvist for %n dage siden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No session for %n day(s)</source>
        <translation>
            <numerusform>Intet besøg i %n dag</numerusform>
            <numerusform>Intet besøg i %n dage</numerusform>
        </translation>
    </message>
    <message>
        <source>Ends today</source>
        <translation>Slutter i dag</translation>
    </message>
    <message numerus="yes">
        <source>Ends in %n day(s)</source>
        <translation>
            <numerusform>Slutter om %n dag</numerusform>
            <numerusform>Slutter om %n dage</numerusform>
        </translation>
    </message>
</context>
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
    <name>ContactDialog</name>
    <message>
        <source>New contact person</source>
        <translation>Ny kontaktperson</translation>
    </message>
    <message>
        <source>Edit contact person</source>
        <translation>Redigér kontaktperson</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>e.g. shift leader</source>
        <translation>fx skifteleder</translation>
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
        <translation>Oplysninger om virksomheden</translation>
    </message>
    <message>
        <source>Choose an employer in the list to see the details.</source>
        <translation>Vælg en virksomhed i listen for at se oplysningerne.</translation>
    </message>
    <message>
        <source>CVR:</source>
        <translation>CVR:</translation>
    </message>
    <message>
        <source>Sector:</source>
        <translation>Branche:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse:</translation>
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
        <source>Sites</source>
        <translation>Arbejdssteder</translation>
    </message>
    <message>
        <source>No sites yet.</source>
        <translation>Ingen arbejdssteder endnu.</translation>
    </message>
    <message>
        <source>Contact persons</source>
        <translation>Kontaktpersoner</translation>
    </message>
    <message>
        <source>No contact persons yet.</source>
        <translation>Ingen kontaktpersoner endnu.</translation>
    </message>
    <message>
        <source>Partnership agreements</source>
        <translation>Partnerskabsaftaler</translation>
    </message>
    <message>
        <source>No partnership agreements yet.</source>
        <translation>Ingen partnerskabsaftaler endnu.</translation>
    </message>
    <message>
        <source>Add site</source>
        <translation>Tilføj arbejdssted</translation>
    </message>
    <message>
        <source>Show archived sites, contact persons and agreements</source>
        <translation>Vis arkiverede arbejdssteder, kontaktpersoner og aftaler</translation>
    </message>
    <message>
        <source>Edit the chosen site</source>
        <translation>Redigér det valgte arbejdssted</translation>
    </message>
    <message>
        <source>Archive the chosen site</source>
        <translation>Arkivér det valgte arbejdssted</translation>
    </message>
    <message>
        <source>Restore the chosen site</source>
        <translation>Gendan det valgte arbejdssted</translation>
    </message>
    <message>
        <source>Add contact person</source>
        <translation>Tilføj kontaktperson</translation>
    </message>
    <message>
        <source>Edit the chosen contact person</source>
        <translation>Redigér den valgte kontaktperson</translation>
    </message>
    <message>
        <source>Archive the chosen contact person</source>
        <translation>Arkivér den valgte kontaktperson</translation>
    </message>
    <message>
        <source>Restore the chosen contact person</source>
        <translation>Gendan den valgte kontaktperson</translation>
    </message>
    <message>
        <source>Add partnership agreement</source>
        <translation>Tilføj partnerskabsaftale</translation>
    </message>
    <message>
        <source>Edit the chosen partnership agreement</source>
        <translation>Redigér den valgte partnerskabsaftale</translation>
    </message>
    <message>
        <source>Archive the chosen partnership agreement</source>
        <translation>Arkivér den valgte partnerskabsaftale</translation>
    </message>
    <message>
        <source>Restore the chosen partnership agreement</source>
        <translation>Gendan den valgte partnerskabsaftale</translation>
    </message>
    <message>
        <source>Open placements</source>
        <translation>Åbne forløb</translation>
    </message>
    <message>
        <source>Press Enter to open the placement</source>
        <translation>Tryk Enter for at åbne forløbet</translation>
    </message>
    <message>
        <source>No open placements.</source>
        <translation>Ingen åbne forløb.</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Tilføj …</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Redigér …</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Arkivér</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Gendan</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>ikke registreret</translation>
    </message>
    <message>
        <source>Archived on {date}</source>
        <translation>Arkiveret den {date}</translation>
    </message>
    <message numerus="yes">
        <source>%n open placement(s)</source>
        <translation>
            <numerusform>%n åbent forløb</numerusform>
            <numerusform>%n åbne forløb</numerusform>
        </translation>
    </message>
    <message>
        <source>{text} (archived)</source>
        <translation>{text} (arkiveret)</translation>
    </message>
    <message>
        <source>{name} — {address}</source>
        <translation>{name} — {address}</translation>
    </message>
    <message>
        <source>{name}, {role}</source>
        <translation>{name}, {role}</translation>
    </message>
    <message>
        <source>1. {action}</source>
        <translation>1. {action}</translation>
    </message>
    <message>
        <source>2. {action}</source>
        <translation>2. {action}</translation>
    </message>
    <message>
        <source>Runs {start} to {end}</source>
        <translation>Løber fra {start} til {end}</translation>
    </message>
    <message>
        <source>Runs from {start}</source>
        <translation>Løber fra {start}</translation>
    </message>
    <message>
        <source>Approved by the steering group on {date}</source>
        <translation>Godkendt af styregruppen den {date}</translation>
    </message>
    <message>
        <source>Not yet approved by the steering group</source>
        <translation>Endnu ikke godkendt af styregruppen</translation>
    </message>
    <message>
        <source>no tutor</source>
        <translation>ingen sprogmentor</translation>
    </message>
    <message>
        <source>{learner} — {site} · {tutor} · {status}</source>
        <translation>{learner} — {site} · {tutor} · {status}</translation>
    </message>
</context>
<context>
    <name>EmployerDialog</name>
    <message>
        <source>New employer</source>
        <translation>Ny virksomhed</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>Redigér {name}</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <source>&amp;CVR number:</source>
        <translation>&amp;CVR-nummer:</translation>
    </message>
    <message>
        <source>&amp;Sector:</source>
        <translation>&amp;Branche:</translation>
    </message>
    <message>
        <source>S&amp;treet:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>&amp;Postcode:</source>
        <translation>&amp;Postnummer:</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>B&amp;y:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>8 digits</source>
        <translation>8 cifre</translation>
    </message>
    <message>
        <source>The CVR number has 8 digits; spaces are allowed.</source>
        <translation>CVR-nummeret har 8 cifre; mellemrum er tilladt.</translation>
    </message>
</context>
<context>
    <name>EmployerTableModel</name>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>CVR</source>
        <translation>CVR</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>City</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Open placements</source>
        <translation>Åbne forløb</translation>
    </message>
</context>
<context>
    <name>EmployersScreen</name>
    <message>
        <source>Employers</source>
        <translation>Virksomheder</translation>
    </message>
    <message>
        <source>Search by name or CVR number</source>
        <translation>Søg på navn eller CVR-nummer</translation>
    </message>
    <message>
        <source>Search employers</source>
        <translation>Søg virksomheder</translation>
    </message>
    <message>
        <source>Search by name or CVR number (Ctrl+F)</source>
        <translation>Søg på navn eller CVR-nummer (Ctrl+F)</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>Vis arkiverede</translation>
    </message>
    <message>
        <source>Press Enter to edit the chosen employer</source>
        <translation>Tryk Enter for at redigere den valgte virksomhed</translation>
    </message>
    <message>
        <source>&amp;New employer…</source>
        <translation>&amp;Ny virksomhed …</translation>
    </message>
    <message>
        <source>Add an employer (Ctrl+N)</source>
        <translation>Tilføj en virksomhed (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Redigér …</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Gendan</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Arkivér</translation>
    </message>
    <message numerus="yes">
        <source>%n employer(s) found</source>
        <translation>
            <numerusform>%n virksomhed fundet</numerusform>
            <numerusform>%n virksomheder fundet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n employer(s)</source>
        <translation>
            <numerusform>%n virksomhed</numerusform>
            <numerusform>%n virksomheder</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore this site? New placements can be made at it again.</source>
        <translation>Vil du gendanne dette arbejdssted? Der kan igen oprettes forløb på det.</translation>
    </message>
    <message>
        <source>Restore this contact person?</source>
        <translation>Vil du gendanne denne kontaktperson?</translation>
    </message>
    <message>
        <source>Restore this partnership agreement?</source>
        <translation>Vil du gendanne denne partnerskabsaftale?</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Gendan</translation>
    </message>
    <message>
        <source>No employer matches “{query}”.</source>
        <translation>Ingen virksomhed passer til “{query}”.</translation>
    </message>
    <message>
        <source>There are no employers yet.</source>
        <translation>Der er ingen virksomheder endnu.</translation>
    </message>
    <message>
        <source>Archive {name}? The employer leaves the lists but keeps its placements and history, and can be restored.</source>
        <translation>Vil du arkivere {name}? Virksomheden forsvinder fra listerne, men beholder sine forløb og sin historik og kan gendannes.</translation>
    </message>
    <message>
        <source>Archive employer</source>
        <translation>Arkivér virksomhed</translation>
    </message>
    <message>
        <source>Restore {name} to the lists?</source>
        <translation>Vil du sætte {name} tilbage i listerne?</translation>
    </message>
    <message>
        <source>Restore employer</source>
        <translation>Gendan virksomhed</translation>
    </message>
    <message>
        <source>Archive this site? Placements at it keep their history.</source>
        <translation>Vil du arkivere dette arbejdssted? Forløb på stedet beholder deres historik.</translation>
    </message>
    <message>
        <source>Archive this contact person?</source>
        <translation>Vil du arkivere denne kontaktperson?</translation>
    </message>
    <message>
        <source>Archive this partnership agreement?</source>
        <translation>Vil du arkivere denne partnerskabsaftale?</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Arkivér</translation>
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
        <source>On site</source>
        <translation>På arbejdspladsen</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Classroom</source>
        <translation>Undervisningslokale</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planlagt</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Gennemført</translation>
    </message>
    <message>
        <source>Learner absent</source>
        <translation>Kursist udeblev</translation>
    </message>
    <message>
        <source>Visit cancelled</source>
        <translation>Besøg aflyst</translation>
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
        <translation>Rengøring</translation>
    </message>
    <message>
        <source>Kitchen</source>
        <translation>Køkken</translation>
    </message>
    <message>
        <source>Construction</source>
        <translation>Byggeri</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>Lager</translation>
    </message>
    <message>
        <source>Care</source>
        <translation>Pleje og omsorg</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andet</translation>
    </message>
    <message>
        <source>In work</source>
        <translation>I arbejde</translation>
    </message>
    <message>
        <source>Other work</source>
        <translation>Andet arbejde</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Uddannelse</translation>
    </message>
    <message>
        <source>Not in work</source>
        <translation>Ikke i arbejde</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Ukendt</translation>
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
    <name>LearnerDialog</name>
    <message>
        <source>Personal details</source>
        <translation>Personlige oplysninger</translation>
    </message>
    <message>
        <source>Data protection</source>
        <translation>Databeskyttelse</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Sprog</translation>
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
        <source>&amp;First name:</source>
        <translation>&amp;Fornavn:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Efternavn:</translation>
    </message>
    <message>
        <source>Date of &amp;birth:</source>
        <translation>Fø&amp;dselsdato:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>E-&amp;mail:</translation>
    </message>
    <message>
        <source>&amp;Case reference:</source>
        <translation>Sags&amp;nummer:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>St&amp;atus:</translation>
    </message>
    <message>
        <source>Legal bas&amp;is:</source>
        <translation>&amp;Behandlingsgrundlag:</translation>
    </message>
    <message>
        <source>Consent &amp;given on:</source>
        <translation>Samt&amp;ykke givet den:</translation>
    </message>
    <message>
        <source>Consent &amp;withdrawn on:</source>
        <translation>Samtykke tr&amp;ukket tilbage den:</translation>
    </message>
    <message>
        <source>Languages spo&amp;ken:</source>
        <translation>Talte &amp;sprog:</translation>
    </message>
    <message>
        <source>Gl&amp;oss language:</source>
        <translation>&amp;Oversættelsessprog:</translation>
    </message>
    <message>
        <source>&amp;Assessed on:</source>
        <translation>&amp;Vurderet den:</translation>
    </message>
    <message>
        <source>{skill}:</source>
        <translation>{skill}:</translation>
    </message>
    <message>
        <source>Tick with Space; the first language ticked is the first language</source>
        <translation>Sæt kryds med mellemrumstasten; det første sprog med kryds er førstesproget</translation>
    </message>
    <message>
        <source>The language in which vocabulary lists get glosses</source>
        <translation>Det sprog, som ordlisternes oversættelser står på</translation>
    </message>
    <message>
        <source>The municipality&apos;s case reference; never a CPR number</source>
        <translation>Kommunens sagsnummer; aldrig et CPR-nummer</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Intet</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>ikke vurderet</translation>
    </message>
    <message>
        <source>No language ticked yet.</source>
        <translation>Der er endnu ikke sat kryds ved noget sprog.</translation>
    </message>
    <message>
        <source>First language: {first}.</source>
        <translation>Førstesprog: {first}.</translation>
    </message>
    <message>
        <source>First language: {first}. Also: {others}.</source>
        <translation>Førstesprog: {first}. Desuden: {others}.</translation>
    </message>
    <message>
        <source>New learner</source>
        <translation>Ny kursist</translation>
    </message>
    <message>
        <source>Edit learner: {name}</source>
        <translation>Rediger kursist: {name}</translation>
    </message>
    <message>
        <source>Save the changes to this learner before closing?</source>
        <translation>Vil du gemme ændringerne af kursisten, før du lukker?</translation>
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
    <message>
        <source>Press Enter or double-click to edit a learner</source>
        <translation>Tryk Enter eller dobbeltklik for at redigere en kursist</translation>
    </message>
    <message>
        <source>New learner</source>
        <translation>Ny kursist</translation>
    </message>
    <message>
        <source>&amp;New learner…</source>
        <translation>&amp;Ny kursist…</translation>
    </message>
    <message>
        <source>Add a learner (Ctrl+N)</source>
        <translation>Tilføj en kursist (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Rediger…</translation>
    </message>
    <message>
        <source>Edit the chosen learner (Enter)</source>
        <translation>Rediger den valgte kursist (Enter)</translation>
    </message>
    <message>
        <source>&amp;Log session…</source>
        <translation>&amp;Registrér besøg…</translation>
    </message>
    <message>
        <source>Log a session for the chosen learner&apos;s current placement (Ctrl+L)</source>
        <translation>Registrér et besøg i den valgte kursists aktuelle forløb (Ctrl+L)</translation>
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
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Gendan</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Arkivér</translation>
    </message>
    <message>
        <source>Bring the chosen learner back into the list</source>
        <translation>Sæt den valgte kursist tilbage i listen</translation>
    </message>
    <message>
        <source>Take the chosen learner out of the list; nothing is deleted</source>
        <translation>Tag den valgte kursist ud af listen; intet slettes</translation>
    </message>
    <message>
        <source>Archive learner</source>
        <translation>Arkivér kursist</translation>
    </message>
    <message>
        <source>Archive {name}? The learner leaves the list; sessions, placements and certificates are kept, and the learner can be restored.</source>
        <translation>Vil du arkivere {name}? Kursisten forsvinder fra listen; besøg, forløb og beviser bevares, og kursisten kan gendannes.</translation>
    </message>
    <message>
        <source>Restore learner</source>
        <translation>Gendan kursist</translation>
    </message>
    <message>
        <source>Restore {name} to the list of learners?</source>
        <translation>Vil du sætte {name} tilbage i listen over kursister?</translation>
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
        <source>Sessions</source>
        <translation>Besøg</translation>
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
        <source>&amp;Find in this list</source>
        <translation>&amp;Find i denne liste</translation>
    </message>
    <message>
        <source>&amp;Search everything…</source>
        <translation>&amp;Søg i det hele …</translation>
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
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>CVR number</source>
        <translation>CVR-nummer</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <source>City</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>First agreed action</source>
        <translation>Første aftalte indsats</translation>
    </message>
    <message>
        <source>Second agreed action</source>
        <translation>Anden aftalte indsats</translation>
    </message>
    <message>
        <source>Approval date</source>
        <translation>Godkendelsesdato</translation>
    </message>
    <message>
        <source>Start of the agreement</source>
        <translation>Aftalens start</translation>
    </message>
    <message>
        <source>End of the agreement</source>
        <translation>Aftalens slut</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Virksomhed</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Kursist</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Arbejdssted</translation>
    </message>
    <message>
        <source>Tutor</source>
        <translation>Sprogmentor</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Stillingsbetegnelse</translation>
    </message>
    <message>
        <source>Referral date</source>
        <translation>Henvisningsdato</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Startdato</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Slutdato</translation>
    </message>
    <message>
        <source>Planned hours</source>
        <translation>Planlagte timer</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Outcome date</source>
        <translation>Dato for resultat</translation>
    </message>
    <message>
        <source>Follow-up outcome</source>
        <translation>Resultat ved opfølgning</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Dato for opfølgning</translation>
    </message>
    <message>
        <source>Language buddy</source>
        <translation>Sprogmakker</translation>
    </message>
    <message>
        <source>Language buddy&apos;s phone</source>
        <translation>Sprogmakkerens telefon</translation>
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
        <translation>{text} (arkiveret)</translation>
    </message>
</context>
<context>
    <name>PlacementDetailPane</name>
    <message>
        <source>planned</source>
        <translation>planlagt</translation>
    </message>
    <message>
        <source>held</source>
        <translation>holdt</translation>
    </message>
    <message>
        <source>learner absent</source>
        <translation>kursist fraværende</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>aflyst</translation>
    </message>
    <message>
        <source>Placement details</source>
        <translation>Oplysninger om forløbet</translation>
    </message>
    <message>
        <source>Choose a placement in the list to see the details.</source>
        <translation>Vælg et forløb i listen for at se oplysningerne.</translation>
    </message>
    <message>
        <source>Employer:</source>
        <translation>Virksomhed:</translation>
    </message>
    <message>
        <source>Tutor:</source>
        <translation>Sprogmentor:</translation>
    </message>
    <message>
        <source>Job title:</source>
        <translation>Stilling:</translation>
    </message>
    <message>
        <source>Language buddy:</source>
        <translation>Sprogmakker:</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Datoer</translation>
    </message>
    <message>
        <source>Referral:</source>
        <translation>Henvisning:</translation>
    </message>
    <message>
        <source>Start:</source>
        <translation>Start:</translation>
    </message>
    <message>
        <source>End:</source>
        <translation>Slut:</translation>
    </message>
    <message>
        <source>First session:</source>
        <translation>Første besøg:</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Timer</translation>
    </message>
    <message>
        <source>Planned:</source>
        <translation>Planlagt:</translation>
    </message>
    <message>
        <source>Held:</source>
        <translation>Holdt:</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>At the end:</source>
        <translation>Ved afslutning:</translation>
    </message>
    <message>
        <source>At follow-up:</source>
        <translation>Ved opfølgning:</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historik</translation>
    </message>
    <message>
        <source>History of sessions and status changes</source>
        <translation>Historik over besøg og statusændringer</translation>
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
        <source>{employer} — {site}</source>
        <translation>{employer} — {site}</translation>
    </message>
    <message>
        <source>not assigned</source>
        <translation>ikke tildelt</translation>
    </message>
    <message>
        <source>{name}, {phone}</source>
        <translation>{name}, {phone}</translation>
    </message>
    <message>
        <source>none named</source>
        <translation>ingen udpeget</translation>
    </message>
    <message>
        <source>{hours} hours ({lessons} lessons of 45 min)</source>
        <translation>{hours} timer ({lessons} lektioner à 45 min.)</translation>
    </message>
    <message numerus="yes">
        <source>{hours} hours ({lessons} lessons of 45 min) in %n session(s)</source>
        <translation>
            <numerusform>{hours} timer ({lessons} lektioner à 45 min.) ved %n besøg</numerusform>
            <numerusform>{hours} timer ({lessons} lektioner à 45 min.) ved %n besøg</numerusform>
        </translation>
    </message>
    <message>
        <source>none held yet</source>
        <translation>intet holdt endnu</translation>
    </message>
    <message numerus="yes">
        <source>{date} (%n day(s) after the referral)</source>
        <translation>
            <numerusform>{date} (%n dag efter henvisningen)</numerusform>
            <numerusform>{date} (%n dage efter henvisningen)</numerusform>
        </translation>
    </message>
    <message>
        <source>{outcome} (recorded {date})</source>
        <translation>{outcome} (registreret {date})</translation>
    </message>
    <message>
        <source>Nothing has happened yet.</source>
        <translation>Der er ikke sket noget endnu.</translation>
    </message>
    <message numerus="yes">
        <source>{date} · session, %n min, {attendance}</source>
        <translation>
            <numerusform>{date} · besøg, %n min., {attendance}</numerusform>
            <numerusform>{date} · besøg, %n min., {attendance}</numerusform>
        </translation>
    </message>
    <message>
        <source>{date} · created as {status}</source>
        <translation>{date} · oprettet som {status}</translation>
    </message>
    <message>
        <source>{date} · status {old} → {new}</source>
        <translation>{date} · status {old} → {new}</translation>
    </message>
</context>
<context>
    <name>PlacementDialog</name>
    <message>
        <source>New placement</source>
        <translation>Nyt forløb</translation>
    </message>
    <message>
        <source>Placement of {learner}</source>
        <translation>Forløb for {learner}</translation>
    </message>
    <message>
        <source>Who and where</source>
        <translation>Hvem og hvor</translation>
    </message>
    <message>
        <source>Dates and status</source>
        <translation>Datoer og status</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>&amp;Learner:</source>
        <translation>&amp;Kursist:</translation>
    </message>
    <message>
        <source>E&amp;mployer:</source>
        <translation>&amp;Virksomhed:</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Arbejdssted:</translation>
    </message>
    <message>
        <source>&amp;Tutor:</source>
        <translation>Sprog&amp;mentor:</translation>
    </message>
    <message>
        <source>&amp;Job title:</source>
        <translation>S&amp;tilling:</translation>
    </message>
    <message>
        <source>Language &amp;buddy:</source>
        <translation>Sprogmakk&amp;er:</translation>
    </message>
    <message>
        <source>Buddy&apos;s p&amp;hone:</source>
        <translation>Sprogmakkerens tele&amp;fon:</translation>
    </message>
    <message>
        <source>&amp;Referral:</source>
        <translation>&amp;Henvisning:</translation>
    </message>
    <message>
        <source>St&amp;art:</source>
        <translation>&amp;Start:</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>S&amp;lut:</translation>
    </message>
    <message>
        <source>&amp;Planned hours:</source>
        <translation>&amp;Planlagte timer:</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <source>&amp;Outcome at the end:</source>
        <translation>&amp;Resultat ved afslutning:</translation>
    </message>
    <message>
        <source>Outcome re&amp;corded:</source>
        <translation>Resultatet re&amp;gistreret den:</translation>
    </message>
    <message>
        <source>&amp;Follow-up outcome:</source>
        <translation>Resultat ved &amp;opfølgning:</translation>
    </message>
    <message>
        <source>Follow-up &amp;date:</source>
        <translation>&amp;Dato for opfølgning:</translation>
    </message>
    <message>
        <source>Type part of the name or case reference</source>
        <translation>Skriv en del af navnet eller sagsnummeret</translation>
    </message>
    <message>
        <source>Type part of the name or CVR number</source>
        <translation>Skriv en del af navnet eller CVR-nummeret</translation>
    </message>
    <message>
        <source>No tutor yet</source>
        <translation>Ingen sprogmentor endnu</translation>
    </message>
    <message>
        <source>not planned</source>
        <translation>ikke planlagt</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> timer</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>Endnu ikke kendt</translation>
    </message>
    <message>
        <source>Outcomes are recorded once the placement has ended.</source>
        <translation>Resultatet registreres, når forløbet er afsluttet.</translation>
    </message>
</context>
<context>
    <name>PlacementTableModel</name>
    <message>
        <source>Learner</source>
        <translation>Kursist</translation>
    </message>
    <message>
        <source>Employer and site</source>
        <translation>Virksomhed og arbejdssted</translation>
    </message>
    <message>
        <source>Tutor</source>
        <translation>Sprogmentor</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Hours held</source>
        <translation>Timer holdt</translation>
    </message>
    <message>
        <source>{employer} — {site}</source>
        <translation>{employer} — {site}</translation>
    </message>
    <message>
        <source>{held} of {planned}</source>
        <translation>{held} af {planned}</translation>
    </message>
</context>
<context>
    <name>PlacementsScreen</name>
    <message>
        <source>Placements</source>
        <translation>Forløb</translation>
    </message>
    <message>
        <source>Search placements</source>
        <translation>Søg forløb</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle statusser</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>All tutors</source>
        <translation>Alle sprogmentorer</translation>
    </message>
    <message>
        <source>Tutor</source>
        <translation>Sprogmentor</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Virksomhed</translation>
    </message>
    <message>
        <source>All employers</source>
        <translation>Alle virksomheder</translation>
    </message>
    <message>
        <source>Type part of an employer&apos;s name</source>
        <translation>Skriv en del af virksomhedens navn</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>Vis arkiverede</translation>
    </message>
    <message>
        <source>Press Enter to edit the chosen placement</source>
        <translation>Tryk Enter for at redigere det valgte forløb</translation>
    </message>
    <message>
        <source>&amp;New placement…</source>
        <translation>&amp;Nyt forløb …</translation>
    </message>
    <message>
        <source>Add a placement (Ctrl+N)</source>
        <translation>Tilføj et forløb (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Redigér …</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Gendan</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Arkivér</translation>
    </message>
    <message numerus="yes">
        <source>%n placement(s) found</source>
        <translation>
            <numerusform>%n forløb fundet</numerusform>
            <numerusform>%n forløb fundet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n placement(s)</source>
        <translation>
            <numerusform>%n forløb</numerusform>
            <numerusform>%n forløb</numerusform>
        </translation>
    </message>
    <message>
        <source>No placement matches the search and filters.</source>
        <translation>Intet forløb passer til søgningen og filtrene.</translation>
    </message>
    <message>
        <source>Search by learner, employer, site, CVR or case reference</source>
        <translation>Søg på kursist, virksomhed, arbejdssted, CVR eller sagsnummer</translation>
    </message>
    <message>
        <source>Search by learner, employer, site, CVR or case reference (Ctrl+F)</source>
        <translation>Søg på kursist, virksomhed, arbejdssted, CVR eller sagsnummer (Ctrl+F)</translation>
    </message>
    <message>
        <source>There are no placements yet.</source>
        <translation>Der er ingen forløb endnu.</translation>
    </message>
    <message>
        <source>Archive the placement of {learner} at {employer}? It leaves the lists but keeps its sessions and history, and can be restored.</source>
        <translation>Vil du arkivere forløbet for {learner} hos {employer}? Det forsvinder fra listerne, men beholder sine besøg og sin historik og kan gendannes.</translation>
    </message>
    <message>
        <source>Archive placement</source>
        <translation>Arkivér forløb</translation>
    </message>
    <message>
        <source>Restore the placement of {learner} at {employer} to the lists?</source>
        <translation>Vil du sætte forløbet for {learner} hos {employer} tilbage i listerne?</translation>
    </message>
    <message>
        <source>Restore placement</source>
        <translation>Gendan forløb</translation>
    </message>
</context>
<context>
    <name>Program</name>
    <message>
        <source>An unsaved learner form from {time} was found. Open it to go on?</source>
        <translation>Der er fundet en ikke-gemt kursistformular fra {time}. Vil du åbne den og arbejde videre?</translation>
    </message>
    <message>
        <source>An unsaved form for the learner {name} from {time} was found. Open it to go on?</source>
        <translation>Der er fundet en ikke-gemt formular for kursisten {name} fra {time}. Vil du åbne den og arbejde videre?</translation>
    </message>
    <message>
        <source>An unsaved session form from {time} was found. Open it to go on?</source>
        <translation>Der er fundet en ikke-gemt besøgsformular fra {time}. Vil du åbne den og arbejde videre?</translation>
    </message>
    <message>
        <source>An unsaved employer form from {time} was found. Open it to go on?</source>
        <translation>Der er fundet en ikke-gemt virksomhedsformular fra {time}. Vil du åbne den og arbejde videre?</translation>
    </message>
    <message>
        <source>An unsaved form for the employer {name} from {time} was found. Open it to go on?</source>
        <translation>Der er fundet en ikke-gemt formular for virksomheden {name} fra {time}. Vil du åbne den og arbejde videre?</translation>
    </message>
    <message>
        <source>An unsaved placement form from {time} was found. Open it to go on?</source>
        <translation>Der er fundet en ikke-gemt forløbsformular fra {time}. Vil du åbne den og arbejde videre?</translation>
    </message>
    <message>
        <source>An unsaved site form from {time} was found. Open it to go on?</source>
        <translation>Der er fundet en ikke-gemt formular for et arbejdssted fra {time}. Vil du åbne den og arbejde videre?</translation>
    </message>
    <message>
        <source>An unsaved form for the site {name} from {time} was found. Open it to go on?</source>
        <translation>Der er fundet en ikke-gemt formular for arbejdsstedet {name} fra {time}. Vil du åbne den og arbejde videre?</translation>
    </message>
    <message>
        <source>An unsaved contact person form from {time} was found. Open it to go on?</source>
        <translation>Der er fundet en ikke-gemt formular for en kontaktperson fra {time}. Vil du åbne den og arbejde videre?</translation>
    </message>
    <message>
        <source>An unsaved form for the contact person {name} from {time} was found. Open it to go on?</source>
        <translation>Der er fundet en ikke-gemt formular for kontaktpersonen {name} fra {time}. Vil du åbne den og arbejde videre?</translation>
    </message>
    <message>
        <source>An unsaved partnership agreement form from {time} was found. Open it to go on?</source>
        <translation>Der er fundet en ikke-gemt formular for en partnerskabsaftale fra {time}. Vil du åbne den og arbejde videre?</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Databasen kan ikke åbnes</translation>
    </message>
    <message>
        <source>Mentor Desktop will now close.</source>
        <translation>Mentor Desktop lukker nu.</translation>
    </message>
    <message>
        <source>Unsaved form found</source>
        <translation>Ikke-gemt formular fundet</translation>
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
    <name>SearchDialog</name>
    <message>
        <source>Search</source>
        <translation>Søg</translation>
    </message>
    <message>
        <source>Learner, employer or placement: name, CVR number or case reference</source>
        <translation>Kursist, virksomhed eller forløb: navn, CVR-nummer eller sagsnummer</translation>
    </message>
    <message>
        <source>Search everything</source>
        <translation>Søg i det hele</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Søgeresultater</translation>
    </message>
    <message>
        <source>Arrow keys to choose, Enter to open</source>
        <translation>Piletasterne vælger, Enter åbner</translation>
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
        <source>{name} · {reference}</source>
        <translation>{name} · {reference}</translation>
    </message>
    <message>
        <source>{text} (archived)</source>
        <translation>{text} (arkiveret)</translation>
    </message>
    <message>
        <source>{name} · CVR {cvr}</source>
        <translation>{name} · CVR {cvr}</translation>
    </message>
    <message>
        <source>{learner} at {employer}, {site} · {status}</source>
        <translation>{learner} hos {employer}, {site} · {status}</translation>
    </message>
    <message>
        <source>Type part of a name, a CVR number or a case reference.</source>
        <translation>Skriv en del af et navn, et CVR-nummer eller et sagsnummer.</translation>
    </message>
    <message>
        <source>Nothing matches “{query}”.</source>
        <translation>Intet passer til “{query}”.</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n resultat</numerusform>
            <numerusform>%n resultater</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionDetailPane</name>
    <message>
        <source>Session details</source>
        <translation>Oplysninger om besøget</translation>
    </message>
    <message>
        <source>Choose a session in the list to see what was done.</source>
        <translation>Vælg et besøg i listen for at se, hvad der blev lavet.</translation>
    </message>
    <message>
        <source>Employer:</source>
        <translation>Virksomhed:</translation>
    </message>
    <message>
        <source>Tutor:</source>
        <translation>Sprogmentor:</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Besøget</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>Varighed:</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>Besøgsform:</translation>
    </message>
    <message>
        <source>Attendance:</source>
        <translation>Fremmøde:</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Hvad der blev lavet</translation>
    </message>
    <message>
        <source>Work situations:</source>
        <translation>Arbejdssituationer:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Notat:</translation>
    </message>
    <message>
        <source>Next step:</source>
        <translation>Næste skridt:</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>ikke registreret</translation>
    </message>
    <message>
        <source>{date} at {time}</source>
        <translation>{date} kl. {time}</translation>
    </message>
    <message>
        <source>{employer} — {site}</source>
        <translation>{employer} — {site}</translation>
    </message>
    <message>
        <source>not assigned</source>
        <translation>ikke tildelt</translation>
    </message>
    <message>
        <source>{minutes} min ({lessons} lessons of 45 min)</source>
        <translation>{minutes} min. ({lessons} lektioner à 45 min.)</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>Log a session</source>
        <translation>Registrér besøg</translation>
    </message>
    <message>
        <source>Log a planned visit</source>
        <translation>Registrér planlagt besøg</translation>
    </message>
    <message>
        <source>Edit session</source>
        <translation>Redigér besøg</translation>
    </message>
    <message>
        <source>&amp;Placement:</source>
        <translation>&amp;Forløb:</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Forløb</translation>
    </message>
    <message>
        <source>Type part of the learner&apos;s or employer&apos;s name</source>
        <translation>Skriv en del af kursistens eller virksomhedens navn</translation>
    </message>
    <message>
        <source>(choose a placement)</source>
        <translation>(vælg et forløb)</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Dato:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Start:</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Starttidspunkt</translation>
    </message>
    <message>
        <source>no time</source>
        <translation>intet tidspunkt</translation>
    </message>
    <message>
        <source>00:00 means that no start time is recorded</source>
        <translation>00:00 betyder, at der ikke er registreret noget starttidspunkt</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>&amp;Varighed:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min.</translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation>Varighed i minutter</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min.</translation>
    </message>
    <message>
        <source>{minutes} minutes ({shortcut})</source>
        <translation>{minutes} minutter ({shortcut})</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Besøgsform:</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Besøgsform</translation>
    </message>
    <message>
        <source>&amp;Attendance:</source>
        <translation>Fre&amp;mmøde:</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Fremmøde</translation>
    </message>
    <message>
        <source>&amp;Work situations:</source>
        <translation>&amp;Arbejdssituationer:</translation>
    </message>
    <message>
        <source>Work situations practised</source>
        <translation>Arbejdssituationer, der blev øvet</translation>
    </message>
    <message>
        <source>Space ticks or unticks the work situation</source>
        <translation>Mellemrumstasten sætter eller fjerner kryds ved arbejdssituationen</translation>
    </message>
    <message>
        <source>&amp;Other situations:</source>
        <translation>A&amp;ndre situationer:</translation>
    </message>
    <message>
        <source>Other work situations</source>
        <translation>Andre arbejdssituationer</translation>
    </message>
    <message>
        <source>Anything not in the list</source>
        <translation>Det, der ikke står på listen</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>N&amp;otat:</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notat</translation>
    </message>
    <message>
        <source>Ne&amp;xt step:</source>
        <translation>Næste s&amp;kridt:</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Næste skridt</translation>
    </message>
    <message>
        <source>Dele&amp;te…</source>
        <translation>S&amp;let…</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation>Gem (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Ctrl+Enter saves · Alt+1–4 set the duration</source>
        <translation>Ctrl+Enter gemmer · Alt+1–4 vælger varigheden</translation>
    </message>
    <message>
        <source>Save this session before closing?</source>
        <translation>Vil du gemme besøget, før du lukker?</translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation>Slet besøg</translation>
    </message>
    <message>
        <source>Delete the session with {learner} on {date}? This cannot be undone.</source>
        <translation>Slet besøget hos {learner} den {date}? Det kan ikke fortrydes.</translation>
    </message>
    <message>
        <source>{learner} — {employer}, {site}</source>
        <translation>{learner} — {employer}, {site}</translation>
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Kursist</translation>
    </message>
    <message>
        <source>Employer and site</source>
        <translation>Virksomhed og arbejdssted</translation>
    </message>
    <message>
        <source>Tutor</source>
        <translation>Sprogmentor</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Varighed</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Fremmøde</translation>
    </message>
    <message>
        <source>{date} {time}</source>
        <translation>{date} {time}</translation>
    </message>
    <message>
        <source>{employer} — {site}</source>
        <translation>{employer} — {site}</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min.</translation>
    </message>
</context>
<context>
    <name>SessionsScreen</name>
    <message>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Til</translation>
    </message>
    <message>
        <source>Tick to limit the period</source>
        <translation>Sæt flueben for at begrænse perioden</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Besøg</translation>
    </message>
    <message>
        <source>Search sessions</source>
        <translation>Søg besøg</translation>
    </message>
    <message>
        <source>Search by learner, employer, site, CVR or case reference</source>
        <translation>Søg på kursist, virksomhed, arbejdssted, CVR eller sagsnummer</translation>
    </message>
    <message>
        <source>Search by learner, employer, site, CVR or case reference (Ctrl+F)</source>
        <translation>Søg på kursist, virksomhed, arbejdssted, CVR eller sagsnummer (Ctrl+F)</translation>
    </message>
    <message>
        <source>All tutors</source>
        <translation>Alle sprogmentorer</translation>
    </message>
    <message>
        <source>Tutor</source>
        <translation>Sprogmentor</translation>
    </message>
    <message>
        <source>Any attendance</source>
        <translation>Alt fremmøde</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Fremmøde</translation>
    </message>
    <message>
        <source>Press Enter to edit the chosen session, Delete to delete it</source>
        <translation>Tryk Enter for at redigere det valgte besøg, Delete for at slette det</translation>
    </message>
    <message>
        <source>&amp;Log session…</source>
        <translation>&amp;Registrér besøg…</translation>
    </message>
    <message>
        <source>Log a new session (Ctrl+N)</source>
        <translation>Registrér et nyt besøg (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Redigér…</translation>
    </message>
    <message>
        <source>Edit the chosen session (Enter)</source>
        <translation>Redigér det valgte besøg (Enter)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Slet…</translation>
    </message>
    <message>
        <source>Delete the chosen session (Delete)</source>
        <translation>Slet det valgte besøg (Delete)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln session(s) found</source>
        <translation>
            <numerusform>%Ln besøg fundet</numerusform>
            <numerusform>%Ln besøg fundet</numerusform>
        </translation>
    </message>
    <message>
        <source>No session matches the search and filters.</source>
        <translation>Intet besøg passer til søgningen og filtrene.</translation>
    </message>
    <message>
        <source>No sessions have been logged yet.</source>
        <translation>Der er endnu ikke registreret nogen besøg.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln session(s)</source>
        <translation>
            <numerusform>%Ln besøg</numerusform>
            <numerusform>%Ln besøg</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the session with {learner} on {date}? This cannot be undone.</source>
        <translation>Slet besøget hos {learner} den {date}? Det kan ikke fortrydes.</translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation>Slet besøg</translation>
    </message>
</context>
<context>
    <name>SiteDialog</name>
    <message>
        <source>New site</source>
        <translation>Nyt arbejdssted</translation>
    </message>
    <message>
        <source>Edit site</source>
        <translation>Redigér arbejdssted</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <source>S&amp;treet:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>&amp;Postcode:</source>
        <translation>&amp;Postnummer:</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>B&amp;y:</translation>
    </message>
    <message>
        <source>e.g. Warehouse 2 or Kitchen, main building</source>
        <translation>fx Lager 2 eller Køkkenet, hovedbygningen</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <source>Cancelling…</source>
        <translation>Annullerer…</translation>
    </message>
</context>
<context>
    <name>TodayModels</name>
    <message>
        <source>When</source>
        <translation>Hvornår</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Kursist</translation>
    </message>
    <message>
        <source>Employer and site</source>
        <translation>Virksomhed og arbejdssted</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Varighed</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Fremmøde</translation>
    </message>
    <message>
        <source>Tutor</source>
        <translation>Sprogmentor</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Hvorfor</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>I morgen</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>I går</translation>
    </message>
    <message>
        <source>{weekday} {date}</source>
        <translation>{weekday} {date}</translation>
    </message>
    <message>
        <source>{day}, {time}</source>
        <translation>{day} kl. {time}</translation>
    </message>
    <message>
        <source>{employer}, {site}</source>
        <translation>{employer}, {site}</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min.</translation>
    </message>
    <message>
        <source>Planned, not logged</source>
        <translation>Planlagt, ikke registreret</translation>
    </message>
</context>
<context>
    <name>TodayScreen</name>
    <message>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <source>&amp;Log session…</source>
        <translation>&amp;Registrér besøg…</translation>
    </message>
    <message>
        <source>Log a session for the chosen row&apos;s placement (Ctrl+L or Enter)</source>
        <translation>Registrér et besøg i den valgte rækkes forløb (Ctrl+L eller Enter)</translation>
    </message>
    <message>
        <source>E&amp;dit visit…</source>
        <translation>Re&amp;digér besøg…</translation>
    </message>
    <message>
        <source>Edit or delete the chosen visit (F2)</source>
        <translation>Redigér eller slet det valgte besøg (F2)</translation>
    </message>
    <message>
        <source>E&amp;xport to calendar…</source>
        <translation>E&amp;ksportér til kalender…</translation>
    </message>
    <message>
        <source>Save the planned visits as an .ics file for your calendar program</source>
        <translation>Gem de planlagte besøg som en .ics-fil til dit kalenderprogram</translation>
    </message>
    <message>
        <source>Log session</source>
        <translation>Registrér besøg</translation>
    </message>
    <message>
        <source>Edit visit</source>
        <translation>Redigér besøg</translation>
    </message>
    <message>
        <source>Export planned visits to calendar…</source>
        <translation>Eksportér planlagte besøg til kalender…</translation>
    </message>
    <message>
        <source>Planned visits</source>
        <translation>Planlagte besøg</translation>
    </message>
    <message>
        <source>Placements that need attention</source>
        <translation>Forløb, der kræver opmærksomhed</translation>
    </message>
    <message>
        <source>Visits of the last 14 days</source>
        <translation>Besøg de sidste 14 dage</translation>
    </message>
    <message>
        <source>Enter or Ctrl+L logs a session for the chosen row · F2 edits a visit · Tab moves between the lists</source>
        <translation>Enter eller Ctrl+L registrerer et besøg for den valgte række · F2 redigerer et besøg · Tab skifter mellem listerne</translation>
    </message>
    <message>
        <source>Today, {date}</source>
        <translation>I dag, {date}</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Planned visits (%n)</source>
        <translation>
            <numerusform>&amp;Planlagte besøg (%n)</numerusform>
            <numerusform>&amp;Planlagte besøg (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Needs attention (%n)</source>
        <translation>
            <numerusform>Kræver &amp;opmærksomhed (%n)</numerusform>
            <numerusform>Kræver &amp;opmærksomhed (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Recent visits, last 14 days (%n)</source>
        <translation>
            <numerusform>&amp;Seneste besøg, sidste 14 dage (%n)</numerusform>
            <numerusform>&amp;Seneste besøg, sidste 14 dage (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>{heading}, the first {shown} shown</source>
        <translation>{heading}, de første {shown} vises</translation>
    </message>
    <message>
        <source>Export planned visits</source>
        <translation>Eksportér planlagte besøg</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Kalenderfiler (*.ics)</translation>
    </message>
    <message>
        <source>Visit: {first_name}, {employer}</source>
        <translation>Besøg: {first_name}, {employer}</translation>
    </message>
    <message>
        <source>The calendar file could not be written: {reason}</source>
        <translation>Kalenderfilen kunne ikke skrives: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>%n planned visit(s) written to {path}.</source>
        <translation>
            <numerusform>%n planlagt besøg skrevet til {path}.</numerusform>
            <numerusform>%n planlagte besøg skrevet til {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UserChoice</name>
    <message>
        <source>&amp;Who is working?…</source>
        <translation>&amp;Hvem arbejder?…</translation>
    </message>
    <message>
        <source>User working</source>
        <translation>Bruger, der arbejder</translation>
    </message>
    <message>
        <source>Nobody chosen</source>
        <translation>Ingen valgt</translation>
    </message>
    <message>
        <source>Working: {name}</source>
        <translation>Arbejder: {name}</translation>
    </message>
    <message>
        <source>Who is working?</source>
        <translation>Hvem arbejder?</translation>
    </message>
    <message>
        <source>Choose yourself. What you save is recorded in your name.</source>
        <translation>Vælg dig selv. Det, du gemmer, registreres i dit navn.</translation>
    </message>
    <message>
        <source>{name} ({login})</source>
        <translation>{name} ({login})</translation>
    </message>
</context>
</TS>
