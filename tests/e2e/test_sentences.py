"""The report's sentences (cli.md): who did not answer and what it means for
the change figures, which ties grew closer or less close, in English and
Dutch, on a study made for it (tests/data/nonresponse.json: GGZ Centraal and
the GP practice interviewed in 2021 but not in 2023, three ties at a higher
level, one lower by the same respondents, one lower only by the side that
was asked again)."""
import html
import os
import re

from e2e import SAMPLE, data, expect, run

NONRESPONSE = data("nonresponse.json")


def page_text(folder):
    """The page's text as a reader sees it, without scripts and styles,
    with every run of spaces one space."""
    s = open(os.path.join(folder, "index.html"), encoding="utf-8").read()
    s = re.sub(r"<(script|style)\b.*?</\1>", "", s, flags=re.S)
    s = re.sub(r"<[^>]+>", " ", s)
    return " ".join(html.unescape(s).split())


def report(tmp, study, lang):
    out = os.path.join(tmp, f"r-{lang}")
    expect(run("report", study, "--lang", lang, "-o", out), 0)
    return page_text(out)


def test_nonresponse_and_levels_in_english(tmp):
    t = report(tmp, NONRESPONSE, "en")
    assert "From 2021 to 2023, no partnership started, none ended and 7 continued." in t
    assert ("GGZ Centraal and Huisartsenpraktijk De Linde were interviewed in 2021 but not in "
            "2023.") in t
    # What it means: the two ties only they named are neither lost nor in
    # the 2023 network, which makes 2023 look sparser.
    assert ("In 2021, 2 ties were named only by those not interviewed in 2023; they do not "
            "count as ended, but they are missing from the network of 2023") in t
    assert "does not count as less close" in t
    assert "Buurtvereniging Oost was interviewed in 2023 but not in 2021." in t
    assert ("Compared with 2021, 3 ties grew closer: those between Buurtvereniging Oost and "
            "Voedselbank Noordstad, between Gemeente Noordstad and Stichting Welzijn Noordstad "
            "and between Basisschool De Regenboog and Wijkteam Noord.") in t
    assert ("The tie between Voedselbank Noordstad and Stichting Welzijn Noordstad grew less "
            "close, by the account of the same respondents as in 2021.") in t
    # GGZ's own 3 for its tie with the district team is not compared with
    # the team's 2: the tie is named nowhere as less close.
    assert "GGZ Centraal and Wijkteam Noord" not in t and "Wijkteam Noord and GGZ" not in t


def test_nonresponse_and_levels_in_dutch(tmp):
    t = report(tmp, NONRESPONSE, "nl")
    assert ("Van 2021 tot 2023 kwam er geen samenwerking bij, stopte er geen en bleven er 7 "
            "bestaan.") in t
    assert ("GGZ Centraal en Huisartsenpraktijk De Linde zijn in 2021 wel geïnterviewd, maar in "
            "2023 niet.") in t
    assert ("In 2021 werden 2 relaties alleen genoemd door wie in 2023 niet opnieuw is "
            "geïnterviewd; die tellen niet als beëindigd, maar ontbreken wel in het netwerk van "
            "2023.") in t
    assert "die relatie telt daarom niet als minder hecht" in t
    assert "Buurtvereniging Oost is in 2023 wel geïnterviewd, maar in 2021 niet." in t
    assert ("Vergeleken met 2021 werden 3 relaties hechter: die tussen Buurtvereniging Oost en "
            "Voedselbank Noordstad, tussen Gemeente Noordstad en Stichting Welzijn Noordstad en "
            "tussen Basisschool De Regenboog en Wijkteam Noord.") in t
    assert ("De relatie tussen Voedselbank Noordstad en Stichting Welzijn Noordstad werd minder "
            "hecht, volgens dezelfde respondenten als in 2021.") in t
    # The terse account of the terminal is not the report's.
    assert "Ontbrekende interviews:" not in t and "Samenwerkingen begonnen:" not in t


def test_sample_change_in_sentences(tmp):
    t = report(tmp, SAMPLE, "nl")
    assert ("Van 2015 tot 2017 kwamen er 20 samenwerkingen bij, stopte er 1 en bleven er 27 "
            "bestaan.") in t
    assert "Nieuw in 2017: Bewonersinitiatief Zenderpark en Jeugd- en Gezinsteam Lopik." in t
    assert "Niet meer actief in 2019: Zorgaanbieder D (verslavingszorg)." in t
    assert "De fragmentatie bleef 0,00 en de dichtheid steeg van 0,19 naar 0,23." in t
    assert "Elke voortgezette relatie bleef even hecht als in 2015." in t
    # Nobody missing: no sentence about it.
    assert "niet opnieuw is geïnterviewd" not in t


def test_a_wave_nobody_was_interviewed_in(tmp):
    """A change into a wave without interviews is not measured: no figures."""
    study = open(NONRESPONSE, encoding="utf-8").read()
    study = study.replace('{"id": "2023", "date": "2023-03-01"}',
                          '{"id": "2023", "date": "2023-03-01"}, {"id": "2025", "date": "2025"}')
    path = os.path.join(tmp, "s.json")
    open(path, "w", encoding="utf-8").write(study)
    t = report(tmp, path, "en")
    assert ("Nobody was interviewed in 2025, so the change from 2023 to 2025 cannot be measured "
            "and is not described.") in t
    assert "From 2023 to 2025" not in t


def test_trust_question_claims_no_wording(tmp):
    """The study does not give the trust question's wording, so the report
    does not state one (it used to say what the question asked)."""
    t = report(tmp, SAMPLE, "en")
    assert "Respondents gave each partner a trust rating from 1 (not at all) to 4" in t
    assert "keep its word" not in t
    nl = report(tmp, SAMPLE, "nl")
    assert "Respondenten gaven elke partner een cijfer voor vertrouwen" in nl
    assert "afspraken na te komen" not in nl
