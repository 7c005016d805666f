<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>ColumnMapping</name>
    <message>
        <location filename="../est_plugin/gui/steps/columns.py" line="48"/>
        <source>X or longitude</source>
        <translation>X eller longitud</translation>
    </message>
    <message>
        <location filename="../est_plugin/gui/steps/columns.py" line="48"/>
        <source>Y or latitude</source>
        <translation>Y eller latitud</translation>
    </message>
    <message>
        <location filename="../est_plugin/gui/steps/columns.py" line="49"/>
        <source>Date and time</source>
        <translation>Datum och tid</translation>
    </message>
    <message>
        <location filename="../est_plugin/gui/steps/columns.py" line="49"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../est_plugin/gui/steps/columns.py" line="50"/>
        <source>Time of day</source>
        <translation>Klockslag</translation>
    </message>
    <message>
        <location filename="../est_plugin/gui/steps/columns.py" line="50"/>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <location filename="../est_plugin/gui/steps/columns.py" line="51"/>
        <source>Month</source>
        <translation>Månad</translation>
    </message>
    <message>
        <location filename="../est_plugin/gui/steps/columns.py" line="51"/>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <location filename="../est_plugin/gui/steps/columns.py" line="52"/>
        <source>Hour</source>
        <translation>Timme</translation>
    </message>
    <message>
        <location filename="../est_plugin/gui/steps/columns.py" line="52"/>
        <source>Minute</source>
        <translation>Minut</translation>
    </message>
    <message>
        <location filename="../est_plugin/gui/steps/columns.py" line="53"/>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location filename="../est_plugin/gui/steps/columns.py" line="66"/>
        <source>longitude/latitude or the layer&apos;s</source>
        <translation>longitud/latitud eller lagrets</translation>
    </message>
    <message>
        <location filename="../est_plugin/gui/steps/columns.py" line="67"/>
        <source>CRS of X/Y</source>
        <translation>Koordinatsystem för X/Y</translation>
    </message>
    <message>
        <location filename="../est_plugin/gui/steps/columns.py" line="77"/>
        <source>(recognise by name)</source>
        <translation>(känns igen på namnet)</translation>
    </message>
</context>
<context>
    <name>DbscanHotspotsAlgorithm</name>
    <message>
        <location filename="../est_plugin/processing/algorithms/dbscan_hotspots.py" line="65"/>
        <source>DBSCAN hotspots</source>
        <translation>DBSCAN-hotspots</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/dbscan_hotspots.py" line="68"/>
        <source>Finds clusters of incidents with DBSCAN, with the same result as scikit-learn&apos;s DBSCAN and QGIS&apos;s DBSCAN clustering for the same settings, much faster on large layers.

An incident is a core point when at least MIN_SIZE incidents, itself included, lie within EPS metres of it. Core points within EPS of each other form one cluster; an incident within EPS of a core point joins its cluster (a border point: next to two clusters it may join either); the rest is noise. With DBSCAN* border points are noise too. Incidents at the same coordinates (common in police data) all count.

OUTPUT: every incident with FIELD_NAME (cluster id, 1 = the largest cluster) and SIZE_FIELD_NAME (incidents in its cluster); both are empty for noise.

HOTSPOTS: one polygon per cluster, the convex hull of its incidents grown by BUFFER metres, with rank (1 = most incidents), incident count, area, incidents per hectare, the three commonest categories, the busiest weekday and hour, the first and last date and the share of incidents (with a known time of day) after dark, when the sun was below -0.833 degrees in TIME_ZONE (default Europe/Stockholm in Sweden).</source>
        <translation>Hittar kluster av händelser med DBSCAN, med samma resultat som DBSCAN i scikit-learn och DBSCAN-klustring i QGIS med samma inställningar, men mycket snabbare på stora lager.

En händelse är en kärnpunkt när minst MIN_SIZE händelser, den själv inräknad, ligger inom EPS meter från den. Kärnpunkter inom EPS från varandra bildar ett kluster; en händelse inom EPS från en kärnpunkt ingår i dess kluster (en randpunkt: ligger den nära två kluster kan den hamna i vilket som helst av dem); resten är brus. Med DBSCAN* räknas även randpunkterna som brus. Händelser med samma koordinater (vanligt i polisdata) räknas alla.

OUTPUT: varje händelse med FIELD_NAME (kluster-id, 1 = det största klustret) och SIZE_FIELD_NAME (antal händelser i dess kluster); båda är tomma för brus.

HOTSPOTS: en polygon per kluster, det konvexa höljet kring klustrets händelser utvidgat med BUFFER meter, med rank (1 = flest händelser), antal händelser, area, händelser per hektar, de tre vanligaste kategorierna, den veckodag och timme med flest händelser, första och sista datum samt andelen händelser (med känt klockslag) efter mörkrets inbrott, då solen stod lägre än -0,833 grader i TIME_ZONE (standard Europe/Stockholm i Sverige).</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/dbscan_hotspots.py" line="85"/>
        <source>Incidents</source>
        <translation>Händelser</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/dbscan_hotspots.py" line="87"/>
        <source>Maximum distance between clustered points (EPS, metres)</source>
        <translation>Största avstånd mellan punkter i samma kluster (EPS, meter)</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/dbscan_hotspots.py" line="90"/>
        <source>Minimum cluster size (MIN_SIZE, the point itself included)</source>
        <translation>Minsta klusterstorlek (MIN_SIZE, punkten själv inräknad)</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/dbscan_hotspots.py" line="93"/>
        <source>Treat border points as noise (DBSCAN*)</source>
        <translation>Behandla randpunkter som brus (DBSCAN*)</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/dbscan_hotspots.py" line="95"/>
        <source>Cluster field name</source>
        <translation>Fältnamn för kluster</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/dbscan_hotspots.py" line="97"/>
        <source>Cluster size field name</source>
        <translation>Fältnamn för klusterstorlek</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/dbscan_hotspots.py" line="99"/>
        <source>Hotspot polygons: buffer around the incidents (metres)</source>
        <translation>Hotspotpolygoner: buffert runt händelserna (meter)</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/dbscan_hotspots.py" line="102"/>
        <source>Time zone of the event times (e.g. Europe/Stockholm)</source>
        <translation>Tidszon för händelsetiderna (t.ex. Europe/Stockholm)</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/dbscan_hotspots.py" line="187"/>
        <source>Clustered incidents</source>
        <translation>Klustrade händelser</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/dbscan_hotspots.py" line="106"/>
        <source>Hotspots (clusters)</source>
        <translation>Hotspots (kluster)</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/dbscan_hotspots.py" line="108"/>
        <source>Number of clusters</source>
        <translation>Antal kluster</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/dbscan_hotspots.py" line="109"/>
        <source>Incidents in no cluster</source>
        <translation>Antal händelser utanför kluster</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/dbscan_hotspots.py" line="114"/>
        <source>EPS must be larger than 0 metres.</source>
        <translation>EPS måste vara större än 0 meter.</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/dbscan_hotspots.py" line="157"/>
        <source>The layer {0} already has a field &apos;{1}&apos;; choose another FIELD_NAME or SIZE_FIELD_NAME.</source>
        <translation>Lagret {0} har redan fältet '{1}'; välj ett annat FIELD_NAME eller SIZE_FIELD_NAME.</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/dbscan_hotspots.py" line="227"/>
        <source>Hotspots (DBSCAN)</source>
        <translation>Hotspots (DBSCAN)</translation>
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
        <location filename="../est_plugin/processing/base.py" line="59"/>
        <source>Unexpected error in {0}: {1}. The details in the log help the developers; please report them.</source>
        <translation>Oväntat fel i {0}: {1}. Detaljerna i loggen hjälper utvecklarna; rapportera dem gärna.</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/base.py" line="35"/>
        <source>Hotspots</source>
        <translation>Hotspots</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/base.py" line="37"/>
        <source>Safety walks</source>
        <translation>Trygghetsvandringar</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/base.py" line="36"/>
        <source>Situational prevention</source>
        <translation>Situationell prevention</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/base.py" line="38"/>
        <source>Reports</source>
        <translation>Rapporter</translation>
    </message>
</context>
<context>
    <name>EstDock</name>
    <message>
        <location filename="../est_plugin/gui/dock.py" line="26"/>
        <source>EST – the week's situational picture</source>
        <translation>EST – veckans lägesbild</translation>
    </message>
    <message>
        <location filename="../est_plugin/gui/dock.py" line="40"/>
        <source>Incidents</source>
        <translation>Händelser</translation>
    </message>
    <message>
        <location filename="../est_plugin/gui/dock.py" line="40"/>
        <source>Hotspots</source>
        <translation>Hotspots</translation>
    </message>
    <message>
        <location filename="../est_plugin/gui/dock.py" line="40"/>
        <source>Situational factors</source>
        <translation>Situationella faktorer</translation>
    </message>
    <message>
        <location filename="../est_plugin/gui/dock.py" line="40"/>
        <source>Safety walk</source>
        <translation>Trygghetsvandring</translation>
    </message>
    <message>
        <location filename="../est_plugin/gui/dock.py" line="40"/>
        <source>Print</source>
        <translation>Skriv ut</translation>
    </message>
    <message>
        <location filename="../est_plugin/gui/dock.py" line="59"/>
        <source>replaces the earlier results</source>
        <translation>ersätter de tidigare resultaten</translation>
    </message>
    <message>
        <location filename="../est_plugin/gui/dock.py" line="60"/>
        <source>is added beside them</source>
        <translation>läggs till bredvid dem</translation>
    </message>
    <message>
        <location filename="../est_plugin/gui/dock.py" line="66"/>
        <source>Results in</source>
        <translation>Resultat i</translation>
    </message>
    <message>
        <location filename="../est_plugin/gui/dock.py" line="67"/>
        <source>A new run</source>
        <translation>En ny körning</translation>
    </message>
    <message>
        <location filename="../est_plugin/gui/results.py" line="57"/>
        <source>Could not load the output {0}.</source>
        <translation>Kunde inte läsa in resultatet {0}.</translation>
    </message>
    <message>
        <location filename="../est_plugin/gui/steps/common.py" line="173"/>
        <source>This step needs the algorithm {0}, which is not available in this installation (see the EST messages in the log panel).</source>
        <translation>Det här steget behöver algoritmen {0}, som inte finns i den här installationen (se EST-meddelandena i loggpanelen).</translation>
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
        <location filename="../est_plugin/plugin.py" line="62"/>
        <source>&amp;EST</source>
        <translation>&amp;EST</translation>
    </message>
    <message>
        <location filename="../est_plugin/plugin.py" line="64"/>
        <source>EST</source>
        <translation>EST</translation>
    </message>
    <message>
        <location filename="../est_plugin/plugin.py" line="12"/>
        <source>Kernel density…</source>
        <translation>Kärntäthet…</translation>
    </message>
    <message>
        <location filename="../est_plugin/plugin.py" line="12"/>
        <source>DBSCAN hotspots…</source>
        <translation>DBSCAN-hotspots…</translation>
    </message>
    <message>
        <location filename="../est_plugin/plugin.py" line="12"/>
        <source>Hotspot accuracy (PAI)…</source>
        <translation>Träffsäkerhet för hotspots (PAI)…</translation>
    </message>
    <message>
        <location filename="../est_plugin/plugin.py" line="12"/>
        <source>Tune hotspots…</source>
        <translation>Finjustera hotspots…</translation>
    </message>
    <message>
        <location filename="../est_plugin/plugin.py" line="12"/>
        <source>Plan a safety walk…</source>
        <translation>Planera trygghetsvandring…</translation>
    </message>
    <message>
        <location filename="../est_plugin/plugin.py" line="12"/>
        <source>Print a walk map…</source>
        <translation>Skriv ut vandringskarta…</translation>
    </message>
    <message>
        <location filename="../est_plugin/plugin.py" line="12"/>
        <source>Situational factors…</source>
        <translation>Situationella faktorer…</translation>
    </message>
    <message>
        <location filename="../est_plugin/plugin.py" line="12"/>
        <source>Risk terrain…</source>
        <translation>Riskterräng…</translation>
    </message>
    <message>
        <location filename="../est_plugin/plugin.py" line="12"/>
        <source>Weekly report…</source>
        <translation>Veckorapport…</translation>
    </message>
    <message>
        <location filename="../est_plugin/plugin.py" line="88"/>
        <source>EST panel</source>
        <translation>EST-panelen</translation>
    </message>
</context>
<context>
    <name>EstProvider</name>
    <message>
        <location filename="../est_plugin/processing/provider.py" line="39"/>
        <source>EST – effective coordination for safety</source>
        <translation>EST – effektiv samordning för trygghet</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/provider.py" line="51"/>
        <source>EST: &apos;{0}&apos; is unavailable: the Python package(s) {1} are missing. Install them (OSGeo4W Setup, or pip in the OSGeo4W Shell).</source>
        <translation>EST: '{0}' går inte att använda: Python-paketen {1} saknas. Installera dem (OSGeo4W Setup, eller pip i OSGeo4W Shell).</translation>
    </message>
</context>
<context>
    <name>FactorsStep</name>
    <message>
        <location filename="../est_plugin/gui/steps/factors.py" line="36"/>
        <source>e.g. &quot;lit&quot; = &apos;yes&apos;</source>
        <translation>t.ex. &quot;lit&quot; = 'yes'</translation>
    </message>
    <message>
        <location filename="../est_plugin/gui/steps/factors.py" line="45"/>
        <source>none</source>
        <translation>inga</translation>
    </message>
    <message>
        <location filename="../est_plugin/gui/steps/factors.py" line="49"/>
        <source>Measure the factors</source>
        <translation>Mät faktorerna</translation>
    </message>
    <message>
        <location filename="../est_plugin/gui/steps/factors.py" line="54"/>
        <source>Places</source>
        <translation>Platser</translation>
    </message>
    <message>
        <location filename="../est_plugin/gui/steps/factors.py" line="54"/>
        <source>Hotspots</source>
        <translation>Hotspots</translation>
    </message>
    <message>
        <location filename="../est_plugin/gui/steps/factors.py" line="54"/>
        <source>Incidents</source>
        <translation>Händelser</translation>
    </message>
    <message>
        <location filename="../est_plugin/gui/steps/factors.py" line="56"/>
        <source>Lighting</source>
        <translation>Belysning</translation>
    </message>
    <message>
        <location filename="../est_plugin/gui/steps/factors.py" line="56"/>
        <source>Street lights</source>
        <translation>Gatubelysning</translation>
    </message>
    <message>
        <location filename="../est_plugin/gui/steps/factors.py" line="56"/>
        <source>Light reach</source>
        <translation>Ljusets räckvidd</translation>
    </message>
    <message>
        <location filename="../est_plugin/gui/steps/factors.py" line="56"/>
        <source>Lit streets</source>
        <translation>Belysta gator</translation>
    </message>
    <message>
        <location filename="../est_plugin/gui/steps/factors.py" line="56"/>
        <source>Lit where</source>
        <translation>Belyst där</translation>
    </message>
    <message>
        <location filename="../est_plugin/gui/steps/factors.py" line="61"/>
        <source>Vegetation</source>
        <translation>Vegetation</translation>
    </message>
    <message>
        <location filename="../est_plugin/gui/steps/factors.py" line="61"/>
        <source>Vegetation areas</source>
        <translation>Vegetationsytor</translation>
    </message>
    <message>
        <location filename="../est_plugin/gui/steps/factors.py" line="61"/>
        <source>Trees</source>
        <translation>Träd</translation>
    </message>
    <message>
        <location filename="../est_plugin/gui/steps/factors.py" line="61"/>
        <source>Crown radius</source>
        <translation>Kronradie</translation>
    </message>
    <message>
        <location filename="../est_plugin/gui/steps/factors.py" line="64"/>
        <source>Other</source>
        <translation>Övrigt</translation>
    </message>
    <message>
        <location filename="../est_plugin/gui/steps/factors.py" line="64"/>
        <source>Paths</source>
        <translation>Gångvägar</translation>
    </message>
    <message>
        <location filename="../est_plugin/gui/steps/factors.py" line="64"/>
        <source>Other factor layers</source>
        <translation>Andra faktorlager</translation>
    </message>
    <message>
        <location filename="../est_plugin/gui/steps/factors.py" line="118"/>
        <source>Find or choose hotspots first.</source>
        <translation>Hitta eller välj hotspots först.</translation>
    </message>
    <message>
        <location filename="../est_plugin/gui/steps/factors.py" line="56"/>
        <source>Data complete in</source>
        <translation>Kompletta data inom</translation>
    </message>
    <message>
        <location filename="../est_plugin/gui/steps/factors.py" line="64"/>
        <source>Influence distance</source>
        <translation>Påverkansavstånd</translation>
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
        <location filename="../est_plugin/processing/algorithms/hotspot_accuracy.py" line="53"/>
        <source>Hotspot accuracy (PAI)</source>
        <translation>Träffsäkerhet för hotspots (PAI)</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/hotspot_accuracy.py" line="56"/>
        <source>How well hotspots predict where the incidents of a later period happen.

Hotspots are either polygons (HOTSPOTS, e.g. from DBSCAN hotspots or Kernel density) or the densest cells of a density raster (DENSITY) covering AREA_SHARE percent of the study area.

Hit rate = n / N: the share of the N test incidents in the study area that fall in the hotspots (n). PAI, the Predictive Accuracy Index (Chainey, Tompson and Uhlig 2008) = (n / N) / (a / A), where a is the hotspots&apos; area and A the study area&apos;s: how many times more incidents per square metre the hotspots catch than the study area on average; 1 is no better than chance. RRI, the Recapture Rate Index (Levine 2008) = PAI of the test period / PAI of the TRAINING_INCIDENTS period for the same hotspots; near 1 means the hotspots keep their share.

OUTPUT is the PAI curve: the same figures when the hotspots are cut to the top 1, 2, 5, 10 and 20% of the study area (cells by density; polygons whole, in the order of RANK_FIELD, while they fit). STUDY_AREA defaults to the convex hull of the test incidents and hotspots; give the municipality or EST area for comparable PAIs.</source>
        <translation>Hur väl hotspots förutsäger var händelserna under en senare period inträffar.

Hotspots är antingen polygoner (HOTSPOTS, t.ex. från DBSCAN-hotspots eller Kärntäthet) eller de tätaste cellerna i ett täthetsraster (DENSITY) som tillsammans täcker AREA_SHARE procent av studieområdet.

Träffandel = n / N: andelen av de N testhändelserna i studieområdet som faller inom hotspots (n). PAI, Predictive Accuracy Index (prediktiv träffsäkerhet; Chainey, Tompson och Uhlig 2008) = (n / N) / (a / A), där a är hotspotsens area och A studieområdets area: hur många gånger fler händelser per kvadratmeter som hotspots fångar jämfört med studieområdet i genomsnitt; 1 är inte bättre än slumpen. RRI, Recapture Rate Index (Levine 2008) = PAI för testperioden / PAI för perioden i TRAINING_INCIDENTS för samma hotspots; nära 1 betyder att hotspots behåller sin andel.

OUTPUT är PAI-kurvan: samma mått när hotspots begränsas till de främsta 1, 2, 5, 10 och 20 % av studieområdet (celler efter täthet; polygoner hela, i ordning efter RANK_FIELD, så länge de ryms). STUDY_AREA är som standard det konvexa höljet kring testhändelserna och hotspots; ange kommunen eller EST-området för jämförbara PAI-värden.</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/hotspot_accuracy.py" line="74"/>
        <source>Hotspot polygons</source>
        <translation>Hotspotpolygoner</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/hotspot_accuracy.py" line="76"/>
        <source>Rank field (1 = first)</source>
        <translation>Fält för rangordning (1 = först)</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/hotspot_accuracy.py" line="79"/>
        <source>Or a density raster</source>
        <translation>Eller ett täthetsraster</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/hotspot_accuracy.py" line="81"/>
        <source>Share of the study area for the raster&apos;s hotspots (%)</source>
        <translation>Andel av studieområdet för rastrets hotspots (%)</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/hotspot_accuracy.py" line="84"/>
        <source>Test period incidents</source>
        <translation>Händelser i testperioden</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/hotspot_accuracy.py" line="86"/>
        <source>Training period incidents (for RRI)</source>
        <translation>Händelser i träningsperioden (för RRI)</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/hotspot_accuracy.py" line="89"/>
        <source>Study area</source>
        <translation>Studieområde</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/hotspot_accuracy.py" line="91"/>
        <source>PAI curve</source>
        <translation>PAI-kurva</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/hotspot_accuracy.py" line="93"/>
        <source>Hit rate</source>
        <translation>Träffandel</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/hotspot_accuracy.py" line="93"/>
        <source>PAI</source>
        <translation>PAI</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/hotspot_accuracy.py" line="93"/>
        <source>RRI</source>
        <translation>RRI</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/hotspot_accuracy.py" line="102"/>
        <source>Give either hotspot polygons (HOTSPOTS) or a density raster (DENSITY).</source>
        <translation>Ange antingen hotspotpolygoner (HOTSPOTS) eller ett täthetsraster (DENSITY).</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/hotspot_accuracy.py" line="112"/>
        <source>The density raster is in degrees; make it in a projected CRS.</source>
        <translation>Täthetsrastret är i grader; skapa det i ett projicerat koordinatsystem.</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/hotspot_accuracy.py" line="121"/>
        <source>{0} of {1} test incidents in hotspots covering {2:.2f}% of the study area: hit rate {3:.3f}, PAI {4:.2f}</source>
        <translation>{0} av {1} testhändelser i hotspots som täcker {2:.2f} % av studieområdet: träffandel {3:.3f}, PAI {4:.2f}</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/hotspot_accuracy.py" line="146"/>
        <source>No study area: using the convex hull of the test incidents and hotspots. PAI depends on the study area; give one for comparable figures.</source>
        <translation>Inget studieområde: det konvexa höljet kring testhändelserna och hotspots används. PAI beror på studieområdet; ange ett för jämförbara värden.</translation>
    </message>
</context>
<context>
    <name>HotspotsStep</name>
    <message>
        <location filename="../est_plugin/gui/steps/hotspots.py" line="36"/>
        <source>Kernel density (heat map)</source>
        <translation>Kärntäthet (värmekarta)</translation>
    </message>
    <message>
        <location filename="../est_plugin/gui/steps/hotspots.py" line="36"/>
        <source>DBSCAN clusters</source>
        <translation>DBSCAN-kluster</translation>
    </message>
    <message>
        <location filename="../est_plugin/gui/steps/hotspots.py" line="44"/>
        <source>Find hotspots</source>
        <translation>Hitta hotspots</translation>
    </message>
    <message>
        <location filename="../est_plugin/gui/steps/hotspots.py" line="48"/>
        <source>Incidents and method</source>
        <translation>Händelser och metod</translation>
    </message>
    <message>
        <location filename="../est_plugin/gui/steps/hotspots.py" line="95"/>
        <source>Incidents</source>
        <translation>Händelser</translation>
    </message>
    <message>
        <location filename="../est_plugin/gui/steps/hotspots.py" line="48"/>
        <source>Method</source>
        <translation>Metod</translation>
    </message>
    <message>
        <location filename="../est_plugin/gui/steps/hotspots.py" line="52"/>
        <source>Preview</source>
        <translation>Förhandsvisning</translation>
    </message>
    <message>
        <location filename="../est_plugin/gui/steps/hotspots.py" line="65"/>
        <source>Quartic</source>
        <translation>Kvartisk</translation>
    </message>
    <message>
        <location filename="../est_plugin/gui/steps/hotspots.py" line="65"/>
        <source>Triangular</source>
        <translation>Triangulär</translation>
    </message>
    <message>
        <location filename="../est_plugin/gui/steps/hotspots.py" line="65"/>
        <source>Uniform</source>
        <translation>Likformig</translation>
    </message>
    <message>
        <location filename="../est_plugin/gui/steps/hotspots.py" line="65"/>
        <source>Triweight</source>
        <translation>Triviktad</translation>
    </message>
    <message>
        <location filename="../est_plugin/gui/steps/hotspots.py" line="65"/>
        <source>Epanechnikov</source>
        <translation>Epanechnikov</translation>
    </message>
    <message>
        <location filename="../est_plugin/gui/steps/hotspots.py" line="65"/>
        <source>Gaussian</source>
        <translation>Gaussisk</translation>
    </message>
    <message>
        <location filename="../est_plugin/gui/steps/hotspots.py" line="69"/>
        <source>Kernel density</source>
        <translation>Kärntäthet</translation>
    </message>
    <message>
        <location filename="../est_plugin/gui/steps/hotspots.py" line="69"/>
        <source>Radius</source>
        <translation>Radie</translation>
    </message>
    <message>
        <location filename="../est_plugin/gui/steps/hotspots.py" line="69"/>
        <source>Pixel size</source>
        <translation>Pixelstorlek</translation>
    </message>
    <message>
        <location filename="../est_plugin/gui/steps/hotspots.py" line="69"/>
        <source>Kernel</source>
        <translation>Kärnform</translation>
    </message>
    <message>
        <location filename="../est_plugin/gui/steps/hotspots.py" line="69"/>
        <source>Hotspots cover</source>
        <translation>Hotspots täcker</translation>
    </message>
    <message>
        <location filename="../est_plugin/gui/steps/hotspots.py" line="77"/>
        <source>Border points are noise</source>
        <translation>Randpunkter räknas som brus</translation>
    </message>
    <message>
        <location filename="../est_plugin/gui/steps/hotspots.py" line="89"/>
        <source>DBSCAN*: only core points belong to a cluster; the points at its border count as noise.</source>
        <translation>DBSCAN*: bara kärnpunkter hör till ett kluster; punkterna vid dess kant räknas som brus.</translation>
    </message>
    <message>
        <location filename="../est_plugin/gui/steps/hotspots.py" line="79"/>
        <source>DBSCAN</source>
        <translation>DBSCAN</translation>
    </message>
    <message>
        <location filename="../est_plugin/gui/steps/hotspots.py" line="79"/>
        <source>Distance (EPS)</source>
        <translation>Avstånd (EPS)</translation>
    </message>
    <message>
        <location filename="../est_plugin/gui/steps/hotspots.py" line="79"/>
        <source>Minimum size</source>
        <translation>Minsta storlek</translation>
    </message>
    <message>
        <location filename="../est_plugin/gui/steps/hotspots.py" line="95"/>
        <source>Test period (PAI in the preview)</source>
        <translation>Testperiod (PAI i förhandsvisningen)</translation>
    </message>
    <message>
        <location filename="../est_plugin/gui/steps/hotspots.py" line="95"/>
        <source>From – to</source>
        <translation>Från – till</translation>
    </message>
    <message>
        <location filename="../est_plugin/gui/steps/hotspots.py" line="136"/>
        <source>Choose an incident layer.</source>
        <translation>Välj ett händelselager.</translation>
    </message>
    <message>
        <location filename="../est_plugin/gui/steps/hotspots.py" line="141"/>
        <source>Too few incidents for a preview.</source>
        <translation>För få händelser för en förhandsvisning.</translation>
    </message>
    <message>
        <location filename="../est_plugin/gui/steps/hotspots.py" line="154"/>
        <source>No preview: {0}</source>
        <translation>Ingen förhandsvisning: {0}</translation>
    </message>
    <message>
        <location filename="../est_plugin/gui/steps/hotspots.py" line="191"/>
        <source>Choose an incident layer first.</source>
        <translation>Välj ett händelselager först.</translation>
    </message>
    <message>
        <location filename="../est_plugin/gui/steps/hotspots.py" line="169"/>
        <source>{0} hotspots; {1} % of the {2} incidents lie in none.</source>
        <translation>{0} hotspots; {1} % av de {2} händelserna ligger utanför alla hotspots.</translation>
    </message>
    <message>
        <location filename="../est_plugin/gui/steps/hotspots.py" line="172"/>
        <source>Test period: the hotspots of the other {0} incidents, cut to 5 % of the area, hold {1} of its {2} incidents – PAI {3}.</source>
        <translation>Testperiod: hotspots från de övriga {0} händelserna, begränsade till 5 % av ytan, innehåller {1} av testperiodens {2} händelser – PAI {3}.</translation>
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
    <name>IncidentsStep</name>
    <message>
        <location filename="../est_plugin/gui/steps/incidents.py" line="35"/>
        <source>Filter incidents</source>
        <translation>Filtrera händelser</translation>
    </message>
    <message>
        <location filename="../est_plugin/gui/steps/incidents.py" line="45"/>
        <source>Layer in the project</source>
        <translation>Lager i projektet</translation>
    </message>
    <message>
        <location filename="../est_plugin/gui/steps/incidents.py" line="46"/>
        <source>Import a file (CSV, TXT, XLSX)</source>
        <translation>Importera en fil (CSV, TXT, XLSX)</translation>
    </message>
    <message>
        <location filename="../est_plugin/gui/steps/incidents.py" line="53"/>
        <source>Incident tables (*.csv *.txt *.tsv *.xlsx *.csv.gz);;All files (*)</source>
        <translation>Händelsetabeller (*.csv *.txt *.tsv *.xlsx *.csv.gz);;Alla filer (*)</translation>
    </message>
    <message>
        <location filename="../est_plugin/gui/steps/incidents.py" line="56"/>
        <source>Columns</source>
        <translation>Kolumner</translation>
    </message>
    <message>
        <location filename="../est_plugin/gui/steps/incidents.py" line="66"/>
        <source>Columns left empty are recognised by their names.</source>
        <translation>Tomma kolumner känns igen på namnet.</translation>
    </message>
    <message>
        <location filename="../est_plugin/gui/steps/incidents.py" line="62"/>
        <source>Import</source>
        <translation>Importera</translation>
    </message>
    <message>
        <location filename="../est_plugin/gui/steps/incidents.py" line="65"/>
        <source>Incidents</source>
        <translation>Händelser</translation>
    </message>
    <message>
        <location filename="../est_plugin/gui/steps/incidents.py" line="96"/>
        <source>Choose a file to import first.</source>
        <translation>Välj först en fil att importera.</translation>
    </message>
    <message>
        <location filename="../est_plugin/gui/steps/incidents.py" line="112"/>
        <source>ISO week</source>
        <translation>ISO-vecka</translation>
    </message>
    <message>
        <location filename="../est_plugin/gui/steps/incidents.py" line="114"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../est_plugin/gui/steps/incidents.py" line="121"/>
        <source>+ </source>
        <translation>+ </translation>
    </message>
    <message>
        <location filename="../est_plugin/gui/steps/incidents.py" line="122"/>
        <source> weeks before</source>
        <translation> veckor före</translation>
    </message>
    <message>
        <location filename="../est_plugin/gui/steps/incidents.py" line="144"/>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <location filename="../est_plugin/gui/steps/incidents.py" line="147"/>
        <source>Mo</source>
        <translation>Må</translation>
    </message>
    <message>
        <location filename="../est_plugin/gui/steps/incidents.py" line="147"/>
        <source>Tu</source>
        <translation>Ti</translation>
    </message>
    <message>
        <location filename="../est_plugin/gui/steps/incidents.py" line="147"/>
        <source>We</source>
        <translation>On</translation>
    </message>
    <message>
        <location filename="../est_plugin/gui/steps/incidents.py" line="147"/>
        <source>Th</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../est_plugin/gui/steps/incidents.py" line="147"/>
        <source>Fr</source>
        <translation>Fr</translation>
    </message>
    <message>
        <location filename="../est_plugin/gui/steps/incidents.py" line="148"/>
        <source>Sa</source>
        <translation>Lö</translation>
    </message>
    <message>
        <location filename="../est_plugin/gui/steps/incidents.py" line="148"/>
        <source>Su</source>
        <translation>Sö</translation>
    </message>
    <message>
        <location filename="../est_plugin/gui/steps/incidents.py" line="162"/>
        <source>e.g. 22-04, 08:30-10</source>
        <translation>t.ex. 22-04, 08:30-10</translation>
    </message>
    <message>
        <location filename="../est_plugin/gui/steps/incidents.py" line="165"/>
        <source>all categories</source>
        <translation>alla kategorier</translation>
    </message>
    <message>
        <location filename="../est_plugin/gui/steps/incidents.py" line="166"/>
        <source>Only after dark</source>
        <translation>Bara efter mörkrets inbrott</translation>
    </message>
    <message>
        <location filename="../est_plugin/gui/steps/incidents.py" line="168"/>
        <source>Which incidents</source>
        <translation>Vilka händelser</translation>
    </message>
    <message>
        <location filename="../est_plugin/gui/steps/incidents.py" line="168"/>
        <source>Weekdays</source>
        <translation>Veckodagar</translation>
    </message>
    <message>
        <location filename="../est_plugin/gui/steps/incidents.py" line="168"/>
        <source>Hours</source>
        <translation>Klockslag</translation>
    </message>
    <message>
        <location filename="../est_plugin/gui/steps/incidents.py" line="168"/>
        <source>Categories</source>
        <translation>Kategorier</translation>
    </message>
    <message>
        <location filename="../est_plugin/gui/steps/incidents.py" line="218"/>
        <source>Choose or import an incident layer first.</source>
        <translation>Välj eller importera ett händelselager först.</translation>
    </message>
    <message>
        <location filename="../est_plugin/gui/steps/incidents.py" line="225"/>
        <source>{0} incidents kept.</source>
        <translation>{0} händelser behölls.</translation>
    </message>
</context>
<context>
    <name>KernelDensityAlgorithm</name>
    <message>
        <location filename="../est_plugin/processing/algorithms/kernel_density.py" line="65"/>
        <source>Kernel density (hotspots)</source>
        <translation>Kärntäthet (hotspots)</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/kernel_density.py" line="68"/>
        <source>A heat map of the incidents with the same definition as QGIS's own Heatmap (Kernel Density Estimation): every cell gets the sum over the points of weight x kernel at the distance from the point to the cell centre; points farther than RADIUS add nothing. It is computed exactly, without the vertical placement error of QGIS 3.22's heatmap (which computes each kernel's rows from the bottom edge but writes them from the top, so kernels land up to a pixel off), and much faster. For the quartic and triweight kernels with a radius of at least 20 pixels on large data, the points are binned linearly to the cell centres and convolved: every cell then stays within 0.3% of the raster's maximum from the exact sum (EXACT forces the exact sum).

RADIUS and PIXEL_SIZE are metres. 0 means automatic: the radius by the spatial Silverman rule 0.9 x min(SD, 1.2 x Dm) x n^-0.2 (SD the standard distance, Dm the median distance to the mean centre), the pixel a tenth of the radius; the log says what was chosen. On police data a radius found with Tune hotspots is usually better.

KERNEL: quartic (1-u²)², triangular 1-(1-DECAY)u, uniform 1, triweight (1-u²)³, Epanechnikov 1-u², Gaussian exp(-4.5u²) (standard deviation RADIUS/3, cut at RADIUS), with u = distance / RADIUS. OUTPUT_VALUE raw gives these sums; scaled multiplies by the constant that makes each kernel integrate to 1 (3/(πr²) for the quartic), so scaled values are incidents per square metre.

EXTENT: the raster's extent; cells start exactly at its left and top edges (default: the points' extent grown by the radius, as QGIS does). STUDY_AREA: cells whose centre is outside these polygons are NoData. A raster of more than 60 million cells is refused with advice instead of filling the memory.

HOTSPOTS: polygons of the densest cells that together cover HOTSPOT_SHARE percent of the study area (all cells of the raster without STUDY_AREA), ranked by peak density (1 = highest), with incident count and area. Layers in degrees are projected to SWEREF 99 TM in Sweden, else to their UTM zone.</source>
        <translation>En värmekarta över händelserna med samma definition som QGIS:s egen Heatmap (Kernel Density Estimation): varje cell får summan över punkterna av vikt x kärna vid avståndet från punkten till cellens mittpunkt; punkter längre bort än RADIUS bidrar inte. Den beräknas exakt, utan det vertikala placeringsfelet i värmekartan i QGIS 3.22 (som beräknar varje kärnas rader från nederkanten men skriver dem från överkanten, så att kärnorna hamnar upp till en pixel fel), och mycket snabbare. För de kvartiska och triviktade kärnorna med en radie på minst 20 pixlar fördelas punkterna i stora datamängder linjärt på cellernas mittpunkter (linjär binning) och faltas: varje cell avviker då högst 0,3 % av rastrets maxvärde från den exakta summan (EXACT tvingar fram den exakta summan).

RADIUS och PIXEL_SIZE anges i meter. 0 betyder automatiskt: radien enligt Silvermans rumsliga tumregel 0.9 x min(SD, 1.2 x Dm) x n^-0.2 (SD är standardavståndet, Dm medianavståndet till medelcentrum), pixeln en tiondel av radien; loggen visar vad som valdes. För polisdata blir en radie som tagits fram med Finjustera hotspots oftast bättre.

KERNEL: kvartisk (1-u²)², triangulär 1-(1-DECAY)u, likformig 1, triviktad (1-u²)³, Epanechnikov 1-u², gaussisk exp(-4.5u²) (standardavvikelse RADIUS/3, avskuren vid RADIUS), med u = avstånd / RADIUS. OUTPUT_VALUE rå ger dessa summor; skalad multiplicerar med den konstant som gör att varje kärnas integral blir 1 (3/(πr²) för den kvartiska), så att skalade värden är händelser per kvadratmeter.

EXTENT: rastrets utbredning; cellerna börjar exakt vid dess vänster- och överkant (standard: punkternas utbredning utvidgad med radien, som i QGIS). STUDY_AREA: celler vars mittpunkt ligger utanför dessa polygoner blir NoData. Ett raster med fler än 60 miljoner celler avvisas med råd om vad som kan göras, i stället för att fylla minnet.

HOTSPOTS: polygoner av de tätaste cellerna som tillsammans täcker HOTSPOT_SHARE procent av studieområdet (utan STUDY_AREA alla rastrets celler), rangordnade efter högsta täthet (1 = högst), med antal händelser och area. Lager i grader projiceras till SWEREF 99 TM i Sverige, annars till sin UTM-zon.</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/kernel_density.py" line="97"/>
        <source>Incidents</source>
        <translation>Händelser</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/kernel_density.py" line="99"/>
        <source>Radius (metres, 0 = automatic)</source>
        <translation>Radie (meter, 0 = automatisk)</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/kernel_density.py" line="102"/>
        <source>Pixel size (metres, 0 = automatic)</source>
        <translation>Pixelstorlek (meter, 0 = automatisk)</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/kernel_density.py" line="105"/>
        <source>Weight from field</source>
        <translation>Vikt från fält</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/kernel_density.py" line="108"/>
        <source>Kernel shape</source>
        <translation>Kärnform</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/kernel_density.py" line="108"/>
        <source>Quartic</source>
        <translation>Kvartisk</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/kernel_density.py" line="108"/>
        <source>Triangular</source>
        <translation>Triangulär</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/kernel_density.py" line="108"/>
        <source>Uniform</source>
        <translation>Likformig</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/kernel_density.py" line="108"/>
        <source>Triweight</source>
        <translation>Triviktad</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/kernel_density.py" line="108"/>
        <source>Epanechnikov</source>
        <translation>Epanechnikov</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/kernel_density.py" line="108"/>
        <source>Gaussian</source>
        <translation>Gaussisk</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/kernel_density.py" line="113"/>
        <source>Decay ratio (triangular kernel only)</source>
        <translation>Avklingningskvot (endast triangulär kärna)</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/kernel_density.py" line="116"/>
        <source>Output value scaling</source>
        <translation>Skalning av utdatavärdena</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/kernel_density.py" line="116"/>
        <source>Raw</source>
        <translation>Rå</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/kernel_density.py" line="116"/>
        <source>Scaled</source>
        <translation>Skalad</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/kernel_density.py" line="119"/>
        <source>Extent</source>
        <translation>Utbredning</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/kernel_density.py" line="120"/>
        <source>Study area</source>
        <translation>Studieområde</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/kernel_density.py" line="122"/>
        <source>Hotspots: share of the study area (%)</source>
        <translation>Hotspots: andel av studieområdet (%)</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/kernel_density.py" line="125"/>
        <source>Always compute the exact sum (slower on large data)</source>
        <translation>Beräkna alltid den exakta summan (långsammare för stora datamängder)</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/kernel_density.py" line="172"/>
        <source>Density</source>
        <translation>Täthet</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/kernel_density.py" line="128"/>
        <source>Hotspots (densest cells)</source>
        <translation>Hotspots (tätaste cellerna)</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/kernel_density.py" line="131"/>
        <source>Radius used</source>
        <translation>Använd radie</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/kernel_density.py" line="131"/>
        <source>Pixel size used</source>
        <translation>Använd pixelstorlek</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/kernel_density.py" line="131"/>
        <source>Largest value</source>
        <translation>Största värde</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/kernel_density.py" line="228"/>
        <source>Hotspots (density)</source>
        <translation>Hotspots (täthet)</translation>
    </message>
</context>
<context>
    <name>PrintStep</name>
    <message>
        <location filename="../est_plugin/gui/steps/printing.py" line="45"/>
        <source>e.g. Safety walk Centrum</source>
        <translation>t.ex. Trygghetsvandring Centrum</translation>
    </message>
    <message>
        <location filename="../est_plugin/gui/steps/printing.py" line="46"/>
        <source>e.g. the municipality&apos;s safety coordinator</source>
        <translation>t.ex. kommunens trygghetssamordnare</translation>
    </message>
    <message>
        <location filename="../est_plugin/gui/steps/printing.py" line="49"/>
        <source>Documents</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location filename="../est_plugin/gui/steps/printing.py" line="49"/>
        <source>Save in</source>
        <translation>Spara i</translation>
    </message>
    <message>
        <location filename="../est_plugin/gui/steps/printing.py" line="49"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../est_plugin/gui/steps/printing.py" line="49"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../est_plugin/gui/steps/printing.py" line="49"/>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../est_plugin/gui/steps/printing.py" line="70"/>
        <source>A4 portrait</source>
        <translation>A4 stående</translation>
    </message>
    <message>
        <location filename="../est_plugin/gui/steps/printing.py" line="70"/>
        <source>A4 landscape</source>
        <translation>A4 liggande</translation>
    </message>
    <message>
        <location filename="../est_plugin/gui/steps/printing.py" line="70"/>
        <source>A3 portrait</source>
        <translation>A3 stående</translation>
    </message>
    <message>
        <location filename="../est_plugin/gui/steps/printing.py" line="70"/>
        <source>A3 landscape</source>
        <translation>A3 liggande</translation>
    </message>
    <message>
        <location filename="../est_plugin/gui/steps/printing.py" line="73"/>
        <source>Print the walk map</source>
        <translation>Skriv ut vandringskartan</translation>
    </message>
    <message>
        <location filename="../est_plugin/gui/steps/printing.py" line="75"/>
        <source>Walk map and protocol</source>
        <translation>Vandringskarta och protokoll</translation>
    </message>
    <message>
        <location filename="../est_plugin/gui/steps/printing.py" line="75"/>
        <source>Route</source>
        <translation>Rutt</translation>
    </message>
    <message>
        <location filename="../est_plugin/gui/steps/printing.py" line="75"/>
        <source>Stops</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <location filename="../est_plugin/gui/steps/printing.py" line="95"/>
        <source>Hotspots</source>
        <translation>Hotspots</translation>
    </message>
    <message>
        <location filename="../est_plugin/gui/steps/printing.py" line="75"/>
        <source>Density</source>
        <translation>Täthet</translation>
    </message>
    <message>
        <location filename="../est_plugin/gui/steps/printing.py" line="75"/>
        <source>Street lights</source>
        <translation>Gatubelysning</translation>
    </message>
    <message>
        <location filename="../est_plugin/gui/steps/printing.py" line="75"/>
        <source>Vegetation</source>
        <translation>Vegetation</translation>
    </message>
    <message>
        <location filename="../est_plugin/gui/steps/printing.py" line="75"/>
        <source>Paper</source>
        <translation>Pappersformat</translation>
    </message>
    <message>
        <location filename="../est_plugin/gui/steps/printing.py" line="93"/>
        <source>Print the weekly report</source>
        <translation>Skriv ut veckorapporten</translation>
    </message>
    <message>
        <location filename="../est_plugin/gui/steps/printing.py" line="95"/>
        <source>Weekly situational picture</source>
        <translation>Veckans lägesbild</translation>
    </message>
    <message>
        <location filename="../est_plugin/gui/steps/printing.py" line="95"/>
        <source>Incidents</source>
        <translation>Händelser</translation>
    </message>
    <message>
        <location filename="../est_plugin/gui/steps/printing.py" line="95"/>
        <source>Week</source>
        <translation>Vecka</translation>
    </message>
    <message>
        <location filename="../est_plugin/gui/steps/printing.py" line="95"/>
        <source>Compare with weeks before</source>
        <translation>Jämför med veckor före</translation>
    </message>
    <message>
        <location filename="../est_plugin/gui/steps/printing.py" line="95"/>
        <source>Areas</source>
        <translation>Områden</translation>
    </message>
    <message>
        <location filename="../est_plugin/gui/steps/printing.py" line="95"/>
        <source>Area name</source>
        <translation>Områdesnamn</translation>
    </message>
    <message>
        <location filename="../est_plugin/gui/steps/printing.py" line="147"/>
        <source>Plan the walk first (route and stops).</source>
        <translation>Planera vandringen först (rutt och stopp).</translation>
    </message>
    <message>
        <location filename="../est_plugin/gui/steps/printing.py" line="157"/>
        <source>Choose the incidents first.</source>
        <translation>Välj händelserna först.</translation>
    </message>
    <message>
        <location filename="../est_plugin/gui/steps/printing.py" line="170"/>
        <source>Saved: {0}</source>
        <translation>Sparat: {0}</translation>
    </message>
</context>
<context>
    <name>PrintingAlgorithm</name>
    <message>
        <location filename="../est_plugin/processing/printed.py" line="46"/>
        <source>The print layout &apos;{0}&apos; is in the project&apos;s layouts.</source>
        <translation>Utskriftslayouten '{0}' finns bland projektets layouter.</translation>
    </message>
</context>
<context>
    <name>RiskTerrainAlgorithm</name>
    <message>
        <location filename="../est_plugin/processing/algorithms/risk_terrain.py" line="68"/>
        <source>Risk terrain model</source>
        <translation>Riskterrängmodell</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/risk_terrain.py" line="109"/>
        <source>Incidents</source>
        <translation>Händelser</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/risk_terrain.py" line="111"/>
        <source>Study area</source>
        <translation>Studieområde</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/risk_terrain.py" line="113"/>
        <source>Cell size (metres)</source>
        <translation>Cellstorlek (meter)</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/risk_terrain.py" line="116"/>
        <source>Factor layers (points, lines, polygons)</source>
        <translation>Faktorlager (punkter, linjer, polygoner)</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/risk_terrain.py" line="119"/>
        <source>Test period incidents (for PAI)</source>
        <translation>Händelser i testperioden (för PAI)</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/risk_terrain.py" line="122"/>
        <source>Distances to test (metres, comma separated)</source>
        <translation>Avstånd att pröva (meter, kommaseparerade)</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/risk_terrain.py" line="125"/>
        <source>Count model</source>
        <translation>Modell för antal händelser</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/risk_terrain.py" line="125"/>
        <source>Automatic (overdispersion test)</source>
        <translation>Automatisk (test av överspridning)</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/risk_terrain.py" line="125"/>
        <source>Poisson</source>
        <translation>Poisson</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/risk_terrain.py" line="125"/>
        <source>Negative binomial</source>
        <translation>Negativ binomial</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/risk_terrain.py" line="129"/>
        <source>Bootstrap resamples for stability (0 = none)</source>
        <translation>Bootstrap-omsamplingar för stabilitet (0 = inga)</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/risk_terrain.py" line="132"/>
        <source>Random seed</source>
        <translation>Slumpfrö</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/risk_terrain.py" line="134"/>
        <source>Radius of the comparison kernel density (metres, 0 = automatic)</source>
        <translation>Radie för jämförande kärntäthet (meter, 0 = automatisk)</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/risk_terrain.py" line="193"/>
        <source>Relative risk</source>
        <translation>Relativ risk</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/risk_terrain.py" line="138"/>
        <source>Risk factors</source>
        <translation>Riskfaktorer</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/risk_terrain.py" line="140"/>
        <source>PAI of the risk raster (5%)</source>
        <translation>PAI för riskrastret (5 %)</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/risk_terrain.py" line="140"/>
        <source>PAI of a kernel density (5%)</source>
        <translation>PAI för en kärntäthet (5 %)</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/risk_terrain.py" line="140"/>
        <source>Factors selected</source>
        <translation>Valda faktorer</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/risk_terrain.py" line="144"/>
        <source>Count model used</source>
        <translation>Använd modell för antal händelser</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/risk_terrain.py" line="149"/>
        <source>Give the distances as positive numbers of metres separated by commas, e.g. 50,100,200.</source>
        <translation>Ange avstånden som positiva tal i meter åtskilda med kommatecken, t.ex. 50,100,200.</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/risk_terrain.py" line="181"/>
        <source>Factor &apos;{0}&apos; is left out: {1}.</source>
        <translation>Faktorn '{0}' lämnas utanför: {1}.</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/risk_terrain.py" line="221"/>
        <source>The study area layer has no polygons.</source>
        <translation>Lagret med studieområdet har inga polygoner.</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/risk_terrain.py" line="226"/>
        <source>Too few incidents with a position to outline a study area; give a STUDY_AREA.</source>
        <translation>För få händelser med position för att avgränsa ett studieområde; ange STUDY_AREA.</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/risk_terrain.py" line="228"/>
        <source>No study area: using the convex hull of the incidents. Give the municipality or EST area for results you can compare.</source>
        <translation>Inget studieområde: det konvexa höljet kring händelserna används. Ange kommunen eller EST-området för resultat som går att jämföra.</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/risk_terrain.py" line="236"/>
        <source>&apos;{0}&apos; is not a vector layer; left out.</source>
        <translation>'{0}' är inte ett vektorlager; lämnas utanför.</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/risk_terrain.py" line="245"/>
        <source>Factor &apos;{0}&apos;: its features reach only {1:.0f}% of the study area. Where the layer has no data the model sees &apos;no factor&apos;; restrict the study area to where the layer is complete.</source>
        <translation>Faktorn '{0}': dess objekt når bara {1:.0f} % av studieområdet. Där lagret saknar data ser modellen 'ingen faktor'; begränsa studieområdet till där lagret är komplett.</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/risk_terrain.py" line="252"/>
        <source>Factor layer &apos;{0}&apos;: {1} features read, {2} without geometry, {3} invalid geometries repaired.</source>
        <translation>Faktorlagret '{0}': {1} objekt lästa, {2} utan geometri, {3} ogiltiga geometrier reparerade.</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/risk_terrain.py" line="266"/>
        <source>points</source>
        <translation>punkter</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/risk_terrain.py" line="266"/>
        <source>lines</source>
        <translation>linjer</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/risk_terrain.py" line="266"/>
        <source>polygons</source>
        <translation>polygoner</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/risk_terrain.py" line="267"/>
        <source>Factor layer &apos;{0}&apos; mixes geometry types: each type is a factor of its own.</source>
        <translation>Faktorlagret '{0}' blandar geometrityper: varje typ blir en egen faktor.</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/risk_terrain.py" line="280"/>
        <source>{0} cells, {1} incidents, {2} candidate features; selecting factors by cross-validation.</source>
        <translation>{0} celler, {1} händelser, {2} kandidatvariabler; faktorer väljs genom korsvalidering.</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/risk_terrain.py" line="288"/>
        <source>Model: {0} (overdispersion test p = {1:.3g}, alpha = {2:.3g}); cross-validated deviance {3:.1f} without factors, {4:.1f} with the {5} selected.</source>
        <translation>Modell: {0} (test av överspridning p = {1:.3g}, alpha = {2:.3g}); korsvaliderad devians {3:.1f} utan faktorer, {4:.1f} med de {5} valda.</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/risk_terrain.py" line="312"/>
        <source>Test period: {0} incidents in the study area. PAI at 5% of the area: risk raster {1:.2f} (hit rate {2:.3f}), kernel density of radius {3:g} m {4:.2f} (hit rate {5:.3f}).</source>
        <translation>Testperiod: {0} händelser i studieområdet. PAI vid 5 % av ytan: riskraster {1:.2f} (träffandel {2:.3f}), kärntäthet med radien {3:g} m {4:.2f} (träffandel {5:.3f}).</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/risk_terrain.py" line="71"/>
        <source>Which features of the environment go with more incidents, and where their combination puts the risk: Risk Terrain Modeling (Caplan and Kennedy 2011, 2016; Kennedy, Caplan and Piza 2011), done openly inside QGIS.

A grid of CELL_SIZE metres covers the STUDY_AREA (default: the convex hull of the incidents); each cell whose centre lies in it gets its number of INCIDENTS. Each FACTORS layer (points, lines or polygons, in any CRS: reprojected) is measured at each of the DISTANCES d as proximity (1 when the cell centre is within d metres of a feature) and, for points, as density (quartic kernel density at bandwidth d, standardised, so its relative risk is per standard deviation). A layer with points and polygons is split into two factors.

Selection: forward stepwise by cross-validated Poisson deviance, 5 folds of whole blocks of about 500 m (seeded by SEED). Each step adds the factor, in the operation and distance that fits best, that lowers the held-out deviance most, by at least 4; so every factor enters at most once, as in RTMDx. Final model: statsmodels GLM Poisson, or negative binomial when the likelihood-ratio test of overdispersion (alpha = 0) gives p &lt; 0.01 (MODEL auto). A selected factor with p &gt;= 0.05 in it is dropped (status not_significant), the largest p first, refitting each time. Relative risk value (RRV) = exp(coefficient), with its p-value and 95% interval; factors with RRV below 1 (protective) are kept too. Stability: on BOOTSTRAPS resamples of the blocks the selection is rerun (selected_share: share of resamples that chose the factor; variant_share: with the same operation and distance) and the final model is refitted (rrv_boot_p05/p95). RRVs describe association on this grid, not cause.

OUTPUT: composite relative risk per cell = exp(sum of coefficient x feature), divided by its minimum, so 1 = the lowest risk in the study area. OUTPUT_TABLE: one row per factor with status selected, not_significant, not_selected or left_out (empty layer, or no feature near the study area) and the reason.

With TEST_INCIDENTS (a later period) TEST_PAI_RISK and TEST_PAI_KDE give the PAI of the riskiest cells and of the densest cells of a plain quartic kernel density of the incidents (radius KDE_RADIUS, 0 = Silverman&apos;s rule as in Kernel density) covering 5% of the study area, computed with the same functions as Hotspot accuracy on a raster (cells ranked by value; ties at the cut in raster order): Hotspot accuracy with DENSITY = OUTPUT and AREA_SHARE 5 gives the same TEST_PAI_RISK.

Mind partial data: a factor layer that covers only part of the study area makes the rest look like &apos;no factor&apos;; the log warns when a layer&apos;s extent covers less than 80% of the study area; then restrict STUDY_AREA to where the layer has data.</source>
        <translation>Vilka inslag i miljön som hänger samman med fler händelser, och var deras kombination lägger risken: Risk Terrain Modeling (riskterrängmodellering; Caplan and Kennedy 2011, 2016; Kennedy, Caplan and Piza 2011), gjort öppet i QGIS.

Ett rutnät med celler på CELL_SIZE meter täcker STUDY_AREA (standard: det konvexa höljet kring händelserna); varje cell vars mittpunkt ligger inom det får sitt antal händelser i INCIDENTS. Varje lager i FACTORS (punkter, linjer eller polygoner, i valfritt koordinatsystem: det projiceras om) mäts vid vart och ett av avstånden d i DISTANCES som närhet (1 när cellens mittpunkt ligger inom d meter från ett objekt) och, för punkter, som täthet (kvartisk kärntäthet med bandbredden d, standardiserad, så att dess relativa risk gäller per standardavvikelse). Ett lager med punkter och polygoner delas upp i två faktorer.

Urval: stegvis framåt efter korsvaliderad Poissondevians, med 5 delar (folds) av hela block på omkring 500 m (slumpfrö SEED). Varje steg lägger till den faktor, med den operation och det avstånd som passar bäst, som sänker deviansen i de undanhållna blocken mest, med minst 4; varje faktor kommer alltså in högst en gång, som i RTMDx. Slutlig modell: statsmodels GLM Poisson, eller negativ binomial när likelihoodkvottestet för överspridning (alpha = 0) ger p &lt; 0,01 (MODEL automatisk). En vald faktor med p &gt;= 0,05 i den modellen tas bort (status not_significant), den med störst p först, och modellen skattas om varje gång. Relativt riskvärde (RRV) = exp(koefficient), med sitt p-värde och 95 %-intervall; faktorer med RRV under 1 (skyddande) behålls också. Stabilitet: på BOOTSTRAPS omsamplingar (bootstrap) av blocken görs urvalet om (selected_share: andelen omsamplingar som valde faktorn; variant_share: med samma operation och avstånd) och den slutliga modellen skattas om (rrv_boot_p05/p95). RRV beskriver samband på det här rutnätet, inte orsak.

OUTPUT: sammanvägd relativ risk per cell = exp(summan av koefficient x variabelvärde), dividerad med sitt minimum, så att 1 = den lägsta risken i studieområdet. OUTPUT_TABLE: en rad per faktor med status selected, not_significant, not_selected eller left_out (tomt lager, eller inget objekt nära studieområdet) och skälet.

Med TEST_INCIDENTS (en senare period) ger TEST_PAI_RISK och TEST_PAI_KDE PAI för de celler som har högst risk respektive de tätaste cellerna i en vanlig kvartisk kärntäthet av händelserna (radie KDE_RADIUS, 0 = Silvermans tumregel som i Kärntäthet) som täcker 5 % av studieområdet, beräknat med samma funktioner som Träffsäkerhet för hotspots på ett raster (cellerna rangordnas efter värde; lika värden vid gränsen tas i rastrets ordning): Träffsäkerhet för hotspots med DENSITY = OUTPUT och AREA_SHARE 5 ger samma TEST_PAI_RISK.

Se upp med ofullständiga data: ett faktorlager som bara täcker en del av studieområdet får resten att se ut som 'ingen faktor'; loggen varnar när ett lagers utbredning täcker mindre än 80 % av studieområdet; begränsa då STUDY_AREA till där lagret har data.</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/risk_terrain.py" line="186"/>
        <source>No factor is related to the incidents here: the risk raster is 1 everywhere. Check the factor layers, distances and cell size.</source>
        <translation>Ingen faktor har samband med händelserna här: riskrastret är 1 överallt. Kontrollera faktorlagren, avstånden och cellstorleken.</translation>
    </message>
</context>
<context>
    <name>RunPanel</name>
    <message>
        <location filename="../est_plugin/gui/runner.py" line="140"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../est_plugin/gui/runner.py" line="164"/>
        <source>Another step is still running.</source>
        <translation>Ett annat steg körs fortfarande.</translation>
    </message>
    <message>
        <location filename="../est_plugin/gui/runner.py" line="170"/>
        <source>Running: {0}…</source>
        <translation>Kör: {0}…</translation>
    </message>
    <message>
        <location filename="../est_plugin/gui/runner.py" line="180"/>
        <source>Cancelling…</source>
        <translation>Avbryter…</translation>
    </message>
    <message>
        <location filename="../est_plugin/gui/runner.py" line="187"/>
        <source>Done: {0} (layers added: {1}).</source>
        <translation>Klart: {0} (tillagda lager: {1}).</translation>
    </message>
    <message>
        <location filename="../est_plugin/gui/runner.py" line="190"/>
        <source>Done: {0}.</source>
        <translation>Klart: {0}.</translation>
    </message>
    <message>
        <location filename="../est_plugin/gui/runner.py" line="193"/>
        <source>Cancelled: {0}.</source>
        <translation>Avbrutet: {0}.</translation>
    </message>
    <message>
        <location filename="../est_plugin/gui/runner.py" line="195"/>
        <source>{0} failed: {1}</source>
        <translation>{0} misslyckades: {1}</translation>
    </message>
    <message>
        <location filename="../est_plugin/gui/runner.py" line="195"/>
        <source>see the log</source>
        <translation>se loggen</translation>
    </message>
</context>
<context>
    <name>SituationalFactorsAlgorithm</name>
    <message>
        <location filename="../est_plugin/processing/algorithms/situational_factors.py" line="64"/>
        <source>Situational factors at hotspots</source>
        <translation>Situationella faktorer vid hotspots</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/situational_factors.py" line="123"/>
        <source>Hotspots (polygons)</source>
        <translation>Hotspots (polygoner)</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/situational_factors.py" line="124"/>
        <source>Incidents</source>
        <translation>Händelser</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/situational_factors.py" line="125"/>
        <source>Street lights (points)</source>
        <translation>Gatubelysning (punkter)</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/situational_factors.py" line="126"/>
        <source>Lit radius of a lamp (m)</source>
        <translation>Belyst radie per lampa (m)</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/situational_factors.py" line="127"/>
        <source>Lit radius per lamp (field, m)</source>
        <translation>Belyst radie per lampa (fält, m)</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/situational_factors.py" line="136"/>
        <source>Lit streets and paths (lines)</source>
        <translation>Belysta gator och gångvägar (linjer)</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/situational_factors.py" line="139"/>
        <source>Which lines are lit (expression; empty: all)</source>
        <translation>Vilka linjer är belysta (uttryck; tomt: alla)</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/situational_factors.py" line="147"/>
        <source>Area where the lighting data are complete</source>
        <translation>Område där belysningsdata är kompletta</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/situational_factors.py" line="155"/>
        <source>Vegetation (polygons)</source>
        <translation>Vegetation (polygoner)</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/situational_factors.py" line="156"/>
        <source>Trees (points)</source>
        <translation>Träd (punkter)</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/situational_factors.py" line="157"/>
        <source>Crown radius of a tree (m)</source>
        <translation>Kronradie per träd (m)</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/situational_factors.py" line="158"/>
        <source>Crown radius per tree (field, m)</source>
        <translation>Kronradie per träd (fält, m)</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/situational_factors.py" line="167"/>
        <source>Other factors (bus stops, bars, schools…)</source>
        <translation>Andra faktorer (busshållplatser, barer, skolor…)</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/situational_factors.py" line="175"/>
        <source>Influence distance of other factors (m)</source>
        <translation>Påverkansavstånd för andra faktorer (m)</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/situational_factors.py" line="178"/>
        <source>Influence distance per layer (e.g. bus stops=30; bars=100)</source>
        <translation>Påverkansavstånd per lager (t.ex. busshållplatser=30; barer=100)</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/situational_factors.py" line="185"/>
        <source>Paths (lines; empty: the lit lines)</source>
        <translation>Gångvägar (linjer; tomt: de belysta linjerna)</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/situational_factors.py" line="188"/>
        <source>Time zone of the event times (e.g. Europe/Stockholm)</source>
        <translation>Tidszon för händelsetiderna (t.ex. Europe/Stockholm)</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/situational_factors.py" line="193"/>
        <source>Rule lighting: lit share below</source>
        <translation>Regel belysning: belyst andel under</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/situational_factors.py" line="193"/>
        <source>Rule lighting: dark and unlit incident share from</source>
        <translation>Regel belysning: andel händelser i mörker utan belysning från</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/situational_factors.py" line="193"/>
        <source>Rule sightlines: vegetation share above</source>
        <translation>Regel siktlinjer: vegetationsandel över</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/situational_factors.py" line="208"/>
        <source>Rule lighting gap: unlit path above (m)</source>
        <translation>Regel belysningslucka: obelyst gångväg över (m)</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/situational_factors.py" line="274"/>
        <source>Hotspots with factors</source>
        <translation>Hotspots med faktorer</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/situational_factors.py" line="280"/>
        <source>Incidents with factors</source>
        <translation>Händelser med faktorer</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/situational_factors.py" line="224"/>
        <source>Hotspots with suggested measures</source>
        <translation>Hotspots med föreslagna åtgärder</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/situational_factors.py" line="67"/>
        <source>Measures lighting, vegetation and other places at each hotspot and suggests measures from transparent rules. All distances and areas are in metres in a metric CRS: layers in other CRSs are reprojected to the hotspots' CRS (a geographic one becomes SWEREF 99 TM in Sweden, else the UTM zone).

HOTSPOTS: polygons (e.g. from est:dbscanhotspots or est:kerneldensity). INCIDENTS (optional): points with event_time.

Lighting: LIGHTS are lamps lighting a circle of LIGHT_RADIUS metres (default 25) or of the value of LIGHT_RADIUS_FIELD per lamp; LIT_LINES are lines where LIT_EXPRESSION is true (empty: all), e.g. OpenStreetMap footways with &quot;lit&quot; = 'yes' (or &quot;other_tags&quot; LIKE '%&quot;lit&quot;=&gt;&quot;yes&quot;%' in GDAL's OSM layers) or the lit flag of the Swedish road database for foot and cycle paths; they light a band of LIGHT_RADIUS on each side. lit_share is the share of the hotspot's area inside the lit area; lamps_per_ha counts lamps inside the hotspot. With PATHS (any line layer; empty: LIT_LINES when given) also path_length_m, lit_path_share (share of the path length inside the hotspot that is lit) and largest_unlit_gap_m (the longest connected unlit stretch). LIGHTING_AREA (optional polygons): where the lighting data are complete; hotspots outside it get empty lighting measures (unknown) instead of 0, and incidents outside it an empty is_lit.

Vegetation: VEGETATION polygons (bushes, woods, parks; other geometry types in the layer are left out and counted) and TREES as points with a crown of CROWN_RADIUS metres (default 4) or CROWN_RADIUS_FIELD. vegetation_share is the share of the hotspot covered by either; trees_per_ha counts trees inside it.

OTHER_FACTORS: any layers (bus stops, bars, underpasses, schools, entrances). Per layer: &lt;name&gt;_count, the features within OTHER_DISTANCE metres of the hotspot (per layer in OTHER_DISTANCES, e.g. 'bus stops=30; bars=100'), and &lt;name&gt;_nearest_m, the distance to the nearest one (0 inside; empty beyond 5 km).

Incidents: OUTPUT_INCIDENTS gets is_lit, in_vegetation and after_dark (sun below -0.833 degrees at the place and time, in TIME_ZONE; empty when the time of day is unknown) and hotspot_fid. Per hotspot: incident_count, after_dark_share and dark_unlit_incident_share, the share of its incidents with a known time of day that happened after dark outside the lit area.

Suggested measures (suggested_measures in Swedish, suggested_measures_en in English, measure_codes), each rule with its threshold as a parameter:
- lighting: lit_share below MIN_LIT_SHARE (default 0.75) and dark_unlit_incident_share at least MIN_DARK_UNLIT_SHARE (default 0.25); without incidents: check the lighting. Improved street lighting reduced crime by 21 % on average in the Campbell review (Welsh &amp; Farrington 2008, Campbell Systematic Reviews 2008:13); Boverket's 'Plats för trygghet' (2010) asks for even lighting of walking routes.
- lighting_gap: largest_unlit_gap_m above MAX_UNLIT_GAP (default 50 m), about two lamp spacings on a footway: a dark stretch between lit parts.
- sightlines: vegetation_share above MAX_VEGETATION_SHARE (default 0.30). Dense vegetation gives hiding places and blocks the view (Nasar &amp; Fisher 1993, 'prospect and refuge'); CPTED guidance keeps shrubs low and tree crowns raised for natural surveillance (Crowe 2000; Boverket 2010).
- place_managers: another factor within its distance of a hotspot with incidents: involve the place's managers (Clarke &amp; Eck 2005, Crime Analysis for Problem Solvers in 60 Small Steps: the problem analysis triangle).</source>
        <translation>Mäter belysning, vegetation och andra platser vid varje hotspot och föreslår åtgärder enligt öppet redovisade regler. Alla avstånd och ytor är i meter i ett metriskt koordinatsystem: lager i andra koordinatsystem projiceras om till hotspotlagrets (ett geografiskt blir SWEREF 99 TM i Sverige, annars UTM-zonen).

HOTSPOTS: polygoner (t.ex. från est:dbscanhotspots eller est:kerneldensity). INCIDENTS (valfritt): punkter med event_time.

Belysning: LIGHTS är lampor som lyser upp en cirkel med radien LIGHT_RADIUS meter (standard 25) eller värdet i LIGHT_RADIUS_FIELD per lampa; LIT_LINES är linjer där LIT_EXPRESSION är sant (tomt: alla), t.ex. gångvägar i OpenStreetMap med &quot;lit&quot; = 'yes' (eller &quot;other_tags&quot; LIKE '%&quot;lit&quot;=&gt;&quot;yes&quot;%' i GDAL:s OSM-lager) eller belysningsuppgiften i den nationella vägdatabasen för gång- och cykelvägar; de lyser upp ett band på LIGHT_RADIUS på var sida. lit_share är andelen av hotspotens yta inom det belysta området; lamps_per_ha räknar lampor inne i hotspoten. Med PATHS (valfritt linjelager; tomt: LIT_LINES om det finns) även path_length_m, lit_path_share (andel av gångvägslängden i hotspoten som är belyst) och largest_unlit_gap_m (den längsta sammanhängande obelysta sträckan). LIGHTING_AREA (valfria polygoner): där belysningsdata är kompletta; hotspots utanför får tomma belysningsmått (okänt) i stället för 0, och händelser utanför ett tomt is_lit.

Vegetation: VEGETATION-polygoner (buskage, skog, parker; andra geometrityper i lagret lämnas utanför och räknas) och TREES som punkter med en krona på CROWN_RADIUS meter (standard 4) eller CROWN_RADIUS_FIELD. vegetation_share är andelen av hotspoten som täcks av någon av dem; trees_per_ha räknar träd inne i den.

OTHER_FACTORS: valfria lager (busshållplatser, barer, gångtunnlar, skolor, entréer). Per lager: &lt;namn&gt;_count, objekten inom OTHER_DISTANCE meter från hotspoten (per lager i OTHER_DISTANCES, t.ex. 'busshållplatser=30; barer=100'), och &lt;namn&gt;_nearest_m, avståndet till det närmaste (0 inuti; tomt bortom 5 km).

Händelser: OUTPUT_INCIDENTS får is_lit, in_vegetation och after_dark (solen under -0,833 grader på platsen och vid tiden, i TIME_ZONE; tomt när klockslaget är okänt) och hotspot_fid. Per hotspot: incident_count, after_dark_share och dark_unlit_incident_share, andelen av dess händelser med känt klockslag som skedde i mörker utanför det belysta området.

Föreslagna åtgärder (suggested_measures på svenska, suggested_measures_en på engelska, measure_codes), varje regel med sitt tröskelvärde som parameter:
- lighting: lit_share under MIN_LIT_SHARE (standard 0,75) och dark_unlit_incident_share minst MIN_DARK_UNLIT_SHARE (standard 0,25); utan händelser: kontrollera belysningen. Förbättrad gatubelysning minskade brottsligheten med i genomsnitt 21 % i Campbell-översikten (Welsh &amp; Farrington 2008, Campbell Systematic Reviews 2008:13); Boverkets 'Plats för trygghet' (2010) förordar jämn belysning längs gångstråk.
- lighting_gap: largest_unlit_gap_m över MAX_UNLIT_GAP (standard 50 m), ungefär två stolpavstånd på en gångväg: en mörk sträcka mellan belysta delar.
- sightlines: vegetation_share över MAX_VEGETATION_SHARE (standard 0,30). Tät vegetation ger gömställen och skymmer sikten (Nasar &amp; Fisher 1993, 'prospect and refuge'); CPTED-riktlinjer håller buskar låga och trädkronor uppstammade för naturlig övervakning (Crowe 2000; Boverket 2010).
- place_managers: en annan faktor inom sitt avstånd från en hotspot med händelser: involvera de ansvariga för platsen (Clarke &amp; Eck 2005, Crime Analysis for Problem Solvers in 60 Small Steps: problemanalystriangeln).</translation>
    </message>
</context>
<context>
    <name>TuneHotspotsAlgorithm</name>
    <message>
        <location filename="../est_plugin/processing/algorithms/tune_hotspots.py" line="58"/>
        <source>Tune hotspots (PAI)</source>
        <translation>Finjustera hotspots (PAI)</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/tune_hotspots.py" line="61"/>
        <source>Finds the hotspot settings that best predict the next period. The incidents before SPLIT_DATE train each candidate; those from SPLIT_DATE on test it. Every candidate makes hotspots covering AREA_SHARE percent of the study area from the training incidents, and is judged by the PAI of the test incidents in them ((n/N)/(a/A), see Hotspot accuracy).

Candidates: kernel density (quartic) for every RADII x PIXEL_SIZES, plain counts in square cells of CELL_SIZES, and DBSCAN for every EPS_VALUES x MIN_SIZES (cluster polygons, densest first, taken whole while they fit). Lists are metres separated by commas.

OUTPUT has one row per candidate ranked by PAI; rank 1 is the recommendation. PAI grows as the area shrinks, so candidates whose hotspots cover less than 80% of AREA_SHARE (few, small DBSCAN clusters) are marked comparable = 0 and ranked after the others. On police data the best radius is often far smaller than the habitual 200-300 m. STUDY_AREA defaults to the convex hull of all incidents.</source>
        <translation>Hittar de hotspotinställningar som bäst förutsäger nästa period. Händelserna före SPLIT_DATE tränar varje kandidat; händelserna från och med SPLIT_DATE testar den. Varje kandidat skapar utifrån träningshändelserna hotspots som täcker AREA_SHARE procent av studieområdet och bedöms efter PAI för testhändelserna i dem ((n/N)/(a/A), se Träffsäkerhet för hotspots).

Kandidater: kärntäthet (kvartisk) för varje kombination av RADII x PIXEL_SIZES, enkla antal i kvadratiska celler med CELL_SIZES, och DBSCAN för varje kombination av EPS_VALUES x MIN_SIZES (klusterpolygoner, tätaste först, hela så länge de ryms). Listorna anges i meter, åtskilda med kommatecken.

OUTPUT har en rad per kandidat, rangordnade efter PAI; rank 1 är rekommendationen. PAI växer när arean krymper, så kandidater vars hotspots täcker mindre än 80 % av AREA_SHARE (få, små DBSCAN-kluster) markeras med comparable = 0 och rangordnas efter de övriga. För polisdata är den bästa radien ofta mycket mindre än de vanliga 200-300 m. STUDY_AREA är som standard det konvexa höljet kring alla händelser.</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/tune_hotspots.py" line="78"/>
        <source>Incidents</source>
        <translation>Händelser</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/tune_hotspots.py" line="80"/>
        <source>Test period starts on</source>
        <translation>Testperioden börjar den</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/tune_hotspots.py" line="82"/>
        <source>Hotspot share of the study area (%)</source>
        <translation>Hotspots andel av studieområdet (%)</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/tune_hotspots.py" line="85"/>
        <source>Study area</source>
        <translation>Studieområde</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/tune_hotspots.py" line="87"/>
        <source>Event time field</source>
        <translation>Fält för händelsetid</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/tune_hotspots.py" line="89"/>
        <source>KDE radii (m)</source>
        <translation>Radier för kärntäthet (m)</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/tune_hotspots.py" line="89"/>
        <source>KDE pixel sizes (m)</source>
        <translation>Pixelstorlekar för kärntäthet (m)</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/tune_hotspots.py" line="89"/>
        <source>Grid cell sizes (m)</source>
        <translation>Cellstorlekar för rutnät (m)</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/tune_hotspots.py" line="89"/>
        <source>DBSCAN EPS values (m)</source>
        <translation>EPS-värden för DBSCAN (m)</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/tune_hotspots.py" line="89"/>
        <source>DBSCAN MIN_SIZE values</source>
        <translation>MIN_SIZE-värden för DBSCAN</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/tune_hotspots.py" line="96"/>
        <source>Candidates ranked by PAI</source>
        <translation>Kandidater rangordnade efter PAI</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/tune_hotspots.py" line="98"/>
        <source>Best PAI</source>
        <translation>Bästa PAI</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/tune_hotspots.py" line="99"/>
        <source>Recommended settings</source>
        <translation>Rekommenderade inställningar</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/tune_hotspots.py" line="113"/>
        <source>Recommended: {0}, PAI {1:.2f}, hit rate {2:.3f}</source>
        <translation>Rekommendation: {0}, PAI {1:.2f}, träffandel {2:.3f}</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/tune_hotspots.py" line="124"/>
        <source>The layer {0} has no field &apos;{1}&apos; with the event times.</source>
        <translation>Lagret {0} saknar fältet '{1}' med händelsetiderna.</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/tune_hotspots.py" line="134"/>
        <source>{0} training incidents before {1}, {2} test incidents from it on.</source>
        <translation>{0} träningshändelser före {1}, {2} testhändelser från och med det datumet.</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/tune_hotspots.py" line="137"/>
        <source>SPLIT_DATE {0} leaves no incidents on one side: choose a date between the first and the last incident.</source>
        <translation>SPLIT_DATE {0} lämnar inga händelser på ena sidan: välj ett datum mellan den första och den sista händelsen.</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/tune_hotspots.py" line="156"/>
        <source>{0}: &apos;{1}&apos; is not a list of numbers separated by commas.</source>
        <translation>{0}: '{1}' är inte en lista med tal åtskilda med kommatecken.</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/tune_hotspots.py" line="165"/>
        <source>No candidate settings: give at least one radius, cell size or EPS.</source>
        <translation>Inga kandidatinställningar: ange minst en radie, en cellstorlek eller ett EPS-värde.</translation>
    </message>
</context>
<context>
    <name>WalkMapAlgorithm</name>
    <message>
        <location filename="../est_plugin/processing/algorithms/walk_map.py" line="64"/>
        <source>Print a walk map</source>
        <translation>Skriv ut vandringskarta</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/walk_map.py" line="67"/>
        <source>Makes the printed documents of a safety walk. A PDF: page 1 is the map of the walk (route with arrows in the walking direction, numbered stops, start, hotspots and incident density underneath, street lights and vegetation when given, legend, list of stops, scale bar, north arrow); then the protocol, an A4 page per stop: why the stop is on the walk (hotspot rank, incidents, most common categories, lighting and vegetation findings), a checklist to tick, and lines for notes, proposed action, owner and priority. OUTPUT_HTML also writes the protocol as a web page to print from a browser.

ROUTE and STOPS are the outputs of Plan a safety walk (est:walkroute). STOPS needs only stop_no; street, arrival_min, distance_m, rank, incident_count, top_categories, lit_share, vegetation_share and suggested_measures are used when present. Other fields, such as free-text descriptions, are never printed.

PAPER is the paper of the map page; the protocol pages are always A4 portrait, the form the walkers write on. LANGUAGE is the language of the documents (Swedish or English), whatever the language of QGIS. ATTRIBUTION is printed under the map, e.g. '© OpenStreetMap contributors' for OpenStreetMap data. BASEMAP layers are drawn underneath in their own style. CLOSE_UPS adds a detail map of each stop to its page.

Run in QGIS, the print layout is also added to the project's layouts (its layers in a group of temporary layers), to adjust the map before printing it again.</source>
        <translation>Skapar de utskrivna dokumenten för en trygghetsvandring. En PDF: sidan 1 är kartan över vandringen (gångvägen med pilar i gångriktningen, numrerade stopp, start, hotspots och händelsetäthet i bakgrunden, gatubelysning och växtlighet när de anges, teckenförklaring, lista över stoppen, skalstock, nordpil); därefter protokollet, en A4-sida per stopp: varför stoppet ingår i vandringen (hotspotens rang, händelser, vanligaste kategorier, iakttagelser om belysning och växtlighet), en checklista att kryssa i samt rader för anteckningar, åtgärdsförslag, ansvarig och prioritet. OUTPUT_HTML skriver dessutom protokollet som en webbsida att skriva ut från en webbläsare.

ROUTE och STOPS är resultaten från Planera trygghetsvandring (est:walkroute). STOPS behöver bara stop_no; street, arrival_min, distance_m, rank, incident_count, top_categories, lit_share, vegetation_share och suggested_measures används när de finns. Andra fält, till exempel fritextbeskrivningar, skrivs aldrig ut.

PAPER är pappersformatet för kartsidan; protokollsidorna är alltid A4 stående, det formulär som deltagarna i vandringen skriver på. LANGUAGE är dokumentens språk (svenska eller engelska), oavsett vilket språk QGIS har. ATTRIBUTION skrivs ut under kartan, t.ex. '© OpenStreetMap contributors' för data från OpenStreetMap. BASEMAP-lagren ritas i bakgrunden med sin egen stil. CLOSE_UPS lägger till en detaljkarta över varje stopp på stoppets sida.

När verktyget körs i QGIS läggs utskriftslayouten också till bland projektets layouter (med sina lager i en grupp med tillfälliga lager), så att kartan kan justeras innan den skrivs ut igen.</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/walk_map.py" line="93"/>
        <source>Route</source>
        <translation>Rutt</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/walk_map.py" line="95"/>
        <source>Stops (with stop_no)</source>
        <translation>Stopp (med stop_no)</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/walk_map.py" line="97"/>
        <source>Hotspots</source>
        <translation>Hotspots</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/walk_map.py" line="99"/>
        <source>Incident density (raster)</source>
        <translation>Händelsetäthet (raster)</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/walk_map.py" line="101"/>
        <source>Street lights</source>
        <translation>Gatubelysning</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/walk_map.py" line="103"/>
        <source>Vegetation (areas or trees)</source>
        <translation>Växtlighet (ytor eller träd)</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/walk_map.py" line="106"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/walk_map.py" line="107"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/walk_map.py" line="109"/>
        <source>Date of the walk</source>
        <translation>Datum för vandringen</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/walk_map.py" line="111"/>
        <source>Paper of the map page</source>
        <translation>Pappersformat för kartsidan</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/walk_map.py" line="111"/>
        <source>A4 portrait</source>
        <translation>A4 stående</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/walk_map.py" line="111"/>
        <source>A4 landscape</source>
        <translation>A4 liggande</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/walk_map.py" line="111"/>
        <source>A3 portrait</source>
        <translation>A3 stående</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/walk_map.py" line="111"/>
        <source>A3 landscape</source>
        <translation>A3 liggande</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/walk_map.py" line="115"/>
        <source>Language of the documents</source>
        <translation>Dokumentens språk</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/walk_map.py" line="117"/>
        <source>Data attribution (e.g. © OpenStreetMap contributors)</source>
        <translation>Källhänvisning för kartdata (t.ex. © OpenStreetMap contributors)</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/walk_map.py" line="119"/>
        <source>Close-up map of each stop</source>
        <translation>Detaljkarta över varje stopp</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/walk_map.py" line="121"/>
        <source>Base map layers (drawn underneath)</source>
        <translation>Bakgrundskartor (ritas underst)</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/walk_map.py" line="124"/>
        <source>Walk map and protocol (PDF)</source>
        <translation>Vandringskarta och protokoll (PDF)</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/walk_map.py" line="124"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/walk_map.py" line="126"/>
        <source>Protocol as a web page (HTML)</source>
        <translation>Protokoll som webbsida (HTML)</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/walk_map.py" line="126"/>
        <source>HTML (*.html)</source>
        <translation>HTML (*.html)</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/walk_map.py" line="151"/>
        <source>The PDF &apos;{0}&apos; could not be written: {1}</source>
        <translation>PDF-filen '{0}' kunde inte skrivas: {1}</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/walk_map.py" line="153"/>
        <source>Walk map with {0} stops written to {1} ({2} pages).</source>
        <translation>Vandringskarta med {0} stopp sparad i {1} ({2} sidor).</translation>
    </message>
</context>
<context>
    <name>WalkRouteAlgorithm</name>
    <message>
        <location filename="../est_plugin/processing/algorithms/walk_route.py" line="67"/>
        <source>Plan a safety walk</source>
        <translation>Planera trygghetsvandring</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/walk_route.py" line="70"/>
        <source>Plans a safety walk: an ordered walking route through chosen stops (e.g. hotspots) along a street and path network, within a time budget.

STOPS: points or polygons; a polygon is visited at a point inside it (point on surface). PRIORITY_FIELD: lower values come first when not every stop fits (empty: the field &apos;rank&apos; when the layer has one, else the layer&apos;s order). MAX_STOPS: at most this many stops (0: no limit).

NETWORK: any line layer (municipal footways, the national road database, OpenStreetMap). WALKABLE_EXPRESSION keeps only the lines where it is true, e.g. &quot;highway&quot; NOT IN (&apos;motorway&apos;, &apos;trunk&apos;). Lines are joined wherever they share a vertex, also in their middle; a line end within TOLERANCE metres of another line is joined to it; lines that cross without a shared vertex (bridges, tunnels) stay apart. The log gives the size of the network and its connected parts. NAME_FIELD: the street names (empty: a field such as name, namn, gatunamn or street when there is one).

Each stop is snapped to the nearest point of the nearest walkable line on the part of the network that holds the start; snap_m gives the distance. Stops farther than MAX_SNAP metres, near only a part that is not connected to the start, or at the same place as a stop of higher priority are left out and listed.

START: where the walk begins (empty: the stop of highest priority). ROUND_TRIP: the walk ends back at the start.

MAX_MINUTES is the time budget: walking at WALK_SPEED km/h plus STOP_MINUTES at each stop. When not every stop fits, the stops are taken by priority and each one is kept if the shortest walk through it and the stops kept before still fits; the others are listed as left out. The order is the shortest possible for up to 12 stops (Held-Karp) and a good heuristic order beyond (nearest neighbour improved with 2-opt and Or-opt).

OUTPUT: one line per leg along the network with leg_no, from_stop and to_stop (0 is a START point that is not a stop), length_m, cum_length_m and cum_minutes (at arrival). OUTPUT_STOPS: the stops in walking order with stop_no, arrival_min, distance_m (along the walk), street, snap_m, priority and the stop layer&apos;s own fields; the stops left out follow without stop_no, with the reason in left_out. Distances are metres: a network in degrees is projected to SWEREF 99 TM in Sweden or the UTM zone elsewhere, and the outputs are in that CRS.</source>
        <translation>Planerar en trygghetsvandring: en gångrutt i bestämd ordning genom valda stopp (t.ex. hotspots) längs ett gång- och vägnät, inom en tidsram.

STOPS: punkter eller polygoner; en polygon besöks i en punkt inuti den (punkt på yta). PRIORITY_FIELD: lägre värden kommer först när inte alla stopp ryms (tomt: fältet 'rank' om lagret har ett sådant, annars lagrets ordning). MAX_STOPS: högst så här många stopp (0: ingen gräns).

NETWORK: valfritt linjelager (kommunens gång- och cykelvägar, Nationell vägdatabas (NVDB), OpenStreetMap). WALKABLE_EXPRESSION behåller bara de linjer där uttrycket är sant, t.ex. &quot;highway&quot; NOT IN ('motorway', 'trunk'). Linjer kopplas ihop överallt där de har en gemensam brytpunkt, även mitt på linjen; en linjeände som ligger inom TOLERANCE meter från en annan linje kopplas till den; linjer som korsar varandra utan gemensam brytpunkt (broar, tunnlar) hålls isär. Loggen visar nätverkets storlek och dess sammanhängande delar. NAME_FIELD: gatunamnen (tomt: ett fält som name, namn, gatunamn eller street, om det finns).

Varje stopp fästs vid närmaste punkt på närmaste gångbara linje i den del av nätverket där starten ligger; snap_m anger avståndet. Stopp som ligger längre bort än MAX_SNAP meter, som bara ligger nära en del som inte hänger ihop med starten, eller som ligger på samma plats som ett stopp med högre prioritet utelämnas och listas.

START: där vandringen börjar (tomt: stoppet med högst prioritet). ROUND_TRIP: vandringen slutar där den började.

MAX_MINUTES är tidsramen: gång i WALK_SPEED km/h plus STOP_MINUTES vid varje stopp. När inte alla stopp ryms tas stoppen i prioritetsordning, och varje stopp behålls om den kortaste vandringen genom det och de tidigare behållna stoppen fortfarande ryms; de övriga listas som utelämnade. Ordningen är den kortaste möjliga för upp till 12 stopp (Held-Karp) och därutöver en bra heuristisk ordning (närmaste granne förbättrad med 2-opt och Or-opt).

OUTPUT: en linje per etapp längs nätverket med leg_no, from_stop och to_stop (0 är en START-punkt som inte är ett stopp), length_m, cum_length_m och cum_minutes (vid ankomst). OUTPUT_STOPS: stoppen i gångordning med stop_no, arrival_min, distance_m (längs vandringen), street, snap_m, priority och stopplagrets egna fält; de utelämnade stoppen följer efter utan stop_no, med orsaken i left_out. Avstånden är i meter: ett nätverk i grader projiceras till SWEREF 99 TM i Sverige eller annars till UTM-zonen, och resultaten är i det koordinatsystemet.</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/walk_route.py" line="104"/>
        <source>Stops (points or polygons)</source>
        <translation>Stopp (punkter eller polygoner)</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/walk_route.py" line="107"/>
        <source>Priority field (lower first; empty: &apos;rank&apos; or layer order)</source>
        <translation>Prioritetsfält (lägre först; tomt: 'rank' eller lagrets ordning)</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/walk_route.py" line="110"/>
        <source>Maximum number of stops (0: no limit)</source>
        <translation>Högsta antal stopp (0: ingen gräns)</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/walk_route.py" line="113"/>
        <source>Street and path network</source>
        <translation>Gång- och vägnät</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/walk_route.py" line="115"/>
        <source>Walkable lines (expression; empty: all)</source>
        <translation>Gångbara linjer (uttryck; tomt: alla)</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/walk_route.py" line="118"/>
        <source>Start point (empty: the first stop)</source>
        <translation>Startpunkt (tomt: det första stoppet)</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/walk_route.py" line="120"/>
        <source>Back to the start</source>
        <translation>Tillbaka till starten</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/walk_route.py" line="122"/>
        <source>Time budget (minutes)</source>
        <translation>Tidsram (minuter)</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/walk_route.py" line="125"/>
        <source>Walking speed (km/h)</source>
        <translation>Gånghastighet (km/h)</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/walk_route.py" line="128"/>
        <source>Minutes at each stop</source>
        <translation>Minuter vid varje stopp</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/walk_route.py" line="131"/>
        <source>Street name field (empty: guessed)</source>
        <translation>Fält för gatunamn (tomt: gissas)</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/walk_route.py" line="134"/>
        <source>Close gaps between lines up to (m)</source>
        <translation>Överbrygga glapp mellan linjer på upp till (m)</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/walk_route.py" line="137"/>
        <source>Leave out stops farther from the network than (m)</source>
        <translation>Utelämna stopp som ligger längre från nätverket än (m)</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/walk_route.py" line="277"/>
        <source>Walk route</source>
        <translation>Vandringsrutt</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/walk_route.py" line="278"/>
        <source>Walk stops</source>
        <translation>Vandringsstopp</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/walk_route.py" line="144"/>
        <source>Total length (m)</source>
        <translation>Total längd (m)</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/walk_route.py" line="144"/>
        <source>Total duration (minutes)</source>
        <translation>Total tid (minuter)</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/walk_route.py" line="144"/>
        <source>Stops visited</source>
        <translation>Antal besökta stopp</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/walk_route.py" line="144"/>
        <source>Stops left out</source>
        <translation>Antal utelämnade stopp</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/walk_route.py" line="232"/>
        <source>{0} of {1} lines are walkable; street names from {2}.</source>
        <translation>{0} av {1} linjer är gångbara; gatunamn från {2}.</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/walk_route.py" line="244"/>
        <source>Priority: the order of the stop layer.</source>
        <translation>Prioritet: stopplagrets ordning.</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/walk_route.py" line="248"/>
        <source>Priority from the field &apos;{0}&apos; (lower values first).</source>
        <translation>Prioritet från fältet '{0}' (lägre värden först).</translation>
    </message>
</context>
<context>
    <name>WalkStep</name>
    <message>
        <location filename="../est_plugin/gui/steps/walk.py" line="28"/>
        <source>all</source>
        <translation>alla</translation>
    </message>
    <message>
        <location filename="../est_plugin/gui/steps/walk.py" line="30"/>
        <source>Back to the start</source>
        <translation>Tillbaka till starten</translation>
    </message>
    <message>
        <location filename="../est_plugin/gui/steps/walk.py" line="91"/>
        <source>the first stop</source>
        <translation>det första stoppet</translation>
    </message>
    <message>
        <location filename="../est_plugin/gui/steps/walk.py" line="32"/>
        <source>Pick on map</source>
        <translation>Välj i kartan</translation>
    </message>
    <message>
        <location filename="../est_plugin/gui/steps/walk.py" line="36"/>
        <source>Clear</source>
        <translation>Rensa</translation>
    </message>
    <message>
        <location filename="../est_plugin/gui/steps/walk.py" line="46"/>
        <source>Plan the walk</source>
        <translation>Planera vandringen</translation>
    </message>
    <message>
        <location filename="../est_plugin/gui/steps/walk.py" line="50"/>
        <source>Where</source>
        <translation>Var</translation>
    </message>
    <message>
        <location filename="../est_plugin/gui/steps/walk.py" line="50"/>
        <source>Stops (hotspots)</source>
        <translation>Stopp (hotspots)</translation>
    </message>
    <message>
        <location filename="../est_plugin/gui/steps/walk.py" line="50"/>
        <source>Streets and paths</source>
        <translation>Gång- och vägnät</translation>
    </message>
    <message>
        <location filename="../est_plugin/gui/steps/walk.py" line="50"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../est_plugin/gui/steps/walk.py" line="53"/>
        <source>How long</source>
        <translation>Hur lång</translation>
    </message>
    <message>
        <location filename="../est_plugin/gui/steps/walk.py" line="53"/>
        <source>At most</source>
        <translation>Högst</translation>
    </message>
    <message>
        <location filename="../est_plugin/gui/steps/walk.py" line="53"/>
        <source>Time budget</source>
        <translation>Tidsram</translation>
    </message>
    <message>
        <location filename="../est_plugin/gui/steps/walk.py" line="59"/>
        <source> stops</source>
        <translation> stopp</translation>
    </message>
    <message>
        <location filename="../est_plugin/gui/steps/walk.py" line="121"/>
        <source>Choose the stops and the street network first.</source>
        <translation>Välj stoppen och gång- och vägnätet först.</translation>
    </message>
    <message>
        <location filename="../est_plugin/gui/steps/walk.py" line="129"/>
        <source>{0} m, {1} minutes, {2} stops.</source>
        <translation>{0} m, {1} minuter, {2} stopp.</translation>
    </message>
</context>
<context>
    <name>WeeklyReportAlgorithm</name>
    <message>
        <location filename="../est_plugin/processing/algorithms/weekly_report.py" line="84"/>
        <source>Weekly report (lägesbild)</source>
        <translation>Veckorapport (lägesbild)</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/weekly_report.py" line="126"/>
        <source>Incidents</source>
        <translation>Händelser</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/weekly_report.py" line="128"/>
        <source>ISO week (e.g. 2026-W46; empty: the last complete week)</source>
        <translation>ISO-vecka (t.ex. 2026-W46; tomt: den senaste hela veckan)</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/weekly_report.py" line="130"/>
        <source>Compare with this many weeks before</source>
        <translation>Jämför med så här många veckor före</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/weekly_report.py" line="133"/>
        <source>Areas (EST areas, districts)</source>
        <translation>Områden (EST-områden, stadsdelar)</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/weekly_report.py" line="136"/>
        <source>Area name field</source>
        <translation>Fält för områdesnamn</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/weekly_report.py" line="139"/>
        <source>Hotspots</source>
        <translation>Hotspots</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/weekly_report.py" line="141"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/weekly_report.py" line="142"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/weekly_report.py" line="144"/>
        <source>Language of the report</source>
        <translation>Rapportens språk</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/weekly_report.py" line="147"/>
        <source>Weekly report (PDF)</source>
        <translation>Veckorapport (PDF)</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/weekly_report.py" line="147"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/weekly_report.py" line="149"/>
        <source>Weekly report as a web page (HTML)</source>
        <translation>Veckorapport som webbsida (HTML)</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/weekly_report.py" line="149"/>
        <source>HTML (*.html)</source>
        <translation>HTML (*.html)</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/weekly_report.py" line="152"/>
        <source>Events in the week</source>
        <translation>Antal händelser under veckan</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/weekly_report.py" line="152"/>
        <source>Mean events per compared week</source>
        <translation>Medelantal händelser per jämförd vecka</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/weekly_report.py" line="152"/>
        <source>Pages of the PDF</source>
        <translation>Antal sidor i PDF-filen</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/weekly_report.py" line="156"/>
        <source>The week reported</source>
        <translation>Rapporterad vecka</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/weekly_report.py" line="159"/>
        <source>Place name field (empty: guessed)</source>
        <translation>Fält för platsnamn (tomt: gissas)</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/weekly_report.py" line="162"/>
        <source>Event time field</source>
        <translation>Fält för händelsetid</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/weekly_report.py" line="164"/>
        <source>Category field</source>
        <translation>Fält för kategori</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/weekly_report.py" line="166"/>
        <source>Cell size of the hotspot change (m)</source>
        <translation>Rutstorlek för förändring av hotspots (m)</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/weekly_report.py" line="169"/>
        <source>Density radius (m, 0 = automatic)</source>
        <translation>Radie för tätheten (m, 0 = automatisk)</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/weekly_report.py" line="172"/>
        <source>Base map layers (drawn underneath)</source>
        <translation>Bakgrundskartor (ritas underst)</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/weekly_report.py" line="210"/>
        <source>The PDF &apos;{0}&apos; could not be written: {1}</source>
        <translation>PDF-filen '{0}' kunde inte skrivas: {1}</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/weekly_report.py" line="248"/>
        <source>Place names are read from the field &apos;{0}&apos;.</source>
        <translation>Platsnamnen läses från fältet '{0}'.</translation>
    </message>
    <message>
        <location filename="../est_plugin/processing/algorithms/weekly_report.py" line="87"/>
        <source>The weekly situational picture of EST in one step: a PDF made with a QGIS print layout (and, with OUTPUT_HTML, the same report as a web page to print). Page 1: the week's total against the compared weeks, a map of the week's event density with the week's events, the hotspot change cells, the HOTSPOTS and the AREAS. Then: events per category and per area this week against the mean of the COMPARE_WEEKS weeks before (areas sorted by the largest change), hotspot change, the places with most events, weekday x hour tables of the week and of the compared weeks, and a 12-week trend per top category.

WEEK is an ISO week such as 2026-W46. Empty: the last complete week before today; if the data end earlier the report says so (choose a week then). A week with no events, a week before the data start and areas that do not overlap the events give a report that says so. Compared weeks that lie wholly outside the data are left out of the mean, and the report says how many.

Reading a change: this week minus the mean of the compared weeks. When both this week and the mean are below 5 events the report says 'too few to read a change into'. Otherwise an exact test of two Poisson counts (this week against all compared weeks together; binomial with p = 1/(weeks+1) when nothing changed) says 'clear increase' or 'clear decrease' when p &lt; 0.05, else 'within usual variation'.

Hotspot change, per square cell of CELL_SIZE metres: a cell is hot in a week with 3 or more events. New: hot this week, in none of the compared weeks. Growing: hot this week and in a compared week, with this week's count clearly above the cell's mean (Poisson, p &lt; 0.05). Persistent: hot this week and in at least one compared week, not growing. Fading: hot in at least half of the compared weeks, not this week.

Trend per cell (emerging hotspots): the same cells' events per week over the 12 weeks of the trend chart (weeks before the data start are left out; at least 8 weeks are needed) are tested with the Mann–Kendall test (normal approximation with tie correction). Intensifying: an upward trend with p &lt; 0.05 and at least 6 events in those weeks; diminishing: the same downward.

INCIDENTS is the output of Import incidents (event_time, time_known, category). Places are read from PLACE_FIELD (guessed from names such as place, plats, address, adress, HUNDRED_BLOCK, street). Only counts, categories, times and place names are printed: free-text descriptions never are. Event times are read as local times.</source>
        <translation>EST:s lägesbild för veckan i ett steg: en PDF som skapas med en utskriftslayout i QGIS (och, med OUTPUT_HTML, samma rapport som en webbsida att skriva ut). Sidan 1: veckans totala antal jämfört med de jämförda veckorna, en karta över veckans händelsetäthet med veckans händelser, rutorna med förändring av hotspots, HOTSPOTS och AREAS. Därefter: händelser per kategori och per område denna vecka jämfört med medelvärdet för de COMPARE_WEEKS veckorna före (områdena sorterade efter störst förändring), förändring av hotspots, platserna med flest händelser, tabeller över veckodag x timme för veckan och för de jämförda veckorna, samt en trend över 12 veckor för var och en av de vanligaste kategorierna.

WEEK är en ISO-vecka, t.ex. 2026-W46. Tomt: den senaste hela veckan före i dag; om underlaget slutar tidigare står det i rapporten (välj då en vecka). En vecka utan händelser, en vecka före underlagets början och områden som inte överlappar händelserna ger en rapport som säger just det. Jämförda veckor som helt ligger utanför underlaget räknas inte med i medelvärdet, och rapporten anger hur många de är.

Så tolkas en förändring: denna vecka minus medelvärdet för de jämförda veckorna. När både denna vecka och medelvärdet ligger under 5 händelser står det 'för få för att tolka en förändring' i rapporten. Annars ger ett exakt test av två Poissonantal (denna vecka mot alla jämförda veckor tillsammans; binomialfördelning med p = 1/(veckor+1) om inget har förändrats) 'tydlig ökning' eller 'tydlig minskning' när p &lt; 0,05, annars 'inom normal variation'.

Förändring av hotspots, per kvadratisk ruta med sidan CELL_SIZE meter: en ruta är het en vecka med 3 eller fler händelser. Ny: het denna vecka, men inte i någon av de jämförda veckorna. Växande: het denna vecka och i en jämförd vecka, med veckans antal tydligt över rutans medelvärde (Poisson, p &lt; 0,05). Bestående: het denna vecka och i minst en jämförd vecka, men inte växande. Avtagande: het i minst hälften av de jämförda veckorna, men inte denna vecka.

Trend per ruta (framväxande hotspots): samma rutors händelser per vecka under trenddiagrammets 12 veckor (veckor före underlagets början räknas inte med; minst 8 veckor behövs) testas med Mann–Kendalls test (normalapproximation med korrektion för lika värden). Tilltagande: en uppåtgående trend med p &lt; 0,05 och minst 6 händelser under dessa veckor; minskande: detsamma nedåt.

INCIDENTS är resultatet från Importera händelser (event_time, time_known, category). Platser läses från PLACE_FIELD (gissas utifrån namn som place, plats, address, adress, HUNDRED_BLOCK, street). Bara antal, kategorier, tider och platsnamn skrivs ut: fritextbeskrivningar skrivs aldrig ut. Händelsetiderna läses som lokal tid.</translation>
    </message>
</context>
</TS>
