"""The entity CRF (``entity_crf``): its partial-label likelihood equals the sum over the allowed label paths, its
Viterbi search finds the best path under the transitions, and a trained model keeps and uses them."""

from __future__ import annotations

import itertools
import math

import numpy as np
import torch

from arabic_ie.config import parse_config
from arabic_ie.core.crf import crf_partial_nll, log_partition
from arabic_ie.core.spans import bio_viterbi
from arabic_ie.extractor import Extractor
from arabic_ie.training.run import run_training

from helpers import TYPES, write_config

LABELS = ["O", "B-PER", "I-PER"]


def _path_score(em, path, trans, start, end) -> float:
    score = start[path[0]] + em[0, path[0]] + end[path[-1]]
    for t in range(1, len(path)):
        score += trans[path[t - 1], path[t]] + em[t, path[t]]
    return float(score)


def _random_crf(n_labels=3, seed=0):
    g = torch.Generator().manual_seed(seed)
    return (torch.randn(n_labels, n_labels, generator=g), torch.randn(n_labels, generator=g),
            torch.randn(n_labels, generator=g))


def test_the_log_partition_is_the_log_sum_over_every_path_of_each_sequence_length():
    trans, start, end = _random_crf()
    em = torch.randn(2, 4, 3, generator=torch.Generator().manual_seed(1))
    mask = torch.tensor([[True, True, True, True], [True, True, False, False]])
    got = log_partition(em, mask, trans, start, end)
    for row, length in enumerate((4, 2)):
        paths = itertools.product(range(3), repeat=length)
        want = torch.logsumexp(torch.tensor([_path_score(em[row], p, trans, start, end) for p in paths]), 0)
        assert math.isclose(float(got[row]), float(want), rel_tol=1e-5)


def test_the_loss_is_minus_the_log_probability_of_the_allowed_paths_per_labelled_token():
    trans, start, end = _random_crf(seed=2)
    em = torch.randn(1, 5, 3, generator=torch.Generator().manual_seed(3))
    # positions 0 and 4 are special tokens (-100); the chain is positions 1-3
    labels = torch.tensor([[-100, 1, 2, 0, -100]])
    allowed = torch.zeros(1, 5, 3, dtype=torch.bool)
    allowed[0, 1, 1] = allowed[0, 2, 2] = True
    allowed[0, 3] = True                      # an unlabelled word of a partial corpus: any label
    chain = em[0, 1:4]
    scores = {p: _path_score(chain, p, trans, start, end) for p in itertools.product(range(3), repeat=3)}
    log_z = torch.logsumexp(torch.tensor(list(scores.values())), 0)
    permitted = torch.logsumexp(torch.tensor([s for p, s in scores.items() if p[:2] == (1, 2)]), 0)
    got = crf_partial_nll(em, labels, allowed, trans, start, end)
    assert math.isclose(float(got), float(log_z - permitted) / 3, rel_tol=1e-5)
    # every label fixed (allowed=None): minus the log probability of the one gold path
    gold = crf_partial_nll(em, torch.tensor([[-100, 1, 2, 0, -100]]), None, trans, start, end)
    assert math.isclose(float(gold), float(log_z - scores[(1, 2, 0)]) / 3, rel_tol=1e-5)
    assert float(got) < float(gold)           # more allowed paths, more probability


def test_rows_without_labels_add_nothing_and_a_batch_without_any_gives_zero():
    trans, start, end = _random_crf(seed=4)
    em = torch.randn(2, 4, 3, generator=torch.Generator().manual_seed(5), requires_grad=True)
    one = crf_partial_nll(em[:1], torch.tensor([[-100, 1, 0, -100]]), None, trans, start, end)
    both = crf_partial_nll(em, torch.tensor([[-100, 1, 0, -100], [-100] * 4]), None, trans, start, end)
    assert math.isclose(one.item(), both.item(), rel_tol=1e-6)
    none = crf_partial_nll(em, torch.full((2, 4), -100), None, trans, start, end)
    assert none.item() == 0.0
    none.backward()                           # still part of the graph: no error in a training step


def test_viterbi_with_transitions_is_the_best_bio_valid_path_by_exhaustive_search():
    rng = np.random.default_rng(6)
    for _ in range(30):
        n = int(rng.integers(1, 6))
        lp = torch.from_numpy(np.log(rng.dirichlet(np.ones(3), size=n)))
        trans, start, end = (rng.normal(size=s) for s in ((3, 3), 3, 3))
        got = bio_viterbi(lp, LABELS, crf=(trans, start, end))

        def valid(p):
            return p[0] != 2 and all(not (b == 2 and a == 0) for a, b in zip(p, p[1:]))

        best = max((p for p in itertools.product(range(3), repeat=n) if valid(p)),
                   key=lambda p: _path_score(lp.numpy(), p, trans, start, end))
        assert valid(got)
        assert math.isclose(_path_score(lp.numpy(), got, trans, start, end),
                            _path_score(lp.numpy(), best, trans, start, end), rel_tol=1e-9)


def test_a_learned_transition_changes_the_decoded_path():
    lp = torch.log(torch.tensor([[0.3, 0.7, 0.0], [0.45, 0.1, 0.45]]).clamp_min(1e-12))
    assert bio_viterbi(lp, LABELS) == [1, 0]                       # the first I-PER loses to O on ties: B-PER, O
    trans = np.zeros((3, 3))
    trans[1, 2] = 1.0                                               # B-PER is usually followed by I-PER
    assert bio_viterbi(lp, LABELS, crf=(trans, np.zeros(3), np.zeros(3))) == [1, 2]


def test_a_crf_model_trains_saves_its_transitions_and_decodes_with_them(tmp_path, tiny_encoder):
    path = write_config(tmp_path, tiny_encoder, entity_crf=True, load_best_model_at_end=False, do_test=False)
    run_training(*parse_config(TYPES, [str(path)]), config_path=str(path))
    model_dir = tmp_path / "run" / "model"
    extractor = Extractor.from_pretrained(model_dir)
    assert extractor.config.entity_crf
    assert "linear-chain CRF" in (model_dir / "README.md").read_text(encoding="utf-8")  # the card says so
    transitions, start, end = extractor.model.entity_transitions()
    assert transitions.shape == (len(extractor.config.id2label),) * 2
    # learned at crf_learning_rate (0.01): 4 steps move them past what the encoder's 0.001 could
    assert np.abs(transitions).max() > 0.01
    text = "زار الرئيس الأمريكي جو بايدن العاصمة الفرنسية باريس يوم الخميس، والتقى بالرئيس إيمانويل ماكرون."

    def entities(ex):
        return [(e.start, e.end, e.type) for e in ex.predict_documents([text], with_relations=False)[0].entities]

    first = entities(extractor)
    assert entities(Extractor.from_pretrained(model_dir)) == first
    with torch.no_grad():  # scores that make every path open on B-PER and go on with I-PER: one PER span
        b_per, i_per = extractor.config.label2id["B-PER"], extractor.config.label2id["I-PER"]
        extractor.model.crf_start[b_per] = 1e3
        extractor.model.crf_transitions[[b_per, i_per], i_per] = 1e3
    found = entities(extractor)
    assert len(found) == 1 and found[0][0] == 0 and found[0][2] == "PER" and found != first
