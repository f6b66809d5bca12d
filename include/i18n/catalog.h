/*
 * catalog: gettext's compiled catalogues (.mo files), read in memory. The
 * build compiles each po/CODE.po with msgfmt and embeds the result as an
 * array (build/gen/catalogs.c, made by scripts/catalogs.sh), so that the
 * binary carries its languages and each run, and each document, may pick
 * its own: nothing here uses libintl, setlocale or the environment.
 */
#ifndef PARTNERMAP_I18N_CATALOG_H
#define PARTNERMAP_I18N_CATALOG_H

#include <stddef.h>

/* A .mo file in memory: its bytes, as msgfmt wrote them. */
struct catalog {
	const char *code; /* "nl": the name of its po/CODE.po */
	const unsigned char *data;
	size_t size;
};

/* Every catalogue compiled into the binary, ending with {NULL, NULL, 0}
 * (defined in the generated build/gen/catalogs.c). */
extern const struct catalog catalogs_builtin[];

/* The built-in catalogue of language CODE; NULL when po/ has none. */
const struct catalog *catalog_of(const char *code);

/* The msgstr of MSGID with msgctxt CTXT (NULL: an entry without one), by
 * a binary search of the catalogue's sorted table; NULL when C is NULL,
 * has no such entry, or is not a valid .mo file. */
const char *catalog_find(const struct catalog *c, const char *ctxt, const char *msgid);

#endif
