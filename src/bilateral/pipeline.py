"""The one place that composes the coding stages: split -> parse -> actors -> events -> dating -> places, for
a batch of documents (``code_documents``); ``runs`` feeds it batches and stores what it returns.

Each stage is a pure function from its input records to its output records. A document that fails
at any stage is returned with the name of that stage and its error (``ingest --retry-failed`` codes it
again); the rest of the batch goes on. Runs stream in batches of ``settings.batch_size`` documents, so
memory stays flat whatever the corpus size, and each batch is committed in one transaction, so an
interrupted run resumes without duplicates (``runs.ingest_documents``).
"""

from __future__ import annotations

import atexit
import dataclasses
import functools
import gc
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from bilateral.actors import KnowledgeBase, resolve_actors
from bilateral.actors.kin import listed_kin
from bilateral.actors.possessed_forces import speakers_forces
from bilateral.actors.owned_objects import owned_object_pronouns
from bilateral.actors.personal_opponents import opposed_person_objects
from bilateral.actors.anaphora import (
    FIRST_PERSON,
    attributed_speaker,
    clause_pronoun_mentions,
    first_person_mentions,
    joined_sentence_pronouns,
    lone_person,
    main_subjects,
    nearer_subject,
    pronoun_mentions,
    quote_flags,
)
from bilateral.actors.conditions import condition_actors, condition_pronoun_mentions, conditioned_subject_mentions
from bilateral.actors.closing import (
    SECOND_PERSON,
    addressee_mentions,
    attributes,
    closing_speakers,
    continues_speaker,
    first_person_objects,
    outside_quotations,
    quoted_first_person,
    quoted_tokens,
    speaker_going_on,
    speaks_for_a_side,
)
from bilateral.actors.history import ActorHistory
from bilateral.actors.introduced_speakers import introduced_speaker_mentions, introducer, opens_at_end
from bilateral.candidates import candidate_sentences
from bilateral.actors.sets import ActorSets
from bilateral.dating import document_time_context, resolve_event_date
from bilateral.events import Lexicon, code_events
from bilateral.events.escapes import story_escaper
from bilateral.events.story import StoryFacts
from bilateral.events.claimed_ahead import story_claim
from bilateral.events.coder import may_code_without_actors
from bilateral.models import Actor, CodedDocument, Document, Event, EventDate, Failure, Mention, RunReport
from bilateral.nlp import Language, SentenceSpan, doc_text, load_nlp, parse_sentences, split_sentences
from bilateral.places import DocumentPlaces, Gazetteer, locate_event
from bilateral.settings import Settings
from bilateral.store.rows import date_start

log = logging.getLogger(__name__)

@dataclass(frozen=True, slots=True)
class Resources:
    """Everything the stages load once per process: parser, actor knowledge, lexicon, gazetteer."""

    settings: Settings
    nlp: Language
    kb: KnowledgeBase
    lexicon: Lexicon
    gazetteer: Gazetteer


def load_resources(settings: Settings) -> Resources:
    """Load the model and the packaged data once (offline).

    They live as long as the process (each loader caches), so they are moved out of the garbage collector's
    generations: every later collection would otherwise walk the model, the knowledge base and the gazetteer.
    """
    res = Resources(settings, load_nlp(settings), KnowledgeBase.load(settings), Lexicon.load(), Gazetteer.load())
    _freeze_once()
    return res


@functools.cache
def _freeze_once() -> None:
    """Freeze what the first load made (once per process: a later freeze would also pin the caller's own
    short-lived objects), and give it back before the interpreter's teardown, which expects to free it."""
    gc.collect()
    gc.freeze()
    atexit.register(_thaw)


def _thaw() -> None:
    gc.unfreeze()
    gc.collect()


@dataclass(slots=True)
class _Prepared:
    doc: Document
    sents: list[SentenceSpan]
    candidates: list[SentenceSpan]
    actor_context: Any
    time_context: Any
    quoted: list[bool]
    """Whether each sentence lies inside a quotation (``anaphora.quote_flags``)."""
    doc_places: DocumentPlaces | None = None
    """Counted when the document's first event is placed: a document without events never needs them."""


def _finish_event(event: Event, sent: Any, prep: _Prepared, res: Resources) -> Event:
    """Date and place one event, and recode its people for the event's date.

    Only for a date the text gives that lies before the publication day ("led the offensive in 2019"): a story
    knows who held which office up to the day it was written, so an act it dates later is coded as on that day."""
    when = resolve_event_date(sent, event.trigger_start, event.modality, prep.doc.published, prep.time_context)
    if event.date is not None and not (when.source == "text" and when.text and when.text in doc_text(sent)):
        # an act told again ("came under attack") takes the date of the act it tells, unless its sentence names one
        when = EventDate(event.date, event.date_precision, event.date_source, None)
    source, target = event.source, event.target
    on = date_start(when.date)
    published = prep.doc.published
    if on is not None and when.source == "text" and (published is None or on < published):
        target = res.kb.actor_on(event.target, on) if event.target else None
        source = res.kb.actor_on(event.source, on)
    location = locate_event(sent, event.trigger_start, res.gazetteer, prep.doc_places)
    return dataclasses.replace(event, date=when.date, date_precision=when.precision, date_source=when.source,
                               source=source, target=target, location=location)


def code_documents(docs: Sequence[Document], res: Resources, report: RunReport | None = None) -> list[CodedDocument]:
    """Code a batch of documents; one parser pass over all their candidate sentences."""
    prepared: list[_Prepared | CodedDocument] = []
    for doc in docs:
        stage = "split"
        try:
            sents = split_sentences(doc.text)
            stage = "actors"
            actor_context = res.kb.document_context(doc.text, doc.published)
            stage = "dating"
            time_context = document_time_context(doc.text, doc.published)
            quoted = quote_flags([s.text for s in sents])
            prepared.append(_Prepared(doc, sents, candidate_sentences(sents, res, actor_context, quoted),
                                      actor_context, time_context, quoted))
        except Exception as e:  # noqa: BLE001 - one bad article never kills a batch: record the stage and go on
            prepared.append(_failed(doc, stage, e))
    texts = [s.text for p in prepared if isinstance(p, _Prepared) for s in p.candidates]
    parsed = iter(parse_sentences(res.nlp, texts, res.settings))
    out: list[CodedDocument] = []
    for p in prepared:
        if isinstance(p, CodedDocument):
            out.append(p)
            continue
        sent_docs = [next(parsed) for _ in p.candidates]
        out.append(_code_prepared(p, sent_docs, res))
    if report is not None:
        for p in prepared:
            if isinstance(p, _Prepared):
                report.sentences += len(p.sents)
                report.sentences_parsed += len(p.candidates)
    return out


_UNTOLD = frozenset({"negated", "hypothetical"})
"""Modalities of an unstored act that later sentences never answer: the act did not happen."""


def _code_prepared(p: _Prepared, sent_docs: list[Any], res: Resources) -> CodedDocument:
    stage = "actors"
    events: list[Event] = []
    told: list[Event] = []  # the document's acts so far, stored or weak, for replies and recalled acts
    try:
        subjects: dict[int, tuple[Actor, ...]] = {}  # each sentence's main subjects, for a pronoun in the next
        persons: dict[int, Actor | None] = {}  # each sentence's one person, for "he" when no subject is one
        conditions: dict[int, tuple[Actor, ...]] = {}  # each sentence's condition subjects, for "if they" next
        texts = [s.text for s in p.sents]
        escaper: Actor | None = None  # the latest actor told escaping from custody, for "the jailbreak" after
        speakers: dict[int, Actor | None] = {}  # who speaks in each sentence, for "we" in the quotation going on
        history = ActorHistory(texts)  # head nouns named so far, for "the official"
        sets = ActorSets(res.kb.sectors.words | res.kb.sectors.many_country_nouns,  # for "the three nations"
                         mixed=res.kb.sectors.mixed_set_nouns,
                         sector_of=lambda noun: res.kb.sectors.noun_sector((noun,)))
        person_nouns = frozenset(t[0] for t in res.kb.sectors.titles if len(t) == 1)  # "the minister ... he"
        sides = [res.kb.country_actor(code, "GOV", res.kb.countries[code].name)  # a state named is its government
                 for code in (p.actor_context.warring if p.actor_context is not None else ())]
        resolved: dict[int, list[Mention]] = {}  # each sentence's own actors by its Doc, resolved once

        def actors_of(sent: Any) -> list[Mention]:
            """The sentence's own actors: the look-aheads below ask for some sentences before the loop does."""
            if id(sent) not in resolved:
                resolved[id(sent)] = resolve_actors(sent, res.kb, p.doc.published, p.actor_context)
            return list(resolved[id(sent)])

        ahead = closing_speakers(p.sents, p.candidates, sent_docs, actors_of,
                                 res.lexicon.rules.speech_verbs)  # "“We ... Y,” X said"
        claim = story_claim(p.candidates, sent_docs, actors_of, res.lexicon)  # "X claimed the attack", later
        for span, sent in zip(p.candidates, sent_docs, strict=True):
            stage = "actors"
            mentions = sets.resolve(span.index, sent, history.resolve(span.index, sent, actors_of(sent)))
            previous, lone = subjects.get(span.index - 1, ()), persons.get(span.index - 1)
            if previous or lone is not None:
                mentions = _in_order(nearer_subject(mentions, previous),
                                     pronoun_mentions(sent, outside_quotations(sent, mentions), previous,
                                                      person_nouns, lone, res.lexicon.rules.speech_verbs))
            if (earlier := conditions.get(span.index - 1)) is not None:  # "..., but if they ...": the same party
                mentions = _in_order(mentions, condition_pronoun_mentions(sent, mentions, earlier))
            mentions = _in_order(mentions, conditioned_subject_mentions(sent, mentions))  # "if X ..., it must"
            quoted = quoted_tokens(sent, p.quoted[span.index])
            speaker = attributed_speaker(sent, mentions, res.lexicon.rules.speech_verbs, quoted,
                                         res.lexicon.rules.resuming_verbs)  # "He continued, “...”" too
            if speaker is None and span.index > 0 and opens_at_end(texts[span.index - 1]) \
                    and (intro := introducer(subjects.get(span.index - 1, ()))) is not None:  # "“...,” Ali said"
                named = introduced_speaker_mentions(sent, mentions, intro, res.lexicon.rules.speech_verbs, quoted)
                mentions, speaker = _in_order(mentions, named), intro if named else None
            if speaker is None and attributes(sent, res.lexicon.rules.speech_verbs, quoted) \
                    and not continues_speaker(texts, span.index):  # "“...,” she added": the speaker before
                speakers[span.index] = None  # "“We ...,” an analyst said": said by someone, no actor
            if speaker is not None and SECOND_PERSON.search(span.text) is not None:  # "X told Y, “... your ...”"
                mentions = _in_order(mentions, addressee_mentions(
                    sent, mentions, res.lexicon.rules.speech_verbs, res.lexicon.rules.press_sectors))
            running = None  # who says a sentence going on an earlier one's quotation: the coder's speaker for it
            if speaker is None and p.quoted[span.index] and span.index not in speakers:
                speaker = running = ahead.get(span.index) or speaker_going_on(span.index, speakers, p.quoted, texts)
                if speaker is not None and speaks_for_a_side(speaker):
                    mentions = _in_order(mentions, first_person_mentions(sent, mentions, speaker)
                                         + first_person_objects(sent, mentions, speaker))
            if speaker is not None and speaks_for_a_side(speaker) and quoted and FIRST_PERSON.search(span.text):
                mentions = _in_order(mentions, quoted_first_person(  # "“I believe we will ...,” X said"
                    sent, mentions, speaker, quoted, res.lexicon.rules.speech_verbs))
            if speaker is not None:
                speakers[span.index] = speaker
            mentions = _in_order(mentions, clause_pronoun_mentions(sent, mentions, person_nouns))
            mentions = _in_order(mentions, opposed_person_objects(  # "X's critics accused him": X
                sent, mentions, res.kb.sectors.personal_opponent_nouns))
            mentions = _in_order(mentions, joined_sentence_pronouns(  # "... on X. He added ...": one sentence
                sent, mentions, person_nouns, res.lexicon.rules.speech_verbs, quoted))
            mentions = _in_order(mentions, speakers_forces(sent, mentions, res.lexicon.rules.speech_verbs, res.kb))
            mentions = _in_order(mentions, listed_kin(sent, mentions, res.kb))
            mentions = _in_order(mentions, owned_object_pronouns(sent, mentions))  # "tracked his movements"
            subjects[span.index] = main_subjects(sent, mentions, person_nouns)
            persons[span.index] = lone_person(outside_quotations(sent, mentions))
            conditions[span.index] = condition_actors(sent, mentions)
            history.remember(span.index, sent, mentions)
            sets.remember(span.index, sent, mentions)
            escaper = story_escaper(sent, mentions, res.lexicon.rules) or escaper  # "he escaped ... the jailbreak"
            if not mentions and not may_code_without_actors(span.text, events, span.index):
                continue
            stage = "events"
            coded = sets.expand(span.index, code_events(
                sent, span, p.doc.id, mentions, res.lexicon, events, told, sets.members(span.index, mentions, events),
                running if running is not None and speaks_for_a_side(running) else None,
                StoryFacts(claim.claimant if claim is not None and span.index < claim.sentence else None, sides,
                           escaper, functools.partial(_host, p.actor_context, span.text),
                           functools.partial(_scene, p.actor_context, span.text))))
            for event in coded:
                if event.confidence >= res.settings.min_confidence:
                    if p.doc_places is None:
                        stage = "places"
                        p.doc_places = res.gazetteer.document_places(p.doc.text)
                    stage = "dating"
                    events.append(_finish_event(event, sent, p, res))
                    told.append(events[-1])
                elif event.modality not in _UNTOLD:
                    told.append(event)  # a weakly coded appeal is still what a later "rejected the request" answers
    except Exception as e:  # noqa: BLE001 - the document is stored with its failure; --retry-failed codes it again
        return _failed(p.doc, stage, e, sentences=len(p.sents))
    return CodedDocument(p.doc, "coded", tuple(events), len(p.sents))


def _host(context: Any, text: str) -> str | None:
    """The country the document happens in, named outside the sentence ``text`` (None for a one-sentence text)."""
    return context.document_country(text) if context is not None and context.in_document(text) else None


def _scene(context: Any, text: str) -> str | None:
    """The country the document's acts happen in when the sentence names no place (``leading_country``)."""
    return context.leading_country(text) if context is not None and context.in_document(text) else None


def _in_order(mentions: list[Mention], more: list[Mention]) -> list[Mention]:
    """The sentence's mentions with those its context adds, in text order."""
    return sorted([*mentions, *more], key=lambda m: m.start) if more else mentions


def _failed(doc: Document, stage: str, error: Exception, sentences: int = 0) -> CodedDocument:
    log.warning("document %s failed at stage %s", doc.id, stage, exc_info=error)
    failure = Failure(origin=doc.origin or doc.id, reason=f"{type(error).__name__}: {error}", stage=stage,
                      doc_id=doc.id)
    return CodedDocument(doc, "failed", (), sentences, failure=failure)
