/* book: the workbook format's names, and sheets of cells in memory. */
#include "study/book.h"
#include "util/date.h"
#include "util/strbuf.h"

#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const sheet_names[SH_COUNT][LANG_COUNT] = {
    [SH_STUDY] = {"Study", "Studie"},    [SH_WAVES] = {"Waves", "Metingen"},
    [SH_TASKS] = {"Tasks", "Opgaven"},   [SH_ENTITIES] = {"Entities", "Partijen"},
    [SH_MEMBERS] = {"Members", "Leden"}, [SH_INTERVIEWS] = {"Interviews", "Interviews"},
    [SH_TIES] = {"Ties", "Relaties"},
};

static const char *const column_names[COL_COUNT][LANG_COUNT] = {
    [COL_KEY] = {"key", "sleutel"},
    [COL_VALUE] = {"value", "waarde"},
    [COL_ID] = {"id", "id"},
    [COL_DATE] = {"date", "datum"},
    [COL_LABEL] = {"label", "omschrijving"},
    [COL_NAME] = {"name", "naam"},
    [COL_KIND] = {"kind", "soort"},
    [COL_MUNICIPALITIES] = {"municipalities", "gemeenten"},
    [COL_DOMAINS] = {"domains", "domeinen"},
    [COL_AREAS] = {"areas", "gebieden"},
    [COL_TARGET_GROUPS] = {"target_groups", "doelgroepen"},
    [COL_SINCE] = {"since", "sinds"},
    [COL_UNTIL] = {"until", "tot"},
    [COL_TEAM] = {"team", "team"},
    [COL_MEMBER] = {"member", "lid"},
    [COL_WAVE] = {"wave", "meting"},
    [COL_RESPONDENT] = {"respondent", "respondent"},
    [COL_WITH] = {"with", "met"},
    [COL_TYPE] = {"type", "soort"},
    [COL_LEVEL] = {"level", "niveau"},
    [COL_TRUST] = {"trust", "vertrouwen"},
    [COL_NOTE] = {"note", "toelichting"},
};

static const enum col_id study_cols[] = {COL_KEY, COL_VALUE};
static const enum col_id wave_cols[] = {COL_ID, COL_DATE, COL_LABEL};
static const enum col_id task_cols[] = {COL_ID, COL_LABEL};
static const enum col_id entity_cols[] = {
    COL_ID,    COL_NAME,          COL_KIND,  COL_MUNICIPALITIES, COL_DOMAINS,
    COL_AREAS, COL_TARGET_GROUPS, COL_SINCE, COL_UNTIL};
static const enum col_id member_cols[] = {COL_TEAM, COL_MEMBER, COL_SINCE, COL_UNTIL};
static const enum col_id interview_cols[] = {COL_WAVE, COL_RESPONDENT, COL_DATE};
static const enum col_id tie_cols[] = {COL_WAVE,  COL_RESPONDENT, COL_WITH,  COL_TYPE,
                                       COL_LEVEL, COL_TRUST,      COL_SINCE, COL_NOTE};

#define COLS(a)                                                                                    \
	{                                                                                          \
		a, sizeof(a) / sizeof(a[0])                                                        \
	}
static const struct {
	const enum col_id *cols;
	size_t n;
} sheet_cols[SH_COUNT] = {
    [SH_STUDY] = COLS(study_cols),    [SH_WAVES] = COLS(wave_cols),
    [SH_TASKS] = COLS(task_cols),     [SH_ENTITIES] = COLS(entity_cols),
    [SH_MEMBERS] = COLS(member_cols), [SH_INTERVIEWS] = COLS(interview_cols),
    [SH_TIES] = COLS(tie_cols),
};

const char *book_sheet_name(enum sheet_id s, enum lang lang)
{
	return sheet_names[s][lang];
}

bool book_sheet_required(enum sheet_id s)
{
	return s == SH_ENTITIES || s == SH_TIES;
}

const enum col_id *book_sheet_columns(enum sheet_id s, size_t *n)
{
	*n = sheet_cols[s].n;
	return sheet_cols[s].cols;
}

const char *book_column_name(enum col_id c, enum lang lang)
{
	return column_names[c][lang];
}

/* Whether A names B, ignoring ASCII case, spaces and underscores. */
static bool same_name(const char *a, const char *b)
{
	for (;;) {
		while (*a == ' ' || *a == '_' || *a == '\t')
			a++;
		while (*b == ' ' || *b == '_')
			b++;
		if (!*a || !*b)
			return !*a && !*b;
		if (tolower((unsigned char)*a) != tolower((unsigned char)*b))
			return false;
		a++;
		b++;
	}
}

int book_find_sheet(const char *name)
{
	for (int s = 0; s < SH_COUNT; s++)
		for (int l = 0; l < LANG_COUNT; l++)
			if (same_name(name, sheet_names[s][l]))
				return s;
	return -1;
}

int book_find_column(enum sheet_id s, const char *header)
{
	for (size_t i = 0; i < sheet_cols[s].n; i++)
		for (int l = 0; l < LANG_COUNT; l++)
			if (same_name(header, column_names[sheet_cols[s].cols[i]][l]))
				return (int)sheet_cols[s].cols[i];
	return -1;
}

bool book_is_remark(const char *header)
{
	static const char *const remarks[] = {
	    "note",      "notes",       "remark",      "remarks",       "comment", "comments",
	    "opmerking", "opmerkingen", "toelichting", "toelichtingen", "notitie", "notities"};

	for (size_t i = 0; i < sizeof(remarks) / sizeof(remarks[0]); i++)
		if (same_name(header, remarks[i]))
			return true;
	return false;
}

/* Grows an array of N elements so that one more fits (capacity: the next
 * power of two). */
static void *grow(void *p, size_t n, size_t size)
{
	if (n == 0 || (n & (n - 1)) == 0)
		p = xrealloc(p, (n ? 2 * n : 1) * size);
	return p;
}

struct book_sheet *book_add_sheet(struct book *b, const char *name, const char *file)
{
	b->sheets = grow(b->sheets, b->n_sheets, sizeof(*b->sheets));
	struct book_sheet *s = &b->sheets[b->n_sheets++];
	memset(s, 0, sizeof(*s));
	s->name = arena_strdup(&b->arena, name);
	s->file = file ? arena_strdup(&b->arena, file) : NULL;
	return s;
}

struct book_row *book_add_row(struct book *b, int row)
{
	struct book_sheet *s = &b->sheets[b->n_sheets - 1];

	s->rows = grow(s->rows, s->n_rows, sizeof(*s->rows));
	struct book_row *r = &s->rows[s->n_rows++];
	memset(r, 0, sizeof(*r));
	r->row = row;
	return r;
}

static struct book_cell *cell(struct book *b, size_t col)
{
	struct book_sheet *s = &b->sheets[b->n_sheets - 1];
	struct book_row *r = &s->rows[s->n_rows - 1];

	while (r->n_cells <= col) {
		r->cells = grow(r->cells, r->n_cells, sizeof(*r->cells));
		memset(&r->cells[r->n_cells++], 0, sizeof(*r->cells));
	}
	return &r->cells[col];
}

void book_set_text(struct book *b, size_t col, const char *text)
{
	struct book_cell *c = cell(b, col);

	c->type = CELL_TEXT;
	c->text = arena_strdup(&b->arena, text);
}

void book_set_text_shared(struct book *b, size_t col, const char *text)
{
	struct book_cell *c = cell(b, col);

	c->type = CELL_TEXT;
	c->text = text;
}

void book_set_number(struct book *b, size_t col, double number)
{
	struct book_cell *c = cell(b, col);

	c->type = CELL_NUMBER;
	c->number = number;
}

void book_set_date(struct book *b, size_t col, int date)
{
	struct book_cell *c = cell(b, col);

	c->type = CELL_DATE;
	c->date = date;
}

void book_free(struct book *b)
{
	for (size_t i = 0; i < b->n_sheets; i++) {
		for (size_t r = 0; r < b->sheets[i].n_rows; r++)
			free(b->sheets[i].rows[r].cells);
		free(b->sheets[i].rows);
	}
	free(b->sheets);
	arena_release(&b->arena);
	memset(b, 0, sizeof(*b));
}

void book_cell_name(size_t col, int row, char buf[static 24])
{
	char letters[16];
	size_t n = 0;

	col++;
	while (col && n < sizeof(letters)) {
		letters[n++] = (char)('A' + (col - 1) % 26);
		col = (col - 1) / 26;
	}
	size_t i = 0;
	while (n)
		buf[i++] = letters[--n];
	snprintf(buf + i, 24 - i, "%d", row);
}

/* Days since 1970-01-01 of a civil date, and back (Howard Hinnant's
 * algorithms, valid for the proleptic Gregorian calendar). */
static long days_from_civil(int y, int m, int d)
{
	y -= m <= 2;
	long era = (y >= 0 ? y : y - 399) / 400;
	long yoe = y - era * 400;
	long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

static int civil_from_days(long z)
{
	z += 719468;
	long era = (z >= 0 ? z : z - 146096) / 146097;
	long doe = z - era * 146097;
	long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	long y = yoe + era * 400;
	long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	long mp = (5 * doy + 2) / 153;
	long d = doy - (153 * mp + 2) / 5 + 1;
	long m = mp + (mp < 10 ? 3 : -9);
	y += m <= 2;
	return (int)(y * 10000 + m * 100 + d);
}

/* Excel's serial 25569 is 1970-01-01; serials before 61 count the 29th
 * of February 1900 that Excel (after Lotus 1-2-3) believes in. */
enum { EXCEL_1970 = 25569 };

int book_excel_date(double serial)
{
	if (!(serial >= 61 && serial < 2958466))
		return DATE_NONE;
	return civil_from_days((long)floor(serial) - EXCEL_1970);
}

double book_excel_serial(int date)
{
	return (double)(days_from_civil(date / 10000, date / 100 % 100, date % 100) + EXCEL_1970);
}
