"""Set descriptions that refer back to actors named together (actors/sets.py), through the pipeline."""

from __future__ import annotations

import datetime as dt

import pytest

from bilateral.models import Document

pytestmark = pytest.mark.model


def _coded(text: str) -> set[tuple[int, str | None, str | None, str]]:
    from bilateral.pipeline import code_documents, load_resources
    from bilateral.settings import Settings

    [done] = code_documents([Document("d", text, published=dt.date(2021, 4, 9))], load_resources(Settings()))
    return {(e.sentence_index, e.source.country, e.target.country if e.target else None, e.event_type)
            for e in done.events}


def test_actors_sets_the_three_nations_are_the_three_named_together() -> None:
    got = _coded("Chad, Mali and Niger left the regional bloc in March. The three nations accused Nigeria of "
                 "meddling.")
    assert {e for e in got if e[0] == 1} == {(1, c, "NGA", "ACCUSE") for c in ("TCD", "MLI", "NER")}


def test_actors_sets_a_set_as_target_is_each_member() -> None:
    got = _coded("Ghana accused Togo and Benin of harbouring smugglers. Nigeria later criticized both countries.")
    assert {e for e in got if e[0] == 1} == {(1, "NGA", "TGO", "ACCUSE"), (1, "NGA", "BEN", "ACCUSE")}


def test_actors_sets_need_a_coordination_of_the_right_size() -> None:
    # two named together are not "the three"
    assert not any(e[0] == 1 for e in _coded("Kenya and Uganda met on Monday. The three countries accused Sudan "
                                             "of lying."))
    # two coordinations of two in the sentence before: which pair is meant is unclear
    assert not any(e[0] == 1 for e in _coded("Kenya and Uganda met Rwanda and Burundi on Monday. Both countries "
                                             "accused Sudan of lying."))


_FOUR = "The alliance consists of Japan, India, Australia and the United States. "


def test_actors_sets_the_other_three_are_the_four_named_together_less_the_one_named_here() -> None:
    # the sentence naming the four holds no event: it is parsed for the set description that follows it
    got = _coded(_FOUR + "Last year, Japan held a joint naval exercise with the other three countries.")
    # a joint exercise is both sides' act (events/meetings.py, mutual_acts)
    assert {e for e in got if e[0] == 1} == {(1, a, b, "COOPERATE") for c in ("IND", "AUS", "USA")
                                             for a, b in (("JPN", c), (c, "JPN"))}


def test_actors_sets_the_other_three_need_one_member_named_here() -> None:
    # a country that is no member: "the other three" of what is unclear
    assert not any(e[0] == 1 for e in _coded(
        _FOUR + "Last year, Britain held a joint naval exercise with the other three countries."))
    # two members named: which three are the others is unclear
    got = _coded(_FOUR + "Last year, Japan and India held a joint naval exercise with the other three countries.")
    assert not any(e[0] == 1 and e[2] in ("AUS", "USA") for e in got)
    # "the other two" after four named together: the count does not fit
    assert not any(e[0] == 1 for e in _coded(
        _FOUR + "Last year, Japan held a joint naval exercise with the other two countries."))


def test_actors_sets_actors_named_apart_are_a_set_of_as_many_countries() -> None:
    got = _coded("Kenya hosted Uganda on Monday. Both countries accused Sudan of lying.")
    assert {e for e in got if e[0] == 1} == {(1, "KEN", "SDN", "ACCUSE"), (1, "UGA", "SDN", "ACCUSE")}
    got = _coded("The Kenyan president hosted his Ugandan counterpart on Monday. The two presidents accused Sudan "
                 "of lying.")
    assert {e for e in got if e[0] == 1} == {(1, "KEN", "SDN", "ACCUSE"), (1, "UGA", "SDN", "ACCUSE")}


def test_actors_sets_actors_named_apart_must_fit_the_count_and_name_actors() -> None:
    # three countries named apart: which two is a guess; one country named: no pair
    assert not any(e[0] == 1 and e[1] in ("KEN", "UGA", "ETH") for e in _coded(
        "Kenya hosted Uganda on Monday, a week after Ethiopia did. Both countries accused Sudan of lying."))
    assert not any(e[0] == 1 and e[1] == "KEN" for e in _coded(
        "Kenya held talks on Monday. The two countries accused Sudan of lying."))
    # "the two lawsuits" names no actors, however many countries the sentence before names
    assert not any(e[0] == 1 and e[1] in ("KEN", "UGA") for e in _coded(
        "Kenya sued Uganda on Monday. The two lawsuits accused Sudan of lying."))


def test_actors_sets_members_named_together_act_with_each_other() -> None:
    got = _coded("Kenya and Uganda signed a trade deal on Monday. The two countries held talks in Nairobi.")
    assert {e for e in got if e[0] == 1} == {(1, "KEN", "UGA", "CONSULT"), (1, "UGA", "KEN", "CONSULT")}
    got = _coded("Mali, Niger and Burkina Faso left the regional bloc in January. In March, the three nations agreed "
                 "at a summit to form a confederation.")
    assert {(s, t) for i, s, t, k in got if i == 1 and k == "AGREE"} == {
        (a, b) for a in ("MLI", "NER", "BFA") for b in ("MLI", "NER", "BFA") if a != b}


def test_actors_sets_members_named_apart_with_an_act_between_them_act_with_each_other() -> None:
    # the sentence that named them told one's act on the other: the story has paired them
    got = _coded("Brazilian President Luiz Inacio Lula da Silva praised Argentine President Javier Milei on Monday. "
                 "The two presidents are cooperating ever more closely on river transport.")
    assert {e for e in got if e[0] == 1} == {(1, "BRA", "ARG", "SUPPORT"), (1, "ARG", "BRA", "SUPPORT")}


def test_actors_sets_members_named_apart_with_no_act_between_them_are_no_counterparts() -> None:
    # named apart, each acting on no other: the count alone pairs no one
    got = _coded("Brazilian President Luiz Inacio Lula da Silva spoke in Brasilia on Monday while Argentine "
                 "President Javier Milei toured a factory in Cordoba. The two presidents are cooperating ever more "
                 "closely on river transport.")
    assert not any(e[0] == 1 and {e[1], e[2]} == {"BRA", "ARG"} for e in got)
    # a third country named beside the pair: "the two presidents" is no one
    got = _coded("Brazilian President Luiz Inacio Lula da Silva praised Argentine President Javier Milei in "
                 "Santiago with Chilean President Gabriel Boric. The two presidents are cooperating ever more "
                 "closely on river transport.")
    assert not any(e[0] == 1 for e in got)
    # one side only known: "the two men" is no pair
    got = _coded("Brazilian President Luiz Inacio Lula da Silva praised a local mayor on Monday. The two men are "
                 "cooperating ever more closely on river transport.")
    assert not any(e[0] == 1 and e[2] is not None for e in got)
    # no pair at all in the story
    assert not any(e[0] == 1 for e in _coded("Heavy rain fell across the region on Monday. Both sides are "
                                             "cooperating ever more closely on river transport."))


def test_actors_sets_a_grouping_is_the_actors_it_is_said_to_consist_of() -> None:
    got = _coded("The Quint consists of Chile, Peru, Bolivia and Ecuador. In March, Quint leaders agreed at an "
                 "online summit to protect the Pacific fisheries.")
    members = ("CHL", "PER", "BOL", "ECU")
    assert {(s, t) for i, s, t, k in got if i == 1 and k == "AGREE"} == {
        (a, b) for a in members for b in members if a != b}


def test_actors_sets_a_grouping_named_as_a_possessor_or_unknown_is_no_party() -> None:
    # "the Quint's navies": the name is whose the navies are, no party of its own
    got = _coded("The Quint consists of Chile, Peru, Bolivia and Ecuador. Peru criticized the Quint's fishing "
                 "rules.")
    assert not any(e[0] == 1 and e[1] != "PER" for e in got)
    # a grouping no sentence said the members of stays unknown
    assert not any(e[0] == 1 for e in _coded("Chile, Peru, Bolivia and Ecuador met on Monday. In March, Quint "
                                             "leaders agreed at an online summit to protect the Pacific fisheries."))


def _cameos(text: str, sentence: int) -> list[tuple[str | None, str | None, str]]:
    from bilateral.pipeline import code_documents, load_resources
    from bilateral.settings import Settings

    [done] = code_documents([Document("d", text, published=dt.date(2021, 4, 9))], load_resources(Settings()))
    return sorted((e.source.country, e.target.country if e.target else None, e.cameo)
                  for e in done.events if e.sentence_index == sentence)


def test_actors_sets_acts_kept_apart_stay_apart_for_each_member() -> None:
    # two acts of one type on a set (two fields), each copied once per member, not merged into one
    got = _cameos("Chad, Mali and Niger left the regional bloc in March. Ghana vowed to maintain security and "
                  "trade ties with the three nations.", 1)
    assert got == sorted(("GHA", c, code) for c in ("TCD", "MLI", "NER") for code in ("0311", "0312"))
