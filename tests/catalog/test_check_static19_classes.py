"""Static mode on the shapes benchmarks/static19 found: an OAuth / OIDC authentication service's
sqlx migrations (Matrix Authentication Service), an image board's `pg_dump` (Danbooru), a forum's
MySQL install script (Simple Machines Forum), Fivetran's Amplitude dbt source package, Snowplow's
Redshift event table and a BigQuery schema over the GA4 export. Each excerpt is written the way
those projects write it."""
from __future__ import annotations

from catalog.checks.static import columns_from_sql

from tests.catalog.check_helpers import static_flagged


def _flagged(sql: str, dialect: str = "postgres") -> dict[tuple[str, str], str]:
    schema = columns_from_sql(sql, dialect, "m.sql")
    assert not schema.errors, schema.errors
    return static_flagged(schema)


# SMF's `other/install_3-0_MySQL.sql`: the installer's PHP fills in `{$db_prefix}` and `{$engine}`
SMF_MEMBERS = """
#
# Table structure for table `members`
#

CREATE TABLE {$db_prefix}members (
	id_member MEDIUMINT UNSIGNED AUTO_INCREMENT,
	member_name VARCHAR(80) NOT NULL DEFAULT '',
	email_address VARCHAR(255) NOT NULL DEFAULT '',
	PRIMARY KEY (id_member)
) ENGINE={$engine};
"""

# Joomla's `installation/sql/mysql/base.sql`: `#__` is the prefix the installer replaces
JOOMLA_USERS = """
CREATE TABLE IF NOT EXISTS `#__users` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(400) NOT NULL DEFAULT '',
  `email` varchar(100) NOT NULL DEFAULT '',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 DEFAULT COLLATE=utf8mb4_unicode_ci;
"""


def test_an_installers_table_prefix_is_no_part_of_the_tables_name() -> None:
    flagged = _flagged(SMF_MEMBERS, "mysql")
    assert flagged[("members", "email_address")] == "contact.email"
    assert _flagged(JOOMLA_USERS, "mysql")[("users", "email")] == "contact.email"
