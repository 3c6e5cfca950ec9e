"""Background runs of ``neaspec:`` algorithms for the dock: a chain of ``QgsProcessingAlgRunnerTask`` with the
context and feedback kept alive until the task is done, overall progress, cancel, and one ``finished`` signal."""
from __future__ import annotations

from typing import Any, Callable, Optional

from qgis.core import (
    QgsApplication,
    QgsProcessingAlgRunnerTask,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProject,
)
from qgis.PyQt.QtCore import QCoreApplication, QObject, pyqtSignal

#: (algorithm id, function of the earlier steps' results → parameters)
ChainStep = tuple[str, Callable[[list[dict]], dict[str, Any]]]


class RecordingFeedback(QgsProcessingFeedback):
    """Keeps the error messages an algorithm reports (the task turns exceptions into ``reportError``)."""

    def __init__(self) -> None:
        super().__init__()
        self.errors: list[str] = []

    def reportError(self, error: str, fatalError: bool = False) -> None:  # noqa: N802,N803
        self.errors.append(error)
        super().reportError(error, fatalError)


def algorithm_available(alg_id: str) -> bool:
    return QgsApplication.processingRegistry().algorithmById(alg_id) is not None


class AlgorithmChain(QObject):
    """Runs ``steps`` one after the other in the task manager.

    Signals: ``progress(percent)``, ``status(text)``, ``finished(ok, results per step, message)``; ``message``
    is empty on success, "cancelled" when the user cancelled, else the error text.
    """

    progress = pyqtSignal(float)
    status = pyqtSignal(str)
    finished = pyqtSignal(bool, list, str)

    CANCELLED = "cancelled"

    def __init__(self, name: str, steps: list[ChainStep], parent: Optional[QObject] = None) -> None:
        super().__init__(parent)
        self.name = name
        self.steps = steps
        self.results: list[dict] = []
        self.log: list[str] = []
        self.task: Optional[QgsProcessingAlgRunnerTask] = None
        self.context: Optional[QgsProcessingContext] = None
        self.feedback: Optional[RecordingFeedback] = None
        self.algorithm = None
        self.cancelled = False
        self.running = False

    # ------------------------------------------------------------------------------------------------
    def start(self) -> None:
        self.running = True
        self._next()

    def cancel(self) -> None:
        self.cancelled = True
        if self.feedback is not None:
            self.feedback.cancel()
        if self.task is not None:
            try:
                self.task.cancel()
            except RuntimeError:  # the C++ task is already gone
                pass

    def wait(self, msecs: int = 10000) -> None:
        """Block until the running task has stopped (used when the plugin unloads)."""
        if self.task is not None:
            try:
                self.task.waitForFinished(msecs)
            except RuntimeError:
                pass

    # ------------------------------------------------------------------------------------------------
    def _next(self) -> None:
        index = len(self.results)
        if self.cancelled:
            self._finish(False, self.CANCELLED)
            return
        if index == len(self.steps):
            self._finish(True, "")
            return
        alg_id, make_params = self.steps[index]
        registry = QgsApplication.processingRegistry()
        algorithm = registry.createAlgorithmById(alg_id)
        if algorithm is None:
            self._finish(False, QCoreApplication.translate(
                "AlgorithmChain", "{} is not available in this build").format(alg_id))
            return
        try:
            params = make_params(self.results)
        except ValueError as exc:
            self._finish(False, str(exc))
            return
        self.algorithm = algorithm
        self.context = QgsProcessingContext()
        self.context.setProject(QgsProject.instance())
        self.feedback = RecordingFeedback()
        self.feedback.progressChanged.connect(lambda p, i=index: self.progress.emit((i + p / 100.0) * 100.0
                                                                                    / len(self.steps)))
        self.context.setFeedback(self.feedback)
        ok, problem = algorithm.checkParameterValues(params, self.context)
        if not ok:
            self._finish(False, problem)
            return
        self.status.emit(QCoreApplication.translate("AlgorithmChain", "Running {} ({}/{})…").format(
            algorithm.displayName(), index + 1, len(self.steps)))
        self.task = QgsProcessingAlgRunnerTask(algorithm, params, self.context, self.feedback)
        self.task.executed.connect(self._executed)
        QgsApplication.taskManager().addTask(self.task)

    def _executed(self, ok: bool, results: dict) -> None:
        if self.feedback is not None:
            self.log.append(self.feedback.textLog())
        self.task = None
        if self.cancelled or (self.feedback is not None and self.feedback.isCanceled()):
            self._finish(False, self.CANCELLED)
            return
        if not ok:
            errors = [e.strip() for e in (self.feedback.errors if self.feedback is not None else []) if e.strip()]
            self._finish(False, errors[0] if errors else QCoreApplication.translate(
                "AlgorithmChain", "The algorithm failed; see the log."))
            return
        self.results.append(dict(results))
        self._next()

    def _finish(self, ok: bool, message: str) -> None:
        self.running = False
        self.finished.emit(ok, self.results, message)
