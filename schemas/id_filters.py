"""The filters that name a record: by its ID or by one of its external IDs (?actor=wikidata:Q399), and the
filters on a kind's own external IDs (?external_id=ucdp-ged:300380, ?wikidata=Q399). The schemes come from
schemas/external_ids.py; the service resolves an external ID to the record's ID (api/services/references.py).
"""
import re

from marshmallow import ValidationError, fields, validate

from . import external_ids
from .common import MAX_ID
from .lexical import FullMatch


class ExternalRef(tuple):
    """An external ID a filter was given ("wikidata:Q399"): (scheme, value), resolved to the record's ID by the
    service (api/services/references.py) before the filters apply."""

    __slots__ = ()


class IdFilter(fields.Integer):
    """A filter naming one record: its ID, or one of its external IDs (scheme:value). What it links to
    (`link`) is set from ID_FILTER_LINKS when the collection's arguments are made."""

    spelling = (re.compile(rf"[0-9]+|{external_ids.REFERENCE_PATTERN}"),
                "Not a valid ID: give ASCII digits, like 25, or an external ID as scheme:value, like wikidata:Q399.")

    RANGE = validate.Range(min=1, max=MAX_ID)   # of an ID, not of an external ID: checked here, not as a validator

    def __init__(self, **kwargs):
        super().__init__(strict=False, **kwargs)

    def _deserialize(self, value, attr, data, **kwargs):
        link = self.metadata.get("link")
        if not (isinstance(value, str) and ":" in value):
            return self.RANGE(super()._deserialize(value, attr, data, **kwargs))
        if link not in external_ids.ALL_KINDS:
            raise ValidationError(f"Not a valid ID: give ASCII digits, like 25 ({link} have no external IDs).")
        label = link[:-3] + "y" if link.endswith("ies") else link[:-1]
        return ExternalRef(external_ids.parse(value, link, f"this parameter takes {'an' if label[0] in 'aeiou' else 'a'} "
                                                           f"{label}"))


def id_filter(what):
    return IdFilter(metadata={"description": what})


# What each ID filter names, by parameter name: a kind, or "self" for the collection's own kind. Every IdFilter
# must be named here (collection_args checks), so the OpenAPI document, the parsing and the service's
# resolution of external IDs agree.
ID_FILTER_LINKS = {
    **dict.fromkeys(("actor", "claimant", "suffered_by", "claimed_actor", "denied_actor", "party", "obliged",
                     "monitor", "provision_actor", "speaker", "addressee", "about_actor", "member_of", "controlled_by", "present", "relayed_by", "besieged_by",
                     "on_behalf_of", "owner"), "actors"),
    **dict.fromkeys(("place", "within", "seat", "based_in", "figure_place", "claimed_place", "about_place", "control_of",
                     "said_at", "provision_place", "relative_to", "dateline_place", "signed_at",
                     "agreed_at"),
                    "places"),
    **dict.fromkeys(("treaty", "about_treaty", "relates_to"), "treaties"),
    "about_event": "events", "claimed_related_to": "events", "said_during": "events", "provision": "provisions", "parent": "self", "related_to": "self",
}
ID_FILTER_LINKS.update(channel="actors", implemented_by="actors")   # mend-acts (migrations/0043)
ID_FILTER_LINKS.update(position_in="actors")   # an actor's dated positions (migrations/0027)
ID_FILTER_LINKS.update(act_for_treaty="treaties", act_place="places")   # an act's treaty (figures27), place (acts28)
ID_FILTER_LINKS.update(relation_denied_by="actors", not_named="actors")   # denied relations (mend-not, migrations/0058)
ID_FILTER_LINKS.update(relation_source="sources", relation_claimant="actors",   # sourced relations (mend10c)
                       verification_source="sources",   # how sure the reporting is (mend10c)
                       figure_claimant="actors")   # a statement's or a place's figures (0026)
ID_FILTER_LINKS.update(related_statement="statements", related_event="events",   # across kinds (0039)
                       claimed_present="actors", believed_target="actors")   # richer claims (0039)
ID_FILTER_LINKS.update(figure_counted_actor="actors",   # actors named among those a figure counts (0040)
                       claimed_candidate="actors")   # actors a claim names as "one of" (0040)
ID_FILTER_LINKS.update(figure_inflicted_by="actors", site_actor="actors")   # who inflicted, whose sites (0048)
ID_FILTER_LINKS.update(figure_registered_with="actors", figure_aboard="actors")   # the body people are registered with (figures28, 0098)
ID_FILTER_LINKS.update(figure_verification_source="sources")   # who says how sure a figure is (acts29, 0101)
ID_FILTER_LINKS.update(figure_held_by="actors",   # who holds the people counted (0053)
                       figure_covers_event="events")   # a total over several events (0053)
ID_FILTER_LINKS.update(figure_period_event="events")   # a figure counted over an event's span (0064)
ID_FILTER_LINKS.update(figure_revised_after_event="events", figure_period_until_event="events")   # 0070
ID_FILTER_LINKS.update(implemented_at="places", agreed_by="actors", condition_against="actors")   # agree26 (migrations/0090)
ID_FILTER_LINKS.update(superlative_since="events")   # a superlative counted since an event (events28)
ID_FILTER_LINKS.update(condition_between="actors", condition_statement="statements")   # agree28 (migrations/0100)
ID_FILTER_LINKS.update(status_blamed="actors")   # cond30 (migrations/0103)
ID_FILTER_LINKS.update(status_changed_by="actors")   # treaties35 (migrations/0118)
ID_FILTER_LINKS.update(act_target="actors")   # whom an act is aimed at (acts31, migrations/0107)
ID_FILTER_LINKS.update(predicted_event="events")   # a statement's predictions (stmt30, migrations/0102)
ID_FILTER_LINKS.update(predicted_treaty="treaties", predicted_actor="actors", act_treaty="treaties",   # statements37
                       condition_actor="actors")
ID_FILTER_LINKS.update(reason_for="actors")   # whom a claimed reason is for (mend-claims4, migrations/0079)
ID_FILTER_LINKS.update(stated_reason_for="actors", disrupted_claimant="actors",   # claims34 (migrations/0115)
                       based_in_claimant="actors")
ID_FILTER_LINKS.update(covered_issued_by="actors")   # who had issued the items an event covers (events33)
ID_FILTER_LINKS.update(issue_actor="actors")   # whom an event's issue concerns (acts35)
ID_FILTER_LINKS.update(member_claimant="actors", member_source="sources", treaty_link_claimant="actors",
                       treaty_link_source="sources", cites="sources", rests_on="sources")   # mend-claims (0059)


def linked_filters(kind, filters):
    """The collection's filters with each IdFilter told what it links to."""
    result = {}
    for name, field in filters.items():
        if isinstance(field, IdFilter):
            if name not in ID_FILTER_LINKS:
                raise LookupError(f"ID filter {name} of {kind}: say what it links to in ID_FILTER_LINKS")
            link = kind if ID_FILTER_LINKS[name] == "self" else ID_FILTER_LINKS[name]
            also = (" By its ID or an external ID (scheme:value: ?actor=wikidata:Q399)."
                    if link in external_ids.ALL_KINDS else "")
            field = IdFilter(metadata={**field.metadata, "description": field.metadata["description"] + also,
                                       "link": link})
        result[name] = field
    return result


class ExternalIdFilter(fields.String):
    """?external_id=scheme:value: the records of this kind that hold that external ID."""

    def _deserialize(self, value, attr, data, **kwargs):
        kind = self.metadata["kind"]
        return ExternalRef(external_ids.parse(super()._deserialize(value, attr, data, **kwargs), kind,
                                              f"external_id takes an external ID of {kind}", numeric=False))


def external_id_filters(kind):
    """external_id=scheme:value, and one parameter per scheme (?wikidata=Q399), for the schemes of `kind`."""
    schemes = external_ids.schemes_of(kind)
    return {
        "external_id": ExternalIdFilter(metadata={"kind": kind, "description": (
            f"Records with this external ID, as scheme:value (one of {', '.join(schemes)}; for example "
            f"{schemes[0]}:{external_ids.SCHEMES[schemes[0]].example}).")}),
        **{scheme: fields.String(validate=FullMatch(f"^{external_ids.SCHEMES[scheme].pattern}$",
                                                    error=external_ids.SCHEMES[scheme].message), metadata={
            "description": f"Records with this {scheme} identifier."}) for scheme in schemes}}
ID_FILTER_LINKS.update(about_figure="figures", reporting_place="places")   # claims26 (migrations/0091)
ID_FILTER_LINKS.update(statement_relation_claimant="actors", statement_relation_source="sources",   # a relation's
                       event_relation_claimant="actors", event_relation_source="sources")   # claim (rel31, 0106)
ID_FILTER_LINKS.update(alias_claimant="actors", relation_actor="actors")   # figs32 (0110): aliases' users; between
ID_FILTER_LINKS.update(relation_place="places", declared_by="actors")   # places34 (0117): relation, zone
ID_FILTER_LINKS.update(accompanied_by="actors")   # who stood with a statement's speaker (places35, 0119)
