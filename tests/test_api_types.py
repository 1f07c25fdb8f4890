"""Arguments of the wrong type get a ``RegsearchError`` that says what is expected (README:
"Every error is a regsearch.RegsearchError"), never a TypeError from deep inside."""

from __future__ import annotations

import pytest

import regsearch
from regsearch import IndexError_, QueryError, RegsearchError


@pytest.mark.parametrize("filters, says", [
    ({"type": 5}, "the type filter is text"),
    ({"regulation": 10}, "the regulation filter is text"),
    ({"subject": 5}, "the subject filter is text"),
    ({"year": "abc"}, "the year filter is a whole number"),
    ({"year": 2016.5}, "the year filter is a whole number"),
    ({"year": True}, "the year filter is a whole number"),
    ({"kinds": 5}, "kinds are a list of names"),
    ({"kinds": [1]}, "kinds are a list of names"),
])
def test_filters_of_the_wrong_type_are_refused(opened_index, filters, says):
    with pytest.raises(QueryError, match=says):
        opened_index.search("kampanye", **filters)


def test_one_kind_may_be_given_as_text_and_none_as_none(opened_index):
    one = opened_index.search("kampanye", kinds="sanksi", limit=50)
    listed = opened_index.search("kampanye", kinds=["sanksi"], limit=50)
    assert one.hits and one == listed
    assert opened_index.search("kampanye", kinds=None) == opened_index.search("kampanye")


@pytest.mark.parametrize("call, error", [
    (lambda: regsearch.open_index(None), IndexError_),
    (lambda: regsearch.open_index(5), IndexError_),
    (lambda: regsearch.parse_file(None), regsearch.ExtractionError),
    (lambda: regsearch.format_citation("UU 10/2016", "7"), QueryError),
])
def test_library_functions_refuse_what_is_no_path_or_reference(call, error):
    with pytest.raises(error) as raised:
        call()
    assert isinstance(raised.value, RegsearchError) and "not" in str(raised.value)


def test_a_search_result_reads_as_its_hits(opened_index):
    """QA: ``len(result)`` and ``for hit in result`` worked, ``result[0]`` raised TypeError."""
    result = opened_index.search("uang pesangon", limit=3)
    assert len(result) == 3 and list(result) == list(result.hits)
    assert result[0] is result.hits[0] and result[-1] is result.hits[2]
    assert [hit.rank for hit in result[:2]] == [1, 2]
