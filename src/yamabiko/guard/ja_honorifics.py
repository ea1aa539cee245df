"""Who acts, told by the honorific alone: a Japanese humble form (謙譲語) says that the speaker
does it, a respectful one (尊敬語) that the other person does (the guard's ``roles`` step,
through :func:`.modality.frame_changed`). 何時に伺えばよろしいですか (when shall I come) /
何時にいらっしゃいますか (when will you come), ご自宅に伺ってもいいですか / ご自宅にいらっしゃい
ますか, お伝えしましょうか (shall I tell them) / お伝えいただけますか (will you tell them): the
word checks read the same place and time (the honorific verbs are no content words, or one
verb, 伝える), and the embedder puts the pairs at 0.85-0.90.

:func:`honour_changed` reads SudachiPy's short units of both prompts for the two closed
classes of the grammar: the suppletive verbs of each (伺う, 参る, 申す, 拝見する / いらっしゃる,
おっしゃる, 召し上がる, なさる, ご覧になる) and the productive frames お / ご + a verb's 連用形
or a verbal noun + する / いたす (humble: お送りする, ご説明いたす) and + になる (respectful: お越
しになる, ご利用になれる). A pair differs when one prompt says only humble forms and the other
only respectful ones, or when one verb is said in the humble frame on one side and with an
auxiliary of receiving on the other (お伝えする / お伝えいただく: the other person tells).
Not counted: ご〜できる (ご利用できますか: said of the customer, the respectful sense),
させていただく (the speaker's leave, which a FAQ also asks as ご利用になれますか), a plain verb
or a られる (来られますか: respect, passive or potential). Reason ``honour:伺う->いらっしゃる``
(the cached prompt's form first), ``honour:伝える`` for one verb humble and received.
:mod:`.ja_plain` gives the minimal-pair check the plain verb each suppletive one says
(いらっしゃる / 来る: one word, :func:`.units.related`).
"""

from __future__ import annotations

from functools import lru_cache

from .japanese import short_units

#: suppletive humble verbs (the speaker acts), SudachiPy's normalised forms
HUMBLE = frozenset(
    {"伺う", "参る", "申す", "申し上げる", "存じる", "存じ上げる", "拝見", "拝借", "拝聴",
     "拝読", "差し上げる"}
)  # fmt: skip
#: suppletive respectful verbs (the other person acts)
RESPECTFUL = frozenset({"いらっしゃる", "仰る", "召し上がる", "為さる", "御覧"})
#: what follows お / ご + a verb in the humble frame, the respectful one, and receiving
_HUMBLE_AUX = frozenset({"為る", "致す", "申し上げる"})
_BECOME = frozenset({"成る", "なれる"})
_RECEIVING = frozenset({"頂く", "下さる", "貰う", "呉れる"})
#: the kana or kanji a prompt must say for any of these (a substring test first)
_HINTS = ("伺", "うかが", "参", "まい", "申", "存じ", "拝", "差し上げ", "いらっしゃ", "おっしゃ",
          "仰", "召し上が", "なさ", "覧", "お", "ご", "御")  # fmt: skip
#: what a text without any honorific gives: one shared value, not three new empty sets and a
#: tuple kept per text (session 22: objects the garbage collector tracks, ~7 a Japanese check)
_EMPTY: frozenset[str] = frozenset()
_NONE = (_EMPTY, _EMPTY, _EMPTY)


@lru_cache(maxsize=2048)
def honorifics(text: str) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The humble forms, the respectful forms and the verbs said after お / ご with an
    auxiliary of receiving (お伝えいただく -> 伝える) in ``text``; a frame's verb is named by
    its normalised form (お伝えする -> 伝える, ご覧になる -> 御覧)."""
    if not any(map(text.__contains__, _HINTS)):  # (no Python step per hint)
        return _NONE
    morphemes = short_units(text) or ()
    humble, respectful, received = set(), set(), set()
    for i, m in enumerate(morphemes):
        norm = m.normalized_form()
        if norm in HUMBLE:
            humble.add(norm)
        elif norm in RESPECTFUL:
            respectful.add(norm)
        elif norm == "御" and i + 2 < len(morphemes):
            verb, nxt = morphemes[i + 1], morphemes[i + 2]
            if verb.part_of_speech()[0] not in ("動詞", "名詞"):
                continue
            after = nxt.normalized_form()
            if after in _HUMBLE_AUX:
                humble.add(verb.normalized_form())
            elif after in _RECEIVING:
                received.add(verb.normalized_form())
            elif (
                after == "に"
                and i + 3 < len(morphemes)
                and morphemes[i + 3].normalized_form() in _BECOME
            ):
                respectful.add(verb.normalized_form())
    if not (humble or respectful or received):
        return _NONE
    return frozenset(humble), frozenset(respectful), frozenset(received)


def honour_changed(query: str, cached: str) -> str:
    """``"X->Y"`` when one prompt says only humble forms and the other only respectful ones
    (``X`` the cached prompt's form), or the verb ``X`` when it is said humbly on one side
    and received on the other (see the module docstring); empty otherwise."""
    mine, theirs = honorifics(query), honorifics(cached)
    if mine == theirs:
        return ""
    (old_h, old_r, old_g), (new_h, new_r, new_g) = theirs, mine
    if old_h and not old_r and new_r and not new_h:
        return f"{min(old_h)}->{min(new_r)}"
    if old_r and not old_h and new_h and not new_r:
        return f"{min(old_r)}->{min(new_h)}"
    both = (old_h & new_g) | (new_h & old_g)  # お伝えする / お伝えいただく
    return min(both) if both else ""
