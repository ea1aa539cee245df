"""Facts about a person: a date of birth given with a name (or "my"), and medical details
(:mod:`.medical`). A generic question ("how old is someone born on 1 May 1990?") names nobody
and passes."""

from __future__ import annotations

import re

from .base import AnyOf, PatternDetector, keyword_hint, near
from .medical import medical_detector

# -- dates of birth ------------------------------------------------------------------------------

_MONTH = (
    r"(?i:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
)
_KANJI_NUM = r"[元一二三四五六七八九十]{1,3}"
_DATE = (
    r"(?<![0-9])(?=[0-9A-Za-z大昭平令])(?:"
    r"[0-9]{1,2}[/.\-][0-9]{1,2}[/.\-](?P<year>(?:19|20)[0-9]{2})"
    r"|(?P<year2>(?:19|20)[0-9]{2})[/.\-][0-9]{1,2}[/.\-][0-9]{1,2}"
    rf"|{_MONTH}[ \-/.]?[0-9]{{1,2}}(?:st|nd|rd|th)?,?[ \-/.](?P<year3>(?:19|20)[0-9]{{2}})"
    rf"|[0-9]{{1,2}}(?:st|nd|rd|th)?[ \-/.]?(?:of )?{_MONTH},?[ \-/.]?"
    r"(?P<year4>(?:19|20)[0-9]{2})"
    r"|(?P<year5>(?:19|20)[0-9]{2}) ?年 ?(?:[（(][^）)]{1,8}[）)] ?)?[0-9]{1,2} ?月 ?[0-9]{1,2} ?日"
    r"|[0-9]{1,2}(?P<sep>[/.\-])[0-9]{1,2}(?P=sep)[0-9]{2}(?![0-9]|[/.\-][0-9])"  # 3/14/85
    r"|[SHRTshrt] ?[0-9]{1,2}[./\-][0-9]{1,2}[./\-][0-9]{1,2}"  # S60.3.14 (Showa 60)
    r"|(?:[SHRTshrt] ?)?[0-9]{1,2} ?年 ?[0-9]{1,2} ?月 ?[0-9]{1,2} ?日"  # 90年5月12日, S60年3月14日
    r"|(?:大正|昭和|平成|令和) ?(?:[0-9]{1,2}|元) ?(?:年 ?[0-9]{1,2} ?月 ?[0-9]{1,2} ?日"
    r"|[./\-][0-9]{1,2}[./\-][0-9]{1,2})"
    r")(?![0-9])"
)
# 昭和六十年三月十四日: no digits at all
_KANJI_DATE = rf"(?:大正|昭和|平成|令和){_KANJI_NUM}年{_KANJI_NUM}月{_KANJI_NUM}日"
# a form field names a date of birth outright
_DOB_FIELD = re.compile(
    r"(?ai)date[ _\-]?of[ _\-]?birth|\bd\.?o\.?b\b|birth[ _\-]?date|birthdate|\bb-?day\b"
    r"|birthday ?[:=]"
    r"|生年月日|誕生日"
)
# words that put a date of birth in a sentence: born, birthday, age, star sign, 生まれ, 星座 …
_BIRTH = re.compile(
    r"(?ai)\bborn\b|\bbirth|\bb\. |\bage[ds]?\b|\bturn(?:s|ed|ing)?\b|years? old|how old"
    r"|star sign|zodiac|horoscope|astrolog|natal|compatib|\bnee\b"
    r"|生まれ|誕生|生誕|出生|日生|[0-9]生[）)、, ]|歳|才|年齢|星座|干支|占い|還暦"
)
#: the speaker, a relative, or someone a form is about
_OWN_EN = re.compile(
    r"\b(?:I|I'm|I am|I was|my|My|me|i'm|im)\b"
    r"|\b(?:[Mm]y|[Oo]ur|[Hh]is|[Hh]er) (?:son|daughter|wife|husband|mother|mom|mum|father|dad"
    r"|partner|brother|sister|child|kid|baby|grandmother|grandma|grandfather|grandpa|friend"
    r"|patient|client|employee|fianc[eé]e?|boyfriend|girlfriend)\b"
    r"|\b(?i:patient|applicant|child|student|member|employee|client|customer|candidate"
    r"|policyholder|insured|traveller|traveler|passenger)\b"
)
#: a name: "Emma Lee", "Mr Patel", "Ravi"
_NAME_EN = re.compile(
    r"(?:Mr|Mrs|Ms|Miss|Dr)\.? [A-Z][a-z]+"
    r"|\b(?!(?:The|When|What|How|Which|Where|If|Was|Is|Are|Did|Do|People|Someone|Anyone|A|An)\b)"
    r"[A-Z][a-z]+ [A-Z][a-z]+(?:'s)?\b(?! (?:Day|Street|Avenue|University|Company))"
    r"|\b[Nn]ame\b"
    r"|\b(?!(?:The|When|What|How|Which|Where|Who|Why|If|Was|Is|Are|Did|Do|People|Someone|Anyone"
    r"|January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Born|Date|Happy|Calculate|Write|Please|Can|Could|Tell|Find)\b)[A-Z][a-z]{2,}\b"
)
_WHO_JA = re.compile(
    r"私|わたし|僕|ぼく|俺|自分|妻|夫|主人|旦那|息子|娘|母|父|祖母|祖父|兄|姉|弟|妹|子供|子ども"
    r"|[一-龥]{1,4}(?:さん|様|さま|氏|くん|君|ちゃん)|名前|氏名|[一-龥]{2,4}[ 　][一-龥ぁ-ん]{1,4}"
    r"|[一-龥々]{2,6}[（(、,：:]|[一-龥々]{2,4}(?:です|と申します|といいます)"
)
#: "Olivia Grant (1992-11-30)", "Amelia Rowan, 18 Aug 2019": a date right after a person's name
_NAME_THEN_DATE = re.compile(
    r"(?:\b[A-Z][a-z]+(?: [A-Z]\.?)? [A-Z][A-Za-z'\-]+|[一-龥々]{2,6}(?:さん|様)?) ?"
    r"[(（,、:：] ?\Z"
)
#: a life span: "(5 August 1930 – 25 August 2012)", "(1930-2012)", "died …"
_DIED = re.compile(
    r" ?(?:(?:[–—\-~〜]|to |until ) ?[^()\n]{0,16}?(?:1[89]|20)[0-9]{2}|died|deceased|没|死去)"
)


def _birth_hint(text: str) -> bool:
    return (
        _BIRTH_HINT(text) or _DOB_FIELD_HINT(text) or _NAME_THEN_DATE_HINT.search(text) is not None
    )


_BIRTH_HINT = keyword_hint(_BIRTH)
_DOB_FIELD_HINT = keyword_hint(_DOB_FIELD)
# "[A-Za-z一-龥々] ?[(（,、:：] ?[0-9SHRTshrt昭平令大]", led by its rarest character (faster)
_NAME_THEN_DATE_HINT = re.compile(
    r"[(（,、:：](?:(?<=[A-Za-z一-龥々].)|(?<=[A-Za-z一-龥々] .)) ?[0-9SHRTshrt昭平令大]"
)


def _kanji_hint(text: str) -> bool:
    return not text.isascii() and "年" in text and _birth_hint(text)


def _year(match: re.Match[str]) -> int | None:
    groups = match.re.groupindex
    year = next((match.group(g) for g in ("year", "year2", "year3", "year4", "year5")
                 if g in groups and match.group(g)), None)  # fmt: skip
    return None if year is None else int(year)


#: a request about a public figure's life: "summarize his early life", 「経歴を教えて」
_BIOGRAPHY = re.compile(
    r"(?ai)early life|biograph|\bbio\b|career|legacy|achievements|known for|famous|celebrit"
    r"|greatest|legend|wikipedia|presiden|history of|histor(?:y|ical)|century|novel|fiction"
    r"|character|\bplot\b|\bmovie|\bfilm|series|(?-i:\b(?:Queen|King|Prince|Princess|Pope"
    r"|Emperor|Sir|Lord|Saint)\b)|生涯|経歴|功績|伝記|有名|歴史|小説|作品|登場人物"
)


def _person_near(match: re.Match[str]) -> bool:
    if near(match, _OWN_EN, 80, 40) or near(match, _WHO_JA, 40, 24):
        return True
    # a name alone: a private person, unless the prompt asks about a public figure's life
    return near(match, _NAME_EN, 80, 40) and _BIOGRAPHY.search(match.string) is None


def _date_of_birth(match: re.Match[str]) -> bool:
    year = _year(match)
    if year is not None and not 1900 <= year <= 2030:
        return False  # a living person, not a history question
    if near(match, _DOB_FIELD, 40, 16):
        return True
    text = match.string
    if _DIED.match(text, match.end()):
        return False  # a life span: "(4 August 1961 – …)"
    if near(match, _BIRTH, 48, 24):
        return _person_near(match)
    # a person's name right before a date long past: "Olivia Grant (1992-11-30)"
    head = text[max(0, match.start() - 40) : match.start()]
    return year is not None and year <= 2020 and _NAME_THEN_DATE.search(head) is not None


def personal_detectors() -> list[PatternDetector]:
    """The date-of-birth and medical detectors, in the order they are tried."""
    return [
        AnyOf(
            "date_of_birth",
            [
                PatternDetector(
                    "date_of_birth", _DATE, _date_of_birth, hint=_birth_hint, min_digits=2
                ),
                PatternDetector("date_of_birth", _KANJI_DATE, _date_of_birth, hint=_kanji_hint),
            ],
        ),
        medical_detector(),
    ]
