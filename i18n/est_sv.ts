<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>EstAlgorithm</name>
    <message>
        <location filename="../est_plugin/processing/base.py" line="30"/>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EstPlugin</name>
    <message>
        <location filename="../est_plugin/plugin.py" line="13"/>
        <source>Import incidents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../est_plugin/plugin.py" line="13"/>
        <source>Filter incidents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../est_plugin/plugin.py" line="51"/>
        <source>&amp;EST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../est_plugin/plugin.py" line="53"/>
        <source>EST</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EstProvider</name>
    <message>
        <location filename="../est_plugin/processing/provider.py" line="29"/>
        <source>EST – effective coordination for safety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/provider.py" line="40"/>
        <source>EST: {0} is unavailable, a Python package is missing: {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterIncidentsAlgorithm</name>
    <message>
        <location filename="../est_plugin/processing/algorithms/filter_incidents.py" line="43"/>
        <source>Filter incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/filter_incidents.py" line="46"/>
        <source>Keeps the incidents that match every chosen condition; all fields are kept.

DATE_FROM/DATE_TO: a period, both days included. ISO_WEEK (e.g. 2026-W46) with WEEKS_BEFORE: that week and the N weeks before it (Monday to Sunday). WEEKDAYS: the days to keep. HOURS: clock ranges such as 22-04 or 08:30-10, several with commas; a range includes its start and excludes its end (22-04 is 22:00-03:59) and may cross midnight. CATEGORIES: category codes or values, separated by commas.

AFTER_DARK: keep only incidents when the sun was below the horizon at the event&apos;s place and time (solar elevation below SUN_ELEVATION, default -0.833 degrees: apparent sunset; -6 is the end of civil twilight); DAYLIGHT: only the others. Times are local times in TIME_ZONE (default Europe/Stockholm for data in Sweden).

Incidents whose time of day is unknown cannot be judged by HOURS or AFTER_DARK: those filters leave them out, and the log counts them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/filter_incidents.py" line="61"/>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/filter_incidents.py" line="63"/>
        <source>From date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/filter_incidents.py" line="63"/>
        <source>To date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/filter_incidents.py" line="66"/>
        <source>ISO week (e.g. 2026-W46)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/filter_incidents.py" line="68"/>
        <source>Also the weeks before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/filter_incidents.py" line="71"/>
        <source>Weekdays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/filter_incidents.py" line="73"/>
        <source>Hours (e.g. 22-04, 08:30-10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/filter_incidents.py" line="75"/>
        <source>Categories (comma separated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/filter_incidents.py" line="77"/>
        <source>Only incidents after dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/filter_incidents.py" line="79"/>
        <source>Only incidents in daylight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/filter_incidents.py" line="81"/>
        <source>Dark below this solar elevation (degrees)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/filter_incidents.py" line="84"/>
        <source>Time zone of the event times (e.g. Europe/Stockholm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/filter_incidents.py" line="86"/>
        <source>Event time field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/filter_incidents.py" line="88"/>
        <source>Category field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/filter_incidents.py" line="114"/>
        <source>Filtered incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/filter_incidents.py" line="92"/>
        <source>Incidents kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/filter_incidents.py" line="95"/>
        <source>Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/filter_incidents.py" line="95"/>
        <source>Tuesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/filter_incidents.py" line="95"/>
        <source>Wednesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/filter_incidents.py" line="95"/>
        <source>Thursday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/filter_incidents.py" line="96"/>
        <source>Friday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/filter_incidents.py" line="96"/>
        <source>Saturday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/filter_incidents.py" line="96"/>
        <source>Sunday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/filter_incidents.py" line="138"/>
        <source>Choose either AFTER_DARK or DAYLIGHT, not both.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportIncidentsAlgorithm</name>
    <message>
        <location filename="../est_plugin/processing/algorithms/import_incidents.py" line="44"/>
        <source>Import incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/import_incidents.py" line="47"/>
        <source>Turns an export of an incident system (CSV, TXT or XLSX file) or any vector layer into clean incident points in a metric coordinate system, with the fields event_time, time_known, category and source_row added and every original field kept.

Coordinates come from the layer&apos;s point geometry or from X/Y columns (longitude/latitude columns are X/Y with SOURCE_CRS EPSG:4326; they are recognised without it). The time comes from one date-time column, from a date and a time column, or from year, month, day, hour and minute columns; ISO, Swedish and European forms are read. A missing time of day stays unknown (time_known false). Columns left empty are recognised from common Swedish and English names; the log says which.

Rows that cannot be used go to REJECTED with source_row and a plain reason: no or unreadable coordinates, 0,0, outside the area where the source CRS is valid, outside PLAUSIBLE_EXTENT, more than MAX_DISTANCE_KM from their nearest neighbours, no or unreadable date. Imported + rejected = read, always.

source_row is the row number as a spreadsheet shows it (the header is row 1) or the feature id of a layer. The output CRS is SWEREF 99 TM (EPSG:3006) for data in Sweden, the UTM zone elsewhere, or TARGET_CRS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/import_incidents.py" line="66"/>
        <source>Incident layer or file (CSV, TXT, XLSX)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/import_incidents.py" line="68"/>
        <source>X or longitude column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/import_incidents.py" line="68"/>
        <source>Y or latitude column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/import_incidents.py" line="69"/>
        <source>Date-time column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/import_incidents.py" line="69"/>
        <source>Date column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/import_incidents.py" line="70"/>
        <source>Time of day column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/import_incidents.py" line="70"/>
        <source>Year column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/import_incidents.py" line="71"/>
        <source>Month column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/import_incidents.py" line="71"/>
        <source>Day column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/import_incidents.py" line="72"/>
        <source>Hour column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/import_incidents.py" line="72"/>
        <source>Minute column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/import_incidents.py" line="73"/>
        <source>Category column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/import_incidents.py" line="77"/>
        <source>CRS of the X/Y columns (or of a layer without one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/import_incidents.py" line="79"/>
        <source>Map categories to the EST categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/import_incidents.py" line="81"/>
        <source>Category mapping table (source value; EST code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/import_incidents.py" line="81"/>
        <source>Tables (*.csv *.txt *.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/import_incidents.py" line="84"/>
        <source>Output CRS (empty: SWEREF 99 TM in Sweden, else UTM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/import_incidents.py" line="86"/>
        <source>Reject points this far from their neighbours (km, 0 = off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/import_incidents.py" line="89"/>
        <source>Plausible extent (rows outside are rejected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/import_incidents.py" line="202"/>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/import_incidents.py" line="203"/>
        <source>Rejected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/import_incidents.py" line="96"/>
        <source>Rows read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/import_incidents.py" line="96"/>
        <source>Incidents imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/import_incidents.py" line="96"/>
        <source>Rows rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/import_incidents.py" line="136"/>
        <source>Reading the file {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/import_incidents.py" line="138"/>
        <source>{0} rows, {1} columns ({2}{3})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/import_incidents.py" line="165"/>
        <source>input layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/import_incidents.py" line="170"/>
        <source>&apos;{0}&apos; has {1} geometry, but incidents must be points. Choose X_FIELD and Y_FIELD, or turn the features into points first (Processing: Centroids or Point on surface).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/import_incidents.py" line="190"/>
        <source>&apos;{0}&apos; has no coordinate reference system. Set it in the layer&apos;s properties, or choose SOURCE_CRS.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
