/* texts-nl: every sentence partnermap shows a person, in Dutch (Nederlands). */
#include "i18n/texts.h"

const char *const texts_nl[T_COUNT] = {
    [T_KIND_MUNICIPALITY] = "gemeente",
    [T_KIND_ORGANISATION] = "organisatie",
    [T_KIND_TEAM] = "team",
    [T_KIND_INFORMAL] = "informele partner",
    [T_LEGEND_KIND] = "Soort partij",
    [T_LEGEND_TIES] = "Relaties",
    [T_LEGEND_SIZE] = "Grootte",
    [T_LEVEL_1] = "niveau 1: contact, informatie",
    [T_LEVEL_2] = "niveau 2: samenwerking",
    [T_LEVEL_3] = "niveau 3: integraal, lidmaatschap",
    [T_ONE_SIDED] = "door één kant genoemd",
    [T_HIGHLIGHTED] = "gemarkeerd",
    [T_OTHER] = "overig",
    [T_NONE] = "geen",
    [T_WAVE_CAPTION] = "Meting {1}{2}: {3}, {4}",
    [T_GAINED] = "relatie erbij",
    [T_LOST] = "relatie verdwenen",
    [T_KEPT] = "relatie gebleven",
    [T_JOINED] = "nieuw",
    [T_LEFT] = "vertrokken",
    [T_DIFF_CAPTION] = "Verandering van meting {1} naar {2}",
    [T_UNOBSERVED] = "relatie niet waargenomen (interview ontbreekt)",
    [T_DIFF_NOTE] = "Jaccard-index van de relaties {1} ({2})\nontbrekende interviews: {3}; niet "
                    "waargenomen relaties: {4}",
    [T_UNAWARE] = "overlap zonder relatie",
    [T_AWARE] = "overlap met relatie",
    [T_OVERLAP_CAPTION] = "Teams met dezelfde wijken en doelgroepen, meting {1}",
    [T_OVERLAP_WIDTH] = "dikte: gedeelde dekking",
    [T_GROUP_CAPTION] = "{1} van {2}",
    [T_GROUP_SIZE] = "grootte: aantal leden",
    [T_GROUP_REST] = "{1} kleinere groepen",
    [T_GROUP_REST_CAPTION] = "de {1} kleinste groepen ({2} partijen) staan samen in één knoop",
    [T_EGO_CAPTION] = "Het netwerk van {1} (straal {2})",
    [T_SIZE_MEANS_BETWEENNESS] = "grotere vorm: ligt vaker op de kortste weg tussen twee "
                                 "anderen, een verbinder (betweenness)",
    [T_SIZE_MEANS_DEGREE] = "grotere vorm: meer partners (degree)",
    [T_SIZE_MEANS_PAGERANK] = "grotere vorm: verbonden met partners die zelf goed verbonden "
                              "zijn (PageRank)",
    [T_SIZE_MEANS_CLOSENESS] = "grotere vorm: minder stappen naar alle anderen (closeness)",
    [T_SIZE_MEANS_EIGENVECTOR] = "grotere vorm: verbonden met de best verbonden partners "
                                 "(eigenvector)",
    [T_SIZE_LOWEST] = "laagste: {1}",
    [T_SIZE_HIGHEST] = "hoogste: {1}",
    [T_LABELS_LIMITED] = "Namen staan bij de {1} best verbonden van {2} partijen, zodat ze "
                         "leesbaar blijven; de tabellen noemen alle partijen.",
    [T_CHART_TITLE] = "Hoe het netwerk groeide",
    [T_CHART_TIES] = "Relaties per meting",
    [T_CHART_SHAPE] = "Dichtheid en fragmentatie per meting",
    [T_CHART_DENSITY] = "dichtheid",
    [T_CHART_FRAGMENTATION] = "fragmentatie",
    [T_CHART_STARTED] = "Gestarte samenwerkingen per jaar",
    [T_CHART_STARTED_NOTE] = "relaties van de laatste meting, naar beginjaar",
    [T_M_ID] = "id",
    [T_MN_ID] = "id",
    [T_M_NAME] = "naam",
    [T_MN_NAME] = "naam",
    [T_M_KIND] = "soort",
    [T_MN_KIND] = "soort",
    [T_M_DEGREE] = "graad",
    [T_MN_DEGREE] = "graad",
    [T_M_NAMED_BY] = "genoemd",
    [T_MN_NAMED_BY] = "genoemd door",
    [T_M_BETWEENNESS] = "tussen",
    [T_MN_BETWEENNESS] = "tussenpositie",
    [T_M_CLOSENESS] = "nabij",
    [T_MN_CLOSENESS] = "nabijheid",
    [T_M_EIGENVECTOR] = "eigen",
    [T_MN_EIGENVECTOR] = "eigenvector",
    [T_M_PAGERANK] = "PageRank",
    [T_MN_PAGERANK] = "PageRank",
    [T_M_CORENESS] = "kern",
    [T_MN_CORENESS] = "kerngetal",
    [T_M_COMMUNITY] = "groep",
    [T_MN_COMMUNITY] = "groep",
    [T_M_CUTPOINT] = "snijp.",
    [T_MN_CUTPOINT] = "snijpunt",
    [T_M_F_WITHOUT] = "F-zonder",
    [T_MN_F_WITHOUT] = "fragmentatie zonder",
    [T_M_TRUST] = "vertr.",
    [T_MN_TRUST] = "ontvangen vertrouwen",
    [T_M_CONSTRAINT] = "beperk.",
    [T_MN_CONSTRAINT] = "beperking (constraint)",
    [T_M_EFFECTIVE_SIZE] = "eff. omv.",
    [T_MN_EFFECTIVE_SIZE] = "effectieve omvang",
    [T_M_COORDINATOR] = "coörd.",
    [T_MN_COORDINATOR] = "makelaar: coördinator",
    [T_M_CONSULTANT] = "consult.",
    [T_MN_CONSULTANT] = "makelaar: consultant",
    [T_M_GATEKEEPER] = "poortw.",
    [T_MN_GATEKEEPER] = "makelaar: poortwachter",
    [T_M_LIAISON] = "liaison",
    [T_MN_LIAISON] = "makelaar: liaison",
    [T_SIZE_MEANS_EFFECTIVE_SIZE] =
        "grotere vorm: meer partners die onderling geen relatie hebben, een verbinder over een "
        "structureel gat (effective_size)",
    [T_CODE_MUNICIPALITY] = "Gemeente",
    [T_CODE_ORGANISATION] = "Organisatie",
    [T_CODE_TEAM] = "Team",
    [T_CODE_INFORMAL] = "Informele partner",
    [T_PSEUDONYMISED] = "Namen zijn gepseudonimiseerd.",
    [T_SHEET_MEASURES] = "Maten",
    [T_SHEET_OVERLAP] = "Overlap",
    [T_SHEET_GAPS] = "Witte vlekken",
    [T_SHEET_TIMELINE] = "Tijdlijn",
    [T_M_SOURCES] = "bronnen",
    [T_CHART_RESPONSE] = "{1} int. ({2})",
    [T_CHART_TIES_NOTE] =
        "onder elke meting: interviews (respons); tussen metingen: Jaccard-index van de relaties",
    [T_TL_CHANGE] = "Tussen {1} en {2}. Samenwerkingen begonnen: {3}, beëindigd: {4}, "
                    "voortgezet: {5}, niet waargenomen: {6}. Partijen erbij: {7}, vertrokken: {8}.",
    [T_TL_SHAPE] = "Fragmentatie {1}, dichtheid {2}.",
    [T_TL_ROSE] = "steeg van {1} naar {2}",
    [T_TL_FELL] = "daalde van {1} naar {2}",
    [T_TL_STAYED] = "bleef {1}",
    [T_TL_JACCARD] = "Jaccard-index van de relaties (gebleven / waargenomen): {1}, {2}.",
    [T_TL_MISSING] = "Ontbrekende interviews: {1}.",
    [T_TL_NOT_INTERVIEWED] = "niet geïnterviewd in {1}, wel in {2}",
    [T_TL_STARTED] = "begonnen",
    [T_TL_ENDED] = "beëindigd",
    [T_TL_UNOBSERVED] = "niet waargenomen (alleen genoemd door partijen die in de andere meting "
                        "niet zijn geïnterviewd)",
    [T_STABILITY_UNKNOWN] = "geen relatie waargenomen",
    [T_STABILITY_TOO_LOW] = "onder 0,2: te veel veranderd om posities te vergelijken",
    [T_STABILITY_MODERATE] = "tussen 0,2 en 0,3: niet duidelijk stabiel, niet te veel veranderd",
    [T_STABILITY_STABLE] = "boven 0,3: stabiel",
    [T_OV_GAPS] = "Gaten: wijken en doelgroepen die geen actief team bedient",
    [T_OV_NO_GAPS] = "geen: elke wijk van elke gemeente wordt voor elke doelgroep bediend",
    [T_OV_NO_MUNICIPALITY] = "niet te beoordelen: geen actief team noemt een gemeente",
    [T_OV_ALL_GROUPS] = "alle doelgroepen",
    [T_COV_GAP] = "gat",
    [T_COV_CELLS] = "Cellen: wijk en doelgroep",
    [T_COV_LEGEND_GAP] = "gat: geen actief team (gestreept)",
    [T_COV_LEGEND_ONE] = "één team",
    [T_COV_LEGEND_MANY] = "overlap: 2 of meer teams (vet)",
    [T_COV_TEAMS] = "Teams",
    [T_COV_CAPTION] = "Wie bedient welke wijken en doelgroepen, meting {1}: {2}",
    [T_R_COVERAGE] = "Wie bedient welke wijken en doelgroepen",
    [T_R_COVERAGE_TEXT] = "Elke wijk van een gemeente (genoemd door haar teams of door de "
                          "gemeente) tegen elke doelgroep: een cel toont de teams die haar "
                          "bedienen. Gaten zijn cellen die geen actief team bedient; cellen "
                          "die twee of meer teams bedienen zijn de plekken waar teams "
                          "overlappen.",
    [T_R_GAPS_OF] = "In {1} bedient geen actief team: {2}.",
    [T_R_NO_GAPS] = "Elke wijk van elke gemeente wordt voor elke doelgroep bediend.",
    [T_R_SCORES_OVER_TIME] = "Scores per meting",
    [T_R_SCORES_OVER_TIME_TEXT] = "Het gemiddelde cijfer per opgave in elke meting, over "
                                  "iedereen die het gaf. De verandering van {1} naar {2} telt "
                                  "alleen respondenten die de opgave in beide metingen een "
                                  "cijfer gaven, zodat een ontbrekend interview niet voor een "
                                  "verandering doorgaat.",
    [T_R_SCORES_CHANGE] = "Verandering {1} naar {2}",
    [T_R_SCORES_BY_KIND] = "De verandering van {1} naar {2} per soort organisatie, over "
                           "dezelfde respondenten in beide metingen (aantal tussen haakjes):",
    [T_R_DEF_GAPS] = "Gat: een wijk van een gemeente (genoemd door haar teams of door de "
                     "gemeente) en een doelgroep die geen actief team bedient.",
    [T_R_DEF_JACCARD] = "Jaccard-index van de relaties: de gebleven relaties gedeeld door de "
                        "begonnen, beëindigde en gebleven relaties tussen twee metingen. Onder "
                        "0,2 veranderde het netwerk te veel om posities te vergelijken; boven "
                        "0,3 is het stabiel.",
    [T_R_DEF_UNOBSERVED] = "Niet waargenomen: een relatie uit één meting, alleen genoemd door "
                           "partijen die in de andere meting niet zijn geïnterviewd (en geen "
                           "teamlidmaatschap). Ze telt niet als begonnen en niet als beëindigd.",
    [T_R_LANG] = "nl",
    [T_R_SUBTITLE] = "{1}, {2}, {3}",
    [T_R_FICTION_NOTE] = "Gemaakt met partnermap uit het onderzoeksbestand {1}.",
    [T_R_CONTENTS] = "Inhoud",
    [T_R_GLANCE] = "Het onderzoek in het kort",
    [T_R_GLANCE_TEXT] =
        "Het onderzoek volgt {1}: {2}, {3}, {4} en {5}. De tabel toont per meting hoeveel "
        "partijen zijn geïnterviewd en hoeveel relaties zij noemden.",
    [T_R_WHO] = "Wie deden mee",
    [T_R_INTERVIEWED_IN] = "Geïnterviewd in meting",
    [T_R_WAVE] = "Meting",
    [T_R_DATE] = "Datum",
    [T_R_INTERVIEWS] = "Interviews",
    [T_R_ENTITIES] = "Partijen",
    [T_R_TIES] = "Relaties",
    [T_R_CONFIRMED] = "Door beide bevestigd",
    [T_R_RESPONSE] = "Respons",
    [T_R_NETWORKS] = "Het netwerk per meting",
    [T_R_NETWORKS_TEXT] = "Elke partij staat in elke figuur op dezelfde plek, zodat de metingen "
                          "naast elkaar te vergelijken zijn. Vorm en kleur tonen de soort "
                          "partij, de grootte hoe vaak zij tussen anderen staat, de lijndikte "
                          "hoe hecht de relatie is; een stippellijn is door één kant genoemd.",
    [T_R_NETWORK_OF] = "Meting {1}{2}",
    [T_R_BROKERS] = "Verbinders en sleutelspelers",
    [T_R_BROKERS_TEXT] = "In meting {2} wordt het veld vooral bijeengehouden door {1}: zij "
                         "liggen op de kortste verbindingen tussen veel andere partijen.",
    [T_R_KEYPLAYER] = "Zonder {1} zou de fragmentatie stijgen van {2} naar {3}: {4} partijen "
                      "zouden worden afgesneden.",
    [T_R_KEYPLAYER_ONE] = "Zonder {1} zou de fragmentatie stijgen van {2} naar {3}: één partij "
                          "zou worden afgesneden.",
    [T_R_NO_KEYPLAYER] = "Geen enkele partij houdt het netwerk alleen bijeen: zonder een van "
                         "hen blijven alle delen verbonden.",
    [T_R_NAME] = "Naam",
    [T_R_KIND] = "Soort",
    [T_R_DEGREE] = "Partners",
    [T_R_BETWEENNESS] = "Tussenpositie",
    [T_R_CLOSENESS] = "Nabijheid",
    [T_R_CUTPOINT] = "Snijpunt",
    [T_R_F_WITHOUT] = "Fragmentatie zonder",
    [T_R_YES] = "ja",
    [T_R_NO] = "nee",
    [T_R_FRAGMENTATION] = "Afgesneden delen en fragmentatie",
    [T_R_FRAGMENTATION_TEXT] = "Het netwerk bestaat uit {1} delen; het grootste telt {2} "
                               "partijen en {3} hebben geen enkele relatie. De fragmentatie "
                               "is {4}: het aandeel paren dat elkaar niet kan bereiken. "
                               "Rekening houdend met de afstand tussen de overige is zij {5}.",
    [T_R_CONNECTED_TEXT] = "Het netwerk is verbonden: elke partij kan elke andere bereiken, dus "
                           "de fragmentatie is {1}. Rekening houdend met de afstanden is zij {2}.",
    [T_R_ISOLATES_ARE] = "Zonder relaties: {1}.",
    [T_R_ISOLATES_MORE] = "Zonder relaties: {1} en nog {2}.",
    [T_R_FIRST_ENTITIES] = "Het onderzoek telt {2} partijen; de eerste {1} staan hier, en de "
                           "bestanden measures-wave (CSV) naast deze pagina bevatten ze allemaal.",
    [T_R_BROKERS_TOP] = "De tabel toont de {1} van de {2} partijen met de hoogste tussenpositie; "
                        "{3} naast deze pagina bevat ze allemaal.",
    [T_R_CHANGE_TOO_MANY] = "De verandering is niet getekend: met zoveel partijen zou een "
                            "tekening van elke gewonnen en verloren relatie onleesbaar zijn.",
    [T_R_SILOS] = "Schotten",
    [T_R_SILOS_TEXT] = "Werken partners over de grenzen van soort organisatie, domein en "
                       "gemeente heen, of vooral daarbinnen? De E-I-index loopt van -1 "
                       "(elke relatie blijft binnen een groep) tot +1 (elke relatie gaat "
                       "over de grens).",
    [T_R_EI_KEY] = "Indeling naar",
    [T_R_EI_VALUE] = "E-I-index",
    [T_R_EI_READING] = "Betekenis",
    [T_R_EI_INSIDE] = "vooral binnen groepen",
    [T_R_EI_ACROSS] = "vooral over grenzen heen",
    [T_R_EI_MIXED] = "binnen en over grenzen even vaak",
    [T_R_EI_NONE] = "geen relaties om te beoordelen",
    [T_R_TRUST] = "Vertrouwen",
    [T_R_TRUST_TEXT] = "Respondenten gaven aan in hoeverre zij elke partner vertrouwen om "
                       "afspraken na te komen en in het belang van de cliënt te handelen, van "
                       "1 (helemaal niet) tot 4 (volledig). Het gemiddelde is {1}. De rijen "
                       "zijn de soort die beoordeelt, de kolommen de soort die beoordeeld "
                       "wordt.",
    [T_R_TRUST_NONE] = "In deze meting zijn geen vertrouwensscores gegeven.",
    [T_R_TRUST_ROW] = "beoordeeld door",
    [T_R_TRUST_RECEIVED] = "Meest vertrouwd",
    [T_R_OVERLAP] = "Overlappende teams",
    [T_R_OVERLAP_TEXT] = "Teams die dezelfde wijken en doelgroepen bedienen. Paren zonder "
                         "relatie staan bovenaan: zij weten mogelijk niet van elkaar.",
    [T_R_OVERLAP_UNAWARE] = "{1} en {2} bedienen allebei {3} in {4}, en hebben geen relatie "
                            "(overlap {5}).",
    [T_R_OVERLAP_AWARE] = "{1} en {2} bedienen allebei {3} in {4}, en hebben een relatie "
                          "(overlap {5}).",
    [T_R_OVERLAP_NONE] = "Geen twee teams bedienen dezelfde wijken en doelgroepen.",
    [T_R_CHANGE] = "Verandering tussen metingen",
    [T_R_CHANGE_ONE_WAVE] = "Het onderzoek heeft één meting; de grafiek toont in welk jaar de "
                            "relaties begonnen.",
    [T_R_STARTED_TIES] = "Samenwerkingen die begonnen",
    [T_R_ENDED_TIES] = "Samenwerkingen die stopten",
    [T_R_PAIRS_MORE] = "En nog {1}; timeline-changes.csv noemt ze allemaal.",
    [T_R_GROWTH] = "Groei",
    [T_R_SCORES] = "Scores op de opgaven",
    [T_R_SCORES_TEXT] = "In meting {1} gaven respondenten zichzelf het laagste cijfer voor {2} "
                        "({3}) en het hoogste voor {4} ({5}), op een schaal van 1 tot 10.",
    [T_R_SCORES_NONE] = "In deze meting zijn geen scores op opgaven gegeven.",
    [T_R_TASK] = "Opgave",
    [T_R_MEAN] = "Gemiddeld",
    [T_R_ALL] = "Alle",
    [T_X_TITLE] = "Verken het netwerk",
    [T_X_HELP] = "Zoek een partij op naam of klik erop om haar partners en cijfers te zien; "
                 "kies een meting of toon alleen één gemeente, wijk of soort. Het adres "
                 "bewaart de weergave, zodat u die als link kunt delen.",
    [T_X_SEARCH] = "Zoeken",
    [T_X_SHOW] = "Toon",
    [T_X_ALL] = "iedereen",
    [T_X_KIND] = "soort",
    [T_X_MUNICIPALITY] = "gemeente",
    [T_X_AREA] = "wijk",
    [T_X_ABSENT] = "in deze meting geen deel van het netwerk",
    [T_R_METHOD] = "Methode",
    [T_R_METHOD_TEXT] = "Twee partijen hebben in een meting een relatie als een van beide de "
                        "ander in het interview noemde, of als de een lid is van de ander (een "
                        "team). De maten behandelen relaties als ongericht en ongewogen. n is "
                        "het aantal partijen in de meting.",
    [T_R_DEF_DENSITY] = "Dichtheid: het aandeel van alle mogelijke paren met een relatie, "
                        "2m/(n(n-1)).",
    [T_R_DEF_FRAGMENTATION] = "Fragmentatie (Borgatti): het aandeel paren dat elkaar op geen "
                              "enkele manier kan bereiken.",
    [T_R_DEF_DISTANCE_FRAGMENTATION] = "Afstandsfragmentatie: één min het gemiddelde van "
                                       "1/afstand over alle paren; hoger als partners ver uit "
                                       "elkaar liggen.",
    [T_R_DEF_CENTRALIZATION] = "Graadcentralisatie (Freeman): hoe sterk het netwerk om één "
                               "partij draait, van 0 (allen gelijk) tot 1 (een ster).",
    [T_R_DEF_BETWEENNESS] = "Tussenpositie (betweenness): het aandeel kortste verbindingen "
                            "tussen andere paren dat via een partij loopt; haar rol als "
                            "verbinder.",
    [T_R_DEF_CLOSENESS] = "Nabijheid (harmonisch): het gemiddelde van 1/afstand tot elke andere "
                          "partij.",
    [T_R_DEF_EIGENVECTOR] = "Eigenvector: verbonden zijn met partijen die zelf goed verbonden "
                            "zijn, geschaald zodat de hoogste 1 is.",
    [T_R_DEF_CUTPOINT] = "Snijpunt: een partij zonder wie een deel van het netwerk uiteenvalt; "
                         "de fragmentatie zonder haar toont het gat dat zij zou achterlaten.",
    [T_R_DEF_CONSTRAINT] =
        "Beperking (constraint, Burt): hoezeer de partners van een partij onderling verbonden "
        "zijn, van 1/graad (partners die elkaar niet kennen) tot 1 en meer (één partner, of "
        "partners die allemaal samenwerken). Laag: een makelaar tussen partners die verder los van "
        "elkaar staan.",
    [T_R_DEF_EFFECTIVE_SIZE] =
        "Effectieve omvang (Burt): het aantal partners min hoezeer zij onderling verbonden zijn "
        "(partners min tweemaal de relaties tussen hen, gedeeld door de partners): de partners die "
        "een partij niet ook via haar andere partners bereikt.",
    [T_R_DEF_BROKERAGE] =
        "Makelaarsrollen (Gould en Fernandez): van de paren partners van een partij die onderling "
        "geen relatie hebben, de paren waarin alle drie van één soort zijn (coördinator), waarin "
        "de twee partners een soort delen die de makelaar niet heeft (consultant), waarin de "
        "makelaar zijn soort deelt met één van beide (poortwachter), en waarin alle drie "
        "verschillen (liaison).",
    [T_R_DEF_EI] = "E-I-index (Krackhardt): (extern - intern) / alle relaties, over relaties "
                   "waarvan beide kanten een waarde hebben; bij lijsten is een relatie intern "
                   "als beide kanten een waarde delen.",
    [T_R_DEF_COMMUNITIES] = "Clusters: groepen gevonden met het Leiden-algoritme (naar "
                            "modulariteit; vaste startwaarde).",
    [T_R_DEF_CONFIRMED] = "Bevestigd: beide kanten zijn in de meting geïnterviewd en noemden "
                          "elkaar.",
    [T_R_DEF_OVERLAP] = "Overlap van teams: het aandeel (wijk, doelgroep)-cellen dat twee teams "
                        "gemeen hebben (Jaccard).",
    [T_R_FILES] = "Bestanden",
    [T_R_MADE_BY] = "Gemaakt met partnermap {1}.",
    [T_LIST_AND] = " en ",
    [T_WHATIF] = "Wat als: {1}.",
    [T_WHATIF_WITHOUT] = "zonder {1}",
    [T_WHATIF_TIE] = "met een nieuwe relatie tussen {1} en {2}",
    [T_WHATIF_MEASURE] = "Netwerkmaat",
    [T_WHATIF_BEFORE] = "voor",
    [T_WHATIF_AFTER] = "na",
    [T_WHATIF_COLUMN] = "wat als",
    [T_WHATIF_LEGEND] = "toegevoegde relatie (wat als)",
    [T_WHATIF_REPORT] =
        "De netwerken, maten, tabellen en figuren van elke meting in dit rapport gaan over het "
        "veranderde netwerk, in elke meting waarin deze partijen meedoen; de verandering door de "
        "tijd is die van het onderzoek zoals verzameld.",
    [T_A_TITLE] = "Advies voor meting {1}{2}: {3}, {4}.",
    [T_A_KEEP_HEAD] = "Behouden: de partijen die het veld het minst kan missen",
    [T_A_KEEP] = "Zonder {1} samen zou de afstandsfragmentatie stijgen van {2} naar {3}.",
    [T_A_KEEP_ONE] = "Zonder {1} zou de afstandsfragmentatie stijgen van {2} naar {3}.",
    [T_A_KEEP_NONE] = "Er valt geen partij weg te nemen: de meting heeft er geen.",
    [T_A_REACH_HEAD] = "Bereik: waar informatie zich in één stap het verst verspreidt",
    [T_A_REACH] = "{1} werken samen rechtstreeks met {2} van de {3} andere partijen ({4}): wat met "
                  "hen gedeeld wordt, bereikt er in één stap zoveel.",
    [T_A_REACH_ONE] = "{1} werkt rechtstreeks samen met {2} van de {3} andere partijen ({4}): wat "
                      "ermee gedeeld wordt, bereikt hen in één stap.",
    [T_A_TIES_HEAD] = "Relaties: de nieuwe samenwerkingen die het veld het meest zouden verbinden",
    [T_A_TIE] = "Een relatie tussen {1} en {2} zou {3} paren partijen dichter bij elkaar brengen; "
                "de afstandsfragmentatie zou dalen van {4} naar {5}.",
    [T_A_TIE_NEXT] = "Daarna zou een relatie tussen {1} en {2} nog {3} paren dichter bij elkaar "
                     "brengen; de afstandsfragmentatie zou dalen van {4} naar {5}.",
    [T_A_TIE_OVERLAP] = " Het zijn teams die dezelfde mensen bedienen; deze relatie is dus het "
                        "makkelijkst te leggen.",
    [T_A_TIES_NONE] = "Geen nieuwe relatie brengt partijen dichter bij elkaar: elk paar is al "
                      "verbonden, of de meting heeft minder dan twee partijen.",
    [T_A_EXACT] = "Exact: elke groep van {1} partijen en elk paar zonder relatie is geprobeerd.",
    [T_A_SEARCH] =
        "Gevonden door zoeken (een gretige start, verbeterd door ruilen), omdat alles proberen "
        "meer dan een miljoen berekeningen zou kosten: er kan een beter antwoord bestaan.",
    [T_A_TIEBREAK] = "Zijn twee antwoorden even goed, dan wordt het antwoord gegeven waarvan de "
                     "id's alfabetisch het eerst komen.",
    [T_R_ADVISE] = "Wat het netwerk zou versterken",
    [T_R_ADVISE_TEXT] =
        "Welke partijen kan het veld het minst missen, waar verspreidt informatie zich het verst, "
        "en welke nieuwe relaties zouden het veld het dichtst bij elkaar brengen? De voorgestelde "
        "relaties zijn in hun eigen stijl getekend in de figuur van meting {1}.",
    [T_R_ADVISE_FIGURE] = "Meting {1} met de voorgestelde relaties",
    [T_SUGGESTED_TIE] = "voorgestelde nieuwe relatie",
    [T_WB_EXPLAIN_SHEET] = "Uitleg",
    [T_WB_INTRO] = "Vul per onderdeel van het onderzoek één werkblad in en laat de eerste rij van "
                   "elk werkblad staan: die noemt de kolommen. Waar een partij bedoeld is, mag u "
                   "de id of de naam schrijven; laat u de id van een partij leeg, dan maakt "
                   "partnermap er een van de naam. Cellen met een vaste keuze hebben een "
                   "keuzelijst. Daarna: partnermap report DIT-BESTAND.xlsx --lang nl",
    [T_WB_H_SHEET] = "Werkblad",
    [T_WB_H_COLUMN] = "Kolom",
    [T_WB_H_MEANING] = "Wat erin staat",
    [T_WB_H_EXAMPLE] = "Voorbeeld",
    [T_WB_OWN_COLUMN] = "(een eigen kolom)",
    [T_WB_TASK_COLUMN] = "(één kolom per opgave)",
    [T_WB_STUDY_KEY] = "De naam van een gegeven: titel.",
    [T_WB_STUDY_VALUE] = "De waarde ervan: de titel van het onderzoek, in figuren en rapporten.",
    [T_WB_WAVE_ID] = "Een korte naam voor een interviewronde, uniek. Dit werkblad mag weg: zonder "
                     "is er één ronde.",
    [T_WB_WAVE_DATE] = "Wanneer de ronde plaatsvond. Geef elke ronde een datum of geen enkele; "
                       "latere rondes onder eerdere.",
    [T_WB_WAVE_LABEL] = "Een omschrijving van de ronde (mag leeg).",
    [T_WB_TASK_ID] = "Een korte naam voor iets waarop respondenten een cijfer gaven, uniek.",
    [T_WB_TASK_LABEL] = "Wat het onderwerp is, in woorden (mag leeg).",
    [T_WB_ENT_ID] = "Een korte, unieke naam van letters, cijfers, _ . of - (mag leeg: dan wordt "
                    "hij van de naam gemaakt).",
    [T_WB_ENT_NAME] = "De naam zoals figuren die tonen (verplicht).",
    [T_WB_ENT_KIND] = "Gemeente, organisatie, team of informeel (vrijwilligers, "
                      "bewonersinitiatieven, verenigingen).",
    [T_WB_ENT_MUNIS] = "De gemeenten waarin de partij werkt, gescheiden door ; (id of naam).",
    [T_WB_ENT_DOMAINS] = "De domeinen, gescheiden door ;.",
    [T_WB_ENT_AREAS] = "De wijken of buurten die de partij bedient, gescheiden door ;.",
    [T_WB_ENT_GROUPS] = "De doelgroepen die de partij bedient, gescheiden door ;.",
    [T_WB_ENT_SINCE] = "De datum vanaf wanneer de partij bestaat (mag leeg).",
    [T_WB_ENT_UNTIL] = "De datum vanaf wanneer de partij niet meer bestaat (mag leeg).",
    [T_WB_ENT_OWN] = "Elke eigen indeling: de kolomnaam is de indeling, de cel de waarde.",
    [T_WB_MEM_TEAM] = "Een team (id of naam).",
    [T_WB_MEM_MEMBER] = "Een partij die mensen in het team heeft; nooit een team.",
    [T_WB_MEM_SINCE] = "Vanaf wanneer de partij lid is (mag leeg).",
    [T_WB_MEM_UNTIL] = "Vanaf wanneer de partij geen lid meer is (mag leeg).",
    [T_WB_IV_WAVE] = "De ronde van het interview (leeg als er één ronde is).",
    [T_WB_IV_RESPONDENT] =
        "De geïnterviewde partij. Een rij hier zonder relaties: geïnterviewd, niemand genoemd.",
    [T_WB_IV_DATE] = "Wanneer het interview plaatsvond (mag leeg).",
    [T_WB_IV_TASK] = "Voeg per opgave een kolom toe met de id of omschrijving als kop en het "
                     "cijfer van 1 tot 10.",
    [T_WB_TIE_WAVE] = "De ronde van het interview.",
    [T_WB_TIE_RESPONDENT] = "De geïnterviewde partij.",
    [T_WB_TIE_WITH] = "De partij waarmee zij zegt samen te werken.",
    [T_WB_TIE_TYPE] = "Een vrij woord voor de soort relatie, zoals verwijzing, pilot, "
                      "structureel, contract of informatie (leeg: collaboration).",
    [T_WB_TIE_LEVEL] =
        "1 = contact en informatie, 2 = samenwerking, 3 = geïntegreerd werken (anders 1).",
    [T_WB_TIE_TRUST] = "Hoeveel vertrouwen de respondent in deze partner heeft: 1 = geen tot 4 = "
                       "volledig (mag leeg).",
    [T_WB_TIE_SINCE] =
        "Sinds wanneer ze samenwerken, zoals de respondent het zich herinnert (mag leeg).",
    [T_WB_TIE_NOTE] = "Vrije tekst (mag leeg).",
    [T_N_DENSITY] = "dichtheid",
    [T_N_COMPONENTS] = "componenten",
    [T_N_COMPONENTS_VALUE] = "{1} (grootste {2}, {3} geïsoleerd)",
    [T_N_FRAGMENTATION] = "fragmentatie",
    [T_N_DISTANCE_FRAGMENTATION] = "afstandsfragm.",
    [T_N_CENTRALIZATION] = "graadcentralisatie",
    [T_N_TRANSITIVITY] = "transitiviteit",
    [T_N_COMMUNITIES] = "groepen",
    [T_N_MODULARITY] = "modulariteit",
    [T_N_CUTPOINTS] = "snijpunten",
    [T_N_BRIDGES] = "bruggen",
    [T_N_TRUST] = "vertrouwen (1-4)",
    [T_N_CONFIRMED] = "aandeel bevestigd",
    [T_N_EI] = "E-I-index",
    [T_N_EI_P_NOTE] =
        "(p: het aandeel willekeurige indelingen in even grote groepen waarvan de E-I even ver van "
        "het toeval afligt; onder 0,05 is het eilandje, of de menging, meer dan toeval)",
    [T_N_EI_NOTE] =
        "(E-I: -1 elke relatie blijft binnen een groep, +1 elke relatie gaat tussen groepen)",
    [T_N_BROKERS] = "Verbinders (wie op de paden tussen anderen ligt): ",
    [T_N_NO_BROKERS] = "geen: geen partij ligt tussen twee andere.",
    [T_N_NO_KEYPLAYER] = "Sleutelspelers: geen; zonder welke partij ook blijft elk deel verbonden.",
    [T_N_KEYPLAYER] = "Sleutelspeler: zonder {1} zou de fragmentatie stijgen van {2} naar {3}: {4} "
                      "partijen zouden worden afgesneden.",
    [T_N_KEYPLAYER_ONE] = "Sleutelspeler: zonder {1} zou de fragmentatie stijgen van {2} naar {3}: "
                          "1 partij zou worden afgesneden.",
    [T_N_CUTPOINT_LIST] = "Snijpunten ({1}): ",
    [T_N_ESTIMATES] = "Tussenpositie en nabijheid zijn schattingen vanuit {1} bronnen.",
    [T_N_ENTITIES_BY] = "Partijen, naar tussenpositie",
    [T_AND] = " en ",
    [T_O_HEADER] = "Meting {1}: {2}, {3}",
    [T_O_TIED] = "Overlappende teams met een relatie (ze kennen elkaar)",
    [T_O_UNTIED] = "Overlappende teams zonder relatie: ze kennen elkaar misschien niet",
    [T_O_PAIR_UNAWARE] =
        "{1} en {2} bedienen allebei {3} in {4}, en hebben geen relatie (overlap {5}",
    [T_O_PAIR_AWARE] = "{1} en {2} bedienen allebei {3} in {4}, en hebben een relatie (overlap {5}",
    [T_O_MEMBERS] = "; gezamenlijke leden: {1}",
    [T_O_H_A] = "team a",
    [T_O_H_B] = "team b",
    [T_O_H_OVERLAP] = "overlap",
    [T_O_H_CELLS] = "cellen",
    [T_O_H_MEMBERS] = "leden",
    [T_O_H_SHARED] = "gezamenlijke leden",
    [T_O_H_TIED] = "relatie",
    [T_G_H_AREA] = "wijk",
    [T_G_H_GROUP] = "doelgroep",
    [T_TL_STUDY] = "Onderzoek",
    [T_TL_WAVES] = "{1}: {2} metingen",
    [T_TL_ONE_WAVE] = "{1}: 1 meting",
    [T_TL_BY_YEAR] = "Relaties van meting {1} naar het jaar waarin ze begonnen:",
    [T_TL_NO_YEAR] = " geen enkele heeft een beginjaar",
    [T_TL_WITHOUT_YEAR] = "; {1} zonder beginjaar.",
    [T_TL_ESTIMATED] = "Afstandsfragmentatie is geschat vanuit {1} bronnen.",
    [T_TL_H_WAVE] = "meting",
    [T_TL_H_FROM] = "van meting",
    [T_TL_H_TO] = "naar meting",
    [T_TL_H_CHANGE] = "verandering",
    [T_TL_H_ID_A] = "id",
    [T_TL_H_NAME_A] = "naam",
    [T_TL_H_ID_B] = "id partner",
    [T_TL_H_NAME_B] = "naam partner",
    [T_TL_NOT_OBSERVED] = "niet waargenomen",
    [T_TL_H_DATE] = "datum",
    [T_TL_H_ENTITIES] = "partijen",
    [T_TL_H_TIES] = "relaties",
    [T_TL_H_RESPONSE] = "respons",
    [T_TL_H_DENSITY] = "dichth.",
    [T_TL_H_COMPONENTS] = "comp",
    [T_TL_H_LARGEST] = "grootste",
    [T_TL_H_ISOLATES] = "geïsol.",
    [T_TL_H_FRAGMENTATION] = "fragm",
    [T_TL_H_DISTANCE] = "afst.fr",
    [T_TL_H_CENTRALIZATION] = "centr",
    [T_TL_H_TRANSITIVITY] = "trans",
    [T_TL_H_COMMUNITIES] = "groepen",
    [T_TL_H_MODULARITY] = "modul",
    [T_TL_H_CUTPOINTS] = "snijp",
    [T_TL_H_BRIDGES] = "bruggen",
    [T_TL_H_TRUST] = "vertr.",
    [T_TL_H_CONFIRMED] = "bevestigd",
    [T_S_STUDY] = "Onderzoek:",
    [T_S_ENTITIES] = "Partijen:",
    [T_S_TASKS] = "Opgaven:",
    [T_S_INTERVIEWS] = "Interviews:",
    [T_S_WAVES] = "Metingen:",
    [T_S_NO_TITLE] = "(geen titel)",
    [T_S_NOT_INTERVIEWED] = "niet geïnterviewd: ",
    [T_S_H_INTERVIEWS] = "interviews",
    [T_S_H_CONFIRMED] = "bevestigd",
    [T_KINDS_MUNICIPALITY] = "gemeenten",
    [T_KINDS_ORGANISATION] = "organisaties",
    [T_KINDS_TEAM] = "teams",
    [T_KINDS_INFORMAL] = "informele partners",
    [T_A_COL_ADVICE] = "advies",
    [T_A_COL_RANK] = "#",
    [T_A_COL_NAME] = "naam",
    [T_A_COL_PARTNER] = "nieuwe relatie met",
    [T_A_COL_DF] = "afstandsfragm.",
    [T_A_COL_SHARE] = "bereik",
    [T_A_COL_OVERLAP] = "overlap",
    [T_A_COL_PARTNER_ID] = "id nieuwe relatie",
    [T_A_COL_CLOSER] = "paren dichterbij",
    [T_A_COL_EXACT] = "exact",
    [T_A_WORD_KEEP] = "behouden",
    [T_A_WORD_REACH] = "bereik",
    [T_A_WORD_TIE] = "relatie",
    [T_R_ADVISE_TOO_LARGE] = "De laatste meting heeft meer dan {1} partijen, te veel om terloops "
                             "te doorzoeken: gebruik partnermap advise voor dit advies.",
    [T_EI_KIND] = "soort",
    [T_EI_MUNICIPALITIES] = "gemeenten",
    [T_EI_DOMAINS] = "domeinen",
    [T_CT_ENTITY] = "partij",
    [T_CT_ENTITIES] = "partijen",
    [T_CT_TIE] = "relatie",
    [T_CT_TIES] = "relaties",
    [T_CT_GROUP] = "groep",
    [T_CT_GROUPS] = "groepen",
    [T_CT_GAP] = "gat",
    [T_CT_GAPS] = "gaten",
    [T_CT_WAVE] = "meting",
    [T_CT_WAVES] = "metingen",
    [T_CT_INTERVIEW] = "interview",
    [T_CT_INTERVIEWS] = "interviews",
    [T_CT_TEAM] = "team",
    [T_CT_TEAMS] = "teams",
    [T_CT_PAIR] = "overlappend paar",
    [T_CT_PAIRS] = "overlappende paren",
    [T_DATE] = "{1} {2} {3}",
    [T_N_LARGEST] = "grootste component",
    [T_N_ISOLATES] = "geïsoleerd",
    [T_MONTH_1] = "januari",
    [T_MONTH_2] = "februari",
    [T_MONTH_3] = "maart",
    [T_MONTH_4] = "april",
    [T_MONTH_5] = "mei",
    [T_MONTH_6] = "juni",
    [T_MONTH_7] = "juli",
    [T_MONTH_8] = "augustus",
    [T_MONTH_9] = "september",
    [T_MONTH_10] = "oktober",
    [T_MONTH_11] = "november",
    [T_MONTH_12] = "december",
    [T_TL_STRENGTHENED] = "hechter geworden (een hoger niveau dan in de meting ervoor)",
    [T_TL_WEAKENED] = "minder hecht geworden (een lager niveau, volgens dezelfde respondenten)",
    [T_TL_H_STRONGER] = "hechter",
    [T_TL_H_WEAKER] = "minder hecht",
    [T_TL_H_NOT_INTERVIEWED] = "niet geïnterviewd",
    [T_STRONGER] = "relatie hechter geworden",
    [T_RS_NO_CHANGE] = "In {1} is niemand geïnterviewd, dus de verandering van {2} naar {3} is "
                       "niet te meten en wordt hier niet beschreven.",
    [T_RS_CHANGE] = "Van {1} tot {2} {3}, {4} en {5}.",
    [T_RS_GAINED_0] = "kwam er geen samenwerking bij",
    [T_RS_GAINED_1] = "kwam er 1 samenwerking bij",
    [T_RS_GAINED_N] = "kwamen er {1} samenwerkingen bij",
    [T_RS_LOST_0] = "stopte er geen",
    [T_RS_LOST_1] = "stopte er 1",
    [T_RS_LOST_N] = "stopten er {1}",
    [T_RS_KEPT_0] = "bleef er geen bestaan",
    [T_RS_KEPT_1] = "bleef er 1 bestaan",
    [T_RS_KEPT_N] = "bleven er {1} bestaan",
    [T_RS_JOINED] = "Nieuw in {1}: {2}.",
    [T_RS_LEFT] = "Niet meer actief in {1}: {2}.",
    [T_RS_SHAPE] = "De fragmentatie {1} en de dichtheid {2}.",
    [T_RS_ROSE] = "steeg van {1} naar {2}",
    [T_RS_FELL] = "daalde van {1} naar {2}",
    [T_RS_STAYED] = "bleef {1}",
    [T_RS_HARDLY] = "veranderde nauwelijks ({1})",
    [T_RS_JACCARD] =
        "Van alle waargenomen relaties bestond {1} in beide metingen (Jaccard-index {2}): {3}.",
    [T_RS_STABLE] = "het netwerk is stabiel genoeg om posities tussen de metingen te vergelijken",
    [T_RS_MODERATE] = "het netwerk is niet duidelijk stabiel, maar ook niet te veel veranderd om "
                      "posities te vergelijken",
    [T_RS_TOO_CHANGED] =
        "het netwerk veranderde te veel om posities tussen de metingen te vergelijken",
    [T_RS_MISSING_TO_1] = "{1} is in {3} wel geïnterviewd, maar in {2} niet.",
    [T_RS_MISSING_TO_N] = "{1} zijn in {3} wel geïnterviewd, maar in {2} niet.",
    [T_RS_HIDDEN_0] = "Elke relatie uit {1} is ook genoemd door iemand die opnieuw is "
                      "geïnterviewd, dus de verandering is volledig waargenomen.",
    [T_RS_HIDDEN_1] =
        "In {2} werd 1 relatie alleen genoemd door wie in {3} niet opnieuw is geïnterviewd; die "
        "telt niet als beëindigd, maar ontbreekt wel in het netwerk van {3}. De dichtheid van {3} "
        "valt daardoor mogelijk te laag uit en de fragmentatie te hoog.",
    [T_RS_HIDDEN_N] =
        "In {2} werden {1} relaties alleen genoemd door wie in {3} niet opnieuw is geïnterviewd; "
        "die tellen niet als beëindigd, maar ontbreken wel in het netwerk van {3}. De dichtheid "
        "van {3} valt daardoor mogelijk te laag uit en de fragmentatie te hoog.",
    [T_RS_FALLS_1] = "Bij 1 voortgezette relatie gaf de andere kant in {3} een lager niveau op, "
                     "maar wie haar in {2} noemde, is niet opnieuw geïnterviewd; die relatie telt "
                     "daarom niet als minder hecht.",
    [T_RS_FALLS_N] = "Bij {1} voortgezette relaties gaf de andere kant in {3} een lager niveau op, "
                     "maar wie ze in {2} noemde, is niet opnieuw geïnterviewd; die relaties tellen "
                     "daarom niet als minder hecht.",
    [T_RS_MISSING_FROM_1] = "{1} is in {2} wel geïnterviewd, maar in {3} niet.",
    [T_RS_MISSING_FROM_N] = "{1} zijn in {2} wel geïnterviewd, maar in {3} niet.",
    [T_RS_UNSEEN_1] = "In {3} werd 1 relatie alleen genoemd door wie in {2} niet is geïnterviewd; "
                      "die telt niet als nieuw, want of zij in {2} al bestond, is niet bekend.",
    [T_RS_UNSEEN_N] =
        "In {3} werden {1} relaties alleen genoemd door wie in {2} niet is geïnterviewd; die "
        "tellen niet als nieuw, want of ze in {2} al bestonden, is niet bekend.",
    [T_RS_LEVELS_SAME] = "Elke voortgezette relatie bleef even hecht als in {1}.",
    [T_RS_BETWEEN] = "tussen {1} en {2}",
    [T_RS_AND_MORE] = " en nog {1} andere (timeline-changes.csv bevat ze allemaal)",
    [T_RS_STRONGER_1] = "Vergeleken met {2} werd de relatie {3} hechter.",
    [T_RS_STRONGER_N] = "Vergeleken met {2} werden {1} relaties hechter: die {3}.",
    [T_RS_WEAKER_0] = "Geen enkele relatie werd minder hecht.",
    [T_RS_WEAKER_1] = "De relatie {3} werd minder hecht, volgens dezelfde respondenten als in {2}.",
    [T_RS_WEAKER_N] =
        "Volgens dezelfde respondenten als in {2} werden {1} relaties minder hecht: die {3}.",
    [T_PK_PLURAL_0] = "Gemeenten",
    [T_PK_PLURAL_1] = "Organisaties",
    [T_PK_PLURAL_2] = "Teams",
    [T_PK_PLURAL_3] = "Informele partners",
    [T_PK_THE_0] = "de gemeente",
    [T_PK_THE_1] = "de organisatie",
    [T_PK_THE_2] = "het team",
    [T_PK_THE_3] = "de informele partner",
    [T_PK_ONE_0] = "gemeente",
    [T_PK_MANY_0] = "gemeenten",
    [T_PK_ONE_1] = "organisatie",
    [T_PK_MANY_1] = "organisaties",
    [T_PK_ONE_2] = "team",
    [T_PK_MANY_2] = "teams",
    [T_PK_ONE_3] = "informele partner",
    [T_PK_MANY_3] = "informele partners",
    [T_PC_NAMES] = "{1} noemen {2} als partner",
    [T_PC_BACK_ALL] = "; die noemen {1} allemaal terug.",
    [T_PC_BACK_ONE] = "; 1 daarvan noemt {1} niet terug.",
    [T_PC_BACK_MANY] = "; {2} daarvan noemen {1} niet terug.",
    [T_PC_LEVELS] =
        " Waar beide elkaar noemen, schat {1} de samenwerking gemiddeld op {2} en {3} op {4}.",
    [T_PC_TRUST] = " Het vertrouwen dat {1} geeft is gemiddeld {2}, dat van {3} {4}.",
    [T_PC_NOTHING] = "Elke soort die een andere noemt, wordt teruggenoemd, en beide kanten "
                     "schatten hun relaties gelijk.",
    [T_PC_NO_PAIRS] = "Geen twee geïnterviewde partijen van deze meting noemen elkaar.",
    [T_PC_HEADER] = "Meting {1}: hoe beide kanten hun relaties zien, over de {2} die in deze "
                    "meting zijn geïnterviewd (niveau 1 tot 3, vertrouwen 1 tot 4)",
    [T_PC_KINDS] =
        "Per soort: hoe vaak de een de ander noemde (genoemd), het aandeel dat terugnoemde, en het "
        "gemiddelde niveau en vertrouwen dat elke kant gaf waar beide elkaar noemen",
    [T_PC_PAIRS] = "Paren die dezelfde relatie 2 of meer verschillend schatten",
    [T_PC_PAIR] = "{1} en {2}: niveau {3} en {4}, vertrouwen {5} en {6}",
    [T_PC_H_FROM] = "van",
    [T_PC_H_TO] = "naar",
    [T_PC_H_NAMED] = "genoemd",
    [T_PC_H_BACK] = "teruggenoemd",
    [T_PC_H_LEVEL] = "niveau",
    [T_PC_H_LEVEL_BACK] = "niveau terug",
    [T_PC_H_TRUST] = "vertrouwen",
    [T_PC_H_TRUST_BACK] = "vertrouwen terug",
    [T_PC_H_A] = "a",
    [T_PC_H_B] = "b",
    [T_PC_H_LEVEL_A] = "niveau a",
    [T_PC_H_LEVEL_B] = "niveau b",
    [T_PC_H_TRUST_A] = "vertrouwen a",
    [T_PC_H_TRUST_B] = "vertrouwen b",
    [T_SHEET_PERCEPTION] = "Perceptie",
    [T_SHEET_PERCEPTION_PAIRS] = "Paren",
    [T_BR_BETWEEN] =
        "De makelaars tussen soorten, die partners verbinden die zelf geen relatie hebben: {1}.",
    [T_BR_ITEM] = "{1} ({2} paren als poortwachter, die de eigen soort met een andere verbindt; "
                  "{3} als liaison, die twee andere soorten verbindt)",
    [T_BR_ITEM_SHORT] = "{1} ({2} en {3})",
    [T_BR_NONE] =
        "Geen partij verbindt partners van verschillende soorten die zelf geen relatie hebben.",
    [T_BR_INFORMAL] =
        "Het informele circuit bereikt de andere soorten vooral via {1} (paren van een informele "
        "partner en een partner van een andere soort die onderling geen relatie hebben).",
    [T_BR_INFORMAL_NONE] = "Geen partij verbindt een informele partner met een partner van een "
                           "andere soort die er geen relatie mee heeft: het informele circuit is "
                           "direct of helemaal niet met de anderen verbonden.",
    [T_BR_CONSTRAINT] = "De laagste beperking (constraint), dus de meeste ruimte om te bemiddelen "
                        "tussen partners die verder los van elkaar staan: {1}.",
    [T_EI_SILO] = "Ingedeeld naar {1} is de E-I-index {2}, lager dan het toeval geeft ({3}; p = "
                  "{4}): een eilandje dat meer is dan toeval.",
    [T_EI_MIXING] = "Ingedeeld naar {1} is de E-I-index {2}, hoger dan het toeval geeft ({3}; p = "
                    "{4}): relaties gaan vaker tussen deze groepen dan toeval zou doen.",
    [T_EI_CHANCE] =
        "Ingedeeld naar {1} is de E-I-index {2}, binnen wat het toeval geeft ({3}; p = {4}).",
    [T_PC_LEVELS_SAME] =
        " Waar beide elkaar noemen, schatten beide de samenwerking gemiddeld op {1}.",
    [T_XL_NAME_A] = "naam van team a",
    [T_XL_NAME_B] = "naam van team b",
    [T_XL_MUNICIPALITY_ID] = "gemeente (id)",
    [T_XL_MUNICIPALITY_NAME] = "naam van de gemeente",
    [T_XL_RESPONSE] = "respons",
    [T_XL_COMPONENTS] = "componenten",
    [T_XL_LARGEST] = "grootste component",
    [T_XL_FRAGMENTATION] = "fragmentatie",
    [T_XL_DISTANCE] = "afstandsfragmentatie",
    [T_XL_CENTRALIZATION] = "graadcentralisatie",
    [T_XL_TRANSITIVITY] = "transitiviteit",
    [T_XL_COMMUNITIES] = "groepen",
    [T_XL_MODULARITY] = "modulariteit",
    [T_XL_CUTPOINTS] = "snijpunten",
    [T_XL_CONFIRMED] = "aandeel bevestigde relaties",
    [T_XL_TRUST] = "gemiddeld vertrouwen",
    [T_XL_ISOLATES] = "geïsoleerde partijen",
};
