"""Every worked example of the coding guide is posted through the API and read back unchanged
(tests/coding_guide.py says how an example is written)."""
import re
from pathlib import Path

import pytest

from coding_guide import Run, differences, examples

EXAMPLES = examples()


@pytest.fixture
def template():
    """Each example starts from an empty database, as a curator starting a dataset would: the example data hold
    Armenia and Russia with their Wikidata IDs already, and an external ID names one record of its kind."""
    return "empty"


@pytest.mark.parametrize("example", EXAMPLES, ids=[e.id for e in EXAMPLES])
def test_worked_example_is_stored_as_reported(client, admin, example):
    Run(client, admin).steps(example.steps)


def test_the_guide_has_its_examples():
    titles = [e.title for e in EXAMPLES]
    assert len(set(titles)) == len(titles), "two examples share a title"
    assert len(EXAMPLES) >= 25   # what the guide promises its readers (README)


def test_a_difference_is_found_where_a_value_changed():
    assert differences({"a": [{"b": 1}]}, {"a": [{"b": 1, "c": 2}]}) == []
    assert differences({"a": [{"b": 1}]}, {"a": [{"b": 2}]}) == [".a[0].b: 1 became 2"]
    assert differences({"a": "x"}, {}) == [".a: missing"]


def _anchor(heading):
    """The fragment a Markdown renderer (GitHub's rule) gives a heading: lower case, punctuation dropped."""
    return re.sub(r"[^\w\- ]", "", heading.lstrip("#").strip().lower()).replace(" ", "-")


def test_the_guides_links_to_its_sections_lead_somewhere_and_its_contents_list_every_section():
    text = (Path(__file__).parent.parent / "docs" / "coding-guide.md").read_text()
    headings = [line for line in text.splitlines() if re.match(r"#{2,3} ", line)]
    anchors = {_anchor(h) for h in headings}
    links = re.findall(r"\]\(#([^)]+)\)", text)
    assert len(links) > 40 and not [link for link in links if link not in anchors]
    contents = text.split("## Contents\n", 1)[1].split("\n## ", 1)[0]
    listed = set(re.findall(r"\]\(#([^)]+)\)", contents))
    sections = {_anchor(h) for h in headings if h.startswith("## ")}
    assert sections - listed == {"principles", "contents", "how-the-examples-are-written"}


def test_every_relative_link_in_the_docs_leads_to_a_file_and_to_a_heading_there():
    # (trial t28: two links of the guide to "../api.md" led out of docs/)
    root = Path(__file__).parent.parent
    problems = []
    for doc in [root / "README.md", *sorted((root / "docs").glob("*.md"))]:
        for target in re.findall(r"\]\(([^)\s]+)\)", doc.read_text()):
            if re.match(r"[a-z]+:", target) or target.startswith("#"):
                continue
            path, _, anchor = target.partition("#")
            linked = (doc.parent / path).resolve()
            if not linked.exists():
                problems.append((doc.name, target))
            elif anchor and linked.suffix == ".md":
                headings = [line for line in linked.read_text().splitlines() if re.match(r"#{1,6} ", line)]
                if anchor not in {_anchor(heading) for heading in headings}:
                    problems.append((doc.name, target))
    assert problems == []


def test_a_step_in_the_old_notation_is_no_batch_operation_and_fails(client):
    """The guide's writes are batch operations as POST /v1/batch takes them (treaties37): a step written
    {"create": "<kind>", ...}, which the batch refuses, cannot come back into the guide unnoticed."""
    with pytest.raises(AssertionError, match="batch operation"):
        Run(client).steps([{"create": "sources", "ref": "r", "data": {"title": "A report"}}])
