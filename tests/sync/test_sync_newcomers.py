"""A new device, or one claiming more villages, is a decision: refused with its claim until
someone accepts it; a refusal is remembered; the command line takes ``--accept-new``."""

from __future__ import annotations

from pathlib import Path

import pytest
from sync_support import (
    OTHER_VILLAGE,
    REGENCY,
    VILLAGE,
    add_person,
    bind,
    differences,
    dump_text,
    export,
    import_,
    people,
    snapshot,
)

from desktop.cli import main
from desktop.core.sync import trust


def _devices(database) -> dict[str, trust.TrustedDevice]:
    with database.session() as session:
        return {d.id.hex: d for d in trust.list_devices(session)}


def test_a_new_device_is_refused_with_its_claim_until_accepted(make_db, tmp_path: Path) -> None:
    village, office = make_db("village"), make_db("office")
    laptop = bind(village, VILLAGE)
    bind(office, REGENCY)
    add_person(village, "Siti")
    bundle = export(village, tmp_path / "desa.berdaya")
    before, dumped = snapshot(office), dump_text(office)

    for dry_run in (True, False):
        [summary] = import_(office, bundle, dry_run=dry_run, accept=())
        assert summary.status == "refused" and summary.claim is not None
        claim = summary.claim
        assert (claim.device, claim.label, claim.fingerprint) == (
            laptop.id.hex,
            laptop.label,
            laptop.fingerprint,
        )
        assert claim.is_new and claim.trusted == () and claim.wider == ()
        [place] = claim.places
        assert place.code == VILLAGE and place.name  # named from the official list
        assert "is not trusted here yet" in summary.message
        assert claim.grouped_fingerprint in summary.message and place.text() in summary.message
        assert summary.template.format(**dict(summary.values)) == summary.message
    assert differences(before, snapshot(office)) == []  # not even the device was recorded
    assert dump_text(office) == dumped

    [summary] = import_(office, bundle, accept=[laptop.id.hex])
    assert summary.status == "applied" and summary.new_rows >= 1 and summary.claim is None
    known = _devices(office)[laptop.id.hex]
    assert known.scope == (VILLAGE,) and not known.revoked
    add_person(village, "Budi")
    [later] = import_(office, export(village, tmp_path / "lagi.berdaya"), accept=())
    assert later.status == "applied"  # trusted now: nothing more to decide


def test_a_wider_claim_is_refused_then_accepted(make_db, tmp_path: Path) -> None:
    village, office = make_db("village"), make_db("office")
    laptop = bind(village, VILLAGE)
    bind(office, REGENCY)
    add_person(village, "Siti")
    [first] = import_(office, export(village, tmp_path / "1.berdaya"))
    assert first.status == "applied"
    bind(village, OTHER_VILLAGE)  # the facilitator now also works for the next village
    add_person(village, "Warga desa sebelah", village=OTHER_VILLAGE)
    wider = export(village, tmp_path / "2.berdaya")
    before = snapshot(office)

    [summary] = import_(office, wider, accept=())
    claim = summary.claim
    assert summary.status == "refused" and claim is not None and not claim.is_new
    assert [p.code for p in claim.trusted] == [VILLAGE]
    assert claim.wider == (OTHER_VILLAGE,)
    assert [p.code for p in claim.places] == [VILLAGE, OTHER_VILLAGE]
    assert "now claims" in summary.message and OTHER_VILLAGE in summary.message
    assert differences(before, snapshot(office)) == []

    [summary] = import_(office, wider, accept=[laptop.id.hex])
    assert summary.status == "applied"
    assert _devices(office)[laptop.id.hex].scope == (VILLAGE, OTHER_VILLAGE)


def test_a_refused_device_stays_refused_until_allowed_again(make_db, tmp_path: Path) -> None:
    village, office = make_db("village"), make_db("office")
    laptop = bind(village, VILLAGE)
    bind(office, REGENCY)
    add_person(village, "Siti")
    [asked] = import_(office, export(village, tmp_path / "1.berdaya"), accept=())
    assert asked.claim is not None
    with office.session() as session, session.begin():
        trust.refuse_device(session, claim=asked.claim)
    refused = _devices(office)[laptop.id.hex]
    assert refused.refused and "REFUSED" in refused.line()

    add_person(village, "Budi")
    second = export(village, tmp_path / "2.berdaya")
    before = snapshot(office)
    # refused at once, even when a script accepts every newcomer: the person said no
    [summary] = import_(office, second, accept=[laptop.id.hex])
    assert summary.status == "refused" and summary.claim is None
    assert summary.message == (
        f"“2.berdaya” was refused because device “{laptop.label}” "
        f"({laptop.fingerprint[:12]}) was refused here before."
    )
    assert differences(before, snapshot(office)) == []

    with office.session() as session, session.begin():
        trust.allow(session, laptop.id.hex)
    [again] = import_(office, second, accept=())  # the decision is asked for once more
    assert again.claim is not None and again.claim.is_new
    [summary] = import_(office, second, accept=[laptop.id.hex])
    assert summary.status == "applied" and people_named(office) >= {"Siti", "Budi"}


def people_named(database) -> set[str]:
    return {name for name, _deleted in people(database).values()}


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_the_command_line_refuses_newcomers_unless_told_to_accept_them(
    make_db, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    village, office = make_db("village"), make_db("office")
    laptop = bind(village, VILLAGE)
    bind(office, REGENCY)
    add_person(village, "Siti")
    bundle = export(village, tmp_path / "desa.berdaya")
    grouped = " ".join(laptop.fingerprint[i : i + 4] for i in range(0, 64, 4))

    assert main(["import", "--db", office.url, str(bundle)]) == 1
    said = capsys.readouterr().out
    assert f"device “{laptop.label}” (fingerprint {grouped})" in said
    assert VILLAGE in said and "--accept-new" in said
    assert "Siti" not in dump_text(office)

    assert main(["import", "--db", office.url, str(bundle), "--accept-new"]) == 0
    said = capsys.readouterr().out
    assert "1 new rows" in said and f"accepted device “{laptop.label}”" in said
    assert "Siti" in dump_text(office)

    # refused in the window (or by a script): listed, and undone from the command line
    with office.session() as session, session.begin():
        trust.revoke(session, laptop.id.hex)
    assert main(["trust", "list", "--db", office.url]) == 0
    assert "REVOKED" in capsys.readouterr().out
    assert main(["trust", "allow", laptop.fingerprint[:10], "--db", office.url]) == 0
    assert "allowed" in capsys.readouterr().out
    assert not _devices(office)[laptop.id.hex].revoked
