"""Request bodies that are files (POST /v1/imports): multipart/form-data, written to the spool as they arrive.

Every other write takes a JSON body of at most MAX_CONTENT_LENGTH, which app.py checks before anything reads
it. An upload has its own limit and role (UPLOADS), checked before any byte of it is read, and is never held in
memory whole:
werkzeug's multipart parser hands the file part's bytes to the spool (services/import_spool.py) as they come,
and the count stops at the limit even when no Content-Length was sent (a chunked body).
"""
import re

from flask import current_app, request
from marshmallow import ValidationError
from werkzeug.exceptions import RequestEntityTooLarge, UnsupportedMediaType
from werkzeug.formparser import FormDataParser

from . import access
from .services import import_spool
from .services.exceptions import ServiceError

# endpoint -> (the setting of its size limit, the role that may post it)
UPLOADS = {"imports.start_import": ("IMPORT_MAX_BYTES", "admin")}
# The most the multipart parser holds in memory: the form's other fields are words, but its buffer takes a whole
# read of the body (64 KiB) at a time. Flask's own default.
FIELD_BYTES = 500_000
MAX_PARTS = 10
MAX_NAME = 255
_UNSAFE_IN_NAMES = re.compile(r"[\x00-\x1f\x7f]")


def is_upload():
    return request.endpoint in UPLOADS


def check_body():
    """The before-request check of an upload, once the token is known: 401 or 403 for those who may not post
    it, then 413 when its Content-Length is over its limit (before anything is read), 415 when it is not
    multipart/form-data. Nothing of the body is read."""
    setting, role = UPLOADS[request.endpoint]
    access.require(role)
    limit = current_app.config[setting]
    request.max_content_length = limit   # werkzeug stops reading there, with 413, when no length was sent
    if request.content_length is not None and request.content_length > limit:
        raise RequestEntityTooLarge(f"The request body is larger than {limit} bytes, the most {setting} allows.")
    if request.mimetype != "multipart/form-data":
        raise UnsupportedMediaType("Send the file as multipart/form-data (curl -F file=@ged.csv -F format=ucdp-ged)"
                                   f"{'' if not request.mimetype else f', not {request.mimetype}'}.")


def receive(form_schema, folder):
    """The posted form, loaded by `form_schema` (a marshmallow schema with a `file` field), its file part
    written to an import_spool.Upload in `folder` -> (the loaded fields, the Upload, the file's name). The
    Upload is the caller's to finish or discard; anything wrong answers 400 naming the field, leaving nothing
    behind."""
    received = []

    def to_spool(filename=None, **_):
        upload = import_spool.Upload(folder)
        received.append((upload, filename))
        return upload

    parser = FormDataParser(stream_factory=to_spool, max_form_memory_size=FIELD_BYTES, max_form_parts=MAX_PARTS,
                            silent=False)
    try:
        try:
            _, form, files = parser.parse(request.stream, request.mimetype, request.content_length,
                                          request.mimetype_params)
        except ValueError:
            raise ServiceError("The body is not multipart/form-data that can be read: send it with curl -F "
                               "file=@ged.csv -F format=ucdp-ged.", errors={"body": ["Not readable as "
                                                                                     "multipart/form-data."]}) from None
        extra = [name for name in files if name != "file"] + [name for name in form if name == "file"]
        if extra or len(files.getlist("file")) > 1:
            raise ServiceError("Send one file, as the form part named file.",
                               errors={name: ["Send one file, as the form part named file."]
                                       for name in extra or ["file"]})
        given = {name: values[0] if len(values) == 1 else values for name, values in form.lists()}
        try:
            loaded = form_schema().load({**given, **({"file": received[0][0]} if received else {})})
        except ValidationError as error:
            raise ServiceError("The form has invalid fields; see errors.", errors=error.messages) from None
    except BaseException:   # a refusal, a body over the limit, a client gone: nothing stays in the spool
        for upload, _ in received:
            upload.discard()
        raise
    upload, filename = received[0]
    return loaded, upload, _safe_name(filename)


def _safe_name(filename):
    """The client's file name, without any folder part or control character, at most MAX_NAME characters."""
    name = _UNSAFE_IN_NAMES.sub("", (filename or "").replace("\\", "/").rsplit("/", 1)[-1]).strip()
    return name[:MAX_NAME] or "upload"
