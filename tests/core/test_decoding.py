"""Entity decoding: per-token argmax, or the most probable BIO-valid sequence (Viterbi)."""

from __future__ import annotations

import math

import pytest
import torch

from arabic_ie.core.spans import bio_spans, bio_viterbi

LABELS = ["O", "B-PER", "I-PER", "B-GPE", "I-GPE"]


def _log(rows):
    return torch.tensor(rows, dtype=torch.float).log()


def test_viterbi_never_starts_a_span_with_an_inside_tag():
    # argmax would read "I-PER I-PER": a span with no beginning
    probs = [[0.3, 0.25, 0.45, 0.0, 0.0], [0.1, 0.05, 0.85, 0.0, 0.0]]
    path = bio_viterbi(_log(probs), LABELS)
    assert [LABELS[i] for i in path] == ["B-PER", "I-PER"]


def test_viterbi_does_not_continue_a_span_with_another_type():
    probs = [[0.05, 0.9, 0.02, 0.02, 0.01], [0.1, 0.0, 0.35, 0.0, 0.55]]
    labels = [LABELS[i] for i in bio_viterbi(_log(probs), LABELS)]
    assert labels == ["B-PER", "I-PER"]  # 0.9*0.35 beats 0.9*0.1 (O) and any B-GPE (0)


def test_viterbi_keeps_a_valid_argmax_unchanged_and_respects_breaks():
    probs = [[0.9, 0.05, 0.05, 0, 0], [0.1, 0.8, 0.1, 0, 0], [0.1, 0.1, 0.8, 0, 0], [0.2, 0.1, 0.7, 0, 0]]
    assert bio_viterbi(_log(probs), LABELS) == [0, 1, 2, 2]
    # a line break before token 3: no span may continue across it
    path = bio_viterbi(_log(probs), LABELS, breaks={3})
    assert LABELS[path[3]] != "I-PER"
    assert bio_viterbi(torch.zeros(0, 5), LABELS) == []


def test_viterbi_maximises_the_sum_of_log_probabilities():
    probs = [[0.4, 0.35, 0.25, 0, 0], [0.3, 0.05, 0.65, 0, 0]]
    path = bio_viterbi(_log(probs), LABELS)
    best = max(((a, b) for a in range(5) for b in range(5)
                if not LABELS[a].startswith("I-") and (not LABELS[b].startswith("I-") or LABELS[a][2:] == LABELS[b][2:])),
               key=lambda ab: math.log(probs[0][ab[0]] + 1e-12) + math.log(probs[1][ab[1]] + 1e-12))
    assert tuple(path) == best == (1, 2)
    assert bio_spans([LABELS[i] for i in path], [0.35, 0.65]) == [(0, 1, "PER", pytest.approx(0.5))]


def test_an_unknown_decoding_method_is_a_config_error():
    from arabic_ie.core.configuration import ArabicIEConfig

    assert ArabicIEConfig().entity_decoding == "viterbi"
    assert ArabicIEConfig(entity_decoding="viterbi").entity_decoding == "viterbi"
    with pytest.raises(ValueError, match="entity_decoding must be"):
        ArabicIEConfig(entity_decoding="beam")


def test_viterbi_equals_brute_force_on_random_scores():
    import itertools

    gen = torch.Generator().manual_seed(3)
    for trial in range(40):
        n = 1 + trial % 4
        log_probs = torch.randn(n, len(LABELS), generator=gen) * 3
        breaks = {trial % 4} if trial % 3 == 0 else set()

        def valid(path):
            for i, k in enumerate(path):
                if LABELS[k].startswith("I-") and (i == 0 or i in breaks or LABELS[path[i - 1]][2:] != LABELS[k][2:]):
                    return False
            return True

        best = max((p for p in itertools.product(range(len(LABELS)), repeat=n) if valid(p)),
                   key=lambda p: sum(float(log_probs[i, k]) for i, k in enumerate(p)))
        assert tuple(bio_viterbi(log_probs, LABELS, breaks)) == best


def test_viterbi_searching_only_broken_segments_keeps_the_best_valid_path():
    """Long sequences (many independent segments, ties included): the segmented search scores exactly what a
    search over the whole sequence scores, and its path is always BIO-valid."""
    import numpy as np

    from arabic_ie.core.spans import _bio_transitions, _search, _violations

    allowed, inside = _bio_transitions(tuple(LABELS))
    gen = torch.Generator().manual_seed(7)
    for trial in range(300):
        n = 1 + trial % 80
        log_probs = torch.log_softmax(torch.round(torch.randn(n, len(LABELS), generator=gen) * 3), -1)
        breaks = set(torch.randint(0, n, (3,), generator=gen).tolist()) if trial % 2 else set()
        path = bio_viterbi(log_probs, LABELS, breaks)
        whole = _search(log_probs.double().numpy(), allowed, inside, breaks).tolist()
        lp = log_probs.double().numpy()
        assert lp[np.arange(n), path].sum() == pytest.approx(lp[np.arange(n), whole].sum(), abs=1e-9)
        assert _violations(np.array(path), allowed, inside, breaks).size == 0
