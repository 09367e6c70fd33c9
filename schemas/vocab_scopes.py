"""What a ceasefire or restriction covers (a provision's scope) and what items a provision covers: declared apart
from schemas/vocab_provisions.py, which is at its size limit, and published from there."""

# The domains of warfare a ceasefire or restriction covers (scope.domains).
SCOPE_DOMAINS = {
    "land": "Ground operations.",
    "air": "Air operations: aircraft, drones, air strikes.",
    "sea": "Naval and maritime operations.",
    "cyber": "Operations in cyberspace.",
    "space": "Operations in space.",
}

# Which operations a ceasefire or restriction covers (scope.operations).
SCOPE_OPERATIONS = {
    "all": "All military operations ('a complete ceasefire').",
    "offensive": "Only offensive operations: defensive action remains allowed ('halt offensive operations').",
    "strikes": "Only strikes at a distance: shelling, missiles, air or drone strikes (an 'energy ceasefire' "
               "is strikes with targets in the scope's note or site categories).",
    "movements": "Only troop movements, advances or redeployments.",
}

# What an item a provision covers is (covers.kind): weapons withdrawn, goods let through, people released.
COVERED_ITEM_KINDS = {
    "weapons": "Weapons or military equipment ('heavy weapons, tanks, artillery over 100 mm').",
    "goods": "Goods or aid ('fuel, food and medicine').",
    "people": "People ('women, children and the elderly', 'wounded fighters').",
    "vehicles": "Vehicles, vessels or aircraft (not as weapons: 'trucks', 'grain ships').",
    "facilities": "Facilities or infrastructure ('energy infrastructure', 'ports').",
    "other": "Anything else, named in the item's words.",
}
