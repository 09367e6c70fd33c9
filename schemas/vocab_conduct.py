"""How an attack was carried out and whom it singled out, as a claimant says or denies it (an event claim's `manner`
and `targeted_groups`; issue 10, mend-stmt5, migrations/0081; notes/trials t27 #47 "fired on without warning", #53
"denied that civilians had been deliberately targeted", #13 "troops had not fired on women or children").

The manners are the distinctions of international humanitarian law the reporting draws (the ICRC's customary IHL
rules 1 and 11 (distinction; indiscriminate attacks), 14 (proportionality), 20 (advance warning)); the terms are
ours, as the reporting words them. The groups are a figure's categories of people (civilians and the subsets:
women, children, journalists...), so that "no women or children were shot" and "12 children among the dead" share
a term."""
from .vocab_figures import FIGURE_SUBSETS

OURS = " (this project's extension)"

CLAIM_MANNERS = {
    "deliberate": "Done on purpose against those hit: 'deliberately targeted', 'intentionally shot' (ICRC customary "
                  "IHL rule 1, distinction)" + OURS + ".",
    "indiscriminate": "Not directed at a specific military objective, or by means that cannot be: 'fired "
                      "indiscriminately into the crowd' (ICRC customary IHL rule 11)" + OURS + ".",
    "accidental": "Not intended: by mistake, a stray round, crossfire ('civilians were caught in the crossfire'); a "
                  "mistaken target is the claim's believed_target" + OURS + ".",
    "disproportionate": "Excessive force for the aim: 'excessive force', 'disproportionate' (ICRC customary IHL "
                        "rule 14)" + OURS + ".",
    "without_warning": "No warning given before the attack: 'fired on without warning' (ICRC customary IHL rule "
                       "20)" + OURS + ".",
    "after_warning": "After a warning: 'after warning shots', 'after ordering them to disperse'" + OURS + ".",
    # vocab26 (notes/trials t34 #18 "several older men shot at close range"): the range of fire forensic
    # investigation records (the Minnesota Protocol on the Investigation of Potentially Unlawful Death, 2016), and
    # the killing of people under control that IHL forbids (ICRC customary IHL rule 89, murder)
    "close_range": "Fired from close range or point-blank ('shot at close range', 'shot in the head at point-blank "
                   "range'; the range of fire the Minnesota Protocol, 2016, has autopsies record)" + OURS + ".",
    "execution_style": "Killed as in an execution, of people already under control: bound, kneeling, shot in the "
                       "head or the back of the neck, lined up ('execution-style killings', 'summarily executed'; "
                       "ICRC customary IHL rule 89, murder); close_range says the range alone" + OURS + ".",
    # trial t74 #26: "the UN said at least 131 civilians were arbitrarily killed"
    "arbitrary": "Without legal basis or due process: 'arbitrarily killed', 'extrajudicial killings' (the UN's "
                 "term, ICCPR art. 6); execution_style says how, when the reporting says it" + OURS + ".",
    # open31 (migrations/0105): open; no rule reads a manner
    "other": "Another manner than these, said in the claim's note" + OURS + "; an admin may register a local term "
             "for one that recurs.",
}

# Whom an attack singled out or hit, as a kind of people: a figure's category civilians and its subsets.
TARGETED_GROUPS = {"civilians": "Civilians (a figure's category civilians).",
                   **{term: meaning for term, meaning in FIGURE_SUBSETS.items() if term != "other"},
                   # events27 (notes/trials t36 #49 "accused helicopters of firing into crowds")
                   "crowds": "A crowd or gathering of people, whoever they are ('fired into the crowd', 'opened "
                             "fire on protesters gathered in the square'): says that many were together, not that "
                             "they were civilians (give civilians too only when the claimant says it)" + OURS + ".",
                   # open31 (migrations/0105): open; no rule reads a group
                   "other": "Another group than these, said in the claim's note" + OURS + "; an admin may register a "
                            "local term for one that recurs."}
