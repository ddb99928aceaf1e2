"""The events lexicon: CAMEO->PLOVER (the manual wins), quad classes, Goldstein, overrides."""

from __future__ import annotations

from eventwire.events import Lexicon
from eventwire.events.lexicon import quad_class


def test_manual_wins_over_conversion_file() -> None:
    lex = Lexicon.load()
    sanction = lex.info("163")
    assert sanction is not None and sanction.plover == "SANCTION"  # the 2021 file says COERCE
    for code, kind in {"0841": "RETREAT", "081": "CONCEDE", "191": "ASSAULT", "175": "COERCE"}.items():
        info = lex.info(code)
        assert info is not None and info.plover == kind, code
    assert lex.info("010") is None  # statements are dropped


def test_quads_and_goldstein() -> None:
    lex = Lexicon.load()
    assert quad_class("SANCTION") == 4 and quad_class("AGREE") == 1 and quad_class("REQUEST") == 3
    assert lex.goldstein_of("190") == -10.0
    assert lex.goldstein_of("0311") is not None


def test_manual_verbs_are_agree() -> None:
    lex = Lexicon.load()
    for verb in ("agree", "offer", "propose", "promise"):
        code = lex.verbs[verb].code
        assert code is not None and code.startswith("03"), verb
