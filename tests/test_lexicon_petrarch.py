"""The PETRARCH-2 verb dictionary converter (tools/convert_cameo_verbs.py), the merge rule (the project's entries
win) and the packaged lexicon with the converted entries. The dictionary snippets are written for these tests
in CAMEO.2.0's format; no model is loaded."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from bilateral.errors import KnowledgeError
from bilateral.events import Lexicon, load_lexicon
from bilateral.events.lexicon import TriggerKey, _root, merge_converted, read_trigger_keys

TOOL = Path(__file__).resolve().parents[1] / "tools" / "convert_cameo_verbs.py"
ROOTS = [f"{n:02}" for n in range(1, 21)]

SNIPPET = """\
# a header comment
####### SYNONYM SETS #######

&FOODSTUFF
+GRAIN
+RICE_
+BABY FOOD

####### VERB PATTERNS #######

---  SHIP   [070]  ---
SHIP
DISPATCH {DISPATCHES DISPATCHED }
SPEED {SPEEDS SPED SPEEDING } [073]
+SEND_OFF
+HAND_OVER_TO
- * &FOODSTUFF                          [073]   # SHIP
- * WEAPONS                             [072]   # SHIP
- * WEAPONS                             [017]   # SHIP
- * BACK (TO +)                         [0874]  # SHIP
- * UP                                  [---]   # SHIP
- * {RELIEF GOODS}                      [073]   # SHIP
- &MILITARY *                           [072]   # SHIP
- * (TO BORDER)                         [154]   # SHIP
- * (INTO EXILE)                        [174]   # DISPATCH
- * (TO +)                              [070]   # SHIP
- * MONEY                               [:071]  # SHIP
- * ENVOY                               [042:043]  # DISPATCH
- * TROOPS                              [154]   # DISPATCH
- * TROOPS                              [190]   # DISPATCH

---  REMARK   [010]  ---
REMARK
- * (AGAINST)                           [111]   # REMARK
- * CONDOLENCES                         [018]   # REMARK

---  DRAW   [---]  ---
DRAW {DREW DRAWN }
- * CONDEMNATION                        [111]   # DRAW

######## TRANSFORMATIONS ##########
~ a (a b ATTACK) SAY = a b 015
"""


@pytest.fixture(scope="module")
def tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("convert_cameo_verbs", TOOL)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def key(lemma: str, particle: str | None = None, objects: tuple[str, ...] = (),
        preps: tuple[str, ...] = ()) -> TriggerKey:
    return TriggerKey("verb", lemma, particle, frozenset(objects), frozenset(preps))


def test_lexicon_petrarch_converter_maps_families_patterns_and_synsets(tool: ModuleType) -> None:
    entries = tool.convert(SNIPPET, roots=ROOTS).entries
    assert entries[key("ship", preps=("to",))] == "070"          # family code; "(TO +)" with it: the target
    assert entries[key("dispatch")] == "070"
    assert entries[key("speed")] == "073"                         # the verb's own code wins over the family's
    assert entries[key("send", "off")] == "070"                   # +SEND_OFF: verb and particle
    assert entries[key("ship", objects=("grain", "rice"))] == "073"  # &SYNSET: its one-word members
    assert entries[key("ship", objects=("weapons", "weapon"))] == "072"
    assert entries[key("ship", "back", preps=("to",))] == "0874"
    assert entries[key("dispatch", objects=("exile",))] == "174"  # "(INTO EXILE)": the coder's object
    assert entries[key("dispatch", objects=("envoy",))] == "042"  # [A:B]: A, this side's code
    assert entries[key("draw", objects=("condemnation",))] == "111"
    assert key("draw") not in entries                             # [---]: the bare verb codes nothing
    assert key("remark") not in entries                           # a bare statement verb (010): every report's
    assert entries[key("remark", objects=("condolences", "condolence"))] == "018"  # 01x with an object: untyped
    assert entries[key("ship", objects=("weapons", "weapon"))] == "072"  # a statement code never makes it ambiguous
    assert entries[key("remark", preps=("against",))] == "111"
    lemmas = {k.lemma for k in entries}
    assert "hand" not in lemmas and "hand_over_to" not in lemmas
    # a pattern applies to the verbs its comment names: "- * WEAPONS  # SHIP" is not "dispatch weapons"
    assert not any(k.lemma == "dispatch" and "weapon" in k.objects for k in entries)
    assert not any("troops" in k.objects for k in entries)        # two codes for one key: ambiguous


def test_lexicon_petrarch_converter_keeps_synset_members_after_a_comment_line(tool: ModuleType) -> None:
    snippet = """\
&CASH
+MONEY
# a note among the members
+DOLLAR

+EURO

---  PUMP   [---]  ---
PUMP
- * &CASH                           [071]   # PUMP
"""
    entries = tool.convert(snippet, roots=ROOTS).entries
    assert entries[key("pump", objects=("money", "dollar"))] == "071"  # a blank line ends the synset, a comment not


def test_lexicon_petrarch_converter_counts_what_it_skips(tool: ModuleType) -> None:
    skipped = tool.convert(SNIPPET, roots=ROOTS).skipped
    assert skipped["subject restriction"] == 1
    assert skipped["noun phrase of several words"] == 1
    assert skipped["prepositional phrase with a noun"] == 1
    assert skipped["pattern without a code"] == 2                 # [---] and [:071]
    assert skipped["multi-word verb"] == 1
    assert skipped["ambiguous: several codes"] == 2                # "troops" and its singular "troop"
    assert skipped["code without a PLOVER type"] == 0             # 01x statements are codable
    assert skipped["statement verb without an object"] == 1       # REMARK [010]


def test_lexicon_petrarch_converter_keeps_roots_forms_and_drops(tool: ModuleType) -> None:
    only = tool.convert(SNIPPET, roots=["07"], excluded=[tool.Exclusion("speed", tool.ANY, tool.ANY, "tested", 1)])
    assert {code[:2] for code in only.entries.values()} == {"07"}
    assert all(k.lemma != "speed" for k in only.entries)
    assert tool.convert(SNIPPET, roots=ROOTS).forms["speed"] == {"speeds", "sped", "speeding"}
    wide = tool.convert(SNIPPET, roots=ROOTS, family_wide=True).entries
    assert wide[key("dispatch", objects=("weapons", "weapon"))] == "072"


EXCLUDED = """\
# comment
#lemma\tparticle\tobject\treason
ship\t-\tweapon\tweapons are not a shipment of aid
ship\tback\t*\ta return, not a shipment
dispatch\t-\t-\tsending people is not sending goods
send\t*\t*\teveryday verb
"""


def test_lexicon_petrarch_converter_reads_and_applies_exclusions(tool: ModuleType, tmp_path: Path) -> None:
    path = tmp_path / "excluded.tsv"
    path.write_text(EXCLUDED, encoding="utf-8")
    excluded = tool.read_exclusions(path)
    assert [(x.lemma, x.particle, x.obj, x.line) for x in excluded] == [
        ("ship", None, "weapon", 3), ("ship", "back", tool.ANY, 4), ("dispatch", None, None, 5),
        ("send", tool.ANY, tool.ANY, 6)]
    conversion = tool.convert(SNIPPET, roots=ROOTS, excluded=excluded)
    entries = conversion.entries
    assert key("ship", objects=("weapons", "weapon")) not in entries   # an object noun and its plural
    assert entries[key("ship", objects=("grain", "rice"))] == "073"     # the verb's other objects stay
    assert key("ship", "back", preps=("to",)) not in entries            # '*': every entry of verb + particle
    assert key("dispatch") not in entries                               # '-': the entry without objects
    assert entries[key("dispatch", objects=("envoy",))] == "042"        # ... not its object entries
    assert not any(k.lemma == "send" for k in entries)
    assert conversion.skipped["excluded after measuring"] == 5          # weapons, weapon, back, dispatch, send off
    path.write_text("ship\t-\tweapon\n", encoding="utf-8")
    with pytest.raises(KnowledgeError, match=r"excluded.tsv:1: expected lemma, particle, object and reason"):
        tool.read_exclusions(path)
    path.write_text("ship\tacross\t-\tnot a particle\n", encoding="utf-8")
    with pytest.raises(KnowledgeError, match="excluded.tsv:1: 'across'"):
        tool.read_exclusions(path)


def test_lexicon_petrarch_packaged_lexicon_has_no_excluded_entry(tool: ModuleType) -> None:
    excluded = tool.read_exclusions(tool.EXCLUDED)
    assert excluded and all(x.reason for x in excluded)
    converted = read_trigger_keys(_root() / "triggers_petrarch.tsv")
    found = [(x.line, k) for k in converted for x in excluded
             if any(x.matches(k.lemma, k.particle, noun) for noun in (k.objects or {None}))]
    assert found == []


def test_lexicon_petrarch_render_is_read_back_by_the_loader(tool: ModuleType, tmp_path: Path) -> None:
    conversion = tool.convert(SNIPPET, roots=ROOTS)
    (tmp_path / "triggers.tsv").write_text("verb\tship\t-\t-\t-\t071\t-\n", encoding="utf-8")
    (tmp_path / "converted.tsv").write_text(tool.render(conversion.entries), encoding="utf-8")
    (tmp_path / "forms.tsv").write_text(tool.render_forms(conversion.forms), encoding="utf-8")
    assert "MIT" in (tmp_path / "converted.tsv").read_text(encoding="utf-8")
    lexicon = load_lexicon(tmp_path / "triggers.tsv", _root() / "frames.json",
                           converted=tmp_path / "converted.tsv", forms=tmp_path / "forms.tsv")
    ship = {e.key: e.cameo for e in lexicon.lookup("verb", "ship")}
    assert ship[key("ship")] == "071"                             # the project's entry
    assert key("ship", preps=("to",)) not in ship                 # its bare rival is dropped
    assert ship[key("ship", objects=("weapons", "weapon"))] == "072"
    [remark] = lexicon.lookup("verb", "remark")[:1]
    assert remark.cameo == "018" and remark.flags == frozenset({"notarget"})  # a statement needs no target
    assert lexicon.may_trigger("Kigali sped grain north.") and lexicon.may_trigger("They sped north.")
    assert set(read_trigger_keys(tmp_path / "triggers.tsv")) == {key("ship")}


def test_lexicon_petrarch_merge_project_wins() -> None:
    project = [key("hold", objects=("talk", "negotiation")), key("meet", preps=("with",)), key("call", "off")]
    converted = {key("hold"): "040", key("hold", objects=("talk", "summit")): "036",
                 key("hold", objects=("negotiation",)): "043", key("meet", objects=("envoy",)): "042",
                 key("meet", preps=("in",)): "040", key("call", "off"): "160", key("call", "up"): "154",
                 key("call"): "041"}
    merged, lost = merge_converted(project, converted)
    assert merged == {key("hold", objects=("summit",)): "036", key("meet", objects=("envoy",)): "042",
                      key("call", "up"): "154", key("call"): "041"}
    assert lost == 2


def test_lexicon_petrarch_packaged_lexicon_loads_converted_entries() -> None:
    lexicon = Lexicon.load()
    root = _root()
    own = read_trigger_keys(root / "triggers.tsv")
    converted = read_trigger_keys(root / "triggers_petrarch.tsv")
    assert len(converted) > 100
    loaded = {e.key for group in lexicon.entries.values() for e in group}
    assert set(own) <= loaded and set(converted) <= loaded
    heads = {(k.pos, k.lemma, k.particle) for k in own}
    assert not any(not k.objects and (k.pos, k.lemma, k.particle) in heads for k in converted)
    assert (root / "LICENSE-PETRARCH2").read_text(encoding="utf-8").startswith("The MIT License")
