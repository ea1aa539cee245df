"""Two histories that do not line up, compared by the facts that matter for the question.

A thread said in other words rarely lines up exchange by exchange: one side gives the plan,
the date and the party size in one turn, the other in three answers to the assistant's
questions, in other words ("seven-night" / "7-nighter", 小４ / 小学四年生). Then
:mod:`yamabiko.conversation.match` cannot pair the turns (``history:topic``,
``history:extra``) and the turn rules, made for minimal pairs, do not apply. What a
follow-up question depends on is what the user *stated*: names, numbers, dates, people and
other key nouns, a reversal, and the facts the assistant confirmed. :func:`compare_stated`
compares those, each side against everything the other side states (its user turns and the
sentences of its replies that ask nothing: an assistant's offer, "30 minutes or an hour?",
says both options without choosing one). The first check that fails names what differed
(``history:facts-<check>``):

1. ``span``: a length of time a user states is said on the other side when that side
   states a length of the same scale (a fortnight / three weeks; session 14) or in days
   against months (six weeks is a month and a half, two months is not: session 26).
2. ``named``: every number and name a user states is said on the other side (the same
   word, an equivalent word by the guard's minimal-pair check, or a number of the same
   value said in any form :mod:`yamabiko.conversation.values` reads: "three-bedroom" says 3,
   a week says 7, *two-day* says the 48 of *48-hour*:
   :func:`~yamabiko.conversation.lengths.day_counts`); the number one lost on one side only
   counts only when the other side's users state a number of their own, a capitalised word
   that opens a sentence is no name,
   nor a katakana loanword (ドリンク, プレゼント) in a turn whose reply confirms it in words
   the other side says (:mod:`yamabiko.conversation.equivalents`), nor a word of a name of
   several words whose other word the other side says with no name of its own beside it
   (Ford Fiesta / Fiesta: :func:`~yamabiko.conversation.names.name_part_said`, also in 7),
   nor a count of days or colours both list (:mod:`yamabiko.conversation.tallies`), nor the
   month of a Japanese day the other side states with no month (12月29日 / 二十九日:
   :func:`~yamabiko.conversation.calendar.month_of_undated_day`), nor a Japanese child's age
   the other side says as a school year or the other way round (八歳 / 小学二年:
   :func:`~yamabiko.conversation.schooling.age_in_school_year`), nor a Japanese month whose
   season the other side names with no month (十月 / 秋:
   :func:`~yamabiko.conversation.calendar.month_in_named_season`), nor the ends of a clock
   range whose length the other side states, or a length's count where it states the ends
   (*8 till 11pm* / *three hours*: :func:`~yamabiko.conversation.ranges.range_words`, also in 7),
   nor a holiday whose date the other side states (*Christmas* / *18 to 27 December*,
   *Valentine's Day* / *14 February*: :func:`~yamabiko.conversation.holidays.holiday_words`,
   WordNet's time nouns, also in 7);
   nor a word said only inside a rejected alternative (*rather than stay at a B&B*:
   :func:`~yamabiko.conversation.contrast.rejected_only`, session 39);
   a loanword of a kind or group of things (タイプ, クラス:
   :func:`~yamabiko.conversation.glosses.abstract_loanword`, also in 7) lost on one side only.
   ``count``: a thing both sides count (the noun after a number: one bin / three bins)
   is never counted by the same number on both (the 3 of "3 Mill Lane" counts no bins;
   :func:`~yamabiko.conversation.values.changed_counts`).
3. ``date``: every date a user states is said on the other side (Sat = Saturday; this
   morning is today: a part of the day is detail where the other side names none; the
   weekday of a day of the month the other side dates without one, and the season of a
   month it names, are said there: :mod:`yamabiko.conversation.calendar`; a part of the day
   named otherwise where both sides state the same clock times, *6 at night* / *6pm*, is said
   by the clock: :mod:`yamabiko.conversation.daytimes`, session 39; a holiday the other
   side names says its months there: :func:`~yamabiko.conversation.holidays.holiday_months`;
   in 2, its day: :func:`~yamabiko.conversation.holidays.holiday_days`).
4. ``person``: a family member or an animal that a user states is said on the other side
   ("for my daughter" on one side only is another person; "my girl" there names her too:
   WordNet puts daughter and girl in one synset; じいちゃん names 祖父:
   :func:`~yamabiko.conversation.kin.kin_said`); another key noun of the guard's
   categories (a vehicle, a subject) only when the other side names another of its kind.
5. ``answer``: a yes or a no (by the written short answers; a negated turn answering the
   assistant's question is a no) on one side only; a no where the other side's users
   negate something of their own (in a turn that answers nothing: "never been on a kite
   before" / "a bit of wakeboarding, but never kitesurfing") is said there too (session 24).
6. intent: a reversal on one side only (:func:`~yamabiko.conversation.intent.compare_intents`).
7. ``fact``: every content word a user said and the assistant repeated back is said on the
   other side (units of measure and time are left to the numbers; a date word may be said
   there in another form: afternoon / Saturday p.m.; an English word by a WordNet synonym:
   loft / attic; a word only the other side states in its place, stolen / theft, 朝 / 午前:
   :func:`~yamabiko.conversation.counterparts.counterparts`; a word that only labels a code
   both sides state, *account* / *customer number* PS-2291:
   :func:`~yamabiko.conversation.labelled.labelled`; the 日 of a day in digits where the
   other side writes its day in kanji, 10日 / 十日:
   :func:`~yamabiko.conversation.calendar.day_word_said`; the counter of a number the other
   side counts alike, 二十名 / 20人: :func:`~yamabiko.conversation.counted.counter_said`; a
   word in kana the other side writes in kanji, あさって / 明後日:
   :func:`~yamabiko.conversation.counterparts.spelt_in_kanji`; the school of a school year
   where the other side gives the child's age, 小学 / 十歳:
   :func:`~yamabiko.conversation.schooling.school_word_said`; a party the other side names by
   its kind or the other way round, 娘 / 子: :func:`~yamabiko.conversation.broader.kind_said`;
   a Japanese word of a part of the day, 昼過ぎ / 午後: session 33); lost on one side only, a fact
   modifying a noun the other side modifies otherwise, or Japanese counts that differ, name
   what differed (``other-kind``, ``count``: :func:`~yamabiko.conversation.heads.one_sided`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ..guard.english import stem_en
from ..guard.facts import Analysis
from ..guard.units import Unit
from ..models import Verdict
from .broader import kind_said
from .calendar import (
    date_name,
    dated_weekdays,
    day_word_said,
    ja_parts_of_day,
    month_in_named_season,
    month_of_undated_day,
    seasons,
    undated_day_dates,
)
from .clocks import clock_words
from .contrast import rejected_only
from .counted import changed_ja_counts, counter_said
from .counterparts import counterparts, spelt_in_kanji
from .daytimes import clocked_parts
from .fact_words import (
    SENTENCE,
    answer_kinds,
    confirmed,
    katakana_units,
    measure_unit,
    named_units,
    number_value,
    people_unsaid,
    synonym_said,
    weak_number,
)
from .glosses import abstract_loanword, occasion_loanword
from .heads import one_sided
from .history import Exchange
from .holidays import holiday_days, holiday_months, holiday_words
from .intent import compare_intents
from .kin import kin_said
from .labelled import codes, labelled
from .lengths import day_counts, span_halves, spans
from .measures import same_length
from .names import name_part_said
from .parties import listed_people, other_members, party_said
from .picks import picked_from
from .ranges import range_words
from .rewordings import phrase_values, said_otherwise, spelt_in_digits
from .schooling import age_in_school_year, school_word_said
from .smalltalk import asks
from .tallies import tally_said
from .values import (
    PARTS_OF_DAY,
    WEEKDAYS,
    changed_counts,
    text_dates,
    values,
    writes_day_month,
    year_said,
)

__all__ = ["compare_stated", "stated", "unit_names"]

#: the checks of stated facts, in order, and their miss reasons (numbers and names are both
#: ``named``, as before session 14; a date, a person or an answer names no word)
CHECKS = ("span", "number", "count", "named", "date", "person", "answer")
_REASONS = {
    "number": "history:facts-named:{}", "date": "history:facts-date",
    "person": "history:facts-person", "answer": "history:facts-answer",
}  # fmt: skip


def stated(side: Sequence[Exchange]) -> list[str]:
    """What one side states: its user turns and the sentences of its replies that ask
    nothing (an offer of options or a question states no choice), nor name options the next
    user turn picks one of (:func:`~yamabiko.conversation.picks.picked_from`)."""
    out = []
    for k, x in enumerate(side):
        if x.user:
            out.append(x.user)
        answer = side[k + 1].user if k + 1 < len(side) else ""
        out += [
            s.strip() for s in SENTENCE.findall(x.reply)
            if s.strip() and not asks(s) and not picked_from(s, answer)
        ]  # fmt: skip
    return out


def compare_stated(
    q: Sequence[Exchange],
    c: Sequence[Exchange],
    *,
    units: Callable[[str], Sequence[Unit]],
    unsaid: Callable[[Sequence[Unit], Sequence[Unit]], list[Unit]],
    said_back: Callable[[Sequence[Exchange]], list[Unit]],
    analyse: Callable[[str], Analysis],
    polarity: Callable[[Exchange], int],
) -> Verdict:
    """Do ``q`` and ``c`` state the same facts (see the module docstring)? ``units``: a
    text's minimal-pair units; ``unsaid``: my units that the other side's units never say;
    ``said_back``: a side's user words its replies repeat; ``analyse``: a text's cached guard
    analysis; ``polarity``: -1 for an exchange whose user turn is a "no"."""
    said = {id(side): stated(side) for side in (q, c)}
    everything = {key: [u for text in texts for u in units(text)] for key, texts in said.items()}
    lost: dict[str, list[list[str]]] = {check: [] for check in CHECKS}
    weak: set[str] = set()  # lost on one side only, they change nothing (see weak_number)
    kinds: set[str] = set()  # loanwords of no thing: lost on one side only, no name lost
    in_digits = {key: [spelt_in_digits(t) for t in texts] for key, texts in said.items()}
    members: dict[int, set[str]] = {}  # the people of a party the other side counts alike
    lost["count"] = [
        changed_counts(in_digits[id(q)], in_digits[id(c)])
        + changed_ja_counts(said[id(q)], said[id(c)], units),
        [],
    ]  # one bin / three bins; 大人2名 / 大人4名様
    clocked = clocked_parts(said[id(q)], said[id(c)])  # 6 at night / 6pm: said by the clock
    for mine, theirs in ((q, c), (c, q)):
        users = [x.user for x in mine if x.user]
        their_text, their_units = said[id(theirs)], everything[id(theirs)]
        months = writes_day_month(users)  # October says 10 only against a 12/10
        their_values = values(their_text, analyse, months=months) | phrase_values(their_text)
        their_values |= holiday_days(their_text)  # Valentine's Day / the 14th of February
        their_dates = {d for text in their_text for d in text_dates(text, analyse(text))}
        their_dates |= holiday_months(their_text)  # Guy Fawkes on the fifth / 5 November
        named = [
            u
            for text in users
            for u in named_units(units(text), analyse(text), text)
            if not rejected_only(u.text, text)
        ]  # not a name only a rejected alternative says (rather than stay at a B&B)
        otherwise = said_otherwise(users, their_values, their_text)  # eight hundred and fifty
        otherwise.update(w for text in users for w in span_halves(text))  # an hour and a half
        their_spans = {s for text in their_text for s in spans(text)}
        otherwise.update(w for text in users for w in day_counts(text, their_spans))  # 48 h
        otherwise.update(range_words(users, their_text))  # from 8 till 11pm / three hours
        otherwise.update(clock_words(users, their_text))  # half past seven / 7:30
        missing = [
            u for u in unsaid(named, their_units)
            if number_value(u) not in their_values and u.text.lower() not in otherwise
            and not year_said(number_value(u), their_values)
            and not spelt_in_kanji(u, everything[id(mine)], their_units)
            and not name_part_said(u.text, said[id(mine)], their_text)
            and not party_said(number_value(u), said[id(mine)], their_text, their_values)
            and not tally_said(u, number_value(u), said[id(mine)], their_text, analyse)
            and not month_of_undated_day(number_value(u), said[id(mine)], their_text)
            and not age_in_school_year(number_value(u), said[id(mine)], their_text)
            and not month_in_named_season(
                number_value(u), said[id(mine)], their_text, [w.text for w in their_units]
            )
        ]  # fmt: skip
        if missing:  # Christmas / 18 to 27 December (WordNet's holidays, read on first need)
            held = holiday_words(users, their_dates, their_values)
            missing = [u for u in missing if u.text.lower() not in held]
        borrowed = unsaid(
            [u for x in mine if x.user and not confirmed(x, their_units, units, unsaid)
             for u in katakana_units(units(x.user), analyse(x.user), x.user)],
            their_units,
        )  # fmt: skip
        missing += borrowed
        kinds.update(u.text for u in borrowed if abstract_loanword(u.key))  # タイプ, クラス
        kinds.update(u.text for u in borrowed if occasion_loanword(u.key))  # ツアー / 見学
        lost["number"].append([u.text for u in missing if u.kind == "number"])
        lost["named"].append([u.text for u in missing if u.kind != "number"])
        their_users = [x.user for x in theirs if x.user]
        if not values(their_users, analyse) - values(said[id(mine)], analyse):
            weak.update(u.text for u in missing if weak_number(u))  # no other value said there
        lost["span"].append([
            f"{n:g}-{scale}" for text in users for scale, n in sorted(spans(text))
            if not any(same_length((scale, n), s) for s in their_spans)
            and any(same_length((scale, n), s) is not None for s in their_spans)
        ])  # fmt: skip
        dates = {d for text in users for d in text_dates(text, analyse(text))}
        dates -= dated_weekdays(users, their_values, their_dates)  # Saturday 5 July / 5 July
        dates -= undated_day_dates(users, their_text, their_dates)  # 17 February / the 17th
        dates -= seasons(their_dates)  # a summer fete / 5 July
        dates -= holiday_words(users, their_dates, their_values)  # bonfire night / 5 November
        if their_dates.isdisjoint(PARTS_OF_DAY) or clocked:
            dates -= clocked or PARTS_OF_DAY  # detail: none there, or the clock says it
        lost["date"].append(sorted(dates - their_dates))
        listed = listed_people(said[id(mine)], their_text, their_values)  # me, my wife and ...
        listed |= {stem_en(w) for w in listed}
        members[id(mine)] = listed
        lost["person"].append(sorted(
            p for p in people_unsaid(users, their_text, their_units, analyse, unsaid)
            if p.lower() not in listed
        ) + other_members(said[id(mine)], their_text))  # fmt: skip
        answers = answer_kinds(mine, analyse, polarity, units)
        answers -= answer_kinds(theirs, analyse, polarity, units)
        if any(analyse(text).negations for text in their_users):
            answers.discard(-1)  # "but never kitesurfing" / "never been on a kite before"
        lost["answer"].append([str(a) for a in answers])
    for check in CHECKS:
        mine, theirs = lost[check]
        # "1" is also a lost yes of "answer"; a loanword of no thing is no name
        exempt = weak if check == "number" else kinds if check == "named" else set()
        if (mine and theirs) or any(w not in exempt for w in mine + theirs):
            return Verdict(
                False,
                _REASONS.get(check, f"history:facts-{check}:{{}}").format("+".join(mine or theirs)),
            )
    found = compare_intents(
        [x.user for x in q if x.user], [x.user for x in c if x.user],
        said[id(q)], said[id(c)], analyse,
    )  # fmt: skip
    if not found.accept:
        return found
    dates = {
        id(side): {
            d
            for text in said[id(side)]
            for d in text_dates(text, analyse(text)) | ja_parts_of_day(text)
        }
        for side in (q, c)
    }  # a date word said back is said otherwise there (afternoon / Saturday p.m., 朝 / 夜明け)
    for side in (q, c):  # the month of a holiday: Christmas said back / 12 December
        dates[id(side)] |= holiday_months(said[id(side)])
    undated = {  # the month and weekday of a day the other side states alone (the 17th)
        id(theirs): undated_day_dates(said[id(mine)], said[id(theirs)], dates[id(theirs)])
        for mine, theirs in ((q, c), (c, q))
    }
    for side in (q, c):
        dates[id(side)] |= undated[id(side)]
    for mine, theirs in ((q, c), (c, q)):  # the weekday of a day the other side dates
        their_values = values(said[id(theirs)], analyse) | phrase_values(said[id(theirs)])
        dates[id(theirs)] |= dated_weekdays(said[id(mine)], their_values, dates[id(theirs)])
        dates[id(theirs)] |= seasons(dates[id(theirs)])
    for side_dates in dates.values():  # a part of the day where the other names none: detail
        side_dates |= PARTS_OF_DAY if side_dates.isdisjoint(PARTS_OF_DAY) else set()
        side_dates |= WEEKDAYS if "weekday" in side_dates else set()  # Monday to Friday
        side_dates |= clocked
    otherwise = {
        id(mine): said_otherwise(
            said[id(mine)],
            values(said[id(theirs)], analyse) | phrase_values(said[id(theirs)]),
            said[id(theirs)],
        )
        | range_words(said[id(mine)], said[id(theirs)])
        | clock_words(said[id(mine)], said[id(theirs)])
        for mine, theirs in ((q, c), (c, q))
    }  # 夜8時 said back where the other side says 20時; midnight of *8pm to midnight*
    facts = [
        [u for u in unsaid(said_back(mine), everything[id(theirs)])
         if not measure_unit(u) and date_name(u.text) not in dates[id(theirs)]
         and not synonym_said(u, everything[id(theirs)]) and u.text not in otherwise[id(mine)]
         and not spelt_in_kanji(u, everything[id(mine)], everything[id(theirs)])
         and u.key.lower() not in members[id(mine)] and u.text.lower() not in members[id(mine)]
         and not name_part_said(u.text, said[id(mine)], said[id(theirs)])
         and not kin_said(u.key, everything[id(theirs)])
         and not day_word_said(u.text, said[id(mine)], said[id(theirs)])
         and not counter_said(u.text, said[id(mine)], said[id(theirs)], units)
         and not school_word_said(u.text, said[id(mine)], said[id(theirs)])
         and not kind_said(u, everything[id(mine)], everything[id(theirs)])]
        for mine, theirs in ((q, c), (c, q))
    ]  # fmt: skip
    for k, (mine, theirs) in enumerate(((q, c), (c, q))):  # Christmas said back / 12 December
        if facts[k]:
            their_values = values(said[id(theirs)], analyse)
            held = holiday_words(said[id(mine)], dates[id(theirs)], their_values)
            facts[k] = [u for u in facts[k] if u.text.lower() not in held]
    for k, (mine, theirs) in enumerate(((q, c), (c, q))):  # jungle / rainforest
        other = counterparts(facts[k], everything[id(mine)], everything[id(theirs)])
        facts[k] = [u for u in facts[k] if id(u) not in other]
    for k, (mine, theirs) in enumerate(((q, c), (c, q))):  # account / customer number PS-2291
        their_codes = codes(said[id(theirs)])
        facts[k] = [u for u in facts[k] if not labelled(u.text, said[id(mine)], their_codes)]
    for k in (0, 1):  # a loanword of no thing or of the occasion said back on one side only
        if not facts[1 - k]:  # (タイプ, クラス; コース, ツアー)
            facts[k] = [
                u for u in facts[k] if not abstract_loanword(u.key) and not occasion_loanword(u.key)
            ]
    if kind := one_sided(facts, (said[id(q)], said[id(c)]), units=units, unsaid=unsaid):
        return Verdict(False, f"history:facts-{kind}")  # eternity / engagement ring
    if facts[0] or facts[1]:
        return Verdict(False, f"history:facts-fact:{unit_names(facts[0] or facts[1])}")
    return Verdict(True, "history:same")


def unit_names(found: Sequence[Unit]) -> str:
    """The units' texts joined by ``+`` (for a miss reason)."""
    return "+".join(u.text for u in found)
