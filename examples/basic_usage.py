"""Clean one document, inspect metadata and the audit trail, and build a custom pipeline."""

from __future__ import annotations

from pathlib import Path

import textclean
from textclean import Pipeline

HERE = Path(__file__).parent


def main() -> None:
    raw = (HERE / "corpus" / "markdown_scrape.txt").read_bytes()
    doc = textclean.clean(raw)
    print("title:  ", doc.title)
    print("authors:", doc.authors)
    print("date:   ", doc.date)
    print("url:    ", doc.url)
    for block in doc.blocks:
        print(f"  [{block.kind}] {block.text[:70]}")
    print("removed:")
    for r in doc.removed:
        print(f"  {r.cleaner:>12} {r.reason:<18} line {r.line}: {r.text[:50]!r}")

    # A pipeline that keeps curly quotes, drops the dedupe step and adds a custom cleaner.
    def no_shouting(text: str) -> str:
        return text.replace("!!!", "!")

    custom = Pipeline.default(quotes="curly").without("dedupe").insert(no_shouting, after="markdown")
    print(custom.names)
    print(custom.clean("“Stop!!!” she said.").paragraphs)

    # A language given as a tag or a name is normalised ("pt-BR" -> "pt"); its table's rules run.
    pt = textclean.clean("O governo anunciou na terça-feira novas medidas.\n\n4 min de leitura", language="pt-BR")
    print(pt.paragraphs, [r.reason for r in pt.removed])

    # A French page copy: breadcrumb, reading time and share bar go; the line of two time
    # stamps gives the publication date, not the update.
    fr = textclean.clean((HERE / "corpus" / "page_copy_fr.txt").read_text(encoding="utf-8"))
    print(fr.title, fr.authors, fr.date)

    # Bytes in a legacy encoding: the guess is made and recorded, never silent.
    legacy = textclean.clean("Правительство заявило во вторник, что бюджет будет принят.\n\nПодпишитесь, чтобы читать дальше.".encode("cp1251"))
    print(legacy.text[:40], legacy.warnings)

    # Mojibake beside correct accents (text pasted from two sources): each mis-decoded
    # sequence is repaired on its own; the count of repaired blocks is in ``extra["fixed"]``.
    mixed = textclean.clean("El Ibex subió un 1,2 %. Los inversores \u00e2\u20ac\u0153conf\u00c3\u00adan\u00e2\u20ac\x9d en el BCE.")
    print(mixed.text, mixed.extra["fixed"])

    # A byline without "By" under the headline: the name and the date go to the metadata.
    bare = textclean.clean("Budget approved\n\nJane Doe | March 5, 2024\n\nThe council approved the budget on Tuesday.")
    print(bare.title, bare.authors, bare.date)

    # An optional cleaner, off by default: full-width letters and digits to ASCII and
    # half-width katakana to the standard ones (CJK punctuation stays).
    wide = textclean.clean("日本銀行は１９日、マイナス金利政策の解除を決めた。ﾃｷｽﾄ（ＡＩ）", enable=["width"])
    print(wide.text)

    # A zero-width joiner inside a Latin word is debris and goes (emoji keep theirs).
    print(textclean.clean("The annual re\u200dport is out \U0001f469\u200d\U0001f4bb").text)

    # The JSON record with each paragraph's block kind, the language and the site name
    # (``clean-files --extended``); ``Document.from_dict`` rebuilds the kinds from it.
    record = doc.to_dict(extended=True)
    print(record["language"], record["kinds"][:4])
    print(textclean.Document.from_dict(record).kinds == doc.kinds)


if __name__ == "__main__":
    main()
