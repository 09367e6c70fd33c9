"""Who uses an actor's or a place's other name, from which sources (figs32, migrations/0110;
schemas/alias_claims.py): the claim columns every relation stores (api/models/relation_claims.py, but its
`degree`: a name is used or not), and a table of each alias's sources. The columns sit at the end of their tables."""
from .records import ActorAlias
from .relation_claims import COLUMNS, sources_of
from .relations import PlaceAlias

# The claim an alias takes: a relation's, without how far it holds.
ALIAS_COLUMNS = [name for name in COLUMNS if name != "degree"]
for _name, _model in {"actor_alias": ActorAlias, "place_alias": PlaceAlias}.items():
    for _column in ALIAS_COLUMNS:
        _model._meta.add_field(_column, COLUMNS[_column](_name))
del _name, _model, _column

ActorAliasSource = sources_of(ActorAlias, "actor_alias")
PlaceAliasSource = sources_of(PlaceAlias, "place_alias")
MODELS = [ActorAliasSource, PlaceAliasSource]
# alias model -> the model of its sources (api/relation_lists.py reads them)
SOURCES = {ActorAlias: ActorAliasSource, PlaceAlias: PlaceAliasSource}
