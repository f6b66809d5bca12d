/*
 * doc: the report as one list of blocks (headings, paragraphs, list items,
 * tables, figures), built once from the model (report/build.c) and walked
 * by every writer of the report (report/page.c for index.html,
 * report/docx.c for a Word document), so that they cannot say different
 * things. Text is held as it is, unescaped: each writer escapes it for
 * its own format. The doc owns every string in it.
 */
#ifndef PARTNERMAP_REPORT_DOC_H
#define PARTNERMAP_REPORT_DOC_H

#include <stdbool.h>
#include <stddef.h>

#include "i18n/texts.h"

enum block_kind { BLOCK_HEADING, BLOCK_PARA, BLOCK_ITEM, BLOCK_TABLE, BLOCK_FIGURE };

/* How a paragraph or list item reads; a writer may show it its own way. */
enum block_style {
	STYLE_PLAIN,
	STYLE_WARN,     /* a finding that asks for attention */
	STYLE_STRONG,   /* a remark said before anything else (the what-if) */
	STYLE_SUBTITLE, /* below the title, and the closing line */
	STYLE_PAIRS,    /* a list item in a long list of pairs */
	STYLE_FILES,    /* file names beside the page, separated by spaces */
};

struct doc_cell {
	char *text;
	bool number; /* aligned right */
	bool header; /* a header cell (the first row's, or a row's label) */
};

struct doc_row {
	struct doc_cell *cells;
	size_t n, alloc;
};

struct doc_table {
	struct doc_row *rows; /* rows[0] is the header row */
	size_t n_rows, alloc;
	size_t n_cols; /* of the widest row; a writer pads shorter rows */
};

struct block {
	enum block_kind kind;
	enum block_style style;
	int level;    /* heading: 1 title, 2 section, 3 part, 4 list's title */
	char *anchor; /* section heading: its id in the page; else NULL */
	char *text;   /* heading, paragraph, item; figure: its caption */
	char *figure; /* figure: the file name without extension ("network-wave1") */
	/* Only in the page: links to files beside it, which a single document
	 * does not have. */
	bool page_only;
	struct doc_table table;
};

struct doc {
	struct block *b;
	size_t n, alloc;
	enum lang lang;
	char *lang_tag; /* "en-GB", "nl-NL" */
	char *title;
};

void doc_init(struct doc *d);
void doc_free(struct doc *d);

/* Appends a block of KIND with TEXT (copied; may be NULL) and returns it. */
struct block *doc_add(struct doc *d, enum block_kind kind, const char *text);

/* Starts a table; the row started first is its header row. */
struct block *doc_table(struct doc *d);
/* Starts a row in the last block, which must be a table. */
void doc_row(struct doc *d);
/* Appends a cell (TEXT copied) to the row being filled. */
void doc_cell(struct doc *d, const char *text, bool number, bool header);

#endif
