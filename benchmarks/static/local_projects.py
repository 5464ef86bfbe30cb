"""Copy a static benchmark's projects out of GitHub snapshots at pinned commits (shared by static10-19).

The snapshots are brought by the tool library's `fetch` tool (in this workplace only: it leaves
a bare git directory under /work/.mirror/<owner>+<name>/repo). Each benchmark's `fetch_local.py`
names its projects in a `Projects` table and calls `main`; the files are copied into the
benchmark's git-ignored `projects/`, so no repository's code is ever committed, only our labels.
"""
from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

#: project -> (repository, commit, [(path prefix in the repository, path it takes in the project)],
#:             file suffixes copied)
Projects = dict[str, tuple[str, str, list[tuple[str, str]], tuple[str, ...]]]


def _git(repo: Path, *args: str) -> bytes:
    return subprocess.run(["git", "--git-dir", str(repo), *args], check=True, capture_output=True).stdout


def copy_project(mirror: Path, name: str, out: Path, projects: Projects) -> int:
    """Copy one project's files into `out/name`; the number of files copied."""
    repository, commit, parts, suffixes = projects[name]
    repo = mirror / repository.replace("/", "+") / "repo"
    if not repo.is_dir():
        sys.exit(f"{repo}: missing; bring github:{repository} with the fetch tool first")
    target = out / name
    shutil.rmtree(target, ignore_errors=True)
    files = _git(repo, "ls-tree", "-r", "--name-only", commit).decode().splitlines()
    copied = 0
    for prefix, into in parts:
        for path in files:
            if not (path == prefix or (prefix.endswith("/") and path.startswith(prefix))):
                continue
            if not path.endswith(suffixes) and path != prefix:
                continue
            dest = target / (into + path[len(prefix):] if prefix.endswith("/") else into)
            dest.parent.mkdir(parents=True, exist_ok=True)
            dest.write_bytes(_git(repo, "show", f"{commit}:{path}"))
            copied += 1
    return copied


def main(projects: Projects, here: Path, description: str) -> None:
    """The command line of a benchmark's fetch_local.py: copy every project into `here/projects`."""
    parser = argparse.ArgumentParser(description=description.splitlines()[0])
    parser.add_argument("--mirror", type=Path, default=Path("/work/.mirror"))
    args = parser.parse_args()
    out = here / "projects"
    for name in projects:
        print(f"{name}: {copy_project(args.mirror, name, out, projects)} files")
