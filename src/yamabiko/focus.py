"""A prompt's question focus: the asking part of a prompt that tells a story first.

*My daughter has coeliac disease and we'd love to come for dinner, so I wanted to ask first -
do you do gluten-free batter?* asks what *Do you do gluten-free batter?* asks, but its preamble
dilutes the whole-prompt vector (cosine 0.64 to the bare question with the default embedder).
:func:`question_focus` finds the asking part: the one sentence that asks (ends with a question
mark, or in Japanese with the question particle か; a prompt that asks two questions has no
focus: its first question is no story), and within it the clause after a lead-in
(a dash or colon in English; a clause that ends in のですが / ので / けど … and a comma in
Japanese). It is ``None`` when the prompt has no preamble worth setting aside: the focus must
leave out at least :data:`MIN_PREAMBLE_CHARS` characters and keep at least
:data:`MIN_FOCUS_CHARS`.

The focus must also ask on its own (:func:`stands_alone`): about the business or the thing,
not about the asker or someone or something the preamble introduced. *I'm pregnant - can I get
a spray tan?*, *My son is three - can he go on the climbing wall?*, *I've got some old LPs - is
that something you'd buy?*: the answer depends on the preamble, so the focus is not used. The
test is grammatical: a first-person or third-person pronoun or a demonstrative in English; in
Japanese a word SudachiPy tags as a pronoun (代名詞: 私, 彼女, それ, そこ ...), a こそあ
demonstrative before a noun (この, その ...: 連体詞) or the reflexive 自分.

The cache embeds the focus as a second vector (:mod:`yamabiko.focus_search`): only for the
threshold's cosine. The guard still compares the two WHOLE prompts, and a story that states a
condition of the asker before a question of price or permission (*I'm pregnant and ... - can I
get a spray tan?*) is refused there (:mod:`yamabiko.guard.story_condition`, which reads the
story :func:`story_split` cuts off).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping

import numpy as np

from .focus_split import MIN_FOCUS_CHARS, MIN_PREAMBLE_CHARS, story_split
from .models import Verdict

__all__ = [
    "MIN_FOCUS_CHARS",
    "MIN_PREAMBLE_CHARS",
    "checked_with_focus",
    "focus_texts",
    "pair_similarity",
    "question_focus",
    "stands_alone",
    "story_split",
]

# English words that point at the asker or back into the preamble (closed classes: the
# personal pronouns but "you", and the demonstratives)
_POINTING_EN = frozenset({
    "i", "me", "my", "mine", "myself", "we", "us", "our", "ours", "ourselves", "he", "him",
    "his", "himself", "she", "her", "hers", "herself", "they", "them", "their", "theirs",
    "themselves", "it", "its", "itself", "this", "that", "these", "those",
})  # fmt: skip
_WORDS_EN = re.compile(r"[a-z]+")
# where the story's last sentence starts (an end mark and a space, or a line break)
_SENTENCE_END = re.compile(r"[.!?]\s+|\n")


def stands_alone(focus: str, japanese: bool) -> bool:
    """Whether ``focus`` asks without pointing at the asker or into the preamble (see the
    module docstring)."""
    if not japanese:
        words = _WORDS_EN.findall(focus.lower().replace("’", "'").replace("'", " "))
        return not any(w in _POINTING_EN for w in words)
    from .guard.japanese import short_units  # (SudachiPy loads with the guard)

    units = short_units(focus, keep=False)
    if units is None:  # no SudachiPy: no way to tell, so no focus
        return False
    for m in units:
        pos = m.part_of_speech()[0]
        if pos == "代名詞" or m.dictionary_form() == "自分":
            return False
        if pos == "連体詞" and m.surface()[:1] in "こそあ":
            return False
    return True


def question_focus(prompt: str, lang: str | None = None) -> str | None:
    """The asking part of ``prompt`` when a preamble comes before it, else None (see the
    module docstring). ``lang`` ("ja" / "en" / None: guessed from the script) chooses the
    lead-in rules."""
    split = story_split(prompt, lang)
    if split is None:
        return None
    story, focus, japanese = split
    if not japanese and _options_of_lead(story, focus):
        return None
    return focus if stands_alone(focus, japanese) else None


def _options_of_lead(story: str, focus: str) -> bool:
    """Whether an English lead-in cut a question from what it asks about: the words before
    the dash or colon open the asking sentence with a question word, and the part after it
    opens with neither a question word nor an auxiliary (*Which is healthier: butter or
    cheese?*, *Who is at fault: Greece or Germany?*). That part is no question of its own.
    (*What I'd like to know - do you deliver?* keeps its focus.)"""
    from .guard.lexicon import EN_AUXILIARIES, EN_QUESTION_WORDS

    if story.endswith((".", "!", "?", ")", '"', "'")) or not story:
        return False  # (the focus is a sentence of its own)
    words = _WORDS_EN.findall(_SENTENCE_END.split(story)[-1].lower())
    opened = _WORDS_EN.findall(focus.lower()[:40])
    if not words or words[0] not in EN_QUESTION_WORDS:
        return False
    return not opened or (opened[0] not in EN_QUESTION_WORDS and opened[0] not in EN_AUXILIARIES)


def focus_texts(texts: Iterable[str], lang_of: Mapping[str, str | None] | None = None
                ) -> dict[str, str]:  # fmt: skip
    """Each text of ``texts`` that has a focus -> its focus (``lang_of``: a text's language,
    when known)."""
    langs = lang_of or {}
    found = {t: question_focus(t, langs.get(t)) for t in texts}
    return {t: f for t, f in found.items() if f is not None}


def pair_similarity(
    vector: Callable[[str], np.ndarray], cached: str, query: str, focus: Mapping[str, str]
) -> tuple[float, float | None, tuple[str, str] | None]:
    """The cosines the lookup compares with the threshold for ``query`` against the entry of
    ``cached`` with question focus on: the whole prompts' cosine; and the best of the query's
    focus against the entry's whole prompt and the query's whole prompt against the entry's
    focus (never focus against focus: one side is compared whole) when it beats the whole
    prompts', with that pair of texts (query side, cached side), which the guard checks too
    (:func:`checked_with_focus`); else None, None. The cache tries the focus candidate first
    and the whole one after it (:func:`yamabiko.focus_search.merge`): a pair is served when
    either is. ``vector``: a text's unit vector; ``focus``: texts -> their focus
    (:func:`focus_texts`)."""
    whole = float(vector(cached) @ vector(query))
    best, pair = whole, None
    for q, c in ((focus.get(query), cached), (query, focus.get(cached))):
        if q is not None and c is not None:
            sim = float(vector(q) @ vector(c))
            if sim > best:
                best, pair = sim, (q, c)
    return whole, (best if pair is not None else None), pair


def checked_with_focus(
    check: Callable[[str, str], Verdict], query: str, cached: str, pair: tuple[str, str] | None
) -> Verdict:
    """A candidate served on a focus's cosine passes the guard twice: as the two whole prompts
    (a preamble that changes the answer) and as the pair the focus matched (the question
    itself: a preamble must not hide a replaced word). ``check(query, cached)``: the guard's
    verdict at the candidate's cosine; ``pair``: the focus pair (:func:`pair_similarity`), or
    None for a candidate compared whole (one check)."""
    verdict = check(query, cached)
    if pair is None or not verdict.accept:
        return verdict
    second = check(*pair)
    return verdict if second.accept else Verdict(False, f"focus:{second.reason}")
