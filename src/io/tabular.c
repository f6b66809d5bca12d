/* tabular: one set of rows, three forms of output. */
#include "io/tabular.h"
#include "i18n/msg.h"
#include "util/strbuf.h"
#include "util/utf8.h"

#include <xlsxwriter.h>
#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

void tab_init(struct tabular *t, const struct column *cols, size_t ncols)
{
	memset(t, 0, sizeof(*t));
	t->cols = cols;
	t->ncols = ncols;
}

void tab_init_own(struct tabular *t, struct column *cols, size_t ncols)
{
	tab_init(t, cols, ncols);
	t->own = cols;
}

void tab_init_in(struct tabular *t, const struct column *cols, const enum text_id *headers,
                 size_t ncols, enum lang lang)
{
	struct column *own = xcalloc(ncols, sizeof(*own));

	for (size_t c = 0; c < ncols; c++) {
		own[c] = cols[c];
		own[c].header = tx(lang, headers[c]);
	}
	tab_init_own(t, own, ncols);
	t->lang = lang;
}

void tab_free(struct tabular *t)
{
	free(t->cells);
	free(t->own);
	free(t->owned);
	memset(t, 0, sizeof(*t));
}

static bool has_column(const struct tabular *t, const char *key)
{
	for (size_t c = 0; c < t->ncols; c++)
		if (!strcmp(t->cols[c].key, key))
			return true;
	return false;
}

/* Adds COL as the last column, holding VALUE on every row, unless the
 * table has a column of that key already. */
static void add_column(struct tabular *t, struct column col, struct cell value)
{
	if (has_column(t, col.key))
		return;
	size_t n = t->ncols + 1;
	struct column *cols = xcalloc(n, sizeof(*cols));
	struct cell *cells = xcalloc(t->nrows * n + 1, sizeof(*cells));

	memcpy(cols, t->cols, t->ncols * sizeof(*cols));
	cols[t->ncols] = col;
	for (size_t r = 0; r < t->nrows; r++) {
		memcpy(&cells[r * n], &t->cells[r * t->ncols], t->ncols * sizeof(*cells));
		cells[r * n + t->ncols] = value;
	}
	free(t->cells);
	free(t->own);
	t->cells = cells;
	t->cols = t->own = cols;
	t->ncols = n;
	t->alloc = t->nrows;
}

void tab_add_flag(struct tabular *t, const char *key, const char *header)
{
	add_column(t, (struct column){key, header, COL_BOOL, 0, false, true},
	           (struct cell){.b = true});
}

void tab_add_note(struct tabular *t, const char *key, const char *header, const char *text)
{
	add_column(t, (struct column){key, header, COL_STR, 0, false, true},
	           (struct cell){.s = text});
}

struct cell *tab_row(struct tabular *t)
{
	if (t->nrows == t->alloc) {
		t->alloc = t->alloc ? 2 * t->alloc : 32;
		t->cells = xrealloc(t->cells, t->alloc * t->ncols * sizeof(*t->cells));
	}
	struct cell *row = &t->cells[t->nrows++ * t->ncols];
	memset(row, 0, t->ncols * sizeof(*row));
	return row;
}

int terminal_width(void)
{
	struct winsize ws;

	if (isatty(STDOUT_FILENO) && !ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) && ws.ws_col > 0)
		return ws.ws_col;
	return 0;
}

static void pad(FILE *out, size_t n);

const char *tab_xlsx_reason(int e)
{
	if (e == LXW_ERROR_CREATING_XLSX_FILE)
		return msg_tr("the file cannot be created: is it open in Excel, or is the folder "
		              "read-only?");
	if (e == LXW_ERROR_CREATING_TMPFILE || e == LXW_ERROR_READING_TMPFILE ||
	    e == LXW_ERROR_ZIP_FILE_OPERATION || e == LXW_ERROR_ZIP_FILE_ADD ||
	    e == LXW_ERROR_ZIP_CLOSE)
		return msg_tr("the workbook cannot be written out: is the disk full?");
	if (e == LXW_ERROR_MEMORY_MALLOC_FAILED)
		return msg_tr("there is not enough memory");
	if (e == LXW_ERROR_MAX_STRING_LENGTH_EXCEEDED)
		return msg_tr("a text is longer than an Excel cell holds (32,767 characters)");
	if (e == LXW_ERROR_SHEETNAME_LENGTH_EXCEEDED ||
	    e == LXW_ERROR_INVALID_SHEETNAME_CHARACTER ||
	    e == LXW_ERROR_SHEETNAME_START_END_APOSTROPHE || e == LXW_ERROR_SHEETNAME_ALREADY_USED)
		return msg_tr(
		    "a sheet name is one that Excel does not allow (at most 31 characters, "
		    "none of []:*?/\\, each name once)");
	return lxw_strerror((lxw_error)e);
}

int prose_width(void)
{
	int w = terminal_width();

	return w > 0 && w < 80 ? w : 80;
}

/* The width of a leading list mark of LINE after its indent: "12. " or
 * "- ", else 0. */
static size_t list_mark(const char *line)
{
	size_t n = 0;

	while (line[n] >= '0' && line[n] <= '9')
		n++;
	if (n && line[n] == '.' && line[n + 1] == ' ')
		return n + 2;
	return line[0] == '-' && line[1] == ' ' ? 2 : 0;
}

/* Writes one line (without its newline) wrapped as write_prose() says. */
static void wrap_line(FILE *out, const char *line, size_t len, size_t width, int hang)
{
	struct strbuf sb;
	size_t lead = 0, col, indent, mark;

	sb_init(&sb);
	sb_add(&sb, line, len);
	if (utf8_width(sb.buf) <= width) {
		fputs(sb.buf, out);
		sb_release(&sb);
		return;
	}
	while (sb.buf[lead] == ' ')
		lead++;
	mark = list_mark(sb.buf + lead);
	indent = lead + (mark ? mark : (size_t)(hang > 0 ? hang : 0));
	if (indent > width / 2)
		indent = lead;
	fwrite(sb.buf, 1, lead, out);
	col = lead;
	/* Words keep the spaces between them (aligned figures) unless the
	 * line breaks there. */
	for (char *p = sb.buf + lead; *p;) {
		size_t gap = 0, n, w;
		char save;

		while (p[gap] == ' ')
			gap++;
		p += gap;
		if (!*p)
			break;
		n = strcspn(p, " ");
		save = p[n];
		p[n] = '\0';
		w = utf8_width(p);
		if (gap && col > indent && col + gap + w > width) {
			fputc('\n', out);
			pad(out, indent);
			col = indent;
		} else {
			pad(out, gap);
			col += gap;
		}
		fputs(p, out);
		col += w;
		p[n] = save;
		p += n;
	}
	sb_release(&sb);
}

void write_prose(FILE *out, const char *text, int width, int hang)
{
	while (*text) {
		const char *nl = strchr(text, '\n');
		size_t len = nl ? (size_t)(nl - text) : strlen(text);

		wrap_line(out, text, len, width > 0 ? (size_t)width : (size_t)-1, hang);
		if (!nl)
			break;
		fputc('\n', out);
		text = nl + 1;
	}
}

FILE *prose_open(struct prose *p, FILE *out, int hang)
{
	memset(p, 0, sizeof(*p));
	p->out = out;
	p->hang = hang;
	p->fp = open_memstream(&p->buf, &p->len);
	return p->fp ? p->fp : out;
}

void prose_close(struct prose *p)
{
	if (!p->fp)
		return;
	fclose(p->fp);
	if (p->buf)
		write_prose(p->out, p->buf, prose_width(), p->hang);
	free(p->buf);
	p->fp = NULL;
	p->buf = NULL;
}

/* A cell as text for people in LANG. */
static void cell_text(struct strbuf *sb, enum lang lang, const struct column *c,
                      const struct cell *v)
{
	sb_reset(sb);
	if (v->null || (c->type == COL_REAL && isnan(v->r))) {
		sb_adds(sb, "-");
		return;
	}
	switch (c->type) {
	case COL_STR:
		sb_adds(sb, v->s ? v->s : "");
		break;
	case COL_LIST:
		for (size_t i = 0; i < v->n_list; i++)
			sb_addf(sb, "%s%s", i ? ", " : "", v->list[i]);
		break;
	case COL_INT:
		sb_addf(sb, "%ld", v->i);
		break;
	case COL_REAL:
		tx_number(sb, lang, v->r, c->decimals);
		break;
	case COL_BOOL:
		sb_adds(sb, v->b ? tx(lang, T_R_YES) : "");
		break;
	}
}

/* Writes S cut to at most WIDTH columns, with "..." when cut. */
static void put_cut(FILE *out, const char *s, size_t width)
{
	if (utf8_width(s) <= width) {
		fputs(s, out);
		return;
	}
	fwrite(s, 1, utf8_fit(s, width > 3 ? width - 3 : 0), out);
	fputs("...", out);
}

static void pad(FILE *out, size_t n)
{
	while (n--)
		fputc(' ', out);
}

void tab_write_text(FILE *out, const struct tabular *t, const size_t *order, int width)
{
	size_t *w = xcalloc(t->ncols, sizeof(*w));
	bool *hide = xcalloc(t->ncols, sizeof(*hide));
	struct strbuf sb;
	size_t total = 0;

	sb_init(&sb);
	for (size_t c = 0; c < t->ncols; c++) {
		if (t->cols[c].machine)
			continue;
		w[c] = utf8_width(t->cols[c].header);
		for (size_t r = 0; r < t->nrows; r++) {
			cell_text(&sb, t->lang, &t->cols[c], &t->cells[r * t->ncols + c]);
			if (utf8_width(sb.buf) > w[c])
				w[c] = utf8_width(sb.buf);
		}
		total += w[c] + (total ? 2 : 0);
	}
	/* Too wide for the terminal: drop columns from the right (the table
	 * puts the most telling first) rather than cut names; only when the
	 * names alone are too wide are they shortened. */
	for (size_t c = t->ncols; c-- > 1 && width > 0 && total > (size_t)width;) {
		if (t->cols[c].machine || t->cols[c].flex)
			continue;
		hide[c] = true;
		total -= w[c] + 2;
	}
	for (size_t c = 0; c < t->ncols && width > 0; c++) {
		if (t->cols[c].flex && !hide[c] && total > (size_t)width) {
			size_t over = total - (size_t)width;
			w[c] = w[c] > over + 12 ? w[c] - over : 12;
		}
	}
	for (size_t r = 0; r <= t->nrows; r++) {
		bool first = true;
		for (size_t c = 0; c < t->ncols; c++) {
			const struct column *col = &t->cols[c];
			if (col->machine || hide[c])
				continue;
			bool left =
			    col->type == COL_STR || col->type == COL_LIST || col->type == COL_BOOL;
			if (r == 0)
				sb_reset(&sb), sb_adds(&sb, col->header);
			else
				cell_text(&sb, t->lang, col,
				          &t->cells[(order ? order[r - 1] : r - 1) * t->ncols + c]);
			size_t len = utf8_width(sb.buf);
			size_t fill = len < w[c] ? w[c] - len : 0;
			if (!first)
				fputs("  ", out);
			first = false;
			if (!left)
				pad(out, fill);
			put_cut(out, sb.buf, w[c]);
			if (left && c + 1 < t->ncols)
				pad(out, fill);
		}
		fputc('\n', out);
	}
	sb_release(&sb);
	free(hide);
	free(w);
}

/* The first characters of a formula, to a spreadsheet. */
static const char formula_start[] = "=+-@\t";

static void csv_field(FILE *out, const char *s, char sep)
{
	bool formula = *s && strchr(formula_start, *s);

	if (!formula && !strchr(s, sep) && !strpbrk(s, "\"\r\n")) {
		fputs(s, out);
		return;
	}
	fputc('"', out);
	if (formula)
		fputc('\'', out);
	for (; *s; s++) {
		if (*s == '"')
			fputc('"', out);
		fputc(*s, out);
	}
	fputc('"', out);
}

void tab_csv_field_text(const char **s, size_t *len)
{
	if (*len > 1 && **s == '\'' && strchr(formula_start, (*s)[1]) && (*s)[1]) {
		(*s)++;
		(*len)--;
	}
}

static void csv_number(FILE *out, double x, char mark)
{
	char buf[64];

	snprintf(buf, sizeof(buf), "%.10g", x);
	for (char *p = buf; *p; p++)
		if (*p == '.')
			*p = mark;
	fputs(buf, out);
}

const char *tab_csv_header(const struct tabular *t, size_t c)
{
	const struct column *col = &t->cols[c];

	return language(t->lang)->csv_bom && col->header ? col->header : col->key;
}

void tab_write_csv(FILE *out, const struct tabular *t, char sep)
{
	tab_write_csv_header(out, t, sep);
	tab_write_csv_rows(out, t, sep);
}

void tab_write_csv_header(FILE *out, const struct tabular *t, char sep)
{
	const struct language *l = language(t->lang);

	if (!sep)
		sep = l->csv_separator;
	if (l->csv_bom)
		fputs("\xEF\xBB\xBF", out);
	for (size_t c = 0; c < t->ncols; c++) {
		if (c)
			fputc(sep, out);
		csv_field(out, tab_csv_header(t, c), sep);
	}
	fputs("\r\n", out);
}

void tab_write_csv_rows(FILE *out, const struct tabular *t, char sep)
{
	const struct language *l = language(t->lang);
	struct strbuf sb;
	char mark;

	if (!sep)
		sep = l->csv_separator;
	mark = sep == ';' ? ',' : l->decimal_mark;
	if (mark == sep) /* a decimal comma in a comma-separated file */
		mark = '.';
	sb_init(&sb);
	for (size_t r = 0; r < t->nrows; r++) {
		for (size_t c = 0; c < t->ncols; c++) {
			const struct cell *v = &t->cells[r * t->ncols + c];
			if (c)
				fputc(sep, out);
			if (v->null || (t->cols[c].type == COL_REAL && isnan(v->r)))
				continue;
			switch (t->cols[c].type) {
			case COL_REAL:
				csv_number(out, v->r, mark);
				break;
			case COL_INT:
				fprintf(out, "%ld", v->i);
				break;
			case COL_BOOL:
				fputs(!l->csv_bom
				          ? (v->b ? "true" : "false")
				          : (v->b ? tx(t->lang, T_R_YES) : tx(t->lang, T_R_NO)),
				      out);
				break;
			case COL_STR:
			case COL_LIST:
				cell_text(&sb, t->lang, &t->cols[c], v);
				csv_field(out, sb.buf, sep);
				break;
			}
		}
		fputs("\r\n", out);
	}
	sb_release(&sb);
}

/* The Excel number format for DECIMALS digits: "0.000" (Excel shows it with
 * the reader's own decimal mark). */
static lxw_format *xlsx_number_format(lxw_workbook *wb, lxw_format **cache, int decimals)
{
	char code[32] = "0";

	if (decimals < 0 || decimals > 9)
		decimals = 9;
	if (cache[decimals])
		return cache[decimals];
	if (decimals > 0) {
		strcat(code, ".");
		for (int i = 0; i < decimals; i++)
			strcat(code, "0");
	}
	cache[decimals] = workbook_add_format(wb);
	format_set_num_format(cache[decimals], code);
	return cache[decimals];
}

static lxw_error xlsx_sheet(lxw_workbook *wb, lxw_format *bold, lxw_format **numbers,
                            const struct tab_sheet *s)
{
	const struct tabular *t = s->t;
	lxw_worksheet *ws = workbook_add_worksheet(wb, s->name);
	struct strbuf sb;
	lxw_error e = LXW_NO_ERROR;

	if (!ws)
		return LXW_ERROR_SHEETNAME_ALREADY_USED;
	sb_init(&sb);
	for (size_t c = 0; c < t->ncols && !e; c++) {
		const char *h = tab_csv_header(t, c);
		size_t width = utf8_width(h);
		e = worksheet_write_string(ws, 0, (lxw_col_t)c, h, bold);
		for (size_t r = 0; r < t->nrows && !e; r++) {
			size_t row = s->order ? s->order[r] : r;
			const struct cell *v = &t->cells[row * t->ncols + c];
			const struct column *col = &t->cols[c];
			lxw_row_t xr = (lxw_row_t)(r + 1);
			if (v->null || (col->type == COL_REAL && !isfinite(v->r)))
				continue;
			switch (col->type) {
			case COL_REAL:
				e = worksheet_write_number(
				    ws, xr, (lxw_col_t)c, v->r,
				    xlsx_number_format(wb, numbers, col->decimals));
				break;
			case COL_INT:
				e = worksheet_write_number(ws, xr, (lxw_col_t)c, (double)v->i,
				                           NULL);
				break;
			case COL_BOOL:
				e = worksheet_write_boolean(ws, xr, (lxw_col_t)c, v->b, NULL);
				break;
			case COL_STR:
			case COL_LIST:
				cell_text(&sb, t->lang, col, v);
				if (col->type == COL_LIST) { /* as workbooks are read: "; " */
					sb_reset(&sb);
					for (size_t i = 0; i < v->n_list; i++)
						sb_addf(&sb, "%s%s", i ? "; " : "", v->list[i]);
				}
				e = worksheet_write_string(ws, xr, (lxw_col_t)c, sb.buf, NULL);
				if (utf8_width(sb.buf) > width)
					width = utf8_width(sb.buf);
				break;
			}
		}
		if (!e)
			e = worksheet_set_column(ws, (lxw_col_t)c, (lxw_col_t)c,
			                         (double)(width < 8    ? 8
			                                  : width > 60 ? 60
			                                               : width) +
			                             2,
			                         NULL);
	}
	if (!e)
		worksheet_freeze_panes(ws, 1, 0);
	sb_release(&sb);
	return e;
}

lxw_workbook *tab_workbook_new(const char *path)
{
	lxw_workbook *wb = workbook_new(path);
	char author[] = "partnermap";
	lxw_doc_properties props = {.author = author};

	if (wb && workbook_set_properties(wb, &props) != LXW_NO_ERROR) {
		workbook_close(wb);
		remove(path);
		return NULL;
	}
	return wb;
}

int tab_write_xlsx(const char *path, const struct tab_sheet *sheets, size_t n)
{
	lxw_workbook *wb = tab_workbook_new(path);
	lxw_format *numbers[10] = {0};
	lxw_error e = LXW_NO_ERROR;

	if (!wb)
		return error("cannot write %s: %s", path, msg_strerror(errno));
	lxw_format *bold = workbook_add_format(wb);
	format_set_bold(bold);
	for (size_t i = 0; i < n && !e; i++)
		e = xlsx_sheet(wb, bold, numbers, &sheets[i]);
	lxw_error closed = workbook_close(wb); /* frees the workbook, also after an error */
	if (e || closed)
		return error("cannot write the workbook %s: %s", path,
		             tab_xlsx_reason(e ? e : closed));
	return 0;
}

cJSON *json_number(double x)
{
	return isfinite(x) ? cJSON_CreateNumber(x) : cJSON_CreateNull();
}

/* A cell as a cJSON node; NULL when memory runs out. */
static cJSON *json_cell(const struct column *col, const struct cell *v)
{
	if (v->null)
		return cJSON_CreateNull();
	switch (col->type) {
	case COL_STR:
		return v->s ? cJSON_CreateString(v->s) : cJSON_CreateNull();
	case COL_LIST:
		return cJSON_CreateStringArray(v->list, (int)v->n_list);
	case COL_INT:
		return cJSON_CreateNumber((double)v->i);
	case COL_BOOL:
		return cJSON_CreateBool(v->b);
	case COL_REAL:
	default:
		return json_number(v->r);
	}
}

/* Where a column KEY goes in ROW: ROW itself, or for a key OBJECT.MEMBER
 * the object OBJECT of ROW, made by the first such column. NULL when
 * memory runs out. */
static cJSON *json_member_of(cJSON *row, const char *key)
{
	const char *dot = strchr(key, '.');
	cJSON *last = row->child ? row->child->prev : NULL;
	char name[64];

	if (!dot)
		return row;
	snprintf(name, sizeof(name), "%.*s", (int)(dot - key), key);
	/* The members of one object are consecutive columns. */
	if (last && cJSON_IsObject(last) && last->string && !strcmp(last->string, name))
		return last;
	return cJSON_AddObjectToObject(row, name);
}

cJSON *tab_to_json(const struct tabular *t)
{
	cJSON *rows = cJSON_CreateArray();

	for (size_t r = 0; rows && r < t->nrows; r++) {
		cJSON *row = cJSON_CreateObject();
		if (!row || !cJSON_AddItemToArray(rows, row)) {
			cJSON_Delete(row);
			cJSON_Delete(rows);
			return NULL;
		}
		for (size_t c = 0; c < t->ncols; c++) {
			cJSON *x = json_cell(&t->cols[c], &t->cells[r * t->ncols + c]);
			cJSON *into = json_member_of(row, t->cols[c].key);
			const char *dot = strchr(t->cols[c].key, '.');
			if (!x || !into ||
			    !cJSON_AddItemToObject(into, dot ? dot + 1 : t->cols[c].key, x)) {
				cJSON_Delete(x);
				cJSON_Delete(rows);
				return NULL;
			}
		}
	}
	return rows;
}

int json_write(FILE *out, const cJSON *doc)
{
	char *text = cJSON_Print(doc);

	if (!text)
		return -1;
	fputs(text, out);
	fputc('\n', out);
	cJSON_free(text);
	return 0;
}

int tab_add_worksheet(struct lxw_workbook *wb, const char *name, const struct tabular *t)
{
	lxw_format *numbers[10] = {0};
	lxw_format *bold = workbook_add_format(wb);
	lxw_error e;

	if (!bold)
		return error("cannot add the sheet %s", name);
	format_set_bold(bold);
	e = xlsx_sheet(wb, bold, numbers, &(struct tab_sheet){name, t, NULL});
	if (e)
		return error("cannot write the sheet %s: %s", name, tab_xlsx_reason(e));
	return 0;
}
