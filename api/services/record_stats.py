"""GET /v1/statements/stats and GET /v1/treaties/stats: the collection's records counted per bucket, in one
GROUP BY, from the same filter clauses as its pages (pages.filter_clauses). Statements by speaker, stance,
medium and period; treaties by kind, status and party (docs/api.md "Aggregates of statements and treaties").
Periods, their zero-filled series and the imprecise rule are the events' (services/stats_series.py)."""

from peewee import JOIN, SQL, Case, Value, fn

from schemas.record_stats import RECORD_LINKED
from schemas.vocab_treaties import NEGATIVE_PARTY_ROLES

from .. import stats_sql
from ..models import Actor, Statement, StatementSpeaker, TreatyParty
from . import pages, search, stats_series
from .kinds import KINDS


def _precise_period(interval):
    """A statement's period, and whether its date lies within it: a date known, no open bound, and its last day
    (date_end, else date) in the same period."""
    start = stats_sql.period(interval, Statement.date)
    last = stats_sql.period(interval, fn.COALESCE(Statement.date_end, Statement.date))
    return start, Statement.date.is_null(False) & Statement.date_bound.is_null() & (start == last)


def _join(query, model, name, interval):
    if name == "time":
        start, within = _precise_period(interval)
        return query, [Case(None, [(within, start)], None).alias("time")]
    if name == "speaker":   # speaker_id, and the other speakers of a joint statement
        pairs = (Statement.select(Statement.id.alias("owner_id"), Statement.speaker.alias("actor_id"))
                 .union(StatementSpeaker.select(StatementSpeaker.statement, StatementSpeaker.actor))).alias("speakers")
    elif name == "party":
        pairs = TreatyParty.select(TreatyParty.treaty.alias("owner_id"), TreatyParty.actor.alias("actor_id")
                                   ).where(TreatyParty.role.not_in(NEGATIVE_PARTY_ROLES)   # not in it (mend-not)
                                           ).distinct().alias("parties")
    else:
        return query, [getattr(model, name).alias(name)]
    actor = Actor.alias(f"grouped_{name}")
    query = (query.join_from(model, pairs, JOIN.LEFT_OUTER, on=(pairs.c.owner_id == model.id))
             .join_from(pairs, actor, JOIN.LEFT_OUTER, on=(actor.id == pairs.c.actor_id)))
    return query, [actor.id.alias(f"{name}_id"), actor.name.alias(f"{name}_name")]


def _clauses(kind_name, model, args):
    clauses = pages.filter_clauses(kind_name, model, args, None)
    if args.get("q"):
        clauses.append(model.id.in_(search.matching_ids(kind_name, args["q"])))
    return clauses


def grouped_query(kind_name, args):
    model = KINDS[kind_name].model
    query, keys = model.select(), []
    for name in args["group_by"]:
        query, columns = _join(query, model, name, args.get("interval") or "month")
        keys.extend(columns)
    query = query.select(*keys, fn.COUNT(model.id).alias("count"))
    for clause in _clauses(kind_name, model, args):
        query = query.where(clause)
    return query.group_by(*(SQL(str(position)) for position in range(1, len(keys) + 1)))


def totals_query(kind_name, args):
    model = KINDS[kind_name].model
    columns = [fn.COUNT(model.id).alias("total")]
    if "time" in args["group_by"]:
        _, within = _precise_period(args.get("interval") or "month")
        columns.append(fn.COALESCE(fn.SUM(Case(None, [(within, 0)], 1)), Value(0)).alias("imprecise"))
    query = model.select(*columns)
    for clause in _clauses(kind_name, model, args):
        query = query.where(clause)
    return query


def _bucket(row, group_by):
    shown = {}
    for name in group_by:
        if name in RECORD_LINKED:
            ident = row[f"{name}_id"]
            shown[name] = None if ident is None else {"id": ident, "name": row[f"{name}_name"]}
        else:
            shown[name] = row[name]
    return {**shown, "count": row["count"]}


def record_stats(kind_name, args, abort_bad):
    group_by = args["group_by"]
    interval = (args.get("interval") or "month") if "time" in group_by else None
    buckets = [_bucket(row, group_by) for row in stats_sql.rows(grouped_query(kind_name, args))]
    totals = stats_sql.rows(totals_query(kind_name, args))[0]
    if interval:
        buckets, imprecise, first, last = stats_series.series(buckets, group_by, args.get("date_from"),
                                                              args.get("date_to"), interval, abort_bad, ("count",))
    else:
        buckets, imprecise, first, last = sorted(buckets, key=stats_series.sort_key(group_by)), [], None, None
    return {"group_by": list(group_by), "interval": interval, "date_from": first, "date_to": last,
            "buckets": buckets, "imprecise": imprecise,
            "imprecise_count": totals.get("imprecise") or 0, "total": totals["total"]}
