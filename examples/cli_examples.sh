#!/usr/bin/env bash
# Examples of the textclean command, run on the example corpus in a temporary folder.
# Usage: examples/cli_examples.sh   (needs textclean installed, e.g. `make run` first,
# or PATH=.venv/bin:$PATH examples/cli_examples.sh)
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp -r "$here/corpus" "$work/scraped"
cd "$work"
show() { printf '\n$ %s\n' "$*" >&2; "$@"; }  # (the command line to stderr: a redirected output holds only the records)

# 1. A whole folder to JSONL on standard output (one record per document).
show textclean clean-files --format jsonl --quiet scraped/ > clean.jsonl
wc -l clean.jsonl

# 2. One clean file per input, mirroring the tree (JSON by default; also txt, md).
show textclean clean-files scraped/ --output clean/
show textclean clean-files scraped/ --output clean-md/ --format md --quiet
ls clean/ clean-md/

# 3. Rerun after an interruption: only missing outputs are cleaned.
rm clean/pdf_copy.json
show textclean clean-files scraped/ --output clean/ --resume

# 4. What would be removed, and why (nothing written).
show textclean clean-files --dry-run --explain scraped/markdown_scrape.txt

# Each record with its paragraphs' block kinds, the language and the site name.
show textclean clean-files --extended -q scraped/markdown_scrape.txt

# 5. Input vs cleaned text.
show textclean clean-files --diff --quiet scraped/pdf_copy.txt | head -20

# 6. Standard input, readable text output.
printf '# Title\n\nBy Jane Doe\n\nThe body.\n\nSubscribe now for £5 a month\n' |
    textclean clean-files --format txt --quiet -

# 7. A JSONL dataset: clean the "body" field, keep the other fields.
printf '%s\n' '{"id": 1, "body": "# Hello\n\nThe “body”.\n\nShare this article"}' > crawl.jsonl
show textclean clean-files crawl.jsonl --text-field body --quiet

# 8. Pipeline options and house boilerplate patterns, from a config file.
printf 'house-ad  ^\\W*download our app\\b\n' > patterns.txt
printf 'quotes = "curly"\npatterns = "patterns.txt"\n' > textclean.toml
printf 'Read "this".\n\nDownload our app today!\n' > ad.txt
show textclean clean-files --format txt --quiet ad.txt

# 9. The HTML report (open report.html in a browser).
show textclean report scraped/ -o report.html
