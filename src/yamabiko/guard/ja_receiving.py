"""The Japanese auxiliaries of receiving, one table for every rule that reads them.

After a verb's て form, もらう / いただく / くれる / くださる make the speaker the one the act is
done for (教えてもらう, 教えていただく, 教えてくれる, 教えてくださる): another party does it. The
giving verbs (doers), the humble frame (honorifics), the causative and request readings
(agents), the case frames, the voice reading and the conversation's requests all read the
same four words, so they are named here once and each rule derives what it needs.

Why a table and not SudachiDict's part of speech: SudachiDict tags these 動詞,非自立可能, as it
tags every verb that can follow て (いく, くる, みる, おく, しまう, あげる ...), so the tag does not
single them out. They are a closed class of Japanese grammar, not a list that grows: of the
verbs of giving and receiving (やりもらい), the two that receive (もらう, くれる) and their
honorific twins (いただく, くださる). They are named by SudachiPy's normalised form, which
gathers every spelling and inflection (くださる, ください, 下さい, くださっ, くだされ -> 下さる;
いただけ, 頂け -> 頂く; もらえる -> 貰う), so a kana spelling is never needed beside them.
"""

from __future__ import annotations

#: each auxiliary of receiving (normalised form) -> what its subject is: ``"receiver"`` (もらう,
#: いただく: the subject receives and に names the giver, 友達に教えてもらう) or ``"giver"``
#: (くれる, くださる: the other party, the subject, gives to the speaker, 先生が教えてくださる)
SUBJECT_OF = {"貰う": "receiver", "頂く": "receiver", "呉れる": "giver", "下さる": "giver"}
#: the auxiliaries of receiving after a verb's て form (貸してもらう, 貸していただく, 貸してくれる,
#: 貸してくださる)
RECEIVING_AUX = frozenset(SUBJECT_OF)
#: those whose subject is the receiver, so a noun with に before them is the giver (送って
#: もらう, 教えていただく), and whose たい form wishes another to act (教えてもらいたい)
RECEIVER_SUBJECT = frozenset(aux for aux, subject in SUBJECT_OF.items() if subject == "receiver")
#: what after て asks an act of another party for the speaker: the auxiliaries of receiving and
#: 欲しい, wanting it done (見せてほしい)
ASKED_AUX = RECEIVING_AUX | {"欲しい"}
#: the kana and kanji a text must contain to say any of :data:`ASKED_AUX` (a substring gate
#: before reading morphemes)
RECEIVING_HINTS = ("もら", "貰", "いただ", "頂", "くれ", "呉れ", "くだ", "下さ", "ほし", "欲し")
