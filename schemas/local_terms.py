"""Local terms (issue 10, terms): terms an admin adds to an open vocabulary without a release.

Reporting keeps outrunning the standard lists (a strike on a rail line, a charge of ethnic discrimination): the
vocabularies that have an `other` term are open (schemas/vocabularies.py: OPEN), and an admin may register
further terms in them, spelt `local:<snake_case>` so that a client always tells a local term from a standard one
(POST /v1/vocabularies/{name}/terms; the registry is api/services/local_terms.py, the table vocabulary_term).

Every vocabulary field (common.one_of) and filter is validated by `Terms` below, which asks `check` about a
`local:` term of an open vocabulary (a deprecated one is refused by writes, still taken by reads' filters).
schemas/ imports nothing from api/, so the registry reaches it through
`provide` (a loader the service layer registers once: vocabulary -> term -> what the registry says of it) and,
per request, a context variable that keeps what was read for the rest of the request (`begin`, called before
each request): a request that meets no local term reads nothing, and one that meets several reads once.
"""
import re
from contextvars import ContextVar

from marshmallow import ValidationError, validate

PREFIX = "local:"
PATTERN = r"^local:[a-z][a-z0-9_]*$"
TERM = re.compile(PATTERN)

_loader = None
_request = ContextVar("local_terms_of_request", default=None)


def provide(loader):
    """Register the registry's reader: () -> {vocabulary: {term: {"deprecated": bool, ...}}}."""
    global _loader
    _loader = loader


def begin(writing=True):
    """A new request: what the registry holds is read again, once, when a local term is first met. `writing`:
    the request writes (a deprecated term is refused); a read's filters still find the records holding one."""
    _request.set([None, writing])


def registry():
    """{vocabulary: {term: entry}}: the registered local terms (read once per request; outside one, each time)."""
    if _loader is None:
        return {}
    box = _request.get()
    if box is None:
        return _loader()
    if box[0] is None:
        box[0] = _loader()
    return box[0]


def where(vocabulary):
    return f"GET /v1/vocabularies/{vocabulary} lists its terms, local ones too"


def check(vocabulary, value):
    """`value`, a local term, is a registered and not deprecated term of the open `vocabulary`; else a
    ValidationError saying why and where the terms are listed."""
    if not TERM.match(value):
        raise ValidationError(f"'{value}' is not a local term: local terms are local:<snake_case> ({where(vocabulary)}).")
    entry = registry().get(vocabulary, {}).get(value)
    if entry is None:
        raise ValidationError(
            f"'{value}' is not a term of {vocabulary}: a local term must be registered for this vocabulary first "
            f"(admins: POST /v1/vocabularies/{vocabulary}/terms; {where(vocabulary)}).")
    box = _request.get()
    if entry.get("deprecated") and (box is None or box[1]):   # outside a request: a write (an import, fixtures)
        raise ValidationError(
            f"'{value}' is deprecated in {vocabulary}: new writes may not use it (records holding it keep it; "
            f"{where(vocabulary)}).")
    return value


class Terms(validate.OneOf):
    """A term of a vocabulary: one of its keys, or, when the vocabulary is open (schemas/vocabularies.py: OPEN),
    a local term registered for it and not deprecated (schemas/local_terms.py; issue 10, terms). Every
    vocabulary field (one_of) and filter takes its terms through this validator, so both accept the same."""

    def __init__(self, vocabulary, **kwargs):
        super().__init__(list(vocabulary), **kwargs)
        self.vocabulary = vocabulary

    @property
    def open_name(self):
        """The name of the open vocabulary these are the terms of; None for a closed one."""
        from .vocabularies import open_name   # (here, when needed: common.py imports this module early)
        return open_name(self.vocabulary)

    def __call__(self, value):
        if isinstance(value, str) and value.startswith(PREFIX) and value not in self.choices:
            name = self.open_name
            if name is not None:
                return check(name, value)
            raise ValidationError(f"{self._format_error(value)} (a closed vocabulary: it takes no local terms).")
        try:
            return super().__call__(value)
        except ValidationError:
            name = self.open_name
            if name is None:
                raise
            # trial t75: "Must be one of" alone read as a closed list, and the curator took the nearest wrong term
            raise ValidationError(
                f"{self._format_error(value)} This vocabulary is open: give `other`, or an admin may "
                f"add the term as local:<snake_case> (POST /v1/vocabularies/{name}/terms; {where(name)}).") from None


class OpenWords(Terms):
    """Words that a vocabulary documents without restricting them (an event's mode: PLOVER's modes and ours are
    documented, any other words are kept as written; open31). A local term (local:...) is checked as Terms checks
    it, registered in that open vocabulary; anything else is taken as written. api/openapi.py documents such a
    field as a string, never as an enum."""

    def __call__(self, value):
        if isinstance(value, str) and value.startswith(PREFIX) and value not in self.choices:
            return super().__call__(value)
        return value
