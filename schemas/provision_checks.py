"""Checks across the provisions of one treaty, which no one provision's schema can make: keys unique, every
provision_key naming a provision of the same treaty, figures' parts within the treaty. The services call them
with the whole list (api/services/provision_rules.py), and name the provisions given by ID from it."""
from . import figures


PARTS_NAMING_PROVISIONS = ("conditions", "deadlines", "links")


def _named(item):
    return item.get("provision_id"), item.get("provision_key")


def provision_problems(provisions):
    """Checks across the provisions of one treaty: keys unique, and every provision_key names one of them
    (provision_id is checked against the stored treaty by the service). Yields (path, message)."""
    keys = {}
    for i, provision in enumerate(provisions):
        key = provision.get("key")
        if key is not None and key in keys:
            yield ("provisions", i, "key"), f"Provision {keys[key]} has the same key."
        elif key is not None:
            keys[key] = i
    for i, provision in enumerate(provisions):
        for part in PARTS_NAMING_PROVISIONS:
            for j, item in enumerate(provision.get(part) or []):
                _, key = _named(item)
                if key is not None and key not in keys:
                    yield (("provisions", i, part, j, "provision_key"),
                           f"No provision with key '{key}' in this treaty.")
                elif part == "links" and key is not None and keys[key] == i:
                    yield (("provisions", i, part, j, "provision_key"), "A provision is not linked to itself.")
                elif part == "links" and item.get("provision_id") and item["provision_id"] == provision.get("id"):
                    yield (("provisions", i, part, j, "provision_id"), "A provision is not linked to itself.")
    yield from figure_part_problems(provisions)


def figure_part_problems(provisions):
    """A provision figure's part_of_key names a figure of the same treaty (mend-equip), under the rules of a
    record's figures (schemas/figures.py part_problems: same quantity and unit, not larger, no circles)."""
    flat, where = [], []
    for i, provision in enumerate(provisions):
        for j, figure in enumerate(provision.get("figures") or []):
            flat.append(figure)
            where.append((i, j))
    for (_, index, field), message in figures.part_problems(flat):
        i, j = where[index]
        if field == "key":
            message = "Another figure of this treaty has the same key."
        yield ("provisions", i, "figures", j, field), message


def named_provision_ids(provisions):
    """(path, provision ID) of every provision named by ID inside the provisions (conditions, deadlines)."""
    for i, provision in enumerate(provisions):
        for part in PARTS_NAMING_PROVISIONS:
            for j, item in enumerate(provision.get(part) or []):
                if item.get("provision_id"):
                    yield ("provisions", i, part, j, "provision_id"), item["provision_id"]
