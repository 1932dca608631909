"""Move one annotated batch into a corpus folder.

usage: scripts/import_batch.py ARTICLES GOLD NAME CORPUS_ROOT

Writes CORPUS_ROOT/samples/NAME.jsonl and CORPUS_ROOT/gold/NAME.jsonl. A text that starts with
the stored pages' ` date YYYY-MM[-DD] ` tag loses it; the tag becomes the record's `published`
(a month-only tag: the 1st, and the gold's published key is dropped so it is not scored; a full
date: the gold's published when the gold has none). Checks that every fact text occurs in its
article, and that no article's text is already in the repository's corpus/samples (the pipeline keeps one copy of a
text, so a second copy under another URL would vanish from every run: blind-s20-a-013 was blind-s6-b-001).
"""
import json
import re
import sys
from pathlib import Path

TAG = re.compile(r"^\s*date (\d{4}-\d{2})(-\d{2})?\s+")
FACT_TYPES = ("dates", "provinces", "regions", "models", "numbers")
SAMPLES = Path(__file__).resolve().parents[1] / "corpus" / "samples"


def corpus_texts() -> dict[str, str]:
    """Each text of the repository's samples, stripped, with its article id."""
    texts = {}
    for path in sorted(SAMPLES.glob("*.jsonl")):
        for line in open(path, encoding="utf-8"):
            if line.strip():
                art = json.loads(line)
                texts[art["text"].strip()] = art["id"]
    return texts


def main(articles_path, gold_path, name, root):
    root = Path(root)
    articles = [json.loads(l) for l in open(articles_path, encoding="utf-8") if l.strip()]
    gold = {g["source"]: g for g in (json.loads(l) for l in open(gold_path, encoding="utf-8") if l.strip())}
    problems = 0
    known = corpus_texts()
    out_a, out_g = [], []
    for art in articles:
        g = gold.get(art["id"])
        if g is None:
            print("no gold for", art["id"])
            problems += 1
            continue
        m = TAG.match(art["text"])
        if m:
            art["text"] = art["text"][m.end():]
            if m.group(2):
                art["published"] = m.group(1) + m.group(2)
                if not g.get("published"):
                    g["published"] = art["published"]
            else:
                art["published"] = m.group(1) + "-01"
                g.pop("published", None)
        if art["text"].strip() in known:
            print(f"{art['id']}: same text as {known[art['text'].strip()]} already in the corpus")
            problems += 1
        for kind in FACT_TYPES:
            for fact in g.get(kind) or []:
                if fact.get("text") and fact["text"] not in art["text"]:
                    print(f"{art['id']} {kind}: {fact['text']!r} not in text")
                    problems += 1
        out_a.append(art)
        out_g.append(g)
    (root / "samples").mkdir(parents=True, exist_ok=True)
    (root / "gold").mkdir(parents=True, exist_ok=True)
    with open(root / "samples" / f"{name}.jsonl", "w", encoding="utf-8") as fh:
        fh.writelines(json.dumps(a, ensure_ascii=False) + "\n" for a in out_a)
    with open(root / "gold" / f"{name}.jsonl", "w", encoding="utf-8") as fh:
        fh.writelines(json.dumps(g, ensure_ascii=False) + "\n" for g in out_g)
    print(f"{name}: {len(out_a)} articles, {problems} problems")


if __name__ == "__main__":
    if len(sys.argv) != 5:
        sys.exit(__doc__)
    main(*sys.argv[1:])
