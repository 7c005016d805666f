"""User-facing texts of the core in Swedish and English.

The core cannot use Qt's translation system (it must not import Qt), so its texts live in this
catalogue. The plugin sets the language once from QGIS's locale with :func:`set_language`;
everything else calls :func:`text`. A unit test checks that every entry has both languages and
the same placeholders in each.
"""
from typing import Dict

_language = "sv"

CATALOGUE: Dict[str, Dict[str, str]] = {
    # Reasons for rejected rows (the REJECTED output's `reason`).
    "no_coordinates": {
        "en": "no coordinates ({field} is empty)",
        "sv": "koordinater saknas ({field} är tom)",
    },
    "no_geometry": {
        "en": "the feature has no geometry",
        "sv": "objektet saknar geometri",
    },
    "bad_coordinates": {
        "en": "{field} is not a number: '{value}'",
        "sv": "{field} är inte ett tal: '{value}'",
    },
    "zero_coordinates": {
        "en": "coordinates are 0,0 (location missing or withheld)",
        "sv": "koordinaterna är 0,0 (platsen saknas eller är skyddad)",
    },
    "outside_crs_area": {
        "en": "outside the area where {crs} is valid: is the source CRS right?",
        "sv": "utanför området där {crs} gäller: stämmer källans koordinatsystem?",
    },
    "outside_extent": {
        "en": "outside the chosen plausible extent",
        "sv": "utanför den valda rimliga utsträckningen",
    },
    "far_from_others": {
        "en": "in a group of fewer than {n} events more than {km} km from all other events "
              "(a stray point?)",
        "sv": "i en grupp med färre än {n} händelser mer än {km} km från alla andra händelser "
              "(felplacerad punkt?)",
    },
    "too_many_fields": {
        "en": "the row has {count} fields but the header has {width} (a delimiter inside an "
              "unquoted value?)",
        "sv": "raden har {count} fält men rubrikraden har {width} (avgränsare inuti ett värde "
              "utan citattecken?)",
    },
    "no_date": {
        "en": "no date ({field} is empty)",
        "sv": "datum saknas ({field} är tom)",
    },
    "bad_date": {
        "en": "could not read the date in {field}: '{value}'",
        "sv": "kunde inte läsa datumet i {field}: '{value}'",
    },
    # Errors (whole input unusable).
    "file_missing": {
        "en": "The file '{path}' does not exist.",
        "sv": "Filen '{path}' finns inte.",
    },
    "file_empty": {
        "en": "The file '{path}' is empty.",
        "sv": "Filen '{path}' är tom.",
    },
    "file_unreadable": {
        "en": "The file '{path}' could not be read as a table: {detail}",
        "sv": "Filen '{path}' kunde inte läsas som en tabell: {detail}",
    },
    "file_type": {
        "en": "The file '{path}' is not a table this tool reads (CSV, TXT, TSV, XLSX).",
        "sv": "Filen '{path}' är inte en tabell som verktyget läser (CSV, TXT, TSV, XLSX).",
    },
    "no_rows": {
        "en": "'{name}' has column names but no rows.",
        "sv": "'{name}' har kolumnnamn men inga rader.",
    },
    "missing_column": {
        "en": "The column '{field}' chosen as {role} is not in '{name}'. Columns there: {columns}.",
        "sv": "Kolumnen '{field}' som valts som {role} finns inte i '{name}'. Kolumner där: {columns}.",
    },
    "no_coordinate_columns": {
        "en": "No coordinates in '{name}': it has no point geometry and no X/Y columns were "
              "chosen or recognised. Choose X_FIELD and Y_FIELD. Columns: {columns}.",
        "sv": "Inga koordinater i '{name}': den saknar punktgeometri och inga X/Y-kolumner valdes "
              "eller kändes igen. Välj X_FIELD och Y_FIELD. Kolumner: {columns}.",
    },
    "no_time_columns": {
        "en": "No date in '{name}': choose DATETIME_FIELD, DATE_FIELD (with TIME_FIELD) or "
              "YEAR_FIELD, MONTH_FIELD and DAY_FIELD. Columns: {columns}.",
        "sv": "Inget datum i '{name}': välj DATETIME_FIELD, DATE_FIELD (med TIME_FIELD) eller "
              "YEAR_FIELD, MONTH_FIELD och DAY_FIELD. Kolumner: {columns}.",
    },
    "need_source_crs": {
        "en": "The X/Y columns of '{name}' are not longitude/latitude (X {xmin}..{xmax}, "
              "Y {ymin}..{ymax}): choose their coordinate system in SOURCE_CRS.",
        "sv": "X/Y-kolumnerna i '{name}' är inte longitud/latitud (X {xmin}..{xmax}, "
              "Y {ymin}..{ymax}): välj deras koordinatsystem i SOURCE_CRS.",
    },
    "bad_crs": {
        "en": "The coordinate system '{crs}' is not known: {detail}",
        "sv": "Koordinatsystemet '{crs}' är okänt: {detail}",
    },
    "all_rejected": {
        "en": "Every one of the {n} rows of '{name}' was rejected. Most common reason: {reason} "
              "(e.g. row {row}).",
        "sv": "Alla {n} rader i '{name}' avvisades. Vanligaste orsak: {reason} (t.ex. rad {row}).",
    },
    "bad_category_mapping": {
        "en": "The category mapping file '{path}' needs two columns (source value, EST code); "
              "unknown codes there: {codes}.",
        "sv": "Kategorifilen '{path}' behöver två kolumner (källans värde, EST-kod); "
              "okända koder där: {codes}.",
    },
    "bad_iso_week": {
        "en": "'{value}' is not an ISO week; write it like 2026-W46.",
        "sv": "'{value}' är ingen ISO-vecka; skriv till exempel 2026-W46.",
    },
    "bad_hours": {
        "en": "'{value}' is not an hour range; write it like 22-04 or 08:30-10, several with commas.",
        "sv": "'{value}' är inget timintervall; skriv till exempel 22-04 eller 08:30-10, flera med komma.",
    },
    "bad_date_range": {
        "en": "The period ends ({end}) before it starts ({start}).",
        "sv": "Perioden slutar ({end}) innan den börjar ({start}).",
    },
    "bad_timezone": {
        "en": "'{value}' is not a known time zone; use a name like Europe/Stockholm.",
        "sv": "'{value}' är ingen känd tidszon; använd ett namn som Europe/Stockholm.",
    },
    "missing_incident_field": {
        "en": "'{name}' has no field '{field}': use the output of Import incidents as input.",
        "sv": "'{name}' saknar fältet '{field}': använd resultatet av Importera händelser som indata.",
    },
    # Notes in the log of an import.
    "note_guessed": {
        "en": "Columns recognised by name: {pairs}.",
        "sv": "Kolumner som kändes igen på namnet: {pairs}.",
    },
    "note_lonlat": {
        "en": "{x}/{y} look like longitude/latitude: read as WGS 84 (EPSG:4326).",
        "sv": "{x}/{y} ser ut som longitud/latitud: lästa som WGS 84 (EPSG:4326).",
    },
    "note_crs_auto": {
        "en": "Coordinates from {source} projected to {crs}, the metric system for where the "
              "events are (SWEREF 99 TM in Sweden, the UTM zone elsewhere).",
        "sv": "Koordinater från {source} projicerade till {crs}, det metriska systemet där "
              "händelserna finns (SWEREF 99 TM i Sverige, UTM-zonen annars).",
    },
    "note_crs_user": {
        "en": "Coordinates from {source} projected to {crs} as chosen.",
        "sv": "Koordinater från {source} projicerade till {crs} enligt valet.",
    },
    "note_month_first": {
        "en": "Dates in {field} were read month first (11/16/2026), since no day-first reading fits.",
        "sv": "Datumen i {field} lästes med månaden först (11/16/2026), eftersom dag först inte passar.",
    },
    "note_bad_clock": {
        "en": "{n} rows have a clock time that could not be read (e.g. '{value}'); they are kept "
              "with the time of day unknown.",
        "sv": "{n} rader har ett klockslag som inte gick att läsa (t.ex. '{value}'); de behålls "
              "med okänd tid på dygnet.",
    },
    "note_time_unknown": {
        "en": "{n} incidents have no time of day: time_known is false and event_time holds the "
              "date at 00:00; hour and after-dark filters leave them out.",
        "sv": "{n} händelser saknar tid på dygnet: time_known är falskt och event_time har datumet "
              "kl. 00:00; filter på timme och mörker utelämnar dem.",
    },
    "note_unmatched": {
        "en": "{n} rows had categories not in the EST list and became 'ovrigt': {values}.",
        "sv": "{n} rader hade kategorier utanför EST-listan och blev 'ovrigt': {values}.",
    },
    "note_renamed": {
        "en": "Source fields renamed so that they sit beside the new ones: {pairs}.",
        "sv": "Källans fält döptes om för att kunna stå bredvid de nya: {pairs}.",
    },
    "import_summary": {
        "en": "Rows read: {read}; imported: {imported}; rejected: {rejected} ({reasons}).",
        "sv": "Lästa rader: {read}; importerade: {imported}; avvisade: {rejected} ({reasons}).",
    },
    # Short names of the reasons, for the summary line.
    "label_no_coordinates": {"en": "no coordinates", "sv": "koordinater saknas"},
    "label_no_geometry": {"en": "no geometry", "sv": "geometri saknas"},
    "label_bad_coordinates": {"en": "unreadable coordinates", "sv": "oläsliga koordinater"},
    "label_zero_coordinates": {"en": "coordinates 0,0", "sv": "koordinater 0,0"},
    "label_outside_crs_area": {"en": "outside the CRS's area", "sv": "utanför systemets område"},
    "label_outside_extent": {"en": "outside the extent", "sv": "utanför utsträckningen"},
    "label_far_from_others": {"en": "far from the other events", "sv": "långt från övriga händelser"},
    "label_too_many_fields": {"en": "too many fields", "sv": "för många fält"},
    "label_no_date": {"en": "no date", "sv": "datum saknas"},
    "label_bad_date": {"en": "unreadable date", "sv": "oläsligt datum"},
    # Notes and labels of the filter.
    "note_timezone_sweden": {
        "en": "Times read as Swedish local time (Europe/Stockholm) to find the sun's position.",
        "sv": "Tiderna lästes som svensk lokal tid (Europe/Stockholm) för solens läge.",
    },
    "note_timezone_guess": {
        "en": "No time zone chosen and the events are outside Sweden: times read as {zone} "
              "(from the longitude, without summer time). Set TIME_ZONE for exact darkness.",
        "sv": "Ingen tidszon vald och händelserna ligger utanför Sverige: tiderna lästes som {zone} "
              "(från longituden, utan sommartid). Ange TIME_ZONE för exakt mörker.",
    },
    "filter_summary": {
        "en": "Kept {kept} of {total} incidents; left out: {steps}.",
        "sv": "Behöll {kept} av {total} händelser; utelämnade: {steps}.",
    },
    "step_no_date": {"en": "no date", "sv": "datum saknas"},
    "step_period": {"en": "outside the period", "sv": "utanför perioden"},
    "step_weekday": {"en": "other weekdays", "sv": "andra veckodagar"},
    "step_category": {"en": "other categories", "sv": "andra kategorier"},
    "step_no_time_of_day": {"en": "time of day unknown", "sv": "okänd tid på dygnet"},
    "step_hour": {"en": "outside the hours", "sv": "utanför timmarna"},
    "step_no_position": {"en": "no valid position for the sun's position",
                         "sv": "saknar giltigt läge för solens position"},
    "step_daylight": {"en": "in daylight", "sv": "i dagsljus"},
    "step_dark": {"en": "after dark", "sv": "efter mörkrets inbrott"},
}


def set_language(language: str) -> None:
    """Use 'sv' or 'en' for all core texts from now on; other languages fall back to English."""
    global _language
    _language = "sv" if str(language).lower().startswith("sv") else "en"


def language() -> str:
    """The language core texts are given in now."""
    return _language


def text(code: str, lang: str = "", **values: object) -> str:
    """The text for ``code`` in ``lang`` (default: the current language), filled with ``values``."""
    entry = CATALOGUE[code]
    return entry[lang or _language].format(**values)
