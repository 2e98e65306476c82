"""Dyad reports (HTML with charts, or Markdown) and the chart specs shared with the dashboard."""

from bilateral.report.build import build_report
from bilateral.report.render import render_html, render_markdown

__all__ = ["build_report", "render_html", "render_markdown"]
