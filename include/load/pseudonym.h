/*
 * pseudonym: pseudonymised output (cli.md, "Pseudonymised output"). One
 * pass over the loaded study, before anything is computed, replaces every
 * entity's id and name by a code of its kind and a number ("Organisatie
 * 7", "Team 2"; municipalities keep theirs unless ALL), leaves every note
 * out, and with ALL also the study's title. So no analysis and no writer
 * needs to know; they only say that names are pseudonymised
 * (ds->pseudonymised).
 *
 * The codes live in a key file (CSV: id,name,code), made on first use and
 * read on later runs: an entity keeps its code across waves, runs and new
 * versions of the study (found by id, else by name), and a new entity gets
 * the next free number of its kind. Codes are words of the language of
 * the run that made the key file; later runs keep that language, so a code
 * never changes. The key file is never written into the output.
 */
#ifndef PARTNERMAP_LOAD_PSEUDONYM_H
#define PARTNERMAP_LOAD_PSEUDONYM_H

#include <stdbool.h>

#include "study/dataset.h"
#include "i18n/texts.h"

/* The key file of a dataset when --key is not given: its path with
 * ".key.csv" added; free() it. */
char *pseudonym_key_path(const char *dataset);

/* Pseudonymises DS with the key file KEY (made or extended as needed,
 * atomically). Returns 0, or -1 after an error message when the key file
 * cannot be read or written or is not a key file; DS is then unchanged. */
int pseudonymise(struct dataset *ds, const char *key, bool all, enum lang lang);

#endif
