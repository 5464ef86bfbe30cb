"""The identity a user registers as: their role on the platform (seller, creator, agency, brand).

Role words are common English, so the values confirm a name (`identity`, `user_type`,
`role`, `persona`) but never decide alone. Chinese platforms' role words (`入驻商家`, `带货主播`)
are specific enough to decide alone, in a column that repeats a few of them.
"""
from __future__ import annotations

import re

import pyarrow as pa

from classifiers import chinese, code_legend, vocab
from classifiers.evidence import Signal
from classifiers.fieldview import FieldView
from classifiers.names import NameTokens
from classifiers.recognizer import LETTER, FieldRecognizer, ValuePattern
from datamap.model import DatasetSample, FieldSample

#: a comment that says the codes are roles or identities, whatever its labels (`用户身份：1-普通 2-VIP`)
_ROLE_COMMENT = re.compile(r"身份|角色|identity|role", re.IGNORECASE)
#: an object's own `type` or `kind` key: which kind of object it is (a discriminator)
OBJECT_KIND_KEYS = frozenset({("type",), ("kind",)})


class UserRoleRecognizer(FieldRecognizer):
    entity = "USER_ROLE"
    names = ("identity", "user type", "usertype", "user role", "role", "persona", "account type", "member type",
             "user category", "user segment", "customer type", "seller type", "creator type", "registered as",
             "register as", "identity type", "profile type")
    weak_names = ("type", "kind", "segment", "category", "user class")
    negative_names = ("card", "number", "no", "num", "document", "doc", "proof", "verification", "verified",
                      "provider", "id", "arn", "iam", "event", "file", "mime", "content", "media", "network",
                      "connection", "device", "os", "payment", "product", "error", "message", "record", "ad",
                      "campaign", "audio", "battery", "column", "field", "data", "db", "database", "token",
                      "headphones", "headset", "earphones", "bluetooth", "login", "charging", "charge", "screen",
                      # a person's job at their employer (HR's `JobRole`: Sales_Executive), not
                      # the identity they registered as on the platform
                      "job", "occupation", "position",
                      # how a relative or a contact stands to the person (HL7's next of kin
                      # `contact_role`: emergency contact, employer), no role of their own
                      "contact", "kin", "relative", "emergency", "relationship",
                      # a role's session (CloudTrail's `roleSessionName`): what assumed it, no
                      # identity a user registered as
                      "session",
                      # the kind of a record (FHIR's `resourceType`: Patient, Organization; an API's
                      # `object_type`), not the role its person signed up as
                      "resource", "object", "entity",
                      # the kind of an order, an invoice, a delivery or a traffic source (mall's
                      # `order_type` 订单类型：0->正常订单；1->秒杀订单, `bill_type` 发票类型), no person's
                      "order", "bill", "invoice", "delivery", "logistics", "source", "coupon", "promotion",
                      # the kind of a cancellation, a refund or a fare (a trip's `cancel_type_code`
                      # 撤销类型代码：1乘客提前撤销，2驾驶员提前撤销…, `refund_type`, `fare_type`): its legend
                      # may name who acted, but no one registered as it
                      "cancel", "cancellation", "refund", "fare", "fee", "price", "trip")
    patterns = (ValuePattern("role word", rf"[{LETTER}][{LETTER} &/_-]{{0,40}}", 0.5),)
    context = ("role", "identity", "registered", "seller", "creator")
    # a platform's sign-up form offers a few roles; a column of more is players' or users' own
    # words (a game's character names under `vRoleName`)
    open_world_max_distinct = 40
    # how an account logs in (zh11's `accountType` 手机号; 登录方式 微信, QQ, 邮箱): a kind of
    # login, no role the user registered as
    # And the client an account came from (CRMEB's `user_type` 用户类型: `routine` a mini-program,
    # `wechat` the official account, `h5`, `iosWx`, `androidWx`): where it signed up, no role
    open_world_not = (r"^\s*(?:手机号码?|手机|邮箱|电子邮箱|微信|QQ|qq|微博|支付宝|淘宝|抖音|Apple ?ID|本机号码一键登录"
                      r"|一键登录|账号密码|用户名密码|密码|短信验证码|验证码)\s*$"
                      r"|(?i:^\s*(?:h5|wap|web|pc|app|ios|android|harmony(?:os)?|wechat|weixin|wx|routine|mini ?program"
                      r"|mini ?app|小程序|公众号|ioswx|androidwx)\s*$)")
    value_alone = False

    def name_signal(self, name: NameTokens) -> Signal | None:
        signal = super().name_signal(name)
        if signal is not None and name.own in OBJECT_KIND_KEYS and name.parent and signal.score > self.weak_name_score:
            # `user.type`, `userIdentity.type`, `sender.type`: an API object's `type` key says
            # which kind of object it is (GitHub's User/Bot/Organization, CloudTrail's IAMUser/
            # AssumedRole/Root), a schema's discriminator; the phrase only runs across the path.
            # A role the user registered as is then for the values to show
            return Signal("name", f"'{name.raw}': the kind of its '{'.'.join(name.parent)}' object (weak: the "
                                  "values decide)", self.weak_name_score)
        return signal

    def ruled_out(self, sample: FieldSample, dataset: DatasetSample) -> bool:
        """A coded column under a bare `type` whose legend names no role (RuoYi's `business_type`
        业务类型（0其它 1新增 2修改 3删除）, a dictionary's codes of actions or states): the kind of a
        record, no identity anyone registered as. A role's legend (`1-买家 2-商家`) or a name
        that says role keeps it."""
        name = super().name_signal(NameTokens.of(sample.path))
        if name is not None and name.score > self.weak_name_score:
            return False
        labels = code_legend.legend_labels(sample.comment)
        if not labels or _ROLE_COMMENT.search(sample.comment or "") or not code_legend.is_coded(FieldView.of(sample)):
            return False
        return not any(_is_role(label) for label in labels)

    def validate(self, candidates: pa.Array) -> pa.Array:
        roles = vocab.words("user_roles")
        return pa.array([_normal(v) in roles for v in candidates.to_pylist()], pa.bool_())


def _is_role(label: str) -> bool:
    """A legend's label that names a role (`买家`, `入驻商家`, `seller`, `creator`)."""
    return _normal(label) in vocab.words("user_roles") or (chinese.HAN.search(label) is not None and _chinese_role(label))


def _normal(text: str | None) -> str:
    return " ".join((text or "").lower().replace("_", " ").replace("-", " ").split())


#: a column of roles repeats a few of them: this many different ones at least, and at most
#: this share of the values different (a column of shop names or titles varies more)
MIN_ROLES = 3
MAX_DISTINCT_SHARE = 0.5


class ChineseRoleValueRecognizer(FieldRecognizer):
    """Roles on a Chinese platform told by their values alone (`个人买家`, `入驻商家`, `带货主播`,
    `團購主`): words of a platform's sign-up form that no other kind of column repeats."""

    entity = "USER_ROLE"
    negative_names = UserRoleRecognizer.negative_names
    negative_vetoes = True
    patterns = (ValuePattern("Chinese role", "[\u4e00-\u9fffA-Za-z]{1,12}", 0.7),)
    min_ratio = 0.7
    in_free_text = False  # `买家` in a sentence names no one's role
    validates_each_value = False  # the column's variety is judged as a whole

    def validate(self, candidates: pa.Array) -> pa.Array:
        if chinese.all_ascii(candidates):  # no Han character, so no value is judged a role
            return pa.array([False] * len(candidates), pa.bool_())
        values = candidates.to_pylist()
        distinct = {v for v in values if v}
        if len(distinct) < MIN_ROLES or len(distinct) > MAX_DISTINCT_SHARE * len(values):
            return pa.array([False] * len(values), pa.bool_())
        verdict = {v: chinese.HAN.search(v) is not None and _chinese_role(v) for v in distinct}
        return pa.array([bool(v) and verdict[v] for v in values], pa.bool_())


def _chinese_role(value: str) -> bool:
    roles = vocab.words("user_roles_zh")
    text = chinese.simplified(value.strip()).lower()
    return any(text.endswith(role) for role in roles)
