"""What a claim or a statement is said to rest on (agree33, migrations/0114; notes/trials t57 #60 "intercepted radio
messages suggested"). Part of the controlled vocabularies (schemas/vocabularies.py, which publishes them all).
The kinds follow the Berkeley Protocol on Digital Open Source Investigations (OHCHR, 2022) and the usual kinds of
evidence of commissions of inquiry; the vocabulary is open (other with words, or an admin's local term)."""

EVIDENCE_KINDS = {
    "intercepted_communications": "Intercepted radio, telephone or online communications ('intercepted radio "
                                  "messages suggested', 'according to intercepted calls'; this project's "
                                  "extension).",
    "satellite_imagery": "Satellite or aerial imagery ('satellite images show', 'imagery reviewed by'; the "
                         "Berkeley Protocol's remote sensing).",
    "documents": "Documents, records or papers the claimant or the reporting has seen ('according to documents "
                 "seen by', 'internal records show').",
    "video": "Video footage, broadcast or posted ('video footage showed', 'a video posted online'; the Berkeley "
             "Protocol's digital content).",
    "photographs": "Photographs ('photographs taken at the scene show'; the Berkeley Protocol's digital content).",
    "witnesses": "Accounts of witnesses, survivors or residents ('witnesses said', 'according to survivors'; "
                 "commissions of inquiry's testimonial evidence).",
    "forensic": "Forensic findings: autopsies, exhumations, laboratory tests, ballistic analysis ('forensic "
                "tests found', 'post-mortem examinations showed').",
    "physical_remnants": "Physical remains of weapons or material at the scene: fragments, casings, markings "
                         "('remnants of the munition', 'fragments bearing markings'; this project's extension).",
    "open_source": "Open-source material other than the above: posts, geolocated content, flight or ship "
                   "tracking data ('flight-tracking data showed'; the Berkeley Protocol's open source "
                   "information).",
    "official_records": "Official registers or statistics: hospital records, morgue counts, lists of the dead or "
                        "detained ('hospital records show'; this project's extension).",
    "other": "Evidence of another kind, said in words ('according to an informant').",
}

# agree33 (notes/trials t56, t57 docs): "there was no immediate claim of responsibility". Whether an attack is
# claimed is reported apart from who did it: the claim itself is the claimant's statement (about_event_ids), and
# who the sides say did it stays the event's claims. Closed: these three cover what reporting says.
RESPONSIBILITY_CLAIMS = {
    "claimed": "Responsibility was claimed ('a group claimed responsibility'): the claim is the claimant's "
               "statement about the event (this project's extension).",
    "not_claimed": "The reporting says no one has claimed it ('there was no immediate claim of responsibility', "
                   "'no group has claimed the attack'; this project's extension).",
    "several_claims": "More than one actor claimed it, or a claim is disputed by another's ('two groups claimed the "
                      "attack'; this project's extension).",
}
