"""The ``regsearch`` command: parse options, call the library, print the result.

Library errors become one line on stderr and a non-zero exit: 1 for a failed operation
(also a citation or filter naming what the index does not hold), 2 for a usage error (bad
option, unreadable query or citation).
"""

from __future__ import annotations

import ast
import json
import logging
import os
import re
import shlex
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, NoReturn

import click

from .errors import NotFoundError, QueryError, RegsearchError
from .models import KINDS

#: How many "Not found" lines a query prints (a range may name dozens the index lacks).
SHOWN_MISSING = 3

EPILOG_QUERY = """\b
Query language:
  pengunduran diri          words (any may match; more matches rank higher,
                            words close together rank higher still)
  "pengunduran diri"        an exact phrase
  cuti OR izin              either word
  sanksi -pidana            exclude a word (also: sanksi NOT pidana)
  penjelasan:kampanye       search one field (body, headings, penjelasan)
  UU 10/2016 Pasal 7        a citation is answered directly; also with
                            ayat/huruf ("Pasal 7 ayat (2) huruf s UU
                            10/2016") and as regsearch prints them ("Pasal 7
                            UU 1/2015 sebagaimana diubah dengan UU 10/2016");
                            lists give each ("Pasal 156 dan 157", "ayat (1)
                            dan (2)", "huruf a s/d d", "Pasal 7 UU 10/2016
                            dan UU 8/2015"); what the index lacks is named
                            ("Not found: ..." on stderr); "Pasal 7" alone
                            needs --regulation; "Pasal 5 c" is huruf c
  sanksi Pasal 5 UU 13/2003 words beside a citation: the units cited
                            first, then the words searched in the articles
                            referring to them (Pasal 190, which sanctions
                            Pasal 5; "Searched as: ..." on stderr)
  UU Ketenagakerjaan        a regulation named by its title, as people say
                            it ("UU Pemilu Pasal 170", "Pasal 7 UU
                            Pilkada"; also in --regulation and show)
  pesangon UU 13/2003       words beside a regulation are searched in it;
                            a regulation alone lists its articles
  PHK, mundur, KPU          synonyms and abbreviations (also those each
                            regulation defines) are searched too; a word no
                            article uses is searched as its only other
                            phrasing, a phrase no article holds as its
                            statutory one ("pekerja kontrak": "Searched
                            as: perjanjian kerja untuk waktu tertentu");
                            a word the statutes write mostly in a pair
                            finds the pair ("janda": "Janda/Duda"); "90
                            hari" also finds "sembilan puluh hari"
  sanksi upah minimum       a rule word (syarat, sanksi, wajib, dilarang,
                            berhak ...) favours that kind of rule and cites
                            the ayat stating it; sanksi also lifts the
                            sanctions that refer to the rule the other
                            words find, each just below its rule
  RUPS tahunan kapan        a question for a time (kapan, berapa lama,
                            jangka waktu) or an amount (berapa) cites the
                            ayat stating one
  pengertian upah           a definition asked for (pengertian, definisi,
                            arti, apa yang dimaksud dengan, apa itu)
                            comes first, a definitions list's entry
                            before a sentence elsewhere, then a
                            Penjelasan's "Yang dimaksud dengan ..."
  pengusaha yg tdk bayar    chat spellings (yg, tdk, gak, dgn, utk ...) are
                            read written out ("Searched as: ...")
  pengundran diri           a misspelt word gets "Did you mean: ...?"; a
                            word no article uses and nothing explains is
                            named ("No article uses: ...") - reword it
  (at most 100 words and 1,000 characters)

\b
Examples:
  regsearch query "pengunduran diri"
  regsearch query "upah minimum" --type UU -n 5
  regsearch query "pengunduran diri" --kind syarat --json
  regsearch query --kind sanksi --regulation "UU 8/2015"
  regsearch query "UU Ketenagakerjaan Pasal 156"
"""


class _Group(click.Group):
    """The command group, with the CLI's error contract applied centrally:

    - a usage error (bad option value, unknown option or command, missing argument) is one
      line on stderr and exit 2, naming where help is, instead of click's usage block;
    - output cut short by its reader (``regsearch list | head -1``) ends quietly;
    - an exception that is not a ``RegsearchError`` (a bug) still becomes one line on stderr
      and exit 1, never a traceback. ``--verbose`` logs the traceback too, for the bug
      report. An error of the system (a full disk) is said as such."""

    def make_context(self, info_name: str | None, args: list[str],
                     parent: click.Context | None = None, **extra: Any) -> click.Context:
        try:   # the group's own options: `regsearch --bogus`, `regsearch` alone, --help
            return super().make_context(info_name, args, parent, **extra)
        except click.UsageError as exc:
            _exit_usage_error(exc)
        except BrokenPipeError:
            _exit_broken_pipe()

    def invoke(self, ctx: click.Context) -> Any:
        typed = list(ctx.args)   # the command's words, as the shell gave them
        try:
            return super().invoke(ctx)
        except click.UsageError as exc:   # the command's name, options and arguments
            _exit_usage_error(exc, typed)
        except BrokenPipeError:
            _exit_broken_pipe()
        except (click.exceptions.ClickException, click.exceptions.Exit, click.exceptions.Abort,
                SystemExit, KeyboardInterrupt):
            raise  # click's own handling
        except OSError as exc:   # the system refused (a full disk under `> out.txt`): no bug
            where = f" ({exc.filename})" if exc.filename else ""
            click.echo(f"regsearch: error: {exc.strerror or exc}{where}", err=True)
            sys.exit(1)
        except Exception as exc:  # noqa: BLE001 - the CLI contract: one line, never a traceback
            logging.getLogger("regsearch").debug("internal error", exc_info=True)
            detail = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
            click.echo(f"regsearch: internal error: {type(exc).__name__}"
                       f"{': ' + _one_line(detail) if detail else ''} (a bug; run with "
                       "--verbose for the traceback)", err=True)
            sys.exit(1)


#: click >= 8.2 raises this for `regsearch` alone (older click printed the help itself).
_NoArgsIsHelpError = getattr(click.exceptions, "NoArgsIsHelpError", ())


def _exit_usage_error(exc: click.UsageError, typed: Sequence[str] = ()) -> NoReturn:
    """Say a usage error in one line, as library errors are said, and exit 2:
    "regsearch: error: --year: 'abc' is not a valid integer (regsearch query --help)"."""
    if isinstance(exc, _NoArgsIsHelpError):   # `regsearch` alone asks for the help
        click.echo(exc.ctx.get_help(), color=exc.ctx.color)
        sys.exit(0)
    click.echo(f"regsearch: error: {_usage_message(exc, typed)}", err=True)
    sys.exit(2)


def _usage_message(exc: click.UsageError, typed: Sequence[str] = ()) -> str:
    """click's message, worded as the library's: lower case, no final full stop, the option
    named before what is wrong with it, click's "did you mean" kept, and where help is."""
    hint = None
    if isinstance(exc, click.BadParameter) and not isinstance(exc, click.MissingParameter):
        if exc.param_hint is not None:
            hint = exc.param_hint
        elif isinstance(exc.param, click.Argument):
            hint = exc.param.human_readable_name          # PATHS, not '[PATHS]...'
        elif exc.param is not None:
            hint = exc.param.get_error_hint(exc.ctx)      # '--year', '-v' / '--verbose'
    if hint:
        names = (hint if isinstance(hint, str) else " / ".join(hint)).replace("'", "")
        message = f"{names}: {_without_full_stop(exc.message)}"
    else:   # NoSuchOption, NoSuchCommand: their "did you mean" is added below, in our words
        said = exc.message if hasattr(exc, "possibilities") else exc.format_message()
        message = _without_full_stop(said)
        message = message[:1].lower() + message[1:]
    possibilities = sorted(getattr(exc, "possibilities", None) or ())
    option = getattr(exc, "option_name", None) or ""
    excluded = next((word for word in typed if option and word.startswith(option)
                     and _EXCLUDED_WORD.match(word)), None)
    if excluded and exc.ctx is not None and exc.ctx.command.name == "query":
        # "regsearch query -pidana": the shell passed the exclusion as an option (-p)
        return _one_line(f"no such option {option!r}: a query starting with '-' goes last, "
                         f"after '--' (options before it), like: regsearch query -n 5 -- "
                         f"{shlex.quote(excluded)}")
    if possibilities:   # NoSuchOption, NoSuchCommand: "--idnex" -> "--index"
        named = [repr(p) for p in possibilities]
        either = named[0] if len(named) == 1 else f"{', '.join(named[:-1])} or {named[-1]}"
        message += f"; did you mean {either}?"
    if exc.ctx is not None:
        message += f" ({exc.ctx.command_path} --help)"
    return _one_line(message)


#: A word click read as options that reads as a query excluding a word: "-pidana", not "-x".
_EXCLUDED_WORD = re.compile(r"-[^\W\d_]{2,}")


def _without_full_stop(text: str) -> str:
    text = text.strip()
    return text[:-1] if text.endswith(".") and not text.endswith("..") else text


def _exit_broken_pipe() -> NoReturn:
    """The reader of our output stopped early (`regsearch list | head -1`): end quietly, as
    a program killed by SIGPIPE does, with no message and no traceback.

    Exit status 141 (128 + SIGPIPE) is what the shell reports for `yes | head -1` and the
    other tools such a pipeline holds, so a script with `set -o pipefail` sees the same for
    regsearch as for them; 0 would claim all the output was delivered, 1 (click's choice)
    that regsearch failed. Python's SIGPIPE handling is kept (no SIG_DFL), so an index being
    written is never killed mid-way. stdout and stderr are pointed at /dev/null before
    exiting: the interpreter's final flush of what is still buffered would otherwise fail
    again and say "Exception ignored ... BrokenPipeError"."""
    for stream in (sys.stdout, sys.stderr):
        try:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, stream.fileno())
            os.close(devnull)
        except (OSError, ValueError, AttributeError):   # no file descriptor (CliRunner)
            pass
    sys.exit(141)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("-v", "--verbose", is_flag=True, help="Show library warnings (pypdf) and details.")
@click.version_option(package_name="regsearch")
def main(verbose: bool) -> None:
    """Search Indonesian regulations article by article, with exact citations.

    Build an index of PDFs and text files (`regsearch index`), then ask it
    (`regsearch query`), read an article (`regsearch show`) or see what is
    indexed (`regsearch list`). The index lives in $REGSEARCH_INDEX, else ./index.
    """
    if os.environ.get("NO_COLOR"):   # https://no-color.org: no styles, whatever the terminal
        click.get_current_context().color = False
    _set_verbose(verbose)


def _set_verbose(verbose: bool) -> None:
    level = logging.DEBUG if verbose else logging.WARNING
    logging.basicConfig(level=level, format="%(name)s: %(message)s")
    logging.getLogger("regsearch").setLevel(level)
    if verbose:   # also when logging was configured already (-v after the command)
        logging.getLogger().setLevel(logging.DEBUG)


def _verbose_given(ctx: click.Context, param: click.Parameter, value: bool) -> None:
    if value:
        _set_verbose(True)


def verbose_option(func: Callable) -> Callable:
    """-v after the command too ("regsearch query … -v"), as people type it."""
    return click.option("-v", "--verbose", is_flag=True, expose_value=False,
                        callback=_verbose_given,
                        help="Show library warnings (pypdf) and details.")(func)


def index_option(func: Callable) -> Callable:
    return click.option("--index", "index_dir", type=click.Path(path_type=Path), default=None,
                        help="Index directory [default: $REGSEARCH_INDEX or ./index].")(func)


def json_option(func: Callable) -> Callable:
    return click.option("--json", "as_json", is_flag=True,
                        help="Print JSON (the stable contract) instead of text.")(func)


# ---------------------------------------------------------------------------- index


def _given_paths(ctx: click.Context, param: click.Parameter,
                 values: tuple[str, ...]) -> tuple[Path, ...]:
    """The PATH arguments as paths; an empty one ("" from an unset shell variable) is a usage
    error, where ``Path("")`` would have indexed the working directory."""
    if any(value == "" for value in values):
        raise click.BadParameter("an empty path names no file or folder to index")
    return tuple(Path(value) for value in values)


# readable=False: a path that cannot be read is a failure of that file (named, the others
# still indexed, exit 1), not a usage error that stops everything (click's check, exit 2).
@main.command("index")
@verbose_option
@click.argument("paths", nargs=-1, type=click.Path(readable=False), callback=_given_paths)
@index_option
@click.option("--rebuild", is_flag=True,
              help="Start from an empty index instead of updating (without PATH: from the "
                   "files and folders the index is built from).")
def index_command(paths: tuple[Path, ...], index_dir: Path | None, rebuild: bool) -> None:
    """Index regulation PDFs, .txt/.md files or folders of them [default: those the
    index is built from; for a new index, the bundled corpus].

    Updates the index: unchanged files are skipped, changed ones re-read, and
    files gone from the disk or from an indexed folder dropped (each named on
    stderr). Each file is indexed once: a copy of another file under another
    name is skipped and named, and so is a second file of a regulation already
    indexed (the PDF beside the text). A PDF that failed, or had pages left
    unread, for want of OCR is read again once OCR can run. Exits 1 if any file
    could not be read (each is named on stderr; the rest are still indexed), or
    if nothing could be indexed into a new index (none is written) or with
    --rebuild (the index is left as it was).

    Without PATH, the index is updated (or, with --rebuild, rebuilt) from the
    files and folders it records it was built from, never from the bundled
    corpus instead; an index written by an earlier regsearch that holds other
    files asks for them once, and so does one whose record of them
    (_regsearch_sources.json) is damaged.

    \b
    Examples:
      regsearch index                      # the bundled corpus
      regsearch index ~/peraturan/ --index ~/peraturan-index
      regsearch index --index ~/peraturan-index --rebuild   # from ~/peraturan/ again
    """
    from .index import build_index
    from .workspace import default_index_dir, paths_to_index

    target = index_dir or default_index_dir()
    sources = list(paths)
    if not sources:
        sources, note = _run(lambda: paths_to_index(target, rebuild=rebuild))
        if note:
            click.echo(f"regsearch: {_one_line(note)}", err=True)
    with _progress_bar("Indexing") as progress:
        report = _run(lambda: build_index(sources, target, rebuild=rebuild, progress=progress))
    for path, reason in report.failed:
        click.echo(f"regsearch: {_one_line(path)}: {_one_line(reason)}", err=True)
    for path, message in report.warnings:
        click.echo(f"regsearch: warning: {_one_line(path)}: {_one_line(message)}", err=True)
    for copy, kept in report.duplicates:
        click.echo(f"regsearch: skipped {_one_line(copy)}: same content as {_one_line(kept)}",
                   err=True)
    for path, why in report.dropped:
        click.echo(f"regsearch: dropped {_one_line(path)}: {_one_line(why)}", err=True)
    if report.not_written:
        click.echo(f"regsearch: {_one_line(report.not_written)}", err=True)
    else:
        copies = len(report.duplicates)
        skipped = f", {copies} duplicate{'s' if copies > 1 else ''} skipped" if copies else ""
        click.echo(f"{_one_line(target)}: {len(report.added)} added, {len(report.updated)} "
                   f"updated, {len(report.removed)} removed, {len(report.unchanged)} unchanged, "
                   f"{len(report.failed)} failed{skipped}; {report.articles} articles read",
                   err=True)
    sys.exit(0 if report.ok else 1)


# ---------------------------------------------------------------------------- query


@main.command("query", epilog=EPILOG_QUERY)
@verbose_option
@click.argument("text", required=False, default="")
@index_option
@click.option("-n", "limit", type=click.IntRange(min=1), default=10, show_default=True,
              help="Number of hits.")
@click.option("--type", "type_", metavar="T", help="Only this type: UU, PP, PERPRES, PKPU, POJK …")
@click.option("--year", type=int, metavar="Y", help="Only regulations of this year.")
@click.option("--regulation", metavar='"UU 10/2016"',
              help="Only this regulation, by number or title (\"UU Ketenagakerjaan\"), "
                   "and the articles it amends or that amend it.")
@click.option("--kind", "kinds", multiple=True, metavar="K",
              type=click.Choice(KINDS, case_sensitive=False),   # --kind SANKSI as --type uu
              help=f"Only rules of this kind (repeatable): {', '.join(KINDS)}.")
@click.option("--subject", metavar="S", help='Only rules addressed to S, e.g. "kepala daerah".')
@json_option
def query_command(text: str, index_dir: Path | None, limit: int, type_: str | None,
                  year: int | None, regulation: str | None, kinds: tuple[str, ...],
                  subject: str | None, as_json: bool) -> None:
    """Find the articles that answer TEXT, best first, each with its citation."""
    with _open(index_dir, as_json) as reg_index:
        result = _run(lambda: reg_index.search(text, limit, type=type_, year=year,
                                               regulation=regulation, kinds=kinds,
                                               subject=subject), as_json)
    if result.read_as:
        click.echo(f"Searched as: {result.read_as}", err=True)
    if result.suggestion:
        click.echo(f"Did you mean: {result.suggestion}?", err=True)
    if result.unmatched:
        click.echo(f"No article uses: {', '.join(result.unmatched)} (the regulations may word "
                   "it otherwise)", err=True)
    for reason in result.missing[:SHOWN_MISSING]:
        click.echo(f"Not found: {reason}", err=True)
    if len(result.missing) > SHOWN_MISSING:
        click.echo(f"Not found: {len(result.missing) - SHOWN_MISSING} more (--json lists them)",
                   err=True)
    if as_json:
        _print_json(result.to_dict())
        return
    if not result.hits:
        click.echo("No matching articles.", err=True)
        return
    for hit in result.hits:
        _print_hit(hit)
    click.echo(click.style(f"{len(result.hits)} of {result.total} matching shown", dim=True))


def _print_hit(hit) -> None:
    kinds = f"  [{', '.join(hit.kinds)}]" if hit.kinds else ""
    score = f"  score {hit.score:.2f}" if hit.score else ""  # filter-only listings are unranked
    click.echo(click.style(f"{hit.rank}. {hit.citation}", bold=True)
               + click.style(f"{kinds}{score}", fg="cyan"))
    if hit.standing != "current" or _in_force_in_part(hit):
        click.echo("   " + _standing_line(hit))
    caution = _caution_left(hit)
    if caution:
        click.echo(click.style(f"   Caution: {caution}", fg="yellow"))
    if hit.linked:   # joined through a reference, maybe without the query's words
        click.echo(click.style(f"   Linked: {hit.linked}", fg="cyan"))
    for applied in hit.applied_by:   # "applied mutatis mutandis to … by Pasal 63 UU 12/2011"
        click.echo(click.style(f"   Linked: {applied}", fg="cyan"))
    where = _one_line(hit.source.path) + (f", page {hit.source.page}" if hit.source.page else "")
    click.echo(click.style(f"   {_title(hit.regulation.title)} — {where}", dim=True))
    click.echo("   " + _terminal_highlight(hit.snippet))
    click.echo()


def _title(title: str) -> str:
    """A regulation's title as printed: "(title not read)" when its source lacked one (UU
    42/2008 of the scale corpus), so that a blank does not look like a printing fault; the
    JSON keeps ``""``."""
    return title.strip() or "(title not read)"


_STANDING_WORDS = {"superseded": "Superseded: the text in force is",
                   "deleted": "Deleted (dihapus) by", "revoked": "Revoked (dicabut) by"}


def _standing_line(found) -> str:
    """'Deleted (dihapus) by UU 8/2015' for a hit or article no longer in force; 'In force
    in part: ayat (1) and (3) revoked by Pasal 622 UU 1/2023' for one whose text cited holds
    ayat another law revoked (``_in_force_in_part``)."""
    if found.standing == "current":
        revoked = found.revoked_ayat
        unnumbered = ("" if revoked.numbered else " (this text prints no ayat numbers: the "
                      "words shown may be in them)")
        return click.style(f"In force in part: {revoked.note.replace(' of this article', '')}"
                           f"{unnumbered}", fg="red")
    return click.style(f"{_STANDING_WORDS[found.standing]} {found.replaced_by}", fg="red")


def _in_force_in_part(found) -> bool:
    """Whether a hit or article in force cites a text holding ayat another law revoked by
    name (the whole article, or one printed without ayat numbers): not plainly current."""
    return found.revoked_ayat is not None and found.revoked_ayat.within


def _caution_left(found) -> str | None:
    """``caution`` without what the standing line already says of revoked ayat."""
    if not found.caution or not _in_force_in_part(found) or found.standing != "current":
        return found.caution
    said = [part for part in found.caution.split("; ") if part != found.revoked_ayat.note]
    return "; ".join(said) or None


def _terminal_highlight(snippet: str) -> str:
    return re.sub(r"<b>(.*?)</b>", lambda m: click.style(m.group(1), fg="yellow", bold=True),
                  snippet)


# ---------------------------------------------------------------------------- show


@main.command("show")
@verbose_option
@click.argument("citation")
@index_option
@json_option
def show_command(citation: str, index_dir: Path | None, as_json: bool) -> None:
    """Print the article a CITATION names, with its ayat, items and Penjelasan.

    Every citation regsearch prints can be shown. "UU 1/2015 Pasal 7" is the
    original text (it says what replaced it); the version an amendment made is
    "UU 10/2016 Pasal 7" or "Pasal 7 UU 1/2015 sebagaimana diubah dengan UU
    10/2016". A regulation may be named by its title ("UU Ketenagakerjaan").

    \b
    Examples:
      regsearch show "UU 10/2016 Pasal 7"
      regsearch show "Pasal 7 ayat (2) UU Nomor 10 Tahun 2016"
      regsearch show "Pasal 7 Lampiran UU 1/2015"
      regsearch show "Lampiran I UU 12/2011"
      regsearch show "UU Ketenagakerjaan Pasal 156"
      regsearch show "POJK 7/2014 Pasal 3" --json
    """
    with _open(index_dir, as_json) as reg_index:
        view = _run(lambda: reg_index.show(citation), as_json)
    if as_json:
        _print_json(view.to_dict())
        return
    click.echo(click.style(view.citation, bold=True)
               + (click.style(f"  [{', '.join(view.kinds)}]", fg="cyan") if view.kinds else ""))
    if view.standing != "current" or _in_force_in_part(view):
        click.echo(_standing_line(view))
    caution = _caution_left(view)
    if caution:
        click.echo(click.style(f"Caution: {caution}", fg="yellow"))
    if view.amends and view.amends.ayat:   # "Ketentuan Pasal 10 ayat (4) … diubah"
        named = ", ".join(f"({number})" for number in view.amends.ayat)
        click.echo(click.style(f"Replaces ayat {named} only: the other ayat stand as in Pasal "
                               f"{view.amends.pasal} {view.amends.ref.short}", fg="cyan"))
    if view.cited:
        click.echo(click.style(f"Cited: {view.cited} (marked ▶ below)", fg="cyan"))
    for applied in view.applied_by:
        click.echo(click.style(f"Linked: {applied}", fg="cyan"))
    click.echo(click.style(_title(view.regulation.title), dim=True))
    for heading in view.headings:
        click.echo(click.style(heading, dim=True))
    where = _one_line(view.source.path) + (f", page {view.source.page}" if view.source.page else "")
    click.echo(click.style(where, dim=True))
    click.echo()
    if not view.ayat:   # a Lampiran section: its text, as read
        click.echo(view.text)
    for ayat in view.ayat:
        prefix = f"({ayat.number}) " if ayat.number else ""
        in_cited = view.cited is not None and ayat.number == view.cited.ayat
        line = (prefix + ayat.text).rstrip() + _marks(ayat)   # "(2)" over its list: no text
        click.echo(_cited_line(line) if in_cited and not view.cited.items else line)
        _print_items(ayat.items, "    ", view.cited.items if in_cited else None)
    if view.penjelasan:
        click.echo()
        parts = view.penjelasan_parts
        title = f"Penjelasan (as {view.penjelasan_by} changed it):" if view.penjelasan_by \
            else "Penjelasan:"
        if len(parts) == 1:
            click.echo(click.style(title, bold=True) + " " + view.penjelasan)
        else:   # one line per ayat, huruf, angka explained
            click.echo(click.style(title, bold=True))
            for depth, part in parts:
                click.echo("  " * (depth + 1) + part)
    for other in view.versions:
        click.echo(click.style(f"Other version: {other}", fg="cyan"))


def _print_items(items, indent: str, cited: tuple[str, ...] | None = None) -> None:
    """The items of a list, indented by depth; ``cited`` is the path of labels of the item a
    citation names below this list (the ayat's whole list is cited when it is ``()``)."""
    for item in items:
        line = f"{indent}{item.label}. {item.text}{_marks(item)}"
        # the labels below this item when the cited one is it or below it, else None
        below = cited[1:] if cited is not None and cited[:1] == (item.label,) else None
        marked = cited == () or below == ()   # it and all below it
        click.echo(_cited_line(line) if marked else line)
        _print_items(item.items, indent + "    ", () if marked else below)


def _cited_line(line: str) -> str:
    """A line of the unit a citation names, marked for the eye (and for grep)."""
    return click.style("▶ ", fg="cyan", bold=True) + click.style(line, bold=True)


def _marks(unit) -> str:
    """"  [sanksi · Calon Gubernur]": the kinds of rule a unit states and whom it addresses;
    each kind with its party when they differ ("[hak · pekerja/buruh; kewenangan ·
    Pengusaha]")."""
    if unit.addressees:
        parties = dict(unit.addressees)
        text = "; ".join(" · ".join(part for part in (kind, parties.get(kind, "")) if part)
                         for kind in unit.kinds)
    else:
        text = " · ".join(part for part in (", ".join(unit.kinds), unit.subject or "") if part)
    return click.style(f"  [{text}]", fg="cyan") if text else ""


# ---------------------------------------------------------------------------- list


@main.command("list")
@verbose_option
@index_option
@json_option
def list_command(index_dir: Path | None, as_json: bool) -> None:
    """List the regulations in the index, with article and anomaly counts, and the
    regulations in the index that amend or revoke each."""
    with _open(index_dir, as_json) as reg_index:
        summaries = _run(reg_index.regulations, as_json)
    if as_json:
        _print_json([s.to_dict() for s in summaries])
        return
    if not summaries:
        click.echo("The index holds no regulations; add some with `regsearch index PATH…`.",
                   err=True)
    for s in summaries:
        anomalies = f", {_count(s.anomalies, 'anomaly', 'anomalies')}" if s.anomalies else ""
        click.echo(f"{s.info.ref.short}  {_title(s.info.title)}")
        articles = _count(s.articles, "article", "articles")
        click.echo(click.style(f"    {articles}{anomalies} — {_one_line(s.path)}", dim=True))
        if s.amended_by:
            click.echo(click.style(f"    amended by {', '.join(s.amended_by)}", fg="cyan"))
        if s.revoked_by:
            click.echo(click.style(f"    Revoked (dicabut) by {s.revoked_by}", fg="red"))
        if s.cut_off_after:
            click.echo(click.style(f"    Text cut off after Pasal {s.cut_off_after} (no closing "
                                   "formula): its later articles are not in the index",
                                   fg="yellow"))
        if s.named_by_file:
            click.echo(click.style(f"    Named {s.info.ref.short} by its file's name: its text "
                                   "prints no type, number or year", fg="yellow"))


# ---------------------------------------------------------------------------- check


@main.command("check")
@verbose_option
@click.argument("paths", nargs=-1, required=True,
                type=click.Path(path_type=Path, readable=False))
def check_command(paths: tuple[Path, ...]) -> None:
    """Show how regsearch reads each file: metadata, BAB/Pasal outline with ayat counts,
    and the anomalies it noticed (gaps, duplicates, pages without text …).

    Use it after adding a PDF, to see at a glance whether it was read right.
    Exits 1 if a file could not be read at all.

    \b
    Example:
      regsearch check corpus/pdf/uu-13-2003-ketenagakerjaan.pdf
    """
    from .documents import parse_file
    from .outline import outline

    failed = False
    for path in paths:
        try:
            click.echo(_readable_outline(outline(parse_file(path))))
        except RegsearchError as exc:
            click.echo(f"regsearch: {_one_line(str(exc))}", err=True)
            failed = True
    sys.exit(1 if failed else 0)


def _readable_outline(text: str) -> str:
    """The outline with its metadata said for a reader: a value the document does not state
    is "—" instead of Python's ``None`` (``issuer: None``, ``pages: None`` for a text file),
    and a list is its items ("revokes: UU 22/2014", not ``['UU 22/2014']``). The outline's
    own form stays as it is: the golden files of the tests compare it."""
    header, blank, rest = text.partition("\n\n")
    lines = [line if line.startswith("# ") else
             " | ".join(_readable_field(field) for field in line.split(" | "))
             for line in header.split("\n")]
    return "\n".join(lines) + blank + rest


def _readable_field(field: str) -> str:
    name, colon, value = field.partition(": ")
    if not colon:
        return field
    if value in ("None", "[]"):
        return f"{name}: —"
    if value.startswith("[") and value.endswith("]"):
        try:
            items = ast.literal_eval(value)
        except (ValueError, SyntaxError):
            return field
        return f"{name}: {', '.join(map(str, items))}"
    return field


# ---------------------------------------------------------------------------- helpers


def _open(index_dir: Path | None, as_json: bool = False):
    """Open the index; the default one is built from the bundled corpus when missing."""
    from .workspace import default_index_dir, open_or_build

    def announce(target: Path, corpus: Path):
        click.echo(f"regsearch: no index in {target}; building it from {corpus} (once)…",
                   err=True)
        return _stderr_progress()

    return _run(lambda: open_or_build(index_dir or default_index_dir(),
                                      build_if_missing=index_dir is None, on_build=announce),
                as_json)


def _run(action: Callable[[], Any], as_json: bool = False) -> Any:
    """Call the library; its errors become one line on stderr and an exit code, and with
    --json also ``{"error": …, "exit": …}`` on stdout, so that a pipeline reading JSON reads
    why there is none."""
    try:
        return action()
    except RegsearchError as exc:
        message = _as_flags(_one_line(str(exc)))
        click.echo(f"regsearch: error: {message}", err=True)
        # 2: what was asked cannot be read; 1: it failed, or the index holds no such thing
        unreadable = isinstance(exc, QueryError) and not isinstance(exc, NotFoundError)
        if as_json:
            _print_json({"error": message, "exit": 2 if unreadable else 1})
        sys.exit(2 if unreadable else 1)


#: "the regulation filter", as the library names a filter to a Python caller.
_FILTER_NAMED = re.compile(r"\bthe (type|year|regulation|subject) filter\b")


def _as_flags(message: str) -> str:
    """A library message with each filter named as the option that gives it ("the
    regulation filter names one regulation" → "--regulation names one regulation")."""
    return _FILTER_NAMED.sub(lambda match: f"--{match.group(1)}", message)


class _progress_bar:
    """A click progress bar on stderr, created once the number of files is known. Only on a
    terminal: elsewhere (a pipe, a log file) click would print the bare label, "Indexing",
    and nothing more; the summary line after it says what was done."""

    def __init__(self, label: str) -> None:
        self.label = label
        self.bar: Any = None   # click's ProgressBar, once the number of files is known
        self.shown = _is_terminal(sys.stderr)

    def __enter__(self) -> Callable[[int, int, str], None]:
        return self.update

    def update(self, done: int, total: int, path: str) -> None:
        if not self.shown:
            return
        if self.bar is None:
            self.bar = click.progressbar(length=total, label=self.label, file=sys.stderr,
                                         item_show_func=lambda p: Path(p).name if p else "")
            self.bar.__enter__()
        self.bar.update(1, path)
        if done >= total:
            self.close()

    def close(self) -> None:
        if self.bar is not None:
            self.bar.__exit__(None, None, None)
            self.bar = None

    def __exit__(self, *exc: object) -> None:
        self.close()


def _stderr_progress() -> Callable[[int, int, str], None]:
    """A progress callback that closes its bar itself after the last file."""
    return _progress_bar("Indexing").update


def _is_terminal(stream: Any) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):   # no such method, or closed
        return False


def _count(number: int, one: str, many: str) -> str:
    """"1 anomaly", "3 anomalies"."""
    return f"{number} {one if number == 1 else many}"


def _one_line(text: object) -> str:
    """``text`` safe for one line of a terminal: a file name's newline, tab or escape
    sequence, or a byte that is not UTF-8 (a surrogate escape), is shown escaped."""
    return "".join(ch if ch.isprintable() else _escaped(ch) for ch in str(text))


def _escaped(ch: str) -> str:
    if 0xDC80 <= ord(ch) <= 0xDCFF:  # os.fsdecode's escape of an undecodable byte
        return f"\\x{ord(ch) - 0xDC00:02x}"
    return ch.encode("unicode_escape").decode("ascii")


def _print_json(data: Any) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=2))
