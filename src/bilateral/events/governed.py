"""Who does an event noun's act when a verb governs the noun: "X announced sanctions", "X carried out the attack
on Y", "after talks with Y, X said", "sanctions on Y were extended by X", "X was behind the attack", "X was charged
with the murder of Y"; also through a noun that counts the acts ("X conducted three rounds of missile tests").

Split from events/nominal.py (the noun frame), which asks it for a source when the noun has none of its own.
"""

from __future__ import annotations

from spacy.tokens import Token

from bilateral.codes import load_codes
from bilateral.events.frames import controller
from bilateral.events.lexicon import FrameRules, Lexicon, TriggerEntry
from bilateral.events.roles import (
    agent_of,
    direct_object_of,
    is_passive,
    passive_subject_of,
    reduced_relative,
    subject_of,
)

_SETTING_PREPS = frozenset({"after", "during", "following", "before", "at", "since", "ahead"})
"""Prepositions of a clause's setting: a cooperative act there ("after talks with Y") is the subject's own."""


def governing_subject(noun: Token, entry: TriggerEntry, lexicon: Lexicon) -> tuple[Token, Token] | None:
    """The subject of the verb that governs an event noun ("X announced sanctions", "after talks, X said"), or
    the agent of that verb in the passive ("sanctions on Y were extended by X").

    A cooperative act in the clause's setting ("after talks with Y", "during a visit to Y", "in a meeting with
    Y") is the subject's own; a hostile one is more often what the subject answers ("after the attack on Y, X
    sent aid") and is left alone, unless it is a joint one the subject is "in" ("locked in a standoff with Y");
    a verb that is an act of its own says what the subject did there ("agreed to X's mediation in talks with Y").
    """
    slot = counted_slot(noun, lexicon.rules)
    head = slot.head
    if (verb := object_governor(slot)) is not None and verb.lemma_.lower() in lexicon.rules.governing_verbs:
        subj, _ = controller(verb, lexicon)
        return (subj, verb) if subj is not None else None
    if slot.dep_ == "nsubjpass" and head.lemma_.lower() in lexicon.rules.governing_verbs:
        agent = agent_of(head)  # "sanctions on Y were extended by X"
        return (agent, head) if agent is not None else None
    plover = load_codes().get(entry.cameo).plover
    if slot.dep_ == "pobj" and head.dep_ == "prep" and head.head.lemma_ == "be" and (
            (head.lower_ == "on" and plover == "CONSULT") or (head.lower_ == "behind" and plover == "ASSAULT")):
        # "X is on a three-day visit to Y", "X, who is on a tour of Y,": the subject makes the trip; "X was behind
        # the attack on Y", "the plot to kill Y": the subject did it (not "X is behind the sanctions", support)
        subj, _ = controller(head.head, lexicon)
        return (subj, head.head) if subj is not None else None
    if slot.dep_ != "pobj" or head.dep_ != "prep" or head.head.pos_ != "VERB":
        return None
    if plover == "ASSAULT" and (charged := imputed_doer(head, lexicon)) is not None:
        return charged, noun  # the act charged is said as the charge says it (``modality``), not as the verb
    cooperative = load_codes().get(entry.cameo).plover_quad in (1, 2)
    if (head.lower_ in _SETTING_PREPS and cooperative) or (head.lower_ == "in" and (
            cooperative or "recip" in entry.flags) and (_no_act(head.head, lexicon) or _befell(head.head, noun))):
        # "in a meeting with Y, X said"; one is "locked in a standoff with", "engaged in talks with" the other
        subj, _ = controller(head.head, lexicon)
        if subj is None and head.lower_ == "in" and not reduced_relative(head.head):
            # a clause of its own ("X has been locked in ..."), not a role ("the officials involved in talks")
            subj = passive_subject_of(head.head, lexicon.rules.relative_pronouns)
        return (subj, noun) if subj is not None else None
    return None


def quoted_object(noun: Token) -> bool:
    """"reiterated "its call to Y to drop the charges"": a noun opening a quoted object is misread as the subject
    of the "to" infinitive that belongs to it, a clause the verb takes; the verb governs the noun as its object.
    Not a finite clause's subject ("said its call to Y was heard"), whose noun is the clause's own."""
    clause = noun.head
    return noun.dep_ == "nsubj" and clause.dep_ in ("ccomp", "xcomp") and clause.tag_ == "VB" \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)


def object_governor(slot: Token) -> Token | None:
    """The verb that governs ``slot`` as its object: its head for a direct object, or the head of the clause a
    quoted object was misread into (``quoted_object``); None for a noun in any other place."""
    if slot.dep_ == "dobj":
        return slot.head
    return slot.head.head if quoted_object(slot) else None


def performed(anchor: Token, lexicon: Lexicon) -> bool:
    """Whether the verb governing an event noun carries its act out with a doer as sure as the act's own verb
    would have: a performing verb (frames.json ``performing_verbs``) with a subject of its own ("X launched attacks
    on Y"), one joined to a verb that has one ("X welcomed it and reiterated its call on Y"), or one told as the
    means of a clause that has one ("X raised the pressure by conducting missile tests": the means is the
    subject's own act). Not a controlled verb ("urged X to reconsider raising tariffs on Y", which a clause above
    may undo)."""
    rules = lexicon.rules
    if anchor.lemma_.lower() not in rules.performing_verbs:
        return False
    if anchor.dep_ == "pcomp" and anchor.tag_ == "VBG" and anchor.head.lower_ == "by" and anchor.head.dep_ == "prep":
        anchor = anchor.head.head  # "by conducting": the clause the means belongs to
    return subject_of(anchor.head if anchor.dep_ == "conj" else anchor, rules.relative_pronouns) is not None


def counted_slot(noun: Token, rules: FrameRules) -> Token:
    """The place an event noun takes in its clause: that of the noun counting it when it is the "of" object of one
    ("conducted three rounds of missile tests", "launched a wave of attacks on Y": the verb governs "rounds" and
    "wave", and through them the act), else the noun's own. Only counting nouns (frames.json ``counting_nouns``):
    "a review of missile tests", "the results of the talks" are other things, whose "of" object no verb performs.
    Statements are counted so too ("issued a series of warnings demanding ...": events/speech.py ``issuer``).
    """
    prep = noun.head
    if noun.dep_ == "pobj" and prep.lower_ == "of" and prep.head.pos_ == "NOUN" \
            and prep.head.lemma_.lower() in rules.counting_nouns:
        return prep.head
    return noun


def _befell(verb: Token, noun: Token) -> bool:
    """"X died in a shootout with police", "X was wounded in clashes with Y": a passive act without an
    agent, in a joint act with a partner: whom it befell took part in that act (a named agent, "killed by a
    sniper in clashes with Y", says who did it, and the parties of "clashes between A and B" are named)."""
    return is_passive(verb) and agent_of(verb) is None and any(
        c.dep_ == "prep" and c.lower_ == "with" for c in noun.children)


def _no_act(verb: Token, lexicon: Lexicon) -> bool:
    """A verb that codes no act of its own, or only says something ("said", "told")."""
    lemma = verb.lemma_.lower()
    return not lexicon.lookup("verb", lemma) or lemma in lexicon.rules.speech_verbs


_IMPUTING_PREPS = frozenset({"of", "with", "for"})
"""Prepositions naming the act a person is charged with, convicted of or punished for."""


def imputed_doer(prep: Token, lexicon: Lexicon) -> Token | None:
    """"X was charged with the murder of Y", "a court convicted X of the abduction of Y", "X was jailed for the
    attack on Y": the one a verb of charging or punishing (``imputing_verbs``) holds to account, its object or
    its passive subject, did the act of force the verb's "of"/"with"/"for" phrase names (as with a gerund,
    "X was convicted of killing Y"). Not a verb that clears or praises ("acquitted of", "honoured for"), nor the
    act's setting ("arrested after the attack on Y")."""
    verb = prep.head
    if prep.lower_ not in _IMPUTING_PREPS or verb.lemma_.lower() not in lexicon.rules.imputing_verbs:
        return None
    held = direct_object_of(verb)
    if held is None and is_passive(verb):
        held = passive_subject_of(verb, lexicon.rules.relative_pronouns)
    return held
