"""Comment sections under an article: a line that opens the comments (``2 Comments``, ``Leave
a Reply``, ``Kommentare``: ``comment_markers`` in the pattern tables) after the text, when
comments follow it (a commenter's header, ``Tom says:``, ``Anna sagt:``, or a ``Reply``
button), goes with everything after it, reason ``comments``.

A marker with no comment under it (``Comments are closed``, a report's section headed
``Comments`` over prose) and a marker above the text (a forum thread's ``3 replies``) stay for
the other cleaners.  It runs before ``boilerplate``, which would take the ``Reply`` buttons that
tell a comment section from a section of the text.

>>> from textclean.pipeline import Pipeline
>>> body = "I spent six weeks using Helix as my only editor, and it felt natural after a few days."
>>> doc = Pipeline([Comments()]).clean(f"{body}\\n\\n2 Comments\\n\\nTom says:\\n\\nSame here, I switched too.\\n\\nReply")
>>> doc.paragraphs, [(r.reason, r.text) for r in doc.removed][:2]
(['I spent six weeks using Helix as my only editor, and it felt natural after a few days.'], [('comments', '2 Comments'), ('comments', 'Tom says:')])
"""

from __future__ import annotations

import regex

from ..document import CODE, Block
from ..patterns import document_languages
from ..pipeline import Cleaner, Draft
from ..textutil import is_prose
from .pagedump import PageDump

# a commenter's header line ("Tom says:", "jane_doe on March 3, 2025 at 6:22 pm said:", "Anna
# sagt:", "Pierre dit :"; not "… wrote:", a forum post's quote), or a comment's buttons ("Reply",
# "Antworten", "Répondre")
_COMMENT_LINE = regex.compile(
    r"^\W*\S(?:[^\n]{0,60}\S)?\s+(?:says|said|commented|sagt|kommentierte|dit|dice|comentó|diz|zegt|"
    r"говорит)\s*:\s*$|"
    r"^\W*(?:reply|antworten|répondre|responder|rispondi|beantwoorden|reageren|odpowiedz|ответить)"
    r"(?:\s+(?:to\s+\S{1,40}|↓))?\W*$",
    regex.IGNORECASE | regex.MULTILINE,
)
#: prose above the marker, in characters: the article it closes (one sentence of eight words)
MIN_ABOVE = 40
#: how many blocks under the marker may hold the first comment's header
LOOK = 6


class Comments(Cleaner):
    """Remove a comment section under the text: its marker line and everything after it, when
    comments follow (see the module docstring)."""

    name = "comments"

    def apply(self, draft: Draft) -> None:
        blocks = draft.blocks
        if len(blocks) < 3:
            return
        langs = document_languages(tuple(draft.options.languages), draft.language)
        markers = PageDump.comment_markers(blocks, langs)
        # (the loop below removes nothing after the last marker: it stops there, and without a
        # marker it only adds up ``above``, which nothing else reads)
        last = max((i for i, m in enumerate(markers) if m), default=-1)
        above = 0
        for i, b in enumerate(blocks[:last + 1]):
            if markers[i] and above >= MIN_ABOVE and self._comments_follow(blocks[i + 1:i + 1 + LOOK]):
                for c in blocks[i:]:
                    draft.remove(c, self.name, "comments")
                draft.blocks = blocks[:i]
                return
            if b.kind != CODE and is_prose(b.text):
                above += len(b.text)

    @staticmethod
    def _comments_follow(blocks: list[Block]) -> bool:
        return any(_COMMENT_LINE.search(b.text) for b in blocks if len(b.text) <= 2000)
