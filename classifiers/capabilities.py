"""Flags of what a device or a plan can do (`capabilities.setWifiOverCell: true`,
`features.outdoorBattCamera: true`): no reading of the device's state or setting.

A capability names the thing it is about (Wi-Fi, a battery camera, a chime's volume), so its
name alone reads like that setting's; a true or false inside a capabilities object says only
that the device supports it.
"""
from __future__ import annotations

import pyarrow as pa

from classifiers.names import NameTokens

#: parent-object words of a list of what something supports
CAPABILITY_OBJECTS = frozenset({"capabilities", "capability", "features", "feature", "supports", "supported",
                                "abilities"})


def capability_flag(name: NameTokens, values: pa.Array) -> bool:
    """Whether the field is a true/false inside a capabilities or features object."""
    return pa.types.is_boolean(values.type) and not CAPABILITY_OBJECTS.isdisjoint(name.parent)
