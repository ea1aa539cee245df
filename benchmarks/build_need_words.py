"""Write ``src/yamabiko/conversation/need_words.json``: the word table's English words that
:mod:`yamabiko.conversation.needs` reads as an allergy, a conveyance or a food
(:func:`~yamabiko.conversation.needs.class_words`, by WordNet's classes), so that a Japanese
noun's English gloss is looked up only when a word of those classes is near it. Run again
after ``build_word_vectors.py`` or a change of those readings
(``tests/test_conversation_needs_said_s33.py`` checks the file against them).

    PYTHONPATH=src python benchmarks/build_need_words.py
"""

from __future__ import annotations

import json

from yamabiko.conversation.needs import NEED_WORDS, class_words


def main() -> None:
    """Compute the classes' words and write them (one JSON object, a list per class)."""
    found = class_words()
    NEED_WORDS.write_text(json.dumps(found, ensure_ascii=False, indent=1) + "\n", "utf-8")
    print({kind: len(words) for kind, words in found.items()}, "->", NEED_WORDS)


if __name__ == "__main__":
    main()
