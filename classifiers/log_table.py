"""A table of parsed log lines: its message column is free-form log text.

Log parsers and exports (Loghub's `*_structured.csv`, a journal or a CloudWatch export, a
syslog table in a warehouse) keep each line's fixed parts as columns (level, pid, component,
a template id) and its message as text in one column (`Content`, `message`, `msg`). That text
is what a program wrote, not what a person did: the IPs, user names and e-mail addresses in it
are found the way they are in a log file's lines (`secondary.detect` over machine text), not
read as user content.
"""
from __future__ import annotations

import pyarrow as pa

from classifiers.names import NameTokens
from datamap.model import DatasetSample, FieldSample

#: what a log line's message column is called
MESSAGE_NAMES = frozenset({"content", "message", "msg", "log", "logline", "log line", "log message",
                           "raw message", "message text"})
#: the fixed parts of a log line that a parser keeps beside its message
LOG_PART_NAMES = frozenset({"level", "severity", "loglevel", "log level", "priority", "pid", "tid", "thread",
                            "thread id", "process id", "component", "logger", "logger name", "facility",
                            "syslog identifier", "event template", "template", "template id", "event id",
                            "line id", "hostname", "host",
                            # a web application's request it logs for (Nextcloud's `reqId`)
                            "req id", "request id"})
#: how many of those a table needs beside its message column to be a parsed log
MIN_LOG_PARTS = 2


def message_columns(dataset: DatasetSample) -> set[str]:
    """The paths of the text columns that are a parsed log's messages (none in a table that
    is no parsed log: a chat's `message` beside its `user` and `channel`)."""
    parts = sum(1 for sample in dataset.fields if _own(sample) in LOG_PART_NAMES)
    if parts < MIN_LOG_PARTS:
        return set()
    return {sample.path for sample in dataset.fields
            if _own(sample) in MESSAGE_NAMES and pa.types.is_string(sample.values.type)
            and not _in_logged_values(sample)}


#: the objects a line logs the values of a request or a call in (a log reader's `fields` for the
#: JSON that ends a line, a request's `params` or `body`): a `content` there is a value, no message
VALUE_HOLDERS = frozenset({"fields", "params", "parameters", "args", "arguments", "body", "form", "input", "query"})


def _in_logged_values(sample: FieldSample) -> bool:
    """Whether the field sits in an object of logged values (`fields.content` of `入参: {"noteId": …,
    "content": "求链接！"}`): what a user sent, which the line quotes, not the line's message."""
    parent = NameTokens.of(sample.path).parent
    return bool(parent) and parent[-1] in VALUE_HOLDERS


def is_message_column(sample: FieldSample, dataset: DatasetSample) -> bool:
    """Whether `sample` is one of `message_columns(dataset)` (its name is checked first, so
    that a table's other columns cost nothing). A slot mined out of a log's messages is never
    one: `内容：“比超市便宜”` in a review's log line is the value the message names (a buyer's
    review), not the message."""
    return (sample.origin != "log-slot" and _own(sample) in MESSAGE_NAMES
            and sample.path in message_columns(dataset))


def _own(sample: FieldSample) -> str:
    return " ".join(NameTokens.of(sample.path).own)
