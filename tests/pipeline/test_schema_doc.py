"""The data dictionary: generated from the schemas, committed, and never stale."""

from __future__ import annotations

import pytest

from vnie.cli import main
from vnie.views.schema_doc import README, TABLE_DOCS, field_doc, render_markdown, type_names
from vnie.run.tables import SCHEMAS


def test_committed_dictionary_equals_the_generated_one() -> None:
    assert README.read_text(encoding="utf-8") == render_markdown(), (
        "outputs/README.md is stale: run `python -m vnie.views.schema_doc` and commit it")


def test_every_table_has_a_summary() -> None:
    assert set(TABLE_DOCS) == set(SCHEMAS)


@pytest.mark.parametrize("table", list(SCHEMAS))
def test_every_column_has_a_type_meaning_and_row(table: str) -> None:
    text = render_markdown()
    for field in SCHEMAS[table]:
        meaning, _ = field_doc(field)
        assert meaning, f"{table}.{field.name} has no doc in pipeline/tables.py"
        assert all(type_names(field))
        assert f"| `{field.name}` | {type_names(field)[0]} |" in text


def test_vnie_schema_lists_every_column(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema"]) == 0
    printed = capsys.readouterr().out
    for table, schema in SCHEMAS.items():
        assert f"{table}:" in printed
        for field in schema:
            assert field.name in printed, f"{table}.{field.name}"


def test_vnie_schema_markdown(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema", "--markdown"]) == 0
    assert capsys.readouterr().out == render_markdown() + "\n"


def test_check_mode_flags_a_stale_file(tmp_path) -> None:
    from vnie.views.schema_doc import main as schema_doc_main

    path = tmp_path / "README.md"
    path.write_text("old\n", encoding="utf-8")
    assert schema_doc_main(["--path", str(path), "--check"]) == 1
    assert schema_doc_main(["--path", str(path)]) == 0
    assert schema_doc_main(["--path", str(path), "--check"]) == 0
