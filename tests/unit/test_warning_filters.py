"""pyproject's filterwarnings turn deprecations attributed to the plugin's code into errors.

A warning is attributed to the module of the frame at its stacklevel: the plugin's own
``warnings.warn(...)``, and a library's warning about a call the plugin made (pandas and numpy pass a
stacklevel that reaches the caller, sip warns at the calling frame). Fake modules named like the
plugin's stand in for it here, so the filters, not the plugin's current state, are what is tested.
"""
import types
import warnings

import pytest

CODE = '''
import warnings

def own(category):
    warnings.warn("old API", category)

def library_call(category):
    warnings.warn("deprecated for the caller", category, stacklevel=2)
'''


def _module(name: str) -> types.ModuleType:
    module = types.ModuleType(name)
    module.__file__ = "/fake/{}.py".format(name.replace(".", "/"))
    exec(compile(CODE, module.__file__, "exec"), module.__dict__)  # noqa: S102 (a fixed test snippet)
    return module


def _caller(name: str, library: types.ModuleType) -> types.ModuleType:
    """A module ``name`` that calls ``library.library_call``: the warning lands on it."""
    module = types.ModuleType(name)
    module.library = library
    exec("def run(category):\n    library.library_call(category)\n", module.__dict__)  # noqa: S102
    return module


@pytest.mark.parametrize("category", [DeprecationWarning, FutureWarning])
@pytest.mark.parametrize("name", ["est_plugin.core.fake", "est_plugin.processing.algorithms.fake",
                                  "est_trygghet.est_plugin.gui.fake"])
def test_deprecation_in_plugin_code_is_an_error(name, category):
    with pytest.raises(category, match="old API"):
        _module(name).own(category)


@pytest.mark.parametrize("category", [DeprecationWarning, FutureWarning])
def test_library_warning_about_a_plugin_call_is_an_error(category):
    caller = _caller("est_plugin.processing.fake_adapters", _module("fakepandas.core"))
    with pytest.raises(category, match="deprecated for the caller"):
        caller.run(category)


@pytest.mark.parametrize("category", [DeprecationWarning, FutureWarning])
def test_warnings_of_other_code_stay_warnings(category):
    with warnings.catch_warnings(record=True) as caught:  # the filters stay as pytest set them
        _module("fakepandas.core").own(category)
        _caller("tests.somewhere", _module("fakepandas.io")).run(category)
    assert [w.category for w in caught] == [category, category]


def test_filters_are_installed_from_pyproject():
    errors = [f for f in warnings.filters if f[0] == "error" and f[3] is not None
              and f[3].match("est_plugin.compat")]
    assert {f[2] for f in errors} >= {DeprecationWarning, FutureWarning}
    assert not any(f[3].match("pandas.core.frame") for f in errors)
