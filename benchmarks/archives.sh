# Sourced by the public-data benchmarks' install.sh: download a package's archive into "$root"
# without installing it, once (PyPI through pip, npm through npm pack, Debian through apt-get
# download, unpacked with dpkg-deb). Needs $root and $PYTHON.
sdist() {  # name==version, the archive it lands as
  [ -f "$root/$2" ] || "$PYTHON" -m pip download -q --no-deps --no-binary :all: -d "$root" "$1"
}
wheel() {
  [ -f "$root/$2" ] || "$PYTHON" -m pip download -q --no-deps --only-binary :all: \
    --python-version 3.11 --platform manylinux2014_x86_64 -d "$root" "$1"
}
npm_pack() {  # spec, the archive it lands as
  [ -f "$root/$2" ] || (cd "$root" && npm pack -q "$1" >/dev/null)
}
deb() {  # Debian package (=version), folder under "$root" it is unpacked into (default deb/<package>)
  local dir="$root/${2:-deb/${1%%=*}}" tmp
  [ -f "$dir/.complete" ] && return 0
  tmp=$(mktemp -d)
  (cd "$tmp" && apt-get download -q "$1" >/dev/null 2>&1)
  mkdir -p "$dir"
  dpkg-deb -x "$tmp"/*.deb "$dir"
  rm -rf "$tmp"
  touch "$dir/.complete"
}
