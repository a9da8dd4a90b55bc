import pytest

from editor.model.datums import find_datum, format_datum, parse_datum


@pytest.mark.parametrize(
    "tekst, iso",
    [
        ("28 april 2015", "2015-04-28"),
        ("28-04-2015", "2015-04-28"),
        ("28-4-2015", "2015-04-28"),
        ("1 januari 2015", "2015-01-01"),
        ("13 April 2017", "2017-04-13"),
        ("juli 2014", "2014-07"),
        ("2017-04-13", "2017-04-13"),
    ],
)
def test_dutch_dates(tekst: str, iso: str) -> None:
    assert parse_datum(tekst) == iso


@pytest.mark.parametrize("tekst", ["31 februari 2015", "32-1-2015", "april", "28 aprol 2015", ""])
def test_no_date(tekst: str) -> None:
    assert parse_datum(tekst) is None


def test_find_in_running_text() -> None:
    assert find_datum("gezien de instemming van de OR van WerkSaam van 28 april 2015;") == "2015-04-28"
    assert find_datum("vastgesteld op 3-11-2021 door de directie") == "2021-11-03"


def test_format_back_to_words() -> None:
    assert format_datum("2015-04-28") == "28 april 2015"
    assert format_datum("2014-07") == "juli 2014"
