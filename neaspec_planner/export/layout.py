"""What every page the plugin prints shares: fonts, the equal-area projection, the graticule, PDF/SVG export
settings, partial-file naming, the PDF text-layer fix and progress reporting.

Used by the planning maps (``export.maps``), the Ramsar designation package maps (``export.ramsar_package``) and
the PDF report (``export.report``). Every PDF the plugin writes goes through :func:`finish_pdf`, which repairs
the text layer Qt writes (CJK ideographs that share a glyph with a Kangxi radical — 里 / ⾥, 方 / ⽅ — and
ligatures), so that the text extracted from the PDF is the text on the page and can be searched.
"""
from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Sequence
from pathlib import Path
from typing import Optional

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeedback,
    QgsLayoutExporter,
    QgsRectangle,
    QgsRenderContext,
    QgsTextFormat,
)
from qgis.PyQt.QtGui import QColor, QFont

from neaspec_planner.core.progress import ProgressFn
from neaspec_planner.export import texts

__all__ = ["ProgressFn"]  # a progress callback (``core.progress``): completed fraction → False to cancel

WGS84 = QgsCoordinateReferenceSystem("EPSG:4326")
#: Nice graticule intervals in degrees.
GRID_STEPS = (0.01, 0.02, 0.05, 0.1, 0.2, 0.25, 0.5, 1.0, 2.0, 5.0, 10.0, 15.0, 20.0, 30.0)


class ExportError(Exception):
    """A layout could not be written (the message names the file and what to check)."""


# --- fonts ------------------------------------------------------------------------------------------------
def font_family(lang: str) -> str:
    """The Noto family of a language (Noto Sans; Noto Sans CJK SC / KR / JP for zh / ko / ja)."""
    return texts.font_family(lang)


def script_font(text_values: Sequence[str], prefer: str = "en") -> str:
    """A Noto font family able to draw every character of the texts (CJK faces also cover Latin and Cyrillic)."""
    joined = "".join(text_values)
    hangul = re.search(r"[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]", joined)
    kana = re.search(r"[\u3040-\u30ff]", joined)
    han = re.search(r"[\u4e00-\u9fff\u3400-\u4dbf]", joined)
    if not (hangul or kana or han):
        return "Noto Sans"
    if prefer == "ko" or (hangul and not han):
        return "Noto Sans CJK KR"
    if prefer == "ja" or (kana and not hangul):
        return "Noto Sans CJK JP"
    return "Noto Sans CJK SC"


def qfont(family: str, size: float, bold: bool = False) -> QFont:
    """A font for layout text: CJK faces with Noto Sans first (Latin digits), ligatures off."""
    font = QFont(family)
    if family.startswith("Noto Sans CJK") and hasattr(font, "setFamilies"):  # Qt >= 5.13
        # Latin letters and digits from Noto Sans, CJK from the CJK face: Qt's PDF writer loses the text of the
        # CJK face's Latin digits (glyphs reached through OpenType substitutions have no ToUnicode entry).
        font.setFamilies(["Noto Sans", family])
    font.setPointSizeF(size)
    font.setBold(bold)
    # A tiny letter spacing turns ligatures off (Qt), so "official" stays searchable instead of "oﬃcial".
    font.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, 0.01)
    return font


def font_like(font: QFont, family: str, scale: float = 1.0) -> QFont:
    """``font`` (a template's size and weight) in ``family``, optionally scaled."""
    new = QFont(font)
    new.setFamily(family)
    if scale != 1.0 and new.pointSizeF() > 0:
        new.setPointSizeF(new.pointSizeF() * scale)
    return new


def text_format(family: str, size: float, bold: bool = False, colour: str = "#222222") -> QgsTextFormat:
    fmt = QgsTextFormat()
    fmt.setFont(qfont(family, size, bold))
    fmt.setSize(size)
    fmt.setColor(QColor(colour))
    return fmt


# --- projection and graticule -----------------------------------------------------------------------------
def laea(lon: float, lat: float, rounding: float = 0.5) -> QgsCoordinateReferenceSystem:
    """Lambert azimuthal equal-area on WGS84 centred on (lon, lat), the centre rounded to ``rounding`` degrees.

    QGIS 3.22 caches a CRS with the PROJ object of the thread that built it; when that thread ends while another
    thread has used the CRS, the cache keeps it hollow: valid, but no WKT and identity transforms (the flaky
    "Layer 'layer' has no coordinate reference system" of a Ramsar map made in the main thread after one made in
    a background task, issue 14). The provider keeps Qt's pool threads alive (``processing.provider``
    ``keep_pool_threads``); a hollow CRS met all the same (a thread of another plugin) is rebuilt here from
    pyproj's WKT, which QGIS caches under another key, and an error is raised rather than a wrong map drawn.
    """
    lon = round(lon / rounding) * rounding
    lat = round(lat / rounding) * rounding
    proj = f"+proj=laea +lat_0={lat:g} +lon_0={lon:g} +x_0=0 +y_0=0 +datum=WGS84 +units=m +no_defs"
    crs = QgsCoordinateReferenceSystem.fromProj(proj)
    if crs.isValid() and not crs.toWkt():
        import pyproj

        crs = QgsCoordinateReferenceSystem.fromWkt(pyproj.CRS.from_proj4(proj).to_wkt())
        if not crs.toWkt():
            raise ExportError(f"QGIS returned an empty projection for {proj} (a stale entry of its CRS cache). "
                              "Restart QGIS and make the map again.")
    return crs


def laea_for(rect_wgs84: QgsRectangle) -> QgsCoordinateReferenceSystem:
    """The equal-area projection of a map showing ``rect_wgs84`` (centre rounded to 0.5°)."""
    return laea(rect_wgs84.center().x(), rect_wgs84.center().y())


def laea_centre(crs: QgsCoordinateReferenceSystem) -> tuple[float, float]:
    """(lon, lat) of the centre of a LAEA projection made by :func:`laea`."""
    proj = crs.toProj()
    lat0 = re.search(r"\+lat_0=([-\d.]+)", proj)
    lon0 = re.search(r"\+lon_0=([-\d.]+)", proj)
    return (float(lon0.group(1)) if lon0 else 0.0, float(lat0.group(1)) if lat0 else 0.0)


def with_margin(rect: QgsRectangle, margin: float, minimum: float = 0.0) -> QgsRectangle:
    """``rect`` grown by ``margin`` × its size on every side (at least ``minimum`` wide/high overall)."""
    w = max(rect.width(), minimum)
    h = max(rect.height(), minimum)
    cx, cy = rect.center().x(), rect.center().y()
    w, h = w * (1 + 2 * margin), h * (1 + 2 * margin)
    return QgsRectangle(cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2)


def fit_aspect(rect: QgsRectangle, aspect: float) -> QgsRectangle:
    """The smallest rectangle around ``rect`` (same centre) with width / height = ``aspect``."""
    w, h = rect.width(), rect.height()
    if h <= 0 or w / h < aspect:
        w = h * aspect
    else:
        h = w / aspect
    cx, cy = rect.center().x(), rect.center().y()
    return QgsRectangle(cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2)


def grid_interval(span_degrees: float, target_lines: float = 6.0) -> float:
    """A nice graticule step giving about ``target_lines`` lines across ``span_degrees``."""
    best = GRID_STEPS[0]
    for step in GRID_STEPS:
        if span_degrees / step >= target_lines * 0.6:
            best = step
    return best


def grid_precision(step: float) -> int:
    """Decimals of the degree labels of a graticule with this step."""
    if step >= 1:
        return 0
    return 1 if step >= 0.1 and round(step * 10) == step * 10 else 2


def format_degree(value: float, positive: str, negative: str) -> str:
    suffix = positive if value >= 0 else negative
    number = f"{abs(value):.2f}".rstrip("0").rstrip(".")
    return f"{number}°{suffix}"


# --- export settings and files ----------------------------------------------------------------------------
def partial_path(path: Path) -> Path:
    """The temporary name a file is written under before it is renamed into place."""
    path = Path(path)
    return path.with_name(f".{path.stem}.partial{path.suffix}")


def pdf_settings(dpi: float) -> QgsLayoutExporter.PdfExportSettings:
    """Vector PDF, text as text (selectable, searchable, fonts embedded), georeferenced, with metadata."""
    settings = QgsLayoutExporter.PdfExportSettings()
    settings.dpi = dpi
    settings.forceVectorOutput = True
    settings.rasterizeWholeImage = False
    settings.textRenderFormat = QgsRenderContext.TextFormatAlwaysText
    settings.exportMetadata = True
    settings.appendGeoreference = True
    settings.simplifyGeometries = True
    return settings


def svg_settings(dpi: float) -> QgsLayoutExporter.SvgExportSettings:
    settings = QgsLayoutExporter.SvgExportSettings()
    settings.dpi = dpi
    settings.forceVectorOutput = True
    settings.exportAsLayers = False
    settings.textRenderFormat = QgsRenderContext.TextFormatAlwaysText
    return settings


def finish_pdf(partial: Path, target: Path) -> None:
    """The last step of every PDF written: repair its text layer, then rename it into place."""
    fix_pdf_text(Path(partial))
    os.replace(partial, target)


def write_pdf(layout, path: Path, dpi: float = 300.0) -> None:
    """One layout as a PDF at ``path``: written under a partial name, text layer repaired, renamed into place."""
    path = Path(path)
    partial = partial_path(path)
    result = QgsLayoutExporter(layout).exportToPdf(str(partial), pdf_settings(dpi))
    if result != QgsLayoutExporter.Success:
        partial.unlink(missing_ok=True)
        raise ExportError(f"Could not write the map {path.name} (QGIS layout export error {result}). Check that the "
                          "folder is writable and the disk not full.")
    finish_pdf(partial, path)


def feedback_for(progress: Optional[ProgressFn]) -> Optional[QgsFeedback]:
    """A ``QgsFeedback`` for QGIS calls that want one (atlas export), wired to a progress callback: its progress
    goes to the callback, and a callback returning False cancels it."""
    if progress is None:
        return None
    feedback = QgsFeedback()

    def on_progress(value: float) -> None:
        if progress(value / 100.0) is False:
            feedback.cancel()

    feedback.progressChanged.connect(on_progress)
    return feedback


# --- the PDF text layer -----------------------------------------------------------------------------------
def _unicode_dest(hex_code: bytes) -> bytes:
    """A ToUnicode destination with compatibility characters spelled out (NFKC): Kangxi radicals → the unified
    ideograph (⽅ → 方), ligatures → letters (ﬃ → ffi)."""
    try:
        decoded = bytes.fromhex(hex_code.decode("ascii")).decode("utf-16-be")
    except (ValueError, UnicodeDecodeError):
        return hex_code
    if not re.fullmatch("[\u2e80-\u2fdf\uf900-\ufaff\ufb00-\ufb06]+", decoded):
        return hex_code
    fixed = unicodedata.normalize("NFKC", decoded)
    if fixed == decoded or not fixed:
        return hex_code
    return fixed.encode("utf-16-be").hex().upper().encode("ascii")


def _fix_cmap(cmap: bytes) -> bytes:
    out, section = [], b""
    for line in cmap.split(b"\n"):
        stripped = line.strip()
        if stripped.endswith(b"beginbfrange") or stripped.endswith(b"beginbfchar"):
            section = stripped.split()[-1]
        elif stripped in (b"endbfrange", b"endbfchar"):
            section = b""
        elif section:
            tokens = re.findall(rb"<([0-9A-Fa-f]+)>", line)
            keep = 2 if section == b"beginbfrange" else 1
            is_array = b"[" in line
            if len(tokens) > keep and (is_array or section == b"beginbfchar" or tokens[0] == tokens[1]):
                head = b" ".join(b"<" + t_ + b">" for t_ in tokens[:keep])
                dest = [b"<" + _unicode_dest(t_) + b">" for t_ in tokens[keep:]]
                line = head + b" " + (b"[" + b" ".join(dest) + b" ]" if is_array else dest[0])
        out.append(line)
    return b"\n".join(out)


def fix_pdf_text(path: Path) -> bool:
    """Repair the text layer of a Qt-written PDF in place: Qt maps each glyph back to its lowest code point, so
    CJK ideographs shared with Kangxi radicals come out as radicals (官⽅ for 官方, 公⾥ for 公里) and ligatures as
    ﬃ; the ToUnicode maps are rewritten with NFKC and the cross-reference table recomputed. Returns True if
    changed."""
    import zlib

    data = path.read_bytes()
    refs = set(re.findall(rb"/ToUnicode\s+(\d+)\s+0\s+R", data))
    xref_at = data.rfind(b"\nxref")
    if not refs or xref_at < 0:
        return False
    edits = []  # (start, end, replacement)
    for num in refs:
        m = re.search(rb"(?:^|\n)" + num + rb" 0 obj\s*<<(.*?)>>\s*stream\r?\n", data, re.S)
        if m is None:
            continue
        header = m.group(1)
        length = re.search(rb"/Length\s+(\d+)(?!\s+\d+\s+R)", header)
        if length is None:
            continue
        start = m.end()
        raw = data[start:start + int(length.group(1))]
        flate = b"/FlateDecode" in header
        try:
            cmap = zlib.decompress(raw) if flate else raw
        except zlib.error:
            continue
        fixed = _fix_cmap(cmap)
        if fixed == cmap:
            continue
        body = zlib.compress(fixed) if flate else fixed
        new_header = header[:length.start(1)] + str(len(body)).encode() + header[length.end(1):]
        edits.append((m.start(1), m.end(1), new_header))
        edits.append((start, start + len(raw), body))
    if not edits:
        return False
    shifts = [(begin, len(rep) - (end - begin)) for begin, end, rep in edits]

    def moved(offset: int) -> int:
        return offset + sum(delta for at, delta in shifts if at < offset)

    # cross-reference sections (Qt/QGIS write an incremental update: follow startxref and /Prev)
    last = list(re.finditer(rb"startxref\s+(\d+)", data))[-1]
    offset, seen = int(last.group(1)), set()
    entry = re.compile(rb"(\d{10}) (\d{5}) n")
    while offset not in seen and data[offset:offset + 4] == b"xref":
        seen.add(offset)
        trailer = data.index(b"trailer", offset)
        table = data[offset:trailer]
        edits.append((offset, trailer, entry.sub(lambda mm: b"%010d %s n" % (moved(int(mm.group(1))), mm.group(2)),
                                                 table)))
        end = data.index(b">>", trailer)
        prev = re.search(rb"/Prev\s+(\d+)", data[trailer:end])
        if prev is None:
            break
        value = str(moved(int(prev.group(1)))).zfill(len(prev.group(1))).encode()
        if len(value) != len(prev.group(1)):
            return False  # would change the file's length after this point: keep the PDF as Qt wrote it
        edits.append((trailer + prev.start(1), trailer + prev.end(1), value))
        offset = int(prev.group(1))
    edits.append((last.start(1), last.end(1), str(moved(int(last.group(1)))).encode()))
    edits.sort()
    pieces, pos = [], 0
    for begin, end, replacement in edits:
        pieces += [data[pos:begin], replacement]
        pos = end
    pieces.append(data[pos:])
    path.write_bytes(b"".join(pieces))
    return True
