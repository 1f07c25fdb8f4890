"""The one-way architecture, checked on the source: models and errors at the bottom; extract
→ clean → parse → analysis → index → search; cli on top. Only ``extract`` imports PDF
libraries, only the index/search layer imports whoosh, only ``cli`` imports click."""

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "regsearch"

#: Each module may import only modules of a lower layer.
LAYERS = {
    "errors": 0, "models": 0,
    "legal": 1, "glossary": 1, "clean": 1, "extract": 1, "manifest": 1,
    "numbering": 2, "headings": 2,
    "metadata": 3, "amendments": 3, "revocations": 3,
    "citations": 4, "titles": 4, "parse": 4, "kinds": 4, "outline": 4, "analysis": 4,
    "expand": 5, "documents": 5, "spelling": 5, "ocrwords": 5,
    "schema": 6, "stemtable": 6, "queries": 6, "units": 6, "storage": 6,
    "filters": 6, "results": 6,
    "scoring": 7, "links": 7, "inforce": 7,
    "index": 8, "cited": 8, "reading": 8,
    "search": 9,
    "workspace": 10,
    "cli": 11,
    "__init__": 12, "__main__": 12,
}
ONLY_IN = {"pypdf": {"extract"}, "pypdfium2": {"extract"}, "pytesseract": {"extract"},
           "click": {"cli"},
           "whoosh": {"schema", "scoring", "index", "cited", "search", "storage", "filters"}}


def _imports(module: str) -> set[str]:
    """Every module ``module`` imports, at the top or inside a function: internal ones by
    their name in the package, external ones by their top-level package."""
    tree = ast.parse((PACKAGE / f"{module}.py").read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level and node.module:          # from .models import …
                found.add(node.module.split(".")[0])
            elif node.level:                        # from . import analysis
                found.update(alias.name for alias in node.names)
            else:
                found.add(node.module.split(".")[0])
    return found


def test_every_module_has_a_layer():
    modules = {path.stem for path in PACKAGE.glob("*.py")}
    assert modules == set(LAYERS), "give a new module its place in LAYERS"


@pytest.mark.parametrize("module", sorted(LAYERS))
def test_a_module_imports_only_from_below(module):
    internal = _imports(module) & set(LAYERS)
    upward = {other for other in internal if LAYERS[other] >= LAYERS[module] and other != module}
    assert not upward, f"{module} imports {sorted(upward)} from its own layer or above"


@pytest.mark.parametrize("library, allowed", sorted(ONLY_IN.items()))
def test_a_library_is_imported_only_where_it_belongs(library, allowed):
    importing = {module for module in LAYERS if library in _imports(module)}
    assert importing <= allowed, f"{library} imported by {sorted(importing - allowed)}"
