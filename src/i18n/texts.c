/* texts: the table of languages, and filling in their templates. */
#include "i18n/texts.h"
#include "i18n/catalog.h"
#include "util/date.h"

#include <ctype.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* One row per language; its words are in po/CODE.po (English, the source,
 * has none). */
static const struct language languages[LANG_COUNT] = {
    [LANG_EN] = {"en", "English", '.', ',', false, false},
    [LANG_NL] = {"nl", "Nederlands", ',', ';', true, true},
};

const struct language *language(enum lang lang)
{
	return &languages[(unsigned)lang < LANG_COUNT ? lang : LANG_EN];
}

int lang_from_code(const char *code)
{
	for (int i = 0; code && i < LANG_COUNT; i++) {
		size_t n = strlen(languages[i].code);
		if (!strncasecmp(code, languages[i].code, n) && !isalpha((unsigned char)code[n]))
			return i;
	}
	return -1;
}

enum lang lang_from_environment(void)
{
	static const char *const vars[] = {"PARTNERMAP_LANG", "LC_ALL", "LC_MESSAGES", "LANG"};

	for (size_t i = 0; i < sizeof(vars) / sizeof(vars[0]); i++) {
		const char *v = getenv(vars[i]);
		if (v && *v) {
			int lang = lang_from_code(v);
			return lang < 0 ? LANG_EN : (enum lang)lang;
		}
	}
	return LANG_EN;
}

void tx_number(struct strbuf *sb, enum lang lang, double x, int decimals)
{
	size_t start = sb->len;

	if (isnan(x)) {
		sb_adds(sb, "-");
		return;
	}
	sb_addf(sb, "%.*f", decimals, x);
	for (size_t i = start; i < sb->len; i++)
		if (sb->buf[i] == '.')
			sb->buf[i] = language(lang)->decimal_mark;
}

void tx_number_pair(struct strbuf *a, struct strbuf *b, enum lang lang, double x, double y,
                    int decimals)
{
	size_t at_a = a->len, at_b = b->len;

	for (int d = decimals; d <= decimals + 2; d++) {
		if (a->len > at_a)
			a->len = at_a, a->buf[at_a] = '\0';
		if (b->len > at_b)
			b->len = at_b, b->buf[at_b] = '\0';
		tx_number(a, lang, x, d);
		tx_number(b, lang, y, d);
		if (x == y || strcmp(a->buf + at_a, b->buf + at_b))
			break;
	}
}

void vtxf(struct strbuf *sb, enum lang lang, enum text_id id, va_list ap)
{
	const char *args[9] = {0};
	const char *t = tx(lang, id);
	int n = 0;

	while (n < 9 && (args[n] = va_arg(ap, const char *)) != NULL)
		n++;
	for (; *t; t++) {
		if (t[0] == '{' && t[1] >= '1' && t[1] <= '9' && t[2] == '}') {
			int k = t[1] - '1';
			sb_adds(sb, k < n ? args[k] : "");
			t += 2;
		} else {
			sb_addc(sb, *t);
		}
	}
}

void txf(struct strbuf *sb, enum lang lang, enum text_id id, ...)
{
	va_list ap;

	va_start(ap, id);
	vtxf(sb, lang, id, ap);
	va_end(ap);
}

char *tx_count(char *buf, size_t size, enum lang lang, long n, enum text_id one, enum text_id many)
{
	snprintf(buf, size, "%ld %s", n, tx(lang, n == 1 ? one : many));
	return buf;
}

void tx_date(struct strbuf *sb, enum lang lang, int date)
{
	char day[4], year[8], iso[11];
	int month = date / 100 % 100;

	if (date == DATE_NONE || month < 1 || month > 12) {
		sb_adds(sb, "-");
		return;
	}
	if (!language(lang)->named_months) {
		date_format(date, iso);
		sb_adds(sb, iso);
		return;
	}
	snprintf(day, sizeof(day), "%d", date % 100);
	snprintf(year, sizeof(year), "%d", date_year(date));
	txf(sb, lang, T_DATE, day, tx(lang, (enum text_id)(T_MONTH_1 + month - 1)), year, NULL);
}

const char *tx(enum lang lang, enum text_id id)
{
	if ((unsigned)id >= T_COUNT)
		return "";
	const struct text *t = &texts_en[id];
	const char *s = lang == LANG_EN
	                    ? NULL
	                    : catalog_find(catalog_of(language(lang)->code), t->id, t->english);

	return s ? s : t->english;
}

const char *tx_message(enum lang lang, const char *english)
{
	const char *s =
	    lang == LANG_EN ? NULL : catalog_find(catalog_of(language(lang)->code), NULL, english);

	return s ? s : english;
}

const char *tx_ei_key(enum lang lang, const char *key)
{
	if (!strcmp(key, "kind"))
		return tx(lang, T_EI_KIND);
	if (!strcmp(key, "municipalities"))
		return tx(lang, T_EI_MUNICIPALITIES);
	if (!strcmp(key, "domains"))
		return tx(lang, T_EI_DOMAINS);
	return key;
}
