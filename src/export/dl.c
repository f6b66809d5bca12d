/* export-dl: one wave in UCINET's DL format, edgelist1, laid out as
 * UCINET's manual shows it: "dl n=N", "format = edgelist1", the labels
 * (one a line, quoted where they hold a space or comma) and "data:" each
 * on a line of their own, then one line per tie and direction, "I J
 * LEVEL", I and J counting the labels from 1. The data name entities by
 * number rather than by label (labels embedded), since igraph's DL reader
 * splits a label at its spaces and knows no quotes: so it reads every tie
 * right. A double quote in a label becomes a single quote: DL has no
 * escape. */
#include "export/export.h"
#include "i18n/msg.h"

#include <string.h>

static void label(FILE *out, const char *s)
{
	bool quote = strpbrk(s, " ,\t") != NULL || !*s;

	if (quote)
		fputc('"', out);
	for (; *s; s++)
		fputc(*s == '"' ? '\'' : *s, out);
	if (quote)
		fputc('"', out);
}

int export_dl(const struct export_input *in, FILE *out, const char *path)
{
	const struct network *net = &in->nets[in->wave];
	char **labels = export_labels(net);

	(void)path;
	fprintf(out, "dl n=%ld\nformat = edgelist1\nlabels:\n", (long)net->n);
	for (igraph_integer_t v = 0; v < net->n; v++) {
		label(out, labels[v]);
		fputc('\n', out);
	}
	fputs("data:\n", out);
	/* Each tie both ways, so that the matrix UCINET builds is symmetric. */
	for (igraph_integer_t e = 0; e < net->m; e++)
		for (int way = 0; way < 2; way++)
			fprintf(
			    out, "%ld %ld %d\n", (long)(way ? net->ties[e].b : net->ties[e].a) + 1,
			    (long)(way ? net->ties[e].a : net->ties[e].b) + 1, net->ties[e].level);
	export_labels_free(labels, net->n);
	return 0;
}
