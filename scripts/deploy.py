"""Install the plugin zip into a QGIS profile, enable it and build its dependency folder (``make deploy``).

Profile: ``--profile DIR``, else ``$QGIS_PROFILE_DIR``, else ``~/.local/share/QGIS/QGIS3/profiles/default``.

1. unzip into ``<profile>/python/plugins/neaspec_planner`` (extracted beside it, then swapped in);
2. enable it: ``[PythonPlugins] neaspec_planner=true`` in ``<profile>/QGIS/QGIS3.ini`` (other lines untouched);
3. build ``<profile>/python/neaspec_planner_deps`` without asking, by running the deployed copy's
   ``python3 -m neaspec_planner.deps install --target ...`` with the Python QGIS embeds (``--find-links`` for
   an offline folder of wheels/sdists). That command is a no-op when the folder is already built for the
   pinned set, so running deploy again is quick.
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

SLUG = "neaspec_planner"
DEFAULT_PROFILE = Path.home() / ".local" / "share" / "QGIS" / "QGIS3" / "profiles" / "default"
#: QGIS on Linux embeds the system Python; the dependency folder must be built by that interpreter.
SYSTEM_PYTHON = "/usr/bin/python3"


def profile_dir(explicit: Path | None = None) -> Path:
    if explicit:
        return Path(explicit).expanduser()
    env = os.environ.get("QGIS_PROFILE_DIR")
    return Path(env).expanduser() if env else DEFAULT_PROFILE


def deps_target(profile: Path) -> Path:
    """Where the plugin looks inside QGIS: ``QgsApplication.qgisSettingsDirPath()/python/neaspec_planner_deps``."""
    return profile / "python" / f"{SLUG}_deps"


def install_zip(archive: Path, plugins: Path) -> Path:
    """Extract the plugin folder of ``archive`` into ``plugins``, replacing an older copy."""
    with zipfile.ZipFile(archive) as zf:
        names = zf.namelist()
        tops = {name.split("/", 1)[0] for name in names}
        if tops != {SLUG}:
            raise SystemExit(f"deploy: {archive} must hold exactly one folder '{SLUG}/' (found {sorted(tops)})")
        for name in names:
            if name.startswith("/") or ".." in Path(name).parts:
                raise SystemExit(f"deploy: unsafe path in zip: {name}")
        plugins.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=f".{SLUG}.deploy-", dir=plugins))
        try:
            zf.extractall(staging)
            target = plugins / SLUG
            old = plugins / f".{SLUG}.old"
            if old.exists():
                shutil.rmtree(old)
            if target.is_symlink() or target.is_file():
                target.unlink()
            elif target.exists():
                target.rename(old)
            (staging / SLUG).rename(target)
            shutil.rmtree(old, ignore_errors=True)
        finally:
            shutil.rmtree(staging, ignore_errors=True)
    return plugins / SLUG


def enable_plugin(ini: Path, name: str = SLUG) -> bool:
    """Set ``name=true`` in the ``[PythonPlugins]`` section of a QSettings INI file; True if it changed.

    A line-based edit: every other line of the file is kept byte for byte (QSettings' escapes included).
    """
    lines = ini.read_text(encoding="utf-8").splitlines() if ini.exists() else []
    wanted = f"{name}=true"
    section_start = next((i for i, line in enumerate(lines) if line.strip() == "[PythonPlugins]"), None)
    if section_start is None:
        if lines and lines[-1].strip():
            lines.append("")
        lines += ["[PythonPlugins]", wanted]
    else:
        end = next((i for i in range(section_start + 1, len(lines)) if lines[i].lstrip().startswith("[")),
                   len(lines))
        keys = [i for i in range(section_start + 1, end) if lines[i].split("=", 1)[0].strip() == name]
        if keys and all(lines[i].strip() == wanted for i in keys):
            return False
        for i in reversed(keys):
            del lines[i]
        lines.insert(section_start + 1, wanted)
    ini.parent.mkdir(parents=True, exist_ok=True)
    tmp = ini.with_name(ini.name + ".neaspec-tmp")
    tmp.write_text("\n".join(lines) + "\n", encoding="utf-8")
    os.replace(tmp, ini)
    return True


def install_dependencies(plugins: Path, target: Path, python: str, find_links: str | None) -> None:
    """Run the deployed copy's dependency installer (not the source tree's) with QGIS's Python."""
    cmd = [python, "-m", f"{SLUG}.deps", "install", "--target", str(target)]
    if find_links:
        cmd += ["--find-links", find_links]
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "NEASPEC_PLANNER_DEPS", "PYTHONHOME")}
    env["PYTHONPATH"] = str(plugins)
    subprocess.run(cmd, cwd=plugins, env=env, check=True)


def deploy(archive: Path, profile: Path, python: str = "", find_links: str | None = None,
           with_deps: bool = True) -> Path:
    plugins = profile / "python" / "plugins"
    installed = install_zip(archive, plugins)
    print(f"deploy: plugin installed in {installed}")
    if enable_plugin(profile / "QGIS" / "QGIS3.ini"):
        print(f"deploy: enabled in {profile / 'QGIS' / 'QGIS3.ini'}")
    if with_deps:
        install_dependencies(plugins, deps_target(profile), python or default_python(), find_links)
    return installed


def default_python() -> str:
    return SYSTEM_PYTHON if Path(SYSTEM_PYTHON).exists() else sys.executable


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("zip", type=Path, help="the plugin zip (make zip → dist/neaspec_planner.zip)")
    parser.add_argument("--profile", type=Path, default=None,
                        help="QGIS profile folder (default: $QGIS_PROFILE_DIR or the default profile)")
    parser.add_argument("--python", default="", help=f"interpreter QGIS embeds (default {SYSTEM_PYTHON})")
    parser.add_argument("--find-links", default=None, help="offline folder of wheels/sdists for the dependencies")
    parser.add_argument("--no-deps", action="store_true", help="do not build the dependency folder")
    args = parser.parse_args(argv)
    if not args.zip.is_file():
        parser.error(f"{args.zip} not found: run `make zip` first")
    deploy(args.zip, profile_dir(args.profile), args.python, args.find_links, not args.no_deps)
    return 0


if __name__ == "__main__":
    sys.exit(main())
