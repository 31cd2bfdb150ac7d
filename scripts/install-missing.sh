# Sourced by scripts/run.sh and scripts/test.sh: install_missing WHAT PACKAGE... installs the Debian packages
# when running as root with apt-get; otherwise it says what is missing and returns 1.
install_missing() {
  local what=$1
  shift
  [ $# -eq 0 ] && return 0
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing $what: $*"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
  else
    echo "Missing $what: $* (apt-get install $*)" >&2
    return 1
  fi
}
