

def test_type_names_from_data_or_config_are_escaped_in_every_html_output(tmp_path):
    """Issue 21: a type named like markup must not inject it into report.html or the predict page."""
    from arabic_ie.data.document import Document, Entity
    from arabic_ie.evaluation.harness import score_documents
    from arabic_ie.evaluation.report import write_reports
    from arabic_ie.schema import Schema
    from arabic_ie.visualize import render_html

    evil = "<script>alert(1)</script>"
    text = "وصل بوتين في 20 مايو 2024."
    d = text.index("20 مايو 2024")
    gold = [Document("d<b>", text, [Entity("T1", evil, 4, 9, "بوتين"), Entity("T2", "DATE", d, d + 12, "20 مايو 2024")],
                     [])]
    pred = [Document("d<b>", text, [Entity("T1", evil, d, d + 12, "20 مايو 2024")], [])]
    schema = Schema(entity_types=(evil, "DATE"))
    paths = write_reports(score_documents(gold, pred, schema), gold, pred, schema, tmp_path, title="t")
    page = paths["html"].read_text(encoding="utf-8")
    assert "<script>" not in page and "&lt;script&gt;" in page
    assert "<table>" in page and "| entity" not in page  # metric tables as HTML, not raw Markdown
    assert "<bdi>20 مايو 2024</bdi>" in page  # the date is one bidi island, its type label after it
    predict_page = render_html(pred, [evil, "DATE"])
    assert "<script>" not in predict_page and "&lt;script&gt;" in predict_page
