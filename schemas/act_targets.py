"""Whom a statement's act is aimed at or done to, apart from who does it (issue 10, acts31): "the group threatened to
kill the hostages", "vowed to punish those responsible", "pledged to protect the minority". An act item named who
acts (the speaker, or about_actor_ids) and whom it is asked of (addressee_ids), but not whom the act falls on:
about_actor_ids says "done by or done to" without saying which, and a group of people or a phrase had no place at
all. The target is said as an act's addressees are: actors by ID, or the reporting's words beside them, and as a
condition's act names whom it is against (schemas/agreement_parts.py): groups of people by a targeted_groups term
(or a figure_held_as one: "the hostages").
Declared last in ActIn (schemas/statement_acts.py); stored whole with the item (JSON), so items stored before read
them empty (or null). Each actor named is also among the statement's about_actor_ids, as an item's about_actor_ids
are (schemas/statement_commitments.py): about_actor= finds the statement and the actor cannot be deleted while
named."""
from marshmallow import fields, validate

from . import vocabularies as vocab
from .common import one_of, references, text, unique

# The groups of people an act may be aimed at: whom an attack singles out (targeted_groups, a condition's
# against_groups) and what people are held as (figure_held_as: "the hostages", "the detainees"), one list of terms.
TARGET_GROUPS = {**vocab.TARGETED_GROUPS, **vocab.FIGURE_HELD_AS}


def act_target_fields():
    """ActIn's target_actor_ids, target_groups and target_words."""
    return (
        references("actor", load_default=list, validate=validate.Length(max=20), metadata={
            "description": "Whom the act is aimed at or done to, apart from who does it, when actor records name "
                           "them (each also among the statement's about_actor_ids): "
                           "'pledged to protect the minority' (the minority's actor), 'threatened to strike "
                           "the rebels' (the rebels), 'announced it would dissolve the assembly' (the assembly). IDs "
                           "of actors, each also among the statement's about_actor_ids (a 422 naming this field "
                           "otherwise). Not whom it is asked of (addressee_ids) nor who does it (the speaker, or "
                           "about_actor_ids). Empty when not said, or said only in target_groups or target_words; "
                           "items stored before read empty (about_actor_ids may hold the target there). Filter: "
                           "act_target=.",
            "shown": {"description": "Whom the act is aimed at or done to (IDs of actors); empty when no actor is "
                                     "named."}}),
        fields.List(one_of(TARGET_GROUPS), load_default=list, validate=[validate.Length(max=20), unique()],
                    metadata={
            "description": "Whom the act is aimed at or done to, as groups of people (see /v1/vocabularies "
                           "targeted_groups, as a condition's against_groups, and figure_held_as for people held: "
                           "hostages, detainees...): 'threatened to kill the hostages': a "
                           "threat, action other, words 'to kill the hostages', target_groups [hostages]; 'pledged "
                           "not to attack civilians': refrain true, [civilians]. Empty when not said (items stored "
                           "before read empty). Filter: act_target_group=."}),
        text(500, allow_none=True, load_default=None, metadata={
            "description": "Whom the act is aimed at or done to, in the reporting's words, when no actor record or "
                           "group term says it all: 'vowed to punish those responsible': words 'those responsible'; "
                           "beside target_actor_ids or target_groups, the words that narrow them ('the hostages "
                           "taken on Tuesday'). Never an actor made up for the phrase. Null when not said (items "
                           "stored before read null)."}))


def target_problems(item, about):
    """A message when an act item names a target actor that is not among the statement's about_actor_ids (`about`)."""
    missing = [ident for ident in item.get("target_actor_ids") or [] if ident not in about]
    if missing:
        return (f"Add {', '.join(map(str, missing))} to the statement's about_actor_ids too (about_actor= then finds "
                "it, and the actor cannot be deleted while named).")
    return None
