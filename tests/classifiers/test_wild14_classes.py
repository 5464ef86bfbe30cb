"""Classes of error a fourteenth blind benchmark of public data (benchmarks/wild14) exposed, each
in the shape the public data has: GitLab's push, issue and system hook payloads (a project's and
a repository's own addresses and slugs, a `user_name` that is a display name, a change set's
`changes.<field>.current`), BMW ConnectedDrive vehicle profiles (a `vin`) and the kernel's
power-supply class as sysfs prints it (`POWER_SUPPLY_*`)."""
from __future__ import annotations

import pyarrow as pa

from classifiers.engine import classify_dataset
from datamap.model import DatasetSample, FieldSample


def classify(name: str, columns: dict[str, list]) -> dict[str, str | None]:
    """Every field's best entity in a dataset called `name` holding `columns`."""
    fields = [FieldSample(path=path, values=pa.array(values)) for path, values in columns.items()]
    results = classify_dataset(DatasetSample(name=name, source="test", kind="test", fields=fields), embedded=False)
    return {r.sample.path: (r.best().entity if r.best() else None) for r in results}


def test_a_projects_and_a_repositorys_own_addresses_are_no_pages_visited():
    # a push hook: two events, each naming its project and repository
    found = classify("gitlab_push_hooks.ndjson", {
        "user_email": ["john@example.com", "john@example.com"],
        "project.web_url": ["http://example.com/mike/diaspora", "http://example.com/jsmith/example"],
        "project.git_ssh_url": ["git@example.com:mike/diaspora.git", "git@example.com:jsmith/example.git"],
        "project.path_with_namespace": ["mike/diaspora", "jsmith/example"],
        "repository.git_http_url": ["http://example.com/mike/diaspora.git", "http://example.com/jsmith/example.git"],
        "project_path_with_namespace": ["jsmith/storecloud", "jsmith/underscore"],
        "group_path": ["storecloud", "underscore"],
        "iosStoreUrl": ["https://apps.apple.com/de/app/id714042749?mt=8", "https://apps.apple.com/us/app/id714042570?mt=8"],
    })
    for field in ("project.web_url", "project.git_ssh_url", "project.path_with_namespace",
                  "repository.git_http_url", "project_path_with_namespace", "group_path", "iosStoreUrl"):
        assert found[field] is None, field
    # a clone address is a repository's under any name; pages a user opened stay pages
    assert classify("hits.ndjson", {"url": ["https://example.com/a/b.git", "git@example.com:a/b.git"]})["url"] is None
    assert classify("hits.ndjson", {"url": ["https://shop.example.com/cart", "https://shop.example.com/p/12"],
                                    "user_id": ["u1", "u2"]})["url"] == "VISITED_URL"
    assert classify("events.ndjson", {"user.landing_page": ["/shop/cart", "/"], "project.page_url": ["/a", "/b"]}) \
        == {"user.landing_page": "VISITED_URL", "project.page_url": "VISITED_URL"}


def test_a_user_name_of_capitalised_words_is_the_persons_name():
    # GitLab's hooks: `user_name` is the display name, `user_username` the login
    found = classify("gitlab_push_hooks.ndjson", {"user_name": ["John Smith"], "user_username": ["jsmith"],
                                                  "user_email": ["john@example.com"]})
    assert found["user_name"] == "PERSON" and found["user_username"] == "ACCOUNT_ID"
    # a Windows or a web log's `UserName` of logins stays an account
    assert classify("security.ndjson", {"UserName": ["jdoe", "SYSTEM", "svc_backup"]})["UserName"] == "ACCOUNT_ID"


def test_a_change_sets_sides_are_read_as_the_changed_field():
    # an issue hook's `changes`: each changed field, its previous and current value
    found = classify("gitlab_issue_hook.ndjson", {"changes.updated_by_id.previous": [None],
                                                  "changes.updated_by_id.current": [1],
                                                  "user.email": ["user1@example.com"]})
    assert found["changes.updated_by_id.current"] == "ACCOUNT_ID"
    # outside a change set `current` is what it says (a battery's current in amperes is no account)
    assert classify("sensors.ndjson", {"battery.current": [0.42, 0.40]})["battery.current"] != "ACCOUNT_ID"


def test_a_vehicles_vin_is_its_device_id():
    found = classify("bmw_vehicle_profiles.ndjson", {"vin": ["WBA00000000000F31", "WBY00000000REXI01"],
                                                     "model": ["320d xDrive", "i3 (+ REX)"]})
    assert found["vin"] == "DEVICE_ID"


def test_the_kernels_power_supply_class_is_a_battery_reading():
    # /sys/class/power_supply/{AC,BAT0}/uevent, one row per supply
    found = classify("sysfs_power_supply.csv", {
        "POWER_SUPPLY_NAME": ["AC", "BAT0"], "POWER_SUPPLY_ONLINE": ["0", None],
        "POWER_SUPPLY_STATUS": [None, "Discharging"], "POWER_SUPPLY_CAPACITY": [None, "98"],
        "POWER_SUPPLY_CAPACITY_LEVEL": [None, "Normal"], "POWER_SUPPLY_TECHNOLOGY": [None, "Li-ion"]})
    for field in ("POWER_SUPPLY_ONLINE", "POWER_SUPPLY_STATUS", "POWER_SUPPLY_CAPACITY", "POWER_SUPPLY_CAPACITY_LEVEL"):
        assert found[field] == "BATTERY_STATE", field
    assert found["POWER_SUPPLY_NAME"] is None and found["POWER_SUPPLY_TECHNOLOGY"] is None
    assert classify("bmw_vehicle_states.ndjson", {"state.electricChargingState.isChargerConnected": [False, True]}) \
        == {"state.electricChargingState.isChargerConnected": "BATTERY_STATE"}
