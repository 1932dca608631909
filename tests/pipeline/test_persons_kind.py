"""persons.kind (issue 11): officials told from other people, on the bench articles of the
persons audit at 40fc3eb (corpus/audit/persons-40fc3eb.jsonl) and others of the same kinds."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pandas as pd
import pytest

from vnie.run.settings import load_settings
from vnie.run.stages import run_pipeline

# fmt: off
# (bench article, person, kind)
KINDS = [
    ("baomoi-22350352", "Trần Văn Mão", "official"),   # "đại biểu Trần Văn Mão (đoàn Nghệ An)": a deputy (audit)
    ("baomoi-22305153", "Lê Khả Khiêu", "official"),   # "Nguyên Tổng Bí thư Nông Đức Mạnh và Lê Khả Khiêu;" (audit)
    ("baomoi-22255640", "Philipp Roesler", "person"),  # "Giám đốc điều hành WEF": a foundation's (audit)
    ("dantri-sport-170", "Ed Woodward", "person"),     # "Phó chủ tịch Ed Woodward của Man Utd": a club's
    ("dantri-world-214", "Jan Hamacek", "official"),   # "Bộ trưởng Ngoại giao và Nội vụ Séc": a minister
    ("dantri-travel-150", "Antonino Camarda", "official"),  # "Ông Antonino Camarda, thị trưởng của ...": a mayor (audit)
    ("dantri-tech-099", "Kevin Salvadori", "person"),  # "Phó Chủ tịch đầu tư mạng lưới của Facebook"
    ("dantri-health-006", "Lê Thanh Dũng", "person"),  # "Trưởng khoa Chẩn đoán hình ảnh": a hospital's (audit)
    ("dantri-tech-008", "Nguyễn Văn Khoa", "person"),  # "Tổng Giám đốc FPT": a company's
    ("baomoi-22220121", "Đào Việt Ánh", "official"),   # "Phó tổng giám đốc Bảo hiểm Xã hội Việt Nam": a state agency
]
# fmt: on


@pytest.fixture(scope="module")
def persons(bench_path, tmp_path_factory) -> pd.DataFrame:
    folder = tmp_path_factory.mktemp("kinds")
    wanted = {aid for aid, _, _ in KINDS}
    source = folder / "in.jsonl"
    with gzip.open(bench_path, "rt", encoding="utf-8") as src, source.open("w", encoding="utf-8") as dst:
        for line in src:
            if json.loads(line)["id"] in wanted:
                dst.write(line)
    run_pipeline([source], folder / "out", load_settings(None))
    return pd.read_parquet(Path(folder / "out" / "persons"))


@pytest.mark.parametrize(("article", "name", "kind"), KINDS, ids=[n for _, n, _ in KINDS])
def test_kind(persons, article, name, kind):
    assert persons.loc[persons.name == name, "kind"].tolist() == [kind]
