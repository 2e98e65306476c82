"""Arms bought and sold: the country a weapon system names is a party to its purchase or sale.

"Cairo's purchase of the Su-35s", "Turkey bought Russian missiles", "India acquired Rafale jets": who makes the
system is a fact (``data/lexicon/weapon_systems.json``), so buying it is the buyer's military cooperation (CAMEO
062) with its maker, though the sentence names the maker nowhere. "The delivery of F-16s to Ukraine", "the sale
of S-400s to Turkey" is the maker's with the recipient named by "to". A general weapon noun ("missiles", "jets")
names its maker by a demonym or a country beside it ("Russian missiles").

A delivery or sale that names no recipient ("after March's delivery of the Su-35s") went to whoever the
document has already told bought that maker's arms (``delivered_frames``, run with the document's earlier events).

Not coded: a system bought from a seller the sentence names ("bought S-400s from Belarus": the seller is the
other side, and the maker none); a buyer of its own country's system; a delivery or sale with no recipient
named and no buyer told before ("a halt to the sale of the F-16"); a system that is no object of buying or
handing over ("Russian-made jets flew over"). The words of buying and handing over are data too; the passes run
only on a sentence whose text holds one of their forms (one compiled pattern), and then look only at those
words. Only sentences the pre-filter parses are read: a buying verb is no trigger form there ("bought" alone does
not get a sentence parsed).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

from spacy.tokens import Doc, Token

from bilateral.events.word_files import read_word_file
from bilateral.events.arguments import MentionIndex
from bilateral.events.counterpart import COUNTERPART
from bilateral.events.frames import CONTROLLED, DIRECT, Frame, controller
from bilateral.events.lexicon import Lexicon, TriggerEntry
from bilateral.events.roles import agent_of, object_of, possessor_of, prep_objects
from bilateral.models import Actor, CameoCode, Event, Mention
from bilateral.nlp import doc_text, doc_tokens

MAKER = 0.9
"""Confidence of a maker read from the system's name: a fact, as sure as a country named."""
_WINDOW = 4
"""The most words a system's name spans ("K2 Black Panther", "David 's Sling")."""
_MODIFIERS = frozenset({"amod", "compound", "nmod"})
_OF = frozenset({"of"})
_BY = frozenset({"by"})


def _key(text: str) -> str:
    """A system's name as matched: lower case, letters and digits only ("S-400" -> "s400", "F/A-18" -> "fa18")."""
    return re.sub(r"[^a-z0-9]", "", text.lower())


@dataclass(frozen=True, slots=True)
class ArmsRules:
    """``data/lexicon/weapon_systems.json``, compiled once."""

    cameo: CameoCode
    makers: Mapping[str, str]
    """System name key -> the maker's ISO code."""
    names: Mapping[str, str]
    """Maker ISO code -> country name."""
    capitalised: frozenset[str]
    """Keys of names that are also common words ("patriot", "apache"): matched only capitalised."""
    buying_nouns: frozenset[str]
    buying_verbs: frozenset[str]
    giving_nouns: frozenset[str]
    from_preps: frozenset[str]
    to_preps: frozenset[str]
    weapon_nouns: frozenset[str]
    gate: re.Pattern[str]
    """The word forms of the buying and handing-over words: a sentence without one is not looked at."""
    bought: re.Pattern[str]
    """The word forms of the buying words, as an earlier event's trigger is written ("purchase", "bought")."""

    def maker_key(self, key: str, capitalised: bool) -> str | None:
        """The maker of a name key, a plural "s" dropped ("s400s"), or None."""
        for k in (key, key[:-1] if key.endswith("s") else ""):
            if k in self.makers and (capitalised or k not in self.capitalised):
                return self.makers[k]
        return None


def _forms(words: list[str]) -> re.Pattern[str]:
    """A pattern for the forms of ``words``: their stems ("purchas", "acquir") and "bought"."""
    stems = sorted({w[:-1] if w.endswith("e") else w for w in words}, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(map(re.escape, stems)) + r"|bought)", re.IGNORECASE)


def _arms_rules(data: Any) -> ArmsRules:
    """The weapon systems of the JSON of ``weapon_systems.json``."""
    makers: dict[str, str] = {}
    capitalised: set[str] = set()
    for code, maker in data["makers"].items():
        for name in maker["systems"]:
            makers[_key(name)] = code
            if not any(ch.isdigit() for ch in name):
                capitalised.add(_key(name))
    buying = [*data["buying"]["noun"], *data["buying"]["verb"]]
    gate, bought = _forms([*buying, *data["giving"]["noun"]]), _forms(buying)
    return ArmsRules(
        cameo=CameoCode(data["cameo"]), makers=makers,
        names={code: maker["name"] for code, maker in data["makers"].items()},
        capitalised=frozenset(capitalised), buying_nouns=frozenset(data["buying"]["noun"]),
        buying_verbs=frozenset(data["buying"]["verb"]), giving_nouns=frozenset(data["giving"]["noun"]),
        from_preps=frozenset(data["from_preps"]), to_preps=frozenset(data["to_preps"]),
        weapon_nouns=frozenset(data["weapon_nouns"]), gate=gate, bought=bought)


@lru_cache(maxsize=1)
def load_arms_rules() -> ArmsRules:
    """The packaged weapon-system table and trade words, read and checked once per process."""
    return read_word_file("weapon_systems.json", "weapon systems", _arms_rules)


def _named_maker(obj: Token, rules: ArmsRules) -> str | None:
    """The maker of a system named in the object's phrase, up to its head ("the S-400 missile system",
    "Russia's SU 35", "F-35s")."""
    doc = obj.doc
    start = max(obj.left_edge.i, obj.i - 2 * _WINDOW)
    for i in range(start, obj.i + 1):
        key = ""
        for j in range(i, min(i + _WINDOW, obj.i + 1)):
            key += _key(doc[j].text)
            if key and (code := rules.maker_key(key, doc[i].text[:1].isupper())) is not None:
                return code
    return None


def system_words(noun: Token) -> frozenset[str]:
    """The general weapon words (``weapon_nouns``: "missile", "weapon", "system") that an event noun's phrase
    stands for when it names a weapon system, on the noun or in its "of" phrase, which the parser may hang on a
    time word after the noun ("Ankara's test of S-400 components", "the test Monday of S-400 parts", "an S-400
    test"): a named system is a weapon, and so qualifies an entry that needs one; none otherwise."""
    rules = load_arms_rules()
    hosts = [noun, *(c for c in noun.children if c.dep_ == "npadvmod")]
    named = any(_named_maker(t, rules) is not None for t in (noun, *(p for h in hosts for p in prep_objects(h, _OF))))
    return rules.weapon_nouns if named else frozenset()


def _demonym_maker(obj: Token, rules: ArmsRules, index: MentionIndex) -> str | None:
    """The country a general weapon noun names by a modifier ("Russian missiles", "Chinese-made drones")."""
    if obj.lemma_.lower() not in rules.weapon_nouns:
        return None
    for child in obj.children:
        mention = index.at(child)
        if child.dep_ in _MODIFIERS and mention is not None and mention.actor.kind == "state" \
                and mention.actor.country is not None:
            return mention.actor.country
    return None


def _maker(obj: Token | None, rules: ArmsRules, index: MentionIndex) -> Mention | None:
    """The maker of what ``obj`` names, as a state actor mentioned where the system is, or None."""
    if obj is None:
        return None
    code = _named_maker(obj, rules) or _demonym_maker(obj, rules, index)
    if code is None:
        return None
    actor = Actor(text=obj.text, name=rules.names.get(code, code), code=code + "GOV", country=code, sector="GOV",
                  kind="state")
    return Mention(actor, obj.i, obj.i + 1, obj.idx, obj.idx + len(obj), MAKER, "maker")


def _seller_named(token: Token, obj: Token, rules: ArmsRules, index: MentionIndex) -> bool:
    """Whether the act or what it takes names where it comes from ("bought S-400s from Belarus")."""
    return any(index.actors(p) for t in (token, obj) for p in prep_objects(t, rules.from_preps))


def _buyers(token: Token, lexicon: Lexicon, index: MentionIndex) -> list[Mention]:
    """Who buys: a noun's possessor, modifier or "by" phrase, else the subject of the verb it is the object of
    ("X completed the purchase of"); a verb's subject (or controller) or passive agent."""
    if token.pos_ == "NOUN":
        poss = possessor_of(token)
        if poss is not None:
            return index.actors(poss)
        for child in token.children:
            if child.dep_ in _MODIFIERS and (mention := index.at(child)) is not None:
                return [mention]
        by = [m for p in prep_objects(token, _BY) for m in index.actors(p)]
        if by or token.dep_ != "dobj":
            return by
        token = token.head
    agent = agent_of(token)
    if agent is not None:
        return index.actors(agent)
    subj, _ = controller(token, lexicon)
    return index.actors(subj) if subj is not None else []


def _entry(token: Token, rules: ArmsRules, preps: frozenset[str]) -> TriggerEntry:
    """The lexicon entry the trade word's frame carries (no lexicon line: the pass is its own)."""
    pos = "noun" if token.pos_ == "NOUN" else "verb"
    return TriggerEntry(pos, token.lemma_.lower(), None, frozenset(), preps, rules.cameo, frozenset(), 0)


def _frame(token: Token, index: MentionIndex, lexicon: Lexicon, rules: ArmsRules) -> Frame | None:
    """The purchase or hand-over frame of one trade word, when what it takes is a system with a known maker."""
    lemma = token.lemma_.lower()
    noun = token.pos_ == "NOUN"
    obj = _object(token, lexicon)
    maker = _maker(obj, rules, index)
    if obj is None or maker is None or _seller_named(token, obj, rules, index):
        return None
    if noun and lemma in rules.giving_nouns:
        recipients = [m for t in (token, obj) for p in prep_objects(t, rules.to_preps) for m in index.actors(p)]
        recipients = [m for m in recipients if m.actor.country != maker.actor.country]
        if not recipients:
            return None
        return Frame(token, [token], _entry(token, rules, rules.to_preps), rules.cameo, [maker], recipients,
                     DIRECT * CONTROLLED, False, False, token)
    buyers = [m for m in _buyers(token, lexicon, index) if m.actor.country != maker.actor.country]
    if not buyers:
        return None
    return Frame(token, [token], _entry(token, rules, rules.from_preps), rules.cameo, buyers, [maker],
                 DIRECT * (CONTROLLED if noun else 1.0), False, False, token)


def _object(token: Token, lexicon: Lexicon) -> Token | None:
    """What a trade word takes: a noun's "of" object, a verb's direct object."""
    if token.pos_ == "NOUN":
        return next(iter(prep_objects(token, _OF)), None)
    return object_of(token, lexicon.rules.relative_pronouns)


def _fill_maker(frame: Frame, index: MentionIndex, lexicon: Lexicon, rules: ArmsRules) -> None:
    """A purchase the lexicon already codes with no seller found ("X's purchase of the S-400s", 061; the system
    itself may have been read as unnamed forces, "fighter jets"): the system's maker is the other side, and buying
    arms is military cooperation (in place)."""
    obj = _object(frame.trigger, lexicon)
    maker = _maker(obj, rules, index)
    if obj is None or maker is None or _seller_named(frame.trigger, obj, rules, index):
        return
    phrase = range(obj.left_edge.i, obj.right_edge.i + 1)
    if any(t.actor.country is not None or t.start not in phrase for t in frame.targets):
        return  # a party named as the other side ("fighter jets" read as unnamed forces is none)
    sources = [m for m in frame.sources if m.actor.country != maker.actor.country]
    if sources:
        frame.sources, frame.targets, frame.cameo = sources, [maker], rules.cameo


def arms_frames(sent: Doc, tokens: list[Token], frames: dict[int, Frame], index: MentionIndex,
                lexicon: Lexicon) -> None:
    """Add the frames of arms bought or handed over (see the module) to ``frames``, or give a purchase frame
    without a seller the system's maker (in place)."""
    rules = load_arms_rules()
    if not rules.gate.search(doc_text(sent)):
        return
    for token in tokens:
        lemma = token.lemma_.lower()
        buying = lemma in (rules.buying_nouns if token.pos_ == "NOUN" else rules.buying_verbs)
        if not buying and not (token.pos_ == "NOUN" and lemma in rules.giving_nouns):
            continue
        held = frames.get(token.i)
        if held is not None:
            if buying and held.sources and held.entry.lemma == lemma:
                _fill_maker(held, index, lexicon, rules)
            continue
        if token.pos_ in ("NOUN", "VERB") and (frame := _frame(token, index, lexicon, rules)) is not None:
            frames[token.i] = frame


def _buyer(maker: Mention, earlier: Sequence[Event]) -> Actor | None:
    """Who the document told bought the maker's arms: the source of its latest purchase from that maker."""
    for event in reversed(earlier):
        if event.cameo == "062" and event.target is not None and event.target.country == maker.actor.country \
                and event.modality in ("asserted", "alleged") and load_arms_rules().bought.match(event.trigger):
            return event.source
    return None


def delivered_frames(sent: Doc, frames: Sequence[Frame], index: MentionIndex, earlier: Sequence[Event],
                     lexicon: Lexicon) -> list[Frame]:
    """"After March's delivery of the Su-35s": a delivery or sale that names no recipient went to whoever
    the document has told bought the maker's system (``_buyer``); the maker hands it over. New frames only, for a
    word no frame holds; none where the document told of no such purchase."""
    rules = load_arms_rules()
    if not earlier or not rules.gate.search(doc_text(sent)):
        return []
    held = {f.trigger.i for f in frames}
    out: list[Frame] = []
    for token in doc_tokens(sent):
        if token.pos_ != "NOUN" or token.lemma_.lower() not in rules.giving_nouns or token.i in held \
                or any(prep_objects(t, rules.to_preps) for t in (token, *prep_objects(token, _OF))):
            continue
        maker = _maker(_object(token, lexicon), rules, index)
        buyer = _buyer(maker, earlier) if maker is not None else None
        if maker is None or buyer is None:
            continue
        recipient = Mention(replace(buyer, text=token.text), token.i, token.i + 1, token.idx, token.idx + len(token),
                            COUNTERPART, "buyer")
        out.append(Frame(token, [token], _entry(token, rules, rules.to_preps), rules.cameo, [maker], [recipient],
                         DIRECT * CONTROLLED, False, False, token))
    return out
