"""Links written as source files point at the pages built from them, in the final HTML.

MkDocs rewrites ``../chapters/02-logistic-regression.md`` to the page's URL only in a page's
own Markdown, not in what markdown-exec blocks print nor in notebooks. :func:`link_source_files`
does it for every ``href`` of the final HTML. A link to a ``.md`` page that does not exist
fails the build, as it would in Markdown under ``strict``; a ``.py`` link that is not a page
(a file offered as is) is left alone.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Callable

SOURCE_LINK = re.compile(r'href="(?P<path>[^":?#]+\.(?:md|py))(?P<anchor>#[^"]*)?"')


class BrokenLinkError(ValueError):
    """A link to a Markdown page that the site does not have."""


def link_source_files(output: str, source_uri: str, url_of: Callable[[str], str | None]) -> str:
    """Rewrite ``href="x.md#a"`` (relative to ``source_uri``) to the URL of page ``x.md``.

    ``url_of(uri)`` returns the page's URL relative to the page being written, or None when
    no page was built from ``uri``.
    """

    def rewrite(match: re.Match) -> str:
        base = posixpath.dirname(source_uri)
        target = posixpath.normpath(posixpath.join(base, match["path"]))
        url = url_of(target)
        if url is None:
            if match["path"].endswith(".md"):
                raise BrokenLinkError(f"{source_uri} links to {match['path']}: no such page")
            return match.group(0)
        return f'href="{url}{match["anchor"] or ""}"'

    return SOURCE_LINK.sub(rewrite, output)
