/* export-xlsx: the study as a workbook (workbook.md's sheets, written by
 * workbook_add_study(), so that partnermap and a person can read it back)
 * and beside it one sheet per table: the measures of every wave, the
 * overlapping teams and the gaps of the last wave, and the timeline, with
 * numbers as numbers. */
#include "export/export.h"
#include "i18n/msg.h"
#include "out/measure.h"
#include "out/overlap.h"
#include "out/timeline.h"
#include "analysis/overlap.h"
#include "analysis/timeline.h"
#include "export/workbook.h"

#include <xlsxwriter.h>
#include <stdlib.h>
#include <string.h>

/* The measures of every wave, one row per entity and wave. */
static void measures_table(const struct export_input *in, struct tabular *t)
{
	const struct dataset *ds = in->ds;
	struct column *cols = xcalloc(n_measure_keys + 2, sizeof(*cols));

	cols[0] = (struct column){"wave", tx(in->lang, T_R_WAVE), COL_STR, 0, false, false};
	for (size_t k = 0; k < n_measure_keys; k++)
		cols[k + 1] = measure_key_column(&measure_keys[k], in->lang);
	tab_init_own(t, cols, n_measure_keys + 1);
	t->lang = in->lang; /* headers and kinds in the workbook's language */
	for (size_t w = 0; w < ds->n_waves; w++)
		for (long v = 0; v < in->ms[w].n; v++) {
			struct cell *c = tab_row(t);
			c[0].s = ds->waves[w].id;
			for (size_t k = 0; k < n_measure_keys; k++)
				measure_keys[k].get(&in->nets[w], &in->ms[w], v, &c[k + 1]);
		}
	out_measure_kinds_in_words(t, in->lang);
}

/* The whole words that head column KEY in a sheet for people: a measure's
 * name, or a timeline column's; NULL when its header is words already. */
static const char *whole_words(const char *key, enum lang lang, bool in_timeline)
{
	static const struct {
		const char *key;
		enum text_id text;
	} timeline[] = {
	    {"response", T_XL_RESPONSE},
	    {"components", T_XL_COMPONENTS},
	    {"largest_component", T_XL_LARGEST},
	    {"isolates", T_XL_ISOLATES},
	    {"fragmentation", T_XL_FRAGMENTATION},
	    {"distance_fragmentation", T_XL_DISTANCE},
	    {"degree_centralization", T_XL_CENTRALIZATION},
	    {"transitivity", T_XL_TRANSITIVITY},
	    {"communities", T_XL_COMMUNITIES},
	    {"modularity", T_XL_MODULARITY},
	    {"cutpoints", T_XL_CUTPOINTS},
	    {"trust", T_XL_TRUST},
	    {"confirmed_share", T_XL_CONFIRMED},
	};

	for (size_t i = 0; in_timeline && i < sizeof(timeline) / sizeof(timeline[0]); i++)
		if (!strcmp(key, timeline[i].key))
			return tx(lang, timeline[i].text);
	for (size_t i = 0; !in_timeline && i < n_measure_keys; i++)
		if (!strcmp(key, measure_keys[i].key))
			return tx(lang, measure_keys[i].name);
	return NULL;
}

/* The text heading the name beside a column of entity ids, or T_COUNT
 * when KEY holds no entity ids (or its names are beside it already). */
static enum text_id name_beside(const char *key)
{
	if (!strcmp(key, "a"))
		return T_XL_NAME_A;
	if (!strcmp(key, "b"))
		return T_XL_NAME_B;
	if (!strcmp(key, "municipality"))
		return T_XL_MUNICIPALITY_NAME;
	return T_COUNT;
}

/* T as a sheet for people (workbook.md): every column headed by whole
 * words in the workbook's language, and beside every column of entity ids
 * the entities' names. The cells keep pointing where T's did. */
static void for_people(struct tabular *t, const struct dataset *ds, enum lang lang, bool timeline)
{
	struct tabular out;
	struct column *cols = xcalloc(2 * t->ncols + 1, sizeof(*cols));
	size_t *from = xcalloc(2 * t->ncols + 1, sizeof(*from)), n = 0;
	bool *is_name = xcalloc(2 * t->ncols + 1, sizeof(*is_name));

	for (size_t c = 0; c < t->ncols; c++) {
		const struct column *col = &t->cols[c];
		const char *words = whole_words(col->key, lang, timeline);
		enum text_id beside = timeline ? T_COUNT : name_beside(col->key);
		cols[n] = *col;
		if (!words && col->header)
			words = col->header;
		if (!strcmp(col->key, "municipality"))
			words = tx(lang, T_XL_MUNICIPALITY_ID);
		if (words)
			cols[n].key = cols[n].header = words;
		from[n++] = c;
		if (beside == T_COUNT)
			continue;
		cols[n] =
		    (struct column){tx(lang, beside), tx(lang, beside), COL_STR, 0, true, false};
		is_name[n] = true;
		from[n++] = c;
	}
	tab_init_own(&out, cols, n);
	out.lang = t->lang;
	for (size_t r = 0; r < t->nrows; r++) {
		struct cell *dst = tab_row(&out);
		const struct cell *src = &t->cells[r * t->ncols];
		for (size_t c = 0; c < n; c++) {
			dst[c] = src[from[c]];
			if (!is_name[c] || src[from[c]].null || !src[from[c]].s)
				continue;
			long e = dataset_entity(ds, src[from[c]].s);
			dst[c].s = e >= 0 ? ds->entities[e].name : src[from[c]].s;
		}
	}
	out.owned = t->owned;
	t->owned = NULL;
	tab_free(t);
	*t = out;
	free(from);
	free(is_name);
}

enum { N_TABLES = 4 };

int export_xlsx(const struct export_input *in, FILE *out, const char *path)
{
	static const enum text_id names[N_TABLES] = {T_SHEET_MEASURES, T_SHEET_OVERLAP,
	                                             T_SHEET_GAPS, T_SHEET_TIMELINE};
	const struct dataset *ds = in->ds;
	struct tabular t[N_TABLES];
	struct overlap ov;
	struct timeline tl;
	char(*dates)[11] = xcalloc(ds->n_waves + 1, sizeof(*dates));
	lxw_workbook *wb;
	int rc;

	(void)out; /* libxlsxwriter writes the file itself, by its path */
	measures_table(in, &t[0]);
	overlap_compute(&in->nets[ds->n_waves - 1], &ov);
	out_overlap_table(&t[1], ds, &ov, 0, in->lang);
	out_gaps_table(&t[2], ds, &ov, in->lang);
	timeline_of(ds, in->nets, in->ms, &tl);
	out_timeline_table(&t[3], &tl, dates, in->lang);
	for (size_t i = 0; i < N_TABLES; i++)
		for_people(&t[i], ds, in->lang, i == 3);
	if (ds->pseudonymised)
		for (size_t i = 0; i < N_TABLES; i++)
			tab_add_flag(&t[i], "pseudonymised", tx(in->lang, T_PSEUDONYMISED));
	wb = tab_workbook_new(path);
	rc = wb ? workbook_add_study(wb, ds, in->lang) : error("cannot write %s", path);
	for (size_t i = 0; i < N_TABLES && wb && !rc; i++)
		rc = tab_add_worksheet(wb, tx(in->lang, names[i]), &t[i]);
	if (wb) {
		lxw_error e = workbook_close(wb);
		if (e != LXW_NO_ERROR && !rc)
			rc = error("cannot write the workbook: %s", tab_xlsx_reason(e));
	}
	for (size_t i = 0; i < N_TABLES; i++)
		tab_free(&t[i]);
	timeline_free(&tl);
	overlap_free(&ov);
	free(dates);
	return rc;
}
