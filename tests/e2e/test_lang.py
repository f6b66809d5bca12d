"""The language (cli.md, "Language"): --lang on every command, else
PARTNERMAP_LANG, else LC_ALL, LC_MESSAGES or LANG, else English."""
import os

from e2e import SAMPLE, expect, run

COMMANDS = ("check", "measure", "draw", "overlap", "timeline", "report")


def legend(tmp, *args, env=None):
    """The kind legend of a diagram drawn with ARGS and ENV: 'en' or 'nl'."""
    svg = os.path.join(tmp, "n.svg")
    expect(run("draw", SAMPLE, "-o", svg, *args, env=env), 0)
    text = open(svg, encoding="utf-8").read()
    english, dutch = "Kind of entity" in text, "Soort partij" in text
    assert english != dutch, "one language only"
    return "en" if english else "nl"


def test_every_command_takes_lang(tmp):
    for cmd in COMMANDS:
        for lang in ("en", "nl"):
            r = expect(run(cmd, "--help", "--lang", lang), 0)
            assert "--lang" in r.out, (cmd, r)
    r = expect(run("measure", SAMPLE, "--lang", "fr"), 2)
    assert "'fr'" in r.err


def test_language_from_the_environment(tmp):
    assert legend(tmp) == "en"
    assert legend(tmp, env={"LANG": "nl_NL.UTF-8"}) == "nl"
    assert legend(tmp, env={"LC_MESSAGES": "nl_BE.UTF-8", "LANG": "en_GB.UTF-8"}) == "nl"
    assert legend(tmp, env={"LC_ALL": "en_US.UTF-8", "LANG": "nl_NL.UTF-8"}) == "en"
    assert legend(tmp, env={"LANG": "de_DE.UTF-8"}) == "en"
    assert legend(tmp, env={"LANG": "C"}) == "en"


def test_partnermap_lang_and_option_override(tmp):
    assert legend(tmp, env={"PARTNERMAP_LANG": "en", "LANG": "nl_NL.UTF-8"}) == "en"
    assert legend(tmp, env={"PARTNERMAP_LANG": "nl", "LC_ALL": "en_US.UTF-8"}) == "nl"
    assert legend(tmp, "--lang", "en", env={"PARTNERMAP_LANG": "nl"}) == "en"
    assert legend(tmp, "--lang", "nl", env={"LANG": "en_US.UTF-8"}) == "nl"
