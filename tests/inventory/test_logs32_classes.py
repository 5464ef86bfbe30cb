"""Classes of error system and application logs showed (benchmarks wild27, wild29, zh29 and the
logs sets), each with real log lines: a version that runs on past four dotted numbers read as an
IP address in free text, ..."""
from __future__ import annotations

import pyarrow as pa

from classifiers.evidence import Detection
from classifiers.secondary import detect as detect_in_text
from datamap.model import FieldSample


def _in_text(texts: list[str]) -> dict[str, Detection]:
    sample = FieldSample(path="(free text)", values=pa.array(texts, pa.string()), origin="message")
    return {d.entity: d for d in detect_in_text(sample)}


def test_a_dotted_version_in_free_text_is_no_ip_address() -> None:
    # an Android app's logcat (threadtime): HyperOS writes its build as five dotted parts
    device = ["I DeviceUtil: 设备信息 deviceId=f54bcf38-e9bc-44ff-9541-154511097cf2 型号=23127PN0CC 品牌=Xiaomi "
              "系统=HyperOS 1.0.42.0.UNCCNXM 网络=4G",
              "I SnmpAgent: registered OID 1.3.6.1.4.1.2021.10 for the load table"]
    assert "IP_ADDRESS" not in _in_text(device)
    # the address beside it, a word or a port after it, is still found
    login = device + ["用户登录成功，系统：HyperOS 1.0.24.0.UNCCNXM，网络：wifi，IP：48.63.110.81",
                      "end connection 192.0.2.171:53276 (0 connections now open)"]
    found = _in_text(login)
    assert "IP_ADDRESS" in found
