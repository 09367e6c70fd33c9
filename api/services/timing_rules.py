"""A timing that names a status history entry (`status_change_id`, mend-when) must name an entry of the treaty
it times against, of the status it says. Checked here because the timing is stored whole as JSON with its link.
Each returns a list of (path, message), like rules.py."""
from ..models import TreatyStatusChange


def _timings(data, kind, record_id):
    """(path, treaty ID, timing) for each timing of a write that names a status change."""
    if kind == "treaties":
        found = [(("provisions", i, "implementation", j, "timing", "status_change_id"), record_id, entry["timing"])
                 for i, provision in enumerate(data.get("provisions") or [])
                 for j, entry in enumerate(provision.get("implementation") or []) if entry.get("timing")]
    else:
        key = "treaties" if kind == "events" else "about_treaties"
        found = [((key, i, "timing", "status_change_id"), link["treaty_id"], link["timing"])
                 for i, link in enumerate(data.get(key) or []) if link.get("timing")]
    return [(path, treaty, timing) for path, treaty, timing in found if timing.get("status_change_id")]


def named_status_changes(kind, record_id, data):
    timings = _timings(data, kind, record_id)
    if not timings:
        return []
    entries = {ident: (treaty, status) for ident, treaty, status in TreatyStatusChange.select(
        TreatyStatusChange.id, TreatyStatusChange.treaty, TreatyStatusChange.status).where(
        TreatyStatusChange.id.in_([t["status_change_id"] for _, _, t in timings])).tuples()}
    problems = []
    for path, treaty, timing in timings:
        ident = timing["status_change_id"]
        if treaty is None or entries.get(ident, (None,))[0] != treaty:
            problems.append((path, f"No status_history entry with id {ident} in treaty {treaty}."))
        elif timing.get("status") and entries[ident][1] != timing["status"]:
            problems.append((path, f"Entry {ident} is a change to {entries[ident][1]}, not {timing['status']}."))
    return problems
