#!/usr/bin/env bash
# Fails when a shipped translation is out of date: a string of the app without a finished
# translation, or an entry left over from a string the app no longer has; and when lupdate warns
# about the sources (a tr() it cannot file under a context is a string never extracted, so it
# would show in English in every language).
# Usage: check-translations.sh LUPDATE SOURCE_ROOT
set -euo pipefail
lupdate="$1"
root="$2"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
status=0
for lang in en es; do
    cp "$root/translations/sabc_$lang.ts" "$scratch/"
    extra=""
    [ "$lang" = en ] && extra="-pluralonly"
    # Includes name their folder (store/store.h, ui/roster/...): the same paths the build uses.
    "$lupdate" -silent -locations none $extra -I "$root" -I "$root/app" -I "$root/ui" -I "$root/models" \
        -I "$root/sync" "$root/app" "$root/ui" "$root/models" "$root/sync" \
        -ts "$scratch/sabc_$lang.ts" >/dev/null 2>"$scratch/warnings"
    if grep -q . "$scratch/warnings"; then
        echo "lupdate warns about the sources (sabc_$lang.ts):"
        cat "$scratch/warnings"
        status=1
    fi
    unfinished=$(grep -c 'type="unfinished"' "$scratch/sabc_$lang.ts" || true)
    obsolete=$(grep -cE 'type="(obsolete|vanished)"' "$scratch/sabc_$lang.ts" || true)
    messages=$(grep -c '<message' "$scratch/sabc_$lang.ts" || true)
    echo "sabc_$lang.ts: $messages messages, $unfinished unfinished, $obsolete obsolete"
    if [ "$unfinished" != 0 ] || [ "$obsolete" != 0 ]; then
        grep -B3 -E 'type="(unfinished|obsolete|vanished)"' "$scratch/sabc_$lang.ts" | grep '<source>' | head -20
        status=1
    fi
done
[ "$status" = 0 ] && echo "translations complete"
exit $status
