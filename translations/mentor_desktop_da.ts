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
    <name>CanDoCatalogueDialog</name>
    <message>
        <source>Can-do catalogue</source>
        <translation>Katalog over kan-udsagn</translation>
    </message>
    <message>
        <source>Can-do statements</source>
        <translation>Kan-udsagn</translation>
    </message>
    <message>
        <source>&amp;New statement…</source>
        <translation>&amp;Nyt udsagn…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Redigér…</translation>
    </message>
    <message>
        <source>&amp;Bring back</source>
        <translation>&amp;Tag i brug igen</translation>
    </message>
    <message>
        <source>&amp;Retire</source>
        <translation>&amp;Udfas</translation>
    </message>
</context>
<context>
    <name>CanDoStatusDialog</name>
    <message>
        <source>Can-do goal</source>
        <translation>Kan-mål</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Dato:</translation>
    </message>
    <message>
        <source>Date of the status</source>
        <translation>Dato for status</translation>
    </message>
    <message>
        <source>S&amp;ession:</source>
        <translation>&amp;Besøg:</translation>
    </message>
    <message>
        <source>Session that shows it</source>
        <translation>Besøg, der viser det</translation>
    </message>
    <message>
        <source>Employer &amp;feedback:</source>
        <translation>&amp;Tilbagemelding fra arbejdsgiver:</translation>
    </message>
    <message>
        <source>Signed employer feedback that shows it</source>
        <translation>Underskrevet tilbagemelding fra arbejdsgiveren, der viser det</translation>
    </message>
    <message>
        <source>Achieved and secure need evidence: a session, a signed employer feedback or a note.</source>
        <translation>Opnået og sikkert kræver dokumentation: et besøg, en underskrevet tilbagemelding fra arbejdsgiveren eller et notat.</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notat:</translation>
    </message>
    <message>
        <source>Note on the evidence</source>
        <translation>Notat om dokumentationen</translation>
    </message>
    <message>
        <source>What the learner showed, and where</source>
        <translation>Hvad kursisten viste, og hvor</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>Session {date} at {employer}</source>
        <translation>Besøg {date} hos {employer}</translation>
    </message>
    <message>
        <source>Signed {date} by {signer}</source>
        <translation>Underskrevet {date} af {signer}</translation>
    </message>
</context>
<context>
    <name>CanDoTab</name>
    <message>
        <source>What the learner can do at work. The levels are an indicative assessment of communication at work, not the result of a test.</source>
        <translation>Hvad kursisten kan på arbejdet. Niveauerne er en vejledende vurdering af kommunikation på arbejdspladsen, ikke resultatet af en prøve.</translation>
    </message>
    <message>
        <source>Can-do goals</source>
        <translation>Kan-mål</translation>
    </message>
    <message>
        <source>Press Enter to set the status</source>
        <translation>Tryk Enter for at sætte status</translation>
    </message>
    <message>
        <source>Add from the &amp;catalogue…</source>
        <translation>Tilføj fra kata&amp;loget…</translation>
    </message>
    <message>
        <source>Set &amp;status…</source>
        <translation>Sæt &amp;status…</translation>
    </message>
    <message>
        <source>Remo&amp;ve…</source>
        <translation>Fje&amp;rn…</translation>
    </message>
    <message>
        <source>&amp;Edit the catalogue…</source>
        <translation>R&amp;edigér kataloget…</translation>
    </message>
    <message>
        <source>The centre&apos;s can-do statements per sector, in Danish and English</source>
        <translation>Centrets kan-udsagn pr. branche på dansk og engelsk</translation>
    </message>
    <message>
        <source>Add a can-do goal</source>
        <translation>Tilføj et kan-mål</translation>
    </message>
    <message>
        <source>Every statement of the catalogue is already a goal.</source>
        <translation>Alle udsagn i kataloget er allerede mål.</translation>
    </message>
    <message>
        <source>{level} · {sector}: {text}</source>
        <translation>{level} · {sector}: {text}</translation>
    </message>
    <message>
        <source>Choose a statement (levels are indicative):</source>
        <translation>Vælg et udsagn (niveauerne er vejledende):</translation>
    </message>
    <message>
        <source>Remove can-do goal</source>
        <translation>Fjern kan-mål</translation>
    </message>
    <message>
        <source>Take “{text}” off the learner&apos;s goals?</source>
        <translation>Fjern “{text}” fra kursistens mål?</translation>
    </message>
</context>
<context>
    <name>CanDoTableModel</name>
    <message>
        <source>Can do</source>
        <translation>Kan</translation>
    </message>
    <message>
        <source>Level (indicative)</source>
        <translation>Niveau (vejledende)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Siden</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Dokumentation</translation>
    </message>
    <message>
        <source>session {date}</source>
        <translation>besøg {date}</translation>
    </message>
    <message>
        <source>feedback signed by {signer} {date}</source>
        <translation>tilbagemelding underskrevet af {signer} {date}</translation>
    </message>
    <message>
        <source>An indicative level, not the result of a test</source>
        <translation>Et vejledende niveau, ikke resultatet af en prøve</translation>
    </message>
</context>
<context>
    <name>CentreDialog</name>
    <message>
        <source>Set up the centre</source>
        <translation>Opret centret</translation>
    </message>
    <message>
        <source>Edit the centre&apos;s settings</source>
        <translation>Redigér centrets indstillinger</translation>
    </message>
    <message>
        <source>The centre</source>
        <translation>Centret</translation>
    </message>
    <message>
        <source>On certificates</source>
        <translation>På kursusbeviser</translation>
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
        <source>&amp;CVR number:</source>
        <translation>&amp;CVR-nummer:</translation>
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
        <source>Logo:</source>
        <translation>Logo:</translation>
    </message>
    <message>
        <source>Number p&amp;refix:</source>
        <translation>Nummerets præ&amp;fiks:</translation>
    </message>
    <message>
        <source>&amp;Minimum hours:</source>
        <translation>&amp;Mindste antal timer:</translation>
    </message>
    <message>
        <source>Si&amp;gnatory&apos;s name:</source>
        <translation>&amp;Underskriverens navn:</translation>
    </message>
    <message>
        <source>Signatory&apos;s tit&amp;le:</source>
        <translation>Underskriverens t&amp;itel:</translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation>Underskrift:</translation>
    </message>
    <message>
        <source>Choose l&amp;ogo…</source>
        <translation>Vælg l&amp;ogo…</translation>
    </message>
    <message>
        <source>Remove logo</source>
        <translation>Fjern logo</translation>
    </message>
    <message>
        <source>Choose the centre&apos;s logo</source>
        <translation>Vælg centrets logo</translation>
    </message>
    <message>
        <source>Choose sign&amp;ature…</source>
        <translation>Vælg under&amp;skrift…</translation>
    </message>
    <message>
        <source>Remove signature</source>
        <translation>Fjern underskrift</translation>
    </message>
    <message>
        <source>Choose the signatory&apos;s signature</source>
        <translation>Vælg underskriverens underskrift</translation>
    </message>
    <message>
        <source>8 digits</source>
        <translation>8 cifre</translation>
    </message>
    <message>
        <source>The CVR number has 8 digits; spaces are allowed.</source>
        <translation>CVR-nummeret har 8 cifre; mellemrum er tilladt.</translation>
    </message>
    <message>
        <source>Certificate numbers start with it, as in MD-2026-0001.</source>
        <translation>Bevisnumrene begynder med det, som i MD-2026-0001.</translation>
    </message>
    <message>
        <source>With fewer hours attended, issuing a certificate asks for a reason.</source>
        <translation>Med færre fremmødte timer skal der gives en begrundelse for at udstede et kursusbevis.</translation>
    </message>
    <message>
        <source>Certificates print the city as their place of issue.</source>
        <translation>Kursusbeviserne angiver byen som udstedelsessted.</translation>
    </message>
</context>
<context>
    <name>CentrePane</name>
    <message>
        <source>What the centre&apos;s certificates print. Only a coordinator or an administrator may change it.</source>
        <translation>Det, der står på centrets kursusbeviser. Kun en koordinator eller en administrator kan ændre det.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Navn:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <source>CVR number:</source>
        <translation>CVR-nummer:</translation>
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
        <source>Certificate number prefix:</source>
        <translation>Præfiks for bevisnumre:</translation>
    </message>
    <message>
        <source>Minimum hours for a certificate:</source>
        <translation>Mindste antal timer til et kursusbevis:</translation>
    </message>
    <message>
        <source>Signatory:</source>
        <translation>Underskriver:</translation>
    </message>
    <message>
        <source>Place of issue:</source>
        <translation>Udstedelsessted:</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logo:</translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation>Underskrift:</translation>
    </message>
    <message>
        <source>&amp;Set up the centre…</source>
        <translation>&amp;Opret centret…</translation>
    </message>
    <message>
        <source>Change the centre&apos;s &amp;settings…</source>
        <translation>Ændr centrets &amp;indstillinger…</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>ikke angivet</translation>
    </message>
    <message>
        <source>The centre has not been set up yet.</source>
        <translation>Centret er ikke oprettet endnu.</translation>
    </message>
    <message>
        <source>{hours} hours</source>
        <translation>{hours} timer</translation>
    </message>
    <message>
        <source>Shown</source>
        <translation>Vist</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
</context>
<context>
    <name>CertificateBatchDialog</name>
    <message>
        <source>Certificates for a cohort</source>
        <translation>Kursusbeviser til et hold</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Kursister</translation>
    </message>
    <message>
        <source>Placements &amp;ending from:</source>
        <translation>Forløb, der &amp;slutter fra:</translation>
    </message>
    <message>
        <source>&amp;to:</source>
        <translation>&amp;til:</translation>
    </message>
    <message>
        <source>&amp;Employer:</source>
        <translation>&amp;Virksomhed:</translation>
    </message>
    <message>
        <source>All employers</source>
        <translation>Alle virksomheder</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Virksomhed</translation>
    </message>
    <message>
        <source>T&amp;utor:</source>
        <translation>Sprog&amp;mentor:</translation>
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
        <source>Include learners who already hold a certificate</source>
        <translation>Medtag kursister, der allerede har et kursusbevis</translation>
    </message>
    <message>
        <source>&amp;Find and check</source>
        <translation>&amp;Find og kontrollér</translation>
    </message>
    <message>
        <source>Learners found and their checks</source>
        <translation>Fundne kursister og deres kontroller</translation>
    </message>
    <message>
        <source>Override failed checks for every learner found</source>
        <translation>Tilsidesæt fejlede kontroller for alle fundne kursister</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begrundelse</translation>
    </message>
    <message>
        <source>Reason for overriding: {check}</source>
        <translation>Begrundelse for at tilsidesætte: {check}</translation>
    </message>
    <message>
        <source>Certificate &amp;language:</source>
        <translation>Bevisets &amp;sprog:</translation>
    </message>
    <message>
        <source>One PDF for printing</source>
        <translation>Én PDF til udskrivning</translation>
    </message>
    <message>
        <source>One file per certificate</source>
        <translation>Én fil pr. kursusbevis</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>&amp;Gem i:</translation>
    </message>
    <message>
        <source>Save to</source>
        <translation>Gem i</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Gennemse…</translation>
    </message>
    <message numerus="yes">
        <source>%n learner(s): {check}</source>
        <translation>
            <numerusform>%n kursist: {check}</numerusform>
            <numerusform>%n kursister: {check}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n learner(s) found</source>
        <translation>
            <numerusform>%n kursist fundet</numerusform>
            <numerusform>%n kursister fundet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ready to issue</source>
        <translation>
            <numerusform>%n klar til udstedelse</numerusform>
            <numerusform>%n klar til udstedelse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Issue %n certificate(s)</source>
        <translation>
            <numerusform>&amp;Udsted %n kursusbevis</numerusform>
            <numerusform>&amp;Udsted %n kursusbeviser</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the certificates as</source>
        <translation>Gem kursusbeviserne som</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Folder for the certificates</source>
        <translation>Mappe til kursusbeviserne</translation>
    </message>
    <message>
        <source>Checking the learners…</source>
        <translation>Kontrollerer kursisterne…</translation>
    </message>
    <message>
        <source>No learner matches this choice.</source>
        <translation>Ingen kursister passer til dette valg.</translation>
    </message>
    <message>
        <source>{path} is a file; choose a folder for one file per certificate.</source>
        <translation>{path} er en fil; vælg en mappe, når hvert kursusbevis skal have sin egen fil.</translation>
    </message>
    <message numerus="yes">
        <source>Issuing %n certificate(s)…</source>
        <translation>
            <numerusform>Udsteder %n kursusbevis…</numerusform>
            <numerusform>Udsteder %n kursusbeviser…</numerusform>
        </translation>
    </message>
    <message>
        <source>Certificates issued</source>
        <translation>Kursusbeviser udstedt</translation>
    </message>
    <message numerus="yes">
        <source>Issued %n certificate(s) ({first} to {last}) into {target}.</source>
        <translation>
            <numerusform>Udstedte %n kursusbevis ({first} til {last}) i {target}.</numerusform>
            <numerusform>Udstedte %n kursusbeviser ({first} til {last}) i {target}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: no certificate was issued and no file written.</source>
        <translation>Annulleret: intet kursusbevis blev udstedt, og ingen fil blev skrevet.</translation>
    </message>
</context>
<context>
    <name>CertificateBatchModel</name>
    <message>
        <source>Name as it will print</source>
        <translation>Navn, som det bliver trykt</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Timer</translation>
    </message>
    <message>
        <source>Signed feedback</source>
        <translation>Underskrevne udtalelser</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Kontroller</translation>
    </message>
    <message>
        <source>All passed</source>
        <translation>Alle bestået</translation>
    </message>
    <message>
        <source>Overridden: {checks}</source>
        <translation>Tilsidesat: {checks}</translation>
    </message>
    <message>
        <source>Left out: {checks}</source>
        <translation>Udeladt: {checks}</translation>
    </message>
</context>
<context>
    <name>CertificateChecklist</name>
    <message>
        <source>Override</source>
        <translation>Tilsidesæt</translation>
    </message>
    <message>
        <source>Override: {check}</source>
        <translation>Tilsidesæt: {check}</translation>
    </message>
    <message>
        <source>Why the certificate may be issued all the same</source>
        <translation>Hvorfor beviset alligevel må udstedes</translation>
    </message>
    <message>
        <source>Reason for overriding: {check}</source>
        <translation>Begrundelse for at tilsidesætte: {check}</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>bestået</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fejlet</translation>
    </message>
</context>
<context>
    <name>CertificateCli</name>
    <message>
        <source>say whether a certificate is genuine, revoked or unknown (exit 0, 7, 6)</source>
        <translation>fortæl, om et kursusbevis er ægte, tilbagekaldt eller ukendt (slutkode 0, 7, 6)</translation>
    </message>
    <message>
        <source>the code or the QR code&apos;s text</source>
        <translation>koden eller QR-kodens tekst</translation>
    </message>
    <message>
        <source>issue, list and revoke progress certificates</source>
        <translation>udsted, vis og tilbagekald kursusbeviser</translation>
    </message>
    <message>
        <source>check and issue one learner&apos;s certificate</source>
        <translation>kontrollér og udsted én kursists kursusbevis</translation>
    </message>
    <message>
        <source>the learner&apos;s id or full name</source>
        <translation>kursistens id eller fulde navn</translation>
    </message>
    <message>
        <source>the PDF to write</source>
        <translation>PDF-filen, der skal skrives</translation>
    </message>
    <message>
        <source>check and issue the certificates of a cohort in one go</source>
        <translation>kontrollér og udsted et helt holds kursusbeviser på én gang</translation>
    </message>
    <message>
        <source>placements ending on or after DATE (YYYY-MM-DD)</source>
        <translation>forløb, der slutter på eller efter DATE (ÅÅÅÅ-MM-DD)</translation>
    </message>
    <message>
        <source>placements ending on or before DATE (YYYY-MM-DD)</source>
        <translation>forløb, der slutter på eller før DATE (ÅÅÅÅ-MM-DD)</translation>
    </message>
    <message>
        <source>only this employer&apos;s placements</source>
        <translation>kun denne virksomheds forløb</translation>
    </message>
    <message>
        <source>only this tutor&apos;s placements</source>
        <translation>kun denne sprogmentors forløb</translation>
    </message>
    <message>
        <source>the PDF, or the folder with --file-each</source>
        <translation>PDF-filen, eller mappen med --file-each</translation>
    </message>
    <message>
        <source>one PDF per certificate, named by its number</source>
        <translation>én PDF pr. kursusbevis, navngivet efter nummeret</translation>
    </message>
    <message>
        <source>only show the checks</source>
        <translation>vis kun kontrollerne</translation>
    </message>
    <message>
        <source>the register of issued certificates</source>
        <translation>registret over udstedte kursusbeviser</translation>
    </message>
    <message>
        <source>a name or a number</source>
        <translation>et navn eller et nummer</translation>
    </message>
    <message>
        <source>revoke a certificate, giving the reason</source>
        <translation>tilbagekald et kursusbevis med en begrundelse</translation>
    </message>
    <message>
        <source>da, en or da_en (both); the certificate&apos;s language, not the messages&apos;</source>
        <translation>da, en eller da_en (begge); bevisets sprog, ikke beskedernes</translation>
    </message>
    <message>
        <source>let a failed check pass, giving the reason; CHECK is one of: {checks}</source>
        <translation>lad en fejlet kontrol passere med en begrundelse; CHECK er en af: {checks}</translation>
    </message>
    <message>
        <source>{value} is not a date of the form YYYY-MM-DD</source>
        <translation>{value} er ikke en dato på formen ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <source>{value} is not CHECK=REASON with CHECK one of: {checks}</source>
        <translation>{value} er ikke CHECK=BEGRUNDELSE med CHECK en af: {checks}</translation>
    </message>
    <message>
        <source>Name as it will print: {name}</source>
        <translation>Navn, som det bliver trykt: {name}</translation>
    </message>
    <message>
        <source>Hours: {hours} of at least {required}</source>
        <translation>Timer: {hours} af mindst {required}</translation>
    </message>
    <message>
        <source>Signed employer feedback: {count}</source>
        <translation>Underskrevne udtalelser fra arbejdsgiveren: {count}</translation>
    </message>
    <message>
        <source>Unsaved session forms: {drafts}; past sessions still planned: {unrecorded}</source>
        <translation>Ikke-gemte besøgsformularer: {drafts}; tidligere besøg stadig planlagt: {unrecorded}</translation>
    </message>
    <message>
        <source>Not accepted: {fields} must not be empty.</source>
        <translation>Ikke godtaget: {fields} må ikke være tom.</translation>
    </message>
    <message>
        <source>There is no {entity} {id}.</source>
        <translation>Der findes ingen {entity} {id}.</translation>
    </message>
    <message>
        <source>Learner {id} has no placement to put on a certificate.</source>
        <translation>Kursist {id} har intet forløb, der kan stå på et kursusbevis.</translation>
    </message>
    <message>
        <source>Learner {id} did not pass the checks ({checks}); nothing was issued. Give --override CHECK=REASON to issue all the same.</source>
        <translation>Kursist {id} bestod ikke kontrollerne ({checks}); intet blev udstedt. Angiv --override CHECK=BEGRUNDELSE for at udstede alligevel.</translation>
    </message>
    <message>
        <source>No learner is called {name}.</source>
        <translation>Ingen kursist hedder {name}.</translation>
    </message>
    <message>
        <source>Several learners are called {name}; give the id instead: {ids}.</source>
        <translation>Flere kursister hedder {name}; angiv i stedet id: {ids}.</translation>
    </message>
    <message>
        <source>{path} cannot be written; nothing was issued.</source>
        <translation>{path} kan ikke skrives; intet blev udstedt.</translation>
    </message>
    <message>
        <source>Certificate {number} was issued, but {file} could not be written ({reason}); print it from the register in the window.</source>
        <translation>Kursusbevis {number} blev udstedt, men {file} kunne ikke skrives ({reason}); udskriv det fra registret i vinduet.</translation>
    </message>
    <message>
        <source>Issued certificate {number} to {name}: {file}</source>
        <translation>Udstedte kursusbevis {number} til {name}: {file}</translation>
    </message>
    <message>
        <source>No learner matches; nothing was issued.</source>
        <translation>Ingen kursister passer; intet blev udstedt.</translation>
    </message>
    <message>
        <source>Learners who did not pass the checks: {count}; nothing was issued. Give --override CHECK=REASON to issue all the same.</source>
        <translation>Kursister, der ikke bestod kontrollerne: {count}; intet blev udstedt. Angiv --override CHECK=BEGRUNDELSE for at udstede alligevel.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was issued.</source>
        <translation>Annulleret; intet blev udstedt.</translation>
    </message>
    <message>
        <source>Certificates issued: {count} ({first} to {last}) into {target}.</source>
        <translation>Udstedte kursusbeviser: {count} ({first} til {last}) i {target}.</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FEJL</translation>
    </message>
    <message>
        <source>revoked: {reason}</source>
        <translation>tilbagekaldt: {reason}</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>gyldigt</translation>
    </message>
    <message>
        <source>Certificates: {count}</source>
        <translation>Kursusbeviser: {count}</translation>
    </message>
    <message>
        <source>There is no certificate {number}.</source>
        <translation>Der findes intet kursusbevis {number}.</translation>
    </message>
    <message>
        <source>Certificate {number} was already revoked.</source>
        <translation>Kursusbevis {number} var allerede tilbagekaldt.</translation>
    </message>
    <message>
        <source>Revoked certificate {number}.</source>
        <translation>Tilbagekaldte kursusbevis {number}.</translation>
    </message>
    <message>
        <source>Unknown: no certificate of this centre has the code {code}.</source>
        <translation>Ukendt: intet kursusbevis fra dette sprogcenter har koden {code}.</translation>
    </message>
    <message>
        <source>REVOKED: certificate {number} to {name}, issued {date}, was revoked: {reason}</source>
        <translation>TILBAGEKALDT: kursusbevis {number} til {name}, udstedt {date}, er tilbagekaldt: {reason}</translation>
    </message>
    <message>
        <source>It was replaced by certificate {number}.</source>
        <translation>Det er erstattet af kursusbevis {number}.</translation>
    </message>
    <message>
        <source>Genuine: certificate {number} to {name}, issued {date}.</source>
        <translation>Ægte: kursusbevis {number} til {name}, udstedt {date}.</translation>
    </message>
</context>
<context>
    <name>CertificateDetailPane</name>
    <message>
        <source>Name as printed:</source>
        <translation>Navn som trykt:</translation>
    </message>
    <message>
        <source>Issued:</source>
        <translation>Udstedt:</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Udstedt af:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Sprog:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Periode:</translation>
    </message>
    <message>
        <source>Hours:</source>
        <translation>Timer:</translation>
    </message>
    <message>
        <source>Sessions:</source>
        <translation>Besøg:</translation>
    </message>
    <message>
        <source>Words mastered:</source>
        <translation>Ord mestret:</translation>
    </message>
    <message>
        <source>Can-do goals achieved:</source>
        <translation>Kan-mål nået:</translation>
    </message>
    <message>
        <source>Verification code:</source>
        <translation>Kontrolkode:</translation>
    </message>
    <message>
        <source>SHA-256 of the PDF:</source>
        <translation>PDF-filens SHA-256:</translation>
    </message>
    <message>
        <source>Choose a certificate in the register.</source>
        <translation>Vælg et kursusbevis i registret.</translation>
    </message>
    <message>
        <source>Checks overridden</source>
        <translation>Tilsidesatte kontroller</translation>
    </message>
    <message>
        <source>{state} on {date}: {reason}</source>
        <translation>{state} den {date}: {reason}</translation>
    </message>
    <message>
        <source>Replaces {number}</source>
        <translation>Erstatter {number}</translation>
    </message>
    <message>
        <source>{hours} ({lessons} lessons of 45 minutes)</source>
        <translation>{hours} ({lessons} lektioner à 45 minutter)</translation>
    </message>
</context>
<context>
    <name>CertificateIssueDialog</name>
    <message>
        <source>Issue certificate</source>
        <translation>Udsted kursusbevis</translation>
    </message>
    <message>
        <source>&amp;Learner:</source>
        <translation>&amp;Kursist:</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Kursist</translation>
    </message>
    <message>
        <source>Type part of the name</source>
        <translation>Skriv en del af navnet</translation>
    </message>
    <message>
        <source>Certificate &amp;language:</source>
        <translation>Bevisets &amp;sprog:</translation>
    </message>
    <message>
        <source>Certificate language</source>
        <translation>Bevisets sprog</translation>
    </message>
    <message>
        <source>Checks before issuing</source>
        <translation>Kontrol før udstedelse</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>&amp;Vis prøve</translation>
    </message>
    <message>
        <source>&amp;Issue</source>
        <translation>&amp;Udsted</translation>
    </message>
    <message>
        <source>Some checks failed: tick Override and give the reason for each, or put the records right first.</source>
        <translation>Nogle kontroller fejlede: sæt flueben i Tilsidesæt og skriv begrundelsen for hver, eller ret oplysningerne først.</translation>
    </message>
</context>
<context>
    <name>CertificateLabels</name>
    <message>
        <source>Name as it will print</source>
        <translation>Navn, som det bliver trykt</translation>
    </message>
    <message>
        <source>Minimum hours</source>
        <translation>Mindste antal timer</translation>
    </message>
    <message>
        <source>Signed employer feedback</source>
        <translation>Underskrevet udtalelse fra arbejdsgiveren</translation>
    </message>
    <message>
        <source>No unfinished sessions</source>
        <translation>Ingen ufærdige besøg</translation>
    </message>
    <message>
        <source>“{name}” – compare it with the learner&apos;s ID before printing.</source>
        <translation>“{name}” – sammenlign med kursistens legitimation før udskrivning.</translation>
    </message>
    <message>
        <source>“{name}” – first and last name are needed, and no digits.</source>
        <translation>“{name}” – der skal være fornavn og efternavn og ingen cifre.</translation>
    </message>
    <message>
        <source>{hours} hours taught; the centre asks for at least {required}.</source>
        <translation>{hours} timers undervisning; sprogcentret kræver mindst {required}.</translation>
    </message>
    <message>
        <source>Signed feedback forms: {count}.</source>
        <translation>Underskrevne udtalelser: {count}.</translation>
    </message>
    <message>
        <source>Unsaved session forms: {drafts}. Past sessions still marked planned: {unrecorded}.</source>
        <translation>Ikke-gemte besøgsformularer: {drafts}. Tidligere besøg, der stadig står som planlagt: {unrecorded}.</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>Dansk</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engelsk</translation>
    </message>
    <message>
        <source>Danish and English</source>
        <translation>Dansk og engelsk</translation>
    </message>
    <message>
        <source>Replaced by {number}</source>
        <translation>Erstattet af {number}</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Tilbagekaldt</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Gyldigt</translation>
    </message>
    <message>
        <source>This is not a verification code: it has 12 letters and digits.</source>
        <translation>Det er ikke en kontrolkode: den har 12 bogstaver og cifre.</translation>
    </message>
    <message>
        <source>Unknown: no certificate of this centre has the code {code}.</source>
        <translation>Ukendt: intet kursusbevis fra dette sprogcenter har koden {code}.</translation>
    </message>
    <message>
        <source>Revoked: certificate {number} to {name}, issued {date}.
Reason: {reason}</source>
        <translation>Tilbagekaldt: kursusbevis {number} til {name}, udstedt {date}.
Begrundelse: {reason}</translation>
    </message>
    <message>
        <source>It was replaced by {number}.</source>
        <translation>Det er erstattet af {number}.</translation>
    </message>
    <message>
        <source>Genuine: certificate {number} to {name}, issued {date}.</source>
        <translation>Ægte: kursusbevis {number} til {name}, udstedt {date}.</translation>
    </message>
    <message>
        <source>Not issued: these checks failed and have no reason to override them: {checks}.</source>
        <translation>Ikke udstedt: disse kontroller fejlede og har ingen begrundelse for at blive tilsidesat: {checks}.</translation>
    </message>
    <message>
        <source>Only a coordinator may override a failed check.</source>
        <translation>Kun en koordinator må tilsidesætte en fejlet kontrol.</translation>
    </message>
    <message>
        <source>Certificate {number} has already been revoked.</source>
        <translation>Kursusbevis {number} er allerede tilbagekaldt.</translation>
    </message>
    <message>
        <source>The learner has no placement to put on a certificate.</source>
        <translation>Kursisten har intet forløb, der kan stå på et kursusbevis.</translation>
    </message>
    <message>
        <source>The batch was cancelled; no certificate was issued and no file written.</source>
        <translation>Holdet blev annulleret; intet kursusbevis blev udstedt, og ingen fil blev skrevet.</translation>
    </message>
    <message>
        <source>Set up the centre (name, address, signatory) before issuing certificates.</source>
        <translation>Udfyld sprogcentrets oplysninger (navn, adresse, underskriver), før der udstedes kursusbeviser.</translation>
    </message>
    <message>
        <source>Give a reason.</source>
        <translation>Skriv en begrundelse.</translation>
    </message>
</context>
<context>
    <name>CertificatePreviewDialog</name>
    <message>
        <source>Preview: {title}</source>
        <translation>Vis: {title}</translation>
    </message>
    <message>
        <source>Certificate preview</source>
        <translation>Visning af kursusbevis</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n side</numerusform>
            <numerusform>%n sider</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Udskriv…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Gem som PDF…</translation>
    </message>
    <message>
        <source>Save certificate</source>
        <translation>Gem kursusbevis</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>{file} could not be written: {reason}</source>
        <translation>{file} kunne ikke skrives: {reason}</translation>
    </message>
</context>
<context>
    <name>CertificateReasonDialog</name>
    <message>
        <source>&amp;Reason (kept in the register):</source>
        <translation>&amp;Begrundelse (gemmes i registret):</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begrundelse</translation>
    </message>
</context>
<context>
    <name>CertificateTableModel</name>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Name as printed</source>
        <translation>Navn som trykt</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Udstedt</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Timer</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>{text} (revoked)</source>
        <translation>{text} (tilbagekaldt)</translation>
    </message>
</context>
<context>
    <name>CertificateVerifyDialog</name>
    <message>
        <source>Verify a certificate</source>
        <translation>Kontrollér et kursusbevis</translation>
    </message>
    <message>
        <source>&amp;Verification code (as printed, or the QR code&apos;s text):</source>
        <translation>&amp;Kontrolkode (som trykt, eller QR-kodens tekst):</translation>
    </message>
    <message>
        <source>Verification code</source>
        <translation>Kontrolkode</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Kontrollér</translation>
    </message>
</context>
<context>
    <name>CertificatesScreen</name>
    <message>
        <source>Certificates</source>
        <translation>Kursusbeviser</translation>
    </message>
    <message>
        <source>Search by name or certificate number</source>
        <translation>Søg på navn eller bevisnummer</translation>
    </message>
    <message>
        <source>Search certificates</source>
        <translation>Søg i kursusbeviser</translation>
    </message>
    <message>
        <source>Search by name or certificate number (Ctrl+F)</source>
        <translation>Søg på navn eller bevisnummer (Ctrl+F)</translation>
    </message>
    <message>
        <source>Show revoked</source>
        <translation>Vis tilbagekaldte</translation>
    </message>
    <message>
        <source>Register of issued certificates</source>
        <translation>Register over udstedte kursusbeviser</translation>
    </message>
    <message>
        <source>Press Enter to preview the chosen certificate</source>
        <translation>Tryk Enter for at se det valgte kursusbevis</translation>
    </message>
    <message>
        <source>&amp;Issue…</source>
        <translation>&amp;Udsted…</translation>
    </message>
    <message>
        <source>&amp;Batch…</source>
        <translation>H&amp;old…</translation>
    </message>
    <message>
        <source>Previe&amp;w</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>U&amp;dskriv…</translation>
    </message>
    <message>
        <source>Reiss&amp;ue…</source>
        <translation>Udsted &amp;igen…</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>&amp;Tilbagekald…</translation>
    </message>
    <message>
        <source>Verify a &amp;code…</source>
        <translation>&amp;Kontrollér en kode…</translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) found</source>
        <translation>
            <numerusform>%n kursusbevis fundet</numerusform>
            <numerusform>%n kursusbeviser fundet</numerusform>
        </translation>
    </message>
    <message>
        <source>No certificate matches “{query}”.</source>
        <translation>Intet kursusbevis passer til “{query}”.</translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s)</source>
        <translation>
            <numerusform>%n kursusbevis</numerusform>
            <numerusform>%n kursusbeviser</numerusform>
        </translation>
    </message>
    <message>
        <source>No certificate has been issued yet. Issue one with Issue… or Batch….</source>
        <translation>Der er endnu ikke udstedt kursusbeviser. Udsted et med Udsted… eller Hold….</translation>
    </message>
    <message>
        <source>Reissue {number}</source>
        <translation>Udsted {number} igen</translation>
    </message>
    <message>
        <source>A new certificate with a new number is made from the records as they are now; {number} is revoked and points to it.</source>
        <translation>Der laves et nyt kursusbevis med nyt nummer ud fra oplysningerne, som de er nu; {number} tilbagekaldes og henviser til det nye.</translation>
    </message>
    <message>
        <source>Reissue</source>
        <translation>Udsted igen</translation>
    </message>
    <message>
        <source>Revoke {number}</source>
        <translation>Tilbagekald {number}</translation>
    </message>
    <message>
        <source>Certificate {number} to {name} will be reported as revoked when its code is checked. This cannot be undone.</source>
        <translation>Kursusbevis {number} til {name} vil blive meldt som tilbagekaldt, når koden kontrolleres. Det kan ikke fortrydes.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Tilbagekald</translation>
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
    <message>
        <source>import or export a word list (CSV or XLSX)</source>
        <translation>importér eller eksportér en ordliste (CSV eller XLSX)</translation>
    </message>
    <message>
        <source>add the words of a CSV or XLSX file to a list (all or nothing)</source>
        <translation>tilføj ordene fra en CSV- eller XLSX-fil til en liste (alt eller intet)</translation>
    </message>
    <message>
        <source>the word list; made when there is none by that name</source>
        <translation>ordlisten; den oprettes, hvis der ikke er en med det navn</translation>
    </message>
    <message>
        <source>the sector of a list made by the import</source>
        <translation>branchen for en liste, som importen opretter</translation>
    </message>
    <message>
        <source>also change words the list has already to the file&apos;s values</source>
        <translation>ret også ord, som listen allerede har, til filens værdier</translation>
    </message>
    <message>
        <source>show what would happen and save nothing</source>
        <translation>vis, hvad der ville ske, og gem intet</translation>
    </message>
    <message>
        <source>write a word list to .xlsx or .csv</source>
        <translation>skriv en ordliste til .xlsx eller .csv</translation>
    </message>
    <message>
        <source>language of the column headings (default: that of the messages)</source>
        <translation>sprog for kolonneoverskrifterne (standard: meddelelsernes sprog)</translation>
    </message>
    <message>
        <source>There is no word list called {name}.</source>
        <translation>Der er ingen ordliste, der hedder {name}.</translation>
    </message>
    <message>
        <source>{file} could not be written ({reason}); nothing was written.</source>
        <translation>{file} kunne ikke skrives ({reason}); intet blev skrevet.</translation>
    </message>
    <message>
        <source>Wrote {name} to {file} (words: {count}).</source>
        <translation>Skrev {name} til {file} (ord: {count}).</translation>
    </message>
    <message>
        <source>{file} cannot be read ({reason}).</source>
        <translation>{file} kan ikke læses ({reason}).</translation>
    </message>
    <message>
        <source>{file} into {name}: {new} new, {same} already there, {changed} different; nothing saved (dry run).</source>
        <translation>{file} til {name}: {new} nye, {same} findes allerede, {changed} forskellige; intet gemt (prøvekørsel).</translation>
    </message>
    <message>
        <source>{file} was not imported; nothing was saved (problems: {count}).</source>
        <translation>{file} blev ikke importeret; intet blev gemt (problemer: {count}).</translation>
    </message>
    <message>
        <source>Imported {file} into {name}: {added} added, {updated} updated, {same} already there.</source>
        <translation>Importerede {file} til {name}: {added} tilføjet, {updated} opdateret, {same} fandtes allerede.</translation>
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
    <name>CorrectionDialog</name>
    <message>
        <source>New version of a signed form</source>
        <translation>Ny version af et underskrevet skema</translation>
    </message>
    <message>
        <source>The signed form no. {number} stays as it is. The new version starts as a copy of it and must be signed again by the employer; then it replaces the old one.</source>
        <translation>Det underskrevne skema nr. {number} forbliver, som det er. Den nye version starter som en kopi af det og skal underskrives igen af arbejdsgiveren; derefter erstatter den det gamle.</translation>
    </message>
    <message>
        <source>&amp;Why does the form need correcting?</source>
        <translation>&amp;Hvorfor skal skemaet rettes?</translation>
    </message>
    <message>
        <source>Reason for the correction</source>
        <translation>Begrundelse for rettelsen</translation>
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
        <translation>Tilføj…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Redigér…</translation>
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
    <name>EmployerMode</name>
    <message>
        <source>Leave employer mode</source>
        <translation>Forlad arbejdsgivertilstand</translation>
    </message>
    <message>
        <source>What the employer filled in could not be kept:
{problem}

Leave employer mode all the same?</source>
        <translation>Det, arbejdsgiveren udfyldte, kunne ikke gemmes:
{problem}

Vil du alligevel forlade arbejdsgivertilstand?</translation>
    </message>
    <message>
        <source>Only the tutor should do this. Leave employer mode and go back to the program?</source>
        <translation>Kun sprogmentoren bør gøre dette. Vil du forlade arbejdsgivertilstand og gå tilbage til programmet?</translation>
    </message>
    <message>
        <source>How does {name} manage the language at work?</source>
        <translation>Hvordan klarer {name} sproget på arbejdet?</translation>
    </message>
    <message>
        <source>{employer} · {period}. Your answers help the language centre plan the next lessons.</source>
        <translation>{employer} · {period}. Dine svar hjælper sprogcentret med at planlægge de næste lektioner.</translation>
    </message>
    <message>
        <source>Choose one answer for each line. If you have not seen it, choose “Not observed”.</source>
        <translation>Vælg ét svar på hver linje. Hvis du ikke har set det, så vælg “Ikke set”.</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Endnu ikke</translation>
    </message>
    <message>
        <source>With a lot of help</source>
        <translation>Med meget hjælp</translation>
    </message>
    <message>
        <source>With a little help</source>
        <translation>Med lidt hjælp</translation>
    </message>
    <message>
        <source>Without help</source>
        <translation>Uden hjælp</translation>
    </message>
    <message>
        <source>Not observed</source>
        <translation>Ikke set</translation>
    </message>
    <message>
        <source>Comments (you may leave this empty)</source>
        <translation>Kommentarer (du må gerne lade feltet være tomt)</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Dit navn</translation>
    </message>
    <message>
        <source>Your job title</source>
        <translation>Din stilling</translation>
    </message>
    <message>
        <source>Sign here with your finger, a pen or the mouse</source>
        <translation>Skriv under her med fingeren, en pen eller musen</translation>
    </message>
    <message>
        <source>Your signature</source>
        <translation>Din underskrift</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Ryd</translation>
    </message>
    <message>
        <source>This is a simple electronic signature. It shows that you filled in and approved this form. It is not a MitID signature.</source>
        <translation>Dette er en simpel elektronisk signatur. Den viser, at du har udfyldt og godkendt skemaet. Det er ikke en MitID-signatur.</translation>
    </message>
    <message>
        <source>Sign the form</source>
        <translation>Skriv under på skemaet</translation>
    </message>
    <message>
        <source>For the tutor: leave</source>
        <translation>Til sprogmentoren: afslut</translation>
    </message>
    <message>
        <source>The form is not signed yet. Please look at the red text above.</source>
        <translation>Skemaet er ikke underskrevet endnu. Se den røde tekst ovenfor.</translation>
    </message>
    <message>
        <source>Thank you. The form is signed.</source>
        <translation>Tak. Skemaet er underskrevet.</translation>
    </message>
    <message>
        <source>Please give the device back to the tutor.</source>
        <translation>Giv venligst enheden tilbage til sprogmentoren.</translation>
    </message>
    <message>
        <source>Signed by {name} on {time}.</source>
        <translation>Underskrevet af {name} den {time}.</translation>
    </message>
    <message>
        <source>Check code: {code}</source>
        <translation>Kontrolkode: {code}</translation>
    </message>
    <message>
        <source>The form could not be saved. Please give the device back to the tutor.</source>
        <translation>Skemaet kunne ikke gemmes. Giv venligst enheden tilbage til sprogmentoren.</translation>
    </message>
    <message>
        <source>Please sign in the box. An empty box cannot be signed.</source>
        <translation>Skriv venligst under i feltet. Et tomt felt kan ikke underskrives.</translation>
    </message>
    <message>
        <source>Please write your name. The form cannot be signed without a name.</source>
        <translation>Skriv venligst dit navn. Skemaet kan ikke underskrives uden et navn.</translation>
    </message>
    <message>
        <source>Please choose one answer, or “Not observed”.</source>
        <translation>Vælg venligst ét svar eller “Ikke set”.</translation>
    </message>
    <message>
        <source>This is too long: at most {max} characters.</source>
        <translation>Det er for langt: højst {max} tegn.</translation>
    </message>
    <message>
        <source>Please check this field.</source>
        <translation>Se venligst dette felt igennem.</translation>
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
        <translation>&amp;Ny virksomhed…</translation>
    </message>
    <message>
        <source>Add an employer (Ctrl+N)</source>
        <translation>Tilføj en virksomhed (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Redigér…</translation>
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
    <name>FeedbackCriteriaDialog</name>
    <message>
        <source>Feedback criteria</source>
        <translation>Kriterier for tilbagemeldinger</translation>
    </message>
    <message>
        <source>New feedback forms ask about these criteria (now version {number}). Saving makes version {next}; forms already made, and every signed form, keep the version they were made with.</source>
        <translation>Nye tilbagemeldingsskemaer spørger om disse kriterier (nu version {number}). Når du gemmer, bliver det version {next}; skemaer, der allerede er lavet, og alle underskrevne skemaer beholder den version, de blev lavet med.</translation>
    </message>
    <message>
        <source>Key (a–z, 0–9, _)</source>
        <translation>Nøgle (a–z, 0–9, _)</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>Dansk</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engelsk</translation>
    </message>
    <message>
        <source>&amp;Add criterion</source>
        <translation>&amp;Tilføj kriterium</translation>
    </message>
    <message>
        <source>Criterion {number}: {column}</source>
        <translation>Kriterium {number}: {column}</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <source>Keep at least one criterion, and at most {max}.</source>
        <translation>Behold mindst ét kriterium og højst {max}.</translation>
    </message>
</context>
<context>
    <name>FeedbackDetailPane</name>
    <message>
        <source>1 – Not yet</source>
        <translation>1 – Endnu ikke</translation>
    </message>
    <message>
        <source>2 – With a lot of help</source>
        <translation>2 – Med meget hjælp</translation>
    </message>
    <message>
        <source>3 – With a little help</source>
        <translation>3 – Med lidt hjælp</translation>
    </message>
    <message>
        <source>4 – Without help</source>
        <translation>4 – Uden hjælp</translation>
    </message>
    <message>
        <source>Choose a feedback form in the list to see it here.</source>
        <translation>Vælg et skema på listen for at se det her.</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Periode:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Tutor:</source>
        <translation>Sprogmentor:</translation>
    </message>
    <message>
        <source>Criteria:</source>
        <translation>Kriterier:</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Svar</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Kommentarer</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Underskrift</translation>
    </message>
    <message>
        <source>Signed by:</source>
        <translation>Underskrevet af:</translation>
    </message>
    <message>
        <source>Job title:</source>
        <translation>Stilling:</translation>
    </message>
    <message>
        <source>Signed:</source>
        <translation>Underskrevet:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <source>Seal:</source>
        <translation>Forsegling:</translation>
    </message>
    <message>
        <source>{learner} at {employer}</source>
        <translation>{learner} hos {employer}</translation>
    </message>
    <message>
        <source>version {number}</source>
        <translation>version {number}</translation>
    </message>
    <message>
        <source>No comments.</source>
        <translation>Ingen kommentarer.</translation>
    </message>
    <message>
        <source>Warning: this form was changed after it was signed. It no longer matches its seal, so what it shows cannot be relied on. The finding has been written to the log.</source>
        <translation>Advarsel: Dette skema er ændret, efter det blev underskrevet. Det passer ikke længere til sin forsegling, så man kan ikke stole på det, det viser. Fundet er skrevet i loggen.</translation>
    </message>
    <message>
        <source>Seal checked: the form is exactly as it was signed. It cannot be changed.</source>
        <translation>Forseglingen er kontrolleret: Skemaet er præcis, som da det blev underskrevet. Det kan ikke ændres.</translation>
    </message>
    <message>
        <source>Draft: not signed yet.</source>
        <translation>Kladde: endnu ikke underskrevet.</translation>
    </message>
    <message>
        <source>Not answered yet</source>
        <translation>Endnu ikke besvaret</translation>
    </message>
    <message>
        <source>Not observed</source>
        <translation>Ikke set</translation>
    </message>
    <message>
        <source>Not signed yet</source>
        <translation>Endnu ikke underskrevet</translation>
    </message>
    <message>
        <source>{local} ({utc} UTC)</source>
        <translation>{local} ({utc} UTC)</translation>
    </message>
    <message>
        <source>Signed on paper; the scan is attached</source>
        <translation>Underskrevet på papir; scanningen er vedhæftet</translation>
    </message>
    <message>
        <source>Simple electronic signature, drawn on the screen</source>
        <translation>Simpel elektronisk signatur, tegnet på skærmen</translation>
    </message>
    <message>
        <source>Corrects form no. {number}. Reason: {reason}</source>
        <translation>Retter skema nr. {number}. Begrundelse: {reason}</translation>
    </message>
    <message>
        <source>Replaced by form no. {number}; kept as it was signed.</source>
        <translation>Erstattet af skema nr. {number}; gemt, som det blev underskrevet.</translation>
    </message>
    <message>
        <source>A correction is being prepared: form no. {number}.</source>
        <translation>En rettelse er under forberedelse: skema nr. {number}.</translation>
    </message>
    <message>
        <source>Form no. {number}</source>
        <translation>Skema nr. {number}</translation>
    </message>
</context>
<context>
    <name>FeedbackMessages</name>
    <message>
        <source>Choose the scan of the signed paper form.</source>
        <translation>Vælg scanningen af det underskrevne papirskema.</translation>
    </message>
    <message>
        <source>The file is larger than {size} MB.</source>
        <translation>Filen er større end {size} MB.</translation>
    </message>
    <message>
        <source>The file is not a PDF, PNG or JPEG file.</source>
        <translation>Filen er ikke en PDF-, PNG- eller JPEG-fil.</translation>
    </message>
    <message>
        <source>The file cannot be read: {problem}.</source>
        <translation>Filen kan ikke læses: {problem}.</translation>
    </message>
    <message>
        <source>Choose an answer, or “Not observed”.</source>
        <translation>Vælg et svar eller “Ikke set”.</translation>
    </message>
    <message>
        <source>The form cannot have been signed in the future.</source>
        <translation>Skemaet kan ikke være underskrevet ud i fremtiden.</translation>
    </message>
    <message>
        <source>The period cannot end before it starts.</source>
        <translation>Perioden kan ikke slutte, før den begynder.</translation>
    </message>
    <message>
        <source>This form is signed and can no longer be changed. Make a new version to correct it.</source>
        <translation>Skemaet er underskrevet og kan ikke længere ændres. Lav en ny version for at rette det.</translation>
    </message>
    <message>
        <source>A correction of this form is already being prepared (form no. {number}). Finish that one first.</source>
        <translation>En rettelse af dette skema er allerede under forberedelse (skema nr. {number}). Gør den færdig først.</translation>
    </message>
    <message>
        <source>The form is not signed yet.</source>
        <translation>Skemaet er ikke underskrevet endnu.</translation>
    </message>
    <message>
        <source>The file {path} could not be written: {problem}. Nothing was saved.</source>
        <translation>Filen {path} kunne ikke skrives: {problem}. Intet blev gemt.</translation>
    </message>
</context>
<context>
    <name>FeedbackPaperDialog</name>
    <message>
        <source>Scans (*.pdf *.png *.jpg *.jpeg)</source>
        <translation>Scanninger (*.pdf *.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Record a form signed on paper</source>
        <translation>Registrér et skema underskrevet på papir</translation>
    </message>
    <message>
        <source>Copy the answers from the paper form of {learner} at {employer} and attach the scan of the signed page. The scan is kept and sealed with the form.</source>
        <translation>Skriv svarene af fra papirskemaet for {learner} hos {employer}, og vedhæft scanningen af den underskrevne side. Scanningen gemmes og forsegles sammen med skemaet.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Vælg…</translation>
    </message>
    <message>
        <source>Not observed</source>
        <translation>Ikke set</translation>
    </message>
    <message>
        <source>Comments:</source>
        <translation>Kommentarer:</translation>
    </message>
    <message>
        <source>Signed by:</source>
        <translation>Underskrevet af:</translation>
    </message>
    <message>
        <source>Job title:</source>
        <translation>Stilling:</translation>
    </message>
    <message>
        <source>Signed on:</source>
        <translation>Underskrevet den:</translation>
    </message>
    <message>
        <source>Scan:</source>
        <translation>Scanning:</translation>
    </message>
    <message>
        <source>PDF, PNG or JPEG, at most 10 MB</source>
        <translation>PDF, PNG eller JPEG, højst 10 MB</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Gennemse…</translation>
    </message>
    <message>
        <source>Scan of the signed form</source>
        <translation>Scanning af det underskrevne skema</translation>
    </message>
</context>
<context>
    <name>FeedbackScreen</name>
    <message>
        <source>Feedback</source>
        <translation>Tilbagemeldinger</translation>
    </message>
    <message>
        <source>Search by learner or employer</source>
        <translation>Søg efter kursist eller arbejdsgiver</translation>
    </message>
    <message>
        <source>Search feedback forms</source>
        <translation>Søg i tilbagemeldinger</translation>
    </message>
    <message>
        <source>Search by learner or employer (Ctrl+F)</source>
        <translation>Søg efter kursist eller arbejdsgiver (Ctrl+F)</translation>
    </message>
    <message>
        <source>Show replaced</source>
        <translation>Vis erstattede</translation>
    </message>
    <message>
        <source>Feedback forms</source>
        <translation>Tilbagemeldingsskemaer</translation>
    </message>
    <message>
        <source>&amp;New form…</source>
        <translation>&amp;Nyt skema…</translation>
    </message>
    <message>
        <source>A new feedback form for a placement and period</source>
        <translation>Et nyt tilbagemeldingsskema for et forløb og en periode</translation>
    </message>
    <message>
        <source>&amp;Employer mode</source>
        <translation>&amp;Arbejdsgivertilstand</translation>
    </message>
    <message>
        <source>Hand the device to the employer to fill in and sign the chosen draft</source>
        <translation>Giv enheden til arbejdsgiveren, så han eller hun kan udfylde og underskrive den valgte kladde</translation>
    </message>
    <message>
        <source>&amp;Paper form…</source>
        <translation>&amp;Papirskema…</translation>
    </message>
    <message>
        <source>The chosen draft was filled in and signed on paper</source>
        <translation>Den valgte kladde blev udfyldt og underskrevet på papir</translation>
    </message>
    <message>
        <source>New &amp;version…</source>
        <translation>Ny &amp;version…</translation>
    </message>
    <message>
        <source>Correct the chosen signed form; the signed one is kept</source>
        <translation>Ret det valgte underskrevne skema; det underskrevne gemmes</translation>
    </message>
    <message>
        <source>&amp;Delete draft</source>
        <translation>&amp;Slet kladde</translation>
    </message>
    <message>
        <source>&amp;Files</source>
        <translation>&amp;Filer</translation>
    </message>
    <message>
        <source>PDFs of the chosen form and its scan</source>
        <translation>PDF&apos;er af det valgte skema og dets scanning</translation>
    </message>
    <message>
        <source>Save the signed form as P&amp;DF…</source>
        <translation>Gem det underskrevne skema som P&amp;DF…</translation>
    </message>
    <message>
        <source>Save a &amp;blank form to sign on paper…</source>
        <translation>Gem et &amp;tomt skema til underskrift på papir…</translation>
    </message>
    <message>
        <source>Save the &amp;scan of the paper form…</source>
        <translation>Gem &amp;scanningen af papirskemaet…</translation>
    </message>
    <message>
        <source>C&amp;riteria…</source>
        <translation>K&amp;riterier…</translation>
    </message>
    <message>
        <source>Change the criteria that new forms ask about</source>
        <translation>Ændr de kriterier, som nye skemaer spørger om</translation>
    </message>
    <message numerus="yes">
        <source>%n form(s) found</source>
        <translation>
            <numerusform>%n skema fundet</numerusform>
            <numerusform>%n skemaer fundet</numerusform>
        </translation>
    </message>
    <message>
        <source>No feedback form matches the search.</source>
        <translation>Intet skema passer til søgningen.</translation>
    </message>
    <message numerus="yes">
        <source>%n form(s)</source>
        <translation>
            <numerusform>%n skema</numerusform>
            <numerusform>%n skemaer</numerusform>
        </translation>
    </message>
    <message>
        <source>No feedback forms yet. Make one with New form.</source>
        <translation>Der er ingen tilbagemeldingsskemaer endnu. Lav et med Nyt skema.</translation>
    </message>
    <message>
        <source>Employer mode</source>
        <translation>Arbejdsgivertilstand</translation>
    </message>
    <message>
        <source>Several people use this database, so employer mode needs to know whose PIN unlocks it. Choose who is working first (File menu).</source>
        <translation>Flere personer bruger denne database, så arbejdsgivertilstand skal vide, hvis pinkode der låser den op. Vælg først, hvem der arbejder (menuen Filer).</translation>
    </message>
    <message>
        <source>Delete the unsigned form of {learner} for {employer}?</source>
        <translation>Vil du slette det ikke-underskrevne skema for {learner} hos {employer}?</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>Slet kladde</translation>
    </message>
    <message>
        <source>Save the signed form as PDF</source>
        <translation>Gem det underskrevne skema som PDF</translation>
    </message>
    <message>
        <source>Save a blank form to print</source>
        <translation>Gem et tomt skema til udskrift</translation>
    </message>
    <message>
        <source>Save the scan</source>
        <translation>Gem scanningen</translation>
    </message>
</context>
<context>
    <name>FeedbackTableModel</name>
    <message>
        <source>Learner</source>
        <translation>Kursist</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Virksomhed</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Underskrevet</translation>
    </message>
    <message>
        <source>Seal</source>
        <translation>Forsegling</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Kladde</translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation>Erstattet</translation>
    </message>
    <message>
        <source>Signed on paper</source>
        <translation>Underskrevet på papir</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Broken!</source>
        <translation>Brudt!</translation>
    </message>
    <message>
        <source>{date} by {name}</source>
        <translation>{date} af {name}</translation>
    </message>
    <message>
        <source>The form was changed after it was signed: the seal does not match.</source>
        <translation>Skemaet er ændret, efter det blev underskrevet: forseglingen passer ikke.</translation>
    </message>
</context>
<context>
    <name>FiguresModel</name>
    <message numerus="yes">
        <source>Within %n day(s)</source>
        <translation>
            <numerusform>Inden for %n dag</numerusform>
            <numerusform>Inden for %n dage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Placements referred in the year whose first session came within %n day(s) of the referral</source>
        <translation>
            <numerusform>Forløb henvist i året, hvis første besøg kom inden for %n dag efter henvisningen</numerusform>
            <numerusform>Forløb henvist i året, hvis første besøg kom inden for %n dage efter henvisningen</numerusform>
        </translation>
    </message>
    <message>
        <source>Median number of days from referral to first session</source>
        <translation>Medianen af antal dage fra henvisning til første besøg</translation>
    </message>
    <message numerus="yes">
        <source>%n placement(s) referred this year; {visited} visited, {waiting} not yet</source>
        <translation>
            <numerusform>%n forløb henvist i året; {visited} har haft besøg, {waiting} endnu ikke</numerusform>
            <numerusform>%n forløb henvist i året; {visited} har haft besøg, {waiting} endnu ikke</numerusform>
        </translation>
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
    <name>GoalLabels</name>
    <message>
        <source>Planned</source>
        <translation>Planlagt</translation>
    </message>
    <message>
        <source>Introduced</source>
        <translation>Introduceret</translation>
    </message>
    <message>
        <source>Practising</source>
        <translation>Øves</translation>
    </message>
    <message>
        <source>Mastered</source>
        <translation>Mestret</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Ikke påbegyndt</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Påbegyndt</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Opnået</translation>
    </message>
    <message>
        <source>Secure</source>
        <translation>Sikkert</translation>
    </message>
    <message>
        <source>noun</source>
        <translation>navneord</translation>
    </message>
    <message>
        <source>verb</source>
        <translation>udsagnsord</translation>
    </message>
    <message>
        <source>adjective</source>
        <translation>tillægsord</translation>
    </message>
    <message>
        <source>adverb</source>
        <translation>biord</translation>
    </message>
    <message>
        <source>phrase</source>
        <translation>udtryk</translation>
    </message>
    <message>
        <source>other</source>
        <translation>andet</translation>
    </message>
</context>
<context>
    <name>GoalProgressTab</name>
    <message>
        <source>Words per &amp;list</source>
        <translation>Ord pr. &amp;liste</translation>
    </message>
    <message>
        <source>Words per list and status</source>
        <translation>Ord pr. liste og status</translation>
    </message>
    <message>
        <source>Words mastered &amp;over time</source>
        <translation>Mestrede ord o&amp;ver tid</translation>
    </message>
    <message>
        <source>Words mastered over time</source>
        <translation>Mestrede ord over tid</translation>
    </message>
    <message>
        <source>{mastered} of {total} goal words mastered ({percent} %).</source>
        <translation>{mastered} af {total} målord mestret ({percent} %).</translation>
    </message>
    <message>
        <source>No goal words yet.</source>
        <translation>Ingen målord endnu.</translation>
    </message>
</context>
<context>
    <name>GoalTableModel</name>
    <message>
        <source>Word</source>
        <translation>Ord</translation>
    </message>
    <message>
        <source>Gloss</source>
        <translation>Oversættelse</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Siden</translation>
    </message>
</context>
<context>
    <name>GoalTickModel</name>
    <message>
        <source>Word</source>
        <translation>Ord</translation>
    </message>
    <message>
        <source>Gloss</source>
        <translation>Oversættelse</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Nu</translation>
    </message>
    <message>
        <source>Practised</source>
        <translation>Øvet</translation>
    </message>
    <message>
        <source>Mastered</source>
        <translation>Mestret</translation>
    </message>
    <message>
        <source>{word}: practised</source>
        <translation>{word}: øvet</translation>
    </message>
    <message>
        <source>{word}: mastered</source>
        <translation>{word}: mestret</translation>
    </message>
    <message>
        <source>ticked</source>
        <translation>afkrydset</translation>
    </message>
    <message>
        <source>not ticked</source>
        <translation>ikke afkrydset</translation>
    </message>
</context>
<context>
    <name>GoalWordPicker</name>
    <message>
        <source>Add words</source>
        <translation>Tilføj ord</translation>
    </message>
    <message>
        <source>&amp;List:</source>
        <translation>&amp;Liste:</translation>
    </message>
    <message>
        <source>Vocabulary list</source>
        <translation>Ordliste</translation>
    </message>
    <message>
        <source>&amp;Words:</source>
        <translation>&amp;Ord:</translation>
    </message>
    <message>
        <source>Words of the list</source>
        <translation>Listens ord</translation>
    </message>
    <message>
        <source>Space ticks a word; ticked words become goals</source>
        <translation>Mellemrum krydser et ord af; afkrydsede ord bliver mål</translation>
    </message>
    <message>
        <source>{name} ({sector}, {count} words)</source>
        <translation>{name} ({sector}, {count} ord)</translation>
    </message>
    <message>
        <source>There are no vocabulary lists yet.</source>
        <translation>Der er ingen ordlister endnu.</translation>
    </message>
    <message>
        <source>Already one of the learner&apos;s goals</source>
        <translation>Allerede et af kursistens mål</translation>
    </message>
</context>
<context>
    <name>GoalWordsTab</name>
    <message>
        <source>Goal words</source>
        <translation>Målord</translation>
    </message>
    <message>
        <source>Add a &amp;list…</source>
        <translation>Tilføj en &amp;liste…</translation>
    </message>
    <message>
        <source>Make every word of a vocabulary list a goal</source>
        <translation>Gør alle ord i en ordliste til mål</translation>
    </message>
    <message>
        <source>Add &amp;single words…</source>
        <translation>Tilføj &amp;enkelte ord…</translation>
    </message>
    <message>
        <source>Choose single words from a list</source>
        <translation>Vælg enkelte ord fra en liste</translation>
    </message>
    <message>
        <source>Step &amp;up</source>
        <translation>Et trin &amp;højere</translation>
    </message>
    <message>
        <source>Move the chosen word one step up (Ctrl+Up)</source>
        <translation>Flyt det valgte ord et trin højere (Ctrl+Op)</translation>
    </message>
    <message>
        <source>Step &amp;back</source>
        <translation>Et trin &amp;tilbage</translation>
    </message>
    <message>
        <source>Move the chosen word one step back (Ctrl+Down)</source>
        <translation>Flyt det valgte ord et trin tilbage (Ctrl+Ned)</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>Fje&amp;rn…</translation>
    </message>
    <message>
        <source>Take the chosen word off the goals</source>
        <translation>Fjern det valgte ord fra målene</translation>
    </message>
    <message>
        <source>Print word &amp;cards…</source>
        <translation>&amp;Udskriv ordkort…</translation>
    </message>
    <message>
        <source>Word cards to print and cut out (PDF)</source>
        <translation>Ordkort til at udskrive og klippe ud (PDF)</translation>
    </message>
    <message>
        <source>Export An&amp;ki deck…</source>
        <translation>Eksportér &amp;Anki-kortbunke…</translation>
    </message>
    <message>
        <source>Flash cards for the Anki app, gloss on the back</source>
        <translation>Kort til Anki-appen med oversættelsen på bagsiden</translation>
    </message>
    <message numerus="yes">
        <source>%n goal word(s), {mastered} mastered</source>
        <translation>
            <numerusform>%n målord, {mastered} mestret</numerusform>
            <numerusform>%n målord, {mastered} mestret</numerusform>
        </translation>
    </message>
    <message>
        <source>No goal words yet. Add a list or single words.</source>
        <translation>Ingen målord endnu. Tilføj en liste eller enkelte ord.</translation>
    </message>
    <message>
        <source>{status} {date}</source>
        <translation>{status} {date}</translation>
    </message>
    <message>
        <source>{step} (in a session)</source>
        <translation>{step} (ved et besøg)</translation>
    </message>
    <message>
        <source>Steps of “{word}”: {steps}</source>
        <translation>Trin for “{word}”: {steps}</translation>
    </message>
    <message>
        <source>Add a list</source>
        <translation>Tilføj en liste</translation>
    </message>
    <message>
        <source>There are no vocabulary lists yet.</source>
        <translation>Der er ingen ordlister endnu.</translation>
    </message>
    <message>
        <source>{name} ({sector}, {count} words)</source>
        <translation>{name} ({sector}, {count} ord)</translation>
    </message>
    <message>
        <source>Every word of the list becomes a goal of {name}:</source>
        <translation>Alle ord i listen bliver mål for {name}:</translation>
    </message>
    <message>
        <source>Add goal words</source>
        <translation>Tilføj målord</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s) added.</source>
        <translation>
            <numerusform>%n ord tilføjet.</numerusform>
            <numerusform>%n ord tilføjet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n word(s) were goals already.</source>
        <translation>
            <numerusform>%n ord var allerede mål.</numerusform>
            <numerusform>%n ord var allerede mål.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove goal word</source>
        <translation>Fjern målord</translation>
    </message>
    <message>
        <source>Take “{word}” off the goals of {name}? Its steps are removed too.</source>
        <translation>Fjern “{word}” fra målene for {name}? Ordets trin fjernes også.</translation>
    </message>
    <message>
        <source>Print word cards</source>
        <translation>Udskriv ordkort</translation>
    </message>
    <message>
        <source>word-cards-{name}.pdf</source>
        <translation>ordkort-{name}.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>Word cards</source>
        <translation>Ordkort</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Sikkerhed</translation>
    </message>
    <message>
        <source>(no gloss in this language yet)</source>
        <translation>(ingen oversættelse til dette sprog endnu)</translation>
    </message>
    <message>
        <source>Page {page}</source>
        <translation>Side {page}</translation>
    </message>
    <message>
        <source>The word cards are saved in {path}. Open the file to print them.</source>
        <translation>Ordkortene er gemt i {path}. Åbn filen for at udskrive dem.</translation>
    </message>
    <message>
        <source>Export Anki deck</source>
        <translation>Eksportér Anki-kortbunke</translation>
    </message>
    <message>
        <source>words-{name}.apkg</source>
        <translation>ord-{name}.apkg</translation>
    </message>
    <message>
        <source>Anki decks (*.apkg)</source>
        <translation>Anki-kortbunker (*.apkg)</translation>
    </message>
    <message>
        <source>Danish at work – {name}</source>
        <translation>Dansk på arbejdet – {name}</translation>
    </message>
    <message>
        <source>The Anki deck is saved in {path}. Open it in Anki to import the cards.</source>
        <translation>Anki-kortbunken er gemt i {path}. Åbn den i Anki for at hente kortene ind.</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s) have no gloss in the learner&apos;s language.</source>
        <translation>
            <numerusform>%n ord har ingen oversættelse til kursistens sprog.</numerusform>
            <numerusform>%n ord har ingen oversættelse til kursistens sprog.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file could not be written: {reason}</source>
        <translation>Filen kunne ikke skrives: {reason}</translation>
    </message>
    <message>
        <source>Writing the file…</source>
        <translation>Skriver filen…</translation>
    </message>
</context>
<context>
    <name>GoalsDialog</name>
    <message>
        <source>Goals of {name}</source>
        <translation>Mål for {name}</translation>
    </message>
    <message>
        <source>&amp;Words</source>
        <translation>&amp;Ord</translation>
    </message>
    <message>
        <source>Can-&amp;do</source>
        <translation>&amp;Kan-mål</translation>
    </message>
    <message>
        <source>&amp;Progress</source>
        <translation>&amp;Fremskridt</translation>
    </message>
</context>
<context>
    <name>HoursField</name>
    <message>
        <source> hours</source>
        <translation> timer</translation>
    </message>
</context>
<context>
    <name>ImageField</name>
    <message>
        <source>A PNG or JPEG picture of at most {size} kB</source>
        <translation>Et PNG- eller JPEG-billede på højst {size} kB</translation>
    </message>
    <message>
        <source>No picture</source>
        <translation>Intet billede</translation>
    </message>
    <message>
        <source>A picture of {size} kB</source>
        <translation>Et billede på {size} kB</translation>
    </message>
    <message>
        <source>Not a picture</source>
        <translation>Ikke et billede</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>Billeder (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>The picture could not be read: {reason}</source>
        <translation>Billedet kunne ikke læses: {reason}</translation>
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
        <source>Noun</source>
        <translation>Navneord</translation>
    </message>
    <message>
        <source>Verb</source>
        <translation>Udsagnsord</translation>
    </message>
    <message>
        <source>Adjective</source>
        <translation>Tillægsord</translation>
    </message>
    <message>
        <source>Adverb</source>
        <translation>Biord</translation>
    </message>
    <message>
        <source>Phrase</source>
        <translation>Udtryk</translation>
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
        <translation>Redigér kursist: {name}</translation>
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
        <translation>&amp;Redigér…</translation>
    </message>
    <message>
        <source>Edit the chosen learner (Enter)</source>
        <translation>Redigér den valgte kursist (Enter)</translation>
    </message>
    <message>
        <source>&amp;Log session…</source>
        <translation>Registrér &amp;besøg…</translation>
    </message>
    <message>
        <source>Log a session for the chosen learner&apos;s current placement (Ctrl+L)</source>
        <translation>Registrér et besøg i den valgte kursists aktuelle forløb (Ctrl+L)</translation>
    </message>
    <message>
        <source>&amp;Goals…</source>
        <translation>&amp;Mål…</translation>
    </message>
    <message>
        <source>Vocabulary and can-do goals of the chosen learner (Ctrl+G)</source>
        <translation>Ordforråds- og kan-mål for den valgte kursist (Ctrl+G)</translation>
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
    <name>ListScreen</name>
    <message>
        <source>All tutors</source>
        <translation>Alle sprogmentorer</translation>
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
        <source>Opening the database…</source>
        <translation>Åbner databasen…</translation>
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
        <source>Edi&amp;t</source>
        <translation>R&amp;ediger</translation>
    </message>
    <message>
        <source>&amp;Find in this list</source>
        <translation>&amp;Find i denne liste</translation>
    </message>
    <message>
        <source>&amp;Search everything…</source>
        <translation>&amp;Søg i det hele…</translation>
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
    <name>MasteredHistoryModel</name>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Words mastered</source>
        <translation>Mestrede ord</translation>
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
        <source>Danish term</source>
        <translation>Dansk ord</translation>
    </message>
    <message>
        <source>Word class</source>
        <translation>Ordklasse</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Kendeord</translation>
    </message>
    <message>
        <source>Example sentence</source>
        <translation>Eksempelsætning</translation>
    </message>
    <message>
        <source>Glosses</source>
        <translation>Oversættelser</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Billede</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Brugernavn</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Signatory&apos;s name</source>
        <translation>Underskriverens navn</translation>
    </message>
    <message>
        <source>Signatory&apos;s title</source>
        <translation>Underskriverens titel</translation>
    </message>
    <message>
        <source>Certificate number prefix</source>
        <translation>Præfiks for bevisnumre</translation>
    </message>
    <message>
        <source>Minimum hours for a certificate</source>
        <translation>Mindste antal timer til et kursusbevis</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Underskrift</translation>
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
        <source>The file is too large: at most {max} kB.</source>
        <translation>Filen er for stor: højst {max} kB.</translation>
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
        <source>{value} is already in this list.</source>
        <translation>{value} står allerede på listen.</translation>
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
        <source>{value} is not a language code the program knows.</source>
        <translation>{value} er ikke en sprogkode, som programmet kender.</translation>
    </message>
    <message>
        <source>The file is not a whole PNG or JPEG picture.</source>
        <translation>Filen er ikke et helt PNG- eller JPEG-billede.</translation>
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
        <source>Only a coordinator or an administrator may change the centre&apos;s settings or other users. Nothing was changed.</source>
        <translation>Kun en koordinator eller en administrator kan ændre centrets indstillinger eller andre brugere. Intet er ændret.</translation>
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
    <name>MonthHoursModel</name>
    <message numerus="yes">
        <source>%n session(s), {hours} hours, {lessons} lessons of 45 minutes</source>
        <translation>
            <numerusform>%n besøg, {hours} timer, {lessons} lektioner à 45 minutter</numerusform>
            <numerusform>%n besøg, {hours} timer, {lessons} lektioner à 45 minutter</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewFeedbackDialog</name>
    <message>
        <source>New feedback form</source>
        <translation>Nyt tilbagemeldingsskema</translation>
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
        <source>Type part of a learner&apos;s name</source>
        <translation>Skriv en del af kursistens navn</translation>
    </message>
    <message>
        <source>Period &amp;from:</source>
        <translation>Periode &amp;fra:</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>Periode fra</translation>
    </message>
    <message>
        <source>Period &amp;to:</source>
        <translation>Periode &amp;til:</translation>
    </message>
    <message>
        <source>Period to</source>
        <translation>Periode til</translation>
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
    <name>PictureField</name>
    <message>
        <source>C&amp;hoose picture…</source>
        <translation>&amp;Vælg billede…</translation>
    </message>
    <message>
        <source>A PNG or JPEG picture of at most {size} kB</source>
        <translation>Et PNG- eller JPEG-billede på højst {size} kB</translation>
    </message>
    <message>
        <source>Remo&amp;ve picture</source>
        <translation>&amp;Fjern billede</translation>
    </message>
    <message>
        <source>No picture</source>
        <translation>Intet billede</translation>
    </message>
    <message>
        <source>A picture of {size} kB</source>
        <translation>Et billede på {size} kB</translation>
    </message>
    <message>
        <source>Choose a picture</source>
        <translation>Vælg et billede</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>Billeder (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>The picture could not be read: {reason}</source>
        <translation>Billedet kunne ikke læses: {reason}</translation>
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
        <translation>&amp;Nyt forløb…</translation>
    </message>
    <message>
        <source>Add a placement (Ctrl+N)</source>
        <translation>Tilføj et forløb (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Redigér…</translation>
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
    <name>ProgressTableModel</name>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Ord</translation>
    </message>
    <message>
        <source>% mastered</source>
        <translation>% mestret</translation>
    </message>
    <message>
        <source>All lists</source>
        <translation>Alle lister</translation>
    </message>
    <message>
        <source>{percent} %</source>
        <translation>{percent} %</translation>
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
    <name>ReportModels</name>
    <message>
        <source>No tutor recorded</source>
        <translation>Ingen sprogmentor registreret</translation>
    </message>
    <message>
        <source>Tutor</source>
        <translation>Sprogmentor</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>År i alt</translation>
    </message>
    <message>
        <source>All tutors</source>
        <translation>Alle sprogmentorer</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Besøg</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Timer</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Lektioner</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Kursister</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Startet</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Afsluttet</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Gennemført</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>Henvist</translation>
    </message>
    <message>
        <source>Median days</source>
        <translation>Median, dage</translation>
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
        <source>{within} of {referred}</source>
        <translation>{within} af {referred}</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>At the end</source>
        <translation>Ved afslutning</translation>
    </message>
    <message>
        <source>At follow-up</source>
        <translation>Ved opfølgning</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Ikke registreret</translation>
    </message>
</context>
<context>
    <name>ReportsScreen</name>
    <message>
        <source>Reports</source>
        <translation>Rapporter</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;År:</translation>
    </message>
    <message>
        <source>Tuto&amp;r:</source>
        <translation>Sprog&amp;mentor:</translation>
    </message>
    <message>
        <source>E&amp;mployer:</source>
        <translation>&amp;Virksomhed:</translation>
    </message>
    <message>
        <source>First session &amp;within:</source>
        <translation>Første besøg &amp;inden for:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dage</translation>
    </message>
    <message>
        <source>Count the placements whose first session came this many days after referral</source>
        <translation>Tæl de forløb, hvis første besøg kom højst så mange dage efter henvisningen</translation>
    </message>
    <message>
        <source>E&amp;xport to CSV…</source>
        <translation>E&amp;ksportér til CSV…</translation>
    </message>
    <message>
        <source>Save every table of the report in one CSV file</source>
        <translation>Gem alle rapportens tabeller i én CSV-fil</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annullér</translation>
    </message>
    <message>
        <source>Progress of the report</source>
        <translation>Rapportens fremdrift</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Tæller op…</translation>
    </message>
    <message>
        <source>All tutors</source>
        <translation>Alle sprogmentorer</translation>
    </message>
    <message>
        <source>All employers</source>
        <translation>Alle virksomheder</translation>
    </message>
    <message>
        <source>Hours per mo&amp;nth</source>
        <translation>&amp;Timer pr. måned</translation>
    </message>
    <message>
        <source>Per t&amp;utor</source>
        <translation>Pr. &amp;sprogmentor</translation>
    </message>
    <message>
        <source>Per em&amp;ployer</source>
        <translation>Pr. virksomhe&amp;d</translation>
    </message>
    <message>
        <source>&amp;Outcomes</source>
        <translation>Res&amp;ultater</translation>
    </message>
    <message>
        <source>Hours per tutor and month</source>
        <translation>Timer pr. sprogmentor og måned</translation>
    </message>
    <message>
        <source>Figures per tutor</source>
        <translation>Tal pr. sprogmentor</translation>
    </message>
    <message>
        <source>Figures per employer</source>
        <translation>Tal pr. virksomhed</translation>
    </message>
    <message>
        <source>Outcomes of the placements ended</source>
        <translation>Resultater af de afsluttede forløb</translation>
    </message>
    <message>
        <source>Placements completed or cancelled in the year, by their outcome at the end and at follow-up.</source>
        <translation>Forløb, der blev gennemført eller afbrudt i året, fordelt efter resultat ved afslutning og ved opfølgning.</translation>
    </message>
    <message>
        <source>sessions held</source>
        <translation>gennemførte besøg</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>timer</translation>
    </message>
    <message>
        <source>learners taught</source>
        <translation>kursister undervist</translation>
    </message>
    <message>
        <source>placements started / ended</source>
        <translation>forløb startet / afsluttet</translation>
    </message>
    <message numerus="yes">
        <source>first session within %n day(s) of referral</source>
        <translation>
            <numerusform>første besøg inden for %n dag efter henvisning</numerusform>
            <numerusform>første besøg inden for %n dage efter henvisning</numerusform>
        </translation>
    </message>
    <message>
        <source>days from referral to first session (median)</source>
        <translation>dage fra henvisning til første besøg (median)</translation>
    </message>
    <message>
        <source>{within} of {referred}</source>
        <translation>{within} af {referred}</translation>
    </message>
    <message>
        <source>{lessons} lessons of 45 minutes</source>
        <translation>{lessons} lektioner à 45 minutter</translation>
    </message>
    <message numerus="yes">
        <source>%n referred placement(s) not visited yet</source>
        <translation>
            <numerusform>%n henvist forløb har endnu ikke haft besøg</numerusform>
            <numerusform>%n henviste forløb har endnu ikke haft besøg</numerusform>
        </translation>
    </message>
    <message>
        <source>report-{year}.csv</source>
        <translation>rapport-{year}.csv</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Eksportér rapport</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <source>Report {year}</source>
        <translation>Rapport {year}</translation>
    </message>
    <message>
        <source>Hours per month</source>
        <translation>Timer pr. måned</translation>
    </message>
    <message>
        <source>Per tutor</source>
        <translation>Pr. sprogmentor</translation>
    </message>
    <message>
        <source>Per employer</source>
        <translation>Pr. virksomhed</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Resultater</translation>
    </message>
    <message>
        <source>The CSV file could not be written: {reason}</source>
        <translation>CSV-filen kunne ikke skrives: {reason}</translation>
    </message>
    <message>
        <source>The report was written to {path}.</source>
        <translation>Rapporten er skrevet til {path}.</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Tutor</source>
        <translation>Sprogmentor</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Koordinator</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
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
        <source>&amp;Goal words:</source>
        <translation>Målo&amp;rd:</translation>
    </message>
    <message>
        <source>Goal words practised or mastered</source>
        <translation>Målord, der er øvet eller mestret</translation>
    </message>
    <message>
        <source>Arrow keys move to a word&apos;s tick; Space ticks practised or mastered</source>
        <translation>Piletasterne flytter til et ords afkrydsning; mellemrum krydser øvet eller mestret af</translation>
    </message>
    <message>
        <source>No goal words for this learner yet: add them with Goals… on the Learners screen.</source>
        <translation>Ingen målord for denne kursist endnu: tilføj dem med Mål… på skærmen Kursister.</translation>
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
        <translation>Registrér &amp;besøg…</translation>
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
    <name>SettingsScreen</name>
    <message>
        <source>Settings</source>
        <translation>Indstillinger</translation>
    </message>
    <message>
        <source>Ce&amp;ntre</source>
        <translation>&amp;Center</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>Br&amp;ugere</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>&amp;Sprog</translation>
    </message>
    <message>
        <source>&amp;Language of the window:</source>
        <translation>&amp;Vinduets sprog:</translation>
    </message>
    <message>
        <source>Language of the window</source>
        <translation>Vinduets sprog</translation>
    </message>
    <message>
        <source>The window changes language at once and starts in it next time. Certificates choose their language when they are issued.</source>
        <translation>Vinduet skifter sprog med det samme og starter på det næste gang. Kursusbevisernes sprog vælges, når de udstedes.</translation>
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
    <name>StatementDialog</name>
    <message>
        <source>New can-do statement</source>
        <translation>Nyt kan-udsagn</translation>
    </message>
    <message>
        <source>Edit can-do statement</source>
        <translation>Redigér kan-udsagn</translation>
    </message>
    <message>
        <source>&amp;Sector:</source>
        <translation>&amp;Branche:</translation>
    </message>
    <message>
        <source>&amp;Level (indicative):</source>
        <translation>&amp;Niveau (vejledende):</translation>
    </message>
    <message>
        <source>&amp;Danish:</source>
        <translation>&amp;Dansk:</translation>
    </message>
    <message>
        <source>&amp;English:</source>
        <translation>&amp;Engelsk:</translation>
    </message>
</context>
<context>
    <name>StatementTableModel</name>
    <message>
        <source>Sector</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Level (indicative)</source>
        <translation>Niveau (vejledende)</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>Dansk</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engelsk</translation>
    </message>
    <message>
        <source>{text} (retired)</source>
        <translation>{text} (udfaset)</translation>
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
    <name>TutorPinDialog</name>
    <message>
        <source>Choose your PIN</source>
        <translation>Vælg din pinkode</translation>
    </message>
    <message>
        <source>Several people use this database, so leaving employer mode needs your PIN. Choose {min}–{max} digits that only you know.</source>
        <translation>Flere personer bruger denne database, så det kræver din pinkode at forlade arbejdsgivertilstand. Vælg {min}–{max} cifre, som kun du kender.</translation>
    </message>
    <message>
        <source>Tutor&apos;s PIN</source>
        <translation>Sprogmentorens pinkode</translation>
    </message>
    <message>
        <source>Type your PIN to leave employer mode.</source>
        <translation>Skriv din pinkode for at forlade arbejdsgivertilstand.</translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation>&amp;Pinkode:</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>Pinkode</translation>
    </message>
    <message>
        <source>&amp;Repeat PIN:</source>
        <translation>&amp;Gentag pinkode:</translation>
    </message>
    <message>
        <source>Repeat PIN</source>
        <translation>Gentag pinkode</translation>
    </message>
    <message>
        <source>The two PINs are not the same.</source>
        <translation>De to pinkoder er ikke ens.</translation>
    </message>
    <message>
        <source>Use {min}–{max} digits.</source>
        <translation>Brug {min}–{max} cifre.</translation>
    </message>
    <message>
        <source>That is not your PIN. Try again.</source>
        <translation>Det er ikke din pinkode. Prøv igen.</translation>
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
<context>
    <name>UserDialog</name>
    <message>
        <source>New user</source>
        <translation>Ny bruger</translation>
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
        <source>&amp;Login:</source>
        <translation>&amp;Brugernavn:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>Letters a–z, digits, dot, hyphen and underscore; at least 2 characters.</source>
        <translation>Bogstaverne a–z, cifre, punktum, bindestreg og understregning; mindst 2 tegn.</translation>
    </message>
</context>
<context>
    <name>UserPinDialog</name>
    <message>
        <source>PIN for {name}</source>
        <translation>Pinkode for {name}</translation>
    </message>
    <message>
        <source>The PIN lets {name} leave employer mode where several people share the database. Choose 4–8 digits and tell them in person.</source>
        <translation>Med pinkoden kan {name} forlade arbejdsgivertilstand, hvor flere personer deler databasen. Vælg 4–8 cifre, og fortæl dem personligt.</translation>
    </message>
</context>
<context>
    <name>UserTableModel</name>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Brugernavn</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Deaktiveret</translation>
    </message>
</context>
<context>
    <name>UsersPane</name>
    <message>
        <source>Users</source>
        <translation>Brugere</translation>
    </message>
    <message>
        <source>Show deacti&amp;vated users</source>
        <translation>Vis deakti&amp;verede brugere</translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation>&amp;Tilføj bruger…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>&amp;Redigér…</translation>
    </message>
    <message>
        <source>Set &amp;PIN…</source>
        <translation>Angiv &amp;pinkode…</translation>
    </message>
    <message>
        <source>The PIN that leaves employer mode</source>
        <translation>Pinkoden, der forlader arbejdsgivertilstand</translation>
    </message>
    <message>
        <source>C&amp;lear PIN</source>
        <translation>Fjern pin&amp;kode</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n bruger</numerusform>
            <numerusform>%n brugere</numerusform>
        </translation>
    </message>
    <message>
        <source>Deactivate user</source>
        <translation>Deaktivér bruger</translation>
    </message>
    <message>
        <source>Deactivate {name}? They can no longer be chosen as the person working or as a tutor. Their sessions and history stay, and they can be reactivated later.</source>
        <translation>Deaktivér {name}? Personen kan ikke længere vælges som den, der arbejder, eller som sprogmentor. Besøg og historik bevares, og personen kan genaktiveres senere.</translation>
    </message>
    <message>
        <source>Clear PIN</source>
        <translation>Fjern pinkode</translation>
    </message>
    <message>
        <source>Clear the PIN of {name}? They choose a new one the next time they start employer mode.</source>
        <translation>Fjern pinkoden for {name}? Personen vælger en ny, næste gang arbejdsgivertilstand startes.</translation>
    </message>
    <message>
        <source>&amp;Reactivate</source>
        <translation>Gen&amp;aktivér</translation>
    </message>
    <message>
        <source>&amp;Deactivate…</source>
        <translation>&amp;Deaktivér…</translation>
    </message>
</context>
<context>
    <name>VocabularyImportDialog</name>
    <message>
        <source>Import into {name}</source>
        <translation>Importér til {name}</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importér</translation>
    </message>
    <message>
        <source>&amp;Update the words the list has already with the file&apos;s values</source>
        <translation>&amp;Opdatér de ord, listen allerede har, med filens værdier</translation>
    </message>
    <message>
        <source>Empty cells in the file change nothing; glosses are added or replaced.</source>
        <translation>Tomme celler i filen ændrer intet; oversættelser tilføjes eller erstattes.</translation>
    </message>
    <message>
        <source>{file} cannot be imported into {name}.</source>
        <translation>{file} kan ikke importeres til {name}.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found. Nothing has been imported. Correct the file in your spreadsheet program and import it again.</source>
        <translation>
            <numerusform>%n problem fundet. Intet er importeret. Ret filen i dit regnearksprogram, og importér den igen.</numerusform>
            <numerusform>%n problemer fundet. Intet er importeret. Ret filen i dit regnearksprogram, og importér den igen.</numerusform>
        </translation>
    </message>
    <message>
        <source>{file} into {name}:</source>
        <translation>{file} til {name}:</translation>
    </message>
    <message numerus="yes">
        <source>%n new word(s) will be added.</source>
        <translation>
            <numerusform>%n nyt ord bliver tilføjet.</numerusform>
            <numerusform>%n nye ord bliver tilføjet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n word(s) are in the list already and stay as they are.</source>
        <translation>
            <numerusform>%n ord er allerede på listen og forbliver, som det er.</numerusform>
            <numerusform>%n ord er allerede på listen og forbliver, som de er.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n word(s) are in the list already but differ.</source>
        <translation>
            <numerusform>%n ord er allerede på listen, men er anderledes.</numerusform>
            <numerusform>%n ord er allerede på listen, men er anderledes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Read as an Excel workbook (.xlsx).</source>
        <translation>Læst som Excel-projektmappe (.xlsx).</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>semikolon</translation>
    </message>
    <message>
        <source>commas</source>
        <translation>komma</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>tabulator</translation>
    </message>
    <message>
        <source>Read as CSV in {encoding}, separated by {separator}.</source>
        <translation>Læst som CSV i {encoding}, adskilt med {separator}.</translation>
    </message>
    <message>
        <source>Glosses in: {languages}.</source>
        <translation>Oversættelser på: {languages}.</translation>
    </message>
    <message>
        <source>Problems in the file</source>
        <translation>Problemer i filen</translation>
    </message>
    <message>
        <source>Words in the file</source>
        <translation>Ord i filen</translation>
    </message>
</context>
<context>
    <name>VocabularyItemDialog</name>
    <message>
        <source>{language}:</source>
        <translation>{language}:</translation>
    </message>
    <message>
        <source>Gloss in {language}</source>
        <translation>Oversættelse til {language}</translation>
    </message>
    <message>
        <source>New word</source>
        <translation>Nyt ord</translation>
    </message>
    <message>
        <source>Edit {term}</source>
        <translation>Redigér {term}</translation>
    </message>
    <message>
        <source>Danish &amp;term:</source>
        <translation>Dansk &amp;ord:</translation>
    </message>
    <message>
        <source>&amp;Article:</source>
        <translation>&amp;Kendeord:</translation>
    </message>
    <message>
        <source>&amp;Word class:</source>
        <translation>Ordk&amp;lasse:</translation>
    </message>
    <message>
        <source>E&amp;xample sentence:</source>
        <translation>&amp;Eksempelsætning:</translation>
    </message>
    <message>
        <source>&amp;Safety:</source>
        <translation>&amp;Sikkerhed:</translation>
    </message>
    <message>
        <source>&amp;Picture:</source>
        <translation>&amp;Billede:</translation>
    </message>
    <message>
        <source>as it is said at work, e.g. moppe</source>
        <translation>som det siges på arbejdet, fx moppe</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(intet)</translation>
    </message>
    <message>
        <source>Safety-critical: the worker must know this word</source>
        <translation>Sikkerhedskritisk: medarbejderen skal kunne dette ord</translation>
    </message>
    <message>
        <source>Glosses in the learners&apos; languages</source>
        <translation>Oversættelser til kursisternes sprog</translation>
    </message>
    <message>
        <source>Add &amp;language:</source>
        <translation>Tilføj s&amp;prog:</translation>
    </message>
    <message>
        <source>Add a gloss language</source>
        <translation>Tilføj et sprog til oversættelse</translation>
    </message>
    <message>
        <source>Choose a language…</source>
        <translation>Vælg et sprog…</translation>
    </message>
</context>
<context>
    <name>VocabularyListDialog</name>
    <message>
        <source>{name} – copy</source>
        <translation>{name} – kopi</translation>
    </message>
    <message>
        <source>New word list</source>
        <translation>Ny ordliste</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>Redigér {name}</translation>
    </message>
    <message>
        <source>Copy {name} for an employer</source>
        <translation>Kopiér {name} til en virksomhed</translation>
    </message>
    <message>
        <source>The new list gets a copy of every word of {name}, with glosses and pictures. Change it as the workplace needs; {name} stays as it is.</source>
        <translation>Den nye liste får en kopi af alle ord fra {name} med oversættelser og billeder. Tilpas den til arbejdspladsen; {name} forbliver, som den er.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <source>&amp;Sector:</source>
        <translation>&amp;Branche:</translation>
    </message>
    <message>
        <source>E&amp;mployer:</source>
        <translation>&amp;Virksomhed:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>B&amp;eskrivelse:</translation>
    </message>
    <message>
        <source>Optional: the workplace the list is adapted for</source>
        <translation>Valgfrit: den arbejdsplads, listen er tilpasset til</translation>
    </message>
</context>
<context>
    <name>VocabularyMessages</name>
    <message>
        <source>The file is empty.</source>
        <translation>Filen er tom.</translation>
    </message>
    <message>
        <source>The file is too large: at most {max} MB can be imported.</source>
        <translation>Filen er for stor: højst {max} MB kan importeres.</translation>
    </message>
    <message>
        <source>The file is neither a CSV text file nor an Excel workbook (.xlsx). Save the list as CSV or .xlsx in your spreadsheet program.</source>
        <translation>Filen er hverken en CSV-tekstfil eller en Excel-projektmappe (.xlsx). Gem listen som CSV eller .xlsx i dit regnearksprogram.</translation>
    </message>
    <message>
        <source>The file is an old Excel workbook (.xls). Save it as .xlsx or CSV and import that.</source>
        <translation>Filen er en gammel Excel-projektmappe (.xls). Gem den som .xlsx eller CSV, og importér den.</translation>
    </message>
    <message>
        <source>The file cannot be read; it may be damaged.</source>
        <translation>Filen kan ikke læses; den er måske beskadiget.</translation>
    </message>
    <message>
        <source>The first line must name the columns, such as Ord, Kendeord, Ordklasse, Eksempel and one column per language (Term, Article, Word class, Example in English). Found: {found}.</source>
        <translation>Første linje skal navngive kolonnerne, fx Ord, Kendeord, Ordklasse, Eksempel og én kolonne pr. sprog (på engelsk Term, Article, Word class, Example). Fundet: {found}.</translation>
    </message>
    <message>
        <source>“{value}” is not a column the program knows.</source>
        <translation>“{value}” er ikke en kolonne, programmet kender.</translation>
    </message>
    <message>
        <source>The column “{value}” comes twice.</source>
        <translation>Kolonnen “{value}” findes to gange.</translation>
    </message>
    <message>
        <source>There is no column for the Danish term (Ord or Term). Found: {found}.</source>
        <translation>Der er ingen kolonne til det danske ord (Ord eller Term). Fundet: {found}.</translation>
    </message>
    <message>
        <source>“{value}” is not a language code the program knows.</source>
        <translation>“{value}” er ikke en sprogkode, programmet kender.</translation>
    </message>
    <message>
        <source>The file has more than {max} words; split it into smaller lists.</source>
        <translation>Filen har mere end {max} ord; del den op i mindre lister.</translation>
    </message>
    <message>
        <source>The file has no words below its headings.</source>
        <translation>Filen har ingen ord under overskrifterne.</translation>
    </message>
    <message>
        <source>The Danish term is empty.</source>
        <translation>Det danske ord er tomt.</translation>
    </message>
    <message>
        <source>The cell holds {length} characters; at most {max} are allowed.</source>
        <translation>Cellen indeholder {length} tegn; højst {max} er tilladt.</translation>
    </message>
    <message>
        <source>“{value}” is not a word class; use navneord, udsagnsord, tillægsord, biord, udtryk or andet (noun, verb, adjective, adverb, phrase, other).</source>
        <translation>“{value}” er ikke en ordklasse; brug navneord, udsagnsord, tillægsord, biord, udtryk eller andet (noun, verb, adjective, adverb, phrase, other).</translation>
    </message>
    <message>
        <source>“{value}” is not an article; use en or et, or leave the cell empty.</source>
        <translation>“{value}” er ikke et kendeord; brug en eller et, eller lad cellen være tom.</translation>
    </message>
    <message>
        <source>“{value}” is neither yes nor no; use ja, nej or leave the cell empty.</source>
        <translation>“{value}” er hverken ja eller nej; brug ja eller nej, eller lad cellen være tom.</translation>
    </message>
    <message>
        <source>“{value}” is already on line {first_line}.</source>
        <translation>“{value}” står allerede på linje {first_line}.</translation>
    </message>
    <message>
        <source>The cell has text but its column has no heading.</source>
        <translation>Cellen har tekst, men dens kolonne har ingen overskrift.</translation>
    </message>
    <message>
        <source>The file cannot be imported.</source>
        <translation>Filen kan ikke importeres.</translation>
    </message>
    <message>
        <source>Line {line}</source>
        <translation>Linje {line}</translation>
    </message>
    <message>
        <source>Line {line}, column {column} ({heading})</source>
        <translation>Linje {line}, kolonne {column} ({heading})</translation>
    </message>
    <message>
        <source>Line {line}, column {column}</source>
        <translation>Linje {line}, kolonne {column}</translation>
    </message>
    <message>
        <source>{place}: {problem}</source>
        <translation>{place}: {problem}</translation>
    </message>
    <message>
        <source>Nothing has been imported.</source>
        <translation>Intet er importeret.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing has been imported.</source>
        <translation>Importen blev annulleret; intet er importeret.</translation>
    </message>
    <message>
        <source>The list was changed by someone else while you looked at the preview. Nothing has been imported; import the file again to see a new preview.</source>
        <translation>Listen blev ændret af en anden, mens du så forhåndsvisningen. Intet er importeret; importér filen igen for at se en ny forhåndsvisning.</translation>
    </message>
</context>
<context>
    <name>VocabularyModels</name>
    <message>
        <source>Word list</source>
        <translation>Ordliste</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Ord</translation>
    </message>
    <message>
        <source>{name} (archived)</source>
        <translation>{name} (arkiveret)</translation>
    </message>
    <message>
        <source>Danish term</source>
        <translation>Dansk ord</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Kendeord</translation>
    </message>
    <message>
        <source>Word class</source>
        <translation>Ordklasse</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Sikkerhed</translation>
    </message>
    <message>
        <source>Example sentence</source>
        <translation>Eksempelsætning</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisk</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linje</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Hvad sker der</translation>
    </message>
    <message>
        <source>Glosses</source>
        <translation>Oversættelser</translation>
    </message>
    <message>
        <source>article</source>
        <translation>kendeord</translation>
    </message>
    <message>
        <source>example</source>
        <translation>eksempel</translation>
    </message>
    <message>
        <source>safety flag</source>
        <translation>sikkerhedsmarkering</translation>
    </message>
    <message>
        <source>glosses</source>
        <translation>oversættelser</translation>
    </message>
    <message>
        <source>New word</source>
        <translation>Nyt ord</translation>
    </message>
    <message>
        <source>Already in the list</source>
        <translation>Allerede på listen</translation>
    </message>
    <message>
        <source>Will be updated: {changes}</source>
        <translation>Bliver opdateret: {changes}</translation>
    </message>
    <message>
        <source>In the list, differs in: {changes} (left as it is)</source>
        <translation>På listen, forskellig i: {changes} (forbliver uændret)</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Hvor</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Whole file</source>
        <translation>Hele filen</translation>
    </message>
</context>
<context>
    <name>VocabularyScreen</name>
    <message>
        <source>Vocabulary</source>
        <translation>Ordforråd</translation>
    </message>
    <message>
        <source>&amp;Word lists</source>
        <translation>&amp;Ordlister</translation>
    </message>
    <message>
        <source>Word lists</source>
        <translation>Ordlister</translation>
    </message>
    <message>
        <source>Choose a list to see its words</source>
        <translation>Vælg en liste for at se dens ord</translation>
    </message>
    <message>
        <source>Show archived lists</source>
        <translation>Vis arkiverede lister</translation>
    </message>
    <message>
        <source>New &amp;list…</source>
        <translation>Ny &amp;liste…</translation>
    </message>
    <message>
        <source>Edit l&amp;ist…</source>
        <translation>Redigér li&amp;ste…</translation>
    </message>
    <message>
        <source>&amp;Copy for employer…</source>
        <translation>&amp;Kopiér til virksomhed…</translation>
    </message>
    <message>
        <source>Copy the list with all its words, to adapt it for one workplace</source>
        <translation>Kopiér listen med alle dens ord for at tilpasse den til én arbejdsplads</translation>
    </message>
    <message>
        <source>Find a word or gloss in this list</source>
        <translation>Find et ord eller en oversættelse på listen</translation>
    </message>
    <message>
        <source>Find a word in this list</source>
        <translation>Find et ord på listen</translation>
    </message>
    <message>
        <source>Find a word or gloss in this list (Ctrl+F)</source>
        <translation>Find et ord eller en oversættelse på listen (Ctrl+F)</translation>
    </message>
    <message>
        <source>Show archived words</source>
        <translation>Vis arkiverede ord</translation>
    </message>
    <message>
        <source>Words of the list</source>
        <translation>Listens ord</translation>
    </message>
    <message>
        <source>Press Enter to edit the chosen word</source>
        <translation>Tryk Enter for at redigere det valgte ord</translation>
    </message>
    <message>
        <source>&amp;New word…</source>
        <translation>&amp;Nyt ord…</translation>
    </message>
    <message>
        <source>Add a word to this list (Ctrl+N)</source>
        <translation>Tilføj et ord til listen (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Edit word…</source>
        <translation>Re&amp;digér ord…</translation>
    </message>
    <message>
        <source>I&amp;mport…</source>
        <translation>I&amp;mportér…</translation>
    </message>
    <message>
        <source>Add words from a CSV file or an Excel workbook; you see a preview first</source>
        <translation>Tilføj ord fra en CSV-fil eller en Excel-projektmappe; du ser en forhåndsvisning først</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>Eks&amp;portér…</translation>
    </message>
    <message>
        <source>Save this list as an Excel workbook or CSV file</source>
        <translation>Gem listen som Excel-projektmappe eller CSV-fil</translation>
    </message>
    <message>
        <source>No list chosen</source>
        <translation>Ingen liste valgt</translation>
    </message>
    <message>
        <source>Choose a word list on the left, or make one with New list.</source>
        <translation>Vælg en ordliste til venstre, eller lav en med Ny liste.</translation>
    </message>
    <message>
        <source>adapted for {employer}</source>
        <translation>tilpasset {employer}</translation>
    </message>
    <message>
        <source>copied from {name}</source>
        <translation>kopieret fra {name}</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>arkiveret</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n ord</numerusform>
            <numerusform>%n ord</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Restore list</source>
        <translation>&amp;Gendan liste</translation>
    </message>
    <message>
        <source>&amp;Archive list</source>
        <translation>&amp;Arkivér liste</translation>
    </message>
    <message>
        <source>Restore w&amp;ord</source>
        <translation>Gendan o&amp;rd</translation>
    </message>
    <message>
        <source>Archi&amp;ve word</source>
        <translation>Arki&amp;vér ord</translation>
    </message>
    <message>
        <source>Archive the list {name}? It leaves the lists, its words stay in learners&apos; goals, and it can be restored.</source>
        <translation>Arkivér listen {name}? Den forsvinder fra listerne, dens ord bliver i kursisternes mål, og den kan gendannes.</translation>
    </message>
    <message>
        <source>Archive list</source>
        <translation>Arkivér liste</translation>
    </message>
    <message>
        <source>Restore the list {name}?</source>
        <translation>Gendan listen {name}?</translation>
    </message>
    <message>
        <source>Restore list</source>
        <translation>Gendan liste</translation>
    </message>
    <message>
        <source>Archive the word {term}? It leaves the list but stays in learners&apos; goals, and can be restored.</source>
        <translation>Arkivér ordet {term}? Det forsvinder fra listen, men bliver i kursisternes mål og kan gendannes.</translation>
    </message>
    <message>
        <source>Archive word</source>
        <translation>Arkivér ord</translation>
    </message>
</context>
<context>
    <name>VocabularyTransferFlow</name>
    <message>
        <source>Import words</source>
        <translation>Importér ord</translation>
    </message>
    <message>
        <source>Word lists (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>Ordlister (*.csv *.xlsx *.txt);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>Læser {file}…</translation>
    </message>
    <message>
        <source>Importing into {name}…</source>
        <translation>Importerer til {name}…</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing has been imported.</source>
        <translation>Importen blev annulleret; intet er importeret.</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s) added to {name}.</source>
        <translation>
            <numerusform>%n ord tilføjet til {name}.</numerusform>
            <numerusform>%n ord tilføjet til {name}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n word(s) updated.</source>
        <translation>
            <numerusform>%n ord opdateret.</numerusform>
            <numerusform>%n ord opdateret.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n word(s) were there already.</source>
        <translation>
            <numerusform>%n ord var der allerede.</numerusform>
            <numerusform>%n ord var der allerede.</numerusform>
        </translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-projektmappe (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV for Excel, semicolon-separated (*.csv)</source>
        <translation>CSV til Excel, semikolonsepareret (*.csv)</translation>
    </message>
    <message>
        <source>Export {name}</source>
        <translation>Eksportér {name}</translation>
    </message>
    <message>
        <source>Writing {file}…</source>
        <translation>Skriver {file}…</translation>
    </message>
    <message>
        <source>Export words</source>
        <translation>Eksportér ord</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s) written to {path}.</source>
        <translation>
            <numerusform>%n ord skrevet til {path}.</numerusform>
            <numerusform>%n ord skrevet til {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file could not be read or written: {reason}</source>
        <translation>Filen kunne ikke læses eller skrives: {reason}</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>brug: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>argumenter</translation>
    </message>
    <message>
        <source>options</source>
        <translation>tilvalg</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>vis denne hjælp og afslut</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>vis programmets versionsnummer og afslut</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: fejl: %(message)s
</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>disse argumenter mangler: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>ukendte argumenter: %s</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>ugyldigt valg: %(value)r (vælg mellem %(choices)s)</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>ugyldig %(type)s-værdi: %(value)r</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>forventede ét argument</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>tvetydigt tilvalg: %(option)s kan være %(matches)s</translation>
    </message>
</context>
</TS>
