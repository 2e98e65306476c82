"""Helpers for coding VOA gold (docs/gold-guidelines.md): list a story's sentences with their keys, start a
story's gold file, and check every gold file against the stories as the project splits them now.

    python tools/voa_gold.py list voa-6180015            # index, offsets, hash and text of each sentence
    python tools/voa_gold.py skeleton voa-6180015 > eval/voa/voa-6180015.jsonl   # one empty line per sentence
    python tools/voa_gold.py check [eval/voa]            # every sentence coded, keys current, codes valid

The story texts are read from ../shared/eval/realnews/voa_dev.jsonl at run time; nothing of them is written.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from bilateral.errors import BilateralError
from bilateral.evaluation.voagold import check_story, read_gold_folder, read_stories, sentence_keys
from bilateral.nlp import split_sentences

STORIES = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "realnews" / "voa_dev.jsonl"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--stories", type=Path, default=STORIES)
    sub = parser.add_subparsers(dest="cmd", required=True)
    for name in ("list", "skeleton"):
        sub.add_parser(name).add_argument("story")
    sub.add_parser("check").add_argument("folder", nargs="?", type=Path, default=Path("eval/voa"))
    args = parser.parse_args(argv)
    stories = read_stories(args.stories)
    if args.cmd == "check":
        gold = read_gold_folder(args.folder)
        problems = [p for story, sents in gold.items()
                    for p in check_story(story, sents, sentence_keys(stories[story]["text"]))]
        print("\n".join(problems) or f"{len(gold)} stories, {sum(len(s) for s in gold.values())} sentences, "
              f"{sum(len(x.events) for s in gold.values() for x in s)} events: all keys current")
        return 1 if problems else 0
    story = stories[args.story]
    if args.cmd == "list":
        print(f"# {args.story}  published {story['published']}  {story['title']}")
    for sent, key in zip(split_sentences(story["text"]), sentence_keys(story["text"]), strict=True):
        if args.cmd == "list":
            print(f"[{key.index}] ({key.start}-{key.end} {key.sha}) {sent.text}")
        else:
            print(json.dumps({"story": args.story, "sentence": key.index, "start": key.start, "end": key.end,
                              "sha": key.sha, "events": []}))
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except BilateralError as e:
        print(f"error: {e}", file=sys.stderr)
        sys.exit(1)
