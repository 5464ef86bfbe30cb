"""Rules on what the data says about the people in it: teens (policy clause 9) and
re-identification risk of device attributes together (the fingerprint a dataset holds).

Both read the scan's aggregates (`age_profiles`, `reidentification`), never raw values.
"""
from __future__ import annotations

from collections.abc import Iterator

from catalog.checks.model import ERROR, WARNING, CheckInput, Finding
from catalog.checks.rules import RULES, _dataset_lines, rule

#: the policy's clause on teens, when the policy names no consent term for it
TEENS_CLAUSE = "9.1"


def _guardian_consent(ci: CheckInput) -> str:
    """The consent the policy requires for a date of birth or age (the guardian's)."""
    for category in ci.policy.categories.values():
        if any(entity in ("DATE_OF_BIRTH", "AGE") for entity in category.entities) and category.consent:
            return category.consent
    return "guardian"


@rule("DM020", "teen-data-without-guardian-consent", ERROR,
      "The sample holds people younger than the policy's teen age, and the data map declares no "
      "guardian consent for the dataset.",
      "the teens clause: teens' data only with verifiable guardian consent, else deleted (9.1-9.2)")
def teen_data_without_guardian_consent(ci: CheckInput) -> Iterator[Finding]:
    consent = _guardian_consent(ci)
    term = ci.policy.consents.get(consent)
    clause = term.clause if term and term.clause else TEENS_CLAUSE
    line = _dataset_lines(ci)
    declared = {record.dataset for record in ci.fields
                if record.declaration is not None and record.declaration.consent == consent}
    for name, dataset in sorted(ci.datasets.items()):
        teens = [t for t in dataset.teens if t.under_age > 0]
        if not teens or name in declared:
            continue
        worst = max(teens, key=lambda t: t.under_age / t.people)
        yield RULES["DM020"].finding(
            name, worst.field, category=_category_of(ci, name, worst.field), clause=clause,
            message=(f"{worst.under_age} of {worst.people} sampled people ({worst.under_age / worst.people:.0%}) "
                     f"are younger than {worst.teen_age}, and no declaration of the dataset relies on "
                     f"the consent {consent!r}"),
            fix=(f"collect verifiable guardian consent and declare `consent: {consent}` for {worst.field}, "
                 "or delete the teens' records (clause 9.2)"),
            location=ci.map_location(line(name)))


@rule("DM021", "near-unique-fingerprint", WARNING,
      "Device attributes and other quasi-identifiers together single out most people in the sample, "
      "and no declared purpose needs to recognise a person or device.",
      "data minimisation: collect device attributes for the declared purposes only (2, 5.3)")
def near_unique_fingerprint(ci: CheckInput) -> Iterator[Finding]:
    line = _dataset_lines(ci)
    needs = {term.id for term in ci.policy.purposes.values() if term.singles_out}
    purposes_of: dict[str, set[str]] = {}
    for record in ci.fields:
        if record.declaration is not None:
            purposes_of.setdefault(record.dataset, set()).update(record.declaration.purposes)
    for name, dataset in sorted(ci.datasets.items()):
        risk = dataset.reidentification
        if risk is None or not risk.near_unique or purposes_of.get(name, set()) & needs:
            continue
        if risk.method == "sample":
            measured = (f"{risk.unique_share:.0%} of sampled rows are unique on {len(risk.fields)} "
                        f"quasi-identifiers ({risk.entropy_bits:.1f} bits, smallest group k={risk.min_group_size})")
        else:
            measured = f"{len(risk.fields)} quasi-identifiers carry about {risk.prior_bits:.0f} bits together (prior)"
        purposes = ", ".join(sorted(purposes_of.get(name, ()))) or "none"
        yield RULES["DM021"].finding(
            name, "", category=None, clause="5.3",
            message=f"{measured}: {', '.join(risk.fields)}; declared purposes: {purposes}",
            fix=("drop or coarsen attributes the declared purposes do not need (bucket screen sizes, "
                 "truncate user agents, keep country instead of city), or declare the purpose that needs "
                 f"them ({', '.join(sorted(needs)) or 'none in this policy'})"),
            location=ci.map_location(line(name)))


def _category_of(ci: CheckInput, dataset: str, field: str) -> str | None:
    for record in ci.fields:
        if record.dataset == dataset and record.field == field and record.primary is not None:
            return record.primary.category
    return None
