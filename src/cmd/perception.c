/* perception: how the two sides of each tie see it. */
#include "cmd/cmd.h"
#include "analysis/model.h"
#include "analysis/perception.h"
#include "i18n/msg.h"
#include "io/output.h"
#include "out/perception.h"

#include <string.h>

static int cmd_perception_exec(const struct args *args)
{
	struct dataset *ds = NULL;
	struct model m = {0};
	struct perception p = {0};
	struct output out;
	int rc = cmd_table_output_name(args, cmd_table_exts) ? EXIT_USAGE : cmd_load(args, &ds);
	bool by_kind = !args->groups || !strcmp(args->groups, "kind"), failed = false;

	if (rc)
		return rc;
	rc = cmd_groups(args, ds);
	if (!rc)
		rc = cmd_model(args, ds, NULL, args->sample, MODEL_NETWORKS, &m);
	if (rc)
		goto done;
	const struct network *net = &m.nets[m.wave];
	perception_compute(net, args->groups, args->ties == TIES_CONFIRMED, &p);
	if (cmd_open_output(&out, args)) {
		rc = EXIT_FAILED;
		goto done;
	}
	if (!cmd_wants_xlsx(args))
		out_perception(out.fp, net, &p, by_kind, args->format, args->sep, args->lang);
	else if (out_perception_xlsx(out.tmp, net, &p, by_kind, args->lang))
		failed = true;
	if (cmd_close_output(&out, failed))
		rc = EXIT_FAILED;
done:
	perception_free(&p);
	model_free(&m);
	dataset_free(ds);
	return rc;
}

const struct cmd_entry cmd_perception_entry = {
    .name = "perception",
    .usage = "DATASET [--wave W] [--groups KEY] [--ties reported|confirmed] "
             "[--format table|csv|json] [-o FILE]",
    .summary = N_("how both sides see their ties: named back or not, and rated alike or apart"),
    .options = OPT_WAVE | OPT_TIES | OPT_FORMAT | OPT_OUTPUT | OPT_SEP | OPT_ANONYMISE | OPT_GROUPS,
    .exec = cmd_perception_exec,
};
