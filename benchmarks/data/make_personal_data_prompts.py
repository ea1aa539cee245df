# ruff: noqa: E501  (one prompt per line reads better than wrapped prose)
"""Build ``personal-data-prompts.jsonl``: labelled prompts for personal-data detectors.

Written by this project independently of the detector code (the author did not read it).
Every prompt text below was written by hand; the script only fills in fake identifiers
with valid check digits (Luhn, My Number mod 11, IBAN mod 97, ABA routing, ...) from a
fixed seed, gives ids, and splits the rows into ``tune`` and ``report`` halves: one
alternation through each kind's rows (English, then Japanese), the first row of every
other kind going to ``report``; so each kind, each (kind, language) group and each
(label, language) total is split half/half within a row or two.
Run: ``python benchmarks/data/make_personal_data_prompts.py``.
"""

from __future__ import annotations

import json
import random
import string
from pathlib import Path

from personal_data_texts import NEGATIVES, POSITIVES  # the hand-written texts, next to this file

OUT = Path(__file__).with_name("personal-data-prompts.jsonl")
RNG = random.Random(20261202)

DIGITS = string.digits
UPPER = string.ascii_uppercase
ALNUM = string.ascii_letters + string.digits


def _pick(chars: str, n: int) -> str:
    return "".join(RNG.choice(chars) for _ in range(n))


def fullwidth(text: str) -> str:
    """ASCII letters, digits and '-' to their full-width forms (as typed with a Japanese IME)."""
    out = []
    for ch in text:
        if ch == "-":
            out.append("－")
        elif "!" <= ch <= "~":
            out.append(chr(ord(ch) + 0xFEE0))
        else:
            out.append(ch)
    return "".join(out)


# ---- check digits -------------------------------------------------------------------------


def luhn_check_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_number(prefix: str, length: int) -> str:
    body = prefix + _pick(DIGITS, length - len(prefix) - 1)
    return body + luhn_check_digit(body)


def my_number() -> str:
    """12-digit Japanese individual number with its mod-11 check digit."""
    body = str(RNG.randint(1, 9)) + _pick(DIGITS, 10)
    total = 0
    for n, ch in enumerate(reversed(body), start=1):
        q = n + 1 if n <= 6 else n - 5
        total += int(ch) * q
    r = total % 11
    return body + str(0 if r <= 1 else 11 - r)


def iban(country: str, bban: str) -> str:
    moved = bban + country + "00"
    num = int("".join(str(int(c, 36)) for c in moved))
    return f"{country}{98 - num % 97:02d}{bban}"


def iban_spaced(value: str) -> str:
    return " ".join(value[i : i + 4] for i in range(0, len(value), 4))


def aba_routing() -> str:
    while True:
        body = RNG.choice(["01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12",
                           "21", "22", "23", "26", "31", "32"]) + _pick(DIGITS, 6)
        for last in DIGITS:
            d = [int(c) for c in body + last]
            if (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + d[2] + d[5] + d[8]) % 10 == 0:
                return body + last


def ssn_digits() -> str:
    area = RNG.choice([n for n in range(1, 900) if n != 666])
    return f"{area:03d}{RNG.randint(1, 99):02d}{RNG.randint(1, 9999):04d}"


def nino() -> str:
    first = RNG.choice([c for c in UPPER if c not in "DFIQUV"])
    while True:
        second = RNG.choice([c for c in UPPER if c not in "DFIOQUV"])
        if first + second not in {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}:
            break
    return first + second + _pick(DIGITS, 6) + RNG.choice("ABCD")


def sin() -> str:
    return luhn_number(RNG.choice("1234567"), 9)


def dni_es() -> str:
    n = RNG.randint(10_000_000, 99_999_999)
    return f"{n}{'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}"


def bsn_nl() -> str:
    while True:
        d = [RNG.randint(1, 9)] + [RNG.randint(0, 9) for _ in range(8)]
        if (sum(w * x for w, x in zip(range(9, 1, -1), d[:8], strict=True)) - d[8]) % 11 == 0:
            return "".join(map(str, d))


def tfn_au() -> str:
    weights = [1, 4, 3, 7, 5, 8, 6, 9, 10]
    while True:
        d = [RNG.randint(1, 9)] + [RNG.randint(0, 9) for _ in range(8)]
        if sum(w * x for w, x in zip(weights, d, strict=True)) % 11 == 0:
            s = "".join(map(str, d))
            return f"{s[:3]} {s[3:6]} {s[6:]}"


def insee_fr() -> str:
    body = (f"{RNG.choice('12')}{RNG.randint(50, 99):02d}{RNG.randint(1, 12):02d}"
            f"{RNG.randint(1, 95):02d}{RNG.randint(1, 999):03d}{RNG.randint(1, 999):03d}")
    key = 97 - int(body) % 97
    return f"{body[0]} {body[1:3]} {body[3:5]} {body[5:7]} {body[7:10]} {body[10:13]} {key:02d}"


def ipv4() -> str:
    while True:
        a = RNG.randint(1, 223)
        if a in (10, 127, 100, 169, 172, 192):
            continue
        return f"{a}.{RNG.randint(0, 255)}.{RNG.randint(0, 255)}.{RNG.randint(1, 254)}"


def ipv6() -> str:
    groups = [f"{RNG.randint(0, 0xFFFF):x}" for _ in range(5)]
    return f"240{RNG.randint(0, 9)}:{RNG.randint(0x1000, 0xFFFF):x}:" + ":".join(groups) + f":{RNG.randint(1, 0xFFFF):x}"


# ---- value generators, one per placeholder -----------------------------------------------


def _card(prefix: str, length: int, style: str) -> str:
    num = luhn_number(prefix, length)
    groups = [4, 6, 5] if length == 15 else [4, 4, 4, 4]
    parts, i = [], 0
    for g in groups:
        parts.append(num[i : i + g])
        i += g
    return {"plain": num, "sp": " ".join(parts), "dash": "-".join(parts)}[style]


def _us_phone(fmt: str) -> str:
    area = RNG.choice(["212", "415", "312", "617", "206", "512", "303", "404", "646", "718"])
    exch = "555" if RNG.random() < 0.5 else f"{RNG.randint(2, 9)}{RNG.randint(0, 9)}{RNG.randint(2, 9)}"
    line = f"{RNG.randint(0, 9999):04d}"
    return fmt.format(a=area, e=exch, l=line)


def _jp_mobile(sep: str) -> str:
    return sep.join([RNG.choice(["090", "080", "070"]), _pick(DIGITS, 4), _pick(DIGITS, 4)])


def _jp_land(sep: str) -> str:
    area, n = RNG.choice([("03", 4), ("06", 4), ("052", 3), ("011", 3), ("092", 3), ("045", 3)])
    return sep.join([area, _pick("2345678", 1) + _pick(DIGITS, n - 1), _pick(DIGITS, 4)])


def _uk_mobile(fmt: str) -> str:
    if RNG.random() < 0.5:
        return fmt.format(p="7700", a="900", b=f"{RNG.randint(0, 999):03d}")
    return fmt.format(p="7" + _pick("45789", 1) + _pick(DIGITS, 2), a=_pick(DIGITS, 3), b=_pick(DIGITS, 3))


def _dl_uk() -> str:
    surname = RNG.choice(["MORGA", "HOLLI", "PRICE", "BRIGG", "OKAFO", "CHEN9", "WALSH", "DAVIE"])
    year, month, day = RNG.randint(50, 99), RNG.randint(1, 12), RNG.randint(1, 28)
    month += RNG.choice([0, 50])
    return f"{surname}{str(year)[0]}{month:02d}{day:02d}{str(year)[1]}{_pick(UPPER, 2)}9{_pick(UPPER, 2)}"


def _privkey() -> str:
    lines = ["MII" + _pick(ALNUM + "+/", 61)] + [_pick(ALNUM + "+/", 64) for _ in range(4)]
    return "-----BEGIN RSA PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END RSA PRIVATE KEY-----"


GEN = {
    "ssn": lambda: (lambda s: f"{s[:3]}-{s[3:5]}-{s[5:]}")(ssn_digits()),
    "ssn_plain": ssn_digits,
    "ssn_sp": lambda: (lambda s: f"{s[:3]} {s[3:5]} {s[5:]}")(ssn_digits()),
    "pp_us": lambda: RNG.choice([_pick(DIGITS, 9), "A" + _pick(DIGITS, 8)]),
    "pp_usc": lambda: "C" + _pick(DIGITS, 8),
    "pp_jp": lambda: RNG.choice(["TK", "TR", "TZ", "MU", "MZ", "RE", "RK", "TS", "AZ"]) + _pick(DIGITS, 7),
    "pp_uk": lambda: RNG.choice("12345") + _pick(DIGITS, 8),
    "pp_ca": lambda: _pick(UPPER, 2) + _pick(DIGITS, 6),
    "pp_de": lambda: "C" + _pick("CFGHJKLMNPRTVWXYZ0123456789", 8),
    "pp_in": lambda: RNG.choice("JKLMNPRSTVWZ") + _pick(DIGITS, 7),
    "pp_fr": lambda: _pick(DIGITS, 2) + _pick(UPPER, 2) + _pick(DIGITS, 5),
    "pp_au": lambda: RNG.choice("NPERL") + _pick(DIGITS, 7),
    "sortcode": lambda: "-".join(_pick(DIGITS, 2) for _ in range(3)),
    "sortcode_plain": lambda: _pick(DIGITS, 6),
    "acct8": lambda: _pick(DIGITS, 8),
    "routing": aba_routing,
    "us_acct": lambda: str(RNG.randint(1, 9)) + _pick(DIGITS, RNG.randint(8, 11)),
    "jp_branch": lambda: _pick("123456789", 1) + _pick(DIGITS, 2),
    "jp_acct": lambda: _pick(DIGITS, 7),
    "yucho_kigo": lambda: "1" + _pick(DIGITS, 3) + "0",
    "yucho_num": lambda: _pick("123456789", 1) + _pick(DIGITS, 7),
    "iban_gb": lambda: iban("GB", RNG.choice(["NWBK", "BARC", "LOYD", "MIDL"]) + _pick(DIGITS, 14)),
    "iban_de": lambda: iban("DE", _pick(DIGITS, 18)),
    "iban_nl": lambda: iban("NL", RNG.choice(["ABNA", "INGB", "RABO"]) + _pick(DIGITS, 10)),
    "iban_ie": lambda: iban("IE", RNG.choice(["AIBK", "BOFI"]) + _pick(DIGITS, 14)),
    "iban_ch": lambda: iban("CH", _pick(DIGITS, 17)),
    "dl_ca": lambda: _pick(UPPER, 1) + _pick(DIGITS, 7),
    "dl_ny": lambda: (lambda s: RNG.choice([s, f"{s[:3]} {s[3:6]} {s[6:]}"]))(_pick(DIGITS, 9)),
    "dl_fl": lambda: (lambda s: f"{_pick(UPPER, 1)}{s[:3]}-{s[3:6]}-{s[6:8]}-{s[8:11]}-{s[11]}")(_pick(DIGITS, 12)),
    "dl_tx": lambda: RNG.choice("0123") + _pick(DIGITS, 7),
    "dl_il": lambda: (lambda s: f"{_pick(UPPER, 1)}{s[:3]}-{s[3:7]}-{s[7:]}")(_pick(DIGITS, 11)),
    "dl_wa": lambda: "WDL" + _pick(UPPER + DIGITS, 9),
    "dl_uk": _dl_uk,
    "dl_jp": lambda: RNG.choice(["30", "40", "46", "47", "62", "50", "53", "71"]) + _pick(DIGITS, 10),
    "aws_id": lambda: "AKIA" + _pick(UPPER + "234567", 16),
    "aws_secret": lambda: _pick(ALNUM + "/+", 40),
    "gh": lambda: "ghp_" + _pick(ALNUM, 36),
    "slack": lambda: f"xoxb-{_pick(DIGITS, 12)}-{_pick(DIGITS, 13)}-{_pick(ALNUM, 24)}",
    "stripe": lambda: "sk_live_" + _pick(ALNUM, 24),
    "gcp": lambda: "AIzaSy" + _pick(ALNUM + "-_", 33),
    "azure": lambda: _pick(ALNUM + "+/", 86) + "==",
    "privkey": _privkey,
    "us_paren": lambda: _us_phone("({a}) {e} {l}"),
    "us_paren2": lambda: _us_phone("({a}){e}-{l}"),
    "us_plain": lambda: _us_phone("{a}{e}{l}"),
    "us_intl": lambda: _us_phone("+1 {a} {e} {l}"),
    "us_dash": lambda: _us_phone("{a}-{e}-{l}"),
    "us_dot": lambda: _us_phone("{a}.{e}.{l}"),
    "uk_mob": lambda: _uk_mobile("0{p} {a}{b}"),
    "uk_mob_plain": lambda: _uk_mobile("0{p}{a}{b}"),
    "uk_intl": lambda: _uk_mobile("+44 {p} {a}{b}"),
    "uk_land": lambda: f"020 7946 0{RNG.randint(0, 999):03d}",
    "jp_mob": lambda: _jp_mobile("-"),
    "jp_mob_plain": lambda: _jp_mobile(""),
    "jp_intl": lambda: "+81 " + _jp_mobile(" ")[1:],
    "jp_land": lambda: _jp_land("-"),
    "jp_land_plain": lambda: _jp_land(""),
    "visa": lambda: _card("4", 16, "plain"),
    "visa_sp": lambda: _card("4", 16, "sp"),
    "visa_dash": lambda: _card("4", 16, "dash"),
    "mc": lambda: _card(RNG.choice(["51", "53", "55", "2221"]), 16, "plain"),
    "mc_sp": lambda: _card(RNG.choice(["52", "54"]), 16, "sp"),
    "mc_dash": lambda: _card("55", 16, "dash"),
    "amex": lambda: _card(RNG.choice(["34", "37"]), 15, "plain"),
    "amex_sp": lambda: _card(RNG.choice(["34", "37"]), 15, "sp"),
    "discover": lambda: _card("6011", 16, "plain"),
    "jcb": lambda: _card("35", 16, "plain"),
    "jcb_sp": lambda: _card("35", 16, "sp"),
    "mynum": my_number,
    "mynum_sp": lambda: (lambda s: f"{s[:4]} {s[4:8]} {s[8:]}")(my_number()),
    "mynum_dash": lambda: (lambda s: f"{s[:4]}-{s[4:8]}-{s[8:]}")(my_number()),
    "ip": ipv4,
    "ip6": ipv6,
    "nino": lambda: (lambda s: f"{s[:2]} {s[2:4]} {s[4:6]} {s[6:8]} {s[8]}")(nino()),
    "nino_plain": nino,
    "sin": sin,
    "sin_dash": lambda: (lambda s: f"{s[:3]}-{s[3:6]}-{s[6:]}")(sin()),
    "sin_sp": lambda: (lambda s: f"{s[:3]} {s[3:6]} {s[6:]}")(sin()),
    "dni": dni_es,
    "bsn": bsn_nl,
    "tfn": tfn_au,
    "insee": insee_fr,
    "zairyu": lambda: _pick(UPPER, 2) + _pick(DIGITS, 8) + _pick(UPPER, 2),
    "nenkin": lambda: f"{_pick(DIGITS, 4)}-{_pick(DIGITS, 6)}",
    "hoken_kigo": lambda: _pick(DIGITS, 4),
    "hoken_num": lambda: _pick(DIGITS, 3),
}


class Values(dict):
    """Mapping for ``str.format_map``: a fresh fake value per placeholder.

    A ``_fw`` suffix gives the full-width form, a ``_lower`` suffix the lower-case form,
    ``_spc`` the IBAN in groups of four.
    """

    def __missing__(self, key: str) -> str:
        for suffix, change in (("_fw", fullwidth), ("_lower", str.lower), ("_spc", iban_spaced)):
            if key.endswith(suffix):
                return change(GEN[key.removesuffix(suffix)]())
        return GEN[key]()


def build() -> list[dict]:
    """All rows, positives then negatives, ids numbered per language."""
    rows: list[dict] = []
    counters = {"en": 0, "ja": 0}
    for label, table in ((1, POSITIVES), (0, NEGATIVES)):
        for k, (kind, by_lang) in enumerate(table.items()):
            i = k  # one alternation through a kind's rows; its first split alternates by kind
            for lang, texts in by_lang.items():
                for text in texts:
                    counters[lang] += 1
                    rows.append({
                        "id": f"pd-{lang}-{counters[lang]:03d}",
                        "text": text.format_map(Values()) if label else text,
                        "lang": lang,
                        "label": label,
                        "kind": kind,
                        "split": "tune" if i % 2 == 0 else "report",
                    })
                    i += 1
    return rows


def main() -> None:
    rows = build()
    with OUT.open("w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} rows to {OUT}")


if __name__ == "__main__":
    main()
