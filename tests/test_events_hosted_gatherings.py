"""A gathering told with the country the sentence calls its host is the host's hosting (043) and the gatherers'
visit to it (042) (events/hosted_gatherings.py). Must not: a host word with no gathering verb over it, gatherers
the sentence does not name or of the host's own country, a host that is no country, a gathering announced or
denied. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from bilateral.models import Document

pytestmark = pytest.mark.model


def _coded(text: str) -> set[tuple[str, str | None, str, str]]:
    from bilateral.pipeline import code_documents, load_resources
    from bilateral.settings import Settings

    [done] = code_documents([Document("d", text, published=dt.date(2024, 5, 6))], load_resources(Settings()))
    return {(e.source.code, e.target.code if e.target else None, str(e.cameo), e.modality) for e in done.events}


def test_hosted_gatherings_host_country_hosts_the_gatherers() -> None:
    coded = _coded("Foreign ministers from the African Union gathered Monday in Kigali, as host country Rwanda set "
                   "out its priorities.")
    assert ("RWA", "IGOAU", "043", "asserted") in coded
    assert ("IGOAU", "RWA", "042", "asserted") in coded


def test_hosted_gatherings_body_that_qualifies_a_group_word_is_the_gatherer() -> None:
    coded = _coded("Senior envoys from the African Union partner nations convened on Friday in Kigali as host "
                   "country Rwanda opened the session.")
    assert ("RWA", "IGOAU", "043", "asserted") in coded


def test_hosted_gatherings_not_without_a_gathering_verb() -> None:
    coded = _coded("Rwanda, the host country, criticised Uganda on Monday.")
    assert not any(code in ("042", "043") for _, _, code, _ in coded)
    coded = _coded("Most refugees live in host countries such as Uganda, and the African Union met on Monday.")
    assert not any(code in ("042", "043") for _, _, code, _ in coded)


def test_hosted_gatherings_not_without_named_foreign_gatherers() -> None:
    coded = _coded("Delegates gathered in Kigali on Monday as host country Rwanda set out its priorities.")
    assert not any(code in ("042", "043") for _, _, code, _ in coded)
    coded = _coded("Rwandan ministers gathered in Kigali on Monday as host country Rwanda set out its priorities.")
    assert not any(code in ("042", "043") for _, _, code, _ in coded)


def test_hosted_gatherings_not_when_announced_or_denied() -> None:
    coded = _coded("Envoys from the African Union will gather in Kigali as host nation Rwanda sets out its "
                   "priorities.")
    assert ("RWA", "IGOAU", "043", "asserted") not in coded
    coded = _coded("Top envoys of the African Union did not convene in Kigali, as host country Rwanda had hoped.")
    assert ("RWA", "IGOAU", "043", "asserted") not in coded
