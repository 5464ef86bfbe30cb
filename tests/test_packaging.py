"""datamap used from other repositories: a wheel that installs and runs in a fresh venv, and
the pre-commit hooks of `.pre-commit-hooks.yaml` run by `pre-commit try-repo`.

No network: the wheel is built without build isolation (setuptools from the test extra), and
the fresh environments reach the already-installed dependencies through a `.pth` line (or
PYTHONPATH for pre-commit's own hook environment) while datamap itself comes from the wheel.
"""
from __future__ import annotations

import os
import site
import subprocess
import sys
import venv
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
OFFLINE_PIP = {"PIP_NO_INDEX": "1", "PIP_NO_DEPS": "1", "PIP_NO_BUILD_ISOLATION": "0",
               "PIP_DISABLE_PIP_VERSION_CHECK": "1"}


def dependency_paths() -> list[str]:
    """Where this interpreter's dependencies live (site-packages, and folders .pth files add)."""
    return [p for p in sys.path if p.endswith("site-packages") or p in site.getsitepackages()]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    subprocess.run([sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(out), str(ROOT)],
                   check=True, capture_output=True, text=True)
    (built,) = out.glob("datamap-*.whl")
    return built


def test_the_wheel_installs_and_runs_in_a_fresh_venv(wheel: Path, tmp_path: Path) -> None:
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    python = env_dir / "bin" / "python"
    purelib = subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                             check=True, capture_output=True, text=True).stdout.strip()
    Path(purelib, "_deps.pth").write_text("\n".join(dependency_paths()) + "\n")
    subprocess.run([str(python), "-m", "pip", "install", "-q", "--no-deps", "--no-index", str(wheel)],
                   check=True, capture_output=True, text=True)
    where = subprocess.run([str(python), "-c", "import inventory, catalog; print(inventory.__file__); "
                            "print(catalog.__file__)"], check=True, capture_output=True, text=True, cwd=tmp_path)
    assert all(line.startswith(str(env_dir)) for line in where.stdout.split())  # the wheel's copy, not the checkout
    data = tmp_path / "data"
    data.mkdir()
    (data / "hits.csv").write_text("client_ip\n" + "\n".join(f"198.51.100.{i}" for i in range(1, 30)) + "\n")
    run = subprocess.run([str(env_dir / "bin" / "datamap"), "scan", str(data), "--catalog", str(tmp_path / "c.duckdb")],
                         capture_output=True, text=True, cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    assert "device.ip_address" in run.stdout  # the bundled policy and schemas travelled in the wheel


def fresh_venv(env_dir: Path) -> Path:
    """A new venv whose dependencies come from this interpreter's (offline), and whose own
    setuptools (older than the build backend pyproject.toml needs) is removed: its python."""
    venv.create(env_dir, with_pip=True)
    python = env_dir / "bin" / "python"
    purelib = subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                             check=True, capture_output=True, text=True).stdout.strip()
    Path(purelib, "_deps.pth").write_text("\n".join(dependency_paths()) + "\n")
    subprocess.run([str(python), "-m", "pip", "uninstall", "-q", "-y", "setuptools"], capture_output=True, check=False)
    return python


def test_the_ci_recipe_installs_datamap_from_a_git_url(tmp_path: Path) -> None:
    """docs/check.md's workflow installs datamap from a git URL (no index serves it): that very
    step, pointed at this repository's committed HEAD, installs a working `datamap`."""
    import re

    workflow = next(yaml.safe_load(block) for block in re.findall(r"```yaml\n(.*?)```", (
        ROOT / "docs" / "check.md").read_text(encoding="utf-8"), flags=re.S) if block.startswith("name: datamap"))
    (step,) = [s for s in workflow["jobs"]["check"]["steps"] if s.get("name") == "Install datamap"]
    assert re.fullmatch(r'pip install "datamap @ git\+https://[^"@]+@[^"]+"', step["run"].strip())
    head = subprocess.run(["git", "rev-parse", "HEAD"], cwd=ROOT, check=True, capture_output=True,
                          text=True).stdout.strip()
    command = re.sub(r"git\+https://[^\"]+", f"git+file://localhost{ROOT}@{head}", step["run"])
    python = fresh_venv(tmp_path / "venv")
    env = {**os.environ, **OFFLINE_PIP, "PATH": f"{python.parent}{os.pathsep}{os.environ['PATH']}"}
    installed = subprocess.run(["bash", "-e", "-c", command], cwd=tmp_path, env=env, capture_output=True, text=True)
    assert installed.returncode == 0, installed.stdout + installed.stderr
    data = tmp_path / "data"
    data.mkdir()
    (data / "hits.csv").write_text("client_ip\n" + "\n".join(f"198.51.100.{i}" for i in range(1, 30)) + "\n")
    run = subprocess.run([str(python.parent / "datamap"), "scan", str(data), "--catalog", str(tmp_path / "c.duckdb")],
                         capture_output=True, text=True, cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    assert "device.ip_address" in run.stdout


def git(cwd: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True,
                   env={**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org",
                        "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.org"})


def test_the_hooks_run_from_another_repository(tmp_path: Path) -> None:
    hooks = {hook["id"]: hook for hook in yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())}
    assert set(hooks) == {"datamap-check-static", "datamap-check"}
    sample = tmp_path / "team-repo"
    (sample / "migrations").mkdir(parents=True)
    (sample / "datamap.yaml").write_text("version: 1\ndatasets:\n  - dataset: users\n    purposes: [account]\n"
                                         "    retention: P1Y\n    basis: service\n    fields:\n"
                                         "      - {field: email, category: contact.email}\n")
    (sample / "migrations" / "0001.sql").write_text("CREATE TABLE users (id bigint, email text, signup_ip inet);\n")
    git(sample, "init", "-q", "-b", "main")
    git(sample, "add", ".")
    env = {**os.environ, **OFFLINE_PIP, "PRE_COMMIT_HOME": str(tmp_path / "cache"),
           "PYTHONPATH": os.pathsep.join(dependency_paths())}
    command = [sys.executable, "-m", "pre_commit", "try-repo", str(ROOT), "datamap-check-static",
               "--files", "migrations/0001.sql"]
    blocked = subprocess.run(command, cwd=sample, env=env, capture_output=True, text=True)
    assert blocked.returncode == 1, blocked.stdout + blocked.stderr
    assert "DM001 undeclared-personal-field: users: signup_ip" in blocked.stdout
    (sample / "datamap.yaml").write_text((sample / "datamap.yaml").read_text()
                                         + "      - {field: signup_ip, category: device.ip_address}\n"
                                         # the key of a table of people is their account id
                                         + "      - {field: id, category: account.id}\n")
    passed = subprocess.run(command, cwd=sample, env=env, capture_output=True, text=True)
    assert passed.returncode == 0, passed.stdout + passed.stderr


def test_the_sources_hook_runs_from_another_repository(tmp_path: Path) -> None:
    """`datamap-check`: the sources datamap.yaml lists, scanned and judged against it."""
    sample = tmp_path / "team-repo"
    (sample / "data").mkdir(parents=True)
    (sample / "data" / "users.csv").write_text("email,plan\n" + "\n".join(
        f"person{i}@example.org,{('free', 'pro')[i % 2]}" for i in range(40)) + "\n")
    declared = ("version: 1\nsources:\n  - {name: app, path: ./data}\ndatasets:\n  - dataset: users.csv\n"
                "    purposes: [account]\n    retention: P1Y\n    basis: service\n    fields:\n"
                "      - {field: plan, category: none}\n")
    (sample / "datamap.yaml").write_text(declared)
    git(sample, "init", "-q", "-b", "main")
    git(sample, "add", ".")
    env = {**os.environ, **OFFLINE_PIP, "PRE_COMMIT_HOME": str(tmp_path / "cache"),
           "PYTHONPATH": os.pathsep.join(dependency_paths())}
    command = [sys.executable, "-m", "pre_commit", "try-repo", str(ROOT), "datamap-check", "--all-files"]
    blocked = subprocess.run(command, cwd=sample, env=env, capture_output=True, text=True)
    assert blocked.returncode == 1, blocked.stdout + blocked.stderr
    assert "DM001 undeclared-personal-field: users.csv: email" in blocked.stdout
    (sample / "datamap.yaml").write_text(declared + "      - {field: email, category: contact.email}\n")
    passed = subprocess.run(command, cwd=sample, env=env, capture_output=True, text=True)
    assert passed.returncode == 0, passed.stdout + passed.stderr
