"""What the treaty filters that answer from a treaty's structure over time mean (docs/api.md, "Treaty
structure over time"): in_force_on from the dated status history, the party filters from roles and
participation, and relates_to from the treaty relations.

in_force_on=D. The *counted* entries of a treaty's status history are those ranked `preferred` when it has
any, else those not `deprecated`, never one said to hold only in fact (`de_facto`) (the curators' accepted story; the top-level status is its last entry,
schemas/treaty_structure.py). A treaty with a counted entry whose date is known answers from them: the
entry in effect on D is the last counted entry (in list order, which is date order) that is
- dated on or before D (by its `date`: the day, the first day of a bracket, month or year, or the bound of
  an open bound), or
- undated and listed after a dated entry dated before D: an undated change happened after the entry listed
  before it, on a day not reported, so it is in effect from the day after that entry's day (never on that
  day itself) until the next dated entry. An undated entry listed before every dated entry is never in
  effect (nothing places it).
The treaty is in force on D when that entry reached in_force (`in_force`, `resumed`, `extended`, `fraying`) and its
`until`, if given, is not before D; before its first dated entry it is not in force. When several entries are dated
D, the treaty is in force on D also when any of them reached in_force (treaties35): a ceasefire that took effect on
D and broke down later the same day was in force on D. An entry dated D with a time of day past midnight (a clock
time or a part of the day: "expired at 19:00", "ran out overnight") leaves the entry before it in effect for the
part of D before it (trial t73): a treaty in force before D and ended then was in force on D. An entry dated D with
no time still answers for the whole of D: a treaty in force before D and ended on D, at a time not reported, is not
in force on D. A treaty without such
an entry answers by its record's dates as before: its status is not `signed` (nor proposed, rejected,
agreed or declared), it entered into force (or, that date unknown, was signed) on or before D, and it had not ended
before D.

party_on=D (with party=A, and party_role= if given): A took part in the treaty on D, in a listed role, when
the last of A's participation changes dated on or before D is joined or resumed (suspended and withdrew
leave it out). With none dated on or before D: not when a dated `joined` comes later; else by `joined`
(or the treaty's signing, when joined is not given) on or before D and `left` (or the treaty's end, when
left is not given) not before D.
"""
import datetime
from collections import defaultdict

from peewee import fn

from schemas.vocab_treaties import NEGATIVE_PARTY_ROLES

from .. import jsonio
from ..sql import any_of
from ..models import Treaty, TreatyParty, TreatyRelation, TreatyStatusChange
from ..models.treaty_structure import TreatyStatusChangeActor

IN_FORCE = ("in_force", "resumed", "extended", "fraying")   # the status changes that reach in_force
# Statuses of a treaty that has not entered into force, whatever its dates say: a date given with one of them
# (a signing, an agreement announced) proves no entry into force.
NOT_YET_IN_FORCE = ("proposed", "rejected", "agreed", "signed", "declared")
IN = ("joined", "resumed")           # the participation changes after which an actor takes part
# The times of day at which nothing of the day has passed: an entry at one of them answers for the whole day.
NO_TIME_OF_DAY = (None, "00:00", "00:00:00")


def _counted(change):
    """The entries of a status history that count (see the module docstring), as a condition on `change`."""
    preferred = TreatyStatusChange.select(TreatyStatusChange.treaty).where(TreatyStatusChange.rank == "preferred")
    formal = change.de_facto.is_null() | (change.de_facto == False)   # noqa: E712 (figures27: in fact only)
    return formal & ((change.rank == "preferred") | ((change.rank == "normal") & change.treaty.not_in(preferred)))


def _in_effect(entries, day, before=False):
    """The entry in effect on `day` among one treaty's counted entries, in list order (see the docstring); with
    `before`, the one in effect as `day` began (the entries dated `day` left out)."""
    found, previous = None, None
    for status, entry_day, until_day, _ in entries:
        if entry_day is not None:
            if entry_day > day or (before and entry_day == day):
                break
            found, previous = (status, until_day), entry_day
        elif previous is not None and previous < day:
            found = (status, until_day)
    return found


def _in_effect_during(entries, day):
    """The entries that answer for `day` (see the docstring): the one in effect, each one dated `day` (in force
    for part of it), and, when the first entry dated `day` has a time of day past midnight, the one in effect as
    the day began (in effect until that time: a truce that expired at 19:00, or overnight, held that day)."""
    dated = [(status, until, time) for status, entry_day, until, time in entries if entry_day == day]
    held = [_in_effect(entries, day, before=True)] if dated and dated[0][2] not in NO_TIME_OF_DAY else []
    return [_in_effect(entries, day)] + [(status, until) for status, until, _ in dated] + held


def in_force_on(day):
    dated = TreatyStatusChange.alias("dated")
    with_history = dated.select(dated.treaty).where(_counted(dated) & dated.day.is_null(False))
    rows = (TreatyStatusChange.select(TreatyStatusChange.treaty, TreatyStatusChange.status, TreatyStatusChange.day,
                                      TreatyStatusChange.until_day, TreatyStatusChange.date)
            .where(_counted(TreatyStatusChange) & TreatyStatusChange.treaty.in_(with_history))
            .order_by(TreatyStatusChange.treaty, TreatyStatusChange.position).tuples())
    # Undated entries take their place from list order, so the history is read here, the same way on both
    # engines (a treaty's history is short; only treaties with a dated history are read).
    grouped = defaultdict(list)
    for treaty, status, entry_day, until_day, date in rows:
        time = (jsonio.loads(date) or {}).get("time") if date else None
        grouped[treaty].append((status, _day(entry_day), _day(until_day), time))
    in_force = []
    for treaty, entries in grouped.items():
        if any(found and found[0] in IN_FORCE and (found[1] is None or found[1] >= day)
               for found in _in_effect_during(entries, day)):
            in_force.append(treaty)
    by_history = Treaty.id.in_(sorted(in_force))
    # A status of unknown counts only with a known entry into force (a signature alone proves nothing).
    by_dates = (Treaty.status.not_in(NOT_YET_IN_FORCE)
                & ((Treaty.status != "unknown") | Treaty.in_force_date.is_null(False))
                & (fn.COALESCE(Treaty.in_force_date, Treaty.signed_date) <= day)
                & (Treaty.ended_date.is_null() | (Treaty.ended_date >= day)))
    return by_history | (Treaty.id.not_in(with_history) & by_dates)


def _day(value):
    if value is None or isinstance(value, datetime.date):
        return value
    return datetime.date.fromisoformat(str(value)[:10])


def _iso(value):
    return value.isoformat() if isinstance(value, datetime.date) else value


def took_part(day, joined, left, participation, signed_date, ended_date=None):
    """Whether a party row's actor took part on `day` (see the module docstring)."""
    day = day.isoformat()
    changes = [c for c in jsonio.loads(participation or "[]") if (c.get("date") or {}).get("date")]
    before = [c for c in changes if c["date"]["date"] <= day]
    if before:
        return before[-1]["change"] in IN
    if any(c["change"] == "joined" for c in changes):
        return False
    start, left = _iso(joined) or _iso(signed_date), _iso(left) or _iso(ended_date)
    return not (start and start > day) and not (left and left < day)


def parties(args):
    who = TreatyParty.actor == args["party"] if args.get("party") else None
    if args.get("party_role"):
        role = TreatyParty.role.in_(args["party_role"])
        who = role if who is None else who & role
    elif who is not None:   # an actor reported NOT in the treaty is no party of it (mend-not)
        who &= TreatyParty.role.not_in(NEGATIVE_PARTY_ROLES)
    return who


def claimed_by(actor):
    """Treaties with a status history entry, or an implementation entry of one of their provisions, that the
    actor claims (claimant=); or a party's role, a provision, a provision's deadline or figure it says the
    treaty has (migrations/0049), or a provision's actor's part (claims34, migrations/0115)."""
    from ..models import Implementation, Provision, ProvisionActor
    return (Treaty.id.in_(TreatyStatusChange.select(TreatyStatusChange.treaty)
                          .where(TreatyStatusChange.claimant == actor))
            | Treaty.id.in_(Provision.select(Provision.treaty).join(
                Implementation, on=(Implementation.provision == Provision.id))
                .where(Implementation.claimant == actor))
            | Treaty.id.in_(TreatyParty.select(TreatyParty.treaty).where(TreatyParty.claimant == actor))
            | Treaty.id.in_(Provision.select(Provision.treaty).where(Provision.claimant == actor))
            | Treaty.id.in_(Provision.select(Provision.treaty).join(   # an actor's part in it (claims34, 0115)
                ProvisionActor, on=(ProvisionActor.provision == Provision.id)).where(ProvisionActor.claimant == actor))
            | Treaty.id.in_(Provision.select(Provision.treaty).where(claimed_in(Provision.deadlines, actor)
                                                                    | claimed_in(Provision.figures, actor))))


def claimed_in(column, actor):
    """A provision's deadlines or figures (JSON text, orjson writes no spaces) with an item this actor claims:
    its `"claimant_id":N` followed by `,` or `}` (so 1 does not find 12). mend-claims2, notes/trials t18."""
    return column.contains(f'"claimant_id":{int(actor)},') | column.contains(f'"claimant_id":{int(actor)}}}')


def status_changes(args):
    """treaties35: treaties with a status history entry (not deprecated; whatever the top-level status) of one of
    these statuses (status_change=), and (status_changed_by=) that this actor made (actor_ids) or claims: one
    entry meets both ('signed by all, then rejected by one party's assembly': status_change=rejected)."""
    if not (args.get("status_change") or args.get("status_changed_by")):
        return []
    entry = TreatyStatusChange.rank != "deprecated"
    if args.get("status_change"):
        entry &= TreatyStatusChange.status.in_(args["status_change"])
    if args.get("status_changed_by"):
        actor = args["status_changed_by"]
        entry &= ((TreatyStatusChange.claimant == actor)
                  | TreatyStatusChange.id.in_(TreatyStatusChangeActor.select(TreatyStatusChangeActor.change)
                                              .where(TreatyStatusChangeActor.actor == actor)))
    return [Treaty.id.in_(TreatyStatusChange.select(TreatyStatusChange.treaty).where(entry))]


def clauses(args):
    found = [] if args.get("unidentified") is None else [Treaty.unidentified == args["unidentified"]]   # 0061
    found += status_changes(args)
    if args.get("claimant"):
        found.append(claimed_by(args["claimant"]))
    who = parties(args)
    if args.get("party_on"):
        rows = (TreatyParty.select(TreatyParty.treaty, TreatyParty.joined, TreatyParty.left,
                                   TreatyParty.participation, Treaty.signed_date, Treaty.ended_date)
                .join(Treaty, on=(TreatyParty.treaty == Treaty.id)).where(who).tuples())
        # One actor's party rows: few, so the dates are judged here, the same way on both engines.
        ids = sorted({treaty for treaty, joined, left, changes, signed, ended in rows
                      if took_part(args["party_on"], joined, left, changes, signed, ended)})
        found.append(Treaty.id.in_(ids))
    elif args.get("party_role"):
        found.append(Treaty.id.in_(TreatyParty.select(TreatyParty.treaty).where(who)))
    if args.get("participation_covers"):   # treaties37: a change's "covers_proportion":"term" in the JSON list
        covers = any_of([TreatyParty.participation.contains('"covers_proportion":' + jsonio.dumps_text(term))
                         for term in args["participation_covers"]])
        found.append(Treaty.id.in_(TreatyParty.select(TreatyParty.treaty).where(
            covers if args.get("party") is None else covers & (TreatyParty.actor == args["party"]))))
    if args.get("agreed_by"):   # who agreed for a party without a signature (agree26, migrations/0090)
        found.append(Treaty.id.in_(TreatyParty.select(TreatyParty.treaty).where(TreatyParty.agreed_by == args["agreed_by"])))
    if args.get("signed_at"):   # where it was signed (migrations/0058)
        found.append(Treaty.signed_at == args["signed_at"])
    if args.get("signed_from"):   # periods38: signed_date, the first signing when the parties signed apart
        found.append(Treaty.signed_date >= args["signed_from"])
    if args.get("signed_to"):
        found.append(Treaty.signed_date <= args["signed_to"])
    if args.get("agreed_at"):   # where it was reached (agree32, migrations/0111)
        found.append(Treaty.agreed_at == args["agreed_at"])
    if args.get("relates_to") or args.get("relation"):   # relation alone: a relation of that kind to any treaty
        related = [TreatyRelation.treaty == args["relates_to"]] if args.get("relates_to") else []
        if args.get("relation"):
            related.append(TreatyRelation.relation.in_(args["relation"]))
        found.append(Treaty.id.in_(TreatyRelation.select(TreatyRelation.owner).where(*related)))
    return found
