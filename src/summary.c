/* summary: the overview that `check` prints. */
#include "summary.h"
#include "date.h"

#include <stdlib.h>

static void write_kinds(FILE *out, const struct dataset *ds)
{
	static const char *const plural[] = {"municipalities", "organisations", "teams",
	                                     "informal partners"};
	static const char *const singular[] = {"municipality", "organisation", "team",
	                                       "informal partner"};
	size_t count[KIND_COUNT] = {0};
	const char *sep = "";

	for (size_t e = 0; e < ds->n_entities; e++)
		count[ds->entities[e].kind]++;
	fprintf(out, "Entities:   %zu (", ds->n_entities);
	for (int k = 0; k < KIND_COUNT; k++) {
		fprintf(out, "%s%zu %s", sep, count[k], count[k] == 1 ? singular[k] : plural[k]);
		sep = ", ";
	}
	fputs(")\n", out);
}

/* Entities interviewed in some wave, present in wave w, but not interviewed
 * in it. */
static void write_missing(FILE *out, const struct network *net, const bool *respondent)
{
	size_t shown = 0;

	for (igraph_integer_t v = 0; v < net->n; v++) {
		if (!respondent[net->entity[v]] || net->interviewed[v])
			continue;
		fprintf(out, "%s%s",
		        shown++ ? ", " : "    not interviewed: ", network_entity(net, v)->name);
	}
	if (shown)
		fputc('\n', out);
}

int summary_write(FILE *out, const struct dataset *ds, enum tie_filter filter)
{
	bool *respondent = calloc(ds->n_entities + 1, sizeof(bool));
	int rc = 0;

	if (!respondent)
		return IGRAPH_ENOMEM;
	for (size_t i = 0; i < ds->n_interviews; i++)
		respondent[ds->interviews[i].respondent] = true;
	fprintf(out, "Study:      %s\n", ds->title ? ds->title : "(no title)");
	write_kinds(out, ds);
	fprintf(out, "Tasks:      %zu\n", ds->n_tasks);
	fprintf(out, "Interviews: %zu\n", ds->n_interviews);
	fprintf(out, "Waves:      %zu\n", ds->n_waves);
	fprintf(out, "  %-12s %-10s %10s %8s %6s %9s\n", "wave", "date", "interviews", "entities",
	        "ties", "confirmed");
	for (size_t w = 0; w < ds->n_waves && !rc; w++) {
		struct network net;
		size_t interviews = 0, confirmed = 0;
		char date[11] = "-";

		rc = network_build(&net, ds, w, filter);
		if (rc)
			break;
		for (igraph_integer_t v = 0; v < net.n; v++)
			interviews += net.interviewed[v];
		for (igraph_integer_t e = 0; e < net.m; e++)
			confirmed += net.ties[e].confirmed;
		if (ds->waves[w].date)
			date_format(ds->waves[w].date, date);
		fprintf(out, "  %-12s %-10s %10zu %8ld %6ld %9zu\n", ds->waves[w].id, date,
		        interviews, (long)net.n, (long)net.m, confirmed);
		write_missing(out, &net, respondent);
		network_free(&net);
	}
	free(respondent);
	return rc;
}
