"""The README's examples are what regsearch does: its shell session is the output of the
command it shows (on the bundled corpus, the scan read by OCR as the README's set-up
installs it), and its Python example runs."""

import re

import pytest
from click.testing import CliRunner

from regsearch.cli import main
from regsearch.extract import ocr_available

from .conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def _shell_example() -> tuple[str, str]:
    """The first ```console block: its command (after "$ ") and the output below it."""
    block = re.search(r"```console\n\$ (?P<command>[^\n]+)\n(?P<output>.*?)```", README, re.S)
    return block.group("command"), block.group("output")


@pytest.mark.skipif(not ocr_available(), reason="the README's corpus includes the scan, read "
                    "by OCR: pip install 'regsearch[ocr]' and apt-get install tesseract-ocr "
                    "tesseract-ocr-ind")
def test_the_shell_example_is_real_output(corpus_index, monkeypatch):
    command, shown = _shell_example()
    args = re.findall(r'"[^"]*"|\S+', command)
    assert args[0] == "regsearch"
    monkeypatch.chdir(ROOT)            # source paths print relative to the working directory
    monkeypatch.setenv("NO_COLOR", "1")
    result = CliRunner().invoke(main, [a.strip('"') for a in args[1:]]
                                + ["--index", str(corpus_index)])
    assert result.exit_code == 0, result.output
    assert result.output == shown


def test_the_python_example_runs(tmp_path, monkeypatch, capsys):
    code = re.search(r"## From Python\n\n```python\n(?P<code>.*?)```", README, re.S)["code"]
    (tmp_path / "corpus").symlink_to(ROOT / "corpus")   # the example runs from a checkout
    monkeypatch.chdir(tmp_path)
    exec(compile(code, "README.md", "exec"), {})
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 5
    assert all(line.split(" ")[0] == "Pasal" and "'syarat'" in line for line in lines), lines
