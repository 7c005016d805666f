"""The 'est' provider and the parameter contract of its algorithms (DESIGN.md)."""
import pytest

IMPORT_PARAMETERS = ["INPUT", "X_FIELD", "Y_FIELD", "SOURCE_CRS", "DATETIME_FIELD", "DATE_FIELD",
                     "TIME_FIELD", "YEAR_FIELD", "MONTH_FIELD", "DAY_FIELD", "HOUR_FIELD",
                     "MINUTE_FIELD", "CATEGORY_FIELD", "TARGET_CRS", "OUTPUT", "REJECTED"]
IMPORT_OUTPUTS = ["OUTPUT", "REJECTED", "READ_COUNT", "IMPORTED_COUNT", "REJECTED_COUNT"]
FILTER_PARAMETERS = ["INPUT", "DATE_FROM", "DATE_TO", "ISO_WEEK", "WEEKS_BEFORE", "WEEKDAYS",
                     "HOURS", "CATEGORIES", "AFTER_DARK", "OUTPUT"]
ALGORITHM_IDS = sorted(["est:importincidents", "est:filterincidents", "est:kerneldensity",
                        "est:dbscanhotspots", "est:hotspotaccuracy", "est:tunehotspots",
                        "est:walkroute", "est:walkmap", "est:situationalfactors", "est:riskterrain",
                        "est:weeklyreport"])


@pytest.fixture
def registry():
    from qgis.core import QgsApplication

    return QgsApplication.processingRegistry()


@pytest.fixture
def provider(registry):
    found = registry.providerById("est")
    assert found is not None, "provider 'est' is not registered"
    return found


def test_provider_est_is_registered_with_exactly_its_algorithms(provider):
    ids = sorted(algorithm.id() for algorithm in provider.algorithms())
    assert ids == ALGORITHM_IDS
    assert provider.name() == "EST"
    assert provider.longName().strip()
    assert not provider.icon().isNull()


@pytest.mark.parametrize("algorithm_id", ALGORITHM_IDS)
def test_algorithm_has_display_name_group_help_and_icon(registry, algorithm_id):
    algorithm = registry.algorithmById(algorithm_id)
    assert algorithm is not None
    assert algorithm.displayName().strip()
    assert algorithm.displayName() != algorithm.name()
    assert algorithm.group().strip()
    assert algorithm.groupId().strip()
    assert len(algorithm.shortHelpString().strip()) > 50
    assert not algorithm.icon().isNull()
    assert algorithm.provider().id() == "est"


def _parameter_names(algorithm):
    return {definition.name() for definition in algorithm.parameterDefinitions()}


def test_import_parameters_and_outputs_follow_the_contract(registry):
    algorithm = registry.algorithmById("est:importincidents")
    missing = [name for name in IMPORT_PARAMETERS if name not in _parameter_names(algorithm)]
    assert missing == []
    outputs = {definition.name() for definition in algorithm.outputDefinitions()}
    assert [name for name in IMPORT_OUTPUTS if name not in outputs] == []


def test_import_field_parameters_take_their_fields_from_input(registry):
    algorithm = registry.algorithmById("est:importincidents")
    for name in IMPORT_PARAMETERS:
        if name.endswith("_FIELD"):
            definition = algorithm.parameterDefinition(name)
            assert definition.parentLayerParameterName() == "INPUT", name
            assert definition.flags() & definition.FlagOptional, name


def test_filter_parameters_follow_the_contract(registry):
    algorithm = registry.algorithmById("est:filterincidents")
    missing = [name for name in FILTER_PARAMETERS if name not in _parameter_names(algorithm)]
    assert missing == []
    weekdays = algorithm.parameterDefinition("WEEKDAYS")
    assert weekdays.allowMultiple()
    assert len(weekdays.options()) == 7
    assert "KEPT_COUNT" in {definition.name() for definition in algorithm.outputDefinitions()}


@pytest.mark.parametrize("algorithm_id", ALGORITHM_IDS)
def test_create_instance_returns_a_fresh_object_of_the_same_class(registry, algorithm_id):
    algorithm = registry.algorithmById(algorithm_id)
    instance = algorithm.createInstance()
    assert type(instance) is type(algorithm)
    assert instance is not algorithm
    assert instance.name() == algorithm.name()
    another = algorithm.createInstance()
    assert another is not instance
