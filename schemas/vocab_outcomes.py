"""The vocabularies of what an event achieved and of how a person left a post (issue 10, mend-actors3,
migrations/0075; notes/trials t23 #22 "after efforts by the U.N. Secretary-General to end the blockade had
failed", #74 "resigned ... citing health reasons", #76 "the post is still vacant"). Published with the rest by
schemas/vocabularies.py.

No event dataset codes whether a mediation or an operation reached its aim (PLOVER and ACLED code the act;
mediation datasets such as the Peace Agreements Database record only the agreements reached). Ways of leaving
office follow the end causes Wikidata gives a position held (P1534 'end cause': resignation, dismissal, death,
end of term, coup d'état), cut to a few; the terms are this project's own.
"""

OURS = " (this project's extension)"

# An event's outcome against its aim (an event's `outcome`): whether it happened at all is its occurrence.
EVENT_OUTCOMES = {
    "failed": "Did not achieve what it set out to do, as reporting says ('efforts by the UN Secretary-General to "
              "end the blockade had failed', 'the talks ended without agreement', 'a rescue attempt failed'): it "
              "happened (occurrence occurred), its aim was not met" + OURS + ".",
    "succeeded": "Achieved what it set out to do, as reporting says ('the mediation secured the girls' release', "
                 "'the operation reopened the road')" + OURS + ".",
    "partly_succeeded": "Achieved part of what it set out to do ('secured the release of some of the hostages', "
                        "'reopened one of the two crossings')" + OURS + ".",
}

# How a holder left a post (a position's `left_how`, after Wikidata P1534 'end cause' on P39 'position held').
POSITION_LEAVINGS = {
    "resigned": "Resigned or stepped down ('resigned in May citing health reasons'; Wikidata Q796919 "
                "'resignation'); left_words keeps the reason as reported.",
    "dismissed": "Was dismissed, sacked or removed by whoever appoints to the post ('the president fired his "
                 "defence minister'; Wikidata Q1057954 'dismissal').",
    "term_ended": "The term or mandate ran out ('whose mandate ended in March'; Wikidata 'end of term').",
    "died": "Died in office of causes other than violence ('died in office', 'died of Covid-19').",
    "killed": "Was killed in office ('the commander was killed in an air strike'): the killing is an event of "
              "its own when reported" + OURS + ".",
    "overthrown": "Was ousted by a coup, a revolt or a rebellion ('was toppled in a coup'; Wikidata Q45382 'coup "
                  "d'etat')" + OURS + ".",
    # mend-acts4 (notes/trials t25 #19): "fled the city as the rebels advanced" (the report never says overthrown)
    "fled": "Fled the post's seat or the country, the reporting not saying he was overthrown or resigned ('the "
            "president fled the city as the rebels advanced'); the flight is an event of its own (RETREAT mode "
            "flee) when reported" + OURS + ".",
}

# A dated change of a membership (a member_of entry's `changes`, mend-acts4, migrations/0076; notes/trials t25 #3
# "the African Union suspended the country", t24 #62 "suspended their participation in protest"), after the
# treaty parties' participation_changes, with who made it.
MEMBERSHIP_CHANGES = {
    "suspended": "The membership or the member's part in the body's activities suspended: by the body or its organ "
                 "('the African Union suspended the country': by_id the AU's Peace and Security Council), or by the "
                 "member itself ('suspended their participation in protest'); it stays a member" + OURS + ".",
    "reinstated": "A suspension lifted: the member takes part again (the body lifting it, or the member resuming)"
                  + OURS + ".",
    "expelled": "The body expelled the member: its membership ended (the entry's left says when, as reported)"
                + OURS + ".",
    "withdrew": "The member withdrew or resigned from the body: its membership ended (left says when)" + OURS + ".",
    # vocab26 (notes/trials t32 #71 "Georgia's parliament voted last week to leave the CIS": the CIS Charter, article
    # 9, has a withdrawal take effect 12 months after written notice; treaties, VCLT articles 65-68, 56(2))
    "withdrawal_decided": "The member decided, voted, announced or gave notice to withdraw, and the withdrawal has not "
                          "yet taken effect ('parliament voted to leave the CIS'): it is still a member (left stays "
                          "null); a later withdrew change says when it left (the CIS Charter, article 9: withdrawal "
                          "12 months after written notice; the Vienna Convention on the Law of Treaties, article 56(2))"
                          + OURS + ".",
}

# Which part of an actor took part, when the reporting names a part rather than the whole (a participant's
# `actor_part`, mend-acts4, migrations/0076; notes/trials t25 #77 "travel bans and asset freezes on Seleka leaders").
ACTOR_PARTS = {
    "leadership": "Its leaders or leadership, not the whole actor ('sanctions on Seleka leaders', 'the group's "
                  "leadership was targeted'); leaders named are participants of their own" + OURS + ".",
    "members": "Some of its members, not the body acting or acted on as such ('members of the Governing "
               "Council', 'Hamas members were arrested')" + OURS + ".",
    "supporters": "Its supporters or followers ('supporters of the opposition', 'followers of the cleric')"
                  + OURS + ".",
    "officials": "Its officials or staff ('government officials', 'UN staff')" + OURS + ".",
    # events32 (notes/trials t55 #89 "recalled its ministers from the government")
    "ministers": "Its ministers or members of a government: those it holds posts in a cabinet with ('the group "
                 "recalled its ministers from the unity government'); posts named are positions" + OURS + ".",
    # vocab34 (notes/trials t59 #19 "army officers received the men", #66 "some of their officers"): rank groups
    "officers": "Its officers: commissioned ranks, not the rank and file ('army officers received the men', 'some "
                "of their officers'); officers counted are a figure's subset officers" + OURS + ".",
    "commanders": "Its commanders: those in command of its units in the field ('rebel commanders agreed', 'local "
                  "commanders'); its top leaders are leadership, a commander named a participant of its own"
                  + OURS + ".",
    "rank_and_file": "Its rank and file: enlisted soldiers, conscripts or ordinary fighters, not its officers or "
                     "commanders ('the conscripts', 'ordinary fighters')" + OURS + ".",
    # events37: observers an organisation or mission deploys, a part of it as its officers are
    "monitors": "Its monitors or observers: those it deploys to watch a ceasefire, a line or an election ('the "
                "organisation's military observers', 'the ceasefire monitors of the mission'); a monitoring "
                "mission set up as a body of its own is an actor, its monitors named participants of their own"
                + OURS + ".",
}
