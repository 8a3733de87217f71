#!/usr/bin/env bash
# The README's set-up on a truly fresh machine: a debootstrap `minbase` Debian 12 with only git
# and ca-certificates, a clone of this checkout's HEAD, `setup-debian.sh`, then the library check
# and the launch check (the app under Xvfb, xcb) inside it. Takes 3-5 minutes and ~2 GB; run by
# hand (root, Debian host) whenever the set-up script changes:
#   sudo bash packaging/check-fresh-debian.sh [ROOT]        (default ROOT: a new temp folder)
set -euo pipefail

cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.."
[ "$(id -u)" -eq 0 ] || { echo "check-fresh-debian.sh: run as root (debootstrap, chroot)" >&2; exit 1; }
command -v debootstrap >/dev/null || apt-get install -y -q debootstrap >/dev/null
root=${1:-$(mktemp -d /var/tmp/fresh-debian.XXXXXX)}
mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}

cleanup() {
    for mount in dev sys proc; do
        umount -lR "$root/$mount" 2>/dev/null || true
    done
}
trap cleanup EXIT

if [ ! -x "$root/usr/bin/git" ]; then
    echo "==> debootstrap --variant=minbase bookworm $root"
    debootstrap --variant=minbase --include=git,ca-certificates bookworm "$root" "$mirror" >/dev/null
fi
mount -t proc proc "$root/proc"
mount --rbind /sys "$root/sys"
mount --rbind /dev "$root/dev"
cp /etc/resolv.conf "$root/etc/resolv.conf"
# A network behind a TLS-inspecting proxy needs its CA inside too (nothing else is copied).
if compgen -G "/usr/local/share/ca-certificates/*.crt" >/dev/null; then
    cp /usr/local/share/ca-certificates/*.crt "$root/usr/local/share/ca-certificates/"
    chroot "$root" update-ca-certificates >/dev/null 2>&1
fi
rm -rf "$root/root/seedance-studio"
git clone -q "$(pwd)" "$root/root/seedance-studio"

echo "==> in the fresh system: setup-debian.sh, check-qt-libs.sh, check-launch.sh"
chroot "$root" env -i HOME=/root TERM=dumb PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    bash -c 'cd /root/seedance-studio && bash packaging/setup-debian.sh && bash packaging/check-qt-libs.sh \
             && bash packaging/check-launch.sh'
echo "check-fresh-debian.sh: the README's set-up and launch work on a minbase Debian 12 ($root)"
