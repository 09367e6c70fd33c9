"""A realistic synthetic conflict-facts database for benchmarks.

    python bench/generate.py --events 1000000 --db /tmp/cf-1m.db

Default sizes (at --events 1,000,000; every other count scales with --events, keeping the proportions,
with small floors so that a tiny run still has a place hierarchy, wars and treaties):

    events 1,000,000   actors 20,000   places 5,000   treaties 2,000   statements 300,000
    participations 1,500,000   sources 50,000

The data is skewed like real conflict data: events cluster in wars (a war has a country, a period and a
few main actors), so a few actors and places are in most events (Zipf-like weights); places form a
hierarchy (countries with their ISO 3166-1 alpha-3 code and coordinates > regions > cities); a fraction of
events carry deaths figures (low/best/high); every event, statement, treaty and figure cites sources;
statement quotes are drawn from real English word frequencies (the `wordfreq` package), so full-text
search meets very common words ("the", "of") and rare ones. Event and statement IDs follow their dates,
as in a service that records events as they happen.

The schema is the project's own (api.models, created by api.services.migrations.upgrade()); every row is
written through the models' tables and columns with peewee's INSERT statement executed in bulk
(executemany inside one transaction per table: 4-5x faster than insert_many here). The full-text tables
are filled with the same text api/services/search.py indexes, the events' rollup is summed
(api/services/rollup_upkeep.py), and every record is stored as GET serves it (api/services/stored.py). No
Revision rows are written. SQLite's durability is switched off while generating (this is a generator, not the service); the file is left in
WAL mode, checkpointed, as the service expects.
"""
import argparse
import bisect
import datetime
import itertools
import json
import os
import random
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

import pycountry  # noqa: E402  (a dependency of the project)

from api import db  # noqa: E402
from api import models as m  # noqa: E402
from api.services import migrations  # noqa: E402
from api.services import names as name_index  # noqa: E402
from api.services import rollup_upkeep  # noqa: E402
from api.services import stored  # noqa: E402

DEFAULTS = {  # at 1,000,000 events
    "events": 1_000_000, "actors": 20_000, "places": 5_000, "treaties": 2_000, "statements": 300_000,
    "participations": 1_500_000, "sources": 50_000,
}
FLOORS = {"actors": 40, "places": 30, "treaties": 4, "statements": 50, "sources": 20}

FIRST_DAY = datetime.date(1989, 1, 1)
LAST_DAY = datetime.date(2025, 12, 31)

# Countries that see most armed conflict, with rough centroids (lat, lon) and a weight for how many
# wars and events they get. Names come from pycountry.
COUNTRIES = [
    ("UKR", 48.4, 31.2, 10), ("SYR", 34.8, 39.0, 10), ("AFG", 33.9, 67.7, 9), ("IRQ", 33.2, 43.7, 9),
    ("YEM", 15.6, 48.5, 8), ("SOM", 5.2, 46.2, 7), ("COD", -4.0, 21.8, 7), ("NGA", 9.1, 8.7, 6),
    ("SDN", 12.9, 30.2, 6), ("MLI", 17.6, -4.0, 5), ("MMR", 21.9, 95.9, 5), ("BFA", 12.2, -1.6, 4),
    ("ETH", 9.1, 40.5, 5), ("SSD", 6.9, 31.3, 4), ("PAK", 30.4, 69.3, 4), ("COL", 4.6, -74.3, 4),
    ("MEX", 23.6, -102.6, 3), ("LBY", 26.3, 17.2, 3), ("ISR", 31.0, 34.9, 3), ("PSE", 31.9, 35.2, 3),
    ("NER", 17.6, 8.1, 2), ("CAF", 6.6, 20.9, 2), ("TCD", 15.5, 18.7, 2), ("CMR", 7.4, 12.4, 2),
    ("PHL", 12.9, 121.8, 2), ("IND", 20.6, 79.0, 2), ("TUR", 38.9, 35.2, 2), ("LBN", 33.9, 35.9, 2),
    ("AZE", 40.1, 47.6, 2), ("ARM", 40.1, 45.0, 2), ("RUS", 55.7, 40.0, 2), ("MOZ", -18.7, 35.5, 2),
    ("HTI", 19.0, -72.3, 1), ("BDI", -3.4, 29.9, 1), ("KEN", -0.1, 37.9, 1), ("UGA", 1.4, 32.3, 1),
    ("EGY", 26.8, 30.8, 1), ("DZA", 28.0, 1.7, 1), ("IRN", 32.4, 53.7, 1), ("GEO", 42.3, 43.4, 1),
    ("SRB", 44.0, 21.0, 1), ("BIH", 43.9, 17.7, 1), ("RWA", -1.9, 29.9, 1), ("ERI", 15.2, 39.8, 1),
    ("AGO", -11.2, 17.9, 1), ("LKA", 7.9, 80.8, 1), ("NPL", 28.4, 84.1, 1), ("TJK", 38.9, 71.3, 1),
    ("THA", 15.9, 100.9, 1), ("IDN", -0.8, 113.9, 1), ("BGD", 23.7, 90.4, 1), ("VEN", 6.4, -66.6, 1),
    ("PER", -9.2, -75.0, 1), ("SLV", 13.8, -88.9, 1), ("GTM", 15.8, -90.2, 1), ("SAU", 23.9, 45.1, 1),
    ("USA", 37.1, -95.7, 1), ("FRA", 46.2, 2.2, 1), ("GBR", 54.0, -2.0, 1), ("CHN", 35.9, 104.2, 1),
]

SYLLABLES_A = ["Al", "Bar", "Kar", "Nov", "San", "Bel", "Mar", "Tal", "Dar", "Kos", "Zar", "Har", "Mos",
               "Lug", "Tir", "Gal", "Ras", "Bal", "Sha", "Kan", "Mir", "Ost", "Vol", "Jal", "Qar", "Sul",
               "Ben", "Tor", "Lak", "Dub", "Gor", "Mak", "Rud", "Yam", "Zav", "Hom", "Aza", "Idl", "Kir"]
SYLLABLES_B = ["a", "o", "i", "e", "u", "ar", "an", "el", "in", "ov", "ab", "ur", "is", "am", ""]
SYLLABLES_C = ["abad", "grad", "pur", "ville", "kert", "sk", "polis", "dara", "mont", "ka", "iyah", "shahr",
               "ino", "ovo", "bad", "burg", "gorod", "tepe", "kale", "dorf", "any", "ira", "ek", "um"]
REGION_WORDS = ["Province", "Region", "Governorate", "Oblast", "District", "State", "Department"]
FIRST_NAMES = ["Ahmed", "Maria", "Ivan", "Fatima", "John", "Amina", "Oleksandr", "Mohammed", "Elena",
               "Hassan", "Sofia", "Ali", "Daniel", "Aisha", "Pierre", "Yusuf", "Olga", "Omar", "Grace",
               "Samuel", "Leila", "Viktor", "Nadia", "Ibrahim", "Anna", "Musa", "Sergei", "Zainab", "Paul",
               "Khalid", "Irina", "Abdul", "Joseph", "Mariam", "Dmytro", "Hamid", "Chen", "Carlos", "Ana",
               "Tariq", "Ngozi", "Kwame", "Min", "Ravi", "Priya", "Jean", "Aliyu", "Yaw", "Farah", "Lucas"]
LAST_NAMES = ["Hassan", "Petrenko", "Ibrahim", "Kovalenko", "Ahmadi", "Smith", "Okafor", "Haddad",
              "Ivanov", "Mensah", "Rahimi", "Dubois", "Garcia", "Aziz", "Shevchenko", "Abdullahi", "Karimi",
              "Novak", "Mahmoud", "Bello", "Popescu", "Nasser", "Tkachenko", "Yusuf", "Rossi", "Hussein",
              "Morozov", "Diallo", "Sultani", "Kim", "Chowdhury", "Mwangi", "Mendoza", "Osei", "Barzani",
              "Farouk", "Sokolov", "Traore", "Qureshi", "Nguyen", "Kamara", "Zulu", "Hakimi", "Lopez"]
GROUP_ADJ = ["Popular", "National", "Islamic", "Revolutionary", "Democratic", "United", "Patriotic",
             "People's", "Free", "Liberation", "Republican", "Northern", "Southern", "Eastern", "Western"]
GROUP_NOUN = ["Front", "Army", "Movement", "Brigades", "Forces", "Militia", "Council", "Alliance", "Union",
              "Resistance", "Guard", "Battalion", "Coalition", "Party"]
PUBLISHERS = ["Reuters", "Associated Press", "Agence France-Presse", "BBC News", "Al Jazeera", "The Guardian",
              "Le Monde", "Deutsche Welle", "Kyiv Independent", "Interfax", "Anadolu Agency", "TASS",
              "ReliefWeb", "UN OCHA", "ACLED", "UCDP", "Human Rights Watch", "Amnesty International",
              "International Crisis Group", "The New York Times", "Washington Post", "Radio Free Europe",
              "Xinhua", "The Hindu", "Daily Nation", "Premium Times", "Dawn", "El Tiempo", "Haaretz",
              "Asharq Al-Awsat"]
DOMAIN_WORDS = """ceasefire troops attack attacks shelling artillery airstrike airstrikes drone drones missile
missiles offensive counteroffensive casualties civilians civilian killed wounded injured displaced refugees
militants insurgents rebels militia soldiers forces army frontline front border withdrawal occupation
sovereignty territory territorial aggression invasion negotiations talks truce agreement treaty violation
violations sanctions humanitarian corridor evacuation hostages prisoners exchange mediation peacekeepers
peacekeeping escalation de-escalation security council resolution condemn condemns condemned retaliation
bombardment siege blockade shelled ambush clashes clash fighting combat battle brigade battalion commander
ministry defence defense sovereign integrity unprovoked provocation provocations genocide massacre atrocities
war crimes accountability investigation ceasefire-violations mines landmines rocket rockets mortar convoy
checkpoint insurgency terrorism terrorist terrorists jihadist separatist separatists annexation referendum
mobilization mobilisation conscription reinforcements deployment deployed ammunition weapons arms embargo
intercepted infrastructure power grid hospital school shelter aid relief famine cholera""".split()
EVENT_TITLES = {
    "FIGHT": ["Clashes near {place}", "Fighting in {place}", "Battle for {place}", "Armed clashes around {place}",
              "Exchange of fire at {place}", "Ground offensive near {place}"],
    "ASSAULT": ["Shelling of {place}", "Airstrike on {place}", "Drone strike near {place}",
                "Attack on civilians in {place}", "Bombing in {place}", "Missile strike on {place}"],
    "PROTEST": ["Protest in {place}", "Demonstration in {place}", "Rally in {place}", "Strike in {place}"],
    "COERCE": ["Arrests in {place}", "Curfew imposed in {place}", "Expulsions from {place}",
               "Property seized in {place}"],
    "MOBILIZE": ["Troops deployed to {place}", "Mobilisation in {place}", "Forces massed near {place}"],
    "CRIME": ["Looting in {place}", "Kidnapping in {place}", "Armed robbery in {place}"],
    "AGREE": ["Local truce agreed in {place}", "Agreement signed in {place}"],
    "CONSULT": ["Talks held in {place}", "Negotiations in {place}", "Meeting in {place}"],
    "AID": ["Aid convoy reaches {place}", "Humanitarian aid delivered to {place}"],
    "RETREAT": ["Withdrawal from {place}", "Prisoner release in {place}"],
    "DEMAND": ["Ultimatum issued over {place}"], "DISAPPROVE": ["Condemnation of attack in {place}"],
    "REJECT": ["Proposal rejected over {place}"], "THREATEN": ["Threat of strikes on {place}"],
    "SANCTION": ["Sanctions over {place}"], "INVESTIGATE": ["Investigation opened in {place}"],
    "SUPPORT": ["Support pledged for {place}"], "CONCEDE": ["Concession over {place}"],
    "COOPERATE": ["Joint patrol in {place}"],
}
EVENT_TYPE_WEIGHTS = {"FIGHT": 34, "ASSAULT": 22, "PROTEST": 10, "COERCE": 7, "MOBILIZE": 5, "CRIME": 4,
                      "CONSULT": 3, "AGREE": 2, "AID": 3, "RETREAT": 2, "DEMAND": 1, "DISAPPROVE": 2,
                      "REJECT": 1, "THREATEN": 1, "SANCTION": 1, "INVESTIGATE": 1, "SUPPORT": 0.5,
                      "CONCEDE": 0.3, "COOPERATE": 0.7}
TWO_SIDED = {"FIGHT"}
TREATY_KINDS = ["ceasefire", "peace_agreement", "alliance", "non_aggression_pact", "arms_control", "other"]
TREATY_STATUSES = ["in_force", "terminated", "collapsed", "expired", "suspended", "signed"]
OBLIGATIONS = ["defence", "offence", "neutrality", "non_aggression", "consultation"]
CONDITIONS = ["territory", "adversary", "conflict", "non_provocation", "demand", "other"]
TREATY_LINKS = ["signs", "invokes", "implements", "breaches", "references", "ratifies", "suspends", "ends"]
MEDIA = ["press_release", "speech", "press_conference", "social_media", "interview", "letter", "remarks"]
STANCES = ["oppose", "support", "assert", "warn", "deny", "threaten", "request", "pledge", "reject"]


def scaled_sizes(events):
    f = events / DEFAULTS["events"]
    sizes = {"events": events}
    for name, value in DEFAULTS.items():
        if name != "events":
            sizes[name] = max(FLOORS.get(name, 0), round(value * f))
    return sizes


class Zipf:
    """Draw indexes 0..n-1 with weight 1/(rank+1)^s, in a shuffled rank order unless ordered=True."""

    def __init__(self, rng, n, s=1.0, ordered=True):
        weights = [1.0 / (i + 1) ** s for i in range(n)]
        self.cum = list(itertools.accumulate(weights))
        self.items = list(range(n))
        if not ordered:
            rng.shuffle(self.items)
        self.rng = rng

    def one(self):
        return self.items[bisect.bisect(self.cum, self.rng.random() * self.cum[-1])]

    def many(self, k):
        return self.rng.choices(self.items, cum_weights=self.cum, k=k)


class Words:
    """English words drawn by their real frequency, with conflict vocabulary mixed in."""

    def __init__(self, rng, n=25000, domain_share=0.08):
        import wordfreq

        words = [w for w in wordfreq.top_n_list("en", n * 2) if w.isascii() and w.isalpha()][:n]
        self.words = words
        self.cum = list(itertools.accumulate(wordfreq.word_frequency(w, "en") for w in words))
        self.domain = DOMAIN_WORDS
        self.domain_cum = list(itertools.accumulate(1.0 / (i + 1) ** 0.6 for i in range(len(DOMAIN_WORDS))))
        self.domain_share = domain_share
        self.rng = rng

    def text(self, n_words, extra=()):
        rng = self.rng
        n_domain = sum(1 for _ in range(n_words) if rng.random() < self.domain_share)
        tokens = rng.choices(self.words, cum_weights=self.cum, k=n_words - n_domain)
        tokens += rng.choices(self.domain, cum_weights=self.domain_cum, k=n_domain)
        rng.shuffle(tokens)
        for word in extra:
            tokens.insert(rng.randrange(len(tokens) + 1), word)
        # Sentences of 8-20 words, capitalised, with full stops.
        out, i = [], 0
        while i < len(tokens):
            n = rng.randint(8, 20)
            sentence = tokens[i:i + n]
            sentence[0] = sentence[0][:1].upper() + sentence[0][1:]
            out.append(" ".join(sentence) + ".")
            i += n
        return " ".join(out)


def day(ordinal):
    return datetime.date.fromordinal(ordinal).isoformat()


def month_bracket(d):
    start = d.replace(day=1)
    nxt = (start + datetime.timedelta(days=32)).replace(day=1)
    return start, nxt - datetime.timedelta(days=1)


# The categories a deaths total is broken down into, with the share of it each takes on average: UCDP GED's
# deaths_a, deaths_b, deaths_civilians and deaths_unknown for fighting between two sides; civilians and people
# of unknown status for one-sided events (attacks, strikes, protests met with force).
BREAKDOWNS = {True: {"side_a": 0.35, "side_b": 0.35, "civilians": 0.2, "unknown": 0.1},
              False: {"civilians": 0.75, "unknown": 0.25}}


def breakdown(rng, total, two_sided):
    """[(category, deaths)] summing to `total` (categories with none left out): each share drawn around its
    average, so that the totals per category differ from event to event and sum to something non-trivial."""
    shares = {category: rng.expovariate(1 / mean) for category, mean in BREAKDOWNS[two_sided].items()}
    whole = sum(shares.values())
    parts, left = [], int(total)
    for category, share in shares.items():
        part = min(left, round(total * share / whole))
        left -= part
        parts.append([category, part])
    parts[-1][1] += left   # rounding's remainder, so that the parts sum to the total
    return [(category, part) for category, part in parts if part]


def bracket(rng, start_ordinal):
    """(date_start, date_end, precision) following the service's precision rules."""
    d = datetime.date.fromordinal(start_ordinal)
    r = rng.random()
    if r < 0.80:
        length = 0 if rng.random() < 0.7 else rng.randint(1, 6)
        end = None if rng.random() < 0.01 else d + datetime.timedelta(days=length)
        return d.isoformat(), end.isoformat() if end else None, "day"
    if r < 0.88:
        return d.isoformat(), (d + datetime.timedelta(days=rng.randint(3, 9))).isoformat(), "week"
    if r < 0.96:
        start, end = month_bracket(d)
        return start.isoformat(), end.isoformat(), "month"
    return datetime.date(d.year, 1, 1).isoformat(), datetime.date(d.year, 12, 31).isoformat(), "year"


class Writer:
    """Bulk inserts through the models: peewee's INSERT for the model's columns, run with executemany."""

    def __init__(self, database):
        self.database = database
        self.counts = {}

    def insert(self, model, fields, rows):
        if not rows:
            return
        # Columns with a default that this generator does not fill (added by later migrations) get it.
        given = [f.name for f in fields]   # by name: a peewee field's == builds an expression
        extra = [f for f in model._meta.sorted_fields if f.name not in given and f.default is not None]
        defaults = tuple(f.default() if callable(f.default) else f.default for f in extra)
        names = given + [f.name for f in extra]
        # peewee's INSERT names the columns in the model's order, whatever order they are given in: the rows'
        # values follow that order.
        order = [names.index(f.name) for f in model._meta.sorted_fields if f.name in names]
        rows = [tuple((tuple(row) + defaults)[i] for i in order) for row in rows]
        placeholder = {model._meta.fields[name]: None for name in names}
        sql, _ = model.insert(placeholder).sql()
        self.database.cursor().executemany(sql, rows)
        name = model._meta.table_name
        self.counts[name] = self.counts.get(name, 0) + len(rows)


def log(message, started):
    print(f"[{time.monotonic() - started:7.1f} s] {message}", flush=True)


def generate(path, events, seed=1, quiet=False):
    started = time.monotonic()
    say = (lambda msg: None) if quiet else (lambda msg: log(msg, started))
    sizes = scaled_sizes(events)
    rng = random.Random(seed)
    if os.path.exists(path):
        raise SystemExit(f"{path} exists: remove it first (the generator writes a new database)")
    for suffix in ("-wal", "-shm"):
        if os.path.exists(path + suffix):
            os.remove(path + suffix)

    database = db.bind(f"sqlite:///{os.path.abspath(path)}")
    applied = migrations.upgrade()
    say(f"schema created by the project's migrations: {', '.join(applied)}; sizes {sizes}")
    database.connect(reuse_if_open=True)
    for pragma in ("synchronous=OFF", "journal_mode=MEMORY", "cache_size=-2000000", "foreign_keys=OFF",
                   "temp_store=MEMORY"):
        database.execute_sql(f"PRAGMA {pragma}")
    w = Writer(database)
    words = Words(rng)
    say(f"word list: {len(words.words)} English words by frequency (wordfreq) + {len(DOMAIN_WORDS)} domain words")
    base_time = datetime.datetime(2024, 1, 1)

    def stamp(i):
        return str(base_time + datetime.timedelta(seconds=i * 7, microseconds=(i * 7919) % 1_000_000 or 1))

    # --- sources ---------------------------------------------------------------------------------------
    n_sources = sizes["sources"]
    with database.atomic():
        rows = []
        for sid in range(1, n_sources + 1):
            published = FIRST_DAY + datetime.timedelta(days=rng.randint(0, (LAST_DAY - FIRST_DAY).days))
            publisher = PUBLISHERS[min(int(rng.expovariate(0.15)), len(PUBLISHERS) - 1)]
            title = words.text(rng.randint(5, 11)).rstrip(".")
            rows.append((sid, 1, stamp(sid), stamp(sid), f"https://news.example.org/{published.year}/{sid}",
                         title, publisher, published.isoformat(),
                         (published + datetime.timedelta(days=rng.randint(0, 30))).isoformat(),
                         words.text(rng.randint(15, 40)) if rng.random() < 0.3 else None))
        S = m.Source
        w.insert(S, [S.id, S.version, S.created_at, S.updated_at, S.url, S.title, S.publisher, S.published_date,
                     S.retrieved_date, S.excerpt], rows)
    source_pick = Zipf(rng, n_sources, 0.6, ordered=False)
    say(f"sources: {n_sources}")

    # --- places: countries > regions > cities -----------------------------------------------------------
    n_places = sizes["places"]
    n_countries = max(2, min(len(COUNTRIES), round(n_places * 0.012)))
    n_regions = max(n_countries, round(n_places * 0.1))
    countries = COUNTRIES[:n_countries]
    places = []  # (id, name, kind, country, parent, lat, lon)
    country_place = {}
    for i, (code, lat, lon, _) in enumerate(countries):
        pid = i + 1
        c = pycountry.countries.get(alpha_3=code)
        places.append((pid, getattr(c, "common_name", None) or c.name, "country", code, None, lat, lon))
        country_place[code] = pid
    used_names = set()

    def place_name():
        for _ in range(100):
            name = rng.choice(SYLLABLES_A) + rng.choice(SYLLABLES_B) + rng.choice(SYLLABLES_C)
            if name not in used_names:
                used_names.add(name)
                return name
        return name + f" {len(used_names)}"

    country_weights = [c[3] for c in countries]
    regions_of = {code: [] for code, *_ in countries}
    for i in range(n_regions):
        # every country gets one region first, then regions follow the country weights
        code = countries[i][0] if i < n_countries else rng.choices(countries, weights=country_weights)[0][0]
        pid = len(places) + 1
        _, clat, clon, _ = next(c for c in countries if c[0] == code)
        lat, lon = clat + rng.uniform(-3, 3), clon + rng.uniform(-3, 3)
        places.append((pid, f"{place_name()} {rng.choice(REGION_WORDS)}", "region", code, country_place[code],
                       round(lat, 5), round(lon, 5)))
        regions_of[code].append(pid)
    by_id = {p[0]: p for p in places}
    cities_of = {code: [] for code, *_ in countries}
    for i in range(n_places - len(places)):
        code = (countries[i % n_countries][0] if i < n_countries
                else rng.choices(countries, weights=country_weights)[0][0])
        region = by_id[rng.choice(regions_of[code])]
        pid = len(places) + 1
        kind = "city" if rng.random() < 0.85 else rng.choice(["site", "district"])
        row = (pid, place_name(), kind, code, region[0], round(region[5] + rng.uniform(-1, 1), 5),
               round(region[6] + rng.uniform(-1, 1), 5))
        places.append(row)
        by_id[pid] = row
        cities_of[code].append(pid)
    with database.atomic():
        P = m.Place
        w.insert(P, [P.id, P.version, P.created_at, P.updated_at, P.name, P.kind, P.country, P.parent,
                     P.latitude, P.longitude],
                 [(p[0], 1, stamp(p[0]), stamp(p[0]), *p[1:]) for p in places])
        X = m.PlaceExternalId
        ext, xid = [], 0
        for p in places:
            if p[2] == "country":
                xid += 1
                ext.append((xid, p[0], "iso3166", p[3]))
            if rng.random() < 0.5:
                xid += 1
                ext.append((xid, p[0], "geonames", str(100000 + p[0] * 37)))
            if p[2] == "country" or rng.random() < 0.2:
                xid += 1
                ext.append((xid, p[0], "wikidata", f"Q{1000 + p[0] * 13}"))
        w.insert(X, [X.id, X.place, X.scheme, X.value], ext)
    # Places where events happen, per country: cities and regions, Zipf-weighted (a few places see most).
    event_places = {}
    for code in cities_of:
        pool = cities_of[code] + regions_of[code]
        rng.shuffle(pool)
        event_places[code] = (pool, Zipf(rng, len(pool), 1.0))
    say(f"places: {len(places)} ({n_countries} countries, {n_regions} regions, "
        f"{len(places) - n_countries - n_regions} cities/sites)")

    # --- actors -------------------------------------------------------------------------------------------
    n_actors = sizes["actors"]
    actors = []  # (id, name, kind, country, parent, role_title, description, valid_from, valid_to)
    state_of, force_of = {}, {}
    for code, *_ in countries:
        aid = len(actors) + 1
        actors.append((aid, by_id[country_place[code]][1], "state", code, None, None, None, None, None))
        state_of[code] = aid
    for code, *_ in countries:
        aid = len(actors) + 1
        actors.append((aid, f"Armed Forces of {by_id[country_place[code]][1]}", "armed_force", code,
                       state_of[code], None, None, None, None))
        force_of[code] = aid
    remaining = n_actors - len(actors)
    kinds = (["non_state_armed_group"] * 12 + ["person"] * 55 + ["government_body"] * 8 + ["group"] * 10
             + ["civil_society"] * 10 + ["international_organisation"] * 2 + ["de_facto_authority"] * 3)
    groups_of = {code: [] for code, *_ in countries}
    bodies = []
    for i in range(remaining):
        aid = len(actors) + 1
        kind = kinds[i % len(kinds)] if i < len(kinds) else rng.choice(kinds)
        code = rng.choices(countries, weights=country_weights)[0][0]
        country_name = by_id[country_place[code]][1]
        parent, role_title = None, None
        if kind == "non_state_armed_group":
            name = f"{rng.choice(GROUP_ADJ)} {rng.choice(GROUP_NOUN)} of {place_name()}"
            groups_of[code].append(aid)
        elif kind == "person":
            name = f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"
            parent = rng.choice(bodies) if bodies and rng.random() < 0.6 else state_of[code]
            role_title = rng.choice(["Minister", "Spokesperson", "Commander", "President", "Ambassador",
                                     "Governor", "Envoy", "Chief of Staff"])
        elif kind == "government_body":
            name = f"Ministry of {rng.choice(['Defence', 'Foreign Affairs', 'Interior', 'Justice'])} of {country_name}"
            parent = state_of[code]
            bodies.append(aid)
        elif kind == "group":
            name = f"{rng.choice(['Residents', 'Officials', 'Farmers', 'Students', 'Workers'])} of {place_name()}"
        elif kind == "civil_society":
            name = f"{rng.choice(GROUP_ADJ)} {rng.choice(['Party', 'Union', 'Committee', 'Watch', 'Network'])} {aid}"
        elif kind == "international_organisation":
            name = f"{rng.choice(['Mission', 'Office', 'Commission'])} for {country_name} {aid}"
            code = None
        else:
            name = f"{place_name()} {rng.choice(['Administration', 'Authority', 'Republic'])}"
        valid_from = (day(rng.randint(FIRST_DAY.toordinal() - 3000, LAST_DAY.toordinal()))
                      if rng.random() < 0.3 else None)
        actors.append((aid, name, kind, code, parent, role_title,
                       words.text(rng.randint(8, 20)) if rng.random() < 0.2 else None, valid_from, None))
    with database.atomic():
        A = m.Actor
        w.insert(A, [A.id, A.version, A.created_at, A.updated_at, A.name, A.kind, A.country, A.parent,
                     A.role_title, A.description, A.valid_from, A.valid_to],
                 [(a[0], 1, stamp(a[0]), stamp(a[0]), *a[1:]) for a in actors])
        aliases, ext, xid, alid = [], [], 0, 0
        for a in actors:
            if rng.random() < 0.2:
                for pos in range(rng.randint(1, 2)):
                    alid += 1
                    aliases.append((alid, a[0], f"{a[1].split(' ')[0]} {rng.choice(GROUP_NOUN)}" if pos else
                                    "".join(word[0] for word in a[1].split() if word[:1].isupper()) or a[1], pos))
            if a[2] == "state":
                xid += 1
                ext.append((xid, a[0], "iso3166", a[3]))
            if a[2] in ("state", "armed_force", "non_state_armed_group") or rng.random() < 0.1:
                xid += 1
                ext.append((xid, a[0], "wikidata", f"Q{500000 + a[0] * 7}"))
            if a[2] in ("non_state_armed_group", "armed_force"):
                xid += 1
                ext.append((xid, a[0], "ucdp", str(a[0])))
        AA, AX = m.ActorAlias, m.ActorExternalId
        w.insert(AA, [AA.id, AA.actor, AA.name, AA.position], aliases)
        w.insert(AX, [AX.id, AX.actor, AX.scheme, AX.value], ext)
    # Actors taking part in events outside the main sides of a war: Zipf over all actors.
    any_actor = Zipf(rng, n_actors, 1.1, ordered=False)
    speakers = [a[0] for a in actors if a[2] in ("person", "government_body", "state", "armed_force",
                                                "non_state_armed_group", "international_organisation")]
    speaker_pick = Zipf(rng, len(speakers), 1.0, ordered=False)
    say(f"actors: {n_actors} ({len(aliases)} aliases, {len(ext)} external ids)")

    # --- wars: a country, a period, a few main actors; most events belong to one --------------------------
    n_wars = max(3, round(events / 20000))
    wars = []
    for i in range(n_wars):
        code = countries[i][0] if i < n_countries else rng.choices(countries, weights=country_weights)[0][0]
        start = rng.randint(FIRST_DAY.toordinal(), LAST_DAY.toordinal() - 400)
        end = min(LAST_DAY.toordinal(), start + rng.randint(365, 365 * 9))
        side_a = [force_of[code], state_of[code]]
        others = groups_of[code][:]
        rng.shuffle(others)
        side_b = others[:rng.randint(1, 3)] or [force_of[rng.choice(countries)[0]]]
        if rng.random() < 0.3:  # an interstate war
            foe = rng.choice([c for c in countries if c[0] != code] or countries)[0]
            side_b = [force_of[foe]] + side_b[:1]
        wars.append({"code": code, "start": start, "end": end, "a": side_a, "b": side_b,
                     "weight": 1.0 / (i + 1) ** 0.8})
    war_cum = list(itertools.accumulate(w_["weight"] for w_ in wars))

    # Event skeletons (war index or -1, start day), sorted by date: IDs follow dates.
    war_share = 0.85
    skeleton = []
    for i in range(n_wars):
        skeleton.append((wars[i]["start"], i, True))
    all_wars = range(n_wars)
    war_draws = rng.choices(all_wars, cum_weights=war_cum, k=events - n_wars)
    for k in range(events - n_wars):
        if rng.random() < war_share:
            war = wars[war_draws[k]]
            # denser in the first years of a war
            span = war["end"] - war["start"]
            skeleton.append((war["start"] + int(span * rng.random() ** 1.5), war_draws[k], False))
        else:
            skeleton.append((rng.randint(FIRST_DAY.toordinal(), LAST_DAY.toordinal()), -1, False))
    skeleton.sort(key=lambda s: (s[0], not s[2]))
    war_event_id = {}
    for i, (_, war_index, umbrella) in enumerate(skeleton):
        if umbrella:
            war_event_id[war_index] = i + 1
    say(f"wars: {n_wars}; event skeletons sorted by date")

    # --- events and their rows, in chunks -------------------------------------------------------------------
    n_participations = sizes["participations"]
    extra_p = max(0.0, n_participations / events - 1.0)  # participants beyond the first, per event
    p3 = min(0.05, extra_p / 10)
    p2 = max(0.0, min(1.0, extra_p - 2 * p3))
    types = list(EVENT_TYPE_WEIGHTS)
    type_cum = list(itertools.accumulate(EVENT_TYPE_WEIGHTS.values()))
    n_treaties = sizes["treaties"]
    country_codes = [c[0] for c in countries]
    E, PT, ET, F, FS, ES = m.Event, m.Participant, m.EventTreaty, m.Figure, m.FigureSource, m.EventSource
    event_fields = [E.id, E.version, E.created_at, E.updated_at, E.title, E.type, E.mode, E.context, E.date_start,
                    E.date_end, E.date_precision, E.place, E.location_precision, E.summary, E.parent]
    ids = {"participant": 0, "figure": 0, "event_treaty": 0, "statement_treaty": 0}
    chunk = 50000
    event_dates = []  # start ordinal per event id - 1 (for statements)
    for offset in range(0, events, chunk):
        ev, parts, links, figs, fig_src, ev_src = [], [], [], [], [], []
        for i in range(offset, min(events, offset + chunk)):
            eid = i + 1
            start, war_index, umbrella = skeleton[i]
            event_dates.append(start)
            war = wars[war_index] if war_index >= 0 else None
            code = war["code"] if war else rng.choice(country_codes) if rng.random() < 0.5 else \
                rng.choices(countries, weights=country_weights)[0][0]
            if umbrella:
                date_start, date_end = day(war["start"]), day(war["end"]) if war["end"] < LAST_DAY.toordinal() else None
                ev.append((eid, 1, stamp(eid), stamp(eid),
                           f"{by_id[country_place[code]][1]} war ({date_start[:4]}-{(date_end or '')[:4]})",
                           "FIGHT", "war", f"armed conflict in {by_id[country_place[code]][1]}", date_start,
                           date_end, "day", country_place[code], "within",
                           words.text(rng.randint(20, 40)), None))
                roles = [(a, "side_a") for a in war["a"]] + [(b, "side_b") for b in war["b"]]
            else:
                etype = rng.choices(types, cum_weights=type_cum)[0]
                pool, zipf = event_places[code]
                place = pool[zipf.one()] if pool else country_place[code]
                date_start, date_end, precision = bracket(rng, start)
                title = rng.choice(EVENT_TITLES[etype]).format(place=by_id[place][1])
                parent = (war_event_id[war_index]
                          if war and etype in ("FIGHT", "ASSAULT") and rng.random() < 0.5 else None)
                summary = None
                if rng.random() < 0.6:
                    summary = words.text(rng.randint(8, 25), extra=(by_id[place][1],))
                ev.append((eid, 1, stamp(eid), stamp(eid), title, etype, None, None, date_start, date_end,
                           precision, place, rng.choice(["exact", "exact", "near", "within"]), summary, parent))
                # participants: the first from the war's sides (or anyone), maybe the other side, maybe a third
                if war:
                    side, other = (war["a"], war["b"]) if rng.random() < 0.6 else (war["b"], war["a"])
                    first = side[0] if rng.random() < 0.7 else rng.choice(side)
                    second = other[0] if rng.random() < 0.7 else rng.choice(other)
                else:
                    first = any_actor.one() + 1
                    second = any_actor.one() + 1
                if etype in TWO_SIDED:
                    role1, role2 = "side_a", "side_b"
                elif etype == "PROTEST":
                    role1, role2 = "participant", "target"
                else:
                    role1, role2 = "initiator", "target"
                roles = [(first, role1)]
                r = rng.random()
                if r < p2 + p3 and second != first:
                    roles.append((second, role2))
                if r < p3:
                    third = any_actor.one() + 1
                    if third not in (first, second):
                        roles.append((third, rng.choice(["mediator", "participant"])))
            for pos, (actor, role) in enumerate(roles):
                ids["participant"] += 1
                parts.append((ids["participant"], eid, actor, role, pos))
            # sources: 1 or 2, distinct
            cited = [source_pick.one() + 1]
            if rng.random() < 0.3:
                s2 = source_pick.one() + 1
                if s2 != cited[0]:
                    cited.append(s2)
            for pos, sid in enumerate(cited):
                ev_src.append((eid, sid, pos))
            # figures: deaths on a fraction of events, sometimes another quantity
            etype = ev[-1][5]
            if rng.random() < (0.45 if etype in ("FIGHT", "ASSAULT") else 0.08):
                best = min(100_000, int(rng.paretovariate(1.3)) - 1 + (1000 if umbrella else 0))
                shape = rng.random()
                low, high = (None, None)
                if shape < 0.5:
                    low, high = max(0, int(best * rng.uniform(0.5, 1))), int(best * rng.uniform(1, 2)) + 1
                elif shape < 0.7:
                    low, best = best, None  # "more than N killed"
                fig = [("deaths", low, best, high, "people", "total")]
                if best and rng.random() < 0.6:   # a breakdown, as UCDP GED gives one beside its best estimate
                    fig += [("deaths", None, part, None, "people", category)
                            for category, part in breakdown(rng, best, etype in TWO_SIDED)]
                if rng.random() < 0.15:
                    fig.append((rng.choice(["injured", "displaced", "detained", "missing"]), None,
                                min(500_000, int(rng.paretovariate(1.2)) + 1), None, "people", None))
                for pos, (quantity, lo, be, hi, unit, category) in enumerate(fig):
                    ids["figure"] += 1
                    claimant = rng.choice(roles)[0] if rng.random() < 0.15 else None
                    figs.append((ids["figure"], eid, quantity, lo, be, hi, unit, date_end or date_start,
                                 claimant, None, pos, "named" if claimant else "source", category))
                    fig_src.append((ids["figure"], cited[0], 0))
            if rng.random() < 0.005 and n_treaties:
                ids["event_treaty"] += 1
                links.append((ids["event_treaty"], eid, rng.randint(1, n_treaties), rng.choice(TREATY_LINKS), 0))
        with database.atomic():
            w.insert(E, event_fields, ev)
            w.insert(PT, [PT.id, PT.event, PT.actor, PT.role, PT.position], parts)
            w.insert(ES, [ES.event, ES.source, ES.position], ev_src)
            w.insert(F, [F.id, F.event, F.quantity, F.low, F.best, F.high, F.unit, F.as_of, F.claimant, F.note,
                         F.position, F.attribution, F.category], figs)
            w.insert(FS, [FS.figure, FS.source, FS.position], fig_src)
            w.insert(ET, [ET.id, ET.event, ET.treaty, ET.link, ET.position], links)
        if offset // chunk % 4 == 3 or offset + chunk >= events:
            say(f"events: {min(events, offset + chunk)} ({w.counts.get('participant', 0)} participants, "
                f"{w.counts.get('figure', 0)} figures)")

    # --- treaties ------------------------------------------------------------------------------------------
    states = [state_of[c] for c in country_codes]
    T, TP, PV, TS = m.Treaty, m.TreatyParty, m.Provision, m.TreatySource
    treaties, parties, provisions, t_src = [], [], [], []
    provisions_of = {}
    pid = tpid = 0
    for tid in range(1, n_treaties + 1):
        kind = rng.choice(TREATY_KINDS)
        status = rng.choice(TREATY_STATUSES)
        signed = datetime.date.fromordinal(rng.randint(FIRST_DAY.toordinal() - 20000, LAST_DAY.toordinal()))
        precision = rng.choice(["day", "day", "day", "month", "year"])
        if precision == "month":
            signed = signed.replace(day=1)
        elif precision == "year":
            signed = signed.replace(month=1, day=1)
        in_force = None
        if status != "signed" and precision == "day":
            in_force = signed + datetime.timedelta(days=rng.randint(0, 400))
        ended = None
        if status in ("terminated", "expired", "collapsed"):
            ended = signed + datetime.timedelta(days=rng.randint(30, 6000))
            if precision == "month":
                ended = month_bracket(ended)[1]
            elif precision == "year":
                ended = datetime.date(ended.year, 12, 31)
            if in_force and ended < in_force:
                in_force = None
        a, b = rng.sample(states, 2)
        treaties.append((tid, 1, stamp(tid), stamp(tid),
                         f"{kind.replace('_', ' ').title()} between {actors[a - 1][1]} and {actors[b - 1][1]} "
                         f"({signed.year})",
                         kind, status, signed.isoformat(), in_force.isoformat() if in_force else None,
                         ended.isoformat() if ended else None, precision,
                         words.text(rng.randint(10, 30)) if rng.random() < 0.7 else None))
        members = [a, b] + ([rng.choice(states)] if rng.random() < 0.2 else [])
        for pos, actor in enumerate(dict.fromkeys(members)):
            tpid += 1
            parties.append((tpid, tid, actor, signed.isoformat() if rng.random() < 0.5 else None, None, pos))
        provisions_of[tid] = []
        for pos in range(rng.randint(1, 3)):
            pid += 1
            conditions = [{"type": rng.choice(CONDITIONS), "description": words.text(rng.randint(4, 10))}
                          for _ in range(rng.randint(0, 2))]
            provisions.append((pid, tid, f"Article {pos + 1}", rng.choice(OBLIGATIONS),
                               words.text(rng.randint(8, 20)), json.dumps(conditions), pos))
            provisions_of[tid].append(pid)
        t_src.append((tid, source_pick.one() + 1, 0))
    with database.atomic():
        w.insert(T, [T.id, T.version, T.created_at, T.updated_at, T.name, T.kind, T.status, T.signed_date,
                     T.in_force_date, T.ended_date, T.date_precision, T.summary], treaties)
        w.insert(TP, [TP.id, TP.treaty, TP.actor, TP.joined, TP.left, TP.position], parties)
        w.insert(PV, [PV.id, PV.treaty, PV.article, PV.type, PV.summary, PV.conditions, PV.position],
                 provisions)
        w.insert(TS, [TS.treaty, TS.source, TS.position], t_src)
    say(f"treaties: {n_treaties} ({len(parties)} parties, {len(provisions)} provisions)")

    # --- statements ---------------------------------------------------------------------------------------
    n_statements = sizes["statements"]
    dates = []
    for _ in range(n_statements):
        if rng.random() < 0.7:
            war = wars[rng.choices(all_wars, cum_weights=war_cum)[0]]
            dates.append(rng.randint(war["start"], war["end"]))
        else:
            dates.append(rng.randint(FIRST_DAY.toordinal(), LAST_DAY.toordinal()))
    dates.sort()
    ST, SE, STT, SS, SSRC = m.Statement, m.StatementEvent, m.StatementTreaty, m.StatementRelation, m.StatementSource
    for offset in range(0, n_statements, chunk):
        st, about_e, about_t, about_s, s_src = [], [], [], [], []
        for i in range(offset, min(n_statements, offset + chunk)):
            sid = i + 1
            speaker = speakers[speaker_pick.one()]
            addressee = speakers[speaker_pick.one()] if rng.random() < 0.3 else None
            if addressee == speaker:
                addressee = None
            names = (actors[addressee - 1][1].split()[-1],) if addressee and rng.random() < 0.5 else ()
            quote = words.text(rng.randint(15, 60), extra=names)
            st.append((sid, 1, stamp(sid), stamp(sid), speaker, addressee, day(dates[i]), rng.choice(MEDIA), quote,
                       "en", words.text(rng.randint(8, 16)) if rng.random() < 0.3 else None, rng.choice(STANCES)))
            if rng.random() < 0.6:
                events_about = {rng.randint(1, events) for _ in range(1 if rng.random() < 0.85 else 2)}
                for pos, eid in enumerate(sorted(events_about)):
                    about_e.append((sid, eid, pos))
            if rng.random() < 0.03 and n_treaties:
                tid = rng.randint(1, n_treaties)
                provision = rng.choice(provisions_of[tid]) if rng.random() < 0.5 else None
                ids["statement_treaty"] += 1
                about_t.append((ids["statement_treaty"], sid, tid, provision, 0))
            if sid > 1 and rng.random() < 0.05:
                about_s.append((sid, rng.randint(max(1, sid - 5000), sid - 1), "refers_to", 0))
            s_src.append((sid, source_pick.one() + 1, 0))
        with database.atomic():
            w.insert(ST, [ST.id, ST.version, ST.created_at, ST.updated_at, ST.speaker, ST.addressee, ST.date,
                          ST.medium, ST.quote, ST.language, ST.summary, ST.stance], st)
            w.insert(SE, [SE.statement, SE.event, SE.position], about_e)
            w.insert(STT, [STT.id, STT.statement, STT.treaty, STT.provision, STT.position], about_t)
            w.insert(SS, [SS.subject, SS.statement, SS.relation, SS.position], about_s)
            w.insert(SSRC, [SSRC.statement, SSRC.source, SSRC.position], s_src)
    say(f"statements: {n_statements} ({w.counts.get('statement_event', 0)} about events)")

    # --- full-text search: the same text api/services/search.py index() writes -------------------------------
    with database.atomic():
        database.execute_sql("INSERT INTO source_search (rowid, title, publisher, excerpt) "
                             "SELECT id, title, coalesce(publisher, ''), coalesce(excerpt, '') FROM source")
        database.execute_sql("INSERT INTO actor_search (rowid, name, aliases) SELECT a.id, a.name, "
                             "coalesce((SELECT group_concat(alias, ' | ') FROM (SELECT alias FROM actor_alias "
                             "WHERE actor_id = a.id ORDER BY position)), '') FROM actor a")
        database.execute_sql("INSERT INTO place_search (rowid, name) SELECT id, name FROM place")
        database.execute_sql("INSERT INTO treaty_search (rowid, name, summary) "
                             "SELECT id, name, coalesce(summary, '') FROM treaty")
    say("search: sources, actors, places, treaties indexed")
    with database.atomic():
        database.execute_sql("INSERT INTO event_search (rowid, title, summary) "
                             "SELECT id, title, coalesce(summary, '') FROM event")
    say("search: events indexed")
    with database.atomic():
        database.execute_sql("INSERT INTO statement_search (rowid, quote, summary) "
                             "SELECT id, coalesce(quote, ''), coalesce(summary, '') FROM statement")
    say("search: statements indexed")
    for table in ("source_search", "actor_search", "place_search", "treaty_search", "event_search",
                  "statement_search"):
        database.execute_sql(f"INSERT INTO {table}({table}) VALUES ('optimize')")
    say("search: FTS5 indexes optimised (merged into one segment each)")
    with database.atomic():
        name_index.rebuild()   # the names GET /v1/search matches: the same rows api/services/search.py index() writes
    say("search: names indexed")
    with db.write_transaction():
        rollup_upkeep.rebuild()   # the events' rollup (migrations/0050), as the service's writes keep it
    say("rollup: events summed per place, type and month")
    stored.rebuild()   # every record as GET serves it (api/services/stored.py), as the service's writes keep them
    say("stored forms: every record stored")

    # --- sqlite_sequence: the AUTOINCREMENT tables continue after the highest ID ---------------------------
    autoincrement = [row[0] for row in database.execute_sql(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE '%AUTOINCREMENT%'").fetchall()]
    with database.atomic():
        for table in autoincrement:
            top = database.execute_sql(f'SELECT max(id) FROM "{table}"').fetchone()[0]
            database.execute_sql("DELETE FROM sqlite_sequence WHERE name = ?", (table,))
            if top is not None:
                database.execute_sql("INSERT INTO sqlite_sequence (name, seq) VALUES (?, ?)", (table, top))
    database.execute_sql("PRAGMA journal_mode=WAL")
    database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    database.close()
    size = os.path.getsize(path)
    say(f"done: {path} ({size / 1e6:.0f} MB); rows: " + ", ".join(f"{k} {v}" for k, v in sorted(w.counts.items())))
    return {"sizes": sizes, "counts": w.counts, "seconds": time.monotonic() - started}


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--events", type=int, default=DEFAULTS["events"], help="number of events (default 1,000,000); "
                   "every other count scales with it")
    p.add_argument("--db", required=True, help="path of the SQLite file to create (must not exist)")
    p.add_argument("--seed", type=int, default=1)
    args = p.parse_args(argv)
    generate(args.db, args.events, args.seed)


if __name__ == "__main__":
    main()
