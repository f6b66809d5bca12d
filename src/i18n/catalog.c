/* catalog: looking a text up in a compiled gettext catalogue (.mo). */
#include "i18n/catalog.h"

#include <stdint.h>
#include <string.h>

/* The .mo header: gettext's manual, "The Format of GNU MO Files". */
#define MO_MAGIC 0x950412deu
enum { MO_REVISION = 1, MO_COUNT = 2, MO_ORIGINALS = 3, MO_TRANSLATIONS = 4, MO_HEADER = 7 };

/* Word I of the file, in the byte order of the magic number (msgfmt
 * writes the build machine's, but either is a valid .mo file). */
static uint32_t word(const struct catalog *c, size_t at, int swapped)
{
	uint32_t w;

	memcpy(&w, c->data + at, sizeof(w));
	if (swapped)
		w = (w >> 24) | ((w >> 8) & 0xff00u) | ((w << 8) & 0xff0000u) | (w << 24);
	return w;
}

/* String I of the table at TABLE, or NULL when it lies outside the file or
 * does not end with the NUL that msgfmt writes after it. */
static const char *string_at(const struct catalog *c, uint32_t table, uint32_t i, int swapped)
{
	size_t entry = (size_t)table + 8 * (size_t)i;

	if (entry + 8 > c->size)
		return NULL;
	uint32_t len = word(c, entry, swapped), off = word(c, entry + 4, swapped);
	if ((size_t)off + len >= c->size || c->data[off + len] != '\0')
		return NULL;
	return (const char *)c->data + off;
}

/* strcmp of the key "CTXT\004MSGID" (or MSGID alone) with S, without
 * putting the key together. */
static int compare(const char *ctxt, const char *msgid, const char *s)
{
	const unsigned char *p = (const unsigned char *)s;

	if (ctxt) {
		for (const unsigned char *q = (const unsigned char *)ctxt; *q; q++, p++)
			if (*q != *p)
				return *q < *p ? -1 : 1;
		if (*p != 4)
			return 4 < *p ? -1 : 1;
		p++;
	}
	return strcmp(msgid, (const char *)p);
}

const struct catalog *catalog_of(const char *code)
{
	for (const struct catalog *c = catalogs_builtin; code && c->code; c++)
		if (!strcmp(c->code, code))
			return c;
	return NULL;
}

const char *catalog_find(const struct catalog *c, const char *ctxt, const char *msgid)
{
	if (!c || !msgid || (!*msgid && !ctxt) || c->size < 4 * MO_HEADER)
		return NULL;
	int swapped = word(c, 0, 0) != MO_MAGIC;
	if (word(c, 0, swapped) != MO_MAGIC || word(c, 4 * MO_REVISION, swapped) >> 16)
		return NULL;
	uint32_t n = word(c, 4 * MO_COUNT, swapped);
	uint32_t originals = word(c, 4 * MO_ORIGINALS, swapped);
	uint32_t translations = word(c, 4 * MO_TRANSLATIONS, swapped);

	/* msgfmt sorts the originals by strcmp, so the first half of the
	 * range holds every key less than the middle one. */
	uint32_t lo = 0, hi = n;
	while (lo < hi) {
		uint32_t mid = lo + (hi - lo) / 2;
		const char *s = string_at(c, originals, mid, swapped);
		if (!s)
			return NULL;
		int cmp = compare(ctxt, msgid, s);
		if (!cmp)
			return string_at(c, translations, mid, swapped);
		if (cmp < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	return NULL;
}
