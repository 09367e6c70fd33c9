"""How text in a request becomes a number, a date or an identifier: one spelling, in ASCII, nothing around it.

Python's own conversions are lax on purpose, and marshmallow uses them: int() and float() take digits of
any script ("٥" is 5), a sign ("+9"), surrounding whitespace ("9 ") and underscores ("1_000");
date.fromisoformat() takes ISO 8601's basic and week forms ("20200927", "2020-W39-7"). A regex's `$`
matches before a trailing newline, so "Q42\n" passed ^Q[1-9][0-9]*$. And str.strip() leaves format
characters, so a title of one zero-width space was not blank.

The rules here close those doors for every field at once, whatever schema declares it:
- `LexicalChecks`, mixed into every schema (schemas/common.py: StrictSchema), checks the text given for
  each number, date and date-time field against one ASCII spelling before marshmallow converts it, and
  gives those fields messages that say which spelling is expected.
- `FullMatch` is validate.Regexp matching the whole value (re.fullmatch), so a pattern's $ cannot end before
  a newline; the pattern stays as written for the OpenAPI document (whose regexes are ECMA-262: no \\Z).
- `is_blank()` treats whitespace, control and format characters (zero-width spaces, joiners, direction
  marks, BOM) and the invisible fillers as blank.
"""
import re
import unicodedata

from marshmallow import ValidationError, fields, pre_load, validate

from .object_messages import ObjectExpected  # noqa: F401 (schemas/common.py StrictSchema takes it from here)

INTEGER = re.compile(r"-?[0-9]+")
NUMBER = re.compile(r"-?[0-9]+(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?")
DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
DATE_TIME = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}(?:[T ][0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]{1,6})?)?"
                       r"(?:Z|[+-][0-9]{2}:[0-9]{2})?)?")

INTEGER_MESSAGE = "Not a valid integer: give ASCII digits with an optional leading -, like 25."
NUMBER_MESSAGE = "Not a valid number: give ASCII digits with an optional - . and exponent, like 2300 or 2.5."
DATE_MESSAGE = "Not a valid date: give YYYY-MM-DD, like 2020-09-27."
DATE_TIME_MESSAGE = ("Not a valid date and time: give YYYY-MM-DDTHH:MM:SS with an optional fraction and offset, "
                     "like 2020-09-27T06:15:00Z or 2020-09-27T10:15:00+04:00.")


def _spelling(field):
    """(pattern, message) for the text a field converts, or None for fields that take text as it is."""
    if getattr(field, "spelling", None):   # a field with a spelling of its own (id_filters.IdFilter)
        return field.spelling
    if isinstance(field, fields.Integer):
        return INTEGER, INTEGER_MESSAGE
    if isinstance(field, fields.Number):
        return NUMBER, NUMBER_MESSAGE
    if isinstance(field, fields.Date):
        return DATE, DATE_MESSAGE
    if isinstance(field, fields.DateTime):
        return DATE_TIME, DATE_TIME_MESSAGE
    return None


STRICT_INTEGER_MESSAGE = "Not a valid integer: give a JSON number without a fraction, like 25 (not text)."


def _set_message(field):
    spelling = _spelling(field)
    default = type(field).default_error_messages.get("invalid")
    if spelling and field.error_messages.get("invalid") == default:
        strict = isinstance(field, fields.Integer) and field.strict   # IDs in bodies: numbers only
        field.error_messages = {**field.error_messages, "invalid": STRICT_INTEGER_MESSAGE if strict else spelling[1]}
    if isinstance(field, fields.List):
        _set_message(field.inner)


class LexicalChecks:
    """Mixed into a Schema: numbers, dates and date-times given as text must be spelt one way, in ASCII."""

    def on_bind_field(self, field_name, field_obj):
        _set_message(field_obj)

    def _spelt_fields(self):
        """(key, pattern, message, of_items) for each load field whose text has one spelling: worked out once
        per schema instance (its fields are fixed once bound), not once per load."""
        spelt = self.__dict__.get("_spelt")
        if spelt is None:
            spelt = []
            for name, field in self.load_fields.items():
                spelling = _spelling(field)
                if spelling:
                    spelt.append((field.data_key or name, *spelling, False))
                elif isinstance(field, fields.List) and _spelling(field.inner):
                    spelt.append((field.data_key or name, *_spelling(field.inner), True))
            self._spelt = spelt
        return spelt

    @pre_load
    def _check_spelling(self, data, **kwargs):
        if not hasattr(data, "get"):
            return data   # not an object: marshmallow answers that itself
        errors = {}
        for key, pattern, message, of_items in self._spelt_fields():
            value = data.get(key)
            if not of_items:
                if isinstance(value, str) and not pattern.fullmatch(value):
                    errors[key] = [message]
            elif isinstance(value, list):
                bad = {index: [message] for index, item in enumerate(value)
                       if isinstance(item, str) and not pattern.fullmatch(item)}
                if bad:
                    errors[key] = bad
        if errors:
            raise ValidationError(errors)
        return data


class FullMatch(validate.Regexp):
    """validate.Regexp that the whole value must match: ^[A-Z]{3}$ refuses "ARM\\n", which re.match takes."""

    def __call__(self, value):
        if self.regex.fullmatch(value) is None:
            raise ValidationError(self._format_error(value))
        return value


# Letters that render as nothing, which Unicode classes as letters or symbols rather than spaces.
INVISIBLE = frozenset("\u115f\u1160\u3164\uffa0\u2800")


def is_blank(text):
    """Whether the text shows nothing: only whitespace, control or format characters (category Cc, Cf:
    zero-width space and joiners, direction marks, BOM, soft hyphen) and invisible fillers."""
    return all(c.isspace() or c in INVISIBLE or unicodedata.category(c) in ("Cc", "Cf") for c in text)
