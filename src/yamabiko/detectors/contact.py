"""Contact details: e-mail addresses, phone numbers (international, US, UK and Japanese
formats, with or without separators) and postal addresses (US street addresses, UK postcodes
with a street, Japanese 〒 codes and prefecture + block numbers)."""

from __future__ import annotations

import re

from .base import (
    SEP,
    AnyOf,
    PatternDetector,
    count_digits,
    digits_of,
    keyword_hint,
    near,
    words_hint,
)

_EMAIL = r"(?<![A-Za-z0-9_.%+-])[A-Za-z0-9](?:[A-Za-z0-9._%+-]{0,63})@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24}(?![A-Za-z0-9-])"  # noqa: E501

#: Endings of file names, which look like top-level domains after an ``@`` (``KMS-R@1n.exe``).
_FILE_SUFFIXES = frozenset(
    {
        "exe", "dll", "bin", "bat", "cmd", "sh", "py", "js", "ts", "jpg", "jpeg", "png", "gif",
        "bmp", "svg", "pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "zip", "rar", "tar",
        "gz", "mp3", "mp4", "avi", "mov", "txt", "csv", "json", "xml", "html", "htm", "log",
        "tmp", "iso", "apk",
    }
)  # fmt: skip


#: local parts that stand for nobody, at a domain reserved for documentation (RFC 2606)
_PLACEHOLDER_USERS = frozenset(
    {"example", "user", "username", "test", "name", "foo", "bar", "your.name", "yourname",
     "dummy", "sample", "xxx", "email", "john.doe", "jane.doe"}
)  # fmt: skip
_RESERVED_DOMAIN = re.compile(r"(?i)(?:^|\.)example\.(?:com|org|net)$|\.(?:example|test|invalid)$")


def _email(match: re.Match[str]) -> bool:
    text = match.group()
    if text.rsplit(".", 1)[1].lower() in _FILE_SUFFIXES:
        return False
    user, _, domain = text.rpartition("@")
    return not (user.lower() in _PLACEHOLDER_USERS and _RESERVED_DOMAIN.search(domain))


# -- phones --------------------------------------------------------------------------------------

_PHONE = (
    r"(?<![A-Za-z0-9_+])(?:"
    # international: +<country code> then 6-14 more digits in groups
    rf"\+[1-9][0-9]{{0,2}}(?:{SEP}?\(?0?[0-9]{{1,4}}\)?)(?:{SEP}?[0-9]{{2,5}}){{1,4}}"
    # North America: (555) 123-4567, 555-123-4567, 555.123.4567, (212) 555 7890
    rf"|\(?[2-9][0-9]{{2}}\)?[ \-.][2-9][0-9]{{2}}[\-. ][0-9]{{4}}"
    rf"|\([2-9][0-9]{{2}}\)[2-9][0-9]{{2}}[\-. ]?[0-9]{{4}}"
    # Japan mobile / IP phone / toll free, with or without separators: 090-1234-5678
    rf"|0[5-9]0{SEP}?[0-9]{{4}}{SEP}?[0-9]{{4}}"
    rf"|0120{SEP}?[0-9]{{2,3}}{SEP}?[0-9]{{3,4}}"
    # UK mobile: 07700 900123, 07700-900-123
    rf"|07[0-9]{{3}}{SEP}?[0-9]{{3}}{SEP}?[0-9]{{3}}"
    # Japan / UK landline: 03-1234-5678, 06(1234)5678, 0465-12-3456, 020 7946 0958
    rf"|\(?0[1-9][0-9]{{0,3}}\)?(?:{SEP}|\)|\(){{1,2}}[0-9]{{1,4}}(?:{SEP}|\)){SEP}?[0-9]{{4}}"
    rf"|0[1-9][0-9]{{2,4}}{SEP}[0-9]{{5,6}}"
    r")(?![A-Za-z0-9_])"
)


def _phone(match: re.Match[str]) -> bool:
    text = match.group()
    digits = digits_of(text)
    if text.startswith("+"):
        return 8 <= len(digits) <= 15
    if text.startswith(("0", "(0")):
        return len(digits) in (10, 11)
    return len(digits) == 10


# Bare digit runs are phone numbers only next to a word that says so.
_PHONE_WORDS = re.compile(
    r"(?ai)\b(?:phone|tel|telephone|mobile|cell|call(?:ed)?|text(?:ed)?|sms|fax|whatsapp"
    r"|number|reach|contact|dial)\b|(?:phone|mobile|cell|tel|fax)[_\-]?(?:number|no|num)"
    r"|電話|携帯|TEL|連絡先|番号|ファックス|FAX"
)
_BARE_PHONE = (
    r"(?<![0-9A-Za-z_.,/-])(?:1?[2-9][0-9]{2}[2-9][0-9]{6}"  # US 10 digits (or 1 + 10)
    r"|0[1-9][0-9]{8,9}"  # Japan / UK 10-11 digits from 0
    rf"|00[1-9][0-9]{{0,2}}(?:{SEP}?[0-9]{{2,5}}){{2,5}}"  # 00 44 20 7946 0321: the + dialled
    r")(?![0-9A-Za-z_]|[.,/-][0-9])"
)


def _bare_phone(match: re.Match[str]) -> bool:
    number = digits_of(match.group())
    if not 10 <= len(number) <= 17 or len(set(number)) <= 3:
        return False  # 0000000000, 1111111111: placeholders
    return near(match, _PHONE_WORDS, 40, 16)


# -- postal addresses ----------------------------------------------------------------------------

_STREET_SUFFIX = (
    r"(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Way|Place|Pl"
    r"|Terrace|Ter|Parkway|Pkwy|Circle|Cir|Highway|Hwy|Square|Sq|Close|Crescent|Gardens|Grove"
    r"|Mews|Row|Trail|Trl|Loop|Pike|Parade|Esplanade|Quay|Promenade)"
)
_SUFFIX_WORD = re.compile(r"\b" + _STREET_SUFFIX + r"\b")
_US_STREET = (
    r"(?<![A-Za-z0-9/])[0-9]{1,6}[A-Za-z]?(?:[/-][0-9]{1,4})? "
    r"(?:[NSEW]\.? |North |South |East |West )?"
    r"(?:[A-Z0-9][A-Za-z0-9'\-]*\.? ){1,4}" + _STREET_SUFFIX + r"\b\.?"
)
_ADDRESS_WORDS = re.compile(
    r"(?ai)\b(?:(?:I|we|he|she|they|you)(?:'ve| have| had| am| are|'m|'re)?(?: \w+)?"
    r" (?:live[sd]?|living|reside[sd]?|moved?|staying) (?:at|on|to|into)"
    r"|(?:my|our|his|her|their|your|home|mailing|shipping|billing|delivery|new|current|old)"
    r" address|(?:return|postal|street|home) address|address (?:is|was|will be)|address(?= ?:)"
    r"|residence"
    r"|pick (?:me|us|him|her|them) up (?:at|from)|meet (?:me|us) at|come (?:over )?to"
    r"|drop (?:it|them|me|us) off at|visit (?:me|us) at|stay(?:ing)? at"
    r"|(?:ship|send|deliver|mail)\w* (?:(?:it|them|this|that|the \w+) )?to"
    r"|(?:my|our) (?:new |old |current )?(?:home|house|apartment|flat|place)|apt|suite|unit"
    r"|postcode|post code|zip)\b"
)
_AFTER_STREET = re.compile(
    r"[ ,.]*(?:(?:Apt|Apartment|Suite|Ste|Unit|Flat|Fl|Floor|#)\.? ?[0-9A-Za-z]{1,5}[ ,]*)?"
    r"(?:[A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+){0,2},? )?"
    r"(?:[A-Z]{2} [0-9]{5}(?:-[0-9]{4})?|[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}"
    r"|(?:NSW|VIC|QLD|WA|SA|TAS|ACT|NT) [0-9]{4})"  # Australia
)


#: "what's the address of the White House? 1600 …", "〒100-8111 … は何の施設？": a place
_ABOUT_A_PLACE = re.compile(
    r"(?ai)(?:(?:address|postcode|post code|zip code|zip|location|directions) (?:of|for|to)"
    r" (?:the )?|what(?:'s| is) at)[^?]{0,40}\Z"
    # a public place named right before its address: "the Ritz Hotel (150 Piccadilly, …)"
    r"|(?-i:[A-Z][a-z]+ )(?:Building|Museum|Hotel|Station|Airport|Stadium|Arena|Park|Tower|Hall"
    r"|Palace|Cathedral|Church|Library|University|College|Hospital|Centre|Center|Theatre|Theater"
    r"|Gallery|Zoo|Aquarium|Mall|Market|Headquarters|HQ|Embassy|Consulate|Memorial|Monument)"
    r"\)?[ ,:(]*(?:(?:is )?(?:located )?(?:at|on) )?\Z"
)
_ASKING_WHAT_PLACE = re.compile(r"\A[^。？?!！\n]{0,40}?(?:は|って|には)(?:何|どこ|どんな|なん)")


def _us_street(match: re.Match[str]) -> bool:
    if _ABOUT_A_PLACE.search(match.string[max(0, match.start() - 60) : match.start()]):
        return False
    if near(match, _ADDRESS_WORDS, 48, 40):
        return True
    # "12 Elm Street, Springfield, IL 62704" / "..., London SW1A 2AA": a ZIP or postcode follows
    return _AFTER_STREET.match(match.string, match.end(), match.end() + 60) is not None


_UK_POSTCODE = (
    r"(?i)(?<![A-Za-z0-9])[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][ABD-HJLNP-UW-Z]{2}(?![A-Za-z0-9])"
)
_UK_STREET_NEAR = re.compile(
    r"(?<![A-Za-z])[0-9]{1,4}[A-Za-z]?,? (?:[A-Z][A-Za-z'\-]+ ){1,3}" + _STREET_SUFFIX + r"\b"
    r"|(?<![A-Za-z0-9])[0-9]{1,4}[A-Za-z]?,? [A-Z][A-Za-z'\-]+(?: [A-Z][A-Za-z'\-]+){0,2},"
)
# "123 Broadway, New York, NY 10001": a whole US address line, whatever the street is called
_US_LINE = (
    r"(?<![A-Za-z0-9])[0-9]{1,6}[A-Za-z]? (?:[A-Z0-9][A-Za-z0-9'\-]*\.? ){0,3}[A-Z][A-Za-z'\-]+"
    r"\.?,? (?:[A-Z][a-z]+ ){0,2}[A-Z][a-z]+,? [A-Z]{2},? [0-9]{5}(?:-[0-9]{4})?(?![0-9])"
)


def _us_line(match: re.Match[str]) -> bool:
    return not _ABOUT_A_PLACE.search(match.string[max(0, match.start() - 60) : match.start()])


# "P.O. Box 4821, Helena, MT 59604", "PO Box 12 London W1A 1AA"
_PO_BOX = r"(?i)\bp\.? ?o\.? ?box ?#? ?[0-9]{1,6}\b"


def _po_box(match: re.Match[str]) -> bool:
    after = _AFTER_STREET_ANY_CASE.match(match.string, match.end(), match.end() + 60)
    return after is not None or near(match, _ADDRESS_WORDS, 48, 24)


def _uk_postcode(match: re.Match[str]) -> bool:
    if not match.group().isupper():  # "manchester m14 5tb": a street before it, in any case
        return near(match, _STREET_ANY_CASE, 80, 0)
    return near(match, _UK_STREET_NEAR, 80, 0) or near(match, _ADDRESS_WORDS, 60, 10)


# The same in lower case ("711 south 4th street, louisville ky 40202"): the street words that
# are rarely anything else, and a ZIP, a postcode or an address word to confirm it
_STREET_ANY_CASE = re.compile(
    r"(?i)(?<![A-Za-z0-9])[0-9]{1,6}[a-z]?(?:-[0-9]{1,4})?,? (?:[a-z0-9'\-]+\.? ){1,4}"
    r"(?:street|st|avenue|ave|road|rd|boulevard|blvd|lane|ln|drive|dr|terrace|parkway|pkwy"
    r"|highway|hwy|crescent|close|court|ct|place|way)\b\.?"
)
_AFTER_STREET_ANY_CASE = re.compile(
    r"(?i)[ ,.]*(?:(?:apt|apartment|suite|ste|unit|flat|fl|floor|#)\.? ?[0-9a-z]{1,5}[ ,]*)?"
    r"(?:[a-z.]+(?: [a-z.]+){0,2},? )?"
    r"(?:[a-z]{2},? [0-9]{5}(?:-[0-9]{4})?|[a-z]{1,2}[0-9][a-z0-9]? ?[0-9][a-z]{2})\b"
)


def _street_any_case(match: re.Match[str]) -> bool:
    if _ABOUT_A_PLACE.search(match.string[max(0, match.start() - 60) : match.start()]):
        return False
    after = _AFTER_STREET_ANY_CASE.match(match.string, match.end(), match.end() + 60)
    return after is not None or near(match, _ADDRESS_WORDS, 48, 40)


_PREFECTURE = (
    r"(?:東京都|北海道|(?:京都|大阪)府|(?:青森|岩手|宮城|秋田|山形|福島|茨城|栃木|群馬|埼玉|千葉"
    r"|神奈川|新潟|富山|石川|福井|山梨|長野|岐阜|静岡|愛知|三重|滋賀|兵庫|奈良|和歌山|鳥取|島根"
    r"|岡山|広島|山口|徳島|香川|愛媛|高知|福岡|佐賀|長崎|熊本|大分|宮崎|鹿児島|沖縄)県)"
)
# Block numbers after a municipality: 2丁目8番1号, 2-8-1, 1丁目2-3, 123番地
_BANCHI = (
    r"(?:[0-9]{1,4}|[一二三四五六七八九十]{1,3})丁目 ?[0-9]{1,4}(?:番地?|-)?(?:[0-9]{1,4}号?)?"
    r"|[0-9]{1,4}-[0-9]{1,4}(?:番地?|-)?(?:[0-9]{1,4}号?)?|[0-9]{1,4}番地|[0-9]{1,4}番[0-9]{1,4}号?"
)
_JP_ADDRESS = (
    r"〒 ?[0-9]{3}-?[0-9]{4}"
    rf"|{_PREFECTURE}[^\s、。,.!?？！]{{1,24}}?(?:{_BANCHI})"
    rf"|[^\s、。,.!?？！0-9]{{1,12}}[市区町村][^\s、。,.!?？！0-9]{{1,12}}(?:{_BANCHI})"
    # a prefecture and a town someone lives in: 「静岡県浜松市在住」 (no digit at all)
    rf"|{_PREFECTURE}[^\s、。,.!?？！0-9]{{1,10}}?[市区町村郡](?:在住|に住んで|に住む|に住ん|に暮らし)"
)


_JP_BLOCK_STRONG = re.compile(r"丁目|番地|[0-9]号|[0-9]{1,4}-[0-9]{1,4}-[0-9]{1,4}")


#: a public place named right before its address: 「国会議事堂（東京都千代田区…）」
_JP_FACILITY_BEFORE = re.compile(
    r"(?:堂|館|城|寺|神社|神宮|駅|空港|タワー|ホテル|公園|大学|役所|役場|庁|省|ドーム|スタジアム"
    r"|センター|本社|本店|ホール|劇場|動物園|水族館|美術館|博物館|会館|病院|大使館|領事館|事務所"
    r"|[ァ-ヴ]ー?[ァ-ヴー]{2,})(?:の(?:住所|所在地)は?|は)?[（(：: ]*\Z"
)


def _jp_address(match: re.Match[str]) -> bool:
    text = match.group()
    if _ASKING_WHAT_PLACE.search(match.string[match.end() : match.end() + 48]):
        return False
    # where the address starts: after "（" when the match took the name before it
    start = match.start() + max(text.rfind("（"), text.rfind("(")) + 1
    if _JP_FACILITY_BEFORE.search(match.string[max(0, start - 12) : start]):
        return False
    if text.startswith("〒") or _JP_BLOCK_STRONG.search(text):
        return True
    # prefecture + town + "2-8": enough with the prefecture; a bare 区/市 + "1-2" needs a
    # building or room after it, or words about living, sending or an address
    return (
        re.match(_PREFECTURE, text) is not None
        or _JP_BUILDING.match(match.string, match.end(), match.end() + 24) is not None
        or near(match, _JP_ADDRESS_WORDS, 24, 24)
    )


_JP_BUILDING = re.compile(
    r"[ 　]?[^\s、。,.!?？！]{0,12}?(?:[0-9]{1,4}号室|マンション|ハイツ|アパート|コーポ|レジデンス"
    r"|荘|ビル|[0-9]{1,4}[FＦ階])"
)
_JP_ADDRESS_WORDS = re.compile(
    r"住所|宛|届け|送っ|送付|送り先|配送|配達|発送|住んで|在住|自宅|実家|引っ越|転居|居住|お住まい"
)


# "taro [at] example [dot] com", "taro(at)example.jp", "taro アットマーク example.jp"
_OBFUSCATED_EMAIL = (
    r"(?ai)(?<![\w.+-])[a-z0-9][\w.+-]{0,63}\s*(?:\[at\]|\(at\)|\{at\}|アットマーク| at )\s*"
    r"[a-z0-9-]{1,63}(?:\s*(?:\[dot\]|\(dot\)|\{dot\}| dot |\.)\s*[a-z0-9-]{1,63})*"
    r"\s*(?:\[dot\]|\(dot\)|\{dot\}| dot |\.)\s*(?:com|net|org|jp|co|uk|io|de|fr|edu|gov|info)\b"
)


def _obfuscated_email(match: re.Match[str]) -> bool:
    text = match.group().lower()
    # " at " with a plain "." alone is prose ("look at example.com"): it needs a written "dot"
    return not (" at " in text and " dot " not in text)


_street_word_hint = words_hint(
    ("street", "st ", "st.", "st,", "avenue", "ave", "road", "rd", "boulevard", "blvd", "lane",
     "ln", "drive", "dr", "terrace", "parkway", "pkwy", "highway", "hwy", "crescent", "close",
     "court", "ct", "place", "way")
)  # fmt: skip


def _jp_hint(text: str) -> bool:
    return not text.isascii()


_jp_lives = words_hint(("在住", "住んで", "住む", "住ん", "暮らし"))


def _jp_lives_hint(text: str) -> bool:
    return not text.isascii() and count_digits(text) == 0 and _jp_lives(text)


def contact_detectors() -> list[PatternDetector]:
    """The contact-detail detectors, in the order they are tried."""
    return [
        AnyOf(
            "email",
            [
                PatternDetector("email", _EMAIL, _email, hint=lambda t: "@" in t),
                PatternDetector(
                    "email",
                    _OBFUSCATED_EMAIL,
                    _obfuscated_email,
                    hint=words_hint(("at]", "(at)", "{at}", "アットマーク", " dot ")),
                ),
            ],
        ),
        AnyOf(
            "phone",
            [
                PatternDetector("phone", _PHONE, _phone),
                PatternDetector("phone", _BARE_PHONE, _bare_phone, hint=keyword_hint(_PHONE_WORDS)),
            ],
            min_digits=8,
        ),
        AnyOf(
            "address",
            [
                PatternDetector(
                    "address", _US_STREET, _us_street, hint=keyword_hint(_SUFFIX_WORD), min_digits=1
                ),
                PatternDetector("address", _UK_POSTCODE, _uk_postcode, min_digits=2),
                PatternDetector(
                    "address", _PO_BOX, _po_box, hint=words_hint(("box",)), min_digits=1
                ),
                PatternDetector("address", _US_LINE, _us_line, min_digits=6),
                PatternDetector(
                    "address",
                    _STREET_ANY_CASE.pattern,
                    _street_any_case,
                    hint=_street_word_hint,
                    min_digits=1,
                ),
                PatternDetector(
                    "address", _JP_ADDRESS, _jp_address, hint=_jp_hint, min_digits=1
                ),
                # 「静岡県浜松市在住」 has no digit
                PatternDetector("address", _JP_ADDRESS, _jp_address, hint=_jp_lives_hint),
            ],
        ),
    ]
