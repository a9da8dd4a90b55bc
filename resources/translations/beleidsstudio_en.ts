<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nl_NL">
  <context>
    <name>Beleidsstudio</name>
    <message>
      <source>De schijf is vol: {bestand} is niet geschreven en het vorige bestand is ongewijzigd. Maak ruimte vrij of sla op in een andere map.</source>
      <translation>The disk is full: {bestand} was not written and the previous file is unchanged. Free some space or save in another folder.</translation>
    </message>
    <message>
      <source>Geen schrijfrechten: {bestand} is niet geschreven (alleen-lezen map of bestand). Sla op in een andere map.</source>
      <translation>No write permission: {bestand} was not written (read-only folder or file). Save in another folder.</translation>
    </message>
    <message>
      <source>Schrijffout: {bestand} is niet opgeslagen en het vorige bestand is ongewijzigd. Controleer of de schijf vol is, of sla op in een andere map.</source>
      <translation>Write error: {bestand} was not saved and the previous file is unchanged. Check whether the disk is full, or save in another folder.</translation>
    </message>
    <message>
      <source>Kan {bestand} niet schrijven: {reden}. Sla op in een andere map.</source>
      <translation>Cannot write {bestand}: {reden}. Save in another folder.</translation>
    </message>
    <message>
      <source>De map van {bestand} bestaat niet (meer); sla op in een andere map.</source>
      <translation>The folder of {bestand} does not exist (any more); save in another folder.</translation>
    </message>
    <message>
      <source>Nieuw artikel</source>
      <translation>New article</translation>
    </message>
    <message>
      <source>Nieuw lid</source>
      <translation>New paragraph</translation>
    </message>
    <message>
      <source>Nieuw onderdeel</source>
      <translation>New onderdeel</translation>
    </message>
    <message>
      <source>Nieuw hoofdstuk</source>
      <translation>New hoofdstuk</translation>
    </message>
    <message>
      <source>Hoofdstuk verwijderen</source>
      <translation>Delete hoofdstuk</translation>
    </message>
    <message>
      <source>Verwijderen</source>
      <translation>Delete</translation>
    </message>
    <message>
      <source>Artikel verplaatsen</source>
      <translation>Move article</translation>
    </message>
    <message>
      <source>Lid verplaatsen</source>
      <translation>Move paragraph</translation>
    </message>
    <message>
      <source>Artikel splitsen</source>
      <translation>Split article</translation>
    </message>
    <message>
      <source>Clausule invoegen</source>
      <translation>Insert clause</translation>
    </message>
    <message>
      <source>Verplaatsen</source>
      <translation>Move</translation>
    </message>
    <message>
      <source>Onderdeel splitsen</source>
      <translation>Split onderdeel</translation>
    </message>
    <message>
      <source>Lid splitsen</source>
      <translation>Split paragraph</translation>
    </message>
    <message>
      <source>Artikelen samenvoegen</source>
      <translation>Merge articles</translation>
    </message>
    <message>
      <source>Artikel verwijderen</source>
      <translation>Delete article</translation>
    </message>
    <message>
      <source>Lid verwijderen</source>
      <translation>Delete paragraph</translation>
    </message>
    <message>
      <source>Onderdeel verwijderen</source>
      <translation>Delete item</translation>
    </message>
    <message>
      <source>Leden samenvoegen</source>
      <translation>Merge paragraphs</translation>
    </message>
    <message>
      <source>Onderdelen samenvoegen</source>
      <translation>Merge onderdelen</translation>
    </message>
    <message>
      <source>Gegevens wijzigen</source>
      <translation>Change details</translation>
    </message>
    <message>
      <source>De ondernemingsraad wijzigt de gegevens niet; stel een wijziging in de tekst voor.</source>
      <translation>The works council does not change the details; propose a change in the text instead.</translation>
    </message>
    <message>
      <source>Onbekend gegeven: {veld}</source>
      <translation>Unknown field: {veld}</translation>
    </message>
    <message>
      <source>Inspringen</source>
      <translation>Indent</translation>
    </message>
    <message>
      <source>Uitspringen</source>
      <translation>Outdent</translation>
    </message>
    <message>
      <source>Alleen een lid kan inspringen; een onderdeel springt niet verder in.</source>
      <translation>Only a lid can be indented; an onderdeel cannot be indented further.</translation>
    </message>
    <message>
      <source>Dit is het eerste lid van het artikel: er staat geen lid voor waarvan het een onderdeel kan worden.</source>
      <translation>This is the first lid of the artikel: there is no lid before it to become an onderdeel of.</translation>
    </message>
    <message>
      <source>Alleen een onderdeel kan uitspringen; een lid springt niet verder uit.</source>
      <translation>Only an onderdeel can be outdented; a lid cannot be outdented further.</translation>
    </message>
    <message>
      <source>Buiten de artikelen</source>
      <translation>Outside the articles</translation>
    </message>
    <message>
      <source>Titel</source>
      <translation>Title</translation>
    </message>
    <message>
      <source>Aanhef</source>
      <translation>Preamble (aanhef)</translation>
    </message>
    <message>
      <source>Vaststelling en ondertekening</source>
      <translation>Adoption and signatures</translation>
    </message>
    <message>
      <source>Toelichting</source>
      <translation>Explanatory notes</translation>
    </message>
    <message>
      <source>Artikel {artikel}</source>
      <translation>Article {artikel}</translation>
    </message>
    <message>
      <source>Tekst verwijderd</source>
      <translation>Text deleted</translation>
    </message>
    <message>
      <source>, {rangtelwoord} lid</source>
      <translation>({rangtelwoord})</translation>
    </message>
    <message>
      <source>, onder {letter}</source>
      <translation>({letter})</translation>
    </message>
    <message>
      <source>, onder {nummer}°</source>
      <translation>({nummer}°)</translation>
    </message>
    <message>
      <source>Hoofdstuk {nummer}</source>
      <translation>Chapter {nummer}</translation>
    </message>
    <message>
      <source>Wijzigingen aanvaarden</source>
      <translation>Accept changes</translation>
    </message>
    <message>
      <source>Wijzigingen afwijzen</source>
      <translation>Reject changes</translation>
    </message>
    <message>
      <source>Versie bewaren</source>
      <translation>Save version</translation>
    </message>
    <message>
      <source>Ter instemming aanbieden</source>
      <translation>Offer for consent</translation>
    </message>
    <message>
      <source>Besluit OR vastleggen</source>
      <translation>Record the works council's decision</translation>
    </message>
    <message>
      <source>Opmerking toevoegen</source>
      <translation>Add comment</translation>
    </message>
    <message>
      <source>Opmerking beantwoorden</source>
      <translation>Reply to comment</translation>
    </message>
    <message>
      <source>Opmerking opgelost</source>
      <translation>Comment resolved</translation>
    </message>
    <message>
      <source>De ondernemingsraad stelt wijzigingen voor; aanvaarden en afwijzen doet de opsteller.</source>
      <translation>The works council proposes changes; the drafter accepts or rejects them.</translation>
    </message>
    <message>
      <source>Geen open wijzigingen gevonden die hierbij passen.</source>
      <translation>No open changes match.</translation>
    </message>
    <message>
      <source>Die opmerking bestaat niet meer.</source>
      <translation>That comment no longer exists.</translation>
    </message>
    <message>
      <source>Onbekend besluit: {besluit}</source>
      <translation>Unknown decision: {besluit}</translation>
    </message>
    <message>
      <source>Bewerkte tekst vastleggen</source>
      <translation>Record the edited text</translation>
    </message>
    <message>
      <source>Tekst wijzigen</source>
      <translation>Edit text</translation>
    </message>
    <message>
      <source>Aanhef wijzigen</source>
      <translation>Edit the aanhef</translation>
    </message>
    <message>
      <source>Ondertekening wijzigen</source>
      <translation>Edit the signatures</translation>
    </message>
    <message>
      <source>Plaatshouders invullen</source>
      <translation>Fill placeholders</translation>
    </message>
    <message>
      <source>Ter instemming aangeboden aan de ondernemingsraad</source>
      <translation>Offered to the works council for consent</translation>
    </message>
    <message>
      <source>Verwijzing invoegen</source>
      <translation>Insert cross-reference</translation>
    </message>
    <message>
      <source>Een verwijzing kan alleen in de tekst van een lid of onderdeel staan.</source>
      <translation>A cross-reference can only stand in the text of a lid or onderdeel.</translation>
    </message>
    <message>
      <source>Er kan alleen naar een artikel, lid of onderdeel van deze regeling worden verwezen.</source>
      <translation>A cross-reference can only point to an artikel, lid or onderdeel of this regulation.</translation>
    </message>
    <message>
      <source>Een lid kan niet naar zichzelf verwijzen.</source>
      <translation>A lid cannot refer to itself.</translation>
    </message>
    <message>
      <source>Die plek ligt buiten de tekst.</source>
      <translation>That position lies outside the text.</translation>
    </message>
    <message>
      <source>Noem titel en datum van de regeling die wordt ingetrokken.</source>
      <translation>Name the title and date of the regulation being withdrawn.</translation>
    </message>
    <message>
      <source>Nummer de leden (1., 2., …) of maak van de alinea's aparte artikelen.</source>
      <translation>Number the paragraphs (1., 2., …) or make separate articles of them.</translation>
    </message>
    <message>
      <source>Onderteken op de dag van vaststelling, of leg de juiste vaststellingsdatum vast.</source>
      <translation>Sign on the day of adoption, or record the correct adoption date.</translation>
    </message>
    <message>
      <source>De code regelt persoonsgegevens of controle, maar nergens staat dat de OR heeft ingestemd.</source>
      <translation>The code regulates personal data or monitoring, but nowhere does it say that the works council consented.</translation>
    </message>
    <message>
      <source>Vraag instemming (WOR art. 27 lid 1 onder k en l) voordat de code wordt vastgesteld.</source>
      <translation>Request consent (WOR art. 27(1)(k) and (l)) before the code is adopted.</translation>
    </message>
    <message>
      <source>Stel de code pas vast na de instemming van de OR.</source>
      <translation>Adopt the code only after the works council's consent.</translation>
    </message>
    <message>
      <source>Laat de code niet eerder in werking treden dan zij is vastgesteld; gebruik zo nodig terugwerkende kracht.</source>
      <translation>Do not let the code enter into force before it is adopted; use retroactive effect if needed.</translation>
    </message>
    <message>
      <source>Maak de code pas bekend nadat zij is vastgesteld.</source>
      <translation>Publish the code only after it has been adopted.</translation>
    </message>
    <message>
      <source>Een regeling waarvoor instemming nodig is, kan niet gelden vóór die instemming.</source>
      <translation>A regulation that needs consent cannot apply before that consent.</translation>
    </message>
    <message>
      <source>Het besluit zegt niet wanneer het in werking treedt.</source>
      <translation>The decision does not say when it enters into force.</translation>
    </message>
    <message>
      <source>Voeg een artikel toe: "Deze regeling treedt in werking op …".</source>
      <translation>Add an article: "Deze regeling treedt in werking op …".</translation>
    </message>
    <message>
      <source>De code heeft geen citeertitel.</source>
      <translation>The code has no citation title.</translation>
    </message>
    <message>
      <source>Voeg een artikel toe: "Deze regeling wordt aangehaald als: …".</source>
      <translation>Add an article: "Deze regeling wordt aangehaald als: …".</translation>
    </message>
    <message>
      <source>De aanhef noemt geen orgaan.</source>
      <translation>The preamble names no body.</translation>
    </message>
    <message>
      <source>Begin met het orgaan dat besluit, bijvoorbeeld "De directie van …,".</source>
      <translation>Start with the deciding body, for example "De directie van …,".</translation>
    </message>
    <message>
      <source>De aanhef heeft geen "besluit" met beslispunten.</source>
      <translation>The preamble has no "besluit" with decision points.</translation>
    </message>
    <message>
      <source>Sluit de aanhef af met "b e s l u i t :" en "vast te stellen de volgende …".</source>
      <translation>End the preamble with "b e s l u i t :" and "vast te stellen de volgende …".</translation>
    </message>
    <message>
      <source>Een besluit kan zich niet beroepen op wat later gebeurde; controleer beide data.</source>
      <translation>A decision cannot rely on what happened later; check both dates.</translation>
    </message>
    <message>
      <source>De code is nog niet vastgesteld (concept).</source>
      <translation>The code has not been adopted yet (draft).</translation>
    </message>
    <message>
      <source>Leg de vaststelling vast met datum en orgaan.</source>
      <translation>Record the adoption with date and body.</translation>
    </message>
    <message>
      <source>De tekst noemt geen datum van vaststelling en geen ondertekening.</source>
      <translation>The text gives no date of adoption and no signatures.</translation>
    </message>
    <message>
      <source>Noem de ondertekenaars met functie en naam.</source>
      <translation>Name the signatories with role and name.</translation>
    </message>
    <message>
      <source>Plaatshouder in de titel is niet ingevuld.</source>
      <translation>The placeholder in the title is not filled in.</translation>
    </message>
    <message>
      <source>Vul de naam in (Bewerken → Plaatshouders…).</source>
      <translation>Fill in the name (Edit → Placeholders…).</translation>
    </message>
    <message>
      <source>De tekst is gewijzigd nadat de OR instemde; de instemming is verouderd.</source>
      <translation>The text changed after the works council consented; the consent is stale.</translation>
    </message>
    <message>
      <source>Bied de gewijzigde tekst opnieuw ter instemming aan.</source>
      <translation>Offer the changed text for consent again.</translation>
    </message>
    <message>
      <source>Terugwerkende kracht is alleen aanvaardbaar als zij niemand benadeelt.</source>
      <translation>Retroactive effect is acceptable only if it disadvantages no one.</translation>
    </message>
    <message>
      <source>De citeertitel staat niet in de modelzin.</source>
      <translation>The citation title is not in the model sentence.</translation>
    </message>
    <message>
      <source>De ingetrokken regeling "{titel}" heeft geen datum.</source>
      <translation>The withdrawn regulation "{titel}" has no date.</translation>
    </message>
    <message>
      <source>De instemming van de OR staat onder "gelet op".</source>
      <translation>The works council's consent is under "gelet op".</translation>
    </message>
    <message>
      <source>De instemming hoort onder "gezien"; "gelet op" noemt de wettelijke grondslag.</source>
      <translation>The consent belongs under "gezien"; "gelet op" names the legal basis.</translation>
    </message>
    <message>
      <source>Artikel {nummer} heeft meer alinea's zonder lidnummer.</source>
      <translation>Article {nummer} has several paragraphs without numbers.</translation>
    </message>
    <message>
      <source>Controleer of er een lid ontbreekt, of hernummer.</source>
      <translation>Check whether a lid is missing, or renumber.</translation>
    </message>
    <message>
      <source>{naam} tekende op {d}, niet op de dag van vaststelling ({v}).</source>
      <translation>{naam} signed on {d}, not on the day of adoption ({v}).</translation>
    </message>
    <message>
      <source>De code is vastgesteld op {v}, vóór de instemming van de OR op {i}.</source>
      <translation>The code was adopted on {v}, before the works council's consent on {i}.</translation>
    </message>
    <message>
      <source>De inwerkingtreding ({d}) ligt vóór de vaststelling ({v}).</source>
      <translation>Entry into force ({d}) is before adoption ({v}).</translation>
    </message>
    <message>
      <source>De bekendmaking ({b}) ligt vóór de vaststelling ({v}).</source>
      <translation>Publication ({b}) is before adoption ({v}).</translation>
    </message>
    <message>
      <source>De code treedt in werking op {d}, vóór de instemming van de OR op {i}.</source>
      <translation>The code enters into force on {d}, before the works council's consent on {i}.</translation>
    </message>
    <message>
      <source>De aanhef noemt {d}, een datum na de vaststelling ({v}).</source>
      <translation>The preamble cites {d}, a date after the adoption ({v}).</translation>
    </message>
    <message>
      <source>Controleer of er een onderdeel ontbreekt, of hernummer.</source>
      <translation>Check whether an onderdeel is missing, or renumber.</translation>
    </message>
    <message>
      <source>De code werkt terug tot {t}, vóór de instemming van de OR op {i}.</source>
      <translation>The code is retroactive to {t}, before the works council's consent on {i}.</translation>
    </message>
    <message>
      <source>De code werkt terug tot {t}.</source>
      <translation>The code is retroactive to {t}.</translation>
    </message>
    <message>
      <source>Schrijf: "Deze regeling wordt aangehaald als: {titel}."</source>
      <translation>Write: "Deze regeling wordt aangehaald als: {titel}."</translation>
    </message>
    <message>
      <source>Artikel {nummer}: na lid {voor} volgt {na}</source>
      <translation>Article {nummer}: lid {voor} is followed by {na}</translation>
    </message>
    <message>
      <source>Een verwijzing wijst naar een onderdeel dat niet meer bestaat.</source>
      <translation>A cross-reference points to a part that no longer exists.</translation>
    </message>
    <message>
      <source>Verwijs naar een bestaand artikel of lid, of schrap de verwijzing.</source>
      <translation>Refer to an existing article or paragraph, or remove the reference.</translation>
    </message>
    <message>
      <source>Schrijf "artikel 5, tweede lid" en "onderdeel a" (Aanwijzingen voor de regelgeving).</source>
      <translation>Write "artikel 5, tweede lid" and "onderdeel a" (Aanwijzingen voor de regelgeving).</translation>
    </message>
    <message>
      <source>Plaatshouder {p} is niet ingevuld.</source>
      <translation>Placeholder {p} is not filled in.</translation>
    </message>
    <message>
      <source>Artikel {nummer}: na onderdeel {voor} volgt {na}</source>
      <translation>Article {nummer}: onderdeel {voor} is followed by {na}</translation>
    </message>
    <message>
      <source>Verwijzing in de vorm "{vorm}".</source>
      <translation>Cross-reference in the form "{vorm}".</translation>
    </message>
    <message>
      <source>Beleidsstudio: sociale-mediabeleid opstellen en vaststellen.</source>
      <translation>Beleidsstudio: draft and adopt social-media policies.</translation>
    </message>
    <message>
      <source>de meegeleverde voorbeelden, één per regel</source>
      <translation>the bundled samples, one per line</translation>
    </message>
    <message>
      <source>een beleid als leesbare tekst of JSON</source>
      <translation>a policy as readable text or JSON</translation>
    </message>
    <message>
      <source>JSON in plaats van tekst</source>
      <translation>JSON instead of text</translation>
    </message>
    <message>
      <source>een nieuw projectbestand van een voorbeeld</source>
      <translation>a new project file from a sample</translation>
    </message>
    <message>
      <source>twee beleidsteksten naast elkaar vergelijken</source>
      <translation>compare two policies side by side</translation>
    </message>
    <message>
      <source>een rapport naast elkaar schrijven (HTML of Word)</source>
      <translation>write a side-by-side report (HTML or Word)</translation>
    </message>
    <message>
      <source>organisatienamen als verschil tonen in plaats van als één plaatshouder</source>
      <translation>show organisation names as differences instead of as one placeholder</translation>
    </message>
    <message>
      <source>een bestaand rapport vervangen</source>
      <translation>replace an existing report</translation>
    </message>
    <message>
      <source>welke onderwerpen elk beleid dekt</source>
      <translation>which topics each policy covers</translation>
    </message>
    <message>
      <source>de clausulebibliotheek doorzoeken</source>
      <translation>search the clause library</translation>
    </message>
    <message>
      <source>zoekwoorden (hoofdletters en accenten tellen niet)</source>
      <translation>search words (case and accents are ignored)</translation>
    </message>
    <message>
      <source>alleen clausules over dit onderwerp</source>
      <translation>only clauses on this topic</translation>
    </message>
    <message>
      <source>alleen clausules uit deze bron</source>
      <translation>only clauses from this source</translation>
    </message>
    <message>
      <source>een nieuw beleid uit de antwoorden op de vragenlijst</source>
      <translation>a new policy from the answers to the questionnaire</translation>
    </message>
    <message>
      <source>een .txt- of .md-bestand als projectbestand</source>
      <translation>a .txt or .md file as a project file</translation>
    </message>
    <message>
      <source>een bestaand projectbestand vervangen</source>
      <translation>replace an existing project file</translation>
    </message>
    <message>
      <source>Kan {bestand} niet lezen of schrijven: {reden}</source>
      <translation>Cannot read or write {bestand}: {reden}</translation>
    </message>
    <message>
      <source>een verlaten vergrendeling overnemen (van een programma dat niet meer draait, of van een andere computer, ouder dan een dag)</source>
      <translation>take over an abandoned lock (from a program that no longer runs, or from another computer, older than a day)</translation>
    </message>
    <message>
      <source>Aangemaakt: {bestand}</source>
      <translation>Created: {bestand}</translation>
    </message>
    <message>
      <source>Geïmporteerd: {bestand}</source>
      <translation>Imported: {bestand}</translation>
    </message>
    <message>
      <source>Rapport geschreven: {bestand}</source>
      <translation>Report written: {bestand}</translation>
    </message>
    <message>
      <source>Concept aangemaakt: {bestand} ({artikelen})</source>
      <translation>Draft created: {bestand} ({artikelen})</translation>
    </message>
    <message>
      <source>Onbekend voorbeeld of bestand: {bron} (voorbeelden: {ids})</source>
      <translation>Unknown sample or file: {bron} (samples: {ids})</translation>
    </message>
    <message>
      <source>{bestand}: {houder}. Sluit het daar eerst; er is niets gewijzigd.</source>
      <translation>{bestand}: {houder}. Close it there first; nothing was changed.</translation>
    </message>
    <message>
      <source>Een rapport is .html of .docx: {bestand}</source>
      <translation>A report is .html or .docx: {bestand}</translation>
    </message>
    <message>
      <source>{bestand} bestaat al; kies een andere naam of gebruik --force.</source>
      <translation>{bestand} already exists; choose another name or use --force.</translation>
    </message>
    <message>
      <source>Onbekend onderwerp: {topic} (kies uit: {ids})</source>
      <translation>Unknown topic: {topic} (choose from: {ids})</translation>
    </message>
    <message>
      <source>Onbekende bron: {bron} (kies uit: {ids})</source>
      <translation>Unknown source: {bron} (choose from: {ids})</translation>
    </message>
    <message>
      <source>{n} artikel</source>
      <translation>{n} article</translation>
    </message>
    <message>
      <source>{n} artikelen</source>
      <translation>{n} articles</translation>
    </message>
    <message>
      <source>Het uitvoerbestand moet op .beleid eindigen: {bestand}</source>
      <translation>The output file must end in .beleid: {bestand}</translation>
    </message>
    <message>
      <source>De map {map} bestaat niet.</source>
      <translation>The folder {map} does not exist.</translation>
    </message>
    <message>
      <source>{bestand}: {houder}; die vergrendeling is verlaten. Gebruik --take-over-lock om haar over te nemen; er is niets gewijzigd.</source>
      <translation>{bestand}: {houder}; that lock is abandoned. Use --take-over-lock to take it over; nothing was changed.</translation>
    </message>
    <message>
      <source>{bestand} is geen geldige JSON: {reden}</source>
      <translation>{bestand} is not valid JSON: {reden}</translation>
    </message>
    <message>
      <source>een bewerkte tekst vastleggen als bijgehouden wijzigingen</source>
      <translation>record an edited text as tracked changes</translation>
    </message>
    <message>
      <source>de open wijzigingen</source>
      <translation>the open changes</translation>
    </message>
    <message>
      <source>de opmerkingen met hun plaats, citaat en antwoorden</source>
      <translation>the comments with their place, phrase and replies</translation>
    </message>
    <message>
      <source>wijzigingen aanvaarden</source>
      <translation>accept changes</translation>
    </message>
    <message>
      <source>wijzigingen afwijzen</source>
      <translation>reject changes</translation>
    </message>
    <message>
      <source>de bewaarde versies</source>
      <translation>the saved versions</translation>
    </message>
    <message>
      <source>een versie bewaren</source>
      <translation>save a version</translation>
    </message>
    <message>
      <source>instemming van de ondernemingsraad vragen of vastleggen</source>
      <translation>request or record the works council's consent</translation>
    </message>
    <message>
      <source>{n} wijziging verwerkt</source>
      <translation>{n} change processed</translation>
    </message>
    <message>
      <source>{n} wijzigingen verwerkt</source>
      <translation>{n} changes processed</translation>
    </message>
    <message>
      <source>{gewijzigd} gewijzigd, {ingevoegd} ingevoegd, {verwijderd} verwijderd, {verplaatst} verplaatst door {auteur}</source>
      <translation>{gewijzigd} changed, {ingevoegd} inserted, {verwijderd} deleted, {verplaatst} moved by {auteur}</translation>
    </message>
    <message>
      <source>Versie {id} bewaard: {label}</source>
      <translation>Version {id} saved: {label}</translation>
    </message>
    <message>
      <source>Wijzigingen worden in een projectbestand (.beleid) bijgehouden: {bestand}</source>
      <translation>Changes are tracked in a project file (.beleid): {bestand}</translation>
    </message>
    <message>
      <source>Instemming gevraagd; vingerafdruk {afdruk}</source>
      <translation>Consent requested; fingerprint {afdruk}</translation>
    </message>
    <message>
      <source>Geef de datum van het besluit van de OR met --date JJJJ-MM-DD.</source>
      <translation>Give the date of the works council's decision with --date YYYY-MM-DD.</translation>
    </message>
    <message>
      <source>Besluit van de OR vastgelegd: {status}</source>
      <translation>Works council decision recorded: {status}</translation>
    </message>
    <message>
      <source>niet meer in de tekst</source>
      <translation>no longer in the text</translation>
    </message>
    <message>
      <source>opgelost</source>
      <translation>resolved</translation>
    </message>
    <message>
      <source>als besluit naar Word of PDF</source>
      <translation>as a formal decision to Word or PDF</translation>
    </message>
    <message>
      <source>met de open wijzigingen als Word-revisies</source>
      <translation>with the open changes as Word revisions</translation>
    </message>
    <message>
      <source>met redline: de verschillen met deze versie (nummer of naam)</source>
      <translation>with redline: the differences from this version (number or name)</translation>
    </message>
    <message>
      <source>de huidige tekst zonder markeringen (standaard)</source>
      <translation>the current text without marks (default)</translation>
    </message>
    <message>
      <source>een bestaand bestand vervangen</source>
      <translation>replace an existing file</translation>
    </message>
    <message>
      <source>schoon exporteren met de open wijzigingen aanvaard (het project blijft ongewijzigd)</source>
      <translation>clean export with the open changes accepted (the project stays as it is)</translation>
    </message>
    <message>
      <source>weigeren zolang de controles fouten vinden</source>
      <translation>refuse while the checks find errors</translation>
    </message>
    <message>
      <source>het Word-sjabloon van de organisatie (standaard: de voorkeur, anders de regelingstijl)</source>
      <translation>the organisation's Word template (default: the preference, else the regulation style)</translation>
    </message>
    <message>
      <source>de controles op een beleid</source>
      <translation>the drafting checks on a policy</translation>
    </message>
    <message>
      <source>de gegevens van een beleid tonen of wijzigen (zoals het paneel Gegevens)</source>
      <translation>show or change a policy's details (as the Details pane does)</translation>
    </message>
    <message>
      <source>bijvoorbeeld terugwerkend_tot= of inwerkingtreding_datum="1 januari 2027"; herhaalbaar</source>
      <translation>for example terugwerkend_tot= or inwerkingtreding_datum="1 January 2027"; may be repeated</translation>
    </message>
    <message>
      <source>de auteur van de wijziging</source>
      <translation>the author of the change</translation>
    </message>
    <message>
      <source>een herschreven artikel als bijgehouden wijziging</source>
      <translation>a rewritten article as a tracked change</translation>
    </message>
    <message>
      <source>--against hoort bij --redline.</source>
      <translation>--against goes with --redline.</translation>
    </message>
    <message>
      <source>--track hoort bij --author.</source>
      <translation>--track needs --author.</translation>
    </message>
    <message>
      <source>Geëxporteerd: {bestand}</source>
      <translation>Exported: {bestand}</translation>
    </message>
    <message>
      <source>Wijzigingen sinds {versie}</source>
      <translation>Changes since {versie}</translation>
    </message>
    <message>
      <source>Exporteer naar .docx, .pdf, .txt of .md: {bestand}</source>
      <translation>Export to .docx, .pdf, .txt or .md: {bestand}</translation>
    </message>
    <message>
      <source>Export geweigerd: open wijzigingen in de tekst: {aantal}; aanvaard ze met --accept-open of exporteer ze met --redline.</source>
      <translation>Export refused: open changes in the text: {aantal}; accept them with --accept-open or export them with --redline.</translation>
    </message>
    <message>
      <source>Export geweigerd (--strict): {fouten}; zie `check`.</source>
      <translation>Export refused (--strict): {fouten}; see `check`.</translation>
    </message>
    <message>
      <source>Het Word-sjabloon {bestand} bestaat niet.</source>
      <translation>The Word template {bestand} does not exist.</translation>
    </message>
    <message>
      <source>Versies staan in een projectbestand (.beleid): {bestand}</source>
      <translation>Versions are kept in a project file (.beleid): {bestand}</translation>
    </message>
    <message>
      <source>Gegevens worden in een projectbestand (.beleid) gewijzigd: {bestand}</source>
      <translation>Details are changed in a project file (.beleid): {bestand}</translation>
    </message>
    <message>
      <source>{n} open fout</source>
      <translation>{n} open error</translation>
    </message>
    <message>
      <source>{n} open fouten</source>
      <translation>{n} open errors</translation>
    </message>
    <message>
      <source>Versie {versie} bestaat niet in {bestand}.</source>
      <translation>Version {versie} does not exist in {bestand}.</translation>
    </message>
    <message>
      <source>Schrijf --set GEGEVEN=WAARDE: {opdracht}</source>
      <translation>Write --set FIELD=VALUE: {opdracht}</translation>
    </message>
    <message>
      <source>gezien</source>
      <translation>gezien</translation>
    </message>
    <message>
      <source>gelet op</source>
      <translation>gelet op</translation>
    </message>
    <message>
      <source>overweging</source>
      <translation>recital</translation>
    </message>
    <message>
      <source>beslispunt</source>
      <translation>decision</translation>
    </message>
    <message>
      <source>inleiding</source>
      <translation>introduction</translation>
    </message>
    <message>
      <source>slotwoord</source>
      <translation>closing text</translation>
    </message>
    <message>
      <source>toelichting</source>
      <translation>explanatory note</translation>
    </message>
    <message>
      <source>{document} mist: {topics}</source>
      <translation>{document} lacks: {topics}</translation>
    </message>
    <message>
      <source>gelijke tekst</source>
      <translation>same text</translation>
    </message>
    <message>
      <source>op de verwachte plaats, grotendeels dezelfde tekst</source>
      <translation>at the expected place, mostly the same text</translation>
    </message>
    <message>
      <source>deel van een gesplitste bepaling</source>
      <translation>part of a split provision</translation>
    </message>
    <message>
      <source>links</source>
      <translation>left</translation>
    </message>
    <message>
      <source>rechts</source>
      <translation>right</translation>
    </message>
    <message>
      <source>begrippen: {lijst}</source>
      <translation>concepts: {lijst}</translation>
    </message>
    <message>
      <source>woorden: {lijst}</source>
      <translation>words: {lijst}</translation>
    </message>
    <message>
      <source>onderdeel {letter} {zijde}</source>
      <translation>item {letter} {zijde}</translation>
    </message>
    <message>
      <source>Vergelijking</source>
      <translation>Comparison</translation>
    </message>
    <message>
      <source>Plaats</source>
      <translation>Place</translation>
    </message>
    <message>
      <source>gelijk</source>
      <translation>same</translation>
    </message>
    <message>
      <source>gewijzigd</source>
      <translation>changed</translation>
    </message>
    <message>
      <source>verplaatst</source>
      <translation>moved</translation>
    </message>
    <message>
      <source>alleen links</source>
      <translation>left only</translation>
    </message>
    <message>
      <source>alleen rechts</source>
      <translation>right only</translation>
    </message>
    <message>
      <source>{verschillen} verschillen: {changed} gewijzigd, {moved} verplaatst, {left_only} alleen links, {right_only} alleen rechts; {same} gelijk.</source>
      <translation>{verschillen} differences: {changed} changed, {moved} moved, {left_only} left only, {right_only} right only; {same} the same.</translation>
    </message>
    <message>
      <source>Links</source>
      <translation>Left</translation>
    </message>
    <message>
      <source>Rechts</source>
      <translation>Right</translation>
    </message>
    <message>
      <source>waarom: {reden}</source>
      <translation>why: {reden}</translation>
    </message>
    <message>
      <source>Een onderdeel van het Word-bestand is te groot.</source>
      <translation>A part of the Word file is too large.</translation>
    </message>
    <message>
      <source>{bestand} is geen geldig Word-bestand.</source>
      <translation>{bestand} is not a valid Word file.</translation>
    </message>
    <message>
      <source>{bestand} bevat een DOCTYPE of entiteiten en wordt om veiligheidsredenen geweigerd.</source>
      <translation>{bestand} contains a DOCTYPE or entities and is refused for safety.</translation>
    </message>
    <message>
      <source>Geïmporteerd uit {bestand}</source>
      <translation>Imported from {bestand}</translation>
    </message>
    <message>
      <source>{bestand} is te groot om te importeren.</source>
      <translation>{bestand} is too large to import.</translation>
    </message>
    <message>
      <source>Bestand niet gevonden: {bestand}</source>
      <translation>File not found: {bestand}</translation>
    </message>
    <message>
      <source>{bestand} is beschadigd (ongeldige XML).</source>
      <translation>{bestand} is damaged (invalid XML).</translation>
    </message>
    <message>
      <source>{bestand} pakt uit tot meer dan is toegestaan (zip-bom?).</source>
      <translation>{bestand} unpacks to more than is allowed (zip bomb?).</translation>
    </message>
    <message>
      <source>Een in Word gesplitste alinea is ingelezen als twee alinea's, zonder wijziging: {tekst}</source>
      <translation>A paragraph split in Word was read as two paragraphs, without a change: {tekst}</translation>
    </message>
    <message>
      <source>De instemming van de OR is verouderd (de tekst is daarna gewijzigd); het besluit vermeldt haar niet.</source>
      <translation>The works council's consent is out of date (the text changed since); the decision does not state it.</translation>
    </message>
    <message>
      <source>De regeling is nog niet vastgesteld; de koptekst vermeldt CONCEPT.</source>
      <translation>The regulation has not been adopted yet; the header says CONCEPT.</translation>
    </message>
    <message>
      <source>De instemming van de OR is gedateerd na de vaststelling; het besluit vermeldt haar niet.</source>
      <translation>The works council's consent is dated after the adoption; the decision does not state it.</translation>
    </message>
    <message>
      <source>Rechtsvorm</source>
      <translation>Legal form</translation>
    </message>
    <message>
      <source>Onbekend gegeven {veld}; kies uit {mogelijk}</source>
      <translation>Unknown field {veld}; choose from {mogelijk}</translation>
    </message>
    <message>
      <source>{veld}: geen datum (bijvoorbeeld 1 januari 2027 of 2027-01-01): {tekst}</source>
      <translation>{veld}: not a date (for example 1 January 2027 or 2027-01-01): {tekst}</translation>
    </message>
    <message>
      <source>Trekt in</source>
      <translation>Withdraws</translation>
    </message>
    <message>
      <source>Vastgesteld op</source>
      <translation>Adopted on</translation>
    </message>
    <message>
      <source>Bekendgemaakt op</source>
      <translation>Published on</translation>
    </message>
    <message>
      <source>Inwerkingtreding</source>
      <translation>Entry into force</translation>
    </message>
    <message>
      <source>In werking op</source>
      <translation>In force on</translation>
    </message>
    <message>
      <source>Werkt terug tot en met</source>
      <translation>Retroactive to</translation>
    </message>
    <message>
      <source>Ondertekening: schrijf "functie: naam", gescheiden door puntkomma's: {tekst}</source>
      <translation>Signatories: write "function: name", separated by semicolons: {tekst}</translation>
    </message>
    <message>
      <source>{veld}: kies uit {mogelijk}</source>
      <translation>{veld}: choose from {mogelijk}</translation>
    </message>
    <message>
      <source>Niet in de tekst geplaatst ({regels}; pagina-opmaak of gegevens die als metadata zijn gelezen):</source>
      <translation>Not placed in the text ({regels}; page layout or data read as metadata):</translation>
    </message>
    <message>
      <source>{n} regel</source>
      <translation>{n} line</translation>
    </message>
    <message>
      <source>{n} regels</source>
      <translation>{n} lines</translation>
    </message>
    <message>
      <source>Kan {bestand} niet importeren: alleen .txt-, .md- en .docx-bestanden.</source>
      <translation>Cannot import {bestand}: only .txt, .md and .docx files.</translation>
    </message>
    <message>
      <source>{bestand} bevat geen tekst.</source>
      <translation>{bestand} contains no text.</translation>
    </message>
    <message>
      <source>{bestand} is geen tekstbestand.</source>
      <translation>{bestand} is not a text file.</translation>
    </message>
    <message>
      <source>Ongeldige waarde in het blok Gegevens: {veld}</source>
      <translation>Invalid value in the Gegevens block: {veld}</translation>
    </message>
    <message>
      <source>{bestand} is te groot voor een beleidstekst.</source>
      <translation>{bestand} is too large for a policy text.</translation>
    </message>
    <message>
      <source>{bestand} is een map, geen bestand.</source>
      <translation>{bestand} is a folder, not a file.</translation>
    </message>
    <message>
      <source>Kan {bestand} niet lezen: {reden}</source>
      <translation>Cannot read {bestand}: {reden}</translation>
    </message>
    <message>
      <source>Voor deze export is LibreOffice nodig (soffice niet gevonden).</source>
      <translation>This export needs LibreOffice (soffice not found).</translation>
    </message>
    <message>
      <source>LibreOffice deed er te lang over.</source>
      <translation>LibreOffice took too long.</translation>
    </message>
    <message>
      <source>LibreOffice kon {bestand} niet omzetten.</source>
      <translation>LibreOffice could not convert {bestand}.</translation>
    </message>
    <message>
      <source>Kan {bestand} niet openen: alleen .beleid-, .docx-, .txt- en .md-bestanden.</source>
      <translation>Cannot open {bestand}: only .beleid, .docx, .txt and .md files.</translation>
    </message>
    <message>
      <source>Alle documenten</source>
      <translation>All documents</translation>
    </message>
    <message>
      <source>De gegevens in het Word-bestand zijn onleesbaar; ze zijn uit de tekst gelezen.</source>
      <translation>The data in the Word file are unreadable; they were read from the text.</translation>
    </message>
    <message>
      <source>Alinea op een onverwachte plaats in het Word-bestand ingelezen als tekst bij wat ervoor staat: {tekst}</source>
      <translation>Paragraph in an unexpected place in the Word file read as text with what precedes it: {tekst}</translation>
    </message>
    <message>
      <source>Alinea zonder plaats in de structuur ingelezen als tekst bij wat ervoor staat: {tekst}</source>
      <translation>Paragraph without a place in the structure read as text with what precedes it: {tekst}</translation>
    </message>
    <message>
      <source>Verplaatsing {nummer} in het Word-bestand is ingelezen als verwijdering en invoeging.</source>
      <translation>Move {nummer} in the Word file was read as a deletion and an insertion.</translation>
    </message>
    <message>
      <source>Verplaatsing {nummer} in het Word-bestand heeft geen nieuwe plaats; de oude plaats is weggelaten.</source>
      <translation>Move {nummer} in the Word file has no new place; the old place was left out.</translation>
    </message>
    <message>
      <source>Het Word-sjabloon {bestand} kan niet worden gelezen ({reden}).</source>
      <translation>The Word template {bestand} cannot be read ({reden}).</translation>
    </message>
    <message>
      <source>Reikwijdte</source>
      <translation>Scope</translation>
    </message>
    <message>
      <source>Gebruik onder werktijd</source>
      <translation>Use during working hours</translation>
    </message>
    <message>
      <source>Vertrouwelijke informatie</source>
      <translation>Confidential information</translation>
    </message>
    <message>
      <source>Privacy en persoonsgegevens</source>
      <translation>Privacy and personal data</translation>
    </message>
    <message>
      <source>Op persoonlijke titel</source>
      <translation>In a personal capacity</translation>
    </message>
    <message>
      <source>Representatieve functie en woordvoering</source>
      <translation>Representative roles and spokespersons</translation>
    </message>
    <message>
      <source>Ontsporende discussies</source>
      <translation>Discussions getting out of hand</translation>
    </message>
    <message>
      <source>Auteursrecht en intellectueel eigendom</source>
      <translation>Copyright and intellectual property</translation>
    </message>
    <message>
      <source>Profielen, namen en huisstijl</source>
      <translation>Profiles, names and house style</translation>
    </message>
    <message>
      <source>Monitoring door de werkgever</source>
      <translation>Monitoring by the employer</translation>
    </message>
    <message>
      <source>Sancties</source>
      <translation>Sanctions</translation>
    </message>
    <message>
      <source>Crisis- en incidentcommunicatie</source>
      <translation>Crisis and incident communication</translation>
    </message>
    <message>
      <source>Melden en advies vragen</source>
      <translation>Reporting and asking advice</translation>
    </message>
    <message>
      <source>Evaluatie van de code</source>
      <translation>Evaluation of the code</translation>
    </message>
    <message>
      <source>Inwerkingtreding en intrekking</source>
      <translation>Entry into force and withdrawal</translation>
    </message>
    <message>
      <source>Citeertitel</source>
      <translation>Citation title</translation>
    </message>
    <message>
      <source>Eigen verantwoordelijkheid</source>
      <translation>Personal responsibility</translation>
    </message>
    <message>
      <source>Blijvende aard van online inhoud</source>
      <translation>Lasting nature of online content</translation>
    </message>
    <message>
      <source>Bij de eigen expertise blijven</source>
      <translation>Staying within one's expertise</translation>
    </message>
    <message>
      <source>Kenbaar als medewerker</source>
      <translation>Identifiable as an employee</translation>
    </message>
    <message>
      <source>Respect en fatsoen</source>
      <translation>Respect and decency</translation>
    </message>
    <message>
      <source>Reputatie van de organisatie</source>
      <translation>The organisation's reputation</translation>
    </message>
    <message>
      <source>Positieve inzet van sociale media</source>
      <translation>Positive use of social media</translation>
    </message>
    <message>
      <source>Invoering, training en ondertekening</source>
      <translation>Introduction, training and signing</translation>
    </message>
    <message>
      <source>Onbekend voorbeeld: {id} (kies uit: {ids})</source>
      <translation>Unknown sample: {id} (choose from: {ids})</translation>
    </message>
    <message>
      <source>Dat programma draait niet meer.</source>
      <translation>That program is no longer running.</translation>
    </message>
    <message>
      <source>Die computer heeft het bestand al meer dan een dag niet vrijgegeven.</source>
      <translation>That computer has not released the file for more than a day.</translation>
    </message>
    <message>
      <source>Toch openen en overnemen?</source>
      <translation>Open it anyway and take it over?</translation>
    </message>
    <message>
      <source>Geopend door {gebruiker} op {host} sinds {tijd}</source>
      <translation>Opened by {gebruiker} on {host} since {tijd}</translation>
    </message>
    <message>
      <source>vandaag {tijd}</source>
      <translation>today {tijd}</translation>
    </message>
    <message>
      <source>het bevat views, triggers of tabellen die Beleidsstudio niet maakt</source>
      <translation>it contains views, triggers or tables that Beleidsstudio does not create</translation>
    </message>
    <message>
      <source>het document is groter dan 8 MB</source>
      <translation>the document is larger than 8 MB</translation>
    </message>
    <message>
      <source>{bestand} is beschadigd en kan niet worden geopend: {reden}.</source>
      <translation>{bestand} is damaged and cannot be opened: {reden}.</translation>
    </message>
    <message>
      <source>een ontbrekende waarde of een waarde van de verkeerde soort ({plek})</source>
      <translation>a missing value or a value of the wrong kind ({plek})</translation>
    </message>
    <message>
      <source>{bestand} is geen Beleidsstudio-project.</source>
      <translation>{bestand} is not a Beleidsstudio project.</translation>
    </message>
    <message>
      <source>{bestand} is een database van een ander programma, geen Beleidsstudio-project.</source>
      <translation>{bestand} is another program's database, not a Beleidsstudio project.</translation>
    </message>
    <message>
      <source>{bestand} is gemaakt met een nieuwere versie van Beleidsstudio (schema {versie}); werk het programma bij.</source>
      <translation>{bestand} was made with a newer version of Beleidsstudio (schema {versie}); please update the program.</translation>
    </message>
    <message>
      <source>{bestand} is een symbolische koppeling; open het bestand zelf ({doel}).</source>
      <translation>{bestand} is a symbolic link; open the file itself ({doel}).</translation>
    </message>
    <message>
      <source>{bestand} is geen gewoon bestand.</source>
      <translation>{bestand} is not a regular file.</translation>
    </message>
    <message>
      <source>{bestand} is beschadigd en kan niet worden geopend.</source>
      <translation>{bestand} is damaged and cannot be opened.</translation>
    </message>
    <message>
      <source>{bestand} wordt niet geopend: {plek} bevat meer dan 1 MB tekst (de grens voor één tekst).</source>
      <translation>{bestand} is not opened: {plek} holds more than 1 MB of text (the limit for one text).</translation>
    </message>
    <message>
      <source>de gegevens zijn te diep genest</source>
      <translation>the data is nested too deeply</translation>
    </message>
    <message>
      <source>{bestand} is door een ander programma gewijzigd; er is niets overschreven.</source>
      <translation>{bestand} was changed by another program; nothing was overwritten.</translation>
    </message>
    <message>
      <source>{bestand} is een symbolische koppeling; kies een andere naam.</source>
      <translation>{bestand} is a symbolic link; choose another name.</translation>
    </message>
    <message>
      <source>{bestand} bevat geen beleidstekst.</source>
      <translation>{bestand} contains no policy text.</translation>
    </message>
    <message>
      <source>{bestand} is verwijderd of hernoemd terwijl het open was; er is niets geschreven. Gebruik Opslaan als.</source>
      <translation>{bestand} was deleted or renamed while it was open; nothing was written. Use Save As.</translation>
    </message>
    <message>
      <source>Versie {id} bestaat niet in {bestand}.</source>
      <translation>Version {id} does not exist in {bestand}.</translation>
    </message>
    <message>
      <source>een rij met een ontbrekende waarde of een waarde van de verkeerde soort ({tabel})</source>
      <translation>a row with a missing value or a value of the wrong kind ({tabel})</translation>
    </message>
    <message>
      <source>Artikel {nummer}. {kop}</source>
      <translation>Article {nummer}. {kop}</translation>
    </message>
    <message>
      <source>Fout</source>
      <translation>Error</translation>
    </message>
    <message>
      <source>Waarschuwing</source>
      <translation>Warning</translation>
    </message>
    <message>
      <source>Opmerking</source>
      <translation>Note</translation>
    </message>
    <message>
      <source>{n} fout</source>
      <translation>{n} error</translation>
    </message>
    <message>
      <source>{n} fouten</source>
      <translation>{n} errors</translation>
    </message>
    <message>
      <source>{n} waarschuwing</source>
      <translation>{n} warning</translation>
    </message>
    <message>
      <source>{n} waarschuwingen</source>
      <translation>{n} warnings</translation>
    </message>
    <message>
      <source>{n} opmerking</source>
      <translation>{n} note</translation>
    </message>
    <message>
      <source>{n} opmerkingen</source>
      <translation>{n} notes</translation>
    </message>
    <message>
      <source>Zoeken (privé = prive)…</source>
      <translation>Search (privé = prive)…</translation>
    </message>
    <message>
      <source>Als lid</source>
      <translation>As paragraph</translation>
    </message>
    <message>
      <source>Als artikel</source>
      <translation>As article</translation>
    </message>
    <message>
      <source>Lid bewaren als clausule</source>
      <translation>Save paragraph as clause</translation>
    </message>
    <message>
      <source>Bewerken</source>
      <translation>Edit</translation>
    </message>
    <message>
      <source>Exporteren…</source>
      <translation>Export…</translation>
    </message>
    <message>
      <source>Importeren…</source>
      <translation>Import…</translation>
    </message>
    <message>
      <source>Alle onderwerpen</source>
      <translation>All topics</translation>
    </message>
    <message>
      <source>Alle bronnen</source>
      <translation>All sources</translation>
    </message>
    <message>
      <source>Clausule bewerken</source>
      <translation>Edit clause</translation>
    </message>
    <message>
      <source>Clausules exporteren</source>
      <translation>Export clauses</translation>
    </message>
    <message>
      <source>Clausules importeren</source>
      <translation>Import clauses</translation>
    </message>
    <message>
      <source>eigen clausules</source>
      <translation>own clauses</translation>
    </message>
    <message>
      <source>modelclausules</source>
      <translation>model clauses</translation>
    </message>
    <message>
      <source>Alleen eigen clausules kunnen worden bewerkt.</source>
      <translation>Only your own clauses can be edited.</translation>
    </message>
    <message>
      <source>Alleen eigen clausules kunnen worden verwijderd.</source>
      <translation>Only your own clauses can be deleted.</translation>
    </message>
    <message>
      <source>Bron: {bron}; onderwerpen: {onderwerpen}</source>
      <translation>Source: {bron}; topics: {onderwerpen}</translation>
    </message>
    <message>
      <source>Waarom</source>
      <translation>Why</translation>
    </message>
    <message>
      <source>ontbreekt links; kies de rij voor voorstellen</source>
      <translation>missing on the left; choose the row for suggestions</translation>
    </message>
    <message>
      <source>Bestand toevoegen…</source>
      <translation>Add file…</translation>
    </message>
    <message>
      <source>Vergelijken</source>
      <translation>Compare</translation>
    </message>
    <message>
      <source>Organisatienamen als plaatshouder</source>
      <translation>Organisation names as placeholder</translation>
    </message>
    <message>
      <source>Alleen verschillen</source>
      <translation>Differences only</translation>
    </message>
    <message>
      <source>Vorig verschil (Shift+F8)</source>
      <translation>Previous difference (Shift+F8)</translation>
    </message>
    <message>
      <source>Volgend verschil (F8)</source>
      <translation>Next difference (F8)</translation>
    </message>
    <message>
      <source>◀ Vorige</source>
      <translation>◀ Previous</translation>
    </message>
    <message>
      <source>Volgende ▶</source>
      <translation>Next ▶</translation>
    </message>
    <message>
      <source>Links:</source>
      <translation>Left:</translation>
    </message>
    <message>
      <source>Rechts:</source>
      <translation>Right:</translation>
    </message>
    <message>
      <source>1 verschil ({moved} verplaatst)</source>
      <translation>1 difference ({moved} moved)</translation>
    </message>
    <message>
      <source>{verschillen} verschillen ({moved} verplaatst)</source>
      <translation>{verschillen} differences ({moved} moved)</translation>
    </message>
    <message>
      <source>Dekking berekenen</source>
      <translation>Compute coverage</translation>
    </message>
    <message>
      <source>Kies ten minste twee documenten.</source>
      <translation>Choose at least two documents.</translation>
    </message>
    <message>
      <source>Geopend document</source>
      <translation>Open document</translation>
    </message>
    <message>
      <source>Dit document regelt dit onderwerp niet.</source>
      <translation>This document does not cover this topic.</translation>
    </message>
    <message>
      <source>gevonden: {termen}</source>
      <translation>found: {termen}</translation>
    </message>
    <message>
      <source>Een verwijzing kan in een lid of onderdeel worden ingevoegd.</source>
      <translation>A cross-reference can be inserted in a lid or onderdeel.</translation>
    </message>
    <message>
      <source>Tab maakt van een lid een onderdeel van het lid ervoor.</source>
      <translation>Tab turns a lid into an onderdeel of the lid before it.</translation>
    </message>
    <message>
      <source>Shift+Tab maakt van een onderdeel weer een lid.</source>
      <translation>Shift+Tab turns an onderdeel back into a lid.</translation>
    </message>
    <message>
      <source>Document kiezen</source>
      <translation>Choose document</translation>
    </message>
    <message>
      <source>Toevoegen aan woordenlijst</source>
      <translation>Add to dictionary</translation>
    </message>
    <message>
      <source>Een selectie over meer alinea's kan niet in één keer worden vervangen.</source>
      <translation>A selection across several paragraphs cannot be replaced at once.</translation>
    </message>
    <message>
      <source>Een verwijzing wordt in haar geheel vervangen: selecteer haar helemaal, of kies een andere met Ctrl+K.</source>
      <translation>A cross-reference is replaced as a whole: select all of it, or choose another with Ctrl+K.</translation>
    </message>
    <message>
      <source>Knippen</source>
      <translation>Cut</translation>
    </message>
    <message>
      <source>Kopiëren</source>
      <translation>Copy</translation>
    </message>
    <message>
      <source>Plakken</source>
      <translation>Paste</translation>
    </message>
    <message>
      <source>Verwijzing invoegen…</source>
      <translation>Insert cross-reference…</translation>
    </message>
    <message>
      <source>Alles selecteren</source>
      <translation>Select all</translation>
    </message>
    <message>
      <source>(geen suggesties)</source>
      <translation>(no suggestions)</translation>
    </message>
    <message>
      <source>Dit document kan niet worden bewerkt.</source>
      <translation>This document cannot be edited.</translation>
    </message>
    <message>
      <source>Verwijderde tekst kan niet worden bewerkt; aanvaard of verwerp de wijziging.</source>
      <translation>Deleted text cannot be edited; accept or reject the change.</translation>
    </message>
    <message>
      <source>De vaststelling en ondertekening komen uit Gegevens (Vastgesteld op, Ondertekening).</source>
      <translation>The adoption and signatures come from Details (Adopted on, Signatures).</translation>
    </message>
    <message>
      <source>Deze tekst kan hier niet worden bewerkt.</source>
      <translation>This text cannot be edited here.</translation>
    </message>
    <message>
      <source>Verwijzing: kies een andere met Ctrl+K</source>
      <translation>Cross-reference: choose another with Ctrl+K</translation>
    </message>
    <message>
      <source>Exporteren</source>
      <translation>Export</translation>
    </message>
    <message>
      <source>regelingstijl van Beleidsstudio</source>
      <translation>Beleidsstudio's regulation style</translation>
    </message>
    <message>
      <source>Word-sjabloon van de organisatie</source>
      <translation>The organisation's Word template</translation>
    </message>
    <message>
      <source>Word-sjabloon (*.dotx *.docx)</source>
      <translation>Word template (*.dotx *.docx)</translation>
    </message>
    <message>
      <source>Annuleren</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <source>Sjabloon kiezen…</source>
      <translation>Choose template…</translation>
    </message>
    <message>
      <source>Standaard</source>
      <translation>Default</translation>
    </message>
    <message>
      <source>Aanvaarden in de export</source>
      <translation>Accept in the export</translation>
    </message>
    <message>
      <source>Exporteren met wijzigingen</source>
      <translation>Export with changes</translation>
    </message>
    <message>
      <source>Word-sjabloon: {naam}</source>
      <translation>Word template: {naam}</translation>
    </message>
    <message>
      <source>Open wijzigingen in de tekst: {aantal}. Een schone export zonder keuze zou ze stilzwijgend meenemen.</source>
      <translation>Open changes in the text: {aantal}. A clean export without a choice would silently include them.</translation>
    </message>
    <message>
      <source>Open fouten ({aantal}):</source>
      <translation>Open errors ({aantal}):</translation>
    </message>
    <message>
      <source>Foutenlogboek</source>
      <translation>Error log</translation>
    </message>
    <message>
      <source>Map openen</source>
      <translation>Open folder</translation>
    </message>
    <message>
      <source>Onverwachte fouten worden vastgelegd in {bestand} (alleen voor u leesbaar). Het logboek bevat de soort fout en de programmaregels, geen tekst uit uw beleid; stuur het gerust mee met een foutmelding.</source>
      <translation>Unexpected errors are recorded in {bestand} (readable by you only). The log holds the kind of error and the program lines, no text from your policy; feel free to attach it to a bug report.</translation>
    </message>
    <message>
      <source>Er zijn nog geen fouten vastgelegd.</source>
      <translation>No errors have been recorded yet.</translation>
    </message>
    <message>
      <source>Er ging iets mis; het werk is niet verloren. Details staan in {bestand}.</source>
      <translation>Something went wrong; your work is not lost. Details are in {bestand}.</translation>
    </message>
    <message>
      <source>Beleidsstudio</source>
      <translation>Beleidsstudio</translation>
    </message>
    <message>
      <source>Invoegen in het geopende document</source>
      <translation>Insert into the open document</translation>
    </message>
    <message>
      <source>Voegt de gekozen clausule als nieuw artikel in het geopende concept in</source>
      <translation>Inserts the chosen clause as a new article into the open draft</translation>
    </message>
    <message>
      <source>Er is geen geopend document om de clausule in te voegen.</source>
      <translation>There is no open document to insert the clause into.</translation>
    </message>
    <message>
      <source>{document} regelt „{onderwerp}” niet. Clausules uit de bibliotheek:</source>
      <translation>{document} does not regulate “{onderwerp}”. Clauses from the library:</translation>
    </message>
    <message>
      <source>Alleen rechts: {ref}. Vergelijkbare clausules uit de bibliotheek:</source>
      <translation>Right only: {ref}. Similar clauses from the library:</translation>
    </message>
    <message>
      <source>Bron: {bron}</source>
      <translation>Source: {bron}</translation>
    </message>
    <message>
      <source>Ingevoegd in het geopende document: {titel} (ongedaan maken met Ctrl+Z).</source>
      <translation>Inserted into the open document: {titel} (undo with Ctrl+Z).</translation>
    </message>
    <message>
      <source>De bibliotheek heeft hiervoor geen clausule.</source>
      <translation>The library has no clause for this.</translation>
    </message>
    <message>
      <source>Werk herstellen</source>
      <translation>Recover work</translation>
    </message>
    <message>
      <source>Beleidsstudio is de vorige keer niet goed afgesloten.</source>
      <translation>Beleidsstudio did not close properly last time.</translation>
    </message>
    <message>
      <source>Herstellen</source>
      <translation>Recover</translation>
    </message>
    <message>
      <source>Weggooien</source>
      <translation>Discard</translation>
    </message>
    <message>
      <source>Werk dat nog niet in een bestand stond, is bewaard. Wilt u het herstellen?</source>
      <translation>Work that was not yet in a file has been kept. Do you want to recover it?</translation>
    </message>
    <message>
      <source>Wijzigingen in {bestand} die niet in dat bestand konden worden opgeslagen, zijn bewaard. Wilt u ze herstellen? Sla ze daarna op met Opslaan als.</source>
      <translation>Changes to {bestand} that could not be saved in that file have been kept. Do you want to recover them? Then save them with Save As.</translation>
    </message>
    <message>
      <source>Importrapport</source>
      <translation>Import report</translation>
    </message>
    <message>
      <source>Deze regels staan niet in de tekst van het document; lees ze na.</source>
      <translation>These lines are not in the document's text; please check them.</translation>
    </message>
    <message>
      <source>Beleidsstudio-project (*.beleid)</source>
      <translation>Beleidsstudio project (*.beleid)</translation>
    </message>
    <message>
      <source>Document</source>
      <translation>Document</translation>
    </message>
    <message>
      <source>Dekking</source>
      <translation>Coverage</translation>
    </message>
    <message>
      <source>Gegevens</source>
      <translation>Details</translation>
    </message>
    <message>
      <source>Clausules</source>
      <translation>Clauses</translation>
    </message>
    <message>
      <source>Titel van de clausule:</source>
      <translation>Title of the clause:</translation>
    </message>
    <message>
      <source>B&amp;eeld</source>
      <translation>&amp;View</translation>
    </message>
    <message>
      <source>&amp;Taal</source>
      <translation>&amp;Language</translation>
    </message>
    <message>
      <source>&amp;Nieuw van voorbeeld</source>
      <translation>&amp;New from sample</translation>
    </message>
    <message>
      <source>Nieuw beleid met &amp;vragenlijst…</source>
      <translation>New policy from &amp;questionnaire…</translation>
    </message>
    <message>
      <source>&amp;Openen…</source>
      <translation>&amp;Open…</translation>
    </message>
    <message>
      <source>Op&amp;slaan</source>
      <translation>&amp;Save</translation>
    </message>
    <message>
      <source>Opslaan &amp;als…</source>
      <translation>Save &amp;As…</translation>
    </message>
    <message>
      <source>&amp;Exporteren als besluit (Word)…</source>
      <translation>&amp;Export as formal decision (Word)…</translation>
    </message>
    <message>
      <source>Exporteren met &amp;wijzigingen (Word)…</source>
      <translation>Export with &amp;changes (Word)…</translation>
    </message>
    <message>
      <source>Exporteren als &amp;PDF…</source>
      <translation>Export as &amp;PDF…</translation>
    </message>
    <message>
      <source>&amp;Recente bestanden</source>
      <translation>&amp;Recent files</translation>
    </message>
    <message>
      <source>Af&amp;sluiten</source>
      <translation>&amp;Quit</translation>
    </message>
    <message>
      <source>&amp;Ongedaan maken</source>
      <translation>&amp;Undo</translation>
    </message>
    <message>
      <source>Opnieu&amp;w</source>
      <translation>&amp;Redo</translation>
    </message>
    <message>
      <source>Openen</source>
      <translation>Open</translation>
    </message>
    <message>
      <source>Opslaan als</source>
      <translation>Save As</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>&amp;Help</translation>
    </message>
    <message>
      <source>&amp;Foutenlogboek tonen…</source>
      <translation>Show &amp;Error Log…</translation>
    </message>
    <message>
      <source>Kies eerst een lid om als clausule te bewaren.</source>
      <translation>First choose a paragraph to save as a clause.</translation>
    </message>
    <message>
      <source>&amp;Bestand</source>
      <translation>&amp;File</translation>
    </message>
    <message>
      <source>Be&amp;werken</source>
      <translation>&amp;Edit</translation>
    </message>
    <message>
      <source>&amp;Document</source>
      <translation>&amp;Document</translation>
    </message>
    <message>
      <source>&amp;Vergelijken</source>
      <translation>&amp;Compare</translation>
    </message>
    <message>
      <source>De&amp;kking</source>
      <translation>C&amp;overage</translation>
    </message>
    <message>
      <source>Nieuw &amp;artikel</source>
      <translation>New &amp;article</translation>
    </message>
    <message>
      <source>Nieuw &amp;lid</source>
      <translation>New &amp;paragraph</translation>
    </message>
    <message>
      <source>&amp;Verwijderen</source>
      <translation>&amp;Delete</translation>
    </message>
    <message>
      <source>Naar &amp;boven</source>
      <translation>Move &amp;up</translation>
    </message>
    <message>
      <source>Naar &amp;onder</source>
      <translation>Move do&amp;wn</translation>
    </message>
    <message>
      <source>Artikel &amp;splitsen bij dit lid</source>
      <translation>&amp;Split article at this paragraph</translation>
    </message>
    <message>
      <source>Samenvoegen met &amp;volgende</source>
      <translation>&amp;Merge with next</translation>
    </message>
    <message>
      <source>&amp;Plaatshouders…</source>
      <translation>&amp;Placeholders…</translation>
    </message>
    <message>
      <source>Nieuw &amp;hoofdstuk vanaf dit artikel</source>
      <translation>New &amp;hoofdstuk from this artikel</translation>
    </message>
    <message>
      <source>Nieuw o&amp;nderdeel</source>
      <translation>New o&amp;nderdeel</translation>
    </message>
    <message>
      <source>Opgeslagen: {bestand}</source>
      <translation>Saved: {bestand}</translation>
    </message>
    <message>
      <source>Alleen-lezen: geopend door {gebruiker} op {host} sinds {tijd}</source>
      <translation>Read-only: opened by {gebruiker} on {host} since {tijd}</translation>
    </message>
    <message>
      <source>Kan {bestand} niet schrijven: {reden}</source>
      <translation>Cannot write {bestand}: {reden}</translation>
    </message>
    <message>
      <source>besloten vennootschap (BV)</source>
      <translation>private limited company (BV)</translation>
    </message>
    <message>
      <source>naamloze vennootschap (NV)</source>
      <translation>public limited company (NV)</translation>
    </message>
    <message>
      <source>stichting</source>
      <translation>foundation (stichting)</translation>
    </message>
    <message>
      <source>vereniging</source>
      <translation>association (vereniging)</translation>
    </message>
    <message>
      <source>gemeente</source>
      <translation>municipality (gemeente)</translation>
    </message>
    <message>
      <source>gemeenschappelijke regeling</source>
      <translation>joint arrangement (gemeenschappelijke regeling)</translation>
    </message>
    <message>
      <source>anders</source>
      <translation>other</translation>
    </message>
    <message>
      <source>aangevraagd</source>
      <translation>requested</translation>
    </message>
    <message>
      <source>verleend</source>
      <translation>given</translation>
    </message>
    <message>
      <source>geweigerd</source>
      <translation>refused</translation>
    </message>
    <message>
      <source>onder voorwaarden</source>
      <translation>given with conditions</translation>
    </message>
    <message>
      <source>niet vastgelegd</source>
      <translation>not recorded</translation>
    </message>
    <message>
      <source>de dag na bekendmaking</source>
      <translation>the day after publication</translation>
    </message>
    <message>
      <source>op een vaste datum</source>
      <translation>on a fixed date</translation>
    </message>
    <message>
      <source>bij vaststelling</source>
      <translation>on adoption</translation>
    </message>
    <message>
      <source>⚠ verouderd: de tekst is gewijzigd na wat de OR zag</source>
      <translation>⚠ stale: the text changed after what the works council saw</translation>
    </message>
    <message>
      <source>Open plaatshouders</source>
      <translation>Open placeholders</translation>
    </message>
    <message>
      <source>Bron</source>
      <translation>Source</translation>
    </message>
    <message>
      <source>De tekst ter instemming aanbieden aan de ondernemingsraad</source>
      <translation>Offer the text to the works council for consent</translation>
    </message>
    <message>
      <source>Het besluit van de ondernemingsraad vastleggen</source>
      <translation>Record the works council's decision</translation>
    </message>
    <message>
      <source>Instemming OR</source>
      <translation>Works council consent</translation>
    </message>
    <message>
      <source>⚠ gedateerd na de vaststelling: het besluit vermeldt haar niet</source>
      <translation>⚠ dated after the adoption: the decision does not state it</translation>
    </message>
    <message>
      <source>Organisatie</source>
      <translation>Organisation</translation>
    </message>
    <message>
      <source>Korte naam</source>
      <translation>Short name</translation>
    </message>
    <message>
      <source>Orgaan</source>
      <translation>Body</translation>
    </message>
    <message>
      <source>Vastgesteld door</source>
      <translation>Adopted by</translation>
    </message>
    <message>
      <source>Ondertekening</source>
      <translation>Signatures</translation>
    </message>
    <message>
      <source>Toelichting voor de opsteller</source>
      <translation>Notes for the drafter</translation>
    </message>
    <message>
      <source>Aanbieden…</source>
      <translation>Offer…</translation>
    </message>
    <message>
      <source>Besluit…</source>
      <translation>Decision…</translation>
    </message>
    <message>
      <source>Wijzigingen niet opgeslagen</source>
      <translation>Changes not saved</translation>
    </message>
    <message>
      <source>Opslaan als…</source>
      <translation>Save As…</translation>
    </message>
    <message>
      <source>Niet bewaren</source>
      <translation>Don't Save</translation>
    </message>
    <message>
      <source>Bestand in gebruik</source>
      <translation>File in use</translation>
    </message>
    <message>
      <source>Openen en overnemen</source>
      <translation>Open and take over</translation>
    </message>
    <message>
      <source>Alleen-lezen openen</source>
      <translation>Open read-only</translation>
    </message>
    <message>
      <source>Wijzigingen opslaan?</source>
      <translation>Save changes?</translation>
    </message>
    <message>
      <source>Als u niet opslaat, gaan uw wijzigingen verloren.</source>
      <translation>If you don't save, your changes will be lost.</translation>
    </message>
    <message>
      <source>Opslaan</source>
      <translation>Save</translation>
    </message>
    <message>
      <source>Niet opslaan</source>
      <translation>Don't save</translation>
    </message>
    <message>
      <source>Sla ze op in een ander bestand, of gooi ze weg.</source>
      <translation>Save them in another file, or discard them.</translation>
    </message>
    <message>
      <source>Uw wijzigingen in {bestand} zijn niet opgeslagen.</source>
      <translation>Your changes to {bestand} have not been saved.</translation>
    </message>
    <message>
      <source>Wilt u de wijzigingen in {naam} opslaan?</source>
      <translation>Do you want to save the changes to {naam}?</translation>
    </message>
    <message>
      <source>Plaatshouders</source>
      <translation>Placeholders</translation>
    </message>
    <message>
      <source>Naam organisatie:</source>
      <translation>Organisation name:</translation>
    </message>
    <message>
      <source>[naam medewerker] en dergelijke blijven open: die vult de medewerker zelf in.</source>
      <translation>[naam medewerker] and the like stay open: the employee fills them in.</translation>
    </message>
    <message>
      <source>Nog open in dit beleid:</source>
      <translation>Still open in this policy:</translation>
    </message>
    <message>
      <source>Er zijn geen open plaatshouders.</source>
      <translation>There are no open placeholders.</translation>
    </message>
    <message>
      <source>{plaatshouder} — {aantal}×</source>
      <translation>{plaatshouder} — {aantal}×</translation>
    </message>
    <message>
      <source>Verschillen als bijgehouden wijzigingen</source>
      <translation>Differences as tracked changes</translation>
    </message>
    <message>
      <source>Wie bent u?</source>
      <translation>Who are you?</translation>
    </message>
    <message>
      <source>Uw naam (bij wijzigingen en opmerkingen):</source>
      <translation>Your name (on changes and comments):</translation>
    </message>
    <message>
      <source>Onbekend</source>
      <translation>Unknown</translation>
    </message>
    <message>
      <source>Con&amp;troleren</source>
      <translation>&amp;Review</translation>
    </message>
    <message>
      <source>&amp;Wijzigingen bijhouden</source>
      <translation>&amp;Track changes</translation>
    </message>
    <message>
      <source>&amp;Volgende wijziging</source>
      <translation>&amp;Next change</translation>
    </message>
    <message>
      <source>V&amp;orige wijziging</source>
      <translation>&amp;Previous change</translation>
    </message>
    <message>
      <source>&amp;Opmerking toevoegen…</source>
      <translation>Add &amp;comment…</translation>
    </message>
    <message>
      <source>Rol: &amp;Ondernemingsraad</source>
      <translation>Role: &amp;Works council</translation>
    </message>
    <message>
      <source>Opmerking bij dit lid:</source>
      <translation>Comment on this lid:</translation>
    </message>
    <message>
      <source>Opmerking bij dit onderdeel:</source>
      <translation>Comment on this onderdeel:</translation>
    </message>
    <message>
      <source>Opmerking bij dit artikel:</source>
      <translation>Comment on this article:</translation>
    </message>
    <message>
      <source>Opmerking bij deze tekst:</source>
      <translation>Comment on this text:</translation>
    </message>
    <message>
      <source>Antwoord</source>
      <translation>Reply</translation>
    </message>
    <message>
      <source>Uw antwoord:</source>
      <translation>Your reply:</translation>
    </message>
    <message>
      <source>Versies vergelijken</source>
      <translation>Compare versions</translation>
    </message>
    <message>
      <source>Oudere versie:</source>
      <translation>Older version:</translation>
    </message>
    <message>
      <source>Vergelijken met:</source>
      <translation>Compare with:</translation>
    </message>
    <message>
      <source>Besluit van de ondernemingsraad</source>
      <translation>Decision of the works council</translation>
    </message>
    <message>
      <source>Besluit:</source>
      <translation>Decision:</translation>
    </message>
    <message>
      <source>Datum:</source>
      <translation>Date:</translation>
    </message>
    <message>
      <source>Vergadering:</source>
      <translation>Meeting:</translation>
    </message>
    <message>
      <source>Notities:</source>
      <translation>Notes:</translation>
    </message>
    <message>
      <source>Wijzigingen</source>
      <translation>Changes</translation>
    </message>
    <message>
      <source>Opmerkingen</source>
      <translation>Comments</translation>
    </message>
    <message>
      <source>Controles</source>
      <translation>Checks</translation>
    </message>
    <message>
      <source>Alle wijzigingen &amp;aanvaarden</source>
      <translation>&amp;Accept all changes</translation>
    </message>
    <message>
      <source>Alle wijzigingen af&amp;wijzen</source>
      <translation>Re&amp;ject all changes</translation>
    </message>
    <message>
      <source>Versie &amp;bewaren…</source>
      <translation>&amp;Save version…</translation>
    </message>
    <message>
      <source>Versies &amp;vergelijken…</source>
      <translation>Compare &amp;versions…</translation>
    </message>
    <message>
      <source>Ter &amp;instemming aanbieden</source>
      <translation>Offer for works council &amp;consent</translation>
    </message>
    <message>
      <source>&amp;Besluit OR vastleggen…</source>
      <translation>Record works council &amp;decision…</translation>
    </message>
    <message>
      <source>Zet de cursor eerst in de tekst waar de opmerking over gaat.</source>
      <translation>First put the cursor in the text the comment is about.</translation>
    </message>
    <message>
      <source>Bewaar het beleid eerst als projectbestand (Opslaan als).</source>
      <translation>First save the policy as a project file (Save As).</translation>
    </message>
    <message>
      <source>Naam van de versie:</source>
      <translation>Name of the version:</translation>
    </message>
    <message>
      <source>Er zijn nog geen versies bewaard.</source>
      <translation>No versions have been saved yet.</translation>
    </message>
    <message>
      <source>Huidige tekst</source>
      <translation>Current text</translation>
    </message>
    <message>
      <source>Over “{citaat}”</source>
      <translation>On “{citaat}”</translation>
    </message>
    <message>
      <source>lid</source>
      <translation>lid</translation>
    </message>
    <message>
      <source>artikel</source>
      <translation>artikel</translation>
    </message>
    <message>
      <source>onderdeel</source>
      <translation>onderdeel</translation>
    </message>
    <message>
      <source>alinea</source>
      <translation>paragraph</translation>
    </message>
    <message>
      <source>hoofdstuk</source>
      <translation>hoofdstuk</translation>
    </message>
    <message>
      <source>sectie</source>
      <translation>section</translation>
    </message>
    <message>
      <source>+ ingevoegd</source>
      <translation>+ inserted</translation>
    </message>
    <message>
      <source>− verwijderd</source>
      <translation>− deleted</translation>
    </message>
    <message>
      <source>⇅ verplaatst</source>
      <translation>⇅ moved</translation>
    </message>
    <message>
      <source>⇣ gesplitst</source>
      <translation>⇣ split</translation>
    </message>
    <message>
      <source>⇡ samengevoegd</source>
      <translation>⇡ merged</translation>
    </message>
    <message>
      <source>± vervangen</source>
      <translation>± replaced</translation>
    </message>
    <message>
      <source>→ ingesprongen</source>
      <translation>→ indented</translation>
    </message>
    <message>
      <source>← uitgesprongen</source>
      <translation>← outdented</translation>
    </message>
    <message>
      <source>Alle auteurs</source>
      <translation>All authors</translation>
    </message>
    <message>
      <source>artikel {artikel}</source>
      <translation>article {artikel}</translation>
    </message>
    <message>
      <source>Aanvaarden</source>
      <translation>Accept</translation>
    </message>
    <message>
      <source>Afwijzen</source>
      <translation>Reject</translation>
    </message>
    <message>
      <source>Alle getoonde aanvaarden</source>
      <translation>Accept all shown</translation>
    </message>
    <message>
      <source>Alle getoonde afwijzen</source>
      <translation>Reject all shown</translation>
    </message>
    <message>
      <source>Nieuwe opmerking</source>
      <translation>New comment</translation>
    </message>
    <message>
      <source>Beantwoorden</source>
      <translation>Reply</translation>
    </message>
    <message>
      <source>Opgelost</source>
      <translation>Resolved</translation>
    </message>
    <message>
      <source>, lid {lid}</source>
      <translation>, paragraph {lid}</translation>
    </message>
    <message>
      <source>Automatisch opslaan is gestopt; uw wijzigingen blijven open. Gebruik Opslaan als.</source>
      <translation>Autosave has stopped; your changes stay open. Use Save As.</translation>
    </message>
    <message>
      <source>Een herstelkopie staat in {bestand}.</source>
      <translation>A recovery copy is in {bestand}.</translation>
    </message>
    <message>
      <source>Rol: ondernemingsraad</source>
      <translation>Role: works council</translation>
    </message>
    <message>
      <source>Rol: opsteller</source>
      <translation>Role: drafter</translation>
    </message>
    <message>
      <source>Wijzigingen bijhouden: aan</source>
      <translation>Track changes: on</translation>
    </message>
    <message>
      <source>Wijzigingen bijhouden: uit</source>
      <translation>Track changes: off</translation>
    </message>
    <message>
      <source>{n} lid</source>
      <translation>{n} lid</translation>
    </message>
    <message>
      <source>{n} leden</source>
      <translation>{n} leden</translation>
    </message>
    <message>
      <source>{n} open wijziging</source>
      <translation>{n} open change</translation>
    </message>
    <message>
      <source>{n} open wijzigingen</source>
      <translation>{n} open changes</translation>
    </message>
    <message>
      <source>Opgeslagen</source>
      <translation>Saved</translation>
    </message>
    <message>
      <source>Niet opgeslagen</source>
      <translation>Not saved</translation>
    </message>
    <message>
      <source>Wordt opgeslagen…</source>
      <translation>Saving…</translation>
    </message>
    <message>
      <source>Hoofdstuk {nummer}. {kop}</source>
      <translation>Chapter {nummer}. {kop}</translation>
    </message>
    <message>
      <source>Structuur</source>
      <translation>Structure</translation>
    </message>
    <message>
      <source>Inleiding</source>
      <translation>Introduction</translation>
    </message>
    <message>
      <source>Slotwoord</source>
      <translation>Closing words</translation>
    </message>
    <message>
      <source>Zoek op nummer of woord, bijvoorbeeld 3 of sociale media</source>
      <translation>Search by number or word, for example 3 or social media</translation>
    </message>
    <message>
      <source>Invoegen</source>
      <translation>Insert</translation>
    </message>
    <message>
      <source>&amp;Zoeken:</source>
      <translation>&amp;Search:</translation>
    </message>
    <message>
      <source>Artikel of lid</source>
      <translation>Artikel or lid</translation>
    </message>
    <message>
      <source>Tekst</source>
      <translation>Text</translation>
    </message>
    <message>
      <source>{rangtelwoord} lid</source>
      <translation>{rangtelwoord} lid</translation>
    </message>
    <message>
      <source>Niets gevonden.</source>
      <translation>Nothing found.</translation>
    </message>
    <message>
      <source>Wordt ingevoegd als: {verwijzing}</source>
      <translation>Will be inserted as: {verwijzing}</translation>
    </message>
    <message>
      <source>Artikel {nummer} {kop}</source>
      <translation>Artikel {nummer} {kop}</translation>
    </message>
    <message>
      <source>Nieuw beleid met vragenlijst</source>
      <translation>New policy from questionnaire</translation>
    </message>
    <message>
      <source>De werkgever volgt openbare sociale media</source>
      <translation>The employer follows public social media</translation>
    </message>
    <message>
      <source>Medewerkers vermelden dat zij op persoonlijke titel publiceren</source>
      <translation>Employees state that they publish in a personal capacity</translation>
    </message>
    <message>
      <source>bijv. 1 juli 2014</source>
      <translation>e.g. 1 July 2014</translation>
    </message>
    <message>
      <source>Voor wie is de code?</source>
      <translation>Who is the code for?</translation>
    </message>
    <message>
      <source>Rechtsvorm:</source>
      <translation>Legal form:</translation>
    </message>
    <message>
      <source>Aantal medewerkers:</source>
      <translation>Number of employees:</translation>
    </message>
    <message>
      <source>Sector en zorgen</source>
      <translation>Sector and concerns</translation>
    </message>
    <message>
      <source>Waar moet de code vooral op letten?</source>
      <translation>What should the code pay most attention to?</translation>
    </message>
    <message>
      <source>Sector:</source>
      <translation>Sector:</translation>
    </message>
    <message>
      <source>Afspraken</source>
      <translation>Arrangements</translation>
    </message>
    <message>
      <source>Monitoring, aanspreekpunt en de code die wordt vervangen.</source>
      <translation>Monitoring, contact point and the code being replaced.</translation>
    </message>
    <message>
      <source>Medewerkers wenden zich tot:</source>
      <translation>Employees turn to:</translation>
    </message>
    <message>
      <source>Vervangt de code (titel):</source>
      <translation>Replaces the code (title):</translation>
    </message>
    <message>
      <source>van (datum):</source>
      <translation>of (date):</translation>
    </message>
    <message>
      <source>Wat dit betekent</source>
      <translation>What this means</translation>
    </message>
    <message>
      <source>De gevolgen van uw antwoorden.</source>
      <translation>The consequences of your answers.</translation>
    </message>
    <message>
      <source>Het concept</source>
      <translation>The draft</translation>
    </message>
    <message>
      <source>De artikelen zoals zij worden genummerd; in grijs de toelichting voor de opsteller, die in het project blijft en niet in het besluit komt.</source>
      <translation>The articles as they will be numbered; in grey the notes for the drafter, which stay in the project and are not printed in the decision.</translation>
    </message>
    <message>
      <source>Waarom: {reden}</source>
      <translation>Why: {reden}</translation>
    </message>
    <message>
      <source>U kunt dit ongedaan maken met Ctrl+Z.</source>
      <translation>You can undo this with Ctrl+Z.</translation>
    </message>
    <message>
      <source>Hoe de wijzigingen in het document worden getoond, zoals in Word</source>
      <translation>How the changes are shown in the document, as in Word</translation>
    </message>
    <message>
      <source>Markering:</source>
      <translation>Markup:</translation>
    </message>
    <message>
      <source>Dit document is alleen te lezen.</source>
      <translation>This document is read-only.</translation>
    </message>
    <message>
      <source>Origineel toont de tekst van vóór de wijzigingen en kan niet worden bewerkt; kies een andere markering.</source>
      <translation>Original shows the text before the changes and cannot be edited; choose another markup view.</translation>
    </message>
    <message>
      <source>Dit lid verwijderen?</source>
      <translation>Delete this lid?</translation>
    </message>
    <message>
      <source>Dit onderdeel verwijderen?</source>
      <translation>Delete this onderdeel?</translation>
    </message>
    <message>
      <source>Alle markeringen</source>
      <translation>All Markup</translation>
    </message>
    <message>
      <source>Eenvoudige markering</source>
      <translation>Simple Markup</translation>
    </message>
    <message>
      <source>Geen markeringen</source>
      <translation>No Markup</translation>
    </message>
    <message>
      <source>Origineel</source>
      <translation>Original</translation>
    </message>
    <message>
      <source>Alleen de kop gaat weg; de artikelen horen dan bij het hoofdstuk ervoor.</source>
      <translation>Only the heading goes; its artikelen then belong to the hoofdstuk before it.</translation>
    </message>
    <message>
      <source>{naam} verwijderen?</source>
      <translation>Delete {naam}?</translation>
    </message>
    <message>
      <source>Het artikel en zijn {leden} worden verwijderd.</source>
      <translation>The article and its {leden} will be deleted.</translation>
    </message>
    <message>
      <source>zorg</source>
      <translation>care</translation>
    </message>
    <message>
      <source>onderwijs</source>
      <translation>education</translation>
    </message>
    <message>
      <source>overheid</source>
      <translation>government</translation>
    </message>
    <message>
      <source>financiële dienstverlening</source>
      <translation>financial services</translation>
    </message>
    <message>
      <source>retail en horeca</source>
      <translation>retail and hospitality</translation>
    </message>
    <message>
      <source>zakelijke dienstverlening</source>
      <translation>business services</translation>
    </message>
    <message>
      <source>industrie</source>
      <translation>industry</translation>
    </message>
    <message>
      <source>privacy van collega's en cliënten</source>
      <translation>privacy of colleagues and clients</translation>
    </message>
    <message>
      <source>reputatie</source>
      <translation>reputation</translation>
    </message>
    <message>
      <source>vertrouwelijke informatie</source>
      <translation>confidential information</translation>
    </message>
    <message>
      <source>monitoring door de werkgever</source>
      <translation>monitoring by the employer</translation>
    </message>
    <message>
      <source>leidinggevenden en woordvoerders</source>
      <translation>managers and spokespersons</translation>
    </message>
    <message>
      <source>crisiscommunicatie</source>
      <translation>crisis communication</translation>
    </message>
    <message>
      <source>de communicatieadviseur</source>
      <translation>the communications adviser</translation>
    </message>
    <message>
      <source>de leidinggevende</source>
      <translation>the manager</translation>
    </message>
    <message>
      <source>de afdeling HR</source>
      <translation>the HR department</translation>
    </message>
    <message>
      <source>De antwoorden moeten een JSON-object zijn.</source>
      <translation>The answers must be a JSON object.</translation>
    </message>
    <message>
      <source>vul een naam in</source>
      <translation>fill in a name</translation>
    </message>
    <message>
      <source>geef een heel getal van 1 of meer</source>
      <translation>give a whole number of 1 or more</translation>
    </message>
    <message>
      <source>true of false</source>
      <translation>true or false</translation>
    </message>
    <message>
      <source>null, of een object met "titel" en "datum"</source>
      <translation>null, or an object with "titel" and "datum"</translation>
    </message>
    <message>
      <source>een datum als 2014-07-01 of juli 2014</source>
      <translation>a date such as 2014-07-01 or July 2014</translation>
    </message>
    <message>
      <source>Ongeldig antwoord voor "{veld}": {uitleg}</source>
      <translation>Invalid answer for "{veld}": {uitleg}</translation>
    </message>
    <message>
      <source>kies uit {mogelijk}</source>
      <translation>choose from {mogelijk}</translation>
    </message>
    <message>
      <source>een lijst met waarden uit {mogelijk}</source>
      <translation>a list of values from {mogelijk}</translation>
    </message>
    <message>
      <source>Het volgen van openbare sociale media is een verwerking van persoonsgegevens: leg het gerechtvaardigd belang, de noodzaak en de evenredigheid vast en informeer medewerkers vooraf (AVG).</source>
      <translation>Following public social media is processing of personal data: record the legitimate interest, necessity and proportionality, and inform employees beforehand (GDPR).</translation>
    </message>
    <message>
      <source>Deze code raakt persoonsgegevens of controle van medewerkers: de OR moet instemmen voordat u haar vaststelt (WOR art. 27 lid 1 onder k en l).</source>
      <translation>This code touches personal data or monitoring of employees: the works council must consent before you adopt it (WOR art. 27(1)(k) and (l)).</translation>
    </message>
    <message>
      <source>Raakt de code persoonsgegevens of controle van medewerkers, dan moet de OR instemmen (WOR art. 27 lid 1 onder k en l).</source>
      <translation>If the code touches personal data or monitoring of employees, the works council must consent (WOR art. 27(1)(k) and (l)).</translation>
    </message>
    <message>
      <source>Met {n} medewerkers is een ondernemingsraad verplicht (WOR art. 2).</source>
      <translation>With {n} employees a works council is mandatory (WOR art. 2).</translation>
    </message>
    <message>
      <source>Met {n} medewerker is er geen ondernemingsraad of personeelsvertegenwoordiging die moet instemmen.</source>
      <translation>With {n} employee there is no works council or staff representation that must consent.</translation>
    </message>
    <message>
      <source>Met {n} medewerkers is er geen ondernemingsraad of personeelsvertegenwoordiging die moet instemmen.</source>
      <translation>With {n} employees there is no works council or staff representation that must consent.</translation>
    </message>
    <message>
      <source>Met {n} medewerkers is een OR niet verplicht; er kan een personeelsvertegenwoordiging zijn (WOR art. 35c). Bespreek de code daarmee.</source>
      <translation>With {n} employees a works council is not mandatory; there may be a staff representation (WOR art. 35c). Discuss the code with it.</translation>
    </message>
    <message>
      <source>modelclausule</source>
      <translation>model clause</translation>
    </message>
    <message>
      <source>uit {bron}</source>
      <translation>from {bron}</translation>
    </message>
    <message>
      <source>streng</source>
      <translation>strict</translation>
    </message>
    <message>
      <source>gematigd</source>
      <translation>moderate</translation>
    </message>
    <message>
      <source>Deze clausuleset is te groot.</source>
      <translation>This clause set is too large.</translation>
    </message>
    <message>
      <source>Geen geldige clausuleset: {reden}</source>
      <translation>Not a valid clause set: {reden}</translation>
    </message>
    <message>
      <source>Geen beeldscherm gevonden (DISPLAY is niet gezet): start Beleidsstudio in een grafische omgeving.</source>
      <translation>No display found (DISPLAY is not set): start Beleidsstudio in a graphical session.</translation>
    </message>
    <message>
      <source>Onverwachte fout: {fout} (details in {log})</source>
      <translation>Unexpected error: {fout} (details in {log})</translation>
    </message>
  </context>
</TS>
