"""The shipped out-of-the-box model loads offline and finds names that appear in none of its training text."""

from __future__ import annotations

import json

from arabic_ie import Predictor

from conftest import REPO

NEWS_MODEL = REPO / "models" / "arabic-ie-news"


def test_the_news_model_finds_unseen_names_with_exact_offsets():
    predictor = Predictor.from_pretrained(NEWS_MODEL, device="cpu")
    # "ستارمر" and "كامالا" occur in none of ANERcorp, NewsFANE, WikiFANE or the seed articles
    text = "التقى رئيس الوزراء البريطاني كير ستارمر في لندن نائبة الرئيس الأمريكي كامالا هاريس."
    found = {(e["type"], e["text"]) for e in predictor(text)["entities"]}
    assert {("PER", "كير ستارمر"), ("PER", "كامالا هاريس"), ("GPE", "لندن")} <= found
    assert all(text[e["start"]:e["end"]] == e["text"] for e in predictor(text)["entities"])


def test_the_news_model_is_fp16_with_its_card_and_only_boosters_that_learn_nothing():
    from arabic_ie.extractor import Extractor

    boosters = Extractor.from_pretrained(NEWS_MODEL).boosters
    assert boosters.names == ["patterns", "propagation"]  # chosen on dev parts (docs/results.md, fifteenth session)
    assert all(b.fit_stage == "none" for b in boosters.boosters)  # no training name is remembered
    assert boosters.get("patterns").params["fill_only"] is True
    with open(NEWS_MODEL / "model.safetensors", "rb") as fh:
        header = json.loads(fh.read(int.from_bytes(fh.read(8), "little")))
    assert {v["dtype"] for k, v in header.items() if k != "__metadata__"} == {"F16"}
    card = (NEWS_MODEL / "README.md").read_text(encoding="utf-8")
    assert "CC BY-SA 3.0" in card and "NewsFANE" in card and "ANERcorp" in card
