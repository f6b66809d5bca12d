/*
 * messages-nl: every message and every line of --help in Dutch, keyed by
 * the English text exactly as the program writes it (texts.h, struct
 * translation). tests/e2e/test_messages.py fails when a message in src/
 * has no entry here or when an entry's conversions differ from the
 * English ones. Entries are grouped by the file that writes them.
 */
#include "i18n/texts.h"

const struct translation messages_nl[] = {
    /* The reasons of libraries, in Dutch with what to do (load-xlsx.c,
     * tabular.c, network.c, scene.c, cmd.c) */
    {"the file is not an Excel workbook (.xlsx): an old .xls file, or one protected by a "
     "password? Open it in Excel and save it as Excel Workbook (.xlsx) without a password",
     "het bestand is geen Excel-werkmap (.xlsx): een oud .xls-bestand, of een bestand met een "
     "wachtwoord? Open het in Excel en sla het op als Excel-werkmap (.xlsx) zonder wachtwoord"},
    {"the workbook is damaged or was not saved completely; open it in Excel and save it again",
     "de werkmap is beschadigd of niet helemaal opgeslagen; open hem in Excel en sla hem "
     "opnieuw op"},
    {"there is not enough memory to read the workbook",
     "er is niet genoeg geheugen om de werkmap te lezen"},
    {"the file cannot be created: is it open in Excel, or is the folder read-only?",
     "het bestand kan niet worden gemaakt: is het geopend in Excel, of is de map alleen-lezen?"},
    {"the workbook cannot be written out: is the disk full?",
     "de werkmap kan niet worden weggeschreven: is de schijf vol?"},
    {"there is not enough memory", "er is niet genoeg geheugen"},
    {"a text is longer than an Excel cell holds (32,767 characters)",
     "een tekst is langer dan een cel in Excel bevat (32.767 tekens)"},
    {"a sheet name is one that Excel does not allow (at most 31 characters, none of "
     "[]:*?/\\, each name once)",
     "een bladnaam is niet toegestaan in Excel (hoogstens 31 tekens, geen van []:*?/\\, elke "
     "naam één keer)"},
    {"there is not enough memory: close other programs, or for a large study estimate with "
     "--sample K",
     "er is niet genoeg geheugen: sluit andere programma's, of schat bij een groot onderzoek "
     "met --sample K"},
    {"a file could not be read or written: is the disk full?",
     "een bestand kon niet worden gelezen of geschreven: is de schijf vol?"},
    {"the study is too large for this computation",
     "het onderzoek is te groot voor deze berekening"},
    {"the computation failed (please report this, with the dataset if you can): %s",
     "de berekening is mislukt (meld dit alstublieft, zo mogelijk met de dataset): %s"},
    {"a font for the diagram is missing, so its text may be spaced a little wrongly; "
     "installing the DejaVu fonts (fonts-dejavu-core) helps (Graphviz: %s)",
     "een lettertype voor de figuur ontbreekt, dus de tekst kan iets verkeerd gespatieerd "
     "zijn; de DejaVu-lettertypen installeren (fonts-dejavu-core) helpt (Graphviz: %s)"},
    {"Graphviz, which lays out and draws the diagram, reports a problem; the diagram may be "
     "incomplete (Graphviz: %s)",
     "Graphviz, dat de figuur indeelt en tekent, meldt een probleem; de figuur is misschien "
     "onvolledig (Graphviz: %s)"},
    /* load-sheet.c: a column deleted from the template */
    {"the sheet %s has no column %s (%s), which every row needs; add it (in the template it is "
     "column %s)",
     "het blad %s heeft geen kolom %s (%s), die elke rij nodig heeft; voeg hem toe (in het "
     "sjabloon is het kolom %s)"},
    {"the sheet %s has no column %s (%s), so every row is read without it; in the template it "
     "stands between %s and %s: insert it before column %s",
     "het blad %s heeft geen kolom %s (%s), dus elke rij wordt zonder gelezen; in het sjabloon "
     "staat die tussen %s en %s: voeg hem in vóór kolom %s"},
    /* msg.c */
    {"error: ", "fout: "},
    {"warning: ", "waarschuwing: "},
    {"usage error: ", "fout in de opdracht: "},
    {"error", "fout"},
    {"warning", "waarschuwing"},
    {"Try 'partnermap %s --help'.\n", "Zie 'partnermap %s --help'.\n"},
    {"Try 'partnermap --help'.\n", "Zie 'partnermap --help'.\n"},
    /* progress.c: the phases of long computations (paths.c, advise.c) */
    {"Betweenness and closeness", "tussenpositie en nabijheid"},
    {"advise: keep", "advies: behouden"},
    {"advise: ties", "advies: relaties"},
    {"advise: distances", "advies: afstanden"},
    /* strerror(), as msg_strerror() shows it */
    {"No such file or directory", "bestand of map bestaat niet"},
    {"Permission denied", "geen toestemming"},
    {"Is a directory", "is een map"},
    {"Not a directory", "is geen map"},
    {"File exists", "bestaat al"},
    {"No space left on device", "de schijf is vol"},
    {"Disk quota exceeded", "schijfquotum overschreden"},
    {"Read-only file system", "alleen-lezen bestandssysteem"},
    {"File name too long", "bestandsnaam te lang"},
    {"Too many open files", "te veel open bestanden"},
    {"Input/output error", "lees- of schrijffout"},
    {"Broken pipe", "de ontvanger is gestopt"},
    {"Cannot allocate memory", "onvoldoende geheugen"},
    {"Directory not empty", "map is niet leeg"},
    {"Invalid argument", "ongeldige waarde"},
    {"Operation not permitted", "handeling niet toegestaan"},
    {"Device or resource busy", "apparaat of bron is bezet"},
    /* cmd.c */
    {"Usage: partnermap COMMAND DATASET [options]\n\nTurns interview data about who works "
     "with whom into a measured, drawn network.\n\nCommands:\n",
     "Gebruik: partnermap OPDRACHT DATASET [opties]\n\nMaakt van interviews over wie met wie "
     "samenwerkt een gemeten en getekend netwerk.\n\nOpdrachten:\n"},
    {"\n'partnermap COMMAND --help' shows a command's options;\n'partnermap --version' shows "
     "the version; --lang en|nl the language.\n",
     "\n'partnermap OPDRACHT --help' toont de opties van een opdracht;\n'partnermap "
     "--version' toont de versie; --lang en|nl kiest de taal.\n"},
    {"no command given", "geen opdracht gegeven"},
    {"unknown command '%s'", "onbekende opdracht '%s'"},
    {"the study has no entities yet: in a workbook from 'partnermap template', fill in the "
     "sheet Entities (Partijen); its first sheet explains every column",
     "het onderzoek heeft nog geen partijen: vul in een werkmap van 'partnermap template' het "
     "blad Partijen in; het eerste blad legt elke kolom uit"},
    {"unknown command '%s'; did you mean '%s'?", "onbekende opdracht '%s'; bedoelt u '%s'?"},
    {"interrupted", "onderbroken"},
    {"the computation failed: %s", "de berekening is mislukt: %s"},
    {"%zu more problems are not shown (at most %d are)",
     "nog %zu problemen worden niet getoond (hooguit %d worden getoond)"},
    {"the dataset has 1 error; nothing was written",
     "de dataset bevat 1 fout; er is niets geschreven"},
    {"the dataset has %zu errors; nothing was written",
     "de dataset bevat %zu fouten; er is niets geschreven"},
    {"the study has no wave '%s'; did you mean '%s'? Its waves: %s",
     "het onderzoek heeft geen meting '%s'; bedoelt u '%s'? De metingen: %s"},
    {"the study has no wave '%s'; its waves: %s",
     "het onderzoek heeft geen meting '%s'; de metingen: %s"},
    {"the study has no grouping '%s'; did you mean '%s'? --groups takes: %s",
     "het onderzoek heeft geen indeling '%s'; bedoelt u '%s'? --groups kent: %s"},
    {"the study has no grouping '%s'; --groups takes: %s",
     "het onderzoek heeft geen indeling '%s'; --groups kent: %s"},
    /* args.c */
    {"Usage: partnermap %s %s\n\n%s\n\nOptions:\n", "Gebruik: partnermap %s %s\n\n%s\n\nOpties:\n"},
    {"\nDATASET is a study in the format of dataset.md; '-' reads standard input.\n",
     "\nDATASET is een onderzoek in de vorm van dataset.md; '-' leest standaardinvoer.\n"},
    {"the wave to analyse (default: the last)",
     "de meting om te analyseren (standaard: de laatste)"},
    {"keep every reported tie, or only those both sides named",
     "alle genoemde relaties, of alleen die beide kanten noemden"},
    {"the form of the result (default: table)", "de vorm van het resultaat (standaard: table)"},
    {"write the result to PATH", "schrijf het resultaat naar PATH"},
    {"replace an existing file at PATH that partnermap did not write (never a study)",
     "vervang een bestaand bestand op PATH dat partnermap niet schreef (nooit een onderzoek)"},
    {"CSV separator (default: ',' in English, ';' in Dutch)",
     "scheidingsteken in CSV (standaard: ',' in het Engels, ';' in het Nederlands)"},
    {"estimate betweenness and closeness from K sources (large studies)",
     "schat betweenness en closeness vanuit K bronnen (grote onderzoeken)"},
    {"what to draw (default: network)", "wat er getekend wordt (standaard: network)"},
    {"draw the change from wave A to wave B", "teken de verandering van meting A naar meting B"},
    {"layout engine (default: chosen by size)", "indeling (standaard: gekozen naar omvang)"},
    {"what node colour shows (default: kind)", "wat de kleur van een punt toont (standaard: kind)"},
    {"what node size shows: betweenness (the default), degree, pagerank, closeness, "
     "eigenvector, effective_size or none",
     "wat de grootte van een punt toont: betweenness (standaard), degree, pagerank, closeness, "
     "eigenvector, effective_size of none"},
    {"brokerage (and perception) between the groups of KEY: kind (the default), "
     "municipalities or an attribute",
     "makelaarsrollen (en perception) tussen de groepen van KEY: kind (standaard), "
     "municipalities of een kenmerk"},
    {"resolution of PNG output (default: 300)", "resolutie van PNG (standaard: 300)"},
    {"width of diagrams on paper (default: 16)", "breedte van figuren op papier (standaard: 16)"},
    {"draw only this entity's own network", "teken alleen het eigen netwerk van deze partij"},
    {"with --ego: how many steps out (default: 1)",
     "bij --ego: hoeveel stappen ver (standaard: 1)"},
    {"mark these entities", "markeer deze partijen"},
    {"keep only ties of these types", "alleen relaties van deze soorten"},
    {"draw one node per group (default for large studies)",
     "teken één punt per groep (standaard bij grote onderzoeken)"},
    {"draw every entity, however many", "teken elke partij, hoeveel het er ook zijn"},
    {"hide pairs with a coverage overlap below X", "verberg paren met een overlap onder X"},
    {"list only the gaps: cells that no active team serves",
     "toon alleen de gaten: cellen die geen actief team bedient"},
    {"also draw a growth chart (.svg, .png or .pdf)",
     "teken ook een groeigrafiek (.svg, .png of .pdf)"},
    {"language of messages, tables, diagrams and report (default: from LANG)",
     "taal van meldingen, tabellen, figuren en rapport (standaard: uit LANG)"},
    {"treat warnings about the dataset as errors",
     "behandel waarschuwingen over de dataset als fouten"},
    {"show this help", "toon deze hulp"},
    {"--%s takes %s, not '%s'", "--%s verwacht %s, niet '%s'"},
    {"--%s takes %s, not '%s'; did you mean '%s'?", "--%s verwacht %s, niet '%s'; bedoelt u '%s'?"},
    {", ", ", "},
    {" or ", " of "},
    {"--%s takes a number from %g to %g, not '%s'",
     "--%s verwacht een getal van %g tot %g, niet '%s'"},
    {"--sep takes one character, such as ';'", "--sep verwacht één teken, zoals ';'"},
    {"--diff takes two waves: --diff A B", "--diff verwacht twee metingen: --diff A B"},
    {"option '%s' needs a value", "optie '%s' verwacht een waarde"},
    {"unknown option '-%c' for %s", "onbekende optie '-%c' bij %s"},
    {"unknown option '%s' for %s", "onbekende optie '%s' bij %s"},
    {"unknown option '%s' for %s; did you mean '--%s'?",
     "onbekende optie '%s' bij %s; bedoelt u '--%s'?"},
    {"unknown option '%s'", "onbekende optie '%s'"},
    {"unexpected argument '%s'", "onverwacht argument '%s'"},
    {"no dataset given: partnermap %s %s", "geen dataset gegeven: partnermap %s %s"},
    /* The commands' summaries. */
    {"read and validate a study; summarise it and list every error and warning",
     "lees en controleer een onderzoek; vat het samen en noem elke fout en waarschuwing"},
    {"centrality, fragmentation, key players, silos and trust of one wave",
     "centraliteit, fragmentatie, sleutelspelers, schotten en vertrouwen van één meting"},
    {"a diagram of a wave, of the change between two, of overlapping teams, or of who serves "
     "which areas",
     "een figuur van een meting, van de verandering tussen twee, van overlappende teams, of van "
     "wie welke wijken bedient"},
    {"pairs of teams that serve the same areas and target groups, unaware ones first",
     "paren teams met dezelfde wijken en doelgroepen, die zonder relatie eerst"},
    {"how both sides see their ties: named back or not, and rated alike or apart",
     "hoe beide kanten hun relaties zien: teruggenoemd of niet, en gelijk of verschillend "
     "geschat"},
    {"how the network changes from wave to wave, with a growth chart",
     "hoe het netwerk verandert van meting tot meting, met een groeigrafiek"},
    {"everything as a folder: index.html with diagrams, charts and CSV files",
     "alles in een map: index.html met figuren, grafieken en CSV-bestanden"},
    /* What-if and advise (cmd.c, args.c, cmd-draw.c, cmd-advise.c). */
    {"what-if: leave these entities out (id or name; may be repeated)",
     "wat als: laat deze partijen weg (id of naam; mag vaker)"},
    {"what-if: add a tie between A and B (may be repeated)",
     "wat als: voeg een relatie toe tussen A en B (mag vaker)"},
    {"how many entities and ties to suggest, 1 to 10 (default: 3)",
     "hoeveel partijen en relaties voor te stellen, 1 tot 10 (standaard: 3)"},
    {"--%s is given more than %d times", "--%s is vaker dan %d keer gegeven"},
    {"-k takes a whole number from 1 to 10, not '%s'",
     "-k verwacht een geheel getal van 1 tot 10, niet '%s'"},
    {"%s takes %zu entities, not more", "%s verwacht %zu partijen, niet meer"},
    {"%s: '%s' is the name of more than one entity; use its id",
     "%s: '%s' is de naam van meer dan één partij; gebruik de id"},
    {"%s: the study has no entity '%s'; did you mean '%s'?",
     "%s: het onderzoek heeft geen partij '%s'; bedoelt u '%s'?"},
    {"%s: the study has no entity '%s'", "%s: het onderzoek heeft geen partij '%s'"},
    {"--add-tie takes two entities: --add-tie A,B",
     "--add-tie verwacht twee partijen: --add-tie A,B"},
    {"--add-tie: a tie of %s with itself", "--add-tie: een relatie van %s met zichzelf"},
    {"--without: %s does not take part in wave %s", "--without: %s doet niet mee in meting %s"},
    {"--add-tie: %s is left out by --without", "--add-tie: %s is weggelaten met --without"},
    {"--add-tie: %s does not take part in wave %s", "--add-tie: %s doet niet mee in meting %s"},
    {"--add-tie: %s and %s are already tied in wave %s",
     "--add-tie: %s en %s hebben al een relatie in meting %s"},
    {"--without and --add-tie change one wave's network; draw them with --wave, not with "
     "--diff",
     "--without en --add-tie veranderen het netwerk van één meting; teken ze met --wave, "
     "niet met --diff"},
    {"%ld entities are too many to compare every pair in memory",
     "%ld partijen zijn te veel om elk paar in het geheugen te vergelijken"},
    {"which entities the field cannot lose, where to reach, which ties to make",
     "welke partijen het veld niet kan missen, waar je het meest bereikt, welke relaties te "
     "leggen"},
    /* cmd-draw.c, draw.c, scene.c, chart.c */
    {"draw needs -o FILE (.svg, .png, .pdf or .dot)",
     "draw verwacht -o BESTAND (.svg, .png, .pdf of .dot)"},
    {"cannot tell the format of '%s'; end it in .svg, .png, .pdf or .dot",
     "onbekende bestandsvorm '%s'; laat de naam eindigen op .svg, .png, .pdf of .dot"},
    {"--view takes network, overlap or coverage", "--view verwacht network, overlap of coverage"},
    {"--ego: '%s' is not an entity of the study", "--ego: '%s' is geen partij in het onderzoek"},
    {"--ego: '%s' does not take part in this wave", "--ego: '%s' doet niet mee in deze meting"},
    {"%ld entities: drawing every one with the %s layout",
     "%ld partijen: elke partij wordt getekend met de indeling %s"},
    {"%ld entities: drawing one node per %s (--full draws every entity)",
     "%ld partijen: één punt per %s getekend (--full tekent elke partij)"},
    {"--size-by takes %s or none", "--size-by verwacht %s of none"},
    {"--size-by takes %s or none; did you mean '%s'?",
     "--size-by verwacht %s of none; bedoelt u '%s'?"},
    {"--color-by takes kind, community, municipality, domain or an attribute of the study; "
     "no entity has the attribute '%s'",
     "--color-by verwacht kind, community, municipality, domain of een kenmerk uit het "
     "onderzoek; geen partij heeft het kenmerk '%s'"},
    {"--types: no tie of the study has the type '%s'",
     "--types: geen relatie in het onderzoek heeft het type '%s'"},
    {"; did you mean '%s'?", "; bedoelt u '%s'?"},
    {" The study has: ", " Het onderzoek heeft: "},
    {"; the study has: ", "; het onderzoek heeft: "},
    {"--highlight: the study has no entity '%s'",
     "--highlight: het onderzoek heeft geen partij '%s'"},
    {"--group-by takes community or municipality", "--group-by verwacht community of municipality"},
    {"--layout takes neato, fdp, sfdp, circo or dot",
     "--layout verwacht neato, fdp, sfdp, circo of dot"},
    {"could not lay out the study (igraph error %d)",
     "het onderzoek kon niet worden ingedeeld (igraph-fout %d)"},
    {"Graphviz could not draw the diagram as %s", "Graphviz kon de figuur niet tekenen als %s"},
    {"Graphviz could not measure the labels", "Graphviz kon de namen niet opmeten"},
    {"the PNG that Graphviz made is not a valid PNG",
     "de PNG die Graphviz maakte is geen geldige PNG"},
    {"the %s layout failed", "de indeling %s is mislukt"},
    {"at %s cm wide the names in the diagram print at %s pt, under 8 pt; "
     "a wider --width (about %d) keeps them at 8 pt",
     "bij %s cm breed worden de namen in de figuur %s pt groot, kleiner dan 8 pt; "
     "met een grotere --width (ongeveer %d) blijven ze 8 pt"},
    {"cannot draw the chart: %s", "kan de grafiek niet tekenen: %s"},
    /* cmd-timeline.c, cmd-report.c, report.c */
    {"--chart takes a file ending in .svg, .png or .pdf",
     "--chart verwacht een bestand dat eindigt op .svg, .png of .pdf"},
    {"the report is in %s/index.html", "het rapport staat in %s/index.html"},
    {"cannot write %s", "kan %s niet schrijven"},
    {"cannot write %s/%s", "kan %s/%s niet schrijven"},
    {"the analysis failed (igraph error %d)", "de analyse is mislukt (igraph-fout %d)"},
    /* cmd-export.c, export*.c */
    {"export needs -o FILE (%s)", "export heeft -o BESTAND nodig (%s)"},
    {"cannot tell the format of '%s'; end it in %s",
     "de vorm van '%s' is onbekend; laat de naam eindigen op %s"},
    {"the network for Gephi, Cytoscape, UCINET, Pajek or Excel",
     "het netwerk voor Gephi, Cytoscape, UCINET, Pajek of Excel"},
    {"GEXF: out of memory", "GEXF: onvoldoende geheugen"},
    {"GEXF: the file could not be written", "GEXF: het bestand kon niet worden geschreven"},
    {"GraphML: %s", "GraphML: %s"},
    {"Pajek: %s", "Pajek: %s"},
    /* tabular.c */
    {"cannot write the workbook %s: %s", "kan de werkmap %s niet schrijven: %s"},
    {"cannot add the sheet %s", "kan het blad %s niet toevoegen"},
    {"cannot write the sheet %s: %s", "kan het blad %s niet schrijven: %s"},
    {"cannot write the workbook: %s", "kan de werkmap niet schrijven: %s"},
    /* pseudonym.c, and its options in args.c */
    {"%s is not a key file: it needs the columns id, name and code",
     "%s is geen sleutelbestand: het heeft de kolommen id, name en code nodig"},
    {"%s: out of memory", "%s: onvoldoende geheugen"},
    {"cannot read %s", "kan %s niet lezen"},
    {"cannot read %s: %s", "kan %s niet lezen: %s"},
    {"--anonymise on standard input needs --key FILE for the codes",
     "--anonymise op standaardinvoer heeft --key BESTAND nodig voor de codes"},
    {"--anonymise takes nothing or all, not '%s'", "--anonymise neemt niets of all, niet '%s'"},
    {"--key goes with --anonymise", "--key hoort bij --anonymise"},
    {"codes instead of names (all: municipalities too); notes left out",
     "codes in plaats van namen (all: ook gemeenten); toelichtingen weggelaten"},
    {"with --anonymise: the key file of codes (default: DATASET.key.csv)",
     "met --anonymise: het sleutelbestand met de codes (standaard: DATASET.key.csv)"},
    /* output.c */
    {"cannot write %s: %s", "kan %s niet schrijven: %s"},
    {"cannot write to standard output: %s", "kan niet naar standaarduitvoer schrijven: %s"},
    {"cannot create the folder %s: %s", "kan de map %s niet maken: %s"},
    {"cannot create a folder beside %s: %s", "kan geen map naast %s maken: %s"},
    {"%s is a symbolic link; partnermap does not write through one: choose another name",
     "%s is een symbolische koppeling; partnermap schrijft daar niet doorheen: kies een "
     "andere naam"},
    {"%s is a folder; partnermap writes a file here: choose another name",
     "%s is een map; partnermap schrijft hier een bestand: kies een andere naam"},
    {"%s is the study being read; partnermap never writes over it: choose another name",
     "%s is het onderzoek dat wordt gelezen; partnermap schrijft daar nooit overheen: kies "
     "een andere naam"},
    {"%s is in the folder of the study being read, where every CSV file is a sheet; "
     "partnermap never writes there: choose another name",
     "%s staat in de map van het onderzoek dat wordt gelezen, waar elk CSV-bestand een blad "
     "is; partnermap schrijft daar nooit: kies een andere naam"},
    {"%s exists and does not start as this output does (its header or first key differs), so "
     "it is not taken for partnermap's; it is left as it is: choose another name, remove it, "
     "or give --force to replace it",
     "%s bestaat al en begint niet zoals deze uitvoer (de kopregel of de eerste sleutel "
     "verschilt), dus het is geen uitvoer van partnermap; het blijft zoals het is: kies een "
     "andere naam, verwijder het, of geef --force om het te vervangen"},
    {"%s holds a study; partnermap never writes over one: choose another name or remove it",
     "%s bevat een onderzoek; partnermap schrijft daar nooit overheen: kies een andere naam "
     "of verwijder het"},
    {"%s is not a regular file; choose another name",
     "%s is geen gewoon bestand; kies een andere naam"},
    {"%s exists and does not look like partnermap's output in this format; it is left as it "
     "is: choose another name, remove it, or give --force to replace it",
     "%s bestaat al en lijkt niet op uitvoer van partnermap in deze vorm; het blijft zoals het "
     "is: kies een andere naam, verwijder het, of geef --force om het te vervangen"},
    {"%s is a symbolic link; partnermap writes a report only into a folder of its own: "
     "choose another name",
     "%s is een symbolische koppeling; partnermap schrijft een rapport alleen in een eigen "
     "map: kies een andere naam"},
    {"%s exists and is not a folder; it is left as it is: choose another name for the report",
     "%s bestaat al en is geen map; het blijft zoals het is: kies een andere naam voor het "
     "rapport"},
    {"%s is a folder that partnermap did not write; it is left as it is: choose another name "
     "for the report",
     "%s is een map die partnermap niet heeft geschreven; die blijft zoals hij is: kies een "
     "andere naam voor het rapport"},
    {"%s holds %s, which partnermap did not write; the folder is left as it is: move that "
     "away or choose another name",
     "%s bevat %s, dat partnermap niet heeft geschreven; de map blijft zoals hij is: haal "
     "dat weg of kies een andere naam"},
    /* The loader: the bytes and the JSON syntax. */
    {"cannot open the file: %s", "kan het bestand niet openen: %s"},
    {"an .xls file is not read: open it in Excel and save it as Excel workbook (.xlsx)",
     "een .xls-bestand wordt niet gelezen: open het in Excel en sla het op als "
     "Excel-werkmap (.xlsx)"},
    {"an .xlsb file is not read: open it in Excel and save it as Excel workbook (.xlsx)",
     "een .xlsb-bestand wordt niet gelezen: open het in Excel en sla het op als "
     "Excel-werkmap (.xlsx)"},
    {"an .ods file is not read: open it in your spreadsheet program and save it as Excel "
     "workbook (.xlsx)",
     "een .ods-bestand wordt niet gelezen: open het in uw rekenbladprogramma en sla het op als "
     "Excel-werkmap (.xlsx)"},
    {"a single CSV file is not a study: give the folder that holds the study's CSV files, one "
     "per sheet (workbook.md)",
     "een los CSV-bestand is geen studie: geef de map met de CSV-bestanden van de studie, één "
     "per blad (workbook.md)"},
    {"cannot read the file: %s", "kan het bestand niet lezen: %s"},
    {"the file is %zu MiB; at most %d MiB is read",
     "het bestand is %zu MiB; er wordt hooguit %d MiB gelezen"},
    {"the file is UTF-16 text; save it as UTF-8",
     "het bestand is UTF-16-tekst; sla het op als UTF-8"},
    {"the file contains a NUL byte; expected JSON text",
     "het bestand bevat een NUL-byte; verwacht werd JSON-tekst"},
    {"byte 0x%02X is not UTF-8: probably '%s' in a Windows-1252 file; save the file as UTF-8",
     "byte 0x%02X is geen UTF-8: waarschijnlijk '%s' in een Windows-1252-bestand; sla het "
     "bestand op als UTF-8"},
    {"curly quotes from a word processor; JSON needs straight quotes (\")",
     "gekrulde aanhalingstekens uit een tekstverwerker; JSON vraagt rechte (\")"},
    {"a comma is missing before this value", "vóór deze waarde ontbreekt een komma"},
    {"a comma is missing at the end of this line",
     "aan het eind van deze regel ontbreekt een komma"},
    {"a comma before the closing %c; remove this comma",
     "een komma vóór de afsluitende %c; haal deze komma weg"},
    {"a decimal comma in %.*s,%.*s; JSON writes a number with a point: %.*s.%.*s",
     "een decimale komma in %.*s,%.*s; JSON schrijft een getal met een punt: %.*s.%.*s"},
    {"invalid UTF-8 (byte 0x%02X); save the file as UTF-8",
     "ongeldige UTF-8 (byte 0x%02X); sla het bestand op als UTF-8"},
    {"nested deeper than %d levels; a study needs far fewer",
     "dieper genest dan %d niveaus; een onderzoek heeft er veel minder nodig"},
    {"this string has no closing quote", "deze tekst heeft geen sluitend aanhalingsteken"},
    {"the JSON text ends too early; a closing ] or } is missing",
     "de JSON-tekst houdt te vroeg op; er ontbreekt een sluitende ] of }"},
    {"unexpected text after the end of the JSON document",
     "onverwachte tekst na het einde van het JSON-document"},
    /* The loader: the study's rules. */
    {"the string %s", "de tekst %s"},
    {"the number %g", "het getal %g"},
    {"a list", "een lijst"},
    {"an object", "een object"},
    {"a string", "een tekst"},
    {"a number", "een getal"},
    {"a municipality", "een gemeente"},
    {"an organisation", "een organisatie"},
    {"a team", "een team"},
    {"an informal partner", "een informele partner"},
    {"expected %s, found %s", "verwacht %s, gevonden %s"},
    {"required key is missing", "verplichte sleutel ontbreekt"},
    {"required key is missing: the study declares waves",
     "verplichte sleutel ontbreekt: het onderzoek noemt metingen"},
    {"required key is missing: when one wave has a date, every wave needs one",
     "verplichte sleutel ontbreekt: als één meting een datum heeft, heeft elke meting er een "
     "nodig"},
    {"key %s is given twice; the first is used",
     "sleutel %s staat er twee keer; de eerste wordt gebruikt"},
    {"unknown key %s is ignored; known keys here: %s",
     "onbekende sleutel %s wordt genegeerd; bekende sleutels hier: %s"},
    {"format version %g is not supported; expected 1",
     "formaatversie %g wordt niet ondersteund; verwacht 1"},
    {"%s is not a date; expected YYYY, YYYY-MM or YYYY-MM-DD",
     "%s is geen datum; verwacht JJJJ, JJJJ-MM of JJJJ-MM-DD"},
    {"%s is not %s; expected a whole number from %d to %d",
     "%s is geen %s; verwacht een geheel getal van %d tot %d"},
    /* The %s of the message above: without an article, after "geen". */
    {"a level", "niveau"},
    {"a trust rating", "vertrouwenscijfer"},
    {"the list is empty; give at least one wave or leave \"waves\" out",
     "de lijst is leeg; geef ten minste één meting of laat \"waves\" weg"},
    {"the wave id is empty", "de id van de meting is leeg"},
    {"duplicate wave id %s", "dubbele id van een meting %s"},
    {"wave %s (%s) is not later than wave %s (%s); list the waves in time order",
     "meting %s (%s) is niet later dan meting %s (%s); zet de metingen op volgorde van tijd"},
    {"duplicate task id %s", "dubbele id van een opgave %s"},
    {"%s is not a valid id; use 1 to %d characters of A-Z a-z 0-9 _ . -",
     "%s is geen geldige id; gebruik 1 tot %d tekens uit A-Z a-z 0-9 _ . -"},
    {"the name is empty; expected the name to show in diagrams",
     "de naam is leeg; verwacht de naam die figuren tonen"},
    {"the name %s is %zu characters long; at most %d are allowed",
     "de naam %s is %zu tekens lang; hooguit %d zijn toegestaan"},
    {"unknown kind %s; expected municipality, organisation, team or informal",
     "onbekende soort %s; verwacht municipality, organisation, team of informal"},
    {"%s is %s, not a municipality", "%s is %s, geen gemeente"},
    {"only a team has members; %s is %s", "alleen een team heeft leden; %s is %s"},
    {"%s cannot be a member of itself", "%s kan geen lid van zichzelf zijn"},
    {"%s is a team; a team's members cannot be teams",
     "%s is een team; de leden van een team kunnen geen teams zijn"},
    {"expected an entity id or an object {id, since, until}, found %s",
     "verwacht een id van een partij of een object {id, since, until}, gevonden %s"},
    {"duplicate entity id %s", "dubbele id van een partij %s"},
    {"%s is entered on two rows, %s and %s; if it is one organisation, delete one of the two "
     "rows, else give each its own name",
     "%s staat op twee rijen, %s en %s; is het één organisatie, verwijder dan een van de twee "
     "rijen, en geef anders elk een eigen naam"},
    {"%zu references to entities (the first at %s) cannot be checked, because the sheet of "
     "entities is missing",
     "%zu verwijzingen naar partijen (de eerste in %s) kunnen niet worden gecontroleerd, omdat "
     "het werkblad Partijen ontbreekt"},
    {"%s is named here and %zu more times; these references wait for the double row of %s "
     "above (so they are not reported one by one)",
     "%s wordt hier en nog %zu keer genoemd; deze verwijzingen wachten op de dubbele rij van %s "
     "hierboven (daarom worden ze niet een voor een gemeld)"},
    {"%s is named here and %zu more times, but no entity has that id or name; most likely it is "
     "the entity of the row refused above (at %s)",
     "%s wordt hier en nog %zu keer genoemd, maar geen partij heeft die id of naam; "
     "waarschijnlijk is het de partij van de rij die hierboven is geweigerd (in %s)"},
    {"no entity has the id or name %s; most likely it is the entity of the row refused above "
     "(at %s)",
     "geen partij heeft de id of naam %s; waarschijnlijk is het de partij van de rij die "
     "hierboven is geweigerd (in %s)"},
    {"no entity has the id %s", "geen partij heeft de id %s"},
    {"no task has the id %s; declare it under \"tasks\"",
     "geen opgave heeft de id %s; noem haar onder \"tasks\""},
    {"no wave has the id %s", "geen meting heeft de id %s"},
    {"no wave has the id %s; did you mean %s? The waves are %s",
     "geen meting heeft de id %s; bedoelt u %s? De metingen zijn %s"},
    {"no wave has the id %s; the waves are %s", "geen meting heeft de id %s; de metingen zijn %s"},
    {"the score %g is outside 1 to 10", "de score %g ligt niet tussen 1 en 10"},
    {"%s is the respondent itself; a tie needs another entity",
     "%s is de respondent zelf; een relatie heeft een andere partij nodig"},
    {"%s is named twice in this interview (also ties[%zu]); they count as one tie",
     "%s wordt twee keer genoemd in dit interview (ook ties[%zu]); dat telt als één relatie"},
    {"%s is interviewed twice in wave %s; give one interview per wave",
     "%s is twee keer geïnterviewd in meting %s; geef één interview per meting"},
    {"%s does not exist on the date of wave %s (%s); its ties are left out of that wave",
     "%s bestaat niet op de datum van meting %s (%s); de relaties ervan tellen in die meting "
     "niet mee"},
    {"%s does not exist on the date of wave %s (%s); this tie is left out of that wave",
     "%s bestaat niet op de datum van meting %s (%s); deze relatie telt in die meting niet mee"},
    {"%s is never interviewed and nobody names it",
     "%s is nooit geïnterviewd en niemand noemt de partij"},
    /* builder.c: what only workbooks and CSV folders meet, and suggestions */
    {"the file is empty; expected a JSON study",
     "het bestand is leeg; verwacht werd een onderzoek in JSON"},
    {"no entity has the id %s; did you mean %s?", "geen partij heeft de id %s; bedoelt u %s?"},
    {"no entity is named %s; did you mean %s?", "geen partij heet %s; bedoelt u %s?"},
    {"no entity has the id or name %s", "geen partij heeft de id of naam %s"},
    {"more than one entity is named %s; give the id instead",
     "meer dan één partij heet %s; geef in plaats daarvan de id"},
    {"%s is not a date; expected a date, YYYY, YYYY-MM, YYYY-MM-DD or D-M-YYYY",
     "%s is geen datum; verwacht een datum, JJJJ, JJJJ-MM, JJJJ-MM-DD of D-M-JJJJ"},
    {"%s is named twice in this interview (also at %s); they count as one tie",
     "%s wordt twee keer genoemd in dit interview (ook in %s); dat telt als één relatie"},
    {"%s is named twice in this interview (also in row %d); they count as one tie",
     "%s wordt twee keer genoemd in dit interview (ook in rij %d); dat telt als één relatie"},
    /* spelling.c */
    {"area %s of '%s' is also spelt %s (at %s); both are taken as one area",
     "wijk %s van '%s' staat ook gespeld als %s (bij %s); beide gelden als één wijk"},
    {"target group %s of '%s' is also spelt %s (at %s); both are taken as one target group",
     "doelgroep %s van '%s' staat ook gespeld als %s (bij %s); beide gelden als één doelgroep"},
    {"area %s of '%s' differs only slightly from %s (at %s): one area spelt in two ways?",
     "wijk %s van '%s' verschilt maar weinig van %s (bij %s): één wijk op twee manieren "
     "gespeld?"},
    {"target group %s of '%s' differs only slightly from %s (at %s): one target group spelt in "
     "two ways?",
     "doelgroep %s van '%s' verschilt maar weinig van %s (bij %s): één doelgroep op twee "
     "manieren gespeld?"},
    {"name %s of '%s' differs only in case, spaces or punctuation from %s (at %s): one "
     "organisation entered twice?",
     "naam %s van '%s' verschilt alleen in hoofdletters, spaties of leestekens van %s (bij "
     "%s): één organisatie twee keer ingevoerd?"},
    {"name %s of '%s' looks like %s (at %s): one organisation under two names?",
     "naam %s van '%s' lijkt op %s (bij %s): één organisatie onder twee namen?"},
    {"name %s of '%s' and %s (at %s) are probably one organisation, one name the abbreviation "
     "of the other; if so, keep one of the two and give its name or id wherever the other is "
     "named (in a workbook, delete the other's row)",
     "naam %s van '%s' en %s (bij %s) zijn waarschijnlijk één organisatie: de ene naam is de "
     "afkorting van de andere; is dat zo, houd er dan één over en gebruik de naam of id daarvan "
     "overal waar de andere genoemd wordt (in een werkmap: verwijder de rij van de andere)"},
    {"name %s of '%s' and %s (at %s) are probably one organisation, the words of one beginning "
     "the other; if so, keep one of the two and give its name or id wherever the other is named "
     "(in a workbook, delete the other's row)",
     "naam %s van '%s' en %s (bij %s) zijn waarschijnlijk één organisatie: de ene naam begint "
     "met de woorden van de andere; is dat zo, houd er dan één over en gebruik de naam of id "
     "daarvan overal waar de andere genoemd wordt (in een werkmap: verwijder de rij van de "
     "andere)"},
    /* Workbooks and CSV folders (load-xlsx.c, load-csv.c, load-sheet.c) */
    {"cannot read the file as an Excel workbook (.xlsx): %s",
     "kan het bestand niet lezen als Excel-werkmap (.xlsx): %s"},
    {"cannot read the folder as a study: it holds no CSV files (Entities.csv or Partijen.csv, "
     "Ties.csv or Relaties.csv, ...)",
     "kan de map niet lezen als onderzoek: er staan geen CSV-bestanden in (Partijen.csv of "
     "Entities.csv, Relaties.csv of Ties.csv, ...)"},
    {"cannot read the folder: %s", "kan de map niet lezen: %s"},
    {"no file in the folder is named after a sheet, so it cannot be read as a study; expected "
     "the sheets' names, such as Partijen.csv and Relaties.csv (Entities.csv and Ties.csv), or "
     "the book's name before them, as LibreOffice saves every sheet (studie-Partijen.csv); "
     "found %s",
     "geen bestand in de map heeft de naam van een werkblad, dus de map kan niet als onderzoek "
     "worden gelezen; verwacht zijn de namen van de werkbladen, zoals Partijen.csv en "
     "Relaties.csv, of met de naam van de werkmap ervoor, zoals LibreOffice elk werkblad "
     "opslaat (studie-Partijen.csv); gevonden: %s"},
    {"cannot read the part %s of the workbook", "kan het onderdeel %s van de werkmap niet lezen"},
    {"cannot read the part %s of the workbook: %s",
     "kan het onderdeel %s van de werkmap niet lezen: %s"},
    {"the part %s of the workbook cannot be read: ",
     "het onderdeel %s van de werkmap is niet te lezen: "},
    {"it is not XML", "het is geen XML"},
    {"it does not parse to its end", "het is niet tot het einde te lezen"},
    {"it does not parse to its end (%s)", "het is niet tot het einde te lezen (%s)"},
    {"it declares a document type (<!DOCTYPE>) with entities, which partnermap does not "
     "expand",
     "het declareert een documenttype (<!DOCTYPE>) met entiteiten, die partnermap niet "
     "uitwerkt"},
    {"it uses the entity &%s;, which partnermap does not expand",
     "het gebruikt de entiteit &%s;, die partnermap niet uitwerkt"},
    {"its XML is nested deeper than %d levels", "de XML is dieper genest dan %d niveaus"},
    {"it holds a text longer than an Excel cell holds (32,767 characters)",
     "er staat een tekst in die langer is dan een cel in Excel bevat (32.767 tekens)"},
    {"its size is not the one declared", "de grootte is niet die welke is opgegeven"},
    {"the cell refers to shared string %s, but the workbook has %zu (0 to %zu); open it in "
     "Excel and save it again",
     "de cel verwijst naar gedeelde tekst %s, maar de werkmap heeft er %zu (0 tot en met %zu); "
     "open hem in Excel en sla hem opnieuw op"},
    {"the cell refers to shared string %s, but the workbook has no part xl/sharedStrings.xml; "
     "open it in Excel and save it again",
     "de cel verwijst naar gedeelde tekst %s, maar de werkmap heeft geen onderdeel "
     "xl/sharedStrings.xml; open hem in Excel en sla hem opnieuw op"},
    {"the file is a web page (HTML) or XML file named .xlsx, not a workbook; open it in Excel "
     "and save it as Excel Workbook (.xlsx)",
     "het bestand is een webpagina (HTML) of XML-bestand met de naam .xlsx, geen werkmap; open "
     "het in Excel en sla het op als Excel-werkmap (.xlsx)"},
    {"the file is empty (0 bytes): it was not saved or copied completely; open the workbook in "
     "Excel and save it again",
     "het bestand is leeg (0 bytes): het is niet helemaal opgeslagen of gekopieerd; open de "
     "werkmap in Excel en sla hem opnieuw op"},
    {"the file is not an Excel workbook (.xlsx); open it in Excel and save it as Excel "
     "Workbook (.xlsx)",
     "het bestand is geen Excel-werkmap (.xlsx); open het in Excel en sla het op als "
     "Excel-werkmap (.xlsx)"},
    {"the file is text (a CSV file?) named .xlsx, not a workbook; open it in Excel and save "
     "it as Excel Workbook (.xlsx), or give partnermap a folder of CSV files",
     "het bestand is tekst (een CSV-bestand?) met de naam .xlsx, geen werkmap; open het in "
     "Excel en sla het op als Excel-werkmap (.xlsx), of geef partnermap een map met "
     "CSV-bestanden"},
    {"the part %s of the workbook is damaged: %s",
     "het onderdeel %s van de werkmap is beschadigd: %s"},
    {"the part %s of the workbook is too large to read (%llu MiB; at most %d)",
     "het onderdeel %s van de werkmap is te groot om te lezen (%llu MiB; hoogstens %d)"},
    {"the workbook is cut off: it was not saved or copied completely; copy it again, or open "
     "it in Excel and save it again",
     "de werkmap is afgebroken: hij is niet helemaal opgeslagen of gekopieerd; kopieer hem "
     "opnieuw, of open hem in Excel en sla hem opnieuw op"},
    {"the workbook lists the part %s for more than one sheet; open it in Excel and save it "
     "again",
     "de werkmap noemt het onderdeel %s bij meer dan één werkblad; open hem in Excel en sla "
     "hem opnieuw op"},
    {"the workbook unpacks to more than %d MiB, far more than a study needs; it is not read",
     "de werkmap is uitgepakt groter dan %d MiB, veel meer dan een onderzoek nodig heeft; "
     "hij wordt niet gelezen"},
    {"the part %s of the workbook is too large to read",
     "het onderdeel %s van de werkmap is te groot om te lezen"},
    {"the sheet %s of the workbook is damaged", "het werkblad %s van de werkmap is beschadigd"},
    {"the sheet %s of the workbook cannot be read: cell %s lies too far from the cells before "
     "it; move it next to them",
     "het werkblad %s van de werkmap is niet te lezen: cel %s staat te ver van de cellen "
     "ervoor; zet hem ernaast"},
    {"the workbook has no part %s; is it an Excel workbook (.xlsx)?",
     "de werkmap heeft geen onderdeel %s; is het wel een Excel-werkmap (.xlsx)?"},
    {"the file cannot be read as CSV: %s", "het bestand is niet te lezen als CSV: %s"},
    {"the cell holds a NUL byte, which no text has; the file is damaged or not a CSV file",
     "de cel bevat een NUL-byte, die geen tekst bevat; het bestand is beschadigd of geen "
     "CSV-bestand"},
    {"the file is not a regular file (a FIFO, a device or a link to one); a study's CSV files "
     "are plain files",
     "het bestand is geen gewoon bestand (een FIFO, een apparaat of een koppeling daarheen); de "
     "CSV-bestanden van een onderzoek zijn gewone bestanden"},
    {"the file is %lld MiB, more than partnermap reads (%d MiB)",
     "het bestand is %lld MiB, meer dan partnermap leest (%d MiB)"},
    {"\\u0000 (a NUL character) is in this string; no name, id or text may hold one",
     "\\u0000 (een NUL-teken) staat in deze tekst; geen naam, id of tekst mag er een "
     "bevatten"},
    {"this \\u escape is the second half of a UTF-16 surrogate pair without its first half; "
     "write the character itself",
     "deze \\u-code is de tweede helft van een UTF-16-surrogaatpaar zonder de eerste helft; "
     "schrijf het teken zelf"},
    {"this \\u escape is the first half of a UTF-16 surrogate pair without its second half; "
     "write the character itself",
     "deze \\u-code is de eerste helft van een UTF-16-surrogaatpaar zonder de tweede helft; "
     "schrijf het teken zelf"},
    {"the file is neither UTF-8 nor Windows-1252 text; save it as CSV UTF-8",
     "het bestand is geen UTF-8- of Windows-1252-tekst; sla het op als CSV UTF-8"},
    {"%s is not UTF-8; it is read as Windows-1252, as Excel saves CSV",
     "%s is geen UTF-8; het wordt gelezen als Windows-1252, zoals Excel CSV opslaat"},
    {"%zu files are not UTF-8 (%s); they are read as Windows-1252, as Excel saves CSV",
     "%zu bestanden zijn geen UTF-8 (%s); ze worden gelezen als Windows-1252, zoals Excel CSV "
     "opslaat"},
    {"expected a number, found %s", "verwacht een getal, gevonden %s"},
    {"no task has the id or label %s; add it to the sheet of tasks",
     "geen opgave heeft de id of omschrijving %s; zet haar op het werkblad Opgaven"},
    {"the column %s is given twice; the first is used",
     "de kolom %s staat er twee keer; de eerste wordt gebruikt"},
    {"the date is missing: when one wave has a date, every wave needs one",
     "de datum ontbreekt: als één meting een datum heeft, heeft elke meting er een nodig"},
    {"the entity the respondent works with is missing",
     "de partij waarmee de respondent samenwerkt ontbreekt"},
    {"the kind is missing; expected municipality, organisation, team or informal (gemeente, "
     "organisatie, team, informeel)",
     "de soort ontbreekt; verwacht gemeente, organisatie, team of informeel"},
    {"the member is missing", "het lid ontbreekt"},
    {"the name is missing; every entity needs one",
     "de naam ontbreekt; elke partij heeft er een nodig"},
    {"the respondent is missing", "de respondent ontbreekt"},
    {"the sheet %s is given twice; the first is used",
     "het werkblad %s staat er twee keer; het eerste wordt gebruikt"},
    {"the sheet %s is not part of the format and is ignored; the sheets are %s",
     "het werkblad %s hoort niet bij het formaat en wordt genegeerd; de werkbladen zijn %s"},
    {"the task has no id", "de opgave heeft geen id"},
    {"the team is missing", "het team ontbreekt"},
    {"the wave has no id", "de meting heeft geen id"},
    {"the wave is missing; the study has a sheet of waves",
     "de meting ontbreekt; het onderzoek heeft een werkblad met metingen"},
    {"there is no sheet %s (%s); it is required", "er is geen werkblad %s (%s); het is verplicht"},
    {"unknown column %s is ignored; the columns here are %s",
     "onbekende kolom %s wordt genegeerd; de kolommen hier zijn %s"},
    {"unknown column %s is ignored; did you mean %s?",
     "onbekende kolom %s wordt genegeerd; bedoelt u %s?"},
    {"unknown column %s is ignored: no task has that id or label; did you mean the task %s?",
     "onbekende kolom %s wordt genegeerd: geen opgave heeft die id of omschrijving; bedoelt u "
     "de opgave %s?"},
    {"unknown column %s is ignored: no task has that id or label; the closest task is %s (add "
     "a task to the sheet of tasks to score it)",
     "onbekende kolom %s wordt genegeerd: geen opgave heeft die id of omschrijving; de opgave "
     "die er het meest op lijkt is %s (zet een opgave op het werkblad Opgaven om haar te "
     "scoren)"},
    {"unknown column %s is ignored: the study has no tasks to score (add them to the sheet of "
     "tasks)",
     "onbekende kolom %s wordt genegeerd: het onderzoek heeft geen opgaven om te scoren (zet "
     "ze op het werkblad Opgaven)"},
    {"unknown column %s is kept as an attribute; did you mean %s?",
     "onbekende kolom %s wordt een kenmerk; bedoelt u %s?"},
    {"unknown kind %s; expected municipality, organisation, team or informal (gemeente, "
     "organisatie, team, informeel)",
     "onbekende soort %s; verwacht gemeente, organisatie, team of informeel"},
    {"unknown setting %s is ignored; the settings are title (titel)",
     "onbekende instelling %s wordt genegeerd; de instellingen zijn titel (title)"},
    /* template, convert (workbook.c, cmd-template.c, cmd-convert.c) */
    {"a workbook cannot be written to standard output; give -o FILE.xlsx",
     "een werkmap kan niet naar de standaarduitvoer; geef -o BESTAND.xlsx"},
    {"cannot add a sheet to the workbook", "kan geen werkblad aan de werkmap toevoegen"},
    {"cannot add the sheet %s to the workbook",
     "kan het werkblad %s niet aan de werkmap toevoegen"},
    {"cannot write %s/%s.csv: %s", "kan %s/%s.csv niet schrijven: %s"},
    {"cannot write '%s': give a .json or .xlsx file, or a folder for CSV files",
     "kan '%s' niet schrijven: geef een .json- of .xlsx-bestand, of een map voor CSV-bestanden"},
    {"give the workbook to write: -o FILE.xlsx",
     "geef de werkmap die geschreven moet worden: -o BESTAND.xlsx"},
    {"give where to write: -o FILE.json, -o FILE.xlsx or -o FOLDER/",
     "geef aan waarheen: -o BESTAND.json, -o BESTAND.xlsx of -o MAP/"},
    {"out of memory", "onvoldoende geheugen"},
    {"the template is in %s; fill it in and run: partnermap report %s",
     "het sjabloon staat in %s; vul het in en voer uit: partnermap report %s --lang nl"},
    {"write a study as JSON, as an Excel workbook or as a folder of CSV files",
     "schrijf een onderzoek als JSON, als Excel-werkmap of als map met CSV-bestanden"},
    {"write an empty workbook to fill in, with an explanation and drop-down lists",
     "schrijf een lege werkmap om in te vullen, met uitleg en keuzelijsten"},
    {NULL, NULL},
};
