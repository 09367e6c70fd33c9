"""The vocabularies of treaties (schemas/treaties.py, schemas/treaty_structure.py): kinds, statuses, the roles
of parties and how their participation and the treaty's status change, relations between treaties, ATOP's
obligations and conditions, and how events link to treaties. Part of the controlled vocabularies
(schemas/vocabularies.py, which publishes them all).
"""

TREATY_KINDS = {
    "alliance": "A treaty of alliance or mutual assistance (ATOP's scope).",
    "ceasefire": "An agreement to stop fighting.",
    "peace_agreement": "An agreement ending a conflict.",
    "non_aggression_pact": "A pact not to attack each other.",
    "arms_control": "An agreement limiting weapons or forces.",
    "other": "Any other international agreement.",
    # issue 10, mend-agree2 (notes/trials t19 #26): "we have decided to silence our guns" (the LTTE, May 2009)
    "unilateral_declaration": "A declaration by one side alone that binds only itself: a unilateral ceasefire or "
                              "truce ('we have decided to silence our guns'). One party; its provisions say what "
                              "is declared (ceasefire). This project's extension.",
    # issue 10, mend-saynot (notes/trials t21 #44, #46): "the constitution requires him to report to Congress
    # within 48 hours; Congress may revoke it"
    "national_law": "A state's own constitution, law or decree, recorded when the reporting says what it requires "
                    "or allows of an act ('the constitution requires a report to Congress within 48 hours'): one "
                    "party, the state; its provisions are the rules reported (modality obligation, permission), "
                    "whom they bind in obliged_actor_ids, and the act done under it links to it by invokes "
                    "(this project's extension).",
    # issue 10, mend-agree3 (notes/trials t23 #77): "the Security Council renewed MINURSO's mandate for a year"
    "mandate": "The mandate of a mission or force set by an international body's resolutions (a UN peacekeeping or "
               "political mission's): one record for the mandate, its party the body that sets it; a renewal is "
               "a status change extended with its until and extension, a lapse expired (this project's "
               "extension).",
    # issue 10, agree28 (notes/trials t38 #27): "under Security Council resolution 598"
    "resolution": "A resolution of an international body: the UN Security Council's or General Assembly's (a "
                  "UN document, symbol S/RES/1701 (2006)), or a regional organisation's: its party the body that "
                  "adopts it, in role issuer; the parties it calls on or binds are party; its symbol is the "
                  "external ID un-symbol. A mission's mandate set by resolutions is mandate (this project's "
                  "extension).",
    "unknown": "The reporting does not say what kind of agreement it is.",
}

TREATY_STATUSES = {
    "signed": "Signed but not (yet) in force.",
    # proposed, rejected, agreed: this project's extension (curator trials t1, t3). The dataset anchors (PA-X,
    # the Peace Accords Matrix, UCDP's peace agreements) record only agreements that were signed or agreed.
    "proposed": "Proposed or drafted, not agreed: a mediator's proposal, a draft under negotiation, one on which "
                "'no agreement was reached' (this project's extension).",
    "rejected": "Proposed, then refused by at least one of the parties it was put to ('the Houthis rejected the "
                "proposal'; this project's extension).",
    "agreed": "Agreed or accepted by the parties but not signed (announced in a joint statement, 'the parties "
              "accepted the truce'), and not (yet) in force (this project's extension).",
    # issue 10, mend-agree2 (notes/trials t19 #26)
    "declared": "Declared by the side it binds (a unilateral ceasefire announced: 'we have decided to silence "
                "our guns'), with no report that it took effect; not (yet) in force (this project's extension).",
    "in_force": "In force.",
    "suspended": "In force but suspended by at least one party.",
    "terminated": "Ended by the parties or by one party's withdrawal.",
    "expired": "Ended by its own terms.",
    "collapsed": "Agreed but broken down in practice (a ceasefire that did not hold).",
    # treaties35: the sides' claims about the status disagree (schemas/treaty_structure.py, disputed_claims)
    "disputed": "Disputed: the sides' claims about the treaty's status disagree and the reporting does not settle "
                "it ('one government says the protocol is valid, the other that it is void'): the status history "
                "holds each side's claim, with its claimant, after the last entry no one is said to claim "
                "(this project's extension).",
    "unknown": "The reporting does not say where the treaty stands.",
}

# The role an actor plays in a treaty (its `parties` list): who is bound, who only signed, who helped.
PARTY_ROLES = {
    "party": "Bound by the treaty (the default; every party listed before roles existed).",
    "signatory": "Signed the document; whether it is bound is not said, or is disputed.",
    "mediator": "Brokered or facilitated the agreement without being bound by it.",
    "guarantor": "Undertook to guarantee that the parties keep the agreement.",
    # issue 10, mend-agree5 (notes/trials t26 #61): "signed as moral guarantors"
    "moral_guarantor": "Signed or stood as a moral guarantor: lends its authority to the agreement without a "
                       "legal undertaking to guarantee it ('Togo, the UN, the OAU, ECOWAS and the Commonwealth "
                       "signed as moral guarantors'); not bound by it (this project's extension).",
    "facilitator": "Facilitated the agreement (hosted, convened or carried messages: 'facilitated by Saudi Arabia and the United States') without brokering its terms as a mediator does, nor being bound by it.",
    # issue 10, mend-actors (notes/trials t9 #9, t11 #26): this project's extensions
    "lead_mediator": "Led the mediation that brokered the agreement ('mediated by Qatar, with Egypt and the US': "
                     "Qatar); the mediators who assisted are mediator. Not bound by it.",
    "co_chair": "Chaired or convened the talks that produced the agreement, alone or with others ('co-chaired by "
                "the ICRC and the UN envoy's office'), without being bound by it.",
    "witness": "Signed or attended as a witness.",
    # issue 10, agree28 (notes/trials t38 #27): "Security Council resolution 598"
    "issuer": "Adopted or issued the document without being bound by it as a party: the UN Security Council of "
              "its resolution, a body of its decision (this project's extension).",
    "observer": "Attended or followed the agreement as an observer.",
    # issue 10, mend-not (notes: curators' unseen reports): what an actor is reported NOT to be or do. Listed
    # only when the reporting says it; party= without party_role= leaves these out (NEGATIVE_PARTY_ROLES).
    "not_party": "Reported NOT to be a party ('Rwanda is not a party to the agreement'): claimant_id and "
                 "source_ids say who says so. Not listed is not said; this says it.",
    "not_signatory": "Reported NOT to have signed ('the government did not sign'), whether or not it is bound.",
    "not_named": "Reported NOT to be named in the text ('the agreement does not name M23'), though the reporting "
                 "links the actor to it.",
    # open31 (migrations/0105): open; a local role is one of the actor's part in the treaty, as the positive roles
    "other": "Another part in the treaty than these, said in the party's note; party= counts it as it counts "
             "every role but the three NOT roles (this project's extension; an admin may register a local term "
             "for one that recurs).",
}

# The roles that say an actor is NOT in the treaty: party= leaves them out unless party_role= names them, and
# they take no joined, left, signed_by_id nor participation.
NEGATIVE_PARTY_ROLES = ("not_party", "not_signatory", "not_named")

# A dated change in one actor's participation in a treaty (a party's `participation` list).
PARTICIPATION_CHANGES = {
    "joined": "The actor became a party (signature, ratification, accession, admission).",
    "suspended": "The actor suspended its participation: it stays listed but does not take part.",
    "resumed": "The actor resumed its participation after a suspension.",
    "withdrew": "The actor withdrew from the treaty, or was expelled: it is no longer a party.",
    # treaties35: "the assembly voted the plan down"
    "refused": "The actor refused to approve or ratify the treaty ('the assembly voted the plan down', 'the "
               "parliament refused to ratify it'): it does not become a party; a later joined says it did after "
               "all (this project's extension).",
}

# A dated change in a treaty's status (its `status_history`); each says the status the treaty reached.
TREATY_STATUS_CHANGES = {
    "signed": "Signed (not yet in force).",
    "proposed": "Proposed or put to the parties (a draft, a mediator's proposal); not agreed.",
    "rejected": "Refused by at least one of the parties it was put to.",
    "agreed": "Agreed or accepted by the parties without a signature (a joint statement, an acceptance); not "
              "yet in force.",
    "declared": "Declared by the side it binds (a unilateral declaration); not yet reported in force.",
    "in_force": "Entered into force (or took effect: a ceasefire from its hour).",
    "suspended": "Suspended: in force no longer until resumed.",
    "resumed": "Resumed after a suspension: in force again (the status it reaches is in_force).",
    "terminated": "Ended by the parties, or by one party's withdrawal.",
    "expired": "Ended by its own terms.",
    "collapsed": "Broke down in practice (a ceasefire that did not hold).",
    "extended": "Extended while in force (the status it reaches is in_force): the parties agreed to prolong it; "
                "`until` gives the new end.",
    # issue 10, mend-agree4 (notes/trials t25 #45): "The truce began to unravel this month"
    "fraying": "Began to unravel, fray or come under strain while still in force ('the truce began to unravel', "
               "'the fragile ceasefire is fraying'): the status it reaches is in_force; a breakdown in practice "
               "is collapsed, a formal end terminated (this project's extension).",
    "unknown": "The reporting says the status changed, or was in doubt, but not to what.",
}

# How one treaty relates to another (a treaty's `relations` list names the other treaty).
TREATY_RELATIONS = {
    "amends": "Changes some provisions of the other treaty, which stays in force as amended.",
    "supersedes": "Replaces the other treaty, which no longer applies.",
    "implements": "Sets out how the other treaty is to be carried out (a package of measures, a protocol).",
    "counterpart_of": "The mirror document of the other: the same terms signed by a different set of actors.",
    "parallel_to": "Agreed alongside the other (same day or talks) between other parties, without being part of it.",
    "part_of": "Part of the other, which is a framework or an initiative made up of several agreements.",
    "endorses": "Endorses the other (a leaders' declaration, a Security Council resolution) without adding terms.",
    # issue 10, mend-agree (notes/trials t17 #14): "builds on a declaration of principles"
    "builds_on": "Builds on the other, an earlier agreement or declaration it takes further without carrying it "
                 "out in detail (implements), amending or replacing it ('builds on the declaration of principles "
                 "signed in April'; this project's extension).",
    # agree32 (notes/trials t55 doc 7): "a total ceasefire followed the accord in May"
    "follows": "Came after the other, in a sequence the reporting draws ('a total ceasefire followed the accord "
               "in May'): an order in time, with no other link said (as events' and statements' follows; this "
               "project's extension).",
    # treaties35: "the council extended the protected status given one town to five others"
    "extends_scope": "Extends the other treaty's status or terms to more places, people or matters than it "
                     "covered, without amending it ('the council extended the protected status given one town to "
                     "five others'; this project's extension).",
    "other": "Another relation than these, said in the treaty's summary (this project's extension; an "
             "admin may register a local term for one that recurs).",
}

# ATOP's obligation types for treaty provisions.
OBLIGATION_TYPES = {
    "defence": "Active military support if a party is attacked.",
    "offence": "Active military support in a conflict a party starts.",
    "neutrality": "Not to aid the adversary of a party in a conflict.",
    "non_aggression": "Not to attack or use force against each other.",
    "consultation": "To consult each other in a crisis that may lead to conflict.",
}

# ATOP's conditions on an obligation.
CONDITION_TYPES = {
    "territory": "Applies only to attacks on, or conflict in, a specified territory.",
    "adversary": "Applies only against a specified adversary.",
    "conflict": "Applies only in a specified conflict or kind of conflict.",
    "non_provocation": "Applies only if the party did not provoke the attack.",
    "demand": "Applies only if the party asks for it.",
    "provision": "Applies only once (or while) another provision is carried out: give provision_id or provision_key.",
    "actor_action": "Applies only if an actor does something: give actor_id and the action in words (or act, an "
                    "event type); an act by anyone against named actors or groups ('any attack on its citizens or "
                    "peacekeepers') gives against_actor_ids or against_groups instead of actor_id.",
    # mend-figures (notes/trials t7): 'if violence fell for seven consecutive days'
    "calm_period": "Applies only after a period of calm or reduced violence: give period (7 days), consecutive "
                   "when the days must follow each other, and the calm in words (description).",
    # issue 10, mend-announce (notes/trials t24 #52 #73): "would resume full-scale operations if the talks collapsed"
    "event_outcome": "Applies only if an event turns out a certain way: give event_id and outcome (event_outcomes: "
                     "'if the talks collapsed' is the talks with outcome failed) (this project's extension).",
    # issue 10, agree28 (notes/trials t39 #43): "release them only as part of a negotiated settlement"
    "settlement": "Applies only as part of (or once there is) a negotiated settlement or agreement reached "
                  "between parties, an outcome of several, not one actor's act: between_actor_ids names them when the "
                  "reporting does, for_treaty_id the agreement when recorded (this project's extension).",
    # issue 10, agree28 (notes/trials t38 #35): "if Iraq kept its word"
    "pledge_kept": "Applies only if a pledge made in a statement is kept ('if they keep their word'): statement_id "
                   "the statement, act_list and act_index the pledge among its acts (this project's extension).",
    # agree32 (notes/trials t53 #87): "if the commission cannot do its job"
    "body_ineffective": "Applies only if a body (a commission, a monitoring mission, a joint committee) cannot do "
                        "its work or fails to ('if the commission proves unable to carry out its tasks'): actor_id "
                        "the body, its failure in description (this project's extension).",
    "other": "Any other condition, described in words.",
    # issue 10, mend-agree (notes/trials t16 #5): an empty list cannot say "the text says: no conditions"
    "unconditional": "The text says the provision applies without conditions ('an immediate and unconditional "
                     "ceasefire'): the provision's only condition, with the text's words in description; an "
                     "empty list says only that none was coded (this project's extension).",
}

# issue 10, cond30 (trial t48 #54, #58): how a condition bears on what it qualifies (schemas/condition_scope.py),
# as peace accords word conditions, exceptions ("shall not ... unless", "except with the consent of") and ends
CONDITION_CONNECTIVES = {
    "if": "Applies only if (once, while) the condition is met: every condition stored before, and the default.",
    "unless": "An exception: applies except when the condition is met ('no heavy weapons shall enter the zone "
              "except with the consent of the joint commission': the prohibition, the consent its condition) (this project's extension).",
    "until": "An end: applies up to the condition being met, then no longer ('the curfew stays until the roads "
             "are cleared') (this project's extension).",
}

# issue 10, cond30 (trial t49 #11): why a treaty's status changed (a status_history entry's reason), after the
# grounds of the Vienna Convention on the Law of Treaties (1969), arts. 54, 59-62, and reporting on accords
STATUS_CHANGE_REASONS = {
    "breach": "Another party did not keep its commitments or violated the treaty ('over the rebels' failure to "
              "disarm'; VCLT art. 60, material breach).",
    "hostility": "Hostile or armed acts by another party or an outsider ('citing acts of aggression', 'after "
                 "repeated attacks') (this project's extension).",
    "inapplicable": "The treaty could no longer be applied or carried out ('could no longer be applied'; VCLT art. "
                    "61, supervening impossibility).",
    "changed_circumstances": "The circumstances it was made in have changed ('the situation on the ground has "
                             "changed fundamentally'; VCLT art. 62).",
    "superseded": "Replaced by a later agreement on the same matter (VCLT art. 59).",
    "consent": "The parties agreed to end, suspend or change it (VCLT art. 54).",
    "fulfilled": "Its purpose was achieved or its term ran out as planned ('the mission has completed its task') "
                 "(this project's extension).",
    "other": "Another reason, said in reason_words.",
}

# How an event relates to a treaty.
TREATY_LINKS = {
    "signs": "The event is the signing of the treaty.",
    "accepts": "The event is the parties' agreeing to or accepting the treaty without a signature ('the parties "
               "accepted the truce'; this project's extension).",
    "ratifies": "The event ratifies the treaty.",
    "invokes": "The event invokes the treaty or one of its provisions.",
    "implements": "The event carries out an obligation of the treaty.",
    "breaches": "The event breaches the treaty.",
    "suspends": "The event suspends the treaty.",
    "ends": "The event ends the treaty.",
    # treaties35: "the assembly voted the plan down"
    "rejects": "The event is one in which the treaty was rejected: a vote against it, a formal refusal to approve "
               "or ratify it ('the assembly voted the plan down'); the refusing actor's own part is its "
               "participation change refused (this project's extension).",
    "references": "The event refers to the treaty in some other way.",
    # issue 10, mend-time (migrations/0047)
    "timed_against": "The event is placed in time against one of the treaty's dated points, and says nothing "
                     "else of the treaty ('strikes resumed minutes after the truce expired'): timing says which "
                     "point, and how long before or after.",
    # issue 10, mend-agree (notes/trials t17 #11): "aimed at ending more than three decades of conflict"
    "aimed_at_by": "The treaty is aimed at ending or settling the event, a war or a conflict ('aimed at ending "
                   "three decades of conflict in eastern Congo'); it says nothing of whether it did (ends is the "
                   "event ending the treaty, the other way round; this project's extension).",
    # issue 10, mend-agree2 (notes/trials t18 #79): "Friday's deal builds on the Aug. 21 ceasefire calls"
    "built_on_by": "The treaty builds on the event: calls, talks or an earlier truce recorded as an event, which "
                   "the treaty takes further ('the deal builds on the August ceasefire calls'); a treaty building "
                   "on a treaty is the treaty relation builds_on (this project's extension).",
    # issue 10, agree26 (notes/trials t32 doc problem 4): "Sarkozy negotiated it in Moscow on Aug. 12"
    "negotiates": "The event negotiated, drafted or brokered the treaty: the talks, a mediation or a meeting "
                  "that produced it ('Sarkozy negotiated it in Moscow'); its signing is signs. Talks the treaty "
                  "only builds on, not the ones that produced it, are built_on_by (this project's extension).",
    # issue 10, mend-agree3 (notes/trials t23 #61): "the ceasefire ... ended a guerrilla war"
    "ended_by": "The treaty ended the event, a war or a conflict, as the reporting says ('the ceasefire ended a "
                "guerrilla war'); aimed_at_by says only that it aimed to (ends is the event ending the treaty, "
                "the other way round; this project's extension).",
    # issue 10, mend-agree3 (notes/trials t23 #32): "the road ... is itself a breach of the ceasefire arrangements"
    "alleges_breach": "The statement says that what it is about breaches "
                      "the treaty, a deed or a state of affairs (a road opened, a wall, a force's presence: its "
                      "about_place_ids, about_actor_ids, about_event_ids): 'the road is itself a breach of the "
                      "ceasefire'. A deed recorded as an event is the event's breaches link with its claimant "
                      "(this project's extension).",
    # issue 10, mend-agree4 (notes/trials t25 #52, #25): "the government had failed to implement the deal"
    "alleges_unfulfilled": "The statement says a party failed to implement, honour or carry out the treaty as a "
                           "whole, or the provision named ('accused the government of failing to implement the "
                           "Libreville deal'): a claim of non-fulfilment, not of a deed that breaches it "
                           "(alleges_breach); the speaker is who says so, about_actor_ids whom it accuses. Per "
                           "provision, with its degree, it is an implementation entry (this project's extension).",
    # issue 10, mend-agree5 (notes/trials t26 #60): the UN envoy's reservation on the Lome amnesty
    "reservation": "The statement is a reservation or interpretive declaration its speaker, a party, a witness or "
                   "a guarantor, makes on the treaty or the provision named, in its own voice ('the UN envoy "
                   "added a reservation that the amnesty would not cover genocide, crimes against humanity and "
                   "war crimes'): what it excludes or how it reads the text is the statement's summary or quote; "
                   "the text's own exclusions are the provision's covers (VCLT art. 2(1)(d); this project's "
                   "extension).",
}

# The treaty links a statement's about_treaties item may take (mend-agree2, migrations/0066): "the deal builds on
# the Aug. 21 ceasefire calls" when the calls are statements. Null: the statement is about the treaty, no more.
STATEMENT_TREATY_LINKS = ("built_on_by", "alleges_breach", "alleges_unfulfilled", "reservation")
# The links an event's treaties item may take: all but a statement's alleges_breach (schemas/events.py).
EVENT_TREATY_LINKS = tuple(term for term in TREATY_LINKS if term not in ("alleges_breach", "alleges_unfulfilled",
                                                                          "reservation"))


def _taken_by(term):
    """Which records take a link, said in its meaning (trial t24: /v1/vocabularies listed one set, and a
    statement's 'signs' was refused)."""
    kinds = [kind for kind, links in (("an event's treaties item", EVENT_TREATY_LINKS),
                                      ("a statement's about_treaties item", STATEMENT_TREATY_LINKS)) if term in links]
    return f" Taken by {' and '.join(kinds)}" + ("." if len(kinds) == 2 else " only.")


TREATY_LINKS = {term: meaning + _taken_by(term) for term, meaning in TREATY_LINKS.items()}
