"""Write the seed article of ../shared as a one-line JSONL input (publication date 2018-09-13) for the demo.

The article is third-party text, so the repository does not carry it: the demo reads it from ../shared when
that folder is present and skips it otherwise.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("--out", type=Path, default=Path(".cache/seed.jsonl"))
    args = parser.parse_args()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    article = args.shared / "seed" / "article.txt"
    if not article.exists():
        args.out.write_text("", encoding="utf-8")
        print(f"seed article not found at {article}; the demo runs without it")
        return
    gold = json.loads((args.shared / "seed" / "gold.json").read_text(encoding="utf-8"))
    record = {"id": gold["id"], "text": article.read_text(encoding="utf-8"), "publish_date": gold["publish_date"]}
    args.out.write_text(json.dumps(record) + "\n", encoding="utf-8")
    print(f"seed article: {args.out}")


if __name__ == "__main__":
    main()
