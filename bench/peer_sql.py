"""The SQL bench/run.py sends Datasette: for each question, the best query we know, returning what our
answer carries.

Two rules make the comparison one a Datasette maintainer would accept:

- **The same plan as ours.** The list walks the `participant(actor_id, event_id)` index as a join, as the
  service does (not `e.id IN (SELECT ...)`, which docs/performance.md measured ten times slower); the search
  ranks and cuts inside the FTS index before reading any statement, as `api/services/search.py` does.
- **The same payload.** Every list our record embeds (participants with their actor's name and kind, treaty
  links, figure, claim and source IDs, external IDs, relations, other places; for a statement its speaker,
  addressee, sources, what it is about, relations, claims and figures) is one correlated subquery here,
  each walking the same `(owner, position)` index our read uses, so both servers read the same rows and
  send about the same bytes (the bench prints them). quad_class is derived from the type by the same table
  as ours (schemas/vocabularies.py), as a CASE. The lists come as JSON text inside Datasette's rows, its
  cheapest form (`?_json=` would nest them, at a cost to it of parsing every one again): the same content,
  a few percent more bytes for the escaping.

bench/run.py checks once per question, on several drawn parameters, that both return the same records.
"""
from schemas.vocabularies import EVENT_TYPES


def _array(element, rows):
    """A JSON array of `element` (an expression over the columns of `rows`) for each row of the query `rows`,
    in its order: one correlated subquery. (SQLite before 3.44 has no ORDER BY inside an aggregate: the
    rows are ordered in a subquery, which the aggregate reads in that order.)"""
    return f"(select json_group_array({element}) from ({rows}))"


def _quad_class(column):
    cases = " ".join(f"when '{event_type}' then '{quad}'" for event_type, (quad, _) in EVENT_TYPES.items())
    return f"(case {column} {cases} end)"


EVENT_COLUMNS = ("e.id, '/v1/events/' || e.id as href, e.version, e.created_at, e.updated_at, e.title, e.type, "
                 "{quad} as quad_class, e.mode, e.context, e.date_start, e.date_end, e.date_precision, "
                 "e.date_end_precision, e.date_part, e.date_end_part, e.date_relative, e.time_start, e.time_end, "
                 "e.time_zone, e.date_bound, e.date_edtf, e.place_id as place, e.location_precision, e.summary, "
                 "e.parent_id as parent, e.legal, e.verification, e.verification_source_id as verification_source, "
                 "e.occurrence, e.occasion_timing, e.recurrence, e.ending, e.outcome, e.extent, e.site_categories, "
                 "e.travel_means, e.service_disruptions, e.covers, e.sites_near, e.novelty, e.novelty_words, "
                 "e.alert_level, e.alert_level_words, e.responsibility, e.action, e.place_part, e.issues").format(quad=_quad_class("e.type"))

# A record's property values (docs/api.md "Properties"), as ours shows them, without their sources' IDs.
_PROPERTIES = _array("json_object('property', property, 'value', json(value), 'claimant', claimant_id, "
                     "'attribution', attribution, 'claimant_words', claimant_words, 'claimant_kind', claimant_kind, "
                     "'claimant_country', claimant_country, 'rank', rank, 'as_of', as_of, "
                     "'as_of_precision', as_of_precision, 'note', note)",
                     "select * from property_value where {owner} = {row} order by position")


def _claimed(element, table, owner):
    """A relation's items (`element` over the rows of `table` owned by `owner`), each with its claim and its sources
    (migrations/0106), as ours shows them."""
    claim = ("'claimant', claimant_id, 'attribution', attribution, 'verification', verification, 'note', note, "
             "'claimant_words', claimant_words, 'claimant_kind', claimant_kind, 'claimant_country', "
             "claimant_country, 'degree', degree, 'sources', json((select json_group_array(source_id) from (select "
             f"source_id from {table}_source where relation_id = relation_row order by position)))")
    return _array(f"json_object({element}, {claim})",
                  f"select r.id as relation_row, r.* from {table} r where r.subject_id = {owner} order by r.position")


EVENT_EMBEDS = ", ".join([
    _array("json_object('id', id, 'actor', json_object('id', actor_id, 'name', name, 'kind', kind), "
           "'role', role, 'on_behalf_of', on_behalf_of_id, 'actor_part', actor_part)",
           "select p.id, p.actor_id, a.name, a.kind, p.role, p.on_behalf_of_id, p.actor_part from participant p "
           "join actor a on a.id = p.actor_id where p.event_id = e.id order by p.position") + " as participants",
    _array("json_object('treaty', treaty_id, 'link', link, 'provision', provision_id)",
           "select treaty_id, link, provision_id from event_treaty where event_id = e.id order by position")
    + " as treaties",
    _array("id", "select id from figure where event_id = e.id order by position") + " as figures",
    _array("id", "select id from event_claim where event_id = e.id order by position") + " as claims",
    _array("source_id", "select source_id from event_source where event_id = e.id order by position") + " as sources",
    "(select json_group_object(scheme, value) from event_external_id where event_id = e.id) as external_ids",
    _claimed("'event', event_id, 'relation', relation, 'elapsed', elapsed", "event_relation", "e.id")
    + " as relations",
    _claimed("'statement', statement_id, 'relation', relation, 'elapsed', elapsed", "event_statement_relation",
             "e.id") + " as statement_relations",
    _array("json_object('place', place_id, 'location_precision', location_precision, 'role', role, "
           "'unknown', unknown, 'relation', relation, 'relative_to', relative_to_id, 'words', words, "
           "'with_surroundings', with_surroundings, 'distance_km', distance_km, "
           "'distance_qualifier', distance_qualifier, 'distance_vague', distance_vague, "
           "'site_category', site_category)",   # figs33 (migrations/0113)
           "select * from event_place where event_id = e.id order by position") + " as other_places",
    _array("json_object('name', name, 'language', language)",
           "select name, language from event_alias where event_id = e.id order by position") + " as aliases",
    _PROPERTIES.format(owner="event_id", row="e.id") + " as properties",
])

STATEMENT_COLUMNS = ("s.id, '/v1/statements/' || s.id as href, s.version, s.created_at, s.updated_at, s.date, "
                     "s.date_end, s.date_precision, s.date_end_precision, s.date_relative, s.time, s.time_zone, "
                     "s.time_qualifier, s.date_bound, s.date_edtf, s.said_at_id as said_at, "
                     "s.said_during_event_id as said_during_event, s.occasion_timing, s.medium, s.platform, "
                     "s.channel_id as channel, s.channel_name, s.live, s.quote, s.other_quotes, s.language, "
                     "s.other_languages, s.summary, s.stance, s.other_stances, s.conditions, "
                     "s.on_behalf_of_id as on_behalf_of, s.relayed_by_id as relayed_by, s.speaker_words, "
                     "s.speaker_part, s.speaker_hedge, s.requests, s.offers, s.refusals, s.not_agreed, s.not_said, "
                     "s.announcements, s.pledges, s.threats, s.intentions, s.recurrence, s.verification, "
                     "coalesce(s.reasons, '[]') as reasons, coalesce(s.predictions, '[]') as predictions, s.novelty, "
                     "s.novelty_words, s.date_part, coalesce(s.evidence, '[]') as evidence, s.addressee_words, "
                     "s.verification_source_id as verification_source")

_ACTOR = "(select json_object('id', id, 'name', name, 'kind', kind) from actor where id = s.{column})"
STATEMENT_EMBEDS = ", ".join([
    _ACTOR.format(column="speaker_id") + " as speaker",
    _ACTOR.format(column="addressee_id") + " as addressee",
    _array("json_object('id', id, 'title', title, 'type', type, 'date_start', date_start)",
           "select ev.id, ev.title, ev.type, ev.date_start from statement_event l join event ev "
           "on ev.id = l.event_id where l.statement_id = s.id order by l.position") + " as about_events",
    _array("json_object('treaty', treaty_id, 'provision', provision_id, 'article', article, 'type', type)",
           "select l.treaty_id, pr.id as provision_id, pr.article, pr.type from statement_treaty l "
           "left join provision pr on pr.id = l.provision_id where l.statement_id = s.id order by l.position")
    + " as about_treaties",
    _array("json_object('id', id, 'title', title, 'url', url, 'publisher', publisher, 'publishers', publishers, "
           "'published_date', published_date, 'published_end', published_end, 'published_edtf', published_edtf)",
           "select so.* from statement_source l join source so on so.id = l.source_id "
           "where l.statement_id = s.id order by l.position") + " as sources",
    "(select json_group_object(scheme, value) from statement_external_id where statement_id = s.id) as external_ids",
    _claimed("'statement', statement_id, 'relation', relation, 'extent', extent, 'extent_words', extent_words, "
             "'elapsed', elapsed", "statement_relation", "s.id") + " as relations",
    _claimed("'event', event_id, 'relation', relation, 'elapsed', elapsed", "statement_event_relation", "s.id")
    + " as event_relations",
    _array("actor_id", "select actor_id from statement_not_named where statement_id = s.id order by position")
    + " as not_named_actors",
    _array("figure_id", "select figure_id from statement_figure where statement_id = s.id order by position")
    + " as about_figure_ids",
    _PROPERTIES.format(owner="statement_id", row="s.id") + " as properties",
    _array("actor_id", "select actor_id from statement_actor where statement_id = s.id order by position")
    + " as about_actors",
    _array("place_id", "select place_id from statement_place where statement_id = s.id order by position")
    + " as about_places",
    _array("actor_id", "select actor_id from statement_speaker where statement_id = s.id order by position")
    + " as other_speakers",
    _array("actor_id", "select actor_id from statement_addressee where statement_id = s.id order by position")
    + " as other_addressees",
    _array("actor_id", "select actor_id from statement_companion where statement_id = s.id order by position")
    + " as accompanied_by_actors",   # places35 (migrations/0119)
    _array("json_object('id', id, 'quantity', quantity, 'low', low, 'best', best, 'high', high, 'unit', unit, "
           "'as_of', as_of, 'claimant', claimant_id, 'attribution', attribution, 'category', category, "
           "'rank', rank, 'qualifier', qualifier, 'note', note)",
           "select * from figure where statement_id = s.id order by position") + " as figures",
    _array("json_object('id', id, 'medium', medium, 'claimant', claimant_id, 'attribution', attribution, "
           "'rank', rank, 'qualifier', qualifier, 'as_of', as_of, 'note', note)",
           "select * from statement_claim where statement_id = s.id order by position") + " as claims",
])

# The date-range test of GET /v1/events?date_from=&date_to= (api/services/filters.py), written out: an
# event overlaps the range unless it ends before it or starts after it; open and "by" bounds count as the
# service counts them.
_OVERLAPS = ("(e.date_end >= :date_from or (e.date_end is null and (e.date_bound is null or "
             "e.date_bound not in ('on_or_before', 'open_start') or e.date_start >= :date_from))) "
             "and (e.date_start <= :date_to or e.date_bound in ('on_or_before', 'open_start', 'under_way'))")

DATASETTE_SQL = {
    "get": f"select {EVENT_COLUMNS}, {EVENT_EMBEDS} from event e where e.id = :id and e.deleted_at is null",
    # the service's plan: the (actor_id, event_id) index walked in event order, joined to the event
    "list": (f"select {EVENT_COLUMNS}, {EVENT_EMBEDS} from participant pa join event e on e.id = pa.event_id "
             f"where pa.actor_id = :actor and e.deleted_at is null and {_OVERLAPS} "
             "group by pa.event_id order by pa.event_id limit 50"),
    # the service's plan: the 20 best hits ranked and cut inside the FTS index, then their statements
    "search": (f"with hits as (select rowid as id, rank from statement_search where statement_search match :q "
               "order by rank, rowid limit 20) "
               f"select {STATEMENT_COLUMNS}, {STATEMENT_EMBEDS}, hits.rank as rank from hits "
               "join statement s on s.id = hits.id where s.deleted_at is null order by hits.rank, hits.id"),
    "export": (f"select {EVENT_COLUMNS}, {EVENT_EMBEDS} from event e join place pl on pl.id = e.place_id "
               "where pl.country = :country and e.deleted_at is null order by e.id"),
}

# Datasette's stock JSON API for the same questions, where it has one (no joins, no embedded lists: a
# smaller answer): what a user who does not write SQL gets.
STOCK_PATHS = {
    "get": "/{db}/event/{id}.json?_shape=array",
    "search": "/{db}/statement.json?_search={q}&_shape=array&_size=20",
}

