"""A gathering told with the country the sentence calls its host: "Foreign ministers from the bloc gathered on
Monday in Y's capital, as host country Y set out its priorities", "Envoys of the alliance convened at a resort,
with host nation Y pressing for a pledge".

News names the host of a summit or a ministers' meeting by the word "host" on the country ("host country Y",
"host nation Y", "the host, Y"), not by a verb of hosting, and tells the gathering by a verb that names no partner
("gathered", "convened"). The host received the gatherers (CAMEO 043) and they visited it (042), as for "Y hosted
X" (events/meetings.py turns such a hosting round the same way). The gatherers are the subject of the gathering verb
(``gathering_verbs``) that the host's clause hangs on, or that the host's own noun phrase stands in; the host is the
country the ``host_nouns`` word qualifies. Words are data (``data/lexicon/hosted_gatherings.json``); a sentence
without a host word is left at once.

Not coded: a host word with no gathering verb over it ("host countries of refugees", "Y, the host country,
criticised X"), gatherers of the host's own country or none the sentence names ("delegates gathered"), a host that
is no country ("host city"), and a gathering that is hedged, denied or only announced ("will gather", "did not
convene"): only a gathering told as having happened is coded.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from spacy.tokens import Doc, Token

from bilateral.events.arguments import MentionIndex
from bilateral.events.frames import DIRECT, Frame
from bilateral.events.implied import SAID
from bilateral.events.lexicon import Lexicon, TriggerEntry
from bilateral.events.modality import event_modality
from bilateral.events.roles import prep_objects, subject_of
from bilateral.events.word_files import read_word_file
from bilateral.models import CameoCode, Mention
from bilateral.nlp import doc_tokens

__all__ = ["hosted_gatherings"]

_QUALIFIER_DEPS = frozenset({"compound", "amod", "nmod"})
"""How "host" hangs on what it qualifies ("host country Y", "host Y")."""
_CLAUSE_DEPS = frozenset({"advcl", "conj", "ccomp"})
"""How the host's own clause hangs on the gathering verb ("gathered ..., as host country Y opened ...")."""
_DELEGATING = frozenset({"from", "of"})
"""The prepositions of the body delegates come for ("ministers from the bloc")."""
_GROUP = "group"
"""The kind of a generic group word's mention ("nations", "states")."""
_BODY_DEPS = frozenset({"nmod", "compound", "poss"})
"""How a body hangs on the group word it qualifies."""
_MAX_CLIMB = 4
"""How many heads are walked up from the host to its clause's verb."""


@dataclass(frozen=True, slots=True)
class HostWords:
    """``data/lexicon/hosted_gatherings.json``."""

    host_nouns: frozenset[str]
    gathering_verbs: frozenset[str]
    hosting: CameoCode
    visit: CameoCode


def _host_words(data: Any) -> HostWords:
    return HostWords(frozenset(data["host_nouns"]), frozenset(data["gathering_verbs"]),
                     CameoCode(str(data["hosting"])), CameoCode(str(data["visit"])))


@lru_cache(maxsize=1)
def host_words() -> HostWords:
    """The hosted-gathering words, read once."""
    return read_word_file("hosted_gatherings.json", "hosted-gathering words", _host_words)


def hosted_gatherings(sent: Doc, frames: Sequence[Frame], index: MentionIndex, lexicon: Lexicon) -> list[Frame]:
    """The host's hosting (043) of a gathering the sentence tells and the gatherers' visit to it (042), for a
    country the sentence calls the host (see the module)."""
    words = host_words()
    hosts = [t for t in doc_tokens(sent) if t.lower_ in words.host_nouns and t.pos_ == "NOUN"]
    out: list[Frame] = []
    for host in hosts:
        named = _qualified(host)
        owners = [m for m in index.actors(named) if m.actor.country is not None and m.actor.kind == "state"]
        verb = _gathering(named, words.gathering_verbs)
        if not owners or verb is None:
            continue
        subject = subject_of(verb, lexicon.rules.relative_pronouns)
        countries = {m.actor.country for m in owners}
        guests = [m for m in _gatherers(subject, index) if m.actor.country not in countries] \
            if subject is not None else []
        if not guests or event_modality(verb, guests[0], index, lexicon.rules) not in SAID \
                or any(f.trigger.i == host.i for f in frames):
            continue
        out.append(_frame(host, verb, words.hosting, owners, guests))
        out.append(_frame(verb, verb, words.visit, guests, owners))
    return out


def _gatherers(subject: Token, index: MentionIndex) -> list[Mention]:
    """The actors the gathering verb's subject names, or those its "from" or "of" phrase names ("ministers from
    the bloc", "envoys of the alliance" come for it)."""
    found = index.actors(subject) or [m for pobj in prep_objects(subject, _DELEGATING) for m in index.actors(pobj)]
    return [body for m in found for body in _body_named(m, index)]


def _body_named(mention: Mention, index: MentionIndex) -> list[Mention]:
    """A generic group word stands for the body that qualifies it ("the bloc's member states", "the Group of
    Seven leading nations": the bloc, the G7); any other mention for itself."""
    if mention.actor.country is not None or mention.actor.kind != _GROUP:
        return [mention]
    head = index.head_of(mention)
    bodies = [m for c in head.children if c.dep_ in _BODY_DEPS and (m := index.at(c)) is not None]
    return bodies or [mention]


def _qualified(host: Token) -> Token:
    """The noun the host word qualifies, through a run of compounds ("host country Y": Y, or "country" when the
    parser hangs Y on it as an apposition)."""
    named = host
    for _ in range(_MAX_CLIMB):
        if named.dep_ not in _QUALIFIER_DEPS or named.head.pos_ not in ("NOUN", "PROPN"):
            break
        named = named.head
    return named


def _gathering(named: Token, verbs: frozenset[str]) -> Token | None:
    """The gathering verb the host's noun phrase stands in, or whose clause its own clause hangs on."""
    token = named
    for _ in range(_MAX_CLIMB):
        if token.pos_ in ("VERB", "AUX"):
            if token.lemma_.lower() in verbs:
                return token
            if token.dep_ in _CLAUSE_DEPS and token.head.lemma_.lower() in verbs and token.head.pos_ == "VERB":
                return token.head
            return None
        if token.head.i == token.i:
            return None
        token = token.head
    return None


def _frame(trigger: Token, verb: Token, code: CameoCode, sources: list[Mention], targets: list[Mention]) -> Frame:
    """A frame of ``code`` on ``trigger``, whose modality the gathering verb decides."""
    entry = TriggerEntry("noun" if trigger.pos_ == "NOUN" else "verb", trigger.lemma_.lower(), None, frozenset(),
                         frozenset(), code, frozenset(), 0)
    return Frame(trigger, [trigger], entry, code, sources, targets, DIRECT, False, False, verb)
