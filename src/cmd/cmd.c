/* cmd: dispatch to the commands, and what every command does first. */
#include "cmd/cmd.h"
#include "analysis/brokerage.h"
#include "load/pseudonym.h"
#include "load/load.h"
#include "i18n/msg.h"
#include "network/network.h"
#include "analysis/model.h"
#include "io/output.h"
#include "io/progress.h"
#include "render/scene.h"
#include "util/strbuf.h"
#include "util/suggest.h"
#include "io/tabular.h"

#include <cjson/cJSON.h>
#include <igraph.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const struct cmd_entry *const cmd_table[] = {
    &cmd_check_entry,    &cmd_measure_entry,  &cmd_draw_entry,    &cmd_overlap_entry,
    &cmd_timeline_entry, &cmd_report_entry,   &cmd_advise_entry,  &cmd_perception_entry,
    &cmd_export_entry,   &cmd_template_entry, &cmd_convert_entry,
};

enum { N_CMDS = sizeof(cmd_table) / sizeof(cmd_table[0]) };

static char igraph_reason[256];

/* igraph's default handler aborts; this one frees what IGRAPH_FINALLY
 * registered and keeps the reason for cmd_igraph_failed(). */
static void igraph_error_keep(const char *reason, const char *file, int line,
                              igraph_error_t igraph_errno)
{
	(void)file;
	(void)line;
	snprintf(igraph_reason, sizeof(igraph_reason), "%s (%s)", reason,
	         network_igraph_reason(igraph_errno));
	IGRAPH_FINALLY_FREE();
}

/* The measures handle the cases igraph warns about (disconnected graphs,
 * no edges) themselves, so its warnings would only confuse a reader. */
static void igraph_warning_ignore(const char *reason, const char *file, int line)
{
	(void)reason;
	(void)file;
	(void)line;
}

int cmd_igraph_failed(int rc)
{
	if (rc == IGRAPH_INTERRUPTED)
		error("interrupted");
	else if (rc == IGRAPH_ENOMEM || rc == IGRAPH_EFILE || !*igraph_reason)
		error("the computation failed: %s", network_igraph_reason(rc));
	else /* igraph's own reason is the only detail there is */
		error("the computation failed (please report this, with the dataset if you "
		      "can): %s",
		      igraph_reason);
	return EXIT_FAILED;
}

static void usage(FILE *out)
{
	struct strbuf sb;

	sb_init(&sb);
	sb_adds(&sb, msg_tr("Usage: partnermap COMMAND DATASET [options]\n\n"
	                    "Turns interview data about who works with whom into a measured, drawn "
	                    "network.\n\nCommands:\n"));
	write_prose(out, sb.buf, prose_width(), 0);
	for (size_t i = 0; i < N_CMDS; i++) {
		sb_reset(&sb);
		sb_addf(&sb, "  %-11s %s", cmd_table[i]->name, msg_tr(cmd_table[i]->summary));
		write_prose(out, sb.buf, prose_width(), 12);
		fputc('\n', out);
	}
	sb_reset(&sb);
	sb_adds(&sb,
	        msg_tr("\n'partnermap COMMAND --help' shows a command's options;\n"
	               "'partnermap --version' shows the version; --lang en|nl the language.\n"));
	write_prose(out, sb.buf, prose_width(), 0);
	sb_release(&sb);
}

/* The language of the messages before the options are parsed: --lang
 * anywhere on the command line, else the environment's; so that even a
 * usage error about an earlier option speaks the language asked for. */
static enum lang early_lang(int argc, char **argv)
{
	for (int i = 1; i < argc && strcmp(argv[i], "--"); i++) {
		const char *v = NULL;
		if (!strcmp(argv[i], "--lang") && i + 1 < argc)
			v = argv[i + 1];
		else if (!strncmp(argv[i], "--lang=", 7))
			v = argv[i] + 7;
		for (int l = 0; v && l < LANG_COUNT; l++)
			if (!strcmp(v, language((enum lang)l)->code))
				return (enum lang)l;
	}
	return lang_from_environment();
}

int operate(int argc, char **argv)
{
	struct args args;

	igraph_set_error_handler(igraph_error_keep);
	igraph_set_warning_handler(igraph_warning_ignore);
	/* cJSON allocates through xmalloc: out of memory is a message and exit
	 * status 3, never a JSON document that is silently empty. */
	cJSON_Hooks hooks = {.malloc_fn = xmalloc, .free_fn = free};
	cJSON_InitHooks(&hooks);
	msg_set_lang(early_lang(argc, argv));
	progress_install(); /* after the language: it prepares its message */
	/* `partnermap --lang nl COMMAND ...` as well as after the command. */
	if (argc > 1 && !strncmp(argv[1], "--lang=", 7)) {
		argc--, argv++;
	} else if (argc > 2 && !strcmp(argv[1], "--lang")) {
		argc -= 2, argv += 2;
	}
	if (argc < 2) {
		/* As git does: the error, then the commands there are. */
		int rc = usage_error(NULL, "no command given");
		fputc('\n', stderr);
		usage(stderr);
		return rc;
	}
	if (!strcmp(argv[1], "--help") || !strcmp(argv[1], "-h") || !strcmp(argv[1], "help")) {
		usage(stdout);
		return EXIT_DONE;
	}
	if (!strcmp(argv[1], "--version")) {
		printf("partnermap %s (igraph %s, dataset format 1)\n", PARTNERMAP_VERSION,
		       IGRAPH_VERSION);
		return EXIT_DONE;
	}
	for (size_t i = 0; i < N_CMDS; i++) {
		if (strcmp(argv[1], cmd_table[i]->name))
			continue;
		int rc = args_parse(cmd_table[i], argc - 1, argv + 1, &args);
		if (rc)
			return rc < 0 ? EXIT_DONE : rc;
		output_guard(load_workbook_holds_study, args.force);
		rc = cmd_table[i]->exec(&args);
		scene_shutdown();
		return rc;
	}
	struct suggest s;
	suggest_init(&s, argv[1]);
	for (size_t i = 0; i < N_CMDS; i++)
		suggest_offer(&s, cmd_table[i]->name);
	if (suggest_result(&s))
		return usage_error(NULL, "unknown command '%s'; did you mean '%s'?", argv[1],
		                   suggest_result(&s));
	return usage_error(NULL, "unknown command '%s'", argv[1]);
}

static void print_diags(const char *file, const struct diags *d)
{
	for (size_t i = 0; i < d->count; i++) {
		const struct diag *g = &d->items[i];
		msg_diag(g->file ? g->file : file, g->is_error, g->line, g->column, g->path,
		         g->message);
	}
	if (d->errors + d->warnings > d->count) {
		char more[128];
		snprintf(more, sizeof(more),
		         msg_tr("%zu more problems are not shown (at most %d are)"),
		         d->errors + d->warnings - d->count, LOAD_MAX_DIAGS);
		msg_diag(file, d->errors > 0, 0, 0, "", more);
	}
}

static const char *dataset_name(const struct args *args)
{
	return strcmp(args->dataset, "-") ? args->dataset : "<stdin>";
}

/* Prints D; when it holds errors, says that nothing was written. */
static void report_diags(const char *name, const struct diags *d)
{
	print_diags(name, d);
	if (d->errors) {
		char total[96];
		if (d->errors == 1)
			snprintf(total, sizeof(total), "%s",
			         msg_tr("the dataset has 1 error; nothing was written"));
		else
			snprintf(total, sizeof(total),
			         msg_tr("the dataset has %zu errors; nothing was written"),
			         d->errors);
		msg_diag(name, 1, 0, 0, "", total);
	}
}

int cmd_load(const struct args *args, struct dataset **ds)
{
	struct diags d = {0};
	const char *name = dataset_name(args);
	enum load_status st;
	int rc = EXIT_DONE;

	progress_phase("loading");
	output_protect(args->dataset);
	st = load_file(args->dataset, args->strict, ds, &d);

	if (st == LOAD_UNREADABLE) {
		print_diags(name, &d);
		rc = EXIT_FAILED;
	} else {
		report_diags(name, &d);
		if (st == LOAD_INVALID)
			rc = EXIT_INVALID;
	}
	diags_release(&d);
	/* An empty template is a valid study, but nobody means to analyse it. */
	if (!rc && *ds && !(*ds)->n_entities)
		notice(
		    "the study has no entities yet: in a workbook from 'partnermap template', fill "
		    "in the sheet Entities (Partijen); its first sheet explains every column");
	if (!rc && args->anonymise) {
		/* Before anything is computed, so that nothing else sees a name. */
		char *key = args->key ? NULL : pseudonym_key_path(args->dataset);
		if (pseudonymise(*ds, args->key ? args->key : key, args->anonymise == 2,
		                 args->lang)) {
			dataset_free(*ds);
			*ds = NULL;
			rc = EXIT_FAILED;
		}
		free(key);
	}
	return rc;
}

int cmd_diags(const struct args *args, const struct diags *d)
{
	report_diags(dataset_name(args), d);
	return d->errors ? EXIT_INVALID : EXIT_DONE;
}

long cmd_find_wave(const struct args *args, const struct dataset *ds, const char *id)
{
	long w = dataset_wave(ds, id);
	struct suggest s;
	struct strbuf list;

	if (w >= 0)
		return w;
	sb_init(&list);
	suggest_init(&s, id);
	for (size_t i = 0; i < ds->n_waves; i++) {
		sb_addf(&list, "%s%s", i ? ", " : "", ds->waves[i].id);
		suggest_offer(&s, ds->waves[i].id);
	}
	if (suggest_result(&s))
		usage_error(args->command,
		            "the study has no wave '%s'; did you mean '%s'? Its waves: %s", id,
		            suggest_result(&s), list.buf);
	else
		usage_error(args->command, "the study has no wave '%s'; its waves: %s", id,
		            list.buf);
	sb_release(&list);
	return -1;
}

/* Whether KEY is an item of LIST, items separated by ", ". */
static bool groups_key_listed(const char *list, const char *key)
{
	size_t n = strlen(key);

	for (const char *p = list; (p = strstr(p, key)) != NULL; p += n)
		if ((p == list || p[-1] == ' ') && (p[n] == ',' || !p[n]))
			return true;
	return false;
}

int cmd_groups(const struct args *args, const struct dataset *ds)
{
	struct suggest s;
	struct strbuf list;
	int rc;

	if (!args->groups || groups_key_valid(ds, args->groups))
		return 0;
	sb_init(&list);
	suggest_init(&s, args->groups);
	sb_adds(&list, "kind, municipalities");
	suggest_offer(&s, "kind");
	suggest_offer(&s, "municipalities");
	for (size_t e = 0; e < ds->n_entities; e++)
		for (size_t i = 0; i < ds->entities[e].n_attributes; i++) {
			const char *key = ds->entities[e].attributes[i].key;
			if (groups_key_listed(list.buf, key))
				continue;
			sb_addf(&list, ", %s", key);
			suggest_offer(&s, key);
		}
	if (suggest_result(&s))
		rc = usage_error(
		    args->command,
		    "the study has no grouping '%s'; did you mean '%s'? --groups takes: %s",
		    args->groups, suggest_result(&s), list.buf);
	else
		rc =
		    usage_error(args->command, "the study has no grouping '%s'; --groups takes: %s",
		                args->groups, list.buf);
	sb_release(&list);
	return rc;
}

long cmd_wave(const struct args *args, const struct dataset *ds)
{
	return args->wave ? cmd_find_wave(args, ds, args->wave) : (long)ds->n_waves - 1;
}

bool cmd_wants_xlsx(const struct args *args)
{
	static const char *const xlsx[] = {"xlsx", NULL};

	return args->output && output_format(args->output, xlsx);
}

const char *const cmd_table_exts[] = {"txt", "csv", "tsv", "json", "xlsx", NULL};

int cmd_table_output_name(const struct args *args, const char *const *exts)
{
	struct strbuf list;
	int rc;

	if (!args->output || !strcmp(args->output, "-") || output_format(args->output, exts))
		return 0;
	sb_init(&list);
	for (size_t i = 0; exts[i]; i++)
		sb_addf(&list, "%s.%s", i ? ", " : "", exts[i]);
	rc = usage_error(args->command, "cannot tell the format of '%s'; end it in %s",
	                 args->output, list.buf);
	sb_release(&list);
	return rc;
}

int cmd_open_output(struct output *out, const struct args *args)
{
	static const char *const kinds[] = {
	    [FORMAT_TABLE] = "table",
	    [FORMAT_CSV] = "csv",
	    [FORMAT_JSON] = "json",
	};

	progress_phase("writing");
	if (output_open_as(out, args->output, cmd_wants_xlsx(args) ? "xlsx" : kinds[args->format]))
		return -1;
	/* Names and titles in a table must not steer a terminal; a workbook is
	 * not text. */
	if (args->format == FORMAT_TABLE && !cmd_wants_xlsx(args))
		output_make_inert(out);
	return 0;
}

int cmd_close_output(struct output *out, bool failed)
{
	if (failed) {
		output_abort(out);
		return -1;
	}
	return output_commit(out) ? -1 : 0;
}

int cmd_find_entities(const struct args *args, const struct dataset *ds, const char *option,
                      const char *text, size_t *found, size_t max, size_t *count)
{
	char *copy = xstrdup(text);
	char *pieces[ARGS_MAX_EDITS * 4];
	size_t n = 0, i = 0;
	int rc = 0;

	*count = 0;
	for (char *p = copy; n < sizeof(pieces) / sizeof(pieces[0]);) {
		pieces[n++] = p;
		p = strchr(p, ',');
		if (!p)
			break;
		*p++ = '\0';
	}
	while (i < n && !rc) {
		struct strbuf item;
		const char *near;
		long e = -1;
		size_t j = i;
		sb_init(&item);
		for (; j < n; j++) {
			if (j > i)
				sb_addc(&item, ',');
			sb_adds(&item, pieces[j]);
			e = dataset_find_entity(ds, item.buf);
			if (e != -1)
				break;
		}
		if (e == -2) {
			rc = usage_error(args->command,
			                 "%s: '%s' is the name of more than one entity; use its id",
			                 option, item.buf);
		} else if (e < 0 && (near = dataset_suggest_entity(ds, pieces[i]))) {
			rc = usage_error(args->command,
			                 "%s: the study has no entity '%s'; did you mean '%s'?",
			                 option, pieces[i], near);
		} else if (e < 0) {
			rc = usage_error(args->command, "%s: the study has no entity '%s'", option,
			                 pieces[i]);
		} else if (*count == max) {
			rc = usage_error(args->command, "%s takes %zu entities, not more", option,
			                 max);
		} else {
			found[(*count)++] = (size_t)e;
			i = j + 1;
		}
		sb_release(&item);
	}
	free(copy);
	return rc;
}

int cmd_edit(const struct args *args, const struct dataset *ds, struct network_edit *edit)
{
	size_t ends[2], count;
	int rc = 0;

	memset(edit, 0, sizeof(*edit));
	for (size_t i = 0; i < args->n_without && !rc; i++) {
		size_t room = ds->n_entities + 1;
		edit->without = xrealloc(edit->without, (edit->n_without + room) * sizeof(size_t));
		rc = cmd_find_entities(args, ds, "--without", args->without[i],
		                       edit->without + edit->n_without, room, &count);
		edit->n_without += count;
	}
	if (args->n_add_tie)
		edit->add = xcalloc(args->n_add_tie, sizeof(*edit->add));
	for (size_t i = 0; i < args->n_add_tie && !rc; i++) {
		rc = cmd_find_entities(args, ds, "--add-tie", args->add_tie[i], ends, 2, &count);
		if (!rc && count != 2)
			rc = usage_error(args->command,
			                 "--add-tie takes two entities: --add-tie A,B");
		if (!rc && ends[0] == ends[1])
			rc = usage_error(args->command, "--add-tie: a tie of %s with itself",
			                 ds->entities[ends[0]].id);
		if (!rc)
			edit->add[edit->n_add++] = (struct tie_pair){ends[0], ends[1]};
	}
	if (rc)
		network_edit_free(edit);
	return rc;
}

/* Checks that the edit applies to the wave's network: 0, or EXIT_USAGE
 * after a message. */
static int check_edit(const struct args *args, const struct network *net,
                      const struct network_edit *edit)
{
	const struct dataset *ds = net->ds;
	const char *wave = ds->waves[net->wave].id;

	for (size_t i = 0; i < edit->n_without; i++)
		if (!entity_active(&ds->entities[edit->without[i]], ds->waves[net->wave].date))
			return usage_error(args->command,
			                   "--without: %s does not take part in wave %s",
			                   ds->entities[edit->without[i]].id, wave);
	for (size_t i = 0; i < edit->n_add; i++) {
		size_t ends[2] = {edit->add[i].a, edit->add[i].b};
		igraph_integer_t u = net->vertex[ends[0]], v = net->vertex[ends[1]];
		for (int k = 0; k < 2; k++) {
			const struct entity *e = &ds->entities[ends[k]];
			if (net->vertex[ends[k]] >= 0)
				continue;
			if (entity_active(e, ds->waves[net->wave].date))
				return usage_error(args->command,
				                   "--add-tie: %s is left out by --without", e->id);
			return usage_error(args->command,
			                   "--add-tie: %s does not take part in wave %s", e->id,
			                   wave);
		}
		const struct net_tie *t = network_tie(net, u, v);
		if (t && !t->added)
			return usage_error(
			    args->command, "--add-tie: %s and %s are already tied in wave %s",
			    ds->entities[ends[0]].id, ds->entities[ends[1]].id, wave);
	}
	return 0;
}

int cmd_model(const struct args *args, const struct dataset *ds, const struct network_edit *edit,
              long sample, unsigned parts, struct model *m)
{
	long wave = cmd_wave(args, ds);
	struct model_request req = {
	    .ties = args->ties,
	    .edit = edit,
	    .sample = sample,
	    .advise_k = args->k,
	    .groups = args->groups,
	};
	int rc;

	memset(m, 0, sizeof(*m));
	if (wave < 0)
		return EXIT_USAGE;
	req.wave = (size_t)wave;
	model_init(m, ds, &req);
	progress_phase("measuring");
	rc = model_compute(m, MODEL_NETWORKS);
	if (rc)
		rc = cmd_igraph_failed(rc);
	else if (edit)
		rc = check_edit(args, &m->nets[m->wave], edit);
	if (!rc && (rc = model_compute(m, parts)))
		rc = cmd_igraph_failed(rc);
	progress_done();
	if (rc)
		model_free(m);
	return rc;
}
