"""What an act is done "despite" is what it defies, not whom it is aimed at (targets.clause_targets leaves the
"despite" phrase out): "Tehran tested a missile despite warnings from Israel" is a test aimed at no one, kept
untargeted, and Israel's warning is aimed at Tehran (measures.defiers). Must-not cases: a target the act names in
its own slot or elsewhere in its clause stays, whoever is defied. Sentences written for these tests."""

from __future__ import annotations

from spacy.language import Language

from bilateral.codes import load_codes
from tests.marking import coded_events

ACTORS = {"Tehran": "IRNGOV", "Israel": "ISRGOV", "Israeli": "ISRGOV", "Washington": "USAGOV", "Iraq": "IRQGOV"}


def typed(nlp: Language, text: str) -> set[tuple[str, str | None, str]]:
    """(source, target, PLOVER type) of the events kept for ``text``."""
    return {(e.source.code, e.target.code if e.target else None, load_codes().get(e.cameo).plover or "")
            for e in coded_events(nlp, text, ACTORS)}


def test_defied_targets_test_despite_warnings_is_aimed_at_no_one(nlp: Language) -> None:
    coded = typed(nlp, "Tehran tested a new ballistic missile on Sunday despite warnings from Israel.")
    assert ("IRNGOV", None, "MOBILIZE") in coded
    assert ("IRNGOV", "ISRGOV", "MOBILIZE") not in coded


def test_defied_targets_exercise_despite_threats_keeps_the_threat_on_the_doer(nlp: Language) -> None:
    coded = typed(nlp, "Tehran tested a naval missile system despite threats of Israeli strikes.")
    assert ("IRNGOV", None, "MOBILIZE") in coded
    assert not any(source == "IRNGOV" and target == "ISRGOV" for source, target, _ in coded)


def test_defied_targets_a_named_target_stays(nlp: Language) -> None:
    coded = typed(nlp, "Tehran fired missiles at Iraq despite warnings from Washington.")
    assert ("IRNGOV", "IRQGOV", "ASSAULT") in coded
    # the warner is no target of the attack; defying its warning is a rejection of it (events/defied_threats.py)
    assert {kind for source, target, kind in coded if (source, target) == ("IRNGOV", "USAGOV")} <= {"REJECT"}


def test_defied_targets_an_object_target_stays(nlp: Language) -> None:
    coded = typed(nlp, "Tehran expelled the Israeli ambassador despite objections from Washington.")
    assert any(source == "IRNGOV" and target == "ISRGOV" for source, target, _ in coded)
