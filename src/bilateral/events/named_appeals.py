"""An appeal verb that names both the one it asks and the act it asks for is sure of its political sense.

"Lobby" is a weak trigger (triggers.tsv): told alone ("farmers lobbied for years to keep the duties", "miners
lobbied hard against the law") it is mostly a group pressing its own government, whom the sentence does not name,
and a target found elsewhere (the story's counterpart) would be a guess. But "X lobbied Y to drop the duties",
"met officials in Quito to lobby Ecuador to scrap its quota" names the one asked as the verb's direct object
and the asked act as its "to" clause: the request construction (CAMEO 02x) itself, as sure as "urged Y to ...".
Its weak factor put such appeals under the confidence floor wherever the verb stood in a purpose clause (whose
subject is controlled, a lower confidence). ``asks_named_actor`` lets ``frames`` skip the weak factor for them.

Not fired: no direct object that names an actor ("lobbied for the bill", "lobbied the ministry's rules"), no
asked act ("lobbied Chile on the duties"), a code that is no request (a weak "insist" is a demand, 10x).
"""

from __future__ import annotations

from spacy.tokens import Token

from bilateral.events.arguments import MentionIndex
from bilateral.events.lexicon import TriggerEntry

_REQUEST_ROOT = "02"
"""The CAMEO root of requests and appeals."""
_CLAUSE_DEPS = frozenset({"xcomp", "advcl", "ccomp"})
"""How the parser hangs the asked act ("to drop the duties") on the appeal verb."""


def _infinitive(clause: Token) -> bool:
    """Whether a clause is a "to" infinitive ("to abandon the tariffs")."""
    return clause.pos_ in ("VERB", "AUX") and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)


def asks_named_actor(verb: Token, entry: TriggerEntry, index: MentionIndex) -> bool:
    """"lobbied the EU to abandon the tariffs": a request verb whose direct object names an actor and that carries
    the asked act as a "to" infinitive after that object."""
    if not entry.cameo.startswith(_REQUEST_ROOT):
        return False
    dobj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if dobj is None or not index.actors(dobj):
        return False
    return any(c.dep_ in _CLAUSE_DEPS and c.i > dobj.i and _infinitive(c) for c in verb.children)
