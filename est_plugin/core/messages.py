"""User-facing texts of the core in Swedish and English.

The core cannot use Qt's translation system (it must not import Qt), so its texts live in this
catalogue. The plugin sets the language once from QGIS's locale with :func:`set_language`;
everything else calls :func:`text`. A unit test checks that every entry has both languages and
the same placeholders in each.
"""
from typing import Dict

from . import factor_texts, report_texts, risk_texts

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
    # Hotspots: kernel density, DBSCAN, accuracy.
    "kde_bad_kernel": {
        "en": "Unknown kernel '{kernel}'; choose one of {known}.",
        "sv": "Okänd kärna '{kernel}'; välj en av {known}.",
    },
    "kde_bad_radius": {
        "en": "The radius ({radius} m) and the pixel size ({pixel} m) must be larger than 0.",
        "sv": "Radien ({radius} m) och pixelstorleken ({pixel} m) måste vara större än 0.",
    },
    "kde_too_large": {
        "en": "The raster would have {cols} x {rows} = {cells} cells (about {mb} MB), more than the "
              "limit of {limit}. The area is {extent} with {pixel} m pixels. Choose a larger "
              "PIXEL_SIZE (e.g. {suggestion} m), a smaller EXTENT, or remove stray points far from "
              "the others.",
        "sv": "Rastret skulle få {cols} x {rows} = {cells} celler (omkring {mb} MB), fler än "
              "gränsen {limit}. Området är {extent} med {pixel} m pixlar. Välj en större "
              "PIXEL_SIZE (t.ex. {suggestion} m), en mindre EXTENT, eller ta bort felplacerade "
              "punkter långt från de andra.",
    },
    "kde_no_points": {
        "en": "The layer {layer} has no points with a position: there is nothing to estimate a "
              "density from.",
        "sv": "Lagret {layer} har inga punkter med läge: det finns inget att beräkna en täthet av.",
    },
    "kde_auto_radius": {
        "en": "RADIUS 0: chose {radius} m by the spatial Silverman rule "
              "(0.9 x min(standard distance {sd} m, 1.2 x median distance {dm} m) x n^-0.2, n = {n}).",
        "sv": "RADIUS 0: valde {radius} m med Silvermans rumsliga tumregel "
              "(0,9 x min(standardavstånd {sd} m, 1,2 x medianavstånd {dm} m) x n^-0,2, n = {n}).",
    },
    "kde_auto_pixel": {
        "en": "PIXEL_SIZE 0: chose {pixel} m (a tenth of the radius, rounded, at most {cells} cells).",
        "sv": "PIXEL_SIZE 0: valde {pixel} m (en tiondel av radien, avrundad, högst {cells} celler).",
    },
    "kde_method": {
        "en": "Computed {method} for {points} points on {cols} x {rows} cells of {pixel} m.",
        "sv": "Beräknat {method} för {points} punkter på {cols} x {rows} celler om {pixel} m.",
    },
    "kde_method_exact": {"en": "exactly", "sv": "exakt"},
    "weekday_monday": {"en": "Monday", "sv": "måndag"},
    "weekday_tuesday": {"en": "Tuesday", "sv": "tisdag"},
    "weekday_wednesday": {"en": "Wednesday", "sv": "onsdag"},
    "weekday_thursday": {"en": "Thursday", "sv": "torsdag"},
    "weekday_friday": {"en": "Friday", "sv": "fredag"},
    "weekday_saturday": {"en": "Saturday", "sv": "lördag"},
    "weekday_sunday": {"en": "Sunday", "sv": "söndag"},
    "dbscan_summary": {
        "en": "{clusters} clusters; {clustered} incidents in clusters ({core} core), {noise} noise "
              "({share} %).",
        "sv": "{clusters} kluster; {clustered} händelser i kluster ({core} kärnpunkter), {noise} brus "
              "({share} %).",
    },
    "dbscan_bad_settings": {
        "en": "EPS ({eps} m) must be larger than 0 and MIN_SIZE ({min_size}) at least 1.",
        "sv": "EPS ({eps} m) måste vara större än 0 och MIN_SIZE ({min_size}) minst 1.",
    },
    "no_layer_crs": {
        "en": "The layer {layer} has no coordinate reference system, so distances in metres cannot "
              "be measured. Set the layer's CRS.",
        "sv": "Lagret {layer} saknar koordinatsystem, så avstånd i meter kan inte mätas. Ange "
              "lagrets koordinatsystem.",
    },
    "projected_to": {
        "en": "{layer} is in degrees; distances are measured in {crs} (metres).",
        "sv": "{layer} är i grader; avstånd mäts i {crs} (meter).",
    },
    "kde_auto_radius_failed": {
        "en": "RADIUS 0 (automatic) needs at least two points at different places in {layer}; "
              "give a RADIUS in metres.",
        "sv": "RADIUS 0 (automatisk) kräver minst två punkter på olika platser i {layer}; ange en "
              "RADIUS i meter.",
    },
    "kde_method_binned": {
        "en": "by linear binning and convolution (within 0.3% of the maximum of the exact sum)",
        "sv": "med linjär binning och faltning (inom 0,3 % av maxvärdet för den exakta summan)",
    },
    # Walk map
    "walk_no_stops": {
        "en": "'{name}' has no stops with a stop number (stop_no): use the STOPS output of "
              "est:walkroute.",
        "sv": "'{name}' har inga stopp med stoppnummer (stop_no): använd STOPS-resultatet från "
              "est:walkroute.",
    },
    "walk_missing_stop_no": {
        "en": "'{name}' has no field stop_no, so the stops cannot be numbered in walking order: "
              "use the STOPS output of est:walkroute.",
        "sv": "'{name}' saknar fältet stop_no, så stoppen kan inte numreras i gångordning: "
              "använd STOPS-resultatet från est:walkroute.",
    },
    "walk_bad_checklist": {
        "en": "The checklist file '{path}' needs the columns code, label_sv and label_en.",
        "sv": "Checklistfilen '{path}' behöver kolumnerna code, label_sv och label_en.",
    },
    "note_walk_skipped_stops": {
        "en": "{n} stops without a stop number (stop_no) were left out of the map and the protocol.",
        "sv": "{n} stopp utan stoppnummer (stop_no) utelämnades från kartan och protokollet.",
    },
    # Walk route
    "route_no_lines": {
        "en": "'{name}' has no lines to walk along (none with two distinct points): choose a line "
              "layer of streets or paths, or a WALKABLE_EXPRESSION that keeps some of its lines.",
        "sv": "'{name}' har inga linjer att gå längs (ingen med två skilda punkter): välj ett "
              "linjelager med gator eller gångvägar, eller ett WALKABLE_EXPRESSION som behåller "
              "några av dess linjer.",
    },
    "route_no_stops": {
        "en": "'{name}' has no stops with a geometry: choose a layer of points or polygons.",
        "sv": "'{name}' har inga stopp med geometri: välj ett lager med punkter eller ytor.",
    },
    "route_no_crs": {
        "en": "'{name}' has no coordinate reference system, so distances cannot be measured: set "
              "it in the layer's properties.",
        "sv": "'{name}' saknar koordinatsystem, så avstånd kan inte mätas: ange det i lagrets "
              "egenskaper.",
    },
    "route_bad_expression": {
        "en": "WALKABLE_EXPRESSION cannot be read ({detail}): write it like \"highway\" NOT IN "
              "('motorway', 'trunk').",
        "sv": "WALKABLE_EXPRESSION går inte att läsa ({detail}): skriv till exempel \"highway\" NOT IN "
              "('motorway', 'trunk').",
    },
    "route_start_far": {
        "en": "The start point is {distance} m from the nearest walkable line, more than MAX_SNAP "
              "({max_snap} m): move START closer to the network or raise MAX_SNAP.",
        "sv": "Startpunkten ligger {distance} m från närmaste gångbara linje, mer än MAX_SNAP "
              "({max_snap} m): flytta START närmare nätet eller höj MAX_SNAP.",
    },
    "route_one_stop": {
        "en": "There is only one stop: a walk needs at least two stops, or one stop and a START point.",
        "sv": "Det finns bara ett stopp: en vandring behöver minst två stopp, eller ett stopp och "
              "en START-punkt.",
    },
    "route_too_few_stops": {
        "en": "Only one of the {total} stops can be visited ({reasons}). A walk needs at least two "
              "stops, or one stop and a START point: raise MAX_SNAP or MAX_STOPS, or choose a "
              "network that reaches the stops.",
        "sv": "Bara ett av de {total} stoppen kan besökas ({reasons}). En vandring behöver minst två "
              "stopp, eller ett stopp och en START-punkt: höj MAX_SNAP eller MAX_STOPS, eller välj "
              "ett nät som når stoppen.",
    },
    "route_no_usable_stops": {
        "en": "None of the {total} stops can be visited ({reasons}): raise MAX_SNAP, or choose a "
              "network or a START point that reaches them.",
        "sv": "Inget av de {total} stoppen kan besökas ({reasons}): höj MAX_SNAP, eller välj ett nät "
              "eller en START-punkt som når dem.",
    },
    "route_budget": {
        "en": "Not even the nearest stop fits in MAX_MINUTES ({max_minutes} min): the shortest walk "
              "to a stop takes {needed} min ({stop_minutes} min at each stop, {speed} km/h). Raise "
              "MAX_MINUTES, lower STOP_MINUTES or raise WALK_SPEED.",
        "sv": "Inte ens det närmaste stoppet ryms i MAX_MINUTES ({max_minutes} min): den kortaste "
              "vandringen till ett stopp tar {needed} min ({stop_minutes} min vid varje stopp, "
              "{speed} km/h). Höj MAX_MINUTES, sänk STOP_MINUTES eller höj WALK_SPEED.",
    },
    "route_cancelled": {
        "en": "The planning of the walk was cancelled.",
        "sv": "Planeringen av vandringen avbröts.",
    },
    "route_drop_no_point": {"en": "it has no geometry", "sv": "det saknar geometri"},
    "route_drop_duplicate": {"en": "same place as stop {stop}", "sv": "samma plats som stopp {stop}"},
    "route_drop_far": {
        "en": "{distance} m from the nearest walkable line, more than MAX_SNAP ({max_snap} m)",
        "sv": "{distance} m från närmaste gångbara linje, mer än MAX_SNAP ({max_snap} m)",
    },
    "route_drop_disconnected": {
        "en": "its nearest line ({distance} m away) is on a part of the network that is not "
              "connected to the start",
        "sv": "dess närmaste linje ({distance} m bort) ligger på en del av nätet som inte hänger "
              "ihop med starten",
    },
    "route_drop_max_stops": {
        "en": "beyond the first MAX_STOPS ({max_stops}) stops",
        "sv": "utanför de första MAX_STOPS ({max_stops}) stoppen",
    },
    "route_drop_budget": {
        "en": "does not fit in MAX_MINUTES ({max_minutes} min) with the stops of higher priority",
        "sv": "ryms inte i MAX_MINUTES ({max_minutes} min) tillsammans med stoppen med högre prioritet",
    },
    "route_reason_item": {"en": "stop {stop}: {reason}", "sv": "stopp {stop}: {reason}"},
    "route_note_dropped": {
        "en": "Stop {stop} left out: {reason}.",
        "sv": "Stopp {stop} utelämnas: {reason}.",
    },
    "route_note_resnapped": {
        "en": "Stop {stop}: its nearest line ({nearest} m) is not connected to the start; it is "
              "snapped to a connected line {distance} m away.",
        "sv": "Stopp {stop}: dess närmaste linje ({nearest} m) hänger inte ihop med starten; det "
              "fästs vid en sammanhängande linje {distance} m bort.",
    },
    "route_note_crs": {
        "en": "Distances in metres: {source} projected to {crs} (SWEREF 99 TM in Sweden, the UTM "
              "zone elsewhere); the outputs are in {crs}.",
        "sv": "Avstånd i meter: {source} projicerat till {crs} (SWEREF 99 TM i Sverige, UTM-zonen "
              "annars); resultaten är i {crs}.",
    },
    "route_note_network": {
        "en": "Network: {nodes} nodes, {edges} edges, {parts} connected parts (the largest holds "
              "{share} % of the length); {gaps} gaps of at most {tolerance} m closed.",
        "sv": "Nätet: {nodes} noder, {edges} länkar, {parts} sammanhängande delar (den största har "
              "{share} % av längden); {gaps} glapp på högst {tolerance} m slutna.",
    },
    "route_note_snap": {
        "en": "Stops snapped to the network: {count}, on average {mean} m away, at most {max} m.",
        "sv": "Stopp fästa vid nätet: {count}, i genomsnitt {mean} m bort, som mest {max} m.",
    },
    "route_note_order_exact": {
        "en": "Stop order: the shortest possible (exact, Held-Karp) through {count} stops.",
        "sv": "Stoppordning: den kortaste möjliga (exakt, Held-Karp) genom {count} stopp.",
    },
    "route_note_order_heuristic": {
        "en": "Stop order: a short order found by a heuristic (nearest neighbour improved with 2-opt "
              "and Or-opt); it is exact up to {limit} stops only.",
        "sv": "Stoppordning: en kort ordning funnen heuristiskt (närmaste granne förbättrad med 2-opt "
              "och Or-opt); exakt är den bara upp till {limit} stopp.",
    },
    "route_summary": {
        "en": "Walk: {stops} stops, {km} km, {minutes} min ({walking} min walking, {at_stops} min at "
              "the stops), {trip}. Left out: {dropped}.",
        "sv": "Vandring: {stops} stopp, {km} km, {minutes} min ({walking} min gång, {at_stops} min "
              "vid stoppen), {trip}. Utelämnade: {dropped}.",
    },
    "route_trip_round": {"en": "back to the start", "sv": "tillbaka till starten"},
    "route_trip_open": {"en": "ending at the last stop", "sv": "slutar vid sista stoppet"},
    "route_none": {"en": "none", "sv": "inga"},
    "reprojection_failed": {
        "en": "Could not reproject the layer '{layer}' from {source} to {target}: check its CRS.",
        "sv": "Kunde inte projicera om lagret '{layer}' från {source} till {target}: kontrollera dess "
              "koordinatsystem.",
    },
}
# Texts of later features live beside them, one catalogue per feature, merged here.
CATALOGUE.update(factor_texts.TEXTS)
CATALOGUE.update(risk_texts.TEXTS)
CATALOGUE.update(report_texts.TEXTS)


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
