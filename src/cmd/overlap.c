/* overlap: teams that serve the same people, and whether they know it. */
#include "cmd/cmd.h"
#include "analysis/model.h"
#include "i18n/msg.h"
#include "out/overlap.h"
#include "io/output.h"

static int cmd_overlap_exec(const struct args *args)
{
	struct dataset *ds = NULL;
	struct model m = {0};
	struct output out;
	int rc = cmd_table_output_name(args, cmd_table_exts) ? EXIT_USAGE : cmd_load(args, &ds);
	bool failed = false;

	if (rc)
		return rc;
	rc = cmd_model(args, ds, NULL, args->sample, MODEL_OVERLAP, &m);
	if (rc)
		goto done;
	if (cmd_open_output(&out, args)) {
		rc = EXIT_FAILED;
		goto done;
	}
	if (!cmd_wants_xlsx(args))
		out_overlap(out.fp, &m.nets[m.wave], &m.ov, args->min, args->gaps, args->format,
		            args->sep, args->lang);
	else if (out_overlap_xlsx(out.tmp, &m.nets[m.wave], &m.ov, args->min, args->lang))
		failed = true;
	if (cmd_close_output(&out, failed))
		rc = EXIT_FAILED;
done:
	model_free(&m);
	dataset_free(ds);
	return rc;
}

const struct cmd_entry cmd_overlap_entry = {
    .name = "overlap",
    .usage = "DATASET [--wave W] [--min X] [--gaps] [--format table|csv|json] [-o FILE]",
    .summary = N_("pairs of teams that serve the same areas and target groups, unaware ones first"),
    .options = OPT_WAVE | OPT_TIES | OPT_FORMAT | OPT_OUTPUT | OPT_SEP | OPT_MIN | OPT_ANONYMISE,
    .exec = cmd_overlap_exec,
};
