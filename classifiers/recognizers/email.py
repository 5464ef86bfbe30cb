"""E-mail addresses (RFC 5322 in its everyday form)."""
from __future__ import annotations

from classifiers.recognizer import FieldRecognizer, ValuePattern


class EmailRecognizer(FieldRecognizer):
    entity = "EMAIL_ADDRESS"
    names = ("email", "e mail", "mail", "email address", "mail address", "youxiang")
    negative_names = ("status", "verified", "opt", "count", "sent", "domain")
    patterns = (
        ValuePattern("email", r"[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,24}", 0.9),
    )
    context = ("email", "mail", "contact", "to")
