"""Convert web pages with `quire stream` on Spark: one quire process per file or partition.

Reads WARC files (`.warc`, `.warc.gz`, as Common Crawl writes them) and JSON-lines files
(`{"id", "url", "html"|"body_base64"|...}` a line, see docs/scale.md), gives each file whole to
a `quire stream` of its own (JSON-lines files larger than --whole-file-mb are split into lines
by Spark, a quire per partition), and writes one JSON line per page (id, url, status, error,
metadata, words, output...) or, with --parquet, the same as Parquet. A task holds a file read
whole twice (JVM and Python): give it about three times --whole-file-mb.

Locally:
  python3 quire_spark.py --master 'local[2]' --quire ./quire pages.jsonl out/
On a cluster (the binary shipped to every worker, found there by its name):
  spark-submit --files /path/to/quire quire_spark.py --quire quire 's3a://crawl/*.warc.gz' out/
Without streaming, over a folder of pages every worker sees (one `quire batch --shard K/N` per task):
  python3 quire_spark.py --master 'local[2]' --quire ./quire --shards 2 /shared/pages /shared/texts

Exit status: 0 when every quire exited 0, even if some pages failed (their lines
say why); a quire that exits otherwise fails its task, which Spark retries, then the job.

--one-process-per-page runs one `quire convert` per page instead, only to measure what
streaming saves (scripts/bench-spark).
"""
import argparse
import base64
import json
import os
import subprocess
import threading
import urllib.parse

from pyspark import SparkFiles
from pyspark.sql import SparkSession
from pyspark.sql.types import ArrayType, LongType, MapType, StringType, StructField, StructType

# The columns of --parquet. Metadata values that are lists (authors, keywords) are kept as
# their JSON text, so one map type holds every field quire may add.
SCHEMA = StructType([
    StructField("id", StringType()),
    StructField("url", StringType()),
    StructField("status", StringType()),
    StructField("error", StringType()),
    StructField("metadata", MapType(StringType(), StringType())),
    StructField("words", LongType()),
    StructField("stripped_blocks", LongType()),
    StructField("warnings", ArrayType(StringType())),
    StructField("duration_ms", LongType()),
    StructField("output", StringType()),
])


# How much of quire's output run_quire reads at a time, and about the most it hands Spark as
# one element (a block of whole lines; a longer line is handed whole).
OUTPUT_BLOCK_BYTES = 1 << 20


# The driver JVM's options with --master local[...] (see main).
LOCAL_JVM_OPTIONS = "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"


def is_warc(path):
    return path.endswith((".warc", ".warc.gz"))


def quire_path(name):
    """The binary on this worker: the copy `--files` (or `addFile`) shipped, else the path as given."""
    shipped = SparkFiles.get(os.path.basename(name))
    return shipped if os.path.exists(shipped) else name


def run_quire(command, chunks=(), input_path=None):
    """Feeds `chunks` (bytes), or the file at `input_path` as its standard input, to one quire
    process and yields its output as blocks of whole lines (UTF-8 JSON), each without its last
    newline: `saveAsTextFile` writes an element and a newline, so the blocks make the same file
    as one element per line would, with one element (one Java string) for many lines instead of
    one per page.

    A thread writes `chunks` while this generator reads, so neither pipe fills up and blocks the
    other.
    Raises when quire exits non-zero (input not read to its end, or a usage error): the task
    fails loudly instead of losing the partition's remaining pages.
    """
    source = open(input_path, "rb") if input_path else subprocess.PIPE
    process = subprocess.Popen(command, stdin=source, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if input_path:
        source.close()  # quire has its own copy of the descriptor
    stderr = []

    def feed():
        try:
            for chunk in chunks:
                process.stdin.write(chunk)
        except BrokenPipeError:
            pass  # quire stopped reading; its exit status says why
        finally:
            try:
                process.stdin.close()
            except BrokenPipeError:
                pass

    writer = None if input_path else threading.Thread(target=feed, daemon=True)
    reader = threading.Thread(target=lambda: stderr.append(process.stderr.read()), daemon=True)
    if writer:
        writer.start()
    reader.start()
    pieces = []  # the output read since the last block, which ends in the middle of a line
    while data := process.stdout.read1(OUTPUT_BLOCK_BYTES):
        end = data.rfind(b"\n")
        if end < 0:
            pieces.append(data)
            continue
        pieces.append(data[:end])
        yield b"".join(pieces)
        pieces = [data[end + 1:]]
    if any(pieces):  # a last line without its newline (quire ends every line with one)
        yield b"".join(pieces)
    if writer:
        writer.join()
    reader.join()
    if process.wait() != 0:
        message = b"".join(stderr).decode("utf-8", "replace").strip()
        raise RuntimeError(f"{' '.join(command)} exited {process.returncode}: {message}")


def convert_one_by_one(quire, quire_args, lines):
    """One `quire convert` per JSON-lines record: the slow way, kept only to measure against."""
    for line in lines:
        record = json.loads(line)
        body = base64.b64decode(record["body_base64"]) if "body_base64" in record else record["html"].encode("utf-8")
        done = subprocess.run([quire_path(quire), "convert", "-", "-f", "html", *quire_args], input=body,
                              capture_output=True)
        result = {"id": record.get("id"), "status": "converted" if done.returncode == 0 else "failed"}
        if done.returncode == 0:
            result["output"] = done.stdout.decode("utf-8")
        else:
            result["error"] = done.stderr.decode("utf-8", "replace").strip()
        yield json.dumps(result, ensure_ascii=False).encode("utf-8")


def convert_shard(quire, folder, output, shard, shards, quire_args):
    """One task's share of a folder: `quire batch --shard K/N`, writing files into `output` (a
    folder every worker sees). Returns (converted, failed) from the task's report; raises when
    quire could not run the batch (exit 2 or above), so Spark retries the task."""
    os.makedirs(output, exist_ok=True)
    report = os.path.join(output, f".quire-report-{shard}-of-{shards}.jsonl")
    done = subprocess.run([quire_path(quire), "batch", folder, "-o", output, "--shard", f"{shard}/{shards}",
                           "-j", "1", "-q", "--report", report, *quire_args], capture_output=True)
    if done.returncode not in (0, 1):  # 1: some pages failed, which the report lists
        message = done.stderr.decode("utf-8", "replace").strip()
        raise RuntimeError(f"quire batch --shard {shard}/{shards} exited {done.returncode}: {message}")
    statuses = [json.loads(line).get("status") for line in open(report, encoding="utf-8")]
    return statuses.count("converted"), statuses.count("failed")


def input_files(sc, patterns):
    """(path, size in bytes) of every file `patterns` name (paths, globs or folders, on any file
    system Spark reads), listed on the driver through Hadoop's file system as `textFile` would:
    a folder gives the files in it, without those whose name starts with `_` or `.`."""
    hadoop = sc._jvm.org.apache.hadoop.fs
    configuration = sc._jsc.hadoopConfiguration()
    files = []
    for pattern in patterns:
        path = hadoop.Path(pattern)
        statuses = path.getFileSystem(configuration).globStatus(path) or []
        for status in statuses:
            listed = status.getPath().getFileSystem(configuration).listStatus(status.getPath()) \
                if status.isDirectory() else [status]
            files += [(str(item.getPath()), item.getLen()) for item in listed
                      if item.isFile() and not item.getPath().getName().startswith(("_", "."))]
    if not files:
        raise FileNotFoundError(f"no input files match {', '.join(patterns)}")
    return files


def local_path(uri):
    """The path of a `file:` URI, as Hadoop lists local files; None on any other file system."""
    parsed = urllib.parse.urlparse(uri)
    return urllib.parse.unquote(parsed.path) if parsed.scheme == "file" else None


def convert(sc, inputs, quire, quire_args, partitions, whole_file_bytes, read_with_spark):
    """An RDD of quire's output (blocks of JSON lines, see run_quire) for every page of `inputs`.

    WARC files, and JSON-lines files of at most `whole_file_bytes`, go whole to a quire each:
    a local file (`file:`, as in local mode or on a mount every worker has at the same path, as
    `textFile` requires of such paths) as quire's standard input, read by quire itself; a file
    elsewhere (HDFS, S3...), or any with `read_with_spark`, read by Spark (`binaryFiles`) and fed
    to quire. Either way no page passes through the JVM as a string, which cost more CPU than
    quire's conversion of many pages. Larger JSON-lines files are split into lines by Spark
    (`textFile`), so one big file still spreads over every core, and each partition's lines go
    to one quire.
    """
    command = [quire, "stream", *quire_args]

    def quire_for(path):
        return [quire_path(command[0]), *command[1:], "--from-records", "warc" if is_warc(path) else "ndjson"]

    files = input_files(sc, inputs)
    whole_paths = [path for path, size in files if is_warc(path) or size <= whole_file_bytes]
    split_paths = [path for path, size in files if not is_warc(path) and size > whole_file_bytes]
    local_paths = [path for path in whole_paths if local_path(path) and not read_with_spark]
    spark_paths = [path for path in whole_paths if not local_path(path) or read_with_spark]
    results = []
    if local_paths:
        # One task per file: only its path travels, and quire reads the file itself.
        results.append(sc.parallelize(local_paths, len(local_paths)).flatMap(
            lambda path: run_quire(quire_for(path), input_path=local_path(path))))
    if spark_paths:
        # One element per file, held whole in the task's memory (in the JVM, then in Python):
        # one quire per file, so WARC and JSON lines, plain and gzip, never share a stream.
        whole = sc.binaryFiles(",".join(spark_paths), minPartitions=partitions)
        results.append(whole.flatMap(lambda file: run_quire(quire_for(file[0]), [file[1]])))
    if split_paths:
        # The lines as bytes (use_unicode=False): quire reads UTF-8, so decoding each page into a
        # Python string only to encode it again was a third of what Python spent per page.
        lines = sc.textFile(",".join(split_paths), minPartitions=partitions, use_unicode=False)
        results.append(lines.mapPartitions(
            lambda part: run_quire([quire_path(command[0]), *command[1:], "--from-records", "ndjson"],
                                   (line + b"\n" for line in part))))
    return sc.union(results) if len(results) > 1 else results[0]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("inputs", nargs="+", help="WARC (.warc, .warc.gz) and JSON-lines files or globs")
    parser.add_argument("output", help="folder the results are written into (must not exist)")
    parser.add_argument("--quire", default="quire",
                        help="the quire binary: a path on every worker, or the name of one shipped with --files")
    parser.add_argument("-t", "--to", default="text", help="quire's output format for `output` (default text)")
    parser.add_argument("--parquet", action="store_true",
                        help="write Parquet instead of JSON lines (content in `output`: -t text, markdown or html)")
    parser.add_argument("--partitions", type=int, default=None, help="at least this many partitions")
    parser.add_argument("--master", default=None, help="e.g. local[2]; spark-submit's --master otherwise")
    parser.add_argument("--one-process-per-page", action="store_true",
                        help="JSON lines of html or body_base64 only: one `quire convert` per page (to compare)")
    parser.add_argument("--shards", type=int, default=None,
                        help="inputs are folders every worker sees: N tasks each run `quire batch --shard K/N` "
                             "into the output folder (no streaming)")
    parser.add_argument("--whole-file-mb", type=float, default=128,
                        help="JSON-lines files up to this size (MB, as stored) are read whole, one quire each; "
                             "larger ones are split into lines by Spark (default 128)")
    parser.add_argument("--read-with-spark", action="store_true",
                        help="read local files too through Spark (binaryFiles) rather than giving quire their path")
    parser.add_argument("--no-local-jvm-options", action="store_true",
                        help=f"with --master local[...], keep the JVM's own defaults instead of {LOCAL_JVM_OPTIONS}")
    parser.add_argument("--quire-arg", action="append", default=[],
                        help="one more argument for `quire stream`, e.g. --quire-arg=--strip-boilerplate")
    args = parser.parse_args()

    builder = SparkSession.builder.appName("quire")
    if args.master:
        builder = builder.master(args.master)
    if args.master and args.master.startswith("local") and not args.no_local_jvm_options:
        # In local mode the driver's JVM is the executor too, and lives only as long as the job;
        # its compiler threads took a third of a small job's CPU. C1 alone compiles what little
        # the JVM runs here (reading files, moving bytes) soon enough, and the serial collector
        # starts no threads of its own. Ignored when the JVM is already running (spark-submit: set
        # spark.driver.extraJavaOptions there).
        builder = builder.config("spark.driver.extraJavaOptions", LOCAL_JVM_OPTIONS)
    spark = builder.getOrCreate()
    sc = spark.sparkContext
    # One conversion at a time per quire: Spark already runs one task per core.
    partitions = args.partitions or sc.defaultParallelism
    if args.shards:
        quire_args = ["-t", args.to, *args.quire_arg]
        tasks = [(folder, shard) for folder in args.inputs for shard in range(1, args.shards + 1)]
        counts = sc.parallelize(tasks, len(tasks)).map(
            lambda task: convert_shard(args.quire, task[0], args.output, task[1], args.shards, quire_args)).collect()
        print(f"quire_spark: {sum(c for c, _ in counts)} converted, {sum(f for _, f in counts)} failed "
              f"in {len(tasks)} tasks; outputs and reports in {args.output}")
        spark.stop()
        return
    if args.one_process_per_page:
        quire_args = ["-t", args.to, *args.quire_arg]
        lines = sc.textFile(",".join(args.inputs), minPartitions=partitions).mapPartitions(
            lambda part: convert_one_by_one(args.quire, quire_args, part))
    else:
        quire_args = ["-t", args.to, "-j", "1", *args.quire_arg]
        lines = convert(sc, args.inputs, args.quire, quire_args, partitions, int(args.whole_file_mb * 1024 * 1024),
                        args.read_with_spark)
    if args.parquet:
        if not args.one_process_per_page:
            lines = lines.flatMap(lambda block: block.split(b"\n"))
        spark.read.json(lines.map(lambda line: line.decode("utf-8")), schema=SCHEMA).write.parquet(args.output)
    else:
        lines.saveAsTextFile(args.output)
    spark.stop()


if __name__ == "__main__":
    main()
