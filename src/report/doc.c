/* doc: the report's blocks, each owning its strings. */
#include "report/doc.h"
#include "util/strbuf.h"

#include <stdlib.h>
#include <string.h>

void doc_init(struct doc *d)
{
	memset(d, 0, sizeof(*d));
}

void doc_free(struct doc *d)
{
	for (size_t i = 0; i < d->n; i++) {
		struct block *b = &d->b[i];
		for (size_t r = 0; r < b->table.n_rows; r++) {
			for (size_t c = 0; c < b->table.rows[r].n; c++)
				free(b->table.rows[r].cells[c].text);
			free(b->table.rows[r].cells);
		}
		free(b->table.rows);
		free(b->anchor);
		free(b->text);
		free(b->figure);
	}
	free(d->b);
	free(d->lang_tag);
	free(d->title);
	memset(d, 0, sizeof(*d));
}

struct block *doc_add(struct doc *d, enum block_kind kind, const char *text)
{
	struct block *b;

	if (d->n == d->alloc) {
		d->alloc = d->alloc ? 2 * d->alloc : 64;
		d->b = xrealloc(d->b, d->alloc * sizeof(*d->b));
	}
	b = &d->b[d->n++];
	memset(b, 0, sizeof(*b));
	b->kind = kind;
	b->text = text ? xstrdup(text) : NULL;
	return b;
}

struct block *doc_table(struct doc *d)
{
	return doc_add(d, BLOCK_TABLE, NULL);
}

void doc_row(struct doc *d)
{
	struct doc_table *t = &d->b[d->n - 1].table;

	if (t->n_rows == t->alloc) {
		t->alloc = t->alloc ? 2 * t->alloc : 8;
		t->rows = xrealloc(t->rows, t->alloc * sizeof(*t->rows));
	}
	memset(&t->rows[t->n_rows++], 0, sizeof(*t->rows));
}

void doc_cell(struct doc *d, const char *text, bool number, bool header)
{
	struct doc_table *t = &d->b[d->n - 1].table;
	struct doc_row *r = &t->rows[t->n_rows - 1];

	if (r->n == r->alloc) {
		r->alloc = r->alloc ? 2 * r->alloc : 8;
		r->cells = xrealloc(r->cells, r->alloc * sizeof(*r->cells));
	}
	r->cells[r->n++] = (struct doc_cell){xstrdup(text ? text : ""), number, header};
	if (r->n > t->n_cols)
		t->n_cols = r->n;
}
