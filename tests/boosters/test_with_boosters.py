"""Adding boosters that need no fitting to a trained model (Extractor.with_boosters, --with)."""

from __future__ import annotations

import pytest

from arabic_ie.boosters import BoosterError, BoosterPipeline
from arabic_ie.extractor import Extractor
from arabic_ie.schema import SEED_SCHEMA

from conftest import REPO


def test_stateless_boosters_are_appended_in_the_given_order():
    pipeline, added = BoosterPipeline([], SEED_SCHEMA).with_(["patterns", "propagation"])
    assert added == ["patterns", "propagation"] and pipeline.names == ["patterns", "propagation"]


@pytest.mark.parametrize("name", ["lexicon", "vote", "relation_linear"])
def test_a_booster_that_learns_from_training_data_cannot_be_added(name):
    with pytest.raises(BoosterError, match=f"booster {name} is fitted on training data"):
        BoosterPipeline([], SEED_SCHEMA).with_([name])


def test_a_booster_the_model_already_has_is_refused():
    pipeline, _ = BoosterPipeline([], SEED_SCHEMA).with_(["patterns"])
    with pytest.raises(BoosterError, match="already in this model"):
        pipeline.with_(["patterns"])


def test_the_added_booster_finds_dates_and_travels_with_the_saved_model(tiny_model_dir, tmp_path):
    extractor = Extractor.from_pretrained(tiny_model_dir)
    assert extractor.boosters.names == []
    boosted, added = extractor.with_boosters(["patterns"])
    assert added == ["patterns"] and extractor.boosters.names == []  # the original is left as it was
    text = "وصل الوفد يوم الخميس 20 يونيو 2024 إلى هانوي."
    (doc,) = boosted.predict_documents([text], with_relations=False, entity_threshold=1.01)  # no model entities
    assert ("DATE", "يوم الخميس 20 يونيو 2024") in {(e.type, text[e.start:e.end]) for e in doc.entities}
    boosted.save_pretrained(tmp_path / "boosted")
    assert Extractor.from_pretrained(tmp_path / "boosted").boosters.names == ["patterns"]


def test_evaluate_with_an_unfittable_booster_is_a_clear_error(tiny_model_dir, capsys):
    from arabic_ie.commands.evaluate import main

    code = main(["--model", str(tiny_model_dir), "--data", str(REPO / "data" / "seed"), "--split", "test",
                 "--with", "vote"])
    assert code == 2
    assert "booster vote is fitted on training data" in capsys.readouterr().err


def test_parameters_come_as_yaml_text_from_a_command_line():
    pipeline, added = BoosterPipeline([], SEED_SCHEMA).with_(["{patterns: {fill_only: true}}"])
    assert added == ["patterns"] and pipeline.get("patterns").params == {"fill_only": True, "replace": []}


def test_unknown_names_and_broken_yaml_are_clear_errors():
    with pytest.raises(BoosterError, match="unknown booster 'pattern'"):
        BoosterPipeline([], SEED_SCHEMA).with_(["pattern"])
    with pytest.raises(BoosterError, match="not a booster name or YAML mapping"):
        BoosterPipeline([], SEED_SCHEMA).with_(["{patterns: {fill_only: true}"])
