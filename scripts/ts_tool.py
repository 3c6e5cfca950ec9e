"""Translator's helper for i18n/*.ts (Qt Linguist files), used alongside `make translations`.

    python3 scripts/ts_tool.py extract LANG        refresh i18n/neaspec_planner_LANG.ts from the sources (pylupdate5)
    python3 scripts/ts_tool.py todo LANG [FILE]    untranslated source strings as JSON {source: ""} (to FILE or stdout)
    python3 scripts/ts_tool.py apply LANG FILE     fill translations from a JSON {source: translation} file
    python3 scripts/ts_tool.py check [LANG ...]    count unfinished/empty translations and placeholder mismatches

Translations are matched by source text (the same English string gets the same translation in every context).
After `apply` the file is normalised by pylupdate5, so `make translations` on an unchanged tree changes nothing.
"""
from __future__ import annotations

import json
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from neaspec_planner.languages import LOCALES  # noqa: E402

PLACEHOLDER = re.compile(r"\{[^{}]*\}|%\d|%n|&[a-z]+;")


def ts_path(lang: str) -> Path:
    return ROOT / "i18n" / f"neaspec_planner_{lang}.ts"


def sources() -> list[str]:
    files = [p for p in (ROOT / "neaspec_planner").rglob("*") if p.suffix in (".py", ".ui")]
    return sorted(str(p.relative_to(ROOT)) for p in files if "__pycache__" not in p.parts)


def extract(lang: str) -> None:
    subprocess.run(["pylupdate5", "-noobsolete", *sources(), "-ts", str(ts_path(lang).relative_to(ROOT))],
                   cwd=ROOT, check=True, stderr=subprocess.DEVNULL)


def messages(lang: str):
    tree = ET.parse(ts_path(lang))
    for ctx in tree.getroot().iter("context"):
        for message in ctx.iter("message"):
            yield tree, ctx.findtext("name"), message


def todo(lang: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for _, _, message in messages(lang):
        translation = message.find("translation")
        if translation is None or translation.get("type") == "unfinished" or not (translation.text or "").strip():
            out[message.findtext("source") or ""] = ""
    return out


def placeholders(text: str) -> list[str]:
    return sorted(PLACEHOLDER.findall(text or ""))


def apply(lang: str, mapping_file: Path) -> None:
    mapping = json.loads(Path(mapping_file).read_text(encoding="utf-8"))
    tree = ET.parse(ts_path(lang))
    filled = 0
    for ctx in tree.getroot().iter("context"):
        for message in ctx.iter("message"):
            source = message.findtext("source") or ""
            text = mapping.get(source)
            if not text:
                continue
            if placeholders(text) != placeholders(source):
                print(f"placeholder mismatch, skipped: {source[:60]!r}", file=sys.stderr)
                continue
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            translation.text = text
            translation.attrib.pop("type", None)
            filled += 1
    tree.write(ts_path(lang), encoding="utf-8", xml_declaration=True)
    extract(lang)  # normalise the file's layout the way pylupdate5 writes it
    print(f"{lang}: {filled} messages filled")


def check(langs: list[str]) -> int:
    bad = 0
    for lang in langs:
        if not ts_path(lang).exists():
            print(f"{lang}: missing {ts_path(lang).name}")
            bad += 1
            continue
        unfinished = len(todo(lang))
        mismatched = sum(1 for _, _, m in messages(lang)
                         if (m.find("translation") is not None and (m.find("translation").text or "")
                             and placeholders(m.find("translation").text) != placeholders(m.findtext("source"))))
        total = sum(1 for _ in messages(lang))
        print(f"{lang}: {total} messages, {unfinished} unfinished, {mismatched} placeholder mismatches")
        bad += unfinished + mismatched
    return 1 if bad else 0


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    command, args = argv[0], argv[1:]
    if command == "extract":
        extract(args[0])
    elif command == "todo":
        text = json.dumps(todo(args[0]), ensure_ascii=False, indent=1)
        if len(args) > 1:
            Path(args[1]).write_text(text, encoding="utf-8")
        else:
            print(text)
    elif command == "apply":
        apply(args[0], Path(args[1]))
    elif command == "check":
        return check(args or list(LOCALES))
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
