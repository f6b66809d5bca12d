/*
 * importer: the front ends that read a study, one per source format. Each
 * reads its own syntax and hands the study's parts to the builder
 * (builder.h), which checks them; load.c picks the importer by the path.
 */
#ifndef PARTNERMAP_LOAD_IMPORTER_H
#define PARTNERMAP_LOAD_IMPORTER_H

#include <stdbool.h>
#include <stddef.h>

#include "load/load.h"

struct importer {
	const char *name;
	/* Whether this importer reads PATH (by its extension, or as a folder). */
	bool (*accepts)(const char *path, bool is_dir);
	/* As load_file(): LOAD_UNREADABLE with the reason in DIAGS when PATH
	 * cannot be read. */
	enum load_status (*load)(const char *path, bool strict, struct dataset **out,
	                         struct diags *diags);
};

extern const struct importer importer_json;
extern const struct importer importer_xlsx;
extern const struct importer importer_csv;

/* Reads a whole file (PATH "-": standard input) of at most LOAD_MAX_BYTES
 * into *buf (free() it). Returns 0, or -1 with the reason in DIAGS. */
int load_read_file(const char *path, char **buf, size_t *len, struct diags *diags);

/* Whether PATH ends in ".EXT", ignoring case. */
bool load_has_extension(const char *path, const char *ext);

#endif
