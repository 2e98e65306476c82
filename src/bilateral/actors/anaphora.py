"""Subject pronouns that continue the previous sentence: "Kenyan officials met ... on Monday. They pledged ...".

A small actor history per document: the actors a sentence names as the subject of its main clause (with their
conjuncts) are remembered, and a subject pronoun of the next sentence that no dictionary codes points back to
them when number and kind agree: "he"/"she" to one person (a person the dictionaries know, or one named by a
singular title: "Chad's ambassador to Sudan, <name>, accuses ..."), "they" to one plural group ("officials",
"rebels", "the Taliban"). "It" is left alone (in news it stands for a deal, a ship or a plan as often as for a state)
except as the subject of a speech verb ("It later claimed ...", "“...,” it said"): a deal or a ship does not speak, so
there it is the one body the sentence before has as its subject, a state, an armed group or an organisation whose
words are singular ("the rebel group", "the ministry", not "officials" or "the Taliban"). A pronoun after an actor
of its own sentence ("Sanchez said he would urge") belongs to that sentence. Only the sentence just before counts:
an actor named two sentences back is no longer safe to assume. A sentence the parser ends inside one sentence of the
splitter ("... in a post on platform X. He added ...") is the sentence before for a pronoun opening the next one.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import replace

from spacy.tokens import Doc, Token

from bilateral.nlp import doc_tokens
from bilateral.models import Actor, Mention

PRONOUN_CONFIDENCE = 0.8
"""A pronoun's actor is inferred, not named: its mention is a little less certain than a name."""
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
_SINGULAR_KINDS = {"he": frozenset({"person"}), "she": frozenset({"person"})}
_PLURAL_KINDS = frozenset({"armed_group", "group", "organization", "state"})
_SPEAKING_KINDS = frozenset({"armed_group", "organization", "igo", "ngo", "company", "state"})
"""Kinds of actor that "it" may stand for as a speaker: a body, never a person or a group of people."""
_OBJECTS = {"him": "he", "her": "she"}
_GENDER = {"he": "m", "him": "m", "she": "f", "her": "f"}
"""Object pronouns of one person, and the subject pronoun each agrees as."""
_OPENING_POSSESSIVES = {"his": "he", "her": "she", "their": "they"}
"""Possessive pronouns that may open a sentence as its subject's possessor ("His trial began"), and the subject
pronoun each agrees as."""
_OBJECT_DEPS = frozenset({"dobj", "pobj", "dative"})
_PERSON_PRONOUNS = frozenset({"he", "she", "him", "his", "her", "i", "we", "me", "my", "our"})
"""Pronouns for a person before an object pronoun: someone this sentence already speaks of, who may be meant."""
_QUOTE_MARKS = frozenset({'"', "“", "”", "'", "‘", "’"})
OPENING_PRONOUN = re.compile(r"^[\"“‘']?(?:He|She|They|His|Her|Their)\b")
"""A sentence that opens with a subject or possessive pronoun ("His trial began"): the pre-filter keeps it when the
sentence before names an actor."""
SUBJECT_PRONOUN = re.compile(r"\b(?:[Hh]e|[Ss]he|[Tt]hey|him|her)\b")
"""A sentence that may hold a subject pronoun (or "him"/"her"): the pre-filter parses the sentence before, whose
subjects are the pronoun's antecedents, even when that sentence holds no trigger."""


def _plural_text(actor: Actor) -> bool:
    """Whether an actor's words are plural ("Kenyan officials", "rebels", "the Taliban")."""
    last = actor.text.split()[-1].lower() if actor.text.split() else ""
    return last.endswith("s") and not last.endswith("ss") or last in ("taliban", "police", "military", "people")


def _one_person(tok: Token, mention: Mention, person_nouns: frozenset[str]) -> bool:
    """Whether a subject that a state's code stands for names one person: a singular title ("the ambassador",
    "Kenya's foreign minister": a noun of ``person_nouns``) or a person's name; "officials" or "the government" do
    not."""
    return tok.tag_ in ("NN", "NNP") and (mention.resolved_by == "title" or tok.ent_type_ == "PERSON"
                                          or tok.lemma_.lower() in person_nouns)


def _clause_subjects(verb: Token, by_token: dict[int, Mention], person_nouns: frozenset[str]) -> list[Actor]:
    """The actors named as the subject of ``verb``, with their conjuncts, in text order (see ``main_subjects``)."""
    found: list[Actor] = []
    for child in verb.children:
        if child.dep_ not in _SUBJECT_DEPS:
            continue
        for tok in (child, *child.conjuncts):
            own = by_token.get(tok.i)
            # a modifier before it ("Kenyan officials"), never an actor of a clause after it ("Lambert, the
            # envoy for North Korea, ...")
            mention = own or next((by_token[t.i] for t in tok.subtree if t.i in by_token and t.i < tok.i
                                   and t.dep_ in ("compound", "amod", "poss")), None)
            if mention is None:
                continue
            actor = mention.actor
            if actor.kind != "person" and own is not None and _one_person(tok, mention, person_nouns):
                actor = replace(actor, kind="person")
            if actor not in found:
                found.append(actor)
    return found


def main_subjects(sent: Doc, mentions: Sequence[Mention],
                  person_nouns: frozenset[str] = frozenset()) -> tuple[Actor, ...]:
    """The actors named as the subject of the sentence's main clause, with their conjuncts, in text order.

    A subject that names one person by a title is returned as a person ("he"/"she" may point back to it)."""
    by_token = {i: m for m in mentions for i in range(m.start, m.end)}
    found: list[Actor] = []
    for root in (t for t in doc_tokens(sent) if t.dep_ == "ROOT"):
        found += [a for a in _clause_subjects(root, by_token, person_nouns) if a not in found]
    return tuple(found)


def _rival(word: Token, pronoun: Token, person_nouns: frozenset[str]) -> bool:
    """Whether a word between a subject and a pronoun could be the pronoun's antecedent too: a plural noun for
    "they" ("officials met reporters, but they ..."), a person for "he"/"she"."""
    if pronoun.lower_ == "they":
        return word.tag_ in ("NNS", "NNPS")
    return word.ent_type_ == "PERSON" or (word.pos_ == "NOUN" and word.lemma_.lower() in person_nouns)


def clause_pronoun_mentions(sent: Doc, mentions: Sequence[Mention],
                            person_nouns: frozenset[str] = frozenset()) -> list[Mention]:
    """Mentions for subject pronouns of a clause coordinated with an earlier one of the same sentence ("Kenyan
    officials met reporters, but they later accused Uganda"): the pronoun is that clause's subject, when number
    and kind agree as with the previous sentence's subjects (one plural group for "they", one person for
    "he"/"she"; "it" is left alone). Any other actor named between the subject and the pronoun, or a word that could
    be its antecedent (a plural noun for "they", a person for "he"/"she": "officials met reporters, but they ...")
    makes it ambiguous and leaves it unresolved."""
    by_token = {i: m for m in mentions for i in range(m.start, m.end)}
    out: list[Mention] = []
    for tok in doc_tokens(sent):
        if tok.dep_ not in _SUBJECT_DEPS or tok.pos_ != "PRON" or tok.i in by_token:
            continue
        verb = tok.head
        if verb.dep_ != "conj" or verb.head.i > tok.i:
            continue
        subjects = [c for c in verb.head.children if c.dep_ in _SUBJECT_DEPS and c.i < tok.i]
        actor = _antecedent(tok.lower_, _clause_subjects(verb.head, by_token, person_nouns))
        if actor is None or not subjects:
            continue
        last = max(t.i for s in subjects for t in s.subtree)
        if any(m.start > last and m.end <= tok.i for m in mentions) or any(
                _rival(t, tok, person_nouns) for t in sent[last + 1:tok.i]):
            continue
        out.append(Mention(replace(actor, text=tok.text), tok.i, tok.i + 1, tok.idx, tok.idx + len(tok),
                           PRONOUN_CONFIDENCE, "pronoun"))
    return out


def _gender_clash(low: str, actor: Actor) -> bool:
    """Whether a pronoun and an actor a pronoun named before disagree in gender ("She ... . He ..." is not her)."""
    said = _GENDER.get(actor.text.lower())
    return said is not None and _GENDER.get(low, said) != said


def lone_person(mentions: Sequence[Mention]) -> Actor | None:
    """The one person a sentence names (by a name, a title or a pronoun), if it names exactly one: after a sentence
    whose subject is no person ("Police charged him with fraud."), "he" is that one ("He denied it")."""
    people = {(m.actor.code, m.actor.person or m.actor.name): m.actor for m in mentions if m.actor.kind == "person"}
    return next(iter(people.values())) if len(people) == 1 else None


def _agreeing(low: str, previous: Sequence[Actor], lone: Actor | None) -> Actor | None:
    """The antecedent of pronoun ``low``: the previous sentence's one agreeing subject, else for "he"/"she" the one
    person it names when none of its subjects is a person (``lone_person``); never one of the other gender."""
    actor = _antecedent(low, previous)
    if actor is None and low in _SINGULAR_KINDS and lone is not None and not any(a.kind == "person"
                                                                                 for a in previous):
        actor = lone
    return None if actor is None or _gender_clash(low, actor) else actor


def _antecedent(low: str, previous: Sequence[Actor]) -> Actor | None:
    """The one actor of ``previous`` that the pronoun ``low`` (lower case) agrees with, if exactly one."""
    if low == "they":
        if len(previous) == 1 and (_plural_text(previous[0]) and previous[0].kind in _PLURAL_KINDS):
            return previous[0]
        return None
    kinds = _SINGULAR_KINDS.get(low)
    if kinds is None or len(previous) != 1 or previous[0].kind not in kinds:
        return None
    return previous[0]


def _speaking_body(tok: Token, previous: Sequence[Actor], speech_verbs: frozenset[str]) -> Actor | None:
    """The antecedent of "it" as the subject of a speech verb: the previous sentence's one subject when it is a body
    named in singular words (see the module); None for any other "it"."""
    if tok.lower_ != "it" or tok.head.lemma_.lower() not in speech_verbs or len(previous) != 1:
        return None
    body = previous[0]
    return body if body.kind in _SPEAKING_KINDS and not _plural_text(body) else None


def nearer_subject(mentions: list[Mention], previous: Sequence[Actor]) -> list[Mention]:
    """``mentions`` with an opening "he"/"she" that the document context gave to the person it named last
    ("Trump ... Lai, a publisher, stands accused of ... He rejects the charges") given instead to the one person
    the sentence before has as its subject: the subject of the sentence just before is the nearer antecedent."""
    if len(previous) != 1 or previous[0].kind != "person":
        return mentions
    return [replace(m, actor=replace(previous[0], text=m.actor.text), confidence=PRONOUN_CONFIDENCE,
                    resolved_by="pronoun")
            if m.resolved_by == "coreference" and m.actor.text.lower() in _SINGULAR_KINDS and m.end - m.start == 1
            and m.actor.code != previous[0].code else m
            for m in mentions]


def pronoun_mentions(sent: Doc, mentions: Sequence[Mention], previous: Sequence[Actor],
                     person_nouns: frozenset[str] = frozenset(), lone: Actor | None = None,
                     speech_verbs: frozenset[str] = frozenset()) -> list[Mention]:
    """Mentions for the subject pronouns of ``sent`` that point back to the previous sentence's subjects, for a
    possessive pronoun opening the sentence as its subject's possessor ("His trial began": ``_opening_possessive``)
    and for its object pronouns "him"/"her" that do (``_object_pronouns``); "it" only as the subject of one of
    ``speech_verbs`` (``_speaking_body``).

    Only one antecedent is taken: "they" after two coordinated subjects stays unresolved (mentions never overlap,
    and one token cannot stand for two actors).
    """
    if not previous and lone is None:
        return []
    first = min((m.start for m in mentions), default=len(sent))
    out: list[Mention] = []
    for tok in sent[:first]:  # "Sanchez said he would urge ...": an actor named before it is the pronoun's own
        low = _opening_possessive(tok)
        if low is None and (tok.dep_ not in _SUBJECT_DEPS or tok.pos_ != "PRON"):
            continue
        actor = _agreeing(low or tok.lower_, previous, lone) or _speaking_body(tok, previous, speech_verbs)
        if actor is not None:
            out.append(Mention(replace(actor, text=tok.text), tok.i, tok.i + 1, tok.idx, tok.idx + len(tok),
                               PRONOUN_CONFIDENCE, "pronoun"))
    return out + _object_pronouns(sent, mentions, previous, person_nouns, lone)


def _opening_possessive(tok: Token) -> str | None:
    """The subject pronoun that a possessive pronoun agrees as when it opens the sentence as the possessor of its
    subject ("His trial began", "Their talks resumed"); None for any other word, and for a possessive later in the
    sentence or of an object ("He met their envoy"): there a nearer antecedent may be meant."""
    low = _OPENING_POSSESSIVES.get(tok.lower_)
    if low is None or tok.dep_ != "poss" or tok.head.dep_ not in _SUBJECT_DEPS:
        return None
    opening = next((t for t in tok.doc if not t.is_punct), None)
    return low if opening is not None and opening.i == tok.i else None


def joined_sentence_pronouns(sent: Doc, mentions: Sequence[Mention], person_nouns: frozenset[str] = frozenset(),
                             speech_verbs: frozenset[str] = frozenset(),
                             quoted: Collection[int] = ()) -> list[Mention]:
    """Mentions for a subject pronoun that opens a sentence the parser found inside one sentence of the splitter
    ("... in a post on platform X. He added ...": "X." stays inside, the parser ends a sentence there): it points back
    to the main subjects of the parser's sentence before it, agreeing as a pronoun opening the next sentence does
    (``_agreeing``, ``_speaking_body``). Not a pronoun after an actor of its own parser sentence, nor one inside a
    quotation (``quoted``): the quotation's speaker may mean anyone."""
    tokens = doc_tokens(sent)
    if not any(t.is_sent_start for t in tokens[1:]):
        return []
    by_token = {i: m for m in mentions for i in range(m.start, m.end)}
    parts = list(sent.sents)
    out: list[Mention] = []
    for before, part in zip(parts, parts[1:], strict=False):
        first = min((m.start for m in mentions if part.start <= m.start < part.end), default=part.end)
        for tok in tokens[part.start:first]:
            if tok.dep_ not in _SUBJECT_DEPS or tok.pos_ != "PRON" or tok.i in by_token or tok.i in quoted:
                continue
            previous = _clause_subjects(before.root, by_token, person_nouns)
            actor = _agreeing(tok.lower_, previous, None) or _speaking_body(tok, previous, speech_verbs)
            if actor is not None:
                out.append(Mention(replace(actor, text=tok.text), tok.i, tok.i + 1, tok.idx, tok.idx + len(tok),
                                   PRONOUN_CONFIDENCE, "pronoun"))
    return out


def _object_pronouns(sent: Doc, mentions: Sequence[Mention], previous: Sequence[Actor],
                     person_nouns: frozenset[str], lone: Actor | None) -> list[Mention]:
    """Mentions for "him"/"her" as an object ("Police arrested him on Tuesday") that point back to the one person
    the previous sentence has as its subject. Not when a person (a mention, a name or a person noun) comes before
    it in the sentence ("Police told Ruto's aide they would charge him": the nearer one may be meant), nor after a
    quotation mark (in a quotation it may be anyone the speaker means), nor "her" as a possessive ("her book")."""
    persons = {i for m in mentions if m.actor.kind == "person" for i in range(m.start, m.end)}
    out: list[Mention] = []
    for tok in doc_tokens(sent):
        if tok.lower_ not in _OBJECTS or tok.dep_ not in _OBJECT_DEPS or tok.tag_ != "PRP":
            continue
        before = sent[:tok.i]
        if any(t.i in persons or t.text in _QUOTE_MARKS or t.lower_ in _PERSON_PRONOUNS
               or _rival(t, tok, person_nouns) for t in before):
            break
        actor = _agreeing(_OBJECTS[tok.lower_], previous, lone)
        if actor is not None:
            out.append(Mention(replace(actor, text=tok.text), tok.i, tok.i + 1, tok.idx, tok.idx + len(tok),
                               PRONOUN_CONFIDENCE, "pronoun"))
    return out


FIRST_PERSON = re.compile(r"\b(?:[Ww]e|I)\b")
"""A first-person subject: inside a quote it is the quote's speaker ("“We will retaliate,” he said")."""
_FIRST = frozenset({"we", "i"})
_OPENING_QUOTES = "“\""


def opens_quotation(text: str, i: int) -> bool:
    """Whether the quotation mark at ``i`` opens a quotation: a curly opening mark, or a straight one that starts
    a word ("told her, "We ...") rather than ends one ("... go," he said), or one after a space that ends the
    sentence ("... if he were reelected. "": the quotation goes on in the next sentence)."""
    if text[i] != '"':
        return text[i] == "“"
    return (i == 0 or text[i - 1].isspace() or text[i - 1] in "([") and (
        text[i + 1:i + 2].strip() != "" or not text[i + 1:].strip())


def open_after(text: str, was_open: bool) -> bool:
    """Whether a quotation is open at the end of ``text``, given whether one was open at its start: its last double
    quotation mark decides, by the place it stands in (``opens_quotation``), curly or straight alike. Marks are read
    by place, not counted: a mark the story left out (a quotation never closed) or of the other kind (“... 1,000"
    fighters) misleads the sentences up to the next mark, never the rest of the story, and a sentence of reporting
    after it is no quotation."""
    last = max(text.rfind('"'), text.rfind("“"), text.rfind("”"))
    return was_open if last < 0 else opens_quotation(text, last)


def quote_flags(sentences: Sequence[str]) -> list[bool]:
    """For each sentence of a document, whether it lies inside a quotation: it opens with a quotation mark or a
    quotation opened before it is still open (``open_after``)."""
    flags: list[bool] = []
    is_open = False
    for text in sentences:
        flags.append(is_open or text.lstrip()[:1] in _OPENING_QUOTES)
        is_open = open_after(text, is_open)
    return flags


def attributed_speaker(sent: Doc, mentions: Sequence[Mention], speech_verbs: frozenset[str],
                       quoted: Collection[int] = (), resuming: frozenset[str] = frozenset()) -> Actor | None:
    """The actor a sentence gives a quotation to: the named subject of its speech verb ("..., Kalin said"). A
    speech verb among the ``quoted`` tokens is what the quotation tells ("“... that Trump said he would help”"),
    not who says it. A ``resuming`` verb ("He continued, “...”") attributes only the quotation that is its
    clausal complement: outside quotation marks it tells no speech ("continued to fight")."""
    by_token = {i: m for m in mentions for i in range(m.start, m.end)}
    for tok in doc_tokens(sent):
        if tok.i in quoted or (tok.lemma_.lower() not in speech_verbs and not (
                tok.lemma_.lower() in resuming and any(c.dep_ == "ccomp" and c.i in quoted for c in tok.children))):
            continue
        # "X dodged a question but said, “...”": a coordinated speech verb speaks with its first verb's subject
        for child in (*tok.children, *(tok.head.children if tok.dep_ == "conj" else ())):
            if child.dep_ in _SUBJECT_DEPS:
                mention = by_token.get(child.i) or next((by_token[t.i] for t in child.subtree if t.i in by_token), None)
                if mention is not None:
                    return mention.actor
    return None


def first_person_mentions(sent: Doc, mentions: Sequence[Mention], speaker: Actor) -> list[Mention]:
    """Mentions of the quote's speaker for the first-person subjects of a sentence inside the quotation, where the
    sentence attributes nothing itself ("“... If they sanction us, we will retaliate.”" after "..., he said")."""
    taken = {i for m in mentions for i in range(m.start, m.end)}
    return [Mention(replace(speaker, text=tok.text), tok.i, tok.i + 1, tok.idx, tok.idx + len(tok),
                    PRONOUN_CONFIDENCE, "quote")
            for tok in doc_tokens(sent) if tok.dep_ in _SUBJECT_DEPS and tok.lower_ in _FIRST and tok.i not in taken]
