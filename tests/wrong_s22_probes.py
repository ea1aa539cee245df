"""Probe pairs of session 22 (written for this work, none from an evaluation file): minimal
pairs, one small change that changes the answer, in English and Japanese, and the
paraphrase twins beside them that must stay served.

``NEW``: (cached, query, lang, reason) of the kinds this session reads: *only* against *also*
/ *too* / *as well* / someone *else* (``english_scope``), a thing done against one that can be
(``modality.done_changed``), the object of an act against its source, theft *of* / *from*
the car (``directions.object_or_source``), and a time's までに against から (``cases``).
``KEPT``: (cached, query, lang) of other kinds (a content word, a narrowing modifier, a
number in words, am / pm, a comparative, before / after, inside / outside, who acts or
receives, だけ / も, 午前 / 午後) that the guard refused before this session; they must stay
refused both ways round. ``KNOWN_WRONG``: pairs still served (see docs/quality.md, session
22). ``TWINS``: (cached, query, lang).
"""

from __future__ import annotations

NEW: list[tuple[str, str, str, str]] = [
    # only / also / too / as well / someone else
    ("Is the discount only for members?", "Is the discount also for members?", "en",
     "scope:only->also"),
    ("Is the offer only available online?", "Is the offer also available online?", "en",
     "scope:only->also"),
    ("Can I pay the balance only by card?", "Can I pay the balance also by card?", "en",
     "scope:only->also"),
    ("Is parking free in the evening only?", "Is parking free in the evening too?", "en",
     "scope:only->too"),
    ("Is the car park open to guests only?", "Is the car park open to guests too?", "en",
     "scope:only->too"),
    ("Is breakfast served only on weekends?", "Is breakfast served on weekends as well?", "en",
     "scope:only->well"),
    ("Is the premium lower if only I drive the car?",
     "Is the premium lower if someone else drives the car?", "en", "scope:only->else"),
    ("Can only the account holder collect the parcel?",
     "Can someone else collect the parcel?", "en", "scope:only->else"),
    ("Can only the tenant cancel the contract?", "Can someone else cancel the contract?",
     "en", "scope:only->else"),
    ("Can anyone else sign for the delivery?", "Can only I sign for the delivery?", "en",
     "scope:else->only"),
    # done against possible
    ("Was my parcel delivered today?", "Can my parcel be delivered today?", "en",
     "modality:did->can"),
    ("Was the payment taken from my account?", "Can the payment be taken from my account?",
     "en", "modality:did->can"),
    ("Has my refund been processed?", "Can my refund be processed?", "en", "modality:did->can"),
    ("Did the courier collect the package?", "Can the courier collect the package?", "en",
     "modality:did->can"),
    ("Was the order shipped yesterday?", "Can the order be shipped yesterday?", "en",
     "modality:did->can"),
    ("Did you receive my application?", "Can you receive my application?", "en",
     "modality:did->can"),
    ("Has the boiler been serviced this year?", "Can the boiler be serviced this year?", "en",
     "modality:did->can"),
    ("Were the tickets refunded?", "Can the tickets be refunded?", "en", "modality:did->can"),
    ("予約はできましたか？", "予約はできますか？", "ja", "modality:did->can"),
    ("支払いは済ませられましたか？", "支払いは済ませられますか？", "ja", "modality:did->can"),
    ("荷物は受け取れましたか？", "荷物は受け取れますか？", "ja", "modality:did->can"),
    ("車は修理できましたか？", "車は修理できますか？", "ja", "modality:did->can"),
    ("席は確保できましたか？", "席は確保できますか？", "ja", "modality:did->can"),
    # the object of an act against its source
    ("Does my insurance cover theft from the car?", "Does my insurance cover theft of the car?",
     "en", "roles:car:from->of"),
    ("Does the policy cover removal of the tree?",
     "Does the policy cover removal from the tree?", "en", "roles:tre:of->from"),
    ("Does the warranty cover the removal of the battery?",
     "Does the warranty cover the removal from the battery?", "en", "roles:battery:of->from"),
    ("Am I covered for theft of my bike?", "Am I covered for theft from my bike?", "en",
     "roles:bik:of->from"),
    ("Is there a fee for the transfer of the shares?",
     "Is there a fee for the transfer from the shares?", "en", "roles:shar:of->from"),
    ("Can I get compensation for the loss of my luggage?",
     "Can I get compensation for the loss from my luggage?", "en", "roles:luggag:of->from"),
    ("Can I get a refund for the cancellation of my booking?",
     "Can I get a refund for the cancellation from my booking?", "en", "roles:book:of->from"),
    # a time's deadline (までに) against its start (から)
    ("三時までに来られますか？", "三時から来られますか？", "ja", "roles:三時:までに->から"),
    ("正午までに受け取れますか？", "正午から受け取れますか？", "ja", "roles:正午:までに->から"),
    ("5時までに迎えに来られますか？", "5時から迎えに来られますか？", "ja",
     "roles:5時:までに->から"),
    ("月曜日までに修理できますか？", "月曜日から修理できますか？", "ja",
     "roles:月曜日:までに->から"),
    ("夜8時までに届けてもらえますか？", "夜8時から届けてもらえますか？", "ja",
     "roles:8時:までに->から"),
]  # fmt: skip

KEPT: list[tuple[str, str, str]] = [
    ("Can you send the parcel to my mother?", "Can you send the parcel to me?", "en"),
    ("Can I replace part of the fence myself?", "Can I replace the whole fence myself?", "en"),
    ("Is breakfast included in the room rate?", "Is dinner included in the room rate?", "en"),
    ("Do you deliver furniture?", "Do you deliver assembled furniture?", "en"),
    ("Can I bring two guests to the gym?", "Can I bring three guests to the gym?", "en"),
    ("Is the pharmacy open at 8am on Sundays?", "Is the pharmacy open at 8pm on Sundays?", "en"),
    ("Can I upgrade to a bigger room?", "Can I upgrade to a smaller room?", "en"),
    ("Can I transfer money to my savings account online?",
     "Can I transfer money from my savings account online?", "en"),
    ("Can I check in before noon?", "Can I check in after noon?", "en"),
    ("Can I smoke inside the hotel?", "Can I smoke outside the hotel?", "en"),
    ("Does the seller pay the stamp duty?", "Does the buyer pay the stamp duty?", "en"),
    ("Can the landlord enter the flat without notice?",
     "Can the tenant enter the flat without notice?", "en"),
    ("Is the heavier bag cheaper to check in?", "Is the lighter bag cheaper to check in?", "en"),
    ("Can I park in front of the garage?", "Can I park behind the garage?", "en"),
    ("Do I get a refund if the flight is delayed?",
     "Do I get a refund if the flight is cancelled?", "en"),
    ("Can my daughter drive my car?", "Can I drive my daughter's car?", "en"),
    ("Is the pool heated in winter?", "Is the pool heated in summer?", "en"),
    ("Can I pay the deposit by card?", "Can I pay the rent by card?", "en"),
    ("Does the tour leave from the north entrance?",
     "Does the tour leave from the south entrance?", "en"),
    ("Can I return the dress within thirty days?",
     "Can I return the dress within fourteen days?", "en"),
    ("Is the museum free for children under twelve?",
     "Is the museum free for children over twelve?", "en"),
    ("Can I store the bike upstairs?", "Can I store the bike downstairs?", "en"),
    ("Do you repair the screen of the phone?", "Do you repair the battery of the phone?", "en"),
    ("夕方までに車を借りられますか？", "夕方まで車を借りられますか？", "ja"),
    ("家族だけで参加できますか？", "家族も参加できますか？", "ja"),
    ("1000円に値下げできますか？", "1000円から値下げできますか？", "ja"),
    ("午前中に配達できますか？", "午後に配達できますか？", "ja"),
    ("大人の料金はいくらですか？", "子供の料金はいくらですか？", "ja"),
    ("室内でバーベキューできますか？", "屋外でバーベキューできますか？", "ja"),
    ("三人で予約できますか？", "四人で予約できますか？", "ja"),
    ("この薬は食前に飲みますか？", "この薬は食後に飲みますか？", "ja"),
    ("荷物を母に送ってもらえますか？", "荷物を私に送ってもらえますか？", "ja"),
    ("車から財布が盗まれた場合も補償されますか？", "車が盗まれた場合も補償されますか？", "ja"),
    ("部屋の一部を改装できますか？", "部屋の全部を改装できますか？", "ja"),
    ("もっと大きい部屋に変更できますか？", "もっと小さい部屋に変更できますか？", "ja"),
    ("東京駅へ向かうバスはありますか？", "東京駅から出るバスはありますか？", "ja"),
    ("会員だけが割引を受けられますか？", "会員も割引を受けられますか？", "ja"),
    ("10時以降にチェックインできますか？", "10時以前にチェックインできますか？", "ja"),
    ("朝7時に開店しますか？", "夜7時に開店しますか？", "ja"),
    ("子供だけで入場できますか？", "子供も入場できますか？", "ja"),
    ("二階に上がるエレベーターはありますか？", "二階から下りるエレベーターはありますか？", "ja"),
    ("友達に貸してもらえますか？", "友達に貸してあげられますか？", "ja"),
    ("3泊以上で割引はありますか？", "3泊以下で割引はありますか？", "ja"),
    ("壁の内側を塗装できますか？", "壁の外側を塗装できますか？", "ja"),
    ("月曜日から営業しますか？", "月曜日まで営業しますか？", "ja"),
    ("息子が私の車を運転できますか？", "私が息子の車を運転できますか？", "ja"),
    ("私だけが運転する場合、保険料は安くなりますか？",
     "他の人が運転する場合、保険料は安くなりますか？", "ja"),
    ("平日だけ営業していますか？", "平日も営業していますか？", "ja"),
    ("駅から歩いて行けますか？", "駅まで歩いて行けますか？", "ja"),
    ("5000円以上で送料無料になりますか？", "5000円未満で送料無料になりますか？", "ja"),
    ("窓を開けてもいいですか？", "窓が開いていますか？", "ja"),
]  # fmt: skip

#: still served at the real cosine (docs/quality.md, session 22: what is still weak)
KNOWN_WRONG: list[tuple[str, str, str]] = [
    # "use" is a stop word to the English analyser: my son is read as no subject
    ("Can my son use my membership card?", "Can I use my son's membership card?", "en"),
    # collection's first WordNet senses are a group and a message, not an act
    ("Is there a charge for collection from the depot?",
     "Is there a charge for collection of the depot?", "en"),
    # the past of a verb of obtaining and its potential: "I managed to get one" (session 20)
    ("予約は取りましたか？", "予約は取れましたか？", "ja"),
    ("チケットは買えましたか？", "チケットは買いましたか？", "ja"),
    # an intransitive's past against a transitive's potential: the content words differ
    ("荷物は今日届きましたか？", "荷物は今日届けられますか？", "ja"),
    # の against からの before a verbal noun: no resource tells a thing from a person here
    ("車の盗難は補償されますか？", "車からの盗難は補償されますか？", "ja"),
]  # fmt: skip

TWINS: list[tuple[str, str, str]] = [
    ("Does my insurance cover theft from the car?", "Does my insurance cover theft from my car?",
     "en"),
    ("Does my insurance cover theft of the car?", "Does my insurance cover theft of my car?",
     "en"),
    ("What was the best movie of 2016?", "What was the best movie from 2016?", "en"),
    ("Can I get a letter from my doctor?", "Can I get a letter of my doctor?", "en"),
    ("Is the discount only for members?", "Is the discount just for members?", "en"),
    ("Is the discount only for members?", "Is the discount for members only?", "en"),
    ("Can I also pay by card?", "Can I pay by card too?", "en"),
    ("Can I bring my dog as well?", "Can I also bring my dog?", "en"),
    ("Was my parcel delivered today?", "Has my parcel been delivered today?", "en"),
    ("Was my parcel delivered today?", "Did my parcel get delivered today?", "en"),
    ("Has the boiler been serviced this year?", "Was the boiler serviced this year?", "en"),
    ("Can the boiler be serviced this year?", "Could the boiler be serviced this year?", "en"),
    ("Can you send the parcel to my mother?", "Could you send the parcel to my mum?", "en"),
    ("Can I bring two guests to the gym?", "Can I bring 2 guests to the gym?", "en"),
    ("Can I upgrade to a bigger room?", "Can I upgrade to a larger room?", "en"),
    ("予約は取れましたか？", "予約は取れましたでしょうか？", "ja"),
    ("予約はできますか？", "予約は可能ですか？", "ja"),
    ("10時までに入れますか？", "10時までには入れますか？", "ja"),
    ("3時から始まりますか？", "3時に始まりますか？", "ja"),
    ("家族だけで参加できますか？", "家族のみで参加できますか？", "ja"),
    ("1000円に値下げできますか？", "千円に値下げできますか？", "ja"),
    ("三人で予約できますか？", "3人で予約できますか？", "ja"),
    ("会員だけが割引を受けられますか？", "会員のみ割引を受けられますか？", "ja"),
    ("雨が降ったら返金できますか？", "返金できますか、雨が降ったら？", "ja"),
]  # fmt: skip
