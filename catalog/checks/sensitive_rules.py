"""PIPL's sensitive personal information (art. 28: identity numbers, financial accounts,
precise location and whereabouts, biometrics...): processing it needs the person's separate
consent (art. 29, 单独同意) or another legal basis (art. 13), and the data map must say which.

The policy marks the categories (`sensitive: true`) and the consents that are separate
(`separate: true`); a declaration states a basis other than consent as `legal_basis`.
"""
from __future__ import annotations

from collections.abc import Iterator

from catalog.checks.model import ERROR, CheckInput, Finding
from catalog.checks.rules import _declared_personal, _on_declaration, rule


@rule("DM022", "sensitive-without-separate-consent", ERROR,
      "Sensitive personal information (PIPL art. 28) is declared without a separate consent or a "
      "stated legal basis.",
      "PIPL art. 28-29: sensitive personal information only with separate consent, or a legal basis (art. 13)")
def sensitive_without_separate_consent(ci: CheckInput) -> Iterator[Finding]:
    separate = sorted(term.id for term in ci.policy.consents.values() if term.separate)
    for declaration, records in _declared_personal(ci):
        category = ci.policy.categories.get(declaration.category or "")
        if category is None or not category.sensitive or declaration.legal_basis:
            continue
        term = ci.policy.consents.get(declaration.consent or "")
        if term is not None and term.separate:
            continue
        relied = f"; it relies on {declaration.consent!r}, which is not a separate consent" if declaration.consent else ""
        yield _on_declaration(
            "DM022", ci, declaration, records, clause=category.clause,
            message=f"{category.id} ({category.name}) is sensitive personal information{relied}",
            fix=(f"collect a separate consent and declare it at line {declaration.line} "
                 f"(`consent:` one of {', '.join(separate) or 'none in this policy: add one marked separate'}), "
                 "or state the legal basis (`legal_basis: ...`)"))
