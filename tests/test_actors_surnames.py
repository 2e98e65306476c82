"""Surnames of family-name-first people ("Kim", "Xi"): read as the person, never as a small town of that name."""

from __future__ import annotations

from tests.resolving import codes_by_text


def test_family_name_first_person_is_indexed_by_first_word(kb) -> None:  # type: ignore[no-untyped-def]
    assert "Kim Jong Un" in kb.surnames.get("Kim", ())
    assert "Xi Jinping" in kb.surnames.get("Xi", ())
    assert "Lloyd" not in kb.surnames  # a given name first is no surname ("Lloyd Austin" is "Austin")


def test_bare_family_name_is_no_town(nlp, kb) -> None:  # type: ignore[no-untyped-def]
    found = codes_by_text(nlp, kb, "Kim told the delegation that the missile tests would go on.")
    assert "IND" not in {c[:3] for c in found.values()}


def test_town_sharing_the_name_still_resolves_after_a_place_preposition(nlp, kb) -> None:  # type: ignore[no-untyped-def]
    found = codes_by_text(nlp, kb, "Fighting broke out in Kim on Sunday.")
    assert found.get("Kim") == "IND"


def test_great_city_named_like_a_surname_stays_the_city(nlp, kb) -> None:  # type: ignore[no-untyped-def]
    assert "Zhao Ziyang" in kb.surnames.get("Ziyang", ())
    assert codes_by_text(nlp, kb, "Shelling hit Ziyang on Monday.").get("Ziyang") == "CHN"


def test_family_name_with_a_government_noun_is_that_government(nlp, kb) -> None:  # type: ignore[no-untyped-def]
    assert codes_by_text(nlp, kb, "The Kim regime fired another missile on Sunday.").get("Kim regime") == "PRKGOV"


def test_bare_surnames_drop_an_arabic_article_and_take_a_family_name_first() -> None:
    from bilateral.actors.surnames import bare_surnames

    assert bare_surnames("Bashar al-Assad", False) == ("al-Assad", "Assad")
    assert bare_surnames("Abdel Fattah el-Sisi", False) == ("el-Sisi", "Sisi")
    assert bare_surnames("Kim Jong Un", True) == ("Un", "Kim")
    assert bare_surnames("Emmanuel Macron", False) == ("Macron",)
    assert bare_surnames("Maria al-x", False) == ("al-x",)  # no capital after the article: no surname of its own
    assert bare_surnames("Madonna", False) == ()


def test_surname_without_its_article_names_the_government(nlp, kb) -> None:  # type: ignore[no-untyped-def]
    assert codes_by_text(nlp, kb, "The Assad regime shelled the town again.").get("Assad regime") == "SYRGOV"
    assert "SYRGOV" not in codes_by_text(nlp, kb, "The Assad family owns a bakery in Ohio.").values()


def test_surname_of_an_alias_spelling_is_known(nlp, kb) -> None:  # type: ignore[no-untyped-def]
    import datetime as dt

    on = dt.date(2020, 5, 4)
    assert "Jovenel Moïse" in kb.surnames.get("Moise", ())  # the alias 'Jovenel Moise', written without the accent
    assert codes_by_text(nlp, kb, "President Moise condemned the attack.", on).get("President Moise") == "HTIGOV"
    assert "HTIGOV" not in codes_by_text(nlp, kb, "President Moses condemned the attack.", on).values()


def test_document_surname_follows_the_spelling_written(nlp, kb) -> None:  # type: ignore[no-untyped-def]
    import datetime as dt

    from bilateral.actors import resolve_actors

    on = dt.date(2020, 5, 4)
    text = "Jovenel Moise visited the prison on Monday. Moise condemned the jailbreak."
    context = kb.document_context(text, on)
    assert context.surnames["Moise"].name == "Jovenel Moïse"
    sent = nlp("Moise condemned the jailbreak.")
    assert [m.actor.code for m in resolve_actors(sent, kb, on, context)] == ["HTIGOV"]


def test_person_titled_in_apposition_is_known_by_surname_later(nlp, kb) -> None:  # type: ignore[no-untyped-def]
    import datetime as dt

    from bilateral.actors import resolve_actors

    on = dt.date(2020, 5, 4)
    text = ("Two guards were hurt, Wanjiru Otieno, Kenya's interior minister, told reporters on Monday. "
            "Otieno said an inquiry had begun.")
    context = kb.document_context(text, on)
    assert context.surnames["Otieno"].country == "KEN" and context.surnames["Otieno"].sector == "GOV"
    sent = nlp("Otieno said an inquiry had begun.")
    assert [m.actor.code for m in resolve_actors(sent, kb, on, context)] == ["KENGOV"]
    for text in ("Wanjiru Otieno, a Kenyan lawyer, spoke. Otieno said an inquiry had begun.",
                 "Wanjiru Otieno, Kenya's former interior minister, spoke. Otieno said an inquiry had begun.",
                 "Wanjiru Otieno, Kenya's deputy U.N. ambassador, spoke. Otieno said an inquiry had begun."):
        assert "Otieno" not in kb.document_context(text, on).surnames, text
