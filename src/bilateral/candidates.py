"""Which sentences of a document are parsed: the pre-filter of an ingest.

Parsing is most of an ingest's cost; a sentence is parsed only when it may hold an event or when a kept
sentence refers back to it (its pronouns' antecedents, a quotation's speaker, a set description's members).
The word tests themselves live in events/prefilter.py (triggers) and the actor base (names); this module
decides from them, sentence by sentence, with what the document says around each.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from bilateral.actors.anaphora import FIRST_PERSON, OPENING_PRONOUN, SUBJECT_PRONOUN, quote_flags
from bilateral.actors.closing import FIRST_PERSON_OBJECT, quote_members
from bilateral.actors.sets import MEMBERSHIP, SET_DESCRIPTION
from bilateral.events.bare_refusals import may_be_bare_refusal, refusal_forms
from bilateral.events.restated_threats import NEAR, RESTATING
from bilateral.events.retold_acts import ACTIVE_WITH_OBJECT, PASSIVE
from bilateral.events.seized_vehicles import load_seized_vehicles
from bilateral.events.told_attacks import RECALLED, TOLD_ATTACK
from bilateral.events.turning_threats import may_turn_elsewhere
from bilateral.nlp import SentenceSpan

if TYPE_CHECKING:
    from bilateral.pipeline import Resources


def candidate_sentences(sents: Sequence[SentenceSpan], res: "Resources", actor_context: Any = None,
                        quoted: Sequence[bool] | None = None) -> list[SentenceSpan]:
    """The sentences worth parsing: those that may hold an event, and those a kept sentence refers back to.

    A sentence may hold an event when it holds a trigger word and is linked to an actor: it may name one (the
    document's people included), or it opens with a subject pronoun or holds a set description after a sentence
    that names one ("They pledged aid", "Both governments deny it": a pronoun also after a sentence that opens
    with one, "X was freed. He was arrested again in May. He ..."), or it is a first-person quotation going on
    from a linked sentence ("we" is the speaker; across quoted sentences that are not) or lying in one whose close
    names its speaker (parsed too, for the speaker: actors/closing.py).
    A linked sentence without a trigger is parsed too when the next parsed sentence may need it: one with a
    subject pronoun takes its antecedents from the sentence before, a first-person quotation its speaker (the
    nearest linked sentence before it, past quoted ones that are not), a set description ("the other three
    countries") its members. A linked first-person promise with a pronoun for the act ("we'll do it") a few
    sentences after a parsed one is parsed too: it may restate a threat told there. A short sentence with a
    refusal verb right after a parsed one is parsed too: it may turn down the proposal told there with no actor
    named ("The relatives refused."). A linked sentence announcing that its speaker will buy or turn elsewhere on a
    condition is parsed too: it may threaten the side it leaves (events/turning_threats.py).
    All sentences when the pre-filter is disabled; the benchmark checks that it loses no event.
    """
    if not res.settings.prefilter:
        return list(sents)
    inside = quoted if quoted is not None else quote_flags([s.text for s in sents])
    named = [res.kb.may_mention_actor(s.text, actor_context) for s in sents]  # cheaper and more selective
    listed = _groupings(sents, named)
    closers = {i: j for i, j in quote_members([s.text for s in sents]).items() if named[j]}
    linked: list[bool] = []
    going_on = [False] * len(sents)  # inside a quotation that goes on from a linked sentence
    for i, s in enumerate(sents):
        going_on[i] = i > 0 and inside[i] and (linked[i - 1] or going_on[i - 1])
        linked.append(named[i] or (i > 0 and named[i - 1] and SET_DESCRIPTION.search(s.text) is not None)
                      or any(j < i and name.search(s.text) is not None for j, name in listed)
                      or (i > 0 and linked[i - 1] and OPENING_PRONOUN.match(s.text) is not None)
                      or ((i in closers or going_on[i]) and _first_person(s.text)))
    parse = [link and (res.lexicon.may_trigger(s.text) or may_turn_elsewhere(s.text, res.lexicon.rules))
             for link, s in zip(linked, sents, strict=True)]
    for j, _ in listed:
        parse[j] = True  # which actors a grouping named later is made of
    for i, j in closers.items():
        parse[j] = parse[j] or parse[i]  # the close names the speaker of "we" in the quotation's first sentence
    for i, s in enumerate(sents):  # "“If we must, we'll do it.”" after a threat parsed just before (restated_threats)
        if not parse[i] and linked[i] and any(parse[max(0, i - NEAR):i]) and RESTATING.search(s.text) is not None:
            parse[i] = True
    for i in range(len(sents) - 2, -1, -1):
        nxt = sents[i + 1].text
        if linked[i] and not parse[i] and parse[i + 1] and (
                SUBJECT_PRONOUN.search(nxt) is not None or (inside[i + 1] and _first_person(nxt))
                or SET_DESCRIPTION.search(nxt) is not None):
            parse[i] = True
    for i in range(len(sents) - 1, 0, -1):  # "we" after quoted sentences that are not parsed: the attribution before
        if parse[i] and inside[i] and _first_person(sents[i].text):
            k = i - 1
            while k > 0 and inside[k] and not parse[k] and not linked[k]:
                k -= 1
            parse[k] = parse[k] or linked[k]
    told = False  # a sentence parsed before tells an attack: a later one may tell it again with no actor named
    taken = load_seized_vehicles().taken
    for i, s in enumerate(sents):
        if told and not parse[i] and (RECALLED.search(s.text) is not None or taken.search(s.text) is not None):
            parse[i] = True  # "the train came under attack", "injured in the initial attack" (told_attacks.py),
            # "the attackers stopped the bus" (seized_vehicles.py)
        told = told or (parse[i] and TOLD_ATTACK.search(s.text) is not None)
    done: set[str] = set()  # past verbs a kept sentence used with an object: a later passive may retell the act
    for i, s in enumerate(sents):
        if not parse[i] and done and any(m.group(1).lower() in done for m in PASSIVE.finditer(s.text)):
            parse[i] = True  # "Iran seized a tanker ... the tanker was seized at dawn" (events/retold_acts.py)
        if parse[i]:
            done.update(m.group(1).lower() for m in ACTIVE_WITH_OBJECT.finditer(s.text))
    forms = refusal_forms(res.lexicon.rules)
    for i in range(1, len(sents)):  # "X offered Y money to leave. The relatives refused." (events/bare_refusals.py)
        parse[i] = parse[i] or (parse[i - 1] and may_be_bare_refusal(sents[i].text, forms))
    return [s for s, keep in zip(sents, parse, strict=True) if keep]


def _first_person(text: str) -> bool:
    """Whether a sentence holds a first-person subject or object: inside a quotation, the quotation's speaker."""
    return FIRST_PERSON.search(text) is not None or FIRST_PERSON_OBJECT.search(text) is not None


def _groupings(sents: Sequence[SentenceSpan], named: Sequence[bool]) -> list[tuple[int, re.Pattern[str]]]:
    """The sentences that say which actors a grouping is made of (``sets.MEMBERSHIP``, naming actors), each with a
    pattern for the grouping's name: a later sentence that uses the name is linked to its members."""
    out = []
    for i, s in enumerate(sents):
        found = MEMBERSHIP.search(s.text) if named[i] else None
        if found is not None:
            out.append((i, re.compile(r"\b" + re.escape(found.group(1)) + r"\b")))
    return out
