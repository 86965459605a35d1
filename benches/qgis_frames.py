#!/usr/bin/python3
"""The peer the animation export is timed against (issue 14): QGIS (PyQGIS, headless) renders the
same districts coloured by the same states to one PNG frame per day.

Two steps, so that only QGIS's own work is timed:

  benches/qgis_frames.py states  BINARY FROM TO STATES.csv   # not timed: each day's state, from our CLI
  benches/qgis_frames.py render  DISTRICTS STATES.csv OUT_DIR WIDTHxHEIGHT   # timed, whole process

`render` loads the layer with OGR, adds a `ctrl` field, and for each day sets every district's
controller, categorises the layer by it (the controllers' own colours: Okabe-Ito, as the app) and
renders the layer's extent with QgsMapRendererSequentialJob to OUT_DIR/frame-NNNN.png. Run it with
Debian's Python (`/usr/bin/python3`, which has the `qgis` module) and QT_QPA_PLATFORM=offscreen.
benches/compare_qgis.sh runs both steps and times QGIS against `aleppo-atlas animate`.
"""

import csv
import json
import os
import subprocess
import sys
from datetime import date, timedelta

COLOURS = {
    "government": "#D55E00",
    "rebels": "#009E73",
    "kurdish": "#E69F00",
    "isil": "#404040",
    "": "#C4C4C4",
}


def states(binary, first, last, out):
    """Writes day,district,controller rows for every day from FIRST to LAST with `binary state`."""
    day, end = date.fromisoformat(first), date.fromisoformat(last)
    with open(out, "w", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["day", "id", "controller"])
        while day <= end:
            text = subprocess.run(
                [binary, "state", "--date", day.isoformat(), "--json"],
                check=True, capture_output=True, text=True,
            ).stdout
            for d in json.loads(text)["districts"]:
                writer.writerow([day.isoformat(), d["id"], d["controller"] or ""])
            day += timedelta(days=1)


def render(districts, states_csv, out_dir, size):
    from qgis.core import (
        QgsApplication, QgsCategorizedSymbolRenderer, QgsFeature, QgsFillSymbol,
        QgsMapRendererSequentialJob, QgsMapSettings, QgsRendererCategory, QgsVectorLayer,
    )
    from qgis.PyQt.QtCore import QSize
    from qgis.PyQt.QtGui import QColor

    width, height = (int(v) for v in size.lower().split("x"))
    by_day = {}
    with open(states_csv, newline="") as f:
        for row in csv.DictReader(f):
            by_day.setdefault(row["day"], {})[row["id"]] = row["controller"]
    app = QgsApplication([], False)
    app.initQgis()
    source = QgsVectorLayer(districts, "districts", "ogr")
    if not source.isValid():
        sys.exit(f"cannot open {districts}")
    # A copy in memory with the id and a `ctrl` field, so that the field can change every day
    # without touching the file (`materialize` drops features whose list-valued fields it cannot copy).
    crs = source.crs().authid()
    layer = QgsVectorLayer(
        f"MultiPolygon?crs={crs}&field=id:string&field=ctrl:string", "states", "memory")
    copies = []
    for f in source.getFeatures():
        copy = QgsFeature(layer.fields())
        copy.setGeometry(f.geometry())
        copy.setAttributes([f["id"], ""])
        copies.append(copy)
    layer.dataProvider().addFeatures(copies)
    layer.updateExtents()
    ctrl = layer.fields().indexOf("ctrl")
    ids = {f.id(): f["id"] for f in layer.getFeatures()}
    categories = []
    for value, colour in COLOURS.items():
        symbol = QgsFillSymbol.createSimple(
            {"color": colour, "outline_color": "#fbfaf7", "outline_width": "0.2"})
        categories.append(QgsRendererCategory(value, symbol, value or "unknown"))
    layer.setRenderer(QgsCategorizedSymbolRenderer("ctrl", categories))
    settings = QgsMapSettings()
    settings.setLayers([layer])
    settings.setOutputSize(QSize(width, height))
    settings.setDestinationCrs(layer.crs())
    settings.setExtent(layer.extent())
    settings.setBackgroundColor(QColor("#f3f1ec"))
    os.makedirs(out_dir, exist_ok=True)
    for n, day in enumerate(sorted(by_day)):
        values = by_day[day]
        changes = {fid: {ctrl: values.get(did, "")} for fid, did in ids.items()}
        layer.dataProvider().changeAttributeValues(changes)
        layer.triggerRepaint()
        job = QgsMapRendererSequentialJob(settings)
        job.start()
        job.waitForFinished()
        job.renderedImage().save(os.path.join(out_dir, f"frame-{n + 1:04}.png"), "PNG")
    print(f"wrote {len(by_day)} frames to {out_dir}", flush=True)
    # PyQGIS may crash while tearing down; the frames are written by now.
    os._exit(0)


if __name__ == "__main__":
    if len(sys.argv) == 6 and sys.argv[1] == "states":
        states(*sys.argv[2:])
    elif len(sys.argv) == 6 and sys.argv[1] == "render":
        render(*sys.argv[2:])
    else:
        sys.exit(__doc__)
