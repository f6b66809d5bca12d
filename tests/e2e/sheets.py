"""The sample study laid out as workbook.md's sheets, written the way a
user's own tools write them: openpyxl for workbooks, Python's csv module for
CSV folders. Nothing here comes from partnermap: the names of sheets and
columns are copied from the contract (workbook.md)."""
import csv
import datetime
import json
import os

SHEETS = {
    "en": {"study": "Study", "waves": "Waves", "tasks": "Tasks", "entities": "Entities",
           "members": "Members", "interviews": "Interviews", "ties": "Ties"},
    "nl": {"study": "Studie", "waves": "Metingen", "tasks": "Opgaven", "entities": "Partijen",
           "members": "Leden", "interviews": "Interviews", "ties": "Relaties"},
}
COLUMNS = {
    "en": {"key": "key", "value": "value", "id": "id", "date": "date", "label": "label",
           "name": "name", "kind": "kind", "municipalities": "municipalities",
           "domains": "domains", "areas": "areas", "target_groups": "target_groups",
           "since": "since", "until": "until", "team": "team", "member": "member",
           "wave": "wave", "respondent": "respondent", "with": "with", "type": "type",
           "level": "level", "trust": "trust", "note": "note"},
    "nl": {"key": "sleutel", "value": "waarde", "id": "id", "date": "datum",
           "label": "omschrijving", "name": "naam", "kind": "soort",
           "municipalities": "gemeenten", "domains": "domeinen", "areas": "gebieden",
           "target_groups": "doelgroepen", "since": "sinds", "until": "tot", "team": "team",
           "member": "lid", "wave": "meting", "respondent": "respondent", "with": "met",
           "type": "soort", "level": "niveau", "trust": "vertrouwen", "note": "toelichting"},
}
DUTCH_KINDS = {"municipality": "Gemeente", "organisation": "Organisatie", "team": "Team",
               "informal": "Informeel"}


def to_date(text):
    parts = [int(p) for p in text.split("-")] + [1, 1]
    return datetime.date(parts[0], parts[1], parts[2])


def study_sheets(study, lang="en", names=False, dates="iso", decimal_comma=False,
                 list_sep=", "):
    """{sheet name: [header, row, ...]} of STUDY (dataset.md JSON).
    names: entity references by name (ids left empty, made from names).
    dates: "iso" text, "dutch" D-M-YYYY text, or "excel" date values."""
    col = COLUMNS[lang]
    sh = SHEETS[lang]
    ents = {e["id"]: e for e in study["entities"]}

    def ref(i):
        return ents[i]["name"] if names else i

    def date(text):
        if text is None:
            return None
        if dates == "excel":
            return to_date(text)
        if dates == "dutch" and text.count("-") == 2:
            y, m, d = text.split("-")
            return f"{int(d)}-{int(m)}-{y}"
        return text

    def number(x):
        if x is None:
            return None
        if decimal_comma:
            return f"{float(x):.1f}".replace(".", ",")
        return x

    out = {}
    out[sh["study"]] = [[col["key"], col["value"]], ["titel" if lang == "nl" else "title",
                                                      study.get("title")]]
    out[sh["waves"]] = [[col["id"], col["date"], col["label"]]] + [
        [w["id"], date(w.get("date")), w.get("label")] for w in study.get("waves", [])]
    out[sh["tasks"]] = [[col["id"], col["label"]]] + [
        [t["id"], t.get("label")] for t in study.get("tasks", [])]
    attrs = sorted({k for e in study["entities"] for k in e.get("attributes", {})})
    head = [col[k] for k in ("id", "name", "kind", "municipalities", "domains", "areas",
                             "target_groups", "since", "until")] + attrs
    rows = [head]
    for e in study["entities"]:
        rows.append([
            None if names else e["id"], e["name"],
            DUTCH_KINDS[e["kind"]] if lang == "nl" else e["kind"],
            list_sep.join(ref(m) for m in e.get("municipalities", [])) or None,
            list_sep.join(e.get("domains", [])) or None,
            list_sep.join(e.get("areas", [])) or None,
            list_sep.join(e.get("target_groups", [])) or None,
            date(e.get("since")), date(e.get("until")),
        ] + [e.get("attributes", {}).get(a) for a in attrs])
    out[sh["entities"]] = rows
    rows = [[col["team"], col["member"], col["since"], col["until"]]]
    for e in study["entities"]:
        for m in e.get("members", []):
            m = {"id": m} if isinstance(m, str) else m
            rows.append([ref(e["id"]), ref(m["id"]), date(m.get("since")),
                         date(m.get("until"))])
    out[sh["members"]] = rows
    tasks = study.get("tasks", [])
    rows = [[col["wave"], col["respondent"], col["date"]] +
            [t["label"] if lang == "nl" else t["id"] for t in tasks]]
    ties = [[col[k] for k in ("wave", "respondent", "with", "type", "level", "trust", "since",
                              "note")]]
    for iv in study["interviews"]:
        rows.append([iv.get("wave"), ref(iv["respondent"]), date(iv.get("date"))] +
                    [number(iv.get("scores", {}).get(t["id"])) for t in tasks])
        for t in iv.get("ties", []):
            ties.append([iv.get("wave"), ref(iv["respondent"]), ref(t["with"]), t.get("type"),
                         number(t.get("level")), number(t.get("trust")), date(t.get("since")),
                         t.get("note")])
    out[sh["interviews"]] = rows
    out[sh["ties"]] = ties
    return out


def openpyxl():
    """Debian's python3-openpyxl (scripts/deps.sh), also when the python3
    on PATH is another installation."""
    try:
        import openpyxl as mod
    except ImportError:
        import sys
        sys.path.append("/usr/lib/python3/dist-packages")
        import openpyxl as mod
    return mod


def write_xlsx(path, sheets):
    wb = openpyxl().Workbook()
    wb.remove(wb.active)
    for name, rows in sheets.items():
        ws = wb.create_sheet(name)
        for row in rows:
            ws.append(row)
    wb.save(path)
    return path


def write_csv_folder(folder, sheets, sep=";", encoding="utf-8"):
    os.makedirs(folder, exist_ok=True)
    for name, rows in sheets.items():
        with open(os.path.join(folder, name + ".csv"), "w", newline="",
                  encoding=encoding) as f:
            w = csv.writer(f, delimiter=sep)  # CRLF line ends, as Excel writes
            for row in rows:
                w.writerow(["" if v is None else v for v in row])
    return folder


def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)
