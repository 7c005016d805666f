"""Swedish and English texts of est:riskterrain (merged into messages.CATALOGUE)."""
from typing import Dict

TEXTS: Dict[str, Dict[str, str]] = {
    "rtm_too_few_cells": {
        "en": "The study area holds only {cells} grid cells; the risk terrain model needs at least "
              "{minimum}. Use a smaller cell size or a larger study area.",
        "sv": "Studieområdet rymmer bara {cells} rutor; riskterrängmodellen behöver minst {minimum}. "
              "Välj en mindre rutstorlek eller ett större studieområde."},
    "rtm_too_few_incidents": {
        "en": "Only {incidents} incidents fall inside the study area; the risk terrain model needs at "
              "least {minimum}. Use a longer period or a larger study area.",
        "sv": "Bara {incidents} händelser ligger inom studieområdet; riskterrängmodellen behöver minst "
              "{minimum}. Välj en längre period eller ett större studieområde."},
    "rtm_bad_distances": {
        "en": "The distances '{distances}' cannot be used: give one or more distances in metres above 0, "
              "separated by commas, e.g. 50,100,200.",
        "sv": "Avstånden '{distances}' går inte att använda: ange ett eller flera avstånd i meter över 0, "
              "åtskilda med kommatecken, t.ex. 50,100,200."},
    "rtm_bad_cell_size": {
        "en": "The cell size {pixel} m cannot be used; give a size above 0 metres, e.g. 50.",
        "sv": "Rutstorleken {pixel} m går inte att använda; ange en storlek över 0 meter, t.ex. 50."},
    "rtm_reason_empty": {
        "en": "the layer has no features with a geometry",
        "sv": "lagret har inga objekt med geometri"},
    "rtm_reason_no_overlap": {
        "en": "no feature lies within {distance} m of the study area's cells (or all cells are equally "
              "near), so the factor cannot explain anything there",
        "sv": "inget objekt ligger inom {distance} m från studieområdets rutor (eller alla rutor ligger "
              "lika nära), så faktorn kan inte förklara något där"},
    "rtm_reason_not_selected": {
        "en": "did not improve the cross-validated fit",
        "sv": "förbättrade inte den korsvaliderade anpassningen"},
    "rtm_reason_not_significant": {
        "en": "chosen by cross-validation but not significant in the final model (p = {p}), so left "
              "out of the composite risk",
        "sv": "vald av korsvalideringen men inte signifikant i den slutliga modellen (p = {p}), så den "
              "ingår inte i den sammanvägda risken"},
    "rtm_note_proximity": {
        "en": "cells within {distance} m of a feature",
        "sv": "rutor inom {distance} m från ett objekt"},
    "rtm_note_density": {
        "en": "kernel density at {distance} m bandwidth, per standard deviation",
        "sv": "kärntäthet med bandbredd {distance} m, per standardavvikelse"},
}
