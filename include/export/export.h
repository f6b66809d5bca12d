/*
 * export: the study for other tools (cli.md, "export"), in the format that
 * the output's extension names. One table lists the exporters; each format
 * is one module (export-graphml.c, export-gexf.c, export-pajek.c,
 * export-dl.c, export-xlsx.c) with one writer. What a node and a tie
 * carry is described here once, as columns, so that every writer shows
 * the same fields: the entity's fields and attributes and every entity
 * key of `measure` (measure-table.h); the tie's types, level, reports,
 * confirmed, since and mean trust. Lists are joined with ';'.
 */
#ifndef PARTNERMAP_EXPORT_EXPORT_H
#define PARTNERMAP_EXPORT_EXPORT_H

#include <stdbool.h>
#include <stdio.h>

#include "analysis/measure-table.h"
#include "util/strbuf.h"

/* What the writers read. The networks and measures are per wave of the
 * study (the model's arrays); a one-wave format reads only nets[wave] and
 * ms[wave], and only those are computed for it. */
struct export_input {
	const struct dataset *ds;
	enum tie_filter ties;
	const struct network *nets;
	const struct measures *ms;
	size_t wave; /* the wave of one-wave formats */
	enum lang lang;
};

struct exporter {
	const char *ext; /* lower case, without the dot */
	bool every_wave; /* needs every wave's network and measures */
	/* Writes the file: to OUT, or (for writers that make the file
	 * themselves) to PATH, a temporary path whose FILE is OUT. Returns 0,
	 * or -1 after an error message. */
	int (*write)(const struct export_input *in, FILE *out, const char *path);
};

/* Writes PATH atomically with EX from IN, whose nets and ms hold what EX
 * needs (the model's, model.h: of in->wave, or of every wave). Returns 0,
 * or -1 after an error message; nothing is left behind on failure. */
int export_study(const struct exporter *ex, const struct export_input *in, const char *path);

/* The exporter for PATH's extension; NULL when none. */
const struct exporter *export_find(const char *path);
/* Appends the extensions exporters take to SB, separated by SEP. */
void export_extensions(struct strbuf *sb, const char *sep);

/* A column of a node or a tie. */
struct export_column {
	const char *key;
	enum key_type type;
	bool by_wave;          /* a measure: its value belongs to one wave */
	const char *attribute; /* the entity attribute it shows; NULL for the others */
};

/* The columns of a node: id, name, kind, municipalities, domains, areas,
 * target_groups, each attribute key of the study (an attribute whose key
 * is taken gets "attribute_" before it), then the entity keys of
 * `measure` after id, name and kind. Free with export_columns_free(). */
struct export_column *export_node_columns(const struct dataset *ds, size_t *n);
void export_columns_free(struct export_column *cols, size_t n);

/* The value of column COL for vertex V of wave W's network into C;
 * strings live in SB (reset by the call), which must outlive C's use. */
void export_node_value(const struct export_input *in, size_t w, long v,
                       const struct export_column *col, struct cell *c, struct strbuf *sb);

/* The columns of a tie: types, level, reports, confirmed, since, trust. */
extern const struct export_column export_tie_columns[];
extern const size_t n_export_tie_columns;

/* The value of tie column I of tie T into C (strings in SB, as above):
 * since is a date YYYY-MM-DD or "" when none was given; trust the mean of
 * the ratings the two sides gave each other, NAN when none. */
void export_tie_value(const struct net_tie *t, size_t i, struct cell *c, struct strbuf *sb);

/* One label per vertex of NET for formats that show one string per node:
 * the entity's name, or "name (id)" where the wave holds two entities of
 * that name, so that labels are distinct. Free with export_labels_free(). */
char **export_labels(const struct network *net);
void export_labels_free(char **labels, igraph_integer_t n);

/* The writers, one per module. */
int export_graphml(const struct export_input *in, FILE *out, const char *path);
int export_gexf(const struct export_input *in, FILE *out, const char *path);
int export_pajek(const struct export_input *in, FILE *out, const char *path);
int export_dl(const struct export_input *in, FILE *out, const char *path);
int export_xlsx(const struct export_input *in, FILE *out, const char *path);

#endif
