"""Unit tests of the trigger lexicon, frames, modality and the rule coder (sentences written for these tests)."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from bilateral.codes import load_codes
from bilateral.errors import KnowledgeError
from bilateral.events import CODER, Lexicon, code_events, is_news_text, load_lexicon
from bilateral.events.lexicon import _root
from bilateral.models import Actor, Event, Mention
from bilateral.nlp import SentenceSpan
from bilateral.settings import Settings

ACTORS = {"Rwanda": "RWAGOV", "Kigali": "RWAGOV", "Kagame": "RWAGOV", "Washington": "USAGOV",
          "Blinken": "USAGOV", "Kinshasa": "CODGOV", "Tshisekedi": "CODGOV", "M23": "CODREB",
          "Uganda": "UGAGOV", "Burundi": "BDIGOV"}


def code(nlp: Language, text: str, offset: int = 0) -> list[Event]:
    sent = nlp(text)
    mentions = []
    for tok in sent:
        if tok.text in ACTORS:
            c = ACTORS[tok.text]
            mentions.append(Mention(Actor(tok.text, tok.text, c, c[:3], c[3:], "state"), tok.i, tok.i + 1,
                                    tok.idx, tok.idx + len(tok)))
    return code_events(sent, SentenceSpan(3, text, offset, offset + len(text)), "doc-1", mentions, Lexicon.load())


def triples(events: list[Event]) -> set[tuple[str, str | None, str, str]]:
    return {(e.source.code, e.target.code if e.target else None, e.cameo, e.modality) for e in events}


def test_events_lexicon_codes_exist_and_have_plover() -> None:
    lexicon = Lexicon.load()
    codes = load_codes()
    entries = [e for group in lexicon.entries.values() for e in group]
    assert len(entries) > 250
    assert all(codes.codable(e.cameo) for e in entries)
    assert {codes.get(e.cameo).plover for e in entries} - {None} == set(load_codes().entries[c].plover
                                                              for c in load_codes().entries
                                                              if load_codes().entries[c].plover)


def test_events_lexicon_bad_line_names_file_and_line(tmp_path: Path) -> None:
    bad = tmp_path / "triggers.tsv"
    bad.write_text("# header\nverb\tmeet\t-\t-\twith\t999\t-\n", encoding="utf-8")
    with pytest.raises(KnowledgeError, match=r"triggers.tsv:2: unknown CAMEO code '999'"):
        load_lexicon(bad, _root() / "frames.json")
    bad.write_text("verb\tmeet\t-\t-\twith\t04\t-\n", encoding="utf-8")
    with pytest.raises(KnowledgeError, match="no PLOVER type"):
        load_lexicon(bad, _root() / "frames.json")
    bad.write_text("verb\tmeet\t-\t-\twith\t040\n", encoding="utf-8")
    with pytest.raises(KnowledgeError, match=r":1: expected 7"):
        load_lexicon(bad, _root() / "frames.json")


@pytest.mark.parametrize("form", ["met", "meets", "meeting", "agreed", "agreeing", "supplies", "sanctioned",
                                  "struck", "held talks", "deported", "visits", "talks", "accusations", "shelled",
                                  "withdrew", "imposing sanctions", "urged", "cutting", "denying"])
def test_events_may_trigger_matches_inflections(form: str) -> None:
    assert Lexicon.load().may_trigger(f"Officials {form} yesterday.")


@pytest.mark.parametrize("text", ["The eastern provinces were quiet.", "The United States was first.",
                                  "Eastern hills saw firsthand accounts."])
def test_events_may_trigger_ignores_words_that_only_start_like_triggers(text: str) -> None:
    assert not Lexicon.load().may_trigger(text)


def test_events_may_trigger_rejects_plain_text() -> None:
    assert not Lexicon.load().may_trigger("The weather in the hills was cool and dry.")


def test_events_may_trigger_has_no_false_negatives_on_lemmas() -> None:
    lexicon = Lexicon.load()
    for (_, lemma), entries in lexicon.entries.items():
        for entry in entries:
            # a light verb ("hold") is a trigger only with one of its object nouns ("talks")
            words = f"x {lemma} {min(entry.objects)} y" if entry.objects else f"x {lemma} y"
            assert lexicon.may_trigger(words), (lemma, entry.objects)


def test_events_fields_come_from_code_table_and_span(nlp: Language) -> None:
    events = code(nlp, "Blinken met Kagame on Thursday.", offset=40)
    assert len(events) == 2  # a meeting is both sides': Kagame met Blinken too, with the same fields
    event = events[0]
    entry = load_codes().get("040")
    assert (event.event_type, event.quad_class, event.goldstein) == ("CONSULT", 1, entry.goldstein)
    assert (event.doc_id, event.sentence_index, event.char_start, event.char_end) == ("doc-1", 3, 40, 71)
    assert event.coder == CODER and event.trigger == "met" and event.trigger_start == 1
    assert 0.5 <= event.confidence <= 1.0 and event.date is None and event.location is None


def test_events_passive_agent_is_source(nlp: Language) -> None:
    assert triples(code(nlp, "Kinshasa was attacked by M23 on Sunday.")) == {("CODREB", "CODGOV", "190", "asserted")}


def test_events_coordinated_subject_is_reciprocal(nlp: Language) -> None:
    got = triples(code(nlp, "Kagame and Tshisekedi signed a peace accord in Washington."))
    assert got == {("RWAGOV", "CODGOV", "057", "asserted"), ("CODGOV", "RWAGOV", "057", "asserted")}


def test_events_accusation_embeds_alleged_act(nlp: Language) -> None:
    got = triples(code(nlp, "Kinshasa accused Uganda of arming M23."))
    assert got == {("CODGOV", "UGAGOV", "112", "asserted"), ("UGAGOV", "CODREB", "072", "alleged")}


def test_events_speech_by_other_actor_is_alleged_by_self_not(nlp: Language) -> None:
    assert triples(code(nlp, "Kinshasa said Burundi attacked M23.")) == {("BDIGOV", "CODREB", "190", "alleged")}
    # the pronoun subject of a reported clause is the speaker: a first-hand claim is asserted
    assert triples(code(nlp, "Burundi said it attacked M23.")) == {("BDIGOV", "CODREB", "190", "asserted")}
    assert triples(code(nlp, "Burundi said Burundi attacked M23.")) == {("BDIGOV", "CODREB", "190", "asserted")}


def test_events_modality_negated_future_hypothetical(nlp: Language) -> None:
    assert {e.modality for e in code(nlp, "Washington did not sanction Kigali.")} == {"negated"}
    assert {e.modality for e in code(nlp, "Blinken is expected to visit Kigali.")} == {"hypothetical"}
    assert {e.modality for e in code(nlp, "Washington might sanction Kigali.")} == {"hypothetical"}


def test_events_refusal_is_asserted_reject(nlp: Language) -> None:
    assert triples(code(nlp, "Kagame refused to meet Tshisekedi.")) == {("RWAGOV", "CODGOV", "125", "asserted")}


def test_events_same_code_both_sides_dropped(nlp: Language) -> None:
    assert code(nlp, "Kagame met Kigali officials on Monday.") == []


def test_events_dyadic_type_needs_target(nlp: Language) -> None:
    assert code(nlp, "Washington imposed new sanctions on Monday.") == []


def test_events_nonnews_lines_are_skipped() -> None:
    lexicon = Lexicon.load()
    assert not is_news_text("Want to write? Register now and join Rwanda's writers.", lexicon)
    assert not is_news_text("Did Kagame meet Blinken in secret?", lexicon)
    assert not is_news_text("Kagame met Blinken at the summit. Getty Images", lexicon)
    assert is_news_text("Kagame met Blinken at the summit in Kigali.", lexicon)


def test_events_prefilter_counts_a_light_verb_only_beside_one_of_its_objects(tmp_path: Path) -> None:
    triggers = tmp_path / "triggers.tsv"
    triggers.write_text("verb\thold\t-\ttalk\t-\t040\t-\nverb\thead\t-\tto\t-\t030\t-\n"
                        "verb\tfight\t-\t-\t-\t190\t-\nnoun\tcrisis\t-\t-\t-\t190\t-\n", encoding="utf-8")
    forms = tmp_path / "word_forms.tsv"
    forms.write_text("verb\thold\theld\nverb\tfight\tfought\nnoun\tcrisis\tcrises\n", encoding="utf-8")
    lexicon = load_lexicon(triggers, _root() / "frames.json", word_forms=forms)
    assert lexicon.may_trigger("Envoys held talks in Doha.")          # an irregular form with its object
    assert not lexicon.may_trigger("Envoys held a dinner in Doha.")   # the light verb without one
    assert not lexicon.may_trigger("The talks went well.")            # the object noun alone
    assert not lexicon.may_trigger("He went to Doha.")                # "to" is an object of "head" only
    assert lexicon.may_trigger("He headed to Doha.")
    assert lexicon.may_trigger("Rebels fought on.") and lexicon.may_trigger("Two crises grew.")  # irregular forms


def test_events_word_forms_file_errors_name_the_line(tmp_path: Path) -> None:
    forms = tmp_path / "word_forms.tsv"
    forms.write_text("# comment\nverb\thold\theld\nadverb\tfast\tfaster\n", encoding="utf-8")
    with pytest.raises(KnowledgeError, match=r"word_forms.tsv:3: expected verb or noun"):
        load_lexicon(_root() / "triggers.tsv", _root() / "frames.json", word_forms=forms)


def test_events_packaged_word_forms_cover_common_irregular_verbs() -> None:
    lexicon = Lexicon.load()
    for sentence in ("Envoys held talks.", "Rebels fought troops.", "Kenya drew up a plan to deploy troops.",
                     "Officials were in talks with Uganda."):
        assert lexicon.may_trigger(sentence), sentence


@pytest.mark.model
def test_events_packaged_word_forms_are_what_the_tool_writes_from_the_pinned_model() -> None:
    import importlib.util

    path = Path(__file__).resolve().parents[1] / "tools" / "word_forms.py"
    spec = importlib.util.spec_from_file_location("word_forms_tool", path)
    assert spec is not None and spec.loader is not None
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    model = Settings().spacy_model
    assert tool.render(tool.irregular_forms(model), model) == (_root() / "word_forms.tsv").read_text(encoding="utf-8")
