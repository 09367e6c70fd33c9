"""Stored forms of the past (issue 13: an `as_of` read of one record within 2x of a plain read).

A GET of a record is served from its stored form (api/services/stored.py), the bytes its last write
assembled. Every write that replaces or removes a stored form, the record's own or a referrer's re-rendered
because a name it shows changed, first keeps the outgoing bytes here (stored_past, migrations/0085) with the
range of changes they were the answer for: from the revision that stored them (`since`, noted on the stored
form itself) up to, not including, the one that replaced them (`until`). An `as_of` read of one record is then
the stored form that was the answer at the moment: one indexed read of bytes, exactly what GET answered then.

Where no kept form answers (one stored before this was kept, or by another FORM, or a record that did not
exist or was deleted at the moment) the read puts the past back and assembles it (api/services/past.py), as
before: the kept forms are a faster road to the same answer, never the only one, so they are not exported and
can be dropped at any time. A FORM bump drops those of the old form (they show an older representation).

A redaction (records.redact) deletes every kept form that was the answer while the redacted content was the
record's, of any record (one embedding its name too): reads as of then put back, and meet the redaction.
"""
from .. import revision_sql


def keep(kind_name, ids, revision_id):
    """Before revision `revision_id` replaces or removes the stored forms of these records: keep them."""
    if ids:
        revision_sql.keep_past_forms(kind_name, list(ids), revision_id)


def answer(kind_name, record_id, moment_id, form):
    """(JSON bytes, ETag) of the full form GET answered for the record at revision `moment_id`, or None if no
    stored form (current or kept, of `form`) is known to have been the answer then."""
    return revision_sql.form_as_of(kind_name, record_id, moment_id, form)


def forget_redacted(kind_name, record_id, version):
    """After revision `version` of a record was redacted: delete every kept form that was the answer while
    that version was the record's content."""
    first, end = revision_sql.revision_span(kind_name, record_id, version)
    if first is not None:
        revision_sql.forget_past_forms(first, end)


def forget_until(revision_id=None):
    """Delete the kept forms replaced at or before revision `revision_id` (None: all): (how many, bytes)."""
    return revision_sql.forget_kept_until(revision_id)


def forget_other_forms(form):
    revision_sql.forget_other_forms(form)
