"""The plugin repository's blocking upload checks, run locally on the packaged zip.

plugins.qgis.org scans every uploaded version and blocks it on any Bandit finding and on any
detect-secrets finding. This unpacks the zip that `make package` built (exactly what would be
uploaded) into a temporary folder and runs both over it:

    python scripts/lint_package.py [--zip dist/est_trygghet-<version>.zip]

Exit status 0 when both find nothing; otherwise the findings are printed and it is 1.
"""
import argparse
import json
import subprocess  # nosec B404: a developer tool (not packaged) that runs bandit and detect-secrets
import sys
import tempfile
import zipfile
from pathlib import Path

import plugin_files

ROOT = Path(__file__).resolve().parents[1]


def default_zip(name: str) -> Path:
    return ROOT / "dist" / "{}-{}.zip".format(name, plugin_files.version())


def unpack(archive: Path, folder: Path) -> Path:
    """The zip's files under ``folder`` (its one top folder is the plugin); refuses odd paths."""
    with zipfile.ZipFile(archive) as package:
        for member in package.namelist():
            parts = Path(member).parts
            if member.startswith("/") or ".." in parts:
                sys.exit("{}: unsafe path in the zip: {}".format(archive, member))
        package.extractall(folder)  # nosec B202: every member path checked just above
        tops = {Path(member).parts[0] for member in package.namelist()}
    if len(tops) != 1:
        sys.exit("{}: expected one top folder, found {}".format(archive, sorted(tops)))
    return folder / tops.pop()


def bandit_findings(folder: Path) -> list:
    """Bandit over the folder with its defaults (every test, every severity), as the repository."""
    run = subprocess.run(  # nosec B603: fixed arguments, no shell
        [sys.executable, "-m", "bandit", "-r", str(folder), "-f", "json", "-q"],
        capture_output=True, text=True, check=False)
    if run.returncode not in (0, 1) or not run.stdout.strip():
        sys.exit("bandit failed:\n" + run.stderr)
    report = json.loads(run.stdout)
    if report.get("errors"):
        sys.exit("bandit could not read: {}".format(report["errors"]))
    return ["{}:{}: [{} {}/{}] {}".format(
        Path(item["filename"]).relative_to(folder), item["line_number"], item["test_id"],
        item["issue_severity"], item["issue_confidence"], item["issue_text"]) for item in report["results"]]


def secret_findings(folder: Path) -> list:
    """detect-secrets over every file of the folder."""
    run = subprocess.run(  # nosec B603: fixed arguments, no shell
        [sys.executable, "-m", "detect_secrets", "scan", "--all-files", "."],
        capture_output=True, text=True, check=False, cwd=folder)
    if run.returncode != 0:
        sys.exit("detect-secrets failed:\n" + run.stderr)
    results = json.loads(run.stdout)["results"]
    return ["{}:{}: {}".format(path, item["line_number"], item["type"])
            for path, items in sorted(results.items()) for item in items]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--name", default="est_trygghet")
    parser.add_argument("--zip", type=Path, help="default: dist/<name>-<version>.zip (make package)")
    args = parser.parse_args()
    archive = args.zip or default_zip(args.name)
    if not archive.exists():
        sys.exit("{} not found: run 'make package' first".format(archive))
    with tempfile.TemporaryDirectory(prefix="est-lint-package-") as temporary:
        plugin = unpack(archive, Path(temporary))
        python_files = sorted(plugin.rglob("*.py"))
        bandit = bandit_findings(plugin)
        secrets = secret_findings(plugin)
    print("{}: {} Python files; bandit {} finding(s), detect-secrets {} finding(s)".format(
        archive.name, len(python_files), len(bandit), len(secrets)))
    for line in bandit + secrets:
        print("  " + line)
    return 1 if bandit or secrets else 0


if __name__ == "__main__":
    sys.exit(main())
