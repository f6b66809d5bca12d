/* suggest: the closest candidate by Damerau-Levenshtein distance. */
#include "util/suggest.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* Longer strings are never suggested: their distance is not worth the
 * quadratic cost, and a 200-character name is not mistyped by one key. */
enum { SUGGEST_MAX_LEN = 256 };

static void trim(const char **s, size_t *len)
{
	while (*len && isspace((unsigned char)**s))
		(*s)++, (*len)--;
	while (*len && isspace((unsigned char)(*s)[*len - 1]))
		(*len)--;
}

static int same(char a, char b)
{
	return tolower((unsigned char)a) == tolower((unsigned char)b);
}

size_t suggest_distance(const char *a, const char *b, size_t limit)
{
	size_t la = strlen(a), lb = strlen(b);
	size_t rows[3][SUGGEST_MAX_LEN + 1];
	size_t *prev2 = rows[0], *prev = rows[1], *cur = rows[2];

	trim(&a, &la);
	trim(&b, &lb);
	if (la > SUGGEST_MAX_LEN || lb > SUGGEST_MAX_LEN)
		return limit + 1;
	if ((la > lb ? la - lb : lb - la) > limit)
		return limit + 1;
	/* Only cells within LIMIT of the diagonal can stay within the limit:
	 * the others count as LIMIT + 1, so the cost is (la + 1) x (2 LIMIT + 1). */
	size_t over = limit + 1;
	for (size_t j = 0; j <= lb; j++)
		prev[j] = j <= limit ? j : over;
	for (size_t i = 1; i <= la; i++) {
		size_t lo = i > limit ? i - limit : 1, hi = i + limit < lb ? i + limit : lb;
		size_t row_min = over;
		cur[0] = i <= limit ? i : over;
		if (lo > 1)
			cur[lo - 1] = over;
		if (hi < lb)
			cur[hi + 1] = over;
		if (cur[0] < row_min)
			row_min = cur[0];
		for (size_t j = lo; j <= hi; j++) {
			size_t cost = same(a[i - 1], b[j - 1]) ? 0 : 1;
			size_t d = prev[j - 1] + cost;
			if (prev[j] + 1 < d)
				d = prev[j] + 1;
			if (cur[j - 1] + 1 < d)
				d = cur[j - 1] + 1;
			if (i > 1 && j > 1 && same(a[i - 1], b[j - 2]) &&
			    same(a[i - 2], b[j - 1]) && prev2[j - 2] + 1 < d)
				d = prev2[j - 2] + 1;
			cur[j] = d < over ? d : over;
			if (cur[j] < row_min)
				row_min = cur[j];
		}
		if (row_min > limit)
			return over;
		size_t *t = prev2;
		prev2 = prev;
		prev = cur;
		cur = t;
	}
	return prev[lb] > limit ? limit + 1 : prev[lb];
}

static size_t allowed(const char *word)
{
	size_t len = strlen(word);
	trim(&word, &len);
	return len / 3 > 1 ? len / 3 : 1;
}

void suggest_init(struct suggest *s, const char *word)
{
	s->word = word;
	s->best = NULL;
	s->best_distance = (size_t)-1;
}

void suggest_offer(struct suggest *s, const char *candidate)
{
	size_t limit = allowed(s->word);
	size_t d;

	if (!candidate || !s->word)
		return;
	if (s->best_distance <= limit)
		limit = s->best_distance - (s->best_distance > 0);
	d = suggest_distance(s->word, candidate, limit);
	if (d > 0 && d <= limit && d < s->best_distance) {
		s->best = candidate;
		s->best_distance = d;
	}
}

const char *suggest_result(const struct suggest *s)
{
	return s->best;
}

/* ---- abbreviations ---- */

struct words {
	const char *at[SUGGEST_ABBR_WORDS];
	size_t len[SUGGEST_ABBR_WORDS];
	size_t n;
};

static bool word_byte(unsigned char c)
{
	return isalnum(c) || c >= 0x80;
}

/* The words of S; false when it has none or more than the limit. */
static bool split_words(const char *s, struct words *w)
{
	w->n = 0;
	while (*s) {
		while (*s && !word_byte((unsigned char)*s))
			s++;
		if (!*s)
			break;
		if (w->n == SUGGEST_ABBR_WORDS)
			return false;
		w->at[w->n] = s;
		while (word_byte((unsigned char)*s))
			s++;
		w->len[w->n] = (size_t)(s - w->at[w->n]);
		w->n++;
	}
	return w->n > 0;
}

static bool same_word(const char *a, size_t la, const char *b, size_t lb)
{
	return la == lb && !strncasecmp(a, b, la);
}

/* Small words an abbreviation leaves out ("Jeugd en Gezin" is "JG"). */
static bool filler(const char *w, size_t len)
{
	static const char *const words[] = {"en", "van", "de", "het", "der", "den", "voor",
	                                    "of", "in",  "op", "and", "the", "for", "t"};

	for (size_t i = 0; i < sizeof(words) / sizeof(words[0]); i++)
		if (same_word(w, len, words[i], strlen(words[i])))
			return true;
	return false;
}

static bool abbr_from(const struct words *s, size_t si, const struct words *l, size_t li,
                      bool initials);

/* Whether the letters of S's word SI from letter K on are the initials of
 * L's words from LI on (fillers may be skipped), the rest matching after. */
static bool initials_from(const struct words *s, size_t si, size_t k, const struct words *l,
                          size_t li)
{
	if (k == s->len[si])
		return abbr_from(s, si + 1, l, li, true);
	if (li == l->n)
		return false;
	if (tolower((unsigned char)s->at[si][k]) == tolower((unsigned char)l->at[li][0]) &&
	    initials_from(s, si, k + 1, l, li + 1))
		return true;
	return k > 0 && filler(l->at[li], l->len[li]) && initials_from(s, si, k, l, li + 1);
}

static bool abbr_from(const struct words *s, size_t si, const struct words *l, size_t li,
                      bool initials)
{
	if (si == s->n)
		return li == l->n && initials;
	if (li < l->n && same_word(s->at[si], s->len[si], l->at[li], l->len[li]) &&
	    abbr_from(s, si + 1, l, li + 1, initials))
		return true;
	/* Initials stand for two words or more: a word of one letter, or one
	 * matched by one word's initial, is not an abbreviation. */
	if (s->len[si] < 2 || l->n - li < 2)
		return false;
	/* Initials are written in capitals ("GGD HM"): "Ons" is a word. */
	for (size_t k = 0; k < s->len[si]; k++)
		if (islower((unsigned char)s->at[si][k]))
			return false;
	return initials_from(s, si, 0, l, li);
}

bool suggest_abbreviates(const char *shorter, const char *longer)
{
	struct words s, l;

	if (!shorter || !longer || !split_words(shorter, &s) || !split_words(longer, &l) ||
	    s.n >= l.n)
		return false;
	return abbr_from(&s, 0, &l, 0, false);
}
