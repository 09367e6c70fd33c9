"""A treaty status change's reason, the actors it blames, the events it cites and its unnamed claimants as
responses show them (issue 10, cond30, migrations/0103; schemas/status_reasons.py). representations.py's
status history adds these to each entry; entries stored before show null and empty lists."""
from schemas.agreement_terms import period_as_shown

from . import jsonio


def extension(row):
    """An extension's period as stored (JSON, migrations/0017) -> as shown: its qualifier null if stored before
    periods38."""
    return period_as_shown(jsonio.loads(row["extension"])) if row.get("extension") is not None else None


def status_reason_parts(row):
    return {"reason": row.get("reason"), "reason_words": row.get("reason_words"),
            "blamed_actors": jsonio.loads(row.get("blamed_actor_ids") or "[]"),
            "cited_events": jsonio.loads(row.get("cited_event_ids") or "[]"),
            "claimant_words": row.get("claimant_words"), "claimant_kind": row.get("claimant_kind"),
            "claimant_country": row.get("claimant_country")}
