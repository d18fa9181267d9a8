"""What an office has received from its villages: which villages have a device of their own, and
when each bundle their devices sent was made (the sending status and the reporting rate)."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.core.domain import DeviceKind
from desktop.core.models import AppliedBundle, Device, DeviceScope
from desktop.core.office.tallies import in_area

VILLAGE_DOTS = 3  # a village code: province.regency.district.village


def village_devices(session: Session, area: str | None) -> set[str]:
    """The villages of ``area`` that a village device works for."""
    return {
        code
        for code in session.scalars(
            select(DeviceScope.code)
            .join(Device, Device.id == DeviceScope.device_id)
            .where(Device.kind == DeviceKind.VILLAGE, in_area(DeviceScope.code, area))
            .distinct()
        )
        if code.count(".") == VILLAGE_DOTS  # a scope a bundle named may be anything
    }


def bundles_made(session: Session, area: str | None) -> dict[str, list[dt.datetime]]:
    """For each village of ``area``, when each bundle received from a village device working for
    it was made (its manifest's time; when it was imported, for bundles imported before that
    was kept), oldest first. An office's own bundles, and this database's, never count."""
    made = func.coalesce(AppliedBundle.created_at, AppliedBundle.applied_at)
    found: dict[str, list[dt.datetime]] = defaultdict(list)
    for code, moment in session.execute(
        select(DeviceScope.code, made)
        .select_from(AppliedBundle)
        .join(Device, Device.id == AppliedBundle.sender_id)
        .join(DeviceScope, DeviceScope.device_id == Device.id)
        .where(Device.kind == DeviceKind.VILLAGE, in_area(DeviceScope.code, area))
        .order_by(DeviceScope.code, made)
    ):
        found[code].append(moment)
    return dict(found)
