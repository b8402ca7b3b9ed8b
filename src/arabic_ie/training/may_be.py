"""Unlabelled words that may be of a type: a corpus that labels a type only in part (FANE's ``Group`` labels
nationality *nouns* but leaves nationality *adjectives* unlabelled, which this project's guidelines make NORP).

A dataset entry says ``may_be: {NORP: words.txt}``: an unlabelled word of that corpus whose normalized form (or the
form without a leading و / ف / بال / كال / لل, read as ال) is in the list may be a one-word mention of the type:
its training loss sums O and that type's label. Every other unlabelled word stays evidence against the type, unlike
leaving the type out of ``annotates`` (which frees every unlabelled word and, measured, let the model tag NORP
everywhere). ``train/norp_words.py`` writes the NORP list from the gold one-word NORP mentions of training
annotations, with the nisba inflections of each (المصري → مصري, المصرية, المصريين, المصريون, ...).
"""

from __future__ import annotations

from pathlib import Path
from typing import Iterable, Sequence

from ..lm.word_vectors import iter_words, normalize_word

#: leading strings tried when a word is not in the list as written (the article-bearing ones become ال)
_PROCLITICS = (("و", ""), ("ف", ""), ("وال", "ال"), ("فال", "ال"), ("بال", "ال"), ("كال", "ال"), ("لل", "ال"),
               ("وبال", "ال"), ("ولل", "ال"), ("فلل", "ال"))
#: nisba endings in normalized spelling (ة is folded to ه, ى to ي)
NISBA_ENDINGS = ("يون", "يين", "يات", "يه", "ي")


def nisba_forms(word: str) -> set[str]:
    """The normalized word with and without the article, and, when it ends like a nisba adjective, every other
    nisba ending (masculine / feminine, singular / plural)."""
    word = normalize_word(word)
    base = word[2:] if word.startswith("ال") and len(word) > 4 else word
    forms = {base}
    for ending in NISBA_ENDINGS:
        if base.endswith(ending) and len(base) - len(ending) >= 2:
            stem = base[:-len(ending)]
            forms |= {stem + e for e in NISBA_ENDINGS}
            break
    return forms | {"ال" + f for f in forms}


def load_word_list(path: str | Path) -> set[str]:
    """Normalized words of a list file (one per line; ``#`` comments and blank lines skipped)."""
    words = set()
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            words.add(normalize_word(line))
    return words


def in_list(word: str, words: set[str]) -> bool:
    """Whether a normalized word, or the word after a leading proclitic string, is in ``words``."""
    if word in words:
        return True
    for clitic, replacement in _PROCLITICS:
        if word.startswith(clitic) and len(word) - len(clitic) >= 2 and replacement + word[len(clitic):] in words:
            return True
    return False


def may_be_spans(text: str, labelled: Sequence[tuple[int, int]], words_by_type: dict[str, set[str]]
                 ) -> tuple[tuple[int, int, str], ...]:
    """``(start, end, type)`` of each word of ``text`` outside every labelled span whose form is in a type's list."""
    out = []
    spans = sorted(labelled)
    for start, end, word in iter_words(text):
        if any(s < end and start < e for s, e in spans):
            continue
        for etype, words in words_by_type.items():
            if in_list(word, words):
                out.append((start, end, etype))
                break
    return tuple(out)


def write_word_list(mentions: Iterable[str], path: str | Path, header: str) -> int:
    """Write the nisba forms of one-word ``mentions`` to ``path``; returns the number of words written."""
    words: set[str] = set()
    for mention in mentions:
        if len(mention.split()) == 1:
            words |= nisba_forms(mention)
    lines = [f"# {line}" for line in header.splitlines()] + sorted(w for w in words if len(w) >= 3)
    Path(path).write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(lines) - len(header.splitlines())
