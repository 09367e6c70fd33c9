"""What the filters on acts mean (mend-acts, migrations/0043; their declarations: schemas/act_filters.py): an
event's mode, a statement's platform, channel, requested and offered actions, a treaty's text publication and
its provisions' implementation entries."""
from schemas.act_filters import ACTION_FILTERS
from schemas.condition_scope import connective_patterns

from .. import jsonio
from ..models import (Event, EventClaim, Implementation, ImplementationActor, Participant, Provision, Statement,
                      StatementActor, Treaty, TreatyStatusChange)
from ..sql import any_of
from . import issue_refs
from .provision_filters import conditions_naming, conditions_with_actor
from .treaty_structure import claimed_in


def _actions(column, terms):
    """Statements with a requests (or offers) item of one of these actions: the item's `"action":"term"` text inside
    the list's JSON text (orjson writes no spaces), as other_stances are found. LIKE reads a term's _ as any one
    character: no other term differs from one only there."""
    return any_of(column.contains(f'"action":{jsonio.dumps_text(term)}') for term in terms)


def _acts_listing(key, value, patterns, among=None):
    """acts31: the IDs of statements with an act item (in any list) whose list `key` holds `value`: the text narrows
    them (any of `patterns` in a list's JSON; `among`: a subquery of statements they must be in), the parsed items
    decide (an ID or a term may stand in another key of an item)."""
    lists = [getattr(Statement, items) for _, items, *_ in ACTION_FILTERS]
    found = Statement.select(Statement.id, *lists).where(
        any_of([column.contains(pattern) for column in lists for pattern in patterns]))
    if among is not None:
        found = found.where(Statement.id.in_(among))
    return [row[0] for row in found.tuples() if any(
        value in (item.get(key) or []) for text in row[1:] for item in jsonio.loads(text or "[]"))]


def _targets(args):
    """acts31: statements with an act aimed at this actor (target_actor_ids: each also among the statement's
    about_actor_ids, whose rows narrow them) or at one of these groups (target_groups)."""
    clauses = []
    if args.get("act_target"):
        n = int(args["act_target"])
        about = StatementActor.select(StatementActor.statement).where(StatementActor.actor == n)
        clauses.append(Statement.id.in_(_acts_listing("target_actor_ids", n, [f"{before}{n}{after}" for before
                                                                              in "[," for after in ",]"], about)))
    if args.get("act_target_group"):
        clauses.append(any_of([Statement.id.in_(_acts_listing("target_groups", term, [jsonio.dumps_text(term)]))
                               for term in args["act_target_group"]]))
    return clauses


def _not_said(points, reasons, actions=None):
    """Statements with a not_said item of one of these points and one of these reasons (None: any), and of one of
    these actions (agree33; None: any). An item is stored as {"point", "reason", "words"} in that order, so one
    item's point and reason are adjacent; its action (after them) is read from the parsed items."""
    def text(point, reason):
        if point is None:
            return f'"reason":{jsonio.dumps_text(reason)}'
        said = f'"point":{jsonio.dumps_text(point)},'
        return said if reason is None else f'{said}"reason":{jsonio.dumps_text(reason)}'
    found = any_of(Statement.not_said.contains(text(point, reason)) for point in points for reason in reasons
                   if point is not None or reason is not None) if points + reasons != [None, None] else None
    if not actions:
        return found
    named = any_of(
        Statement.not_said.contains(f'"action":{jsonio.dumps_text(action)}') for action in actions)
    rows = Statement.select(Statement.id, Statement.not_said).where(named if found is None else found & named).tuples()
    return Statement.id.in_([ident for ident, text_ in rows if any(
        item.get("action") in actions and (points == [None] or item["point"] in points)
        and (reasons == [None] or item["reason"] in reasons) for item in jsonio.loads(text_ or "[]"))])


def _primary(args):
    """agree33: statements with an act marked primary (of the actions an action filter names, in its list)."""
    named = [(items, args[name]) for name, items, *_ in ACTION_FILTERS if args.get(name)]
    lists = named or [(items, None) for _, items, *_ in ACTION_FILTERS]
    rows = Statement.select(Statement.id, *[getattr(Statement, items) for items, _ in lists]).where(
        any_of(getattr(Statement, items).contains('"primary":true') for items, _ in lists)).tuples()
    return Statement.id.in_([row[0] for row in rows if any(
        item.get("primary") and (actions is None or item["action"] in actions)
        for (_, actions), text_ in zip(lists, row[1:]) for item in jsonio.loads(text_ or "[]"))])


def _evidence(column, kinds):
    """Rows whose evidence list (JSON, schemas/evidence.py) has an item of one of these kinds: its "kind":"term"."""
    return any_of(column.contains(f'"kind":{jsonio.dumps_text(term)}') for term in kinds)


def event_clauses(args):
    clauses = [Event.mode.in_(args["mode"])] if args.get("mode") else []
    if args.get("travel_means"):   # a term's JSON text inside the list's, as other_stances (migrations/0067)
        clauses.append(any_of(Event.travel_means.contains(jsonio.dumps_text(term)) for term in args["travel_means"]))
    if args.get("disrupted"):   # an item's "service":"term" text inside the list's JSON (migrations/0071)
        clauses.append(any_of(Event.service_disruptions.contains(f'"service":{jsonio.dumps_text(term)}')
                              for term in args["disrupted"]))
    if args.get("disrupted_claimant"):   # an item claimed by the actor (claims34, migrations/0115)
        clauses.append(claimed_in(Event.service_disruptions, args["disrupted_claimant"]))
    if args.get("covered_kind"):   # an item's "kind":"term" inside the list's JSON, as covered groups (events28, 0099)
        clauses.append(any_of(Event.covers.contains(f'"kind":{jsonio.dumps_text(term)}')
                              for term in args["covered_kind"]))
    if args.get("issue"):   # an item's "type":"term" inside the list's JSON, as covered kinds (events33, 0112)
        clauses.append(any_of(Event.issues.contains(f'"type":{jsonio.dumps_text(term)}') for term in args["issue"]))
    if args.get("issue_actor"):   # acts35: an issues item's actor_ids (api/services/issue_refs.py)
        clauses.append(Event.id.in_(issue_refs.naming("actor_ids", int(args["issue_actor"]))))
    if args.get("covered_issued_by"):   # "issued_by_id":N followed by the next key or the item's end (events33)
        said = f'"issued_by_id":{int(args["covered_issued_by"])}'
        clauses.append(Event.covers.contains(said + ",") | Event.covers.contains(said + "}"))
    if args.get("site_near"):   # a term's JSON text inside the list's, as travel_means (events30, 0104)
        clauses.append(any_of(Event.sites_near.contains(jsonio.dumps_text(term)) for term in args["site_near"]))
    if args.get("ending"):
        clauses.append(Event.ending.in_(args["ending"]))
    if args.get("recurrence"):   # migrations/0083
        clauses.append(Event.recurrence.in_(args["recurrence"]))
    if args.get("outcome"):   # migrations/0075
        clauses.append(Event.outcome.in_(args["outcome"]))
    if args.get("participant_part"):   # migrations/0076
        clauses.append(Event.id.in_(Participant.select(Participant.event)
                                    .where(Participant.actor_part.in_(args["participant_part"]))))
    if args.get("extent"):   # migrations/0076
        clauses.append(Event.extent.in_(args["extent"]))
    if args.get("novelty"):   # events32 (migrations/0109)
        clauses.append(Event.novelty.in_(args["novelty"]))
    if args.get("alert_level"):
        clauses.append(Event.alert_level.in_(args["alert_level"]))
    if args.get("responsibility"):   # agree33 (migrations/0114)
        clauses.append(Event.responsibility.in_(args["responsibility"]))
    if args.get("evidence"):   # agree33 (migrations/0114): a claim's evidence item "kind":"term", not deprecated
        clauses.append(Event.id.in_(EventClaim.select(EventClaim.event).where(
            _evidence(EventClaim.evidence, args["evidence"]) & (EventClaim.rank != "deprecated"))))
    if args.get("delayed") is not None:   # a claim's delay, not deprecated
        delayed = Event.id.in_(EventClaim.select(EventClaim.event).where(
            EventClaim.delay.is_null(False) & (EventClaim.rank != "deprecated")))
        clauses.append(delayed if args["delayed"] else ~delayed)
    return clauses


def statement_clauses(args):
    clauses = []
    if args.get("platform"):
        clauses.append(Statement.platform.in_(args["platform"]))
    if args.get("channel"):
        clauses.append(Statement.channel == args["channel"])
    for name, items, *_ in ACTION_FILTERS:   # each list of acts' filter (requested_action=: requests ...)
        if args.get(name) and not args.get("act_primary"):
            clauses.append(_actions(getattr(Statement, items), args[name]))
    if args.get("act_primary") is not None:   # agree33: an item's "primary":true (with an action filter: its action)
        clauses.append(_primary(args) if args["act_primary"] else ~_primary(args))
    if args.get("act_modality"):   # claims26: an item's "modality":"term" in any list of acts
        clauses.append(any_of(getattr(Statement, items).contains(f'"modality":{jsonio.dumps_text(term)}')
                              for _, items, *_ in ACTION_FILTERS for term in args["act_modality"]))
    if args.get("act_proportion"):   # figures27: an item's "proportion":"term", as act_modality
        clauses.append(any_of(getattr(Statement, items).contains(f'"proportion":{jsonio.dumps_text(term)}')
                              for _, items, *_ in ACTION_FILTERS for term in args["act_proportion"]))
    if args.get("act_treaty"):   # statements37: an item's "treaty_id":ID ("for_treaty_id" has _ before it)
        clauses.append(any_of(getattr(Statement, items).contains(f'"treaty_id":{int(args["act_treaty"])}{end}')
                              for _, items, *_ in ACTION_FILTERS for end in (",", "}")))
    if args.get("act_for_treaty"):   # figures27: an item's "for_treaty_id":ID, followed by , or }
        clauses.append(any_of(getattr(Statement, items).contains(f'"for_treaty_id":{int(args["act_for_treaty"])}{end}')
                              for _, items, *_ in ACTION_FILTERS for end in (",", "}")))
    if args.get("act_place"):   # acts28: a places item's "place_id":ID, followed by , or }
        clauses.append(any_of(getattr(Statement, items).contains(f'"place_id":{int(args["act_place"])}{end}')
                              for _, items, *_ in ACTION_FILTERS for end in (",", "}")))
    if args.get("act_equipment"):   # acts28: an equipment item's "kind":"term" (no other act key is kind)
        clauses.append(any_of(getattr(Statement, items).contains(f'"kind":{jsonio.dumps_text(term)}')
                              for _, items, *_ in ACTION_FILTERS for term in args["act_equipment"]))
    if args.get("act_phase"):   # acts29: an item's "phase":"term" (no other act key is phase)
        clauses.append(any_of(getattr(Statement, items).contains(f'"phase":{jsonio.dumps_text(term)}')
                              for _, items, *_ in ACTION_FILTERS for term in args["act_phase"]))
    if args.get("act_term") is not None:   # agree32: an item's "term":{...} (a term null is "term":null)
        with_term = any_of(getattr(Statement, items).contains('"term":{') for _, items, *_ in ACTION_FILTERS)
        clauses.append(with_term if args["act_term"] else ~with_term)
    for name, key in (("condition_between", "between_actor_ids"), ("condition_statement", "statement_id")):
        if args.get(name):   # agree28: a condition's settlement parties, the statement whose pledge it hangs on
            clauses.append(Statement.id.in_(conditions_naming(key, int(args[name]), Statement)))
    if args.get("condition_connective"):   # cond30: a condition's connective unless or until
        clauses.append(any_of([Statement.conditions.contains(pattern)
                               for pattern in connective_patterns(args["condition_connective"])]))
    if args.get("condition_actor"):   # statements37: the actor in any role a condition names
        clauses.append(Statement.id.in_([ident for key in ("actor_id", "against_actor_ids", "between_actor_ids")
                                         for ident in conditions_naming(key, int(args["condition_actor"]), Statement)]))
    if args.get("condition_actor_known") is not None:   # acts31: "any freed prisoner who returns to violence"
        clauses.append(Statement.id.in_(conditions_with_actor(args["condition_actor_known"], Statement)))
    clauses += _targets(args)   # acts31 (migrations/0107)
    if args.get("act_subject"):   # acts35: a term inside an item's subject_types (the parsed items decide)
        clauses.append(any_of([Statement.id.in_(_acts_listing("subject_types", term, [jsonio.dumps_text(term)]))
                               for term in args["act_subject"]]))
    if args.get("not_said") or args.get("not_said_reason") or args.get("not_said_action"):
        clauses.append(_not_said(args.get("not_said") or [None], args.get("not_said_reason") or [None],
                                 args.get("not_said_action")))
    if args.get("evidence"):   # agree33 (migrations/0114)
        clauses.append(_evidence(Statement.evidence, args["evidence"]))
    if args.get("live") is not None:
        clauses.append(Statement.live == args["live"])
    if args.get("speaker_known") is not None:   # acts28 (migrations/0097): speaker_id null when not known
        clauses.append(Statement.speaker.is_null(not args["speaker_known"]))
    if args.get("recurrence"):   # acts29 (migrations/0101): a position repeated over the statement's dates
        clauses.append(Statement.recurrence.in_(args["recurrence"]))
    if args.get("speaker_part"):   # mend-stmt5 (migrations/0081)
        clauses.append(Statement.speaker_part.in_(args["speaker_part"]))
    return clauses


def treaty_clauses(args):
    clauses = []
    if args.get("text_published"):
        clauses.append(Treaty.text_published.in_(args["text_published"]))
    if args.get("de_facto_status"):   # figures27 (migrations/0095): an entry said to hold in fact, not formally
        clauses.append(Treaty.id.in_(TreatyStatusChange.select(TreatyStatusChange.treaty).where(
            (TreatyStatusChange.de_facto == True) & (TreatyStatusChange.rank != "deprecated")   # noqa: E712
            & TreatyStatusChange.status.in_(args["de_facto_status"]))))
    clauses += status_reason_clauses(args)   # cond30 (migrations/0103)
    if args.get("implemented_by") or args.get("implementation") or args.get("implementation_reason"):
        entries = Implementation.select(Implementation.provision)
        if args.get("implemented_by"):
            entries = entries.join(ImplementationActor, on=ImplementationActor.implementation == Implementation.id) \
                .where(ImplementationActor.actor == args["implemented_by"])
        if args.get("implementation"):
            entries = entries.where(Implementation.status.in_(args["implementation"]))
        if args.get("implementation_reason"):   # mend-agree3 (migrations/0073)
            entries = entries.where(Implementation.reason.in_(args["implementation_reason"]))
        clauses.append(Treaty.id.in_(Provision.select(Provision.treaty).where(Provision.id.in_(entries))))
    return clauses


def status_reason_clauses(args):
    """cond30 (migrations/0103): a status history entry (of any rank: a claim, as claimant= finds) giving one of these
    reasons or blaming this actor (its blamed_actor_ids, a JSON list: the text narrows, the parsed list decides)."""
    clauses = []
    if args.get("status_reason"):
        clauses.append(Treaty.id.in_(TreatyStatusChange.select(TreatyStatusChange.treaty).where(
            TreatyStatusChange.reason.in_(args["status_reason"]))))
    if args.get("status_blamed"):
        n = int(args["status_blamed"])
        found = TreatyStatusChange.select(TreatyStatusChange.treaty, TreatyStatusChange.blamed_actor_ids).where(
            any_of([TreatyStatusChange.blamed_actor_ids.contains(f"{before}{n}{after}")
                              for before in "[," for after in ",]"])).tuples()
        clauses.append(Treaty.id.in_([treaty for treaty, text in found if n in jsonio.loads(text or "[]")]))
    return clauses
