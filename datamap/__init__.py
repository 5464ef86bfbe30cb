"""The foundation under datamap's three rooms (inventory, classifiers, catalog).

`datamap.model` holds the shapes a scan passes between them (`FieldSample`, `DatasetSample`,
`ScanError`) and `datamap.duck` the DuckDB connection helpers every room uses. Nothing here
imports from the rooms, so each room can import from here without an import circle.
"""
