"""Classes of error a blind benchmark of public machine, sensor and system data (benchmarks/machine19)
exposed, each in the shape the public data has: SNMP walks (snmpsim's recordings), EC2's
describe-* outputs (botocore's examples) and distributions' os-release files (distro's tests)."""
from __future__ import annotations

from tests.classifiers.support import classify_table as classify


def test_a_netmask_is_no_address():
    # MIB-2's ipAddrTable: each address beside its netmask
    found = classify("snmp_ip_addresses.csv", {
        "ipAdEntAddr": ["127.0.0.1", "195.218.254.105", "0.0.0.0", "127.0.0.1", "192.168.1.9"],
        "ipAdEntNetMask": ["255.0.0.0", "255.255.255.0", "0.0.0.0", "255.0.0.0", "255.255.255.0"]})
    assert found["ipAdEntNetMask"] is None
    assert found["ipAdEntAddr"] == "IP_ADDRESS"
    # netmasks alone, whatever the column is called
    found = classify("t.csv", {"c04": ["255.0.0.0", "255.255.255.0", "255.255.240.0", "255.255.255.252"]})
    assert found["c04"] is None
    # and addresses alone stay addresses
    found = classify("t.csv", {"c02": ["203.0.113.7", "198.51.100.23", "192.0.2.44", "203.0.113.90"]})
    assert found["c02"] == "IP_ADDRESS"


def test_the_owner_of_a_thing_is_not_the_thing():
    # EC2's `IpOwnerId`: the AWS account owning an elastic address, not the address
    found = classify("ec2_network_interfaces.ndjson", {
        "Association.IpOwnerId": ["123456789012"], "Association.PublicIp": ["203.0.113.12"]})
    assert found["Association.IpOwnerId"] != "IP_ADDRESS"
    assert found["Association.PublicIp"] == "IP_ADDRESS"
    # the owner's own address stays one
    found = classify("t.ndjson", {"owner_ip": ["203.0.113.12", "198.51.100.4"]})
    assert found["owner_ip"] == "IP_ADDRESS"


def test_a_storage_volumes_type_is_no_audio_setting():
    found = classify("ec2_volumes.ndjson", {"VolumeType": ["standard", "standard", "gp2", "io1"],
                                            "VolumeId": ["vol-049df61146c4d7901"] * 4})
    assert found["VolumeType"] is None
    # a phone's volume level stays an audio setting
    found = classify("t.csv", {"media_volume": [0.5, 0.8, 0.2, 1.0, 0.6]})
    assert found["media_volume"] == "AUDIO_SETTING"


def test_a_machines_state_is_no_place():
    # EC2's `InstanceState.Name` (`running`): the path ends in "state name", the state of an instance
    found = classify("ec2_instance_status.ndjson", {"InstanceState.Name": ["running", "stopped", "pending"],
                                                    "InstanceState.Code": [16, 80, 0]})
    assert found["InstanceState.Name"] is None
    # an address's state name stays a region
    found = classify("t.ndjson", {"address.state_name": ["California", "Texas", "Ohio"]})
    assert found["address.state_name"] == "REGION"


def test_a_products_published_links_are_no_pages_visited():
    # os-release's links: where the distribution's home, support and bug tracker are
    sites = ["https://www.debian.org/", "https://getfedora.org/", "https://www.centos.org/", "https://ubuntu.com/"]
    found = classify("os_release.csv", {
        "HOME_URL": sites, "SUPPORT_URL": [s + "support" for s in sites],
        "BUG_REPORT_URL": [s + "bugs" for s in sites], "PRIVACY_POLICY_URL": [s + "legal/privacy" for s in sites],
        "NAME": ["Debian GNU/Linux", "Fedora", "CentOS Linux", "Ubuntu"]})
    for column in ("HOME_URL", "SUPPORT_URL", "BUG_REPORT_URL", "PRIVACY_POLICY_URL"):
        assert found[column] is None, column
    # pages a user opened stay pages
    found = classify("t.csv", {"page_url": ["https://shop.example.com/cart", "https://shop.example.com/p/12",
                                            "https://shop.example.com/checkout", "https://shop.example.com/"]})
    assert found["page_url"] == "VISITED_URL"


def test_a_place_inside_a_machine_or_an_order_is_no_place_on_earth():
    # dmidecode's memory array (`Location In Chassis`, `Partition Row Position`), as wild18 left them
    found = classify("dmidecode.csv", {"Location In Chassis": ["Not Specified", "Slot 2", "Bay 1"],
                                       "Partition Row Position": [1, 2, 1]})
    assert found["Location In Chassis"] is None
    assert found["Partition Row Position"] is None
    # a tracker's position and a user's location stay places
    found = classify("t.csv", {"position": ["52.520008,13.404954", "52.520112,13.405011", "52.521034,13.40601"],
                               "location": ["Berlin, Germany", "Paris, France", "Austin, TX"]})
    assert found["position"] == "GPS_COORDINATE"
    assert found["location"] is not None
