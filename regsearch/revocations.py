"""What a regulation's closing provisions revoke (parse layer).

``_revocations`` lists the regulations a closing article revokes whole ("Undang-Undang Nomor
13 Tahun 2003 … dicabut dan dinyatakan tidak berlaku"); ``_provision_revocations`` the articles
and ayat of another law it revokes by name ("Pasal 2 ayat (1) … dicabut"), as
``RevokedProvision``s, with what OCR left unreadable reported back for a
``revocation_unread`` anomaly."""

from __future__ import annotations

import re

from .models import Article, RevokedProvision
from .numbering import _AMENDED_REF, _named_number_year, _OCR_DIGITS, _ocr_number, _pasal_key


#: A repeal: "… dicabut dan dinyatakan tidak berlaku" (``strong``), or in older laws the bare
#: "… dinyatakan tidak berlaku [lagi]" (UU 32/2004 Pasal 239) where it ends its sentence, opens the
#: list of what it repeals ("… dinyatakan tidak berlaku lagi:") or names it next; not a relative
#: or reported clause ("Pasal-pasal … yang dinyatakan tidak berlaku adalah", "telah dinyatakan …",
#: "dapat dinyatakan …") nor a qualified one ("… tidak berlaku sepanjang bertentangan", "… bagi").
_REVOKE = re.compile(
    r"(?P<strong>dicabut\s+dan\s+dinyatakan\s+tidak\s+berlaku)|"
    r"(?<!yang )(?<!telah )(?<!dapat )(?<!perlu )(?<!akan )(?<!harus )(?<!tidak )"
    r"\bdinyatakan\s+tidak\s+berlaku(?:\s+lagi)?"
    r"(?=\s*(?:[.;:]|$)|\s+(?:Undang-Undang|Peraturan|Keputusan|Instruksi)\b)", re.I)
_REVOKED_NAME = re.compile(
    r"((?:(?i:Undang-Undang)|Peraturan|Keputusan|Instruksi)(?:\s+[A-Z][\w-]*){0,12}"
    r"\s+(?i:Nomor|No\.)\s+[\w./]+(?:\s+(?i:Prps?|Pnps|Drt)\.?)?(?:\s+(?i:Tahun)\s+\d{4})?"
    r"(?:\s+(?i:tentang)\s+[^;()]+?)?)\s*"
    r"(?:\(|sebagaimana|,?\s*(?:dicabut|dinyatakan)|;|$|"
    # the next of two named in one breath: "UU 6/1960 tentang Sensus dan UU 7/1960 tentang …",
    # or other rules in general ("UU 13/1968 tentang Bank Sentral dan peraturan-perundang-
    # undangan lainnya yang bertentangan …": a title's words are capitalised)
    r",?\s+(?:dan|serta)\s+(?=(?i:Undang-Undang)\s+(?i:Nomor|No\.)|(?:segala\s+|semua\s+)?"
    r"peraturan\b))")


def _revocations(articles: list[Article]) -> tuple[str, ...]:
    """The regulations revoked as a whole ("… dicabut dan dinyatakan tidak berlaku"; in the
    closing provisions also "… dinyatakan tidak berlaku [lagi]").

    Every item of a list the phrase closes is read ("a. UU 5/1962; b. … d. …, dicabut …"), or
    opens ("…, dinyatakan tidak berlaku lagi: a. UU 5/1974 …; b. …"), and an object that is only
    part of a regulation ("Pasal 200 sampai dengan Pasal 216 Undang-Undang …", "ketentuan
    mengenai … dalam Bab V …", "Lampiran …") revokes no regulation.
    """
    found: list[str] = []
    closing = _closing_articles(articles)
    for number, article in enumerate(articles):
        if article.amends is not None:
            continue
        units = article.text.split("\n")
        for index, unit in enumerate(units):
            phrases = [p for p in _REVOKE.finditer(unit) if p.group("strong") or number in closing]
            if not phrases:
                continue
            items = _revoked_list_items(units, index)
            if items is None:
                continue
            for text in items + [_revoking_sentence(unit, phrases[-1])] \
                    + _objects_after(units, index, phrases[-1]):
                for segment in _revoked_objects(text):
                    for cleaned in _revoked_names(segment):
                        if cleaned not in found:
                            found.append(cleaned)
    return tuple(found)


def _provision_revocations(articles: list[Article], unread: list[str] | None = None
                           ) -> tuple[RevokedProvision, ...]:
    """The articles of other regulations a closing provision revokes one by one ("… ketentuan
    dalam: … l. Pasal 2 ayat (1), Pasal 3, … dan Pasal 13 Undang-Undang Nomor 31 Tahun 1999 …;
    … dicabut dan dinyatakan tidak berlaku", UU 1/2023 Pasal 622 ayat (1); "Pasal 200 sampai
    dengan Pasal 216 Undang-Undang Nomor 32 Tahun 2004 … dicabut …", UU 6/2014 Pasal 121).
    Only the strong phrase is read (the bare "dinyatakan tidak berlaku" also voids permits),
    and an object limited to a matter ("sepanjang mengenai …") or to items ("huruf b") is left
    out: which of its words are revoked is no unit the index holds. ``unread`` collects the
    articles named that could not be read ("Pasal 2a ayat(21", OCR's "Pasal 28 ayat (2)")."""
    found: list[RevokedProvision] = []
    for number in sorted(_closing_articles(articles)):
        article = articles[number]
        units = article.text.split("\n")
        for index, unit in enumerate(units):
            phrases = [p for p in _REVOKE.finditer(unit) if p.group("strong")]
            items = _revoked_list_items(units, index, parts=True) if phrases else None
            if items is None:
                continue
            for text in items + [_revoking_sentence(unit, phrases[-1])]:
                for segment in _object_segments(text):
                    found += [p for p in _revoked_provisions(segment, article.pasal, unread)
                              if p not in found]
    return tuple(found)


#: What a revoked object names before its regulation when it is a list of articles.
_PROVISION_HEAD = re.compile(r"^\s*(?:ketentuan\s+(?:dalam\s+)?)?(?=Pasal\b)", re.I)
_PROVISION_PASAL = re.compile(r"\bPasal\s+(?P<num>[0-9lIO]+(?:\s?[A-Z]\b|[a-z]\b)?)")
#: An ayat number, also as OCR misreads its brackets ("ayat(21", "ayat l2l" for ayat (2)).
_PROVISION_AYAT = re.compile(
    r"\bayat\s*(?:\((?P<plain>\d{1,3}[a-z]?)\)|[(l]\s*(?P<ocr>[0-9lIO]{1,2}?)\s*[)1l])")
#: What may stand between the articles of a list besides their ayat ("dan", commas).
_PROVISION_GLUE = re.compile(r"^(?:\s|,|\bdan\b|\bserta\b)*$")
_PROVISION_ITEMS = re.compile(r"\s*(?:huruf|angka)\s+\w+(?:\s*(?:,|dan)\s*(?:huruf|angka)?\s*"
                              r"\w+)*(?:\s|,|\bdan\b|\bserta\b)*$")
_OCR_GLUED_LAW = re.compile(r"\bUndang\s?Undang\b")
#: OCR's "dan" as "dart" between two articles of a list ("Pasal 194, dart Pasal 195", UU 1/2023
#: Pasal 622 ayat (1) huruf v); elsewhere "dart" is as often "dari" ("dart Luar Negeri").
_OCR_LIST_DAN = re.compile(r",\s*dart\s+(?=Pasal\b)")
#: What stands between the two ayat of a range, once they are taken out ("ayat (2) sampai
#: dengan ayat (9)").
_AYAT_TO = re.compile(r"^\s*sampai\s+dengan\s+(?=\S|$)|^\s*sampai\s+dengan\s*$")
#: The rest of a number OCR split with a space ("Pasal 11 1 sampai dengan Pasal 126").
_SPLIT_DIGITS = re.compile(r"^ (\d{1,2})\b")
_OCR_YEAR = re.compile(r"\b(Tahun\s+)([0-9lIO]{4})\b")


def _revoked_provisions(segment: str, by: str, unread: list[str] | None = None
                        ) -> list[RevokedProvision]:
    """The articles one revoked object names before its regulation ("Pasal 2 ayat (1), Pasal
    3, dan Pasal 13 UU 31/1999 …", "Pasal 36 sampai dengan Pasal 40 UU 26/2000 …"); none
    when its head holds anything else (a matter, an item, an OCR'd word that reads as
    neither)."""
    segment = _OCR_LIST_DAN.sub(", dan ", _OCR_GLUED_LAW.sub("Undang-Undang", segment))
    segment = _OCR_YEAR.sub(lambda m: m.group(1) + m.group(2).translate(_OCR_DIGITS), segment)
    name = _REVOKED_NAME.search(segment)
    head = _PROVISION_HEAD.match(segment)
    if name is None or head is None or _EMERGENCY_LAW.match(name.group(1)) \
            or _AS_FAR_AS.search(segment[:name.start()]):
        return []
    regulation = re.sub(r"\s+", " ", name.group(1)).strip(" ,")
    found: list[RevokedProvision] = []
    marks = list(_PROVISION_PASAL.finditer(segment, head.end(), name.start()))
    for position, mark in enumerate(marks):
        end = marks[position + 1].start() if position + 1 < len(marks) else name.start()
        rest = segment[mark.end():end]
        number = mark.group("num").replace(" ", "")
        split = _split_number(number, rest, found, marks[position + 1:])
        if split:
            number, rest = number + split.group(1), rest[split.end():]
        ayat = tuple(_ocr_number(a.group("plain") or a.group("ocr")) or "?"
                     for a in _PROVISION_AYAT.finditer(rest))
        pasal = _ocr_number(number)
        ayat, between = _ayat_span(ayat, _PROVISION_AYAT.sub("", rest))
        to = re.fullmatch(r"\s*sampai\s+dengan\s*", between) and not ayat
        if (pasal or "a")[-1].islower():
            fits = () if _PROVISION_ITEMS.match(between) else _fitting_numbers(
                number, found, marks[position + 1:])
            if unread is not None:
                unread.append(f"{mark.group().strip()} {regulation}")
            if fits and ayat and "?" not in ayat and _PROVISION_GLUE.match(between):
                found.append(RevokedProvision(regulation, number, ayat, by, fits))
            continue   # "Pasal 2a": OCR's 28 or 29 (or 2A)
        if _PROVISION_ITEMS.match(between):
            continue   # "Pasal 126 huruf e": an item, no unit of the index
        if pasal is None or "?" in ayat or not (to or _PROVISION_GLUE.match(between)):
            if unread is not None:
                unread.append(f"{segment[head.end():name.start()].strip()[:80]} {regulation}")
            return []
        found.append(RevokedProvision(regulation, pasal, ayat, by))
        if to and position + 1 < len(marks):
            found += [RevokedProvision(regulation, str(n), (), by)
                      for n in _pasal_range(pasal, marks[position + 1].group("num"))]
    return found


def _ayat_span(ayat: tuple[str, ...], between: str) -> tuple[tuple[str, ...], str]:
    """The ayat of "Pasal 158 ayat (2) sampai dengan ayat (9)" (UU 23/2014 Pasal 409) one by
    one, and what stands between the articles without the range's words; ``ayat`` and
    ``between`` as they are for anything else (or an implausible range, over 30 ayat)."""
    to = _AYAT_TO.match(between)
    if to is None or len(ayat) != 2 or not all(a.isdigit() for a in ayat) \
            or not 0 < int(ayat[1]) - int(ayat[0]) <= 30:
        return ayat, between
    return tuple(str(n) for n in range(int(ayat[0]), int(ayat[1]) + 1)), between[to.end():]


def _fitting_numbers(printed: str, before: list[RevokedProvision],
                     after: list[re.Match[str]]) -> tuple[str, ...]:
    """The articles a number OCR printed with a letter at its end may be ("2a": 20 … 29, 2A)
    that fit between the article read before it and the next one named ("Pasal 27 …, Pasal 2a
    …, Pasal 30": 28, 29); () without such a neighbour on both sides (too many to choose
    from) or a number that is not digits and one letter."""
    match = re.fullmatch(r"(\d{1,3})([a-z])", printed)
    read_before = [p for p in before if not p.fits]
    if match is None or not read_before or not after:
        return ()
    low = _ocr_number(read_before[-1].pasal)
    high = _ocr_number(after[0].group("num").replace(" ", ""))
    if low is None or high is None:
        return ()
    digits = match.group(1)
    numbers = [f"{digits}{n}" for n in range(10)] + [f"{digits}{match.group(2).upper()}"]
    return tuple(n for n in numbers if _pasal_key(low) < _pasal_key(n) < _pasal_key(high))


def _split_number(number: str, rest: str, before: list[RevokedProvision],
                  after: list[re.Match[str]]) -> re.Match[str] | None:
    """The digits after a space that complete ``number`` ("Pasal 11 1 sampai dengan Pasal
    126": 111), when the joined number fits its list: above the article read before it and
    below the next one named, and at least one of them there to say so; else None (the
    item stays unread)."""
    split = _SPLIT_DIGITS.match(rest)
    if split is None or not number.isdigit():
        return None
    joined = int(number + split.group(1))
    low = before[-1].pasal if before else None
    high = _ocr_number(after[0].group("num").replace(" ", "")) if after else None
    bounds = [b for b in (low, high) if b is not None]
    if not bounds or not all(b.isdigit() for b in bounds):
        return None
    if (low is not None and int(low) >= joined) or (high is not None and int(high) <= joined):
        return None
    return split


def _pasal_range(first: str, last: str) -> range:
    """The plain numbers strictly between ``first`` and ``last`` of "Pasal 36 sampai dengan
    Pasal 40" (both ends are read as articles of their own); none for an unreadable or
    implausible range (over 300 articles)."""
    low, high = _ocr_number(first), _ocr_number(last.replace(" ", ""))
    if not (low and high and low.isdigit() and high.isdigit()) \
            or not 0 < int(high) - int(low) <= 300:
        return range(0)
    return range(int(low) + 1, int(high))


def _closing_articles(articles: list[Article]) -> set[int]:
    """Indexes of the articles that hold closing provisions, where an older law repeals another
    with the bare "… dinyatakan tidak berlaku" (elsewhere the phrase voids a permit, a
    certificate, a Perppu the DPR rejects): those under a BAB named Ketentuan Penutup, and the
    last three articles of each part (a law without BAB, or whose headings were not read)."""
    closing = {n for n, a in enumerate(articles)
               if a.bab and re.search(r"\bPENUTUP\b", a.bab, re.I)}
    for part in {a.part for a in articles}:
        own = [n for n, a in enumerate(articles) if a.part == part and a.amends is None]
        closing.update(own[-3:])
    return closing


def _revoking_sentence(unit: str, phrase: re.Match[str]) -> str:
    """The sentence of ``unit`` that ends with the revoking ``phrase`` (the last one in a unit
    glued to the text before it: "… tersebut. BAB XXI … Pasal 261 Pada saat …")."""
    sentence = unit[:phrase.end()]
    starts = list(_REVOKE_LEAD_IN_START.finditer(sentence))
    return sentence[starts[-1].start():] if starts else sentence


#: A regulation's name right after a revoking phrase, and where the sentence naming it ends
#: (before a glued "Pasal 38 …", "BAB …", "(2) …").
_NAMED_NEXT = re.compile(r"\s+(?:Undang-Undang|Peraturan|Keputusan|Instruksi)\b", re.I)
_NEXT_SENTENCE = re.compile(r"\.\s+(?=Pasal\b|BAB\b|\(\d)")


def _objects_after(units: list[str], index: int, phrase: re.Match[str]) -> list[str]:
    """What a revoking phrase names after it: the rest of its sentence ("… dinyatakan tidak
    berlaku lagi Undang-undang Nomor 11 Tahun 1990 …"), or the items of the list it opens
    ("… dinyatakan tidak berlaku: a. …; b. …"), up to the first unit that is no such item."""
    rest = units[index][phrase.end():]
    if _NAMED_NEXT.match(rest):
        return [_NEXT_SENTENCE.split(rest, maxsplit=1)[0]]
    if rest.strip() != ":":
        return []
    items: list[str] = []
    for after in units[index + 1:]:
        style = _list_style(after)
        if style is None or (items and style != _list_style(items[0])):
            break
        items.append(after)
    return items


#: A list label: "a." … "z.", then "aa." … (UU 1/2023 Pasal 622 ayat (1) runs to "cc."), "1.", "1)".
_LIST_LABEL = re.compile(r"^\s*(?:(?P<letter>[a-z]{1,2})|(?P<digit>\d{1,3}))(?P<close>[.)])\s")
#: Where a revoking sentence starts (the last one in a unit glued to the text before it).
_REVOKE_LEAD_IN_START = re.compile(r"\b(?:Pada saat|Dengan (?:mulai )?(?:di)?berlakunya|Dengan beralihnya|"
                                   r"Sejak|Terhitung)\b")
#: What a revoking sentence opens with before its object ("Pada saat Undang-Undang ini mulai berlaku, ").
#: It ends after "… mulai berlaku" / "berlakunya … ini" (a comma may be missing) or at its first comma.
_REVOKE_LEAD_IN = re.compile(
    r"^\s*(?:\(\d+[a-z]?\)\s*)?(?:Pada saat|Dengan|Sejak|Terhitung)\b(?:[^,]*?\bmulai berlaku\b|"
    r"[^,]*?\bberlakunya(?:\s+[\w-]+){1,3}?\s+ini\b|[^,]*)\s*,?\s*(?:maka\s+)?", re.I)
_OBJECT_LABEL = re.compile(r"^\s*(?:dan|atau|serta)?\s*(?:\(\d+[a-z]?\)|(?:[a-z]{1,2}|\d{1,3})[.)])?\s*")
#: A revoked object limited to what it says on a matter ("UU 13/1965 … sepanjang mengenai
#: ketentuan tentang Mahkamah Agung", UU 14/1985 Pasal 81): a part of the regulation.
_AS_FAR_AS = re.compile(r"\b(?:sepanjang|sejauh)\b", re.I)
#: A list's introduction naming the matter its items are revoked on ("ketentuan yang mengatur
#: mengenai … dalam:"): only those parts of each item are.
_MATTER_INTRO = re.compile(r"\b(?:mengenai|tentang|yang\s+mengatur|sepanjang|sejauh)\b", re.I)
#: Words saying a revoked object is a part of a regulation (its articles, chapters, annexes,
#: provisions on a matter) or its implementing rules, not the regulation itself.
_PARTIAL_OBJECT = re.compile(r"\b(?:Pasal|Bab|Bagian|Paragraf|Lampiran|ayat|huruf|angka|ketentuan|"
                             r"pelaksanaan)\b", re.I)


def _list_style(unit: str) -> tuple[bool, str] | None:
    label = _LIST_LABEL.match(unit)
    return (label.group("letter") is not None, label.group("close")) if label else None


def _revoked_list_items(units: list[str], index: int, *, parts: bool = False
                        ) -> list[str] | None:
    """The items before ``units[index]`` of the list whose last item ends with the revoking
    phrase ("a. …; b. …; c. …, dicabut dan dinyatakan tidak berlaku."): the same label style,
    none with a predicate of its own ("… tetap berlaku"). None when the list's introduction
    says its items are only parts ("ketentuan yang mengatur mengenai … dalam: a. …; b. …"),
    unless ``parts`` are asked for and it names no matter ("ketentuan dalam: a. Pasal 2 …",
    UU 1/2023 Pasal 622 ayat (1))."""
    unit = units[index]
    style = _list_style(unit)
    revoking = _REVOKE.search(unit)
    assert revoking is not None   # both callers found the revoking phrase in it
    if (style is None or unit[revoking.end():].strip(" .;") != ""
            or _REVOKE_LEAD_IN_START.search(unit)):
        return []
    items: list[str] = []
    for before in reversed(units[:index]):
        # an item's own predicate ("… dinyatakan tetap berlaku;"), not a title's noun
        # ("UU 11/1998 tentang Perubahan Berlakunya UU 25/1997", UU 13/2003 Pasal 192 angka 14)
        if _list_style(before) != style or re.search(r"\b(?:berlaku|dicabut)\b", before, re.I):
            intro = _REVOKE_LEAD_IN.sub("", before, count=1)
            if _list_style(before) is None and intro.rstrip().endswith(":") and _PARTIAL_OBJECT.search(intro):
                return None if not parts or _MATTER_INTRO.search(intro) else items
            break
        items.insert(0, before)
    return items


def _revoked_names(segment: str) -> list[str]:
    """The regulations one revoked object names. "UU 32/2004 … sebagaimana telah diubah … dengan
    UU 12/2008 tentang Perubahan Kedua atas UU 32/2004" revokes the amendment with the law, but an
    amending law whose title does not name the revoked law (an omnibus: "… terakhir dengan UU 11/2020
    tentang Cipta Kerja") keeps its other parts, so it is not revoked."""
    head, _, tail = segment.partition("sebagaimana")
    names = [re.sub(r"\s+", " ", name.group(1)).strip(" ,") for name in _REVOKED_NAME.finditer(head)
             if not _EMERGENCY_LAW.match(name.group(1))]
    own = {_named_number_year(n) for name in names
           for n in [_AMENDED_REF.match(name)] if n} - {None}
    for name in _REVOKED_NAME.finditer(tail):
        if _EMERGENCY_LAW.match(name.group(1)):
            continue
        cleaned = re.sub(r"\s+", " ", name.group(1)).strip(" ,")
        cited = {_named_number_year(n) for n in _AMENDED_REF.finditer(cleaned)} - {None}
        if not own or (cited & own and cited - own):  # own name unread ("Nomor 2 Prp Tahun 1960"): keep
            names.append(cleaned)
    return names


#: "Undang-undang Darurat No. 7 Tahun 1958": a series of its own (1950-1959) that a citation
#: of UU 7/1958 would misname; named inside the title of the law that enacted it, it is not
#: what is revoked.
_EMERGENCY_LAW = re.compile(r"Undang-Undang\s+Darurat\b", re.I)


def _object_segments(text: str) -> list[str]:
    """``text`` cut into the objects it revokes (at semicolons outside brackets), without the
    lead-in clause or list labels."""
    segments, depth, start = [], 0, 0
    for position, char in enumerate(text):
        depth += (char == "(") - (char == ")")
        if char == ";" and depth <= 0:
            segments.append(text[start:position])
            start, depth = position + 1, 0
    segments.append(text[start:])
    cut = []
    for number, segment in enumerate(segments):
        if number == 0:
            segment = _REVOKE_LEAD_IN.sub("", segment, count=1)
        label = _OBJECT_LABEL.match(segment)
        assert label is not None   # every part of it is optional: it matches any text
        cut.append(segment[label.end():])
    return cut


def _revoked_objects(text: str) -> list[str]:
    """``text``'s revoked objects (``_object_segments``) without those that are only part of a
    regulation."""
    objects: list[str] = []
    for segment in _object_segments(text):
        first = _REVOKED_NAME.search(segment)
        if first is None or _PARTIAL_OBJECT.search(segment[:first.start()]) \
                or _AS_FAR_AS.search(segment):
            continue
        objects.append(segment)
    return objects
