"""The Swedish translation is complete: every string the code marks for translation is in
i18n/est_sv.ts, translated, with the same {placeholders}."""
import re
import shutil
import subprocess
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "i18n" / "est_sv.ts"
PLACEHOLDER = re.compile(r"\{\d*\}")


def _messages(path: Path):
    """(context, source, translation element) for every message of a .ts file."""
    tree = ElementTree.parse(path)
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield name, message.findtext("source"), message.find("translation")


def test_every_message_is_translated_with_the_same_placeholders():
    messages = list(_messages(TS))
    assert len(messages) >= 60
    for context, source, translation in messages:
        assert translation is not None and translation.get("type") != "unfinished", (context, source)
        assert (translation.text or "").strip(), (context, source)
        assert sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(translation.text)), source


def test_the_translation_file_covers_every_string_in_the_code(tmp_path):
    if shutil.which("pylupdate5") is None:
        pytest.fail("pylupdate5 is missing: `make setup` installs pyqt5-dev-tools")
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in (ROOT / "est_plugin").rglob("*.py"))
    subprocess.run(["pylupdate5", "-noobsolete", *sources, "-ts", str(fresh)], check=True,
                   capture_output=True)
    in_code = {(context, source) for context, source, _ in _messages(fresh)}
    committed = {(context, source) for context, source, _ in _messages(TS)}
    missing = in_code - committed
    assert not missing, "run `make transup` and translate: {}".format(sorted(missing)[:5])
