"""The events stage's knowledge, loaded once from ``eventwire/data/events`` into immutable objects.

verbs.jsonl, cameo_plover.tsv and goldstein.tsv are built by ``scripts/build_verbs.py``; triggers.toml is
hand-written (noun and light-verb triggers, overrides, complement and flag words).
"""

from __future__ import annotations

import json
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources
from types import MappingProxyType
from typing import Any

from ..errors import ConfigError

__all__ = ["CodeInfo", "Lexicon", "Pattern", "VerbEntry", "quad_class"]

# PLOVER_MANUAL.tex, table "Quad categories in PLOVER", except SANCTION: that table lists it under verbal
# conflict, while the SANCTION section ("Quad category: MATERIAL CONFLICT") and the summary table put it in
# material conflict, as CAMEO's 16 always was. Two of the manual's three statements win: SANCTION is 4.
QUAD = MappingProxyType({
    "AGREE": 1, "CONSULT": 1, "SUPPORT": 1, "CONCEDE": 1,
    "COOPERATE": 2, "AID": 2, "RETREAT": 2,
    "REQUEST": 3, "ACCUSE": 3, "REJECT": 3, "THREATEN": 3,
    "PROTEST": 4, "SANCTION": 4, "MOBILIZE": 4, "COERCE": 4, "ASSAULT": 4,
})


def quad_class(plover: str) -> int | None:
    return QUAD.get(plover)


@dataclass(frozen=True, slots=True)
class Pattern:
    """Words (each a set of alternatives) that must all occur in the clause for ``code`` to apply."""

    words: tuple[frozenset[str], ...]
    code: str


@dataclass(frozen=True, slots=True)
class VerbEntry:
    lemma: str
    code: str | None
    patterns: tuple[Pattern, ...]


@dataclass(frozen=True, slots=True)
class CodeInfo:
    cameo: str
    plover: str
    mode: str
    contexts: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Lexicon:
    verbs: Mapping[str, VerbEntry]
    nouns: Mapping[str, str]  # event nouns, coded alone or after a light verb
    light_nouns: Mapping[str, str]  # nouns coded only after a light verb
    codes: Mapping[str, CodeInfo]
    goldstein: Mapping[str, float]
    words: Mapping[str, frozenset[str]]  # named word lists from triggers.toml (light_verbs, intent, ...)
    surface: frozenset[str]  # every inflected trigger form, for the prefilter

    @classmethod
    def load(cls) -> Lexicon:
        base = resources.files("eventwire").joinpath("data", "events")
        try:
            triggers = tomllib.loads(base.joinpath("triggers.toml").read_text("utf-8"))
            verbs = _read_verbs(base.joinpath("verbs.jsonl").read_text("utf-8"), triggers)
            codes = _read_codes(base.joinpath("cameo_plover.tsv").read_text("utf-8"))
            gold = _read_goldstein(base.joinpath("goldstein.tsv").read_text("utf-8"))
        except (OSError, ValueError, KeyError, tomllib.TOMLDecodeError) as exc:
            raise ConfigError(f"cannot load the events lexicon: {exc}") from exc
        nouns = {k: str(v) for k, v in triggers["nouns"].items()}
        light_nouns = {**nouns, **{k: str(v) for k, v in triggers["light_nouns"].items()}}
        words = _word_lists(triggers)
        # Prefilter forms: verbs with a default code, and verbs whose hand-written object patterns code them.
        patterned = {key.split("|", 1)[0] for key in triggers.get("verb_patterns", {})}
        coded = {k: v for k, v in verbs.items() if (v.code and _root_known(v.code, codes)) or k in patterned}
        surface = _surface_forms(coded, light_nouns, triggers.get("irregular", {}))
        return cls(MappingProxyType(verbs), MappingProxyType(nouns), MappingProxyType(light_nouns),
                   MappingProxyType(codes),
                   MappingProxyType(gold), MappingProxyType(words), surface)

    def info(self, code: str) -> CodeInfo | None:
        """The PLOVER coding of a CAMEO code, falling back to shorter prefixes (0841 -> 084 -> 08)."""
        for n in range(len(code), 1, -1):
            hit = self.codes.get(code[:n])
            if hit:
                return hit
        return None

    def goldstein_of(self, code: str) -> float | None:
        for n in range(len(code), 1, -1):
            hit = self.goldstein.get(code[:n])
            if hit is not None:
                return hit
        return None

    def verb_lemma(self, lemma: str, lower: str) -> str:
        """The lexicon's lemma for a verb token, repairing lemmatizer slips ("staged" -> "stag")."""
        for cand in (lemma, lower, *_deinflect(lower)):
            if cand in self.verbs:
                return cand
        return lemma

    def noun_key(self, lemma: str, compound: str | None, table: Mapping[str, str]) -> str | None:
        """The noun trigger key, preferring the two-word compound ("hunger strike" over "strike")."""
        if compound and f"{compound} {lemma}" in table:
            return f"{compound} {lemma}"
        return lemma if lemma in table else None

    def has(self, name: str, word: str) -> bool:
        return word in self.words.get(name, frozenset())


def _read_verbs(text: str, triggers: Mapping[str, Any]) -> dict[str, VerbEntry]:
    overrides: Mapping[str, str] = triggers.get("verb_overrides", {})
    extra: dict[str, list[Pattern]] = {}
    for key, code in triggers.get("verb_patterns", {}).items():
        lemma, words = key.split("|", 1)
        extra.setdefault(lemma, []).append(
            Pattern(tuple(frozenset([w]) for w in words.split()), str(code)))
    extra_keys = {k: tuple(v) for k, v in extra.items()}
    out: dict[str, VerbEntry] = {}
    for line in text.splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        lemma = row["lemma"]
        pats = tuple(Pattern(tuple(frozenset(s) for s in p["words"]), p["code"]) for p in row["patterns"])
        out[lemma] = VerbEntry(lemma, row["code"], tuple(extra.pop(lemma, [])) + pats)
    for lemma, extra_pats in extra.items():
        out[lemma] = VerbEntry(lemma, None, tuple(extra_pats))
    for lemma, code in overrides.items():
        previous = out.get(lemma, VerbEntry(lemma, None, ()))
        # An override is the manual's decision on the verb's type: dictionary patterns may refine the code
        # within that root (or drop it to a statement, 01), never move it to another type.
        # "-" drops the verb altogether (its dictionary patterns misfire on news text).
        keep = tuple(p for p in previous.patterns if not code or p.code[:2] in (str(code)[:2], "01"))
        if code == "-":
            out[lemma] = VerbEntry(lemma, None, ())
            continue
        hand = tuple(extra_keys.get(lemma, ()))
        out[lemma] = VerbEntry(lemma, str(code) or None, hand + tuple(p for p in keep if p not in hand))
    return out


def _root_known(code: str, codes: Mapping[str, CodeInfo]) -> bool:
    return code[:2] in codes


def _read_codes(text: str) -> dict[str, CodeInfo]:
    out: dict[str, CodeInfo] = {}
    for line in text.splitlines()[1:]:
        parts = (line.split("\t") + ["", "", ""])[:4]
        if parts[0] and parts[1]:
            ctx = tuple(c for c in parts[3].split(";") if c)
            out[parts[0]] = CodeInfo(parts[0], parts[1], parts[2].strip(), ctx)
    return out


def _read_goldstein(text: str) -> dict[str, float]:
    out: dict[str, float] = {}
    for line in text.splitlines()[1:]:
        code, _, score = line.partition("\t")
        if code and score:
            out[code] = float(score)
    return out


def _word_lists(triggers: Mapping[str, Any]) -> dict[str, frozenset[str]]:
    out: dict[str, frozenset[str]] = {"light_verbs": frozenset(triggers["light_verbs"]["verbs"])}
    for section in ("noun_settings", "complements", "flags", "filters"):
        for name, values in triggers.get(section, {}).items():
            out[name] = frozenset(str(v) for v in values)
    return out


def _deinflect(word: str) -> list[str]:
    out: list[str] = []
    if word.endswith("ied") or word.endswith("ies"):
        out.append(word[:-3] + "y")
    for suffix in ("ing", "ed", "es", "s", "d"):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            stem = word[: -len(suffix)]
            out += [stem, stem + "e"]
            if len(stem) > 2 and stem[-1] == stem[-2]:
                out.append(stem[:-1])
    return out


def _inflect(lemma: str) -> set[str]:
    forms = {lemma, lemma + "s", lemma + "es", lemma + "ed", lemma + "d", lemma + "ing"}
    if lemma.endswith("e"):
        forms.add(lemma[:-1] + "ing")
    if lemma.endswith("y"):
        forms |= {lemma[:-1] + "ies", lemma[:-1] + "ied"}
    if re.fullmatch(r".*[^aeiou][aeiou][bdgklmnprt]", lemma):
        forms |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}
    return forms


def _surface_forms(verbs: Mapping[str, VerbEntry], nouns: Mapping[str, str],
                   irregular: Mapping[str, list[str]]) -> frozenset[str]:
    forms: set[str] = set()
    for lemma in verbs:
        forms |= _inflect(lemma)
    for noun in nouns:
        last = noun.split()[-1]
        forms |= {last, last + "s", last + "es"}
    for lemma, values in irregular.items():
        if lemma in verbs:
            forms.update(values)
    return frozenset(forms)
