/*
 * args: the options of every command, parsed in one place. A command names
 * the options it takes (a mask of OPT_ bits); anything else is a usage
 * error. Strings point into argv.
 */
#ifndef PARTNERMAP_CMD_ARGS_H
#define PARTNERMAP_CMD_ARGS_H

#include <stdbool.h>
#include <stdio.h>

#include "network/network.h"
#include "io/tabular.h"
#include "i18n/texts.h"

enum opt_bit {
	OPT_WAVE = 1u << 0,
	OPT_TIES = 1u << 1,
	OPT_FORMAT = 1u << 2,
	OPT_OUTPUT = 1u << 3,
	OPT_SEP = 1u << 4,
	OPT_SAMPLE = 1u << 5,
	OPT_LAYOUT = 1u << 6,
	OPT_COLOR_BY = 1u << 7,
	OPT_SIZE_BY = 1u << 8,
	OPT_DPI = 1u << 9,
	OPT_EGO = 1u << 10,
	OPT_HIGHLIGHT = 1u << 11,
	OPT_TYPES = 1u << 12,
	OPT_GROUP_BY = 1u << 13,
	OPT_VIEW = 1u << 14,
	OPT_DIFF = 1u << 15,
	OPT_MIN = 1u << 16,
	OPT_CHART = 1u << 17,
	OPT_LANG = 1u << 18, /* every command takes --lang now (OPT_COMMON); kept for old tables */
	OPT_COMMON = 1u << 19, /* --strict and --help: every command takes them */
	OPT_WHATIF = 1u << 20, /* --without and --add-tie */
	OPT_K = 1u << 21,
	OPT_NO_DATASET = 1u << 22, /* the command reads no dataset (template) */
	OPT_ANONYMISE = 1u << 23,  /* --anonymise [all] and --key FILE */
	OPT_GROUPS = 1u << 24      /* --groups KEY: brokerage and perception by KEY */
};

/* How many --without and --add-tie options one command line may give. */
enum { ARGS_MAX_EDITS = 64 };

struct args {
	const char *command;
	const char *dataset;
	const char *wave; /* NULL: the last wave */
	enum tie_filter ties;
	enum format format;
	const char *output; /* NULL: standard output, or the command's default */
	bool force;         /* --force: -o may replace a file that is not partnermap's */
	bool strict;
	char sep;           /* CSV separator */
	long sample;        /* 0: exact */
	const char *layout; /* NULL: chosen by size */
	const char *color_by, *size_by, *group_by, *view;
	double dpi;
	double width_cm; /* of a diagram on paper */
	const char *ego;
	long radius;
	const char *highlight, *types;
	bool full;
	const char *diff_from, *diff_to;
	double min;
	bool gaps; /* overlap: only the gaps */
	const char *chart;
	enum lang lang;
	const char *without[ARGS_MAX_EDITS]; /* each ID[,ID...] as given */
	size_t n_without;
	const char *add_tie[ARGS_MAX_EDITS]; /* each A,B as given */
	size_t n_add_tie;
	long k;             /* advise -k: 3 unless given */
	int anonymise;      /* 0: names as they are; 1: --anonymise; 2: --anonymise all */
	const char *key;    /* --key FILE; NULL: beside the dataset (pseudonym.h) */
	const char *groups; /* --groups KEY; NULL: by kind */
};

/* A command as the table in cmd.c lists it: what args_parse() and
 * args_help() read, and what runs it. */
struct cmd_entry {
	const char *name;
	const char *usage;                    /* what follows the command name in the usage line */
	const char *summary;                  /* one line for `partnermap --help` */
	unsigned options;                     /* the OPT_ bits it takes */
	int (*exec)(const struct args *args); /* returns an exit status */
};

/* Parses a command's arguments (argv[0] is the command). Returns 0, or an
 * exit status to stop with: EXIT_USAGE after a usage message, or -1 when
 * --help was printed (exit 0). */
int args_parse(const struct cmd_entry *cmd, int argc, char **argv, struct args *args);

/* Prints `partnermap CMD --help`. */
void args_help(const struct cmd_entry *cmd, FILE *out);

#endif
