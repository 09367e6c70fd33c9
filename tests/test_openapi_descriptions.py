"""Every field of every schema in /openapi.json, and every parameter of every operation, says what it means:
the OpenAPI document is the reference most users read."""


def schema_properties(name, schema, path=None):
    """(where, property schema) for every property, however deeply nested inline."""
    path = path or name
    for prop, sub in (schema.get("properties") or {}).items():
        yield f"{path}.{prop}", sub
        yield from schema_properties(name, sub, f"{path}.{prop}")
    if isinstance(schema.get("items"), dict):
        yield from schema_properties(name, schema["items"], f"{path}[]")


def operation_parameters(spec):
    for path, operations in spec["paths"].items():
        for parameter in operations.get("parameters", []):   # shared by the path's operations
            yield f"{path} {parameter['name']}", parameter
        for method, operation in operations.items():
            if method == "parameters":
                continue
            for parameter in operation.get("parameters", []):
                yield f"{method.upper()} {path} {parameter['name']}", parameter


def test_every_property_and_parameter_has_a_description(anonymous):
    spec = anonymous.get("/openapi.json").get_json()
    properties = [(where, prop) for name, schema in spec["components"]["schemas"].items()
                  for where, prop in schema_properties(name, schema)]
    parameters = list(operation_parameters(spec))
    assert len(properties) > 300 and len(parameters) > 100   # the walk finds them all
    undescribed = [where for where, item in properties + parameters
                   if not (item.get("description") or "").strip()]
    assert undescribed == []


def test_a_reference_with_a_description_keeps_it(anonymous):
    """apispec wraps a described reference so the description is not lost beside the $ref."""
    spec = anonymous.get("/openapi.json").get_json()
    speaker = spec["components"]["schemas"]["StatementRef"]["properties"]["speaker"]
    assert speaker.get("description") == "Who made the statement."
