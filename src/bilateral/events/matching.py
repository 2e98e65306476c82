"""Which lexicon entry a verb matches: its particle, the object nouns a light verb may take, and the most
specific entry among the verb's senses ("impose sanctions" over "impose", "break off ties", "held talks with").

Kept apart from ``frames``, which reads who acts on whom once the entry is known: matching only looks at the
verb's own words and prepositions, never at the actors.
"""

from __future__ import annotations

from spacy.tokens import Token

from bilateral.codes import is_statement
from bilateral.events.frame_rules import FrameRules
from bilateral.events.lexicon import Lexicon, TriggerEntry
from bilateral.events.material import coordinated_parties
from bilateral.events.measure_pronouns import pronoun_measure
from bilateral.events.roles import object_of, passive_subject_of, prep_objects, shared_object

_PARTICLES = frozenset({"down", "up", "off", "out", "back", "over", "away", "aside", "along"})
"""Adverbs or prepositions right after a verb that complete it as a particle the parser did not tag."""
_NOMINAL = frozenset({"nsubj", "nsubjpass", "dobj", "pobj"})
"""Roles of a noun: a verb in one is a noun the parser misread ("the protests over X prompted questions")."""


def _particle(verb: Token) -> tuple[str | None, bool]:
    """The verb's particle: tagged as such, or the adverb or preposition right after it (or after its pronoun
    object: "sent them back to X") that the parser did not tag so ("stepped down as mediator", "pulled out of the
    talks"); and whether it is only a guess from a preposition with an object of its own, which may as well be the
    verb's plain preposition ("clashed over the islands", "are disagreeing over X's rights")."""
    tagged = next((c.lower_ for c in verb.children if c.dep_ == "prt"), None)
    if tagged is not None:
        return tagged, False
    # a pronoun object comes before the particle ("sent them back to X", "turned it down"): the word after it
    at = verb.i + 2 if verb.i + 1 < len(verb.doc) and verb.doc[verb.i + 1].dep_ == "dobj" \
        and verb.doc[verb.i + 1].pos_ == "PRON" else verb.i + 1
    guessed = next((c for c in verb.children if c.dep_ in ("advmod", "prep") and c.i == at
                    and c.lower_ in _PARTICLES), None)
    if guessed is None:
        return None, False
    return guessed.lower_, guessed.dep_ == "prep" and any(c.dep_ == "pobj" for c in guessed.children)


def particle_objects(verb: Token, entry: TriggerEntry) -> list[Token]:
    """Objects of the entry's prepositions that the parser hung on the verb's particle rather than on the verb:
    "would go along with X" (``with`` under "along"), the phrasal verb's own partner all the same. Only the entry's
    own particle carries them: "went along the border with X" has no such particle."""
    if entry.particle is None or not entry.preps:
        return []
    return [o for c in verb.children if c.dep_ in ("prt", "advmod") and c.lower_ == entry.particle
            for o in prep_objects(c, entry.preps)]


def _object_nouns(verb: Token, relative_pronouns: frozenset[str]) -> list[Token]:
    """Candidate light-verb objects: direct object (and conjuncts), passive subject, "into talks", what a
    recipient is given ("provided Y with aid", "Y was threatened with sanctions"), what the object is driven from
    (a bare noun: "forced Y from office"), what the object is named as ("designated Y as a terrorist group") and
    what it is held ("held Y responsible"); a pronoun object stands for the measure its first predicate laid ("hit
    Y with a levy before delaying it", ``measure_pronouns``)."""
    out: list[Token] = []
    dobj = object_of(verb, relative_pronouns)
    if dobj is not None:
        out.append(dobj)
        if dobj.pos_ == "PRON" and (measure := pronoun_measure(verb, dobj)) is not None:
            out.append(measure)
        out.extend(c for c in dobj.children if c.dep_ == "conj")
        # a double object the parser tags as two direct objects ("pay Y $5 million"): the later one is what is
        # given, the earlier one (kept as the object, hence the target) who gets it
        out.extend(c for c in verb.children if c.dep_ == "dobj" and c.i > dobj.i)
    subj = passive_subject_of(verb, relative_pronouns)
    if subj is not None:
        out.append(subj)
    # a phrase put before the verb is a circumstance, not the verb's object: "with the added duty, bills would
    # increase" names no duty increased, "retaliated with tariffs" does
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.i > verb.i and prep.lower_ in ("into", "in", "on", "with", "as"):
            out.extend(c for c in prep.children if c.dep_ == "pobj")
        elif prep.dep_ == "prep" and prep.i > verb.i and prep.lower_ == "from":
            # a bare noun the object is driven from ("forced Y from office", "from power"); one with a determiner
            # is a source or a place ("sought support from another meeting"), no part of the verb's sense
            out.extend(c for c in prep.children if c.dep_ == "pobj" and not any(
                d.dep_ in ("det", "poss") for d in c.children))
    # what the object is held or made ("held Y responsible", "Y is held incommunicado", which the parser may tag a
    # noun): an adjective complement completes the verb as a light verb's object noun does, and the direct object
    # stays the target
    out.extend(c for c in verb.children if c.dep_ == "oprd" or (c.dep_ in ("ccomp", "xcomp") and c.pos_ == "ADJ"))
    # how the act is done ("reacted angrily", "will react positively", "intervened militarily"): a manner adverb
    # tells the sense as a light verb's object does; only entries that name it take it, so the verb's plain
    # sense is untouched
    out.extend(c for c in verb.children if c.dep_ == "advmod" and c.tag_ == "RB" and c.lower_.endswith("ly"))
    return out


def qualifiers(noun: Token) -> list[str]:
    """Words qualifying an event noun and what it measures: "military" in "military aid", "$5m in
    humanitarian aid", "a cut in military aid"."""
    words = [c.lower_ for c in noun.children if c.dep_ in ("amod", "compound", "nmod")]
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ in ("of", "in"):
            for pobj in prep.children:
                if pobj.dep_ == "pobj":
                    words.extend(c.lower_ for c in pobj.children if c.dep_ in ("amod", "compound", "nmod"))
    return words


UNDOING_NOUNS = frozenset({"lifting", "easing", "suspension", "removal", "repeal", "waiver", "pause", "delay",
                      "postponement", "relaxation", "rollback", "cancellation", "end", "withdrawal", "halt",
                      "relief"})
"""Nouns that undo what their "of" object or their compound names: a verb whose object is "the lifting of
sanctions" or "sanctions relief" does not act with the sanctions ("announced the lifting of sanctions", "extended
sanctions relief" ease them; they are not "announced sanctions", "extended sanctions"). Their "in" and "from"
phrases name it too ("a pause in the tariffs on Y", "relief from sanctions", events/nominal.py)."""


def _noun_lemmas(noun: Token, rules: FrameRules) -> set[str]:
    """The noun, its compounds, and what it measures ("part of an aid programme", "$5m in military aid"), with the
    conjuncts of its "of" object ("transfers of equipment and munitions") and what a container among them holds
    (``_contents``: "hundreds of crates of ammunition", "containers that can hold shells")."""
    lemmas = {noun.lemma_.lower(), noun.lower_}
    if noun.lemma_.lower() in UNDOING_NOUNS:
        # "announced the lifting of sanctions", "extended a tariff pause": what is undone is not what the verb does
        return lemmas | {c.lemma_.lower() for c in noun.children if c.dep_ == "amod"}
    lemmas.update(c.lemma_.lower() for c in noun.children if c.dep_ in ("compound", "amod", "nmod"))
    measured = noun.like_num or noun.tag_ in ("CD", "$") or noun.ent_type_ == "MONEY"
    for prep in noun.children:
        if prep.dep_ == "prep" and (prep.lower_ == "of" or (prep.lower_ == "in" and measured)):
            for pobj in prep.children:
                if pobj.dep_ == "pobj":
                    lemmas.add(pobj.lemma_.lower())
                    lemmas.update(c.lemma_.lower() for c in pobj.children if c.dep_ in ("compound", "nmod"))
                    lemmas.update(c.lemma_.lower() for c in pobj.conjuncts)  # "of equipment and munitions"
                    lemmas.update(_contents(pobj, rules))  # "hundreds of crates of ammunition"
    lemmas.update(_contents(noun, rules))
    return lemmas


def _named_words(noun: Token) -> set[str]:
    """A noun's lemma and its compounds', with those of its "of" object for a measure ("a total of 5 million
    shells")."""
    words = {noun.lemma_.lower()} | {c.lemma_.lower() for c in noun.children if c.dep_ in ("compound", "nmod")}
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            words.update(w for pobj in prep.children if pobj.dep_ == "pobj" for w in _named_words(pobj))
    return words


def _contents(noun: Token, rules: FrameRules) -> set[str]:
    """What a container noun (``container_nouns``) holds: its "of" object ("crates of ammunition") or the object of
    a holding clause on it (``holding_verbs``: "containers that can hold shells", "crates containing rifles"); the
    goods moved in it are what a verb of moving it moves. Nothing for any other noun ("trucks that can carry
    rockets" are the trucks)."""
    if noun.lemma_.lower() not in rules.container_nouns:
        return set()
    words: set[str] = set()
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            words.update(w for pobj in child.children if pobj.dep_ == "pobj" for w in _named_words(pobj))
        elif child.dep_ in ("acl", "relcl") and child.lemma_.lower() in rules.holding_verbs:
            words.update(w for obj in child.children if obj.dep_ == "dobj" for w in _named_words(obj))
    return words


def _private(noun: Token, private_ties: frozenset[str]) -> bool:
    """Ties between people, not parties: "family ties", "public relations" (frames.json ``private_ties``)."""
    return any(f"{c.lemma_.lower()} {noun.lemma_.lower()}" in private_ties
               for c in noun.children if c.dep_ in ("amod", "compound"))


def prep_words(token: Token) -> set[str]:
    """The prepositions (and dative or agent markers) attached to ``token``."""
    return {c.lower_ for c in token.children if c.dep_ in ("prep", "dative", "agent")}


Match = tuple[TriggerEntry, Token | None]


def match_senses(verb: Token, lexicon: Lexicon) -> tuple[Match | None, Match | None]:
    """The most specific lexicon entry for a verb and the object noun it matched (None for a bare entry), among its
    typed senses and among its statement senses (CAMEO 01x, which PLOVER leaves untyped): (typed, statement).

    Every verb frame asks for both, and most of the work is shared: the particle, the object nouns a light verb
    may take and the prepositions around them. Each is worked out once, and only when an entry needs it (most
    entries name no object and no reciprocal sense)."""
    entries = lexicon.lookup("verb", verb.lemma_.lower())
    if not entries:
        return None, None
    particle, guessed = _particle(verb)
    context = _VerbContext(verb, lexicon)
    senses = ([e for e in entries if not is_statement(e.cameo)], [e for e in entries if is_statement(e.cameo)])
    typed, said = (_best(_with_particle(kind, particle, guessed and verb.dep_ not in _NOMINAL), context)
                   for kind in senses)
    if typed is None and senses[0] and (shared := shared_object(verb)) is not None:
        # "imposed and later lifted sanctions on Y": a verb no typed sense fits alone takes the object it shares
        # with the verb a conjunction joins it to; one that fits alone keeps its own sense ("killing, raping and
        # kidnapping civilians": the killing stays a killing)
        context.shared = shared
        typed = _best(_with_particle(senses[0], particle, guessed and verb.dep_ not in _NOMINAL), context)
    return typed, said


def _with_particle(entries: list[TriggerEntry], particle: str | None, guessed: bool) -> list[TriggerEntry]:
    """The entries of the verb's particle; a guessed particle that no entry has is the verb's own preposition
    ("clashed over X"), so the entries without one."""
    if guessed and not any(e.particle == particle for e in entries):
        particle = None
    return [e for e in entries if e.particle == particle]


class _VerbContext:
    """What entries of one verb are scored against, each part worked out on first use."""

    def __init__(self, verb: Token, lexicon: Lexicon) -> None:
        self.verb, self.lexicon = verb, lexicon
        self._objects: list[tuple[Token, set[str]]] | None = None
        self._verb_preps: set[str] | None = None
        self._together: bool | None = None
        self._obj_preps: dict[int, set[str]] = {}
        self.shared: Token | None = None
        """The object the verb shares with a later coordinated verb, when its own words fit no sense."""

    def objects(self) -> list[tuple[Token, set[str]]]:
        if self._objects is None:
            rules = self.lexicon.rules
            self._objects = [(o, _noun_lemmas(o, rules)) for o in _object_nouns(self.verb, rules.relative_pronouns)
                             if not _private(o, rules.private_ties)]
        if self.shared is not None:
            return [*self._objects, (self.shared, _noun_lemmas(self.shared, self.lexicon.rules))]
        return self._objects

    def verb_preps(self) -> set[str]:
        if self._verb_preps is None:
            self._verb_preps = prep_words(self.verb)
        return self._verb_preps

    def obj_preps(self, obj: Token) -> set[str]:
        found = self._obj_preps.get(obj.i)
        if found is None:
            found = self._obj_preps[obj.i] = prep_words(obj)
        return found

    def together(self) -> bool:
        """"Russia and China held exercises": parties named together take the reciprocal sense."""
        if self._together is None:
            self._together = coordinated_parties(self.verb)
        return self._together


def _best(entries: list[TriggerEntry], context: _VerbContext) -> Match | None:
    best: tuple[int, TriggerEntry, Token | None] | None = None
    for entry in entries:
        obj: Token | None = None
        if entry.objects:
            obj = next((o for o, lemmas in context.objects() if lemmas & entry.objects), None)
            if obj is None:
                continue
        score = entry.specificity * 10 + ("weak" not in entry.flags)
        if entry.preps and entry.preps & (context.verb_preps() | context.obj_preps(obj) if obj is not None
                                          else context.verb_preps()):
            score += 2
        elif "recip" in entry.flags and context.together():
            score += 2
        if best is None or score > best[0]:
            best = (score, entry, obj)
    return None if best is None else (best[1], best[2])
