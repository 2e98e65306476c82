"""The object a verb acts on shifted after its "as" complement (events/named_objects.py ``shifted_object``): in
"X denounced as a grave crime Y's crackdown on Z" the parser hangs "Y's crackdown" on "crime" as an apposition, and
the verb was left with no object. Must-not cases: a true apposition, set off by a comma ("served as mediator, the
first ..."), and the usual order ("denounced Y as an aggressor"), which keeps its own object. Sentences written
for these tests; actors marked by exact string, as in the golden cases."""

from __future__ import annotations

from spacy.language import Language

from tests.marking import coded_events

ACTORS = {"Quito": "ECUGOV", "Lima": "PERGOV", "Bogota": "COLGOV", "Colombian": "COLGOV"}


def _triples(nlp: Language, text: str) -> set[tuple[str, str | None, str]]:
    return {(e.source.code, e.target.code if e.target else None, e.cameo) for e in coded_events(nlp, text, ACTORS)}


def test_shifted_object_after_as_complement(nlp: Language) -> None:
    found = _triples(nlp, "Quito on Monday denounced as a grave crime Lima's crackdown on Colombian traders.")
    assert ("ECUGOV", "PERGOV", "111") in found


def test_shifted_object_not_a_comma_apposition(nlp: Language) -> None:
    # "the first ..." is an apposition of the complement: no object of "served"
    found = _triples(nlp, "Quito served as mediator, the first neighbour of Lima to take the role.")
    assert not any(s == "ECUGOV" and t == "PERGOV" for s, t, _ in found)


def test_shifted_object_usual_order_kept(nlp: Language) -> None:
    assert ("ECUGOV", "PERGOV", "111") in _triples(nlp, "Quito denounced Lima as an aggressor on Monday.")
