/* spelling: keys of values, and the search for spelling variants. */
#include "analysis/spelling.h"
#include "i18n/msg.h"
#include "util/strmap.h"
#include "util/suggest.h"
#include "util/utf8.h"

#include <stdlib.h>
#include <string.h>

/* The lower-case letter of code point C: ASCII, Latin-1 and Latin
 * Extended-A (where upper and lower case alternate). */
static unsigned lower_cp(unsigned c)
{
	if (c >= 'A' && c <= 'Z')
		return c + 32;
	if (c >= 0xC0 && c <= 0xDE && c != 0xD7)
		return c + 0x20;
	if ((c >= 0x100 && c <= 0x12F) || (c >= 0x132 && c <= 0x137) || (c >= 0x14A && c <= 0x177))
		return c | 1;
	if ((c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E))
		return c + (c & 1);
	return c == 0x178 ? 0xFF : c;
}

static bool is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

void spelling_key(struct strbuf *sb, const char *s)
{
	size_t len = strlen(s);

	while (len && is_space(*s))
		s++, len--;
	while (len && is_space(s[len - 1]))
		len--;
	for (size_t i = 0; i < len;) {
		uint32_t cp = 0;
		char out[4];
		int n = utf8_decode(s + i, len - i, &cp);
		if (n <= 0) { /* not UTF-8: the byte as it is */
			sb_addc(sb, s[i++]);
			continue;
		}
		/* Every letter lower_cp() changes keeps its length in bytes. */
		sb_add(sb, out, utf8_encode(lower_cp(cp), out));
		i += (size_t)n;
	}
}

/* One distinct spelling (of a value, or an entity's name) and the forms
 * it is compared in. */
struct item {
	const char *raw;
	char *key;            /* spelling_key() */
	char *words;          /* the key's runs of letters and digits, joined by one space */
	char *squeezed;       /* the key's letters and digits only */
	char *reversed;       /* squeezed, backwards, for the second sorted order */
	size_t entity, index; /* its first place */
	size_t n_words;
};

static bool is_word_char(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80;
}

static void item_init(struct item *it, const char *raw, size_t entity, size_t index)
{
	struct strbuf sb, words, squeezed;

	sb_init(&sb);
	sb_init(&words);
	sb_init(&squeezed);
	spelling_key(&sb, raw);
	it->raw = raw;
	it->entity = entity;
	it->index = index;
	it->n_words = 0;
	for (size_t i = 0; i < sb.len; i++) {
		if (!is_word_char((unsigned char)sb.buf[i]))
			continue;
		if (i == 0 || !is_word_char((unsigned char)sb.buf[i - 1])) {
			if (words.len)
				sb_addc(&words, ' ');
			it->n_words++;
		}
		sb_addc(&words, sb.buf[i]);
		sb_addc(&squeezed, sb.buf[i]);
	}
	it->reversed = xmalloc(squeezed.len + 1);
	for (size_t i = 0; i < squeezed.len; i++)
		it->reversed[i] = squeezed.buf[squeezed.len - 1 - i];
	it->reversed[squeezed.len] = '\0';
	it->key = sb_detach(&sb);
	it->words = sb_detach(&words);
	it->squeezed = sb_detach(&squeezed);
}

static void items_free(struct item *items, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(items[i].key);
		free(items[i].words);
		free(items[i].squeezed);
		free(items[i].reversed);
	}
	free(items);
}

/* The digits of S, compared with those of T: "wijk 1" and "wijk 2" are two
 * areas, not one misspelt. */
static bool same_digits(const char *s, const char *t)
{
	for (;;) {
		while (*s && (*s < '0' || *s > '9'))
			s++;
		while (*t && (*t < '0' || *t > '9'))
			t++;
		if (*s != *t)
			return false;
		if (!*s)
			return true;
		s++, t++;
	}
}

/* Whether two word lists differ in one word only, a single letter in both
 * ("Zorgaanbieder A" and "Zorgaanbieder B" are two organisations). */
static bool one_letter_apart(const struct item *x, const struct item *y)
{
	const char *s = x->words, *t = y->words;
	size_t differ = 0;
	bool letters = true;

	if (x->n_words != y->n_words)
		return false;
	while (*s && *t) {
		size_t ls = strcspn(s, " "), lt = strcspn(t, " ");
		if (ls != lt || memcmp(s, t, ls)) {
			differ++;
			letters = letters && ls == 1 && lt == 1;
		}
		s += ls + (s[ls] == ' ');
		t += lt + (t[lt] == ' ');
	}
	return differ == 1 && letters;
}

/* Whether two spellings with different keys differ only slightly. */
static bool close_enough(const struct item *x, const struct item *y)
{
	size_t lx = strlen(x->squeezed), ly = strlen(y->squeezed);
	size_t shorter = lx < ly ? lx : ly, limit = shorter >= 12 ? 2 : 1;

	if (shorter < 4 || !same_digits(x->squeezed, y->squeezed) || one_letter_apart(x, y))
		return false;
	return suggest_distance(x->squeezed, y->squeezed, limit) <= limit;
}

struct pair {
	size_t first, second; /* item indexes, first < second */
};

struct pairs {
	struct pair *items;
	size_t count, alloc;
};

static void add_pair(struct pairs *p, size_t a, size_t b)
{
	if (p->count == p->alloc) {
		p->alloc = p->alloc ? 2 * p->alloc : 16;
		p->items = xrealloc(p->items, p->alloc * sizeof(*p->items));
	}
	p->items[p->count].first = a < b ? a : b;
	p->items[p->count].second = a < b ? b : a;
	p->count++;
}

static int by_pair(const void *pa, const void *pb)
{
	const struct pair *a = pa, *b = pb;

	if (a->second != b->second)
		return a->second < b->second ? -1 : 1;
	return (a->first > b->first) - (a->first < b->first);
}

/* Sorts the pairs by their later item (the place of the warning) and
 * drops the ones found twice. */
static void unique_pairs(struct pairs *p)
{
	size_t n = 0;

	if (!p->count)
		return;
	qsort(p->items, p->count, sizeof(*p->items), by_pair);
	for (size_t i = 0; i < p->count; i++)
		if (!n || by_pair(&p->items[n - 1], &p->items[i]))
			p->items[n++] = p->items[i];
	p->count = n;
}

struct order {
	const struct item *items;
	bool reversed;
};

static int by_form(const void *pa, const void *pb, void *context)
{
	const struct order *o = context;
	const struct item *a = &o->items[*(const size_t *)pa], *b = &o->items[*(const size_t *)pb];
	int c = o->reversed ? strcmp(a->reversed, b->reversed) : strcmp(a->squeezed, b->squeezed);

	return c ? c : strcmp(a->key, b->key);
}

/* The sorted-neighbourhood search (spelling.h) among the items IDX. */
static void neighbours(const struct item *items, const size_t *idx, size_t n, struct pairs *out)
{
	size_t *order = xcalloc(n + 1, sizeof(*order));

	for (int pass = 0; pass < 2; pass++) {
		struct order o = {items, pass == 1};
		memcpy(order, idx, n * sizeof(*order));
		qsort_r(order, n, sizeof(*order), by_form, &o);
		for (size_t a = 0; a < n; a++)
			for (size_t b = a + 1; b < n && b <= a + SPELLING_WINDOW; b++)
				if (close_enough(&items[order[a]], &items[order[b]]))
					add_pair(out, order[a], order[b]);
	}
	free(order);
}

static char *quoted(const char *s)
{
	struct strbuf sb;

	sb_init(&sb);
	sb_add_quoted(&sb, s, 80);
	return sb_detach(&sb);
}

/* The place of an item: "entities[3].areas[0]", or "entities[3].name"
 * when FIELD is NULL. */
static void place(char *buf, size_t n, const char *field, const struct item *it)
{
	if (field)
		snprintf(buf, n, "entities[%zu].%s[%zu]", it->entity, field, it->index);
	else
		snprintf(buf, n, "entities[%zu].name", it->entity);
}

enum note {
	SPELT_AREA,
	SPELT_GROUP,
	SLIGHT_AREA,
	SLIGHT_GROUP,
	SAME_NAME,
	LIKE_NAME,
	ABBR_NAME,
	PREFIX_NAME
};

/* The message: the later spelling A of entity ID, the earlier spelling B
 * and its place. */
static void note_text(struct strbuf *sb, enum note note, const char *a, const char *id,
                      const char *b, const char *there)
{
	switch (note) {
	case SPELT_AREA:
		sb_addf(
		    sb,
		    msg_tr("area %s of '%s' is also spelt %s (at %s); both are taken as one area"),
		    a, id, b, there);
		break;
	case SPELT_GROUP:
		sb_addf(
		    sb,
		    msg_tr(
		        "target group %s of '%s' is also spelt %s (at %s); both are taken as one "
		        "target group"),
		    a, id, b, there);
		break;
	case SLIGHT_AREA:
		sb_addf(
		    sb,
		    msg_tr("area %s of '%s' differs only slightly from %s (at %s): one area spelt "
		           "in two ways?"),
		    a, id, b, there);
		break;
	case SLIGHT_GROUP:
		sb_addf(sb,
		        msg_tr("target group %s of '%s' differs only slightly from %s (at %s): one "
		               "target group spelt in two ways?"),
		        a, id, b, there);
		break;
	case SAME_NAME:
		sb_addf(
		    sb,
		    msg_tr("name %s of '%s' differs only in case, spaces or punctuation from %s "
		           "(at %s): one organisation entered twice?"),
		    a, id, b, there);
		break;
	case LIKE_NAME:
		sb_addf(sb,
		        msg_tr("name %s of '%s' looks like %s (at %s): one organisation under two "
		               "names?"),
		        a, id, b, there);
		break;
	case ABBR_NAME:
		sb_addf(sb,
		        msg_tr("name %s of '%s' and %s (at %s) are probably one organisation, one "
		               "name the abbreviation of the other; if so, keep one of the two and "
		               "give its name or id wherever the other is named (in a workbook, "
		               "delete the other's row)"),
		        a, id, b, there);
		break;
	case PREFIX_NAME:
		sb_addf(sb,
		        msg_tr("name %s of '%s' and %s (at %s) are probably one organisation, the "
		               "words of one beginning the other; if so, keep one of the two and "
		               "give its name or id wherever the other is named (in a workbook, "
		               "delete the other's row)"),
		        a, id, b, there);
		break;
	}
}

static void warn(const struct dataset *ds, bool strict, struct diags *d, const char *field,
                 const struct item *earlier, const struct item *later, enum note note)
{
	char at[96], there[96];
	char *a = quoted(later->raw), *b = quoted(earlier->raw);
	struct strbuf msg;
	struct where w = {0};

	place(at, sizeof(at), field, later);
	place(there, sizeof(there), field, earlier);
	sb_init(&msg);
	note_text(&msg, note, a, ds->entities[later->entity].id, b, there);
	w.path = at;
	diags_add(d, strict, &w, msg.buf);
	sb_release(&msg);
	free(a);
	free(b);
}

/* Areas (FIELD "areas") or target groups ("target_groups"). */
static void check_values(const struct dataset *ds, bool strict, struct diags *d, bool groups)
{
	const char *field = groups ? "target_groups" : "areas";
	enum note spelt = groups ? SPELT_GROUP : SPELT_AREA;
	enum note slight = groups ? SLIGHT_GROUP : SLIGHT_AREA;
	struct strmap raws, keys;
	struct item *items = NULL;
	size_t n = 0, alloc = 0, nd = 0, *distinct;
	struct pairs close = {0};

	strmap_init(&raws);
	strmap_init(&keys);
	for (size_t e = 0; e < ds->n_entities; e++) {
		const struct strlist *l =
		    groups ? &ds->entities[e].target_groups : &ds->entities[e].areas;
		for (size_t i = 0; i < l->count; i++) {
			size_t first;
			if (!strmap_get(&raws, l->items[i], &first))
				continue;
			if (n == alloc) {
				alloc = alloc ? 2 * alloc : 16;
				items = xrealloc(items, alloc * sizeof(*items));
			}
			item_init(&items[n], l->items[i], e, i);
			strmap_put(&raws, l->items[i], n);
			if (!strmap_get(&keys, items[n].key, &first))
				warn(ds, strict, d, field, &items[first], &items[n], spelt);
			else
				strmap_put(&keys, items[n].key, n);
			n++;
		}
	}
	distinct = xcalloc(n + 1, sizeof(*distinct));
	for (size_t i = 0; i < n; i++) {
		size_t first;
		if (!strmap_get(&keys, items[i].key, &first) && first == i)
			distinct[nd++] = i;
	}
	neighbours(items, distinct, nd, &close);
	unique_pairs(&close);
	for (size_t i = 0; i < close.count; i++)
		warn(ds, strict, d, field, &items[close.items[i].first],
		     &items[close.items[i].second], slight);
	free(close.items);
	free(distinct);
	strmap_release(&raws);
	strmap_release(&keys);
	items_free(items, n);
}

/* Whether every word of W from word FROM on names a part of a place (a
 * direction, a number, a single letter): "Wijkteam Noord" and "Wijkteam
 * Noord Oost" are two teams, not one under two names. */
static bool only_parts(const char *w, size_t from)
{
	static const char *const parts[] = {
	    "noord",     "oost",     "zuid",     "west",  "midden", "centrum", "noordoost",
	    "noordwest", "zuidoost", "zuidwest", "north", "east",   "south",   "central"};

	for (size_t i = 0; i < from; i++)
		w += strcspn(w, " ") + (w[strcspn(w, " ")] == ' ');
	while (*w) {
		size_t len = strcspn(w, " ");
		bool part = len == 1 || strspn(w, "0123456789") >= len;
		for (size_t k = 0; !part && k < sizeof(parts) / sizeof(parts[0]); k++)
			part = strlen(parts[k]) == len && !memcmp(w, parts[k], len);
		if (!part)
			return false;
		w += len + (w[len] == ' ');
	}
	return true;
}

/* Whether the pair A, B (A < B) is in P, sorted by unique_pairs(). */
static bool has_pair(const struct pairs *p, size_t a, size_t b)
{
	struct pair key = {a, b};

	return p->count && bsearch(&key, p->items, p->count, sizeof(key), by_pair);
}

/* The initials of an item's words into SB, leaving out the small words an
 * abbreviation leaves out when SKIP (suggest_abbreviates()). */
static void initials(struct strbuf *sb, const struct item *it, bool skip)
{
	static const char *const fillers[] = {"en", "van", "de", "het", "der", "den", "voor",
	                                      "of", "in",  "op", "and", "the", "for", "t"};
	const char *w = it->words;

	sb_reset(sb);
	while (*w) {
		size_t len = strcspn(w, " ");
		bool filler = false;
		for (size_t k = 0; skip && k < sizeof(fillers) / sizeof(fillers[0]); k++)
			filler =
			    filler || (strlen(fillers[k]) == len && !memcmp(w, fillers[k], len));
		if (!filler || sb->len == 0)
			sb_addc(sb, w[0]);
		w += len + (w[len] == ' ');
	}
}

/* Pairs of names where one abbreviates the other (suggest_abbreviates()):
 * the longer names are indexed by their initials; each name with a word
 * in capitals is looked up in every way its words can be read (a word, or
 * initials), at most 2^4 ways. */
static void find_abbreviations(const struct item *items, const size_t *idx, size_t nd,
                               const struct dataset *ds, struct pairs *out)
{
	struct strmap keys; /* initials -> the first node with them */
	/* Nodes of the chains of names with the same initials: a name is in
	 * one or two (with and without its small words). */
	size_t *node_item = xcalloc(2 * nd + 1, sizeof(*node_item));
	size_t *node_next = xcalloc(2 * nd + 1, sizeof(*node_next));
	char **kept = xcalloc(2 * nd + 1, sizeof(*kept));
	size_t n_nodes = 0;
	struct strbuf sb;

	strmap_init(&keys);
	sb_init(&sb);
	for (size_t k = 0; k < nd; k++) {
		const struct item *it = &items[idx[k]];
		if (it->n_words < 2 || it->n_words > SPELLING_MAX_WORDS)
			continue;
		for (int skip = 0; skip < 2; skip++) {
			size_t head;
			initials(&sb, it, skip);
			if (skip && !strcmp(sb.buf, kept[n_nodes - 1]))
				break;
			kept[n_nodes] = sb_detach(&sb);
			node_item[n_nodes] = k;
			node_next[n_nodes] = (size_t)-1;
			if (!strmap_get(&keys, kept[n_nodes], &head)) {
				node_next[n_nodes] = node_next[head];
				node_next[head] = n_nodes;
			} else {
				strmap_put(&keys, kept[n_nodes], n_nodes);
			}
			n_nodes++;
		}
	}
	for (size_t k = 0; k < nd; k++) {
		const struct item *it = &items[idx[k]];
		const char *raw = ds->entities[it->entity].name;
		bool caps = false;
		if (it->n_words > 4)
			continue;
		for (const char *p = raw; *p && !caps;) {
			size_t len = strcspn(p, " "), upper = 0, lower = 0;
			for (size_t i = 0; i < len; i++) {
				upper += p[i] >= 'A' && p[i] <= 'Z';
				lower += p[i] >= 'a' && p[i] <= 'z';
			}
			caps = upper >= 2 && !lower;
			p += len + (p[len] == ' ');
		}
		for (unsigned ways = 1; caps && ways < (1u << it->n_words); ways++) {
			const char *w = it->words;
			size_t head;
			sb_reset(&sb);
			for (size_t i = 0; *w; i++) {
				size_t len = strcspn(w, " ");
				sb_add(&sb, w, ways & (1u << i) ? len : 1);
				w += len + (w[len] == ' ');
			}
			if (strmap_get(&keys, sb.buf, &head))
				continue;
			for (size_t o = head; o != (size_t)-1; o = node_next[o]) {
				size_t other = node_item[o];
				if (other != k &&
				    suggest_abbreviates(
				        raw, ds->entities[items[idx[other]].entity].name))
					add_pair(out, idx[k], idx[other]);
			}
		}
	}
	strmap_release(&keys);
	for (size_t i = 0; i < n_nodes; i++)
		free(kept[i]);
	free(kept);
	free(node_item);
	free(node_next);
	sb_release(&sb);
}

/* Names: the same words, one word more, or a slight difference. */
static void check_names(const struct dataset *ds, bool strict, struct diags *d)
{
	size_t n = ds->n_entities, nd = 0;
	struct item *items = xcalloc(n + 1, sizeof(*items));
	size_t *distinct = xcalloc(n + 1, sizeof(*distinct));
	struct strmap words;
	struct pairs like = {0}, prefix = {0}, abbr = {0};
	struct strbuf shorter;

	strmap_init(&words);
	sb_init(&shorter);
	for (size_t e = 0; e < n; e++) {
		size_t first;
		item_init(&items[e], ds->entities[e].name, e, 0);
		if (!items[e].n_words)
			continue;
		if (!strmap_get(&words, items[e].words, &first)) {
			warn(ds, strict, d, NULL, &items[first], &items[e], SAME_NAME);
			continue;
		}
		strmap_put(&words, items[e].words, e);
		distinct[nd++] = e;
	}
	/* One word more: each name of three or more words, with each word but
	 * the last left out in turn, looked up among the names. A word more at
	 * the end usually names another unit ("Wijkteam Noord" and "Wijkteam
	 * Noord Oost"); in front or inside, the same one ("GGD regio
	 * Utrecht"). */
	for (size_t k = 0; k < nd; k++) {
		const struct item *it = &items[distinct[k]];
		if (it->n_words < 3 || it->n_words > SPELLING_MAX_WORDS)
			continue;
		for (size_t skip = 0; skip + 1 < it->n_words; skip++) {
			const char *s = it->words;
			size_t other;
			sb_reset(&shorter);
			for (size_t w = 0; *s; w++) {
				size_t len = strcspn(s, " ");
				if (w != skip) {
					if (shorter.len)
						sb_addc(&shorter, ' ');
					sb_add(&shorter, s, len);
				}
				s += len + (s[len] == ' ');
			}
			if (!strmap_get(&words, shorter.buf, &other))
				add_pair(&like, other, distinct[k]);
		}
	}
	neighbours(items, distinct, nd, &like);
	unique_pairs(&like);
	for (size_t i = 0; i < like.count; i++)
		warn(ds, strict, d, NULL, &items[like.items[i].first], &items[like.items[i].second],
		     LIKE_NAME);
	/* One name's words begin the other's ("Stichting Welzijn" and
	 * "Stichting Welzijn Krimpenerwaard"), from two words on, unless the
	 * words more only name a part of a place (only_parts()). */
	for (size_t k = 0; k < nd; k++) {
		const struct item *it = &items[distinct[k]];
		const char *s = it->words;
		size_t other;
		if (it->n_words < 3 || it->n_words > SPELLING_MAX_WORDS)
			continue;
		sb_reset(&shorter);
		for (size_t w = 0; w + 1 < it->n_words; w++) {
			size_t len = strcspn(s, " ");
			if (shorter.len)
				sb_addc(&shorter, ' ');
			sb_add(&shorter, s, len);
			s += len + (s[len] == ' ');
			if (w >= 1 && !strmap_get(&words, shorter.buf, &other) &&
			    !only_parts(it->words, w + 1) &&
			    !has_pair(&like, other < distinct[k] ? other : distinct[k],
			              other < distinct[k] ? distinct[k] : other))
				add_pair(&prefix, other, distinct[k]);
		}
	}
	unique_pairs(&prefix);
	for (size_t i = 0; i < prefix.count; i++)
		warn(ds, strict, d, NULL, &items[prefix.items[i].first],
		     &items[prefix.items[i].second], PREFIX_NAME);
	find_abbreviations(items, distinct, nd, ds, &abbr);
	unique_pairs(&abbr);
	for (size_t i = 0; i < abbr.count; i++)
		warn(ds, strict, d, NULL, &items[abbr.items[i].first], &items[abbr.items[i].second],
		     ABBR_NAME);
	free(prefix.items);
	free(abbr.items);
	sb_release(&shorter);
	free(like.items);
	free(distinct);
	strmap_release(&words);
	items_free(items, n);
}

void spelling_check(const struct dataset *ds, bool strict, struct diags *d)
{
	check_values(ds, strict, d, false);
	check_values(ds, strict, d, true);
	check_names(ds, strict, d);
}
