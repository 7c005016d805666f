"""scripts/lint_package.py finds what the plugin repository's upload gate blocks on, in a zip."""
import importlib.util
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
pytest.importorskip("bandit")
pytest.importorskip("detect_secrets")

# an AWS access key id shape and a private key header: detect-secrets reports both
AWS_KEY = "AKIA" + "IOSFODNN7" + "EXAMPLE"
PRIVATE_KEY = "-----BEGIN " + "RSA PRIVATE KEY-----"

BAD = '''import subprocess


def run(command):
    return subprocess.call(command, shell=True)


KEY_ID = "{}"
'''.format(AWS_KEY)
GOOD = '''"""A clean module."""


def add(a, b):
    return a + b
'''


@pytest.fixture(scope="module")
def lint_package():
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        spec = importlib.util.spec_from_file_location("lint_package", ROOT / "scripts" / "lint_package.py")
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        yield module
    finally:
        sys.path.remove(str(ROOT / "scripts"))


def _zip(path: Path, files: dict) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        for name, text in files.items():
            archive.writestr("plugin/" + name, text)
    return path


def test_findings_in_a_bad_package(lint_package, tmp_path):
    archive = _zip(tmp_path / "bad.zip", {"bad.py": BAD, "metadata.txt": "[general]\n",
                                          "keys/id_rsa.txt": PRIVATE_KEY + "\n"})
    plugin = lint_package.unpack(archive, tmp_path / "out")
    bandit = lint_package.bandit_findings(plugin)
    assert any("bad.py:5:" in line and "B602" in line for line in bandit), bandit
    assert any("B404" in line for line in bandit), bandit
    secrets = lint_package.secret_findings(plugin)
    assert any(line.startswith("bad.py:8:") and "AWS" in line for line in secrets), secrets
    assert any("id_rsa.txt" in line and "Private Key" in line for line in secrets), secrets


def test_no_findings_in_a_clean_package(lint_package, tmp_path):
    archive = _zip(tmp_path / "good.zip", {"good.py": GOOD, "metadata.txt": "[general]\nname=x\n"})
    plugin = lint_package.unpack(archive, tmp_path / "out")
    assert lint_package.bandit_findings(plugin) == []
    assert lint_package.secret_findings(plugin) == []


def test_unsafe_zip_paths_are_refused(lint_package, tmp_path):
    archive = tmp_path / "evil.zip"
    with zipfile.ZipFile(archive, "w") as package:
        package.writestr("plugin/../../outside.py", "x = 1\n")
    with pytest.raises(SystemExit):
        lint_package.unpack(archive, tmp_path / "out")
    assert not (tmp_path / "outside.py").exists()
