"""An RTL HTML page that highlights entities by type and lists relations."""

from __future__ import annotations

import html
from typing import Sequence

from .data.document import Document
from .evaluation.report import COLORS, _highlight, legend_html


def render_html(documents: Sequence[Document], entity_types: Sequence[str], title: str = "arabic-ie predictions") -> str:
    colors = {t: COLORS[i % len(COLORS)] for i, t in enumerate(entity_types)}
    legend = legend_html(colors)
    parts = []
    for doc in documents:
        emap = doc.entity_map()
        body = _highlight(doc.text, 0, len(doc.text), doc.entities, colors).replace("\n", "<br>\n")
        rels = "".join(
            f"<li>{html.escape(r.type)}: <b>{html.escape(emap[r.head].text)}</b> &larr; "
            f"<b>{html.escape(emap[r.tail].text)}</b>"
            f"{f' <small>({r.score:.2f})</small>' if r.score is not None else ''}</li>"
            for r in doc.relations if r.head in emap and r.tail in emap)
        parts.append(f'<section><h2 dir="ltr">{html.escape(doc.id)}</h2><div class="doc" dir="rtl">{body}</div>'
                     f'<h3 dir="ltr">relations (Arg1 &larr; Arg2, read right to left)</h3><ul dir="rtl">{rels or "<li>none</li>"}</ul></section>')
    return f"""<!doctype html>
<html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{html.escape(title)}</title>
<style>body{{font-family:sans-serif;margin:2em;line-height:2}} .doc{{font-size:1.2em;text-align:right}}
mark sub{{font-size:.6em}} mark{{unicode-bidi:isolate}} h2,h3{{text-align:left}}</style></head>
<body><p dir="ltr">{legend}</p>{''.join(parts)}</body></html>"""
