"""Held-out news articles drawn from the pretraining corpora, kept as standoff: draw, manifest, materialize.

The article texts belong to their publishers (SaudiNewsNet: CC BY-NC-SA 4.0; ANT: research use with citation), so
the repository holds only the annotations (brat ``.ann``), the worksheets they are compiled from and a manifest
that says where each text is: corpus, file, document position, length and the sha256 of the text.
``materialize`` rebuilds the brat pairs from a corpus copy and refuses a text whose hash differs.

    python -m arabic_ie.data.news_sample draw --corpora ../shared/data/corpora --output data/news/manifest.json
    python -m arabic_ie.data.news_sample materialize data/news/manifest.json --corpora ../shared/data/corpora \
        --ann data/news/ann --output runs/news/brat

The draw is seeded and deterministic. Rule: documents of 120-700 words (title + body, whitespace tokens); each
document gets a section by keyword counts over its title and first paragraph (``SECTION_KEYWORDS``; documents
matching no keyword are ``other`` and not drawn); the per-corpus quota is spread evenly over the six sections
(politics, economy, sports, culture, local, world); documents are taken in seeded random order, skipping one
whose title shares half or more of its words with a document already drawn (the corpora keep no dates, so this
stands for "not the same story of the same day"). Documents added for a rare relation type are drawn by
:func:`keyword_draw` and marked ``drawn: "keyword:<TYPE>"`` in the manifest.

Keyword rule (``add-keyword``): for each relation type in ``KEYWORD_RULES``, documents of the same length limits,
not yet in the manifest, whose text holds at least ``KEYWORD_MIN_MATCHES`` matches of the type's pattern (words
that announce such a relation), taken in seeded random order with the same title-overlap rule; they go to train.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import sys
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Iterator, Sequence

from .plaintext import iter_file_documents

SECTIONS = ("politics", "economy", "sports", "culture", "local", "world")
SECTION_KEYWORDS: dict[str, tuple[str, ...]] = {
    "politics": ("الرئيس", "الحكومة", "وزير", "الوزراء", "البرلمان", "مجلس الشورى", "الانتخابات", "حزب",
                 "الأحزاب", "السياسي", "الدبلوماسي", "السفير", "القمة"),
    "economy": ("الاقتصاد", "اقتصادي", "أسعار", "السوق", "الأسهم", "البورصة", "النفط", "مليار", "مليون ريال",
                "الاستثمار", "البنك", "الشركة", "التجارة", "الصادرات", "التضخم", "الميزانية"),
    "sports": ("مباراة", "المباراة", "الدوري", "المنتخب", "نادي", "النادي", "اللاعب", "المدرب", "البطولة",
               "كأس", "هدف", "الفريق", "الملعب"),
    "culture": ("ثقافة", "الثقافي", "مهرجان", "فيلم", "الفيلم", "كتاب", "رواية", "معرض", "الفنان", "المسرح",
                "الشعر", "الشاعر", "الموسيقى", "التراث"),
    "local": ("محافظة", "أمانة", "بلدية", "المرور", "الشرطة", "الدفاع المدني", "المستشفى", "مدرسة", "التعليم",
              "الأهالي", "المواطنين", "حي ", "الولاية", "المعتمدية"),
    "world": ("الأمم المتحدة", "واشنطن", "سوريا", "اليمن", "العراق", "إيران", "ليبيا", "روسيا", "أمريكا",
              "الأمريكية", "أوروبا", "الأوروبي", "إسرائيل", "فلسطين", "تركيا", "مصر", "الصين"),
}
KEYWORD_RULES: dict[str, str] = {
    "PARTY_TO": r"اتفاقي[ةه]|معاهد[ةه]|مذكر[ةه] تفاهم|ميثاق|بروتوكول|انضمام",
    "SUPPORTS": r"\b(?:[وف]?(?:أيد|أيدت|يؤيد|تؤيد|تأييد|رحب|رحبت|يرحب|ترحيب|دعم|دعمت|يدعم|تدعم))\b",
    "CRITICIZES": r"\b(?:[وف]?(?:أدان|أدانت|يدين|تدين|إدانة|ندد|نددت|يندد|انتقد|انتقدت|ينتقد|استنكر|استنكرت))\b",
    "VISIT": r"\b(?:[وف]?(?:زيارة|يزور|تزور|زار|زارت|وصل|وصلت))\b",
    "MEET": r"\b(?:[وف]?(?:استقبل|استقبلت|يستقبل|التقى|التقت|يلتقي|اجتمع|اجتمعت|لقاء|مباحثات))\b",
    # second PARTY_TO rule: the first drew agreements without a named party (3 PARTY_TO in 7 articles); this
    # one asks for a signing / joining verb within four words of an agreement word, or the (named) nuclear deal
    "PARTY_TO_SIGNED": r"\b[وف]?(?:وقع|وقعت|توقيع|يوقع|توقع|انضمام|انضم|انضمت|صادق|صادقت|مصادقة|المصادقة|أبرم|أبرمت)"
                       r"\s+(?:\S+\s+){0,3}?(?:على\s+)?(?:ال)?(?:اتفاقي[ةه]|معاهد[ةه]|ميثاق|اتفاق)\b|الاتفاق النووي",
}

KEYWORD_MIN_MATCHES = 2
CORPORA = {"saudinewsnet": "saudinewsnet", "ant": "ant"}
MIN_WORDS, MAX_WORDS = 120, 700
TITLE_OVERLAP = 0.5


class ManifestError(ValueError):
    """A manifest or corpus problem, with the file and document it concerns."""


@dataclass
class ManifestEntry:
    id: str
    corpus: str
    file: str
    index: int          # position of the document in its file (0-based, documents separated by blank lines)
    sha256: str
    chars: int
    words: int
    section: str
    drawn: str          # "random" (first draw), "random-<batch>" (a later batch) or "keyword:<RELATION TYPE>"


def document_text(lines: Sequence[str]) -> str:
    """The annotated text of a corpus document: its lines (title first) joined by newlines."""
    return "\n".join(lines)


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def guess_section(lines: Sequence[str]) -> str:
    """The section whose keywords occur most often in the title and first paragraph (``other`` if none)."""
    head = " ".join(lines[:2]) + " "
    counts = {s: sum(head.count(k) for k in words) for s, words in SECTION_KEYWORDS.items()}
    best = max(counts.values())
    return "other" if best == 0 else next(s for s in SECTIONS if counts[s] == best)


def _title_words(title: str) -> set[str]:
    return {w for w in re.findall(r"\w+", title) if len(w) > 2}


def corpus_documents(corpora_root: Path, corpus: str) -> Iterator[tuple[ManifestEntry, str]]:
    """Every document of one corpus within the length limits, as a manifest entry (drawn left empty), with its
    title."""
    folder = corpora_root / CORPORA[corpus]
    files = sorted(p for p in folder.glob("*.txt") if p.name != "SOURCE.txt")
    if not files:
        raise ManifestError(f"{folder}: no corpus files (*.txt) for {corpus}")
    for path in files:
        for index, lines in enumerate(iter_file_documents(path)):
            text = document_text(lines)
            words = len(text.split())
            if MIN_WORDS <= words <= MAX_WORDS:
                yield ManifestEntry(id=f"{path.stem}_{index:04d}", corpus=corpus, file=path.name, index=index,
                                    sha256=sha256(text), chars=len(text), words=words,
                                    section=guess_section(lines), drawn=""), lines[0]


def draw(corpora_root: Path, counts: dict[str, int], seed: int, exclude: set[str] | None = None,
         titles: list[set[str]] | None = None, label: str = "random") -> list[ManifestEntry]:
    """The seeded random draw described in the module docstring. With ``exclude`` (ids already drawn) and
    ``titles`` (their title words), it continues the same seeded order past the documents drawn before: a later
    batch (``label``, e.g. ``random-2``) is what a larger first draw would have taken next, section quotas aside."""
    chosen: list[ManifestEntry] = []
    titles = titles if titles is not None else []
    exclude = exclude or set()
    for corpus, n in counts.items():
        pool = [(e, title) for e, title in corpus_documents(corpora_root, corpus)
                if e.section in SECTIONS and e.id not in exclude]
        random.Random(f"{seed}-{corpus}").shuffle(pool)
        quota = {s: n // len(SECTIONS) + (i < n % len(SECTIONS)) for i, s in enumerate(SECTIONS)}
        for entry, title in pool:
            if quota[entry.section] == 0:
                continue
            words = _title_words(title)
            if any(len(words & other) >= TITLE_OVERLAP * max(1, min(len(words), len(other))) for other in titles):
                continue
            entry.drawn = label
            chosen.append(entry)
            titles.append(words)
            quota[entry.section] -= 1
            if not any(quota.values()):
                break
        if any(quota.values()):
            raise ManifestError(f"{corpus}: not enough documents for sections {quota}")
    return chosen


def keyword_draw(corpora_root: Path, corpus: str, pattern: str, n: int, seed: int, label: str,
                 exclude: set[str], titles: list[set[str]] | None = None,
                 min_matches: int = KEYWORD_MIN_MATCHES) -> list[ManifestEntry]:
    """``n`` documents whose text holds ``min_matches`` matches of the regular expression ``pattern``, in seeded
    random order, skipping ids in ``exclude`` and titles sharing half their words with one in ``titles`` (which
    is extended with the titles drawn)."""
    regex = re.compile(pattern)
    titles = titles if titles is not None else []
    pool = [(e, t) for e, t in corpus_documents(corpora_root, corpus) if e.id not in exclude]
    random.Random(f"{seed}-{corpus}-{label}").shuffle(pool)
    out = []
    for entry, title in pool:
        if len(out) == n:
            break
        words = _title_words(title)
        if any(len(words & other) >= TITLE_OVERLAP * max(1, min(len(words), len(other))) for other in titles):
            continue
        if len(regex.findall(load_text(corpora_root, entry))) >= min_matches:
            entry.drawn = f"keyword:{label}"
            out.append(entry)
            titles.append(words)
            exclude.add(entry.id)
    if len(out) < n:
        raise ManifestError(f"{corpus}: only {len(out)} documents match the {label} keywords, {n} asked")
    return out


def add_keyword_documents(manifest: Path, corpora_root: Path, counts: dict[str, int], seed: int,
                          labels: Sequence[str]) -> list[ManifestEntry]:
    """Append keyword-drawn documents (``KEYWORD_RULES``) for ``labels`` to ``manifest``; returns the new ones."""
    entries = read_manifest(manifest)
    data = json.loads(Path(manifest).read_text(encoding="utf-8"))
    exclude = {e.id for e in entries}
    titles = [_title_words(load_text(corpora_root, e).split("\n", 1)[0]) for e in entries]
    added: list[ManifestEntry] = []
    for label in labels:
        if label not in KEYWORD_RULES:
            raise ManifestError(f"no keyword rule for {label!r} (known: {', '.join(KEYWORD_RULES)})")
        for corpus, n in counts.items():
            if n:
                added += keyword_draw(corpora_root, corpus, KEYWORD_RULES[label], n, seed, label, exclude, titles)
    command = (f"python -m arabic_ie.data.news_sample add-keyword {manifest} --seed {seed} "
               f"--saudinewsnet {counts.get('saudinewsnet', 0)} --ant {counts.get('ant', 0)} --types "
               + " ".join(labels))
    data["documents"] = [asdict(e) for e in entries + added]
    commands = data.get("keyword_commands") or ([data.pop("keyword_command")] if "keyword_command" in data else [])
    data.pop("keyword_command", None)
    data["keyword_commands"] = commands + [command]
    data["keyword_rule"] = __doc__.split("Keyword rule", 1)[1].split("\n\n")[0].strip().replace("\n", " ")
    data["keyword_patterns"] = {**data.get("keyword_patterns", {}), **{label: KEYWORD_RULES[label] for label in labels}}
    Path(manifest).write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return added


def add_random_documents(manifest: Path, corpora_root: Path, counts: dict[str, int], seed: int,
                         batch: int) -> list[ManifestEntry]:
    """Append a further random batch (``drawn: "random-<batch>"``) to ``manifest``: the continuation of the
    manifest's seeded draw (:func:`draw` with the documents already in it excluded); returns the new entries."""
    entries = read_manifest(manifest)
    data = json.loads(Path(manifest).read_text(encoding="utf-8"))
    label = f"random-{batch}"
    if any(e.drawn == label for e in entries):
        raise ManifestError(f"{manifest}: batch {label} is already drawn")
    titles = [_title_words(load_text(corpora_root, e).split("\n", 1)[0]) for e in entries]
    added = draw(corpora_root, counts, seed, exclude={e.id for e in entries}, titles=titles, label=label)
    command = (f"python -m arabic_ie.data.news_sample add-random {manifest} --seed {seed} --batch {batch} "
               f"--saudinewsnet {counts.get('saudinewsnet', 0)} --ant {counts.get('ant', 0)}")
    data["documents"] = [asdict(e) for e in entries + added]
    data["random_commands"] = data.get("random_commands", []) + [command]
    Path(manifest).write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return added


SAME_STORY = 0.5  # share of a text's word 4-grams found in another text that makes the two one story


def _word_grams(text: str, n: int = 4) -> set[tuple[str, ...]]:
    words = text.split()
    return {tuple(words[i:i + n]) for i in range(len(words) - n + 1)}


def same_story(texts: dict[str, str], ids: Sequence[str], others: Sequence[str]) -> dict[str, str]:
    """For each of ``ids``, the first of ``others`` (a document id) that tells the same story: at least
    ``SAME_STORY`` of its word 4-grams occur in that text (the title rule of the draw misses rewritten titles)."""
    grams = {i: _word_grams(texts[i]) for i in set(ids) | set(others)}
    out = {}
    for i in ids:
        for j in others:
            if j != i and grams[i] and len(grams[i] & grams[j]) >= SAME_STORY * len(grams[i]):
                out[i] = j
                break
    return out


def extend_splits(splits: dict, manifest_entries: Sequence[ManifestEntry], seed: int, dev: int,
                  texts: dict[str, str] | None = None) -> dict[str, list[str]]:
    """The parts of ``splits`` (``{"train": [...], "dev": [...], "test": [...]}``) with every manifest document
    they lack added: a new document that tells the story of one already placed (:func:`same_story`, when ``texts``
    are given) joins that one's part; of the other random-drawn ones, in seeded order, ``dev`` go to dev and the
    rest to train; keyword-drawn ones to train. Documents already in a part stay where they are (the test part
    never changes)."""
    part_of = {i: part for part, ids in splits.items() for i in ids}
    new = sorted(e.id for e in manifest_entries if e.id not in part_of)
    drawn = {e.id: e.drawn for e in manifest_entries}
    twins = same_story(texts, new, sorted(part_of)) if texts else {}
    out = {part: list(ids) for part, ids in splits.items()}
    for i, twin in twins.items():
        out[part_of[twin]].append(i)
    randoms = [i for i in new if drawn[i].startswith("random") and i not in twins]
    random.Random(seed).shuffle(randoms)
    if dev > len(randoms):
        raise ManifestError(f"{dev} dev articles asked, only {len(randoms)} new random-drawn articles")
    out["dev"] = sorted(out.get("dev", []) + randoms[:dev])
    out["train"] = sorted(out.get("train", []) + randoms[dev:]
                          + [i for i in new if not drawn[i].startswith("random") and i not in twins])
    for part in out:
        out[part] = sorted(out[part])
    return out


_FILE_CACHE: dict[Path, dict[int, list[str]]] = {}


def load_text(corpora_root: Path, entry: ManifestEntry) -> str:
    """The text of a manifest entry from a corpus copy (no hash check)."""
    path = corpora_root / CORPORA.get(entry.corpus, entry.corpus) / entry.file
    if path not in _FILE_CACHE:
        if not path.is_file():
            raise ManifestError(f"{entry.id}: corpus file {path} not found (is --corpora the folder that holds "
                                f"saudinewsnet/ and ant/?)")
        _FILE_CACHE[path] = dict(enumerate(iter_file_documents(path)))
    documents = _FILE_CACHE[path]
    if entry.index not in documents:
        raise ManifestError(f"{entry.id}: {path} has no document #{entry.index}")
    return document_text(documents[entry.index])


def read_manifest(path: Path) -> list[ManifestEntry]:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        return [ManifestEntry(**d) for d in data["documents"]]
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise ManifestError(f"{path}: not a readable manifest ({exc})") from None


def write_manifest(path: Path, entries: Sequence[ManifestEntry], seed: int, command: str) -> None:
    data = {"seed": seed, "command": command, "corpora": DEFAULT_CORPORA, "annotations": "ann",
            "rule": __doc__.split("The draw is seeded", 1)[1].split("\n\n")[0].strip().replace("\n", " "),
            "licenses": {"saudinewsnet": "CC BY-NC-SA 4.0 (research / non-commercial; articles owned by their papers)",
                         "ant": "research use with citation (Chouigui et al. 2017)"},
            "documents": [asdict(e) for e in entries]}
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    Path(path).write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def materialize(manifest: Path, corpora_root: Path, ann_dir: Path | None, output: Path) -> list[str]:
    """Write ``ID.txt`` (and ``ID.ann`` from ``ann_dir`` when it has one) for every manifest entry."""
    entries = read_manifest(manifest)
    output.mkdir(parents=True, exist_ok=True)
    written = []
    for entry in entries:
        text = load_text(corpora_root, entry)
        if sha256(text) != entry.sha256 or len(text) != entry.chars:
            raise ManifestError(f"{manifest}: {entry.id}: the text at {entry.corpus}/{entry.file} document "
                                f"#{entry.index} differs from the annotated one (sha256 {sha256(text)[:12]}..., "
                                f"{len(text)} chars; expected {entry.sha256[:12]}..., {entry.chars} chars): "
                                "another version of the corpus?")
        (output / f"{entry.id}.txt").write_text(text, encoding="utf-8")
        if ann_dir is not None and (ann_dir / f"{entry.id}.ann").exists():
            (output / f"{entry.id}.ann").write_text((ann_dir / f"{entry.id}.ann").read_text(encoding="utf-8"),
                                                    encoding="utf-8")
        elif ann_dir is not None:
            (output / f"{entry.id}.ann").write_text("", encoding="utf-8")
        written.append(entry.id)
    return written


DEFAULT_CORPORA = "../../../shared/data/corpora"  # relative to data/news/manifest.json: the repository's ../shared


def read_standoff(manifest: str | Path, corpora: str | Path | None = None, ann_dir: str | Path | None = None,
                  sink=None) -> list:
    """The annotated documents of a standoff manifest, texts read from a corpus copy (hash-checked) and annotations
    from ``ann_dir`` (default: ``ann/`` beside the manifest). ``corpora`` defaults to the manifest's ``corpora``
    entry, relative to the manifest's folder (``../shared/data/corpora`` of the repository)."""
    from .brat import parse_ann

    manifest = Path(manifest)
    entries = read_manifest(manifest)
    data = json.loads(manifest.read_text(encoding="utf-8"))
    root = Path(corpora) if corpora else manifest.parent / data.get("corpora", DEFAULT_CORPORA)
    if not root.is_dir():
        raise ManifestError(f"{manifest}: corpus folder {root} not found: the texts are not in the repository; "
                            "point corpora at a copy of SaudiNewsNet and ANT (shared/data/corpora)")
    ann_root = Path(ann_dir) if ann_dir else manifest.parent / data.get("annotations", "ann")
    documents = []
    for entry in entries:
        text = load_text(root, entry)
        if sha256(text) != entry.sha256:
            raise ManifestError(f"{manifest}: {entry.id}: the text at {root / entry.corpus / entry.file} document "
                                f"#{entry.index} differs from the annotated one (sha256 mismatch)")
        ann_path = ann_root / f"{entry.id}.ann"
        if not ann_path.exists():
            raise ManifestError(f"{manifest}: {entry.id}: no annotations at {ann_path}")
        documents.append(parse_ann(ann_path.read_text(encoding="utf-8"), text, entry.id, str(ann_path), sink))
    return documents


SPLIT_SIZES = {"train": 24, "dev": 6, "test": 10}


def choose_splits(documents: Sequence, seed: int, sizes: dict[str, int] | None = None,
                  max_tries: int = 10_000) -> tuple[dict[str, list[str]], int]:
    """Train / dev / test document ids of the randomly drawn articles: the first seeded shuffle (seeds ``seed``,
    ``seed + 1``, ...) whose test part holds every relation type that occurs among them. Returns the split and the
    shuffle seed that made it. Keyword-drawn documents (if any) go to train."""
    sizes = dict(sizes or SPLIT_SIZES)
    ids = sorted(d.id for d in documents)
    types_of = {d.id: {r.type for r in d.relations} for d in documents}
    wanted = set().union(*types_of.values()) if types_of else set()
    if sum(sizes.values()) != len(ids):
        raise ManifestError(f"split sizes {sizes} do not add up to {len(ids)} documents")
    for k in range(max_tries):
        order = ids[:]
        random.Random(seed + k).shuffle(order)
        test = order[:sizes["test"]]
        if set().union(*(types_of[i] for i in test)) >= wanted:
            dev = order[sizes["test"]:sizes["test"] + sizes["dev"]]
            train = order[sizes["test"] + sizes["dev"]:]
            return {"train": sorted(train), "dev": sorted(dev), "test": sorted(test)}, seed + k
    raise ManifestError(f"no split in {max_tries} shuffles puts every relation type into test")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m arabic_ie.data.news_sample", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    d = sub.add_parser("draw", help="draw the articles and write the manifest")
    d.add_argument("--corpora", type=Path, default=Path("../shared/data/corpora"))
    d.add_argument("--output", type=Path, default=Path("data/news/manifest.json"))
    d.add_argument("--seed", type=int, default=19)
    d.add_argument("--saudinewsnet", type=int, default=30)
    d.add_argument("--ant", type=int, default=10)
    sp = sub.add_parser("split", help="choose train / dev / test by article (test covers every relation type)")
    sp.add_argument("manifest", type=Path)
    sp.add_argument("--corpora", type=Path, default=None)
    sp.add_argument("--seed", type=int, default=19)
    sp.add_argument("--output", type=Path, default=Path("data/news/splits.json"))
    k = sub.add_parser("add-keyword", help="append documents drawn by keyword for rare relation types")
    k.add_argument("manifest", type=Path)
    k.add_argument("--corpora", type=Path, default=Path("../shared/data/corpora"))
    k.add_argument("--seed", type=int, default=19)
    k.add_argument("--saudinewsnet", type=int, default=5, help="documents per type from SaudiNewsNet")
    k.add_argument("--ant", type=int, default=2, help="documents per type from ANT")
    k.add_argument("--types", nargs="+", default=["PARTY_TO", "SUPPORTS", "CRITICIZES", "VISIT", "MEET"],
                   metavar="RULE", help="keyword rules to apply (names in KEYWORD_RULES; default: the first five)")
    r = sub.add_parser("add-random", help="append a further random batch: the continuation of the seeded draw")
    r.add_argument("manifest", type=Path)
    r.add_argument("--corpora", type=Path, default=Path("../shared/data/corpora"))
    r.add_argument("--seed", type=int, default=19, help="the seed of the manifest's first draw")
    r.add_argument("--batch", type=int, required=True, help="batch number: the documents are drawn random-<batch>")
    r.add_argument("--saudinewsnet", type=int, default=24)
    r.add_argument("--ant", type=int, default=8)
    x = sub.add_parser("extend-splits", help="place the manifest's documents that no part holds yet (dev / train)")
    x.add_argument("manifest", type=Path)
    x.add_argument("--splits", type=Path, default=Path("data/news/splits.json"))
    x.add_argument("--corpora", type=Path, default=Path("../shared/data/corpora"))
    x.add_argument("--seed", type=int, default=19)
    x.add_argument("--dev", type=int, required=True, help="how many of the new random-drawn articles go to dev")
    m = sub.add_parser("materialize", help="rebuild the brat .txt/.ann pairs from a corpus copy")
    m.add_argument("manifest", type=Path)
    m.add_argument("--corpora", type=Path, default=Path("../shared/data/corpora"))
    m.add_argument("--ann", type=Path, default=None, help="folder of the committed ID.ann files")
    m.add_argument("--output", type=Path, required=True)
    args = parser.parse_args(argv)
    try:
        if args.command == "draw":
            entries = draw(args.corpora, {"saudinewsnet": args.saudinewsnet, "ant": args.ant}, args.seed)
            command = (f"python -m arabic_ie.data.news_sample draw --seed {args.seed} --saudinewsnet "
                       f"{args.saudinewsnet} --ant {args.ant}")
            write_manifest(args.output, entries, args.seed, command)
            print(f"{args.output}: {len(entries)} documents")
        elif args.command == "add-keyword":
            added = add_keyword_documents(args.manifest, args.corpora,
                                          {"saudinewsnet": args.saudinewsnet, "ant": args.ant}, args.seed, args.types)
            print(f"{args.manifest}: {len(added)} keyword-drawn documents added: "
                  + ", ".join(f"{e.id} ({e.drawn})" for e in added))
        elif args.command == "add-random":
            added = add_random_documents(args.manifest, args.corpora,
                                         {"saudinewsnet": args.saudinewsnet, "ant": args.ant}, args.seed, args.batch)
            print(f"{args.manifest}: {len(added)} random-drawn documents added (random-{args.batch}): "
                  + ", ".join(f"{e.id} ({e.section})" for e in added))
        elif args.command == "extend-splits":
            data = json.loads(args.splits.read_text(encoding="utf-8"))
            before = data["default"]
            entries = read_manifest(args.manifest)
            texts = {e.id: load_text(args.corpora, e) for e in entries}
            after = extend_splits(before, entries, args.seed, args.dev, texts)
            added = {k: len(after[k]) - len(before.get(k, [])) for k in after}
            command = (f"python -m arabic_ie.data.news_sample extend-splits {args.manifest} --seed {args.seed} "
                       f"--dev {args.dev}")
            revision = data.get("revision", 1)
            earlier = {"name": f"revision-{revision}", "rule": data.get("rule"), "command": data.get("command"),
                       **{k: sorted(v) for k, v in before.items()}}
            data = {"version": data.get("version", 1), "revision": revision + 1,
                    "rule": f"extend_splits(seed={args.seed}, dev={args.dev}) in arabic_ie.data.news_sample: the "
                            f"previous revision's parts unchanged; of the articles they lacked, one that tells the "
                            f"story of a placed article (half its word 4-grams in that text) joins its part; of the "
                            f"other random-drawn ones, in seeded order, {args.dev} to dev and the rest to train; "
                            "keyword-drawn ones to train; earlier revisions are kept as named splits (folds)",
                    "command": command, "default": after, "folds": data.get("folds", []) + [earlier]}
            args.splits.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
            print(f"{args.splits}: revision {data['revision']}, added " + ", ".join(f"{k} {v}" for k, v in added.items()))
        elif args.command == "split":
            docs = read_standoff(args.manifest, corpora=args.corpora)
            random_docs = {e.id for e in read_manifest(args.manifest) if e.drawn == "random"}
            split, used = choose_splits([d for d in docs if d.id in random_docs], args.seed)
            split["train"] = sorted(split["train"] + [d.id for d in docs if d.id not in random_docs])
            data = {"version": 1, "rule": f"choose_splits(seed={args.seed}) in arabic_ie.data.news_sample: the first "
                    f"seeded shuffle (seed {used}) whose 10 test articles hold every relation type of the drawn "
                    "articles; keyword-drawn articles go to train",
                    "command": f"python -m arabic_ie.data.news_sample split {args.manifest} --seed {args.seed}",
                    "default": split}
            args.output.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
            print(f"{args.output}: " + ", ".join(f"{k} {len(v)}" for k, v in split.items()) + f" (shuffle seed {used})")
        else:
            ids = materialize(args.manifest, args.corpora, args.ann, args.output)
            print(f"{args.output}: {len(ids)} documents")
    except ManifestError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
