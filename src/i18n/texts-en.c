/* texts-en: every sentence partnermap shows a person, in English. */
#include "i18n/texts.h"

const struct text texts_en[T_COUNT] = {
    [T_KIND_MUNICIPALITY] = TEXT_("T_KIND_MUNICIPALITY", "municipality"),
    [T_KIND_ORGANISATION] = TEXT_("T_KIND_ORGANISATION", "organisation"),
    [T_KIND_TEAM] = TEXT_("T_KIND_TEAM", "team"),
    [T_KIND_INFORMAL] = TEXT_("T_KIND_INFORMAL", "informal partner"),
    [T_LEGEND_KIND] = TEXT_("T_LEGEND_KIND", "Kind of entity"),
    [T_LEGEND_TIES] = TEXT_("T_LEGEND_TIES", "Ties"),
    [T_LEGEND_SIZE] = TEXT_("T_LEGEND_SIZE", "Size"),
    [T_LEVEL_1] = TEXT_("T_LEVEL_1", "level 1: contact, information"),
    [T_LEVEL_2] = TEXT_("T_LEVEL_2", "level 2: cooperation"),
    [T_LEVEL_3] = TEXT_("T_LEVEL_3", "level 3: integrated work, membership"),
    [T_ONE_SIDED] = TEXT_("T_ONE_SIDED", "named by one side only"),
    [T_HIGHLIGHTED] = TEXT_("T_HIGHLIGHTED", "highlighted"),
    [T_OTHER] = TEXT_("T_OTHER", "other"),
    [T_NONE] = TEXT_("T_NONE", "none"),
    [T_WAVE_CAPTION] = TEXT_("T_WAVE_CAPTION", "Wave {1}{2}: {3}, {4}"),
    [T_GAINED] = TEXT_("T_GAINED", "tie gained"),
    [T_LOST] = TEXT_("T_LOST", "tie lost"),
    [T_KEPT] = TEXT_("T_KEPT", "tie kept"),
    [T_JOINED] = TEXT_("T_JOINED", "joined"),
    [T_LEFT] = TEXT_("T_LEFT", "left"),
    [T_DIFF_CAPTION] = TEXT_("T_DIFF_CAPTION", "Change from wave {1} to wave {2}"),
    [T_UNOBSERVED] = TEXT_("T_UNOBSERVED", "tie not observed (interview missing)"),
    [T_DIFF_NOTE] =
        TEXT_("T_DIFF_NOTE",
              "Jaccard index of ties {1} ({2})\nmissing interviews: {3}; ties not observed: {4}"),
    [T_UNAWARE] = TEXT_("T_UNAWARE", "overlap, no tie: unaware"),
    [T_AWARE] = TEXT_("T_AWARE", "overlap, tied: aware"),
    [T_OVERLAP_CAPTION] =
        TEXT_("T_OVERLAP_CAPTION", "Teams that serve the same areas and target groups, wave {1}"),
    [T_OVERLAP_WIDTH] = TEXT_("T_OVERLAP_WIDTH", "width: share of coverage in common"),
    [T_GROUP_CAPTION] = TEXT_("T_GROUP_CAPTION", "{1} of {2}"),
    [T_GROUP_SIZE] = TEXT_("T_GROUP_SIZE", "size: number of members"),
    [T_GROUP_REST] = TEXT_("T_GROUP_REST", "{1} smaller groups"),
    [T_GROUP_REST_CAPTION] = TEXT_("T_GROUP_REST_CAPTION",
                                   "the {1} smallest groups ({2} entities) are drawn as one node"),
    [T_EGO_CAPTION] = TEXT_("T_EGO_CAPTION", "The network of {1} (radius {2})"),
    [T_SIZE_MEANS_BETWEENNESS] = TEXT_("T_SIZE_MEANS_BETWEENNESS",
                                       "larger shape: more often on the shortest path between two "
                                       "others, a broker (betweenness)"),
    [T_SIZE_MEANS_DEGREE] = TEXT_("T_SIZE_MEANS_DEGREE", "larger shape: more partners (degree)"),
    [T_SIZE_MEANS_PAGERANK] = TEXT_("T_SIZE_MEANS_PAGERANK",
                                    "larger shape: tied to partners that are well tied themselves "
                                    "(PageRank)"),
    [T_SIZE_MEANS_CLOSENESS] =
        TEXT_("T_SIZE_MEANS_CLOSENESS", "larger shape: fewer steps to everyone else (closeness)"),
    [T_SIZE_MEANS_EIGENVECTOR] =
        TEXT_("T_SIZE_MEANS_EIGENVECTOR", "larger shape: tied to the best-connected partners "
                                          "(eigenvector)"),
    [T_SIZE_LOWEST] = TEXT_("T_SIZE_LOWEST", "lowest: {1}"),
    [T_SIZE_HIGHEST] = TEXT_("T_SIZE_HIGHEST", "highest: {1}"),
    [T_LABELS_LIMITED] = TEXT_(
        "T_LABELS_LIMITED", "Names are shown for the {1} most connected of {2} entities, so that "
                            "they stay legible; the tables name every entity."),
    [T_CHART_TITLE] = TEXT_("T_CHART_TITLE", "How the network grew"),
    [T_CHART_TIES] = TEXT_("T_CHART_TIES", "Ties per wave"),
    [T_CHART_SHAPE] = TEXT_("T_CHART_SHAPE", "Density and fragmentation per wave"),
    [T_CHART_DENSITY] = TEXT_("T_CHART_DENSITY", "density"),
    [T_CHART_FRAGMENTATION] = TEXT_("T_CHART_FRAGMENTATION", "fragmentation"),
    [T_CHART_STARTED] = TEXT_("T_CHART_STARTED", "Partnerships started per year"),
    [T_CHART_STARTED_NOTE] =
        TEXT_("T_CHART_STARTED_NOTE", "ties of the last wave, by the year they began"),
    [T_M_ID] = TEXT_("T_M_ID", "id"),
    [T_MN_ID] = TEXT_("T_MN_ID", "id"),
    [T_M_NAME] = TEXT_("T_M_NAME", "name"),
    [T_MN_NAME] = TEXT_("T_MN_NAME", "name"),
    [T_M_KIND] = TEXT_("T_M_KIND", "kind"),
    [T_MN_KIND] = TEXT_("T_MN_KIND", "kind"),
    [T_M_DEGREE] = TEXT_("T_M_DEGREE", "deg"),
    [T_MN_DEGREE] = TEXT_("T_MN_DEGREE", "degree"),
    [T_M_NAMED_BY] = TEXT_("T_M_NAMED_BY", "named"),
    [T_MN_NAMED_BY] = TEXT_("T_MN_NAMED_BY", "named by"),
    [T_M_BETWEENNESS] = TEXT_("T_M_BETWEENNESS", "betw"),
    [T_MN_BETWEENNESS] = TEXT_("T_MN_BETWEENNESS", "betweenness"),
    [T_M_CLOSENESS] = TEXT_("T_M_CLOSENESS", "close"),
    [T_MN_CLOSENESS] = TEXT_("T_MN_CLOSENESS", "closeness"),
    [T_M_EIGENVECTOR] = TEXT_("T_M_EIGENVECTOR", "eigen"),
    [T_MN_EIGENVECTOR] = TEXT_("T_MN_EIGENVECTOR", "eigenvector"),
    [T_M_PAGERANK] = TEXT_("T_M_PAGERANK", "prank"),
    [T_MN_PAGERANK] = TEXT_("T_MN_PAGERANK", "pagerank"),
    [T_M_CORENESS] = TEXT_("T_M_CORENESS", "core"),
    [T_MN_CORENESS] = TEXT_("T_MN_CORENESS", "coreness"),
    [T_M_COMMUNITY] = TEXT_("T_M_COMMUNITY", "comm"),
    [T_MN_COMMUNITY] = TEXT_("T_MN_COMMUNITY", "community"),
    [T_M_CUTPOINT] = TEXT_("T_M_CUTPOINT", "cut"),
    [T_MN_CUTPOINT] = TEXT_("T_MN_CUTPOINT", "cut point"),
    [T_M_F_WITHOUT] = TEXT_("T_M_F_WITHOUT", "F-without"),
    [T_MN_F_WITHOUT] = TEXT_("T_MN_F_WITHOUT", "fragmentation without it"),
    [T_M_TRUST] = TEXT_("T_M_TRUST", "trust"),
    [T_MN_TRUST] = TEXT_("T_MN_TRUST", "trust received"),
    [T_M_CONSTRAINT] = TEXT_("T_M_CONSTRAINT", "constr."),
    [T_MN_CONSTRAINT] = TEXT_("T_MN_CONSTRAINT", "constraint"),
    [T_M_EFFECTIVE_SIZE] = TEXT_("T_M_EFFECTIVE_SIZE", "eff. size"),
    [T_MN_EFFECTIVE_SIZE] = TEXT_("T_MN_EFFECTIVE_SIZE", "effective size"),
    [T_M_COORDINATOR] = TEXT_("T_M_COORDINATOR", "coord."),
    [T_MN_COORDINATOR] = TEXT_("T_MN_COORDINATOR", "brokerage: coordinator"),
    [T_M_CONSULTANT] = TEXT_("T_M_CONSULTANT", "consult."),
    [T_MN_CONSULTANT] = TEXT_("T_MN_CONSULTANT", "brokerage: consultant"),
    [T_M_GATEKEEPER] = TEXT_("T_M_GATEKEEPER", "gatekp."),
    [T_MN_GATEKEEPER] = TEXT_("T_MN_GATEKEEPER", "brokerage: gatekeeper"),
    [T_M_LIAISON] = TEXT_("T_M_LIAISON", "liaison"),
    [T_MN_LIAISON] = TEXT_("T_MN_LIAISON", "brokerage: liaison"),
    [T_SIZE_MEANS_EFFECTIVE_SIZE] =
        TEXT_("T_SIZE_MEANS_EFFECTIVE_SIZE",
              "larger shape: more partners that are not tied to each other, "
              "a broker across a structural hole (effective_size)"),
    [T_CODE_MUNICIPALITY] = TEXT_("T_CODE_MUNICIPALITY", "Municipality"),
    [T_CODE_ORGANISATION] = TEXT_("T_CODE_ORGANISATION", "Organisation"),
    [T_CODE_TEAM] = TEXT_("T_CODE_TEAM", "Team"),
    [T_CODE_INFORMAL] = TEXT_("T_CODE_INFORMAL", "Informal partner"),
    [T_PSEUDONYMISED] = TEXT_("T_PSEUDONYMISED", "Names are pseudonymised."),
    [T_SHEET_MEASURES] = TEXT_("T_SHEET_MEASURES", "Measures"),
    [T_SHEET_OVERLAP] = TEXT_("T_SHEET_OVERLAP", "Overlap"),
    [T_SHEET_GAPS] = TEXT_("T_SHEET_GAPS", "Gaps"),
    [T_SHEET_TIMELINE] = TEXT_("T_SHEET_TIMELINE", "Timeline"),
    [T_M_SOURCES] = TEXT_("T_M_SOURCES", "sources"),
    [T_CHART_RESPONSE] = TEXT_("T_CHART_RESPONSE", "{1} ({2})"),
    [T_CHART_TIES_NOTE] =
        TEXT_("T_CHART_TIES_NOTE",
              "under each wave: interviews (response); between waves: Jaccard index of ties"),
    [T_TL_CHANGE] =
        TEXT_("T_TL_CHANGE",
              "Between {1} and {2}. Partnerships started: {3}, ended: {4}, continued: {5}, "
              "not observed: {6}. Entities joined: {7}, left: {8}."),
    [T_TL_SHAPE] = TEXT_("T_TL_SHAPE", "Fragmentation {1}, density {2}."),
    [T_TL_ROSE] = TEXT_("T_TL_ROSE", "rose from {1} to {2}"),
    [T_TL_FELL] = TEXT_("T_TL_FELL", "fell from {1} to {2}"),
    [T_TL_STAYED] = TEXT_("T_TL_STAYED", "stayed at {1}"),
    [T_TL_JACCARD] = TEXT_("T_TL_JACCARD", "Jaccard index of ties (kept / observed): {1}, {2}."),
    [T_TL_MISSING] = TEXT_("T_TL_MISSING", "Missing interviews: {1}."),
    [T_TL_NOT_INTERVIEWED] = TEXT_("T_TL_NOT_INTERVIEWED", "not interviewed in {1}, but in {2}"),
    [T_TL_STARTED] = TEXT_("T_TL_STARTED", "started"),
    [T_TL_ENDED] = TEXT_("T_TL_ENDED", "ended"),
    [T_TL_UNOBSERVED] =
        TEXT_("T_TL_UNOBSERVED",
              "not observed (named only by entities not interviewed in the other wave)"),
    [T_STABILITY_UNKNOWN] = TEXT_("T_STABILITY_UNKNOWN", "no tie observed"),
    [T_STABILITY_TOO_LOW] =
        TEXT_("T_STABILITY_TOO_LOW", "below 0.2: too much changed to compare positions"),
    [T_STABILITY_MODERATE] = TEXT_("T_STABILITY_MODERATE",
                                   "between 0.2 and 0.3: neither clearly stable nor too changed"),
    [T_STABILITY_STABLE] = TEXT_("T_STABILITY_STABLE", "above 0.3: stable"),
    [T_OV_GAPS] = TEXT_("T_OV_GAPS", "Gaps: areas and target groups that no active team serves"),
    [T_OV_NO_GAPS] = TEXT_(
        "T_OV_NO_GAPS", "none: every area of every municipality is served for every target group"),
    [T_OV_NO_MUNICIPALITY] =
        TEXT_("T_OV_NO_MUNICIPALITY", "none to judge: no active team names a municipality"),
    [T_OV_ALL_GROUPS] = TEXT_("T_OV_ALL_GROUPS", "all target groups"),
    [T_COV_GAP] = TEXT_("T_COV_GAP", "gap"),
    [T_COV_CELLS] = TEXT_("T_COV_CELLS", "Cells: area and target group"),
    [T_COV_LEGEND_GAP] = TEXT_("T_COV_LEGEND_GAP", "gap: no active team (dashed)"),
    [T_COV_LEGEND_ONE] = TEXT_("T_COV_LEGEND_ONE", "one team"),
    [T_COV_LEGEND_MANY] = TEXT_("T_COV_LEGEND_MANY", "overlap: 2 or more teams (bold)"),
    [T_COV_TEAMS] = TEXT_("T_COV_TEAMS", "Teams"),
    [T_COV_CAPTION] =
        TEXT_("T_COV_CAPTION", "Who serves which areas and target groups, wave {1}: {2}"),
    [T_R_COVERAGE] = TEXT_("T_R_COVERAGE", "Who serves which areas and target groups"),
    [T_R_COVERAGE_TEXT] = TEXT_("T_R_COVERAGE_TEXT",
                                "Every area of a municipality (named by its teams or by the "
                                "municipality) against every target group: a cell shows the teams "
                                "that serve it. Gaps are cells that no active team serves; cells "
                                "that two or more teams serve are where teams overlap."),
    [T_R_GAPS_OF] = TEXT_("T_R_GAPS_OF", "In {1} no active team serves: {2}."),
    [T_R_NO_GAPS] =
        TEXT_("T_R_NO_GAPS", "Every area of every municipality is served for every target group."),
    [T_R_SCORES_OVER_TIME] = TEXT_("T_R_SCORES_OVER_TIME", "Scores over the waves"),
    [T_R_SCORES_OVER_TIME_TEXT] = TEXT_("T_R_SCORES_OVER_TIME_TEXT",
                                        "The mean score on each task in every wave, over all who "
                                        "scored it. The change from {1} to {2} counts only "
                                        "respondents who scored the task in both waves, so that a "
                                        "missing interview does not pass for a change."),
    [T_R_SCORES_CHANGE] = TEXT_("T_R_SCORES_CHANGE", "Change {1} to {2}"),
    [T_R_SCORES_BY_KIND] = TEXT_(
        "T_R_SCORES_BY_KIND", "The change from {1} to {2} per kind of organisation, over the same "
                              "respondents in both waves (how many in brackets):"),
    [T_R_DEF_GAPS] =
        TEXT_("T_R_DEF_GAPS", "Gap: an area of a municipality (named by its teams or by the "
                              "municipality) and a target group that no active team serves."),
    [T_R_DEF_JACCARD] = TEXT_("T_R_DEF_JACCARD",
                              "Jaccard index of ties: the ties kept divided by the ties started, "
                              "ended and kept between two waves. Below 0.2 the network changed too "
                              "much to compare positions; above 0.3 it is stable."),
    [T_R_DEF_UNOBSERVED] = TEXT_(
        "T_R_DEF_UNOBSERVED", "Not observed: a tie found in one wave only, named only by entities "
                              "that were not interviewed in the other wave (and no team "
                              "membership). It counts neither as started nor as ended."),
    [T_R_LANG] = TEXT_("T_R_LANG", "en"),
    [T_R_SUBTITLE] = TEXT_("T_R_SUBTITLE", "{1}, {2}, {3}"),
    [T_R_FICTION_NOTE] = TEXT_("T_R_FICTION_NOTE", "Made with partnermap from the study file {1}."),
    [T_R_CONTENTS] = TEXT_("T_R_CONTENTS", "Contents"),
    [T_R_GLANCE] = TEXT_("T_R_GLANCE", "The study at a glance"),
    [T_R_GLANCE_TEXT] =
        TEXT_("T_R_GLANCE_TEXT",
              "The study follows {1}: {2}, {3}, {4} and {5}. The table shows, per wave, how "
              "many were interviewed and how many ties they reported."),
    [T_R_WHO] = TEXT_("T_R_WHO", "Who took part"),
    [T_R_INTERVIEWED_IN] = TEXT_("T_R_INTERVIEWED_IN", "Interviewed in wave"),
    [T_R_WAVE] = TEXT_("T_R_WAVE", "Wave"),
    [T_R_DATE] = TEXT_("T_R_DATE", "Date"),
    [T_R_INTERVIEWS] = TEXT_("T_R_INTERVIEWS", "Interviews"),
    [T_R_ENTITIES] = TEXT_("T_R_ENTITIES", "Entities"),
    [T_R_TIES] = TEXT_("T_R_TIES", "Ties"),
    [T_R_CONFIRMED] = TEXT_("T_R_CONFIRMED", "Confirmed by both"),
    [T_R_RESPONSE] = TEXT_("T_R_RESPONSE", "Response"),
    [T_R_NETWORKS] = TEXT_("T_R_NETWORKS", "The network in each wave"),
    [T_R_NETWORKS_TEXT] =
        TEXT_("T_R_NETWORKS_TEXT",
              "Every entity stands in the same place in each diagram, so that the "
              "waves can be compared side by side. Shape and colour show the kind "
              "of entity, size shows how much it lies between others, line width "
              "shows how close the tie is; dashed lines were named by one side only."),
    [T_R_NETWORK_OF] = TEXT_("T_R_NETWORK_OF", "Wave {1}{2}"),
    [T_R_BROKERS] = TEXT_("T_R_BROKERS", "Brokers and key players"),
    [T_R_BROKERS_TEXT] = TEXT_(
        "T_R_BROKERS_TEXT", "In wave {2} the field is held together above all by {1}: they lie on "
                            "the shortest paths between many other pairs."),
    [T_R_KEYPLAYER] = TEXT_("T_R_KEYPLAYER",
                            "Without {1}, fragmentation would rise from {2} to {3}: {4} entities "
                            "would be cut off."),
    [T_R_KEYPLAYER_ONE] = TEXT_("T_R_KEYPLAYER_ONE",
                                "Without {1}, fragmentation would rise from {2} to {3}: one entity "
                                "would be cut off."),
    [T_R_NO_KEYPLAYER] =
        TEXT_("T_R_NO_KEYPLAYER", "No single entity holds the network together: without any one of "
                                  "them, every part stays connected."),
    [T_R_NAME] = TEXT_("T_R_NAME", "Name"),
    [T_R_KIND] = TEXT_("T_R_KIND", "Kind"),
    [T_R_DEGREE] = TEXT_("T_R_DEGREE", "Partners"),
    [T_R_BETWEENNESS] = TEXT_("T_R_BETWEENNESS", "Betweenness"),
    [T_R_CLOSENESS] = TEXT_("T_R_CLOSENESS", "Closeness"),
    [T_R_CUTPOINT] = TEXT_("T_R_CUTPOINT", "Cut point"),
    [T_R_F_WITHOUT] = TEXT_("T_R_F_WITHOUT", "Fragmentation without"),
    [T_R_YES] = TEXT_("T_R_YES", "yes"),
    [T_R_NO] = TEXT_("T_R_NO", "no"),
    [T_R_FRAGMENTATION] = TEXT_("T_R_FRAGMENTATION", "Cut-off parts and fragmentation"),
    [T_R_FRAGMENTATION_TEXT] = TEXT_("T_R_FRAGMENTATION_TEXT",
                                     "The network falls into {1} parts; the largest holds {2} "
                                     "entities, and {3} have no tie at all. Fragmentation is {4}: "
                                     "the share of pairs that cannot reach each other. Counting "
                                     "how far apart the others are, it is {5}."),
    [T_R_CONNECTED_TEXT] = TEXT_(
        "T_R_CONNECTED_TEXT", "The network is connected: every entity can reach every other, so "
                              "fragmentation is {1}. Counting how far apart they are, it is {2}."),
    [T_R_ISOLATES_ARE] = TEXT_("T_R_ISOLATES_ARE", "Without any tie: {1}."),
    [T_R_ISOLATES_MORE] = TEXT_("T_R_ISOLATES_MORE", "Without any tie: {1} and {2} more."),
    [T_R_FIRST_ENTITIES] = TEXT_(
        "T_R_FIRST_ENTITIES", "The study has {2} entities; the first {1} are listed here, and the "
                              "measures-wave files (CSV) beside this page list all of them."),
    [T_R_BROKERS_TOP] = TEXT_(
        "T_R_BROKERS_TOP", "The table shows the {1} of {2} entities with the highest betweenness; "
                           "{3} beside this page lists all of them."),
    [T_R_CHANGE_TOO_MANY] = TEXT_("T_R_CHANGE_TOO_MANY",
                                  "The change is not drawn: with this many entities a diagram of "
                                  "every tie gained and lost would be unreadable."),
    [T_R_SILOS] = TEXT_("T_R_SILOS", "Silos"),
    [T_R_SILOS_TEXT] =
        TEXT_("T_R_SILOS_TEXT", "Do partners work across the lines between kinds of organisation, "
                                "domains and municipalities, or mostly within them? The E-I index "
                                "runs from -1 (every tie stays within a group) to +1 (every tie "
                                "crosses groups)."),
    [T_R_EI_KEY] = TEXT_("T_R_EI_KEY", "Grouped by"),
    [T_R_EI_VALUE] = TEXT_("T_R_EI_VALUE", "E-I index"),
    [T_R_EI_READING] = TEXT_("T_R_EI_READING", "Reading"),
    [T_R_EI_INSIDE] = TEXT_("T_R_EI_INSIDE", "mostly within groups"),
    [T_R_EI_ACROSS] = TEXT_("T_R_EI_ACROSS", "mostly across groups"),
    [T_R_EI_MIXED] = TEXT_("T_R_EI_MIXED", "within and across alike"),
    [T_R_EI_NONE] = TEXT_("T_R_EI_NONE", "no ties to judge"),
    [T_R_TRUST] = TEXT_("T_R_TRUST", "Trust"),
    [T_R_TRUST_TEXT] = TEXT_(
        "T_R_TRUST_TEXT",
        "Respondents gave each partner a trust rating from 1 (not at all) to 4 (completely). The "
        "mean rating is {1}. Rows give the kind that rates, columns the kind that is rated."),
    [T_R_TRUST_NONE] = TEXT_("T_R_TRUST_NONE", "No trust ratings were given in this wave."),
    [T_R_TRUST_ROW] = TEXT_("T_R_TRUST_ROW", "rated by"),
    [T_R_TRUST_RECEIVED] = TEXT_("T_R_TRUST_RECEIVED", "Most trusted"),
    [T_R_OVERLAP] = TEXT_("T_R_OVERLAP", "Overlapping teams"),
    [T_R_OVERLAP_TEXT] = TEXT_("T_R_OVERLAP_TEXT",
                               "Teams that serve the same neighbourhoods and target groups. Pairs "
                               "without a tie are listed first: they may not know of each other."),
    [T_R_OVERLAP_UNAWARE] = TEXT_(
        "T_R_OVERLAP_UNAWARE", "{1} and {2} both serve {3} in {4} and have no tie (overlap {5})."),
    [T_R_OVERLAP_AWARE] =
        TEXT_("T_R_OVERLAP_AWARE", "{1} and {2} both serve {3} in {4} and are tied (overlap {5})."),
    [T_R_OVERLAP_NONE] =
        TEXT_("T_R_OVERLAP_NONE", "No two teams serve the same areas and target groups."),
    [T_R_CHANGE] = TEXT_("T_R_CHANGE", "Change between waves"),
    [T_R_CHANGE_ONE_WAVE] = TEXT_("T_R_CHANGE_ONE_WAVE",
                                  "The study has one wave; the chart shows the years in which its "
                                  "ties began."),
    [T_R_STARTED_TIES] = TEXT_("T_R_STARTED_TIES", "Partnerships that started"),
    [T_R_ENDED_TIES] = TEXT_("T_R_ENDED_TIES", "Partnerships that ended"),
    [T_R_PAIRS_MORE] =
        TEXT_("T_R_PAIRS_MORE", "And {1} more; timeline-changes.csv lists every one."),
    [T_R_GROWTH] = TEXT_("T_R_GROWTH", "Growth"),
    [T_R_SCORES] = TEXT_("T_R_SCORES", "Scores on the tasks"),
    [T_R_SCORES_TEXT] = TEXT_(
        "T_R_SCORES_TEXT", "In wave {1} respondents gave themselves the lowest mark for {2} ({3}) "
                           "and the highest for {4} ({5}), on a scale of 1 to 10."),
    [T_R_SCORES_NONE] = TEXT_("T_R_SCORES_NONE", "No scores on tasks were given in this wave."),
    [T_R_TASK] = TEXT_("T_R_TASK", "Task"),
    [T_R_MEAN] = TEXT_("T_R_MEAN", "Mean"),
    [T_R_ALL] = TEXT_("T_R_ALL", "All"),
    [T_X_TITLE] = TEXT_("T_X_TITLE", "Explore the network"),
    [T_X_HELP] =
        TEXT_("T_X_HELP", "Search an entity by name or click it to see its partners and figures; "
                          "choose a wave or show one municipality, area or kind only. The address "
                          "keeps the view, so it can be shared as a link."),
    [T_X_SEARCH] = TEXT_("T_X_SEARCH", "Search"),
    [T_X_SHOW] = TEXT_("T_X_SHOW", "Show"),
    [T_X_ALL] = TEXT_("T_X_ALL", "everyone"),
    [T_X_KIND] = TEXT_("T_X_KIND", "kind"),
    [T_X_MUNICIPALITY] = TEXT_("T_X_MUNICIPALITY", "municipality"),
    [T_X_AREA] = TEXT_("T_X_AREA", "area"),
    [T_X_ABSENT] = TEXT_("T_X_ABSENT", "not part of the network in this wave"),
    [T_R_METHOD] = TEXT_("T_R_METHOD", "Method"),
    [T_R_METHOD_TEXT] = TEXT_("T_R_METHOD_TEXT",
                              "Two entities are tied in a wave when either named the other in its "
                              "interview, or one is a member of the other (a team). Measures treat "
                              "ties as undirected and unweighted. n is the number of entities in "
                              "the wave."),
    [T_R_DEF_DENSITY] = TEXT_(
        "T_R_DEF_DENSITY", "Density: the share of all possible pairs that are tied, 2m/(n(n-1))."),
    [T_R_DEF_FRAGMENTATION] = TEXT_(
        "T_R_DEF_FRAGMENTATION", "Fragmentation (Borgatti): the share of pairs that cannot reach "
                                 "each other at all."),
    [T_R_DEF_DISTANCE_FRAGMENTATION] =
        TEXT_("T_R_DEF_DISTANCE_FRAGMENTATION",
              "Distance fragmentation: one minus the mean of 1/distance "
              "over all pairs; higher when partners are far apart."),
    [T_R_DEF_CENTRALIZATION] = TEXT_("T_R_DEF_CENTRALIZATION",
                                     "Degree centralisation (Freeman): how far the network turns "
                                     "around one entity, from 0 (all equal) to 1 (a star)."),
    [T_R_DEF_BETWEENNESS] = TEXT_(
        "T_R_DEF_BETWEENNESS", "Betweenness: the share of shortest paths between other pairs that "
                               "pass through an entity; its role as a broker."),
    [T_R_DEF_CLOSENESS] = TEXT_(
        "T_R_DEF_CLOSENESS", "Closeness (harmonic): the mean of 1/distance to every other entity."),
    [T_R_DEF_EIGENVECTOR] =
        TEXT_("T_R_DEF_EIGENVECTOR", "Eigenvector: being tied to entities that are themselves well "
                                     "tied, scaled so the highest is 1."),
    [T_R_DEF_CUTPOINT] = TEXT_("T_R_DEF_CUTPOINT",
                               "Cut point: an entity whose removal splits a part of the network in "
                               "two or more; fragmentation without it shows the hole it would "
                               "leave."),
    [T_R_DEF_CONSTRAINT] = TEXT_(
        "T_R_DEF_CONSTRAINT",
        "Constraint (Burt): how much an entity's partners are tied to each other, from 1/degree "
        "(partners that do not know each other) to 1 and above (one partner, or partners that all "
        "work together). Low: a broker between partners who are otherwise apart."),
    [T_R_DEF_EFFECTIVE_SIZE] = TEXT_(
        "T_R_DEF_EFFECTIVE_SIZE",
        "Effective size (Burt): the number of partners minus how much they are tied to each other "
        "(partners minus twice the ties among them, divided by the partners): the partners an "
        "entity reaches that it would not reach through its other partners."),
    [T_R_DEF_BROKERAGE] = TEXT_(
        "T_R_DEF_BROKERAGE",
        "Brokerage (Gould and Fernandez): of the pairs of an entity's partners that have no tie to "
        "each other, the pairs where all three are of one kind (coordinator), where the two "
        "partners share a kind the broker is not (consultant), where the broker shares its kind "
        "with one of them (gatekeeper), and where all three differ (liaison)."),
    [T_R_DEF_EI] = TEXT_(
        "T_R_DEF_EI", "E-I index (Krackhardt): (external - internal) / all ties, over ties whose "
                      "two ends both have a value; for lists, a tie is internal when the ends "
                      "share a value."),
    [T_R_DEF_COMMUNITIES] = TEXT_("T_R_DEF_COMMUNITIES",
                                  "Communities: groups found with the Leiden algorithm (modularity "
                                  "objective; fixed seed)."),
    [T_R_DEF_CONFIRMED] =
        TEXT_("T_R_DEF_CONFIRMED",
              "Confirmed: both sides were interviewed in the wave and both named the "
              "other."),
    [T_R_DEF_OVERLAP] = TEXT_("T_R_DEF_OVERLAP",
                              "Overlap of teams: the share of (area, target group) cells that two "
                              "teams have in common (Jaccard)."),
    [T_R_FILES] = TEXT_("T_R_FILES", "Files"),
    [T_R_MADE_BY] = TEXT_("T_R_MADE_BY", "Made with partnermap {1}."),
    [T_LIST_AND] = TEXT_("T_LIST_AND", " and "),
    [T_WHATIF] = TEXT_("T_WHATIF", "What-if: {1}."),
    [T_WHATIF_WITHOUT] = TEXT_("T_WHATIF_WITHOUT", "without {1}"),
    [T_WHATIF_TIE] = TEXT_("T_WHATIF_TIE", "with a new tie between {1} and {2}"),
    [T_WHATIF_MEASURE] = TEXT_("T_WHATIF_MEASURE", "Network figure"),
    [T_WHATIF_BEFORE] = TEXT_("T_WHATIF_BEFORE", "before"),
    [T_WHATIF_AFTER] = TEXT_("T_WHATIF_AFTER", "after"),
    [T_WHATIF_COLUMN] = TEXT_("T_WHATIF_COLUMN", "what-if"),
    [T_WHATIF_LEGEND] = TEXT_("T_WHATIF_LEGEND", "tie added (what-if)"),
    [T_WHATIF_REPORT] =
        TEXT_("T_WHATIF_REPORT",
              "Every figure, table and diagram in this report is of the changed network, "
              "in every wave where these entities take part."),
    [T_A_TITLE] = TEXT_("T_A_TITLE", "Advice for wave {1}{2}: {3}, {4}."),
    [T_A_KEEP_HEAD] =
        TEXT_("T_A_KEEP_HEAD", "Keep: the entities the field can least afford to lose"),
    [T_A_KEEP] = TEXT_("T_A_KEEP",
                       "Without {1} together, distance fragmentation would rise from {2} to {3}."),
    [T_A_KEEP_ONE] =
        TEXT_("T_A_KEEP_ONE", "Without {1}, distance fragmentation would rise from {2} to {3}."),
    [T_A_KEEP_NONE] = TEXT_("T_A_KEEP_NONE", "No entity can be taken out: the wave has none."),
    [T_A_REACH_HEAD] =
        TEXT_("T_A_REACH_HEAD", "Reach: where information spreads furthest in one step"),
    [T_A_REACH] = TEXT_("T_A_REACH",
                        "{1} together work directly with {2} of the other {3} entities ({4}): news "
                        "shared with them reaches that many in one step."),
    [T_A_REACH_ONE] = TEXT_(
        "T_A_REACH_ONE", "{1} works directly with {2} of the other {3} entities ({4}): news shared "
                         "with it reaches them in one step."),
    [T_A_TIES_HEAD] = TEXT_("T_A_TIES_HEAD",
                            "Ties: the new partnerships that would knit the field together most"),
    [T_A_TIE] = TEXT_(
        "T_A_TIE", "A tie between {1} and {2} would bring {3} pairs of entities closer; distance "
                   "fragmentation would fall from {4} to {5}."),
    [T_A_TIE_NEXT] =
        TEXT_("T_A_TIE_NEXT",
              "Then a tie between {1} and {2} would bring {3} more pairs closer; distance "
              "fragmentation would fall from {4} to {5}."),
    [T_A_TIE_OVERLAP] =
        TEXT_("T_A_TIE_OVERLAP",
              " They are teams that serve the same people, so this tie is the cheapest to make."),
    [T_A_TIES_NONE] =
        TEXT_("T_A_TIES_NONE",
              "No new tie can bring anyone closer: every pair that could be tied already "
              "is, or the wave has fewer than two entities."),
    [T_A_EXACT] = TEXT_("T_A_EXACT",
                        "Exact: every set of {1} entities and every pair not yet tied was tried."),
    [T_A_SEARCH] =
        TEXT_("T_A_SEARCH",
              "Found by search (a greedy start improved by swaps), because trying every set "
              "would take more than a million evaluations: a better answer may exist."),
    [T_A_TIEBREAK] =
        TEXT_("T_A_TIEBREAK", "Where two answers are equally good, the one whose ids come first in "
                              "alphabetical order is given."),
    [T_R_ADVISE] = TEXT_("T_R_ADVISE", "What would strengthen the network"),
    [T_R_ADVISE_TEXT] = TEXT_(
        "T_R_ADVISE_TEXT",
        "Which entities can the field least afford to lose, where does information spread "
        "furthest, and which new ties would bring the field closest together? The suggested ties "
        "are drawn into the diagram of wave {1} in their own style."),
    [T_R_ADVISE_FIGURE] = TEXT_("T_R_ADVISE_FIGURE", "Wave {1} with the suggested ties"),
    [T_SUGGESTED_TIE] = TEXT_("T_SUGGESTED_TIE", "suggested new tie"),
    [T_WB_EXPLAIN_SHEET] = TEXT_("T_WB_EXPLAIN_SHEET", "Explanation"),
    [T_WB_INTRO] = TEXT_(
        "T_WB_INTRO",
        "Fill in one sheet per part of the study and leave the first row of every sheet as it is: "
        "it names the columns. Wherever an entity is meant you may write its id or its name; leave "
        "an entity's id empty and partnermap makes one from the name. Cells with a fixed choice "
        "have a drop-down list. Then run: partnermap report THIS-FILE.xlsx"),
    [T_WB_H_SHEET] = TEXT_("T_WB_H_SHEET", "Sheet"),
    [T_WB_H_COLUMN] = TEXT_("T_WB_H_COLUMN", "Column"),
    [T_WB_H_MEANING] = TEXT_("T_WB_H_MEANING", "What it holds"),
    [T_WB_H_EXAMPLE] = TEXT_("T_WB_H_EXAMPLE", "Example"),
    [T_WB_OWN_COLUMN] = TEXT_("T_WB_OWN_COLUMN", "(a column of your own)"),
    [T_WB_TASK_COLUMN] = TEXT_("T_WB_TASK_COLUMN", "(one column per task)"),
    [T_WB_STUDY_KEY] = TEXT_("T_WB_STUDY_KEY", "The name of a setting: title."),
    [T_WB_STUDY_VALUE] =
        TEXT_("T_WB_STUDY_VALUE", "Its value: the study's title, shown in diagrams and reports."),
    [T_WB_WAVE_ID] =
        TEXT_("T_WB_WAVE_ID",
              "A short name for an interview round, unique. Optional sheet: without it the "
              "study has one round."),
    [T_WB_WAVE_DATE] =
        TEXT_("T_WB_WAVE_DATE",
              "When the round took place. Give every round a date or none; later rounds "
              "below earlier ones."),
    [T_WB_WAVE_LABEL] = TEXT_("T_WB_WAVE_LABEL", "A description of the round (optional)."),
    [T_WB_TASK_ID] = TEXT_("T_WB_TASK_ID", "A short name for an item respondents scored, unique."),
    [T_WB_TASK_LABEL] = TEXT_("T_WB_TASK_LABEL", "What the item is, in words (optional)."),
    [T_WB_ENT_ID] = TEXT_(
        "T_WB_ENT_ID", "A short, unique name of letters, digits, _ . or - (optional: made from the "
                       "name when empty)."),
    [T_WB_ENT_NAME] = TEXT_("T_WB_ENT_NAME", "The name as diagrams show it (required)."),
    [T_WB_ENT_KIND] = TEXT_("T_WB_ENT_KIND",
                            "Municipality, organisation, team or informal (volunteers, residents' "
                            "initiatives, associations)."),
    [T_WB_ENT_MUNIS] = TEXT_(
        "T_WB_ENT_MUNIS", "The municipalities it works in, separated by ; (their ids or names)."),
    [T_WB_ENT_DOMAINS] = TEXT_("T_WB_ENT_DOMAINS", "Its domains, separated by ;."),
    [T_WB_ENT_AREAS] =
        TEXT_("T_WB_ENT_AREAS", "The neighbourhoods or districts it serves, separated by ;."),
    [T_WB_ENT_GROUPS] = TEXT_("T_WB_ENT_GROUPS", "The target groups it serves, separated by ;."),
    [T_WB_ENT_SINCE] = TEXT_("T_WB_ENT_SINCE", "The date from which it exists (optional)."),
    [T_WB_ENT_UNTIL] =
        TEXT_("T_WB_ENT_UNTIL", "The date from which it no longer exists (optional)."),
    [T_WB_ENT_OWN] =
        TEXT_("T_WB_ENT_OWN",
              "Any category of your own: the column name is the category, the cell its value."),
    [T_WB_MEM_TEAM] = TEXT_("T_WB_MEM_TEAM", "A team (its id or name)."),
    [T_WB_MEM_MEMBER] = TEXT_("T_WB_MEM_MEMBER", "An entity that staffs the team; never a team."),
    [T_WB_MEM_SINCE] = TEXT_("T_WB_MEM_SINCE", "From when it is a member (optional)."),
    [T_WB_MEM_UNTIL] = TEXT_("T_WB_MEM_UNTIL", "From when it is no longer a member (optional)."),
    [T_WB_IV_WAVE] =
        TEXT_("T_WB_IV_WAVE", "The round of the interview (empty when there is one round)."),
    [T_WB_IV_RESPONDENT] =
        TEXT_("T_WB_IV_RESPONDENT",
              "The entity interviewed. A row here without ties: interviewed, named nobody."),
    [T_WB_IV_DATE] = TEXT_("T_WB_IV_DATE", "When the interview took place (optional)."),
    [T_WB_IV_TASK] = TEXT_("T_WB_IV_TASK", "Add one column per task, headed by its id or "
                                           "description, holding the score from 1 to 10."),
    [T_WB_TIE_WAVE] = TEXT_("T_WB_TIE_WAVE", "The round of the interview."),
    [T_WB_TIE_RESPONDENT] = TEXT_("T_WB_TIE_RESPONDENT", "The entity interviewed."),
    [T_WB_TIE_WITH] = TEXT_("T_WB_TIE_WITH", "The entity it says it works with."),
    [T_WB_TIE_TYPE] =
        TEXT_("T_WB_TIE_TYPE", "A word for the kind of tie: referral, pilot, structural, contract, "
                               "information (default: collaboration)."),
    [T_WB_TIE_LEVEL] =
        TEXT_("T_WB_TIE_LEVEL",
              "1 = contact and information, 2 = cooperation, 3 = integrated work (default 1)."),
    [T_WB_TIE_TRUST] = TEXT_(
        "T_WB_TIE_TRUST",
        "How far the respondent trusts this partner: 1 = not at all to 4 = completely (optional)."),
    [T_WB_TIE_SINCE] =
        TEXT_("T_WB_TIE_SINCE",
              "Since when they work together, as the respondent remembers it (optional)."),
    [T_WB_TIE_NOTE] = TEXT_("T_WB_TIE_NOTE", "Free text (optional)."),
    [T_N_DENSITY] = TEXT_("T_N_DENSITY", "density"),
    [T_N_COMPONENTS] = TEXT_("T_N_COMPONENTS", "components"),
    [T_N_COMPONENTS_VALUE] = TEXT_("T_N_COMPONENTS_VALUE", "{1} (largest {2}, {3} isolated)"),
    [T_N_FRAGMENTATION] = TEXT_("T_N_FRAGMENTATION", "fragmentation"),
    [T_N_DISTANCE_FRAGMENTATION] = TEXT_("T_N_DISTANCE_FRAGMENTATION", "distance fragm."),
    [T_N_CENTRALIZATION] = TEXT_("T_N_CENTRALIZATION", "degree centralisation"),
    [T_N_TRANSITIVITY] = TEXT_("T_N_TRANSITIVITY", "transitivity"),
    [T_N_COMMUNITIES] = TEXT_("T_N_COMMUNITIES", "communities"),
    [T_N_MODULARITY] = TEXT_("T_N_MODULARITY", "modularity"),
    [T_N_CUTPOINTS] = TEXT_("T_N_CUTPOINTS", "cut points"),
    [T_N_BRIDGES] = TEXT_("T_N_BRIDGES", "bridges"),
    [T_N_TRUST] = TEXT_("T_N_TRUST", "trust (1 to 4)"),
    [T_N_CONFIRMED] = TEXT_("T_N_CONFIRMED", "confirmed share"),
    [T_N_EI] = TEXT_("T_N_EI", "E-I index"),
    [T_N_EI_P_NOTE] = TEXT_(
        "T_N_EI_P_NOTE",
        "(p: the share of random divisions into groups of the same sizes whose E-I is as far from "
        "what chance gives; below 0.05 the silo, or the mixing, is more than chance)"),
    [T_N_EI_NOTE] = TEXT_("T_N_EI_NOTE",
                          "(E-I: -1 every tie stays within a group, +1 every tie crosses groups)"),
    [T_N_BROKERS] = TEXT_("T_N_BROKERS", "Brokers (who lies on the paths between others): "),
    [T_N_NO_BROKERS] = TEXT_("T_N_NO_BROKERS", "none: no entity lies between two others."),
    [T_N_NO_KEYPLAYER] =
        TEXT_("T_N_NO_KEYPLAYER",
              "Key players: none; removing any single entity leaves every part connected."),
    [T_N_KEYPLAYER] = TEXT_(
        "T_N_KEYPLAYER", "Key player: without {1}, fragmentation would rise from {2} to {3}: {4} "
                         "entities would be cut off."),
    [T_N_KEYPLAYER_ONE] = TEXT_(
        "T_N_KEYPLAYER_ONE", "Key player: without {1}, fragmentation would rise from {2} to {3}: 1 "
                             "entity would be cut off."),
    [T_N_CUTPOINT_LIST] = TEXT_("T_N_CUTPOINT_LIST", "Cut points ({1}): "),
    [T_N_ESTIMATES] =
        TEXT_("T_N_ESTIMATES", "Betweenness and closeness are estimates from {1} sources."),
    [T_N_ENTITIES_BY] = TEXT_("T_N_ENTITIES_BY", "Entities, by betweenness"),
    [T_AND] = TEXT_("T_AND", " and "),
    [T_O_HEADER] = TEXT_("T_O_HEADER", "Wave {1}: {2}, {3}"),
    [T_O_TIED] = TEXT_("T_O_TIED", "Overlapping teams that are tied (aware of each other)"),
    [T_O_UNTIED] =
        TEXT_("T_O_UNTIED", "Overlapping teams with no tie: they may not know of each other"),
    [T_O_PAIR_UNAWARE] =
        TEXT_("T_O_PAIR_UNAWARE", "{1} and {2} both serve {3} in {4} and have no tie (overlap {5}"),
    [T_O_PAIR_AWARE] =
        TEXT_("T_O_PAIR_AWARE", "{1} and {2} both serve {3} in {4} and are tied (overlap {5}"),
    [T_O_MEMBERS] = TEXT_("T_O_MEMBERS", "; members in common: {1}"),
    [T_O_H_A] = TEXT_("T_O_H_A", "team a"),
    [T_O_H_B] = TEXT_("T_O_H_B", "team b"),
    [T_O_H_OVERLAP] = TEXT_("T_O_H_OVERLAP", "overlap"),
    [T_O_H_CELLS] = TEXT_("T_O_H_CELLS", "cells"),
    [T_O_H_MEMBERS] = TEXT_("T_O_H_MEMBERS", "members"),
    [T_O_H_SHARED] = TEXT_("T_O_H_SHARED", "shared members"),
    [T_O_H_TIED] = TEXT_("T_O_H_TIED", "tied"),
    [T_G_H_AREA] = TEXT_("T_G_H_AREA", "area"),
    [T_G_H_GROUP] = TEXT_("T_G_H_GROUP", "target group"),
    [T_TL_STUDY] = TEXT_("T_TL_STUDY", "Study"),
    [T_TL_WAVES] = TEXT_("T_TL_WAVES", "{1}: {2} waves"),
    [T_TL_ONE_WAVE] = TEXT_("T_TL_ONE_WAVE", "{1}: 1 wave"),
    [T_TL_BY_YEAR] = TEXT_("T_TL_BY_YEAR", "Ties of wave {1} by the year they began:"),
    [T_TL_NO_YEAR] = TEXT_("T_TL_NO_YEAR", " none has a start year"),
    [T_TL_WITHOUT_YEAR] = TEXT_("T_TL_WITHOUT_YEAR", "; {1} without a start year."),
    [T_TL_ESTIMATED] =
        TEXT_("T_TL_ESTIMATED", "Distance fragmentation is estimated from {1} sources."),
    [T_TL_H_WAVE] = TEXT_("T_TL_H_WAVE", "wave"),
    [T_TL_H_FROM] = TEXT_("T_TL_H_FROM", "from wave"),
    [T_TL_H_TO] = TEXT_("T_TL_H_TO", "to wave"),
    [T_TL_H_CHANGE] = TEXT_("T_TL_H_CHANGE", "change"),
    [T_TL_H_ID_A] = TEXT_("T_TL_H_ID_A", "id"),
    [T_TL_H_NAME_A] = TEXT_("T_TL_H_NAME_A", "name"),
    [T_TL_H_ID_B] = TEXT_("T_TL_H_ID_B", "partner id"),
    [T_TL_H_NAME_B] = TEXT_("T_TL_H_NAME_B", "partner name"),
    [T_TL_NOT_OBSERVED] = TEXT_("T_TL_NOT_OBSERVED", "not observed"),
    [T_TL_H_DATE] = TEXT_("T_TL_H_DATE", "date"),
    [T_TL_H_ENTITIES] = TEXT_("T_TL_H_ENTITIES", "entities"),
    [T_TL_H_TIES] = TEXT_("T_TL_H_TIES", "ties"),
    [T_TL_H_RESPONSE] = TEXT_("T_TL_H_RESPONSE", "response"),
    [T_TL_H_DENSITY] = TEXT_("T_TL_H_DENSITY", "density"),
    [T_TL_H_COMPONENTS] = TEXT_("T_TL_H_COMPONENTS", "comp"),
    [T_TL_H_LARGEST] = TEXT_("T_TL_H_LARGEST", "largest"),
    [T_TL_H_ISOLATES] = TEXT_("T_TL_H_ISOLATES", "isolates"),
    [T_TL_H_FRAGMENTATION] = TEXT_("T_TL_H_FRAGMENTATION", "fragm"),
    [T_TL_H_DISTANCE] = TEXT_("T_TL_H_DISTANCE", "dist.fr"),
    [T_TL_H_CENTRALIZATION] = TEXT_("T_TL_H_CENTRALIZATION", "centr"),
    [T_TL_H_TRANSITIVITY] = TEXT_("T_TL_H_TRANSITIVITY", "trans"),
    [T_TL_H_COMMUNITIES] = TEXT_("T_TL_H_COMMUNITIES", "comm"),
    [T_TL_H_MODULARITY] = TEXT_("T_TL_H_MODULARITY", "modul"),
    [T_TL_H_CUTPOINTS] = TEXT_("T_TL_H_CUTPOINTS", "cutp"),
    [T_TL_H_BRIDGES] = TEXT_("T_TL_H_BRIDGES", "bridges"),
    [T_TL_H_TRUST] = TEXT_("T_TL_H_TRUST", "trust"),
    [T_TL_H_CONFIRMED] = TEXT_("T_TL_H_CONFIRMED", "confirmed"),
    [T_S_STUDY] = TEXT_("T_S_STUDY", "Study:"),
    [T_S_ENTITIES] = TEXT_("T_S_ENTITIES", "Entities:"),
    [T_S_TASKS] = TEXT_("T_S_TASKS", "Tasks:"),
    [T_S_INTERVIEWS] = TEXT_("T_S_INTERVIEWS", "Interviews:"),
    [T_S_WAVES] = TEXT_("T_S_WAVES", "Waves:"),
    [T_S_NO_TITLE] = TEXT_("T_S_NO_TITLE", "(no title)"),
    [T_S_NOT_INTERVIEWED] = TEXT_("T_S_NOT_INTERVIEWED", "not interviewed: "),
    [T_S_H_INTERVIEWS] = TEXT_("T_S_H_INTERVIEWS", "interviews"),
    [T_S_H_CONFIRMED] = TEXT_("T_S_H_CONFIRMED", "confirmed"),
    [T_KINDS_MUNICIPALITY] = TEXT_("T_KINDS_MUNICIPALITY", "municipalities"),
    [T_KINDS_ORGANISATION] = TEXT_("T_KINDS_ORGANISATION", "organisations"),
    [T_KINDS_TEAM] = TEXT_("T_KINDS_TEAM", "teams"),
    [T_KINDS_INFORMAL] = TEXT_("T_KINDS_INFORMAL", "informal partners"),
    [T_A_COL_ADVICE] = TEXT_("T_A_COL_ADVICE", "advice"),
    [T_A_COL_RANK] = TEXT_("T_A_COL_RANK", "#"),
    [T_A_COL_NAME] = TEXT_("T_A_COL_NAME", "name"),
    [T_A_COL_PARTNER] = TEXT_("T_A_COL_PARTNER", "new tie with"),
    [T_A_COL_DF] = TEXT_("T_A_COL_DF", "distance fragm."),
    [T_A_COL_SHARE] = TEXT_("T_A_COL_SHARE", "reach"),
    [T_A_COL_OVERLAP] = TEXT_("T_A_COL_OVERLAP", "overlap"),
    [T_A_COL_PARTNER_ID] = TEXT_("T_A_COL_PARTNER_ID", "partner id"),
    [T_A_COL_CLOSER] = TEXT_("T_A_COL_CLOSER", "pairs closer"),
    [T_A_COL_EXACT] = TEXT_("T_A_COL_EXACT", "exact"),
    [T_A_WORD_KEEP] = TEXT_("T_A_WORD_KEEP", "keep"),
    [T_A_WORD_REACH] = TEXT_("T_A_WORD_REACH", "reach"),
    [T_A_WORD_TIE] = TEXT_("T_A_WORD_TIE", "tie"),
    [T_R_ADVISE_TOO_LARGE] = TEXT_(
        "T_R_ADVISE_TOO_LARGE", "The last wave has more than {1} entities, too many to search in "
                                "passing: run partnermap advise for this advice."),
    [T_EI_KIND] = TEXT_("T_EI_KIND", "kind"),
    [T_EI_MUNICIPALITIES] = TEXT_("T_EI_MUNICIPALITIES", "municipalities"),
    [T_EI_DOMAINS] = TEXT_("T_EI_DOMAINS", "domains"),
    [T_CT_ENTITY] = TEXT_("T_CT_ENTITY", "entity"),
    [T_CT_ENTITIES] = TEXT_("T_CT_ENTITIES", "entities"),
    [T_CT_TIE] = TEXT_("T_CT_TIE", "tie"),
    [T_CT_TIES] = TEXT_("T_CT_TIES", "ties"),
    [T_CT_GROUP] = TEXT_("T_CT_GROUP", "group"),
    [T_CT_GROUPS] = TEXT_("T_CT_GROUPS", "groups"),
    [T_CT_GAP] = TEXT_("T_CT_GAP", "gap"),
    [T_CT_GAPS] = TEXT_("T_CT_GAPS", "gaps"),
    [T_CT_WAVE] = TEXT_("T_CT_WAVE", "wave"),
    [T_CT_WAVES] = TEXT_("T_CT_WAVES", "waves"),
    [T_CT_INTERVIEW] = TEXT_("T_CT_INTERVIEW", "interview"),
    [T_CT_INTERVIEWS] = TEXT_("T_CT_INTERVIEWS", "interviews"),
    [T_CT_TEAM] = TEXT_("T_CT_TEAM", "team"),
    [T_CT_TEAMS] = TEXT_("T_CT_TEAMS", "teams"),
    [T_CT_PAIR] = TEXT_("T_CT_PAIR", "overlapping pair"),
    [T_CT_PAIRS] = TEXT_("T_CT_PAIRS", "overlapping pairs"),
    [T_DATE] = TEXT_("T_DATE", "{2} {1}, {3}"),
    [T_N_LARGEST] = TEXT_("T_N_LARGEST", "largest component"),
    [T_N_ISOLATES] = TEXT_("T_N_ISOLATES", "isolated"),
    [T_MONTH_1] = TEXT_("T_MONTH_1", "January"),
    [T_MONTH_2] = TEXT_("T_MONTH_2", "February"),
    [T_MONTH_3] = TEXT_("T_MONTH_3", "March"),
    [T_MONTH_4] = TEXT_("T_MONTH_4", "April"),
    [T_MONTH_5] = TEXT_("T_MONTH_5", "May"),
    [T_MONTH_6] = TEXT_("T_MONTH_6", "June"),
    [T_MONTH_7] = TEXT_("T_MONTH_7", "July"),
    [T_MONTH_8] = TEXT_("T_MONTH_8", "August"),
    [T_MONTH_9] = TEXT_("T_MONTH_9", "September"),
    [T_MONTH_10] = TEXT_("T_MONTH_10", "October"),
    [T_MONTH_11] = TEXT_("T_MONTH_11", "November"),
    [T_MONTH_12] = TEXT_("T_MONTH_12", "December"),
    [T_TL_STRENGTHENED] =
        TEXT_("T_TL_STRENGTHENED", "grew stronger (a higher level than in the wave before)"),
    [T_TL_WEAKENED] =
        TEXT_("T_TL_WEAKENED", "grew weaker (a lower level, from the same respondents)"),
    [T_TL_H_STRONGER] = TEXT_("T_TL_H_STRONGER", "stronger"),
    [T_TL_H_WEAKER] = TEXT_("T_TL_H_WEAKER", "weaker"),
    [T_TL_H_NOT_INTERVIEWED] = TEXT_("T_TL_H_NOT_INTERVIEWED", "not interviewed"),
    [T_STRONGER] = TEXT_("T_STRONGER", "tie grew stronger"),
    [T_RS_NO_CHANGE] = TEXT_(
        "T_RS_NO_CHANGE", "Nobody was interviewed in {1}, so the change from {2} to {3} cannot be "
                          "measured and is not described."),
    [T_RS_CHANGE] = TEXT_("T_RS_CHANGE", "From {1} to {2}, {3}, {4} and {5}."),
    [T_RS_GAINED_0] = TEXT_("T_RS_GAINED_0", "no partnership started"),
    [T_RS_GAINED_1] = TEXT_("T_RS_GAINED_1", "1 partnership started"),
    [T_RS_GAINED_N] = TEXT_("T_RS_GAINED_N", "{1} partnerships started"),
    [T_RS_LOST_0] = TEXT_("T_RS_LOST_0", "none ended"),
    [T_RS_LOST_1] = TEXT_("T_RS_LOST_1", "1 ended"),
    [T_RS_LOST_N] = TEXT_("T_RS_LOST_N", "{1} ended"),
    [T_RS_KEPT_0] = TEXT_("T_RS_KEPT_0", "none continued"),
    [T_RS_KEPT_1] = TEXT_("T_RS_KEPT_1", "1 continued"),
    [T_RS_KEPT_N] = TEXT_("T_RS_KEPT_N", "{1} continued"),
    [T_RS_JOINED] = TEXT_("T_RS_JOINED", "New in {1}: {2}."),
    [T_RS_LEFT] = TEXT_("T_RS_LEFT", "No longer there in {1}: {2}."),
    [T_RS_SHAPE] = TEXT_("T_RS_SHAPE", "Fragmentation {1} and density {2}."),
    [T_RS_ROSE] = TEXT_("T_RS_ROSE", "rose from {1} to {2}"),
    [T_RS_FELL] = TEXT_("T_RS_FELL", "fell from {1} to {2}"),
    [T_RS_STAYED] = TEXT_("T_RS_STAYED", "stayed at {1}"),
    [T_RS_HARDLY] = TEXT_("T_RS_HARDLY", "hardly changed ({1})"),
    [T_RS_JACCARD] =
        TEXT_("T_RS_JACCARD",
              "Of all observed ties, {1} were there in both waves (Jaccard index {2}): {3}."),
    [T_RS_STABLE] =
        TEXT_("T_RS_STABLE", "the network is stable enough to compare positions between the waves"),
    [T_RS_MODERATE] =
        TEXT_("T_RS_MODERATE",
              "the network is neither clearly stable nor too changed to compare positions"),
    [T_RS_TOO_CHANGED] = TEXT_(
        "T_RS_TOO_CHANGED", "the network changed too much to compare positions between the waves"),
    [T_RS_MISSING_TO_1] = TEXT_("T_RS_MISSING_TO_1", "{1} was interviewed in {3} but not in {2}."),
    [T_RS_MISSING_TO_N] = TEXT_("T_RS_MISSING_TO_N", "{1} were interviewed in {3} but not in {2}."),
    [T_RS_HIDDEN_0] =
        TEXT_("T_RS_HIDDEN_0",
              "Every tie of {1} was also named by someone interviewed again, so the change "
              "is fully observed."),
    [T_RS_HIDDEN_1] =
        TEXT_("T_RS_HIDDEN_1",
              "In {2}, 1 tie was named only by those not interviewed in {3}; it does not "
              "count as ended, but it is missing from the network of {3}, whose density "
              "may therefore be too low and fragmentation too high."),
    [T_RS_HIDDEN_N] =
        TEXT_("T_RS_HIDDEN_N",
              "In {2}, {1} ties were named only by those not interviewed in {3}; they do "
              "not count as ended, but they are missing from the network of {3}, whose "
              "density may therefore be too low and fragmentation too high."),
    [T_RS_FALLS_1] = TEXT_(
        "T_RS_FALLS_1",
        "In 1 continued tie the other side gave a lower level in {3}, but whoever named it in {2} "
        "was not interviewed again, so it does not count as less close."),
    [T_RS_FALLS_N] = TEXT_(
        "T_RS_FALLS_N",
        "In {1} continued ties the other side gave a lower level in {3}, but whoever named them in "
        "{2} was not interviewed again, so they do not count as less close."),
    [T_RS_MISSING_FROM_1] =
        TEXT_("T_RS_MISSING_FROM_1", "{1} was interviewed in {2} but not in {3}."),
    [T_RS_MISSING_FROM_N] =
        TEXT_("T_RS_MISSING_FROM_N", "{1} were interviewed in {2} but not in {3}."),
    [T_RS_UNSEEN_1] =
        TEXT_("T_RS_UNSEEN_1",
              "In {3}, 1 tie was named only by those not interviewed in {2}; it does not "
              "count as new, since {2} cannot tell whether it existed then."),
    [T_RS_UNSEEN_N] =
        TEXT_("T_RS_UNSEEN_N",
              "In {3}, {1} ties were named only by those not interviewed in {2}; they do "
              "not count as new, since {2} cannot tell whether they existed then."),
    [T_RS_LEVELS_SAME] =
        TEXT_("T_RS_LEVELS_SAME", "Every continued tie kept the level it had in {1}."),
    [T_RS_BETWEEN] = TEXT_("T_RS_BETWEEN", "between {1} and {2}"),
    [T_RS_AND_MORE] = TEXT_("T_RS_AND_MORE", " and {1} more (timeline-changes.csv lists them all)"),
    [T_RS_STRONGER_1] = TEXT_("T_RS_STRONGER_1", "Compared with {2}, the tie {3} grew closer."),
    [T_RS_STRONGER_N] =
        TEXT_("T_RS_STRONGER_N", "Compared with {2}, {1} ties grew closer: those {3}."),
    [T_RS_WEAKER_0] = TEXT_("T_RS_WEAKER_0", "No tie grew less close."),
    [T_RS_WEAKER_1] =
        TEXT_("T_RS_WEAKER_1",
              "The tie {3} grew less close, by the account of the same respondents as in {2}."),
    [T_RS_WEAKER_N] = TEXT_(
        "T_RS_WEAKER_N",
        "By the account of the same respondents as in {2}, {1} ties grew less close: those {3}."),
    [T_PK_PLURAL_0] = TEXT_("T_PK_PLURAL_0", "Municipalities"),
    [T_PK_PLURAL_1] = TEXT_("T_PK_PLURAL_1", "Organisations"),
    [T_PK_PLURAL_2] = TEXT_("T_PK_PLURAL_2", "Teams"),
    [T_PK_PLURAL_3] = TEXT_("T_PK_PLURAL_3", "Informal partners"),
    [T_PK_THE_0] = TEXT_("T_PK_THE_0", "the municipality"),
    [T_PK_THE_1] = TEXT_("T_PK_THE_1", "the organisation"),
    [T_PK_THE_2] = TEXT_("T_PK_THE_2", "the team"),
    [T_PK_THE_3] = TEXT_("T_PK_THE_3", "the informal partner"),
    [T_PK_ONE_0] = TEXT_("T_PK_ONE_0", "municipality"),
    [T_PK_MANY_0] = TEXT_("T_PK_MANY_0", "municipalities"),
    [T_PK_ONE_1] = TEXT_("T_PK_ONE_1", "organisation"),
    [T_PK_MANY_1] = TEXT_("T_PK_MANY_1", "organisations"),
    [T_PK_ONE_2] = TEXT_("T_PK_ONE_2", "team"),
    [T_PK_MANY_2] = TEXT_("T_PK_MANY_2", "teams"),
    [T_PK_ONE_3] = TEXT_("T_PK_ONE_3", "informal partner"),
    [T_PK_MANY_3] = TEXT_("T_PK_MANY_3", "informal partners"),
    [T_PC_NAMES] = TEXT_("T_PC_NAMES", "{1} name {2} as partner"),
    [T_PC_BACK_ALL] = TEXT_("T_PC_BACK_ALL", "; all of them name {1} back."),
    [T_PC_BACK_ONE] = TEXT_("T_PC_BACK_ONE", "; 1 of them does not name {1} back."),
    [T_PC_BACK_MANY] = TEXT_("T_PC_BACK_MANY", "; {2} of them do not name {1} back."),
    [T_PC_LEVELS] = TEXT_(
        "T_PC_LEVELS", " Where both name each other, {1} rates the collaboration at {2} on average "
                       "and {3} at {4}."),
    [T_PC_TRUST] =
        TEXT_("T_PC_TRUST", " The trust that {1} gives is {2} on average, that of {3} {4}."),
    [T_PC_NOTHING] =
        TEXT_("T_PC_NOTHING",
              "Every kind that names another is named back, and both sides rate their ties alike."),
    [T_PC_NO_PAIRS] =
        TEXT_("T_PC_NO_PAIRS", "No two interviewed entities of the wave name each other."),
    [T_PC_HEADER] = TEXT_(
        "T_PC_HEADER", "Wave {1}: how both sides see their ties, over the {2} interviewed in this "
                       "wave (levels 1 to 3, trust 1 to 4)"),
    [T_PC_KINDS] =
        TEXT_("T_PC_KINDS",
              "By kind: how often one named the other (named), the share named back, and the "
              "mean level and trust each side gave where both named each other"),
    [T_PC_PAIRS] = TEXT_("T_PC_PAIRS", "Pairs that rate the same tie 2 or more apart"),
    [T_PC_PAIR] = TEXT_("T_PC_PAIR", "{1} and {2}: level {3} and {4}, trust {5} and {6}"),
    [T_PC_H_FROM] = TEXT_("T_PC_H_FROM", "from"),
    [T_PC_H_TO] = TEXT_("T_PC_H_TO", "to"),
    [T_PC_H_NAMED] = TEXT_("T_PC_H_NAMED", "named"),
    [T_PC_H_BACK] = TEXT_("T_PC_H_BACK", "named back"),
    [T_PC_H_LEVEL] = TEXT_("T_PC_H_LEVEL", "level"),
    [T_PC_H_LEVEL_BACK] = TEXT_("T_PC_H_LEVEL_BACK", "level back"),
    [T_PC_H_TRUST] = TEXT_("T_PC_H_TRUST", "trust"),
    [T_PC_H_TRUST_BACK] = TEXT_("T_PC_H_TRUST_BACK", "trust back"),
    [T_PC_H_A] = TEXT_("T_PC_H_A", "a"),
    [T_PC_H_B] = TEXT_("T_PC_H_B", "b"),
    [T_PC_H_LEVEL_A] = TEXT_("T_PC_H_LEVEL_A", "level a"),
    [T_PC_H_LEVEL_B] = TEXT_("T_PC_H_LEVEL_B", "level b"),
    [T_PC_H_TRUST_A] = TEXT_("T_PC_H_TRUST_A", "trust a"),
    [T_PC_H_TRUST_B] = TEXT_("T_PC_H_TRUST_B", "trust b"),
    [T_SHEET_PERCEPTION] = TEXT_("T_SHEET_PERCEPTION", "Perception"),
    [T_SHEET_PERCEPTION_PAIRS] = TEXT_("T_SHEET_PERCEPTION_PAIRS", "Pairs"),
    [T_BR_BETWEEN] =
        TEXT_("T_BR_BETWEEN",
              "The brokers between kinds, who link partners that have no tie of their own: {1}."),
    [T_BR_ITEM] =
        TEXT_("T_BR_ITEM",
              "{1} ({2} pairs as gatekeeper, linking its own kind to another; {3} as liaison, "
              "linking two other kinds)"),
    [T_BR_ITEM_SHORT] = TEXT_("T_BR_ITEM_SHORT", "{1} ({2} and {3})"),
    [T_BR_NONE] = TEXT_(
        "T_BR_NONE", "No entity links partners of different kinds that have no tie of their own."),
    [T_BR_INFORMAL] = TEXT_(
        "T_BR_INFORMAL",
        "The informal circuit reaches the other kinds mostly through {1} (pairs of an informal "
        "partner and a partner of another kind that are not tied to each other)."),
    [T_BR_INFORMAL_NONE] = TEXT_(
        "T_BR_INFORMAL_NONE",
        "No entity links an informal partner to a partner of another kind that it is not tied to: "
        "the informal circuit is tied to the others directly or not at all."),
    [T_BR_CONSTRAINT] = TEXT_(
        "T_BR_CONSTRAINT", "The lowest constraint, so the most room to broker between partners who "
                           "are otherwise apart: {1}."),
    [T_EI_SILO] =
        TEXT_("T_EI_SILO",
              "Grouped by {1}, the E-I index is {2}, lower than chance gives ({3}; p {4}): a "
              "silo beyond chance."),
    [T_EI_MIXING] = TEXT_("T_EI_MIXING",
                          "Grouped by {1}, the E-I index is {2}, higher than chance gives ({3}; p "
                          "{4}): ties cross these groups more than chance would have them."),
    [T_EI_CHANCE] =
        TEXT_("T_EI_CHANCE",
              "Grouped by {1}, the E-I index is {2}, within what chance gives ({3}; p {4})."),
    [T_PC_LEVELS_SAME] =
        TEXT_("T_PC_LEVELS_SAME",
              " Where both name each other, both rate the collaboration at {1} on average."),
    [T_XL_NAME_A] = TEXT_("T_XL_NAME_A", "name of team a"),
    [T_XL_NAME_B] = TEXT_("T_XL_NAME_B", "name of team b"),
    [T_XL_MUNICIPALITY_ID] = TEXT_("T_XL_MUNICIPALITY_ID", "municipality (id)"),
    [T_XL_MUNICIPALITY_NAME] = TEXT_("T_XL_MUNICIPALITY_NAME", "name of the municipality"),
    [T_XL_RESPONSE] = TEXT_("T_XL_RESPONSE", "response"),
    [T_XL_COMPONENTS] = TEXT_("T_XL_COMPONENTS", "components"),
    [T_XL_LARGEST] = TEXT_("T_XL_LARGEST", "largest component"),
    [T_XL_FRAGMENTATION] = TEXT_("T_XL_FRAGMENTATION", "fragmentation"),
    [T_XL_DISTANCE] = TEXT_("T_XL_DISTANCE", "distance fragmentation"),
    [T_XL_CENTRALIZATION] = TEXT_("T_XL_CENTRALIZATION", "degree centralization"),
    [T_XL_TRANSITIVITY] = TEXT_("T_XL_TRANSITIVITY", "transitivity"),
    [T_XL_COMMUNITIES] = TEXT_("T_XL_COMMUNITIES", "communities"),
    [T_XL_MODULARITY] = TEXT_("T_XL_MODULARITY", "modularity"),
    [T_XL_CUTPOINTS] = TEXT_("T_XL_CUTPOINTS", "cutpoints"),
    [T_XL_CONFIRMED] = TEXT_("T_XL_CONFIRMED", "share of ties confirmed"),
    [T_XL_TRUST] = TEXT_("T_XL_TRUST", "average trust"),
    [T_XL_ISOLATES] = TEXT_("T_XL_ISOLATES", "isolates"),
    [T_CHART_JACCARD] = TEXT_("T_CHART_JACCARD", "Jaccard index {1}"),
    [T_CHART_WITHOUT_YEAR] = TEXT_("T_CHART_WITHOUT_YEAR", "; {1} without a start year"),
    [T_EX_TIES_REPORTED] = TEXT_("T_EX_TIES_REPORTED", "Ties: every reported tie."),
    [T_EX_TIES_CONFIRMED] = TEXT_("T_EX_TIES_CONFIRMED", "Ties: confirmed only."),
    [T_R_BROKERS_ONE] =
        TEXT_("T_R_BROKERS_ONE", "In wave {2} the field is held together above all by {1}: it lies "
                                 "on the shortest paths between many other pairs."),
};
