"""Swedish and English texts of est:situationalfactors (merged into messages.CATALOGUE)."""
from typing import Dict

TEXTS: Dict[str, Dict[str, str]] = {
    # Suggested measures (the rules are in core/measures.py and the algorithm's help).
    "measure_lighting": {
        "en": "Review the lighting: {unlit} % of the place is outside the lamps' light and {dark} % of "
              "its incidents happened in the dark there",
        "sv": "Se över belysningen: {unlit} % av platsen ligger utanför lampornas ljus och {dark} % av "
              "händelserna där skedde i mörker",
    },
    "measure_lighting_check": {
        "en": "Check the lighting on the walk: {unlit} % of the place is outside the lamps' light",
        "sv": "Kontrollera belysningen vid vandringen: {unlit} % av platsen ligger utanför lampornas ljus",
    },
    "measure_lighting_gap": {
        "en": "Close the lighting gap: {gap} m of path in a row without light",
        "sv": "Åtgärda belysningsluckan: {gap} m gångväg i följd utan ljus",
    },
    "measure_sightlines": {
        "en": "Clear sightlines: vegetation covers {share} % of the place (keep shrubs low, raise tree "
              "crowns)",
        "sv": "Öppna upp siktlinjerna: vegetation täcker {share} % av platsen (låga buskar, uppstammade "
              "träd)",
    },
    "measure_place_managers": {
        "en": "Involve those responsible for the nearby {factor} ({count} within {distance} m)",
        "sv": "Involvera de ansvariga för närliggande {factor} ({count} inom {distance} m)",
    },
    # Log lines and problems with factor layers.
    "factor_layer_empty": {
        "en": "The layer '{layer}' ({role}) has no features: its measures are 0 or empty.",
        "sv": "Lagret '{layer}' ({role}) saknar objekt: dess mått blir 0 eller tomma.",
    },
    "factor_no_overlap": {
        "en": "The layer '{layer}' ({role}) does not reach any hotspot: its measures are 0 or empty. "
              "Is it the right layer and area?",
        "sv": "Lagret '{layer}' ({role}) når inte fram till någon hotspot: dess mått blir 0 eller "
              "tomma. Är det rätt lager och område?",
    },
    "factor_dropped": {
        "en": "The layer '{layer}' ({role}): {without} feature(s) without geometry and {other} of "
              "another geometry type were left out; {repaired} invalid geometries were repaired.",
        "sv": "Lagret '{layer}' ({role}): {without} objekt utan geometri och {other} av en annan "
              "geometrityp lämnades utanför; {repaired} ogiltiga geometrier reparerades.",
    },
    "factor_wrong_type": {
        "en": "The layer '{layer}' cannot be used as {role}: it holds {kind} features, {expected} are "
              "needed.",
        "sv": "Lagret '{layer}' kan inte användas som {role}: det har {kind}-objekt, det behövs {expected}.",
    },
    "factor_read": {
        "en": "{role}: {count} feature(s) of '{layer}' near the hotspots and incidents.",
        "sv": "{role}: {count} objekt i '{layer}' nära hotspots och händelser.",
    },
    "factor_no_hotspots": {
        "en": "The hotspot layer '{layer}' has no polygons.",
        "sv": "Hotspotlagret '{layer}' har inga polygoner.",
    },
    "factor_summary": {
        "en": "{hotspots} hotspot(s): measures suggested for {suggested}; lit share {lit}, vegetation "
              "share {green} (medians).",
        "sv": "{hotspots} hotspot(s): åtgärder föreslås för {suggested}; belyst andel {lit}, "
              "vegetationsandel {green} (medianer).",
    },
    "factor_bad_distance": {
        "en": "Could not read '{value}' as 'layer name=metres' (e.g. bus stops=30; bars=100).",
        "sv": "Kunde inte läsa '{value}' som 'lagernamn=meter' (t.ex. busshållplatser=30; barer=100).",
    },
    "factor_outside_coverage": {
        "en": "{count} hotspot(s) lie outside the area where the lighting data are complete: their "
              "lighting measures are left empty (unknown), not 0.",
        "sv": "{count} hotspot(s) ligger utanför området där belysningsdata är kompletta: deras "
              "belysningsmått lämnas tomma (okända), inte 0.",
    },
    "role_lights": {"en": "street lights", "sv": "gatubelysning"},
    "role_lit_lines": {"en": "lit lines", "sv": "belysta linjer"},
    "role_vegetation": {"en": "vegetation", "sv": "vegetation"},
    "role_trees": {"en": "trees", "sv": "träd"},
    "role_paths": {"en": "paths", "sv": "gångvägar"},
    "role_other": {"en": "other factor", "sv": "annan faktor"},
    "kind_point": {"en": "point", "sv": "punkt"},
    "kind_line": {"en": "line", "sv": "linje"},
    "kind_polygon": {"en": "polygon", "sv": "polygon"},
    "kind_none": {"en": "geometry-less", "sv": "geometrilösa"},
}
