"""Government identifiers: US Social Security numbers, passports, national identity numbers.

The SSN validator applies the SSA's rules (area not 000, 666 or 9xx; group not 00; serial
not 0000). National numbers with a checksum are checked with python-stdnum: the Chinese
resident identity number (18 digits, ISO 7064 check, embedded birth date), Taiwan's national
ID (a letter, 9 digits, a weighted check) and Hong Kong's identity card number (`A123456(3)`,
a mod-11 check in brackets) and Brazil's CPF as written (`199.386.566-76`, two mod-11 check
digits) are specific enough to count on their values alone; other
countries' numbers are short digit runs and need a name, or a sibling that says which document
the row is (`kind: DriversLicense` beside `identifier`, as identity-verification APIs write them).
"""
from __future__ import annotations

import re

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from classifiers import rx
from classifiers.checksums import brazil_cpf, cn_resident_id, hong_kong_id, taiwan_id
from classifiers.evidence import Signal
from classifiers.fieldview import FieldView, as_mask
from classifiers.names import NameTokens
from classifiers.recognizer import FieldRecognizer, ValuePattern
from classifiers.siblings import siblings
from datamap.model import DatasetSample, FieldSample

_SSN = re.compile(r"^(\d{3})[- ]?(\d{2})[- ]?(\d{4})$")
#: Brazil's CPF as written: three dotted groups of three digits, a dash (or dot) and two check digits
_BR_CPF = r"\d{3}\.\d{3}\.\d{3}[-.]\d{2}"


class UsSsnRecognizer(FieldRecognizer):
    entity = "US_SSN"
    closed_format = True
    names = ("ssn", "social security", "social security number", "social security no", "soc sec", "ss number",
             "ssnum", "ssn number", "social sec no")
    negative_names = ("last4", "last", "hash", "verified", "masked", "token", "status")
    # sample data uses the ranges the SSA never issues (987-65-4320..9, 000-xx-xxxx): SSN-shaped
    # values that fail its rules leave the name standing, as test card numbers do
    shape_suffices = True
    patterns = (
        ValuePattern("ssn dashed", r"\d{3}-\d{2}-\d{4}", 0.6),
        ValuePattern("ssn digits", r"\d{9}|\d{3} \d{2} \d{4}", 0.3),
    )
    context = ("ssn", "social", "security", "ssa")

    def validate(self, candidates: pa.Array) -> pa.Array:
        return pa.array([is_ssn(v) for v in candidates.to_pylist()], pa.bool_())


class PassportRecognizer(FieldRecognizer):
    entity = "PASSPORT"
    names = ("passport", "passport number", "passport no", "passport num", "passport id", "travel document",
             "travel doc", "travel document number", "travel doc no", "travel doc number")
    negative_names = ("country", "expiry", "expire", "expiration", "issued", "issue", "photo", "image", "scan",
                      "type", "verified", "status", "nationality")
    # ICAO allows nine characters; issuers and test data pad with letters (Synthea's `X12345678X`)
    patterns = (ValuePattern("passport number", r"[A-Za-z]{0,2}\d{6,9}[A-Za-z]{0,2}|[A-Za-z0-9]{6,10}", 0.4),)
    context = ("passport", "travel document")
    value_alone = False


def _id_number() -> str:
    """Up to 41 letters, digits, blanks or dashes, one digit of which is both among the first
    21 characters and among the last 21: `[A-Za-z0-9 -]{0,20}\\d[A-Za-z0-9 -]{0,20}`, written out by the position
    `j` of the last digit within the first 21 characters. The short form leaves open which
    digit is the one, and RE2's DFA then tracks every digit of a 21-character window at once:
    it gives up and falls back to a matcher 20x slower per value. Here only one `j` is ever
    alive, and the strings matched are the same."""
    any_, no_digit = "[A-Za-z0-9 -]", "[A-Za-z -]"
    branches = [rf"\d{no_digit}{{0,20}}"]
    for j in range(1, 20):
        branches.append(rf"{any_}{{{j}}}\d(?:{no_digit}{{0,{20 - j}}}|{no_digit}{{{20 - j}}}{any_}{{1,{j}}})")
    branches.append(rf"{any_}{{20}}\d{any_}{{0,20}}")
    return "|".join(branches)


_ID_NUMBER = _id_number()
#: a key's values: at least this many, all distinct, filling at least this share of their range
#: (a sample of a big table's keys is sparser than the table, never as sparse as identity numbers)
ROW_NUMBERS_MIN = 10
ROW_NUMBERS_DENSITY = 0.01


def row_numbers(values: pa.Array) -> bool:
    """Whether the values are distinct whole numbers (or digit strings without leading zeros)
    that fill a range as a table's row numbers do."""
    if pa.types.is_string(values.type) or pa.types.is_large_string(values.type):
        if len(values) == 0 or not pc.all(rx.match(values, r"^[1-9]\d{0,11}$")).as_py():
            return False
        values = pc.cast(values, pa.int64())
    if not pa.types.is_integer(values.type) or len(values) < ROW_NUMBERS_MIN:
        return False
    low, high = (v.as_py() for v in pc.min_max(values).values())
    distinct = pc.count_distinct(values).as_py()
    return distinct == len(values) and distinct >= ROW_NUMBERS_DENSITY * (high - low + 1)


class GovernmentIdRecognizer(FieldRecognizer):
    entity = "GOVERNMENT_ID"
    names = ("national id", "national identity", "id card", "id card number", "identity card", "identity number",
             "identity card number", "id number", "id no", "national insurance", "nino", "nin", "tax id", "taxpayer id",
             "tin", "sin", "social insurance", "social insurance number", "tax number", "nric", "aadhaar", "aadhar", "pan number", "curp", "rfc", "cpf", "dni", "nie", "nif",
             "bsn", "personnummer", "driver license", "drivers license", "driving licence", "driver licence",
             "license number", "licence number", "dl number", "voter id", "resident id", "citizen id", "id document", "govt id",
             "government id", "medicare number", "health card",
             # documents named by the document: `lic_no`, `dl_num`, `citizenship_no`, `residence_permit_no`, `visa_number`
             "license no", "license num", "driver license number", "driver license no", "dl num", "dl no",
             "citizenship number", "citizenship no", "citizenship id", "residence permit", "residence permit number",
             "residence permit no", "visa number", "visa no", "medicare no", "medicare id", "health insurance number",
             "health insurance no", "national id number", "national id no", "national number", "identity document",
             # the UK's NHS number (10 digits, mod-11 check), a national health identifier, and
             # a taxpayer's identification number as billing systems spell it (Lago's customers)
             "nhs number", "nhs no", "nhs num", "nhs id", "tax identification number", "tax identification no",
             # Brazil's identity card (Registro Geral) beside its taxpayer number (`cpf`)
             "rg", "registro geral",
             # Poland's national identification number
             "pesel", "pesel number", "pesel no",
             # a personal identification number (LedgerSMB's `person.personal_id`; the Nordic and
             # Baltic personal codes), a birth certificate's number and a US-spelt driving licence
             # (Tamanu's `patient_additional_data.birth_certificate`, `driving_license`)
             "personal id", "personal id number", "personal identification number", "personal identity number",
             "personal id code", "birth certificate", "birth certificate number", "birth certificate no",
             "driving license", "driving license number",
             # a social security number in a country's own form (Poland's 11 digits, France's
             # 13 and a key, Spain's 12): the name alone says the document, the US form is US_SSN's
             "social security number", "social security no", "social security num", "social security id")
    # a bare `drivers` beside a person's other documents (Synthea's `DRIVERS`) is the licence's
    # number when the values are id numbers
    weak_names = ("drivers", "driving")
    negative_names = ("type", "expiry", "expire", "expiration", "issued", "photo", "image", "scan", "verified",
                      "status", "front", "back", "country", "state")
    patterns = (
        ValuePattern("cn resident id", r"\d{17}[\dXx]", 0.75),
        ValuePattern("tw national id", r"[A-Z][12]\d{8}", 0.75),
        ValuePattern("hk identity card", r"[A-Z]{1,2}\d{6} ?\([0-9A]\)", 0.75),
        # Brazil's CPF as written (`199.386.566-76`, check digits verified) and RG (`16.602.818-6`,
        # a state's number, no check of its own): dotted groups no other id number has
        ValuePattern("br cpf", _BR_CPF, 0.6),
        ValuePattern("br rg", r"\d{1,2}\.\d{3}\.\d{3}-[\dXx]", 0.35),
        ValuePattern("id number", _ID_NUMBER, 0.35),
    )
    context = ("id", "identity", "national", "card", "passport", "license")

    #: the validator is vectorised: asking it costs less than remembering its verdicts
    remembers_verdicts = False

    def ruled_out(self, sample: FieldSample, dataset: DatasetSample) -> bool:
        """Whole numbers packed as a table's rows are (`residentID` 10001 … 10200, 住户ID): a key
        counting the rows, whatever its name says; identity numbers spread over a wide space
        (regions, birth dates, check digits), never one after another."""
        return row_numbers(pc.drop_null(sample.values))

    def context_signal(self, sample: FieldSample, dataset: DatasetSample) -> Signal | None:
        """A record's bare `number` or `identifier` beside a sibling whose values name identity
        documents (`kind: Passport`, `document_type: driving_license`) is that document's number."""
        if NameTokens.of(sample.path).own not in DOCUMENT_NUMBER_NAMES:
            return None
        for other in siblings(sample, dataset):
            if _names_documents(other):
                return Signal("context", f"beside '{other.path}', which names identity documents", DOCUMENT_KIND_SCORE)
        return None

    def validate(self, candidates: pa.Array) -> pa.Array:
        # a candidate of a checked national format must pass its check; others pass on shape
        # (name-driven). Only those that may be of a checked format are read one by one: 18
        # characters (mainland), 10 (Taiwan) or a parenthesised check digit (Hong Kong).
        length = pc.utf8_length(candidates)
        maybe = pc.or_(pc.or_(pc.is_in(length, value_set=pa.array([10, 18], length.type)),
                              pc.match_substring(candidates, "(")),
                       pc.equal(length, pa.scalar(14, length.type)))
        rows = np.flatnonzero(as_mask(maybe))
        verdict = np.ones(len(candidates), dtype=bool)
        verdict[rows] = [_checked(text) for text in candidates.take(pa.array(rows, pa.int64())).to_pylist()]
        return pa.array(verdict, pa.bool_())


#: the names of a document's number in a record that says elsewhere which document it is
DOCUMENT_NUMBER_NAMES = frozenset({("number",), ("identifier",), ("no",), ("num",), ("value",), ("document", "number"),
                                   ("document", "no"), ("document", "id"), ("doc", "number"), ("doc", "no")})
#: identity documents as a record's kind names them (`Passport`, `DriversLicense`, `id_card`)
IDENTITY_DOCUMENT = (r"(?i)^(?:passport|drivers?[ _-]?licen[cs]e|driving[ _-]?licen[cs]e|national[ _-]?id(?:entity)?"
                     r"(?:[ _-]?card)?|(?:national[ _-]?)?identity[ _-]?card|id[ _-]?card|residen(?:ce|t)[ _-]?permit"
                     r"|visa|ssn|social[ _-]?security(?:[ _-]?card)?|voter[ _-]?id)$")
#: a document's number beside its kind: with an id-number shape, enough to accept
DOCUMENT_KIND_SCORE = 0.5


def _names_documents(sample: FieldSample) -> bool:
    """Whether every informative value of a field names an identity document."""
    values = FieldView.of(sample).informative.values
    if not pa.types.is_string(values.type) or len(values) == 0:
        return False
    return bool(pc.all(rx.match(values, IDENTITY_DOCUMENT)).as_py())


def is_ssn(text: str | None) -> bool:
    match = _SSN.match((text or "").strip())
    if not match:
        return False
    area, group, serial = (int(g) for g in match.groups())
    return area != 0 and area != 666 and area < 900 and group != 0 and serial != 0


_TW_ID = re.compile(r"^[A-Z][12]\d{8}$")
_CPF_RE = re.compile(f"^{_BR_CPF}$")
_HK_ID = re.compile(r"^[A-Z]{1,2}\d{6} ?\([0-9A]\)$")


def _checked(text: str | None) -> bool:
    if _looks_cn_ric(text):
        return cn_resident_id(text)
    if text and _TW_ID.match(text):
        return taiwan_id(text)
    if text and _HK_ID.match(text):
        return hong_kong_id(text)
    if text and _CPF_RE.match(text):
        return brazil_cpf(text)
    return True


def _looks_cn_ric(text: str | None) -> bool:
    return bool(text) and len(text) == 18 and text[:17].isdigit()


