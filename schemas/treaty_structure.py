"""A treaty's structure over time: parties' dated participation, the dated status history (each change a
claim), and relations to other treaties. TreatyIn and PartyIn (schemas/treaties.py) nest these.

The rules that tie them to the record's top-level fields (docs/api.md, "Treaty structure over time"):
- dated entries of a history (the status history, one party's participation) are listed in the order they
  happened: a dated entry may not be dated before an earlier dated entry of the same list;
- the top-level `status` is the curators' reading of the status history: the status reached by its last
  entry ranked `preferred`, or, when none is preferred, by its last entry not `deprecated`; or `disputed`
  (treaties35), when the counted entries after the last one no one is said to claim hold claims by two or more
  claimants reaching different statuses (disputed_claims);
- a participation change's sources are among the treaty's own `source_ids` (so a source cannot be deleted
  while a participation change still cites it: the treaty's citation holds it).
"""
from marshmallow import ValidationError, fields, validate, validates_schema

from . import vocabularies as vocab
from .claims import ClaimFieldsMixin
from .common import StrictSchema, one_of, reference, references
from .dates import REQUIRED_MESSAGE, ReportedDateIn
from .occasions import OccasionTimingIn
from .participation_parts import ParticipationCoversMixin   # treaties37
from .provisions import PeriodIn
from .relation_claims import RelationClaimMixin
from .status_reasons import status_reason_fields
from .unnamed import UnnamedClaimantMixin


def day_column(value):
    """The plain date column beside a stored reported date: its `date` (first day, or the bound), which
    in_force_on compares; null when the date is unknown."""
    return {"day": value.get("date") if value else None}


def reported_date(what, columns=None):
    return fields.Nested(ReportedDateIn, required=True, allow_none=True, error_messages={"required": REQUIRED_MESSAGE},
                         metadata={
        "description": f"When {what}, as the reporting gives it (docs/api.md, Dates as reported: a day, a bracket, a month, "
                       "a time in a zone, an open bound, or the same in EDTF); null when the reporting gives "
                       "no date (never an invented one).", **({"columns": columns} if columns else {})})


def until_column(value):
    """The plain date column beside an entry's `until`: its `date` (or bound), the last day in force."""
    return {"until_day": value.get("date") if value else None}


class ParticipationIn(ParticipationCoversMixin, StrictSchema):
    change = one_of(vocab.PARTICIPATION_CHANGES, required=True, metadata={
        "description": "What changed: joined, suspended, resumed, withdrew, or refused (refused to approve or "
                       "ratify it: not a party; see /v1/vocabularies, participation_changes)."})
    date = reported_date("the change happened")
    source_ids = references("source", load_default=list, validate=validate.Length(max=50), metadata={
        "description": "IDs of the sources that report the change; each must be among the treaty's "
                       "source_ids.", "shown": {"description": "The sources that report the change (IDs)."}})
    note = fields.String(validate=validate.Length(max=2000), allow_none=True, metadata={
        "description": "How it happened, in a few words: 'ratified by the Duma', 'suspended, not withdrawn'."})


class StatusChangeIn(UnnamedClaimantMixin, ClaimFieldsMixin, StrictSchema):
    id = reference("status change of this treaty", metadata={
        "description": "Give the ID of an existing status change to keep it (and its ID); omit it for a new one."})
    status = one_of(vocab.TREATY_STATUS_CHANGES, required=True, metadata={
        "description": "The status the treaty changed to: proposed, rejected, agreed (without a signature), "
                       "signed, in_force, suspended, resumed, extended (prolonged while in force; its until says "
                       "the new end), fraying (unravelling while in force), terminated, expired, collapsed or unknown "
                       "(see /v1/vocabularies, treaty_status_changes)."})
    date = reported_date("the status changed (null when not reported: in_force_on then places the entry "
                         "after the dated entry listed before it, from the following day; docs/api.md)",
                         day_column)
    until = fields.Nested(ReportedDateIn, allow_none=True, metadata={
        "description": "With in_force or extended: when it is to end, as reported ('2023-05-29T21:45+02:00' "
                       "for 'for seven days from 21:45 on 22 May'; the new end of an extension). in_force_on "
                       "counts the entry in force up to this day and not after. Null when not reported (never "
                       "a computed date the reporting does not give).", "columns": until_column})
    actor_ids = references("actor", load_default=list, validate=validate.Length(max=50), metadata={
        "description": "IDs of the actors who made the change: the parties that agreed an extension, the one "
                       "that suspended or withdrew ('On 29 May the parties agreed...': the parties). Empty when "
                       "not said. An actor named here cannot be deleted.", "rows": "actor_rows",
        "shown": {"description": "The actors who made the change (their IDs, or the actors with "
                                 "include=status_history)."}})
    extension = fields.Nested(PeriodIn, allow_none=True, metadata={
        "description": "With status extended: by how much the term was extended, as reported ('by five days': "
                       "{amount: 5, unit: days}; the units of provisions' periods, /v1/vocabularies "
                       "period_units). until says the new end when it is reported. Null when not said."})
    # issue 10, mend-agree4 (migrations/0078, notes/trials t24 #45): "coincided with the first anniversary of
    # the fall of Baghdad"; the shape of a statement's and an event's occasion_timing (schemas/occasions.py)
    occasion_timing = fields.Nested(OccasionTimingIn, allow_none=True, load_default=None, metadata={
        "description": "When the change came relative to an occasion that is no event nor another treaty's "
                       "point ('the halt coincided with the first anniversary of the fall of Baghdad': {relation: "
                       "simultaneous, occasion: 'the first anniversary of the fall of Baghdad'}; 'timed before "
                       "Eid'); null when not said. Do not code the occasion as an event."})

    # figures27 (migrations/0095; trial t37 #27 "the accord was dead in all but name")
    de_facto = fields.Boolean(load_default=False, metadata={
        "description": "true when the claim is that the status holds in fact but not formally ('the accord was "
                       "dead in all but name': status collapsed, de_facto true; 'a de facto ceasefire'). Such an "
                       "entry is not counted for the treaty's formal status (the top-level status and "
                       "in_force_on= read the other entries). false (the default): the status as such. Filter: "
                       "de_facto_status=."})
    # cond30 (migrations/0103; trial t49 #11, doc 2): why it changed, whom it blames; who says so, in words
    (reason, reason_words, blamed_actor_ids, cited_event_ids, claimant_words, claimant_kind,
     claimant_country) = status_reason_fields()

    @validates_schema(skip_on_field_errors=True)
    def _extension(self, data, **kwargs):
        if data.get("extension") is not None and data["status"] != "extended":
            raise ValidationError({"extension": ["Only with status extended: by how much the term was "
                                                 "extended."]})

    @validates_schema(skip_on_field_errors=True)
    def _until(self, data, **kwargs):
        until = data.get("until")
        if until is None:
            return
        if vocab.status_reached(data["status"]) != "in_force":
            raise ValidationError({"until": ["Only with a status that reaches in_force (in_force, resumed, "
                                             "extended, fraying): record an end itself as expired."]})
        start = (data.get("date") or {}).get("date")
        if start and until.get("date") and until["date"] < start:
            raise ValidationError({"until": ["Must not be before the entry's date."]})


class TreatyRelationIn(RelationClaimMixin, StrictSchema):   # who says so, how far it holds: migrations/0106
    """How this treaty relates to another, as claimed ('based largely on the earlier protocol, the mediators said':
    builds_on, degree largely, claimant_words the mediators)."""

    treaty_id = reference("treaty", required=True, metadata={
        "description": "ID of the other treaty.", "shown": {
            "description": "The other treaty (its ID, or the treaty with include=relations)."}})
    relation = one_of(vocab.TREATY_RELATIONS, required=True, metadata={
        "description": "How this treaty relates to the other: amends, supersedes, implements, counterpart_of, "
                       "parallel_to, part_of, endorses, builds_on, follows or extends_scope (extends the other's status or "
                       "terms to more places or people; see /v1/vocabularies, treaty_relations)."})


def out_of_order(items):
    """Indexes of dated items dated before an earlier dated item of the same list."""
    found, latest = [], None
    for i, item in enumerate(items):
        day = (item.get("date") or {}).get("date")
        if day is None:
            continue
        if latest is not None and day < latest:
            found.append(i)
        else:
            latest = day
    return found


def counted(history):
    """The entries the top-level status reads (see the module docstring), in order."""
    history = [entry for entry in history if not entry.get("de_facto")]   # in fact, not formally (figures27)
    kept = [entry for entry in history if entry.get("rank", "normal") != "deprecated"]
    return [entry for entry in kept if entry.get("rank") == "preferred"] or kept


def reading(history):
    """The status entry the top-level status must show (see the module docstring), or None."""
    chosen = counted(history)
    return chosen[-1] if chosen else None


def disputed_claims(history):
    """Whether the counted entries after the last one without a claimant (claimant_id null) hold claims by two or
    more claimants reaching different statuses ('one government says the protocol is valid, the other that it is
    void'): what status disputed needs (treaties35)."""
    chosen = counted(history)
    unclaimed = [i for i, entry in enumerate(chosen) if entry.get("claimant_id") is None]
    claims = {(entry["claimant_id"], vocab.status_reached(entry["status"]))
              for entry in chosen[(unclaimed[-1] + 1 if unclaimed else 0):]}
    return any(a != b and reached != other for a, reached in claims for b, other in claims)


DISPUTED = ("May be disputed only when the status history's counted entries after the last one without a claimant "
            "(claimant_id null) hold claims by two or more different claimants reaching different statuses: give "
            "each side's claim with its claimant_id; otherwise status must agree with the status history.")


class TreatyStructureRules:
    """TreatyIn's rules across its status, status history, parties and sources (mixed in before StrictSchema)."""

    @validates_schema(skip_on_field_errors=True)
    def _structure(self, data, **kwargs):
        errors = {}
        history = data.get("status_history") or []
        for i in out_of_order(history):
            errors.setdefault("status_history", {}).setdefault(i, {})["date"] = [
                "Dated before an earlier entry: list the changes in the order they happened."]
        entry = reading(history)
        if data.get("status") == "disputed":
            if not disputed_claims(history):
                errors["status"] = [DISPUTED]
        elif entry is not None and data.get("status") and vocab.status_reached(entry["status"]) != data["status"]:
            which = "last preferred" if entry.get("rank") == "preferred" else "last (not deprecated)"
            skipped = (" De facto entries are skipped: a status said to hold in fact, not formally (de_facto "
                       "true), leaves the formal status as it was." if any(e.get("de_facto") for e in history) else "")
            errors["status"] = [f"Must agree with the status history: its {which} formal entry says "
                                f"{entry['status']}, so status is {vocab.status_reached(entry['status'])}.{skipped}"]
        cited = set(data.get("source_ids") or [])
        for p, party in enumerate(data.get("parties") or []):
            changes = party.get("participation") or []
            for i in out_of_order(changes):
                errors.setdefault("parties", {}).setdefault(p, {}).setdefault("participation", {}).setdefault(
                    i, {})["date"] = ["Dated before an earlier change: list the changes in the order they happened."]
            for i, change in enumerate(changes):
                for s, source_id in enumerate(change.get("source_ids") or []):
                    if source_id not in cited:
                        errors.setdefault("parties", {}).setdefault(p, {}).setdefault("participation", {}) \
                            .setdefault(i, {}).setdefault("source_ids", {})[s] = [
                                f"Source {source_id} is not among the treaty's source_ids: cite it there too."]
        if errors:
            raise ValidationError(errors)
