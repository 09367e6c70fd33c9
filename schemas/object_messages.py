"""What a nested object refused for its type says (issue 10, events28; notes/trials t39: `"member_of": ["@unosom"]`
answered `{"_schema": ["Invalid input type."]}`, which did not say that an object `{"actor_id": ...}` is expected).

Every strict schema (schemas/common.py StrictSchema) answers a value that is no JSON object (a string, a number, a
list) with the object it expects, its required keys shown (or its first key when none is required): "An object is
expected here, such as {"actor_id": ...}; got a string." A schema with a type message of its own keeps it (a
reported date's, schemas/dates.py)."""
from marshmallow import Schema

DEFAULT = Schema._default_error_messages["type"]
_SHAPES = {}   # schema class -> its example object, made once


def _shape(schema):
    cls = type(schema)
    if cls not in _SHAPES:
        declared = [name for name, f in schema.declared_fields.items() if not f.dump_only]
        required = [name for name in declared if schema.declared_fields[name].required] or declared[:1]
        _SHAPES[cls] = "{" + ", ".join(f'"{name}": ...' for name in required) + "}"
    return _SHAPES[cls]


class ObjectExpected:
    """A mixin for input schemas (before Schema): the type message names the object expected."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.error_messages.get("type") == DEFAULT:
            self.error_messages = {**self.error_messages, "type": (
                f"An object is expected here, such as {_shape(self)} (see the field's description), not a string, "
                "a number or a list.")}
