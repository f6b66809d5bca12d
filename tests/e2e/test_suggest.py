"""Suggestions (cli.md, "Language"): an unknown wave lists the study's waves,
a misspelt id or option value gets "did you mean", in both languages."""
import os

from e2e import SAMPLE, expect, run


def test_unknown_wave_lists_the_waves(tmp):
    r = expect(run("measure", SAMPLE, "--wave", "2018"), 2)
    assert "the study has no wave '2018'; did you mean '2015'? Its waves: 2015, 2017, 2019" \
        in r.err or "Its waves: 2015, 2017, 2019" in r.err, r
    r = expect(run("overlap", SAMPLE, "--wave", "spring", "--lang", "nl"), 2)
    assert "het onderzoek heeft geen meting 'spring'; de metingen: 2015, 2017, 2019" in r.err, r


def test_misspelt_option_value(tmp):
    svg = os.path.join(tmp, "n.svg")
    r = expect(run("draw", SAMPLE, "-o", svg, "--size-by", "betweeness"), 2)
    assert "did you mean 'betweenness'?" in r.err, r
    r = expect(run("draw", SAMPLE, "-o", svg, "--size-by", "betweeness", "--lang", "nl"), 2)
    assert "bedoelt u 'betweenness'?" in r.err, r
    r = expect(run("measure", SAMPLE, "--format", "jsn"), 2)
    assert "--format takes table, csv or json, not 'jsn'; did you mean 'json'?" in r.err, r
    r = expect(run("measure", SAMPLE, "--format", "xml", "--lang", "nl"), 2)
    assert "--format verwacht table, csv of json, niet 'xml'" in r.err and "bedoelt" not in r.err


def test_entity_by_name_or_misspelt_id(tmp):
    svg = os.path.join(tmp, "n.svg")
    expect(run("draw", SAMPLE, "-o", svg, "--ego", "stichting pulse"), 0)
    r = expect(run("draw", SAMPLE, "-o", svg, "--ego", "Stichting Puls"), 2)
    assert "did you mean 'Stichting Pulse'?" in r.err, r
    r = expect(run("draw", SAMPLE, "-o", svg, "--highlight", "Stichting Puls", "--lang", "nl"), 2)
    assert "bedoelt u 'Stichting Pulse'?" in r.err, r


def test_entity_by_id_in_another_case(tmp):
    """cli.md: an entity option "takes its id or its name (ignoring case)"."""
    plain = expect(run("measure", SAMPLE, "--without", "pulse", "-f", "json"), 0).out
    for typed in ("Pulse", "PULSE"):
        assert expect(run("measure", SAMPLE, "--without", typed, "-f", "json"), 0).out == plain
    svg = os.path.join(tmp, "n.svg")
    expect(run("draw", SAMPLE, "-o", svg, "--ego", "JST"), 0)


def test_every_unknown_value_suggests_and_lists(tmp):
    svg = os.path.join(tmp, "n.svg")
    r = expect(run("draw", SAMPLE, "-o", svg, "--diff", "2015", "2018"), 2)
    assert "the study has no wave '2018'; did you mean '2015'? Its waves: 2015, 2017, 2019" \
        in r.err, r
    r = expect(run("draw", SAMPLE, "-o", svg, "--types", "contrct"), 2)
    assert "--types: no tie of the study has the type 'contrct'; did you mean 'contract'?" \
        in r.err and "membership" in r.err and "referral" in r.err, r
    r = expect(run("draw", SAMPLE, "-o", svg, "--types", "contract,referal", "--lang", "nl"), 2)
    assert "bedoelt u 'referral'?" in r.err, r
    expect(run("draw", SAMPLE, "-o", svg, "--types", "contract,membership"), 0)
    r = expect(run("draw", SAMPLE, "-o", svg, "--color-by", "sectr"), 2)
    assert "no entity has the attribute 'sectr'; did you mean 'sector'? The study has: sector" \
        in r.err, r
