"""Cloud and platform log benchmark: one file per format family, in the documented formats.

usage: python benchmarks/logs/generate.py OUT_DIR

Writes 19 `.log` files (60 lines each plus headers) to OUT_DIR; the labels are `labels.csv`
beside this script. Every line is generated in its vendor's documented format (field lists and examples
cited in SOURCES.md); the vendors' own example lines are test fixtures, not benchmark data. Deterministic
(seeded `random`), stdlib only. Labels are dataset-level `*` rows (the categories that occur
somewhere in the file), written from the generator's content before any scan was run.
"""
from __future__ import annotations

import json
import random
import sys
import uuid
from datetime import datetime, timedelta, timezone
from pathlib import Path
from urllib.parse import quote

SEED = 20261130
HERE = Path(__file__).resolve().parent
LINES = 60
T0 = datetime(2026, 10, 5, 8, 0, 0, tzinfo=timezone.utc)

AGENTS = [
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/119.0.6045.163 Mobile Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1 Safari/605.1.15",
    "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:121.0) Gecko/20100101 Firefox/121.0",
]
SDK_AGENTS = ["aws-cli/2.13.25 Python/3.11.5 Linux/5.15.0-1049-aws exe/x86_64.ubuntu.22 prompt/off command/s3.cp",
              "aws-sdk-java/1.12.561 Linux/5.10.192 OpenJDK_64-Bit_Server_VM/17.0.8+7-LTS java/17.0.8",
              "Boto3/1.28.62 md/Botocore#1.31.62 ua/2.0 os/linux#5.15.0 md/arch#x86_64 lang/python#3.11.5"]
USERS = ["jsmith", "mgarcia", "akumar", "lchen", "okafor.n", "tnguyen", "pdubois", "hsato", "rsilva", "kmensah"]
PATHS = ["/", "/shop/{n}", "/video/{n}", "/search?q=running+shoes&page={p}", "/account/orders?uid={u}",
         "/api/v1/cart?user_id={u}", "/product/{n}?ref=email&utm_source=newsletter", "/static/app.{n}.js"]
REFERERS = ["-", "https://www.google.com/", "https://shop.example.com/", "https://t.co/Ab3dE9"]
CIPHERS = ["ECDHE-RSA-AES128-GCM-SHA256", "ECDHE-RSA-AES256-GCM-SHA384", "TLS_AES_128_GCM_SHA256",
           "TLS_AES_256_GCM_SHA384", "ECDHE-ECDSA-CHACHA20-POLY1305"]
COUNTRIES = ["US", "GB", "DE", "IN", "BR", "JP", "FR", "ID"]

rng = random.Random(SEED)


def public_ip() -> str:
    while True:
        first = rng.choice([23, 31, 45, 66, 81, 93, 102, 141, 178, 187, 203, 212])
        return f"{first}.{rng.randrange(1, 255)}.{rng.randrange(0, 255)}.{rng.randrange(1, 255)}"


def private_ip() -> str:
    return f"10.0.{rng.randrange(0, 16)}.{rng.randrange(2, 250)}"


def when(i: int) -> datetime:
    return T0 + timedelta(seconds=i * 37 + rng.randrange(30), microseconds=rng.randrange(1000000))


def syslog_time(t: datetime) -> str:
    """RFC 3164's timestamp: the day of month space-padded (`Oct  5 08:00:17`)."""
    return f"{t:%b} {t.day:2d} {t:%H:%M:%S}"


def uid() -> int:
    return rng.randrange(100000, 9999999)


def path() -> str:
    return rng.choice(PATHS).format(n=rng.randrange(1, 99999), p=rng.randrange(1, 9), u=uid())


def ga_cookie() -> str:
    return f"_ga=GA1.2.{rng.randrange(10**9, 10**10)}.{rng.randrange(1690000000, 1700000000)}; " \
           f"session_id={uuid.UUID(int=rng.getrandbits(128)).hex}"


def hexid(n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


# -- W3C extended log format ------------------------------------------------------------------
IIS_FIELDS = ("date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip cs(User-Agent) "
              "cs(Cookie) cs(Referer) sc-status sc-substatus sc-win32-status time-taken")


def iis() -> list[str]:
    out = ["#Software: Microsoft Internet Information Services 10.0", "#Version: 1.0",
           "#Date: 2026-10-05 08:00:00", f"#Fields: {IIS_FIELDS}"]
    for i in range(LINES):
        t = when(i)
        stem, _, query = path().partition("?")
        user = rng.choice(USERS + ["-"] * 4)
        out.append(" ".join([
            t.strftime("%Y-%m-%d"), t.strftime("%H:%M:%S"), "10.0.0.4", rng.choice(["GET", "GET", "POST"]),
            stem, query or "-", "443", user, public_ip(), rng.choice(AGENTS).replace(" ", "+"),
            ga_cookie().replace(" ", "+"), rng.choice(REFERERS), rng.choice(["200", "200", "304", "404"]),
            "0", "0", str(rng.randrange(1, 900))]))
    return out


CLOUDFRONT_FIELDS = ("date time x-edge-location sc-bytes c-ip cs-method cs(Host) cs-uri-stem sc-status "
                     "cs(Referer) cs(User-Agent) cs-uri-query cs(Cookie) x-edge-result-type x-edge-request-id "
                     "x-host-header cs-protocol cs-bytes time-taken x-forwarded-for ssl-protocol ssl-cipher "
                     "x-edge-response-result-type cs-protocol-version fle-status fle-encrypted-fields c-port "
                     "time-to-first-byte x-edge-detailed-result-type sc-content-type sc-content-len "
                     "sc-range-start sc-range-end")


def cloudfront() -> list[str]:
    out = ["#Version: 1.0", f"#Fields: {CLOUDFRONT_FIELDS}"]
    for i in range(LINES):
        t = when(i)
        stem, _, query = path().partition("?")
        result = rng.choice(["Hit", "Miss", "RefreshHit"])
        out.append("\t".join([
            t.strftime("%Y-%m-%d"), t.strftime("%H:%M:%S"), rng.choice(["SEA19-C1", "FRA56-P3", "NRT57-C2"]),
            str(rng.randrange(200, 90000)), public_ip(), "GET", "d111111abcdef8.cloudfront.net", stem,
            rng.choice(["200", "200", "304"]), quote(rng.choice(REFERERS), safe=":/"),
            quote(rng.choice(AGENTS), safe="/;,()"), query or "-", quote(ga_cookie(), safe="=;"), result,
            hexid(20) + "==", "shop.example.com", "https", str(rng.randrange(100, 900)),
            f"0.{rng.randrange(1, 999):03d}", "-", "TLSv1.3", rng.choice(CIPHERS), result, "HTTP/2.0", "-", "-",
            str(rng.randrange(1024, 65535)), f"0.{rng.randrange(1, 999):03d}", result, "text/html",
            str(rng.randrange(200, 90000)), "-", "-"]))
    return out


CLOUDFRONT_RT_FIELDS = ("timestamp c-ip time-to-first-byte sc-status sc-bytes cs-method cs-protocol cs-host "
                        "cs-uri-stem cs-bytes x-edge-location x-edge-request-id x-host-header time-taken "
                        "cs-protocol-version c-ip-version cs-user-agent cs-referer cs-cookie cs-uri-query "
                        "x-edge-response-result-type x-forwarded-for ssl-protocol ssl-cipher x-edge-result-type "
                        "fle-encrypted-fields fle-status sc-content-type sc-content-len sc-range-start "
                        "sc-range-end c-port x-edge-detailed-result-type c-country")


def cloudfront_realtime() -> list[str]:
    out = []
    for i in range(LINES):
        t = when(i)
        stem, _, query = path().partition("?")
        result = rng.choice(["Hit", "Miss"])
        out.append("\t".join([
            f"{t.timestamp():.3f}", public_ip(), f"0.{rng.randrange(1, 999):03d}", "200",
            str(rng.randrange(200, 90000)), "GET", "https", "d111111abcdef8.cloudfront.net", stem,
            str(rng.randrange(100, 900)), "IAD89-C3", hexid(20) + "==", "shop.example.com",
            f"0.{rng.randrange(1, 999):03d}", "HTTP/2.0", "IPv4", quote(rng.choice(AGENTS), safe="/;,()"),
            quote(rng.choice(REFERERS), safe=":/"), quote(ga_cookie(), safe="=;"), query or "-", result, "-",
            "TLSv1.3", rng.choice(CIPHERS), result, "-", "-", "text/html", str(rng.randrange(200, 90000)),
            "-", "-", str(rng.randrange(1024, 65535)), result, rng.choice(COUNTRIES)]))
    return out


# -- AWS load balancers, S3, VPC, CloudTrail --------------------------------------------------
def alb() -> list[str]:
    out = []
    for i in range(LINES):
        t = when(i)
        host = "shop.example.com"
        tls = rng.random() < 0.8
        scheme, port = ("https", 443) if tls else ("http", 80)
        out.append(
            f'{"h2" if tls else "http"} {t.strftime("%Y-%m-%dT%H:%M:%S.%fZ")} app/my-loadbalancer/50dc6c495c0c9188 '
            f'{public_ip()}:{rng.randrange(1024, 65535)} {private_ip()}:80 0.000 0.{rng.randrange(1, 999):03d} 0.000 '
            f'200 200 {rng.randrange(30, 900)} {rng.randrange(200, 90000)} '
            f'"GET {scheme}://{host}:{port}{path()} HTTP/1.1" "{rng.choice(AGENTS)}" '
            f'{rng.choice(CIPHERS[:2]) if tls else "-"} {"TLSv1.2" if tls else "-"} '
            f'arn:aws:elasticloadbalancing:us-east-2:123456789012:targetgroup/my-targets/73e2d6bc24d8a067 '
            f'"Root=1-{hexid(8)}-{hexid(24)}" "{host}" '
            f'"{"arn:aws:acm:us-east-2:123456789012:certificate/12345678-1234-1234-1234-123456789012" if tls else "-"}" '
            f'0 {(t - timedelta(milliseconds=5)).strftime("%Y-%m-%dT%H:%M:%S.%fZ")} "forward" "-" "-" '
            f'"{private_ip()}:80" "200" "-" "-" TID_{hexid(32)}')
    return out


def elb_classic() -> list[str]:
    out = []
    for i in range(LINES):
        t = when(i)
        tls = rng.random() < 0.6
        out.append(
            f'{t.strftime("%Y-%m-%dT%H:%M:%S.%fZ")} my-loadbalancer {public_ip()}:{rng.randrange(1024, 65535)} '
            f'{private_ip()}:80 0.000073 0.00{rng.randrange(1000, 9999)} 0.000057 200 200 0 {rng.randrange(29, 9000)} '
            f'"GET {"https" if tls else "http"}://www.example.com:{443 if tls else 80}{path()} HTTP/1.1" '
            f'"{rng.choice(AGENTS)}" {rng.choice(CIPHERS[:2]) if tls else "-"} {"TLSv1.2" if tls else "-"}')
    return out


def s3_access() -> list[str]:
    owner = "79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be"
    out = []
    for i in range(LINES):
        t = when(i)
        user = rng.choice(USERS)
        requester = f"arn:aws:iam::123456789012:user/{user}"
        key = rng.choice(["reports/2026/q3.csv", "exports/daily/part-0001.parquet", "assets/logo.png",
                          "backups/db-2026-10-04.sql.gz"])
        op = rng.choice(["REST.GET.OBJECT", "REST.PUT.OBJECT", "REST.HEAD.OBJECT"])
        method = op.split(".")[1]
        agent = rng.choice(AGENTS + SDK_AGENTS) if op != "REST.PUT.OBJECT" else rng.choice(SDK_AGENTS)
        out.append(
            f'{owner} amzn-s3-demo-bucket1 [{t.strftime("%d/%b/%Y:%H:%M:%S +0000")}] {public_ip()} {requester} '
            f'{hexid(16).upper()} {op} {key} "{method} /amzn-s3-demo-bucket1/{key} HTTP/1.1" 200 - '
            f'{rng.randrange(100, 90000)} {rng.randrange(100, 90000)} {rng.randrange(5, 90)} {rng.randrange(1, 60)} '
            f'"-" "{agent}" - {hexid(40)}= SigV4 {rng.choice(CIPHERS[:2])} AuthHeader '
            f'amzn-s3-demo-bucket1.s3.us-west-1.amazonaws.com TLSv1.2 - -')
    return out


def vpc_flow() -> list[str]:
    out = ["version account-id interface-id srcaddr dstaddr srcport dstport protocol packets bytes start end action log-status"]
    for i in range(LINES):
        start = int(when(i).timestamp())
        client, server = public_ip(), private_ip()
        inbound = rng.random() < 0.7
        src, dst = (client, server) if inbound else (server, client)
        sport, dport = (rng.randrange(1024, 65535), 443) if inbound else (443, rng.randrange(1024, 65535))
        action = rng.choice(["ACCEPT", "ACCEPT", "ACCEPT", "REJECT"])
        out.append(f"2 123456789010 eni-1235b8ca123456789 {src} {dst} {sport} {dport} 6 {rng.randrange(1, 40)} "
                   f"{rng.randrange(40, 90000)} {start} {start + 60} {action} OK")
    return out


def cloudtrail() -> list[str]:
    out = []
    for i in range(LINES):
        t = when(i)
        user = rng.choice(USERS)
        console = rng.random() < 0.4
        event = rng.choice(["ConsoleLogin", "GetObject", "DescribeInstances", "StartInstances", "PutObject"])
        record = {
            "eventVersion": "1.08",
            "userIdentity": {"type": "IAMUser", "principalId": "AIDA" + hexid(17).upper(),
                             "arn": f"arn:aws:iam::123456789012:user/{user}", "accountId": "123456789012",
                             "accessKeyId": "AKIA" + hexid(16).upper(), "userName": user},
            "eventTime": t.strftime("%Y-%m-%dT%H:%M:%SZ"), "eventSource": "ec2.amazonaws.com",
            "eventName": event, "awsRegion": "us-east-2", "sourceIPAddress": public_ip(),
            "userAgent": rng.choice(AGENTS) if console else rng.choice(SDK_AGENTS),
            "requestParameters": {"instancesSet": {"items": [{"instanceId": "i-" + hexid(17)}]}},
            "responseElements": None, "requestID": str(uuid.UUID(int=rng.getrandbits(128))),
            "eventID": str(uuid.UUID(int=rng.getrandbits(128))), "readOnly": event.startswith(("Get", "Describe")),
            "eventType": "AwsApiCall", "managementEvent": True, "recipientAccountId": "123456789012",
            "eventCategory": "Management",
            "tlsDetails": {"tlsVersion": "TLSv1.2", "cipherSuite": rng.choice(CIPHERS[:2]),
                           "clientProvidedHostHeader": "ec2.us-east-2.amazonaws.com"},
        }
        out.append(json.dumps(record))
    return out


# -- GCP and Azure -----------------------------------------------------------------------------
def gcp_logging() -> list[str]:
    out = []
    for i in range(LINES):
        t = when(i)
        if i % 3 == 2:  # an application entry of a Cloud Run service
            entry = {"insertId": hexid(14), "jsonPayload": {
                "message": f"order placed for customer {uid()}", "userId": f"u_{uid()}",
                "cartValue": round(rng.uniform(5, 400), 2), "component": "checkout"},
                "resource": {"type": "cloud_run_revision", "labels": {
                    "service_name": "checkout", "revision_name": "checkout-00042-xyz", "location": "europe-west1",
                    "project_id": "my-shop-prod"}},
                "timestamp": t.strftime("%Y-%m-%dT%H:%M:%S.%fZ"), "severity": "INFO",
                "logName": "projects/my-shop-prod/logs/run.googleapis.com%2Fstdout",
                "receiveTimestamp": t.strftime("%Y-%m-%dT%H:%M:%S.%fZ")}
        else:  # an external HTTP(S) load balancer request
            entry = {"insertId": hexid(12), "jsonPayload": {
                "@type": "type.googleapis.com/google.cloud.loadbalancing.type.LoadBalancerLogEntry",
                "statusDetails": "response_sent_by_backend", "backendTargetProjectNumber": "projects/123456789012",
                "remoteIp": public_ip(), "cacheDecision": ["RESPONSE_HAS_CONTENT_TYPE"]},
                "httpRequest": {"requestMethod": "GET", "requestUrl": f"https://shop.example.com{path()}",
                                "requestSize": str(rng.randrange(100, 900)), "status": 200,
                                "responseSize": str(rng.randrange(200, 90000)), "userAgent": rng.choice(AGENTS),
                                "remoteIp": public_ip(), "serverIp": private_ip(),
                                "referer": rng.choice(REFERERS[1:]), "latency": f"0.0{rng.randrange(10, 99)}s",
                                "protocol": "HTTP/1.1"},
                "resource": {"type": "http_load_balancer", "labels": {
                    "forwarding_rule_name": "shop-https", "url_map_name": "shop-map", "target_proxy_name": "shop-proxy",
                    "backend_service_name": "shop-backend", "zone": "global", "project_id": "my-shop-prod"}},
                "timestamp": t.strftime("%Y-%m-%dT%H:%M:%S.%fZ"), "severity": "INFO",
                "logName": "projects/my-shop-prod/logs/requests",
                "trace": f"projects/my-shop-prod/traces/{hexid(32)}", "spanId": hexid(16),
                "receiveTimestamp": t.strftime("%Y-%m-%dT%H:%M:%S.%fZ")}
        out.append(json.dumps(entry))
    return out


def azure_appservice() -> list[str]:
    out = []
    for i in range(LINES):
        t = when(i)
        stem, _, query = path().partition("?")
        record = {
            "time": t.strftime("%Y-%m-%dT%H:%M:%S.%fZ"),
            "resourceId": "/SUBSCRIPTIONS/00000000-0000-0000-0000-000000000000/RESOURCEGROUPS/SHOP-RG/"
                          "PROVIDERS/MICROSOFT.WEB/SITES/SHOP-WEB",
            "category": "AppServiceHTTPLogs", "operationName": "Microsoft.Web/sites/log",
            "properties": {"CsHost": "shop-web.azurewebsites.net", "CIp": public_ip(), "SPort": "443",
                           "CsUriStem": stem, "CsUriQuery": query, "CsMethod": "GET",
                           "TimeTaken": rng.randrange(1, 900), "ScStatus": "200", "Result": "Success",
                           "CsBytes": str(rng.randrange(100, 900)), "ScBytes": str(rng.randrange(200, 90000)),
                           "UserAgent": rng.choice(AGENTS), "Cookie": ga_cookie(),
                           "CsUsername": rng.choice(USERS + [""] * 3), "Referer": rng.choice(REFERERS),
                           "ComputerName": "RD0003FF1A2B3C", "Protocol": "HTTP/1.1"}}
        out.append(json.dumps(record))
    return out


# -- containers and hosts -----------------------------------------------------------------------
def combined_line(t: datetime) -> str:
    return (f'{public_ip()} - - [{t.strftime("%d/%b/%Y:%H:%M:%S +0000")}] "GET {path()} HTTP/1.1" 200 '
            f'{rng.randrange(200, 90000)} "{rng.choice(REFERERS)}" "{rng.choice(AGENTS)}"')


def docker_json() -> list[str]:
    out = []
    for i in range(LINES):
        t = when(i)
        out.append(json.dumps({"log": combined_line(t) + "\n", "stream": "stdout",
                               "time": t.strftime("%Y-%m-%dT%H:%M:%S.%f") + "123Z"}))
    return out


def cri() -> list[str]:
    out = []
    for i in range(LINES):
        t = when(i)
        stamp = t.strftime("%Y-%m-%dT%H:%M:%S.%f") + "421Z"
        inner = json.dumps({"level": "info", "ts": t.strftime("%Y-%m-%dT%H:%M:%S.%fZ"), "msg": "login succeeded",
                            "user_id": uid(), "email": f"{rng.choice(USERS)}{rng.randrange(100)}@example.org",
                            "client_ip": public_ip(), "session": hexid(24)})
        if i % 10 == 9:  # a long line split by the runtime: partial (P) then final (F)
            out.append(f"{stamp} stdout P {inner[:40]}")
            out.append(f"{stamp} stdout F {inner[40:]}")
        else:
            out.append(f"{stamp} {'stdout' if i % 4 else 'stderr'} F {inner}")
    return out


def journald() -> list[str]:
    out = []
    boot, machine = hexid(32), hexid(32)
    for i in range(LINES):
        t = when(i)
        user = rng.choice(USERS)
        pid = rng.randrange(1000, 60000)
        message = rng.choice([
            f"Accepted publickey for {user} from {public_ip()} port {rng.randrange(1024, 65535)} ssh2: ED25519 SHA256:{hexid(43)}",
            f"pam_unix(sshd:session): session opened for user {user}(uid={rng.randrange(1000, 1100)}) by (uid=0)",
            f"Failed password for invalid user admin from {public_ip()} port {rng.randrange(1024, 65535)} ssh2",
        ])
        out.append(json.dumps({
            "__CURSOR": f"s={hexid(32)};i={i:x};b={boot};m={hexid(6)};t={hexid(13)};x={hexid(16)}",
            "__REALTIME_TIMESTAMP": str(int(t.timestamp() * 1e6)), "__MONOTONIC_TIMESTAMP": str(rng.randrange(10**9, 10**11)),
            "_BOOT_ID": boot, "_MACHINE_ID": machine, "_HOSTNAME": "web-1", "PRIORITY": "6",
            "SYSLOG_FACILITY": "4", "SYSLOG_IDENTIFIER": "sshd", "_UID": "0", "_GID": "0", "_PID": str(pid),
            "_COMM": "sshd", "_EXE": "/usr/sbin/sshd", "_CMDLINE": f"sshd: {user} [priv]",
            "_SYSTEMD_UNIT": "ssh.service", "_TRANSPORT": "syslog", "MESSAGE": message}))
    return out


def caddy() -> list[str]:
    out = []
    for i in range(LINES):
        t = when(i)
        ip = public_ip()
        user = rng.choice(USERS + [""] * 5)
        out.append(json.dumps({
            "level": "info", "ts": round(t.timestamp(), 7), "logger": "http.log.access.log0", "msg": "handled request",
            "request": {"remote_ip": ip, "remote_port": str(rng.randrange(1024, 65535)), "client_ip": ip,
                        "proto": "HTTP/2.0", "method": "GET", "host": "shop.example.com", "uri": path(),
                        "headers": {"User-Agent": [rng.choice(AGENTS)], "Accept": ["*/*"],
                                    "Accept-Encoding": ["gzip, deflate, br"], "Cookie": [ga_cookie()],
                                    "Referer": [rng.choice(REFERERS[1:])]},
                        "tls": {"resumed": False, "version": 772, "cipher_suite": 4865, "proto": "h2",
                                "server_name": "shop.example.com"}},
            "bytes_read": 0, "user_id": user, "duration": round(rng.uniform(0.0001, 0.2), 9),
            "size": rng.randrange(200, 90000), "status": 200,
            "resp_headers": {"Server": ["Caddy"], "Content-Type": ["text/html; charset=utf-8"]}}))
    return out


def traefik() -> list[str]:
    out = []
    for i in range(LINES):
        t = when(i)
        ip, port = public_ip(), rng.randrange(1024, 65535)
        local = t.astimezone(timezone(timedelta(hours=-5)))
        service = private_ip()
        out.append(json.dumps({
            "ClientAddr": f"{ip}:{port}", "ClientHost": ip, "ClientPort": str(port), "ClientUsername": "-",
            "DownstreamContentSize": rng.randrange(200, 90000), "DownstreamStatus": 200,
            "Duration": rng.randrange(10**5, 10**8), "OriginContentSize": rng.randrange(200, 90000),
            "OriginDuration": rng.randrange(10**5, 10**8), "OriginStatus": 200, "Overhead": rng.randrange(10**4, 10**5),
            "RequestAddr": "shop.example.com", "RequestContentSize": 0, "RequestCount": i + 100,
            "RequestHost": "shop.example.com", "RequestMethod": "GET", "RequestPath": path(), "RequestPort": "-",
            "RequestProtocol": "HTTP/2.0", "RequestScheme": "https", "RetryAttempts": 0,
            "RouterName": "shop@docker", "ServiceAddr": f"{service}:80", "ServiceName": "shop@docker",
            "ServiceURL": f"http://{service}:80", "StartLocal": local.isoformat(), "StartUTC": t.isoformat(),
            "TLSCipher": rng.choice(CIPHERS[2:4]), "TLSVersion": "1.3", "entryPointName": "websecure",
            "level": "info", "msg": "", "request_User-Agent": rng.choice(AGENTS),
            "request_Referer": rng.choice(REFERERS), "time": local.strftime("%Y-%m-%dT%H:%M:%S%z")}))
    return out


def haproxy() -> list[str]:
    out = []
    for i in range(LINES):
        t = when(i)
        timers = f"{rng.randrange(0, 20)}/0/{rng.randrange(0, 40)}/{rng.randrange(1, 200)}/{rng.randrange(200, 400)}"
        out.append(
            f'{syslog_time(t)} lb-1 haproxy[14389]: {public_ip()}:{rng.randrange(1024, 65535)} '
            f'[{t.strftime("%d/%b/%Y:%H:%M:%S")}.{t.microsecond // 1000:03d}] https-in~ shop/srv{rng.randrange(1, 4)} '
            f'{timers} 200 {rng.randrange(200, 90000)} - - ---- 12/12/3/1/0 0/0 '
            f'{{shop.example.com|{rng.choice(AGENTS)}}} "GET {path()} HTTP/1.1"')
    return out


def envoy() -> list[str]:
    out = []
    for i in range(LINES):
        t = when(i)
        out.append(
            f'[{t.strftime("%Y-%m-%dT%H:%M:%S.")}{t.microsecond // 1000:03d}Z] "GET {path()} HTTP/2" 200 - 0 '
            f'{rng.randrange(200, 90000)} {rng.randrange(1, 400)} {rng.randrange(1, 300)} "{public_ip()}" '
            f'"{rng.choice(AGENTS)}" "{uuid.UUID(int=rng.getrandbits(128))}" "shop.example.com" "{private_ip()}:8080"')
    return out


# -- security events -------------------------------------------------------------------------------
def cef() -> list[str]:
    out = []
    for i in range(LINES):
        t = when(i)
        user = rng.choice(USERS)
        url = f"https://shop.example.com{path()}"
        out.append(
            f'{syslog_time(t)} waf-1 CEF:0|Imperva Inc.|SecureSphere|15.1.0|'
            f'{rng.choice(["100", "200", "300"])}|{rng.choice(["SQL Injection", "Policy violation", "Bot access"])}|'
            f'{rng.randrange(1, 10)}|rt={int(t.timestamp() * 1000)} src={public_ip()} spt={rng.randrange(1024, 65535)} '
            f'dst={private_ip()} dpt=443 suser={user} request={url} requestMethod=GET '
            f'requestClientApplication={rng.choice(AGENTS)} act=blocked cs1Label=Policy cs1=Default Web Policy')
    return out


def leef() -> list[str]:
    out = []
    for i in range(LINES):
        t = when(i)
        user = rng.choice(USERS)
        pairs = [f"devTime={t.strftime('%b %d %Y %H:%M:%S')}", "devTimeFormat=MMM dd yyyy HH:mm:ss",
                 f"src={public_ip()}", f"dst={private_ip()}", f"srcPort={rng.randrange(1024, 65535)}",
                 "dstPort=443", f"usrName={user}", f"sev={rng.randrange(1, 10)}",
                 f"cat={rng.choice(['anomaly', 'authentication', 'policy'])}", "proto=TCP"]
        if i % 2:
            out.append(f"LEEF:1.0|Microsoft|MSExchange|4.0 SP1|{rng.randrange(10000, 20000)}|" + "\t".join(pairs))
        else:
            out.append(f"LEEF:2.0|Lancope|StealthWatch|1.0|{rng.randrange(10, 99)}|^|" + "^".join(pairs))
    return out


FILES = {
    "iis_u_ex261005.log": iis, "cloudfront_standard.log": cloudfront, "cloudfront_realtime.log": cloudfront_realtime,
    "alb_access.log": alb, "elb_classic.log": elb_classic, "s3_server_access.log": s3_access,
    "vpc_flow.log": vpc_flow, "cloudtrail_events.log": cloudtrail, "gcp_requests.log": gcp_logging,
    "azure_appservice_http.log": azure_appservice, "docker_container-json.log": docker_json,
    "cri_checkout_0.log": cri, "journal_export.log": journald, "caddy_access.log": caddy,
    "traefik_access.log": traefik, "haproxy.log": haproxy, "envoy_access.log": envoy,
    "cef_waf.log": cef, "leef_events.log": leef,
}


def main() -> None:
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    for name, make in FILES.items():
        (out / name).write_text("\n".join(make()) + "\n", encoding="utf-8")
    print(f"wrote {len(FILES)} logs to {out}")


if __name__ == "__main__":
    main()
