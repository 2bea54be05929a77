"""The public face: the names other code and users rely on."""

import summons_kit as sk

PUBLIC = [
    "load_case",
    "check",
    "draft",
    "template_context",
    "template_path",
    "parse_date",
    "parse_amount",
    "answer_deadline",
    "ParseError",
    "CaseError",
]


def test_public_names_exist() -> None:
    for name in PUBLIC:
        assert hasattr(sk, name), name
        assert name in sk.__all__


def test_errors_are_value_errors() -> None:
    assert issubclass(sk.ParseError, ValueError)
    assert issubclass(sk.CaseError, ValueError)
