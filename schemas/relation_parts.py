"""Parts of an actor relation kept out of schemas/relations.py, which is at its size limit (issue 10,
mend-agree4, migrations/0078; notes/trials t25 #23 "the mostly Muslim Seleka", t24 #58 "a senior Sunni member";
mend-agree5, migrations/0082: t27 #32 "which they say is extremist", #55 "the banned Islamist group"; events27,
migrations/0094: t36 #22 "two of the general's senior aides")."""
from marshmallow import ValidationError, validates_schema

from . import vocabularies as vocab
from .common import one_of, reference

# The relations a proportion can qualify: how much of the actor's membership the other accounts for.
PROPORTIONED = ("from_community",)


class CompositionMixin:
    """How much of a group's membership a from_community relation covers ('mostly Muslim': most)."""

    proportion = one_of(vocab.FIGURE_PROPORTIONS, allow_none=True, load_default=None, metadata={
        "description": "With from_community: how much of the actor's membership is drawn from the community, as "
                       "reported ('the mostly Muslim Seleka': most; 'an all-Tutsi force': all; see "
                       "/v1/vocabularies figure_proportions); null for a person, or when not said. Filter with "
                       "relation_proportion= (with relation=)."})

    @validates_schema(skip_on_field_errors=True)
    def _proportioned(self, data, **kwargs):
        if data.get("proportion") is not None and data.get("relation") not in PROPORTIONED:
            raise ValidationError({"proportion": ["Only with from_community: how much of the actor's membership "
                                                  "the community accounts for ('mostly Muslim': most)."]})


class DesignationMixin:
    """What a state or body declared the actor in a designated_by relation ('the banned group': banned)."""

    designation = one_of(vocab.DESIGNATIONS, allow_none=True, load_default=None, metadata={
        "description": "With designated_by, and required with it: what the state or body declared the actor "
                       "('the banned Islamist group': banned; 'which they say is extremist': extremist; see "
                       "/v1/vocabularies designations); null with every other relation. A terrorist "
                       "designation is the relation terror_designated_by. Filter with relation_designation= "
                       "(with relation=designated_by)."})

    @validates_schema(skip_on_field_errors=True)
    def _designated(self, data, **kwargs):
        designated = data.get("relation") == "designated_by"
        if data.get("designation") is not None and not designated:
            raise ValidationError({"designation": ["Only with designated_by: what the state or body declared "
                                                   "the actor (banned, extremist...)."]})
        if designated and data.get("designation") is None:
            raise ValidationError({"designation": ["designated_by needs a designation: what the state or body "
                                                   "declared the actor (banned, extremist...; a terrorist "
                                                   "designation is terror_designated_by)."]})


# The relations a seniority can qualify: the subject is one of the other's aides, subordinates or members.
RANKED = ("adviser_to", "subordinate_to", "associate_of", "affiliated_with", "loyal_to")


class SeniorityMixin:
    """How high the subject stands among the other's aides or members ('a senior aide': adviser_to, senior)."""

    seniority = one_of(vocab.RELATION_SENIORITIES, allow_none=True, load_default=None, metadata={
        "description": "With " + ", ".join(RANKED) + ": how high the subject stands among the other's aides, "
                       "subordinates or members, as reported ('two of the general's senior aides': each aide "
                       "adviser_to the general, senior; 'his top aide': top; see /v1/vocabularies "
                       "relation_seniorities); null when not said. Filter with relation_seniority= (with "
                       "relation=)."})

    @validates_schema(skip_on_field_errors=True)
    def _ranked(self, data, **kwargs):
        if data.get("seniority") is not None and data.get("relation") not in RANKED:
            raise ValidationError({"seniority": ["Only with " + ", ".join(RANKED) + ": how high the subject "
                                                 "stands among the other's aides or members."]})


class PlaceScopeMixin:
    """Where an actor relation holds, when the reporting limits it to a place (places34, migrations/0117; trials
    t59 #24: a state that looks after another's interests in a third country)."""

    place_id = reference("place", allow_none=True, load_default=None, metadata={
        "description": "The place the relation is limited to, when the reporting says where it holds ('looks "
                       "after its interests in the country': protecting_power_for, the country; 'backs the rebels "
                       "in the north': backed_by, the region); null when it holds wherever the actors are, or "
                       "when not said. A place named here cannot be deleted. Filter: relation_place= (with "
                       "relation=).", "shown": {
            "description": "The place the relation is limited to (its ID); null when not said."}})
