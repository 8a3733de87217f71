"""Bring the Chinese catalog up to date with the sources, then compile it.

    .venv/bin/python packaging/update-translations.py [--from OTHER.ts ...] [--set FILE.json]

1. pyside6-lupdate over the interface and the core's N_-marked sentences (SOURCES and OPTIONS,
   which tests/settings/test_i18n.py reads from here);
2. unfinished messages take their translation from the --from catalogs (e.g. the .ts of a branch
   being merged) or the catalog as it was, when one has the same context and source (else the
   same source's one translation in any context: moved code), then from --set, a JSON object
   {"Context": {"source": "translation"}} (a list of forms for a plural message; the core's
   sentences are under the empty context "");
3. pyside6-lrelease writes the .qm; what is still untranslated is listed (exit 1).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "resources" / "i18n" / "seedance_studio_zh_CN.ts"
# The interface, the setting descriptions marked in services, and the core's sentences.
SOURCES = (ROOT / "app" / "ui", ROOT / "app" / "services" / "home" / "settings.py",
           ROOT / "app" / "core" / "catalog")
# The core marks its templates with N_ (it imports no Qt): read it as QT_TR_NOOP, whose strings
# land in the empty context (app.core.message_catalog.CONTEXT).
OPTIONS = ("-tr-function-alias", "QT_TR_NOOP+=N_")
BIN = Path(sys.executable).parent


def sources() -> list[str]:
    gone = [str(src) for src in SOURCES if not src.exists()]
    if gone:  # a moved module would silently drop its sentences from the catalog
        raise SystemExit(f"update-translations.py: no such source: {', '.join(gone)}")
    return sorted(str(p) for src in SOURCES
                  for p in ([src] if src.is_file() else src.rglob("*.py")))


def _lupdate() -> None:
    # No line numbers: they change with every edit, and each change would conflict in merges.
    subprocess.run([str(BIN / "pyside6-lupdate"), *sources(), *OPTIONS, "-ts", str(TS),
                    "-no-obsolete", "-locations", "none"],
                   check=True, capture_output=True, text=True)


Translation = str | list[str]  # plural messages have one form per number class


def _read(message: ET.Element) -> Translation | None:
    translation = message.find("translation")
    if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
        return None
    forms = [f.text or "" for f in translation.iter("numerusform")]
    if forms:
        return forms if all(forms) else None
    return translation.text or None


def _known(paths: list[Path],
           extra: dict[str, dict[str, Translation]]) -> dict[tuple[str, str], Translation]:
    known: dict[tuple[str, str], Translation] = {}
    for path in paths:
        for context in ET.parse(path).getroot().iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                text = _read(message)
                if text is not None:
                    known[(name, message.findtext("source") or "")] = text
    elsewhere: dict[str, list[Translation]] = {}
    for (_name, source), text in known.items():
        elsewhere.setdefault(source, []).append(text)
    for source, texts in elsewhere.items():
        if all(t == texts[0] for t in texts):
            known[("*", source)] = texts[0]
    for name, pairs in extra.items():
        for source, value in pairs.items():
            known[(name, source)] = value
    return known


def _fill(known: dict[tuple[str, str], Translation]) -> list[tuple[str, str]]:
    tree = ET.parse(TS)
    missing: list[tuple[str, str]] = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or _read(message) is not None:
                continue
            source = message.findtext("source") or ""
            # Same context first; else the one translation the source had in another context
            # (code moved to another class keeps its translation).
            text = known.get((name, source), known.get(("*", source)))
            plural = message.get("numerus") == "yes"
            if text is None or plural != isinstance(text, list):
                missing.append((name, source))
                continue
            if isinstance(text, list):
                for child in list(translation):
                    translation.remove(child)
                for form in text:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = text
            translation.attrib.pop("type", None)
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    return missing


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--from", dest="others", type=Path, nargs="*", default=[])
    parser.add_argument("--set", dest="table", type=Path)
    args = parser.parse_args()
    extra = json.loads(args.table.read_text(encoding="utf-8")) if args.table else {}
    known = _known([*args.others, TS], extra)  # read before lupdate drops moved messages
    _lupdate()
    missing = _fill(known)
    _lupdate()  # lupdate's own layout again, after ElementTree wrote the file
    subprocess.run([str(BIN / "pyside6-lrelease"), str(TS), "-qm", str(TS.with_suffix(".qm"))],
                   check=True, capture_output=True)
    for name, source in missing:
        print(f"untranslated: [{name}] {source}")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
