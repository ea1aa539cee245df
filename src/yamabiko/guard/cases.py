"""One Japanese noun that changes its case particle, and with it its role (the guard's
``roles`` step, :func:`.opposites.contrasts`): 母に電話する (someone calls mother) /
母が電話する (mother calls); 銀行に支払う手数料 (a fee paid to the bank) / 銀行が支払う
手数料 (a fee the bank pays). Nothing else of the prompt differs, so the rules that compare
words see the same words, and the embedding puts the two at a cosine of 0.95-0.99.

:func:`case_changed` reads SudachiPy's long units of both prompts: the same morphemes but one
case particle (格助詞) after the same noun, the subject's が on one side and the goal's に /
へ or the partner's と on the other. Alternations that keep the role are left alone: が / を
(英語が話せる = 英語を話せる, 水が飲みたい), が / の (コーヒーの好きな人), に / へ / から (母
に借りる = 母から借りる), は (a topic may stand for any case), and a dative subject: a noun
with に before a predicate of ability, need or existence (私にできること = 私ができること, but
大家に依頼できる is the potential of 依頼する; :data:`DATIVE_SUBJECT`, SudachiPy's
normalised forms). Reason: ``roles:母:に->が`` (the cached prompt's particle first).
"""

from __future__ import annotations

from .japanese import _long_units

#: the subject's case particle and those of a goal or a partner (the other side's role)
_SUBJECT = frozenset({"が"})
_OTHER = frozenset({"に", "へ", "と"})
#: predicates whose subject may be said with に (私にできる, 子供に必要な, 私に分かる): there
#: に and が name one role (SudachiPy's normalised forms)
DATIVE_SUBJECT = frozenset(
    {"出来る", "分かる", "有る", "居る", "要る", "必要", "可能", "無理", "見える", "聞こえる"}
)
#: parts of speech of the noun whose particle changed
_NOUNS = frozenset({"名詞", "代名詞"})
#: parts of speech that head a predicate (the first one after the particle is its verb)
_PREDICATES = frozenset({"動詞", "形容詞", "形状詞"})


def case_changed(query: str, cached: str) -> str:
    """``"N:X->Y"`` when the two prompts are the same morphemes but the case particle after
    the noun ``N`` (``X`` in ``cached``, ``Y`` in ``query``) moves it between the subject and a
    goal or partner (see the module docstring); empty: none."""
    if len(query) != len(cached) or query == cached:
        return ""  # (one particle for another: the same length, a cheap test first)
    differing = [k for k, (p, q) in enumerate(zip(query, cached, strict=True)) if p != q]
    if len(differing) != 1:
        return ""
    x, y = _long_units(query), _long_units(cached)
    if x is None or y is None or len(x[1]) != len(y[1]):
        return ""
    mine, theirs = x[1], y[1]
    changed = [k for k in range(len(mine)) if mine[k].surface() != theirs[k].surface()]
    if len(changed) != 1 or changed[0] == 0:
        return ""
    at = changed[0]
    new, old = mine[at], theirs[at]
    if new.part_of_speech()[1] != "格助詞" or old.part_of_speech()[1] != "格助詞":
        return ""
    pair = {new.surface(), old.surface()}
    if not (pair & _SUBJECT and pair & _OTHER):
        return ""
    noun = mine[at - 1]
    if noun.part_of_speech()[0] not in _NOUNS:
        return ""
    for k in range(at + 1, len(mine)):  # up to the predicate the noun belongs to
        m = mine[k]
        if m.normalized_form() == "出来る" and mine[k - 1].part_of_speech()[0] == "名詞":
            break  # a noun's verb made potential (大家に依頼できる): に is its goal
        if m.normalized_form() in DATIVE_SUBJECT:
            return ""  # 私にできること = 私ができること
        if m.part_of_speech()[0] in _PREDICATES:
            break
    return f"{noun.surface()}:{old.surface()}->{new.surface()}"
