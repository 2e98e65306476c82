"""Nominal appeals (events/pleas.py): a plea, appeal, call or request to someone to do something asks for the act,
which did not happen and decides the code; restating such a noun ("reiterated its call on Y to ...") makes it
again. Sentences written for these tests; actors marked by exact string, as in the golden cases."""

from __future__ import annotations

from spacy.language import Language

from tests.marking import coded_events

_ACTORS = {"Kenya": "KEN", "Uganda": "UGA", "Somalia": "SOM", "Ugandan authorities": "UGA"}


def _coded(nlp: Language, text: str) -> set[tuple[str, str | None, str]]:
    return {(e.source.code, e.target.code if e.target else None, e.cameo)
            for e in coded_events(nlp, text, _ACTORS) if e.modality == "asserted"}


def test_events_pleas_the_act_asked_for_decides_the_code_and_did_not_happen(nlp: Language) -> None:
    got = _coded(nlp, "Kenya made an appeal to Uganda to withdraw its troops from Somalia.")
    assert got == {("KEN", "UGA", "0256")}  # an appeal for a withdrawal; no one withdrew from Somalia
    got = _coded(nlp, "Kenya issued a plea to Uganda to withdraw its troops from Somalia.")
    assert got == {("KEN", "UGA", "0256")}


def test_events_pleas_an_act_with_its_own_subject_is_not_the_one_asked(nlp: Language) -> None:
    got = _coded(nlp, "Kenya made an appeal to Uganda after Somalia withdrew its troops from the border.")
    assert ("KEN", "UGA", "020") in got and not any(c == "0256" for _, _, c in got)


def test_events_pleas_a_restated_call_is_made_again(nlp: Language) -> None:
    got = _coded(nlp, "Kenya reiterated its call on Uganda to withdraw its troops from Somalia.")
    assert got == {("KEN", "UGA", "0256")}
    assert _coded(nlp, "Kenya reiterated the question to the Ugandan reporters.") == set()
    # restated after another verb of the same subject: still Kenya's call, made again
    got = _coded(nlp, "Kenya welcomed the vote and reiterated its call on Uganda to withdraw its troops from Somalia.")
    assert ("KEN", "UGA", "0256") in got


def test_events_pleas_a_quoted_restated_call_is_made_again(nlp: Language) -> None:
    # the quotation opening on the noun makes the parser read it as the infinitive's subject
    got = _coded(nlp, 'Kenya renewed "its call to the Ugandan authorities to free the detained herders."')
    assert ("KEN", "UGA", "0253") in got
    got = _coded(nlp, 'Kenya reiterated "its call to the Ugandan authorities to withdraw from Somalia."')
    assert ("KEN", "UGA", "0256") in got
    # a finite clause's subject is that clause's own; a verb that judges the call does not make it
    assert not any(s == "KEN" for s, _, _ in _coded(
        nlp, 'Kenya said "its call to the Ugandan authorities to free the herders was ignored."'))
    got = _coded(nlp, 'Somalia mocked "the call to the Ugandan authorities to free the herders."')
    assert not any(c.startswith("02") for _, _, c in got)


def _sureness(nlp: Language, text: str) -> float:
    return max((e.confidence for e in coded_events(nlp, text, _ACTORS) if e.cameo.startswith("02")), default=0.0)


def test_events_pleas_a_quoted_restated_call_is_as_sure_as_a_plain_one(nlp: Language) -> None:
    # restated, the noun is an appeal made again, no telephone call: the misread quotation does not make it weaker
    plain = _sureness(nlp, "Kenya reiterated its call to the Ugandan authorities to free the detained herders.")
    quoted = _sureness(nlp, 'Kenya reiterated "its call to the Ugandan authorities to free the detained herders."')
    assert quoted == plain
    # a verb that neither makes nor restates the call leaves the noun's two senses open: less sure
    judged = _sureness(nlp, 'Kenya welcomed "its call to the Ugandan authorities to free the detained herders."')
    assert judged < quoted
