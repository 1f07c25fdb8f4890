"""Hand-assembled PDFs for tests: the smallest real files that exercise a reader's edge cases."""

from __future__ import annotations

from pathlib import Path


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


def scanned_copy(source: Path, scanned: set[int], target: Path, dpi: int = 200) -> Path:
    """``source`` (a real PDF) with the 1-based pages ``scanned`` replaced by an image of
    themselves and no text layer, as a scanner makes them: a partly scanned regulation
    whose scanned pages say what the original's text says (the bundled scan is scanned
    whole). Rendered with PDFium, the image saved as a page by Pillow, joined by pypdf."""
    import io

    import pypdf
    import pypdfium2

    original = pypdfium2.PdfDocument(str(source))
    writer = pypdf.PdfWriter()
    try:
        for number in range(1, len(original) + 1):
            if number not in scanned:
                writer.append(str(source), pages=[number - 1])
                continue
            page = original[number - 1]
            image = page.render(scale=dpi / 72, grayscale=True).to_pil()
            page.close()
            buffer = io.BytesIO()
            image.save(buffer, format="PDF", resolution=dpi)
            writer.append(io.BytesIO(buffer.getvalue()))
    finally:
        original.close()
    with open(target, "wb") as handle:
        writer.write(handle)
    return target
