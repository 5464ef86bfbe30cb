"""Precise location: GPS coordinates and geohashes.

A coordinate is a decimal degree: latitude within +-90, longitude within +-180, with the
two or more decimals (about 1 km or better) that locate a person. A column of such numbers
is a coordinate only with a name (`lat`, `lng`, `double_latitude`) or beside its partner; a
`lat,lon` pair string, a WKT `POINT` or a `geo:` URI carries both. Accuracy, speed, bearing and altitude
sit beside coordinates but are not positions. A geohash is base32 text of 5-12 characters
(Niemeyer's alphabet, no a/i/l/o); it needs its name unless a column of 6+ characters mixes digits
with letters past hex.
"""
from __future__ import annotations

import re

import pyarrow as pa
import pyarrow.compute as pc

from classifiers import rx
from classifiers.evidence import Signal
from classifiers.fieldview import FieldView, per_field, text_shapes
from classifiers.names import NameTokens
from classifiers.recognizer import FieldRecognizer, ValuePattern, as_text
from classifiers.shape import regex_shape
from classifiers.siblings import adjacent, own_has, parent_has, sibling_with
from datamap.model import DatasetSample, FieldSample

_LAT = ("latitude", "lat", "y")
_LON = ("longitude", "lon", "lng", "long", "x")
_NUMBER = r"-?\d{1,3}\.\d{2,}"
_FINE = r"-?\d{1,3}\.\d{3,}"  # ~100 m: what a pair needs to be telling alone
_DECIMAL = re.compile(r"-?\d+(?:\.\d+)?")
#: an encoded polyline: 5-bit chunks written from `?` (63) to `~` (126), pairs of points
_POLYLINE = r"[?-~]{10,}"
#: what tells a polyline from a long word: its punctuation (`_`, `@`, `` ` ``, `{`, `|`, `}`, `~`, `?`, `[`, `^`)
_POLYLINE_MARK = r"[?@\[\\\]^_`{|}~]"


#: words that make a `…_position` a place on earth (`gps_position`, `geo_position`), whatever its numbers
_PLACE_WORDS = frozenset({"gps", "geo", "lat", "lon", "lng", "latitude", "longitude", "map", "earth", "world"})


class GpsCoordinateRecognizer(FieldRecognizer):
    entity = "GPS_COORDINATE"
    closed_format = True
    names = ("latitude", "longitude", "lat", "lng", "lon", "latlng", "lat lng", "lat lon", "latlon", "lnglat", "coordinates",
             "coordinate", "coords", "gps", "gps location", "geo point", "geopoint", "geo lat", "geo lon",
             "geo latitude", "geo longitude", "location lat", "location lng",
             "position", "geolocation", "geo coordinates", "latitude longitude", "point", "polyline",
             "summary polyline", "encoded polyline", "gps track", "track points", "trackpoints")
    # not `x`/`y`: a plot's or a screen's axes as often; they count beside each other, in fine degrees
    weak_names = ("location", "geo", "long", "loc")
    negative_names = ("sequence", "sort", "accuracy", "precision", "error", "speed", "bearing", "heading", "course", "altitude", "elevation",
                      "radius", "count", "zoom", "span", "delta", "tile", "uncertainty", "confidence", "provider",
                      "source", "enabled", "permission", "time", "timestamp", "ts", "at", "id", "type", "name", "city",
                      "country", "region", "hash", "geohash", "text", "label", "description", "ip", "is", "has", "limit",
                      "ad", "tracking", "centroid",
                      # a GPS receiver's report on its fix (NMEA's fix quality, `gps_fix_indicator`,
                      # `horizontal_dilution_of_precision`, satellites in view): how good, not where
                      "indicator", "quality", "fix", "dilution", "satellite", "satellites", "validity",
                      # a place in an order or inside a machine (dmidecode's `Partition Row Position`,
                      # a result's rank, a disk's slot): an ordinal, no point on the earth
                      "row", "column", "partition", "slot", "queue", "rank", "index", "chassis", "rack", "bay")
    patterns = (
        ValuePattern("decimal degrees", _NUMBER, 0.35),
        # `(lat, lon)`, or a JSON array written as text (`[-46.637775, -23.575515]`, GeoJSON's lon, lat)
        ValuePattern("lat,lon pair", rf"[(\[]?{_FINE}\s*[,; ]\s*{_FINE}[)\]]?", 0.6),
        ValuePattern("WKT point", rf"(?i:POINT) ?\( ?{_FINE} {_FINE} ?\)", 0.7),
        # an RFC 5870 `geo:` URI (a chat's shared location, a vCard's GEO, Android's geo intents):
        # `geo:lat,lon[,alt][;u=uncertainty]`, a place by its scheme whatever its decimals
        ValuePattern("geo URI", r"(?i:geo):-?\d{1,2}(?:\.\d+)?,-?\d{1,3}(?:\.\d+)?(?:,-?\d+(?:\.\d+)?)?(?:;[\w.=-]+)*", 0.7),
        # decimal degrees with their hemisphere as a letter or a word instead of a sign, as fleet
        # and tracker platforms display them (`E120.130123`, `N30.259456`, `30.2594N`, `东经120.13`)
        ValuePattern("decimal degrees with hemisphere", rf"[NSEW] ?{_NUMBER}|{_NUMBER} ?[NSEW]|(?:东经|西经|北纬|南纬){_NUMBER}", 0.35),
        # with a GPS fix's 4+ decimals the letter tells alone: no measurement is written so
        ValuePattern("fine degrees with hemisphere", r"[NSEW] ?\d{1,3}\.\d{4,8}|\d{1,3}\.\d{4,8} ?[NSEW]|(?:东经|西经|北纬|南纬)\d{1,3}\.\d{4,8}", 0.6),
        ValuePattern("degrees with hemisphere", r"\d{1,3}(?:\.\d{2,})?° ?[NSEW]|\d{1,3}°\s?\d{1,2}[′']\s?\d{1,2}(?:\.\d+)?[″\"]?\s?[NSEW]", 0.5),
        # Google's `latitudeE7`: degrees times 10^7 as an integer
        ValuePattern("E7 integer", r"-?\d{8,10}", 0.15),
        # a track in Google's encoded polyline format (fitness and routing APIs): printable ASCII
        # from `?` to `~`; alone it could be any word, so only a name decides
        ValuePattern("encoded polyline", _POLYLINE, 0.2),
        # placeholders and coarse values (`-100.0`, `37`) do not contradict a coordinate's name
        ValuePattern("plain number", r"-?\d{1,3}(?:\.\d+)?", 0.1),
    )
    context = ("latitude", "longitude", "lat", "lng", "gps", "location")
    # a `lat,lon` pair or WKT point is telling alone; single numbers score too low to decide
    value_alone = True

    remembers_verdicts = False  # its validator is vectorised

    def ruled_out(self, sample: FieldSample, dataset: DatasetSample) -> bool:
        """No coordinate in a `position` of whole numbers, whatever its name says: a slot's or a
        list's order (a power strip's outlet `position` 1-6, an issue's `position` 0, a Sonos
        queue's `playlist_position` 1, a chat channel's place in its sidebar), where a position on
        earth has its fine degrees or is a pair."""
        own = NameTokens.of(sample.path).own
        if own[-1:] != ("position",) or set(own) & _PLACE_WORDS:
            return False
        # nor in a player's or an audio path's `position` (Android's `audio_hw_generic: expected
        # position 26588403`, a player's `playback.position`): frames or milliseconds into a stream,
        # however large
        return _whole_numbers(sample) or (parent_has(sample, _MEDIA_WORDS) is not None and _integers(sample))

    def validate(self, candidates: pa.Array) -> pa.Array:
        """Every number within +-180, and a pair's first (the latitude) within +-90.

        Single numbers (nearly every candidate) are checked vectorised; pairs one by one.
        """
        single = rx.match(candidates, r"^-?\d+(?:\.\d+)?$")
        # a plain number holds no character of a polyline's (`?` to `~`): the polylines are
        # looked for only among candidates that are not all plain numbers
        if not pc.all(single).as_py():
            polyline = pc.and_(rx.match(candidates, f"^{_POLYLINE}$"),
                               rx.match(candidates, _POLYLINE_MARK))
            if pc.any(polyline).as_py():
                return pc.or_(polyline, self.validate(pc.if_else(polyline, "0", candidates)))
        numbers = pc.cast(pc.if_else(single, candidates, "0"), pa.float64())
        e7 = pc.greater(pc.abs(numbers), 1e7)  # `latitudeE7`: scale back to degrees
        numbers = pc.if_else(e7, pc.divide(numbers, 1e7), numbers)
        in_range = pc.less_equal(pc.abs(numbers), 180.0)
        if pc.all(single).as_py():
            return in_range
        pairs = pa.array([_in_range(v) for v in pc.if_else(single, "", candidates).to_pylist()], pa.bool_())
        return pc.if_else(single, in_range, pairs)

    def context_signal(self, sample: FieldSample, dataset: DatasetSample) -> Signal | None:
        if not _AREA_CENTRES.isdisjoint(NameTokens.of(sample.path).own):
            return None  # `centroid_lat`: the centre of an area, computed, where no one need have been
        if _motion_axis(sample):
            return None  # `gravityX`, `accel.y`: a motion sensor's axis, in m/s² or g, no place
        if sample.is_list and _degree_lists(sample):
            # GeoJSON's and MongoDB's `coordinates`: `[lng, lat]` as an array of two numbers
            return Signal("context", "every value a [longitude, latitude] array of fine degrees", 0.5)
        own = own_has(sample, _LAT + _LON)
        if own is None:
            measured = not _MEASURES.isdisjoint(NameTokens.of(sample.path).own)
            return None if measured or self.vetoed(NameTokens.of(sample.path)) else _degree_pair(sample, dataset)
        if own in _PLANE_AXES and not _fine_degrees(sample):
            return None  # `x`/`y` of a plot or a screen: whole numbers or a few decimals are no degrees
        partner = sibling_with(sample, dataset, _LON if own in _LAT else _LAT)
        if partner is not None:
            return Signal("context", f"'{own}' beside '{partner.path}'", 0.5)
        parent = parent_has(sample, ("location", "geo", "gps", "coordinates", "coords", "position", "point"))
        if parent:
            return Signal("context", f"'{own}' inside a '{parent}' object", 0.4)
        return None


#: a media stream's words: a `position` inside one is a place in the stream
_MEDIA_WORDS = ("audio", "video", "media", "player", "playback", "track", "stream", "buffer", "frames", "codec",
                "song", "music", "podcast", "episode")


def _integers(sample: FieldSample) -> bool:
    """Whether the column is of whole numbers (integers, or text of digits)."""
    values = sample.values.drop_null()
    if len(values) == 0 or sample.is_list:
        return False
    if pa.types.is_string(values.type) or pa.types.is_large_string(values.type):
        return bool(pc.all(rx.match(values, r"^-?[0-9]{1,12}$")).as_py())
    return pa.types.is_integer(values.type)


def _whole_numbers(sample: FieldSample) -> bool:
    """Whether the column is of integers (or of floats without a fraction, or of text that is
    whole numbers: an API that writes every number as a string), none of them an E7-scaled
    degree."""
    values = sample.values.drop_null()
    if len(values) == 0 or sample.is_list:
        return False
    if pa.types.is_string(values.type) or pa.types.is_large_string(values.type):
        if not pc.all(rx.match(values, r"^-?[0-9]{1,9}$")).as_py():
            return False
        values = pc.cast(values, pa.int64())
    if pa.types.is_floating(values.type):
        if not pc.all(pc.equal(values, pc.floor(values))).as_py():
            return False
    elif not pa.types.is_integer(values.type):
        return False
    return bool(pc.all(pc.less(pc.abs(values), 1e4)).as_py())


def _degree_lists(sample: FieldSample) -> bool:
    """Whether every sampled list holds two numbers (three: an altitude after them) in fine
    degrees (4-8 decimals), the first within +-180 and the second within +-90."""
    lengths = sample.list_lengths.drop_null() if sample.list_lengths is not None else None
    if lengths is None or len(lengths) == 0 or not pa.types.is_floating(sample.values.type):
        return False
    if pc.min(lengths).as_py() < 2 or pc.max(lengths).as_py() > 3 or pc.min(lengths).as_py() != pc.max(lengths).as_py():
        return False
    width = pc.min(lengths).as_py()
    values = sample.values.to_numpy(zero_copy_only=False)
    if len(values) != width * len(lengths):
        return False
    points = values.reshape(-1, width)
    fine = pc.sum(rx.match(pc.cast(pa.array(points[:, :2].ravel()), pa.string()), _FINE_DEGREES)).as_py() or 0
    return (fine >= 0.9 * points[:, :2].size and bool((abs(points[:, 0]) <= 180).all())
            and bool((abs(points[:, 1]) <= 90).all()))


#: name words of a point computed for an area (a district's, a cluster's), not a position someone was at
_AREA_CENTRES = frozenset({"centroid", "centroids"})
#: name words of measured quantities whose readings fall within +-90 as often (a cell's
#: `voltage_v`, `current_a`): a column so named pairs with no other as degrees
_MEASURES = frozenset({"voltage", "volt", "volts", "current", "amp", "amps", "capacity", "temperature", "temp",
                       "resistance", "ohm", "price", "weight", "mass", "pressure", "humidity", "rate", "ratio",
                       "percent", "perc", "pct", "score", "power", "energy", "charge", "discharge"})
#: what a motion sensor measures along its axes (a phone's accelerometer, gyroscope and
#: magnetometer as typing, fitness and driving studies log them: `gravityX`, `accel_y`, `gyro.z`)
_MOTION_SENSORS = frozenset({"gravity", "accel", "acceleration", "accelerometer", "gyro", "gyroscope",
                             "magnetometer", "magnetic", "rotation", "angular", "orientation", "tilt", "imu",
                             "motion", "sensor", "attitude", "jerk"})


def _motion_axis(sample: FieldSample) -> bool:
    """Whether the field is an axis of a motion sensor: its own name or its object's names one."""
    name = NameTokens.of(sample.path)
    return not _MOTION_SENSORS.isdisjoint(name.own + name.parent[-1:])


#: axis names that are as often a plot's or a screen's as a map's
_PLANE_AXES = ("x", "y")
#: share of an `x`/`y` column's values that must be fine decimal degrees
_AXIS_FINE_SHARE = 0.5


def _fine_degrees(sample: FieldSample) -> bool:
    text = as_text(sample.values)
    if len(text) == 0:
        return False
    if text_shapes(sample).could_match(_FINE_DEGREES) < _AXIS_FINE_SHARE * len(text):
        return False  # too few values of a coordinate's shape: no regex pass
    fine = pc.sum(rx.match(text, _FINE_DEGREES)).as_py() or 0
    return fine >= _AXIS_FINE_SHARE * len(text)


#: a coordinate as GPS receivers and geocoders write it: 4-8 decimals (11 m to 1 mm); float
#: noise (`0.510200023651123`) and rounded figures (`12.8`) have other lengths
_FINE_DEGREES = r"^-?\d{1,3}\.\d{4,8}$"
#: a double's full precision (`45.72418713569641`: a track converted or computed in floating
#: point, a generator's coordinates) is a coordinate only as places are: close together, within
#: this many degrees of each other (a region); random floats and measurements spread wider
_LONG_DEGREES = r"^-?\d{1,3}\.\d{9,15}$"
_ANY_DEGREES = r"^-?\d{1,3}\.\d{4,15}$"
_LONG_SPREAD = 10.0
_PAIR_MIN_SHARE = 0.8
#: a coordinate of zero: no fix (`0`, `0.0`, `-0.000000`)
_NO_FIX = r"^-?0(?:\.0*)?$"
_PAIR_MIN_VALUES = 5
#: a latitude and its longitude differ (bid/ask, min/max pairs of one quantity do not)
_PAIR_MIN_APART = 1.0
#: degrees within this of (0, 0) on both axes are open sea off Africa ("Null Island"): a pair
#: of columns that never leave it holds small measurements (volts, amperes), not positions
_NULL_ISLAND = 5.0
#: places come in pairs, two at most in a row (pickup and drop-off): a table with more columns
#: of degree-like figures than that holds measurements of one kind (percentages, indices),
#: and no pair of them is told from values alone
_MAX_DEGREE_COLUMNS = 4


#: the length of a phone's acceleration at rest, in m/s² (gravity, 9.81), and how far the
#: median row's may stray while the phone moves in a hand
GRAVITY = (8.8, 10.8)


def _gravity_axis(sample: FieldSample, dataset: DatasetSample) -> bool:
    """Whether the column is one of three side by side whose row-wise length is about g: an
    accelerometer's x, y and z (a typing study's `9.8`-long vectors), no latitude or longitude."""
    fields = [f for f in dataset.fields if f.parent == sample.parent]
    index = next((i for i, f in enumerate(fields) if f.path == sample.path), None)
    if index is None:
        return False
    for start in range(max(index - 2, 0), min(index, len(fields) - 3) + 1):
        axes = [f.values for f in fields[start:start + 3]]
        # rows line up only where no column has gaps (a sample holds a column's filled values)
        if any(not pa.types.is_floating(a.type) or a.null_count or len(a) != len(axes[0]) or len(a) < _PAIR_MIN_VALUES
               for a in axes):
            continue
        length = pc.sqrt(pc.add(pc.add(pc.multiply(axes[0], axes[0]), pc.multiply(axes[1], axes[1])),
                                pc.multiply(axes[2], axes[2])))
        if GRAVITY[0] <= (pc.approximate_median(length).as_py() or 0.0) <= GRAVITY[1]:
            return True
    return False


def _degree_pair(sample: FieldSample, dataset: DatasetSample) -> Signal | None:
    """When names say nothing (`c07`, `val_2`): a column of fine decimal degrees beside another
    one, one within +-90 and the other within +-180, apart from each other, is a lat/lon pair."""
    mine = _degree_stats(sample)
    if mine is None or _gravity_axis(sample, dataset):
        return None
    degrees = [field for field in dataset.fields
               if _degree_stats(field, sample) is not None and _same_scale(field, sample)]
    if len(degrees) > _MAX_DEGREE_COLUMNS and not _points_of_one_region(degrees, sample):
        return None  # a block of like figures (a county's percentages, a survey's scores)
    for neighbour in adjacent(sample, dataset):
        theirs = _degree_stats(neighbour, sample)
        if theirs is None or not _same_scale(sample, neighbour) or abs(mine[0] - theirs[0]) < _PAIR_MIN_APART \
                or max(mine[1], theirs[1]) < _NULL_ISLAND:
            continue
        if min(mine[1], theirs[1]) <= 90.0:
            return Signal("context", f"decimal degrees beside decimal degrees in '{neighbour.path}'", 0.5)
    # the table's only two columns of fine degrees, columns apart (a ride-hailing app's event
    # records: `location_lat`, then app id, platform and channel, then `location_lng`), one of
    # them past +-90 (a longitude, no latitude) and the other within: the pair, further apart
    if len(degrees) == 2:
        other = next(field for field in degrees if field.path != sample.path)
        theirs = _degree_stats(other, sample)
        if (_same_scale(sample, other) and abs(mine[0] - theirs[0]) >= _PAIR_MIN_APART
                and min(mine[1], theirs[1]) <= 90.0 < max(mine[1], theirs[1])):
            return Signal("context", f"decimal degrees and the table's only other ones, in '{other.path}'", 0.45)
    return None


def _same_scale(sample: FieldSample, other: FieldSample) -> bool:
    """Whether two columns write degrees alike: both whole millionths, or both decimals. A
    latitude's partner is written as it is; an integer key beside a decimal latitude is no longitude."""
    return pa.types.is_integer(sample.values.type) == pa.types.is_integer(other.values.type)


#: a trip's many points (online-taxi-public's `order_info`: departure, destination, where the car
#: was, pick-up, drop-off) lie in one region: their latitudes' means within this many degrees of
#: each other, and their longitudes' too
_REGION_SPREAD = 2.0
#: and the two groups this far apart, as a region's latitude and longitude are but two readings of
#: one quantity (percentages, scores) seldom are
_REGION_AXES_APART = 10.0


def _points_of_one_region(degrees: list[FieldSample], sample: FieldSample) -> bool:
    """More columns of fine degrees than a pair or two are still places when they fall into two
    tight groups far apart (the latitudes, the longitudes of one region) of equal size: a ride's
    six points in a row, no block of like figures."""
    means = sorted(_degree_stats(field, sample)[0] for field in degrees)
    gaps = [b - a for a, b in zip(means, means[1:])]
    split = max(range(len(gaps)), key=gaps.__getitem__)
    low, high = means[:split + 1], means[split + 1:]
    return (len(low) == len(high) and gaps[split] >= _REGION_AXES_APART
            and low[-1] - low[0] <= _REGION_SPREAD and high[-1] - high[0] <= _REGION_SPREAD)


@per_field  # asked by the field and by each neighbour: computed once a chunk
def _degree_stats(sample: FieldSample) -> tuple[float, float] | None:
    """(mean, largest magnitude) of a column of fine decimal degrees within +-180, else None."""
    values = sample.values
    if pa.types.is_integer(values.type):
        return _micro_degree_stats(values)
    if len(values) < _PAIR_MIN_VALUES or not (pa.types.is_floating(values.type) or pa.types.is_string(values.type)):
        return None
    text = values if pa.types.is_string(values.type) else pc.cast(values, pa.string())
    shapes = text_shapes(sample)
    # at least the values that cannot be a zero are located: too few of a coordinate's shape
    # among even those many rules the column out before the regex pass below (exact: the
    # test after it, against every located value, could only fail too)
    if shapes.could_match(_ANY_DEGREES) < _PAIR_MIN_SHARE * (len(text) - shapes.could_match(_NO_FIX)):
        return None
    # a zero is no position: the app had no fix, or the user picked no point (CRMEB's address
    # `longitude` '0', an SDK's event without location), as an empty value is none
    located = len(text) - (pc.sum(pc.fill_null(rx.match(text, _NO_FIX), False)).as_py() or 0)
    if located < _PAIR_MIN_VALUES or shapes.could_match(_ANY_DEGREES) < _PAIR_MIN_SHARE * located:
        return None  # too few values of a coordinate's shape: no regex pass
    fine = rx.match(text, _FINE_DEGREES)
    long = rx.match(text, _LONG_DEGREES)
    if pc.any(long).as_py():
        spread = pc.min_max(pc.cast(pc.filter(text, long), pa.float64()))
        if spread["max"].as_py() - spread["min"].as_py() <= _LONG_SPREAD:
            fine = pc.or_(fine, long)
    if (pc.sum(fine).as_py() or 0) < _PAIR_MIN_SHARE * located:
        return None
    numbers = pc.cast(pc.filter(text, fine), pa.float64())
    largest = pc.max(pc.abs(numbers)).as_py()
    if largest is None or largest > 180.0 or largest < 1.0:
        return None  # past any longitude, or fractions (shares, probabilities)
    return pc.mean(numbers).as_py(), largest


#: millionths of a degree, as whole numbers: the JT/T 808 position report's and the Chinese fleet
#: platforms' columns (jt808-server's `longitude INT` 121740204 for 121.740204); a degree or more
#: (7 to 9 digits), at most a longitude
_MICRO = 1e6
#: a run of keys (1000100 … 1000300) fills its range; a region's positions are scattered over it
_MICRO_MIN_SPARSITY = 4.0
#: a GPS fix's last digits vary: most values are no round figure
_MICRO_MIN_UNROUND = 0.5


def _micro_degree_stats(values: pa.Array) -> tuple[float, float] | None:
    """(mean, largest magnitude) in degrees of a column of whole millionths of a degree, else None:
    values of 7 to 9 digits within +-180 degrees, zeros (no fix) aside, scattered rather than a run
    of keys, and mostly not round."""
    numbers = pc.cast(values.drop_null(), pa.int64())
    numbers = pc.filter(numbers, pc.not_equal(numbers, 0))
    if len(numbers) < _PAIR_MIN_VALUES:
        return None
    bounds = pc.min_max(pc.abs(numbers))
    low, high = bounds["min"].as_py(), bounds["max"].as_py()
    if low < _MICRO or high > 180.0 * _MICRO:
        return None
    distinct = len(pc.unique(numbers))
    if distinct < _PAIR_MIN_VALUES or (high - low) < _MICRO_MIN_SPARSITY * distinct:
        return None  # a run of keys or codes, no scattered positions
    hundreds = pc.multiply(pc.divide(numbers, 100), 100)  # integer division: the value rounded down
    if pc.mean(pc.cast(pc.not_equal(numbers, hundreds), pa.float64())).as_py() < _MICRO_MIN_UNROUND:
        return None
    return pc.mean(numbers).as_py() / _MICRO, high / _MICRO


def _in_range(text: str | None) -> bool:
    if "°" in (text or ""):
        return True  # degrees with a hemisphere letter: the pattern bounded the numbers
    parts = [float(p) for p in _DECIMAL.findall(text or "")]
    if not parts or not all(abs(p) <= 180 for p in parts):
        return False
    # `lat,lon` puts the latitude first; WKT `POINT(lon lat)` and the Chinese map APIs (AMap's
    # `location=lng,lat`) the longitude: a pair stands when either of its numbers can be the latitude
    return len(parts) == 1 or min(abs(p) for p in parts) <= 90


#: one word then a counter: at least this share of a column's values, under one word
COUNTED_SHARE = 0.5
#: the shape of every value `_counted_names` counts (letters, then digits): a column with too
#: few values of it is ruled out without a regex pass
_COUNTED_SHAPE = regex_shape(r"[A-Za-z]{2,}[0-9]+")


def _counted_names(view: FieldView) -> bool:
    """Whether most values (by count) are one and the same word followed by a number, or words
    followed by a small number: a device's or an interface's name (`eth0`, `ens33`, `docker0`,
    `rmnet1`). Read over the column, not per value: a real cell may end in digits after letters
    (`wtstc07`), but cells are not mostly so."""
    values = view.informative
    if values.total == 0 or view.could_match(_COUNTED_SHAPE) < COUNTED_SHARE * values.total:
        return False
    numbered = rx.match(values.values, r"^[A-Za-z]{2,}[0-9]{1,3}$", distinct=True)
    if values.hits(numbered) >= COUNTED_SHARE * values.total:
        return True
    words = rx.extract(values.values, r"^(?P<word>[A-Za-z]{3,})[0-9]+$").field("word")
    counts: dict[str, int] = {}
    for word, count in zip(words.to_pylist(), values.counts.tolist()):
        if word:
            counts[word] = counts.get(word, 0) + count
    return bool(counts) and max(counts.values()) >= COUNTED_SHARE * values.total


class GeohashRecognizer(FieldRecognizer):
    entity = "GEOHASH"
    closed_format = True
    names = ("geohash", "geo hash", "geohash4", "geohash5", "geohash6", "geohash7", "geohash8", "geohash9", "geo cell",
             "location hash")
    negative_names = ("count", "commit", "git", "sha", "md5")
    # 4 characters is ~20 km (approximate); 7 or more locate a street
    weak_names = ("geo", "gh")
    patterns = (
        ValuePattern("geohash", r"[0-9bcdefghjkmnpqrstuvwxyz]{4,12}", 0.35),
        # 6+ characters (1 km or better) with a digit and a letter past hex: no word, no hex id
        ValuePattern("street-level geohash", r"[0-9bcdefghjkmnpqrstuvwxyz]{6,12}", 0.6),
    )
    context = ("geohash",)
    # a column of base32 cells that mix digits and letters past hex is telling alone (random ids
    # of another alphabet hold a, i, l or o in most values; words hold no digits)
    value_alone = True
    shape_suffices = True  # `dqcx` under a `geohash` name is one, digits or not

    remembers_verdicts = False  # its validator is vectorised

    def validate(self, candidates: pa.Array) -> pa.Array:
        digit = rx.match(candidates, r"[0-9]")
        past_hex = rx.match(candidates, r"[ghjkmnpqrstuvwxyz]")
        # a cell mixes letters all through; `tt0498329` (IMDb) is a prefix and a number
        letters = rx.match(candidates, r"[b-z].*[b-z].*[b-z]")
        short = pc.less(pc.utf8_length(candidates), 6)  # coarse cells: their name decides
        # a hex literal (`0x22bb`, a Bluetooth chip's revision as `hciconfig` prints it) is a
        # number written in base 16: its `x` is the notation's, no cell's letter
        hex_literal = rx.match(candidates, r"^0x[0-9a-fA-F]+$")
        # one letter and then digits only (a phone extension `x5800`, a room `b204`, a code
        # `k1042`) is a prefixed number: a cell's later characters are letters two times in three
        prefixed_number = rx.match(candidates, r"^[b-z][0-9]{3,}$")
        code = pc.or_(hex_literal, prefixed_number)
        return pc.and_(pc.invert(code), pc.or_(short, pc.and_(pc.and_(digit, past_hex), letters)))

    values_within_patterns = True  # its value signal only refines or drops the base one

    def value_signal(self, sample: FieldSample) -> Signal | None:
        """The cells' share (see FieldRecognizer), none when most values are one word and then a
        counter (`user0` … `user329`, `node12`): generated names. A cell may end in digits after
        letters too (one in twenty of seven characters), but cells share no one word."""
        if _counted_names(FieldView.of(sample)) or _hex_only(FieldView.of(sample)):
            return None
        return super().value_signal(sample)


#: distinct values a column needs before its having no letter past `f` says it is hex
HEX_ONLY_MIN_DISTINCT = 8


def _hex_only(view: FieldView) -> bool:
    """Short hex strings (a password's salt `3f9c`, red-book's `tbl_sys_user.salt`): many different
    values with no letter past `f` are hexadecimal, no cells, which use 22 more letters of their
    alphabet (a 4-character cell avoids them one time in twenty)."""
    distinct = view.distinct.values
    if len(distinct) < HEX_ONLY_MIN_DISTINCT or not (pa.types.is_string(distinct.type) or pa.types.is_large_string(distinct.type)):
        return False
    return not pc.any(rx.match(distinct, "[g-z]", distinct=True)).as_py()


#: a compass direction as Chinese map services write it (simplified and traditional)
_DIRECTION = r"(?:东北|东南|東北|東南|西北|西南|东|東|南|西|北)"
#: a landmark and where from it: `浙江大学(玉泉校区)西南108米`, `万象城内`, `地铁站附近`
_FROM_LANDMARK = (rf"[一-鿿A-Za-z0-9·()（）-]{{2,30}}?(?:{_DIRECTION}(?:方向)?\d{{1,4}}(?:米|公尺)|内|內|附近)")


class LandmarkOffsetRecognizer(FieldRecognizer):
    """Positions told from a landmark (`浙江大学西南108米`), precise as a coordinate.

    Chinese reverse geocoders describe a point so (Baidu's `sematic_description`), and delivery
    apps copy it: a direction and a distance in metres from a named place locate someone as a
    coordinate does, hence GPS_COORDINATE's entity and category.

    The column needs at least one offset in metres among its values: `…内` (inside) and `…附近`
    (near) alone are also how a venue's name ends."""

    entity = "GPS_COORDINATE"
    names = ("semantic description", "sematic description", "landmark offset", "relative position")
    negative_names = ("count", "id", "type", "url")
    patterns = (ValuePattern("offset from a landmark", rf"{_FROM_LANDMARK}(?:[,，]{_FROM_LANDMARK}){{0,3}}", 0.6),)
    context = ("landmark",)
    value_alone = True
    in_free_text = False  # a chat's `往东100米` directs someone; a column of them locates each row

    def value_signal(self, sample: FieldSample) -> Signal | None:
        view = FieldView.of(sample)
        text = view.informative
        # (no value holding both a digit and a non-ASCII character: no offset, and no regex pass)
        if text.total == 0 or not view.could_match(_METRES_SHAPE) \
                or not text.hits(rx.match(text.values, _METRES, distinct=True)):
            return None
        return super().value_signal(sample)


#: a distance in metres somewhere in a value, and the shape any value holding one has
_METRES = r"\d(?:米|公尺)"
_METRES_SHAPE = regex_shape(rf"^.*{_METRES}.*$")
