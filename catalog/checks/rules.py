"""The CI gate's rules: small named functions over a `CheckInput`, each with a stable id.

A rule yields `Finding`s; each finding cites the policy clause it rests on, says how to fix it
and, where the fix is a data map edit, gives the YAML to paste. Ids never change meaning: a
baseline or an allowlist entry refers to them.
"""
from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from catalog.checks.model import ERROR, WARNING, CheckInput, FieldRecord, Finding, Location, yaml_scalar
from catalog.datamap import NOT_PERSONAL, Declaration, field_matches
from catalog.durations import parse_duration
from catalog.policy import Policy, Term

#: a declared category contradicts the data only when the classifiers are at least this sure
MISMATCH_CONFIDENCE = 0.7
PLACEHOLDER = "TODO"


@dataclass(frozen=True)
class Rule:
    id: str
    name: str
    severity: str
    summary: str
    rests_on: str  # which part of the policy, in words (the clause itself is per finding)
    check: Callable[[CheckInput], Iterator[Finding]]

    def finding(self, record_or_dataset: FieldRecord | str, field: str = "", **kwargs: object) -> Finding:
        if isinstance(record_or_dataset, FieldRecord):
            dataset, field = record_or_dataset.dataset, record_or_dataset.field
        else:
            dataset = record_or_dataset
        return Finding(rule=self.id, name=self.name, severity=self.severity, dataset=dataset, field=field,
                       **kwargs)  # type: ignore[arg-type]


RuleCheck = Callable[[CheckInput], Iterator[Finding]]
#: every rule by id, in the order they are defined; `check` runs them sorted by id
RULES: dict[str, Rule] = {}


def rule(id: str, name: str, severity: str, summary: str, rests_on: str) -> Callable[[RuleCheck], RuleCheck]:
    """Register the decorated function as the rule `id`."""
    def register(check: RuleCheck) -> RuleCheck:
        RULES[id] = Rule(id, name, severity, summary, rests_on, check)
        return check
    return register


# -- helpers -------------------------------------------------------------------------------
def clause_of(policy: Policy, category: str | None) -> str:
    found = policy.categories.get(category or "")
    return found.clause if found is not None and found.clause else "-"


def _is_personal(category: str | None) -> bool:
    return bool(category) and category != NOT_PERSONAL


def declaration_entry(field: str, category: str, policy: Policy) -> str:
    """The data map entry that declares a field, with placeholders where a person must decide."""
    consent = policy.categories[category].consent if category in policy.categories else None
    return (f"{{field: {yaml_scalar(field)}, category: {category}, purposes: [{PLACEHOLDER}], "
            f"retention: {PLACEHOLDER}, basis: {PLACEHOLDER}" + (f", consent: {PLACEHOLDER}" if consent else "") + "}")


def consent_hint(category: str, policy: Policy) -> str:
    """`; the policy requires the consent 'cookies' (6.1)` when the category needs one."""
    found = policy.categories.get(category)
    if found is None or not found.consent:
        return ""
    term = policy.consents.get(found.consent)
    clause = f" ({term.clause})" if term is not None and term.clause else ""
    return f"; {category} requires the consent {found.consent!r}{clause}: set `consent: {found.consent}` once it is collected"


def _declaration_location(ci: CheckInput, declaration: Declaration | None, record: FieldRecord | None = None
                          ) -> Location | None:
    """Where to fix: the declaration's line, else the migration adding the field, else the map."""
    if declaration is not None:
        return ci.map_location(declaration.line or 1)
    if record is not None and record.location is not None:
        return record.location
    return ci.map_location(1)


def _dataset_lines(ci: CheckInput) -> Callable[[str], int]:
    """The data map line of a dataset's first declaration (where a new field goes), or 1."""
    cache: dict[str, int] = {}

    def line(dataset: str) -> int:
        if dataset not in cache:
            near = next((d for d in ci.declarations if d.covers(dataset, d.field)), None)
            cache[dataset] = near.line if near is not None and near.line else 1
        return cache[dataset]
    return line


def _in_use(ci: CheckInput) -> dict[int, tuple[Declaration, list[FieldRecord]]]:
    """Declarations that are the effective one for at least one field, with those fields."""
    used: dict[int, tuple[Declaration, list[FieldRecord]]] = {}
    for record in ci.fields:
        if record.declaration is not None:
            used.setdefault(record.declaration.id, (record.declaration, []))[1].append(record)
    return used


def _declared_personal(ci: CheckInput) -> Iterator[tuple[Declaration, list[FieldRecord]]]:
    for declaration, records in _in_use(ci).values():
        if _is_personal(declaration.category):
            yield declaration, records


def _target(declaration: Declaration, records: list[FieldRecord]) -> tuple[str, str]:
    """A declaration's findings name the one field it covers, or its patterns."""
    if len(records) == 1:
        return records[0].dataset, records[0].field
    return declaration.dataset, declaration.field


def _on_declaration(rule_id: str, ci: CheckInput, declaration: Declaration, records: list[FieldRecord],
                    clause: str | None, message: str, fix: str, category: str | None = None) -> Finding:
    """A finding whose fix is an edit of one declaration: it points at that declaration's line."""
    dataset, field = _target(declaration, records)
    return RULES[rule_id].finding(dataset, field, category=category or declaration.category, clause=clause or "-",
                                  message=message, fix=fix, location=_declaration_location(ci, declaration))


def _clauses(terms: dict[str, Term]) -> str:
    return ", ".join(sorted({t.clause for t in terms.values() if t.clause})) or "-"


def _days(duration: str) -> str:
    return f"{parse_duration(duration):.0f} days"


# -- the rules -----------------------------------------------------------------------------
@rule("DM001", "undeclared-personal-field", ERROR,
      "A field holds personal data that no data map declaration covers.",
      "the clause that discloses the detected category")
def undeclared_personal_field(ci: CheckInput) -> Iterator[Finding]:
    dataset_line = _dataset_lines(ci)
    for record in ci.fields:
        if not record.detected or (record.declaration is not None and record.declaration.category):
            continue
        best = record.primary or record.detected[0]
        others = sorted({d.category for d in record.detected} - {best.category})
        how = "" if best.primary else " (inside its text)"
        also = f"; also {', '.join(others)}" if others else ""
        why = ("no declaration in the data map covers it" if record.declaration is None else
               f"the declaration at line {record.declaration.line} names no category")
        if record.shows:  # a view: declaring the base column it shows covers it too
            why += f" (a view of {record.shows}: declare {record.shows} and it covers this column too)"
        yield RULES["DM001"].finding(
            record, category=best.category, clause=clause_of(ci.policy, best.category),
            message=f"{best.category} detected{how} (confidence {best.confidence:.2f}{also}), but {why}",
            fix="declare the field in the data map (fill in the TODOs), or stop collecting it"
                + consent_hint(best.category, ci.policy),
            entry=declaration_entry(record.field, best.category, ci.policy),
            location=record.location or ci.map_location(dataset_line(record.dataset)))


@rule("DM002", "category-mismatch", ERROR,
      "The declared category differs from what the data holds.",
      "the clause that discloses the detected category")
def category_mismatch(ci: CheckInput) -> Iterator[Finding]:
    for record in ci.fields:
        declaration = record.declaration
        if declaration is None or not declaration.category:
            continue
        if declaration.category == NOT_PERSONAL:
            found = [d for d in record.detected if d.confidence >= MISMATCH_CONFIDENCE]
        else:
            primary = record.primary
            found = [primary] if primary and primary.category != declaration.category \
                and primary.confidence >= MISMATCH_CONFIDENCE else []
        if not found:
            continue
        best = found[0]
        yield RULES["DM002"].finding(
            record, category=best.category, clause=clause_of(ci.policy, best.category),
            message=(f"declared {declaration.category}, but the data holds {best.category} "
                     f"(confidence {best.confidence:.2f})"),
            fix=f"change the declaration's category to {best.category} (or correct the field's data)",
            entry=declaration_entry(record.field, best.category, ci.policy),
            location=_declaration_location(ci, declaration, record))


@rule("DM003", "purpose-not-allowed", ERROR,
      "A declared purpose is not one the policy allows for the category.",
      "the purposes clause of the policy")
def purpose_not_allowed(ci: CheckInput) -> Iterator[Finding]:
    for declaration, records in _declared_personal(ci):
        category = declaration.category or ""
        if category not in ci.policy.categories:
            continue
        allowed = ci.policy.allowed_purposes(category)
        for purpose in declaration.purposes:
            if purpose in allowed:
                continue
            term = ci.policy.purposes.get(purpose)
            yield _on_declaration(
                "DM003", ci, declaration, records, clause=term.clause if term else clause_of(ci.policy, category),
                message=f"{category} may not be used for {purpose!r}; the policy allows: {', '.join(allowed)}",
                fix=f"remove {purpose!r} from the purposes at line {declaration.line}, or stop that use")


@rule("DM010", "purpose-missing", ERROR,
      "A personal field is declared without any purpose.",
      "the purposes clause of the policy")
def purpose_missing(ci: CheckInput) -> Iterator[Finding]:
    for declaration, records in _declared_personal(ci):
        if declaration.purposes:
            continue
        yield _on_declaration(
            "DM010", ci, declaration, records, clause=_clauses(ci.policy.purposes),
            message=f"{declaration.category} is declared without a purpose",
            fix=f"add `purposes: [...]` at line {declaration.line} (one of: {', '.join(ci.policy.purposes)})")


@rule("DM004", "retention-missing", ERROR,
      "A personal field is declared without a retention period or its basis.",
      "the retention clause of the policy")
def retention_missing(ci: CheckInput) -> Iterator[Finding]:
    for declaration, records in _declared_personal(ci):
        missing = [k for k, v in (("retention", declaration.retention), ("basis", declaration.basis)) if not v]
        if not missing:
            continue
        yield _on_declaration(
            "DM004", ci, declaration, records, clause=_clauses(ci.policy.retention_bases),
            message=f"{declaration.category} is declared without {' and '.join(missing)}",
            fix=(f"add {' and '.join(f'`{k}:`' for k in missing)} at line {declaration.line} "
                 f"(retention as ISO 8601, e.g. P90D; basis one of: {', '.join(ci.policy.retention_bases)})"))


@rule("DM005", "retention-too-long", ERROR,
      "The declared retention is longer than the policy allows for the category or basis.",
      "the category's maximum retention, or the basis's maximum duration")
def retention_too_long(ci: CheckInput) -> Iterator[Finding]:
    for declaration, records in _declared_personal(ci):
        if not declaration.retention:
            continue
        days = parse_duration(declaration.retention)
        category = ci.policy.categories.get(declaration.category or "")
        basis = ci.policy.retention_bases.get(declaration.basis or "")
        limits = []
        if category is not None and category.max_retention:
            limits.append((category.max_retention, f"for {category.id}", category.clause))
        if basis is not None and basis.max_duration:
            limits.append((basis.max_duration, f"on the basis {basis.id!r}", basis.clause))
        for limit, scope, clause in limits:
            if days <= parse_duration(limit):
                continue
            yield _on_declaration(
                "DM005", ci, declaration, records, clause=clause,
                message=(f"retention {declaration.retention} ({_days(declaration.retention)}) exceeds the "
                         f"{limit} ({_days(limit)}) the policy allows {scope}"),
                fix=f"shorten the retention at line {declaration.line} to {limit} or less")


@rule("DM006", "consent-missing", ERROR,
      "The category needs a consent the declaration does not rely on.",
      "the consent clause for the category (precise location, cookies, teens)")
def consent_missing(ci: CheckInput) -> Iterator[Finding]:
    for declaration, records in _declared_personal(ci):
        category = ci.policy.categories.get(declaration.category or "")
        if category is None or not category.consent or declaration.consent == category.consent:
            continue
        term = ci.policy.consents.get(category.consent)
        name = (term.names.get("en") if term else None) or category.consent
        yield _on_declaration(
            "DM006", ci, declaration, records, clause=term.clause if term else None,
            message=f"{category.id} needs the consent {category.consent!r} ({name})"
                    + (f"; the declaration has {declaration.consent!r}" if declaration.consent else ""),
            fix=(f"collect it and add `consent: {category.consent}` at line {declaration.line}, "
                 f"or stop collecting {category.id}"))


@rule("DM007", "not-disclosed", WARNING,
      "The field holds personal data that the policy never discloses.",
      "the policy's list of data collected (no clause names this category)")
def not_disclosed(ci: CheckInput) -> Iterator[Finding]:
    for record in ci.fields:
        categories = [d.category for d in record.detected]
        if record.declaration is not None and _is_personal(record.declaration.category):
            categories.insert(0, record.declaration.category or "")
        for category in dict.fromkeys(categories):
            found = ci.policy.categories.get(category)
            if found is None or found.disclosed:
                continue
            yield RULES["DM007"].finding(
                record, category=category, clause="-",
                message=f"{category} ({found.name}) is personal data that the policy does not disclose",
                fix="ask the privacy reviewer to disclose it in the policy, or stop collecting it",
                location=_declaration_location(ci, record.declaration, record))


@rule("DM008", "retention-exceeded-in-data", ERROR,
      "The data holds events older than the declared retention.",
      "the retention clause of the policy")
def retention_exceeded_in_data(ci: CheckInput) -> Iterator[Finding]:
    """One finding per dataset: its oldest event against the shortest retention declared in it."""
    by_dataset: dict[str, list[tuple[float, Declaration, FieldRecord]]] = {}
    for declaration, records in _declared_personal(ci):
        if declaration.retention:
            for record in records:
                by_dataset.setdefault(record.dataset, []).append(
                    (parse_duration(declaration.retention), declaration, record))
    for dataset, declared in sorted(by_dataset.items()):
        oldest = ci.datasets[dataset].oldest_event if dataset in ci.datasets else None
        if oldest is None:
            continue
        age = (ci.checked_at - oldest).total_seconds() / 86400
        exceeded = sorted((item for item in declared if item[0] < age), key=lambda item: (item[0], item[2].field))
        if not exceeded:
            continue
        limit, declaration, _ = exceeded[0]
        fields = [record.field for _, _, record in exceeded]
        basis = ci.policy.retention_bases.get(declaration.basis or "")
        yield RULES["DM008"].finding(
            dataset, fields[0] if len(fields) == 1 else "", clause=basis.clause if basis and basis.clause else "-",
            category=declaration.category if len(fields) == 1 else None,
            message=(f"the oldest event is {oldest:%Y-%m-%d} ({age:.0f} days old), past the declared retention "
                     f"{declaration.retention} ({limit:.0f} days) of {', '.join(fields)}"),
            fix=("delete (or anonymise) the events older than the retention; if the longer period is "
                 f"intended and allowed, lengthen the retention at line {declaration.line}"),
            location=_declaration_location(ci, declaration))


@rule("DM009", "stale-declaration", WARNING,
      "A declaration covers no field that exists any more.",
      "the data map's accuracy (the record of processing)")
def stale_declaration(ci: CheckInput) -> Iterator[Finding]:
    if not ci.complete:
        return
    in_use = {r.declaration.id for r in ci.fields if r.declaration is not None}
    fields_of: dict[str, list[str]] = {}
    for record in ci.fields:
        fields_of.setdefault(record.dataset, []).append(record.field)
    for declaration in ci.declarations:
        if declaration.id in in_use:
            continue
        # shadowed by a more specific declaration is not stale: match its patterns dataset by dataset
        datasets = [d for d in fields_of if declaration.covers(d, declaration.field)]
        if any(field_matches(declaration.field, path) for d in datasets for path in fields_of[d]):
            continue
        if "" in ci.unreadable or any(declaration.covers(d, declaration.field) for d in ci.unreadable):
            continue  # its dataset could not be read this time: absent is not the same as gone
        yield RULES["DM009"].finding(
            declaration.dataset, declaration.field, category=declaration.category,
            clause=clause_of(ci.policy, declaration.category),
            message=f"the declaration at line {declaration.line} matches no field in the scanned data",
            fix=f"remove the declaration at line {declaration.line}, or fix its dataset/field pattern",
            location=_declaration_location(ci, declaration))



@rule("DM011", "unread-data", ERROR,
      "Data the gate should judge was not read: a dataset or source failed to scan, or no field was read.",
      "every clause: a field that was not read cannot be judged against any of them")
def unread_data(ci: CheckInput) -> Iterator[Finding]:
    for unread in ci.unread:
        judged = ("its fields are judged as an earlier scan saw them (stale)" if unread.stale
                  else "none of its fields is judged")
        what = "dataset" if unread.dataset else "source"
        yield RULES["DM011"].finding(
            unread.name, "", category=None, clause="-",
            message=f"the {what} was not read: {unread.message}; {judged}",
            fix="make it readable (permissions, encoding, connection) and check again; "
                "`--allow-partial` accepts a partial scan")
    if ci.complete and not ci.fields:
        yield RULES["DM011"].finding(
            "", "", category=None, clause="-", message="no field was read: there is nothing to judge",
            fix="point the check at the data (LOCATIONS, or `sources:` in the data map) and make it readable")


#: the rule of what could not be read: its findings also mark a run as unsuccessful (SARIF)
NOT_UNDERSTOOD = "DM012"


@rule(NOT_UNDERSTOOD, "schema-not-understood", ERROR,
      "A file or statement that defines data could not be read, so its columns were not checked.",
      "the whole policy: what is not read is not checked")
def schema_not_understood(ci: CheckInput) -> Iterator[Finding]:
    for problem in ci.not_understood:
        yield RULES["DM012"].finding(
            problem.path, f"line {problem.line}", category=None, clause="-", message=problem.reason,
            fix="give the right --dialect (or none, to detect it per file), rewrite the statement in plain "
                "SQL, or leave the file out of the check",
            location=Location(problem.path, problem.line))
