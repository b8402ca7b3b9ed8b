"""A linear-chain CRF over the entity head's BIO labels, trained on partial labels.

The entity head's logits are the CRF's emission scores; a learned ``(L, L)`` transition matrix and start / end
scores tie neighbouring labels together. Training maximizes the probability of the *set* of label paths a token
sequence allows: one path where every token is labelled, every path through the allowed labels where a corpus
leaves some types unannotated (Tsuboi et al., COLING 2008: "Training conditional random fields using incomplete
annotations"). The loss is ``log Z - log Z_allowed``, both by the forward algorithm.

``pytorch-crf`` (the well-known package) computes the likelihood of one gold path only, which the multi-corpus
partial labels of this project cannot use; this module is that package's forward algorithm with a label mask.
Decoding (``arabic_ie.core.spans.bio_viterbi``) adds the transitions to the BIO rules of the Viterbi search.
"""

from __future__ import annotations

import torch

#: A score low enough to rule a label out, finite so that no row of the forward algorithm becomes NaN.
RULED_OUT = -1.0e4


def log_partition(emissions: torch.Tensor, mask: torch.Tensor, transitions: torch.Tensor, start: torch.Tensor,
                  end: torch.Tensor) -> torch.Tensor:
    """``log sum_paths exp(score)`` per sequence: ``emissions`` ``(B, T, L)``, ``mask`` ``(B, T)`` true on a
    prefix of each row (at least the first position), ``transitions[prev, cur]``, ``start`` / ``end`` ``(L,)``."""
    alpha = start + emissions[:, 0]
    for t in range(1, emissions.shape[1]):
        step = torch.logsumexp(alpha.unsqueeze(2) + transitions, dim=1) + emissions[:, t]
        alpha = torch.where(mask[:, t].unsqueeze(1), step, alpha)
    return torch.logsumexp(alpha + end, dim=1)


def _compact(labels: torch.Tensor, *tensors: torch.Tensor):
    """Each row's labelled positions (``labels != -100``) moved to the front in order, rows without any dropped;
    returns the prefix mask and the gathered tensors (``(B', T')`` and ``(B', T', ...)``)."""
    keep = labels != -100
    lengths = keep.sum(1)
    rows = lengths > 0
    order = torch.argsort((~keep).to(torch.int8), dim=1, stable=True)[rows]
    width = int(lengths.max()) if bool(rows.any()) else 0
    order = order[:, :width]
    mask = torch.arange(width, device=labels.device).unsqueeze(0) < lengths[rows].unsqueeze(1)
    out = []
    for x in tensors:
        x = x[rows]
        index = order.view(*order.shape, *([1] * (x.dim() - 2))).expand(-1, -1, *x.shape[2:])
        out.append(torch.gather(x, 1, index))
    return mask, out


def crf_partial_nll(emissions: torch.Tensor, labels: torch.Tensor, allowed: torch.Tensor | None,
                    transitions: torch.Tensor, start: torch.Tensor, end: torch.Tensor) -> torch.Tensor:
    """Negative log probability of the allowed label paths, summed over sequences and divided by the number of
    labelled tokens (the scale of the per-token cross-entropy it replaces).

    ``labels`` ``(B, T)``: the gold label id, ``-100`` where a position is not part of the sequence (special
    tokens, padding); the labelled positions of a row are taken in order as one chain. ``allowed`` ``(B, T, L)``:
    the labels each token may have (``None``: only its gold label)."""
    n_tokens = int((labels != -100).sum())
    if n_tokens == 0:
        return emissions.sum() * 0.0
    if allowed is None:
        allowed = torch.nn.functional.one_hot(labels.clamp(min=0), emissions.shape[-1]).bool()
    mask, (em, ok) = _compact(labels, emissions.float(), allowed)
    transitions, start, end = transitions.float(), start.float(), end.float()
    both = log_partition(torch.cat([em, em.masked_fill(~ok, RULED_OUT)]), torch.cat([mask, mask]), transitions,
                         start, end)  # one pass over the time steps for both partitions
    everything, permitted = both.chunk(2)
    return (everything - permitted).sum() / n_tokens
