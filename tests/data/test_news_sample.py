"""Held-out news articles as standoff: a seeded draw, a manifest, and texts rebuilt only when their hash matches."""

from __future__ import annotations

import json

import pytest

from arabic_ie.data.news_sample import (ManifestError, draw, guess_section, keyword_draw, materialize, read_manifest,
                                        write_manifest)

SECTION_TEXT = {
    "politics": "وزير الخارجية يلتقي السفير في القمة",
    "economy": "أسعار النفط ترتفع في السوق",
    "sports": "المنتخب يفوز في المباراة على النادي",
    "culture": "افتتاح مهرجان الفيلم والمسرح",
    "local": "بلدية المحافظة تحذر المواطنين",
    "world": "الأمم المتحدة تبحث الوضع في سوريا",
}


def _document(section: str, n: int, words: int = 130) -> str:
    body = " ".join(f"كلمة{n}{i}" for i in range(words))
    title = f"{SECTION_TEXT[section].split()[0]} عنوان{n} خبر{n} نبأ{n}"  # titles of one story would share words
    return f"{title}\n{SECTION_TEXT[section]}\n{body}"


@pytest.fixture()
def corpora(tmp_path):
    root = tmp_path / "corpora"
    for corpus, prefix, per_section in (("saudinewsnet", "saudinewsnet_part", 3), ("ant", "ant_v1.1_part", 2)):
        folder = root / corpus
        folder.mkdir(parents=True)
        docs = [_document(s, 100 * k + j) for k, s in enumerate(SECTION_TEXT) for j in range(per_section)]
        docs.append("قصير جدا")  # too short: never drawn
        (folder / f"{prefix}000.txt").write_text("\n\n".join(docs) + "\n", encoding="utf-8")
        (folder / "SOURCE.txt").write_text("not a corpus file", encoding="utf-8")
    return root


def test_sections_are_guessed_from_keywords_of_the_title_and_first_paragraph():
    assert guess_section(["المنتخب يفوز في المباراة", "نص"]) == "sports"
    assert guess_section(["عنوان بلا كلمة مفتاحية", "نص"]) == "other"


def test_the_draw_is_seeded_spread_over_sections_and_within_the_length_limits(corpora):
    first = draw(corpora, {"saudinewsnet": 6, "ant": 6}, seed=1)
    again = draw(corpora, {"saudinewsnet": 6, "ant": 6}, seed=1)
    assert [e.id for e in first] == [e.id for e in again]
    assert len(first) == 12 and len({e.id for e in first}) == 12
    for corpus in ("saudinewsnet", "ant"):
        assert sorted(e.section for e in first if e.corpus == corpus) == sorted(SECTION_TEXT)
    assert all(120 <= e.words <= 700 and e.drawn == "random" for e in first)
    with pytest.raises(ManifestError, match="not enough documents"):
        draw(corpora, {"ant": 13}, seed=1)


def test_materialize_rebuilds_the_texts_and_refuses_a_changed_corpus(corpora, tmp_path):
    entries = draw(corpora, {"saudinewsnet": 6, "ant": 0}, seed=3)
    manifest = tmp_path / "manifest.json"
    write_manifest(manifest, entries, seed=3, command="test")
    assert json.loads(manifest.read_text(encoding="utf-8"))["seed"] == 3
    assert [e.id for e in read_manifest(manifest)] == [e.id for e in entries]
    ann = tmp_path / "ann"
    ann.mkdir()
    (ann / f"{entries[0].id}.ann").write_text("T1\tGPE 0 3\tوزي\n", encoding="utf-8")
    out = tmp_path / "brat"
    assert materialize(manifest, corpora, ann, out) == [e.id for e in entries]
    text = (out / f"{entries[0].id}.txt").read_text(encoding="utf-8")
    assert text.split("\n")[1] == SECTION_TEXT[entries[0].section] and len(text) == entries[0].chars
    assert (out / f"{entries[0].id}.ann").read_text(encoding="utf-8").startswith("T1\t")
    # one changed character in the corpus: the hash check names the document and refuses
    path = corpora / "saudinewsnet" / entries[0].file
    path.write_text(path.read_text(encoding="utf-8").replace(text.split("\n")[2][:10], "X" + text.split("\n")[2][1:10]),
                    encoding="utf-8")
    from arabic_ie.data import news_sample

    news_sample._FILE_CACHE.clear()
    with pytest.raises(ManifestError, match=f"{entries[0].id}: the text at .* differs"):
        materialize(manifest, corpora, ann, tmp_path / "again")


def test_a_missing_corpus_and_a_broken_manifest_are_clear_errors(tmp_path):
    with pytest.raises(ManifestError, match="no corpus files"):
        (tmp_path / "saudinewsnet").mkdir()
        draw(tmp_path, {"saudinewsnet": 1}, seed=0)
    bad = tmp_path / "m.json"
    bad.write_text("{", encoding="utf-8")
    with pytest.raises(ManifestError, match="not a readable manifest"):
        read_manifest(bad)


def test_keyword_draws_are_marked_need_enough_matches_and_skip_documents_already_drawn(corpora):
    drawn = keyword_draw(corpora, "saudinewsnet", r"مهرجان", 2, seed=0, label="LAW", exclude=set(), min_matches=1)
    assert len(drawn) == 2 and all(e.drawn == "keyword:LAW" and e.section == "culture" for e in drawn)
    rest = keyword_draw(corpora, "saudinewsnet", r"مهرجان", 1, seed=0, label="LAW", exclude={e.id for e in drawn},
                        min_matches=1)
    assert len(rest) == 1 and rest[0].id not in {e.id for e in drawn}
    with pytest.raises(ManifestError, match="only 1 documents match the LAW keywords, 5 asked"):
        keyword_draw(corpora, "saudinewsnet", r"مهرجان", 5, seed=0, label="LAW", exclude={e.id for e in drawn},
                     min_matches=1)
    with pytest.raises(ManifestError, match="only 0 documents"):  # one match per document, two required
        keyword_draw(corpora, "saudinewsnet", r"مهرجان", 1, seed=0, label="LAW", exclude=set(), min_matches=2)


def test_add_keyword_appends_new_documents_and_records_its_rule(corpora, tmp_path, monkeypatch):
    from arabic_ie.data import news_sample

    entries = draw(corpora, {"saudinewsnet": 6, "ant": 0}, seed=3)
    manifest = tmp_path / "manifest.json"
    write_manifest(manifest, entries, seed=3, command="test")
    monkeypatch.setattr(news_sample, "KEYWORD_RULES", {"VISIT": r"وزير|يلتقي"})
    assert news_sample.main(["add-keyword", str(manifest), "--corpora", str(corpora), "--saudinewsnet", "2",
                             "--ant", "0", "--types", "VISIT"]) == 0
    after = read_manifest(manifest)
    assert [e.id for e in after[:6]] == [e.id for e in entries] and len(after) == 8
    assert {e.drawn for e in after[6:]} == {"keyword:VISIT"} and all(e.section == "politics" for e in after[6:])
    data = json.loads(manifest.read_text(encoding="utf-8"))
    assert data["keyword_patterns"] == {"VISIT": r"وزير|يلتقي"} and "add-keyword" in data["keyword_commands"][-1]
    assert news_sample.main(["add-keyword", str(manifest), "--corpora", str(corpora), "--types", "NOPE"]) == 2


def test_a_standoff_manifest_reads_as_annotated_documents_with_exact_offsets(corpora, tmp_path):
    from arabic_ie.data.io import load_documents
    from arabic_ie.data.news_sample import load_text, read_standoff

    entries = draw(corpora, {"saudinewsnet": 6, "ant": 0}, seed=3)
    folder = tmp_path / "news"
    manifest = folder / "manifest.json"
    write_manifest(manifest, entries, seed=3, command="test")
    (folder / "ann").mkdir()
    for e in entries:
        text = load_text(corpora, e)
        word = text.split("\n")[2].split()[0]
        start = text.index(word)
        (folder / "ann" / f"{e.id}.ann").write_text(f"T1\tPER {start} {start + len(word)}\t{word}\n", encoding="utf-8")
    docs = read_standoff(manifest, corpora=corpora)
    assert [d.id for d in docs] == [e.id for e in entries]
    assert all(d.text[d.entities[0].start:d.entities[0].end] == d.entities[0].text for d in docs)
    data = json.loads(manifest.read_text(encoding="utf-8"))
    data["corpora"] = str(corpora)  # what load_documents(fmt="standoff") follows
    manifest.write_text(json.dumps(data), encoding="utf-8")
    assert len(load_documents(manifest, fmt="standoff")) == 6
    (folder / "ann" / f"{entries[0].id}.ann").unlink()
    from arabic_ie.data.errors import AnnotationError

    with pytest.raises(AnnotationError, match=f"{entries[0].id}: no annotations"):
        load_documents(manifest, fmt="standoff")


def test_the_test_part_covers_every_relation_type_that_occurs():
    from arabic_ie.data.document import Document, Entity, Relation
    from arabic_ie.data.news_sample import choose_splits

    def doc(i, rel):
        ents = [Entity("T1", "PER", 0, 1, "a"), Entity("T2", "GPE", 2, 3, "b")]
        return Document(f"d{i:02d}", "a b c", ents, [Relation("R1", rel, "T1", "T2")] if rel else [])

    docs = [doc(i, "VISIT" if i == 7 else ("ROLE" if i == 3 else None)) for i in range(10)]
    split, used_seed = choose_splits(docs, seed=5, sizes={"train": 5, "dev": 2, "test": 3})
    assert {"d07", "d03"} <= set(split["test"]) and used_seed >= 5
    assert sorted(split["train"] + split["dev"] + split["test"]) == [d.id for d in docs]
    assert choose_splits(docs, seed=5, sizes={"train": 5, "dev": 2, "test": 3}) == (split, used_seed)
    with pytest.raises(ManifestError, match="do not add up"):
        choose_splits(docs, seed=5, sizes={"train": 5, "dev": 2, "test": 2})


def test_a_standoff_manifest_is_detected_by_its_content(tmp_path):
    from arabic_ie.data.io import detect_format

    manifest = tmp_path / "manifest.json"
    write_manifest(manifest, [], seed=1, command="test")
    assert detect_format(manifest) == "standoff"
    lines = tmp_path / "docs.json"
    lines.write_text('{"id": "a", "text": "نص"}\n{"id": "b", "text": "نص"}\n', encoding="utf-8")
    assert detect_format(lines) == "jsonl"


def test_add_random_continues_the_seeded_draw_and_extend_splits_keeps_every_placed_article(corpora, tmp_path):
    from arabic_ie.data import news_sample

    entries = draw(corpora, {"saudinewsnet": 6, "ant": 0}, seed=3)
    manifest = tmp_path / "manifest.json"
    write_manifest(manifest, entries, seed=3, command="test")
    args = ["add-random", str(manifest), "--corpora", str(corpora), "--seed", "3", "--batch", "2",
            "--saudinewsnet", "6", "--ant", "0"]
    assert news_sample.main(args) == 0
    after = read_manifest(manifest)
    new = after[6:]
    assert [e.id for e in after[:6]] == [e.id for e in entries] and len(new) == 6
    assert not {e.id for e in new} & {e.id for e in entries}
    assert {e.drawn for e in new} == {"random-2"} and sorted(e.section for e in new) == sorted(SECTION_TEXT)
    again = tmp_path / "again.json"
    write_manifest(again, entries, seed=3, command="test")
    news_sample.main(args[:1] + [str(again)] + args[2:])
    assert [e.id for e in read_manifest(again)] == [e.id for e in after]  # seeded
    assert news_sample.main(args) == 2  # one batch number is drawn once
    assert "add-random" in json.loads(manifest.read_text(encoding="utf-8"))["random_commands"][0]

    splits = tmp_path / "splits.json"
    old = {"train": [e.id for e in entries[:3]], "dev": [entries[3].id], "test": [e.id for e in entries[4:]]}
    splits.write_text(json.dumps({"version": 1, "rule": "r", "command": "c", "default": old}), encoding="utf-8")
    assert news_sample.main(["extend-splits", str(manifest), "--splits", str(splits), "--corpora", str(corpora),
                             "--dev", "4"]) == 0
    data = json.loads(splits.read_text(encoding="utf-8"))
    parts = data["default"]
    assert data["version"] == 1 and data["revision"] == 2  # the file format stays, the content is revised
    from arabic_ie.data.splits import load_splits

    named = load_splits(splits)
    assert sorted(named) == ["default", "revision-1"]
    assert set(named["revision-1"].train) == set(old["train"]) and set(named["revision-1"].test) == set(old["test"])
    assert parts["test"] == sorted(old["test"]) and set(old["train"]) <= set(parts["train"]) and old["dev"][0] in parts["dev"]
    assert len(parts["dev"]) == 5 and len(parts["train"]) == 5
    assert sorted(parts["train"] + parts["dev"] + parts["test"]) == sorted(e.id for e in after)
    assert news_sample.main(["extend-splits", str(manifest), "--splits", str(splits), "--corpora", str(corpora),
                             "--dev", "1"]) == 2


def test_an_article_of_a_placed_story_joins_its_part():
    from arabic_ie.data.news_sample import ManifestEntry, extend_splits

    story = " ".join(f"كلمة{i}" for i in range(40))
    texts = {"old": story, "retold": "عنوان آخر\n" + story + " خاتمة", "a": "نص أول " * 20, "b": "نص ثان " * 20}
    entries = [ManifestEntry(i, "saudinewsnet", "f.txt", n, "", 0, 0, "local", "random" if i == "old" else "random-2")
               for n, i in enumerate(texts)]
    splits = {"train": [], "dev": [], "test": ["old"]}
    out = extend_splits(splits, entries, seed=1, dev=1, texts=texts)
    assert out["test"] == ["old", "retold"] and len(out["dev"]) == 1 and len(out["train"]) == 1
