"""tables.read_table: CSV/TXT/TSV in any common delimiter and encoding, gzip, XLSX; clear errors."""
import datetime
import gzip

import openpyxl
import pytest

from est_plugin.core.errors import InputError
from est_plugin.core.tables import read_table


def _rows(table):
    return table.frame.values.tolist()


def test_utf8_with_bom_does_not_leak_the_bom_into_the_first_header(write_file):
    table = read_table(str(write_file("bom.csv", "\ufeffDatum;Plats\n2026-11-16;Torget\n")))
    assert list(table.frame.columns) == ["Datum", "Plats"]
    assert table.encoding == "UTF-8"


def test_windows_1252_with_swedish_letters_in_headers_and_values(write_file):
    content = "Område;Händelse\r\nÅkersberga;Skadegörelse på väg\r\n"
    table = read_table(str(write_file("cp.csv", content, "cp1252")))
    assert table.encoding == "Windows-1252"
    assert list(table.frame.columns) == ["Område", "Händelse"]
    assert _rows(table) == [["Åkersberga", "Skadegörelse på väg"]]


@pytest.mark.parametrize("delimiter, name", [(";", "a.csv"), (",", "a.csv"), ("\t", "a.txt"),
                                             ("|", "a.csv"), ("\t", "a.tsv")])
def test_delimiter_is_recognised(write_file, delimiter, name):
    lines = [["id", "text", "n"], ["1", "a b", "2,5" if delimiter != "," else "2"], ["2", "c", "3"]]
    content = "\n".join(delimiter.join(line) for line in lines) + "\n"
    table = read_table(str(write_file(name, content)))
    assert table.delimiter == delimiter
    assert list(table.frame.columns) == lines[0]
    assert _rows(table) == lines[1:]


def test_quoted_fields_may_hold_the_delimiter_and_newlines(write_file):
    content = 'id;text;n\n1;"a;b";2\n2;"first line\nsecond line";3\n3;x;4\n'
    table = read_table(str(write_file("q.csv", content)))
    assert _rows(table) == [["1", "a;b", "2"], ["2", "first line\nsecond line", "3"], ["3", "x", "4"]]
    # Spreadsheet rows: the header is row 1, a record with a newline inside is still one row.
    assert table.source_rows.tolist() == [2, 3, 4]


def test_blank_lines_are_skipped_but_row_numbers_still_count_them(write_file):
    content = "a;b\n1;2\n\n;\n   \n3;4\n"
    table = read_table(str(write_file("blank.csv", content)))
    assert _rows(table) == [["1", "2"], ["3", "4"]]
    assert table.source_rows.tolist() == [2, 6]


def test_blank_lines_before_the_header_shift_the_row_numbers(write_file):
    table = read_table(str(write_file("lead.csv", "\n\na;b\n1;2\n")))
    assert list(table.frame.columns) == ["a", "b"]
    assert table.source_rows.tolist() == [4]


def test_rows_with_extra_non_empty_fields_are_listed_as_broken(write_file):
    content = "a;b\n1;2\n3;4;5\n6;7;\n8;9;;\n10\n"
    table = read_table(str(write_file("extra.csv", content)))
    assert table.broken_rows == [(3, 3)]
    assert _rows(table) == [["1", "2"], ["3", "4"], ["6", "7"], ["8", "9"], ["10", ""]]
    assert table.source_rows.tolist() == [2, 3, 4, 5, 6]


def test_duplicate_and_empty_header_names_are_made_unique(write_file):
    table = read_table(str(write_file("dup.csv", "a;A; ;b;b;b\n1;2;3;4;5;6\n")))
    assert list(table.frame.columns) == ["a", "A_2", "column_3", "b", "b_2", "b_3"]
    assert _rows(table) == [["1", "2", "3", "4", "5", "6"]]


def test_csv_cells_stay_text(write_file):
    table = read_table(str(write_file("t.csv", "n;d\n007;2026-11-16\n")))
    assert _rows(table) == [["007", "2026-11-16"]]


def test_gzip_compressed_csv(write_file):
    raw = gzip.compress("Datum;Antal\n2026-11-16;3\n".encode("cp1252"))
    table = read_table(str(write_file("export.csv.gz", raw)))
    assert list(table.frame.columns) == ["Datum", "Antal"]
    assert _rows(table) == [["2026-11-16", "3"]]
    assert table.delimiter == ";"


def test_xlsx_keeps_cell_types_and_spreadsheet_row_numbers(tmp_path):
    path = tmp_path / "export.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Datum", "Antal", "Plats"])
    sheet.append([datetime.datetime(2026, 11, 16, 22, 15), 3, "Åtorget"])
    sheet.append([None, None, None])
    sheet.append([datetime.datetime(2026, 11, 17), 2.5, None])
    book.save(path)
    table = read_table(str(path))
    assert list(table.frame.columns) == ["Datum", "Antal", "Plats"]
    assert _rows(table) == [[datetime.datetime(2026, 11, 16, 22, 15), 3, "Åtorget"],
                            [datetime.datetime(2026, 11, 17), 2.5, None]]
    assert isinstance(table.frame.iloc[0, 0], datetime.datetime)
    assert table.source_rows.tolist() == [2, 4]


def test_xlsx_whose_table_starts_lower_down_counts_rows_from_the_sheet_top(tmp_path):
    path = tmp_path / "offset.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.cell(row=3, column=1, value="Datum")
    sheet.cell(row=4, column=1, value="2026-11-16")
    sheet.cell(row=6, column=1, value="2026-11-17")
    book.save(path)
    table = read_table(str(path))
    assert _rows(table) == [["2026-11-16"], ["2026-11-17"]]
    assert table.source_rows.tolist() == [4, 6]


def _error(path) -> str:
    with pytest.raises(InputError) as caught:
        read_table(str(path))
    return str(caught.value)


def test_missing_file_is_an_input_error_naming_it(tmp_path):
    message = _error(tmp_path / "nowhere.csv")
    assert "nowhere.csv" in message and "does not exist" in message


@pytest.mark.parametrize("content", ["", "   \n\n \t\r\n"])
def test_empty_or_white_space_file_is_an_input_error_naming_it(write_file, content):
    message = _error(write_file("empty.csv", content))
    assert "empty.csv" in message and "empty" in message


def test_file_of_only_delimiters_is_an_input_error(write_file):
    message = _error(write_file("delims.csv", ";;;\r\n;;;\r\n"))
    assert "delims.csv" in message


@pytest.mark.parametrize("name, content", [("header.csv", "a;b\n"), ("header2.csv", "a;b\n\n;\n")])
def test_header_only_csv_says_there_are_no_rows(write_file, name, content):
    message = _error(write_file(name, content))
    assert name in message and "no rows" in message


def test_header_only_xlsx_says_there_are_no_rows(tmp_path):
    path = tmp_path / "header.xlsx"
    book = openpyxl.Workbook()
    book.active.append(["Datum", "Plats"])
    book.save(path)
    message = _error(path)
    assert "header.xlsx" in message and "no rows" in message


def test_unsupported_suffix_is_an_input_error_naming_the_file(write_file):
    message = _error(write_file("incidents.json", '{"a": 1}'))
    assert "incidents.json" in message and "CSV" in message


def test_corrupt_xlsx_is_an_input_error_naming_the_file(write_file):
    message = _error(write_file("broken.xlsx", b"PK\x03\x04 this is not a workbook"))
    assert "broken.xlsx" in message and "could not be read" in message


def test_corrupt_gzip_is_an_input_error_naming_the_file(write_file):
    message = _error(write_file("broken.csv.gz", b"not gzip at all"))
    assert "broken.csv.gz" in message


def test_real_helsinki_sample_is_read_as_windows_1252_with_semicolons(sample_dir):
    table = read_table(str(sample_dir / "incidents_helsinki_simulated.csv"))
    assert table.encoding == "Windows-1252" and table.delimiter == ";"
    assert list(table.frame.columns) == ["Ärendenr", "Datum", "Klockslag", "Kategori", "Plats",
                                         "Latitud", "Longitud", "Beskrivning"]
    assert len(table.frame) == 891
    assert table.source_rows.tolist() == list(range(2, 893))
    assert table.broken_rows == []


def test_real_lancashire_extract_is_read_as_tab_separated(data_dir):
    table = read_table(str(data_dir / "lancashire_asb_extract.tsv"))
    assert table.delimiter == "\t"
    assert list(table.frame.columns) == ["month", "longitude", "latitude", "location", "lsoa_code"]
    assert len(table.frame) == 200
