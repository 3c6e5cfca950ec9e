"""Build ``resources/models/neaspec_pipeline.model3``: the workshop pipeline as a Processing model.

    overlap      (habitat × protected areas × countries)
    resistance → corridors (land cover + roads → least-cost corridors between core areas)

The model's inputs are clones of the child algorithms' own parameter definitions (renamed), so enum options,
defaults and layer types always match the algorithms of this build. Run from the repository root::

    NEASPEC_PLANNER_DEPS=$PWD/.deps QT_QPA_PLATFORM=offscreen \\
    PYTHONPATH=$PWD:/usr/share/qgis/python/plugins python3 resources/models/build_model.py

Open the result in Processing ▸ Graphical Modeler, or add it with Processing ▸ Models ▸ Add Model to Toolbox.
"""
from __future__ import annotations

import sys
from pathlib import Path

MODEL = Path(__file__).with_name("neaspec_pipeline.model3")
#: model input → (child id, child parameter); fields name their parent as a model input in PARENTS
INPUTS = (
    ("habitat", "overlap", "HABITAT", "Habitat polygons"),
    ("habitat_field", "overlap", "HABITAT_FIELD", "Habitat field"),
    ("protected", "overlap", "PROTECTED", "Protected areas"),
    ("countries", "overlap", "COUNTRIES", "Countries"),
    ("landcover", "resistance", "LANDCOVER", "Land cover raster (projected, metres)"),
    ("profile", "resistance", "PROFILE", "Species profile"),
    ("barriers", "resistance", "BARRIERS", "Roads and barriers"),
    ("cores", "corridors", "CORES", "Core areas"),
    ("core_id", "corridors", "CORE_ID", "Core id field"),
    ("max_distance", "corridors", "MAX_DISTANCE", "Maximum edge-to-edge distance between cores (m)"),
)
PARENTS = {"habitat_field": "habitat", "core_id": "cores"}
#: other children's inputs fed from a model input
SHARED = (("corridors", "COUNTRIES", "countries"), ("corridors", "PROTECTED", "protected"))
OUTPUTS = (
    ("overlap", "OUTPUT", "Protected habitat"),
    ("overlap", "GAPS", "Habitat gaps"),
    ("overlap", "SUMMARY", "Overlap summary"),
    ("resistance", "OUTPUT", "Resistance"),
    ("corridors", "LINKS", "Corridor links"),
    ("corridors", "CORRIDORS", "Corridors"),
    ("corridors", "GAPS", "Corridor gaps"),
)
CHILDREN = (("overlap", "neaspec:overlap", 380, 120), ("resistance", "neaspec:resistance", 380, 320),
            ("corridors", "neaspec:corridors", 680, 420))


def build(target: Path = MODEL) -> Path:
    from qgis.core import (
        QgsApplication,
        QgsProcessingModelAlgorithm,
        QgsProcessingModelChildAlgorithm,
        QgsProcessingModelChildParameterSource,
        QgsProcessingModelOutput,
        QgsProcessingModelParameter,
        QgsProcessingParameterDefinition,
    )
    from qgis.PyQt.QtCore import QPointF

    registry = QgsApplication.processingRegistry()
    missing = [alg_id for _, alg_id, _, _ in CHILDREN if registry.algorithmById(alg_id) is None]
    if missing:
        raise SystemExit(f"cannot build the model: {', '.join(missing)} not available in this build")
    model = QgsProcessingModelAlgorithm("NEASPEC workshop pipeline", "NEASPEC Planner", "neaspec_pipeline")
    model.setHelpContent({
        "ALG_DESC": "The NEASPEC Planner workshop pipeline: habitat overlap with protected areas per country, "
                    "then a species resistance surface from land cover and roads and the least-cost corridors "
                    "between core areas with their unprotected gaps. Areas in hectares, distances in metres.",
        "ALG_CREATOR": "NEASPEC Planner"})
    children = {}
    for child_id, alg_id, x, y in CHILDREN:
        child = QgsProcessingModelChildAlgorithm(alg_id)
        child.setChildId(child_id)
        child.setDescription(registry.algorithmById(alg_id).displayName())
        child.setPosition(QPointF(x, y))
        children[child_id] = child

    y = 60
    for name, child_id, key, description in INPUTS:
        definition = registry.algorithmById(children[child_id].algorithmId()).parameterDefinition(key)
        if definition is None:
            raise SystemExit(f"{children[child_id].algorithmId()} has no parameter {key}")
        clone = definition.clone()
        clone.setName(name)
        clone.setDescription(description)
        clone.setFlags(clone.flags() & ~QgsProcessingParameterDefinition.FlagAdvanced)
        if name in PARENTS and hasattr(clone, "setParentLayerParameterName"):
            clone.setParentLayerParameterName(PARENTS[name])
        component = QgsProcessingModelParameter(name)
        component.setPosition(QPointF(100, y))
        y += 60
        model.addModelParameter(clone, component)
        children[child_id].addParameterSources(key, [QgsProcessingModelChildParameterSource.fromModelParameter(name)])
    for child_id, key, name in SHARED:
        children[child_id].addParameterSources(key, [QgsProcessingModelChildParameterSource.fromModelParameter(name)])
    children["corridors"].addParameterSources(
        "RESISTANCE", [QgsProcessingModelChildParameterSource.fromChildOutput("resistance", "OUTPUT")])

    # every other input of a child takes the algorithm's own default (so the model validates and stays editable)
    for child in children.values():
        for definition in registry.algorithmById(child.algorithmId()).parameterDefinitions():
            name = definition.name()
            if definition.isDestination() or name in child.parameterSources():
                continue
            if definition.defaultValue() is None:
                continue
            child.addParameterSources(name, [QgsProcessingModelChildParameterSource.fromStaticValue(
                definition.defaultValue())])

    outputs: dict[str, dict] = {}
    for child_id, key, description in OUTPUTS:
        output = QgsProcessingModelOutput(description)
        output.setChildId(child_id)
        output.setChildOutputName(key)
        output.setDescription(description)
        outputs.setdefault(child_id, {})[description] = output
    for child_id, child in children.items():
        child.setModelOutputs(outputs.get(child_id, {}))
        model.addChildAlgorithm(child)
    ok, issues = model.validate()
    if not ok:
        raise SystemExit("the model does not validate:\n" + "\n".join(issues))
    if not model.toFile(str(target)):
        raise SystemExit(f"cannot write {target}")
    return target


def main() -> int:
    import os

    root = Path(__file__).resolve().parents[2]
    sys.path.insert(0, str(root))
    from neaspec_planner.deps import ensure_on_path

    ensure_on_path()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from neaspec_planner.pipeline import ensure_qgis

    ensure_qgis()
    print(f"written {build()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
