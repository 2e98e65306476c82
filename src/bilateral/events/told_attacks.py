"""An attack the story told before, told again with no attacker: "Rebels attacked a river ferry ... The
ferry had some 80 travellers aboard when it came under attack", "the driver, injured in the initial attack, died".

A sentence that tells what an attack did to someone without naming who attacked speaks of the story's attack:
its attacker is the source of the document's earlier attacks, and what it struck, when the sentence names no one
struck, their target. Five constructions say that the attack itself happened here, not just that it is talked of:

- something or someone "came under" the attack ("the convoy came under attack", "came under a rocket attack"):
  the subject is what was struck, its actor the target when it names one; "came under (heavy) fire", "came under
  shelling" too (``UNDER_ONLY``: fire is the story's gunfire), but not the figure of speech for criticism, so not
  with a "for", "over" or "from" phrase ("came under fire for his remarks", "from lawmakers") nor when what came
  under it is no armed or civilian party (a government, a party, a company: ``STRUCK_SECTORS``);
- someone was harmed "in" or "during" the definite attack ("injured in the initial attack", "sustained injuries
  during the attack", "were killed in Tuesday's attack"): a verb of harm (``HARM_VERBS``) governs the phrase;
- the definite attack goes on, begins or ends as the subject of a verb of course (``COURSE_VERBS``: "while the
  siege continues", "since the attacks began Tuesday", "the assault lasted six hours"): the attack happening.
  A siege or hijacking so told is the story's assault (it takes the referent's CAMEO code), not a blockade;
- the definite attack harmed someone, as the subject of a verb of harm ("the attack killed nine civilians", "the
  bombing wounded 20 people"): those harmed, the verb's object, are struck; not when that object is no actor
  ("the attack killed the talks");
- a witness heard or saw what the attack is heard as, the object of a perception verb (``heard_attack_nouns`` in
  ``frames.json``: "passengers said they heard a blast and gunfire", "residents saw an explosion"): the attack
  happening, even told indefinitely (it is how a witness tells it), not another one ("heard another blast"), not
  unperceived ("did not hear any gunfire"); it takes the referent's code (``_perceiving``). Only in a sentence
  the coder reads anyway (the witness is named: "passengers", "residents"): the pre-filter's words stay the other
  constructions';
- the story's attacker, named, took part in the definite attack ("six gunmen, who were involved in the
  raid, were killed", "gunmen who took part in the raid"; ``PARTAKING``): the named part-taker must be the
  referent's attacker (anyone else leaves it open), so another armed actor in the sentence does not stop it.

The attacker is the source of the document's earlier events of the ASSAULT type told with an attack word
(``REFERENT_STEMS``: "attacked", "launched attacks", "ambushed", "bombing", "stormed", "hijacked"), asserted or
alleged, when they all have one source; "the initial (first) attack" is the first of them, any other the latest, and
the event takes its date when its own sentence names none (``pipeline``). A target with no country of its own ("the
convoy": forces of no country) takes the referent target's country: the same war. When the earlier attack struck
a country's places with no one named ("attacked ten villages") and the construction names no one struck, the
forces and civilians of that country whose bodies or deaths the sentence tells are the targets (``_harmed``,
``casualty_nouns`` in ``frames.json``: "bodies of five soldiers and six civilians have been found since the attacks
began"), not the attacker's own dead; an earlier attack on named people keeps its target.

Not when:

- the noun is indefinite or told as another attack ("an attack on a market in another province", "a previous
  attack", "the 2019 attack": ``OTHER_ATTACK``, a year in its phrase), or the sentence names a year other than the
  referent's (a background clause about other years);
- the noun is only a time or a place ("soon after the attack", "the scene of the attack", "condemned the attack"):
  a reference that adds no act (the gold codes none there);
- the act is not said to have happened ("the convoy could come under attack": the governing clause's modality);
- the sentence names its own attacker (the noun's frame has a source), or an armed actor (``ARMED``) other than
  the referent's attacker and its target; the struck country's own forces facing an armed group's attack are its
  target's side, outside the noun's phrase ("The army says soldiers' bodies were found since the attacks began"),
  and leave the attacker known;
- the earlier attacks have several sources (two armies, rebels and the police): which one is meant is open.

Cheap: a word test on the sentence (``may_recall_attack``) before any walk over its parse; the pre-filter parses
such a sentence after one that tells an attack (``RECALLED``, candidates.py).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc, Token

from bilateral.events.arguments import MentionIndex
from bilateral.events.frames import DIRECT, Frame
from bilateral.events.lexicon import Lexicon
from bilateral.events.modality import event_modality
from bilateral.events.nominal import noun_entries, noun_entry
from bilateral.events.roles import passive_subject_of, subject_of
from bilateral.models import Actor, Event, Mention
from bilateral.nlp import doc_text, doc_tokens

TOLD = 0.85
"""Factor for an attacker (or target) taken from the story's earlier attack, not named here."""
ANAPHORS = frozenset({"attack", "assault", "raid", "bombing", "siege", "hijacking"})
"""Event nouns that tell the story's attack again."""
UNDER_ONLY = {"fire": "gunfire", "gunfire": "gunfire", "shelling": "shelling"}
"""Nouns of the story's attack only under "came under", each with the lexicon noun whose entry it takes (a plain
"fire" is a blaze: "killed in the fire" is no attack)."""
STRUCK_SECTORS = frozenset({"MIL", "COP", "CVL", "REB"})
"""Sectors of a party that comes under fire in an attack: any other (a government, a party) is criticised."""
_FIGURATIVE = frozenset({"for", "over", "from"})
"""Prepositions of "came under fire" as criticism: "for his remarks", "over the deal", "from lawmakers"."""
REFERENT_STEMS = ("attack", "assault", "raid", "ambush", "bomb", "storm", "besieg", "siege", "hijack")
"""How an earlier event's trigger words must begin to be the attack the noun tells again: an attack told as one,
not a killing or a clash the story also tells (the army's counter-operation, often with another source)."""
HARM_VERBS = frozenset({"injure", "wound", "kill", "hurt", "maim", "die", "sustain", "suffer", "lose"})
"""Verbs of harm whose "in"/"during" phrase is the attack that did it ("injured in the attack")."""
_HARM_PREPS = frozenset({"in", "during"})
COURSE_VERBS = frozenset({"continue", "begin", "start", "last", "resume", "persist", "rage", "intensify",
                          "escalate", "unfold", "drag", "end"})
"""Verbs of an attack's course whose subject, the definite attack noun, tells it happening ("the siege continues",
"since the attacks began Tuesday")."""
PARTAKING = frozenset({"involve", "participate", "take"})
"""Verbs of taking part whose "in" phrase is the attack ("were involved in", "participated in", "took part in")."""
_RETOLD = frozenset({"siege", "hijacking"})
"""Nouns whose own sense is not an assault (a siege is a blockade): told again, they take the referent's code."""
_DEFINITE = frozenset({"the", "that", "this", "these", "those"})
FIRST = frozenset({"initial", "first", "original"})
"""Modifiers that make the noun the story's first attack."""
OTHER_ATTACK = frozenset({"previous", "past", "prior", "earlier", "last", "other", "another", "next", "new",
                          "future", "possible", "potential", "similar", "separate"})
"""Modifiers that make the noun another attack than the story's."""
ARMED = frozenset({"REB", "CRM", "MIL"})
"""Sectors of an actor that may itself be the attacker: one in the sentence other than the referent's parties
leaves the attacker open."""
_STATE_FORCES = frozenset({"MIL", "COP"})
_NON_STATE = frozenset({"REB", "CRM"})
"""A state's forces, and the armed groups that attack a state: the state's forces named beside such a group's attack
on their country are the side it struck (``_struck_side``)."""
_HARMED = frozenset({"MIL", "COP", "CVL"})
"""Sectors of the dead a sentence tells beside the story's attack that the attack struck (``_harmed``)."""
_SAID = frozenset({"asserted", "alleged"})
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
RECALLED = re.compile(
    r"\bunder (?:\w+ ){0,4}(?:attack|assault|raid|bombing|fire|gunfire|shelling)s?\b"
    r"|\b(?:in|during) (?:the|that|this|these|those|\w+'s|\w+’s) (?:\w+ )?(?:attack|assault|raid|bombing)s?\b"
    r"|\b(?:the|that|this|these|those|\w+'s|\w+’s) (?:\w+ )?(?:attack|assault|raid|bombing|siege|hijacking"
    r"|operation|offensive)s? "
    r"(?:\w+ ){0,2}(?:continu|began|begun|begin|start|last|resum|persist|rag|intensif|escalat|unfold|drag|end)"
    r"|\b(?:the|that|this|these|those|\w+'s|\w+’s) (?:\w+ )?(?:attack|assault|raid|bombing)s? "
    r"(?:\w+ ){0,2}(?:killed|wounded|injured|hurt|maimed)\b"
    r"|\b(?:involved|participated|part) in (?:the|that|this|these|those|\w+'s|\w+’s) (?:\w+ )?"
    r"(?:attack|assault|raid|bombing|siege|hijacking)s?\b",
    re.IGNORECASE)
"""Words of a sentence that may tell the story's attack again (the four constructions), or its operation going on
(operation_acts.py): the pre-filter's and the coder's first test. Up to four words may stand between "under" and
the attack: its weapons are often listed there ("came under a grenade and gun attack")."""

TOLD_ATTACK = re.compile(r"\b(?:attack|assault|raid|ambush|bomb|storm|besieg|siege|hijack|operation|offensive)",
                         re.IGNORECASE)
"""A word of a sentence that may tell an attack (``REFERENT_STEMS``): the pre-filter parses a later sentence that
may tell it again."""


def may_recall_attack(text: str, earlier: Sequence[Event]) -> bool:
    """Cheap test: the sentence may tell an earlier attack again, and the document told one."""
    return RECALLED.search(text) is not None and any(told_as_attack(e) for e in earlier)


def told_as_attack(event: Event) -> bool:
    """An asserted or alleged assault told with an attack word ("attacked", "launched attacks", "ambushed")."""
    return event.event_type == "ASSAULT" and event.modality in _SAID and event.target is not None \
        and any(w.startswith(REFERENT_STEMS) for w in event.trigger.lower().split())


def story_attacker(earlier: Sequence[Event]) -> Actor | None:
    """The one doer of the document's earlier attacks told with an attack word, if they have one source: whom an
    attacker noun that names no one ("the attackers", "the gunmen") stands for."""
    doers = {e.source.code: e.source for e in earlier if told_as_attack(e)}
    return next(iter(doers.values())) if len(doers) == 1 else None


def _governor(noun: Token) -> Token | None:
    """The verb of the clause that tells the attack happen: "came" of "came under attack", the harm verb of
    "injured in the attack"; None for any other use of the noun."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep":
        return None
    verb = prep.head
    if prep.lower_ == "under" and verb.lemma_.lower() == "come":
        return verb
    if prep.lower_ in _HARM_PREPS and verb.lemma_.lower() in HARM_VERBS and _definite(noun):
        return verb
    if prep.lower_ in _HARM_PREPS and verb.pos_ == "NOUN" and verb.lemma_.lower() in ("injury", "wound") \
            and verb.head.lemma_.lower() in HARM_VERBS:
        return verb.head  # "sustained injuries during the attack"
    return None


def _harming(noun: Token, index: MentionIndex) -> Token | None:
    """The verb of harm whose subject the definite noun is and whose object is an actor: "killed" of "the attack
    killed nine civilians"."""
    verb = noun.head
    if noun.dep_ == "nsubj" and verb.pos_ == "VERB" and verb.lemma_.lower() in HARM_VERBS and _definite(noun) \
            and any(c.dep_ == "dobj" and index.actors(c) for c in verb.children):
        return verb
    return None


def _perceiving(noun: Token, lexicon: Lexicon) -> Token | None:
    """The unnegated perception verb whose object (or that object's conjunct) is what a witness perceives of an
    attack: "heard" of "heard a blast and gunfire", or of "heard explosions rock the city" (the subject of the
    clause it perceives)."""
    word = noun.head if noun.dep_ == "conj" else noun
    verb = word.head
    if word.dep_ == "nsubj" and verb.dep_ == "ccomp":
        verb = verb.head
    elif word.dep_ != "dobj":
        return None
    if noun.lemma_.lower() not in lexicon.rules.heard_attack_nouns \
            or verb.lemma_.lower() not in lexicon.rules.perception_verbs or any(c.dep_ == "neg" for c in verb.children):
        return None
    return verb


def course_verb(noun: Token) -> Token | None:
    """The verb of the attack's course whose subject the definite noun is: "continues" of "the siege continues"."""
    verb = noun.head
    if noun.dep_ == "nsubj" and verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in COURSE_VERBS \
            and _definite(noun) and not any(c.dep_ in ("dobj", "ccomp", "attr") for c in verb.children):
        # intransitive: "the attack began a debate" tells what it set off, not its course
        return verb
    return None


def _partaker(noun: Token, lexicon: Lexicon) -> tuple[Token, Token] | None:
    """The verb of taking part whose "in" phrase the definite noun is, and its subject: "were involved" and
    "gunmen" of "gunmen who were involved in the raid"; "took part" needs its object "part"."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "in" or not _definite(noun):
        return None
    verb = prep.head
    if verb.lemma_.lower() == "part" and verb.dep_ == "dobj":
        verb = verb.head  # "took part in"
        if verb.lemma_.lower() != "take":
            return None
    elif verb.lemma_.lower() not in PARTAKING or (verb.lemma_.lower() == "take" and not any(
            c.dep_ == "dobj" and c.lower_ == "part" for c in verb.children)):
        return None
    pronouns = lexicon.rules.relative_pronouns
    subj = subject_of(verb, pronouns) or passive_subject_of(verb, pronouns)  # "were involved"
    if subj is None and verb.dep_ == "acl":
        subj = verb.head  # "the militants involved in the attack"
    return (verb, subj) if subj is not None else None


def _definite(noun: Token) -> bool:
    """"the attack", "Tuesday's attack": a determiner or a possessor that points to one told attack."""
    return any((c.dep_ == "det" and c.lower_ in _DEFINITE) or c.dep_ == "poss" for c in noun.children)


def _another(noun: Token, undergone: bool) -> bool:
    """Whether the noun's phrase tells another attack: "a previous attack", "the 2019 attack", or indefinite
    except under "came under" ("came under an attack" is how the story's attack is told)."""
    return any((c.dep_ == "det" and c.lower_ not in _DEFINITE and not undergone) or c.lower_ in OTHER_ATTACK
               or (c.like_num and _YEAR.fullmatch(c.text) is not None) for c in noun.children)


def _referent(noun: Token, earlier: Sequence[Event]) -> Event | None:
    """The earlier attack the noun tells again: all the story's attacks have one source; the first for "the
    initial attack", else the latest."""
    attacks = [e for e in earlier if told_as_attack(e)]
    if not attacks or len({e.source.code for e in attacks}) != 1:
        return None
    return attacks[0] if any(c.lower_ in FIRST for c in noun.children) else attacks[-1]


def _own_targets(governor: Token, noun: Token, index: MentionIndex, lexicon: Lexicon) -> list[Mention]:
    """Who the sentence says was struck: the subject that came under the attack (for a pronoun in a clause of time,
    the main clause's subject), or the noun's "on" object."""
    found: list[Mention] = []
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ in ("on", "against"):
            found += [m for pobj in prep.children if pobj.dep_ == "pobj" for m in index.actors(pobj)]
    if not found and governor.lemma_.lower() == "come":
        subj = subject_of(governor, lexicon.rules.relative_pronouns)
        if subj is not None and subj.pos_ == "PRON" and index.at(subj) is None and governor.dep_ == "advcl":
            subj = subject_of(governor.head, lexicon.rules.relative_pronouns)  # "the convoy was passing when it came"
        found = index.actors(subj) if subj is not None else []
    if not found and noun.dep_ == "nsubj" and governor.lemma_.lower() in HARM_VERBS:
        found = [m for c in governor.children if c.dep_ == "dobj" for m in index.actors(c)]  # "killed nine people"
    return found


def _harmed(sent: Doc, attacker: Actor, struck: Actor, index: MentionIndex, lexicon: Lexicon) -> list[Mention]:
    """Forces and civilians of the struck country the sentence tells dead ("bodies of five soldiers and six
    civilians have been found since the attacks began"): the "of" objects of a casualty noun, each one struck. Not
    the attacker's own dead, nor a party of another country."""
    found: list[Mention] = []
    for word in doc_tokens(sent):
        if word.pos_ == "NOUN" and word.lemma_.lower() in lexicon.rules.casualty_nouns:
            found += [m for prep in word.children if prep.dep_ == "prep" and prep.lower_ == "of"
                      for pobj in prep.children if pobj.dep_ == "pobj" for m in index.actors(pobj)
                      if m.actor.sector in _HARMED and m.actor.country == struck.country
                      and m.actor.code != attacker.code]
    return found


def _placed(mention: Mention, referent: Actor) -> Mention:
    """A target of no country ("the convoy": forces) in the referent target's country, as the same war's."""
    actor = mention.actor
    if actor.country is not None or referent.country is None or actor.sector is None:
        return mention
    placed = replace(actor, code=referent.country + actor.sector, country=referent.country)
    return replace(mention, actor=placed)


def _struck_side(mention: Mention, noun: Token, attacker: Actor, struck: Actor) -> bool:
    """Whether an armed mention is the struck country's own forces facing an armed group's attack, outside the
    noun's phrase: "The army says ... since the attacks began" (it reports them), "bodies of five soldiers were
    found" (it lost them). Such forces are the attacked side, not a second attacker; "the army's attacks" (in the
    noun's phrase) are the army's own."""
    return mention.actor.sector in _STATE_FORCES and attacker.sector in _NON_STATE \
        and mention.actor.country == struck.country and not noun.left_edge.i <= mention.start <= noun.right_edge.i


def told_attacks(sent: Doc, frames: Sequence[Frame], index: MentionIndex, earlier: Sequence[Event],
                 lexicon: Lexicon) -> list[tuple[Frame, Event]]:
    """Frames for the sentence's attack nouns that tell the story's earlier attack again (see the module), each
    with the earlier event it tells again (whose date it takes when its sentence names none)."""
    text = doc_text(sent)
    heard = lexicon.rules.heard_attack_nouns
    if not may_recall_attack(text, earlier) and not (any(w.lemma_.lower() in heard for w in doc_tokens(sent))
                                                     and any(told_as_attack(e) for e in earlier)):
        return []
    years = set(_YEAR.findall(text))
    taken = {w.i for f in frames if f.sources for w in f.words}  # nouns an act with a named attacker holds
    out: list[tuple[Frame, Event]] = []
    for noun in doc_tokens(sent):
        fire = UNDER_ONLY.get(noun.lemma_.lower())
        perceived = noun.lemma_.lower() in heard
        if noun.pos_ != "NOUN" or (noun.lemma_.lower() not in ANAPHORS and fire is None and not perceived) \
                or noun.i in taken:
            continue
        governor = _perceiving(noun, lexicon) if perceived else \
            _governor(noun) or course_verb(noun) or _harming(noun, index)
        if fire is not None and not perceived and (governor is None or governor.lemma_.lower() != "come"
                                 or any(c.dep_ == "prep" and c.lower_ in _FIGURATIVE
                                        for w in (noun, governor) for c in w.children)):
            continue  # fire only under "came under", and not as criticism ("came under fire for ...")
        partaking = _partaker(noun, lexicon) if governor is None else None
        if partaking is not None:
            governor = partaking[0]
        if governor is None or _another(noun, perceived or governor.lemma_.lower() == "come"):
            continue
        referent = _referent(noun, earlier)
        if referent is None or referent.target is None:
            continue
        if partaking is not None and referent.source.code not in {m.actor.code for m in index.actors(partaking[1])}:
            continue  # the one said to take part is not the story's attacker
        if years and (referent.date is None or years != {referent.date[:4]}):
            continue  # a clause about other years
        entries = lexicon.lookup("noun", "attack") if perceived else \
            lexicon.lookup("noun", fire) if fire is not None else noun_entries(noun, lexicon)
        entry = noun_entry(noun, entries) if entries else None
        if entry is None:
            continue
        attacker = referent.source
        # when the earlier attack struck a country's places, the dead the sentence counts say whom it struck
        targets = [_placed(m, referent.target) for m in _own_targets(governor, noun, index, lexicon)] \
            or (_harmed(sent, attacker, referent.target, index, lexicon) if referent.target.sector is None else [])
        if any(m.actor.code == attacker.code for m in targets) \
                or (fire is not None and any(m.actor.sector not in STRUCK_SECTORS for m in targets)):
            continue  # "the government came under fire" is criticised
        parties = {attacker.code, *(m.actor.code for m in targets)} if targets \
            else {attacker.code, referent.target.code}
        placed = [_placed(m, referent.target) for m in index.by_token.values() if m.actor.sector in ARMED]
        if partaking is None and any(m.actor.code not in parties
                                     and not _struck_side(m, noun, attacker, referent.target) for m in placed):
            continue  # another armed actor named: the attacker is open
        # the two borrowed parties on two words, that the coder tells them apart: the attacker on the verb
        source = Mention(replace(attacker, text=governor.text), governor.i, governor.i + 1, governor.idx,
                         governor.idx + len(governor), TOLD, "told")
        if not targets:
            targets = [Mention(replace(referent.target, text=noun.text), noun.i, noun.i + 1, noun.idx,
                               noun.idx + len(noun), TOLD, "told")]
        if event_modality(governor, source, index, lexicon.rules) not in _SAID:
            continue
        cameo = referent.cameo if noun.lemma_.lower() in _RETOLD or perceived else entry.cameo
        out.append((Frame(noun, [noun], entry, cameo, [source], targets, DIRECT, False, False, governor),
                    referent))
    return out
