"""SQL dump files: the tables a dump fills are datasets, their column comments evidence."""
from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import pytest

from inventory.connectors import SampleOptions, connector_for
from inventory.connectors.sqldump import SqlDumpConnector
from inventory.scan import scan

MYSQL = """-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)
/*!40101 SET NAMES utf8mb4 */;
DROP TABLE IF EXISTS `t_member`;
CREATE TABLE `t_member` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT COMMENT '主键',
  `c1` varchar(20) DEFAULT NULL COMMENT '手机号',
  `c2` varchar(64) DEFAULT NULL COMMENT '备注',
  `born` date DEFAULT NULL,
  `score` decimal(10,2) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='会员';
CREATE TABLE `t_empty` (
  `id` int NOT NULL COMMENT '主键'
) ENGINE=InnoDB;
LOCK TABLES `t_member` WRITE;
INSERT INTO `t_member` VALUES {rows};
INSERT INTO `t_member` VALUES {more};
UNLOCK TABLES;
"""


def _rows(start: int, n: int) -> str:
    return ",".join(f"({i},'1391234{i:04d}','it\\'s; fine',{'NULL' if i % 5 == 0 else repr('1990-01-%02d' % (i % 28 + 1))},"
                    f"-{i}.5)" for i in range(start, start + n))


@pytest.fixture
def dump(tmp_path: Path) -> Path:
    path = tmp_path / "backup.sql"
    path.write_text(MYSQL.format(rows=_rows(1, 40), more=_rows(41, 40)), encoding="utf-8")
    return path


def test_a_mysqldump_table_is_a_dataset_with_its_comments_and_typed_values(dump: Path) -> None:
    connector = connector_for(str(dump))
    assert isinstance(connector, SqlDumpConnector)
    refs = {ref.name: ref for ref in connector.datasets()}
    assert set(refs) == {"backup.sql/t_member"}  # t_empty holds no row: no dataset
    sample = connector.sample(refs["backup.sql/t_member"], SampleOptions(rows=1000))
    assert sample.sampled_rows == sample.row_count == 80
    fields = {f.path: f for f in sample.fields}
    assert fields["c1"].comment == "手机号" and fields["born"].comment is None
    assert fields["c2"].values[0].as_py() == "it's; fine"  # backslash escape and `;` inside a string
    assert pa.types.is_integer(fields["id"].values.type) and pa.types.is_timestamp(fields["born"].values.type)
    assert fields["score"].values[0].as_py() == -1.5 and fields["born"].null_ratio == pytest.approx(16 / 80)
    assert fields["born"].declared_type.upper().startswith("DATE")


def test_a_sample_reads_the_first_statements_and_estimates_the_rest(dump: Path) -> None:
    connector = SqlDumpConnector(str(dump))
    ref = next(iter(connector.datasets()))
    sample = connector.sample(ref, SampleOptions(rows=30))
    assert sample.sampled_rows == 30 and sample.row_count == 80
    assert any("estimated" in note for note in sample.notes)


def test_postgres_inserts_with_column_lists_and_comment_on(tmp_path: Path) -> None:
    path = tmp_path / "seed.sql"
    path.write_text("CREATE TABLE public.kehu (\n  id integer,\n  f1 text\n);\n"
                    "COMMENT ON COLUMN public.kehu.f1 IS '联系人姓名';\n"
                    "INSERT INTO public.kehu (f1, id) VALUES ('王芳', 1), ('李建国', 2);\n", encoding="utf-8")
    connector = SqlDumpConnector(str(path))
    ref = next(iter(connector.datasets()))
    assert ref.name == "seed.sql/public.kehu"
    sample = connector.sample(ref, SampleOptions())
    fields = {f.path: f for f in sample.fields}
    assert fields["f1"].comment == "联系人姓名" and fields["f1"].values.to_pylist() == ["王芳", "李建国"]
    assert fields["id"].values.to_pylist() == [1, 2]


def test_a_file_of_queries_holds_no_dataset(tmp_path: Path) -> None:
    path = tmp_path / "report.sql"
    path.write_text("-- monthly report\nSELECT count(*) FROM orders WHERE day > '2024-01-01';\n"
                    "CREATE TABLE t (a int);\n", encoding="utf-8")
    assert list(SqlDumpConnector(str(path)).datasets()) == []


def test_a_dump_in_a_folder_is_classified_by_its_comments(dump: Path) -> None:
    (dump.parent / "notes.csv").write_text("id,x\n1,2\n")
    result = scan([str(dump.parent)])
    assert not result.errors
    best = {r.sample.path: r.best() for r in result.classified["backup.sql/t_member"]}
    assert best["c1"].entity == "PHONE_NUMBER"
    assert any(s.kind == "comment" and "手机号" in s.detail for s in best["c1"].signals)


def test_pg_dump_copy_blocks_are_read_with_their_comments(tmp_path: Path) -> None:
    null, tab = "\\N", "a\\tb"  # COPY's NULL and an escaped tab
    rows = "".join(f"{i}\t1381234{i:04d}\t{null if i % 4 == 0 else tab}\n" for i in range(1, 41))
    path = tmp_path / "shop.sql"
    path.write_text(
        "--\n-- PostgreSQL database dump\n--\nSET statement_timeout = 0;\n"
        "CREATE TABLE public.kehu (\n    id integer NOT NULL,\n    c1 text,\n    note text\n);\n"
        "COMMENT ON COLUMN public.kehu.c1 IS '联系电话';\n"
        f"COPY public.kehu (id, c1, note) FROM stdin;\n{rows}\\.\n\n"
        "ALTER TABLE ONLY public.kehu ADD CONSTRAINT kehu_pkey PRIMARY KEY (id);\n", encoding="utf-8")
    connector = SqlDumpConnector(str(path))
    refs = list(connector.datasets())
    assert [r.name for r in refs] == ["shop.sql/public.kehu"]
    sample = connector.sample(refs[0], SampleOptions(rows=1000))
    fields = {f.path: f for f in sample.fields}
    assert sample.sampled_rows == sample.row_count == 40
    assert fields["id"].values.to_pylist()[:3] == [1, 2, 3] and fields["c1"].comment == "联系电话"
    assert fields["note"].values[0].as_py() == "a\tb" and fields["note"].null_ratio == pytest.approx(10 / 40)
    assert connector.sample(refs[0], SampleOptions(rows=10)).sampled_rows == 10
