"""Protests told as going on in the face of a state force's act in the same sentence: "the army and the police
have stepped up the violence, but the protests continue" are the people's protests against that force.

A protest noun (an event noun whose entry is PLOVER PROTEST: "the protests", "the strike") that names no one of
its own, as the definite subject of a verb of course (``told_attacks.course_verb``: "continue", "go on",
"resume"), in a sentence where state forces of one country (sectors in ``FORCES``) do an act of force or coercion
(PLOVER ASSAULT or COERCE, a frame already found), is the protest of that country's people (``CVL``) against the
first of those forces. The forces' act is what the protests defy; with no one else named, they are the people's.

Not when:

- the protest noun has an owner of its own ("the students' protests continue", "their protests"), or an actor in
  its phrase: it says who protests;
- it is no subject of a verb of course ("the protests were peaceful");
- the sentence tells no act of state force, or acts by forces of two countries (whom the protests face is open);
- the forces' act is hedged or denied (only a said act is defied).

Cheap: it only runs when a frame of state force was found, and reads the subjects of verbs of course.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from bilateral.nlp import doc_tokens
from bilateral.codes import load_codes
from bilateral.events.arguments import MentionIndex
from bilateral.events.frames import Frame
from bilateral.events.lexicon import Lexicon
from bilateral.events.modality import event_modality
from bilateral.events.nominal import noun_entries, noun_entry
from bilateral.events.told_attacks import course_verb
from bilateral.models import Actor, Mention

DEFIED_FORCE = 0.8
"""Confidence of a protest whose parties come from the sentence's act of force, not from the noun's own words:
as sure as a repeated target, so that a force found by the story's history (0.7) still passes the minimum."""
FORCES = frozenset({"MIL", "COP", "GOV"})
"""Sectors of the state forces whose act the protests face."""
_FORCE_TYPES = frozenset({"ASSAULT", "COERCE"})
_SAID = frozenset({"asserted", "alleged"})
_PEOPLE = "CVL"


def protests_against_force(sent: Doc, frames: Sequence[Frame], index: MentionIndex,
                           lexicon: Lexicon) -> list[Frame]:
    """Frames for ownerless protests going on against the state force acting in the sentence (see the module)."""
    force = _acting_force(frames, index, lexicon)
    if force is None:
        return []
    codes = load_codes()
    taken = {f.trigger.i for f in frames}
    found: list[Frame] = []
    for noun in doc_tokens(sent):
        if noun.pos_ != "NOUN" or noun.i in taken or index.at(noun) is not None:
            continue
        entry = noun_entry(noun, noun_entries(noun, lexicon)) if lexicon.lookup("noun", noun.lemma_.lower()) \
            else None
        if entry is None or codes.get(entry.cameo).plover != "PROTEST":
            continue
        verb = course_verb(noun)
        if verb is None or any(c.dep_ == "poss" for c in noun.children) \
                or any(index.at(t) is not None for t in noun.subtree):
            continue  # "the students' protests", "their protests": an owner, found or not, says who protests
        country = str(force.actor.country)
        people = Actor(text=noun.text, name=country, code=country + _PEOPLE, country=country, sector=_PEOPLE,
                       kind="group")
        source = Mention(people, noun.i, noun.i + 1, noun.idx, noun.idx + len(noun), 1.0, "protest")
        found.append(Frame(noun, [noun], entry, entry.cameo, [source], [force], DEFIED_FORCE, False, False, verb))
    return found


def _acting_force(frames: Sequence[Frame], index: MentionIndex, lexicon: Lexicon) -> Mention | None:
    """The first state force of the sentence's said act of force or coercion, when all such acts are by forces
    of one country."""
    codes = load_codes()
    forces = [s for f in frames if codes.get(f.cameo).plover in _FORCE_TYPES
              and event_modality(f.anchor, None, index, lexicon.rules, f.clause) in _SAID
              for s in f.sources if s.actor.sector in FORCES and s.actor.country]
    if not forces or len({s.actor.country for s in forces}) != 1:
        return None
    return forces[0]
