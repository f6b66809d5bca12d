/* summary: the overview that `check` prints. */
#include "analysis/summary.h"
#include "util/date.h"
#include "io/tabular.h"
#include "util/utf8.h"

#include <stdlib.h>

/* "LABEL" padded to the column where the figures start. */
static void label(FILE *out, enum lang lang, enum text_id id)
{
	size_t w = utf8_width(tx(lang, id));

	fprintf(out, "%s%*s", tx(lang, id), (int)(w < 12 ? 12 - w : 1), "");
}

static void write_kinds(FILE *out, const struct dataset *ds, enum lang lang)
{
	static const enum text_id plural[] = {T_KINDS_MUNICIPALITY, T_KINDS_ORGANISATION,
	                                      T_KINDS_TEAM, T_KINDS_INFORMAL};
	static const enum text_id singular[] = {T_KIND_MUNICIPALITY, T_KIND_ORGANISATION,
	                                        T_KIND_TEAM, T_KIND_INFORMAL};
	size_t count[KIND_COUNT] = {0};
	const char *sep = "";

	for (size_t e = 0; e < ds->n_entities; e++)
		count[ds->entities[e].kind]++;
	label(out, lang, T_S_ENTITIES);
	fprintf(out, "%zu (", ds->n_entities);
	for (int k = 0; k < KIND_COUNT; k++) {
		fprintf(out, "%s%zu %s", sep, count[k],
		        tx(lang, count[k] == 1 ? singular[k] : plural[k]));
		sep = ", ";
	}
	fputs(")\n", out);
}

/* Entities interviewed in some wave, present in wave w, but not interviewed
 * in it. */
static void write_missing(FILE *out, const struct network *net, const bool *respondent,
                          enum lang lang)
{
	size_t shown = 0;

	for (igraph_integer_t v = 0; v < net->n; v++) {
		if (!respondent[net->entity[v]] || net->interviewed[v])
			continue;
		if (!shown++)
			fprintf(out, "    %s", tx(lang, T_S_NOT_INTERVIEWED));
		else
			fputs(", ", out);
		fputs(network_entity(net, v)->name, out);
	}
	if (shown)
		fputc('\n', out);
}

/* S right-aligned in WIDTH characters (UTF-8 aware, at least one space). */
static void right(FILE *out, const char *s, size_t width)
{
	size_t w = utf8_width(s);

	fprintf(out, " %*s%s", (int)(w < width ? width - w : 0), "", s);
}

/* The summary, unwrapped. */
static void write_summary(FILE *out, const struct model *m, enum lang lang)
{
	const struct dataset *ds = m->ds;
	bool *respondent = xcalloc(ds->n_entities + 1, sizeof(bool));

	for (size_t i = 0; i < ds->n_interviews; i++)
		respondent[ds->interviews[i].respondent] = true;
	label(out, lang, T_S_STUDY);
	fprintf(out, "%s\n", ds->title ? ds->title : tx(lang, T_S_NO_TITLE));
	write_kinds(out, ds, lang);
	label(out, lang, T_S_TASKS);
	fprintf(out, "%zu\n", ds->n_tasks);
	label(out, lang, T_S_INTERVIEWS);
	fprintf(out, "%zu\n", ds->n_interviews);
	label(out, lang, T_S_WAVES);
	fprintf(out, "%zu\n", ds->n_waves);
	fprintf(out, "  %s%*s", tx(lang, T_TL_H_WAVE),
	        (int)(13 - utf8_width(tx(lang, T_TL_H_WAVE))), "");
	/* The dates column is as wide as its widest date in the language. */
	size_t dw = utf8_width(tx(lang, T_TL_H_DATE));
	for (size_t w = 0; w < ds->n_waves; w++) {
		struct strbuf d;
		sb_init(&d);
		tx_date(&d, lang, ds->waves[w].date);
		if (utf8_width(d.buf) > dw)
			dw = utf8_width(d.buf);
		sb_release(&d);
	}
	fprintf(out, "%s%*s", tx(lang, T_TL_H_DATE), (int)(dw - utf8_width(tx(lang, T_TL_H_DATE))),
	        "");
	right(out, tx(lang, T_S_H_INTERVIEWS), 10);
	right(out, tx(lang, T_TL_H_ENTITIES), 8);
	right(out, tx(lang, T_TL_H_TIES), 6);
	right(out, tx(lang, T_S_H_CONFIRMED), 9);
	fputc('\n', out);
	for (size_t w = 0; w < ds->n_waves; w++) {
		const struct network *net = &m->nets[w];
		struct strbuf date;

		sb_init(&date);
		tx_date(&date, lang, ds->waves[w].date);
		fprintf(out, "  %-12s %s%*s %10ld %8ld %6ld %9ld\n", ds->waves[w].id, date.buf,
		        (int)(dw - utf8_width(date.buf)), "", m->waves[w].interviewed, (long)net->n,
		        (long)net->m, m->waves[w].confirmed);
		sb_release(&date);
		write_missing(out, net, respondent, lang);
	}
	free(respondent);
}

void summary_write(FILE *out, const struct model *m, enum lang lang)
{
	struct prose p;

	write_summary(prose_open(&p, out, 12), m, lang);
	prose_close(&p);
}
