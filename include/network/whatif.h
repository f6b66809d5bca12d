/*
 * whatif: how every output says that the network was changed by
 * --without and --add-tie (cli.md's What-if): a sentence for people, the
 * options for a CSV column, an object for JSON. Nothing here fails.
 */
#ifndef PARTNERMAP_NETWORK_WHATIF_H
#define PARTNERMAP_NETWORK_WHATIF_H

#include <cjson/cJSON.h>

#include "network/network.h"
#include "i18n/texts.h"

/* Appends the names of the entities as "A, B and C" in the language. */
void whatif_name_list(struct strbuf *sb, const struct dataset *ds, const size_t *entities, size_t n,
                      enum lang lang);

/* Appends "What-if: without A and B, with a new tie between C and D." */
void whatif_sentence(struct strbuf *sb, const struct dataset *ds, const struct network_edit *edit,
                     enum lang lang);

/* Appends the edit in the words of its options, with ids, for a CSV
 * cell: "without a,b; add-tie c,d; add-tie e,f". */
void whatif_text(struct strbuf *sb, const struct dataset *ds, const struct network_edit *edit);

/* {"without": [ids], "add_tie": [[a, b], ...]}; the caller owns it. */
cJSON *whatif_json(const struct dataset *ds, const struct network_edit *edit);

#endif
