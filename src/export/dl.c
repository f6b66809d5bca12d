/* export-dl: one wave in UCINET's DL format, edgelist1 with labels
 * embedded: every label listed once (so that isolates are kept), then one
 * line per tie and direction with its level as the value. Labels are quoted, with any
 * double quote in them made a single quote, since DL has no escape. */
#include "export/export.h"
#include "i18n/msg.h"

#include <string.h>

static void label(FILE *out, const char *s)
{
	fputc('"', out);
	for (; *s; s++)
		fputc(*s == '"' ? '\'' : *s, out);
	fputc('"', out);
}

int export_dl(const struct export_input *in, FILE *out, const char *path)
{
	const struct network *net = &in->nets[in->wave];
	char **labels = export_labels(net);

	(void)path;
	fprintf(out, "dl n=%ld format=edgelist1\nlabels:\n", (long)net->n);
	for (igraph_integer_t v = 0; v < net->n; v++) {
		label(out, labels[v]);
		fputs(v + 1 < net->n ? ",\n" : "\n", out);
	}
	fputs("labels embedded:\ndata:\n", out);
	/* Each tie both ways, so that the matrix UCINET builds is symmetric. */
	for (igraph_integer_t e = 0; e < net->m; e++)
		for (int way = 0; way < 2; way++) {
			label(out, labels[way ? net->ties[e].b : net->ties[e].a]);
			fputc(' ', out);
			label(out, labels[way ? net->ties[e].a : net->ties[e].b]);
			fprintf(out, " %d\n", net->ties[e].level);
		}
	export_labels_free(labels, net->n);
	return 0;
}
