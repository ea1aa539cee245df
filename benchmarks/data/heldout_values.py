"""Fake identifiers for the held-out personal-data set (``make_personal_data_heldout.py``).

Every maker takes a ``random.Random`` and returns a :class:`Value`: the identifier split into
the groups people write it in, a default separator, and the checking scheme the test
(``tests/test_personal_data_heldout.py``) verifies it against (``""``: format only). Numbers
are random but valid where the format has a check digit; phones come from the ranges set
aside for fiction where a country has one.
"""

from __future__ import annotations

import random
import string
from collections.abc import Callable
from dataclasses import dataclass

DIGITS = string.digits
UPPER = string.ascii_uppercase
ALNUM = string.ascii_letters + string.digits
_FULL_WIDTH = {c: c + 0xFEE0 for c in range(0x21, 0x7F)}


def full_width(text: str) -> str:
    """``text`` with ASCII letters, digits and punctuation as full-width forms (as typed in ja)."""
    return text.translate(_FULL_WIDTH)


@dataclass(frozen=True)
class Value:
    """One fake identifier: ``groups`` joined by ``sep`` unless a format spec says otherwise.

    Format specs (``{card:s}``): ``-`` dashes, ``s`` spaces, ``n`` no separator, ``.`` dots,
    ``k`` the long-vowel mark ``ー`` some Japanese users type for a dash, ``d`` the default;
    a trailing ``w`` writes the result in full-width characters. Values with a ``layout``
    (a ``str.format`` pattern over the groups) use it for the default.
    """

    groups: tuple[str, ...]
    sep: str = ""
    scheme: str = ""
    layout: str = ""

    @property
    def plain(self) -> str:
        """The identifier with no separators (what the test checks)."""
        return "".join(self.groups)

    def __format__(self, spec: str) -> str:
        wide = spec.endswith("w")
        spec = spec[:-1] if wide else spec
        if spec in ("", "d"):
            text = self.layout.format(*self.groups) if self.layout else self.sep.join(self.groups)
        else:
            seps = {"-": "-", "s": " ", "n": "", ".": ".", "k": "ー"}
            if spec not in seps:
                raise ValueError(f"unknown format spec {spec!r} for {self.plain!r}")
            text = seps[spec].join(self.groups)
        return full_width(text) if wide else text


def digits(rng: random.Random, n: int, first: str = DIGITS) -> str:
    """``n`` random digits, the first drawn from ``first``."""
    return rng.choice(first) + "".join(rng.choice(DIGITS) for _ in range(n - 1))


def chars(rng: random.Random, n: int, alphabet: str) -> str:
    """``n`` random characters of ``alphabet``."""
    return "".join(rng.choice(alphabet) for _ in range(n))


def split(text: str, sizes: tuple[int, ...]) -> tuple[str, ...]:
    """``text`` cut into consecutive pieces of the given sizes (the last takes the rest)."""
    out, at = [], 0
    for size in sizes:
        out.append(text[at : at + size])
        at += size
    if at < len(text):
        out[-1] += text[at:]
    return tuple(out)


# ---- check digits -------------------------------------------------------------------------


def luhn_digit(body: str) -> str:
    """The Luhn check digit to append to ``body``."""
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return str((10 - total % 10) % 10)


def iban(country: str, bban: str) -> Value:
    """An IBAN for ``bban`` with its mod-97 check digits, written in groups of four."""
    moved = "".join(str(int(c, 36)) for c in bban + country + "00")
    check = f"{98 - int(moved) % 97:02d}"
    text = country + check + bban
    return Value(tuple(text[i : i + 4] for i in range(0, len(text), 4)), " ", "iban")


def ean13_digit(body: str) -> str:
    """The EAN-13 (ISBN-13, JAN) check digit for 12 digits."""
    total = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body))
    return str((10 - total % 10) % 10)


# ---- people's numbers ---------------------------------------------------------------------


def ssn(rng: random.Random) -> Value:
    """A US SSN: area 001-665 or 667-899, group 01-99, serial 0001-9999."""
    area = rng.choice([a for a in range(1, 900) if a != 666])
    return Value((f"{area:03d}", f"{rng.randrange(1, 100):02d}", f"{rng.randrange(1, 10000):04d}"),
                 "-", "ssn")


def _card(rng: random.Random, prefix: str, length: int, sizes: tuple[int, ...]) -> Value:
    body = prefix + digits(rng, length - len(prefix) - 1)
    return Value(split(body + luhn_digit(body), sizes), " ", "luhn")


def card_visa(rng: random.Random) -> Value:
    return _card(rng, "4" + digits(rng, 3, "0123456789"), 16, (4, 4, 4, 4))


def card_mc(rng: random.Random) -> Value:
    return _card(rng, rng.choice(["51", "52", "53", "54", "55", "2221", "2720"]), 16, (4,) * 4)


def card_amex(rng: random.Random) -> Value:
    return _card(rng, rng.choice(["34", "37"]), 15, (4, 6, 5))


def card_jcb(rng: random.Random) -> Value:
    return _card(rng, str(rng.randrange(3528, 3590)), 16, (4, 4, 4, 4))


def card_discover(rng: random.Random) -> Value:
    return _card(rng, "6011", 16, (4, 4, 4, 4))


def aba(rng: random.Random) -> Value:
    """A US ABA routing number (Federal Reserve prefix 01-12 or 21-32, 3-7-1 checksum)."""
    body = rng.choice([f"{p:02d}" for p in (*range(1, 13), *range(21, 33))]) + digits(rng, 6)
    w = (3, 7, 1, 3, 7, 1, 3, 7)
    check = (10 - sum(int(c) * k for c, k in zip(body, w, strict=True)) % 10) % 10
    return Value((body + str(check),), "", "aba")


def us_account(rng: random.Random) -> Value:
    return Value((digits(rng, rng.choice([9, 10, 12]), "123456789"),))


def uk_sort(rng: random.Random) -> Value:
    return Value(split(digits(rng, 6, "1234678"), (2, 2, 2)), "-")


def uk_account(rng: random.Random) -> Value:
    return Value((digits(rng, 8, "1234567"),))


def iban_gb(rng: random.Random) -> Value:
    return iban("GB", rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + digits(rng, 14))


def iban_de(rng: random.Random) -> Value:
    return iban("DE", digits(rng, 8, "1234567") + digits(rng, 10))


def iban_nl(rng: random.Random) -> Value:
    return iban("NL", rng.choice(["ABNA", "INGB", "RABO", "SNSB"]) + digits(rng, 10))


def iban_ie(rng: random.Random) -> Value:
    return iban("IE", rng.choice(["AIBK", "BOFI"]) + digits(rng, 14, "9"))


def iban_fr(rng: random.Random) -> Value:
    bank, branch, account = digits(rng, 5, "123"), digits(rng, 5), digits(rng, 11)
    key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97
    return iban("FR", f"{bank}{branch}{account}{key:02d}")


def iban_es(rng: random.Random) -> Value:
    bank, branch, account = digits(rng, 4, "012"), digits(rng, 4), digits(rng, 10)

    def dc(text: str) -> str:
        w = (1, 2, 4, 8, 5, 10, 9, 7, 3, 6)
        r = 11 - sum(int(c) * k for c, k in zip(text, w, strict=True)) % 11
        return str({10: 1, 11: 0}.get(r, r))

    return iban("ES", bank + branch + dc("00" + bank + branch) + dc(account) + account)


def jp_account(rng: random.Random) -> Value:
    return Value((digits(rng, 7, "0123456"),))


def jp_branch(rng: random.Random) -> Value:
    return Value((digits(rng, 3, "1234567"),))


def yucho(rng: random.Random) -> Value:
    """A Japan Post Bank 記号 (1xxx0) and 番号 (xxxxxxx1), written 記号-番号."""
    return Value(("1" + digits(rng, 3) + "0", digits(rng, 7) + "1"), "-")


def passport_us(rng: random.Random) -> Value:
    return Value((digits(rng, 9, "56"),))


def passport_us_new(rng: random.Random) -> Value:
    return Value((rng.choice("ACEX") + digits(rng, 8),))


def passport_jp(rng: random.Random) -> Value:
    return Value((rng.choice(["TK", "TR", "TZ", "MZ", "TS"]) + digits(rng, 7),))


def passport_uk(rng: random.Random) -> Value:
    return Value((digits(rng, 9, "1256"),))


def passport_ca(rng: random.Random) -> Value:
    return Value((chars(rng, 2, "ABGHJKLMNP") + digits(rng, 6),))


def passport_de(rng: random.Random) -> Value:
    return Value(("C" + chars(rng, 8, "CFGHJKLMNPRTVWXYZ0123456789"),))


def passport_in(rng: random.Random) -> Value:
    return Value((rng.choice("JKLMNPRSTUVWZ") + digits(rng, 7, "123456789"),))


def passport_au(rng: random.Random) -> Value:
    return Value((rng.choice(["PA", "PB", "PE", "N"]) + digits(rng, 7),))


def mrz_digit(text: str) -> str:
    """ICAO 9303 check digit (weights 7, 3, 1; ``<`` is 0, letters A=10 .. Z=35)."""
    val = {**{c: int(c) for c in DIGITS}, "<": 0, **{c: 10 + i for i, c in enumerate(UPPER)}}
    return str(sum(val[c] * (7, 3, 1)[i % 3] for i, c in enumerate(text)) % 10)


def mrz_jp(rng: random.Random) -> Value:
    """Line 2 of a Japanese passport's machine-readable zone, check digits included."""
    number = passport_jp(rng).plain
    birth = f"{rng.randrange(60, 100):02d}{rng.randrange(1, 13):02d}{rng.randrange(1, 29):02d}"
    expiry = f"{rng.randrange(28, 35):02d}{rng.randrange(1, 13):02d}{rng.randrange(1, 29):02d}"
    sex, pad = rng.choice("MF"), "<" * 14
    line = number + mrz_digit(number) + "JPN" + birth + mrz_digit(birth) + sex + expiry
    line += mrz_digit(expiry) + pad + mrz_digit(pad)
    final = mrz_digit(line[0:10] + line[13:20] + line[21:43])
    return Value((line + final,), "", "mrz")


def dl_ca(rng: random.Random) -> Value:
    return Value((rng.choice(UPPER) + digits(rng, 7),))


def dl_ny(rng: random.Random) -> Value:
    return Value(split(digits(rng, 9, "1234567"), (3, 3, 3)), " ")


def dl_fl(rng: random.Random) -> Value:
    return Value(split(rng.choice(UPPER) + digits(rng, 12), (4, 3, 2, 3, 1)), "-")


def dl_tx(rng: random.Random) -> Value:
    return Value((digits(rng, 8, "0123"),))


def dl_il(rng: random.Random) -> Value:
    return Value(split(rng.choice(UPPER) + digits(rng, 11), (4, 4, 4)), "-")


def dl_on(rng: random.Random) -> Value:
    return Value(split(rng.choice(UPPER) + digits(rng, 14), (5, 5, 5)), "-")


def dl_uk(rng: random.Random) -> Value:
    """A UK licence number: surname (5, padded with 9), birth decade, month (+50 female),
    day, year digit, two initials, a 9 and two check letters."""
    surname = rng.choice(["HOLLO", "PRICE", "MARSD", "OKAFO", "WINTE", "LEE99", "BRADS"])
    year = rng.randrange(55, 100)
    month = rng.randrange(1, 13) + rng.choice([0, 50])
    body = f"{surname}{year // 10}{month:02d}{rng.randrange(1, 29):02d}{year % 10}"
    return Value((body + chars(rng, 2, UPPER) + "9" + chars(rng, 2, UPPER),), "", "uk_dl")


def dl_jp(rng: random.Random) -> Value:
    """A Japanese licence number: commission code, year of first issue, serial, 2 digits."""
    code = rng.choice(["30", "45", "62", "54", "10", "44", "91"])
    return Value((code + f"{rng.randrange(0, 24):02d}" + digits(rng, 8),))


def dl_au(rng: random.Random) -> Value:
    return Value((digits(rng, 8, "1234"),))


# ---- secrets ------------------------------------------------------------------------------


def aws_key_id(rng: random.Random) -> Value:
    return Value(("AKIA" + chars(rng, 16, UPPER + "234567"),))


def aws_secret(rng: random.Random) -> Value:
    return Value((chars(rng, 40, ALNUM + "/+"),))


def github_pat(rng: random.Random) -> Value:
    return Value(("ghp_" + chars(rng, 36, ALNUM),))


def github_fine(rng: random.Random) -> Value:
    return Value(("github_pat_11" + chars(rng, 20, UPPER + DIGITS) + "_" + chars(rng, 59, ALNUM),))


def slack_bot(rng: random.Random) -> Value:
    return Value((f"xoxb-{digits(rng, 12, '1234')}-{digits(rng, 13, '1234')}-"
                  + chars(rng, 24, ALNUM),))


def stripe_live(rng: random.Random) -> Value:
    return Value(("sk_live_51" + chars(rng, 97, ALNUM),))


def openai_key(rng: random.Random) -> Value:
    return Value(("sk-proj-" + chars(rng, 48, ALNUM + "-_") + "T3BlbkFJ" + chars(rng, 48, ALNUM),))


def google_key(rng: random.Random) -> Value:
    return Value(("AIza" + chars(rng, 35, ALNUM + "-_"),))


def azure_storage(rng: random.Random) -> Value:
    return Value((chars(rng, 86, ALNUM + "+/") + "==",))


def sendgrid(rng: random.Random) -> Value:
    return Value(("SG." + chars(rng, 22, ALNUM + "-_") + "." + chars(rng, 43, ALNUM + "-_"),))


def hex_token(rng: random.Random) -> Value:
    return Value((chars(rng, 32, "0123456789abcdef"),))


def password(rng: random.Random) -> Value:
    word = rng.choice(["Sunflower", "Kestrel", "Maple", "Tanuki", "Harbour", "Orion"])
    return Value((word + rng.choice("!#$%&*") + digits(rng, 4) + chars(rng, 2, UPPER),))


# ---- phones -------------------------------------------------------------------------------


def phone_us(rng: random.Random) -> Value:
    """A US number in the 555-0100..0199 range set aside for fiction."""
    area = rng.choice(["212", "415", "312", "617", "206", "512", "303", "404", "718"])
    return Value((area, "555", f"01{rng.randrange(0, 100):02d}"), "-", "", "({}) {}-{}")


def phone_uk_mobile(rng: random.Random) -> Value:
    """A UK mobile in Ofcom's drama range 07700 900000-900999."""
    return Value(("07700", "900" + digits(rng, 3)), " ")


def phone_uk_london(rng: random.Random) -> Value:
    """A London number in Ofcom's drama range 020 7946 0000-0999."""
    return Value(("020", "7946", "0" + digits(rng, 3)), " ")


def phone_jp_mobile(rng: random.Random) -> Value:
    return Value((rng.choice(["090", "080", "070"]), digits(rng, 4, "123456789"), digits(rng, 4)),
                 "-")


def phone_jp_tokyo(rng: random.Random) -> Value:
    return Value(("03", digits(rng, 4, "3456"), digits(rng, 4)), "-")


def phone_jp_osaka(rng: random.Random) -> Value:
    return Value(("06", digits(rng, 4, "4679"), digits(rng, 4)), "-")


def phone_au_mobile(rng: random.Random) -> Value:
    """An Australian mobile from ACMA's list of numbers for fiction."""
    return Value(("0491", "570", rng.choice(["006", "156", "157", "158", "159", "110", "313"])),
                 " ")


# ---- national ids -------------------------------------------------------------------------


def my_number(rng: random.Random) -> Value:
    """A Japanese individual number (マイナンバー): 11 digits and the mod-11 check digit."""
    body = digits(rng, 11, "123456789")
    weights = [n + 1 if n <= 6 else n - 5 for n in range(1, 12)]
    r = sum(int(c) * w for c, w in zip(reversed(body), weights, strict=True)) % 11
    return Value(split(body + str(0 if r <= 1 else 11 - r), (4, 4, 4)), " ", "my_number")


def uk_ni(rng: random.Random) -> Value:
    """A UK National Insurance number with an allowed prefix and suffix A-D."""
    first = "ABCEGHJKLMNOPRSTWXYZ"
    second = "ABCEGHJKLMNPRSTWXYZ"
    while (prefix := rng.choice(first) + rng.choice(second)) in {"BG", "GB", "KN", "NK", "NT",
                                                                  "TN", "ZZ"}:
        pass
    return Value((prefix, *split(digits(rng, 6), (2, 2, 2)), rng.choice("ABCD")), " ", "uk_ni")


def sin_ca(rng: random.Random) -> Value:
    body = digits(rng, 8, "1234567")
    return Value(split(body + luhn_digit(body), (3, 3, 3)), " ", "luhn")


def dni_es(rng: random.Random) -> Value:
    number = digits(rng, 8)
    return Value((number + "TRWAGMYFPDXBNJZSQVHLCKE"[int(number) % 23],), "", "dni")


def nie_es(rng: random.Random) -> Value:
    lead, number = rng.choice("XYZ"), digits(rng, 7)
    letter = "TRWAGMYFPDXBNJZSQVHLCKE"[int(str("XYZ".index(lead)) + number) % 23]
    return Value((lead + number + letter,), "", "dni")


def bsn_nl(rng: random.Random) -> Value:
    """A Dutch BSN passing the 11-test (9..2 weights minus the last digit)."""
    while True:
        body = digits(rng, 8, "123456")
        last = sum(int(c) * w for c, w in zip(body, range(9, 1, -1), strict=True)) % 11
        if last < 10:
            return Value((body + str(last),), "", "bsn")


def tfn_au(rng: random.Random) -> Value:
    """An Australian tax file number passing the weighted mod-11 check."""
    weights = (1, 4, 3, 7, 5, 8, 6, 9, 10)
    while True:
        number = digits(rng, 9, "123456789")
        if sum(int(c) * w for c, w in zip(number, weights, strict=True)) % 11 == 0:
            return Value(split(number, (3, 3, 3)), " ", "tfn")


def insee_fr(rng: random.Random) -> Value:
    """A French INSEE (sécurité sociale) number with its mod-97 key."""
    body = (rng.choice("12") + f"{rng.randrange(50, 100):02d}" + f"{rng.randrange(1, 13):02d}"
            + rng.choice(["75", "69", "13", "33", "59", "31"]) + digits(rng, 3) + digits(rng, 3))
    key = f"{97 - int(body) % 97:02d}"
    return Value(split(body + key, (1, 2, 2, 2, 3, 3, 2)), " ", "insee")


def _verhoeff_tables() -> tuple[list[list[int]], list[list[int]], list[int]]:
    # dihedral group D5 multiplication, the position permutation and the inverse table
    d = [[0] * 10 for _ in range(10)]
    for j in range(10):
        for k in range(10):
            if j < 5 and k < 5:
                d[j][k] = (j + k) % 5
            elif j < 5:
                d[j][k] = 5 + (j + k - 5) % 5
            elif k < 5:
                d[j][k] = 5 + (j - 5 - k) % 5
            else:
                d[j][k] = (j - k) % 5
    p = [list(range(10)), [1, 5, 7, 6, 2, 8, 3, 0, 9, 4]]
    for i in range(2, 8):
        p.append([p[1][p[i - 1][k]] for k in range(10)])
    inv = [next(k for k in range(10) if d[j][k] == 0) for j in range(10)]
    return d, p, inv


def aadhaar(rng: random.Random) -> Value:
    """An Indian Aadhaar number (12 digits, first 2-9) with its Verhoeff check digit."""
    d, p, inv = _verhoeff_tables()
    body = digits(rng, 11, "23456789")
    c = 0
    for i, ch in enumerate(reversed(body)):
        c = d[c][p[(i + 1) % 8][int(ch)]]
    return Value(split(body + str(inv[c]), (4, 4, 4)), " ", "verhoeff")


def cpf_br(rng: random.Random) -> Value:
    """A Brazilian CPF with its two mod-11 check digits, written 123.456.789-09."""
    body = digits(rng, 9)
    for n in (10, 11):
        r = sum(int(c) * w for c, w in zip(body, range(n, 1, -1), strict=True)) * 10 % 11
        body += str(r % 10)
    return Value(split(body, (3, 3, 3, 2)), "", "cpf", "{}.{}.{}-{}")


def zairyu(rng: random.Random) -> Value:
    return Value((chars(rng, 2, UPPER) + digits(rng, 8) + chars(rng, 2, UPPER),))


def nenkin(rng: random.Random) -> Value:
    return Value((digits(rng, 4, "1234567"), digits(rng, 6)), "-")


def hoken_kigo(rng: random.Random) -> Value:
    return Value((digits(rng, 8, "123456789"),))


def hoken_bango(rng: random.Random) -> Value:
    return Value((str(rng.randrange(1, 400)),))


# ---- addresses ----------------------------------------------------------------------------


def ipv4_public(rng: random.Random) -> Value:
    """A public IPv4 address (not private, shared, loopback, link-local, test or multicast)."""
    while True:
        a = rng.randrange(1, 224)
        b = rng.randrange(0, 256)
        if a in (10, 127) or (a, b // 16) == (172, 1) or (a, b) in ((192, 168), (169, 254)):
            continue
        if (a == 100 and 64 <= b < 128) or a in (192, 198, 203):
            continue
        return Value((str(a), str(b), str(rng.randrange(0, 256)), str(rng.randrange(1, 255))), ".")


def ipv6_public(rng: random.Random) -> Value:
    head = rng.choice(["2400:4051", "2a02:c7c", "2601:1c2", "240b:10", "2407:c800"])
    tail = ":".join(f"{rng.randrange(1, 0x10000):x}" for _ in range(4))
    return Value((f"{head}:{rng.randrange(0x100, 0x10000):x}:{rng.randrange(1, 0x10000):x}:"
                  + tail,))


# ---- look-alikes for the negatives --------------------------------------------------------


def isbn_en(rng: random.Random) -> Value:
    body = "978" + rng.choice(["0", "1"]) + digits(rng, 8)
    return Value(split(body + ean13_digit(body), (3, 1, 4, 4, 1)), "-", "ean13")


def isbn_ja(rng: random.Random) -> Value:
    body = "9784" + digits(rng, 8)
    return Value(split(body + ean13_digit(body), (3, 1, 3, 5, 1)), "-", "ean13")


def jan(rng: random.Random) -> Value:
    body = rng.choice(["49", "45"]) + digits(rng, 10)
    return Value((body + ean13_digit(body),), "", "ean13")


def corporate_number(rng: random.Random) -> Value:
    """A Japanese 法人番号: a check digit then 12 digits; the check digit is 9 minus the sum of
    the digits, weighted 1, 2, 1, 2 ... from the right, mod 9."""
    body = digits(rng, 12, "123456789")
    total = sum(int(c) * (1 if i % 2 == 0 else 2) for i, c in enumerate(reversed(body)))
    return Value((str(9 - total % 9) + body,), "", "corporate")


def yamato(rng: random.Random) -> Value:
    """A 12-digit parcel number whose last digit is the first eleven mod 7."""
    body = digits(rng, 11, "2345")
    return Value(split(body + str(int(body) % 7), (4, 4, 4)), "-", "mod7")


def amazon_order(rng: random.Random) -> Value:
    return Value((rng.choice(["112", "113", "114", "249", "250"]), digits(rng, 7), digits(rng, 7)),
                 "-")


def uuid(rng: random.Random) -> Value:
    h = chars(rng, 32, "0123456789abcdef")
    h = h[:12] + "4" + h[13:16] + rng.choice("89ab") + h[17:]
    return Value(split(h, (8, 4, 4, 4, 12)), "-")


def sha_short(rng: random.Random) -> Value:
    return Value((chars(rng, 40, "0123456789abcdef"),))


def sha_long(rng: random.Random) -> Value:
    return Value((chars(rng, 64, "0123456789abcdef"),))


def order_no(rng: random.Random) -> Value:
    return Value((digits(rng, 10, "123456789"),))


MAKERS: dict[str, Callable[[random.Random], Value]] = {
    name: fn for name, fn in globals().items()
    if callable(fn) and name != "iban"
    and getattr(fn, "__annotations__", {}).get("return") in ("Value", Value)
}
"""Every maker by name, as the templates call them (``{card_visa}``, ``{card_visa2}``)."""
