"""A verb of charging whose "with" phrase names a crime is sure of its legal sense.

"Charge" is a weak trigger (triggers.tsv): "charged 10% more for gas", "charged into the crowd", "was charged
with overseeing the vote" are no legal action. But "X was charged with murder", "police charged him with
smuggling and extorting traders" name the offence, and then the word means only the legal act (CAMEO 173).
Its weak factor (0.75) put such acts under the confidence floor whenever the accused or the accuser was found
through an earlier sentence ("She was later charged with ...": a pronoun, a told or an implied mention, 0.63 to
0.7): on the VOA stories these were right. ``names_a_charge`` lets ``frames`` skip the weak factor for them.

A crime is a noun of ``_CRIMES``, or a gerund or noun the lexicon codes as a hostile act (CAMEO root 13 and up:
threats, coercion, assault, fighting, mass violence) by an entry of the bare word. Not fired: a duty ("charged
with overseeing the talks", "charged with drafting a plan": no hostile trigger), a price ("charging more for
gas": no "with"), a verb that is no imputing verb (frames.json ``imputing_verbs``).
"""

from __future__ import annotations

from spacy.tokens import Token

from bilateral.events.lexicon import Lexicon

_WITH = frozenset({"with"})
"""The preposition by which a charge names its offence."""
_OBJECT_DEPS = frozenset({"pobj", "pcomp"})
_CRIMES = frozenset({"terrorism", "treason", "sedition", "espionage", "subversion", "fraud", "corruption",
                     "bribery", "embezzlement", "smuggling", "trafficking", "extortion", "robbery", "theft",
                     "arson", "homicide", "manslaughter", "rape", "genocide", "crime", "crimes", "offence",
                     "offense", "offences", "offenses", "incitement", "insurrection", "collusion"})
"""Nouns of offences that need no trigger entry of their own to name a charge."""
_HOSTILE_ROOT = "13"
"""CAMEO roots from this one up are hostile acts (threaten ... mass violence): what a charge can name."""


def _offence(word: Token, lexicon: Lexicon, acts: bool = True) -> bool:
    """Whether a word names an offence: a crime noun, or (``acts``) a hostile act in the lexicon ("killing",
    "murder")."""
    lemma = word.lemma_.lower()
    if word.pos_ in ("NOUN", "PROPN") and (lemma in _CRIMES or word.lower_ in _CRIMES):
        return True
    if not acts:
        return False
    pos = "verb" if word.tag_ == "VBG" or word.pos_ == "VERB" else "noun"
    # only an entry of the bare word: "draft" is hostile only with "police" as its object
    return any(str(e.cameo)[:2] >= _HOSTILE_ROOT and not e.objects and e.particle is None
               for e in lexicon.lookup(pos, lemma))


def names_a_charge(verb: Token, lexicon: Lexicon, preps: frozenset[str] = _WITH, acts: bool = True) -> bool:
    """"X was charged with robbing and kidnapping ...", "charged him with treason": an imputing verb whose "with"
    phrase (or another of ``preps``: "accused of sedition") names an offence (any member of a list of them); with
    ``acts`` false only a crime noun counts ("accused of killing civilians" tells of conduct, not a charge)."""
    if verb.lemma_.lower() not in lexicon.rules.imputing_verbs:
        return False
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in preps:
            for obj in prep.children:
                if obj.dep_ in _OBJECT_DEPS and any(_offence(w, lexicon, acts) for w in (obj, *obj.conjuncts)):
                    return True
    return False


_CHARGE_MODIFIERS = frozenset({"compound", "nmod", "amod"})
_CHARGE_PREPS = frozenset({"of", "for"})


def charge_names_offence(noun: Token, lexicon: Lexicon) -> bool:
    """"espionage charges", "murder-for-hire and conspiracy charges", "charges of treason": a charge noun whose
    modifiers or "of"/"for" phrase name an offence; not "service charges", "charges for electricity"."""
    words = [w for c in noun.children if c.dep_ in _CHARGE_MODIFIERS and c.i < noun.i for w in c.subtree]
    words += [w for prep in noun.children if prep.dep_ == "prep" and prep.lower_ in _CHARGE_PREPS
              for obj in prep.children if obj.dep_ in _OBJECT_DEPS for w in (obj, *obj.conjuncts)]
    return any(_offence(w, lexicon) for w in words)
