"""The weekly report's trend charts as SVG files for QgsLayoutItemPicture: one small bar chart per
row (events per week, this week's bar full colour, its count above each bar, the week numbers
under them), drawn from the same chart data as the HTML report (core.weekly_html)."""
import base64
import html
from typing import Mapping, Optional

from qgis.core import QgsLayoutItemPicture

from .common import add_rectangle, font_family, place


def escape(text: str) -> str:
    """Text for SVG content (the standard library's html.escape; no XML parser is involved)."""
    return html.escape(text, quote=False)


def quoteattr(text: str) -> str:
    """An SVG attribute value with its double quotes."""
    return '"{}"'.format(html.escape(text, quote=True))

UNITS_PER_MM = 1.5  # the chart data's user units (core.weekly_html._trend_charts)


def trend_svg(chart: Mapping, family: Optional[str] = None) -> str:
    """The SVG document of one chart (``chart``: width, height, base, colour, bars, labels)."""
    width, height = chart["width"], chart["height"]
    font = quoteattr(family or font_family())
    parts = ['<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="{w:.2f}mm" height="{h:.2f}mm" '
             'viewBox="0 0 {vw} {vh}">'.format(w=width / UNITS_PER_MM, h=height / UNITS_PER_MM, vw=width,
                                                vh=height),
             '<line x1="0" y1="{b}" x2="{w}" y2="{b}" stroke="#999999" stroke-width="0.4"/>'.format(
                 b=chart["base"], w=width)]
    colour = quoteattr(chart["colour"])
    for bar in chart["bars"]:
        parts.append('<rect x="{x}" y="{y}" width="{w}" height="{h}" fill={c} fill-opacity="{o}"/>'.format(
            x=bar["x"], y=bar["y"], w=bar["w"], h=bar["h"], c=colour, o=1.0 if bar["last"] else 0.55))
        parts.append('<text x="{x:.2f}" y="{y:.2f}" font-family={f} font-size="4" text-anchor="middle" '
                     'fill="#333333">{v}</text>'.format(x=bar["x"] + bar["w"] / 2.0, y=bar["y"] - 0.8, f=font,
                                                        v=escape(str(bar["value"]))))
    for label in chart["labels"]:
        parts.append('<text x="{x}" y="{y:.2f}" font-family={f} font-size="3.6" text-anchor="middle" '
                     'fill="#777777">{t}</text>'.format(x=label["x"], y=height - 1.5, f=font,
                                                        t=escape(label["text"])))
    parts.append("</svg>")
    return "\n".join(parts)


def embedded_svg(document: str) -> str:
    """``document`` as a picture path that holds the SVG itself ('base64:...', read by QGIS's SVG
    cache on 3.22 to 3.44): a layout kept in the project prints its charts in a later session too,
    where a file in the temporary folder would be gone."""
    return "base64:" + base64.b64encode(document.encode("utf-8")).decode("ascii")


def add_svg_picture(layout, path: str, rect, page: int):
    """An SVG (a file, or :func:`embedded_svg`) as a picture item at ``rect`` (x, y, width, height)."""
    picture = QgsLayoutItemPicture(layout)
    picture.setResizeMode(QgsLayoutItemPicture.ResizeMode.Zoom)
    picture.setPicturePath(path, QgsLayoutItemPicture.Format.FormatSVG)
    layout.addLayoutItem(picture)
    return place(picture, *rect, page)


def add_trend_chart(layout, chart: Mapping, rect, page: int, name: str = "trend"):
    """One trend chart as a picture at ``rect`` (its height decides its width: the chart's aspect)."""
    x, y, _width, height = rect
    width = height * chart["width"] / chart["height"]
    picture = add_svg_picture(layout, embedded_svg(trend_svg(chart)), (x, y, width, height), page)
    picture.setId(name)
    return picture


def add_swatch(layout, colour: str, rect, page: int):
    """A small square in a class or category colour, with a thin dark rim."""
    return add_rectangle(layout, rect, page, colour, stroke="#333333", stroke_width=0.2)
