"""A court's ruling against a state act: the court rejects the government whose act it is (CAMEO 120).

Two shapes, both with a court or a judge (an actor of the judiciary sector) as the subject:

- a ruling that a state act is unlawful: "the Supreme Court found that expelling the envoys was illegal", "a
  tribunal declared that the closure of the border would be unconstitutional" (a ruling verb with a clause whose
  subject is a state act and whose predicate a word of unlawfulness; "would" is the act's, the ruling is made),
  or with the act as object and the word as predicate ("declared the eviction unlawful"), or a clause whose act
  breaks the law ("ruled that the ban violated the constitution");
- halting or blocking a state act: "a judge on Monday blocked the extradition of the activist", "the court
  extended its order to halt the eviction of the settlers", "struck down the ban", "quashed the expulsion order"
  (the act, or an order or decision naming it in a compound, the object of a halting verb, the verb the court's
  own or its order's, effort's ... through an infinitive).

The act is the state's by its nature (deporting, expelling, extraditing, closing camps or borders, banning), so
the target is the government of the court's own country, unless the act's possessor or "by" phrase names a state
or a state body as its doer ("ruled that Rwanda's expulsion of the envoy was unlawful": Rwanda); a person there is
the one the act befalls: in "halted X's deportation" X is deported, not deporting.

Never an act of a private party ("ruled that the firm's dismissal of the workers was unlawful": no state act
noun), a ruling that finds the act lawful or not unlawful, a court of no country (an international tribunal), or a
ruling not made ("the court is expected to rule", "could block", "declined to block": a modal or negation, or an
expecting, scheduling or refusing verb above the ruling verb). Cheap: a lemma-set test on the verb before any walk.
"""

from __future__ import annotations

from spacy.tokens import Token

from bilateral.events.arguments import MentionIndex
from bilateral.events.frames import DIRECT, Frame
from bilateral.events.lexicon import Lexicon, TriggerEntry
from bilateral.events.roles import direct_object_of, possessor_of, prep_objects, subject_of
from bilateral.events.speech import HEDGES
from bilateral.models import Actor, CameoCode, Mention

_REJECT = CameoCode("120")
"""CAMEO "reject, not specified": what a court's ruling against a government's act says of the government."""
_RULING_VERBS = frozenset({"rule", "find", "declare", "hold", "judge", "conclude"})
"""Verbs by which a court gives its verdict on a clause ("ruled that ... was unlawful")."""
_HALTING_VERBS = frozenset({"halt", "block", "stop", "suspend", "bar", "freeze", "overturn", "annul", "quash"})
"""Verbs by which a court keeps a state act from going ahead (and "strike down")."""
_UNLAWFUL = frozenset({"unconstitutional", "unlawful", "illegal", "invalid", "illegitimate", "void"})
"""Words of a verdict that an act breaks the law."""
_STATE_ACTS = frozenset({
    "deportation", "deport", "expulsion", "expel", "extradition", "extradite", "closure", "close", "closing",
    "shutdown", "shut", "eviction", "evict", "ban", "removal", "repatriation", "repatriate", "demolition", "demolish",
    "dissolution", "dissolve", "detention", "detain", "confiscation", "confiscate", "seizure", "seize",
})
"""Acts a state does by its nature: judged unlawful or halted by a court, they are its government's."""
_BREAKING = frozenset({"violate", "breach", "contravene", "infringe", "break"})
"""Verbs of a ruling clause that say the act breaks a law ("found that the closure breached the law")."""
_LAWS = frozenset({"constitution", "law", "right", "statute", "charter", "convention"})
"""What such an act breaks, as the verb's object."""
_DECISIONS = frozenset({"order", "decision", "decree", "directive", "plan", "policy"})
"""Nouns of a state's decision that name the act in a compound ("the deportation order")."""
_UNMADE = frozenset({"expect", "due", "set", "schedule", "likely", "poised", "ask", "urge", "seek", "want", "hope",
                     "refuse", "decline", "reject", "deny", "fail"})
"""Words above a ruling verb that say the ruling is awaited, sought or refused, not made ("is expected to rule",
"refused to halt")."""
_CARRIERS = frozenset({"xcomp", "acl", "dobj", "pobj", "prep", "relcl", "conj"})
"""Links from a halting verb up to the verb whose subject acts through it ("extended efforts to halt")."""
_JUDICIARY = "JUD"
_STATE_DOERS = frozenset({"GOV", "MIL", "COP"})
"""Sectors of a state body that does a state act itself ("the ministry's ban", "the army's seizure")."""
_PRIVATE_DOERS = frozenset({"BUS", "NGO"})
"""Sectors whose act is a private one ("the company's ban on unions"): its halting is no rejection of a state."""
_PRIVATE_NOUNS = frozenset({"company", "firm", "bank", "employer", "corporation", "business", "owner", "landlord",
                            "university", "school", "club", "church", "union", "league", "network", "platform"})
"""Nouns of private bodies that, as a possessor, make the act theirs ("the bank's closure of the branch")."""


def _state_act(act: Token) -> bool:
    """Whether the word names a state act: itself ("the deportation", "closing the camp"), or an order or decision
    of one ("the deportation order", "the closure decision")."""
    if act.lemma_.lower() in _STATE_ACTS:
        return True
    return act.lemma_.lower() in _DECISIONS and any(c.dep_ == "compound" and c.lemma_.lower() in _STATE_ACTS
                                                     for c in act.children)


def _private(act: Token, index: MentionIndex) -> bool:
    """Whether the act's possessor is a firm or an organisation ("the bank's closure of the branch"); a person of
    such a sector ("the activist's deportation") is the one the act befalls, not its doer."""
    owner = possessor_of(act)
    return owner is not None and (owner.lemma_.lower() in _PRIVATE_NOUNS or any(
        m.actor.sector in _PRIVATE_DOERS and m.actor.kind != "person" for m in index.actors(owner)))


def _named_state(act: Token, index: MentionIndex) -> list[Mention]:
    """A state the act's possessor or "by" phrase names as its doer ("Rwanda's expulsion of X", "the ban by the
    ministry"): then the act is that state's, even before another state's court; a person or group there is the
    one the act befalls ("X's deportation")."""
    holders = [t for t in (possessor_of(act), *prep_objects(act, frozenset({"by"}))) if t is not None]
    return [m for t in holders for m in index.actors(t) if m.actor.kind == "state" and m.actor.country
            and (m.actor.sector is None or m.actor.sector in _STATE_DOERS)]


def _court(verb: Token, index: MentionIndex, lexicon: Lexicon) -> Mention | None:
    """The court or judge that is the verb's subject, when it has a country."""
    subj = subject_of(verb, lexicon.rules.relative_pronouns)
    if subj is None:
        return None
    return next((m for m in index.actors(subj) if m.actor.sector == _JUDICIARY and m.actor.country), None)


def _unmade(verb: Token) -> bool:
    """Whether the verb, or a verb it hangs under, is hedged, negated or awaited."""
    tok = verb
    for _ in range(4):
        if any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in HEDGES) for c in tok.children):
            return True
        if tok.lemma_.lower() in _UNMADE:
            return True
        if tok.dep_ not in _CARRIERS or tok.head == tok:
            return False
        tok = tok.head
    return False


def _unlawful_act(verb: Token) -> Token | None:
    """The state act a ruling verb calls unlawful, not negated: in a clause ("that closing the camp would be
    illegal"), or as its object and predicate ("declared the closure unconstitutional", parsed as a subject of the
    adjective's clause or as an object with an ``oprd`` predicate)."""
    for said in verb.children:
        if said.dep_ == "ccomp" and said.lemma_ == "be":
            clause = said
            if not any(c.dep_ in ("acomp", "attr") and c.lemma_.lower() in _UNLAWFUL for c in clause.children):
                continue
        elif said.dep_ in ("ccomp", "oprd", "xcomp") and said.lemma_.lower() in _UNLAWFUL:
            clause = said
        elif said.dep_ == "ccomp" and said.lemma_.lower() in _BREAKING \
                and any(c.dep_ == "dobj" and c.lemma_.lower() in _LAWS for c in said.children):
            clause = said  # "ruled that the ban violated the constitution"
        else:
            continue
        if any(c.dep_ == "neg" for c in clause.children):
            continue
        act = next((c for c in clause.children if c.dep_ in ("nsubj", "csubj", "nsubjpass")), None)
        if act is None and said.dep_ == "oprd":
            act = direct_object_of(verb)
        if act is not None and _state_act(act):
            return act
    return None


def _acting_court(verb: Token, index: MentionIndex, lexicon: Lexicon) -> Mention | None:
    """The court that halts: the halting verb's own subject, or that of the verb it is the infinitive, object or
    complement of ("extended efforts to halt", "issued an order to block")."""
    tok = verb
    for _ in range(4):
        court = _court(tok, index, lexicon)
        if court is not None or tok.dep_ not in _CARRIERS or tok.head == tok:
            return court
        tok = tok.head
    return None


def court_ruling(verb: Token, index: MentionIndex, lexicon: Lexicon) -> Frame | None:
    """A court's rejection of its government by ruling its act unlawful or halting it (see the module); None for
    any other verb."""
    lemma = verb.lemma_.lower()
    if lemma in _RULING_VERBS:
        act = _unlawful_act(verb)
        court = _court(verb, index, lexicon) if act is not None else None
    elif lemma in _HALTING_VERBS or (lemma == "strike" and any(c.dep_ == "prt" and c.lower_ == "down"
                                                                for c in verb.children)):
        act = direct_object_of(verb)
        if act is None or not _state_act(act) or act.pos_ != "NOUN":
            return None
        court = _acting_court(verb, index, lexicon)
    else:
        return None
    if act is None or court is None or _unmade(verb) or _private(act, index):
        return None
    targets = _named_state(act, index)
    if not targets:
        country = court.actor.country
        assert country is not None
        actor = Actor(text=act.text, name=country, code=country + "GOV", country=country, sector="GOV", kind="state")
        targets = [Mention(actor, act.i, act.i + 1, act.idx, act.idx + len(act), court.confidence, "implied")]
    entry = TriggerEntry("verb", lemma, None, frozenset(), frozenset(), _REJECT, frozenset(), 0)
    return Frame(verb, [verb, act], entry, _REJECT, [court], targets, DIRECT, False, False, verb)
