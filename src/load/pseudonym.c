/* pseudonym: codes instead of names, kept in a key file. */
#include "load/pseudonym.h"
#include "load/load.h"
#include "i18n/msg.h"
#include "io/output.h"
#include "util/strbuf.h"
#include "io/tabular.h"

#include <csv.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

static const enum text_id code_word[KIND_COUNT] = {
    [KIND_MUNICIPALITY] = T_CODE_MUNICIPALITY,
    [KIND_ORGANISATION] = T_CODE_ORGANISATION,
    [KIND_TEAM] = T_CODE_TEAM,
    [KIND_INFORMAL] = T_CODE_INFORMAL,
};

struct key_row {
	char *id, *name, *code;
	bool used; /* given to an entity of this study */
};

struct key {
	struct key_row *rows;
	size_t n, alloc;
	/* While reading: the fields of the current record. */
	char *field[3];
	int col[3]; /* the record position of id, name, code; -1 before the header */
	size_t n_field;
	long record;
	bool bad;
};

static void key_free(struct key *k)
{
	for (size_t i = 0; i < k->n; i++) {
		free(k->rows[i].id);
		free(k->rows[i].name);
		free(k->rows[i].code);
	}
	free(k->rows);
	for (int i = 0; i < 3; i++)
		free(k->field[i]);
}

static void key_add(struct key *k, const char *id, const char *name, const char *code)
{
	if (k->n == k->alloc) {
		k->alloc = k->alloc ? 2 * k->alloc : 64;
		k->rows = xrealloc(k->rows, k->alloc * sizeof(*k->rows));
	}
	k->rows[k->n++] = (struct key_row){xstrdup(id), xstrdup(name), xstrdup(code), false};
}

/* The key's columns: their keys, and their headers in a language whose
 * CSV has headers for people, such as "naam" (a key saved again by Dutch
 * Excel). */
static const struct column key_columns[3] = {{.key = "id", .type = COL_STR},
                                             {.key = "name", .type = COL_STR},
                                             {.key = "code", .type = COL_STR}};
static const enum text_id key_headers[3] = {T_M_ID, T_M_NAME, T_COUNT};

static bool is_column(const char *data, size_t len, int c)
{
	const char *key = key_columns[c].key;

	if (len == strlen(key) && !strncasecmp(data, key, len))
		return true;
	for (int l = 0; key_headers[c] != T_COUNT && l < LANG_COUNT; l++) {
		const char *h = tx((enum lang)l, key_headers[c]);
		if (len == strlen(h) && !strncasecmp(data, h, len))
			return true;
	}
	return false;
}

/* libcsv: one field of the current record. */
static void on_field(void *data, size_t len, void *context)
{
	struct key *k = context;
	size_t pos = k->n_field++;

	if (k->record == 0) {
		for (int c = 0; c < 3; c++)
			if (is_column(data, len, c))
				k->col[c] = (int)pos;
		return;
	}
	const char *text = data;
	tab_csv_field_text(&text, &len); /* the key holds the text itself */
	for (int c = 0; c < 3; c++)
		if (k->col[c] == (int)pos) {
			free(k->field[c]);
			k->field[c] = xcalloc(len + 1, 1);
			memcpy(k->field[c], text, len);
		}
}

/* libcsv: the end of a record. */
static void on_record(int c, void *context)
{
	struct key *k = context;

	(void)c;
	if (k->record++ == 0) {
		k->bad = k->col[0] < 0 || k->col[1] < 0 || k->col[2] < 0;
	} else if (!k->bad) {
		if (k->field[0] && k->field[2] && *k->field[2])
			key_add(k, k->field[0], k->field[1] ? k->field[1] : "", k->field[2]);
		for (int i = 0; i < 3; i++) {
			free(k->field[i]);
			k->field[i] = NULL;
		}
	}
	k->n_field = 0;
}

/* Reads the key file; a missing file is an empty key. */
static int key_read(struct key *k, const char *path)
{
	struct csv_parser p;
	char buf[8192];
	size_t n;
	FILE *f = fopen(path, "rb");

	k->col[0] = k->col[1] = k->col[2] = -1;
	if (!f)
		return errno == ENOENT ? 0 : error("cannot read %s: %s", path, msg_strerror(errno));
	if (csv_init(&p, CSV_APPEND_NULL) != 0) {
		fclose(f);
		return error("%s: out of memory", path);
	}
	/* A byte-order mark, as spreadsheets write, is skipped; the separator
	 * is the header's (';' in a key saved again by Dutch Excel). */
	n = fread(buf, 1, sizeof(buf), f);
	size_t skip = n >= 3 && !memcmp(buf, "\xEF\xBB\xBF", 3) ? 3 : 0;
	csv_set_delim(&p, (unsigned char)load_csv_separator(buf + skip, n - skip));
	if (csv_parse(&p, buf + skip, n - skip, on_field, on_record, k) != n - skip)
		k->bad = true;
	while (!k->bad && (n = fread(buf, 1, sizeof(buf), f)) > 0)
		if (csv_parse(&p, buf, n, on_field, on_record, k) != n)
			k->bad = true;
	csv_fini(&p, on_field, on_record, k);
	csv_free(&p);
	int failed = ferror(f);
	fclose(f);
	if (failed)
		return error("cannot read %s", path);
	if (k->bad)
		return error("%s is not a key file: it needs the columns id, name and code", path);
	return 0;
}

/* Writes the key as cli.md has it, CSV with the columns id, name and code,
 * in every language, so that a script can read it (key_read() also reads
 * the key as Dutch Excel saves it again). */
static int key_write(const struct key *k, const char *path)
{
	struct tabular t;
	struct output out;

	tab_init(&t, key_columns, 3); /* English: the keys are the headers */
	for (size_t i = 0; i < k->n; i++) {
		struct cell *row = tab_row(&t);
		row[0].s = k->rows[i].id;
		row[1].s = k->rows[i].name;
		row[2].s = k->rows[i].code;
	}
	int rc = output_open_as(&out, path, "csv");
	if (!rc) {
		out.rewrites = true; /* key_read() read it whole; every row is kept */
		tab_write_csv(out.fp, &t, 0);
		rc = output_commit(&out);
	}
	tab_free(&t);
	return rc;
}

/* The kind and number of a code, from its word in any language; false
 * when it is not a code. */
static bool parse_code(const char *code, enum kind *kind, long *number, enum lang *lang)
{
	const char *space = strrchr(code, ' ');
	char *end;

	if (!space)
		return false;
	*number = strtol(space + 1, &end, 10);
	if (*end || end == space + 1)
		return false;
	for (int l = 0; l < LANG_COUNT; l++)
		for (int k = 0; k < KIND_COUNT; k++) {
			const char *word = tx((enum lang)l, code_word[k]);
			if (strlen(word) == (size_t)(space - code) &&
			    !strncasecmp(code, word, (size_t)(space - code))) {
				*kind = (enum kind)k;
				*lang = (enum lang)l;
				return true;
			}
		}
	return false;
}

/* The unused row of the key whose id (BY_NAME: name) is TEXT; NULL when
 * none. */
static struct key_row *find_row(struct key *k, const char *text, bool by_name)
{
	for (size_t i = 0; i < k->n; i++)
		if (!k->rows[i].used && !strcmp(by_name ? k->rows[i].name : k->rows[i].id, text))
			return &k->rows[i];
	return NULL;
}

char *pseudonym_key_path(const char *dataset)
{
	struct strbuf sb;
	size_t len = strlen(dataset);

	sb_init(&sb);
	/* A CSV folder given as "study/" has its key beside it, not in it. */
	while (len > 1 && dataset[len - 1] == '/')
		len--;
	sb_add(&sb, dataset, len);
	sb_adds(&sb, ".key.csv");
	return sb_detach(&sb);
}

int pseudonymise(struct dataset *ds, const char *path, bool all, enum lang lang)
{
	struct key k = {0};
	long next[KIND_COUNT] = {0};
	const char **codes = xcalloc(ds->n_entities + 1, sizeof(*codes));
	size_t before;
	bool lang_found = false;
	int rc = key_read(&k, path);

	if (rc)
		goto done;
	/* The key's language decides the words of new codes. */
	for (size_t i = 0; i < k.n; i++) {
		enum kind kind;
		long number;
		enum lang l;
		if (!parse_code(k.rows[i].code, &kind, &number, &l))
			continue;
		if (number > next[kind])
			next[kind] = number;
		if (!lang_found)
			lang = l, lang_found = true;
	}
	before = k.n;
	/* By id first, so that an entity renamed in a new version of the study
	 * keeps its code, then by name (an entity whose id changed), then a new
	 * code. */
	for (size_t e = 0; e < ds->n_entities; e++) {
		struct key_row *row;
		if ((ds->entities[e].kind != KIND_MUNICIPALITY || all) &&
		    (row = find_row(&k, ds->entities[e].id, false))) {
			row->used = true;
			codes[e] = row->code;
		}
	}
	for (size_t e = 0; e < ds->n_entities; e++) {
		const struct entity *en = &ds->entities[e];
		struct key_row *row;
		char code[96];
		if ((en->kind == KIND_MUNICIPALITY && !all) || codes[e])
			continue;
		if ((row = find_row(&k, en->name, true))) {
			row->used = true;
			snprintf(code, sizeof(code), "%s", row->code);
		} else {
			snprintf(code, sizeof(code), "%s %ld", tx(lang, code_word[en->kind]),
			         ++next[en->kind]);
		}
		key_add(&k, en->id, en->name, code);
		k.rows[k.n - 1].used = true;
		codes[e] = k.rows[k.n - 1].code;
	}
	if (k.n != before && key_write(&k, path)) {
		rc = -1;
		goto done;
	}
	strmap_release(&ds->entity_ids);
	strmap_init(&ds->entity_ids);
	for (size_t e = 0; e < ds->n_entities; e++) {
		struct entity *en = &ds->entities[e];
		if (codes[e])
			en->id = en->name = arena_strdup(&ds->arena, codes[e]);
		strmap_put(&ds->entity_ids, en->id, e);
	}
	for (size_t e = 0; e < ds->n_entities; e++)
		ds->entities[e].note = NULL;
	for (size_t i = 0; i < ds->n_interviews; i++) {
		ds->interviews[i].note = NULL;
		for (size_t t = 0; t < ds->interviews[i].n_ties; t++)
			ds->interviews[i].ties[t].note = NULL;
	}
	if (all)
		ds->title = NULL;
	ds->pseudonymised = true;
done:
	free(codes);
	key_free(&k);
	return rc;
}
