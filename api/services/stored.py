"""Records as they were stored (issue 14): each live record's full representation, as the JSON bytes GET
answers, and its ETag, kept in stored_record (migrations/0038) by every write, in the write's transaction.

A GET of a record without include= or fields= is then one indexed read of bytes (`served`); shapes that many
reads ask (an event's include=participants) are stored as well (api/services/stored_shapes.py), and fields=
is cut from either. Assembling a
record stays the definition (api/representations.py): a stored form is what assembly gave when the record,
or something it embeds, last changed, and tests/test_stored_forms.py holds the two equal after every kind of
write on every kind.

What a record embeds of another (an event's participants' names, a statement's treaty and provision) is
what `refs.SEEN` lists of that other kind. A write that changes those fields re-renders the live records that
refer to the one written (`follow`, api/services/stored_follow.py, through the kinds' referrer map), in the
same transaction and in batches (docs/performance.md, "Stored forms", measured it: 1.4 s for an actor 20,000
events name). A record only ever embeds what it refers to, and a statement embeds another statement's
speaker's name: so a re-rendered statement whose seen fields changed is followed in turn.

`FORM` names the representation the stored forms were made by. A change to how records are assembled (a
new field shown, a migration filling a column the representation reads) bumps it: rows of another form are
never served (reads assemble instead), and `refresh` (api/services/stored_rebuild.py), which every migrate
runs, makes them again (docs/contributing.md).
"""
import contextlib
import contextvars
from functools import cache

from .. import db, jsonio, sql, write_sql
from ..http import record_etag
from ..models import StoredRecord
from ..representations import FULL
from . import stored_past, stored_shapes

COLUMNS = ("kind", "record_id", "form", "etag", "body")   # of stored_record, in the order rows give them

FORM = 65   # 2: migrations/0040 (figures, claims, provisions and statements show new fields); 3: 0042 (places as
#          reported: further places, figures, place relations and sources show new fields); 4: 0043 (statements,
#          treaties and implementation entries show new fields); 5: 0047 (timing); 6: 0048 (figures' equipment
#          and whom they count, sites hit); 7: 0049 (unnamed claimants in words, statements said during an
#          event and hedged, sources' country and owner, claimed party entries and provisions); 8: 0052
#          (actors' places: where an actor is based); 9: 0053 (figures' held_as and holders); 10: 0054 (timing
#          names a status change or an occasion; implementation entries may be undated); 11: 0058 (treaties
#          show where they were signed); 12: 0061 (treaties' unidentified); 13: 0057 (events show date_end_part,
#          claims as_of_part); 14: 0059 (memberships and treaty links
#          show claimant and sources, sources the sources they carry); 15: 0062 (figures' inflicters,
#          as_of_precision, further places' distances); 16: 0064 (figures' certainty, period_event); 17: 0066
#          (statements' about_treaties show link); 18: 0063 (statements'
#          time_qualifier and live); 19: 0065 (claims' type and mode, deadlines' and actor
#          relations' unnamed claimants in words); 20: 0067 (statements' other_languages, sources'
#          leaks and datelines, actors' age and occupation, events' travel means); 21: 0069 (statements'
#          refusals, not_agreed, not_said; requests' and offers' within); 22: 0070 (figures'
#          revised_after_event, period_until_event and travel_means, claims' control_share); 23: 0068 (events'
#          occurrence and occasion_timing, claims' occurrence); 24: 0071 (events' service_disruptions and ending);
#          25: 0073 (implementation entries' reason); 26: 0074 (every claim's as_of_precision, actors'
#          valid_from_precision and valid_to_precision, figures' claimant_hedge); 27: 0075 (events' outcome,
#          positions' left_how, left_words and vacant_as_of, sources' cites_in_part_sources); 28: 0076 (events'
#          aliases and extent, claims' since_event and more_equipment, memberships' changes, positions' since_event and
#          until_event), 0077 (statements' announcements, pledges, threats, intentions, acts' about_actors,
#          conditions' event and outcome, events' and statements' date_relative, reported dates' relative), 0078
#          (actor relations' proportion, provisions' pace, actors' member_count and member_count_as_of, status
#          changes' occasion_timing) and 0079 (event claims' claimants); 29: 0081 (statements' speaker_words
#          and speaker_part, acts' refrain and actor_part), 0082 (actor relations' designation) and 0083 (events'
#          recurrence, figures' comparison_degree); 30: 0087 (a week's EDTF as its days; sources'
#          other_dateline_places as places, not IDs); 31: 0086 (actors, places, events, treaties and statements
#          show their property values); 32: 0088 (property values' as_of_precision); 33: 0092 (actors' aims);
#          34: 0091 (statements' about_figure_ids and speaker_hedge, sources' reporting_places, acts' modality,
#          figures' age qualifier); 35: 0090 (provisions' not_set and places not named, conditions' act and
#          against, implementation entries' places and extent, parties' agreed_by); 36: 0094 (event claims' outcome,
#          legal actions' in_force_as_of); 37: 0095 (figures' comparison_by, comparison_by_vague, as_of_time;
#          acts' proportion and for_treaty; status entries' de_facto); 38: 0096 (a treaty with no dates reads
#          date_precision null; provisions' covered groups); 39: 0099 (events' covers, legal actions'
#          in_force_as_of_precision and in_force_as_of_bound); 40: acts28 (acts' places and equipment), 0097
#          (statements with no speaker); 41: 0100 (implementation entries' claimant words and places as reported,
#          conditions' between_actors, for_treaty, statement, act_list, act_index); 42: 0098 (actors' figures;
#          figures' as_of_end, registration, registered_with, items); 43: 0101 (acts' phase; figures'
#          verification_source and additional; statements' recurrence); 44: 0104 (events' sites_near); 45: cond30
#          (conditions' connective, acts' condition_indexes, 0103: status changes' reason and claimant words); 46:
#          0102 (statements' reasons, predictions, novelty, novelty_words, date_part; acts' reasons); 47: 0108
#          (figures' as_of_relative); 48: 0107
#          (acts' target_actors, target_groups, target_words; conditions' actor_words; provisions' and treaty
#          links' claimant_words, claimant_kind, claimant_country); 49: 0106
#          (every relation between records shows its claim: claimant, attribution, verification, note, sources,
#          claimant words, degree); 50: 0109 (events' novelty, novelty_words, alert_level, alert_level_words;
#          event claims' delay); 51: agree32, 0111 (treaties' agreed_at; acts' term; provisions' and
#          treaties' terms show initial); 52: 0110 (figures' status and other_inflicted_with; actors' and
#          places' aliases with who uses them; place relations' actor and and_actor); 53: figs33, 0113
#          (provision figures' actor_ids; figures' independent_count and activity_when_hit); 54: agree33,
#          0114 (event claims', figures' and statements' evidence; statements' addressee_words; acts' primary and
#          places' distances; not_said items' action); 55: places34, 0117
#          (events' action and place_part; places' declared_by; actor relations' place; equipment items' name
#          and flag_country); 56: claims34, 0115
#          (provision actors' and service disruptions' claim, actor places' claimant words, event claims' as_of_end
#          and as_of_bound, positions' scheduled_until, figures' conditions, stated reasons' reason_for); 57: events33, 0112 (events'
#          issues; event claims' treatment and treatment_words; covers items' issued_by; relations' elapsed
#          counted_from and counted_to); 58: vocab34, 0116
#          (figures' other_causes and lacked; legal actions' issued_on and issued_on_precision); 59: treaties35,
#          0118 (provisions' proportion, provision actors' actor_part, provision places' as_of, conditions'
#          within and deadline); 60: acts35, 0120 (acts' subject_types; events' issues items' actors and event);
#          61: places35, 0119 (places' terrain; place relations' travel_time and travel_mode; statements'
#          accompanied_by_actors); 62: treaties37, 0122 (provisions' degree; participation changes'
#          covers_proportion and provisions; an undated reported date's precision unknown); 63: statements37
#          (predictions' treaty, treaty_outcome, actors and actor_outcome; acts' treaty); 64: periods38 (every
#          period's qualifier: deadlines, terms, conditions, phases, extensions, acts' terms, travel times);
#          65: 0124 (the EDTF of a side in a part of a month or year is its month or year)
BATCH = 500   # records assembled at a time by a rebuild or a re-render


# The revision a write is recording while it stores forms (records.py, `written_by`): the forms it replaces or
# removes are kept as the past's first (api/services/stored_past.py), and those it stores note it as `since`.
# Outside a write (a rebuild, a FORM refresh, a restore) a form is stored again for the same content: `since`
# stays what it was.
_written_by = contextvars.ContextVar("stored_forms_written_by", default=None)


@contextlib.contextmanager
def written_by(revision_id):
    """Within this block, stored forms are replaced or removed by the write recording `revision_id`."""
    token = _written_by.set(revision_id)
    try:
        yield
    finally:
        _written_by.reset(token)


def keep(kind_name, rows):
    """Store these (record ID, ETag, JSON bytes) as kind's stored forms of this FORM (see `written_by`)."""
    revision_id = _written_by.get()
    if not rows:
        return
    if revision_id is None:
        params = [value for i, etag, body in rows for value in (kind_name, i, FORM, etag, body)]
        write_sql.upsert("stored_record", COLUMNS, ("kind", "record_id"), params)
        return
    stored_past.keep(kind_name, [i for i, _, _ in rows], revision_id)
    params = [value for i, etag, body in rows for value in (kind_name, i, FORM, etag, body, revision_id)]
    write_sql.upsert("stored_record", COLUMNS + ("since",), ("kind", "record_id"), params)


def _save(kind_name, representations):
    rows = []
    for record in representations:
        body = jsonio.dumps(record)
        rows.append((record["id"], record_etag(record["version"], body), body))
    keep(kind_name, rows)


def store(kind, *records):
    """Keep `records` (full representations, as a write just assembled them) as kind's stored forms, and
    their common shapes (assembled from their rows again: a write stores one record)."""
    _save(kind.name, records)
    if kind.name in stored_shapes.COMMON and records:
        stored_shapes.save(kind, sql.records_by_ids(kind.model, [r["id"] for r in records], live=True), FORM)


def forget(kind, record_id):
    """A deleted record has no stored form: GET answers 410 from the record's own row."""
    if _written_by.get() is not None:
        stored_past.keep(kind.name, [record_id], _written_by.get())
    StoredRecord.delete().where((StoredRecord.kind == kind.name) & (StoredRecord.record_id == record_id)).execute()
    stored_shapes.forget(kind.name, record_id)


# Set while a read answers as of a past moment that had to put records back (services/past.py): the stored
# forms then show the present, not that moment, so every record is assembled from the rows put back.
_set_aside = contextvars.ContextVar("stored_forms_set_aside", default=False)


@contextlib.contextmanager
def set_aside():
    """Within this block no stored form is served: records are assembled (services/past.py)."""
    token = _set_aside.set(True)
    try:
        yield
    finally:
        _set_aside.reset(token)


@cache
def _served_text(param):
    return f"SELECT body, etag FROM stored_record WHERE kind = {param} AND record_id = {param} AND form = {param}"


def _stored_shape(kind_name, shape):
    """The stored shape (FULL, or a common one) that `shape` is, or is cut from by fields=; None if none."""
    if shape.include is None:
        return FULL
    return stored_shapes.common(kind_name, shape.include)


def served(kind_name, record_id, shape=FULL):
    """(JSON bytes, ETag) of a live record as stored in `shape` (FULL, or a common shape without fields=), or
    None (not stored in that shape, no such live record, a stale form, or set aside)."""
    if _set_aside.get() or shape.fields is not None:
        return None
    if shape.include is not None:
        common = stored_shapes.common(kind_name, shape.include)
        return stored_shapes.served(kind_name, common, record_id, FORM) if common is not None else None
    found = sql.rows(_served_text(db.database.param), (kind_name, record_id, FORM))
    return (bytes(found[0][0]), found[0][1]) if found else None


def cut(kind_name, record_id, shape):
    """A live record in `shape` with fields=, cut from the stored shape it is a part of; None if none."""
    whole = _stored_shape(kind_name, shape) if shape.fields is not None else None
    found = served(kind_name, record_id, whole) if whole is not None else None
    return shape.trim(jsonio.loads(found[0])) if found is not None else None


def bodies(kind_name, ids, shape=FULL):
    """{id: JSON bytes} of the stored forms of this FORM of these records in `shape` (FULL or a common one;
    one query per BATCH)."""
    found = {}
    if _set_aside.get():
        return found
    if shape.include is not None:
        return stored_shapes.bodies(kind_name, shape, ids, FORM, BATCH)
    for start in range(0, len(ids), BATCH):
        chunk = ids[start:start + BATCH]
        found.update((i, bytes(body)) for i, body in sql.rows(
            f"SELECT record_id, body FROM stored_record WHERE kind = {db.database.param} AND form = "
            f"{db.database.param} AND record_id IN ({sql.marks(len(chunk))})", [kind_name, FORM, *chunk]))
    return found


def shaped(kind, rows, shape, raw=False):
    """The representations of the live records of these row dicts (api/sql.py), in their order, shaped by
    `shape`: cut from their stored forms when `shape` embeds every relation or is a common shape
    (stored_shapes.COMMON; fields= keeps some of their top-level fields, as assembling does), else assembled. `raw`: a stored form as it is, pre-serialised JSON
    (jsonio.Fragment) that the response's JSON embeds without parsing it, when no field is cut. A record
    without a current stored form is assembled."""
    whole = _stored_shape(kind.name, shape)
    if whole is None or not rows:
        return kind.represent(rows, shape)
    found = bodies(kind.name, [row["id"] for row in rows], whole)
    missing = [row for row in rows if row["id"] not in found]
    assembled = {record["id"]: record for record in kind.represent(missing, shape)} if missing else {}
    if raw and shape.fields is None:
        return [jsonio.Fragment(found[row["id"]]) if row["id"] in found else assembled[row["id"]] for row in rows]
    return [shape.trim(jsonio.loads(found[row["id"]])) if row["id"] in found else assembled[row["id"]]
            for row in rows]


def in_order(kind, ids, shape, raw=False):
    """As `shaped`, from record IDs in their order rather than rows: the records whose stored form (in
    `shape`, or the stored shape it is cut from) is current are never read, the others (none, unless a
    FORM changed) assembled from their rows; an ID with no live record is left out. None when `shape` is
    not served from what is stored. `raw` (an NDJSON export, which writes each as a line): a stored form as
    its JSON bytes, as they are."""
    whole = _stored_shape(kind.name, shape)
    if whole is None or _set_aside.get():
        return None
    found = bodies(kind.name, list(ids), whole)
    missing = [i for i in ids if i not in found]
    assembled = ({record["id"]: record for record in kind.represent(
        sql.records_by_ids(kind.model, missing, live=True), shape)} if missing else {})
    if raw and shape.fields is None:
        return [found[i] if i in found else assembled[i] for i in ids if i in found or i in assembled]
    return [shape.trim(jsonio.loads(found[i])) if i in found else assembled[i]
            for i in ids if i in found or i in assembled]


def render(kind, ids, shapes=True):
    """Assemble the live records of `kind` with these IDs again and store them (with `shapes`, in their
    common shapes too); returns how many."""
    ids, done = list(ids), 0
    for start in range(0, len(ids), BATCH):
        rows = sql.records_by_ids(kind.model, ids[start:start + BATCH], live=True)
        records = kind.represent(rows)
        _save(kind.name, records)
        if shapes:
            stored_shapes.save(kind, rows, FORM)
        done += len(records)
    return done

def any_form_bodies(kind_name, ids):
    """(id, JSON bytes) of the stored forms of these records, of whatever FORM (one query per BATCH)."""
    for start in range(0, len(ids), BATCH):
        chunk = ids[start:start + BATCH]
        yield from sql.rows(f"SELECT record_id, body FROM stored_record WHERE kind = {db.database.param} AND "
                            f"record_id IN ({sql.marks(len(chunk))})", [kind_name, *chunk])


# What refers to a written record is stored again (stored_follow.py), and every stored form can be made anew
# (stored_rebuild.py): modules of their own, reading FORM, BATCH and the functions above from this module
# when they run (so a bumped FORM reaches them). Callers keep calling them here: import this module, not them.
from .stored_follow import _patched, follow, seen  # noqa: E402,F401
from .stored_rebuild import differences, rebuild, refresh  # noqa: E402,F401
