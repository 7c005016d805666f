"""categories: the default EST list and mapping source labels to its codes."""
import csv
import re

import pandas as pd
import pytest

from est_plugin.core.categories import load_categories, map_categories, read_mapping_file
from est_plugin.core.errors import InputError

CODES = ["skadegorelse", "klotter", "nedskrapning", "brand", "ordningsstorning", "samling",
         "hot_vald", "narkotika", "inbrott_stold", "olovlig_trafik", "otrygg_plats", "ovrigt"]
SWEDISH_LABELS = {"skadegorelse": "Skadegörelse", "klotter": "Klotter", "nedskrapning": "Nedskräpning",
                  "brand": "Brand", "ordningsstorning": "Ordningsstörning",
                  "samling": "Otrygghetsskapande samling", "hot_vald": "Hot/våld",
                  "narkotika": "Narkotika", "inbrott_stold": "Inbrott/stöld",
                  "olovlig_trafik": "Olovlig trafik", "otrygg_plats": "Otrygg plats", "ovrigt": "Övrigt"}


def test_load_categories_reads_the_twelve_default_codes():
    categories = load_categories()
    assert [c.code for c in categories] == CODES


def test_every_category_has_labels_a_colour_and_a_unique_match_order():
    categories = load_categories()
    for category in categories:
        assert category.label_sv.strip() and category.label_en.strip()
        assert re.fullmatch(r"#[0-9a-f]{6}", category.colour), category.colour
        assert category.keywords and all(k == k.casefold() for k in category.keywords)
    orders = [c.match_order for c in categories]
    assert len(set(orders)) == len(orders) == 12


def test_loaded_categories_agree_with_the_resource_file(sample_dir):
    path = sample_dir.parent / "categories.csv"
    with open(path, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter=";"))
    loaded = {c.code: c for c in load_categories()}
    for row in rows:
        category = loaded[row["code"]]
        assert (category.label_sv, category.label_en, category.colour) == (
            row["label_sv"], row["label_en"], row["colour"])
        assert category.match_order == int(row["match_order"])


def test_label_picks_the_language():
    brand = {c.code: c for c in load_categories()}["brand"]
    assert brand.label("sv") == "Brand" and brand.label("en") == "Fire"


VANCOUVER_TYPES = {
    "Break and Enter Commercial": "inbrott_stold",
    "Break and Enter Residential/Other": "inbrott_stold",
    "Mischief": "skadegorelse",
    "Offence Against a Person": "hot_vald",
    "Homicide": "hot_vald",
    "Other Theft": "inbrott_stold",
    "Theft from Vehicle": "inbrott_stold",
    "Theft of Bicycle": "inbrott_stold",
    "Theft of Vehicle": "inbrott_stold",
    "Vehicle Collision or Pedestrian Struck (with Fatality)": "ovrigt",
    "Vehicle Collision or Pedestrian Struck (with Injury)": "ovrigt",
}


def test_map_categories_on_the_vancouver_crime_types():
    values = list(VANCOUVER_TYPES) + ["Mischief", "Vehicle Collision or Pedestrian Struck (with Injury)"]
    codes, unmatched = map_categories(pd.Series(values))
    assert codes.tolist() == [VANCOUVER_TYPES[v] for v in values]
    assert unmatched == {"Vehicle Collision or Pedestrian Struck (with Injury)": 2,
                         "Vehicle Collision or Pedestrian Struck (with Fatality)": 1}


def test_map_categories_counts_unmatched_rows_of_the_real_vancouver_extract(data_dir):
    raw = pd.read_csv(data_dir / "vpd_crimes_2020_extract.csv")
    codes, unmatched = map_categories(raw["TYPE"])
    collisions = raw["TYPE"].str.startswith("Vehicle Collision")
    assert unmatched == raw.loc[collisions, "TYPE"].value_counts().to_dict()
    assert (codes[collisions] == "ovrigt").all()
    assert codes[~collisions].tolist() == [VANCOUVER_TYPES[t] for t in raw.loc[~collisions, "TYPE"]]


def test_every_swedish_label_maps_to_its_own_code():
    codes, unmatched = map_categories(pd.Series(list(SWEDISH_LABELS.values())))
    assert codes.tolist() == list(SWEDISH_LABELS)
    assert unmatched == {}


def test_codes_and_labels_match_whatever_the_case():
    codes, _ = map_categories(pd.Series(["HOT/VÅLD", "inbrott_stold", "Other", "graffiti", " Brand "]))
    assert codes.tolist() == ["hot_vald", "inbrott_stold", "ovrigt", "klotter", "brand"]


@pytest.mark.parametrize("value, code", [
    ("Cykelstöld", "inbrott_stold"),         # Swedish compound ending in a keyword
    ("Bilbrand", "brand"),
    ("Mopedbuskörning", "olovlig_trafik"),
    ("Fönsterkross", "skadegorelse"),
    ("Stöld ur bil", "inbrott_stold"),
    ("olaga hot", "hot_vald"),
    ("Hot", "hot_vald"),
    ("Skadegörelse genom brand", "brand"),    # fire comes before vandalism
    ("Skadegörelse genom klotter", "klotter"),  # graffiti comes before vandalism
    ("Anti-social behaviour", "ordningsstorning"),
    ("Otrygg plats vid skola", "otrygg_plats"),
])
def test_keywords_compounds_and_precedence(value, code):
    codes, unmatched = map_categories(pd.Series([value]))
    assert codes.tolist() == [code]
    assert unmatched == {}


@pytest.mark.parametrize("value", ["Hotel", "Hotell", "Narkotikabrott", "Stage", "Brandlarm"])
def test_keywords_do_not_match_inside_other_words(value):
    codes, unmatched = map_categories(pd.Series([value]))
    assert codes.tolist() == ["ovrigt"]
    assert unmatched == {value: 1}


def test_overrides_win_over_matching_and_ignore_case_and_spaces():
    codes, unmatched = map_categories(pd.Series(["Mischief", "Hotel", "Brand"]),
                                      overrides={"mischief": "klotter", " HOTEL ": "otrygg_plats"})
    assert codes.tolist() == ["klotter", "otrygg_plats", "brand"]
    assert unmatched == {}


def test_empty_cells_get_no_code_and_are_not_counted_as_unmatched():
    codes, unmatched = map_categories(pd.Series(["Mischief", None, "", "  "], dtype=object))
    assert codes[0] == "skadegorelse"
    assert codes[1:].isna().all()
    assert unmatched == {}


def test_empty_cells_stay_none():
    codes, _ = map_categories(pd.Series(["Mischief", None, ""], dtype=object))
    assert codes[1] is None and codes[2] is None


def test_map_categories_keeps_the_index():
    codes, _ = map_categories(pd.Series(["Brand", "Klotter"], index=[4, 9]))
    assert codes.to_dict() == {4: "brand", 9: "klotter"}


def test_read_mapping_file_takes_codes_or_labels(write_file):
    content = "Källvärde;EST-kod\nSkräp i park;nedskrapning\nBuskörning moped;Olovlig trafik\n" \
              "Lägenhetsbrand;BRAND\n;klotter\n"
    mapping = read_mapping_file(str(write_file("mapping.csv", content, "cp1252")))
    assert mapping == {"Skräp i park": "nedskrapning", "Buskörning moped": "olovlig_trafik",
                       "Lägenhetsbrand": "brand"}


def test_read_mapping_file_result_works_as_overrides(write_file):
    mapping = read_mapping_file(str(write_file("m.csv", "source,code\nMischief,klotter\n")))
    codes, _ = map_categories(pd.Series(["Mischief"]), overrides=mapping)
    assert codes.tolist() == ["klotter"]


def test_read_mapping_file_rejects_unknown_codes_naming_them(write_file):
    path = write_file("bad.csv", "source;code\nA;brand\nB;xyzzy\nC;qwerty\n")
    with pytest.raises(InputError) as caught:
        read_mapping_file(str(path))
    assert "xyzzy" in str(caught.value) and "qwerty" in str(caught.value)
    assert "bad.csv" in str(caught.value)


def test_read_mapping_file_needs_two_columns(write_file):
    with pytest.raises(InputError) as caught:
        read_mapping_file(str(write_file("one.csv", "source\nA\nB\n")))
    assert "one.csv" in str(caught.value)
