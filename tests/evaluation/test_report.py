

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


def test_the_report_lists_relation_errors_with_why_they_were_missed(tmp_path):
    from arabic_ie.data.document import Document, Entity, Relation
    from arabic_ie.evaluation.harness import score_documents
    from arabic_ie.evaluation.report import relation_errors, write_reports
    from arabic_ie.schema import SEED_SCHEMA

    text = "زار بوتين هانوي والتقى تو لام."
    ents = [Entity("T1", "PER", 4, 9, "بوتين"), Entity("T2", "GPE", 10, 15, "هانوي"),
            Entity("T3", "PER", 23, 29, "تو لام")]
    gold = [Document("d", text, ents, [Relation("R1", "VISIT", "T1", "T2"), Relation("R2", "MEET", "T1", "T3")])]
    pred = [Document("d", text, ents[:2], [Relation("R1", "ROLE", "T1", "T2")])]
    errors = relation_errors(gold, pred)
    assert {(e["kind"], e["type"], e["reason"]) for e in errors} == {
        ("missed", "VISIT", "both arguments found"), ("missed", "MEET", "an argument not found"),
        ("spurious", "ROLE", "not in gold")}
    page = write_reports(score_documents(gold, pred, SEED_SCHEMA), gold, pred, SEED_SCHEMA, tmp_path)["html"]
    html = page.read_text(encoding="utf-8")
    assert "Relation errors (strict)" in html and "both arguments found" in html and "<bdi>تو لام</bdi>" in html
