"""What the treaty filters that answer from a treaty's structure over time mean (docs/api.md, "Treaty
structure over time"): in_force_on from the dated status history, the party filters from roles and
participation, and relates_to from the treaty relations.

in_force_on=D. The *counted* entries of a treaty's status history are those ranked `preferred` when it has
any, else those not `deprecated` (the curators' accepted story; the top-level status is its last entry,
schemas/treaty_structure.py). A treaty with a counted entry whose date is known is in force on D when the
last counted entry dated on or before D (by its `date`: the day, the first day of a bracket, month or year,
or the bound of an open bound; list order breaks ties, and the list is in date order) reached in_force, i.e.
is `in_force` or `resumed`; before its first dated entry it is not in force. A treaty without such an entry
answers by its record's dates as before: its status is not `signed`, it entered into force (or, that date
unknown, was signed) on or before D, and it had not ended before D.

party_on=D (with party=A, and party_role= if given): A took part in the treaty on D, in a listed role, when
the last of A's participation changes dated on or before D is joined or resumed (suspended and withdrew
leave it out). With none dated on or before D: not when a dated `joined` comes later; else by `joined`
(or the treaty's signing, when joined is not given) on or before D and `left` (or the treaty's end, when
left is not given) not before D.
"""
import datetime

from peewee import fn

from .. import jsonio
from ..models import Treaty, TreatyParty, TreatyRelation, TreatyStatusChange

IN_FORCE = ("in_force", "resumed")   # the status changes that reach in_force
IN = ("joined", "resumed")           # the participation changes after which an actor takes part


def _counted(change):
    """The entries of a status history that count (see the module docstring), as a condition on `change`."""
    preferred = TreatyStatusChange.select(TreatyStatusChange.treaty).where(TreatyStatusChange.rank == "preferred")
    return (change.rank == "preferred") | ((change.rank == "normal") & change.treaty.not_in(preferred))


def in_force_on(day):
    dated = TreatyStatusChange.alias("dated")
    with_history = dated.select(dated.treaty).where(_counted(dated) & dated.day.is_null(False))
    last = TreatyStatusChange.alias("last")
    status_then = (last.select(last.status)
                   .where((last.treaty == Treaty.id) & _counted(last) & (last.day <= day))
                   .order_by(last.position.desc()).limit(1))
    by_history = Treaty.id.in_(with_history) & fn.COALESCE(status_then, "").in_(IN_FORCE)
    # A status of unknown counts only with a known entry into force (a signature alone proves nothing).
    by_dates = ((Treaty.status != "signed")
                & ((Treaty.status != "unknown") | Treaty.in_force_date.is_null(False))
                & (fn.COALESCE(Treaty.in_force_date, Treaty.signed_date) <= day)
                & (Treaty.ended_date.is_null() | (Treaty.ended_date >= day)))
    return by_history | (Treaty.id.not_in(with_history) & by_dates)


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


def _parties(args):
    who = TreatyParty.actor == args["party"] if args.get("party") else None
    if args.get("party_role"):
        role = TreatyParty.role.in_(args["party_role"])
        who = role if who is None else who & role
    return who


def clauses(args):
    found = []
    who = _parties(args)
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
    if args.get("relates_to"):
        related = TreatyRelation.treaty == args["relates_to"]
        if args.get("relation"):
            related &= TreatyRelation.relation.in_(args["relation"])
        found.append(Treaty.id.in_(TreatyRelation.select(TreatyRelation.owner).where(related)))
    return found
