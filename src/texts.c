/* texts: English and Dutch, side by side. */
#include "texts.h"

#include <math.h>
#include <stdarg.h>

static const char *const texts[T_COUNT][2] = {
    [T_KIND_MUNICIPALITY] = {"municipality", "gemeente"},
    [T_KIND_ORGANISATION] = {"organisation", "organisatie"},
    [T_KIND_TEAM] = {"team", "team"},
    [T_KIND_INFORMAL] = {"informal partner", "informele partner"},
    [T_LEGEND_KIND] = {"Kind of entity", "Soort partij"},
    [T_LEGEND_TIES] = {"Ties", "Relaties"},
    [T_LEGEND_SIZE] = {"Size", "Grootte"},
    [T_LEVEL_1] = {"level 1: contact, information", "niveau 1: contact, informatie"},
    [T_LEVEL_2] = {"level 2: cooperation", "niveau 2: samenwerking"},
    [T_LEVEL_3] = {"level 3: integrated work, membership", "niveau 3: integraal, lidmaatschap"},
    [T_ONE_SIDED] = {"named by one side only", "door één kant genoemd"},
    [T_SIZE_BY] = {"node size: {1}", "grootte: {1}"},
    [T_HIGHLIGHTED] = {"highlighted", "gemarkeerd"},
    [T_OTHER] = {"other", "overig"},
    [T_NONE] = {"none", "geen"},
    [T_WAVE_CAPTION] = {"Wave {1}{2}: {3} entities, {4} ties",
                        "Meting {1}{2}: {3} partijen, {4} relaties"},
    [T_GAINED] = {"tie gained", "relatie erbij"},
    [T_LOST] = {"tie lost", "relatie verdwenen"},
    [T_KEPT] = {"tie kept", "relatie gebleven"},
    [T_JOINED] = {"joined", "nieuw"},
    [T_LEFT] = {"left", "vertrokken"},
    [T_DIFF_CAPTION] = {"Change from wave {1} to wave {2}", "Verandering van meting {1} naar {2}"},
    [T_UNAWARE] = {"overlap, no tie: unaware", "overlap zonder relatie"},
    [T_AWARE] = {"overlap, tied: aware", "overlap met relatie"},
    [T_OVERLAP_CAPTION] = {"Teams that serve the same areas and target groups, wave {1}",
                           "Teams met dezelfde wijken en doelgroepen, meting {1}"},
    [T_OVERLAP_WIDTH] = {"width: share of coverage in common", "dikte: gedeelde dekking"},
    [T_GROUP_CAPTION] = {"{1} groups of {2} entities", "{1} groepen van {2} partijen"},
    [T_GROUP_SIZE] = {"size: number of members", "grootte: aantal leden"},
    [T_EGO_CAPTION] = {"The network of {1} (radius {2})", "Het netwerk van {1} (straal {2})"},
    [T_CHART_TITLE] = {"How the network grew", "Hoe het netwerk groeide"},
    [T_CHART_TIES] = {"Ties per wave", "Relaties per meting"},
    [T_CHART_SHAPE] = {"Density and fragmentation per wave",
                       "Dichtheid en fragmentatie per meting"},
    [T_CHART_DENSITY] = {"density", "dichtheid"},
    [T_CHART_FRAGMENTATION] = {"fragmentation", "fragmentatie"},
    [T_CHART_STARTED] = {"Partnerships started per year", "Gestarte samenwerkingen per jaar"},
    [T_CHART_STARTED_NOTE] = {"ties of the last wave, by the year they began",
                              "relaties van de laatste meting, naar beginjaar"},
    [T_R_LANG] = {"en", "nl"},
    [T_R_SUBTITLE] = {"{1} waves, {2} entities, {3} interviews",
                      "{1} metingen, {2} partijen, {3} interviews"},
    [T_R_FICTION_NOTE] = {"Made with partnermap from the study file {1}.",
                          "Gemaakt met partnermap uit het onderzoeksbestand {1}."},
    [T_R_CONTENTS] = {"Contents", "Inhoud"},
    [T_R_GLANCE] = {"The study at a glance", "Het onderzoek in het kort"},
    [T_R_GLANCE_TEXT] = {"The study follows {1} entities: {2} municipalities, {3} organisations, "
                         "{4} teams and {5} informal partners. The table shows, per wave, how "
                         "many were interviewed and how many ties they reported.",
                         "Het onderzoek volgt {1} partijen: {2} gemeenten, {3} organisaties, {4} "
                         "teams en {5} informele partners. De tabel toont per meting hoeveel "
                         "partijen zijn geïnterviewd en hoeveel relaties zij noemden."},
    [T_R_WHO] = {"Who took part", "Wie deden mee"},
    [T_R_INTERVIEWED_IN] = {"Interviewed in wave", "Geïnterviewd in meting"},
    [T_R_WAVE] = {"Wave", "Meting"},
    [T_R_DATE] = {"Date", "Datum"},
    [T_R_INTERVIEWS] = {"Interviews", "Interviews"},
    [T_R_ENTITIES] = {"Entities", "Partijen"},
    [T_R_TIES] = {"Ties", "Relaties"},
    [T_R_CONFIRMED] = {"Confirmed by both", "Door beide bevestigd"},
    [T_R_RESPONSE] = {"Response", "Respons"},
    [T_R_NETWORKS] = {"The network in each wave", "Het netwerk per meting"},
    [T_R_NETWORKS_TEXT] = {"Every entity stands in the same place in each diagram, so that the "
                           "waves can be compared side by side. Shape and colour show the kind "
                           "of entity, size shows how much it lies between others, line width "
                           "shows how close the tie is; dashed lines were named by one side only.",
                           "Elke partij staat in elke figuur op dezelfde plek, zodat de metingen "
                           "naast elkaar te vergelijken zijn. Vorm en kleur tonen de soort "
                           "partij, de grootte hoe vaak zij tussen anderen staat, de lijndikte "
                           "hoe hecht de relatie is; een stippellijn is door één kant genoemd."},
    [T_R_NETWORK_OF] = {"Wave {1}{2}", "Meting {1}{2}"},
    [T_R_BROKERS] = {"Brokers and key players", "Verbinders en sleutelspelers"},
    [T_R_BROKERS_TEXT] = {"In wave {2} the field is held together above all by {1}: they lie on "
                          "the shortest paths between many other pairs.",
                          "In meting {2} wordt het veld vooral bijeengehouden door {1}: zij "
                          "liggen op de kortste verbindingen tussen veel andere partijen."},
    [T_R_KEYPLAYER] = {"Without {1}, fragmentation would rise from {2} to {3}: {4} entities "
                       "would be cut off.",
                       "Zonder {1} zou de fragmentatie stijgen van {2} naar {3}: {4} partijen "
                       "zouden worden afgesneden."},
    [T_R_KEYPLAYER_ONE] = {"Without {1}, fragmentation would rise from {2} to {3}: one entity "
                           "would be cut off.",
                           "Zonder {1} zou de fragmentatie stijgen van {2} naar {3}: één partij "
                           "zou worden afgesneden."},
    [T_R_NO_KEYPLAYER] = {"No single entity holds the network together: without any one of "
                          "them, every part stays connected.",
                          "Geen enkele partij houdt het netwerk alleen bijeen: zonder een van "
                          "hen blijven alle delen verbonden."},
    [T_R_NAME] = {"Name", "Naam"},
    [T_R_KIND] = {"Kind", "Soort"},
    [T_R_DEGREE] = {"Partners", "Partners"},
    [T_R_BETWEENNESS] = {"Betweenness", "Tussenpositie"},
    [T_R_CLOSENESS] = {"Closeness", "Nabijheid"},
    [T_R_CUTPOINT] = {"Cut point", "Snijpunt"},
    [T_R_F_WITHOUT] = {"Fragmentation without", "Fragmentatie zonder"},
    [T_R_YES] = {"yes", "ja"},
    [T_R_FRAGMENTATION] = {"Cut-off parts and fragmentation", "Afgesneden delen en fragmentatie"},
    [T_R_FRAGMENTATION_TEXT] = {"The network falls into {1} parts; the largest holds {2} "
                                "entities, and {3} have no tie at all. Fragmentation is {4}: "
                                "the share of pairs that cannot reach each other. Counting "
                                "how far apart the others are, it is {5}.",
                                "Het netwerk bestaat uit {1} delen; het grootste telt {2} "
                                "partijen en {3} hebben geen enkele relatie. De fragmentatie "
                                "is {4}: het aandeel paren dat elkaar niet kan bereiken. "
                                "Rekening houdend met de afstand tussen de overige is zij {5}."},
    [T_R_CONNECTED_TEXT] =
        {"The network is connected: every entity can reach every other, so "
         "fragmentation is {1}. Counting how far apart they are, it is {2}.",
         "Het netwerk is verbonden: elke partij kan elke andere bereiken, dus "
         "de fragmentatie is {1}. Rekening houdend met de afstanden is zij {2}."},
    [T_R_ISOLATES_ARE] = {"Without any tie: {1}.", "Zonder relaties: {1}."},
    [T_R_SILOS] = {"Silos", "Schotten"},
    [T_R_SILOS_TEXT] = {"Do partners work across the lines between kinds of organisation, "
                        "domains and municipalities, or mostly within them? The E-I index "
                        "runs from -1 (every tie stays within a group) to +1 (every tie "
                        "crosses groups).",
                        "Werken partners over de grenzen van soort organisatie, domein en "
                        "gemeente heen, of vooral daarbinnen? De E-I-index loopt van -1 "
                        "(elke relatie blijft binnen een groep) tot +1 (elke relatie gaat "
                        "over de grens)."},
    [T_R_EI_KEY] = {"Grouped by", "Indeling naar"},
    [T_R_EI_VALUE] = {"E-I index", "E-I-index"},
    [T_R_EI_READING] = {"Reading", "Betekenis"},
    [T_R_EI_INSIDE] = {"mostly within groups", "vooral binnen groepen"},
    [T_R_EI_ACROSS] = {"mostly across groups", "vooral over grenzen heen"},
    [T_R_EI_MIXED] = {"within and across alike", "binnen en over grenzen even vaak"},
    [T_R_EI_NONE] = {"no ties to judge", "geen relaties om te beoordelen"},
    [T_R_TRUST] = {"Trust", "Vertrouwen"},
    [T_R_TRUST_TEXT] = {"Respondents rated how far they trust each partner to keep its word and "
                        "act in the client's interest, from 1 (not at all) to 4 (completely). "
                        "The mean rating is {1}. Rows give the kind that rates, columns the "
                        "kind that is rated.",
                        "Respondenten gaven aan in hoeverre zij elke partner vertrouwen om "
                        "afspraken na te komen en in het belang van de cliënt te handelen, van "
                        "1 (helemaal niet) tot 4 (volledig). Het gemiddelde is {1}. De rijen "
                        "zijn de soort die beoordeelt, de kolommen de soort die beoordeeld "
                        "wordt."},
    [T_R_TRUST_NONE] = {"No trust ratings were given in this wave.",
                        "In deze meting zijn geen vertrouwensscores gegeven."},
    [T_R_TRUST_ROW] = {"rated by", "beoordeeld door"},
    [T_R_TRUST_RECEIVED] = {"Most trusted", "Meest vertrouwd"},
    [T_R_OVERLAP] = {"Overlapping teams", "Overlappende teams"},
    [T_R_OVERLAP_TEXT] = {"Teams that serve the same neighbourhoods and target groups. Pairs "
                          "without a tie are listed first: they may not know of each other.",
                          "Teams die dezelfde wijken en doelgroepen bedienen. Paren zonder "
                          "relatie staan bovenaan: zij weten mogelijk niet van elkaar."},
    [T_R_OVERLAP_UNAWARE] = {"{1} and {2} both serve {3} in {4}, and have no tie (overlap {5}).",
                             "{1} en {2} bedienen allebei {3} in {4}, en hebben geen relatie "
                             "(overlap {5})."},
    [T_R_OVERLAP_AWARE] = {"{1} and {2} both serve {3} in {4}, and are tied (overlap {5}).",
                           "{1} en {2} bedienen allebei {3} in {4}, en hebben een relatie "
                           "(overlap {5})."},
    [T_R_OVERLAP_NONE] = {"No two teams serve the same areas and target groups.",
                          "Geen twee teams bedienen dezelfde wijken en doelgroepen."},
    [T_R_CHANGE] = {"Change between waves", "Verandering tussen metingen"},
    [T_R_CHANGE_TEXT] = {"Between {1} and {2}, {3} partnerships started and {4} ended; {5} "
                         "continued. {6} entities joined and {7} left.",
                         "Tussen {1} en {2} zijn {3} samenwerkingen begonnen en {4} gestopt; "
                         "{5} liepen door. {6} partijen kwamen erbij en {7} verdwenen."},
    [T_R_CHANGE_ONE_WAVE] = {"The study has one wave; the chart shows the years in which its "
                             "ties began.",
                             "Het onderzoek heeft één meting; de grafiek toont in welk jaar de "
                             "relaties begonnen."},
    [T_R_STARTED_TIES] = {"Partnerships that started", "Samenwerkingen die begonnen"},
    [T_R_ENDED_TIES] = {"Partnerships that ended", "Samenwerkingen die stopten"},
    [T_R_GROWTH] = {"Growth", "Groei"},
    [T_R_SCORES] = {"Scores on the tasks", "Scores op de opgaven"},
    [T_R_SCORES_TEXT] = {"In wave {1} respondents gave themselves the lowest mark for {2} ({3}) "
                         "and the highest for {4} ({5}), on a scale of 1 to 10.",
                         "In meting {1} gaven respondenten zichzelf het laagste cijfer voor {2} "
                         "({3}) en het hoogste voor {4} ({5}), op een schaal van 1 tot 10."},
    [T_R_SCORES_NONE] = {"No scores on tasks were given in this wave.",
                         "In deze meting zijn geen scores op opgaven gegeven."},
    [T_R_TASK] = {"Task", "Opgave"},
    [T_R_MEAN] = {"Mean", "Gemiddeld"},
    [T_R_ALL] = {"All", "Alle"},
    [T_R_METHOD] = {"Method", "Methode"},
    [T_R_METHOD_TEXT] = {"Two entities are tied in a wave when either named the other in its "
                         "interview, or one is a member of the other (a team). Measures treat "
                         "ties as undirected and unweighted. n is the number of entities in "
                         "the wave.",
                         "Twee partijen hebben in een meting een relatie als een van beide de "
                         "ander in het interview noemde, of als de een lid is van de ander (een "
                         "team). De maten behandelen relaties als ongericht en ongewogen. n is "
                         "het aantal partijen in de meting."},
    [T_R_DEF_DENSITY] = {"Density: the share of all possible pairs that are tied, 2m/(n(n-1)).",
                         "Dichtheid: het aandeel van alle mogelijke paren met een relatie, "
                         "2m/(n(n-1))."},
    [T_R_DEF_FRAGMENTATION] = {"Fragmentation (Borgatti): the share of pairs that cannot reach "
                               "each other at all.",
                               "Fragmentatie (Borgatti): het aandeel paren dat elkaar op geen "
                               "enkele manier kan bereiken."},
    [T_R_DEF_DISTANCE_FRAGMENTATION] = {"Distance fragmentation: one minus the mean of 1/distance "
                                        "over all pairs; higher when partners are far apart.",
                                        "Afstandsfragmentatie: één min het gemiddelde van "
                                        "1/afstand over alle paren; hoger als partners ver uit "
                                        "elkaar liggen."},
    [T_R_DEF_CENTRALIZATION] = {"Degree centralisation (Freeman): how far the network turns "
                                "around one entity, from 0 (all equal) to 1 (a star).",
                                "Degreecentralisatie (Freeman): hoe sterk het netwerk om één "
                                "partij draait, van 0 (allen gelijk) tot 1 (een ster)."},
    [T_R_DEF_BETWEENNESS] = {"Betweenness: the share of shortest paths between other pairs that "
                             "pass through an entity; its role as a broker.",
                             "Tussenpositie (betweenness): het aandeel kortste verbindingen "
                             "tussen andere paren dat via een partij loopt; haar rol als "
                             "verbinder."},
    [T_R_DEF_CLOSENESS] = {"Closeness (harmonic): the mean of 1/distance to every other entity.",
                           "Nabijheid (harmonisch): het gemiddelde van 1/afstand tot elke andere "
                           "partij."},
    [T_R_DEF_EIGENVECTOR] = {"Eigenvector: being tied to entities that are themselves well "
                             "tied, scaled so the highest is 1.",
                             "Eigenvector: verbonden zijn met partijen die zelf goed verbonden "
                             "zijn, geschaald zodat de hoogste 1 is."},
    [T_R_DEF_CUTPOINT] = {"Cut point: an entity whose removal splits a part of the network in "
                          "two or more; fragmentation without it shows the hole it would "
                          "leave.",
                          "Snijpunt: een partij zonder wie een deel van het netwerk uiteenvalt; "
                          "de fragmentatie zonder haar toont het gat dat zij zou achterlaten."},
    [T_R_DEF_EI] = {"E-I index (Krackhardt): (external - internal) / all ties, over ties whose "
                    "two ends both have a value; for lists, a tie is internal when the ends "
                    "share a value.",
                    "E-I-index (Krackhardt): (extern - intern) / alle relaties, over relaties "
                    "waarvan beide kanten een waarde hebben; bij lijsten is een relatie intern "
                    "als beide kanten een waarde delen."},
    [T_R_DEF_COMMUNITIES] = {"Communities: groups found with the Louvain method (fixed seed).",
                             "Clusters: groepen gevonden met de Louvain-methode (vaste "
                             "startwaarde)."},
    [T_R_DEF_CONFIRMED] = {"Confirmed: both sides were interviewed in the wave and both named the "
                           "other.",
                           "Bevestigd: beide kanten zijn in de meting geïnterviewd en noemden "
                           "elkaar."},
    [T_R_DEF_OVERLAP] = {"Overlap of teams: the share of (area, target group) cells that two "
                         "teams have in common (Jaccard).",
                         "Overlap van teams: het aandeel (wijk, doelgroep)-cellen dat twee teams "
                         "gemeen hebben (Jaccard)."},
    [T_R_FILES] = {"Files", "Bestanden"},
    [T_R_MADE_BY] = {"Made with partnermap {1}.", "Gemaakt met partnermap {1}."},
};

void tx_number(struct strbuf *sb, enum lang lang, double x, int decimals)
{
	size_t start = sb->len;

	if (isnan(x)) {
		sb_adds(sb, "-");
		return;
	}
	sb_addf(sb, "%.*f", decimals, x);
	for (size_t i = start; lang == LANG_NL && i < sb->len; i++)
		if (sb->buf[i] == '.')
			sb->buf[i] = ',';
}

void vtxf(struct strbuf *sb, enum lang lang, enum text_id id, va_list ap)
{
	const char *args[9] = {0};
	const char *t = tx(lang, id);
	int n = 0;

	while (n < 9 && (args[n] = va_arg(ap, const char *)) != NULL)
		n++;
	for (; *t; t++) {
		if (t[0] == '{' && t[1] >= '1' && t[1] <= '9' && t[2] == '}') {
			int k = t[1] - '1';
			sb_adds(sb, k < n ? args[k] : "");
			t += 2;
		} else {
			sb_addc(sb, *t);
		}
	}
}

void txf(struct strbuf *sb, enum lang lang, enum text_id id, ...)
{
	va_list ap;

	va_start(ap, id);
	vtxf(sb, lang, id, ap);
	va_end(ap);
}

const char *tx(enum lang lang, enum text_id id)
{
	const char *s = (unsigned)id < T_COUNT ? texts[id][lang == LANG_NL] : NULL;

	return s ? s : "";
}
