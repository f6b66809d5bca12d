/*
 * page: index.html from the report's blocks. Text reaches the page only
 * through esc(), so no name can become markup; the markup around it is
 * our own.
 */
#include "report/page.h"
#include "report/explore.h"
#include "util/strbuf.h"

#include <string.h>

static void esc(FILE *out, const char *s)
{
	struct strbuf sb;

	sb_init(&sb);
	sb_add_xml(&sb, s, 1);
	fputs(sb.buf, out);
	sb_release(&sb);
}

static const char style[] =
    "<style>\n"
    "body{font-family:\"DejaVu Sans\",Arial,sans-serif;font-size:11pt;line-height:1.45;"
    "max-width:48em;margin:2em auto;padding:0 1em;color:#1a1a1a}\n"
    "h1{font-size:1.6em;margin-bottom:.2em}h2{font-size:1.25em;margin-top:2em;"
    "border-bottom:1px solid #ccc;page-break-after:avoid}h3,h4{page-break-after:avoid}\n"
    "table{border-collapse:collapse;margin:1em 0;font-size:.92em}"
    "th,td{padding:.25em .6em;border-bottom:1px solid #ddd;text-align:left;"
    "vertical-align:top}.n{text-align:right}\n"
    "figure{margin:1em 0;page-break-inside:avoid}img{max-width:100%;height:auto}"
    "figcaption{font-size:.8em;color:#555}\n"
    "li.warn{color:#8a3200}.subtitle{color:#555}.pairs{columns:2;font-size:.9em}\n"
    "nav ol{columns:2}\n"
    "#explore{border:1px solid #ccc;padding:0 1em 1em}.x-controls label{margin-right:1em}"
    "#x-hits button{margin:.2em}.x-view{display:flex;gap:1em;align-items:flex-start}"
    "#x-svg{flex:3;min-width:0;width:100%;height:auto;border:1px solid #eee}"
    "#x-info{flex:1}.tie{stroke:#888}.tie.on{stroke:#d55e00}.off{opacity:.2}"
    ".node circle{fill:#56b4e9;stroke:#333}.node.team circle{fill:#cc79a7}"
    ".node.municipality circle{fill:#0072b2}.node.informal circle{fill:#f0e442}"
    ".node.focus circle{stroke:#d55e00;stroke-width:3}.node{cursor:pointer}"
    ".node text{font-size:8px;text-anchor:middle}\n"
    "@page{size:A4;margin:2cm}@media print{body{max-width:none;margin:0}"
    "nav,figcaption,#explore{display:none}a{color:inherit;text-decoration:none}"
    "figure{break-inside:avoid}figure img{max-height:24cm;width:auto}}\n"
    "</style>\n";
/* The contents, before the first section, and the interactive part. */
static void contents(FILE *out, const struct doc *d, const struct model *m,
                     const struct positions *pos)
{
	fputs("<nav><h2>", out);
	esc(out, tx(d->lang, T_R_CONTENTS));
	fputs("</h2><ol>\n", out);
	for (size_t i = 0; i < d->n; i++) {
		if (d->b[i].kind != BLOCK_HEADING || !d->b[i].anchor)
			continue;
		fprintf(out, "<li><a href=\"#%s\">", d->b[i].anchor);
		esc(out, d->b[i].text);
		fputs("</a></li>\n", out);
	}
	fputs("</ol></nav>\n", out);
	explore_write(out, m, pos, d->lang);
}

static void heading(FILE *out, const struct block *b)
{
	if (b->anchor)
		fprintf(out, "<h%d id=\"%s\">", b->level, b->anchor);
	else
		fprintf(out, "<h%d>", b->level);
	esc(out, b->text);
	fprintf(out, "</h%d>\n", b->level);
}

/* Each name of the paragraph links the file beside the page. */
static void files(FILE *out, const char *names)
{
	fputs("<p class=\"files\">", out);
	for (const char *s = names; *s;) {
		size_t n = strcspn(s, " ");
		fprintf(out, "%s<a href=\"%.*s\">%.*s</a>", s == names ? "" : " ", (int)n, s,
		        (int)n, s);
		s += n + strspn(s + n, " ");
	}
	fputs("</p>\n", out);
}

static void para(FILE *out, const struct block *b)
{
	static const char *const open[] = {
	    [STYLE_PLAIN] = "<p>",
	    [STYLE_WARN] = "<p class=\"warn\">",
	    [STYLE_STRONG] = "<p class=\"warn\"><strong>",
	    [STYLE_SUBTITLE] = "<p class=\"subtitle\">",
	    [STYLE_PAIRS] = "<p>",
	};

	if (b->style == STYLE_FILES) {
		files(out, b->text);
		return;
	}
	fputs(open[b->style], out);
	esc(out, b->text);
	fputs(b->style == STYLE_STRONG ? "</strong></p>\n" : "</p>\n", out);
}

/* An item, opening the list at the first of a run of items and closing
 * it after the last. */
static void item(FILE *out, const struct block *b, bool first, bool last)
{
	if (first)
		fputs(b->style == STYLE_PAIRS ? "<ul class=\"pairs\">\n" : "<ul>\n", out);
	fputs(b->style == STYLE_WARN ? "<li class=\"warn\">" : "<li>", out);
	esc(out, b->text);
	fputs("</li>\n", out);
	if (last)
		fputs("</ul>\n", out);
}

static void table(FILE *out, const struct doc_table *t)
{
	fputs("<table><thead>", out);
	for (size_t r = 0; r < t->n_rows; r++) {
		fputs("<tr>", out);
		for (size_t c = 0; c < t->n_cols; c++) {
			const struct doc_cell *x = c < t->rows[r].n ? &t->rows[r].cells[c] : NULL;
			const char *tag = !r || (x && x->header) ? "th" : "td";
			fprintf(out, "<%s%s>", tag, x && x->number ? " class=\"n\"" : "");
			esc(out, x ? x->text : "");
			fprintf(out, "</%s>", tag);
		}
		fputs(r ? "</tr>\n" : "</tr></thead><tbody>\n", out);
	}
	fputs("</tbody></table>\n", out);
}

static void figure(FILE *out, const struct block *b)
{
	fprintf(out, "<figure><img src=\"%s.svg\" alt=\"", b->figure);
	esc(out, b->text);
	fprintf(out,
	        "\"><figcaption><a href=\"%s.png\">PNG</a> · <a href=\"%s.svg\">SVG</a>"
	        "</figcaption></figure>\n",
	        b->figure, b->figure);
}

int report_page(FILE *out, const struct doc *d, const struct model *m, const struct positions *pos)
{
	bool sections = false;

	fprintf(out, "<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n<meta charset=\"utf-8\">\n",
	        tx(d->lang, T_R_LANG));
	fprintf(out,
	        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
	        "img-src 'self'; style-src 'unsafe-inline'; script-src %s\">\n<title>",
	        explore_script_hash());
	esc(out, d->title);
	fputs("</title>\n", out);
	fputs(style, out);
	fputs("</head>\n<body>\n", out);
	for (size_t i = 0; i < d->n; i++) {
		const struct block *b = &d->b[i];
		switch (b->kind) {
		case BLOCK_HEADING:
			if (b->anchor && !sections) {
				contents(out, d, m, pos);
				sections = true;
			}
			heading(out, b);
			break;
		case BLOCK_PARA:
			para(out, b);
			break;
		case BLOCK_ITEM:
			item(out, b, !i || d->b[i - 1].kind != BLOCK_ITEM,
			     i + 1 == d->n || d->b[i + 1].kind != BLOCK_ITEM);
			break;
		case BLOCK_TABLE:
			table(out, &b->table);
			break;
		case BLOCK_FIGURE:
			figure(out, b);
			break;
		}
	}
	fputs("</body>\n</html>\n", out);
	return ferror(out) ? -1 : 0;
}
