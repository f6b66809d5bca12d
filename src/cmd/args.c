/* args: one table of options, shared by every command. */
#include "cmd/args.h"
#include "i18n/msg.h"
#include "util/strbuf.h"
#include "util/utf8.h"
#include "util/suggest.h"
#include "io/tabular.h"

#include <ctype.h>
#include <errno.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

struct opt_def {
	const char *name;
	int has_arg;
	int short_name;
	unsigned bit;
	const char *arg, *help;
};

/* The order here is the order of `--help`. */
static const struct opt_def defs[] = {
    {"wave", 1, 'w', OPT_WAVE, "W", N_("the wave to analyse (default: the last)")},
    {"ties", 1, 't', OPT_TIES, "reported|confirmed",
     N_("keep every reported tie, or only those both sides named")},
    {"format", 1, 'f', OPT_FORMAT, "table|csv|json", N_("the form of the result (default: table)")},
    {"output", 1, 'o', OPT_OUTPUT, "PATH", N_("write the result to PATH")},
    {"force", 0, 0, OPT_OUTPUT, NULL,
     N_("replace an existing file at PATH that partnermap did not write (never a study)")},
    {"sep", 1, 0, OPT_SEP, "C", N_("CSV separator (default: ',' in English, ';' in Dutch)")},
    {"sample", 1, 0, OPT_SAMPLE, "K",
     N_("estimate betweenness and closeness from K sources (large studies)")},
    {"view", 1, 0, OPT_VIEW, "network|overlap|coverage", N_("what to draw (default: network)")},
    {"diff", 1, 0, OPT_DIFF, "A B", N_("draw the change from wave A to wave B")},
    {"layout", 1, 0, OPT_LAYOUT, "neato|fdp|sfdp|circo|dot",
     N_("layout engine (default: chosen by size)")},
    {"color-by", 1, 0, OPT_COLOR_BY, "kind|community|municipality|domain|ATTRIBUTE",
     N_("what node colour shows (default: kind)")},
    {"size-by", 1, 0, OPT_SIZE_BY, "MEASURE",
     N_("what node size shows: betweenness (the default), degree, pagerank, closeness, "
        "eigenvector, effective_size or none")},
    {"dpi", 1, 0, OPT_DPI, "N", N_("resolution of PNG output (default: 300)")},
    {"width", 1, 0, OPT_DPI, "CM", N_("width of diagrams on paper (default: 16)")},
    {"ego", 1, 0, OPT_EGO, "ID", N_("draw only this entity's own network")},
    {"radius", 1, 0, OPT_EGO, "K", N_("with --ego: how many steps out (default: 1)")},
    {"highlight", 1, 0, OPT_HIGHLIGHT, "ID,...", N_("mark these entities")},
    {"types", 1, 0, OPT_TYPES, "T,...", N_("keep only ties of these types")},
    {"group-by", 1, 0, OPT_GROUP_BY, "community|municipality",
     N_("draw one node per group (default for large studies)")},
    {"full", 0, 0, OPT_GROUP_BY, NULL, N_("draw every entity, however many")},
    {"min", 1, 0, OPT_MIN, "X", N_("hide pairs with a coverage overlap below X")},
    {"gaps", 0, 0, OPT_MIN, NULL, N_("list only the gaps: cells that no active team serves")},
    {"chart", 1, 0, OPT_CHART, "FILE", N_("also draw a growth chart (.svg, .png or .pdf)")},
    {"without", 1, 0, OPT_WHATIF, "ID[,ID...]",
     N_("what-if: leave these entities out (id or name; may be repeated)")},
    {"add-tie", 1, 0, OPT_WHATIF, "A,B",
     N_("what-if: add a tie between A and B (may be repeated)")},
    {"groups", 1, 0, OPT_GROUPS, "KEY",
     N_("brokerage (and perception) between the groups of KEY: kind (the default), "
        "municipalities or an attribute")},
    {"k", 1, 'k', OPT_K, "K", N_("how many entities and ties to suggest, 1 to 10 (default: 3)")},
    {"anonymise", 2, 0, OPT_ANONYMISE, "[all]",
     N_("codes instead of names (all: municipalities too); notes left out")},
    {"key", 1, 0, OPT_ANONYMISE, "FILE",
     N_("with --anonymise: the key file of codes (default: DATASET.key.csv)")},
    {"lang", 1, 0, OPT_COMMON, "en|nl",
     N_("language of messages, tables, diagrams and report (default: from LANG)")},
    {"strict", 0, 0, OPT_COMMON, NULL, N_("treat warnings about the dataset as errors")},
    {"help", 0, 'h', OPT_COMMON, NULL, N_("show this help")},
};

enum { N_DEFS = sizeof(defs) / sizeof(defs[0]) };

/* The placeholders of --help that a Dutch reader reads in Dutch. */
static const char *const dutch_placeholders[][2] = {
    {"FILE", "BESTAND"}, {"PATH", "PAD"}, {"FOLDER", "MAP"}, {"DIR", "MAP"}, {"KEY", "SLEUTEL"}};

/* Puts the placeholders in SB (whole upper-case words such as FILE) into
 * the language of the messages. */
static void placeholders(struct strbuf *sb)
{
	struct strbuf out;
	const char *p;

	if (msg_lang() != LANG_NL)
		return;
	sb_init(&out);
	for (p = sb->buf; *p;) {
		size_t n = 0;
		const char *word = NULL;
		if (p == sb->buf || !isalpha((unsigned char)p[-1]))
			while (isupper((unsigned char)p[n]))
				n++;
		for (size_t i = 0; n && !isalpha((unsigned char)p[n]) &&
		                   i < sizeof(dutch_placeholders) / sizeof(dutch_placeholders[0]);
		     i++)
			if (strlen(dutch_placeholders[i][0]) == n &&
			    !memcmp(p, dutch_placeholders[i][0], n))
				word = dutch_placeholders[i][1];
		if (word) {
			sb_adds(&out, word);
			p += n;
		} else {
			sb_addc(&out, *p++);
		}
	}
	sb_reset(sb);
	sb_add(sb, out.buf, out.len);
	sb_release(&out);
}

void args_help(const struct cmd_entry *cmd, FILE *out)
{
	struct strbuf sb, left;
	int width = prose_width();

	/* Every line fits the terminal: the usage line continues indented, an
	 * option's help under the column where the help starts. */
	sb_init(&sb);
	sb_init(&left);
	sb_addf(&sb, msg_tr("Usage: partnermap %s %s\n\n%s\n\nOptions:\n"), cmd->name, cmd->usage,
	        msg_tr(cmd->summary));
	placeholders(&sb);
	/* The usage line continues indented; the summary is a paragraph. */
	char *summary = strstr(sb.buf, "\n\n");
	if (summary)
		*summary = '\0';
	write_prose(out, sb.buf, width, 4);
	if (summary) {
		fputs("\n\n", out);
		write_prose(out, summary + 2, width, 0);
	}
	for (size_t i = 0; i < N_DEFS; i++) {
		if (!(defs[i].bit & (cmd->options | OPT_COMMON)))
			continue;
		/* "-w, --wave W", or "    --view V" in line with the long names. */
		sb_reset(&left);
		sb_addf(&left, "%s%c%s--%s%s%s", defs[i].short_name ? "-" : " ",
		        defs[i].short_name ? defs[i].short_name : ' ',
		        defs[i].short_name ? ", " : "  ", defs[i].name, defs[i].arg ? " " : "",
		        defs[i].arg ? defs[i].arg : "");
		placeholders(&left);
		sb_reset(&sb);
		if (utf8_width(left.buf) > 34)
			sb_addf(&sb, "  %s\n%37s", left.buf, "");
		else
			sb_addf(&sb, "  %-*s ", 34 + (int)(left.len - utf8_width(left.buf)),
			        left.buf);
		sb_adds(&sb, msg_tr(defs[i].help));
		placeholders(&sb);
		/* The help continues in column 37: the hang counts from the
		 * line's leading spaces, 2 before "-w", 6 before "--view". */
		write_prose(out, sb.buf, width, defs[i].short_name ? 35 : 31);
		fputc('\n', out);
	}
	sb_reset(&sb);
	sb_adds(&sb, msg_tr("\nDATASET is a study in the format of dataset.md; '-' reads standard "
	                    "input.\n"));
	placeholders(&sb);
	write_prose(out, sb.buf, width, 0);
	sb_release(&left);
	sb_release(&sb);
}

static int parse_number(const struct cmd_entry *cmd, const char *opt, const char *s, double lo,
                        double hi, double *out)
{
	char *end;

	errno = 0;
	*out = strtod(s, &end);
	if (errno || end == s || *end || *out < lo || *out > hi)
		return usage_error(cmd->name, "--%s takes a number from %g to %g, not '%s'", opt,
		                   lo, hi, s);
	return 0;
}

static int choose(const struct cmd_entry *cmd, const char *opt, const char *s,
                  const char *const *choices, int *out)
{
	for (int i = 0; choices[i]; i++) {
		if (!strcmp(s, choices[i])) {
			*out = i;
			return 0;
		}
	}
	struct strbuf list;
	struct suggest near;
	sb_init(&list);
	suggest_init(&near, s);
	for (int i = 0; choices[i]; i++) {
		sb_addf(&list, "%s%s",
		        !i               ? ""
		        : choices[i + 1] ? msg_tr(", ")
		                         : msg_tr(" or "),
		        choices[i]);
		suggest_offer(&near, choices[i]);
	}
	int rc = suggest_result(&near)
	             ? usage_error(cmd->name, "--%s takes %s, not '%s'; did you mean '%s'?", opt,
	                           list.buf, s, suggest_result(&near))
	             : usage_error(cmd->name, "--%s takes %s, not '%s'", opt, list.buf, s);
	sb_release(&list);
	return rc;
}

/* -o names the form of a table when --format does not (our choice: cli.md's
 * default is the table for people, which a file named .json or .csv
 * cannot hold): .json is JSON, .csv and .tsv are CSV, anything else the
 * table. */
static void format_from_output(struct args *a)
{
	const char *ext = strrchr(a->output, '.');

	if (!ext || strchr(ext, '/'))
		return;
	if (!strcasecmp(ext, ".json"))
		a->format = FORMAT_JSON;
	else if (!strcasecmp(ext, ".csv") || !strcasecmp(ext, ".tsv"))
		a->format = FORMAT_CSV;
}

/* Applies one option; returns 0 or an exit status. */
static int apply(const struct cmd_entry *cmd, const struct opt_def *d, struct args *a)
{
	static const char *const ties[] = {"reported", "confirmed", NULL};
	static const char *const formats[] = {"table", "csv", "json", NULL};
	static const char *const langs[] = {"en", "nl", NULL};
	const char *v = optarg;
	double x;
	int i, rc = 0;

	if (!strcmp(d->name, "wave"))
		a->wave = v;
	else if (!strcmp(d->name, "ties") && !(rc = choose(cmd, d->name, v, ties, &i)))
		a->ties = (enum tie_filter)i;
	else if (!strcmp(d->name, "format") && !(rc = choose(cmd, d->name, v, formats, &i)))
		a->format = (enum format)i;
	else if (!strcmp(d->name, "output"))
		a->output = v;
	else if (!strcmp(d->name, "force"))
		a->force = true;
	else if (!strcmp(d->name, "sep")) {
		if (strlen(v) != 1 || strchr("\"\r\n", *v))
			return usage_error(cmd->name, "--sep takes one character, such as ';'");
		a->sep = *v;
	} else if (!strcmp(d->name, "sample") && !(rc = parse_number(cmd, d->name, v, 1, 1e9, &x)))
		a->sample = (long)x;
	else if (!strcmp(d->name, "layout"))
		a->layout = v;
	else if (!strcmp(d->name, "color-by"))
		a->color_by = v;
	else if (!strcmp(d->name, "size-by"))
		a->size_by = v;
	else if (!strcmp(d->name, "dpi") && !(rc = parse_number(cmd, d->name, v, 36, 1200, &x)))
		a->dpi = x;
	else if (!strcmp(d->name, "width") && !(rc = parse_number(cmd, d->name, v, 5, 100, &x)))
		a->width_cm = x;
	else if (!strcmp(d->name, "ego"))
		a->ego = v;
	else if (!strcmp(d->name, "radius") && !(rc = parse_number(cmd, d->name, v, 1, 10, &x)))
		a->radius = (long)x;
	else if (!strcmp(d->name, "highlight"))
		a->highlight = v;
	else if (!strcmp(d->name, "types"))
		a->types = v;
	else if (!strcmp(d->name, "group-by"))
		a->group_by = v;
	else if (!strcmp(d->name, "full"))
		a->full = true;
	else if (!strcmp(d->name, "gaps"))
		a->gaps = true;
	else if (!strcmp(d->name, "view"))
		a->view = v;
	else if (!strcmp(d->name, "diff"))
		a->diff_from = v;
	else if (!strcmp(d->name, "min") && !(rc = parse_number(cmd, d->name, v, 0, 1, &x)))
		a->min = x;
	else if (!strcmp(d->name, "chart"))
		a->chart = v;
	else if (!strcmp(d->name, "without") || !strcmp(d->name, "add-tie")) {
		bool without = !strcmp(d->name, "without");
		size_t *count = without ? &a->n_without : &a->n_add_tie;
		if (*count == ARGS_MAX_EDITS)
			return usage_error(cmd->name, "--%s is given more than %d times", d->name,
			                   ARGS_MAX_EDITS);
		(without ? a->without : a->add_tie)[(*count)++] = v;
	} else if (!strcmp(d->name, "k") && !(rc = parse_number(cmd, d->name, v, 1, 10, &x))) {
		if (x != (long)x)
			return usage_error(cmd->name,
			                   "-k takes a whole number from 1 to 10, not '%s'", v);
		a->k = (long)x;
	} else if (!strcmp(d->name, "lang") && !(rc = choose(cmd, d->name, v, langs, &i))) {
		a->lang = (enum lang)i;
		msg_set_lang(a->lang);
	} else if (!strcmp(d->name, "anonymise")) {
		if (v && strcmp(v, "all"))
			return usage_error(cmd->name, "--anonymise takes nothing or all, not '%s'",
			                   v);
		a->anonymise = v ? 2 : 1;
	} else if (!strcmp(d->name, "key"))
		a->key = v;
	else if (!strcmp(d->name, "groups"))
		a->groups = v;
	else if (!strcmp(d->name, "strict"))
		a->strict = true;
	return rc;
}

/* `--anonymise all` with a space: getopt gives an optional value only as
 * `--anonymise=all`, so the word after it is found here. */
static const char *find_anonymise_all(int argc, char **argv)
{
	for (int i = 1; i + 1 < argc; i++) {
		if (!strcmp(argv[i], "--"))
			break;
		if (!strcmp(argv[i], "--anonymise") && !strcmp(argv[i + 1], "all"))
			return argv[i + 1];
	}
	return NULL;
}

/* `--diff A B` takes two values, which getopt cannot say: find B first,
 * so that it is not taken for the dataset. */
static const char *find_diff_second(int argc, char **argv)
{
	for (int i = 1; i < argc; i++) {
		if (!strcmp(argv[i], "--"))
			break;
		if (!strcmp(argv[i], "--diff"))
			return i + 2 < argc ? argv[i + 2] : NULL;
		if (!strncmp(argv[i], "--diff=", 7))
			return i + 1 < argc ? argv[i + 1] : NULL;
	}
	return NULL;
}

static const struct opt_def *lookup(int c)
{
	return c >= 1000 && c < 1000 + (int)N_DEFS ? &defs[c - 1000] : NULL;
}

int args_parse(const struct cmd_entry *cmd, int argc, char **argv, struct args *a)
{
	struct option longopts[N_DEFS + 1];
	char shortopts[32] = ":";
	size_t n = 0;

	memset(a, 0, sizeof(*a));
	a->command = cmd->name;
	a->sep = 0; /* the language's (texts.h) */
	a->dpi = 300;
	a->width_cm = 16;
	a->radius = 1;
	a->lang = msg_lang();
	a->k = 3;
	for (size_t i = 0; i < N_DEFS; i++) {
		if (!(defs[i].bit & (cmd->options | OPT_COMMON)))
			continue;
		longopts[n].name = defs[i].name;
		longopts[n].has_arg = defs[i].has_arg;
		longopts[n].flag = NULL;
		longopts[n++].val = (int)(1000 + i);
		if (defs[i].short_name) {
			size_t k = strlen(shortopts);
			shortopts[k] = (char)defs[i].short_name;
			shortopts[k + 1] = defs[i].has_arg ? ':' : '\0';
			shortopts[k + 2] = '\0';
		}
	}
	memset(&longopts[n], 0, sizeof(longopts[n]));
	bool format_given = false;
	const char *diff_second = (cmd->options & OPT_DIFF) ? find_diff_second(argc, argv) : NULL;
	const char *anonymise_all =
	    (cmd->options & OPT_ANONYMISE) ? find_anonymise_all(argc, argv) : NULL;
	optind = 0; /* 0 resets GNU getopt completely */
	opterr = 0;
	for (;;) {
		int c = getopt_long(argc, argv, shortopts, longopts, NULL);
		if (c == -1)
			break;
		if (c == ':')
			return usage_error(cmd->name, "option '%s' needs a value",
			                   argv[optind - 1]);
		if (c == '?' && optopt)
			return usage_error(cmd->name, "unknown option '-%c' for %s", optopt,
			                   cmd->name);
		if (c == '?') {
			/* A misspelt option gets the closest of this command's. */
			const char *typed = argv[optind - 1];
			char word[64];
			struct suggest s;
			snprintf(word, sizeof(word), "%.*s", (int)strcspn(typed, "="), typed);
			suggest_init(&s, word + strspn(word, "-"));
			for (size_t i = 0; i < N_DEFS; i++)
				if (defs[i].bit & (cmd->options | OPT_COMMON))
					suggest_offer(&s, defs[i].name);
			if (suggest_result(&s))
				return usage_error(
				    cmd->name, "unknown option '%s' for %s; did you mean '--%s'?",
				    typed, cmd->name, suggest_result(&s));
			return usage_error(cmd->name, "unknown option '%s' for %s", typed,
			                   cmd->name);
		}
		for (size_t i = 0; i < N_DEFS; i++)
			if (defs[i].short_name == c)
				c = (int)(1000 + i);
		const struct opt_def *d = lookup(c);
		if (!d)
			return usage_error(cmd->name, "unknown option '%s'", argv[optind - 1]);
		if (!strcmp(d->name, "help")) {
			args_help(cmd, stdout);
			return -1;
		}
		if (!strcmp(d->name, "diff")) {
			if (!diff_second || diff_second[0] == '-')
				return usage_error(cmd->name, "--diff takes two waves: --diff A B");
			a->diff_to = diff_second;
		}
		int rc = apply(cmd, d, a);
		if (rc)
			return rc;
		format_given |= !strcmp(d->name, "format");
	}
	for (; optind < argc; optind++) {
		if (argv[optind] == diff_second)
			continue;
		if (argv[optind] == anonymise_all) {
			a->anonymise = 2;
			continue;
		}
		if (cmd->options & OPT_NO_DATASET)
			return usage_error(cmd->name, "unexpected argument '%s'", argv[optind]);
		if (a->dataset)
			return usage_error(cmd->name, "unexpected argument '%s'", argv[optind]);
		a->dataset = argv[optind];
	}
	if (!a->dataset && !(cmd->options & OPT_NO_DATASET))
		return usage_error(cmd->name, "no dataset given: partnermap %s %s", cmd->name,
		                   cmd->usage);
	if ((cmd->options & OPT_FORMAT) && a->output && !format_given)
		format_from_output(a);
	if (a->key && !a->anonymise)
		return usage_error(cmd->name, "--key goes with --anonymise");
	if (a->anonymise && !a->key && !strcmp(a->dataset, "-"))
		return usage_error(cmd->name,
		                   "--anonymise on standard input needs --key FILE for the codes");
	return 0;
}
