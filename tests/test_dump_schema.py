"""A Case written back to a case file loads to an equal Case; the JSON Schema accepts the case files the loader
accepts and names an unknown key."""

from __future__ import annotations

import datetime as dt
import json
import tomllib
from decimal import Decimal
from pathlib import Path

import attrs
import jsonschema
import pytest

import summons_kit as sk
from summons_kit.case.dump import case_dict, dumps_case
from summons_kit.case.schema import case_schema
from summons_kit.cli import main

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = sorted((ROOT / "examples").glob("*/case.toml"))


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.parent.name)
def test_a_dumped_case_loads_back_equal(example: Path, tmp_path: Path) -> None:
    case = sk.load_case(example)
    for suffix in (".toml", ".json"):
        written = sk.dump_case(case, tmp_path / f"case{suffix}")
        assert sk.load_case(written) == case


def test_a_changed_case_is_written_with_its_change(tmp_path: Path) -> None:
    case = sk.load_case(ROOT / "examples" / "weilidai" / "case.toml")
    changed = attrs.evolve(case, service=attrs.evolve(case.service, served_on=dt.date(2026, 11, 23)))
    text = dumps_case(changed)
    assert "served_on = 2026-11-23" in text
    assert sk.load_case(tomllib.loads(text)).service.served_on == dt.date(2026, 11, 23)


def test_amounts_are_written_as_exact_text_never_floats() -> None:
    case = sk.load_case({"claims": [{"text": "判令被告偿还借款本金", "amount": "12345.67"}]})
    assert case_dict(case)["claims"][0]["amount"] == "12345.67"
    assert sk.load_case(case_dict(case)).claims[0].amount == Decimal("12345.67")


def test_dump_never_overwrites_without_force(tmp_path: Path) -> None:
    case = sk.load_case(ROOT / "examples" / "weilidai" / "case.toml")
    target = sk.dump_case(case, tmp_path / "case.toml")
    with pytest.raises(FileExistsError):
        sk.dump_case(case, target)
    sk.dump_case(case, target, force=True)
    with pytest.raises(ValueError, match=r"\.toml or \.json"):
        sk.dump_case(case, tmp_path / "case.yaml")


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.parent.name)
def test_the_schema_accepts_the_examples(example: Path) -> None:
    schema = case_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    data = json.loads(dumps_case(sk.load_case(example), format="json"))
    assert list(jsonschema.Draft202012Validator(schema).iter_errors(data)) == []


def test_the_schema_names_an_unknown_key_and_a_bad_bound() -> None:
    validator = jsonschema.Draft202012Validator(case_schema())
    errors = list(validator.iter_errors({"court": {"nme": "广州互联网法院"}, "instalment": {"months": 61}}))
    messages = " | ".join(e.message for e in errors)
    assert "'nme' was unexpected" in messages
    assert "61 is greater than the maximum of 60" in messages


def test_the_cli_prints_the_schema(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema"]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed["properties"]["defendant"] == {"$ref": "#/$defs/Party"}
    assert "id_number" in printed["$defs"]["Party"]["properties"]


def test_the_case_file_docs_example_runs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import re
    import shutil

    page = (ROOT / "docs" / "case-file.md").read_text(encoding="utf-8")
    section = page.split("## Editor completion and writing a case back", 1)[1].split("\n## ", 1)[0]
    block = re.search(r"```python\n(.*?)```", section, re.S)
    assert block, "the section shows dump_case"
    shutil.copytree(ROOT / "examples", tmp_path / "examples")
    monkeypatch.chdir(tmp_path)
    exec(compile(block.group(1), "docs/case-file.md", "exec"), {})
    assert "served_on = 2026-11-23" in (tmp_path / "case_v2.toml").read_text(encoding="utf-8")
