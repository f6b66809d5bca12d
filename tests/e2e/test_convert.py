"""convert and template: the sample round-trips through a workbook and a CSV
folder unchanged (compared as data), and the template opens in openpyxl
with its sheets, headers and drop-down lists."""
import json
import os

from e2e import SAMPLE, expect, run
import sheets


def normal(study):
    """A study as data, with what dataset.md says is the same written one
    way: partial dates as full dates, defaults filled in, members as
    objects, a task's missing label as its id."""
    def date(d):
        if d is None:
            return None
        parts = d.split("-") + ["01", "01"]
        return "-".join(parts[:3])

    out = {"title": study.get("title")}
    out["waves"] = [{"id": w["id"], "date": date(w.get("date")), "label": w.get("label")}
                    for w in study.get("waves", [])]
    out["tasks"] = [{"id": t["id"], "label": t.get("label", t["id"])}
                    for t in study.get("tasks", [])]
    ents = []
    for e in study["entities"]:
        members = []
        for m in e.get("members", []):
            m = {"id": m} if isinstance(m, str) else m
            members.append({"id": m["id"], "since": date(m.get("since")),
                            "until": date(m.get("until"))})
        ents.append({"id": e["id"], "name": e["name"], "kind": e["kind"],
                     "municipalities": e.get("municipalities", []),
                     "domains": e.get("domains", []), "areas": e.get("areas", []),
                     "target_groups": e.get("target_groups", []), "members": members,
                     "since": date(e.get("since")), "until": date(e.get("until")),
                     "attributes": e.get("attributes", {})})
    out["entities"] = ents
    ivs = []
    for iv in study["interviews"]:
        ties = [{"with": t["with"], "type": t.get("type") or "collaboration",
                 "level": t.get("level", 1), "trust": t.get("trust"),
                 "since": date(t.get("since")), "note": t.get("note")}
                for t in iv.get("ties", [])]
        ivs.append({"respondent": iv["respondent"], "wave": iv.get("wave"),
                    "date": date(iv.get("date")), "scores": iv.get("scores", {}),
                    "ties": ties})
    out["interviews"] = ivs
    return out


def convert(src, dst, *extra):
    expect(run("convert", src, "-o", dst, *extra), 0)
    return dst


def test_sample_round_trips_through_a_workbook(tmp):
    want = normal(sheets.load(SAMPLE))
    for lang in ("en", "nl"):
        book = convert(SAMPLE, os.path.join(tmp, f"s-{lang}.xlsx"), "--lang", lang)
        back = convert(book, os.path.join(tmp, f"back-{lang}.json"))
        assert normal(sheets.load(back)) == want, lang
        # The workbook as openpyxl sees it: the sheets in the language.
        wb = sheets.openpyxl().load_workbook(book)
        assert set(sheets.SHEETS[lang].values()) <= set(wb.sheetnames), wb.sheetnames


def test_sample_round_trips_through_a_csv_folder(tmp):
    want = normal(sheets.load(SAMPLE))
    for lang, sep in (("en", ","), ("nl", ";")):
        folder = convert(SAMPLE, os.path.join(tmp, f"csv-{lang}") + "/", "--lang", lang)
        files = sorted(f for f in os.listdir(folder) if f.endswith(".csv"))
        assert files == sorted(v + ".csv" for v in sheets.SHEETS[lang].values()), files
        with open(os.path.join(folder, sheets.SHEETS[lang]["ties"] + ".csv"),
                  encoding="utf-8-sig") as f:
            assert f.readline().count(sep) == 7
        back = convert(folder, os.path.join(tmp, f"back-{lang}.json"))
        assert normal(sheets.load(back)) == want, lang


def test_notes_with_separators_quotes_and_line_breaks_survive(tmp):
    study = sheets.load(SAMPLE)
    tricky = 'one; two, "three" | four\nsecond line'
    study["interviews"][0]["ties"][0]["note"] = tricky
    study["entities"][0]["name"] = "Gemeente IJsselstein, \"de\" stad; é"
    src = os.path.join(tmp, "tricky.json")
    with open(src, "w", encoding="utf-8") as f:
        json.dump(study, f, ensure_ascii=False)
    for out in ("t.xlsx", "t-csv/"):
        mid = convert(src, os.path.join(tmp, out))
        # a new name each time: partnermap never writes over a study
        back = sheets.load(convert(mid, os.path.join(tmp, f"back-{out.strip('/')}.json")))
        assert back["interviews"][0]["ties"][0]["note"] == tricky, out
        assert back["entities"][0]["name"] == study["entities"][0]["name"], out


def test_convert_refuses_unknown_formats(tmp):
    r = expect(run("convert", SAMPLE, "-o", os.path.join(tmp, "s.txt")), 2)
    assert "give a .json or .xlsx file, or a folder" in r.err
    expect(run("convert", SAMPLE), 2)


def test_template_in_both_languages(tmp):
    op = sheets.openpyxl()
    for lang in ("en", "nl"):
        path = os.path.join(tmp, f"template-{lang}.xlsx")
        expect(run("template", "-o", path, "--lang", lang), 0)
        wb = op.load_workbook(path)
        names = sheets.SHEETS[lang]
        explain = {"en": "Explanation", "nl": "Uitleg"}[lang]
        assert wb.sheetnames == [explain] + list(names.values()), wb.sheetnames
        col = sheets.COLUMNS[lang]
        ent = wb[names["entities"]]
        assert [c.value for c in ent[1]] == [col[k] for k in (
            "id", "name", "kind", "municipalities", "domains", "areas", "target_groups",
            "since", "until")]
        ties = wb[names["ties"]]
        assert [c.value for c in ties[1]] == [col[k] for k in (
            "wave", "respondent", "with", "type", "level", "trust", "since", "note")]

        def lists(ws):
            return {str(dv.sqref).split(":")[0]: dv.formula1
                    for dv in ws.data_validations.dataValidation if dv.type == "list"}
        kinds = {"en": '"municipality,organisation,team,informal"',
                 "nl": '"gemeente,organisatie,team,informeel"'}[lang]
        entity_range = f"{names['entities']}!$B$2:$B$1000"
        wave_range = f"{names['waves']}!$A$2:$A$1000"
        assert lists(ent) == {"C2": kinds, "D2": entity_range}
        assert lists(ties) == {"A2": wave_range, "B2": entity_range, "C2": entity_range,
                               "E2": '"1,2,3"', "F2": '"1,2,3,4"'}
        assert lists(wb[names["members"]]) == {"A2": entity_range, "B2": entity_range}
        iv = lists(wb[names["interviews"]])
        assert iv["A2"] == wave_range and iv["B2"] == entity_range
        assert iv["D2"] == '"1,2,3,4,5,6,7,8,9,10"'
        # The explanation names every column of every sheet, with an example.
        rows = [[c.value for c in r] for r in wb[explain].iter_rows()]
        explained = {(r[0], r[1]) for r in rows if r[0] in names.values()}
        for key, sheet in names.items():
            for c in [c.value for c in wb[sheet][1]]:
                assert (sheet, c) in explained, (sheet, c)


def test_filled_template_is_a_study(tmp):
    """The template, filled in with openpyxl as a person would in Excel."""
    op = sheets.openpyxl()
    path = os.path.join(tmp, "studie.xlsx")
    expect(run("template", "-o", path, "--lang", "nl"), 0)
    wb = op.load_workbook(path)
    wb["Partijen"].append([None, "Gemeente Lopik", "gemeente"])
    wb["Partijen"].append([None, "Buurtcafé De Zon", "informeel", "Gemeente Lopik"])
    wb["Relaties"].append([None, "Buurtcafé De Zon", "Gemeente Lopik", None, 2])
    wb.save(path)
    r = expect(run("check", path), 0)
    assert r.err == "", r.err
    m = json.loads(expect(run("measure", path, "-f", "json"), 0).out)
    assert {e["id"]: e["degree"] for e in m["entities"]} == {"gemeente-lopik": 1,
                                                           "buurtcafe-de-zon": 1}


def test_dutch_explanation_speaks_dutch(tmp):
    """The Dutch template explains tie types with Dutch words and the study
    key without 'instelling' (which reads as 'institution')."""
    op = sheets.openpyxl()
    path = os.path.join(tmp, "sjabloon.xlsx")
    expect(run("template", "-o", path, "--lang", "nl"), 0)
    rows = {(r[0], r[1]): r[2] for r in op.load_workbook(path)["Uitleg"].iter_rows(values_only=True)}
    assert "verwijzing" in rows[("Relaties", "soort")], rows[("Relaties", "soort")]
    assert "referral" not in rows[("Relaties", "soort")]
    assert "instelling" not in rows[("Studie", "sleutel")]

