"""Session 19 probe conversations, written for these tests (no evaluation set's wording): the
intents of issue 12 stated in an *earlier* turn and confirmed by the assistant (keep / change,
cancel / keep, buy / sell, sell to them / buy from them, move in / out), other slots (plan,
place, date, amount, person, an added item), and same-context twins (greetings, small talk, an
unrelated exchange, the assistant's replies worded differently, a request said in other
words). English and Japanese.

Each probe is ``(name, kind, label, a, b)``: ``label`` 1 for the same context (to be served),
0 for a different one; ``a`` and ``b`` are (user, reply) pairs.
"""

from __future__ import annotations

Turns = list[tuple[str, str]]
Probe = tuple[str, str, int, Turns, Turns]


def _t(*pairs: tuple[str, str]) -> Turns:
    return list(pairs)


# -- English: a phone contract -----------------------------------------------------------------

PHONE = _t(
    ("I'm moving to a new network next month.",
     "Okay. Which network are you joining?"),
    ("Vodafone, on the 30GB plan.", "Got it: Vodafone, 30GB a month."),
)  # fmt: skip
PHONE_KEEP = _t(
    ("I'm staying with my current network, but I'd like a new plan.",
     "Okay. Which plan would you like?"),
    ("The 30GB one.", "Got it: 30GB a month on your current network."),
)  # fmt: skip
PHONE_GREETING = _t(
    ("Good morning!", "Good morning! What can I do for you today?"),
    ("I'm moving to a new network next month.",
     "Okay. Which network are you joining?"),
    ("Vodafone, on the 30GB plan.", "Got it: Vodafone, 30GB a month."),
)  # fmt: skip
PHONE_REPLIES = _t(
    ("I'm moving to a new network next month.",
     "Sure thing. And which network will that be?"),
    ("Vodafone, on the 30GB plan.", "Noted: Vodafone, the 30GB monthly plan."),
)  # fmt: skip
PHONE_PLAN = _t(
    ("I'm moving to a new network next month.",
     "Okay. Which network are you joining?"),
    ("Vodafone, on the 100GB plan.", "Got it: Vodafone, 100GB a month."),
)  # fmt: skip
PHONE_PLACE = _t(
    ("I'm moving to a new network next month.",
     "Okay. Which network are you joining?"),
    ("Three, on the 30GB plan.", "Got it: Three, 30GB a month."),
)  # fmt: skip

# -- English: a laptop -------------------------------------------------------------------------

LAPTOP = _t(
    ("I'd like to buy a refurbished MacBook Air.",
     "Great. What's your budget?"),
    ("About 600 pounds.", "Thanks: a refurbished MacBook Air, around £600."),
)  # fmt: skip
LAPTOP_SELL = _t(
    ("I'd like to sell my old MacBook Air.",
     "Great. What price are you hoping for?"),
    ("About 600 pounds.", "Thanks: your MacBook Air, around £600."),
)  # fmt: skip
LAPTOP_YOU_BUY = _t(
    ("Would you buy my old MacBook Air?",
     "We might. What price are you hoping for?"),
    ("About 600 pounds.", "Thanks: your MacBook Air, around £600."),
)  # fmt: skip
LAPTOP_SMALLTALK = _t(
    ("I'd like to buy a refurbished MacBook Air.",
     "Great. What's your budget?"),
    ("Lovely weather today, isn't it?", "It really is!"),
    ("About 600 pounds.", "Thanks: a refurbished MacBook Air, around £600."),
)  # fmt: skip
LAPTOP_UNRELATED = _t(
    ("What time does your shop close on Sundays?", "We close at 4pm on Sundays."),
    ("I'd like to buy a refurbished MacBook Air.",
     "Great. What's your budget?"),
    ("About 600 pounds.", "Thanks: a refurbished MacBook Air, around £600."),
)  # fmt: skip
LAPTOP_AMOUNT = _t(
    ("I'd like to buy a refurbished MacBook Air.",
     "Great. What's your budget?"),
    ("About 900 pounds.", "Thanks: a refurbished MacBook Air, around £900."),
)  # fmt: skip

# -- English: a flat, a child's school ---------------------------------------------------------

FLAT = _t(
    ("We're moving into a flat on Elm Street on 1 May.",
     "Congratulations! Is it furnished?"),
    ("No, unfurnished.", "Noted: unfurnished, moving in on 1 May."),
)  # fmt: skip
FLAT_OUT = _t(
    ("We're moving out of a flat on Elm Street on 1 May.",
     "I see. Is it furnished?"),
    ("No, unfurnished.", "Noted: unfurnished, moving out on 1 May."),
)  # fmt: skip
FLAT_DATE = _t(
    ("We're moving into a flat on Elm Street on 1 June.",
     "Congratulations! Is it furnished?"),
    ("No, unfurnished.", "Noted: unfurnished, moving in on 1 June."),
)  # fmt: skip
SCHOOL = _t(
    ("We're moving house in April and my son will change schools.",
     "Understood. What year is he in?"),
    ("Year 4.", "Thanks: a Year 4 pupil changing schools in April."),
)  # fmt: skip
SCHOOL_KEEP = _t(
    ("We're moving house in April but my son will remain at his school.",
     "Understood. What year is he in?"),
    ("Year 4.", "Thanks: a Year 4 pupil, staying at his current school."),
)  # fmt: skip
SCHOOL_DAUGHTER = _t(
    ("We're moving house in April and my daughter will change schools.",
     "Understood. What year is she in?"),
    ("Year 4.", "Thanks: a Year 4 pupil changing schools in April."),
)  # fmt: skip

# -- Japanese: a car, books ----------------------------------------------------------------------

JBOOK = _t(
    ("古い漫画を全巻まとめて売りたいです。", "ありがとうございます。何冊くらいありますか。"),
    ("50冊ほどです。", "承知しました。漫画50冊の買取ですね。"),
)  # fmt: skip
JBOOK_ASK = _t(
    ("古い漫画を全巻まとめて買い取ってもらいたいです。",
     "ありがとうございます。何冊くらいありますか。"),
    ("50冊ほどです。", "承知しました。漫画50冊の買取ですね。"),
)  # fmt: skip
JBOOK_BUY = _t(
    ("古い漫画を全巻まとめて買いたいです。", "ありがとうございます。何冊くらいお探しですか。"),
    ("50冊ほどです。", "承知しました。漫画50冊ですね。"),
)  # fmt: skip
JBOOK_SELL_ME = _t(
    ("古い漫画を全巻まとめて売ってほしいです。", "ありがとうございます。何冊くらいお探しですか。"),
    ("50冊ほどです。", "承知しました。漫画50冊ですね。"),
)  # fmt: skip
JBOOK_GREETING = _t(
    ("こんにちは。", "こんにちは！ご用件をどうぞ。"),
    ("古い漫画を全巻まとめて売りたいです。", "ありがとうございます。何冊くらいありますか。"),
    ("50冊ほどです。", "承知しました。漫画50冊の買取ですね。"),
)  # fmt: skip
JBOOK_COUNT = _t(
    ("古い漫画を全巻まとめて売りたいです。", "ありがとうございます。何冊くらいありますか。"),
    ("80冊ほどです。", "承知しました。漫画80冊の買取ですね。"),
)  # fmt: skip

# -- Japanese: lessons, insurance, a school ---------------------------------------------------

JLESSON = _t(
    ("息子のピアノ教室を来月から辞めさせたいです。", "承知しました。何曜日のクラスですか。"),
    ("土曜日のクラスです。", "土曜日クラスの退会ですね。"),
)  # fmt: skip
JLESSON_KEEP = _t(
    ("息子のピアノ教室を来月からも続けさせたいです。", "承知しました。何曜日のクラスですか。"),
    ("土曜日のクラスです。", "土曜日クラスの継続ですね。"),
)  # fmt: skip
JLESSON_SMALLTALK = _t(
    ("息子のピアノ教室を来月から辞めさせたいです。", "承知しました。何曜日のクラスですか。"),
    ("今日は寒いですね。", "本当に寒いですね。"),
    ("土曜日のクラスです。", "土曜日クラスの退会ですね。"),
)  # fmt: skip
JLESSON_DAY = _t(
    ("息子のピアノ教室を来月から辞めさせたいです。", "承知しました。何曜日のクラスですか。"),
    ("水曜日のクラスです。", "水曜日クラスの退会ですね。"),
)  # fmt: skip
JINS = _t(
    ("自動車保険を来年も今の会社で継続したいです。",
     "ありがとうございます。車種を教えてください。"),
    ("トヨタのアクアです。", "アクアのご契約の継続ですね。"),
)  # fmt: skip
JINS_SWITCH = _t(
    ("自動車保険を来年から別の会社に切り替えたいです。",
     "ありがとうございます。車種を教えてください。"),
    ("トヨタのアクアです。", "アクアのご契約の切り替えですね。"),
)  # fmt: skip
JINS_REPLIES = _t(
    ("自動車保険を来年も今の会社で継続したいです。",
     "かしこまりました。お車の種類は何でしょうか。"),
    ("トヨタのアクアです。", "承知しました。アクアの継続契約ですね。"),
)  # fmt: skip
JINS_UNRELATED = _t(
    ("駐車場はありますか。", "はい、建物の裏に10台分ございます。"),
    ("自動車保険を来年も今の会社で継続したいです。",
     "ありがとうございます。車種を教えてください。"),
    ("トヨタのアクアです。", "アクアのご契約の継続ですね。"),
)  # fmt: skip
JINS_CAR = _t(
    ("自動車保険を来年も今の会社で継続したいです。",
     "ありがとうございます。車種を教えてください。"),
    ("ホンダのフィットです。", "フィットのご契約の継続ですね。"),
)  # fmt: skip

# -- reworded histories (a thread said in one turn) ----------------------------------------------

LAPTOP_RW = _t(
    ("Looking for a refurbished MacBook Air, budget roughly 600 pounds.",
     "Thanks: a refurbished MacBook Air, around £600."),
)  # fmt: skip
LAPTOP_RW_SELL = _t(
    ("Looking to sell my MacBook Air for roughly 600 pounds.",
     "Thanks: your MacBook Air, around £600."),
)  # fmt: skip
SCHOOL_RW = _t(
    ("My son's in Year 4 and because we move house in April he'll go to a new school.",
     "Thanks: a Year 4 pupil changing schools in April."),
)  # fmt: skip
SCHOOL_RW_KEEP = _t(
    ("My son's in Year 4; we move house in April but he'll keep going to the same school.",
     "Thanks: a Year 4 pupil, staying at his current school."),
)  # fmt: skip
JBOOK_RW = _t(
    ("漫画を50冊ほど、まとめて売りたいのですが。", "承知しました。漫画50冊の買取ですね。"),
)  # fmt: skip
JBOOK_RW_ASK = _t(
    ("漫画50冊ほどを全部まとめて買い取ってほしいのですが。",
     "承知しました。漫画50冊の買取ですね。"),
)  # fmt: skip
JBOOK_RW_BUY = _t(
    ("漫画を50冊ほど、まとめて買いたいのですが。", "承知しました。漫画50冊ですね。"),
)  # fmt: skip
JLESSON_RW_KEEP = _t(
    ("土曜日のクラスに通っている息子ですが、来月以降もピアノを続けさせたいです。",
     "土曜日クラスの継続ですね。"),
)  # fmt: skip

PROBES: list[Probe] = [
    ("en-phone-keep", "intent", 0, PHONE, PHONE_KEEP),
    ("en-phone-plan", "plan", 0, PHONE, PHONE_PLAN),
    ("en-phone-network", "product", 0, PHONE, PHONE_PLACE),
    ("en-phone-greeting", "greeting", 1, PHONE, PHONE_GREETING),
    ("en-phone-replies", "replies", 1, PHONE, PHONE_REPLIES),
    ("en-laptop-sell", "intent", 0, LAPTOP, LAPTOP_SELL),
    ("en-laptop-you-buy", "intent", 0, LAPTOP, LAPTOP_YOU_BUY),
    ("en-laptop-sell-you-buy", "reworded", 1, LAPTOP_SELL, LAPTOP_YOU_BUY),
    ("en-laptop-amount", "amount", 0, LAPTOP, LAPTOP_AMOUNT),
    ("en-laptop-smalltalk", "small-talk", 1, LAPTOP, LAPTOP_SMALLTALK),
    ("en-laptop-unrelated", "unrelated", 1, LAPTOP, LAPTOP_UNRELATED),
    ("en-flat-out", "intent", 0, FLAT, FLAT_OUT),
    ("en-flat-date", "date", 0, FLAT, FLAT_DATE),
    ("en-school-keep", "intent", 0, SCHOOL, SCHOOL_KEEP),
    ("en-school-person", "person", 0, SCHOOL, SCHOOL_DAUGHTER),
    ("ja-book-ask", "reworded", 1, JBOOK, JBOOK_ASK),
    ("ja-book-buy", "intent", 0, JBOOK, JBOOK_BUY),
    ("ja-book-ask-buy", "intent", 0, JBOOK_ASK, JBOOK_BUY),
    ("ja-book-sell-me", "intent", 0, JBOOK, JBOOK_SELL_ME),
    ("ja-book-buy-sell-me", "reworded", 1, JBOOK_BUY, JBOOK_SELL_ME),
    ("ja-book-greeting", "greeting", 1, JBOOK, JBOOK_GREETING),
    ("ja-book-count", "amount", 0, JBOOK, JBOOK_COUNT),
    ("ja-lesson-keep", "intent", 0, JLESSON, JLESSON_KEEP),
    ("ja-lesson-smalltalk", "small-talk", 1, JLESSON, JLESSON_SMALLTALK),
    ("ja-lesson-day", "date", 0, JLESSON, JLESSON_DAY),
    ("ja-ins-switch", "intent", 0, JINS, JINS_SWITCH),
    ("ja-ins-replies", "replies", 1, JINS, JINS_REPLIES),
    ("ja-ins-unrelated", "unrelated", 1, JINS, JINS_UNRELATED),
    ("ja-ins-car", "product", 0, JINS, JINS_CAR),
    ("en-laptop-rw", "reworded", 1, LAPTOP, LAPTOP_RW),
    ("en-laptop-rw-sell", "intent", 0, LAPTOP, LAPTOP_RW_SELL),
    ("en-school-rw", "reworded", 1, SCHOOL, SCHOOL_RW),
    ("en-school-rw-keep", "intent", 0, SCHOOL, SCHOOL_RW_KEEP),
    ("ja-book-rw", "reworded", 1, JBOOK, JBOOK_RW),
    ("ja-book-rw-ask", "reworded", 1, JBOOK, JBOOK_RW_ASK),
    ("ja-book-rw-buy", "intent", 0, JBOOK, JBOOK_RW_BUY),
    ("ja-book-rw-ask-buy", "intent", 0, JBOOK_RW_ASK, JBOOK_RW_BUY),
    ("ja-lesson-rw-keep", "intent", 0, JLESSON, JLESSON_RW_KEEP),
]
