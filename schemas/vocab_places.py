"""Where in another place a place lies (issue 10, mend-claims4, migrations/0079; notes/trials t25 #56: "the
north-western town of Bossangoa", and the reporting's "northern Mali", "the eastern city of Goma"): a place
relation within's part. The eight compass points and the centre, as reports name the parts of a country or a
region; no region record is invented for them."""

PLACE_PARTS = {
    "north": "The north of the other place ('northern Mali', 'the northern town of').",
    "northeast": "The northeast ('north-eastern').",
    "east": "The east ('the eastern city of Goma': within the DR Congo, east).",
    "southeast": "The southeast ('south-eastern').",
    "south": "The south ('southern Lebanon').",
    "southwest": "The southwest ('south-western').",
    "west": "The west ('western').",
    "northwest": "The northwest ('the north-western town of Bossangoa': within the Central African Republic, "
                 "northwest).",
    "centre": "The centre ('central', 'the centre of the country').",
}
