"""Peak memory and speed of `import_wordpress` against the size of the export.

Generates a WXR file of N posts (plus a few pages, attachments and a channel
vocabulary), imports it into a fresh SQLite database in a child process, and
prints the child's peak RSS and the posts per second. Memory should not grow
with N: the parser streams and clears elements as it goes.

    .venv/bin/python bench/wordpress_import.py 2000 20000
"""

import argparse
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NS = "http://wordpress.org/export/1.2/"
WORDS = (
    *("pemerintah", "daerah", "warga", "desa", "anggaran", "rapat", "kota", "kabupaten"),
    *("menteri", "program", "layanan", "kesehatan", "pendidikan", "jalan", "banjir"),
    *("pasar", "harga", "petani", "nelayan", "sekolah", "rumah", "sakit"),
)


def paragraph(rng):
    return " ".join(rng.choice(WORDS) for _ in range(rng.randint(25, 60))).capitalize() + "."


def write_export(path, posts, seed=1):
    rng = random.Random(seed)  # noqa: S311  (repeatable filler text)
    categories = [f"rubrik-{n}" for n in range(20)]
    tags = [f"topik-{n}" for n in range(400)]
    with path.open("w", encoding="utf-8") as out:
        out.write(
            f'<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" '
            f'xmlns:excerpt="{NS}excerpt/" '
            'xmlns:content="http://purl.org/rss/1.0/modules/content/" '
            f'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="{NS}">\n<channel>\n'
            "<title>Bench</title><link>https://bench.example</link>\n"
            "<wp:wxr_version>1.2</wp:wxr_version>\n"
            "<wp:base_site_url>https://bench.example</wp:base_site_url>\n"
        )
        for n in range(5):
            out.write(
                f"<wp:author><wp:author_login>penulis{n}</wp:author_login>"
                f"<wp:author_display_name><![CDATA[Penulis {n}]]></wp:author_display_name>"
                "</wp:author>\n"
            )
        for slug in categories:
            out.write(
                f"<wp:category><wp:category_nicename>{slug}</wp:category_nicename>"
                f"<wp:cat_name><![CDATA[{slug.title()}]]></wp:cat_name></wp:category>\n"
            )
        for slug in tags:
            out.write(
                f"<wp:tag><wp:tag_slug>{slug}</wp:tag_slug>"
                f"<wp:tag_name><![CDATA[{slug.title()}]]></wp:tag_name></wp:tag>\n"
            )
        for post_id in range(1, posts + 1):
            day = 1 + post_id % 28
            body = "\n\n".join(paragraph(rng) for _ in range(rng.randint(4, 9)))
            terms = f'<category domain="category" nicename="{rng.choice(categories)}">R</category>'
            for tag in rng.sample(tags, 4):
                terms += (
                    f'<category domain="post_tag" nicename="{tag}"><![CDATA[{tag}]]></category>'
                )
            out.write(
                f"<item><title>Berita nomor {post_id}</title>"
                f"<link>https://bench.example/?p={post_id}</link>"
                f"<dc:creator>penulis{post_id % 5}</dc:creator>"
                f"<content:encoded><![CDATA[{body}]]></content:encoded>"
                f"<excerpt:encoded><![CDATA[{paragraph(rng)[:300]}]]></excerpt:encoded>"
                f"<wp:post_id>{post_id}</wp:post_id>"
                f"<wp:post_date>2024-03-{day:02d} 10:00:00</wp:post_date>"
                f"<wp:post_date_gmt>2024-03-{day:02d} 03:00:00</wp:post_date_gmt>"
                f"<wp:post_name>berita-{post_id}</wp:post_name>"
                "<wp:status>publish</wp:status><wp:post_type>post</wp:post_type>"
                f"{terms}</item>\n"
            )
        out.write("</channel>\n</rss>\n")


def run_import(export, workdir):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "newsroom.settings.dev",
        "DEBUG": "0",
        "DATABASE_URL": f"sqlite:///{workdir / 'bench.sqlite3'}",
    }
    python = sys.executable
    subprocess.run(  # noqa: S603  (our own interpreter and manage.py)
        [python, "manage.py", "migrate", "--noinput", "-v0"], cwd=ROOT, env=env, check=True
    )
    started = time.perf_counter()
    # A fresh child for the import alone, so its peak RSS is the import's.
    child = subprocess.run(  # noqa: S603
        [
            python,
            "-c",
            "import resource, sys, django; from django.core.management import call_command;"
            "django.setup(); call_command('import_wordpress', sys.argv[1], verbosity=0);"
            "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)",
            str(export),
        ],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    )
    elapsed = time.perf_counter() - started
    peak_kib = int(child.stdout.strip().splitlines()[-1])
    return elapsed, peak_kib


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sizes", nargs="+", type=int, help="numbers of posts, e.g. 2000 20000")
    args = parser.parse_args()
    print(f"{'posts':>8} {'file MB':>8} {'seconds':>8} {'posts/s':>8} {'peak RSS MB':>12}")
    for size in args.sizes:
        with tempfile.TemporaryDirectory(prefix="newsroom-wxr-bench-") as tmp:
            workdir = Path(tmp)
            export = workdir / "export.xml"
            write_export(export, size)
            megabytes = export.stat().st_size / 1e6
            elapsed, peak_kib = run_import(export, workdir)
            print(
                f"{size:>8} {megabytes:>8.1f} {elapsed:>8.1f} {size / elapsed:>8.0f} "
                f"{peak_kib / 1024:>12.1f}",
                flush=True,
            )


if __name__ == "__main__":
    main()
