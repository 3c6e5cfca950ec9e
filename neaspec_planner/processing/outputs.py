"""What every ``neaspec:`` algorithm does with its outputs: write them as one set (``OutputSet``), and style them
from ``resources/styles`` (``style_file`` / ``apply_style``, the one resolver of bundled ``.qml`` styles, also
used by the dock) when Processing loads them into the project (``OutputStyle``)."""
from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path
from typing import Any, Callable, Optional, TypeVar

from qgis.core import (
    QgsColorRampShader,
    QgsProcessingContext,
    QgsProcessingLayerPostProcessorInterface,
    QgsSingleBandPseudoColorRenderer,
)

from neaspec_planner.paths import resource_path

T = TypeVar("T")


# --- styles -------------------------------------------------------------------------------------------------
def style_file(*names: str) -> Optional[Path]:
    """The first of ``names`` that is a style file: an absolute path, or ``resources/styles/<name>`` (``.qml``
    added when missing); ``None`` when none exists."""
    for name in names:
        if not name:
            continue
        path = Path(name)
        if not path.is_absolute():
            path = resource_path("styles", name if name.lower().endswith(".qml") else f"{name}.qml")
        if path.is_file():
            return path
    return None


def apply_style(layer, *names: str) -> bool:
    """Load the first style of ``names`` that exists (``style_file``) into ``layer``; False when none does."""
    path = style_file(*names)
    if path is None:
        return False
    layer.loadNamedStyle(str(path))
    layer.triggerRepaint()
    return True


def stretch_ramp(layer, maximum: float, label_format: str = "{:,.0f}") -> None:
    """Rescale a single-band pseudocolour style so its last colour stop sits at ``maximum`` (labels written
    with ``label_format``)."""
    renderer = layer.renderer()
    if not isinstance(renderer, QgsSingleBandPseudoColorRenderer) or renderer.shader() is None:
        return
    function = renderer.shader().rasterShaderFunction()
    items = function.colorRampItemList()
    if not items or items[-1].value <= 0:
        return
    scale = maximum / items[-1].value
    function.setColorRampItemList([QgsColorRampShader.ColorRampItem(i.value * scale, i.color,
                                                                    label_format.format(i.value * scale))
                                   for i in items])
    function.setMinimumValue(0.0)
    function.setMaximumValue(maximum)
    renderer.setClassificationMin(0.0)
    renderer.setClassificationMax(maximum)


class OutputStyle(QgsProcessingLayerPostProcessorInterface):
    """Applies a ``resources/styles/<name>`` style when Processing loads an output into the project; for a
    pseudocolour ramp the colour stops can be stretched from 0 to ``stretch_to``. Subclasses override ``style``
    for more than one file (the monitoring grid's two named styles)."""

    #: QGIS takes the post-processor but not the Python object behind it: each one is referenced here from
    #: ``attach`` until it has run, or until another one replaces it on the same output
    keep: list[OutputStyle] = []
    label_format = "{:,.0f}"  # the stretched ramp's labels

    def __init__(self, qml: str = "", stretch_to: Optional[float] = None) -> None:
        super().__init__()
        self.qml = qml
        self.stretch_to = stretch_to

    def postProcessLayer(self, layer, context, feedback):  # noqa: N802, ARG002
        try:
            if layer is not None and layer.isValid():
                self.style(layer)
        finally:  # QGIS runs a post-processor once per loaded layer: no need to keep it any longer
            self.release()

    def style(self, layer) -> None:
        apply_style(layer, self.qml)
        if self.stretch_to:
            stretch_ramp(layer, self.stretch_to, self.label_format)
            layer.triggerRepaint()

    def release(self) -> None:
        if self in OutputStyle.keep:
            OutputStyle.keep.remove(self)

    @classmethod
    def attach(cls, context: QgsProcessingContext, path: Optional[str], *args: Any) -> None:
        """Style ``path`` with ``cls(*args)`` (``qml`` and ``stretch_to`` for this class) if the run will load
        it into the project (GUI runs)."""
        if not path or not context.willLoadLayerOnCompletion(path):
            return
        details = context.layerToLoadOnCompletionDetails(path)
        previous = details.postProcessor()
        for kept in [k for k in OutputStyle.keep if k is previous]:
            kept.release()
        processor = cls(*args)
        OutputStyle.keep.append(processor)
        details.setPostProcessor(processor)


# --- the output set -----------------------------------------------------------------------------------------
class OutputSet:
    """The outputs of one run, written as a set: each file is written under a temporary folder beside its target
    (``stage``) and all are renamed into place by ``commit`` once every one is complete; ``rollback`` (an error
    or a cancel) removes the temporary files, so the targets are left as they were. ``NeaspecAlgorithm.
    output_set`` opens one around the writing of an algorithm's outputs."""

    def __init__(self) -> None:
        self._staged: list[tuple[Path, Path]] = []  # (temporary file, target)
        self._folders: list[Path] = []  # created by ``folder`` (deepest first): removed on rollback when empty
        self._writers: list[Any] = []  # streaming writers to abort on rollback (``adopt``)

    def stage(self, target: str | os.PathLike) -> str:
        """The temporary path to write ``target`` to (same file name, in a hidden folder beside it)."""
        target = Path(target)
        target.parent.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=".neaspec-", dir=target.parent))
        staged = staging / target.name
        self._staged.append((staged, target))
        return str(staged)

    def write(self, writer: Callable[..., Any], target: str | os.PathLike, *args: Any, **kwargs: Any) -> str:
        """``writer(staged_path, *args, **kwargs)`` for ``target``; returns the target path."""
        writer(self.stage(target), *args, **kwargs)
        return str(target)

    def adopt(self, writer: T) -> T:
        """A streaming writer (``GpkgStreamWriter`` on a ``stage`` path) aborted on rollback if still open."""
        self._writers.append(writer)
        return writer

    def folder(self, path: str | os.PathLike) -> Path:
        """Create the output folder ``path`` if needed (removed again on rollback if it is left empty)."""
        path = Path(path)
        missing: list[Path] = []
        probe = path
        while not probe.exists():
            missing.append(probe)
            probe = probe.parent
        path.mkdir(parents=True, exist_ok=True)
        self._folders += missing
        return path

    @property
    def targets(self) -> list[str]:
        return [str(target) for _, target in self._staged]

    def commit(self) -> list[str]:
        """Rename every staged file into place (a shapefile's .shx, .dbf, .prj … with it); returns the targets."""
        moved: list[Path] = []
        try:
            for staged, target in self._staged:
                if not staged.exists():
                    continue  # staged but not written (an optional output left empty)
                for produced in sorted(p for p in staged.parent.iterdir() if p.is_file()):
                    final = target.parent / produced.name
                    os.replace(produced, final)
                    moved.append(final)
        except BaseException:
            for path in moved:  # a rename failed half-way: no partial set either
                if path.exists():
                    path.unlink()
            self.rollback()
            raise
        self._remove_staging()
        self._writers = []
        return self.targets

    def rollback(self) -> None:
        """Drop everything written so far; the targets are untouched."""
        for writer in self._writers:
            abort = getattr(writer, "abort", None)
            if abort is not None:
                abort()
        self._writers = []
        self._remove_staging()
        for folder in self._folders:  # deepest first
            if folder.is_dir() and not any(folder.iterdir()):
                folder.rmdir()
        self._folders = []

    def _remove_staging(self) -> None:
        for staged, _ in self._staged:
            shutil.rmtree(staged.parent, ignore_errors=True)

