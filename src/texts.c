/* texts: English and Dutch, side by side. */
#include "texts.h"

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
};

void txf(struct strbuf *sb, enum lang lang, enum text_id id, ...)
{
	const char *args[9] = {0};
	const char *t = tx(lang, id);
	va_list ap;
	int n = 0;

	va_start(ap, id);
	while (n < 9 && (args[n] = va_arg(ap, const char *)) != NULL)
		n++;
	va_end(ap);
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

const char *tx(enum lang lang, enum text_id id)
{
	const char *s = (unsigned)id < T_COUNT ? texts[id][lang == LANG_NL] : NULL;

	return s ? s : "";
}
