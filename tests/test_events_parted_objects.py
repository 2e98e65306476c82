"""The object a verb acts on set after an adjunct between commas (events/named_objects.py ``parted_object``): in
"Lima will raise, from next week, the duties on Ecuadorian copper" the parser hangs "the duties" on the closing
comma, and the verb was left with no object. Must-not cases: a noun after the comma a clause ends on ("Lima
retaliated on Monday, the ministry said") and a reported clause between the commas ("Lima imposed, officials said,
a tariff"), which no adjunct of the verb's opens. Sentences written for these tests; actors marked by exact string,
as in the golden cases."""

from __future__ import annotations

from spacy.language import Language

from tests.marking import coded_events

ACTORS = {"Quito": "ECUGOV", "Lima": "PERGOV", "Ecuadorian": "ECUGOV"}


def _triples(nlp: Language, text: str) -> set[tuple[str, str | None, str]]:
    return {(e.source.code, e.target.code if e.target else None, e.cameo) for e in coded_events(nlp, text, ACTORS)}


def test_parted_object_after_adjunct_between_commas(nlp: Language) -> None:
    found = _triples(nlp, "Lima will raise, from next week, the duties on Ecuadorian copper.")
    assert any(s == "PERGOV" and t == "ECUGOV" and c.startswith("13") for s, t, c in found)


def test_parted_object_conditional_threat(nlp: Language) -> None:
    found = _triples(nlp, "“If the unfair duties are not dropped by Quito, I will sharply raise, on May 3rd, "
                          "the tariffs on fruit,” Lima declared.")
    assert any(s == "PERGOV" and t == "ECUGOV" and c.startswith("13") for s, t, c in found)


def test_parted_object_not_a_noun_after_clause_end(nlp: Language) -> None:
    found = _triples(nlp, "Lima retaliated on Monday, the ministry said.")
    assert not any(c.startswith(("13", "16")) for _, _, c in found)


def test_parted_object_not_after_reported_clause(nlp: Language) -> None:
    from spacy.tokens import Doc

    from bilateral.events.named_objects import parted_object

    doc: Doc = nlp("Lima imposed, officials said, a tariff on Ecuadorian copper.")
    verb = next(t for t in doc if t.lower_ == "imposed")
    assert parted_object(verb) is None
