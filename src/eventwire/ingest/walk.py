"""Paths to named byte streams: files, folders (recursive, sorted, feeds first), standard input ("-").

Symbolic links that lead out of the folder being walked are reported, never followed.
"""

from __future__ import annotations

import os
import shutil
import stat
import sys
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..errors import InputError, Reason
from ..model import Discard, Origin, RawDocument
from .dispatch import Context, detect_format, read_stream, sniff_format
from .limits import LimitedReader

__all__ = ["iter_path", "iter_stdin"]

Item = RawDocument | Discard
STDIN = "-"


def iter_stdin(ctx: Context) -> Iterator[Item]:
    if sys.stdin is None or sys.stdin.closed:  # a daemon or a test runner without standard input
        yield Discard(Origin("<stdin>"), Reason.UNREADABLE, "standard input is not available")
        return
    stream = sys.stdin.buffer
    head = stream.peek(4096)[:4096] if hasattr(stream, "peek") else b""
    fmt = sniff_format(head)
    if fmt != "zip":
        yield from read_stream(stream, "<stdin>", Origin("<stdin>"), ctx, fmt=fmt)
        return
    # A zip's directory is at its end: spool the pipe to a temporary file (bounded by max_archive_bytes).
    with tempfile.TemporaryFile() as spool:
        try:
            shutil.copyfileobj(LimitedReader(stream, ctx.settings.max_archive_bytes, label="<stdin>"), spool)
        except InputError as exc:
            yield Discard(Origin("<stdin>"), exc.reason, exc.message)
            return
        spool.seek(0)
        yield from read_stream(spool, "<stdin>", Origin("<stdin>"), ctx, fmt=fmt)


def iter_path(path: Path, ctx: Context) -> Iterator[Item]:
    """Documents of one path given by the user: a file or a folder."""
    if not path.exists():
        yield Discard(Origin(str(path)), Reason.NOT_FOUND, "no such file or folder")
    elif path.is_dir():
        yield from _iter_folder(path, ctx)
    else:
        yield from _iter_file(path, ctx)


def _iter_file(path: Path, ctx: Context) -> Iterator[Item]:
    origin = Origin(str(path))
    try:
        stream = path.open("rb")
        info = os.fstat(stream.fileno())
    except OSError as exc:
        yield Discard(origin, Reason.UNREADABLE, f"cannot open: {exc.strerror or exc}")
        return
    with stream:
        if stat.S_ISREG(info.st_mode):
            if info.st_size == 0:
                yield Discard(origin, Reason.EMPTY, "the file is empty")
                return
            yield from read_stream(stream, path.name, origin, ctx, size=info.st_size)
            return
        # A pipe named on the command line (process substitution, /dev/stdin): no size, maybe no extension.
        fmt = detect_format(path.name) or sniff_format(stream.peek(4096)[:4096])
        yield from read_stream(stream, path.name, origin, ctx, fmt=fmt)


def _order(names: Iterable[str]) -> list[str]:
    # Feeds first, so a page linked by a feed item (same folder) is matched when it comes by.
    return sorted(names, key=lambda n: (detect_format(n) != "feed", n))


def _iter_folder(root: Path, ctx: Context) -> Iterator[Item]:
    real_root = root.resolve()
    for folder, dirs, files in os.walk(root, followlinks=False):
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and not os.path.islink(os.path.join(folder, d)))
        for name in _order(f for f in files if not f.startswith(".")):
            yield from _iter_entry(Path(folder, name), real_root, ctx)
        for name in sorted(d for d in os.listdir(folder) if os.path.islink(os.path.join(folder, d))):
            link = Path(folder, name)
            if link.is_dir() and not _inside(link, real_root):
                yield Discard(Origin(str(link)), Reason.SYMLINK, "symbolic link leads outside the input folder")


def _iter_entry(path: Path, real_root: Path, ctx: Context) -> Iterator[Item]:
    if path.is_symlink() and not _inside(path, real_root):
        yield Discard(Origin(str(path)), Reason.SYMLINK, "symbolic link leads outside the input folder")
        return
    if not path.is_file():  # a FIFO or device would block or never end; a dangling link has no target
        yield Discard(Origin(str(path)), Reason.UNREADABLE, "not a regular file")
        return
    yield from _iter_file(path, ctx)


def _inside(path: Path, real_root: Path) -> bool:
    try:
        return path.resolve().is_relative_to(real_root)
    except (OSError, RuntimeError):  # RuntimeError: a symlink loop
        return False
