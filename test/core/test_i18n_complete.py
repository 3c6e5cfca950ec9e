"""Issue 9: every user-visible string is translated in zh, ru, mn, ko and ja, and the translations are used.

- `make translations` (scripts/translations.sh update, i.e. pylupdate5 -noobsolete) is run on a TEMPORARY copy of the
  sources and of the committed ``i18n/*.ts`` (the repository's i18n/ is never touched): every (context, source)
  pair it extracts must be in each committed ``.ts``, and the refreshed copy must be byte-identical to the
  committed file (an unchanged tree leaves the ``.ts`` unchanged; the .ts hold no line locations, so code moving
  a string to another line changes nothing).
- No unfinished, empty, obsolete or vanished translation; the same placeholders (``{}``, ``{0}``, ``{name}``,
  ``%1``, ``%n``: counted) in the source and its translation.
- The context a string is looked up in AT RUN TIME (``QCoreApplication.translate("Ctx", …)`` wrappers, ``self.tr``
  of each class) is the context pylupdate5 files it under, so a translated ``.ts`` entry is really found.
- The Korean ``.qm`` built by lrelease (into tmp) makes the algorithms and the dock form render in Korean.
"""
from __future__ import annotations

import ast
import importlib
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest

from neaspec_planner.languages import LOCALES

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "neaspec_planner"
I18N = ROOT / "i18n"
# {} {0} {name} {:.1f} %1 %n — counted, so a dropped or doubled "{}" is a mismatch
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%\d+|%n")
HANGUL = re.compile(r"[\uac00-\ud7a3]")
# kept untranslated (the translators' brief): product names, UPPER_CASE keys, field names, ids, file names
KEPT = re.compile(r"NEASPEC Planner|QGIS|WDPA|Ramsar|GRASS|Natural Earth|ESA WorldCover|GeoTIFF|GeoPackage|"
                  r"\b[A-Z][A-Z0-9_]+\b|\b\w+_\w+\b|neaspec:\w+|\S+\.\w{2,4}\b|<[^>]*>|&\w+;|\{[^{}]*\}|%\d")


def ts_name(lang: str) -> str:
    return f"neaspec_planner_{lang}.ts"


def committed(lang: str) -> Path:
    path = I18N / ts_name(lang)
    if not path.is_file():
        pytest.fail(f"{path.relative_to(ROOT)} is missing: run `make translations` and translate it")
    return path


def pairs(ts: Path) -> set[tuple[str, str]]:
    root = ET.parse(ts).getroot()
    return {(c.findtext("name") or "", m.findtext("source") or "") for c in root.iter("context")
            for m in c.iter("message")}


def translations(ts: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ts).getroot()
    return {(c.findtext("name") or "", m.findtext("source") or ""): m.find("translation")
            for c in root.iter("context") for m in c.iter("message")}


def texts_of(translation: ET.Element) -> list[str]:
    """The translated text, or every plural form of a numerus message."""
    forms = translation.findall("numerusform")
    return [f.text or "" for f in forms] if forms else [translation.text or ""]


def short(pair: tuple[str, str]) -> str:
    context, source = pair
    return f"{context}: {source[:70]!r}"


@pytest.fixture(scope="module")
def extracted(tmp_path_factory) -> Path:
    """`make translations` run on a copy: sources + committed .ts (no .qm) in tmp; returns the copy's i18n/."""
    tree = tmp_path_factory.mktemp("i18n_tree")
    shutil.copytree(PACKAGE, tree / "neaspec_planner", ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    (tree / "scripts").mkdir()
    shutil.copy2(ROOT / "scripts" / "translations.sh", tree / "scripts")
    (tree / "i18n").mkdir()
    for ts in I18N.glob("*.ts"):
        shutil.copy2(ts, tree / "i18n" / ts.name)
    proc = subprocess.run(["bash", "scripts/translations.sh", "update"], cwd=tree, capture_output=True, text=True,
                          timeout=300)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    for lang in LOCALES:
        assert (tree / "i18n" / ts_name(lang)).is_file(), f"pylupdate5 did not write {ts_name(lang)}"
    return tree / "i18n"


# --------------------------------------------------------------------------------------------- completeness
@pytest.mark.parametrize("lang", LOCALES)
def test_every_tr_string_is_in_the_committed_ts(lang, extracted):
    in_source = pairs(extracted / ts_name(lang))
    assert len(in_source) > 50, "pylupdate5 found almost no tr() strings: is the extraction broken?"
    missing = sorted(in_source - pairs(committed(lang)))
    assert not missing, (f"{len(missing)} tr() strings are not in {ts_name(lang)} (run `make translations` and "
                         "translate them):\n" + "\n".join(short(p) for p in missing[:25]))


@pytest.mark.parametrize("lang", LOCALES)
def test_no_unfinished_or_empty_translation(lang):
    problems = []
    for pair, translation in sorted(translations(committed(lang)).items()):
        if translation is None:
            problems.append(f"no <translation>  {short(pair)}")
        elif translation.get("type") in ("unfinished", "obsolete", "vanished"):
            problems.append(f"{translation.get('type')}  {short(pair)}")
        elif any(not text.strip() for text in texts_of(translation)):
            problems.append(f"empty  {short(pair)}")
    assert not problems, f"{ts_name(lang)}: {len(problems)} messages not translated:\n" + "\n".join(problems[:25])


@pytest.mark.parametrize("lang", LOCALES)
def test_placeholders_kept(lang):
    problems = []
    for (context, source), translation in sorted(translations(committed(lang)).items()):
        if translation is None:
            continue
        wanted = Counter(PLACEHOLDER.findall(source))
        for text in texts_of(translation):
            if text and Counter(PLACEHOLDER.findall(text)) != wanted:
                problems.append(f"{short((context, source))}\n    source {sorted(wanted.elements())} != "
                                f"translation {sorted(PLACEHOLDER.findall(text))}: {text[:70]!r}")
    assert not problems, f"{ts_name(lang)}: placeholder mismatches:\n" + "\n".join(problems[:25])


@pytest.mark.parametrize("lang", LOCALES)
def test_make_translations_leaves_the_ts_unchanged(lang, extracted):
    before = committed(lang).read_bytes()
    after = (extracted / ts_name(lang)).read_bytes()
    if after != before:
        gained = sorted(pairs(extracted / ts_name(lang)) - pairs(committed(lang)))
        dropped = sorted(pairs(committed(lang)) - pairs(extracted / ts_name(lang)))
        pytest.fail(f"`make translations` changes {ts_name(lang)} (commit the refreshed file): "
                    f"{len(gained)} new, {len(dropped)} stale strings"
                    + "".join(f"\n  + {short(p)}" for p in gained[:10])
                    + "".join(f"\n  - {short(p)}" for p in dropped[:10])
                    + ("" if gained or dropped else "\n  (locations or layout differ)"))


# ------------------------------------------------------------------------- run-time context = extracted context
def _literal(node: ast.AST) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _fixed_context(func: ast.FunctionDef) -> str | None:
    """``"Ctx"`` when ``func`` is a wrapper ``return QCoreApplication.translate("Ctx", <its text argument>)``."""
    for node in ast.walk(func):
        if (isinstance(node, ast.Return) and isinstance(node.value, ast.Call)
                and isinstance(node.value.func, ast.Attribute) and node.value.func.attr == "translate"
                and node.value.args and _literal(node.value.args[0]) is not None
                and len(node.value.args) > 1 and isinstance(node.value.args[1], ast.Name)):
            return _literal(node.value.args[0])
    return None


class _Lookups(ast.NodeVisitor):
    """Every translation call with a literal text, as (run-time context, text, where)."""

    def __init__(self, path: Path, class_contexts: dict[str, str | None], class_bases: dict[str, list[str]],
                 module_wrappers: dict[str, str]) -> None:
        self.path = path
        self.class_contexts = class_contexts  # class → context of its own tr() (None: the class's name / MRO)
        self.class_bases = class_bases
        self.module_wrappers = module_wrappers  # module-level function name → fixed context
        self.classes: list[str] = []
        self.found: list[tuple[str, str, str]] = []
        self.dynamic: list[str] = []

    def _self_tr_context(self, cls: str) -> str:
        todo, seen = [cls], set()
        while todo:
            name = todo.pop(0)
            if name in seen:
                continue
            seen.add(name)
            if self.class_contexts.get(name):
                return self.class_contexts[name]  # type: ignore[return-value]
            todo.extend(self.class_bases.get(name, []))
        return cls  # NeaspecAlgorithm.tr looks the string up under each class of the MRO, the defining one first

    def visit_ClassDef(self, node: ast.ClassDef) -> None:  # noqa: N802 - ast.NodeVisitor API
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_Call(self, node: ast.Call) -> None:  # noqa: N802 - ast.NodeVisitor API
        where = f"{self.path.relative_to(ROOT)}:{node.lineno}"
        func = node.func
        context = None
        text_arg = node.args[0] if node.args else None
        if isinstance(func, ast.Attribute) and func.attr == "tr" and isinstance(func.value, ast.Name) \
                and func.value.id == "self" and self.classes:
            context = self._self_tr_context(self.classes[-1])
        elif isinstance(func, ast.Name) and func.id in self.module_wrappers:
            context = self.module_wrappers[func.id]
        elif ((isinstance(func, ast.Attribute) and func.attr == "translate")
              or (isinstance(func, ast.Name) and func.id == "QT_TRANSLATE_NOOP")) and len(node.args) >= 2:
            context = _literal(node.args[0])
            text_arg = node.args[1]
        if context is not None and text_arg is not None:
            text = _literal(text_arg)
            if text is not None:
                self.found.append((context, text, where))
            elif isinstance(text_arg, (ast.JoinedStr, ast.BinOp)) or (isinstance(text_arg, ast.Call) and isinstance(
                    text_arg.func, ast.Attribute) and text_arg.func.attr == "format"):
                self.dynamic.append(f"{where}: the text is built before translation (tr(f'…'), "
                                    "tr('…'.format()), tr('…' % …)): use tr('… {}').format(…)")
        self.generic_visit(node)


def test_runtime_contexts_are_the_extracted_ones(extracted):
    """A ``tr()`` wrapper with its own fixed context, or a helper pylupdate5 does not know (``_tr``), makes a string
    that is translated in the .ts come out in English: the lookup must hit a (context, source) pair pylupdate5
    extracts."""
    modules = {p: ast.parse(p.read_text(encoding="utf-8")) for p in sorted(PACKAGE.rglob("*.py"))
               if "__pycache__" not in p.parts}
    class_contexts: dict[str, str | None] = {}
    class_bases: dict[str, list[str]] = {}
    for tree in modules.values():
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                class_bases[node.name] = [b.id if isinstance(b, ast.Name) else getattr(b, "attr", "")
                                          for b in node.bases]
                class_contexts.setdefault(node.name, None)
                for item in node.body:
                    if isinstance(item, ast.FunctionDef) and item.name == "tr":
                        class_contexts[node.name] = _fixed_context(item)
    extracted_pairs = pairs(extracted / ts_name("ko"))
    not_found, dynamic, checked = [], [], 0
    for path, tree in modules.items():
        wrappers = {node.name: ctx for node in tree.body if isinstance(node, ast.FunctionDef)
                    for ctx in [_fixed_context(node)] if ctx is not None}
        visitor = _Lookups(path, class_contexts, class_bases, wrappers)
        visitor.visit(tree)
        dynamic += visitor.dynamic
        for context, text, where in visitor.found:
            checked += 1
            if (context, text) not in extracted_pairs:
                filed = sorted(c for c, s in extracted_pairs if s == text)
                not_found.append(f"{where}: looked up in context {context!r}, "
                                 f"extracted {'under ' + ', '.join(filed) if filed else 'nowhere'}: {text[:60]!r}")
    assert checked > 50, "found almost no translation calls: is the scan broken?"
    assert not dynamic, "\n".join(dynamic)
    assert not not_found, (f"{len(not_found)} strings would never be translated at run time:\n"
                           + "\n".join(not_found[:25]))


# --------------------------------------------------------------------------------------- rendered in Korean
class Korean:
    """The committed Korean .ts compiled by lrelease into tmp; ``on()``/``off()`` install/remove the translator."""

    def __init__(self, qm: Path) -> None:
        from qgis.PyQt.QtCore import QTranslator

        self.translator = QTranslator()
        assert self.translator.load(str(qm)), f"QTranslator could not load {qm}"
        self.table = translations(committed("ko"))
        self.installed = False

    def on(self) -> None:
        from qgis.PyQt.QtCore import QCoreApplication

        assert QCoreApplication.instance() is not None, "no Qt application (pytest-qgis starts one)"
        if not self.installed:
            assert QCoreApplication.installTranslator(self.translator), "the Korean .qm has no translations"
            self.installed = True

    def off(self) -> None:
        from qgis.PyQt.QtCore import QCoreApplication

        if self.installed:
            QCoreApplication.removeTranslator(self.translator)
            self.installed = False

    def of(self, english: str, contexts: tuple[str, ...] | None = None) -> set[str]:
        """The .ts translations of ``english`` (in ``contexts``, else in any context)."""
        return {t.text or "" for (context, source), t in self.table.items()
                if source == english and t is not None and (contexts is None or context in contexts)}


@pytest.fixture
def korean(tmp_path):
    qm = tmp_path / "neaspec_planner_ko.qm"
    proc = subprocess.run(["lrelease", "-silent", str(committed("ko")), "-qm", str(qm)], capture_output=True,
                          text=True, timeout=120)
    assert proc.returncode == 0 and qm.is_file(), proc.stdout + proc.stderr
    ko = Korean(qm)
    try:
        yield ko
    finally:
        ko.off()


def _compare(ko: Korean, english: dict[str, str], shown: dict[str, str], owner: str,
             contexts: tuple[str, ...] | None = None) -> list[str]:
    """Problems: a text shown with the translator on that is not the .ts translation of its English text."""
    problems = []
    for what, source in english.items():
        text = shown[what]
        wanted = ko.of(source, contexts)
        if not wanted:
            problems.append(f"{owner} {what}: {source[:60]!r} is not in the Korean .ts")
        elif not any(wanted):
            problems.append(f"{owner} {what}: {source[:60]!r} has no translation in the Korean .ts")
        elif text not in wanted:
            problems.append(f"{owner} {what}: shown {text[:60]!r}, the .ts says {sorted(wanted)[0][:60]!r}")
        elif re.search(r"[A-Za-z]{3,}", KEPT.sub(" ", source)) and not HANGUL.search(text):
            problems.append(f"{owner} {what}: not Korean: {text[:60]!r}")
    return problems


def _algorithm_texts(cls) -> dict[str, str]:
    alg = cls()
    alg.initAlgorithm({})
    texts = {"displayName": alg.displayName(), "group": alg.group(), "shortHelpString": alg.shortHelpString()}
    texts.update({f"parameter {p.name()}": p.description() for p in alg.parameterDefinitions()})
    return texts


def test_algorithms_render_in_korean(korean):
    algorithms = []
    for path in sorted((PACKAGE / "processing").glob("*.py")):
        module = importlib.import_module(f"neaspec_planner.processing.{path.stem}")
        if getattr(module, "ALGORITHM", None) is not None:
            algorithms.append(module.ALGORITHM)
    assert len(algorithms) >= 5, "fewer algorithms than the contract lists"
    problems, checked = [], 0
    for cls in algorithms:
        korean.off()
        english = _algorithm_texts(cls)
        korean.on()
        shown = _algorithm_texts(cls)
        assert shown.keys() == english.keys()
        problems += _compare(korean, english, shown, cls.__name__)
        checked += len(shown)
    assert checked > 4 * len(algorithms)
    assert not problems, f"{len(problems)} algorithm texts not rendered in Korean:\n" + "\n".join(problems[:25])


def _form_texts(form_class) -> dict[str, str]:
    from qgis.PyQt.QtWidgets import QAbstractButton, QGroupBox, QLabel, QTabWidget, QToolBox, QWidget

    widget = QWidget()
    form_class().setupUi(widget)
    texts = {}
    for w in widget.findChildren(QAbstractButton) + widget.findChildren(QLabel):
        texts[f"{w.objectName()}.text"] = w.text()
    for w in widget.findChildren(QWidget):
        texts[f"{w.objectName()}.toolTip"] = w.toolTip()
    for w in widget.findChildren(QGroupBox):
        texts[f"{w.objectName()}.title"] = w.title()
    for t in widget.findChildren(QTabWidget):
        texts.update({f"{t.objectName()}.tab{i}": t.tabText(i) for i in range(t.count())})
    for t in widget.findChildren(QToolBox):
        texts.update({f"{t.objectName()}.item{i}": t.itemText(i) for i in range(t.count())})
    widget.deleteLater()
    return {k: v for k, v in texts.items() if v.strip() and k.split(".")[0]}


def test_dock_form_and_messages_render_in_korean(korean):
    from qgis.PyQt import uic
    from qgis.PyQt.QtCore import QCoreApplication

    # the Qt Designer form, loaded as the dock loads it (retranslateUi looks its strings up in the form's class)
    ui = PACKAGE / "gui" / "planner_dock.ui"
    form_class, _ = uic.loadUiType(str(ui))
    form_context = ET.parse(ui).getroot().findtext("class") or ""
    korean.off()
    english = _form_texts(form_class)
    korean.on()
    shown = _form_texts(form_class)
    assert shown.keys() == english.keys()
    # texts set in Designer (the code may overwrite some at run time; those are checked below)
    designed = {k: v for k, v in english.items() if ko_has(korean, v, form_context)}
    assert len(designed) >= 10, f"only {len(designed)} of the form's texts are in the Korean .ts"
    problems = _compare(korean, designed, shown, "planner_dock.ui", (form_context,))
    assert not problems, f"{len(problems)} dock form texts not rendered in Korean:\n" + "\n".join(problems[:25])

    # messages of the dock code (PlannerDock.tr)
    messages = sorted(source for (context, source) in korean.table if context == "PlannerDock")
    assert messages, "no PlannerDock strings in the Korean .ts"
    english = {source: source for source in messages}
    shown = {source: QCoreApplication.translate("PlannerDock", source) for source in messages}
    problems = _compare(korean, english, shown, "PlannerDock", ("PlannerDock",))
    assert not problems, f"{len(problems)} dock messages not rendered in Korean:\n" + "\n".join(problems[:25])


def ko_has(ko: Korean, source: str, context: str) -> bool:
    return (context, source) in ko.table


def test_dock_role_labels_are_extracted(extracted):
    """The dock shows ``self.tr(role.label)`` for each layer role: pylupdate5 cannot see a variable, so every label
    must be marked for extraction (``QT_TRANSLATE_NOOP("PlannerDock", …)``) or it stays English."""
    from neaspec_planner.gui.roles import ROLES

    extracted_pairs = pairs(extracted / ts_name("ko"))
    missing = [r.label for r in ROLES if ("PlannerDock", r.label) not in extracted_pairs]
    assert not missing, f"role labels not extracted under PlannerDock: {missing}"


def test_a_string_moving_to_another_line_leaves_the_ts_unchanged(tmp_path):
    """The .ts files carry no line locations, so code shifting a tr() string down a line needs no .ts commit."""
    shutil.copytree(PACKAGE, tmp_path / "neaspec_planner", ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    (tmp_path / "scripts").mkdir()
    shutil.copy2(ROOT / "scripts" / "translations.sh", tmp_path / "scripts")
    (tmp_path / "i18n").mkdir()
    for ts in I18N.glob("*.ts"):
        shutil.copy2(ts, tmp_path / "i18n" / ts.name)
    for source in sorted((tmp_path / "neaspec_planner").rglob("*.py")):
        source.write_text("\n\n\n" + source.read_text(encoding="utf-8"), encoding="utf-8")
    proc = subprocess.run(["bash", "scripts/translations.sh", "update"], cwd=tmp_path, capture_output=True,
                          text=True, timeout=300)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    changed = [ts.name for ts in I18N.glob("*.ts") if (tmp_path / "i18n" / ts.name).read_bytes() != ts.read_bytes()]
    assert not changed, f"shifting every source three lines down changed {changed}"
