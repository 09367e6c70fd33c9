"""How people held were treated, as a claimant says (issue 10, events33, migrations/0112; notes/trials t56 #52 "their
guards treated them fairly"): an event claim's treatment (schemas/held_treatment.py). Published with the rest by
schemas/vocabularies.py (held_treatments). Open: an admin may register a local term.

The terms follow the Third Geneva Convention (GC III) and the ICRC's wording of what it requires or forbids for
people held (prisoners of war, and by Common Article 3 anyone detained in an armed conflict)."""

HELD_TREATMENTS = {
    "humane": "Treated humanely, fairly or decently, as the claimant says ('the guards treated the captives well', "
              "'were well treated') (GC III art. 13: prisoners of war 'must at all times be humanely treated').",
    "ill_treatment": "Ill-treated: beaten, abused, threatened or otherwise mistreated, short of what the claimant "
                     "calls torture ('prisoners were ill-treated', 'beaten by the guards') (GC III art. 13; the "
                     "ICRC's 'ill-treatment').",
    "torture": "Tortured, as the claimant says ('detainees were tortured during interrogation') (GC III art. 17 "
               "and 130 'torture or inhuman treatment'; the Convention against Torture, art. 1).",
    "denied_medical_care": "Denied or refused the medical care they needed ('the wounded were denied medical care') "
                           "(GC III art. 15 and 30: medical attention).",
    "forced_labour": "Made to work against the rules: dangerous, humiliating or military work, or work without "
                     "pay or rest ('forced to dig trenches') (GC III arts. 49-57).",
    "poor_conditions": "Held in bad conditions: too little food or water, overcrowding, cold, no shelter or "
                       "sanitation ('kept in overcrowded cells with little food') (GC III arts. 22, 25-26, 29).",
    "humiliation": "Humiliated or degraded, or exposed to public curiosity ('paraded before the cameras') (GC "
                   "III art. 13; Common Article 3 (1)(c) 'outrages upon personal dignity').",
    "incommunicado": "Held without contact: no word to their families, no visits by the ICRC or a protecting "
                     "power ('held incommunicado') (GC III arts. 70-71 and 126).",
    "other": "Another treatment than these, in treatment_words (this project's extension; an admin may register "
             "a local term for one that recurs).",
}
