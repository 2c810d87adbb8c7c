#!/bin/bash
# /usr/local/bin/nyforetagare-kiosk.sh — login shell of the `kiosk` user (root:root, mode 0755).
#
# Runs `nyforetagare --kiosk` and starts it again whenever it ends. Each round ends with
# `exec "$SELF"`, so every visitor gets a fresh shell: no variables, files or history carry over.
# Ctrl-C, Ctrl-Z and Ctrl-\ are ignored here too, so the loop itself cannot be interrupted.

SELF=/usr/local/bin/nyforetagare-kiosk.sh
PROGRAM=/usr/local/bin/nyforetagare
CONFIG=/etc/nyforetagare/kiosk.yaml
# The program's error output (start-up errors such as a broken configuration, and crash
# backtraces, which are sanitized and contain no answers). Truncated at every start, so at most
# one run's messages are kept. The folder must be writable by the kiosk user.
LOG=/var/log/nyforetagare/kiosk.log

trap '' INT QUIT TSTP
ulimit -c 0                       # no core dumps: a crash must not leave answers on disk
umask 022
unset HISTFILE MAIL MAILPATH
export LANG=C.UTF-8 LC_ALL=C.UTF-8
export TERM="${TERM:-linux}"
export SWIFT_BACKTRACE='interactive=no,sanitize=yes,output-to=stderr'
export HOME=/nonexistent          # nothing may be written under a home folder

stty sane 2>/dev/null
clear
started=$(date +%s)
"$PROGRAM" --kiosk --kiosk-config "$CONFIG" 2>"$LOG"
status=$?
stty sane 2>/dev/null
clear

if [ "$status" -eq 0 ]; then
  # The adviser quit with the PIN. Wait here (another console or ssh for maintenance).
  printf '\n  Nyföretagare är avslutat av personalen.\n  Tryck Enter för att starta igen.\n\n'
  read -r _ </dev/tty
elif [ $(( $(date +%s) - started )) -lt 5 ]; then
  # It stopped at start: most likely the configuration. Show why to the adviser, then retry.
  printf '\n  Nyföretagare kunde inte starta (status %s):\n\n' "$status"
  head -n 20 "$LOG" | sed 's/^/  /'
  printf '\n  Rätta %s och vänta, eller tryck Enter för att försöka igen.\n' "$CONFIG"
  read -t 60 -r _ </dev/tty
else
  # A crash or a signal after it had been running: start again at once.
  sleep 1
fi
exec "$SELF"
