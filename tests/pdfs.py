"""Hand-assembled PDFs for tests: the smallest real files that exercise a reader's edge cases."""

from __future__ import annotations


def assemble_pdf(objects: list[bytes]) -> bytes:
    """A PDF file holding ``objects`` (numbered from 1; object 1 must be the catalog), with a
    correct cross-reference table, so that a reader fails only where a test wants it to."""
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, xref)
    return bytes(out)
