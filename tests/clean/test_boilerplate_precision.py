"""Boilerplate rules must not eat article prose: checked on the 181 pages of the extraction benchmark.

Every visible text line of each page is run through the rules; a marked line that also appears in the
human-written article body is a false positive. The annotators kept a few copyright, image-credit and
image-source lines in the bodies, so only those rules may hit body lines.
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path

from lxml import html

from eventwire.clean import BoilerplateRules
from eventwire.clean.boilerplate import iter_lines

ALLOWED_IN_BODY = {"copyright", "photo-credit", "caption"}


def _page_lines(page: bytes) -> list[str]:
    root = html.fromstring(page)
    for node in root.xpath("//script|//style|//noscript"):
        node.drop_tree()
    text = "\n".join(t.strip() for t in root.itertext() if t.strip())
    return [line.content for line in iter_lines(text) if line.content]


def test_rules_mark_chrome_not_prose(shared_dir: Path) -> None:
    root = shared_dir / "eval" / "extraction"
    truth = json.loads((root / "ground-truth.json").read_text(encoding="utf-8"))
    rules = BoilerplateRules.load()
    marked, in_body = 0, []
    for doc_id, gold in sorted(truth.items()):
        body = {line.strip() for line in gold["articleBody"].splitlines() if line.strip()}
        for line in _page_lines(gzip.decompress((root / "html" / f"{doc_id}.html.gz").read_bytes())):
            rule = rules.matches(line)
            if rule:
                marked += 1
                if line in body:
                    in_body.append((rule, line))
    assert marked > 1500  # the rules do find the chrome (2,400 lines when written)
    assert {rule for rule, _ in in_body} <= ALLOWED_IN_BODY, in_body
    assert len(in_body) <= 10
