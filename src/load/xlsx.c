/*
 * load-xlsx: the workbook front end. An .xlsx file is a zip archive of XML
 * parts (ECMA-376); libzip opens the archive and libxml2's streaming
 * reader walks each part, so that memory stays proportional to the cells.
 * The cells become a book (book.h) that load-sheet.c turns into a study.
 */
#include "load/importer.h"
#include "load/sheet.h"
#include "i18n/msg.h"
#include "util/strbuf.h"
#include "util/strmap.h"

#include <zip.h>
#include <libxml/xmlreader.h>
#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define NS_REL "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

/* Bounds that no real study meets (a national one of 20,000 entities
 * unpacks to some 30 MiB), so that a small hostile file cannot cost
 * without end: a text of more characters than an Excel cell holds, XML
 * nested deeper than a workbook's parts ever are (a cell's text is seven
 * deep), and more bytes unpacked from all parts together. */
enum { XLSX_MAX_CHARS = 32767, XLSX_MAX_DEPTH = 32, XLSX_MAX_INFLATED = 256 * 1024 * 1024 };

struct xlsx {
	zip_t *zip;
	struct diags *diags;
	struct book *book;
	const char **strings; /* shared strings, in the book's arena: cells refer to them */
	size_t n_strings;
	bool have_strings; /* whether the workbook has a shared-strings part */
	bool *date_style;  /* per cell style (cellXfs): whether it formats a date */
	size_t n_styles;
	/* Cells of the current sheet (empty ones between included) against
	 * what its size allows: a book keeps a row's cells up to its last, so
	 * a cell "XFD1" of a few bytes would cost 16,384 of them. */
	size_t cells, cell_budget;
	bool too_sparse;
	/* The part being read and, inside a sheet, the cell ("Ties!C14"), for
	 * messages; the first error of a part stops its reading. */
	const char *part;
	char cell[320];
	bool part_failed;
	char xml_error[256]; /* libxml2's reason for the last parse error */
	zip_uint64_t inflated;
	struct strmap parts_read; /* keys owned by part_names */
	char **part_names;
	size_t n_parts;
};

/* An error about the workbook as a whole (AT is NULL) or a part of it. */
static void err(struct xlsx *X, const struct where *at, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
static void err(struct xlsx *X, const struct where *at, const char *fmt, ...)
{
	struct strbuf sb;
	va_list ap;

	sb_init(&sb);
	va_start(ap, fmt);
	sb_vaddf(&sb, msg_tr(fmt), ap);
	va_end(ap);
	diags_add(X->diags, true, at, sb.buf);
	sb_release(&sb);
}

/* An error in the part being read, at its cell where one is known; the
 * part is read no further. */
static void part_err(struct xlsx *X, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void part_err(struct xlsx *X, const char *fmt, ...)
{
	struct strbuf sb;
	struct where at = {.path = X->cell[0] ? X->cell : NULL};
	va_list ap;

	if (X->part_failed)
		return;
	X->part_failed = true;
	sb_init(&sb);
	sb_addf(&sb, msg_tr("the part %s of the workbook cannot be read: "), X->part);
	va_start(ap, fmt);
	sb_vaddf(&sb, msg_tr(fmt), ap);
	va_end(ap);
	diags_add(X->diags, true, &at, sb.buf);
	sb_release(&sb);
}

/* The part NAME of the archive, whole; NULL when absent (with an error when
 * REQUIRED), too large, listed before (ONCE) or unreadable. Free it. */
static char *read_part(struct xlsx *X, const char *name, size_t *len, bool required, bool once)
{
	zip_stat_t st;
	zip_file_t *f;
	char *buf;
	size_t ignored;

	if (zip_stat(X->zip, name, 0, &st) || !(st.valid & ZIP_STAT_SIZE)) {
		if (required)
			err(X, NULL,
			    "the workbook has no part %s; is it an Excel workbook (.xlsx)?", name);
		return NULL;
	}
	if (once && !strmap_get(&X->parts_read, name, &ignored)) {
		err(X, NULL,
		    "the workbook lists the part %s for more than one sheet; open it in Excel and "
		    "save it again",
		    name);
		return NULL;
	}
	if (st.size > LOAD_MAX_BYTES) {
		err(X, NULL,
		    "the part %s of the workbook is too large to read (%llu MiB; at most %d)", name,
		    (unsigned long long)(st.size >> 20), LOAD_MAX_BYTES >> 20);
		return NULL;
	}
	if (X->inflated + st.size > XLSX_MAX_INFLATED) {
		err(X, NULL,
		    "the workbook unpacks to more than %d MiB, far more than a study needs; it is "
		    "not read",
		    XLSX_MAX_INFLATED >> 20);
		return NULL;
	}
	X->inflated += st.size;
	if (once) {
		X->part_names = xrealloc(X->part_names, (X->n_parts + 1) * sizeof(*X->part_names));
		X->part_names[X->n_parts] = xstrdup(name);
		strmap_put(&X->parts_read, X->part_names[X->n_parts], X->n_parts);
		X->n_parts++;
	}
	f = zip_fopen(X->zip, name, 0);
	if (!f) {
		err(X, NULL, "cannot read the part %s of the workbook: %s", name,
		    zip_strerror(X->zip));
		return NULL;
	}
	buf = xmalloc(st.size + 1);
	zip_int64_t got = zip_fread(f, buf, st.size);
	char more;
	/* An entry that holds more than its declared size was cut by it. */
	zip_int64_t extra = got >= 0 && (zip_uint64_t)got == st.size ? zip_fread(f, &more, 1) : 0;
	if (got < 0 || extra < 0 || (zip_uint64_t)got != st.size || extra > 0) {
		const char *why = got < 0 || extra < 0 ? zip_file_strerror(f)
		                                       : msg_tr("its size is not the one declared");
		err(X, NULL, "the part %s of the workbook is damaged: %s", name, why);
		zip_fclose(f);
		free(buf);
		return NULL;
	}
	zip_fclose(f);
	buf[st.size] = '\0';
	*len = st.size;
	return buf;
}

/* Keeps libxml2's reason for a parse error, for the message. */
static void on_xml_error(void *arg, const char *msg, xmlParserSeverities severity,
                         xmlTextReaderLocatorPtr locator)
{
	struct xlsx *X = arg;
	size_t n;

	if (severity != XML_PARSER_SEVERITY_ERROR || X->xml_error[0])
		return;
	snprintf(X->xml_error, sizeof(X->xml_error), "line %d: %s",
	         xmlTextReaderLocatorLineNumber(locator), msg);
	n = strlen(X->xml_error);
	while (n && (X->xml_error[n - 1] == '\n' || X->xml_error[n - 1] == ' '))
		X->xml_error[--n] = '\0';
}

/* A reader of the part NAME (BUF, LEN bytes), which step() then walks. */
static xmlTextReaderPtr open_xml(struct xlsx *X, const char *buf, size_t len, const char *name)
{
	xmlTextReaderPtr r = xmlReaderForMemory(
	    buf, (int)len, name, NULL, XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);

	X->part = name;
	X->part_failed = false;
	X->xml_error[0] = '\0';
	X->cell[0] = '\0';
	if (!r)
		part_err(X, "it is not XML");
	else
		xmlTextReaderSetErrorHandler(r, on_xml_error, X);
	return r;
}

/* The next node of the part: 1, or 0 at its end; -1 after an error (the
 * part does not parse to its end, is nested too deep, declares a document
 * type or uses an entity: a workbook's parts never do). */
static int step(struct xlsx *X, xmlTextReaderPtr r)
{
	int rc;

	if (!r || X->part_failed)
		return -1;
	rc = xmlTextReaderRead(r);
	if (rc < 0) {
		if (X->xml_error[0])
			part_err(X, "it does not parse to its end (%s)", X->xml_error);
		else
			part_err(X, "it does not parse to its end");
		return -1;
	}
	if (rc == 0)
		return 0;
	switch (xmlTextReaderNodeType(r)) {
	case XML_READER_TYPE_DOCUMENT_TYPE:
		part_err(X, "it declares a document type (<!DOCTYPE>) with entities, which "
		            "partnermap does not expand");
		return -1;
	case XML_READER_TYPE_ENTITY_REFERENCE:
		part_err(X, "it uses the entity &%s;, which partnermap does not expand",
		         (const char *)xmlTextReaderConstName(r));
		return -1;
	default:
		break;
	}
	if (xmlTextReaderDepth(r) > XLSX_MAX_DEPTH) {
		part_err(X, "its XML is nested deeper than %d levels", XLSX_MAX_DEPTH);
		return -1;
	}
	return 1;
}

static bool is_element(xmlTextReaderPtr r, const char *local)
{
	return xmlTextReaderNodeType(r) == XML_READER_TYPE_ELEMENT &&
	       !strcmp((const char *)xmlTextReaderConstLocalName(r), local);
}

static bool is_end(xmlTextReaderPtr r, const char *local)
{
	return xmlTextReaderNodeType(r) == XML_READER_TYPE_END_ELEMENT &&
	       !strcmp((const char *)xmlTextReaderConstLocalName(r), local);
}

static char *attr(xmlTextReaderPtr r, const char *name)
{
	return (char *)xmlTextReaderGetAttribute(r, (const xmlChar *)name);
}

static size_t utf8_chars(const char *s, size_t len)
{
	size_t n = 0;

	for (size_t i = 0; i < len; i++)
		n += ((unsigned char)s[i] & 0xC0) != 0x80;
	return n;
}

/* Adds the text inside the current element (nothing for <t/>) to SB,
 * ending on the element's end; false after an error (SB then holds more
 * than an Excel cell does, or the part is damaged). */
static bool add_inner_text(struct xlsx *X, xmlTextReaderPtr r, struct strbuf *sb)
{
	int depth = xmlTextReaderDepth(r), rc;

	if (xmlTextReaderIsEmptyElement(r))
		return true;
	while ((rc = step(X, r)) == 1 && xmlTextReaderDepth(r) > depth) {
		int type = xmlTextReaderNodeType(r);
		if (type != XML_READER_TYPE_TEXT && type != XML_READER_TYPE_CDATA &&
		    type != XML_READER_TYPE_WHITESPACE &&
		    type != XML_READER_TYPE_SIGNIFICANT_WHITESPACE)
			continue;
		const char *v = (const char *)xmlTextReaderConstValue(r);
		size_t n = v ? strlen(v) : 0;
		if (utf8_chars(sb->buf, sb->len) + utf8_chars(v, n) > XLSX_MAX_CHARS) {
			part_err(X, "it holds a text longer than an Excel cell holds (32,767 "
			            "characters)");
			return false;
		}
		sb_add(sb, v, n);
	}
	return rc == 1;
}

/* The text inside the current element, as add_inner_text(); NULL after an
 * error. Free it. */
static char *inner_text(struct xlsx *X, xmlTextReaderPtr r)
{
	struct strbuf sb;

	sb_init(&sb);
	if (!add_inner_text(X, r, &sb)) {
		sb_release(&sb);
		return NULL;
	}
	return sb_detach(&sb);
}

static void read_shared_strings(struct xlsx *X)
{
	size_t len, cap = 0;
	char *buf = read_part(X, "xl/sharedStrings.xml", &len, false, false);
	struct strbuf sb;
	bool in_si = false, in_phonetic = false;

	if (!buf)
		return;
	X->have_strings = true;
	xmlTextReaderPtr r = open_xml(X, buf, len, "xl/sharedStrings.xml");
	sb_init(&sb);
	while (step(X, r) == 1) {
		if (is_element(r, "si")) {
			in_si = true;
			sb_reset(&sb);
			if (xmlTextReaderIsEmptyElement(r))
				goto add;
		} else if (is_element(r, "rPh")) {
			in_phonetic = !xmlTextReaderIsEmptyElement(r);
		} else if (is_end(r, "rPh")) {
			in_phonetic = false;
		} else if (in_si && !in_phonetic && is_element(r, "t")) {
			if (!add_inner_text(X, r, &sb))
				break;
		} else if (is_end(r, "si")) {
		add:
			in_si = false;
			if (X->n_strings == cap)
				X->strings = xrealloc(X->strings, (cap = cap ? 2 * cap : 64) *
				                                      sizeof(*X->strings));
			X->strings[X->n_strings++] = arena_strdup(&X->book->arena, sb.buf);
		}
	}
	sb_release(&sb);
	xmlFreeTextReader(r);
	free(buf);
}

/* Whether a number format shows a date: the built-in date formats, or a
 * format code with a day or year outside quotes and [brackets]. */
static bool format_is_date(int id, const char *code)
{
	if ((id >= 14 && id <= 17) || id == 22 || (id >= 27 && id <= 36) || (id >= 50 && id <= 58))
		return true;
	if (!code)
		return false;
	for (const char *p = code; *p; p++) {
		if (*p == '"') {
			const char *e = strchr(p + 1, '"');
			if (!e)
				return false;
			p = e;
		} else if (*p == '[') {
			const char *e = strchr(p + 1, ']');
			if (!e)
				return false;
			p = e;
		} else if (*p == '\\' && p[1]) {
			p++;
		} else if (strchr("dDyY", *p)) {
			return true;
		}
	}
	return false;
}

static void read_styles(struct xlsx *X)
{
	size_t len, cap = 0, n_codes = 0, codes_cap = 0;
	char *buf = read_part(X, "xl/styles.xml", &len, false, false);
	struct code {
		char *id; /* the number as text, the key of by_id */
		char *code;
	} *codes = NULL;
	struct strmap by_id; /* a format's number -> its code; a later one replaces it */
	bool in_xfs = false;

	if (!buf)
		return;
	strmap_init(&by_id);
	xmlTextReaderPtr r = open_xml(X, buf, len, "xl/styles.xml");
	while (step(X, r) == 1) {
		if (is_element(r, "numFmt")) {
			char *id = attr(r, "numFmtId"), *code = attr(r, "formatCode");
			char key[24];
			size_t i;
			snprintf(key, sizeof(key), "%d", id ? atoi(id) : -1);
			if (!strmap_get(&by_id, key, &i)) {
				free(codes[i].code);
				codes[i].code = xstrdup(code ? code : "");
			} else {
				if (n_codes == codes_cap)
					codes = xrealloc(
					    codes, (codes_cap = codes_cap ? 2 * codes_cap : 16) *
					               sizeof(*codes));
				codes[n_codes].id = xstrdup(key);
				codes[n_codes].code = xstrdup(code ? code : "");
				strmap_put(&by_id, codes[n_codes].id, n_codes);
				n_codes++;
			}
			xmlFree(id);
			xmlFree(code);
		} else if (is_element(r, "cellXfs")) {
			in_xfs = !xmlTextReaderIsEmptyElement(r);
		} else if (is_end(r, "cellXfs")) {
			in_xfs = false;
		} else if (in_xfs && is_element(r, "xf")) {
			char *id = attr(r, "numFmtId");
			int fmt = id ? atoi(id) : 0;
			char key[24];
			size_t i;
			snprintf(key, sizeof(key), "%d", fmt);
			const char *code = strmap_get(&by_id, key, &i) ? NULL : codes[i].code;
			if (X->n_styles == cap)
				X->date_style = xrealloc(X->date_style,
				                         (cap = cap ? 2 * cap : 16) * sizeof(bool));
			X->date_style[X->n_styles++] = format_is_date(fmt, code);
			xmlFree(id);
		}
	}
	xmlFreeTextReader(r);
	strmap_release(&by_id);
	for (size_t i = 0; i < n_codes; i++) {
		free(codes[i].id);
		free(codes[i].code);
	}
	free(codes);
	free(buf);
}

/* Column (0-based) and row of a reference such as "C14"; false when it is
 * not one. */
static bool parse_ref(const char *ref, size_t *col, int *row)
{
	size_t c = 0;
	const char *p = ref;

	for (; *p >= 'A' && *p <= 'Z'; p++) {
		c = c * 26 + (size_t)(*p - 'A' + 1);
		if (c > 16384)
			return false;
	}
	if (p == ref || !c)
		return false;
	char *end;
	long rw = strtol(p, &end, 10);
	if (*end || rw < 1 || rw > 1048576)
		return false;
	*col = c - 1;
	*row = (int)rw;
	return true;
}

/* Whether the current row may hold a cell in column COL: the cells a
 * sheet's rows take, up to their last, stay within its size in bytes (plus
 * one full row), so that memory grows with the file. Reports the first
 * cell beyond that. */
static bool room_for(struct xlsx *X, size_t col)
{
	const struct book_sheet *s = &X->book->sheets[X->book->n_sheets - 1];
	const struct book_row *r = &s->rows[s->n_rows - 1];
	size_t more = col >= r->n_cells ? col + 1 - r->n_cells : 0;

	if (X->too_sparse)
		return false;
	if (X->cells + more <= X->cell_budget) {
		X->cells += more;
		return true;
	}
	char name[24];
	book_cell_name(col, r->row, name);
	X->too_sparse = true;
	err(X, NULL,
	    "the sheet %s of the workbook cannot be read: cell %s lies too far from the "
	    "cells before it; move it next to them",
	    s->name, name);
	return false;
}

/* The text of shared string VALUE (an index) for the current cell; NULL
 * after an error naming the cell. */
static const char *shared_string(struct xlsx *X, const char *value)
{
	char *end;
	unsigned long i = strtoul(value, &end, 10);

	if (!X->have_strings) {
		part_err(X,
		         "the cell refers to shared string %s, but the workbook has no part "
		         "xl/sharedStrings.xml; open it in Excel and save it again",
		         value);
		return NULL;
	}
	if (*end || end == value || i >= X->n_strings) {
		part_err(
		    X,
		    "the cell refers to shared string %s, but the workbook has %zu (0 to %zu); "
		    "open it in Excel and save it again",
		    value, X->n_strings, X->n_strings ? X->n_strings - 1 : 0);
		return NULL;
	}
	return X->strings[i];
}

/* One <c> element, the reader on its start; ends on its end. */
static void read_cell(struct xlsx *X, xmlTextReaderPtr r, const char *sheet, size_t *next_col)
{
	char *ref = attr(r, "r"), *type = attr(r, "t"), *style = attr(r, "s");
	char *value = NULL;
	struct strbuf inl;
	size_t col = *next_col;
	int row; /* the row element's number is the one kept */
	bool inline_str = false;
	char name[24];

	sb_init(&inl);
	if (ref && !parse_ref(ref, &col, &row))
		col = *next_col;
	*next_col = col + 1;
	if (!room_for(X, col))
		goto done;
	{
		const struct book_sheet *s = &X->book->sheets[X->book->n_sheets - 1];
		book_cell_name(col, s->rows[s->n_rows - 1].row, name);
		snprintf(X->cell, sizeof(X->cell), "%s!%s", sheet, name);
	}
	if (!xmlTextReaderIsEmptyElement(r)) {
		int depth = xmlTextReaderDepth(r);
		while (step(X, r) == 1 && xmlTextReaderDepth(r) > depth) {
			if (is_element(r, "v") && !value) {
				if (!(value = inner_text(X, r)))
					goto done;
			} else if (is_element(r, "t")) {
				if (!add_inner_text(X, r, &inl))
					goto done;
				inline_str = true;
			}
		}
		if (X->part_failed)
			goto done;
	}
	const char *t = type ? type : "n";
	if (!strcmp(t, "inlineStr") || (inline_str && !value)) {
		book_set_text(X->book, col, inl.buf);
	} else if (!value) {
		/* no value: an empty, formatted cell */
	} else if (!strcmp(t, "s")) {
		const char *text = shared_string(X, value);
		if (text)
			book_set_text_shared(X->book, col, text);
	} else if (!strcmp(t, "str") || !strcmp(t, "e")) {
		book_set_text(X->book, col, value);
	} else if (!strcmp(t, "d")) {
		book_set_text(X->book, col, value); /* an ISO date as text; the builder reads it */
	} else {
		char *end;
		double x = strtod(value, &end);
		unsigned long s = style ? strtoul(style, NULL, 10) : 0;
		if (*end || end == value)
			book_set_text(X->book, col, value);
		else if (strcmp(t, "b") && s < X->n_styles && X->date_style[s] &&
		         book_excel_date(x) != 0)
			book_set_date(X->book, col, book_excel_date(x));
		else
			book_set_number(X->book, col, x);
	}
done:
	X->cell[0] = '\0';
	free(value);
	sb_release(&inl);
	xmlFree(ref);
	xmlFree(type);
	xmlFree(style);
}

static void read_sheet(struct xlsx *X, const char *name, const char *part)
{
	size_t len;
	char *buf = read_part(X, part, &len, true, true);
	int next_row = 1;
	size_t next_col = 0;

	if (!buf)
		return;
	book_add_sheet(X->book, name, NULL);
	X->cells = 0;
	X->cell_budget = len + 16384;
	X->too_sparse = false;
	xmlTextReaderPtr r = open_xml(X, buf, len, part);
	bool in_row = false;
	while (step(X, r) == 1 && !X->too_sparse) {
		if (is_element(r, "row")) {
			char *rn = attr(r, "r");
			long n = rn ? strtol(rn, NULL, 10) : next_row;
			xmlFree(rn);
			if (n < next_row || n > 1048576)
				n = next_row;
			next_row = (int)n + 1;
			next_col = 0;
			book_add_row(X->book, (int)n);
			in_row = !xmlTextReaderIsEmptyElement(r);
		} else if (in_row && is_element(r, "c")) {
			read_cell(X, r, name, &next_col);
		} else if (is_end(r, "row")) {
			in_row = false;
		}
	}
	xmlFreeTextReader(r);
	free(buf);
}

/* The parts of the workbook's relationships, by id: the first of an id
 * counts (strmap_put() keeps it). IDS and PARTS own the strings. */
struct rels {
	struct strmap by_id;
	char **ids, **parts;
	size_t n, cap;
};

static void read_rels(struct xlsx *X, struct rels *rl)
{
	size_t len;
	char *buf = read_part(X, "xl/_rels/workbook.xml.rels", &len, true, false);
	xmlTextReaderPtr r = buf ? open_xml(X, buf, len, "xl/_rels/workbook.xml.rels") : NULL;

	strmap_init(&rl->by_id);
	while (step(X, r) == 1) {
		if (!is_element(r, "Relationship"))
			continue;
		char *id = attr(r, "Id"), *target = attr(r, "Target");
		if (id && target) {
			struct strbuf sb;
			sb_init(&sb);
			if (target[0] == '/')
				sb_adds(&sb, target + 1);
			else
				sb_addf(&sb, "xl/%s", target);
			if (rl->n == rl->cap) {
				rl->cap = rl->cap ? 2 * rl->cap : 8;
				rl->ids = xrealloc(rl->ids, rl->cap * sizeof(*rl->ids));
				rl->parts = xrealloc(rl->parts, rl->cap * sizeof(*rl->parts));
			}
			rl->ids[rl->n] = xstrdup(id);
			rl->parts[rl->n] = sb_detach(&sb);
			strmap_put(&rl->by_id, rl->ids[rl->n], rl->n);
			rl->n++;
		}
		xmlFree(id);
		xmlFree(target);
	}
	xmlFreeTextReader(r);
	free(buf);
}

static void rels_free(struct rels *rl)
{
	strmap_release(&rl->by_id);
	for (size_t i = 0; i < rl->n; i++) {
		free(rl->ids[i]);
		free(rl->parts[i]);
	}
	free(rl->ids);
	free(rl->parts);
}

/* Reads every sheet workbook.xml lists, in its order, from the part its
 * relationship names; a sheet without one is left out. The list is read
 * whole first, so that each part's messages name that part. */
static void read_workbook(struct xlsx *X)
{
	size_t len, n = 0;
	char *buf = read_part(X, "xl/workbook.xml", &len, true, false);
	struct rels rl = {0};
	char **names = NULL;
	size_t *which = NULL;

	if (!buf)
		return;
	read_rels(X, &rl);
	xmlTextReaderPtr r = open_xml(X, buf, len, "xl/workbook.xml");
	while (step(X, r) == 1) {
		if (!is_element(r, "sheet"))
			continue;
		char *name = attr(r, "name");
		char *rid = (char *)xmlTextReaderGetAttributeNs(r, (const xmlChar *)"id",
		                                                (const xmlChar *)NS_REL);
		size_t k;
		if (rid && !strmap_get(&rl.by_id, rid, &k)) {
			names = xrealloc(names, (n + 1) * sizeof(*names));
			which = xrealloc(which, (n + 1) * sizeof(*which));
			names[n] = xstrdup(name ? name : "");
			which[n++] = k;
		}
		xmlFree(name);
		xmlFree(rid);
	}
	bool listed = !X->part_failed;
	xmlFreeTextReader(r);
	for (size_t i = 0; i < n; i++) {
		if (listed)
			read_sheet(X, names[i], rl.parts[which[i]]);
		free(names[i]);
	}
	free(names);
	free(which);
	free(buf);
	rels_free(&rl);
}

static bool accepts(const char *path, bool is_dir)
{
	return !is_dir && load_has_extension(path, "xlsx");
}

/* What the file PATH is when it is no zip archive, by its first bytes: a
 * message for a person, or NULL when it cannot be told. */
static const char *not_a_zip(const char *path, bool *cut_zip)
{
	unsigned char head[512];
	FILE *fp = fopen(path, "rb");
	size_t n = fp ? fread(head, 1, sizeof(head), fp) : 0;
	size_t i = 0;

	*cut_zip = false;
	if (fp)
		fclose(fp);
	if (!fp)
		return NULL;
	if (n == 0)
		return msg_tr("the file is empty (0 bytes): it was not saved or copied completely; "
		              "open the workbook in Excel and save it again");
	if (n >= 4 && !memcmp(head, "PK\3\4", 4)) {
		*cut_zip = true;
		return msg_tr("the workbook is cut off: it was not saved or copied completely; "
		              "copy it again, or open it in Excel and save it again");
	}
	if (n >= 8 && !memcmp(head, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8))
		return msg_tr("the file is not an Excel workbook (.xlsx): an old .xls file, or "
		              "one protected by a password? Open it in Excel and save it as "
		              "Excel Workbook (.xlsx) without a password");
	if (n >= 3 && !memcmp(head, "\xEF\xBB\xBF", 3))
		i = 3;
	while (i < n && strchr(" \t\r\n", head[i]))
		i++;
	if (i < n && head[i] == '<')
		return msg_tr("the file is a web page (HTML) or XML file named .xlsx, not a "
		              "workbook; open it in Excel and save it as Excel Workbook (.xlsx)");
	if (!memchr(head, '\0', n))
		return msg_tr("the file is text (a CSV file?) named .xlsx, not a workbook; open it "
		              "in Excel and save it as Excel Workbook (.xlsx), or give partnermap "
		              "a folder of CSV files");
	return NULL;
}

/* Opens PATH as a zip archive; NULL after a message in DIAGS. */
static zip_t *open_zip(const char *path, struct diags *diags)
{
	int zerr = 0;
	zip_t *z;

	errno = 0;
	z = zip_open(path, ZIP_RDONLY, &zerr);
	if (z)
		return z;
	int sys = errno;
	zip_error_t ze;
	zip_error_init_with_code(&ze, zerr);
	char msg[512];
	bool cut_zip;
	const char *what;
	/* What a person meets, in her language and with what to do; libzip's
	 * own (English) reason only where nothing better is known. */
	switch (zerr) {
	case ZIP_ER_NOENT:
	case ZIP_ER_OPEN:
	case ZIP_ER_READ:
		snprintf(msg, sizeof(msg), msg_tr("cannot open the file: %s"),
		         msg_strerror(zerr == ZIP_ER_NOENT ? ENOENT
		                      : sys                ? sys
		                                           : EIO));
		break;
	case ZIP_ER_NOZIP:
		what = not_a_zip(path, &cut_zip);
		snprintf(msg, sizeof(msg), "%s",
		         what
		             ? what
		             : msg_tr("the file is not an Excel workbook (.xlsx); open it in Excel "
		                      "and save it as Excel Workbook (.xlsx)"));
		break;
	case ZIP_ER_INCONS:
	case ZIP_ER_EOF:
	case ZIP_ER_CRC:
		what = not_a_zip(path, &cut_zip);
		snprintf(msg, sizeof(msg), "%s",
		         cut_zip
		             ? what
		             : msg_tr("the workbook is damaged or was not saved completely; open "
		                      "it in Excel and save it again"));
		break;
	case ZIP_ER_MEMORY:
		snprintf(msg, sizeof(msg), "%s",
		         msg_tr("there is not enough memory to read the workbook"));
		break;
	default:
		snprintf(msg, sizeof(msg),
		         msg_tr("cannot read the file as an Excel workbook (.xlsx): %s"),
		         zip_error_strerror(&ze));
	}
	zip_error_fini(&ze);
	diags_add(diags, true, NULL, msg);
	return NULL;
}

/* Reads the cells of the workbook open as Z into BOOK; false after errors
 * in DIAGS. */
static bool read_book(zip_t *z, struct book *book, struct diags *diags)
{
	struct xlsx X = {.zip = z, .diags = diags, .book = book};
	size_t before = diags->errors;

	strmap_init(&X.parts_read);
	read_shared_strings(&X);
	if (diags->errors == before)
		read_styles(&X);
	if (diags->errors == before)
		read_workbook(&X);
	free(X.strings);
	free(X.date_style);
	strmap_release(&X.parts_read);
	for (size_t i = 0; i < X.n_parts; i++)
		free(X.part_names[i]);
	free(X.part_names);
	return diags->errors == before;
}

static enum load_status load(const char *path, bool strict, struct dataset **out,
                             struct diags *diags)
{
	struct book book = {0};
	zip_t *z;
	enum load_status st = LOAD_INVALID;

	*out = NULL;
	if (!(z = open_zip(path, diags)))
		return LOAD_UNREADABLE;
	if (read_book(z, &book, diags))
		st = load_book(&book, strict, out, diags);
	zip_discard(z);
	book_free(&book);
	return st;
}

/* Whether BOOK holds a row below the header of its entities' or ties'
 * sheet. */
static bool has_study_rows(const struct book *book)
{
	for (size_t i = 0; i < book->n_sheets; i++) {
		const struct book_sheet *s = &book->sheets[i];
		int id = book_find_sheet(s->name);
		size_t filled = 0;
		if (id != SH_ENTITIES && id != SH_TIES)
			continue;
		for (size_t r = 0; r < s->n_rows; r++) {
			bool any = false;
			for (size_t c = 0; c < s->rows[r].n_cells && !any; c++) {
				const struct book_cell *cell = &s->rows[r].cells[c];
				any = cell->type != CELL_EMPTY &&
				      (cell->type != CELL_TEXT ||
				       cell->text[strspn(cell->text, " ")]);
			}
			if (any && ++filled == 2)
				return true;
		}
	}
	return false;
}

bool load_workbook_holds_study(const char *path)
{
	struct diags d = {0};
	struct book book = {0};
	zip_t *z = open_zip(path, &d);
	bool study = false;

	if (z && read_book(z, &book, &d))
		study = has_study_rows(&book);
	if (z)
		zip_discard(z);
	book_free(&book);
	diags_release(&d);
	return study;
}

const struct importer importer_xlsx = {"Excel workbook", accepts, load};
