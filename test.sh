#!/usr/bin/env bash
# Runs every test of the solution: installs what the tests need when it is missing (Debian
# packages: a browser, CJK fonts, LibreOffice to open generated .docx files), starts a private
# PostgreSQL on a free port under a temporary directory, runs `dotnet test` for the whole
# solution, and stops the database again.
set -euo pipefail
cd "$(dirname "$0")"

need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null || need+=(postgresql)
fc-list 2>/dev/null | grep -qi 'Noto Sans CJK' || need+=(fonts-noto-cjk)
command -v npm >/dev/null || need+=(npm)
command -v soffice >/dev/null || need+=(libreoffice-writer-nogui)
command -v pdftotext >/dev/null || need+=(poppler-utils)
if ((${#need[@]})); then
  echo "test.sh: installing ${need[*]}"
  sudo_cmd=""; [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

pgdir=$(mktemp -d /tmp/sanxiang-pg.XXXXXX)
cleanup() { eng/postgres.sh stop "$pgdir" >/dev/null 2>&1 || true; rm -rf "$pgdir"; }
trap cleanup EXIT
SANXIANG_TEST_POSTGRES=$(eng/postgres.sh start "$pgdir" | tail -n 1)
export SANXIANG_TEST_POSTGRES
echo "test.sh: PostgreSQL at ${SANXIANG_TEST_POSTGRES%%;Password=*}"

dotnet build SanXiang.sln -c Release -warnaserror -nologo -clp:ErrorsOnly
dotnet test SanXiang.sln -c Release --no-build -nologo --blame-hang-timeout 15m "$@"
