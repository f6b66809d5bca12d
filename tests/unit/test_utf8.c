/* util/utf8: strict decoding (RFC 3629, section 3 and 4, and the
 * malformed sequences of Markus Kuhn's UTF-8 decoder stress test) and the
 * columns a terminal gives a string (Unicode's East Asian Width: U+8A9E is
 * Wide; U+0301 is a combining mark, Mn). */
#include "unit.h"

#include "util/utf8.h"

static int decode(const char *s, uint32_t *cp)
{
	return utf8_decode(s, strlen(s) ? strlen(s) : 1, cp);
}

static void valid_characters_decode(void **state)
{
	uint32_t cp = 0;

	(void)state;
	assert_int_equal(decode("A", &cp), 1);
	assert_int_equal(cp, 0x41);
	assert_int_equal(decode("\xc3\xa9", &cp), 2); /* é */
	assert_int_equal(cp, 0xE9);
	assert_int_equal(decode("\xe8\xaa\x9e", &cp), 3); /* 語 */
	assert_int_equal(cp, 0x8A9E);
	assert_int_equal(decode("\xf0\x9f\x98\x80", &cp), 4); /* U+1F600 */
	assert_int_equal(cp, 0x1F600);
	/* The edges of each length, and the last code point. */
	assert_int_equal(decode("\xc2\x80", &cp), 2);
	assert_int_equal(cp, 0x80);
	assert_int_equal(decode("\xe0\xa0\x80", &cp), 3);
	assert_int_equal(cp, 0x800);
	assert_int_equal(decode("\xed\x9f\xbf", &cp), 3);
	assert_int_equal(cp, 0xD7FF);
	assert_int_equal(decode("\xee\x80\x80", &cp), 3);
	assert_int_equal(cp, 0xE000);
	assert_int_equal(decode("\xf0\x90\x80\x80", &cp), 4);
	assert_int_equal(cp, 0x10000);
	assert_int_equal(decode("\xf4\x8f\xbf\xbf", &cp), 4);
	assert_int_equal(cp, 0x10FFFF);
	assert_int_equal(utf8_decode("", 1, &cp), 1); /* NUL is a character */
	assert_int_equal(cp, 0);
}

static void invalid_sequences_are_rejected(void **state)
{
	static const char *const bad[] = {
	    "\x80",                 /* a continuation byte alone */
	    "\xbf",                 /* another */
	    "\xc0\xaf",             /* overlong '/' in two bytes */
	    "\xc1\xbf",             /* overlong U+007F */
	    "\xe0\x80\xaf",         /* overlong '/' in three */
	    "\xe0\x9f\xbf",         /* overlong U+07FF */
	    "\xf0\x80\x80\xaf",     /* overlong '/' in four */
	    "\xf0\x8f\xbf\xbf",     /* overlong U+FFFF */
	    "\xed\xa0\x80",         /* U+D800, a surrogate */
	    "\xed\xbf\xbf",         /* U+DFFF */
	    "\xf4\x90\x80\x80",     /* U+110000 */
	    "\xf5\x80\x80\x80",     /* lead bytes F5 to FF */
	    "\xf7\xbf\xbf\xbf",     /* what a 21-bit decoder takes for U+1FFFFF */
	    "\xf8\x88\x80\x80\x80", /* five bytes */
	    "\xfe",
	    "\xff",
	    "\xc3(",         /* a missing continuation byte */
	    "\xe8\xaa(",     /* and in three */
	    "\xf0\x9f\x98(", /* and in four */
	};
	uint32_t cp = 7;

	(void)state;
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		if (decode(bad[i], &cp) != -1)
			fail_msg("sequence %zu was taken as U+%04X", i, (unsigned)cp);
		assert_false(utf8_valid(bad[i], strlen(bad[i])));
	}
	assert_int_equal(cp, 7); /* left as it was */
	assert_true(utf8_valid("caf\xc3\xa9 \xe8\xaa\x9e", 9));
}

static void a_character_cut_off_is_told_apart(void **state)
{
	uint32_t cp;

	(void)state;
	assert_int_equal(utf8_decode("\xe8\xaa\x9e", 2, &cp), 0);
	assert_int_equal(utf8_decode("\xf0\x9f", 2, &cp), 0);
	/* Invalid already at the second byte: not merely cut off. */
	assert_int_equal(utf8_decode("\xed\xa0", 2, &cp), -1);
	assert_int_equal(utf8_decode("\xe0\x80", 2, &cp), -1);
	assert_false(utf8_valid("\xe8\xaa\x9e", 2));
}

static void encode_round_trips(void **state)
{
	char out[4];

	(void)state;
	for (uint32_t cp = 0; cp <= 0x10FFFF; cp += cp < 0x3000 ? 1 : 97) {
		uint32_t back = 0xFFFFFFFF;
		size_t n = utf8_encode(cp, out);
		if (cp >= 0xD800 && cp <= 0xDFFF) {
			assert_int_equal(n, 0);
			continue;
		}
		assert_int_equal(utf8_decode(out, n, &back), (int)n);
		assert_int_equal(back, cp);
	}
	assert_int_equal(utf8_encode(0x110000, out), 0);
}

static void widths_are_terminal_columns(void **state)
{
	(void)state;
	assert_int_equal(utf8_width(""), 0);
	assert_int_equal(utf8_width("Stichting Pulse"), 15);
	assert_int_equal(utf8_width("\xe8\xaa\x9e"), 2);                         /* 語: wide */
	assert_int_equal(utf8_width("\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e"), 6); /* 日本語 */
	assert_int_equal(utf8_width("e\xcc\x81"), 1);   /* e and a combining acute */
	assert_int_equal(utf8_width("Caf\xc3\xa9"), 4); /* precomposed é */
	assert_int_equal(utf8_width("Cafe\xcc\x81"), 4);
	assert_int_equal(utf8_chars("Cafe\xcc\x81"), 5);
	assert_int_equal(utf8_chars("\xe8\xaa\x9e"), 1);
	assert_int_equal(utf8_width("a\xff"), 2); /* a stray byte shows as one character */
}

static void fit_and_skip_never_part_a_character(void **state)
{
	const char *s = "\xe8\xaa\x9e\xe8\xaa\x9e"
	                "e\xcc\x81x"; /* 語語éx: 2 + 2 + 1 + 1 */

	(void)state;
	assert_int_equal(utf8_fit(s, 0), 0);
	assert_int_equal(utf8_fit(s, 1), 0); /* half of 語 does not fit */
	assert_int_equal(utf8_fit(s, 2), 3);
	assert_int_equal(utf8_fit(s, 3), 3);
	assert_int_equal(utf8_fit(s, 5), 9); /* the accent stays with its e */
	assert_int_equal(utf8_fit(s, 6), 10);
	assert_int_equal(utf8_fit(s, 99), 10);
	assert_int_equal(utf8_skip(s, 1), 3);
	assert_int_equal(utf8_skip(s, 3), 7);
	assert_int_equal(utf8_skip(s, 4), 9);
	assert_int_equal(utf8_skip(s, 99), 10);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(valid_characters_decode),
	    cmocka_unit_test(invalid_sequences_are_rejected),
	    cmocka_unit_test(a_character_cut_off_is_told_apart),
	    cmocka_unit_test(encode_round_trips),
	    cmocka_unit_test(widths_are_terminal_columns),
	    cmocka_unit_test(fit_and_skip_never_part_a_character),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
