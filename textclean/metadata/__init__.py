"""Metadata parsing shared by the text cleaners and the HTML extractor."""

from .authors import parse_byline
from .dates import date_from_url, parse_date

__all__ = ["date_from_url", "parse_byline", "parse_date"]
