"""App packages, file names and MIME types; hosts, URLs and schema vendors are not."""
from __future__ import annotations

import pytest

from classifiers.recognizers.app_files import AppPackageRecognizer, FileNameRecognizer, MimeTypeRecognizer
from tests.classifiers.fields import best_entity, name_signal, real_column, value_signal

PACKAGES = ["com.zhiliaoapp.musically", "com.google.android.youtube", "com.snapchat.android", "com.apple.mobilesafari",
            "org.telegram.messenger", "com.tencent.mm"]


@pytest.mark.parametrize("path", ["package_name", "bundle_id", "bundleIdentifier", "installed_apps", "source_app", "app_id",
                                  "applicationId"])
def test_package_names(path):
    assert name_signal(AppPackageRecognizer(), path) is not None


@pytest.mark.parametrize("path", ["app_version", "event_vendor", "logger", "hostname", "java_class", "package_size"])
def test_names_that_are_not_packages(path):
    assert name_signal(AppPackageRecognizer(), path) is None


def test_package_values_with_a_name():
    assert best_entity("source_app", PACKAGES) == "APP_PACKAGE"
    assert best_entity("installed_apps", [PACKAGES[:3], PACKAGES[3:]]) == "APP_PACKAGE"


@pytest.mark.parametrize("values", [["api-24.prod.internal", "db.example.com", "www.google.com"], ["example.com", "shop.co.uk"],
                                    ["com.example.net", "org.example.com"]])
def test_hosts_are_not_packages(values):
    assert value_signal(AppPackageRecognizer(), values) is None


def test_schema_vendors_stay_none():
    values = real_column("snowplow_web_events.csv", "event_vendor")
    assert best_entity("event_vendor", values) is None


@pytest.mark.parametrize("path", ["file_name", "filename", "fileName", "attachment", "file_path", "original_filename"])
def test_file_names(path):
    assert name_signal(FileNameRecognizer(), path) is not None


@pytest.mark.parametrize("path", ["file_size", "file_hash", "checksum", "mime_type", "page_url", "log_line"])
def test_names_that_are_not_file_names(path):
    assert name_signal(FileNameRecognizer(), path) is None


@pytest.mark.parametrize("values", [["IMG_2041.HEIC", "invoice-8812.pdf", "export_products.csv", "VID_20230101.mp4"],
                                    ["/sdcard/DCIM/Camera/IMG_0001.jpg", "C:\\Users\\a\\report.docx", "notes.txt"]])
def test_file_name_values_decide_alone(values):
    assert best_entity("c15", values) == "FILE_NAME"


@pytest.mark.parametrize("values", [["https://app.example.com/a.html", "/shop/item.php"], ["3.14.2", "1.0.0"],
                                    ["api-24.prod.internal", "example.com"]])
def test_values_that_are_not_file_names(values):
    assert value_signal(FileNameRecognizer(), values) is None


@pytest.mark.parametrize("path", ["mime_type", "mimeType", "content_type", "media_type", "file_type"])
def test_mime_names(path):
    assert name_signal(MimeTypeRecognizer(), path) is not None


def test_mime_values_decide_alone():
    values = ["image/heic", "application/pdf", "video/mp4", "text/plain; charset=utf-8",
              "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"]
    assert best_entity("c16", values) == "MIME_TYPE"


@pytest.mark.parametrize("values", [["Mozilla/5.0", "okhttp/4.9"], ["America/New_York", "Europe/Berlin"], ["a/b", "and/or"]])
def test_values_that_are_not_mime_types(values):
    assert value_signal(MimeTypeRecognizer(), values) is None


def test_package_lists_written_as_text():
    lists = ["com.zhiliaoapp.musically,com.tencent.mm", '["com.instagram.android", "org.telegram.messenger"]',
             "com.google.android.youtube;com.snapchat.android"]
    assert best_entity("installed_apps", lists) == "APP_PACKAGE"
    assert best_entity("allowed_hosts", ["example.com,example.org", "api.example.net;cdn.example.com"]) is None


def test_bare_extensions_under_a_type_name():
    assert best_entity("file_extension", ["jpg", "pdf", ".HEIC", "mp4", "docx"]) == "MIME_TYPE"
    assert best_entity("c40", ["jpg", "pdf", ".HEIC", "mp4", "docx"]) is None
