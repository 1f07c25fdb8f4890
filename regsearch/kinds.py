"""Rule kinds and addressees of ayat and list items (pure functions, no I/O).

What this module answers: *what kind of rule does this unit state, and for whom?*
The kinds are those of ``models.KINDS``: kewajiban (obligation), syarat (requirement),
larangan (prohibition), hak (right), kewenangan (power / discretion), sanksi (sanction)
and definisi (definition). A unit may state several, or none (an empty tuple).

Approach
--------
Indonesian legislative drafting (UU 12/2011 Lampiran II) marks the kind of a norm with a
small, fixed set of *operators*: ``wajib``/``harus`` for obligations, ``dilarang``/``tidak
boleh`` for prohibitions, ``berhak`` for rights, ``berwenang``/``dapat`` for powers,
``dikenai sanksi``/``dipidana`` for sanctions, ``yang dimaksud dengan … adalah`` for
definitions. The classifier looks for operators, not for topic words, and then asks
whether each occurrence really *operates* in its sentence. The conventions followed are
those of ``eval/kinds-dev.json`` (its "conventions" text); in short:

* **Relative clauses and noun phrases do not operate.** ``pejabat yang berwenang``,
  ``perbuatan yang dilarang``, ``pihak yang tidak berhak``, ``Wajib Pajak``, ``simpanan
  wajib sebesar …``, ``secara wajib`` name or qualify things; they impose nothing. An
  operator right after ``yang``/``sebagaimana``/``secara`` is skipped, party names built on
  "Wajib" are masked, and an adjectival ``wajib`` is recognised by what follows it.
* **Negation cancels or flips.** ``tidak dilarang``/``tidak dikenai sanksi``/``tidak
  dapat`` state nothing; ``tidak wajib`` is an exemption, labelled hak when it is the
  unit's only norm ("tidak wajib X tetapi wajib Y" stays kewajiban).
* **Subordinate clauses do not operate.** A "bahwa …" complement reports a statement
  ("pernyataan bahwa Pemohon berhak …"); an operator inside a trailing "apabila/jika/
  kecuali/padahal …" clause describes the condition ("dapat mempekerjakan … apabila …
  pekerjaan tersebut harus dilaksanakan …" is kewenangan only).
* **``dapat`` is a power only with an actor and an active verb** ("KPU dapat menetapkan",
  "Pengusaha dapat mengajukan"), or with a passive whose agent is named ("dapat dialihkan
  oleh Menteri"). Stative or causal verbs ("dapat menimbulkan", "dapat berupa"), purpose
  clauses ("agar dapat", "untuk dapat"), ``tidak/belum dapat`` and agentless passives
  ("dapat dipilih kembali") are mere possibility. ``dapat dikenai sanksi`` is a sanction.
* **A denied power forbids; a received benefit entitles.** "Perjanjian kerja … tidak dapat
  diadakan …", "Siapapun tidak dapat menghalang-halangi …" are larangan when "tidak dapat"
  is the main predicate (not in a condition, relative or causal clause, a list item, before
  verbs of attainment or immunity: "tidak dapat dihindari", "tidak dapat dituntut"). The
  commas of a list of subjects ("calon gubernur, calon bupati, dan calon walikota …") do not
  end a clause. A "tidak dapat" that states a consequence forbids nothing: an impersonal
  passive with its patient after the verb ("Terhadap putusan … tidak dapat dilakukan upaya
  hukum") and an active one after a status ("… dinyatakan gugur dan tidak dapat mengikuti
  Pemilihan"). "Pekerja/buruh … memperoleh uang pesangon …" and "Bagi pekerja/buruh …
  diberikan uang pisah …" are hak when the benefit received or given is the main predicate
  and a party is named ("memperoleh izin" is no benefit; "dilarang/untuk menerima", "harus
  diberi" no grant); so is "dapat memperoleh" a benefit ("dapat menerima" permits).
* **Requirements are framed, obligations are not.** ``harus memenuhi persyaratan``,
  "Untuk dapat X, … harus Y", "Persyaratan … meliputi:", "jika/dalam hal … memenuhi
  persyaratan", "diberikan setelah memenuhi persyaratan" and the conditions listed under a
  power ("Pemohon dapat mengajukan izin … apabila:") are syarat; any other ``harus`` +
  action is kewajiban, and ``wajib memenuhi persyaratan`` (an operational duty) too.
* **Sanction clauses are sanksi only**: a power to sanction ("berwenang mengenakan
  sanksi", "dapat menetapkan/menerapkan sanksi", "berwenang mengambil tindakan
  administratif", revoking a licence after a breach) is not also kewenangan. A written
  warning given for a breach ("… yang melanggar ketentuan … Pasal 12 … diberikan peringatan
  tertulis") is a sanction; one in a clause of time or a past fact ("setelah … diberikan
  surat peringatan") is a step of another rule. Sanction words after a request ("rekomendasi
  kepada KPU untuk memberikan sanksi") impose nothing. In a KETENTUAN PIDANA chapter bare
  penalty wording ("Pidana tambahan berupa …") is sanksi as well.
* **Saving clauses keep a named party's right or duty**: "… tidak menghilangkan hak
  pekerja/buruh atas jaminan hari tua" is the worker's hak, "… tidak menghapuskan kewajiban
  orang tua …" the parents' kewajiban (not in a proviso "dengan tidak mengurangi …" nor in
  a list item, which completes its lead-in).
* **Definitions are definisi only**: items of the Ketentuan Umum list and other "X adalah
  …" provisions; operator words inside a definition belong to the defined notion
  ("Pemeriksa adalah pegawai yang diberi wewenang …"). When the subject is an operator
  noun ("Kewajiban Pengusaha adalah …") the unit takes that kind instead, and "X adalah
  sebagai berikut:" or "… adalah sebesar Rp…" are not definitions at all. Nor is an item
  completing a rule's lead-in ("… harus memenuhi syarat sebagai berikut: … b. perjanjian
  kerja yang berlaku … adalah perjanjian kerja untuk waktu tertentu …" is syarat), a
  predicate that only names or classes its subject ("… adalah Panlih", "Tindak pidana …
  adalah pelanggaran"; a description — "yang …", "antara …", "selain …" — or a genus of
  extent or activity — "adalah jangka waktu …", "adalah keseluruhan …" — makes it one), a
  time ("…
  adalah sejak tanggal …") or a verb for a term ("Dikecualikan dari … adalah …").
* **Housekeeping states nothing**: delegation ("diatur dengan Peraturan …"),
  commencement ("… ini mulai berlaku pada …"), repeal ("dicabut dan dinyatakan tidak
  berlaku"), deleted units ("dihapus."), and timing-only transitional clauses.
* **List items inherit from their lead-in** (the ayat text or the parent item): "… harus
  memenuhi persyaratan sebagai berikut: … s. menyatakan … pengunduran diri …" is syarat,
  "Sanksi administratif … berupa: a. teguran" is sanksi. An item whose own words carry a
  different operator takes that kind ("dilarang …" under "harus memenuhi ketentuan:"), but
  inside a requirement list ``harus``/``wajib``/``dapat``/sanksi words only describe the
  requirement, and under "dilarang:"/"wajib:"/"berhak:" an item that starts with its verb
  is the act itself. Items of a reported statement ("… yang menyatakan:") grant no powers.

The addressee (``find_subject``) is the noun phrase before the first operator ("Calon
Gubernur …", "KPU Provinsi", "Setiap orang"), with leading adverbial/conditional clauses
("Sekurang-kurangnya dalam waktu 7 hari …,") and a topic with a reference ("Pemutusan
hubungan kerja sebagaimana dimaksud pada ayat (1) pekerja/buruh … berhak") removed and
cut before modifiers ("yang …", "sebagaimana dimaksud …", "dalam …") or its own verb
("Barangsiapa melakukan …" → "Barangsiapa"). An operator in a clause of its own takes
that clause's subject: after "maka", ", dengan ketentuan", a declared status ("… batal
demi hukum dan pengusaha wajib …") or, where the sentence names nobody, ", dan" after a
verb ("… tidak berlaku, dan pengusaha wajib …"). For an agentive passive ("wajib
disampaikan oleh X", "Pembayaran oleh X harus dilakukan", "diwajibkan bagi X") it is the
agent; for an agentless one it is None (the bearer is implied, not printed). An item that
names no subject takes its lead-in's. A unit whose kinds address different parties keeps
each kind's (``Ayat.addressees``): "Pengusaha dapat melakukan pemutusan hubungan kerja …,
dengan ketentuan pekerja/buruh berhak …" is the employer's kewenangan and the worker's hak.
``normalize_subject`` folds case, punctuation and spacing for filtering.

Performance: every pattern is compiled once at import. Each kind's patterns run only when
one of its cue words occurs in the unit, and no pattern backtracks over the whole string
from every position, so a unit costs on the order of 0.1 ms. Nothing heavy is imported.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Iterable

from .models import KINDS, Article, Ayat, Item, Regulation

__all__ = [
    "classify", "find_subject", "normalize_subject", "annotate_article",
    "annotate_regulation", "is_definition_article",
]


# ======================================================================================
# Text preparation
# ======================================================================================

#: PDF extraction splits suffixes off words ("mengena kan sanksi", "kewajiban nya"); neither
#: suffix is a word on its own in legislative text, so they are glued back.
_SPLIT_SUFFIX = re.compile(r"(?<=[a-z]{3}) (?=(?:kan|nya)\b)")

#: Party names built on "wajib" (Wajib Pajak = taxpayer, Wajib Bayar = payer …) name a
#: party and impose nothing; they are masked before operators are searched.
_WAJIB_NOUN = re.compile(
    r"\bwajib\s+(?:pajak|bayar|pungut|retribusi|zakat|lapor|daftar|militer|belajar|simpan|"
    r"cukai|potong|setor)\b")
#: Capitalised "Wajib" before a capitalised word is a defined party name ("Wajib PAT").
_WAJIB_NAME = re.compile(r"\bWajib\s+[A-Z][\w/-]*")


def _fold(text: str) -> str:
    """Whitespace folded to single spaces, split ``-kan``/``-nya`` suffixes rejoined."""
    folded = " ".join(text.split())
    if " kan" in folded or " nya" in folded:
        folded = _SPLIT_SUFFIX.sub("", folded)
    return folded


def _lower_masked(folded: str) -> str:
    """Lower-cased ``folded`` with party names built on "wajib" masked by ``#``.

    Masking keeps the length, so offsets found in the result are valid in ``folded``.
    """
    low = folded.lower()
    if "wajib" not in low:
        return low
    if len(low) == len(folded):  # (an exotic case mapping would shift offsets: skip)
        for m in _WAJIB_NAME.finditer(folded):
            low = low[:m.start()] + "#" * (m.end() - m.start()) + low[m.end():]
    return _WAJIB_NOUN.sub(_mask, low)


def _mask(m: re.Match[str]) -> str:
    return "#" * len(m.group())


def _cues(*words: str) -> re.Pattern[str]:
    return re.compile("|".join(re.escape(w) for w in words))


# Cheap gates: a kind's patterns only run when one of its cue words occurs, which keeps
# classification fast on the many units that state no rule of that kind.
_KEWAJIBAN_CUES = _cues("wajib", "harus")
_LARANGAN_CUES = _cues("larang", "tidak boleh", "tidak dib", "tidak diper", "tidak dii")
_HAK_CUES = _cues("berhak", " hak")
_KEWENANGAN_CUES = _cues("wenang", "dapat")
_SANKSI_CUES = _cues("sanksi", "pidana", "denda", "hukuman", "dihukum", "teguran", "uang paksa",
                     "tindakan administratif", "kurungan", "penjara", "cabut", "beku",
                     "peringatan")
_SYARAT_CUES = _cues("syarat", "kriteria", "kualifikasi")
_DEFINITION_CUES = _cues("adalah", "ialah", "dimaksud dengan", "selanjutnya")
_DELEGATION_CUES = _cues("diatur", "ditetapkan", "dituangkan", "ketentuan", "pengaturan")


# ======================================================================================
# The context of an operator
# ======================================================================================

#: Words right before an operator that make it a modifier, not a norm ("pejabat yang
#: berwenang", "sebagaimana dilarang dalam …"; "secara wajib" = "mandatorily").
_RELATIVE = frozenset({"yang", "sebagaimana", "seperti", "secara",
                       # "jaminan hari tua yang bersifat wajib" (UU 13/2003 Pasal 167 (6)):
                       # a quality of the thing, no duty
                       "bersifat",
                       # an embedded question names content: "alasan … mengapa harus
                       # melakukan mogok kerja" (the contents of a notice)
                       "mengapa", "bagaimana"})
_NEGATION = frozenset({"tidak", "belum", "bukan", "tanpa", "tak"})
#: Adverbs that may sit between a negation or "yang" and the operator.
_ADVERBS = frozenset({"juga", "pula", "hanya", "tetap", "masih", "lagi", "pun", "selalu",
                      "senantiasa", "sudah", "telah", "segera", "perlu", "pernah", "sedang"})
_WORD = re.compile(r"[a-z#/-]+")
_REPORTED = re.compile(r"\bbahwa\b")


#: OCR puts stray dots inside words ("tidak p.ernah dipidana", UU 7/2017 Pasal 21): read
#: across them, or the negation is lost. (Abbreviations like "s.d." are no operators' context.)
_DOT_IN_WORD = re.compile(r"(?<=[a-z])\.(?=[a-z])")


def _previous_words(low: str, start: int, n: int) -> list[str]:
    """Up to ``n`` words before ``start``, nearest first, skipping filler adverbs."""
    window = low[max(0, start - 60):start]
    if "." in window:
        window = _DOT_IN_WORD.sub("", window)
    words = _WORD.findall(window)
    return [w for w in reversed(words) if w not in _ADVERBS][:n]


def _is_reported(low: str, start: int) -> bool:
    """True inside a "bahwa …" complement of the current clause: "pernyataan bahwa Pemohon
    berhak …" reports a statement, it does not grant the right."""
    boundary = max(low.rfind(",", 0, start), low.rfind(";", 0, start), low.rfind(":", 0, start))
    return _REPORTED.search(low, boundary + 1, start) is not None


def _context(low: str, start: int) -> str:
    """``'reported'``, ``'negated'``, ``'relative'``, ``'relative-negated'`` or ``''``."""
    if _is_reported(low, start):
        return "reported"
    prev = _previous_words(low, start, 2)
    if not prev:
        return ""
    if prev[0] in _NEGATION:
        return "relative-negated" if len(prev) > 1 and prev[1] in _RELATIVE else "negated"
    return "relative" if prev[0] in _RELATIVE and not _is_cleft(low, start) else ""


def _is_cleft(low: str, start: int) -> bool:
    """A sentence-initial "Yang berhak/wajib/… X adalah Y" is a cleft that states the rule
    ("Yang berhak menerima pensiun anak adalah …"), not a relative clause: no antecedent."""
    return low[:start].strip(" \"'(").rstrip() == "yang"


@dataclass(frozen=True)
class _Hit:
    """One operating occurrence: its kind, where it starts, and whether it is passive."""

    kind: str
    start: int
    passive: bool = False
    #: A prohibition read from a denied power ("tidak dapat diadakan"): it yields to a
    #: sanction in the same unit, where the bar is part of the penalty.
    denial: bool = False
    #: The span of the phrase naming the party of a passive grant ("Bagi pekerja/buruh …, …
    #: diberikan uang pisah"): that party, not the words before the verb, is the addressee.
    recipient: tuple[int, int] | None = None


_PASSIVE_VERB = re.compile(r"di(?!ri\b)[a-z]{3,}")
_GOVERNED_VERB = re.compile(r"\s*(?:(?:untuk|segera|terlebih\s+dahulu|sudah|telah)\s+)*([a-z-]+)")
_ACTIVE_VERB = re.compile(r"(?:me|be|ber|ter|per|memper)[a-z]{2,}|(?:minta|bekerja)$")
_ACTIVE_VERB_START = re.compile(r"(?:me|ber|mem|men|meng|meny)[a-z]{3,}\b")


def _governs_passive(low: str, end: int) -> bool:
    """True when the operator ending at ``end`` governs a passive verb ("wajib dilaporkan")."""
    m = _GOVERNED_VERB.match(low, end)
    return bool(m and _PASSIVE_VERB.match(m.group(1)))


# Nominal norms: the operator noun is the subject ("Kewajiban Pengusaha meliputi: …").
# ("berupa"/"antara lain" only before a list: "bagi Pelapor berupa perusahaan …" describes
# an entity.)
_NOMINAL_PREDICATE = (r"[^.;:]*?(?:\b(?:adalah|ialah|yaitu|yakni|meliputi|sebagai\s+berikut|"
                      r"terdiri\s+(?:atas|dari))\b|\b(?:berupa|antara\s+lain)\s*:)")


def _nominal(head: str) -> re.Pattern[str]:
    return re.compile(r"\W*(?:adapun\s+)?(?:" + head + r")\b" + _NOMINAL_PREDICATE)


# ======================================================================================
# kewajiban (and syarat framed with "harus")
# ======================================================================================

_KEWAJIBAN = re.compile(
    r"\b(?:wajib|berkewajiban|diwajibkan|mewajibkan|diharuskan|mengharuskan|harus"
    r"|dibebani\s+kewajiban|(?:mempunyai|memiliki|memikul)\s+(?:tugas\s+dan\s+)?kewajiban)\b")
_KEWAJIBAN_NOUN = _nominal("kewajiban")
#: An operator "wajib" governs a verb or a list; followed by these (or by the end of the
#: sentence) it is an adjective: "simpanan wajib sebesar …", "urusan wajib lainnya".
_WAJIB_ADJECTIVAL_NEXT = re.compile(
    r"\s*(?:$|[,.;)]|(?:yang|dan|atau|serta|sebesar|adalah|ialah|merupakan|bagi|sebagaimana|"
    r"dari|ini|itu|tersebut|anggota|tahunan|bulanan|lain|lainnya)\b)")
#: "… kewajiban … dilaksanakan paling lama 1 (satu) tahun sejak …" only says when a duty
#: starts to apply (convention 9).
_TIMING_ONLY = re.compile(
    r"\b(?:dilaksanakan|berlaku|mulai\s+berlaku|diberlakukan)\b[^.;]*?\b(?:paling\s+lama|"
    r"paling\s+lambat|sejak|terhitung|pada\s+tanggal|mulai\s+tanggal)\b")
#: Requirement framing for "harus"/"wajib": "Untuk dapat diangkat …, calon harus …".
_SYARAT_PURPOSE = re.compile(
    r"\W*(?:untuk|agar)\s+(?:dapat|memperoleh|mendapatkan|mendapat|menjadi|diangkat|"
    r"ditetapkan|didaftar|terdaftar|diterima|mengikuti|mencalonkan)\b")
_REQUIREMENT_SUBJECT = re.compile(r"\W*(?:adapun\s+)?(?:per)?syarat(?:an)?\b")
_REQUIREMENT_NOUN = r"(?:per)?syarat(?:an)?(?:-(?:per)?syarat(?:an)?)?|kriteria|kualifikasi"
_HARUS_MEMENUHI_SYARAT = re.compile(
    r"\s*(?:\w+\s+){0,2}?(?:memenuhi|dipenuhi)\s+(?:\w+\s+)?(?:" + _REQUIREMENT_NOUN + r")\b")
#: "Menteri dapat mewajibkan …" grants a power; no duty exists yet.
_POWER_BEFORE = frozenset({"dapat", "berwenang", "untuk"})


#: "… diwajibkan bagi pengusaha yang memenuhi persyaratan …" (UU 13/2003 Pasal 12 ayat (2)):
#: a duty laid "bagi/kepada" a party in the passive is that party's, not its topic's.
_BEARER_AFTER = re.compile(r"\s+(?:bagi|kepada)\s+")


def _bearer_after(low: str, word: str, end: int) -> tuple[int, int] | None:
    """The span naming the bearer of a passive "diwajibkan/diharuskan bagi X", or None."""
    if word not in ("diwajibkan", "diharuskan"):
        return None
    bearer = _BEARER_AFTER.match(low, end)
    return (bearer.end(), _phrase_end(low, bearer.end())) if bearer else None


def _kewajiban_hits(low: str) -> tuple[list[_Hit], bool]:
    """Obligation hits (and syarat for requirement-framed "harus"/"wajib").

    Also returns whether a negated obligation ("tidak wajib") was seen: an exemption.
    """
    hits: list[_Hit] = []
    exempted = False
    # "Untuk dapat …, harus …" and "Persyaratan … harus …" frame a requirement.
    framed = bool(_SYARAT_PURPOSE.match(low) or _REQUIREMENT_SUBJECT.match(low))
    for m in _KEWAJIBAN.finditer(low):
        word, start, end = m.group(), m.start(), m.end()
        context = _context(low, start)
        if context == "negated":
            exempted = exempted or word != "harus"
            continue
        if context:
            continue
        if word == "wajib" and _WAJIB_ADJECTIVAL_NEXT.match(low, end):
            continue
        if word in ("mewajibkan", "mengharuskan") and \
                not _POWER_BEFORE.isdisjoint(_previous_words(low, start, 1)):
            continue
        if word in ("harus", "diharuskan") and (framed or _HARUS_MEMENUHI_SYARAT.match(low, end)):
            hits.append(_Hit("syarat", start))
        elif word in ("wajib", "diwajibkan") and framed:
            hits.append(_Hit("syarat", start))
        else:
            hits.append(_Hit("kewajiban", start, _governs_passive(low, end),
                             recipient=_bearer_after(low, word, end)))
    if _KEWAJIBAN_NOUN.match(low) and not _TIMING_ONLY.search(low):
        hits.append(_Hit("kewajiban", 0))
    return hits, exempted


# ======================================================================================
# syarat
# ======================================================================================

_SYARAT_NOMINAL = re.compile(
    # "Persyaratan … meliputi/sebagai berikut/adalah/harus …", "Syarat … yaitu"
    r"\W*(?:adapun\s+)?(?:per)?syarat(?:an)?\b[^.;]*?(?:\b(?:adalah|ialah|yaitu|meliputi|"
    r"sebagai\s+berikut|terdiri\s+(?:atas|dari)|harus|wajib)\b|\b(?:berupa|antara\s+lain)\s*:)")
_SYARAT = re.compile(
    # a condition: "jika/apabila/dalam hal/setelah … memenuhi persyaratan" (not "tidak memenuhi")
    r"\b(?:jika|apabila|bila|dalam\s+hal|setelah|sesudah|sepanjang|asalkan|asal|selama|sebelum)\s+"
    r"(?:[\w/-]+\s+){0,8}?(?<!tidak )(?<!belum )(?:memenuhi|dipenuhi(?:nya)?|terpenuhi(?:nya)?)\s+"
    r"(?:[\w/-]+\s+)?(?:" + _REQUIREMENT_NOUN + r")\b"
    # "setelah persyaratan … dipenuhi"
    r"|\b(?:jika|apabila|bila|setelah|sesudah|sepanjang)\s+(?:seluruh\s+|semua\s+)?"
    r"(?:per)?syarat(?:an)?\b[^.;]{0,80}?\b(?:dipenuhi|terpenuhi)\b"
    r"|\bdengan\s+(?:per)?syarat(?:an)?\b"
    r"|\b(?:merupakan|menjadi)\s+(?:per)?syarat(?:an)?\s+(?:untuk|bagi|dalam|yang)\b"
    # a list of requirements: "… adalah yang memenuhi persyaratan sebagai berikut:" (but
    # "wajib memenuhi persyaratan …" is an operational duty, convention 3)
    r"|(?<!wajib )(?<!berkewajiban )(?<!diwajibkan )\bmemenuhi\s+(?:" + _REQUIREMENT_NOUN
    + r")\s*(?:sebagai\s+berikut|berikut|:)"
    # a grant limited to those who meet requirements: "izin diberikan kepada … yang memenuhi …"
    r"|\b(?:diberikan|diterbitkan|disetujui|dikabulkan|diangkat|didaftar|ditetapkan)\b[^.;]{0,100}?"
    r"\byang\s+(?:telah\s+)?memenuhi\s+(?:" + _REQUIREMENT_NOUN + r")\b")
#: A lead-in whose list states the conditions of a power or right ("… dapat mengajukan
#: izin operasi apabila:"): its items are requirements (convention 11).
_CONDITION_LIST_LEAD = re.compile(
    r"\b(?:apabila|jika|bila|setelah|sepanjang|asalkan|dengan\s+syarat|dengan\s+ketentuan)\s*:\s*$")


def _syarat_hits(low: str) -> list[_Hit]:
    hits = [_Hit("syarat", m.start()) for m in _SYARAT.finditer(low)]
    if _SYARAT_NOMINAL.match(low):
        hits.append(_Hit("syarat", 0))
    return hits


# ======================================================================================
# larangan
# ======================================================================================

_LARANGAN = re.compile(
    r"\b(?:dilarang|tidak\s+boleh|tidak\s+diperbolehkan|tidak\s+dibolehkan|"
    r"tidak\s+diperkenankan|tidak\s+dibenarkan|tidak\s+diizinkan)\b")
_LARANGAN_NOUN = re.compile(
    r"\W*larangan\b[^.;]*?\b(?:diberlakukan|berlaku|dikenakan)\s+(?:terhadap|bagi|untuk|kepada)\b")


#: "X tidak dapat diadakan / mengalihkan …": the negated power is how statutes often forbid
#: ("Perjanjian kerja untuk waktu tertentu tidak dapat diadakan untuk pekerjaan yang bersifat
#: tetap", "Siapapun tidak dapat menghalang-halangi …"). Only as the main predicate of the
#: sentence: in a condition ("Dalam hal pemilihan tidak dapat dilaksanakan, …"), a relative or
#: causal clause ("yang mengakibatkan … tidak dapat dilanjutkan", "sakit sehingga tidak dapat
#: bekerja") or before a verb of attainment ("tidak dapat dihindari") it states an
#: impossibility. List items are left alone: under "diberhentikan apabila:" an item "tidak
#: dapat melaksanakan tugas" is a ground, not a rule.
_DENIED_POWER = re.compile(r"\btidak\s+(?:lagi\s+)?dapat\s+(?:(?:lagi|juga|pula)\s+)?([a-z-]+)")
_IMPOSSIBLE_VERBS = frozenset({
    "dihindari", "dihindarkan", "dicapai", "dipenuhi", "ditemui", "ditemukan", "dihubungi",
    "diketahui", "dibuktikan", "dijangkau", "diselesaikan", "dilanjutkan", "diperbaiki",
    "dipertanggungjawabkan", "diterima", "dipisahkan", "dihadiri", "hadir", "bekerja",
    "diberlakukan",
    # immunity of the subject ("Anggota DPRD tidak dapat dituntut …") protects it: no
    # prohibition it bears
    "dituntut", "digugat", "ditangkap", "ditahan", "diinterogasi", "dipidana", "dihukum"})
#: Opening a sentence, these make its first clause(s) subordinate.
_SUBORDINATE_OPENING = re.compile(
    r"\W*(?:dalam\s+hal|apabila|jika|bila|kalau|manakala|setelah|sesudah|sebelum|sejak|selama|"
    r"ketika|karena|seandainya|sepanjang|terhadap\s+\w+\s+yang)\b")
#: Inside the clause before the operator, these make it subordinate.
_SUBORDINATOR = re.compile(
    r"\b(?:dalam\s+hal|apabila|jika|bila|kalau|manakala|sejak|karena|sehingga|bahwa|agar|"
    r"supaya|mengakibatkan|menyebabkan|ketika|selama|sepanjang)\b")
#: After a comma, words that continue the same clause rather than open the main one.
_CLAUSE_CONTINUES = frozenset({"dan", "atau", "serta", "dan/atau", "kecuali", "baik", "yang",
                               "sebagaimana", "sepanjang", "termasuk", "tidak", "maupun",
                               "tetapi", "namun", "selain"})
#: A positive operator later in the same clause is the main predicate: the "tidak dapat"
#: before it sits in the subject ("Pekerja/buruh yang … dan tidak dapat melakukan
#: pekerjaannya … dapat mengajukan …").
_LATER_OPERATOR = re.compile(r"(?<!tidak )\b(?:dapat|wajib|harus|berhak|berwenang|dilarang)\b")
_COORDINATOR = frozenset({"dan", "atau", "serta", "dan/atau"})
_SENTENCE_START = re.compile(r"[.;:]\s")


#: Nouns that name a party or a role.
_PARTY_NOUNS = (r"anggota|peserta|pihak|calon|pasangan|pengurus|penggugat|tergugat|majelis|"
                r"saksi|ahli|hakim|ketua|wakil|pimpinan|pejabat|pegawai|kuasa|penjamin|pemegang|"
                r"pemilik|pengganti|pemohon|pelapor|penyelenggara|pengawas|pemeriksa|arbiter|"
                r"mediator|warga|orang")
#: "tidak dapat menjadi <role>" bars a party from a role ("Mahkamah Agung tidak dapat menjadi
#: pihak …", "… tidak dapat menjadi majelis etik DKPP"), although "dapat menjadi" alone is a
#: possibility; "tidak dapat menjadi efektif/alasan" is not a role.
_ROLE_AFTER_MENJADI = re.compile(r"\s+(?:" + _PARTY_NOUNS + r")\b")
#: Words that may follow an agentless passive without being its patient: prepositions,
#: conjunctions, adverbs ("tidak dapat diadakan untuk …", "diganti serta …", "diminta kembali").
_NOT_A_PATIENT = frozenset({
    "lagi", "kembali", "dengan", "oleh", "sebagai", "karena", "atau", "dari", "dalam", "secara",
    "di", "dan", "untuk", "kepada", "berdasarkan", "pada", "ke", "terhadap", "sebagaimana",
    "sebelum", "apabila", "setelah", "sesudah", "sebelumnya", "dan/atau", "sendiri", "lebih",
    "melalui", "serta", "atas", "sesuai", "kecuali", "jika", "bila", "bilamana", "kalau", "bahwa",
    "yang", "baik", "maka", "semata-mata", "begitu", "bagi", "adalah", "tanpa", "tentang",
    "tersendiri", "seluruhnya", "sebagian", "selain", "sehingga", "menurut", "tersebut", "tidak",
    "dapat", "seperti", "sebesar", "sama", "langsung", "hanya", "antara", "sepanjang", "selama",
    "sejak", "sampai", "hingga", "saat", "telah", "terus", "terlebih", "sekali", "antarwaktu",
    "sementara", "seketika", "sepihak", "ini", "itu", "padanya", "kepadanya", "daripada",
    "dimuka", "dihadapan", "namun", "tetapi", "akan", "pun", "juga", "pula", "harus", "wajib",
    "selanjutnya", "lainnya", "guna", "demi", "masuk", "keluar"}) | _ADVERBS
#: Passives whose bare noun after them is a complement or their agent, not their patient:
#: "tidak dapat dijadikan tanggungan" (made into), "tidak dapat diganti pasangan calon lain"
#: (replaced by) still bar doing that to the subject.
_COMPLEMENT_PASSIVES = frozenset({"dijadikan", "diganti", "digantikan", "diangkat", "dipilih",
                                  "ditunjuk", "ditetapkan", "dinyatakan", "dianggap"})
_PARTY_NEXT = re.compile(r"(?:" + _PARTY_NOUNS + r")\b")
#: A denied act with an exception ("… tidak dapat diberi hak tanah kecuali dengan persetujuan
#: Menteri") is barred unless the exception holds: a prohibition, not a consequence.
_EXCEPTION = re.compile(r"\bkecuali\b")
#: An agent named after the verb ("… tidak dapat dimiliki dan/atau dikuasai oleh perseorangan")
#: is the party barred.
_BY_AGENT = re.compile(r"\boleh\b")
_NEXT_WORD = re.compile(r"\s+([a-z][a-z/-]*)")
#: A predicate that states a party's legal status; a "tidak dapat" coordinated after it states
#: what follows from that status ("… dinyatakan gugur dan tidak dapat mengikuti Pemilihan").
_CONSEQUENCE_BEFORE = re.compile(
    r"\b(?:dinyatakan|dianggap)\b[^,;:.]*?\b(?:dan|serta)\s+(?:oleh\s+karena\s+itu\s+)?$")


def _denied_power_hits(low: str) -> list[_Hit]:
    """"X tidak dapat <verb>" as the main predicate of its sentence (see ``_DENIED_POWER``)."""
    hits = []
    for m in _DENIED_POWER.finditer(low):
        verb = m.group(1)
        if verb in _IMPOSSIBLE_VERBS or verb.startswith("ter"):
            continue
        if verb in _POSSIBILITY_VERBS and not (
                verb == "menjadi" and _ROLE_AFTER_MENJADI.match(low, m.end())):
            continue
        if _is_consequence(low, m.start(), m.end(), verb) or _is_subordinate(low, m.start()):
            continue
        hits.append(_Hit("larangan", m.start(), _PASSIVE_VERB.match(verb) is not None,
                         denial=True))
    return hits


def _is_consequence(low: str, start: int, end: int, verb: str) -> bool:
    """A "tidak dapat" that states a legal consequence, not a bar addressed to anyone.

    * An impersonal passive whose patient follows the verb ("Terhadap putusan … tidak dapat
      dilakukan upaya hukum", "… bersifat final dan mengikat serta tidak dapat dilakukan upaya
      hukum lain", "tidak dapat diajukan banding", "tidak dapat dikenakan pajak") says what
      the topic is not open to: the decision is final, the thing is not taxable. A passive
      followed by a preposition, an adverb or the sentence end keeps its patient before it
      and bars doing that to it ("Perjanjian kerja … tidak dapat diadakan untuk …", "calon …
      tidak dapat diganti", "PNBP … tidak dapat diminta kembali"), and so does one that
      names its agent ("… oleh perseorangan") or an exception ("kecuali dengan persetujuan").
    * An active "tidak dapat" coordinated after a status predicate ("pasangan calon dinyatakan
      gugur dan tidak dapat mengikuti Pemilihan") is what follows from that status for the
      party declared, not a rule it bears ("… tidak dapat diganti serta dinyatakan gugur",
      with the bar first, is still a bar).
    """
    if _PASSIVE_VERB.match(verb):
        return _impersonal_passive(low, end, verb)
    sentence = 0
    for sentence_break in _SENTENCE_START.finditer(low, 0, start):
        sentence = sentence_break.end()
    return _CONSEQUENCE_BEFORE.search(low, sentence, start) is not None


def _impersonal_passive(low: str, end: int, verb: str) -> bool:
    """True when the passive ending at ``end`` is followed by its patient (see
    ``_is_consequence``) and no exception ("kecuali …") makes it a bar."""
    if verb in _COMPLEMENT_PASSIVES:
        return False
    nxt = _NEXT_WORD.match(low, end)
    if not nxt:
        return False
    word = nxt.group(1)
    if word in _NOT_A_PATIENT or _ACTIVE_VERB.match(word) or _PASSIVE_VERB.match(word) \
            or _PARTY_NEXT.match(word):
        return False
    sentence_end = _SENTENCE_START.search(low, end)
    rest = low[end:sentence_end.start() if sentence_end else len(low)]
    return not _EXCEPTION.search(rest) and not _BY_AGENT.search(rest)


def _is_subordinate(low: str, start: int) -> bool:
    """True when the clause ending at ``start`` is not the sentence's main clause."""
    sentence = 0
    for sentence_break in _SENTENCE_START.finditer(low, 0, start):
        sentence = sentence_break.end()
    clause = max(sentence, low.rfind(",", sentence, start) + 1)
    segment = low[clause:start]
    if _SUBORDINATE_OPENING.match(low, sentence) and clause == sentence:
        return True  # "Dalam hal X tidak dapat …" (no comma closed the condition yet)
    words = _WORD.findall(segment)
    opens_subordinate = _SUBORDINATE_OPENING.match(low, sentence) is not None
    scope_start = clause
    if words and words[0] in _COORDINATOR:
        # "… apabila A meninggal, berhenti, atau tidak dapat …": a coordinated member shares
        # the clause of the first one; "…, dan calon walikota yang … tidak dapat …" ends a
        # list of subjects, whose clause starts where the list does
        listed = _list_start(low, sentence, clause) if len(words) > 1 else None
        scope_start = sentence if listed is None else listed
    if opens_subordinate and scope_start == sentence:
        return True  # "Dalam hal A, B, serta C tidak dapat …": still the condition's subject
    if opens_subordinate and _condition_closes_after(low, start):
        return True  # "Apabila …, pemegang izin tidak dapat merealisasikan …, izin … dinyatakan"
    if _SUBORDINATOR.search(low, scope_start, start) or _is_reported(low, start):
        return True
    if words and words[0] == "yang" and words[1:2] != ["bersangkutan"]:
        return True  # ", yang dalam keadaan tertentu Pemilih tidak dapat …": a relative clause
    if _LATER_OPERATOR.search(segment) or _main_clause_follows(low, start):
        return True
    prev = _previous_words(low, start, 1)
    if prev and prev[0] in _RELATIVE:
        return True  # "alasan yang tidak dapat diterima"
    # "TKA yang masa kerjanya habis dan tidak dapat diperpanjang dapat digantikan …"; but in
    # "PNBP yang telah dibayarkan menjadi milik Negara dan tidak dapat ditarik kembali oleh
    # Wajib Bayar." no predicate follows, so the relative clause closed before "dan"
    return bool(prev) and prev[0] in _COORDINATOR and "yang" in words \
        and _predicate_follows(low, start)


#: A list member between commas: a short phrase without a verb ("calon bupati").
_MAX_MEMBER_WORDS = 4


#: Verbs ``_SUBJECT_VERB`` misses ("sebagaimana dimaksud" only refers: no predicate).
_TER_VERBS = frozenset({"terjadi", "terdapat", "terbukti"})


def _is_verb(word: str) -> bool:
    """A predicate-like word (me-/di-/ber- forms and a few ter- verbs), for clause shapes."""
    return (word in _TER_VERBS or bool(_SUBJECT_VERB.match(word))) \
        and word not in _VERB_LIKE_NOUNS and word != "dimaksud"


#: A coordinator right after a verb (an adverb or two between) opens a new clause ("…
#: dilanjutkan dan calon gubernur"); one after a prepositional phrase joins its nouns ("…
#: ditolak oleh KPU provinsi dan/atau KPU kabupaten/kota").
_CLAUSE_COORDINATOR = re.compile(
    r"(?:\s+(?!oleh\b|kepada\b|dari\b|dengan\b|pada\b|di\b|untuk\b|terhadap\b|bagi\b)"
    r"[a-z-]+){0,2}?\s+(dan|serta|atau)\s+(?=\S)")


def _list_start(low: str, sentence: int, clause: int) -> int | None:
    """Where the clause of a list of subjects ending "…, dan C …" at ``clause`` starts, or
    None when no list ends there ("…, kesepakatan tersebut batal demi hukum, dan pengusaha
    wajib …" coordinates two clauses).

    The short verbless segments before it are the middle members ("calon bupati"); there is
    at least one. The segment before them holds the first member: after its last verb and a
    coordinator ("… pemilihan dilanjutkan dan calon gubernur"), the clause starts at that
    coordinator; after a verb alone ("Apabila … dinyatakan tidak memenuhi syarat, Partai
    Politik, …") or the end of another list ("…, dan Pasal 7, Pemerintah Kabupaten …") the
    list opens the next segment; with no verb ("Dalam hal Gubernur …, Bupati …, serta …"),
    or a verb of a relative clause whose objects the list continues, the clause starts with
    that segment.
    """
    end = clause - 1  # the comma before the coordinated member
    start = low.rfind(",", sentence, end) + 1 or sentence
    members = 0
    while start > sentence:
        member = _WORD.findall(low[start:end])
        if len(member) > _MAX_MEMBER_WORDS or any(_is_verb(w) for w in member) \
                or member[:1] and member[0] in _COORDINATOR:
            break
        members += 1
        end = start - 1
        start = low.rfind(",", sentence, end) + 1 or sentence
    if not members:
        return None
    first = low[start:end]
    verbs = [m for m in _WORD.finditer(first) if _is_verb(m.group())]
    if _WORD.findall(first)[:1] and _WORD.findall(first)[0] in _COORDINATOR:
        return end + 1
    if not verbs:
        return start
    tail = first[verbs[-1].end():]
    coordinator = _CLAUSE_COORDINATOR.match(tail)
    if coordinator and len(_WORD.findall(tail[coordinator.end():])) <= _MAX_MEMBER_WORDS:
        return start + verbs[-1].end() + coordinator.start(1)
    if re.search(r"\byang\b", first[:verbs[-1].start()]):
        return start  # "Anggota DPR yang diduga melakukan A, B, dan/atau …"
    return end + 1


def _predicate_follows(low: str, start: int) -> bool:
    """A verb after the denied verb and its complement, before the sentence ends: the main
    predicate of a subject that the "tidak dapat" sat in."""
    end_match = _SENTENCE_START.search(low, start)
    words = _WORD.findall(low[start:end_match.start() if end_match else len(low)])[3:]
    return any(_is_verb(w) for w in words)


def _condition_closes_after(low: str, start: int) -> bool:
    """In a sentence opened by "Apabila/Dalam hal …", a comma after ``start`` that opens a new
    clause (not "…, dan …", "…, kecuali …") shows that ``start`` is still in the condition."""
    end_match = _SENTENCE_START.search(low, start)
    end = end_match.start() if end_match else len(low)
    comma = low.find(",", start, end)
    while comma >= 0:
        nxt = _WORD.search(low, comma, end)
        if nxt and nxt.group() not in _CLAUSE_CONTINUES:
            return True
        comma = low.find(",", comma + 1, end)
    return False


def _main_clause_follows(low: str, start: int) -> bool:
    """A later "maka" or positive operator in the clause makes this one its condition or
    its subject ("…, dan pekerja/buruh tidak dapat menerima …, maka pekerja/buruh dapat …")."""
    end_match = _SENTENCE_START.search(low, start)
    end = end_match.start() if end_match else len(low)
    clause_end = low.find(",", start, end)
    if _LATER_OPERATOR.search(low, start + 12, clause_end if clause_end >= 0 else end):
        return True
    return re.search(r"\bmaka\b", low[start:end]) is not None


def _larangan_hits(low: str) -> list[_Hit]:
    hits = []
    for m in _LARANGAN.finditer(low):
        if m.group().startswith("tidak"):
            # "tidak boleh" carries its own negation: only "yang"/"bahwa" block it.
            prev = _previous_words(low, m.start(), 1)
            if (prev[:1] in (["yang"], ["sebagaimana"]) and not _is_cleft(low, m.start())) \
                    or _is_reported(low, m.start()):
                continue
        elif _context(low, m.start()):
            continue
        hits.append(_Hit("larangan", m.start(), _governs_passive(low, m.end())))
    if _LARANGAN_NOUN.match(low):
        hits.append(_Hit("larangan", 0))
    return hits


# ======================================================================================
# hak
# ======================================================================================

_HAK = re.compile(r"\b(?:berhak|(?:mempunyai|memiliki|diberi|diberikan)\s+hak)\b")
_HAK_NOUN = _nominal(r"hak(?:-hak)?")


def _hak_hits(low: str) -> list[_Hit]:
    hits = [_Hit("hak", m.start()) for m in _HAK.finditer(low) if not _context(low, m.start())]
    if _HAK_NOUN.match(low):
        hits.append(_Hit("hak", 0))
    return hits


#: A saving clause keeps a party's right or duty: "Hak atas manfaat pensiun … tidak
#: menghilangkan hak pekerja/buruh atas jaminan hari tua …" (UU 13/2003 Pasal 167 ayat (6))
#: says the worker still has that right, as "tetap berhak atas" would; "Pencabutan kuasa
#: asuh … tidak menghapuskan kewajiban orang tua … untuk membiayai" keeps the parents' duty.
#: Only as the main predicate ("Dengan tidak mengurangi hak …, Menteri dapat …" opens
#: another rule) and only when the party is named ("tidak mengurangi haknya" refers back).
_SAVING = re.compile(
    r"\btidak\s+(?:menghilangkan|mengurangi|menghapuskan|menghapus|menggugurkan|meniadakan)"
    r"\s+(hak|kewajiban)(?:-hak|-kewajiban)?\s+")
_OTHER_SAVED = re.compile(r"\s+(?:dan|serta|atau)\s+(?:hak|kewajiban)\b")
_SAVING_BLOCKERS = frozenset({"dengan", "tanpa", "untuk", "agar", "supaya", "asal", "asalkan",
                              "sepanjang", "sehingga", "bahwa"})


def _saving_hits(low: str) -> list[_Hit]:
    """Rights and duties a saving clause keeps for a named party (see ``_SAVING``)."""
    first = _WORD.search(low)
    if not first or first.group() in _NEGATION or _SUBJECT_VERB.match(first.group()):
        return []  # a verb-initial item states an act under its lead-in ("prinsip: a. tidak
        # mengganggu, … dan tidak meniadakan hak rakyat atas Air;"), no saving clause
    hits = []
    for m in _SAVING.finditer(low):
        prev = _previous_words(low, m.start(), 1)
        if prev and prev[0] in _SAVING_BLOCKERS or _context(low, m.start()) in (
                "reported", "relative") or _in_subordinate_sentence(low, m.start()):
            continue
        party = _WORD.match(low, m.end())
        if not party or _NOT_A_SUBJECT_START.match(low, m.end()) or (
                _SUBJECT_VERB.match(party.group()) and party.group() not in _VERB_LIKE_NOUNS):
            continue  # ("tidak mengurangi hak untuk …": no party named)
        party_end = _list_end(low, m.end())
        other = _OTHER_SAVED.search(low, m.end(), party_end)  # "hak X dan kewajiban Y"
        party_end = other.start() if other else party_end
        kind = "hak" if m.group(1) == "hak" else "kewajiban"
        hits.append(_Hit(kind, m.start(), recipient=(m.end(), party_end)))
    return hits


def _list_end(low: str, start: int) -> int:
    """The end of the noun phrase at ``start``, across the commas of a list of parties that
    a coordinator closes ("hak calon gubernur, calon bupati, dan calon walikota yang …");
    otherwise the next comma or sentence end (``_phrase_end``)."""
    end = _phrase_end(low, start)
    members = end
    while low.startswith(",", members):
        nxt = _phrase_end(low, members + 1)
        cut = _SUBJECT_CUT.search(low, members + 1, nxt)  # ("… walikota yang sudah …")
        words = _WORD.findall(low[members + 1:cut.start() if cut else nxt])
        if not words or len(words) > _MAX_MEMBER_WORDS + 1 or any(_is_verb(w) for w in words):
            break
        members = nxt
        if words[0] in _COORDINATOR:
            return members
    return end


def _in_subordinate_sentence(low: str, start: int) -> bool:
    """True when the sentence holding ``start`` opens with a condition or a subordinator
    precedes ``start`` in it: stricter than ``_is_subordinate``, for operators read without
    an operator word ("tidak menghilangkan hak …")."""
    sentence = 0
    for sentence_break in _SENTENCE_START.finditer(low, 0, start):
        sentence = sentence_break.end()
    return bool(_SUBORDINATE_OPENING.match(low, sentence)
                or _SUBORDINATOR.search(low, sentence, start))


#: "Pekerja/buruh yang mengundurkan diri … memperoleh uang penggantian hak …": a party
#: that receives a benefit as the main predicate of the sentence is entitled to it, the
#: way "berhak atas" entitles it. Only benefits count: "memperoleh izin/persetujuan" is what
#: a requirement asks for, "menerima laporan" a body's task, "memperoleh suara/kekuatan
#: hukum" an outcome.
_BENEFITS = (
    r"uang|upah|gaji|cuti|istirahat|perlindungan|penghasilan|pensiun|tunjangan|jaminan|"
    r"kompensasi|ganti\s+rugi|ganti\s+kerugian|santunan|pesangon|penghargaan|hak|insentif|"
    r"honorarium|remunerasi|rehabilitasi|restitusi|pengobatan|perawatan|pelayanan|fasilitas|"
    r"pelatihan|pendidikan|perlakuan|kesempatan|bantuan\s+hukum|keringanan|pembebasan")
_ENTITLEMENT = re.compile(
    r"\b(?:memperoleh|mendapat(?:kan)?|menerima)\s+(?:(?:kembali|pula|juga)\s+)?"
    r"(?:" + _BENEFITS + r")\b")
#: Words before the verb that make it an object of another operator, a purpose, a noun
#: phrase or a coordinated verb sharing an earlier operator ("dilarang menerima", "berhak
#: memperoleh", "untuk memperoleh", "selain menerima", "Tata cara memperoleh perlindungan",
#: "dalam memperoleh bantuan hukum", "dapat menerima jaminan …, dan/atau menerima fasilitas").
_ENTITLEMENT_BLOCKERS = frozenset({
    "dilarang", "boleh", "dapat", "berhak", "wajib", "harus", "untuk", "agar", "supaya",
    "guna", "selain", "demi", "akan", "hak", "kewajiban", "cara", "prosedur", "mekanisme",
    "syarat", "persyaratan", "permohonan", "dalam", "dan", "atau", "serta", "dan/atau"})


#: "Bagi pekerja/buruh yang mengundurkan diri …, selain menerima uang penggantian hak …
#: diberikan uang pisah …" (UU 13/2003 Pasal 162 ayat (2)): a benefit given to a party in the
#: passive entitles that party as "menerima" does. The same benefits and blockers count
#: ("harus diberi kesempatan" is a duty, "dapat diberikan" an option); "diberi sanksi/teguran"
#: is a sanction, "diberi wewenang" a power.
_GRANT = re.compile(
    r"\bdiberi(?:kan)?\s+(?:(?:kembali|pula|juga|lagi)\s+)?(?:" + _BENEFITS + r")\b")
#: The party a grant names: "Bagi/Kepada X …" opening its clause (also "maka kepadanya"), or
#: "… kepada X" right after the benefit.
_RECIPIENT_OPENING = re.compile(r"\W*(?:maka\s+)?(?:(?:bagi|kepada)\s+|kepadanya\b)")
_RECIPIENT_AFTER = re.compile(r"(?:\s+[^\s,;:.]+){0,4}?\s+kepada\s+")
#: A grant in a clause of time is a step of a procedure ("Pemberhentian … dilakukan setelah
#: yang bersangkutan diberi kesempatan untuk membela diri"), not a rule of its own.
_TIME_CLAUSE = re.compile(r"\b(?:setelah|sesudah|sebelum|sejak|ketika|selama)\b")


def _entitlement_hits(low: str) -> list[_Hit]:
    """A benefit received as the main predicate (see ``_ENTITLEMENT``); not in list items."""
    hits = []
    for m in _ENTITLEMENT.finditer(low):
        prev = _previous_words(low, m.start(), 1)
        if not prev or prev[0] in _ENTITLEMENT_BLOCKERS or _context(low, m.start()):
            continue  # (no word before: a verb-initial item or clause, no party named)
        if _is_subordinate(low, m.start()):
            continue
        hits.append(_Hit("hak", m.start()))
    if "diberi" in low:
        hits.extend(_grant_hits(low))
    return hits


def _grant_hits(low: str) -> list[_Hit]:
    """A benefit given in the passive to a named party (see ``_GRANT``)."""
    hits = []
    for m in _GRANT.finditer(low):
        prev = _previous_words(low, m.start(), 1)
        if not prev or prev[0] in _ENTITLEMENT_BLOCKERS or _context(low, m.start()):
            continue
        if _is_subordinate(low, m.start()):
            continue
        recipient = _recipient(low, m.start(), m.end())
        if recipient is not None:  # (none: "Atas impor barang … diberikan pembebasan …")
            hits.append(_Hit("hak", m.start(), recipient=recipient))
    return hits


def _recipient(low: str, start: int, end: int) -> tuple[int, int] | None:
    """The span naming the party of a grant at ``start``…``end``: "Bagi/Kepada X" opening its
    clause, the subject of the clause, or "kepada X" after the benefit; None when the
    grant names no party or sits in a clause of time."""
    sentence = 0
    for sentence_break in _SENTENCE_START.finditer(low, 0, start):
        sentence = sentence_break.end()
    clause = _clause_start(low, sentence, start)
    if _TIME_CLAUSE.search(low, clause, start):
        return None
    for opens in (sentence, clause):
        opening = _RECIPIENT_OPENING.match(low, opens, start)
        if opening:
            return opening.end(), start
    if _trim_subject(low[clause:start]) is not None:
        return clause, start
    after = _RECIPIENT_AFTER.match(low, end)
    if after and _trim_subject(low[after.end():_phrase_end(low, after.end())], agent=True):
        return after.end(), _phrase_end(low, after.end())
    return None


def _clause_start(low: str, sentence: int, start: int) -> int:
    """Where the clause holding ``start`` begins: after the last comma, or where the list of
    subjects it ends begins ("Partai Politik, gabungan Partai Politik, atau calon …"); a
    comma right before ``start`` ("…, diberikan") closes a phrase of the same clause."""
    clause = low.rfind(",", sentence, start) + 1 or sentence
    while clause > sentence and not low[clause:start].strip():
        clause = low.rfind(",", sentence, clause - 1) + 1 or sentence
    words = _WORD.findall(low[clause:start])
    if clause > sentence and words and words[0] in _COORDINATOR and len(words) > 1:
        listed = _list_start(low, sentence, clause)
        return clause if listed is None else listed
    return clause


# ======================================================================================
# kewenangan
# ======================================================================================

_BERWENANG = re.compile(
    r"\b(?:berwenang|(?:mempunyai|memiliki|diberi|diberikan|mendapat)\s+"
    r"(?:tugas(?:,\s+fungsi,?)?\s+dan\s+)?(?:kewenangan|wewenang))\b")
_WEWENANG_NOUN = _nominal(r"(?:tugas(?:,\s+fungsi,?)?\s+dan\s+)?(?:kewenangan|wewenang)")
#: Nouns that "berwenang" modifies adjectivally ("pejabat berwenang" = competent official).
_BERWENANG_ADJ_HEADS = frozenset({
    "pejabat", "instansi", "otoritas", "pihak", "aparat", "aparatur", "lembaga", "badan",
    "organ", "penguasa", "petugas", "kantor", "pengadilan", "institusi", "unit"})
_NEXT_TOKEN = re.compile(r"\s*([a-z:]+)")
_BERWENANG_COMPLEMENTS = frozenset({":", "untuk", "atas", "dalam", "memberikan"})

_DAPAT_LEAD = re.compile(r"\bdapat\s*:")
_DAPAT = re.compile(
    r"\bdapat\b(?:\s+(?:juga|pula|sewaktu-waktu|segera|langsung|sendiri|lagi|terus|"
    r"secara\s+[a-z-]+|bersama-sama|sekaligus|setiap\s+saat))*\s+([a-z-]+)")
_ELIGIBILITY_CLEFT = re.compile(
    r"\W*yang\s+dapat\s+(?:di[a-z]{3,}|menjadi|mengikuti|mencalonkan)\b[^.;]*?\b(?:adalah|ialah)\b")
#: "dapat" before these verbs states a possibility or a property, not an option.
_POSSIBILITY_VERBS = frozenset({
    "menimbulkan", "mengakibatkan", "membahayakan", "merugikan", "mengganggu", "menyebabkan",
    "mempengaruhi", "memengaruhi", "menghasilkan", "mendorong", "meningkatkan", "mewujudkan",
    "mencapai", "menjamin", "menunjukkan", "menggambarkan", "mencerminkan", "menjadi", "merupakan",
    "memenuhi", "mengancam", "merusak", "mencemari", "menurunkan", "menghambat", "memicu",
    "melebihi", "mencakup", "meliputi", "memuat", "mendukung", "menampung", "menahan",
    "menjangkau", "mengatasi", "menggantikan", "mewakili", "menerangkan", "menjelaskan",
    "membuktikan", "dipertanggungjawabkan", "dipercaya", "diandalkan", "diterima",
    "berakibat", "berdampak", "berupa", "berbentuk", "berasal", "berlaku", "berjalan",
    "berfungsi", "berlangsung", "berperan", "berubah", "bertambah", "berkurang", "berbeda",
    "berada", "berisi", "bersifat", "berpengaruh", "berpotensi", "bermanfaat", "berkembang",
    "bersaing", "bertahan", "terjadi", "tercapai", "terpenuhi", "terlaksana", "terwujud",
    "dilihat", "diketahui", "dimengerti", "dipahami", "dibaca", "dipertahankan", "dipakai",
    "menjabat",  # "dapat menjabat paling banyak 3 kali masa jabatan": a term limit
})
#: Passive verbs after "dapat" that state a sanction (found by the sanksi patterns).
_SANCTION_PASSIVES = frozenset({"dikenai", "dikenakan", "dijatuhi", "dijatuhkan", "dipidana",
                                "dihukum", "didenda"})
#: Words before "dapat" that make it a purpose or a report, not a grant of power.
_DAPAT_BLOCKERS = frozenset({"agar", "supaya", "sehingga", "untuk", "bahwa", "akan",
                             "guna", "demi", "mana", "belum"})
#: "dapat dialihkan [kepada Y] oleh X": the agent of the passive right after "dapat",
#: not of a later verb ("dapat dilanjutkan tanpa dihadiri oleh …").
_AGENT_AFTER_PASSIVE = re.compile(r"(?:\s+(?!di[a-z]{3,}\b|tanpa\b)[^\s,;.]+){0,6}?\s+oleh\b")
#: A lead-in introducing reported content ("surat pemberitahuan … yang menyatakan:"): its
#: items say what a document states, they do not grant powers.
_REPORTED_LEAD = re.compile(
    r"\b(?:menyatakan|bahwa|berbunyi|berisi|memuat|menerangkan|mencantumkan|isinya)\s*:\s*$")


def _kewenangan_hits(low: str) -> list[_Hit]:
    """``berwenang`` (not adjectival), wewenang nouns, and ``dapat`` granting an option."""
    hits = []
    for m in _BERWENANG.finditer(low):
        if _context(low, m.start()):
            continue
        prev = _previous_words(low, m.start(), 1)
        if prev and prev[0] in _BERWENANG_ADJ_HEADS and not _complement_follows(low, m.end()):
            continue
        hits.append(_Hit("kewenangan", m.start()))
    if _WEWENANG_NOUN.match(low):
        hits.append(_Hit("kewenangan", 0))
    if "dapat" in low:
        hits.extend(_dapat_hits(low))
    return hits


def _complement_follows(low: str, end: int) -> bool:
    """"Pejabat berwenang menetapkan …" (a verb follows) is a power; "pejabat berwenang"
    alone is a noun phrase."""
    nxt = _NEXT_TOKEN.match(low, end)
    if not nxt:
        return False
    return bool(_ACTIVE_VERB.match(nxt.group(1))) or nxt.group(1) in _BERWENANG_COMPLEMENTS


#: "Pekerja/buruh yang diputus hubungan kerjanya … dapat memperoleh uang penggantian hak"
#: (UU 13/2003 Pasal 158 ayat (3)): a party that may obtain a benefit (``_BENEFITS``) is
#: entitled to it, a hak, not given a power. "dapat menerima" stays an option: "Bank dapat
#: menerima uang dari pihak ketiga", "inspektur … dapat menerima fasilitas" permit accepting.
_OBTAINING = frozenset({"memperoleh", "mendapat", "mendapatkan"})


def _dapat_hits(low: str) -> list[_Hit]:
    """``dapat`` + active verb, agentive passive, or a ``dapat:`` lead-in of options
    (``dapat memperoleh`` a benefit entitles: hak, see ``_OBTAINING``).

    "Yang dapat diangkat menjadi anggota Direksi adalah orang perseorangan yang …" states
    who is eligible: a requirement, not a power.
    """
    if _ELIGIBILITY_CLEFT.match(low):
        return [_Hit("syarat", 0)]
    hits = [_Hit("kewenangan", m.start()) for m in _DAPAT_LEAD.finditer(low)
            if not _blocks_dapat(low, m.start())]
    for m in _DAPAT.finditer(low):
        verb = m.group(1)
        if verb in _POSSIBILITY_VERBS or verb.startswith("ter") or verb in _SANCTION_PASSIVES:
            continue
        if _blocks_dapat(low, m.start()):
            continue
        if _PASSIVE_VERB.match(verb):
            if _AGENT_AFTER_PASSIVE.match(low, m.end()):
                hits.append(_Hit("kewenangan", m.start(), passive=True))
        elif verb in _OBTAINING and _ENTITLEMENT.match(low, m.start(1)):
            hits.append(_Hit("hak", m.start()))
        elif _ACTIVE_VERB.match(verb):
            hits.append(_Hit("kewenangan", m.start()))
    return hits


def _blocks_dapat(low: str, start: int) -> bool:
    """Negated, relative, purpose or reported "dapat" grants nothing."""
    prev = _previous_words(low, start, 1)
    if prev and (prev[0] in _NEGATION or prev[0] in _DAPAT_BLOCKERS):
        return True
    if prev and prev[0] in _RELATIVE and not _is_cleft(low, start):
        return True
    return _is_reported(low, start)


# ======================================================================================
# sanksi
# ======================================================================================

_SANKSI = re.compile(
    r"\b(?:dikenai|dikenakan|dijatuhi|dijatuhkan|diberi|diberikan|mengenakan|menjatuhkan|"
    r"memberikan|memberi|dikenakannya|dijatuhkannya)\s+(?:(?:pula|juga|lagi|dengan)\s+)?"
    r"(?:sanksi|denda|pidana|hukuman|teguran|tindakan\s+administratif|uang\s+paksa)\b"
    # a power to sanction: "Bank Indonesia dapat menetapkan sanksi-sanksi administratif",
    # "Menteri berwenang mengambil tindakan administratif terhadap …" (but "Peraturan
    # Pemerintah … dapat menetapkan pidana yang tidak melebihi …" makes law)
    r"|\b(?:menetapkan|menerapkan|mengambil)\s+(?:(?:pula|juga|lagi)\s+)?"
    r"(?:sanksi|tindakan\s+administratif)\b"
    r"|\bdipidana\b|\bdiancam\s+(?:dengan\s+)?(?:pidana|hukuman)\b|\bdihukum\b"
    r"|\bpidana\s+(?:penjara|kurungan|denda|mati)\b|\bkurungan\s+paling\b"
    r"|\bdenda\s+(?:paling|sebanyak|setinggi|sebesar|administratif)\b"
    # a measure that takes the form of a sanction: "Keputusan KPU … dapat berupa sanksi
    # administrasi pembatalan pasangan calon"
    r"|\bberupa\s+sanksi\b")
#: "Sanksi administratif … berupa:", "Pengenaan sanksi … dilakukan oleh …".
_SANKSI_NOMINAL = re.compile(
    r"\W*(?:pengenaan\s+|penjatuhan\s+)?(?:sanksi|tindakan\s+administratif)\b[^.;]*?"
    r"\b(?:berupa|dijatuhkan|dikenakan|"
    r"diberikan|meliputi|terdiri\s+(?:atas|dari)|adalah|yaitu|dilakukan|ditetapkan)\b")
_REVOCATION = re.compile(
    r"\b(?:dicabut|mencabut|pencabutan|dibekukan|membekukan|pembekuan)\b[^.;]{0,60}?"
    r"\b(?:izin|lisensi|persetujuan|sertifikat|tanda\s+daftar|registrasi|akreditasi|"
    r"surat\s+izin|perizinan)\b"
    r"|\b(?:izin|lisensi|persetujuan|sertifikat|perizinan)\b[^.;]{0,80}?\b(?:dicabut|dibekukan)\b")
_BREACH = re.compile(
    r"\b(?:melanggar|pelanggaran|lalai|kelalaian(?:nya)?|tidak\s+(?:memenuhi|melaksanakan|"
    r"mematuhi|menaati|menyampaikan|melakukan|mengindahkan|menjalankan|melaporkan|membayar))\b"
    # failing to do what a named provision requires: "… tidak menerapkan analisis mengenai
    # dampak lingkungan hidup … sebagaimana dimaksud dalam ayat (3) dicabut izin usahanya"
    # (not a purpose: "… memberi peringatan … untuk tidak menyebut identitas pelapor,
    # sebagaimana dimaksud pada …")
    r"|(?<!untuk )(?<!agar )(?<!supaya )(?<!guna )\btidak\s+"
    r"(?!mengurangi|menghilangkan|menghapus|menggugurkan|meniadakan)me[a-z]{3,}\b[^.;]{0,200}?"
    r"\bsebagaimana\s+dimaksud\s+(?:dalam|pada)\s+(?:pasal|ayat)\b")
#: A written warning given to a party in breach ("Pengusaha instalasi nuklir yang melanggar
#: ketentuan sebagaimana dimaksud dalam Pasal 12 ayat (1) … diberikan peringatan tertulis",
#: PP 43/2006 Pasal 36 ayat (1)) is the first step of an administrative sanction. Without a
#: breach it warns ("Hakim memberi peringatan … kepada saksi"); in a clause of time it is a
#: step of another rule's procedure ("…, setelah kepada pekerja/buruh … diberikan surat
#: peringatan pertama, kedua, dan ketiga", UU 13/2003 Pasal 161 ayat (1)).
_WARNING = re.compile(
    r"\b(?:dikenai|dikenakan|dijatuhi|diberi|diberikan|mengenakan|menjatuhkan|memberikan|"
    r"memberi)\s+(?:(?:pula|juga|lagi)\s+)?(?:surat\s+)?peringatan\b")
#: A penalty stated once and applied to another party: "Pidana yang sama diterapkan kepada
#: pemilih yang … menerima pemberian atau janji …" (UU 10/2016 Pasal 187A ayat (2)), "Pidana
#: itu dikenakan juga kepada pemilih yang …", "Ketentuan pidana sebagaimana dimaksud pada ayat
#: (1) berlaku pula bagi Setiap Orang yang …", "Pengenaan sanksi administratif … berlaku juga
#: bagi produsen …". The penalty opens the clause (not "Hukum Acara Pidana berlaku juga bagi
#: penyidik", procedure); "berlaku" alone ("Ketentuan pidana … berlaku bagi setiap orang yang
#: melakukan tindak pidana di wilayah …") states the scope of the law unless the penalty is
#: "the same" one or extends "juga/pula" to the party named after the preposition.
_EXTENDED_PENALTY = (r"(?:ketentuan(?:-ketentuan)?\s+(?:mengenai\s+|tentang\s+)?"
                     r"(?:ancaman\s+)?(?:pidana|sanksi)|ancaman\s+(?:pidana|sanksi)"
                     r"|(?:pengenaan|penjatuhan)\s+sanksi|pidana|sanksi|hukuman|denda)\b")
_SANKSI_EXTENDED = re.compile(
    r"(?:^|[.;:,]\s|\(\d+\)\s)\W*(?P<penalty>" + _EXTENDED_PENALTY + r")"
    r"(?:[^.;]{0,40}?\b(?:yang\s+sama|itu|tersebut)\b[^.;]{0,80}?\s"
    r"(?:berlaku|diberlakukan|dikenakan|dikenai|diterapkan|dijatuhkan)\s+(?:(?:juga|pula)\s+)?"
    r"|[^.;]{0,160}?\s(?:berlaku|diberlakukan|dikenakan|dikenai|diterapkan|dijatuhkan)\s+"
    r"(?:juga|pula)\s+)(?:kepada|bagi|terhadap)\s")
#: Penalty wording that counts as sanksi inside a KETENTUAN PIDANA chapter.
_PENAL_WORDS = re.compile(r"(?<!tindak )\bpidana\b|\b(?:dipidana|kurungan|penjara|denda)\b")
_PENAL_HEADING = re.compile(r"\b(?:ketentuan|sanksi)\s+pidana\b", re.IGNORECASE)


def _sanksi_hits(low: str, heading: str | None, lead_low: str) -> list[_Hit]:
    """Sanction wording; licence revocation after a breach (stated here or in the lead-in
    "Apabila … tidak melakukan pembayaran maka:"); penalties in a KETENTUAN PIDANA chapter."""
    hits = [_Hit("sanksi", m.start()) for m in _SANKSI.finditer(low)
            if not _context(low, m.start()) and not _purpose(low, m.start())]
    if _SANKSI_NOMINAL.match(low):
        hits.append(_Hit("sanksi", 0))
    hits += _extended_hits(low)
    if "peringatan" in low and (_BREACH.search(low) or _BREACH.search(lead_low)):
        hits += _warning_hits(low)
    if hits:
        return hits
    revocation = _REVOCATION.search(low)
    if revocation and (_BREACH.search(low) or _BREACH.search(lead_low)) \
            and not _operator_follows(low, revocation.start(), revocation.end()):
        return [_Hit("sanksi", revocation.start())]
    if heading and _PENAL_HEADING.search(heading):
        penal = _PENAL_WORDS.search(low)
        if penal:
            return [_Hit("sanksi", penal.start())]
    return []


def _extended_hits(low: str) -> list[_Hit]:
    """A penalty applied to another party (see ``_SANKSI_EXTENDED``); that party, named
    after "kepada/bagi/terhadap", is the one punished, not the penalty opening the clause."""
    hits = []
    for m in _SANKSI_EXTENDED.finditer(low):
        start = m.start("penalty")
        if _context(low, start):
            continue
        hits.append(_Hit("sanksi", start, recipient=(m.end(), _phrase_end(low, m.end()))))
    return hits


_PURPOSE = frozenset({"untuk", "agar", "supaya", "guna"})
#: What one party asks of another ("Bawaslu memberikan rekomendasi kepada KPU untuk
#: memberikan sanksi", "DPR dapat meminta Presiden untuk memberikan sanksi"): the sanction
#: is the other party's to impose; the unit states a recommendation or a request.
_REQUEST = re.compile(r"\b(?:rekomendasi|merekomendasikan|meminta|permintaan|mengusulkan|"
                      r"usul(?:an)?|memerintahkan|menyarankan)\b")


def _purpose(low: str, start: int) -> bool:
    """True for sanction wording in the purpose clause of a request (see ``_REQUEST``); "…
    kewenangan Ankum untuk menjatuhkan hukuman disiplin" is still a power to sanction."""
    prev = _previous_words(low, start, 1)
    if not prev or prev[0] not in _PURPOSE:
        return False
    clause = max(low.rfind(",", 0, start), low.rfind(";", 0, start), low.rfind(".", 0, start))
    return _REQUEST.search(low, clause + 1, start) is not None


def _operator_follows(low: str, start: int, end: int) -> bool:
    """A revocation before the sentence's first operator describes its subject or condition
    ("Pelaku Usaha yang tidak memiliki sertifikat … atau [sertifikatnya] dicabut dilarang:");
    after one ("Pemerintah berwenang mencabut izin …") it is the rule."""
    sentence = 0
    for sentence_break in _SENTENCE_START.finditer(low, 0, start):
        sentence = sentence_break.end()
    if _LATER_OPERATOR.search(low, sentence, start):
        return False
    sentence_end = _SENTENCE_START.search(low, end)
    return _LATER_OPERATOR.search(low, end, sentence_end.start() if sentence_end
                                  else len(low)) is not None


_PERFECT = re.compile(r"\b(?:telah|sudah|pernah|sebelumnya)\b")


def _warning_hits(low: str) -> list[_Hit]:
    """Warnings given for a breach (see ``_WARNING``), outside relative, negated, reported
    and time clauses."""
    hits = []
    for m in _WARNING.finditer(low):
        clause = max(low.rfind(",", 0, m.start()), low.rfind(";", 0, m.start())) + 1
        if _context(low, m.start()) or _TIME_CLAUSE.search(low, clause, m.start()):
            continue
        if _PERFECT.search(low, max(clause, m.start() - 25), m.start()):
            continue  # "… dan sebelumnya telah diberikan surat peringatan …": a past fact
        hits.append(_Hit("sanksi", m.start()))
    return hits


# ======================================================================================
# definisi
# ======================================================================================

#: "Dalam Peraturan ini yang dimaksud dengan:" opens a definition list.
_DEFINITION_LIST_LEAD = re.compile(r"\byang\s+dimaksud\s+dengan\s*:?\s*$", re.IGNORECASE)
_DEFINITION = re.compile(
    r"\byang\s+dimaksud\s+dengan\b[^.;]*?\b(?:adalah|ialah|yaitu|yakni)\b"
    r"|\byang\s+selanjutnya\s+(?:disebut|disingkat)\b")
#: "X adalah …" with X a plain noun phrase at the start of the sentence.
_DEFINITION_COPULA = re.compile(
    r"\W*([^,;:]{2,140}?)\s+(?:adalah|ialah)\s+"
    # not a list lead-in ("adalah sebagai berikut:") nor an amount or a period, nor a
    # reference to where the thing is set ("… adalah sebagaimana diatur dalam PP 27/2009")
    r"(?!sebagai\s+berikut|berikut|:|sebesar|sebanyak|paling|selama|setinggi|rp|\d"
    r"|sebagaimana\b|sesuai\b|tercantum\b|diatur\b|mengikuti\b"
    # nor a time ("… jual beli adalah sejak tanggal dibuat … akta": when a tax falls due)
    r"|sejak\b)")
#: What a definition's predicate holds beyond a name: a relative clause or a prepositional
#: phrase ("adalah perselisihan antara …", "adalah pegawai yang …"). A predicate without
#: them names or classes the subject ("… adalah Panlih", "Tindak pidana … adalah
#: pelanggaran", "… yang diundangkan dalam Lembaran Daerah adalah Peraturan Daerah …"): a
#: designation, not a definition, when the unit stands alone (in a list, "X adalah Y" items
#: of a definitions article without its usual lead-in are still definitions).
_DESCRIPTION = re.compile(
    r"\b(?:yang|untuk|dalam|atas|dari|di|dengan|berupa|terhadap|antara|bagi|oleh|tentang|"
    r"mengenai|sebagai|pada|meliputi|termasuk|baik|kepada|ke|melalui|guna|"
    # "Anak Buah Kapal adalah Awak Kapal selain Nakhoda", "… adalah garis air rendah
    # sepanjang pantai", "Hari adalah waktu selama 24 (dua puluh empat) jam" (UU 1/2023)
    r"selain|sepanjang|selama)\b"
    # a genus of extent or activity gives the thing's nature, not a class it falls in:
    # "Modal koperasi adalah keseluruhan aktiva serta pasiva koperasi" (UU 14/1965), "Tahun
    # Pajak adalah jangka waktu 1 (satu) tahun kalender" (UU 28/2009), "… adalah upaya
    # memulihkan …"
    r"|^\s*(?:jangka\s+waktu|waktu|keseluruhan|seluruh|segala|himpunan|kumpulan|upaya|"
    r"kegiatan|serangkaian|rangkaian|proses|keadaan|kondisi)\b")
_PREDICATE_END = re.compile(r"[.;:](?:\s|$)")
_NOT_A_DEFINIENDUM = re.compile(
    r"^(?:dalam\s+hal|apabila|jika|bila|untuk|selain|dengan|setiap|pada|sebelum|setelah|"
    r"sejak|selama|terhadap|bagi|atas|berdasarkan|sepanjang|yang\s+menjadi|hal\s"
    # a verb, not a term: "Dikecualikan dari kewajiban … adalah Wajib Pajak …" exempts
    r"|di[a-z]{3,}kan\b)"
    r"|\b(?:wajib|harus|dapat|dilarang|berhak|berwenang|dikenai|dikenakan|dipidana|"
    r"bahwa|ini|tersebut|itu)\b")
#: "Kewajiban X adalah …" states an obligation, "Persyaratan … adalah …" a requirement.
_NOUN_HEAD_KIND = {
    "kewajiban": "kewajiban", "persyaratan": "syarat", "syarat": "syarat",
    "larangan": "larangan", "hak": "hak", "sanksi": "sanksi", "pidana": "sanksi",
    "denda": "sanksi", "wewenang": "kewenangan", "kewenangan": "kewenangan",
}


def _definition_kind(low: str, *, copula: bool = True,
                     standalone: bool = False) -> str | None:
    """``definisi`` for a definitional provision, the kind of an operator-noun subject
    ("Kewajiban … adalah …"), or None.

    ``copula`` False reads no bare "X adalah Y" as a definition: an item completing a
    rule's lead-in states part of that rule ("… harus memenuhi syarat sebagai berikut: …
    b. perjanjian kerja yang berlaku … adalah perjanjian kerja untuk waktu tertentu …", UU
    13/2003 Pasal 66 ayat (2)). ``standalone`` (an ayat outside a definitions article):
    a predicate that only names or classes the subject is a designation (``_DESCRIPTION``).
    """
    if not _DEFINITION_CUES.search(low):
        return None
    if not _DEFINITION.search(low):
        m = _DEFINITION_COPULA.match(low) if copula else None
        if not m or _NOT_A_DEFINIENDUM.search(m.group(1)):
            return None
        if standalone and _designation(low, m.end()):
            return None
    head = low.lstrip(" \"'(").split(" ", 1)[0]
    return _NOUN_HEAD_KIND.get(head, "definisi")


def _designation(low: str, start: int) -> bool:
    """True when the predicate starting at ``start`` holds no description (see
    ``_DESCRIPTION``), no list follows, and the term is not quoted ("\"Bank\" adalah Bank
    Indonesia")."""
    end = _PREDICATE_END.search(low, start)
    if end and end.group().startswith(":"):
        return False  # "… ialah waktu mulai bekerja: a. sebagai pegawai …": its list describes
    predicate = low[start:end.start() if end else len(low)]
    return not _DESCRIPTION.search(predicate) and not low.lstrip().startswith(("\"", "“"))


def _is_definition_unit(low: str, lead_in: str | None, lead_kinds: tuple[str, ...],
                        definitions: bool) -> bool:
    """Items of a definition list, and the Ketentuan Umum lead-in itself."""
    if "definisi" in lead_kinds or _DEFINITION_LIST_LEAD.search(low):
        return True
    if lead_in is not None and _DEFINITION_LIST_LEAD.search(lead_in):
        return True
    return definitions and lead_in is not None


# ======================================================================================
# housekeeping: delegation, commencement, repeal, deletion
# ======================================================================================

_DELEGATION = re.compile(
    r"\b(?:diatur|ditetapkan|dituangkan)\s+(?:lebih\s+lanjut\s+)?(?:dengan|dalam|melalui)\s+"
    r"(?:peraturan|keputusan|undang|perda|qanun)\b")
#: "sebagaimana diatur dalam Peraturan …" refers to a rule, it does not delegate one.
_REFERENCE_MARKERS = frozenset({"sebagaimana", "yang", "telah"})
_DELEGATION_HEAD = re.compile(
    r"\W*(?:ketentuan|pengaturan)\s+(?:lebih\s+lanjut\s+)?(?:mengenai|tentang)\b")
_SENTENCE_BREAK = re.compile(r"[.;]\s+(?=\S)")
_REPEAL = re.compile(r"\bdicabut\s+dan\s+dinyatakan\s+tidak\s+berlaku\b")
_COMMENCEMENT = re.compile(r"\W*[\w/ -]{0,80}?\bini\s+mulai\s+berlaku\s+pada\b")
_DELETED = re.compile(r"\W*dihapus\W*$")


def _is_delegation(low: str) -> bool:
    """True when the unit's (last) sentence delegates: "Ketentuan lebih lanjut … diatur
    dengan Peraturan …". Only the last sentence counts, so a list lead-in that a damaged
    parse glued after a delegation sentence keeps its own kind."""
    if not _DELEGATION_CUES.search(low):
        return False
    start = 0
    for m in _SENTENCE_BREAK.finditer(low):
        start = m.end()
    if _DELEGATION_HEAD.match(low, start):
        return True
    for m in _DELEGATION.finditer(low, start):
        before = low[max(start, m.start() - 20):m.start()].split()
        if not before or before[-1] not in _REFERENCE_MARKERS:
            return True
    return False


def _is_housekeeping(low: str) -> bool:
    """Repeal, commencement and deleted units state no rule (convention 9)."""
    if "dihapus" in low and _DELETED.match(low):
        return True
    if "berlaku" not in low:
        return False
    return bool(_REPEAL.search(low) or _COMMENCEMENT.match(low))


# ======================================================================================
# Combining the hits of one unit, and inheritance from the lead-in
# ======================================================================================

#: A conditional conjunction opening a subordinate clause ("… apabila jenis pekerjaan
#: tersebut harus dilaksanakan …"); a clause boundary (comma, "maka") closes it.
_CONDITIONAL = re.compile(r"\b(?:apabila|jika|bila|kalau|manakala|dalam\s+hal|kecuali|padahal)\b")
_CLAUSE_END = re.compile(r"[,;]|\.\s|\bmaka\b")


def _own_hits(low: str, heading: str | None, lead_low: str) -> list[_Hit]:
    """Every operating hit of the unit's own words, before precedence is applied.

    ``lead_low`` (the prepared lead-in) only supplies context: a breach that makes a
    revocation a sanction, or reported speech ("… yang menyatakan:") whose items report
    possibilities rather than grant powers.
    """
    hits: list[_Hit] = []
    exempted = False
    if _KEWAJIBAN_CUES.search(low):
        hits, exempted = _kewajiban_hits(low)
    if _LARANGAN_CUES.search(low):
        hits += _larangan_hits(low)
    if "tidak" in low and not lead_low:
        hits += _denied_power_hits(low)
    if not lead_low and ("peroleh" in low or "dapat" in low or "terima" in low
                         or "diberi" in low):
        hits += _entitlement_hits(low)
    if _HAK_CUES.search(low) or low.startswith("hak"):
        hits += _hak_hits(low)
    if not lead_low and "tidak me" in low and ("hak" in low or "kewajiban" in low):
        hits += _saving_hits(low)  # (an item completes its lead-in: "… apabila: a. … tidak
        # mengurangi hak Pemegang Polis" is a condition)
    if _KEWENANGAN_CUES.search(low) and not _REPORTED_LEAD.search(lead_low):
        hits += _kewenangan_hits(low)
    hits = _drop_conditioned(low, hits)
    if _SANKSI_CUES.search(low):
        hits += _sanksi_hits(low, heading, lead_low)
    if _SYARAT_CUES.search(low):
        hits += _syarat_hits(low)
    if exempted and not any(h.kind == "kewajiban" for h in hits):
        hits.append(_Hit("hak", low.find("tidak")))  # an exemption: "tidak wajib bekerja"
    if _CONDITION_LIST_LEAD.search(low) and any(h.kind in ("kewenangan", "hak") for h in hits):
        hits.append(_Hit("syarat", len(low)))  # "Pemohon dapat mengajukan … apabila:"
    return hits


def _drop_conditioned(low: str, hits: list[_Hit]) -> list[_Hit]:
    """Drop operators that sit in a conditional clause after the main operator.

    In "Pengusaha dapat mempekerjakan … apabila … pekerjaan tersebut harus dilaksanakan",
    "harus" describes the condition; only "dapat" is the rule.
    """
    if len(hits) < 2:
        return hits
    hits = sorted(hits, key=lambda h: h.start)
    first = hits[0].start
    kept = [hits[0]]
    for hit in hits[1:]:
        last_condition = None
        for last_condition in _CONDITIONAL.finditer(low, first, hit.start):
            pass
        if last_condition and not _CLAUSE_END.search(low, last_condition.end(), hit.start):
            continue
        kept.append(hit)
    return kept


def _resolve(hits: Iterable[_Hit]) -> set[str]:
    """Kinds of a unit's hits; a power to sanction is stated as a sanction (convention 7)."""
    kinds = {h.kind for h in hits}
    if "sanksi" in kinds:
        kinds.discard("kewenangan")
        if not any(h.kind == "larangan" and not h.denial for h in hits):
            kinds.discard("larangan")
    return kinds


#: Inside a requirement list these words describe the requirement ("harus didukung",
#: "tidak pernah dikenai sanksi", "dapat berkomunikasi"), so they do not change its kind.
_ABSORBED_BY_SYARAT = frozenset({"kewajiban", "sanksi", "kewenangan", "syarat"})
#: "Calon Kepala Desa wajib memenuhi persyaratan: … h. tidak sedang menjalani hukuman
#: pidana penjara" — a duty to meet requirements (kewajiban, convention 3) still lists
#: requirements: words inside its items describe them as in a syarat list.
_MEETS_REQUIREMENTS = re.compile(r"\bmemenuhi\s+(?:\w+\s+)?(?:" + _REQUIREMENT_NOUN + r")\b")


def _inherit(own: set[str], lead: set[str], low: str, lead_low: str = "") -> set[str]:
    """Combine an item's own kinds with its lead-in's (DESIGN §2, conventions 3 and 10).

    Inside a requirement list only a prohibition or a right stands out. Under "dilarang:",
    "wajib:" or "berhak:" an item that starts with its verb is the act prohibited, owed or
    granted ("memberikan sanksi … kepada pekerja/buruh" under "pengusaha dilarang:"), so
    words inside it do not change the kind; an item that opens with its own operator
    ("dilarang …") or names its own subject does.
    """
    if not lead:
        return own
    if "syarat" in lead:
        return (own - _ABSORBED_BY_SYARAT) or {"syarat"}
    if "kewajiban" in lead and _MEETS_REQUIREMENTS.search(lead_low):
        return (own - _ABSORBED_BY_SYARAT) or lead
    if lead <= {"larangan", "kewajiban", "hak"} and _ACTIVE_VERB_START.match(low):
        return lead
    return own or lead


def _canonical(kinds: Iterable[str]) -> tuple[str, ...]:
    found = set(kinds)
    return tuple(k for k in KINDS if k in found)


@dataclass(frozen=True)
class _Analysis:
    """What one unit states: its kinds and the hits its subject is read from."""

    kinds: tuple[str, ...]
    hits: tuple[_Hit, ...] = ()
    folded: str = ""
    low: str = ""


_NOTHING = _Analysis(())
_DEFINITION_ONLY = _Analysis(("definisi",))


def _analyse(text: str, lead_in: str | None, lead_kinds: tuple[str, ...], heading: str | None,
             definitions: bool, lead_low: str | None = None) -> _Analysis:
    """Classify one unit whose lead-in kinds are known (possibly empty)."""
    folded = _fold(text)
    low = _lower_masked(folded)
    if not low or _is_housekeeping(low):
        return _NOTHING
    if _is_definition_unit(low, lead_in, lead_kinds, definitions):
        return _DEFINITION_ONLY
    in_rule_list = bool(lead_kinds) and lead_in is not None
    definition = _definition_kind(low, copula=not in_rule_list,
                                  standalone=lead_in is None and not definitions)
    if definition == "definisi":
        return _DEFINITION_ONLY
    if _is_delegation(low):
        own: set[str] = set()
        hits: list[_Hit] = []
    else:
        if lead_low is None:
            lead_low = _lower_masked(_fold(lead_in)) if lead_in else ""
        hits = _own_hits(low, heading, lead_low)
        own = _resolve(hits)
        if definition:
            own.add(definition)
    kinds = _canonical(_inherit(own, set(lead_kinds), low, lead_low or ""))
    return _Analysis(kinds, tuple(hits), folded, low)


# ======================================================================================
# Subjects
# ======================================================================================

_AGENT = re.compile(r"\boleh\s+([^,;:.()]+)")
#: "wajib disampaikan [kepada Y] oleh X …": the agent within a few words of the operator.
_AGENT_AFTER_VERB = re.compile(
    r"\S+\s+\S+(?:\s+(?!di[a-z]{3,}\b)[^\s,;.]+){0,6}?\s+oleh\s+([^,;:.()]+)")
_LEADING_CLAUSE = re.compile(
    r"(?:dalam\s+hal|apabila|jika|bila|untuk|selain|sebelum|setelah|sejak|dengan|pada|atas|"
    r"berdasarkan|guna|demi|tanpa|sepanjang|selama|dalam|terhadap|bagi|sesuai|di\s*samping|"
    r"paling\s+(?:lama|lambat|cepat|singkat)|selambat-lambatnya|sewaktu-waktu|selama-lamanya|"
    r"secepat-cepatnya|terhitung|menjelang|sesudah|ketika|"
    # "Sekurang-kurangnya dalam waktu 7 hari …, pekerja/buruh wajib …" (but "Sekurang-
    # kurangnya sepuluh orang pemilih … dapat …" counts the subject)
    r"(?:sekurang-kurangnya|setidak-tidaknya|paling\s+sedikit|sedikit-dikitnya)\s+"
    r"(?=(?:dalam|pada|sebelum|setelah|sesudah|sejak|selama)\b))\b", re.IGNORECASE)
#: "Dalam hal calon perseorangan mengundurkan diri …": the condition's own subject.
_CONDITION_SUBJECT = re.compile(
    r"(?:dalam\s+hal|apabila|jika|bila)\s+(.+?)\s+(?:tidak\s+|telah\s+|sudah\s+|belum\s+)?"
    r"(?:me|di|ber|ter)[a-z]{3,}\b", re.IGNORECASE)
_ANAPHORS = frozenset({"yang bersangkutan", "ia", "mereka", "pihak tersebut",
                       "yang bersangkutan tersebut"})
#: Where a subject noun phrase ends (lower case only: "Menteri Dalam Negeri" stays whole).
_SUBJECT_CUT = re.compile(
    r"\s+(?:se\s?bagaimana|yang|dalam|pada|untuk|dengan|selaku|sesuai|di|atas|terhadap|kepada|"
    r"paling|apabila|jika|bila|setelah|sebelum|sejak|selama|wajib|harus|dapat|tidak|"
    r"berdasarkan|melalui|karena|bagi|menurut|tanpa|setiap\s+saat|adalah|ialah|merupakan)\b")
_LEADING_CONJUNCTION = re.compile(r"(?:maka|dan|serta|atau)\s+", re.IGNORECASE)
_SUBJECT_VERB = re.compile(r"(?:me|di|ber)[a-z]{3,}$")
#: Lower-case nouns that look like verbs to ``_SUBJECT_VERB``.
_VERB_LIKE_NOUNS = frozenset({"menteri", "direksi", "direktur", "direktorat", "dinas", "dirjen",
                              "meja", "media", "mediator", "mereka", "berkas"})
#: Heads that name a provision or an act, not a party that bears the rule.
_NOT_ADDRESSEES = frozenset({"ketentuan", "pelanggaran", "hal", "apabila", "dalam", "jika",
                             # "Sanksi pidana … tidak menghilangkan kewajiban pengusaha …"
                             "sanksi"})
_SUBJECT_STRIP = " ,;:.-–()\"'"
_MAX_SUBJECT_WORDS = 24


def _subject_of(analysis: _Analysis) -> str | None:
    """The addressee read from the first operating hit of an analysed unit."""
    if not analysis.hits or "definisi" in analysis.kinds:
        return None
    return _hit_subject(analysis, min(analysis.hits, key=lambda h: h.start))


def _hit_subject(analysis: _Analysis, hit: _Hit, *, own_clause: bool = False) -> str | None:
    """The party ``hit`` addresses: the party a grant names, the agent of a passive, else
    the subject of the hit's own clause (``_clause_subject``), else the noun phrase opening
    the sentence. ``own_clause``: only a party named for this hit (a later kind of the
    unit), None where it would be the sentence's."""
    folded, low = analysis.folded, analysis.low
    if len(low) != len(folded):  # a rare case-folding length change: work on lower case
        folded = low
    if hit.recipient:
        return _trim_subject(folded[hit.recipient[0]:hit.recipient[1]], agent=True)
    if hit.kind == "sanksi":  # the party punished is the sentence's ("Setiap orang yang …")
        return None if own_clause else _trim_subject(folded[:hit.start])
    if hit.passive:
        return _passive_agent(folded, low, hit.start, after_only=own_clause)
    own = None if own_clause else _trim_subject(folded[:hit.start])
    # ", dan X" opens a clause after another operator, or where the sentence names nobody
    earlier = [h.start for h in analysis.hits if h.start < hit.start]
    comma_after = 0 if own is None and not own_clause else min(earlier, default=None)
    return _clause_subject(folded, low, hit.start, comma_after) or own


#: Where a clause with a subject of its own opens inside a sentence: "… maka pekerja/buruh
#: berhak …", "…, dengan ketentuan pekerja/buruh berhak …" (UU 13/2003 Pasal 163–165),
#: "…, tetapi …", and a coordinator after a status the sentence's first clause declares ("…
#: batal demi hukum dan pengusaha wajib mempekerjakan kembali …", Pasal 153 ayat (2)).
_CLAUSE_OPENER = re.compile(
    r"\b(?:maka|tetapi|namun|sedangkan)\b|,\s*dengan\s+ketentuan\b(?!\s*:)"
    r"|\b(?:batal\s+demi\s+hukum|tidak\s+sah|tidak\s+berlaku\s+lagi|tidak\s+berlaku|"
    r"berakhir|gugur)\s+(?:dan|serta)(?![/\w])")
#: ", dan X" opens a clause less surely: "… tidak berlaku, dan pengusaha wajib …" (Pasal 93
#: ayat (2)), but "Calon Gubernur …, Calon Bupati …, serta Calon Walikota … harus" lists
#: subjects. It is read only after another operator, or when the sentence yields no subject.
#: "tetapi/namun/sedangkan" only bound a clause whose subject is elided ("…, tetapi tetap
#: berhak …" shares the subject read before them).
_COMMA_COORDINATOR = re.compile(r",\s*(?:dan|serta)(?![/\w])")
_LEADING_PREPOSITION = re.compile(r"\W*(?:kepada|bagi)\s+", re.IGNORECASE)


def _clause_subject(folded: str, low: str, start: int, comma_after: int | None) -> str | None:
    """The subject of the clause holding ``start`` when a clause opener (``_CLAUSE_OPENER``,
    and ``_COMMA_COORDINATOR`` after ``comma_after``) precedes it in its sentence; a clause
    that names none ("…, tetapi tetap berhak …") shares the subject of the clause before a
    ``_CLAUSE_OPENER``. "maka kepada X diwajibkan …" addresses X. None when no opener
    precedes ``start`` or no subject is read (an anaphor "ia" too): the caller reads the
    sentence's own."""
    sentence = 0
    for sentence_break in _SENTENCE_START.finditer(low, 0, start):
        sentence = sentence_break.end()
    openers = list(_CLAUSE_OPENER.finditer(low, sentence, start))
    if comma_after is not None:
        openers += [m for m in _COMMA_COORDINATOR.finditer(low, max(sentence, comma_after),
                                                           start)
                    if _coordinates_clauses(low, sentence, m)]
    end = start
    for opener in sorted(openers, key=lambda m: m.start(), reverse=True):
        if opener.end() > end or (end < start and opener.re is _COMMA_COORDINATOR):
            continue  # (walking back from an elided subject: only across a clear opener)
        clause = folded[opener.end():end]
        words = [w for w in _WORD.findall(clause.lower()) if w not in _ADVERBS]
        if not words:
            end = opener.start()  # elided: the subject is the previous clause's
            continue
        if _CONTRAST.fullmatch(opener.group()):
            return None  # ("…, tetapi isinya tidak benar …": a contrast inside the subject)
        prefix = _LEADING_PREPOSITION.match(clause)
        subject = _trim_subject(clause[prefix.end():] if prefix else clause)
        return None if subject is None or subject.lower() in _ANAPHORS else subject
    return None


_CONTRAST = re.compile(r"tetapi|namun|sedangkan")


def _coordinates_clauses(low: str, sentence: int, opener: re.Match[str]) -> bool:
    """", dan X" after a segment with a verb, X not a verb: "… tidak berlaku, dan pengusaha
    …". After a noun phrase it continues a list ("…, Bupati dan Wakil Bupati, serta Walikota
    …"); before a verb it coordinates predicates of one subject ("…, dan menyerahkan …")."""
    before = low[low.rfind(",", sentence, opener.start()) + 1 or sentence:opener.start()]
    after = _WORD.search(low, opener.end())
    return any(_is_verb(w) for w in _WORD.findall(before)) \
        and not (after and _is_verb(after.group()))


def _phrase_end(low: str, start: int) -> int:
    """The end of the phrase at ``start``: the next comma or sentence end."""
    m = re.compile(r"[,;:]|\.\s|\.$").search(low, start)
    return m.start() if m else len(low)


def _passive_agent(folded: str, low: str, start: int, after_only: bool = False) -> str | None:
    """The bearer of a passive rule is its agent: "wajib disampaikan oleh X" or (unless
    ``after_only``) a nominalised "Pembayaran oleh X harus dilakukan"; None when the text
    names no agent."""
    if low.startswith("tidak ", start):  # "tidak dapat ditarik kembali oleh Wajib Bayar"
        start += len("tidak ")
    after = _AGENT_AFTER_VERB.match(low, start)
    if after:
        return _trim_subject(folded[after.start(1):after.end(1)], agent=True)
    before = None if after_only else _AGENT.search(low, 0, start)
    if before:
        return _trim_subject(folded[before.start(1):start], agent=True)
    return None


def _trim_subject(prefix: str, *, agent: bool = False) -> str | None:
    """Cut a clause prefix down to its subject noun phrase; None when nothing is left."""
    prefix = prefix.strip(_SUBJECT_STRIP)
    condition = None
    if not agent and _LEADING_CLAUSE.match(prefix):
        if "," not in prefix:
            return None
        condition = _CONDITION_SUBJECT.match(prefix)
        prefix = prefix[_last_clause(prefix):].strip(_SUBJECT_STRIP)
    prefix = _after_topic(prefix)
    cut = _SUBJECT_CUT.search(prefix)
    if cut:
        prefix = prefix[:cut.start()]
    prefix = prefix.strip(_SUBJECT_STRIP)
    conjunction = _LEADING_CONJUNCTION.match(prefix)
    if conjunction:
        prefix = prefix[conjunction.end():].strip(_SUBJECT_STRIP)
    if prefix.lower() in _ANAPHORS and condition:
        return _trim_subject(condition.group(1), agent=True)
    words = prefix.split()
    while words and (words[-1] in _ADVERBS or words[-1] in _FUNCTION_WORDS):  # lower case only
        words.pop()  # "pengusaha hanya [dapat]", "pengusaha dan serikat buruh atau […]"
    prefix = " ".join(words).strip(_SUBJECT_STRIP)
    if not words or len(words) > _MAX_SUBJECT_WORDS or _SUBJECT_VERB.match(words[0]):
        return None  # nothing left, a whole clause, or a lower-case verb (no subject here)
    if words[0].lower() in _NOT_ADDRESSEES or words[0].lower() in _FUNCTION_WORDS \
            or not _looks_like_a_name(prefix):
        return None  # (a headless "yang berhak …" names nobody in particular)
    # "Barangsiapa melakukan perbuatan …": the subject ends before its own verb
    for i, word in enumerate(words[1:], 1):
        if _SUBJECT_VERB.match(word) and word not in _VERB_LIKE_NOUNS:
            return " ".join(words[:i])
    return prefix


def _last_clause(prefix: str) -> int:
    """Where the clause after a leading condition starts: after the last comma, or where the
    list of subjects it ends starts ("Apabila …, partai politik, gabungan partai politik, atau
    calon perseorangan tidak dapat …")."""
    low = prefix.lower()
    clause = low.rfind(",") + 1
    words = _WORD.findall(low[clause:])
    if len(words) > 1 and words[0] in _COORDINATOR:
        return _list_start(low, 0, clause) or clause
    return clause


#: "X sebagaimana dimaksud pada ayat (1)" followed by another noun phrase before the
#: operator, with X a nominalised act ("Pemutusan …", "Pelanggaran …"): X is a topic and
#: the second phrase the subject ("Pemutusan hubungan kerja sebagaimana dimaksud pada ayat
#: (1) pekerja/buruh yang bersangkutan berhak menerima …").
_REFERENCE_PART = r"(?:Pasal\s+\w+|ayat\s*\(\w+\)?|huruf\s+[a-z]\b|angka\s+\d+\b|[a-z]\b)"
_TOPIC_REFERENCE = re.compile(
    r"\s+se\s?bagaimana\s+dimaksud\s+(?:(?:di\s*)?dalam\s+|pada\s+)?" + _REFERENCE_PART
    + r"(?:(?:\s*,\s*|\s+(?:dan|atau|dan/atau|sampai\s+dengan)\s+|\s+)" + _REFERENCE_PART
    + r")*\s*", re.IGNORECASE)
#: A phrase after the reference that opens with these modifies X or is its predicate.
_NOT_A_SUBJECT_START = re.compile(
    r"(?:yang|untuk|dalam|pada|di|oleh|kepada|dengan|atas|terhadap|bagi|sesuai|berdasarkan|"
    r"selama|paling|tidak|juga|hanya|telah|sudah|masih|tetap|setelah|sebelum|sejak|apabila|"
    r"jika|serta|dan|atau|dapat|wajib|harus|berhak|dilarang|undang-undang|peraturan|"
    r"keputusan|tahun|nomor|ketentuan|ini|itu|tersebut|pasal|ayat|huruf|angka|dari|selain|"
    r"sampai|hingga|karena|melalui|menurut|secara|akibat)\b|\W|\d", re.IGNORECASE)
_TOPIC_HEAD = re.compile(r"[a-z]{3,}an$")
_MAX_TOPIC_SUBJECT_WORDS = 4


def _after_topic(prefix: str) -> str:
    """The subject after a topic "X sebagaimana dimaksud pada ayat (1) Y …", else ``prefix``."""
    ref = _TOPIC_REFERENCE.search(prefix)
    if not ref or not _TOPIC_HEAD.match(prefix.split()[0].lower()):
        return prefix
    rest = prefix[ref.end():].strip(_SUBJECT_STRIP)
    if not rest or _NOT_A_SUBJECT_START.match(rest) or _SUBJECT_VERB.match(rest.split()[0]):
        return prefix
    cut = _SUBJECT_CUT.search(rest)
    if len((rest[:cut.start()] if cut else rest).split()) > _MAX_TOPIC_SUBJECT_WORDS:
        return prefix
    return rest


#: OCR debris ("n e ^p u Jr-TxE t,',355 *") and lone function words are not addressees.
_NOT_NAME_CHARS = re.compile(r"[^\w\s/().,'&-]")
_FUNCTION_WORDS = frozenset({"atau", "dan", "serta", "dan/atau", "yang", "oleh", "itu", "ini",
                             "tersebut"})


def _looks_like_a_name(phrase: str) -> bool:
    if phrase.lower() in _FUNCTION_WORDS or _NOT_NAME_CHARS.search(phrase):
        return False
    letters = sum(c.isalpha() for c in phrase)
    return letters >= 0.75 * len(phrase.replace(" ", ""))


_NON_WORD = re.compile(r"[\W_]+")


# ======================================================================================
# Public API
# ======================================================================================

def classify(text: str, *, lead_in: str | None = None, lead_in_kinds: tuple[str, ...] = (),
             heading: str | None = None, is_definition_article: bool = False) -> tuple[str, ...]:
    """Kinds of rule the unit states, in ``KINDS`` order (an empty tuple for none).

    ``lead_in`` is the text the unit completes (for a list item: the ayat or parent item);
    ``lead_in_kinds`` its kinds when already known (otherwise they are computed from
    ``lead_in``). ``heading`` is the article's BAB/Bagian headings, used to read penalty
    wording in a KETENTUAN PIDANA chapter; ``is_definition_article`` marks the Ketentuan
    Umum article, whose list items are definitions whatever words they contain.
    """
    if lead_in is not None and not lead_in_kinds:
        lead_in_kinds = classify(lead_in, heading=heading,
                                 is_definition_article=is_definition_article)
    return _analyse(text, lead_in, tuple(lead_in_kinds), heading, is_definition_article).kinds


def find_subject(text: str, *, lead_in: str | None = None) -> str | None:
    """The addressee of the unit's rule as printed, or None when the text names none.

    It is the noun phrase before the first operating word ("Calon Gubernur … harus" →
    "Calon Gubernur …"), the agent of an agentive passive ("dapat dialihkan oleh Menteri"
    → "Menteri"), or, for a list item that starts with its verb, the lead-in's subject.
    """
    subject = _subject_of(_analyse(text, None, (), None, False, lead_low=""))
    if subject is None and lead_in:
        return find_subject(lead_in)
    return subject


def normalize_subject(s: str) -> str:
    """Lower-case with punctuation and spacing folded to single spaces, for filtering.

    ``"KPU Kabupaten/Kota"`` → ``"kpu kabupaten kota"``; search matches by substring, so the
    same function must be applied to the filter value.
    """
    return _NON_WORD.sub(" ", s.lower()).strip()


def is_definition_article(article: Article) -> bool:
    """True for a Ketentuan Umum article: one whose (ayat) lead-in opens a definition list."""
    return any(a.items and _DEFINITION_LIST_LEAD.search(a.text.strip()) for a in article.ayat)


def annotate_article(article: Article) -> Article:
    """A copy of ``article`` with kinds and subject set on every ayat and nested item."""
    heading = article.headings or None
    definitions = is_definition_article(article)
    ayat = tuple(_annotate_ayat(a, heading, definitions) for a in article.ayat)
    return replace(article, ayat=ayat)


def annotate_regulation(reg: Regulation) -> Regulation:
    """A copy of ``reg`` whose every article is annotated (see ``annotate_article``)."""
    return replace(reg, articles=tuple(annotate_article(a) for a in reg.articles))


def _annotate_ayat(ayat: Ayat, heading: str | None, definitions: bool) -> Ayat:
    analysis = _analyse(ayat.text, None, (), heading, definitions, lead_low="")
    subject, addressees = _addressees(analysis, _subject_of(analysis), ())
    items = _annotate_items(ayat.items, ayat.text, analysis.kinds, subject, addressees,
                            heading, definitions)
    return replace(ayat, kinds=analysis.kinds, subject=subject, addressees=addressees,
                   items=items)


def _annotate_items(items: tuple[Item, ...], lead_in: str, lead_kinds: tuple[str, ...],
                    lead_subject: str | None, lead_addressees: tuple[tuple[str, str], ...],
                    heading: str | None, definitions: bool) -> tuple[Item, ...]:
    """Items inherit from their lead-in: its kinds, and its subject (its addressee of each
    kind) when they name none."""
    if not items:
        return ()
    lead_low = _lower_masked(_fold(lead_in))
    out = []
    for item in items:
        analysis = _analyse(item.text, lead_in, lead_kinds, heading, definitions, lead_low)
        addressees: tuple[tuple[str, str], ...]
        if "definisi" in analysis.kinds:
            subject, addressees = None, ()
        else:
            own = _subject_of(analysis)
            subject, addressees = _addressees(analysis, own or lead_subject,
                                              () if own else lead_addressees)
        children = _annotate_items(item.items, item.text, analysis.kinds, subject, addressees,
                                   heading, definitions)
        out.append(replace(item, kinds=analysis.kinds, subject=subject, addressees=addressees,
                           items=children))
    return tuple(out)


def _addressees(analysis: _Analysis, subject: str | None,
                inherited: tuple[tuple[str, str], ...]
                ) -> tuple[str | None, tuple[tuple[str, str], ...]]:
    """The unit's subject and, when its kinds address different parties, each kind's.

    A kind's party is read at its first operating hit (``_hit_subject``): in "Pengusaha
    dapat melakukan pemutusan hubungan kerja …, dengan ketentuan pekerja/buruh berhak …"
    the hak is the worker's. A kind with no hit of its own (inherited from the lead-in)
    takes the lead-in's party for it (``inherited``); a party the text does not name is
    ``subject``'s, and with no subject the kind is left unpaired. When one party has every
    kind, it is the subject (an item keeping only the worker's hak of its lead-in is the
    worker's) and no pairs are kept.
    """
    if not analysis.kinds or (len(analysis.kinds) < 2 and not inherited):
        return subject, ()
    first: dict[str, _Hit] = {}
    for hit in sorted(analysis.hits, key=lambda h: h.start):
        first.setdefault(hit.kind, hit)
    lead = dict(inherited)
    opening = min(first.values(), key=lambda h: h.start) if first else None
    parties = {kind: (_hit_subject(analysis, first[kind], own_clause=first[kind] is not opening)
                      if kind in first else None)
               or lead.get(kind) or subject for kind in analysis.kinds}
    named = {kind: party for kind, party in parties.items() if party}
    distinct = {normalize_subject(party) for party in named.values()}
    if not named:
        return subject, ()
    if len(distinct) == 1 and len(named) == len(parties):
        party = next(iter(named.values()))
        same = subject is not None and normalize_subject(subject) in distinct
        return (subject if same else party), ()
    return subject, tuple(named.items())
