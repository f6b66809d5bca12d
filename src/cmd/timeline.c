/* timeline: how the network changes from wave to wave. */
#include "render/chart.h"
#include "cmd/cmd.h"
#include "analysis/model.h"
#include "i18n/msg.h"
#include "out/timeline.h"
#include "io/output.h"
#include "io/progress.h"

static int write_chart(const char *path, const struct timeline *tl, enum lang lang)
{
	struct output out;

	progress_phase("writing");
	if (output_open_as(&out, path, chart_format(path)))
		return EXIT_FAILED;
	if (chart_write(out.fp, chart_format(path), tl, lang)) {
		output_abort(&out);
		return EXIT_FAILED;
	}
	return output_commit(&out) ? EXIT_FAILED : EXIT_DONE;
}

static int cmd_timeline_exec(const struct args *args)
{
	struct dataset *ds = NULL;
	struct model m = {0};
	struct output out;
	int rc, grc;

	if (args->chart && !chart_format(args->chart))
		return usage_error(args->command,
		                   "--chart takes a file ending in .svg, .png or .pdf");
	if (cmd_table_output_name(args, cmd_table_exts))
		return EXIT_USAGE;
	rc = cmd_load(args, &ds);
	if (rc)
		return rc;
	rc = cmd_model(args, ds, NULL, args->sample, MODEL_TIMELINE, &m);
	if (rc)
		goto done;
	const struct timeline *tl = &m.tl;
	grc = 0;
	if (args->chart) {
		rc = write_chart(args->chart, tl, args->lang);
		if (rc)
			goto done;
	}
	if (cmd_open_output(&out, args)) {
		rc = EXIT_FAILED;
		goto done;
	}
	if (!cmd_wants_xlsx(args))
		out_timeline(out.fp, tl, args->format, args->sep, args->lang);
	else if (out_timeline_xlsx(out.tmp, tl, args->lang))
		grc = -1;
	if (cmd_close_output(&out, grc))
		rc = EXIT_FAILED;
done:
	model_free(&m);
	dataset_free(ds);
	return rc;
}

const struct cmd_entry cmd_timeline_entry = {
    .name = "timeline",
    .usage = "DATASET [--format table|csv|json] [-o FILE] [--chart FILE]",
    .summary = N_("how the network changes from wave to wave, with a growth chart"),
    .options = OPT_TIES | OPT_FORMAT | OPT_OUTPUT | OPT_SEP | OPT_CHART | OPT_LANG | OPT_SAMPLE |
               OPT_ANONYMISE,
    .exec = cmd_timeline_exec,
};
