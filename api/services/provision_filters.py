"""What the treaty filters about provisions mean (services/filters.py calls them): a treaty matches when one of
its provisions has the type or modality, obliges the actor, names the actor in a role, or names the place (in
a role)."""
from schemas.condition_scope import connective_patterns

from ..models import Provision, ProvisionActor, ProvisionObliged, ProvisionPlace, ProvisionPlaceRole, Treaty
from .. import jsonio
from ..sql import any_of
from ..models.provisions import Implementation, ImplementationPlace, ImplementationPlaceAsReported, ProvisionObject


def _with_provision(where):
    return Treaty.id.in_(Provision.select(Provision.treaty).where(where))


def _conditions_where(model, patterns, test):
    """The IDs of the provisions (or statements) with a condition (stored whole, JSON: orjson writes no spaces) that
    passes `test`: the text narrows them (any of `patterns`), the parsed conditions decide."""
    found = model.select(model.id, model.conditions).where(
        any_of([model.conditions.contains(pattern) for pattern in patterns])).tuples()
    return [pid for pid, text in found if any(test(c) for c in jsonio.loads(text or "[]"))]


def conditions_naming(key, n, model=Provision):
    """The IDs of the provisions (or statements) whose conditions name record n under key, a list of IDs or one ID
    (several keys hold lists of IDs)."""
    listed = key.endswith("_ids")
    patterns = ([f"{before}{n}{after}" for before in "[," for after in ",]"] if listed
                else [f'"{key}":{n}{after}' for after in ",}"])
    return _conditions_where(model, patterns, lambda c: (n in (c.get(key) or [])) if listed else c.get(key) == n)


def conditions_with_actor(known, model=Provision):
    """acts31: the IDs of the provisions (or statements) with an actor_action condition naming its actor by ID (known
    true) or not (false: described in actor_words, or an act by anyone)."""
    return _conditions_where(model, ['"type":"actor_action"'], lambda c: c.get("type") == "actor_action" and (
        c.get("actor_id") is not None) == known)


def _place_clause(args, places_within):
    """provision_place and place_role: a place in place_ids has no role, so place_role looks at place_roles only."""
    roles, place = args.get("place_role"), args.get("provision_place")
    in_role = []
    if place:
        in_role.append(ProvisionPlaceRole.place.in_(places_within(place)))
    if roles:
        in_role.append(ProvisionPlaceRole.role.in_(roles))
    named = Provision.id.in_(ProvisionPlaceRole.select(ProvisionPlaceRole.provision).where(*in_role))
    if place and not roles:
        named |= Provision.id.in_(ProvisionPlace.select(ProvisionPlace.provision)
                                  .where(ProvisionPlace.place.in_(places_within(place))))
    return _with_provision(named)


def treaty_clauses(args, places_within):
    clauses = []
    for name in ("provision_type", "obligation"):   # obligation: the deprecated name, the same filter
        if args.get(name):
            clauses.append(_with_provision(Provision.type.in_(args[name])))
    if args.get("obliged"):
        clauses.append(_with_provision(Provision.id.in_(
            ProvisionObliged.select(ProvisionObliged.provision).where(ProvisionObliged.actor == args["obliged"]))))
    if args.get("monitor"):
        clauses.append(_with_provision(Provision.id.in_(
            ProvisionActor.select(ProvisionActor.provision).where(
                (ProvisionActor.actor == args["monitor"]) & (ProvisionActor.role == "monitor")))))
    if args.get("provision_actor"):
        actor = args["provision_actor"]
        clauses.append(_with_provision(
            Provision.id.in_(ProvisionObliged.select(ProvisionObliged.provision).where(ProvisionObliged.actor == actor))
            | Provision.id.in_(ProvisionActor.select(ProvisionActor.provision).where(ProvisionActor.actor == actor))))
    if args.get("provision_actor_role"):   # mend-agree: host, meeting_body... (with provision_actor: that actor's)
        in_role = ProvisionActor.role.in_(args["provision_actor_role"])
        if args.get("provision_actor"):
            in_role &= ProvisionActor.actor == args["provision_actor"]
        clauses.append(_with_provision(Provision.id.in_(
            ProvisionActor.select(ProvisionActor.provision).where(in_role))))
    if args.get("provision_condition"):   # mend-agree: a condition's type inside the stored JSON list ("type" first)
        clauses.append(_with_provision(any_of([Provision.conditions.contains(
            '"type":' + jsonio.dumps_text(term)) for term in args["provision_condition"]])))
    if args.get("modality"):
        clauses.append(_with_provision(Provision.modality.in_(args["modality"])))
    if args.get("provision_object") or args.get("provision_object_action"):   # migrations/0040
        about = [ProvisionObject.kind.in_(args["provision_object"])] if args.get("provision_object") else []
        if args.get("provision_object_action"):
            about.append(ProvisionObject.action.in_(args["provision_object_action"]))
        clauses.append(_with_provision(Provision.id.in_(
            ProvisionObject.select(ProvisionObject.provision).where(*about))))
    if args.get("provision_link"):   # agree32: a link's "relation":"term" inside the stored JSON list
        clauses.append(_with_provision(any_of([Provision.links.contains(
            '"relation":' + jsonio.dumps_text(term)) for term in args["provision_link"]])))
    if args.get("provision_pace"):   # mend-agree4 (migrations/0078)
        clauses.append(_with_provision(Provision.pace.in_(args["provision_pace"])))
    if args.get("provision_proportion"):   # treaties35 (migrations/0118)
        clauses.append(_with_provision(Provision.proportion.in_(args["provision_proportion"])))
    if args.get("provision_degree"):   # treaties37 (migrations/0122)
        clauses.append(_with_provision(Provision.degree.in_(args["provision_degree"])))
    if args.get("provision_reason"):
        clauses.append(_with_provision(Provision.reason.in_(args["provision_reason"])))
    if args.get("provision_place") or args.get("place_role"):
        clauses.append(_place_clause(args, places_within))
    return clauses + _agree26_clauses(args, places_within)


def _agree26_clauses(args, places_within):
    """agree26 (migrations/0090): what a text leaves unset, whom a condition's act is against, where and how far an
    implementation entry held."""
    clauses = []
    if args.get("provision_not_set"):   # JSON list of terms, each quoted
        clauses.append(_with_provision(any_of([Provision.not_set.contains(jsonio.dumps_text(term))
                                               for term in args["provision_not_set"]])))
    if args.get("provision_covered_group"):   # batch27: a covers item's group in the stored JSON list
        clauses.append(_with_provision(any_of([Provision.covers.contains('"group":' + jsonio.dumps_text(term))
                                               for term in args["provision_covered_group"]])))
    for name, key in (("condition_against", "against_actor_ids"), ("condition_between", "between_actor_ids"),
                      ("condition_statement", "statement_id")):   # condition_between, condition_statement: agree28
        if args.get(name):
            clauses.append(_with_provision(Provision.id.in_(conditions_naming(key, int(args[name])))))
    if args.get("condition_connective"):   # cond30: a condition's connective unless or until
        clauses.append(_with_provision(any_of([Provision.conditions.contains(pattern)
                                               for pattern in connective_patterns(args["condition_connective"])])))
    if args.get("condition_actor_known") is not None:   # acts31: "any freed prisoner who returns to violence"
        clauses.append(_with_provision(Provision.id.in_(conditions_with_actor(args["condition_actor_known"]))))
    if args.get("implemented_at") or args.get("implementation_extent"):
        entries = Implementation.select(Implementation.provision)
        if args.get("implemented_at"):
            within = places_within(args["implemented_at"])   # named in place_ids or places_as_reported (0100)
            entries = entries.where(any_of([Implementation.id.in_(model.select(model.implementation)
                                                                  .where(model.place.in_(within)))
                                            for model in (ImplementationPlace, ImplementationPlaceAsReported)]))
        if args.get("implementation_extent"):
            entries = entries.where(Implementation.extent.in_(args["implementation_extent"]))
        clauses.append(_with_provision(Provision.id.in_(entries)))
    return clauses
