#!/usr/bin/env bash
# Starts Rinde with embedded SQLite in ./data and the demo exercise, ready to click.
set -euo pipefail
cd "$(dirname "$0")/.."
# dotnet run starts in the project's folder; the data stays where the README says: ./data.
export RINDE_DATA_DIR="${RINDE_DATA_DIR:-$PWD/data}"
export RINDE_ADMIN_EMAIL="${RINDE_ADMIN_EMAIL:-admin@rinde.local}"
export RINDE_ADMIN_PASSWORD="${RINDE_ADMIN_PASSWORD:-Rinde-demo-2021}"
url="${RINDE_URLS:-http://localhost:5080}"
# Links in the messages it writes (.eml files in ./data/mail) open this same address.
export Rinde__PublicUrl="${Rinde__PublicUrl:-$url}"
echo "Rinde en $url — ingrese con $RINDE_ADMIN_EMAIL / $RINDE_ADMIN_PASSWORD (solo si la base de datos es nueva)"
exec dotnet run --project src/Rinde -c Release -- --urls "$url"
