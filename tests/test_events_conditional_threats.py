"""A coercive act announced on a condition is a threat to whoever the condition names (events/targets.py
``condition_targets``, coded as a threat by events/coder.py): "said it would impose tariffs if Peru refused".
An act done is no threat, whatever clause follows it. Sentences written for these tests."""

from __future__ import annotations

from spacy.language import Language

from bilateral.codes import load_codes
from tests.marking import coded_events

ACTORS = {"Chile": "CHLGOV", "Peru": "PERGOV", "Bolivia": "BOLGOV"}


def typed(nlp: Language, text: str) -> set[tuple[str, str | None, str | None]]:
    """(source, target, PLOVER type) of the events kept for ``text``."""
    return {(e.source.code, e.target.code if e.target else None, load_codes().get(e.cameo).plover)
            for e in coded_events(nlp, text, ACTORS)}


def test_conditional_threats_announced_sanction_threatens_the_condition_subject(nlp: Language) -> None:
    assert ("CHLGOV", "PERGOV", "THREATEN") in typed(nlp, "Chile said it would impose tariffs if Peru refused.")
    assert ("CHLGOV", "PERGOV", "THREATEN") in typed(
        nlp, "Chile said that if Peru keeps its quotas, it will impose sanctions on the wine trade.")


def test_conditional_threats_act_done_is_no_threat_to_the_condition(nlp: Language) -> None:
    assert not any(t == "PERGOV" for _, t, _ in typed(nlp, "Chile imposed tariffs as if Peru were an enemy."))


_PASSIVE = {**ACTORS, "the Chilean senate": "CHLLEG", "Bolivia's navy": "BOLMIL"}


def test_conditional_threats_passive_condition_threatens_its_agent(nlp: Language) -> None:
    # the condition's subject is a thing; the one who must act is its "by" agent
    assert ("CHLGOV", "PERGOV", "THREATEN") in typed(
        nlp, "Chile said it would impose tariffs if the quotas on its copper are not dropped by Peru.")
    got = {(s, t, p) for s, t, p in (
        (e.source.code, e.target.code if e.target else None, load_codes().get(e.cameo).plover)
        for e in coded_events(nlp, "Chile said it would close the border unless the fishing boats are released "
                                   "by Bolivia's navy.", _PASSIVE))}
    assert ("CHLGOV", "BOLMIL", "THREATEN") in got


def test_conditional_threats_passive_condition_at_home_or_without_agent_names_no_one(nlp: Language) -> None:
    # an agent of the speaker's own country sets a condition at home; a passive with no agent names no party
    home = coded_events(nlp, "Chile said it would impose tariffs if the quotas are approved by the Chilean senate.",
                        _PASSIVE)
    assert not any(e.target is not None and e.target.code == "CHLLEG" for e in home)
    assert not any(t == "PERGOV" for _, t, _ in typed(nlp, "Chile said it would impose tariffs if the quotas are "
                                                            "not dropped soon, Peru's envoy reported."))
