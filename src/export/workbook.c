/*
 * workbook: the study as sheets of cells (the inverse of load-sheet.c),
 * written as .xlsx with libxlsxwriter or as CSV with libcsv's quoting; the
 * template with its drop-down lists; the study as JSON.
 */
#include "export/workbook.h"
#include "util/date.h"
#include "i18n/msg.h"
#include "io/output.h"
#include "util/strbuf.h"
#include "io/tabular.h"

#include <xlsxwriter.h>
#include <csv.h>
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Rows a template's drop-down lists cover, and the entity rows they offer. */
enum { TEMPLATE_ROWS = 1000 };

/* ---- the study as sheets ---- */

/* Whether the study is the one implicit wave of a study without waves. */
static bool implicit_wave(const struct dataset *ds)
{
	return ds->n_waves == 1 && !strcmp(ds->waves[0].id, "1") &&
	       ds->waves[0].date == DATE_NONE && !ds->waves[0].label;
}

static void header(struct book *b, enum sheet_id s, enum lang lang)
{
	size_t n;
	const enum col_id *cols = book_sheet_columns(s, &n);

	book_add_sheet(b, book_sheet_name(s, lang), NULL);
	book_add_row(b, 1);
	for (size_t i = 0; i < n; i++)
		book_set_text(b, i, book_column_name(cols[i], lang));
}

/* A whole date as a date cell; a partial one as its text ("2010"), which
 * a spreadsheet would otherwise show as a first of January. */
static void set_date(struct book *b, size_t col, int date, unsigned char precision)
{
	char buf[11];

	if (date == DATE_NONE || date == DATE_END_OF_TIME)
		return;
	if (precision == DATE_DAY) {
		book_set_date(b, col, date);
		return;
	}
	date_format_as(date, (enum date_precision)precision, buf);
	book_set_text(b, col, buf);
}

static void set_list(struct book *b, size_t col, const char *const *items, size_t n)
{
	struct strbuf sb;

	if (!n)
		return;
	sb_init(&sb);
	for (size_t i = 0; i < n; i++)
		sb_addf(&sb, "%s%s", i ? "; " : "", items[i]);
	book_set_text(b, col, sb.buf);
	sb_release(&sb);
}

/* The kind as the language writes it in a sheet. */
static const char *kind_word(enum kind k, enum lang lang)
{
	static const char *const nl[] = {"gemeente", "organisatie", "team", "informeel"};

	return lang == LANG_NL && (unsigned)k < KIND_COUNT ? nl[k] : kind_name(k);
}

static void entities_sheet(struct book *b, const struct dataset *ds, enum lang lang)
{
	struct strmap keys;
	const char **attr = NULL;
	size_t n_attr = 0, n_cols, slot;

	header(b, SH_ENTITIES, lang);
	book_sheet_columns(SH_ENTITIES, &n_cols);
	strmap_init(&keys);
	for (size_t e = 0; e < ds->n_entities; e++) {
		for (size_t a = 0; a < ds->entities[e].n_attributes; a++) {
			const char *k = ds->entities[e].attributes[a].key;
			if (strmap_put(&keys, k, n_attr))
				continue;
			attr = xrealloc(attr, (n_attr + 1) * sizeof(*attr));
			attr[n_attr++] = k;
		}
	}
	/* Remarks, when there are any, in a column after the format's own. */
	bool notes = false;
	for (size_t e = 0; e < ds->n_entities; e++)
		notes = notes || ds->entities[e].note;
	if (notes)
		book_set_text(b, n_cols++, book_column_name(COL_NOTE, lang));
	for (size_t a = 0; a < n_attr; a++)
		book_set_text(b, n_cols + a, attr[a]);
	for (size_t i = 0; i < ds->n_entities; i++) {
		const struct entity *e = &ds->entities[i];
		book_add_row(b, (int)i + 2);
		book_set_text(b, 0, e->id);
		book_set_text(b, 1, e->name);
		book_set_text(b, 2, kind_word(e->kind, lang));
		const char **munis = xcalloc(e->n_municipalities + 1, sizeof(*munis));
		for (size_t m = 0; m < e->n_municipalities; m++)
			munis[m] = ds->entities[e->municipalities[m]].id;
		set_list(b, 3, munis, e->n_municipalities);
		free(munis);
		set_list(b, 4, e->domains.items, e->domains.count);
		set_list(b, 5, e->areas.items, e->areas.count);
		set_list(b, 6, e->target_groups.items, e->target_groups.count);
		set_date(b, 7, e->since, e->since_precision);
		set_date(b, 8, e->until, e->until_precision);
		if (e->note)
			book_set_text(b, n_cols - 1, e->note);
		for (size_t a = 0; a < e->n_attributes; a++)
			if (!strmap_get(&keys, e->attributes[a].key, &slot))
				book_set_text(b, n_cols + slot, e->attributes[a].value);
	}
	strmap_release(&keys);
	free(attr);
}

void workbook_from_study(struct book *b, const struct dataset *ds, enum lang lang)
{
	bool waves = !implicit_wave(ds);
	int row;

	header(b, SH_STUDY, lang);
	if (ds->title) {
		book_add_row(b, 2);
		book_set_text(b, 0, lang == LANG_NL ? "titel" : "title");
		book_set_text(b, 1, ds->title);
	}
	header(b, SH_WAVES, lang);
	for (size_t w = 0; waves && w < ds->n_waves; w++) {
		book_add_row(b, (int)w + 2);
		book_set_text(b, 0, ds->waves[w].id);
		set_date(b, 1, ds->waves[w].date, ds->waves[w].date_precision);
		if (ds->waves[w].label)
			book_set_text(b, 2, ds->waves[w].label);
	}
	header(b, SH_TASKS, lang);
	for (size_t t = 0; t < ds->n_tasks; t++) {
		book_add_row(b, (int)t + 2);
		book_set_text(b, 0, ds->tasks[t].id);
		book_set_text(b, 1, ds->tasks[t].label);
	}
	entities_sheet(b, ds, lang);
	header(b, SH_MEMBERS, lang);
	row = 2;
	for (size_t i = 0; i < ds->n_entities; i++) {
		const struct entity *e = &ds->entities[i];
		for (size_t m = 0; m < e->n_members; m++) {
			book_add_row(b, row++);
			book_set_text(b, 0, e->id);
			book_set_text(b, 1, ds->entities[e->members[m].entity].id);
			set_date(b, 2, e->members[m].since, e->members[m].since_precision);
			set_date(b, 3, e->members[m].until, e->members[m].until_precision);
		}
	}
	header(b, SH_INTERVIEWS, lang);
	for (size_t t = 0; t < ds->n_tasks; t++)
		book_set_text(b, 3 + t, ds->tasks[t].id);
	bool notes = false;
	for (size_t i = 0; i < ds->n_interviews; i++)
		notes = notes || ds->interviews[i].note;
	if (notes)
		book_set_text(b, 3 + ds->n_tasks, book_column_name(COL_NOTE, lang));
	for (size_t i = 0; i < ds->n_interviews; i++) {
		const struct interview *in = &ds->interviews[i];
		book_add_row(b, (int)i + 2);
		if (waves)
			book_set_text(b, 0, ds->waves[in->wave].id);
		book_set_text(b, 1, ds->entities[in->respondent].id);
		set_date(b, 2, in->date, in->date_precision);
		for (size_t t = 0; t < ds->n_tasks; t++)
			if (!isnan(in->scores[t]))
				book_set_number(b, 3 + t, in->scores[t]);
		if (in->note)
			book_set_text(b, 3 + ds->n_tasks, in->note);
	}
	header(b, SH_TIES, lang);
	row = 2;
	for (size_t i = 0; i < ds->n_interviews; i++) {
		const struct interview *in = &ds->interviews[i];
		for (size_t j = 0; j < in->n_ties; j++) {
			const struct tie_report *r = &in->ties[j];
			book_add_row(b, row++);
			if (waves)
				book_set_text(b, 0, ds->waves[in->wave].id);
			book_set_text(b, 1, ds->entities[in->respondent].id);
			book_set_text(b, 2, ds->entities[r->with].id);
			/* Empty is the default type (the explanation sheet says so),
			 * which spares a Dutch sheet the English keyword. */
			if (lang != LANG_NL || strcmp(r->type, "collaboration"))
				book_set_text(b, 3, r->type);
			book_set_number(b, 4, r->level);
			if (r->trust)
				book_set_number(b, 5, r->trust);
			set_date(b, 6, r->since, r->since_precision);
			if (r->note)
				book_set_text(b, 7, r->note);
		}
	}
}

/* ---- .xlsx ---- */

struct formats {
	lxw_format *bold, *date, *wrap;
};

static void make_formats(lxw_workbook *wb, struct formats *f)
{
	f->bold = workbook_add_format(wb);
	format_set_bold(f->bold);
	f->date = workbook_add_format(wb);
	format_set_num_format(f->date, "yyyy-mm-dd");
	f->wrap = workbook_add_format(wb);
	format_set_text_wrap(f->wrap);
	format_set_align(f->wrap, LXW_ALIGN_VERTICAL_TOP);
}

static int add_book(lxw_workbook *wb, const struct book *b)
{
	struct formats f;

	make_formats(wb, &f);
	for (size_t s = 0; s < b->n_sheets; s++) {
		const struct book_sheet *sh = &b->sheets[s];
		lxw_worksheet *ws = workbook_add_worksheet(wb, sh->name);
		if (!ws)
			return error("cannot add the sheet %s to the workbook", sh->name);
		worksheet_freeze_panes(ws, 1, 0);
		worksheet_set_column(ws, 0, 12, 18, NULL);
		for (size_t r = 0; r < sh->n_rows; r++) {
			const struct book_row *row = &sh->rows[r];
			lxw_row_t y = (lxw_row_t)(row->row - 1);
			for (size_t c = 0; c < row->n_cells; c++) {
				const struct book_cell *cell = &row->cells[c];
				lxw_col_t x = (lxw_col_t)c;
				switch (cell->type) {
				case CELL_EMPTY:
					break;
				case CELL_TEXT:
					worksheet_write_string(ws, y, x, cell->text,
					                       r ? NULL : f.bold);
					break;
				case CELL_NUMBER:
					worksheet_write_number(ws, y, x, cell->number, NULL);
					break;
				case CELL_DATE:
					worksheet_write_number(
					    ws, y, x, book_excel_serial(cell->date), f.date);
					break;
				}
			}
		}
	}
	return 0;
}

int workbook_add_study(lxw_workbook *wb, const struct dataset *ds, enum lang lang)
{
	struct book b = {0};

	workbook_from_study(&b, ds, lang);
	int rc = add_book(wb, &b);
	book_free(&b);
	return rc;
}

/* Runs FILL on a new workbook written to PATH through output.h. */
static int write_workbook(const char *path, int (*fill)(lxw_workbook *, const void *, enum lang),
                          const void *arg, enum lang lang)
{
	struct output o;

	if (output_open_as(&o, path, "xlsx"))
		return -1;
	if (!o.path) {
		output_abort(&o);
		return error("a workbook cannot be written to standard output; give -o FILE.xlsx");
	}
	lxw_workbook *wb = tab_workbook_new(o.tmp);
	if (!wb) {
		output_abort(&o);
		return error("cannot write %s", path);
	}
	int rc = fill(wb, arg, lang);
	lxw_error e = workbook_close(wb);
	if (rc || e != LXW_NO_ERROR) {
		output_abort(&o);
		if (!rc)
			error("cannot write %s: %s", path, tab_xlsx_reason(e));
		return -1;
	}
	return output_commit(&o);
}

static int fill_study(lxw_workbook *wb, const void *ds, enum lang lang)
{
	return workbook_add_study(wb, ds, lang);
}

int workbook_write_xlsx(const struct dataset *ds, const char *path, enum lang lang)
{
	return write_workbook(path, fill_study, ds, lang);
}

/* ---- CSV ---- */

static void csv_cell(FILE *fp, const struct book_cell *c, const struct language *l)
{
	char buf[64];
	const char *text = "";

	switch (c->type) {
	case CELL_EMPTY:
		break;
	case CELL_TEXT:
		text = c->text;
		break;
	case CELL_NUMBER:
		snprintf(buf, sizeof(buf), "%.15g", c->number);
		if (l->decimal_mark != '.' && strchr(buf, '.'))
			*strchr(buf, '.') = l->decimal_mark;
		text = buf;
		break;
	case CELL_DATE:
		date_format(c->date, buf);
		text = buf;
		break;
	}
	if (*text)
		csv_fwrite(fp, text, strlen(text));
}

int workbook_write_csv(const struct dataset *ds, const char *dir, enum lang lang)
{
	const struct language *l = language(lang);
	struct book b = {0};
	char *tmp;
	int rc = 0;

	if (output_dir_begin(dir, &tmp))
		return -1;
	workbook_from_study(&b, ds, lang);
	for (size_t s = 0; s < b.n_sheets && !rc; s++) {
		const struct book_sheet *sh = &b.sheets[s];
		struct strbuf path;
		sb_init(&path);
		sb_addf(&path, "%s/%s.csv", tmp, sh->name);
		FILE *fp = fopen(path.buf, "wb");
		if (!fp) {
			rc =
			    error("cannot write %s/%s.csv: %s", dir, sh->name, msg_strerror(errno));
			sb_release(&path);
			break;
		}
		if (l->csv_bom)
			fputs("\xEF\xBB\xBF", fp);
		for (size_t r = 0; r < sh->n_rows; r++) {
			const struct book_row *row = &sh->rows[r];
			for (size_t c = 0; c < row->n_cells; c++) {
				if (c)
					fputc(l->csv_separator, fp);
				csv_cell(fp, &row->cells[c], l);
			}
			fputs("\r\n", fp);
		}
		if (ferror(fp) | fclose(fp))
			rc =
			    error("cannot write %s/%s.csv: %s", dir, sh->name, msg_strerror(errno));
		sb_release(&path);
	}
	book_free(&b);
	if (rc) {
		output_dir_abort(tmp);
		free(tmp);
		return -1;
	}
	rc = output_dir_commit_study(dir, tmp);
	free(tmp);
	return rc;
}

/* ---- the template ---- */

struct explained {
	enum sheet_id sheet;
	int col; /* enum col_id, or COL_OTHER for a column of one's own */
	enum text_id text;
	const char *example[LANG_COUNT];
};

static const struct explained explained[] = {
    {SH_STUDY, COL_KEY, T_WB_STUDY_KEY, {"title", "titel"}},
    {SH_STUDY,
     COL_VALUE,
     T_WB_STUDY_VALUE,
     {"Cooperation in the social domain", "Samenwerking sociaal domein"}},
    {SH_WAVES, COL_ID, T_WB_WAVE_ID, {"2015", "2015"}},
    {SH_WAVES, COL_DATE, T_WB_WAVE_DATE, {"2015-05-01", "1-5-2015"}},
    {SH_WAVES, COL_LABEL, T_WB_WAVE_LABEL, {"Spring 2015", "Voorjaar 2015"}},
    {SH_TASKS, COL_ID, T_WB_TASK_ID, {"prevention", "preventie"}},
    {SH_TASKS, COL_LABEL, T_WB_TASK_LABEL, {"More prevention", "Meer preventie"}},
    {SH_ENTITIES, COL_ID, T_WB_ENT_ID, {"pulse", "pulse"}},
    {SH_ENTITIES, COL_NAME, T_WB_ENT_NAME, {"Stichting Pulse", "Stichting Pulse"}},
    {SH_ENTITIES, COL_KIND, T_WB_ENT_KIND, {"organisation", "organisatie"}},
    {SH_ENTITIES,
     COL_MUNICIPALITIES,
     T_WB_ENT_MUNIS,
     {"Gemeente IJsselstein; Gemeente Lopik", "Gemeente IJsselstein; Gemeente Lopik"}},
    {SH_ENTITIES, COL_DOMAINS, T_WB_ENT_DOMAINS, {"welzijn; wmo", "welzijn; wmo"}},
    {SH_ENTITIES, COL_AREAS, T_WB_ENT_AREAS, {"west; oost", "west; oost"}},
    {SH_ENTITIES, COL_TARGET_GROUPS, T_WB_ENT_GROUPS, {"youth; adults", "jeugd; volwassenen"}},
    {SH_ENTITIES, COL_SINCE, T_WB_ENT_SINCE, {"2015-01-01", "1-1-2015"}},
    {SH_ENTITIES, COL_UNTIL, T_WB_ENT_UNTIL, {"2018", "2018"}},
    {SH_ENTITIES, COL_OTHER, T_WB_ENT_OWN, {"sector: welfare", "sector: welzijn"}},
    {SH_MEMBERS, COL_TEAM, T_WB_MEM_TEAM, {"Team West", "Team West"}},
    {SH_MEMBERS, COL_MEMBER, T_WB_MEM_MEMBER, {"Stichting Pulse", "Stichting Pulse"}},
    {SH_MEMBERS, COL_SINCE, T_WB_MEM_SINCE, {"2016-06", "1-6-2016"}},
    {SH_MEMBERS, COL_UNTIL, T_WB_MEM_UNTIL, {"", ""}},
    {SH_INTERVIEWS, COL_WAVE, T_WB_IV_WAVE, {"2015", "2015"}},
    {SH_INTERVIEWS, COL_RESPONDENT, T_WB_IV_RESPONDENT, {"Stichting Pulse", "Stichting Pulse"}},
    {SH_INTERVIEWS, COL_DATE, T_WB_IV_DATE, {"2015-04-20", "20-4-2015"}},
    {SH_INTERVIEWS, COL_OTHER, T_WB_IV_TASK, {"prevention: 7,5", "preventie: 7,5"}},
    {SH_TIES, COL_WAVE, T_WB_TIE_WAVE, {"2015", "2015"}},
    {SH_TIES, COL_RESPONDENT, T_WB_TIE_RESPONDENT, {"Stichting Pulse", "Stichting Pulse"}},
    {SH_TIES, COL_WITH, T_WB_TIE_WITH, {"Gemeente IJsselstein", "Gemeente IJsselstein"}},
    {SH_TIES, COL_TYPE, T_WB_TIE_TYPE, {"contract", "contract"}},
    {SH_TIES, COL_LEVEL, T_WB_TIE_LEVEL, {"3", "3"}},
    {SH_TIES, COL_TRUST, T_WB_TIE_TRUST, {"2", "2"}},
    {SH_TIES, COL_SINCE, T_WB_TIE_SINCE, {"2012", "2012"}},
    {SH_TIES, COL_NOTE, T_WB_TIE_NOTE, {"weekly case meeting", "wekelijks casusoverleg"}},
};

static void explanation_sheet(lxw_workbook *wb, const struct formats *f, enum lang lang)
{
	lxw_worksheet *ws = workbook_add_worksheet(wb, tx(lang, T_WB_EXPLAIN_SHEET));

	worksheet_set_column(ws, 0, 0, 14, NULL);
	worksheet_set_column(ws, 1, 1, 22, NULL);
	worksheet_set_column(ws, 2, 2, 70, f->wrap);
	worksheet_set_column(ws, 3, 3, 36, NULL);
	worksheet_merge_range(ws, 0, 0, 0, 3, tx(lang, T_WB_INTRO), f->wrap);
	worksheet_set_row(ws, 0, 90, NULL);
	static const enum text_id heads[] = {T_WB_H_SHEET, T_WB_H_COLUMN, T_WB_H_MEANING,
	                                     T_WB_H_EXAMPLE};
	for (lxw_col_t c = 0; c < 4; c++)
		worksheet_write_string(ws, 2, c, tx(lang, heads[c]), f->bold);
	for (size_t i = 0; i < sizeof(explained) / sizeof(explained[0]); i++) {
		const struct explained *e = &explained[i];
		lxw_row_t y = (lxw_row_t)(i + 3);
		worksheet_write_string(ws, y, 0, book_sheet_name(e->sheet, lang), NULL);
		worksheet_write_string(
		    ws, y, 1,
		    e->col == COL_OTHER
		        ? tx(lang, e->sheet == SH_ENTITIES ? T_WB_OWN_COLUMN : T_WB_TASK_COLUMN)
		        : book_column_name((enum col_id)e->col, lang),
		    NULL);
		worksheet_write_string(ws, y, 2, tx(lang, e->text), f->wrap);
		if (*e->example[lang])
			worksheet_write_string(ws, y, 3, e->example[lang], NULL);
	}
}

/* A drop-down list on rows 2 to TEMPLATE_ROWS of columns FIRST to LAST: the fixed
 * VALUES, or the cells FORMULA names. With warn_only, other values are
 * allowed after a warning (a list of municipalities, a score of 7,5). */
static void dropdown(lxw_worksheet *ws, lxw_col_t first, lxw_col_t last, const char *const *values,
                     const char *formula, bool warn_only)
{
	lxw_data_validation dv = {0};
	size_t n = 0;

	/* libxlsxwriter takes non-const strings, which it copies: lend it copies. */
	while (values && values[n])
		n++;
	char **list = values ? xcalloc(n + 1, sizeof(*list)) : NULL;
	for (size_t i = 0; i < n; i++)
		list[i] = xstrdup(values[i]);
	char *f = formula ? xstrdup(formula) : NULL;
	dv.validate = values ? LXW_VALIDATION_TYPE_LIST : LXW_VALIDATION_TYPE_LIST_FORMULA;
	dv.value_list = list;
	dv.value_formula = f;
	dv.error_type =
	    warn_only ? LXW_VALIDATION_ERROR_TYPE_WARNING : LXW_VALIDATION_ERROR_TYPE_STOP;
	worksheet_data_validation_range(ws, 1, first, TEMPLATE_ROWS - 1, last, &dv);
	for (size_t i = 0; i < n; i++)
		free(list[i]);
	free(list);
	free(f);
}

/* The column of C in sheet S of the template. */
static lxw_col_t col_of(enum sheet_id s, enum col_id c)
{
	size_t n;
	const enum col_id *cols = book_sheet_columns(s, &n);

	for (size_t i = 0; i < n; i++)
		if (cols[i] == c)
			return (lxw_col_t)i;
	return 0;
}

static int fill_template(lxw_workbook *wb, const void *unused, enum lang lang)
{
	static const char *const kinds_en[] = {"municipality", "organisation", "team", "informal",
	                                       NULL};
	static const char *const kinds_nl[] = {"gemeente", "organisatie", "team", "informeel",
	                                       NULL};
	static const char *const levels[] = {"1", "2", "3", NULL};
	static const char *const trust[] = {"1", "2", "3", "4", NULL};
	struct formats f;
	char entities[96], waves[96];

	(void)unused;
	make_formats(wb, &f);
	explanation_sheet(wb, &f, lang);
	/* Entities are offered by name (column B of Entities), waves by id. */
	snprintf(entities, sizeof(entities), "=%s!$B$2:$B$%d", book_sheet_name(SH_ENTITIES, lang),
	         TEMPLATE_ROWS);
	snprintf(waves, sizeof(waves), "=%s!$A$2:$A$%d", book_sheet_name(SH_WAVES, lang),
	         TEMPLATE_ROWS);
	for (int s = 0; s < SH_COUNT; s++) {
		size_t n;
		const enum col_id *cols = book_sheet_columns((enum sheet_id)s, &n);
		lxw_worksheet *ws =
		    workbook_add_worksheet(wb, book_sheet_name((enum sheet_id)s, lang));
		if (!ws)
			return error("cannot add a sheet to the workbook");
		worksheet_freeze_panes(ws, 1, 0);
		worksheet_set_column(ws, 0, (lxw_col_t)n, 20, NULL);
		for (size_t c = 0; c < n; c++)
			worksheet_write_string(ws, 0, (lxw_col_t)c, book_column_name(cols[c], lang),
			                       f.bold);
		switch ((enum sheet_id)s) {
		case SH_ENTITIES:
			dropdown(ws, col_of(SH_ENTITIES, COL_KIND), col_of(SH_ENTITIES, COL_KIND),
			         lang == LANG_NL ? kinds_nl : kinds_en, NULL, false);
			dropdown(ws, col_of(SH_ENTITIES, COL_MUNICIPALITIES),
			         col_of(SH_ENTITIES, COL_MUNICIPALITIES), NULL, entities, true);
			break;
		case SH_MEMBERS:
			dropdown(ws, col_of(SH_MEMBERS, COL_TEAM), col_of(SH_MEMBERS, COL_TEAM),
			         NULL, entities, false);
			dropdown(ws, col_of(SH_MEMBERS, COL_MEMBER), col_of(SH_MEMBERS, COL_MEMBER),
			         NULL, entities, false);
			break;
		case SH_INTERVIEWS: {
			static const char *const scores[] = {"1", "2", "3", "4",  "5", "6",
			                                     "7", "8", "9", "10", NULL};
			dropdown(ws, col_of(SH_INTERVIEWS, COL_WAVE),
			         col_of(SH_INTERVIEWS, COL_WAVE), NULL, waves, false);
			dropdown(ws, col_of(SH_INTERVIEWS, COL_RESPONDENT),
			         col_of(SH_INTERVIEWS, COL_RESPONDENT), NULL, entities, false);
			/* The task columns the user adds: D to Z. */
			dropdown(ws, 3, 25, scores, NULL, true);
			break;
		}
		case SH_TIES:
			dropdown(ws, col_of(SH_TIES, COL_WAVE), col_of(SH_TIES, COL_WAVE), NULL,
			         waves, false);
			dropdown(ws, col_of(SH_TIES, COL_RESPONDENT),
			         col_of(SH_TIES, COL_RESPONDENT), NULL, entities, false);
			dropdown(ws, col_of(SH_TIES, COL_WITH), col_of(SH_TIES, COL_WITH), NULL,
			         entities, false);
			dropdown(ws, col_of(SH_TIES, COL_LEVEL), col_of(SH_TIES, COL_LEVEL), levels,
			         NULL, false);
			dropdown(ws, col_of(SH_TIES, COL_TRUST), col_of(SH_TIES, COL_TRUST), trust,
			         NULL, false);
			break;
		case SH_STUDY:
		case SH_WAVES:
		case SH_TASKS:
		case SH_COUNT:
			break;
		}
	}
	return 0;
}

int workbook_write_template(const char *path, enum lang lang)
{
	return write_workbook(path, fill_template, NULL, lang);
}

/* ---- JSON ---- */

static void add_date(cJSON *obj, const char *key, int date, unsigned char precision)
{
	char buf[11];

	if (date == DATE_NONE || date == DATE_END_OF_TIME)
		return;
	date_format_as(date, (enum date_precision)precision, buf);
	cJSON_AddStringToObject(obj, key, buf);
}

static void add_strings(cJSON *obj, const char *key, const struct strlist *l)
{
	if (!l->count)
		return;
	cJSON *arr = cJSON_AddArrayToObject(obj, key);
	for (size_t i = 0; i < l->count; i++)
		cJSON_AddItemToArray(arr, cJSON_CreateString(l->items[i]));
}

static cJSON *entity_json(const struct dataset *ds, const struct entity *e)
{
	cJSON *o = cJSON_CreateObject();

	cJSON_AddStringToObject(o, "id", e->id);
	cJSON_AddStringToObject(o, "name", e->name);
	cJSON_AddStringToObject(o, "kind", kind_name(e->kind));
	if (e->n_municipalities) {
		cJSON *arr = cJSON_AddArrayToObject(o, "municipalities");
		for (size_t m = 0; m < e->n_municipalities; m++)
			cJSON_AddItemToArray(
			    arr, cJSON_CreateString(ds->entities[e->municipalities[m]].id));
	}
	add_strings(o, "domains", &e->domains);
	add_strings(o, "areas", &e->areas);
	add_strings(o, "target_groups", &e->target_groups);
	if (e->n_members) {
		cJSON *arr = cJSON_AddArrayToObject(o, "members");
		for (size_t m = 0; m < e->n_members; m++) {
			const struct member *mb = &e->members[m];
			const char *id = ds->entities[mb->entity].id;
			if (mb->since == DATE_NONE && mb->until == DATE_END_OF_TIME) {
				cJSON_AddItemToArray(arr, cJSON_CreateString(id));
				continue;
			}
			cJSON *mo = cJSON_CreateObject();
			cJSON_AddStringToObject(mo, "id", id);
			add_date(mo, "since", mb->since, mb->since_precision);
			add_date(mo, "until", mb->until, mb->until_precision);
			cJSON_AddItemToArray(arr, mo);
		}
	}
	add_date(o, "since", e->since, e->since_precision);
	add_date(o, "until", e->until, e->until_precision);
	if (e->n_attributes) {
		cJSON *attrs = cJSON_AddObjectToObject(o, "attributes");
		for (size_t a = 0; a < e->n_attributes; a++)
			cJSON_AddStringToObject(attrs, e->attributes[a].key,
			                        e->attributes[a].value);
	}
	if (e->note)
		cJSON_AddStringToObject(o, "note", e->note);
	return o;
}

static cJSON *interview_json(const struct dataset *ds, const struct interview *in, bool waves)
{
	cJSON *o = cJSON_CreateObject();

	cJSON_AddStringToObject(o, "respondent", ds->entities[in->respondent].id);
	if (waves)
		cJSON_AddStringToObject(o, "wave", ds->waves[in->wave].id);
	add_date(o, "date", in->date, in->date_precision);
	cJSON *scores = NULL;
	for (size_t t = 0; t < ds->n_tasks; t++) {
		if (isnan(in->scores[t]))
			continue;
		if (!scores)
			scores = cJSON_AddObjectToObject(o, "scores");
		cJSON_AddNumberToObject(scores, ds->tasks[t].id, in->scores[t]);
	}
	if (in->note)
		cJSON_AddStringToObject(o, "note", in->note);
	cJSON *ties = cJSON_AddArrayToObject(o, "ties");
	for (size_t j = 0; j < in->n_ties; j++) {
		const struct tie_report *r = &in->ties[j];
		cJSON *t = cJSON_CreateObject();
		cJSON_AddStringToObject(t, "with", ds->entities[r->with].id);
		cJSON_AddStringToObject(t, "type", r->type);
		cJSON_AddNumberToObject(t, "level", r->level);
		if (r->trust)
			cJSON_AddNumberToObject(t, "trust", r->trust);
		add_date(t, "since", r->since, r->since_precision);
		if (r->note)
			cJSON_AddStringToObject(t, "note", r->note);
		cJSON_AddItemToArray(ties, t);
	}
	return o;
}

cJSON *study_to_json(const struct dataset *ds)
{
	cJSON *root = cJSON_CreateObject();
	bool waves = !implicit_wave(ds);

	cJSON_AddNumberToObject(root, "partnermap", 1);
	if (ds->title)
		cJSON_AddStringToObject(root, "title", ds->title);
	if (waves) {
		cJSON *arr = cJSON_AddArrayToObject(root, "waves");
		for (size_t w = 0; w < ds->n_waves; w++) {
			cJSON *o = cJSON_CreateObject();
			cJSON_AddStringToObject(o, "id", ds->waves[w].id);
			add_date(o, "date", ds->waves[w].date, ds->waves[w].date_precision);
			if (ds->waves[w].label)
				cJSON_AddStringToObject(o, "label", ds->waves[w].label);
			cJSON_AddItemToArray(arr, o);
		}
	}
	if (ds->n_tasks) {
		cJSON *arr = cJSON_AddArrayToObject(root, "tasks");
		for (size_t t = 0; t < ds->n_tasks; t++) {
			cJSON *o = cJSON_CreateObject();
			cJSON_AddStringToObject(o, "id", ds->tasks[t].id);
			cJSON_AddStringToObject(o, "label", ds->tasks[t].label);
			cJSON_AddItemToArray(arr, o);
		}
	}
	cJSON *ents = cJSON_AddArrayToObject(root, "entities");
	for (size_t e = 0; e < ds->n_entities; e++)
		cJSON_AddItemToArray(ents, entity_json(ds, &ds->entities[e]));
	cJSON *ivs = cJSON_AddArrayToObject(root, "interviews");
	for (size_t i = 0; i < ds->n_interviews; i++)
		cJSON_AddItemToArray(ivs, interview_json(ds, &ds->interviews[i], waves));
	return root;
}

int study_write_json(const struct dataset *ds, const char *path)
{
	struct output o;
	cJSON *root = study_to_json(ds);
	char *text = cJSON_Print(root);

	cJSON_Delete(root);
	if (!text)
		return error("out of memory");
	if (output_open_as(&o, path, "json")) {
		free(text);
		return -1;
	}
	fputs(text, o.fp);
	fputc('\n', o.fp);
	free(text);
	return output_commit(&o);
}
