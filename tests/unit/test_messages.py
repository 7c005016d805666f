"""messages: the Swedish/English catalogue of core texts."""
import ast
import string
from pathlib import Path

import pytest

from est_plugin.core import messages
from est_plugin.core.messages import CATALOGUE, text

CORE = Path(__file__).resolve().parents[2] / "est_plugin" / "core"


def _placeholders(template):
    return {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}


@pytest.mark.parametrize("code", sorted(CATALOGUE))
def test_entry_has_both_languages_non_empty_with_the_same_placeholders(code):
    entry = CATALOGUE[code]
    assert set(entry) == {"sv", "en"}
    assert entry["sv"].strip() and entry["en"].strip()
    assert _placeholders(entry["sv"]) == _placeholders(entry["en"])


@pytest.mark.parametrize("given, expected", [("sv", "sv"), ("sv_SE", "sv"), ("SV", "sv"),
                                             ("svenska", "sv"), ("en", "en"), ("en_GB", "en"),
                                             ("fi", "en"), ("de_DE", "en"), ("", "en"), (None, "en")])
def test_set_language(given, expected):
    before = messages.language()
    try:
        messages.set_language(given)
        assert messages.language() == expected
    finally:
        messages.set_language(before)


def test_text_uses_the_current_language_unless_one_is_given():
    before = messages.language()
    try:
        messages.set_language("sv")
        assert text("file_missing", path="a.csv") == "Filen 'a.csv' finns inte."
        assert text("file_missing", lang="en", path="a.csv") == "The file 'a.csv' does not exist."
    finally:
        messages.set_language(before)


def _string_arguments(function_names, position):
    """String literals passed at ``position`` to calls of the named functions/methods in core."""
    found = set()
    for path in CORE.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or len(node.args) <= position:
                continue
            name = getattr(node.func, "attr", getattr(node.func, "id", ""))
            argument = node.args[position]
            literal = isinstance(argument, ast.Constant) and isinstance(argument.value, str)
            if name in function_names and literal:
                found.add(argument.value)
    return found


def test_every_text_code_used_in_the_core_is_in_the_catalogue():
    used = _string_arguments({"text"}, 0)
    assert len(used) > 20
    assert used - set(CATALOGUE) == set()


def test_every_rejection_reason_has_a_short_label_for_the_summary():
    reasons = _string_arguments({"add"}, 1)
    assert {"zero_coordinates", "no_coordinates", "bad_date"} <= reasons
    assert {"label_" + code for code in reasons} - set(CATALOGUE) == set()
    assert reasons - set(CATALOGUE) == set()


def test_every_filter_step_has_a_name_for_the_summary():
    steps = _string_arguments({"_apply"}, 1)
    assert {"period", "hour", "no_time_of_day"} <= steps
    dark_steps = {"daylight", "dark"}
    assert {"step_" + step for step in steps | dark_steps} - set(CATALOGUE) == set()
