"""Fetch the Lee news corpus for the demo and the benchmarks, once, into a cache folder.

The gensim 4.4.0 wheel on PyPI carries ``gensim/test/test_data/lee_background.cor``: 300 Australian news
articles (2001), one per line. We download the wheel with pip (no install, no dependencies), read that one
file out of it and write it as JSONL ({"id", "text"}) for ``eventwire run``. Nothing is committed.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

WHEEL = "gensim==4.4.0"
MEMBER = "gensim/test/test_data/lee_background.cor"


def fetch(cache: Path) -> Path:
    out = cache / "lee" / "lee_background.jsonl"
    if out.exists():
        return out
    out.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--only-binary=:all:",
                        "-d", tmp, WHEEL], check=True)
        wheel = next(Path(tmp).glob("gensim-*.whl"))
        with zipfile.ZipFile(wheel) as zf:
            lines = zf.read(MEMBER).decode("utf-8", errors="replace").splitlines()
    tmp_out = out.with_suffix(".partial")
    with tmp_out.open("w", encoding="utf-8") as fh:
        for i, line in enumerate(line for line in lines if line.strip()):
            fh.write(json.dumps({"id": f"lee-{i:03d}", "text": line.strip()}) + "\n")
    tmp_out.rename(out)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cache", type=Path, default=Path(".cache"))
    path = fetch(parser.parse_args().cache)
    print(f"Lee corpus: {path}")


if __name__ == "__main__":
    main()
