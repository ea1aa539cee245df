"""Facts about a person: a date of birth given with a name (or "my"), and medical details about
the speaker or a named person. A generic question ("what are the symptoms of diabetes?",
"how old is someone born on 1 May 1990?") names nobody and passes."""

from __future__ import annotations

import re

from .base import AnyOf, PatternDetector, near, words_hint

# -- dates of birth ------------------------------------------------------------------------------

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
)
_YEAR = r"(?P<year>(?:19|20)[0-9]{2})"
_DATE = (
    r"(?<![0-9])(?:"
    rf"[0-9]{{1,2}}[/.\-][0-9]{{1,2}}[/.\-]{_YEAR}"
    rf"|(?P<year2>(?:19|20)[0-9]{{2}})[/.\-][0-9]{{1,2}}[/.\-][0-9]{{1,2}}"
    rf"|{_MONTH} [0-9]{{1,2}}(?:st|nd|rd|th)?,? (?P<year3>(?:19|20)[0-9]{{2}})"
    rf"|[0-9]{{1,2}}(?:st|nd|rd|th)? (?:of )?{_MONTH},? (?P<year4>(?:19|20)[0-9]{{2}})"
    r"|(?P<year5>(?:19|20)[0-9]{2}) ?年 ?[0-9]{1,2} ?月 ?[0-9]{1,2} ?日"
    r"|[0-9]{1,2}/[0-9]{1,2}/[0-9]{2}(?![0-9/])"  # 3/14/85
    r"|[SHRT] ?[0-9]{1,2}\.[0-9]{1,2}\.[0-9]{1,2}"  # S60.3.14 (Showa 60)
    r"|(?:大正|昭和|平成|令和) ?(?:[0-9]{1,2}|元) ?年 ?[0-9]{1,2} ?月 ?[0-9]{1,2} ?日"
    r"|(?:大正|昭和|平成|令和)[元一二三四五六七八九十]{1,3}年[一二三四五六七八九十]{1,3}月"
    r"[一二三四五六七八九十]{1,3}日"
    r")(?![0-9])"
)
# a form field names a date of birth outright
_DOB_FIELD = re.compile(r"(?ai)date of birth|\bd\.?o\.?b\b|birth ?date|生年月日")
_BIRTH = re.compile(r"(?ai)\bborn\b|\bbirth|birthday|\bb\. |生まれ|誕生日|生誕|出生|日生")
_WHO_EN = re.compile(
    r"\b(?:I|I'm|I am|I was|my|My|me)\b"
    r"|\b(?:[Mm]y|[Oo]ur|[Hh]is|[Hh]er) (?:son|daughter|wife|husband|mother|mom|mum|father|dad"
    r"|partner|brother|sister|child|kid|baby|grandmother|grandma|grandfather|grandpa|friend"
    r"|patient|client|employee|fianc[eé]e?)\b"
    r"|(?:Mr|Mrs|Ms|Miss|Dr)\.? [A-Z][a-z]+"
    r"|\b(?!(?:The|When|What|How|Which|Where|If|Was|Is|Are|Did|Do|People|Someone|Anyone|A|An)\b)"
    r"[A-Z][a-z]+ [A-Z][a-z]+(?:'s)?\b(?! (?:Day|Street|Avenue|University|Company))"
    r"|\b[Nn]ame\b|\b[Pp]atient\b"
    r"|\b(?!(?:The|When|What|How|Which|Where|Who|Why|If|Was|Is|Are|Did|Do|People|Someone|Anyone"
    r"|January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Born|Date|Happy|Calculate|Write|Please|Can|Could|Tell|Find)\b)[A-Z][a-z]{2,}\b"
)
_WHO_JA = re.compile(
    r"私|わたし|僕|ぼく|俺|自分|妻|夫|主人|旦那|息子|娘|母|父|祖母|祖父|兄|姉|弟|妹|子供|子ども"
    r"|[一-龥]{1,4}(?:さん|様|さま|氏|くん|君|ちゃん)|名前|氏名|[一-龥]{2,4}[ 　][一-龥ぁ-ん]{1,4}"
)


def _birth_hint(text: str) -> bool:
    return _BIRTH.search(text) is not None or _DOB_FIELD.search(text) is not None


def _plausible_year(match: re.Match[str]) -> bool:
    year = next((y for y in match.group("year", "year2", "year3", "year4", "year5") if y), None)
    return year is None or 1900 <= int(year) <= 2030  # a living person, not a history question


def _date_of_birth(match: re.Match[str]) -> bool:
    if not _plausible_year(match):
        return False
    if near(match, _DOB_FIELD, 40, 16):
        return True
    if not near(match, _BIRTH, 48, 24):
        return False
    return near(match, _WHO_EN, 80, 40) or near(match, _WHO_JA, 40, 24)


# -- medical details -----------------------------------------------------------------------------

_CONDITION_EN = (
    r"(?i:diabet(?:es|ic)|cancer|tumou?r|leuka?emia|lymphoma|hiv|aids|hepatitis|depression"
    r"|anxiety disorder|bipolar|schizophreni\w*|ptsd|ocd|adhd|autis(?:m|tic)|epilepsy|seizures"
    r"|asthma|copd|dementia|alzheimer\w*|parkinson\w*|multiple sclerosis|crohn\w*|herpes"
    r"|chlamydia|gonorrh?o?ea|syphilis|an std|an sti|pregnant|miscarriage|infertil\w*"
    r"|hypertension|high blood pressure|heart disease|heart failure|a heart attack|a stroke"
    r"|eating disorder|anorexia|bulimia|addiction|alcoholism|kidney disease|arthritis|lupus"
    r"|psoriasis|covid|long covid|insomnia|migraines|thyroid|hypothyroidism|cirrhosis|tuberculosis)"
)
_STRONG_EN = (
    r"(?i:diagnosed|diagnosis|prescribed|prescription|tested positive|test (?:came back|results?)"
    r"|biopsy|chemo(?:therapy)?|radiotherapy|dialysis|in remission|relapse[ds]?"
    r"|hospitali[sz]ed|admitted (?:to (?:the )?hospital|with|for)"
    r"|[0-9]+ ?(?:mg|mcg)|cd4|insulin|antidepressants?|inhaler"
    r"|my (?:doctor|gp|oncologist|psychiatrist"
    r"|therapist|cardiologist|neurologist|physician|surgeon|medication|meds|dosage|symptoms"
    r"|condition|treatment|blood (?:test|work|pressure|sugar)|a1c|viral load|mri|ct scan))\b"
)
_PERSON_EN = (
    r"(?:\b(?:I|i|I'm|i'm|Im|I've|i've|I'd|me|my|My|myself)\b"
    r"|\b(?:[Mm]y|[Oo]ur) (?:wife|husband|son|daughter|mother|mom|mum|father|dad|partner"
    r"|boyfriend|girlfriend|brother|sister|child|kid|baby|grandmother|grandma|grandfather"
    r"|grandpa|friend|patient|client|employee|colleague|coworker|boss|aunt|uncle|cousin"
    r"|fianc[eé]e?)\b|(?:Mr|Mrs|Ms|Miss|Dr)\.? [A-Z][a-z]+|\b[A-Z][a-z]+ [A-Z][a-z]+(?:'s)?\b)"
)
# A medical term is found first (cheap: the regex only looks for the terms), then the words
# around it decide whose it is, within the same sentence.
_MEDICAL_EN = rf"\b(?:(?P<strong>{_STRONG_EN})|{_CONDITION_EN}\b)"
_PERSON_EN_RE = re.compile(_PERSON_EN)
_AFFLICTED_EN = re.compile(
    r"(?:\b(?:[Mm]y|[Oo]ur|[Hh]is|[Hh]er) \w+'s \Z|\b[A-Z][a-z]+'s \Z"
    r"|\b(?:I|i)(?: have| had|'ve got| have got| was| am|'m| suffer from| suffered from"
    r"| live with| struggle with| am struggling with| got| just found out I have)"
    r"|\b(?:[Mm]y|[Oo]ur) \w+(?: \w+)? (?:has|had|was|is|suffers from|got|is living with))"
    r"\b[^.?!\n]{0,24}\Z|\b[Mm]y \Z"
)
#: "without a prescription", "prescription glasses": about getting things, not about a person
_NOT_ABOUT_HEALTH = re.compile(r"(?i)\bwithout (?:a |any )?\Z|\A (?:glasses|lenses|sunglasses)")
_HYPOTHETICAL_EN = re.compile(
    r"(?ai)\b(?:can|could|should|would|may|might|do|does|will|if|whether|how|what|why|when)\s+"
    r"(?:i|you|someone|one|a person|people)\b"
)
_SENTENCE_END = re.compile(r"[?!\n]|(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bSt)\.(?!\w)")


def _sentence_around(match: re.Match[str], before: int, after: int) -> tuple[str, str]:
    """The text of the match's sentence up to ``before`` characters before it and ``after``
    characters after it: (before, after)."""
    text = match.string
    head = text[max(0, match.start() - before) : match.start()]
    cut = [m.end() for m in _SENTENCE_END.finditer(head)]
    head = head[cut[-1] :] if cut else head
    tail = text[match.end() : match.end() + after]
    stop = _SENTENCE_END.search(tail)
    return head, tail[: stop.start()] if stop else tail


def _medical_en(match: re.Match[str]) -> bool:
    head, tail = _sentence_around(match, 80, 40)
    if match.group("strong") is None:  # a condition: "I have …", "my wife has …", "my …"
        return _AFFLICTED_EN.search(head) is not None
    if _NOT_ABOUT_HEALTH.search(head) or _NOT_ABOUT_HEALTH.search(tail):
        return False
    if "my " in match.group().lower():  # "my doctor", "my blood sugar"
        return True
    if _PERSON_EN_RE.search(head) is None and _PERSON_EN_RE.search(tail) is None:
        return False
    # "can I be prescribed …?", "what if I'm diagnosed …?" ask in general
    return _HYPOTHETICAL_EN.search(head[-40:] + match.group()) is None or "my " in head.lower()


_CONDITION_JA = (
    r"(?:がん|癌|糖尿病|うつ病|鬱病|HIV|エイズ|統合失調症|双極性障害|てんかん|肝炎|喘息|認知症"
    r"|妊娠|流産|不妊|ADHD|発達障害|パニック障害|適応障害|高血圧|心臓病|脳梗塞|白血病|性病"
    r"|梅毒|クラミジア|ヘルペス|依存症|摂食障害|リウマチ|パーキンソン病|アルツハイマー|腎臓病"
    r"|甲状腺|結核|肝硬変|心筋梗塞|不整脈|緑内障|自閉症)"
)
_STRONG_JA = (
    r"(?:診断され(?!たら|れば)|診断を受け(?!たら|れば)|処方され(?!たら|れば)|処方薬|服用して"
    r"|飲んでいる薬|飲み続け|飲んでい|通院し(?!たら|れば)|通院中|入院し(?!たら|れば)|入院中"
    r"|手術を受け(?!たら|れば)|手術し(?!たら|れば)|治療中|と言われ(?!たら|れば)|ステージ ?[0-9IV]+"
    r"|余命|障害者手帳|(?:病院|精神科|心療内科|クリニック)に通"
    r"|治療を受けて|陽性(?:だった|でした|と出|が出)|検査結果|抗がん剤|透析|持病|主治医|カルテ)"
)
_PERSON_JA = (
    r"(?:私|わたし|僕|ぼく|俺|自分|妻|夫|主人|旦那|嫁|息子|娘|母|父|祖母|祖父|兄|姉|弟|妹"
    r"|子供|子ども|彼氏|彼女|家族|[一-龥]{1,4}(?:さん|様|氏|くん|ちゃん))"
)
_MEDICAL_JA = (
    r"妊娠 ?[0-9]{1,2} ?(?:週|ヶ月|か月|カ月)|"
    rf"{_CONDITION_JA}[^。？?！!\n]{{0,16}}?{_STRONG_JA}"
    rf"|{_PERSON_JA}(?:[（(][^）)]{{1,12}}[）)])?[はがもの][^。？?！!\n]{{0,24}}?{_STRONG_JA}"
    rf"|{_PERSON_JA}(?:[（(][^）)]{{1,12}}[）)])?[はがも][^。？?！!\n]{{0,12}}?{_CONDITION_JA}"
    r"(?:です|だ|でした|になっ|を患|にかかっ|と言われ|と診断|があ|持ち|を発症|が見つか|が再発"
    r"|で通院|で入院|の治療|で悩)"
)
#: stems that every medical match holds (a cheap pre-check before the patterns)
_EN_STEMS = (
    "diabet", "cancer", "tumo", "leuk", "lymphoma", "hiv", "aids", "hepatitis", "depress",
    "anxiety", "bipolar", "schizo", "ptsd", "ocd", "adhd", "autis", "epilep", "seizure",
    "asthma", "copd", "dementia", "alzheimer", "parkinson", "sclerosis", "crohn", "herpes",
    "chlamydia", "gonorr", "syphilis", "an std", "an sti", "pregnan", "miscarriage", "infertil",
    "hypertension", "blood", "heart", "stroke", "eating disorder", "anorexia", "bulimia",
    "addiction", "alcoholism", "kidney", "arthritis", "lupus", "psoriasis", "covid", "insomnia",
    "migraine", "thyroid", "cirrhosis", "tuberculosis", "diagnos", "prescri", "positive",
    "test came", "test result", "biopsy", "chemo", "radiotherapy", "dialysis", "remission",
    "relapse", "hospital",
    "my doctor", "my gp", "oncologist", "psychiatrist", "therapist", "cardiologist",
    "neurologist", "physician", "surgeon", "medication", "meds", "dosage", "symptoms",
    "condition", "treatment", "a1c", "viral load", "mri", "ct scan", "mg", "mcg",
    "cd4", "insulin", "antidepressant", "inhaler",
)  # fmt: skip
_JA_STEMS = (
    "がん", "癌", "糖尿病", "うつ", "鬱", "エイズ", "統合失調症", "双極性障害", "てんかん", "肝炎",
    "喘息", "認知症", "妊娠", "流産", "不妊", "発達障害", "パニック障害", "適応障害", "高血圧",
    "心臓病", "脳梗塞", "白血病", "性病", "梅毒", "クラミジア", "ヘルペス", "依存症", "摂食障害",
    "リウマチ", "パーキンソン病", "アルツハイマー", "腎臓病", "甲状腺", "結核", "肝硬変",
    "心筋梗塞",
    "不整脈", "緑内障", "自閉症", "診断", "処方", "服用", "飲んでいる薬", "通院", "入院", "手術",
    "治療", "陽性", "検査結果", "抗がん剤", "透析", "持病", "主治医", "カルテ",
    "と言われ", "ステージ", "余命", "障害者手帳", "精神科", "心療内科", "クリニック", "病院",
)  # fmt: skip


_ja_stems = words_hint(_JA_STEMS)


def _ja_hint(text: str) -> bool:
    return not text.isascii() and _ja_stems(text)


def personal_detectors() -> list[PatternDetector]:
    """The date-of-birth and medical detectors, in the order they are tried."""
    return [
        PatternDetector("date_of_birth", _DATE, _date_of_birth, hint=_birth_hint),
        AnyOf(
            "medical",
            [
                PatternDetector("medical", _MEDICAL_EN, _medical_en, hint=words_hint(_EN_STEMS)),
                PatternDetector("medical", _MEDICAL_JA, hint=_ja_hint),
            ],
        ),
    ]
