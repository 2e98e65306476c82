"""A phrasal verb's particle after its pronoun object ("sent them back to X"), which the parser tags an adverb when
a preposition follows it, completes the verb as a particle right after it does (matching._particle); "send back"
people is expelling them (174, lexicon). Must-not cases: no particle ("sent them a letter"), a thing sent back
("sent the bill back to the president") and a reply sent back to a person code no expulsion. Sentences written for
these tests."""

from __future__ import annotations

from spacy.language import Language

from tests.marking import coded_triples

_ACTORS = {"Spain": "ESPGOV", "migrants": "MARREF", "president": "ESPGOV", "Parliament": "ESPLEG",
           "Sudan's leader": "SDNGOV", "The Kenyan president": "KENGOV"}


def test_pronoun_particles_sending_them_back_expels_them(nlp: Language) -> None:
    got = coded_triples(nlp, "Spain cleared out the migrants held at its camp in Ceuta, sending them back to "
                        "Morocco.", _ACTORS, "17")
    assert got == {("ESPGOV", "MARREF", "174")}


def test_pronoun_particles_particle_before_the_object(nlp: Language) -> None:
    got = coded_triples(nlp, "Spain sent back 300 migrants last week.", _ACTORS, "17")
    assert got == {("ESPGOV", "MARREF", "174")}


def test_pronoun_particles_no_particle_no_expulsion(nlp: Language) -> None:
    assert not coded_triples(nlp, "Spain sent them a letter about the migrants.", _ACTORS, "17")


def test_pronoun_particles_a_thing_sent_back_is_no_expulsion(nlp: Language) -> None:
    assert not coded_triples(nlp, "Parliament sent the bill back to the president.", _ACTORS, "17")


def test_pronoun_particles_a_reply_sent_back_is_no_expulsion(nlp: Language) -> None:
    assert not coded_triples(nlp, "The Kenyan president wrote to Sudan's leader and sent him back a reply.",
                             _ACTORS, "17")
