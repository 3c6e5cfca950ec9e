"""The plugin's own Python dependencies, built against the libraries QGIS already loads.

QGIS embeds the system Python with the system GEOS, PROJ and GDAL. Wheels that bundle their own copies
(shapely, pyproj, pyogrio, fiona) crash or misbehave there, so the plugin keeps a folder of its own
(``<profile>/python/neaspec_planner_deps`` by default, or ``$NEASPEC_PLANNER_DEPS``) with:

* shapely >= 2 compiled from source against the system GEOS,
* geopandas, pandas, scikit-image, openpyxl (they bundle no GEOS/PROJ/GDAL),
* tomli on Python < 3.11 (the standard library's ``tomllib`` before it existed; pure Python),

constrained to the numpy, scipy and pyproj already installed, which are never duplicated.

Command line::

    python3 -m neaspec_planner.deps install [--target DIR] [--find-links DIR]
    python3 -m neaspec_planner.deps check
"""
from __future__ import annotations

import argparse
import hashlib
import importlib.metadata
import importlib.util
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

#: Pinned requirements (the same set for tests, ``make deploy`` and the in-QGIS installer).
REQUIREMENTS: tuple[str, ...] = (
    "shapely==2.0.7",
    "geopandas==1.0.1",
    "pandas==2.2.3",
    'scikit-image==0.24.0; python_version < "3.12"',
    'scikit-image==0.25.2; python_version >= "3.12"',
    "openpyxl==3.1.5",
    # the workshop file parser of Python >= 3.11 (tomllib), for the Python 3.9/3.10 of QGIS 3.22-3.34 installs
    'tomli==2.2.1; python_version < "3.11"',
)
#: Packages the system provides: constrained to its versions and removed from the target afterwards.
SYSTEM_PACKAGES: tuple[str, ...] = ("numpy", "scipy", "pyproj")
#: Packages that must never be loaded from wheels inside QGIS (they bundle PROJ/GDAL).
FORBIDDEN_PACKAGES: tuple[str, ...] = ("pyogrio", "fiona")
#: Modules the analyses import, with the minimum version of their distribution.
REQUIRED_MODULES: dict[str, tuple[str, str]] = {
    "shapely": ("shapely", "2.0"),
    "geopandas": ("geopandas", "1.0"),
    "pandas": ("pandas", "2.0"),
    "skimage": ("scikit-image", "0.22"),
    "openpyxl": ("openpyxl", "3.0"),
}
if sys.version_info < (3, 11):
    REQUIRED_MODULES["tomli"] = ("tomli", "2.0")
MARKER = ".neaspec_deps"


def requirements_hash() -> str:
    """Fingerprint of the pinned set and the system versions it was built against."""
    text = "\n".join(REQUIREMENTS) + "\n" + "\n".join(system_constraints()) + sys.version
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def system_constraints() -> list[str]:
    """``name==version`` of the system's numpy, scipy and pyproj (read without importing them)."""
    out = []
    for name in SYSTEM_PACKAGES:
        try:
            out.append(f"{name}=={importlib.metadata.version(name)}")
        except importlib.metadata.PackageNotFoundError:
            continue
    return out


def default_target() -> Path:
    """``<QGIS profile>/python/neaspec_planner_deps``, or ``~/.neaspec_planner_deps`` outside QGIS."""
    try:
        from qgis.core import QgsApplication

        settings_dir = QgsApplication.qgisSettingsDirPath()
        if settings_dir:
            return Path(settings_dir) / "python" / "neaspec_planner_deps"
    except Exception:  # noqa: BLE001 - no QGIS: fall back to the home folder
        pass
    return Path.home() / ".neaspec_planner_deps"


def deps_dir() -> Path:
    env = os.environ.get("NEASPEC_PLANNER_DEPS")
    return Path(env) if env else default_target()


def is_installed(target: Path) -> bool:
    marker = target / MARKER
    return marker.exists() and marker.read_text().strip() == requirements_hash()


def ensure_on_path() -> Path | None:
    """Put the dependency folder first on ``sys.path`` (before anything imports shapely & co.)."""
    target = deps_dir()
    if not (target / MARKER).exists():
        return None
    text = str(target)
    if text not in sys.path:
        sys.path.insert(0, text)
        importlib.invalidate_caches()
    return target


def _version_tuple(text: str) -> tuple[int, ...]:
    parts = []
    for piece in text.split(".")[:3]:
        digits = "".join(ch for ch in piece if ch.isdigit())
        parts.append(int(digits or 0))
    return tuple(parts)


def missing_modules() -> list[str]:
    """Modules that are absent or too old, checked without importing them."""
    missing = []
    for module, (dist, minimum) in REQUIRED_MODULES.items():
        spec = importlib.util.find_spec(module)
        if spec is None or not spec.origin:
            missing.append(module)
            continue
        version = _distribution_version(Path(spec.origin), dist)
        if version is not None and _version_tuple(version) < _version_tuple(minimum):
            missing.append(f"{module} (found {version}, need >= {minimum})")
    return missing


def _distribution_version(origin: Path, dist: str) -> str | None:
    """Version of ``dist`` installed beside ``origin`` (the folder the module was found in)."""
    site = origin.parent.parent
    for found in importlib.metadata.distributions(path=[str(site)]):
        if found.metadata["Name"] and found.metadata["Name"].lower() == dist.lower():
            return found.version
    try:
        return importlib.metadata.version(dist)
    except importlib.metadata.PackageNotFoundError:
        return None


def python_executable() -> str:
    """The Python interpreter behind this process (inside QGIS ``sys.executable`` is QGIS itself)."""
    exe = Path(sys.executable)
    if exe.name.lower().startswith("python"):
        return str(exe)
    candidates = [
        Path(sys.exec_prefix) / "python.exe",
        Path(sys.exec_prefix) / "bin" / f"python{sys.version_info.major}.{sys.version_info.minor}",
        Path(sys.exec_prefix) / "bin" / "python3",
    ]
    for candidate in candidates:
        if candidate.exists():
            return str(candidate)
    found = shutil.which(f"python{sys.version_info.major}.{sys.version_info.minor}") or shutil.which("python3")
    if not found:
        raise RuntimeError("Cannot find the Python interpreter to run pip; see install_hint().")
    return found


def shapely_from_qgis() -> bool:
    """True where the QGIS install itself ships shapely >= 2 built on its GEOS (OSGeo4W, QGIS.app): use that."""
    if sys.platform.startswith("linux"):
        return False  # Debian/Ubuntu ship shapely 1.8: build 2.x from source against the system GEOS
    try:
        version = importlib.metadata.version("shapely")
    except importlib.metadata.PackageNotFoundError:
        return False
    return _version_tuple(version) >= (2, 0)


def pip_command(target: Path, constraints: Path, find_links: str | None = None) -> list[str]:
    cmd = [
        python_executable(), "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
        "--target", str(target), "-c", str(constraints),
    ]
    requirements = list(REQUIREMENTS)
    if shapely_from_qgis():
        requirements = [r for r in requirements if not r.startswith("shapely")]
    else:
        cmd += ["--no-binary", "shapely"]  # compiled against the GEOS that QGIS loads
    if find_links:
        cmd += ["--no-index", "--find-links", find_links]
    return cmd + requirements


def install(target: Path | None = None, find_links: str | None = None, force: bool = False) -> Path:
    """Build the dependency folder (idempotent; atomic: built beside the target, then renamed)."""
    target = Path(target) if target else deps_dir()
    if is_installed(target) and not force:
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    build = Path(tempfile.mkdtemp(prefix=target.name + ".build-", dir=target.parent))
    try:
        constraints = build / "constraints.txt"
        constraints.write_text("\n".join(system_constraints()) + "\n")
        site = build / "site"
        subprocess.run(pip_command(site, constraints, find_links), check=True)
        _remove_duplicates(site)
        (site / MARKER).write_text(requirements_hash() + "\n")
        old = target.with_name(target.name + ".old")
        if target.exists():
            if old.exists():
                shutil.rmtree(old)
            target.rename(old)
        site.rename(target)
        if old.exists():
            shutil.rmtree(old, ignore_errors=True)
    finally:
        shutil.rmtree(build, ignore_errors=True)
    return target


def _remove_duplicates(site: Path) -> None:
    """Delete what the system provides or what must not be loaded inside QGIS."""
    for name in SYSTEM_PACKAGES + FORBIDDEN_PACKAGES:
        for path in list(site.glob(name)) + list(site.glob(f"{name}.libs")) + list(site.glob(f"{name}-*.dist-info")):
            shutil.rmtree(path, ignore_errors=True)
    shutil.rmtree(site / "bin", ignore_errors=True)


def requirements_for_this_python() -> list[str]:
    """The pinned requirements that apply to the running Python, without their markers (for a shell command)."""
    out = []
    for requirement in REQUIREMENTS:
        spec, _, marker = requirement.partition(";")
        match = re.fullmatch(r'\s*python_version\s*(<|>=)\s*"(\d+)\.(\d+)"\s*', marker)
        if match:
            below = sys.version_info[:2] < (int(match.group(2)), int(match.group(3)))
            if below != (match.group(1) == "<"):
                continue
        out.append(spec.strip())
    return out


def install_hint() -> str:
    """The exact commands for users who install by hand."""
    reqs = " ".join(f'"{r}"' for r in requirements_for_this_python())
    # OSGeo4W and QGIS.app ship shapely built on their own GEOS: keep theirs, add the rest.
    reqs_bundled = " ".join(f'"{r}"' for r in requirements_for_this_python() if not r.startswith("shapely"))
    target = deps_dir()
    return (
        "Recommended (pins numpy/scipy/pyproj to QGIS's own and removes duplicates), from the folder that holds "
        "the plugin (<profile>/python/plugins):\n"
        f"  python3 -m neaspec_planner.deps install --target \"{target}\"   (Windows: python, in the OSGeo4W Shell)\n"
        "By hand with pip, never letting pip install numpy, scipy or pyproj into that folder "
        "(add -c with their installed versions, then delete any copies it made):\n"
        "Linux (Debian/Ubuntu): sudo apt install libgeos-dev python3-dev gcc python3-pip, then\n"
        f"  python3 -m pip install --target \"{target}\" --no-binary shapely {reqs}\n"
        "Windows (OSGeo4W Shell, run as the QGIS user):\n"
        f"  python -m pip install --target \"{target}\" {reqs_bundled}\n"
        "macOS (QGIS.app):\n"
        f"  /Applications/QGIS.app/Contents/MacOS/bin/python3 -m pip install --target \"{target}\" {reqs_bundled}\n"
        "Offline: add --no-index --find-links <folder with the wheels/sdists>."
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python3 -m neaspec_planner.deps", description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    inst = sub.add_parser("install", help="build the dependency folder")
    inst.add_argument("--target", type=Path, default=None)
    inst.add_argument("--find-links", default=None, help="offline folder of wheels/sdists")
    inst.add_argument("--force", action="store_true")
    sub.add_parser("check", help="list missing modules")
    args = parser.parse_args(argv)
    if args.command == "install":
        path = install(args.target, args.find_links, args.force)
        print(f"dependencies ready in {path}")
        return 0
    ensure_on_path()
    missing = missing_modules()
    print("missing: " + ", ".join(missing) if missing else "all dependencies importable")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
