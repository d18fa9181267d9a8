"""Bring resources/translations/*.ts up to date with the interface, filling new messages.

1. ``pyside6-lupdate`` adds every new text of desktop/ui to both catalogues (and drops gone ones);
2. English (the source language) gets each text as its own translation;
3. Indonesian gets the translations written as tab-separated ``context<TAB>source<TAB>translation``
   lines in resources/translations/pending/*.tsv (``\\n`` for a newline);
4. what is still untranslated is listed, and the script fails, so no text ships unfinished.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "resources" / "translations"
LUPDATE = Path(sys.executable).with_name("pyside6-lupdate")


def lupdate() -> None:
    subprocess.run(
        [
            str(LUPDATE),
            "-extensions",
            "py",
            "desktop/ui",
            "-ts",
            *(str(FOLDER / f"berdaya_{lang}.ts") for lang in ("id", "en")),
            "-locations",
            "relative",
            "-no-obsolete",
        ],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )


def pending() -> dict[tuple[str, str], str]:
    found: dict[tuple[str, str], str] = {}
    for tsv in sorted((FOLDER / "pending").glob("*.tsv")):
        for number, line in enumerate(tsv.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            parts = line.split("\t")
            if len(parts) != 3:
                print(f"{tsv.name}:{number}: expected 3 tab-separated fields", file=sys.stderr)
                continue
            context, source, translation = (p.replace("\\n", "\n") for p in parts)
            found[(context, source)] = translation
    return found


def fill(language: str, known: dict[tuple[str, str], str]) -> list[tuple[str, str]]:
    path = FOLDER / f"berdaya_{language}.ts"
    tree = ET.parse(path)
    missing: list[tuple[str, str]] = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            assert translation is not None
            if translation.get("type") != "unfinished" and (translation.text or "").strip():
                continue
            text = source if language == "en" else known.get((name, source))
            if text is None:
                missing.append((name, source))
                continue
            translation.text = text
            translation.attrib.pop("type", None)
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return missing


def catalogued() -> set[tuple[str, str]]:
    tree = ET.parse(FOLDER / "berdaya_id.ts")
    return {
        (context.findtext("name") or "", message.findtext("source") or "")
        for context in tree.getroot().iter("context")
        for message in context.iter("message")
    }


def main() -> int:
    lupdate()
    known = pending()
    missing = fill("en", known) + fill("id", known)
    lupdate()  # back to lupdate's own layout
    for context, source in missing:
        print(f"untranslated\t{context}\t{source!r}")
    # a translation nobody asks for: its text is not where lupdate looks (a wrapper around
    # translate() that lupdate cannot read, or a changed source or context)
    for context, source in sorted(set(known) - catalogued()):
        print(f"unused\t{context}\t{source!r}")
    return 1 if missing else 0


if __name__ == "__main__":
    raise SystemExit(main())
