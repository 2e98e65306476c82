"""Group nouns of several words read whole: "media outlets", "media advocates".

The domestic group pass (``agents.domestic_groups``) reads bare group nouns word by word; a word that is a group
noun alone ("media") but is written as part of a longer one ("state media outlets", "media advocates", an NGO)
belongs to that longer noun, and a head that is a group noun only with its words before it ("outlets") is read
with them. Both tests are gated on a set of the last words of the nouns and titles of several words, built once,
so the slower phrase reading (``Resolution.phrase_sector``) runs only where one may end. Beside them, the
complements of a group noun that name no country of their own, so the group still takes the document's: a body's
field ("the Ministry of Public Health") and an unknown part of the country ("in the western Lowaru province").
"""

from __future__ import annotations

from spacy.tokens import Token

from bilateral.actors.state import Resolution


def within_phrase(r: Resolution, tok: Token) -> bool:
    """Whether the compound ``tok`` is a word of a group noun of several words headed by its head ("media" in
    "media advocates", an NGO, and in "state media outlets"): the group is the whole phrase's, never the word's
    alone. A compound the head's phrase leaves out ("student" in "student leaders") is a group of its own, and so
    is one before a generic head ("rebel group", ``generic_heads``), which only decides that head's sector."""
    head = tok.head
    if head.pos_ not in ("NOUN", "PROPN") or head.i < tok.i or head.lower_ in r.kb.sectors.generic_heads \
            or not ends_phrase(r, head):
        return False
    found = r.phrase_sector(head)
    return found is not None and found[0] <= tok.i and found[1] == head.i


_PHRASE_ENDS: dict[int, tuple[object, frozenset[str]]] = {}
"""The last words of the group nouns and titles of several words, by the id of the sector data they were built from
(kept with it, so a new table at a reused id is built anew)."""


def ends_phrase(r: Resolution, tok: Token) -> bool:
    """Whether ``tok`` (its text or lemma) may end a group noun or title of several words ("outlets" in "media
    outlets"): a set lookup that gates the slower phrase reading."""
    sectors = r.kb.sectors
    built = _PHRASE_ENDS.get(id(sectors))
    if built is None or built[0] is not sectors:
        built = _PHRASE_ENDS[id(sectors)] = (sectors, frozenset(
            words[-1] for table in (sectors.nouns, sectors.titles) for words in table if len(words) > 1))
    ends = built[1]
    return tok.lower_ in ends or tok.lemma_.lower() in ends


def names_field(r: Resolution, prep: Token) -> bool:
    """Whether the "of" complement ``prep`` of a state body names only the body's field ("the Directorate of
    Culture and Information", "the Ministry of Public Health": every capitalised word a ``portfolio_words`` one),
    which says nothing of its country, unlike a name ("the government of Tigray"). Checked only on capitalised
    words, so a complement a name might hide in ("the ministry of Smith") is never read as a field."""
    words = r.kb.sectors.portfolio_words
    names = [t for t in prep.subtree if t.pos_ == "PROPN"]
    return bool(names) and all(t.lower_ in words and t.i not in r.hit_at for t in names)


def names_inner_place(r: Resolution, prep: Token) -> bool:
    """Whether the complement ``prep`` of a group noun is an unknown place written with a place noun as its head
    ("security forces in the eastern Nyanza province", "workers from the Kaduna region"): a part of a country that
    names no country of its own, so the group is still the document's country's, as a bare group noun is. Only a
    common place noun (``place_nouns``) whose every capitalised word is a name before it that no pass knows; a
    known place or country ("in Kenya's Nyanza province", "the Indian state of Kerala") and a name as the head
    ("from Kaduna") may name the country and are left to the passes that read names."""
    place = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if place is None or place.pos_ != "NOUN" or place.lower_ not in r.kb.sectors.place_nouns:
        return False
    names = [t for t in place.subtree if t.pos_ == "PROPN"]
    return bool(names) and all(t.head.i == place.i and t.dep_ == "compound" and t.i < place.i
                               and t.i not in r.hit_at for t in names)
