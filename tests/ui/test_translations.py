"""Both translations are complete, and no text of the interface is missing from them."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from desktop.ui.resources import translations_dir

UI = Path(__file__).resolve().parents[2] / "desktop" / "ui"
LANGUAGES = ("id", "en")


def _messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "")] = message
    return found


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_is_translated(language: str) -> None:
    messages = _messages(translations_dir() / f"berdaya_{language}.ts")
    assert len(messages) > 100
    for (context, source), message in messages.items():
        translation = message.find("translation")
        assert translation is not None, (context, source)
        assert translation.get("type") is None, (context, source, translation.get("type"))
        assert (translation.text or "").strip(), (context, source)
        if language == "en":
            assert translation.text == source, (context, source)
        # the placeholders filled in by the program survive the translation
        for token in ("{name}", "{date}", "{count}", "{code}", "{women}", "{men}", "{outside}"):
            assert (token in source) == (token in (translation.text or "")), (context, token)


def test_the_translations_cover_every_text_of_the_interface(tmp_path: Path) -> None:
    lupdate = shutil.which("pyside6-lupdate") or str(
        Path(sys.executable).with_name("pyside6-lupdate")
    )
    fresh = tmp_path / "fresh.ts"
    subprocess.run(
        [lupdate, "-extensions", "py", str(UI), "-ts", str(fresh), "-locations", "none"],
        check=True,
        capture_output=True,
    )
    wanted = set(_messages(fresh))
    assert len(wanted) > 100
    for language in LANGUAGES:
        missing = wanted - set(_messages(translations_dir() / f"berdaya_{language}.ts"))
        assert not missing, f"berdaya_{language}.ts lacks {sorted(missing)}"


def test_the_core_sentences_given_to_lupdate_are_current() -> None:
    """desktop/ui/issue_texts.py lists what the core's rules may say; a rule's new message
    must reach the catalogues (python scripts/issue_texts.py writes the list anew)."""
    script = Path(__file__).resolve().parents[2] / "scripts" / "issue_texts.py"
    done = subprocess.run(
        [sys.executable, str(script), "--check"], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stdout + done.stderr
