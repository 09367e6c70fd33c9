"""Sources: what every event, treaty, statement and figure cites."""
from marshmallow import ValidationError, fields, validate, validates_schema

from .common import ExternalIds, StrictSchema, country, reference, references, text, unique, unknown_date_problems
from .declaration import output_schema
from .flatdates import (POINT_BOUNDS, DateGroup, FlatDates, bound_field, edtf_field, end_precision_field,
                        precision_field)


class SourceIn(FlatDates, StrictSchema):
    RECORD = True
    # The publication date as reported (schemas/flatdates.py; docs/api.md "Dates as reported"): a day, or a
    # bracket ("10-26 January 2023" for a set of reports), a month, or an open bound; no time of day.
    DATE_GROUPS = (DateGroup(names={"date": "published_date", "date_end": "published_end",
                                    "precision": "published_precision",
                                    "precision_end": "published_end_precision", "bound": "published_bound",
                                    "edtf": "published_edtf"}, whole_bracket=True),)

    url = fields.Url(schemes={"http", "https"}, validate=validate.Length(max=2000), allow_none=True,
                     metadata={"description": "Where the source can be read, when it is online."})
    title = text(500, required=True, allow_none=True, metadata={
        "description": "The source's title or headline, as published; null when it has none or it is not known "
                       "(give the key all the same: leaving it out is an error)."})
    publisher = text(200, allow_none=True, metadata={
        "description": "Who published it: a news agency, a ministry, an NGO; null when unknown."})
    # issue 10, mend10b: a report published jointly ("AP and Reuters", "a joint investigation by X and Y").
    publishers = fields.List(text(200), load_default=list, validate=[validate.Length(max=20), unique()], metadata={
        "description": "When several published it jointly: each publisher, two or more, as the source names "
                       "them; publisher is then null (it names one). Empty otherwise."})
    # places34 (migrations/0117; trials t59 #3 "Reuters and pool reporters at ..."): who gathered it, not who published
    contributors = fields.List(text(200), load_default=list, validate=[validate.Length(max=20), unique()], metadata={
        "description": "Who gathered the report's material beside its publisher's own staff, as the report names "
                       "them ('pool reporters', 'a local stringer', 'reporters on a trip the army organised'): not "
                       "co-publishers (publishers), nor the voices it quotes (claimants of its facts); where they "
                       "reported from is reporting_place_ids. Empty when not said. Filter: contributor=."})
    published_date = fields.Date(allow_none=True, metadata={
        "description": "The day it was published (YYYY-MM-DD), or the first day of its bracket (a month, a range "
                       "of days: published_end); with published_bound on_or_before, the bound itself; null when "
                       "unknown."})
    # The rest of the publication date as reported (migrations/0012).
    published_end = fields.Date(allow_none=True, metadata={
        "description": "The last day of the bracket the source was published in (YYYY-MM-DD): a source known only "
                       "as 'published 10-26 January 2023', or several reports cited as one; null for one day."})
    published_precision = precision_field("How precisely published_date is known: day, week, month or year; "
                                          "unknown (with published_date null) when the reporting does not say when "
                                          "it was published (trial t29).")
    published_end_precision = end_precision_field(
        "How precisely published_end is known when not as published_date (EDTF 2023-10/2024-02-19).")
    published_bound = bound_field(POINT_BOUNDS, "An open bound: on_or_before (published by published_date, which "
                                                "holds the bound), not_before (on or after it); null for none.")
    published_edtf = edtf_field("The publication date in one text, for example 2023-01-10/2023-01-26, 2023-01 or "
                                "[..2023-01-26].")
    retrieved_date = fields.Date(allow_none=True, metadata={
        "description": "The day it was read for this dataset (YYYY-MM-DD), for sources that change online."})
    excerpt = fields.String(validate=validate.Length(max=10000), allow_none=True,
                            metadata={"description": "A passage of the source that supports the facts citing it."})
    # issue 10, mend-actors (migrations/0049, notes/trials t9 #44): "Sputnik, Russia's state news agency"
    country = country(allow_none=True, load_default=None, metadata={
        "description": "ISO 3166-1 alpha-3 code of the country the source's publisher is based in or belongs to "
                       "(Sputnik: RUS); null when not said. Filter with country=."})
    owner_id = reference("actor", allow_none=True, load_default=None, metadata={
        "description": "The actor that owns, funds or runs the source's publisher: a state for state media "
                       "(Sputnik: Russia), a party, a company, an armed group for its media wing; null when not "
                       "said. It cannot be deleted while a source names it. Filter with owner=.",
        "shown": {"description": "The actor that owns or runs the publisher (its ID, or the actor with its name and "
                                 "kind); null when not said."}})
    external_ids = ExternalIds("sources", load_default=dict, rows="external_id_rows")  # migrations/0018
    # issue 10, mend-places (migrations/0042): "PORT SUDAN, Dec 20 (Reuters) -"
    dateline = text(200, allow_none=True, load_default=None, metadata={
        "description": "The dateline's place as printed ('PORT SUDAN', 'KYIV/MOSCOW'): where the report says it "
                       "was filed, not where its events happened; null when it has none."})
    dateline_place_id = reference("place", allow_none=True, load_default=None, metadata={
        "description": "The place the dateline names, as a place record (Port Sudan); null when it has no "
                       "dateline or the place is not recorded. Filter with dateline_place=.",
        "shown": {"description": "The place the dateline names (its ID, or the place with "
                                 "include=dateline_place); null when none."}})
    # issue 10, mend-src2 (migrations/0067, trial t19 #44): "a UN working document leaked to reporters last month"
    leaked_date = fields.Date(allow_none=True, load_default=None, metadata={
        "description": "For a document leaked, not published: the day it was leaked or reached reporters "
                       "(YYYY-MM-DD), or the first day of the month or year of leaked_precision; the published_* "
                       "dates stay its date of writing or issue, when given. Null when not leaked. Filter: "
                       "leaked=true."})
    leaked_precision = fields.String(allow_none=True, load_default=None, validate=validate.OneOf(["month", "year"]),
                                     metadata={
        "description": "How precisely leaked_date is known when not to the day: month or year ('leaked last "
                       "month', said in May 2009: leaked_date 2009-04-01, month). Null: a day."})
    # issue 10, mend-src2 (migrations/0067, trial t16 #2): "BANGKOK/PHNOM PENH"
    other_dateline_place_ids = references("place", load_default=list, validate=validate.Length(max=5),
                                          metadata={
        "description": "The further places a dateline of several names, in the order printed, after "
                       "dateline_place_id (the first): 'BANGKOK/PHNOM PENH' is dateline_place_id Bangkok, "
                       "other_dateline_place_ids [Phnom Penh]. Empty for one place; needs dateline_place_id. "
                       "dateline_place= matches any of them; a place named cannot be deleted.",
        "rows": "dateline_place_rows",
        "shown": {"description": "The further places of the dateline, as dateline_place is shown (each place's "
                                 "ref, or its ID when include= leaves dateline_place out)."}})
    # issue 10, mend-claims (migrations/0059): "Reuters, citing state news agency SANA"
    cites_source_ids = references("source", load_default=list, validate=validate.Length(max=20), metadata={
        "description": "The sources this one carries: what it reports another source said ('Reuters, citing "
                       "state news agency SANA': the Reuters report cites SANA's), or a post it relays and "
                       "verifies ('a video posted on Telegram and verified by AFP'); empty when it speaks for "
                       "itself. A source cited cannot be deleted while one carries it. Filters: cites= on "
                       "sources; rests_on= on events and statements (citing it, or a source that carries it).",
        "rows": "cited_rows",
        "shown": {"description": "The sources this one carries (IDs)."}})
    # issue 10, mend-actors3 (migrations/0075; notes/trials t23 #2): "in a statement carried by MAP" in a Reuters
    # report whose other facts rest on other outlets; cites_source_ids would make rests_on=MAP read them all
    cites_in_part_source_ids = references("source", load_default=list, validate=validate.Length(max=20), metadata={
        "description": "The sources this one carries for some of its facts only ('the ministry said in a "
                       "statement carried by MAP' in a Reuters report resting on other outlets too; a footer "
                       "'Sources: Reuters, AFP, UNSMIL'): each record those facts are cites both this source and "
                       "the carried one (source_ids). rests_on= does not read it (cites_source_ids: the whole "
                       "report rests on them); cites= on sources does. A source cited cannot be deleted while one "
                       "carries it.",
        "rows": "cited_in_part_rows",
        "shown": {"description": "The sources this one carries for some of its facts (IDs)."}})

    # issue 10, claims26 (migrations/0091; trial t34 #3): "additional reporting from Brussels, The Hague and New York"
    reporting_place_ids = references("place", load_default=list, validate=validate.Length(max=20), metadata={
        "description": "The places reporting for the source came from beyond its dateline, in the order printed: "
                       "a footer's 'Reporting by Reuters correspondents in Pristina and Belgrade; additional "
                       "reporting from Brussels, The Hague and New York' is dateline_place_id Pristina, "
                       "other_dateline_place_ids [Belgrade] when the dateline names both, reporting_place_ids "
                       "[Brussels, The Hague, New York]. other_dateline_place_ids is only what the dateline prints. "
                       "Empty when not said. Filter: reporting_place= (dateline_place= does not read it); a place "
                       "named cannot be deleted.",
        "rows": "reporting_place_rows",
        "shown": {"description": "The places further reporting came from (each place's ref, or its ID when "
                                 "include= leaves dateline_place out)."}})

    @validates_schema(skip_on_field_errors=True)
    def _one_or_several_publishers(self, data, **kwargs):
        several = data.get("publishers") or []
        if several and data.get("publisher") is not None:
            raise ValidationError({"publishers": ["Give publisher (one) or publishers (several), not both."]})
        if len(several) == 1:
            raise ValidationError({"publishers": ["One publisher is publisher: publishers names two or more."]})

    @validates_schema(skip_on_field_errors=True)
    def _several_dateline_places(self, data, **kwargs):
        further, first = data.get("other_dateline_place_ids") or [], data.get("dateline_place_id")
        if further and first is None:
            raise ValidationError({"other_dateline_place_ids": ["Give the first place in dateline_place_id."]})
        if first is not None and first in further:
            raise ValidationError({"other_dateline_place_ids": ["Repeats dateline_place_id."]})

    @validates_schema(skip_on_field_errors=True)
    def _leaked(self, data, **kwargs):
        precision, day = data.get("leaked_precision"), data.get("leaked_date")
        if precision is not None and day is None:
            raise ValidationError({"leaked_precision": ["Says how precisely leaked_date is known: give it too."]})
        if (precision == "month" and day.day != 1) or (precision == "year" and (day.month, day.day) != (1, 1)):
            raise ValidationError({"leaked_date": [f"With leaked_precision {precision}: the first day of the "
                                                   f"{precision}."]})

    @validates_schema(skip_on_field_errors=True)
    def _unknown_date(self, data, **kwargs):
        problems = unknown_date_problems(data.get("published_date"), data.get("published_precision"), "published_date",
                                         "", "published_precision", required=False)
        if problems:
            raise ValidationError(problems)

    @validates_schema
    def _retrieved_after_published(self, data, **kwargs):
        published, retrieved = data.get("published_date"), data.get("retrieved_date")
        if published and retrieved and retrieved < published:
            raise ValidationError({"retrieved_date": ["Must not be before published_date."]})


SourceOut = output_schema(SourceIn)
