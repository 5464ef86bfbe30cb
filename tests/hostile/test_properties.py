"""Property-based tests of the parsers hostile input reaches first: flattening, log formats,
name and database-URL tokenising. Whatever the input, they return (or raise the one documented
error), never crash, and keep their invariants. (Redaction and messages: tests/inventory/test_redaction.py,
test_messages.py.)"""
from __future__ import annotations

import pyarrow as pa
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from classifiers.names import fold, tokenize
from datamap.flatten import MAX_CELL_CHARS, fields_from_table
from datamap.model import DatasetReadError
from inventory.logformats import FORMATS, detect, parse_lines

SETTINGS = settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])

keys = st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=8)
scalars = st.one_of(st.none(), st.booleans(), st.integers(-10**12, 10**12), st.text(max_size=30),
                    st.floats(allow_nan=False, allow_infinity=False))
documents = st.recursive(scalars, lambda inner: st.dictionaries(keys, inner, max_size=4), max_leaves=12)


def _leaf_paths(doc: object, prefix: str = "") -> set[str]:
    if isinstance(doc, dict) and doc:
        return set().union(*(_leaf_paths(v, f"{prefix}.{k}" if prefix else k) for k, v in doc.items()))
    return {prefix} if prefix else set()


@SETTINGS
@given(st.lists(st.dictionaries(keys, documents, min_size=1, max_size=4), min_size=1, max_size=6))
def test_flattening_keeps_every_leaf_and_bounds_its_statistics(rows):
    try:
        table = pa.Table.from_pylist(rows)
    except (pa.ArrowInvalid, pa.ArrowTypeError, pa.ArrowNotImplementedError, OverflowError):
        return  # rows Arrow cannot type as one table never reach flattening
    fields = fields_from_table(table)
    expected = set().union(*(_leaf_paths(row) for row in rows))
    for sample in fields:  # a leaf, or an object keyed by data read as a map (`<key>`, `<value>`)
        base = sample.path.split(".<key>")[0].split(".<value>")[0]
        assert any(leaf == base or leaf.startswith(base + ".") for leaf in expected), sample.path
    for sample in fields:
        assert 0.0 <= sample.null_ratio <= 1.0
        assert len(sample.values) <= len(rows) or sample.is_list
        if sample.distinct_estimate is not None:
            assert sample.distinct_estimate <= max(len(sample.values), 0)


@SETTINGS
@given(st.lists(st.tuples(st.text(min_size=1, max_size=5), st.integers(MAX_CELL_CHARS + 1, MAX_CELL_CHARS + 99))
                .map(lambda piece: (piece[0] * piece[1])[: piece[1]]), min_size=1, max_size=3))
@example(cells=["\t" * (MAX_CELL_CHARS + 1)])  # tabs alone are no spreadsheet mark of text to strip
@example(cells=["[" * (MAX_CELL_CHARS + 1)])  # nested past the interpreter's depth: text, not JSON
def test_cells_are_bounded_before_classification(cells):
    [sample] = fields_from_table(pa.table({"note": cells}))
    assert max(len(v) for v in sample.values.to_pylist()) == MAX_CELL_CHARS


@SETTINGS
@given(st.lists(st.binary(max_size=40), min_size=1, max_size=5))
def test_binary_columns_are_summarised_never_decoded(blobs):
    [sample] = fields_from_table(pa.table({"photo": pa.array(blobs, pa.binary())}))
    assert len(sample.values) == 0 and sample.note and sample.note.startswith("binary:")


lines = st.lists(st.text(st.characters(blacklist_categories=("Cs",)), max_size=120), min_size=1, max_size=20)


@SETTINGS
@given(lines, st.sampled_from(sorted(set(FORMATS))))
def test_any_lines_parse_in_any_format_without_crashing(sample, format_name):
    try:
        parsed = parse_lines(sample, format_name)
    except DatasetReadError:
        return  # the one error a parser may raise: recorded, the scan goes on
    for field in parsed.fields:
        assert field.path and len(field.values) <= len(sample) * 64
    assert isinstance(detect(sample), str)


@SETTINGS
@given(st.integers(1, 6000))
def test_nested_json_lines_never_overflow_the_stack(depth):
    line = '{"a": ' * depth + "1" + "}" * depth
    assert isinstance(detect([line] * 3), str)
    try:
        parse_lines([line] * 3, "json")
    except DatasetReadError:
        pass


@SETTINGS
@given(st.text(max_size=60))
def test_tokens_are_lower_case_words_of_the_folded_name(name):
    tokens = tokenize(name)
    folded = fold(name).lower()
    for token in tokens:
        assert token and token == token.lower() and token in folded
    assert tokenize(name) == tokens  # cached and pure


@SETTINGS
@given(st.lists(st.from_regex(r"[a-z]{2,6}", fullmatch=True), min_size=1, max_size=4),  # one letter: an acronym
       st.sampled_from(["_", "-", ".", " ", "/"]))
def test_separators_and_camel_case_split_alike(words, separator):
    joined = separator.join(words)
    camel = words[0] + "".join(w.capitalize() for w in words[1:])
    assert tokenize(joined) == tuple(words)
    assert tokenize(camel) == tokenize(joined)


paths = st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=30).filter(
    lambda p: not p.startswith("/"))


@SETTINGS
@given(paths, st.sampled_from(["sqlite", "duckdb", "SQLite", "DUCKDB"]))
def test_database_urls_follow_sqlalchemys_slashes(path: str, scheme: str):
    """URL tokenising: three slashes are relative, four absolute (SQLAlchemy), a plain path is
    itself, whatever the characters of the path."""
    from inventory.connectors.duckdb_source import file_location

    family = scheme.lower()
    assert file_location(f"{scheme}:///{path}", family) == path
    assert file_location(f"{scheme}:////{path}", family) == "/" + path
    assert file_location(path, family) == path
