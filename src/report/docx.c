/*
 * docx: the Word document. Each part is written by libxml2's xmlwriter
 * into memory, which escapes every text; the control characters XML 1.0
 * forbids are turned into spaces first (xml_text()), so a name with them
 * still makes a document Word opens. The parts are zipped in memory and
 * the archive is written to the caller's file at the end, so a failure
 * leaves nothing half-written there.
 */
#include "report/docx.h"
#include "i18n/msg.h"
#include "util/strbuf.h"

#include <libxml/xmlwriter.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <zip.h>

#define NS_W   "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
#define NS_R   "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
#define NS_WP  "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
#define NS_A   "http://schemas.openxmlformats.org/drawingml/2006/main"
#define NS_PIC "http://schemas.openxmlformats.org/drawingml/2006/picture"
#define NS_REL "http://schemas.openxmlformats.org/package/2006/relationships"
#define REL    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"

/* A4 in twentieths of a point; a centimetre in those and in EMU. */
enum { A4_W = 11906, A4_H = 16838, MARGIN_TB = 1418 };
#define TWIPS_PER_CM 566.929
#define EMU_PER_CM   360000.0
/* The tallest a diagram may be on the page, so that it and its caption
 * fit below the margins. */
#define MAX_HEIGHT_CM 21.0

struct part {
	xmlBufferPtr buf;
	xmlTextWriterPtr w;
	int failed;
};

static int part_begin(struct part *p)
{
	p->failed = 0;
	p->buf = xmlBufferCreate();
	p->w = p->buf ? xmlNewTextWriterMemory(p->buf, 0) : NULL;
	if (!p->w)
		return -1;
	p->failed |= xmlTextWriterStartDocument(p->w, NULL, "UTF-8", "yes") < 0;
	return 0;
}

static void start(struct part *p, const char *name)
{
	p->failed |= xmlTextWriterStartElement(p->w, BAD_CAST name) < 0;
}

static void end(struct part *p)
{
	p->failed |= xmlTextWriterEndElement(p->w) < 0;
}

static void attr(struct part *p, const char *name, const char *value)
{
	p->failed |= xmlTextWriterWriteAttribute(p->w, BAD_CAST name, BAD_CAST value) < 0;
}

static void attr_long(struct part *p, const char *name, long value)
{
	p->failed |= xmlTextWriterWriteFormatAttribute(p->w, BAD_CAST name, "%ld", value) < 0;
}

/* An empty element with one attribute (NAME may be NULL: none). */
static void empty(struct part *p, const char *elem, const char *name, const char *value)
{
	start(p, elem);
	if (name)
		attr(p, name, value);
	end(p);
}

/* S with the characters XML 1.0 forbids (controls other than tab,
 * newline and carriage return) as spaces; tabs and newlines too, since a
 * run of text in Word is one line. */
static char *xml_text(const char *s)
{
	char *t = xstrdup(s ? s : "");

	for (unsigned char *c = (unsigned char *)t; *c; c++)
		if (*c < 0x20 || *c == 0x7f)
			*c = ' ';
	return t;
}

static void text(struct part *p, const char *s)
{
	char *t = xml_text(s);

	p->failed |= xmlTextWriterWriteString(p->w, BAD_CAST t) < 0;
	free(t);
}

static void attr_text(struct part *p, const char *name, const char *s)
{
	char *t = xml_text(s);

	attr(p, name, t);
	free(t);
}

/* Ends the part and adds it to Z as NAME. Returns 0, or -1. */
static int part_end(struct part *p, zip_t *z, const char *name)
{
	int rc = -1;

	p->failed |= xmlTextWriterEndDocument(p->w) < 0;
	xmlFreeTextWriter(p->w);
	p->w = NULL;
	if (!p->failed) {
		size_t len = (size_t)xmlBufferLength(p->buf);
		char *copy = xmalloc(len ? len : 1);
		memcpy(copy, xmlBufferContent(p->buf), len);
		zip_source_t *src = zip_source_buffer(z, copy, len, 1);
		if (!src)
			free(copy);
		else if (zip_file_add(z, name, src, ZIP_FL_ENC_UTF_8) < 0)
			zip_source_free(src);
		else
			rc = 0;
	}
	xmlBufferFree(p->buf);
	p->buf = NULL;
	return rc;
}

/* ---- the package's own parts ---- */

static int content_types(zip_t *z)
{
	static const char *const overrides[][2] = {
	    {"/word/document.xml",
	     "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"},
	    {"/word/styles.xml",
	     "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"},
	    {"/word/settings.xml",
	     "application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"},
	    {"/word/numbering.xml",
	     "application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"},
	    {"/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"},
	    {"/docProps/app.xml",
	     "application/vnd.openxmlformats-officedocument.extended-properties+xml"},
	};
	struct part p;

	if (part_begin(&p))
		return -1;
	start(&p, "Types");
	attr(&p, "xmlns", "http://schemas.openxmlformats.org/package/2006/content-types");
	start(&p, "Default");
	attr(&p, "Extension", "rels");
	attr(&p, "ContentType", "application/vnd.openxmlformats-package.relationships+xml");
	end(&p);
	start(&p, "Default");
	attr(&p, "Extension", "xml");
	attr(&p, "ContentType", "application/xml");
	end(&p);
	start(&p, "Default");
	attr(&p, "Extension", "png");
	attr(&p, "ContentType", "image/png");
	end(&p);
	for (size_t i = 0; i < sizeof(overrides) / sizeof(overrides[0]); i++) {
		start(&p, "Override");
		attr(&p, "PartName", overrides[i][0]);
		attr(&p, "ContentType", overrides[i][1]);
		end(&p);
	}
	end(&p);
	return part_end(&p, z, "[Content_Types].xml");
}

static void relationship(struct part *p, const char *id, const char *type, const char *target)
{
	start(p, "Relationship");
	attr(p, "Id", id);
	attr(p, "Type", type);
	attr(p, "Target", target);
	end(p);
}

static int package_rels(zip_t *z)
{
	struct part p;

	if (part_begin(&p))
		return -1;
	start(&p, "Relationships");
	attr(&p, "xmlns", NS_REL);
	relationship(&p, "rId1", REL "officeDocument", "word/document.xml");
	relationship(&p, "rId2",
	             "http://schemas.openxmlformats.org/package/2006/relationships/metadata/"
	             "core-properties",
	             "docProps/core.xml");
	relationship(&p, "rId3", REL "extended-properties", "docProps/app.xml");
	end(&p);
	return part_end(&p, z, "_rels/.rels");
}

/* The document's relationships: its styles, settings and numbering, and
 * picture I as rIdP(I + 1), media/imageI+1.png. */
static int document_rels(zip_t *z, size_t n_pictures)
{
	struct part p;

	if (part_begin(&p))
		return -1;
	start(&p, "Relationships");
	attr(&p, "xmlns", NS_REL);
	relationship(&p, "rId1", REL "styles", "styles.xml");
	relationship(&p, "rId2", REL "settings", "settings.xml");
	relationship(&p, "rId3", REL "numbering", "numbering.xml");
	for (size_t i = 0; i < n_pictures; i++) {
		char id[32], target[48];
		snprintf(id, sizeof(id), "rIdP%zu", i + 1);
		snprintf(target, sizeof(target), "media/image%zu.png", i + 1);
		relationship(&p, id, REL "image", target);
	}
	end(&p);
	return part_end(&p, z, "word/_rels/document.xml.rels");
}

/* partnermap as the author and the last to save it: output.c replaces a
 * document only while both say so, so one an advisor edited and saved is
 * never overwritten. */
static int core_props(zip_t *z, const struct doc *d)
{
	struct part p;

	if (part_begin(&p))
		return -1;
	start(&p, "cp:coreProperties");
	attr(&p, "xmlns:cp",
	     "http://schemas.openxmlformats.org/package/2006/metadata/core-properties");
	attr(&p, "xmlns:dc", "http://purl.org/dc/elements/1.1/");
	attr(&p, "xmlns:dcterms", "http://purl.org/dc/terms/");
	start(&p, "dc:title");
	text(&p, d->title);
	end(&p);
	start(&p, "dc:creator");
	text(&p, "partnermap");
	end(&p);
	start(&p, "cp:lastModifiedBy");
	text(&p, "partnermap");
	end(&p);
	start(&p, "dc:language");
	text(&p, d->lang_tag);
	end(&p);
	end(&p);
	return part_end(&p, z, "docProps/core.xml");
}

static int app_props(zip_t *z)
{
	struct part p;

	if (part_begin(&p))
		return -1;
	start(&p, "Properties");
	attr(&p, "xmlns",
	     "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties");
	start(&p, "Application");
	text(&p, "partnermap");
	end(&p);
	end(&p);
	return part_end(&p, z, "docProps/app.xml");
}

static int settings(zip_t *z, const struct doc *d)
{
	struct part p;

	if (part_begin(&p))
		return -1;
	start(&p, "w:settings");
	attr(&p, "xmlns:w", NS_W);
	empty(&p, "w:defaultTabStop", "w:val", "708");
	start(&p, "w:themeFontLang");
	attr(&p, "w:val", d->lang_tag);
	end(&p);
	start(&p, "w:compat");
	start(&p, "w:compatSetting");
	attr(&p, "w:name", "compatibilityMode");
	attr(&p, "w:uri", "http://schemas.microsoft.com/office/word");
	attr(&p, "w:val", "15");
	end(&p);
	end(&p);
	end(&p);
	return part_end(&p, z, "word/settings.xml");
}

/* One bullet list (numId 1) for every list of the report. */
static int numbering(zip_t *z)
{
	struct part p;

	if (part_begin(&p))
		return -1;
	start(&p, "w:numbering");
	attr(&p, "xmlns:w", NS_W);
	start(&p, "w:abstractNum");
	attr(&p, "w:abstractNumId", "0");
	start(&p, "w:lvl");
	attr(&p, "w:ilvl", "0");
	empty(&p, "w:start", "w:val", "1");
	empty(&p, "w:numFmt", "w:val", "bullet");
	empty(&p, "w:lvlText", "w:val", "\xe2\x80\xa2");
	empty(&p, "w:lvlJc", "w:val", "left");
	start(&p, "w:pPr");
	start(&p, "w:ind");
	attr(&p, "w:left", "720");
	attr(&p, "w:hanging", "360");
	end(&p);
	end(&p);
	end(&p);
	end(&p);
	start(&p, "w:num");
	attr(&p, "w:numId", "1");
	empty(&p, "w:abstractNumId", "w:val", "0");
	end(&p);
	end(&p);
	return part_end(&p, z, "word/numbering.xml");
}

/* ---- styles ---- */

/* A paragraph style: ID, NAME (Word's own name for its built-in styles,
 * "heading 1", so that Word treats them as its own), the outline level
 * (-1: none), the size in half points (0: the default), bold, COLOR (NULL:
 * the default) and the space before and after in twips. */
static void para_style(struct part *p, const char *id, const char *name, int outline, int size,
                       bool bold, const char *color, int before, int after)
{
	start(p, "w:style");
	attr(p, "w:type", "paragraph");
	attr(p, "w:styleId", id);
	if (!strcmp(id, "Normal"))
		attr(p, "w:default", "1");
	empty(p, "w:name", "w:val", name);
	if (strcmp(id, "Normal")) {
		empty(p, "w:basedOn", "w:val", "Normal");
		empty(p, "w:next", "w:val", "Normal");
	}
	empty(p, "w:qFormat", NULL, NULL);
	start(p, "w:pPr");
	if (outline >= 0)
		empty(p, "w:keepNext", NULL, NULL);
	start(p, "w:spacing");
	attr_long(p, "w:before", before);
	attr_long(p, "w:after", after);
	end(p);
	if (outline >= 0) {
		start(p, "w:outlineLvl");
		attr_long(p, "w:val", outline);
		end(p);
	}
	end(p);
	start(p, "w:rPr");
	if (bold)
		empty(p, "w:b", NULL, NULL);
	if (color)
		empty(p, "w:color", "w:val", color);
	if (size) {
		start(p, "w:sz");
		attr_long(p, "w:val", size);
		end(p);
	}
	end(p);
	end(p);
}

static int styles(zip_t *z, const struct doc *d)
{
	struct part p;

	if (part_begin(&p))
		return -1;
	start(&p, "w:styles");
	attr(&p, "xmlns:w", NS_W);
	start(&p, "w:docDefaults");
	start(&p, "w:rPrDefault");
	start(&p, "w:rPr");
	start(&p, "w:rFonts");
	attr(&p, "w:ascii", "Calibri");
	attr(&p, "w:hAnsi", "Calibri");
	attr(&p, "w:cs", "Calibri");
	attr(&p, "w:eastAsia", "Calibri");
	end(&p);
	empty(&p, "w:sz", "w:val", "22");
	start(&p, "w:lang");
	attr(&p, "w:val", d->lang_tag);
	attr(&p, "w:bidi", "ar-SA");
	attr(&p, "w:eastAsia", d->lang_tag);
	end(&p);
	end(&p);
	end(&p);
	start(&p, "w:pPrDefault");
	start(&p, "w:pPr");
	start(&p, "w:spacing");
	attr(&p, "w:after", "120");
	attr(&p, "w:line", "264");
	attr(&p, "w:lineRule", "auto");
	end(&p);
	end(&p);
	end(&p);
	end(&p);
	para_style(&p, "Normal", "Normal", -1, 0, false, NULL, 0, 120);
	para_style(&p, "Title", "Title", -1, 40, true, NULL, 0, 120);
	para_style(&p, "Subtitle", "Subtitle", -1, 0, false, "555555", 0, 60);
	para_style(&p, "Heading1", "heading 1", 0, 30, true, "1F3864", 360, 120);
	para_style(&p, "Heading2", "heading 2", 1, 26, true, "1F3864", 240, 80);
	para_style(&p, "Heading3", "heading 3", 2, 22, true, "1F3864", 200, 60);
	para_style(&p, "Caption", "caption", -1, 18, false, "555555", 60, 240);
	para_style(&p, "ListParagraph", "List Paragraph", -1, 0, false, NULL, 0, 60);
	para_style(&p, "TableText", "Table Text", -1, 19, false, NULL, 0, 0);
	/* A table with a line under each row, as on the page. */
	start(&p, "w:style");
	attr(&p, "w:type", "table");
	attr(&p, "w:styleId", "ReportTable");
	empty(&p, "w:name", "w:val", "Report Table");
	start(&p, "w:tblPr");
	start(&p, "w:tblBorders");
	static const char *const sides[] = {"w:top", "w:bottom", "w:insideH"};
	for (int i = 0; i < 3; i++) {
		start(&p, sides[i]);
		attr(&p, "w:val", "single");
		attr(&p, "w:sz", "4");
		attr(&p, "w:space", "0");
		attr(&p, "w:color", "BBBBBB");
		end(&p);
	}
	end(&p);
	start(&p, "w:tblCellMar");
	static const char *const pad[] = {"w:left", "w:right"};
	for (int i = 0; i < 2; i++) {
		start(&p, pad[i]);
		attr(&p, "w:w", "85");
		attr(&p, "w:type", "dxa");
		end(&p);
	}
	end(&p);
	end(&p);
	end(&p);
	end(&p);
	return part_end(&p, z, "word/styles.xml");
}

/* ---- the document ---- */

struct body {
	struct part p;
	const struct doc *d;
	const struct docx_picture *pics;
	size_t n_pics;
	double width_cm;
	long drawing_id;
};

/* A run of TEXT, bold and in COLOR (NULL: the style's) when asked. */
static void run(struct part *p, const char *s, bool bold, const char *color)
{
	start(p, "w:r");
	if (bold || color) {
		start(p, "w:rPr");
		if (bold)
			empty(p, "w:b", NULL, NULL);
		if (color)
			empty(p, "w:color", "w:val", color);
		end(p);
	}
	start(p, "w:t");
	attr(p, "xml:space", "preserve");
	text(p, s);
	end(p);
	end(p);
}

static void paragraph(struct part *p, const char *style, const char *s, bool bold,
                      const char *color)
{
	start(p, "w:p");
	if (style) {
		start(p, "w:pPr");
		empty(p, "w:pStyle", "w:val", style);
		end(p);
	}
	run(p, s, bold, color);
	end(p);
}

static void heading(struct part *p, const struct block *b)
{
	static const char *const styles[] = {"Title", "Title", "Heading1", "Heading2", "Heading3"};

	paragraph(p, styles[b->level < 0 ? 0 : b->level > 4 ? 4 : b->level], b->text, false, NULL);
}

static void item(struct part *p, const struct block *b)
{
	start(p, "w:p");
	start(p, "w:pPr");
	empty(p, "w:pStyle", "w:val", "ListParagraph");
	start(p, "w:numPr");
	empty(p, "w:ilvl", "w:val", "0");
	empty(p, "w:numId", "w:val", "1");
	end(p);
	end(p);
	run(p, b->text, false, b->style == STYLE_WARN ? "8A3200" : NULL);
	end(p);
}

static void table_cell(struct part *p, const struct doc_cell *c, bool head)
{
	start(p, "w:tc");
	start(p, "w:p");
	start(p, "w:pPr");
	empty(p, "w:pStyle", "w:val", "TableText");
	if (c && c->number)
		empty(p, "w:jc", "w:val", "right");
	end(p);
	if (c && *c->text)
		run(p, c->text, head || c->header, NULL);
	end(p);
	end(p);
}

static void table(struct part *p, const struct doc_table *t)
{
	start(p, "w:tbl");
	start(p, "w:tblPr");
	empty(p, "w:tblStyle", "w:val", "ReportTable");
	start(p, "w:tblW");
	attr(p, "w:w", "0");
	attr(p, "w:type", "auto");
	end(p);
	end(p);
	start(p, "w:tblGrid");
	for (size_t c = 0; c < t->n_cols; c++)
		empty(p, "w:gridCol", NULL, NULL);
	end(p);
	for (size_t r = 0; r < t->n_rows; r++) {
		start(p, "w:tr");
		start(p, "w:trPr");
		empty(p, "w:cantSplit", NULL, NULL);
		if (!r)
			empty(p, "w:tblHeader", NULL, NULL);
		end(p);
		for (size_t c = 0; c < t->n_cols; c++)
			table_cell(p, c < t->rows[r].n ? &t->rows[r].cells[c] : NULL, !r);
		end(p);
	}
	end(p);
	/* Word joins two tables that touch; a paragraph keeps them apart. */
	start(p, "w:p");
	end(p);
}

/* The picture's size in pixels from its IHDR chunk; 0 when not a PNG. */
static void png_size(const struct docx_picture *pic, unsigned long *w, unsigned long *h)
{
	const unsigned char *s = (const unsigned char *)pic->data;

	*w = *h = 0;
	if (pic->len < 24 || memcmp(s, "\x89PNG\r\n\x1a\n", 8) || memcmp(s + 12, "IHDR", 4))
		return;
	*w = (unsigned long)s[16] << 24 | (unsigned long)s[17] << 16 | (unsigned long)s[18] << 8 |
	     s[19];
	*h = (unsigned long)s[20] << 24 | (unsigned long)s[21] << 16 | (unsigned long)s[22] << 8 |
	     s[23];
}

static void drawing(struct body *b, size_t pic, const char *caption)
{
	struct part *p = &b->p;
	unsigned long pw, ph;
	double w_cm = b->width_cm, h_cm;
	char rid[32], name[48];

	png_size(&b->pics[pic], &pw, &ph);
	if (!pw || !ph)
		return;
	h_cm = w_cm * (double)ph / (double)pw;
	if (h_cm > MAX_HEIGHT_CM) {
		w_cm *= MAX_HEIGHT_CM / h_cm;
		h_cm = MAX_HEIGHT_CM;
	}
	long cx = lround(w_cm * EMU_PER_CM), cy = lround(h_cm * EMU_PER_CM), id = ++b->drawing_id;
	snprintf(rid, sizeof(rid), "rIdP%zu", pic + 1);
	snprintf(name, sizeof(name), "%s.png", b->pics[pic].name);

	start(p, "w:p");
	start(p, "w:pPr");
	empty(p, "w:keepNext", NULL, NULL);
	empty(p, "w:jc", "w:val", "center");
	end(p);
	start(p, "w:r");
	start(p, "w:drawing");
	start(p, "wp:inline");
	static const char *const dist[] = {"distT", "distB", "distL", "distR"};
	for (int i = 0; i < 4; i++)
		attr(p, dist[i], "0");
	start(p, "wp:extent");
	attr_long(p, "cx", cx);
	attr_long(p, "cy", cy);
	end(p);
	start(p, "wp:docPr");
	attr_long(p, "id", id);
	attr(p, "name", name);
	attr_text(p, "descr", caption);
	end(p);
	start(p, "wp:cNvGraphicFramePr");
	start(p, "a:graphicFrameLocks");
	attr(p, "noChangeAspect", "1");
	end(p);
	end(p);
	start(p, "a:graphic");
	start(p, "a:graphicData");
	attr(p, "uri", NS_PIC);
	start(p, "pic:pic");
	start(p, "pic:nvPicPr");
	start(p, "pic:cNvPr");
	attr_long(p, "id", id);
	attr(p, "name", name);
	end(p);
	empty(p, "pic:cNvPicPr", NULL, NULL);
	end(p);
	start(p, "pic:blipFill");
	empty(p, "a:blip", "r:embed", rid);
	start(p, "a:stretch");
	empty(p, "a:fillRect", NULL, NULL);
	end(p);
	end(p);
	start(p, "pic:spPr");
	start(p, "a:xfrm");
	start(p, "a:off");
	attr(p, "x", "0");
	attr(p, "y", "0");
	end(p);
	start(p, "a:ext");
	attr_long(p, "cx", cx);
	attr_long(p, "cy", cy);
	end(p);
	end(p);
	start(p, "a:prstGeom");
	attr(p, "prst", "rect");
	empty(p, "a:avLst", NULL, NULL);
	end(p);
	end(p);
	end(p); /* pic:pic */
	end(p); /* a:graphicData */
	end(p); /* a:graphic */
	end(p); /* wp:inline */
	end(p); /* w:drawing */
	end(p); /* w:r */
	end(p); /* w:p */
	paragraph(p, "Caption", caption, false, NULL);
}

static void figure(struct body *b, const struct block *blk)
{
	for (size_t i = 0; i < b->n_pics; i++)
		if (!strcmp(b->pics[i].name, blk->figure)) {
			drawing(b, i, blk->text);
			return;
		}
}

/* A4, with margins that leave a column as wide as the diagrams (16 cm,
 * or --width up to 19). */
static void section(struct body *b)
{
	struct part *p = &b->p;
	double column = b->width_cm < 16 ? 16 : b->width_cm > 19 ? 19 : b->width_cm;
	long side = lround((A4_W - column * TWIPS_PER_CM) / 2);

	start(p, "w:sectPr");
	start(p, "w:pgSz");
	attr_long(p, "w:w", A4_W);
	attr_long(p, "w:h", A4_H);
	end(p);
	start(p, "w:pgMar");
	attr_long(p, "w:top", MARGIN_TB);
	attr_long(p, "w:right", side);
	attr_long(p, "w:bottom", MARGIN_TB);
	attr_long(p, "w:left", side);
	attr(p, "w:header", "709");
	attr(p, "w:footer", "709");
	attr(p, "w:gutter", "0");
	end(p);
	end(p);
}

static int document(zip_t *z, struct body *b)
{
	struct part *p = &b->p;

	if (part_begin(p))
		return -1;
	start(p, "w:document");
	attr(p, "xmlns:w", NS_W);
	attr(p, "xmlns:r", NS_R);
	attr(p, "xmlns:wp", NS_WP);
	attr(p, "xmlns:a", NS_A);
	attr(p, "xmlns:pic", NS_PIC);
	start(p, "w:body");
	for (size_t i = 0; i < b->d->n; i++) {
		const struct block *blk = &b->d->b[i];
		if (blk->page_only)
			continue;
		switch (blk->kind) {
		case BLOCK_HEADING:
			heading(p, blk);
			break;
		case BLOCK_PARA:
			paragraph(p, blk->style == STYLE_SUBTITLE ? "Subtitle" : NULL, blk->text,
			          blk->style == STYLE_STRONG,
			          blk->style == STYLE_WARN || blk->style == STYLE_STRONG ? "8A3200"
			                                                                 : NULL);
			break;
		case BLOCK_ITEM:
			item(p, blk);
			break;
		case BLOCK_TABLE:
			table(p, &blk->table);
			break;
		case BLOCK_FIGURE:
			figure(b, blk);
			break;
		}
	}
	section(b);
	end(p);
	end(p);
	return part_end(p, z, "word/document.xml");
}

static int pictures(zip_t *z, const struct docx_picture *pics, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		char name[48];
		zip_source_t *src = zip_source_buffer(z, pics[i].data, pics[i].len, 0);
		zip_int64_t at;
		snprintf(name, sizeof(name), "word/media/image%zu.png", i + 1);
		if (!src)
			return -1;
		at = zip_file_add(z, name, src, ZIP_FL_ENC_UTF_8);
		if (at < 0) {
			zip_source_free(src);
			return -1;
		}
		/* A PNG is compressed already. */
		zip_set_file_compression(z, (zip_uint64_t)at, ZIP_CM_STORE, 0);
	}
	return 0;
}

/* Copies the archive in SRC, which zip_close() finished, to OUT. */
static int copy_out(zip_source_t *src, FILE *out)
{
	char buf[65536];
	zip_int64_t n;
	int rc = 0;

	if (zip_source_open(src) < 0)
		return -1;
	while ((n = zip_source_read(src, buf, sizeof(buf))) > 0)
		if (fwrite(buf, 1, (size_t)n, out) != (size_t)n)
			rc = -1;
	if (n < 0)
		rc = -1;
	zip_source_close(src);
	return rc;
}

int report_docx(FILE *out, const struct doc *d, const struct docx_picture *pics, size_t n,
                double width_cm)
{
	struct body b = {
	    .d = d, .pics = pics, .n_pics = n, .width_cm = width_cm > 0 ? width_cm : 16};
	zip_error_t ze;
	zip_source_t *src;
	zip_t *z = NULL;
	int rc = -1;

	zip_error_init(&ze);
	src = zip_source_buffer_create(NULL, 0, 0, &ze);
	if (src)
		z = zip_open_from_source(src, ZIP_TRUNCATE, &ze);
	if (!z)
		goto done;
	zip_source_keep(src);
	if (content_types(z) || package_rels(z) || document_rels(z, n) || core_props(z, d) ||
	    app_props(z) || settings(z, d) || numbering(z) || styles(z, d) || document(z, &b) ||
	    pictures(z, pics, n)) {
		zip_discard(z);
		goto done;
	}
	if (zip_close(z) < 0) {
		zip_discard(z);
		goto done;
	}
	rc = copy_out(src, out);
done:
	if (rc)
		error("cannot write the Word document: %s",
		      zip_error_code_zip(&ze) ? zip_error_strerror(&ze) : "out of memory");
	if (src)
		zip_source_free(src);
	zip_error_fini(&ze);
	return rc;
}
