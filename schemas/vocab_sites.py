"""Kinds of site: what a provision covers and what an event hit, declared apart from vocab_provisions.py for
its size (published by vocabularies.py with the rest)."""

# The kinds of site a provision covers, when the text names categories of place, not places; also what kind of
# site an event hit or a claim says it hit (schemas/claim_parts.py site_categories, migrations/0048).
SITE_CATEGORIES = {
    "hospitals": "Hospitals, clinics and other medical facilities.",
    "schools": "Schools, universities and other places of education.",
    "public_facilities": "Public buildings and essential public facilities (water, power, administration).",
    "residential_areas": "Residential areas, homes and neighbourhoods.",
    "places_of_worship": "Mosques, churches and other places of worship.",
    "humanitarian_sites": "Aid warehouses, distribution points, camps for displaced people.",
    "infrastructure": "Civilian infrastructure: roads, bridges, ports, airports, power and water plants.",
    "military_sites": "Military bases, positions and installations.",
    # mend-equip (trial t10: "facilities India linked to JeM"): ours; site_actor_id on a claim names the group
    "militant_sites": "Camps, training centres, offices and other facilities of armed groups that are not a "
                      "state's forces.",
    # mend-acts3 (notes/trials t21 #34 "torching a jail", t20 #5 "seized banks and government buildings")
    "prisons": "Prisons, jails, detention centres and police cells.",
    "commercial_sites": "Banks, markets, shops, hotels, offices and other businesses.",
    "ddr_sites": "Disarmament, demobilisation and reintegration sites: reception centres, cantonment and "
                 "assembly areas where fighters hand in weapons (mend-time5, trial t26 #18).",
    # vocab26 (notes/trials t34 #26 "an operation ... against a rebel stronghold"): a place held, not a facility
    "strongholds": "A village, a town, a valley or an area an armed side holds as its base and defends ('a rebel "
                   "stronghold', 'the KLA's stronghold in Drenica'); the side is the claim's site_actor_id; a "
                   "group's camps and buildings are militant_sites, a state's bases military_sites (this project's "
                   "extension).",
    # figs33 (notes/trials t58 #81 "police posts"): police are neither military_sites nor prisons (cells only)
    "police_sites": "Police stations, posts, barracks and checkpoints ('an attack on a police post', 'the district "
                    "police station'); police cells holding detainees are prisons (ACLED's and UCDP's coders tell "
                    "police from military targets).",
    "other": "Any other category, named in the summary.",
}
