"""A synthetic UCDP GED CSV file of any size, shaped like the real one, for import benchmarks (bench/imports.py).

    python bench/ged_file.py --rows 100000 --out /tmp/ged-100k.csv [--release-of 0.05 --seed 1]

GED's 49 columns in GED's order and conventions (dates `YYYY-MM-DD 00:00:00.000`, sources joined by `;`).
The proportions follow GED 23.1 (316,818 rows): about one conflict per 300 rows, each in one country with a
government side and a few non-state sides (a dyad each); a country has regions (`adm_1`) holding districts
(`adm_2`), and locations (`where_coordinates`) recur, a few of them often (Zipf-like), so most rows share
their places; one to three sources per row, most of them cited by that row alone, some (a wire story
covering a week) by several. `--changed F` writes the same rows as a newer release in which a fraction F
of the rows give other deaths figures (what UCDP's yearly revisions mostly change). The file for a given
--rows and --seed is always the same.
"""
import argparse
import datetime
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from api.services.ged_rows import COLUMNS  # noqa: E402
from generate import COUNTRIES, PUBLISHERS, SYLLABLES_A, SYLLABLES_B, SYLLABLES_C  # noqa: E402

FIRST_DAY = datetime.date(1989, 1, 1).toordinal()
DAYS = datetime.date(2022, 12, 31).toordinal() - FIRST_DAY
GROUP_WORDS = ["Front", "Army", "Movement", "Brigades", "Forces", "Militia", "Alliance", "Resistance"]


def _word(rng):
    return rng.choice(SYLLABLES_A) + rng.choice(SYLLABLES_B) + rng.choice(SYLLABLES_C)


def _zipf(rng, count):
    """An index below `count`, small ones much more often (places and sides recur unevenly)."""
    return min(int(count * rng.random() ** 3), count - 1)


class World:
    """The conflicts, sides and places the rows are drawn from."""

    def __init__(self, rows, rng):
        self.countries = []
        for number, (code, lat, lon, _) in enumerate(COUNTRIES):
            regions = []
            for r in range(rng.randint(4, 12)):
                districts = [f"{_word(rng)} district" for _ in range(rng.randint(2, 8))]
                regions.append((f"{_word(rng)} province", districts))
            self.countries.append({"name": f"Country {code}", "gw": 100 + number, "lat": lat, "lon": lon,
                                   "regions": regions, "sites": []})
        sites = max(rows // 6, 50)   # GED 23.1: about 60,000 distinct locations in 316,818 rows
        for n in range(sites):
            country = self.countries[_zipf(rng, len(self.countries))]
            region, districts = rng.choice(country["regions"])
            district = rng.choice(districts) if rng.random() < 0.8 else ""
            country["sites"].append((f"{_word(rng)} {n}", region, district,
                                     round(country["lat"] + rng.uniform(-3, 3), 6),
                                     round(country["lon"] + rng.uniform(-3, 3), 6), rng.randint(1, 6)))
        self.countries = [c for c in self.countries if c["sites"]]
        self.conflicts = []
        for n in range(max(rows // 300, 5)):
            country = self.countries[_zipf(rng, len(self.countries))]
            government = (100 + self.countries.index(country), f"Government of {country['name']}")
            groups = [(10_000 + n * 10 + g, f"{rng.choice(GROUP_WORDS)} of {_word(rng)}")
                      for g in range(rng.randint(1, 4))]
            violence = rng.choice((1, 1, 1, 2, 3))
            self.conflicts.append({"id": 200 + n, "name": f"{country['name']}: {groups[0][1]}", "country": country,
                                   "government": government, "groups": groups, "violence": violence})


def _sources(rng, day, shared):
    count = rng.choice((1, 1, 1, 2, 2, 3))
    offices, dates, headlines, articles = [], [], [], []
    for _ in range(count):
        if shared and rng.random() < 0.3:
            office, date, headline = rng.choice(shared)
        else:
            office, date, headline = rng.choice(PUBLISHERS), day.isoformat(), f"{_word(rng)} report {rng.random():.9f}"
            shared.append((office, date, headline))
            del shared[:-200]
        offices.append(office)
        dates.append(date)
        headlines.append(headline)
        articles.append(f'"{office},{date},{headline}"')
    return ";".join(offices), ";".join(dates), ";".join(headlines), ";".join(articles)


def rows(count, seed=1, changed=0.0):
    """The file's rows as dicts of GED's columns; `changed`: the fraction given other deaths figures."""
    rng = random.Random(seed)
    world, shared, change = World(count, rng), [], random.Random(seed + 1)
    for n in range(count):
        conflict = world.conflicts[_zipf(rng, len(world.conflicts))]
        country = conflict["country"]
        side_a = conflict["government"] if conflict["violence"] != 2 else conflict["groups"][0]
        side_b = (9999, "Civilians") if conflict["violence"] == 3 else rng.choice(conflict["groups"])
        if side_b == side_a:
            side_b = (side_b[0] + 5, side_b[1] + " (splinter)")
        site, region, district, lat, lon, where_prec = country["sites"][_zipf(rng, len(country["sites"]))]
        start = datetime.date.fromordinal(FIRST_DAY + rng.randrange(DAYS))
        date_prec = rng.choice((1, 1, 1, 1, 2, 3))
        end = start + datetime.timedelta(days={1: 0, 2: 3, 3: 6}[date_prec])
        deaths = [rng.choice((0, 0, 1, 2, 5)) for _ in range(4)]
        if changed and change.random() < changed:
            deaths[3] += 1
        best = sum(deaths)
        office, date, headline, article = _sources(rng, start, shared)
        dyad = 5000 + conflict["id"] * 10 + conflict["groups"].index(side_b) if side_b in conflict["groups"] \
            else 5000 + conflict["id"] * 10
        yield dict(zip(COLUMNS, (
            100_000 + n, f"X-{start.year}-{n}", start.year, 1, "Clear", conflict["violence"], conflict["id"],
            conflict["id"], conflict["name"], dyad, dyad, f"{side_a[1]} - {side_b[1]}", side_a[0], side_a[0],
            side_a[1], side_b[0], side_b[0], side_b[1], len(office.split(";")), article, office, date, headline,
            "", where_prec, site, f"in {site}", region, district, lat, lon, f"POINT ({lon} {lat})", 0,
            country["name"], country["gw"], "Africa", 1, date_prec, f"{start} 00:00:00.000", f"{end} 00:00:00.000",
            *deaths, best, best + rng.choice((0, 0, 3)), best, country["gw"], "")))


def write(path, count, seed=1, changed=0.0):
    import csv
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS)
        writer.writeheader()
        writer.writerows(rows(count, seed, changed))
    return path


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--rows", type=int, required=True)
    p.add_argument("--out", required=True, help="the CSV file to write")
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--changed", type=float, default=0.0, help="a newer release: this fraction of rows changed")
    args = p.parse_args(argv)
    write(args.out, args.rows, args.seed, args.changed)


if __name__ == "__main__":
    main()
