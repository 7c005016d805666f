"""Package the plugin as a zip for "Install from ZIP", or deploy it into a QGIS profile.

Only runtime files go in: metadata, code, resources, compiled translations, licence.
    python3 scripts/plugin_files.py package --name est_trygghet --dist dist
    python3 scripts/plugin_files.py deploy --name est_trygghet [--profile DIR]
"""
import argparse
import configparser
import shutil
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TOP_FILES = ("metadata.txt", "__init__.py", "LICENSE", "README.md")
SKIP_PARTS = {"__pycache__"}
SKIP_SUFFIXES = {".pyc", ".ts"}
DEFAULT_PROFILE = Path.home() / ".local/share/QGIS/QGIS3/profiles/default"


def runtime_files():
    """Paths (relative to the repository root) of every file the installed plugin needs."""
    files = [Path(name) for name in TOP_FILES if (ROOT / name).exists()]
    for folder in ("est_plugin", "resources", "i18n"):
        for path in sorted((ROOT / folder).rglob("*")):
            relative = path.relative_to(ROOT)
            if path.is_file() and not SKIP_PARTS & set(relative.parts) \
                    and path.suffix not in SKIP_SUFFIXES:
                files.append(relative)
    if not any(path.suffix == ".qm" for path in files):
        sys.exit("No compiled translation (i18n/*.qm): run 'make transcompile' first.")
    return files


def version() -> str:
    """The version in metadata.txt (the one place it is kept)."""
    parser = configparser.ConfigParser(interpolation=None)
    parser.read(ROOT / "metadata.txt", encoding="utf-8")
    return parser["general"]["version"]


def package(name: str, dist: Path) -> Path:
    """Write dist/<name>-<version>.zip with the plugin folder <name>/ inside."""
    dist.mkdir(parents=True, exist_ok=True)
    target = dist / "{}-{}.zip".format(name, version())
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for relative in runtime_files():
            archive.write(ROOT / relative, str(Path(name) / relative))
    return target


def deploy(name: str, profile: Path) -> Path:
    """Copy the plugin into the profile's plugin folder and enable it in QGIS3.ini."""
    folder = profile / "python" / "plugins" / name
    if folder.exists():
        shutil.rmtree(folder)
    for relative in runtime_files():
        (folder / relative).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / relative, folder / relative)
    enable(profile / "QGIS" / "QGIS3.ini", name)
    return folder


def enable(ini: Path, name: str) -> None:
    """Set [PythonPlugins] <name>=true, editing only that line (QGIS3.ini is Qt's own format)."""
    ini.parent.mkdir(parents=True, exist_ok=True)
    lines = ini.read_text(encoding="utf-8").splitlines() if ini.exists() else []
    setting = "{}=true".format(name)
    if "[PythonPlugins]" not in lines:
        lines += ["", "[PythonPlugins]", setting]
    else:
        start = lines.index("[PythonPlugins]") + 1
        end = next((i for i in range(start, len(lines)) if lines[i].startswith("[")), len(lines))
        section = [line for line in lines[start:end] if not line.startswith(name + "=")]
        lines[start:end] = [setting] + section
    ini.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("action", choices=("package", "deploy"))
    parser.add_argument("--name", default="est_trygghet")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    parser.add_argument("--profile", type=Path, default=DEFAULT_PROFILE)
    args = parser.parse_args()
    if args.action == "package":
        print(package(args.name, args.dist))
    else:
        print(deploy(args.name, args.profile))


if __name__ == "__main__":
    main()
