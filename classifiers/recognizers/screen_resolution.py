"""Screen resolutions: `1170x2532`, `1920*1080`, `2560 × 1440`, or width and height side by side.

A `WxH` string is telling alone. A bare width or height is a number: it counts only as a
screen dimension beside its counterpart (`screen_width` with `screen_height`) or inside a
`screen`/`display` object, and image or video dimensions stay out.
"""
from __future__ import annotations

from classifiers.evidence import Signal
from classifiers.recognizer import FieldRecognizer, ValuePattern
from classifiers.siblings import own_has, parent_has, sibling_with
from datamap.model import DatasetSample, FieldSample

_WIDTH = ("width", "w", "screenwidth", "x", "cols", "viewwidth")
_HEIGHT = ("height", "h", "screenheight", "y", "rows", "viewheight")


class ScreenResolutionRecognizer(FieldRecognizer):
    entity = "SCREEN_RESOLUTION"
    closed_format = True
    names = ("screen resolution", "resolution", "screen", "screen size", "screensize", "display resolution",
             "display size", "screen res", "screen width", "screen height", "screenwidth", "screenheight",
             "screen w", "screen h", "display width", "display height", "viewport", "viewport size", "screen dims",
             "pixel width", "pixel height", "width pixels", "height pixels", "resolution width", "resolution height", "br viewwidth", "br viewheight", "dvce screenwidth", "dvce screenheight",
             "screen dpi", "screen density", "dpi", "density dpi", "pixel ratio", "device pixel ratio", "ppi",
             "pxratio", "dpr")
    weak_names = ("res", "sr", "vp")
    negative_names = ("image", "img", "photo", "picture", "video", "thumbnail", "thumb", "banner", "icon", "ad",
                      "creative", "poster", "avatar", "cover", "media", "frame", "bitrate", "camera", "count",
                      "timeout", "time", "duration", "ms", "doc", "document", "page", "element", "column", "table",
                      "font", "border", "margin", "padding", "chart", "canvas", "window")
    patterns = (
        ValuePattern("WxH", r"\d{3,5} ?[xX×*] ?\d{3,5}(?: ?(?:px|pixels))?(?: ?@ ?[1-4](?:\.\d+)?x)?", 0.85),
        ValuePattern("width, height pair", r"\(?\d{3,5}, ?\d{3,5}\)?|\[\d{3,5}, ?\d{3,5}\]", 0.35),
        ValuePattern("pixel dimension", r"\d{3,5}(?:\.0)?", 0.25),
        ValuePattern("pixel ratio or density", r"[1-4](?:\.\d{1,3})?|[1-6]\d0", 0.15),
    )
    context = ("screen", "resolution", "display", "viewport")

    def context_signal(self, sample: FieldSample, dataset: DatasetSample) -> Signal | None:
        own = own_has(sample, _WIDTH + _HEIGHT)
        if not own:
            return None
        parent = parent_has(sample, ("screen", "display", "resolution", "viewport", "monitor"))
        if parent:
            return Signal("context", f"'{own}' inside a '{parent}' object", 0.5)
        # OpenRTB's `device.w`/`device.h` are the screen's pixels
        if own in ("w", "h") and parent_has(sample, ("device",)):
            return Signal("context", f"'{own}' inside a 'device' object", 0.5)
        counterpart = _HEIGHT if own in _WIDTH else _WIDTH
        other = sibling_with(sample, dataset, counterpart)
        if other is not None and ("screen" in sample.name.lower() or "display" in sample.name.lower()):
            return Signal("context", f"beside '{other.path}'", 0.5)
        return None
