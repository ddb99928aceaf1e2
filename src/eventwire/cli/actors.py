"""``eventwire actors``: look up, list and add actors of the knowledge base (the user file takes additions),
and report how much of 2000-today its dated roles cover."""

from __future__ import annotations

from datetime import date

import click
from rich.console import Console
from rich.table import Table

from ..actors import ActorResolver, KnowledgeBase
from ..actors.coverage import OFFICES, Coverage, coverage, mean_shares, required_countries
from ..actors.records import Resolution
from ..actors.userfile import TYPES, NewActor, append_actor
from ..errors import ConfigError
from .common import CONFIG_OPTION, handle_errors, load, parse_date, print_json

__all__ = ["actors_group"]


def _kb(config: str | None, user_file: str | None) -> KnowledgeBase:
    return KnowledgeBase.load(user_file=user_file or load(config).actors_user_file or None)


def _show(rows: list[Resolution], as_json: bool, limit: int | None = None) -> None:
    rows = rows[:limit] if limit else rows
    if as_json:
        for r in rows:
            print_json(r.as_dict())
        return
    table = Table("id", "name", "type", "code", "sector", "role", "alt codes")
    for r in rows:
        table.add_row(r.actor.id, r.actor.name, r.actor.type, r.code or "", r.sector or "", r.role or "",
                      ",".join(r.actor.alt_codes))
    Console(highlight=False).print(table)


@click.group("actors")
def actors_group() -> None:
    """The actor knowledge base: states, organisations, groups, people with dated roles, agents."""


@actors_group.command("lookup")
@click.argument("name")
@click.option("--date", "on", help="Code as of this date (YYYY-MM-DD) [default: today]")
@click.option("--user-file", help="Extra actors file (JSONL) [default: settings [actors] user_file]")
@click.option("--json", "as_json", is_flag=True, help="One JSON object a line")
@CONFIG_OPTION
@handle_errors
def lookup_command(name: str, on: str | None, user_file: str | None, as_json: bool, config: str | None) -> None:
    """Every actor NAME can denote, coded as of --date ("Abe" --date 2018-09-13 -> Shinzo Abe, JPN GOV)."""
    kb, when = _kb(config, user_file), parse_date(on) or date.today()
    rows = kb.lookup(name, on=when)
    if rows:
        _show(rows, as_json)
        return
    mentions = ActorResolver(kb).resolve_text(name, publish_date=when)  # "Prime Minister Lee", "Russian troops"
    if not mentions:
        raise click.ClickException(f"no actor named {name!r}")
    for m in mentions:
        if as_json:
            print_json({"text": m.text, "code": m.code, "sector": m.sector, "name": m.name, "type": m.type,
                        "id": m.actor_id, "role": m.role, "alt_codes": list(m.alt_codes)})
        else:
            click.echo(f"{m.text}: {m.code or '-'} {m.sector or '-'} {m.type} {m.name or ''} {m.role or ''}".rstrip())


@actors_group.command("list")
@click.option("--code", help="Only actors with this code (RUS, UNO, EU, NATO ...)")
@click.option("--type", "kind", type=click.Choice(TYPES, case_sensitive=False), help="Only this type")
@click.option("--date", "on", help="Code people as of this date [default: today]")
@click.option("--limit", type=int, default=None, help="At most this many rows")
@click.option("--user-file", help="Extra actors file (JSONL) [default: settings [actors] user_file]")
@click.option("--json", "as_json", is_flag=True, help="One JSON object a line")
@CONFIG_OPTION
@handle_errors
def list_command(code: str | None, kind: str | None, on: str | None, limit: int | None, user_file: str | None,
                 as_json: bool, config: str | None) -> None:
    """List actors, filtered by code and type."""
    _show(_kb(config, user_file).search(code=code, kind=kind, on=parse_date(on) or date.today()), as_json, limit)


@actors_group.command("add")
@click.argument("name")
@click.option("--code", required=True, help="Country or organisation code (ISO 3166 alpha-3, or UNO, EU, NATO, AU ...)")
@click.option("--type", "kind", type=click.Choice(TYPES, case_sensitive=False), default="PERSON", show_default=True)
@click.option("--sector", help="PLOVER sector (GOV, MIL, REB, ...)")
@click.option("--alias", "aliases", multiple=True, help="Another name (repeatable)")
@click.option("--surname", "surnames", multiple=True, help="Surname used alone (people; repeatable)")
@click.option("--demonym", "demonyms", multiple=True, help="Demonym (states; repeatable)")
@click.option("--role", "title", help='Role title of a person ("Foreign Minister of Japan")')
@click.option("--office", type=click.Choice(["HOS", "HOG", "FM", "DM", "SPK", "VP", "OTH"]), help="Office of the role")
@click.option("--from", "valid_from", help="Role start (YYYY-MM-DD)")
@click.option("--to", "valid_to", help="Role end (YYYY-MM-DD)")
@click.option("--id", "actor_id", help="Record id [default: user:<name>]")
@click.option("--source", default="user", show_default=True, help="Where the fact comes from")
@click.option("--user-file", help="File to append to [default: settings [actors] user_file]")
@CONFIG_OPTION
@handle_errors
def add_command(name: str, code: str, kind: str, sector: str | None, aliases: tuple[str, ...],
                surnames: tuple[str, ...], demonyms: tuple[str, ...], title: str | None, office: str | None,
                valid_from: str | None, valid_to: str | None, actor_id: str | None, source: str,
                user_file: str | None, config: str | None) -> None:
    """Append an actor to the user actors file (never to the packaged base)."""
    path = user_file or load(config).actors_user_file
    if not path:
        raise ConfigError("no user actors file: pass --user-file or set actors.user_file in the settings")
    row = append_actor(path, NewActor(
        name=name, code=code.upper(), type=kind.upper(), sector=sector.upper() if sector else None, aliases=aliases,
        surnames=surnames, demonyms=demonyms, title=title, office=office, valid_from=parse_date(valid_from),
        valid_to=parse_date(valid_to), actor_id=actor_id, source=source))
    click.echo(f"added {row['id']} to {path}")


@actors_group.command("coverage")
@click.option("--code", "codes", multiple=True, help="Only this state (repeatable) [default: the required states]")
@click.option("--office", "offices", multiple=True, type=click.Choice(OFFICES), help="Only this office (repeatable)")
@click.option("--until", help="End of the window (YYYY-MM-DD) [default: today]; it starts on 2000-01-01")
@click.option("--gaps", "show_gaps", is_flag=True, help="List every uncovered span longer than a month")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per state and office")
@click.option("--checked", "checked_only", is_flag=True,
              help="Count only rows checked against a stored page, not those written from memory ('public record')")
@handle_errors
def coverage_command(codes: tuple[str, ...], offices: tuple[str, ...], until: str | None, show_gaps: bool,
                     as_json: bool, checked_only: bool) -> None:
    """Share of 2000-today in which each office of each state has a dated holder in the packaged base.

    The default states are the ones issue 3 requires (G20, P5, the states of the event gold sets).
    """
    wanted = [c.upper() for c in codes] or list(required_countries())
    rows = coverage(KnowledgeBase.load(), wanted, offices=offices or OFFICES, until=parse_date(until),
                    checked_only=checked_only)
    if as_json:
        for row in rows:
            print_json(row.as_dict())
        return
    shown = offices or OFFICES
    table = Table("code", *shown, "gaps" if show_gaps else "holders")
    by_code: dict[str, list[Coverage]] = {}
    for row in rows:
        by_code.setdefault(row.code, []).append(row)
    for code, items in by_code.items():
        extra = ("; ".join(f"{r.office} {g.start}..{g.end}" for r in items for g in r.gaps) if show_gaps
                 else " ".join(str(r.holders) for r in items))
        table.add_row(code, *(f"{r.share:.0%}" for r in items), extra)
    Console(highlight=False).print(table)
    for office, mean in mean_shares(rows).items():
        full = sum(1 for r in rows if r.office == office and r.share >= 0.99)
        click.echo(f"{office}: mean {mean:.1%}, {full}/{len(by_code)} states ≥ 99%")
