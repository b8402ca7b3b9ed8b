"""An Arabic-aware WordPiece tokenizer built with the `tokenizers` library.

The normalizer applies the same rules as :mod:`arabic_ie.data.normalize` (diacritics, tatweel,
bidi controls, alef/ya variants, Arabic-Indic digits, curly quotes, presentation forms), inside
the Rust tokenizer, so ``offset_mapping`` always points into the caller's original string.
"""

from __future__ import annotations

from typing import Iterable, Iterator

from tokenizers import Regex, Tokenizer, decoders, models, normalizers, pre_tokenizers, processors, trainers
from transformers import PreTrainedTokenizerFast

from ..data.arabic import BIDI_CONTROLS, TATWEEL, ZERO_WIDTH
from ..data.normalize import ALEF_VARIANTS, DIGITS, QUOTES, YA_VARIANTS, NormalizationOptions

SPECIAL_TOKENS = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"]
#: Options used for the embedded tokenizer: the data layer's defaults plus Latin lowercasing.
TOKENIZER_NORMALIZATION = NormalizationOptions(lowercase=True)


def _char_class(chars: Iterable[str]) -> str:
    return "[" + "".join(f"\\u{ord(c):04x}" for c in sorted(chars)) + "]"


def arabic_normalizer(opts: NormalizationOptions = TOKENIZER_NORMALIZATION) -> normalizers.Normalizer:
    """A `tokenizers` normalizer implementing :class:`NormalizationOptions`."""
    steps: list[normalizers.Normalizer] = []
    if opts.unfold_presentation_forms:
        steps.append(normalizers.NFKC())
    removed = set()
    if opts.remove_bidi_controls:
        removed |= BIDI_CONTROLS | ZERO_WIDTH
    if opts.remove_tatweel:
        removed.add(TATWEEL)
    if removed:
        steps.append(normalizers.Replace(Regex(_char_class(removed)), ""))
    if opts.remove_diacritics:
        steps.append(normalizers.Replace(Regex(r"\p{Mn}"), ""))
    mapping: dict[str, str] = {}
    if opts.normalize_alef:
        mapping |= ALEF_VARIANTS
    if opts.normalize_ya:
        mapping |= YA_VARIANTS
    if opts.normalize_ta_marbuta:
        mapping["ة"] = "ه"
    if opts.normalize_digits:
        mapping |= DIGITS
    if opts.normalize_quotes:
        mapping |= QUOTES
    for target in sorted(set(mapping.values())):
        sources = [s for s, t in mapping.items() if t == target]
        steps.append(normalizers.Replace(Regex(_char_class(sources)), target))
    if opts.lowercase:
        steps.append(normalizers.Lowercase())
    return normalizers.Sequence(steps)


def new_wordpiece_tokenizer(opts: NormalizationOptions = TOKENIZER_NORMALIZATION) -> Tokenizer:
    """An untrained WordPiece tokenizer with the Arabic normalizer and BERT pre-tokenization."""
    tok = Tokenizer(models.WordPiece(unk_token="[UNK]", max_input_chars_per_word=100))
    tok.normalizer = arabic_normalizer(opts)
    tok.pre_tokenizer = pre_tokenizers.Sequence([pre_tokenizers.BertPreTokenizer(), pre_tokenizers.Digits()])
    tok.decoder = decoders.WordPiece(prefix="##")
    return tok


def train_wordpiece(texts: Iterator[str], vocab_size: int, min_frequency: int = 2,
                    opts: NormalizationOptions = TOKENIZER_NORMALIZATION) -> PreTrainedTokenizerFast:
    """Train a WordPiece vocabulary on ``texts`` and wrap it as a transformers fast tokenizer."""
    tok = new_wordpiece_tokenizer(opts)
    trainer = trainers.WordPieceTrainer(vocab_size=vocab_size, min_frequency=min_frequency,
                                        special_tokens=SPECIAL_TOKENS, continuing_subword_prefix="##")
    tok.train_from_iterator(texts, trainer=trainer)
    return wrap_tokenizer(tok)


def wrap_tokenizer(tok: Tokenizer, model_max_length: int = 512) -> PreTrainedTokenizerFast:
    """Add BERT's ``[CLS] A [SEP]`` template and return a `PreTrainedTokenizerFast`."""
    cls_id, sep_id = tok.token_to_id("[CLS]"), tok.token_to_id("[SEP]")
    tok.post_processor = processors.TemplateProcessing(
        single="[CLS] $A [SEP]", pair="[CLS] $A [SEP] $B:1 [SEP]:1",
        special_tokens=[("[CLS]", cls_id), ("[SEP]", sep_id)],
    )
    return PreTrainedTokenizerFast(
        tokenizer_object=tok, unk_token="[UNK]", pad_token="[PAD]", cls_token="[CLS]", sep_token="[SEP]",
        mask_token="[MASK]", model_max_length=model_max_length,
        model_input_names=["input_ids", "token_type_ids", "attention_mask"],
    )
