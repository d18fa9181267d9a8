"""Every bad bundle is refused in one clear sentence, and the database is left exactly as it was."""

from __future__ import annotations

import json
import uuid
import warnings
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sync_support import (
    OTHER_VILLAGE,
    REGENCY,
    VILLAGE,
    add_person,
    bind,
    differences,
    export,
    import_,
    import_one,
    snapshot,
)

from desktop.cli import main
from desktop.core.domain import GroupKind
from desktop.core.models import CommunityGroup
from desktop.core.sync import keys
from desktop.core.sync.checks import verify_file


def _members(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as zf:
        return {info.filename: zf.read(info) for info in zf.infolist()}


def _write(path: Path, entries: list[tuple[str, bytes]]) -> Path:
    with (
        warnings.catch_warnings(action="ignore", category=UserWarning),  # duplicate names
        zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zf,
    ):
        for name, data in entries:
            zf.writestr(zipfile.ZipInfo(name), data, compress_type=zipfile.ZIP_DEFLATED)
    return path


def _resign(
    source: Path,
    out: Path,
    key: Ed25519PrivateKey,
    *,
    manifest: Callable[[dict[str, Any]], None] | None = None,
    members: Callable[[dict[str, bytes]], None] | None = None,
    refresh_checksums: bool = True,
) -> Path:
    """A copy of a bundle with its content changed and signed again by ``key``."""
    import hashlib

    entries = _members(source)
    document = json.loads(entries.pop("manifest.json"))
    entries.pop("manifest.sig")
    if members is not None:
        members(entries)
    if refresh_checksums:
        for item in document["members"]:
            data = entries[item["name"]]
            item["sha256"] = hashlib.sha256(data).hexdigest()
            item["size"] = len(data)
            item["changes"] = len(data.splitlines())
        document["counts"]["changes"] = sum(m["changes"] for m in document["members"])
    if manifest is not None:
        manifest(document)
    raw = json.dumps(document, sort_keys=True).encode()
    return _write(out, [*entries.items(), ("manifest.json", raw), ("manifest.sig", key.sign(raw))])


def _flip(source: Path, out: Path) -> Path:
    data = bytearray(source.read_bytes())
    with zipfile.ZipFile(source) as zf:
        info = zf.getinfo("changes/000001.ndjson")
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    data[start + info.compress_size // 2] ^= 0x10
    out.write_bytes(bytes(data))
    return out


def test_every_bad_bundle_is_refused_and_the_database_is_untouched(make_db, tmp_path: Path) -> None:
    village, office, stranger = make_db("village"), make_db("office"), make_db("stranger")
    me = bind(village, VILLAGE)
    bind(office, REGENCY)
    bind(stranger, OTHER_VILLAGE)
    person_id = add_person(village, "Siti")
    with village.session() as session, session.begin():
        session.add(
            CommunityGroup(
                name="Kelompok Tani",
                kind=GroupKind.FARMERS,
                village_code=VILLAGE,
                contact_person_id=person_id,
            )
        )
    good = export(village, tmp_path / "good.berdaya")
    key = keys.load_private(me.id)
    assert key is not None
    # the village learns what the office has, so its next bundle builds on the first one
    assert import_one(office, good).status == "applied"
    import_one(village, export(office, tmp_path / "ack.berdaya"))
    add_person(village, "Budi")
    later = export(village, tmp_path / "later.berdaya")

    receiver = make_db("receiver")
    bind(receiver, REGENCY)
    with receiver.session() as session, session.begin():
        from desktop.core.sync.trust import add_from_bundle

        add_from_bundle(session, good)  # the village is known (trusted) here, nothing imported

    other_key = Ed25519PrivateKey.generate()
    out_of_scope_db = make_db("wanderer")
    bind(out_of_scope_db, VILLAGE)
    add_person(out_of_scope_db, "Orang desa lain", village=OTHER_VILLAGE)
    add_person(stranger, "Warga desa sebelah", village=OTHER_VILLAGE)
    stranger_bundle = export(stranger, tmp_path / "stranger.berdaya")
    stranger_key = keys.load_private(bind(stranger, OTHER_VILLAGE).id)
    assert stranger_key is not None

    def reach_into_village(entries: dict[str, bytes]) -> None:
        line = json.loads(entries["changes/000001.ndjson"].splitlines()[0])
        line[1], line[2], line[6] = person_id.hex, "name", json.dumps("Dicuri")
        entries["changes/000001.ndjson"] += json.dumps(line).encode() + b"\n"

    def dangling(entries: dict[str, bytes]) -> None:
        lines = entries["changes/000001.ndjson"].decode().splitlines()
        for index, raw in enumerate(lines):
            line = json.loads(raw)
            if line[2] == "contact_person_id":
                line[6] = json.dumps(str(uuid.uuid4()))
                lines[index] = json.dumps(line)
        entries["changes/000001.ndjson"] = ("\n".join(lines) + "\n").encode()

    def edit_lines(change: Callable[[list[list[Any]]], None]) -> Callable[[dict[str, bytes]], None]:
        def edit(entries: dict[str, bytes]) -> None:
            name = "changes/000001.ndjson"
            lines = [json.loads(raw) for raw in entries[name].splitlines()]
            change(lines)
            entries[name] = "".join(json.dumps(line) + "\n" for line in lines).encode()

        return edit

    def field_twice(lines: list[list[Any]]) -> None:
        lines.append(list(lines[len(lines) // 2]))

    def counter_as_text(lines: list[list[Any]]) -> None:
        lines[-1][5] = str(lines[-1][5])

    def row_moved_elsewhere(lines: list[list[Any]]) -> None:
        line = next(line for line in lines if line[2] == "village_code")
        line[6] = json.dumps(OTHER_VILLAGE)  # the change itself still names the own village

    def with_key(document: dict[str, Any]) -> None:
        document["sender"]["public_key"] = keys.encode_public(other_key.public_key())
        document["sender"]["fingerprint"] = keys.fingerprint(document["sender"]["public_key"])

    entries = list(_members(good).items())
    cases: dict[str, tuple[Path, str] | tuple[Path, str, Any]] = {
        "truncated": (
            _bytes(tmp_path / "cut.berdaya", good.read_bytes()[: good.stat().st_size // 2]),
            "is damaged or incomplete",
        ),
        "bit flipped": (_flip(good, tmp_path / "flip.berdaya"), "is damaged or incomplete"),
        "not a zip": (
            _bytes(tmp_path / "notes.berdaya", b"just some notes\n" * 10),
            "is not a Berdaya bundle",
        ),
        "parent path": (
            _write(tmp_path / "dotdot.berdaya", [*entries, ("../../evil.sh", b"x")]),
            "contains a file with an unsafe name ('../../evil.sh')",
        ),
        "absolute path": (
            _write(tmp_path / "abs.berdaya", [*entries, ("/etc/cron.d/evil", b"x")]),
            "contains a file with an unsafe name ('/etc/cron.d/evil')",
        ),
        "duplicate name": (
            _write(tmp_path / "dup.berdaya", [*entries, entries[0]]),
            f"holds two files named '{entries[0][0]}'",
        ),
        "unexpected member": (
            _write(tmp_path / "extra.berdaya", [*entries, ("setup.exe", b"MZ")]),
            "holds an unexpected file 'setup.exe'",
        ),
        "unlisted member": (
            _write(tmp_path / "unlisted.berdaya", [*entries, ("changes/000009.ndjson", b"[]\n")]),
            "holds a file its manifest does not list (changes/000009.ndjson)",
        ),
        "zip bomb": (
            _write(
                tmp_path / "bomb.berdaya", [*entries, ("changes/000002.ndjson", b"\0" * 30_000_000)]
            ),
            "would unpack far larger than any real bundle (a zip bomb)",
        ),
        "wrong checksum": (
            _resign(
                good,
                tmp_path / "sum.berdaya",
                key,
                manifest=lambda d: d["members"][0].update(sha256="0" * 64),
            ),
            "the checksum of changes/000001.ndjson does not match",
        ),
        "missing checksum": (
            _resign(
                good,
                tmp_path / "nosum.berdaya",
                key,
                manifest=lambda d: d["members"][0].pop("sha256"),
            ),
            "manifest: bad checksum",
        ),
        "changed content": (
            _resign(
                good,
                tmp_path / "edited.berdaya",
                key,
                members=lambda m: m.update(
                    {"changes/000001.ndjson": m["changes/000001.ndjson"].replace(b"Siti", b"Sita")}
                ),
                refresh_checksums=False,
            ),
            "the checksum of changes/000001.ndjson does not match",
        ),
        "bad signature": (
            _write(
                tmp_path / "sig.berdaya",
                [(n, d if n != "manifest.sig" else bytes([d[0] ^ 1]) + d[1:]) for n, d in entries],
            ),
            "its signature does not match its content",
        ),
        "missing signature": (
            _write(tmp_path / "nosig.berdaya", [e for e in entries if e[0] != "manifest.sig"]),
            "its signed manifest is missing",
        ),
        "changed key": (
            _resign(good, tmp_path / "key.berdaya", other_key, manifest=with_key),
            "is signed with another key",
        ),
        "newer format": (
            _resign(good, tmp_path / "v2.berdaya", key, manifest=lambda d: d.update(version=2)),
            "was made by a newer Berdaya (bundle format 2)",
        ),
        "out of scope": (
            export(out_of_scope_db, tmp_path / "scope.berdaya"),
            "may only change 32.01.01.1001, but it changes rows of other villages: people ",
        ),
        "another village's row": (
            _resign(
                stranger_bundle,
                tmp_path / "reach.berdaya",
                stranger_key,
                members=reach_into_village,
            ),
            "changes rows that belong to another village: people ",
            office,  # which has that row
        ),
        "a field twice": (
            _resign(good, tmp_path / "twice.berdaya", key, members=edit_lines(field_twice)),
            "is damaged or incomplete (a malformed or repeated change)",
        ),
        "a counter as text": (
            _resign(good, tmp_path / "text.berdaya", key, members=edit_lines(counter_as_text)),
            "is damaged or incomplete (a malformed change)",
        ),
        "a row's village changed": (
            _resign(good, tmp_path / "moved.berdaya", key, members=edit_lines(row_moved_elsewhere)),
            "may only change 32.01.01.1001, but it changes rows of other villages: ",
        ),
        "dangling reference": (
            _resign(good, tmp_path / "dangling.berdaya", key, members=dangling),
            "could not be merged because its rows clash with rows here",
        ),
        "missing earlier changes": (
            later,
            f"builds on changes 1 to {_first(later) - 1} "
            f"of device “{me.label}” ({me.fingerprint[:12]})",
        ),
    }
    problems = []
    for name, (path, expected, *where) in cases.items():
        target = where[0] if where else receiver
        before = snapshot(target)
        [summary] = import_(target, path)
        after = snapshot(target)
        if summary.status != "refused" or expected not in summary.message:
            problems.append(f"{name}: {summary.status}: {summary.message}")
        elif "\n" in summary.message or summary.message.count(". ") > 0:
            problems.append(f"{name}: not one sentence: {summary.message}")
        elif summary.template.format(**dict(summary.values)) != summary.message:
            problems.append(f"{name}: template {summary.template!r} does not give the message")
        elif ("file", path.name) not in summary.values or path.name in summary.template:
            problems.append(f"{name}: the file name is not a value: {summary.template!r}")
        if before != after:
            problems.append(f"{name}: the database changed: {differences(before, after)}")
    assert problems == []
    # the same files are refused by verify, which needs no database (trust aside)
    for name in ("truncated", "zip bomb", "bad signature", "out of scope", "newer format"):
        assert main(["verify", str(cases[name][0])]) == 1, name
    assert verify_file(good).change_count > 0
    assert import_one(receiver, good).status == "applied"  # and good ones still go in


def _bytes(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def _first(path: Path) -> int:
    with zipfile.ZipFile(path) as zf:
        manifest = json.loads(zf.read("manifest.json"))
    return min(r["first"] for r in manifest["ranges"] if r["first"] > 1)


def test_an_unknown_receiver_is_a_clear_error(make_db, tmp_path: Path, capsys) -> None:
    village = make_db("village")
    bind(village)
    code = main(
        [
            "export",
            "--db",
            village.url,
            "--out",
            str(tmp_path / "x.berdaya"),
            "--to",
            str(uuid.uuid4()),
        ]
    )
    assert code == 1
    assert "is known here; use --full" in capsys.readouterr().err


def test_a_refusal_keeps_its_template_and_values(make_db, tmp_path: Path) -> None:
    """What a window translates: the English template and the values, which give back the
    sentence the command line prints."""
    from desktop.core.sync.bundle import read_structure
    from desktop.core.sync.errors import BundleRefused, SyncError
    from desktop.core.sync.export import export_bundle

    notes = _bytes(tmp_path / "catatan.berdaya", b"just some notes\n" * 10)
    try:
        read_structure(notes)
    except BundleRefused as exc:
        refused = exc
    assert refused.template == "“{file}” is not a Berdaya bundle (it is not a bundle file at all)."
    assert refused.values == (("file", "catatan.berdaya"),)
    assert str(refused) == refused.template.format(file="catatan.berdaya")

    village = make_db("village")
    bind(village)
    stranger = str(uuid.uuid4())
    try:
        export_bundle(village, tmp_path / "x.berdaya", to=stranger)
    except SyncError as exc:
        unknown = exc
    assert unknown.template.startswith("No device {device} is known here")
    assert dict(unknown.values) == {"device": stranger}
    assert str(unknown) == unknown.template.format(device=stranger)
    # a sentence without values is its own template, braces and all
    assert str(SyncError("{not a placeholder}")) == "{not a placeholder}"
