"""The README's commands and code run as written, and name only options that exist.

- every ```python block runs, in order, in a folder where `make run`'s tables
  are (outputs/ from corpus/articles); a line `EXPR  # -> VALUE` checks that
  EXPR equals VALUE;
- every `vnie ...` line of a ```sh block runs (as `python -m vnie`) and exits 0;
- every `vnie COMMAND --option` written in README.md or docs/ names a command
  and options the parser knows.
"""

from __future__ import annotations

import argparse
import ast
import io
import re
import shlex
import subprocess
import sys
import tokenize
from pathlib import Path

import pytest

from vnie.cli import build_parser

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
DOCS = [README, *sorted((ROOT / "docs").glob("*.md"))]
FENCE = re.compile(r"^```(\w*)\n(.*?)^```", re.S | re.M)
# Shell lines that set up rather than use vnie (make creates .venv: the test runs in one already).
SETUP = ("make ", "source ")


def blocks(lang: str) -> list[str]:
    return [body for kind, body in FENCE.findall(README.read_text(encoding="utf-8")) if kind == lang]


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder like the repository after `make run`: corpus/ and outputs/ from corpus/articles."""
    cwd = tmp_path_factory.mktemp("readme")
    (cwd / "corpus").symlink_to(ROOT / "corpus")
    done = subprocess.run([sys.executable, "-m", "vnie", "run", "corpus/articles", "--out", "outputs", "-q"],
                          cwd=cwd, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    return cwd


def _expected(source: str, line: int) -> str | None:
    """The VALUE of a `# -> VALUE` comment on `line` (1-based) of `source`."""
    for token in tokenize.generate_tokens(io.StringIO(source).readline):
        if token.type == tokenize.COMMENT and token.start[0] == line and token.string.startswith("# -> "):
            return token.string[len("# -> "):]
    return None


def test_python_examples_run_and_give_what_they_say(workdir: Path, monkeypatch: pytest.MonkeyPatch,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(workdir)
    namespace: dict = {}
    checked = 0
    for source in blocks("python"):
        for statement in ast.parse(source).body:
            module = ast.Module([statement], type_ignores=[])
            if isinstance(statement, ast.Expr):
                value = eval(compile(ast.Expression(statement.value), "README.md", "eval"), namespace)
                expected = _expected(source, statement.end_lineno)
                if expected is not None:
                    assert value == ast.literal_eval(expected), ast.unparse(statement)
                    checked += 1
            else:
                exec(compile(module, "README.md", "exec"), namespace)
    assert checked >= 4  # the API example's values


def _shell_lines() -> list[str]:
    lines = []
    for source in blocks("sh"):
        for line in source.splitlines():
            command = line.split("  #", 1)[0].strip()
            if command and not command.startswith(("#", *SETUP)):
                lines.append(command)
    return lines


@pytest.mark.parametrize("command", _shell_lines())
def test_shell_examples_run(workdir: Path, command: str) -> None:
    vnie = f"{shlex.quote(sys.executable)} -m vnie"
    runnable = re.sub(r"(^|\|\s*)(?:\.venv/bin/)?vnie\b", lambda m: m.group(1) + vnie, command)
    assert runnable != command, f"not a vnie command: {command}"
    done = subprocess.run(["bash", "-o", "pipefail", "-c", runnable], cwd=workdir, capture_output=True, text=True,
                          timeout=300)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip(), "printed nothing"


def _options(parser: argparse.ArgumentParser) -> set[str]:
    return {o for action in parser._actions for o in action.option_strings}


def _mentions() -> list[tuple[str, str]]:
    """(file, `vnie ...` span) for every inline command in the docs."""
    found = []
    for path in DOCS:
        for span in re.findall(r"`((?:\.venv/bin/)?vnie [^`]+)`", path.read_text(encoding="utf-8")):
            found.append((path.name, span))
    return found


def test_documented_commands_and_options_exist() -> None:
    parser = build_parser()
    commands = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction)).choices
    wrong = []
    for where, span in _mentions():
        words = span.replace("\\|", " ").replace("|", " ").replace("[", " ").replace("]", " ").split()
        name = words[1]
        if name.startswith("-"):  # `vnie --version`
            options, used = _options(parser), words[1:]
        elif name in commands:
            options, used = _options(parser) | _options(commands[name]), words[2:]
        else:
            wrong.append(f"{where}: `{span}`: no command {name!r}")
            continue
        for word in used:
            option = word.split("=", 1)[0].rstrip(",.;")
            if option.startswith("--") and option not in options:
                wrong.append(f"{where}: `{span}`: vnie {name} has no {option}")
    assert wrong == []
    assert len(_mentions()) > 20


def test_schema_examples_are_each_tables_own_rows() -> None:
    """`vnie schema` shows, for every span table, a row that table really has (seed article 000)."""
    import vnie
    from vnie.run.tables import SCHEMAS

    rows = vnie.extract((ROOT / "corpus" / "articles" / "000_f78b71d28ef61c78.txt").read_text(encoding="utf-8"))
    text = rows["articles"][0]["text"]
    for table, schema in SCHEMAS.items():
        if "start" not in schema.names:
            continue
        example = {name: schema.field(name).metadata[b"example"].decode() for name in ("start", "end", "text", "rule")}
        start, end = int(example["start"]), int(example["end"])
        assert text[start:end] == example["text"], table
        found = {(r["start"], r["end"], r["text"], r["rule"]) for r in rows[table]}
        assert (start, end, example["text"], example["rule"]) in found, f"{table}: update its example in tables.py"
