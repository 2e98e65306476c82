"""An attack done by "the attackers" in a story that told whose attack it is: "Militants of X attacked a market ...
A police spokesman said attackers set off two roadside bombs", "the gunmen shot two guards".

News names the armed group once, then tells what the attack was made of with a noun that names no one, only
the doer's part in the attack (``attackers`` in ``seized_vehicles.json``: "attackers", "assailants", "gunmen").
As the subject of an act of force (PLOVER ASSAULT) such a noun stands for the story's attacker, the one doer of
its earlier attacks told with an attack word (``told_attacks.story_attacker``; the finder hijackings by "the
attackers" use too, ``seized_vehicles``): the act's source is that doer. Whom it struck, when the sentence names
no one, is left to ``repeated.repeated_targets`` (the doer's earlier attacks say whom), which runs after.

Not when:

- the story told no attack, or attacks by several doers (the army's and the rebels'): which one is meant is open;
- the story's attacker is of no armed group or criminals (``sectors``): "the attackers" after an army's strike
  are not the army;
- the noun is told apart from the story's attacker: indefinite ("a gunman", "other attackers"), qualified
  ("unidentified gunmen", "the attackers from the rival clan", "Islamic State attackers"); armed men of no group,
  of no country or of the attacker's (what "gunmen", "assailants" resolve to by the story's place), are no name;
- the sentence names another armed group, or armed men of another country (who the attackers are is open);
- the act is no assault ("the attackers fled", "the gunmen demanded money"): only the attack is the doer's.

Cheap: a word test for an attacker noun in the sentence before any walk.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from bilateral.codes import load_codes
from bilateral.events.arguments import MentionIndex
from bilateral.events.frame_rules import FrameRules
from bilateral.events.frames import Frame
from bilateral.events.recalled import recalled_at
from bilateral.events.roles import subject_of
from bilateral.events.seized_vehicles import load_seized_vehicles
from bilateral.events.told_attacks import story_attacker
from bilateral.models import Actor, Event

_ASSAULT = "ASSAULT"
_DEFINITE = frozenset({"the", "these", "those"})
_QUALIFYING = frozenset({"amod", "compound", "poss", "prep", "nmod", "acl"})
"""Dependents that tell the attackers apart from the story's ("unidentified gunmen", "attackers from the clan")."""


def _bare(noun: Token) -> bool:
    """Whether the attacker noun names no one but the story's attacker: bare or definite, unqualified."""
    return not any(c.dep_ in _QUALIFYING or (c.dep_ == "det" and c.lower_ not in _DEFINITE) for c in noun.children)


def _generic(actor: Actor, doer: Actor, armed: frozenset[str]) -> bool:
    """Whether an actor is no named group, only armed men (sectors ``armed``) of no country or of the doer's
    ("gunmen" read as the country's criminals or rebels by the story's place): what an attacker noun resolves to by
    itself."""
    return actor.sector in armed and actor.code == (actor.country or "---") + actor.sector \
        and actor.country in (None, doer.country)


def attacker_nouns(frames: Sequence[Frame], index: MentionIndex, earlier: Sequence[Event], rules: FrameRules) -> None:
    """Give each assault whose subject is a bare attacker noun the story's attacker as its source (in place; see
    the module)."""
    if not frames or not earlier:
        return
    words = load_seized_vehicles()
    if not any(w.lemma_.lower() in words.attackers for w in frames[0].trigger.doc):
        return
    doer = story_attacker(earlier)
    if doer is None or doer.sector not in words.sectors:
        return
    if any(m.actor.sector in words.sectors and m.actor.code != doer.code and not _generic(m.actor, doer, words.sectors)
           for m in index.by_token.values()):
        return  # another armed group named: who the attackers are is open
    codes = load_codes()
    for frame in frames:
        if frame.absorbed or codes.get(frame.cameo).plover != _ASSAULT:
            continue
        subj = subject_of(frame.trigger, rules.relative_pronouns)
        if subj is None or subj.lemma_.lower() not in words.attackers or not _bare(subj):
            continue
        if any(not _generic(m.actor, doer, words.sectors) or not m.start <= subj.i < m.end for m in frame.sources):
            continue  # a source named elsewhere, or a group the noun's phrase names ("Islamic State attackers")
        frame.sources[:] = [recalled_at(doer, subj)]
