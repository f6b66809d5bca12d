"""partnermap links every library it calls as the system knows it: the
binary's dynamic section names each one (NEEDED), so that ldd,
dpkg-shlibdeps and a package built from it see them all, and no source
opens a library by hand."""
import os
import re
import subprocess

import e2e
from e2e import ROOT

# The file-name stem of each library partnermap calls (lib<stem>.so.N).
LIBRARIES = ["igraph", "cjson", "xml2", "z", "nettle", "cgraph", "gvc", "cairo", "xlsxwriter",
             "zip", "csv", "utf8proc"]


def needed(binary):
    """The NEEDED entries of BINARY's dynamic section, as readelf prints them."""
    dump = subprocess.run(["readelf", "-d", binary], capture_output=True, text=True,
                          check=True).stdout
    return re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", dump)


def test_the_binary_names_every_library_it_uses(tmp):
    names = needed(e2e.BINARY)
    for lib in LIBRARIES:
        assert any(re.fullmatch(rf"lib{re.escape(lib)}\.so(\.\d+)*", n) for n in names), \
            (lib, names)


def test_no_source_opens_a_library_by_hand(tmp):
    for folder, _, files in os.walk(os.path.join(ROOT, "src")):
        for name in files:
            with open(os.path.join(folder, name), encoding="utf-8") as f:
                assert "dlopen" not in f.read(), os.path.join(folder, name)
