<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>EstAlgorithm</name>
    <message>
        <location filename="../est_plugin/processing/base.py" line="34"/>
        <source>Incidents</source>
        <translation>Händelser</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/base.py" line="55"/>
        <source>Unexpected error in {0}: {1}. The details in the log help the developers; please report them.</source>
        <translation>Oväntat fel i {0}: {1}. Detaljerna i loggen hjälper utvecklarna; rapportera dem gärna.</translation>
    </message>
</context>
<context>
    <name>EstPlugin</name>
    <message>
        <location filename="../est_plugin/plugin.py" line="12"/>
        <source>Import incidents…</source>
        <translation>Importera händelser…</translation>
    </message>
    <message>
        <location filename="../est_plugin/plugin.py" line="12"/>
        <source>Filter incidents…</source>
        <translation>Filtrera händelser…</translation>
    </message>
    <message>
        <location filename="../est_plugin/plugin.py" line="50"/>
        <source>&amp;EST</source>
        <translation>&amp;EST</translation>
    </message>
    <message>
        <location filename="../est_plugin/plugin.py" line="52"/>
        <source>EST</source>
        <translation>EST</translation>
    </message>
</context>
<context>
    <name>EstProvider</name>
    <message>
        <location filename="../est_plugin/processing/provider.py" line="30"/>
        <source>EST – effective coordination for safety</source>
        <translation>EST – effektiv samordning för trygghet</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/provider.py" line="42"/>
        <source>EST: &apos;{0}&apos; is unavailable: the Python package(s) {1} are missing. Install them (OSGeo4W Setup, or pip in the OSGeo4W Shell).</source>
        <translation>EST: &apos;{0}&apos; går inte att använda: Python-paketen {1} saknas. Installera dem (OSGeo4W Setup, eller pip i OSGeo4W Shell).</translation>
    </message>
</context>
<context>
    <name>FilterIncidentsAlgorithm</name>
    <message>
        <location filename="../est_plugin/processing/algorithms/filter_incidents.py" line="55"/>
        <source>Filter incidents</source>
        <translation>Filtrera händelser</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/filter_incidents.py" line="58"/>
        <source>Keeps the incidents that match every chosen condition; all fields are kept.

DATE_FROM/DATE_TO: a period, both days included. ISO_WEEK (e.g. 2026-W46) with WEEKS_BEFORE: that week and the N weeks before it (Monday to Sunday). WEEKDAYS: the days to keep. HOURS: clock ranges such as 22-04 or 08:30-10, several with commas; a range includes its start and excludes its end (22-04 is 22:00-03:59) and may cross midnight. CATEGORIES: category codes or values, separated by commas.

AFTER_DARK: keep only incidents when the sun was below the horizon at the event&apos;s place and time (solar elevation below SUN_ELEVATION, default -0.833 degrees: apparent sunset; -6 is the end of civil twilight); DAYLIGHT: only the others. Times are local times in TIME_ZONE (default Europe/Stockholm for data in Sweden).

Incidents whose time of day is unknown cannot be judged by HOURS or AFTER_DARK: those filters leave them out, and the log counts them.</source>
        <translation>Behåller de händelser som uppfyller alla valda villkor; alla fält behålls.

DATE_FROM/DATE_TO: en period, båda dagarna inräknade. ISO_WEEK (t.ex. 2026-W46) med WEEKS_BEFORE: den veckan och de N veckorna före (måndag till söndag). WEEKDAYS: de dagar som ska behållas. HOURS: tidsintervall som 22-04 eller 08:30-10, flera åtskilda med kommatecken; ett intervall tar med sin början men inte sitt slut (22-04 är 22:00-03:59) och får gå över midnatt. CATEGORIES: kategorikoder eller kategorivärden, åtskilda med kommatecken.

AFTER_DARK: behåll bara händelser då solen stod under horisonten på händelsens plats och tidpunkt (solhöjd under SUN_ELEVATION, standard -0,833 grader: synlig solnedgång; -6 är slutet på den borgerliga skymningen); DAYLIGHT: bara de övriga. Tiderna är lokal tid i TIME_ZONE (standard Europe/Stockholm för data i Sverige).

Händelser med okänt klockslag kan inte bedömas med HOURS eller AFTER_DARK: de filtren utesluter dem, och loggen räknar dem.</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/filter_incidents.py" line="73"/>
        <source>Incidents</source>
        <translation>Händelser</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/filter_incidents.py" line="75"/>
        <source>From date</source>
        <translation>Från datum</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/filter_incidents.py" line="75"/>
        <source>To date</source>
        <translation>Till datum</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/filter_incidents.py" line="78"/>
        <source>ISO week (e.g. 2026-W46)</source>
        <translation>ISO-vecka (t.ex. 2026-W46)</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/filter_incidents.py" line="80"/>
        <source>Also the weeks before it</source>
        <translation>Antal veckor före som också tas med</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/filter_incidents.py" line="83"/>
        <source>Weekdays</source>
        <translation>Veckodagar</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/filter_incidents.py" line="85"/>
        <source>Hours (e.g. 22-04, 08:30-10)</source>
        <translation>Klockslag (t.ex. 22-04, 08:30-10)</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/filter_incidents.py" line="87"/>
        <source>Categories (comma separated)</source>
        <translation>Kategorier (åtskilda med kommatecken)</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/filter_incidents.py" line="89"/>
        <source>Only incidents after dark</source>
        <translation>Bara händelser efter mörkrets inbrott</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/filter_incidents.py" line="91"/>
        <source>Only incidents in daylight</source>
        <translation>Bara händelser i dagsljus</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/filter_incidents.py" line="93"/>
        <source>Dark below this solar elevation (degrees)</source>
        <translation>Mörkt när solhöjden är lägre än (grader)</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/filter_incidents.py" line="96"/>
        <source>Time zone of the event times (e.g. Europe/Stockholm)</source>
        <translation>Tidszon för händelsetiderna (t.ex. Europe/Stockholm)</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/filter_incidents.py" line="98"/>
        <source>Event time field</source>
        <translation>Fält för händelsetid</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/filter_incidents.py" line="100"/>
        <source>Category field</source>
        <translation>Fält för kategori</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/filter_incidents.py" line="131"/>
        <source>Filtered incidents</source>
        <translation>Filtrerade händelser</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/filter_incidents.py" line="104"/>
        <source>Incidents kept</source>
        <translation>Antal behållna händelser</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/filter_incidents.py" line="107"/>
        <source>Monday</source>
        <translation>måndag</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/filter_incidents.py" line="107"/>
        <source>Tuesday</source>
        <translation>tisdag</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/filter_incidents.py" line="107"/>
        <source>Wednesday</source>
        <translation>onsdag</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/filter_incidents.py" line="107"/>
        <source>Thursday</source>
        <translation>torsdag</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/filter_incidents.py" line="108"/>
        <source>Friday</source>
        <translation>fredag</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/filter_incidents.py" line="108"/>
        <source>Saturday</source>
        <translation>lördag</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/filter_incidents.py" line="108"/>
        <source>Sunday</source>
        <translation>söndag</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/filter_incidents.py" line="155"/>
        <source>Choose either AFTER_DARK or DAYLIGHT, not both.</source>
        <translation>Välj antingen AFTER_DARK eller DAYLIGHT, inte båda.</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/filter_incidents.py" line="181"/>
        <source>&apos;{0}&apos; has no coordinate reference system, so the sun&apos;s position at the incidents cannot be found. Set the layer&apos;s CRS.</source>
        <translation>'{0}' saknar koordinatreferenssystem, så solens läge vid händelserna går inte att beräkna. Ange lagrets koordinatsystem.</translation>
    </message>
</context>
<context>
    <name>ImportIncidentsAlgorithm</name>
    <message>
        <location filename="../est_plugin/processing/algorithms/import_incidents.py" line="58"/>
        <source>Import incidents</source>
        <translation>Importera händelser</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/import_incidents.py" line="81"/>
        <source>Incident layer or file (CSV, TXT, XLSX)</source>
        <translation>Händelselager eller fil (CSV, TXT, XLSX)</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/import_incidents.py" line="83"/>
        <source>X or longitude column</source>
        <translation>Kolumn för X eller longitud</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/import_incidents.py" line="83"/>
        <source>Y or latitude column</source>
        <translation>Kolumn för Y eller latitud</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/import_incidents.py" line="84"/>
        <source>Date-time column</source>
        <translation>Kolumn för datum och tid</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/import_incidents.py" line="84"/>
        <source>Date column</source>
        <translation>Kolumn för datum</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/import_incidents.py" line="85"/>
        <source>Time of day column</source>
        <translation>Kolumn för klockslag</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/import_incidents.py" line="85"/>
        <source>Year column</source>
        <translation>Kolumn för år</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/import_incidents.py" line="86"/>
        <source>Month column</source>
        <translation>Kolumn för månad</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/import_incidents.py" line="86"/>
        <source>Day column</source>
        <translation>Kolumn för dag</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/import_incidents.py" line="87"/>
        <source>Hour column</source>
        <translation>Kolumn för timme</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/import_incidents.py" line="87"/>
        <source>Minute column</source>
        <translation>Kolumn för minut</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/import_incidents.py" line="88"/>
        <source>Category column</source>
        <translation>Kolumn för kategori</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/import_incidents.py" line="92"/>
        <source>CRS of the X/Y columns (or of a layer without one)</source>
        <translation>Koordinatsystem för X/Y-kolumnerna (eller för ett lager som saknar koordinatsystem)</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/import_incidents.py" line="94"/>
        <source>Map categories to the EST categories</source>
        <translation>Översätt kategorierna till EST-kategorier</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/import_incidents.py" line="96"/>
        <source>Category mapping table (source value; EST code)</source>
        <translation>Tabell för kategoriöversättning (källvärde; EST-kod)</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/import_incidents.py" line="96"/>
        <source>Tables (*.csv *.txt *.xlsx)</source>
        <translation>Tabeller (*.csv *.txt *.xlsx)</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/import_incidents.py" line="99"/>
        <source>Output CRS (empty: SWEREF 99 TM in Sweden, else UTM)</source>
        <translation>Koordinatsystem för utdata (tomt: SWEREF 99 TM i Sverige, annars UTM)</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/import_incidents.py" line="104"/>
        <source>Plausible extent (rows outside are rejected)</source>
        <translation>Rimlig utsträckning (rader utanför avvisas)</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/import_incidents.py" line="229"/>
        <source>Incidents</source>
        <translation>Händelser</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/import_incidents.py" line="230"/>
        <source>Rejected rows</source>
        <translation>Avvisade rader</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/import_incidents.py" line="111"/>
        <source>Rows read</source>
        <translation>Antal lästa rader</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/import_incidents.py" line="111"/>
        <source>Incidents imported</source>
        <translation>Antal importerade händelser</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/import_incidents.py" line="111"/>
        <source>Rows rejected</source>
        <translation>Antal avvisade rader</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/import_incidents.py" line="163"/>
        <source>Reading the file {0}</source>
        <translation>Läser filen {0}</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/import_incidents.py" line="165"/>
        <source>{0} rows, {1} columns ({2}{3})</source>
        <translation>{0} rader, {1} kolumner ({2}{3})</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/import_incidents.py" line="192"/>
        <source>input layer</source>
        <translation>indatalagret</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/import_incidents.py" line="197"/>
        <source>&apos;{0}&apos; has {1} geometry, but incidents must be points. Choose X_FIELD and Y_FIELD, or turn the features into points first (Processing: Centroids or Point on surface).</source>
        <translation>'{0}' har geometritypen {1}, men händelser måste vara punkter. Välj X_FIELD och Y_FIELD, eller gör först om objekten till punkter (Processing: Centroider eller Punkt på yta).</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/import_incidents.py" line="217"/>
        <source>&apos;{0}&apos; has no coordinate reference system. Set it in the layer&apos;s properties, or choose SOURCE_CRS.</source>
        <translation>'{0}' saknar koordinatreferenssystem. Ange det i lagrets egenskaper, eller välj SOURCE_CRS.</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/import_incidents.py" line="61"/>
        <source>Turns an export of an incident system (CSV, TXT or XLSX file) or any vector layer into clean incident points in a metric coordinate system, with the fields event_time, time_known, category and source_row added and every original field kept.

Coordinates come from the layer&apos;s point geometry or from X/Y columns (longitude/latitude columns are X/Y with SOURCE_CRS EPSG:4326; they are recognised without it). The time comes from one date-time column, from a date and a time column, or from year, month, day, hour and minute columns; ISO, Swedish and European forms are read. A missing time of day stays unknown (time_known false). Columns left empty are recognised from common Swedish and English names; the log says which.

Rows that cannot be used go to REJECTED with source_row and a plain reason: no or unreadable coordinates, 0,0, outside the area where the source CRS is valid, outside PLAUSIBLE_EXTENT, stray points (a group of fewer than 5 events lying more than MAX_DISTANCE_KM from every other event), no or unreadable date. Imported + rejected = read, always.

source_row is the row number as a spreadsheet shows it (the header is row 1) or the feature id of a layer. The output CRS is SWEREF 99 TM (EPSG:3006) for data in Sweden, the UTM zone elsewhere, or TARGET_CRS.</source>
        <translation>Gör om en export från ett händelsesystem (CSV-, TXT- eller XLSX-fil) eller ett valfritt vektorlager till rensade händelsepunkter i ett metriskt koordinatsystem. Fälten event_time, time_known, category och source_row läggs till och alla ursprungliga fält behålls.

Koordinaterna hämtas från lagrets punktgeometri eller från X/Y-kolumner (kolumner för longitud/latitud är X/Y med SOURCE_CRS EPSG:4326; de känns igen även utan det). Tiden hämtas från en kolumn med datum och tid, från en datumkolumn och en tidskolumn, eller från kolumner för år, månad, dag, timme och minut; ISO-format samt svenska och europeiska format kan läsas. Ett klockslag som saknas förblir okänt (time_known false). Kolumner som lämnas tomma känns igen på vanliga svenska och engelska namn; loggen visar vilka.

Rader som inte kan användas hamnar i REJECTED med source_row och en begriplig orsak: koordinater saknas eller går inte att läsa, 0,0, utanför det område där källans koordinatsystem gäller, utanför PLAUSIBLE_EXTENT, felplacerade punkter (en grupp med färre än 5 händelser som ligger mer än MAX_DISTANCE_KM från alla andra händelser), datum saknas eller går inte att läsa. Importerade + avvisade = lästa, alltid.

source_row är radnumret så som ett kalkylprogram visar det (rubrikraden är rad 1) eller objektets id i ett lager. Koordinatsystemet för utdata är SWEREF 99 TM (EPSG:3006) för data i Sverige, annars UTM-zonen, eller TARGET_CRS.</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/import_incidents.py" line="101"/>
        <source>Reject small groups this far from all other events (km, 0 = off)</source>
        <translation>Avvisa små grupper så här långt från alla andra händelser (km, 0 = av)</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/import_incidents.py" line="125"/>
        <source>Incorrect parameter value for {0}</source>
        <translation>Felaktigt parametervärde för {0}</translation>
    </message>
</context>
</TS>
