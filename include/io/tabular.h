/*
 * tabular: rows of typed cells written as an aligned table for people, as
 * CSV (RFC 4180) for spreadsheets, as an Excel workbook, or as JSON objects
 * for programs. The table borrows its strings; they must outlive it.
 *
 * A table has a language (English unless set after tab_init): the table
 * for people writes its numbers with that language's decimal mark. CSV in
 * English is for programs (keys as headers, ',' and a decimal point, as
 * always); CSV in a language that asks for a byte-order mark (Dutch) is for
 * its spreadsheets: the headers for people, its separator, its decimal
 * mark and the mark, so that Dutch Excel opens it as it is.
 */
#ifndef PARTNERMAP_IO_TABULAR_H
#define PARTNERMAP_IO_TABULAR_H

#include <cjson/cJSON.h>
#include <stdbool.h>
#include <stdio.h>

#include "i18n/texts.h"

enum format { FORMAT_TABLE, FORMAT_CSV, FORMAT_JSON };

enum col_type { COL_STR, COL_INT, COL_REAL, COL_BOOL, COL_LIST };

struct column {
	const char *key;    /* CSV header and JSON key */
	const char *header; /* table header for people */
	enum col_type type;
	int decimals; /* table only: digits after the point */
	bool flex;    /* table only: this column shrinks to fit the width */
	bool machine; /* only in CSV and JSON, not in the table for people */
};

struct cell {
	bool null;
	const char *s; /* COL_STR; COL_LIST: items joined by ", " in text */
	const char *const *list;
	size_t n_list;
	long i;   /* COL_INT */
	double r; /* COL_REAL; NAN is null */
	bool b;   /* COL_BOOL */
};

struct tabular {
	enum lang lang; /* LANG_EN after tab_init() */
	const struct column *cols;
	size_t ncols, nrows, alloc;
	struct cell *cells; /* row-major */
	struct column *own; /* columns made for this table, freed by tab_free() */
	void *owned; /* NULL, or one block the cells point into (strings or lists), freed with the
	                table */
};

void tab_init(struct tabular *t, const struct column *cols, size_t ncols);
/* The same with columns made at run time (e.g. headers in a language):
 * the table takes COLS, from malloc(), and frees them. */
void tab_init_own(struct tabular *t, struct column *cols, size_t ncols);
/* The same for a table of fixed columns COLS whose headers for people are
 * the texts HEADERS (one per column) in LANG; the table shows numbers in
 * LANG as well. */
void tab_init_in(struct tabular *t, const struct column *cols, const enum text_id *headers,
                 size_t ncols, enum lang lang);
void tab_free(struct tabular *t);
/* Adds a last column KEY, only in CSV and JSON, that holds true on every
 * row: a remark about every row, such as "pseudonymised". Call it after
 * the rows are added. */
void tab_add_flag(struct tabular *t, const char *key, const char *header);
/* The same with TEXT (which must outlive the table) on every row, such as
 * the what-if that changed the network. Both leave a table that has a
 * column KEY already as it is, so that the layer that makes a table and
 * the one that writes it may each say the same remark. */
void tab_add_note(struct tabular *t, const char *key, const char *header, const char *text);
/* Appends a row and returns its ncols cells, zeroed. */
struct cell *tab_row(struct tabular *t);

/* Aligned text; rows in the order given by ORDER (NULL: as added), every
 * cell measured in the columns a terminal shows it in (utf8_width()), so a
 * wide or combining character keeps the table aligned. WIDTH is the line
 * length to fit, 0 for no limit: columns are left out from the
 * right until the table fits with its flex column (names) whole; only a
 * width too small for the names alone shortens them. */
void tab_write_text(FILE *out, const struct tabular *t, const size_t *order, int width);
/* CSV with a header row (see above); SEP 0 is the language's separator.
 * SEP ';' also writes numbers with a decimal comma, as spreadsheets set up
 * for Dutch expect. Strings that a spreadsheet would take for a formula are
 * prefixed with a quote. */
void tab_write_csv(FILE *out, const struct tabular *t, char sep);
/* The two halves of tab_write_csv(), for a table written in parts (one
 * header, then the rows of each part): a long table need not be held whole. */
void tab_write_csv_header(FILE *out, const struct tabular *t, char sep);
void tab_write_csv_rows(FILE *out, const struct tabular *t, char sep);

/* The text of a field that tab_write_csv() wrote (*S, *LEN bytes, already
 * unquoted by a CSV reader): without the quote put before what a
 * spreadsheet would take for a formula. */
void tab_csv_field_text(const char **s, size_t *len);

/* The header of column C in CSV and workbooks: the key in English, the
 * header for people in a language that writes spreadsheet CSV. */
const char *tab_csv_header(const struct tabular *t, size_t c);

/* One worksheet of a workbook: NAME (at most 31 characters, none of
 * []:*?/\), a table and its row order (NULL: as added). */
struct tab_sheet {
	const char *name;
	const struct tabular *t;
	const size_t *order;
};

/* Writes an Excel workbook (.xlsx) to the file PATH, one worksheet per
 * sheet: a bold header row (tab_csv_header) that stays in view, then one
 * row per table row with numbers as numbers (shown with the column's
 * decimals), booleans as booleans, lists joined by "; " and empty cells
 * for missing values. Writes PATH directly: give it output.c's temporary
 * file (struct output's tmp). Returns 0, or -1 after an error message. */
int tab_write_xlsx(const char *path, const struct tab_sheet *sheets, size_t n);
/* Adds the table as a worksheet NAME to WB, an open libxlsxwriter
 * workbook, written as tab_write_xlsx() writes each sheet. Returns 0, or
 * -1 after an error message. */
struct lxw_workbook;
int tab_add_worksheet(struct lxw_workbook *wb, const char *name, const struct tabular *t);
/* A new libxlsxwriter workbook at PATH whose author is partnermap, the mark
 * by which output.c knows it may replace the file; NULL when it cannot be
 * created (errno says why). */
struct lxw_workbook *tab_workbook_new(const char *path);

/* Why libxlsxwriter failed (its lxw_error E), as a person should read it:
 * in the messages' language with what to do for the cases people meet
 * (a file open in Excel, a full disk), else libxlsxwriter's own words. */
const char *tab_xlsx_reason(int e);

/* A JSON array of one object per row, a cJSON node per cell (keys and
 * strings copied), printed by cJSON like any other item. NULL when memory
 * runs out. The caller owns it. Consecutive columns whose keys are
 * OBJECT.MEMBER are the members of one object OBJECT. */
cJSON *tab_to_json(const struct tabular *t);

/* A number as JSON: null for NAN. */
cJSON *json_number(double x);
/* Writes the JSON document, pretty-printed, with a final newline. Returns
 * 0, or -1 when it could not be printed (out of memory). */
int json_write(FILE *out, const cJSON *doc);

/* The width of standard output when it is a terminal, else 0. */
int terminal_width(void);

/* The line length of prose for people on standard output: the terminal's
 * width, but at most 80 (longer lines read badly); 80 when standard output
 * is not a terminal, so that a result pasted into a mail reads the same. */
int prose_width(void);

/* Writes TEXT (any number of lines) with every line wider than WIDTH
 * columns broken at spaces. A continuation line is indented as far as
 * its line's leading spaces, plus the width of a leading list mark ("1. ",
 * "- ") or else HANG. Lines that fit are written as they are; a word wider than a line
 * stays whole. */
void write_prose(FILE *out, const char *text, int width, int hang);

/* Collects prose written piecemeal, for write_prose(): prose_open()
 * returns the stream to write to (OUT itself, unwrapped, when memory runs
 * out); prose_close() writes what was collected to OUT, wrapped at
 * prose_width() with HANG, and frees it. */
struct prose {
	FILE *fp, *out;
	char *buf;
	size_t len;
	int hang;
};
FILE *prose_open(struct prose *p, FILE *out, int hang);
void prose_close(struct prose *p);

#endif
