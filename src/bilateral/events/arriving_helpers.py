"""Helpers arriving from abroad: "rescuers have arrived from overseas, including Peru and Chile", "a paramedic
from Lyon has flown in to join local crews".

News of a disaster tells foreign help by its coming: people whose work is to help (``helper_nouns``: rescuers,
firefighters, medics, reinforcements) arrive, and the country they come from is named in the subject's own words
("a paramedic from Lyon", "reinforcements ... including Peru") or in the verb's "from" phrase. That is each such
country's aid (CAMEO 073) to the country the story happens in: the document's main country, named outside the
sentence (``ActorContext.document_country``, handed to the coder as ``host``). Words are data
(``data/lexicon/arriving_helpers.json``); the pass looks at the tree only when a verb of coming is in the sentence,
and, as for any act, only in a sentence the trigger pre-filter lets be parsed ("arrived" is a trigger form there).

Not coded: people who come for no help ("tourists arrived from Peru"), things that arrive ("timber arrived from
Peru": no helper noun), helpers of the host's own country, armed forces (their coming is a deployment), a coming
whose purpose clause is an act of conflict ("reinforcements arrived to attack the town") or told in a story of
fighting (there, reinforcements are fighters), a coming to a named place of another country ("arrived in Chile":
the help is Chile's, not the host's), and one not told as having happened ("may arrive").
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from spacy.tokens import Doc, Token

from bilateral.codes import load_codes
from bilateral.events.arguments import MentionIndex
from bilateral.events.frames import Frame
from bilateral.events.implied import IMPLIED, SAID
from bilateral.events.lexicon import Lexicon, TriggerEntry
from bilateral.events.modality import event_modality
from bilateral.events.story import StoryFacts
from bilateral.events.word_files import read_word_file
from bilateral.models import Actor, CameoCode, Event, Mention
from bilateral.nlp import doc_tokens

__all__ = ["arriving_helpers"]

_SUBJECTS = frozenset({"nsubj"})
_ARMED = frozenset({"MIL", "REB", "COP"})
_GOVERNMENT = "GOV"
_FIGHTING = "ASSAULT"
_CONFLICT_QUADS = frozenset({3, 4})


@dataclass(frozen=True, slots=True)
class HelperRules:
    """``data/lexicon/arriving_helpers.json``."""

    helper_nouns: frozenset[str]
    arrival_verbs: Mapping[str, frozenset[str]]
    """Verb lemma -> the particles it may take ("" for none): "arrive", "fly in"."""
    origin_preps: frozenset[str]
    destination_preps: frozenset[str]
    cameo: CameoCode


def _helper_rules(data: Any) -> HelperRules:
    return HelperRules(frozenset(data["helper_nouns"]),
                       {verb: frozenset(parts) for verb, parts in data["arrival_verbs"].items()},
                       frozenset(data["origin_preps"]), frozenset(data["destination_preps"]),
                       CameoCode(str(data["cameo"])))


@lru_cache(maxsize=1)
def helper_rules() -> HelperRules:
    """The arriving-helper words, read once."""
    return read_word_file("arriving_helpers.json", "arriving-helper words", _helper_rules)


def arriving_helpers(sent: Doc, frames: Sequence[Frame], index: MentionIndex, earlier: Sequence[Event],
                     story: StoryFacts, lexicon: Lexicon) -> list[Frame]:
    """Aid frames of the helpers the sentence tells arriving from abroad, aimed at the story's country
    (``story.host``, counted only when an arrival verb is there; see the module)."""
    if any(e.event_type == _FIGHTING for e in earlier):
        return []
    rules = helper_rules()
    out: list[Frame] = []
    for verb in doc_tokens(sent):
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in rules.arrival_verbs \
                or _particle(verb) not in rules.arrival_verbs[verb.lemma_.lower()]:
            continue
        host = story.host
        if host is None:
            return []
        subject = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
        if subject is None or not _helps(subject, rules) or _fought(verb, frames) \
                or _elsewhere(verb, index, host, rules):
            continue
        sources = [m for m in _origins(verb, subject, index, rules)
                   if m.actor.country not in (None, host) and m.actor.sector not in _ARMED]
        if not sources:
            continue
        target = _host_mention(verb, host)
        if event_modality(verb, sources[0], index, lexicon.rules) not in SAID:
            continue
        entry = TriggerEntry("verb", verb.lemma_.lower(), None, frozenset(), frozenset(), rules.cameo,
                             frozenset(), 0)
        out.append(Frame(verb, [verb], entry, rules.cameo, sources, [target], IMPLIED, False, False, verb))
    return out


def _particle(verb: Token) -> str:
    """The verb's particle ("in" of "flown in"), "" for none."""
    return next((c.lower_ for c in verb.children if c.dep_ == "prt"), "")


def _helps(subject: Token, rules: HelperRules) -> bool:
    """The subject, or a noun in apposition to it ("Ana Ruiz, a medic from Lyon"), is a helper noun."""
    return subject.lemma_.lower() in rules.helper_nouns or any(
        c.dep_ == "appos" and c.lemma_.lower() in rules.helper_nouns for c in subject.children)


def _fought(verb: Token, frames: Sequence[Frame]) -> bool:
    """A conflict act is coded inside the coming's clause ("arrived to attack the town")."""
    inside = {t.i for t in verb.subtree}
    codes = load_codes()
    return any(f.trigger.i in inside and codes.get(f.cameo).quad_class in _CONFLICT_QUADS for f in frames)


def _elsewhere(verb: Token, index: MentionIndex, host: str, rules: HelperRules) -> bool:
    """The verb names where the helpers arrive, and it is a country other than the host ("arrived in Chile")."""
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in rules.destination_preps:
            for token in prep.subtree:
                mention = index.at(token)
                if mention is not None and mention.actor.country not in (None, host):
                    return True
    return False


def _origins(verb: Token, subject: Token, index: MentionIndex, rules: HelperRules) -> list[Mention]:
    """The actors named in the subject's own words and in the verb's origin phrases, in sentence order."""
    tokens = list(subject.subtree)
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in rules.origin_preps:
            tokens += prep.subtree
    found: dict[tuple[int, int], Mention] = {}
    for token in sorted(tokens, key=lambda t: t.i):
        if (mention := index.at(token)) is not None:
            found.setdefault((mention.start, mention.end), mention)
    return list(found.values())


def _host_mention(verb: Token, host: str) -> Mention:
    """The story's country as the helped side, pinned to the verb (the sentence does not name it)."""
    actor = Actor(text=verb.text, name=host, code=host + _GOVERNMENT, country=host, sector=_GOVERNMENT, kind="state")
    return Mention(actor, verb.i, verb.i + 1, verb.idx, verb.idx + len(verb), IMPLIED, "implied")
