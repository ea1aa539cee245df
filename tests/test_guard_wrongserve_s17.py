"""Session-17 wrong serves (``guard/cases.py``, ``guard/opposites.py``, ``guard/modifiers.py``,
``guard/reciprocal.py``, ``guard/second_opinion.py``): a Japanese noun whose case particle
changes its role (母に電話 / 母が電話), opposite phrasal verbs the trees' rescue served (pick up
/ drop off), nouns of action made of opposite verbs (arrival / departure), a material noun
that narrows a noun both prompts say (foam cushions / cushions, also reworded around it); and
two body parts word vectors put close (chest / breast); and a paraphrase refused as a role
swap (link A to B / link B to A).

Every example is written here for the test (none is taken from an evaluation file), in
everyday FAQ wording, with the real embedder's cosines at the default threshold (0.75), the
real analysers and WordNet. Each probe of a wrong serve was served by the guard before this
session (and each paraphrase of the link kind refused); the paraphrases that must stay
served are alongside.
"""

from __future__ import annotations

import pytest
from guard_probes import assert_refused_with_reasons, assert_served, pair_cosines

from yamabiko.guard import Guard
from yamabiko.guard.cases import case_changed
from yamabiko.guard.modifiers import en_material_added
from yamabiko.guard.opposites import nominal_verbs, verbs_opposed
from yamabiko.guard.reciprocal import connects
from yamabiko.guard.second_opinion import one_span_changed

GUARD = Guard()
THRESHOLD = 0.75

#: (cached, query, lang, the reason the guard now gives)
WRONG = [
    ("母に電話するにはどうすればいいですか？", "母が電話するにはどうすればいいですか？", "ja",
     "roles:母:に->が"),
    ("先生に連絡する必要がありますか？", "先生が連絡する必要がありますか？", "ja",
     "roles:先生:に->が"),
    ("銀行に支払う手数料はいくらですか？", "銀行が支払う手数料はいくらですか？", "ja",
     "roles:銀行:に->が"),
    ("友達にお金を送る方法を教えてください", "友達がお金を送る方法を教えてください", "ja",
     "roles:友達:に->が"),
    ("大家に修理を依頼できますか？", "大家が修理を依頼できますか？", "ja", "roles:大家:に->が"),
    ("上司にメールを送るべきですか？", "上司がメールを送るべきですか？", "ja",
     "roles:上司:に->が"),
    ("友達と旅行するときの注意点は？", "友達が旅行するときの注意点は？", "ja",
     "roles:友達:と->が"),
    ("Where can I pick up the parcel?", "Where can I drop off the parcel?", "en",
     "antonym:pick+up->drop+off"),
    ("What time can I pick up my car?", "What time can I drop off my car?", "en",
     "antonym:pick+up->drop+off"),
    ("Can I pick up the kids at 3pm?", "Can I drop off the kids at 3pm?", "en",
     "antonym:pick+up->drop+off"),
    ("What time is the coach's arrival in Edinburgh?",
     "What time is the coach's departure from Edinburgh?", "en",
     "antonym:arrival->departure"),
    ("Can I recycle bottles?", "Can I recycle glass bottles?", "en", "narrowing:glass"),
    ("How do I remove stains from a carpet?", "How do I remove wine stains from a carpet?",
     "en", "narrowing:wine"),
    ("What is the best way to clean cushions?", "How do I clean foam cushions?", "en",
     "narrowing:foam"),
    ("What causes chest pain?", "What causes breast pain?", "en", "category:chest->breast"),
    ("Is a lump in the chest normal?", "Is a lump in the breast normal?", "en",
     "category:chest->breast"),
]  # fmt: skip

#: paraphrases that must be served (the link kind was refused as a role swap before)
SERVED = [
    # served back in session 20 (pick up / collect: their 4th and 5th tagged WordNet senses,
    # guard/wordnet_verbs.py), a known miss of the session-18 trees before
    ("Where can I pick up the parcel?", "Where can I collect the parcel?", "en"),
    ("How do I link my bank account to the app?", "How do I link the app to my bank account?",
     "en"),
    ("How do I connect my phone to the car?", "How do I connect the car to my phone?", "en"),
    ("Can I link my Spotify account to my Discord?",
     "Can I link my Discord to my Spotify account?", "en"),
    ("How do I pair my watch with my phone?", "How do I pair my phone with my watch?", "en"),
    ("母に電話するにはどうすればいいですか？", "母へ電話するにはどうすればいいですか？", "ja"),
    ("コーヒーが好きな人におすすめの豆は？", "コーヒーの好きな人におすすめの豆は？", "ja"),
    ("水が飲みたいときはどうすればいいですか？", "水を飲みたいときはどうすればいいですか？",
     "ja"),
    ("英語が話せるスタッフはいますか？", "英語を話せるスタッフはいますか？", "ja"),
    ("この薬は子供も飲めますか？", "この薬は子供が飲めますか？", "ja"),
    ("子供に必要な書類は何ですか？", "子供が必要な書類は何ですか？", "ja"),
    ("Can I withdraw cash at any branch?", "Can I take out cash at any branch?", "en"),
    ("How do I clean cushions?", "How do I clean my cushions?", "en"),
    ("How do I clean cushions?", "What's the best way to clean cushions?", "en"),
    ("What time does the pharmacy open on Sundays?", "When does the pharmacy open on Sundays?",
     "en"),
    ("What helps a sore tooth?", "What helps sore teeth?", "en"),
]  # fmt: skip

#: role swaps that stay refused: the ends of a verb that is no verb of connecting
SWAPS = [
    ("Can I convert dollars to euros at the airport?",
     "Can I convert euros to dollars at the airport?", "roles:dollar<->euro"),
    ("How do I forward emails from Gmail to Outlook?",
     "How do I forward emails from Outlook to Gmail?", "roles:outlook<->gmail"),
    ("Can I move photos from my phone to my laptop?",
     "Can I move photos from my laptop to my phone?", "roles:laptop<->phon"),
    ("How do I connect from the airport to the city centre?",
     "How do I connect from the city centre to the airport?", "roles:city<->airport"),
]  # fmt: skip


def test_wrong_serves_are_refused_with_their_reason(embedder) -> None:
    assert_refused_with_reasons(GUARD, WRONG, pair_cosines(embedder, WRONG), THRESHOLD)


def test_paraphrases_stay_served(embedder) -> None:
    assert_served(GUARD, SERVED, pair_cosines(embedder, SERVED), THRESHOLD)


@pytest.mark.parametrize(("cached", "query", "reason"), SWAPS)
def test_swaps_of_source_and_goal_stay_refused(cached: str, query: str, reason: str) -> None:
    verdict = GUARD.check(query, cached, "en", 0.97, THRESHOLD)
    assert (verdict.accept, verdict.reason) == (False, reason)


def test_case_change_keeps_the_alternations_of_one_role() -> None:
    assert case_changed("母が電話しますか？", "母に電話しますか？") == "母:に->が"
    assert case_changed("母へ電話しますか？", "母に電話しますか？") == ""  # one role: the goal
    assert case_changed("英語を話せますか？", "英語が話せますか？") == ""  # が / を: the object
    assert case_changed("私ができることは？", "私にできることは？") == ""  # a dative subject
    assert case_changed("母から借りますか？", "母に借りますか？") == ""  # に / から: the source


def test_verbs_of_connecting_and_opposite_verbs_from_wordnet() -> None:
    assert connects("link") and connects("linked") and connects("pair") and connects("join")
    assert not connects("attach") and not connects("tie")  # fastening (session-17 review)
    assert not connects("convert") and not connects("transfer") and not connects("forward")
    assert verbs_opposed("pick_up", "drop_off") and verbs_opposed("put_on", "take_off")
    assert not verbs_opposed("pick_up", "collect") and not verbs_opposed("take_back", "return")
    assert nominal_verbs("arrival") == ("arrive",) and nominal_verbs("departure") == ("depart",)
    assert en_material_added("Can I recycle glass bottles?", "Can I recycle bottles?") == "glass"
    assert en_material_added("Can I recycle glass bottles?", "Can I recycle plastic bottles?") == ""
    assert en_material_added("Any rehab in Coffee County?", "Any rehab in County?") == ""


def test_the_second_opinion_leaves_minimal_pairs_in_form_to_the_trees() -> None:
    assert one_span_changed("Is the smartwatch waterproof?", "Is the smart ring waterproof?")
    assert one_span_changed("Do you sell hay fever tablets?", "Do you sell sleeping tablets?")
    assert not one_span_changed("How do I update the app?",
                                "How can I get the latest version of the app?")  # fmt: skip
