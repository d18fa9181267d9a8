"""Fuzzing the bundle reader: mutated bundles, signed again with the sender's own key (which the
receiver trusts), so that the mutations reach the parser instead of stopping at the signature.

Every outcome must be a clean import or a refusal in one sentence, and a refused import must
leave the database byte for byte as it was. Runs on SQLite only (the reader is the same for
both databases; the refusals are tested on PostgreSQL in test_sync_refusals)."""

from __future__ import annotations

import hashlib
import json
import shutil
import warnings
import zipfile
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sync_support import (
    REGENCY,
    DatabaseFactory,
    add_person,
    bind,
    differences,
    edit_person,
    export,
    import_,
    snapshot,
)

from desktop.core.db import Database, sqlite_path
from desktop.core.sync.identity import local_identity

CHANGES = "changes/000001.ndjson"

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(2**70), 2**70)
    | st.floats(allow_nan=False)
    | st.text(max_size=40),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner),
    max_leaves=6,
)
member_names = st.sampled_from(
    [
        "manifest.json",
        "manifest.sig",
        CHANGES,
        "changes/000002.ndjson",
        "../evil",
        "/etc/passwd",
        "blobs/" + "0" * 64,
        "changes/1.ndjson",
        "x",
    ]
)


class Setup:
    """A village with a few people, its bundle, and an office that trusts the village's key."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.factory = DatabaseFactory(f"sqlite:///{folder / 'db.sqlite'}", folder)
        village = self.factory.new("village")
        bind(village)
        first = add_person(village, "Siti", phone="0811")
        add_person(village, "Wayan")
        self.office = self.factory.new("office")
        bind(self.office, REGENCY)
        # the office knows the village's key from an earlier bundle
        import_(self.office, export(village, folder / "earlier.berdaya"))
        edit_person(village, first, name="Siti Aminah", birth_year=1980)
        add_person(village, "Made")
        self.bundle = export(village, folder / "next.berdaya")
        with village.engine.connect() as conn:
            self.key: Ed25519PrivateKey = local_identity(conn).key
        village.dispose()
        path = sqlite_path(self.office.url)
        assert path is not None
        self.office_path = path
        self.office.dispose()
        self.saved = folder / "office-saved"
        self.saved.mkdir()
        for file in folder.glob(path.name + "*"):
            shutil.copy2(file, self.saved / file.name)
        self.before = snapshot(self.office)
        with zipfile.ZipFile(self.bundle) as zf:
            self.members = {i.filename: zf.read(i) for i in zf.infolist()}

    def restore(self) -> None:
        """The office as it was before an import that went through."""
        self.office.dispose()
        for file in self.folder.glob(self.office_path.name + "*"):
            file.unlink()
        for file in self.saved.iterdir():
            shutil.copy2(file, self.folder / file.name)


@pytest.fixture(scope="module")
def setup(tmp_path_factory: pytest.TempPathFactory) -> Any:
    made = Setup(tmp_path_factory.mktemp("fuzz"))
    yield made
    made.factory.close()


def _sign(manifest: dict[str, Any], key: Ed25519PrivateKey) -> tuple[bytes, bytes]:
    raw = json.dumps(manifest, sort_keys=True).encode()
    return raw, key.sign(raw)


def _build(setup: Setup, data: st.DataObject, out: Path) -> None:
    """One mutated bundle, written to ``out``."""
    members = dict(setup.members)
    manifest = json.loads(members.pop("manifest.json"))
    members.pop("manifest.sig")
    extra: list[tuple[str, bytes]] = []
    kind = data.draw(
        st.sampled_from(["lines", "json", "manifest", "members", "bits", "truncate"]), label="kind"
    )
    if kind in ("lines", "json"):
        lines = [json.loads(line) for line in members[CHANGES].splitlines()]
        if kind == "lines":
            index = data.draw(st.integers(0, len(lines) - 1))
            action = data.draw(st.sampled_from(["drop", "twice", "swap", "raw"]))
            if action == "drop":
                del lines[index]
            elif action == "twice":
                lines.insert(index, lines[index])
            elif action == "swap":
                lines[0], lines[index] = lines[index], lines[0]
            text = "\n".join(json.dumps(line) for line in lines) + "\n"
            if action == "raw":
                text = data.draw(st.text(max_size=60)) + text
        else:
            for _ in range(data.draw(st.integers(1, 3))):
                line = lines[data.draw(st.integers(0, len(lines) - 1))]
                position = data.draw(st.integers(0, 8))
                if position == 8:
                    line.append(data.draw(json_values))
                else:
                    line[position] = data.draw(
                        json_values
                        | st.sampled_from(
                            ["people", "name", "groups", "32.01.01.1002", "0" * 32, '"x"']
                        )
                        | st.integers(-1, 10**6)
                    )
            text = "\n".join(json.dumps(line) for line in lines) + "\n"
        members[CHANGES] = text.encode("utf-8", "surrogatepass")
        if data.draw(st.booleans(), label="fix checksums"):
            for item in manifest["members"]:
                body = members[item["name"]]
                item.update(
                    sha256=hashlib.sha256(body).hexdigest(),
                    size=len(body),
                    changes=len(body.splitlines()),
                )
            manifest["counts"]["changes"] = sum(m["changes"] for m in manifest["members"])
    elif kind == "manifest":
        for _ in range(data.draw(st.integers(1, 3))):
            target: Any = manifest
            path = data.draw(
                st.sampled_from(
                    [
                        ("version",),
                        ("bundle_id",),
                        ("ranges",),
                        ("knowledge",),
                        ("members",),
                        ("blobs",),
                        ("counts",),
                        ("sender", "device_id"),
                        ("sender", "scope"),
                        ("sender", "label"),
                        ("sender", "kind"),
                        ("to",),
                        ("format",),
                    ]
                )
            )
            for step in path[:-1]:
                target = target[step]
            if data.draw(st.booleans()):
                target.pop(path[-1], None)
            else:
                target[path[-1]] = data.draw(json_values)
    elif kind == "members":
        name = data.draw(st.sampled_from(sorted(members)))
        if data.draw(st.booleans()):
            members[data.draw(member_names)] = members.pop(name)
        else:
            extra.append((data.draw(member_names), members[name]))
    raw, signature = _sign(manifest, setup.key)
    entries = [*members.items(), ("manifest.json", raw), ("manifest.sig", signature), *extra]
    with (
        warnings.catch_warnings(action="ignore", category=UserWarning),  # duplicate names
        zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as zf,
    ):
        for name, body in entries:
            zf.writestr(zipfile.ZipInfo(name), body, compress_type=zipfile.ZIP_DEFLATED)
    if kind == "bits":
        body = bytearray(out.read_bytes())
        for _ in range(data.draw(st.integers(1, 4))):
            at = data.draw(st.integers(0, len(body) - 1))
            body[at] ^= 1 << data.draw(st.integers(0, 7))
        out.write_bytes(bytes(body))
    elif kind == "truncate":
        body = out.read_bytes()
        out.write_bytes(body[: data.draw(st.integers(0, len(body) - 1))])


@settings(
    max_examples=300,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_mutated_bundles_import_cleanly_or_are_refused_in_one_sentence(
    setup: Setup, data: st.DataObject
) -> None:
    out = setup.folder / "mutated.berdaya"
    _build(setup, data, out)
    database: Database = setup.office
    [summary] = import_(database, out, accept=())  # the office trusts the village already
    if summary.status == "refused":
        message = summary.message
        assert message.endswith(".") and "\n" not in message and "Traceback" not in message
        assert message.count(". ") <= 1, message  # one sentence (a file name may hold a dot)
        assert differences(setup.before, snapshot(database)) == [], message
    else:
        assert summary.status in ("applied", "skipped")
        setup.restore()
