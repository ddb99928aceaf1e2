"""Peak memory of streaming a large WARC through ``iter_documents`` (issue 6: 1 GB WARC, peak RSS < 1.5 GB).

    .venv/bin/python bench/bench_ingest.py                 # 1 GB synthetic WARC in a temp dir
    .venv/bin/python bench/bench_ingest.py --size-mb 200 --gzip

The synthetic WARC mixes what a crawl holds: HTML article pages (extracted with trafilatura), large binary
responses (skipped, streamed past), request records, and a few HTML pages larger than max_document_bytes
(quarantined without being held in memory). The stream runs in a child process so that its peak RSS is
measured alone. Not a test: numbers depend on the machine.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

WORDS = ("minister", "government", "talks", "agreed", "said", "officials", "border", "treaty", "security", "council", "vote", "protest", "election", "president", "forces", "region", "capital", "meeting", "statement", "sanctions", "trade", "summit")


def _paragraph(rng: random.Random, words: int = 90) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(words)).capitalize() + "."


def _page(rng: random.Random, index: int, paragraphs: int = 12) -> bytes:
    body = "".join(f"<p>{_paragraph(rng)}</p>" for _ in range(paragraphs))
    return (f"<html><head><title>Story {index}</title></head><body><nav>Home | World</nav>"
            f"<article><h1>Story {index}</h1>{body}</article></body></html>").encode()


def generate(path: Path, size_mb: int, *, gzip: bool, seed: int = 7) -> Counter[str]:
    """Write a WARC of about ``size_mb`` MB; returns how many records of each kind it holds."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    rng, kinds = random.Random(seed), Counter[str]()
    blob = os.urandom(8 << 20)  # one 8 MB binary payload, written many times (an image/video response)
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=gzip)
        index = 0
        while out.tell() < size_mb << 20:
            index += 1
            kind = "binary" if index % 10 == 0 else ("huge-html" if index % 997 == 0 else "html")
            if kind == "binary":
                payload, ctype = blob, "video/mp4"
            elif kind == "huge-html":
                payload, ctype = _page(rng, index, paragraphs=40_000), "text/html"
            else:
                payload, ctype = _page(rng, index), "text/html; charset=utf-8"
            headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            url = f"http://news.example/{index}"
            writer.write_record(writer.create_warc_record(url, "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n")))
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(payload),
                                                          http_headers=headers, length=len(payload)))
            kinds[kind] += 1
    return kinds


def stream(path: Path) -> dict[str, object]:
    """Child process: stream the WARC and report counts, time and peak RSS."""
    from eventwire.ingest import iter_documents
    from eventwire.model import Discard

    started, counts = time.perf_counter(), Counter[str]()
    for item in iter_documents([path]):
        counts[item.reason if isinstance(item, Discard) else "document"] += 1
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # kilobytes on Linux
    return {"seconds": round(time.perf_counter() - started, 1), "items": dict(counts),
            "peak_rss_mb": round(peak_kb / 1024, 1)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size-mb", type=int, default=1024)
    parser.add_argument("--gzip", action="store_true", help="write a .warc.gz (record-compressed, CC-NEWS style)")
    parser.add_argument("--stream", type=Path, help=argparse.SUPPRESS)  # child-process mode
    args = parser.parse_args()
    if args.stream:
        json.dump(stream(args.stream), sys.stdout)
        return
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / ("bench.warc.gz" if args.gzip else "bench.warc")
        started = time.perf_counter()
        kinds = generate(path, args.size_mb, gzip=args.gzip)
        made = time.perf_counter() - started
        child = subprocess.run([sys.executable, __file__, "--stream", str(path)], check=True,
                               capture_output=True, text=True)
        result = json.loads(child.stdout)
        result.update(file_mb=round(path.stat().st_size / (1 << 20), 1), records=dict(kinds),
                      generate_seconds=round(made, 1))
    print(json.dumps(result, indent=2))
    verdict = "OK" if result["peak_rss_mb"] < 1536 else "OVER"
    print(f"peak RSS {result['peak_rss_mb']} MB for a {result['file_mb']} MB WARC: {verdict} (limit 1536 MB)")


if __name__ == "__main__":
    main()
