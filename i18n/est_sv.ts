<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>DbscanHotspotsAlgorithm</name>
    <message>
        <location filename="../est_plugin/processing/algorithms/dbscan_hotspots.py" line="68"/>
        <source>DBSCAN hotspots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/dbscan_hotspots.py" line="71"/>
        <source>Finds clusters of incidents with DBSCAN, with the same result as scikit-learn&apos;s DBSCAN and QGIS&apos;s DBSCAN clustering for the same settings, much faster on large layers.

An incident is a core point when at least MIN_SIZE incidents, itself included, lie within EPS metres of it. Core points within EPS of each other form one cluster; an incident within EPS of a core point joins its cluster (a border point: next to two clusters it may join either); the rest is noise. With DBSCAN* border points are noise too. Incidents at the same coordinates (common in police data) all count.

OUTPUT: every incident with FIELD_NAME (cluster id, 1 = the largest cluster) and SIZE_FIELD_NAME (incidents in its cluster); both are empty for noise.

HOTSPOTS: one polygon per cluster, the convex hull of its incidents grown by BUFFER metres, with rank (1 = most incidents), incident count, area, incidents per hectare, the three commonest categories, the busiest weekday and hour, the first and last date and the share of incidents (with a known time of day) after dark, when the sun was below -0.833 degrees in TIME_ZONE (default Europe/Stockholm in Sweden).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/dbscan_hotspots.py" line="88"/>
        <source>Incidents</source>
        <translation type="unfinished">Händelser</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/dbscan_hotspots.py" line="90"/>
        <source>Maximum distance between clustered points (EPS, metres)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/dbscan_hotspots.py" line="93"/>
        <source>Minimum cluster size (MIN_SIZE, the point itself included)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/dbscan_hotspots.py" line="96"/>
        <source>Treat border points as noise (DBSCAN*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/dbscan_hotspots.py" line="98"/>
        <source>Cluster field name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/dbscan_hotspots.py" line="100"/>
        <source>Cluster size field name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/dbscan_hotspots.py" line="102"/>
        <source>Hotspot polygons: buffer around the incidents (metres)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/dbscan_hotspots.py" line="105"/>
        <source>Time zone of the event times (e.g. Europe/Stockholm)</source>
        <translation type="unfinished">Tidszon för händelsetiderna (t.ex. Europe/Stockholm)</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/dbscan_hotspots.py" line="188"/>
        <source>Clustered incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/dbscan_hotspots.py" line="109"/>
        <source>Hotspots (clusters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/dbscan_hotspots.py" line="111"/>
        <source>Number of clusters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/dbscan_hotspots.py" line="112"/>
        <source>Incidents in no cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/dbscan_hotspots.py" line="117"/>
        <source>EPS must be larger than 0 metres.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/dbscan_hotspots.py" line="158"/>
        <source>The layer {0} already has a field &apos;{1}&apos;; choose another FIELD_NAME or SIZE_FIELD_NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/dbscan_hotspots.py" line="234"/>
        <source>Hotspots (DBSCAN)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EstAlgorithm</name>
    <message>
        <location filename="../est_plugin/processing/base.py" line="34"/>
        <source>Incidents</source>
        <translation>Händelser</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/base.py" line="57"/>
        <source>Unexpected error in {0}: {1}. The details in the log help the developers; please report them.</source>
        <translation>Oväntat fel i {0}: {1}. Detaljerna i loggen hjälper utvecklarna; rapportera dem gärna.</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/base.py" line="35"/>
        <source>Hotspots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/base.py" line="36"/>
        <source>Safety walks</source>
        <translation type="unfinished"></translation>
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
        <location filename="../est_plugin/plugin.py" line="56"/>
        <source>&amp;EST</source>
        <translation>&amp;EST</translation>
    </message>
    <message>
        <location filename="../est_plugin/plugin.py" line="58"/>
        <source>EST</source>
        <translation>EST</translation>
    </message>
    <message>
        <location filename="../est_plugin/plugin.py" line="12"/>
        <source>Kernel density…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../est_plugin/plugin.py" line="12"/>
        <source>DBSCAN hotspots…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../est_plugin/plugin.py" line="12"/>
        <source>Hotspot accuracy (PAI)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../est_plugin/plugin.py" line="12"/>
        <source>Tune hotspots…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../est_plugin/plugin.py" line="12"/>
        <source>Plan a safety walk…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../est_plugin/plugin.py" line="12"/>
        <source>Print a walk map…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EstProvider</name>
    <message>
        <location filename="../est_plugin/processing/provider.py" line="36"/>
        <source>EST – effective coordination for safety</source>
        <translation>EST – effektiv samordning för trygghet</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/provider.py" line="48"/>
        <source>EST: &apos;{0}&apos; is unavailable: the Python package(s) {1} are missing. Install them (OSGeo4W Setup, or pip in the OSGeo4W Shell).</source>
        <translation>EST: '{0}' går inte att använda: Python-paketen {1} saknas. Installera dem (OSGeo4W Setup, eller pip i OSGeo4W Shell).</translation>
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
    <name>HotspotAccuracyAlgorithm</name>
    <message>
        <location filename="../est_plugin/processing/algorithms/hotspot_accuracy.py" line="57"/>
        <source>Hotspot accuracy (PAI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/hotspot_accuracy.py" line="60"/>
        <source>How well hotspots predict where the incidents of a later period happen.

Hotspots are either polygons (HOTSPOTS, e.g. from DBSCAN hotspots or Kernel density) or the densest cells of a density raster (DENSITY) covering AREA_SHARE percent of the study area.

Hit rate = n / N: the share of the N test incidents in the study area that fall in the hotspots (n). PAI, the Predictive Accuracy Index (Chainey, Tompson and Uhlig 2008) = (n / N) / (a / A), where a is the hotspots&apos; area and A the study area&apos;s: how many times more incidents per square metre the hotspots catch than the study area on average; 1 is no better than chance. RRI, the Recapture Rate Index (Levine 2008) = PAI of the test period / PAI of the TRAINING_INCIDENTS period for the same hotspots; near 1 means the hotspots keep their share.

OUTPUT is the PAI curve: the same figures when the hotspots are cut to the top 1, 2, 5, 10 and 20% of the study area (cells by density; polygons whole, in the order of RANK_FIELD, while they fit). STUDY_AREA defaults to the convex hull of the test incidents and hotspots; give the municipality or EST area for comparable PAIs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/hotspot_accuracy.py" line="78"/>
        <source>Hotspot polygons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/hotspot_accuracy.py" line="80"/>
        <source>Rank field (1 = first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/hotspot_accuracy.py" line="83"/>
        <source>Or a density raster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/hotspot_accuracy.py" line="85"/>
        <source>Share of the study area for the raster&apos;s hotspots (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/hotspot_accuracy.py" line="88"/>
        <source>Test period incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/hotspot_accuracy.py" line="90"/>
        <source>Training period incidents (for RRI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/hotspot_accuracy.py" line="93"/>
        <source>Study area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/hotspot_accuracy.py" line="95"/>
        <source>PAI curve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/hotspot_accuracy.py" line="97"/>
        <source>Hit rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/hotspot_accuracy.py" line="97"/>
        <source>PAI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/hotspot_accuracy.py" line="97"/>
        <source>RRI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/hotspot_accuracy.py" line="106"/>
        <source>Give either hotspot polygons (HOTSPOTS) or a density raster (DENSITY).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/hotspot_accuracy.py" line="116"/>
        <source>The density raster is in degrees; make it in a projected CRS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/hotspot_accuracy.py" line="125"/>
        <source>{0} of {1} test incidents in hotspots covering {2:.2f}% of the study area: hit rate {3:.3f}, PAI {4:.2f}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/hotspot_accuracy.py" line="150"/>
        <source>No study area: using the convex hull of the test incidents and hotspots. PAI depends on the study area; give one for comparable figures.</source>
        <translation type="unfinished"></translation>
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
<context>
    <name>KernelDensityAlgorithm</name>
    <message>
        <location filename="../est_plugin/processing/algorithms/kernel_density.py" line="65"/>
        <source>Kernel density (hotspots)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/kernel_density.py" line="68"/>
        <source>A heat map of the incidents with the same definition as QGIS's own Heatmap (Kernel Density Estimation): every cell gets the sum over the points of weight x kernel at the distance from the point to the cell centre; points farther than RADIUS add nothing. It is computed exactly, without the vertical placement error of QGIS 3.22's heatmap (which computes each kernel's rows from the bottom edge but writes them from the top, so kernels land up to a pixel off), and much faster. For the quartic and triweight kernels with a radius of at least 16 pixels on large data, the points are binned linearly to the cell centres and convolved: every cell then stays within 0.3% of the raster's maximum from the exact sum (EXACT forces the exact sum).

RADIUS and PIXEL_SIZE are metres. 0 means automatic: the radius by the spatial Silverman rule 0.9 x min(SD, 1.2 x Dm) x n^-0.2 (SD the standard distance, Dm the median distance to the mean centre), the pixel a tenth of the radius; the log says what was chosen. On police data a radius found with Tune hotspots is usually better.

KERNEL: quartic (1-u²)², triangular 1-(1-DECAY)u, uniform 1, triweight (1-u²)³, Epanechnikov 1-u², Gaussian exp(-4.5u²) (standard deviation RADIUS/3, cut at RADIUS), with u = distance / RADIUS. OUTPUT_VALUE raw gives these sums; scaled multiplies by the constant that makes each kernel integrate to 1 (3/(πr²) for the quartic), so scaled values are incidents per square metre.

EXTENT: the raster's extent; cells start exactly at its left and top edges (default: the points' extent grown by the radius, as QGIS does). STUDY_AREA: cells whose centre is outside these polygons are NoData. A raster of more than 60 million cells is refused with advice instead of filling the memory.

HOTSPOTS: polygons of the densest cells that together cover HOTSPOT_SHARE percent of the study area (all cells of the raster without STUDY_AREA), ranked by peak density (1 = highest), with incident count and area. Layers in degrees are projected to SWEREF 99 TM in Sweden, else to their UTM zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/kernel_density.py" line="97"/>
        <source>Incidents</source>
        <translation type="unfinished">Händelser</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/kernel_density.py" line="99"/>
        <source>Radius (metres, 0 = automatic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/kernel_density.py" line="102"/>
        <source>Pixel size (metres, 0 = automatic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/kernel_density.py" line="105"/>
        <source>Weight from field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/kernel_density.py" line="108"/>
        <source>Kernel shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/kernel_density.py" line="108"/>
        <source>Quartic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/kernel_density.py" line="108"/>
        <source>Triangular</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/kernel_density.py" line="108"/>
        <source>Uniform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/kernel_density.py" line="108"/>
        <source>Triweight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/kernel_density.py" line="108"/>
        <source>Epanechnikov</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/kernel_density.py" line="108"/>
        <source>Gaussian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/kernel_density.py" line="113"/>
        <source>Decay ratio (triangular kernel only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/kernel_density.py" line="116"/>
        <source>Output value scaling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/kernel_density.py" line="116"/>
        <source>Raw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/kernel_density.py" line="116"/>
        <source>Scaled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/kernel_density.py" line="119"/>
        <source>Extent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/kernel_density.py" line="120"/>
        <source>Study area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/kernel_density.py" line="122"/>
        <source>Hotspots: share of the study area (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/kernel_density.py" line="125"/>
        <source>Always compute the exact sum (slower on large data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/kernel_density.py" line="172"/>
        <source>Density</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/kernel_density.py" line="128"/>
        <source>Hotspots (densest cells)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/kernel_density.py" line="131"/>
        <source>Radius used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/kernel_density.py" line="131"/>
        <source>Pixel size used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/kernel_density.py" line="131"/>
        <source>Largest value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/kernel_density.py" line="228"/>
        <source>Hotspots (density)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TuneHotspotsAlgorithm</name>
    <message>
        <location filename="../est_plugin/processing/algorithms/tune_hotspots.py" line="62"/>
        <source>Tune hotspots (PAI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/tune_hotspots.py" line="65"/>
        <source>Finds the hotspot settings that best predict the next period. The incidents before SPLIT_DATE train each candidate; those from SPLIT_DATE on test it. Every candidate makes hotspots covering AREA_SHARE percent of the study area from the training incidents, and is judged by the PAI of the test incidents in them ((n/N)/(a/A), see Hotspot accuracy).

Candidates: kernel density (quartic) for every RADII x PIXEL_SIZES, plain counts in square cells of CELL_SIZES, and DBSCAN for every EPS_VALUES x MIN_SIZES (cluster polygons, densest first, taken whole while they fit). Lists are metres separated by commas.

OUTPUT has one row per candidate ranked by PAI; rank 1 is the recommendation. PAI grows as the area shrinks, so candidates whose hotspots cover less than 80% of AREA_SHARE (few, small DBSCAN clusters) are marked comparable = 0 and ranked after the others. On police data the best radius is often far smaller than the habitual 200-300 m. STUDY_AREA defaults to the convex hull of all incidents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/tune_hotspots.py" line="82"/>
        <source>Incidents</source>
        <translation type="unfinished">Händelser</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/tune_hotspots.py" line="84"/>
        <source>Test period starts on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/tune_hotspots.py" line="86"/>
        <source>Hotspot share of the study area (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/tune_hotspots.py" line="89"/>
        <source>Study area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/tune_hotspots.py" line="91"/>
        <source>Event time field</source>
        <translation type="unfinished">Fält för händelsetid</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/tune_hotspots.py" line="93"/>
        <source>KDE radii (m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/tune_hotspots.py" line="93"/>
        <source>KDE pixel sizes (m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/tune_hotspots.py" line="93"/>
        <source>Grid cell sizes (m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/tune_hotspots.py" line="93"/>
        <source>DBSCAN EPS values (m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/tune_hotspots.py" line="93"/>
        <source>DBSCAN MIN_SIZE values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/tune_hotspots.py" line="100"/>
        <source>Candidates ranked by PAI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/tune_hotspots.py" line="102"/>
        <source>Best PAI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/tune_hotspots.py" line="103"/>
        <source>Recommended settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/tune_hotspots.py" line="117"/>
        <source>Recommended: {0}, PAI {1:.2f}, hit rate {2:.3f}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/tune_hotspots.py" line="128"/>
        <source>The layer {0} has no field &apos;{1}&apos; with the event times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/tune_hotspots.py" line="138"/>
        <source>{0} training incidents before {1}, {2} test incidents from it on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/tune_hotspots.py" line="141"/>
        <source>SPLIT_DATE {0} leaves no incidents on one side: choose a date between the first and the last incident.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/tune_hotspots.py" line="160"/>
        <source>{0}: &apos;{1}&apos; is not a list of numbers separated by commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/tune_hotspots.py" line="169"/>
        <source>No candidate settings: give at least one radius, cell size or EPS.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WalkMapAlgorithm</name>
    <message>
        <location filename="../est_plugin/processing/algorithms/walk_map.py" line="68"/>
        <source>Print a walk map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/walk_map.py" line="71"/>
        <source>Makes the printed documents of a safety walk. A PDF: page 1 is the map of the walk (route with arrows in the walking direction, numbered stops, start, hotspots and incident density underneath, street lights and vegetation when given, legend, list of stops, scale bar, north arrow); then the protocol, an A4 page per stop: why the stop is on the walk (hotspot rank, incidents, most common categories, lighting and vegetation findings), a checklist to tick, and lines for notes, proposed action, owner and priority. OUTPUT_HTML also writes the protocol as a web page to print from a browser.

ROUTE and STOPS are the outputs of Plan a safety walk (est:walkroute). STOPS needs only stop_no; street, arrival_min, distance_m, rank, incident_count, top_categories, lit_share, vegetation_share and suggested_measures are used when present. Other fields, such as free-text descriptions, are never printed.

PAPER is the paper of the map page; the protocol pages are always A4 portrait, the form the walkers write on. LANGUAGE is the language of the documents (Swedish or English), whatever the language of QGIS. ATTRIBUTION is printed under the map, e.g. '© OpenStreetMap contributors' for OpenStreetMap data. BASEMAP layers are drawn underneath in their own style. CLOSE_UPS adds a detail map of each stop to its page.

Run in QGIS, the print layout is also added to the project's layouts (its layers in a group of temporary layers), to adjust the map before printing it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/walk_map.py" line="97"/>
        <source>Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/walk_map.py" line="99"/>
        <source>Stops (with stop_no)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/walk_map.py" line="101"/>
        <source>Hotspots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/walk_map.py" line="103"/>
        <source>Incident density (raster)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/walk_map.py" line="105"/>
        <source>Street lights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/walk_map.py" line="107"/>
        <source>Vegetation (areas or trees)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/walk_map.py" line="110"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/walk_map.py" line="111"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/walk_map.py" line="113"/>
        <source>Date of the walk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/walk_map.py" line="115"/>
        <source>Paper of the map page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/walk_map.py" line="115"/>
        <source>A4 portrait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/walk_map.py" line="115"/>
        <source>A4 landscape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/walk_map.py" line="115"/>
        <source>A3 portrait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/walk_map.py" line="115"/>
        <source>A3 landscape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/walk_map.py" line="119"/>
        <source>Language of the documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/walk_map.py" line="121"/>
        <source>Data attribution (e.g. © OpenStreetMap contributors)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/walk_map.py" line="123"/>
        <source>Close-up map of each stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/walk_map.py" line="125"/>
        <source>Base map layers (drawn underneath)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/walk_map.py" line="128"/>
        <source>Walk map and protocol (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/walk_map.py" line="128"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/walk_map.py" line="130"/>
        <source>Protocol as a web page (HTML)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/walk_map.py" line="130"/>
        <source>HTML (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/walk_map.py" line="155"/>
        <source>The PDF &apos;{0}&apos; could not be written: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/walk_map.py" line="157"/>
        <source>Walk map with {0} stops written to {1} ({2} pages).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/walk_map.py" line="184"/>
        <source>The print layout &apos;{0}&apos; is in the project&apos;s layouts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WalkRouteAlgorithm</name>
    <message>
        <location filename="../est_plugin/processing/algorithms/walk_route.py" line="66"/>
        <source>Plan a safety walk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/walk_route.py" line="69"/>
        <source>Plans a safety walk: an ordered walking route through chosen stops (e.g. hotspots) along a street and path network, within a time budget.

STOPS: points or polygons; a polygon is visited at a point inside it (point on surface). PRIORITY_FIELD: lower values come first when not every stop fits (empty: the field &apos;rank&apos; when the layer has one, else the layer&apos;s order). MAX_STOPS: at most this many stops (0: no limit).

NETWORK: any line layer (municipal footways, the national road database, OpenStreetMap). WALKABLE_EXPRESSION keeps only the lines where it is true, e.g. &quot;highway&quot; NOT IN (&apos;motorway&apos;, &apos;trunk&apos;). Lines are joined wherever they share a vertex, also in their middle; a line end within TOLERANCE metres of another line is joined to it; lines that cross without a shared vertex (bridges, tunnels) stay apart. The log gives the size of the network and its connected parts. NAME_FIELD: the street names (empty: a field such as name, namn, gatunamn or street when there is one).

Each stop is snapped to the nearest point of the nearest walkable line on the part of the network that holds the start; snap_m gives the distance. Stops farther than MAX_SNAP metres, near only a part that is not connected to the start, or at the same place as a stop of higher priority are left out and listed.

START: where the walk begins (empty: the stop of highest priority). ROUND_TRIP: the walk ends back at the start.

MAX_MINUTES is the time budget: walking at WALK_SPEED km/h plus STOP_MINUTES at each stop. When not every stop fits, the stops are taken by priority and each one is kept if the shortest walk through it and the stops kept before still fits; the others are listed as left out. The order is the shortest possible for up to 12 stops (Held-Karp) and a good heuristic order beyond (nearest neighbour improved with 2-opt and Or-opt).

OUTPUT: one line per leg along the network with leg_no, from_stop and to_stop (0 is a START point that is not a stop), length_m, cum_length_m and cum_minutes (at arrival). OUTPUT_STOPS: the stops in walking order with stop_no, arrival_min, distance_m (along the walk), street, snap_m, priority and the stop layer&apos;s own fields; the stops left out follow without stop_no, with the reason in left_out. Distances are metres: a network in degrees is projected to SWEREF 99 TM in Sweden or the UTM zone elsewhere, and the outputs are in that CRS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/walk_route.py" line="103"/>
        <source>Stops (points or polygons)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/walk_route.py" line="106"/>
        <source>Priority field (lower first; empty: &apos;rank&apos; or layer order)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/walk_route.py" line="109"/>
        <source>Maximum number of stops (0: no limit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/walk_route.py" line="112"/>
        <source>Street and path network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/walk_route.py" line="114"/>
        <source>Walkable lines (expression; empty: all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/walk_route.py" line="117"/>
        <source>Start point (empty: the first stop)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/walk_route.py" line="119"/>
        <source>Back to the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/walk_route.py" line="121"/>
        <source>Time budget (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/walk_route.py" line="124"/>
        <source>Walking speed (km/h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/walk_route.py" line="127"/>
        <source>Minutes at each stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/walk_route.py" line="130"/>
        <source>Street name field (empty: guessed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/walk_route.py" line="133"/>
        <source>Close gaps between lines up to (m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/walk_route.py" line="136"/>
        <source>Leave out stops farther from the network than (m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/walk_route.py" line="276"/>
        <source>Walk route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/walk_route.py" line="277"/>
        <source>Walk stops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/walk_route.py" line="143"/>
        <source>Total length (m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/walk_route.py" line="143"/>
        <source>Total duration (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/walk_route.py" line="143"/>
        <source>Stops visited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/walk_route.py" line="143"/>
        <source>Stops left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/walk_route.py" line="231"/>
        <source>{0} of {1} lines are walkable; street names from {2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/walk_route.py" line="243"/>
        <source>Priority: the order of the stop layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/walk_route.py" line="247"/>
        <source>Priority from the field &apos;{0}&apos; (lower values first).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
