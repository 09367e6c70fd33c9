"""Treaty collection filters that answer from a treaty's structure (party roles and participation,
relations, claims), and the checks across treaty filters; schemas/arguments.py builds TreatiesQuery with them."""
from marshmallow import ValidationError, fields, validate, validates_schema

from . import vocabularies as vocab
from .act_targets import TARGET_GROUPS
from .common import Terms
from .condition_scope import actor_known_filter, connective_filter
from .id_filters import id_filter as _ids
from .parameters import CommaList, day


class TreatiesChecks:
    @validates_schema
    def _party_filters(self, data, **kwargs):
        if data.get("party_on") and not data.get("party"):
            raise ValidationError({"party_on": ["Give party too: party_on asks whether that actor was a party "
                                                "on the day."]})


# Treaty structure (party roles and participation, relations): filters that answer from them.
TREATY_STRUCTURE_FILTERS = {
    "party_role": CommaList(fields.String(validate=Terms(vocab.PARTY_ROLES)), metadata={
        "description": "Treaties listing an actor in one of these roles (with party: that actor in one of them)."}),
    "party_on": day("With party: only treaties that actor took part in on this day, by its participation "
                      "changes (joined/resumed in, suspended/withdrew out), else by joined and left (or the "
                      "treaty's signing and end)."),
    "participation_covers": CommaList(fields.String(validate=validate.OneOf(list(vocab.FIGURE_PROPORTIONS))),
                                      metadata={
        "description": "Treaties with a party's participation change said to cover this much of the treaty (a "
                       "change's covers_proportion, figure_proportions; with party, that party's): "
                       "participation_covers=most,some (treaties37)."}),
    "relates_to": _ids("Treaties whose relations name this treaty (the treaties that amend, implement, ... it)."),
    "relation": CommaList(fields.String(validate=Terms(vocab.TREATY_RELATIONS)), metadata={
        "description": "Treaties with a relation of one of these kinds (to relates_to, when given; on "
                       "/v1/treaties/{id}/related, to that treaty)."}),
    "signed_at": _ids("Treaties signed at this place (signed_at_id; mend-not, migrations/0058)."),
    # periods38: "signed by one side on 1 March and by the other on 5 March": signed_date is the first signing
    "signed_from": day("Treaties whose signed_date is on or after this day (the first signing, when the parties "
                       "signed on different days; a month or year given alone is stored as its first day)."),
    "signed_to": day("Treaties whose signed_date is on or before this day (the first signing: a treaty signed by "
                     "one party on this day or before and by another later is found; each party's own signing "
                     "is its joined, asked with party= and party_on=)."),
    "agreed_at": _ids("Treaties agreed (reached) at this place (agreed_at_id; agree32, migrations/0111)."),
    # mend-agree (notes/trials t16 #5, #20, #21): "unconditional"; the body that meets, the host of a meeting
    "provision_actor_role": CommaList(fields.String(validate=Terms(vocab.PROVISION_ACTOR_ROLES)),
                                      metadata={
        "description": "Treaties with a provision naming an actor in one of these roles (provision_actor_roles: host, "
                       "meeting_body, monitor...); with provision_actor, that actor in one of them."}),
    "provision_condition": CommaList(fields.String(validate=Terms(vocab.CONDITION_TYPES)), metadata={
        "description": "Treaties with a provision under a condition of one of these types (condition_types): "
                       "unconditional finds provisions the text calls unconditional."}),
    "unidentified": fields.Boolean(metadata={"description": "true: only agreements the reporting does not name or "
                                                            "identify ('an earlier understanding'); false: only "
                                                            "identified ones (migrations/0061)."}),
    "claimant": _ids("Treaties with a claim made by this actor: a status history entry, an implementation "
                     "entry of one of their provisions, a party's role or a provision (migrations/0049), or a "
                     "provision's other actor's part (claims34, migrations/0115), whose claimant it is."),
    "provision_link": CommaList(fields.String(validate=Terms(vocab.PROVISION_LINKS)), metadata={
        "description": "Treaties with a provision linked to another in one of these ways (a links item's relation, "
                       "provision_links): provision_link=in_step_with (agree32)."}),
    # mend-agree4 (migrations/0078): "foreign troops would gradually leave"
    "provision_pace": CommaList(fields.String(validate=validate.OneOf(list(vocab.PROVISION_PACES))), metadata={
        "description": "Treaties with a provision to be carried out at one of these paces (provision_paces): "
                       "immediate, gradual, phased."}),
    "provision_proportion": CommaList(fields.String(validate=validate.OneOf(list(vocab.FIGURE_PROPORTIONS))),
                                      metadata={
        "description": "Treaties with a provision said to cover this much of what it is about (a provision's "
                       "proportion, figure_proportions): provision_proportion=many,most (treaties35)."}),
    "provision_degree": CommaList(fields.String(validate=validate.OneOf(list(vocab.RELATION_DEGREES))), metadata={
        "description": "Treaties with a provision said to go this far (a provision's degree, relation_degrees): "
                       "provision_degree=largely,partly (treaties37)."}),
    # agree26 (migrations/0090; notes/trials t32 #32, t33 #9, t34 #63)
    "provision_not_set": CommaList(fields.String(validate=validate.OneOf(list(vocab.PROVISION_NOT_SET))), metadata={
        "description": "Treaties with a provision whose text is reported to leave one of these unset "
                       "(provision_not_set): provision_not_set=deadline."}),
    "implemented_at": _ids("Treaties with a provision whose implementation record has an entry about this place or "
                           "a place within it (an entry's place_ids, or a place named in its places_as_reported)."),
    "implementation_extent": CommaList(fields.String(validate=validate.OneOf(list(vocab.IMPLEMENTATION_EXTENTS))),
                                       metadata={
        "description": "Treaties with a provision whose implementation record has an entry of one of these extents "
                       "(implementation_extents: largely, partly, barely)."}),
    # batch27 (trial t37 #45): "the disarming of civilians"
    "provision_covered_group": CommaList(fields.String(validate=Terms(TARGET_GROUPS)),
                                         metadata={
        "description": "Treaties with a provision covering (or leaving out) one of these groups of people (a covers "
                       "item's group; targeted_groups or figure_held_as): provision_covered_group=civilians."}),
    "condition_against": _ids("Treaties with a provision under a condition on an act against this actor or its "
                              "people (a condition's against_actor_ids: 'any attack on its citizens')."),
    # agree28 (notes/trials t39 #43, t38 #35): a negotiated settlement between parties; a statement's pledge kept
    "condition_between": _ids("Treaties with a provision under a condition of type settlement naming this actor "
                            "among its parties (a condition's between_actor_ids)."),
    "condition_statement": _ids("Treaties with a provision under a condition of type pledge_kept naming this "
                                "statement (a condition's statement_id: 'if it keeps its word')."),
    "condition_connective": connective_filter("Treaties with a provision"),   # cond30: unless, until
    "condition_actor_known": actor_known_filter("treaties with a provision"),   # acts31 (migrations/0107)
    # cond30 (migrations/0103; trial t49 #11): why a status changed, whom it blames
    "status_reason": CommaList(fields.String(validate=Terms(vocab.STATUS_CHANGE_REASONS)), metadata={
        "description": "Treaties with a status history entry giving one of these reasons "
                       "(status_change_reasons): status_reason=breach,hostility."}),
    "status_blamed": _ids("Treaties with a status history entry blaming the change on this actor "
                          "(an entry's blamed_actor_ids)."),
    # treaties35: "signed by all three leaders, then rejected by one party's assembly"
    "status_change": CommaList(fields.String(validate=Terms(vocab.TREATY_STATUS_CHANGES)), metadata={
        "description": "Treaties with a status history entry (not deprecated) of one of these statuses "
                       "(treaty_status_changes), whatever the top-level status: status_change=rejected finds a "
                       "treaty signed, then rejected by one party (with status_changed_by=, that actor's entry)."}),
    "status_changed_by": _ids("Treaties with a status history entry (not deprecated) that this actor made or "
                              "claims (the entry's actor_ids or claimant_id): with status_change=, an entry of "
                              "one of those statuses."),
    "agreed_by": _ids("Treaties with a party for which this person agreed without a signature (agreed_by_id)."),
}
