"""Medical details about the speaker or a named person: a diagnosis, a prescription, a
condition, a medicine taken, a test result. A generic question ("what are the symptoms of
diabetes?", "can you be prescribed antibiotics online?") names nobody and passes."""

from __future__ import annotations

import re

from .base import AnyOf, PatternDetector, words_hint

_CONDITION_EN = (
    r"(?i:diabet(?:es|ic)|cancer|tumou?r|leuka?emia|lymphoma|hiv|aids|hepatitis|depression"
    r"|anxiety disorder|bipolar|schizophreni\w*|ptsd|ocd|adhd|autis(?:m|tic)|epilepsy|seizures"
    r"|asthma|copd|dementia|alzheimer\w*|parkinson\w*|multiple sclerosis|crohn\w*|herpes"
    r"|chlamydia|gonorrh?o?ea|syphilis|an std|an sti|pregnant|miscarriage|infertil\w*"
    r"|hypertension|high blood pressure|heart disease|heart failure|a heart attack|a stroke"
    r"|eating disorder|anorexia|bulimia|addiction|alcoholism|kidney disease|arthritis|lupus"
    r"|psoriasis|covid|long covid|insomnia|migraines|thyroid|hypothyroidism|cirrhosis|tuberculosis"
    r"|shingles|pneumonia|sepsis|meningitis|endometriosis|pcos|\bibs|coeliac|celiac|gout|an[a]?emia"
    r"|sleep apnea|concussion|kidney stones?|gallstones|appendicitis|glaucoma|cataracts"
    r"|scoliosis|fibromyalgia|chronic fatigue|measles|tinnitus|vertigo|eczema|osteoporosis"
    r"|angina|atrial fibrillation|afib|panic (?:attacks|disorder)|social anxiety"
    r"|self[- ]harm|suicidal|borderline personality|\bbpd|sickle cell|cystic fibrosis|hiv\+"
    r"|a (?:broken|fractured) \w+|melanoma|leukemia|a tumou?r|cancer|stroke(?! of)"
    r"|surgery|vasectomy|hysterectomy|mastectomy|c-section|caesarean|abortion|ivf|rehab"
    r"|physiotherapy|transplant|amputation|colonoscopy|endoscopy|dementia|breakdown"
    r"|(?:\w+ )?allergy|allergic to \w+|epipen)"
)
#: medicines whose name alone tells a condition (antidepressants, insulin, HIV drugs, …)
_DRUGS = (
    "sertraline", "zoloft", "fluoxetine", "prozac", "escitalopram", "lexapro", "citalopram",
    "paroxetine", "venlafaxine", "bupropion", "wellbutrin", "lithium", "lamotrigine",
    "quetiapine", "seroquel", "olanzapine", "aripiprazole", "risperidone", "adderall", "ritalin",
    "methylphenidate", "vyvanse", "xanax", "alprazolam", "diazepam", "valium", "clonazepam",
    "metformin", "ozempic", "semaglutide", "wegovy", "mounjaro", "insulin", "levothyroxine",
    "warfarin", "eliquis", "methotrexate", "humira", "truvada", "biktarvy",
    "antiretroviral", "methadone", "suboxone", "buprenorphine", "naltrexone", "oxycodone",
    "tamoxifen", "letrozole", "prednisone",
)  # fmt: skip
_DRUG_EN = r"\b(?:" + "|".join(_DRUGS) + r")s?\b"
_STRONG_EN = (
    rf"(?i:diagnosed|diagnosis|prescribed|prescription|tested positive|test (?:came back|results?)"
    r"|biopsy|chemo(?:therapy)?|radiotherapy|dialysis|in remission|relapse[ds]?"
    r"|hospitali[sz]ed|admitted (?:to (?:the )?hospital|with|for)"
    r"|[0-9]+ ?(?:mg|mcg)|cd4|antidepressants?|inhaler|hba1c|a1c|psa (?:level|score)"
    r"|came back (?:positive|negative|high|low|abnormal|at)|positive for|sick note|off work with"
    rf"|on medication|medical leave|sick leave|{_DRUG_EN}|ivf|fertility (?:treatment|clinic)"
    r"|in rehab|rehab for"
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
    # a possessive right before the term: "my dad's dementia", "Emma's knee surgery", "my stroke"
    r"(?:\b(?:[Mm]y|[Oo]ur|[Hh]is|[Hh]er) \w+'s |\b[A-Z][a-z]+'s |\b[Mm]y )(?:\w+ )?\Z"
    # a subject that has it: "I have", "my wife has", "she has", "Ethan has"
    r"|(?:\b(?:I|i)(?: have| had|'ve got| have got| was| am|'m| suffer from| suffered from"
    r"| live with| struggle with| am struggling with| got| just found out I have"
    r"|(?:'ve| have| had)(?: been)? (?:struggl|battl|dealt|liv|suffer|cop|recover|fought"
    r"|diagnos)\w* (?:from|with))"
    r"|\b(?:[Mm]y|[Oo]ur) \w+(?: \w+)? (?:has|had|was|is|suffers from|got|is living with)"
    r"|\b(?:[Hh]e|[Ss]he|[Tt]hey)(?: has| had|'s got| was diagnosed with| suffers from"
    r"| is living with)"
    r"|\b(?!(?:Everyone|Everybody|Nobody|Someone|Somebody|Anyone|Who|Whose|What|Which|Why|How"
    r"|When|Where|Is|Was|Does|Do|Did|Can|Could|Should|Would|Will|The|A|An|My|Your|Our|Their"
    r"|His|Her|It|This|That|One|He|She|They|There)\b)[A-Z][a-z]+(?: [A-Z][a-z]+)?"
    r" (?:has|had|suffers from|is living with|was diagnosed with))\b[^.?!\n]{0,32}\Z"
)
_IF = re.compile(r"(?i)\b(?:if|whether|suppose|supposing|assuming|in case)\b")
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
        return _AFFLICTED_EN.search(head) is not None and _IF.search(head) is None
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
    r"|甲状腺|結核|肝硬変|心筋梗塞|不整脈|緑内障|自閉症|アレルギー)"
)
_DRUGS_JA = (
    r"(?:インスリン|抗うつ薬|抗不安薬|睡眠薬|睡眠導入剤|降圧剤|降圧薬|抗精神病薬|抗てんかん薬"
    r"|抗HIV薬|抗ウイルス薬|ステロイド|リーマス|デパス|レクサプロ|ジェイゾロフト|パキシル"
    r"|メトホルミン)"
)
_STRONG_JA = (
    r"(?:診断され(?!たら|れば)|診断を受け(?!たら|れば)|処方され(?!たら|れば)|処方薬|服用して"
    r"|飲んでいる薬|飲み続け|飲んでい|通院し(?!たら|れば)|通院中|入院し(?!たら|れば)|入院中"
    r"|手術を受け(?!たら|れば)|手術し(?!たら|れば)|治療中|と言われ(?!たら|れば)|ステージ ?[0-9IV]+"
    r"|余命|障害者手帳|(?:病院|精神科|心療内科|クリニック)に通"
    r"|治療を受けて|陽性(?:だった|でした|と出|が出|と分か|と判明|反応)|検査結果|抗がん剤|透析|持病"
    r"|主治医|カルテ"
    rf"|{_DRUGS_JA}(?:注射)?(?:を|は|が)?(?:打|飲|服用|使|処方|始め)"
    r"|診断書|障害年金|後遺症|リハビリ中|(?:血糖値|血圧|コレステロール|尿酸値|中性脂肪)が(?:高|低)"
    r")"
)
#: a treatment the (unnamed) speaker is having: 「来週、胃の手術を受けます」「透析を始めました」
_SELF_JA = (
    r"(?:手術|入院|通院|透析|化学療法|放射線治療|抗がん剤治療|人工透析|リハビリ)"
    r"(?:を受け|を始め|をし|し)?(?:ます|ました|ている|ています|てます|ることにな|中です)(?![かの])"
    rf"|{_DRUGS_JA}(?:注射)?(?:を|は)?(?:打|飲|服用|使)[^。？?！!\n]{{0,6}}?"
    r"(?:ています|てます|ました|ている)(?![かの])"
)
#: after a named condition only: "HIV陽性と分かりました", "がんが見つかった"
_FOUND_JA = (
    r"(?:と分か(?:り|っ)|と判明|が見つか(?:り|っ)|を患っ|にかか(?:り|っ)|を発症|になりまし|になっ"
    r"|陽性|の薬を|が再発|を再発|で休職|で療養|で休ん|で休学|の告知|告知を受け|告知され)"
)
_PERSON_JA = (
    r"(?:私|わたし|僕|ぼく|俺|自分|妻|夫|主人|旦那|嫁|息子|娘|母|父|祖母|祖父|兄|姉|弟|妹"
    r"|子供|子ども|彼氏|彼女|家族|[一-龥]{1,4}(?:さん|様|氏|くん|ちゃん))"
)
#: whose condition it is, in 「娘の食物アレルギー」 (not 子供 / 家族:
#: 「子供のアレルギー対策」 is a general question)
_OWNER_JA = (
    r"(?:私|僕|俺|妻|夫|主人|旦那|嫁|息子|娘|母|父|祖母|祖父|兄|姉|弟|妹|彼氏|彼女"
    r"|[一-龥]{1,4}(?:さん|様|氏|くん|ちゃん))"
)
_MEDICAL_JA = (
    r"妊娠 ?[0-9]{1,2} ?(?:週|ヶ月|か月|カ月)|"
    rf"{_CONDITION_JA}[^。？?！!\n]{{0,16}}?(?:{_STRONG_JA}|{_FOUND_JA})|{_SELF_JA}"
    rf"|{_PERSON_JA}(?:[（(][^）)]{{1,12}}[）)])?[はがもの、][^。？?！!\n]{{0,24}}?{_STRONG_JA}"
    rf"|{_OWNER_JA}の[^。？?！!\n]{{0,6}}?{_CONDITION_JA}"
    rf"|{_PERSON_JA}(?:[（(][^）)]{{1,12}}[）)])?[はがもの][^。？?！!\n]{{0,12}}?{_CONDITION_JA}"
    r"(?:です|だ|でした|中|になっ|を患|にかかっ|と言われ|と診断|があ|持ち|を発症|が見つか|が再発"
    r"|で通院|で入院|の治療|で悩|で施設|で療養|で介護|で休職|で休学|で休んで|で手術|で寝込)"
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
    "shingles", "pneumonia", "sepsis", "meningitis", "endometriosis", "pcos", "ibs", "coeliac",
    "celiac", "gout", "anemia", "anaemia", "apnea", "concussion", "stone", "appendicitis",
    "glaucoma", "cataract", "scoliosis", "fibromyalgia", "fatigue", "measles", "tinnitus",
    "vertigo", "eczema", "osteoporosis", "angina", "fibrillation", "afib", "panic", "harm",
    "suicid", "borderline", "bpd", "sickle", "fibrosis", "broken", "fractured", "melanoma",
    "psa ", "came back", "positive for", "sick note", "off work", "sick leave", "medical leave",
    "surgery", "vasectomy", "hysterectomy", "mastectomy", "c-section", "caesarean", "abortion",
    "ivf", "rehab", "physio", "transplant", "amputation", "colonoscopy", "endoscopy",
    "breakdown", "fertility", "allerg", "epipen",
    *_DRUGS,
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
    "と分か", "判明", "見つか", "患", "かか", "発症", "インスリン", "薬", "ステロイド", "リーマス",
    "デパス", "レクサプロ", "ジェイゾロフト", "パキシル", "メトホルミン", "診断書", "障害年金",
    "後遺症", "リハビリ", "血糖値", "血圧", "コレステロール", "尿酸値", "中性脂肪", "化学療法",
    "放射線治療", "アレルギー", "告知", "休職", "療養", "休ん", "休学", "抗うつ薬", "抗不安薬",
    "睡眠薬", "睡眠導入剤", "降圧", "抗精神病薬", "抗てんかん薬", "抗HIV薬", "抗ウイルス薬",
)  # fmt: skip


_ja_stems = words_hint(_JA_STEMS)


def _ja_hint(text: str) -> bool:
    return not text.isascii() and _ja_stems(text)


def medical_detector() -> PatternDetector:
    """The ``medical`` detector (English and Japanese)."""
    return AnyOf(
        "medical",
        [
            PatternDetector("medical", _MEDICAL_EN, _medical_en, hint=words_hint(_EN_STEMS)),
            PatternDetector("medical", _MEDICAL_JA, hint=_ja_hint),
        ],
    )
