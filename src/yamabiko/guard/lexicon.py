"""Closed-class word lists the guard relies on: function words, negation markers, question
words, number words and a small set of general antonym pairs, per language.

These are grammar (closed classes), not data-set vocabulary: they hold for any topic.
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# -- English -------------------------------------------------------------------------------

EN_STOPWORDS = _words("""
    a an the this that these those there here some any each every all both either other another
    such same own so than too very just only also even still yet again ever already
    i me my mine myself we us our ours you your yours he him his she her hers it its they them
    their theirs one ones someone somebody something anyone anybody anything everyone everybody
    everything
    be am is are was were been being have has had having do does did doing done get gets got
    will would shall should can could may might must need ought
    to of in on at by for with from into onto about as like through over under between among
    up down out off upon per via within across along around against toward towards
    and or but if then because while although though whether so as
    what which who whom whose when where why how
    please thanks thank hi hello yes ok okay really actually kind sort lot lots
    way ways thing things much many more most some good best better make makes made making use
    used using uses want wants know tell anybody someone people person
    s t d ll m re ve
    """)

#: Words that flip the polarity of an English sentence.
EN_NEGATION = _words(
    "not no non never none nobody nothing nowhere neither nor without cannot cant dont doesnt "
    "didnt isnt arent wasnt werent wont wouldnt shouldnt couldnt hasnt havent hadnt mustnt"
)

EN_NUMBER_WORDS = {
    "zero": 0, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "thousand": 1000,
    "million": 1_000_000, "billion": 1_000_000_000, "third": 3,
    "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10,
    "first": 1, "second": 2, "twice": 2, "half": 0.5, "quarter": 0.25, "dozen": 12,
}  # fmt: skip


#: number words that multiply the count before them (two-hundred, one-thousand)
_MULTIPLIERS = frozenset({"hundred", "thousand", "million", "billion"})


def en_number_word(word: str) -> float | None:
    """The value of an English number word (lower case): one of :data:`EN_NUMBER_WORDS`,
    tens and units joined by a hyphen (twenty-seven: 27, forty-first: 41), or a whole count
    (one included) hyphened to hundred, thousand, million or billion (one-thousand: 1000,
    twenty-five-thousand: 25000; session 26), else None."""
    value = EN_NUMBER_WORDS.get(word)
    if value is not None or "-" not in word:
        return value
    count, _, multiplier = word.rpartition("-")
    if multiplier in _MULTIPLIERS:
        times = 1 if count == "one" else en_number_word(count)
        cardinal = count not in _NOT_CARDINAL and not count.endswith("th")
        whole = times is not None and times >= 1 and times == int(times) and cardinal
        return times * EN_NUMBER_WORDS[multiplier] if whole else None  # type: ignore[operator]
    tens, _, units = word.partition("-")
    ten, unit = EN_NUMBER_WORDS.get(tens), 1 if units == "one" else EN_NUMBER_WORDS.get(units)
    if ten is None or unit is None or ten not in range(20, 100, 10) or unit not in range(1, 10):
        return None
    return ten + unit


#: number words that count nothing before a hyphen (the ordinals ending in -th aside)
_NOT_CARDINAL = frozenset({"first", "second", "third", "twice", "half", "quarter", "dozen"})


def en_number_parts(word: str) -> tuple[float, str] | None:
    """A number word's value and "" (:func:`en_number_word`), or a number word and a noun's
    (:func:`en_number_compound`), else None."""
    value = en_number_word(word)
    return (value, "") if value is not None else en_number_compound(word)


def en_number_compound(word: str) -> tuple[float, str] | None:
    """An English number word and a noun joined by a hyphen (thirty-day, twenty-five-year):
    the number's value and the noun, as the guard reads 30-day; else None."""
    head, _, tail = word.rpartition("-")
    if not head or not tail.isalpha() or en_number_word(word) is not None or tail == "one":
        return None  # (twenty-one: one number)
    if head in _NOT_CARDINAL or head.endswith("th"):
        return None  # first-class, second-hand, half-price, fifth-year: no count
    value = en_number_word(head)
    return None if value is None or tail in EN_NUMBER_WORDS else (value, tail)


EN_DATE_WORDS = _words(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday "
    "saturday sunday today tomorrow yesterday tonight morning afternoon evening night weekend "
    "weekday spring summer autumn fall winter"
)
#: Date words that are also ordinary words when lower-cased; they count only when capitalised.
EN_AMBIGUOUS_DATE_WORDS = frozenset({"may", "march", "fall", "sun", "sat", "wed"})

#: Question type by leading interrogative word. ``what``/``which``/``how`` questions are broad
#: (people ask the same thing both ways), so they form one family.
EN_QUESTION_WORDS = {
    "why": "why",
    "when": "when",
    "where": "where",
    "who": "who",
    "whom": "who",
    "whose": "who",
    "what": "what",
    "which": "what",
    "how": "how",
}
EN_AUXILIARIES = _words(
    "is are was were am do does did can could will would should shall may might must have has "
    "had isnt arent doesnt dont didnt cant couldnt wont wouldnt shouldnt"
)

#: General-purpose antonym pairs (both directions are checked). Stems, see ``stem_en``.
#: Opposites made by a negating prefix (lock / unlock, legal / illegal) are found by rule
#: instead: see EN_NEGATING_PREFIXES.
EN_ANTONYMS = [
    ("enabl", "disabl"), ("increas", "decreas"), ("buy", "sell"), ("before", "after"),
    ("open", "clos"), ("start", "stop"), ("begin", "end"), ("min", "max"),
    ("minimum", "maximum"), ("best", "worst"), ("good", "bad"), ("better", "worse"),
    ("love", "hate"), ("like", "dislik"), ("accept", "reject"), ("allow", "forbid"),
    ("allow", "block"), ("add", "remov"), ("add", "delet"), ("creat", "delet"), ("win", "los"),
    ("gain", "los"), ("import", "export"), ("upload", "download"),
    ("input", "output"), ("login", "logout"), ("sign in", "sign out"), ("on", "off"),
    ("true", "fals"), ("right", "wrong"), ("left", "right"), ("high", "low"), ("higher", "lower"),
    ("big", "small"), ("larg", "small"), ("long", "short"), ("fast", "slow"), ("hot", "cold"),
    ("old", "new"), ("young", "old"), ("rich", "poor"), ("easy", "hard"), ("easy", "difficult"),
    ("cheap", "expens"), ("mal", "femal"), ("man", "woman"), ("boy", "girl"), ("pro", "con"),
    ("benefit", "drawback"), ("success", "failur"), ("encrypt", "decrypt"),
    ("compress", "decompress"), ("includ", "exclud"),
    ("send", "receiv"), ("deposit", "withdraw"), ("borrow", "lend"), ("push", "pull"),
    ("north", "south"), ("east", "west"), ("first", "last"), ("past", "futur"),
    ("above", "below"), ("insid", "outsid"), ("strong", "weak"), ("happy", "sad"),
    ("mor", "less"), ("most", "least"), ("alway", "never"), ("everyon", "nobody"),
    ("legit", "scam"), ("pass", "fail"),
]  # fmt: skip

#: Closed-class words that relate things in space, time or amount: the minimal-pair check
#: keeps them as units, because replacing one changes the question (above / below 30 °C,
#: before / after meals).
EN_RELATIONS = _words(
    "above below over under before after inside outside within beyond behind ahead into onto "
    "out up down off until till since during prior later earlier early late more less most "
    "least fewer greater upper lower inner outer"
)
EN_MERIDIEM = {"am": "am", "pm": "pm", "a.m": "am", "p.m": "pm"}
#: Discourse filler that never changes what is asked (besides the stop words).
EN_FILLER = _words(
    "exactly actually basically currently simply possibly anyway hey kindly guys quick "
    "question questions help possible able tell know explain"
)

#: Japanese nouns that only serve the grammar (事, 方, 場合): filler to the minimal-pair units
JA_FUNCTION_NOUNS = frozenset(
    {"事", "物", "所", "方", "為", "時", "様", "的", "等", "訳", "筈", "積もり", "方法", "仕方"}
    | {"遣り方", "場合", "可能"}
)
#: Suffixes that carry meaning (期間内 / 期間外, 女性用, 学生向け, 日本製); others (さん, 目,
#: 達, 室 ...) are filler.
JA_MEANINGFUL_SUFFIXES = _words("内 外 用 向け 前 後 以上 以下 未満 以内 以外 以降 製 産")
#: Of those, the ones that relate in time, space or amount (保証期間後, 期間内, 3日以内): relation
#: units like English before / after / within, never equivalent to another one
JA_RELATION_SUFFIXES = _words("内 外 前 後 以上 以下 未満 以内 以外 以降")
#: Nouns of a place relative to a thing (箱の中に, 棚の上で, 座席の下から): its inside and
#: its sides, each another place (near-words, 脇 / そば / 近く / 隣, are one place said two
#: ways: left out); 中 and 内 say one place (:func:`.ja_words.place_replaced`)
JA_PLACE_NOUNS = _words("中 上 下 内 外 前 後ろ 横 奥 裏 右 左")

#: English endings of an adverb (-ly), a verb form (-ing) or a superlative (-est): a word
#: with one names no kind of thing
EN_NOT_NOUN_ENDINGS = ("ly", "ing", "est")

#: Scope words (closed class, ``limits.py``): a totality word asks about the whole of what it
#: modifies, a restricting one about a part only (the whole phone / just the screen; 全部 /
#: 玄関前だけ); a limiting preposition opens a phrase that narrows the question to a case (for
#: members, with a toilet; Japanese シャワー付き)
EN_SCOPE_ALL = _words("all every whole entire")
EN_SCOPE_ONLY = _words("only just solely")
EN_LIMITING = _words("for with")
#: English articles (*the* club's coach: an owner after one; the rent: a noun after one)
EN_ARTICLES = _words("the a an")
#: English demonstratives (a determiner before a noun, a pronoun alone: cheaper than *that*)
EN_DEMONSTRATIVES = _words("this that these those")
#: (only / just restrict a noun phrase when a determiner follows: just the screen; not just
#: want, only caused): the articles, the demonstratives and the possessive determiners
EN_DETERMINERS = EN_ARTICLES | EN_DEMONSTRATIVES | _words("my your our their his her its")
#: the persons of English pronouns, each by its subject form (I, me, my: i)
EN_PERSONS = _words("i we you he she they")
#: English possessive determiners, by the person who owns (my -> i): who owns a thing, for
#: the roles of `english.py` and the possessive swaps of `owners.py`
EN_OWNERS = {"my": "i", "our": "we", "your": "you", "his": "he", "her": "she", "their": "they"}
#: Japanese verbs of giving and receiving (授受動詞, a closed class; normalised forms): as main
#: verbs they say "get" / "give" in a request (領収書をもらえますか / いただけますか, one
#: question in two registers), and after て they are benefactive auxiliaries: the units keep
#: them as filler even where another verb tagged 非自立可能 counts (``units.py``)
JA_GIVING_VERBS = _words("貰う 頂く 呉れる 下さる 上げる 差し上げる 遣る")
JA_SCOPE_ALL = _words("全部 全体 全て")
JA_SCOPE_ONLY = _words("だけ のみ しか")
JA_LIMITING = _words("付き 付 つき")
#: Japanese counters: the general ones count anything (一つ / 1個 / 2枚); the others of one
#: class count the same things (persons 人 / 名, animals 匹 / 頭)
JA_GENERAL_COUNTERS = _words("つ 個")
JA_COUNTER_CLASSES = (_words("人 名"), _words("匹 頭"))

#: Prefixes that make a word's opposite (unsafe, dislike, illegal, incorrect), with the
#: shortest stem they may carry: "in"/"im" need a long one (inform / form are unrelated).
EN_NEGATING_PREFIXES = (
    ("un", 3), ("dis", 3), ("non", 3), ("il", 4), ("ir", 4), ("im", 5), ("in", 5),
)  # fmt: skip

#: Prefixes that make the doer of a word's act oneself (a self-guided tour has no guide, a
#: self-service counter no server): against the bare word, the act's doer turned round.
EN_AGENT_PREFIXES = ("self",)

#: Prefix pairs of opposite direction, side or degree (closed-class morphemes, the bound forms
#: of the relation words in / out, up / down, over / under, before / after): the same base
#: with the other prefix is the opposite (inbound / outbound, upgrade / downgrade, overpaid /
#: underpaid, prepaid / postpaid, import / export, internal / external, online / offline).
EN_OPPOSITE_PREFIXES = (
    ("in", "out"), ("up", "down"), ("over", "under"), ("pre", "post"), ("im", "ex"),
    ("in", "ex"), ("inter", "intra"), ("super", "sub"), ("hyper", "hypo"), ("max", "min"),
    ("inc", "dec"), ("en", "de"), ("on", "off"),
)  # fmt: skip

#: Stems that only look prefixed: their "base" is another word, not their opposite.
EN_FALSE_PREFIXED = _words(
    "discover display diseas dispos dispatch distanc district discuss disput dismiss dissert "
    "union unit univers uniform unless under until "
    "imprint impress impact imparti improv impuls inform insight invest income indoor intak "
    "insert instal instant intern interest intend invent invok involv inspect inspir"
)

#: Key nouns by kind: replacing one member of a kind with another changes the question
#: ("What do cats eat?" / "What do dogs eat?"). Members joined by "|" are synonyms.
#: General vocabulary, not drawn from any evaluation file.
EN_CATEGORIES = {
    "animal": "cat|kitten dog|puppy horse cow pig sheep goat chicken duck rabbit mouse rat "
    "hamster bird parrot fish snake lion tiger bear wolf fox elephant monkey deer whale shark "
    "dolphin frog turtle bee ant spider",
    "colour": "red blue green yellow orange purple pink brown black white grey|gray",
    "family": "mother|mom|mum father|dad son daughter brother sister wife husband "
    "grandmother|grandma grandfather|grandpa aunt uncle girlfriend boyfriend",
    "subject": "physics chemistry biology math|maths|mathematics history geography "
    "economics philosophy psychology sociology literature accounting statistics",
    "body": "heart liver lung kidney brain stomach skin bone eye ear nose tooth|teeth "
    "knee shoulder",
    "drink": "coffee tea beer wine milk juice",
    "meal": "breakfast lunch dinner",
    "food": "rice pasta bread noodle pizza potato",
    "code": "python java javascript ruby php kotlin scala perl haskell typescript golang",
    "platform": "windows linux mac|macos android ios ubuntu",
    "device": "laptop desktop tablet smartwatch",
    "vehicle": "car bus train plane|airplane bicycle|bike motorcycle truck taxi boat ship",
    "element": "hydrogen oxygen nitrogen carbon sulfur|sulphur iron gold silver copper",
    "planet": "mercury venus mars jupiter saturn uranus neptune",
    "job": "doctor nurse lawyer teacher pilot dentist accountant",
    "unit": "meter|metre|m kilometer|kilometre|km mile foot|feet inch kilogram|kg gram|g "
    "pound|lb celsius fahrenheit liter|litre gallon",
    "sport": "soccer|football cricket tennis basketball baseball golf hockey rugby",
    "tongue": "english french german spanish italian japanese chinese korean hindi arabic "
    "russian portuguese",
    "instrument": "piano guitar violin drum flute",
    "state": "boiling|boil freezing|freeze melting|melt",
}

EN_IRREGULAR = {
    "is": "be", "are": "be", "was": "be", "were": "be", "am": "be", "been": "be", "being": "be",
    "has": "have", "had": "have", "does": "do", "did": "do", "done": "do", "went": "go",
    "gone": "go", "got": "get", "gotten": "get", "made": "make", "men": "man", "women": "woman",
    "children": "child", "people": "person", "mice": "mouse", "feet": "foot", "teeth": "tooth",
    "bought": "buy", "sold": "sell", "paid": "pay", "sent": "send", "took": "take",
    "taken": "take", "gave": "give", "given": "give", "ran": "run", "won": "win", "lost": "los",
    "wrote": "write", "written": "write", "knew": "know", "known": "know", "saw": "see",
    "seen": "see", "thought": "think", "felt": "feel", "left": "left", "found": "find",
    "learnt": "learn", "earned": "earn", "kept": "keep", "began": "begin", "begun": "begin",
}  # fmt: skip

# -- Japanese (sudachi normalised forms) ----------------------------------------------------

#: Auxiliaries / adjectives / prefixes that negate (normalised forms).
JA_NEGATION_AUX = frozenset({"ない", "無い", "ず", "ぬ", "ん", "まい"})
JA_NEGATION_PREFIX = frozenset({"非", "不", "無", "未"})
#: the kanji of prohibition that opens a Sino-Japanese compound of an act forbidden (禁煙, 禁酒,
#: 禁漁: the act of the compound's second kanji not allowed); against the compound with another
#: first kanji, the act done (喫煙, 飲酒, 出漁), it says the opposite (session 35)
JA_PROHIBITING_KANJI = frozenset({"禁"})
JA_NEGATION_WORDS = frozenset({"無し", "なし", "無理", "禁止", "不可", "無用", "皆無"})
#: nouns that say *without* only right after the noun they leave out, which SudachiPy cuts
#: off as a word of its own where the phrase is made up on the spot (タコ抜き, 砂糖抜きで = タコ
#: なし, 砂糖なしで); a set phrase stays one word (栓抜き, 息抜き, 手抜き) and is no negation
JA_PRIVATIVE_NOUNS = frozenset({"抜き"})
#: words that say a thing is needed (必要ですか / 要りますか / 必須ですか ask one question;
#: normalised forms; 不要 is their negation, not one of them)
JA_NECESSITY = frozenset({"必要", "要る", "必須"})
#: Verb endings meaning "fail to" (打ち損なう, 当たり損ねる).
JA_FAILURE_VERBS = ("損なう", "損ねる", "損じる", "そこなう", "そこねる")

JA_QUESTION_WORDS = {
    "何故": "why", "なぜ": "why", "どうして": "why", "何で": "why",
    "何時": "when", "いつ": "when",
    "何処": "where", "どこ": "where", "何方": "where",
    "誰": "who", "だれ": "who", "どなた": "who",
    "幾ら": "quantity", "いくら": "quantity", "幾つ": "quantity", "いくつ": "quantity",
    "何人": "quantity", "何個": "quantity", "何回": "quantity", "何歳": "quantity",
    "何円": "quantity",
    "どう": "how", "如何": "how", "どの様": "how", "どのよう": "how",
    "何": "what", "なに": "what", "なん": "what", "どれ": "what", "どの": "what",
}  # fmt: skip

#: Japanese key nouns by kind (SudachiPy normalised forms), as EN_CATEGORIES.
JA_CATEGORIES = {
    "animal": "猫|子猫 犬|子犬 馬 牛 豚 羊 山羊 鶏 鴨 兎 鼠 鳥 魚 蛇 獅子|ライオン 虎 熊 "
    "狼 狐 象 猿 鹿 鯨 鮫 海豚|イルカ 蛙 亀",
    "colour": "赤|赤い 青|青い 緑 黄色|黄色い 白|白い 黒|黒い 紫 桃色|ピンク 茶色",
    "family": "母|お母さん 父|お父さん 兄|お兄さん 弟 姉|お姉さん 妹 夫 妻 息子 娘 "
    "祖母 祖父 叔母 叔父",
    "subject": "物理 化学 生物 数学 歴史 地理 経済 哲学 心理 英語 国語",
    "body": "心臓 肝臓 肺 腎臓 脳 胃 皮膚 骨 目 耳 鼻 歯 膝 肩",
    "drink": "コーヒー 紅茶|茶 ビール ワイン 牛乳 ジュース",
    "meal": "朝食|朝御飯 昼食|昼御飯 夕食|晩御飯",
    "vehicle": "車|自動車 バス 電車 飛行機 自転車 バイク タクシー 船",
    "season": "春 夏 秋 冬",
    "instrument": "ピアノ ギター バイオリン ドラム フルート",
    "state": "沸点 融点 凝固点",
}

JA_ANTONYMS = [
    ("開く", "閉じる"), ("開ける", "閉める"), ("上", "下"), ("前", "後ろ"), ("前", "後"),
    ("右", "左"), ("内", "外"), ("中", "外"), ("上がる", "下がる"), ("上げる", "下げる"),
    ("増える", "減る"), ("増やす", "減らす"), ("入る", "出る"), ("入れる", "出す"),
    ("大きい", "小さい"), ("多い", "少ない"), ("高い", "低い"), ("高い", "安い"),
    ("長い", "短い"), ("早い", "遅い"), ("速い", "遅い"), ("新しい", "古い"), ("好き", "嫌い"),
    ("勝つ", "負ける"), ("始まる", "終わる"), ("始める", "終える"), ("開始", "終了"),
    ("有効", "無効"), ("可能", "不可能"), ("成功", "失敗"), ("賛成", "反対"), ("男", "女"),
    ("男性", "女性"), ("男の子", "女の子"), ("買う", "売る"), ("貸す", "借りる"),
    ("送る", "受け取る"), ("送信", "受信"), ("入金", "出金"), ("登録", "解除"),
    ("表", "裏"), ("明るい", "暗い"), ("暑い", "寒い"), ("熱い", "冷たい"), ("重い", "軽い"),
    ("太い", "細い"), ("広い", "狭い"), ("深い", "浅い"), ("強い", "弱い"), ("良い", "悪い"),
    ("易しい", "難しい"), ("簡単", "難しい"), ("安全", "危険"), ("最大", "最小"),
    ("最高", "最低"), ("以上", "以下"), ("以上", "未満"), ("往路", "復路"), ("出発", "到着"),
    ("乗る", "降りる"), ("着る", "脱ぐ"), ("立つ", "座る"), ("立つ", "腰掛ける"),
    ("片手", "両手"), ("片足", "両足"), ("満ちる", "欠ける"), ("積もる", "溶ける"),
    ("付ける", "消す"), ("点ける", "消す"), ("押す", "引く"), ("表示", "非表示"),
    ("晴れ", "雨"), ("昼", "夜"), ("朝", "夜"), ("白", "黒"), ("空", "満"),
    ("大きな", "小さな"), ("内側", "外側"), ("近い", "遠い"), ("近く", "遠く"), ("乾く", "湿る"),
    ("上る", "下る"), ("登る", "降りる"), ("登る", "下りる"), ("集まる", "散らばる"),
    ("集める", "散らばらせる"), ("結ぶ", "解く"), ("結ぶ", "ほどく"), ("乗る", "出る"),
    ("綺麗", "汚れる"), ("綺麗", "汚い"), ("沈む", "昇る"), ("沈む", "上る"),
    ("飛び乗る", "飛び降りる"),
    ("押し込む", "引っ張り出す"), ("入れる", "取り出す"), ("注ぎ込む", "取り出す"),
    ("置く", "着ける"), ("着ける", "外す"), ("付ける", "外す"), ("空っぽ", "入る"),
    ("混雑", "無人"), ("横たわる", "立つ"), ("横たわる", "座る"), ("横たわる", "歩く"),
    ("横たわる", "走る"), ("座る", "歩く"), ("座る", "走る"), ("立つ", "歩く"),
]  # fmt: skip

JA_NUMERALS = {
    "〇": 0, "零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8,
    "九": 9, "十": 10, "百": 100, "千": 1000, "万": 10_000, "億": 100_000_000, "両": 2,
    "片": 1, "数": -1,
}  # fmt: skip

# -- Other languages: negation only (language-neutral checks use numbers) --------------------

OTHER_NEGATION = {
    "es": _words("no nunca jamás ni ningún ninguna nadie nada sin tampoco"),
    "fr": _words("ne pas jamais aucun aucune personne rien sans ni n"),
    "de": _words("nicht kein keine keinen keinem keiner nie niemals niemand nichts ohne"),
    "pt": _words("não nunca jamais nenhum nenhuma ninguém nada sem nem"),
    "it": _words("non mai nessuno nessuna niente nulla senza né"),
    "nl": _words("niet geen nooit niemand niets zonder noch"),
    "ru": _words("не нет никогда никто ничего без ни"),
}
#: Negating characters / morphemes of languages without spaces or with agglutination.
ZH_NEGATION = ("不", "没", "沒", "別", "别", "無", "无", "未", "非", "莫")
KO_NEGATION = ("안 ", "않", "못", "없", "말")
