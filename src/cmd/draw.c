/* draw: a diagram of one wave, of the change between two, or of the
 * overlap between teams, as SVG, PNG, PDF or DOT. */
#include "cmd/cmd.h"
#include "analysis/model.h"
#include "render/draw.h"
#include "i18n/msg.h"
#include "io/output.h"
#include "io/progress.h"
#include "util/strbuf.h"

#include <stdlib.h>
#include <string.h>

static int write_scene(struct scene *sc, const char *path, const char *format, double dpi)
{
	struct output out;
	char *data;
	size_t len;

	progress_phase("rendering");
	if (scene_render(sc, format, dpi, &data, &len))
		return EXIT_FAILED;
	progress_phase("writing");
	if (output_open_as(&out, path, format)) {
		free(data);
		return EXIT_FAILED;
	}
	fwrite(data, 1, len, out.fp);
	free(data);
	return output_commit(&out) ? EXIT_FAILED : EXIT_DONE;
}

/* One layout for every wave, with room for each entity's largest shape:
 * every wave measured, and the union. */
static int stable_positions(struct model *m, const struct draw_options *o, struct positions *pos)
{
	int grc =
	    model_compute(m, MODEL_MEASURES | MODEL_EVERY_WAVE | MODEL_UNCHANGED | MODEL_UNION);

	progress_done();
	if (grc)
		return cmd_igraph_failed(grc);
	progress_phase("layout");
	return draw_model_positions(m, o, pos) ? EXIT_FAILED : EXIT_DONE;
}

static int draw_change(const struct args *args, const struct dataset *ds,
                       const struct draw_options *o, struct scene *sc)
{
	long a = cmd_find_wave(args, ds, args->diff_from);
	long b = a < 0 ? -1 : cmd_find_wave(args, ds, args->diff_to);
	struct model m;
	struct positions pos = {0};
	int rc;

	if (b < 0)
		return EXIT_USAGE;
	rc = cmd_model(args, ds, NULL, MODEL_SAMPLE_DEFAULT, MODEL_NETWORKS | MODEL_EVERY_WAVE, &m);
	if (rc)
		return rc;
	rc = stable_positions(&m, o, &pos);
	if (rc == EXIT_DONE)
		draw_diff(sc, &m.nets[a], &m.nets[b], o, &pos);
	positions_free(&pos);
	model_free(&m);
	return rc;
}

/* The overlapping teams, or with COVERAGE the coverage matrix. */
static int draw_teams(const struct args *args, const struct dataset *ds,
                      const struct network_edit *edit, const struct draw_options *o, bool coverage,
                      struct scene *sc)
{
	struct model m;
	int rc = cmd_model(args, ds, edit, MODEL_SAMPLE_DEFAULT, MODEL_OVERLAP, &m);

	if (rc)
		return rc;
	progress_phase("layout");
	if (coverage)
		draw_coverage(sc, &m.nets[m.wave], &m.ov, o);
	else
		draw_overlap(sc, &m.nets[m.wave], &m.ov, o);
	model_free(&m);
	return EXIT_DONE;
}

/* The wave's network, whole, around one entity, or in groups. */
static int draw_network(const struct args *args, const struct dataset *ds,
                        const struct network_edit *edit, const struct draw_options *o,
                        struct scene *sc)
{
	struct model m;
	struct positions pos = {0};
	bool *keep = NULL;
	int rc = cmd_model(args, ds, edit, MODEL_SAMPLE_DEFAULT, MODEL_NETWORKS, &m), grc;

	if (rc)
		return rc;
	const struct network *net = &m.nets[m.wave];
	/* A diagram of groups needs the communities alone. */
	bool grouped = !args->ego && (o->group_by || (draw_too_many((long)net->n) && !args->full));
	grc = model_compute(&m, grouped ? MODEL_COMMUNITIES : MODEL_MEASURES);
	progress_done();
	if (grc) {
		rc = cmd_igraph_failed(grc);
		goto done;
	}
	const struct measures *ms = &m.ms[m.wave];
	progress_phase("layout");
	if (args->ego) {
		size_t e, n_found;
		rc = cmd_find_entities(args, ds, "--ego", args->ego, &e, 1, &n_found);
		if (rc)
			goto done;
		if (net->vertex[e] < 0) {
			rc = usage_error(args->command,
			                 "--ego: '%s' does not take part in this wave", args->ego);
			goto done;
		}
		keep = xcalloc((size_t)net->n + 1, sizeof(*keep));
		grc = draw_ego(net, net->vertex[e], args->radius, keep);
		if (grc) {
			rc = cmd_igraph_failed(grc);
			goto done;
		}
		draw_wave(sc, net, ms, o, keep, NULL);
	} else if (grouped) {
		const char *by = o->group_by ? o->group_by : "community";
		notice("%ld entities: drawing one node per %s (--full draws every entity)",
		       (long)net->n, by);
		draw_groups(sc, net, ms, by, o);
	} else {
		if (draw_too_many((long)net->n))
			notice("%ld entities: drawing every one with the %s layout", (long)net->n,
			       o->layout ? o->layout : draw_default_layout((long)net->n));
		rc = stable_positions(&m, o, &pos);
		if (rc)
			goto done;
		draw_wave(sc, net, ms, o, NULL, &pos);
	}
done:
	positions_free(&pos);
	free(keep);
	model_free(&m);
	return rc;
}

static int cmd_draw_exec(const struct args *args)
{
	struct dataset *ds = NULL;
	struct network_edit edit = {0};
	struct scene sc;
	const char *format = scene_format(args->output);
	struct draw_options o = {
	    .color_by = args->color_by,
	    .size_by = args->size_by,
	    .highlight = args->highlight,
	    .types = args->types,
	    .layout = args->layout,
	    .group_by = args->group_by,
	    .width_cm = args->width_cm,
	    .lang = args->lang,
	};
	const char *why;
	struct strbuf highlight;
	int rc;

	if (!args->output)
		return usage_error(args->command, "draw needs -o FILE (.svg, .png, .pdf or .dot)");
	if (!format)
		return usage_error(
		    args->command,
		    "cannot tell the format of '%s'; end it in .svg, .png, .pdf or .dot",
		    args->output);
	bool coverage = args->view && !strcmp(args->view, "coverage");
	bool teams = coverage || (args->view && !strcmp(args->view, "overlap"));
	if (args->view && !teams && strcmp(args->view, "network"))
		return usage_error(args->command, "--view takes network, overlap or coverage");
	if (args->diff_from && (args->n_without || args->n_add_tie))
		return usage_error(args->command,
		                   "--without and --add-tie change one wave's network; draw them "
		                   "with --wave, not with --diff");
	rc = cmd_load(args, &ds);
	if (rc)
		return rc;
	scene_init(&sc);
	sb_init(&highlight);
	if (args->highlight) {
		/* Entities named by id or name; the drawing marks them by id. */
		size_t *found = xcalloc(ds->n_entities + 1, sizeof(*found)), n_found = 0;
		rc = cmd_find_entities(args, ds, "--highlight", args->highlight, found,
		                       ds->n_entities, &n_found);
		for (size_t i = 0; i < n_found; i++)
			sb_addf(&highlight, "%s%s", i ? "," : "", ds->entities[found[i]].id);
		o.highlight = highlight.buf;
		free(found);
	}
	why = rc ? NULL : draw_check(ds, &o);
	if (!rc)
		rc = why ? usage_error(args->command, "%s", why) : cmd_edit(args, ds, &edit);
	if (!rc && teams)
		rc = draw_teams(args, ds, &edit, &o, coverage, &sc);
	else if (!rc && args->diff_from)
		rc = draw_change(args, ds, &o, &sc);
	else if (!rc)
		rc = draw_network(args, ds, &edit, &o, &sc);
	if (!rc)
		rc = write_scene(&sc, args->output, format, args->dpi);
	scene_free(&sc);
	sb_release(&highlight);
	network_edit_free(&edit);
	dataset_free(ds);
	return rc;
}

const struct cmd_entry cmd_draw_entry = {
    .name = "draw",
    .usage = "DATASET -o FILE [--wave W] [--color-by C] [--size-by M] [--ego ID] "
             "[--diff A B] [--view network|overlap|coverage] [--without ID,...] [--add-tie A,B]",
    .summary = N_("a diagram of a wave, of the change between two, of overlapping teams, or of "
                  "who serves which areas"),
    .options = OPT_WAVE | OPT_TIES | OPT_OUTPUT | OPT_LAYOUT | OPT_COLOR_BY | OPT_SIZE_BY |
               OPT_DPI | OPT_EGO | OPT_HIGHLIGHT | OPT_TYPES | OPT_GROUP_BY | OPT_VIEW | OPT_DIFF |
               OPT_LANG | OPT_WHATIF | OPT_ANONYMISE,
    .exec = cmd_draw_exec,
};
