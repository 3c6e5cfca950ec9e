"""Packaging: the plugin zip, pb_tool.cfg, `make deploy`, and the installed plugin in real QGIS processes.

* the zip passes the checks of the QGIS plugin repository's upload validator (QGIS-Django
  ``plugins/validator.py``), mirrored below, and the validator mirror itself rejects broken zips;
* the zip installed into an empty profile loads in a headless QGIS run by the system Python and registers the
  ``neaspec`` provider with every algorithm of the source tree;
* ``scripts/deploy.py`` installs into a profile that ``qgis_process.bin`` (system Python, no venv) then uses:
  ``list`` shows the provider, ``run neaspec:overlap`` computes the right hectares;
* without the dependency folder the algorithms stay listed and refuse to run with the install hint;
* the real ``pb_tool`` deploys and zips the same files as ``make zip`` (apart from documented differences).
"""
from __future__ import annotations

import codecs
import configparser
import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
import zipfile
from io import StringIO
from pathlib import Path
from urllib.parse import urlparse

import pytest

ROOT = Path(__file__).resolve().parents[2]
SLUG = "neaspec_planner"
SYSTEM_PYTHON = "/usr/bin/python3"
QGIS_PROCESS = "/usr/bin/qgis_process.bin"
TIMEOUT = 180


def _load_script(name: str):
    spec = importlib.util.spec_from_file_location(f"_neaspec_{name}", ROOT / "scripts" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


build_zip = _load_script("build_zip")
deploy = _load_script("deploy")


# --------------------------------------------------------------------------------------------------------------
# The QGIS plugin repository's upload checks (QGIS-Django plugins/validator.py), mirrored. The reachability of
# tracker/repository/homepage (an HTTP HEAD request there) is not checked: the tests run offline.
# --------------------------------------------------------------------------------------------------------------
MAX_UPLOAD_SIZE = 25_000_000
REQUIRED_METADATA = ("name", "description", "version", "qgisMinimumVersion", "author", "email", "about",
                     "tracker", "repository")
URL_KEYS = {"tracker": "http://bugs", "repository": "http://repo", "homepage": "http://homepage"}


class ValidationError(Exception):
    pass


def validate_plugin_zip(path: Path) -> dict[str, str]:
    """Raise ``ValidationError`` where the plugin repository would refuse the upload; return the metadata."""
    if path.stat().st_size > MAX_UPLOAD_SIZE:
        raise ValidationError(f"File is too big ({path.stat().st_size} bytes > {MAX_UPLOAD_SIZE})")
    try:
        archive = zipfile.ZipFile(path)
    except zipfile.BadZipFile as exc:
        raise ValidationError("Could not unzip file.") from exc
    with archive:
        names = archive.namelist()
        for name in names:
            if ".." in name or name.startswith("/") or re.match(r"^[A-Za-z]:", name):
                raise ValidationError(f"zip file cannot contain path information (found '{name}')")
            if ".pyc" in name:
                raise ValidationError(f"zip file cannot contain .pyc file ({name})")
            for forbidden in ("__MACOSX", ".git", "__pycache__"):
                if forbidden in name.split("/"):
                    raise ValidationError(f"zip file cannot contain '{forbidden}' directory ({name})")
        bad = archive.testzip()
        if bad:
            raise ValidationError(f"Bad zip (maybe a CRC error) on file {bad}")
        parents = {name.split("/")[0] for name in names}
        if len(parents) > 1:  # a warning upstream; the issue requires exactly one top folder
            raise ValidationError(f"multiple parent folders: {sorted(parents)}")
        if "/" not in names[0]:
            raise ValidationError("Cannot find a folder inside the compressed package")
        package = names[0][: names[0].index("/")]
        init, metadata_name = f"{package}/__init__.py", f"{package}/metadata.txt"
        if init not in names:
            raise ValidationError("Cannot find __init__.py in plugin package.")
        if metadata_name not in names:  # upstream falls back to __init__.py metadata; we ship metadata.txt
            raise ValidationError("Cannot find metadata.txt in plugin package.")
        parser = configparser.ConfigParser()  # as upstream: default interpolation, case-sensitive keys
        parser.optionxform = str  # type: ignore[assignment,method-assign]
        try:
            parser.read_file(StringIO(codecs.decode(archive.read(metadata_name), "utf8")))
            if not parser.has_section("general"):
                raise ValidationError(f"Cannot find a section named 'general' in {metadata_name}")
            metadata = dict(parser.items("general"))
        except (configparser.Error, UnicodeDecodeError) as exc:
            raise ValidationError(f"Errors parsing {metadata_name}. {exc}") from exc
        missing = [key for key in REQUIRED_METADATA if key not in metadata]
        if missing:
            raise ValidationError(f"Cannot find metadata {', '.join(missing)}")
        if not re.match(r"^[A-Za-z][A-Za-z0-9-_]+$", package):
            raise ValidationError(f"Bad top level directory name '{package}'")
        for key, forbidden_url in URL_KEYS.items():
            url = metadata.get(key)
            if key == "homepage" and url is None:
                continue
            parsed = urlparse(url or "")
            if url == forbidden_url or not (parsed.scheme and parsed.netloc):
                raise ValidationError(f"Please provide valid url link for {key}: {url!r}")
        if f"{package}/LICENSE" not in names:
            raise ValidationError("Cannot find LICENSE in the plugin package.")
        if not re.match(r"^[^/]+$", metadata["author"]):
            raise ValidationError("Author name cannot contain slashes.")
        icon = metadata.get("icon", "").removeprefix("./")
        if icon and f"{package}/{icon}" not in names:  # upstream silently drops a missing icon; we want it
            raise ValidationError(f"icon {icon} named in metadata.txt is not in the zip")
        metadata["package_name"] = package
        return metadata


# --------------------------------------------------------------------------------------------------------------
# fixtures and helpers
# --------------------------------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def plugin_zip(tmp_path_factory) -> Path:
    """The zip as ``make zip`` builds it (the same script, command line and all)."""
    out = tmp_path_factory.mktemp("dist") / f"{SLUG}.zip"
    subprocess.run([sys.executable, str(ROOT / "scripts" / "build_zip.py"), "--out", str(out)], check=True,
                   cwd=ROOT, timeout=TIMEOUT)
    return out


@pytest.fixture(scope="module")
def expected_algorithms(qgis_processing) -> list[str]:  # noqa: ARG001
    """The algorithm ids the source tree's provider registers (the zip must ship the same)."""
    from neaspec_planner.processing.provider import algorithm_classes

    return sorted(cls.NAME for cls in algorithm_classes())


def system_env(tmp: Path, config_root: Path | None = None, **extra: str) -> dict[str, str]:
    """A clean environment as a user's shell gives QGIS: system Python only, no venv, no repo on the path."""
    home = tmp / "home"
    runtime = tmp / "runtime"
    home.mkdir(exist_ok=True)
    runtime.mkdir(mode=0o700, exist_ok=True)
    env = {"PATH": "/usr/bin:/bin", "HOME": str(home), "LANG": "C.UTF-8", "QT_QPA_PLATFORM": "offscreen",
           "XDG_RUNTIME_DIR": str(runtime)}
    if config_root is not None:
        env["QGIS_CUSTOM_CONFIG_PATH"] = str(config_root)  # qgis_process & QgsApplication: <root>/profiles/default
    env.update(extra)
    return env


def run_checked(cmd: list[str], env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess:
    proc = subprocess.run(cmd, env=env, cwd=cwd, capture_output=True, text=True, timeout=TIMEOUT)
    assert proc.returncode == 0, f"{cmd[:3]} exited {proc.returncode}\nstdout:\n{proc.stdout}\nstderr:\n{proc.stderr}"
    assert "Traceback" not in proc.stderr + proc.stdout, proc.stderr + proc.stdout
    return proc


# Loads the installed plugin the way QGIS does for Processing (qgis.utils.loadPlugin → startProcessingPlugin →
# classFactory → initProcessing) in a headless QgsApplication, and reports what it sees as JSON.
LOAD_SCRIPT = r'''
import json, sys
plugins = sys.argv[1]
sys.path.insert(0, plugins)
from qgis.core import QgsApplication
app = QgsApplication([], False)
app.initQgis()
import qgis.utils
qgis.utils.plugin_paths[:] = [plugins]
qgis.utils.updateAvailablePlugins()
out = {"available": "neaspec_planner" in qgis.utils.available_plugins,
       "meta_name": qgis.utils.pluginMetadata("neaspec_planner", "name"),
       "meta_provider": qgis.utils.pluginMetadata("neaspec_planner", "hasProcessingProvider")}
out["loaded"] = qgis.utils.loadPlugin("neaspec_planner")
out["started"] = qgis.utils.startProcessingPlugin("neaspec_planner")
import neaspec_planner
from neaspec_planner import paths
from neaspec_planner.__about__ import __version__
from neaspec_planner.processing.base import NeaspecAlgorithm
out["file"] = neaspec_planner.__file__
out["root"] = str(paths.plugin_root())
out["icon"] = paths.resource_path("icons", "neaspec.svg").is_file()
out["version"] = __version__
provider = QgsApplication.processingRegistry().providerById("neaspec")
out["provider"] = provider is not None and provider.name()
out["algorithms"] = sorted(a.name() for a in provider.algorithms()) if provider else None
out["can_execute"] = {a.name(): list(a.canExecute()) for a in provider.algorithms()} if provider else {}

class Probe(NeaspecAlgorithm):  # the base behaviour every algorithm inherits, checked even with none built
    NAME = "probe"
out["probe"] = list(Probe().canExecute())
qgis.utils.unloadPlugin("neaspec_planner")
out["after_unload"] = QgsApplication.processingRegistry().providerById("neaspec") is None
print("RESULT " + json.dumps(out))
app.exitQgis()
'''


def load_installed(plugins: Path, tmp: Path, deps: Path) -> dict:
    script = tmp / "load_plugin.py"
    script.write_text(LOAD_SCRIPT)
    env = system_env(tmp, tmp / "qgis-config", NEASPEC_PLANNER_DEPS=str(deps))
    proc = run_checked([SYSTEM_PYTHON, str(script), str(plugins)], env, tmp)
    line = next(x for x in proc.stdout.splitlines() if x.startswith("RESULT "))
    return json.loads(line[len("RESULT "):])


@pytest.fixture(scope="module")
def installed_plugins(plugin_zip, tmp_path_factory) -> Path:
    """The zip unpacked into an empty profile's plugins folder, as Plugins ▸ Install from ZIP does."""
    profile = tmp_path_factory.mktemp("zip-profile") / "profiles" / "default"
    plugins = profile / "python" / "plugins"
    plugins.mkdir(parents=True)
    with zipfile.ZipFile(plugin_zip) as archive:
        archive.extractall(plugins)
    return plugins


def qgis_process(args: list[str], env: dict[str, str], cwd: Path, check: bool = True) -> subprocess.CompletedProcess:
    proc = subprocess.run([QGIS_PROCESS, *args], env=env, cwd=cwd, capture_output=True, text=True, timeout=TIMEOUT)
    if check:
        assert proc.returncode == 0, f"qgis_process {args[:2]} exited {proc.returncode}\n{proc.stdout}\n{proc.stderr}"
    return proc


# --------------------------------------------------------------------------------------------------------------
# 1. the zip and the plugin repository's validator
# --------------------------------------------------------------------------------------------------------------
def test_zip_passes_plugin_repository_validator(plugin_zip):
    metadata = validate_plugin_zip(plugin_zip)
    assert metadata["package_name"] == SLUG
    assert metadata["hasProcessingProvider"] == "yes"
    with zipfile.ZipFile(plugin_zip) as archive:
        names = archive.namelist()
    assert names[0] == f"{SLUG}/"
    for required in ("__init__.py", "metadata.txt", "LICENSE", "README.md", "resources/icons/neaspec.svg"):
        assert f"{SLUG}/{required}" in names


def test_zip_ships_the_package_resources_and_translations(plugin_zip):
    with zipfile.ZipFile(plugin_zip) as archive:
        names = {n for n in archive.namelist() if not n.endswith("/")}
    package_py = {f"{SLUG}/{p.relative_to(ROOT / SLUG).as_posix()}" for p in (ROOT / SLUG).rglob("*.py")
                  if "__pycache__" not in p.parts}
    assert package_py <= names, f"package modules missing from the zip: {sorted(package_py - names)}"
    for ui in (ROOT / SLUG).rglob("*.ui"):
        assert f"{SLUG}/{ui.relative_to(ROOT / SLUG).as_posix()}" in names
    for ts in sorted((ROOT / "i18n").glob("*.ts")):
        assert f"{SLUG}/i18n/{ts.stem}.qm" in names, f"{ts.name} is not compiled into the zip"
    assert not any(n.endswith(".ts") for n in names)
    assert not any(re.search(r"(^|/)(test|tests)/|/test_[^/]*\.py$|/conftest\.py$", n) for n in names)
    for build_script in (ROOT / "resources").rglob("build_*.py"):
        assert f"{SLUG}/{build_script.relative_to(ROOT).as_posix()}" not in names
    for data in (ROOT / "resources").rglob("*"):
        if build_zip._is_junk(Path(data.relative_to(ROOT / "resources").as_posix())):
            continue  # hidden (e.g. a demo build in progress), caches
        if data.suffix.lower() in {".gpkg", ".tif", ".qgz", ".qgs", ".qml", ".qpt", ".svg", ".csv"}:
            assert f"{SLUG}/{data.relative_to(ROOT).as_posix()}" in names, f"{data} is not shipped"


def _write_zip(path: Path, files: dict[str, str | bytes]) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        for name, content in files.items():
            archive.writestr(name, content)
    return path


GOOD_METADATA = ("[general]\nname=X\ndescription=d\nversion=1.0\nqgisMinimumVersion=3.22\nauthor=A B\n"
                 "email=a@b.org\nabout=a\ntracker=https://example.org/x/issues\nrepository=https://example.org/x\n")


@pytest.mark.parametrize(("files", "reason"), [
    ({"good/__init__.py": "", "good/metadata.txt": GOOD_METADATA, "good/LICENSE": "GPL"}, None),
    ({"good/__init__.py": "", "good/metadata.txt": GOOD_METADATA}, "LICENSE"),
    ({"good/__init__.py": "", "good/metadata.txt": GOOD_METADATA, "good/LICENSE": "", "good/a.pyc": b""}, ".pyc"),
    ({"good/__init__.py": "", "good/metadata.txt": GOOD_METADATA, "good/LICENSE": "",
      "good/__pycache__/a.cpython-311.opt": b""}, "__pycache__"),
    ({"good/__init__.py": "", "good/metadata.txt": GOOD_METADATA, "good/LICENSE": "", "good/.git/HEAD": ""}, ".git"),
    ({"good/__init__.py": "", "good/metadata.txt": GOOD_METADATA, "good/LICENSE": "", "good/../evil": ""},
     "path information"),
    ({"9bad/__init__.py": "", "9bad/metadata.txt": GOOD_METADATA, "9bad/LICENSE": ""}, "top level directory"),
    ({"good/__init__.py": "", "good/metadata.txt": GOOD_METADATA.replace("author=A B", "author=A/B"),
      "good/LICENSE": ""}, "slashes"),
    ({"good/__init__.py": "", "good/metadata.txt": GOOD_METADATA.replace("email=a@b.org\n", ""),
      "good/LICENSE": ""}, "email"),
    ({"good/__init__.py": "", "good/metadata.txt": GOOD_METADATA.replace("https://example.org/x/issues", "bugs"),
      "good/LICENSE": ""}, "tracker"),
    ({"good/__init__.py": "", "good/metadata.txt": GOOD_METADATA.replace("[general]", "[other]"),
      "good/LICENSE": ""}, "general"),
    ({"good/metadata.txt": GOOD_METADATA, "good/LICENSE": ""}, "__init__.py"),
    ({"good/__init__.py": "", "good/metadata.txt": GOOD_METADATA, "good/LICENSE": "", "other/x.py": ""},
     "multiple parent"),
])
def test_validator_mirror_rejects_what_the_repository_rejects(tmp_path, files, reason):
    path = _write_zip(tmp_path / "p.zip", files)
    if reason is None:
        assert validate_plugin_zip(path)["package_name"] == "good"
    else:
        with pytest.raises(ValidationError, match=re.escape(reason)):
            validate_plugin_zip(path)


def test_build_rules_on_a_synthetic_tree(tmp_path):
    """Globbing rules: package files yes (except tests, caches), root files, resources minus build tooling, .qm."""
    root = tmp_path / "repo"
    files = {
        f"{SLUG}/__init__.py": "", f"{SLUG}/gui/panel.ui": "<ui/>", f"{SLUG}/gui/style.qss": "x",
        f"{SLUG}/__pycache__/x.cpython-311.pyc": "", f"{SLUG}/core/a.py": "", f"{SLUG}/core/a.pyc": "",
        f"{SLUG}/tests/test_a.py": "", f"{SLUG}/core/test_b.py": "", f"{SLUG}/core/b.py~": "",
        "metadata.txt": GOOD_METADATA, "LICENSE": "GPL", "README.md": "# r", "Makefile": "", "pb_tool.cfg": "",
        "resources/demo/build_demo.py": "", "resources/demo/demo.gpkg": "g", "resources/demo/demo.gpkg-wal": "",
        "resources/demo/lc.tif": "t", "resources/demo/lc.tif.aux.xml": "", "resources/demo/README.md": "src",
        "resources/demo/neaspec_demo.qgz": "q", "resources/layouts/build_templates.py": "",
        "resources/layouts/map.qpt": "<x/>", "resources/styles/gaps.qml": "<x/>", "resources/.gitkeep": "",
        "i18n/neaspec_planner_ru.ts": "<TS/>", "i18n/neaspec_planner_ru.qm": "qm", "test/test_x.py": "",
        "scripts/build_zip.py": "", ".git/HEAD": "", "resources/demo/.build-tmp/demo.gpkg": "half",
        f"{SLUG}/.hidden.py": "",
    }
    for name, content in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(content)
    shipped = set(build_zip.plugin_files(root))
    assert shipped == {f"{SLUG}/{n}" for n in (
        "__init__.py", "gui/panel.ui", "gui/style.qss", "core/a.py", "metadata.txt", "LICENSE", "README.md",
        "resources/demo/demo.gpkg", "resources/demo/lc.tif", "resources/demo/README.md",
        "resources/demo/neaspec_demo.qgz", "resources/layouts/map.qpt", "resources/styles/gaps.qml",
        "i18n/neaspec_planner_ru.qm")}
    (root / "i18n/neaspec_planner_ru.qm").unlink()  # a .ts without its .qm: refuse to ship stale translations
    with pytest.raises(SystemExit, match="make transcompile"):
        build_zip.plugin_files(root)


def test_zip_is_written_atomically(tmp_path):
    root = tmp_path / "repo"
    (root / SLUG).mkdir(parents=True)
    (root / SLUG / "__init__.py").write_text("")
    (root / "metadata.txt").write_text(GOOD_METADATA)
    (root / "README.md").write_text("r")
    out = tmp_path / "dist" / "p.zip"
    out.parent.mkdir()
    out.write_bytes(b"previous build")
    with pytest.raises(SystemExit, match="LICENSE"):  # a failed build leaves the previous zip and no temp file
        build_zip.build_zip(out, root)
    assert out.read_bytes() == b"previous build"
    assert [p.name for p in out.parent.iterdir()] == ["p.zip"]
    (root / "LICENSE").write_text("GPL")
    build_zip.build_zip(out, root)
    assert validate_plugin_zip(out)["package_name"] == SLUG
    assert [p.name for p in out.parent.iterdir()] == ["p.zip"]


# --------------------------------------------------------------------------------------------------------------
# 2. the zip installed into an empty profile, loaded by QGIS
# --------------------------------------------------------------------------------------------------------------
def test_installed_zip_loads_in_headless_qgis(installed_plugins, expected_algorithms, tmp_path):
    result = load_installed(installed_plugins, tmp_path, ROOT / ".deps")
    installed = installed_plugins / SLUG
    assert result["available"] and result["loaded"] and result["started"], result
    assert result["meta_name"] == "NEASPEC Planner"
    assert result["meta_provider"] == "yes"
    assert Path(result["file"]).parent == installed, "the plugin was imported from somewhere else"
    assert Path(result["root"]) == installed and result["icon"], "resources do not resolve in the installed layout"
    assert result["provider"] == "NEASPEC Planner"
    assert result["algorithms"] == expected_algorithms
    assert all(ok for ok, _ in result["can_execute"].values()), result["can_execute"]
    assert result["probe"] == [True, ""]
    assert result["after_unload"]


def test_missing_dependencies_keep_algorithms_listed_with_install_hint(installed_plugins, expected_algorithms,
                                                                      tmp_path):
    empty = tmp_path / "no-deps-here"
    empty.mkdir()
    result = load_installed(installed_plugins, tmp_path, empty)
    assert result["provider"] == "NEASPEC Planner"
    assert result["algorithms"] == expected_algorithms, "a missing dependency must not hide an algorithm"
    for name, (ok, message) in {**result["can_execute"], "probe": result["probe"]}.items():
        assert not ok, name
        assert "shapely" in message and "Missing Python packages" in message, message
        assert f'--target "{empty}"' in message, message  # the exact command for this profile
        assert "OSGeo4W" in message and "macOS" in message, message
        assert "python_version" not in message, "environment markers break the shell quoting of the hint"


# --------------------------------------------------------------------------------------------------------------
# 3. make deploy into a profile, then qgis_process with the system Python
# --------------------------------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def deployed_profile(plugin_zip, tmp_path_factory) -> Path:
    """``scripts/deploy.py`` (what ``make deploy`` runs) into a fresh profile chosen by ``QGIS_PROFILE_DIR``.

    The profile's dependency folder links to the repository's ``.deps`` (built by the same recipe, so the
    installer deploy runs finds it complete instead of compiling shapely again for a minute).
    """
    config_root = tmp_path_factory.mktemp("deploy")
    profile = config_root / "profiles" / "default"
    (profile / "python").mkdir(parents=True)
    (profile / "python" / f"{SLUG}_deps").symlink_to(ROOT / ".deps", target_is_directory=True)
    ini = profile / "QGIS" / "QGIS3.ini"
    ini.parent.mkdir(parents=True)
    ini.write_text("[General]\nsomething\\nested=1\n\n[PythonPlugins]\nneaspec_planner=false\nprocessing=true\n")
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "NEASPEC_PLANNER_DEPS")}
    env["QGIS_PROFILE_DIR"] = str(profile)
    for _ in range(2):  # idempotent
        run_checked([sys.executable, str(ROOT / "scripts" / "deploy.py"), str(plugin_zip)], env, config_root)
    return profile


def test_deploy_installs_enables_and_keeps_settings(deployed_profile, plugin_zip):
    plugin = deployed_profile / "python" / "plugins" / SLUG
    with zipfile.ZipFile(plugin_zip) as archive:
        shipped = {n for n in archive.namelist() if not n.endswith("/")}
    on_disk = {f"{SLUG}/{p.relative_to(plugin).as_posix()}" for p in plugin.rglob("*")
               if p.is_file() and "__pycache__" not in p.parts}
    assert on_disk == shipped
    assert not [p for p in plugin.parent.iterdir() if p.name != SLUG], "deploy left staging folders behind"
    ini = (deployed_profile / "QGIS" / "QGIS3.ini").read_text()
    assert ini.count("neaspec_planner=") == 1 and "neaspec_planner=true" in ini
    assert "something\\nested=1" in ini and "processing=true" in ini
    assert deploy.enable_plugin(deployed_profile / "QGIS" / "QGIS3.ini") is False  # already enabled: no rewrite


def test_qgis_process_lists_the_deployed_provider(deployed_profile, expected_algorithms, tmp_path):
    env = system_env(tmp_path, deployed_profile.parents[1])
    plugins = qgis_process(["plugins"], env, tmp_path).stdout
    assert re.search(r"^\*\s+neaspec_planner\s*$", plugins, re.M), plugins
    listing = qgis_process(["list"], env, tmp_path).stdout
    assert "NEASPEC Planner" in listing, listing
    listed = sorted(re.findall(r"^\s*neaspec:(\w+)", listing, re.M))
    assert listed == expected_algorithms


def _square(ogr, x0: float, y0: float, x1: float, y1: float):
    """A square in EPSG:3035 (an equal-area CRS) near its origin, where the tool's own LAEA agrees to 1e-6."""
    ox, oy = 4321000.0, 3210000.0
    ring = ",".join(f"{ox + x} {oy + y}" for x, y in ((x0, y0), (x1, y0), (x1, y1), (x0, y1), (x0, y0)))
    return ogr.CreateGeometryFromWkt(f"POLYGON(({ring}))")


def _write_polygons(path: Path, fields: dict[str, int], rows: list[tuple[tuple[float, ...], dict]]) -> Path:
    from osgeo import ogr, osr

    srs = osr.SpatialReference()
    srs.ImportFromEPSG(3035)
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    layer = ds.CreateLayer(path.stem, srs, ogr.wkbPolygon)
    for name, kind in fields.items():
        layer.CreateField(ogr.FieldDefn(name, kind))
    for box, attrs in rows:
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetGeometry(_square(ogr, *box))
        for key, value in attrs.items():
            feature.SetField(key, value)
        layer.CreateFeature(feature)
    ds = None
    return path


@pytest.fixture(scope="module")
def overlap_inputs(tmp_path_factory) -> dict[str, str]:
    """10 km x 10 km of habitat (10 000 ha); two protected areas overlapping each other cover x = 0-7.5 km."""
    from osgeo import ogr

    folder = tmp_path_factory.mktemp("overlap-in")
    habitat = _write_polygons(folder / "habitat.gpkg", {"habitat": ogr.OFTString},
                              [((0, 0, 10000, 10000), {"habitat": "forest"})])
    protected = _write_polygons(folder / "protected.gpkg", {"WDPAID": ogr.OFTInteger},
                                [((0, 0, 5000, 10000), {"WDPAID": 1}), ((2500, 0, 7500, 10000), {"WDPAID": 2})])
    return {"HABITAT": str(habitat), "HABITAT_FIELD": "habitat", "PROTECTED": str(protected)}


def test_qgis_process_runs_overlap_with_the_profile_dependencies(deployed_profile, overlap_inputs, tmp_path):
    from osgeo import ogr

    env = system_env(tmp_path, deployed_profile.parents[1])  # no NEASPEC_PLANNER_DEPS: the profile's own folder
    outputs = {key: str(tmp_path / f"{key.lower()}.gpkg") for key in ("OUTPUT", "GAPS", "SUMMARY")}
    args = [f"{k}={v}" for k, v in {**overlap_inputs, **outputs}.items()]
    proc = qgis_process(["run", "neaspec:overlap", "--json", "--", *args], env, tmp_path)
    assert "Traceback" not in proc.stdout + proc.stderr, proc.stderr
    results = json.loads(proc.stdout[proc.stdout.index("{"):])["results"]
    assert Path(results["SUMMARY"].split("|")[0]).is_file()

    def rows(path: str) -> list[dict]:
        ds = ogr.Open(path.split("|")[0])
        layer = ds.GetLayer(0)
        return [feature.items() for feature in layer]

    summary = [r for r in rows(results["SUMMARY"]) if r["habitat"] == "forest"]
    assert len(summary) == 1, summary
    assert summary[0]["habitat_ha"] == pytest.approx(10000, rel=1e-4)
    assert summary[0]["protected_ha"] == pytest.approx(7500, rel=1e-4)  # overlap of the two counted once
    assert summary[0]["gap_ha"] == pytest.approx(2500, rel=1e-4)
    assert summary[0]["protected_pct"] == pytest.approx(75, rel=1e-4)
    assert sum(r["area_ha"] for r in rows(results["GAPS"])) == pytest.approx(2500, rel=1e-4)
    assert sum(r["area_ha"] for r in rows(results["OUTPUT"])) == pytest.approx(7500, rel=1e-4)


def test_qgis_process_without_dependencies_explains_instead_of_traceback(plugin_zip, overlap_inputs,
                                                                        expected_algorithms, tmp_path):
    profile = tmp_path / "qgis" / "profiles" / "default"
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "NEASPEC_PLANNER_DEPS")}
    run_checked([sys.executable, str(ROOT / "scripts" / "deploy.py"), str(plugin_zip), "--profile", str(profile),
                 "--no-deps"], env, tmp_path)
    assert not (profile / "python" / f"{SLUG}_deps").exists()
    env = system_env(tmp_path, profile.parents[1])
    listing = qgis_process(["list"], env, tmp_path).stdout
    assert sorted(re.findall(r"^\s*neaspec:(\w+)", listing, re.M)) == expected_algorithms
    out = tmp_path / "never.gpkg"
    args = [f"{k}={v}" for k, v in overlap_inputs.items()] + [f"OUTPUT={out}", f"GAPS={out}", f"SUMMARY={out}"]
    proc = qgis_process(["run", "neaspec:overlap", "--", *args], env, tmp_path, check=False)
    text = proc.stdout + proc.stderr
    assert proc.returncode != 0
    assert "Traceback" not in text, text
    assert "Missing Python packages" in text and "shapely" in text, text
    assert str(profile / "python" / f"{SLUG}_deps") in text, "the hint must name this profile's folder"
    assert not out.exists()


# --------------------------------------------------------------------------------------------------------------
# 4. pb_tool.cfg describes the same plugin as make zip
# --------------------------------------------------------------------------------------------------------------
def documented_pb_tool_difference(name: str) -> bool:
    """Files pb_tool also ships because it cannot filter folders (listed in pb_tool.cfg's header)."""
    rel = name.split("/", 1)[1]
    if rel.startswith("resources/"):
        return build_zip._is_junk(Path(rel), build_zip.RESOURCE_BUILD_FILES)
    return rel.startswith("i18n/") and not rel.endswith(".qm")  # .ts sources, i18n/README.md


def test_pb_tool_deploys_and_zips_what_make_zip_ships(tmp_path):
    tree = tmp_path / "tree"  # pb_tool zip writes into its working folder: run it on a copy of the sources
    for name in (SLUG, "resources", "i18n", "pb_tool.cfg", *build_zip.TOP_FILES):
        src = ROOT / name
        if src.is_dir():
            shutil.copytree(src, tree / name)
        elif src.is_file():
            (tree / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, tree / name)
    pb_tool = str(Path(sys.executable).parent / "pb_tool")
    env = dict(os.environ)
    plugin_zip = build_zip.build_zip(tmp_path / "ours" / f"{SLUG}.zip", tree)  # the same snapshot of the sources
    with zipfile.ZipFile(plugin_zip) as archive:
        ours = {n for n in archive.namelist() if not n.endswith("/")}

    run_checked([pb_tool, "deploy", "-y", "-p", str(tmp_path / "deployed")], env, tree)
    deployed_root = tmp_path / "deployed"
    deployed = {p.relative_to(deployed_root).as_posix() for p in deployed_root.rglob("*")
                if p.is_file() and "__pycache__" not in p.parts and p.suffix != ".pyc"}

    run_checked([pb_tool, "zip", "-q", "-p", str(tmp_path / "zipped")], env, tree)
    with zipfile.ZipFile(tree / f"{SLUG}.zip") as archive:
        zipped = {n for n in archive.namelist() if not n.endswith("/")}
    validate_plugin_zip(tree / f"{SLUG}.zip")

    for label, theirs in (("pb_tool deploy", deployed), ("pb_tool zip", zipped)):
        assert ours - theirs == set(), f"{label} misses files make zip ships"
        extra = {n for n in theirs - ours if not documented_pb_tool_difference(n)}
        assert extra == set(), f"{label} ships files make zip leaves out (update pb_tool.cfg or build_zip.py)"
