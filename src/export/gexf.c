/* export-gexf: every wave as one dynamic network (GEXF 1.3), written with
 * libxml2's xmlTextWriter, which escapes every name and value. An entity
 * or tie present in a wave has a spell from that wave's date to the day
 * before the next wave's date (open for the last wave); each measure is a
 * dynamic attribute with its value in each of those spells. A study
 * whose waves have no dates counts waves 1, 2, ... instead. */
#include "util/version.h"
#include "util/date.h"
#include "export/export.h"
#include "i18n/msg.h"

#include <libxml/xmlwriter.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

struct gexf {
	xmlTextWriterPtr w;
	const struct export_input *in;
	size_t n_waves;
	bool dated;
	char (*start)[24], (*end)[24]; /* per wave; end "" for the last */
	int failed;
	struct strbuf sb;
};

static void start(struct gexf *g, const char *name)
{
	g->failed |= xmlTextWriterStartElement(g->w, BAD_CAST name) < 0;
}

static void end(struct gexf *g)
{
	g->failed |= xmlTextWriterEndElement(g->w) < 0;
}

static void attr(struct gexf *g, const char *name, const char *value)
{
	g->failed |= xmlTextWriterWriteAttribute(g->w, BAD_CAST name, BAD_CAST value) < 0;
}

static void element(struct gexf *g, const char *name, const char *text)
{
	g->failed |= xmlTextWriterWriteElement(g->w, BAD_CAST name, BAD_CAST text) < 0;
}

static void spell_times(struct gexf *g, size_t w)
{
	attr(g, "start", g->start[w]);
	if (*g->end[w])
		attr(g, "end", g->end[w]);
}

/* The value of a cell as GEXF writes it; false for null. */
static bool value_text(enum key_type type, const struct cell *c, char *buf, size_t n)
{
	switch (type) {
	case KEY_ID:
	case KEY_STRING:
		snprintf(buf, n, "%s", c->s ? c->s : "");
		return true;
	case KEY_INTEGER:
		snprintf(buf, n, "%ld", c->i);
		return true;
	case KEY_NUMBER:
	case KEY_NULLABLE:
		if (isnan(c->r))
			return false;
		snprintf(buf, n, "%.17g", c->r);
		return true;
	case KEY_BOOL:
		snprintf(buf, n, "%s", c->b ? "true" : "false");
		return true;
	}
	return false;
}

static const char *gexf_type(enum key_type type)
{
	switch (type) {
	case KEY_INTEGER:
		return "integer";
	case KEY_NUMBER:
	case KEY_NULLABLE:
		return "double";
	case KEY_BOOL:
		return "boolean";
	case KEY_ID:
	case KEY_STRING:
		break;
	}
	return "string";
}

static void declare(struct gexf *g, const char *class, const char *mode,
                    const struct export_column *cols, size_t n, bool by_wave)
{
	start(g, "attributes");
	attr(g, "class", class);
	attr(g, "mode", mode);
	for (size_t i = 0; i < n; i++) {
		/* id and name are the node's own id and label. */
		if (cols[i].by_wave != by_wave || !strcmp(cols[i].key, "id") ||
		    (!strcmp(class, "node") && !strcmp(cols[i].key, "name")))
			continue;
		start(g, "attribute");
		attr(g, "id", cols[i].key);
		attr(g, "title", cols[i].key);
		attr(g, "type", gexf_type(cols[i].type));
		end(g);
	}
	end(g);
}

/* One value of a node or tie: static without times, dynamic in wave W. */
static void attvalue(struct gexf *g, const char *key, enum key_type type, const struct cell *c,
                     long w)
{
	char buf[64];
	const char *text = buf;

	if (type == KEY_ID || type == KEY_STRING)
		text = c->s ? c->s : "";
	else if (!value_text(type, c, buf, sizeof(buf)))
		return; /* null: GEXF has no null, so the value is left out */
	start(g, "attvalue");
	attr(g, "for", key);
	attr(g, "value", text);
	if (w >= 0)
		spell_times(g, (size_t)w);
	end(g);
}

static void write_nodes(struct gexf *g, const struct export_column *cols, size_t n_cols)
{
	const struct dataset *ds = g->in->ds;
	struct cell c;

	start(g, "nodes");
	for (size_t e = 0; e < ds->n_entities && !g->failed; e++) {
		long first = -1;
		for (size_t w = 0; w < g->n_waves && first < 0; w++)
			if (g->in->nets[w].vertex[e] >= 0)
				first = (long)w;
		if (first < 0)
			continue; /* in no wave */
		start(g, "node");
		attr(g, "id", ds->entities[e].id);
		attr(g, "label", ds->entities[e].name);
		start(g, "attvalues");
		for (size_t k = 0; k < n_cols; k++) {
			if (!strcmp(cols[k].key, "id") || !strcmp(cols[k].key, "name"))
				continue;
			if (!cols[k].by_wave) {
				export_node_value(g->in, (size_t)first,
				                  g->in->nets[first].vertex[e], &cols[k], &c,
				                  &g->sb);
				attvalue(g, cols[k].key, cols[k].type, &c, -1);
				continue;
			}
			for (size_t w = 0; w < g->n_waves; w++) {
				igraph_integer_t v = g->in->nets[w].vertex[e];
				if (v < 0)
					continue;
				export_node_value(g->in, w, v, &cols[k], &c, &g->sb);
				attvalue(g, cols[k].key, cols[k].type, &c, (long)w);
			}
		}
		end(g);
		start(g, "spells");
		for (size_t w = 0; w < g->n_waves; w++)
			if (g->in->nets[w].vertex[e] >= 0) {
				start(g, "spell");
				spell_times(g, w);
				end(g);
			}
		end(g);
		end(g);
	}
	end(g);
}

/* A tie of one wave: its two entities (a < b) and where it is. */
struct tie_at {
	size_t a, b, wave;
	igraph_integer_t edge;
};

static int by_pair(const void *pa, const void *pb)
{
	const struct tie_at *x = pa, *y = pb;

	if (x->a != y->a)
		return x->a < y->a ? -1 : 1;
	if (x->b != y->b)
		return x->b < y->b ? -1 : 1;
	return (x->wave > y->wave) - (x->wave < y->wave);
}

static void write_edges(struct gexf *g)
{
	size_t n = 0, total = 0;
	struct tie_at *ties;
	struct cell c;

	for (size_t w = 0; w < g->n_waves; w++)
		total += (size_t)g->in->nets[w].m;
	ties = xcalloc(total + 1, sizeof(*ties));
	for (size_t w = 0; w < g->n_waves; w++) {
		const struct network *net = &g->in->nets[w];
		for (igraph_integer_t e = 0; e < net->m; e++) {
			size_t a = net->entity[net->ties[e].a], b = net->entity[net->ties[e].b];
			ties[n++] = (struct tie_at){a < b ? a : b, a < b ? b : a, w, e};
		}
	}
	qsort(ties, n, sizeof(*ties), by_pair);
	start(g, "edges");
	for (size_t i = 0, id = 0; i < n && !g->failed; id++) {
		size_t j = i;
		char buf[32];
		while (j < n && ties[j].a == ties[i].a && ties[j].b == ties[i].b)
			j++;
		start(g, "edge");
		snprintf(buf, sizeof(buf), "%zu", id);
		attr(g, "id", buf);
		attr(g, "source", g->in->ds->entities[ties[i].a].id);
		attr(g, "target", g->in->ds->entities[ties[i].b].id);
		start(g, "attvalues");
		for (size_t k = 0; k < n_export_tie_columns; k++)
			for (size_t t = i; t < j; t++) {
				const struct network *net = &g->in->nets[ties[t].wave];
				export_tie_value(&net->ties[ties[t].edge], k, &c, &g->sb);
				attvalue(g, export_tie_columns[k].key, export_tie_columns[k].type,
				         &c, (long)ties[t].wave);
			}
		end(g);
		start(g, "spells");
		for (size_t t = i; t < j; t++) {
			start(g, "spell");
			spell_times(g, ties[t].wave);
			end(g);
		}
		end(g);
		end(g);
		i = j;
	}
	end(g);
	free(ties);
}

/* The spells of the waves, as cli.md defines them. */
static void wave_times(struct gexf *g)
{
	const struct dataset *ds = g->in->ds;

	g->dated = true;
	for (size_t w = 0; w < g->n_waves; w++)
		g->dated = g->dated && ds->waves[w].date != DATE_NONE;
	g->start = xcalloc(g->n_waves, sizeof(*g->start));
	g->end = xcalloc(g->n_waves, sizeof(*g->end));
	for (size_t w = 0; w < g->n_waves; w++) {
		if (!g->dated) {
			snprintf(g->start[w], sizeof(g->start[w]), "%zu", w + 1);
			if (w + 1 < g->n_waves)
				snprintf(g->end[w], sizeof(g->end[w]), "%zu", w + 1);
			continue;
		}
		char buf[11];
		date_format(ds->waves[w].date, buf);
		snprintf(g->start[w], sizeof(g->start[w]), "%s", buf);
		if (w + 1 < g->n_waves) {
			int until = date_add_days(ds->waves[w + 1].date, -1);
			date_format(until < ds->waves[w].date ? ds->waves[w].date : until, buf);
			snprintf(g->end[w], sizeof(g->end[w]), "%s", buf);
		}
	}
}

int export_gexf(const struct export_input *in, FILE *out, const char *path)
{
	struct gexf g = {.in = in, .n_waves = in->ds->n_waves};
	xmlOutputBufferPtr buf = xmlOutputBufferCreateFile(out, NULL);
	size_t n_cols;
	struct export_column *cols;

	(void)path;
	if (!buf || !(g.w = xmlNewTextWriter(buf))) {
		if (buf)
			xmlOutputBufferClose(buf);
		return error("GEXF: out of memory");
	}
	cols = export_node_columns(in->ds, &n_cols);
	sb_init(&g.sb);
	wave_times(&g);
	xmlTextWriterSetIndent(g.w, 1);
	xmlTextWriterSetIndentString(g.w, BAD_CAST "  ");
	g.failed |= xmlTextWriterStartDocument(g.w, NULL, "UTF-8", NULL) < 0;
	start(&g, "gexf");
	attr(&g, "xmlns", "http://gexf.net/1.3");
	attr(&g, "xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance");
	attr(&g, "xsi:schemaLocation", "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd");
	attr(&g, "version", "1.3");
	start(&g, "meta");
	element(&g, "creator", "partnermap " PARTNERMAP_VERSION);
	sb_reset(&g.sb);
	if (in->ds->title)
		sb_addf(&g.sb, "%s. ", in->ds->title);
	sb_adds(&g.sb, tx(in->lang,
	                  in->ties == TIES_CONFIRMED ? T_EX_TIES_CONFIRMED : T_EX_TIES_REPORTED));
	if (in->ds->pseudonymised)
		sb_addf(&g.sb, " %s", tx(in->lang, T_PSEUDONYMISED));
	element(&g, "description", g.sb.buf);
	end(&g);
	start(&g, "graph");
	attr(&g, "defaultedgetype", "undirected");
	attr(&g, "mode", "dynamic");
	attr(&g, "timeformat", g.dated ? "date" : "integer");
	attr(&g, "timerepresentation", "interval");
	declare(&g, "node", "static", cols, n_cols, false);
	declare(&g, "node", "dynamic", cols, n_cols, true);
	declare(&g, "edge", "dynamic", export_tie_columns, n_export_tie_columns, true);
	write_nodes(&g, cols, n_cols);
	write_edges(&g);
	end(&g);
	end(&g);
	g.failed |= xmlTextWriterEndDocument(g.w) < 0;
	xmlFreeTextWriter(g.w); /* flushes and closes the buffer, not OUT */
	free(g.start);
	free(g.end);
	sb_release(&g.sb);
	export_columns_free(cols, n_cols);
	if (g.failed)
		return error("GEXF: the file could not be written");
	return 0;
}
