"""SQL dump files: the tables a dump fills are datasets, their column comments evidence."""
from __future__ import annotations

import gzip
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


def test_a_sample_is_drawn_at_random_over_the_statements_and_counts_the_rest(dump: Path) -> None:
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


def _pg_dump(rows: int) -> str:
    null = "\\N"
    lines = "".join(f"{i}\t1381234{i:04d}\t{null if i <= rows // 2 else 'oaid-' + str(i)}\n" for i in range(1, rows + 1))
    return ("--\n-- PostgreSQL database dump\n--\n"
            "CREATE TABLE public.t_device (\n    id integer NOT NULL,\n    phone text,\n    oaid text\n);\n"
            "COMMENT ON COLUMN public.t_device.oaid IS '匿名设备标识符';\n"
            f"COPY public.t_device (id, phone, oaid) FROM stdin;\n{lines}\\.\n\n")


def test_a_gzipped_dump_in_a_folder_is_read_like_a_plain_one(tmp_path: Path) -> None:
    with gzip.open(tmp_path / "device_center.sql.gz", "wt", encoding="utf-8") as handle:
        handle.write(_pg_dump(40))
    (tmp_path / "notes.csv").write_text("id,x\n1,2\n")
    result = scan([str(tmp_path)])
    assert not result.errors
    fields = {r.sample.path: r.sample for r in result.classified["device_center.sql.gz/public.t_device"]}
    assert fields["oaid"].comment == "匿名设备标识符" and len(fields["phone"].values) == 40


def test_copy_rows_are_sampled_over_the_whole_table_not_its_first_rows(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "big.sql"
    path.write_text(_pg_dump(3000), encoding="utf-8")
    connector = SqlDumpConnector(str(path))
    ref = next(iter(connector.datasets()))
    whole = connector.sample(ref, SampleOptions(rows=200, seed=1))
    assert whole.row_count == 3000 and whole.sampled_rows == 200
    # the first half of the rows has no OAID yet (a column added later): a random sample sees both halves
    oaid = {f.path: f for f in whole.fields}["oaid"]
    assert 0.3 < oaid.null_ratio < 0.7
    assert connector.sample(ref, SampleOptions(rows=200, seed=1)).fields[0].values == whole.fields[0].values
    # a block too large to read whole: runs of lines from random offsets, the count estimated
    monkeypatch.setattr("inventory.connectors.sqldump.COPY_READ_WHOLE", 1024)
    runs = connector.sample(ref, SampleOptions(rows=200, seed=1))
    assert 190 <= runs.sampled_rows <= 200 and 2500 < runs.row_count < 3500  # a run cut by the end: a few short
    assert 0.2 < {f.path: f for f in runs.fields}["oaid"].null_ratio < 0.8


def test_a_truncated_compressed_dump_is_one_error(tmp_path: Path) -> None:
    data = gzip.compress(_pg_dump(400).encode())
    (tmp_path / "cut.sql.gz").write_bytes(data[: len(data) // 2])
    result = scan([str(tmp_path)])
    assert len(result.errors) == 1 and "cut.sql.gz" in result.errors[0].dataset


def test_a_compressed_dump_of_one_row_inserts_is_sampled_in_a_few_passes(tmp_path: Path, monkeypatch) -> None:
    # one INSERT per row, as `mysqldump --skip-extended-insert` writes: every backward seek restarts
    # the gzip stream, so the sample must be read in a few file-order passes, not one per statement
    head = MYSQL.split("LOCK TABLES")[0]
    inserts = "".join(f"INSERT INTO `t_member` VALUES {_rows(i, 1)};\n" for i in range(1, 2001))
    path = tmp_path / "one_per_row.sql.gz"
    with gzip.open(path, "wt", encoding="utf-8") as handle:
        handle.write(head + inserts)
    backward_seeks = 0
    real_open = gzip.open

    class CountingHandle:
        def __init__(self, handle) -> None:
            self.handle = handle

        def seek(self, offset: int) -> int:
            nonlocal backward_seeks
            backward_seeks += offset < self.handle.tell()
            return self.handle.seek(offset)

        def __getattr__(self, name: str):
            return getattr(self.handle, name)

        def __enter__(self):
            return self

        def __exit__(self, *exc) -> None:
            self.handle.close()

    monkeypatch.setitem(__import__("inventory.connectors.sqldump", fromlist=["COMPRESSED"]).COMPRESSED,
                        ".gz", lambda p, mode: CountingHandle(real_open(p, mode)))
    connector = SqlDumpConnector(str(path))
    ref = next(iter(connector.datasets()))
    backward_seeks = 0
    sample = connector.sample(ref, SampleOptions(rows=500, seed=3))
    assert sample.sampled_rows == 500 and 1500 < sample.row_count < 2500
    assert backward_seeks <= 3
    phones = {f.path: f for f in sample.fields}["c1"].values.to_pylist()
    assert min(phones) < "13912340500" and max(phones) > "13912341500"  # drawn over the whole dump


SSMS = """USE [UFDATA_001_2024]
GO
/****** Object:  Table [dbo].[hr_hi_person]    Script Date: 2024/12/15 10:12:33 ******/
SET ANSI_NULLS ON
GO
CREATE TABLE [dbo].[hr_hi_person](
\t[cPsn_Num] [nvarchar](20) NOT NULL,
\t[cPsnMobilePhone] [nvarchar](100) NULL,
\t[dBirthDate] [datetime] NULL,
\t[iAge] [int] NULL,
 CONSTRAINT [PK_hr_hi_person] PRIMARY KEY CLUSTERED 
(
\t[cPsn_Num] ASC
)WITH (PAD_INDEX = OFF, ALLOW_PAGE_LOCKS = ON) ON [PRIMARY]
) ON [PRIMARY]
GO
{rows}GO
EXEC sys.sp_addextendedproperty @name=N'MS_Description', @value=N'手机号' , @level0type=N'SCHEMA',@level0name=N'dbo', \
@level1type=N'TABLE',@level1name=N'hr_hi_person', @level2type=N'COLUMN',@level2name=N'cPsnMobilePhone'
GO
"""


def test_a_sql_server_script_saved_as_utf16_is_read_with_its_descriptions(tmp_path: Path) -> None:
    rows = "".join(f"INSERT [dbo].[hr_hi_person] ([cPsn_Num], [cPsnMobilePhone], [dBirthDate], [iAge]) VALUES (N'{i:04d}', "
                   f"N'1391234{i:04d}', {'NULL' if i % 5 == 0 else f'CAST(N{chr(39)}1990-01-{i % 28 + 1:02d}T00:00:00.000{chr(39)} AS DateTime)'}, {20 + i})\r\n"
                   for i in range(1, 31))
    path = tmp_path / "UFDATA.sql"
    path.write_bytes(SSMS.format(rows=rows).replace("\n", "\r\n").encode("utf-16"))  # SSMS's "Unicode": a BOM, UTF-16LE
    connector = connector_for(str(path))
    refs = {ref.name: ref for ref in connector.datasets()}
    assert set(refs) == {"UFDATA.sql/dbo.hr_hi_person"}
    sample = connector.sample(refs["UFDATA.sql/dbo.hr_hi_person"], SampleOptions(rows=1000))
    assert sample.row_count == 30
    fields = {f.path: f for f in sample.fields}
    assert fields["cPsnMobilePhone"].comment == "手机号" and fields["cPsn_Num"].comment is None
    assert "0001" in fields["cPsn_Num"].values.to_pylist()  # N'…' is text
    assert pa.types.is_timestamp(fields["dBirthDate"].values.type)  # CAST(N'…' AS DateTime) is its literal
    assert 21 in fields["iAge"].values.to_pylist()
    connector.close()


def test_an_oracle_export_with_sqlplus_commands_and_to_date_values(tmp_path: Path) -> None:
    # PL/SQL Developer's "Export Tables" as SQL inserts: `prompt`/`set` lines without `;`,
    # `values` on a line of its own, dates as `to_date('…', '…')`, comments as `comment on column`
    lines = ["prompt PL/SQL Developer Export Tables for user APP@ORCL", "set feedback off", "set define off",
             "prompt Creating T_YH_XX...", "create table T_YH_XX", "(", "  YHID NUMBER(20) not null,", "  SJH VARCHAR2(20),",
             "  CSRQ DATE", ")", ";", "comment on column T_YH_XX.SJH is '手机号';", "prompt Loading T_YH_XX..."]
    lines += [f"insert into T_YH_XX (YHID, SJH, CSRQ)\nvalues ({i}, '1391234{i:04d}', to_date('{i % 28 + 1:02d}-03-1975', "
              f"'dd-mm-yyyy'));" for i in range(25)]
    lines += ["commit;", "prompt 25 records loaded", "set feedback on"]
    path = tmp_path / "app_orcl.sql"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    connector = connector_for(str(path))
    refs = {ref.name: ref for ref in connector.datasets()}
    assert set(refs) == {"app_orcl.sql/T_YH_XX"}
    sample = connector.sample(refs["app_orcl.sql/T_YH_XX"], SampleOptions(rows=1000))
    fields = {f.path: f for f in sample.fields}
    assert sample.row_count == 25 and fields["SJH"].comment == "手机号"
    assert "01-03-1975" in [str(v) for v in fields["CSRQ"].values.to_pylist()]  # the literal inside to_date
