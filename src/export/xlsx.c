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
