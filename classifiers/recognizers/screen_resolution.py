"""Screen resolutions: `1170x2532`, `1920*1080`, `2560 × 1440`, or width and height side by side.

A `WxH` string is telling alone. A bare width or height is a number: it counts only as a
screen dimension beside its counterpart (`screen_width` with `screen_height`) or inside a
`screen`/`display` object, and image or video dimensions stay out.
"""
from __future__ import annotations

import re

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from classifiers import rx
from classifiers.evidence import Signal
from classifiers.recognizer import FieldRecognizer, ValuePattern
from classifiers.siblings import own_has, parent_has, sibling_with
from classifiers.table_view import table_words
from datamap.model import DatasetSample, FieldSample

_WIDTH = ("width", "w", "screenwidth", "x", "cols", "viewwidth")
_HEIGHT = ("height", "h", "screenheight", "y", "rows", "viewheight")
_BARE = frozenset({"width", "height", "w", "h"})
#: the words of a table's name that say its rows are devices (`device_data`, `phone_info`, `terminal`)
DEVICE_TABLES = frozenset({"device", "phone", "mobile", "handset", "terminal"})


class ScreenResolutionRecognizer(FieldRecognizer):
    entity = "SCREEN_RESOLUTION"
    closed_format = True
    names = ("screen resolution", "resolution", "screen", "screen size", "screensize", "display resolution",
             "display size", "screen res", "screen width", "screen height", "screenwidth", "screenheight",
             "screen w", "screen h", "display width", "display height", "viewport", "viewport size", "screen dims",
             "pixel width", "pixel height", "width pixels", "height pixels", "resolution width", "resolution height", "br viewwidth", "br viewheight", "dvce screenwidth", "dvce screenheight",
             "screen dpi", "screen density", "dpi", "density dpi", "pixel ratio", "device pixel ratio", "ppi",
             "pxratio", "dpr", "wm size",
             # an app's or a browser's window in its logical pixels (uni-app's `windowWidth`
             # 设备窗口宽度, the DOM's `innerHeight`): the viewport, as the screen serves it
             "window width", "window height", "windowwidth", "windowheight", "inner width", "inner height",
             "innerwidth", "innerheight")
    # `pixel` (TalkingData's screen field) is also a tracking pixel's: the values decide
    weak_names = ("res", "sr", "vp", "pixel", "pixels")
    negative_names = ("image", "img", "photo", "picture", "video", "thumbnail", "thumb", "banner", "icon", "ad",
                      "creative", "poster", "avatar", "cover", "media", "frame", "bitrate", "camera", "count",
                      "timeout", "time", "duration", "ms", "doc", "document", "page", "element", "column", "table",
                      "font", "border", "margin", "padding", "chart", "canvas", "window",
                      # the key of a resolution (an entity resolution's, a ticket's `resolution_id`), no size
                      "id", "uuid",
                      # whether the screen is on, locked or dimmed (AWARE's `screen_status` 0-3,
                      # `screen_state`, `screen_brightness`): the screen's state, not its size
                      "status", "state", "brightness", "lock", "locked", "unlocked", "orientation")
    patterns = (
        # TalkingData's `pixel` carries the density after the size: `1080*2340*480`
        ValuePattern("WxH", r"\d{3,5} ?[xX×*] ?\d{3,5}(?: ?(?:px|pixels))?(?: ?@ ?[1-4](?:\.\d+)?x|\*[1-6]\d{2})?", 0.85),
        # Android's `wm size` (`Physical size: 1080x2400`, `Override size: …`), as a device report copies it
        ValuePattern("wm size output", r"(?:Physical|Override) size: ?\d{3,5}x\d{3,5}", 0.85),
        ValuePattern("width, height pair", r"\(?\d{3,5}, ?\d{3,5}\)?|\[\d{3,5}, ?\d{3,5}\]", 0.35),
        ValuePattern("pixel dimension", r"\d{3,5}(?:\.0)?", 0.25),
        ValuePattern("pixel ratio or density", r"[1-4](?:\.\d{1,3})?|[1-6]\d0", 0.15),
    )
    context = ("screen", "resolution", "display", "viewport")
    validate_elementwise = True

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
        # a bare width beside its height in a table of devices (an event collector's `device_data`:
        # `width`, `height`, `device_id`, `mobile_model`) is the device's screen, as OpenRTB's
        # `device.w` is; an image's or a page element's size is kept in a table of those
        if other is not None and own in _BARE and not DEVICE_TABLES.isdisjoint(table_words(dataset.name)):
            return Signal("context", f"beside '{other.path}' in a table of devices", 0.5)
        return None

    def validate(self, candidates: pa.Array) -> pa.Array:
        """A `WxH` is a screen's when both sides are a screen's (the short side at least 240
        pixels, the long at least 320) and it is no standard display ad's size (`300x250`,
        `300x600`: a bid's `size` is its creative's); other shapes pass."""
        shaped = pc.fill_null(rx.match(candidates, _DIMENSIONS_RE2), False)
        if not pc.any(shaped).as_py():
            return pa.array(np.ones(len(candidates), dtype=bool))  # bare numbers and ratios: nothing to judge
        return pa.array([not dims or _screen_like(v) for v, dims in zip(candidates.to_pylist(), shaped.to_pylist())],
                        pa.bool_())


#: a width and a height as the patterns write them (`1170x2532`, `(1920, 1080)`)
_DIMENSIONS = re.compile(r"^[(\[]?(\d{3,5}) ?[xX×*,] ?(\d{3,5})")
_DIMENSIONS_RE2 = r"^[(\[]?\d{3,5} ?[xX×*,] ?\d{3,5}"
#: the smallest screens still in use (QVGA phones, 240x320)
SCREEN_MIN_SHORT, SCREEN_MIN_LONG = 240, 320
#: the IAB's standard display ad sizes whose sides both have three digits or more
AD_SIZES = frozenset({(300, 250), (336, 280), (300, 600), (160, 600), (120, 600), (970, 250), (300, 1050),
                      (320, 100), (250, 250), (200, 200), (180, 150), (120, 240), (970, 415), (750, 300)})


def _screen_like(value: str | None) -> bool:
    found = _DIMENSIONS.match(value or "")
    if found is None:
        return True
    width, height = int(found[1]), int(found[2])
    return (min(width, height) >= SCREEN_MIN_SHORT and max(width, height) >= SCREEN_MIN_LONG
            and (width, height) not in AD_SIZES)
