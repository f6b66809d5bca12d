/*
 * book: a study as sheets of cells (workbook.md), between the readers and
 * writers of workbooks and CSV folders and the study itself. The format's
 * sheet and column names, in English and Dutch, are defined here once, for
 * reading, writing and the template alike. Every string of a book lives in
 * its arena until book_free().
 */
#ifndef PARTNERMAP_STUDY_BOOK_H
#define PARTNERMAP_STUDY_BOOK_H

#include <stdbool.h>
#include <stddef.h>

#include "util/arena.h"
#include "i18n/texts.h"

enum sheet_id {
	SH_STUDY,
	SH_WAVES,
	SH_TASKS,
	SH_ENTITIES,
	SH_MEMBERS,
	SH_INTERVIEWS,
	SH_TIES,
	SH_COUNT
};

enum col_id {
	COL_KEY,
	COL_VALUE,
	COL_ID,
	COL_DATE,
	COL_LABEL,
	COL_NAME,
	COL_KIND,
	COL_MUNICIPALITIES,
	COL_DOMAINS,
	COL_AREAS,
	COL_TARGET_GROUPS,
	COL_SINCE,
	COL_UNTIL,
	COL_TEAM,
	COL_MEMBER,
	COL_WAVE,
	COL_RESPONDENT,
	COL_WITH,
	COL_TYPE,
	COL_LEVEL,
	COL_TRUST,
	COL_NOTE,
	COL_COUNT,
	COL_OTHER = COL_COUNT /* an attribute (Entities) or a task (Interviews) */
};

/* The sheet's name in a language, and its columns in the format's order. */
const char *book_sheet_name(enum sheet_id s, enum lang lang);
bool book_sheet_required(enum sheet_id s);
const enum col_id *book_sheet_columns(enum sheet_id s, size_t *n);
const char *book_column_name(enum col_id c, enum lang lang);

/* The sheet NAME names in either language, ignoring case, spaces and
 * underscores; -1 when none. */
int book_find_sheet(const char *name);
/* The column of sheet S that HEADER names, likewise; -1 when none. */
int book_find_column(enum sheet_id s, const char *header);
/* Whether HEADER heads a column of remarks (workbook.md: note, remark,
 * comment, opmerking, toelichting, notitie, ...), likewise. */
bool book_is_remark(const char *header);

enum cell_type { CELL_EMPTY, CELL_TEXT, CELL_NUMBER, CELL_DATE };

struct book_cell {
	enum cell_type type;
	const char *text; /* CELL_TEXT */
	double number;    /* CELL_NUMBER */
	int date;         /* CELL_DATE: YYYYMMDD (date.h) */
};

struct book_row {
	struct book_cell *cells;
	size_t n_cells;
	int row; /* 1-based, as the spreadsheet numbers it */
};

struct book_sheet {
	const char *name; /* as the source spells it */
	const char *file; /* CSV: the file, for messages; NULL in a workbook */
	struct book_row *rows;
	size_t n_rows;
};

struct book {
	struct book_sheet *sheets;
	size_t n_sheets;
	struct arena arena;
};

/* Adds a sheet, a row to the last sheet, or a cell to the last row
 * (column COL, 0-based; cells between are empty). Strings are copied. */
struct book_sheet *book_add_sheet(struct book *b, const char *name, const char *file);
struct book_row *book_add_row(struct book *b, int row);
void book_set_text(struct book *b, size_t col, const char *text);
/* As book_set_text() for TEXT that already lives in the book's arena (a
 * workbook's shared strings): the cell refers to it, nothing is copied. */
void book_set_text_shared(struct book *b, size_t col, const char *text);
void book_set_number(struct book *b, size_t col, double number);
void book_set_date(struct book *b, size_t col, int date);
void book_free(struct book *b);

/* "C14" for 0-based column 2, row 14, into BUF. */
void book_cell_name(size_t col, int row, char buf[static 24]);

/* The date of an Excel serial number (1900 date system); DATE_NONE when
 * out of range. */
int book_excel_date(double serial);
/* The Excel serial number of a date. */
double book_excel_serial(int date);

#endif
