"""The figures a statement is about, and how its speaker hedges what it says (issue 10, claims26, migrations/0091;
notes/trials t32 #45 "Human Rights Watch said the figure appeared exaggerated": a doubt aimed at one figure of an
event, not at the event, and "appeared" the speaker's own hedge, as a claim's claimant_hedge)."""
from marshmallow import fields, validate

from . import vocabularies as vocab
from .common import MAX_ID, one_of, unique


def about_figure_fields():
    """about_figure_ids and speaker_hedge, declared last in StatementIn (CSV columns stay put)."""
    figure_ids = fields.List(fields.Integer(strict=True, validate=validate.Range(min=1, max=MAX_ID),
                                            metadata={"refers_to": "figures"}), load_default=list,
                             validate=[unique(), validate.Length(max=50)], metadata={
        "description": "IDs of the figures the statement is about, when it speaks of a figure rather than of the "
                       "event: 'HRW said the figure appeared exaggerated' is stance doubt, about_figure_ids [the "
                       "2,000 dead figure of the event], speaker_hedge appears. A figure of any record (an event's, "
                       "a statement's, a place's), by its ID, which stays the figure's while its record keeps it; a "
                       "figure named here cannot be removed from its record (422 naming the statement). Empty when "
                       "the statement names no figure. In a batch, \"@<ref>.figures[0]\" names the first figure of "
                       "the record an earlier operation wrote. Filter: about_figure=.",
        "rows": "about_figure_rows"})
    hedge = one_of(vocab.CLAIMANT_HEDGES, allow_none=True, load_default=None, metadata={
        "description": "How the speaker hedges what it says (see /v1/vocabularies claimant_hedges), as a claim's "
                       "claimant_hedge: appears ('said the figure appeared exaggerated', 'seemed'), believed, "
                       "probable, possible ('said it may have been exaggerated'). verification stays how sure the "
                       "reporting is that the statement was made. Null when the speaker does not hedge. Filter: "
                       "speaker_hedge=."})
    return figure_ids, hedge
