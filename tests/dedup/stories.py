"""Short news stories written for these tests (no third-party text)."""

from __future__ import annotations

__all__ = ["OTHER_STORY", "STORY", "reprint"]

STORY = """Russia and Japan agreed on Monday to resume talks on a peace treaty that would formally end their
Second World War hostilities, the Japanese foreign ministry said after a meeting in Moscow.

Foreign ministers Sergei Lavrov and Taro Kono spent four hours discussing the disputed Kuril islands, which
Soviet troops seized in the final days of the war and which Tokyo calls its Northern Territories. Neither
side announced a breakthrough, but both said the talks had been frank and useful.

Lavrov told reporters that Moscow was ready to consider joint economic projects on the islands, including
fish farming, tourism and wind power, as long as they did not question Russian sovereignty. Kono said Japan
wanted a legal framework that would let its citizens visit the islands without Russian visas.

The two governments will meet again in Tokyo next month, when deputy ministers are expected to draw up a
timetable for the negotiations. Analysts in both capitals warned that domestic opinion would limit how far
either leader could go, and that a final settlement could still take years.
"""

OTHER_STORY = """Japan protested on Thursday after Russian military aircraft flew close to its airspace near the
Kuril islands, the defence ministry in Tokyo said, the third such incident this year.

Fighter jets were scrambled from a base on Hokkaido when two Russian bombers approached from the north, a
spokesman said. The bombers turned back without entering Japanese airspace, and no shots were fired.

Japan summoned a Russian diplomat to lodge a formal complaint, calling the flights provocative at a time when
the two countries were trying to improve relations. The Russian embassy said the aircraft had been on a routine
training mission over neutral waters and had followed international rules.

Officials in Tokyo said the government would raise the matter when foreign ministers meet next month, and that
Japan would keep watching Russian military activity in the region closely.
"""


def reprint(text: str, *, byline: str, ending: str) -> str:
    """The same story as another site republishes it: its own byline on top, its own footer below."""
    return f"{byline}\n\n{text}\n{ending}\n"
