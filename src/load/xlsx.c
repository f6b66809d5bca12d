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

struct xlsx {
	zip_t *zip;
	struct diags *diags;
	struct book *book;
	char **strings; /* shared strings */
	size_t n_strings;
	bool *date_style; /* per cell style (cellXfs): whether it formats a date */
	size_t n_styles;
	/* Cells of the current sheet (empty ones between included) against
	 * what its size allows: a book keeps a row's cells up to its last, so
	 * a cell "XFD1" of a few bytes would cost 16,384 of them. */
	size_t cells, cell_budget;
	bool too_sparse;
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

/* The part NAME of the archive, whole; NULL when absent (with an error when
 * REQUIRED) or too large. Free it. */
static char *read_part(struct xlsx *X, const char *name, size_t *len, bool required)
{
	zip_stat_t st;
	zip_file_t *f;
	char *buf;

	if (zip_stat(X->zip, name, 0, &st) || !(st.valid & ZIP_STAT_SIZE)) {
		if (required)
			err(X, NULL,
			    "the workbook has no part %s; is it an Excel workbook (.xlsx)?", name);
		return NULL;
	}
	if (st.size > LOAD_MAX_BYTES) {
		err(X, NULL, "the part %s of the workbook is too large to read", name);
		return NULL;
	}
	f = zip_fopen(X->zip, name, 0);
	if (!f) {
		err(X, NULL, "cannot read the part %s of the workbook", name);
		return NULL;
	}
	buf = xmalloc(st.size + 1);
	zip_int64_t got = zip_fread(f, buf, st.size);
	zip_fclose(f);
	if (got < 0 || (zip_uint64_t)got != st.size) {
		free(buf);
		err(X, NULL, "cannot read the part %s of the workbook", name);
		return NULL;
	}
	buf[st.size] = '\0';
	*len = st.size;
	return buf;
}

static xmlTextReaderPtr open_xml(const char *buf, size_t len, const char *name)
{
	return xmlReaderForMemory(buf, (int)len, name, NULL,
	                          XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
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

/* The text inside the current element (empty for <t/>); free() it. */
static char *inner_text(xmlTextReaderPtr r)
{
	if (xmlTextReaderIsEmptyElement(r))
		return xstrdup("");
	xmlChar *s = xmlTextReaderReadString(r);
	char *t = xstrdup(s ? (const char *)s : "");
	xmlFree(s);
	return t;
}

static void read_shared_strings(struct xlsx *X)
{
	size_t len, cap = 0;
	char *buf = read_part(X, "xl/sharedStrings.xml", &len, false);
	struct strbuf sb;
	bool in_si = false, in_phonetic = false;

	if (!buf)
		return;
	xmlTextReaderPtr r = open_xml(buf, len, "sharedStrings.xml");
	sb_init(&sb);
	while (r && xmlTextReaderRead(r) == 1) {
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
			char *t = inner_text(r);
			sb_adds(&sb, t);
			free(t);
		} else if (is_end(r, "si")) {
		add:
			in_si = false;
			if (X->n_strings == cap)
				X->strings = xrealloc(X->strings, (cap = cap ? 2 * cap : 64) *
				                                      sizeof(*X->strings));
			X->strings[X->n_strings++] = xstrdup(sb.buf);
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
	char *buf = read_part(X, "xl/styles.xml", &len, false);
	struct code {
		char *id; /* the number as text, the key of by_id */
		char *code;
	} *codes = NULL;
	struct strmap by_id; /* a format's number -> its code; a later one replaces it */
	bool in_xfs = false;

	if (!buf)
		return;
	strmap_init(&by_id);
	xmlTextReaderPtr r = open_xml(buf, len, "styles.xml");
	while (r && xmlTextReaderRead(r) == 1) {
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

/* One <c> element, the reader on its start; ends on its end. */
static void read_cell(struct xlsx *X, xmlTextReaderPtr r, size_t *next_col)
{
	char *ref = attr(r, "r"), *type = attr(r, "t"), *style = attr(r, "s");
	char *value = NULL;
	struct strbuf inl;
	size_t col = *next_col;
	int row; /* the row element's number is the one kept */
	bool inline_str = false;

	sb_init(&inl);
	if (ref && !parse_ref(ref, &col, &row))
		col = *next_col;
	*next_col = col + 1;
	if (!room_for(X, col)) {
		xmlFree(ref);
		xmlFree(type);
		xmlFree(style);
		return;
	}
	if (!xmlTextReaderIsEmptyElement(r)) {
		int depth = xmlTextReaderDepth(r);
		while (xmlTextReaderRead(r) == 1 && xmlTextReaderDepth(r) > depth) {
			if (is_element(r, "v") && !value) {
				value = inner_text(r);
			} else if (is_element(r, "t")) {
				char *t = inner_text(r);
				sb_adds(&inl, t);
				free(t);
				inline_str = true;
			}
		}
	}
	const char *t = type ? type : "n";
	if (!strcmp(t, "inlineStr") || (inline_str && !value)) {
		book_set_text(X->book, col, inl.buf);
	} else if (!value) {
		/* no value: an empty, formatted cell */
	} else if (!strcmp(t, "s")) {
		char *end;
		unsigned long i = strtoul(value, &end, 10);
		book_set_text(X->book, col, !*end && i < X->n_strings ? X->strings[i] : "");
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
	free(value);
	sb_release(&inl);
	xmlFree(ref);
	xmlFree(type);
	xmlFree(style);
}

static void read_sheet(struct xlsx *X, const char *name, const char *part)
{
	size_t len;
	char *buf = read_part(X, part, &len, true);
	int next_row = 1;
	size_t next_col = 0;

	if (!buf)
		return;
	book_add_sheet(X->book, name, NULL);
	X->cells = 0;
	X->cell_budget = len + 16384;
	X->too_sparse = false;
	xmlTextReaderPtr r = open_xml(buf, len, part);
	bool in_row = false;
	while (r && xmlTextReaderRead(r) == 1) {
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
			read_cell(X, r, &next_col);
		} else if (is_end(r, "row")) {
			in_row = false;
		}
	}
	if (!r || xmlTextReaderRead(r) < 0)
		err(X, NULL, "the sheet %s of the workbook is damaged", name);
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
	char *buf = read_part(X, "xl/_rels/workbook.xml.rels", &len, true);
	xmlTextReaderPtr r = buf ? open_xml(buf, len, "workbook.xml.rels") : NULL;

	strmap_init(&rl->by_id);
	while (r && xmlTextReaderRead(r) == 1) {
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
 * relationship names; a sheet without one is left out. */
static void read_workbook(struct xlsx *X)
{
	size_t len;
	char *buf = read_part(X, "xl/workbook.xml", &len, true);
	struct rels rl = {0};

	if (!buf)
		return;
	read_rels(X, &rl);
	xmlTextReaderPtr r = open_xml(buf, len, "workbook.xml");
	while (r && xmlTextReaderRead(r) == 1) {
		if (!is_element(r, "sheet"))
			continue;
		char *name = attr(r, "name");
		char *rid = (char *)xmlTextReaderGetAttributeNs(r, (const xmlChar *)"id",
		                                                (const xmlChar *)NS_REL);
		size_t k;
		if (rid && !strmap_get(&rl.by_id, rid, &k))
			read_sheet(X, name ? name : "", rl.parts[k]);
		xmlFree(name);
		xmlFree(rid);
	}
	xmlFreeTextReader(r);
	free(buf);
	rels_free(&rl);
}

static bool accepts(const char *path, bool is_dir)
{
	return !is_dir && load_has_extension(path, "xlsx");
}

static enum load_status load(const char *path, bool strict, struct dataset **out,
                             struct diags *diags)
{
	struct book book = {0};
	struct xlsx X = {.diags = diags, .book = &book};
	int zerr = 0;

	*out = NULL;
	errno = 0;
	X.zip = zip_open(path, ZIP_RDONLY, &zerr);
	if (!X.zip) {
		int sys = errno;
		zip_error_t ze;
		zip_error_init_with_code(&ze, zerr);
		char msg[512];
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
			snprintf(
			    msg, sizeof(msg), "%s",
			    msg_tr(
			        "the file is not an Excel workbook (.xlsx): an old .xls file, or "
			        "one protected by a password? Open it in Excel and save it as "
			        "Excel Workbook (.xlsx) without a password"));
			break;
		case ZIP_ER_INCONS:
		case ZIP_ER_EOF:
		case ZIP_ER_CRC:
			snprintf(
			    msg, sizeof(msg), "%s",
			    msg_tr(
			        "the workbook is damaged or was not saved completely; open it in "
			        "Excel and save it again"));
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
		return LOAD_UNREADABLE;
	}
	read_shared_strings(&X);
	read_styles(&X);
	size_t before = diags->errors;
	read_workbook(&X);
	zip_discard(X.zip);
	for (size_t i = 0; i < X.n_strings; i++)
		free(X.strings[i]);
	free(X.strings);
	free(X.date_style);
	enum load_status st = LOAD_UNREADABLE;
	if (diags->errors == before)
		st = load_book(&book, strict, out, diags);
	book_free(&book);
	return st;
}

const struct importer importer_xlsx = {"Excel workbook", accepts, load};
