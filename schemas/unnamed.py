"""Unnamed claimants said in words (issue 10, mending round mend-actors, migrations/0049; notes/trials t10 #32 #55,
t11 #25): "early counts in Pakistani media", "Reuters, citing local government officials", "Palestinian officials
said". The reporting names no one, yet says what kind of people speak and from where; inventing a group actor for
each such phrase fills the actors with records no one can merge or find. A claim with attribution `unnamed` says
who in words instead: the words as reported, the kind of actor they are (the actor kinds' vocabulary) and their
country. With a claimant_id too they are unnamed people of that body, as before (migrations/0039)."""
from marshmallow import ValidationError, validates_schema

from . import vocabularies as vocab
from .common import country, one_of, text

UNNAMED_FIELDS = ("claimant_words", "claimant_kind", "claimant_country")


def claimant_words():
    return text(500, allow_none=True, load_default=None, metadata={
        "description": "With attribution unnamed: who makes the claim, in the reporting's words ('Pakistani "
                       "media', 'local government officials'); beside a claimant_id, who within that body spoke, "
                       "as a statement's speaker_words ('an ICRC spokesman': claimant_id the ICRC, attribution "
                       "unnamed; 'U.S. officials': the United States); with attribution named (given, not left to the "
                       "default): further claimants no record names, beside the named ones ('fighters and "
                       "residents said': claimant_id the fighters, claimant_words 'residents'). Null when the "
                       "reporting says only 'officials' or nothing. Filter events with claimant_kind= and "
                       "claimant_country=."})


def claimant_kind():
    return one_of(vocab.ACTOR_KINDS, allow_none=True, load_default=None, metadata={
        "description": "With claimant_words: the kind of actor they are (actor_kinds: civil_society for media, "
                       "government_body for officials, armed_force for military sources, group for residents "
                       "or witnesses); null when the words do not say."})


def claimant_country():
    return country(allow_none=True, load_default=None, metadata={
        "description": "With claimant_words: the country they belong to or speak for, ISO 3166-1 alpha-3 "
                       "('Pakistani media': PAK); null when the words do not say."})


class UnnamedClaimantMixin:
    """The rule between the words and the attribution; mixed into a claim schema (before StrictSchema) that
    declares the three fields."""

    @validates_schema(skip_on_field_errors=True)
    def _words_for_unnamed_claimants(self, data, **kwargs):
        # mend-claims4 (migrations/0079): with attribution named, the words are further claimants no record names,
        # beside the named ones ("fighters and residents said": claimant_ids the fighters, words "residents")
        if data.get("claimant_words") is not None and data.get("attribution") not in ("unnamed", "named"):
            raise ValidationError({"claimant_words": [   # acts28 (trial t38 doc 3): beside a claimant_id too
                "Says who in words: give attribution unnamed too, for people not named, with or without the body "
                "they speak for ('an ICRC spokesman': claimant_id the ICRC, attribution unnamed; 'residents said': "
                "no claimant_id); or attribution named, with claimant_id, for unnamed claimants beside named ones "
                "('fighters and residents said')."]})
        for name in ("claimant_kind", "claimant_country"):
            if data.get(name) is not None and data.get("claimant_words") is None:
                raise ValidationError({name: ["Describes claimant_words: give the reporting's words too."]})


class UnnamedClaimantFields(UnnamedClaimantMixin):
    """The three fields and their rule, for an item stored whole as JSON (a provision's deadline: "a GNA official
    who attended the talks said the 90 days start on signing"; mend-claims2, notes/trials t18 #8)."""

    claimant_words = claimant_words()
    claimant_kind = claimant_kind()
    claimant_country = claimant_country()
