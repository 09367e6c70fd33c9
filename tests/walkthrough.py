"""docs/curating.md read as a script: its requests, in order, with the answers it shows.

The walkthrough writes each request as an HTTP message in a fenced block marked `http`, and the answer
that follows it in the next `http` block, which starts with its status line:

    POST /v1/sources                         HTTP/1.1 201 Created
    Authorization: Bearer $TOKEN             ETag: $ETAG
    Content-Type: application/json
                                             {"id": 1, "version": 1}
    {"title": ...}

`$NAME` in a request is a value met before; in an answer's header it is remembered under that name (the
ETag a correction sends back). An answer's JSON shows the fields that matter: objects are compared on the
keys shown, lists item by item. A `sh` block that sets a variable from `conflict-facts tokens create` is run
as the command it is (the token every later request sends).
"""
import re
import shlex
from dataclasses import dataclass, field
from pathlib import Path

from coding_guide import differences
from api import jsonio

DOC = Path(__file__).resolve().parent.parent / "docs" / "curating.md"
FENCE = re.compile(r"^```(?P<info>[a-z]+)[^\n]*\n(?P<body>.*?)^```", re.M | re.S)
SECTION = re.compile(r"^## (?P<title>.+)$", re.M)
VARIABLE = re.compile(r"\$([A-Z_]+)")
TOKEN_COMMAND = re.compile(r"^(?P<name>[A-Z_]+)=\$\((?P<command>conflict-facts tokens create .*)\)$", re.M)


@dataclass
class Message:
    first_line: str
    headers: dict
    body: str


@dataclass
class Step:
    section: str
    request: Message | None = None   # an HTTP request, and the answer the doc shows for it
    answer: Message | None = None
    command: tuple | None = None   # or a command: (variable it sets, argv)


@dataclass
class Walkthrough:
    steps: list = field(default_factory=list)

    def requests_in(self, section_start):
        return [s for s in self.steps if s.request is not None and s.section.startswith(section_start)]


def message(text):
    head, _, body = text.partition("\n\n")
    first, *lines = head.strip("\n").split("\n")
    headers = {}
    for line in lines:
        name, _, value = line.partition(":")
        headers[name.strip()] = value.strip()
    return Message(first.strip(), headers, body.strip())


def read(path=DOC):
    """The walkthrough's steps, in the order a curator meets them."""
    text = path.read_text()
    sections = [(m.start(), m.group("title")) for m in SECTION.finditer(text)]
    found = Walkthrough()
    for block in FENCE.finditer(text):
        section = ([title for start, title in sections if start < block.start()] or [""])[-1]
        body = block.group("body")
        if block.group("info") == "sh":
            for command in TOKEN_COMMAND.finditer(body):
                found.steps.append(Step(section, command=(command.group("name"), shlex.split(command.group("command")))))
        elif block.group("info") == "http":
            parsed = message(body)
            if parsed.first_line.startswith("HTTP/"):
                assert found.steps and found.steps[-1].request and not found.steps[-1].answer, \
                    f"an answer without its request: {parsed.first_line}"
                found.steps[-1].answer = parsed
            else:
                found.steps.append(Step(section, request=parsed))
    return found


class Run:
    """The walkthrough played against a test client, `variables` holding what it has met ($TOKEN, $ETAG)."""

    def __init__(self, client, run_command, variables=None):
        self.client = client
        self.run_command = run_command
        self.variables = dict(variables or {})
        self.requests = 0

    def substitute(self, text):
        def value(match):
            assert match.group(1) in self.variables, f"${match.group(1)} is used before it is set"
            return self.variables[match.group(1)]
        return VARIABLE.sub(value, text)

    def step(self, step):
        if step.command is not None:
            name, argv = step.command
            self.variables[name] = self.run_command(argv)
            return
        assert step.answer is not None, f"no answer shown for {step.request.first_line}"
        method, path = step.request.first_line.split()
        headers = {name: self.substitute(value) for name, value in step.request.headers.items()}
        body = self.substitute(step.request.body)
        content_type = headers.pop("Content-Type", None)
        response = self.client.open(path, method=method, headers=headers, content_type=content_type,
                                    data=body.encode() or None)
        self.requests += 1
        self.check(step, response)

    def check(self, step, response):
        where = f"{step.section}: {step.request.first_line}"
        status = int(step.answer.first_line.split()[1])
        shown = response.get_data(as_text=True)
        assert response.status_code == status, f"{where} answered {response.status_code}, not {status}: {shown}"
        for name, expected in step.answer.headers.items():
            actual = response.headers.get(name)
            captured = VARIABLE.fullmatch(expected)
            if captured:
                assert actual, f"{where}: no {name} header"
                self.variables[captured.group(1)] = actual
            else:
                assert actual == expected, f"{where}: {name} is {actual!r}, not {expected!r}"
        if step.answer.body:
            mismatch = differences(jsonio.loads(step.answer.body), jsonio.loads(shown))
            assert not mismatch, f"{where} answered differently from the doc: {mismatch}"
