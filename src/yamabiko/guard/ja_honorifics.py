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

:func:`acts_apart` (session 28) reads the same two classes for the act itself: two prompts
that both say the respectful (or both the humble) form, of two acts. 先生は明日いらっしゃい
ますか (come) / 先生は明日お帰りになりますか (go home): the check rejects the substitution, but
the boosted trees serve it (0.77 at cosine 0.84), the two respectful frames reading alike to
them as they rightly do for いらっしゃいますか / お越しになりますか. Each honorific verb is read
as the plain verbs it says (:data:`.ja_plain.PLAIN`: いらっしゃる -> 来る / 行く / いる; the
respectful frames whose verb is an idiom of the table of 尊敬語, :data:`FRAMED`: お越しになる,
お見えになる, おいでになる, お休みになる); when no plain verb of one side is one of the other's
and no SudachiPy synonym group joins them, the minimal-pair stage keeps the check's rejection
from the models (``honour-act:いらっしゃる->帰り``).
"""

from __future__ import annotations

from functools import lru_cache

from .ja_plain import PLAIN
from .ja_receiving import RECEIVING_AUX
from .ja_synonyms import groups
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
#: the respectful frame お〜になる said of a verb that is an idiom of another act (the table
#: of suppletive 尊敬語: お越しになる, お見えになる, おいでになる say 来る / 行く / いる, お休みに
#: なる says 寝る), by the frame's verb as SudachiPy normalises it
FRAMED = {
    "越す": frozenset({"来る", "行く"}), "見える": frozenset({"来る"}),
    "御出で": frozenset({"来る", "行く", "居る"}), "休み": frozenset({"寝る"}),
}  # fmt: skip
#: a frame's verb whose spelling tells the idiom (お + いで: SudachiPy reads 出る)
_IDIOM_OF = {"いで": "御出で"}
#: the kana or kanji a prompt must say for any of these (a substring test first)
_HINTS = ("伺", "うかが", "参", "まい", "申", "存じ", "拝", "差し上げ", "いらっしゃ", "おっしゃ",
          "仰", "召し上が", "なさ", "覧", "お", "ご", "御")  # fmt: skip
#: what a prompt must say for :func:`acts_apart` to read it (a suppletive verb's kana or kanji,
#: なる of the respectful frame): its first test, narrower than :data:`_HINTS`, whose お / ご
#: open many plain words (the humble frame お〜する, said with する, is not read there)
_ACT_HINTS = ("伺", "うかが", "参", "まい", "申", "存じ", "拝", "差し上げ", "いらっしゃ",
              "おっしゃ", "仰", "召し上が", "なさ", "覧", "にな")  # fmt: skip
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
            elif after in RECEIVING_AUX:
                received.add(verb.normalized_form())
            elif (
                after == "に"
                and i + 3 < len(morphemes)
                and morphemes[i + 3].normalized_form() in _BECOME
            ):  # (おいでになる: 出る in kana is the idiom of coming, お出になる leaving)
                respectful.add(_IDIOM_OF.get(verb.surface(), verb.normalized_form()))
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


def acts_apart(query: str, cached: str) -> str:
    """``"いらっしゃる->帰り"`` (the cached prompt's verb first) when both prompts say their verb
    only in the respectful form, or both only in the humble one (a suppletive humble verb: the
    frame お〜する is not read, :data:`_ACT_HINTS`), and the honorific verbs of the two say no
    plain verb in common (:func:`_acts`) and share no SudachiPy synonym group: two acts, each
    said with respect (see the module docstring); empty otherwise."""
    said = (any(map(text.__contains__, _ACT_HINTS)) for text in (query, cached))
    if not all(said):
        return ""  # (most pairs: no step beyond the substring tests)
    mine, theirs = honorifics(query), honorifics(cached)
    if mine == theirs or mine[2] or theirs[2]:
        return ""
    for form in (0, 1):  # humble, respectful
        old, new = theirs[form], mine[form]
        if not old or not new or theirs[1 - form] or mine[1 - form] or old & new:
            continue
        if _acts(old) & _acts(new) or any(groups(x) & groups(y) for x in old for y in new):
            return ""
        return f"{min(old)}->{min(new)}"
    return ""


def _acts(verbs: frozenset[str]) -> frozenset[str]:
    """The plain verbs that honorific ``verbs`` say: a suppletive verb's (いらっしゃる -> 来る,
    行く, 居る), a framed idiom's (越す -> 来る, 行く), else the verb itself (帰り)."""
    found: set[str] = set()
    for verb in verbs:
        found |= PLAIN.get(verb) or FRAMED.get(verb) or {verb}
    return frozenset(found)
