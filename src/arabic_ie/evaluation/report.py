"""Human-readable evaluation reports: markdown tables, a confusion-matrix plot, RTL error pages."""

from __future__ import annotations

import html
import json
from collections import Counter
from pathlib import Path
from typing import Any, Sequence

from ..data.document import Document, Entity
from ..data.segment import sentences
from ..schema import Schema

MISSED, SPURIOUS = "(missed)", "(spurious)"
COLORS = ["#ffd54f", "#81d4fa", "#a5d6a7", "#f48fb1", "#ce93d8", "#ffab91", "#b0bec5", "#e6ee9c", "#80cbc4",
          "#bcaaa4", "#90caf9", "#fff59d"]


def confusion_counts(gold_docs: Sequence[Document], pred_docs: Sequence[Document]) -> Counter:
    """Counts of (gold type, predicted type) over aligned mentions.

    A gold and a predicted mention are aligned when their spans are equal, otherwise when they
    overlap; unaligned gold mentions count as ``(missed)``, unaligned predictions as ``(spurious)``.
    """
    preds = {d.id: d for d in pred_docs}
    counts: Counter = Counter()
    for gold in gold_docs:
        pred = preds[gold.id]
        used: set[int] = set()
        pending = []
        for g in gold.entities:
            exact = next((i for i, p in enumerate(pred.entities) if i not in used and (p.start, p.end) == (g.start, g.end)), None)
            if exact is not None:
                used.add(exact)
                counts[(g.type, pred.entities[exact].type)] += 1
            else:
                pending.append(g)
        for g in pending:
            overlap = next((i for i, p in enumerate(pred.entities) if i not in used and p.start < g.end and g.start < p.end), None)
            if overlap is None:
                counts[(g.type, MISSED)] += 1
            else:
                used.add(overlap)
                counts[(g.type, pred.entities[overlap].type)] += 1
        for i, p in enumerate(pred.entities):
            if i not in used:
                counts[(SPURIOUS, p.type)] += 1
    return counts


def plot_confusion(counts: Counter, types: Sequence[str], path: Path) -> Path:
    """Save the confusion matrix (rows gold, columns predicted) as a PNG."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    import numpy as np

    rows = list(types) + [SPURIOUS]
    cols = list(types) + [MISSED]
    matrix = np.array([[counts.get((r, c), 0) for c in cols] for r in rows])
    fig, ax = plt.subplots(figsize=(1 + 0.6 * len(cols), 1 + 0.5 * len(rows)))
    ax.imshow(matrix, cmap="Blues")
    ax.set_xticks(range(len(cols)), cols, rotation=60, ha="right")
    ax.set_yticks(range(len(rows)), rows)
    ax.set_xlabel("predicted")
    ax.set_ylabel("gold")
    for i in range(len(rows)):
        for j in range(len(cols)):
            if matrix[i, j]:
                ax.text(j, i, str(matrix[i, j]), ha="center", va="center",
                        color="white" if matrix[i, j] > matrix.max() / 2 else "black", fontsize=8)
    ax.set_title("entity types: gold vs predicted")
    fig.tight_layout()
    fig.savefig(path, dpi=120)
    plt.close(fig)
    return path


def entity_errors(gold_docs: Sequence[Document], pred_docs: Sequence[Document]) -> list[dict[str, Any]]:
    """False negatives and false positives (strict), each with the sentence it occurs in."""
    preds = {d.id: d for d in pred_docs}
    errors = []
    for gold in gold_docs:
        pred = preds[gold.id]
        gold_keys = {(e.start, e.end, e.type) for e in gold.entities}
        pred_keys = {(e.start, e.end, e.type) for e in pred.entities}
        sents = sentences(gold.text)
        for kind, source, other in (("false negative", gold.entities, pred_keys), ("false positive", pred.entities, gold_keys)):
            for e in source:
                if (e.start, e.end, e.type) in other:
                    continue
                sent = next((s for s in sents if s.start <= e.start < s.end), None)
                s_start, s_end = (sent.start, sent.end) if sent else (max(0, e.start - 80), min(len(gold.text), e.end + 80))
                errors.append({"document": gold.id, "kind": kind, "type": e.type, "start": e.start, "end": e.end,
                               "text": e.text, "sentence_start": s_start, "sentence_end": s_end})
    return errors


def relation_errors(gold_docs: Sequence[Document], pred_docs: Sequence[Document]) -> list[dict[str, Any]]:
    """Missed and spurious relations (strict: type and both argument spans and types), each with a reason: for a
    miss, whether both arguments were found (the relation step's error) or not (an entity error first)."""
    preds = {d.id: d for d in pred_docs}
    errors = []

    def keyed(doc: Document) -> dict[tuple, Any]:
        ents = doc.entity_map()
        out = {}
        for r in doc.relations:
            h, t = ents.get(r.head), ents.get(r.tail)
            if h is not None and t is not None:
                out[(r.type, h.start, h.end, h.type, t.start, t.end, t.type)] = (h, t)
        return out

    for gold in gold_docs:
        pred = preds[gold.id]
        g, p = keyed(gold), keyed(pred)
        found = {(e.start, e.end, e.type) for e in pred.entities}
        for kind, source, other in (("missed", g, p), ("spurious", p, g)):
            for key, (head, tail) in source.items():
                if key in other:
                    continue
                if kind == "missed":
                    both = {(head.start, head.end, head.type), (tail.start, tail.end, tail.type)} <= found
                    reason = "both arguments found" if both else "an argument not found"
                else:
                    reason = "not in gold"
                errors.append({"document": gold.id, "kind": kind, "type": key[0], "head": head.text,
                               "head_type": head.type, "tail": tail.text, "tail_type": tail.type, "reason": reason,
                               "start": min(head.start, tail.start), "end": max(head.end, tail.end)})
    return errors


def _highlight(text: str, start: int, end: int, entities: Sequence[Entity], colors: dict[str, str]) -> str:
    """HTML of text[start:end] with entity spans marked by type."""
    out, pos = [], start
    for e in sorted(entities, key=lambda e: e.start):
        if e.end <= start or e.start >= end or e.start < pos:
            continue
        out.append(html.escape(text[pos:e.start]))
        color = colors.get(e.type, "#eeeeee")
        etype = html.escape(e.type, quote=True)
        # each mention is its own bidi island, so digits of the text never swap places with the type label
        out.append(f'<mark style="background:{color}" title="{etype}"><bdi>{html.escape(text[e.start:e.end])}</bdi>'
                   f'<sub dir="ltr">{etype}</sub></mark>')
        pos = e.end
    out.append(html.escape(text[pos:end]))
    return "".join(out)


def legend_html(colors: dict[str, str]) -> str:
    """The colour legend of the entity types (type names come from data or config: escaped)."""
    return " ".join(f'<mark style="background:{c}">{html.escape(t)}</mark>' for t, c in colors.items())


def markdown_tables_html(markdown: str) -> str:
    """Markdown text with pipe tables rendered as HTML tables (every cell escaped); other lines as paragraphs."""
    out, rows = [], []

    def flush() -> None:
        if rows:
            head, *body = rows
            out.append("<table><tr>" + "".join(f"<th>{html.escape(c)}</th>" for c in head) + "</tr>"
                       + "".join("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in r) + "</tr>" for r in body)
                       + "</table>")
            rows.clear()

    for line in markdown.splitlines():
        stripped = line.strip()
        if stripped.startswith("|") and stripped.endswith("|"):
            cells = [c.strip() for c in stripped[1:-1].split("|")]
            if not all(set(c) <= set("-: ") for c in cells):
                rows.append(cells)
            continue
        flush()
        if stripped:
            level = len(stripped) - len(stripped.lstrip("#"))
            text = html.escape(stripped.lstrip("# ").strip())
            out.append(f"<h{min(level + 1, 6)}>{text}</h{min(level + 1, 6)}>" if level else f"<p>{text}</p>")
    flush()
    return "\n".join(out)


def write_reports(metrics: dict[str, Any], gold_docs: Sequence[Document], pred_docs: Sequence[Document],
                  schema: Schema, output: Path, title: str = "arabic-ie evaluation", max_errors: int = 300) -> dict[str, Path]:
    """Write metrics.json, report.md, report.html and confusion.png into ``output``."""
    output.mkdir(parents=True, exist_ok=True)
    paths = {"metrics": output / "metrics.json", "markdown": output / "report.md", "html": output / "report.html",
             "confusion": output / "confusion.png"}
    paths["metrics"].write_text(json.dumps(metrics, indent=2, ensure_ascii=False), encoding="utf-8")
    counts = confusion_counts(gold_docs, pred_docs)
    plot_confusion(counts, schema.entity_types, paths["confusion"])
    md = [f"# {title}", "", markdown_tables(metrics), "", "![confusion matrix](confusion.png)", ""]
    paths["markdown"].write_text("\n".join(md), encoding="utf-8")
    colors = {t: COLORS[i % len(COLORS)] for i, t in enumerate(schema.entity_types)}
    golds = {d.id: d for d in gold_docs}
    preds = {d.id: d for d in pred_docs}
    rows = []
    for err in entity_errors(gold_docs, pred_docs)[:max_errors]:
        doc = golds[err["document"]]
        a, b = err["sentence_start"], err["sentence_end"]
        rows.append(
            f"<tr><td>{html.escape(err['document'])}</td><td>{html.escape(err['kind'])}</td>"
            f"<td>{html.escape(err['type'])}</td>"
            f"<td dir=\"rtl\">{html.escape(err['text'])}</td>"
            f"<td dir=\"rtl\" class=\"ctx\"><b>gold:</b> {_highlight(doc.text, a, b, doc.entities, colors)}<br>"
            f"<b>predicted:</b> {_highlight(doc.text, a, b, preds[doc.id].entities, colors)}</td></tr>")
    rel_rows = []
    for err in relation_errors(gold_docs, pred_docs)[:max_errors]:
        doc = golds[err["document"]]
        a, b = max(0, err["start"] - 40), min(len(doc.text), err["end"] + 40)
        rel_rows.append(
            f"<tr><td>{html.escape(err['document'])}</td><td>{html.escape(err['kind'])}</td>"
            f"<td>{html.escape(err['type'])}</td><td dir=\"rtl\"><bdi>{html.escape(err['head'])}</bdi> "
            f"({html.escape(err['head_type'])}) &rarr; <bdi>{html.escape(err['tail'])}</bdi> "
            f"({html.escape(err['tail_type'])})</td><td>{html.escape(err['reason'])}</td>"
            f"<td dir=\"rtl\" class=\"ctx\">{_highlight(doc.text, a, b, doc.entities, colors)}</td></tr>")
    relation_section = "" if not rel_rows else (
        "<h2>Relation errors (strict): missed and spurious</h2>\n<table><tr><th>document</th><th>error</th>"
        "<th>type</th><th>head &rarr; tail</th><th>why</th><th>context (gold entities)</th></tr>\n"
        + "".join(rel_rows) + "\n</table>")
    legend = legend_html(colors)
    page = f"""<!doctype html>
<html lang="ar"><head><meta charset="utf-8"><title>{html.escape(title)}</title>
<style>body{{font-family:sans-serif;margin:2em}} table{{border-collapse:collapse}} td,th{{border:1px solid #ccc;
padding:4px 8px;vertical-align:top}} .ctx{{font-size:1.1em;line-height:1.9;text-align:right}} mark sub{{font-size:.6em}}
pre{{direction:ltr}} mark{{unicode-bidi:isolate}}</style></head><body>
<h1>{html.escape(title)}</h1>
{markdown_tables_html(markdown_tables(metrics))}
<img src="confusion.png" alt="confusion matrix">
<h2>Entity errors (strict): false negatives and false positives in context</h2>
<p>{legend}</p>
<table><tr><th>document</th><th>error</th><th>type</th><th>mention</th><th>sentence</th></tr>
{''.join(rows)}
</table>
{relation_section}
</body></html>"""
    paths["html"].write_text(page, encoding="utf-8")
    return paths


def markdown_tables(metrics: dict[str, Any]) -> str:
    """Headline and per-type tables of a metrics dict."""
    e = metrics["entities"]
    lines = ["| metric | precision | recall | F1 |", "|---|---|---|---|"]
    for label, m in (("entities strict (char spans)", e["strict"]), ("entities partial overlap", e["partial"]),
                     ("entities seqeval strict IOB2", e["seqeval_strict"]),
                     ("entities seqeval default", e["seqeval_default"])):
        lines.append(f"| {label} | {m['precision']:.3f} | {m['recall']:.3f} | {m['f1']:.3f} |")
    for mode in ("strict", "boundaries", "gold_entities"):
        if mode in metrics.get("relations", {}):
            m = metrics["relations"][mode]
            lines.append(f"| relations {mode.replace('_', ' ')} | {m['precision']:.3f} | {m['recall']:.3f} | {m['f1']:.3f} |")
    lines += ["", f"entity macro F1: {e['macro_f1']:.3f}", "", "| entity type | support | precision | recall | F1 |",
              "|---|---|---|---|---|"]
    for t, m in e["per_type"].items():
        lines.append(f"| {t} | {m['support']} | {m['precision']:.3f} | {m['recall']:.3f} | {m['f1']:.3f} |")
    if "relations" in metrics:
        lines += ["", "| relation type (strict) | support | precision | recall | F1 |", "|---|---|---|---|---|"]
        for t, m in metrics["relations"]["strict"]["per_type"].items():
            lines.append(f"| {t} | {m['support']} | {m['precision']:.3f} | {m['recall']:.3f} | {m['f1']:.3f} |")
    return "\n".join(lines)
