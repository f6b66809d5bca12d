/* template: the empty workbook to fill in (workbook.md). */
#include "cmd/cmd.h"
#include "i18n/msg.h"
#include "io/output.h"
#include "export/workbook.h"

static int cmd_template_exec(const struct args *args)
{
	static const char *const formats[] = {"xlsx", NULL};

	if (!args->output || !output_format(args->output, formats))
		return usage_error(args->command, "give the workbook to write: -o FILE.xlsx");
	if (workbook_write_template(args->output, args->lang))
		return EXIT_FAILED;
	notice("the template is in %s; fill it in and run: partnermap report %s", args->output,
	       args->output);
	return EXIT_DONE;
}

const struct cmd_entry cmd_template_entry = {
    .name = "template",
    .usage = "-o FILE.xlsx [--lang en|nl]",
    .summary = N_("write an empty workbook to fill in, with an explanation and drop-down lists"),
    .options = OPT_OUTPUT | OPT_NO_DATASET,
    .exec = cmd_template_exec,
};
