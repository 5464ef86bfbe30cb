"""The identity a user registers as: their role on the platform (seller, creator, agency, brand).

Role words are common English, so the values confirm a name (`identity`, `user_type`,
`role`, `persona`) but never decide alone.
"""
from __future__ import annotations

import pyarrow as pa

from classifiers import vocab
from classifiers.recognizer import LETTER, FieldRecognizer, ValuePattern


class UserRoleRecognizer(FieldRecognizer):
    entity = "USER_ROLE"
    names = ("identity", "user type", "usertype", "user role", "role", "persona", "account type", "member type",
             "user category", "user segment", "customer type", "seller type", "creator type", "registered as",
             "register as", "identity type", "profile type")
    weak_names = ("type", "kind", "segment", "category", "user class")
    negative_names = ("card", "number", "no", "num", "document", "doc", "proof", "verification", "verified",
                      "provider", "id", "arn", "iam", "event", "file", "mime", "content", "media", "network",
                      "connection", "device", "os", "payment", "product", "error", "message", "record", "ad",
                      "campaign", "audio", "battery", "column", "field", "data", "db", "database", "token")
    patterns = (ValuePattern("role word", rf"[{LETTER}][{LETTER} &/_-]{{0,40}}", 0.5),)
    context = ("role", "identity", "registered", "seller", "creator")
    value_alone = False

    def validate(self, candidates: pa.Array) -> pa.Array:
        roles = vocab.words("user_roles")
        return pa.array([_normal(v) in roles for v in candidates.to_pylist()], pa.bool_())


def _normal(text: str | None) -> str:
    return " ".join((text or "").lower().replace("_", " ").replace("-", " ").split())
