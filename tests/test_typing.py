"""The public API's types reach a user's type checker (PEP 561: ``regsearch/py.typed``).

QA session 15: mypy found no types for ``import regsearch`` (no ``py.typed``), and with the
package on its path ``ix.search(...)`` was ``Any`` (a decorator without annotations). mypy runs
once, on a small script using the public API as the README does, against a copy of the
package laid out as an installed one (the editable install's import hook is invisible to
mypy), and the types it reveals are read back.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import regsearch

from .conftest import ROOT

pytest.importorskip("mypy", reason="mypy comes with the [test] extra")

USER_SCRIPT = '''
import regsearch
from regsearch import open_index, parse_citation, parse_file, build_index

report = build_index(["corpus/"], "index/")
reveal_type(report)
with open_index("index/") as ix:
    reveal_type(ix)
    result = ix.search("pengunduran diri", limit=5, kinds=["syarat"])
    reveal_type(result)
    reveal_type(result[0])
    reveal_type(result[:2])
    for hit in result:
        reveal_type(hit.source.absolute_path)
        reveal_type(hit.cited)
    reveal_type(ix.show("UU 10/2016 Pasal 7"))
    reveal_type(ix.regulations())
reveal_type(regsearch.open_index("index/").search("upah"))
reveal_type(parse_citation("UU 13/2003 Pasal 156"))
reveal_type(parse_file("corpus/text/uu-10-2016.txt"))
wrong: int = result.total + result.hits[0].citation
'''

EXPECTED = [
    "regsearch.index.BuildReport",
    "regsearch.search.RegulationIndex",
    "regsearch.models.SearchResult",
    "regsearch.models.Hit",
    "tuple[regsearch.models.Hit, ...]",
    "str",
    "bool",
    "regsearch.results.ArticleView",
    "list[regsearch.results.RegulationSummary]",
    "regsearch.models.SearchResult",
    "regsearch.citations.Citation",
    "regsearch.models.Regulation",
]


def _installed_copy(site: Path) -> None:
    """The package's files as a wheel installs them (``py.typed`` included when it ships)."""
    shutil.copytree(Path(regsearch.__file__).parent, site / "regsearch",
                    ignore=shutil.ignore_patterns("__pycache__"))


def _mypy(tmp_path: Path, site: Path) -> str:
    (tmp_path / "user.py").write_text(USER_SCRIPT, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(site)}   # a site-packages entry: needs py.typed
    done = subprocess.run([sys.executable, "-m", "mypy", "--no-incremental",
                           "--show-error-codes", "--no-pretty", "user.py"],
                          cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300)
    return done.stdout


@pytest.fixture(scope="module")
def mypy_output(tmp_path_factory) -> str:
    tmp_path = tmp_path_factory.mktemp("typing")
    _installed_copy(tmp_path / "site")
    return _mypy(tmp_path, tmp_path / "site")


def test_the_package_says_it_is_typed():
    assert (Path(regsearch.__file__).parent / "py.typed").is_file()
    tomllib = pytest.importorskip("tomllib")   # Python 3.11+
    with open(ROOT / "pyproject.toml", "rb") as file:
        setuptools = tomllib.load(file)["tool"]["setuptools"]
    # shipped in the wheel, not only present in the checkout
    assert "py.typed" in setuptools["package-data"]["regsearch"]


def test_a_user_script_sees_the_public_api_types(mypy_output):
    revealed = re.findall(r'Revealed type is "([^"]+)"', mypy_output)
    assert revealed == EXPECTED, mypy_output


def test_a_user_script_gets_its_own_type_errors_and_no_others(mypy_output):
    """The one error is the script's own (int + str): proof the types are checked, not Any,
    and that nothing else in the public API trips the user's checker."""
    errors = [line for line in mypy_output.splitlines() if ": error:" in line]
    wrong = USER_SCRIPT.splitlines().index("wrong: int = result.total + result.hits[0].citation")
    assert len(errors) == 1 and errors[0].startswith(f"user.py:{wrong + 1}:"), mypy_output
    assert "[operator]" in errors[0]


def test_without_the_marker_the_types_are_invisible(tmp_path):
    """What QA saw: the same package without ``py.typed`` is untyped to mypy."""
    _installed_copy(tmp_path / "site")
    (tmp_path / "site" / "regsearch" / "py.typed").unlink()
    output = _mypy(tmp_path, tmp_path / "site")
    assert "import-untyped" in output and 'Revealed type is "Any"' in output


#: Modules mypy still finds errors in: none since session 16 (search.py's 11 and parse.py's 34
#: fixed); every module of the package must stay clean. A name here is a debt, not a licence.
NOT_YET_CLEAN: set[str] = set()


def test_the_package_type_checks_but_for_the_modules_not_yet_clean(tmp_path):
    """``mypy regsearch`` with the project's settings (pyproject.toml) finds no error outside
    ``NOT_YET_CLEAN``: an annotation that lies or a None left unhandled fails here (~6 s)."""
    done = subprocess.run([sys.executable, "-m", "mypy", "--no-incremental", "--no-pretty",
                           "--show-error-codes", "--cache-dir", str(tmp_path), "regsearch"],
                          cwd=ROOT, capture_output=True, text=True, timeout=300)
    # "Found 45 errors in 2 files (checked 28 source files)", "Success: no issues found in …"
    assert "source files" in done.stdout, done.stdout + done.stderr   # mypy did check
    erring = {line.split(":")[0] for line in done.stdout.splitlines() if ": error:" in line}
    assert erring <= NOT_YET_CLEAN, done.stdout
