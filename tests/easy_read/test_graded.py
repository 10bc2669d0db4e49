"""The graded set's two thresholds: plain ranks easier, and hard text gets flagged."""

import pytest

from easy_read.analysis import analyse

from .graded_pairs import PAIRS

MIN_PAIRS = {"lv": 40, "en": 20, "ru": 10}


@pytest.mark.parametrize("lang", sorted(PAIRS))
def test_graded_set_is_big_enough(lang):
    assert len(PAIRS[lang]) >= MIN_PAIRS[lang]


def _all_pairs():
    return [(lang, hard, plain) for lang, pairs in PAIRS.items() for hard, plain in pairs]


def test_plain_ranks_easier_in_95_percent_of_pairs():
    pairs = _all_pairs()
    wins = [analyse(plain, lang=lang).lix < analyse(hard, lang=lang).lix for lang, hard, plain in pairs]
    assert sum(wins) / len(wins) >= 0.95, [p[1][:60] for p, w in zip(pairs, wins, strict=True) if not w]


@pytest.mark.parametrize("lang", sorted(PAIRS))
def test_plain_ranks_easier_per_language(lang):
    # Each language on its own must also meet the bar, so one cannot hide another.
    pairs = PAIRS[lang]
    wins = sum(analyse(p, lang=lang).lix < analyse(h, lang=lang).lix for h, p in pairs)
    assert wins / len(pairs) >= 0.95


def test_hard_text_is_flagged_in_90_percent_of_pairs():
    pairs = _all_pairs()
    flagged = [bool(analyse(hard, lang=lang).issues) for lang, hard, _ in pairs]
    assert sum(flagged) / len(flagged) >= 0.90


@pytest.mark.parametrize("lang", sorted(PAIRS))
def test_hard_text_is_flagged_per_language(lang):
    pairs = PAIRS[lang]
    flagged = sum(bool(analyse(h, lang=lang).issues) for h, _ in pairs)
    assert flagged / len(pairs) >= 0.90


@pytest.mark.parametrize("lang", sorted(PAIRS))
def test_graded_texts_detect_their_language(lang):
    texts = [t for pair in PAIRS[lang] for t in pair]
    right = sum(analyse(t).lang == lang for t in texts)
    assert right / len(texts) >= 0.95


def test_plain_level_is_never_harder_than_hard_level():
    for lang, hard, plain in _all_pairs():
        assert analyse(plain, lang=lang).level_rank <= analyse(hard, lang=lang).level_rank
