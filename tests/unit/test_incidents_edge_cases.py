"""incidents.import_incidents on small synthetic files: collisions, errors, messages, odd rows."""
import pandas as pd
import pytest

from est_plugin.core import messages
from est_plugin.core.columns import ColumnMapping
from est_plugin.core.errors import InputError, NoUsableRowsError
from est_plugin.core.incidents import ImportSettings, IncidentSource, import_incidents
from est_plugin.core.tables import read_table


@pytest.fixture
def run(write_file):
    def run_import(content, name="events.csv", **settings):
        table = read_table(str(write_file(name, content)))
        return import_incidents(IncidentSource.from_table(table), ImportSettings(**settings))
    return run_import


STOCKHOLM = "18.0700;59.3300\n18.0710;59.3310\n"


def test_a_source_column_named_category_is_kept_as_src_category(run):
    result = run("lon;lat;datum;category\n18.07;59.33;2026-11-16;Brand\n18.071;59.331;2026-11-17;Klotter\n",
                 map_categories=True)
    assert result.incidents.category.tolist() == ["brand", "klotter"]
    assert result.incidents.src_category.tolist() == ["Brand", "Klotter"]
    assert list(result.incidents.columns).count("category") == 1
    assert any("src_category" in note for note in result.notes)


def test_a_source_column_named_Category_is_kept_beside_ours(run):
    result = run("lon;lat;datum;Category\n18.07;59.33;2026-11-16;x\n18.071;59.331;2026-11-17;y\n",
                 mapping=ColumnMapping(category="Category"))
    renamed = [c for c in result.incidents.columns if c.casefold() == "src_category"]
    assert len(renamed) == 1
    assert result.incidents[renamed[0]].tolist() == ["x", "y"]
    assert result.incidents.category.tolist() == ["x", "y"]


def test_source_columns_named_like_our_fields_are_all_renamed(run):
    result = run("lon;lat;datum;source_row;time_known\n18.07;59.33;2026-11-16;a;b\n",
                 mapping=ColumnMapping(date="datum"))
    assert result.incidents.src_source_row.tolist() == ["a"]
    assert result.incidents.src_time_known.tolist() == ["b"]
    assert result.incidents.source_row.tolist() == [2]


def test_every_row_rejected_raises_no_usable_rows_naming_the_reason_and_a_row(run):
    with pytest.raises(NoUsableRowsError) as caught:
        run("lon;lat;datum\n18.07;59.33;\n18.08;59.34;\n", name="nodates.csv")
    message = str(caught.value)
    assert "nodates.csv" in message and "no date (datum is empty)" in message and "row 2" in message


def test_all_zero_coordinates_with_a_source_crs_name_zero_coordinates(run):
    with pytest.raises(NoUsableRowsError) as caught:
        run("lon;lat;datum\n0;0;2026-11-16\n0;0;2026-11-17\n", source_crs="EPSG:4326")
    assert "0,0" in str(caught.value) and "row 2" in str(caught.value)


def test_all_zero_coordinates_without_a_source_crs_name_zero_coordinates(run):
    with pytest.raises(NoUsableRowsError) as caught:
        run("lon;lat;datum\n0;0;2026-11-16\n0;0;2026-11-17\n")
    assert "0,0" in str(caught.value)


def test_no_usable_time_columns_lists_the_columns(run):
    with pytest.raises(InputError) as caught:
        run("lon;lat;foo;bar\n18.07;59.33;1;2\n", name="notime.csv")
    message = str(caught.value)
    assert "notime.csv" in message and "lon, lat, foo, bar" in message
    assert "DATETIME_FIELD" in message


def test_a_chosen_column_that_is_missing_is_named(run):
    with pytest.raises(InputError) as caught:
        run("lon;lat;datum\n18.07;59.33;2026-11-16\n", mapping=ColumnMapping(category="Kategori"))
    message = str(caught.value)
    assert "'Kategori'" in message and "CATEGORY_FIELD" in message and "lon, lat, datum" in message


def test_no_coordinate_columns_is_an_input_error_listing_the_columns(run):
    with pytest.raises(InputError) as caught:
        run("a;b;datum\n18.07;59.33;2026-11-16\n")
    assert "X_FIELD" in str(caught.value) and "a, b, datum" in str(caught.value)


def test_rows_with_too_many_fields_are_rejected_with_their_row_number(run):
    result = run("lon;lat;datum\n18.07;59.33;2026-11-16\n18.071;59.331;2026-11-16;extra\n")
    assert result.rejected.source_row.tolist() == [3]
    assert result.rejected.reason_code.tolist() == ["too_many_fields"]
    assert "4 fields" in result.rejected.reason[0] and "3" in result.rejected.reason[0]


def test_unreadable_clock_keeps_the_row_with_time_unknown_and_a_note(run):
    result = run("lon;lat;datum;tid\n18.07;59.33;2026-11-16;25:00\n18.071;59.331;2026-11-16;22.15\n")
    assert result.incidents.event_time.tolist() == [pd.Timestamp("2026-11-16"),
                                                    pd.Timestamp("2026-11-16 22:15")]
    assert result.incidents.time_known.tolist() == [False, True]
    assert any("25:00" in note for note in result.notes)


def test_a_date_column_holding_date_and_time_keeps_its_time_of_day(run):
    result = run("lon;lat;Datum\n18.07;59.33;2026-11-16 22:15\n18.071;59.331;2026-11-17 08:05\n")
    assert result.incidents.event_time.tolist() == [pd.Timestamp("2026-11-16 22:15"),
                                                    pd.Timestamp("2026-11-17 08:05")]
    assert result.incidents.time_known.all()


def test_source_text_with_leading_zeros_is_kept_as_text(run):
    result = run("lon;lat;datum;postnr\n18.07;59.33;2026-11-16;01234\n18.071;59.331;2026-11-16;12345\n")
    assert result.incidents.postnr.tolist() == ["01234", "12345"]


def test_rejected_rows_keep_the_source_columns(run):
    result = run("lon;lat;datum;plats\n18.07;59.33;2026-11-16;Torget\n;;2026-11-17;Parken\n")
    rejected = result.rejected.iloc[0]
    assert (rejected.source_row, rejected.reason_code, rejected.plats) == (3, "no_coordinates", "Parken")


def test_import_does_not_change_the_source_frame(write_file):
    table = read_table(str(write_file("e.csv", "lon;lat;datum\n18.07;59.33;2026-11-16\n")))
    before = table.frame.copy()
    import_incidents(IncidentSource.from_table(table), ImportSettings())
    pd.testing.assert_frame_equal(table.frame, before)


def test_messages_and_reasons_are_swedish_when_the_language_is_swedish(run):
    before = messages.language()
    messages.set_language("sv")
    try:
        result = run("lon;lat;datum\n18.07;59.33;2026-11-16\n;;2026-11-17\n")
        assert result.rejected.reason.tolist() == ["koordinater saknas (lon är tom)"]
        assert any(note.startswith("Kolumner som kändes igen") for note in result.notes)
        with pytest.raises(NoUsableRowsError) as caught:
            run("lon;lat;datum\n18.07;59.33;\n", name="tom.csv")
        assert str(caught.value).startswith("Alla 1 rader i 'tom.csv' avvisades")
    finally:
        messages.set_language(before)
