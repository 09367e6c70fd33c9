"""The coding guide's worked examples, read from the docs and run against the API.

docs/coding-guide.md holds examples as fenced blocks marked
`json coding-example`: a list of steps.

    {"op": "create", "kind": "actors", "ref": "osce", "data": {...}}
                                                           POST /v1/actors; later steps say "@osce" for its ID
    {"op": "patch", "kind": "actors", "id": "@osce", "data": {...}}
                                                           PATCH the record made by the step with that ref
    {"get": "/v1/events?claimant=@osce", "expect_ids": ["@e1"]}   a query and the records it must answer
    {"declare": {"name": "founded_by", ...}}               POST /v1/properties as an admin (issue 10, props)
    {"register": "disrupted_services", "data": {"term": "local:banking", ...}}
                                                           POST /v1/vocabularies/<name>/terms as an admin (terms)

A string "@ref" anywhere in a later step is the ID of the record that step made; "@ref.provisions[0]" is a
path into that record's representation (an owned part's ID: a dict on the way gives its "id"). A write is a
batch operation as POST /v1/batch takes it (treaties37: the guide once wrote {"create": "<kind>", ...}, which the
batch refuses; such a step fails here). Consecutive create and patch steps are posted together as one POST
/v1/batch, their refs as written (the service resolves
"@ref" and "@ref.figures[0]" as a curator's batch would, so the guide cannot show a ref form the service
refuses); a ref of a record an earlier batch made is given as its ID. After each write the record is read
back, and every field the step gave must read back as given (objects compared on the keys given, so a
server-computed extra such as `edtf` may be added).
"""
import json
import re
from dataclasses import dataclass
from pathlib import Path

DOCS = Path(__file__).resolve().parent.parent / "docs"
BLOCK = re.compile(r"^### (?P<title>.+?)\n(?P<body>.*?)^```json coding-example\n(?P<json>.*?)^```", re.M | re.S)
REF = re.compile(r"^@(?P<name>[A-Za-z0-9_-]+)(?P<path>(?:\.[A-Za-z_]+|\[\d+\])*)$")


@dataclass(frozen=True)
class Example:
    file: str
    title: str
    steps: list

    @property
    def id(self):
        return f"{self.file}: {self.title}"


def guide_files():
    return [DOCS / "coding-guide.md"]


def examples():
    found = []
    for path in guide_files():
        text = path.read_text()
        for match in BLOCK.finditer(text):
            # A heading's own text ends at the first newline; the block belongs to the nearest heading above it.
            title = match.group("title").strip()
            found.append(Example(path.relative_to(DOCS.parent).as_posix(), title, json.loads(match.group("json"))))
    return found


class Run:
    """One example's state: the records its steps made, by ref."""

    def __init__(self, client, admin=None):
        self.client = client
        self.admin = admin   # for the steps an admin takes: declaring a property
        self.records = {}   # ref -> (kind, representation)

    def resolve(self, value):
        if isinstance(value, dict):
            return {k: self.resolve(v) for k, v in value.items()}
        if isinstance(value, list):
            return [self.resolve(v) for v in value]
        if isinstance(value, str):
            match = REF.fullmatch(value)
            if match and match.group("name") in self.records:
                return self._follow(match.group("name"), match.group("path"))
            # Inside a longer string (a query), "@ref" and "@ref.provisions[0]" alike.
            return re.sub(r"@([A-Za-z0-9_-]+)((?:\.[A-Za-z_]+|\[\d+\])*)",
                          lambda m: str(self._follow(m.group(1), m.group(2)))
                          if m.group(1) in self.records else m.group(0), value) if "@" in value else value
        return value

    def _follow(self, name, path):
        value = self.records[name][1]
        for key, index in re.findall(r"\.([A-Za-z_]+)|\[(\d+)\]", path):
            value = value[key] if key else value[int(index)]
        return value["id"] if isinstance(value, dict) else value

    def steps(self, steps):
        """Run an example: its consecutive writes as one batch each, the other steps one by one."""
        writes = []
        for step in [*steps, None]:
            made = {w.get("ref") for w in writes} - {None}
            # A patch of a record of this batch, or a ref named again (a batch names each once): a new batch,
            # so that the record is read back as created before it is patched.
            if step is not None and (_patched(step) in made or step.get("ref") in made):
                self.batch(writes)
                writes = []
            if step is not None and step.get("op") in ("create", "patch"):
                writes.append(step)
                continue
            if writes:
                self.batch(writes)
                writes = []
            if step is not None:
                self.step(step)

    def _earlier(self, value, names):
        """Refs of records made before this batch -> their IDs; the batch's own refs left for the service."""
        if isinstance(value, dict):
            return {k: self._earlier(v, names) for k, v in value.items()}
        if isinstance(value, list):
            return [self._earlier(v, names) for v in value]
        match = REF.fullmatch(value) if isinstance(value, str) else None
        if match and match.group("name") not in names:
            return self.resolve(value)
        return value

    def batch(self, writes):
        names, operations = set(), []   # the refs of the batch's operations so far
        for step in writes:
            assert set(step) <= {"op", "kind", "ref", "id", "data"}, f"Not a batch operation: {step}"
            if step["op"] == "create":
                operation = {"op": "create", "kind": step["kind"], "data": self._earlier(step["data"], names)}
                if step.get("ref"):
                    operation["ref"] = step["ref"]
            else:   # a record an earlier batch made (steps() ends a batch before a patch of its own record)
                kind, representation = self.records[_patched(step)]
                assert kind == step["kind"], f"@{_patched(step)} is one of the {kind}: {step}"
                operation = {"op": "patch", "kind": kind, "id": representation["id"], "if_match": "*",
                             "data": self._earlier(step["data"], names)}
            operations.append(operation)
            names.add(step.get("ref"))
        response = self.client.post("/v1/batch", json={"operations": operations})
        assert response.status_code == 200, (operations, response.get_json())
        for step, operation, result in zip(writes, operations, response.get_json()["results"]):
            ref = step.get("ref") if step["op"] == "create" else _patched(step)
            self._check(ref, operation["kind"], result["id"], self.resolve(step["data"]))

    def step(self, step):
        if "declare" in step:
            response = self.admin.post("/v1/properties", json=step["declare"])
            assert response.status_code == 201, (step, response.get_json())
            assert differences(step["declare"], response.get_json()) == []
        elif "register" in step:
            response = self.admin.post(f"/v1/vocabularies/{step['register']}/terms", json=step["data"])
            assert response.status_code == 201, (step, response.get_json())
            assert differences(step["data"], response.get_json()) == []
        elif "get" in step:
            response = self.client.get(self.resolve(step["get"]))
            assert response.status_code == 200, (step, response.get_json())
            body = response.get_json()
            items = body["items"] if isinstance(body, dict) and "items" in body else body
            if "expect_ids" in step:
                assert sorted(item["id"] for item in items) == sorted(self.resolve(step["expect_ids"])), step
        else:
            raise AssertionError(f"A step must be a batch operation (op create or patch), or declare, register or "
                                 f"get: {step}")

    def _check(self, ref, kind, record_id, given):
        from api.services.kinds import KINDS

        response = self.client.get(f"/v1/{kind}/{record_id}")
        assert response.status_code == 200
        representation = response.get_json()
        stored = KINDS[kind].to_input(representation)
        mismatch = differences(given, stored)
        assert not mismatch, f"{kind}/{record_id} reads back differently: {mismatch}"
        if ref:
            self.records[ref] = (kind, representation)


def _patched(step):
    """The ref a patch operation's id names ("@truce" -> "truce"); None for any other step."""
    return step["id"].lstrip("@") if step.get("op") == "patch" else None


def differences(given, stored, path=""):
    """Where `stored` does not say what `given` said (objects compared on the keys given)."""
    if isinstance(given, dict):
        if not isinstance(stored, dict):
            return [f"{path or '.'}: {given!r} became {stored!r}"]
        found = []
        for key, value in given.items():
            if key not in stored:
                found.append(f"{path}.{key}: missing")
            else:
                found += differences(value, stored[key], f"{path}.{key}")
        return found
    if isinstance(given, list):
        if not isinstance(stored, list) or len(given) != len(stored):
            return [f"{path}: {given!r} became {stored!r}"]
        return [d for i, (a, b) in enumerate(zip(given, stored)) for d in differences(a, b, f"{path}[{i}]")]
    if isinstance(given, (int, float)) and not isinstance(given, bool) and isinstance(stored, (int, float)):
        return [] if given == stored else [f"{path}: {given!r} became {stored!r}"]
    return [] if given == stored else [f"{path}: {given!r} became {stored!r}"]
