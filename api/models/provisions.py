"""The rows a provision owns that refer to other records: the actors it obliges, the other actors and their
part, its places, and its implementation record with the sources of each entry. Rows, not JSON, so that a
delete of a linked record is refused while a provision names it, and filters can use them (migrations/0010)."""
from peewee import BooleanField, CharField, ForeignKeyField, IntegerField, TextField

from .base import BaseModel, StableIdField
from .records import Actor, Event, Place, Provision, Source, TreatyParty, owned_by, refers_to


class ProvisionObliged(BaseModel):
    provision = owned_by(Provision, "obliged_rows", index=False)
    actor = refers_to(Actor, "provisions_obliging")
    position = IntegerField()

    class Meta:
        indexes = ((("provision", "actor"), True),)


class ProvisionActor(BaseModel):
    provision = owned_by(Provision, "actor_rows", index=False)
    actor = refers_to(Actor, "provision_roles")
    role = CharField(max_length=80)   # 80: local terms (migrations/0105)
    position = IntegerField()
    deployed_since = TextField(null=True)   # a reported date, JSON: "deployed since last February" (0090)
    actor_part = CharField(max_length=20, null=True)   # "its officers may inspect": officers (0118); 20 as 0116

    class Meta:
        indexes = ((("provision", "actor", "role"), True), (("actor", "role"), False))


class ProvisionPlace(BaseModel):
    provision = owned_by(Provision, "place_rows", index=False)
    place = refers_to(Place, "provisions")
    position = IntegerField()

    class Meta:
        indexes = ((("provision", "place"), True),)


class ProvisionPlaceRole(BaseModel):
    """A place with its part in the provision (from, to, via...: migrations/0033): named, or not named and
    described (migrations/0090: "their usual bases"), as an event's further places are (models/relations.py)."""
    provision = owned_by(Provision, "place_role_rows", index=False)
    place = refers_to(Place, "provision_roles", null=True)
    role = CharField(max_length=10)
    position = IntegerField()
    unknown = CharField(max_length=12, null=True)
    relation = CharField(max_length=80, null=True)   # 80: local terms (migrations/0105)
    words = TextField(null=True)
    with_surroundings = BooleanField(default=False)
    relative_to = refers_to(Place, "provision_roles_relative_to", null=True)
    before_event = refers_to(Event, "provision_places_before", null=True)   # "the lines held before fighting began"
    as_of = TextField(null=True)   # a reported date, JSON: "the positions held on 22 October" (migrations/0118)

    class Meta:
        indexes = ((("provision", "place", "role"), True), (("place", "role"), False))


class ProvisionObject(BaseModel):
    """What a provision is about when it is no record of its own kind: a candidacy, a body to be created, an area
    not named (migrations/0040). Rows, so that the actor or event it names cannot be deleted, and filters use
    its kind and action."""
    provision = owned_by(Provision, "object_rows", index=False)
    kind = CharField(max_length=80)   # 80: local terms (migrations/0093)
    action = CharField(max_length=12, null=True)
    name = TextField()
    criterion = TextField(null=True)
    actor = refers_to(Actor, "provision_objects", null=True)
    event = refers_to(Event, "provision_objects", null=True)
    position = IntegerField()

    class Meta:
        indexes = ((("provision", "position"), False), (("kind", "action"), False))


class Implementation(BaseModel):
    """A dated status change of a provision (the Peace Accords Matrix's implementation record)."""

    id = StableIdField()
    provision = owned_by(Provision, "implementation_rows")
    date = TextField(null=True)   # the reported date, JSON (schemas/dates.py); null: not reported (migrations/0054)
    status = CharField(max_length=20, index=True)
    claimant = refers_to(Actor, "claimed_implementation", null=True)
    attribution = CharField(max_length=10, default="source")   # named, source or unnamed (migrations/0016)
    note = TextField(null=True)
    position = IntegerField()
    timing = TextField(null=True)   # before or after one of the treaty's dated points, as JSON (migrations/0047)
    reason = CharField(max_length=80, null=True)   # why not carried out or held up (migrations/0073); 80: 0093
    extent = CharField(max_length=10, null=True)   # "mostly held" (migrations/0090)
    # migrations/0100 (agree28): an unnamed claimant in words, as a figure's ("diplomats say"; schemas/unnamed.py)
    claimant_words = TextField(null=True)
    claimant_kind = CharField(max_length=80, null=True)   # 80: local terms (migrations/0105)
    claimant_country = CharField(max_length=3, null=True)


class ImplementationSource(BaseModel):
    implementation = owned_by(Implementation, "source_rows", index=False)
    source = refers_to(Source, "implementation_citations")
    position = IntegerField()

    class Meta:
        indexes = ((("implementation", "source"), True),)


class ImplementationActor(BaseModel):
    """Whose keeping or breaking of a provision an implementation entry is about (migrations/0043)."""

    implementation = owned_by(Implementation, "actor_rows", index=False)
    actor = refers_to(Actor, "implementation_entries")
    position = IntegerField()

    class Meta:
        indexes = ((("implementation", "actor"), True),)


class ImplementationPlace(BaseModel):
    """The places an implementation entry is about ("the ceasefire mostly held in Juba": migrations/0090)."""

    implementation = owned_by(Implementation, "place_rows", index=False)
    place = refers_to(Place, "implementation_entries")
    position = IntegerField()

    class Meta:
        indexes = ((("implementation", "place"), True),)


class ImplementationPlaceAsReported(BaseModel):
    """A place of an implementation entry as reported: not named or described relative to a named place ("its
    positions in the hills"), as a provision's place_roles are, without a role (migrations/0100)."""

    implementation = owned_by(Implementation, "place_as_reported_rows", index=False)
    place = refers_to(Place, "implementation_entries_as_reported", null=True)
    position = IntegerField()
    unknown = CharField(max_length=12, null=True)
    relation = CharField(max_length=80, null=True)   # 80: local terms (migrations/0105)
    words = TextField(null=True)
    with_surroundings = BooleanField(default=False)
    relative_to = refers_to(Place, "implementation_entries_relative_to", null=True)

    class Meta:
        indexes = ((("implementation", "position"), False),)


# records.py is near its size limit: the columns migrations/0090 adds to its tables are declared here.
Provision._meta.add_field("not_set", TextField(null=True))   # "the plan sets no deadline"
TreatyParty._meta.add_field("agreed_by", ForeignKeyField(Actor, backref="treaties_agreed", on_delete="RESTRICT",
                                                         null=True))   # "Milosevic agreed"
# acts31 (migrations/0107): a provision said by an unnamed claimant in words ("diplomats said the deal provides for"),
# as its implementation entries and deadlines are (schemas/unnamed.py)
Provision._meta.add_field("claimant_words", TextField(null=True))
Provision._meta.add_field("claimant_kind", CharField(max_length=80, null=True))   # 80: local terms (0105)
Provision._meta.add_field("claimant_country", CharField(max_length=3, null=True))
Provision._meta.add_field("proportion", CharField(max_length=12, null=True))   # "much of the land": many (0118)
Provision._meta.add_field("degree", CharField(max_length=12, null=True))   # "largely autonomous": largely (0122)

MODELS = [ProvisionObliged, ProvisionActor, ProvisionPlace, ProvisionPlaceRole, Implementation, ImplementationSource]
MODELS_0040 = [ProvisionObject]
MODELS_0043 = [ImplementationActor]
MODELS_0090 = [ImplementationPlace]   # after events in an export: it may name one
MODELS_0100 = [ImplementationPlaceAsReported]
