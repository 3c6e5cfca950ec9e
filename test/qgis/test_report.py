"""``neaspec:report``: XLSX and CSV re-read and compared with the source exactly, HTML self-contained with the chart
and map thumbnail, PDF text with headings, languages and bad input."""
from __future__ import annotations

import csv
import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest
from osgeo import ogr, osr

SUMMARY_ROWS = [  # habitat, country, habitat_ha, protected_ha, protected_pct, gap_ha, sites, remark
    ("amur_tiger_leopard", "CHN", 1234567.891234567, 234567.12345678901, 18.99999999999999, 1000000.7678, 3,
     "珲春 / Хасан"),
    ("amur_tiger_leopard", "RUS", 987654.3210987654, 654321.0987654321, 66.24999213, 333333.2223333333, 5,
     "=SUM(A1:A9)"),
    ("crane_wetland", "CHN", 5000.5, 2500.25, 50.0, 2500.25, 1, None),
    ("crane_wetland", "MNG", 0.1 + 0.2, 0.0, 0.0, 0.30000000000000004, None, "Монгол"),
]


def _srs():
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return srs


@pytest.fixture(scope="module")
def data(tmp_path_factory) -> dict:
    folder = tmp_path_factory.mktemp("reportdata")
    gpkg = folder / "results.gpkg"
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(gpkg))
    summary = ds.CreateLayer("overlap_summary", None, ogr.wkbNone)
    for name, ftype in (("habitat", ogr.OFTString), ("country", ogr.OFTString), ("habitat_ha", ogr.OFTReal),
                        ("protected_ha", ogr.OFTReal), ("protected_pct", ogr.OFTReal), ("gap_ha", ogr.OFTReal),
                        ("sites", ogr.OFTInteger), ("remark", ogr.OFTString)):
        summary.CreateField(ogr.FieldDefn(name, ftype))
    for row in SUMMARY_ROWS:
        feat = ogr.Feature(summary.GetLayerDefn())
        for i, value in enumerate(row):
            if value is not None:
                feat.SetField(i, value)
        summary.CreateFeature(feat)
    links = ds.CreateLayer("links", _srs(), ogr.wkbLineString)
    for name, ftype in (("from_id", ogr.OFTInteger), ("to_id", ogr.OFTInteger), ("euclid_m", ogr.OFTReal),
                        ("countries", ogr.OFTString), ("name", ogr.OFTString)):
        links.CreateField(ogr.FieldDefn(name, ftype))
    for values, wkt in (((1, 2, 12345.678, "CHN;RUS", "Хасан – 珲春"), "LINESTRING(130.3 42.9,131.1 42.6)"),
                        ((2, 3, 48000.25, "RUS", "Земля леопарда"), "LINESTRING(131.1 42.6,131.9 43.4)")):
        feat = ogr.Feature(links.GetLayerDefn())
        for i, value in enumerate(values):
            feat.SetField(i, value)
        feat.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
        links.CreateFeature(feat)
    empty = ds.CreateLayer("empty_results", None, ogr.wkbNone)
    empty.CreateField(ogr.FieldDefn("area_ha", ogr.OFTReal))
    ds = None
    return {"gpkg": gpkg, "summary": f"{gpkg}|layername=overlap_summary", "links": f"{gpkg}|layername=links",
            "empty": f"{gpkg}|layername=empty_results"}


def _source_rows(uri: str) -> tuple[list[str], list[list]]:
    """Values read independently with OGR."""
    path, layer = uri.split("|layername=")
    ds = ogr.Open(path)
    lyr = ds.GetLayerByName(layer)
    defn = lyr.GetLayerDefn()
    names = [defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())]
    rows = [[feat.GetField(i) if feat.IsFieldSetAndNotNull(i) else None for i in range(len(names))] for feat in lyr]
    return names, rows


def _report(run_alg, data, output: Path, **extra):
    params = {"INPUT": [data["summary"], data["links"]], "LANGUAGE": 0, "OUTPUT": str(output)}
    params.update(extra)
    return run_alg("neaspec:report", params)


def test_xlsx_numbers_exact_units_and_frozen_header(run_alg, data, tmp_path):
    from openpyxl import load_workbook

    out = tmp_path / "report.xlsx"
    assert _report(run_alg, data, out)["OUTPUT"] == str(out)
    wb = load_workbook(out)
    assert wb.sheetnames[:2] == ["overlap_summary", "links"]
    for sheet, uri in (("overlap_summary", data["summary"]), ("links", data["links"])):
        ws = wb[sheet]
        names, rows = _source_rows(uri)
        assert [c.value for c in ws[2]] == names  # raw field names kept in the second header row
        assert ws.freeze_panes == "A3"
        assert ws["A1"].font.bold
        data_rows = [[c.value for c in row] for row in ws.iter_rows(min_row=3)]
        assert len(data_rows) == len(rows)
        for got, expected in zip(data_rows, rows):
            for g, e in zip(got, expected):
                assert g == e, (sheet, got, expected)
                if isinstance(e, (int, float)):
                    assert isinstance(g, (int, float)) and not isinstance(g, str)
    heads = [c.value for c in wb["overlap_summary"][1]]
    assert heads[2:6] == ["Habitat (ha)", "Protected (ha)", "Protected (%)", "Gap (ha)"]
    assert [c.value for c in wb["links"][1]][2] == "Straight-line distance (m)"
    notes = wb[wb.sheetnames[-1]]
    assert any(row[1] == "protected_pct" and row[2] == "Protected (%)"
               for row in notes.iter_rows(values_only=True))


def test_csv_exact_and_excel_friendly(run_alg, data, tmp_path):
    out = tmp_path / "summary.csv"
    _report(run_alg, data, out)
    second = tmp_path / "summary_links.csv"
    assert out.exists() and second.exists()
    raw = out.read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    with open(out, encoding="utf-8", newline="") as handle:
        table = list(csv.reader(handle))
    names, rows = _source_rows(data["summary"])
    assert table[0] == names  # the header row is the layer's field names (joins back to the layer)
    for got, expected in zip(table[1:], rows):
        for g, e in zip(got, expected):
            if isinstance(e, float):
                assert float(g) == e
            elif isinstance(e, int):
                assert int(g) == e
            else:
                assert g == ("" if e is None else e)

    ru = tmp_path / "ru.csv"
    _report(run_alg, data, ru, EXCEL_CSV=True, LANGUAGE="ru")
    assert ru.read_bytes().startswith(b"\xef\xbb\xbf")
    with open(ru, encoding="utf-8-sig", newline="") as handle:
        table = list(csv.reader(handle, delimiter=";"))
    assert table[0] == names  # field names in every language (XLSX/HTML/PDF carry the translated labels)
    assert [float(v.replace(",", ".")) for v in (r[2] for r in table[1:])] == [r[2] for r in rows]
    links = tmp_path / "ru_links.csv"
    text = links.read_text(encoding="utf-8-sig")
    assert "Хасан – 珲春" in text and "12345,678" in text


def test_html_self_contained_with_chart_and_map(run_alg, data, tmp_path):
    out = tmp_path / "report.html"
    _report(run_alg, data, out, LANGUAGE="ru")
    page = out.read_text(encoding="utf-8")
    assert not re.search(r"""(?:src|href)\s*=\s*["']?\s*(?:https?:)?//""", page, re.I), "external resource"
    assert "<link" not in page and "@import" not in page and "url(" not in page
    assert page.count('<table class="sortable"') == 2 and "<script>" in page
    assert page.count("data:image/png;base64,") == 1  # thumbnail of the one spatial layer
    chart = re.search(r"<svg[^>]*class=\"chart\".*?</svg>", page, re.S)
    assert chart, "bar chart missing"
    bars = re.findall(r'<rect class="bar"[^>]*width="([\d.]+)"', chart.group(0))
    assert len(bars) == 3  # CHN, RUS, MNG
    # CHN combines both habitats area-weighted: (234567.12… + 2500.25) / (1234567.89… + 5000.5)
    chn = 100 * (SUMMARY_ROWS[0][3] + SUMMARY_ROWS[2][3]) / (SUMMARY_ROWS[0][2] + SUMMARY_ROWS[2][2])
    assert re.search(rf"CHN: {chn:.1f} %", chart.group(0))
    # Russian number format: space-grouped thousands, decimal comma; distances in km
    assert re.search(r"1\s234\s567,9", page)
    assert "Расстояние по прямой (км)" in page and re.search(r">12,3<", page)
    assert "Хасан – 珲春" in page and "Под охраной (%)" in page


def test_pdf_has_headings_and_embedded_fonts(run_alg, data, tmp_path):
    out = tmp_path / "report.pdf"
    _report(run_alg, data, out, TITLE="Overlap summary 2026", LANGUAGE="zh")
    text = unicodedata.normalize("NFKC", subprocess.run(["pdftotext", "-enc", "UTF-8", str(out), "-"],
                                                        capture_output=True, text=True, check=True).stdout)
    assert "Overlap summary 2026" in " ".join(text.split())
    assert "各国栖息地保护情况" in text  # the table's heading
    assert "受保护比例" in text  # a translated column heading
    assert "珲春" in text
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True, check=True).stdout
    rows = [r.split() for r in fonts.splitlines()[2:] if r.strip()]
    assert rows and all(r[-5] == "yes" for r in rows)


def test_formula_like_text_stays_text_and_empty_table(run_alg, data, tmp_path):
    from openpyxl import load_workbook

    out = tmp_path / "r.xlsx"
    _report(run_alg, data, out, INPUT=[data["summary"], data["empty"]])
    wb = load_workbook(out)
    ws = wb["overlap_summary"]
    cell = ws.cell(row=4, column=8)
    assert cell.value == "=SUM(A1:A9)" and cell.data_type == "s"
    empty = wb["empty_results"]
    assert [c.value for c in empty[1]] == ["Area (ha)"] and empty.max_row == 2


def test_bad_inputs(run_alg, data, tmp_path):
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException, match=r"\.xlsx, \.csv, \.html or \.pdf"):
        _report(run_alg, data, tmp_path / "report.docx")
    assert not list(tmp_path.iterdir())


def test_texts_complete_and_column_rules():
    from neaspec_planner.export import texts

    for table in (texts.TEXTS, texts.LAYER_NAMES, texts.FIELD_LABELS, texts.UNITS, texts.HABITAT_NAMES):
        for key, entry in table.items():
            missing = set(texts.LANGUAGES) - set(entry)
            assert not missing, f"{key} lacks {missing}"
            assert all(isinstance(v, str) and v.strip() for v in entry.values()), key
    assert set(texts.FONTS) == set(texts.LANGUAGES) == set(texts.LOCALES)
    assert texts.column_label("area_ha") == "Area (ha)"
    assert texts.column_label("protected_pct") == "Protected (%)"
    assert texts.column_label("corridor_width_m") == "Corridor width (m)"
    assert texts.column_label("euclid_m", unit="km") == "Straight-line distance (km)"
    assert texts.column_label("area_ha", "zh") == "面积（公顷）"
    assert texts.column_label("IUCN_CAT") == "IUCN_CAT"
    assert texts.layer_title("protected_areas_wdpca", "ru") == "Охраняемые территории"
    assert texts.layer_title("my own layer") == "my own layer"
    assert "{date}" not in texts.text("produced", "mn", date="x")


# --- issue 19: the HTML report as a browser shows it -------------------------------------------------------
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")

#: Opens the report in a same-folder frame, then writes what a reader would see into its own DOM (dumped by
#: Chromium): font sizes, clipped headings, table widths, and the headings' text.
PROBE = """<!DOCTYPE html><html><body><iframe id="r" src="%(src)s" style="width:1366px;height:900px"></iframe>
<pre id="out"></pre><script>
document.getElementById("r").addEventListener("load", function () {
  var doc = this.contentDocument, win = this.contentWindow, res = {tables: []};
  doc.querySelectorAll("table").forEach(function (table) {
    var cells = table.querySelectorAll("th, td"), small = 0, clipped = 0;
    cells.forEach(function (c) {
      if (parseFloat(win.getComputedStyle(c).fontSize) < 11) small++;
      if (c.scrollWidth > c.clientWidth + 1) clipped++;
    });
    var wrap = table.parentElement, style = win.getComputedStyle(wrap);
    res.tables.push({cells: cells.length, small: small, clipped: clipped,
      fits: table.getBoundingClientRect().width <= wrap.clientWidth + 1 || style.overflowX === "auto",
      rowHeight: table.tBodies[0] && table.tBodies[0].rows.length ?
        table.tBodies[0].rows[0].getBoundingClientRect().height : 0,
      heads: Array.prototype.map.call(table.querySelectorAll("th"), function (th) { return th.innerText; })});
  });
  document.getElementById("out").textContent = "PROBE" + JSON.stringify(res) + "PROBE";
});
</script></body></html>"""


class _Recorder:
    """A local HTTP proxy that answers 502 to everything and records what was asked: every request Chromium
    makes outside the file system goes through it."""

    def __init__(self) -> None:
        import http.server
        import threading

        seen = self.seen = []

        class Handler(http.server.BaseHTTPRequestHandler):
            def _any(self):  # noqa: ANN202
                seen.append(f"{self.command} {self.path}")
                self.send_response(502)
                self.end_headers()

            do_GET = do_POST = do_HEAD = do_CONNECT = do_OPTIONS = _any  # noqa: N815

            def log_message(self, *args):  # noqa: ANN002
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self.server.server_address[1]
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def _chromium(url: str, profile: Path, proxy: int, *extra: str) -> subprocess.CompletedProcess:
    args = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run", f"--user-data-dir={profile}",
            f"--proxy-server=http://127.0.0.1:{proxy}", "--proxy-bypass-list=<-loopback>",
            "--disable-extensions", "--disable-default-apps", "--no-pings", "--disable-domain-reliability",
            "--disable-client-side-phishing-detection", "--safebrowsing-disable-auto-update",
            "--disable-features=Translate,MediaRouter,OptimizationHintsFetching,NetworkTimeServiceQuerying",
            "--enable-logging=stderr", "--v=0", "--hide-scrollbars", *extra, url]
    return subprocess.run(args, capture_output=True, text=True, timeout=120)


#: Chromium's own services: it may call them at any moment of a run, flags or not (so a blank page's run does
#: not always catch them). Service host names only — a page's fonts or tiles (fonts.googleapis.com, …) still count.
BROWSER_SERVICES = {"update.googleapis.com", "clients2.google.com", "clients1.google.com", "redirector.gvt1.com",
                    "accounts.google.com", "optimizationguide-pa.googleapis.com", "content-autofill.googleapis.com",
                    "safebrowsingohttpgateway.googleapis.com", "safebrowsing.googleapis.com",
                    "edgedl.me.gvt1.com", "android.clients.google.com"}


def _hosts(requests: list[str]) -> set[str]:
    """Host names of recorded proxy requests (``CONNECT host:443``, ``GET http://host/path``)."""
    return {re.sub(r"^(?:\w+://)?([^/:]+).*$", r"\1", r.split(" ", 1)[1]) for r in requests}


def _console(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if ":CONSOLE" in line]


@pytest.mark.parametrize("lang", ["zh", "ru"])
def test_html_report_in_headless_chromium(run_alg, data, tmp_path, lang):
    import numpy as np
    from PIL import Image

    assert CHROMIUM, "Debian's chromium package is needed (scripts/setup.sh installs it)"
    out = tmp_path / f"report_{lang}.html"
    _report(run_alg, data, out, LANGUAGE=lang)
    recorder = _Recorder()
    try:
        # the browser's own requests (its update and account services, whatever the flags): a blank local page
        blank = tmp_path / "blank.html"
        blank.write_text("<html><body></body></html>", encoding="utf-8")
        _chromium(blank.as_uri(), tmp_path / "profile_blank", recorder.port, "--dump-dom")
        browser_own = _hosts(recorder.seen) | BROWSER_SERVICES
        recorder.seen.clear()
        # the harness itself: an external image and a console error are seen (so the checks below can fail)
        control = tmp_path / "control.html"
        control.write_text('<html><body><img src="http://tiles.example.org/0/0/0.png">'
                           '<script>console.error("control")</script></body></html>', encoding="utf-8")
        probe = _chromium(control.as_uri(), tmp_path / "profile0", recorder.port, "--dump-dom")
        assert "tiles.example.org" in _hosts(recorder.seen) - browser_own, recorder.seen
        assert _console(probe.stderr), probe.stderr[-2000:]
        recorder.seen.clear()

        shot = tmp_path / f"report_{lang}.png"
        run = _chromium(out.as_uri(), tmp_path / "profile1", recorder.port, "--window-size=1366,1000",
                        f"--screenshot={shot}")
        assert run.returncode == 0, run.stderr[-2000:]
        assert not _console(run.stderr), _console(run.stderr)
        (tmp_path / "probe.html").write_text(PROBE % {"src": out.name}, encoding="utf-8")
        dom = _chromium((tmp_path / "probe.html").as_uri(), tmp_path / "profile2", recorder.port,
                        "--allow-file-access-from-files", "--virtual-time-budget=5000", "--dump-dom")
        assert not _console(dom.stderr), _console(dom.stderr)
        asked = _hosts(recorder.seen) - browser_own
        assert not asked, f"the report asked the network for {sorted(asked)} ({recorder.seen})"
    finally:
        recorder.close()

    image = Image.open(shot)
    assert image.size == (1366, 1000)
    pixels = np.asarray(image.convert("L")).astype(float)
    assert pixels.std() > 20, "the screenshot looks blank"
    assert (pixels < 80).mean() > 0.005, "no dark text in the screenshot"

    import json

    found = re.search(r"PROBE(.*?)PROBE", dom.stdout.replace("&quot;", '"'), re.S)
    assert found, dom.stdout[-2000:]
    result = json.loads(found.group(1))
    assert len(result["tables"]) >= 2
    script = r"[\u4e00-\u9fff]" if lang == "zh" else r"[\u0400-\u04ff]"
    for table in result["tables"]:
        assert table["small"] == 0 and table["clipped"] == 0 and table["fits"], table
        assert table["rowHeight"] == 0 or table["rowHeight"] >= 16, table
        assert any(re.search(script, head) for head in table["heads"]), table["heads"]  # translated headings


def test_pdf_text_layer_has_no_kangxi_radicals(run_alg, data, tmp_path):
    """Like every PDF of the plugin, the report's text layer is repaired (export.layout.fix_pdf_text): pdftotext
    without normalisation finds the ideographs, not the Kangxi radicals Qt maps them to (日 U+65E5, not ⽇ U+2F47)."""
    out = tmp_path / "report.pdf"
    _report(run_alg, data, out, TITLE="Overlap summary 2026", LANGUAGE="zh")
    raw = subprocess.run(["pdftotext", "-enc", "UTF-8", str(out), "-"], capture_output=True, text=True,
                         check=True).stdout
    assert "日" in raw  # the generation date, e.g. 2026年12月3日
    assert not re.search("[\u2e80-\u2fdf]", raw), sorted(set(re.findall("[\u2e80-\u2fdf]", raw)))
