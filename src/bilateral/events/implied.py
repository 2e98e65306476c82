"""The unnamed agent of a state's act told in the passive: "Y was arrested in X", "Y has been detained in X".

Only a state arrests, detains, jails or sentences people, so when news tells such an act in the passive without
a ``by`` agent, the agent is the state where it happened, when the clause names the place ("were detained in
Ethiopia", "interned in camps in Kivu"). Not the country of those it befell: foreigners and minorities are
the ones so often arrested ("a Dutch reporter who was detained", in another country's capital). The acts and
the sector acting for the state (police, judiciary, government) are data (``state_acts`` in ``frames.json``);
acts that others commit too (killing, holding, releasing hostages) are not in that list. The agent is an
inference, so its mention's confidence is the patient's times ``IMPLIED``.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from bilateral.events.arguments import MentionIndex, agent_of, is_passive
from bilateral.events.frames import Frame
from bilateral.events.lexicon import FrameRules
from bilateral.models import Actor, Mention

IMPLIED = 0.9
"""Factor for a source inferred from the kind of act rather than named."""
_PLACE_PREPS = frozenset({"in", "at", "inside"})


def _place_country(verb: Token, index: MentionIndex) -> str | None:
    """The country of a place the act happened in: "detained in Ethiopia", "arrested at the border in Kenya"."""
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in _PLACE_PREPS:
            for tok in prep.subtree:
                mention = index.at(tok)
                if mention is not None and mention.actor.country and mention.actor.kind == "state" \
                        and mention.actor.sector is None:
                    return mention.actor.country
    return None


def implied_agents(frames: Iterable[Frame], index: MentionIndex, rules: FrameRules) -> None:
    """Give each passive state act without a named agent the state as its source (in place)."""
    for frame in frames:
        verb = frame.trigger
        sector = rules.state_acts.get(verb.lemma_.lower())
        if sector is None or frame.sources or not frame.targets or frame.absorbed \
                or not is_passive(verb) or agent_of(verb) is not None:
            continue
        country = _place_country(verb, index)
        if country is None:
            continue
        actor = Actor(text=verb.text, name=country, code=country + sector, country=country, sector=sector,
                      kind="state")
        patient = frame.targets[0]
        frame.sources.append(Mention(actor, verb.i, verb.i + 1, verb.idx, verb.idx + len(verb),
                                     IMPLIED * patient.confidence, "implied"))
