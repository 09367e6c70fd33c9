"""Where in another place a place lies (issue 10, mend-claims4, migrations/0079; notes/trials t25 #56: "the
north-western town of Bossangoa", and the reporting's "northern Mali", "the eastern city of Goma"): a place
relation within's part. The eight compass points and the centre, as reports name the parts of a country or a
region; no region record is invented for them. And the lie of the land a place is described by (places35,
migrations/0119): a place's terrain."""

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

# places35 (migrations/0119): "a mountain village", "the jungle valley": the land a place lies in, as the reporting
# describes it, beside its kind (a village is still city or site). GeoNames' feature classes T (hypsographic), V
# (vegetation) and H (hydrographic) where one fits; the settled and the open country are this project's extension.
_OURS = " (this project's extension)"
TERRAINS = {
    "mountain": "Mountains or high ground, a mountain range or pass ('a mountain village', 'in the mountains'; "
                "GeoNames T.MT 'mountain', T.MTS 'mountains').",
    "hills": "Hills or hilly ground, lower than mountains ('the hills above the town'; GeoNames T.HLLS 'hills').",
    "plateau": "A plateau or high plain ('on the plateau'; GeoNames T.PLAT 'plateau').",
    "valley": "A valley or gorge ('the valley below', 'a river valley'; GeoNames T.VAL 'valley').",
    "plain": "A plain or low open ground ('the plains of the north'; GeoNames T.PLN 'plain(s)').",
    "forest": "Forest or woodland ('a forest hideout', 'in the woods'; GeoNames V.FRST 'forest(s)').",
    "jungle": "Jungle, dense tropical forest or rainforest ('the jungle valley', 'deep in the jungle'); forest is "
              "woodland not called so" + _OURS + ".",
    "desert": "Desert or semi-desert ('a desert outpost', 'in the desert'; GeoNames T.DSRT 'desert').",
    "marsh": "Marsh, swamp or wetland ('the marshes', 'a swampy area'; GeoNames H.MRSH 'marsh(es)', H.SWMP "
             "'swamp').",
    "coast": "A coast or shore, the land along a sea or lake ('a coastal town'; GeoNames T.CST 'coast'); which sea "
             "is the place relation on_coast_of.",
    "island": "An island or islands ('an island garrison'; GeoNames T.ISL 'island', T.ISLS 'islands').",
    "urban": "Built-up, urban ground: a city, a town's streets ('urban fighting', 'a densely populated "
             "area')" + _OURS + ".",
    "rural": "Rural, open or farming country, away from towns ('a rural area', 'the countryside')" + _OURS + ".",
    "other": "Another terrain than these, said in the place's description" + _OURS + "; an admin may register a "
             "local term for one that recurs.",
}
