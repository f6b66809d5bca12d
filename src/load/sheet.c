/*
 * load-sheet: a study's sheets of cells (book.h) to the builder, for the
 * workbook and CSV front ends alike. This file knows workbook.md's cells:
 * sheet and column names in two languages, names where ids are expected,
 * ids made from names, Dutch kinds, spreadsheet dates and numbers, list
 * cells and attribute columns; the builder checks dataset.md's rules.
 */
#include "load/builder.h"
#include "load/sheet.h"
#include "util/date.h"
#include "i18n/msg.h"
#include "util/strbuf.h"
#include "util/suggest.h"

#include <ctype.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define q builder_quote

struct table {
	const struct book_sheet *sheet; /* NULL when the book has none */
	size_t header;                  /* index of the header row */
	size_t n_cols;
	int *col_of;        /* per enum col_id: the column, or -1 */
	long *task_of;      /* Interviews: per column, the task it scores, or -1 */
	bool *is_attribute; /* Entities: per column */
	int note_col;       /* Entities and Interviews: the first remark column, or -1 */
};

struct sheetload {
	struct builder *b;
	struct book *book;
	struct table t[SH_COUNT];
};

/* ---- cells and where they are ---- */

struct place {
	struct where at;
	char path[160];
};

static void place_of(struct place *p, const struct book_sheet *s, size_t col, int row)
{
	char cell[24];

	memset(p, 0, sizeof(*p));
	if (s->file) {
		p->at.file = s->file;
		p->at.line = row;
		p->at.column = (int)col + 1;
		return;
	}
	book_cell_name(col, row, cell);
	snprintf(p->path, sizeof(p->path), "%s!%s", s->name, cell);
	p->at.path = p->path;
}

static const struct book_cell empty_cell = {.type = CELL_EMPTY};

static const struct book_cell *cell_at(const struct book_row *r, int col)
{
	if (col < 0 || (size_t)col >= r->n_cells)
		return &empty_cell;
	return &r->cells[col];
}

/* A cell as text with the spaces around it dropped; NULL when empty. The
 * text lives in the book's arena. */
static const char *text_of(struct sheetload *S, const struct book_cell *c)
{
	char buf[64];

	switch (c->type) {
	case CELL_EMPTY:
		return NULL;
	case CELL_NUMBER:
		snprintf(buf, sizeof(buf), "%.15g", c->number);
		return arena_strdup(&S->book->arena, buf);
	case CELL_DATE:
		date_format(c->date, buf);
		return arena_strdup(&S->book->arena, buf);
	case CELL_TEXT:
		break;
	}
	const char *s = c->text;
	while (isspace((unsigned char)*s))
		s++;
	size_t n = strlen(s);
	while (n && isspace((unsigned char)s[n - 1]))
		n--;
	if (!n)
		return NULL;
	char *t = arena_alloc(&S->book->arena, n + 1);
	memcpy(t, s, n);
	return t;
}

/* A date cell as text in dataset.md's form where the spreadsheet holds a
 * date; text as it is (the builder reads ISO and D-M-YYYY). A whole number
 * from 1000 to 9999 in a cell not formatted as a date is a year. */
static const char *date_of(struct sheetload *S, const struct book_cell *c)
{
	char buf[64];

	if (c->type != CELL_NUMBER)
		return text_of(S, c);
	if (c->number == floor(c->number) && c->number >= 1000 && c->number <= 9999) {
		snprintf(buf, sizeof(buf), "%d", (int)c->number);
		return arena_strdup(&S->book->arena, buf);
	}
	int d = book_excel_date(c->number);
	if (d == DATE_NONE)
		return text_of(S, c);
	date_format(d, buf);
	return arena_strdup(&S->book->arena, buf);
}

/* A number cell: a spreadsheet number, or text with a decimal point or
 * comma. NAN when empty or (with an error) not a number. */
static double number_of(struct sheetload *S, const struct book_cell *c, const struct where *at)
{
	const char *t;
	char buf[64], *end;

	if (c->type == CELL_NUMBER)
		return c->number;
	t = text_of(S, c);
	if (!t)
		return NAN;
	if (strlen(t) < sizeof(buf)) {
		strcpy(buf, t);
		char *comma = strchr(buf, ',');
		if (comma && !strchr(comma + 1, ',') && !strchr(buf, '.'))
			*comma = '.';
		double x = strtod(buf, &end);
		if (end != buf && !*end && isfinite(x))
			return x;
	}
	builder_error(S->b, at, "expected a number, found %s", q(t));
	return NAN;
}

/* A cell as the person typed it, for a message: its text, or a number
 * with the decimal mark of the messages' language (as Excel shows it). */
static const char *typed_of(struct sheetload *S, const struct book_cell *c)
{
	char buf[64];

	if (c->type != CELL_NUMBER)
		return text_of(S, c);
	snprintf(buf, sizeof(buf), "%.15g", c->number);
	for (char *p = buf; *p; p++)
		if (*p == '.')
			*p = language(msg_lang())->decimal_mark;
	return arena_strdup(&S->book->arena, buf);
}

/* The items of a list cell, split at , ; or |, spaces around them dropped.
 * Free *items (the strings live in the book's arena). */
static struct b_strings list_of(struct sheetload *S, const struct book_cell *c, const char ***items)
{
	struct b_strings list = {0};
	const char *t = text_of(S, c);
	size_t n = 0;

	*items = NULL;
	if (!t)
		return list;
	*items = xcalloc(strlen(t) / 2 + 2, sizeof(**items));
	for (const char *p = t; *p;) {
		size_t len = strcspn(p, ",;|");
		const char *a = p, *e = p + len;
		while (a < e && isspace((unsigned char)*a))
			a++;
		while (e > a && isspace((unsigned char)e[-1]))
			e--;
		if (e > a) {
			char *item = arena_alloc(&S->book->arena, (size_t)(e - a) + 1);
			memcpy(item, a, (size_t)(e - a));
			(*items)[n++] = item;
		}
		p += len + (p[len] != '\0');
	}
	list.items = *items;
	list.count = n;
	return list;
}

/* A kind in either language, any case, as dataset.md names it; the text
 * itself when it is none (the builder reports it). */
static const char *kind_of(const char *t)
{
	static const char *const kinds[][2] = {
	    {"municipality", "municipality"}, {"gemeente", "municipality"},
	    {"organisation", "organisation"}, {"organization", "organisation"},
	    {"organisatie", "organisation"},  {"team", "team"},
	    {"informal", "informal"},         {"informeel", "informal"},
	};

	for (size_t i = 0; t && i < sizeof(kinds) / sizeof(kinds[0]); i++)
		if (!strcasecmp(t, kinds[i][0]))
			return kinds[i][1];
	return t;
}

/* ---- ids made from names ---- */

/* The ASCII letters of a Latin-1 or Latin Extended-A letter (U+00C0 to
 * U+017F), lower case; NULL for other characters. */
static const char *unaccent(unsigned cp)
{
	static const char *const latin1[64] = {
	    "a", "a", "a", "a", "a", "a", "ae", "c",  "e", "e", "e", "e", "i", "i", "i",  "i",
	    "d", "n", "o", "o", "o", "o", "o",  NULL, "o", "u", "u", "u", "u", "y", "th", "ss",
	    "a", "a", "a", "a", "a", "a", "ae", "c",  "e", "e", "e", "e", "i", "i", "i",  "i",
	    "d", "n", "o", "o", "o", "o", "o",  NULL, "o", "u", "u", "u", "u", "y", "th", "y"};
	/* U+0100 to U+017F, one letter each except the ligatures. */
	static const char ext_a[] =
	    "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii??jjkkkllllllllllnnnnnnnnnoooooo??"
	    "rrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";
	static char one[2];

	if (cp >= 0xC0 && cp <= 0xFF)
		return latin1[cp - 0xC0];
	if (cp == 0x132 || cp == 0x133)
		return "ij";
	if (cp == 0x152 || cp == 0x153)
		return "oe";
	if (cp >= 0x100 && cp <= 0x17F) {
		one[0] = ext_a[cp - 0x100];
		return one;
	}
	return NULL;
}

/* The id workbook.md makes from a name, into SB. */
static void id_from_name(const char *name, struct strbuf *sb)
{
	const unsigned char *p = (const unsigned char *)name;
	bool dash = false;

	sb_reset(sb);
	while (*p) {
		unsigned cp = *p;
		size_t n = 1;
		if (cp >= 0xC0 && cp < 0xE0 && (p[1] & 0xC0) == 0x80) {
			cp = ((cp & 0x1Fu) << 6) | (p[1] & 0x3Fu);
			n = 2;
		} else if (cp >= 0x80) {
			while ((p[n] & 0xC0) == 0x80)
				n++;
			cp = 0xFFFD;
		}
		const char *plain = NULL;
		char one[2] = {0};
		if (cp < 0x80) {
			one[0] = (char)tolower((int)cp);
			plain = one;
		} else {
			plain = unaccent(cp);
		}
		p += n;
		if (!plain || !strchr("abcdefghijklmnopqrstuvwxyz0123456789_.-", plain[0])) {
			dash = true;
			continue;
		}
		if (dash && sb->len)
			sb_addc(sb, '-');
		dash = false;
		sb_adds(sb, plain);
	}
	if (sb->len > DATASET_ID_MAX)
		sb->len = DATASET_ID_MAX;
	while (sb->len && sb->buf[sb->len - 1] == '-')
		sb->len--;
	sb->buf[sb->len] = '\0';
	size_t lead = strspn(sb->buf, "-");
	memmove(sb->buf, sb->buf + lead, sb->len - lead + 1);
	sb->len -= lead;
}

/* ---- sheets and headers ---- */

static bool row_empty(const struct book_row *r)
{
	for (size_t i = 0; i < r->n_cells; i++) {
		const struct book_cell *c = &r->cells[i];
		if (c->type == CELL_NUMBER || c->type == CELL_DATE)
			return false;
		if (c->type == CELL_TEXT && c->text[strspn(c->text, " \t\r\n")])
			return false;
	}
	return true;
}

static void list_sheet_names(struct strbuf *sb)
{
	for (int s = 0; s < SH_COUNT; s++)
		sb_addf(sb, "%s%s (%s)", s ? ", " : "", book_sheet_name((enum sheet_id)s, LANG_EN),
		        book_sheet_name((enum sheet_id)s, LANG_NL));
}

/* Whether NAME is the explanation sheet of the template, in a language. */
static bool is_explanation(const char *name)
{
	for (int l = 0; l < LANG_COUNT; l++)
		if (!strcasecmp(name, tx((enum lang)l, T_WB_EXPLAIN_SHEET)))
			return true;
	return false;
}

static void find_sheets(struct sheetload *S)
{
	for (size_t i = 0; i < S->book->n_sheets; i++) {
		const struct book_sheet *s = &S->book->sheets[i];
		int id = book_find_sheet(s->name);
		struct where at = {.file = s->file, .path = s->file ? NULL : s->name};
		if (id < 0 && is_explanation(s->name))
			continue; /* the template's own first sheet */
		if (id < 0) {
			struct strbuf list;
			sb_init(&list);
			list_sheet_names(&list);
			builder_warning(
			    S->b, &at,
			    "the sheet %s is not part of the format and is ignored; the sheets "
			    "are %s",
			    q(s->name), list.buf);
			sb_release(&list);
			continue;
		}
		if (S->t[id].sheet) {
			builder_warning(S->b, &at, "the sheet %s is given twice; the first is used",
			                q(s->name));
			continue;
		}
		S->t[id].sheet = s;
	}
	for (int id = 0; id < SH_COUNT; id++)
		if (!S->t[id].sheet && book_sheet_required((enum sheet_id)id)) {
			builder_error(S->b, NULL, "there is no sheet %s (%s); it is required",
			              book_sheet_name((enum sheet_id)id, LANG_EN),
			              book_sheet_name((enum sheet_id)id, LANG_NL));
			if (id == SH_ENTITIES)
				builder_refused(S->b, NULL, NULL);
		}
}

/* Which columns must a sheet have. */
static bool column_required(enum sheet_id s, enum col_id c)
{
	switch (s) {
	case SH_STUDY:
		return c == COL_KEY || c == COL_VALUE;
	case SH_WAVES:
	case SH_TASKS:
		return c == COL_ID;
	case SH_ENTITIES:
		return c == COL_NAME || c == COL_KIND;
	case SH_MEMBERS:
		return c == COL_TEAM || c == COL_MEMBER;
	case SH_INTERVIEWS:
		return c == COL_RESPONDENT;
	case SH_TIES:
		return c == COL_RESPONDENT || c == COL_WITH;
	case SH_COUNT:
		break;
	}
	return false;
}

/* The language of a sheet's headers: that of its name where the name
 * tells (Relaties, Ties), else that of the messages. */
static enum lang sheet_lang(enum sheet_id id, const char *name)
{
	bool en = !strcasecmp(name, book_sheet_name(id, LANG_EN)),
	     nl = !strcasecmp(name, book_sheet_name(id, LANG_NL));

	return en == nl ? msg_lang() : nl ? LANG_NL : LANG_EN;
}

/* A column of the format that is missing between columns that are there
 * (the template's order) was most likely deleted by hand: say which one,
 * what that means and where it belongs, in the sheet's own words. */
static void warn_deleted_columns(struct sheetload *S, enum sheet_id id)
{
	const struct table *t = &S->t[id];
	const struct book_sheet *s = t->sheet;
	enum lang lang = sheet_lang(id, s->name);
	size_t n;
	const enum col_id *cols = book_sheet_columns(id, &n);

	for (size_t i = 1; i + 1 < n; i++) {
		size_t before = i, after = i;
		if (t->col_of[cols[i]] >= 0 || column_required(id, cols[i]))
			continue;
		while (before > 0 && t->col_of[cols[before - 1]] < 0)
			before--;
		while (after + 1 < n && t->col_of[cols[after + 1]] < 0)
			after++;
		if (before == 0 || after + 1 == n)
			continue; /* not between two columns that are there */
		int next = t->col_of[cols[after + 1]];
		char cell[24];
		struct place p;
		book_cell_name((size_t)next, t->sheet->rows[t->header].row, cell);
		cell[strcspn(cell, "0123456789")] = '\0';
		place_of(&p, s, (size_t)next, t->sheet->rows[t->header].row);
		builder_warning(S->b, &p.at,
		                "the sheet %s has no column %s (%s), so every row is read without "
		                "it; in the template it stands between %s and %s: insert it before "
		                "column %s",
		                q(s->name), book_column_name(cols[i], lang),
		                book_column_name(cols[i], lang == LANG_EN ? LANG_NL : LANG_EN),
		                book_column_name(cols[before - 1], lang),
		                book_column_name(cols[after + 1], lang), cell);
	}
}

/* The column of sheet ID whose name (in any language) NAME is a likely
 * misspelling of; NULL when none. */
static const char *near_column(enum sheet_id id, const char *name)
{
	struct suggest s;
	size_t n;
	const enum col_id *cols = book_sheet_columns(id, &n);

	suggest_init(&s, name);
	for (size_t i = 0; i < n; i++)
		for (int l = 0; l < LANG_COUNT; l++)
			suggest_offer(&s, book_column_name(cols[i], (enum lang)l));
	return suggest_result(&s);
}

/* Reads the header row of sheet ID: which column holds what. Task columns
 * are resolved later (read_task_columns), when the tasks are known. */
static void read_header(struct sheetload *S, enum sheet_id id)
{
	struct table *t = &S->t[id];
	const struct book_sheet *s = t->sheet;

	t->note_col = -1;
	t->col_of = xmalloc(COL_COUNT * sizeof(*t->col_of));
	for (int c = 0; c < COL_COUNT; c++)
		t->col_of[c] = -1;
	if (!s)
		return;
	while (t->header < s->n_rows && row_empty(&s->rows[t->header]))
		t->header++;
	if (t->header == s->n_rows)
		return; /* an empty sheet: no rows */
	const struct book_row *h = &s->rows[t->header];
	t->n_cols = h->n_cells;
	t->task_of = xcalloc(t->n_cols + 1, sizeof(*t->task_of));
	t->is_attribute = xcalloc(t->n_cols + 1, sizeof(*t->is_attribute));
	for (size_t c = 0; c < h->n_cells; c++) {
		const char *name = text_of(S, &h->cells[c]);
		struct place p;
		t->task_of[c] = -1;
		if (!name)
			continue;
		place_of(&p, s, c, h->row);
		int col = book_find_column(id, name);
		if (col >= 0 && t->col_of[col] >= 0) {
			builder_warning(S->b, &p.at,
			                "the column %s is given twice; the first is used", q(name));
		} else if (col >= 0) {
			t->col_of[col] = (int)c;
		} else if (book_is_remark(name)) {
			/* A person's remarks: a note, never an attribute or a task.
			 * Ties have a note column of their own; elsewhere the first
			 * is kept (Entities, Interviews) or it is left alone. */
			if (id == SH_TIES && t->col_of[COL_NOTE] < 0)
				t->col_of[COL_NOTE] = (int)c;
			else if (t->note_col < 0)
				t->note_col = (int)c;
		} else if (id == SH_ENTITIES) {
			/* Any other column is an attribute (workbook.md), but one
			 * a key away from a column of the format is a typing error
			 * whose data would otherwise vanish into an attribute. */
			t->is_attribute[c] = true;
			const char *near = near_column(id, name);
			if (near)
				builder_warning(
				    S->b, &p.at,
				    "unknown column %s is kept as an attribute; did you mean "
				    "%s?",
				    q(name), q(near));
		} else if (id != SH_INTERVIEWS) {
			const char *near = near_column(id, name);
			struct strbuf list;
			size_t n;
			const enum col_id *cols = book_sheet_columns(id, &n);
			sb_init(&list);
			for (size_t i = 0; i < n; i++)
				sb_addf(&list, "%s%s", i ? ", " : "",
				        book_column_name(cols[i], msg_lang()));
			if (near)
				builder_warning(S->b, &p.at,
				                "unknown column %s is ignored; did you mean %s?",
				                q(name), q(near));
			else
				builder_warning(
				    S->b, &p.at,
				    "unknown column %s is ignored; the columns here are %s",
				    q(name), list.buf);
			sb_release(&list);
		}
	}
	for (int c = 0; c < COL_COUNT; c++) {
		if (t->col_of[c] >= 0 || !column_required(id, (enum col_id)c))
			continue;
		struct place p;
		enum lang lang = sheet_lang(id, s->name);
		size_t n, k = 0;
		const enum col_id *cols = book_sheet_columns(id, &n);
		while (k < n && cols[k] != (enum col_id)c)
			k++;
		char cell[24];
		book_cell_name(k, 1, cell);
		cell[strcspn(cell, "0123456789")] = '\0';
		place_of(&p, s, 0, h->row);
		/* Its rows are then not read one by one: this one error says it. */
		builder_error(S->b, &p.at,
		              "the sheet %s has no column %s (%s), which every row needs; add it "
		              "(in the template it is column %s)",
		              q(s->name), book_column_name((enum col_id)c, lang),
		              book_column_name((enum col_id)c, lang == LANG_EN ? LANG_NL : LANG_EN),
		              cell);
	}
	warn_deleted_columns(S, id);
}

/* The data rows of a sheet: after the header, not empty. */
#define FOR_ROWS(S, id, r)                                                                         \
	for (const struct book_row *r = (S)->t[id].sheet && (S)->t[id].n_cols                      \
	                                    ? (S)->t[id].sheet->rows + (S)->t[id].header + 1       \
	                                    : NULL;                                                \
	     r && r < (S)->t[id].sheet->rows + (S)->t[id].sheet->n_rows; r++)                      \
		if (!row_empty(r))

/* Whether sheet ID has column C: a required column that is missing is
 * reported once at the header, not again at every row. */
/* Reports that a required cell of column C in sheet ID is empty, at AT;
 * nothing when the sheet has no such column, whose absence was reported
 * once, at the header, rather than on every row. */
__attribute__((format(printf, 5, 6))) static void missing(struct sheetload *S, enum sheet_id id,
                                                          enum col_id c, const struct where *at,
                                                          const char *fmt, ...)
{
	va_list ap;

	if (S->t[id].col_of[c] < 0)
		return;
	va_start(ap, fmt);
	builder_vdiag(S->b, true, at, fmt, ap);
	va_end(ap);
}

/* The cell of column C in row R of sheet ID, and where it is. */
static const struct book_cell *field(struct sheetload *S, enum sheet_id id,
                                     const struct book_row *r, enum col_id c, struct place *p)
{
	int col = S->t[id].col_of[c];

	/* A missing column is reported at the row's first cell. */
	place_of(p, S->t[id].sheet, col >= 0 ? (size_t)col : 0, r->row);
	return cell_at(r, col);
}

/* ---- the sections ---- */

static void read_study(struct sheetload *S)
{
	FOR_ROWS(S, SH_STUDY, r)
	{
		struct place pk, pv;
		const char *key = text_of(S, field(S, SH_STUDY, r, COL_KEY, &pk));
		const char *value = text_of(S, field(S, SH_STUDY, r, COL_VALUE, &pv));
		if (!key)
			continue;
		if (!strcasecmp(key, "title") || !strcasecmp(key, "titel"))
			builder_title(S->b, value);
		else
			builder_warning(
			    S->b, &pk.at,
			    "unknown setting %s is ignored; the settings are title (titel)",
			    q(key));
	}
}

static void read_waves(struct sheetload *S)
{
	FOR_ROWS(S, SH_WAVES, r)
	{
		struct place pi, pd, pl;
		const struct book_cell *date = field(S, SH_WAVES, r, COL_DATE, &pd);
		struct b_wave w = {
		    .id = text_of(S, field(S, SH_WAVES, r, COL_ID, &pi)),
		    .label = text_of(S, field(S, SH_WAVES, r, COL_LABEL, &pl)),
		    .date = date_of(S, date),
		};
		w.has_date = w.date != NULL;
		w.at = pi.at;
		w.at_id = pi.at;
		w.at_date = pd.at;
		if (!w.id) {
			builder_error(S->b, &pi.at, "the wave has no id");
			continue;
		}
		builder_wave(S->b, &w);
	}
	builder_waves_done(S->b);
}

static void read_tasks(struct sheetload *S)
{
	FOR_ROWS(S, SH_TASKS, r)
	{
		struct place pi, pl;
		struct b_task t = {
		    .id = text_of(S, field(S, SH_TASKS, r, COL_ID, &pi)),
		    .label = text_of(S, field(S, SH_TASKS, r, COL_LABEL, &pl)),
		};
		t.at_id = pi.at;
		if (!t.id) {
			builder_error(S->b, &pi.at, "the task has no id");
			continue;
		}
		builder_task(S->b, &t);
	}
}

/* The id of every row of Entities: its id cell, or one made from its name
 * that no other row has. NULL for a row without either. Free the array. */
static const char **entity_ids(struct sheetload *S)
{
	const struct table *t = &S->t[SH_ENTITIES];
	size_t n = t->sheet ? t->sheet->n_rows : 0;
	const char **ids = xcalloc(n + 1, sizeof(*ids));
	struct strmap taken, stems;
	size_t *next = xcalloc(n + 1, sizeof(*next)), n_stems = 0;
	struct strbuf sb, made;

	strmap_init(&taken);
	strmap_init(&stems);
	sb_init(&sb);
	sb_init(&made);
	FOR_ROWS(S, SH_ENTITIES, r)
	{
		struct place p;
		const char *id = text_of(S, field(S, SH_ENTITIES, r, COL_ID, &p));
		ids[r - t->sheet->rows] = id;
		if (id)
			strmap_put(&taken, id, 0);
	}
	FOR_ROWS(S, SH_ENTITIES, r)
	{
		struct place p;
		const char *name = text_of(S, field(S, SH_ENTITIES, r, COL_NAME, &p));
		if (ids[r - t->sheet->rows] || !name)
			continue;
		id_from_name(name, &sb);
		if (!sb.len)
			sb_adds(&sb, "entity");
		/* Per stem, the suffix to try next: a thousand rows of one name
		 * are numbered in linear time, not by trying -2, -3, ... afresh. */
		size_t stem;
		if (strmap_get(&stems, sb.buf, &stem)) {
			stem = n_stems++;
			next[stem] = 2;
			strmap_put(&stems, arena_strdup(&S->book->arena, sb.buf), stem);
		}
		sb_reset(&made);
		sb_adds(&made, sb.buf);
		int k = (int)next[stem];
		for (; strmap_get(&taken, made.buf, &(size_t){0}) == 0; k++) {
			char suffix[16];
			int len = snprintf(suffix, sizeof(suffix), "-%d", k);
			sb_reset(&made);
			sb_add(&made, sb.buf,
			       sb.len + (size_t)len > DATASET_ID_MAX ? DATASET_ID_MAX - (size_t)len
			                                             : sb.len);
			sb_adds(&made, suffix);
		}
		next[stem] = (size_t)k;
		const char *id = arena_strdup(&S->book->arena, made.buf);
		ids[r - t->sheet->rows] = id;
		strmap_put(&taken, id, 0);
	}
	strmap_release(&taken);
	strmap_release(&stems);
	free(next);
	sb_release(&sb);
	sb_release(&made);
	return ids;
}

static long read_entity(struct sheetload *S, const struct book_row *r, const char *id)
{
	const struct table *t = &S->t[SH_ENTITIES];
	struct place pi, pn, pk, ps, pu, pl;
	const char **domains, **areas, **groups;
	struct b_attribute *attrs = xcalloc(t->n_cols + 1, sizeof(*attrs));
	struct b_entity e = {.id = id};

	field(S, SH_ENTITIES, r, COL_ID, &pi);
	e.name = text_of(S, field(S, SH_ENTITIES, r, COL_NAME, &pn));
	e.kind = kind_of(text_of(S, field(S, SH_ENTITIES, r, COL_KIND, &pk)));
	e.since = date_of(S, field(S, SH_ENTITIES, r, COL_SINCE, &ps));
	e.until = date_of(S, field(S, SH_ENTITIES, r, COL_UNTIL, &pu));
	e.domains = list_of(S, field(S, SH_ENTITIES, r, COL_DOMAINS, &pl), &domains);
	e.areas = list_of(S, field(S, SH_ENTITIES, r, COL_AREAS, &pl), &areas);
	e.target_groups = list_of(S, field(S, SH_ENTITIES, r, COL_TARGET_GROUPS, &pl), &groups);
	for (size_t c = 0; c < t->n_cols; c++) {
		if (!t->is_attribute[c])
			continue;
		const char *value = text_of(S, cell_at(r, (int)c));
		if (value) {
			attrs[e.n_attributes].key =
			    text_of(S, cell_at(&t->sheet->rows[t->header], (int)c));
			attrs[e.n_attributes++].value = value;
		}
	}
	e.attributes = attrs;
	e.note = text_of(S, cell_at(r, t->note_col));
	e.at = pn.at;
	e.at_id = id && !text_of(S, cell_at(r, t->col_of[COL_ID])) ? pn.at : pi.at;
	e.at_name = pn.at;
	e.at_kind = pk.at;
	e.at_since = ps.at;
	e.at_until = pu.at;
	if (!e.name)
		missing(S, SH_ENTITIES, COL_NAME, &pn.at,
		        "the name is missing; every entity needs one");
	if (!e.kind)
		missing(
		    S, SH_ENTITIES, COL_KIND, &pk.at,
		    "the kind is missing; expected municipality, organisation, team or informal "
		    "(gemeente, organisatie, team, informeel)");
	e.id_made = id && !text_of(S, cell_at(r, t->col_of[COL_ID]));
	long k = builder_entity(S->b, &e);
	if (k < 0)
		builder_refused(S->b, e.name ? (id ? &e.at_id : &pn.at) : &pn.at, e.name);
	free(domains);
	free(areas);
	free(groups);
	free(attrs);
	return k;
}

static void read_entities(struct sheetload *S)
{
	const struct table *t = &S->t[SH_ENTITIES];
	const char **ids = entity_ids(S);
	size_t n = t->sheet ? t->sheet->n_rows : 0;
	long *slot = xcalloc(n + 1, sizeof(*slot));

	for (size_t i = 0; i < n; i++)
		slot[i] = -1;
	FOR_ROWS(S, SH_ENTITIES, r)
	slot[r - t->sheet->rows] = read_entity(S, r, ids[r - t->sheet->rows]);
	FOR_ROWS(S, SH_ENTITIES, r)
	{
		struct place p;
		const char **items;
		long e = slot[r - t->sheet->rows];
		struct b_strings munis =
		    list_of(S, field(S, SH_ENTITIES, r, COL_MUNICIPALITIES, &p), &items);
		for (size_t i = 0; e >= 0 && i < munis.count; i++)
			builder_municipality(S->b, e, munis.items[i], &p.at);
		free(items);
	}
	free(slot);
	free(ids);
}

static void read_members(struct sheetload *S)
{
	FOR_ROWS(S, SH_MEMBERS, r)
	{
		struct place pt, pm, ps, pu;
		const char *team = text_of(S, field(S, SH_MEMBERS, r, COL_TEAM, &pt));
		struct b_member m = {
		    .ref = text_of(S, field(S, SH_MEMBERS, r, COL_MEMBER, &pm)),
		    .since = date_of(S, field(S, SH_MEMBERS, r, COL_SINCE, &ps)),
		    .until = date_of(S, field(S, SH_MEMBERS, r, COL_UNTIL, &pu)),
		};
		m.at = pm.at;
		m.at_since = ps.at;
		m.at_until = pu.at;
		if (!team) {
			missing(S, SH_MEMBERS, COL_TEAM, &pt.at, "the team is missing");
			continue;
		}
		long k = builder_find_entity(S->b, team, &pt.at);
		if (k < 0 || !builder_may_have_members(S->b, k, &pt.at))
			continue;
		if (!m.ref) {
			missing(S, SH_MEMBERS, COL_MEMBER, &pm.at, "the member is missing");
			continue;
		}
		builder_member(S->b, k, &m);
	}
}

/* Interviews: the rows of Interviews and of Ties that belong to one
 * (wave, respondent). */
struct group {
	const struct book_row *row; /* in Interviews; NULL when only ties name it */
	const struct book_row **ties;
	size_t n_ties;
};

/* The label (or id) of the task nearest to NAME by edit distance, however
 * far; the study has at least one task. */
static const char *closest_task(const struct dataset *ds, const char *name)
{
	const char *best = ds->tasks[0].label;
	size_t best_d = (size_t)-1;

	for (size_t i = 0; i < ds->n_tasks; i++) {
		const char *forms[2] = {ds->tasks[i].label, ds->tasks[i].id};
		for (int f = 0; f < 2; f++) {
			size_t d = suggest_distance(name, forms[f], 200);
			if (d < best_d) {
				best_d = d;
				best = ds->tasks[i].label;
			}
		}
	}
	return best;
}

/* A column of Interviews that is neither the format's nor a task's: a
 * warning naming the closest task (workbook.md), and the column is left
 * out. */
static void unknown_interview_column(struct sheetload *S, const char *name, const struct where *at)
{
	const struct dataset *ds = builder_dataset(S->b);
	const char *near = near_column(SH_INTERVIEWS, name);
	struct suggest s;

	if (near) {
		builder_warning(S->b, at, "unknown column %s is ignored; did you mean %s?", q(name),
		                q(near));
		return;
	}
	suggest_init(&s, name);
	for (size_t i = 0; i < ds->n_tasks; i++) {
		suggest_offer(&s, ds->tasks[i].id);
		suggest_offer(&s, ds->tasks[i].label);
	}
	if ((near = suggest_result(&s)))
		builder_warning(S->b, at,
		                "unknown column %s is ignored: no task has that id or label; did "
		                "you mean the task %s?",
		                q(name), q(near));
	else if (ds->n_tasks)
		builder_warning(S->b, at,
		                "unknown column %s is ignored: no task has that id or label; the "
		                "closest task is %s (add a task to the sheet of tasks to score it)",
		                q(name), q(closest_task(ds, name)));
	else
		builder_warning(
		    S->b, at,
		    "unknown column %s is ignored: the study has no tasks to score (add "
		    "them to the sheet of tasks)",
		    q(name));
}

static void read_task_columns(struct sheetload *S)
{
	struct table *t = &S->t[SH_INTERVIEWS];

	if (!t->sheet || !t->n_cols)
		return;
	const struct book_row *h = &t->sheet->rows[t->header];
	for (size_t c = 0; c < t->n_cols; c++) {
		const char *name = text_of(S, cell_at(h, (int)c));
		bool known = (int)c == t->note_col || (name && book_is_remark(name));
		for (int k = 0; k < COL_COUNT; k++)
			known = known || t->col_of[k] == (int)c;
		if (!name || known)
			continue;
		struct place p;
		place_of(&p, t->sheet, c, h->row);
		t->task_of[c] = builder_lookup_task(S->b, name);
		if (t->task_of[c] < 0)
			unknown_interview_column(S, name, &p.at);
	}
}

/* The key that groups rows into interviews: the wave and the respondent
 * as the study resolves them, or as written when they do not resolve. */
static const char *group_key(struct sheetload *S, const char *wave, const char *respondent,
                             struct strbuf *sb)
{
	const struct dataset *ds = builder_dataset(S->b);
	long w = wave ? dataset_wave(ds, wave) : 0;
	long e = respondent ? builder_lookup_entity(S->b, respondent) : -1;

	sb_reset(sb);
	if (w >= 0)
		sb_addf(sb, "%ld", w);
	else
		sb_addf(sb, "?%s", wave);
	if (e >= 0)
		sb_addf(sb, "\x1f%ld", e);
	else
		sb_addf(sb, "\x1f?%s", respondent ? respondent : "");
	return sb->buf;
}

static void read_interview(struct sheetload *S, const struct group *g)
{
	enum sheet_id id = g->row ? SH_INTERVIEWS : SH_TIES;
	const struct book_row *r = g->row ? g->row : g->ties[0];
	struct place pw, pr, pd = {0};
	const struct book_cell *wave = field(S, id, r, COL_WAVE, &pw);
	struct b_interview iv = {
	    .respondent = text_of(S, field(S, id, r, COL_RESPONDENT, &pr)),
	    .wave = text_of(S, wave),
	    .date = g->row ? date_of(S, field(S, id, r, COL_DATE, &pd)) : NULL,
	    .note = g->row ? text_of(S, cell_at(r, S->t[SH_INTERVIEWS].note_col)) : NULL,
	};
	iv.wave_given = iv.wave != NULL;
	iv.at = pr.at;
	iv.at_respondent = pr.at;
	iv.at_wave = pw.at;
	iv.at_date = pd.at;
	if (!iv.respondent) {
		missing(S, id, COL_RESPONDENT, &pr.at, "the respondent is missing");
		return;
	}
	long in = builder_interview(S->b, &iv);
	const struct table *t = &S->t[SH_INTERVIEWS];
	for (size_t c = 0; g->row && c < t->n_cols; c++) {
		const struct book_cell *cell = cell_at(g->row, (int)c);
		if (t->task_of[c] < 0 || cell->type == CELL_EMPTY || !text_of(S, cell))
			continue;
		struct place p;
		place_of(&p, t->sheet, c, g->row->row);
		double x = number_of(S, cell, &p.at);
		if (!isnan(x))
			builder_score(S->b, in, t->task_of[c], x, &p.at);
	}
	for (size_t i = 0; i < g->n_ties; i++) {
		const struct book_row *tr = g->ties[i];
		struct place pwi, pty, pno, pl, ptr, ps, prr;
		struct b_tie tie = {
		    .with = text_of(S, field(S, SH_TIES, tr, COL_WITH, &pwi)),
		    .type = text_of(S, field(S, SH_TIES, tr, COL_TYPE, &pty)),
		    .note = text_of(S, field(S, SH_TIES, tr, COL_NOTE, &pno)),
		    .since = date_of(S, field(S, SH_TIES, tr, COL_SINCE, &ps)),
		};
		tie.level = number_of(S, field(S, SH_TIES, tr, COL_LEVEL, &pl), &pl.at);
		tie.trust = number_of(S, field(S, SH_TIES, tr, COL_TRUST, &ptr), &ptr.at);
		tie.level_text = typed_of(S, field(S, SH_TIES, tr, COL_LEVEL, &pl));
		tie.trust_text = typed_of(S, field(S, SH_TIES, tr, COL_TRUST, &ptr));
		tie.at_with = pwi.at;
		tie.at_level = pl.at;
		tie.at_trust = ptr.at;
		tie.at_since = ps.at;
		if (in < 0) {
			/* The interview was refused at its first row; name the others too. */
			const char *resp = text_of(S, field(S, SH_TIES, tr, COL_RESPONDENT, &prr));
			if (tr != r && resp && builder_lookup_entity(S->b, resp) < 0)
				builder_find_entity(S->b, resp, &prr.at);
			continue;
		}
		if (!tie.with) {
			missing(S, SH_TIES, COL_WITH, &pwi.at,
			        "the entity the respondent works with is missing");
			continue;
		}
		builder_tie(S->b, in, &tie);
	}
	builder_interview_done(S->b, in);
}

static void read_interviews(struct sheetload *S)
{
	const struct table *ti = &S->t[SH_INTERVIEWS], *tt = &S->t[SH_TIES];
	size_t cap = (ti->sheet ? ti->sheet->n_rows : 0) + (tt->sheet ? tt->sheet->n_rows : 0);
	struct group *groups = xcalloc(cap + 1, sizeof(*groups));
	const struct book_row **tie_rows = xcalloc(cap + 1, sizeof(*tie_rows));
	size_t *tie_group = xcalloc(cap + 1, sizeof(*tie_group));
	size_t n = 0, n_ties = 0;
	struct strmap keys;
	struct strbuf sb;

	strmap_init(&keys);
	sb_init(&sb);
	read_task_columns(S);
	FOR_ROWS(S, SH_INTERVIEWS, r)
	{
		struct place pw, pr;
		const char *key =
		    group_key(S, text_of(S, field(S, SH_INTERVIEWS, r, COL_WAVE, &pw)),
		              text_of(S, field(S, SH_INTERVIEWS, r, COL_RESPONDENT, &pr)), &sb);
		strmap_put(&keys, arena_strdup(&S->book->arena, key), n);
		groups[n++].row = r;
	}
	FOR_ROWS(S, SH_TIES, r)
	{
		struct place pw, pr;
		size_t g;
		const char *key =
		    group_key(S, text_of(S, field(S, SH_TIES, r, COL_WAVE, &pw)),
		              text_of(S, field(S, SH_TIES, r, COL_RESPONDENT, &pr)), &sb);
		if (strmap_get(&keys, key, &g)) {
			g = n++;
			strmap_put(&keys, arena_strdup(&S->book->arena, key), g);
		}
		tie_rows[n_ties] = r;
		tie_group[n_ties++] = g;
		groups[g].n_ties++;
	}
	/* Each group's ties, in the order of the sheet. */
	const struct book_row **all = xcalloc(n_ties + 1, sizeof(*all));
	size_t used = 0;
	for (size_t g = 0; g < n; g++) {
		groups[g].ties = all + used;
		used += groups[g].n_ties;
		groups[g].n_ties = 0;
	}
	for (size_t i = 0; i < n_ties; i++) {
		struct group *g = &groups[tie_group[i]];
		g->ties[g->n_ties++] = tie_rows[i];
	}
	for (size_t g = 0; g < n; g++)
		read_interview(S, &groups[g]);
	free(all);
	free(groups);
	free(tie_rows);
	free(tie_group);
	strmap_release(&keys);
	sb_release(&sb);
}

enum load_status load_book(struct book *book, bool strict, struct dataset **out,
                           struct diags *diags)
{
	struct sheetload S = {.book = book};

	S.b = builder_new(diags, strict, BUILD_SHEET);
	find_sheets(&S);
	for (int id = 0; id < SH_COUNT; id++)
		read_header(&S, (enum sheet_id)id);
	read_study(&S);
	read_waves(&S);
	read_tasks(&S);
	read_entities(&S);
	read_members(&S);
	read_interviews(&S);
	for (int id = 0; id < SH_COUNT; id++) {
		free(S.t[id].col_of);
		free(S.t[id].task_of);
		free(S.t[id].is_attribute);
	}
	return builder_finish(S.b, out);
}
