/* Languages: every string in every language, codes, the environment, and
 * numbers written with the language's decimal mark. Also "did you mean". */
#include "unit.h"

#include <stdlib.h>

#include "util/suggest.h"
#include "i18n/texts.h"

static void every_string_in_every_language(void **state)
{
	(void)state;
	for (int lang = 0; lang < LANG_COUNT; lang++) {
		const struct language *l = language((enum lang)lang);
		assert_non_null(l->code);
		for (int id = 0; id < T_COUNT; id++) {
			if (!l->texts[id] || !*l->texts[id])
				fail_msg("text %d is missing in language %s", id, l->code);
		}
	}
}

static void templates_keep_their_placeholders(void **state)
{
	(void)state;
	for (int id = 0; id < T_COUNT; id++) {
		for (int k = 1; k <= 9; k++) {
			char ph[4] = {'{', (char)('0' + k), '}', 0};
			int in_en = strstr(texts_en[id], ph) != NULL;
			for (int lang = 1; lang < LANG_COUNT; lang++)
				if (in_en !=
				    (strstr(language((enum lang)lang)->texts[id], ph) != NULL))
					fail_msg("text %d: %s is used in one language only", id,
					         ph);
		}
	}
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
	    cmocka_unit_test(codes_and_environment),
	    cmocka_unit_test(numbers_use_the_decimal_mark),
	    cmocka_unit_test(dates_and_counts),
	    cmocka_unit_test(suggestions),
	};
	return cmocka_run_group_tests_name("texts", tests, NULL, NULL);
}
