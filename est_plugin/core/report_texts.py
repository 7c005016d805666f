"""Swedish and English texts of est:weeklyreport (merged into messages.CATALOGUE)."""
from typing import Dict

TEXTS: Dict[str, Dict[str, str]] = {
    # Headings and labels of the report.
    "wr_default_title": {"en": "Weekly situational picture", "sv": "Veckans lägesbild"},
    "wr_kicker": {"en": "Weekly situational picture (EST)", "sv": "Lägesbild för veckan (EST)"},
    "wr_week": {"en": "Week {week}, {year}", "sv": "Vecka {week} {year}"},
    "wr_week_dates": {"en": "{first} – {last}", "sv": "{first} – {last}"},
    "wr_compared": {"en": "compared with the mean of weeks {first}–{last} ({n} weeks)",
                    "sv": "jämfört med medelvärdet för vecka {first}–{last} ({n} veckor)"},
    "wr_compared_one": {"en": "compared with week {first}", "sv": "jämfört med vecka {first}"},
    "wr_summary_total": {"en": "{count} events this week", "sv": "{count} händelser denna vecka"},
    "wr_summary_mean": {"en": "mean of the compared weeks {mean}", "sv": "medel jämförda veckor {mean}"},
    "wr_made_with": {"en": "Made with the EST plugin for QGIS", "sv": "Skapad med EST-tillägget för QGIS"},
    "wr_page_of": {"en": "Page {page} of {pages}", "sv": "Sida {page} av {pages}"},
    "wr_print_hint": {"en": "Print this page from the browser (A4 portrait).",
                      "sv": "Skriv ut sidan från webbläsaren (A4 stående)."},
    "wr_h_categories": {"en": "What: events per category", "sv": "Vad: händelser per kategori"},
    "wr_h_areas": {"en": "Where: events per area", "sv": "Var: händelser per område"},
    "wr_h_when": {"en": "When: weekday and hour", "sv": "När: veckodag och timme"},
    "wr_h_when_week": {"en": "This week (events)", "sv": "Denna vecka (händelser)"},
    "wr_h_when_before": {"en": "Compared weeks (mean events per week)",
                         "sv": "Jämförda veckor (medelantal händelser per vecka)"},
    "wr_h_map": {"en": "Where: density this week and hotspot change",
                 "sv": "Var: täthet denna vecka och förändring av hotspots"},
    "wr_h_cells": {"en": "Hotspot change", "sv": "Förändring av hotspots"},
    "wr_h_places": {"en": "Places with most events this week", "sv": "Platser med flest händelser denna "
                                                                     "vecka"},
    "wr_h_trend": {"en": "Trend: the last {n} weeks", "sv": "Trend: de senaste {n} veckorna"},
    "wr_h_rules": {"en": "How to read the report", "sv": "Så läser du rapporten"},
    "wr_col_category": {"en": "Category", "sv": "Kategori"},
    "wr_col_area": {"en": "Area", "sv": "Område"},
    "wr_col_place": {"en": "Place", "sv": "Plats"},
    "wr_col_week": {"en": "This week", "sv": "Denna vecka"},
    "wr_col_mean": {"en": "Mean before", "sv": "Medel före"},
    "wr_col_change": {"en": "Change", "sv": "Förändring"},
    "wr_col_note": {"en": "Reading", "sv": "Bedömning"},
    "wr_col_class": {"en": "Change", "sv": "Förändring"},
    "wr_col_what": {"en": "Categories this week", "sv": "Kategorier denna vecka"},
    "wr_col_day": {"en": "Day", "sv": "Dag"},
    "wr_col_unknown": {"en": "time?", "sv": "tid?"},
    "wr_col_total": {"en": "Σ", "sv": "Σ"},
    "wr_col_no": {"en": "No.", "sv": "Nr"},
    "wr_cells_more": {"en": "… and {n} more cells, shown on the map without a number.",
                      "sv": "… och {n} rutor till, som visas på kartan utan nummer."},
    "wr_total": {"en": "All events", "sv": "Alla händelser"},
    "wr_outside_areas": {"en": "Outside the areas", "sv": "Utanför områdena"},
    "wr_weekdays": {"en": "Mon|Tue|Wed|Thu|Fri|Sat|Sun", "sv": "mån|tis|ons|tor|fre|lör|sön"},
    "wr_months": {"en": "January|February|March|April|May|June|July|August|September|October|November|"
                        "December",
                  "sv": "januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|"
                        "december"},
    # Readings of a change (the comparison rule).
    "wr_note_too_few": {"en": "too few to read a change into", "sv": "för få för att tolka en förändring"},
    "wr_note_usual": {"en": "within usual variation", "sv": "inom normal variation"},
    "wr_note_up": {"en": "clear increase", "sv": "tydlig ökning"},
    "wr_note_down": {"en": "clear decrease", "sv": "tydlig minskning"},
    "wr_note_no_comparison": {"en": "no weeks to compare with", "sv": "inga veckor att jämföra med"},
    # Hotspot change classes.
    "wr_class_new": {"en": "new", "sv": "ny"},
    "wr_class_growing": {"en": "growing", "sv": "växande"},
    "wr_class_persistent": {"en": "persistent", "sv": "bestående"},
    "wr_class_fading": {"en": "fading", "sv": "avtagande"},
    "wr_legend_density": {"en": "Density of events this week", "sv": "Täthet av händelser denna vecka"},
    "wr_legend_hotspots": {"en": "Hotspots (given)", "sv": "Hotspots (angivna)"},
    "wr_legend_areas": {"en": "Areas", "sv": "Områden"},
    "wr_legend_cells": {"en": "Hotspot change ({size} m cells)", "sv": "Förändring av hotspots (rutor om "
                                                                       "{size} m)"},
    "wr_legend_events": {"en": "Events this week", "sv": "Händelser denna vecka"},
    "wr_density_low": {"en": "low", "sv": "låg"},
    "wr_density_high": {"en": "high", "sv": "hög"},
    "wr_scale": {"en": "Scale", "sv": "Skala"},
    "wr_cells_summary": {"en": "{new} new, {growing} growing, {persistent} persistent, {fading} fading",
                         "sv": "{new} nya, {growing} växande, {persistent} bestående, {fading} avtagande"},
    # Trend per cell (Mann–Kendall over the weeks of the trend chart).
    "wr_h_cell_trends": {"en": "Trend per cell (emerging hotspots)",
                         "sv": "Trend per ruta (framväxande hotspots)"},
    "wr_h_intensifying": {"en": "Intensifying cells", "sv": "Tilltagande rutor"},
    "wr_trend_cells_summary": {"en": "Intensifying cells: {up}, diminishing cells: {down}, over weeks "
                                     "{first}–{last} ({used} weeks).",
                               "sv": "Tilltagande rutor: {up}, minskande rutor: {down}, under vecka "
                                     "{first}–{last} ({used} veckor)."},
    "wr_trend_cells_few": {"en": "Only {used} of the last {n} weeks lie within the data: a trend per cell "
                                 "needs at least {min} weeks.",
                           "sv": "Bara {used} av de senaste {n} veckorna ligger inom underlaget: en "
                                 "trend per ruta kräver minst {min} veckor."},
    "wr_trend_cells_more": {"en": "… and {n} more intensifying cells.",
                            "sv": "… och {n} tilltagande rutor till."},
    "wr_col_weeks_total": {"en": "{n} weeks", "sv": "{n} veckor"},
    "wr_col_tau": {"en": "τ", "sv": "τ"},
    "wr_col_p": {"en": "p", "sv": "p"},
    # Notes about the data and the edge cases.
    "wr_note_events_read": {"en": "{count} events read ({first} – {last}).",
                            "sv": "{count} händelser lästa ({first} – {last})."},
    "wr_note_no_data": {"en": "The incident layer holds no events with a date: there is nothing to report.",
                        "sv": "Händelselagret innehåller inga händelser med datum: det finns inget att "
                              "rapportera."},
    "wr_note_no_events_week": {"en": "There are no events in week {week}.",
                               "sv": "Det finns inga händelser under vecka {week}."},
    "wr_note_before_data": {"en": "Week {week} is before the data start ({first}): there is nothing to "
                                  "report "
                                  "for it. Choose a later week.",
                            "sv": "Vecka {week} ligger före underlagets början ({first}): det finns inget "
                                  "att "
                                  "rapportera för den. Välj en senare vecka."},
    "wr_note_after_data": {"en": "The data end on {last}, before week {week}: there is nothing to report "
                                 "for it. "
                                 "Import a newer export or choose an earlier week.",
                           "sv": "Underlaget slutar {last}, före vecka {week}: det finns inget att "
                                 "rapportera för "
                                 "den. Importera en nyare export eller välj en tidigare vecka."},
    "wr_note_week_partial": {"en": "The data end on {last}, inside week {week}: the week is incomplete and "
                                   "its "
                                   "counts are too low.",
                             "sv": "Underlaget slutar {last}, mitt i vecka {week}: veckan är ofullständig "
                                   "och "
                                   "antalen blir för låga."},
    "wr_note_default_week": {"en": "No week was chosen: this is the last complete week before today "
                                   "({today}).",
                             "sv": "Ingen vecka valdes: detta är den senaste hela veckan före i dag "
                                   "({today})."},
    "wr_note_compare_missing": {"en": "{missing} of the {n} compared weeks lie outside the data ({first} – "
                                      "{last}); the mean is over the other {used}.",
                                "sv": "{missing} av de {n} jämförda veckorna ligger utanför underlaget "
                                      "({first} – "
                                      "{last}); medelvärdet gäller de övriga {used}."},
    "wr_note_no_compare": {"en": "None of the compared weeks lies within the data: there is nothing to "
                                 "compare "
                                 "with.",
                           "sv": "Ingen av de jämförda veckorna ligger inom underlaget: det finns inget att "
                                 "jämföra med."},
    "wr_note_unknown_time": {"en": "{count} of the week's events have no time of day; they are in the column "
                                   "'time?'.",
                             "sv": "{count} av veckans händelser saknar klockslag; de står i kolumnen "
                                   "'tid?'."},
    "wr_note_no_areas": {"en": "No areas were given (AREAS).", "sv": "Inga områden angavs (AREAS)."},
    "wr_note_areas_apart": {"en": "None of the events of these weeks lies inside the areas: do the area "
                                  "layer "
                                  "and the events cover the same place?",
                            "sv": "Ingen av händelserna under dessa veckor ligger inom områdena: täcker "
                                  "områdeslagret och händelserna samma plats?"},
    "wr_note_no_places": {"en": "The events have no place names (no field such as place, address or street).",
                          "sv": "Händelserna saknar platsnamn (inget fält som plats, adress eller gata)."},
    "wr_note_no_cells": {"en": "No grid cell had {min} or more events in one week: no hotspot change to "
                               "show.",
                         "sv": "Ingen ruta hade {min} eller fler händelser under en vecka: ingen förändring "
                               "av "
                               "hotspots att visa."},
    # The rules, printed at the end.
    "wr_rule_compare": {"en": "Change is this week minus the mean of the compared weeks. A change is read "
                              "only "
                              "when this week or the mean has at least {small} events; below that the report "
                              "says 'too few to read a change into'. Otherwise an exact test of two Poisson "
                              "counts (this week against the compared weeks together) says 'clear increase' "
                              "or 'clear decrease' when p < 0.05, else 'within usual variation'.",
                        "sv": "Förändring är denna vecka minus medelvärdet för de jämförda veckorna. En "
                              "förändring bedöms bara när veckan eller medelvärdet har minst {small} "
                              "händelser; annars står det 'för få för att tolka en förändring'. Annars säger "
                              "ett exakt test av två Poisson-antal (veckan mot de jämförda veckorna "
                              "tillsammans) 'tydlig ökning' eller 'tydlig minskning' när p < 0,05, annars "
                              "'inom normal variation'."},
    "wr_rule_cells": {"en": "Hotspot change: the area is divided into {size} m cells. A cell is hot in a "
                            "week "
                            "with {min} or more events. New: hot this week, in none of the compared weeks. "
                            "Growing: hot this week and before, and this week is clearly above its mean "
                            "(Poisson, p < 0.05). Persistent: hot this week and in at least one compared "
                            "week. "
                            "Fading: hot in at least half of the compared weeks but not this week.",
                      "sv": "Förändring av hotspots: ytan delas i rutor om {size} m. En ruta är het en vecka "
                            "med {min} eller fler händelser. Ny: het denna vecka men ingen av de jämförda. "
                            "Växande: het denna vecka och tidigare, och veckan ligger tydligt över rutans "
                            "medelvärde (Poisson, p < 0,05). Bestående: het denna vecka och minst en jämförd "
                            "vecka. Avtagande: het minst hälften av de jämförda veckorna men inte denna "
                            "vecka."},
    "wr_rule_trend": {"en": "Trend per cell (emerging hotspots): for each {size} m cell the events per week "
                            "of the last {n} weeks that lie within the data (at least {weeks} of them are "
                            "needed) are tested with the Mann–Kendall test (Kendall's tau of the counts "
                            "against the week; normal approximation with tie correction). Intensifying: an "
                            "upward trend with p < 0.05 and at least {min} events in those weeks. "
                            "Diminishing: the same downward.",
                      "sv": "Trend per ruta (framväxande hotspots): för varje ruta om {size} m testas "
                            "händelserna per vecka under de senaste {n} veckorna som ligger inom underlaget "
                            "(minst {weeks} av dem behövs) med Mann–Kendalls test (Kendalls tau för antalen "
                            "mot veckan; normalapproximation med korrektion för lika värden). Tilltagande: "
                            "en uppåtgående trend med p < 0,05 och minst {min} händelser under veckorna. "
                            "Minskande: detsamma nedåt."},
    "wr_rule_text": {"en": "Only counts, categories, times and place names are printed; free-text "
                           "descriptions of the events never are.",
                     "sv": "Bara antal, kategorier, tider och platsnamn skrivs ut; händelsernas fritext "
                           "skrivs aldrig ut."},
    "wr_none": {"en": "none", "sv": "inga"},
    "wr_trend_note": {"en": "Bars: events per week; the last bar is this week. A gap: the week lies "
                            "outside the data.",
                      "sv": "Staplar: händelser per vecka; sista stapeln är denna vecka. Lucka: veckan "
                            "ligger utanför underlaget."},
    # Errors and log lines.
    "wr_bad_compare": {"en": "COMPARE_WEEKS must be between 1 and 52, not {value}.",
                       "sv": "COMPARE_WEEKS måste vara mellan 1 och 52, inte {value}."},
    "wr_written": {"en": "Weekly report for week {week} with {count} events written to {path}.",
                   "sv": "Veckorapporten för vecka {week} med {count} händelser skrevs till {path}."},
}
