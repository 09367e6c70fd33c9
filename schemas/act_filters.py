"""The filters on what actors do and say (mend-acts, migrations/0043): an event's mode, a statement's platform,
channel, requests and offers, a treaty's text publication and whose keeping an implementation entry is about.
schemas/arguments.py puts them into each collection's parameters."""
from marshmallow import fields, validate

from . import vocabularies as vocab
from .act_targets import TARGET_GROUPS
from .common import OpenWords, Terms
from .condition_scope import actor_known_filter, connective_filter
from .id_filters import id_filter as _ids
from .parameters import CommaList


def _terms(vocabulary, description):
    return CommaList(fields.String(validate=Terms(vocabulary)), metadata={"description": description})


# A statement's lists of acts (schemas/statement_acts.py) and the filter on each list's actions, one row a list:
# (filter, the statement's list, what a statement it finds does, an example term). api/services/act_filters.py
# reads the same rows.
ACTION_FILTERS = (
    ("requested_action", "requests", "asking for one of these actions", "take_up_arms"),
    ("offered_action", "offers", "offering one of these actions", "further_negotiations"),
    ("refused_action", "refusals", "refusing one of these actions", "deployment"),   # mend-saynot (0069)
    ("not_agreed_action", "not_agreed", "saying one of these has not been agreed", "ceasefire"),
    ("announced_action", "announcements", "announcing one of these acts of the speaker", "dissolution"),   # 0077
    ("pledged_action", "pledges", "pledging one of these", "elections"),
    ("threatened_action", "threats", "threatening one of these", "military_operations"),
    ("intended_action", "intentions", "saying another actor intends one of these", "seizure_of_power"),
)

ACT_FILTERS = {
    "events": {
        "mode": CommaList(fields.String(validate=[validate.Length(min=1, max=200),
                                                  OpenWords(vocab.EVENT_MODE_TERMS)]), metadata={
            "description": "Events whose mode is one of these, exactly as written (the documented modes: "
                           "/v1/vocabularies event_modes; mode=advance,cross_border)."}),
        "travel_means": _terms(vocab.TRAVEL_MEANS, "Events whose travel_means include one of these (travel_means): "
                                                   "sea,foot (migrations/0067)."),
        "disrupted": _terms(vocab.DISRUPTED_SERVICES, "Events that cut or disrupted one of these services (a "
                                                      "service_disruptions item's service, disrupted_services): "
                                                      "disrupted=communications,power (migrations/0071)."),
        "disrupted_claimant": _ids("Events with a service disruption this actor says it cut (a service_disruptions "
                                   "item's claimant_id; claims34, migrations/0115)."),
        "covered_kind": _terms(vocab.COVERED_ITEM_KINDS, "Events naming items of one of these kinds in covers, "
                                                         "covered or left out (a covers item's kind, covered_item_kinds): "
                                                         "covered_kind=goods (events28, migrations/0099)."),
        "site_near": _terms(vocab.SITE_CATEGORIES, "Events that happened near a site of one of these kinds, not said "
                                                   "to hit it (sites_near): site_near=schools (events30, "
                                                   "migrations/0104); what an event hit is site_category=."),
        "ending": _terms(vocab.EVENT_ENDINGS, "Events that ended in one of these ways against their plan (ending, "
                                              "event_endings): ending=cut_short (migrations/0071)."),
        "outcome": _terms(vocab.EVENT_OUTCOMES, "Events whose outcome against their aim is one of these (outcome, "
                                                "event_outcomes): outcome=failed (migrations/0075)."),
        "participant_part": _terms(vocab.ACTOR_PARTS, "Events with a participant of whom only this part took part "
                                                      "(a participant's actor_part): participant_part=leadership "
                                                      "(migrations/0076)."),
        "extent": _terms(vocab.EVENT_EXTENTS, "Events whose extent is one of these (extent, event_extents): "
                                              "extent=widespread (migrations/0076)."),
        "recurrence": _terms(vocab.EVENT_RECURRENCES, "Events that recurred in one of these ways (recurrence, "
                                                      "event_recurrences): recurrence=daily,weekly (migrations/0083)."),
        # events32 (migrations/0109): "the first releases", "declared maximum alert", "after a delay of a day"
        "novelty": _terms(vocab.STATEMENT_NOVELTIES, "Events the reporting marks so (novelty, statement_novelties): "
                                                     "novelty=first (events32, migrations/0109)."),
        "alert_level": _terms(vocab.ALERT_LEVELS, "Alerts declared at one of these levels (alert_level, "
                                                  "alert_levels): alert_level=maximum,high (events32)."),
        "responsibility": _terms(vocab.RESPONSIBILITY_CLAIMS, "Events whose reporting says responsibility was "
                                                              "claimed so (responsibility, responsibility_claims): "
                                                              "responsibility=not_claimed (agree33)."),
        # agree33 (migrations/0114): "intercepted radio messages suggested"
        "evidence": _terms(vocab.EVIDENCE_KINDS, "Events with a claim (not deprecated) said to rest on evidence of "
                                                 "one of these kinds (a claim's evidence, evidence_kinds): "
                                                 "evidence=satellite_imagery; a figure's is figure_evidence=."),
        "delayed": fields.Boolean(metadata={"description": "true: events a claim (not deprecated) says were held "
                                                           "up against their planned time (a claim's delay); "
                                                           "false: events none says so (events32)."}),
        # events33 (migrations/0112): "talks stalled over the fate of prisoners"; "clothing their captors had issued"
        "issue": _terms(vocab.PROVISION_TYPES, "Events over one of these issues (an issues item's type, "
                                               "provision_types): issue=prisoner_release (events33)."),
        # acts35: "talks on lifting the arms embargo on the government"
        "issue_actor": _ids("Events over an issue that concerns this actor (an issues item's actor_ids): "
                            "issue_actor=12 (acts35)."),
        "covered_issued_by": _ids("Events naming in covers an item this actor had issued or supplied (a covers "
                                  "item's issued_by_id: 'threw away the uniforms the guards had handed out'; "
                                  "events33)."),
    },
    "treaties": {
        "de_facto_status": _terms(vocab.TREATY_STATUS_CHANGES, "Treaties with a status history entry (not "
                                  "deprecated) said to hold in fact but not formally, of one of these statuses "
                                  "(de_facto: 'dead in all but name': de_facto_status=collapsed; figures27)."),
        "text_published": _terms(vocab.TEXT_PUBLICATIONS, "Treaties whose text is in one of these states "
                                                          "(text_publications): unpublished,partly_published."),
        "implemented_by": _ids("Treaties with a provision whose implementation record has an entry about this "
                               "actor's keeping or breaking it (an entry's actor_ids)."),
        "implementation": _terms(vocab.IMPLEMENTATION_STATUSES, "Treaties with a provision whose implementation "
                                                                "record has an entry of one of these statuses "
                                                                "(with implemented_by: an entry about that "
                                                                "actor)."),
        "implementation_reason": _terms(vocab.IMPLEMENTATION_REASONS, "Treaties with a provision whose "
                                        "implementation record has an entry giving one of these reasons it was "
                                        "not carried out or held up (implementation_reasons; migrations/0073)."),
    },
    "statements": {
        "platform": _terms(vocab.STATEMENT_PLATFORMS, "Statements made public on one of these platforms "
                                                      "(statement_platforms): platform=telegram,x."),
        "channel": _ids("Statements carried by this actor's account, channel or outlet (channel_id)."),
        **{name: _terms(vocab.REQUESTED_ACTIONS, f"Statements {finds} (a{'n' if items[0] in 'aeiou' else ''} "
                                                    f"{items} item's action, requested_actions): {name}={example}.")
           for name, items, finds, example in ACTION_FILTERS},
        "act_modality": _terms(vocab.ACT_MODALITIES, "Statements with an act (in any of the lists above) only "
                                                     "considered or said to be possible (an item's modality, "
                                                     "act_modalities): act_modality=consideration (claims26)."),
        "act_proportion": _terms(vocab.FIGURE_PROPORTIONS, "Statements with an act (in any of the lists above) "
                                                           "covering this proportion of what it is about (an item's "
                                                           "proportion): act_proportion=all (figures27)."),
        "act_for_treaty": _ids("Statements with an act (in any of the lists above) that is a condition of this "
                               "treaty (an item's for_treaty_id; figures27)."),
        "act_treaty": _ids("Statements with an act (in any of the lists above) about this treaty (an item's "
                           "treaty_id: the agreement to approve, ratify, sign...; statements37)."),
        "act_place": _ids("Statements with an act (in any of the lists above) to be done at, to, from or via this "
                          "place (an item's places, by place_id, in any role; acts28): act_place=12."),
        "act_equipment": _terms(vocab.EQUIPMENT_KINDS, "Statements with an act (in any of the lists above) naming "
                                                       "equipment of one of these kinds (an item's equipment, "
                                                       "equipment_kinds): act_equipment=tank,armoured_vehicle "
                                                       "(acts28)."),
        "act_phase": _terms(vocab.DEADLINE_MILESTONES, "Statements with an act (in any of the lists above) whose "
                                                       "date or within is when it begins (start) or when it is "
                                                       "complete (completion): an item's phase; act_phase=completion "
                                                       "(acts29)."),
        # acts31 (migrations/0107): "threatened to kill the hostages", "vowed to punish those responsible"
        "act_target": _ids("Statements with an act (in any of the lists above) aimed at or done to this actor (an "
                           "item's target_actor_ids): act_target=12."),
        "act_target_group": _terms(TARGET_GROUPS, "Statements with an act (in any of the lists above) aimed at or "
                                                  "done to one of these groups of people (an item's target_groups: "
                                                  "targeted_groups or figure_held_as terms): "
                                                  "act_target_group=hostages,civilians."),
        # acts35: "will not discuss a disengagement until it has the list"
        "act_subject": _terms(vocab.REQUESTED_ACTIONS, "Statements with an act (in any of the lists above) about one "
                                                       "of these actions (an item's subject_types, requested_actions "
                                                       "terms): act_subject=withdrawal (acts35)."),
        # agree32: "pledged to serve for an initial 60 days"
        "act_term": fields.Boolean(metadata={"description": "true: statements with an act (in any of the lists "
                                                            "above) that says how long it is to last (an item's "
                                                            "term); false: those with none that does (agree32)."}),
        # agree33: "his main demand"; with an action filter, the main act is one of those actions
        "act_primary": fields.Boolean(metadata={"description": "true: statements with an act (in any of the lists "
                                                               "above) marked the main one of its list (an item's "
                                                               "primary); with requested_action= (or another action "
                                                               "filter), whose main act is of those actions; false: "
                                                               "those with none so marked (agree33)."}),
        "recurrence": _terms(vocab.EVENT_RECURRENCES, "Statements that are a position repeated or kept up over "
                                                      "their dates in one of these ways (recurrence, "
                                                      "event_recurrences): recurrence=repeated (acts29, "
                                                      "migrations/0101)."),
        # agree28 (migrations/0100): "only as part of a negotiated settlement", "if they keep their word"
        "condition_between": _ids("Statements with a condition of type settlement naming this actor among its "
                                  "parties (a condition's between_actor_ids)."),
        "condition_statement": _ids("Statements with a condition of type pledge_kept naming this statement (a "
                                    "condition's statement_id)."),
        "condition_connective": connective_filter("Statements"),   # cond30: unless, until
        "condition_actor_known": actor_known_filter("statements"),   # acts31: "any freed prisoner who ..."
        "condition_actor": _ids("Statements with a condition naming this actor in any role: the actor whose act "
                                "it hangs on (a condition's actor_id), against whom (against_actor_ids) or among a "
                                "settlement's parties (between_actor_ids); statements37."),
        "evidence": _terms(vocab.EVIDENCE_KINDS, "Statements said to rest on evidence of one of these kinds (the "
                                                 "statement's evidence, evidence_kinds): evidence=documents "
                                                 "(agree33); a figure's is figure_evidence=."),
        "not_said": _terms(vocab.NOT_SAID_POINTS, "Statements leaving one of these points unsaid (a not_said item's "
                                                  "point): not_said=where,when."),
        "not_said_action": _terms(vocab.REQUESTED_ACTIONS, "Statements leaving a point of one of these acts unsaid "
                                                           "(a not_said item's action; with not_said=: the same "
                                                           "item): not_said_action=military_operations (agree33)."),
        "not_said_reason": _terms(vocab.NOT_SAID_REASONS, "Statements with a not_said item for one of these reasons "
                                                          "(with not_said=: the same item): "
                                                          "not_said_reason=not_known."),
        "live": fields.Boolean(metadata={"description": "true: statements reported as made live (live true); "
                                                        "false: reported as recorded (live false). Statements whose "
                                                        "reporting does not say are in neither (mend-dates2)."}),
        "speaker_known": fields.Boolean(metadata={"description": "false: statements whose speaker is not known "
                                                                 "(speaker_id null); true: those with a speaker "
                                                                 "(acts28, migrations/0097)."}),
        "speaker_part": _terms(vocab.ACTOR_PARTS, "Statements whose unnamed speakers are this part of the speaker "
                                                  "(speaker_part, actor_parts): speaker_part=officials "
                                                  "(migrations/0081)."),
    },
}
