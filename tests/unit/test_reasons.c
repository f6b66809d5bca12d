/* The reasons libraries give for a failure reach a Dutch reader in Dutch,
 * with what to do, for the cases people meet; other cases keep the
 * library's own words rather than saying nothing. */
#include "unit.h"

#include <igraph.h>
#include <xlsxwriter.h>

#include "i18n/msg.h"
#include "network/network.h"
#include "io/tabular.h"

static void workbook_reasons(void **state)
{
	(void)state;
	msg_set_lang(LANG_NL);
	assert_string_equal(
	    tab_xlsx_reason(LXW_ERROR_CREATING_XLSX_FILE),
	    "het bestand kan niet worden gemaakt: is het geopend in Excel, of is de "
	    "map alleen-lezen?");
	assert_string_equal(tab_xlsx_reason(LXW_ERROR_ZIP_CLOSE),
	                    "de werkmap kan niet worden weggeschreven: is de schijf vol?");
	assert_string_equal(tab_xlsx_reason(LXW_ERROR_MAX_STRING_LENGTH_EXCEEDED),
	                    "een tekst is langer dan een cel in Excel bevat (32.767 tekens)");
	/* A case no person meets keeps libxlsxwriter's words. */
	assert_string_equal(tab_xlsx_reason(LXW_ERROR_IMAGE_DIMENSIONS),
	                    lxw_strerror(LXW_ERROR_IMAGE_DIMENSIONS));
	msg_set_lang(LANG_EN);
	assert_string_equal(tab_xlsx_reason(LXW_ERROR_CREATING_XLSX_FILE),
	                    "the file cannot be created: is it open in Excel, or is the folder "
	                    "read-only?");
}

static void igraph_reasons(void **state)
{
	(void)state;
	msg_set_lang(LANG_NL);
	assert_string_equal(
	    network_igraph_reason(IGRAPH_ENOMEM),
	    "er is niet genoeg geheugen: sluit andere programma's, of schat bij een "
	    "groot onderzoek met --sample K");
	assert_string_equal(network_igraph_reason(IGRAPH_EFILE),
	                    "een bestand kon niet worden gelezen of geschreven: is de schijf vol?");
	assert_string_equal(network_igraph_reason(IGRAPH_INTERRUPTED), "onderbroken");
	assert_string_equal(network_igraph_reason(IGRAPH_EINTERNAL),
	                    igraph_strerror(IGRAPH_EINTERNAL));
	msg_set_lang(LANG_EN);
	assert_string_equal(network_igraph_reason(IGRAPH_EFILE),
	                    "a file could not be read or written: is the disk full?");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(workbook_reasons),
	    cmocka_unit_test(igraph_reasons),
	};
	return cmocka_run_group_tests_name("reasons", tests, NULL, NULL);
}
