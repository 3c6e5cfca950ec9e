"""Build the installable plugin zip (``make zip`` → ``dist/neaspec_planner.zip``).

The zip holds one top folder ``neaspec_planner/`` laid out as QGIS installs it::

    neaspec_planner/__init__.py ...     the package (every file of it except tests, caches and bytecode)
    neaspec_planner/metadata.txt        from the repository root
    neaspec_planner/LICENSE
    neaspec_planner/README.md
    neaspec_planner/resources/...       icons, styles, layouts, profiles, legends, demo data (no build scripts)
    neaspec_planner/i18n/*.qm           compiled translations (the .ts sources stay in the repository)

Files are found by the rules below, never by a hand-kept list. ``pb_tool.cfg`` describes the same content
(checked by ``test/qgis/test_packaging.py``). The zip is written to a temporary file and renamed.
"""
from __future__ import annotations

import argparse
import fnmatch
import os
import sys
import tempfile
import time
import zipfile
from pathlib import Path, PurePosixPath

ROOT = Path(__file__).resolve().parents[1]
SLUG = "neaspec_planner"
#: Files of the repository root copied into the plugin folder.
TOP_FILES = ("metadata.txt", "LICENSE", "README.md")
#: Folders never shipped, wherever they are.
JUNK_DIRS = frozenset({"__pycache__", ".git", "__MACOSX", ".mypy_cache", ".pytest_cache", ".ruff_cache",
                       "test", "tests", ".ipynb_checkpoints"})
#: Files never shipped, wherever they are: bytecode, editor and OS leftovers, GDAL/SQLite side files, tests
#: (besides every hidden file or folder, whose name starts with a dot).
JUNK_FILES = ("*.pyc", "*.pyo", "*~", "*.bak", "*.orig", "*.rej", "*.swp", ".DS_Store", "Thumbs.db",
              "*.aux.xml", "*.gpkg-wal", "*.gpkg-shm", "*-journal", ".git*", "test_*.py", "*_test.py",
              "conftest.py")
#: Files of resources/ that are build tooling, not run-time data (e.g. resources/demo/build_demo.py).
RESOURCE_BUILD_FILES = ("*.py", "build_*", "Makefile", "*.sh")
#: A file older than 1980 cannot be stored in a zip; such times are clamped.
ZIP_EPOCH = (1980, 1, 1, 0, 0, 0)


def _is_junk(rel: PurePosixPath, extra: tuple[str, ...] = ()) -> bool:
    """Caches, bytecode, tests, editor/OS leftovers and hidden files or folders (e.g. half-built temp folders)."""
    if any(part in JUNK_DIRS or part.startswith(".") for part in rel.parts):
        return True
    return any(fnmatch.fnmatch(rel.name, pattern) for pattern in JUNK_FILES + extra)


def _walk(folder: Path, extra: tuple[str, ...] = ()) -> list[Path]:
    """Regular files under ``folder`` (symlinks followed), minus junk, sorted."""
    found = []
    for dirpath, dirnames, filenames in os.walk(folder, followlinks=True):
        dirnames[:] = sorted(d for d in dirnames if d not in JUNK_DIRS and not d.startswith("."))
        for name in sorted(filenames):
            path = Path(dirpath) / name
            rel = PurePosixPath(path.relative_to(folder).as_posix())
            if path.is_file() and not _is_junk(rel, extra):
                found.append(path)
    return found


def plugin_files(root: Path = ROOT) -> dict[str, Path]:
    """``{path inside the zip: source file}`` for everything the plugin ships, in a stable order."""
    root = Path(root)
    top = PurePosixPath(SLUG)
    files: dict[str, Path] = {}
    package = root / SLUG
    if not (package / "__init__.py").is_file():
        raise SystemExit(f"build_zip: {package}/__init__.py not found")
    for path in _walk(package):
        files[str(top / path.relative_to(package).as_posix())] = path
    for name in TOP_FILES:
        path = root / name
        if not path.is_file():
            raise SystemExit(f"build_zip: {path} is missing; the plugin repository requires it")
        files[str(top / name)] = path
    resources = root / "resources"
    if resources.is_dir():
        for path in _walk(resources, RESOURCE_BUILD_FILES):
            files[str(top / "resources" / path.relative_to(resources).as_posix())] = path
    i18n = root / "i18n"
    if i18n.is_dir():
        missing = [ts.name for ts in sorted(i18n.glob("*.ts")) if not ts.with_suffix(".qm").is_file()]
        if missing:
            raise SystemExit(f"build_zip: no compiled .qm for {', '.join(missing)}: run `make transcompile`")
        for path in sorted(i18n.glob("*.qm")):
            files[str(top / "i18n" / path.name)] = path
    return files


def _directories(names: list[str]) -> list[str]:
    """Every folder of ``names`` as a zip directory entry (``a/``, ``a/b/``), parents first."""
    dirs = set()
    for name in names:
        parts = PurePosixPath(name).parts[:-1]
        for i in range(1, len(parts) + 1):
            dirs.add("/".join(parts[:i]) + "/")
    return sorted(dirs)


def _zip_time(path: Path) -> tuple[int, int, int, int, int, int]:
    stamp = time.localtime(path.stat().st_mtime)[:6]
    return max(stamp, ZIP_EPOCH)  # type: ignore[return-value]


def build_zip(out: Path, root: Path = ROOT) -> Path:
    """Write the plugin zip to ``out`` atomically (temporary file in the same folder, then rename)."""
    out = Path(out).resolve()
    files = plugin_files(root)
    out.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=out.name + ".", suffix=".part", dir=out.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
            # The top folder comes first: the plugin repository takes the package name from the first entry.
            for folder in _directories(list(files)):
                info = zipfile.ZipInfo(folder, ZIP_EPOCH)
                info.external_attr = (0o40755 << 16) | 0x10
                archive.writestr(info, b"")
            for name, path in files.items():
                info = zipfile.ZipInfo(name, _zip_time(path))
                info.external_attr = 0o100644 << 16
                info.compress_type = zipfile.ZIP_DEFLATED
                with path.open("rb") as src, archive.open(info, "w") as dst:
                    while chunk := src.read(1 << 20):
                        dst.write(chunk)
        with zipfile.ZipFile(tmp) as check:
            bad = check.testzip()
            if bad:
                raise SystemExit(f"build_zip: {bad} is corrupt in the new zip")
        os.replace(tmp, out)
    finally:
        tmp.unlink(missing_ok=True)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "dist" / f"{SLUG}.zip")
    parser.add_argument("--list", action="store_true", help="print the paths the zip would hold and exit")
    args = parser.parse_args(argv)
    if args.list:
        print("\n".join(plugin_files()))
        return 0
    out = build_zip(args.out)
    size = out.stat().st_size
    print(f"{out} ({len(plugin_files())} files, {size / 1e6:.2f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
