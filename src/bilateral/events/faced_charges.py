"""Charges and trials told with the accused as subject: "X faces espionage charges", "X, who is facing
murder-for-hire charges", "X is on trial on fraud charges", "X stands trial", and a trial told going on with the
accused as its possessor: "X's trial began in May", "His trial has been ongoing since March".

No verb of charging is said, so no charge was coded (CAMEO 173), and the sentence names no one who charges. The
one charged is the subject of the facing verb, or of the verb that holds "on trial" or takes "trial" as object,
or the possessor of a trial noun that is the subject of a word of going on (``going_on``); the one who charges is
the judiciary of the state that tries them: the country of a place the sentence's trial is held in
("a trial in New York of X, who is facing ..."), else of the state whose bodies the story's earlier acts say held or
charged the accused (``implied.custodian_country``, the state ``verdicts`` takes a court from too: police and a
court of one state name its court), when the accused is of no other country (a trial abroad is another state's).

Not fired: a charge naming no offence ("faces higher charges for power", "faces criticism", "faces an election",
"faces a deadline": no charge noun), a trial held by a verb that is no linking verb ("put the party on trial"),
a possessed trial told with no word of going on ("X's trial is unfair", "X's trial was an example": a judgement
of the trial, not a trial told), a noun already coded by the lexicon, or when neither a trial place nor a
custodian is told: the accused's nationality alone names no court. The facing verb's clause says whether it
happened ("could face charges"). The words are data (``faced_charges.json``).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from bilateral.nlp import doc_lemmas, doc_tokens
from bilateral.events.arguments import MentionIndex
from bilateral.events.frames import DIRECT, Frame
from bilateral.events.implied import IMPLIED, custodian_country, place_country
from bilateral.events.lexicon import Lexicon, TriggerEntry
from bilateral.events.named_charges import charge_names_offence
from bilateral.events.roles import subject_of
from bilateral.events.faced_charge_words import FacedCharges, load_faced_charges
from bilateral.models import Actor, CameoCode, Event, Mention

_CHARGE = CameoCode("173")
"""CAMEO "arrest, detain, or charge with legal action"."""
_COURT = "JUD"
_ON = "on"
_PREDICATES = frozenset({"acomp", "attr", "xcomp"})
"""The complements that say what a linking verb's subject is: "has been ongoing"."""


def _accused_clause(noun: Token, words: FacedCharges, lexicon: Lexicon) -> Token | None:
    """The verb whose subject a charge or trial noun is told of: "faces [espionage] charges", "is on trial",
    "stands trial", or that tells a possessed trial going on ("X's trial began"); None for any other use."""
    lemma = noun.lemma_.lower()
    head = noun.head
    if lemma in words.charge_nouns and noun.dep_ == "dobj" and head.lemma_.lower() in words.facing_verbs:
        return head if charge_names_offence(noun, lexicon) else None
    if lemma not in words.trial_nouns:
        return None
    if noun.dep_ == "dobj" and head.lemma_.lower() in words.standing_verbs:
        return head
    if noun.dep_ == "pobj" and head.lower_ == _ON and head.dep_ == "prep" \
            and head.head.lemma_.lower() in words.on_trial_verbs:
        return head.head
    if noun.dep_ == "nsubj" and any(c.dep_ == "poss" for c in noun.children) and (
            head.lemma_.lower() in words.going_on
            or any(c.dep_ in _PREDICATES and c.lemma_.lower() in words.going_on for c in head.children)):
        return head
    return None


def _accused(noun: Token, verb: Token, lexicon: Lexicon) -> Token | None:
    """The word for the accused: the possessor of a trial told going on ("X's trial began"), else the subject of
    the verb the noun is told with."""
    if noun.dep_ == "nsubj" and noun.head == verb:
        return next((c for c in noun.children if c.dep_ == "poss"), None)
    return subject_of(verb, lexicon.rules.relative_pronouns)


def _trial_place(sent: Doc, words: FacedCharges, index: MentionIndex) -> str | None:
    """The country of the place a trial of the sentence is held in ("a trial in New York")."""
    return next((c for t in doc_tokens(sent) if t.lemma_.lower() in words.trial_nouns
                 and (c := place_country(t, index)) is not None), None)


def _court(country: str, verb: Token, patient: Mention) -> Mention:
    """The judiciary of ``country`` as the implied source, said with the verb."""
    court = Actor(text=verb.text, name=country, code=country + _COURT, country=country, sector=_COURT, kind="state")
    return Mention(court, verb.i, verb.i + 1, verb.idx, verb.idx + len(verb), IMPLIED * patient.confidence,
                   "implied")


def faced_charges(sent: Doc, frames: Sequence[Frame], index: MentionIndex, earlier: Sequence[Event],
                  lexicon: Lexicon) -> list[Frame]:
    """The charges (173) by the trying state's court on the accused the sentence's subject is (module
    docstring)."""
    words = load_faced_charges()
    if words.charge_nouns.isdisjoint(doc_lemmas(sent)) and words.trial_nouns.isdisjoint(doc_lemmas(sent)):
        return []
    nouns = [t for t in doc_tokens(sent) if t.lemma_.lower() in words.charge_nouns | words.trial_nouns]
    if not nouns:
        return []
    coded = {w.i for frame in frames for w in frame.words}
    out: list[Frame] = []
    for noun in nouns:
        verb = _accused_clause(noun, words, lexicon) if noun.i not in coded else None
        subj = _accused(noun, verb, lexicon) if verb is not None else None
        accused = index.actors(subj) if subj is not None and verb is not None else []
        if verb is None or not accused:
            continue
        place = _trial_place(sent, words, index)
        sources = []
        for patient in accused:
            country = place
            if country is None and (held := custodian_country(patient.actor, earlier)) is not None \
                    and patient.actor.country in (None, held):
                country = held
            if country is not None:
                sources.append((_court(country, verb, patient), patient))
        for court, patient in sources:
            entry = TriggerEntry("noun", noun.lemma_.lower(), None, frozenset(), frozenset(), _CHARGE, frozenset(),
                                 0)
            out.append(Frame(noun, [noun], entry, _CHARGE, [court], [patient], DIRECT, False, False, verb))
    return out
