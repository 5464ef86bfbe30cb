"""Classes of error that still cost the blind public-data benchmarks (benchmarks/wild..wild12)
after session 12, each in the shape the public data has: mail headers' envelope addresses, a
CMS's own page paths and configured links, places of the things a table of people points at."""
from __future__ import annotations

import pyarrow as pa

from classifiers.engine import classify_dataset
from datamap.model import DatasetSample, FieldSample


def results(name: str, columns: dict[str, list]):
    fields = [FieldSample(path=path, values=pa.array(values)) for path, values in columns.items()]
    return classify_dataset(DatasetSample(name=name, source="test", kind="test", fields=fields), embedded=False)


def classify(name: str, columns: dict[str, list]) -> dict[str, str | None]:
    """Every field's best entity in a dataset called `name` holding `columns`."""
    return {r.sample.path: (r.best().entity if r.best() else None) for r in results(name, columns)}


#: a Message-ID is written as an address in angle brackets too
MESSAGE_IDS = ["<791407.263728.a23f87@y.ewreqr.org>", "<B0950073156@apus.netpar.com.br>",
               "<QLHMAUTBMRLPSUHSWPVQEL@post.sk>", "<3f21937f0f636c8cec1db30bf.042ea43672@mcsv.net>",
               "<OF0C5D2406.A7134351@notes.na.collabserv.com>", "<WV2NM42D-CCK6-2IHH@ncs.gov.ng>"]


def test_envelope_addresses_in_angle_brackets_are_addresses():
    # real spam's headers: `Return-Path` as `<addr>` alone, `Reply-To` mixing every mailbox form
    headers = {"Return-Path": ["<captivatedm41@tin.it>", "<>", "<smgesi4@gmail.com>", "<suvorov.s@nalg.ru>",
                               "<nicoletta_bernasconi@it.ibm.com>", "<suvorov.s@nalg.ru>"],
               "Reply-To": ['"VICTORIA Souvenirs" <smgesi4@gmail.com>', "purchasing@aquiIlaindustries.com",
                            "=?utf-8?Q?Continuity=20Insights?= <info@continuityinsights.com>",
                            "<info@alejandrosalcedo.es>", "henry@example.com <ivan@example.com>",
                            "<meteo@regione.vda.it>"],
               "Cc": ["simple@example.net, =?UTF-8?Q?John_=22Johnny=22_Doe?= <john.doe@example.com>",
                      "eve@example.com <frank@example.com>"],
               "Message-ID": MESSAGE_IDS}
    found = classify("mail_headers.csv", headers)
    assert found["Return-Path"] == found["Reply-To"] == found["Cc"] == "EMAIL_ADDRESS"
    # a Message-ID, named or not, stays none: angle brackets alone never decide
    assert found["Message-ID"] is None
    assert classify("mail_headers.csv", {"c09": MESSAGE_IDS})["c09"] is None
