/* Languages: every string in every language, codes, the environment, and
 * numbers written with the language's decimal mark; the compiled gettext
 * catalogues and their lookup. Also "did you mean". */
#include "unit.h"

#include <stdlib.h>

#include "util/suggest.h"
#include "i18n/catalog.h"
#include "i18n/texts.h"

/* Every text id has its English, and a translation in the catalogue of
 * every other language (a missing one would fall back to English). */
static void every_string_in_every_language(void **state)
{
	(void)state;
	for (int lang = 0; lang < LANG_COUNT; lang++) {
		const struct language *l = language((enum lang)lang);
		const struct catalog *c = catalog_of(l->code);
		assert_non_null(l->code);
		if (lang != LANG_EN && !c)
			fail_msg("language %s has no catalogue po/%s.po", l->code, l->code);
		for (int id = 0; id < T_COUNT; id++) {
			if (!texts_en[id].id || !*tx((enum lang)lang, (enum text_id)id))
				fail_msg("text %d is missing in language %s", id, l->code);
			if (lang != LANG_EN &&
			    !catalog_find(c, texts_en[id].id, texts_en[id].english))
				fail_msg("%s is not translated in po/%s.po", texts_en[id].id,
				         l->code);
		}
	}
}

static void templates_keep_their_placeholders(void **state)
{
	(void)state;
	for (int id = 0; id < T_COUNT; id++) {
		for (int k = 1; k <= 9; k++) {
			char ph[4] = {'{', (char)('0' + k), '}', 0};
			int in_en = strstr(texts_en[id].english, ph) != NULL;
			for (int lang = 1; lang < LANG_COUNT; lang++)
				if (in_en !=
				    (strstr(tx((enum lang)lang, (enum text_id)id), ph) != NULL))
					fail_msg("text %d: %s is used in one language only", id,
					         ph);
		}
	}
}

/* One English word with two Dutch ones, told apart by the msgctxt (the
 * id); a message is looked up without one; English is the source. */
static void contexts_and_messages(void **state)
{
	(void)state;
	assert_string_equal(tx(LANG_NL, T_N_DENSITY), "dichtheid");
	assert_string_equal(tx(LANG_NL, T_TL_H_DENSITY), "dichth.");
	assert_string_equal(tx(LANG_EN, T_TL_H_DENSITY), "density");
	assert_string_equal(tx(LANG_NL, T_COUNT), "");
	assert_string_equal(tx_message(LANG_NL, "there is not enough memory"),
	                    "er is niet genoeg geheugen");
	assert_string_equal(tx_message(LANG_EN, "there is not enough memory"),
	                    "there is not enough memory");
	assert_string_equal(tx_message(LANG_NL, "no such message"), "no such message");
	assert_null(catalog_find(catalog_of("nl"), "T_N_DENSITY", "no such text"));
	assert_null(catalog_find(catalog_of("nl"), NULL, "density"));
	assert_null(catalog_of("en"));
}

/* A .mo file of one entry, "ab" -> "xy", in either byte order (gettext's
 * manual, "The Format of GNU MO Files"); cut short or with a wrong magic
 * number it gives no translation rather than a crash. */
static void mo_files_in_either_byte_order(void **state)
{
	static const unsigned char le[] = {
	    0xde, 0x12, 0x04, 0x95, 0, 0, 0,  0,  1, 0, 0,   0,   28, 0,   0,   0,  36,
	    0,    0,    0,    0,    0, 0, 0,  44, 0, 0, 0,   2,   0,  0,   0,   44, 0,
	    0,    0,    2,    0,    0, 0, 47, 0,  0, 0, 'a', 'b', 0,  'x', 'y', 0};
	static const unsigned char be[] = {
	    0x95, 0x04, 0x12, 0xde, 0, 0, 0, 0, 0, 0,  0,   1,   0, 0,   0,   28, 0,
	    0,    0,    36,   0,    0, 0, 0, 0, 0, 0,  44,  0,   0, 0,   2,   0,  0,
	    0,    44,   0,    0,    0, 2, 0, 0, 0, 47, 'a', 'b', 0, 'x', 'y', 0};
	unsigned char bad[sizeof(le)];
	struct catalog c = {"xx", le, sizeof(le)};

	(void)state;
	assert_string_equal(catalog_find(&c, NULL, "ab"), "xy");
	assert_null(catalog_find(&c, NULL, "a"));
	assert_null(catalog_find(&c, NULL, "abc"));
	assert_null(catalog_find(&c, "ctx", "ab"));
	c.data = be;
	assert_string_equal(catalog_find(&c, NULL, "ab"), "xy");
	c.size = sizeof(be) - 1; /* the last NUL is cut off */
	assert_null(catalog_find(&c, NULL, "ab"));
	c.size = 20;
	assert_null(catalog_find(&c, NULL, "ab"));
	memcpy(bad, le, sizeof(le));
	bad[0] = 0;
	c = (struct catalog){"xx", bad, sizeof(bad)};
	assert_null(catalog_find(&c, NULL, "ab"));
	assert_null(catalog_find(NULL, NULL, "ab"));
}

static void codes_and_environment(void **state)
{
	(void)state;
	assert_int_equal(lang_from_code("nl"), LANG_NL);
	assert_int_equal(lang_from_code("NL"), LANG_NL);
	assert_int_equal(lang_from_code("nl_NL.UTF-8"), LANG_NL);
	assert_int_equal(lang_from_code("en_GB"), LANG_EN);
	assert_int_equal(lang_from_code("nlx"), -1);
	assert_int_equal(lang_from_code("C.UTF-8"), -1);

	unsetenv("PARTNERMAP_LANG");
	unsetenv("LC_ALL");
	unsetenv("LC_MESSAGES");
	setenv("LANG", "nl_NL.UTF-8", 1);
	assert_int_equal(lang_from_environment(), LANG_NL);
	setenv("LC_ALL", "C", 1);
	assert_int_equal(lang_from_environment(), LANG_EN);
	setenv("PARTNERMAP_LANG", "nl", 1);
	assert_int_equal(lang_from_environment(), LANG_NL);
	unsetenv("PARTNERMAP_LANG");
	unsetenv("LC_ALL");
	unsetenv("LANG");
	assert_int_equal(lang_from_environment(), LANG_EN);
}

static void numbers_use_the_decimal_mark(void **state)
{
	struct strbuf sb;

	(void)state;
	sb_init(&sb);
	tx_number(&sb, LANG_NL, 0.125, 2);
	tx_number(&sb, LANG_EN, 0.125, 2);
	assert_string_equal(sb.buf, "0,120.12");
	sb_release(&sb);
}

/* Two numbers compared in a sentence never read the same unless equal. */
static void pairs_of_numbers_differ(void **state)
{
	struct strbuf a, b;

	(void)state;
	sb_init(&a);
	sb_init(&b);
	tx_number_pair(&a, &b, LANG_NL, 0.4231, 0.4186, 2);
	assert_string_equal(a.buf, "0,423");
	assert_string_equal(b.buf, "0,419");
	sb_reset(&a);
	sb_reset(&b);
	tx_number_pair(&a, &b, LANG_EN, 0.44, 0.43, 2);
	assert_string_equal(a.buf, "0.44");
	assert_string_equal(b.buf, "0.43");
	sb_reset(&a);
	sb_reset(&b);
	tx_number_pair(&a, &b, LANG_EN, 0.5, 0.5, 2);
	assert_string_equal(a.buf, "0.50");
	assert_string_equal(b.buf, "0.50");
	sb_reset(&a);
	sb_reset(&b);
	tx_number_pair(&a, &b, LANG_EN, 0.420001, 0.420002, 2); /* at most two more digits */
	assert_string_equal(a.buf, "0.4200");
	sb_release(&a);
	sb_release(&b);
}

/* Dates for people: the Dutch form of Dutch reports, ISO in English. */
static void dates_and_counts(void **state)
{
	struct strbuf sb;
	char buf[64];

	(void)state;
	sb_init(&sb);
	tx_date(&sb, LANG_NL, 20190503);
	sb_adds(&sb, "|");
	tx_date(&sb, LANG_EN, 20190503);
	sb_adds(&sb, "|");
	tx_date(&sb, LANG_NL, 20151231);
	sb_adds(&sb, "|");
	tx_date(&sb, LANG_NL, 0);
	assert_string_equal(sb.buf, "3 mei 2019|2019-05-03|31 december 2015|-");
	sb_release(&sb);
	assert_string_equal(
	    tx_count(buf, sizeof(buf), LANG_NL, 1, T_KIND_MUNICIPALITY, T_KINDS_MUNICIPALITY),
	    "1 gemeente");
	assert_string_equal(
	    tx_count(buf, sizeof(buf), LANG_NL, 2, T_KIND_MUNICIPALITY, T_KINDS_MUNICIPALITY),
	    "2 gemeenten");
	assert_string_equal(tx_count(buf, sizeof(buf), LANG_EN, 1, T_CT_TIE, T_CT_TIES), "1 tie");
	assert_string_equal(tx_count(buf, sizeof(buf), LANG_EN, 0, T_CT_TIE, T_CT_TIES), "0 ties");
}

static void suggestions(void **state)
{
	static const char *const ids[] = {"wt-centrum", "wt-noord", "pulse", "ggd"};
	struct suggest s;

	(void)state;
	suggest_init(&s, "wt-centrun");
	for (size_t i = 0; i < 4; i++)
		suggest_offer(&s, ids[i]);
	assert_string_equal(suggest_result(&s), "wt-centrum");

	suggest_init(&s, "Puls");
	for (size_t i = 0; i < 4; i++)
		suggest_offer(&s, ids[i]);
	assert_string_equal(suggest_result(&s), "pulse");

	suggest_init(&s, "zorgkantoor");
	for (size_t i = 0; i < 4; i++)
		suggest_offer(&s, ids[i]);
	assert_null(suggest_result(&s));

	assert_int_equal(suggest_distance("zuidoost", "Zuid-Oost", 5), 1);
	assert_int_equal(suggest_distance("ouderen", "oudere", 5), 1);
	assert_int_equal(suggest_distance("ab", "ba", 5), 1); /* a swap is one step */
	assert_int_equal(suggest_distance("same", "SAME ", 5), 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(every_string_in_every_language),
	    cmocka_unit_test(templates_keep_their_placeholders),
	    cmocka_unit_test(contexts_and_messages),
	    cmocka_unit_test(mo_files_in_either_byte_order),
	    cmocka_unit_test(codes_and_environment),
	    cmocka_unit_test(numbers_use_the_decimal_mark),
	    cmocka_unit_test(pairs_of_numbers_differ),
	    cmocka_unit_test(dates_and_counts),
	    cmocka_unit_test(suggestions),
	};
	return cmocka_run_group_tests_name("texts", tests, NULL, NULL);
}
