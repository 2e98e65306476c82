"""The grammatical roles of a predicate in a dependency parse: its subject, passive subject, "by" agent,
direct and prepositional objects, dative and possessor.

These are token lookups only, with the parser's known misreadings mended ("accused Rwanda of training and
funding the rebels" read with "funding" as a main verb); which tokens are actors is the business of
`events.arguments.MentionIndex`. Kept apart from it so each module has one job.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from bilateral.events.adverbial_passives import OCCASION_PREPS, adverbial_host
from bilateral.events.clause_objects import participle_subjects
from bilateral.events.linked_passives import linked_host
from bilateral.events.named_objects import named_object, parted_object, shifted_object
from bilateral.events.ranked_subjects import ranked_subject
from bilateral.events.reported_subjects import reported_subject
from bilateral.events.run_in_headings import heading_subject, noun_before_finite
from bilateral.events.stance_participles import stance_holder, stance_object

if TYPE_CHECKING:
    pass

_SUBJECT_DEPS = frozenset({"nsubj", "csubj"})

def subject_of(verb: Token, relative_pronouns: frozenset[str]) -> Token | None:
    """The explicit subject of ``verb``; a relative pronoun is replaced by the noun its clause modifies. Of two
    subjects before the verb, the nearer: the parser reads a run-in heading as one more subject ("International
    reaction A U.S. spokesperson urged ...", "Little choice The minister said ..."); not when the first is joined
    to the second ("Chile as well as Peru sent ...", whose co-subjects ``MentionIndex`` expands)."""
    subj: Token | None = None
    for child in verb.children:
        if child.dep_ in _SUBJECT_DEPS:
            if child.lower_ in relative_pronouns and verb.dep_ == "relcl":
                return antecedent(verb)
            if subj is not None and (child.i > verb.i or any(c.dep_ == "cc" for c in subj.children)):
                break  # a subject after the verb, or co-subjects the parser left unjoined ("X as well as Y")
            subj = child
    if subj is None and stance_object(verb) is not None:  # "X is opposed to Y": the stance is X's
        subj = stance_holder(verb)
    if subj is not None and absolute_part(subj, verb):  # "the migrants arrived, some staying weeks": the migrants
        return subject_of(verb.head, relative_pronouns) or subj
    if subj is not None:
        return heading_subject(subj, verb)
    return verb.head if misread_main_verb(verb) else \
        misread_after_adverbial(verb) or reported_subject(verb) or noun_before_finite(verb) or ranked_subject(verb)


def antecedent(clause: Token) -> Token:
    """The noun a relative clause or participle speaks of: the noun it modifies, or, when that noun is an
    indefinite predicate ("HTS is a group that is designated ...", "X is an armed group backed by Y"), the
    subject it classifies. A definite predicate is the one meant ("the problem is the rebels who attacked")."""
    noun = clause.head
    if noun.dep_ == "attr" and noun.head.lemma_ == "be" and any(
            c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children):
        subj = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
        if subj is not None:
            return subj
    return noun


_DOUBLE_OBJECT = frozenset({"give", "grant", "award", "offer", "deny", "hand", "send", "show", "tell", "promise",
                            "allow", "lend", "pay", "sell", "issue", "assign", "refuse", "owe", "spare"})
"""Verbs whose passive keeps an object ("activists granted asylum"): their participle stays passive."""


def misread_main_verb(verb: Token) -> bool:
    """A sentence's main verb the parser took for a participle on its subject: "The air force carried out three
    strikes, ..." parsed as the noun "force" (the root) with "carried" a reduced relative on it. A past form on
    the root noun with a direct object and no agent is active: its noun is the subject, not the patient ("the
    rebels backed by Rwanda" has no object; "activists granted asylum" is a passive that keeps one)."""
    head = verb.head
    return verb.dep_ == "acl" and verb.tag_ in ("VBN", "VBD") and head.dep_ == "ROOT" \
        and head.pos_ in ("NOUN", "PROPN") and verb.lemma_.lower() not in _DOUBLE_OBJECT \
        and any(c.dep_ == "dobj" for c in verb.children) and not any(
            c.dep_ in ("agent", "nsubj", "nsubjpass", "aux", "auxpass", "mark", "dative") for c in verb.children)


def misread_after_adverbial(verb: Token) -> Token | None:
    """The subject of a main verb the parser hung on an adverbial phrase after that subject: "Trump at first
    imposed tariffs on X" parsed with "imposed" as the complement of "at", which modifies "Trump". A past form with
    a direct object and no subject or auxiliary of its own, as the complement of a preposition that has no object
    and follows the subject noun at once: that noun is its subject. A gerund ("after imposing") is no misreading."""
    prep = verb.head
    noun = prep.head
    if verb.dep_ != "pcomp" or verb.tag_ not in ("VBD", "VBN") or prep.dep_ != "prep" \
            or noun.dep_ not in _SUBJECT_DEPS or noun.pos_ not in ("NOUN", "PROPN") or prep.i != noun.i + 1:
        return None
    if any(c.dep_ == "pobj" for c in prep.children) or not any(c.dep_ == "dobj" for c in verb.children) or any(
            c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark", "agent") for c in verb.children):
        return None
    return noun


_NONE = frozenset({"none", "neither"})
"""Quantifiers that deny the act of the part they name ("none of whom were charged"): no patient."""
_PARTS = frozenset({"some", "many", "most", "several", "others"})
"""Quantifiers standing alone for a part of a group the sentence names elsewhere ("..., some staying weeks")."""


def absolute_part(subj: Token, verb: Token) -> bool:
    """Whether ``subj`` is a bare quantifier heading an absolute participle clause ("The migrants arrived by boat,
    some staying weeks"): a part of the main clause's subject, which acts for it. Not a clause of its own ("while
    some stayed"), nor a quantifier with its own noun ("some of the soldiers")."""
    return subj.lower_ in _PARTS and verb.dep_ == "advcl" and verb.tag_ == "VBG" \
        and not any(c.dep_ == "prep" for c in subj.children) \
        and not any(c.dep_ in ("mark", "aux", "auxpass") for c in verb.children)


def passive_subject_of(verb: Token, relative_pronouns: frozenset[str]) -> Token | None:
    """The subject of a passive verb (``nsubjpass``): its patient; a relative pronoun is replaced by the noun its
    clause modifies ("the rebels, who are backed by Rwanda"; a part of them, "many of whom were deported", save
    "none of whom"), and so is the missing subject of a reduced relative ("the rebels backed by Rwanda", "Somali
    soldiers, supported by US forces"), and so is the subject a passive gerund's time phrase hangs on ("X returned
    after being freed", ``adverbial_passives``) or a linking verb's ("X stands accused", ``linked_passives``)."""
    for child in verb.children:
        if child.dep_ in ("nsubjpass", "csubjpass"):
            if verb.dep_ == "relcl" and (child.lower_ in relative_pronouns or child.lower_ not in _NONE and any(
                    p.lower_ == "of" and any(o.lower_ in relative_pronouns for o in p.children)
                    for p in child.children)):
                return antecedent(verb)
            return child
    if shared_passive(verb):
        return passive_subject_of(verb.head, relative_pronouns)
    host = adverbial_host(verb) or linked_host(verb)
    if host is not None:  # "rebels flee when attacked by the army", "X was questioned before being arrested": X
        return subject_of(host, relative_pronouns) or passive_subject_of(host, relative_pronouns)
    return antecedent(verb) if reduced_relative(verb) else None


def reduced_relative(verb: Token) -> bool:
    """A past participle modifying a noun, a passive relative clause without its pronoun and auxiliary (not a
    clause of its own: "reports that Rwanda had supported the M23")."""
    return verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ in ("NOUN", "PROPN", "PRON") and not any(
        c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for c in verb.children)\
        and not misread_main_verb(verb)


def is_passive(verb: Token) -> bool:
    """Whether a verb is in the passive voice: it has a passive subject or auxiliary, is a reduced relative, or
    is a participle sharing the passive of the verb it is coordinated with ("were arrested and beaten")."""
    if stance_object(verb) is not None:
        return False  # "X is opposed to Y": X's stance
    return any(c.dep_ in ("nsubjpass", "csubjpass", "auxpass") for c in verb.children) or reduced_relative(verb) \
        or shared_passive(verb) or (adverbial_host(verb) or linked_host(verb)) is not None  # "stands accused"


def shared_passive(verb: Token) -> bool:
    """"were arrested and beaten by police": a bare participle coordinated after a passive verb, with no subject
    or auxiliary of its own, shares its passive voice and its passive subject ("has arrested and charged" is
    active, as its first verb is)."""
    head = verb.head
    return verb.dep_ == "conj" and verb.tag_ == "VBN" and head != verb and head.tag_ == "VBN" and not any(
        c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for c in verb.children) and any(
        c.dep_ in ("nsubjpass", "auxpass") for c in head.children)


def agent_of(verb: Token) -> Token | None:
    """The ``by`` agent of a passive verb (its pobj), if any.

    The parser often hangs the agent on the object of the verb's own preposition ("Y was provided with aid by X",
    "sanctions were imposed on Y by X", "Y was threatened with sanctions by X", "Y is designated as a terrorist
    group by X"): a ``by`` phrase there is the verb's agent too. Only the prepositions of what is given, imposed,
    aimed or named count: "summoned over remarks by X" (a cause) or "attacked in a town held by X" (a setting)
    name no agent of the verb.
    """
    direct = _by_object(verb, ("agent",))
    if direct is not None or verb.tag_ != "VBN":
        return direct
    for conj in verb.children:
        # "were tortured and killed by X": the agent after the last of coordinated passives is each one's, when
        # nothing of the first comes between ("arrested in May and freed by a court" names who freed)
        if conj.dep_ == "conj" and conj.i > verb.i and shared_passive(conj) and not any(
                verb.i < c.i < conj.i and c.dep_ not in ("cc", "punct") for c in verb.children):
            return agent_of(conj)
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in _AGENT_HOST_PREPS:
            for pobj in prep.children:
                if pobj.dep_ == "pobj":
                    found = _by_object(pobj, ("agent", "prep"))
                    if found is not None:
                        return found
    return None


_AGENT_HOST_PREPS = frozenset({"with", "on", "upon", "to", "against", "from", "as"})
"""Prepositions of a passive verb whose object the parser may wrongly give the verb's ``by`` agent."""


def _by_object(token: Token, deps: tuple[str, ...]) -> Token | None:
    """The object of a ``by`` phrase attached to ``token`` with one of ``deps``."""
    for child in token.children:
        if child.dep_ in deps and child.lower_ == "by":
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    return pobj
    return None


def direct_object_of(token: Token) -> Token | None:
    """The direct object (or dative "gave Rwanda aid" when there is no other) of a verb; for none, the noun a
    "what" clause names in its place ("levied what X called a harsh tariff", ``named_objects``), or the object
    shifted after its "as" complement ("denounced as a crime Y's crackdown") or set after an adjunct between
    commas ("will raise, from next week, the duties")."""
    dobj = next((c for c in token.children if c.dep_ == "dobj"), None)
    return dobj if dobj is not None or token.n_rights == 0 else named_object(token) or shifted_object(token) \
        or parted_object(token)  # "will raise, from next week, the duties"


def object_of(verb: Token, relative_pronouns: frozenset[str]) -> Token | None:
    """The direct object of a verb; in a relative clause whose gap is its object ("the sanctions (that) Washington
    imposed on Moscow", "Rwanda, which Congo accuses of ..."), the noun the clause modifies. A clause whose gap is
    its subject ("the rebels who attacked Goma") or a place or a time ("the region where X fought Y") keeps its own."""
    dobj = direct_object_of(verb) or stance_object(verb)
    if verb.dep_ != "relcl" or any(c.dep_ == "advmod" and c.tag_ == "WRB" for c in verb.children):
        return dobj
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.lower_ in relative_pronouns:
        return dobj
    return verb.head if dobj is None or dobj.lower_ in relative_pronouns else dobj


def shared_object(verb: Token) -> Token | None:
    """"attacked and destroyed the bases": the object of a later coordinated verb with no subject of its own is
    the object of a verb that has none (and no prepositional object either: "met with X and signed a deal").
    In a list of gerunds ("accused X of killing, maiming and displacing civilians") the parser chains each
    member on the one before, and may tag a member a noun ("raping"): the first object down the chain. The parser
    may also hang two coordinated gerunds side by side on one preposition ("by first imposing and then delaying a
    tariff", ``_parallel_member``): the later one's object is the earlier one's too."""
    if direct_object_of(verb) is not None or any(c.dep_ in ("prep", "dative", "ccomp", "xcomp") for c in verb.children):
        return None
    listed = verb.lower_.endswith("ing") and listed_gerund(verb) is not None
    for step in range(_MAX_LIST):
        conj = next((c for c in verb.children if c.dep_ == "conj" and c.i > verb.i), None)
        if conj is None and step == 0:
            conj = _parallel_member(verb)
        if conj is None or any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in conj.children):
            return None
        if conj.pos_ != "VERB" and not (listed and conj.lower_.endswith("ing")):
            return None
        if (dobj := direct_object_of(conj)) is not None or not listed:
            return dobj
        verb = conj
    return None


_MAX_LIST = 8
"""The longest list of coordinated gerunds followed down for a shared object."""


def _parallel_member(verb: Token) -> Token | None:
    """The verb that a conjunction right after ``verb`` joins it to, when the parser hung the two apart rather than
    one under the other ("by first imposing and then delaying a tariff": "imposing" on "by", "delaying" beside it
    or on the main verb): the next word is a conjunction, then adverbs at most ("then", "later"), then a verb of
    the same form. None when anything else comes between ("imposing quotas, then delaying ...", "imposed and
    Chile lifted ...")."""
    doc = verb.doc
    at = verb.i + 1
    if at >= len(doc) or doc[at].dep_ != "cc":
        return None
    at += 1
    while at < len(doc) and doc[at].dep_ == "advmod" and doc[at].pos_ == "ADV":
        at += 1
    return doc[at] if at < len(doc) and doc[at].pos_ == "VERB" and doc[at].tag_ == verb.tag_ else None


def listed_gerund(verb: Token) -> Token | None:
    """The preposition that governs a list of gerunds a word belongs to: "of" in "accused X of killing, maiming
    and displacing civilians" and "with" in "charged X with robbing trucks, raping and attacking motorists", for
    any member of the list. The parser hangs the list on its first member, which it may read as a noun
    ("killing" NN) or as the modifier of the first member's object ("robbing" compound of "trucks"); None for a
    word in no such list ("killed civilians and burned villages" is no gerund complement)."""
    first = verb
    for _ in range(_MAX_LIST):
        if first.dep_ != "conj" or first.head.i >= first.i:
            break
        first = first.head
    if first.dep_ not in ("pcomp", "pobj") or first.head.dep_ != "prep" or not (
            first.lower_.endswith("ing") or verb == first
            or any(c.dep_ in ("compound", "amod") and c.tag_ == "VBG" and c.i < first.i for c in first.children)):
        return None
    if verb == first and first.dep_ == "pobj":
        return None  # a lone nominal gerund is the nominal passes' own
    return first.head


def dative_of(token: Token) -> Token | None:
    """The indirect object ("gave Rwanda aid") of a verb."""
    return next((c for c in token.children if c.dep_ == "dative" and c.pos_ != "ADP"), None)


def prep_objects(token: Token, preps: frozenset[str]) -> list[Token]:
    """Objects of the prepositions in ``preps`` on ``token`` ("talks with X"; "tariffs on X and on Y", the second "on"
    hung on the first as its conjunct), or a participle's subject there ("on cars being shipped", clause_objects)."""
    out: list[Token] = []
    for child in token.children:
        if child.dep_ in ("prep", "dative", "agent") and child.lower_ in preps:
            out.extend(c for p in (child, *child.conjuncts) if p.lower_ in preps
                       for c in (*(c for c in p.children if c.dep_ == "pobj"), *participle_subjects(p)))
    return out


def possessor_of(token: Token) -> Token | None:
    """The possessive modifier of a noun ("Rwanda's" in "Rwanda's army")."""
    return next((c for c in token.children if c.dep_ == "poss"), None)


def misattached_gerund(verb: Token) -> bool:
    """"accused Rwanda of training and funding the rebels", parsed with "funding" coordinated with "accused":
    a gerund coordinated with a finite verb that has an "of" phrase holding a gerund before it belongs in
    that phrase, governed by the verb as its "of" object is."""
    head = verb.head
    if verb.dep_ != "conj" or verb.tag_ != "VBG" or head == verb or head.tag_ == "VBG" or head.pos_ != "VERB":
        return False
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ == "of" and prep.i < verb.i:
            if any(c.dep_ in ("pobj", "pcomp") and (c.tag_ == "VBG" or c.lower_.endswith("ing"))
                   for c in prep.children):
                return True
    return False


def each_other(verb: Token) -> bool:
    """"Congo and Rwanda accused each other", "... blamed one another": the subjects act on each other; so does
    a bare "the other" after a subject of two ("both rivals accusing the other", "X and Y accused the other"), also
    with the charge parsed on it ("accusing the other of stalling": an "of"/"for" gerund), but not a partitive
    ("the other of the two envoys")."""
    for child in verb.children:
        if child.dep_ == "dobj" and child.lower_ == "other" and child.n_lefts == 1 \
                and all(_charge_phrase(r) for r in child.rights):
            subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if subj is not None and any(c.dep_ == "conj" or c.lower_ == "both" for c in subj.children):
                return True
        if child.dep_ in ("dobj", "pobj", "prep"):
            words = {t.lower_ for t in child.subtree}
            if {"each", "other"} <= words or {"one", "another"} <= words:
                return True
    return False


def _charge_phrase(token: Token) -> bool:
    """Whether a word after "the other" is the charge hung on it: "of"/"for" with a gerund ("of delaying"), which the
    parser may read as the preposition's object."""
    return token.dep_ == "prep" and token.lower_ in ("of", "for") \
        and any(c.dep_ in ("pcomp", "pobj") and c.tag_ == "VBG" for c in token.children)



def passive_gerund_subject(gerund: Token, relative_pronouns: frozenset[str]) -> Token | None:
    """The subject of a gerund of time hung on an agentless passive verb: its passive subject, the one the gerund's
    act is told of as of the main clause's subject ("X was released after apologizing to Y": X apologized; "X was
    arrested upon meeting Y"). None under a "by" agent ("X was attacked by Y after meeting Z" leaves it open who
    met Z), under other prepositions ("was accused of", "was praised for" are the object-control verbs' business)
    and for a gerund of a clause that is not passive."""
    prep = gerund.head
    if gerund.dep_ != "pcomp" or gerund.tag_ != "VBG" or prep.dep_ != "prep" or prep.lower_ not in OCCASION_PREPS:
        return None
    verb = prep.head
    if verb.pos_ not in ("VERB", "AUX") or not is_passive(verb) or agent_of(verb) is not None:
        return None
    return passive_subject_of(verb, relative_pronouns)
