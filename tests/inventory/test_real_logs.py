"""Logs written by real software (lines shaped as in benchmarks/logs2): Zeek's TSV logs, daemons'
auth failures, an LDAP server, CouchDB's request lines, and the false readings they used to
cause (a Zeek connection id as an account, a certificate serial as a device, a group id as a
cookie, a log's date as a person, a SIP address as an e-mail)."""
from __future__ import annotations

from classifiers.engine import classify_dataset
from classifiers.evidence import Detection
from classifiers.secondary import _plausible_name, detect as detect_in_text
from datamap.model import DatasetSample, FieldSample
from inventory.logformats import detect, parse_lines
from inventory.logformats.templates import mine_slots

import pyarrow as pa

ZEEK_HEAD = ["#separator \\x09", "#set_separator\t,", "#empty_field\t(empty)", "#unset_field\t-", "#path\thttp",
             "#open\t2014-04-03-10-08-27"]
ZEEK_HTTP = ZEEK_HEAD + [
    "#fields\tts\tuid\tid.orig_h\tid.orig_p\tid.resp_h\tid.resp_p\tmethod\thost\turi\treferrer\tuser_agent\ttags",
    "#types\ttime\tstring\taddr\tport\taddr\tport\tstring\tstring\tstring\tstring\tstring\ttable[enum]",
] + [f"1379288667.{n:06d}\tC{n}yIaMO7IheOh38Zs\t192.168.33.{10 + n}\t{1031 + n}\t54.245.228.191\t80\tGET\t"
     f"www.guyspy.com\t/wp-content/p{n}.css?ver=3.3.{n}\thttp://www.guyspy.com/\t"
     f"Mozilla/4.0 (compatible; MSIE 8.0; Windows NT 5.1; Trident/4.0)\t(empty)" for n in range(8)] + [
    "#close\t2014-04-03-10-08-28"]
ZEEK_X509 = [
    "#fields\tts\tid\tcertificate.version\tcertificate.serial\tcertificate.subject",
] + [f"1491014728.718886\tFpRKkS3G9OsjApJvQ{n}\t3\t5A0002053AC4098AA23DBFFD5E0001000205{n}A\tCN=*.pipe.skype.com"
     for n in range(6)]


def _classified(lines: list[str]) -> tuple[str, dict[str, str | None]]:
    fmt = detect(lines, lines[:16])
    parsed = parse_lines(lines, fmt, lines[:16])
    sample = DatasetSample(name="t.log", source="t", kind=parsed.kind, fields=parsed.fields)
    results = classify_dataset(sample, embedded=False)
    return fmt, {r.sample.path: (r.best().entity if r.best() else None) for r in results}


def test_zeek_tsv_logs_are_read_by_their_fields_directive() -> None:
    fmt, entities = _classified(ZEEK_HTTP)
    assert fmt == "zeek"
    assert entities["id.orig_h"] == "IP_ADDRESS"
    assert entities["user_agent"] == "USER_AGENT"
    assert "tags" not in entities  # `(empty)` on every line: no value, no field
    # Zeek documents `uid` as a connection's id: no account, though `uid` names one in a table
    assert entities["uid"] is None


def test_a_certificate_serial_is_no_device_serial() -> None:
    fmt, entities = _classified(ZEEK_X509)
    assert fmt == "zeek"
    assert entities["certificate.serial"] is None


def _slots(lines: list[str]) -> dict[str, list[str]]:
    slots, _ = mine_slots(lines, [None] * len(lines))
    return {path: slot.values for path, slot in slots.items()}


def test_quoted_and_punctuated_values_are_bare_slot_values() -> None:
    slots = _slots([
        '2012/04/09 11:53:29 [error] 2865#0: *66647 user "xyz" was not found in "/var/www/.htpasswd", '
        'client: 192.0.43.10, server: www.myhost.com, request: "GET / HTTP/1.1", host: "www.myhost.com"',
        '2012/04/09 11:53:36 [error] 2865#0: *66648 user "scriben dio" was not found in "/var/www/.htpasswd", '
        'client: 192.0.2.1, server: www.myhost.com, request: "GET /admin HTTP/1.1", host: "www.myhost.com"'])
    assert slots["user"] == ["xyz", "scriben dio"]
    assert slots["request"] == ["GET / HTTP/1.1", "GET /admin HTTP/1.1"]
    # a single line's quoted words are values too (Cisco ASA's `for user "admin"`)
    assert _slots(['Login permitted from 192.168.202.51/3507 to inside:192.168.2.20/ssh for user "admin"'])["user"] \
        == ["admin"]


def test_a_mysql_account_is_its_user_and_its_host() -> None:
    slots = _slots(["130324  0:04:00 [Warning] Access denied for user 'root'@'192.168.1.35' (using password: NO)",
                    "130324  8:24:09 [Warning] Access denied for user 'hacker'@'220.95.238.171' (using password: YES)"])
    assert slots["user"] == ["root", "hacker"]
    assert "192.168.1.35" in next(values for values in slots.values() if "220.95.238.171" in values)


def test_a_key_that_varies_between_lines_still_names_its_value() -> None:
    slots = _slots(['conn=1001 op=2 ADD dn="uid=toto,ou=people,dc=logbox,dc=test"',
                    'conn=1018 op=1 MOD dn="cn=titi,ou=people,dc=logbox,dc=test"'])
    assert slots["uid"] == ["toto"]
    assert slots["cn"] == ["titi"]
    assert slots["op"] == ["2 ADD", "1 MOD"]


def test_the_path_after_an_http_method_is_the_request() -> None:
    slots = _slots(["[Thu, 12 Jul 2012 06:47:06 GMT] [info] [<0.11363.102>] 10.115.51.95 - - GET "
                    "/registry/_design/app/_show/package/minimatch?pkg=minimatch 200",
                    "[Thu, 12 Jul 2012 07:02:50 GMT] [info] [<0.20236.102>] 10.115.51.96 - - HEAD /registry 200"])
    assert slots["request"] == ["/registry/_design/app/_show/package/minimatch?pkg=minimatch", "/registry"]


def _field(name: str, values: list[str], origin: str = "log-slot") -> FieldSample:
    return FieldSample(path=name, values=pa.array(values, pa.string()), origin=origin)


def _entity(sample: FieldSample) -> str | None:
    best = classify_dataset(DatasetSample(name="t.log", source="t", kind="text-log", fields=[sample]),
                            embedded=False)[0].best()
    return best.entity if best else None


def test_a_posix_group_id_is_no_cookie_and_an_ldap_dn_is_an_account() -> None:
    assert _entity(_field("gidNumber", ["0+uidNumber=0", "0+uidNumber=0"])) is None
    assert _entity(_field("_gid", ["GA1.2.1234567890.1699999999", "GA1.2.2234567890.1699999999"])) == "COOKIE_ID"
    assert _entity(_field("dn", ["uid=toto,ou=people,dc=logbox,dc=test", "cn=titi,ou=people,dc=logbox,dc=test"])) \
        == "ACCOUNT_ID"
    assert _entity(_field("user", ["root", "hacker", "admin"])) == "ACCOUNT_ID"


def test_a_dates_weekday_and_month_are_no_person() -> None:
    assert not _plausible_name("Thu Jul", machine_text=True)
    assert not _plausible_name("Sun Sep", machine_text=False)
    assert _plausible_name("April Jones", machine_text=False)


def _in_text(texts: list[str]) -> dict[str, Detection]:
    sample = FieldSample(path="(free text)", values=pa.array(texts, pa.string()),
                         origin="message")
    return {d.entity: d for d in detect_in_text(sample)}


def test_a_sip_address_is_no_email_but_a_mailbox_is() -> None:
    found = _in_text(["[2012-02-13 17:21:54] NOTICE[1638] chan_sip.c: Registration from '<sip:301@example.com>' "
                      "failed for '1.2.3.4' - Wrong password"])
    assert "EMAIL_ADDRESS" not in found and "IP_ADDRESS" in found
    found = _in_text(["2013-06-10 10:10:59 H=ufficioestampa.it [193.169.56.211] sender verify fail for "
                      "<user@example.com>: Unrouteable address"])
    assert "EMAIL_ADDRESS" in found


def test_a_kernel_logs_nil_uuid_and_bind_address_are_nobodys() -> None:
    # `EXT4-fs (vda): mounted filesystem 00000000-0000-0000-0000-000000000000 r/w`
    assert _entity(_field("filesystem", ["00000000-0000-0000-0000-000000000000"])) is None
    # among real ids, the all-zero id is still a user who limited ad tracking
    assert _entity(_field("x", ["00000000-0000-0000-0000-000000000000", "6D92078A-8246-4BA4-AE5B-76104861E7DC",
                                "2F1A5A6E-1C3B-4E7A-9D42-8C0B7E4F9A11"])) == "ADVERTISING_ID"
    # `--addr 0.0.0.0:2024`: a listening socket
    assert _entity(_field("listen", ["0.0.0.0:2024", "0.0.0.0:443"])) is None
    assert _entity(_field("slot3", ["0.0.0.0:2024", "203.0.113.7:443"])) == "IP_ADDRESS"
    found = _in_text(["[    0.000000] Command line: console=ttyS0 quiet --addr 0.0.0.0:2024 --tcp-readiness-only"])
    assert "IP_ADDRESS" not in found


def test_the_loopback_address_is_the_machine_itself() -> None:
    # an app server behind a local proxy (uWSGI behind nginx) logs 127.0.0.1 for every request
    assert _entity(_field("slot2", ["127.0.0.1", "127.0.0.1:51234", "::1", "[::1]:8080"])) is None
    assert _entity(_field("slot2", ["127.0.0.1", "198.51.100.23"])) == "IP_ADDRESS"
    found = _in_text([f"[pid: 8818{n}|app: 0|req: {n}/{n}] 127.0.0.1 () {{38 vars in 696 bytes}} "
                      f"[Sun Mar 13 22:49:1{n} 2016] POST /update_metrics => generated 47 bytes in 1{n} msecs" for n in range(4)])
    assert "IP_ADDRESS" not in found
    assert "IP_ADDRESS" in _in_text(["[pid: 1|app: 0|req: 1/1] 198.51.100.23 () {38 vars in 696 bytes} POST /p"])

def test_the_account_of_an_authentication_failure_is_a_login() -> None:
    # one-line templates keep words literal; the value after an authentication failure's `for`,
    # a quoted or bracketed value after `user`, are values all the same
    assert _slots(["2019-10-21 18:55:15|-1|0|0|[WEB] [50.97.225.132] Authentication failed for 'admin' : "
                   "password mismatch"])["login"] == ["admin"]
    assert _slots(["Nov 11 18:57:57 HORDE [error] [horde] FAILED LOGIN for graham [203.16.208.190] to Horde"]
                  )["login"] == ["graham"]
    assert _slots(["Jan 31 16:54:07 desktop pure-ftpd: (?@24.79.92.194) [WARNING] Authentication failed for user "
                   "[Administrator]"])["user"] == ["Administrator"]
    assert _slots(['[client 10.1.1.1:50700] WAR [Login denied for user "username1"], referer: https://zm/'])["user"] \
        == ["username1"]
    # `for invalid user bob`: the account is after `user`, `invalid` is none
    assert "login" not in _slots(["Failed password for invalid user ROOT from 194.117.26.69 port 50273 ssh2"])
    assert _entity(_field("login", ["admin", "graham", "drupaladmin"])) == "ACCOUNT_ID"


def test_a_quoted_request_line_is_the_request() -> None:
    slots = _slots(['175.18.15.10 -  -  [02/sept./2015:00:11:31 +0200] "GET /openhab.app HTTP/1.1" 401 1382'])
    assert slots["request"] == ["GET /openhab.app HTTP/1.1"]


def test_the_client_host_after_an_authenticators_for_is_no_login() -> None:
    slots = _slots(["2013-01-04 17:03:46 login authenticator failed for rrcs-24-106-174-74.se.biz.rr.com "
                    "([192.168.2.33]) [24.106.174.74]: 535 Incorrect authentication data (set_id=brian)",
                    "2013-06-12 03:57:58 login authenticator failed for (ylmf-pc) [120.196.140.45]: 535 Incorrect "
                    "authentication data: 1 Time(s)"])
    assert "login" not in slots


MYSQL_GENERAL = ["/usr/sbin/mysqld, Version: 8.0.36 (MySQL Community Server - GPL). started with:",
                 "Tcp port: 3306  Unix socket: /var/run/mysqld/mysqld.sock",
                 "Time                 Id Command    Argument",
                 "2024-05-02T09:14:01.120044Z\t   31 Connect\tshop@10.0.4.7 on shop using TCP/IP",
                 "2024-05-02T09:14:01.121873Z\t   31 Query\tSELECT id, email FROM customers WHERE id = 42",
                 "2024-05-02T09:14:01.125561Z\t   31 Query\tUPDATE carts SET total = 19.90 WHERE customer_id = 42",
                 "2024-05-02T09:14:02.004112Z\t   31 Quit\t"]


def test_a_mysql_general_log_is_read_by_its_columns() -> None:
    # its statements were mined as text: SQL keywords became slots (`Query` = SELECT, show) and
    # were taken for search queries
    assert detect(MYSQL_GENERAL) == "mysql-general"
    parsed = parse_lines(MYSQL_GENERAL, "mysql-general")
    fields = {f.path: f.values.to_pylist() for f in parsed.fields}
    assert fields["command"] == ["Connect", "Query", "Query", "Quit"]
    assert fields["argument"][1] == "SELECT id, email FROM customers WHERE id = 42"
    assert len(fields["argument"]) == 3 and not parsed.free_text and not parsed.notes  # `Quit` has none
    older = ["240502  9:14:01\t   31 Connect\troot@localhost on shop", "\t\t   31 Query\tselect 1"]
    assert [f.values.to_pylist() for f in parse_lines(older, detect(older)).fields if f.path == "command"] == [
        ["Connect", "Query"]]
    sample = DatasetSample(name="general.log", source="t", kind=parsed.kind, fields=parsed.fields)
    assert {r.sample.path for r in classify_dataset(sample, embedded=False) if r.best()} == set()
