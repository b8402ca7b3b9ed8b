"""Held-out corpora scored with one projection rule for every system.

Every corpus is read in its own conventions and scored at the word level: the text's whitespace-separated words
get a BIO tag from the entity spans that overlap them (gold and predicted alike), so a proclitic inside a word
("لمصر" with the span "مصر") is never counted against a system, and a system's types are projected onto the
corpus's types first (ANERcorp: PER, LOC = our GPE / LOC / FAC, ORG). Sentences are the text's lines. Scores
are seqeval's, default (lenient, as Arabic NER papers report) and strict IOB2, with per-type tables.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Sequence

from seqeval.metrics import classification_report, f1_score, precision_score, recall_score
from seqeval.scheme import IOB2

from ..data.document import Document, Entity

_WORD = re.compile(r"\S+")

#: system type -> ANERcorp type (a type not listed is not an ANERcorp entity)
ANERCORP_PROJECTION = {"PER": "PER", "PERS": "PER", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC", "ORG": "ORG"}
#: system type -> FANE (seed-schema) type
FANE_PROJECTION = {"PER": "PER", "PERS": "PER", "NORP": "NORP", "ORG": "ORG", "GPE": "GPE", "LOC": "LOC", "FAC": "FAC"}


@dataclass
class HeldOutCorpus:
    """A named held-out part: its gold documents (in the corpus's types) and how system types map onto them."""

    name: str
    description: str
    load: Callable[[], list[Document]]
    projection: dict[str, str] | None = None  # None: system types are the corpus's types
    documents: list[Document] = field(default_factory=list)


def project(doc: Document, projection: dict[str, str] | None) -> Document:
    """``doc`` with its entities' types mapped (entities of unmapped types left out)."""
    if projection is None:
        return doc
    ents = [Entity(e.id, projection[e.type], e.start, e.end, e.text) for e in doc.entities if e.type in projection]
    return Document(doc.id, doc.text, ents, [])


def word_tags(doc: Document) -> list[list[str]]:
    """BIO tags of the whitespace-separated words of each line: a word overlapped by a span takes its type."""
    sentences = []
    line_start = 0
    entities = sorted(doc.entities, key=lambda e: (e.start, -e.end))
    for line in doc.text.split("\n"):
        tags = []
        for match in _WORD.finditer(line):
            a, b = line_start + match.start(), line_start + match.end()
            tag = "O"
            for ent in entities:
                if ent.start < b and a < ent.end:
                    tag = ("B-" if ent.start >= a else "I-") + ent.type
                    break
            tags.append(tag)
        if tags:
            sentences.append(tags)
        line_start += len(line) + 1
    return sentences


def score_words(gold_docs: Sequence[Document], pred_docs: Sequence[Document]) -> dict[str, Any]:
    """seqeval default and strict scores, with per-type tables, over the word tags of paired documents."""
    preds = {d.id: d for d in pred_docs}
    y_true, y_pred = [], []
    for gold in gold_docs:
        t, p = word_tags(gold), word_tags(preds[gold.id])
        if len(t) != len(p):
            raise ValueError(f"{gold.id}: predicted text differs from the gold text")
        y_true += t
        y_pred += p
    out: dict[str, Any] = {"sentences": len(y_true), "words": sum(map(len, y_true))}
    for name, kwargs in (("default", {}), ("strict", {"mode": "strict", "scheme": IOB2})):
        report = classification_report(y_true, y_pred, output_dict=True, zero_division=0, **kwargs)
        out[name] = {
            "precision": round(precision_score(y_true, y_pred, zero_division=0, **kwargs), 4),
            "recall": round(recall_score(y_true, y_pred, zero_division=0, **kwargs), 4),
            "f1": round(f1_score(y_true, y_pred, zero_division=0, **kwargs), 4),
            "per_type": {k: {"f1": round(float(v["f1-score"]), 4), "support": int(v["support"])}
                         for k, v in report.items() if not k.endswith("avg")},
        }
    return out


def score_system(corpus: HeldOutCorpus, predict: Callable[[list[Document]], list[Document]]) -> dict[str, Any]:
    """Predict the corpus's texts with ``predict`` (documents in, documents out) and score them, projected."""
    preds = predict(corpus.documents)
    return score_words(corpus.documents, [project(p, corpus.projection) for p in preds])


def format_table(results: dict[str, dict[str, dict[str, Any]]], systems: Sequence[str]) -> str:
    """Markdown: one row per system, one column per corpus (seqeval default / strict F1), then per-type F1."""
    corpora = list(results)
    words = [next(iter(results[c].values()))["words"] for c in corpora]
    lines = ["| system | " + " | ".join(f"{c} ({w:,} words)" for c, w in zip(corpora, words)) + " |",
             "|---|" + "---|" * len(corpora)]
    for s in systems:
        cells = []
        for c in corpora:
            r = results[c].get(s)
            cells.append(f"{r['default']['f1']:.3f} / {r['strict']['f1']:.3f}" if r else "-")
        lines.append(f"| {s} | " + " | ".join(cells) + " |")
    lines += ["", "F1 as seqeval default / strict. Per type (seqeval default F1; gold mentions):", ""]
    for c in corpora:
        types = sorted({t for r in results[c].values() for t in r["default"]["per_type"]})
        support = {t: next(r["default"]["per_type"][t]["support"] for r in results[c].values()
                           if t in r["default"]["per_type"]) for t in types}
        lines.append(f"| {c} | " + " | ".join(f"{t} ({support[t]})" for t in types) + " |")
        lines.append("|---|" + "---|" * len(types))
        for s in systems:
            per_type = results[c].get(s, {}).get("default", {}).get("per_type", {})
            lines.append(f"| {s} | " + " | ".join(f"{per_type[t]['f1']:.3f}" if t in per_type else "-"
                                                   for t in types) + " |")
        lines.append("")
    return "\n".join(lines)


def standard_corpora(shared: Path, part: str, seed_dir: Path, splits_file: Path,
                     fane_tag_map: dict[str, Any]) -> list[HeldOutCorpus]:
    """The project's held-out parts (``part`` = test or dev) of what exists under ``shared``:

    * ANERcorp: test = the CAMeL Lab test file; dev = the last 10% of the train file's sentences;
    * NewsFANE: test = the sentences ``newsfane_camel_split.txt`` puts in ANERcorp's test split; dev = its train
      sentences with the text of an ANERcorp dev sentence (``arabic_ie.data.align``: NewsFANE is ANERcorp's text in
      another order, so the two dev parts are one text and neither is the other's training text; training configs
      say the same with ``parts_follow: anercorp``);
    * WikiFANE: the file's sentences in order, train 0-80%, dev 80-90%, test 90-100% (contiguous Wikipedia
      articles, so only the article at each boundary is split);
    * seed: the held-out article (test) or the dev article of ``splits.json``'s default split;
    * news: the 10 test (or 22 dev) articles of ``data/news/splits.json`` (SaudiNewsNet / ANT news of every section,
      all 11 types), their texts read from ``shared/data/corpora``.
    """
    from ..data.conll import read_conll
    from ..data.fane import read_fane
    from ..data.io import load_documents
    from ..data.splits import load_splits

    fane_dir, aner_dir = shared / "data" / "ner" / "fane", shared / "data" / "ner" / "anercorp"
    coarse_first = {k: (v[0] if isinstance(v, list) else v) for k, v in fane_tag_map.items()}
    corpora: list[HeldOutCorpus] = []

    if (aner_dir / "ANERCorp_CamelLab_test.txt").exists():
        def anercorp() -> list[Document]:
            tag_map = {"PERS": "PER", "MISC": "O"}
            if part == "test":
                return read_conll(aner_dir / "ANERCorp_CamelLab_test.txt", tag_map=tag_map)
            train = read_conll(aner_dir / "ANERCorp_CamelLab_train.txt", tag_map=tag_map)
            return train[len(train) - len(train) // 10:]
        corpora.append(HeldOutCorpus("anercorp", f"ANERcorp {part} (PER / LOC / ORG)", anercorp, ANERCORP_PROJECTION))

    split_file = fane_dir / "newsfane_camel_split.txt"
    if (fane_dir / "NewsFANE_Gold_2014_170K.txt").exists() and split_file.exists() \
            and (part == "test" or (aner_dir / "ANERCorp_CamelLab_train.txt").exists()):
        def newsfane() -> list[Document]:
            labels = split_file.read_text(encoding="utf-8").split()
            if part == "test":
                keep = [label == "test" for label in labels]
            else:
                keep = [label == "train" for label in labels]
            docs = read_fane(fane_dir / "NewsFANE_Gold_2014_170K.txt", tag_map=coarse_first, keep=keep)
            if part == "test":
                return docs
            from ..data.align import match_texts

            aner_train = [d.text for d in read_conll(aner_dir / "ANERCorp_CamelLab_train.txt",
                                                     tag_map={"PERS": "PER", "MISC": "O"})]
            dev_from = len(aner_train) - len(aner_train) // 10  # ANERcorp dev: the last 10% (as above)
            return [d for d, m in zip(docs, match_texts([d.text for d in docs], aner_train))
                    if m is not None and m >= dev_from]
        corpora.append(HeldOutCorpus("newsfane", f"NewsFANE {part} (ANERcorp's text, fine classes mapped)", newsfane,
                                     FANE_PROJECTION))

    if (fane_dir / "WikiFANE_Gold_2014_500K.txt").exists():
        def wikifane() -> list[Document]:
            docs = read_fane(fane_dir / "WikiFANE_Gold_2014_500K.txt", tag_map=coarse_first)
            n = len(docs)
            lo, hi = (0.9, 1.0) if part == "test" else (0.8, 0.9)
            return docs[round(lo * n):round(hi * n)]
        corpora.append(HeldOutCorpus("wikifane", f"WikiFANE {part} (sentences {part} share, fine classes mapped)",
                                     wikifane, FANE_PROJECTION))

    if seed_dir.exists() and splits_file.exists():
        def seed() -> list[Document]:
            docs = load_documents(seed_dir)
            return load_splits(splits_file)["default"].select(docs)[part]
        note = "" if part == "test" else " (in-sample for a model refit on train + dev, as seed-default is)"
        corpora.append(HeldOutCorpus("seed", f"seed article(s), default split {part}{note}", seed, None))

    news_manifest = seed_dir.parent / "news" / "manifest.json"
    if news_manifest.exists() and (shared / "data" / "corpora" / "saudinewsnet").is_dir():
        def news() -> list[Document]:
            from ..data.news_sample import read_standoff

            docs = read_standoff(news_manifest, corpora=shared / "data" / "corpora")
            return load_splits(news_manifest.parent / "splits.json")["default"].select(docs)[part]
        corpora.append(HeldOutCorpus("news", f"news articles (data/news) {part}", news, None))
    return corpora
